"""What a saying says: the stretch of its sentence a speaking verb reports, and the dates in it.

A date in what a speaking verb says dates what is said, not the saying ("said on Monday that the
plant opened in 1983": Monday is the saying's, 1983 what it says). :func:`complement` finds that
stretch for the speaking verb at ``[s, e)`` from the words around it -- after the word or mark
that opens what is said, after a ``said-subject`` word, or before the comma that ends it when the
saying closes its sentence -- and :func:`said_dates` and :func:`content_dates` give the timexes
in it that the saying does not take. (Moved out of ``kb.events.dating`` at stop 37; the sentence's
sayings as the frames tell them are :mod:`kb.frames.sayings`.)
"""

from __future__ import annotations

import dataclasses
import re
from typing import NamedTuple

from ..model import Span, Timex
from .context import Context
from .dating import _TAIL_WORD, _bare, _spans

__all__ = ["Complement", "complement", "content_dates", "said_dates", "with_complement"]


class Complement(NamedTuple):
    """What the speaking verb says: it begins at ``start`` (after the verb; ``verb_needed``: a date
    after that start is what is said only with a verb told in a tense before it) or ends at ``end``
    (before the verb, when the saying closes its sentence); both None when the words tell neither."""

    start: int | None
    end: int | None
    verb_needed: bool


def complement(ctx: Context, s: int, e: int, lang: str, opener: re.Pattern | None,
               tail: re.Pattern | None = None) -> Complement:
    """The stretch what the speaking verb at ``[s, e)`` says stands in (see :func:`said_dates`)."""
    timexes = ctx.timexes_in(ctx.sentence.start, ctx.sentence.end)
    start, verb_needed = _content_start(ctx, s, e, lang, opener, timexes)
    if start is not None:
        return Complement(start, None, verb_needed)
    return Complement(None, _content_end_before(ctx, s, e, opener, tail), verb_needed)


def with_complement(ctx: Context, saying, lang: str, opener: re.Pattern | None, tail: re.Pattern | None = None):
    """The :class:`kb.frames.sayings.Saying` ``saying`` with the stretch what it says stands in
    (``says``: from where it begins to the sentence's end, or from the sentence's start to where it
    ends)."""
    c = complement(ctx, saying.start, saying.frame.predicate.end, lang, opener, tail)
    says = Span(c.start, ctx.sentence.end) if c.start is not None else \
        Span(ctx.sentence.start, c.end) if c.end is not None else None
    return dataclasses.replace(saying, says=says)


def content_dates(ctx: Context, e: int, lang: str) -> frozenset[int]:
    """The timexes (by start) after the speaking verb ending at ``e`` that a cue of a plan, a wish
    or a denial of what it says stands before ("said the deal would be reviewed next month", "said
    talks could resume in June"): they date what is said, not the saying -- "said on Monday the
    deal would be reviewed" keeps its Monday. The cues are the non-past ones of status.txt."""
    from .rules import status_cues

    cues = [pat for status, pat in status_cues(lang) if status in ("did_not_occur", "hypothetical", "planned")]
    out = set()
    for t in ctx.timexes_in(e, ctx.sentence.end):
        if any(not ctx.quoted(m.start()) for pat in cues for m in pat.finditer(ctx.text, e, t.start)):
            out.add(t.start)
    return frozenset(out)


def said_dates(ctx: Context, s: int, e: int, lang: str, opener: re.Pattern | None,
               tail: re.Pattern | None = None, setting: re.Pattern | None = None) -> frozenset[int]:
    """The timexes (by start) in what the speaking verb at ``[s, e)`` says, which date that and
    not the saying, even when it tells no event of its own:

    - after the word or mark that opens what is said, near the verb ("said that the plant
      opened in 1983", "said on Monday: ..."): the date before it stays the saying's;
    - after a ``said-subject`` word (function-words.txt) right after the verb or the saying's own
      date, the verb's subject standing before it ("said the agency had bought it in 1987",
      "said Thursday he was in Lisbon in 1975": Thursday stays the saying's);
    - before the comma that ends what is said when the saying closes the sentence ("The convoy
      could leave as soon as Tuesday, the minister said.") -- not a date put in front alone
      ("On Tuesday, the minister said.") nor one of a clause telling the occasion (``setting``).
    """
    timexes = ctx.timexes_in(ctx.sentence.start, ctx.sentence.end)
    if not timexes:
        return frozenset()
    start, end, verb_needed = complement(ctx, s, e, lang, opener, tail)
    if start is not None:
        from ..temporal.tense import finite_verb

        # "told the newspaper on Monday": an object and the saying's day, no clause of what is said;
        # "said the agency five months ago gave ...": a date between what is said's subject and its
        # verb is what is said
        return frozenset(t.start for t in timexes if t.start >= start
                         and (not verb_needed or finite_verb(ctx.text, start, t.start, lang)
                              or (t.start > start and _verb_next(ctx, t.end, lang))))
    if end is None or (setting is not None and setting.match(ctx.text, ctx.sentence.start, end)):
        return frozenset()
    before = [t for t in timexes if t.end <= end]
    if tail is not None and _bare(ctx, ctx.sentence.start, end, _spans(before), tail):
        return frozenset()
    return frozenset(t.start for t in before)


def _verb_next(ctx: Context, pos: int, lang: str) -> bool:
    """Is the word right after ``pos`` (no comma between) a verb told in a tense ("... five months
    ago gave")?"""
    from ..temporal.tense import finite_verb

    word = _NEXT_WORD.match(ctx.text, pos, ctx.sentence.end)
    return word is not None and finite_verb(ctx.text, word.start(1), word.end(1), lang)


