"""Pipeline step ``sentences``: sentence and token spans.

Rule-based and fast: a sentence ends at ``.``, ``!`` or ``?`` (plus closing
quotes or brackets) before whitespace and an upper-case letter, digit or
opening quote, unless the word before the stop is an abbreviation of the
language (``kb/lang/<iso>/abbreviations.txt``) or an initial. A line break
always ends a sentence (news text keeps one paragraph or heading per line).
Boilerplate spans are left out.

A "sentence" longer than :data:`MAX_SENTENCE_CHARS` (a table, a list or a
paragraph without punctuation) is split into pieces at a safe boundary (a line
break, else a space after a comma or semicolon, else any space; a hard cut only
when there is no space at all), with a warning: later steps look at one
sentence at a time, and an unbounded one would cost them quadratic time.
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import lang as langdata
from .model import Analysis, Sentence, Span, Token

__all__ = ["CLAUSE_CUT", "MAX_SENTENCE_CHARS", "annotate", "clauses", "cut_points", "split", "tokenize"]

# The longest sentence of the development articles has ~480 characters; a legal
# sentence may reach 1,500. Beyond this a span is not a sentence a rule can read.
MAX_SENTENCE_CHARS = 2000

# A word, or an abbreviation with inner stops ("U.S.", "z.B."), or a punctuation mark. The first
# branch takes a word that no stop-and-letter follows at once (most words) without trying the
# abbreviation branch, whose lookbehind the engine would test at every length of the word: the
# same tokens as without it (where it matches, the abbreviation branch cannot), in half the time.
_TOKEN = re.compile(r"(?>\w+(?:[-'’]\w+)*)(?![-'’.]\w)|\w+(?:[-'’.]\w+)*\.?(?<=\w\.\w\.)|\w+(?:[-'’]\w+)*|[^\w\s]")
_BOUNDARY = re.compile(r"[.!?…]+[\"'»«“”‘’)\]]*(?=\s+[\"'»«„“‘(\[]?(\w))")
_BOUNDARY_NEXT = re.compile(r"\s+[\"'»«„“‘(\[]?(\w)")
_WORD_BEFORE = re.compile(r"([\w.]+)\.$")
# An abbreviation or initial is short: the word before a stop is looked for this far back
# (a fixed window keeps the split linear on text such as "A. B. C. ..." without spaces).
_WORD_WINDOW = 100
_CLAUSE_BREAK = re.compile(r"[,;:)\]–—]\s")
_SPACE = re.compile(r"\s")


@lru_cache(maxsize=None)
def _abbreviations(lang: str) -> tuple[frozenset[str], bool]:
    lines = [line.strip() for line in langdata.read_lines(lang, "abbreviations.txt")]
    return frozenset(x for x in lines if x != "<ORDINAL>"), "<ORDINAL>" in lines


def abbreviations(lang: str) -> frozenset[str]:
    """The words after which a full stop ends no sentence (abbreviations.txt, without the stop)."""
    return _abbreviations(lang)[0]


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Word and punctuation tokens of ``text[start:end]`` with document offsets.

    >>> [t.text for t in tokenize("Putins Besuch, am 16. Mai.")]
    ['Putins', 'Besuch', ',', 'am', '16', '.', 'Mai', '.']
    """
    end = len(text) if end is None else end
    return [Token(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text, start, end)]


def _ends_sentence(block: str, stop_end: int, stop_start: int, abbrevs: frozenset[str],
                   ordinals: bool) -> bool:
    nxt = _BOUNDARY_NEXT.match(block, stop_end)
    if nxt and not (nxt.group(1).isupper() or nxt.group(1).isdigit()):
        return False  # a lower-case word goes on the sentence
    if block[stop_start] != ".":
        return True
    lo = max(0, stop_start - _WORD_WINDOW)
    m = _WORD_BEFORE.search(block, lo, stop_start + 1)
    if not m:
        return True
    if m.start() == lo and lo > 0 and (block[lo - 1].isalnum() or block[lo - 1] in "._"):
        return True  # a "word" longer than the window is no abbreviation
    word = m.group(1)
    last = word.rsplit(".", 1)[-1] if "." in word and not word.endswith(".") else word
    if word in abbrevs or last in abbrevs:
        return False
    if len(word) == 1 and word.isalpha() and word.isupper():
        return False  # an initial: "George W. Bush"
    if ordinals and word.isdigit() and len(word) <= 2:
        return False
    if re.fullmatch(r"(?:\w\.)+\w", word):
        return False  # "U.S." "z.B"
    return True


