"""Event dates and the tense they are told in (issue 9): a plan reported by someone, a present
tense that tells the past, an undated event, a count within a window.

Every sentence here is written for these tests (own names, own places).
"""

from __future__ import annotations

import datetime as dt

import pytest

from kb.model import Document
from kb.pipeline import analyse

TUESDAY = dt.date(2024, 5, 14)


def events(text: str, lang: str, dct: dt.date = TUESDAY, implied: bool = False) -> list:
    return [e for e in analyse(Document(id="t", text=text, lang=lang, published=dct)).events
            if implied or not e.implied_by]


def one(text: str, lang: str, etype: str, dct: dt.date = TUESDAY):
    found = [e for e in events(text, lang, dct) if e.type == etype]
    assert len(found) == 1, [(e.type, e.date and e.date.value) for e in events(text, lang, dct)]
    return found[0]


# -- 1. a weekday of a plan in the present tense, reported by someone in the past -------------------

@pytest.mark.parametrize("text", [
    "Präsident Jon Aske kommt am Donnerstag nach Lissabon, wie das Präsidialamt am Dienstag mitteilte.",
    "Präsident Jon Aske besucht am Donnerstag Lissabon, teilte das Präsidialamt mit.",
    "Das Präsidialamt teilte mit, Präsident Jon Aske besucht am Donnerstag Lissabon.",
    "Das Präsidialamt teilte am Dienstag mit, dass Präsident Jon Aske am Donnerstag Lissabon besucht.",
])
def test_a_reported_plan_in_the_present_lies_ahead(text):
    visit = one(text, "de", "StateVisit")
    assert (visit.status, visit.date.value) == ("planned", "2024-05-16")


@pytest.mark.parametrize("text", [
    "Präsident Jon Aske besuchte am Donnerstag Lissabon, teilte das Präsidialamt mit.",
    "Präsident Jon Aske ist am Donnerstag in Lissabon eingetroffen, teilte das Präsidialamt mit.",
])
def test_a_reported_visit_in_a_past_tense_stays_past(text):
    visit = one(text, "de", "StateVisit")
    assert (visit.status, visit.date.value) == ("past", "2024-05-09")
