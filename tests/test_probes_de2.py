"""German constructions found by probing kb with agency-style news sentences (issue 9, second round):
each test holds a construction a probe showed wrong, and sentences that must produce nothing or
must keep their reading.

Every sentence here is written for these tests (own sentences; well-known real-world names or
invented ones); none comes from the development or test articles.
"""

from __future__ import annotations

import datetime as dt

import pytest

from kb.model import Document
from kb.pipeline import analyse


def events(text: str, dct: str = "2024-11-20") -> list:
    doc = Document(id="t", text=text, lang="de", published=dt.date.fromisoformat(dct))
    return [e for e in analyse(doc).events if not e.implied_by]


def of_type(text: str, etype: str, dct: str = "2024-11-20") -> list:
    return [e for e in events(text, dct) if e.type == etype]


def names(event, role: str | None = "any") -> set[str]:
    return {(p.entity.name if p.entity else p.label) for p in event.participants
            if role == "any" or p.role == role}


def date_of(event) -> str | None:
    return event.date.value if event.date else None


# -- 3. "wie X am Montag berichtete": a report is a saying; what it tells is read from its day ------

@pytest.mark.parametrize("text", [
    "Wie die Nachrichtenagentur am Montag berichtete, will Olaf Scholz am Dienstag nach Paris reisen.",
    "Die Zeitung berichtete am Montag, Scholz werde am Dienstag nach Paris reisen.",
])
def test_a_plan_reported_on_a_day_is_read_from_that_day(text):
    visits = of_type(text, "StateVisit")
    assert len(visits) == 1 and date_of(visits[0]) == "2024-11-19"


def test_a_report_on_the_publication_day_keeps_the_weekday_ahead():
    visits = of_type("Wie die Zeitung am Mittwoch berichtete, will Scholz am Dienstag nach Paris reisen.",
                     "StateVisit")
    assert len(visits) == 1 and date_of(visits[0]) == "2024-11-26"


def test_reporting_in_general_is_no_visit():
    assert of_type("Die Zeitung berichtet regelmäßig über die Reisen des Kanzlers.", "StateVisit") == []

