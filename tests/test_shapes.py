"""SHACL shapes: for every shape one conforming and one violating graph.

The conforming graphs are the fixture documents as built (and a small canonical
graph); each violating graph breaks exactly what one shape guards.
"""

from __future__ import annotations

import statistics
import time
from importlib import resources

import pytest
from rdflib import Graph, Literal, URIRef

from fixtures_rdf import FIXED_RUN, undated_de, visit_en
from kb.rdf import iri
from kb.rdf.build import graph_for
from rdflib.namespace import SH

from kb.rdf.namespaces import DCTERMS, KB, NIF, PROV, RDF, RDFS, SEM, TIME, WD, XSD
from kb.rdf.validate import load_shapes, results, validate_graph

DOC = "fixture-en-visit"
E1 = iri.event(DOC, "e1")
C1 = iri.claim(DOC, "c1")
C2 = iri.claim(DOC, "c2")
T1 = iri.timex(DOC, 1)
DOC_IRI = iri.document(DOC)
MACRON_MENTION = iri.mention(DOC, 22, 37)
CANON = iri.canonical_event("test")


def doc_graph() -> Graph:
    return graph_for(visit_en(), FIXED_RUN)[1]


def canonical_graph() -> Graph:
    g = Graph(identifier=iri.CANONICAL_GRAPH)
    for cls in (KB.CanonicalEvent, KB.StateVisit, SEM.Event):
        g.add((CANON, RDF.type, cls))
    g.add((CANON, KB.eventType, Literal("StateVisit")))
    g.add((CANON, KB.reportedBy, E1))
    g.add((CANON, KB.reportedBy, iri.event("other-doc", "e3")))
    g.add((CANON, SEM.hasEarliestBeginTimeStamp, Literal("2025-03-06", datatype=XSD.date)))
    g.add((CANON, SEM.hasLatestEndTimeStamp, Literal("2025-03-06", datatype=XSD.date)))
    g.add((CANON, SEM.hasActor, WD.Q3052772))
    g.add((WD.Q3052772, RDF.type, KB.Agent))
    g.add((WD.Q3052772, RDFS.label, Literal("Emmanuel Macron", lang="en")))
    return g


def _set(g, s, p, o):
    g.remove((s, p, None))
    g.add((s, p, o))


def _drop(g, s, p):
    g.remove((s, p, None))


