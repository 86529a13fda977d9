#!/usr/bin/env python3
"""Throughput of kb's temporal tagger over the development corpora.

Usage: python scripts/bench_timex.py [GLOB ...] [--reps N]

Runs ``kb.temporal.tag`` over every document of the given JSONL corpora
(default ``../shared/data/temporal/*.jsonl`` relative to the repository root;
WikiWarsDE in narrative mode, the rest in news mode) several times on one core
and prints, per corpus and overall, the median documents per second of CPU
time (so other processes on the machine do not distort the figure), plus the
peak memory of the process (``resource.getrusage``) and the peak Python
allocation during one pass (``tracemalloc``). Grammar compilation is done
once before timing, as a long-running process would.
"""

from __future__ import annotations

import argparse
import datetime as dt
import glob
import json
import resource
import statistics
import sys
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kb.temporal import tag  # noqa: E402


def load(path: str) -> list[dict]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def run(docs: list[dict], mode: str) -> None:
    for d in docs:
        dct = dt.date.fromisoformat(d["dct"][:10]) if d.get("dct") else None
        tag(d["text"], d.get("lang", "en"), dct, mode)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("paths", nargs="*", default=[str(ROOT.parent / "shared" / "data" / "temporal" / "*.jsonl")])
    ap.add_argument("--reps", type=int, default=5)
    a = ap.parse_args(argv)
    files = sorted(p for pattern in a.paths for p in glob.glob(pattern))
    if not files:
        print(f"no corpora found at {' '.join(a.paths)}; nothing to benchmark")
        return 0
    corpora = [(Path(f).stem, load(f), "narrative" if "wikiwars" in f else "news") for f in files]
    for lang in sorted({d.get("lang", "en") for _, docs, _ in corpora for d in docs}):
        tag("warm up", lang, None)  # compile the grammar outside the timing
    total_docs = sum(len(docs) for _, docs, _ in corpora)
    totals = []
    print(f"{'corpus':22s} {'docs':>5s} {'median docs/s':>14s} {'kchars/s':>9s}")
    per_corpus = {}
    for _ in range(a.reps):
        elapsed_all = 0.0
        for name, docs, mode in corpora:
            t0 = time.process_time()
            run(docs, mode)
            elapsed = time.process_time() - t0
            per_corpus.setdefault(name, []).append(elapsed)
            elapsed_all += elapsed
        totals.append(elapsed_all)
    for name, docs, _ in corpora:
        med = statistics.median(per_corpus[name])
        chars = sum(len(d["text"]) for d in docs)
        print(f"{name:22s} {len(docs):5d} {len(docs) / med:14.1f} {chars / med / 1000:9.0f}")
    med_total = statistics.median(totals)
    print(f"{'all':22s} {total_docs:5d} {total_docs / med_total:14.1f}")
    tracemalloc.start()
    for _, docs, mode in corpora:
        run(docs, mode)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    rss_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(f"peak RSS {rss_kb / 1024:.1f} MiB; peak Python allocation during one pass {peak / 2**20:.1f} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
