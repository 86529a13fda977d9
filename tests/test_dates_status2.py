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


# -- 2. an event noun after a preposition of an earlier time keeps its date ----------------------

@pytest.mark.parametrize("lang,text", [
    ("de", "Im Vorfeld des Gipfels am 18. Mai traf Kanzlerin Eva Kurz in Berlin Präsident Jon Aas."),
    ("de", "Im Vorfeld des Nato-Gipfels Mitte Mai traf Kanzlerin Eva Kurz in Berlin Präsident Jon Aas."),
    ("en", "Ahead of the summit on May 18, Chancellor Eva Kurz met President Jon Aas in Berlin."),
    ("en", "In the run-up to the NATO summit in mid-May, Chancellor Eva Kurz met President Jon Aas in Berlin."),
])
def test_meeting_ahead_of_a_dated_summit_is_not_on_its_day(lang, text):
    meeting = event(text, lang, "Meeting", "2024-06-02")
    assert meeting.date is not None and not meeting.date.value.startswith("2024-05"), meeting.date


def test_meeting_on_the_eve_of_a_dated_summit_is_the_day_before():
    """"On the eve of" / "Am Vorabend" tells the day before the occasion, not just some time
    before it."""
    meeting = event("On the eve of the NATO summit on May 18, Chancellor Eva Kurz met President Jon Aas in Berlin.",
                    "en", "Meeting", "2024-06-02")
    assert meeting.date is not None and meeting.date.value == "2024-05-17", meeting.date
    meeting = event("Am Vorabend des Gipfels am 18. Mai traf Kanzlerin Eva Kurz in Berlin Präsident Jon Aas.", "de",
                    "Meeting", "2024-06-02")
    assert meeting.date.value == "2024-05-17"


@pytest.mark.parametrize("lang,text,date", [
    # must not change: after the other event, or a date of the meeting's own
    ("de", "Nach dem Nato-Gipfel am 18. Mai traf Kanzlerin Eva Kurz in Berlin Präsident Jon Aas.", "2024-05-18"),
    ("en", "After the NATO summit on May 18, Chancellor Eva Kurz met President Jon Aas in Berlin.", "2024-05-18"),
    ("en", "Chancellor Eva Kurz met President Jon Aas in Berlin on Monday ahead of the NATO summit on May 18.",
     "2024-05-27"),
    ("de", "Im Vorfeld des Nato-Gipfels traf Kanzlerin Eva Kurz am Montag in Berlin Präsident Jon Aas.",
     "2024-05-27"),
])
def test_meeting_dated_by_its_own_words(lang, text, date):
    assert event(text, lang, "Meeting", "2024-06-02").date.value == date


def test_summit_after_ahead_of_keeps_its_date():
    summit = event("On the eve of the NATO summit on May 18, Chancellor Eva Kurz met President Jon Aas in Berlin.",
                   "en", "Summit", "2024-06-02")
    assert summit.date.value == "2024-05-18"


# -- 3. a definite stay noun with a modifier refers back; its length is the stay's ---------------

@pytest.mark.parametrize("lang,text,date", [
    ("en", "President Jon Aas will travel to Norway. The three-day trip begins on Monday.", "2024-05-13/2024-05-15"),
    ("en", "President Jon Aas will travel to Norway. The two-day visit begins on Monday.", "2024-05-13/2024-05-14"),
    ("en", "President Jon Aas will travel to Norway. The week-long tour begins on Monday.", "2024-05-13/2024-05-19"),
    ("de", "Präsident Jon Aas reist nach Norwegen. Der dreitägige Besuch beginnt am Montag.",
     "2024-05-13/2024-05-15"),
    # must not change: without a length the end stays open
    ("en", "President Jon Aas will travel to Norway. The visit begins on Monday.", "2024-05-13/.."),
])
def test_stay_begins_with_its_length(lang, text, date):
    events = run(text, lang).events
    assert [e.date.value for e in events if e.type == "StateVisit"] == [date]


def test_unit_long_is_a_duration():
    from kb.temporal import tag

    text = "She began a week-long tour after a daylong meeting and a month-long trip."
    found = {(t.text, t.value) for t in tag(text, "en", dt.date(2024, 5, 8)) if t.type == "DURATION"}
    assert found == {("week-long", "P1W"), ("daylong", "P1D"), ("month-long", "P1M")}


def test_length_with_a_plain_anaphor_noun_is_kept_apart_from_other_nouns():
    # must not change: a length of another noun is not the stay's
    events = run("President Jon Aas will travel to Norway. The visit begins on Monday after a two-day summit.",
                 "en").events
    visit = next(e for e in events if e.type == "StateVisit")
    assert visit.date.value == "2024-05-13/.."


# -- 4. leaving for a stay starts it --------------------------------------------------------------

@pytest.mark.parametrize("text,status,date", [
    ("President Jon Aas leaves on Wednesday for a three-day trip to Norway.", "planned", "2024-05-08/2024-05-10"),
    ("President Jon Aas departs on Friday on a two-day visit to Norway.", "planned", "2024-05-10/2024-05-11"),
    ("President Jon Aas left on Monday for a three-day trip to Norway.", "ongoing", "2024-05-06/2024-05-08"),
    # must not change: leaving the host country, or wrapping up, ends the stay
    ("President Jon Aas wrapped up a three-day visit to Norway on Wednesday.", "past", "2024-05-06/2024-05-08"),
])
def test_departure_for_a_stay_starts_it(text, status, date):
    visit = event(text, "en", "StateVisit")
    assert (visit.status, visit.date.value) == (status, date)


# -- 5. a reported future dates what is said, not the saying ---------------------------------------

