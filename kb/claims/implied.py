"""The events an ordinal claim speaks about and the earlier events it implies.

"His second visit to China within seven months": the claim is about the visit the text reports
(``Claim.event``), and implies an earlier visit (``Claim.implies``) -- one the text itself tells
if it does, else a new event dated between the window's start and the day before the visit,
marked uncertain and ``implied_by`` the claim. Only ordinals of countable event types with a
window or a place imply anything ("the fifth summit" alone names no series to date one in); role
ordinals, terms, rounds and anniversaries never do.

An anniversary dates its origin instead (:func:`date_origins`): "Am Montag jährt sich der Beginn des
Krieges zum dritten Mal" tells a war that began three years before that Monday, not on it.
"""

from __future__ import annotations

import datetime as _dt
import re

from kb.eventtypes import TYPES, family
from kb.events import dating
from kb.model import Analysis, Claim, DateValue, Event, Participant

__all__ = ["date_origins", "link"]

_COUNTABLE = {t.name for t in TYPES.values() if t.countable}
def _about(events: list[Event], etype: str, parts: list[Participant], before: int,
           phrase_end: int | None = None, text: str = "") -> Event | None:
    """The event an ordinal speaks about: the latest earlier event of the same kind and people --
    not one told after the ordinal's phrase in its own sentence ("Modi, on his fifth visit to
    France, last visited Paris in May 2022": the fifth is the visit under way, not May 2022's)."""
    ids = {p.entity.id for p in parts if p.entity}
    best = None
    for ev in events:
        if ev.implied_by or ev.evidence.start > before:
            continue
        if phrase_end is not None and ev.trigger is not None and ev.evidence.end == before \
                and ev.trigger.start >= phrase_end and "," in text[phrase_end:ev.trigger.start]:
            continue  # (set off by a comma: "first elected in 2005" is that election)
        if family(ev.type) != family(etype):
            continue
        if ids and not ids & {p.entity.id for p in ev.participants if p.entity}:
            continue
        best = ev
    return best


def _told_earlier(events: list[Event], claim: Claim, about: Event | None) -> Event | None:
    """An event of the text that happened before the one the ordinal counts, with its people."""
    if about is None or about.date is None or about.date.earliest is None:
        return None
    ids = {p.entity.id for p in claim.participants if p.entity}
    best = None
    for ev in events:
        if ev is about or ev.implied_by or ev.date is None or ev.date.latest is None:
            continue
        if family(ev.type) != family(claim.event_type):
            continue
        if ids & {p.entity.id for p in ev.participants if p.entity} and ev.date.latest < about.date.earliest:
            if best is None or ev.date.latest > best.date.latest:
                best = ev  # the latest one before: "the second" follows "the first"
    return best


def _implied(claim: Claim, about: Event | None, dct: _dt.date | None, n: int) -> Event:
    """The earlier event an ordinal >= 2 implies, dated between the window start and the event."""
    date = dating.implied_days(claim.within, claim.since, about.date if about is not None else None, dct)
    parts = [Participant(entity=p.entity, label=p.label, role="guest" if claim.event_type in ("StateVisit", "Visit") else None,
                         span=p.span) for p in claim.participants]
    return Event(id=f"i{n}", type=claim.event_type, status="past", evidence=claim.evidence,
                 participants=parts, place=claim.place, date=date, implied_by=claim.id)


def link(analysis: Analysis, claims: list[Claim]) -> list[Event]:
    """Set ``event`` and ``implies`` of the claims; return the new implied events."""
    dct = analysis.document.published
    implied: list[Event] = []
    for claim in claims:
        if claim.kind != "ordinal" or claim.qualifier or claim.event_type not in _COUNTABLE:
            continue
        about = _about(analysis.events, claim.event_type, claim.participants, claim.evidence.end,
                       claim.phrase.end if claim.phrase is not None else None, analysis.text)
        if about is not None and claim.value != "last":
            claim.event = about.id
        if not isinstance(claim.value, int) or claim.value < 2:
            continue
        told = _told_earlier(analysis.events, claim, about)
        if told is not None:
            claim.implies = told.id  # the text itself tells the earlier event
            continue
        if claim.within is None and claim.since is None and claim.place is None:
            continue
        ev = _implied(claim, about, dct, len(analysis.events) + len(implied) + 1)
        ev.id = f"e{len(analysis.events) + len(implied) + 1}"
        claim.implies = ev.id
        implied.append(ev)
    return implied


def years_before(date: DateValue, n: int) -> DateValue | None:
    """The same day (month, year) ``n`` years before ``date``, uncertain (None when ``date`` is no
    single day, month or year).

    >>> years_before(dating.of_value("2025-02-24TMO"), 3).value
    '2022-02-24'
    >>> years_before(dating.of_value("2024-02-29"), 1).value
    '2023-02'
    """
    m = re.fullmatch(r"(\d{4})((?:-\d\d){0,2})(?:T[A-Z]{2})?", date.value)
    if m is None or int(m.group(1)) <= n:
        return None
    value = f"{int(m.group(1)) - n:04d}{m.group(2)}"
    if len(value) == 10:
        try:
            _dt.date.fromisoformat(value)
        except ValueError:  # 29 February in a year without it
            value = value[:7]
    return dating.of_value(value, True, text=date.text, span=date.span, source=date.source)


def date_origins(analysis: Analysis, claims: list[Claim]) -> None:
    """The event an ``n``-th anniversary is of -- told by a noun in the anniversary's sentence ("der
    Beginn des Angriffskriegs", "the founding of NATO"), not a verb ("kamen zum Jahrestag zusammen":
    that meeting is on the day) -- took the anniversary's day from the sentence: it happened ``n``
    years before that day (uncertain, as arithmetic), and is past."""
    dct = analysis.document.published
    verbs = [f.predicate for f in analysis.frames if not f.predicate.nominal]
    for claim in claims:
        if claim.qualifier != "anniversary" or not isinstance(claim.value, int):
            continue
        for ev in analysis.events:
            if not _origin_of(ev, claim, verbs, dct):
                continue
            # an anniversary with no date of its own ("on the occasion of the 100th anniversary of
            # ..."): it falls in the year of the report
            told = ev.date if ev.date.source == "text" else dating.of_value(f"{dct.year:04d}", True, source=ev.date.source)
            earlier = years_before(told, claim.value)
            if earlier is not None:
                ev.date, ev.status = earlier, "past"


def _origin_of(ev: Event, claim: Claim, verbs: list, dct: _dt.date | None) -> bool:
    """Is ``ev`` told by a noun of the claim's sentence and dated there with a day near the report?"""
    if ev.implied_by or ev.trigger is None or ev.date is None or ev.date.earliest is None:
        return False
    if ev.date.source != "text" and (ev.date.source != "publication" or dct is None or ev.type != "Other"):
        return False  # (undated, only an Other told as what an anniversary is of: "the 100th anniversary of ...")
    if not claim.evidence.start <= ev.trigger.start < claim.evidence.end or TYPES[ev.type].communication:
        return False
    if any(v.start < ev.trigger.end and ev.trigger.start < v.end for v in verbs):
        return False
    return dct is None or ev.date.earliest.year >= dct.year - 1
