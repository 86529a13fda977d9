"""Dates told by reference to another event of the same document (issue 9, stops 34-36).

"Nach dem Gespräch traten beide vor die Presse", "at a press conference after the talks", "on the
sidelines of the summit, X met Y", "zum Abschluss seines Besuchs", "two days before the summit",
"am Tag nach der Wahl": the event's own clause names no date; a relational preposition (the
``anchors.txt`` data of the language: ``same``, ``after``, ``before``, ``start``, ``end``, with an
offset in days) governs a noun that names an event type (an event noun of events.txt or a
``refers`` noun of discourse.txt). The event that noun refers to -- the one it triggers itself
(told with a day of its own in the sentence: only a length counts from it), else the nearest one
of its family told before with a date (in the same item of a digest; for a saying, within two
sentences, as the story reads a saying's occasion, unless a plan's phrase names the people of the
occasion planned), of the people the phrase names when it names
any ("nach dem Gespräch der Präsidenten X und Y") -- dates it by the relation:

* ``same``: the other's days -- for a meeting held at a summit or meeting its own noun triggers,
  dated in its own words ("are due to meet at a NATO summit in Oslo next month"), its time at any
  precision; the reverse, a meeting or summit without a date that is the occasion of the event told
  before it in its clause ("pledged on Tuesday to deepen their ties during talks in Oslo"), takes
  that event's day (:func:`_occasion_of`). These prepositions, with ``start`` and ``end``, also
  tell where a saying was said (:func:`occasion_before`);
* ``after``: its last day, that many days later (a length told right before the preposition, "two
  days after", or the line's DAYS);
* ``before``: that many days before its first day; with no length, on or before that day (``../D``);
* ``start`` / ``end``: its first / last day.

The date is from the context and uncertain. An event dated by its own clause keeps its date; when
the referenced event has no day of the text (or of its context), nothing changes. A date an earlier
pass gave from the context is replaced only where the reference tells a length ("two days after")
or names the people of the event it refers to. A time before with no length is only an upper
bound, never a day: a past event before an occasion over by the report (told in its sentence or
before) and a plan before a planned occasion still to come are on or before the occasion's first
day (``../D``, even from the noun's own event: "im Vorfeld des Gipfels am 18. Mai"); what was done
before an occasion still to come keeps the report's day. A noun that modifies another ("during the
election campaign") names no event (:func:`_modifier`). A time within a stay, or its first or last day, is left to the
story (kb.events.story), which reads the stay's length and days told around it.
"""

from __future__ import annotations

import datetime as _dt
import re
from functools import lru_cache
from typing import NamedTuple

from ..entities.words import function_words
from ..eventtypes import COMMUNICATION, STAYS, family
from ..frames.lexicon import lexicon
from ..lang.schema import load
from ..model import DateValue
from ..temporal.tense import finite_verb
from . import dating
from . import phases as _phases

# how many words may stand between the preposition and its noun ("after their first formal talks")
_BETWEEN = 3
# how far after the noun the people of the event it names may be told ("des Gesprächs der Präsidenten X und Y")
_NAMES_REACH = 80
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_CLAUSE_END = re.compile(r"[,;:.!?]")
_SPACE = re.compile(r"\s+")
_LENGTH = re.compile(r"P(\d+)([DW])")
# how many sentences back the occasion of a saying may be told (as kb.events.story's _REACH)
_SAYING_REACH = 2
# the events that are where others are held, and that are held at others (an occasion of the ``same`` relation)
_GATHERINGS = ("Meeting", "Summit")


class Relation(NamedTuple):
    relation: str
    days: int
    pattern: re.Pattern


class Anchor(NamedTuple):
    """A relational phrase before or after a trigger: the relation, its offset in days, the families
    its noun names, where the noun is, where the phrase ends and where its preposition starts."""

    relation: str
    days: int
    kinds: frozenset
    noun: tuple[int, int]
    end: int
    at: int


