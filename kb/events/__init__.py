"""Event extraction: typed events with participants, roles, place, date, status and evidence.

``annotate(analysis)`` reads sentences, timexes and mentions and fills ``analysis.events``
(ids ``e1``, ``e2``, ... in text order). Triggers, role cues and status cues are data in
``kb/lang/<iso>/events.txt`` and ``status.txt``; this engine knows no words of any language.

Dates come from the timexes of the trigger's clause (the reporting clause "teilte am Dienstag
mit" dates the announcement, not the visit it announces), else from the sentence
(:mod:`kb.events.dating`), else the discourse pass (:mod:`kb.events.story`) takes them -- marked
uncertain, ``source`` "context" -- from the event the sentence continues, or, for things
reported as done, from the publication date (``source`` "publication", honest bounds).
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
import re
from bisect import bisect_left, bisect_right
from functools import lru_cache
from typing import NamedTuple

from ..entities.words import all_function_words, function_words
from ..model import Analysis, DateValue, Event, EventNotes, Participant, Span
from . import dating
from . import roles as _roles
from . import since as _since
from . import states as _states
from . import speakers as _speakers
from . import templates as _templates
from ..frames import frame_at, lexicon
from .context import PLACE_KINDS, Context, clauses, is_actor, is_place, quotes
from ..eventtypes import COMMUNICATION, POINTS, STAYS, TYPES, family, stands_alone
from .dedupe import accompanied, joint_trips, merge
from .rules import Rule, rules, status_cues
from . import digest as _digest
from . import phases as _phases
from . import gapping as _gapping
from .story import Story, continue_story, date_eves, eve_links
from .anchors import date_by_reference, occasion_before
from .reported import reported_on
from . import said as _saying
from ..frames.sayings import sentence_sayings

__all__ = ["annotate", "extract_sentence"]

# What kind of event each type is comes from the one registry (kb.eventtypes).
_COMMUNICATION = COMMUNICATION
_COUNTABLE = {t.name for t in TYPES.values() if t.countable}
_STAYS = STAYS
_POINT_TYPES = POINTS


def _from_timex(timex) -> DateValue:
    """The event date a timex gives. "seit Februar 2022" (an open interval) dates an event by its start."""
    date = dating.season_months(timex.date(), timex)
    date.source = "text"
    if date.value.endswith("/..") and timex.mod == "ON_OR_AFTER":
        date = dating.start_of(date)
    elif "-W" in date.value and date.earliest and date.latest:
        # "am vergangenen Wochenende", "next week": the days, as the event record states them
        date.value = f"{date.earliest.isoformat()}/{date.latest.isoformat()}"
    return date


def _open(date: DateValue) -> DateValue:
    """The stay from ``date`` on, its end untold (a start told with its time of day, "Monday
    evening", starts it on that day: ``2024-11-18/..``)."""
    start = date.earliest.isoformat() if date.granularity == "day" and date.earliest is not None else date.value
    date.value = f"{start}/.."
    date.latest = None
    return date


@lru_cache(maxsize=None)
def _list_gap(lang: str) -> re.Pattern:
    joins = "|".join(re.escape(w) for w in function_words(lang, "listjoin")) or "(?!)"
    return re.compile(rf"\s*(?:,|,?\s*(?:{joins}))\s*$")


def _date_list(ctx: Context, s: int, lang: str) -> list:
    """Dates listed right before an event noun, in text order (empty when there is no list)."""
    list_gap = _list_gap(lang)
    dated = sorted((t for t in ctx.timexes if t.type == "DATE" and t.end <= s), key=lambda t: t.start)
    out = []
    pos = s
    for t in reversed(dated):
        gap = ctx.text[t.end:pos]
        if (not out and re.fullmatch(r"[\s,]*", gap)) or (out and list_gap.fullmatch(gap)):
            out.insert(0, t)
            pos = t.start
        else:
            break
    return out


_POSSESSIVE = re.compile(r"['’]s\b")


def _set_for(ctx: Context, timex, lang: str) -> bool:
    """Is the timex the date an event is set for ("für Sonntag einberufen", "called for Friday")?
    Not a day that owns the noun after it ("flew to Lima for Tuesday's summit")."""
    words = function_words(lang, "target")
    if not words or timex is None or _POSSESSIVE.match(ctx.text, timex.end):
        return False
    before = ctx.text[max(ctx.sentence.start, timex.start - 20):timex.start]
    last = re.findall(r"\w+", before)
    return bool(last) and last[-1] in words


def _with_direction(date: DateValue, status: str | None, lang: str, dct: _dt.date | None,
                    tense: str | None = None) -> DateValue:
    """A relative date (weekday, bare month) read again in the direction the event's status gives.

    The temporal tagger guesses the direction from the sentence's tense; "hat für Sonntag ein
    Treffen einberufen" is perfect tense, but the meeting lies ahead. A planned event dated before
    publication, or a past one dated after it, has its date expression resolved again through
    :func:`kb.temporal.resolve_date` with the direction of its status (a hypothetical one -- a hope,
    an offer -- lies ahead as a plan does). When the ``tense`` of the event's own verb agrees with
    that direction, a month or day without its year lies on that side even where the other is
    nearer ("was elected in December" in a November report is the December before); a status
    read from a cue elsewhere in the clause keeps the nearest one.
    """
    if date is None or dct is None or not date.text or date.earliest is None or date.latest is None:
        return date
    if status in ("planned", "hypothetical") and date.latest < dct:
        direction = "future"  # a hope or an offer ("wants to meet her in May") looks ahead too
    elif status == "past" and date.earliest > dct:
        direction = "past"
    else:
        return date
    if dating.anchored_in_text(date.text, lang, dct):
        return date  # "the next day": counted from a day the text told, not from publication
    from ..temporal import resolve_date
    strict = tense == direction
    again = resolve_date(date.text, lang, dct, direction=direction, strict=strict)
    if again is None or again.earliest is None or again.latest is None \
            or abs((again.earliest - date.earliest).days) > _REREAD_REACH:
        # read against the publication day, a date of a story told in its own years (a history
        # retrieved decades later) would leave them: the other side of a year at most, as in news
        return date
    again = _same_days(date, dating.season_months(again))  # "im Herbst": the months, never a season code
    if (direction == "future" and again.latest >= dct) or (direction == "past" and again.earliest <= dct):
        again.span = date.span
        again.uncertain = date.uncertain
        again.source = date.source
        return again
    return dating.year_ahead(date, dct, lang) if direction == "future" else date


# how far a date read again in its event's direction may move: a weekday a week, a month a year
_REREAD_REACH = 366


def _same_days(date: DateValue, again: DateValue) -> DateValue:
    """The days of a stay whose first day alone its text names, read again ("a three-day visit
    starting May 20": 2023-05-20/2023-05-22 read ahead is 2024-05-20/2024-05-22, not one day)."""
    if date.granularity != "day" or again.granularity != "day" or "/" in again.value or "/" not in date.value \
            or date.earliest is None or date.latest is None or again.earliest is None:
        return again
    shift = again.earliest - date.earliest
    lo, hi = date.earliest + shift, date.latest + shift
    return DateValue(value=f"{lo.isoformat()}/{hi.isoformat()}", earliest=lo, latest=hi, granularity="day",
                     text=again.text)


def _cue_status(ctx: Context, start: int, end: int, lang: str, own: tuple[int, int] | None = None,
                saying: tuple[int, int] | None = None, aside: tuple = ()) -> str | None:
    """The strongest status a cue of ``[start, end)`` gives. In a language that capitalises its
    nouns, a cue word opening the sentence is capitalised too ("Geplant ist ein Treffen"); it is
    read in lower case there (in English a capital there may be a name or a month: "May"), but
    for a plan, a hope or a denial only. Given the trigger's span ``own``, a cue of a plan or a hope
    right before another event noun is that noun's ("über den bevorstehenden Besuch"). Given the
    span of a saying's own verb, ``saying``, a hope or a demand that verb is itself ("called on X
    to", "urged Y to") makes what is asked for hypothetical, not the saying. A cue in one of the
    ``aside`` spans (an insert before the trigger: "X -- on his first visit since the war began --
    held talks") is not the trigger's, and a word of a called-off event that is the trigger itself
    ("hat den Armeechef abgesetzt": a dismissal) calls nothing off. A hope or a plan in what the
    event is about ("spoke about a possible ceasefire", "whether to meet") is not the event's
    (:func:`dating.topic_modifier`), nor one that runs on past the trigger to what it plans
    ("agreed in a phone call to meet")."""
    head = ctx.sentence.start
    opening = None
    if start <= head < end and ctx.text[head:head + 1].isupper() and lexicon(lang).case_sensitive_nouns \
            and not ctx.quoted(head):
        opening = ctx.text[head].lower() + ctx.text[head + 1:end]
    for status, pat in status_cues(lang):
        for m in pat.finditer(ctx.text, start, end):
            if ctx.quoted(m.start()) or (status == "past" and dating.phrase_past(ctx.text, m.start(), lang)) \
                    or any(a <= m.start() < b for a, b in aside):
                continue
            if saying is not None and status == "hypothetical" and saying[0] <= m.start() < saying[1]:
                continue
            if own is not None and status == "did_not_occur" and (m.start(), m.end()) == own:
                continue
            if own is not None and status in ("hypothetical", "planned") and (dating.topic_modifier(ctx, m, own, lang)
                                                                   or dating.plans_later(ctx, m, own)):
                continue  # "agreed in a phone call to meet": the plan is the meeting's, not the call's
            if own is None or status in ("past", "did_not_occur") or not dating.modifies_other_noun(ctx, m.end(), own, lang):
                return status
        if opening is not None and status != "past" and pat.match(opening):
            return status  # a past cue opening a sentence is mostly an adverb ("Bereits morgen ...")
    return None


def _own_cue_status(ctx: Context, t, lang: str, region_start: int, cend: int) -> str | None:
    """The status the cues of the trigger's own stretch give -- else a plan whose cue runs up to the
    trigger from a clause before ("verständigten sich in einem Telefonat darauf, sich in Riga zu
    treffen": the call told in between is no plan, the meeting is)."""
    status = _cue_status(ctx, _own_start(ctx, t, lang, region_start), dating.own_stretch_end(ctx, t.e, cend, lang),
                         lang, (t.s, t.e), aside=ctx.inserts(region_start, t.s))
    return status if status is not None or not dating.planned_by_cue(ctx, t.s, t.e, lang) else "planned"


def _aggregate_cue(ctx: Context, rule: Rule, s: int, lang: str) -> bool:
    """Does an ordinal or a count make this trigger part of a claim rather than an event?"""
    from ..claims import cues

    c = cues(lang)
    cstart, cend = ctx.clause_of(s)
    before = ctx.text[max(cstart, s - 40):s]
    # (a noun that opens a claim's window, ``window``, is not what the claim counts: "seit ihrer
    # Wiederwahl hat sie zweimal Riga besucht")
    if rule.type in _COUNTABLE and "window" not in rule.options and c.count_around(ctx.text[cstart:cend]):
        return True
    if rule.nominal:
        ordinal = c.ordinal_before(before)
        if ordinal is not None and ordinal != "last":
            return True
    return False


def _told_happening(ctx: Context, rule: Rule, e: int, cend: int, lang: str, windows: frozenset[int]) -> bool:
    """"The second summit between X and Y ended on Thursday without a deal": an event noun with an
    ordinal whose clause tells it taking place, beginning or ending on a date (an ``at``, ``begin``
    or ``end`` cue of discourse.txt right after the noun's phrase, a date after it) is news of
    that event, besides the claim the ordinal makes."""
    if not rule.nominal:
        return False
    cue = _phases.taking_place(lang)
    for m in (cue.finditer(ctx.text, e, cend) if cue is not None else ()):
        if len(ctx.text[e:m.start()].split()) > 6:
            break
        return any(t.start not in windows for t in ctx.timexes_in(m.end() - 1, cend) if t.type in ("DATE", "TIME"))
    return False


def _window_start(ctx: Context, s: int, lang: str) -> bool:
    """"die dritte Reise seit seinem Amtsantritt": an undated event that only starts the window of
    a claim in the sentence is the claim's, not news of its own."""
    from ..claims import cues

    c = cues(lang)
    if c.since_re is None:
        return False
    before = ctx.text[max(ctx.sentence.start, s - 25):s]
    hit = None
    for hit in c.since_re.finditer(before):
        pass
    if hit is None or len(before[hit.end():].split()) > 2:
        return False
    sentence = ctx.text[ctx.sentence.start:ctx.sentence.end]
    return bool((c.ordinal_re is not None and c.ordinal_re.search(sentence)) or c.count_around(sentence))


def _unnamed_series(ctx: Context, s: int, e: int, lang: str) -> bool:
    """"eine Reihe von Pressekonferenzen", "several visits": events not told one by one, and with
    no one named in the clause after the noun, are no event of their own."""
    pat = rules(lang).cues.get("series")
    if pat is None or not pat.search(ctx.text[max(ctx.sentence.start, s - 30):s]):
        return False
    cend = _roles.aside_end(ctx, ctx.clause_of(s)[1], lang)  # "several meetings, in particular with A"
    return not any(is_actor(m) for m in ctx.mentions_in(e, cend))


def _light_use(ctx: Context, lang: str, s: int, e: int) -> bool:
    """"eine Entscheidung treffen", "Vorkehrungen getroffen": the trigger verb of a line marked
    ``light`` whose object is a noun of the ``light`` cue of events.txt is a light-verb
    construction (make a decision), not the event the verb names alone (meet). The object is the
    frame's, or the cue noun next to the verb in its clause: after it ("trafen eine Absprache"), or
    before a verb that closes the clause ("eine Vereinbarung getroffen (haben)"); not a noun after a
    preposition ("Nach der Vereinbarung trafen sich A und B")."""
    pat = rules(lang).cues.get("light")
    if pat is None:
        return False
    for f in ctx.frames:
        p = f.predicate
        if not p.nominal and p.start < e and s < p.end and any(
                a.slot == "obj" and pat.search(ctx.text, a.start, a.end) for a in f.arguments):
            return True
    cstart, cend = ctx.clause_of(s)
    nouns = [m for m in pat.finditer(ctx.text, max(cstart, s - 80), min(cend, e + 80))
             if not _after_preposition(ctx.text, m.start(), lang)]
    closes = len(re.findall(r"\w+", ctx.text[e:cend])) <= 1
    return (any(m.start() >= e and _next_to(ctx, (e, m.start())) for m in nouns)
            or (closes and any(m.end() <= s and _next_to(ctx, (m.end(), s)) for m in nouns)))


def _after_preposition(text: str, start: int, lang: str) -> bool:
    """Does a preposition of the language's frames lexicon stand before ``start``, with only
    lower-case words (articles, adjectives) between ("nach der neuen Vereinbarung")?"""
    preps = lexicon(lang).preps
    for w in reversed(re.findall(r"\w+", text[max(0, start - 40):start])[-4:]):
        if w.lower() in preps:
            return True
        if w[0].isupper():
            return False
    return False


def _next_to(ctx: Context, gap: tuple[int, int]) -> bool:
    """Two spans of one clause with at most five words between them, no punctuation and no actor."""
    between = ctx.text[gap[0]:gap[1]]
    return (len(between.split()) <= 5 and not re.search(r"[.,;:!?()\"„“]", between)
            and not any(is_actor(m) for m in ctx.mentions_in(*gap)))


def _topic_of_talks(ctx: Context, s: int, lang: str) -> bool:
    """"talks on a new treaty began on Monday", "Verhandlungen über ein Abkommen": an event noun
    named as what talks are about (the ``topic-before`` cue of events.txt right before it) tells no
    event of its own; the date is the talks'."""
    pat = rules(lang).cues.get("topic-before")
    return pat is not None and pat.search(ctx.text[max(ctx.sentence.start, s - 80):s]) is not None


def _wished(ctx: Context, s: int, lang: str) -> bool:
    """"forderte am Dienstag erneut den Rücktritt von X", "Forderungen nach seinem Rücktritt": an
    event noun named as what is demanded (the ``wished-before`` cue of events.txt right before it)
    tells no event."""
    pat = rules(lang).cues.get("wished-before")
    return pat is not None and pat.search(ctx.text[max(ctx.sentence.start, s - 100):s]) is not None


def _anaphoric(ctx: Context, rule: Rule, s: int, lang: str, told: set[str], timex) -> bool:
    """A definite event noun ("bei dem Treffen", "the talks") that refers back to an event already
    told, without a date of its own, is not a new event -- nor a verb with such a noun as its
    object ("signed the agreement") in a sentence without a day."""
    if family(rule.type) not in told or (timex is not None and not _beside(ctx, s, lang)):
        return False
    if not rule.nominal:  # a verb: the sentence tells no day of its own ("On Wednesday, X signed the agreement")
        return not ctx.timexes_in(ctx.sentence.start, ctx.sentence.end) and _definite_object(ctx, rule, s, lang)
    first = re.match(r"\w+", ctx.text[s:s + 40])
    lex = lexicon(lang)
    if first is not None and first.group() in lex.verbs and lex.noun(first.group()) is None:
        return False  # a verb of the line ("kommen ... zu einem Gipfel zusammen"): what precedes it is its subject
    pat = rules(lang).cues.get("anaphor")
    before = ctx.text[max(ctx.sentence.start, s - 30):s]
    if _phases.another_of_series(before, lang):
        return False  # "der letzte Papstbesuch", "the next meeting": another event of the series
    return bool(pat and pat.search(before)) and not _new_place_before(ctx, s)


def _new_place_before(ctx: Context, s: int) -> bool:
    """Does a place no earlier sentence names stand right before the noun at ``s`` ("the Washington
    summit ... at the Madrid summit")? That noun names another event, not the one told before."""
    named = [m for m in ctx.mentions_in(max(ctx.sentence.start, s - 40), s)
             if m.entities and m.entities[0].kind in PLACE_KINDS and not ctx.text[m.end:s].strip()]
    earlier = {e.id for ms in ctx.earlier for m in ms for e in m.entities}
    return any(m.entities[0].id not in earlier for m in named)


def _beside(ctx: Context, s: int, lang: str) -> bool:
    """Does the noun at ``s`` name the occasion of a ``@sidelines`` cue right before it ("met Y on
    the sidelines of the summit on Wednesday")? The day near it is that of the event beside it."""
    side = rules(lang).cues.get("sidelines")
    before = ctx.text[max(ctx.sentence.start, s - 40):s]
    return side is not None and re.search(rf"(?:{side.pattern})\s+(?:[\w-]+\s+){{0,2}}$", before, re.I) is not None


def _definite_object(ctx: Context, rule: Rule, s: int, lang: str) -> bool:
    """A verb whose trigger ends in a definite noun of its own kind ("X and Y signed the agreement"
    after "A and B signed an agreement on Tuesday") tells again the event told before: its noun is
    one an event noun rule of that kind reads, after the ``@anaphor`` cue."""
    pat = rules(lang).cues.get("anaphor")
    end = _trigger_end(ctx, rule, s)
    m = re.search(r"([^\W\d_][\w-]*)\W*$", ctx.text[s:end]) if end is not None else None
    if pat is None or m is None or not pat.search(ctx.text[s:s + m.start(1)]):
        return False
    return any(r.nominal and family(r.type) == family(rule.type) and r.pattern.fullmatch(m.group(1))
               for r in rules(lang).triggers)


def _trigger_end(ctx: Context, rule: Rule, s: int) -> int | None:
    """Where the match of a verb rule at ``s`` ends (None when it does not match there)."""
    m = rule.pattern.match(ctx.text, s, ctx.sentence.end)
    return m.end() if m is not None else None


_last_document: tuple | None = None  # (text, its language's trigger rules, what _document_gates found)


class _Gates(NamedTuple):
    """Where in a text the words of the trigger rules' gates (:attr:`Rule.gate`) occur."""

    hits: list[tuple[int, int, int]]  # (start, end, rule index) of each occurrence of a gate word
    starts: list[int]  # the hits' starts, for bisect
    always: list[int]  # the rules searched in every sentence (no gate, or a text whose case folds unevenly)
    lemmas: list[int]  # the rules that match frames by their predicate's lemma


def _document_gates(text: str, lang: str) -> _Gates:
    """The occurrences of every trigger rule's gate words in the lower-cased text, so that a
    sentence is only searched with the rules whose words occur in it (found once per text, where
    each sentence looked for each rule's words before). Kept for the last text."""
    global _last_document
    triggers = rules(lang).triggers
    last = _last_document
    if last is not None and last[0] is text and last[1] is triggers:
        return last[2]
    low = text.lower()
    lemmas = [n for n, rule in enumerate(triggers) if "lemma" in rule.options]
    if len(low) != len(text):  # a few characters change length when lower-cased: no gates
        found = _Gates([], [], list(range(len(triggers))), lemmas)
    else:
        from ..temporal.prefilter import gate_places

        words, following = _gate_words(lang, triggers)
        hits: list[tuple[int, int, int]] = []
        for p, word in gate_places(words, low):
            # the longest gate word at this place, and with it every gate word it begins with
            hits += [(p, p + k, n) for k, n in following[word]]
        hits.sort()
        found = _Gates(hits, [h[0] for h in hits], [n for n, rule in enumerate(triggers) if rule.gate is None],
                       lemmas)
    _last_document = (text, triggers, found)
    return found


_gate_index: dict[str, tuple] = {}  # lang -> (its trigger rules, what _gate_words made of them)


def _gate_words(lang: str, triggers: list[Rule]) -> tuple[re.Pattern, dict[str, list[tuple[int, int]]]]:
    """All gate words of the trigger rules as one pattern that finds, at each place of a text, the
    longest one that begins there (:func:`kb.temporal.prefilter.gate_finder`); and for each word,
    the (length, rule index) of every gate word it begins with, itself included."""
    from ..temporal.prefilter import gate_finder

    known = _gate_index.get(lang)
    if known is not None and known[0] is triggers:
        return known[1]
    owners: dict[str, list[int]] = {}
    for n, rule in enumerate(triggers):
        for word in rule.gate or ():
            owners.setdefault(word, []).append(n)
    pattern, begun = gate_finder(owners)
    following = {word: sorted((len(w), n) for w in begun[word] for n in owners[w]) for word in owners}
    index = (pattern, following)
    _gate_index[lang] = (triggers, index)
    return index


def _searched(ctx: Context, lang: str) -> set[int]:
    """The trigger rules (indices) whose patterns may match in the sentence: a sentence with none
    of the words a pattern needs is not searched with it. Found once per context."""
    if ctx.searched is None:
        start, end = ctx.sentence.start, ctx.sentence.end
        gates = _document_gates(ctx.text, lang)
        searched = set(gates.always)
        for i in range(bisect_left(gates.starts, start), bisect_left(gates.starts, end)):
            if gates.hits[i][1] <= end:
                searched.add(gates.hits[i][2])
        ctx.searched = searched
    return ctx.searched


_rule_numbers: dict[str, tuple] = {}  # lang -> (its trigger rules, id of each rule -> its index)


def _may_match(ctx: Context, lang: str):
    """A test of whether a trigger rule's pattern may match in the sentence (:func:`_searched`);
    any other pattern may."""
    triggers = rules(lang).triggers
    known = _rule_numbers.get(lang)
    if known is None or known[0] is not triggers:
        known = _rule_numbers[lang] = (triggers, {id(rule): n for n, rule in enumerate(triggers)})
    numbers, searched = known[1], _searched(ctx, lang)

    def may(rule) -> bool:
        n = numbers.get(id(rule))
        return n is None or n in searched
    return may


def _triggers(ctx: Context, lang: str, shadowed: list | None = None) -> list[tuple[int, int, Rule]]:
    """The trigger matches of a sentence (patterns, and frames with a rule's lemma), one per
    stretch of text: longest match first, earlier rules win ties. The matches a chosen one
    overlaps go to ``shadowed`` (in the same order): they get their chance when it fails."""
    end = ctx.sentence.end
    found = []
    triggers = rules(lang).triggers
    gates = _document_gates(ctx.text, lang)
    searched = _searched(ctx, lang)
    by_lemma: dict[str, list] = {}
    for f in ctx.frames:
        if not f.predicate.nominal:
            by_lemma.setdefault(f.predicate.lemma, []).append(f)
    lemmas = [n for n in gates.lemmas if triggers[n].options["lemma"] in by_lemma]
    for n in sorted(searched.union(lemmas)):
        rule = triggers[n]
        if n in searched:
            found += [(m.start(), m.end(), rule) for m in ctx.scan(rule.pattern)
                      if m.end() <= end and not ctx.quoted(m.start())
                      and not ("light" in rule.options and _light_use(ctx, lang, m.start(), m.end()))]
        if "lemma" in rule.options:
            found += [(f.predicate.start, f.predicate.end, rule) for f in by_lemma.get(rule.options["lemma"], ())
                      if rule.frame_fits(f, ctx.text) and not ctx.quoted(f.predicate.start)]
    found.sort(key=lambda x: (x[0], -(x[1] - x[0])))
    chosen: list[tuple[int, int, Rule]] = []
    for s, e, rule in found:
        if any(s < e2 and s2 < e for s2, e2, _ in chosen):
            if shadowed is not None:
                shadowed.append((s, e, rule))
            continue
        chosen.append((s, e, rule))
    return chosen


def _pass1(ctx: Context, lang: str, told: set[str], chosen: list[tuple[int, int, Rule]],
           windows: frozenset[int], shadowed: list[tuple[int, int, Rule]] = ()) -> tuple[list, tuple[str, bool] | None]:
    """Pass 1: the triggers that name an event with participants (and a place where one is
    needed), as (start, end, rule, participants, place); and the kind of an earlier event the
    sentence refers back to, if any, with whether it stands after a preposition of a later time
    ("nach dem Treffen"). A shadowed event noun (inside a longer chosen match) is
    tried where the chosen match named no event for want of participants ("gewann die
    Parlamentswahl" with no winner named: the election noun alone); a shadowed verb is not (the
    longer pattern knew better: "einen Nachfolger für X gewählt" elects no X)."""
    all_spans = [(s, e) for s, e, _ in chosen]
    said_at = _sayings(ctx, chosen, lang)
    viable = []
    anaphor = None
    after = False  # the noun referred back to stands after a preposition of a later time
    failed: set[tuple[int, int]] = set()  # chosen spans whose trigger found no participants
    conditioned = {(s, e): "frame" in rule.options and "lemma" not in rule.options for s, e, rule in chosen}
    kinds = {(s, e): rule for s, e, rule in chosen}
    for n, (s, e, rule) in enumerate([*chosen, *shadowed]):
        if n >= len(chosen):
            over = [(s2, e2) for s2, e2, _ in chosen if s < e2 and s2 < e]
            if not _shadow_tried(s, e, rule, over, failed, viable, conditioned, kinds):
                continue
            others = [sp for sp in all_spans if sp not in over]
        else:
            others = [sp for sp in all_spans if sp != (s, e)]
        outcome = _try_trigger(ctx, lang, told, windows, s, e, rule, others, said_at(s))
        if outcome is None:
            failed.add((s, e))
        elif isinstance(outcome, str):
            anaphor = outcome
            after = after or dating.after_noun(ctx, s, lang)
        elif outcome:
            viable.append(outcome)
    if any(not r.options.get("source") and (r.type not in _COMMUNICATION or _attributed_in(ctx, r, p, lang))
           for _, _, r, p, _ in viable):
        # "Scholz reist nach Angaben Japans nach Tokio": the source of a reported event is no event,
        # nor that of a saying ("Laut dpa sagte Scholz")
        viable = [v for v in viable if not v[2].options.get("source")]
    viable.sort(key=lambda v: (v[0], -(v[1] - v[0])))
    return viable, (anaphor, after) if anaphor else None


def _shadow_tried(s: int, e: int, rule: Rule, over: list, failed: set, viable: list, conditioned: dict,
                  kinds: dict) -> bool:
    """Does a shadowed trigger (inside the chosen matches ``over``) get its chance? A shadowed verb
    only where the longer match failed on its frame= conditions (its reading was not this
    sentence's: "Reyes wurde in Peru gewählt" names one elected); an event noun where the longer
    match named no event, or inside an announcing verb's words (:func:`_announces`)."""
    told_too = all(_announces(rule, kinds.get(sp)) for sp in over)
    if not (rule.nominal or all(conditioned.get(sp) for sp in over)) \
            or any((sp not in failed and not told_too) or not sp[0] <= s < e <= sp[1] for sp in over):
        return False
    overlapping = [(v[0], v[1]) for v in viable if s < v[1] and v[0] < e]
    return not overlapping or told_too and all(sp in over for sp in overlapping)


def _announces(noun: Rule, verb: Rule | None) -> bool:
    """Does an announcing verb whose words enclose an event noun of the class Other tell that event
    as well ("kündigte am Montag seinen Rücktritt an": the resignation and its announcement)? Its
    noun then gets its chance even where the announcement was kept."""
    return verb is not None and verb.type == "Announcement" and noun.nominal and noun.type == "Other"


def _sayings(ctx: Context, chosen: list, lang: str):
    """The spans of the sentence's speaking triggers a trigger at a position is told by (what
    follows a speaking verb is said: its speaker takes no part in it). A saying of a noun phrase
    (``noreport``: "hailed the deal on her first trip since taking office") reports what its object
    names ("welcomed the agreement": its speaker signed nothing), not what an adjunct after the
    object tells; a trigger before it still has it ("In a phone call, X thanked Y")."""
    speaking = [(s, _speaker_end(ctx, e) if rule.options.get("speaker") == "after" else e)
                for s, e, rule in chosen if rule.roles == "speaker" and "act" not in rule.options
                and "noreport" not in rule.options]
    objects = [(s, e, _object_end(ctx, e, lang)) for s, e, rule in chosen
               if rule.roles == "speaker" and "noreport" in rule.options]

    def at(pos: int) -> list[tuple[int, int]]:
        return speaking + [(a, b) for a, b, end in objects if pos < a or b <= pos < end]
    return at


def _object_end(ctx: Context, e: int, lang: str) -> int:
    """Where the noun phrase right after a verb ends: at the first preposition (the @oblique and
    @locative cues of events.txt) or punctuation after it, else at the end of the clause."""
    cend = ctx.clause_of(e)[1]
    cues = rules(lang).cues
    for m in re.finditer(r"[,;:]|[^\W\d_]+", ctx.text[e:cend]):
        word = m.group(0)
        if word in ",;:" or any(c is not None and c.fullmatch(word) for c in (cues.get("oblique"), cues.get("locative"))):
            return e + m.start()
    return cend


def _try_trigger(ctx: Context, lang: str, told: set[str], windows: frozenset[int], s: int, e: int, rule: Rule,
                 others: list, speaking: list):
    """One trigger of pass 1: its viable tuple; the kind it refers back to (a string); ``()`` when
    a cue makes it no event of its own (a count, a series, an anaphor); None when it names no
    event for want of participants."""
    cstart, cend = ctx.clause_of(s)
    # "the December 7 talks", "talks on Monday": a date of its own makes a new event
    near = _near_timexes(ctx, s, e, cstart, cend, lang)
    if rule.nominal:
        # "Vor der Reise will X am Freitag Y treffen": a date behind a verb after the noun is the
        # verb's clause's, not the noun's own
        nxt = re.match(r"\s+(\w+)", ctx.text[e:e + 40])
        lex = lexicon(lang)
        verb_next = nxt is not None and (nxt.group(1) in lex.aux or nxt.group(1) in lex.modals)
        near = [t for t in near if t.start < s or not verb_next]
    own_timex = bool(near)
    # "the first summit, in Bergen in 2017": an ordinal with a date of its own (not a "since")
    # still tells that event
    dated = rule.nominal and any(t.start not in windows for t in near + _dated_genitive(ctx, e, cend, lang)
                                 + _fronted_timexes(ctx, cstart))
    if not dated and _aggregate_cue(ctx, rule, s, lang) and not _told_happening(ctx, rule, e, cend, lang, windows):
        return ()
    if rule.nominal and _unnamed_series(ctx, s, e, lang):
        return ()
    if rule.nominal and _topic_of_talks(ctx, s, lang):
        return ()
    if _wished(ctx, s, lang):
        return ()
    if rule.nominal and not own_timex and "window" not in rule.options and _window_start(ctx, s, lang):
        return ()
    if _anaphoric(ctx, rule, s, lang, told, own_timex or None):
        return family(rule.type)
    found = _participants_of(ctx, rule, s, e, lang, others, speaking)
    if found is None:
        return None
    return (s, e, _media_report(rule, found[0], lang, ctx.text[s:e]), *found)


def _attributed_in(ctx: Context, rule: Rule, parts: list[Participant], lang: str) -> bool:
    """Is a saying of the sentence attributed to a source ("according to Reuters, X said"): a
    speaker of its own beside a source the sentence names?"""
    if rule.roles != "speaker" or not parts:
        return False
    return any(_roles.attributed(ctx, m, lang) for m in ctx.mentions
               if ctx.sentence.start <= m.start < ctx.sentence.end and not any(p.span == m.span for p in parts))


def _near_timexes(ctx: Context, s: int, e: int, cstart: int, cend: int, lang: str) -> list:
    """The date expressions right before or after a trigger in its clause -- or after it behind
    a comma and at most a preposition ("since taking office, in March"), where the comma cuts
    the clause."""
    near = [t for t in ctx.timexes_in(cstart, cend) if 0 <= s - t.end <= 3 or 0 <= t.start - e <= 15
            or _behind_place(ctx, e, t.start, lang)]
    near += [t for t in ctx.timexes_in(cend, ctx.sentence.end) if 0 <= t.start - e <= 15
             and re.fullmatch(r"\s*,\s*(?:[^\W\d]+\s+)?", ctx.text[e:t.start]) and t not in near]
    return near


def _fronted_timexes(ctx: Context, cstart: int) -> list:
    """The date that opens the sentence, set off by a comma, when the trigger's clause is the one
    right after it ("In May, he attended the first summit of ..."): it dates that clause."""
    first = ctx.clauses[0] if ctx.clauses else None
    if first is None or first[0] != ctx.sentence.start or first[1] > cstart \
            or ctx.text[first[1]:cstart].strip(" ,") or not ctx.text[first[0]:first[1]].rstrip().endswith(","):
        return []
    dates = ctx.timexes_in(*first)
    rest = ctx.text[first[0]:first[1]]
    for t in dates:
        rest = rest.replace(ctx.text[t.start:t.end], " ")
    return dates if dates and len(re.findall(r"[^\W\d]+", rest)) <= 1 else []


def _behind_place(ctx: Context, e: int, start: int, lang: str) -> bool:
    """Is ``[e, start)`` only the noun's place -- a locative preposition and a place's name, and
    at most a preposition before the date ("the summit in Washington in July", "das Treffen in
    Genf am Montag")? Then the date after it is the noun's own."""
    if not 0 < start - e <= 80:
        return False
    places = [m for m in ctx.mentions_in(e, start) if m.entities and m.entities[0].kind in PLACE_KINDS]
    if len(places) != 1:
        return False
    lex = lexicon(lang)
    prep, rest = ctx.text[e:places[0].start].split(), ctx.text[places[0].end:start].split()
    return bool(prep) and lex.preps.get(" ".join(prep).lower()) == "loc" and len(rest) <= 1 \
        and all(w.lower() in lex.preps for w in rest)


@lru_cache(maxsize=None)
def _genitive(lang: str) -> re.Pattern:
    """An event noun's genitive phrase up to a date: a genitive word of ``function-words.txt`` (owner
    and genitive), at most 60 characters without punctuation, and a ``date-prep`` word or none."""
    def alt(words) -> str:
        return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))
    link = alt(function_words(lang, "owner") | function_words(lang, "genitive"))
    prep = function_words(lang, "date-prep")
    before = f"(?:{alt(prep)})?" if prep else ""
    return re.compile(rf"\s+(?:{link})\s+[^,;:.()\"„“]{{1,60}}?\s+{before}\s*$")


