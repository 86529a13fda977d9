"""Stored timeline rows (``kb:timelineRow``): a row read from its record equals the row read from
the event's triples, an event without one is read from its triples, and nothing that rewrites an
event's facts leaves a record that shows the old ones (review, merge, relink, reindex, load,
``kb query --update``)."""

from __future__ import annotations

import datetime as _dt
import io
import json
import shutil
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

import kb.api as api
from fixtures_rdf import FIXED_RUN, visit_de, visit_en
from kb import synthetic
from kb.cli import main
from kb.exporters import export
from kb.exporters.records import ROW, ROW_VERSION, _read_reports, stored_rows
from kb.exporters.tabular import timeline_rows
from kb.load import load_files
from kb.merge import merge
from kb.rdf.iri import doc_id_of
from kb.reindex import reindex
from kb.review import Review, ReviewError

DEMO = sorted((Path(__file__).resolve().parent.parent / "kb" / "demo").glob("*.json"))
SEM_EVENT = ox.NamedNode("http://semanticweb.cs.vu.nl/2009/11/sem/Event")
RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
ROW_NODE = ox.NamedNode(ROW)


def _events(store) -> list[str]:
    return sorted({q.subject.value for q in store.oxigraph.quads_for_pattern(None, RDF_TYPE, SEM_EVENT, None)
                   if isinstance(q.graph_name, ox.NamedNode) and doc_id_of(q.graph_name.value)})


def _rows(store) -> list[ox.Quad]:
    return list(store.oxigraph.quads_for_pattern(None, ROW_NODE, None, None))


def assert_rows_current(store, *, complete: bool = True) -> None:
    """Every stored record gives the report the event's triples give (``complete``: and every
    event of a document graph has one)."""
    events = _events(store)
    stored = stored_rows(store, events)
    read = {r.iri: r for r in _read_reports(store, events, True)}
    for e, report in stored.items():
        assert report == read[e], e
    if complete:
        assert set(stored) == set(read) and len(_rows(store)) == len(events)


def _drop_rows(store) -> None:
    for q in _rows(store):
        store.oxigraph.remove(q)


def _table(kb, **kw) -> list[dict]:
    return [r.as_dict() for r in kb.timeline(**kw)]


@pytest.fixture
def demo():
    with api.open_kb(None) as kb:
        kb.ingest(DEMO)
        yield kb


# -- the record gives the same rows -------------------------------------------------------

@pytest.mark.parametrize("include_implied", [False, True])
def test_rows_from_records_equal_rows_from_triples_on_the_demo(demo, include_implied):
    assert_rows_current(demo.store)
    events = _events(demo.store)
    assert len(events) > 10
    with_records = [r.as_dict() for r in timeline_rows(demo.store, events, include_implied=include_implied)]
    whole = [r.as_dict() for r in timeline_rows(demo.store, events, include_implied=include_implied,
                                                row_only=False)]
    _drop_rows(demo.store)
    assert stored_rows(demo.store, events) == {}
    without = [r.as_dict() for r in timeline_rows(demo.store, events, include_implied=include_implied)]
    assert with_records == without == whole


def test_rows_from_records_equal_rows_from_triples_on_a_synthetic_kb():
    buf = io.StringIO()
    synthetic.write_nquads(buf, 600, seed=5)
    with api.open_kb(None) as kb:
        kb.store.oxigraph.load(buf.getvalue().encode(), ox.RdfFormat.N_QUADS)
        assert_rows_current(kb.store)
        actors = ["Q100000", "Q100001", "Q100003", "Q100010"]
        windows = [{}, {"since": "2015"}, {"until": "2012-06"}, {"since": "2010", "until": "2014"}]
        before = [_table(kb, actor=a, limit=50, **w) for a in actors for w in windows]
        assert sum(map(len, before)) > 50
        _drop_rows(kb.store)
        assert [_table(kb, actor=a, limit=50, **w) for a in actors for w in windows] == before


def test_the_record_holds_what_a_row_shows(demo):
    [q] = [q for q in _rows(demo.store) if q.subject.value.endswith("event/e1")][:1] or _rows(demo.store)[:1]
    record = json.loads(q.object.value)
    assert record["v"] == ROW_VERSION and q.object.datatype.value.endswith("#string")
    assert {"type", "status", "doc_id", "doc_iri", "participants", "evidence"} <= set(record)


