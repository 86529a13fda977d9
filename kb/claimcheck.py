"""Checking count, ordinal, "last" and term claims against what the KB holds.

A claim is what a source says ("Macron and Tusk have met four times since
January 2024"); the KB holds dated events from many sources. For each claim
kb collects the events that fit it:

- of the counted type or a type that counts as one (:data:`COUNTED_AS`: a state
  visit or summit where both leaders are actors is also a meeting of them);
- with every linked participant of the claim among the event's actors, and at
  the claim's place (or a place in that country) when it names one; a claim
  whose scope is "abroad" ("first trip abroad", "erste Auslandsreise") counts
  only events outside its owner's country;
- lying wholly inside the claim's own window: ``[windowBegin, windowEnd or asOf]``
  for a count; for an ordinal, the ``kb:window`` duration back from the event it
  is about (or from ``asOf``), or from ``windowBegin``, up to that event; without
  a window, everything up to that end;
- neither negated, hypothetical nor cancelled, and not implied by a claim (an
  implied event is a claim's consequence, not a report: counting it would be
  circular).

Reports merged into one canonical event (:mod:`kb.merge`) count once. Each kind
has its own verdict:

- count and ordinal: ``consistent``, ``fewer_in_kb`` or ``more_in_kb``;
- term ("her fourth term", qualifier ``term``): the owner's elections up to the
  event it is about (or ``asOf``), compared with the ordinal the same way;
- "last" ("they last spoke in July"): ``consistent`` when the latest fitting
  event lies in the period the claim gives, ``later_in_kb`` when the KB holds a
  later one (before ``asOf``: said on the day of a new meeting, "they last met in
  March" speaks of the time before it), ``missing_in_kb`` when it holds none in
  that period.

A claim kb cannot check is ``not_checkable`` with the reason (:attr:`ClaimCheck.reason`):
no linked participant; a counted type that is no countable event (holders of a
role, anniversaries); a window kb could not date ("since taking office"); the
places one trip covers (not a count of trips); the voting rounds of one election (not a count of
elections); no end date (no ``asOf``, no
dated event it is about); a "last" claim without a date; an indefinite number ("zum
x-ten Mal", "umpteen times": value ``"many"``). Scope words kb does not
apply (e.g. "official") are named in :attr:`ClaimCheck.note`.
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass, field

from kb.eventtypes import TYPES, counted_as
from kb.rdf import iri

__all__ = ["COUNTABLE", "COUNTED_AS", "ClaimCheck", "KBEvent", "check_claims", "kind_of", "window_start"]

# Counted type -> the event types that count as one.
COUNTED_AS: dict[str, tuple[str, ...]] = {n: counted_as(n) for n in TYPES if counted_as(n) != (n,)}
_KB_WIDE = (str(iri.WD), f"{iri.KBR}entity/")
COUNTABLE = frozenset(t.name for t in TYPES.values() if t.countable)

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
    kind: str  # count | ordinal | last | term
    counted_type: str
    claimed: int | str
    found: int
    verdict: str  # consistent | fewer_in_kb | more_in_kb | later_in_kb | missing_in_kb | not_checkable
    window: tuple[_dt.date | None, _dt.date | None]
    evidence: str | None = None
    events: list[KBEvent] = field(default_factory=list)
    reason: str | None = None  # why a claim is not checkable
    note: str | None = None  # scope kb did not apply
    last_date: str | None = None  # the date a "last" claim gives
    reviewed: str | None = None  # a person's verdict on the claim (kb review check-claim): checked | wrong

    def __str__(self) -> str:
        lo, hi = (d.isoformat() if d else ".." for d in self.window)
        if self.verdict == "not_checkable":
            head = f"{self.doc_id}: {self.kind} claim {self.claimed} x {self.counted_type}: not checkable: {self.reason}"
        elif self.kind == "last":
            head = (f"{self.doc_id}: last claim {self.counted_type} on {self.last_date} (up to {hi}): "
                    f"KB's latest is {self.events[-1].earliest if self.events else 'none'} -> {self.verdict}")
        else:
            head = (f"{self.doc_id}: {self.kind} claim {self.claimed} x {self.counted_type} in {lo}/{hi}: "
                    f"KB has {self.found} -> {self.verdict}")
        lines = [head] + ([f"  note: {self.note}"] if self.note else [])
        lines += [f"  reviewed: {self.reviewed}"] if self.reviewed else []
        lines += [f"  {e.earliest}..{e.latest} {e.type} {e.iri} ({e.source or e.doc_id})" for e in self.events]
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
    return [_check(claim, events) for claim in _claims(store)]


# -- reading the store ---------------------------------------------------------------

def _date(term) -> _dt.date | None:
    if term is None:
        return None
    try:
        return _dt.date.fromisoformat(str(term)[:10])
    except ValueError:
        return None


_CLAIM_FIELDS = {"count": "kb:count", "ord": "kb:ordinal", "wb": "kb:windowBegin", "we": "kb:windowEnd",
                 "asof": "kb:asOf", "window": "kb:window", "about": "kb:aboutEvent", "place": "kb:claimPlace",
                 "qualifier": "kb:qualifier", "scope": "kb:scope", "abroad": "kb:abroad",
                 "wtext": "kb:windowText", "lastv": "kb:lastDateValue", "lastb": "kb:lastDateBegin",
                 "laste": "kb:lastDateEnd", "anchor": "gaf:denotedBy/nif:anchorOf",
                 "reviewed": "kb:claimVerdict"}


def _claims(store) -> list[dict]:
    optional = " ".join(f"OPTIONAL {{ ?c {path} ?{var} }}" for var, path in _CLAIM_FIELDS.items())
    rows = store.query(f"""SELECT ?c ?d ?kind ?type {' '.join('?' + v for v in _CLAIM_FIELDS)} WHERE {{
        GRAPH ?g {{
            ?c kb:claimKind ?kind ; kb:countedType ?type ; kb:sourceDocument ?d .
            {optional}
        }} }} ORDER BY ?c""")
    participants: dict[str, dict[str, bool]] = {}
    for r in store.query("SELECT ?c ?p WHERE { GRAPH ?g { ?c kb:claimKind ?k ; kb:claimParticipant ?p } }"):
        p = str(r["p"])
        # KB-wide ids (Wikidata, kbr:entity/...) name the same one everywhere; a document's own
        # unlinked entity ("the minister") cannot be looked for in other reports
        participants.setdefault(str(r["c"]), {})[p] = not p.startswith(_KB_WIDE)
    out, seen = [], set()
    for r in rows:
        c = str(r["c"])
        if c in seen:
            continue
        seen.add(c)
        text = {k: str(r[k]) if k in r else None for k in ("window", "about", "place", "qualifier", "scope",
                                                            "wtext", "lastv", "anchor", "reviewed")}
        value = r["count"].toPython() if "count" in r else (r["ord"].toPython() if "ord" in r else None)
        out.append({
            "iri": c, "doc_id": iri.doc_id_of(str(r["d"])), "kind": str(r["kind"]),
            "type": str(r["type"]).rsplit("#", 1)[-1], "value": value,
            "begin": _date(r.get("wb")), "end": _date(r.get("we")), "as_of": _date(r.get("asof")),
            "last": (_date(r.get("lastb")), _date(r.get("laste"))), "abroad": "abroad" in r and r["abroad"].toPython(),
            "evidence": text.pop("anchor"), **text,
            "participants": participants.get(c, {}),
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
            ev["implied"] = True
    for r in store.query(f"""SELECT ?e ?p ?x WHERE {{ GRAPH ?g {{ ?e kb:sourceDocument ?d ; ?p ?x .
            FILTER (?p = sem:hasActor || ?p = sem:hasPlace) }} FILTER (?g != <{canonical}>) }}"""):
        ev = events.get(str(r["e"]))
        if ev is not None:
            (ev["actors"] if str(r["p"]).endswith("hasActor") else ev["places"]).add(str(r["x"]))
    countries = {str(r["p"]): str(r["c"]) for r in store.query(
        "SELECT DISTINCT ?p ?c WHERE { GRAPH ?g { ?p kb:country ?c } }")}
    for ev in events.values():
        ev["areas"] = set(ev["places"]) | {countries[p] for p in ev["places"] if p in countries}
    events["_countries"] = countries  # entity -> its country, for "abroad"
    for r in store.query(f"SELECT ?c ?r WHERE {{ GRAPH <{canonical}> {{ ?c kb:reportedBy ?r }} }}"):
        ev = events.get(str(r["r"]))
        if ev is not None:
            ev["event"].canonical = str(r["c"])
    return events


# -- checking --------------------------------------------------------------------------

_NOT_COUNTED = {"class": "it counts holders of a role ({scope}), not events of the KB",
                "anniversary": "an anniversary counts years, not events of the KB",
                "stops": "it counts the places one trip covers, not trips",
                "round": "it counts the voting rounds of one election, not elections"}


def kind_of(claim: dict) -> str:
    """count | ordinal | last | term: the check a claim gets."""
    if claim["value"] == "last":
        return "last"
    if claim["qualifier"] == "term":
        return "term"
    return claim["kind"]


def _window(claim: dict, events: dict[str, dict]) -> tuple[_dt.date | None, _dt.date | None]:
    if claim["kind"] == "ordinal":
        about = events.get(claim["about"] or "")
        end = about["event"].latest if about else claim["as_of"]
        if end is None:
            return None, None
        if claim["window"]:
            return window_start(end, claim["window"]), end
        return claim["begin"], end
    end = claim["end"] or claim["as_of"]
    begin = claim["begin"]
    if begin is None and claim["window"] and end is not None:
        begin = window_start(end, claim["window"])
    return begin, end


def unchecked_reason(claim: dict, kind: str, end: _dt.date | None) -> str | None:
    """Why kb cannot check a claim (None when it can)."""
    value = claim["value"]
    if claim["qualifier"] in _NOT_COUNTED:
        return _NOT_COUNTED[claim["qualifier"]].format(scope=repr(claim["scope"] or ""))
    if claim["type"] not in COUNTABLE:
        return f"{claim['type']} is not a countable event type"
    if not any(not unlinked for unlinked in claim["participants"].values()):
        return "no participant of the claim is linked to an entity"
    if claim["wtext"] and claim["begin"] is None and not claim["window"]:
        return f"its window ({claim['wtext']!r}) has no date kb could resolve"
    if kind == "last":
        return None if claim["last"][0] or claim["last"][1] else "it gives no date for the last event"
    if value == "many":
        return "it gives no number (an indefinite count: 'zum x-ten Mal', 'umpteen times')"
    if not isinstance(value, int) or isinstance(value, bool):
        return f"its value {value!r} is no number"
    if end is None:
        return "it has no date to count up to (no publication date, no dated event it is about)"
    return None


def _fits(claim: dict, ev: dict, counted: tuple[str, ...], linked: set[str], countries: dict[str, str]) -> bool:
    e: KBEvent = ev["event"]
    if e.type not in counted or ev.get("implied") or not linked <= ev["actors"]:
        return False  # an event a claim implies is no report of its own: it never counts
    if claim["place"] and claim["place"] not in ev["areas"]:
        return False
    if claim["abroad"]:
        home = {countries.get(p) for p in linked} - {None}
        if not ev["areas"] or home & ev["areas"]:
            return False  # "first trip abroad": a trip at home (or to no known place) is not one
    return True


def _check(claim: dict, events: dict[str, dict]) -> ClaimCheck:
    kind = kind_of(claim)
    begin, end = _window(claim, events)
    if kind == "last" and claim["as_of"] is not None:
        # "they last met in March", said on the day of a new meeting, speaks of the time before it
        begin, end = None, claim["as_of"] - _dt.timedelta(days=1)
    counted = COUNTED_AS.get(claim["type"], (claim["type"],))
    if kind == "term":
        counted = ("Election", "ReElection")
    linked = {p for p, unlinked in claim["participants"].items() if not unlinked}
    countries = events.get("_countries", {})
    matching = []
    for key, ev in events.items():
        if key == "_countries" or not _fits(claim, ev, counted, linked, countries):
            continue
        e: KBEvent = ev["event"]
        if (begin and e.earliest < begin) or (end and e.latest > end):
            continue
        matching.append(e)
    reason = unchecked_reason(claim, kind, end)
    if reason is not None:
        matching = []  # what kb could not check lists no events as if it had
    matching.sort(key=lambda e: (e.earliest, e.iri))
    found = len({e.canonical or e.iri for e in matching})  # reports of one canonical event count once
    last = claim["last"]
    check = ClaimCheck(claim["iri"], claim["doc_id"], kind, claim["type"], claim["value"], found,
                       "not_checkable", (begin, end), claim["evidence"], matching, reason=reason,
                       note=_note(claim), last_date=claim["lastv"], reviewed=claim.get("reviewed"))
    if reason is None:
        check.verdict = _last_verdict(matching, last) if kind == "last" else _count_verdict(found, claim["value"])
    return check


def _count_verdict(found: int, value: int) -> str:
    if found == value:
        return "consistent"
    return "fewer_in_kb" if found < value else "more_in_kb"


def _last_verdict(matching: list[KBEvent], last: tuple[_dt.date | None, _dt.date | None]) -> str:
    lo, hi = last
    if hi is not None and any(e.earliest > hi for e in matching):
        return "later_in_kb"
    if any((lo is None or e.latest >= lo) and (hi is None or e.earliest <= hi) for e in matching):
        return "consistent"
    return "missing_in_kb"


def _note(claim: dict) -> str | None:
    notes = []
    if claim["scope"] and claim["qualifier"] not in _NOT_COUNTED:
        applied = " (applied: abroad)" if claim["abroad"] else ""
        notes.append(f"scope {claim['scope']!r} is not applied beyond type, participants, place and window{applied}")
    if claim["wtext"] and claim["begin"] is not None:
        notes.append(f"window {claim['wtext']!r} taken to begin {claim['begin']} (when the owner took office, "
                     "from the gazetteer)")
    return "; ".join(notes) or None