def _dated_genitive(ctx: Context, e: int, cend: int, lang: str) -> list:
    """"the fifth summit of the BRICS countries on March 26", "des zweiten Gipfels der Union am
    Freitag": a date right after the event noun's genitive phrase is the noun's own too."""
    genitive = _genitive(lang)
    return [t for t in ctx.timexes_in(e, cend) if t.start - e <= 70 and genitive.fullmatch(ctx.text, e, t.start)]


def _participants_of(ctx: Context, rule: Rule, s: int, e: int, lang: str, others, speaking):
    """(participants, place) of a trigger, or None when it names no event: the template on the
    trigger's frame first, the clause heuristics of roles.py for what it leaves open."""
    if _roles.company_doer(ctx, s, lang, others) or _roles.company_office(ctx, rule, lang):
        return None  # "Das Unternehmen ernannte X": a company is no political actor
    if rule.roles == "speaker" and _unsaid(ctx, e, lang):
        return None  # "äußerte sich nicht", "said nothing": a negated saying is no statement
    tpl = _kind_template(rule, lang)
    if tpl is not None:
        # a kind whose roles a template names: the trigger's own slots, then its kind's
        parts, place = _roles.by_template(tpl, rule, ctx, s, e, lang, others, speaking)
        if rule.type in _TWO_SIDED and len(parts) < 2 and "slots" in rule.options:
            # a meeting has two sides: what shows one says too little, the kind's template decides
            parts, place = _roles.by_template(_templates.template(rules(lang).templates[rule.roles]),
                                              rule, ctx, s, e, lang, others, speaking)
    else:
        found = _frame_then_clause(ctx, rule, s, e, lang, others, speaking)
        if found is None:
            return None
        parts, place = found
    if rule.needs("place") and place is None and parts:
        place = _unknown_place(ctx, s, e, lang)
    parts = _sides(ctx, rule, parts, s, e, lang)
    if parts is None:
        return None
    if "parties" in rule.options and parts:
        # "parties=country|...": relations are between states, whoever else the clause names
        kinds = rule.options["parties"].split("|")
        parts = [p for p in parts if p.entity is not None and p.entity.kind in kinds]
        if not parts:
            return None
    if not parts and place is None and _alone(rule):
        place = _lone_place(ctx, s, e, lang)  # "In Riga, thousands rallied", "marched in downtown Riga"
    if not parts and (place is not None or _named_event(ctx, s, e, lang) or "bare" in rule.options) and _alone(rule):
        # "a bomb attack in Kabul", "the Global Ocean Conference", a ``bare`` line's "the 1996 Olympic
        # bombing": nobody named
        parts = _voting_country(rule, place)
    elif not parts or (rule.needs("place") and place is None):
        return None
    if "media" in rule.options and not all(_is_media(p, lang) for p in parts):
        return None  # "Scholz reported": only a news outlet's report is a media report
    if rule.roles == "speaker" and _speakers.private_speaker(ctx, parts, lang):
        return None  # a witness or a passer-by quoted for colour is not news of the day
    if rule.needs("partner") and not _roles.partner_follows(ctx, e, lang):
        return None
    if rule.needs("object") and not _roles.object_follows(ctx, e):
        return None
    return parts, place


