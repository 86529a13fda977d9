"""The claim cues the event extractor asks about (``kb.events``): is a trigger quantified by an
ordinal or a count, and does a window start right before it? Read from the same grammar.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..temporal import programs
from .grammar import _np_phrases, tokens
from .lexicon import Lexicon, lexicon

__all__ = ["Cues", "cues"]


@dataclass
class Cues:
    lex: Lexicon
    ordinal_re: re.Pattern | None
    since_re: re.Pattern | None

    def ordinal_before(self, text: str) -> int | str | None:
        """The ordinal ending ``text`` (at most two words before its end): "seinen zweiten China-"."""
        toks = tokens(text, 0, len(text))
        for tok in reversed(toks[-3:]):
            if re.search(r"[,;:.()]", text[tok.end:]) and not tok.text.endswith("."):
                return None
            value = self.lex.ordinal(tok.text)
            if value is None and self._noun(text, tok):
                return None  # "für eine dritte Amtszeit vereidigt": the ordinal counts the term
            if value is not None:
                if tok.text[:1].isdigit() and text[tok.end:].strip():
                    return None  # "9. September zum": a number ordinal stands right before its noun
                return value
        return None

    def _noun(self, text: str, tok) -> bool:
        """A noun of its own between the ordinal and the trigger (not a compound's first part)."""
        if self.lex.head_at(text, tok.start, len(text)) is not None:
            return True
        return self.lex.lang == "de" and tok.text[:1].isupper() and not text[tok.end:tok.end + 1] == "-"

    def count_around(self, clause: str) -> bool:
        """Does the clause hold a count of events ("drei Mal", "eight phone calls", "20 meetings")? (A
        count of the places a trip covers leaves the trip an event; other numbers in digits may be
        dates: not asked.)"""
        return _count_around(self.lex.lang, clause)


@lru_cache(maxsize=4096)
def _count_around(lang: str, clause: str) -> bool:
    lex = lexicon(lang)
    if any(p.search(clause) for p in lex.times):
        return True
    toks = tokens(clause, 0, len(clause))
    # a count of voting rounds ("after five ballots") counts rounds of one election, which happened
    return any(p.kind == "count" and p.qualifier != "round"
               and (not clause[p.start].isdigit() or _counted_in_digits(clause, p))
               for p in _np_phrases(clause, toks, lex, len(clause)))


def _counted_in_digits(clause: str, p) -> bool:
    """"held 20 meetings with X": a number in digits below 1000 right before an event noun, with
    only lower-case words between ("12 bilateral meetings"), counts events -- a year ("the 2024
    summit") or a day of a month ("20 March talks", "the December 7 talks") does not."""
    before = clause[:p.start].split()
    return isinstance(p.value, int) and p.value < 1000 and p.head is not None and p.head.kind == "event" \
        and not any(w[:1].isupper() or w[:1].isdigit() for w in p.modifiers.split()) \
        and not (before and before[-1][:1].isupper())


@lru_cache(maxsize=None)
def cues(lang: str) -> Cues:
    lex = lexicon(lang)
    forms = sorted(lex.ordinals, key=len, reverse=True)
    # (with the adverbs that hold their value: "erstmals seit 2022", "for the first time since")
    fixed = [p.pattern for p, value in lex.again if value is not None]
    alternation = "|".join(lex.compound_sources.get("ordinal", []) + [re.escape(f) for f in forms]
                           + [p.pattern for p in lex.digits] + fixed)
    ordinal_re = programs.compile(rf"(?<![\w-])(?:{alternation})(?![\w])", re.IGNORECASE) if alternation else None
    return Cues(lex, ordinal_re, lex.windows.get("since"))
