#!/usr/bin/env python3
"""A fact-check report of the count claims in a corpus, as Markdown.

For every count claim ("X and Y have met six times since January") the report
sets the claimed number beside the number of distinct events the KB holds
(named query ``claims-checks``: same type, every claimed participant, inside
the claim's window, happened), lists those events with their sources, and
quotes the claim. Give documents to check a corpus on its own (they are
ingested into an in-memory KB), or ``--store`` to report on an existing KB.

    python scripts/claim_report.py corpus/ --output report.md
    python scripts/claim_report.py --store ~/kbs/news --output report.md

Uses only the public API (:mod:`kb.api`).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter

from kb.api import open_kb, resolve_store_location
from kb.errors import KBError

LABEL = ("PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
         "SELECT ?l WHERE {{ GRAPH ?g {{ <{iri}> rdfs:label ?l }} FILTER(langMatches(lang(?l), 'en')) }} LIMIT 1")
HAPPENED = ("past", "ongoing")


def _s(row, key: str) -> str:
    v = row.get(key)
    return "" if v is None else str(v)


def label(base, iri: str) -> str:
    rows = list(base.query(LABEL.format(iri=iri)))
    return str(rows[0]["l"]) if rows else iri.rsplit("/", 1)[-1]


def counted_events(base, claim: dict) -> list[dict]:
    """The KB's events that the check counted for ``claim`` (merged events once)."""
    people = claim["participants"]
    if not people:
        return []
    end = claim["window_end"] or claim["as_of"] or None
    found = []
    for e in base.records(actor=people[0], type=claim["type"], since=claim["window_begin"] or None, until=end):
        iris = {p["iri"] for p in e["participants"]}
        date = e["date"] or {}
        if not set(people) <= iris or e["status"] not in HAPPENED or not date.get("earliest"):
            continue
        if claim["window_begin"] and date["earliest"] < claim["window_begin"]:
            continue
        if end and date["latest"] > end:
            continue
        found.append(e)
    return found


def checks(base) -> list[dict]:
    """The claims with their check, counted events and participant names."""
    out = []
    for r in base.query_named("claims-checks"):
        claim = {k: _s(r, k) for k in ("claim", "claimed", "type", "window_begin", "window_end", "as_of",
                                       "found", "verdict", "doc_id", "evidence")}
        claim["participants"] = _s(r, "participants").split()
        claim["names"] = [label(base, p) for p in claim["participants"]]
        claim["events"] = counted_events(base, claim)
        out.append(claim)
    return out


def markdown(claims: list[dict], where: str) -> str:
    verdicts = Counter(c["verdict"] for c in claims)
    lines = ["# Claim check report", "",
             f"KB: {where}. {len(claims)} count claims: "
             + ", ".join(f"{n} {v}" for v, n in sorted(verdicts.items())) + ".", "",
             "A claim is what a source says, not a fact; *kb-has-fewer* usually means the KB lacks "
             "reports of some events, *kb-has-more* that the source counts differently "
             "(or the KB holds duplicates).", ""]
    if not claims:
        lines.append("No count claims found.")
        return "\n".join(lines) + "\n"
    lines += ["| # | claim | claimed | in KB | verdict | source |", "|---|---|---|---|---|---|"]
    for i, c in enumerate(claims, 1):
        what = f"{c['type']}: {' & '.join(c['names'])} since {c['window_begin'] or '?'}"
        lines.append(f"| {i} | {what} | {c['claimed']} | {c['found']} | {c['verdict']} | {c['doc_id']} |")
    for i, c in enumerate(claims, 1):
        lines += ["", f"## {i}. {c['doc_id']}: {c['verdict']}", "", f"> {c['evidence']}", "",
                  f"- counted type: {c['type']}; participants: {', '.join(c['names'])}",
                  f"- window: {c['window_begin'] or 'open'} to {c['window_end'] or c['as_of'] or 'open'} "
                  f"(claim made as of {c['as_of'] or 'unknown'})",
                  f"- claimed: {c['claimed']}; found in the KB: {c['found']}"]
        if c["events"]:
            lines += ["", "Events in the KB:", ""]
            for e in c["events"]:
                src = e["source"]["url"] or e["doc_id"]
                place = f" in {e['place']['name']}" if e["place"] else ""
                lines.append(f"- {e['date']['value']}: {e['kb_type']}{place} ({e['status']}); "
                             f"{len(e['reports'])} report(s); {src}")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="*", help="documents or directories to check (in-memory KB)")
    parser.add_argument("--store", help="report on this KB instead [default: $KB_STORE or ./kb-store]")
    parser.add_argument("--output", help="Markdown file [default: standard output]")
    args = parser.parse_args(argv)
    try:
        if args.paths:
            with open_kb(None) as base:
                summary = base.ingest(args.paths)
                print(summary.line(), file=sys.stderr)
                claims, where = checks(base), f"{summary.documents} documents ingested in memory"
        else:
            location = resolve_store_location(args.store)
            with open_kb(location, read_only=True) as base:
                claims, where = checks(base), str(location)
    except KBError as exc:
        print(f"Error: {exc}", file=sys.stderr)
        return 2
    report = markdown(claims, where)
    if args.output:
        with open(args.output, "w", encoding="utf-8") as f:
            f.write(report)
        print(f"wrote {args.output}", file=sys.stderr)
    else:
        sys.stdout.write(report)
    return 0


if __name__ == "__main__":
    sys.exit(main())