# shape -> (graph factory, has-target check, mutation that violates it)
CASES = {
    "EventShape": (doc_graph, lambda g: (E1, RDF.type, SEM.Event) in g,
                   lambda g: _set(g, E1, KB.status, Literal("maybe"))),
    "EventGraphShape": (doc_graph, lambda g: (E1, KB.sourceDocument, DOC_IRI) in g,
                        lambda g: g.remove((E1, SEM.hasActor, WD.Q946))),
    "CanonicalEventShape": (canonical_graph, lambda g: (CANON, RDF.type, KB.CanonicalEvent) in g,
                            lambda g: g.add((CANON, KB.conflict, Literal(True)))),
    "DateShape": (doc_graph, lambda g: (E1, SEM.hasEarliestBeginTimeStamp, None) in g,
                  lambda g: _set(g, E1, SEM.hasEarliestBeginTimeStamp,
                                 Literal("2025-03", datatype=XSD.gYearMonth))),
    "DateOrderShape": (doc_graph, lambda g: (E1, SEM.hasLatestEndTimeStamp, None) in g,
                       lambda g: _set(g, E1, SEM.hasEarliestBeginTimeStamp,
                                      Literal("2025-03-09", datatype=XSD.date))),
    "CanonicalDateOrderShape": (canonical_graph, lambda g: (CANON, SEM.hasLatestEndTimeStamp, None) in g,
                                lambda g: _set(g, CANON, SEM.hasLatestEndTimeStamp,
                                               Literal("2025-03-01", datatype=XSD.date))),
    "TimexShape": (doc_graph, lambda g: (T1, RDF.type, KB.TemporalExpression) in g,
                   lambda g: _set(g, T1, KB.timexType, Literal("DAY"))),
    "ActorShape": (doc_graph, lambda g: (WD.Q946, RDF.type, KB.Agent) in g,
                   lambda g: _drop(g, WD.Q946, RDFS.label)),
    "PlaceShape": (doc_graph, lambda g: (WD.Q270, RDF.type, KB.Place) in g,
                   lambda g: _drop(g, WD.Q270, RDFS.label)),
    "UnlinkedEntityShape": (undated_graph := (lambda: graph_for(undated_de(), FIXED_RUN)[1]),
                            lambda g: (None, RDF.type, KB.UnlinkedEntity) in g,
                            lambda g: g.add((WD.Q270, RDF.type, KB.UnlinkedEntity))),
    "DocumentShape": (doc_graph, lambda g: (DOC_IRI, RDF.type, NIF.Context) in g,
                      lambda g: g.add((DOC_IRI, DCTERMS.issued, Literal("2025-03-04", datatype=XSD.date)))),
    "GraphProvenanceShape": (doc_graph, lambda g: (None, PROV.wasDerivedFrom, DOC_IRI) in g,
                             lambda g: _drop(g, iri.graph(DOC), PROV.wasGeneratedBy)),
    "RunShape": (doc_graph, lambda g: (FIXED_RUN.iri, RDF.type, PROV.Activity) in g,
                 lambda g: _drop(g, FIXED_RUN.iri, KB.toolVersion)),
    "MentionShape": (doc_graph, lambda g: (MACRON_MENTION, RDF.type, NIF.String) in g,
                     lambda g: _drop(g, MACRON_MENTION, NIF.referenceContext)),
    "MentionTextShape": (doc_graph, lambda g: (MACRON_MENTION, NIF.anchorOf, None) in g,
                         lambda g: _set(g, MACRON_MENTION, NIF.anchorOf, Literal("Emanuel Macron"))),
    "ClaimShape": (doc_graph, lambda g: (C1, RDF.type, KB.CountClaim) in g,
                   lambda g: _set(g, C1, KB.windowBegin, Literal("2025-04-01", datatype=XSD.date))),
    "CountClaimShape": (doc_graph, lambda g: (C1, KB.count, None) in g,
                        lambda g: _set(g, C1, KB.count, Literal(-1))),
    "OrdinalClaimShape": (doc_graph, lambda g: (C2, KB.ordinal, None) in g,
                          lambda g: _set(g, C2, KB.ordinal, Literal("first"))),
}

_CORRECTION = URIRef("https://w3id.org/kb/id/review/d/1")


def _review_graph():
    from kb.rdf.terms import to_rdflib
    from kb.review import Correction, to_triples

    c = Correction(str(_CORRECTION), "reject", DOC, "ana", "2025-03-05T10:00:00Z", 1, begin=0, end=5,
                   key_type="Meeting", evidence="Hallo")
    g = Graph()
    for t in to_triples(c):
        g.add(tuple(map(to_rdflib, t)))
    return g


CASES["CorrectionShape"] = (_review_graph, lambda g: (_CORRECTION, RDF.type, KB.Correction) in g,
                            lambda g: _drop(g, _CORRECTION, PROV.generatedAtTime))


def test_every_shape_has_cases():
    shapes = load_shapes()
    declared = {str(s).rsplit("#", 1)[-1] for s in shapes.subjects(RDF.type, SH.NodeShape)
                if isinstance(s, URIRef)}
    assert declared == set(CASES)


@pytest.mark.parametrize("shape", sorted(CASES))
def test_shape_conforming(shape):
    make, has_target, _ = CASES[shape]
    g = make()
    assert has_target(g), f"the conforming graph must exercise {shape}"
    found = [r for r in results(g) if r.shape == shape]
    assert found == []
    assert validate_graph(g)[0]


@pytest.mark.parametrize("shape", sorted(CASES))
def test_shape_violating(shape):
    make, _, breaks = CASES[shape]
    g = make()
    breaks(g)
    conforms, report = validate_graph(g)
    assert not conforms
    assert shape in {r.shape for r in results(g)}, report