def _frame_then_clause(ctx: Context, rule: Rule, s: int, e: int, lang: str, others, speaking):
    """(participants, place) of a trigger of a procedural kind: its line's template on the frame,
    the clause heuristics for what that leaves open; None when a strict frame names nobody and the
    event may not stand alone."""
    parts, place = _template_roles(rule, ctx, s, e, lang) or (None, None)
    nobody = parts is None and "strict" in rule.options
    if nobody and not _alone(rule):
        return None  # only the frame may say who: "her party received 52 percent" names no winner
    if parts is None or place is None:
        old_parts, place = _roles.assign(rule, ctx, s, e, lang, others, speaking)
        if nobody and place is None:
            place = _placed(ctx, old_parts, lang) or _frame_place(ctx, s, e)
        parts = [] if nobody else parts or old_parts  # a strict frame's nobody is nobody
    return parts, place


def _voting_country(rule: Rule, place: Participant | None) -> list[Participant]:
    """An election told with nobody named and a country as its place ("In Indonesien hat am Mittwoch
    die Präsidentschaftswahl stattgefunden"): the country votes, as in "die Wahl in Polen"."""
    if family(rule.type) != "Election" or place is None or place.entity is None or place.entity.kind != "country":
        return []
    return [Participant(entity=place.entity, label=place.label, span=place.span)]


def _frame_place(ctx: Context, s: int, e: int) -> Participant | None:
    """The place the trigger's frame names after a locative ("Raketenangriff auf die Stadt
    Odessa": loc=Odessa), where a strict frame names nobody."""
    frame = frame_at(ctx.frames, s, e)
    m = next((m for m in (frame.get("loc") if frame is not None else []) if _templates.fits(m, "place")), None)
    return Participant(entity=m.entities[0], label=m.text, span=m.span) if m is not None else None


def _placed(ctx: Context, parts: list[Participant], lang: str) -> Participant | None:
    """Of the participants the clause heuristics found where a strict frame names nobody, a place
    after a locative preposition, with or without an article ("in der Türkei") -- also the
    sentence's capitalised first word ("In Spanien finden am Sonntag Parlamentswahlen statt"):
    where the event is, the one thing they told right."""
    cue = rules(lang).cues.get("locative")
    determiners = function_words(lang, "determiner")
    for p in parts:
        if cue is None or p.span is None or p.entity is None or p.entity.kind not in PLACE_KINDS:
            continue
        words = ctx.text[ctx.sentence.start:p.span.start].split()
        if len(words) > 1 and words[-1].lower() in determiners:
            words.pop()
        if words and cue.fullmatch(words[-1].lower()):
            return Participant(p.entity, p.label, None, p.span)
    return None


def _sides(ctx: Context, rule: Rule, parts: list[Participant], s: int, e: int, lang: str) -> list[Participant] | None:
    """The participants of a trigger once the sentences around are read: a ``sides`` trigger that
    names none takes the parties told before ("The treaty took effect on Monday"); an event that
    did not happen or is only wished takes nobody of another sentence ("The family refused to sign
    the agreement": nobody told before refused it) -- with nobody of its own, None: no event."""
    unrealised = _unrealised(ctx, s, e)
    if not parts and "sides" in rule.options and not unrealised:
        return _context_sides(ctx, lang, e)
    if "sides" in rule.options and not unrealised and _from_before(ctx, parts):
        # "A met B. Following the talks, a joint declaration was adopted": both sides, not the one
        # the clause took from the sentence before
        return _context_sides(ctx, lang, e) or parts
    if parts and unrealised and all(p.span is not None and p.span.start < ctx.sentence.start for p in parts):
        return None
    return parts


def _from_before(ctx: Context, parts: list[Participant]) -> bool:
    """Are all of ``parts`` named before the sentence (none of its own)?"""
    return bool(parts) and all(p.span is not None and p.span.start < ctx.sentence.start for p in parts)


def _unrealised(ctx: Context, s: int, e: int) -> bool:
    """Does the trigger's predicate tell an event that did not happen or is only wished ("the family
    refused to sign the agreement", "X must sign an agreement")? Its participants are then not
    those of another sentence."""
    return any(s <= f.predicate.start < e and f.predicate.status in ("hypothetical", "did_not_occur")
               for f in ctx.frames)


def _context_sides(ctx: Context, lang: str, end: int) -> list[Participant]:
    """The parties of a trigger marked ``sides`` whose clause names none ("The agreement took
    effect on Monday", "Der Vertrag wurde am Dienstag unterzeichnet"): the two parties its own
    sentence names before it, where another event took them ("Nachdem A und B das Abkommen
    unterzeichnet hatten, trat es im Mai in Kraft"), else those of the nearest of the two
    preceding sentences that names two, read as "the two sides" reads them
    (kb.entities.coref.two_parties); none when none names two."""
    from ..entities.coref import two_parties

    before = [m for m in ctx.mentions if ctx.sentence.start <= m.start and m.end <= end]
    for mentions in [before, *list(reversed(ctx.earlier))[:2]]:
        ents = two_parties(ctx.text, lang, mentions)
        if ents:
            first = {id(x): m for m in reversed(mentions) if len(m.entities) == 1 for x in m.entities}
            return [Participant(x, first[id(x)].text) for x in ents]
    return []


def _unsaid(ctx: Context, e: int, lang: str) -> bool:
    """Does the ``unsaid`` cue of events.txt follow a speaking trigger in its clause ("äußerte sich
    am Montag nicht", "said nothing")?"""
    pat = rules(lang).cues.get("unsaid")
    return pat is not None and pat.match(ctx.text, e, ctx.clause_of(e - 1)[1]) is not None


def _alone(rule: Rule) -> bool:
    """May the rule's event stand without a named participant? An event noun of a type that can
    (kb.eventtypes: "a bomb attack in Kabul", "the summit in Brussels"); a verb whose arguments
    name no actor tells of things, not of such an event ("the film was shot in Riga"). A re-election
    is someone's: without its winner it stands for nothing."""
    return rule.nominal and stands_alone(rule.type, rule.subtype) and rule.options.get("outcome") != "re-elected"


def _named_event(ctx: Context, s: int, e: int, lang: str) -> bool:
    """Is the trigger an event's name ("the Global Ocean Conference": two capitalised words besides
    a determiner)? Not read in a language that capitalises every noun."""
    if lexicon(lang).case_sensitive_nouns:
        return False
    determiners = function_words(lang, "determiner")
    words = [w for w in re.findall(r"[^\W\d_][\w-]*", ctx.text[s:e]) if w.lower() not in determiners]
    return sum(w[0].isupper() for w in words) >= 2


def _media_report(rule: Rule, parts: list[Participant], lang: str, said: str = "") -> Rule:
    """"In einer Parteizeitung hieß es", "state media said": what only unnamed news outlets say is a
    media report (Other/MediaReport with the outlet taking part), not a statement; so is what a named
    agency reports with a verb of a media report line ("..., berichtete die Agentur Tass"). (A named
    agency that "said" something stays the speaker of a statement.)"""
    if rule.type != "Statement" or rule.subtype or not parts or not all(_is_media(p, lang) for p in parts):
        return rule
    if all(p.entity is None for p in parts) or _report_verb(said, lang):
        return Rule("Other", "MediaReport", rule.pattern, rule.options)
    return rule


def _report_verb(said: str, lang: str) -> bool:
    """Is ``said`` (a trigger's words) a verb of the language's media report lines ("berichtete")?"""
    return bool(said) and any(r.type == "Other" and r.subtype == "MediaReport" and "media" in r.options
                              and r.pattern.fullmatch(said) for r in rules(lang).triggers)


def _is_media(p: Participant, lang: str) -> bool:
    """A news outlet: an agency of the gazetteer, or an unlinked description of one ("state media")."""
    if p.entity is not None:
        return p.entity.kind == "agency"
    return _media_nouns(lang).search(p.label) is not None


@lru_cache(maxsize=None)
def _media_nouns(lang: str) -> re.Pattern:
    from ..entities.linker import _roles
    forms = sorted((f for f, role, _ in _roles(lang)[0] if role == "media"), key=len, reverse=True)
    return re.compile(rf"(?<![\w-])(?:{'|'.join(map(re.escape, forms)) or '(?!)'})$")


# "in Tanzania", "to Ulaanbaatar": one to three capitalised words (Latin letters) after a locative
_UNKNOWN_PLACE = re.compile(r"\s+((?:[A-ZÀ-Þ][a-zß-ÿ]+(?:-[A-ZÀ-Þ][a-zß-ÿ]+)?)(?: [A-ZÀ-Þ][a-zß-ÿ]+){0,2})(?=\s*[,.;:)]|\s+(?:on|for|from|at|and|where|to|last|next|this|in|against|with|during|after|before)\b)")


