"""Probes from whole invented agency and newspaper reports, second round (issue 9: who takes part,
one event per event, dates by scope). Every sentence was written for these tests."""

from __future__ import annotations

import datetime as dt

from kb.model import Document
from kb.pipeline import analyse


def _events(text: str, lang: str = "en", dct: dt.date = dt.date(2025, 3, 12)):
    doc = Document(id="t", text=text, lang=lang, published=dct)
    return [(e.type, e.status, e.date.value if e.date else None,
             frozenset(p.entity.name if p.entity else p.label for p in e.participants),
             {p.role: (p.entity.name if p.entity else p.label) for p in e.participants if p.role})
            for e in analyse(doc).events if not e.implied_by]


def test_an_organisation_before_a_title_and_a_name_only_qualifies_the_person():
    """"met Communist Party chief X": the party qualifies the title; the one met is X (German
    writes the compound "KP-Chef X", read already)."""
    for text in [
        "President Tom Berg met Communist Party chief Anna Lund in Hanoi on Tuesday.",
        "President Tom Berg met Liberal Party leader Anna Lund in Hanoi on Tuesday.",
        "President Tom Berg met Harbour Authority chairwoman Anna Lund in Hanoi on Tuesday.",
    ]:
        (meeting,) = [f for f in _events(text) if f[0] == "Meeting"]
        assert meeting[3] == frozenset({"Tom Berg", "Anna Lund"}), text
    # a spokesman of a body speaks himself
    (said,) = [f for f in _events("Kremlin spokesman Ivan Sorokin said on Tuesday the talks had been useful.")
               if f[0] == "Statement"]
    assert said[3] == frozenset({"Ivan Sorokin"})


def test_a_place_or_a_time_between_an_organisation_and_a_name_keeps_them_apart():
    # "in Hanoi" is a place of the meeting, not a title of the one met
    (meeting,) = [f for f in _events("President Tom Berg met in Hanoi Anna Lund on Tuesday.") if f[0] == "Meeting"]
    assert "Hanoi" not in meeting[3] and "Tom Berg" in meeting[3]
    # an organisation alone, with no name after its title, still takes part
    (meeting,) = [f for f in _events("President Tom Berg met the Liberal Party leadership on Tuesday.") if f[0] == "Meeting"]
    assert "Tom Berg" in meeting[3]