@pytest.mark.parametrize("shape", sorted(CASES))
def test_sparql_screen_catches_every_violating_case(shape):
    from kb.rdf.validate import screen

    make, _, breaks = CASES[shape]
    g = make()
    assert screen(g), f"the screen must pass the conforming graph of {shape}"
    breaks(g)
    assert not screen(g), f"the screen lets a violation of {shape} through"


def test_violation_report_names_node_and_problem():
    g = doc_graph()
    _set(g, E1, SEM.hasEarliestBeginTimeStamp, Literal("2025-03-09", datatype=XSD.date))
    [r] = [r for r in results(g) if r.shape == "DateOrderShape"]
    assert "2025-03-09" in r.message and "2025-03-07" in r.message
    assert r.value == str(E1)
    assert r.severity == "Violation"


@pytest.mark.parametrize("breaks, problem", [
    (lambda g: _set(g, MACRON_MENTION, NIF.endIndex, Literal(20)), "must be >= 0 and less than"),
    (lambda g: _set(g, MACRON_MENTION, NIF.endIndex, Literal(99999)), "outside the text"),
    (lambda g: _drop(g, MACRON_MENTION, NIF.anchorOf), "needs nif:beginIndex, nif:endIndex and nif:anchorOf"),
    (lambda g: g.add((MACRON_MENTION, NIF.beginIndex, Literal(23))), "more than one nif:beginIndex"),
    (lambda g: _set(g, MACRON_MENTION, NIF.beginIndex, Literal("22")), "xsd:integer"),
])
def test_mention_problems_are_named(breaks, problem):
    g = doc_graph()
    breaks(g)
    found = [r for r in results(g) if r.shape == "MentionTextShape"]
    assert found and all(r.value == str(MACRON_MENTION) for r in found)
    assert any(problem in r.message for r in found), [r.message for r in found]


def test_granularity_units_are_the_shape_values():
    from kb.rdf.build import GRANULARITY_UNITS

    g = doc_graph()
    for unit in GRANULARITY_UNITS.values():
        _set(g, E1, KB.granularity, unit)
        assert validate_graph(g)[0], unit
    _set(g, E1, KB.granularity, TIME.unitHour)
    assert not validate_graph(g)[0]


def test_unresolved_date_with_bounds_is_rejected():
    g = graph_for(undated_de(), FIXED_RUN)[1]
    assert validate_graph(g)[0]
    e1 = iri.event("fixture-de-undatiert", "e1")
    g.add((e1, SEM.hasEarliestBeginTimeStamp, Literal("2025-03-01", datatype=XSD.date)))
    assert not validate_graph(g)[0]


def test_shapes_ship_as_package_resources():
    names = {f.name for f in resources.files("kb.shapes").iterdir()}
    assert {"events.ttl", "dates.ttl", "entities.ttl", "documents.ttl", "mentions.ttl",
            "claims.ttl", "prefixes.ttl"} <= names


def test_validation_of_a_document_graph_is_fast():
    g = doc_graph()
    validate_graph(g)
    times = []
    for _ in range(5):
        t = time.process_time()
        validate_graph(g)
        times.append(time.process_time() - t)
    # ~30 ms here; the bound only catches a return to per-node SPARQL (~1 s).
    assert statistics.median(times) < 0.3


def test_rdflib_fallback_finds_the_same_violations(monkeypatch):
    """SHACL-SPARQL normally runs on an Oxigraph copy; rdflib must agree when it cannot."""
    from kb.rdf import validate as v

    g = doc_graph()
    _set(g, E1, SEM.hasEarliestBeginTimeStamp, Literal("2025-03-09", datatype=XSD.date))
    _set(g, MACRON_MENTION, NIF.anchorOf, Literal("Emanuel Macron"))
    fast = {(r.shape, r.focus, r.value) for r in results(g)}
    monkeypatch.setattr(v._FastQueryGraph, "_ox_query", lambda self, text, bindings: None)
    slow = {(r.shape, r.focus, r.value) for r in results(g)}
    assert fast == slow
    assert {"DateOrderShape", "MentionTextShape"} <= {s for s, _, _ in fast}
