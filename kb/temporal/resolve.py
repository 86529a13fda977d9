"""The one place where dates are resolved.

Rules of the language data produce *underspecified* values; this module turns
them into TIMEX3 values against a reference date and computes the inclusive
day bounds (``earliest``/``latest``) and the granularity of any value.

Internal underspecified forms (besides plain TIMEX3 values, which pass through):

- ``XXXX-03``, ``XXXX-05-16``, ``XXXX-SU``, ``XXXX-Q2``: the year is missing;
  it is chosen by the direction (past: the last one, future: the next one,
  ``None``: the nearest one, ``same``: the reference year).
- ``XXXX-XX-16``: day only (the month and year come from a range partner or
  from the reference).
- ``XXXX-WXX-4``: a weekday (ISO number), resolved by direction; the
  reference day itself counts as "this" weekday.
- ``UNDEF-REF-<unit>-<PLUS|MINUS>-<n>``: an offset from the reference date
  (publication date in news, last absolute date in narrative text);
  ``UNDEF-ANA-...`` an offset from the last date mentioned that is fine
  enough (anaphoric, "two days later"); ``UNDEF-SHIFT-...`` the same, keeping
  that date's finer granularity ("a year earlier" than a day is a day);
  ``UNDEF-SEQ-...`` the same as ANA but at the unit's own granularity ("the
  following week" after a day is a week, "a week later" is a day);
  ``UNDEF-AGO-...`` like REF, but in news about a quarter "a year ago" is that
  quarter a year before (``UNDEF-AGO-quarter-MINUS-4``, "the year-ago quarter":
  with no quarter told, the last completed one a year before); ``UNDEF-LAST-<unit>-PLUS-0`` the last completed unit
  ("the latest quarter"); ``UNDEF-FOCUS-...`` is REF here (:mod:`kb.temporal`
  reads it as ANA in a past report after another year was named: "Ende des Jahres").
- ``HOLIDAY-<spec>`` and ``HOLIDAY-<spec>-<year>``: a holiday (``12-25``,
  ``easter+49``, ``11-thu-4``, ``05-mon-last``) or a period of them
  (``easter-46..easter-1``: an interval of days); the weekday may also be its
  ISO number (``06-1-1``: the first Monday of June).
- A trailing ``<`` or ``>`` forces the direction (last/next), ``=`` the
  reference year; a doubled ``<<`` or ``>>`` also passes over the month under way
  ("last November" said in November is a year ago, where "since November" is this one);
  ``~T20:30`` or ``~TMO`` appends a time of day after resolving, ``~QF`` after a year the
  quarter in focus (in news the quarter told last, else the last completed one: "the 1988 quarter"); ``~1`` .. ``~7`` after a week
  picks its weekday (``UNDEF-REF-week-MINUS-1~1``: Monday of last week).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

__all__ = ["CalendarEdge", "Reference", "bounds", "easter", "granularity_of", "resolve_checked", "resolve_value",
           "unresolved_form"]

ONE_DAY = dt.timedelta(days=1)
_FINENESS = {"day": 0, "week": 1, "month": 2, "quarter": 3, "year": 4, "decade": 5, "century": 6}
_ISO_WEEKDAYS = frozenset("1234567")  # a weekday suffix (``~3``) picks a day of a resolved week
_SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}

_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(T.*)?$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_YEAR = re.compile(r"^(\d{4})$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})(-WE)?$")
_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")
_HALF = re.compile(r"^(\d{4})-H([12])$")
_SEASON = re.compile(r"^(\d{4})-(SP|SU|FA|WI)$")
_DECADE = re.compile(r"^(\d{3})$")
_CENTURY = re.compile(r"^(\d{2})$")
_REL = re.compile(r"^UNDEF-(REF|FOCUS|ANA|SEQ|LAST|AGO|SHIFT)-(day|week|weekend|month|quarter|half|year|decade|century|hour|minute)-(PLUS|MINUS)-(\d+(?:\.\d+)?|X)$")
_NOYEAR = re.compile(r"^XXXX-(\d{2}-\d{2}|\d{2}|SP|SU|FA|WI|Q[1-4]|H[12])$")
_DAYONLY = re.compile(r"^XXXX-XX-(\d{2})$")
_WEEKDAY = re.compile(r"^XXXX-WXX-([1-7])$")
_HOLIDAY = re.compile(r"^HOLIDAY-([0-9a-z+.\-]+?)(?:-(\d{4}))?$")


@dataclass
class Reference:
    """What an expression is resolved against.

    ``date`` is the reference day (publication date, or the start of the last
    absolute date in narrative text); ``granularity`` how precisely it is
    known; ``anchor``/``anchor_granularity`` the last date mentioned in the
    text (for anaphoric offsets), ``None`` before the first one.
    """

    date: dt.date | None
    granularity: str = "day"
    anchor: dt.date | None = None
    anchor_granularity: str | None = None
    narrative: bool = False
    history: tuple[tuple[dt.date, str], ...] = ()  # earlier anchors, oldest first
    bc_year: int | None = None  # narrative set before Christ: the year (dt.date cannot hold it)

    def anchor_for(self, unit: str) -> tuple[dt.date, str] | None:
        """The last date mentioned that is at least as fine as ``unit`` ("two days later" needs a day)."""
        limit = _UNIT_FINENESS.get(unit, 0)
        for d, gran in reversed(self.history):
            if _FINENESS.get(gran, 9) <= limit:
                return d, gran
        return None


# -- bounds -------------------------------------------------------------------

def _month_end(year: int, month: int) -> dt.date:
    if month == 12:
        return dt.date(year, 12, 31)
    return dt.date(year, month + 1, 1) - ONE_DAY


def _iso_week_start(year: int, week: int) -> dt.date:
    return dt.date.fromisocalendar(year, week, 1)


def bounds(value: str, ref: dt.date | None = None) -> tuple[dt.date | None, dt.date | None, str | None]:
    """Inclusive day bounds and granularity of a resolved TIMEX3 value.

    Open intervals end at ``ref`` (the reference date); durations, sets and
    unresolved values have no bounds.

    >>> bounds("2024-03")
    (datetime.date(2024, 3, 1), datetime.date(2024, 3, 31), 'month')
    """
    try:
        return _bounds(value, ref)
    except (ValueError, OverflowError):  # impossible dates such as 2023-02-30 in the text
        return None, None, None


def _bounds(value, ref):
    if "/" in value:
        left, right = value.split("/", 1)
        e1, _, g1 = _bounds(left, ref)
        if right == "..":
            return e1, ref, g1
        _, l2, g2 = _bounds(right, ref)
        if e1 is None or l2 is None:
            return None, None, None
        gran = g1 if _FINENESS.get(g1, 9) <= _FINENESS.get(g2, 9) else g2
        return e1, l2, gran
    m = _DATE.match(value)
    if m:
        d = dt.date(int(m[1]), int(m[2]), int(m[3]))
        return d, d, "day"
    m = _MONTH.match(value)
    if m:
        y, mo = int(m[1]), int(m[2])
        return dt.date(y, mo, 1), _month_end(y, mo), "month"
    m = _YEAR.match(value)
    if m:
        y = int(m[1])
        return dt.date(y, 1, 1), dt.date(y, 12, 31), "year"
    m = _WEEK.match(value)
    if m:
        start = _iso_week_start(int(m[1]), int(m[2]))
        if m[3]:
            return start + 5 * ONE_DAY, start + 6 * ONE_DAY, "week"
        return start, start + 6 * ONE_DAY, "week"
    m = _QUARTER.match(value)
    if m:
        y, q = int(m[1]), int(m[2])
        return dt.date(y, 3 * q - 2, 1), _month_end(y, 3 * q), "quarter"
    m = _HALF.match(value)
    if m:
        y, h = int(m[1]), int(m[2])
        return dt.date(y, 6 * h - 5, 1), _month_end(y, 6 * h), "quarter"
    m = _SEASON.match(value)
    if m:
        y = int(m[1])
        first, last = _SEASON_MONTHS[m[2]]
        ly, lm = (y + 1, last - 12) if last > 12 else (y, last)
        return dt.date(y, first, 1), _month_end(ly, lm), "quarter"
    m = _DECADE.match(value)
    if m:
        y = int(m[1]) * 10
        return dt.date(max(y, 1), 1, 1), dt.date(y + 9, 12, 31), "decade"
    m = _CENTURY.match(value)
    if m:
        y = int(m[1]) * 100
        return dt.date(max(y, 1), 1, 1), dt.date(y + 99, 12, 31), "century"
    if value == "PRESENT_REF" and ref:
        return ref, ref, "day"
    if value == "PAST_REF" and ref:
        return None, ref, None
    if value == "FUTURE_REF" and ref:
        return ref, None, None
    return None, None, None


def granularity_of(value: str) -> str | None:
    """Granularity of a resolved value (``day``, ``month``, ...), else None."""
    return bounds(value)[2]


# -- formatting -----------------------------------------------------------------

def _format(d: dt.date, gran: str) -> str:
    if gran == "day":
        return d.isoformat()
    if gran == "week":
        y, w, _ = d.isocalendar()
        return f"{y:04d}-W{w:02d}"
    if gran == "weekend":
        y, w, _ = d.isocalendar()
        return f"{y:04d}-W{w:02d}-WE"
    if gran == "month":
        return f"{d.year:04d}-{d.month:02d}"
    if gran == "quarter":
        return f"{d.year:04d}-Q{(d.month - 1) // 3 + 1}"
    if gran == "half":
        return f"{d.year:04d}-H{1 if d.month <= 6 else 2}"
    if gran == "year":
        return f"{d.year:04d}"
    if gran == "decade":
        return f"{d.year:04d}"[:3]
    if gran == "century":
        return f"{d.year:04d}"[:2]
    raise ValueError(gran)


def _shift(d: dt.date, unit: str, n: int) -> dt.date:
    if unit == "day":
        return d + dt.timedelta(days=n)
    if unit in ("week", "weekend"):
        return d + dt.timedelta(weeks=n)
    months = {"month": 1, "quarter": 3, "half": 6, "year": 12, "decade": 120, "century": 1200}[unit] * n
    total = d.year * 12 + d.month - 1 + months
    y, m = divmod(total, 12)
    if not 1 <= y <= 9999:
        raise OverflowError(f"year {y} is outside 1-9999")  # never a clamped, wrong year
    return dt.date(y, m + 1, min(d.day, _month_end(y, m + 1).day))


_UNIT_FINENESS = dict(_FINENESS, weekend=1, half=3)


def unresolved_form(under: str) -> str:
    """The TIMEX3 value that stands for an underspecified value with no reference."""
    core = under.split("~")[0].rstrip("<>=")
    m = _REL.match(core)
    if m:
        unit = m[2]
        return {"day": "XXXX-XX-XX", "week": "XXXX-WXX", "weekend": "XXXX-WXX-WE",
                "month": "XXXX-XX", "quarter": "XXXX-QX", "half": "XXXX-HX"}.get(unit, "XXXX")
    if core.startswith("HOLIDAY-"):
        return "XXXX-XX-XX"
    return core


# -- resolution -----------------------------------------------------------------

def _resolve_bc(core: str, bc: int, partner: str | None) -> str | None:
    """Resolution in a story set before Christ: only years, months and days of the year.

    BC years count down, so "a year later" than 217 BC is 216 BC.
    """
    m = _DAYONLY.match(core)
    if m and partner and re.match(r"^BC\d{4}-\d\d", partner):
        return f"{partner[:9]}-{m[1]}"
    m = _NOYEAR.match(core)
    if m and not m[1].startswith(("Q", "H")):
        return f"BC{bc:04d}-{m[1]}"
    m = _REL.match(core)
    if m and m[4] not in ("X",) and m[2] in ("day", "week", "month", "year", "decade", "century"):
        n = float(m[4])
        if m[2] != "year" or n != int(n):
            return f"BC{bc:04d}" if m[2] in ("day", "week", "month") else None
        year = bc - int(n) if m[3] == "PLUS" else bc + int(n)
        return f"BC{year:04d}" if year >= 1 else None
    return None


def easter(year: int) -> dt.date:
    """Gregorian Easter Sunday (anonymous Gregorian algorithm).

    >>> easter(2024)
    datetime.date(2024, 3, 31)
    """
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l) // 451
    month, day = divmod(h + l - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


def _holiday(spec: str, year: int) -> dt.date | None:
    if spec.startswith("easter"):
        off = int(spec[6:] or 0)
        return easter(year) + dt.timedelta(days=off)
    parts = spec.split("-")
    if len(parts) == 2:
        return dt.date(year, int(parts[0]), int(parts[1]))
    if len(parts) == 3:  # month-weekday-nth, e.g. 11-thu-4 (4th Thursday), 05-mon-last, 11-mon-1+1
        month = int(parts[0])
        nth, _, after = parts[2].partition("+")  # "+1": the day after (US Election Day: 11-mon-1+1)
        names = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
        wd = int(parts[1]) - 1 if parts[1].isdigit() else names.index(parts[1])
        if nth == "last":
            d = _month_end(year, month)
            while d.weekday() != wd:
                d -= ONE_DAY
            return d + dt.timedelta(days=int(after or 0))
        d = dt.date(year, month, 1)
        while d.weekday() != wd:
            d += ONE_DAY
        return d + dt.timedelta(weeks=int(nth) - 1, days=int(after or 0))
    return None


def _pick_year(make, ref: dt.date, direction: str | None, strict: bool = False) -> str | None:
    """Choose among last/this/next year's candidate by direction.

    ``strict`` passes over the candidate that holds ``ref``: "last November" said in November is a
    year ago, "next May" said in May a year ahead.
    """
    cands = []
    for y in (ref.year - 1, ref.year, ref.year + 1):
        if not 1 <= y <= 9999:
            continue  # the calendar ends: only the years it holds are candidates
        value = make(y)
        if value is None:
            continue
        lo, hi, _ = bounds(value)
        if lo is None:
            continue
        cands.append((y, value, lo, hi))
    if not cands:
        return None
    if direction == "same":
        return next((v for y, v, _, _ in cands if y == ref.year), cands[0][1])
    if direction == "past":
        ok = [c for c in cands if (c[3] < ref if strict else c[2] <= ref)]
        return ok[-1][1] if ok else cands[0][1]
    if direction == "future":
        ok = [c for c in cands if (c[2] > ref if strict else c[3] >= ref)]
        return ok[0][1] if ok else cands[-1][1]

    def distance(c):
        if c[2] <= ref <= c[3]:
            return 0
        return min(abs((c[2] - ref).days), abs((c[3] - ref).days))
    return min(cands, key=lambda c: (distance(c), c[0] != ref.year))[1]


class CalendarEdge(ValueError):
    """The value would lie outside the years 1-9999 that kb's dates can hold."""