def _lone_place(ctx: Context, s: int, e: int, lang: str) -> Participant | None:
    """The place of an event that may stand without a participant when the trigger's clause names
    none: a place opening the sentence ("In Riga, meanwhile, thousands rallied"), a known place a
    few words after a locative in the clause ("marched in downtown Riga"), or one the gazetteer does
    not know right after a locative ("marched in front of the town hall in Tarnow")."""
    cue = rules(lang).cues.get("locative")
    if cue is None:
        return None
    cend = ctx.clause_of(s)[1]
    sent = ctx.sentence.start
    for m in ctx.mentions:
        if not is_place(m) or not sent <= m.start < cend or ctx.quoted(m.start):
            continue
        opening = ctx.text[sent:m.start].split()
        fronted = len(opening) == 1 and cue.fullmatch(opening[0].lower()) \
            and re.match(r"\s*,", ctx.text[m.end:m.end + 2])
        if fronted or (m.start >= e and _after_locative(ctx.text[max(e, m.start - 22):m.start], cue)):
            return Participant(entity=m.entities[0], label=m.text, role=None, span=m.span)
    return _unknown_place(ctx, s, e, lang, 60, right_after=False)  # "summit Wladimir in": no place


def _after_locative(before: str, cue: re.Pattern) -> bool:
    """Does a locative word stand in ``before`` (the words right before a place) with no comma after it?"""
    hits = list(re.finditer(rf"(?<![\w-])(?:{cue.pattern})(?=\s)", before, re.I))
    return bool(hits) and not re.search(r"[,;]", before[hits[-1].end():])


def _unknown_place(ctx: Context, s: int, e: int, lang: str, reach: int = 40,
                   right_after: bool = True) -> Participant | None:
    """A place the gazetteer does not know, right after the trigger or a locative after it ("has
    arrived in Tanzania,", "visited Dodoma,", "visit to Ulaanbaatar on Monday"): no entity, but a
    place the text names; ``reach`` is how far after the trigger the locative may stand;
    ``right_after`` False: only after a locative (an event noun is no verb of visiting).
    (Languages that capitalise nouns only: a capitalised word there is any noun, so none.)"""
    if lexicon(lang).order == "v2":
        return None
    cue = rules(lang).cues.get("locative")
    cstart, cend = ctx.clause_of(s)
    if cue is None:
        return None
    taken = [(m.start, m.end) for m in ctx.mentions] + [(t.start, t.end) for t in ctx.timexes]
    # "visited Dodoma,": right after a verb of visiting, too
    determiners = function_words(lang, "determiner")
    for at in [e] * right_after + [hit.end() for hit in cue.finditer(ctx.text, e, min(cend, e + reach))]:
        word = re.match(r"\s+(\w+)(?=\s)", ctx.text[at:cend])
        if word is not None and word.group(1) in determiners:
            at += word.end()  # "travels to the Middle East in May": a region named with its article
        m = _UNKNOWN_PLACE.match(ctx.text, at, cend)
        if m is None or ctx.quoted(m.start(1)):
            continue
        a, b = m.start(1), m.end(1)
        if any(x < b and a < y for x, y in taken) or m.group(1).split()[0] in function_words(lang, "determiner"):
            continue
        return Participant(entity=None, label=m.group(1), span=Span(a, b))
    return None


def extract_sentence(ctx: Context, lang: str, dct: _dt.date | None, told: set[str] | None = None) -> list[Event]:
    """Events stated in one sentence (ids not yet assigned; status None when no cue says it).

    Each event's ``notes`` (:class:`kb.model.EventNotes`) say whether a cue set its status
    (``cued``), whether a stay is told as ending on its date (``closed``) and which kind of
    earlier event the sentence refers back to (``anaphor``, e.g. "nach dem Treffen").
    """
    told = told if told is not None else set()
    shadowed: list[tuple[int, int, Rule]] = []
    chosen = _triggers(ctx, lang, shadowed)
    all_spans = [(s, e) for s, e, _ in chosen]
    # the dates that open a claim's window (dating.claim_windows): read only where there are triggers
    windows = dating.claim_windows(ctx, lang, dct) if chosen else frozenset()
    viable, anaphor = _pass1(ctx, lang, told, chosen, windows, shadowed)
    # every speaking trigger, kept or not: "the ministry confirmed on Monday that ..." dates the saying
    speech_spans = [(s, e) for s, e, rule in chosen if rule.roles == "speaker" and "act" not in rule.options]
    events = _dated_events(ctx, lang, dct, viable, all_spans, told, windows, speech_spans)
    _purposes(ctx, lang, events)
    _where_clauses(ctx, lang, events)
    _stay_begun_by(events, dct)
    events += _gapping.gapped(ctx, lang, events, _from_timex)
    if anaphor:
        for ev in events:
            ev.notes.anaphor, ev.notes.after = anaphor
    return events


def _stay_begun_by(events: list[Event], dct: _dt.date | None) -> None:
    """"X held talks with Y, who is on a state visit to China, in Beijing on Monday": a stay under
    way that no date of its own starts (only the report's day does) has begun by the earliest day
    before the report on which its guest takes part in another event of the sentence."""
    if dct is None:
        return
    for ev in events:
        d = ev.date
        if ev.type not in ("StateVisit", "Visit") or ev.status != "ongoing" or d is None \
                or d.source != "publication" or not d.value.endswith("/.."):
            continue
        who = {p.name for p in ev.participants}
        days = [o.date.earliest for o in events if o is not ev and o.date is not None and o.date.source == "text"
                and o.date.granularity == "day" and o.date.earliest is not None and o.date.earliest == o.date.latest
                and o.date.earliest < dct and who & {p.name for p in o.participants}]
        if days:
            start = min(days)
            ev.date = DateValue(f"{start.isoformat()}/..", start, None, "day", uncertain=True, source="context")


def _of_series(ctx: Context, t: _Trigger, lang: str) -> bool:
    """Is the trigger an event noun told as another event of its series, names between ("the
    previous Russian-Korean summit", "the next EU-China summit")?"""
    if not t.rule.nominal:
        return False
    before = ctx.text[max(ctx.sentence.start, t.s - 60):t.s]
    if not lexicon(lang).case_sensitive_nouns:  # (where nouns are capitalised, a capital is no name)
        before = re.sub(r"(?:[A-Z][\w'’-]*\s+)+$", "", before)
    return _phases.another_of_series(before, lang)


def _purposes(ctx: Context, lang: str, events: list[Event]) -> None:
    """"reist am Freitag nach Berlin, um Scholz zu treffen": an event told in a purpose clause
    (the ``purpose`` cue of discourse.txt opens its clause) is part of the event of the clause it
    depends on -- undated, it takes that event's date (a date of its sentence), and its status
    (an infinitive has no tense of its own), unless its own clause makes it a hypothesis or
    negates it."""
    for i, ev in enumerate(events):
        if ev.trigger is None or not dating.purpose_clause(ctx, ev.trigger.start, lang):
            continue
        cstart = ctx.clause_of(ev.trigger.start)[0]
        gov = next((g for g in reversed(events[:i]) if g.trigger is not None and g.trigger.start < cstart), None)
        if gov is None:
            continue
        if ev.date is None and gov.date is not None:
            ev.date = dataclasses.replace(gov.date)
        if gov.status is not None and ev.status not in ("hypothetical", "did_not_occur"):
            ev.status = gov.status
            ev.notes.cued = gov.notes.cued


def _where_clauses(ctx: Context, lang: str, events: list[Event]) -> None:
    """"reist am Montag nach Dresden, wo er eine Rede halten soll": an event told in a relative
    clause of place (the ``where`` cue of discourse.txt opens it after a clause naming a place)
    takes place there (the last place that clause names),
    has the status its own clause tells (its verb stands last: "soll"), and, undated, the date of
    the event of the clause it hangs on."""
    pat = _phases.cues(lang).get("where")
    if pat is None:
        return
    for i, ev in enumerate(events):
        if ev.trigger is None:
            continue
        cstart, cend = ctx.clause_of(ev.trigger.start)
        if cstart <= ctx.sentence.start or pat.match(ctx.text, cstart, cend) is None:
            continue
        # the place "wo" refers to: the last one named in the clause it hangs on
        places = [m for m in ctx.mentions_in(ctx.clause_of(cstart - 1)[0], cstart)
                  if m.entities and m.entities[0].kind in PLACE_KINDS]
        if not places:
            continue
        if ev.place is None:
            ev.place = Participant(entity=places[-1].entities[0], label=places[-1].text, span=places[-1].span)
        status = _cue_status(ctx, cstart, cend, lang)
        if status is not None and ev.status != status:
            ev.status, ev.notes.cued = status, True
        gov = next((g for g in reversed(events[:i]) if g.trigger is not None and g.trigger.start < cstart), None)
        # with no event of its own, the clause it hangs on dates it by its one date ("Am Nachmittag
        # wollen beide in Dresden an einem Fest teilnehmen, wo X eine Rede halten soll")
        own = [t for t in ctx.timexes_in(ctx.clause_of(cstart - 1)[0], cstart)
               if t.type in ("DATE", "TIME") and t.value[:1].isdigit()]
        told = dataclasses.replace(gov.date) if gov is not None and gov.date is not None else \
            dataclasses.replace(own[0].date(), source="text") if gov is None and len(own) == 1 else None
        if told is not None and (ev.date is None or ev.date.source in ("publication", "context")):
            ev.date = told


# -- pass 2: dates, status, type refinements (one small function each) --------------------------

class _Trigger(NamedTuple):
    """A viable trigger of pass 1: span, rule, participants, place."""

    s: int
    e: int
    rule: Rule
    parts: list
    place: Participant | None

    @property
    def kind(self) -> str:
        """The event type as who takes part makes it: a meeting of summit bodies alone ("NATO
        leaders met", "die Staats- und Regierungschefs der G7 beraten seit Mittwoch") is a summit
        -- a stay, dated as one."""
        if self.rule.type == "Meeting" and self.parts \
                and all(p.entity is not None and _roles.is_summit_body(p.entity) for p in self.parts):
            return "Summit"
        return self.rule.type


def _not_its_dates(ctx: Context, t: _Trigger, lang: str, all_spans: list, speaking: bool) -> frozenset[int]:
    """The timexes (by start) of the sentence that are another event's, not the trigger's: before a
    preposition of another time, of an announcement, of a noun told ahead of another event, and
    (of a speaking verb) of what it says."""
    apart = _phases.cues(lang).get("apart")
    # "left Oslo on Monday after a three-day visit": the day the guest left is the stay's last
    ended = t.kind in _STAYS and dating.closing(ctx, t.s, lang)
    out = dating.infinitive_dates(ctx, t.s, lang) | dating.topic_dates(ctx, t.s, lang) \
        | (frozenset() if ended else dating.before_apart(ctx, t.s, apart)) \
        | dating.announcing_dates(ctx, t.e, lang, speaking, t.rule.subtype) \
        | dating.apart_dates(ctx, t.s, all_spans + _phases.referring_spans(ctx, lang), apart, lang) \
        | dating.others_after_apart(ctx, t.s, t.e, all_spans, apart) \
        | dating.outside_time_clause(ctx, t.s, lang) | dating.fronted_time_clause(ctx, t.s, lang) \
        | (dating.before_time_clause(ctx, t.s, lang) if _verbal(ctx, t) else frozenset()) \
        | dating.plan_cue_dates(ctx, t.s, t.e, lang)
    if not speaking:
        return out
    out |= _saying.content_dates(ctx, t.e, lang)
    # "lud X für Montag zu einem Treffen ein": the day something is set for is not the saying's
    out |= frozenset(x.start for x in ctx.timexes if _set_for(ctx, x, lang))
    if not t.rule.nominal:
        out |= _saying.said_dates(ctx, t.s, t.e, lang, _content_opener(lang), _phases.cues(lang).get("tail"),
                                 _phases.cues(lang).get("setting"))
    # "announced his resignation in a televised address on Wednesday": the day of the noun that
    # names this saying is the saying's, whatever is said before it
    return out - dating.saying_noun_days(ctx, t.e, lang)


def _from_other(ctx: Context, t: _Trigger, lang: str, all_spans: list, date: DateValue | None,
                dct: _dt.date | None = None) -> tuple[DateValue | None, int]:
    """An undated event told a length after another event noun of its sentence ("traf X eine
    Woche nach seiner Wiederwahl am 28. April"): that day shifted by the length, and the shift
    (for the story to apply when the noun's event is told before, its day not in the sentence);
    a dated one keeps its day, and the shift dates the noun back from it ("Zwei Tage nach seinem
    Besuch in Paris traf er am Donnerstag X")."""
    if (date is not None and date.source != "text") or t.rule.roles == "speaker":
        return date, 0
    found = dating.length_from_other(ctx, t.s, all_spans + _phases.referring_spans(ctx, lang),
                                     _phases.cues(lang).get("apart"), lang, dct)
    if found is None:
        return date, 0
    if date is not None:
        return date, found[0]  # its own day; the noun's lies that long before (kb.events.story)
    return found[1], (0 if found[1] is not None else found[0])


def _verb_spans(triggers: list) -> frozenset[tuple[int, int]]:
    """The spans of the triggers that are verbs, not event nouns."""
    return frozenset((t.s, t.e) for t in triggers if not t.rule.nominal)


def _lacks_date(ctx: Context, t: _Trigger, lang: str, timex) -> bool:
    """A trigger that needs a date of its own (``needs=date``) and has none: no event -- unless a
    verb in the present perfect tells it as news of the last days ("have signed the papers of
    accession": :func:`kb.events.phases.recent_perfect`)."""
    return t.rule.needs("date") and timex is None and (
        t.rule.nominal or not _phases.recent_perfect(ctx, t.s, lang, frozenset(lexicon(lang).relatives)))


