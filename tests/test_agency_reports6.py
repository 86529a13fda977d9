"""Probes from invented agency reports, sixth round (issue 9). Every sentence was written for these
tests."""

from __future__ import annotations

import datetime as dt

import pytest

from agency_events import report_events as _events

DCT = dt.date(2025, 11, 12)  # a Wednesday


@pytest.mark.parametrize("text, lang, main, other", [
    # a meeting told with a day, then a call in a clause of another time after it: two events, and
    # the meeting's day is not the call's
    ("Clara Dumont met Jonas Meier in Riga on Monday, days after the two spoke by phone.", "en",
     ("Meeting", "2025-11-10"), "PhoneCall"),
    ("Clara Dumont met Jonas Meier in Riga on Monday, days after the two countries' leaders spoke by phone.", "en",
     ("Meeting", "2025-11-10"), "PhoneCall"),
    ("Clara Dumont met Jonas Meier in Riga on Monday, shortly after the two spoke by phone.", "en",
     ("Meeting", "2025-11-10"), "PhoneCall"),
    ("Clara Dumont traf Jonas Meier am Montag in Riga, wenige Tage nachdem die beiden telefoniert hatten.", "de",
     ("Meeting", "2025-11-10"), "PhoneCall"),
    ("Clara Dumont traf Jonas Meier am Montag in Riga, kurz nachdem die Regierungschefs beider Länder telefoniert hatten.",
     "de", ("Meeting", "2025-11-10"), "PhoneCall"),
    ("Clara Dumont will meet Jonas Meier in Riga on Friday, days after the two spoke by phone.", "en",
     ("Meeting", "2025-11-14"), "PhoneCall"),
])
def test_an_event_in_a_clause_of_another_time_is_another_event(text, lang, main, other):
    found = _events(text, lang=lang, dct=DCT)
    assert [(t, d) for t, _, d, _, _ in found if t == main[0]] == [main], (text, found)
    calls = [d for t, _, d, _, _ in found if t == other]
    assert len(calls) == 1 and calls[0] != main[1], (text, found)


@pytest.mark.parametrize("text, lang, expected", [
    # the clause of another time has a day of its own: each keeps its own
    ("Clara Dumont traf Jonas Meier am Montag in Riga, nachdem sie am Freitag mit Tomas Reyes telefoniert hatte.", "de",
     {("Meeting", "2025-11-10"), ("PhoneCall", "2025-11-07")}),
    # a clause of the same time ("when") shares the day; a call held as talks is one event
    ("Clara Dumont met Jonas Meier on Monday when she visited Riga.", "en",
     {("Meeting", "2025-11-10"), ("StateVisit", "2025-11-10")}),
    ("Clara Dumont held talks with Jonas Meier by phone on Monday.", "en", {("PhoneCall", "2025-11-10")}),
    ("Clara Dumont telefonierte am Montag mit Jonas Meier und beriet mit ihm über den Handel.", "de",
     {("PhoneCall", "2025-11-10")}),
])
def test_a_clause_of_the_same_time_or_with_its_own_day(text, lang, expected):
    found = _events(text, lang=lang, dct=DCT)
    assert {(t, d) for t, _, d, _, _ in found} == expected, (text, found)


@pytest.mark.parametrize("text, lang, expected", [
    # voters heading to the polls on a weekday in the present: the vote to come
    ("Voters in Portugal head to the polls on Sunday to elect a new parliament.", "en", [("Election", "planned", "2025-11-16")]),
    ("Voters in Portugal headed to the polls on Sunday.", "en", [("Election", "past", "2025-11-09")]),
    # a new head "gewählt": the election alone, no taking of office
    ("In Portugal wurde am Sonntag ein neuer Präsident gewählt.", "de", [("Election", "past", "2025-11-09")]),
    ("In Portugal wird am Sonntag ein neuer Präsident gewählt.", "de", [("Election", "planned", "2025-11-16")]),
    ("Tomas Reyes wurde am Montag neuer Präsident von Portugal.", "de", [("Other", "past", "2025-11-10")]),
    # nobody votes: the heading of a team, a vote of no one named
    ("The team heads to the final on Sunday.", "en", []),
])
def test_votes_told_in_a_present_or_a_passive(text, lang, expected):
    found = [(t, s, d) for t, s, d, _, _ in _events(text, lang=lang, dct=DCT)]
    assert found == expected, (text, found)


@pytest.mark.parametrize("text, lang, expected", [
    # a call in which a meeting is agreed: the call done on its day, the meeting planned -- not on
    # the call's day, and not where the call was
    ("Clara Dumont and Jonas Meier agreed in a phone call on Thursday to meet in Riga.", "en",
     {("PhoneCall", "past", "2025-11-06", None), ("Meeting", "planned", None, "Riga")}),
    ("Clara Dumont and Jonas Meier agreed in a phone call on Thursday to meet in Riga next month.", "en",
     {("PhoneCall", "past", "2025-11-06", None), ("Meeting", "planned", "2025-12", "Riga")}),
    ("Clara Dumont and Jonas Meier agreed on Thursday to meet in Riga next month.", "en",
     {("Meeting", "planned", "2025-12", "Riga")}),
    ("Clara Dumont und Jonas Meier vereinbarten am Donnerstag in einem Telefonat ein Treffen in Riga.", "de",
     {("PhoneCall", "past", "2025-11-06", None), ("Meeting", "planned", None, "Riga")}),
    ("Clara Dumont und Jonas Meier verständigten sich am Donnerstag in einem Telefonat darauf, sich in Riga zu treffen.",
     "de", {("PhoneCall", "past", "2025-11-06", None), ("Meeting", "planned", None, "Riga")}),
    ("Clara Dumont und Jonas Meier vereinbarten am Donnerstag, sich in Riga zu treffen.", "de",
     {("Meeting", "planned", None, "Riga")}),
    # nothing planned: the call alone, done
    ("Clara Dumont and Jonas Meier spoke in a phone call on Thursday about trade.", "en",
     {("PhoneCall", "past", "2025-11-06", None)}),
    ("Clara Dumont und Jonas Meier sprachen am Donnerstag in einem Telefonat über den Handel.", "de",
     {("PhoneCall", "past", "2025-11-06", None)}),
])
def test_a_meeting_agreed_in_a_call_is_planned_apart_from_it(text, lang, expected):
    from kb.model import Document
    from kb.pipeline import analyse
    a = analyse(Document(id="t", text=text, lang=lang, published=DCT))
    found = {(e.type, e.status, e.date.value if e.date else None, e.place.name if e.place else None)
             for e in a.events if not e.implied_by}
    assert found == expected, (text, found)


