"""One event per event in a document (kb.events.dedupe), on sentences written for these tests:
mentions of one visit, call or meeting fold into one event; coordinated or distinct events, and a
statement made at or after talks in person, stay apart."""

from __future__ import annotations

import datetime as dt

import pytest

from kb.events import dating
from kb.events.dedupe import Pair, _absorbed, _same
from kb.model import Document, Entity, Event, Participant, Span
from kb.pipeline import analyse

DCT = dt.date(2024, 3, 14)  # a Thursday


def run(text: str, lang: str):
    return analyse(Document(id="t", text=text, lang=lang, published=DCT))


def of_type(a, etype: str) -> list[Event]:
    return [e for e in a.events if e.type == etype and not e.implied_by]


def ids(ev: Event) -> set[str]:
    return {p.entity.name for p in ev.participants if p.entity}


def _ev(etype, *people, date=None, source="text", status="past", place=None, kinds=None, subtype=None,
        sentence=0):
    kinds = kinds or {}
    parts = [Participant(Entity(p, p, kinds.get(p, "person")), p) for p in people]
    where = Participant(Entity(place, place, "country"), place) if place else None
    ev = Event(id="", type=etype, status=status, evidence=Span(0, 1), participants=parts, place=where,
               date=dating.of_value(date, source=source) if date else None, subtype=subtype)
    ev.notes.sentence = sentence
    return ev


# -- the rules on events built by hand --------------------------------------------------------------

def test_two_encounters_in_one_sentence_each_with_a_person_of_its_own_stay_two():
    received = _ev("Meeting", "Q1", "Q2", date="2024-03-11")
    met = _ev("Meeting", "Q1", "Q3", date="2024-03-11")
    assert not _same(Pair(received, met, same_sentence=True, near=True))
    # one encounter told with a group beside the person: one event
    group = _ev("Meeting", "Q1", "Q2", "G7", date="2024-03-11", kinds={"G7": "organization"})
    assert _same(Pair(received, group, same_sentence=True, near=True))


def test_a_stay_told_by_region_and_by_country_over_the_same_days_is_one():
    trip = _ev("StateVisit", "Q1", date="2024-03-14/2024-03-17", place="Qregion")
    visit = _ev("StateVisit", "Q1", date="2024-03-14/2024-03-17", place="Qcountry")
    assert _same(Pair(trip, visit, near=True))
    # the legs of a journey: other places on other days
    leg1 = _ev("StateVisit", "Q1", date="2024-03-14/2024-03-15", place="Qa")
    leg2 = _ev("StateVisit", "Q1", date="2024-03-16/2024-03-17", place="Qb")
    assert not _same(Pair(leg1, leg2, near=True))
    # one day in two places is two visits
    day1 = _ev("StateVisit", "Q1", date="2024-03-14", place="Qa")
    day2 = _ev("StateVisit", "Q1", date="2024-03-14", place="Qb")
    assert not _same(Pair(day1, day2, near=True))


def _absorbed_in(events, st):
    said = {e.notes.sentence for e in events if e.type in ("Statement", "Announcement")}
    return _absorbed(st, events, lambda e: False, lambda e: e.notes.sentence, said)


def test_a_remark_is_part_of_a_phone_call_but_not_of_a_meeting():
    call = _ev("PhoneCall", "Q1", "Q2", date="2024-03-12", sentence=0)
    remark = _ev("Statement", "Q1", date="2024-03-14", source="publication", sentence=1)
    remark.date.uncertain = True
    assert _absorbed_in([call, remark], remark)
    meeting = _ev("Meeting", "Q1", "Q2", date="2024-03-12", sentence=0)
    assert not _absorbed_in([meeting, remark], remark)
    # the call first, then talks in person: a remark after the talks is a statement of its own
    talks = _ev("Meeting", "Q1", "Q3", date="2024-03-13", sentence=2)
    later = _ev("Statement", "Q1", sentence=3)
    assert not _absorbed_in([call, talks, later], later)
    # a remark dated by the text to another day was not made in the call
    other_day = _ev("Statement", "Q1", date="2024-03-05", sentence=1)
    other_day.date.uncertain = True
    assert not _absorbed_in([call, other_day], other_day)
    # someone who was not on the call: a statement of its own
    assert not _absorbed_in([call, _ev("Statement", "Q9", sentence=1)], _ev("Statement", "Q9", sentence=1))


