"""Dates by occasion as cases of the ``same`` relation of anchors.txt (stop 36): a meeting held at
a summit its phrase names, a gathering that is the occasion of an event told before it, and where a
saying after a quote was said. Every sentence here is written for these tests; the names and places
are invented."""

from __future__ import annotations

import datetime as dt

import pytest

from kb.events import anchors
from kb.lang.schema import LanguageDataError, check_file, load
from kb.model import Document
from kb.pipeline import analyse

DCT = dt.date(2024, 3, 14)  # a Thursday


def events(text: str, lang: str, dct: dt.date = DCT) -> list:
    return analyse(Document(id="t", text=text, lang=lang, published=dct)).events


def dates(text: str, lang: str, etype: str, dct: dt.date = DCT) -> list:
    return [e.date.value if e.date else None for e in events(text, lang, dct) if e.type == etype]


# (lang, text, type, publication day, the dates of the events of that type in text order)
CASES = [
    # a meeting held at a summit dated in its own words: the summit's time, at its precision
    ("en", "Prime Minister Eva Lind spoke with President Jon Aas by phone on Monday. The two leaders are due to "
           "meet at an Arctic Council summit in Tromsø next month.", "Meeting", dt.date(2024, 6, 20), ["2024-07"]),
    ("de", "Ministerpräsidentin Eva Lind telefonierte am Montag mit Präsident Jon Aas. Die beiden wollen sich am "
           "Rande des Arktis-Gipfels in Tromsø im Juli treffen.", "Meeting", dt.date(2024, 6, 20), ["2024-07"]),
    # a saying on the sidelines of a meeting dated in its own words: that day
    ("de", '"Wir sind uns einig", sagte Ministerpräsidentin Eva Lind am Rande eines Treffens in Narvik am '
           'Dienstag.', "Statement", DCT, ["2024-03-12"]),
    ("de", '"Wir sind uns einig", sagte Ministerpräsidentin Eva Lind beim Treffen in Narvik am Dienstag.',
     "Statement", DCT, ["2024-03-12"]),
    # a gathering without a date that is the occasion of the event told before it: that event's day
    ("en", "Eva Lind and Jon Aas pledged on Tuesday to deepen their ties during talks in Narvik.", "Meeting",
     DCT, ["2024-03-12"]),
    ("de", "Eva Lind sagte am Dienstag bei einem Treffen mit Jon Aas in Narvik, man sei sich einig.", "Meeting",
     DCT, ["2024-03-12"]),
    # --- what keeps its own date ---------------------------------------------------------------------
    # the talks have a day of their own
    ("en", "Eva Lind and Jon Aas pledged on Tuesday to deepen their ties during talks in Narvik on Monday.",
     "Meeting", DCT, ["2024-03-11"]),
    # --- what gives nothing: the event before is told in a month, or not dated -----------------------
    ("en", "Eva Lind and Jon Aas pledged to deepen their ties during talks in Narvik.", "Meeting", DCT,
     ["2024-03-14"]),
    ("de", "Eva Lind sagte bei einem Treffen mit Jon Aas in Narvik, man sei sich einig.", "Meeting", DCT,
     ["2024-03-14"]),
]


@pytest.mark.parametrize("lang,text,etype,dct,expected", CASES, ids=[f"{c[0]}:{c[1][30:80]}" for c in CASES])
def test_occasion_dates(lang, text, etype, dct, expected):
    assert dates(text, lang, etype, dct) == expected


def test_gathering_after_a_month_is_not_dated_by_it():
    evs = events("Eva Lind and Jon Aas pledged in March to deepen their ties during talks in Narvik on trade.", "en")
    talks = [e for e in evs if e.type == "Meeting"]
    assert all(e.date is None or e.date.source != "context" for e in talks)


@pytest.mark.parametrize("lang,text,noun,expected", [
    ("en", "she said at a joint news conference", "conference", True),
    ("en", "he said at the end of the talks", "talks", True),
    ("en", "she said on the sidelines of the Arctic summit", "summit", True),
    ("de", "sagte sie am Rande des Gipfels", "Gipfels", True),
    ("de", "sagte sie beim Treffen", "Treffen", True),
    ("de", "sagte er zum Abschluss des Gesprächs", "Gesprächs", True),
    # another relation, or too many words between: not where it was said
    ("en", "she said after the talks", "talks", False),
    ("de", "sagte sie nach dem Gipfel", "Gipfel", False),
    ("en", "she said at a long and very tense late night meeting", "meeting", False),
    ("en", "she said the talks", "talks", False),
])
def test_occasion_before(lang, text, noun, expected):
    s = text.index(noun)
    assert anchors.occasion_before(text, 0, s, lang) is expected


@pytest.mark.parametrize("lang", ["en", "de"])
def test_the_occasion_cue_is_retired(lang):
    assert all(e["cue"] != "occasion" for e in load(lang, "discourse.txt"))


def test_an_occasion_cue_line_is_an_error(tmp_path):
    bad = tmp_path / "discourse.txt"
    bad.write_text("occasion\t(?:at)\\s+$\n", encoding="utf-8")
    with pytest.raises(LanguageDataError):
        check_file(bad)
