"""English probes of the second round of issue 9: errors the stop-28 probes found and left, each
written for this test (invented names: Jonas Meier, Clara Dumont, Tom Berg); no sentence comes from
the development or test texts.

Each positive case lists the events of its class a careful reader lists under the development
set's README conventions, as ``(type, participant name or None, date value or None, statuses)``
(tests/extraction_cases.matches); a case also fails when kb lists more events of the class.
NOTHING lists sentences that must give no asserted event of the class named with them."""

from __future__ import annotations

import pytest

from extraction_cases import check_told, events_of, show, told_of

DCT = "2025-03-12"  # a Wednesday; 20 March lies eight days ahead


CASES = [
    # --- a day without its year written before the event noun, in a clause told as past: the
    # latest such day, even when the next one is nearer; told as to come: the next one
    ("The 20 March talks between Jonas Meier and Clara Dumont ended without agreement.",
     [("Meeting", "Jonas Meier", "2024-03-20", "past")]),
    ("The March 20 talks between Jonas Meier and Clara Dumont collapsed.",
     [("Meeting", "Clara Dumont", "2024-03-20", "past")]),
    ("The 20 March talks between Jonas Meier and Clara Dumont will be held in Riga.",
     [("Meeting", "Jonas Meier", "2025-03-20", "planned")]),
    ("Sunday's talks between Jonas Meier and Clara Dumont ended without agreement.",
     [("Meeting", "Jonas Meier", "2025-03-09", "past")]),
    ("The 2019 summit between Jonas Meier and Clara Dumont ended without agreement.",
     [("Summit", "Jonas Meier", "2019", "past")]),
    # --- talks or a summit named as what a briefing is about: the briefing is told (a Statement
    # on its day), not a new meeting
    ("Clara Dumont briefed reporters on the talks on Tuesday.",
     [("Statement", "Clara Dumont", "2025-03-11", "past")]),
    ("Tom Berg briefed lawmakers about the summit on Monday.",
     [("Statement", "Tom Berg", "2025-03-10", "past")]),
    ("Clara Dumont met Jonas Meier on Tuesday and later briefed reporters.",
     [("Meeting", "Jonas Meier", "2025-03-11", "past")]),
    # --- a concession told as made is a Statement on its day
    ("Jonas Meier conceded defeat on Monday.",
     [("Statement", "Jonas Meier", "2025-03-10", "past")]),
    # --- a plane told as someone's is that person's arrival
    ("Clara Dumont left Riga on Sunday. Her plane landed in Caracas on Monday.",
     [("StateVisit", "Clara Dumont", "2025-03-10", "past")]),
    ("Clara Dumont left Riga on Sunday. She arrived in Caracas on Monday.",
     [("StateVisit", "Clara Dumont", "2025-03-10", "past")]),
    # --- legs of a trip told one by one are visits of their own; a weekday of a leg told as coming
    # next lies after the day of the leg before, not before it
    ("Clara Dumont will travel to Vilnius on Monday. She will then travel to Tallinn on Wednesday.",
     [("StateVisit", "Clara Dumont", "2025-03-17", "planned"),
      ("StateVisit", "Clara Dumont", "2025-03-19", "planned")]),
    ("Clara Dumont will travel to Vilnius on Monday. Later she will visit Tallinn on Wednesday.",
     [("StateVisit", "Clara Dumont", "2025-03-17", "planned"),
      ("StateVisit", "Clara Dumont", "2025-03-19", "planned")]),
    ("Clara Dumont met Jonas Meier on Tuesday. She will then travel to Tallinn on Friday.",
     [("StateVisit", "Clara Dumont", "2025-03-14", "planned")]),
    ("Clara Dumont travelled to Vilnius on Monday. She then travelled to Tallinn on Tuesday.",
     [("StateVisit", "Clara Dumont", "2025-03-10", "past"),
      ("StateVisit", "Clara Dumont", "2025-03-11", "past")]),
]

NOTHING: list[tuple[str, str]] = [
    # ships or forces arriving are no visit of the people named before
    ("StateVisit", "Tom Berg welcomed the Russian navy. Russian warships arrived in Venezuela on Monday."),
    ("StateVisit", "Clara Dumont met Jonas Meier on Sunday. Two Russian destroyers have arrived in Cuba."),
    ("StateVisit", "Clara Dumont met Jonas Meier on Sunday. Russian troops arrived in Belarus on Monday."),
    ("Other/Protest", "Jonas Meier drove through Belgrade on Sunday."),
    ("Other/Protest", "Marathon runners raced across Riga on Sunday."),
    # a refused or denied concession is nothing said (no Statement that did not occur either)
    ("Statement", "Jonas Meier refused to concede defeat on Monday."),
    ("Statement", "Jonas Meier has not conceded."),
    ("Statement", "Jonas Meier declined to concede defeat after the vote."),
    ("Meeting", "Clara Dumont briefed reporters on the talks on Tuesday."),
    ("Meeting", "Clara Dumont will brief lawmakers on the talks on Friday."),
    ("Summit", "Tom Berg briefed lawmakers about the summit on Monday."),
    ("Summit", "Clara Dumont gave a briefing on the summit in Riga on Monday."),
]


@pytest.mark.parametrize("text,place", [
    ("Protesters marched through Belgrade on Sunday.", "Belgrade"),
    ("Thousands of people protested across Serbia on Sunday.", "Serbia"),
    ("Hundreds of students rallied outside Tbilisi on Saturday.", "Tbilisi"),
    ("Protesters marched in Belgrade on Sunday.", "Belgrade"),
])
def test_where_a_crowd_marched_or_rallied_is_the_protests_place(text, place):
    """"through", "across", "outside" before a place tell where a protest was, as "in" does."""
    protests = told_of(events_of(text, "en", DCT), "Other/Protest")
    assert [e.place.label if e.place else None for e in protests] == [place], show(protests)


@pytest.mark.parametrize("text,expected", [pytest.param(t, e, id=t[:60]) for t, e in CASES])
def test_english_probe(text, expected):
    check_told(text, expected, "en", DCT)


@pytest.mark.parametrize("cls,text", [pytest.param(c, t, id=t[:60]) for c, t in NOTHING])
def test_english_probe_nothing(cls, text):
    if cls == "Statement":  # a saying that did not occur is no event either
        assert not told_of(events_of(text, "en", DCT), cls), show(events_of(text, "en", DCT))
    evs = [e for e in told_of(events_of(text, "en", DCT), cls) if e.status in ("past", "ongoing", "planned")]
    assert not evs, show(evs)


def test_a_leg_told_next_in_german_lies_after_the_leg_before():
    """The rule is the story step's, for any language with a ``sequel`` cue ("Anschließend")."""
    evs = events_of("Clara Dumont reist am Montag nach Vilnius. Anschließend reist sie am Mittwoch "
                    "nach Tallinn.", "de", DCT)
    assert sorted(e.date.value for e in told_of(evs, "StateVisit")) == ["2025-03-17", "2025-03-19"], show(evs)