@lru_cache(maxsize=None)
def relations(lang: str) -> tuple[Relation, ...]:
    """The relational prepositions of ``kb/lang/<lang>/anchors.txt`` (checked when loaded)."""
    return tuple(Relation(e["relation"], e["days"], e["regex"]) for e in load(lang, "anchors.txt"))


@lru_cache(maxsize=None)
def _phrases(lang: str) -> tuple[re.Pattern | None, tuple[tuple[Relation, re.Pattern], ...]]:
    """One pattern finding where any preposition starts, and each relation's own."""
    own = tuple((r, re.compile(rf"(?<![\w-])(?:{r.pattern.pattern})(?=\s)", re.IGNORECASE)) for r in relations(lang))
    if not own:
        return None, own
    return re.compile("|".join(p.pattern for _, p in own), re.IGNORECASE), own


def _prepositions(text: str, start: int, end: int, lang: str) -> list[tuple[int, int, Relation]]:
    """The relational prepositions in ``text[start:end]``, the longest where several start at one
    place ("at the end of" over "at"), none inside another ("the day after": not "after")."""
    anywhere, own = _phrases(lang)
    out: list[tuple[int, int, Relation]] = []
    if anywhere is None:
        return out
    for hit in anywhere.finditer(text, start, end):
        at = hit.start()
        if out and at < out[-1][1]:
            continue
        best = max(((m.end(), rel) for rel, pat in own if (m := pat.match(text, at, end)) is not None),
                   key=lambda x: x[0], default=None)
        if best is not None:
            out.append((at, best[0], best[1]))
    return out


# the words between a preposition and the event noun it governs ("at a joint news conference")
_GAP = re.compile(r"(?:\s+[\w'’-]+){0,%d}\s+[\w-]*" % (_BETWEEN + 1))


def occasion_before(text: str, lo: int, s: int, lang: str) -> bool:
    """Does a ``same``, ``start`` or ``end`` preposition in ``text[lo:s]`` govern the event noun at
    ``s`` (only words between): is that event the occasion something is held or said at ("said at a
    news conference", "sagte am Rande des Gipfels", "at the end of the talks")?"""
    return any(rel.relation in ("same", "start", "end") and _GAP.fullmatch(text, b, s) is not None
               for _, b, rel in _prepositions(text, lo, s, lang))


@lru_cache(maxsize=4096)
def named_kinds(word: str, lang: str) -> frozenset:
    """The event families a noun names: an event noun's (a nominal trigger) or a referring noun's
    (the ``refers`` cue of discourse.txt)."""
    out = {family(r.type) for r in _phases._event_nouns(lang) if r.pattern.fullmatch(word)}
    return frozenset(out | {family(n.type) for n in _phases._referring_nouns(lang) if n.pattern.fullmatch(word)})


def _noun_after(text: str, pos: int, stop: int, lang: str, timed: frozenset = frozenset()) -> tuple[int, int, frozenset] | None:
    """The first word after ``pos`` (within ``_BETWEEN`` words, no punctuation between) that names
    an event family -- not one that modifies the noun after it ("during the election campaign",
    "the summit preparations": :func:`_modifier`; "the summit meeting" names the meeting)."""
    i = pos
    for _ in range(_BETWEEN + 1):
        gap = _SPACE.match(text, i, stop)
        if gap is None:
            return None
        m = _WORD.match(text, gap.end(), stop)
        if m is None:
            return None
        kinds = named_kinds(m.group(), lang)
        if kinds and not _modifier(text, m.end(), stop, lang, timed):
            return m.start(), m.end(), kinds
        i = m.end()
    return None


