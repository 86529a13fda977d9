"""Checking count and ordinal claims against what the KB holds.

A claim is what a source says ("Macron and Tusk have met four times since
January 2024"); the KB holds dated events from many sources. For each claim
kb counts the events that fit it:

- of the counted type or a type that counts as one (:data:`COUNTED_AS`: a state
  visit or summit where both leaders are actors is also a meeting of them);
- with every linked participant of the claim among the event's actors, and at
  the claim's place (or a place in that country) when it names one;
- lying wholly inside the window: ``[windowBegin, windowEnd or asOf]`` for a
  count; for an ordinal, the ``kb:window`` duration back from the event it is
  about (or from ``asOf``), up to that event; without a window, everything
  up to that end;
- neither negated, hypothetical nor cancelled, and not implied by the claim
  being checked (that would be circular).

Reports merged into one canonical event (:mod:`kb.merge`) count once. The
verdict is ``consistent``, ``fewer_in_kb`` or ``more_in_kb``; an ordinal
``"last"``, a claim without linked participants or without an end date
(no ``asOf``, no dated event it is about) is ``not_checkable``.
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass, field

from kb.eventtypes import TYPES, counted_as
from kb.rdf import iri

__all__ = ["COUNTED_AS", "ClaimCheck", "KBEvent", "check_claims", "window_start"]

# Counted type -> the event types that count as one.
COUNTED_AS: dict[str, tuple[str, ...]] = {n: counted_as(n) for n in TYPES if counted_as(n) != (n,)}

_WD = "http://www.wikidata.org/entity/"
_DURATION = re.compile(r"^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?$")


@dataclass
class KBEvent:
    """An event of the KB that a claim was checked against."""

    iri: str
    doc_id: str | None
    type: str
    earliest: _dt.date
    latest: _dt.date
    source: str | None  # the document's dcterms:source
    canonical: str | None = None  # the canonical event it was merged into


@dataclass
class ClaimCheck:
    """The result of checking one claim."""

    claim: str
    doc_id: str | None
    kind: str  # count | ordinal
    counted_type: str
    claimed: int | str
    found: int
    verdict: str  # consistent | fewer_in_kb | more_in_kb | not_checkable
    window: tuple[_dt.date | None, _dt.date | None]
    evidence: str | None = None
    events: list[KBEvent] = field(default_factory=list)

    def __str__(self) -> str:
        lo, hi = (d.isoformat() if d else ".." for d in self.window)
        head = (f"{self.doc_id}: {self.kind} claim {self.claimed} x {self.counted_type} in {lo}/{hi}: "
                f"KB has {self.found} -> {self.verdict}")
        lines = [head] + [f"  {e.earliest}..{e.latest} {e.type} {e.iri} ({e.source or e.doc_id})"
                          for e in self.events]
        return "\n".join(lines)


def window_start(end: _dt.date, duration: str) -> _dt.date | None:
    """The first day of a window of ``duration`` (ISO 8601: P7M, P1Y, P2W, P10D) ending on ``end``.

    >>> window_start(_dt.date(2024, 5, 16), "P7M")
    datetime.date(2023, 10, 16)
    >>> window_start(_dt.date(2024, 3, 31), "P1M")
    datetime.date(2024, 2, 29)
    >>> window_start(_dt.date(2024, 5, 16), "soon") is None
    True
    """
    m = _DURATION.match(duration or "")
    if not m or not any(m.groups()):
        return None
    years, months, weeks, days = (int(g or 0) for g in m.groups())
    total = end.year * 12 + end.month - 1 - (years * 12 + months)
    y, mo = divmod(total, 12)
    mo += 1
    last_day = (_dt.date(y + (mo == 12), mo % 12 + 1, 1) - _dt.timedelta(days=1)).day
    return _dt.date(y, mo, min(end.day, last_day)) - _dt.timedelta(weeks=weeks, days=days)


def check_claims(store) -> list[ClaimCheck]:
    """Check every count and ordinal claim in the store against the KB's events."""
    events = _events(store)
    checks = []
    for claim in _claims(store):
        checks.append(_check(claim, events))
    return checks


# -- reading the store ---------------------------------------------------------------

def _date(term) -> _dt.date | None:
    if term is None:
        return None
    try:
        return _dt.date.fromisoformat(str(term)[:10])
    except ValueError:
        return None


def _claims(store) -> list[dict]:
    rows = store.query("""SELECT ?c ?d ?kind ?type ?count ?ord ?wb ?we ?asof ?window ?about ?place ?anchor WHERE {
        GRAPH ?g {
            ?c kb:claimKind ?kind ; kb:countedType ?type ; kb:sourceDocument ?d .
            OPTIONAL { ?c kb:count ?count } OPTIONAL { ?c kb:ordinal ?ord }
            OPTIONAL { ?c kb:windowBegin ?wb } OPTIONAL { ?c kb:windowEnd ?we }
            OPTIONAL { ?c kb:asOf ?asof } OPTIONAL { ?c kb:window ?window }
            OPTIONAL { ?c kb:aboutEvent ?about } OPTIONAL { ?c kb:claimPlace ?place }
            OPTIONAL { ?c gaf:denotedBy/nif:anchorOf ?anchor }
        } } ORDER BY ?c""")
    participants: dict[str, set[str]] = {}
    for r in store.query("SELECT ?c ?p WHERE { GRAPH ?g { ?c kb:claimKind ?k ; kb:claimParticipant ?p } }"):
        participants.setdefault(str(r["c"]), set()).add(str(r["p"]))
    out, seen = [], set()
    for r in rows:
        c = str(r["c"])
        if c in seen:
            continue
        seen.add(c)
        out.append({
            "iri": c, "doc_id": iri.doc_id_of(str(r["d"])), "kind": str(r["kind"]),
            "type": str(r["type"]).rsplit("#", 1)[-1],
            "value": r["count"].toPython() if "count" in r else (r["ord"].toPython() if "ord" in r else None),
            "begin": _date(r.get("wb")), "end": _date(r.get("we")), "as_of": _date(r.get("asof")),
            "window": str(r["window"]) if "window" in r else None,
            "about": str(r["about"]) if "about" in r else None,
            "place": str(r["place"]) if "place" in r else None,
            "evidence": str(r["anchor"]) if "anchor" in r else None,
            "participants": participants.get(c, set()),
        })
    return out


