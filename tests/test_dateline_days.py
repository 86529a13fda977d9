"""A news agency's dateline dates the report, not the events its first sentence tells with a day of
their own ("SEOUL, April 10 (Agency) -- X met Y on Tuesday": Tuesday). Every sentence here is
written for these tests (invented agency and people)."""

from __future__ import annotations

import datetime as dt

import pytest

from kb.model import Document
from kb.pipeline import analyse

DCT = dt.date(2024, 4, 10)  # a Wednesday


def dates(text: str, lang: str = "en") -> list:
    return [(e.type, e.date.value, e.date.source) for e in
            analyse(Document(id="t", text=text, lang=lang, published=DCT)).events if e.date]


@pytest.mark.parametrize("text", [
    "OSLO, April 10 (Nordpress) -- President Tom Berg met Prime Minister Anna Lund in Oslo on Tuesday.",
    "OSLO, April 10 (Nordpress) - President Tom Berg met Prime Minister Anna Lund in Oslo on Tuesday.",
    "OSLO, April 10 (Nordpress) — President Tom Berg met Prime Minister Anna Lund in Oslo on Tuesday.",
])
def test_the_events_own_day_not_the_datelines(text):
    assert dates(text) == [("Meeting", "2024-04-09", "text")]


def test_a_day_told_from_an_earlier_dateline():
    text = "OSLO, April 9 (Nordpress) -- President Tom Berg met Prime Minister Anna Lund in Oslo on Monday."
    assert dates(text) == [("Meeting", "2024-04-08", "text")]


def test_with_no_day_of_its_own_the_dateline_dates_the_report():
    text = "OSLO, April 9 (Nordpress) -- President Tom Berg met Prime Minister Anna Lund in Oslo."
    assert dates(text) == [("Meeting", "2024-04-09", "publication")]
