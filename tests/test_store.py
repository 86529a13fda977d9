"""The Oxigraph store: atomic replace, rejection records, locks, queries, validation."""

from __future__ import annotations

import dataclasses
import time

import pytest
from rdflib import Graph, Literal, URIRef

from store_holder import holding
from fixtures_rdf import FIXED_RUN, meetings_history, undated_de, visit_de, visit_en
from kb.errors import QueryError, ShapeViolation, StoreError, StoreLockedError
from kb.rdf import iri
from kb.rdf.build import graph_for
from kb.store import REJECTED_GRAPH, Rows, Store



def broken_analysis():
    """visit_de whose document node violates the shapes (no language): no single event or claim
    is at fault, so the whole document is rejected (an item at fault is dropped instead:
    tests/test_salvage.py)."""
    a = visit_de()
    a.document = dataclasses.replace(a.document, lang="")
    return a


@pytest.fixture
def store():
    with Store() as s:
        yield s


def test_ingest_then_query_finds_the_event(store):
    result = store.ingest(visit_en(), run=FIXED_RUN)
    assert result.doc_id == "fixture-en-visit" and result.events == 4 and result.claims == 2
    assert not result.replaced
    rows = store.query("""SELECT ?e ?b ?l WHERE { ?e a kb:StateVisit ; kb:visitor wd:Q3052772 ;
        sem:hasEarliestBeginTimeStamp ?b ; sem:hasLatestEndTimeStamp ?l ; kb:status "planned" }""")
    assert isinstance(rows, Rows) and rows.vars == ["e", "b", "l"]
    [row] = rows
    assert str(row["e"]) == str(iri.event("fixture-en-visit", "e1"))
    assert row["b"].toPython().isoformat() == "2025-03-06"
    assert str(row["l"]) == "2025-03-07"


def test_text_rows_are_the_terms_as_strings(store):
    """query(text=True) (kb query's table) gives each value as str() of its rdflib term gives it."""
    store.ingest(visit_en(), run=FIXED_RUN)
    q = "SELECT ?e ?p ?o WHERE { ?e a kb:StateVisit ; ?p ?o } ORDER BY ?e ?p ?o"
    terms, text = store.query(q), store.query(q, text=True)
    assert text.vars == terms.vars and len(text) == len(terms) > 5
    assert [{k: str(v) for k, v in r.items()} for r in terms] == list(text)
    assert all(type(v) is str for r in text for v in r.values())


def test_reingest_replaces_the_graph(store):
    store.ingest(visit_en(), run=FIXED_RUN)
    n = store.count_triples()
    again = store.ingest(visit_en())  # another run: same number of triples, new run node
    assert again.replaced
    assert store.count_triples() == n
    assert store.documents() == ["fixture-en-visit"]


def test_stored_graph_is_the_built_graph_plus_index(store):
    from rdflib.compare import isomorphic

    from kb.rdf.index import add_index

    graph_iri, g = graph_for(visit_en(), FIXED_RUN)
    add_index(g)
    store.ingest(visit_en(), run=FIXED_RUN)
    assert isomorphic(store.get_graph(graph_iri), g)


def test_put_graph_is_all_or_nothing(store):
    store.ingest(visit_de(), run=FIXED_RUN)
    graph_iri = iri.graph("fixture-de-besuch")
    before = store.count_triples(graph_iri)
    g = Graph()
    g.add((URIRef("urn:x:a"), URIRef("urn:x:b"), Literal("c")))
    with pytest.raises(StoreError):
        # the drop and insert succeed, the appended update is malformed: nothing may change
        store.put_graph(graph_iri, g, also="INSERT DATA { this is not sparql }")
    assert store.count_triples(graph_iri) == before


def test_violating_document_is_rejected_and_recorded(store):
    with pytest.raises(ShapeViolation) as info:
        store.ingest(broken_analysis(), run=FIXED_RUN)
    assert "fixture-de-besuch" in str(info.value) and "\n" not in str(info.value)
    assert "language" in info.value.report or "lang" in info.value.report
    assert store.documents() == []
    [rej] = store.rejected()
    assert rej.doc_id == "fixture-de-besuch"
    assert rej.record["text"] == visit_de().text and rej.record["published"] == "2025-03-04"
    assert rej.report == info.value.report
    # nothing of the document graph was written
    assert store.graphs() == [str(REJECTED_GRAPH)]
    # after a fix, re-ingesting stores it and clears the record
    store.ingest(visit_de(), run=FIXED_RUN)
    assert store.documents() == ["fixture-de-besuch"]
    assert store.rejected() == []


