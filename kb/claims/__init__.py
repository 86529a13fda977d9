"""Claims: what a source says about how often something happened ("drei Mal getroffen seit
Februar 2022", "his second China visit within seven months", "her fourth term", "they last spoke
in July", "the first woman in the chancellery").

``annotate(analysis)`` fills ``analysis.claims`` (ids ``c1``, ...). A claim is never a fact: it
records what the source says -- kind (``count`` or ``ordinal``; ``"last"`` is an ordinal value),
the counted event type, its owner (participants), its own window (``since`` a date, ``within`` a
duration, or ``window_text`` when kb could not date it), its scope and place, and ``as_of`` the
publication date. The grammar is in :mod:`kb.claims.grammar`, the language data in
``kb/lang/<iso>/claims.txt`` (:mod:`kb.claims.lexicon`).

An ordinal of 2 or more about events of a countable type, with a window or a place, implies an
earlier event; it is appended to ``analysis.events`` with ``implied_by`` set (:mod:`kb.claims.implied`).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from kb.model import Analysis, Claim, Span

from . import anchored, context
from .countries import electors
from .cues import cues
from .grammar import Phrase, clause_of, phrases
from .implied import date_origins, link
from .lexicon import Lexicon, lexicon

__all__ = ["annotate", "claims_of_sentence", "cues", "lexicon"]


def _in_boilerplate(analysis: Analysis, sent) -> bool:
    return any(sent.start < b.end and b.start < sent.end for b in analysis.boilerplate)


def _determiner_start(text: str, p: Phrase, lo: int) -> int:
    """Where the phrase's determiner begins ("the first", "seinen zweiten" -> the number word)."""
    import re

    m = re.search(r"(?:\b(?:the|a|an|der|die|das|den|dem|des|ein|eine|einen|einem|einer)\s+)$",
                  text[lo:p.start], re.IGNORECASE)
    return lo + m.start() if m else p.start


class _Within:
    """A document's date expressions, mentions and verb frames sorted by where they begin, so that
    each sentence looks at its own (by bisection) instead of filtering all of them."""

    def __init__(self, analysis: Analysis):
        self.dates = sorted((t.start, t.end) for t in analysis.timexes if t.type in ("DATE", "TIME"))
        self.date_starts = [a for a, _ in self.dates]
        self.longest = max((b - a for a, b in self.dates), default=0)
        self.mentions = sorted(analysis.mentions, key=lambda m: m.start)
        self.mention_starts = [m.start for m in self.mentions]
        self.verbs = sorted(f.predicate.start for f in analysis.frames if not f.predicate.nominal)

    def of(self, sent) -> tuple[list[tuple[int, int]], list, list[int]]:
        """The date spans that overlap or touch the sentence, the mentions that begin in it and the
        starts of the verbs in it."""
        a, b = sent.start, sent.end
        dates = [d for d in self.dates[bisect_left(self.date_starts, a - self.longest):
                                       bisect_left(self.date_starts, b)] if a <= d[1]]
        mentions = self.mentions[bisect_left(self.mention_starts, a):bisect_left(self.mention_starts, b)]
        return dates, mentions, self.verbs[bisect_left(self.verbs, a):bisect_left(self.verbs, b)]


