"""German light-verb constructions with "treffen": "eine Entscheidung treffen" (make a decision),
"Vorkehrungen treffen" (take precautions), "eine Vereinbarung treffen" (reach an agreement) name
no meeting, while "X traf Y" and "X hat Y getroffen" do. The nouns are the ``@light`` cue of
kb/lang/de/events.txt; the Meeting line for the verb is marked ``light`` (kb.events._light_use).

The sentences were written for this test (invented or generic names).
"""

from __future__ import annotations

import datetime as dt

import pytest

from kb.eventtypes import family
from kb.model import Document
from kb.pipeline import analyse

WED = dt.date(2024, 3, 13)


def contact(text: str) -> list:
    events = analyse(Document(id="l", text=text, lang="de", published=WED)).events
    return [e for e in events if family(e.type) == "Contact"]


@pytest.mark.parametrize("text", [
    "Bundeskanzler Olaf Scholz hat am Montag eine schwierige Entscheidung getroffen.",
    "Paula Brandstetter traf am Dienstag eine Entscheidung über den Haushalt.",
    "Die Ministerin Paula Brandstetter hat Vorkehrungen für den Winter getroffen.",
    "Tomas Reyes traf am Montag eine Vorauswahl der Bewerber.",
    "Olaf Scholz und Emmanuel Macron haben am Montag eine Vereinbarung getroffen.",
    "Olaf Scholz und Emmanuel Macron trafen am Montag eine Absprache zur Energiepolitik.",
    "Paula Brandstetter sagte, sie habe mit Tomas Reyes eine Abmachung getroffen.",
    "Der Präsident Tomas Reyes trifft am Freitag die endgültige Auswahl.",
    "Olaf Scholz hat am Montag Maßnahmen gegen die Inflation getroffen.",
])
def test_a_light_verb_construction_is_no_meeting(text):
    assert not contact(text), [(e.type, [p.name for p in e.participants]) for e in contact(text)]


@pytest.mark.parametrize("text,when", [
    ("Olaf Scholz hat Emmanuel Macron am Montag in Paris getroffen.", "2024-03-11"),
    ("Paula Brandstetter traf am Montag den Präsidenten der Kommission, Tomas Reyes.", "2024-03-11"),
    ("Nach der Vereinbarung trafen sich Olaf Scholz und Emmanuel Macron am Montag in Paris.", "2024-03-11"),
    ("Olaf Scholz trifft am Freitag Emmanuel Macron, um eine Entscheidung zu treffen.", "2024-03-15"),
    ("Olaf Scholz und Emmanuel Macron haben sich am Montag in Berlin getroffen.", "2024-03-11"),
])
def test_a_meeting_stays_a_meeting(text, when):
    found = contact(text)
    assert any(e.date and e.date.value.startswith(when) for e in found), found
