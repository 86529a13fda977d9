"""A sentence that names a recent day and tells no event of its own dates an undated event a few
sentences on, across sentences that name no time and tell no event (kb.events.dating.lead_day);
another time, a longer gap or a day ahead dates nothing. Sentences invented."""

from __future__ import annotations

import datetime as dt

import pytest

from kb.model import Document
from kb.pipeline import analyse

LEAD = "Das ist das Fazit der Ernennungen, die der Landtag gestern vornahm. "
SENT = "In geheimer Abstimmung wurden Hans Huber und Karl Maier in die Kommission entsandt. "
VOTE = "Huber wie Maier erhielten 18 Stimmen."


def _votes(text: str) -> list:
    doc = Document(id="t", text=text, lang="de", published=dt.date(2014, 2, 13))
    return [(e.date.value if e.date else None) for e in analyse(doc).events if e.type == "Election"]


def test_the_day_of_a_lead_two_sentences_back_dates_the_vote():
    assert _votes(LEAD + SENT + VOTE) == ["2014-02-12"]


@pytest.mark.parametrize("text", [
    # another time named between
    LEAD + "Im Jahr 2010 waren in geheimer Abstimmung Hans Huber und Karl Maier in die Kommission "
           "entsandt worden. " + VOTE,
    # more sentences between than the reach
    LEAD + SENT + "Die Opposition hatte andere Kandidaten. Ihre Zahl war groß. Sie waren jung. " + VOTE,
    # a lead that lies ahead does not date what was done
    "Das ist das Fazit der Ernennungen, die der Landtag nächste Woche vornimmt. "
    "In geheimer Abstimmung werden Hans Huber und Karl Maier in die Kommission entsandt. "
    "Huber wie Maier erhielten bei der letzten Wahl 18 Stimmen.",
])
def test_no_lead_day(text):
    assert _votes(text) == [None]
