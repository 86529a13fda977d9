"""Who did what where: participants with roles and the place of a trigger.

Two ways, by the trigger's kind (``roles=`` of kb/lang/<iso>/events.txt):

- the template kinds (visit, host, winner, aggressor): :func:`by_template`, one generic assigner
  that reads a template -- per role, groups of frame slots and clause sources (:data:`SOURCES`,
  ``~NAME``) -- from the trigger line and its kind's ``%template`` line;
- the procedural kinds (speaker, all, line): :func:`assign`, one function per kind, for what a
  frame template on the line leaves open (who speaks is found across the sentence and the
  document; every party of a meeting across lists, clauses and "between"; a transcript's speaker
  line by its layout).
"""

from __future__ import annotations

import re
from functools import lru_cache
from dataclasses import dataclass, field
from typing import NamedTuple

from ..entities.words import function_words
from ..frames.lexicon import lexicon as _lexicon
from ..eventtypes import COMMUNICATION, TYPES
from ..model import Mention, Participant, Span
from .context import Context, is_actor, is_place, locative_before, persons, previous_subject
from .context import distance as _dist
from . import dating
from .speakers import SOURCE_GAP, speaker as _speaker
from .rules import Rule, rules, source_rules
from .templates import Template, add, fits, participants
from ..frames import frame_at

__all__ = ["SOURCES", "assign", "by_template", "is_seat_entity", "is_summit_body", "object_follows", "office_for",
           "partner_follows"]


def is_seat_entity(entity) -> bool:
    from ..entities import gazetteer

    return entity is not None and gazetteer().has_tag(entity.id, "seat")

def is_summit_body(entity) -> bool:
    """A body of states whose members meeting as that body hold a summit (NATO, the G7, the EU)."""
    from ..entities import gazetteer

    return entity is not None and gazetteer().has_tag(entity.id, "summit")


_INSTITUTIONS = {"ministry", "agency", "government"}
_TWO_SIDED = {t.name for t in TYPES.values() if t.two_sided}  # a meeting, a call
# what one party does at one time ("taking office", a protest): no meeting, call or stay
_ONE_SIDED_POINT = {t.name for t in TYPES.values() if not t.two_sided and t.extent != "stay"
                    and not t.communication}.__contains__
_COMMUNICATING = COMMUNICATION.__contains__
_PRINCIPAL_GAP = 25  # characters from "on behalf of" to the one sent for
_ATTRIBUTION_GAP = 30  # characters from "according to" to the source ("the news agency")


def _cue_ends(ctx: Context, cue: str, lang: str, start: int, end: int) -> list[int]:
    pat = rules(lang).cues.get(cue)
    if pat is None:
        return []
    # a cue inside a name ("Ursula von der Leyen") is no cue
    return [m.end() for m in pat.finditer(ctx.text, start, end) if not ctx.quoted(m.start())
            and not any(x.start <= m.start() < x.end for x in ctx.mentions)]


def negated(ctx: Context, m: Mention, lang: str) -> bool:
    """Is ``m`` the actor of a negating quantifier ("kein Kanzler", "none of the leaders")?"""
    ends = _cue_ends(ctx, "nobody", lang, max(ctx.sentence.start, m.start - 20), m.start)
    return any(not ctx.text[x:m.start].strip() for x in ends)


def of_another_time(ctx: Context, e: int, lang: str, s: int | None = None) -> set[Span]:
    """The mentions an event noun after the trigger ending at ``e`` holds as its own arguments
    where a preposition of another time stands before the noun ("arrived in Hanoi after a visit to
    North Korea", "traf nach einem Besuch in Nordkorea in Hanoi ein"): they are that event's, not
    the trigger's. Given the trigger's start ``s``, such a noun before the trigger too ("Zwei Tage
    nach seinem Besuch in Paris traf er X": Paris is the visit's)."""
    from .phases import cues

    apart = cues(lang).get("apart")
    if apart is None:
        return set()
    out: set[Span] = set()
    for f in ctx.frames:
        before = s is not None and f.predicate.end <= s and ctx.clause_of(f.predicate.start) == ctx.clause_of(s)
        if not f.predicate.nominal or (f.predicate.start < e and not before) \
                or not dating.apart_from(ctx, f.predicate.start, apart)[0]:
            continue
        # the phrase right after the noun is the noun's; one further on may be the verb's again
        # ("traf nach einem Besuch in Nordkorea in Hanoi ein")
        own = min((a for a in f.arguments if not a.inherited and a.mentions and a.start > f.predicate.start),
                  key=lambda a: a.start, default=None)
        if own is not None:
            out.update(m.span for m in own.mentions if isinstance(m, Mention))
    return out


def company_doer(ctx: Context, s: int, lang: str, others=()) -> bool:
    """Does a company open the clause of the trigger at ``s`` as its doer, with no other trigger
    between them ("Das Unternehmen ernannte X", "Der Konzern hat X ernannt"; not "The company said X
    would visit")? A company is no political actor (the development set's README counts
    diplomatic and political events)."""
    company = rules(lang).cues.get("company")
    if company is None:
        return False
    cstart, _ = ctx.clause_of(s)
    lead = ctx.text[cstart:s]
    words = lead.split()
    at = len(lead) - len(lead.lstrip())
    if words and words[0].lower() in function_words(lang, "determiner"):
        at += len(words[0]) + 1
    hit = company.match(ctx.text, cstart + at)
    return hit is not None and not any(hit.start() <= a < s for a, _ in others)


# the kinds of office events a company holds too: a company's officer named, resigning or taking office
_OFFICE_SUBTYPES = frozenset({"Appointment", "Resignation", "TakingOffice", "Dismissal"})


def company_office(ctx: Context, rule: Rule, lang: str) -> bool:
    """Is the trigger an office event and does its sentence name a company's office ("was named
    chief executive", "resigned as chairman of X Corp.")? The README counts political actors; a
    company's officers are none."""
    cue = rules(lang).cues.get("company-office")
    return cue is not None and rule.subtype in _OFFICE_SUBTYPES \
        and cue.search(ctx.text, ctx.sentence.start, ctx.sentence.end) is not None


def _is_after(m: Mention, cue_ends: list[int]) -> bool:
    return any(ce <= m.start <= ce + 60 for ce in cue_ends)


def _place(ctx: Context, ms: list[Mention], s: int, e: int, lang: str, used: set[Span],
           direct_object: bool) -> Participant | None:
    """A place after a locative preposition ("nach Peking", "to the White House"); a visit's
    direct object ("die chinesische Hauptstadt besuchen") counts as well."""
    cut, told = _purpose_start(ctx, e, lang)
    topics = _topic_spans(ctx, s, lang)
    places = [m for m in ms if is_place(m) and m.span not in used
              and not any(a <= m.start < b for a, b in topics)]
    if not places:
        return None
    pat = rules(lang).cues.get("locative")
    def locative(m: Mention) -> bool:
        if pat is None:
            return False
        before = ctx.text[max(ctx.sentence.start, m.start - 30):m.start]
        determiners = function_words(lang, "determiner")
        # "In Tiflis demonstrierten ...": the preposition opening the sentence is capitalised
        opening = ctx.text[ctx.sentence.start:m.start].split()
        if 0 < len(opening) <= 2 and (len(opening) == 1 or opening[1] in determiners) \
                and pat.fullmatch(opening[0].lower()):
            return True
        return any(_modifiers_only(before[x.end():], determiners) for x in pat.finditer(before)
                   if x.start() == 0 or not before[x.start() - 1].isalnum())
    # in a purpose clause only the place of the event it tells ("to meet her in Riga") counts
    marked = [m for m in places if locative(m) and (m.start < cut or told)]
    places = [m for m in places if m.start < cut]
    if marked:
        after = [m for m in marked if m.start >= e]
        m = after[0] if after else marked[0]
    elif direct_object and places:
        # the object after the verb ("Jonas Meier of Latvia will visit Japan") before a place named
        # ahead of it, which is the visitor's own there ("Latvia's Jonas Meier will visit Tokyo")
        after = [m for m in places if m.start >= e] or [m for m in places if m.start >= s - 60]
        m = after[0] if after else places[0]
    else:
        return None
    return Participant(entity=m.entities[0], label=m.text, role=None, span=m.span)


def _topic_spans(ctx: Context, s: int, lang: str) -> list[tuple[int, int]]:
    """The spans of what another verb of the sentence talks about (the object and destination of
    a frame whose predicate is of the ``topic`` class of frames.txt: "and discussed North Korea's
    troop deployment to Russia"): the places there are no place of the event at ``s``."""
    lex = _lexicon(lang)
    talk = lex.classes.get("topic", set())
    out = [(a.start, a.end) for f in ctx.frames if f.predicate.lemma in talk and not f.predicate.start <= s < f.predicate.end
           for a in f.arguments if a.slot in ("obj", "dest")]
    # "will hold talks with X on Wednesday before flying to Stockholm": the destination of a verb told
    # after the trigger behind a preposition of another time is that verb's
    from .phases import cues as _discourse_cues

    apart = _discourse_cues(lang).get("apart")
    if apart is not None:
        out += [(a.start, a.end) for f in ctx.frames if not f.predicate.nominal and f.predicate.start > s
                and _right_after(apart, ctx.text, max(ctx.sentence.start, f.predicate.start - 30), f.predicate.start)
                for a in f.arguments if a.slot == "dest"]
    # "über die Lage in der Ukraine", "about the situation in Ukraine": a place in the phrase a
    # preposition of the topic class opens (up to five words, to the next punctuation)
    about = _topic_words(lang)
    if about is not None:
        for hit in about.finditer(ctx.text, ctx.sentence.start, ctx.sentence.end):
            a = hit.start()
            phrase = _TOPIC_PHRASE.match(ctx.text, hit.end())
            if phrase is not None and not a <= s < phrase.end():
                out.append((a, phrase.end()))  # (an event named in the phrase has its place there)
    return out


