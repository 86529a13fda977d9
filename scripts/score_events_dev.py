#!/usr/bin/env python3
"""Run extraction over the development articles and print the scorer's figures (overall, de, en).

Usage: python scripts/score_events_dev.py [ARTICLES_DIR] [--out OUT.jsonl] [--per-doc]
                                            [--part tune|measure|all] [--by-type] [--by-kind]
                                            [--misses]
ARTICLES_DIR defaults to ../shared/data/articles (relative to the repository); the scorer is
../shared/eval/score_events.py. Nothing here is part of kb; it only measures it.

The development articles are split in two by a rule fixed before any tuning (the parity of the
SHA-1 of the article id): the *tune* part is the one rules may be developed against; the
*measure* part is only scored. Every run prints both, so a rule that helps one part and not the
other shows as fitted.

``--by-type`` adds precision and recall per coarse event class of the scorer (Visit, Contact,
PhoneCall, Election, Communication, Other) for each part and language, from the scorer's own
one-to-one matching. ``--by-kind`` adds claims precision and recall per claim kind (count, ordinal,
last, term: see :func:`claim_kind`) for each part and language, from the scorer's claim matching.
``--misses`` (only with ``--part tune``) lists, per tune article, the gold
events no system event matched and the system events that matched no gold event, to study by
construction.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import json
import os
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from kb.document import document_from_record  # noqa: E402
from kb.pipeline import analyse  # noqa: E402


def _scorer(shared: Path):
    spec = importlib.util.spec_from_file_location("score_events", shared / "eval" / "score_events.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def part_of(doc_id: str) -> str:
    """``tune`` or ``measure``: the fixed split of the development articles.

    >>> part_of("example-article")
    'measure'
    """
    return "tune" if int(hashlib.sha1(doc_id.encode("utf-8")).hexdigest(), 16) % 2 == 0 else "measure"


CLASSES = ("Visit", "Contact", "PhoneCall", "Election", "Communication", "Other")


def _load(path: Path) -> dict:
    with open(path, encoding="utf-8") as f:
        return {d["doc_id"]: d for d in map(json.loads, filter(str.strip, f))}


def by_type(scorer, gold_dir: Path, out: Path, only: set) -> dict:
    """Coarse class -> counts (gold certain, system, matched, matched certain) over ``only``."""
    system = _load(out)
    counts = {c: dict(gold=0, sys=0, matched=0, matched_certain=0) for c in CLASSES}
    for doc_id in sorted(only):
        gev = json.loads((gold_dir / f"{doc_id}.json").read_text(encoding="utf-8")).get("events", [])
        sev = system.get(doc_id, {}).get("events", [])
        for g in gev:
            counts[scorer.coarse(g.get("type"))]["gold"] += not g.get("uncertain")
        for s in sev:
            counts[scorer.coarse(s.get("type"))]["sys"] += 1
        for gi, _si in scorer.match(gev, sev, scorer.event_ok, scorer.event_rank):
            c = counts[scorer.coarse(gev[gi].get("type"))]
            c["matched"] += 1
            c["matched_certain"] += not gev[gi].get("uncertain")
    return counts


def _pr_table(label: str, keys, groups: list[tuple[str, dict]], matched_p: str, matched_r: str) -> str:
    """One row per key, ``P/R (system/gold)`` per group: precision is ``matched_p`` of the system
    items, recall ``matched_r`` of the gold items."""
    pc = lambda n, d: f"{100 * n / d:5.1f}" if d else "    -"  # noqa: E731
    head = f"{label:<14}" + "".join(f"{name:>26}" for name, _ in groups)
    rows = [head, f"{'':<14}" + "".join(f"{'P     R   (sys/gold)':>26}" for _ in groups)]
    for key in keys:
        cells = []
        for _, counts in groups:
            c = counts[key]
            cells.append(f"{pc(c[matched_p], c['sys'])} {pc(c[matched_r], c['gold'])}"
                         f" ({c['sys']:>3}/{c['gold']:>3})")
        rows.append(f"{key:<14}" + "".join(f"{x:>26}" for x in cells))
    return "\n".join(rows)


def fmt_by_type(groups: list[tuple[str, dict]]) -> str:
    """One row per coarse class, ``P/R (system/gold)`` per group."""
    return _pr_table("class", CLASSES, groups, "matched", "matched_certain")


CLAIM_KINDS = ("count", "ordinal", "last", "term")


def claim_kind(claim: dict) -> str:
    """The check a claim gets, read the same way from gold and system claims (gold has no
    qualifier): ``last`` for the value "last", ``term`` for an ordinal about elections ("her
    fourth term", "first elected in 2005"), else its kind.

    >>> claim_kind({"kind": "ordinal", "value": "last", "event_type": "Meeting"})
    'last'
    >>> claim_kind({"kind": "ordinal", "value": 2, "event_type": "Election"})
    'term'
    >>> claim_kind({"kind": "count", "value": 3, "event_type": "Meeting"})
    'count'
    """
    if str(claim.get("value")) == "last":
        return "last"
    if claim.get("kind") == "ordinal" and claim.get("event_type") in ("Election", "ReElection"):
        return "term"
    return claim.get("kind") or "?"


def by_kind(scorer, gold_dir: Path, out: Path, only: set) -> dict:
    """Claim kind -> counts (gold, system, matched by the gold's kind, matched by the system's kind)."""
    system = _load(out)
    counts = {k: dict(gold=0, sys=0, matched_g=0, matched_s=0) for k in CLAIM_KINDS}
    for doc_id in sorted(only):
        gcl = json.loads((gold_dir / f"{doc_id}.json").read_text(encoding="utf-8")).get("claims", [])
        scl = system.get(doc_id, {}).get("claims", [])
        for g in gcl:
            counts[claim_kind(g)]["gold"] += 1
        for s in scl:
            counts[claim_kind(s)]["sys"] += 1
        for gi, si in scorer.match(gcl, scl, scorer.claim_ok, lambda g, s: 0):
            counts[claim_kind(gcl[gi])]["matched_g"] += 1
            counts[claim_kind(scl[si])]["matched_s"] += 1
    return counts


def fmt_by_kind(groups: list[tuple[str, dict]]) -> str:
    """One row per claim kind, ``P/R (system/gold)`` per group."""
    return _pr_table("kind", CLAIM_KINDS, groups, "matched_s", "matched_g")


def _who(parts) -> str:
    return ", ".join(p.get("name") or p.get("label") or p.get("text") or "?" for p in parts or []) or "-"


def misses(scorer, articles: Path, out: Path, only: set) -> str:
    """Unmatched gold events and unmatched system events of the articles in ``only``."""
    system = _load(out)
    lines = []
    for doc_id in sorted(only):
        text = json.loads((articles / f"{doc_id}.json").read_text(encoding="utf-8"))["text"]
        gev = json.loads((articles / "gold" / f"{doc_id}.json").read_text(encoding="utf-8")).get("events", [])
        sev = system.get(doc_id, {}).get("events", [])
        pairs = scorer.match(gev, sev, scorer.event_ok, scorer.event_rank)
        mg, ms = {g for g, _ in pairs}, {s for _, s in pairs}
        lost = [g for i, g in enumerate(gev) if i not in mg]
        extra = [s for i, s in enumerate(sev) if i not in ms]
        if not lost and not extra:
            continue
        lines.append(f"## {doc_id}")
        for g in lost:
            flag = " (uncertain)" if g.get("uncertain") else ""
            lines.append(f"  MISSED {g.get('type')}/{g.get('subtype') or '-'}{flag} [{_who(g.get('participants'))}]"
                         f"  {g.get('evidence', '')[:220]}")
        for s in extra:
            ev = s.get("evidence") or {}
            lines.append(f"  SPURIOUS {s.get('type')} [{_who(s.get('participants'))}]"
                         f"  {text[ev.get('start', 0):ev.get('end', 0)][:220]}")
    return "\n".join(lines)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("articles", nargs="?", default=str(REPO.parent / "shared" / "data" / "articles"))
    ap.add_argument("--out", help="also write the JSONL records here")
    ap.add_argument("--per-doc", action="store_true")
    ap.add_argument("--part", choices=("tune", "measure", "all"), default="all",
                    help="score only one part of the split (default: every part, each printed)")
    ap.add_argument("--by-type", action="store_true",
                    help="also print P/R per coarse event class, per part and language")
    ap.add_argument("--by-kind", action="store_true",
                    help="also print claims P/R per claim kind (count, ordinal, last, term), per part and language")
    ap.add_argument("--misses", action="store_true",
                    help="list unmatched gold and system events (only with --part tune)")
    a = ap.parse_args(argv)
    if a.misses and a.part != "tune":
        ap.error("--misses lists texts and gold of the tune part only: add --part tune")
    articles = Path(a.articles)
    shared = articles.parent.parent
    scorer = _scorer(shared)
    records, langs = [], {}
    for path in sorted(articles.glob("*.json")):
        if a.part != "all" and part_of(path.stem) != a.part:
            continue
        rec = json.loads(path.read_text(encoding="utf-8"))
        doc = document_from_record(rec, where=str(path))
        analysis = analyse(doc)
        records.append(analysis.as_record(include_implied=False))  # as kb extract prints it
        langs[doc.id] = doc.lang
    out = Path(a.out) if a.out else Path(tempfile.mkstemp(suffix=".jsonl")[1])
    out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    gold = articles / "gold"
    groups = [("overall", set(langs)), ("de", {d for d, l in langs.items() if l == "de"}),
              ("en", {d for d, l in langs.items() if l == "en"})]
    if a.part == "all":
        groups += [(f"{p} part", {d for d in langs if part_of(d) == p}) for p in ("tune", "measure")]
    for label, only in groups:
        result = scorer.score(str(gold), str(out), only=only)
        print(f"== {label} ({len(only)} articles)")
        print(scorer.fmt(result))
        if a.per_doc and label == "overall":
            for k, d in result["per_doc"].items():
                print(f"  {k}: gold {d['gold']} system {d['sys']} matched {d['matched']}")
                for gv, sv, v in d["dates"]:
                    if v != "exact":
                        print(f"      date {v}: gold {gv}  system {sv}")
    if a.by_type:
        parts = ("tune", "measure") if a.part == "all" else (a.part,)
        table = [(f"{p} {lang}", by_type(scorer, gold, out, {d for d, l in langs.items()
                                                             if l == lang and (a.part != "all" or part_of(d) == p)}))
                 for p in parts for lang in ("de", "en")]
        print("== events by coarse class")
        print(fmt_by_type(table))
    if a.by_kind:
        parts = ("tune", "measure") if a.part == "all" else (a.part,)
        table = [(f"{p} {lang}", by_kind(scorer, gold, out, {d for d, l in langs.items()
                                                             if l == lang and (a.part != "all" or part_of(d) == p)}))
                 for p in parts for lang in ("de", "en")]
        print("== claims by kind")
        print(fmt_by_kind(table))
    if a.misses:
        print(misses(scorer, articles, out, set(langs)))
    if not a.out:
        os.unlink(out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
