"""Event dates by scope (issue 9): which date expression, status and reading an event takes.

Every sentence here is written for these tests (own names, own places); the publication day is a
Thursday unless a test says otherwise.
"""

from __future__ import annotations

import datetime as dt

import pytest

from kb.model import Document
from kb.pipeline import analyse

DCT = dt.date(2024, 3, 14)  # a Thursday


def events(text: str, lang: str, dct: dt.date = DCT) -> list:
    return [e for e in analyse(Document(id="t", text=text, lang=lang, published=dct)).events if not e.implied_by]


def one(text: str, lang: str, etype: str, dct: dt.date = DCT):
    found = [e for e in events(text, lang, dct) if e.type == etype]
    assert len(found) == 1, [(e.type, e.date and e.date.value) for e in events(text, lang, dct)]
    return found[0]


# -- two verbs joined in one clause keep their own date and status ----------------------------------

@pytest.mark.parametrize("lang,text", [
    ("en", "President Tom Berg met Prime Minister Anna Lund in Oslo on Monday and will travel to Bergen on Friday."),
    ("de", "Präsident Tom Berg hat am Montag in Oslo Ministerpräsidentin Anna Lund getroffen und wird am Freitag "
           "nach Bergen reisen."),
])
def test_joined_verbs_each_keep_their_own_date_and_status(lang, text):
    meeting = one(text, lang, "Meeting")
    assert (meeting.status, meeting.date.value, meeting.date.source) == ("past", "2024-03-11", "text")
    trip = one(text, lang, "StateVisit")
    assert (trip.status, trip.date.value) == ("planned", "2024-03-15")


@pytest.mark.parametrize("lang,text", [
    ("en", "President Tom Berg will travel to Bergen on Friday and meet Prime Minister Anna Lund there."),
    ("de", "Präsident Tom Berg wird am Freitag nach Bergen reisen und dort Ministerpräsidentin Anna Lund treffen."),
])
def test_a_verb_joined_without_a_date_shares_the_first_ones(lang, text):
    """The second verb has no date and no tense cue of its own: it is part of the same plan."""
    meeting = one(text, lang, "Meeting")
    assert (meeting.status, meeting.date.value) == ("planned", "2024-03-15")
