"""A date that opens a claim's counting window counts events; it dates none of them.

"zum zweiten Mal in diesem Jahr am Montag": the year is the window of the ordinal, Monday is the
day of the meeting. Only a deictic period next to the ordinal (no punctuation between) or in the
clause of a count is such a window; a period set off by a comma, or in a sentence without an
ordinal or a count, still dates its event. (Sentences written for this test.)
"""

from __future__ import annotations

import pytest

from tests.extraction_cases import events_of, show

DCT = "2024-05-14"  # a Tuesday


def _dated(text: str, lang: str, family: str) -> list:
    from kb.eventtypes import family as fam

    # (an ordinal also implies earlier events, marked implied_by: not those told)
    return [e for e in events_of(text, lang, DCT) if fam(e.type) == family and not e.implied_by]


@pytest.mark.parametrize("lang,text,family,date", [
    # the ordinal's window and the event's day in one clause: the day dates the event
    ("de", "Emmanuel Macron empfing Olaf Scholz zum zweiten Mal in diesem Jahr am Montag.", "Contact", "2024-05-13"),
    ("en", "Emmanuel Macron hosted Olaf Scholz for the second time this year on Monday.", "Contact", "2024-05-13"),
    ("en", "Olaf Scholz travelled to Lima on Monday, his third trip to Peru this year.", "Visit", "2024-05-13"),
    ("de", "Olaf Scholz reiste am Montag nach Lima, zum dritten Mal in diesem Jahr.", "Visit", "2024-05-13"),
    # a week is a window only when it is the current one: "last week" dates the meeting
    ("en", "Olaf Scholz met Emmanuel Macron for the second time last week.", "Contact", "2024-05-06/2024-05-12"),
    # no ordinal or count: the period is the event's date
    ("de", "In diesem Jahr reiste Olaf Scholz nach Paris.", "Visit", "2024"),
    ("en", "Olaf Scholz travelled to Paris earlier this year.", "Visit", "2024"),
    # a comma between the ordinal and the period: the period belongs to the other clause's event
    ("en", "It was the second visit of Olaf Scholz to Paris, where he had met Emmanuel Macron earlier this year.",
     "Contact", "2024"),
    ("de", "Es war der zweite Besuch von Olaf Scholz in Paris, wo er in diesem Jahr bereits Emmanuel Macron "
           "getroffen hatte.", "Contact", "2024"),
])
def test_window_dates_no_event(lang, text, family, date):
    evs = _dated(text, lang, family)
    assert len(evs) == 1, show(events_of(text, lang, DCT))
    assert evs[0].date is not None and evs[0].date.value == date, show(evs)


@pytest.mark.parametrize("lang,text,family", [
    ("de", "Olaf Scholz reist zum zweiten Mal in diesem Jahr nach Paris.", "Visit"),
    ("en", "Olaf Scholz travels to Paris for the second time this year.", "Visit"),
])
def test_window_alone_leaves_the_event_without_its_date(lang, text, family):
    """The trip is told with its count window only: the year is no date of the trip."""
    evs = _dated(text, lang, family)
    assert len(evs) == 1, show(events_of(text, lang, DCT))
    assert evs[0].date is None or evs[0].date.value != "2024", show(evs)
    claims = [c for c in _claims(text, lang) if c.kind == "ordinal"]
    assert claims and claims[0].since is not None and claims[0].since.value == "2024-01-01/2024-12-31"


def _claims(text: str, lang: str):
    import datetime as dt

    from kb.model import Document
    from kb.pipeline import analyse

    return analyse(Document(id="t", text=text, lang=lang, published=dt.date.fromisoformat(DCT))).claims