def resolve_checked(under: str, ref: Reference, direction: str | None = None,
                    partner: str | None = None) -> tuple[str, bool]:
    """Resolve an underspecified value; returns ``(value, resolved)``.

    Raises :class:`CalendarEdge` when the value would fall outside the years
    1-9999 (:func:`resolve_value` leaves it unresolved instead).
    ``direction`` is ``past``, ``future`` or None (from tense and cues);
    ``partner`` a resolved value of a range partner ("5." in "5. bis 22. Mai")
    that lends missing month and year.

    >>> resolve_checked("UNDEF-REF-day-PLUS-1", Reference(dt.date(2024, 5, 14)))
    ('2024-05-15', True)
    """
    core, _, suffix = under.partition("~")
    strict: bool | str = False
    if core[-1:] in "<>=" and len(core) > 1:
        direction = {"<": "past", ">": "future", "=": "same"}[core[-1]]
        core = core[:-1]
        strict = True  # "last Friday" said on a Friday is a week ago
        if core[-1:] in "<>" and len(core) > 1:
            core, strict = core[:-1], "skip"  # "last November" said in November is a year ago
    if ref.narrative and direction is None:
        direction = "same"
    try:
        value = _resolve_core(core, ref, direction, partner, strict)
    except (OverflowError, ValueError):
        # the date would fall outside years 1-9999 ("the day after 31.12.9999"): left unresolved
        raise CalendarEdge(under) from None
    if value is None:
        form = unresolved_form(under)
        if (suffix in _ISO_WEEKDAYS and form == "XXXX-WXX") or (suffix[:1] not in ("", "T") and form == "XXXX"):
            return f"{form}-{suffix}", False  # a weekday of an unknown week, a month of an unknown year
        return form + suffix, False
    if suffix.startswith("T") and _DATE.match(value):
        value += suffix  # a time of day needs a day; a coarser date stays as it is
    elif suffix == "QF" and _YEAR.match(value):
        # "the 1988 quarter": the quarter in focus (told last, else the last completed) of that year
        quarter = _reported_quarter(ref, completed=True)
        value += f"-Q{(quarter.month - 1) // 3 + 1}" if quarter is not None else ""
    elif suffix and not suffix.startswith("T") and _YEAR.match(value):
        value += "-" + suffix  # "last summer" -> 2023-SU, "Q3 of last year" -> 2023-Q3
    elif suffix in _ISO_WEEKDAYS and _WEEK.match(value) and not value.endswith("-WE"):
        week = _WEEK.match(value)  # "Montag vergangener Woche": that week's Monday
        value = (_iso_week_start(int(week[1]), int(week[2])) + dt.timedelta(days=int(suffix) - 1)).isoformat()
    return value, True


