"""Windows anchored on something the text names but does not date in place: the owner's taking
office ("since taking office": the gazetteer's tenure start) and an event told before ("since the
start of the invasion": that event's date). See :mod:`kb.claims.context` for the windows read in
place."""

from __future__ import annotations

from kb.events import dating
from kb.model import Analysis, Participant

from .context import Window
from .lexicon import Lexicon

__all__ = ["event_kinds", "event_since", "office_since"]


def office_since(lex: Lexicon, w: Window, who: list[Participant], as_of) -> Window:
    """"since taking office", "seit ihrem Amtsantritt": when the owner is one person whose office
    at the claim's date the gazetteer knows, and that tenure began less than four years before (no
    later inauguration can lie in it), the window starts on the day it began (the words stay as
    ``text``). An election ("since your election") is not a taking of office: it stays text."""
    if w.since is not None or w.within or not w.text or lex.office_start is None or as_of is None:
        return w
    people = [p.entity for p in who if p.entity is not None and p.entity.kind == "person"]
    if len(people) != 1 or len(who) != 1 or not lex.office_start.search(w.text):
        return w
    held = [o for o in people[0].offices if o[2] and o[2] <= as_of.isoformat() and (not o[3] or o[3] >= as_of.isoformat())]
    if not held:
        return w
    start = max(o[2] for o in held)
    try:
        date = dating.of_value(start, text=w.text)
    except (ValueError, TypeError):
        return w
    if date.earliest is None or (as_of - date.earliest).days > _FIRST_TERM_DAYS:
        return w  # a longer tenure may hold a later inauguration the gazetteer does not record
    return Window(since=date, text=w.text)


def event_kinds(lang: str, text: str) -> set[str]:
    """The kinds of event an event rule of the language reads in ``text`` ("the start of the
    invasion": a war's start)."""
    from kb.eventtypes import family
    from kb.events.rules import rules

    return {family(r.type) for r in rules(lang).triggers if r.pattern.search(text)}


def event_since(analysis: Analysis, w: Window, who: list[Participant], before: int) -> Window:
    """"Since the start of the invasion, X has visited Washington four times" after "Russia
    invaded Ukraine on February 24, 2022": a window opened by an event noun the text kb cannot
    date in place starts on the date of the last event of that kind told before ``before`` with a
    date of the text -- one of the owner's own ("since his election"), or one of states and bodies
    alone (a war, a summit of bodies), which is no one's."""
    if w.since is not None or w.within or not w.text:
        return w
    from kb.eventtypes import family

    kinds = event_kinds(analysis.document.lang, w.text)
    owners = {p.entity.id for p in who if p.entity is not None}
    told = [e for e in analysis.events if e.implied_by is None and family(e.type) in kinds and e.evidence.end <= before
            and e.date is not None and e.date.source == "text" and e.date.granularity in ("day", "month", "year")
            and e.participants and ({p.entity.id for p in e.participants if p.entity is not None} & owners
                                    or all(p.entity is not None and p.entity.kind != "person" for p in e.participants))]
    return Window(since=told[-1].date, text=w.text) if told else w


# a tenure this young holds no second inauguration: no term of a head of state or government is
# shorter than four years where it is fixed
_FIRST_TERM_DAYS = 4 * 365
