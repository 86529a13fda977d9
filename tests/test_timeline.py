"""The timeline: the indexed path (actor + window/limit) returns what the plain query returns."""

from pathlib import Path

import pytest

import kb.api as api
from kb.timeline import build_query

DEMO = sorted((Path(__file__).resolve().parent.parent / "kb" / "demo").glob("*.json"))


@pytest.fixture(scope="module")
def base():
    kb = api.open_kb(None)
    kb.ingest(DEMO)
    yield kb
    kb.close()


def _plain(base, actor, since=None, until=None, types=None):
    q = build_query(actor_iris=base.resolve_actor(actor), since=api.parse_bound(since, end=False),
                    until=api.parse_bound(until, end=True), types=types)
    return [str(r["event"]) for r in base.store.query(q)]


@pytest.mark.parametrize("actor,since,until,types", [
    ("Q3052772", "2022", None, None),
    ("Emmanuel Macron", "2023-06", "2023-06-08", None),
    ("Q3052772", None, "2030", ["Meeting"]),
    ("Q3052772", "2020", None, ["Visit"]),
    ("Q6279", "1900", "9999", None),
])
def test_indexed_timeline_equals_plain_query(base, actor, since, until, types):
    got = [r.event for r in base.timeline(actor=actor, since=since, until=until, types=types)]
    assert got == _plain(base, actor, since, until, types)
    assert got, "the fixture should have events here"


def test_limit_keeps_the_earliest(base):
    rows = base.timeline(actor="Q3052772", limit=2)
    everything = [r for r in base.timeline(actor="Q3052772") if r.earliest]
    assert [r.event for r in rows] == [r.event for r in everything[:2]]