def _verb_at(text: str, start: int, end: int, lang: str) -> int:
    """Where the first verb after ``start`` stands (``end`` when none): the people of the event a
    noun names are told before it ("Vor dem Gipfel will X Y treffen": X and Y are the clause's)."""
    lex = lexicon(lang)
    for w in _WORD.finditer(text, start, end):
        low = w.group()
        if low[:1].islower() and (low in lex.verbs or low in lex.aux or low in lex.modals
                                  or finite_verb(text, w.start(), w.end(), lang)):
            return w.start()
    return end


def _modifier(text: str, end: int, stop: int, lang: str, timed: frozenset) -> bool:
    """Is the event noun ending at ``end`` the modifier of a noun right after it ("the election
    campaign", "summit preparations", "the visit programme")? In a language whose nouns are written
    in lower case (frames.txt: not ``order v2``, where a compound is one word), a lower-case word
    right after it that is no function word or verb of frames.txt, no verb in a tense
    (temporal-tense.txt), no event noun and no start of a date ("after the talks ended", "after
    the vote last week")."""
    lex = lexicon(lang)
    if lex.case_sensitive_nouns:
        return False
    m = _SPACE.match(text, end, stop)
    w = _WORD.match(text, m.end(), stop) if m is not None and "\n" not in m.group() else None
    if w is None or not w.group()[:1].islower() or w.start() in timed or named_kinds(w.group(), lang):
        return False
    low = w.group().lower()
    if low in lex.verbs or low in lex.aux or low in lex.modals or low in lex.preps or low in lex.relatives \
            or low in lex.subordinators or low in lex.negations or low in _closed_words(lang):
        return False
    return not finite_verb(text, w.start(), w.end(), lang)


@lru_cache(maxsize=None)
def _closed_words(lang: str) -> frozenset:
    """The function words of function-words.txt and the prepositions and joiners a phrase may go on with."""
    out = set()
    for cls in ("determiner", "listjoin", "owner", "seat", "target", "infinitive", "pronoun", "possessive",
                "complement", "date-prep", "comitative", "time-clause", "time-subordinator"):
        out |= {w.lower() for w in function_words(lang, cls)}
    return frozenset(out)


def _length_before(timexes, at: int) -> int | None:
    """Days of a length told right before the preposition at ``at`` ("two days after")."""
    for t in timexes:
        if t.type == "DURATION" and 0 <= at - t.end <= 2:
            m = _LENGTH.fullmatch(t.value or "")
            if m is not None:
                return int(m.group(1)) * (7 if m.group(2) == "W" else 1)
    return None


def anchors_in(text: str, start: int, end: int, lang: str, timexes) -> list[Anchor]:
    """The relational phrases in ``text[start:end]`` whose noun names an event family."""
    out = []
    timed = frozenset(t.start for t in timexes)
    for a, b, rel in _prepositions(text, start, end, lang):
        noun = _noun_after(text, b, end, lang, timed)
        if noun is None:
            continue
        told = _length_before(timexes, a)
        days = told if told is not None else rel.days
        stop = _CLAUSE_END.search(text, noun[1], end)
        hi = min(stop.start() if stop else end, noun[1] + _NAMES_REACH)
        out.append(Anchor(rel.relation, days, noun[2], (noun[0], noun[1]), _verb_at(text, noun[1], hi, lang), a))
    return out


def _persons(mentions, a: int, b: int) -> frozenset:
    return frozenset(e.id for m in mentions if a <= m.start and m.end <= b
                     for e in m.entities[:1] if e.kind == "person")


def _ids(ev) -> frozenset:
    return frozenset(p.entity.id for p in ev.participants if p.entity)


def _dated(x) -> bool:
    d = x.date
    return _told_dated(x) and d.granularity == "day" and d.earliest is not None


def _status_fits(ev, x, dct: _dt.date | None) -> bool:
    """A plan is not dated by what was done, nor the reverse; a past event not by a day after the report."""
    if (ev.status in ("planned", "hypothetical")) != (x.status in ("planned", "hypothetical", "ongoing")) \
            and x.status != "ongoing":
        return False
    return not (ev.status == "past" and dct is not None and x.date.earliest is not None and x.date.earliest > dct)


