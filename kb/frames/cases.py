"""Case and number for kb/frames: an article that makes its noun phrase the object (frames.txt
``accusative``: German "den", "einen"), whatever the word order ("Die Regierung hat den Chef der
Armee, X, entlassen"; "Am Montag entließ den Minister X die Präsidentin Y"), and a pronoun that is never a subject
(``accusative pronoun``: "Dort empfing ihn Präsident X"); a singular noun of a
person right before a name is that name's title ("der Journalist Paul Kern", frames.txt ``title``)."""

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
    if s.text[x.start:x.end].lower() in s.lex.object_pronouns:
        return True  # "Dort empfing ihn Präsident X": the pronoun is the object, X the subject
    if not s.lex.accusatives:
        return False
    first = s.text[x.start:x.end].split(maxsplit=1)
    if first and first[0].lower() in s.lex.accusatives:
        return True  # the phrase holds its description: "den Chef der Armee, X"
    pat = _object_article_re(s.lang, frozenset(s.lex.accusatives))
    return pat.search(s.text, max(s.sent.start, x.start - 80), x.start) is not None


def _after_noun(s, start: int) -> bool:
    """Does a capitalised word stand right before the article at ``start`` ("der Haftentlassung der
    Reporterin X")? Then the phrase is a genitive of that noun, and read as such."""
    m = re.search(r"(\S+)\s+$", s.text[s.sent.start:start])
    if m is None or not m.group(1)[:1].isupper():
        return False
    at = s.sent.start + m.start(1)
    return not any(t.start <= at < t.end for t in s.timexes)  # "am Montag der Journalist X": a date


def title_before_name(s, article: str, head: str, start: int, end: int) -> bool:
    """Is the article phrase ``start``..``end`` (its noun ``head``) the title of the person named right
    after it ("der Journalist Paul Kern", "die Oppositionspolitikerin Anna Lund")? The noun ends in a
    person ending of frames.txt ``title``, and a feminine one (``title feminine``) after a plural-looking
    article ("die"): "die Bürger Paul Kern" may be a plural subject and an object after it."""
    endings, feminine = s.lex.titles.get("any", ()), s.lex.titles.get("feminine", ())
    if not endings or s.text[end:end + 1] != " " or _after_noun(s, start):
        return False
    nxt = next((p for p in s.phrases if p.start == end + 1 and p.items), None)
    if nxt is None or not all(e.kind == "person" for m in nxt.items for e in m.entities) \
            or not any(m.entities for m in nxt.items):
        return False
    allowed = feminine if article.lower() in s.lex.plural_articles else endings
    return any(head.endswith(x) for x in allowed)
