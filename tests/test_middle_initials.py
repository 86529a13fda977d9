"""A person not in the gazetteer named with a middle initial ("Paul R. Dorsey") is one name, not
the given name and the initial ("Paul R"): the initial's full stop does not end the name when a
capitalised word follows (kb.entities.linker find_unknown_persons). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction_cases import events_of, told_of

DCT = "2001-06-15"


def speakers(text: str) -> list[str]:
    return sorted(p.name for e in told_of(events_of(text, "en", DCT), "Statement") for p in e.participants)


@pytest.mark.parametrize("text, name", [
    ("Chairman Paul R. Dorsey said profits would rise.", "Paul R. Dorsey"),
    ('"It is a small step," said Jonathan S. Gelles of the Brandt bank.', "Jonathan S. Gelles"),
    ("Paul E. Lorimer, the company's president, said sales rose.", "Paul E. Lorimer"),
])
def test_a_middle_initial_stays_inside_the_name(text, name):
    assert speakers(text) == [name]


def test_two_names_with_initials_are_two_people():
    evs = events_of("Later Paul R. Dorsey met Anna K. Lindqvist in Oslo.", "en", DCT)
    names = {p.name for e in told_of(evs, "Meeting") for p in e.participants}
    assert {"Paul R. Dorsey", "Anna K. Lindqvist"} <= names


def test_a_name_without_initial_is_unchanged():
    assert speakers("Chairman Paul Dorsey said profits would rise.") == ["Paul Dorsey"]


def test_an_initial_before_a_lower_case_word_ends_nothing_new():
    # no capitalised word after the initial: the name is not carried into the verb
    assert all("said" not in n for n in speakers("Paul R. said profits would rise."))
