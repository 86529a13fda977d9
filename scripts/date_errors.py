#!/usr/bin/env python3
"""Date-error report for the events of the development articles (issue 9, event dates).

Usage: python scripts/date_errors.py [ARTICLES_DIR] [--system SYSTEM.jsonl] [--details]

Runs extraction over the development articles (or reads a JSONL file written by
``scripts/score_events_dev.py --out``), matches system events to gold events with the shared
scorer, and prints

* date accuracy and events+date F1 per part (tune / measure) and language;
* for the TUNE part only (``--details``): every matched event whose date is not exact -- gold value
  and gold date text, system value, where the system date came from (``text``, ``context``,
  ``publication``), its text and granularity, the evidence -- with a guessed cause;
* a count of the tune-part errors per guessed cause.

The measure part is only counted, never listed: rules are developed against the tune part.
The causes are guesses from the two values and the provenance, made to sort errors for reading:

  missing          the system event has no date, gold has one
  publication      the system fell back on the publication day although gold quotes a date text
  granularity      one value contains the other at another granularity (day vs month vs year)
  stay             gold is an interval and the system a day of it (or the reverse), or the two
                   intervals share one end
  reference-side   the same calendar unit a week / a year away (future vs past reading)
  context          the system took the date from another event, a title or a date line
  scope            a date of the event's own text, but not the one gold gives
"""

from __future__ import annotations

import argparse
import collections
import datetime as dt
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "scripts"))

from score_events_dev import _scorer, part_of  # noqa: E402


def _day(s):
    try:
        return dt.date.fromisoformat(s)
    except (TypeError, ValueError):
        return None


def cause(scorer, gold_event, sys_event) -> str:
    """The guessed cause of one wrong date (see the module docstring)."""
    gv = gold_event.get("date")
    sd = sys_event.get("date") or {}
    sv = sd.get("value")
    if not sv:
        return "missing"
    if sd.get("source") == "publication" and gold_event.get("date_text"):
        return "publication"
    gb, sb = scorer.bounds(gv), scorer.bounds(sv)
    if gb and sb:
        g_interval, s_interval = "/" in gv, "/" in sv
        if g_interval or s_interval:
            if gb[0] == sb[0] or gb[1] == sb[1]:
                return "stay"
            if (g_interval != s_interval) and (sb[0] >= gb[0] and sb[1] <= gb[1] or gb[0] >= sb[0] and gb[1] <= sb[1]):
                return "stay"
        if (sb[0] <= gb[0] and gb[1] <= sb[1]) or (gb[0] <= sb[0] and sb[1] <= gb[1]):
            return "granularity"
        g0, s0 = _day(gb[0]), _day(sb[0])
        if g0 and s0:
            delta = abs((g0 - s0).days)
            if delta and (delta % 7 == 0 and delta <= 14 or (g0.month, g0.day) == (s0.month, s0.day)):
                return "reference-side"
    if sd.get("source") == "context":
        return "context"
    return "scope"


def _records(args, articles: Path):
    if args.system:
        out = {}
        for line in Path(args.system).read_text(encoding="utf-8").splitlines():
            if line.strip():
                rec = json.loads(line)
                out[rec["doc_id"]] = rec
        return out
    from kb.document import document_from_record
    from kb.pipeline import analyse
    out = {}
    for path in sorted(articles.glob("*.json")):
        rec = json.loads(path.read_text(encoding="utf-8"))
        out[path.stem] = analyse(document_from_record(rec, where=str(path))).as_record()
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("articles", nargs="?", default=str(REPO.parent / "shared" / "data" / "articles"))
    ap.add_argument("--system", help="read system records from this JSONL file instead of extracting")
    ap.add_argument("--details", action="store_true", help="list every wrong date of the tune part")
    a = ap.parse_args(argv)
    articles = Path(a.articles)
    if not (articles / "gold").is_dir():
        print(f"date_errors: no gold folder in {articles}", file=sys.stderr)
        return 2
    scorer = _scorer(articles.parent.parent)
    records = _records(a, articles)
    tmp = Path(REPO / ".date_errors.jsonl")
    tmp.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records.values()), encoding="utf-8")
    try:
        langs = {d: r.get("lang") for d, r in records.items()}
        print("part     lang  dated  date-acc  ev+date-F1  events-F1")
        for part in ("tune", "measure"):
            for lang in ("de", "en", None):
                only = {d for d, l in langs.items() if part_of(d) == part and (lang is None or l == lang)}
                r = scorer.score(str(articles / "gold"), str(tmp), only=only)
                print(f"{part:8} {lang or 'all':4} {r['counts']['dated']:6} {100 * r['date_accuracy']:8.1f} "
                      f"{100 * r['events_date']['F1']:11.1f} {100 * r['events']['F1']:10.1f}")
    finally:
        tmp.unlink()
    causes = collections.Counter()
    for doc_id, rec in sorted(records.items()):
        if part_of(doc_id) != "tune":
            continue
        gold = json.loads((articles / "gold" / f"{doc_id}.json").read_text(encoding="utf-8"))
        gev, sev = gold.get("events", []), rec.get("events", [])
        for gi, si in scorer.match(gev, sev, scorer.event_ok, scorer.event_rank):
            g, s = gev[gi], sev[si]
            verdict = scorer.date_verdict(g.get("date"), scorer.sys_date(s))
            if verdict in (None, "exact"):
                continue
            why = cause(scorer, g, s)
            causes[why] += 1
            if a.details:
                sd = s.get("date") or {}
                print(f"\n[{why}] {doc_id} {s.get('type')} ({verdict})")
                print(f"  gold   {g.get('date')}  text={g.get('date_text')!r}  note={g.get('note')!r}")
                print(f"  system {sd.get('value')}  source={sd.get('source')}  text={sd.get('text')!r}  "
                      f"granularity={sd.get('granularity')}  status={s.get('status')}")
                print(f"  evidence {((s.get('evidence') or {}).get('text') or '')[:300]!r}")
    print("\ntune-part wrong dates by guessed cause:")
    for why, n in causes.most_common():
        print(f"  {why:15} {n}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