def test_a_record_of_another_version_or_two_records_are_not_read(demo):
    events = _events(demo.store)
    first, second = events[0], events[1]
    [row1] = [q for q in _rows(demo.store) if q.subject.value == first]
    record = json.loads(row1.object.value)
    demo.store.oxigraph.remove(row1)
    demo.store.oxigraph.add(ox.Quad(row1.subject, ROW_NODE, ox.Literal(json.dumps({**record, "v": 99})),
                                    row1.graph_name))
    [row2] = [q for q in _rows(demo.store) if q.subject.value == second]
    demo.store.oxigraph.add(ox.Quad(row2.subject, ROW_NODE, ox.Literal(json.dumps({**record, "type": "Summit"})),
                                    row2.graph_name))
    demo.store.oxigraph.add(ox.Quad(row2.subject, ROW_NODE, ox.Literal("not json"), row2.graph_name))
    stored = stored_rows(demo.store, events)
    assert first not in stored and second not in stored and len(stored) == len(events) - 2
    assert_rows_current(demo.store, complete=False)


def test_the_index_walk_reads_the_records_in_its_own_lookups(monkeypatch):
    """A windowed timeline reads each event's record with the event (no lookup of its own
    afterwards), the same texts :func:`stored_rows` reads; a record of another version or two
    records of one event are not used there either."""
    from kb.exporters import records as rec
    from kb.rdf import index as idx

    buf = io.StringIO()
    synthetic.write_nquads(buf, 600, seed=5)
    with api.open_kb(None) as kb:
        kb.store.oxigraph.load(buf.getvalue().encode(), ox.RdfFormat.N_QUADS)
        actor = kb.resolve_actor("Q100000")
        texts: dict[str, list[str]] = {}
        found = idx.timeline_events(kb.store.select, actor, _dt.date(2010, 1, 1), None, 30, records=texts)
        assert len(found) == 30 and {e for e, _, _ in found} <= set(texts)
        assert {e: [str(o) for _, _, o in rec._triples(kb.store, [e], (ROW,))] for e in texts} == texts
        expected = _table(kb, actor="Q100000", since="2010", limit=30)
        asked = []
        real = rec._triples
        monkeypatch.setattr(rec, "_triples", lambda store, subjects, preds: (
            asked.append(set(preds)), real(store, subjects, preds))[1])
        assert _table(kb, actor="Q100000", since="2010", limit=30) == expected
        assert {ROW} not in asked
        # a record of another version, and two records of one event: read from the triples instead
        first, second = (e for e, _, _ in found[:2])
        [row1] = [q for q in _rows(kb.store) if q.subject.value == first]
        kb.store.oxigraph.remove(row1)
        kb.store.oxigraph.add(ox.Quad(row1.subject, ROW_NODE, ox.Literal(json.dumps(
            {**json.loads(row1.object.value), "v": 99, "type": "Summit"})), row1.graph_name))
        [row2] = [q for q in _rows(kb.store) if q.subject.value == second]
        kb.store.oxigraph.add(ox.Quad(row2.subject, ROW_NODE, ox.Literal(json.dumps(
            {**json.loads(row2.object.value), "type": "Summit"})), row2.graph_name))
        assert _table(kb, actor="Q100000", since="2010", limit=30) == expected
        assert {ROW} not in asked and any(ROW not in preds for preds in asked)  # those two: from their triples


def test_a_timeline_without_window_and_limit_reads_the_records_with_its_events(monkeypatch):
    """No window and no limit (undated events too, so no index walk): one query gives the
    events and their records; the rows equal those built from the events' triples."""
    from kb.exporters import records as rec

    buf = io.StringIO()
    synthetic.write_nquads(buf, 400, seed=3)
    with api.open_kb(None) as kb:
        kb.store.oxigraph.load(buf.getvalue().encode(), ox.RdfFormat.N_QUADS)
        asks = [{"actor": "Q100000"}, {"actor": "Q100002", "type": "Meeting"}, {}, {"type": "Visit"}]
        asked = []
        real = rec._triples
        monkeypatch.setattr(rec, "_triples", lambda store, subjects, preds: (
            asked.append(set(preds)), real(store, subjects, preds))[1])
        with_records = [_table(kb, **kw) for kw in asks]
        assert asked == [] and all(with_records)
        _drop_rows(kb.store)
        assert [_table(kb, **kw) for kw in asks] == with_records


# -- a store written before the records ------------------------------------------------------

