"""Event extraction: typed events with participants, roles, place, date, status and evidence.

``annotate(analysis)`` reads sentences, timexes and mentions and fills ``analysis.events``
(ids ``e1``, ``e2``, ... in text order). Triggers, role cues and status cues are data in
``kb/lang/<iso>/events.txt`` and ``status.txt``; this engine knows no words of any language.

Dates come from the timexes of the trigger's clause (the reporting clause "teilte am Dienstag
mit" dates the announcement, not the visit it announces), else from the sentence, else they are
inherited -- marked uncertain -- from an earlier event with a shared participant, or, for
things reported as done, from the publication date.
"""

from __future__ import annotations

import datetime as _dt

from ..model import Analysis, DateValue, Event, Participant, Span
from . import roles as _roles
from .context import Context, clauses, quotes
from .rules import Rule, rules, status_cues

__all__ = ["annotate", "extract_sentence"]

# types whose date is one day even when inherited from an interval
_POINT_TYPES = {"Meeting", "PhoneCall", "Statement", "Announcement"}
_COMMUNICATION = {"Statement", "Announcement"}
# reported without a date, these are usually background, not news of the day
_NO_DEFAULT_DATE = {"Election", "ReElection", "ArmedConflictStart"}


def _dct_date(dct: _dt.date) -> DateValue:
    return DateValue(value=dct.isoformat(), earliest=dct, latest=dct, granularity="day", uncertain=True)


def _from_timex(timex, open_start: bool) -> DateValue:
    """The event date a timex gives. "seit Februar 2022" (an open interval) dates an event by its start."""
    from ..temporal.resolve import bounds

    date = timex.date()
    if date.value.endswith("/..") and timex.mod == "ON_OR_AFTER":
        start = date.value[:-3]
        lo, hi, gran = bounds(start)
        date = DateValue(value=start, earliest=lo, latest=hi, granularity=gran or date.granularity,
                         resolved=date.resolved, text=date.text, span=date.span)
    if open_start and "/" not in date.value and date.resolved:
        date.value = f"{date.value}/.."
        date.latest = None
    return date


def _status(rule: Rule, ctx: Context, start: int, end: int, date: DateValue | None,
            dct: _dt.date | None, lang: str) -> str:
    text = ctx.text
    found = None
    for status, pat in status_cues(lang):
        for m in pat.finditer(text, start, end):
            if not ctx.quoted(m.start()):
                found = status
                break
        if found:
            break
    if found in ("did_not_occur", "hypothetical"):
        return found
    if date is not None and dct is not None and date.resolved and date.earliest:
        if date.earliest > dct and found != "ongoing":
            return "planned"
        if date.latest and date.latest < dct and found == "planned" and not rule.type == "Meeting":
            return "past"
    return found or "past"


def _aggregate_cue(ctx: Context, rule: Rule, m_start: int, m_end: int, lang: str) -> bool:
    """Does an ordinal or a count make this trigger part of a claim rather than an event?"""
    from ..claims import cues

    c = cues(lang)
    clause = ctx.clause_of(m_start)
    before = ctx.text[max(clause[0], m_start - 40):m_start]
    if c.count_before(before) or c.count_around(ctx.text[clause[0]:clause[1]]):
        return True
    if rule.nominal:
        ordinal = c.ordinal_before(before)
        if ordinal is not None and ordinal != "last":
            return True
    return False


def extract_sentence(ctx: Context, lang: str, dct: _dt.date | None) -> list[Event]:
    """Events stated in one sentence (ids not yet assigned)."""
    text = ctx.text
    found = []
    for rule in rules(lang).triggers:
        for m in rule.pattern.finditer(text, ctx.sentence.start, ctx.sentence.end):
            if m.end() > ctx.sentence.end or ctx.quoted(m.start()):
                continue
            found.append((m.start(), m.end(), rule))
    # one event per trigger: longest match first, earlier rules win ties
    found.sort(key=lambda x: (x[0], -(x[1] - x[0])))
    chosen: list[tuple[int, int, Rule]] = []
    for s, e, rule in found:
        if any(s < e2 and s2 < e for s2, e2, _ in chosen):
            continue
        chosen.append((s, e, rule))
    trigger_clauses = {ctx.clause_index(s) for s, _, _ in chosen}
    events = []
    for s, e, rule in chosen:
        if _aggregate_cue(ctx, rule, s, e, lang):
            continue
        cstart, cend = ctx.clause_of(s)
        parts, place = _roles.assign(rule, ctx, s, e, lang)
        if not parts:
            continue
        if rule.needs("place") and place is None:
            continue
        if rule.needs("object") and not _roles.object_follows(ctx, e):
            continue
        timex = _roles.nearest_timex(ctx, s, e, trigger_clauses)
        if rule.needs("date") and timex is None:
            continue
        date = _from_timex(timex, "open" in rule.options) if timex is not None else None
        status = _status(rule, ctx, cstart, cend, date, dct, lang)
        if status == "ongoing" and date is not None and "/" not in date.value:
            date = _from_timex(timex, True)  # "began his visit on Tuesday": open since then
        etype = rule.type
        outcome = rule.options.get("outcome")
        office = None
        if etype == "Election":
            if outcome == "re-elected":
                etype = "ReElection"
            winner = next((p.entity for p in parts if p.role == "winner"), None)
            office = _roles.office_for(winner, date.earliest if date is not None else dct)
        events.append(Event(
            id="", type=etype, status=status, evidence=Span(ctx.sentence.start, ctx.sentence.end),
            participants=parts, place=place, date=date, trigger=Span(s, e),
            subtype=rule.subtype, outcome=outcome if etype in ("Election", "ReElection") else None,
            office=office,
            hypothetical=status == "hypothetical", negated=status == "did_not_occur"))
    return events


