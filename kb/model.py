"""The data model every pipeline step reads and writes.

Plain dataclasses, no behaviour beyond small conveniences. All offsets are
Python code-point offsets into ``Document.text`` (NFC), so ``text[start:end]``
is always the evidence.

Imports go one way: steps import this module; this module imports nothing of kb
except :mod:`kb.errors` and the type registry :mod:`kb.eventtypes`.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field
from typing import Any

from . import eventtypes

__all__ = [
    "EVENT_TYPES",
    "RECORD_TYPES",
    "SUBTYPES",
    "STATUSES",
    "Analysis",
    "Claim",
    "DateValue",
    "Document",
    "Entity",
    "Argument",
    "Event",
    "EventNotes",
    "Frame",
    "Mention",
    "Participant",
    "Predicate",
    "Sentence",
    "Span",
    "Timex",
    "Token",
]

# Event types kb extracts (the registry :mod:`kb.eventtypes` says what each is).
# The JSON record uses these names; the RDF class is ``kb:<name>``.
EVENT_TYPES = eventtypes.names()

# Sub-types of event types: asking for a type includes these.
SUBTYPES = {t.parent: eventtypes.with_subtypes(t.parent)[1:] for t in eventtypes.TYPES.values() if t.parent}

# ``status`` values of the JSON event record.
STATUSES = ("past", "ongoing", "planned", "hypothetical", "did_not_occur")

GRANULARITIES = ("day", "week", "month", "quarter", "year", "decade", "century")

# How kb's finer event classes appear in the JSON record, whose ``type`` uses
# the gold type names: class -> (record type, default subtype), for the classes
# whose record differs from their name.
RECORD_TYPES = {n: t.record_type for n, t in eventtypes.TYPES.items() if t.record_type != (n, None)}


@dataclass(frozen=True)
class Span:
    """A half-open code-point range ``[start, end)`` of the document text."""

    start: int
    end: int

    def slice(self, text: str) -> str:
        return text[self.start:self.end]


@dataclass
class Document:
    """One input document, as ingested.

    ``published`` is the publication date (the reference date of news text);
    ``None`` means relative dates cannot be resolved and stay underspecified.
    ``mode`` is ``"news"`` (resolve against ``published``) or ``"narrative"``
    (resolve against the last absolute date mentioned).
    """

    id: str
    text: str
    lang: str
    published: _dt.date | None = None
    source: str | None = None
    title: str | None = None
    mode: str = "news"
    meta: dict[str, Any] = field(default_factory=dict)


@dataclass
class DateValue:
    """A resolved (or explicitly unresolved) date at its true granularity.

    ``value`` is a TIMEX3/ISO 8601 string: ``2024-05-16``, ``2024-03``, ``2024``,
    ``2024-W20``, ``2024-Q2``, ``2024-05-16/2024-05-17``, ``2022-02/..``,
    ``P7M``, ``PRESENT_REF``; or an underspecified value such as ``XXXX-03``
    when there was no reference date (then ``resolved`` is False and the bounds
    are ``None``).
    ``earliest``/``latest`` are inclusive day bounds; an open end is ``None``.
    """

    value: str
    earliest: _dt.date | None = None
    latest: _dt.date | None = None
    granularity: str | None = None
    resolved: bool = True
    text: str | None = None  # the expression the date came from
    span: Span | None = None  # where that expression is
    uncertain: bool = False  # implied rather than stated
    # where the date comes from: "text" (a date expression of the event's sentence), "context"
    # (another event, a title or a date line the event belongs to) or "publication" (nothing in
    # the text dates it; the bounds then say only what the publication date tells)
    source: str | None = None

    def as_record(self) -> dict[str, Any]:
        rec = {
            "value": self.value,
            "earliest": self.earliest.isoformat() if self.earliest else None,
            "latest": self.latest.isoformat() if self.latest else None,
            "granularity": self.granularity,
            "text": self.text,
            "resolved": self.resolved,
            "uncertain": self.uncertain,
        }
        if self.source:
            rec["source"] = self.source
        return rec


@dataclass
class Timex:
    """A temporal expression found in the text (TIMEX3).

    ``type`` is DATE, TIME, DURATION or SET; ``value`` the TIMEX3 value after
    resolution (or the underspecified value when unresolved); ``mod`` the
    TIMEX3 modifier (START, MID, END, APPROX, ...) when there is one.
    ``earliest``/``latest``/``granularity`` follow :class:`DateValue`.
    """

    start: int
    end: int
    text: str
    type: str
    value: str
    earliest: _dt.date | None = None
    latest: _dt.date | None = None
    granularity: str | None = None
    mod: str | None = None
    resolved: bool = True
    underspecified: str | None = None  # the value before resolution, e.g. "XXXX-03"
    said: _dt.date | None = None  # read from the day it was said (reported speech), not from publication

    @property
    def span(self) -> Span:
        return Span(self.start, self.end)

    def date(self, uncertain: bool = False) -> DateValue:
        return DateValue(
            value=self.value,
            earliest=self.earliest,
            latest=self.latest,
            granularity=self.granularity,
            resolved=self.resolved,
            text=self.text,
            span=self.span,
            uncertain=uncertain,
        )

    def as_record(self) -> dict[str, Any]:
        """The timex in the format of the temporal corpora (``kb timex``)."""
        rec = {"start": self.start, "end": self.end, "text": self.text,
               "type": self.type, "value": self.value}
        if self.mod:
            rec["mod"] = self.mod
        if self.earliest:
            rec["earliest"] = self.earliest.isoformat()
        if self.latest:
            rec["latest"] = self.latest.isoformat()
        if self.granularity:
            rec["granularity"] = self.granularity
        if not self.resolved:
            rec["resolved"] = False
        return rec


@dataclass(slots=True)  # a document has thousands: slots make them faster to make and to read
class Token:
    start: int
    end: int
    text: str


@dataclass
class Sentence:
    start: int
    end: int
    tokens: list[Token] = field(default_factory=list)

    @property
    def span(self) -> Span:
        return Span(self.start, self.end)


@dataclass
class Entity:
    """An entity of the gazetteer.

    ``id`` is a Wikidata QID (``Q7747``) when linked, else a local slug
    (``local:alexander-gabuev``). ``kind`` is one of person, country, city,
    region, government, ministry, office, organisation, agency, group.
    ``offices`` are ``(office_qid, office_name, start, end)`` tuples of ISO
    dates (end ``None`` while in office).
    """

    id: str
    name: str
    kind: str
    labels: dict[str, list[str]] = field(default_factory=dict)
    country: str | None = None  # QID of the country it belongs to, if any
    offices: list[tuple[str, str, str | None, str | None]] = field(default_factory=list)

    @property
    def qid(self) -> str | None:
        return self.id if self.id.startswith("Q") else None

    @property
    def forms(self) -> list[str]:
        """Every name of the entity: its name, then its labels in all languages (as stored)."""
        return [self.name, *(form for forms in (self.labels or {}).values() for form in forms)]


@dataclass
class Mention:
    """A stretch of text that refers to an entity (or to several: "the two leaders")."""

    start: int
    end: int
    text: str
    entities: list[Entity] = field(default_factory=list)
    kind: str = "name"  # name, description, pronoun, adjective, metonym, group

    @property
    def span(self) -> Span:
        return Span(self.start, self.end)


@dataclass
class Predicate:
    """The verb group or event noun a frame is built around ("hat ... getroffen", "Besuch").

    ``lemma`` comes from the language's verb and noun data; ``tense`` is past, present or future;
    ``status`` is the strongest status cue of the clause (kb/lang/<iso>/status.txt), ``modal`` the
    modal verb of the group, if any; ``reported`` marks indirect speech (a subjunctive or a clause
    that a speaking verb of the sentence governs).
    """

    start: int
    end: int
    text: str
    lemma: str
    nominal: bool = False
    tense: str = "present"
    status: str | None = None
    modal: str | None = None
    negated: bool = False
    passive: bool = False
    reported: bool = False

    @property
    def span(self) -> Span:
        return Span(self.start, self.end)


@dataclass
class Argument:
    """One argument of a frame: a phrase of one or more entity mentions ("A, B und C") in a slot.

    ``slot`` is ``subj``, ``obj``, ``owner`` (of an event noun: "Putins Besuch", "the visit of X"),
    or the class of the preposition before the phrase (``com``, ``dest``, ``loc``, ``origin``,
    ``host``, ``agent``, ``between``, ...). ``marker`` is that preposition; ``inherited`` says the
    argument comes from elsewhere (a relative clause's antecedent, the subject of a coordinated
    verb, the governing verb of an event noun).
    """

    slot: str
    mentions: list[Mention]
    start: int
    end: int
    marker: str | None = None
    inherited: bool = False


@dataclass
class Frame:
    """A predicate with its arguments, within one clause of one sentence."""

    predicate: Predicate
    sentence: int  # index into Analysis.sentences
    clause: Span
    arguments: list[Argument] = field(default_factory=list)
    relative: bool = False  # the clause is a relative clause about the phrase before it

    def get(self, slot: str) -> list[Mention]:
        """The mentions of the first argument in ``slot`` (empty when there is none)."""
        return next((a.mentions for a in self.arguments if a.slot == slot), [])

    def describe(self, text: str) -> str:
        """``traf: subj=Merkel obj=Macron loc=Paris`` (list items joined by "+")."""
        args = " ".join(f"{a.slot}={'+'.join(m.text for m in a.mentions) or text[a.start:a.end]}"
                        for a in self.arguments)
        return f"{self.predicate.text}: {args}".rstrip()


@dataclass
class Participant:
    """An entity in an event or claim, with the mention it was read from."""

    entity: Entity | None
    label: str  # the mention text
    role: str | None = None  # guest, host, participant, speaker, winner, loser, ...
    span: Span | None = None

    @property
    def name(self) -> str:
        return self.entity.name if self.entity else self.label

    @property
    def qid(self) -> str | None:
        return self.entity.qid if self.entity else None

    def as_record(self) -> dict[str, Any]:
        rec: dict[str, Any] = {"label": self.label, "name": self.name, "qid": self.qid}
        if self.role:
            rec["role"] = self.role
        if self.span:
            rec["start"], rec["end"] = self.span.start, self.span.end
        return rec


@dataclass
class EventNotes:
    """What the extraction pass knows of an event beyond its record, carried with the event from
    the sentence that tells it through the document pass (kb.events) and never exported.

    ``sentence`` is the index of the sentence that tells it, ``heading`` whether that is a title
    line; ``cued`` whether a status cue of the text set its status; ``anaphor`` the kind (family)
    of an earlier event its sentence refers back to ("nach dem Treffen"); ``closed`` whether a stay
    of N days is told as ending on its date ("endet am Freitag"); ``begun`` whether a stay is told
    as beginning on its date ("Am Montag beginnt die Reise in Lima"): a plan of its guest told
    next lies on that day; ``present`` whether a plan is told by a present tense alone ("empfängt
    X", no "wird"/"soll"): in a digest item dated before publication it is that day's report;
    ``relative`` whether its trigger stands in a relative clause ("X, who took office in January,
    met Y"): it neither lends its date to an event of the same sentence outside that clause nor
    takes one from it; ``apart`` whether a preposition of another time stands before its noun
    ("a week after her election"): it takes no date from the other events of its sentence, and
    ``apart_by`` whether a length comes before that preposition ("a week after"): it lends none
    either; ``fronted`` whether it stands in a clause of another time put in front of its sentence
    ("After taking office in May, X met Y"): it lends the main clause no date coarser than a day; ``topic`` whether it is what an event told before it in its sentence is about ("spoke
    about the agreement signed on March 3"): the two lend each other no date; ``after`` whether the
    noun its sentence refers back with stands after a preposition of a later time ("Nach dem
    Gipfel sagte sie", "at a press conference after the talks"): a point event is on the last
    day of the occasion it continues; ``shift`` the days it is told after (before: negative) the
    event its sentence refers back to ("Eine Woche nach seiner Wiederwahl traf er X"); ``since``
    whether its noun stands after a "since" cue ("the first visit since his election"): the start of
    a time counted up to now, which no day of the report dates when the text names none; ``series``
    whether its noun is told as another event of its series ("the previous Russian-Korean summit"):
    a definite noun of a later sentence ("Following the talks") does not refer back to it;
    ``own_clause`` whether the date the text gives it stands in its own clause of a sentence of
    several ("will meet X in Paris; on Friday the two will travel to Lyon"): it lends that date to no
    undated event of another clause; ``beside`` whether it is an event noun told after a
    preposition of another time with no argument or date of its own ("Am Vorabend des
    EU-Gipfels traf X Y"): it is the occasion the sentence's event is set against, never that
    event; ``bare`` whether it names no one in its word either ("Im Vorfeld des Gipfels traf X
    Y"): no event the text tells unless an account told elsewhere is folded into it;
    ``accounts`` the
    (sentence, heading) of every account of it that the document pass folded into it.
    """

    sentence: int = 0
    heading: bool = False
    cued: bool = False
    anaphor: str | None = None
    closed: bool = False
    begun: bool = False
    present: bool = False
    relative: bool = False
    apart: bool = False
    apart_by: bool = False
    topic: bool = False
    fronted: bool = False
    after: bool = False
    since: bool = False
    series: bool = False
    own_clause: bool = False
    beside: bool = False
    bare: bool = False
    done: bool = False  # told by a title that names its outcome ("the election winner"): no date of its sentence
    shift: int = 0  # told this many days after (before: < 0) an event its sentence refers back to
    days: int | None = None  # a stay's length told with it ("a two-day visit"), its first day perhaps told elsewhere
    # (sentence, heading) of every account of the event that kb.events.dedupe folded into it
    accounts: frozenset = frozenset()


@dataclass
class Event:
    """A typed event read from one document.

    ``id`` is local to the document (``e1``, ``e2``, ...). ``status`` is one of
    :data:`STATUSES`. ``evidence`` is normally the sentence stating the event,
    ``trigger`` the word(s) that name it.
    """

    id: str
    type: str
    status: str
    evidence: Span
    participants: list[Participant] = field(default_factory=list)
    place: Participant | None = None
    date: DateValue | None = None
    trigger: Span | None = None
    negated: bool = False
    hypothetical: bool = False
    subtype: str | None = None
    office: str | None = None  # elections: the office (name or QID)
    outcome: str | None = None  # elections: elected, re-elected, defeated
    implied_by: str | None = None  # id of the claim this event is implied by
    # the extraction pass's working state (not part of the record, not compared)
    notes: EventNotes = field(default_factory=EventNotes, repr=False, compare=False)

    def as_record(self, text: str) -> dict[str, Any]:
        rtype, rsub = RECORD_TYPES.get(self.type, (self.type, None))
        rec: dict[str, Any] = {
            "id": self.id,
            "type": rtype,
            "kb_type": self.type,
            "status": self.status,
            "participants": [p.as_record() for p in self.participants],
            "place": self.place.as_record() if self.place else None,
            "date": self.date.as_record() if self.date else None,
            "evidence": {"start": self.evidence.start, "end": self.evidence.end,
                         "text": self.evidence.slice(text)},
        }
        if self.subtype or rsub:
            rec["subtype"] = self.subtype or rsub
        for key in ("office", "outcome", "implied_by"):
            if getattr(self, key):
                rec[key] = getattr(self, key)
        if self.negated:
            rec["negated"] = True
        if self.hypothetical:
            rec["hypothetical"] = True
        return rec


@dataclass
class Claim:
    """An aggregate claim: never a fact, always something a source says.

    ``kind`` is ``count`` ("met three times since February 2022") or
    ``ordinal`` ("second China visit within seven months"); ``value`` the count
    or ordinal (an int, or ``"last"``). ``since`` is the window start,
    ``within`` an ISO 8601 duration window, ``as_of`` the date the claim speaks
    from (normally the publication date). ``event`` is the id of the event the
    ordinal is about (the current visit); ``implies`` the id of the earlier
    event an ordinal implies.

    ``qualifier`` says what else than events of ``event_type`` the number
    counts: ``term`` (terms of office, "her fourth term"), ``round`` (voting
    rounds within one election), ``class`` (holders of a role: "the first
    woman in the chancellery"), ``stops`` (the places one trip covers),
    ``anniversary``. ``scope`` is the text that narrows the count ("foreign",
    "abroad"), ``abroad`` whether it restricts it to places outside the
    owner's country; ``window_text`` a window kb could not date ("since taking
    office"); ``date`` the date a ``"last"`` claim gives ("they last spoke in
    July"); ``phrase`` the span of the count or ordinal phrase.
    """

    id: str
    kind: str
    value: int | str
    event_type: str
    evidence: Span
    participants: list[Participant] = field(default_factory=list)
    place: Participant | None = None
    since: DateValue | None = None
    within: str | None = None
    as_of: _dt.date | None = None
    qualifier: str | None = None  # term | class | stops | anniversary | round
    event: str | None = None
    implies: str | None = None
    scope: str | None = None
    abroad: bool = False
    window_text: str | None = None
    date: DateValue | None = None
    phrase: Span | None = None

    def as_record(self, text: str) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind,
            "value": self.value,
            "event_type": self.event_type,
            "participants": [p.as_record() for p in self.participants],
            "place": self.place.as_record() if self.place else None,
            "since": self.since.value if self.since else None,
            "since_date": self.since.as_record() if self.since else None,
            "within": self.within,
            "as_of": self.as_of.isoformat() if self.as_of else None,
            "qualifier": self.qualifier,
            "event": self.event,
            "implies": self.implies,
            "scope": self.scope,
            "abroad": self.abroad,
            "window_text": self.window_text,
            "date": self.date.as_record() if self.date else None,
            "phrase": self.phrase.slice(text) if self.phrase else None,
            "evidence": {"start": self.evidence.start, "end": self.evidence.end,
                         "text": self.evidence.slice(text)},
        }


@dataclass
class Analysis:
    """A document together with everything the pipeline found in it.

    Each step fills its own fields: clean -> ``boilerplate``; sentences ->
    ``sentences``; temporal -> ``timexes``; entities -> ``mentions``; frames ->
    ``frames`` (predicates and their arguments, per clause); events ->
    ``events``; claims -> ``claims`` (and may add implied events).
    ``warnings`` collects things a user should know (e.g. no publication date).
    """

    document: Document
    boilerplate: list[Span] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    timexes: list[Timex] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    frames: list[Frame] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        return self.document.text

    def drop(self, reasons: dict[str, list[str]]) -> None:
        """Remove the named events and claims (and what was derived from them), with a warning each."""
        doomed = set(reasons)
        # a claim about a dropped event, and an event implied by a dropped claim, go with it
        changed = True
        while changed:
            changed = False
            for c in self.claims:
                if c.id not in doomed and (c.event in doomed or c.implies in doomed):
                    doomed.add(c.id)
                    reasons.setdefault(c.id, []).append("it is about a dropped item")
                    changed = True
            for e in self.events:
                if e.id not in doomed and e.implied_by in doomed:
                    doomed.add(e.id)
                    reasons.setdefault(e.id, []).append("it was implied by a dropped claim")
                    changed = True
        for e in self.events:
            if e.id in doomed:
                self.warnings.append(f"event {e.id} ({e.type}) dropped: {'; '.join(reasons[e.id])}")
        for c in self.claims:
            if c.id in doomed:
                self.warnings.append(f"claim {c.id} ({c.kind} {c.value}) dropped: {'; '.join(reasons[c.id])}")
        self.events = [e for e in self.events if e.id not in doomed]
        self.claims = [c for c in self.claims if c.id not in doomed]

    def as_record(self, include_implied: bool = True) -> dict[str, Any]:
        """The JSON event record (``docs/record.md``; what ``kb extract`` prints).

        ``include_implied=False`` leaves out the events only implied by a claim (the
        earlier visit of "his second visit"), as ``kb extract`` does unless asked.
        """
        d = self.document
        return {
            "doc_id": d.id,
            "lang": d.lang,
            "published": d.published.isoformat() if d.published else None,
            "source": d.source,
            **({"lang_source": d.meta["lang_source"], "lang_confidence": d.meta.get("lang_confidence")}
               if d.meta.get("lang_source") else {}),
            "events": [e.as_record(d.text) for e in self.events if include_implied or not e.implied_by],
            "claims": [c.as_record(d.text) for c in self.claims],
            "warnings": list(self.warnings),
        }
