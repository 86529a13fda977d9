"""TIMEX3 values as people read them: what timelines, tables and pages show.

The RDF and the JSON records keep the TIMEX3 value (``2023-06-08TAF``); a user
reads ``2023-06-08 (afternoon)``. Dates at day, month and year granularity are
shown as ISO dates, which are already readable and sort; everything else is
spelt out in English, the language of kb's interface. A value this module does
not know is shown as it is rather than dropped.
"""

from __future__ import annotations

import re

__all__ = ["display_value"]

_PARTS = {"MO": "morning", "MI": "midday", "AF": "afternoon", "EV": "evening", "NI": "night", "DT": "daytime"}
_SEASONS = {"SP": "spring", "SU": "summer", "FA": "autumn", "WI": "winter"}
_REFS = {"PRESENT_REF": "the present", "PAST_REF": "the past (unspecified)",
         "FUTURE_REF": "the future (unspecified)"}
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December")
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_UNITS = {"Y": "year", "M": "month", "W": "week", "D": "day", "H": "hour", "S": "second", "Q": "quarter",
          "DE": "decade", "CE": "century", "WE": "weekend"}

_DAY = re.compile(r"^(\d{4}-\d{2}-\d{2})(?:T(?:(MO|MI|AF|EV|NI|DT)|(\d{2}:\d{2}(?::\d{2})?)))?$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})(?:-(WE|[1-7]))?$")
_PERIOD = re.compile(r"^(\d{4})-(Q[1-4]|H[12]|SP|SU|FA|WI)$")
_DURATION = re.compile(r"^P(?:T?)((?:(?:\d+(?:\.\d+)?|X)(?:DE|CE|WE|[YMWDHS]))+)$")
_DURATION_PART = re.compile(r"(\d+(?:\.\d+)?|X)(DE|CE|WE|[YMWDHS])")
_UNKNOWN_YEAR = re.compile(r"^XXXX-(\d{2})(?:-(\d{2}))?$")


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _period(year: str, code: str) -> str:
    if code in _SEASONS:
        return f"{_SEASONS[code]} {int(year)}"
    n = int(code[1])
    return f"{_ordinal(n)} {'quarter' if code[0] == 'Q' else 'half'} of {int(year)}"


def _duration(body: str, time: bool) -> str:
    parts = []
    for amount, unit in _DURATION_PART.findall(body):
        name = "minute" if unit == "M" and time else _UNITS[unit]
        if amount == "X":
            parts.append(f"some {name}s")
        else:
            parts.append(f"{amount} {name}{'' if amount == '1' else 's'}")
    return " ".join(parts)


def _single(value: str) -> str:
    m = _DAY.match(value)
    if m:
        if m[2]:
            return f"{m[1]} ({_PARTS[m[2]]})"
        return f"{m[1]} {m[3]}" if m[3] else m[1]
    if re.fullmatch(r"\d{4}(-\d{2})?", value):
        return value
    m = _WEEK.match(value)
    if m:
        week = f"week {int(m[2])} of {int(m[1])}"
        if m[3] == "WE":
            return f"weekend of {week}"
        return f"{_WEEKDAYS[int(m[3]) - 1]} of {week}" if m[3] else week
    m = _PERIOD.match(value)
    if m:
        return _period(m[1], m[2])
    if re.fullmatch(r"\d{3}", value):
        return f"{value}0s"
    if re.fullmatch(r"\d{2}", value):
        return f"{_ordinal(int(value) + 1)} century"
    m = re.fullmatch(r"BC(\d{4})(.*)", value)
    if m:
        return f"{int(m[1])} BC" + (f" ({m[2].lstrip('-')})" if m[2] else "")
    if value in _REFS:
        return _REFS[value]
    m = _DURATION.match(value)
    if m:
        return _duration(m[1], value.startswith("PT"))
    m = _UNKNOWN_YEAR.match(value)
    if m and 1 <= int(m[1]) <= 12:
        return f"{m[2] + ' ' if m[2] else ''}{_MONTHS[int(m[1]) - 1]}, year unknown"
    m = re.fullmatch(r"XXXX-WXX-([1-7])", value)
    if m:
        return f"a {_WEEKDAYS[int(m[1]) - 1]}, date unknown"
    if value.startswith("XXXX"):
        return "date unknown"
    return value


def display_value(value: str | None) -> str:
    """A TIMEX3 value as a reader should see it ("" for none).

    >>> display_value("2023-06-08TAF"), display_value("2024-05-16T14:30"), display_value("2024-05")
    ('2023-06-08 (afternoon)', '2024-05-16 14:30', '2024-05')
    >>> display_value("2024-W20"), display_value("2024-Q2"), display_value("2019-SP"), display_value("199")
    ('week 20 of 2024', '2nd quarter of 2024', 'spring 2019', '1990s')
    >>> display_value("2024-05-16/2024-05-17"), display_value("2022-02/.."), display_value("P2Y6M")
    ('2024-05-16 to 2024-05-17', 'since 2022-02', '2 years 6 months')
    >>> display_value("XXXX-03"), display_value("BC0264"), display_value("PAST_REF")
    ('March, year unknown', '264 BC', 'the past (unspecified)')
    """
    if not value:
        return ""
    if "/" in value:
        left, _, right = value.partition("/")
        if right == "..":
            return f"since {_single(left)}"
        if left == "..":
            return f"until {_single(right)}"
        return f"{_single(left)} to {_single(right)}"
    return _single(value)
