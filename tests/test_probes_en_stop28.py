"""English probes of stop 28 (issue 9): constructions of unseen news the extractor read wrongly,
each written for this test in the style of agency wires (AP, Reuters, AFP, Xinhua, VOA),
government readouts and Wikinews -- no sentence comes from the development or test texts; the
names are invented (Jonas Meier, Clara Dumont, ...) or generic real ones.

A positive case lists the events of its class a careful reader would list under the conventions of
the development set's README, each as ``(type, participant name or None, date value or None,
statuses)`` (tests/extraction_cases.matches); a case also fails when kb lists more events of the
class than the reader does. NOTHING lists sentences that must give no asserted event of the class
named with them (generic, habitual, hypothetical, negated, or someone else's)."""

from __future__ import annotations

import pytest

from kb.eventtypes import family

from extraction_cases import events_of, kind, matches, show

DCT = "2025-03-12"  # a Wednesday: "on Monday" told in the past is 2025-03-10


def _of(evs, cls: str) -> list:
    return [e for e in evs if (kind(e) if cls.startswith("Other/") else family(e.type)) ==
            (cls if cls.startswith("Other/") else family(cls))]


def _check(text: str, expected: list) -> None:
    evs = events_of(text, "en", DCT)
    for cls in {w[0] for w in expected}:
        got = _of(evs, cls)
        wanted = [w for w in expected if w[0] == cls]
        for w in wanted:
            assert any(matches(e, w) for e in got), f"{w} not in: {show(evs)}"
        assert len(got) <= len(wanted), f"more {cls} than {len(wanted)}: {show(got)}"


CASES = [
    # --- a name the gazetteer does not know, then a description of an office set off by commas:
    # the description is the one named, not the office's holder of the day
    ("Jonas Meier, the former prime minister of Latvia, died on Sunday.",
     [("Other/Death", "Jonas Meier", "2025-03-09", "past")]),
    ("Jonas Meier, the prime minister of Latvia, met Clara Dumont on Sunday.",
     [("Meeting", "Jonas Meier", "2025-03-09", "past")]),
    ("Jonas Meier, a former prime minister of Latvia, has died aged 89.",
     [("Other/Death", "Jonas Meier", None, "past")]),
]

NOTHING = [
]


@pytest.mark.parametrize("text,expected", [pytest.param(t, e, id=t[:60]) for t, e in CASES])
def test_english_probe(text, expected):
    _check(text, expected)


@pytest.mark.parametrize("cls,text", [pytest.param(c, t, id=t[:60]) for c, t in NOTHING])
def test_english_probe_nothing(cls, text):
    evs = [e for e in _of(events_of(text, "en", DCT), cls) if e.status in ("past", "ongoing", "planned")]
    assert not evs, show(evs)


@pytest.mark.parametrize("text", [
    "Jonas Meier, the prime minister of Latvia, met Clara Dumont on Sunday.",
    "Jonas Meier, the former prime minister of Latvia, died on Sunday.",
    "The former prime minister of Latvia died on Sunday.",
])
def test_no_holder_of_the_day_for_a_former_or_renamed_office(text):
    """Neither a former holder nor a person the text names in the office is the gazetteer's holder
    of the publication day (Latvia's prime minister in March 2025)."""
    names = {p.name for e in events_of(text, "en", DCT) for p in e.participants}
    assert "Evika Siliņa" not in names, names
