"""Events reported as done by a saying the text dates.

"X spoke with Y by phone, his office said on Sunday", "X habe mit Y telefoniert, teilte sein Büro am
Sonntag mit": the call took place on or before the day it was reported. Told without a day of its
own, it takes that day (uncertain, from the context) rather than the publication's, which may be
days later -- the reading of the development README ("date not stated, only implied by the report
of" that day). The saying is one of the sentence's sayings (:mod:`kb.frames.sayings`): a speaking
verb (frames.txt ``class speech``) told in the past, not negated, with a time argument that the
tagger resolves to a day no later than the publication's guess allows, either after the event in a
clause other than the event's, or told first with its one date before the event ("Trump said on
Wednesday he had a phone call with Xi", "X sagte am Mittwoch, er habe mit Y telefoniert"): then
the event is told in the past itself or as an event noun, and is no other saying.
"""

from __future__ import annotations

import datetime as _dt

from ..frames import frame_at
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
        own = frame_at(frames_of.get(n, []), ev.trigger.start, ev.trigger.end)
        if own is None:
            continue
        day = _said_day(sayings_of[n], ev.trigger.start, own.predicate)
        if day is None or (date.latest is not None and day > date.latest):
            continue
        width = (date.latest - date.earliest) if date.latest is not None and date.earliest is not None else None
        ev.date = DateValue(value=day.isoformat(), earliest=day - width if width is not None else None, latest=day,
                            granularity="day", uncertain=True, source="context")


def _said_day(sayings: list, trigger: int, told) -> _dt.date | None:
    """The day of the one dated saying told in the past that reports the event at ``trigger``
    (its predicate ``told``): after it in a clause of its own, or after its verb and own dates in
    what it says (``Saying.says``, else a clause after the saying's) --
    then told in the past itself, or as an event noun ("said on Monday he had met Y", "said on
    Monday he had a phone call with Y"; not "said he hoped to meet Y", nor another saying told
    after it); None when there is none or more than one."""
    days = set()
    for s in sayings:
        if s.tense != "past" or s.negated:
            continue
        if s.closes(trigger):
            days.update(s.days)
        elif (told.nominal or told.tense == "past") and not any(o.start == told.start for o in sayings) \
                and (s.says.start <= trigger < s.says.end if s.says is not None else trigger >= s.after.start):
            day = s.tells(trigger)
            days.update([day] if day is not None else [])
    return days.pop() if len(days) == 1 else None