def _events(store) -> dict[str, dict]:
    canonical = str(iri.CANONICAL_GRAPH)
    rows = store.query(f"""SELECT ?e ?d ?t ?b ?l ?src ?implied WHERE {{
        GRAPH ?g {{
            ?e kb:sourceDocument ?d ; kb:eventType ?t ;
               sem:hasEarliestBeginTimeStamp ?b ; sem:hasLatestEndTimeStamp ?l .
            FILTER NOT EXISTS {{ ?e kb:negated true }}
            FILTER NOT EXISTS {{ ?e kb:hypothetical true }}
            FILTER NOT EXISTS {{ ?e kb:status "did_not_occur" }}
            OPTIONAL {{ ?d dcterms:source ?src }}
            OPTIONAL {{ ?e kb:impliedBy ?implied }}
        }}
        FILTER (?g != <{canonical}>) }}""")
    events: dict[str, dict] = {}
    for r in rows:
        e = str(r["e"])
        b, l = _date(r["b"]), _date(r["l"])
        if b is None or l is None:
            continue
        ev = events.setdefault(e, {
            "event": KBEvent(e, iri.doc_id_of(str(r["d"])), str(r["t"]), b, l,
                             str(r["src"]) if "src" in r else None),
            "actors": set(), "places": set(), "implied_by": set()})
        if "implied" in r:
            ev["implied_by"].add(str(r["implied"]))
    for r in store.query(f"""SELECT ?e ?p ?x WHERE {{ GRAPH ?g {{ ?e kb:sourceDocument ?d ; ?p ?x .
            FILTER (?p = sem:hasActor || ?p = sem:hasPlace) }} FILTER (?g != <{canonical}>) }}"""):
        ev = events.get(str(r["e"]))
        if ev is not None:
            (ev["actors"] if str(r["p"]).endswith("hasActor") else ev["places"]).add(str(r["x"]))
    countries = {str(r["p"]): str(r["c"]) for r in store.query(
        "SELECT DISTINCT ?p ?c WHERE { GRAPH ?g { ?p kb:country ?c } }")}
    for ev in events.values():
        ev["areas"] = set(ev["places"]) | {countries[p] for p in ev["places"] if p in countries}
    for r in store.query(f"SELECT ?c ?r WHERE {{ GRAPH <{canonical}> {{ ?c kb:reportedBy ?r }} }}"):
        ev = events.get(str(r["r"]))
        if ev is not None:
            ev["event"].canonical = str(r["c"])
    return events


# -- checking --------------------------------------------------------------------------

def _window(claim: dict, events: dict[str, dict]) -> tuple[_dt.date | None, _dt.date | None]:
    if claim["kind"] == "ordinal":
        about = events.get(claim["about"] or "")
        end = about["event"].latest if about else claim["as_of"]
        if end is None or not claim["window"]:
            return None, end
        return window_start(end, claim["window"]), end
    end = claim["end"] or claim["as_of"]
    begin = claim["begin"]
    if begin is None and claim["window"] and end is not None:
        begin = window_start(end, claim["window"])
    return begin, end


def _check(claim: dict, events: dict[str, dict]) -> ClaimCheck:
    begin, end = _window(claim, events)
    counted = COUNTED_AS.get(claim["type"], (claim["type"],))
    linked = {p for p in claim["participants"] if p.startswith(_WD)}
    matching = []
    for ev in events.values():
        e: KBEvent = ev["event"]
        if e.type not in counted or claim["iri"] in ev["implied_by"]:
            continue
        if not linked <= ev["actors"]:
            continue
        if claim["place"] and claim["place"] not in ev["areas"]:
            continue
        if (begin and e.earliest < begin) or (end and e.latest > end):
            continue
        matching.append(e)
    # reports of one canonical event count once
    found = len({e.canonical or e.iri for e in matching})
    matching.sort(key=lambda e: (e.earliest, e.iri))
    value = claim["value"]
    # Without a window a claim counts from the beginning ("first visit abroad").
    checkable = isinstance(value, int) and not isinstance(value, bool) and bool(linked) and end is not None
    if not checkable:
        verdict = "not_checkable"
    elif found == value:
        verdict = "consistent"
    else:
        verdict = "fewer_in_kb" if found < value else "more_in_kb"
    return ClaimCheck(claim["iri"], claim["doc_id"], claim["kind"], claim["type"], value, found,
                      verdict, (begin, end), claim["evidence"], matching)
