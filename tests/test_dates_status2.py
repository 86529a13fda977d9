"""Dates and status of events in sentences written for these tests: inflected status cues, the
date of another event after "im Vorfeld"/"ahead of", modified anaphors ("the two-day visit"),
departures, reported futures and past passives."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from kb.events.rules import status_cues
from kb.lang.schema import LanguageDataError
from kb.model import Document
from kb.pipeline import analyse


def run(text: str, lang: str, dct: str = "2024-05-08"):
    return analyse(Document(id="t", text=text, lang=lang, published=dt.date.fromisoformat(dct)))


def event(text: str, lang: str, etype: str, dct: str = "2024-05-08"):
    found = [e for e in run(text, lang, dct).events if e.type == etype]
    assert found, [(e.type, e.status) for e in run(text, lang, dct).events]
    return found[0]


# -- 1. inflected German status cues ----------------------------------------------------------------

@pytest.mark.parametrize("text,etype,status,date", [
    ("Der bevorstehende Besuch der Kanzlerin Eva Kurz in Rom sorgt für Aufsehen.", "StateVisit", "planned", None),
    ("Beim geplanten Treffen mit Präsident Jon Aas am Freitag geht es um Handel.", "Meeting", "planned",
     "2024-05-10"),
    # must not change: a plain past
    ("Die Kanzlerin Eva Kurz traf am Montag in Rom den Präsidenten Jon Aas.", "Meeting", "past", "2024-05-06"),
])
def test_inflected_cue(text, etype, status, date):
    ev = event(text, "de", etype)
    assert ev.status == status
    assert (ev.date.value if ev.date else None) == date


@pytest.mark.parametrize("text,status", [
    ("Vor dem anstehenden Gipfel sprach sie mit ihm.", "planned"),
    ("In den kommenden Tagen reist er nach Rom.", "planned"),
    ("Im nächsten Jahr besucht sie Oslo.", "planned"),
    ("Am nächsten Abend besuchte sie Oslo.", "past"),
    ("Am nächsten Morgen traf sie ihn.", "past"),
    ("Der Minister kommentierte die Lage.", "past"),
])
def test_inflected_cue_words(text, status):
    assert next(s for s, pat in status_cues("de") if pat.search(text)) == status


def test_undeclared_inflection_class_is_an_error(monkeypatch):
    import importlib

    import kb.lang as langdata

    rules_mod = importlib.import_module("kb.events.rules")

    monkeypatch.setattr(rules_mod, "read_lines", lambda lang, name: ("planned\tkommend%verb",))
    rules_mod.status_cues.cache_clear()
    try:
        with pytest.raises(LanguageDataError, match=re.escape("%verb")):
            rules_mod.status_cues("xx")
    finally:
        monkeypatch.undo()
        rules_mod.status_cues.cache_clear()
    assert langdata.read_lines("de", "status.txt")
