"""Digests: a text of dated items, each item's relative dates read from its own date line.

A press digest lists items under date lines ("18. August 2017" alone on its line, "Brüssel, 18.
August 2017"), or opens each item's paragraph with its day ("18.08.2017 Der Präsident ...",
"18/08/2017 - ..."). "Heute" or "am Freitagabend" in an item means that day, or the Friday before
it, not the publication date (the newest item's). :func:`date_line` finds the lines,
:func:`anchors` says which date line each sentence falls under, and :func:`reanchor` reads an
item's relative dates again against it.
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
import re
from bisect import bisect_left, bisect_right

from ..model import DateValue, Sentence, Timex

__all__ = ["anchors", "date_line", "opening_day", "reanchor"]

_FILLER = re.compile(r"[\s.,;:–—()\-/]*")
# a place before the day of a date line ("Brüssel, 18. August 2017", "Addis Abeba (Äthiopien), ..."):
# capitalised words, a bracketed country, a comma
_PLACE = re.compile(r"\s*(?:[A-ZÄÖÜ][\w.'-]*(?:\s+\([^()\n]{1,40}\))?[\s/]*){1,4},\s*")
# a short lower-case word between the place and the day of a letter date ("Oslo, den 18. März")
_LETTER_WORD = re.compile(r"[a-zäöüéè]{2,3}\s+")
# what may stand between the day opening an item's paragraph and the item's text: a dash, a colon
_OPENING_GAP = re.compile(r"\s*[–—:-]?\s+(?=\S)")


def _day(m: re.Match | None) -> _dt.date | None:
    """The day a ``dateline`` pattern matched (groups ``y``, ``m``, ``d``); None if it is none."""
    if m is None:
        return None
    try:
        return _dt.date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
    except (ValueError, IndexError):
        return None


def _digits(line: str, patterns) -> _dt.date | None:
    """A date line written in digits ("21/08/2017"), by the language's ``dateline`` patterns."""
    for pat in patterns:
        day = _day(pat.fullmatch(line.strip(" \t.,;:–—")))
        if day is not None:
            return day
    return None


def date_line(text: str, sent: Sentence, timexes: list[Timex], patterns=()) -> _dt.date | None:
    """The day a sentence gives when it is a date line: alone on its line, nothing but one day
    (a day the tagger read, or one written in digits by ``patterns``), perhaps after a place
    ("Brüssel, 18. August 2017") -- or a title that ends in its day ("Berg trifft Lund – 12.04.2019")."""
    line = text[sent.start:sent.end]
    alone = (sent.start == 0 or text[sent.start - 1] == "\n") and (sent.end >= len(text) or text[sent.end] == "\n")
    if not alone:
        return None
    place = _PLACE.match(line)
    days = [t for t in timexes if sent.start <= t.start and t.end <= sent.end and t.type == "DATE"]
    if len(days) != 1 or days[0].granularity != "day" or days[0].earliest is None:
        return _digits(line, patterns) or (_digits(line[place.end():], patterns) if place else None)
    t = days[0]
    rest = line[:t.start - sent.start] + line[t.end - sent.start:]
    if place is not None and place.end() <= t.start - sent.start:
        # "Brüssel, den 18. März 2024": a short word of the letter date after the place
        between = line[place.end():t.start - sent.start]
        rest = ("" if _LETTER_WORD.fullmatch(between) else between) + line[t.end - sent.start:]
    if _FILLER.fullmatch(rest):
        return t.earliest
    return t.earliest if _titled(line[:t.start - sent.start], line[t.end - sent.start:]) else None


# a title that ends in its item's day after a dash or in brackets ("Berg trifft Lund – 12.04.2019",
# "Talks in Oslo (12 April 2019)"): what stands before the day, and after it
_TITLE_HEAD = re.compile(r"[^\n.!?]*\w[^\n.!?]*?(?:\s[–—-]|\(|:)\s*")
_TITLE_TAIL = re.compile(r"\)?\s*")


