"""A meeting told by its noun with whom it was held, after a speaking verb of the same clause
("X said after the meeting with Y that ...") is the speaker's: both sides take part (issue 9).
Every sentence here is written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from kb.model import Document
from kb.pipeline import analyse

DCT = dt.date(2024, 3, 14)


def meetings(text: str, lang: str) -> list:
    evs = analyse(Document(id="t", text=text, lang=lang, published=DCT)).events
    return [sorted(p.entity.name for p in e.participants if p.entity) for e in evs if e.type == "Meeting"]


@pytest.mark.parametrize("lang,text", [
    ("en", "Chancellor Tom Berg said after the meeting with Prime Minister Anna Lund on Tuesday that the talks "
           "had been useful."),
    ("en", "Chancellor Tom Berg said after his meeting with Prime Minister Anna Lund that the talks had been useful."),
    ("de", "Bundeskanzler Tom Berg sagte nach dem Treffen mit Ministerpräsidentin Anna Lund am Dienstag, die "
           "Gespräche seien nützlich gewesen."),
])
def test_the_speaker_is_the_other_side(lang, text):
    assert meetings(text, lang) == [["Anna Lund", "Tom Berg"]]


@pytest.mark.parametrize("lang,text", [
    # a speaker who is nobody named takes no part; nor does one of a meeting between two others
    ("en", "A government spokesman said after the meeting with Prime Minister Anna Lund that the talks had been "
           "useful."),
    ("en", "Chancellor Tom Berg said after the meeting between Prime Minister Anna Lund and President Mira Holt "
           "that the talks had been useful."),
])
def test_no_speaker_joins(lang, text):
    assert all("Tom Berg" not in m for m in meetings(text, lang))




# -- what is said first, the speaker after: the speaker held the meeting ---------------------------------

@pytest.mark.parametrize("lang,text", [
    ("de", "Das Gespräch mit Ministerpräsidentin Anna Lund sei nützlich gewesen, sagte Präsident Tom Berg am Mittwoch."),
    ("en", "The meeting with Prime Minister Anna Lund had been useful, President Tom Berg said on Wednesday."),
])
def test_a_meeting_said_first_is_the_speakers(lang, text):
    evs = analyse(Document(id="t", text=text, lang=lang, published=DCT)).events
    meeting = next(e for e in evs if e.type == "Meeting")
    assert sorted(p.entity.name for p in meeting.participants if p.entity) == ["Anna Lund", "Tom Berg"]


# -- a speech addressed to an occasion named right after its verb is given on the occasion's day ---------

def test_a_speech_to_a_conference_on_its_day():
    text = "Chancellor Tom Berg addressed the Nordic Security Conference on Saturday."
    evs = analyse(Document(id="t", text=text, lang="en", published=DCT)).events
    speech = [e for e in evs if e.subtype == "Speech"]
    assert [e.date.value for e in speech] == ["2024-03-09"]


def test_a_statement_is_not_dated_by_a_conference_it_names_further_on():
    text = "Chancellor Tom Berg said he had been looking forward for many months to the Nordic Security Conference on Saturday."
    evs = analyse(Document(id="t", text=text, lang="en", published=DCT)).events
    said = [e for e in evs if e.type == "Statement" and e.subtype is None]
    assert all(e.date.value != "2024-03-09" for e in said)


# -- a date in a fronted phrase with an event noun is that noun's ----------------------------------------

def test_a_call_on_wednesday_and_a_meeting_agreed_in_it():
    text = "In a phone call on Wednesday, President Tom Berg and Prime Minister Anna Lund agreed to meet."
    evs = analyse(Document(id="t", text=text, lang="en", published=DCT)).events
    assert [(e.type, e.status, e.date.value if e.date else None) for e in evs] \
        == [("PhoneCall", "past", "2024-03-13"), ("Meeting", "planned", None)]


def test_a_fronted_day_without_a_noun_dates_the_verb():
    text = "On Wednesday, President Tom Berg met Prime Minister Anna Lund."
    evs = analyse(Document(id="t", text=text, lang="en", published=DCT)).events
    assert [(e.type, e.date.value) for e in evs] == [("Meeting", "2024-03-13")]


def test_an_election_takes_no_report_day_from_a_call():
    text = "President Tom Berg called Prime Minister Anna Lund to congratulate her on her election victory."
    evs = analyse(Document(id="t", text=text, lang="en", published=DCT)).events
    assert [e.date for e in evs if e.type == "Election"] == [None]


# -- the noun naming a saying, told after what is said, gives the saying its day ---------------------------

@pytest.mark.parametrize("lang,text", [
    ("en", "President Tom Berg announced his resignation in a televised address on Wednesday."),
    ("de", "Präsident Tom Berg kündigte seinen Rücktritt in einer Erklärung am Mittwoch an."),
])
def test_a_saying_takes_the_day_of_its_own_noun(lang, text):
    evs = analyse(Document(id="t", text=text, lang=lang, published=DCT)).events
    said = [e for e in evs if e.type in ("Announcement", "Statement")]
    assert [e.date.value for e in said] == ["2024-03-13"]


def test_a_day_of_what_is_said_stays_its_own():
    text = "President Tom Berg announced in a speech that he would visit Oslo on Friday."
    evs = analyse(Document(id="t", text=text, lang="en", published=DCT)).events
    assert {e.type: e.date.value for e in evs}["StateVisit"] == "2024-03-15"
    assert {e.type: e.date.value for e in evs}["Announcement"] != "2024-03-15"
