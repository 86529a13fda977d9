"""The timeline: the indexed path (actor + window/limit) returns what the plain query returns."""

import datetime as dt
from pathlib import Path

import pytest

import kb.api as api
from kb.rdf.index import timeline_events
from kb.exporters.tabular import timeline_rows
from kb.timeline import build_query, rows_from_query

DEMO = sorted((Path(__file__).resolve().parent.parent / "kb" / "demo").glob("*.json"))


@pytest.fixture(scope="module")
def base():
    kb = api.open_kb(None)
    kb.ingest(DEMO)
    yield kb
    kb.close()


def _plain(base, actor, since=None, until=None, types=None, limit=None, include_implied=False):
    q = build_query(actor_iris=base.resolve_actor(actor), since=api.parse_bound(since, end=False),
                    until=api.parse_bound(until, end=True), types=types, limit=limit,
                    include_implied=include_implied)
    # the rows kb timeline shows for the reports the plain query finds (merged events joined)
    return timeline_rows(base.store, [r.event for r in rows_from_query(base.store.query(q))],
                         include_implied=include_implied)


CASES = [
    ("Q3052772", "2022", None, None),
    ("Emmanuel Macron", "2023-06", "2023-06-08", None),
    ("Q3052772", None, "2030", ["Meeting"]),
    ("Q3052772", "2020", None, ["Visit"]),
    ("Q6279", "1900", "9999", None),
]


@pytest.mark.parametrize("actor,since,until,types", CASES)
def test_indexed_timeline_equals_plain_query(base, actor, since, until, types):
    got = base.timeline(actor=actor, since=since, until=until, type=types)
    assert got, "the fixture should have events here"
    # Every column, not only the events: the rows are put together in Python.
    assert [r.as_dict() for r in got] == [r.as_dict() for r in _plain(base, actor, since, until, types)]


def test_rows_of_known_events_aggregate_actors_and_places(base):
    """On every event of the demo KB (several actors, places, labels in two languages,
    evidence), the row query over known events lists several participants and places,
    and its LIMIT keeps the first rows of the unlimited query."""
    events = [str(r["e"]) for r in base.store.query("SELECT DISTINCT ?e WHERE { ?e a sem:Event }")]
    assert len(events) > 10
    got = rows_from_query(base.store.query(build_query(event_iris=events)))
    assert any(";" in r.participants for r in got) and any(r.place for r in got)
    assert [r.as_dict() for r in rows_from_query(base.store.query(build_query(event_iris=events, limit=3)))] == \
        [r.as_dict() for r in got[:3]]
    # Store.select_text (what KnowledgeBase.timeline reads) gives the same rows as rdflib terms.
    assert [r.as_dict() for r in rows_from_query(base.store.select_text(build_query(event_iris=events)))] == \
        [r.as_dict() for r in got]


def test_labels_and_values_the_query_way():
    """An actor with only a German label shows it; one with no label its IRI; an
    event with two evidence strings gives two rows; a place without label an empty name."""
    kb = api.open_kb(None)
    g = "https://w3id.org/kb/id/graph/t1"
    doc = "https://w3id.org/kb/id/doc/t1"
    ev = "https://w3id.org/kb/id/doc/t1/event/e1"
    kb.store.query(f"""INSERT DATA {{ GRAPH <{g}> {{
        <{ev}> a sem:Event ; kb:sourceDocument <{doc}> ; kb:eventType "Meeting" ;
            sem:hasEarliestBeginTimeStamp "2020-01-02"^^xsd:date ; sem:hasLatestEndTimeStamp "2020-01-02"^^xsd:date ;
            sem:hasActor wd:Q1, wd:Q2, wd:Q3 ; sem:hasPlace wd:Q9 ;
            gaf:denotedBy <{doc}#char=0,5>, <{doc}#char=6,9> .
        wd:Q1 rdfs:label "Eins"@de . wd:Q2 rdfs:label "Two"@en, "Zwei"@de .
        <{doc}#char=0,5> nif:anchorOf "Hello" . <{doc}#char=6,9> nif:anchorOf "you" .
        <{doc}> dcterms:identifier "t1" .
    }} }}""", update=True)
    got = rows_from_query(kb.store.query(build_query(event_iris=[ev])))
    assert [r.as_dict() for r in rows_from_query(kb.store.select_text(build_query(event_iris=[ev])))] == \
        [r.as_dict() for r in got]
    assert [r.evidence for r in got] == ["Hello", "you"]
    assert got[0].participants == "Eins; Two; http://www.wikidata.org/entity/Q3"
    assert got[0].place == "" and got[0].place_qid == "Q9"
    kb.close()