@lru_cache(maxsize=None)
def _topic_words(lang: str) -> re.Pattern | None:
    """The prepositions of the ``topic`` class of frames.txt ("about", "über"), as one pattern."""
    about = sorted((w for w, cls in _lexicon(lang).preps.items() if cls == "topic"), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(map(re.escape, about)) + r")\b") if about else None


def _right_after(cue: re.Pattern, text: str, a: int, b: int) -> bool:
    """Does the cue end right before ``b`` with no name or noun in what it matched ("before
    flying": yes; "nach Deutschland reisen": the preposition of a destination, no)?"""
    m = cue.search(text, a, b)
    return m is not None and not any(w[:1].isupper() for w in m.group().split()[1:])


_TOPIC_PHRASE = re.compile(r"(?:[^\S\n]+[^\s,;:.!?]+){1,5}")


def _modifiers_only(gap: str, determiners) -> bool:
    """Is what stands between a locative preposition and a place at most a determiner and an
    adjective in lower case ("in der", "im russischen Kasan", "in the")?"""
    words = gap.split()
    if words and words[0] in determiners:
        words = words[1:]
    return len(words) <= 1 and all(w.isalpha() and w[0].islower() and w not in determiners for w in words)


def _purpose_start(ctx: Context, e: int, lang: str) -> tuple[int, bool]:
    """Where a purpose clause after ``e`` begins ("on a journey to deepen links with France", ",
    um die Beziehungen zu Frankreich zu stärken"), else the end of the sentence; and whether it
    tells an event (a frame's predicate: "to meet her in Riga"). A place named in it is what the
    trip is for, not where it goes -- except the place of the event it tells, which the trip
    shares. The ``purpose`` cue of discourse.txt opens a clause, or stands before a word that is
    no determiner, possessive or name ("to deepen", not "to the", "to her", "to France")."""
    from .phases import cues

    pat = cues(lang).get("purpose")
    if pat is None:
        return ctx.sentence.end, False
    closed = function_words(lang, "determiner") | function_words(lang, "possessive")
    for hit in pat.finditer(ctx.text, e, ctx.sentence.end):
        if ctx.quoted(hit.start()):
            continue
        nxt = re.match(r"[^\W\d_]+", ctx.text[hit.end():hit.end() + 40])
        if re.search(r",\s*$", ctx.text[max(ctx.sentence.start, hit.start() - 3):hit.start() + 1]) \
                or (nxt and nxt.group(0).islower() and nxt.group(0) not in closed):
            talk = _lexicon(lang).classes.get("topic", set())
            return hit.start(), any(hit.start() <= f.predicate.start < ctx.sentence.end and f.predicate.lemma not in talk
                                    for f in ctx.frames)
    return ctx.sentence.end, False


def _dedupe(parts: list[Participant]) -> list[Participant]:
    out, seen = [], set()
    for p in parts:
        key = p.entity.id if p.entity else p.label
        if key not in seen:
            seen.add(key)
            out.append(p)
    return out


def _own(actors: list[Mention], s: int, e: int, others: list[tuple[int, int]]) -> list[Mention]:
    """The actors nearer to this trigger than to any other trigger of the sentence."""
    mine = [m for m in actors if all(_dist(m, s, e) <= _dist(m, os_, oe) for os_, oe in others)]
    return mine or actors



@dataclass
class _Job:
    """One role assignment: the trigger, its clause and the actors that may take part."""

    rule: Rule
    ctx: Context
    s: int
    e: int
    lang: str
    ms: list[Mention]
    actors: list[Mention]
    floor: int
    others: list[tuple[int, int]]
    same_clause: list[tuple[int, int]]
    speaking: list[tuple[int, int]]
    cstart: int
    cend: int
    parts: list[Participant] = field(default_factory=list)
    used: set[Span] = field(default_factory=set)  # the spans of the mentions that took a role
    hosts: list[Mention] = field(default_factory=list)  # who took the host role of a template


def _mode_speaker(job: _Job) -> None:
    """A speaking trigger: who speaks (with whom they speak together, and the agency told)."""
    ctx, s, e, lang, actors = job.ctx, job.s, job.e, job.lang, job.actors
    rule, others, same_clause, cstart, cend = job.rule, job.others, job.same_clause, job.cstart, job.cend
    passive = rules(lang).cues.get("passive")
    impersonal = rules(lang).cues.get("impersonal")
    we = rules(lang).cues.get("we")
    we_hits = [x for x in we.finditer(ctx.text, cstart, s) if 0 <= s - x.end() <= 15] if we else []
    if we_hits or (impersonal and any(x.start() <= s <= x.end() + 3
                                      for x in impersonal.finditer(ctx.text, cstart, cend))):
        # "As announced today, ...", "We will ...": whoever issues the document
        issuers = [m for ms_ in ctx.earlier for m in ms_ if m.entities
                   and m.entities[0].kind in ("office", "government", "ministry", "agency")]
        speaker = issuers[0] if issuers else None
        if speaker is not None and we_hits:
            x = we_hits[-1]
            speaker = Mention(x.start(), x.end(), x.group(0), list(speaker.entities), "pronoun")
    elif passive and passive.search(ctx.text, cstart, e):
        # "Peking wurde vom Westen kritisiert": the speaker is the agent, or unknown
        agent_ends = _cue_ends(ctx, "agent", lang, cstart, cend)
        agents = [m for m in actors if _is_after(m, agent_ends)]
        speaker = agents[0] if agents else None
    else:
        if not rule.options.get("source"):
            # "Laut dpa sagte Scholz": the source of the report does not speak here
            actors = [m for m in actors if not attributed(ctx, m, lang)] or actors
        # "In an interview with Latvian Radio, X said": the outlet right after the trigger is told
        actors = [m for m in actors if not _outlet_told(ctx, m, e, lang)]
        # "X will hold talks with Y at the White House and address Congress": X speaks
        speaker = next(iter(_coordinated_subject(job)), None) if rule.options.get("speaker") != "after" else None
        speaker = speaker or _speaker(ctx, _own(actors, s, e, same_clause), s, e, lang,
                                      rule.options.get("speaker"), list(others), "source" in rule.options)
    if speaker is not None:
        # "Scholz und Macron betonten": who speak together
        together = _listed(ctx, [speaker], lang) if speaker.entities and speaker.kind != "pronoun" else [speaker]
        for m in together:
            if m.entities or m is speaker:
                job.parts += participants(m, None)
                job.used.add(m.span)
        # the agency a statement was given to is part of it ("sagte ... der Nachrichtenagentur AFP")
        # -- but not the one named as the source ("according to Reuters", "laut dpa")
        for m in ctx.mentions_in(s, ctx.sentence.end):  # not a dateline's "(Reuters)"
            if m.entities and m.entities[0].kind == "agency" and m is not speaker and speaker.entities \
                    and not attributed(ctx, m, lang):
                job.parts += participants(m, None)


def _outlet_told(ctx: Context, m: Mention, e: int, lang: str) -> bool:
    """Is ``m`` a news outlet right after the speaking trigger ending at ``e``, behind a preposition
    of the ``oblique`` cue and maybe an article ("an interview with the Riga Herald")? It is who
    was told, not who speaks."""
    oblique = rules(lang).cues.get("oblique")
    if oblique is None or not m.entities or m.entities[0].kind != "agency" or not 0 < m.start - e <= 20:
        return False
    words = ctx.text[e:m.start].split()
    return bool(words) and oblique.fullmatch(words[0]) is not None \
        and all(w in function_words(lang, "determiner") for w in words[1:])


def attributed(ctx: Context, m: Mention, lang: str) -> bool:
    """Is ``m`` named as the source of a report -- after a source trigger of events.txt ("according
    to the news agency Reuters", "laut dpa") or right before one ("Reuters zufolge")?"""
    for rule in source_rules(lang):
        for hit in ctx.scan(rule.pattern):
            if hit.end() <= m.start:
                a, b, most = hit.end(), m.start, _ATTRIBUTION_GAP
            else:
                a, b, most = m.end, hit.start(), SOURCE_GAP
            if 0 <= b - a <= most and not re.search(r"[,;:.!?]", ctx.text[a:b]) and not ctx.mentions_in(a, b):
                return True
    return False