def resolve_value(under: str, ref: Reference, direction: str | None = None,
                  partner: str | None = None) -> tuple[str, bool]:
    """:func:`resolve_checked`, with a value beyond the calendar left unresolved.

    >>> resolve_value("UNDEF-REF-day-PLUS-1", Reference(dt.date(9999, 12, 31)))
    ('XXXX-XX-XX', False)
    """
    try:
        return resolve_checked(under, ref, direction, partner)
    except CalendarEdge:
        return unresolved_form(under), False


def _resolve_core(core: str, ref: Reference, direction: str | None, partner: str | None,
                  strict: bool = False) -> str | None:
    if not core.startswith(("XXXX", "UNDEF", "HOLIDAY")):
        return core  # already absolute (or a duration / REF word)
    if ref.narrative and core == "UNDEF-REF-day-PLUS-0":
        return "PRESENT_REF"  # "heute" in a history is the writer's today, whatever the story's era
    if ref.bc_year is not None:
        return _resolve_bc(core, ref.bc_year, partner)
    if core == "XXXX-WXX-WE":
        return _resolve_weekend(ref, direction)
    for pattern, form in _FORMS:
        m = pattern.match(core)
        if m:
            return form(m, ref, direction, partner, strict)
    return None


def _resolve_day_only(m, ref: Reference, direction, partner, strict) -> str | None:
    src = partner if partner and re.match(r"^\d{4}-\d{2}", partner) else None
    if src:
        return f"{src[:7]}-{m[1]}"
    if ref.date is None or ref.granularity not in ("day", "week", "month"):
        return None
    return f"{ref.date.year:04d}-{ref.date.month:02d}-{m[1]}"