def _told_after(x, anchor: Anchor) -> bool:
    """Is ``x``'s date told after the phrase's noun ("vor dem Gipfel am 18. Mai"), not before the
    preposition ("held a ceremony on Tuesday before the two held talks": Tuesday is the clause's)?"""
    return x.date.span is not None and x.date.span.start >= anchor.noun[1]


def _held_at(anchor: Anchor, x) -> bool:
    """Is the event its ``same`` phrase's noun triggers, dated in its own words, where the event is
    held ("meet at a NATO summit in Oslo next month", "am Rande des Gipfels im Juli")? A summit or a
    meeting: its time is the event's, at the precision the text tells it."""
    return anchor.relation == "same" and x.type in _GATHERINGS and x.date.source == "text"


def _occasion_of(ev, found: list[Anchor], events: list, sentence_of, spans: list[tuple[int, int]]):
    """The event whose occasion the gathering ``ev`` is: ``ev``'s noun is that of a ``same`` phrase
    ("pledged on Tuesday to deepen their ties during talks in Oslo", "sagte am Dienstag bei einem
    Treffen mit X") after the event it attaches to (its nearest trigger before, in the clause), an
    event of another kind dated to the day in its own words, with ``ev``'s status (a month or a year
    a saying is told in does not date the gathering it names). None otherwise."""
    if ev.type not in _GATHERINGS:
        return None
    s = ev.trigger.start
    anchor = next((a for a in found if a.relation == "same" and s < a.noun[1] and a.noun[0] < ev.trigger.end
                   and a.at < s), None)
    if anchor is None:
        return None
    n = sentence_of(ev)
    before = [x for x in events if x.trigger is not None and sentence_of(x) == n and x.trigger.end <= anchor.at]
    if not before:
        return None
    x = max(before, key=lambda y: y.trigger.start)
    if any(x.trigger.end <= a < anchor.at for a, _ in spans) or x.type in _GATHERINGS or x.status != ev.status \
            or x.date is None or x.date.source != "text" or x.date.granularity != "day":
        return None
    return x


def _told_dated(x) -> bool:
    return x.date is not None and x.date.source in ("text", "context")


def _planned(ev, x) -> bool:
    """A plan's programme told by its occasion ("Nach dem Gespräch der Präsidenten X und Y ist eine
    Pressebegegnung geplant"): both planned."""
    return ev.status == x.status == "planned"


def referred(ev, anchor: Anchor, events: list, sentence_of, item_of, mentions, dct: _dt.date | None):
    """The event ``anchor``'s noun refers to when the text dates it: the event that noun triggers
    (told with a day of its own: only a length counts from it), else the nearest one of its family
    told before ``ev`` with a date of the text or its context (one told again without a day, "Sie
    erhielt 20 Stimmen", is passed over), in ``ev``'s item, of the people the phrase names when it
    names any. None when that event has no day."""
    named = _persons(mentions, anchor.noun[1], anchor.end)
    best, held = _referred(ev, anchor, events, sentence_of, item_of, named)
    if best is None and not held and named & _ids(ev):
        # the event's own people told after the noun may be the clause's, not the noun's ("will am
        # Rande des Gipfels mit X zusammenkommen", "to meet X on the sidelines of the summit")
        best, held = _referred(ev, anchor, events, sentence_of, item_of, named - _ids(ev))
    if held:
        return best if _status_fits(ev, best, dct) else None
    return best if best is not None and _dated(best) and _status_fits(ev, best, dct) else None


