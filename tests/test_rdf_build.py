"""Graph building: golden files, the RDF contract, vocabulary and IRIs.

Regenerate the golden files after an intended change with
``KB_REGEN_GOLDEN=1 python -m pytest tests/test_rdf_build.py`` and review the diff.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from rdflib import Graph, Literal, URIRef
from rdflib.compare import graph_diff, isomorphic, to_isomorphic

from fixtures_rdf import FIXED_RUN, EN_TEXT, undated_de, visit_de, visit_en
from kb.rdf import iri
from kb.rdf.build import Run, graph_for, to_trig
from kb.rdf.namespaces import GAF, KB, NIF, OWL, RDF, RDFS, SDO, SEM, TIME, WD, XSD

GOLDEN = Path(__file__).parent / "fixtures" / "rdf"
VOCAB = Path(__file__).parent.parent / "kb" / "vocab.ttl"


@pytest.mark.parametrize("make, name", [(visit_en, "visit_en.ttl"), (undated_de, "undated_de.ttl")])
def test_build_matches_golden_file(make, name):
    graph_iri, g = graph_for(make(), FIXED_RUN)
    path = GOLDEN / name
    if os.environ.get("KB_REGEN_GOLDEN"):
        path.write_text(f"# graph {graph_iri}\n" + g.serialize(format="turtle"), encoding="utf-8")
    expected = Graph().parse(path, format="turtle")
    assert path.read_text(encoding="utf-8").startswith(f"# graph {graph_iri}\n")
    if not isomorphic(g, expected):
        _, only_built, only_golden = graph_diff(to_isomorphic(g), to_isomorphic(expected))
        pytest.fail("graph differs from golden file:\nonly built:\n"
                    + only_built.serialize(format="nt") + "\nonly golden:\n"
                    + only_golden.serialize(format="nt"))


def test_every_nif_string_slices_back_to_its_anchor():
    a = visit_en()
    _, g = graph_for(a, FIXED_RUN)
    strings = set(g.subjects(RDF.type, NIF.String))
    assert len(strings) > 10
    for s in strings:
        begin = g.value(s, NIF.beginIndex).toPython()
        end = g.value(s, NIF.endIndex).toPython()
        assert g.value(s, NIF.anchorOf) == Literal(a.text[begin:end])
        assert str(s).endswith(f"#char={begin},{end}")
        assert g.value(s, NIF.referenceContext) == iri.document(a.document.id)


def test_state_visit_follows_the_contract():
    _, g = graph_for(visit_en(), FIXED_RUN)
    e1 = iri.event("fixture-en-visit", "e1")
    assert {KB.StateVisit, SEM.Event} <= set(g.objects(e1, RDF.type))
    assert g.value(e1, KB.visitor) == WD.Q3052772
    assert g.value(e1, KB.host) == WD.Q946
    assert set(g.objects(e1, SEM.hasActor)) == {WD.Q3052772, WD.Q946}
    assert g.value(e1, SEM.hasPlace) == WD.Q270
    assert g.value(e1, SDO.eventStatus) == SDO.EventScheduled
    assert g.value(e1, KB.status) == Literal("planned")
    assert g.value(e1, SEM.hasEarliestBeginTimeStamp) == Literal("2025-03-06", datatype=XSD.date)
    assert g.value(e1, SEM.hasLatestEndTimeStamp) == Literal("2025-03-07", datatype=XSD.date)
    assert g.value(e1, KB.granularity) == TIME.unitDay
    evidence = g.value(e1, GAF.denotedBy)
    assert str(g.value(evidence, NIF.anchorOf)).startswith("Emmanuel Macron will pay a state visit")
    # entities are described in the graph so it validates on its own
    assert (WD.Q3052772, RDF.type, KB.Person) in g
    assert (WD.Q270, RDF.type, KB.Place) in g
    assert (WD.Q3052772, RDFS.label, Literal("Emmanuel Macron", lang="en")) in g


def test_claims_follow_the_contract():
    _, g = graph_for(visit_en(), FIXED_RUN)
    c1 = iri.claim("fixture-en-visit", "c1")
    c2 = iri.claim("fixture-en-visit", "c2")
    assert g.value(c1, RDF.type) == KB.CountClaim
    assert g.value(c1, KB.count) == Literal(4)
    assert g.value(c1, KB.countedType) == KB.Meeting
    assert g.value(c1, KB.windowBegin) == Literal("2024-01-01", datatype=XSD.date)
    assert g.value(c1, KB.windowValue) == Literal("2024-01/..")
    assert g.value(c2, RDF.type) == KB.OrdinalClaim
    assert g.value(c2, KB.window) == Literal("P6M", datatype=XSD.duration)
    assert g.value(c2, KB.implies) == iri.event("fixture-en-visit", "e4")
    assert g.value(iri.event("fixture-en-visit", "e4"), KB.impliedBy) == c2
    assert g.value(iri.event("fixture-en-visit", "e4"), KB.dateUncertain) == Literal(True)


def test_election_winner_is_candidate_and_actor():
    _, g = graph_for(visit_en(), FIXED_RUN)
    e3 = iri.event("fixture-en-visit", "e3")
    for prop in (KB.winner, KB.candidate, SEM.hasActor):
        assert g.value(e3, prop) == WD.Q946


def test_unresolved_date_has_no_bounds():
    _, g = graph_for(undated_de(), FIXED_RUN)
    e1 = iri.event("fixture-de-undatiert", "e1")
    assert g.value(e1, KB.dateValue) == Literal("XXXX-03")
    assert g.value(e1, KB.dateResolved) == Literal(False)
    assert g.value(e1, SEM.hasEarliestBeginTimeStamp) is None
    doc = iri.document("fixture-de-undatiert")
    assert g.value(doc, KB.warning) is not None
    # the unlinked guest is scoped to its document
    guest = g.value(e1, KB.visitor)
    assert str(guest).startswith(str(doc) + "/entity/")
    assert (guest, RDF.type, KB.UnlinkedEntity) in g


def test_provenance_uses_the_given_run():
    graph_iri, g = graph_for(visit_de(), FIXED_RUN)
    run = g.value(graph_iri, URIRef("http://www.w3.org/ns/prov#wasGeneratedBy"))
    assert run == FIXED_RUN.iri
    assert graph_for(visit_de(), FIXED_RUN)[1].serialize(format="nt") is not None
    assert isomorphic(g, graph_for(visit_de(), FIXED_RUN)[1])
    assert Run.now().iri != FIXED_RUN.iri


def test_to_trig_keeps_graph_names():
    from rdflib import Dataset

    pairs = [graph_for(visit_en(), FIXED_RUN), graph_for(visit_de(), FIXED_RUN)]
    ds = Dataset().parse(data=to_trig(pairs), format="trig")
    names = {c.identifier for c in ds.graphs()}
    assert {pairs[0][0], pairs[1][0]} <= names


def test_vocab_describes_exactly_the_declared_terms():
    g = Graph().parse(VOCAB, format="turtle")
    ns = str(KB._NS)
    described = {str(s)[len(ns):] for s in g.subjects(RDFS.label, None)
                 if str(s).startswith(ns) and str(s) != ns}
    assert described == set(KB.__annotations__)
    for term in described:
        assert g.value(KB[term], RDFS.comment) is not None, term
    assert (KB.StateVisit, RDFS.subClassOf, KB.Visit) in g
    assert (KB.Visit, RDFS.subClassOf, SEM.Event) in g
    assert (KB.visitor, RDFS.subPropertyOf, SEM.hasActor) in g
    assert (KB.winner, RDFS.subPropertyOf, KB.candidate) in g
    assert (URIRef(ns), RDF.type, OWL.Ontology) in g


def test_built_graph_uses_only_declared_kb_terms():
    _, g = graph_for(visit_en(), FIXED_RUN)
    ns = str(KB._NS)
    used = {str(t)[len(ns):] for triple in g for t in triple
            if isinstance(t, URIRef) and str(t).startswith(ns)}
    assert used <= set(KB.__annotations__)


def test_unknown_kb_term_is_an_error():
    with pytest.raises(AttributeError):
        KB.StatVisit  # noqa: B018 - the typo is the point


@given(st.text(min_size=1, max_size=30))
def test_document_ids_round_trip_through_iris(doc_id):
    assert iri.doc_id_of(iri.graph(doc_id)) == doc_id
    assert iri.doc_id_of(iri.event(doc_id, "e1")) == doc_id
    assert iri.doc_id_of(iri.mention(doc_id, 1, 2)) == doc_id


def test_fixture_text_is_our_own():
    assert EN_TEXT.startswith("Paris, 3 March 2025")


# -- the N-Quads text the store loads (DocumentGraph.nquads) --------------------------------------

def _odd_text_analysis():
    """visit_en with a title, source and warning full of what N-Triples escapes, and an
    upper-case language tag on an entity label."""
    import copy
    import dataclasses

    a = copy.deepcopy(visit_en())  # the fixtures' entities are shared
    odd = 'Quote " back\\slash \t tab \n line \r \x00 nul \x7f del \ufffe \uffff end \u00e9 \U0001F600'
    a.document = dataclasses.replace(a.document, title=odd, source="line one\nline two")
    a.warnings = [odd]
    a.events[0].participants[0].entity.labels["PT-BR"] = ["Emmanuel \"Manu\" Macron"]
    return a


@pytest.mark.parametrize("make", [visit_en, visit_de, undated_de, _odd_text_analysis])
def test_graph_nquads_are_its_quads(make):
    import pyoxigraph as ox

    from kb.rdf.build import document_graph

    dg = document_graph(make(), FIXED_RUN)
    text = dg.nquads()
    if make is _odd_text_analysis:
        assert b"\\u0000" in text and b"\\uFFFE" in text and b'"@pt-br' in text
    assert text.count(b"\n") == len(dg) == len(dg.triples)
    parsed = list(ox.parse(text, ox.RdfFormat.N_QUADS))
    assert parsed == dg.quads()  # the same terms, in the same order
    assert ox.serialize(dg.quads(), format=ox.RdfFormat.N_QUADS) == text


def test_changed_triples_change_the_text():
    from kb.rdf.build import document_graph

    dg = document_graph(visit_en(), FIXED_RUN)
    before = dg.nquads()
    dg.triples = dg.triples[:-1]
    assert dg.nquads().count(b"\n") == len(dg) and dg.nquads() != before
    assert len(dg.quads()) == len(dg)