def _resolve_no_year(m, ref: Reference, direction, partner, strict) -> str | None:
    if partner and re.match(r"^\d{4}", partner):
        return f"{partner[:4]}-{m[1]}"
    if ref.date is None:
        return None
    rest = m[1]
    if re.fullmatch(r"\d\d(-\d\d)?", rest) and direction in ("past", "future") and not strict:
        # "Nov. 6" in a past-tense sentence is still mostly the nearest one
        near = _pick_year(lambda y: f"{y:04d}-{rest}", ref.date, None)
        lo, hi, _ = bounds(near) if near else (None, None, None)
        limit = 75 if len(rest) == 5 else 45
        if lo is not None and (lo <= ref.date <= hi or min(abs((lo - ref.date).days),
                                                           abs((hi - ref.date).days)) <= limit):
            return near
    return _pick_year(lambda y: f"{y:04d}-{rest}", ref.date, direction, strict == "skip")


def _holiday_value(spec: str, year: int) -> str | None:
    """A holiday's day, or a period's days ("easter-46..easter-1", Lent) as an interval, in ``year``."""
    first, sep, last = spec.partition("..")
    a = _holiday(first, year)
    if not sep or a is None:
        return a.isoformat() if a else None
    b = _holiday(last, year)
    return f"{a.isoformat()}/{b.isoformat()}" if b else None


