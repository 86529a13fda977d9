"""A person has one death: two accounts of one person's death are one event (kb.eventtypes ``once``).
Every sentence here is written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from kb.model import Document
from kb.pipeline import analyse

DCT = dt.date(2024, 3, 14)


@pytest.mark.parametrize("lang,text", [
    ("de", "Der frühere Präsident Tom Berg ist tot. Er starb am Dienstag im Alter von 81 Jahren in Oslo."),
    ("en", "Former President Tom Berg has died. He died on Tuesday in Oslo at the age of 81."),
])
def test_one_death_told_twice(lang, text):
    evs = analyse(Document(id="t", text=text, lang=lang, published=DCT)).events
    deaths = [e for e in evs if e.subtype == "Death"]
    assert [(e.date.value, e.date.source) for e in deaths] == [("2024-03-12", "text")]


def test_two_deaths_of_two_people_stay_two():
    text = "Former President Tom Berg died on Tuesday. Former Prime Minister Anna Lund died on Monday."
    evs = analyse(Document(id="t", text=text, lang="en", published=DCT)).events
    assert sorted(e.date.value for e in evs if e.subtype == "Death") == ["2024-03-11", "2024-03-12"]
