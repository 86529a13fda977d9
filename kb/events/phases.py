"""A stay told in parts, and events told inside a stay.

"Kishida arrived in Oslo on Monday. The visit ends on Thursday.": the second sentence names no new
event; it gives the last day of the one told (2024-03-11/2024-03-14). "Scholz met Tusk in Warsaw.
The meeting took place on Tuesday." gives the date of an event told before without one (the
``at`` cue after a definite event noun of any kind). "The trip begins on
Friday, 29 August" gives the first day of a trip announced before. A definite stay noun (the
trigger words of ``kb/lang/<iso>/events.txt`` for types whose extent is ``stay``, after the
language's ``@anaphor`` cue) followed by a ``begin`` or ``end`` cue of
``kb/lang/<iso>/discourse.txt`` and a day is such a phase; any event read from that noun is the
phase itself and goes (after it has dated the sentences that follow it).

``within`` cues ("during the visit", "on the two-day trip") mark sentences whose events lie
inside the stay they refer back to (see :mod:`kb.events.story`); a length told there
("three-day") is the stay's. ``generic`` cues mark habitual or aggregate mentions.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import NamedTuple
from functools import lru_cache

from ..eventtypes import STAYS, TYPES, family
from ..lang.schema import load
from ..model import DateValue, Event, Span
from ..temporal import programs
from ..temporal.prefilter import guarded
from .context import PLACE_KINDS, Context, persons
from .dating import duration_near, in_relative_clause, stay, stay_ending, word_start
from .rules import rules

__all__ = ["Phase", "Within", "Withins", "apply", "belongs_anywhere", "cues", "end_told_after", "another_of_series", "find", "referring_spans", "stay_nouns", "taking_place", "within"]

_STAYS = STAYS
# how far after the stay noun the begin/end cue must start, and how many sentences back the stay
# it belongs to may be told
_CUE_GAP = 2
_REACH = 6
# a departure ("He will leave Oslo on Wednesday") ends a visit told at most this many sentences before
_DEPARTURE_REACH = 2


@lru_cache(maxsize=None)
def cues(lang: str) -> dict[str, re.Pattern]:
    """The cues of ``kb/lang/<lang>/discourse.txt`` by name (several lines of one cue: any of them)."""
    out: dict[str, list[str]] = {}
    for entry in load(lang, "discourse.txt"):
        if entry["cue"] != "dateline":
            out.setdefault(entry["cue"], []).append(entry["regex"].pattern)
    # each behind a lookahead for the characters its matches begin with: the same matches, found faster
    sources = {k: "|".join(f"(?:{p})" for p in v) for k, v in out.items()}
    return {k: programs.compile(guarded(v, re.IGNORECASE) or v, re.IGNORECASE) for k, v in sources.items()}


@lru_cache(maxsize=None)
def taking_place(lang: str) -> re.Pattern | None:
    """The ``at``, ``begin`` and ``end`` cues in one pattern: a predicate that dates the event noun
    it finishes a sentence for ("The summit, which meets every year, opened on Monday")."""
    found = [cues(lang)[k].pattern for k in ("at", "begin", "end") if k in cues(lang)]
    return re.compile("|".join(f"(?:{p})" for p in found), re.IGNORECASE) if found else None


@lru_cache(maxsize=None)
def date_line_patterns(lang: str) -> tuple[re.Pattern, ...]:
    """The ``dateline`` patterns of ``discourse.txt`` (groups ``d``, ``m``, ``y``), one per line."""
    return tuple(entry["regex"] for entry in load(lang, "discourse.txt") if entry["cue"] == "dateline")


@dataclass
class Phase:
    """The first or last day of a stay told after the stay itself."""

    sentence: int
    kind: str  # "begin", "end" or "at" (the whole date)
    family: str
    trigger: Span
    date: DateValue
    weekday: bool = False  # the day is a weekday read from the publication day ("ends on Thursday")
    departure: bool = False  # told by the guest leaving, not by the stay's noun (no event of its own)
    people: frozenset = frozenset()  # the persons the departure (arrival) names (none: "He will leave ...")
    arrival: bool = False  # told by the guest landing, in a sentence after the stay ("He landed on Wednesday")
    days: int | None = None  # the stay's length told with its noun ("The three-day trip begins on Monday")


@lru_cache(maxsize=None)
def _noun_cues(lang: str) -> re.Pattern | None:
    """The ``begin``, ``end`` and ``at`` cues in one pattern: a sentence without any of them has no
    phase told with a noun (one search spares a look at every event noun)."""
    # without the leading space the cues match after the noun with, the search can skip to the
    # letters a cue starts with
    found = [re.sub(r"^\\s\*", "", e["regex"].pattern) for e in load(lang, "discourse.txt")
             if e["cue"] in ("begin", "end", "at", "attached")]
    if not found:
        return None
    source = r"\b(?:" + "|".join(f"(?:{p})" for p in found) + ")"
    return programs.compile(guarded(source, re.IGNORECASE) or source, re.IGNORECASE)


@lru_cache(maxsize=None)
def stay_nouns(lang: str) -> tuple:
    """The trigger rules of the language that name a stay by a noun ("visit", "Reise", "summit")."""
    return tuple(r for r in rules(lang).triggers if r.nominal and r.type in _STAYS)


@lru_cache(maxsize=None)
def _phase_nouns(lang: str) -> tuple:
    """The nouns that may tell a stay's first or last day: those of the stay types and of the
    other types of their families ("Die Außenminister der G7 kommen am Mittwoch zusammen. Das
    Treffen endet am Freitag": the meeting of a body is the summit told before; a plain meeting
    is no stay, so the phase finds none)."""
    families = {family(t) for t in _STAYS}
    return tuple(r for r in rules(lang).triggers if r.nominal and family(r.type) in families)


@lru_cache(maxsize=None)
def _event_nouns(lang: str) -> tuple:
    return tuple(r for r in rules(lang).triggers if r.nominal)


class _Noun(NamedTuple):
    """A noun that names no event of its own but refers back to one told before (the ``refers``
    cue: "Die Gespräche fanden am Montag statt", "The election was held on Sunday")."""

    pattern: re.Pattern
    type: str


@lru_cache(maxsize=None)
def _referring_nouns(lang: str) -> tuple:
    """The ``refers`` cues of discourse.txt: one line per event type, named by its one group."""
    out = []
    for entry in load(lang, "discourse.txt"):
        if entry["cue"] == "refers":
            for name in entry["regex"].groupindex:
                if name in TYPES:
                    out.append(_Noun(re.compile(rf"\b(?:{entry['regex'].pattern})\b", entry["regex"].flags), name))
    return tuple(out)


def referring_spans(ctx: Context, lang: str) -> list[tuple[int, int]]:
    """The spans of the sentence's nouns that name an event without being a trigger of their own
    (the ``refers`` cue: "the election", "die Gespräche"), outside quotes: a date right after one
    of them after a preposition of another time is that event's ("two weeks before the election
    on May 26")."""
    return [(m.start(), m.end()) for noun in _referring_nouns(lang)
            for m in ctx.scan(noun.pattern) if not ctx.quoted(m.start())]


