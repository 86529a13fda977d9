"""Claim checking: count and ordinal claims compared with the KB's events."""

from __future__ import annotations

import datetime as dt

import pytest

from fixtures_rdf import (FIXED_RUN, MACRON, WARSAW, meetings_history, part, span, visit_de,
                          visit_en)
from kb.claimcheck import check_claims, window_start
from kb.merge import merge
from kb.model import Analysis, DateValue, Document, Event, Participant
from kb.rdf import iri
from kb.store import Store

EARLIER_TEXT = "On 12 December 2024 Emmanuel Macron spent a day in Warsaw on a state visit."


def earlier_visit() -> Analysis:
    t = EARLIER_TEXT
    doc = Document("fixture-en-earlier", t, "en", published=dt.date(2024, 12, 13), source="Example Wire")
    ev = Event("e1", "StateVisit", "past", span(t, t),
               participants=[part(t, MACRON, "Emmanuel Macron", "guest")],
               place=part(t, WARSAW, "Warsaw"),
               date=DateValue("2024-12-12", dt.date(2024, 12, 12), dt.date(2024, 12, 12), "day"))
    return Analysis(doc, events=[ev])


@pytest.fixture
def store():
    with Store() as s:
        s.ingest(visit_en(), run=FIXED_RUN)
        s.ingest(meetings_history(), run=FIXED_RUN)
        yield s


def by_claim(checks):
    return {(c.doc_id, c.claim.rsplit("/", 1)[-1]): c for c in checks}


def test_consistent_and_inconsistent_count_claims(store):
    checks = by_claim(check_claims(store))
    ok = checks[("fixture-en-meetings", "c1")]
    assert (ok.kind, ok.claimed, ok.found, ok.verdict) == ("count", 3, 3, "consistent")
    assert ok.window == (dt.date(2024, 1, 1), dt.date(2025, 1, 10))
    bad = checks[("fixture-en-visit", "c1")]
    assert (bad.claimed, bad.found, bad.verdict) == (4, 3, "fewer_in_kb")
    # the KB events behind the verdict, with their sources
    assert [e.iri for e in bad.events] == [str(iri.event("fixture-en-meetings", f"e{i}")) for i in (1, 2, 3)]
    assert all(e.doc_id == "fixture-en-meetings" for e in bad.events)
    assert bad.evidence.startswith("Macron and Donald Tusk have met four times")
    assert "fewer_in_kb" in str(bad) and "2024-06-12" in str(bad)


def test_more_in_kb(store):
    store.update(f"""DELETE WHERE {{ GRAPH ?g {{ <{iri.claim('fixture-en-meetings', 'c1')}> kb:count ?n }} }} ;
        INSERT DATA {{ GRAPH <{iri.graph('fixture-en-meetings')}> {{
            <{iri.claim('fixture-en-meetings', 'c1')}> kb:count 2 }} }}""")
    check = by_claim(check_claims(store))[("fixture-en-meetings", "c1")]
    assert (check.found, check.verdict) == (3, "more_in_kb")


def test_ordinal_claim_needs_the_earlier_event(store):
    ordinal = by_claim(check_claims(store))[("fixture-en-visit", "c2")]
    # the earlier visit is only implied by the claim itself, which must not count
    assert ordinal.window == (dt.date(2024, 9, 7), dt.date(2025, 3, 7))
    assert (ordinal.claimed, ordinal.found, ordinal.verdict) == (2, 1, "fewer_in_kb")
    store.ingest(earlier_visit(), run=FIXED_RUN)
    ordinal = by_claim(check_claims(store))[("fixture-en-visit", "c2")]
    assert (ordinal.found, ordinal.verdict) == (2, "consistent")
    assert ordinal.events[0].source == "Example Wire"


def test_merged_reports_count_once(store):
    store.ingest(earlier_visit(), run=FIXED_RUN)
    german = visit_de()
    german.events[0].place = Participant(WARSAW, "Warschau")  # reported at the city this time
    store.ingest(german, run=FIXED_RUN)
    unmerged = by_claim(check_claims(store))[("fixture-en-visit", "c2")]
    assert unmerged.verdict == "more_in_kb"  # the German report of the same visit counted twice
    merge(store)
    merged = by_claim(check_claims(store))[("fixture-en-visit", "c2")]
    assert (merged.found, merged.verdict) == (2, "consistent")
    assert len(merged.events) == 3
    by_doc = {e.doc_id: e.canonical for e in merged.events}
    assert by_doc["fixture-en-visit"] == by_doc["fixture-de-besuch"] is not None
    # the earlier visit was merged with the visit the ordinal claim implies (not counted here)
    assert by_doc["fixture-en-earlier"] not in (None, by_doc["fixture-en-visit"])


def test_last_is_not_checkable(store):
    c2 = iri.claim("fixture-en-visit", "c2")
    store.update(f"""DELETE WHERE {{ GRAPH ?g {{ <{c2}> kb:ordinal ?n }} }} ;
        INSERT DATA {{ GRAPH <{iri.graph('fixture-en-visit')}> {{ <{c2}> kb:ordinal "last" }} }}""")
    assert by_claim(check_claims(store))[("fixture-en-visit", "c2")].verdict == "not_checkable"


def test_window_start_clamps_to_month_end():
    assert window_start(dt.date(2024, 5, 31), "P3M") == dt.date(2024, 2, 29)
    assert window_start(dt.date(2024, 1, 15), "P1Y") == dt.date(2023, 1, 15)
    assert window_start(dt.date(2024, 1, 15), "P2W") == dt.date(2024, 1, 1)
    assert window_start(dt.date(2024, 1, 15), "P") is None


def test_ordinal_without_window_counts_from_the_beginning(store):
    c2 = iri.claim("fixture-en-visit", "c2")
    store.update(f"DELETE WHERE {{ GRAPH ?g {{ <{c2}> kb:window ?w }} }}")
    store.ingest(earlier_visit(), run=FIXED_RUN)
    check = by_claim(check_claims(store))[("fixture-en-visit", "c2")]
    assert check.window == (None, dt.date(2025, 3, 7))
    assert (check.found, check.verdict) == (2, "consistent")
