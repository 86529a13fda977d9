#!/usr/bin/env python
"""Store benchmark: bulk load and query latency of a synthetic KB (prints figures).

    python scripts/bench_store.py --events 10000
    python scripts/bench_store.py --events 1000000 --dir /work/bench   # ~45M quads, ~12 GB of disk

Generates a KB with :mod:`kb.synthetic` (one named graph per document, index
triples of :mod:`kb.rdf.index`), bulk-loads it into an on-disk Oxigraph store,
runs ``optimize()``, then measures the median latency of

- an actor's timeline between two dates, LIMIT 100: the plain layout
  (``sem:hasActor`` + date filter + ORDER BY), the full ``kb timeline`` query
  of :mod:`kb.timeline`, and the indexed chunked lookup of :mod:`kb.rdf.index`;
- the number of meetings between two actors since a date: plain join vs the
  ``kb:actorPair`` key;
- events per year: ``YEAR(?earliest)`` vs the stored ``kb:year``.

The indexed answers are checked against the plain ones. Run one size per
process: the peak memory reported is that of this process.
"""

from __future__ import annotations

import argparse
import datetime as _dt
import json
import random
import re
import resource
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import pyoxigraph as ox  # noqa: E402

from kb import synthetic  # noqa: E402
from kb.rdf import index as idx  # noqa: E402

KB = "https://w3id.org/kb/ns#"
WD = "http://www.wikidata.org/entity/"
PREFIXES = """PREFIX kb: <https://w3id.org/kb/ns#>
PREFIX sem: <http://semanticweb.cs.vu.nl/2009/11/sem/>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
"""


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def term(t) -> str:
    return t.value if t is not None else ""


def select(store):
    def run(sparql: str):
        return [tuple(term(sol[i]) for i in range(len(sol))) for sol in store.query(sparql)]
    # A QuerySolution has no len(); read by the projected variables instead.
    def run_vars(sparql: str):
        res = store.query(sparql)
        names = [v.value for v in res.variables]
        return [tuple(term(sol[n]) for n in names) for sol in res]
    return run_vars


def timed(fn, reps_args):
    times, results = [], []
    for args in reps_args:
        t = time.perf_counter()
        results.append(fn(*args))
        times.append((time.perf_counter() - t) * 1000)
    return times, results


def plain_timeline(run, actor, since, until, limit=100):
    q = f"""{PREFIXES}SELECT ?event ?earliest ?latest WHERE {{ GRAPH ?g {{
  ?event sem:hasActor <{actor}> ; sem:hasEarliestBeginTimeStamp ?earliest ; sem:hasLatestEndTimeStamp ?latest .
  FILTER(?earliest <= "{until}"^^xsd:date && ?latest >= "{since}"^^xsd:date) }} }}
ORDER BY ?earliest ?latest ?event LIMIT {limit}"""
    return run(q)


def full_timeline(run, actor, since, until, limit=100):
    from kb.timeline import build_query

    return run(build_query(actor_iris=[actor], since=since.isoformat(), until=until.isoformat(), limit=limit))


_NESTED = re.compile(r"OPTIONAL \{ \?event (sem:has\w+) (\?\w+) \. OPTIONAL \{ ")


def anchored(query: str) -> str:
    """The kb timeline query with each nested OPTIONAL repeating its outer
    pattern: Oxigraph then starts the label lookup from the event instead of
    from every label in the KB (same rows, 15x faster at 10k events)."""
    return _NESTED.sub(lambda m: f"OPTIONAL {{ ?event {m.group(1)} {m.group(2)} . OPTIONAL {{ "
                                 f"?event {m.group(1)} {m.group(2)} . ", query)


def full_timeline_anchored(run, actor, since, until, limit=100):
    from kb.timeline import build_query

    return run(anchored(build_query(actor_iris=[actor], since=since.isoformat(), until=until.isoformat(),
                                    limit=limit)))


def indexed_timeline(run, actor, since, until, limit=100):
    return idx.timeline_events(run, [actor], since, until, limit)


