"""The date arithmetic of events and claims, in one place, done by the temporal resolver.

Events and claims never compute dates themselves: a stay of N days, the start of an open
interval, "seven months before publication", "30 years before the anniversary" all go through
:func:`kb.temporal.resolve.resolve_value` and :func:`kb.temporal.resolve.bounds`.
"""

from __future__ import annotations

import datetime as _dt
import re

from ..model import DateValue
from ..temporal.resolve import Reference, bounds, resolve_value

__all__ = ["duration_before", "of_value", "shifted", "start_of", "stay"]

_UNITS = {"D": "day", "W": "week", "M": "month", "Y": "year"}


def shifted(ref: _dt.date, unit: str, n: int) -> str | None:
    """The TIMEX3 value ``n`` units after ``ref`` (before it when ``n`` < 0), at the unit's granularity.

    >>> shifted(_dt.date(2024, 5, 14), "month", -7)
    '2023-10'
    """
    sign = "PLUS" if n >= 0 else "MINUS"
    value, ok = resolve_value(f"UNDEF-REF-{unit}-{sign}-{abs(n)}", Reference(ref))
    return value if ok else None


def of_value(value: str, uncertain: bool = False, **extra) -> DateValue:
    """A :class:`DateValue` for a TIMEX3 value, with its bounds and granularity."""
    lo, hi, gran = bounds(value)
    return DateValue(value=value, earliest=lo, latest=hi, granularity=gran, uncertain=uncertain, **extra)


def start_of(date: DateValue, uncertain: bool | None = None) -> DateValue:
    """The start of an (open) interval as a date of its own granularity ("2022-02/.." -> "2022-02")."""
    start = date.value.split("/")[0]
    out = of_value(start, date.uncertain if uncertain is None else uncertain, resolved=date.resolved,
                   text=date.text, span=date.span)
    out.granularity = out.granularity or date.granularity
    return out


def stay(date: DateValue, days: int) -> DateValue:
    """A stay of ``days`` days starting on ``date``: the interval D .. D+N-1."""
    if days <= 1 or date.earliest is None:
        return date  # a one-day stay is that day
    end = shifted(date.earliest, "day", days - 1)
    if end is None:
        return date
    return DateValue(value=f"{date.value}/{end}", earliest=date.earliest,
                     latest=_dt.date.fromisoformat(end), granularity="day", resolved=True,
                     text=date.text, span=date.span, uncertain=date.uncertain)


def duration_before(ref: _dt.date, duration: str) -> _dt.date | None:
    """The first day of the window ``duration`` (P7M, P2Y, P10D) that ends at ``ref``.

    >>> duration_before(_dt.date(2024, 5, 14), "P7M")
    datetime.date(2023, 10, 1)
    """
    m = re.fullmatch(r"P(\d+)([DWMY])", duration or "")
    if not m:
        return None
    value = shifted(ref, _UNITS[m.group(2)], -int(m.group(1)))
    return bounds(value)[0] if value else None
