"""A speaker named by a description only ("An Upjohn spokesman"), referred to again by its head
noun ("The spokesman said ...") or by the same words, makes one statement per occasion, like a
named speaker (kb.events.dedupe._same_unnamed_speaker). Sentences written for these tests."""

from __future__ import annotations

from tests.extraction_cases import events_of, told_of

DCT = "2001-06-15"


def statements(text: str) -> list:
    return told_of(events_of(text, "en", DCT), "Statement")


def test_the_head_noun_again_is_the_same_speaker():
    evs = statements("A Norvik Steel spokesman said the plant would stay open. The spokesman said it was the "
                     "first such plan. Earlier cuts removed 300 jobs, the spokesman said.")
    assert len(evs) == 1
    assert {p.label for p in evs[0].participants} >= {"A Norvik Steel spokesman"}


def test_the_same_description_again_is_the_same_speaker():
    evs = statements("A Norvik Steel spokeswoman said the plant would stay open. "
                     "Prices were stable, a Norvik Steel spokeswoman said.")
    assert len(evs) == 1


def test_two_different_descriptions_are_two_speakers():
    evs = statements("A Norvik Steel spokesman said the plant would stay open. "
                     "A harbour authority spokeswoman said the port was closed.")
    assert len(evs) == 2


def test_a_named_speaker_and_a_description_stay_apart():
    evs = statements("Mayor Carla Diaz said the bridge was safe. The spokesman said repairs would start soon.")
    assert len(evs) == 2


def test_sayings_on_two_told_days_stay_apart():
    evs = statements("A Norvik Steel spokesman said on Monday the plant would stay open. "
                     "The spokesman said on Wednesday that it would close.")
    assert sorted(e.date.value for e in evs) == ["2001-06-11", "2001-06-13"]