def kb_indexed_timeline(run, actor, since, until, limit=100):
    """What ``kb timeline`` would cost with the index: the chunked lookup finds the
    events, then the full :mod:`kb.timeline` query describes only those."""
    from kb.timeline import build_query

    events = idx.timeline_events(run, [actor], since, until, limit)
    query = build_query(actor_iris=None, since=None, until=None, limit=None)
    values = "VALUES ?event { " + " ".join(f"<{e[0]}>" for e in events) + " }\n    "
    head, sep, tail = query.partition("GRAPH ?g {\n    ")
    rows = run(anchored(head + sep + values + tail))
    if len(rows) != len(events):
        raise SystemExit(f"kb timeline over the indexed events gave {len(rows)} rows for {len(events)} events")
    return rows


def plain_pair(run, a, b, since):
    q = f"""{PREFIXES}SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE {{ GRAPH ?g {{
  ?e sem:hasActor <{a}> . ?e sem:hasActor <{b}> . ?e a kb:Meeting .
  ?e sem:hasLatestEndTimeStamp ?l FILTER(?l >= "{since}"^^xsd:date) }} }}"""
    return int(run(q)[0][0])


def indexed_pair(run, a, b, since):
    return int(run(idx.pair_count_query(a, b, KB + "Meeting", since))[0][0])


def plain_years(run):
    return run(f"""{PREFIXES}SELECT ?year (COUNT(?e) AS ?n) WHERE {{ GRAPH ?g {{
  ?e a sem:Event ; sem:hasEarliestBeginTimeStamp ?d }} BIND(YEAR(?d) AS ?year) }} GROUP BY ?year ORDER BY ?year""")


def indexed_years(run):
    return run(idx.events_per_year_query())


def stat(times):
    return {"median_ms": round(statistics.median(times), 1),
            "p90_ms": round(sorted(times)[int(0.9 * (len(times) - 1))], 1)}