def _dated_events(ctx: Context, lang: str, dct: _dt.date | None, viable: list, all_spans: list,
                  told: set[str], windows: frozenset[int], speech_spans: list = ()) -> list[Event]:
    """The events of the viable triggers, with date, status and refined type."""
    triggers = [_Trigger(*v) for v in viable]
    spans = [(t.s, t.e) for t in triggers]
    trigger_clauses = {ctx.clause_index(t.s) for t in triggers}
    verbal = _verb_spans(triggers)
    noun_dates = _phases.cues(lang).get("attributive")
    times = {(t.s, t.e): dating.own_times(ctx, t.s, t.e, noun_dates) for t in triggers}  # their frames' time arguments
    announced = _announced_days(ctx, triggers, lang, dct)
    events: list[Event] = []
    separated: list = []  # triggers of meetings held with each partner in turn
    prev_clause = -1
    for t in triggers:
        ci = ctx.clause_index(t.s)
        region_start = ctx.clauses[prev_clause + 1][0] if prev_clause + 1 <= ci else ctx.clauses[ci][0]
        prev_clause = ci
        speaking = t.rule.roles == "speaker"
        others = [sp for sp in spans if sp != (t.s, t.e)]
        # a speaking verb's date is never that of what is said, even of an event not kept
        # "In a speech on Tuesday, X said": a saying told by a noun is this saying, its day this one's
        # -- also after what is said ("announced his resignation in a televised address on Wednesday")
        same_act = [sp for sp in speech_spans if speaking and not dating.verbal_at(ctx, sp[0])]
        said = _said(ctx, t, all_spans, lang, dct, same_act) if speaking else []
        speech = [sp for sp in speech_spans if sp != (t.s, t.e) and sp not in same_act]
        timex = dating.nearest_timex(ctx, t.s, t.e, trigger_clauses, others, same_clause_only=speaking, said=said,
                                     speech=speech,
                                     windows=(windows - dating.when_dates(ctx, t.s, windows, _phases.cues(lang).get("when"))
                                              - _own_window(ctx, t, windows, lang))
                                     | _not_its_dates(ctx, t, lang, all_spans, speaking)
                                     | announced.get((t.s, t.e), frozenset()),
                                     held=_phases.cues(lang).get("held") if t.rule.nominal else None,
                                     tail=_phases.cues(lang).get("tail"), own=times[(t.s, t.e)],
                                     theirs=_their_times(ctx, t, times, same_act, lang, dct),
                                     joins=function_words(lang, "listjoin"),
                                     capital_nouns=lexicon(lang).case_sensitive_nouns,
                                     noun_dates=_phases.cues(lang).get("attributive"),
                                     purpose=_phases.cues(lang).get("purpose"), stay=t.kind in _STAYS,
                                     predicate=_phases.taking_place(lang) if t.rule.nominal else None,
                                     opener=_content_opener(lang), setting=_phases.cues(lang).get("setting"),
                                     relatives=frozenset(lexicon(lang).relatives),
                                     subordinators=frozenset(lexicon(lang).subordinators), verbal=verbal,
                                     small=all_function_words(lang))
        if _lacks_date(ctx, t, lang, timex) and (t.s, t.e) not in announced:
            continue  # (an event announced is one, its day the announcement's: "announced an early election on Monday")
        listed = _date_list(ctx, t.s, lang) if t.rule.nominal else []
        if len(listed) >= 2:
            timex = listed[-1]
        days = _stay_length(ctx, t, triggers, lang)
        timex = ctx.apposed_finer(timex) if timex is not None else None  # "two years ago, on February 24, 2022"
        date = dating.ago_month(_from_timex(timex), timex, dct) if timex is not None else \
            dating.length_apart(ctx, t.s, _phases.cues(lang).get("apart"), lang)
        date, shift = _from_other(ctx, t, lang, all_spans, date, dct)
        if t.kind in _STAYS:
            date = dating.until_day(ctx, timex, date, _phases.cues(lang).get("until"))
        closed = bool(days) and t.kind in _STAYS and dating.closing(ctx, t.s, lang)
        date = dating.with_length(date, days, closed)
        date = _with_end(ctx, t, lang, date, days)
        before = date
        status, date = _status_and_date(ctx, t, lang, dct, region_start, timex, date, None if closed else days)
        status, date = _done(t, timex, status, date)
        date = _said_day(timex, before, date)
        status, date = dating.over_by_report(status, date, days if closed else None, dct)
        begun, status, date = _begun(ctx, t, lang, dct, days, status, date)
        date = dating.dateline_day(ctx, timex, status, date, t.kind in _POINT_TYPES)
        ev = _refined(ctx, t, status, date, dct, lang)
        present = status == "planned" and not dating.future_told(ctx, region_start, ctx.clause_of(t.s)[1], lang)
        apart, apart_by = dating.apart_from(ctx, t.s, _phases.cues(lang).get("apart"), lang)
        _told_before_other(ctx, t, ev, apart, apart_by, dct)
        beside, bare = _occasion_only(ctx, t, all_spans, apart, lang)
        apart, apart_by = _another_time(ctx, t, lang, apart, apart_by)
        ev.notes = EventNotes(cued=status is not None, closed=closed, begun=begun, present=present, shift=shift,
                              days=days if t.kind in _STAYS else None,
                              relative=dating.in_relative_clause(ctx, t.s, None, frozenset(lexicon(lang).relatives)),
                              apart=apart, apart_by=apart_by,
                              fronted=dating.in_fronted_time_clause(ctx, t.s, lang),
                              since=_since_noun(ctx, t, lang), series=_of_series(ctx, t, lang),
                              topic=dating.topic_of(ctx, t.s, spans, _phases.cues(lang).get("topic")),
                              own_clause=timex is not None and len(trigger_clauses) > 1
                              and ctx.clause_index(timex.start) == ci,
                              beside=beside, bare=bare, done="done" in t.rule.options)
        events.append(ev)
        told.add(family(ev.type))
        twins = _twins(ctx, ev, lang, listed, separated)
        for twin in twins:
            twin.notes = dataclasses.replace(ev.notes)
        events.extend(twins)
    if separated:
        # "traf A und B jeweils zu Gesprächen": the other words for those meetings tell no more
        events = [ev for ev in events if ev.type != "Meeting" or ev.trigger == separated[0]]
    return events


# a speech names no content of its own ("addressed a joint meeting on Tuesday")
_CONTENTLESS = ("Speech",)
# at most this many characters between a speaking verb and the word or mark opening what is said
_CONTENT_GAP = 80


@lru_cache(maxsize=None)
def _content_opener(lang: str) -> re.Pattern:
    """A complementizer of the language ("that", "dass") or a quote mark or colon: where what a
    speaking verb says begins."""
    words = sorted(function_words(lang, "complement"), key=len, reverse=True)
    return re.compile(rf"(?<![\w-])(?:{'|'.join(map(re.escape, words))})(?![\w-])|[\"“”„«»:]" if words
                      else r"[\"“”„«»:]")


_OBJECT_GAP = re.compile(r"\s+(?:[^\W\d][\w'’-]*\s+){0,3}")


def _their_times(ctx: Context, t: _Trigger, times: dict, same_act: list, lang: str, dct: _dt.date | None) -> list:
    """(span, time arguments) of the other triggers' frames, which date those triggers, not ``t`` --
    but not the saying's own act, nor (of a speaking verb) the noun that is its object with a day
    ending the clause ("announced his resignation on Monday, saying ...": the saying's day too)."""
    speaking = t.rule.roles == "speaker"
    return [(sp, x) for sp, x in times.items() if sp != (t.s, t.e) and sp not in same_act
            and not (speaking and _object_noun_day(ctx, t, sp, lang, dct))]


def _object_noun_day(ctx: Context, t: _Trigger, sp: tuple[int, int], lang: str, dct: _dt.date | None) -> bool:
    """Is the event noun at ``sp`` (a noun's frame in it, kb.frames: "an early election") the object of the speaking verb ``t``
    (at most three words between, no "that", quote or colon), with only days up to publication after it, ending its
    clause ("announced his resignation on Monday.", "briefed reporters on the talks on Tuesday.")?
    Then those days are the saying's: what is said is a noun, not a report told with its own day
    ("said the talks on Monday were useful" goes on after the day; "announced a visit next week"
    looks ahead)."""
    if dct is None or t.rule.nominal or not _OBJECT_GAP.fullmatch(ctx.text, t.e, sp[0]) \
            or not any(f.predicate.nominal and (f.predicate.start == sp[0] or sp[0] < f.predicate.start < sp[1]
                                                and not _preposition_in(ctx.text[t.e:sp[0]], lang)) for f in ctx.frames):
        return False
    cend = ctx.clause_of(sp[0])[1]
    after = [x for x in ctx.timexes if sp[1] <= x.start < cend and x.type in ("DATE", "TIME")]
    return bool(after) and all(x.latest is not None and x.latest <= dct for x in after) \
        and not ctx.text[max(x.end for x in after):cend].strip(" \t\n.,;!?")


def _preposition_in(gap: str, lang: str) -> bool:
    """Does a preposition of frames.txt stand among the words of ``gap`` ("sagte X nach dem
    Treffen": the meeting is no object of the saying)?"""
    preps = lexicon(lang).preps
    return any(w.lower() in preps for w in re.findall(r"[^\W\d][\w'’-]*", gap))


def _announced_days(ctx: Context, triggers: list, lang: str, dct: _dt.date | None) -> dict:
    """Event noun span -> the timexes (by start) that are the day of the speaking verb whose object
    it is (:func:`_object_noun_day`: "announced an early election on Wednesday"): the day the
    election was announced, not its own."""
    out: dict = {}
    for x in triggers:
        if x.rule.roles != "speaker" or x.rule.nominal:
            continue
        for y in triggers:
            if y.rule.nominal and y.s >= x.e and not _preposition_in(ctx.text[x.e:y.s], lang) \
                    and not _performed(ctx, x, y, lang) and _object_noun_day(ctx, x, (y.s, y.e), lang, dct):
                cend = ctx.clause_of(y.s)[1]
                out[(y.s, y.e)] = frozenset(t.start for t in ctx.timexes if y.e <= t.start < cend)
    return out


def _performed(ctx: Context, x: _Trigger, y: _Trigger, lang: str) -> bool:
    """Is the event noun ``y`` (of the class Other) the speaker's own act that the announcing verb
    ``x`` performs ("announced his resignation on Monday": he resigned that day)? Its possessive
    stands right after the verb."""
    words = ctx.text[x.e:y.e].split()
    return y.rule.type == "Other" and len(words) == 2 and words[0] in function_words(lang, "possessive")


def _said(ctx: Context, t: _Trigger, all_spans: list, lang: str,
          dct: _dt.date | None = None, same_act: list = ()) -> list[tuple[int, int]]:
    """The triggers a speaking trigger reports: those after it -- from the complementizer or quote
    on where one follows ("said at a meeting on Tuesday that ...": the meeting is where it was said,
    and its date the saying's); none after a speech, which names where it was held, not a content;
    nor an event noun its object whose day ending the clause is the saying's (:func:`_object_noun_day`);
    after a verb that follows the quote it says, none that is where it was said (a ``same``, ``start``
    or ``end`` preposition of anchors.txt before it: :func:`kb.events.anchors.occasion_before`)."""
    if t.rule.subtype in _CONTENTLESS:
        return []
    after = [sp for sp in all_spans if sp[0] >= t.e and sp not in same_act]  # the noun of this saying says nothing
    m = _content_opener(lang).search(ctx.text, t.e, min(ctx.sentence.end, t.e + _CONTENT_GAP))
    if m:
        return [sp for sp in after if sp[0] >= m.start()]
    # '"...," X said at a news conference on Tuesday': after a quote, the conference is where it
    # was said, not what ("sagte X nach dem Treffen mit Y am Montag": the meeting keeps its day)
    quoted = _quoted_before(ctx, t.s)
    return [sp for sp in after if not _object_noun_day(ctx, t, sp, lang, dct)
            and not (quoted and _where_said(ctx, t.e, sp[0], lang))]


def _where_said(ctx: Context, e: int, s: int, lang: str) -> bool:
    """Is the event noun at ``s`` where the saying ending at ``e`` was said: after a ``same``,
    ``start`` or ``end`` preposition of anchors.txt ("said at a news conference", "am Rande des
    Gipfels") or the verb's object ("told a news conference"), no other preposition between?"""
    if occasion_before(ctx.text, max(e, s - 60), s, lang):
        return True
    return _OBJECT_GAP.fullmatch(ctx.text, e, s) is not None and not _preposition_in(ctx.text[e:s], lang)


def _quoted_before(ctx: Context, s: int) -> bool:
    """Does the sentence open with a quote that ends before the trigger at ``s`` (what a speaking
    verb after it says)?"""
    return _QUOTE_FIRST.match(ctx.text, ctx.sentence.start, s) is not None


# a quote opening the sentence and closed by its mark and a comma ('"We will act," X said')
_QUOTE_FIRST = re.compile(r"\s*[\"“„«»](?:[^\"“”„«»]){1,600}?(?:[,?!][\"”“«»]|[\"”“«»],)")


def _begun(ctx: Context, t: _Trigger, lang: str, dct: _dt.date | None, days: int | None, status: str | None,
           date: DateValue | None) -> tuple[bool, str | None, DateValue | None]:
    """Whether a stay told without its length is told as beginning on its day, and its status and
    date then: "Die Reise von X nach Y beginnt morgen" is its first day, the end untold unless the
    trip was told before with its length ("bricht zu einer dreitägigen Reise auf ... Am Freitag
    beginnt die Reise")."""
    if days is not None or not _told_as_beginning(ctx, t, lang, date):
        return False, status, date
    told_days = dating.told_length(ctx, t.s, t.e, lang, dct)
    date = dating.stay(date, told_days) if told_days else _open(date)
    return True, _arrived_lately(status, date, dct), date


def _told_as_beginning(ctx: Context, t: _Trigger, lang: str, date: DateValue | None) -> bool:
    """Is a stay noun told as beginning on its (single) day -- a ``begin`` cue of discourse.txt in
    its clause ("die Reise ... beginnt morgen", "Morgen beginnt die Reise", "the trip begins on
    Friday"), or the guest's arrival for it (the ``arrive`` cue: "arrived in Oslo on Monday for a
    state visit", "ist am Montag zu einem Staatsbesuch in Oslo eingetroffen")?"""
    if date is None or date.granularity != "day" or "/" in date.value or date.source != "text" \
            or t.kind not in _STAYS:
        return False
    cstart, cend = ctx.clause_of(t.s)
    # a verb of the stay ("eingetroffen" read as the visit) begins it only by arriving; one arrives
    # for a visit, not for a summit attended before ("arrived ... after attending the summit")
    arrive = t.kind in ("StateVisit", "Visit") and not dating.apart_from(ctx, t.s, _phases.cues(lang).get("apart"))[0]
    cues = ("begin",) * bool(t.rule.nominal) + ("arrive",) * arrive
    return any(pat is not None and any(not ctx.quoted(hit.start()) and dating.word_start(ctx.text, hit)
                                       for hit in pat.finditer(ctx.text, cstart, cend))
               for pat in (_phases.cues(lang).get(c) for c in cues))


# a stay begun at most this many days before the report, its end untold, is still under way
_LATELY = 2


def _arrived_lately(status: str | None, date: DateValue | None, dct: _dt.date | None) -> str | None:
    """A stay told as begun a day or two before the report, its end not told ("arrived on Monday
    for a state visit" in a Wednesday report), is under way: a state visit lasts days."""
    if status not in (None, "past") or date is None or date.earliest is None or dct is None \
            or not 0 <= (dct - date.earliest).days <= _LATELY:
        return status
    return "ongoing"


def _with_end(ctx: Context, t: _Trigger, lang: str, date: DateValue | None, days: int | None) -> DateValue | None:
    """A stay told without its length as beginning on a day whose sentence goes on to tell its
    end ("Der Besuch begann am Montag und endete am Mittwoch"): the days from the one to the other."""
    if days is not None:
        return date
    begins = _told_as_beginning(ctx, t, lang, date)
    if not begins and not _single_day_verb(ctx, t, date):
        return _legs(ctx, t, lang, date)
    at = date.span.end if date.span else ctx.sentence.start
    # a stay's verb with its day, then its guest leaving ("arrived on Sunday and leaves on Wednesday")
    end = (_phases.end_told_after(ctx, at, lang, date.earliest) if begins else None) \
        or _phases.end_told_after(ctx, at, lang, date.earliest, kind="depart")
    if end is None and not begins:
        return _legs(ctx, t, lang, date)
    if end is None or end.earliest is None or date.earliest is None or end.earliest <= date.earliest:
        return date
    return dating.of_value(f"{date.value}/{end.value}", resolved=True, source="text", text=date.text, span=date.span)


def _single_day_verb(ctx: Context, t: _Trigger, date: DateValue | None) -> bool:
    """Is the trigger a stay's verb dated by one day its text tells ("arrived in Delhi on Sunday")?"""
    return date is not None and date.granularity == "day" and "/" not in date.value and date.source == "text" \
        and date.span is not None and t.kind in _STAYS and dating.verbal_at(ctx, t.s)


# the most days a stay told by the days of its legs may span
_LEGS_SPAN = 14


def _legs(ctx: Context, t: _Trigger, lang: str, date: DateValue | None) -> DateValue | None:
    """A journey told by its legs in one clause ("besucht am Donnerstag Polen und am Freitag
    Litauen", "will visit Poland on Thursday and Lithuania on Friday"): the days from the first to
    the last the clause names after a list word, with no verb of its own in between."""
    if date is None or date.granularity != "day" or "/" in date.value or date.source != "text" \
            or date.earliest is None or date.span is None or t.kind not in _STAYS or not dating.verbal_at(ctx, t.s):
        return date
    cstart, cend = ctx.clause_of(t.s)
    joins = function_words(lang, "listjoin")
    leave = _phases.cues(lang).get("depart")
    last = None
    for x in ctx.timexes_in(date.span.end, cend):
        d = x.date()
        if d.granularity != "day" or "/" in d.value or d.earliest is None \
                or not 0 < (d.earliest - date.earliest).days <= _LEGS_SPAN \
                or not any(w in joins for w in re.findall(r"\w+", ctx.text[date.span.end:x.start])) \
                or any(date.span.end <= f.predicate.start < x.start and not f.predicate.nominal for f in ctx.frames) \
                or (leave is not None and leave.search(ctx.text, date.span.end, x.start) is not None):
            break  # "arrived on Sunday and leaves on Wednesday": a departure, no second leg
        last = d
    if last is None:
        return date
    return dating.of_value(f"{date.value}/{last.value}", resolved=True, source="text", text=date.text,
                           span=date.span)