def _titled(head: str, tail: str) -> bool:
    """Is a line a title that ends in one day ("Berg trifft Lund – 12.04.2019")? A title has no
    final punctuation; the day stands last, set off by a dash, a colon or brackets."""
    return _TITLE_HEAD.fullmatch(head) is not None and _TITLE_TAIL.fullmatch(tail) is not None


def opening_day(text: str, sent: Sentence, timexes: list[Timex], patterns=()) -> _dt.date | None:
    """The day that opens a paragraph and the item told after it in the same sentence
    ("18.08.2017 Der Präsident hat heute ...", "18/08/2017 - Barroso trifft ..."): the day, else None."""
    if sent.start > 0 and text[sent.start - 1] != "\n":
        return None
    days = [t for t in timexes if t.start == sent.start and t.type == "DATE" and t.granularity == "day"
            and t.earliest is not None and t.end < sent.end]
    if days and _OPENING_GAP.match(text, days[0].end, sent.end):
        return days[0].earliest
    for pat in patterns:
        m = pat.match(text, sent.start, sent.end)
        if m is not None and _OPENING_GAP.match(text, m.end(), sent.end):
            return _day(m)
    return None


def anchors(text: str, sentences: list[Sentence], timexes: list[Timex],
            patterns=()) -> dict[int, tuple[int, _dt.date]]:
    """Sentence index -> (index of the date line it falls under, its day); sentences before the
    first date line and the date lines themselves are left out. A text with fewer than two date
    lines is no digest: empty."""
    # each sentence is read with the timexes that start in it or at its end (those it holds among
    # them), not all of the text's: a long text has many lines
    ordered = sorted(timexes, key=lambda t: t.start)  # stable: timexes that start together keep their order
    starts = [t.start for t in ordered]

    def near(s: Sentence) -> list[Timex]:
        return ordered[bisect_left(starts, s.start):bisect_right(starts, s.end)]
    lines = {n: d for n, s in enumerate(sentences) if (d := date_line(text, s, near(s), patterns)) is not None}
    # an item whose paragraph opens with its day belongs to that day, its first sentence too
    opening = {n: d for n, s in enumerate(sentences)
               if n not in lines and (d := opening_day(text, s, near(s), patterns)) is not None}
    if len(lines) + len(opening) < 2:
        return {}
    out, current = {}, None
    for n in range(len(sentences)):
        if n in lines:
            current = (n, lines[n])
            continue
        if n in opening:
            current = (n, opening[n])
        if current is not None:
            out[n] = current
    return out


def _resolved(under: str, anchor: _dt.date, direction: str | None) -> DateValue | None:
    """An underspecified TIMEX3 value ("UNDEF-REF-day-PLUS-1") resolved against ``anchor``."""
    from ..temporal.resolve import Reference, bounds, resolve_value

    value, ok = resolve_value(under, Reference(anchor), direction)
    if not ok:
        return None
    earliest, latest, granularity = bounds(value)
    return DateValue(value=value, earliest=earliest, latest=latest, granularity=granularity)


def reanchor(timexes: list[Timex], lang: str, anchor: _dt.date, dct: _dt.date | None) -> list[Timex]:
    """The timexes of an item with their relative dates ("heute", "am Freitag") resolved against
    the item's date line instead of the publication date, in the direction the tagger read them."""
    if dct is None or anchor == dct:
        return timexes
    from ..temporal import resolve_date

    out = []
    for t in timexes:
        if t.type not in ("DATE", "TIME") or not t.underspecified or t.earliest is None or t.latest is None:
            out.append(t)
            continue
        direction = "past" if t.latest < dct else "future" if t.earliest > dct else None
        # the expression alone may read otherwise than in its sentence ("Morgen reist er": read
        # alone, the noun "der Morgen"): then its value before resolution, against the item's day
        again = resolve_date(t.text, lang, anchor, direction=direction) \
            or _resolved(t.underspecified, anchor, direction)
        if again is None or again.earliest is None:
            out.append(t)
            continue
        out.append(dataclasses.replace(t, value=again.value, earliest=again.earliest, latest=again.latest,
                                       granularity=again.granularity or t.granularity))
    return out
