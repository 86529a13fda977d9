"""Case marking for kb/frames: an article that makes its noun phrase the object (frames.txt
``accusative``: German "den", "einen"), whatever the word order ("Die Regierung hat den Chef der
Armee, X, entlassen"; "Am Montag entließ den Minister X die Präsidentin Y")."""

from __future__ import annotations

import re
from functools import lru_cache

from ..entities.words import function_words
from ..model import Argument


@lru_cache(maxsize=None)
def _object_article_re(lang: str, accusatives: frozenset[str]) -> re.Pattern:
    """An object article, a lower-case word, a capitalised noun and maybe its genitive ("den
    bisherigen Chef der Armee"), then a comma or nothing, right before a name."""
    alt = "|".join(re.escape(w) for w in sorted(accusatives, key=len, reverse=True))
    gen = "|".join(re.escape(w) for w in sorted(function_words(lang, "genitive"), key=len, reverse=True)) or "(?!)"
    noun = r"(?:[a-zäöüß][\w-]*\s+)?[A-ZÄÖÜ][\w-]*"
    return re.compile(rf"(?<![\w-])(?:{alt})\s+{noun}(?:\s+(?:{gen})\s+{noun})?(?:,\s+|\s+)$")


def marked_object(s, x: Argument) -> bool:
    """Is the phrase of ``x`` marked as an object by an article (frames.txt ``accusative``): one that
    opens it, or that of a title right before it ("den bisherigen Heereschef X") or of a description
    closed by a comma before it ("den Chef der Armee, X")?"""
    if not s.lex.accusatives:
        return False
    first = s.text[x.start:x.end].split(maxsplit=1)
    if first and first[0].lower() in s.lex.accusatives:
        return True  # the phrase holds its description: "den Chef der Armee, X"
    pat = _object_article_re(s.lang, frozenset(s.lex.accusatives))
    return pat.search(s.text, max(s.sent.start, x.start - 80), x.start) is not None