def _day_after(ctx: Context, pos: int, end: int, whole: bool = False, last: bool = False) -> tuple[DateValue, bool] | None:
    """The day told after a phase cue (or a part of a day: "am Montagabend"), and whether it is a
    bare weekday (``whole``: any date of the calendar, a month or an interval too; ``last``: the
    last day told before ``end``, not the first after ``pos``)."""
    days = [t for t in ctx.timexes_in(pos, end) if t.type in ("DATE", "TIME") and t.value[:1].isdigit()
            and t.mod != "ON_OR_AFTER" and not t.value.endswith("/..")]  # "seit Januar geplant": not its date
    if not days:
        return None
    told = days[-1] if last else days[0]
    d = told.date()
    if d.earliest is None or (not whole and (d.granularity != "day" or "/" in d.value)):
        return None
    d.source = "text"
    return d, (told.underspecified or "").startswith("XXXX-WXX-")


def end_told_after(ctx: Context, pos: int, lang: str, start: _dt.date | None = None,
                   limit: int | None = None, kind: str = "end") -> DateValue | None:
    """The last day of a stay told as beginning on a day before ``pos``, when its sentence goes on
    to tell its end ("Der Besuch begann am Montag und endete am Mittwoch", "The visit began on
    Monday and ends on Wednesday"): the day after an ``end`` cue of discourse.txt later in the
    sentence, or before ``limit`` (a weekday: the first such day on or after the ``start``); with
    ``kind="depart"``, the day its guest leaves ("arrived in Delhi on Sunday and leaves for Kabul
    on Wednesday")."""
    cue = cues(lang).get(kind)
    if cue is None:
        return None
    for hit in cue.finditer(ctx.text, pos, ctx.sentence.end if limit is None else limit):
        if ctx.quoted(hit.start()) or not word_start(ctx.text, hit):
            continue
        # the day after the cue, or (a verb at the end: "... und am Donnerstag enden") the last before it
        day = _day_after(ctx, hit.end() - 1, ctx.sentence.end) or _day_after(ctx, pos, hit.start(), last=True)
        if day is None:
            return None
        return _after_start(day[0], start) if day[1] and start is not None else day[0]
    return None


