"""Precision fixes from the fifth English audit of news text, on sentences written for these tests:
"called" that is no phone call, a company's officers and analysts (no political actors), a
company name ending in "Corp." that is no news outlet, and sayings dated by their own day rather
than by a date of what they say. The publication date is a Wednesday, 2025-03-12."""

from __future__ import annotations

import datetime as dt

import pytest

from extraction_cases import events_of, show
from kb.model import Document
from kb.pipeline import analyse

DCT = "2025-03-12"


def _of(text, cls):
    return [e for e in events_of(text, "en", DCT) if e.type.startswith(cls)]


# -- "called" -------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "In a speech on state radio Friday, Anna Berg repeatedly called Tom Becker ``a traitor'' and said war was near.",
    "Anna Berg called Tom Becker \"a coward\" on Monday.",
    "Tom Becker became the subject of a search in November when he was called a witness in the case.",
    "Tom Becker was called a witness in the trial.",
    "On Monday, Anna Berg called for Tom Becker to resign immediately.",
    "Anna Berg called on Tom Becker to resign.",
    "Anna Berg called off the talks with Tom Becker.",
    "In his Sunday sermon, Bishop Tom Becker called the murder wrong but he urged calm.",
])
def test_called_is_no_phone_call(text):
    assert not _of(text, "PhoneCall"), show(events_of(text, "en", DCT))


@pytest.mark.parametrize("text,date", [
    ("Anna Berg called Tom Becker on Monday to discuss the crisis.", "2025-03-10"),
    ("Anna Berg called Tom Becker on Monday.", "2025-03-10"),
    ("Anna Berg called Latvian President Tom Becker on Monday.", "2025-03-10"),
])
def test_a_call_stays_a_call(text, date):
    calls = _of(text, "PhoneCall")
    assert len(calls) == 1 and calls[0].date.value == date, show(calls)


# -- a company's officers -------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Tom Becker, chairman and chief executive, resigned on Monday.",
    "Tom Becker was named president of Brandt Holding Corp. on Monday.",
    "Tom Becker succeeds Anna Berg, who stepped down as chief executive officer in March.",
    "Tom Becker resigned as vice president of the retail unit on Monday.",
    "Anna Berg was appointed chief financial officer on Monday.",
])
def test_company_office_is_no_event(text):
    assert not _of(text, "Other"), show(events_of(text, "en", DCT))


@pytest.mark.parametrize("text", [
    "Latvia's prime minister Tom Becker resigned on Monday.",
    "Tom Becker resigned as foreign minister of Latvia on Monday.",
    "Tom Becker was appointed special envoy on Monday.",
])
def test_political_office_stays(text):
    assert _of(text, "Other"), show(events_of(text, "en", DCT))


@pytest.mark.parametrize("text", [
    "\"The market will recover,\" said Tom Becker, a senior analyst with Brandt Capital Inc.",
    "\"The market will recover,\" said Tom Becker, a vice president at Brandt Securities Corp.",
    "Tom Becker, president of the company's Brandt Energy Inc. unit, said the deal would cut earnings.",
    "\"Prices are stable,\" said Tom Becker, chief economist at Brandt Bank.",
    "\"Prices will rise,\" said Tom Becker, a trader at Brandt Partners in Riga.",
    "\"Prices will rise,\" said Tom Becker of Brandt Kessel & Co.",
    "Tom Becker, president and chief operating officer, said sales grew.",
])
def test_company_people_make_no_statement(text):
    assert not _of(text, "Statement"), show(events_of(text, "en", DCT))


@pytest.mark.parametrize("text", [
    "\"Talks will go on,\" said Tom Becker, the foreign minister of Latvia.",
    "\"Talks will fail,\" said Tom Becker, a political analyst at the Riga Institute.",
    "\"Talks will fail,\" said Tom Becker of the Latvian foreign ministry.",
])
def test_others_still_speak(text):
    assert _of(text, "Statement"), show(events_of(text, "en", DCT))


# -- a company is no news outlet --------------------------------------------------------------------

def _kinds(text):
    a = analyse(Document(id="t", text=text, lang="en", published=dt.date(2025, 3, 12)), until="entities")
    return {m.text: [e.kind for e in m.entities] for m in a.mentions}


def test_company_named_like_a_person():
    # a given name before a company's noun is no person ("Brandt Securities"), so it does not speak
    assert _kinds("A senior dealer with Brandt Securities noted that prices fell.").get("Brandt Securities") \
        != ["person"]
    assert not _of("An official at Kessel Securities said prices fell on Friday.", "Statement")


