"""Narrative mode: the publication day of a narrative text (an encyclopedia page's revision date)
dates none of its events. An event the text does not date stays undated; one it dates keeps its
date; in news mode the publication day still bounds an undated report. Sentences invented."""

from __future__ import annotations

import datetime as dt

from kb.model import Document
from kb.pipeline import analyse

TEXT = ("Am 4. Mai 1821 erklärte Norwegen Dänemark den Krieg. "
        "Der norwegische König Harald sagte später, der Krieg sei unvermeidlich gewesen.")


def _events(mode: str):
    doc = Document(id="n", text=TEXT, lang="de", published=dt.date(2011, 2, 16), mode=mode)
    return analyse(doc).events


def test_narrative_undated_event_has_no_date_and_dated_one_keeps_its_own():
    events = _events("narrative")
    war = [e for e in events if e.type == "ArmedConflictStart"]
    said = [e for e in events if e.type == "Statement"]
    assert war and war[0].date.value == "1821-05-04"
    assert said and said[0].date is None


def test_news_mode_still_bounds_an_undated_report_by_the_publication_day():
    said = [e for e in _events("news") if e.type == "Statement"]
    assert said and said[0].date.source == "publication" and said[0].date.latest == dt.date(2011, 2, 16)
