"""Pipeline step ``sentences``: sentence and token spans.

Rule-based and fast: a sentence ends at ``.``, ``!`` or ``?`` (plus closing
quotes or brackets) before whitespace and an upper-case letter, digit or
opening quote, unless the word before the stop is an abbreviation of the
language (``kb/lang/<iso>/abbreviations.txt``) or an initial. A line break
always ends a sentence (news text keeps one paragraph or heading per line).
Boilerplate spans are left out.
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import lang as langdata
from .model import Analysis, Sentence, Span, Token

__all__ = ["annotate", "split", "tokenize"]

_TOKEN = re.compile(r"\w+(?:[-'’.]\w+)*\.?(?<=\w\.\w\.)|\w+(?:[-'’]\w+)*|[^\w\s]")
_BOUNDARY = re.compile(r"[.!?…]+[\"'»«“”‘’)\]]*(?=\s+[\"'»«„“‘(\[]?(\w))")
_BOUNDARY_NEXT = re.compile(r"\s+[\"'»«„“‘(\[]?(\w)")
_WORD_BEFORE = re.compile(r"([\w.]+)\.$")


@lru_cache(maxsize=None)
def _abbreviations(lang: str) -> tuple[frozenset[str], bool]:
    lines = [line.strip() for line in langdata.read_lines(lang, "abbreviations.txt")]
    return frozenset(x for x in lines if x != "<ORDINAL>"), "<ORDINAL>" in lines


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
    m = _WORD_BEFORE.search(block, 0, stop_start + 1)
    if not m:
        return True
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


def split(text: str, lang: str, skip: list[Span] | None = None) -> list[Sentence]:
    """Sentences of ``text`` outside the ``skip`` spans, in order, with tokens.

    >>> text = "Er kam am 16. Mai. Dann ging er."
    >>> [text[s.start:s.end] for s in split(text, "de")]
    ['Er kam am 16. Mai.', 'Dann ging er.']
    """
    abbrevs, ordinals = _abbreviations(lang)
    skip_starts = {s.start: s.end for s in (skip or [])}
    sentences: list[Sentence] = []
    pos = 0
    for line in text.splitlines(keepends=True):
        line_start, body = pos, line.rstrip("\r\n")
        pos += len(line)
        if line_start in skip_starts or not body.strip():
            continue
        cut = 0
        for m in _BOUNDARY.finditer(body):
            if _ends_sentence(body, m.end(), m.start(), abbrevs, ordinals):
                _add(sentences, text, line_start + cut, line_start + m.end())
                cut = m.end()
        _add(sentences, text, line_start + cut, line_start + len(body))
    return sentences


def _add(out: list[Sentence], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Sentence(start, end, tokenize(text, start, end)))


def annotate(analysis: Analysis) -> None:
    """Pipeline step: fill ``analysis.sentences`` (boilerplate left out)."""
    analysis.sentences = split(analysis.text, analysis.document.lang, analysis.boilerplate)