def _referred(ev, anchor: Anchor, events: list, sentence_of, item_of, named: frozenset):
    """The candidate of :func:`referred` before its date and status are checked, and whether it
    is the event the phrase's own noun triggers, held where ``ev`` is."""
    n = sentence_of(ev)
    best = None
    for x in events:
        if x is ev or family(x.type) not in anchor.kinds or x.notes.series or not _told_dated(x):
            continue
        if x.trigger is not None and x.trigger.start <= anchor.noun[0] < x.trigger.end:
            if _held_at(anchor, x):
                # "are due to meet at a NATO summit in Oslo next month": the summit's time, as the text tells it
                return x, True
            # "met X after her re-election on April 28": some time after it, no day; "a week after": that day;
            # "im Vorfeld des Gipfels am 18. Mai": on or before the day told in the noun's phrase
            best = x if anchor.days or anchor.relation == "before" and _told_after(x, anchor) else None
            break
        if sentence_of(x) < n and item_of(x) == item_of(ev) and named <= _ids(x) and not x.implied_by \
                and (ev.type not in COMMUNICATION or n - sentence_of(x) <= _SAYING_REACH
                     or (named and _planned(ev, x))):
            best = x  # events are in text order: the last one before is the nearest
    return best, False


def date_by(anchor: Anchor, base: DateValue) -> DateValue | None:
    """The date the relation gives an event told by reference to an event dated ``base``."""
    first, last = base.earliest, base.latest or base.earliest
    if anchor.relation == "same":
        return dating.inherited(base)
    if anchor.relation == "before" and not anchor.days:
        return DateValue(value=f"../{first.isoformat()}", earliest=None, latest=first, granularity="day",
                         uncertain=True, source="context")
    day = {"after": last + _dt.timedelta(days=anchor.days), "before": first - _dt.timedelta(days=anchor.days),
           "start": first, "end": last}[anchor.relation]
    return dating.of_value(day.isoformat(), True, resolved=True, source="context")


def _left_to_story(ev, anchor: Anchor, other, dct: _dt.date | None, settled: bool) -> bool:
    """Does the story pass (kb.events.story) date this better? A time within a stay, its first or
    last day ("during the three-day visit", "zum Abschluss seines Besuchs"): the story reads the
    stay's length and days told around it (what it leaves undated, told further on, is dated after
    it: "During his visit, X met Y" three sentences after the visit). A time before an occasion with no length ("Vor dem
    Gipfel sagte X", "ahead of the vote, X will meet Y") gives only an upper bound, no day: what was
    done before an occasion over by the report, and what is planned before an occasion still to come,
    is on or before the occasion's first day; a saying (or any past event) before an occasion still to
    come keeps the report's day, which is earlier."""
    if anchor.relation in ("same", "start", "end"):
        return other.type in STAYS and not settled
    if anchor.relation != "before" or anchor.days:
        return False
    return not _bounded(ev, other.date.earliest, other.status == "planned", dct)


def _bounded(ev, first: _dt.date, planned: bool, dct: _dt.date | None) -> bool:
    """Is an event told before an occasion beginning on ``first`` (with no length) on or before that
    day: a past event before an occasion over by the report, a plan before a planned one to come?"""
    if dct is None:
        return False
    if ev.status == "past":
        return first < dct
    return ev.status == "planned" and planned and first >= dct


def _noun_day(text: str, anchor: Anchor, timexes: list, lang: str):
    """The day told right after the phrase's noun ("ahead of the summit on May 18", "im Vorfeld des
    Gipfels am 18. Mai"; a ``date-prep`` word of function-words.txt between): the occasion's own day
    when no event of the document carries it."""
    preps = {w.lower() for w in function_words(lang, "date-prep")}
    for t in timexes:
        if t.start <= anchor.noun[1] or t.start > anchor.noun[1] + 20 or t.type != "DATE" or t.earliest is None \
                or t.earliest != t.latest:
            continue
        gap = text[anchor.noun[1]:t.start].split()
        if len(gap) <= 1 and all(w.lower() in preps for w in gap):
            return t
    return None