def _mode_all(job: _Job) -> None:
    """Every party of a meeting, call, signing or other event of the clause."""
    ctx, s, e, lang, actors = job.ctx, job.s, job.e, job.lang, job.actors
    chosen = _own(actors, s, e, job.same_clause) if actors else []
    between = [x for x in _cue_ends(ctx, "between", lang, e, job.cend) if x - e <= 40]
    if between:
        # "a telephone conversation between A and B": exactly A and B
        pair: list[Mention] = []
        for m in (m for m in actors if m.start >= between[0]):
            # the listed actors: each right after the cue or the one before ("A, B and C")
            if m.start - (pair[-1].end if pair else between[0]) > 12:
                break
            pair.append(m)
        chosen = pair or chosen
    if len(chosen) == 1:
        # "an einem Empfang teil, zu dem X eingeladen hat": the partner in the next clause
        busy = {ctx.clause_index(a) for a, _ in job.others}
        nxt = ctx.clause_index(s) + 1
        if nxt < len(ctx.clauses) and nxt not in busy and not _opens_with_time(ctx, nxt):
            a, b = ctx.clauses[nxt]
            chosen += [m for m in ctx.mentions_in(a, b) if is_actor(m) and m.entities[0].kind == "person"][:1]
    if chosen:
        # "Die Europäische Union und Kanada unterzeichneten": a country listed with an actor
        for m in job.ms:
            if m.entities and m.entities[0].kind == "country" and m.kind == "name" and m not in chosen:
                if any(_lists(lang).plain.fullmatch(ctx.text[min(m.end, x.end):max(m.start, x.start)])
                       for x in chosen):
                    chosen.append(m)
    # "A, B and C met", "the leaders of X, Y and Z": a list cut by its commas is one list
    chosen = _listed(ctx, chosen or _all_elsewhere(job), lang)
    chosen = _lent_doer(job, chosen) + chosen
    if (job.rule.type in _TWO_SIDED or _with_one(job, chosen)) and len(chosen) == 1:
        other = _other_side(job, chosen)
        if other:
            chosen.insert(0, other[-1])
    for m in chosen:
        job.parts += participants(m, None)
    job.used = {m.span for m in chosen}


def _opens_with_time(ctx: Context, i: int) -> bool:
    """Does clause ``i`` open with a time expression ("..., two days after a heated exchange between
    X and Y"): a clause of another time, whose persons take no part?"""
    a, b = ctx.clauses[i]
    first = next((t for t in ctx.timexes if a <= t.start < b), None)
    return first is not None and not ctx.text[a:first.start].strip(" ,;:")


def _with_one(job: _Job, chosen: list[Mention]) -> bool:
    """"for a summit with Prime Minister X", "a joint news conference with X": a summit or a press
    conference with one person, named after a comitative preposition (class ``comitative`` of
    function-words.txt), is held by two, like a meeting (a joint press conference is one
    statement of every presenter)."""
    if (job.rule.type != "Summit" and job.rule.subtype != "PressConference") or len(chosen) != 1 \
            or not chosen[0].entities or chosen[0].entities[0].kind != "person" or chosen[0].start < job.e:
        return False
    words = re.findall(r"[\w-]+", job.ctx.text[job.e:chosen[0].start])
    return bool(words) and words[0].lower() in function_words(job.lang, "comitative") and len(words) <= 4


def _lent_doer(job: _Job, chosen: list[Mention]) -> list[Mention]:
    """"flew to Durban, South Africa, to attend the summit of the BRICS countries": an event noun
    whose frame takes its doer from the verb it stands with (kb.frames: through a purpose
    infinitive, an attending verb) has that doer too, though another event of the clause claims
    him or his clause is an earlier one; so has a verb coordinated with the one before it ("was
    chosen ... and will succeed Y")."""
    frame = frame_at(job.ctx.frames, job.s, job.e)
    if frame is None or not (job.rule.nominal and frame.predicate.nominal or _coordinated_verb(frame)):
        return []
    ids = {x.id for m in chosen for x in m.entities}
    return [m for m in frame.get("subj") if m.start < job.s and is_actor(m) and m.entities
            and not ids & {x.id for x in m.entities}]


def _coordinated_verb(frame) -> bool:
    """"X was chosen as leader and will succeed Y": a verb whose subject kb.frames took from the
    verb it is coordinated with, in the clause before."""
    return not frame.predicate.nominal and any(a.slot == "subj" and a.inherited for a in frame.arguments)


def _all_elsewhere(job: _Job) -> list[Mention]:
    """A clause without actors of its own: the parties named elsewhere in the sentence."""
    ctx, s, lang = job.ctx, job.s, job.lang
    # a clause cut off by a list ("wollen über A, B und C beraten"): the sentence's subject --
    # unless the clause names a doer of its own by a noun phrase that is no entity ("..., nachdem
    # sein Vorgänger eine Vertrauensabstimmung verloren hatte": not the main clause's subject)
    own = _clause_doer_unnamed(job)
    chosen = [] if own else [m for m in ctx.mentions_in(job.floor, job.cstart) if is_actor(m)][:1]
    if not chosen and ctx.clause_index(s) + 1 < len(ctx.clauses):
        # "In a phone call on Monday, Scholz and Biden discussed ...": a fronted phrase, then
        # the clause with its actors (unless that clause tells an event of its own)
        a, b = ctx.clauses[ctx.clause_index(s) + 1]
        inner = [(x, y) for x, y in job.others if a <= x < b]
        if not inner:
            chosen = _listed(ctx, [m for m in ctx.mentions_in(a, b) if is_actor(m)][:1], lang)
            if job.rule.type in _TWO_SIDED and len(chosen) == 1:
                # "In a phone call, Scholz thanked Biden for ...": the person the subject addresses
                chosen += _persons_after(job, chosen[0], b)[:1]
        elif job.rule.type in _TWO_SIDED:
            chosen = _told_in_call(job, a, b, inner)
        elif _ONE_SIDED_POINT(job.rule.type) or _held_by_speaker(job, inner):
            # "After taking office, Anna Berg met ...": a fronted phrase without a subject of its
            # own is done by the subject of the main clause -- the actor before its verb
            chosen = [m for m in ctx.mentions_in(a, min(x for x, _ in inner)) if is_actor(m)][:1]
    if not chosen:
        chosen = [m for m in job.ms if m.entities and m.entities[0].kind == "country"
                  and m.kind != "adjective" and not locative_before(ctx, m, lang)]
    if not chosen and not own and not _named_by_prefix(job) and not _crowd_does(job):
        chosen = _fallback(ctx, s, nearest=ctx.clause_index(s) > 0, floor=job.floor, own_doer=_unnamed_doer(job))
    return chosen


def _clause_doer_unnamed(job: _Job) -> bool:
    """Does the trigger's clause open with a subordinator and a subject of its own that names no
    entity ("nachdem sein Vorgänger ...", "weil die Regierung ...": a noun phrase, read where nouns
    are capitalised)? Then the main clause's subject does not act in it."""
    lex = _lexicon(job.lang)
    if not lex.case_sensitive_nouns:
        return False
    from ..frames.build import _article_np
    text = job.ctx.text
    word = re.match(r"\s*(\w+)\s+", text[job.cstart:job.s])
    if word is None or word.group(1) not in lex.subordinators \
            or any(w in function_words(job.lang, "infinitive") for w in text[job.cstart:job.cend].split()):
        return False  # (an infinitive clause, "um die Lage zu beraten", has no subject of its own)
    pos = job.cstart + word.end()
    owner = re.match(r"(\w+)\s+", text[pos:job.s])
    if owner is not None and owner.group(1) in function_words(job.lang, "possessive"):
        # "sein Vorgänger": a possessive in the place of the article
        hit = re.match(r"\w+\s+(?:[a-zß-öø-ÿ][\w-]*\s+){0,3}[A-ZÀ-ÖØ-Þ][\w-]*", text[pos:job.s])
        span = (pos, pos + hit.end()) if hit is not None else None
    else:
        hit = _article_np(job.lang).match(text, pos)
        span = (hit.start(), hit.end()) if hit is not None and hit.end() <= job.s else None
    return span is not None and not any(m.start < span[1] and span[0] < m.end for m in job.ctx.mentions)


def _unnamed_doer(job: _Job) -> bool:
    """Does the clause name its own doer by a noun phrase that is no entity -- the trigger's frame
    has a subject of no mention ("Die Delegation traf Macron"), or (where nouns are capitalised)
    an article and a noun stand right before the trigger at the clause's start ("Die Erklärung
    trat am 1. Mai in Kraft")? Then the subject of the sentence before does not act in it."""
    ctx = job.ctx
    frame = frame_at(ctx.frames, job.s, job.e)
    if frame is not None and not frame.predicate.nominal:
        subj = next((a for a in frame.arguments if a.slot == "subj"), None)
        if subj is not None:
            return not subj.mentions and not subj.inherited
    if not _lexicon(job.lang).case_sensitive_nouns:
        return False
    from ..frames.build import _article_np
    before = ctx.text[job.cstart:job.s]
    hit = _article_np(job.lang).match(ctx.text, job.s - len(before.lstrip()))
    return hit is not None and hit.end() <= job.s and not ctx.text[hit.end():job.s].strip() \
        and not any(m.start < hit.end() and hit.start() < m.end for m in ctx.mentions)


def _held_by_speaker(job: _Job, inner: list[tuple[int, int]]) -> bool:
    """"At a news conference, Secretary of State X said ...": a saying told by a noun in a fronted
    phrase is held by who speaks in the main clause after it (not by the subject of the sentence
    before)."""
    return _COMMUNICATING(job.rule.type) and any(sp in job.speaking for sp in inner)


def _crowd_does(job: _Job) -> bool:
    """Is the doer of the clause an unnamed crowd (an ``@crowd`` noun from the clause's start to the
    end of the trigger: "Thousands of people protested in Springfield")? Then nobody of the
    sentence before takes part."""
    crowd = rules(job.lang).cues.get("crowd")
    return crowd is not None and crowd.search(job.ctx.text, job.cstart, job.e) is not None


