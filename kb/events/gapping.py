"""Coordinations with the verb left out: "Xi met Putin on Monday and Kim on Tuesday", "met Putin in
Moscow on May 8 and in Beijing on Aug. 31". The second item -- after a list word (``listjoin`` of
function-words.txt) that follows the date of an event's clause, a name and a date and nothing
else -- tells the same event again, with that partner or place and that date; the first keeps its
own date. A stay told by its dated legs ("will visit Poland on Thursday and Lithuania on Friday")
stays one journey over their days (kb.events.dating)."""

from __future__ import annotations

import dataclasses
import re

from ..entities.words import function_words
from ..eventtypes import STAYS
from ..frames import lexicon
from ..model import Event, Participant, Span
from .context import PLACE_KINDS, Context

__all__ = ["gapped"]

_STAYS = STAYS

_WORD = re.compile(r"\s*,?\s*([^\W\d_]+)\s+")


def gapped(ctx: Context, lang: str, events: list[Event], from_timex) -> list[Event]:
    """The events the second items of such coordinations tell (``from_timex`` makes a timex an
    event date); each event they repeat is left with the date of its own item."""
    joins = function_words(lang, "listjoin")
    preps = lexicon(lang).preps
    out = []
    for ev in events:
        if ev.type in _STAYS or ev.trigger is None or ev.implied_by is not None or ev.date is None or ev.date.source != "text" \
                or ev.date.span is None or ev.date.span.start < ev.trigger.end:
            continue
        item = _item(ctx, ev.date.span.end, joins, preps)
        if item is None:
            continue
        name, timex = item
        twin = _with(ev, name)
        if twin is None:
            continue
        own = next((t for t in ctx.timexes if t.start == ev.date.span.start), None)
        if own is not None:
            ev.date = from_timex(own)  # its own day, not a stay up to the second item's
        twin.date = from_timex(timex)
        twin.notes = dataclasses.replace(ev.notes)
        out.append(twin)
    return out


def _item(ctx: Context, pos: int, joins, preps):
    """The name and the date of a second item right after ``pos`` ("and Kim Jong Un on Tuesday",
    ", and in Tianjin on Aug. 31"), closing its sentence or clause; None when there is none."""
    text, end = ctx.text, ctx.sentence.end
    m = _WORD.match(text, pos, end)
    if m is None or m.group(1).lower() not in joins:
        return None
    at = m.end()
    prep = _WORD.match(text, at, end)
    if prep is not None and prep.group(1).lower() in preps and prep.group(1)[:1].islower():
        at = prep.end()
    name = next((x for x in ctx.mentions if x.start == at and x.entities), None)
    if name is None:
        return None
    rest = _WORD.match(text, name.end, end)
    tpos = rest.end() if rest is not None and rest.group(1).lower() in preps else name.end + 1
    timex = next((t for t in ctx.timexes if t.type == "DATE" and t.start == tpos), None)
    if timex is None or text[timex.end:end].strip()[:1] not in ("", ".", ",", ";"):
        return None
    return name, timex


def _with(ev: Event, name) -> Event | None:
    """The event again with the second item's name: a place in place of its place, a partner in
    place of those named after its trigger."""
    ent = name.entities[0]
    label = Participant(entity=ent, label=name.text, role=None, span=Span(name.start, name.end))
    twin = Event(id="", type=ev.type, status=ev.status, evidence=ev.evidence, participants=list(ev.participants),
                 place=ev.place, date=ev.date, trigger=ev.trigger, subtype=ev.subtype)
    if ent.kind in PLACE_KINDS:
        twin.place = label
        return twin
    if ent.kind != "person":
        return None
    before = [p for p in ev.participants if p.span is not None and p.span.start < ev.trigger.start]
    after = [p for p in ev.participants if p not in before]
    if not before or not after:
        return None
    label.role = after[0].role
    twin.participants = before + [label]
    return twin
