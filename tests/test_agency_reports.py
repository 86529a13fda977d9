"""Probes from whole invented agency reports (issue 9: one event per event, dates by scope).
Every sentence was written for these tests; the publication day is Wednesday 2024-11-20 unless a
test says otherwise."""

from __future__ import annotations

import datetime as dt

from kb.model import Document
from kb.pipeline import analyse


def _events(text: str, lang: str = "en", dct: dt.date = dt.date(2024, 11, 20)):
    doc = Document(id="t", text=text, lang=lang, published=dct)
    return [(e.type, e.status, e.date.value if e.date else None,
             frozenset(p.entity.name if p.entity else p.label for p in e.participants))
            for e in analyse(doc).events if not e.implied_by]


def test_summit_talks_held_on_the_sidelines_of_a_forum_are_one_event():
    """"summit talks with X on the sidelines of the forum": the summit and the talks are named
    before the cue, so they are one event; the forum after it is the occasion."""
    found = _events("President Mira Castell will hold summit talks with Prime Minister Jonas Berg on the sidelines of "
                    "the APEC forum in Lima later this week.")
    assert len(found) == 1
    assert found[0][3] == frozenset({"Mira Castell", "Jonas Berg"})


def test_a_meeting_on_the_sidelines_of_a_summit_stays_apart_from_the_summit():
    found = _events("President Mira Castell met Prime Minister Jonas Berg on the sidelines of the NATO summit in Vilnius on Tuesday.")
    kinds = sorted(f[0] for f in found)
    assert "Meeting" in kinds
    (meeting,) = [f for f in found if f[0] == "Meeting"]
    assert meeting[3] == frozenset({"Mira Castell", "Jonas Berg"})