def test_talks_told_inside_a_remark_are_its_topic_not_its_occasion():
    call = _ev("PhoneCall", "Q1", "Q2", date="2024-03-12", sentence=0)
    said = _ev("Statement", "Q1", "Q2", sentence=1)
    topic = _ev("Meeting", "Q1", "Q2", date="2024-02-04", sentence=1)  # "following their talks in May"
    congratulation = _ev("Statement", "Q1", "Q2", subtype="Congratulation", sentence=2)
    assert _absorbed_in([call, said, topic, congratulation], congratulation)


# -- whole sentences, both languages ----------------------------------------------------------------

MERGE = [
    ("en", "Olaf Scholz met Andrzej Duda in Warsaw on Monday. Scholz and Duda met for two hours on Monday.",
     "Meeting"),
    ("de", "Olaf Scholz traf am Montag Andrzej Duda in Warschau. Scholz und Duda sprachen am Montag zwei "
           "Stunden lang miteinander.", "Meeting"),
    ("en", "King Felipe VI has arrived in Chile on a four-day visit. The king's visit to Santiago is the "
           "first leg of his four-day trip to South America.", "StateVisit"),
    ("de", "König Felipe VI. ist zu einem viertägigen Besuch in Chile eingetroffen. Der Besuch in Santiago "
           "ist die erste Station seiner viertägigen Reise nach Südamerika.", "StateVisit"),
]


@pytest.mark.parametrize("lang,text,etype", MERGE)
def test_two_mentions_of_one_event_are_one(lang, text, etype):
    assert len(of_type(run(text, lang), etype)) == 1


TWO = [
    ("en", "On Monday Alexander Stubb met Frank-Walter Steinmeier and then spoke with Olaf Scholz."),
    ("de", "Alexander Stubb traf am Montag in Berlin mit Frank-Walter Steinmeier zusammen und führte danach "
           "Gespräche mit Olaf Scholz."),
    ("en", "Olaf Scholz met Andrzej Duda in Warsaw on Monday. Scholz met Duda again in Brussels on Wednesday."),
    ("de", "Olaf Scholz traf am Montag Andrzej Duda in Warschau. Am Mittwoch traf Scholz Duda erneut in "
           "Brüssel."),
]


@pytest.mark.parametrize("lang,text", TWO)
def test_coordinated_or_distinct_meetings_stay_two(lang, text):
    assert len(of_type(run(text, lang), "Meeting")) == 2


READOUT = [
    ("en", "Olaf Scholz had a telephone conversation with Joe Biden on Tuesday. Scholz noted the importance "
           "of close coordination. Biden stressed his support for Ukraine."),
    ("de", "Olaf Scholz hat am Dienstag mit Joe Biden telefoniert. Scholz betonte die Bedeutung einer engen "
           "Abstimmung. Biden unterstrich seine Unterstützung für die Ukraine."),
]


@pytest.mark.parametrize("lang,text", READOUT)
def test_what_was_said_in_a_call_is_the_call(lang, text):
    a = run(text, lang)
    [call] = of_type(a, "PhoneCall")
    assert ids(call) == {"Olaf Scholz", "Joe Biden"} and of_type(a, "Statement") == []


AFTER_TALKS = [
    ("en", "Olaf Scholz met Emmanuel Macron in Paris on Tuesday. After the talks, Scholz said Europe must "
           "stand together."),
    ("de", "Olaf Scholz traf am Dienstag Emmanuel Macron in Paris. Nach dem Treffen sagte Scholz, Europa "
           "müsse zusammenstehen."),
]


@pytest.mark.parametrize("lang,text", AFTER_TALKS)
def test_a_statement_after_talks_in_person_is_an_event_of_its_own(lang, text):
    a = run(text, lang)
    [meeting] = of_type(a, "Meeting")
    [statement] = of_type(a, "Statement")
    assert ids(meeting) == {"Olaf Scholz", "Emmanuel Macron"} and ids(statement) == {"Olaf Scholz"}
