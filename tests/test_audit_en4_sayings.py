"""Sayings from the fourth English audit of news text, on sentences written for these tests: a
promise, vow or pledge dated by its own day and not by the day of what it promises ("vowed on
Monday to visit Oslo next year"); reactions told by 'deplored', 'denounced' or 'condemned' with
their day between verb and object; the Pentagon speaking as the U.S. Department of Defense; and
what must stay no saying. The publication date is a Wednesday, 2025-03-12."""

from __future__ import annotations

import pytest

from extraction_cases import events_of, show

DCT = "2025-03-12"


def _sayings(text):
    return [e for e in events_of(text, "en", DCT) if e.type.startswith("Statement")]


@pytest.mark.parametrize("text,date", [
    ("Clara Dumont vowed on Monday to visit Estonia next year.", "2025-03-10"),
    ("Clara Dumont promised to put the question to a national referendum next year.", "2025-03-12"),
    ("Clara Dumont pledged on Tuesday to hold new talks in May.", "2025-03-11"),
    ("Tomas Reyes threatened on Monday to expel the envoy next week.", None),
])
def test_a_promise_is_dated_by_its_own_day(text, date):
    evs = _sayings(text)
    if date is None:  # 'threatened' is no speaking trigger: at least no saying dated by the threat's content
        assert all(e.date is None or e.date.value <= DCT for e in evs), show(evs)
        return
    assert evs and evs[0].date is not None and evs[0].date.value == date and evs[0].status == "past", show(evs)


@pytest.mark.parametrize("text,date,speaker", [
    ("Latvia deplored on Monday the bomb blasts outside the embassy.", "2025-03-10", "Latvia"),
    ("The Foreign Ministry condemned on Monday the attack on the embassy.", "2025-03-10", None),
    ("Tomas Reyes denounced the attack on Tuesday.", "2025-03-11", "Tomas Reyes"),
    ("The Pentagon said today it will review the case.", "2025-03-12", "United States Department of Defense"),
])
def test_reactions_with_their_day(text, date, speaker):
    evs = _sayings(text)
    assert len(evs) == 1 and evs[0].date.value == date, show(evs)
    if speaker:
        assert speaker in {p.name for p in evs[0].participants}, show(evs)


@pytest.mark.parametrize("text", [
    "Critics denounced the plan.",
    "The attack was deplored by many.",
    "The visitors deplored the weather on Monday.",
])
def test_no_saying(text):
    assert not _sayings(text), show(_sayings(text))


# -- news outlets the gazetteer does not know, and the outlet an interview is given to ---------------

@pytest.mark.parametrize("text,outlet,date", [
    ("The Riga Daily News reported on Monday that the minister had resigned.", "Riga Daily News", "2025-03-10"),
    ("Latvian Radio reported on Monday that Clara Dumont had resigned.", "Latvian Radio", "2025-03-10"),
    ("The Baltic Morning Herald reported on Tuesday that talks would resume.", "Baltic Morning Herald", "2025-03-11"),
])
def test_an_unknown_outlet_reports(text, outlet, date):
    evs = [e for e in events_of(text, "en", DCT) if e.subtype == "MediaReport" or e.type.endswith("MediaReport")]
    assert len(evs) == 1 and outlet in {p.name for p in evs[0].participants} and evs[0].date.value == date, \
        show(events_of(text, "en", DCT))


@pytest.mark.parametrize("text", [
    "In an interview with Latvian Television, Clara Dumont said she would resign.",
    "In an interview with Reuters, Clara Dumont said she would resign.",
])
def test_the_outlet_of_an_interview_does_not_speak(text):
    evs = _sayings(text)
    assert len(evs) == 1 and "Clara Dumont" in {p.name for p in evs[0].participants}, show(evs)


@pytest.mark.parametrize("text", [
    "Clara Dumont read the Sunday Times on Monday.",
    "Good News for farmers came on Monday.",
])
def test_no_media_report(text):
    evs = events_of(text, "en", DCT)
    assert not [e for e in evs if (e.subtype or "").endswith("MediaReport") or e.type.endswith("MediaReport")], show(evs)
