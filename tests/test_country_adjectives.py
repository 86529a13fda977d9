"""Every UN member state is in the gazetteer with its English adjective and
German adjective stem, so that "the Liberian president" or "der malawische Außenminister" names
a country. The adjectives are world knowledge, checked here on sentences written for the test."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from kb import entities
from kb.model import Analysis, Document, Sentence

# the countries whose demonym is not an adjective of their own (or is the name itself)
NO_ADJECTIVE_EN = {"Republic of the Congo", "Dominica", "Liechtenstein", "Austria-Hungary", "Montenegro"}
NO_ADJECTIVE_DE = {"Republic of the Congo", "Dominica", "Saint Kitts and Nevis"}
# not members of the United Nations, or no longer states
NOT_MEMBERS = {"Vatican City", "State of Palestine", "Taiwan", "Kosovo", "Austria-Hungary"}


def _linked(text: str, lang: str) -> list[tuple[str, str]]:
    doc = Document(id="t", text=text, lang=lang, published=dt.date(2023, 6, 14))
    a = Analysis(document=doc)
    a.sentences = [Sentence(m.start(), m.end()) for m in re.finditer(r"[^.!?]+[.!?]?\s*", text)]
    entities.annotate(a)
    return [(m.text, m.entities[0].name) for m in a.mentions if m.entities]


def _countries():
    return [e for e in entities.gazetteer().entities.values() if e.kind == "country"]


def test_every_united_nations_member_is_a_country_of_the_gazetteer():
    members = {e.name for e in _countries()} - NOT_MEMBERS
    assert len(members) == 193


@pytest.mark.parametrize("lang", ["en", "de"])
def test_every_country_has_an_adjective(lang):
    gz = entities.gazetteer()
    have = set(gz.adjectives[lang].values())
    missing = {e.name for e in _countries() if e.id not in have}
    assert missing <= (NO_ADJECTIVE_EN if lang == "en" else NO_ADJECTIVE_DE), missing


@pytest.mark.parametrize("text,lang,expected", [
    ("Liberian troops left the border on Monday.", "en", "Liberia"),
    ("A Malawian delegation arrived on Monday.", "en", "Malawi"),
    ("The Ivorian government said on Monday that talks would go on.", "en", "Côte d'Ivoire"),
    ("The Nigerien army said on Monday that it had withdrawn.", "en", "Niger"),
    ("The Nigerian army said on Monday that it had withdrawn.", "en", "Nigeria"),
    ("An Equatorial Guinean envoy arrived on Monday.", "en", "Equatorial Guinea"),
    ("The Kazakhstani side said on Monday that it agreed.", "en", "Kazakhstan"),
    ("Die liberianischen Truppen zogen am Montag ab.", "de", "Liberia"),
    ("Eine malawische Delegation traf am Montag ein.", "de", "Malawi"),
    ("Die ivorische Regierung erklärte am Montag, die Gespräche gingen weiter.", "de", "Côte d'Ivoire"),
    ("Ein nicaraguanischer Diplomat reiste am Montag ab.", "de", "Nicaragua"),
    ("Die Regierung der Elfenbeinküste erklärte am Montag, sie stimme zu.", "de", "Côte d'Ivoire"),
])
def test_a_country_adjective_or_name_links_its_country(text, lang, expected):
    # the country, or an institution of it ("Government of Côte d'Ivoire")
    assert any(name == expected or name.endswith(" of " + expected) for _, name in _linked(text, lang)), \
        _linked(text, lang)


@pytest.mark.parametrize("text,lang,wrong", [
    # a longer name holding a shorter one is the longer one
    ("An Equatorial Guinean envoy arrived on Monday.", "en", "Guinea"),
    ("Guinea-Bissau voted on Sunday.", "en", "Guinea"),
    ("The Nigerian army said on Monday that it had withdrawn.", "en", "Niger"),
    ("Papua-Neuguinea wählte am Sonntag.", "de", "Guinea"),
    # a common word is no country
    ("The dominant party said on Monday that it agreed.", "en", "Dominica"),
])
def test_no_shorter_country_inside_a_longer_name(text, lang, wrong):
    assert wrong not in {name for _, name in _linked(text, lang)}
