"""A verb of beginning ("began", "started", "begann") in the past with a date of its own tells a
past beginning on that date, not something under way since the report; a stay whose days are
still running stays under way. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from kb.model import Document
from kb.pipeline import analyse

DCT = "2023-06-14"  # a Wednesday


def found(text: str, lang: str, etype: str):
    a = analyse(Document(id="t", text=text, lang=lang, published=dt.date.fromisoformat(DCT)))
    return [(e.status, e.date.value if e.date else None) for e in a.events if e.type == etype]


@pytest.mark.parametrize("text,lang,etype,status,date", [
    ("Russia began its invasion of Ukraine on February 24, 2022.", "en", "ArmedConflictStart", "past", "2022-02-24"),
    ("Since Russia began its invasion of Ukraine in February 2022, trade has fallen.", "en",
     "ArmedConflictStart", "past", "2022-02"),
    ("Protests against Tom Becker began in Riga on March 3.", "en", "Other", "past", "2023-03-03"),
    ("Protests against Tom Becker started in Riga on Friday.", "en", "Other", "past", "2023-06-09"),
    ("Anna Berg began a three-day visit to Riga on June 1.", "en", "StateVisit", "past", "2023-06-01/2023-06-03"),
    ("Am 3. März begannen in Riga Proteste gegen Tom Becker.", "de", "Other", "past", "2023-03-03"),
    ("Russland begann im Februar 2022 den Angriffskrieg gegen die Ukraine.", "de", "ArmedConflictStart",
     "past", "2022-02"),
])
def test_a_past_beginning_is_past_on_its_own_date(text, lang, etype, status, date):
    assert (status, date) in found(text, lang, etype)


@pytest.mark.parametrize("text,lang,etype,status,date", [
    # a stay begun and not yet over is under way
    ("Anna Berg began a three-day visit to Riga on Monday.", "en", "StateVisit", "ongoing", "2023-06-12/2023-06-14"),
    ("Anna Berg begann am Montag einen dreitägigen Besuch in Riga.", "de", "StateVisit", "ongoing", "2023-06-12/2023-06-14"),
])
def test_a_stay_still_running_is_not_made_past(text, lang, etype, status, date):
    assert (status, date) in found(text, lang, etype)


@pytest.mark.parametrize("text,lang", [
    ("The new school year began in Riga on March 3.", "en"),
    ("The football season started on Friday.", "en"),
    ("Im März begann in Riga der Bau der neuen Brücke.", "de"),
])
def test_a_beginning_of_something_else_is_no_event(text, lang):
    a = analyse(Document(id="t", text=text, lang=lang, published=dt.date.fromisoformat(DCT)))
    assert not [e for e in a.events if e.type in ("ArmedConflictStart", "Other", "StateVisit", "Meeting")]