def test_company_named_like_an_outlet():
    assert _kinds("Brandt Media said it offered to buy shares of Kestrel Radio Corp. on Monday.").get(
        "Kestrel Radio") != ["agency"]
    assert _kinds("Kestrel Radio, Inc. was sold.").get("Kestrel Radio") != ["agency"]
    assert _kinds("Kestrel Radio reported on Monday that the minister had resigned.")["Kestrel Radio"] == ["agency"]


# -- sayings dated by their own day --------------------------------------------------------------------

@pytest.mark.parametrize("text,date", [
    # what is said is a clause of its own without "that": its date is what is said
    ("Foreign Ministry spokesman Tom Becker said special envoy Anna Berg left Tuesday for talks in Egypt.",
     "2025-03-12"),
    # a deadline in what is said before "X told reporters."
    ("The agency decided the boy should return home by April 14, agency head Tom Becker told reporters.",
     "2025-03-12"),
    # the saying's own day stays
    ("Tom Becker said on Monday that Anna Berg left Tuesday.", "2025-03-10"),
    ("Tom Becker said Monday that talks would go on.", "2025-03-10"),
    ("Tom Becker told reporters on Monday in Riga that talks would go on.", "2025-03-10"),
    ("Tom Becker said in a statement released Tuesday that talks would go on.", "2025-03-11"),
    ("Talks will resume on Tuesday, Tom Becker told reporters on Monday.", "2025-03-10"),
])
def test_saying_dated_by_its_own_day(text, date):
    says = [e for e in _of(text, "Statement") if "Tom Becker" in {p.name for p in e.participants}]
    assert says and says[0].date is not None and says[0].date.value == date and says[0].status == "past", \
        show(events_of(text, "en", DCT))


# -- who speaks after a coordinated verb --------------------------------------------------------------

@pytest.mark.parametrize("text,speaker,other", [
    ("Anna Berg called Tom Becker a liar and said war was near.", "Anna Berg", "Tom Becker"),
    ("Anna Berg met Tom Becker in Riga on Monday and said the talks went well.", "Anna Berg", None),
])
def test_coordinated_saying_keeps_its_subject(text, speaker, other):
    says = _of(text, "Statement")
    assert says and speaker in {p.name for p in says[0].participants}, show(events_of(text, "en", DCT))
    if other:
        assert other not in {p.name for p in says[0].participants}, show(says)


# -- missed constructions -------------------------------------------------------------------------------

@pytest.mark.parametrize("text,date", [
    ("Replied Anna Berg: ``We will not give in.''", "2025-03-12"),
    ("``We will not give in,'' retorted Anna Berg on Monday.", "2025-03-10"),
    ("Asked whether talks would resume, Anna Berg replied: ``Not this year.''", "2025-03-12"),
])
def test_a_reply_is_a_saying(text, date):
    says = _of(text, "Statement")
    assert says and says[0].date.value == date and "Anna Berg" in {p.name for p in says[0].participants}, \
        show(events_of(text, "en", DCT))


def test_a_reply_to_a_letter_is_none():
    assert not _of("Anna Berg has not replied to the letter.", "Statement")


def test_dated_invasion_noun():
    evs = [e for e in events_of("Estonia's invasion of Latvia on August 2 shocked the region.", "en", "2025-09-10")
           if e.type.startswith("ArmedConflictStart")]
    assert evs and evs[0].date.value == "2025-08-02", show(evs)
    assert not [e for e in events_of("Tom Becker warned against an invasion of Latvia.", "en", DCT)
                if e.type.startswith("ArmedConflictStart")]


# -- the source of "according to" ------------------------------------------------------------------------

@pytest.mark.parametrize("text,speaker", [
    ("According to sources quoted by Latvian Radio, Anna Berg had asked for a delay.", "Latvian Radio"),
    ("According to Latvian Radio, Anna Berg had asked for a delay.", "Latvian Radio"),
    ("According to a spokesman, Anna Berg had asked for a delay.", None),
    ("According to Tom Becker, talks will resume on Monday.", "Tom Becker"),
])
def test_according_to_names_the_source(text, speaker):
    says = _of(text, "Statement")
    assert says, show(events_of(text, "en", DCT))
    names = {p.name for p in says[0].participants}
    assert "Anna Berg" not in names, show(says)
    if speaker:
        assert speaker in names, show(says)


@pytest.mark.parametrize("text", [
    "According to officials, Anna Berg had asked for a delay.",
    "According to diplomats in Riga, Anna Berg had asked for a delay.",
])
def test_according_to_unnamed_sources_makes_no_one_speak(text):
    assert all("Anna Berg" not in {p.name for p in e.participants} for e in _of(text, "Statement")), \
        show(events_of(text, "en", DCT))