def _shares(a: Event, b: Event) -> bool:
    ids_a = {p.entity.id for p in a.participants if p.entity}
    return any(p.entity and p.entity.id in ids_a for p in b.participants)


def _inherit_dates(events: list[Event], dct: _dt.date | None, sentence_of) -> None:
    for i, ev in enumerate(events):
        if ev.date is not None:
            continue
        for prev in reversed(events[:i]):
            if prev.date is None or not _shares(prev, ev):
                continue
            if sentence_of(ev) - sentence_of(prev) > 2 or prev.type in _COMMUNICATION:
                continue
            if prev.status == "planned" and ev.status not in ("planned", "hypothetical"):
                continue
            date = DateValue(**{**prev.date.__dict__})
            date.uncertain = True
            date.text = None
            date.span = None
            if ev.type in _POINT_TYPES and date.value.endswith("/.."):
                from ..temporal.resolve import bounds
                start = date.value[:-3]
                lo, hi, gran = bounds(start)
                date = DateValue(value=start, earliest=lo, latest=hi, granularity=gran, uncertain=True)
            ev.date = date
            break
        if ev.date is None and dct is not None and ev.status in ("past", "ongoing") \
                and ev.type not in _NO_DEFAULT_DATE:
            ev.date = _dct_date(dct)


def _same(a: Event, b: Event) -> bool:
    if a.type != b.type or (a.subtype or None) != (b.subtype or None):
        return False
    ids_a = {p.entity.id for p in a.participants if p.entity}
    ids_b = {p.entity.id for p in b.participants if p.entity}
    if not ids_a or not ids_b:
        return False
    if a.type in _COMMUNICATION:
        same_people = bool(ids_a & ids_b) and (ids_a <= ids_b or ids_b <= ids_a)
    else:
        same_people = ids_a == ids_b
    if not same_people:
        return False
    if a.date is None or b.date is None:
        return True
    return a.date.value == b.date.value


def _merge(events: list[Event]) -> list[Event]:
    """One event per thing: repeated statements of a speaker on a day, a headline and its body."""
    out: list[Event] = []
    for ev in events:
        twin = next((o for o in out if _same(o, ev)), None)
        if twin is None:
            out.append(ev)
            continue
        if twin.date is None and ev.date is not None:
            twin.date = ev.date
        if twin.place is None and ev.place is not None:
            twin.place = ev.place
        known = {(p.entity.id if p.entity else p.label) for p in twin.participants}
        for p in ev.participants:
            if (p.entity.id if p.entity else p.label) not in known:
                twin.participants.append(p)
    return out


def annotate(analysis: Analysis) -> None:
    """Fill ``analysis.events`` from sentences, timexes and mentions; boilerplate yields none."""
    doc = analysis.document
    text, lang, dct = doc.text, doc.lang, doc.published
    events: list[Event] = []
    sentence_index: dict[int, int] = {}
    for n, sent in enumerate(analysis.sentences):
        if any(sent.start < b.end and b.start < sent.end for b in analysis.boilerplate):
            continue
        mentions = [m for m in analysis.mentions if sent.start <= m.start < sent.end]
        timexes = [t for t in analysis.timexes if sent.start <= t.start < sent.end]
        protected = [(t.start, t.end) for t in timexes] + [(m.start, m.end) for m in mentions]
        earlier_start = analysis.sentences[max(0, n - 2)].start
        earlier = [m for m in analysis.mentions if earlier_start <= m.start < sent.start]
        ctx = Context(text, sent, clauses(text, sent, protected), quotes(text, sent.start, sent.end),
                      mentions, timexes, earlier)
        for ev in extract_sentence(ctx, lang, dct):
            sentence_index[id(ev)] = n
            events.append(ev)
    events.sort(key=lambda e: (e.evidence.start, e.trigger.start if e.trigger else 0))
    _inherit_dates(events, dct, lambda ev: sentence_index.get(id(ev), 0))
    events = _merge(events)
    for i, ev in enumerate(events, 1):
        ev.id = f"e{i}"
    analysis.events = events
