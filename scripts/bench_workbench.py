#!/usr/bin/env python3
"""The event browser (``/events`` of ``kb serve``) on a synthetic KB: prints figures.

Builds a store of ``--events`` synthetic events (:mod:`kb.synthetic`, bulk
loaded), builds the workbench's facet index (:mod:`kb.workbench.facets`, timed
once), then times, ``--repeat`` times each, with medians:

- the first page (50 events) with the counts of all ten facets, no filter;
- a page filtered by one type and the most frequent actor, with its counts;
- a full-text search over the evidence, with its counts;
- for comparison, the same facet counts as SPARQL ``GROUP BY`` over the store
  (type, status and year only, a third of the facets: that is the scan the
  index avoids).

    python scripts/bench_workbench.py --events 100000
    python scripts/bench_workbench.py --events 1000000 --work /tmp/wb  # keeps the store for a rerun
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kb import synthetic  # noqa: E402
from kb.store import Store  # noqa: E402
from kb.workbench.facets import build, FacetIndex  # noqa: E402


def build_store(events: int, work: Path, seed: int) -> Path:
    import pyoxigraph as ox

    store_dir = work / f"store-{events}"
    if (store_dir / "CURRENT").exists():
        print(f"reusing {store_dir}")
        return store_dir
    nq = work / f"synthetic-{events}.nq"
    t = time.perf_counter()
    with open(nq, "w", encoding="utf-8") as f:
        synthetic.write_nquads(f, events, seed=seed)
    store = ox.Store(str(store_dir))
    store.bulk_load(path=str(nq), format=ox.RdfFormat.N_QUADS)
    store.optimize()
    del store
    nq.unlink()
    print(f"store of {events} events built in {time.perf_counter() - t:.1f} s")
    return store_dir


def timed(fn, repeat: int) -> tuple[float, object]:
    times, out = [], None
    for _ in range(repeat):
        t = time.perf_counter()
        out = fn()
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times), out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--events", type=int, default=100_000)
    ap.add_argument("--repeat", type=int, default=15)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--work", type=Path, help="directory for the store and index (kept); default: a temporary one")
    args = ap.parse_args()
    tmp = None
    if args.work is None:
        tmp = tempfile.TemporaryDirectory(prefix="kb-bench-wb-")
        args.work = Path(tmp.name)
    args.work.mkdir(parents=True, exist_ok=True)
    store_dir = build_store(args.events, args.work, args.seed)
    store = Store(store_dir, read_only=True)
    index_path = args.work / f"index-{args.events}.sqlite"
    t = time.perf_counter()
    n = build(store, index_path, "bench")
    print(f"facet index of {n} events built in {time.perf_counter() - t:.1f} s "
          f"({index_path.stat().st_size / 1e6:.0f} MB)")

    index = FacetIndex.open(index_path)
    first, page = timed(lambda: index.page(size=50), args.repeat)
    top_actor = page["facets"]["actor"][0]["value"]
    filters = {"type": ["Meeting"], "actor": [top_actor]}
    filtered, fpage = timed(lambda: FacetIndex.open(index_path).page(filters, size=50), args.repeat)
    word = "sanctions"
    search, spage = timed(lambda: FacetIndex.open(index_path).page({}, word, size=50), args.repeat)
    cold, _ = timed(lambda: FacetIndex.open(index_path).page(size=50), args.repeat)
    print(f"first page, 50 events + 10 facets, no filter: median {first:.1f} ms "
          f"(fresh connection each time: {cold:.1f} ms; {page['total']} events)")
    print(f"type=Meeting + top actor: median {filtered:.1f} ms ({fpage['total']} events)")
    print(f"text search {word!r}: median {search:.1f} ms ({spage['total']} events)")

    sparql = ("SELECT ?v (COUNT(?e) AS ?n) WHERE { GRAPH ?g { ?e kb:sourceDocument ?d ; kb:%s ?v } } GROUP BY ?v")
    reps = max(3, args.repeat // 5)
    scan = 0.0
    for pred in ("eventType", "status", "year"):
        ms, _ = timed(lambda: store.query(sparql % pred), reps)
        scan += ms
    print(f"for comparison, SPARQL GROUP BY counts of 3 facets (type, status, year) over the store: "
          f"median {scan:.0f} ms together")
    store.close()
    if tmp is not None:
        tmp.cleanup()


if __name__ == "__main__":
    main()