def claims_of_sentence(analysis: Analysis, lex: Lexicon, sent, within: _Within | None = None) -> list[Claim]:
    """The claims one sentence makes (unnumbered). ``within``: the document's index of what its
    sentences hold (made here when not given)."""
    text = analysis.text
    dates, mentions, verbs = (within or _Within(analysis)).of(sent)
    places = [m.start for m in mentions if m.entities
              and m.entities[0].kind in ("country", "city") and m.kind not in ("adjective", "metonym")
              and _after_locative(text, lex, sent.start, m.start)]
    found = _without_anchors(text, lex, phrases(text, lex, sent.start, sent.end, dates, places))
    out = []
    for i, p in enumerate(found):
        # up to the next phrase (or past one inside its since-window), and the verb after it:
        # "Erstmals seit 2022 telefonierten sie am Freitag" -- Friday is the call's, not the window's
        region = (p.end, min([_region_end(text, lex, found, i, sent.end)]
                             + [v for v in verbs if v >= p.end and _fronted(text, sent.start, p, verbs)
                                and _window_before(text, lex, p.end, v)]))
        cs, ce = clause_of(text, sent.start, sent.end, p.start, p.end)
        who = context.owner(analysis, lex, p, Span(sent.start, sent.end), _determiner_start(text, p, sent.start))
        who = who + electors(analysis, lex, p, Span(sent.start, sent.end)) if who else who
        if not who and p.qualifier != "anniversary":
            continue  # whose count it is stays unknown: no claim
        if p.qualifier == "anniversary":
            who = _anniversary_of(analysis, p, Span(sent.start, sent.end), ce)
            if not who:
                continue
        # a "last" claim gives a date, not a window ("they last met in 2021")
        # before the phrase only when no phrase of its clause comes first: "met three times since
        # 2019 and their fourth meeting ..." -- "since 2019" is the count's, not the fourth's
        before = p.start if i and found[i - 1].end > cs else cs
        if not i and before == cs and _fronted_window(analysis, lex, sent.start, cs):
            before = sent.start  # "In the past 12 months, the two have spoken four times"
        before = _after_subordinator(text, lex, before, p.start)
        w = context.window(analysis, lex, p, region, before) if p.value != "last" else context.Window()
        w = anchored.office_since(lex, w, who, analysis.document.published)
        w = anchored.event_since(analysis, w, who, sent.start)
        inverted = _inverted(w, analysis.document.published)
        if inverted:
            # "the first visit since 2026" in a 2024 text: without its window it would claim more
            # than the source does, with it nothing -- the claim goes, and the user is told
            analysis.warnings.append(f"claim {p.kind} {p.value} ({text[p.start:p.end]!r}) dropped: {inverted}")
            continue
        scope, abroad = context.scope(analysis, lex, p, region)
        claim = Claim(id="", kind=p.kind, value=p.value,
                      event_type=_counted_type(analysis, lex, p, region[1], Span(sent.start, sent.end)),
                      evidence=Span(sent.start, sent.end), participants=who,
                      place=context.place(analysis, p, region[1], (cs, ce), lex), since=w.since, within=w.within,
                      as_of=analysis.document.published, qualifier=p.qualifier,
                      scope=scope, abroad=abroad, window_text=w.text,
                      phrase=Span(p.start, p.end))
        if p.value == "last":
            claim.date = context.last_date(analysis, p, region, (cs, ce), lex)
        out.append(claim)
    return out


def _fronted_window(analysis: Analysis, lex: Lexicon, start: int, cs: int) -> bool:
    """Is ``[start, cs)`` a window put in front of the sentence, set off by a comma ("Since taking
    office in 2022, she has visited Japan six times", "Over the past decade, ...", "This year
    alone, ..."): a few words opened by a window cue, holding a date, a length or an event ("Since
    the start of the invasion, ...")? (Only the
    sentence's first phrase takes it: "Since 2019 it is her third trip to Peru, and her first
    visit to Lima" -- the first visit has no window.)"""
    text = analysis.text
    lead = text[start:cs]
    pos = start + len(lead) - len(lead.lstrip())
    if cs <= start or not lead.rstrip().endswith(",") or len(lead.split()) > 12:
        return False
    # the cue opens it, or follows an adverb or two of its own ("So far this year, ...")
    lead_in = re.match(r"(?:[\w-]+\s+){0,2}", text[pos:cs])
    starts = {pos + w.start() for w in re.finditer(r"[\w-]+", lead_in.group(0))} | {pos + lead_in.end()} if lead_in else {pos}
    opened = min((at for at in starts if any(cue.match(text, at) for cue in lex.windows.values())), default=None)
    if opened is None or any(start <= m.start < opened for m in analysis.mentions):
        return False  # no cue, or a name before it
    return any(t.type in ("DATE", "DURATION") and start <= t.start and t.end <= cs for t in analysis.timexes) \
        or bool(anchored.event_kinds(analysis.document.lang, lead))  # "Since the start of the invasion, ..."


def _after_subordinator(text: str, lex: Lexicon, lo: int, hi: int) -> int:
    """Where the phrase's own clause begins within ``[lo, hi)``: after the last word there that
    opens a subordinate clause (claims.txt ``opener``: "told reporters after the meeting that he had
    met Xi dozens of times": the window before the count is not "after the meeting")."""
    if lex.opener is None:
        return lo
    found = [m.end() for m in lex.opener.finditer(text, lo, hi)]
    return found[-1] if found else lo


def _window_before(text: str, lex: Lexicon, start: int, verb: int) -> bool:
    """Does a window cue stand between the phrase and the verb ("Erstmals seit 2022 telefonierten
    sie ...": the window is fronted with it; "the third time that X has visited China since 2023":
    the window comes after the verb and is read on)?"""
    return any(cue.search(text, start, verb) for cue in lex.windows.values())


def _fronted(text: str, lo: int, p: Phrase, verbs: list[int]) -> bool:
    """Is ``p`` an adverbial ordinal (no head noun: "erstmals", "zum ersten Mal") before the first
    verb of its clause -- fronted, so that what follows that verb is the event's, not its window's?"""
    cs, _ = clause_of(text, lo, len(text), p.start, p.end)
    return p.head is None and not any(cs <= v < p.start for v in verbs)