@pytest.mark.parametrize("text, lang, expected", [
    # talks planned for a week as a trip's purpose, then whom they are with: one meeting
    ("Jonas Meier reist in der kommenden Woche zu Gesprächen nach Berlin. Dort will er mit Clara Dumont "
     "zusammentreffen.", "de",
     [("StateVisit", "2025-11-17/2025-11-23", {"Jonas Meier"}),
      ("Meeting", "2025-11-17/2025-11-23", {"Jonas Meier", "Clara Dumont"})]),
    ("Jonas Meier will travel to Berlin next week for talks. There he will meet Clara Dumont.", "en",
     [("StateVisit", "2025-11-17/2025-11-23", {"Jonas Meier"}),
      ("Meeting", "2025-11-17/2025-11-23", {"Jonas Meier", "Clara Dumont"})]),
    # two meetings of the week with two people each stay two
    ("Jonas Meier will meet Clara Dumont in Berlin next week. He will also meet Tomas Reyes next week.", "en",
     [("Meeting", "2025-11-17/2025-11-23", {"Jonas Meier", "Clara Dumont"}),
      ("Meeting", "2025-11-17/2025-11-23", {"Jonas Meier", "Tomas Reyes"})]),
])
def test_talks_planned_for_a_span_and_told_with_whom(text, lang, expected):
    found = [(t, d, set(p)) for t, _, d, p, _ in _events(text, lang=lang, dct=DCT)]
    assert found == expected, (text, found)


@pytest.mark.parametrize("text, lang, dct, expected", [
    # a counterpart named after "Kollegen" is that person
    ("Jonas Meier hat sich am Montag in Kiew mit seinem ukrainischen Kollegen Andrij Sybiha getroffen.", "de", DCT,
     {"Jonas Meier", "Andrij Sybiha"}),
    ("Jonas Meier traf am Montag seine Kollegen.", "de", DCT, {"Jonas Meier"}),
    # a country before "new": the holder who took office lately; none when nobody did
    ("Japan's new prime minister held a phone call with Li Qiang on Monday.", "en", DCT, {"Sanae Takaichi", "Li Qiang"}),
    ("Japans neue Ministerpräsidentin telefonierte am Montag mit Li Qiang.", "de", DCT, {"Sanae Takaichi", "Li Qiang"}),
    ("Japan's new prime minister held a phone call with Li Qiang on Monday.", "en", dt.date(2026, 12, 2), {"Li Qiang"}),
])
def test_who_an_office_word_with_a_modifier_names(text, lang, dct, expected):
    found = _events(text, lang=lang, dct=dct)
    assert len(found) == 1 and set(found[0][3]) == expected, (text, found)


@pytest.mark.parametrize("text, lang", [
    # a saying told as done, in a sentence of a plan dated by the one before: the report's day
    ("Jonas Meier reist am Donnerstag nach Rom. Dort wird er von Clara Dumont empfangen, wie ein Regierungssprecher "
     "mitteilte.", "de"),
    ("Jonas Meier will travel to Rome on Thursday. There he will be received by Clara Dumont, a government spokesman "
     "said.", "en"),
])
def test_a_saying_is_not_dated_by_a_plan_told_before(text, lang):
    found = _events(text, lang=lang, dct=DCT)
    sayings = [(s, d) for t, s, d, _, _ in found if t in ("Statement", "Announcement")]
    plans = [(t, d) for t, s, d, _, _ in found if s == "planned"]
    assert sayings == [("past", "2025-11-12")], (text, found)
    assert {d for _, d in plans} == {"2025-11-13"}, (text, found)


@pytest.mark.parametrize("text, expected", [
    # a stay under way and its reception still to come, on a day within it: one stay, with its host
    ("Jonas Meier ist am Dienstagabend zu einem dreitägigen Staatsbesuch in Chile eingetroffen. In Santiago wird er "
     "am Mittwoch von Präsident Gabriel Boric mit militärischen Ehren empfangen.",
     [("StateVisit", "ongoing", "2025-11-11/2025-11-13", {"Jonas Meier", "Gabriel Boric"})]),
    # a reception after the stay's last day is another
    ("Jonas Meier ist am Dienstagabend zu einem zweitägigen Staatsbesuch in Chile eingetroffen. In Santiago wird er "
     "am Freitag von Präsident Gabriel Boric mit militärischen Ehren empfangen.",
     [("StateVisit", "ongoing", "2025-11-11/2025-11-12", {"Jonas Meier"}),
      ("StateVisit", "planned", "2025-11-14", {"Jonas Meier", "Gabriel Boric"})]),
])
def test_a_reception_to_come_within_a_stay_under_way(text, expected):
    found = [(t, s, d, set(p)) for t, s, d, p, _ in _events(text, lang="de", dct=DCT)]
    assert found == expected, (text, found)