@pytest.mark.parametrize("include_implied", [False, True])
def test_rows_read_lean_equal_rows_of_whole_reports(base, include_implied):
    """timeline_rows reads only what a row shows by default: the same rows, on every event of the demo KB."""
    events = [str(r["e"]) for r in base.store.query("SELECT DISTINCT ?e WHERE { ?e a sem:Event }")]
    lean = timeline_rows(base.store, events, include_implied=include_implied)
    assert len(lean) > 10
    whole = timeline_rows(base.store, events, include_implied=include_implied, row_only=False)
    assert [r.as_dict() for r in lean] == [r.as_dict() for r in whole]


def test_limit_keeps_the_earliest(base):
    rows = base.timeline(actor="Q3052772", limit=2)
    everything = [r for r in base.timeline(actor="Q3052772") if r.earliest]
    assert [r.event for r in rows] == [r.event for r in everything[:2]]


def test_index_finds_the_plain_events(base):
    actors = base.resolve_actor("Q3052772")
    found = timeline_events(base.store.select, actors, dt.date(1900, 1, 1), dt.date(2100, 1, 1), 1000)
    plain = {r.event for r in _plain(base, "Q3052772", "1900", "2100", include_implied=True)}
    assert plain and {e for e, _, _ in found} == plain


def _implied(base) -> set[str]:
    return {str(r["e"]) for r in base.store.query("SELECT DISTINCT ?e WHERE { ?e kb:impliedBy ?c }")}


@pytest.mark.parametrize("since,limit", [(None, None), ("1900", None), ("1900", 2), ("1900", 8)])
def test_implied_events_only_when_asked(base, since, limit):
    """An event only implied by a claim (the demo's "dritter Berlin-Besuch binnen zwölf Monaten"
    implies earlier visits) is left out of a timeline unless asked for, on the plain and on the
    indexed path, and a limit still counts the events shown."""
    implied = _implied(base)
    assert implied, "the demo KB should have an implied event"
    shown = base.timeline(actor="Q3052772", since=since, limit=limit)
    every = base.timeline(actor="Q3052772", since=since, limit=limit, include_implied=True)
    assert not {r.event for r in shown} & implied
    assert {r.event for r in every} & implied or limit
    if limit:
        assert len(shown) == min(limit, len(base.timeline(actor="Q3052772", since=since)))
    assert [r.event for r in shown] == [r.event for r in _plain(base, "Q3052772", since, None, None, limit)]


@pytest.mark.parametrize("limit", [None, 1, 3])
def test_walk_skips_implied_events_itself(base, limit):
    """timeline_events(skip_implied=True) leaves implied events out in its lookups, and its
    limit counts only the others: the walk of all events without the implied ones."""
    actors, window = base.resolve_actor("Q3052772"), (dt.date(1900, 1, 1), dt.date(2100, 1, 1))
    implied = _implied(base)
    every = timeline_events(base.store.select, actors, *window, None)
    assert {e for e, _, _ in every} & implied
    kept = [r for r in every if r[0] not in implied]
    got = timeline_events(base.store.select, actors, *window, limit, skip_implied=True)
    assert got == kept[:limit]


@pytest.mark.parametrize("limit", [1, 2, 3, 5, 8])
def test_limit_cut_between_events_of_the_same_dates(base, limit):
    # The index orders ties by IRI, the timeline by type: the cut must still be the query's.
    got = base.timeline(actor="Q3052772", since="1900", limit=limit)
    assert [r.as_dict() for r in got] == [r.as_dict() for r in _plain(base, "Q3052772", "1900", None, None, limit)]
