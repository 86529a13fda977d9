"""A trip takes no place from a purpose clause that tells no event of its own ("on a trip to
deepen links with France" is no trip to France), but keeps the place named before it ("a
trip to France to deepen links with Kenya") and shares the place of an event the purpose
clause tells ("to meet her in Riga"). Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from kb.model import Document
from kb.pipeline import analyse

DCT = "2023-06-14"


def visits(text: str, lang: str):
    a = analyse(Document(id="t", text=text, lang=lang, published=dt.date.fromisoformat(DCT)))
    return [e.place.entity.name if e.place and e.place.entity else None
            for e in a.events if e.type in ("StateVisit", "Visit")]


@pytest.mark.parametrize("text,lang", [
    ("Anna Berg is on a journey to deepen links with France.", "en"),
    ("Anna Berg set off on a tour to deepen cooperation with Kenya.", "en"),
    # a purpose clause telling an event gives only that event's place after a preposition
    ("One aim of her journey is to tell Kenyan leaders that France will stay a partner.", "en"),
    ("Anna Berg ist am Montag zu einer Reise aufgebrochen, um die Beziehungen zu Frankreich zu stärken.", "de"),
])
def test_no_place_from_a_purpose_clause(text, lang):
    assert "France" not in visits(text, lang) and "Kenya" not in visits(text, lang)


@pytest.mark.parametrize("text,lang,place", [
    ("Anna Berg left for a journey to France to deepen links with Kenya.", "en", "France"),
    ("Anna Berg travelled to the Kenyan capital to deepen links with France.", "en", "Nairobi"),
    ("Anna Berg ist zu einer Reise nach Kenia aufgebrochen, um die Beziehungen zu Frankreich zu stärken.", "de", "Kenya"),
    ("Anna Berg reist am Montag nach Riga, um dort Tom Becker zu treffen.", "de", "Riga"),
])
def test_the_place_before_the_purpose_clause_stays(text, lang, place):
    assert visits(text, lang) == [place]