def _inverted(w: context.Window, as_of) -> str | None:
    """Why a claim's window is contradictory (None when it is not): it begins after the claim's
    own date, or its earliest day lies after its latest."""
    since = w.since
    if since is None or since.earliest is None:
        return None
    if since.latest is not None and since.earliest > since.latest:
        return f"its window {since.value!r} ({since.text!r}) ends before it begins"
    if as_of is not None and since.earliest > as_of:
        return f"its window {since.value!r} ({since.text!r}) begins after the claim's date {as_of}"
    return None


_LAST_WORD = re.compile(r"(\S+)\s+$")  # the word before the spaces that end a string


def _after_locative(text: str, lex: Lexicon, lo: int, pos: int) -> bool:
    """"zum zweiten Mal in Beijing": a place after a locative word ("in", "nach"), not one inside a
    name ("Bayern Munich won the title for the eleventh time")."""
    if lex.locative is None:
        return True
    m = _LAST_WORD.search(text[max(lo, pos - 30):pos])
    return bool(m and lex.locative.fullmatch(m.group(1)))


def _anniversary_of(analysis: Analysis, p: Phrase, sent: Span, ce: int):
    """What an anniversary is of: the names after it ("the 25th anniversary of the treaty between
    X and Y"), else the countries or organisations its sentence names ("Chilean-Norwegian
    trade ... the 50th anniversary of their ties")."""
    after = [m for m in analysis.mentions if p.end <= m.start < ce and m.entities
             and m.entities[0].kind in context.AGENTS]  # a city is the place, not a party
    if after:
        return context.participants(after)
    named = [m for m in analysis.mentions if sent.start <= m.start < sent.end and m.entities
             and m.entities[0].kind in ("country", "organisation", "group", "government")]
    return context.participants(named)


def _region_end(text: str, lex: Lexicon, found: list[Phrase], i: int, end: int) -> int:
    """Where the region after phrase ``i`` ends: at the next phrase, unless that one sits inside the
    phrase's since-window ("his fourth trip since the start of his fifth term in May 2024": the
    window reads on past "fifth term" to its date)."""
    if i + 1 >= len(found):
        return end
    since = lex.windows.get("since")
    m = since and _inner_anchor(lex.lang, since.pattern).search(text, found[i].end, found[i + 1].start)
    if m and _opens_phrase(lex, m.group(1).split()):
        return found[i + 2].start if i + 2 < len(found) else end
    return found[i + 1].start


def _opens_phrase(lex: Lexicon, words: list[str]) -> bool:
    """Words between a since-cue and a phrase that lead into it ("the start of his"): no coordinator
    among them ("seit seiner Wahl und sein dritter ..." is a second claim), a determiner or a
    possessive last."""
    from kb.entities.words import function_words

    if lex.coordinator is not None and any(lex.coordinator.fullmatch(w) for w in words):
        return False
    last = words[-1].lower()
    return last in function_words(lex.lang, "determiner") or any(
        p is not None and p.fullmatch(last) for p in (lex.owner, lex.plural_owner))


@lru_cache(maxsize=None)
def _inner_anchor(lang: str, since: str) -> re.Pattern:
    """A since-cue and a few words (no punctuation) at the end of a stretch."""
    return re.compile(rf"\b(?:{since})\s+((?:[\w'’-]+\s+){{2,4}})$", re.IGNORECASE)


def _without_anchors(text: str, lex: Lexicon, found: list[Phrase]) -> list[Phrase]:
    """"their first meeting since the last talks in February": a phrase right after a since-cue is
    the window's anchor (its date is the window's), not a claim of its own."""
    since = lex.windows.get("since")
    if since is None or len(found) < 2:
        return found
    anchor = _anchor(lex.lang, since.pattern)
    return [q for i, q in enumerate(found) if i == 0 or not anchor.search(text[found[i - 1].end:q.start])]


@lru_cache(maxsize=None)
def _anchor(lang: str, since: str) -> re.Pattern:
    """A since-cue and a determiner at the end of a stretch (see :func:`_without_anchors`)."""
    from kb.entities.words import function_words

    dets = "|".join(re.escape(d) for d in function_words(lang, "determiner")) or "(?!)"
    return re.compile(rf"(?:{since})\s+(?:(?:{dets})\s+)?$", re.IGNORECASE)


