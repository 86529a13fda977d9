"""Pipeline step ``clean``: find boilerplate lines (agency credits, link lines, copyright).

The text itself is never changed, so every offset keeps pointing into the
document as ingested; boilerplate is recorded as spans that later steps skip.
Patterns are data: ``kb/lang/boilerplate.txt`` (any language) and
``kb/lang/<iso>/boilerplate.txt``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import lang as langdata
from .model import Analysis, Span

__all__ = ["annotate", "boilerplate_spans", "is_boilerplate"]

FILE = "boilerplate.txt"
# A boilerplate line is short; a long line that happens to start like one
# ("Mehr als 300 Menschen ...") is text.
_MAX_LINE = 200


@lru_cache(maxsize=None)
def _patterns(lang: str) -> tuple[re.Pattern, ...]:
    lines = langdata.read_lines("", FILE) + langdata.read_lines(lang, FILE)
    return tuple(re.compile(line.strip(), re.IGNORECASE) for line in lines)


def is_boilerplate(line: str, lang: str) -> bool:
    """Whether one line (without its newline) is boilerplate.

    >>> is_boilerplate("© AFP", "de"), is_boilerplate("AFP meldete am Montag Neues.", "de")
    (True, False)
    """
    stripped = line.strip()
    if not stripped or len(stripped) > _MAX_LINE:
        return False
    return any(p.match(stripped) for p in _patterns(lang))


def boilerplate_spans(text: str, lang: str) -> list[Span]:
    """Spans of the boilerplate lines of ``text`` (each line without its newline)."""
    spans = []
    pos = 0
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        if is_boilerplate(body, lang):
            spans.append(Span(pos, pos + len(body)))
        pos += len(line)
    return spans


def annotate(analysis: Analysis) -> None:
    """Pipeline step: fill ``analysis.boilerplate``."""
    analysis.boilerplate = boilerplate_spans(analysis.text, analysis.document.lang)