def _begun_before(ctx: Context, t: _Trigger, lang: str, date: DateValue | None, dct: _dt.date | None) -> bool:
    """"Protests began on March 3", "invaded ... in February 2022, when the war began": an event
    that is no stay, told as beginning (a ``begin`` cue of discourse.txt in its clause) on a date
    of its own before publication, is that beginning -- past, on that date -- not something under
    way since the report; a stay so told is past when its days ended before the report."""
    if date is None or date.source != "text" or date.latest is None or dct is None or date.latest >= dct:
        return False
    if t.kind in _STAYS:
        # "began a three-day visit on June 1" in a report of June 14: over before the report
        return "/" in date.value and not date.value.endswith("/..")
    if "/" in date.value:
        return False
    begin = _phases.cues(lang).get("begin")
    cstart, cend = ctx.clause_of(t.s)
    return begin is not None and any(not ctx.quoted(hit.start()) and dating.word_start(ctx.text, hit)
                                     for hit in begin.finditer(ctx.text, cstart, cend))


def _stay_length(ctx: Context, t: _Trigger, triggers: list[_Trigger], lang: str | None = None) -> int | None:
    """The days of a stay told with its trigger; "reist am Montag zu einem zweitägigen Besuch":
    the length told with the noun is the verb's too."""
    ci = ctx.clause_index(t.s)
    apart = _phases.cues(lang).get("apart") if lang else None
    length = dating.duration_near(ctx, t.s, t.e, lang, attached=t.rule.nominal or t.kind in _STAYS) or next(
        (d for o in triggers if o.kind == t.kind and ctx.clause_index(o.s) == ci
         and (o is t or apart is None or not dating.apart_from(ctx, o.s, apart)[0])
         for d in [dating.duration_near(ctx, o.s, o.e, attached=o.rule.nominal or o.kind in _STAYS)] if d), None) \
        or _inner_length(ctx, t, lang) \
        or _apposed_length(ctx, t, lang)
    return int(length[1:-1]) if length else None


def _inner_length(ctx: Context, t: _Trigger, lang: str | None) -> str | None:
    """"kamen am Mittwoch zu einem zweitägigen Gipfel zusammen": the length told with a stay noun
    inside a stay verb's bracket (the noun is no trigger of its own there)."""
    if lang is None or t.kind not in _STAYS:
        return None
    return next((d for rule in _phases.stay_nouns(lang) for m in rule.pattern.finditer(ctx.text, t.s, t.e)
                 for d in [dating.duration_near(ctx, m.start(), m.end())] if d), None)


def _apposed_length(ctx: Context, t: _Trigger, lang: str | None) -> str | None:
    """"arrived in Lisbon on Wednesday, beginning a five-day visit": the length told with a stay
    noun in the clause right after a stay verb's, a clause with no date of its own and the noun
    after no preposition of another time ("arrived on Monday, after a three-day visit to Rome":
    another stay). Only a stay's verb takes it: "met X on Tuesday, two days after arriving in
    China for a four-day visit" tells a meeting of one day."""
    if t.rule.nominal or lang is None or t.kind not in _STAYS:
        return None
    nxt = ctx.clause_index(t.s) + 1
    if nxt >= len(ctx.clauses) or any(x.type == "DATE" for x in ctx.timexes_in(*ctx.clauses[nxt])):
        return None
    start, end = ctx.clauses[nxt]
    apart = _phases.cues(lang).get("apart")
    return next((d for rule in _phases.stay_nouns(lang) for m in rule.pattern.finditer(ctx.text, start, end)
                 if not dating.apart_from(ctx, m.start(), apart)[0]
                 for d in [dating.duration_near(ctx, m.start(), m.end())] if d), None)


def _verb_tense(ctx: Context, t: _Trigger, lang: str | None = None, timex=None) -> str | None:
    """The tense of the trigger's own verb group as the frame reader found it (``past``,
    ``future``, ``present``), None for an event noun. Given ``lang`` and the trigger's ``timex``,
    a trigger the frame reader has no verb for (an event noun, "named", "celebrated Mass") whose
    date without a year lies after ``dct`` takes the past the temporal tagger's cues tell of the
    clause (:func:`dating.past_told`: "attended the funeral in January", said in November)."""
    frame = next((f for f in ctx.frames if t.s <= f.predicate.start < t.e and not f.predicate.nominal), None)
    if frame is not None:
        return frame.predicate.tense
    return "past" if lang is not None and timex is not None and _past_told(ctx, t, lang, timex) else None


def _past_told(ctx: Context, t: _Trigger, lang: str, timex) -> bool:
    """Does the clause tell a past for the month at ``timex`` (:func:`dating.past_told`), the trigger
    being a verb or an event noun that is the object of the verb before it?"""
    return (not t.rule.nominal or _object_of_verb(ctx, t, lang, timex)) and dating.past_told(ctx, timex, lang)


_WORDS = re.compile(r"\w+")


def _object_of_verb(ctx: Context, t: _Trigger, lang: str, timex) -> bool:
    """Is the event noun at ``t`` the object of the verb before it ("gave a speech", "attended the
    funeral", "hielt im Januar eine Rede"): walking back over at most four words (those of the
    date skipped), a finite verb comes before any preposition ("talked about the slated visit":
    the noun is what is talked about, not what the verb did)?"""
    from ..temporal.tense import finite_verb

    preps, determiners = lexicon(lang).preps, function_words(lang, "determiner")
    words = [m for m in _WORDS.finditer(ctx.text, ctx.sentence.start, t.s)
             if not timex.start <= m.start() < timex.end][-5:]
    for i in range(len(words) - 1, 0, -1):
        m = words[i]
        if m.group().lower() in preps:
            if not ctx.text[m.end():timex.start].strip():
                continue  # the date's own preposition ("hielt im Januar eine Rede")
            return False
        if words[i - 1].group().lower() not in determiners and finite_verb(ctx.text, m.start(), m.end(), lang):
            return True  # (a participle after a determiner is an adjective: "the slated visit")
    return False


def _of_scope(ctx: Context, t: _Trigger, lang: str, status: str | None, date: DateValue | None,
              dct: _dt.date | None) -> str | None:
    """A status a cue of the clause gave, unless it is another event's: the occasion of what did not
    occur or is only hoped for ("has no plans to meet X during his visit to Oslo next week": the
    visit is no less planned) takes the side of the report its date lies on, or none. An event in
    a question is only asked about ("Would X travel to Paris before the vote?"): hypothetical."""
    if status != "did_not_occur" and _asked(ctx, t.s):
        return "hypothetical"
    if status not in ("did_not_occur", "hypothetical") or not t.rule.nominal or not _occasion_noun(ctx, t, lang):
        return status
    if date is None or dct is None or date.earliest is None or date.latest is None:
        return None
    return "past" if date.latest < dct else "planned" if date.earliest > dct else None


def _occasion_noun(ctx: Context, t: _Trigger, lang: str) -> bool:
    """Is the event noun the occasion of another event of its clause ("during his visit",
    "während seines Besuchs": the ``within`` cue of discourse.txt right before it)?"""
    cue = _phases.cues(lang).get("within")
    return cue is not None and any(m.end() >= t.s - 40 for m in cue.finditer(ctx.text, max(ctx.sentence.start, t.s - 60), t.s)
                                   if not ctx.text[m.end():t.s].strip(" ").count(" ") > 2)


def _saying_direction(ctx: Context, t: _Trigger, lang: str, dct: _dt.date | None, timex, date: DateValue | None,
                      status: str | None) -> tuple[str | None, DateValue | None]:
    """The status and date of a saying, its date read again in the direction of its status ("said
    on Monday that he would travel": the tense of "would" is not that of "said"). An act of
    speaking (a subtype: "gave a speech in January", "hielt im Januar eine Rede" said in
    November) told in the past lies behind; after a plain verb of saying a month is mostly that
    of what is said ("told X of a cut in September")."""
    later = _after(timex, date, dct) if status in (None, "past") and t.rule.subtype else None
    told = "past" if later is not None and _past_told(ctx, t, lang, later) else None
    if told == "past":
        status = "past"
    if status is not None:
        date = _with_direction(date, status, lang, dct, told)
    return status, date


def _after(timex, date: DateValue | None, dct: _dt.date | None):
    """The timex when the date it gave lies after ``dct`` (else None)."""
    return timex if date is not None and dct is not None and date.earliest is not None and date.earliest > dct else None


def _said_day(timex, told: DateValue | None, date: DateValue | None) -> DateValue | None:
    """A day read from the day it was said (:func:`kb.events.speakers.said_in_clause`: "sagte am
    Montag, X werde am Dienstag reisen") stays as read; the status does not turn it round."""
    return told if timex is not None and timex.said is not None else date


def _in_direction(ctx: Context, t: _Trigger, lang: str, dct: _dt.date | None, timex, date: DateValue | None,
                  status: str | None, set_for: bool) -> tuple[str | None, DateValue | None]:
    """The status and date of an event that is no saying, its date read again in the direction of
    its status (:func:`_with_direction`). "der für Mittwoch geplante Besuch wurde abgesagt": the
    date it was set for lay ahead. "The 20 March talks ended without agreement": a day written
    before the event noun in a clause told as past is the last such day, even when the next is
    nearer (:func:`dating.past_of_noun_date`)."""
    if set_for:
        return status, _with_direction(date, "planned", lang, dct)
    if status in (None, "past") and t.rule.nominal and dating.past_of_noun_date(ctx, timex, t.s, lang):
        return "past", _with_direction(date, "past", lang, dct, "past")
    if status == "hypothetical" and t.rule.nominal and dating.dated_past_noun(ctx, timex, t.s, date, dct):
        return "past", date
    if status == "hypothetical" and dating.done_by_participle(ctx, timex, t.s):
        # "could be visited under the Feb. 23 accord signed by X": the accord was signed, whatever
        # the modal says of the visits
        return "past", _with_direction(date, "past", lang, dct, "past")
    return status, _with_direction(date, status, lang, dct, _verb_tense(ctx, t, lang, timex))


def _status_and_date(ctx: Context, t: _Trigger, lang: str, dct: _dt.date | None, region_start: int,
                     timex, date: DateValue | None, days: int | None = None) -> tuple[str | None, DateValue | None]:
    """The status a cue gives and the date read again in its direction."""
    speaking = t.rule.roles == "speaker"
    cstart, cend = ctx.clause_of(t.s)
    joined = None if speaking else dating.joined_frame(ctx, t.s, t.e)
    if joined is not None and joined.predicate.status is not None:
        # "hat X getroffen und wird nach Y reisen": each verb has the cues of its own stretch
        status = joined.predicate.status
    else:
        status = _cue_status(ctx, cstart, t.e, lang, saying=(t.s, t.e)) if speaking else \
            _own_cue_status(ctx, t, lang, region_start, cend)
    status = _of_scope(ctx, t, lang, status, date, dct)
    # "Am 5. April empfängt X Y" in a report of 29 April: done then, not planned a year ahead
    status = dating.told_before(ctx, status, date, dct, region_start, cend, lang, (t.s, t.e) if t.rule.nominal else None)
    if _after_since(ctx, t.s, lang) if t.rule.nominal else _since_clause_at(ctx, t.s, lang) is not None:
        # "her first visit since the Lebanon conflict in July", "since he became prime minister": behind
        status = "past"
    set_for = not speaking and (_set_for(ctx, timex, lang) or dating.announced_subject(ctx, t.e, timex, lang, t.rule.subtype))
    if set_for and status in (None, "past", "ongoing"):
        status = "planned"  # "hat für Sonntag ein Treffen einberufen": the meeting lies ahead
    elif status is None and not speaking and _verb_tense(ctx, t, lang, _after(timex, date, dct)) == "past":
        # no cue word, but the trigger's own verb group is past ("habe am Montag telefoniert",
        # "warb am Dienstag"): told as done, so its weekday lies behind, not ahead
        status = "past"
    elif status is None and not speaking and (_weekday_behind(timex, date, dct, lang) or _later_today(timex, dct)) \
            and _verb_tense(ctx, t) == "present":
        # "besucht am Sonntag als erster Präsident seit 24 Jahren Deutschland": a present with its
        # weekday is a plan where the language reads a weekday ahead by default, whatever a "seit"
        # of another time made the tagger read; so is one with a later part of the report's day
        # ("Heute Abend telefoniert X mit Y")
        status = "planned"
    status, date = _in_direction(ctx, t, lang, dct, timex, date, status, set_for) if not speaking else \
        _saying_direction(ctx, t, lang, dct, timex, date, status)
    if status in (None, "past") and days and date is None and dct is not None and t.kind in _STAYS \
            and not dating.apart_from(ctx, t.s, _phases.cues(lang).get("apart"))[0]:
        # "ist zu einem dreitägigen Besuch eingetroffen": a stay of N days begun, not yet over (not
        # one after a preposition of another time: "met Y after a three-day visit to Z")
        status = "ongoing"
    if status in (None, "past") and t.kind in _STAYS and timex is not None and timex.mod == "ON_OR_AFTER" \
            and date is not None and date.granularity == "day" and date.earliest is not None and dct is not None \
            and date.earliest <= dct:
        # "has been on a state visit since Monday": begun then, under way at publication
        status = "ongoing"
    status = dating.not_begun(status, date, dct)  # "is visiting Oslo on Friday": planned
    date = dating.week_ahead(status, date, dct)  # "travels to Warsaw this week" on a Sunday: the coming week
    status = dating.month_part(status, timex, date, dct)  # "findet Ende Mai statt" on 14 May: ahead
    if status == "ongoing" and _begun_before(ctx, t, lang, date, dct):
        status = "past"
    if status == "ongoing":
        date = _ongoing_date(t, date, dct, days)
    return status, date


def _done(t: _Trigger, timex, status: str | None, date: DateValue | None) -> tuple[str | None, DateValue | None]:
    """A trigger that names the outcome of an event behind (option ``done``: "the election winner",
    "Wahlsieger X will am Montag ..."): past, whatever the clause tells of later, and dated only by a
    date inside the trigger -- the clause's date is that of what the winner does."""
    if "done" not in t.rule.options:
        return status, date
    inside = timex is not None and t.s <= timex.start < t.e
    return "past", date if inside else None


def _asked(ctx: Context, s: int) -> bool:
    """Is the trigger at ``s`` in a question of the text's own voice (its sentence ends in a
    question mark outside quotes: "Would X travel to Paris?", "Könnte X nach Kiew reisen?")? A
    question tells no event, whatever its tense."""
    end = ctx.text[ctx.sentence.start:ctx.sentence.end].rstrip(" \t\n\"'“”»«’")
    return end.endswith("?") and not ctx.quoted(s) and not ctx.quoted(ctx.sentence.start + len(end) - 1)


def _own_start(ctx: Context, t: _Trigger, lang: str, region_start: int) -> int:
    """Where the stretch whose status cues the trigger takes begins: at a clause of another time
    with a past verb that holds it (``time-clause`` in function-words.txt: "will become prime
    minister after his party won Thursday's election" -- "will" is not the election's), else at
    ``region_start``."""
    hit = ctx.past_time_clause(region_start, t.s, t.e, function_words(lang, "time-clause"))
    return region_start if hit is None else hit


def _later_today(timex, dct: _dt.date | None) -> bool:
    """Is the timex the afternoon, evening or night of the publication day ("heute Abend")?"""
    return timex is not None and dct is not None and bool(timex.value) \
        and timex.value in (f"{dct.isoformat()}T{part}" for part in ("AF", "EV", "NI"))


def _weekday_behind(timex, date: DateValue | None, dct: _dt.date | None, lang: str) -> bool:
    """Is the date a weekday told without its week and without a modifier ("am Sonntag", not "seit
    Sonntag") that the tagger read as lying before the publication day, in a language that reads
    a weekday without a cue ahead (the ``default`` of temporal-tense.txt)?"""
    from ..temporal.grammar import load_grammar

    return timex is not None and (timex.underspecified or "").startswith("XXXX-WXX-") and timex.mod is None \
        and date is not None and date.latest is not None and dct is not None and date.latest < dct \
        and "weekday:future" in load_grammar(lang).tense.get("default", ())


def _after_the_other(events: list[Event]) -> None:
    """"signed a joint statement after talks in Beijing on Thursday": an event its sentence does
    not date, told as following an event noun that is dated ("after", "nach": a later time), took
    place that day -- the day the occasion names (not the report's)."""
    for ev in events:
        d = ev.date
        if ev.type not in ("Meeting", "Summit") or not ev.notes.apart or ev.notes.apart_by or ev.notes.since \
                or d is None or d.source != "text" or d.granularity != "day" or d.earliest is None \
                or d.earliest != d.latest:
            continue  # (only talks or a summit are an occasion: "met X after her re-election on April 28" is later)
        for x in events:
            if x is not ev and x.notes.sentence == ev.notes.sentence and not x.notes.apart and x.status == "past" \
                    and (x.date is None or x.date.source == "publication") and ev.status == "past":
                x.date = dating.inherited(d)