def _told_in_call(job: _Job, a: int, b: int, inner: list[tuple[int, int]]) -> list[Mention]:
    """"In a phone call on Monday, Scholz told Biden that ...": a call or meeting told in a fronted
    phrase whose main clause only says what was said there -- its parties are who speaks (named
    before the speaking verb) and who is spoken to (named right after it)."""
    speech = {x: y for x, y in job.speaking}
    verb_start = min(inner)[0]
    if verb_start not in speech:
        return []  # the main clause tells an event of its own (what follows a speaking verb is said)
    verb_end = min(inner)[1]
    actors = [m for m in job.ctx.mentions_in(a, b) if is_actor(m)]
    subject = [m for m in actors if m.end <= verb_start][:1]
    if not subject:
        return []  # "..., said Biden": who speaks after the verb names no one spoken to
    told = [m for m in _persons_after(job, subject[0], b) if 0 <= m.start - verb_end <= 2]
    return subject + told[:1]


def _persons_after(job: _Job, subject: Mention, b: int) -> list[Mention]:
    """The persons named after ``subject`` up to ``b`` who are not the subject of a verb of their own
    ("Scholz said Biden would come": Biden is no one spoken to)."""
    ids = {x.id for x in subject.entities}
    subjects = {m.span for f in job.ctx.frames if f.predicate.start > subject.end and not f.predicate.nominal
                for arg in f.arguments if arg.slot == "subj" and not arg.inherited for m in arg.mentions}
    return [m for m in job.ctx.mentions_in(subject.end, b) if is_actor(m) and m.entities
            and m.entities[0].kind == "person" and m.entities[0].id not in ids and m.span not in subjects]


def _other_side(job: _Job, chosen: list[Mention]) -> list[Mention]:
    """A meeting or call with one party named in its clause: the other side, told elsewhere."""
    ctx, s, cstart = job.ctx, job.s, job.cstart
    # "travel to Beijing for talks with Qin Gang": the traveller is the other party
    other = [m for m in job.actors if m.end <= s and m not in chosen and m.entities
             and m.entities[0].kind == "person"]
    if not other and ctx.clause_index(s) > 0 and not any(a < cstart for a, _ in job.others
                                                          if a >= ctx.sentence.start):
        # "Olaf Scholz, the chancellor, met Macron": the subject before an apposition
        ids = {x.entities[0].id for x in chosen if x.entities}
        other = [m for m in ctx.mentions_in(ctx.sentence.start, cstart) if is_actor(m)
                 and m.entities and m.entities[0].kind == "person" and m.entities[0].id not in ids][:1]
    if not other and not ctx.heading and any(w in function_words(job.lang, "pronoun") for w in
                                             re.findall(r"\w+", ctx.text[cstart:min(job.cend, job.e + 8)])):
        # "Zuvor trifft sie sich mit De Croo": a pronoun nobody resolved is the last person named
        prev = previous_subject(ctx)
        other = [prev] if prev is not None and prev.entities and all(
            prev.entities[0].id != x.entities[0].id for x in chosen if x.entities) else []
    return other


def _mode_line(job: _Job) -> None:
    """A transcript's speaker line ("Prime Minister of Norway Anna Lund: Mr President, ..."): the
    one named before the colon speaks -- only where the name (and a note in brackets) is all that
    stands between the start of the sentence and the colon."""
    ctx = job.ctx
    named = [m for m in ctx.mentions_in(ctx.sentence.start, job.s) if is_actor(m, speaking=True) and m.entities]
    if not named or (ctx.heading and named[-1].entities[0].kind != "person"):
        return  # a title "NATO: Allies agree on ..." names a topic, not a speaker
    m = named[-1]
    if len(named) > 1:
        # a title line that lost its line break ("Talks with X Y President of Russia Vladimir
        # Putin: ..."): the speaker's name follows the title's last name with nothing between
        if not ctx.text[named[-2].end:m.start].isspace():
            return
        before = ""
    else:
        before = ctx.text[ctx.sentence.start:m.start]
    if re.fullmatch(r"\s*(?:\([^()]{0,30}\))?\s*", before + ctx.text[m.end:job.s]):
        job.parts += participants(m, None)
        job.used = {m.span}


# The procedural kinds (roles=): who speaks, a transcript's speaker line, and every party of
# the clause. The kinds a template describes (visit, host, winner, aggressor) go through
# by_template below.
_MODES = {"line": _mode_line, "speaker": _mode_speaker, "all": _mode_all}


def aside_end(ctx: Context, cend: int, lang: str) -> int:
    """The end of a clause, or of the next one when an ``aside`` cue of events.txt opens it
    ("several meetings, in particular with A", "mehrere Treffen, unter anderem mit A"): what an
    inserted "in particular" sets off still says with whom."""
    aside = rules(lang).cues.get("aside")
    hit = aside.match(ctx.text, cend) if aside is not None and cend < ctx.sentence.end else None
    return ctx.clause_of(min(hit.end(), ctx.sentence.end - 1))[1] if hit is not None else cend


def _loser_clause_end(ctx: Context, cend: int, lang: str) -> int:
    """The end of the next clause when a loser cue opens it ("won the run-off on Sunday, beating
    Y", "siegte am Sonntag, gegen Y"): the loser of the vote is named there."""
    cue = rules(lang).cues.get("loser")
    if cue is None or cend >= ctx.sentence.end:
        return cend
    start = re.match(r"[\s,]*", ctx.text[cend:ctx.sentence.end]).end() + cend
    hit = cue.match(ctx.text, start)
    if hit is None or (hit.end() < len(ctx.text) and ctx.text[hit.end()].isalnum()):
        return cend
    return ctx.clause_of(min(hit.end(), ctx.sentence.end - 1))[1]


def _job(rule: Rule, ctx: Context, s: int, e: int, lang: str, others, speaking) -> _Job:
    """The clause of the trigger and the actors in it that may take part in its event."""
    cstart, cend = ctx.clause_of(s)
    mode = rule.roles
    if mode == "all":
        cend = aside_end(ctx, cend, lang)
    elif mode == "winner":
        cend = _loser_clause_end(ctx, cend, lang)
    # "berieten über die Ukraine", "talked about Ukraine": what is talked about takes no part; nor
    # where an event of another time told before the trigger took place ("nach seinem Besuch in Paris")
    topics = {m.span for f in ctx.frames for a in f.arguments if a.slot == "topic" for m in a.mentions}
    topics |= {m for m in of_another_time(ctx, e, lang, s) if m.end <= s}
    ms = [m for m in ctx.mentions_in(cstart, cend) if m.span not in topics]
    actors = _named_apart(ctx, [m for m in ms if is_actor(m, speaking=mode == "speaker")], ms, s, e, lang, others)
    floor = ctx.sentence.start  # where the actors of this event may start
    if mode != "speaker":
        # a news agency is told things; it does not meet, travel or sign
        actors = [m for m in actors if not (m.entities and m.entities[0].kind == "agency")]
        floor, actors = _after_sayings(ctx, actors, s, e, lang, speaking, cstart)
    # "im Auftrag von Scholz", "on behalf of the president": who sends an envoy does not go
    principal = _cue_ends(ctx, "principal", lang, cstart, cend)
    actors = [m for m in actors if not any(0 <= m.start - x <= _PRINCIPAL_GAP for x in principal)]
    # "kein Bundeskanzler hat ... besucht", "no chancellor has visited": a negated actor takes no part
    actors = [m for m in actors if not negated(ctx, m, lang) and not _vessel(ctx, m, lang)]
    same_clause = [(a, b) for a, b in others if cstart <= a < cend]
    return _Job(rule, ctx, s, e, lang, ms, actors, floor, list(others), same_clause, list(speaking), cstart, cend)


def _named_apart(ctx: Context, actors: list, ms: list, s: int, e: int, lang: str, others) -> list:
    """The actors that are not part of another name or noun."""
    # "auf dem G20-Gipfel ... bekräftigt", "am Rande des G7-Gipfels miteinander gesprochen": a name
    # inside another event's noun names that event, not a party to this one
    actors = [m for m in actors if not any(a <= m.start and m.end <= b and not re.search(r"\s", ctx.text[m.end:b])
                                           for a, b in others)]
    # "dem EU-Portal", "NATO-Militärpersonal": a name as the first part of a compound modifies a
    # noun and is no actor -- except in the event's own noun ("der G7-Gipfel") and before people
    # ("die EU-Staats- und Regierungschefs", "NATO-Außenminister")
    # -- a name joined by a hyphen to another ("EU-China-Gipfel", "the US-Russia talks") is one
    # of a pair of parties: it modifies what the last of the pair modifies
    people = rules(lang).cues.get("people-compound")
    last = _hyphen_pairs(ctx.text, ms)
    return [m for m in actors if not _modifies(ctx.text, last.get(id(m), m), s, e, people)
            and not _titles_person(ctx.text, last.get(id(m), m), ms, people)]


def _own_noun(ctx: Context, s: int, e: int, lang: str, lead: list[str]) -> bool:
    """Is the trigger an event noun right after a possessive that is the object of the speaking verb
    just before ("announced his resignation", "gab seinen Rücktritt bekannt"): the speaker's own
    act, as an infinitive's is ("announced he would resign" is another matter: a clause)."""
    if len(lead) < 3 or lead[-2] not in function_words(lang, "possessive") or not ctx.text[s:e].strip()[:1].isalpha():
        return False
    return re.fullmatch(r"\w+", lead[-1]) is not None and lead[-1] == ctx.text[s:e].split()[-1]


