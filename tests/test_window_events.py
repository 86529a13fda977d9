"""An event that opens a "since" window of a claim is an event of its own when it has a date of
its own -- also behind a comma ("since taking office, in March"); a fronted phrase
without a subject ("After taking office, X met Y") is done by the main clause's subject.
Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from kb.model import Document
from kb.pipeline import analyse

DCT = "2023-06-14"


def taking_office(text: str, lang: str = "en"):
    a = analyse(Document(id="t", text=text, lang=lang, published=dt.date.fromisoformat(DCT)))
    return [({p.name for p in e.participants}, e.date.value if e.date else None)
            for e in a.events if e.subtype == "TakingOffice"]


@pytest.mark.parametrize("text", [
    "Prime Minister Anna Berg hailed the harbour deal on her first journey abroad since taking office, in March.",
    "Prime Minister Anna Berg hailed the harbour deal on her first journey abroad since taking office in March.",
])
def test_a_dated_window_start_is_an_event(text):
    assert ({"Anna Berg"}, "2023-03") in taking_office(text)


@pytest.mark.parametrize("text,lang", [
    ("Prime Minister Anna Berg hailed the harbour deal on her first journey abroad since taking office.", "en"),
    ("Since taking office, Prime Minister Anna Berg has met Tom Becker twice.", "en"),
    ("Es ist die dritte Reise von Anna Berg seit ihrem Amtsantritt.", "de"),
])
def test_an_undated_window_start_is_the_claims(text, lang):
    assert taking_office(text, lang) == []


@pytest.mark.parametrize("text,who", [
    ("After taking office, Prime Minister Anna Berg met Tom Becker in Riga.", {"Anna Berg"}),
    ("After his inauguration, Tom Becker travelled to Kenya.", {"Tom Becker"}),
])
def test_a_fronted_phrase_is_done_by_the_main_clauses_subject(text, who):
    assert [p for p, _ in taking_office(text)] == [who]


@pytest.mark.parametrize("text", [
    "After the summit, Anna Berg met Tom Becker in Riga.",
    "After the talks, Anna Berg travelled to Kenya.",
])
def test_a_fronted_meeting_or_summit_takes_no_subject_from_the_main_clause(text):
    a = analyse(Document(id="t", text=text, lang="en", published=dt.date.fromisoformat(DCT)))
    assert not [e for e in a.events if e.type == "Summit"]
    assert not [e for e in a.events if e.type == "Meeting" and {p.name for p in e.participants} == {"Anna Berg"}]
