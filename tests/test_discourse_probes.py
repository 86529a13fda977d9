"""Probes of events told across sentences or beside a claim (issue 9: dates attached by scope, one
event per event). Every sentence was written for these tests; the publication day is Wednesday
2024-11-20 unless a test says otherwise."""

from __future__ import annotations

import datetime as dt

from kb.model import Document
from kb.pipeline import analyse


def _events(text: str, lang: str = "en") -> list[tuple[str, str, str | None, frozenset]]:
    doc = Document(id="t", text=text, lang=lang, published=dt.date(2024, 11, 20))
    return [(e.type, e.status, e.date.value if e.date else None,
             frozenset(p.entity.name if p.entity else p.label for p in e.participants))
            for e in analyse(doc).events if not e.implied_by]


def test_the_event_that_opens_a_claims_window_takes_the_windows_date():
    """"the first call since their meeting in California last November": the meeting was then (a
    year before the call, not on the call's day)."""
    found = _events("Joe Biden spoke with Xi Jinping by phone on Friday. It was the first call between the two "
                    "leaders since their meeting in California last November.")
    assert ("PhoneCall", "past", "2024-11-15", frozenset({"Joe Biden", "Xi Jinping"})) in found
    assert ("Meeting", "past", "2023-11", frozenset({"Joe Biden", "Xi Jinping"})) in found


def test_a_window_without_an_event_noun_dates_nothing():
    found = _events("Joe Biden spoke with Xi Jinping by phone on Friday. It was the first call between the two "
                    "leaders since November.")
    assert [f[:3] for f in found] == [("PhoneCall", "past", "2024-11-15")]
