"""The events an ordinal claim speaks about and the earlier events it implies.

"His second visit to China within seven months": the claim is about the visit the text reports
(``Claim.event``), and implies an earlier visit (``Claim.implies``) -- one the text itself tells
if it does, else a new event dated between the window's start and the day before the visit,
marked uncertain and ``implied_by`` the claim. Only ordinals of countable event types with a
window or a place imply anything ("the fifth summit" alone names no series to date one in); role
ordinals, terms, rounds and anniversaries never do.
"""

from __future__ import annotations

import datetime as _dt

from kb.eventtypes import TYPES, family
from kb.events import dating
from kb.model import Analysis, Claim, Event, Participant

__all__ = ["link"]

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