def _by_own_day(ev, anchor: Anchor, text: str, timexes: list, lang: str, dct: _dt.date | None) -> DateValue | None:
    """An event before an occasion no event carries, whose day its noun's phrase tells: on or before
    that day (``../D``) when :func:`_bounded`."""
    if anchor.relation != "before" or anchor.days:
        return None
    t = _noun_day(text, anchor, timexes, lang)
    if t is None or not _bounded(ev, t.earliest, t.earliest >= dct if dct else False, dct):
        return None
    return date_by(anchor, DateValue(value=t.value, earliest=t.earliest, latest=t.latest, granularity="day"))


def _anchor_of(ev, text: str, sentence, found: list[Anchor], spans: list[tuple[int, int]]) -> Anchor | None:
    """The relational phrase (of those ``found`` in its sentence) nearest to ``ev``'s trigger: before
    it (no other trigger between), else after it in its clause."""
    s, e = ev.trigger.start, ev.trigger.end
    before = [a for a in found if a.noun[1] <= s and not any(a.noun[1] <= x < s for x, _ in spans)]
    if before:
        a = before[-1]
        return a._replace(end=min(a.end, s))  # the phrase's people stand before the trigger
    stop = _CLAUSE_END.search(text, e, sentence.end)
    hi = stop.start() if stop else sentence.end
    after = [a for a in found if e <= a.at and a.noun[1] <= hi and not any(e <= x < a.noun[0] for x, _ in spans)]
    return after[0]._replace(end=min(after[0].end, hi)) if after else None


def date_by_reference(events: list, sentence_of, text: str, lang: str, dct: _dt.date | None, item_dates: dict,
                      sentences: list, timexes: list, mentions: list, settled: bool = False,
                      found: dict | None = None) -> None:
    """Date each event its own clause leaves undated that a relational phrase ties to another event
    of the document with a day (see the module docstring). Run before the story pass, and again
    after it (``settled``) for what it left undated or dated by the report alone, now that the
    events referred to have the dates their context gives them. ``found`` keeps the relational
    phrases of each sentence read (sentence index -> anchors) for the next run over the same text."""
    if not relations(lang):
        return
    item_of = (lambda x: item_dates.get(sentence_of(x)))
    kept = ("publication",) if settled else ("publication", "context")
    triggers: dict[int, list[tuple[int, int]]] = {}
    for x in events:
        if x.trigger is not None:
            triggers.setdefault(sentence_of(x), []).append((x.trigger.start, x.trigger.end))
    found = {} if found is None else found  # sentence -> its relational phrases, read once
    for ev in events:
        if ev.trigger is None or ev.notes.heading:
            continue
        d = ev.date
        if d is not None and d.source not in kept:
            continue
        n = sentence_of(ev)
        sent = sentences[n]
        if n not in found:
            found[n] = anchors_in(text, sent.start, sent.end, lang,
                                  [t for t in timexes if sent.start <= t.start < sent.end])
        spans = [sp for sp in triggers[n] if sp != (ev.trigger.start, ev.trigger.end)]
        held = _occasion_of(ev, found[n], events, sentence_of, spans) \
            if found[n] and (d is None or d.source == "publication") else None
        if held is not None:
            ev.date = dating.inherited(held.date)
            continue
        anchor = _anchor_of(ev, text, sent, found[n], spans) if found[n] else None
        if anchor is None:
            continue
        if d is not None and d.source == "context" and not anchor.days \
                and not _persons(mentions, anchor.noun[1], anchor.end):
            continue  # a length told, or the people of the event referred to, say more than the context
        other = referred(ev, anchor, events, sentence_of, item_of, mentions, dct)
        if other is None:
            ev.date = _by_own_day(ev, anchor, text, timexes, lang, dct) or ev.date
        elif _held_at(anchor, other) and other.trigger.start <= anchor.noun[0] < other.trigger.end \
                or not _left_to_story(ev, anchor, other, dct, settled):
            ev.date = date_by(anchor, other.date)