def _after_sayings(ctx: Context, actors: list, s: int, e: int, lang: str, speaking, cstart: int) -> tuple[int, list]:
    """(floor, actors): where the actors of a non-speaking event may start, and those left.
    "Peskov said Putin would travel to Beijing": who speaks before the verb does not travel ...
    but "kündigte an, nach Kiew zu reisen" (also "reisen zu wollen"): an infinitive's doer is who
    announces it."""
    from ..frames.lexicon import lexicon

    lead = re.findall(r"\w+", ctx.text[max(cstart, s - 12):e])
    tail = re.findall(r"\w+", ctx.text[e:e + 20])[:2]  # "nach Indien reisen zu wollen"
    control = len(lead) >= 2 and lead[-2] in function_words(lang, "infinitive") or len(tail) == 2 \
        and tail[0] in function_words(lang, "infinitive") and tail[1].lower() in lexicon(lang).modals
    if _own_noun(ctx, s, e, lang, lead):
        # the saying whose object the noun is reports nothing: its speaker may take part
        speaking = [(a, b) for a, b in speaking if not re.fullmatch(r"\s*(?:\w+\s*)?", ctx.text[b:s])]
    # a verb of saying in a relative clause ("X, who has criticised the council, visited Y")
    # tells about X; it reports nothing that follows
    said = [(a, b) for a, b in speaking if (cstart if control else ctx.sentence.start) <= a and b <= s
            and not _in_relative_clause(ctx, a, b, lang)]
    # "X will nach Angaben seines Büros nach Rom reisen", "X will, according to his office,
    # travel": a source phrase stands inside the clause it reports; only who it names is out
    sources = [(a, b) for a, b in said if _source_phrase(ctx.text, a, lang)]
    actors = [m for m in actors if not any(a <= m.start < b for a, b in sources)]
    said_ends = [b for a, b in said if (a, b) not in sources]
    if not said_ends:
        return ctx.sentence.start, actors
    floor = max(said_ends)
    return floor, [m for m in actors if m.start >= floor]


def assign(rule: Rule, ctx: Context, s: int, e: int, lang: str,
           others: list[tuple[int, int]] = (), speaking: list[tuple[int, int]] = ()
           ) -> tuple[list[Participant], Participant | None]:
    """Participants (with roles) and place of the event triggered at ``[s, e)`` for the procedural
    kinds (``roles=speaker|line|all``); ``speaking`` are the spans of the sentence's speaking
    triggers ("said"). The clause heuristics behind a trigger's frame template
    (kb/events/templates.py): one function per kind."""
    j = _job(rule, ctx, s, e, lang, others, speaking)
    doer = _gerund_doer(j)
    if doer is not None:
        return _dedupe([p for m in doer for p in participants(m, None)]), \
            _place(ctx, [m for m in j.ms if m.start >= e], s, e, lang, {m.span for m in doer}, False)
    _MODES[rule.roles](j)
    place = _final_place(j)
    if not j.parts and rule.subtype == "Protest":
        j.parts = _protest_country(place)
    return _dedupe(j.parts), place


def _gerund_doer(j: _Job) -> list[Mention] | None:
    """"will travel to Oslo for talks with X since taking office in May": a gerund right after a
    ``gerund-opener`` of function-words.txt names no doer of its own; the subject of the verb told
    before it in the sentence does it, with those named after the gerund ("after meeting X"), and no
    other actor of the clause takes part (None: not such a gerund, or no verb before it -- nor, when
    it opens the sentence, after it -- has a subject)."""
    ctx = j.ctx
    word = re.match(r"\w+", ctx.text[j.s:j.e])
    opener = re.search(r"(\w+)\s+$", ctx.text[max(ctx.sentence.start, j.s - 20):j.s])
    if word is None or not word.group(0).endswith("ing") or opener is None \
            or opener.group(1).lower() not in function_words(j.lang, "gerund-opener"):
        return None
    verbs = [f for f in ctx.frames if not f.predicate.nominal and ctx.sentence.start <= f.predicate.start < j.s
             and f.get("subj")]
    if not verbs and not ctx.text[ctx.sentence.start:j.s - len(opener.group(0))].strip():
        # "After taking office in May, X met Y": the main clause after it
        verbs = [f for f in ctx.frames if not f.predicate.nominal and j.e <= f.predicate.start < ctx.sentence.end
                 and f.get("subj")][:1]
    if not verbs:
        return None  # no verb of the sentence the frames read: the clause's actors, as for any trigger
    doer = [m for m in verbs[-1].get("subj") if is_actor(m) and m.start >= ctx.sentence.start]
    # the gerund's own phrase follows it ("after meeting X"): who is named there takes part too
    return doer + [m for m in j.actors if m.start >= j.e and m not in doer]


def _protest_country(place: Participant | None) -> list[Participant]:
    """"Protesters rallied in Tbilisi": a protest against no one named takes the country where
    it is held as its party (the country of the place, or the place itself if it is one)."""
    from ..entities import gazetteer

    ent = place.entity if place is not None else None
    if ent is not None and ent.kind != "country":
        ent = gazetteer().get(ent.country) if ent.country else None
    if ent is None or ent.kind != "country":
        return []
    return [Participant(entity=ent, label=place.label, role=None, span=place.span)]


def _final_place(j: _Job) -> Participant | None:
    """The place of the event once its participants are known: after a locative."""
    ctx, s, e, lang, ms, cend = j.ctx, j.s, j.e, j.lang, j.ms, j.cend
    if j.rule.roles == "speaker" or j.rule.type == "PhoneCall":
        # "said the visit to Beijing would ...": the place of what is said is not where it was said;
        # "agreed in a phone call to meet in Riga": a call held at a distance is not where they meet
        nxt = min((a for a, _ in j.same_clause if a >= e), default=cend)
        ms = [m for m in ms if m.end <= nxt]
    return _place(ctx, ms, s, e, lang, j.used, False)


def _hyphen_pairs(text: str, ms: list[Mention]) -> dict[int, Mention]:
    """``id`` of each mention -> the last of the names joined to it by hyphens ("EU" -> "China"
    in "EU-China-Gipfel"); a mention joined to none is its own last."""
    starts = {m.start: m for m in ms}
    last: dict[int, Mention] = {}
    for m in sorted(ms, key=lambda m: -m.start):
        nxt = starts.get(m.end + 1) if text[m.end:m.end + 1] == "-" else None
        last[id(m)] = last.get(id(nxt), nxt) if nxt is not None else m
    return last


_HYPHEN_WORD = re.compile(r"-\w")


def _modifies(text: str, m: Mention, s: int, e: int, people) -> bool:
    """Is ``m`` the first part of a compound that modifies a noun ("dem EU-Portal") -- not the
    event's own noun at ``[s, e)`` ("der G7-Gipfel") and not one naming people (``people``)?"""
    return bool(_HYPHEN_WORD.match(text, m.end, m.end + 2)) and not (s <= m.start and m.end <= e) \
        and not (people is not None and people.search(_compound(text, m.end)))


def _titles_person(text: str, m: Mention, ms, people) -> bool:
    """Is ``m`` the first part of a compound naming people that is the title of a person named
    right after it ("der EU-Abgeordnete Karl Pichler", "NATO-Botschafterin Eva Lind")? Then that
    person acts, not ``m``."""
    if people is None or not re.match(r"-\w", text[m.end:m.end + 2]):
        return False
    rest = _compound(text, m.end)
    if not people.search(rest):
        return False
    after = m.end + len(rest)
    after += len(text[after:after + 3]) - len(text[after:after + 3].lstrip())
    return any(o.start == after and o is not m and o.entities and o.entities[0].kind == "person" for o in ms)


def _compound(text: str, pos: int) -> str:
    """The rest of a hyphenated compound from ``pos`` ("-Staats- und Regierungschefs")."""
    m = re.match(r"-[\w-]*(?:\s+(?:und|and|&|oder|or)\s+[\w-]+)?", text[pos:pos + 60])
    return m.group(0) if m else ""


class _ListPatterns(NamedTuple):
    gap: re.Pattern  # what stands between two items ("," / ", and" / "and")
    plain: re.Pattern  # a comma or a list word alone
    join: re.Pattern | None  # a list word
    join_next: re.Pattern  # a list word right after the last item named ("A, B and a crowd")


@lru_cache(maxsize=None)
def _lists(lang: str) -> _ListPatterns:
    """The list patterns of a language, compiled once."""
    joins = "|".join(re.escape(w) for w in sorted(function_words(lang, "listjoin"), key=len, reverse=True))
    if not joins:
        return _ListPatterns(re.compile(r"\s*,\s*"), re.compile(r"\s*,\s*"), None, re.compile(r"(?!)"))
    # "A, B and the Czech Republic": an article may open the next item
    dets = "|".join(re.escape(w) for w in sorted(function_words(lang, "determiner"), key=len, reverse=True)) or "(?!)"
    return _ListPatterns(re.compile(rf"\s*(?:,\s*(?:(?:{joins})\s+)?|(?:{joins})\s+)(?:(?:{dets})\s+)?"),
                         re.compile(rf"\s*(?:,|{joins})\s*"),
                         re.compile(rf"(?<!\w)(?:{joins})(?!\w)"),
                         re.compile(rf"\s*,?\s*(?:{joins})(?!\w)"))


def _list_kind(m: Mention) -> str | None:
    """What a list item is: an actor, or a country named as a party ("France, Germany and Italy")."""
    if is_actor(m) or (not m.entities and m.kind == "description"):  # "die Außenminister Frankreichs"
        return "actor"
    if m.entities and m.kind == "name" and m.entities[0].kind == "country":
        return "country"
    return None


