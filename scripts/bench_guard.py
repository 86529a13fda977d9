#!/usr/bin/env python
"""What the SPARQL guard adds to a query (prints figures).

    python scripts/bench_guard.py [--reps 7] [--store DIR]

For every named query (``kb/queries/*.rq``, bound with example parameters) and
a few fixed texts, times on the demo KB (``kb/demo``, ingested in memory) or
on ``--store``:

- ``parse``: :func:`kb.sparqlguard.check_query` on a text it has not seen
  (the decision cache cleared first): the size/nesting scan, rdflib's parser
  and the walk over the parse tree;
- ``cached``: the same text again (the decision comes from the cache, as for
  kb's own repeated queries and a server's repeated requests);
- ``run``: the query itself in pyoxigraph, without the guard;
- ``total``: :meth:`kb.store.Store.query` on an unseen text (guard + run +
  building the rows).

Prints one line per query and the medians over all of them. Medians over
``--reps`` repetitions each. ``--baseline FILE`` also times the
``check_query`` + ``strip_literals`` of another version of
``kb/sparqlguard.py`` (the text checks kb used before the parser), e.g.
``git show v1:kb/sparqlguard.py > /tmp/old_guard.py``.
"""

from __future__ import annotations

import argparse
import importlib.util
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import kb.api as api  # noqa: E402
from kb import queries  # noqa: E402
from kb.rdf.namespaces import PREFIXES  # noqa: E402
from kb.sparqlguard import check_query, clear_cache  # noqa: E402
from kb.store import query_dataset  # noqa: E402

EXAMPLES = {"actor": "Q3052772", "date": "2023", "type": "Meeting", "int": "3",
            "iri": "http://www.wikidata.org/entity/Q183", "text": "Berlin"}
FIXED = {
    "count-graphs": "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g",
    "ask-type": "ASK { GRAPH ?g { ?e a kb:Meeting } }",
    "construct-10": "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } } LIMIT 10",
}


def median_ms(fn, reps: int, before=None) -> float:
    times = []
    for _ in range(reps):
        if before:
            before()
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times)


def texts(base) -> dict[str, str]:
    out = {}
    for q in queries.queries().values():
        params = {p.name: EXAMPLES[p.type] for p in q.params if p.required}
        out[q.name] = q.bind(params, resolve=lambda a: ["http://www.wikidata.org/entity/" + EXAMPLES["actor"]])
    out.update(FIXED)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--reps", type=int, default=7, help="Repetitions per measurement (default 7).")
    ap.add_argument("--store", help="A kb store directory (opened read-only) instead of the demo KB.")
    ap.add_argument("--baseline", metavar="FILE", help="Another kb/sparqlguard.py to time next to this one.")
    args = ap.parse_args()
    old = None
    if args.baseline:
        spec = importlib.util.spec_from_file_location("kb._baseline_guard", args.baseline)
        old = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(old)

    if args.store:
        base = api.open_kb(args.store, read_only=True)
    else:
        base = api.open_kb(None)
        base.ingest(sorted((Path(api.__file__).parent / "demo").glob("*.json")))
    store = base.store
    ox_store = store.oxigraph
    print(f"{'query':22s} {'bytes':>6s} {'before ms':>9s} {'parse ms':>9s} {'cached us':>10s} {'run ms':>8s} "
          f"{'total ms':>9s}")
    before, parse, cached, run, total = [], [], [], [], []
    for name, text in texts(base).items():
        checked = check_query(text)
        dataset = query_dataset(checked)

        def evaluate(text=text, dataset=dataset):
            res = ox_store.query(text, prefixes=PREFIXES, **dataset)
            return res if isinstance(res, bool) or not hasattr(res, "__iter__") else list(res)

        b = median_ms(lambda: (old.check_query(text), old.strip_literals(text)), args.reps) if old else float("nan")
        p = median_ms(lambda: check_query(text), args.reps, before=clear_cache)
        c = median_ms(lambda: check_query(text), args.reps) * 1000
        r = median_ms(evaluate, args.reps)
        t = median_ms(lambda: store.query(text), args.reps, before=clear_cache)
        before.append(b), parse.append(p), cached.append(c), run.append(r), total.append(t)
        print(f"{name:22s} {len(text.encode()):6d} {b:9.3f} {p:9.2f} {c:10.1f} {r:8.2f} {t:9.2f}")
    med = statistics.median
    print(f"{'median':22s} {'':6s} {med(before):9.3f} {med(parse):9.2f} {med(cached):10.1f} {med(run):8.2f} "
          f"{med(total):9.2f}")
    base.close()


if __name__ == "__main__":
    main()
