#!/usr/bin/env python
"""Whole-KB validation benchmark (prints figures).

    python scripts/bench_validate.py --events 100000
    python scripts/bench_validate.py --store /work/bench/store-1000000     # an existing (bulk-loaded) store

Measures, on the same store and in this order:

1. ``kb validate --method sparql`` as wired (:meth:`kb.store.Store.validate`:
   the shapes compiled for Oxigraph plus the cross-document checks, on
   ``--workers`` threads);
2. each compiled check on its own, one after the other, for every engine of
   ``--engines`` (``oxigraph``: the forms ``kb validate`` runs; ``portable``:
   the plain SPARQL 1.1 forms, i.e. kb validate before they were rewritten),
   with the costliest checks listed;
3. pySHACL graph by graph on ``--sample`` documents, extrapolated to the whole KB.
"""

from __future__ import annotations

import argparse
import io
import random
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import pyoxigraph as ox  # noqa: E402
from rdflib import Graph  # noqa: E402

from kb import synthetic  # noqa: E402
from kb.rdf.shapes_sparql import CROSS_CHECKS, compile_shapes, run_checks  # noqa: E402
from kb.rdf.validate import load_shapes, results  # noqa: E402
from kb.store import Store  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--store", help="An existing Oxigraph store directory (opened read-only).")
    ap.add_argument("--events", type=int, default=10000, help="Generate a KB of this size instead.")
    ap.add_argument("--sample", type=int, default=100, help="Documents validated with pySHACL for comparison.")
    ap.add_argument("--workers", type=int, default=None, help="Threads of the wired kb validate (default: cores).")
    ap.add_argument("--engines", default="oxigraph,portable",
                    help="Compiled forms to time check by check (comma-separated; empty for none).")
    args = ap.parse_args()

    tmp = None
    if args.store:
        location = args.store
    else:
        tmp = location = tempfile.mkdtemp(prefix="kb-bench-validate-")
        writer = ox.Store(tmp)
        buf = io.StringIO()
        synthetic.write_nquads(buf, args.events)
        writer.bulk_load(input=buf.getvalue().encode(), format=ox.RdfFormat.N_QUADS)
        writer.optimize()
        del buf, writer
    kb_store = Store(location, read_only=True)
    store = kb_store.oxigraph

    def select(sparql):
        res = store.query(sparql)
        names = [v.value for v in res.variables]
        return [tuple("" if sol[n] is None else sol[n].value for n in names) for sol in res]

    events = int(select("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?e a "
                        "<http://semanticweb.cs.vu.nl/2009/11/sem/Event> } }")[0][0])
    graphs = [g.value for g in store.named_graphs()]
    print(f"events {events}, graphs {len(graphs)}", flush=True)

    t, cpu = time.perf_counter(), time.process_time()
    found = kb_store.validate(method="sparql", workers=args.workers)
    print(f"kb validate --method sparql (Store.validate, {args.workers or 'default'} workers): "
          f"{time.perf_counter() - t:.1f} s wall, {time.process_time() - cpu:.1f} s CPU, "
          f"{len(found)} violations", flush=True)

    for engine in filter(None, args.engines.split(",")):
        compiled = compile_shapes(load_shapes(), engine=engine)
        timings: dict = {}
        t = time.perf_counter()
        found = run_checks(select, compiled.checks + CROSS_CHECKS, timings=timings)
        total = time.perf_counter() - t
        print(f"{engine} forms, one after the other: {len(compiled.checks)} shape checks + {len(CROSS_CHECKS)} "
              f"cross-document checks in {total:.1f} s, {len(found)} violations; "
              f"not compiled: {compiled.skipped or 'none'}", flush=True)
        for name, secs in sorted(timings.items(), key=lambda kv: -kv[1])[:8]:
            print(f"  {secs:7.2f} s  {name}", flush=True)

    sample = random.Random(0).sample(graphs, min(args.sample, len(graphs)))
    if sample:
        t = time.perf_counter()
        for g in sample:
            graph = Graph()
            for q in store.quads_for_pattern(None, None, None, ox.NamedNode(g)):
                graph.parse(data=f"{q.subject} {q.predicate} {q.object} .", format="nt")
            results(graph)
        per_doc = (time.perf_counter() - t) / max(1, len(sample))
        print(f"pySHACL graph by graph: {per_doc * 1000:.0f} ms per document (incl. reading it) "
              f"-> {per_doc * len(graphs) / 60:.0f} min for all {len(graphs)} documents on one core")
    print(f"peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
    kb_store.close()
    if tmp:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