def _listed(ctx: Context, chosen: list[Mention], lang: str) -> list[Mention]:
    """``chosen`` with the items listed with them in the sentence ("A, B and C"), whichever clause
    the commas put them in; an item joins only items of its kind and only through a comma or a
    list word (an apposition such as "X, 26," or "X, the president of Y," adds no one), and only in
    a list with a list word ("A, B and C"): a comma alone may start what is said."""
    if not chosen:
        return chosen
    pats = _lists(lang)
    gap = pats.gap
    pool = [m for m in ctx.mentions_in(ctx.sentence.start, ctx.sentence.end) if _list_kind(m)]
    out = list(chosen)
    grown = True
    while grown:
        grown = False
        for m in pool:
            if m in out or any(m.start < x.end and x.start < m.end for x in out):
                continue
            for x in out:
                a, b = (x, m) if x.end <= m.start else (m, x)
                hyphen = ctx.text[a.end:b.start] == "-"  # "the EU-China summit": any two parties
                if _list_kind(x) != _list_kind(m) and not _role_of_country(x, m) and not hyphen:
                    continue
                if (hyphen or gap.fullmatch(ctx.text, a.end, b.start)) and not _apposition(ctx, a, b, pool):
                    out.append(m)
                    grown = True
                    break
    if len(out) == len(chosen):
        return chosen
    out.sort(key=lambda m: m.start)
    # "the EU-China summit": a hyphen joins a pair as a list word does
    if pats.join is not None and not any(pats.join.search(ctx.text, a.end, b.start) or ctx.text[a.end:b.start] == "-"
                                         for a, b in zip(out, out[1:])) \
            and not pats.join_next.match(ctx.text, out[-1].end, ctx.sentence.end):
        # (a list may go on with something not named: "A, B and a cheering crowd")
        return chosen  # "sagte Scholz, Macron werde kommen": a comma alone starts what is said
    return out


def _role_of_country(a: Mention, b: Mention) -> bool:
    """"the heads of state of Brazil, Russia and India": an office of a country listed with countries."""
    return {_list_kind(a), _list_kind(b)} == {"actor", "country"} and any(m.kind == "description" for m in (a, b))


def _apposition(ctx: Context, a: Mention, b: Mention, pool: list[Mention]) -> bool:
    """"Olaf Scholz, the chancellor, ...": two mentions of one entity are no list."""
    ids_a = {e.id for e in a.entities}
    return bool(ids_a) and ids_a == {e.id for e in b.entities}


def _in_relative_clause(ctx: Context, a: int, b: int, lang: str) -> bool:
    """Is the verb at ``[a, b)`` in a relative clause: the frame step read it so, or its clause
    opens, after a comma, with a relative word of the language's frame data ("..., who has ...")?"""
    from ..frames.lexicon import lexicon

    return any(f.relative and a <= f.predicate.start < b for f in ctx.frames) \
        or dating.in_relative_clause(ctx, a, None, frozenset(lexicon(lang).relatives))


def _source_phrase(text: str, a: int, lang: str) -> bool:
    """Does a saying at ``a`` open with a preposition of the ``source`` class of frames.txt ("nach
    Angaben", "laut", "according to")?"""
    from ..frames.lexicon import lexicon

    lead = " ".join(re.findall(r"\w+", text[a:a + 40])[:3]).lower()
    return any(lex_class == "source" and (lead == p or lead.startswith(p + " "))
               for p, lex_class in lexicon(lang).preps.items())


def _fallback(ctx: Context, s: int, nearest: bool, floor: int | None = None, own_doer: bool = False) -> list[Mention]:
    """A clause without an actor: the person named earlier in the sentence (the nearest for a
    relative clause, else the first), else the subject of the previous sentence (not for a
    title, which does not continue what precedes it, nor for a clause with a doer of its own that
    names no entity, ``own_doer``). Nobody before ``floor`` (the end of a speaking verb: who says
    that a visit takes place is not its guest) counts."""
    floor = ctx.sentence.start if floor is None else floor
    before = persons(ctx.mentions_in(floor, s))
    if nearest:
        # a relative clause ("..., who spoke by phone") is about the actor just before it
        near = [m for m in ctx.mentions_in(floor, s) if is_actor(m)]
        if near:
            return near[-1:]
    if before:
        return before[-1:] if nearest else before[:1]
    if ctx.heading or own_doer:
        return []
    prev = previous_subject(ctx)
    return [prev] if prev is not None else []


def partner_follows(ctx: Context, e: int, lang: str) -> bool:
    """Is "meet" used of people: an actor after it, a word that leaves it without an object ("meet
    again", "meet on Friday", "meet with"), or the end of the clause -- not "meet its targets" (a
    ``goal`` cue right after the verb: "met NATO's spending target" is no contact with NATO)?"""
    aside = rules(lang).cues.get("aside")
    hit = aside.match(ctx.text, e) if aside is not None else None
    if hit is not None and hit.end() > e + 1:
        e = hit.end()  # "meetings, in particular with A": what the aside sets off follows
    goal = rules(lang).cues.get("goal")
    if goal is not None and goal.match(ctx.text[e:ctx.clause_of(e - 1)[1]].lstrip()):
        return False
    if object_follows(ctx, e):
        return True
    pat = rules(lang).cues.get("intransitive")
    people = rules(lang).cues.get("people")
    rest = ctx.text[e:ctx.clause_of(e - 1)[1]]
    if not rest.strip(" \n.;:!?\"'”“»«"):
        return True
    if pat is not None and pat.match(rest.lstrip()):
        return True
    # "meet representatives of religious groups", "meet bombing victims": people, though unnamed
    return people is not None and bool(people.search(" ".join(rest.split()[:4])))


def object_follows(ctx: Context, e: int) -> bool:
    """Has the verb an object: an actor right after it, or (verb last) two actors before it?"""
    cstart, cend = ctx.clause_of(e - 1)
    actors = [m for m in ctx.mentions_in(cstart, cend) if is_actor(m)]
    return any(e <= m.start <= e + 40 for m in actors) or len([m for m in actors if m.end < e]) >= 2


def office_for(entity, on) -> str | None:
    """The office an election winner was elected to: one taken up soon after ``on``, else the
    office held then."""
    import datetime as dt

    if entity is None or on is None:
        return None
    best = None
    for _key, name, start, end in entity.offices:
        s = dt.date.fromisoformat(start) if start else None
        en = dt.date.fromisoformat(end) if end else None
        if s and on <= s <= on + dt.timedelta(days=120):
            return name
        if (s is None or s <= on) and (en is None or on < en):
            best = name
    return best


def office_named(ctx, s: int, lang: str) -> str | None:
    """The office a vote is for as its clause names it after the trigger, where the winner's
    offices do not tell ("was elected prime minister", "zur Vorsitzenden gewählt", "his election
    as President"): the role of the first role noun of roles.txt within a few words, in words
    ("prime minister"); None when none stands there."""
    from ..entities.linker import _roles as role_nouns

    table, pattern = role_nouns(lang)
    if pattern is None:
        return None
    end = min(ctx.clause_of(s)[1], s + 80)
    m = pattern.search(ctx.text, s, end)
    if m is None:
        return None
    word = m.group(0).split("-")[-1]
    role = next((r for form, r, _ in table if form == word), None)
    return role.replace("_", " ") if role else None


# -- the generic assigner: a template of frame slots and clause sources ---------------------------

# Clause sources ("~NAME" in a template): who or what the trigger's clause names in a position or
# after a cue, for when the frame does not say. Each returns the mentions (or, for a place, a
# participant) that may fill the role it is written for; the assigner drops those that took
# another role already. (Of a frame slot it keeps only who may fill the role: templates.fits.)

def _free(j: _Job) -> list[Mention]:
    """The clause's actors that may travel: not named after a host cue, not a ministry, an agency
    or a government (which announce a trip rather than make one; a metonym "Berlin" may act)."""
    hosts = _src_invited_by(j)
    return [m for m in j.actors if m not in hosts and not (m.entities and m.kind != "metonym"
            and m.entities[0].kind in _INSTITUTIONS)]


def _vessel(ctx: Context, m: Mention, lang: str) -> bool:
    """Is ``m`` the name of a ship or a plane ("the aircraft carrier John F. Kennedy is headed to
    X": a ``conveyance`` word right before the name), which takes part in nothing as a person?"""
    before = re.search(r"([\w'-]+)\s+$", ctx.text[max(ctx.sentence.start, m.start - 30):m.start])
    return before is not None and before.group(1).lower() in function_words(lang, "conveyance")


def _src_invited_by(j: _Job) -> list[Mention]:
    """``~invited-by``: the actors after a host cue ("auf Einladung von X", "hosted by X"); a host
    phrase that opens the sentence and is set off by a comma scopes over the clause after it ("At
    the invitation of X, Y will visit Z")."""
    ends = _cue_ends(j.ctx, "host", j.lang, j.cstart, j.cend)
    found = [m for m in j.actors if _is_after(m, ends)]
    head = j.ctx.sentence.start
    if found or head >= j.cstart or j.ctx.clause_of(head) != (head, j.cstart):
        return found
    pat = rules(j.lang).cues.get("host")
    lead = j.ctx.text[head:j.cstart]
    hit = pat.match(lead[:1].lower() + lead[1:]) if pat is not None else None  # the capital opens the sentence
    if hit is None:
        return found
    return [m for m in j.ctx.mentions_in(head + hit.end(), j.cstart) if is_actor(m) and not negated(j.ctx, m, j.lang)]