def _resolve_holiday(m, ref: Reference, direction, partner, strict) -> str | None:
    spec, year = m[1], m[2]
    if year:
        return _holiday_value(spec, int(year))
    if partner and re.match(r"^\d{4}", partner):
        return _holiday_value(spec, int(partner[:4]))
    if ref.date is None:
        return None

    def make(y):
        return _holiday_value(spec, y)
    near = _pick_year(make, ref.date, None)
    if near and _near_enough(dt.date.fromisoformat(near[:10]) - ref.date, direction):
        return near  # "as Easter week began" a week before Easter: that Easter
    return _pick_year(make, ref.date, direction)


_NEAR_DAYS = 75  # a holiday this close is the one meant, whatever the tense says ...
_FUTURE_NOT_BEFORE = 31  # ... unless the clause looks ahead and it lies over a month back


def _near_enough(gap: dt.timedelta, direction: str | None) -> bool:
    """Whether the nearest holiday ``gap`` days from the reference wins over the tense's direction.

    "Am Heiligen Abend wird gefeiert" said in March is the coming Christmas Eve, not the last one.
    A past cue is not trusted as far: a participle of the present passive reads as one ("werden
    vor Ostern gebunden"), so the near feast ahead still wins over it.
    """
    if direction == "future" and gap.days < -_FUTURE_NOT_BEFORE:
        return False
    return abs(gap.days) <= _NEAR_DAYS


def _resolve_weekend(ref: Reference, direction) -> str | None:
    """ "am Wochenende": the last or the next one, by tense."""
    if ref.date is None or ref.granularity not in ("day", "week"):
        return None
    wd = ref.date.isoweekday()
    if wd >= 6 or direction != "future":
        d = ref.date if wd >= 6 else ref.date - dt.timedelta(days=wd + 1)
    else:
        d = ref.date + dt.timedelta(days=6 - wd)
    return _format(d, "weekend")


