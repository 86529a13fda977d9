"""A German day written with its ordinal dot ("am 22. Januar") inside a trigger's stretch of text is
no sentence end: the patterns of kb/lang/de/events.txt that stop at a full stop go on over it
(issue 9). A dot between digits ("485.000 Soldaten") is a thousands separator, not an ordinal.
Every sentence here is written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from kb.model import Document
from kb.pipeline import analyse

DCT = dt.date(2024, 1, 15)  # a Monday


def events(text: str) -> list:
    return [e for e in analyse(Document(id="t", text=text, lang="de", published=DCT)).events if not e.implied_by]


@pytest.mark.parametrize("text,etype,value", [
    ("Bundeskanzler Tom Berg und Präsidentin Anna Lund kommen am 22. Januar in Paris zusammen.",
     "Meeting", "2024-01-22"),
    ("Präsidentin Anna Lund kam am 12. Januar in Oslo mit Bundeskanzler Tom Berg zusammen.",
     "Meeting", "2024-01-12"),
    ("Präsidentin Anna Lund hält sich vom 20. bis 23. Januar in Norwegen auf.", "StateVisit", "2024-01-20/2024-01-23"),
    ("Bundeskanzler Tom Berg trat am 3. Januar von seinem Amt als Parteichef zurück.", "Other", "2024-01-03"),
])
def test_a_day_with_its_ordinal_dot_inside_the_trigger(text, etype, value):
    found = [e for e in events(text) if e.type == etype]
    assert [e.date.value for e in found] == [value], [(e.type, e.date and e.date.value) for e in events(text)]


@pytest.mark.parametrize("text", [
    # a thousands separator is no ordinal: nobody visits anywhere here
    "Ende 2023 waren bereits 48.000 Soldaten in Norwegen stationiert.",
    "Am 12. Januar kamen in Oslo 3.000 Menschen zu einer Kundgebung.",
])
def test_no_event_across_a_thousands_separator(text):
    assert not [e for e in events(text) if e.type in ("StateVisit", "Meeting")]


def test_every_german_stretch_may_cross_a_days_dot():
    """The convention of kb/lang/de/events.txt's header, held by every pattern: a negated class
    that stops at a full stop, repeated, lets the dot of a day through."""
    import re
    from pathlib import Path

    import kb

    path = Path(kb.__file__).parent / "lang" / "de" / "events.txt"
    stretch = re.compile(r"\[\^((?:\\.|[^\]\\])*)\]\{\d*,\d+\}")
    bare = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.startswith("#") or "\t" not in line:
            continue
        pattern = line.split("\t")[1]
        for m in stretch.finditer(pattern):
            if "." in m.group(1).replace("\\.", "") and not pattern[:m.start()].endswith("(?:"):
                bare.append((n, m.group()))
    assert not bare
