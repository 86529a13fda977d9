#!/usr/bin/env python3
"""Tag the four temporal development corpora and print the scorer's figures as one table.

Usage: python scripts/score_timex_dev.py [DATA_DIR] [--out DIR] [--heideltime]

DATA_DIR defaults to ../shared/data/temporal (relative to the repository root);
system output goes to --out (default /tmp/kb-timex). WikiWarsDE is tagged in
narrative mode, the news corpora in news mode. --heideltime also scores the
HeidelTime output shipped with the data for comparison.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kb.temporal import timex_record  # noqa: E402

CORPORA = [("tbaq-timebank", "news"), ("tbaq-aquaint", "news"),
           ("krauts-dolomiten42", "news"), ("wikiwarsde", "narrative")]


def load_scorer(data_dir: Path):
    path = data_dir.parent.parent / "eval" / "score_timex.py"
    spec = importlib.util.spec_from_file_location("score_timex", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("data_dir", nargs="?", default=str(ROOT.parent / "shared" / "data" / "temporal"))
    ap.add_argument("--out", default="/tmp/kb-timex")
    ap.add_argument("--heideltime", action="store_true")
    a = ap.parse_args(argv)
    data_dir = Path(a.data_dir)
    if not data_dir.exists():
        print(f"no development data at {data_dir}; nothing to score")
        return 0
    scorer = load_scorer(data_dir)
    out_dir = Path(a.out)
    out_dir.mkdir(parents=True, exist_ok=True)
    print(f"{'corpus':22s} {'strict':>7s} {'relaxed':>7s} {'type':>7s} {'value':>7s}")
    for name, mode in CORPORA:
        gold_path = data_dir / f"{name}.jsonl"
        if not gold_path.exists():
            continue
        sys_path = out_dir / f"{name}.jsonl"
        with open(gold_path, encoding="utf-8") as f, open(sys_path, "w", encoding="utf-8") as out:
            for line in f:
                if line.strip():
                    out.write(json.dumps(timex_record(json.loads(line), mode), ensure_ascii=False) + "\n")
        runs = [("kb", sys_path)]
        if a.heideltime:
            runs.append(("heideltime", data_dir / "heideltime" / f"{name}.heideltime.jsonl"))
        for label, path in runs:
            res = scorer.score(scorer.load(gold_path), scorer.load(path))
            tag = name if label == "kb" else "  (HeidelTime)"
            print(f"{tag:22s} {100 * res['strict']['F1']:7.1f} {100 * res['relaxed']['F1']:7.1f} "
                  f"{100 * res['type']['F1']:7.1f} {100 * res['value']['F1']:7.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