def _resolve_weekday(m, ref: Reference, direction, partner, strict) -> str | None:
    if ref.date is None or ref.granularity not in ("day", "week"):
        return None
    wd = int(m[1])
    delta = wd - ref.date.isoweekday()
    if direction == "same" and strict:
        pass  # "diesen Montag", "this Friday": the weekday of the reference week
    elif direction == "past":
        delta = delta if delta < 0 or (delta == 0 and not strict) else delta - 7
    elif direction == "future":
        delta = delta if delta > 0 or (delta == 0 and not strict) else delta + 7
    else:  # nearest, within the same ISO week when ambiguous
        delta = delta if abs(delta) <= 3 else (delta - 7 if delta > 0 else delta + 7)
    return (ref.date + dt.timedelta(days=delta)).isoformat()


def _reported_quarter(ref: Reference, completed: bool) -> dt.date | None:
    """In news, the quarter told last within a year of the publication date; else, with
    ``completed``, the last completed quarter (the one a report is about)."""
    if ref.narrative or ref.date is None:
        return None
    quarter = next((d for d, g in reversed(ref.history)
                    if g == "quarter" and abs((ref.date - d).days) <= 370), None)
    return _shift(ref.date, "quarter", -1) if quarter is None and completed else quarter


def _relative_base(kind: str, unit: str, ref: Reference):
    """The date an offset counts from, its granularity, and whether it is a reported quarter."""
    quarter = None
    # financial news: "a year ago" in a report on a quarter is that quarter a year before; "the
    # year-ago quarter" with none told is the last completed one a year before
    if kind in ("AGO", "ANA", "SEQ", "SHIFT") and (unit == "year" or (kind, unit) == ("AGO", "quarter")):
        quarter = _reported_quarter(ref, completed=unit == "quarter")
    found = ref.anchor_for(unit) if kind in ("ANA", "SEQ", "SHIFT") else None
    if quarter is not None:
        return quarter, "quarter", True, found
    if found is not None:
        return found[0], found[1], False, found
    return ref.date, ref.granularity, False, found


def _resolve_relative(m, ref: Reference, direction, partner, strict) -> str | None:
    kind, unit, sign, n = m[1], m[2], m[3], m[4]
    if ref.narrative and kind == "REF" and unit == "day" and n == "0":
        return "PRESENT_REF"  # "heute" in a history is the writer's today, not the story's
    anchor_gran = ref.anchor_granularity or "day"
    if kind == "LAST":
        # "the latest quarter": the last completed one (news); the one in focus (narrative)
        if ref.narrative and ref.anchor is not None and anchor_gran == unit:
            return _format(ref.anchor, unit)
        if ref.date is None:
            return None
        return _format(_shift(ref.date, unit, -1), unit)
    base, base_gran, quarter_anchor, found = _relative_base(kind, unit, ref)
    if base is None:
        return None
    if n == "X":
        return {"PLUS": "FUTURE_REF", "MINUS": "PAST_REF"}[sign]
    if unit in ("hour", "minute"):
        unit, n = "day", "0"
    amount = float(n)
    if amount != int(amount):  # "ein halbes Jahr später"
        smaller = {"year": ("month", 12), "month": ("day", 30), "week": ("day", 7), "day": ("day", 1)}.get(unit)
        if smaller is None:
            return None
        amount, unit = round(amount * smaller[1]), smaller[0]
    step = int(amount) * (1 if sign == "PLUS" else -1)
    d = _shift(base, unit, step)
    gran = unit
    if kind == "ANA" and unit == "week" and base_gran == "day":
        gran = "day"  # "eine Woche später" than a given day is a day
    if _FINENESS.get(base_gran, 0) > _UNIT_FINENESS[unit]:
        gran = base_gran  # a year-only reference cannot give a day
    elif quarter_anchor:
        gran = "quarter"
    elif kind == "SHIFT" and found is not None and _FINENESS.get(base_gran, 9) < _UNIT_FINENESS[unit]:
        gran = base_gran  # "a year earlier" than a given day is that day a year before
    return _format(d, gran)


_FORMS = ((_DAYONLY, _resolve_day_only), (_NOYEAR, _resolve_no_year), (_HOLIDAY, _resolve_holiday),
          (_WEEKDAY, _resolve_weekday), (_REL, _resolve_relative))