def load(args, nq: Path, store_dir: Path, out: dict):
    t = time.perf_counter()
    with open(nq, "w", encoding="utf-8") as f:
        st = synthetic.write_nquads(f, args.events, seed=args.seed)
    out.update(documents=st.documents, quads=st.quads, generate_s=round(time.perf_counter() - t, 1),
               nquads_mb=round(nq.stat().st_size / 2**20))
    store = ox.Store(str(store_dir))
    t = time.perf_counter()
    store.bulk_load(path=str(nq), format=ox.RdfFormat.N_QUADS)
    load_s = time.perf_counter() - t
    t = time.perf_counter()
    store.optimize()
    optimize_s = time.perf_counter() - t
    out["bulk_load_s"] = round(load_s, 1)
    out["optimize_s"] = round(optimize_s, 1)
    # Rate from the unrounded times: a small smoke run loads in well under 0.05 s.
    out["load_quads_per_s"] = round(st.quads / max(load_s + optimize_s, 1e-9))
    out["peak_rss_after_load_mb"] = round(peak_mb())
    out["store_mb"] = round(sum(p.stat().st_size for p in store_dir.rglob("*") if p.is_file()) / 2**20)
    nq.unlink()
    return store


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--events", type=int, default=10000)
    ap.add_argument("--dir", default=None, help="Work directory (default: a temp dir); removed afterwards.")
    ap.add_argument("--reps", type=int, default=21, help="Query parameter sets per measurement.")
    ap.add_argument("--full-reps", type=int, default=5, help="Repetitions of the full kb timeline query.")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--keep", action="store_true", help="Keep the store (prints its path).")
    ap.add_argument("--json", action="store_true", help="Print one JSON object instead of text.")
    ap.add_argument("--store", default=None, help="Query an existing store made by --keep (no generation or load).")
    args = ap.parse_args()

    work = Path(args.dir or tempfile.mkdtemp(prefix="kb-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    nq = work / f"synthetic-{args.events}.nq"
    store_dir = Path(args.store) if args.store else work / f"store-{args.events}"
    if args.store:
        args.keep = True
    else:
        shutil.rmtree(store_dir, ignore_errors=True)
    out: dict = {"events": args.events}
    try:
        if args.store:
            store = ox.Store(str(store_dir))
        else:
            store = load(args, nq, store_dir, out)
        run = select(store)

        rng = random.Random(args.seed + 1)
        shape = synthetic.KBShape()
        first, last = shape.first_year, shape.first_year + shape.years - 1

        def window():
            years = rng.randint(1, 5)
            start = _dt.date(rng.randint(first, last - years + 1), rng.randint(1, 12), 1)
            return start, _dt.date(start.year + years, start.month, 1) - _dt.timedelta(days=1)

        # Frequent actors (the top 50 of the Zipf law): the hard case, and what users ask about.
        tl_params = [(f"{WD}Q{100000 + rng.randrange(50)}", *window()) for _ in range(args.reps)]
        pair_params = []
        for _ in range(args.reps):
            a, b = rng.sample(range(20), 2)
            pair_params.append((f"{WD}Q{100000 + a}", f"{WD}Q{100000 + b}",
                                _dt.date(rng.randint(first, last - 2), rng.randint(1, 12), 1)))

        # Warm the caches once, as a running server would be.
        plain_timeline(run, *tl_params[0])
        indexed_timeline(run, *tl_params[0])

        t_plain, r_plain = timed(lambda *a: plain_timeline(run, *a), tl_params)
        t_idx, r_idx = timed(lambda *a: indexed_timeline(run, *a), tl_params)
        for p, x, y in zip(tl_params, r_plain, r_idx):
            if [r[0] for r in x] != [r[0] for r in y]:
                raise SystemExit(f"indexed timeline differs from the plain one for {p}")
        out["timeline_plain"] = stat(t_plain)
        if args.full_reps:
            t_full, _ = timed(lambda *a: full_timeline(run, *a), tl_params[: args.full_reps])
            out["timeline_kb_query"] = stat(t_full)
        out["timeline_indexed"] = stat(t_idx)
        out["timeline_rows_median"] = statistics.median(len(r) for r in r_idx)

        if args.full_reps:
            t_fa, _ = timed(lambda *a: full_timeline_anchored(run, *a), tl_params[: args.full_reps])
            out["timeline_kb_query_anchored"] = stat(t_fa)
        t_ki, _ = timed(lambda *a: kb_indexed_timeline(run, *a), tl_params)
        out["timeline_kb_query_indexed"] = stat(t_ki)

        t_pp, c_plain = timed(lambda *a: plain_pair(run, *a), pair_params)
        t_pi, c_idx = timed(lambda *a: indexed_pair(run, *a), pair_params)
        if c_plain != c_idx:
            raise SystemExit(f"indexed pair counts differ: {c_plain} vs {c_idx}")
        out["pair_count_plain"] = stat(t_pp)
        out["pair_count_indexed"] = stat(t_pi)
        out["pair_count_median"] = statistics.median(c_idx)

        t_yp, y_plain = timed(lambda: plain_years(run), [()] * 5)
        t_yi, y_idx = timed(lambda: indexed_years(run), [()] * 5)
        if y_plain[0] != y_idx[0]:
            raise SystemExit("events per year differ between YEAR() and kb:year")
        out["per_year_plain"] = stat(t_yp)
        out["per_year_indexed"] = stat(t_yi)
        out["peak_rss_mb"] = round(peak_mb())
        store.flush()
        del store
    finally:
        if nq.exists():
            nq.unlink()
        if args.keep:
            print(f"store kept at {store_dir}", file=sys.stderr)
        else:
            shutil.rmtree(store_dir, ignore_errors=True)
            if not args.dir:
                shutil.rmtree(work, ignore_errors=True)
    if args.json:
        print(json.dumps(out))
    else:
        for k, v in out.items():
            print(f"{k:24} {v}")


if __name__ == "__main__":
    main()
