#!/usr/bin/env python
"""Ingest benchmark (prints figures): documents per second and memory.

    python scripts/bench_ingest.py --articles 300                 # end to end, pipeline included
    python scripts/bench_ingest.py --articles 0 --write-docs 100000   # the store's write path at scale

Part 1 runs real-sized articles (about 3,000 characters, English and German,
from :func:`kb.synthetic.articles`) through everything ``kb ingest`` does per
document: the pipeline, graph building, index triples, SHACL validation and the
one-transaction write, timing each stage, on one core.

Part 2 writes synthetic document graphs (``kb.synthetic``, ~130 triples each)
one transaction per document (``DROP SILENT GRAPH``; ``INSERT DATA``, as
``Store.put_graph`` does) into an on-disk store, sampling the process memory,
to show what a 100k-document ingest costs in memory on the store side. RocksDB
keeps recent writes in memtables; without ``flush()`` every ~1,000 documents the
writer's memory grows to about 1 GB after 10,000 documents, with it stays near
200 MB at the same speed.
"""

from __future__ import annotations

import argparse
import resource
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def rss_mb() -> float:
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def end_to_end(n: int, work: Path) -> None:
    from kb import synthetic
    from kb.document import document_from_record
    from kb.pipeline import analyse
    from kb.rdf.build import graph_for
    from kb.rdf.index import add_index
    from kb.rdf.validate import results, screen
    from kb.store import Store

    records = list(synthetic.articles(n, seed=1))
    store = Store(str(work / "e2e"))
    stages = {"read": 0.0, "pipeline": 0.0, "graph": 0.0, "validate": 0.0, "write": 0.0}
    events = rejected = 0
    # Warm up the lazy loads (gazetteer, language data, shapes) outside the timing.
    warm = analyse(document_from_record(records[0], where="warm-up"))
    screen(graph_for(warm)[1])
    t0 = time.perf_counter()
    for rec in records:
        t = time.perf_counter()
        doc = document_from_record(rec, where=rec["id"])
        t1 = time.perf_counter()
        a = analyse(doc)
        t2 = time.perf_counter()
        graph_iri, graph = graph_for(a)
        add_index(graph)
        t3 = time.perf_counter()
        # as Store.ingest does: the SPARQL screen, pySHACL only when it finds something
        bad = [] if screen(graph) else [r for r in results(graph) if r.severity == "Violation"]
        t4 = time.perf_counter()
        if bad:
            rejected += 1
        else:
            store.put_graph(graph_iri, graph)
        t5 = time.perf_counter()
        for k, a0, a1 in (("read", t, t1), ("pipeline", t1, t2), ("graph", t2, t3), ("validate", t3, t4),
                          ("write", t4, t5)):
            stages[k] += a1 - a0
        events += len(a.events)
    total = time.perf_counter() - t0
    store.close()
    chars = statistics.mean(len(r["text"]) for r in records)
    print(f"end to end: {n} articles (mean {chars:.0f} chars), {events} events, {rejected} rejected by the shapes")
    print(f"  {n / total:.1f} documents/s on one core ({1000 * total / n:.0f} ms per document)")
    for k, v in stages.items():
        print(f"  {k:9} {1000 * v / n:7.1f} ms/doc  ({100 * v / total:4.1f} %)")
    print(f"  peak RSS {peak_mb():.0f} MB")


def write_path(n: int, work: Path, flush_every: int = 0) -> None:
    import pyoxigraph as ox

    from kb import synthetic

    store = ox.Store(str(work / "write"))
    samples = []
    t0 = time.perf_counter()
    triples = 0
    for i, (graph_iri, lines, _) in enumerate(synthetic.documents(n * 3, seed=2, prefix="w")):
        if i == n:
            break
        body = "".join(line.rsplit(" <", 1)[0] + " .\n" for line in lines)
        store.update(f"DROP SILENT GRAPH <{graph_iri}> ;\nINSERT DATA {{ GRAPH <{graph_iri}> {{\n{body}}} }}")
        triples += len(lines)
        if flush_every and (i + 1) % flush_every == 0:
            store.flush()  # memtables to disk: keeps the writer's memory flat
        if (i + 1) % 5000 == 0:
            samples.append((i + 1, rss_mb(), time.perf_counter() - t0))
            print(f"  {i + 1:7d} documents  RSS {samples[-1][1]:6.0f} MB  {(i + 1) / samples[-1][2]:6.0f} docs/s",
                  flush=True)
    total = time.perf_counter() - t0
    store.flush()
    size = sum(p.stat().st_size for p in (work / "write").rglob("*") if p.is_file()) / 2**20
    print(f"store write path (flush every {flush_every or 'never'}): {n} documents ({triples} triples) "
          f"in {total:.0f} s = {n / total:.0f} docs/s; "
          f"peak RSS {peak_mb():.0f} MB; store {size:.0f} MB")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=300, help="Articles for the end-to-end run (0: skip).")
    ap.add_argument("--write-docs", type=int, default=0, help="Documents for the write-path run (0: skip).")
    ap.add_argument("--flush-every", type=int, default=1000,
                    help="Flush the store's memtables every N documents in the write-path run (0: never).")
    ap.add_argument("--dir", default=None, help="Work directory (default: a temp dir, removed afterwards).")
    args = ap.parse_args()
    work = Path(args.dir or tempfile.mkdtemp(prefix="kb-bench-ingest-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        if args.articles:
            end_to_end(args.articles, work)
        if args.write_docs:
            write_path(args.write_docs, work, args.flush_every)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
