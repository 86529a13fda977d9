"""Issue 9, aggregate claims: more count and ordinal constructions, with sentences of our own in
German and English, including sentences that must make no claim (generic or habitual counts,
rankings, anniversaries), and the rule that a claim whose window would be inverted is dropped.

Each case: the construction, the language, the sentence and what the claim must be (``kind value
type`` and, where the construction is about them, owner labels, qualifier, window); ``None``: no
claim at all.
"""

from __future__ import annotations

import datetime as dt

import pytest

from kb.model import Document
from kb.pipeline import analyse

DCT = "2024-05-14"


def run(text: str, lang: str, dct: str = DCT):
    return analyse(Document(id="t", text=text, lang=lang, published=dt.date.fromisoformat(dct)))


def C(kind, value, etype, **more):  # noqa: N802 -- reads like a claim in the table below
    return dict(kind=kind, value=value, etype=etype, **more)


CASES = [
    # -- "on two previous occasions" ----------------------------------------------------------
    ("occasions with a modifier", "en", "Mara Quist had travelled to Peru on two previous occasions.",
     C("count", 2, "StateVisit", owner={"Mara Quist"})),
    ("occasions with a modifier", "de", "Olaf Scholz war bereits bei zwei früheren Gelegenheiten in Kenia.",
     C("count", 2, "StateVisit", owner={"Olaf Scholz"})),
    ("no claim: occasions of no event", "en", "Olaf Scholz had warned on two previous occasions that the budget was too small.",
     None),
    ("no claim: occasions of no event", "de", "Olaf Scholz hatte bei zwei früheren Gelegenheiten vor dem Haushalt gewarnt.",
     None),
    # -- places of a trip, verb last ------------------------------------------------------------
    ("places, verb last", "de", "Olaf Scholz wird in der kommenden Woche vier südamerikanische Länder besuchen.",
     C("count", 4, "StateVisit", qualifier="stops", owner={"Olaf Scholz"})),
    ("places, verb last", "de", "Olaf Scholz hat seit Januar drei Länder bereist.",
     C("count", 3, "StateVisit", qualifier="stops", since="2024-01")),
    ("no claim: a ranking of places, verb last", "de", "Olaf Scholz will die fünf größten Städte des Landes besuchen.", None),
    ("no claim: a ranking of places", "en", "Olaf Scholz wants to visit the five largest cities of the country.", None),
]


def _labels(claim) -> set[str]:
    return {p.label for p in claim.participants}


@pytest.mark.parametrize("construction,lang,text,want", CASES, ids=[f"{c[0]}:{c[1]}" for c in CASES])
def test_construction(construction, lang, text, want):
    claims = run(text, lang).claims
    got = [(c.kind, c.value, c.event_type, c.qualifier) for c in claims]
    if want is None:
        assert claims == [], (construction, text, got)
        return
    found = [c for c in claims if (c.kind, c.value, c.event_type) == (want["kind"], want["value"], want["etype"])]
    assert found, (construction, text, got)
    claim = found[0]
    assert claim.participants, (construction, text)
    checks = {
        "owner": lambda: _labels(claim),
        "qualifier": lambda: claim.qualifier,
        "since": lambda: claim.since.value if claim.since else None,
        "within": lambda: claim.within,
    }
    for key, expected in want.items():
        if key in checks:
            assert checks[key]() == expected, (construction, text, key, checks[key]())
