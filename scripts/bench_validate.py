#!/usr/bin/env python
"""Whole-KB validation benchmark (prints figures).

    python scripts/bench_validate.py --events 100000
    python scripts/bench_validate.py --store /work/bench/store-1m     # an existing (bulk-loaded) store

Runs kb's shapes compiled to SPARQL (:mod:`kb.rdf.shapes_sparql`) plus the
cross-document checks over every graph, and, for comparison, pySHACL graph by
graph on a sample of documents, extrapolated to the whole KB.
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


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--store", help="An existing Oxigraph store directory (opened read-only).")
    ap.add_argument("--events", type=int, default=10000, help="Generate a KB of this size instead.")
    ap.add_argument("--sample", type=int, default=100, help="Documents validated with pySHACL for comparison.")
    args = ap.parse_args()

    tmp = None
    if args.store:
        store = ox.Store.read_only(args.store)
    else:
        tmp = tempfile.mkdtemp(prefix="kb-bench-validate-")
        store = ox.Store(tmp)
        buf = io.StringIO()
        synthetic.write_nquads(buf, args.events)
        store.bulk_load(input=buf.getvalue().encode(), format=ox.RdfFormat.N_QUADS)
        store.optimize()
        del buf

    def select(sparql):
        res = store.query(sparql)
        names = [v.value for v in res.variables]
        return [tuple("" if sol[n] is None else sol[n].value for n in names) for sol in res]

    events = int(select("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?e a "
                        "<http://semanticweb.cs.vu.nl/2009/11/sem/Event> } }")[0][0])
    graphs = [g.value for g in store.named_graphs()]
    print(f"events {events}, graphs {len(graphs)}")

    compiled = compile_shapes(load_shapes())
    timings: dict = {}
    t = time.perf_counter()
    found = run_checks(select, compiled.checks + CROSS_CHECKS, timings=timings)
    total = time.perf_counter() - t
    print(f"compiled SPARQL validation: {len(compiled.checks)} shape checks + {len(CROSS_CHECKS)} cross-document "
          f"checks in {total:.1f} s, {len(found)} violations; not compiled: {compiled.skipped or 'none'}")
    for name, secs in sorted(timings.items(), key=lambda kv: -kv[1])[:8]:
        print(f"  {secs:7.2f} s  {name}")

    sample = random.Random(0).sample(graphs, min(args.sample, len(graphs)))
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
    if tmp:
        del store
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
