"""A person has one death: two accounts of one person's death are one event (kb.eventtypes ``once``);
an attack on a city named after its kind is placed there. Every sentence here is written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from kb.model import Document
from kb.pipeline import analyse

DCT = dt.date(2024, 3, 14)


@pytest.mark.parametrize("lang,text", [
    ("de", "Der frühere Präsident Tom Berg ist tot. Er starb am Dienstag im Alter von 81 Jahren in Oslo."),
    ("en", "Former President Tom Berg has died. He died on Tuesday in Oslo at the age of 81."),
])
def test_one_death_told_twice(lang, text):
    evs = analyse(Document(id="t", text=text, lang=lang, published=DCT)).events
    deaths = [e for e in evs if e.subtype == "Death"]
    assert [(e.date.value, e.date.source) for e in deaths] == [("2024-03-12", "text")]


def test_two_deaths_of_two_people_stay_two():
    text = "Former President Tom Berg died on Tuesday. Former Prime Minister Anna Lund died on Monday."
    evs = analyse(Document(id="t", text=text, lang="en", published=DCT)).events
    assert sorted(e.date.value for e in evs if e.subtype == "Death") == ["2024-03-11", "2024-03-12"]


# -- an attack on a place named after its kind ("die Stadt Odessa") is placed there ----------------------

@pytest.mark.parametrize("text", [
    "Bei einem Raketenangriff auf die Stadt Lwiw wurden am Dienstag fünf Menschen getötet.",
    "Bei einem Drohnenangriff auf die ukrainische Stadt Lwiw sind am Dienstag zwei Menschen ums Leben gekommen.",
])
def test_an_attack_on_a_city_named_after_its_kind(text):
    evs = analyse(Document(id="t", text=text, lang="de", published=DCT)).events
    attacks = [e for e in evs if e.subtype == "Attack"]
    assert [(e.place.entity.name, e.date.value) for e in attacks] == [("Lviv", "2024-03-12")]


def test_no_attack_where_nothing_was_attacked():
    text = "Der Angriff auf die Tabellenspitze gelang dem FC Bergen am Dienstag nicht."
    evs = analyse(Document(id="t", text=text, lang="de", published=DCT)).events
    assert not [e for e in evs if e.subtype == "Attack"]


# -- who ratifies: the state that is the subject, beside what it ratifies -----------------------------

@pytest.mark.parametrize("lang,text", [
    ("de", "Norwegen hat den Nato-Beitritt Schwedens am Dienstag ratifiziert."),
    ("de", "Norwegen ratifizierte am Dienstag den Beitritt Schwedens zur Nato."),
    ("en", "Norway ratified Sweden's NATO membership on Tuesday."),
])
def test_the_ratifying_state_takes_part(lang, text):
    evs = analyse(Document(id="t", text=text, lang=lang, published=DCT)).events
    ratified = [e for e in evs if e.subtype == "Ratification"]
    assert len(ratified) == 1 and ratified[0].date.value == "2024-03-12"
    assert "Norway" in {p.entity.name for p in ratified[0].participants if p.entity}


# -- an arrest of someone named; condolences by who offers them ------------------------------------------

@pytest.mark.parametrize("text,who", [
    ("Der frühere Präsident Tom Berg wurde am Dienstag in Oslo festgenommen.", "Tom Berg"),
    ("Die Polizei nahm am Dienstag Oppositionsführerin Anna Lund fest.", "Anna Lund"),
])
def test_an_arrest(text, who):
    evs = analyse(Document(id="t", text=text, lang="de", published=DCT)).events
    assert [(e.subtype, e.date.value, [p.entity.name for p in e.participants if p.entity]) for e in evs] \
        == [("Arrest", "2024-03-12", [who])]


def test_no_arrest_of_nobody_named():
    evs = analyse(Document(id="t", text="Die Polizei hat am Dienstag drei Diebe festgenommen.", lang="de",
                           published=DCT)).events
    assert not [e for e in evs if e.subtype == "Arrest"]


def test_condolences_are_said_by_who_offers_them():
    text = "Präsident Tom Berg sprach Ministerpräsidentin Anna Lund am Dienstag sein Beileid aus."
    evs = analyse(Document(id="t", text=text, lang="de", published=DCT)).events
    said = [e for e in evs if e.subtype == "Condolence"]
    assert [[p.entity.name for p in e.participants if p.entity] for e in said] == [["Tom Berg"]]


@pytest.mark.parametrize("text,names", [
    ("Präsident Tom Berg entließ am Dienstag Verteidigungsministerin Anna Lund.", ["Anna Lund", "Tom Berg"]),
    ("Verteidigungsministerin Anna Lund wurde am Dienstag von Präsident Tom Berg entlassen.", ["Anna Lund", "Tom Berg"]),
    ("Verteidigungsministerin Anna Lund wurde am Dienstag entlassen.", ["Anna Lund"]),
])
def test_who_dismisses_takes_part_too(text, names):
    evs = analyse(Document(id="t", text=text, lang="de", published=DCT)).events
    assert [sorted(p.entity.name for p in e.participants if p.entity) for e in evs if e.subtype == "Dismissal"] \
        == [names]


# -- an election to come names its office, not today's holder, as winner ----------------------------------

@pytest.mark.parametrize("lang,text,country", [
    ("de", "Am 13. Mai wird der Bundespräsident gewählt.", "Germany"),
    ("en", "The next president of France will be elected in May.", "France"),
])
def test_an_election_to_come_has_no_winner_yet(lang, text, country):
    evs = analyse(Document(id="t", text=text, lang=lang, published=DCT)).events
    [ev] = [e for e in evs if e.type in ("Election", "ReElection")]
    assert ev.status == "planned"
    assert [(p.entity.name, p.role) for p in ev.participants if p.entity] == [(country, None)]


def test_a_named_candidate_to_be_elected_is_still_the_winner():
    text = "President Tom Berg hopes to be re-elected in May."
    evs = analyse(Document(id="t", text=text, lang="en", published=DCT)).events
    assert [(p.entity.name, p.role) for e in evs for p in e.participants if p.entity] == [("Tom Berg", "winner")]