def test_a_store_without_records_is_read_the_old_way_and_reindex_adds_them(tmp_path):
    path = tmp_path / "kb"
    with api.open_kb(path) as kb:
        kb.ingest(DEMO)
        expected = _table(kb, actor="Q567", limit=20), _table(kb)
        written = {(q.subject, q.object) for q in _rows(kb.store)}
        _drop_rows(kb.store)
        kb.store.flush()
    with api.open_kb(path, read_only=True) as old:
        assert _rows(old.store) == []
        assert (_table(old, actor="Q567", limit=20), _table(old)) == expected
    summary = reindex(path)
    assert summary.changed > 0 and summary.triples == len(written)
    with api.open_kb(path, read_only=True) as new:
        assert {(q.subject, q.object) for q in _rows(new.store)} == written
        assert_rows_current(new.store)
        assert (_table(new, actor="Q567", limit=20), _table(new)) == expected
    again = CliRunner().invoke(main, ["--store", str(path), "reindex"], catch_exceptions=False)
    assert again.exit_code == 0 and ": 0 lacked index triples, 0 added" in again.stdout


def test_reindex_replaces_a_stale_record(tmp_path):
    path = tmp_path / "kb"
    with api.open_kb(path) as kb:
        kb.ingest(DEMO)
        row = _rows(kb.store)[0]
        stale = json.loads(row.object.value) | {"type": "Summit", "status": "planned"}
        kb.store.oxigraph.remove(row)
        kb.store.oxigraph.add(ox.Quad(row.subject, ROW_NODE, ox.Literal(json.dumps(stale)), row.graph_name))
        kb.store.flush()
    summary = reindex(path)
    assert summary.changed == 1 and summary.triples == 1
    with api.open_kb(path, read_only=True) as kb:
        assert row in set(_rows(kb.store))
        assert_rows_current(kb.store)


# -- what rewrites an event's facts rewrites its record ----------------------------------------

def test_review_rewrites_the_records_of_the_corrected_graph(demo):
    rv = Review(demo.store)
    rows = demo.timeline(unmerged=True)
    meeting = next(r for r in rows if r.participants)
    rv.correct(meeting.doc_id, meeting.event, "ana", {"date": "1999-03-04", "type": "Summit", "status": "planned",
                                                       "participants": ["Q567"], "place": "Q64"})
    assert_rows_current(demo.store)
    [got] = [r for r in demo.timeline(unmerged=True) if r.event == meeting.event]
    assert (got.type, got.earliest, got.status, got.participant_qids, got.place_qid) == \
        ("Summit", "1999-03-04", "planned", "Q567", "Q64")
    for other in [r for r in rows if r.event != meeting.event]:
        try:  # an event a claim is about cannot be rejected alone (the shapes say so)
            rv.reject(other.doc_id, other.event, "ana")
            break
        except ReviewError:
            continue
    assert_rows_current(demo.store)
    assert other.event not in {r.event for r in demo.timeline(unmerged=True)}
    assert not [q for q in _rows(demo.store) if q.subject.value == other.event]
    rv.accept(meeting.doc_id, meeting.event, "ana")
    assert_rows_current(demo.store)
    # the corrections are applied again when the document is ingested anew: records too
    demo.ingest([p for p in DEMO if meeting.doc_id in p.name])
    assert_rows_current(demo.store)
    assert [r.type for r in demo.timeline(unmerged=True) if r.event == meeting.event] == ["Summit"]


def test_an_added_event_has_its_record(demo):
    doc = demo.timeline(unmerged=True)[0].doc_id
    Review(demo.store).add_event(doc, "ana", 0, 10, "Meeting", participants=["Q567"], date="2001-02-03")
    assert_rows_current(demo.store)
    assert [r.type for r in demo.timeline(actor="Q567", since="2001-02-03", until="2001-02-03")] == ["Meeting"]


def test_merge_leaves_the_records_alone_and_the_rows_show_the_merged_event():
    with api.open_kb(None) as kb:
        kb.store.ingest(visit_en(), run=FIXED_RUN)
        kb.store.ingest(visit_de(), run=FIXED_RUN)
        before = {q for q in _rows(kb.store)}
        assert merge(kb.store).canonical
        assert set(_rows(kb.store)) == before
        assert_rows_current(kb.store)
        merged = _table(kb)
        assert any(r["reports"] == 2 for r in merged)
        events = _events(kb.store)
        assert merged == [r.as_dict() for r in timeline_rows(kb.store, events, row_only=False)]
        _drop_rows(kb.store)
        assert _table(kb) == merged


def test_relink_writes_the_records_anew(demo):
    demo.relink(everything=True)
    assert_rows_current(demo.store)