def _src_possessor(j: _Job) -> list[Mention]:
    """``~possessor``: the person whose event noun it is ("Ms. Lund's current visit", "Putins
    erster Besuch"), by the words between them."""
    if not j.rule.nominal:
        return []
    owner = [m for m in persons(_free(j)) if 0 <= j.s - m.end <= 15
             and re.fullmatch(r"(?:['’]s?|s)?\s+(?:[a-zäöüß][\w-]*\s+){0,2}", j.ctx.text[m.end:j.s])]
    return owner[-1:]


def _src_agent(j: _Job) -> list[Mention]:
    """``~agent``: the last actor after an agent cue ("durch Bergs Vorgängerin Anna
    Lund": the last person of the phrase)."""
    ends = _cue_ends(j.ctx, "agent", j.lang, j.cstart, j.cend)
    return [m for m in _free(j) if _is_after(m, ends)][-1:]


def _src_person(j: _Job) -> list[Mention]:
    """``~person``: the first person of the clause who may travel."""
    return persons(_free(j))[:1]


def _src_actor(j: _Job) -> list[Mention]:
    """``~actor``: the first actor of the clause who may travel."""
    return _free(j)[:1]


def _conveyed(j: _Job) -> bool:
    """Does a ``conveyance`` word of function-words.txt stand before the trigger in its clause
    ("Russian warships arrived in Venezuela", "troops have arrived")? Ships or forces arriving are
    no visit of someone named before; "her plane landed" (a possessive before it) is hers."""
    words = re.findall(r"[\w'-]+", j.ctx.text[max(j.cstart, j.s - 60):j.s])[-4:]
    conveyance = function_words(j.lang, "conveyance")
    hit = next((i for i, w in enumerate(words) if w.lower() in conveyance), None)
    return hit is not None and not any(w in function_words(j.lang, "possessive") for w in words[:hit])


def _named_by_prefix(j: _Job) -> bool:
    """Does a name the linker did not know stand right before a summit noun, as the first part of
    a compound or a word of its own ("der nächste Mercosur-Gipfel", "the next Mercosur summit")?
    It names the body that meets; the subject of the sentence before is no stand-in for it."""
    if not j.rule.nominal or j.rule.type != "Summit":
        return False
    inside = re.match(r"[^\W\d_][\w.]*-(?=\w)", j.ctx.text[j.s:j.e])  # the trigger holds the compound
    if inside is not None and inside.group(0)[:1].isupper():
        return not any(m.start <= j.s < m.end for m in j.ctx.mentions)
    before = j.ctx.text[max(j.cstart, j.s - 40):j.s]
    from ..frames.lexicon import lexicon

    # a word of its own only where nouns are not capitalised anyway ("die Südtiroler Vertreter")
    word = re.search(r"([\w.]+)-$" if lexicon(j.lang).case_sensitive_nouns else r"([\w.]+)(-|\s+)$", before)
    if word is None or not word.group(1)[:1].isupper() or word.start() == 0 and j.cstart == j.ctx.sentence.start:
        return False
    if word.group(1).lower() in function_words(j.lang, "determiner") | function_words(j.lang, "possessive"):
        return False
    start = j.s - len(word.group(0))
    return not any(m.start <= start < m.end for m in j.ctx.mentions)


def _src_context(j: _Job) -> list[Mention]:
    """``~context``: nobody in the clause -- the person named before in the sentence (the nearest),
    else the subject of the previous sentence. A clause whose actor is negated ("no chancellor
    has visited") has nobody."""
    if any(is_actor(m) and negated(j.ctx, m, j.lang) for m in j.ctx.mentions_in(j.cstart, j.cend)):
        return []
    if _conveyed(j) or _named_by_prefix(j) or any(_vessel(j.ctx, m, j.lang) for m in j.ctx.mentions_in(j.cstart, j.s)):
        return []  # ships, planes or forces arriving, or a ship named ("the carrier John F. Kennedy")
    relative = _relative_antecedent(j)
    if relative is not None:
        return relative
    return _participle_subject(j) or _coordinated_subject(j) \
        or persons(_fallback(j.ctx, j.s, nearest=True, floor=j.floor, own_doer=_unnamed_doer(j))) \
        or _fallback(j.ctx, j.s, nearest=False, floor=j.floor, own_doer=_unnamed_doer(j))


def _relative_antecedent(j: _Job) -> list[Mention] | None:
    """A clause opened by a relative word ("..., who arrived in Moscow last month") is about the
    phrase right before it: the person that phrase ends with, else nobody ("the new U.S. envoy,
    who arrived": no one kb can name -- not the subject of the sentence before). None when the
    clause opens with no relative word."""
    first = re.match(r"\W*(\w+)", j.ctx.text[j.cstart:j.s])
    if first is None or first.group(1) not in _lexicon(j.lang).relatives \
            or first.group(1) in function_words(j.lang, "determiner"):
        return None  # ("die" after a comma may open a noun phrase as well as a relative clause)
    near = [m for m in j.ctx.mentions_in(j.floor, j.cstart) if is_actor(m)]
    if near and persons(near[-1:]) and not j.ctx.text[near[-1].end:j.cstart + first.start(1)].strip(" ,"):
        return near[-1:]
    return []


def _coordinated_subject(j: _Job) -> list[Mention]:
    """"The President reaffirmed his respect for X's leadership and committed to travel to Manila",
    "X will hold talks with Y at the White House and address Congress": a verb group opened by a list
    word, with up to three words and no actor between it and the trigger, goes on with the subject
    of the sentence's first verb -- not with the person named nearest (X, whose leadership it was;
    the White House where the talks are)."""
    joins = function_words(j.lang, "listjoin")
    words = list(re.finditer(r"[\w'-]+", j.ctx.text[j.cstart:j.s]))
    opener = next((w for w in reversed(words[-4:]) if w.group(0).lower() in joins), None)
    if opener is None:
        return []
    at = j.cstart + opener.start()
    before = j.ctx.text[j.cstart:at].strip()
    if j.ctx.mentions_in(at, j.s) or (before and not before.endswith(",") and not persons(j.ctx.mentions_in(j.cstart, at))):
        return []  # a list word inside a clause joins two verbs of one subject only after someone
    main = next((f.get("subj") for f in j.ctx.frames if not f.predicate.nominal and f.predicate.start < at
                 and f.get("subj")), None)
    if main is None:  # a verb the lexicon does not know: the person opening the sentence
        first = persons(j.ctx.mentions_in(j.ctx.sentence.start, at))[:1]
        opening = first and len(j.ctx.text[j.ctx.sentence.start:first[0].start].split()) <= 1
        main = first if opening else []
    return persons(list(main))[:1]


def _participle_subject(j: _Job) -> list[Mention]:
    """"met X on Tuesday, two days after arriving in China for a four-day visit": a verb right
    after a subordinator, with no subject of its own, is done by the subject of the sentence's verb
    before it -- not by the person named nearest (its object); so is an event noun it governs."""
    from ..frames.lexicon import lexicon

    verbs = [f for f in j.ctx.frames if not f.predicate.nominal and f.predicate.start <= j.s]
    if not verbs or verbs[-1].predicate.start < j.cstart or verbs[-1].get("subj"):
        return []
    word = re.search(r"(\w+)\s+$", j.ctx.text[j.ctx.sentence.start:verbs[-1].predicate.start])
    if word is None or word.group(1).lower() not in lexicon(j.lang).subordinators:
        return []
    main = next((f.get("subj") for f in verbs[:-1] if f.get("subj")), [])
    return persons(list(main))[:1]


def _hosting_split(j: _Job) -> tuple[list[Mention], list[Mention]]:
    """The actors before and after a hosting verb before the trigger ("Obama will host Xi for a
    state visit"); two empty lists when there is none."""
    hosting = _cue_ends(j.ctx, "hosting", j.lang, j.cstart, j.s)
    if not hosting:
        return [], []
    return [m for m in j.actors if m.end <= hosting[0]], [m for m in j.actors if m.start >= hosting[0]]


def _src_hosting(j: _Job) -> list[Mention]:
    """``~hosting``: who hosts by a hosting verb before the trigger (the last actor before it)."""
    return _hosting_split(j)[0][-1:]


def _src_hosted(j: _Job) -> list[Mention]:
    """``~hosted``: who is hosted by a hosting verb before the trigger (the first actor after it)."""
    return _hosting_split(j)[1][:1]


def _src_by(j: _Job) -> list[Mention]:
    """``~by``: the doer of a receiving verb named after a cue -- a host cue, an agent cue of a
    passive, or an agent right before a final participle ("wird am Freitag von X empfangen")."""
    ctx, lang = j.ctx, j.lang
    host_ends = _cue_ends(ctx, "host", lang, j.cstart, j.cend)
    passive = rules(lang).cues.get("passive")
    agent_ends = _cue_ends(ctx, "agent", lang, j.cstart, j.cend)
    if passive is not None and passive.search(ctx.text, j.cstart, j.e):
        host_ends += agent_ends
    return [m for m in j.actors if _is_after(m, host_ends) or (_is_after(m, agent_ends) and 0 <= j.s - m.end <= 25)][:1]


