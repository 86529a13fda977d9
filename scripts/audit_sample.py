"""Audit kb's events on text without event gold: draw a sample, judge it by hand, count.

Usage:
  python scripts/audit_sample.py articles CORPUS.jsonl... --out DIR
      one kb article JSON per document of the temporal corpora (doc_id, lang, dct, text), for
      `kb extract --format jsonl DIR/*.json > EV.jsonl`
  python scripts/audit_sample.py draw DIR --n 40 --seed 20261207 [--exclude SAMPLE.txt ...]
      a seeded random sample of article ids, drawn before anything is read (one id per line)
  python scripts/audit_sample.py sheet SAMPLE.txt EV.jsonl > judgments.tsv
      one row per extracted event of the sampled documents, to fill by hand: verdict OK (a real
      event, right type, at least one right participant), PART (wrong participant), SPUR (no such
      event), DUP (told again), OOS (out of scope by the policy you write down); date ok, wrong or
      n/a; a cause naming the construction
  python scripts/audit_sample.py score judgments.tsv [--missed N | --missed-file MISSED.tsv]
      precision OK / (all but OOS), recall OK / (OK + missed), date right on OK dated events, and
      the counted causes

The method of the stop 29 audits (docs/benchmarks.md has none of their texts; this script only
measures and keeps nothing of the corpora): a sample per round, judged by the conventions of the
development articles' README, error causes counted by construction, each fix tested with
invented sentences; a new round draws a new sample excluding the earlier ones, so its "before"
measures the earlier rounds' code on unseen text.
"""

from __future__ import annotations

import argparse
import collections
import csv
import json
import random
import sys
from pathlib import Path


def articles(corpora: list[str], out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    n = 0
    for corpus in corpora:
        stem = Path(corpus).stem
        for line in Path(corpus).read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            r = json.loads(line)
            doc_id = f"{stem}_{r['doc_id']}".replace(".", "_").replace("/", "_")
            doc = {"id": doc_id, "lang": r["lang"], "published": r["dct"], "text": r["text"], "source": stem}
            (out / f"{doc_id}.json").write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
            n += 1
    print(f"{n} articles written to {out}", file=sys.stderr)


def draw(folder: Path, n: int, seed: int, exclude: list[str]) -> None:
    ids = sorted(p.stem for p in folder.glob("*.json"))
    taken = {line.strip() for f in exclude for line in Path(f).read_text(encoding="utf-8").splitlines() if line.strip()}
    pool = [i for i in ids if i not in taken]
    for doc_id in sorted(random.Random(seed).sample(pool, min(n, len(pool)))):
        print(doc_id)


def sheet(sample: Path, system: Path) -> None:
    wanted = [line.strip() for line in sample.read_text(encoding="utf-8").splitlines() if line.strip()]
    records = {}
    for line in system.read_text(encoding="utf-8").splitlines():
        if line.strip():
            r = json.loads(line)
            records[r["doc_id"]] = r
    out = csv.writer(sys.stdout, delimiter="\t", lineterminator="\n")
    out.writerow(["doc", "event", "verdict", "date", "cause", "type", "status", "date_value", "participants",
                  "evidence"])
    for doc_id in wanted:
        for k, e in enumerate(records.get(doc_id, {}).get("events", [])):
            date = e.get("date") or {}
            who = "; ".join(p.get("name") or p.get("label") or "" for p in e.get("participants", []))
            text = " ".join(e.get("evidence", {}).get("text", "").split())
            out.writerow([doc_id, k, "", "", "", e.get("type"), e.get("status"), date.get("value"), who, text])


def score(judgments: Path, missed: int | None, missed_file: Path | None) -> None:
    rows = list(csv.DictReader(judgments.open(encoding="utf-8"), delimiter="\t"))
    verdicts = collections.Counter(r["verdict"].strip().upper() for r in rows)
    if "" in verdicts:
        raise SystemExit(f"error: {verdicts['']} rows of {judgments} have no verdict yet")
    in_scope = sum(v for k, v in verdicts.items() if k != "OOS")
    ok = verdicts.get("OK", 0)
    if missed_file is not None:
        missed = sum(1 for line in missed_file.read_text(encoding="utf-8").splitlines()[1:] if line.strip())
    dated = [r for r in rows if r["verdict"].strip().upper() == "OK" and r["date"].strip().lower() in ("ok", "wrong")]
    right = sum(1 for r in dated if r["date"].strip().lower() == "ok")
    print(f"events judged {len(rows)}, in scope {in_scope}: " + ", ".join(f"{k} {v}" for k, v in sorted(verdicts.items())))
    print(f"precision {ok}/{in_scope} = {100 * ok / in_scope:.1f} %" if in_scope else "precision: nothing in scope")
    if missed is not None:
        found = ok + missed
        print(f"recall {ok}/{found} = {100 * ok / found:.1f} %" if found else "recall: nothing annotated")
    if dated:
        print(f"date right on correct dated events {right}/{len(dated)} = {100 * right / len(dated):.1f} %")
    causes = collections.Counter(r["cause"].strip() for r in rows if r["cause"].strip() not in ("", "-"))
    for cause, count in causes.most_common():
        print(f"  {count:3d}  {cause}")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="command", required=True)
    a = sub.add_parser("articles", help="temporal corpora -> kb article JSON files")
    a.add_argument("corpora", nargs="+")
    a.add_argument("--out", required=True, type=Path)
    d = sub.add_parser("draw", help="a seeded random sample of article ids")
    d.add_argument("folder", type=Path)
    d.add_argument("--n", type=int, default=40)
    d.add_argument("--seed", type=int, required=True)
    d.add_argument("--exclude", nargs="*", default=[])
    s = sub.add_parser("sheet", help="a judgment sheet of the sample's extracted events")
    s.add_argument("sample", type=Path)
    s.add_argument("system", type=Path)
    c = sub.add_parser("score", help="precision, recall and date accuracy of a filled sheet")
    c.add_argument("judgments", type=Path)
    c.add_argument("--missed", type=int, default=None, help="events of the sample kb missed")
    c.add_argument("--missed-file", type=Path, default=None, help="a TSV of missed events (header + one per line)")
    args = ap.parse_args(argv)
    if args.command == "articles":
        articles(args.corpora, args.out)
    elif args.command == "draw":
        draw(args.folder, args.n, args.seed, args.exclude)
    elif args.command == "sheet":
        sheet(args.sample, args.system)
    else:
        score(args.judgments, args.missed, args.missed_file)


if __name__ == "__main__":
    try:
        main()
    except BrokenPipeError:  # "... | head": the reader has what it wanted
        sys.stderr.close()
        sys.exit(1)
