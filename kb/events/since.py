"""A state told by how long it has lasted ("Die Afrikanische Union hat seit drei Jahren Truppen in
Somalia stationiert", "France has kept troops in Mali for three years"): it began that long before
the report. An Other event the text dates by nothing else (its date came from publication) takes
that start, at month precision for years and months (as "vor drei Jahren" is read) and at day
precision for weeks and days, uncertain: the length is rounded. Stays are left alone ("visited
Berlin for three days" is how long the visit lasts)."""

from __future__ import annotations

import datetime as _dt
import re

from ..model import Event, Span, Timex
from . import dating

__all__ = ["begun"]

# what stands right before the length: "seit (gut) drei Jahren", "for (the past) three years"
_CUE = {
    "de": re.compile(r"\bseit\s+(?:(?:gut|knapp|fast|mehr als|über|nunmehr|inzwischen)\s+)?$"),
    "en": re.compile(r"\b(?:for|for the (?:past|last))\s+(?:(?:about|almost|nearly|more than|over|some)\s+)?$"),
}
_LENGTH = re.compile(r"P(\d+)([YMWD])")


def _start(dct: _dt.date, n: int, unit: str) -> str | None:
    """The day (or month) ``n`` units before ``dct``."""
    if unit in "YM":
        months = dct.year * 12 + dct.month - 1 - (n * 12 if unit == "Y" else n)
        return f"{months // 12:04d}-{months % 12 + 1:02d}" if months >= 12 else None
    return (dct - _dt.timedelta(days=n * (7 if unit == "W" else 1))).isoformat()


def begun(events: list[Event], timexes: list[Timex], text: str, lang: str, dct: _dt.date | None) -> None:
    """Date each undated Other event of a sentence with a "for N years" length from that start."""
    cue = _CUE.get(lang)
    if cue is None or dct is None:
        return
    for ev in events:
        if ev.type != "Other" or ev.trigger is None or ev.date is None or ev.date.source != "publication":
            continue
        for t in timexes:
            m = _LENGTH.fullmatch(t.value) if t.type == "DURATION" else None
            if m is None or not ev.evidence.start <= t.start < ev.evidence.end \
                    or not cue.search(text[max(ev.evidence.start, t.start - 30):t.start]):
                continue
            value = _start(dct, int(m.group(1)), m.group(2))
            if value is not None:
                ev.date = dating.of_value(value, True, text=t.text, span=Span(t.start, t.end), source="text")
            break
