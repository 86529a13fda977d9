"""An event noun after a preposition of another time ("after a visit to X", "nach einem Besuch in X")
holds the phrase right after it: that place or person is the noun's event's, not the verb's (issue 9).
Every sentence here is written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from kb.model import Document
from kb.pipeline import analyse

DCT = dt.date(2024, 3, 14)  # a Thursday


def visits(text: str, lang: str) -> dict:
    evs = analyse(Document(id="t", text=text, lang=lang, published=DCT)).events
    return {e.place.entity.name: e for e in evs if e.type == "StateVisit" and e.place is not None}


@pytest.mark.parametrize("lang,text,here,before", [
    ("en", "President Tom Berg arrived in Oslo on Wednesday night after a visit to Sweden.", "Oslo", "Sweden"),
    ("en", "President Tom Berg arrived in Norway on Wednesday after a two-day visit to Sweden.", "Norway", "Sweden"),
    ("de", "Präsident Tom Berg traf am Mittwochabend nach einem Besuch in Schweden in Oslo ein.", "Oslo", "Sweden"),
    ("de", "Präsident Tom Berg traf am Mittwoch nach einem zweitägigen Besuch in Schweden in Norwegen ein.",
     "Norway", "Sweden"),
])
def test_the_arrival_is_where_the_verb_says_the_visit_before_is_its_own(lang, text, here, before):
    found = visits(text, lang)
    assert set(found) == {here, before}
    assert found[here].date.value.startswith("2024-03-13")
    # the length told with the visit before is not the arrival's
    assert "/" not in found[here].date.value


@pytest.mark.parametrize("lang,text", [
    ("en", "President Tom Berg arrived in Oslo on Wednesday for talks with Prime Minister Anna Lund."),
    ("de", "Präsident Tom Berg traf am Mittwoch zu Gesprächen mit Ministerpräsidentin Anna Lund in Oslo ein."),
])
def test_a_purpose_noun_is_no_other_time(lang, text):
    evs = analyse(Document(id="t", text=text, lang=lang, published=DCT)).events
    assert {e.type for e in evs} >= {"StateVisit", "Meeting"}
    visit = next(e for e in evs if e.type == "StateVisit")
    assert visit.place.entity.name == "Oslo"


@pytest.mark.parametrize("lang,text", [
    ("de", "Nach Gesprächen mit Ministerpräsidentin Anna Lund am Mittwoch reist Präsident Tom Berg am Freitag "
           "weiter nach Stockholm."),
    ("en", "After talks with Prime Minister Anna Lund in Oslo on Wednesday, President Tom Berg will travel to "
           "Stockholm on Friday."),
])
def test_talks_before_a_journey_are_held_by_who_travels_and_done(lang, text):
    evs = analyse(Document(id="t", text=text, lang=lang, published=DCT)).events
    talks = [e for e in evs if e.type == "Meeting"]
    assert len(talks) == 1
    assert (talks[0].status, talks[0].date.value) == ("past", "2024-03-13")
    assert {p.entity.name for p in talks[0].participants if p.entity} == {"Tom Berg", "Anna Lund"}
    # the journey's destination is not where the talks were held
    assert talks[0].place is None or talks[0].place.entity.name != "Stockholm"
