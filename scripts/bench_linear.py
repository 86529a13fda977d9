#!/usr/bin/env python3
"""Is text processing linear in the length of the input? Time per size, 10k .. 10M characters.

Usage: python scripts/bench_linear.py [--pattern unpunctuated|lines|sentences|names]
                                      [--max-chars N] [--limit SECONDS] [--steps] [--repo DIR]

Each size runs the whole pipeline (``kb extract``'s analysis, plus its JSON record) on one
document made of a repeated phrase, in a child process that is killed after ``--limit``
seconds (default 120); the sizes after the first one past the limit are skipped, so the run is
bounded. Printed per size: seconds (median of 3 runs up to 100k characters, one run above),
microseconds per character and the ratio to the previous size's time (2.0 for a doubling
means linear, 4.0 quadratic). ``--steps`` adds the seconds of each pipeline step. ``--repo``
runs another checkout of kb (for a before/after in one run, e.g. ``git archive main | tar -x -C DIR``).

Patterns (text written for this benchmark):
  unpunctuated  "am Donnerstag " without any sentence end (issue 15: was 1.3/4.1/15.1/58.8 s
                at 20k/40k/80k/160k characters)
  lines         "am donnerstag" lines, each starting lower-case (no sentence end for dates)
  sentences     short German sentences with a date, a person and a place
  names         an unpunctuated list of people, dates and places
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

PATTERNS = {
    "unpunctuated": "am Donnerstag ",
    "lines": "am donnerstag\n",
    "sentences": "Der Kanzler reiste am Montag nach Paris. ",
    "names": "Scholz traf Macron am Montag in Paris und ",
}

_CHILD = r"""
import json, sys, time
sys.path.insert(0, sys.argv[1])
import kb.pipeline
from kb.document import make_document
unit, n = sys.argv[2], int(sys.argv[3])
text = (unit * (n // len(unit) + 1))[:n]
doc = make_document(text, id="bench", lang="de", published="2024-05-14")
kb.pipeline.analyse(make_document("Der Kanzler reiste am Montag nach Paris.", id="w", lang="de",
                                  published="2024-05-14"))  # load the language data first
times = {}

def timed(name, step):
    def run(analysis):
        t = time.perf_counter()
        step(analysis)
        times[name] = times.get(name, 0.0) + time.perf_counter() - t
    return run

kb.pipeline.STEPS = tuple((name, timed(name, step)) for name, step in kb.pipeline.STEPS)
t0 = time.perf_counter()
a = kb.pipeline.analyse(doc)
json.dumps(a.as_record(), ensure_ascii=False)
total = time.perf_counter() - t0
print(json.dumps({"total": total, "steps": times, "events": len(a.events), "timexes": len(a.timexes),
                  "warnings": len(a.warnings)}))
"""


def run_once(unit: str, n: int, limit: float, repo: Path = REPO) -> dict | None:
    try:
        out = subprocess.run([sys.executable, "-c", _CHILD, str(repo), unit, str(n)], capture_output=True,
                             text=True, timeout=limit, check=True)
    except subprocess.TimeoutExpired:
        return None
    except subprocess.CalledProcessError as exc:
        raise SystemExit(f"size {n}: the pipeline failed:\n{exc.stderr[-2000:]}") from None
    return json.loads(out.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pattern", choices=sorted(PATTERNS), default="unpunctuated")
    ap.add_argument("--max-chars", type=int, default=10_240_000)
    ap.add_argument("--limit", type=float, default=120.0, help="seconds per size before it is stopped")
    ap.add_argument("--steps", action="store_true", help="also print the seconds of each step")
    ap.add_argument("--repo", type=Path, default=REPO, help="the kb checkout to measure [default: this one]")
    a = ap.parse_args(argv)
    unit = PATTERNS[a.pattern]
    sizes = []
    n = 10_000
    while n <= a.max_chars:
        sizes.append(n)
        n *= 2
    print(f"pattern {a.pattern!r} ({unit!r} repeated), limit {a.limit:.0f} s per size, kb from {a.repo}")
    print(f"{'chars':>10}  {'seconds':>8}  {'us/char':>7}  {'x prev':>6}  {'timexes':>7}  {'events':>6}"
          + ("  steps" if a.steps else ""))
    previous = None
    for n in sizes:
        runs = []
        for _ in range(3 if n <= 100_000 else 1):
            started = time.perf_counter()
            result = run_once(unit, n, a.limit, a.repo)
            if result is None:
                print(f"{n:>10}  > {a.limit:.0f} s (stopped; larger sizes skipped)  "
                      f"[wall {time.perf_counter() - started:.0f} s]")
                return 0
            runs.append(result)
        secs = statistics.median(r["total"] for r in runs)
        r = runs[0]
        ratio = f"{secs / previous:6.2f}" if previous else f"{'':>6}"
        steps = ("  " + " ".join(f"{k} {v:.2f}" for k, v in r["steps"].items())) if a.steps else ""
        print(f"{n:>10}  {secs:8.2f}  {secs / n * 1e6:7.1f}  {ratio}  {r['timexes']:>7}  {r['events']:>6}{steps}",
              flush=True)
        previous = secs
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
