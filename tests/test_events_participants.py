"""Who takes part in an event: capitals standing for their governments (also when listed), a
pair of leaders told by "both" / "beide" / "die Präsidenten", and what must stay as it was.
Sentences written for this test, with invented names."""

from __future__ import annotations

import datetime as dt

import pytest

from kb.model import Document
from kb.pipeline import analyse

DCT = dt.date(2024, 3, 13)  # a Wednesday


def run(text: str, lang: str):
    return analyse(Document(id="t", text=text, lang=lang, published=DCT))


def parties(text: str, lang: str, etype: str) -> list[set[str]]:
    return [{p.entity.name for p in ev.participants if p.entity is not None}
            for ev in run(text, lang).events if ev.type == etype]


# -- a capital as the subject of what a government does, and a capital listed with it ---------

@pytest.mark.parametrize("lang,text,etype,expected", [
    ("en", "Oslo and Stockholm signed a fishing accord on Monday.", "AgreementSigning",
     {"Government of Norway", "Government of Sweden"}),
    ("en", "Oslo signed a fishing accord with Sweden on Monday.", "AgreementSigning", {"Government of Norway"}),
    ("de", "Oslo und Stockholm unterzeichneten am Montag ein Fischereiabkommen.", "AgreementSigning",
     {"Government of Norway", "Government of Sweden"}),
    ("de", "Oslo unterzeichnete am Montag ein Fischereiabkommen mit Schweden.", "AgreementSigning",
     {"Government of Norway"}),
])
def test_capitals_that_act_are_their_governments(lang, text, etype, expected):
    assert expected <= set().union(*parties(text, lang, etype))


@pytest.mark.parametrize("lang,text,surface,place", [
    # a capital after a place preposition stays a place, even before "and" and a government's verb
    ("en", "Tom Becker travelled to Oslo and Stockholm signed the accord.", "Oslo", "Oslo"),
    ("de", "Tom Becker reiste nach Oslo und Stockholm unterzeichnete das Abkommen.", "Oslo", "Oslo"),
    # a capital listed with a place is no government
    ("en", "Tom Becker visited Oslo and Stockholm on Monday.", "Stockholm", "Stockholm"),
])
def test_capitals_that_are_places_stay_places(lang, text, surface, place):
    a = run(text, lang)
    kinds = [m.kind for m in a.mentions if m.text == surface]
    assert kinds and "metonym" not in kinds


def test_a_government_verb_makes_no_person_of_two_capitalised_words():
    # "+" lines of metonyms.txt are no verbs of saying: no unknown person "Beide Seiten"
    a = run("Norwegen und Schweden stritten lange. Beide Seiten unterzeichneten ein Abkommen.", "de")
    assert not [m for m in a.mentions if m.text == "Beide Seiten" and m.entities
                and m.entities[0].kind == "person"]


# -- "both", "beide", "die Präsidenten": the two persons named before -------------------------

@pytest.mark.parametrize("lang,text,etype", [
    ("en", "Tom Becker met Anna Kovacs in Oslo on Monday. Both later spoke by phone with Paul Kern.", "PhoneCall"),
    ("en", "Tom Becker met Anna Kovacs in Oslo on Monday. Afterwards, both held a joint press conference.",
     "Statement"),
    ("de", "Tom Becker traf am Montag Anna Kovacs in Oslo. Anschließend gaben beide eine Pressekonferenz.",
     "Statement"),
    ("de", "Tom Becker traf am Montag Anna Kovacs in Oslo. Beide telefonierten danach mit Paul Kern.", "PhoneCall"),
    ("de", "Tom Becker traf am Montag Anna Kovacs in Oslo. Danach telefonierten die Präsidenten mit Paul Kern.",
     "PhoneCall"),
])
def test_both_is_the_pair_named_before(lang, text, etype):
    got = parties(text, lang, etype)
    assert got and {"Tom Becker", "Anna Kovacs"} <= got[-1]


@pytest.mark.parametrize("lang,text,surface", [
    # "both" before a noun is no pair of its own ("both countries" is read as the sides)
    ("en", "Tom Becker met Anna Kovacs in Oslo. Both teams played well on Monday.", "Both"),
    ("de", "Tom Becker traf Anna Kovacs in Oslo. Beide großen Parteien unterzeichneten ein Abkommen.", "Beide"),
    # "die Präsidenten" of someone named after it is no pair of the persons before
    ("de", "Tom Becker traf Anna Kovacs in Oslo. Die Präsidenten der Nachbarstaaten reisten ab.",
     "Die Präsidenten"),
    ("de", "Tom Becker traf Anna Kovacs in Oslo. Die Präsidenten zahlreicher Staaten reisten ab.",
     "Die Präsidenten"),
    ("de", "Tom Becker traf Anna Kovacs in Oslo. Für beide ist das Abkommen wichtig.", "beide"),
])
def test_both_before_a_noun_or_a_genitive_is_no_pair(lang, text, surface):
    a = run(text, lang)
    assert not [m for m in a.mentions if m.text == surface and m.kind == "group"]


# -- "the two leaders" after a sentence naming three: the two who act, not who reports --------

def pair_of(text: str, lang: str, surface: str) -> list[str] | None:
    for m in run(text, lang).mentions:
        if m.text == surface and m.kind == "group":
            return sorted(e.name for e in m.entities)
    return None


@pytest.mark.parametrize("lang,text,surface", [
    ("en", "Aide Paul Kern briefed reporters on the call between Tom Becker and Anna Kovacs. "
           "The two leaders agreed to meet in May.", "The two leaders"),
    ("en", "Paul Kern said Tom Becker had met Anna Kovacs. The two leaders agreed to meet again.", "The two leaders"),
    ("en", "Tom Becker met Anna Kovacs on Monday, press secretary Paul Kern said. The two leaders agreed to "
           "meet again.", "The two leaders"),
    ("en", "Tom Becker spoke by phone with Anna Kovacs. Becker told Kovacs about his talks with Paul Kern. "
           "The two leaders also agreed to meet in May.", "The two leaders"),
    ("de", "Tom Becker traf am Montag Anna Kovacs, sagte Sprecher Paul Kern. Die beiden Politiker vereinbarten "
           "ein weiteres Treffen.", "Die beiden Politiker"),
    # a capitalised plural office noun, as readouts write it
    ("en", "Tom Becker spoke by phone with Anna Kovacs. The Presidents agreed to meet in May.", "The Presidents"),
    ("en", "Tom Becker spoke by phone with Anna Kovacs. The heads of state agreed to meet in May.",
     "The heads of state"),
    # unchanged: two persons named in two sentences
    ("en", "Tom Becker landed in Oslo. There he met Anna Kovacs. The two leaders signed a treaty.", "The two leaders"),
])
def test_the_two_leaders_are_the_two_who_act(lang, text, surface):
    assert pair_of(text, lang, surface) == ["Anna Kovacs", "Tom Becker"]
