"""Batched ingest: graphs built as pyoxigraph terms, validated several at a time, written one per transaction.

The batch must change nothing a document-by-document ingest would do: the same
triples, every graph checked against all shapes on its own, a bad document
costing only itself, and each document whole or absent.
"""

from __future__ import annotations

import copy
import dataclasses

import pyoxigraph as ox
import pytest
from rdflib.compare import isomorphic

from fixtures_rdf import FIXED_RUN, meetings_history, undated_de, visit_de, visit_en
from kb.api import BATCH, KnowledgeBase
from kb.errors import ShapeViolation
from kb.rdf import iri
from kb.rdf.build import document_graph, graph_for
from kb.rdf.index import add_index, index_for
from kb.rdf.terms import to_oxigraph
from kb.rdf.validate import flagged_graphs, screen
from kb.store import IngestResult, Store


def broken(analysis):
    """The analysis with a document node that violates the shapes (no language).

    No single event or claim is at fault, so the document is rejected whole (an
    item at fault is dropped instead: tests/test_salvage.py)."""
    a = copy.deepcopy(analysis)
    a.document = dataclasses.replace(a.document, lang="")
    return a


@pytest.fixture
def store():
    with Store() as s:
        yield s


@pytest.mark.parametrize("make", [visit_en, visit_de, meetings_history, undated_de])
def test_document_graph_is_the_rdflib_graph_plus_its_index(make):
    graph_iri, g = graph_for(make(), FIXED_RUN)
    add_index(g)
    dg = document_graph(make(), FIXED_RUN)
    assert dg.iri == graph_iri and len(dg) == len(g)
    assert isomorphic(dg.to_rdflib(), g)
    # the N-Triples text parses back to the same graph
    parsed = ox.Store()
    parsed.load(dg.ntriples(), ox.RdfFormat.N_TRIPLES)
    assert len(parsed) == len(dg)


def test_index_for_matches_add_index_on_every_fixture():
    for make in (visit_en, visit_de, meetings_history, undated_de):
        dg = document_graph(make(), FIXED_RUN, index=False)
        graph_iri, g = graph_for(make(), FIXED_RUN)
        before = len(g)
        added = add_index(g)
        assert added == len(index_for(dg.triples)) == len(g) - before


def test_screen_flags_exactly_the_violating_graphs_of_a_batch():
    # Every shape's violating case from test_shapes, each in its own graph next to the
    # conforming graphs: the screen over all of them at once must flag exactly the broken ones.
    from test_shapes import CASES

    store = ox.Store()
    broken_names = set()
    for n, (shape, (make, _, breaks)) in enumerate(sorted(CASES.items())):
        good, bad = make(), make()
        breaks(bad)
        assert screen(good) and not screen(bad), shape
        for name, g in ((f"urn:test:good:{n}", good), (f"urn:test:bad:{n}", bad)):
            node = ox.NamedNode(name)
            store.extend([ox.Quad(to_oxigraph(s), to_oxigraph(p), to_oxigraph(o), node) for s, p, o in g])
        broken_names.add(f"urn:test:bad:{n}")
    assert flagged_graphs(store) == broken_names


def test_a_bad_document_costs_only_itself(store):
    results = store.ingest_many([visit_en(), broken(visit_de()), meetings_history()], run=FIXED_RUN)
    assert isinstance(results[0], IngestResult) and isinstance(results[2], IngestResult)
    assert isinstance(results[1], ShapeViolation) and "fixture-de-besuch" in str(results[1])
    assert store.documents() == sorted([visit_en().document.id, meetings_history().document.id])
    assert [r.doc_id for r in store.rejected()] == ["fixture-de-besuch"]


def test_a_build_error_costs_only_its_document(store, monkeypatch):
    import kb.store

    real = kb.store.document_graph

    def failing(analysis, run=None):
        if analysis.document.id == "fixture-de-besuch":
            raise ValueError("a bug in building this graph")
        return real(analysis, run)

    monkeypatch.setattr(kb.store, "document_graph", failing)
    results = store.ingest_many([visit_de(), visit_en()], run=FIXED_RUN)
    assert isinstance(results[0], ValueError) and isinstance(results[1], IngestResult)
    assert store.documents() == ["fixture-en-visit"]


def test_two_versions_of_a_document_in_one_batch_are_screened_apart(store, monkeypatch):
    # A first version whose entities lack their rdfs:label (required), then a good one.
    # Checked as one graph, the good version's labels would hide the missing ones.
    import kb.store

    real = kb.store.document_graph
    label = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
    first = visit_de()

    def first_lacks_labels(analysis, run=None):
        dg = real(analysis, run)
        if analysis is first:  # however often it is rebuilt
            dg.triples = [t for t in dg.triples if t[1] != label]
        return dg

    monkeypatch.setattr(kb.store, "document_graph", first_lacks_labels)
    results = store.ingest_many([first, visit_de()], run=FIXED_RUN)
    assert isinstance(results[0], ShapeViolation) and "rdfs:label" in results[0].report
    assert isinstance(results[1], IngestResult)
    assert store.documents() == ["fixture-de-besuch"] and store.rejected() == []
    # good then broken: the good one stays stored, whole
    with Store() as other:
        first, second = other.ingest_many([visit_de(), broken(visit_de())], run=FIXED_RUN)
        assert isinstance(first, IngestResult) and isinstance(second, ShapeViolation)
        graph_iri, g = graph_for(visit_de(), FIXED_RUN)
        add_index(g)
        assert isomorphic(other.get_graph(graph_iri), g)


