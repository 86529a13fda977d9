"""Recall and date fixes from the sixth English audit of news text (TimeBank/AQUAINT), on sentences
written for these tests (invented names and places): accessions told in the plural or in the
present perfect without a date, crowds that throng or gather to denounce, rallies joined, a
response given, a quote closed by "exclaimed", the possibility of a meeting (hypothetical), a
capitalised name ending in "-ed" ("United States") that is no past-tense cue, a saying told again
by a speaker dated before, and a crowd that lends no one of the sentence before. The publication
date is a Wednesday, 2025-03-12."""

from __future__ import annotations

import pytest

from extraction_cases import events_of, show

DCT = "2025-03-12"


def _of(text, cls):
    return [e for e in events_of(text, "en", DCT) if e.type.startswith(cls)]


def _who(ev):
    return {p.entity.name if p.entity else p.label for p in ev.participants}


# -- accessions ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,date", [
    ("Latvia, Estonia and Lithuania today became full-fledged members of the Nordic Council.", "2025-03-12"),
    ("Latvia and Estonia became full members of NATO on Monday.", "2025-03-10"),
    ("The presidents of Latvia and Estonia have signed papers of accession in two ceremonies.", "2025-03-12"),
    ("Latvia has formally joined NATO.", "2025-03-12"),
])
def test_accession_in_the_plural_or_the_present_perfect(text, date):
    found = _of(text, "Other")
    assert [(e.subtype, e.date.value if e.date else None) for e in found] == [("Accession", date)], show(found)


@pytest.mark.parametrize("text", [
    "Latvia, which has joined NATO, is a small country.",
    "Latvia signed papers of accession.",
    "Tom Becker and Anna Berg became members of the chess club in 2004.",
    "Latvia has signed many papers on fishing.",
])
def test_no_accession_without_news_of_it(text):
    assert not [e for e in _of(text, "Other") if e.subtype == "Accession"], show(events_of(text, "en", DCT))


# -- crowds ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,date", [
    ("Anti-government demonstrators thronged the square near the embassy in Riga on Monday.", "2025-03-10"),
    ("Hundreds of veterans gathered Wednesday night in Riga to denounce the ruling.", "2025-03-12"),
    ("Thousands of farmers massed in Riga on Tuesday to demand lower taxes.", "2025-03-11"),
    ("Anna Berg joined President Tom Becker on Monday in a crowded hall at a rally to demand the boy's return.",
     "2025-03-10"),
])
def test_a_crowd_that_protests(text, date):
    found = [e for e in _of(text, "Other") if e.subtype == "Protest"]
    assert len(found) == 1 and found[0].date.value.startswith(date), show(found)


@pytest.mark.parametrize("text", [
    "The ministers gathered in Riga on Monday to discuss the budget.",
    "Mourners gathered in Riga on Monday to remember the victims.",
    "Anna Berg joined Tom Becker for lunch in Riga on Monday.",
    "Bank shares joined the rally on Monday.",
    "Tourists thronged the beaches of Riga on Sunday.",
])
def test_no_protest(text):
    assert not [e for e in _of(text, "Other") if e.subtype == "Protest"], show(events_of(text, "en", DCT))


def test_a_crowd_lends_nobody_of_the_sentence_before():
    text = "Lawyers sent letters to Anna Berg. Protesters rallied in Oslo on Wednesday."
    found = [e for e in _of(text, "Other") if e.subtype == "Protest"]
    assert all("Anna Berg" not in _who(e) for e in found), show(found)


# -- sayings ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,who", [
    ("``At last,'' Anna Berg exclaimed.", "Anna Berg"),
    ("In Riga, the Latvian government gave a cautious first response to the ruling on Monday.", "Government of Latvia"),
])
def test_sayings(text, who):
    found = _of(text, "Statement")
    assert len(found) == 1 and who in _who(found[0]), show(found)


@pytest.mark.parametrize("text", [
    "The vaccine gave a strong response in the trial.",
    "Anna Berg exclaimed in surprise when the ball hit the net.",
])
def test_no_sayings(text):
    assert not _of(text, "Statement"), show(events_of(text, "en", DCT))


def test_a_saying_told_again_keeps_the_speakers_day():
    text = ("Interior Minister Tom Becker said on Monday the plan was sound. Anna Berg praised the plan. "
            "The boy was found at sea last Thanksgiving. Tom Becker said that the agency acted appropriately.")
    found = [e for e in _of(text, "Statement") if "Tom Becker" in _who(e)]
    assert [e.date.value for e in found] == ["2025-03-10"], show(found)


