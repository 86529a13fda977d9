"""Probes from invented agency reports, sixth round (issue 9). Every sentence was written for these
tests."""

from __future__ import annotations

import datetime as dt

import pytest

from agency_events import report_events as _events

DCT = dt.date(2025, 11, 12)  # a Wednesday


@pytest.mark.parametrize("text, lang, main, other", [
    # a meeting told with a day, then a call in a clause of another time after it: two events, and
    # the meeting's day is not the call's
    ("Clara Dumont met Jonas Meier in Riga on Monday, days after the two spoke by phone.", "en",
     ("Meeting", "2025-11-10"), "PhoneCall"),
    ("Clara Dumont met Jonas Meier in Riga on Monday, days after the two countries' leaders spoke by phone.", "en",
     ("Meeting", "2025-11-10"), "PhoneCall"),
    ("Clara Dumont met Jonas Meier in Riga on Monday, shortly after the two spoke by phone.", "en",
     ("Meeting", "2025-11-10"), "PhoneCall"),
    ("Clara Dumont traf Jonas Meier am Montag in Riga, wenige Tage nachdem die beiden telefoniert hatten.", "de",
     ("Meeting", "2025-11-10"), "PhoneCall"),
    ("Clara Dumont traf Jonas Meier am Montag in Riga, kurz nachdem die Regierungschefs beider Länder telefoniert hatten.",
     "de", ("Meeting", "2025-11-10"), "PhoneCall"),
    ("Clara Dumont will meet Jonas Meier in Riga on Friday, days after the two spoke by phone.", "en",
     ("Meeting", "2025-11-14"), "PhoneCall"),
])
def test_an_event_in_a_clause_of_another_time_is_another_event(text, lang, main, other):
    found = _events(text, lang=lang, dct=DCT)
    assert [(t, d) for t, _, d, _, _ in found if t == main[0]] == [main], (text, found)
    calls = [d for t, _, d, _, _ in found if t == other]
    assert len(calls) == 1 and calls[0] != main[1], (text, found)


@pytest.mark.parametrize("text, lang, expected", [
    # the clause of another time has a day of its own: each keeps its own
    ("Clara Dumont traf Jonas Meier am Montag in Riga, nachdem sie am Freitag mit Tomas Reyes telefoniert hatte.", "de",
     {("Meeting", "2025-11-10"), ("PhoneCall", "2025-11-07")}),
    # a clause of the same time ("when") shares the day; a call held as talks is one event
    ("Clara Dumont met Jonas Meier on Monday when she visited Riga.", "en",
     {("Meeting", "2025-11-10"), ("StateVisit", "2025-11-10")}),
    ("Clara Dumont held talks with Jonas Meier by phone on Monday.", "en", {("PhoneCall", "2025-11-10")}),
    ("Clara Dumont telefonierte am Montag mit Jonas Meier und beriet mit ihm über den Handel.", "de",
     {("PhoneCall", "2025-11-10")}),
])
def test_a_clause_of_the_same_time_or_with_its_own_day(text, lang, expected):
    found = _events(text, lang=lang, dct=DCT)
    assert {(t, d) for t, _, d, _, _ in found} == expected, (text, found)