def test_rejecting_a_stored_document_keeps_the_old_version(store):
    store.ingest(visit_de(), run=FIXED_RUN)
    n = store.count_triples()
    with pytest.raises(ShapeViolation):
        store.ingest(broken_analysis(), run=FIXED_RUN)
    assert store.documents() == ["fixture-de-besuch"]
    assert store.count_triples(iri.graph("fixture-de-besuch")) == n


def test_remove_document(store):
    store.ingest(visit_en(), run=FIXED_RUN)
    store.ingest(visit_de(), run=FIXED_RUN)
    assert store.remove_document("fixture-en-visit") is True
    assert store.remove_document("fixture-en-visit") is False
    assert store.documents() == ["fixture-de-besuch"]


def test_query_kinds_and_errors(store):
    store.ingest(visit_en(), run=FIXED_RUN)
    assert store.query("ASK { ?e a kb:ReElection }") is True
    assert store.query("ASK { ?e a kb:PhoneCall }") is False
    g = store.query("CONSTRUCT { ?c kb:count ?n } WHERE { ?c kb:count ?n }")
    assert isinstance(g, Graph) and len(g) == 1
    rows = store.query("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g")
    assert int(rows[0]["n"]) == store.count_triples()
    assert rows.to_json()["head"]["vars"] == ["g", "n"]
    with pytest.raises(QueryError, match=r"syntax error: .*1:\d+"):
        store.query("SELECT ?x WHERE { ?x kb:count }")
    with pytest.raises(QueryError, match="update=True"):
        store.query("PREFIX x: <urn:x:> DELETE WHERE { ?s ?p ?o }")
    assert store.count_triples() > 0
    with pytest.raises(QueryError, match="SERVICE"):
        store.query("SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }")
    store.query("DELETE WHERE { GRAPH ?g { ?s kb:count ?o } }", update=True)
    assert store.query("ASK { ?c kb:count ?n }") is False


def test_update_words_inside_strings_do_not_make_an_update(store):
    store.ingest(visit_en(), run=FIXED_RUN)
    rows = store.query('SELECT ?e WHERE { ?e kb:status ?s FILTER (?s != "INSERT DATA") }')
    assert len(rows) == 4


def test_validate_names_the_document(store):
    store.ingest(visit_en(), run=FIXED_RUN)
    store.ingest(meetings_history(), run=FIXED_RUN)
    assert store.validate() == []
    e1 = iri.event("fixture-en-meetings", "e1")
    store.update(f"""DELETE WHERE {{ GRAPH ?g {{ <{e1}> sem:hasLatestEndTimeStamp ?l }} }} ;
        INSERT DATA {{ GRAPH <{iri.graph('fixture-en-meetings')}> {{
            <{e1}> sem:hasLatestEndTimeStamp "2020-01-01"^^xsd:date }} }}""")
    seen = []
    violations = store.validate(progress=seen.append)
    assert len(seen) == 2
    assert [v.doc_id for v in violations] == ["fixture-en-meetings"]
    assert "2020-01-01" in str(violations[0]) and str(violations[0]).startswith("fixture-en-meetings:")


def test_validate_cross_document_checks(store):
    store.ingest(visit_en(), run=FIXED_RUN)
    store.ingest(visit_de(), run=FIXED_RUN)
    # an event of one document's graph claims to come from the other document
    e1 = iri.event("fixture-de-besuch", "e1")
    store.update(f"""INSERT DATA {{ GRAPH <{iri.graph('fixture-de-besuch')}> {{
        <{e1}> kb:sourceDocument <{iri.document('fixture-en-visit')}> }} }}""")
    found = [v for v in store.validate() if v.shape == "CrossDocument"]
    assert found and found[0].doc_id == "fixture-de-besuch"