def find(ctx: Context, n: int, lang: str, may_match=None) -> list[Phase]:
    """The phases told in sentence ``n`` (``ctx`` is its context); ``may_match(rule)``: False for
    a trigger rule whose pattern cannot match in the sentence (it lacks the rule's words)."""
    c = cues(lang)
    anaphor = rules(lang).cues.get("anaphor")
    if anaphor is None:
        return []
    out = []
    any_cue = _noun_cues(lang)
    if any_cue is not None and any_cue.search(ctx.text, ctx.sentence.start, ctx.sentence.end) is not None:
        kinds = [(k, _phase_nouns(lang)) for k in ("begin", "end") if k in c]
        if "at" in c:
            kinds.append(("at", _event_nouns(lang) + _referring_nouns(lang)))
        if "attached" in c:
            kinds.append(("attached", _referring_nouns(lang)))
        for kind, nouns in kinds:
            for rule in nouns:
                if may_match is not None and not may_match(rule):
                    continue
                out += _phases_of(ctx, n, rule, kind, c[kind], anaphor, lang)
    if "depart" in c:
        out += _departure(ctx, n, c["depart"])
    if "lands" in c:
        out += _departure(ctx, n, c["lands"], arrival=True)
    return out


def _departure(ctx: Context, n: int, cue: re.Pattern, arrival: bool = False) -> list[Phase]:
    """"He will leave Oslo on Wednesday", "Am Mittwoch kehrt er nach Berlin zurück": the day a
    guest leaves is the last day of the visit told just before (the ``depart`` cue); with
    ``arrival``, the day a guest landed is the first of a visit told just before without a day of
    its own ("Merz has arrived in Washington. He landed on Wednesday evening": the ``lands`` cue)."""
    hit = cue.search(ctx.text, ctx.sentence.start, ctx.sentence.end)
    if hit is None or ctx.quoted(hit.start()):
        return []
    cstart, cend = ctx.clause_of(hit.start())
    kinds = ("DATE", "TIME") if arrival else ("DATE",)  # "landed on Wednesday evening"
    days = [t for t in ctx.timexes_in(cstart, cend) if t.type in kinds and t.value[:1].isdigit()]
    if len(days) != 1:
        return []
    d = days[0].date()
    if d.granularity != "day" or "/" in d.value or d.earliest is None:
        return []
    d.source = "text"
    people = frozenset(e.id for m in persons(ctx.mentions_in(cstart, cend)) for e in m.entities)
    if arrival and any(m.entities and m.entities[0].kind in PLACE_KINDS for m in ctx.mentions_in(cstart, cend)):
        return []  # "He arrived in Oslo on Wednesday": a stay of its own, one with the one told (kb.events.dedupe)
    if arrival:
        d = DateValue(value=d.value[:10], earliest=d.earliest, latest=d.earliest, granularity="day",
                      text=d.text, source="text")  # the first day ("am Mittwochabend": Wednesday)
        return [Phase(n, "begin", "Visit", Span(hit.start(), hit.end()), d, people=people, arrival=True)]
    return [Phase(n, "end", "Visit", Span(hit.start(), hit.end()), d,
                  (days[0].underspecified or "").startswith("XXXX-WXX-"), departure=True, people=people)]


