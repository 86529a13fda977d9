"""A date inside what a speaking verb says dates what is said, not the saying, even when what is
said tells no event of its own (kb.events.said.said_dates): after "that", after a subject
word right after the verb ("said the agency had bought it in 1987"), and before the comma of a
saying that closes the sentence ("..., the mayor said."). The saying's own day stays its own.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction_cases import events_of, told_of

DCT = "2001-06-15"  # a Friday


def statement_dates(text: str, lang: str = "en") -> list:
    return [e.date.value if e.date else None for e in told_of(events_of(text, lang, DCT), "Statement")]


@pytest.mark.parametrize("text", [
    "Minister Anna Kowalczyk said the agency had bought the building in 1987 for a small sum.",
    "Senator Olaf Brandt said he was working in Lisbon in 1975 when the coup began.",
    "Minister Anna Kowalczyk said that the agency had bought the building in 1987 for a small sum.",
    "In a statement, Mark Olsen, the chief executive, said the company's sales were hurt by a product "
    "launched in March.",
    "The convoy could leave for the border as soon as Tuesday, Minister Anna Kowalczyk said.",
    "The bridge had been closed since 1992, said Mayor Carla Diaz.",
    '"We bought the bridge in 1992," said Mayor Carla Diaz.',
    # an attribution inserted in what is said
    "Spending in 2002 will rise slightly, Mayor Carla Diaz said, from an estimated 40 million this year.",
])
def test_a_date_of_what_is_said_is_not_the_sayings(text):
    # one saying, on the publication day (the text names no day of it)
    assert statement_dates(text) == ["2001-06-15"]


@pytest.mark.parametrize("text, day", [
    ("Mayor Carla Diaz said Thursday the bridge had been closed since 1992.", "2001-06-14"),
    ("Minister Anna Kowalczyk said on Thursday that the agency had bought the building in 1987.", "2001-06-14"),
    ("The bridge had been closed since 1992, Mayor Carla Diaz said on Wednesday.", "2001-06-13"),
    ("On Wednesday, Anna Kowalczyk, the head of the agency, said the building was sold.", "2001-06-13"),
    ("On Wednesday, Mayor Carla Diaz said, the bridge was closed.", "2001-06-13"),
    ("Mayor Carla Diaz said on Wednesday, adding that the bridge had been closed in 1992.", "2001-06-13"),
    ("Spending in 2002 will rise slightly, Mayor Carla Diaz said on Wednesday, from 40 million this year.",
     "2001-06-13"),
    ("Speaking in Oslo on Tuesday, Minister Anna Kowalczyk said the plan was good.", "2001-06-12"),
    ("On Tuesday, Minister Anna Kowalczyk said the convoy would leave soon.", "2001-06-12"),
    # an object and the saying's day: no clause of what is said
    ("Minister Anna Kowalczyk told the newspaper on Monday.", "2001-06-11"),
])
def test_the_sayings_own_day_stays(text, day):
    assert statement_dates(text) == [day]


def test_an_announced_noun_keeps_the_day_of_the_announcement():
    evs = events_of("Minister Anna Kowalczyk announced her resignation on Monday.", "en", DCT)
    assert [e.date.value for e in told_of(evs, "Announcement")] == ["2001-06-11"]


def test_a_saying_split_by_dates_of_what_is_said_is_one_statement():
    # the second sentence's 1975 no longer makes a second saying of the same speaker that day
    text = ("Senator Olaf Brandt said he was working in Lisbon in 1975 when the coup began. "
            "\"It was a hard year,\" Brandt said.")
    assert statement_dates(text) == ["2001-06-15"]


@pytest.mark.parametrize("text", [
    "The agency had bought the building in 1987 for a small sum.",
    "He was working in Lisbon in 1975, when the coup began.",
])
def test_no_saying_no_statement(text):
    assert statement_dates(text) == []


def test_german_reported_speech_before_the_verb_keeps_its_own_day():
    # "..., sagte X am Mittwoch": the Wednesday after the verb is the saying's
    text = "Die Brücke sei seit 1992 geschlossen, sagte Bürgermeisterin Carla Diaz am Mittwoch."
    assert statement_dates(text, "de") == ["2001-06-13"]