def test_a_sparql_update_removes_every_record_first(demo):
    row = _table(demo, unmerged=True)[0]
    demo.store.query(f'DELETE {{ GRAPH ?g {{ <{row["event"]}> kb:status ?s }} }} '
                     f'INSERT {{ GRAPH ?g {{ <{row["event"]}> kb:status "planned" }} }} '
                     f'WHERE {{ GRAPH ?g {{ <{row["event"]}> kb:status ?s }} }}', update=True)
    assert _rows(demo.store) == []
    [got] = [r for r in _table(demo, unmerged=True) if r["event"] == row["event"]]
    assert got["status"] == "planned"
    demo.store.query("INSERT DATA { GRAPH <https://example.org/g> { <https://example.org/a> "
                     "<https://example.org/p> 1 } }", update=True)  # a store without records: nothing to drop
    assert _rows(demo.store) == []


def test_kb_query_update_removes_the_records(tmp_path):
    path = tmp_path / "kb"
    with api.open_kb(path) as kb:
        kb.ingest(DEMO[:1])
        assert _rows(kb.store)
    r = CliRunner().invoke(main, ["--store", str(path), "query", "--update",
                                  "DELETE WHERE { GRAPH ?g { ?e kb:dateText ?t } }"], catch_exceptions=False)
    assert r.exit_code == 0, r.output
    with api.open_kb(path, read_only=True) as kb:
        assert _rows(kb.store) == [] and all(not x["date_text"] for x in _table(kb))


def test_load_adds_records_to_an_export_and_replaces_a_stale_one(demo, tmp_path):
    dump = tmp_path / "export.nq"
    dump.write_text(export(demo.store, "nquads"), encoding="utf-8")
    with api.open_kb(None) as kb:
        load_files(kb.store, [dump])
        assert_rows_current(kb.store)
        assert _table(kb) == _table(demo)
    # a file that holds records, one of them stale (edited by hand): the stale one is replaced
    quads = [q for q in demo.store.oxigraph if isinstance(q.graph_name, ox.NamedNode)]
    row = next(q for q in quads if q.predicate == ROW_NODE)
    stale = ox.Quad(row.subject, ROW_NODE, ox.Literal(json.dumps(json.loads(row.object.value) | {"type": "Summit"})),
                    row.graph_name)
    path = tmp_path / "with-rows.nq"
    path.write_bytes(ox.serialize([stale if q == row else q for q in quads], format=ox.RdfFormat.N_QUADS))
    with api.open_kb(None) as kb:
        load_files(kb.store, [path])
        assert row in set(_rows(kb.store)) and stale not in set(_rows(kb.store))
        assert_rows_current(kb.store)


# -- exports --------------------------------------------------------------------------------

@pytest.mark.parametrize("fmt,syntax", [("nquads", ox.RdfFormat.N_QUADS), ("trig", ox.RdfFormat.TRIG),
                                        ("turtle", ox.RdfFormat.TURTLE), ("jsonld", ox.RdfFormat.JSON_LD)])
def test_rdf_exports_leave_the_records_out(demo, fmt, syntax):
    text = export(demo.store, fmt)
    quads = list(ox.parse(text.encode() if isinstance(text, str) else text, format=syntax))
    assert quads and not [q for q in quads if q.predicate == ROW_NODE]


@pytest.mark.parametrize("fmt", ["csv", "json", "graphml"])
def test_other_exports_are_the_same_with_or_without_records(demo, fmt):
    with_rows = export(demo.store, fmt)
    _drop_rows(demo.store)
    assert export(demo.store, fmt) == with_rows


def test_an_old_store_copied_keeps_working(tmp_path):
    """A store directory written by this kb and copied (as users move stores) reads its records."""
    path = tmp_path / "kb"
    with api.open_kb(path) as kb:
        kb.ingest(DEMO[:2])
        expected = _table(kb)
    copy = tmp_path / "copy"
    shutil.copytree(path, copy)
    with api.open_kb(copy, read_only=True) as kb:
        assert _table(kb) == expected and _rows(kb.store)


# -- shapes -----------------------------------------------------------------------------------

def test_the_shapes_allow_one_string_record_per_event(demo):
    from rdflib import Literal, URIRef

    from kb.rdf.validate import validate_graph

    row = _rows(demo.store)[0]
    g = demo.store.get_graph(row.graph_name.value)
    assert validate_graph(g)[0]
    g.add((URIRef(row.subject.value), URIRef(ROW), Literal(row.object.value + " ")))
    conforms, report = validate_graph(g)
    assert not conforms and "kb:timelineRow" in report
    g.remove((URIRef(row.subject.value), URIRef(ROW), None))
    g.add((URIRef(row.subject.value), URIRef(ROW), Literal(7)))
    assert not validate_graph(g)[0]
