"""Probes from invented agency reports, fifth round (issue 9: German agency style -- attacks
that start no war, ...). Every sentence was written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from agency_events import report_events as _events

DCT = dt.date(2025, 9, 17)  # a Wednesday


@pytest.mark.parametrize("text, dct, expected", [
    # a state attacking another state starts a war: active and passive, verb with its particle
    ("Am 1. September 1939 griff Deutschland Polen an.", dt.date(1950, 1, 1),
     [("ArmedConflictStart", "1939-09-01", {"Germany"})]),
    ("Polen wurde am 1. September 1939 von Deutschland angegriffen.", dt.date(1950, 1, 1),
     [("ArmedConflictStart", "1939-09-01", {"Germany"})]),
    ("Norwegen hat Schweden am 3. Mai 1905 angegriffen.", dt.date(1950, 1, 1),
     [("ArmedConflictStart", "1905-05-03", {"Norway"})]),
    # a state attacking a city attacks it
    ("Russland griff am Dienstag Kiew mit Drohnen an.", DCT, [("Other", "2025-09-16", {"Russia"})]),
    # targets, facilities, cities counted, an army's attack in a war, critics: no war starts
    ("Russland hat in der Nacht erneut Ziele im Osten des Landes mit Drohnen angegriffen.", DCT, []),
    ("Die Raffinerien des Landes waren schon Ende 1980 von Kampfflugzeugen angegriffen worden.", DCT, []),
    ("Im Jahr 1987 wurden 40 Städte des Nachbarlandes aus der Luft angegriffen.", DCT, []),
    ("Am 14. August griff die 3. Armee nördlich der Hauptstadt an.", DCT, []),
    ("Kritiker haben Paula Brandstetter am Montag scharf angegriffen.", DCT, []),
    ("Die Opposition griff am Montag den Haushaltsplan der Regierung an.", DCT, []),
])
def test_an_attack_starts_a_war_only_between_states(text, dct, expected):
    found = [(t, d, set(p)) for t, _, d, p, _ in _events(text, lang="de", dct=dct)]
    for typ, day, names in expected:
        assert any(t == typ and d == day and names <= p for t, d, p in found), (text, found)
    if not expected:
        assert not [f for f in found if f[0] == "ArmedConflictStart"], (text, found)
    assert len(found) == len(expected), (text, found)