_NEXT_WORD = re.compile(r"[ \t]+(\w+)")


def _content_start(ctx: Context, s: int, e: int, lang: str, opener: re.Pattern | None,
                   timexes: list[Timex]) -> tuple[int | None, bool]:
    """Where what the speaking verb at ``[s, e)`` says begins after it, or None (see
    :func:`said_dates`); and whether a date after that start is what is said only with a verb
    before it (after a ``said-subject`` word: "announced his resignation on Monday" is the saying's day)."""
    from ..entities.words import function_words

    if opener is not None:
        m = opener.search(ctx.text, e, min(ctx.sentence.end, e + _CONTENT_REACH))
        if m is not None:
            return m.start(), False
    subjects = function_words(lang, "said-subject")
    if not subjects or _subject_after(ctx, s, e):
        return None, False  # '"...," said the minister': the subject after the verb says nothing
    pos = e
    preps = function_words(lang, "date-prep")
    while True:
        pos += len(ctx.text[pos:]) - len(ctx.text[pos:].lstrip())
        prep = _TAIL_WORD.match(ctx.text, pos)
        if prep is not None and prep.group() in preps:  # "said on Monday he ...": the saying's day
            after = prep.end() + len(ctx.text[prep.end():]) - len(ctx.text[prep.end():].lstrip())
            pos = after if any(t.start == after for t in timexes) else pos
        nxt = next((t for t in timexes if t.start == pos), None)
        if nxt is None:
            break
        pos = nxt.end
    word = _TAIL_WORD.match(ctx.text, pos)
    if word is not None and word.group() in function_words(lang, "infinitive") \
            and ctx.text[s:e].strip() in function_words(lang, "commissive"):
        return pos, False  # "vowed on Monday to hold a vote next year": next year is the vote's
    if word is not None and word.group() not in subjects and _clause_opens(ctx, pos, word.group(), lang):
        return pos, True  # "said special envoy X left Tuesday": a clause with a verb of its own
    return (pos if word is not None and word.group() in subjects else None), True


def _clause_opens(ctx: Context, pos: int, word: str, lang: str) -> bool:
    """Does the word at ``pos``, right after a speaking verb (and its own dates), open a clause of
    what is said ("said special envoy X left Tuesday", "said Estonia told them in May"): no
    preposition or infinitive marker, a verb told in a tense before the next comma, the next name
    standing before that verb?"""
    from ..entities.words import function_words
    from ..frames.lexicon import lexicon
    from ..temporal.tense import finite_verb

    if word.lower() in lexicon(lang).preps or word.lower() in function_words(lang, "infinitive"):
        return False
    infinitive = "|".join(re.escape(w) for w in function_words(lang, "infinitive")) or "(?!)"
    # up to the next comma or bracket, or an infinitive marker ("called on X to withdraw on Monday")
    stop = re.compile(rf"[,;:()\"“”]|(?<!\w)(?:{infinitive})(?!\w)")
    m = stop.search(ctx.text, pos, ctx.sentence.end)
    end = m.start() if m else ctx.sentence.end
    names = [x for x in ctx.mentions if pos <= x.start < end]
    if not names:
        return False
    verb = finite_verb(ctx.text, names[0].end, end, lang)
    return verb and not finite_verb(ctx.text, pos, names[0].start, lang)


# how far after a speaking verb the word or mark opening what it says may stand
_CONTENT_REACH = 80
# a speaking verb right after a comma or a closing quote, or opening its sentence: its subject follows it
_INVERTED = re.compile(r"(?:\A|[,\"”’'])\s*\Z")
# the comma that ends what is said and the words after it up to the speaking verb closing the sentence
_SAYER = re.compile(r",[\"”’']*\s+(?:[\w.'’-]+\s+){0,9}\Z")


def _subject_after(ctx: Context, s: int, e: int) -> bool:
    """Does the speaking verb at ``[s, e)`` open its sentence or follow a comma or a closing quote,
    with its subject after it ('"...," said Mayor X')? The frame reader may take that name for the
    verb's object."""
    if _INVERTED.search(ctx.text[ctx.sentence.start:s]) is None:
        return False
    frame = next((f for f in ctx.frames if f.predicate.start == s and not f.predicate.nominal), None)
    if frame is None:
        return False
    # "X, R-Ind., said he ...": a subject before the verb and its apposition's comma keeps it
    apposed = ctx.text[ctx.sentence.start:s].rstrip().endswith(",") \
        and any(a.slot == "subj" and a.end <= s and not ctx.quoted(a.start) for a in frame.arguments)
    return not apposed and any(a.slot in ("subj", "obj") and a.start >= e for a in frame.arguments)


def _content_end_before(ctx: Context, s: int, e: int, opener: re.Pattern | None,
                        tail: re.Pattern | None) -> int | None:
    """The comma ending what is said when the speaking verb at ``[s, e)`` closes its sentence, its
    subject before or after it ("..., the minister said.", "..., said the minister, a Social
    Democrat.", "..., the minister said on Monday": nothing after it but dates, names and the
    words of the ``tail`` cue) or inserted in it ("..., the minister said, from ..."), else None."""
    if opener is not None and opener.search(ctx.text, e, ctx.sentence.end) is not None:
        return None
    if not _subject_after(ctx, s, e) and not ctx.text[e:ctx.sentence.end].lstrip().startswith(",") \
            and (tail is None or not _bare(ctx, e, ctx.sentence.end, _spans(ctx.timexes, ctx.mentions), tail)):
        return None  # "..., X said he ...", "X, a minister, said he ...": what is said follows the verb
    m = _SAYER.search(ctx.text[ctx.sentence.start:s])
    return ctx.sentence.start + m.start() if m else None
