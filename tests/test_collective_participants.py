"""Participants told collectively: "the two sides" and "die Präsidenten der beiden Länder" refer to
the two parties named just before; the office holders of a body of states ("die Außenminister der
G7", "NATO foreign ministers") are the body; a protest against no one named takes the country
where it is held. Sentences written for this test, with invented names."""

from __future__ import annotations

import datetime as dt

import pytest

from kb.model import Document
from kb.pipeline import analyse

DCT = dt.date(2024, 3, 13)  # a Wednesday


def run(text: str, lang: str):
    return analyse(Document(id="t", text=text, lang=lang, published=DCT))


def names(ev) -> set[str]:
    return {p.entity.name for p in ev.participants if p.entity is not None}


def group(a, surface: str) -> list[str] | None:
    for m in a.mentions:
        if m.text == surface:
            return sorted(e.name for e in m.entities)
    return None


@pytest.mark.parametrize("lang,text,surface,expected", [
    ("en", "Norway and Sweden argued for years. The two sides signed a treaty on Monday.",
     "The two sides", ["Norway", "Sweden"]),
    ("en", "Poland and Lithuania share a border. The two countries signed a pact on Monday.",
     "The two countries", ["Lithuania", "Poland"]),
    ("en", "Tom Becker met Anna Kovacs in Oslo. Both sides agreed to meet again.",
     "Both sides", ["Anna Kovacs", "Tom Becker"]),
    # a country after a locative is where the two met, not a side
    ("en", "Norway and Sweden held talks in Finland. The two sides signed a treaty on Monday.",
     "The two sides", ["Norway", "Sweden"]),
    ("de", "Norwegen und Schweden stritten lange. Beide Seiten unterzeichneten am Montag ein Abkommen.",
     "Beide Seiten", ["Norway", "Sweden"]),
    ("de", "Polen und Litauen sind Nachbarn. Die beiden Länder unterzeichneten am Montag ein Abkommen.",
     "Die beiden Länder", ["Lithuania", "Poland"]),
    ("de", "Tomas Reyes traf Paula Brandstetter in Oslo. Die Präsidenten der beiden Länder sprachen lange.",
     "Die Präsidenten der beiden Länder", ["Paula Brandstetter", "Tomas Reyes"]),
])
def test_the_two_parties_named_before(lang, text, surface, expected):
    assert group(run(text, lang), surface) == expected


@pytest.mark.parametrize("lang,text", [
    ("en", "The two teams met in the final on Sunday."),
    ("en", "Farmers on both sides of the river met on Sunday."),
    ("en", "The two sides met on Sunday."),  # no parties named before: no event
    ("de", "Die Fischer von beiden Seiten des Sees kamen am Montag zusammen."),
    ("de", "Die beiden Mannschaften trafen sich am Sonntag im Finale."),
])
def test_nothing_without_two_parties(lang, text):
    assert not run(text, lang).events


def test_the_two_sides_take_part_in_the_event():
    a = run("Norway and Sweden argued for years. The two sides signed a treaty in Oslo on Monday.", "en")
    assert any(names(ev) == {"Norway", "Sweden"} and ev.date and ev.date.value == "2024-03-11" for ev in a.events)


@pytest.mark.parametrize("lang,text,body", [
    ("de", "Die Außenminister der G7 treffen sich am Freitag in Rom.", "G7"),
    ("de", "Die Nato-Außenminister trafen sich am Dienstag in Brüssel.", "NATO"),
    ("de", "Die EU-Außenminister kamen am Montag in Brüssel zusammen.", "European Union"),
    ("de", "Die Staats- und Regierungschefs der G7 kommen am Donnerstag in Rom zusammen.", "G7"),
    ("en", "The G7 foreign ministers met in Rome on Friday.", "G7"),
    ("en", "The foreign ministers of ASEAN met in Jakarta on Monday.", "ASEAN"),
    ("en", "NATO foreign ministers met in Brussels on Tuesday.", "NATO"),
    ("en", "EU leaders will meet in Brussels on Thursday.", "European Union"),
])
def test_the_body_of_states_takes_part(lang, text, body):
    events = run(text, lang).events
    assert any(body in names(ev) for ev in events), [(ev.type, names(ev)) for ev in events]


def test_an_office_of_a_body_held_by_one_stays_its_holder():
    a = run("Der Nato-Generalsekretär traf am Montag Tomas Reyes.", "de")
    assert all("NATO" not in names(ev) for ev in a.events)


@pytest.mark.parametrize("text,country", [
    ("Thousands of protesters rallied in Riga on Sunday against the new media law.", "Latvia"),
    ("Demonstrators marched in Lisbon on Saturday.", "Portugal"),
])
def test_a_protest_against_no_one_named_takes_its_country(text, country):
    events = run(text, "en").events
    assert any(ev.subtype == "Protest" and names(ev) == {country} for ev in events)


def test_a_protest_against_someone_named_takes_them():
    events = run("Protesters rallied against Tom Becker in Riga on Monday.", "en").events
    assert any(ev.subtype == "Protest" and names(ev) == {"Tom Becker"} for ev in events)


@pytest.mark.parametrize("text", [
    "Protesters gathered outside the stadium on Sunday.",  # no place: no country
    "Fans gathered in Madrid on Sunday.",
])
def test_no_protest_without_a_place(text):
    assert not run(text, "en").events
