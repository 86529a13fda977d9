"""The trigger and event layer on sentences written for these tests (English and German): which
triggers make an event, what an event needs to stand, and what merging keeps. Names not in the
gazetteer are invented."""

from __future__ import annotations

import datetime as dt

import pytest

from kb.eventtypes import family
from kb.model import Document
from kb.pipeline import analyse


def run(text: str, lang: str, dct: str = "2024-05-14"):
    return analyse(Document(id="t", text=text, lang=lang, published=dt.date.fromisoformat(dct)))


def names(ev) -> set[str]:
    return {p.entity.name if p.entity else p.label for p in ev.participants}


def of_family(a, fam: str) -> list:
    return [e for e in a.events if family(e.type) == fam]


# -- "meet" a goal is no contact -------------------------------------------------------------------

@pytest.mark.parametrize("text,lang", [
    ("Germany met NATO's spending target last year.", "en"),
    ("Olaf Scholz met NATO's two percent target in 2023.", "en"),
    ("The government met the deadline on Friday.", "en"),
    ("Poland meets the criteria for membership, the commission found.", "en"),
    ("Emmanuel Macron said France would meet its climate goals.", "en"),
    ("Deutschland erfüllte die Kriterien im vergangenen Jahr.", "de"),
    ("Olaf Scholz erfüllte am Montag die Vorgaben der NATO.", "de"),
])
def test_meet_a_goal_is_no_contact(text, lang):
    a = run(text, lang)
    assert not of_family(a, "Contact"), [(e.type, names(e)) for e in a.events]


@pytest.mark.parametrize("text,lang", [
    ("Olaf Scholz met Emmanuel Macron in Paris on Monday.", "en"),
    ("Olaf Scholz met NATO Secretary General Jens Stoltenberg on Monday.", "en"),
    ("Olaf Scholz traf am Montag Emmanuel Macron in Paris.", "de"),
])
def test_meet_a_person_is_a_meeting(text, lang):
    a = run(text, lang)
    assert of_family(a, "Contact"), [(e.type, names(e)) for e in a.events]