def test_replacing_a_document_and_clearing_its_rejection_are_one_write(store):
    store.ingest(visit_de(), run=FIXED_RUN)
    n = store.count_triples(iri.graph("fixture-de-besuch"))
    with pytest.raises(ShapeViolation):
        store.ingest(broken(visit_de()), run=FIXED_RUN)
    again = store.ingest(visit_de())  # another run: replaces, same size, record gone
    assert again.replaced and store.count_triples(iri.graph("fixture-de-besuch")) == n
    assert store.rejected() == []


def test_ntriples_writes_are_whole_documents(store):
    dg = document_graph(visit_en(), FIXED_RUN)
    store.put_ntriples(dg.iri, dg.ntriples(), doc_id="fixture-en-visit")
    assert store.count_triples(dg.iri) == len(dg)
    store.put_ntriples(dg.iri, dg.ntriples(), doc_id="fixture-en-visit")  # replaces, never doubles
    assert store.count_triples(dg.iri) == len(dg)


def test_knowledge_base_stores_documents_in_batches(tmp_path, monkeypatch):
    import kb.api
    from kb import synthetic
    from kb.document import document_from_record

    calls = []
    real = Store.ingest_many

    def spy(self, analyses, **kw):
        calls.append(len(analyses))
        return real(self, analyses, **kw)

    monkeypatch.setattr(Store, "ingest_many", spy)
    docs = [document_from_record(r, where=r["id"]) for r in synthetic.articles(BATCH + 3, seed=4, chars=600)]
    with Store(str(tmp_path / "kb")) as s:
        progress = []
        summary = KnowledgeBase(s).ingest_documents(docs, progress=progress.append)
        assert summary.documents + len(summary.rejected) == len(docs) == len(progress)
        assert calls == [BATCH, 3]
        assert len(s.documents()) == summary.documents and summary.triples == s.count_triples()
    assert kb.api.FLUSH_EVERY >= BATCH


@pytest.mark.slow
def test_bench_ingest_runs_and_prints_rates(tmp_path):
    import subprocess
    import sys
    from pathlib import Path

    script = Path(__file__).resolve().parent.parent / "scripts" / "bench_ingest.py"
    r = subprocess.run([sys.executable, str(script), "--articles", "3", "--repeat", "1", "--no-dev",
                        "--ingest-docs", "4", "--workers", "1", "--sample", "0.2", "--dir", str(tmp_path / "w")],
                       capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr
    assert "documents/s per core" in r.stdout and "pipeline" in r.stdout and "write" in r.stdout
    assert "4 documents" in r.stdout and "peak RSS of the process tree" in r.stdout


def _nquads(analysis, run=FIXED_RUN):
    dg = document_graph(analysis, run)
    return dg, (str(dg.iri), analysis.document.id, ox.serialize(dg.quads(), format=ox.RdfFormat.N_QUADS))


@pytest.mark.parametrize("bulk_max", [None, 1])  # 1: each document in a bulk step of its own
def test_nquads_writes_are_whole_documents_in_order(tmp_path, monkeypatch, bulk_max):
    """What kb ingest --workers writes: new graphs together in bulk, a replaced graph and a
    rejection record in a transaction, a second version of a document after the first."""
    import datetime as dt

    import kb.store
    from kb.rdf.build import Run

    if bulk_max:
        monkeypatch.setattr(kb.store, "BULK_MAX_QUADS", bulk_max)
    makes = [visit_en, visit_de, meetings_history, undated_de]
    with Store(str(tmp_path / "s")) as store:
        with pytest.raises(ShapeViolation):
            store.ingest(broken(visit_de()), run=FIXED_RUN)
        assert [r.doc_id for r in store.rejected()] == ["fixture-de-besuch"]
        graphs = [_nquads(make()) for make in makes]
        later_run = Run(started=dt.datetime(2025, 3, 4, tzinfo=dt.timezone.utc), tool_version="0.1.0",
                        rules_version="test-rules")
        later, item = _nquads(meetings_history(), later_run)
        store.put_nquads_documents([item for _, item in graphs] + [item])
        for dg, _ in graphs:
            assert store.count_triples(dg.iri) == len(dg)
        assert store.rejected() == []  # the new version cleared the record, in the same write
        runs = store.select(f"SELECT DISTINCT ?r WHERE {{ GRAPH <{later.iri}> "
                            "{ ?g <http://www.w3.org/ns/prov#wasGeneratedBy> ?r } }")
        assert runs == [(str(later_run.iri),)]
        store.put_nquads_documents([item for _, item in graphs])  # replaces, never doubles
        for dg, _ in graphs:
            assert store.count_triples(dg.iri) == len(dg)
        assert not [v for v in store.validate() if v.severity == "Violation"]