def _counted_type(analysis: Analysis, lex: Lexicon, p: Phrase, end: int, sent: Span) -> str:
    """A role ordinal counts the events named after it ("the first leader to visit", "der erste
    Präsident, der die Insel besucht" -> visits); after "to do so" the event told before it ("visited
    Angola, the first president to do so"); after "as" the event of its own clause, before or after
    it ("travelled to Somalia as the first chancellor", "seine Wahl zum 47. Präsidenten"); an election
    named in its own words ("the first elected woman president") makes it an election. A
    conversation in an apposition to a phone call is a call ("spoke by phone on Monday, their
    fourth conversation this year")."""
    from .grammar import clause_type, names_election

    if p.qualifier is None and p.etype == "Meeting" and p.head is not None:
        return "PhoneCall" if _after_a_call(analysis.text, lex, p, sent) else p.etype
    if p.qualifier != "class":
        return p.etype

    text = analysis.text
    if names_election(text, lex, p.start, p.end):
        return "Election"  # "the first elected woman president", "der erste frei gewählte Präsident"
    after = text[p.end:end]
    if lex.do_so is not None and lex.do_so.match(after, len(after) - len(after.lstrip())):
        found = clause_type(text, lex, sent.start, p.start, p.start)
        return found[0] if found else "Other"
    found = clause_type(text, lex, p.end, end, p.end)
    word = re.search(r"(\S+)\s+$", text[sent.start:_determiner_start(text, p, sent.start)])
    if found is None and word and lex.role_as is not None and lex.role_as.fullmatch(word.group(1)):
        cs, _ = clause_of(text, sent.start, sent.end, p.start, p.end)
        found = clause_type(text, lex, cs, p.start, p.start)
    return found[0] if found else "Other"


def _after_a_call(text: str, lex: Lexicon, p: Phrase, sent: Span) -> bool:
    """Is the phrase an apposition (a few words after a comma) to a clause that tells a phone call
    by its verb or by a call's own noun ("spoke by phone on Monday, their fourth conversation",
    "held a video call on Monday, their third conversation", "telefonierte mit X, es war ihr
    viertes Gespräch"), and by no verb of meeting?"""
    cs, _ = clause_of(text, sent.start, sent.end, p.start, p.end)
    if cs <= sent.start or len(text[cs:p.start].split()) > 3:
        return False
    before, _ = clause_of(text, sent.start, sent.end, cs - 1)
    verbs = {etype: any(v.search(text, before, cs) for t, v in lex.verbs if t == etype) for etype in ("PhoneCall", "Meeting")}
    return (verbs["PhoneCall"] or _names_a_call(text, lex, before, cs)) and not verbs["Meeting"]


def _names_a_call(text: str, lex: Lexicon, lo: int, hi: int) -> bool:
    """Does the stretch tell a phone call by an event noun of the grammar after an indefinite
    article ("held a video call", "had a brief phone conversation"; not "After the phone call, their
    first meeting ...", a call the clause only refers to)?"""
    if lex.indefinite is None:
        return False
    return any(_after_indefinite(text, lex, lo, m.start())
               for h in lex.heads if h.kind == "event" and h.type == "PhoneCall"
               for m in h.pattern.finditer(text, lo, hi))


def _after_indefinite(text: str, lex: Lexicon, lo: int, pos: int) -> bool:
    words = text[lo:pos].split()
    return pos > lo and not text[pos - 1].isalnum() and any(lex.indefinite.fullmatch(w) for w in words[-3:])


def _said(text: str, claim: Claim) -> tuple:
    if claim.qualifier in ("anniversary", "round"):
        # "the 100th anniversary", told twice, is one anniversary; "the second round" of a text's
        # election told again ("61% in the second") is one round, whoever the sentence names
        return claim.kind, claim.value, claim.qualifier
    who = frozenset(p.entity.id if p.entity else p.label for p in claim.participants)
    phrase = " ".join(claim.phrase.slice(text).lower().split()) if claim.phrase else ""
    if claim.qualifier != "class":
        # "my first trip abroad" after "your first foreign trip", "a third four-year term" after
        # "a third term": the same claim told again with other modifiers -- its head word and its
        # owner decide (a role ordinal's modifiers are what it claims: "the first woman ...")
        phrase = re.split(r"[\s-]", phrase)[-1] if phrase else ""
    return claim.kind, claim.value, claim.event_type, claim.qualifier, who, phrase


def annotate(analysis: Analysis) -> None:
    """Fill ``analysis.claims``; append the events ordinals imply to ``analysis.events``."""
    lex = lexicon(analysis.document.lang)
    claims: list[Claim] = []
    said: set[tuple] = set()
    within = _Within(analysis)
    for sent in analysis.sentences:
        if _in_boilerplate(analysis, sent):
            continue
        for claim in claims_of_sentence(analysis, lex, sent, within):
            key = _said(analysis.text, claim)
            if key not in said:  # a text that repeats a claim ("my first visit abroad") makes it once
                said.add(key)
                claims.append(claim)
    for i, claim in enumerate(claims, 1):
        claim.id = f"c{i}"
    analysis.claims = claims
    date_origins(analysis, claims)
    analysis.events.extend(link(analysis, claims))