def _phases_of(ctx: Context, n: int, rule, kind: str, cue: re.Pattern, anaphor: re.Pattern,
               lang: str) -> list[Phase]:
    """The ``kind`` phases of sentence ``n`` told with a definite noun of ``rule``."""
    out = []
    text, sent = ctx.text, ctx.sentence
    for m in ctx.scan(rule.pattern):
        before = text[max(sent.start, m.start() - 30):m.start()]
        if ctx.quoted(m.start()) or not anaphor.search(before) or another_of_series(before, lang):
            continue
        cstart, cend = ctx.clause_of(m.start())
        after = _past_place(ctx, m.end(), cend)
        hit = cue.match(text, after, cend)
        if hit is None or hit.start() - after > _CUE_GAP:
            continue
        day = _day_after(ctx, hit.start(), cend, whole=kind in ("at", "attached"))
        if day is None or (kind == "attached" and not (_date_at(ctx, hit.end(), cend) and _opens_clause(ctx, m.start(), cstart))):
            continue
        if kind == "attached":
            kind = "at"  # "Das Gespräch am Montagabend sei hilfreich gewesen": the day the talk took place
        length = duration_near(ctx, m.start(), m.end()) if kind == "begin" else None
        out.append(Phase(n, kind, family(rule.type), Span(m.start(), m.end()), *day,
                         days=int(length[1:-1]) if length else None))
        last = end_told_after(ctx, hit.end(), lang, day[0].earliest, cend) if kind == "begin" and not length else None
        if last is not None:  # "The trip begins on Monday and ends on Thursday": its last day too
            out.append(Phase(n, "end", family(rule.type), Span(m.start(), m.end()), last))
    return out


def _opens_clause(ctx: Context, pos: int, cstart: int) -> bool:
    """Does the noun at ``pos`` open its clause, after its article ("Das Gespräch am Montag sei
    ...": the subject the clause is about, not an occasion named in it: "met at the summit on
    Monday")?"""
    return len(ctx.text[cstart:pos].split()) <= 1


def _date_at(ctx: Context, pos: int, end: int) -> bool:
    """Does a date start right at ``pos`` (the ``attached`` cue ends before it)?"""
    return any(pos - 1 <= t.start <= pos + 1 for t in ctx.timexes_in(pos - 1, end) if t.type in ("DATE", "TIME"))


def _past_place(ctx: Context, pos: int, end: int) -> int:
    """Where a stay noun's place phrase ends, if one follows it ("The trip to the Middle East
    ends on Thursday", "Die Reise nach Kenia endet am Freitag"): a preposition, perhaps an
    article, and a place; else ``pos``."""
    for m in ctx.mentions_in(pos, min(end, pos + 60)):
        if m.entities and m.entities[0].kind in PLACE_KINDS and m.kind not in ("adjective", "metonym") \
                and re.fullmatch(r"\s+\w+(?:\s+\w+)?\s+", ctx.text[pos:m.start]):
            return m.end
        break
    return pos


@lru_cache(maxsize=None)
def _series_words(lang: str) -> frozenset[str]:
    """The words that put an event noun before or after another of its kind ("next", "nächste",
    "last", "vorige": the ``dir`` words of temporal-words.txt that step a unit on or back)."""
    from ..temporal.grammar import load_grammar

    words = load_grammar(lang).words.get("dir", {})
    return frozenset(w.lower() for w, step in words.items() if step in ("PLUS-1", "MINUS-1"))


def another_of_series(before: str, lang: str) -> bool:
    """Does the text right before an event noun make it another event of its series ("Das nächste
    Treffen soll im Juni stattfinden", "the last visit", "the second meeting"), not the one told?"""
    from ..claims import cues as claim_cues

    last = re.findall(r"\w+", before)[-1:]
    return (bool(last) and last[0].lower() in _series_words(lang)) or claim_cues(lang).ordinal_before(before) is not None


