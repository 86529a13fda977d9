"""The screen's Python form of MentionTextShape (kb.rdf.screen_forms) flags every graph its SPARQL
form flags: intact graphs pass both, each way of breaking a mention is caught by both (and a few
the SPARQL form lets pass, by the Python form only, which sends the graph to pySHACL). Texts
invented."""

from __future__ import annotations

import datetime as dt

import pyoxigraph as ox
import pytest

from kb.document import Document
from kb.pipeline import analyse
from kb.rdf.build import Run, document_graph
from kb.rdf.screen_forms import PYTHON_FORMS, mention_texts_hold
from kb.rdf.validate import _compiled_checks, flagged_graphs

NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"
XSD = "http://www.w3.org/2001/XMLSchema#"
TEXT = ("Bürgermeisterin Anna Lindqvist (𝔸-Liste) traf am 3. März 2025 in Nordhafen den dänischen "
        "Minister Jens Holmgaard. Beide sprachen über die Fähre nach Ostersund.")


@pytest.fixture(scope="module")
def graph():
    doc = Document(id="screen-form", text=TEXT, lang="de", published=dt.date(2025, 3, 4), source="https://example.org/sf")
    dg = document_graph(analyse(doc), Run.now())
    return dg.iri, list(dg.triples)


def _check():
    (check,) = [c for c in _compiled_checks() if c.fast in PYTHON_FORMS]
    assert check.name == "MentionTextShape/sparql"
    return check


def _sparql_flags(iri, triples) -> bool:
    store = ox.Store()
    g = ox.NamedNode(str(iri))
    store.extend([ox.Quad(s, p, o, g) for s, p, o in triples])
    return any(True for _ in store.query(_check().sparql))


def _mentions(triples):
    return [s for s, p, o in triples if p == ox.NamedNode(NIF + "anchorOf")]


def _replace(triples, subject, predicate, new):
    out = [t for t in triples if not (t[0] == subject and t[1] == ox.NamedNode(NIF + predicate))]
    return out + [(subject, ox.NamedNode(NIF + predicate), x) for x in new]


def _value(triples, subject, predicate):
    return next(o for s, p, o in triples if s == subject and p == ox.NamedNode(NIF + predicate))


def test_an_intact_graph_passes_both_forms_also_after_a_character_outside_the_basic_plane(graph):
    iri, triples = graph
    assert len(_mentions(triples)) >= 3
    assert not _sparql_flags(iri, triples) and mention_texts_hold(triples)


def _broken(triples):
    m = _mentions(triples)[-1]
    b, e = int(_value(triples, m, "beginIndex").value), int(_value(triples, m, "endIndex").value)
    anchor = _value(triples, m, "anchorOf").value
    integer = ox.NamedNode(XSD + "integer")
    return {
        "other anchor": _replace(triples, m, "anchorOf", [ox.Literal(anchor + "x")]),
        "no begin": _replace(triples, m, "beginIndex", []),
        "no anchor": _replace(triples, m, "anchorOf", []),
        "two begins": _replace(triples, m, "beginIndex", [ox.Literal(str(b), datatype=integer),
                                                          ox.Literal(str(b + 1), datatype=integer)]),
        "two anchors": _replace(triples, m, "anchorOf", [ox.Literal(anchor), ox.Literal(anchor + "!")]),
        "end beyond the text": _replace(_replace(triples, m, "endIndex", [ox.Literal(str(len(TEXT) + 5), datatype=integer)]),
                                        m, "anchorOf", [ox.Literal(TEXT[b:] + "     ")]),
        "begin after end": _replace(triples, m, "beginIndex", [ox.Literal(str(e), datatype=integer)]),
        "negative begin": _replace(triples, m, "beginIndex", [ox.Literal("-1", datatype=integer)]),
        "shifted by one": _replace(_replace(triples, m, "beginIndex", [ox.Literal(str(b + 1), datatype=integer)]),
                                   m, "endIndex", [ox.Literal(str(e + 1), datatype=integer)]),
    }


def test_an_offset_of_another_integer_type_is_flagged_by_the_python_form_only(graph):
    """xsd:int is not xsd:integer for the shape; the query lets it pass here (no screen check flags
    the graph); the Python form flags it, and pySHACL decides."""
    iri, triples = graph
    m = _mentions(triples)[-1]
    b = _value(triples, m, "beginIndex").value
    broken = _replace(triples, m, "beginIndex", [ox.Literal(b, datatype=ox.NamedNode(XSD + "int"))])
    assert not mention_texts_hold(broken)


def test_every_broken_mention_is_flagged_by_both_forms(graph):
    iri, triples = graph
    for what, broken in _broken(triples).items():
        assert _sparql_flags(iri, broken), what
        assert not mention_texts_hold(broken), what


def test_flagged_graphs_with_the_triples_gives_what_the_queries_give(graph):
    iri, triples = graph
    store = ox.Store()
    graphs = [(str(iri), triples)]
    for n, broken in enumerate(_broken(triples).values()):
        name = f"urn:kb:screen:{n}"
        graphs.append((name, broken))
    for name, ts in graphs:
        store.extend([ox.Quad(s, p, o, ox.NamedNode(name)) for s, p, o in ts])
    by_queries = flagged_graphs(store)
    assert flagged_graphs(store, graphs) == by_queries
    assert str(iri) not in by_queries and len(by_queries) == len(graphs) - 1


def test_a_mention_without_a_document_text_is_not_read_against_one(graph):
    iri, triples = graph
    no_text = [t for t in triples if t[1] != ox.NamedNode(NIF + "isString")]
    assert not _sparql_flags(iri, no_text) and mention_texts_hold(no_text)