def _before_the_other(events: list[Event]) -> None:
    """"Nach Gesprächen mit X am Mittwoch reist Y am Freitag weiter" on a Thursday: an event noun
    after a preposition of a later time ("nach", "after") lies before the event of its sentence,
    so a day read ahead that would put it after that event's day is the one behind (its status
    past, its day read again in that direction)."""
    for ev in events:
        d = ev.date
        if not ev.notes.apart or ev.notes.apart_by or ev.status != "planned" or d is None or d.source != "text" \
                or d.earliest is None:
            continue
        if any(x is not ev and x.notes.sentence == ev.notes.sentence and not x.notes.apart and x.date is not None
               and x.date.source == "text" and x.date.latest is not None and x.date.latest < d.earliest
               for x in events):
            ev.status = "past"


def _bare_noun(ctx: Context, t: _Trigger, spans: list[tuple[int, int]], apart: bool, lang: str) -> bool:
    """Is the event noun of ``t`` told after a preposition of another time (``apart``) with nothing
    of its own -- no argument of its own frame, no date before the next trigger of its clause ("Vor
    dem Gipfel traf X Y", "Am Vorabend des EU-Gipfels traf X Y", "Nach dem Treffen sagte X")? A
    possessive before it names its owners ("after their talks": the talks they held), a length
    before the preposition its day ("two days before the summit")."""
    if not apart or not t.rule.nominal or dating.length_before_apart(ctx, t.s, _phases.cues(lang).get("apart")):
        return False
    if set(re.findall(r"\w+", ctx.text[max(ctx.sentence.start, t.s - 30):t.s])[-3:]) & function_words(lang, "possessive"):
        return False
    frame = frame_at(ctx.frames, t.s, t.e)
    if frame is not None and any(not a.inherited for a in frame.arguments):
        return False
    stop = min([a for a, _ in spans if a >= t.e] + [ctx.clause_of(t.s)[1]])
    rel = re.match(r"\s*,\s*(\w+)", ctx.text[t.e:t.e + 20])
    if rel is not None and rel.group(1).lower() in lexicon(lang).relatives:
        # "on the eve of the EU summit, which opens on Thursday": a relative clause dates the noun
        stop = max(stop, ctx.clause_of(t.e + rel.start(1))[1])
    return not any(t.e <= x.start < stop for x in ctx.timexes)


def _another_time(ctx: Context, t: _Trigger, lang: str, apart: bool, apart_by: bool) -> tuple[bool, bool]:
    """``EventNotes.apart`` and ``apart_by`` of the trigger ``t``: those of a noun after a
    preposition of another time as given, and both for a verb in a clause of another time after
    its sentence's verb ("met Y on Monday, days after the two spoke by phone": the call is at
    another time, and lends the meeting nothing)."""
    if not apart and _verbal(ctx, t) and dating.trailing_time_clause(ctx, t.s, lang) is not None:
        return True, True
    return apart, apart_by


def _verbal(ctx: Context, t: _Trigger) -> bool:
    """Is the trigger a verb (a frame's verbal predicate, or a line of verbs alone)?"""
    frame = frame_at(ctx.frames, t.s, t.e)
    return not frame.predicate.nominal if frame is not None else not t.rule.nominal


def _occasion_only(ctx: Context, t: _Trigger, spans: list[tuple[int, int]], apart: bool,
                   lang: str) -> tuple[bool, bool]:
    """``EventNotes.beside`` and ``bare`` of the trigger ``t``: an event noun after a preposition of
    another time with nothing of its own (:func:`_bare_noun`), and one that names no one in its
    word either ("Gipfel", not "Nato-Gipfel")."""
    beside = _bare_noun(ctx, t, spans, apart, lang)
    word = ctx.text.rfind(" ", 0, t.s) + 1
    return beside, beside and not any(m.start < t.e and m.end > word for m in ctx.mentions)


def _told_before_other(ctx: Context, t: _Trigger, ev: Event, apart: bool, later: bool, dct: _dt.date | None) -> None:
    """An event noun after a preposition of another time ("Nach Gesprächen mit Xi am Dienstag reist
    Scholz am Mittwoch weiter nach Shanghai"): a place outside the noun's own phrase is the other
    event's, not the noun's; one told before the other event (not ``later``: "nach", "after")
    on a day up to the report's is done, whatever plan the clause tells."""
    if not apart:
        return
    frame = frame_at(ctx.frames, t.s, t.e)
    if ev.place is not None and ev.place.span is not None and t.rule.nominal and frame is not None \
            and frame.predicate.nominal and not any(a.start <= ev.place.span.start and ev.place.span.end <= a.end
                                                    for a in frame.arguments if not a.inherited):
        ev.place = None
    d = ev.date
    if not later and ev.status == "planned" and dct is not None and d is not None and d.source == "text" \
            and d.latest is not None and d.latest <= dct:
        ev.status = "past"


def _own_window(ctx: Context, t: _Trigger, windows: frozenset[int], lang: str) -> frozenset[int]:
    """The dates of a claim's window told after the event noun that opens it, in its clause ("the
    first call since their meeting in California last November"): the window starts with that
    event, so its date is the noun's own."""
    if not windows or not _since_noun(ctx, t, lang):
        return frozenset()
    end = ctx.clause_of(t.s)[1]
    return frozenset(w for w in windows if t.e <= w < end)


def _since_noun(ctx: Context, t: _Trigger, lang: str) -> bool:
    """Is the trigger an event noun right after a "since" ("seit seiner Amtseinführung")?"""
    return bool(t.rule.nominal) and _after_since(ctx, t.s, lang, strictly=True)


def _after_since(ctx: Context, s: int, lang: str, strictly: bool = False) -> bool:
    """Does an event noun stand right after a "since" cue of the claims grammar ("since the summit
    in July", "seit dem Gipfel", "after the summit"), with at most an article and two words between?
    ``strictly``: a "since" of the temporal grammar ("since", "seit"; not "after", "nach")."""
    from ..claims import cues

    since = cues(lang).since_re
    if since is None:
        return False
    before = ctx.text[max(ctx.sentence.start, s - 40):s]
    hit = None
    for hit in since.finditer(before):
        pass
    if hit is None or re.search(r"[,;:]", before[hit.end():]) or len(before[hit.end():].split()) > 3:
        return False
    from ..temporal.grammar import load_grammar

    since_cue = load_grammar(lang).since_cue if strictly else None
    return not strictly or (since_cue is not None and since_cue.search(before, 0, hit.end()) is not None)


def _since_clause_at(ctx: Context, s: int, lang: str) -> int | None:
    """Where the clause of "since" begins whose verb stands at ``s`` ("since he became prime
    minister"; the ``since-clause`` cue of events.txt), or None."""
    cue = rules(lang).cues.get("since-clause")
    m = cue.search(ctx.text, max(ctx.sentence.start, s - 80), s) if cue is not None else None
    return m.start() if m else None


def _ongoing_date(t: _Trigger, date: DateValue | None, dct: _dt.date | None, days: int | None) -> DateValue | None:
    """The date of an event under way: "began his visit on Tuesday", "has arrived": since that day."""
    if date is not None and date.granularity == "day" and "/" not in date.value:
        return _open(date)
    if date is not None and date.granularity in ("week", "month") and date.latest is not None \
            and date.earliest <= dct <= date.latest:
        return date  # "is visiting Norway this week": the stated week is the date
    if (date is None or date.granularity != "day") and dct is not None:
        # "has arrived for a four-day visit": under way, its days counted from the report
        return dating.ongoing_stay(dct, days) if days else \
            dating.from_publication(dct, "ongoing", point=t.kind in _POINT_TYPES)
    if date is None or date.granularity != "day":
        return None
    return date


def _refined(ctx: Context, t: _Trigger, status: str | None, date: DateValue | None, dct: _dt.date | None,
             lang: str) -> Event:
    """The event, its type refined by who takes part and where (a summit, a call at a seat)."""
    etype, outcome, office = t.kind, t.rule.options.get("outcome"), None
    # a title naming an outcome ("done": "newly elected X arrived in Berlin") is not where the clause is
    parts, place = t.parts, None if "done" in t.rule.options else t.place
    since = None if t.rule.nominal or place is None else _since_clause_at(ctx, t.s, lang)
    if since is not None and place.span.start < since:
        place = None  # "her first visit to Oslo since she took office": the visit's place, not the clause's
    if etype in ("StateVisit", "Visit") and place is not None and _roles.is_seat_entity(place.entity):
        # "visited the White House": a call on whoever governs there, i.e. a meeting
        etype = "Meeting"
    if etype == "Election":
        if outcome == "re-elected":
            etype = "ReElection"
        winner = next((p.entity for p in parts if p.role == "winner"), None)
        office = _roles.office_for(winner, date.earliest if date is not None else dct) or _roles.office_named(ctx, t.s, lang)
        if status in ("planned", "hypothetical"):
            parts = _office_not_holder(parts)
    if status in ("planned", "hypothetical"):
        outcome = None  # a vote still to come has no outcome yet
    return Event(
        id="", type=etype, status=status, evidence=Span(ctx.sentence.start, ctx.sentence.end),
        participants=parts, place=place, date=date, trigger=Span(t.s, t.e), subtype=t.rule.subtype,
        outcome=outcome if etype in ("Election", "ReElection") else None, office=office)


def _office_not_holder(parts: list[Participant]) -> list[Participant]:
    """"Am 13. Februar wird der Bundespräsident gewählt", "The next president of France will be
    elected in April": an election still to come that names its office by a title, not a name,
    has no winner yet -- the title names the office holder of today, so the office's country
    stands for it (as a country votes), not that holder."""
    from ..entities import gazetteer

    out = []
    for p in parts:
        ent = p.entity
        titled = p.role == "winner" and ent is not None and ent.kind == "person" and p.label \
            and len(p.label.split()) > 1 and ent.name.split()[-1].casefold() not in p.label.casefold()
        country = gazetteer().get(ent.country) if titled and ent.country else None
        if titled and country is None:
            continue
        out.append(Participant(entity=country, label=p.label, role=None, span=p.span) if titled else p)
    return out


def _twins(ctx: Context, ev: Event, lang: str, listed: list, separated: list) -> list[Event]:
    """The other events one trigger tells: a meeting with each partner met separately, one
    agreement per listed date ("the November 9, 2020, and January 11, 2021, agreements")."""
    out = []
    pairs = _separately(ctx, ev, lang)
    if pairs:
        separated.append(ev.trigger)
    for partner in pairs[1:]:
        out.append(Event(id="", type=ev.type, status=ev.status, evidence=ev.evidence, participants=partner,
                         place=ev.place, date=ev.date, trigger=ev.trigger, subtype=ev.subtype))
    for other in listed[:-1] if len(listed) >= 2 else []:
        out.append(Event(id="", type=ev.type, status=ev.status, evidence=ev.evidence,
                         participants=[Participant(p.entity, p.label, p.role, p.span) for p in ev.participants],
                         place=ev.place, date=_from_timex(other), trigger=ev.trigger, subtype=ev.subtype))
    return out


def _separately(ctx: Context, ev: Event, lang: str) -> list[list[Participant]]:
    """The pairs of a meeting with several partners that the sentence says were met one by one
    ("held separate talks with A and B", "traf A und B jeweils zu Gesprächen"); ``ev`` keeps the
    first pair. Empty when the meeting was one."""
    pat = rules(lang).cues.get("separate")
    if ev.type != "Meeting" or len(ev.participants) < 3 or pat is None \
            or not pat.search(ctx.text, ctx.sentence.start, ctx.sentence.end):
        return []
    first, *partners = ev.participants
    if first.role == "guest":  # the host of a receiving visit meets each guest
        host = next((p for p in ev.participants if p.role == "host"), None)
        if host is None:
            return []
        first, partners = host, [p for p in ev.participants if p is not host]
    pairs = [[Participant(first.entity, first.label, first.role, first.span), p] for p in partners]
    before = [p for p in ev.participants if p.span is not None and p.span.end <= ev.trigger.start]
    after = [p for p in ev.participants if p.span is not None and p.span.start >= ev.trigger.end]
    if first.role != "guest" and len(before) >= 2 and len(after) == 1 and len(before) + 1 == len(ev.participants):
        # "A and B met separately with C": each of those named before the verb met the one after it
        one = after[0]
        pairs = [[p, Participant(one.entity, one.label, one.role, one.span)] for p in before]
    ev.participants = pairs[0]
    return pairs


def _kind_template(rule: Rule, lang: str) -> _templates.Template | None:
    """The template of a trigger whose kind (``roles=``) has a default template in events.txt:
    the line's own ``slots=`` before the kind's (None for the procedural kinds)."""
    default = rules(lang).templates.get(rule.roles)
    if default is None:
        return None
    own = _templates.template(rule.options["slots"]) if "slots" in rule.options else None
    return _templates.merged(own, _templates.template(default), "strict" in rule.options)


def _template_roles(rule: Rule, ctx: Context, s: int, e: int, lang: str):
    """Participants and place from the trigger's frame and the rule's template (None: no template,
    no frame, or the template's first role left empty)."""
    spec = rule.options.get("slots")
    frame = frame_at(ctx.frames, s, e, verbal=not rule.nominal) if spec else None
    if frame is None or not rule.frame_fits(frame, ctx.text):
        return None  # (a pattern's frame= conditions too: "wurde in Peru gewählt" has no one elected)
    allowed = {m.span for m in ctx.mentions if not ctx.quoted(m.start, m.end)} - _roles.of_another_time(ctx, e, lang)
    found = _templates.fill(_templates.template(spec), frame, speaking=rule.roles == "speaker", allowed=allowed)
    if found is not None and rule.type in _TWO_SIDED and len(found[0]) < 2:
        return None  # a meeting or a call has two sides: a frame that shows one says too little
    return found


_TWO_SIDED = {t.name for t in TYPES.values() if t.two_sided}


def _speaker_end(ctx: Context, e: int) -> int:
    """Where the source named after "according to" / "nach Angaben" ends (the trigger's end if none)."""
    cstart, cend = ctx.clause_of(e - 1)
    after = [m for m in ctx.mentions_in(e, cend) if m.start - e <= _speakers.SOURCE_GAP]
    return after[0].end if after else e


def _the_parties(events: list[Event], text: str, lang: str) -> None:
    """"After the summit, the parties are to sign ...": the parties are the participants of the
    event told just before."""
    pat = rules(lang).cues.get("parties")
    if pat is None:
        return
    for i, ev in enumerate(events):
        hit = pat.search(text, ev.evidence.start, ev.evidence.end)
        if hit is None:
            continue
        prev = next((p for p in reversed(events[:i]) if p.evidence.start < ev.evidence.start
                     and p.type not in _COMMUNICATION), None)
        if prev is None:
            continue
        mine = {p.entity.id: p for p in ev.participants if p.entity}
        for p in prev.participants:
            if not p.entity:
                continue
            if p.entity.id in mine:  # named again, but as one of "the parties"
                mine[p.entity.id].label = hit.group(0)
                mine[p.entity.id].span = Span(hit.start(), hit.end())
            else:
                ev.participants.append(Participant(entity=p.entity, label=hit.group(0), role=None,
                                                   span=Span(hit.start(), hit.end())))
                mine[p.entity.id] = ev.participants[-1]


def _generic(ctx: Context, ev: Event, lang: str) -> bool:
    """"talks to Macron about four times a year", "a list of official visits": a habitual or
    aggregate mention in the trigger's clause tells of no event of its own -- unless the text
    dates the event ("the summit, held every year, opened on Monday") with another expression than
    the cue."""
    pat = _phases.cues(lang).get("generic")
    if pat is None or ev.trigger is None:
        return False
    if ev.date is not None and ev.date.source == "text":
        # a date of the text keeps the event, unless it is part of the cue ("visited China in 2017,
        # 2019 and 2023": a list of dates tells of several visits, none of them told one by one)
        span = ev.date.span
        return span is not None and any(h.start() < span.end and span.start < h.end() and not ctx.quoted(h.start())
                                        for h in pat.finditer(ctx.text, ctx.sentence.start, ctx.sentence.end))
    cstart, cend = ctx.clause_of(ev.trigger.start)
    hit = pat.search(ctx.text, cstart, cend)
    return hit is not None and not ctx.quoted(hit.start())