@pytest.mark.parametrize("text,date", [
    ("President Jon Aas said the deal would be reviewed next month.", "2024-05-08"),
    ("Minister Eva Kurz said the border could reopen in June.", "2024-05-08"),
    # must not change: a date right after the speaking verb is the saying's
    ("President Jon Aas said on Monday the deal would be reviewed next month.", "2024-05-06"),
    ("Minister Eva Kurz said Tuesday that talks could resume in June.", "2024-05-07"),
])
def test_reported_future_is_not_the_saying(text, date):
    saying = event(text, "en", "Statement")
    assert (saying.status, saying.date.value) == ("past", date)


def test_reported_plan_keeps_its_date():
    visit = event("President Jon Aas said that he would visit Norway next month.", "en", "StateVisit")
    assert (visit.status, visit.date.value) == ("planned", "2024-06")


# -- 6. an announced death happened; "heads of state"; a candidacy under way --------------------

@pytest.mark.parametrize("text,status,date", [
    ("The death of President Jon Aas was announced on Monday.", "past", "2024-05-06"),
    # must not change: an announced visit is a plan, its announcing day not its own
    ("The visit of President Jon Aas to Norway was announced on Monday.", "planned", None),
])
def test_announced_unscheduled_event_has_happened(text, status, date):
    ev = next(e for e in run(text, "en").events if e.type in ("Other", "StateVisit"))
    assert (ev.status, ev.date.value if ev.date else None) == (status, date)


@pytest.mark.parametrize("text,dct,status,date", [
    ("The inauguration of Clara Dumont on Monday was attended by several heads of state.", "2024-05-08",
     "past", "2024-05-06"),
    ("President Jon Aas is running for re-election in October.", "2024-02-01", "planned", "2024-10"),
    ("President Jon Aas is seeking re-election in October.", "2024-02-01", "planned", "2024-10"),
    # must not change: a candidacy told in the past
    ("President Jon Aas won re-election in October.", "2024-02-01", "past", "2023-10"),
])
def test_status_of_attended_and_running(text, dct, status, date):
    ev = next(e for e in run(text, "en", dct).events if e.type in ("Other", "ReElection", "Election"))
    assert (ev.status, ev.date.value) == (status, date)


def test_heads_is_a_plan_only_as_a_verb():
    cue = dict((s, p) for s, p in reversed(status_cues("en")))
    assert cue["planned"].search("She heads to Rome on Tuesday.")
    assert not cue["planned"].search("It was attended by several heads of state.")


@pytest.mark.parametrize("lang,text", [
    ("de", "Vor dem Nato-Gipfel traf Kanzlerin Eva Kurz am Montag in Berlin Präsident Jon Aas."),
    ("de", "Nach dem Nato-Gipfel traf Kanzlerin Eva Kurz am Montag in Berlin Präsident Jon Aas."),
])
def test_apart_noun_takes_no_date_after_the_next_trigger(lang, text):
    events = run(text, lang, "2024-06-02").events
    summit = next(e for e in events if e.type == "Summit")
    meeting = next(e for e in events if e.type == "Meeting")
    assert meeting.date.value == "2024-05-27" and summit.date.value != "2024-05-27"


def test_apart_noun_keeps_its_own_date():
    # must not change: the date right after the noun is its own, and dates what follows
    events = run("Nach dem Treffen mit Präsident Jon Aas am Montag reiste Kanzlerin Eva Kurz nach Rom.", "de",
                 "2024-06-02").events
    assert [e.date.value for e in events if e.type == "Meeting"] == ["2024-05-27"]


@pytest.mark.parametrize("lang,text,date", [
    ("en", "President Jon Aas left Norway on Monday after a three-day visit.", "2024-05-04/2024-05-06"),
    ("de", "Präsident Jon Aas verließ am Montag Norwegen nach einem dreitägigen Besuch.", "2024-05-04/2024-05-06"),
    # must not change: without a departure the day before "after" is not the visit's
    ("en", "President Jon Aas met Chancellor Eva Kurz in Berlin on Monday after a three-day visit to Norway.",
     None),
])
def test_leaving_after_a_stay_ends_it_on_that_day(lang, text, date):
    visit = event(text, lang, "StateVisit")
    if date is None:
        assert visit.date is None or not visit.date.value.endswith("2024-05-06")
    else:
        assert visit.date.value == date


def test_stay_after_a_preposition_of_another_time_is_not_under_way():
    visit = event("President Jon Aas met Chancellor Eva Kurz in Berlin on Monday after a three-day visit to Norway.",
                  "en", "StateVisit")
    assert visit.status == "past"
    # must not change: arriving for a stay of N days begins it
    visit = event("President Jon Aas arrived in Norway for a three-day visit.", "en", "StateVisit")
    assert visit.status == "ongoing"


# -- an inflected cue before another event noun is that noun's ------------------------------------

@pytest.mark.parametrize("lang,text,noun_status", [
    ("de", "Die Kanzlerin Eva Kurz telefonierte am Montag mit Präsident Jon Aas über den bevorstehenden Besuch in Rom.",
     "planned"),
    ("de", "Die Kanzlerin Eva Kurz telefonierte am Montag mit Präsident Jon Aas über einen möglichen Besuch in Rom.",
     "hypothetical"),
    ("en", "Chancellor Eva Kurz spoke by phone with President Jon Aas on Monday about the upcoming visit to Rome.",
     "planned"),
])
def test_cue_before_another_event_noun(lang, text, noun_status):
    events = run(text, lang).events
    call = next(e for e in events if e.type == "PhoneCall")
    visit = next(e for e in events if e.type == "StateVisit")
    assert (call.status, call.date.value) == ("past", "2024-05-06")
    assert visit.status == noun_status
