"""Events reported as done by a saying the text dates.

"X spoke with Y by phone, his office said on Sunday", "X habe mit Y telefoniert, teilte sein Büro am
Sonntag mit": the call took place on or before the day it was reported. Told without a day of its
own, it takes that day (uncertain, from the context) rather than the publication's, which may be
days later -- the reading of the development README ("date not stated, only implied by the report
of" that day). The saying is read from the frames of the event's sentence: a speaking verb
(frames.txt ``class speech``) told in the past, in a clause other than the event's, with a time
argument that the tagger resolves to a day no later than the publication's guess allows.
"""

from __future__ import annotations

import datetime as _dt

from ..model import DateValue, Event

__all__ = ["reported_on"]


def reported_on(events: list[Event], frames_of: dict, sayings_of: dict, sentence_of,
                skip: frozenset[int] | set[int] = frozenset()) -> None:
    """Give each event dated only by the publication day, told as done in a sentence whose saying
    the text dates to a day, that day (sentences in ``skip``, e.g. digest items, are left alone).
    ``sayings_of`` holds each sentence's sayings (:func:`kb.frames.sayings.sentence_sayings`)."""
    for ev in events:
        date = ev.date
        if date is None or date.source != "publication" or ev.status != "past" or ev.trigger is None:
            continue
        n = sentence_of(ev)
        if n is None or n in skip or not sayings_of.get(n):
            continue
        own = next((f for f in frames_of.get(n, []) if f.predicate.start <= ev.trigger.start < f.predicate.end), None)
        if own is None or own.predicate.nominal:
            continue  # an event noun in what is said ("the talks had been useful") is no reported act
        day = _said_day(sayings_of[n], ev.trigger.start)
        if day is None or (date.latest is not None and day > date.latest):
            continue
        width = (date.latest - date.earliest) if date.latest is not None and date.earliest is not None else None
        ev.date = DateValue(value=day.isoformat(), earliest=day - width if width is not None else None, latest=day,
                            granularity="day", uncertain=True, source="context")


def _said_day(sayings: list, trigger: int) -> _dt.date | None:
    """The day of the one dated saying told in the past after ``trigger`` in a clause of its own;
    None when there is none or more than one."""
    days = set()
    for s in sayings:
        if s.tense == "past" and not s.negated and s.closes(trigger):
            days.update(s.days)
    return days.pop() if len(days) == 1 else None