def _src_subject(j: _Job) -> list[Mention]:
    """``~subject``: the subject by position -- the actor right before the trigger when someone
    follows it, the first actor of the clause when the verb comes last; else the first after it."""
    before = [m for m in j.actors if m.end <= j.s]
    after = [m for m in j.actors if m.start >= j.e]
    if before:
        return before[-1:] if after else before[:1]
    return after[:1]


def _src_object(j: _Job) -> list[Mention]:
    """``~object``: the object by position -- the actors after the trigger (with those listed with
    them), else (verb last: "Erdogan will Putin im August empfangen") the actor after the subject."""
    after = [m for m in j.actors if m.start >= j.e]
    if after:
        return _listed(j.ctx, after, j.lang)
    return [m for m in j.actors if m.end <= j.s][1:2]


def _winner_pool(j: _Job) -> list[Mention]:
    """The persons who may win: not after a loser cue, nor before a speaking verb that reports the
    win ("X said the opposition won": X did not) -- unless a pronoun or possessive is the subject
    of what is said ("X said he won", "X said his party won": X did)."""
    ends = _cue_ends(j.ctx, "loser", j.lang, j.cstart, j.cend)
    pool = [m for m in persons(j.ms) if not _is_after(m, ends)]
    if j.floor > j.ctx.sentence.start:
        first = re.match(r"\W*(\w+)", j.ctx.text[j.floor:j.s])
        own = set(function_words(j.lang, "pronoun")) | set(function_words(j.lang, "possessive"))
        if first is None or first.group(1) not in own:
            pool = [m for m in pool if m.start >= j.floor]
    return pool


def _src_last_person(j: _Job) -> list[Mention]:
    """``~last-person``: the last person named before the trigger ends (not after a loser cue)."""
    return [m for m in _winner_pool(j) if m.end <= j.e][-1:]


def _src_first_person(j: _Job) -> list[Mention]:
    """``~first-person``: the first person of the clause (not after a loser cue)."""
    return _winner_pool(j)[:1]


def _src_loser(j: _Job) -> list[Mention]:
    """``~loser``: the first person after a loser cue ("against X", "gegen X")."""
    ends = _cue_ends(j.ctx, "loser", j.lang, j.cstart, j.cend)
    return [m for m in persons(j.ms) if _is_after(m, ends)][:1]


def _src_attacker(j: _Job) -> list[Mention]:
    """``~attacker``: the first country or armed group (or a seat standing for its government)
    named before the trigger ends ("Beginn des russischen Angriffs", "the start of Russia's
    invasion", "Die Hamas hatte Israel angegriffen")."""
    return [m for m in j.ms if m.start < j.e and m.entities and
            (m.entities[0].kind in ("country", "group") or m.kind == "metonym")][:1]


def _src_attacked(j: _Job) -> list[Mention]:
    """``~attacked``: the first place named after the attacker."""
    attacker = _src_attacker(j)
    return [m for m in j.ms if is_place(m) and m.start > attacker[0].end][:1] if attacker else []


def _src_locative(j: _Job) -> list:
    """``~locative``: a place after a locative preposition ("nach Peking", "to the White House"),
    the first after the trigger."""
    p = _place(j.ctx, j.ms, j.s, j.e, j.lang, j.used, False)
    return [p] if p is not None else []


def _src_visited(j: _Job) -> list:
    """``~visited``: a place after a locative, else a place named as the visit's object ("die
    chinesische Hauptstadt besuchen")."""
    # "The White House announced that X would visit Paris": who speaks is no place of what is told
    p = _place(j.ctx, [m for m in j.ms if m.start >= j.floor], j.s, j.e, j.lang, j.used, True)
    return [p] if p is not None else []


def _src_host_country(j: _Job) -> list:
    """``~host-country``: the country of who hosts by a hosting verb (a state visit hosted by a
    head of state takes place in the host's country)."""
    from ..entities import gazetteer

    host = _src_hosting(j) or j.hosts  # a hosting verb's host, else the host the template found
    code = host[0].entities[0].country if host and host[0].entities else None
    country = gazetteer().get(code) if code else None
    return [Participant(entity=country, label=country.name, role=None, span=None)] if country is not None else []


def _src_later(j: _Job) -> list:
    """``~later``: a place in a later clause of the sentence that tells no event of its own ("Die
    Reise beginnt am Freitag, in Riga.")."""
    ctx = j.ctx
    busy = {ctx.clause_index(a) for a, _ in j.others}
    for k in range(ctx.clause_index(j.s) + 1, len(ctx.clauses)):
        if k in busy:
            break
        a, b = ctx.clauses[k]
        p = _place(ctx, ctx.mentions_in(a, b), j.s, j.e, j.lang, j.used, False)
        if p is not None:
            return [p]
    return []


def _src_there(j: _Job) -> list:
    """``~there``: a place adverb in the trigger's clause that points back (an ``@there`` cue:
    "reist am Dienstag dorthin", "travels there"): the last place the preceding sentences name."""
    pat = rules(j.lang).cues.get("there")
    a, b = j.ctx.clause_of(j.s)
    if pat is None or not any(not j.ctx.quoted(m.start()) for m in pat.finditer(j.ctx.text, a, b)):
        return []
    for earlier in reversed(j.ctx.earlier):
        places = [m for m in earlier if is_place(m)]
        if places:
            return places[-1:]
    return []


def _src_adj_country(j: _Job) -> list:
    """``~adj-country``: a country named by an adjective ("die französische Präsidentschaftswahl")."""
    adj = [m for m in j.ms if m.kind == "adjective" and m.entities[0].kind == "country"]
    return [Participant(entity=adj[0].entities[0], label=adj[0].text, span=adj[0].span)] if adj else []


SOURCES = {
    "invited-by": _src_invited_by, "possessor": _src_possessor, "agent": _src_agent, "person": _src_person,
    "actor": _src_actor, "context": _src_context, "hosting": _src_hosting, "hosted": _src_hosted,
    "by": _src_by, "subject": _src_subject, "object": _src_object, "last-person": _src_last_person,
    "first-person": _src_first_person, "loser": _src_loser, "attacker": _src_attacker,
    "attacked": _src_attacked, "locative": _src_locative, "visited": _src_visited,
    "host-country": _src_host_country, "later": _src_later, "adj-country": _src_adj_country, "there": _src_there,
}


def by_template(tpl: Template, rule: Rule, ctx: Context, s: int, e: int, lang: str, others=(), speaking=()
                ) -> tuple[list[Participant], Participant | None]:
    """Participants (with roles) and place of the event triggered at ``[s, e)`` by a template:
    per role, the first group of sources that names anyone -- frame slots of the trigger's frame
    (``subj``, ``owner``, ``dest``, ...) or clause sources (``~NAME``, :data:`SOURCES`). Nobody
    in the first role: no participants."""
    j = _job(rule, ctx, s, e, lang, others, speaking)
    frame = frame_at(ctx.frames, s, e, verbal=not rule.nominal)
    barred = of_another_time(ctx, e, lang)
    if barred:  # for the clause sources too
        j.ms = [m for m in j.ms if m.span not in barred]
        j.actors = [m for m in j.actors if m.span not in barred]
    allowed = {m.span for m in ctx.mentions if not ctx.quoted(m.start, m.end) and not negated(ctx, m, lang)
               and not _vessel(ctx, m, lang)} - barred
    parts: list[Participant] = []
    seen: set[str] = set()
    place = None
    for n, (role, groups) in enumerate(tpl.roles):
        found: list = []
        for group in groups:
            for name in group:
                found += [m for m in _source(j, frame, name, role, allowed) if m not in found and _free_for(j, m, role)]
            if found:
                break
        if not found and n == 0:
            return [], None
        if role == "place":
            place = _as_place(found[0]) if found else None
            continue
        j.used.update(m.span for m in found)
        if role == "host":
            j.hosts = [m for m in found if isinstance(m, Mention)]
        add(parts, seen, found, role)
    return parts, place


def _source(j: _Job, frame, name: str, role: str, allowed: set[Span]) -> list:
    """What a source names: a clause source decides itself who may fill the role; of a frame
    slot, who may (kb.events.templates.fits) and is not quoted."""
    if name.startswith("~"):
        return SOURCES[name[1:]](j)
    if frame is None:
        return []
    # "Wie Sprecher X mitteilte, reist der Kanzler": who reports the event before it takes no part
    # (of a slot filled twice, the first argument with anyone allowed in it)
    mentions = next((a.mentions for a in frame.arguments if a.slot == name
                     and any(m.span in allowed for m in a.mentions)), [])
    return [m for m in mentions if m.span in allowed and fits(m, role)
            and (not isinstance(m, Mention) or m.start >= j.floor or role == "place")
            and not (role == "winner" and "share" in j.rule.options and _opponent(j, m))]


def _opponent(j: _Job, m) -> bool:
    """Is ``m`` named right after an @opponent noun ("sein Gegenkandidat X"): someone's rival?"""
    ends = _cue_ends(j.ctx, "opponent", j.lang, max(j.ctx.sentence.start, m.start - 40), m.start)
    return any(not j.ctx.text[x:m.start].strip() for x in ends)


def _free_for(j: _Job, m, role: str) -> bool:
    """Can ``m`` (a mention, or a participant a place source made) still fill ``role``?"""
    if isinstance(m, Participant):
        return role == "place"
    return m.span not in j.used


def _as_place(m) -> Participant:
    if isinstance(m, Participant):
        return m
    return Participant(entity=m.entities[0], label=m.text, span=m.span)
