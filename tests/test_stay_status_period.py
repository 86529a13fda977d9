"""A stay told in the past within a period that holds the publication day is past, not under way.

The calendar makes a stay whose own days hold the publication day "ongoing" ("arrived on Monday
for a four-day visit" in a Tuesday report). A longer period that merely holds the day
("earlier this year", "in diesem Monat") is no stay's extent: told in the past, the visit lies
behind. A tense-less present ("besucht in diesem Monat Paris") and the progressive stay under way.
(Sentences written for this test.)
"""

from __future__ import annotations

import pytest

from tests.extraction_cases import events_of, show

DCT = "2024-05-14"  # a Tuesday


@pytest.mark.parametrize("lang,text,date,status", [
    ("en", "Olaf Scholz travelled to Paris earlier this year.", "2024", "past"),
    ("en", "Olaf Scholz visited Paris this month.", "2024-05", "past"),
    ("de", "Olaf Scholz reiste in diesem Jahr nach Paris.", "2024", "past"),
    ("de", "Olaf Scholz hat in diesem Monat Paris besucht.", "2024-05", "past"),
    # under way: the stay's own days, or a present that tells no tense
    ("en", "Olaf Scholz arrived in Oslo on Monday for a four-day visit.", "2024-05-13/2024-05-16", "ongoing"),
    ("en", "Olaf Scholz is visiting Paris this month.", "2024-05", "ongoing"),
    ("de", "Olaf Scholz besucht in diesem Monat Paris.", "2024-05", "ongoing"),
])
def test_status_of_a_stay_in_a_period(lang, text, date, status):
    visits = [e for e in events_of(text, lang, DCT) if e.type == "StateVisit" and not e.implied_by]
    assert len(visits) == 1, show(events_of(text, lang, DCT))
    assert (visits[0].date.value, visits[0].status) == (date, status), show(visits)
