"""Finding count and ordinal phrases in one sentence: a small grammar over noun phrases.

A *phrase* is an ordinal or count word and what it quantifies:

- a noun phrase: the number word, up to five modifiers, and a head noun from the lexicon
  ("seinen zweiten China-Besuch", "the fifth summit", "eight phone calls", "her fourth term",
  "der erste lateinamerikanische Papst"). A stop word (preposition, article, verb, punctuation)
  before any head ends the phrase without a claim, as does (in German) a capitalised noun that is
  no head ("die erste Station seiner Reise", "der zehn größten Volkswirtschaften");
- an adverbial ("zum zweiten Mal", "for the first time", "erstmals", "drei Mal", "twice") whose
  event is the one its clause names (a verb or noun of a countable type);
- "last": an adverb ("zuletzt", "they last met") or a negation with a since-window
  ("have not met since 2019");
- places a trip covers ("a tour of three countries") and anniversaries ("the 30th anniversary of").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from typing import NamedTuple
from functools import lru_cache

from kb.eventtypes import TYPES

from .lexicon import Head, Lexicon

__all__ = ["Phrase", "Tok", "clause_of", "phrases", "tokens"]

# an abbreviation of capitals with its last period ("U.S.", "U.K.") is one word: "the first sitting
# U.S. president" is one noun phrase
_TOKEN = re.compile(r"\d{1,3}\.(?=\s)|(?:[A-Z]\.){2,}(?=\s)|\w+(?:[-'’.]\w+)*(?:['’]s?)?|[^\w\s]")
_COUNTABLE = {t.name for t in TYPES.values() if t.countable}
_CLAUSE_END = re.compile(r"[,;:()]|\s[–—-]\s")


# pattern id -> (the pattern, its gate). Keyed by identity: hashing a compiled pattern hashes its
# whole program (~6 us for a lexicon's alternation, paid on every search); the pattern is kept
# with its gate, so its id cannot be reused. The lexicons' patterns are made once per language.
_gates: dict[int, tuple[re.Pattern, re.Pattern | None]] = {}


def _gate(pattern: re.Pattern) -> tuple[re.Pattern, frozenset[str]] | None:
    """The words one of which every match of ``pattern`` holds (kb.temporal.prefilter): as a
    case-insensitive pattern (the regex engine's own case folding finds them wherever the
    pattern could match), and as lower-case strings (see :func:`_words_present`). None: no such
    words."""
    known = _gates.get(id(pattern))
    if known is not None and known[0] is pattern:
        return known[1]
    gate = _gate_of(pattern.pattern, pattern.flags)
    if len(_gates) >= 4096:  # patterns made again and again (lexicons reloaded): start afresh
        _gates.clear()
    _gates[id(pattern)] = (pattern, gate)
    return gate


@lru_cache(maxsize=4096)
def _gate_of(source: str, flags: int) -> tuple[re.Pattern, frozenset[str]] | None:
    from kb.temporal import programs
    from kb.temporal.prefilter import required_literals

    if flags & re.VERBOSE:
        return None  # its text read without the flag would name the wrong words
    found = programs.remembered("literals", source, lambda: _sorted(required_literals(source)))  # parsing costs
    if found is None:
        return None
    return programs.compile("|".join(map(re.escape, found)), re.IGNORECASE), frozenset(found)


def _sorted(words: frozenset[str] | None) -> list[str] | None:
    return None if words is None else sorted(words)


def _finditer(pattern: re.Pattern, text: str, start: int, end: int, present: set[str] | None = None):
    """``pattern.finditer(text, start, end)``, skipping the search where none of its words occur
    (``present``: the gate words found in ``text[start:end]``, :func:`_words_present`; None: ask
    the gate's own pattern)."""
    gate = _gate(pattern)
    if gate is not None:
        if present is not None:
            if present.isdisjoint(gate[1]):
                return ()
        elif gate[0].search(text, start, end) is None:
            return ()
    return pattern.finditer(text, start, end)


# The regex engine's case folding beyond lower-casing: lower-case code point -> the others it
# matches under IGNORECASE ("s" -> "ſ", "i" -> dotless "ı"); None where Python does not say.
try:
    from re._casefix import _EXTRA_CASES as _FOLDS  # Python 3.11+
except ImportError:  # pragma: no cover - Python 3.10
    try:
        from sre_compile import _ignorecase_fixes as _FOLDS  # type: ignore[attr-defined,no-redef]
    except ImportError:
        _FOLDS = None

_finders: dict[int, tuple] = {}  # id(lexicon) -> (the lexicon, what _lexicon_finder made of it)
_last_text: tuple | None = None  # (text, lexicon, its gate words' places, their starts) of the last text


def _lexicon_finder(lex: Lexicon) -> tuple[re.Pattern, dict[str, list[str]], frozenset[str]] | None:
    """The gate words of the lexicon's searched patterns (adverbials, places, anniversaries) as
    one :func:`kb.temporal.prefilter.gate_finder`, and the characters that must not stand in a
    lower-cased text for it to find every place the gates' own patterns would (the regex engine's
    further case foldings of the words' letters). None: no such words, or Python does not say."""
    known = _finders.get(id(lex))
    if known is not None and known[0] is lex:
        return known[1]
    from kb.temporal.prefilter import gate_finder

    words: set[str] = set()
    since = [lex.windows["since"]] if lex.windows.get("since") is not None else []  # read by _not_since
    for pattern in [p for p, _ in lex.again] + lex.times + lex.last + lex.places + lex.anniversary + since:
        gate = _gate(pattern)
        if gate is not None:
            words |= gate[1]
    found = None
    if words and _FOLDS is not None:
        unsafe = frozenset(chr(v) for w in words for c in w for v in _FOLDS.get(ord(c), ()))
        found = (*gate_finder(words), unsafe)
    _finders[id(lex)] = (lex, found)
    return found


def _words_present(text: str, lex: Lexicon, start: int, end: int) -> set[str] | None:
    """The lexicon's gate words (:func:`_lexicon_finder`) that occur in ``text[start:end]``, from
    one scan of the lower-cased text (kept for the last text) instead of a case-insensitive search
    per pattern and sentence. None where the lower-cased text could miss what case-insensitive
    matching finds (a character whose lower case has another length, or one the engine folds
    further, such as "ſ")."""
    global _last_text
    last = _last_text
    if last is None or last[0] is not text or last[1] is not lex:
        last = _last_text = (text, lex, *_gate_words_of(text, lex))
    places, starts = last[2], last[3]
    if places is None:
        return None
    return {w for p, e, w in places[bisect_left(starts, start):bisect_left(starts, end)] if e <= end}


def _gate_words_of(text: str, lex: Lexicon) -> tuple[list | None, list | None]:
    from kb.temporal.prefilter import gate_places

    finder = _lexicon_finder(lex)
    low = text.lower()
    if finder is None or len(low) != len(text) or any(c in low for c in finder[2]):
        return None, None
    pattern, begun, _ = finder
    places = [(p, p + len(w), w) for p, word in gate_places(pattern, low) for w in begun[word]]
    return places, [p for p, _, _ in places]


class Tok(NamedTuple):
    """One token of a sentence (a tuple: a sentence makes dozens, made again in each step)."""

    start: int
    end: int
    text: str


@dataclass
class Phrase:
    """One count or ordinal phrase of a sentence."""

    kind: str  # count | ordinal
    value: int | str
    etype: str
    start: int  # the number word (or the adverbial's first word)
    end: int  # end of the head (or of the adverbial)
    qualifier: str | None = None  # term | round | class | anniversary | stops | None
    head: Head | None = None
    modifiers: str = ""  # the words between number and head ("official foreign")
    last_since: bool = False  # "not ... since": the since-date is when it last happened
    rule: str = ""  # what found it (the grammar path and lexicon line), for tracing and tests


_tuple_new = tuple.__new__  # a Tok made without the Python frame of its class's __new__


def tokens(text: str, start: int, end: int) -> list[Tok]:
    return [_tuple_new(Tok, (m.start(), m.end(), m.group(0))) for m in _TOKEN.finditer(text, start, end)]


def clause_of(text: str, start: int, end: int, pos: int, pos_end: int | None = None) -> tuple[int, int]:
    """The clause around ``text[pos:pos_end]`` within ``[start, end)``: up to the punctuation on either side."""
    before = [m.end() for m in _CLAUSE_END.finditer(text, start, pos)]
    after = _CLAUSE_END.search(text, pos_end if pos_end is not None else pos, end)
    return (before[-1] if before else start), (after.start() if after else end)


def _noun_phrase(text: str, toks: list[Tok], i: int, lex: Lexicon, end: int, depth: int = 0):
    """The head the number word ``toks[i]`` quantifies: ``(head, head_end, modifiers)`` or None.

    Coordinated ordinals share the head of the last one ("der erste afrikanische und der
    dritte nichteuropäische Generalsekretär").
    """
    mods = []
    for j in range(i + 1, min(i + 7, len(toks))):
        tok = toks[j]
        found = lex.head_at(text, tok.start, end)
        if found is not None and found[0].kind == "class":
            found = _event_after_role_word(text, toks, j, lex, end) or found
        if found is not None:
            return found[0], found[1], " ".join(mods)
        if lex.coordinator is not None and lex.coordinator.fullmatch(tok.text) and depth == 0:
            nxt = next((k for k in range(j + 1, min(j + 4, len(toks))) if lex.ordinal(toks[k].text) is not None), None)
            if nxt is None:  # "his second and final term": an adjective shares the head
                return _noun_phrase(text, toks, j, lex, end, 1) if j + 1 < len(toks) and toks[j + 1].text.islower() else None
            shared = _noun_phrase(text, toks, nxt, lex, end, 1)
            # the phrase ends before the coordinator, so the second ordinal keeps its own phrase
            return (shared[0], toks[j - 1].end, " ".join(mods)) if shared else None
        if lex.is_stop(tok.text) or tok.text.endswith(("'s", "’s", "s'", "s’")) or _article(lex, tok.text):
            return None  # a preposition, verb, genitive ("the two sides' first") or article begins something else
        if isinstance(lex.ordinal(tok.text), int) and lex.ordinal(toks[i].text) is None:
            return None  # "the two leaders' third meeting": the ordinal is a phrase of its own
        if lex.lang == "de" and tok.text[:1].isupper() and not _name_adjective(text, toks, j, lex, end):
            return None  # a German noun that is no head: the number counts something else
        mods.append(tok.text)
    return None


def _event_after_role_word(text: str, toks: list[Tok], j: int, lex: Lexicon, end: int):
    """"the first official state visit", "the first leaders' summit": a role noun right before an
    event noun (a word or two on, no stop word between) modifies it; the event is the head."""
    from kb.frames.lexicon import lexicon as frame_lexicon

    capital_nouns = frame_lexicon(lex.lang).case_sensitive_nouns
    if toks[j].text.endswith(("'s", "’s", "'", "’")):
        return None  # "the two leaders' fourth phone call": a genitive owns the next phrase
    for k in range(j + 1, min(j + 3, len(toks))):
        if lex.is_stop(toks[k].text) or _article(lex, toks[k].text) or capital_nouns and toks[k].text[:1].islower() \
                or lex.values(toks[k].text) != (None, None):
            return None  # "vier Länder besuchen": a verb, not a noun; a number word begins a phrase of its own
        found = lex.head_at(text, toks[k].start, end)
        if found is not None:
            return found if found[0].kind == "event" else None
    return None


def _name_adjective(text: str, toks: list[Tok], j: int, lex: Lexicon, end: int) -> bool:
    """"die 60. Münchner Sicherheitskonferenz": a capitalised adjective of a place name right
    before the head (a ``name-adjective`` line) is a modifier, not a noun of its own."""
    return (lex.name_adjective is not None and bool(lex.name_adjective.fullmatch(toks[j].text))
            and j + 1 < len(toks) and lex.head_at(text, toks[j + 1].start, end) is not None)


def _bare_initial(toks: list[Tok], i: int, lex: Lexicon) -> bool:
    """"Es gab erste Gespräche", "führten erste Gespräche": an ``initial`` ordinal form inside a
    sentence with no determiner, possessor or article contraction before it means "initial", not a
    place in a series ("Putins erste Reise", "zum ersten Treffen", "seine erste Reise" do count)."""
    if lex.initial is None or i == 0 or not lex.initial.fullmatch(toks[i].text):
        return False
    prev = toks[i - 1].text
    owners = (lex.contraction, lex.speaker_owner, lex.addressee_owner, lex.nearest, lex.role_as)
    if _determiner(lex, prev) or any(p is not None and p.fullmatch(prev) for p in owners):
        return False
    return not (prev[:1].isupper() and prev.endswith(("s", "'", "’")))  # "Putins erste", "Scholz' erste"


def _in_title(text: str, toks: list[Tok], i: int, cardinal: bool = True) -> bool:
    """A capitalised number word inside a sentence is part of a name or title ("First Lady",
    "Erster Bürgermeister"), not an ordinal; so is a cardinal after a capitalised noun and "of"
    ("Group of 20") -- not an ordinal after a noun and an article ("am Freitag der sechste
    EU-China-Gipfel": "der" opens the ordinal's own noun phrase)."""
    word = toks[i].text
    if i > 0 and cardinal and re.search(r"\b[A-ZÄÖÜ][\w-]+\s+(?:of|der|des)\s+$", text[max(0, toks[i].start - 30):toks[i].start]):
        return True  # "the Group of 20 summit", "die Gruppe der 20": a name with a number in it
    if not word[:1].isupper() or i == 0:
        return False
    before = text[toks[i - 1].end:toks[i].start] + toks[i - 1].text
    return not re.search(r"[.!?:\"„“”«»]\s*$", before)


def _elided_head(text: str, toks: list[Tok], i: int, lex: Lexicon, end: int):
    """"The summit was the fourth between the two leaders", "Der Gipfel ist der erste seit ...",
    "The trip is Joe Biden's first to Asia": an ordinal with no noun of its own, right after a
    determiner or a genitive, counts the event noun its sentence began with (the first head before
    it) -- or the voting round named right before it ("ahead after the first round, behind after the second").
    Returns ``(head, end of the ordinal, "")``."""
    from kb.entities.words import function_words

    if i == 0 or not (_determiner(lex, toks[i - 1].text) or toks[i - 1].text.endswith(("'s", "’s"))):
        return None  # "the fourth", "seine erste", "Joe Biden's first"
    nxt = toks[i + 1].text if i + 1 < len(toks) else "."
    # "..., the third this year": a window cue after it ends the phrase too
    cue = any(p is not None and p.fullmatch(nxt) for p in lex.windows.values())
    if not (lex.is_stop(nxt) or nxt in function_words(lex.lang, "determiner") or cue):
        return None
    heads = [found[0] for found in (lex.head_at(text, tok.start, end) for tok in toks[:i - 1]) if found is not None]
    if heads and heads[-1].kind == "round":  # "ahead after the first round, behind after the second"
        return heads[-1], toks[i].end, ""
    event = next((h for h in heads if h.kind == "event"), None)
    if event is None:
        event = _apposition_event(text, toks, i, lex)
    return (event, toks[i].end, "") if event is not None else None


def _apposition_event(text: str, toks: list[Tok], i: int, lex: Lexicon) -> Head | None:
    """"Scholz arrived in Nairobi on Monday, his fourth to Africa this year": an ordinal with a
    possessive, in an apposition right after a comma, counts the event the clause before it tells
    by its verb (when no event noun is there)."""
    owners = [p for p in (lex.owner, lex.plural_owner) if p is not None]
    possessive = any(p.fullmatch(toks[i - 1].text) for p in owners) or toks[i - 1].text.endswith(("'s", "’s"))
    if i < 2 or not possessive or toks[i - 2].text != ",":
        return None
    found = clause_type(text, lex, toks[0].start, toks[i - 2].start, toks[i - 2].start)
    return Head("event", found[0], re.compile(r"(?!)")) if found is not None else None


def _article(lex: Lexicon, word: str) -> bool:
    from kb.entities.words import function_words

    return word in function_words(lex.lang, "determiner")


def _determiner(lex: Lexicon, word: str) -> bool:
    from kb.entities.words import function_words

    return word in function_words(lex.lang, "determiner") or any(
        p is not None and p.fullmatch(word) for p in (lex.owner, lex.plural_owner))


def _free(text: str, pos: int) -> bool:
    """A number standing on its own: after a space and a word (not "P5+1", "7/30")."""
    return pos > 1 and text[pos - 1].isspace() and (text[pos - 2].isalpha() or text[pos - 2] in ",")


def _a_time(text: str, toks: list[Tok], i: int, lex: Lexicon, end: int) -> bool:
    """"während seiner ersten Amtszeit", "during his second term": a term used as a time, unless
    its clause names an election ("in seine dritte Amtszeit gewählt")."""
    j = i - 1
    while j >= 0 and _determiner(lex, toks[j].text):
        j -= 1
    if lex.temporal is None or j < 0 or not lex.temporal.fullmatch(toks[j].text.lower()):
        return False
    cs, ce = clause_of(text, toks[0].start if toks else 0, end, toks[i].start)
    found = clause_type(text, lex, cs, ce, toks[i].start)
    return found is None or found[0] not in ("Election", "ReElection")


def _no_claim_of_unit(text: str, toks: list[Tok], i: int, lex: Lexicon, end: int, head: Head, mods: str,
                      value) -> bool:
    """A title ("the first vice president"), a term used as a time ("during his first term"), a
    first voting round or a round of no vote ("im ersten Wahlgang", "the fifth round of sanctions")
    claim nothing."""
    if lex.title is not None and any(lex.title.fullmatch(w) for w in mods.split()):
        return True
    if head.kind == "term" and _a_time(text, toks, i, lex, end):
        return True
    return head.kind == "round" and not (_later_rounds(value) and names_election(text, lex, toks[0].start, end))


def _a_length_or_any(toks: list[Tok], i: int, lex: Lexicon, head: Head, count) -> bool:
    """"a three hour meeting": a cardinal before a unit of time is a length, not a count of
    meetings; "in a third country": a role ordinal after an indefinite article is any other
    holder, no rank."""
    if count is not None and lex.length is not None and i + 1 < len(toks) and lex.length.fullmatch(toks[i + 1].text):
        return True
    return head.kind == "class" and i > 0 and lex.indefinite is not None and lex.indefinite.fullmatch(toks[i - 1].text) is not None


def _later_rounds(value) -> bool:
    """A voting round tells of others only from the second on ("im zweiten Wahlgang", "five
    ballots"): those claims count rounds within one election (qualifier ``round``), not elections;
    their sentence must name an election or a vote (:func:`names_election`)."""
    return isinstance(value, int) and not isinstance(value, bool) and value >= 2


def _words_before(text: str, tok: Tok, lex: Lexicon):
    """The value of the longest cardinal of several words that ends with ``tok`` ("half a dozen",
    "ein halbes Dutzend"), else None."""
    before = text[max(0, tok.start - 30):tok.end].lower()
    longest = None
    for form, v in lex.cardinals.items():
        if " " in form and before.endswith(form) and (len(before) == len(form) or not before[-len(form) - 1].isalnum()):
            if longest is None or len(form) > len(longest[0]):
                longest = (form, v)
    return longest[1] if longest else None


def _count_at(text: str, tok: Tok, lex: Lexicon, count):
    """The count a cardinal token makes, and whether it ends a cardinal of several words ("half a
    dozen meetings": 6, not 12; "ein Dutzend Gespräche" is no title). No count for one ("one of the
    meetings") or a number inside another ("P5+1 talks")."""
    several = _words_before(text, tok, lex) if count is not None else None
    if several is not None:
        count = several
    if count is not None and ((isinstance(count, int) and count < 2)
                              or (tok.text[:1].isdigit() and not _free(text, tok.start))):
        count = None
    return count, several is not None


def _partitive(text: str, at: int, lex: Lexicon) -> bool:
    """Does a ``partitive`` line ("one of the", "eines der") end right before the number word at
    ``at``? Then the phrase names the set one item is drawn from ("one of the three meetings of
    the day", "two of his first visits"), not how often something happened."""
    if lex.partitive is None:
        return False
    lo = max(0, at - 40)
    last = None
    for last in lex.partitive.finditer(text, lo, at):
        pass
    return last is not None and not text[last.end():at].strip()


def _part_of_set(text: str, toks: list[Tok], at: int, i: int, lex: Lexicon, ordinal) -> bool:
    """A partitive before the number word at ``at`` ("one of the three meetings"), or a cardinal
    right after an ordinal that ends at token ``i`` ("the last three meetings"): a part of a set."""
    return _partitive(text, at, lex) or ordinal is not None and _before_cardinal(toks, i, lex)


def _before_cardinal(toks: list[Tok], i: int, lex: Lexicon) -> bool:
    """Does a cardinal follow the ordinal ending at token ``i`` ("the last three meetings", "die
    ersten zwei Wahlgänge")? Then it picks several of a set, not one place in a series."""
    if i + 1 >= len(toks):
        return False
    nxt = toks[i + 1].text
    return nxt.isdigit() or (lex.values_of.get(nxt) or lex.values(nxt))[1] is not None


def _multi_cardinal(text: str, toks: list[Tok], i: int, lex: Lexicon, end: int):
    """A cardinal of several words that starts at token ``i`` and ends in a word that is no number
    ("dozens of meetings"): its value and its last token, else ``(None, -1)``."""
    for pattern, value in lex.multi_cardinals:
        m = pattern.match(text, toks[i].start, end)
        if m:
            return value, max(k for k in range(i, len(toks)) if toks[k].start < m.end())
    return None, -1


def _no_number_at(values: tuple, text: str, start: int, lex: Lexicon, end: int) -> bool:
    """Is the token at ``start`` (its ``values``: :meth:`Lexicon.values`) no number word, and does
    no ordinal or cardinal of several words (:attr:`Lexicon.multi_start`) start there? Then it
    opens no noun phrase of :func:`_np_phrases` (one search where each such pattern was tried)."""
    return values[0] is None and values[1] is None and (
        lex.multi_start is None or lex.multi_start.match(text, start, end) is None)


def _np_phrases(text: str, toks: list[Tok], lex: Lexicon, end: int, skip=()) -> list[Phrase]:
    out = []
    inside = -1  # the last token of a multi-word ordinal ("most recent")
    known = lex.values_of
    for i, tok in enumerate(toks):
        if i <= inside:
            continue
        values = known.get(tok.text) or lex.values(tok.text)
        if _no_number_at(values, text, tok.start, lex, end):
            continue
        ordinal, word_end = values[0], i
        for pattern, value in lex.multi_ordinals if ordinal is None else ():
            m = pattern.match(text, tok.start, end)
            if m:
                ordinal, inside = value, max(k for k in range(i, len(toks)) if toks[k].start < m.end())
                word_end = inside
                break
        count, several = _count_at(text, tok, lex, None if ordinal is not None else values[1])
        if ordinal is None and count is None:
            count, inside = _multi_cardinal(text, toks, i, lex, end)
            several, word_end = count is not None, max(i, inside)
        if ordinal is None and count is None:
            continue
        if any(a <= tok.start < b for a, b in skip) or not several and tok.text not in lex.noun_numbers and _in_title(
                text, toks, i, ordinal is None):
            continue  # "December 7", "am 9. September": part of a date; "First Minister": a title
        if _part_of_set(text, toks, tok.start, word_end, lex, ordinal):
            continue  # "one of the three meetings", "eines der drei Treffen", "the last three meetings": a part of a set
        np = _noun_phrase(text, toks, word_end, lex, end)
        if np is None and ordinal is not None and ordinal != "last":  # "the latest in a series": no news
            np, how = _elided_head(text, toks, word_end, lex, end), "elided"
        else:
            how = "np"
        if np is None:
            continue
        head, head_end, mods = np
        if head.kind == "event" and _bare_initial(toks, i, lex):
            continue  # "Es gab erste Gespräche": initial talks, no place in a series
        if ordinal is not None and head.kind == "event" and lex.itinerary is not None and lex.itinerary.match(
                text, head_end + len(text[head_end:end]) - len(text[head_end:end].lstrip())):
            continue  # "the first meeting of the day", "das erste Treffen seiner Reise": one trip's programme
        if _no_claim_of_unit(text, toks, i, lex, end, head, mods, ordinal if ordinal is not None else count):
            continue
        if _a_length_or_any(toks, i, lex, head, count):
            continue
        if ordinal == "last" and head.kind == "term":
            continue  # "seine letzte Amtszeit", "her last term": the final one, not when it last happened
        if ordinal is not None:
            qualifier = None if head.kind == "event" else head.kind
            out.append(Phrase("ordinal", ordinal, head.type, tok.start, head_end, qualifier, head, mods,
                              rule=f"{how}-ordinal:{head.kind}:{head.type}"))
        elif head.kind in ("event", "round"):
            # "four meetings", "five ballots"; a count of role holders ("the two leaders") or terms claims nothing
            qualifier = None if head.kind == "event" else head.kind
            out.append(Phrase("count", count, head.type, tok.start, head_end, qualifier, head, mods,
                              rule=f"np-count:{head.kind}:{head.type}"))
    return out


_ELECTIONS = ("Election", "ReElection")


def names_election(text: str, lex: Lexicon, start: int, end: int) -> bool:
    """Does ``text[start:end]`` name an election or a vote (an election noun or verb of the
    grammar, or an election trigger of the event rules: "Wahlgang", "round of voting", "won 52
    percent of the vote")? A bare "round" is a voting round only there."""
    from kb.events.rules import rules

    candidates = [p for t, p in lex.verbs if t in _ELECTIONS] + [h.pattern for h in lex.heads if h.type in _ELECTIONS
                                                                  and h.kind == "event"]
    candidates += [r.pattern for r in rules(lex.lang).triggers if r.type in _ELECTIONS]
    candidates += [lex.vote_round] if lex.vote_round is not None else []  # "vier Wahlgänge", "three ballots"
    return any(p.search(text, start, end) for p in candidates)


def _anchored(text: str, lex: Lexicon, start: int, at: int) -> bool:
    """Is the event noun at ``at`` an anchor of time: an ``anchor`` word right before it, or with
    an article or a possessive between ("before the meeting", "nach dem Gipfel")?"""
    from kb.entities.words import function_words

    if lex.anchor is None:
        return False
    words = text[max(start, at - 40):at].split()[-2:]
    if words and lex.anchor.fullmatch(words[-1]):
        return True
    between = function_words(lex.lang, "determiner") | function_words(lex.lang, "possessive")
    return len(words) == 2 and words[1] in between and bool(lex.anchor.fullmatch(words[0]))


def clause_type(text: str, lex: Lexicon, start: int, end: int, near: int, places=()) -> tuple[str, int] | None:
    """The countable event type a clause names (its verb or event noun nearest ``near``) and where.
    A verb of being somewhere ("war zuletzt 2019 in Peru") names a visit only where one of the
    ``places`` (starts of countries or cities after a locative word) lies in the clause."""
    from kb.events.rules import rules

    best = None
    candidates = [(t, p) for t, p in lex.verbs] + [(h.type, h.pattern) for h in lex.heads if h.kind == "event"]
    candidates += [(r.type, r.pattern) for r in rules(lex.lang).triggers]
    if lex.being is not None and any(start <= a < end for a in places):
        candidates.append(("StateVisit", lex.being))
    side = rules(lex.lang).cues.get("sidelines")
    # the occasion beside which the event took place names no event of the clause ("zuletzt hatten
    # sie sich am Rande des G7-Gipfels getroffen": the last meeting, not the last summit)
    occasions = [m.end() for m in side.finditer(text, start, end)] if side is not None else []
    heads = [h.pattern for h in lex.heads]
    # an event noun kb does not count ("made a speech for the third time at the summit") still is
    # the clause's nearest event: the adverbial is about it, not about the summit
    found = [(etype, pattern in heads, m) for etype, pattern in candidates if etype in _COUNTABLE or pattern in heads
             for m in pattern.finditer(text, start, end)]
    nouns = [(m.start(), m.end()) for _, noun, m in found if noun]
    for etype, noun, m in found:
        if noun and lex.lang == "en" and not _word_start(text, m.start()):
            continue
        if noun and any(a < m.start() < b for a, b in nouns):
            continue  # "press conference": the statement's noun, not a conference
        if any(0 <= m.start() - o <= 30 and re.fullmatch(r"\s*(?:[\w-]+\s+){0,2}[\w-]*", text[o:m.start()])
               for o in occasions):
            continue  # the noun right after the cue (an article and a word or two between)
        if _anchored(text, lex, start, m.start()):
            continue  # "checked the list twice before the meeting": the meeting is a time, not counted
        d = abs(m.start() - near)
        if best is None or d < best[0]:
            best = (d, etype, m.start())
    return (best[1], best[2]) if best and best[1] in _COUNTABLE else None


def _verb_before_count(text: str, lex: Lexicon, p: Phrase, cs: int, places) -> tuple[str, int] | None:
    """In a language whose verb comes before its adverbs ("has visited the United States four times
    and met Joe Biden six times"), a count of times counts the event told before it in its clause,
    not the one of the next conjunct; where the verb comes last ("hat Berlin viermal besucht") the
    nearest event either side does."""
    from kb.frames import lexicon

    if p.kind != "count" or lexicon(lex.lang).order == "v2":
        return None
    return clause_type(text, lex, cs, p.start, p.start, places)


def _word_start(text: str, pos: int) -> bool:
    return pos == 0 or not (text[pos - 1].isalnum() or text[pos - 1] in "-'’")


def _adverbial_phrases(text: str, lex: Lexicon, start: int, end: int, places=(), present=None) -> list[Phrase]:
    """``present``: the lexicon's gate words in ``text[start:end]`` (:func:`_words_present`)."""
    out = []
    since = lex.windows.get("since")
    for pattern, fixed in lex.again:
        for m in _finditer(pattern, text, start, end, present):
            if _after_cue(since, text, max(start, m.start() - 16), m.start()):
                continue  # "what it has been like since the last time": the window's anchor, no claim of its own
            word = m.group("o") if fixed is None else None
            value = fixed if fixed is not None else (int(word) if re.fullmatch(r"[0-9]{1,3}", word) else lex.ordinal(word))
            out.append(Phrase("ordinal", value, "", m.start(), m.end(), rule=f"again:{pattern.pattern[:40]}"))
    for pattern in lex.times:
        for m in _finditer(pattern, text, start, end, present):
            value = lex.cardinal(m.group("n"))
            if value:
                out.append(Phrase("count", value, "", m.start(), m.end(), rule=f"times:{pattern.pattern[:40]}"))
    for pattern in lex.last:
        for m in _finditer(pattern, text, start, end, present):
            out.append(Phrase("ordinal", "last", "", m.start(), m.end(), rule=f"last:{pattern.pattern[:40]}"))
    typed = []
    for p in out:
        cs, ce = clause_of(text, start, end, p.start, p.end)
        told = _complement_after(text, lex, p, ce)
        ce = told if told is not None else ce  # "had told X three times that the talks ...": not the talks
        # "has spoken with X three times since he arrived in Oslo": the count is of the event told
        # before the window's cue, not of one the window names
        cue = lex.windows["since"].search(text, p.end, ce) if "since" in lex.windows else None
        found = _verb_before_count(text, lex, p, cs, places) \
            or (clause_type(text, lex, cs, cue.start(), p.start, places) if cue else None) \
            or clause_type(text, lex, cs, ce, p.start, places)
        streak = lex.streak is not None and lex.streak.match(text, p.end + len(text[p.end:ce]) - len(text[p.end:ce].lstrip()))
        # being somewhere again is a visit -- not a record ("won for the fifth time in a row in Munich"),
        # nor what was done there most recently ("had most recently worked at a bank in Oslo": a
        # "last" is a visit only by a verb of travel or of being somewhere); a place in its own clause
        # settles it before the next clause is read ("Scholz, der zum dritten Mal in China ist, traf Xi")
        here = p.value != "last" and any(cs <= a < ce for a in places) and not streak
        if found is None and here:
            found = ("StateVisit", p.start)
        if found is None and ce < end and told is None and not _relative_opens(text, lex, ce + 1, end):
            # "For the first time since 2019, the two met in person": the event is in the next clause
            # -- not in a relative one ("the first time that X, who arrived on Thursday, ...")
            _, after = clause_of(text, start, end, ce + 1)
            found = clause_type(text, lex, ce, after, p.start, places)
        if found is None and cs > start or _occasion(text, lex, p, found, cs > start):
            # "sie haben sich oft getroffen, zuletzt im März": the event is in the clause before;
            # "have met several times, most recently at the G20 summit": the summit is where they met
            before, _ = clause_of(text, start, end, cs - 1)
            found = clause_type(text, lex, before, cs, p.start, places) or found
        etype = found[0] if found else None
        if etype is not None and p.value is not None:
            p.etype = etype  # "zum zweiten Mal in Beijing": being somewhere again is a visit
            typed.append(p)
    return typed


def _complement_after(text: str, lex: Lexicon, p: Phrase, ce: int) -> int | None:
    """Where a clause opened by an ``opener`` word after an adverbial count begins ("told Xi three
    times that the talks must go on", "sagte Xi dreimal, dass ..."): what it tells is no event
    the count counts. None when there
    is none (an ordinal's "the third time that they met" tells its event there)."""
    if p.kind != "count" or lex.opener is None:
        return None
    m = lex.opener.search(text, p.end, ce)
    if m is None:  # "sagte Xi dreimal, dass ...": the clause after the comma
        gap = re.match(r"[\s,]*", text[ce:ce + 5])
        m = lex.opener.match(text, ce + gap.end()) if gap else None
        return ce if m else None
    return m.start()


def _after_cue(cue: re.Pattern | None, text: str, lo: int, hi: int) -> bool:
    """Does ``text[lo:hi]`` end with the cue (spaces after it at most)?"""
    return cue is not None and any(not text[m.end():hi].strip() for m in cue.finditer(text, lo, hi))


def _occasion(text: str, lex: Lexicon, p: Phrase, found: tuple[str, int] | None, apposition: bool) -> bool:
    """Is the event a "last" adverbial found in its own clause, a clause set off after a comma,
    only the occasion it names after a locative word ("..., most recently at the G20 summit",
    "..., zuletzt beim G20-Gipfel")?"""
    if found is None or not apposition or p.value != "last" or lex.locative is None or found[1] < p.end:
        return False
    words = text[p.end:found[1]].split()
    return bool(words) and len(words) <= 4 and lex.locative.fullmatch(words[0]) is not None


def _not_since(text: str, lex: Lexicon, start: int, end: int, places=(), present=None) -> list[Phrase]:
    """"They have not met since 2019": the last meeting was in 2019 (the window is read later).
    The negation and the window's cue stand in one clause with no subordinating word between them
    ("shares fell after the board cut the dividend because the bank may not meet the rules": no
    claim). ``present``: the lexicon's gate words in ``text[start:end]`` (:func:`_words_present`):
    none of the cue's, no cue in any clause of it."""
    since = lex.windows.get("since")
    if lex.not_since is None or since is None:
        return []
    gate = _gate(since)
    if present is not None and gate is not None and present.isdisjoint(gate[1]):
        return []
    out = []
    for neg in lex.not_since.finditer(text, start, end):
        cs, ce = clause_of(text, start, end, neg.start())
        cue = next((c for c in since.finditer(text, cs, ce) if not _subordinate_between(text, lex, neg, c)), None)
        found = clause_type(text, lex, cs, ce, neg.end(), places) if cue else None
        if found is not None:
            out.append(Phrase("ordinal", "last", found[0], neg.start(), neg.end(), last_since=True, rule="not-since"))
    return out


def _relative_opens(text: str, lex: Lexicon, pos: int, end: int) -> bool:
    """Does the clause at ``pos`` begin with a relative pronoun (claims.txt ``relative``)?"""
    m = re.match(r"\s*(\w+)", text[pos:end])
    return m is not None and lex.relative is not None and lex.relative.fullmatch(m.group(1)) is not None


def _subordinate_between(text: str, lex: Lexicon, a: re.Match, b: re.Match) -> bool:
    """Does a subordinating word (kb/lang/<iso>/frames.txt) stand between the two matches?"""
    from kb.frames.lexicon import lexicon as frame_lexicon

    lo, hi = (a.end(), b.start()) if a.end() <= b.start() else (b.end(), a.start())
    subordinators = frame_lexicon(lex.lang).subordinators
    return any(w.group() in subordinators for w in re.finditer(r"\w+", text[lo:hi]))


def _places_phrases(text: str, lex: Lexicon, start: int, end: int, present=None) -> list[Phrase]:
    out = []
    for pattern in lex.places:
        for m in _finditer(pattern, text, start, end, present):
            value = lex.cardinal(m.group("n"))
            cs, ce = clause_of(text, start, end, m.start(), m.end())
            found = clause_type(text, lex, cs, ce, m.start())
            if isinstance(value, int) and value and found is not None and found[0] in ("StateVisit", "Visit"):
                out.append(Phrase("count", value, found[0], m.start("n"), m.end(), "stops", rule="places"))
    return out


def _anniversaries(text: str, lex: Lexicon, start: int, end: int, present=None) -> list[Phrase]:
    out = []
    for pattern in lex.anniversary:
        for m in _finditer(pattern, text, start, end, present):
            value = lex.ordinal(m.group("o"))
            if isinstance(value, int):
                out.append(Phrase("ordinal", value, "Other", m.start("o"), m.end(), "anniversary", rule="anniversary"))
    return out


def phrases(text: str, lex: Lexicon, start: int, end: int, dates=(), places=()) -> list[Phrase]:
    """Every count and ordinal phrase of ``text[start:end]``, in text order, without overlaps.

    ``dates``: spans of date expressions (their numbers are no counts); ``places``: where places
    are named (an adverbial ordinal with no event but a place is a visit). Noun phrases win over
    adverbials and anniversaries that share their number word.
    """
    present = _words_present(text, lex, start, end)  # found once for the three kinds of pattern below
    adverbials = _adverbial_phrases(text, lex, start, end, places, present)
    # a noun phrase opens with a number word: a sentence without one has none (its tokens unread)
    gate = lex.number_gate
    numbered = gate is None or gate.search(text[start:end]) is not None
    # "the first time Joe Biden visits": a noun phrase reaching past an adverbial that holds its
    # number word took the adverbial's noun ("time") for a modifier
    nps = [p for p in _np_phrases(text, tokens(text, start, end), lex, end, dates)
           if not any(q.start <= p.start < q.end < p.end and re.search(r"\s", text[p.start:q.end]) for q in adverbials)
           ] if numbered else []
    found = nps + _places_phrases(text, lex, start, end, present)
    found += _anniversaries(text, lex, start, end, present)
    found += adverbials + _not_since(text, lex, start, end, places, present)
    kept: list[Phrase] = []
    for p in found:
        if not any(p.start < q.end and q.start < p.end for q in kept):
            kept.append(p)
    return sorted(kept, key=lambda p: p.start)