def test_a_saying_of_another_speaker_is_not_said_again():
    text = "Interior Minister Tom Becker said on Monday the plan was sound. Mayor Anna Berg said the plan was bad."
    found = _of(text, "Statement")
    assert sorted(n for e in found for n in _who(e)) == ["Anna Berg", "Tom Becker"], show(found)


# -- status ----------------------------------------------------------------------------------------

def test_the_possibility_of_a_meeting_is_hypothetical():
    text = "The possibility of a meeting between Anna Berg and Tom Becker reemerged on Monday."
    found = _of(text, "Meeting")
    assert [e.status for e in found] == ["hypothetical"], show(found)


@pytest.mark.parametrize("place", ["the United States", "Norway"])
def test_an_invited_visit_is_planned_whatever_the_place(place):
    found = _of(f"Anna Berg has invited Polish Foreign Minister Jan Nowak to visit {place}.", "StateVisit")
    assert [e.status for e in found] == ["planned"], show(found)


# -- an unknown name after its country's possessive --------------------------------------------------

def test_an_unknown_name_after_a_possessive_speaks():
    found = _of("Latvia's Zorvan Kelt said on Monday war could come.", "Statement")
    assert [sorted(_who(e)) for e in found] == [["Zorvan Kelt"]], show(found)


@pytest.mark.parametrize("text", [
    "Latvia's Supreme Court said on Monday the law was void.",
    "Latvia's Central Bank said on Monday rates would rise.",
])
def test_a_body_after_a_possessive_is_no_person(text):
    people = [m for m in _mentions(text) if m.entities and m.entities[0].kind == "person"]
    assert not people, people


def _mentions(text):
    import datetime as dt

    from kb.model import Document
    from kb.pipeline import analyse

    return analyse(Document(id="t", text=text, lang="en", published=dt.date.fromisoformat(DCT))).mentions


# -- ", said X." after what is said, without quotes -----------------------------------------------

@pytest.mark.parametrize("text,who", [
    ("With the stakes so high, it is unlikely the case of Tom Becker will be closed quickly, said Anna Berg, "
     "a former adviser to the president.", "Anna Berg"),
    ("It is unlikely that Tom Becker will win, said Anna Berg.", "Anna Berg"),
    ("Tom Becker, the chancellor, said Anna Berg would come.", "Tom Becker"),
])
def test_the_speaker_after_said_at_the_end(text, who):
    found = _of(text, "Statement")
    assert [sorted(_who(e)) for e in found] == [[who]], show(found)


# -- a saying told by a noun in a fronted phrase ----------------------------------------------------

def test_a_news_conference_before_the_speaker_is_the_speakers():
    text = ("Tom Becker met Anna Berg on Monday. At a news conference, Secretary of State Paula Brandt said "
            "Latvia is seeking some guidance.")
    found = _of(text, "Statement")
    assert [(e.subtype, sorted(_who(e))) for e in found] == [("PressConference", ["Paula Brandt"])], show(found)


def test_a_news_conference_before_a_meeting_is_not_the_meetings():
    text = "Tom Becker met Anna Berg on Monday. After the press conference, Paula Brandt met Anna Lind."
    found = _of(text, "Statement")
    assert all("Paula Brandt" not in _who(e) for e in found), show(found)


# -- a ship's name ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Fighter planes and the aircraft carrier Tom Becker are also headed to Latvia.",
    "The warship Anna Berg arrived in Riga on Monday.",
])
def test_a_ship_named_after_someone_makes_no_visit(text):
    assert not _of(text, "StateVisit"), show(events_of(text, "en", DCT))


@pytest.mark.parametrize("text,who", [
    ("A major project is the joint building of cargo planes, the Kremlin statement said.", "Kremlin"),
    ("The ships left port on Monday, Anna Berg said.", "Anna Berg"),
])
def test_a_name_after_a_comma_behind_a_vehicle_still_speaks(text, who):
    found = _of(text, "Statement")
    assert [sorted(_who(e)) for e in found] == [[who]], show(found)


# -- a relative clause without commas ---------------------------------------------------------------

def test_the_date_of_a_relative_clause_without_commas_is_not_the_main_verbs():
    found = _of("Diplomats who served in Riga in 1983 met Tom Becker in Oslo on Wednesday.", "Meeting")
    assert [e.date.value for e in found] == ["2025-03-12"], show(found)


def test_a_relative_clause_keeps_its_own_date():
    found = _of("Tom Becker, who met Anna Berg in Oslo on Monday, said nothing.", "Meeting")
    assert [e.date.value for e in found] == ["2025-03-10"], show(found)
