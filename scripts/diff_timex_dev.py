#!/usr/bin/env python3
"""Dump kb's temporal errors on one development corpus, by category.

Usage: python scripts/diff_timex_dev.py CORPUS [--sys DIR] [--data DIR]

CORPUS is a file stem of ../shared/data/temporal (e.g. tbaq-timebank); the
system output is read from --sys (default /tmp/kb-timex, where
score_timex_dev.py writes it). Prints missed, spurious, wrong-value and
wrong-extent timexes with some context, and for missed and wrong-value ones
whether HeidelTime got the value right (H+) or not (H-), so that forms
HeidelTime handles and kb does not stand out. For measuring only: nothing of
this output belongs in the repository.
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _load(path: Path) -> dict:
    if not path.exists():
        return {}
    with open(path, encoding="utf-8") as f:
        return {d["doc_id"]: d for d in (json.loads(line) for line in f if line.strip())}


def _context(text: str, start: int, end: int) -> str:
    return (text[max(0, start - 50):start] + "[[" + text[start:end] + "]]" + text[end:end + 40]).replace("\n", " ")


def _overlapping(t: dict, others: list[dict]) -> list[dict]:
    return [o for o in others if o["start"] < t["end"] and t["start"] < o["end"]]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus")
    ap.add_argument("--sys", default="/tmp/kb-timex")
    ap.add_argument("--data", default=str(ROOT.parent / "shared" / "data" / "temporal"))
    a = ap.parse_args(argv)
    data = Path(a.data)
    gold = _load(data / f"{a.corpus}.jsonl")
    system = _load(Path(a.sys) / f"{a.corpus}.jsonl")
    heideltime = _load(data / "heideltime" / f"{a.corpus}.heideltime.jsonl")
    if not gold or not system:
        print(f"no gold or system output for {a.corpus}; run scripts/score_timex_dev.py first")
        return 1
    out = defaultdict(list)
    for doc_id, g in gold.items():
        text = g["text"]
        found = system.get(doc_id, {}).get("timexes", [])
        ht = heideltime.get(doc_id, {}).get("timexes", [])
        for t in g["timexes"]:
            hov = _overlapping(t, ht)
            hval = hov[0]["value"] if hov else "-"
            mark = "H+" if hval == t["value"] else "H-"
            ov = _overlapping(t, found)
            if not ov:
                out["missed"].append(f"{mark} {doc_id} {t['type']} {t['value']} :: {_context(text, t['start'], t['end'])}")
                continue
            best = max(ov, key=lambda o: ((o["start"], o["end"]) == (t["start"], t["end"]),
                                          min(o["end"], t["end"]) - max(o["start"], t["start"])))
            if best["value"] != t["value"]:
                out["value"].append(f"{mark} {doc_id} {t['type']} gold={t['value']} kb={best['value']} "
                                    f"ht={hval} dct={g['dct']} :: {_context(text, t['start'], t['end'])}")
            if (best["start"], best["end"]) != (t["start"], t["end"]):
                out["extent"].append(f"{doc_id} gold=[{t['text']}] kb=[{best['text']}] :: "
                                     f"{_context(text, t['start'], t['end'])}")
        for s in found:
            if not _overlapping(s, g["timexes"]):
                out["spurious"].append(f"{doc_id} {s['type']} {s['value']} :: {_context(text, s['start'], s['end'])}")
    for category in ("missed", "spurious", "value", "extent"):
        print(f"=== {category} ({len(out[category])})")
        for line in out[category]:
            print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
