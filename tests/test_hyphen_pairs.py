"""Two parties joined by a hyphen ("the EU-China summit", "deutsch-französische Gespräche") are
both named; a name the gazetteer knows with a hyphen in it stays one entity, and a name before
a hyphen that starts an ordinary compound ("EU-Portal") names no party. Sentences written for
these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from kb.model import Document
from kb.pipeline import analyse


def run(text: str, lang: str, dct: str = "2023-06-14"):
    return analyse(Document(id="t", text=text, lang=lang, published=dt.date.fromisoformat(dct)))


def linked(text: str, lang: str) -> list[set[str]]:
    return [{e.name for e in m.entities} for m in run(text, lang).mentions if m.entities]


def parties(text: str, lang: str, etype: str) -> list[set[str]]:
    return [{p.name for p in e.participants} for e in run(text, lang).events if e.type == etype]


@pytest.mark.parametrize("text,lang,etype,expected", [
    ("The EU-China summit took place in Brussels on Monday.", "en", "Summit", {"European Union", "China"}),
    ("Leaders met at the EU-China summit in Brussels on Monday.", "en", "Summit", {"European Union", "China"}),
    ("US-Russia talks took place in Geneva on Tuesday.", "en", "Meeting", {"United States", "Russia"}),
    ("The German-French talks took place in Geneva on Tuesday.", "en", "Meeting", {"Germany", "France"}),
    ("Der EU-China-Gipfel fand am Montag in Peking statt.", "de", "Summit", {"European Union", "China"}),
    ("Das deutsch-französische Treffen fand am Montag in Paris statt.", "de", "Meeting", {"Germany", "France"}),
    # a combining form of the gazetteer ("Franco-", "Sino-") before another name
    ("The Franco-German talks took place in Paris on Monday.", "en", "Meeting", {"France", "Germany"}),
    ("Sino-US talks took place in Geneva on Tuesday.", "en", "Meeting", {"China", "United States"}),
])
def test_both_parties_of_a_hyphenated_pair_take_part(text, lang, etype, expected):
    assert expected in parties(text, lang, etype)


@pytest.mark.parametrize("text,lang,surface", [
    ("Das Vereinigte Königreich und Österreich-Ungarn schlossen damals einen Vertrag.", "de", "Österreich-Ungarn"),
    ("Historians of Austria-Hungary met in Vienna on Monday.", "en", "Austria-Hungary"),
    ("Die Delegation aus Saudi-Arabien reiste am Montag ab.", "de", "Saudi-Arabien"),
    ("Die Delegation aus Bosnien-Herzegowina reiste am Montag ab.", "de", "Bosnien-Herzegowina"),
    ("The delegation of Guinea-Bissau left on Monday.", "en", "Guinea-Bissau"),
])
def test_a_name_with_a_hyphen_the_gazetteer_knows_stays_one(text, lang, surface):
    a = run(text, lang)
    pos = text.index(surface)
    inside = [m for m in a.mentions if pos <= m.start and m.end <= pos + len(surface)]
    assert len(inside) == 1 and inside[0].text == surface and len(inside[0].entities) == 1


@pytest.mark.parametrize("text,lang", [
    # a state the gazetteer does not know splits into nothing it knows
    ("Der Ministerpräsident von Rheinland-Pfalz reiste am Montag nach Stuttgart.", "de"),
    ("The premier of Baden-Württemberg spoke in Stuttgart on Monday.", "en"),
    # a person's double name is no pair of parties
    ("Anna Berg-Lund spoke in Riga on Monday.", "en"),
])
def test_no_pair_of_parties_is_made_up(text, lang):
    assert not any({"Germany", "France", "China", "Russia"} & s for s in linked(text, lang))


@pytest.mark.parametrize("text,lang", [
    ("Die Kommission stellte am Montag das neue EU-Portal vor.", "de"),
    ("Anti-EU protesters gathered in Riga on Monday.", "en"),
    ("Pro-Russia groups marched in Riga on Monday.", "en"),
    # a combining form with no name after it names nothing
    ("The Indo-Pacific strategy was discussed in Riga on Monday.", "en"),
    ("The Anglo-Saxon chronicle was shown in Riga on Monday.", "en"),
])
def test_a_name_before_an_ordinary_compound_names_no_second_party(text, lang):
    assert all(len(s) <= 1 for s in parties(text, lang, "Meeting") + parties(text, lang, "Summit"))
    # nothing after the hyphen is linked as a second name
    a = run(text, lang)
    assert not any(text[m.start - 1:m.start] == "-" for m in a.mentions if m.entities)
