"""One bad extracted item never costs a document: it is dropped with a warning and the rest is stored."""

import dataclasses
import datetime as dt

from fixtures_rdf import FIXED_RUN, visit_en

from kb.model import DateValue
from kb.pipeline import _drop_contradictory_claims
from kb.store import Store


def _stored_ids(store: Store, kind: str) -> set[str]:
    rows = store.query(f"PREFIX kb: <https://w3id.org/kb/ns#> SELECT ?x WHERE {{ GRAPH ?g {{ ?x a kb:{kind} }} }}")
    return {str(r["x"]).rsplit("/", 1)[-1] for r in rows}


def test_a_claim_with_an_inverted_window_is_dropped_not_the_document():
    a = visit_en()
    count = a.claims[0]
    # a window that begins after the claim's date: the claim shape rejects it
    count.since = DateValue("2026-01", dt.date(2026, 1, 1), dt.date(2026, 1, 31), "month", text="January")
    store = Store(None)
    result = store.ingest(a, run=FIXED_RUN)
    assert result.events == 4 and result.claims == 1
    assert _stored_ids(store, "CountClaim") == set()
    assert len(_stored_ids(store, "OrdinalClaim")) == 1
    assert any("claim c1 (count 4) dropped" in w and "window begins" in w for w in a.warnings)
    assert store.rejected() == []


def test_dropping_an_event_takes_the_claims_about_it_along():
    a = visit_en()
    visit = a.events[0]
    # an inverted date: the graph-wide date check reports it with the event as its value
    visit.date = dataclasses.replace(visit.date, earliest=dt.date(2025, 3, 7), latest=dt.date(2025, 3, 6))
    store = Store(None)
    result = store.ingest(a, run=FIXED_RUN)
    dropped = [w for w in a.warnings if "dropped" in w]
    assert any(w.startswith("event e1 ") for w in dropped), a.warnings
    # the ordinal claim is about e1: it goes too, and the event it implied with it
    assert any(w.startswith("claim c2 ") for w in dropped)
    assert any(w.startswith("event e4 ") for w in dropped)
    assert result.events == 2 and result.claims == 1


def test_a_document_level_violation_still_rejects_the_document():
    a = visit_en()
    a.document = dataclasses.replace(a.document, lang="")  # the document node itself is broken
    store = Store(None)
    try:
        store.ingest(a, run=FIXED_RUN)
    except Exception as exc:  # ShapeViolation
        assert "violates the shapes" in str(exc)
    else:
        raise AssertionError("a document without a language must be rejected")
    assert [r.doc_id for r in store.rejected()] == [a.document.id]


def test_the_pipeline_drops_only_the_contradictory_window():
    a = visit_en()
    a.claims[0].since = DateValue("2026-01", dt.date(2026, 1, 1), dt.date(2026, 1, 31), "month", text="January")
    _drop_contradictory_claims(a)
    assert [c.id for c in a.claims] == ["c1", "c2"]
    assert a.claims[0].since is None
    assert any("c1: claim window '2026-01'" in w for w in a.warnings)
    # a window that begins before the claim's date is left alone
    b = visit_en()
    before = b.claims[0].since
    _drop_contradictory_claims(b)
    assert b.claims[0].since == before and b.warnings == []