def cut_points(text: str, start: int, end: int, limit: int = MAX_SENTENCE_CHARS) -> list[int]:
    """Where to cut ``text[start:end]`` so that no piece is longer than ``limit``.

    Each cut is at a safe boundary in the second half of the window: the last
    line break, else the last space after a clause mark (``, ; : ) –``), else
    the last space; only a window without any space is cut hard. Linear in
    ``end - start``.

    >>> cut_points("eins zwei, drei vier fünf", 0, 25, limit=12)
    [10, 20]
    """
    cuts: list[int] = []
    pos = start
    while end - pos > limit:
        lo, hi = pos + limit // 2, pos + limit
        cut = text.rfind("\n", lo, hi + 1)
        if cut == -1:
            m = None
            for m in _CLAUSE_BREAK.finditer(text, lo, hi + 1):
                pass
            cut = m.start() + 1 if m else -1
        if cut == -1:
            m = None
            for m in _SPACE.finditer(text, lo, hi + 1):
                pass
            cut = m.start() if m else hi
        cuts.append(cut)
        pos = cut
    return cuts


def split(text: str, lang: str, skip: list[Span] | None = None) -> list[Sentence]:
    """Sentences of ``text`` outside the ``skip`` spans, in order, with tokens.

    >>> text = "Er kam am 16. Mai. Dann ging er."
    >>> [text[s.start:s.end] for s in split(text, "de")]
    ['Er kam am 16. Mai.', 'Dann ging er.']
    """
    return _split(text, lang, skip)[0]


def _split(text: str, lang: str, skip: list[Span] | None) -> tuple[list[Sentence], list[Span]]:
    """The sentences, and the over-long spans that were cut into pieces."""
    abbrevs, ordinals = _abbreviations(lang)
    cut: list[Span] = []
    skip_starts = {s.start: s.end for s in (skip or [])}
    sentences: list[Sentence] = []
    pos = 0
    for line in text.splitlines(keepends=True):
        line_start, body = pos, line.rstrip("\r\n")
        pos += len(line)
        if line_start in skip_starts or not body.strip():
            continue
        begin = 0
        for m in _BOUNDARY.finditer(body):
            if _ends_sentence(body, m.end(), m.start(), abbrevs, ordinals):
                _add(sentences, cut, text, line_start + begin, line_start + m.end())
                begin = m.end()
        _add(sentences, cut, text, line_start + begin, line_start + len(body))
    return sentences, cut


def _add(out: list[Sentence], cut: list[Span], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end - start > MAX_SENTENCE_CHARS:
        cut.append(Span(start, end))
        bounds = [start, *cut_points(text, start, end), end]
        for a, b in zip(bounds, bounds[1:]):
            _add(out, cut, text, a, b)
    elif end > start:
        out.append(Sentence(start, end, tokenize(text, start, end)))


def annotate(analysis: Analysis) -> None:
    """Pipeline step: fill ``analysis.sentences`` (boilerplate left out).

    Over-long sentences are cut into pieces (see :func:`cut_points`) and the
    user is warned once per document.
    """
    analysis.sentences, cut = _split(analysis.text, analysis.document.lang, analysis.boilerplate)
    if cut:
        longest = max(s.end - s.start for s in cut)
        analysis.warnings.append(
            f"{len(cut)} sentence(s) longer than {MAX_SENTENCE_CHARS:,} characters (the longest "
            f"{longest:,}, at offset {cut[0].start}) were cut into pieces at spaces; an event "
            f"or date that spans a cut may be missed")


# Clause punctuation inside a sentence (the events step's clauses; the frame step also cuts at brackets).
CLAUSE_CUT = re.compile(r"[,;:–—]|\s-\s")


def clauses(text: str, sent: Sentence, protected: list[tuple[int, int]],
            cut: re.Pattern = CLAUSE_CUT) -> list[tuple[int, int]]:
    """Cut a sentence at clause punctuation (``cut``) outside protected spans (timexes, mentions);
    a comma between digits ("1,5") cuts nothing. Never empty: at worst the whole sentence."""
    cuts = [sent.start]
    inside = None  # the protected spans that reach into the sentence (made at the first cut)
    for m in cut.finditer(text, sent.start, sent.end):
        p = m.start()
        if inside is None:
            inside = [(s, e) for s, e in protected if s < sent.end and e > sent.start]
        if any(s <= p < e for s, e in inside):
            continue
        if text[p] == "," and 0 < p < len(text) - 1 and text[p - 1].isdigit() and text[p + 1].isdigit():
            continue
        cuts.append(m.end())
    cuts.append(sent.end)
    return [(a, b) for a, b in zip(cuts, cuts[1:]) if b > a] or [(sent.start, sent.end)]