def belongs_anywhere(n: int, last_told: int | None) -> bool:
    """May a phase told in sentence ``n`` belong to a stay, when the last sentence up to ``n`` that
    tells an event is ``last_told`` (None: none)? Its stay is told at most :data:`_REACH`
    sentences before it (:func:`_antecedent`): without an event in reach no phase counts, and the
    sentence need not be searched for one."""
    return last_told is not None and 0 <= n - last_told <= _REACH


def _antecedent(events: list[Event], phase: Phase, sentence_of, is_heading) -> Event | None:
    """The stay a phase belongs to: the nearest one of its kind told before it -- a stay, for its
    first or last day (for an ``at`` phase, one the text has not dated: "Scholz met Tusk. The
    meeting took place on Tuesday")."""
    best = None
    for ev in events:
        if is_heading(ev) or ev.implied_by or family(ev.type) != phase.family or ev.trigger == phase.trigger:
            continue
        if phase.kind != "at" and not phase.departure and ev.type not in _STAYS:
            continue  # "The summit ends on Wednesday": the summit, not a meeting on its sidelines told between
        gap = phase.sentence - sentence_of(ev)
        if phase.departure and not (0 < gap <= _DEPARTURE_REACH and ev.date is not None
                                    and ev.date.source == "text" and ev.date.earliest is not None
                                    and phase.people <= {p.entity.id for p in ev.participants if p.entity}):
            continue
        if phase.arrival and not (0 < gap <= _DEPARTURE_REACH and ev.type in _STAYS and ev.status != "planned"
                                  and (ev.date is None or ev.date.source == "publication")
                                  and phase.people <= {p.entity.id for p in ev.participants if p.entity}):
            continue  # "He landed on Wednesday": the start of a stay the text has not dated
        if 0 <= gap <= _REACH and (gap > 0 or (ev.trigger and ev.trigger.start < phase.trigger.start)):
            best = ev
    if phase.kind == "at" and best is not None and best.date is not None and best.date.source != "publication" \
            and not _narrows(phase.date, best.date):
        return None  # dated already: the noun may tell another event of its kind
    return best


def _narrows(day: DateValue, vague: DateValue) -> bool:
    """Does ``day`` narrow down the vague date ``vague`` of the event told before ("will visit
    Oslo in July ... The visit is planned for July 17"), not tell another time?"""
    return vague.granularity not in (None, "day") and vague.earliest is not None and vague.latest is not None \
        and day.earliest is not None and day.latest is not None \
        and vague.earliest <= day.earliest and day.latest <= vague.latest


def _interval(start: _dt.date, end: _dt.date, text: str | None) -> DateValue:
    return DateValue(value=f"{start.isoformat()}/{end.isoformat()}", earliest=start, latest=end,
                     granularity="day", text=text, source="text")