def _context(text: str, lang: str, sent, mentions: list, timexes: list, doc_quotes: list, before: list,
             frames: list) -> Context:
    """What the event rules see of one sentence (``frames``: its clauses' frames, kb.frames)."""
    dateline = rules(lang).cues.get("dateline")
    hit = dateline.match(text, sent.start, sent.end) if dateline is not None else None
    if hit is not None:
        # "PARIS, March 14 (Reuters) -": the day of the report dates no event of its own, and
        # the agency and the place of the report take part in none
        timexes = [t for t in timexes if t.start >= hit.end()]
        mentions = [m for m in mentions if m.start >= hit.end()]
    named = rules(lang).cues.get("named-event")
    if named is not None:
        # "the Winter Olympics", "the Arab Spring": a time word inside a name dates nothing
        names = [(x.start(), x.end()) for x in named.finditer(text, sent.start, sent.end)]
        timexes = [t for t in timexes if not any(t.start < b and a < t.end for a, b in names)]
    timexes = dating.weekday_of_week(timexes, text)
    protected = [dating.date_span(text, t) for t in timexes] + [(m.start, m.end) for m in mentions] \
        + _name_lists(text, mentions, lang) + _inserted_agents(text, sent, mentions, lang) \
        + [(x.start(), x.end()) for x in _place_apposition(lang).finditer(text, sent.start, sent.end)
           if not any(m.start < x.end(2) and x.start(2) < m.end and not is_place(m) for m in mentions)]
    return Context(text, sent, clauses(text, sent, protected),
                   [q for q in doc_quotes if q[0] < sent.end and sent.start < q[1]],
                   mentions, timexes, before, _heading(text, sent.start, sent.end), frames)


def _inserted_agents(text: str, sent, mentions: list, lang: str) -> list[tuple[int, int]]:
    """The span of an agent phrase set off by commas right after an event noun's phrase ("The last
    state visit to Britain, by Emperor Naruhito, took place in June"): its commas cut no clause, so
    the doer stays with the noun. Only names between the commas (and at most two small words)."""
    agent = rules(lang).cues.get("agent")
    if agent is None:
        return []
    out = []
    for hit in re.finditer(r",\s*([^\W\d]+)\s+([^,;:()]{1,80}?)\s*,", text[sent.start:sent.end]):
        a, b = sent.start + hit.start(), sent.start + hit.end()
        if not agent.fullmatch(hit.group(1)):
            continue
        inner = [m for m in mentions if sent.start + hit.start(2) <= m.start and m.end <= sent.start + hit.end(2)]
        rest = text[sent.start + hit.start(2):sent.start + hit.end(2)]
        for m in sorted(inner, key=lambda m: -m.start):
            rest = rest[:m.start - sent.start - hit.start(2)] + " " + rest[m.end - sent.start - hit.start(2):]
        if inner and len(re.findall(r"[^\W\d]{2,}", rest)) <= 2:
            out.append((a, b))
    return out


def _name_lists(text: str, mentions: list, lang: str) -> list[tuple[int, int]]:
    """The spans of lists of names ("mit König X, Präsident Y und Präsidentin Z"): names joined by
    commas and closed by a list word. Their commas cut no clause (the clause goes on to its verb:
    "... war zuvor abgesagt worden")."""
    joins = function_words(lang, "listjoin")
    out = []
    run: list = []
    for m in sorted(mentions, key=lambda m: m.start):
        gap = text[run[-1].end:m.start] if run else ""
        if run and gap.strip() == ",":
            run.append(m)
            continue
        if run and len(run) >= 2 and re.fullmatch(r",?\s+(\w+)\s+", gap) and gap.split()[-1] in joins:
            out.append((run[0].start, m.end))
        run = [m]
    return out


@lru_cache(maxsize=None)
def _place_apposition(lang: str) -> re.Pattern:
    """A place and the region or country it lies in, set off by commas, right after a locative
    preposition and before another preposition ("met in Anchorage, Alaska, on Friday", "flew to
    Durban, South Africa, to attend"): its commas cut no clause, known places or not (the date
    after it is the clause's). Group 2, the region, must not be a name of another kind ("the
    ambassador to Washington, X, in a lecture": X is a person)."""
    preps = lexicon(lang).preps
    loc = "|".join(sorted((re.escape(p) for p, kind in preps.items() if kind in ("loc", "dest") and " " not in p),
                          key=len, reverse=True))
    after = "|".join(sorted((re.escape(p) for p in preps if " " not in p), key=len, reverse=True))
    if not loc or not after:
        return re.compile(r"(?!)")
    name = r"[A-ZÄÖÜ][\w'’.-]*(?: [A-ZÄÖÜ][\w'’.-]*){0,2}"
    return re.compile(rf"(?<![\w-])(?:{loc}) ({name}), ({name}),(?= (?:{after}|to)\b)")


def _heading(text: str, start: int, end: int) -> bool:
    """A title line: alone on its line and without final punctuation."""
    line = text[start:end].strip()
    alone = (start == 0 or text[start - 1] == "\n") and (end >= len(text) or text[end:end + 1] in ("\n", ""))
    return alone and bool(line) and line[-1] not in ".!?:\"“”»«'’" and len(line.split()) <= 25


def _undate_narrative(events: list[Event]) -> None:
    """A narrative's publication day (an encyclopedia page's revision) is no day of what it tells:
    an event it does not date stays undated rather than dated to that day."""
    for ev in events:
        if ev.date is not None and ev.date.source == "publication":
            ev.date = None


def _timed(analysis: Analysis) -> frozenset[int]:
    """The sentences that name a date or a time."""
    starts = [sent.start for sent in analysis.sentences]
    out = set()
    for t in analysis.timexes:
        n = bisect_right(starts, t.start) - 1
        if t.type in ("DATE", "TIME") and n >= 0 and t.start < analysis.sentences[n].end:
            out.add(n)
    return frozenset(out)


def _date_occasions(events: list[Event], within: dict, sentence_of, dct, item_dates: dict, analysis: Analysis,
                    text: str, timed: frozenset[int]) -> None:
    """:func:`dating.occasion_day` with the sentences that name a date (``timed``) and those that
    are prose (three words in lower case or more: no date line, no byline)."""
    prose = {n for n, sent in enumerate(analysis.sentences)
             if sum(w[:1].islower() for w in text[sent.start:sent.end].split()) >= 3}
    dating.occasion_day(events, within, sentence_of, dct, item_dates, prose, timed, _COMMUNICATION)


def _item_dates(analysis: Analysis) -> dict:
    """Sentence -> the date line of the digest item it falls under (:func:`kb.events.digest.anchors`),
    else the opening date line of a report. A narrative's dated headings ("Camden, 16. August
    1780") title its sections, not items of a digest: the temporal step already read its dates
    from the story's own days."""
    doc = analysis.document
    if doc.mode == "narrative":
        return {}
    return _digest.anchors(doc.text, analysis.sentences, analysis.timexes, _phases.date_line_patterns(doc.lang)) \
        or dating.opening_dateline(doc.text, analysis.sentences, analysis.timexes, doc.published)


def _cue_end(cue: re.Pattern | None, text: str, span: Span) -> int | None:
    """Where the cue's first match in the span ends, or None."""
    m = cue.search(text, span.start, span.end) if cue is not None else None
    return m.end() if m else None


def _merged(events: list[Event], text: str, lang: str, dct: _dt.date | None, within: dict, item_dates: dict,
            said_days: set[Span]) -> list[Event]:
    """The events with the accounts of one event folded into one, each dated in the direction of
    the status the story or the merge settled."""
    sentence_of, is_heading = (lambda ev: ev.notes.sentence), (lambda ev: ev.notes.heading)
    sideline = rules(lang).cues.get("sidelines")
    eves = eve_links(events, text, _phases.cues(lang).get("eve"))
    sideline_ends: dict[Span, int | None] = {}  # the merge asks for each pair of events: searched once a span

    def on_sidelines(ev: Event) -> int | None:
        if ev.evidence not in sideline_ends:
            sideline_ends[ev.evidence] = _cue_end(sideline, text, ev.evidence)
        return sideline_ends[ev.evidence]
    events = merge(events, sentence_of, is_heading, on_sidelines,
                   lambda ev: ev.notes.sentence in within and within[ev.notes.sentence].restates)
    events = joint_trips(events, text, rules(lang).cues.get("along"))
    date_eves(eves, events)
    _inside_merged_stay(events, within)
    _before_the_other(events)
    _after_the_other(events)
    for ev in events:
        # a status the story or the merge settled (a title's from its body): the date read in its direction
        if ev.date is not None and ev.date.source == "text" and ev.status in ("planned", "past") \
                and ev.date.span not in said_days:
            item = item_dates.get(ev.notes.sentence)
            ev.date = _with_direction(ev.date, ev.status, lang, item[1] if item else dct)
    return events


def _inside_merged_stay(events: list[Event], within: dict) -> None:
    """"Putin hat bei seinem Besuch in Nordkorea einen Pakt unterzeichnet. Putin war in der Nacht
    zum Mittwoch in Pjöngjang eingetroffen": an event told inside a stay (the ``within`` cue) that
    only the publication dated takes the stay's days once the merge has joined the stay to the
    account that dates it (told after it, the story could not read them)."""
    for ev in events:
        n = ev.notes.sentence
        if ev.type in _STAYS or (ev.date is not None and ev.date.source != "publication") \
                or n not in within or not within[n].inside:
            continue
        stay = next((x for x in events if x is not ev and x.type in _STAYS and x.date is not None
                     and x.date.source == "text" and (n, ev.notes.heading) in x.notes.accounts
                     and x.status == ev.status), None)
        if stay is not None:
            ev.date = dating.inherited(stay.date)


def _per_sentence(sentences: list, items: list) -> list[list]:
    """For each sentence, the items (mentions, timexes) that start inside it, in their order: one
    pass over the items (each sentence filtering them all cost the square of a text's length)."""
    if any(a.start > b.start or a.end > b.start for a, b in zip(sentences, sentences[1:])):
        # sentences out of order or overlapping (never made by kb.sentences): each filters all
        return [[x for x in items if sent.start <= x.start < sent.end] for sent in sentences]
    starts = [sent.start for sent in sentences]
    out: list[list] = [[] for _ in sentences]
    for x in items:
        n = bisect_right(starts, x.start) - 1
        if n >= 0 and x.start < sentences[n].end:
            out[n].append(x)
    return out


def annotate(analysis: Analysis) -> None:
    """Fill ``analysis.events`` from sentences, timexes and mentions; boilerplate yields none."""
    doc = analysis.document
    text, lang, dct = doc.text, doc.lang, doc.published
    all_quotes = quotes(text)
    doc_quotes = [q for q in all_quotes if not _speakers.reported(text, q)]
    reported = [q for q in all_quotes if q not in doc_quotes]
    events: list[Event] = []
    by_sentence: list[list] = []
    told: set[str] = set()
    told_in_parts: list[_phases.Phase] = []
    last_told: int | None = None  # the last sentence that told an event
    item_dates = _item_dates(analysis)
    within = _phases.Withins(lang)  # each sentence's phases.within, read when asked for
    said_days: set[Span] = set()  # the days of reported speech read from the day it was said
    mentions_of = _per_sentence(analysis.sentences, analysis.mentions)
    timexes_of = _per_sentence(analysis.sentences, analysis.timexes)
    frames_of: dict[int, list] = {}
    sayings_of: dict[int, list] = {}  # each sentence's sayings (kb.frames.sayings), read once
    for f in analysis.frames:
        frames_of.setdefault(f.sentence, []).append(f)
    for n, sent in enumerate(analysis.sentences):
        mentions = mentions_of[n]
        by_sentence.append(mentions)
        if any(sent.start < b.end and b.start < sent.end for b in analysis.boilerplate):
            continue
        timexes = timexes_of[n]
        if n in item_dates:
            timexes = _digest.reanchor(timexes, lang, item_dates[n][1], dct)
        timexes = _speakers.said_on(timexes, reported, sent.start, sent.end, lang,
                                    item_dates[n][1] if n in item_dates else dct)
        frames = frames_of.get(n, [])
        sayings_of[n] = sentence_sayings(frames, timexes, lang, sent)
        timexes = _speakers.said_in_clause(timexes, sayings_of[n], lang, item_dates[n][1] if n in item_dates else dct,
                                            frames)
        said_days.update(t.span for t in timexes if t.said is not None)
        ctx = _context(text, lang, sent, mentions, timexes, doc_quotes, by_sentence[max(0, n - 5):n], frames)
        sayings_of[n] = [_saying.with_complement(ctx, sy, lang, _content_opener(lang), _phases.cues(lang).get("tail"))
                         for sy in sayings_of[n]]
        within.add(n, ctx)
        # an item of a digest is told as of its date line: its dates are read from that day
        for ev in extract_sentence(ctx, lang, item_dates[n][1] if n in item_dates else dct, told):
            if _generic(ctx, ev, lang):
                continue
            ev.notes.sentence, ev.notes.heading = n, ctx.heading
            events.append(ev)
            last_told = n
        # the phases of a stay told in this sentence or one before (nothing the events of this
        # sentence are read from: found after them, only where a stay they belong to may be told)
        if _phases.belongs_anywhere(n, last_told):
            told_in_parts += _phases.find(ctx, n, lang, _may_match(ctx, lang))
    events.sort(key=lambda e: (e.evidence.start, e.trigger.start if e.trigger else 0))
    sentence_of, is_heading = (lambda ev: ev.notes.sentence), (lambda ev: ev.notes.heading)
    phase_triggers = _phases.apply(events, told_in_parts, sentence_of, is_heading)
    timed = _timed(analysis)
    again = _speakers.said_again(events, sentence_of, item_dates)
    dating.lead_day(events, within, sentence_of, dct, item_dates, {f.sentence for f in analysis.frames}, timed)
    _date_occasions(events, within, sentence_of, dct, item_dates, analysis, text, timed)
    dating.detail_day(events, sentence_of, is_heading, dct)
    phrases: dict = {}  # the relational phrases of each sentence, read once for both reference passes
    date_by_reference(events, sentence_of, text, lang, dct, item_dates, analysis.sentences, analysis.timexes,
                      analysis.mentions, found=phrases)
    for ev in again:
        ev.date = None
    continue_story(Story(events, dct, sentence_of, is_heading, within, item_dates))
    date_by_reference(events, sentence_of, text, lang, dct, item_dates, analysis.sentences, analysis.timexes,
                      analysis.mentions, settled=True, found=phrases)
    reported_on(events, frames_of, sayings_of, sentence_of, skip=set(item_dates))
    dating.plans_in_stay(events, sentence_of, _STAYS, _POINT_TYPES, item_dates)
    dating.weekdays_in_stay(events, sentence_of, _STAYS, item_dates, lang)
    _since.begun(events, analysis.timexes, text, lang, dct)  # "hat seit drei Jahren Truppen entsandt"
    events = [ev for ev in events if ev.trigger not in phase_triggers]
    _the_parties(events, text, lang)
    for ev in events:  # "two presidents signed": their countries too
        if TYPES[ev.type].for_states:
            ev.participants = _states.with_states(ev.participants, ev.date, dct)
    events = _speakers.quoted_self(events, text, lang, [q for q in all_quotes if q not in doc_quotes],
                                   lambda ev: item_dates[ev.notes.sentence][1] if ev.notes.sentence in item_dates else dct)
    events = _speakers.spokesperson_named(events, text, lang)
    events = _merged(events, text, lang, dct, within, item_dates, said_days)
    accompanied(events, text, rules(lang).cues.get("accompanied"), by_sentence, function_words(lang, "listjoin"))
    if doc.mode == "narrative":
        _undate_narrative(events)
    for i, ev in enumerate(events, 1):
        ev.id = f"e{i}"
    analysis.events = events
