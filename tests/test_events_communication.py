"""Statements and announcements: who speaks, and when two sayings are one. Sentences written for
these tests, with invented names (German and English)."""

from __future__ import annotations

import datetime as dt

import pytest

from kb.model import Document
from kb.pipeline import analyse


def run(text: str, lang: str, dct: str = "2024-05-14"):
    return analyse(Document(id="t", text=text, lang=lang, published=dt.date.fromisoformat(dct)))


def speakers(a) -> list[set[str]]:
    return [{p.entity.name if p.entity else p.label for p in e.participants}
            for e in a.events if e.type == "Statement"]


# -- the person named with a title speaks, not the title ---------------------------------------------

@pytest.mark.parametrize("text,lang,who", [
    ("The spokesman for the State Department, Tom Berg, said on Monday that the talks had been useful.",
     "en", "Tom Berg"),
    ("A spokeswoman for the ministry, Jane Doe, told reporters the meeting had been postponed.", "en", "Jane Doe"),
    ("Der Sprecher des Auswärtigen Amts, Max Muster, sagte am Montag, die Gespräche seien gut verlaufen.",
     "de", "Max Muster"),
    ("Eine Sprecherin der Regierung, Erika Beispiel, erklärte, der Termin stehe fest.", "de", "Erika Beispiel"),
])
def test_a_person_in_apposition_to_an_unnamed_title_speaks(text, lang, who):
    assert speakers(run(text, lang)) == [{who}]


@pytest.mark.parametrize("text,lang,who", [
    ("White House Press Secretary Jane Doe told reporters on Monday that the talks went well.", "en", "Jane Doe"),
    ("Regierungssprecher Max Muster sagte am Montag, die Gespräche seien gut verlaufen.", "de", "Max Muster"),
])
def test_a_title_before_a_name_is_no_speaker_of_its_own(text, lang, who):
    assert speakers(run(text, lang)) == [{who}]


def test_a_name_after_the_saying_verb_is_what_is_said_not_who_says_it():
    # the comma follows the verb: Tom Berg is what the spokesman spoke of
    a = run("The spokesman for the ministry said, Tom Berg would visit Paris.", "en")
    assert all("Tom Berg" not in who for who in speakers(a))