def _after_start(day: DateValue, start: _dt.date) -> DateValue:
    """A weekday that ends a stay is the first such day on or after its start ("arrives next
    Monday ... the visit lasts until Wednesday": the Wednesday after that Monday; "arrived on
    Sunday ... leaves on Tuesday" in a Thursday report: the Tuesday after that Sunday, not the one
    ahead of the report)."""
    if day.earliest is None or (start - day.earliest).days > 7:
        return day
    if day.earliest < start:
        when = day.earliest + _dt.timedelta(days=7)
    elif (day.earliest - start).days >= 7:
        when = day.earliest - _dt.timedelta(days=7 * ((day.earliest - start).days // 7))
    else:
        return day
    return DateValue(value=when.isoformat() + day.value[10:], earliest=when, latest=when, granularity="day",
                     text=day.text, source=day.source)


def _apply_one(ev: Event, phase: Phase) -> None:
    d, day = ev.date, phase.date
    if phase.kind == "at":
        ev.date = day
        return
    stated = d is not None and d.source != "publication" and d.earliest is not None
    if phase.kind == "end" and stated and phase.weekday:
        day = _after_start(day, d.earliest)
    if phase.kind == "end":
        if stated and d.earliest <= day.latest:
            ev.date = _interval(d.earliest, day.latest, d.text)  # "began on Tuesday ... ends on Friday"
        elif not stated and (ev.notes.days or phase.days) and day.granularity == "day" and "/" not in day.value:
            # "ist zu einem viertägigen Staatsbesuch eingetroffen. Der Besuch endet am Donnerstag."
            ev.date = stay_ending(day, ev.notes.days or phase.days)
        elif not stated:
            ev.date = DateValue(value=f"../{day.value}", earliest=None, latest=day.latest, granularity="day",
                                text=day.text, source="text")
        return
    vague = stated and d.granularity != "day" and d.earliest <= day.earliest <= (d.latest or day.latest)
    if (not stated or d.uncertain or vague) and phase.days:
        ev.date = stay(day, phase.days)  # "The three-day trip begins on Monday": Monday and the two days after
    elif not stated or d.uncertain or vague:
        # the first day ("next week ... the trip begins on Tuesday"); the end is not told
        ev.date = DateValue(value=f"{day.value}/..", earliest=day.earliest, latest=None, granularity="day",
                            text=day.text, source="text")


def apply(events: list[Event], phases: list[Phase], sentence_of, is_heading) -> list[Span]:
    """Give each phase's day to the stay it belongs to. Returns the triggers of the events read
    from the phases' nouns: they go once the story is told (until then they date what follows,
    "The trip begins on Friday in Riga. There she meets ...")."""
    gone = []
    found = [(phase, _antecedent(events, phase, sentence_of, is_heading)) for phase in phases]
    order = {id(ev): i for i, ev in enumerate(events)}
    for phase, ev in found:
        if ev is None or any(p.trigger == phase.trigger and p.kind == phase.kind and e is not None
                             and order[id(e)] > order[id(ev)] for p, e in found):
            continue  # a noun of two kinds ("das Gespräch": a meeting or a call) is the one told last
        # its twins -- another account of the stay in the same sentence, on the same day, which
        # the merge folds into one ("arrived on Monday for a state visit": the verb and the noun)
        for twin in [x for x in events if x is not ev and sentence_of(x) == sentence_of(ev)
                     and family(x.type) == family(ev.type) and x.date is not None and ev.date is not None
                     and x.date.value == ev.date.value and _ids_of(x) == _ids_of(ev)]:
            _apply_one(twin, phase)
        _apply_one(ev, phase)
        if phase.departure:
            _leave_on(events, phase, ev, sentence_of)
        elif not phase.arrival:
            gone.append(phase.trigger)
    return gone


def _leave_on(events: list[Event], phase: Phase, stay_ev: Event, sentence_of) -> None:
    """"Wang arrived in Delhi on Sunday. He leaves for Kabul on Wednesday": the journey the
    departure tells (an event of its trigger, on the day the departure was read) leaves on the last
    day the stay was given -- the first such weekday after its start, not one ahead of the report."""
    d = stay_ev.date
    if not phase.weekday or d is None or d.latest is None or d.latest == phase.date.latest:
        return
    for x in events:
        if x is not stay_ev and sentence_of(x) == phase.sentence and x.type in _STAYS and x.trigger is not None \
                and x.trigger.start < phase.trigger.end and phase.trigger.start < x.trigger.end \
                and x.date is not None and x.date.value == phase.date.value:
            x.date = DateValue(value=d.latest.isoformat(), earliest=d.latest, latest=d.latest, granularity="day",
                               text=x.date.text, span=x.date.span, source=x.date.source)
            x.status = "past"


def _ids_of(ev: Event) -> frozenset:
    return frozenset(p.entity.id if p.entity else p.label for p in ev.participants)


class Within(NamedTuple):
    """What a sentence says of the time of what it tells, beyond its own dates (:func:`within`)."""

    inside: bool = False  # inside a stay told before ("during the visit")
    days: int | None = None  # the stay's length, when told there ("on the two-day trip")
    nth: int | str | None = None  # which day of the stay ("on the second day": 2, "last")
    sequel: bool = False  # opens by going on from the sentence before ("Afterwards", "Anschließend")
    day: DateValue | None = None  # the last day the sentence names (what a sequel goes on from)
    sidelines: bool = False  # tells of something on the sidelines of an occasion ("am Rande der Konferenz")
    days_told: DateValue | None = None  # the last day or span of days the sentence names
    there: bool = False  # set where the sentence before was ("traf dort Y", "met Y there")
    onward: bool = False  # a ``sequel`` cue anywhere in it ("She will then travel to Tallinn")
    restates: bool = False  # opens by restating an event told before (the ``restate`` cue: "It was their ...")
    earlier: bool = False  # opens by going back before the sentence before ("Zuvor", "Earlier", the ``earlier`` cue)
    place_first: int | None = None  # where a place that opens it after one word begins ("In Vilnius she ...")


@lru_cache(maxsize=None)
def _sidelines(lang: str) -> re.Pattern | None:
    """The ``@sidelines`` cue of events.txt, also at the start of a sentence ("On the sidelines")."""
    side = rules(lang).cues.get("sidelines")
    return re.compile(side.pattern, re.IGNORECASE) if side is not None else None


def within(ctx: Context, lang: str) -> Within:
    """Does the sentence tell of something inside a stay told before ("during the visit"), the
    stay's length in days when it says it ("on the two-day trip"), and which of its days when
    it says that ("am zweiten Tag", "on the last day": 2 or ``"last"``, the ``dayof`` cue)? Does
    it go on from the sentence before ("Later, ...", "Anschließend ...": the ``sequel`` cue), and
    which day does it name last?"""
    nth = _day_of(ctx, lang)
    seq = cues(lang).get("sequel")
    sequel = seq is not None and seq.match(ctx.text, ctx.sentence.start, ctx.sentence.end) is not None
    back = cues(lang).get("earlier")
    earlier = back is not None and back.match(ctx.text, ctx.sentence.start, ctx.sentence.end) is not None
    sequel = sequel or earlier
    onward = sequel or (seq is not None and any(
        not ctx.quoted(m.start()) and not ctx.text[m.start() - 1:m.start()].isalnum()
        for m in seq.finditer(ctx.text, ctx.sentence.start, ctx.sentence.end)))
    told = _last_day(ctx, cues(lang).get("attributive"), spans=True)
    day = told if told is None or "/" not in told.value else _last_day(ctx, cues(lang).get("attributive"))
    side = _sidelines(lang)
    margin = side is not None and any(not ctx.quoted(m.start())
                                      for m in side.finditer(ctx.text, ctx.sentence.start, ctx.sentence.end))
    there = _there(ctx, lang)
    again = cues(lang).get("restate")
    restates = again is not None and again.match(ctx.text, ctx.sentence.start, ctx.sentence.end) is not None
    pat = cues(lang).get("within")
    hit = pat.search(ctx.text, ctx.sentence.start, ctx.sentence.end) if pat is not None else None
    if hit is None or ctx.quoted(hit.start()):
        return Within(nth is not None, None, nth, sequel, day, margin, told, there, onward, restates, earlier, _place_first(ctx))
    for t in ctx.timexes:
        if t.type == "DURATION" and re.fullmatch(r"P\d+D", t.value) and hit.start() <= t.start <= hit.end() + 20:
            return Within(True, int(t.value[1:-1]), nth, sequel, day, margin, told, there, onward, restates, earlier, _place_first(ctx))
    return Within(True, None, nth, sequel, day, margin, told, there, onward, restates, earlier, _place_first(ctx))


class Withins(Mapping):
    """:func:`within` of each sentence of a text (index -> :class:`Within`), read when first asked
    for: the dating steps ask for about a third of a text's sentences (those of its events and the
    ones before them), and each reading searches a sentence with some ten cues. A sentence's reading
    depends on its context alone, which nothing changes once it is made."""

    def __init__(self, lang: str) -> None:
        self._lang = lang
        self._contexts: dict[int, Context] = {}
        self._read: dict[int, Within] = {}

    def add(self, n: int, ctx: Context) -> None:
        """Sentence ``n`` (``ctx`` its context) is one to read."""
        self._contexts[n] = ctx

    def __getitem__(self, n: int) -> Within:
        found = self._read.get(n)
        if found is None:
            found = self._read[n] = within(self._contexts[n], self._lang)  # KeyError: no such sentence
        return found

    def get(self, n: int, default=None):
        return self[n] if n in self._contexts else default

    def __contains__(self, n: object) -> bool:
        return n in self._contexts

    def __iter__(self) -> Iterator[int]:
        return iter(self._contexts)

    def __len__(self) -> int:
        return len(self._contexts)


def _place_first(ctx: Context) -> int | None:
    """Where a place mention begins that opens the sentence after one word, a preposition ("In
    Vilnius she will meet ...", "In Vilnius trifft sie ..."); None when there is none."""
    from .context import is_place

    for m in ctx.mentions:
        if m.start >= ctx.sentence.start and is_place(m):
            return m.start if _ONE_WORD.fullmatch(ctx.text, ctx.sentence.start, m.start) else None
    return None


_ONE_WORD = re.compile(r"\s*\w+\s+")


def _there(ctx: Context, lang: str) -> bool:
    """Is the sentence set where the one before was, by a word of the ``there`` cue outside quotes
    anywhere in it ("Kommissarin X traf dort Y", "She met Y there")?"""
    pat = cues(lang).get("there")
    return pat is not None and any(not ctx.quoted(m.start()) and word_start(ctx.text, m)
                                   for m in pat.finditer(ctx.text, ctx.sentence.start, ctx.sentence.end))


def _last_day(ctx: Context, noun_dates: re.Pattern | None = None, spans: bool = False) -> DateValue | None:
    """The last calendar day the sentence names outside quotes, also with a time of day ("Tuesday
    evening"); none for a month, a week, a span (with ``spans``: a span of days is one), nor the
    date of a noun (``noun_dates``, the ``attributive`` cue: "discussed the March 3 accord" tells
    no time of the sentence)."""
    from .dating import attributive

    for t in reversed(ctx.timexes):
        if t.type not in ("DATE", "TIME") or not t.value[:1].isdigit() or len(t.value) < 10 \
                or not (ctx.sentence.start <= t.start and t.end <= ctx.sentence.end) or ctx.quoted(t.start, t.end) \
                or attributive(ctx, t, noun_dates) is not None:
            continue
        d = t.date()
        if d.granularity == "day" and d.earliest is not None and ("/" not in d.value or spans and d.latest is not None):
            d.source = "text"
            return d
    return None


def _day_of(ctx: Context, lang: str) -> int | str | None:
    """The ordinal day of a stay the sentence names ("on the second day of the visit"): its
    number, ``"last"`` for the ``last`` group, 1 for the ``first`` group ("zum Auftakt"), None
    when there is none or it is no ordinal."""
    from ..temporal.grammar import load_grammar

    pat = cues(lang).get("dayof")
    hit = pat.search(ctx.text, ctx.sentence.start, ctx.sentence.end) if pat is not None else None
    if hit is None or ctx.quoted(hit.start()):
        return None
    if hit.groupdict().get("last") or hit.groupdict().get("lastx"):
        return "last"
    if hit.groupdict().get("first"):
        return 1
    value = load_grammar(lang).lookup("ordinal", hit.group("n") or "")
    return int(value) if value and value.isdigit() and int(value) > 0 else None


def recent_perfect(ctx: Context, s: int, lang: str, relatives: frozenset[str]) -> bool:
    """"The presidents of A and B have signed the papers of accession": a verb in the present
    perfect (the ``recent`` cue of discourse.txt right before it, in its own clause) tells news of
    the last days, an event even without a date of its own; not in a relative clause ("Latvia,
    which has joined NATO, ...": background)."""
    cue = cues(lang).get("recent")
    if cue is None or in_relative_clause(ctx, s, None, relatives):
        return False
    return cue.search(ctx.text, ctx.clause_of(s)[0], s) is not None
