"""Cross-document merging: two reports of one visit become one canonical event;
a third report with a contradicting date is flagged, not resolved."""

from __future__ import annotations

import datetime as dt

import pytest

from fixtures_rdf import FIXED_RUN, meetings_history, undated_de, visit_conflicting, visit_de, visit_en
from kb.rdf import iri
from kb.merge import merge, unmerge
from kb.store import Store


@pytest.fixture
def store():
    with Store() as s:
        yield s


def test_two_reports_of_one_visit_become_one_canonical_event(store):
    store.ingest(visit_en(), run=FIXED_RUN)
    store.ingest(visit_de(), run=FIXED_RUN)
    report = merge(store)
    [c] = report.canonical
    assert c.type == "StateVisit"
    assert {r.event for r in c.reports} == {str(iri.event("fixture-en-visit", "e1")),
                                           str(iri.event("fixture-de-besuch", "e1"))}
    assert c.documents == ["fixture-de-besuch", "fixture-en-visit"]
    assert (c.earliest, c.latest, c.conflict) == (dt.date(2025, 3, 6), dt.date(2025, 3, 7), False)
    rows = store.query("""SELECT ?c ?r ?b ?l WHERE { GRAPH <https://w3id.org/kb/id/graph/_canonical> {
        ?c a kb:CanonicalEvent, kb:StateVisit ; kb:reportedBy ?r ;
           sem:hasEarliestBeginTimeStamp ?b ; sem:hasLatestEndTimeStamp ?l } }""")
    assert len(rows) == 2 and {str(r["b"]) for r in rows} == {"2025-03-06"}
    # the canonical graph validates like any other
    assert store.validate() == []


def test_contradicting_date_is_flagged_as_conflict(store):
    for make in (visit_en, visit_de, visit_conflicting):
        store.ingest(make(), run=FIXED_RUN)
    report = merge(store)
    [c] = report.canonical
    assert len(c.reports) == 3 and c.conflict
    assert c.earliest is None and report.conflicts == [c]
    assert store.query("""ASK { GRAPH <https://w3id.org/kb/id/graph/_canonical> {
        ?c kb:conflict true . FILTER NOT EXISTS { ?c sem:hasEarliestBeginTimeStamp ?b } } }""")
    assert "1 with conflicting dates" in str(report)


def test_far_apart_dates_are_different_events(store):
    store.ingest(visit_en(), run=FIXED_RUN)
    store.ingest(visit_de(), run=FIXED_RUN)
    store.ingest(visit_conflicting(), run=FIXED_RUN)
    report = merge(store, tolerance_days=2)
    [c] = report.canonical
    assert len(c.reports) == 2 and not c.conflict


def test_merge_is_idempotent_and_reversible(store):
    store.ingest(visit_en(), run=FIXED_RUN)
    store.ingest(visit_de(), run=FIXED_RUN)
    before = store.count_triples()
    first = merge(store)
    n = store.count_triples()
    second = merge(store)
    assert store.count_triples() == n > before
    assert [c.iri for c in first.canonical] == [c.iri for c in second.canonical]
    assert unmerge(store) is True
    assert store.count_triples() == before
    assert unmerge(store) is False


def test_single_document_and_unmergeable_events_stay_alone(store):
    store.ingest(visit_en(), run=FIXED_RUN)
    store.ingest(meetings_history(), run=FIXED_RUN)
    store.ingest(undated_de(), run=FIXED_RUN)
    report = merge(store)
    # meetings and the re-election have no second report; the announcement is never merged
    assert report.canonical == []
    assert report.considered == 6  # e1, e3, e4 of visit_en and three meetings


def test_removed_report_is_found_by_validate(store):
    store.ingest(visit_en(), run=FIXED_RUN)
    store.ingest(visit_de(), run=FIXED_RUN)
    merge(store)
    store.remove_document("fixture-de-besuch")
    [v] = store.validate()
    assert v.shape == "CrossDocument" and v.doc_id == "fixture-de-besuch"
    merge(store)
    assert store.validate() == []


def _meeting_of_unlinked_people(doc_id: str, lang: str, text: str, day: int):
    """Two people the gazetteer knows only by local ids (no QID) meet in Ostrava."""
    from fixtures_rdf import span
    from kb.model import Analysis, DateValue, Document, Entity, Event, Participant

    falk = Entity("local:mira-falk", "Mira Falk", "person", labels={lang: ["Mira Falk"]})
    brandt = Entity("local:ilse-brandt", "Ilse Brandt", "person", labels={lang: ["Ilse Brandt"]})
    doc = Document(doc_id, text, lang, published=dt.date(2025, 5, 20))
    ev = Event("e1", "Meeting", "past", span(text, text.rstrip(".")),
               participants=[Participant(falk, "Mira Falk", "participant", span(text, "Mira Falk")),
                             Participant(brandt, "Ilse Brandt", "participant", span(text, "Ilse Brandt"))],
               date=DateValue(f"2025-05-{day:02d}", dt.date(2025, 5, day), dt.date(2025, 5, day), "day"))
    return Analysis(doc, events=[ev])


def test_reports_about_people_without_qids_merge_by_their_local_ids(store):
    store.ingest(_meeting_of_unlinked_people(
        "unlinked-en", "en", "Mira Falk met Ilse Brandt in Ostrava on Monday.", 19), run=FIXED_RUN)
    store.ingest(_meeting_of_unlinked_people(
        "unlinked-de", "de", "Mira Falk traf Ilse Brandt am Montag in Ostrau.", 19), run=FIXED_RUN)
    [c] = merge(store).canonical
    assert c.documents == ["unlinked-de", "unlinked-en"] and c.type == "Meeting"
