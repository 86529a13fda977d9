"""Names as agencies write them: without accents ("Luiz Inacio Lula da Silva") and in common
transliterations ("Zelenskiy", "Tayyip Erdogan") name the gazetteer's person; a surname alone
without its accent does not ("Gonzalez" is not "Felipe González")."""

from __future__ import annotations

import datetime as dt

import pytest

from kb.model import Document
from kb.pipeline import analyse


def first_entity(text: str, lang: str = "en"):
    a = analyse(Document(id="t", text=text, lang=lang, published=dt.date(2024, 3, 14)))
    m = next((m for m in a.mentions if m.start == 0), None)
    return m.entities[0].id if m is not None and m.entities else None


@pytest.mark.parametrize("name,qid", [
    ("Luiz Inacio Lula da Silva", "Q37181"),
    ("Recep Tayyip Erdogan", "Q39259"),
    ("Tayyip Erdogan", "Q39259"),
    ("Volodymyr Zelenskiy", "Q3874799"),
    ("Zelenskiy", "Q3874799"),
])
def test_agency_spellings_name_the_person(name, qid):
    assert first_entity(f"{name} spoke to reporters on Tuesday.") == qid


def test_a_surname_without_its_accent_is_not_enough():
    assert first_entity("Gonzalez spoke to reporters on Tuesday.") != "local:felipe-gonzalez"