def test_persistent_store_survives_reopen(tmp_path):
    path = tmp_path / "kb-store"
    with Store(path) as s:
        s.ingest(visit_en(), run=FIXED_RUN)
        n = s.count_triples()
    with Store(path, read_only=True) as s:
        assert s.count_triples() == n
        assert s.documents() == ["fixture-en-visit"]
        with pytest.raises(StoreError):
            s.ingest(visit_de())
    with Store(tmp_path / "nothing-here", read_only=True) as empty:
        assert not empty.exists and empty.documents() == []
    assert not (tmp_path / "nothing-here").exists()
    (tmp_path / "other").mkdir()
    (tmp_path / "other" / "file.txt").write_text("x")
    with pytest.raises(StoreError, match="not a kb store"):
        Store(tmp_path / "other", read_only=True)


class _Vanishing:
    """A pyoxigraph store whose reads fail as after a writer compacted a file away."""

    def __getattr__(self, name):
        def fail(*args, **kwargs):
            raise FileNotFoundError("IO error: No such file or directory: While open a file for random "
                                    "read: 000147.sst: No such file or directory")
        return fail

    def __len__(self):
        return self.__getattr__("len")()


def test_a_reader_reopens_the_store_when_a_file_vanished(tmp_path, monkeypatch):
    path = tmp_path / "kb-store"
    with Store(path) as s:
        s.ingest(visit_en(), run=FIXED_RUN)
        n = s.count_triples()
    with Store(path, read_only=True) as s:
        reads = [lambda: s.count_triples(), lambda: s.documents(), lambda: s.has_graph(iri.graph("fixture-en-visit")),
                 lambda: len(s.select("SELECT ?e WHERE { ?e a sem:Event }")),
                 lambda: len(s.query("SELECT ?e WHERE { ?e a sem:Event }")),
                 lambda: len(s.get_graph(iri.graph("fixture-en-visit"))),
                 lambda: s.query_serialized("SELECT ?e WHERE { ?e a sem:Event }", "tsv").body]
        expected = [read() for read in reads]
        assert expected[0] == n
        for read, value in zip(reads, expected):
            s._backend._ox = _Vanishing()  # the files it opened are gone: it reads again, reopened
            assert read() == value
        # bounded: a store that keeps failing gives the error (as a query error for queries)
        monkeypatch.setattr(type(s._backend), "_open_read_only", staticmethod(lambda path: _Vanishing()))
        s._backend._ox = _Vanishing()
        with pytest.raises(FileNotFoundError):
            s.count_triples()
        with pytest.raises(QueryError, match="No such file"):
            s.select("SELECT ?e WHERE { ?e a sem:Event }")
    with Store(path) as s:  # a writer reads once: it holds the files
        s._backend._ox = _Vanishing()
        with pytest.raises(FileNotFoundError):
            s.count_triples()
        s._backend._ox = None


def test_second_writer_gets_one_clear_line(tmp_path):
    path = tmp_path / "kb-store"
    Store(path).close()
    with holding(path) as holder:
        with pytest.raises(StoreLockedError) as info:
            Store(path)
        msg = str(info.value)
        assert "\n" not in msg
        assert f"pid {holder.pid}" in msg and "--read-only" in msg and str(path) in msg
        # readers are not locked out
        with Store(path, read_only=True) as reader:
            assert reader.documents() == []
    with Store(path) as s:  # released
        s.ingest(visit_de(), run=FIXED_RUN)


def test_unresolved_dates_are_stored_without_bounds(store):
    store.ingest(undated_de(), run=FIXED_RUN)
    rows = store.query("SELECT ?v ?b WHERE { ?e kb:dateValue ?v OPTIONAL { ?e sem:hasEarliestBeginTimeStamp ?b } }")
    assert {str(r["v"]) for r in rows} == {"XXXX-03"}
    assert all("b" not in r for r in rows)


def test_url_gives_a_remote_backend():
    from kb.remote import RemoteStore

    s = Store("http://127.0.0.1:9/query", read_only=True)  # never contacted
    assert s.is_remote and isinstance(s._backend, RemoteStore)
    with pytest.raises(StoreError, match="read-only"):
        s.update("CLEAR ALL")
    with pytest.raises(StoreError, match="remote"):
        s.oxigraph  # noqa: B018


def test_ingest_is_quick(store):
    store.ingest(visit_en(), run=FIXED_RUN)
    t = time.process_time()
    for _ in range(5):
        store.ingest(visit_en(), run=FIXED_RUN)
    assert (time.process_time() - t) / 5 < 0.5
