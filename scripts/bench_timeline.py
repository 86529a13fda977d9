#!/usr/bin/env python
"""``kb timeline`` as wired, on an existing store (prints figures).

    python scripts/bench_store.py --events 1000000 --dir /work/bench --keep   # makes store-1000000
    python scripts/bench_timeline.py /work/bench/store-1000000

Times :meth:`kb.api.KnowledgeBase.timeline` with an actor, a window of 1-5
years and ``limit=100`` -- the path ``kb timeline --actor Q.. --since .. --until
.. --limit 100`` takes: the index lookup of :func:`kb.rdf.index.timeline_events`,
the row query of :func:`kb.timeline.build_query` over those events, and the
Python row building -- for frequent actors of a :mod:`kb.synthetic` KB (the top
50 of its Zipf law). Prints the median and p90 over ``--reps`` parameter sets
after one warm-up pass, as a running server would see them. ``--plain N``
also times the plain timeline query (no index) on the first N sets and checks
that both give the same rows.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import kb.api as api  # noqa: E402
from kb import synthetic  # noqa: E402
from kb.exporters.tabular import timeline_rows  # noqa: E402
from kb.timeline import build_query, rows_from_query  # noqa: E402


def stat(ms: list[float]) -> str:
    return f"median {statistics.median(ms):.1f} ms, p90 {sorted(ms)[int(0.9 * (len(ms) - 1))]:.1f} ms"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("store", help="An Oxigraph store directory made by bench_store.py --keep (opened read-only).")
    ap.add_argument("--reps", type=int, default=21, help="Parameter sets (default 21).")
    ap.add_argument("--plain", type=int, default=0, help="Also time the plain query on this many sets.")
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()

    shape = synthetic.KBShape()
    first, last = shape.first_year, shape.first_year + shape.years - 1
    rng = random.Random(args.seed)
    params = []
    for _ in range(args.reps):
        years = rng.randint(1, 5)
        year = rng.randint(first, last - years)
        params.append((f"Q{100000 + rng.randrange(50)}", f"{year}-{rng.randint(1, 12):02d}", str(year + years)))

    with api.open_kb(args.store, read_only=True) as base:
        def wired(actor, since, until):
            return base.timeline(actor=actor, since=since, until=until, limit=100)

        for p in params:  # warm-up pass
            wired(*p)
        times, rows = [], []
        for p in params:
            t = time.perf_counter()
            rows.append(wired(*p))
            times.append(1000 * (time.perf_counter() - t))
        print(f"store {args.store}: {args.reps} timelines, rows per timeline median "
              f"{statistics.median(len(r) for r in rows):.0f}")
        print(f"KnowledgeBase.timeline(actor, since, until, limit=100): {stat(times)}")
        if args.plain:
            plain_times = []
            for p, got in zip(params[: args.plain], rows):
                actor, since, until = p
                q = build_query(actor_iris=base.resolve_actor(actor), since=api.parse_bound(since, end=False),
                                until=api.parse_bound(until, end=True), limit=100)
                t = time.perf_counter()
                plain = rows_from_query(base.store.query(q))
                plain_times.append(1000 * (time.perf_counter() - t))
                plain = timeline_rows(base.store, [r.event for r in plain])  # as kb timeline shows them
                if [r.as_dict() for r in plain] != [r.as_dict() for r in got]:
                    raise SystemExit(f"the wired timeline differs from the plain query for {p}")
            print(f"plain timeline query (no index), {args.plain} sets: {stat(plain_times)}; same rows")


if __name__ == "__main__":
    main()
