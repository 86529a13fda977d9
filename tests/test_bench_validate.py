"""Whole-KB validation by compiled SPARQL agrees with pySHACL graph by graph.

Each broken graph below must be flagged by both: pySHACL on the graph alone,
and the compiled queries over a store holding it among clean graphs.
"""

from __future__ import annotations

import io

import pyoxigraph as ox
import pytest
from rdflib import Literal, URIRef
from rdflib.namespace import RDF, XSD

from kb import synthetic
from kb.rdf.shapes_sparql import CROSS_CHECKS, compile_shapes, run_checks
from kb.rdf.validate import load_shapes, results

KB = "https://w3id.org/kb/ns#"
SEM = "http://semanticweb.cs.vu.nl/2009/11/sem/"
NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"
DCT = "http://purl.org/dc/terms/"


@pytest.fixture(scope="module")
def compiled():
    return compile_shapes(load_shapes())


def _events(g):
    return sorted(g.subjects(RDF.type, URIRef(SEM + "Event")))


def _drop(p):
    def f(g):
        e = _events(g)[0]
        g.remove((e, URIRef(p), None))
    return f


def _set(p, value):
    def f(g):
        e = _events(g)[0]
        g.remove((e, URIRef(p), None))
        g.add((e, URIRef(p), value))
    return f


def _add(p, value, subject="event"):
    def f(g):
        s = _events(g)[0] if subject == "event" else next(g.subjects(RDF.type, URIRef(NIF + "Context")))
        g.add((s, URIRef(p), value))
    return f


def _untyped_actor(g):
    e = _events(g)[0]
    actor = next(g.objects(e, URIRef(SEM + "hasActor")))
    g.remove((actor, RDF.type, None))


def _bad_anchor(g):
    m = next(g.subjects(URIRef(NIF + "anchorOf"), None))
    g.remove((m, URIRef(NIF + "anchorOf"), None))
    g.add((m, URIRef(NIF + "anchorOf"), Literal("not the text")))


BREAKAGES = {
    "no event type": _drop(KB + "eventType"),
    "unknown event type": _set(KB + "eventType", Literal("Parade")),
    "two event types": _add(KB + "eventType", Literal("Summit")),
    "bad status": _set(KB + "status", Literal("maybe")),
    "earliest after latest": _set(SEM + "hasEarliestBeginTimeStamp", Literal("2099-01-01", datatype=XSD.date)),
    "bound not a date": _set(SEM + "hasLatestEndTimeStamp", Literal("2024-05")),
    "actor without type": _untyped_actor,
    "anchor not the text": _bad_anchor,
    "bad language": _add(DCT + "language", Literal("Deutsch"), subject="doc"),
    "role filler not an actor": _add(KB + "host", URIRef("http://www.wikidata.org/entity/Q42")),
}


def _store_with(graphs):
    s = ox.Store()
    buf = io.StringIO()
    for graph_iri, g in graphs:
        for line in g.serialize(format="nt").splitlines():
            if line.strip():
                buf.write(line[:-1].rstrip() + f" <{graph_iri}> .\n")
    s.bulk_load(input=buf.getvalue().encode(), format=ox.RdfFormat.N_QUADS)
    return s


def _select(store):
    def run(q):
        res = store.query(q)
        names = [v.value for v in res.variables]
        return [tuple("" if sol[n] is None else sol[n].value for n in names) for sol in res]
    return run


def test_every_shape_constraint_compiles(compiled):
    assert compiled.skipped == []
    assert len(compiled.checks) > 50


def test_clean_kb_has_no_violations(compiled):
    store = _store_with(synthetic.document_graphs(400, seed=8))
    assert run_checks(_select(store), compiled.checks + CROSS_CHECKS) == []


@pytest.mark.parametrize("name", sorted(BREAKAGES))
def test_breakage_found_by_both(compiled, name):
    graphs = list(synthetic.document_graphs(40, seed=9))
    broken_iri, broken = graphs[3]
    BREAKAGES[name](broken)
    shacl = [r for r in results(broken) if r.severity == "Violation"]
    assert shacl, f"pySHACL should flag: {name}"
    found = run_checks(_select(_store_with(graphs)), compiled.checks)
    assert found, f"compiled checks should flag: {name}"
    assert {v.graph for v in found} == {str(broken_iri)}


def test_cross_document_checks():
    graphs = list(synthetic.document_graphs(20, seed=10))
    (g1, a), (g2, b) = graphs[0], graphs[1]
    event = _events(a)[0]
    # The same event described by a second document graph, pointing at the first document.
    for p, o in a.predicate_objects(event):
        b.add((event, p, o))
    store = _store_with(graphs)
    found = run_checks(_select(store), CROSS_CHECKS)
    assert {v.check for v in found} == {"event-source", "event-in-one-graph"}
