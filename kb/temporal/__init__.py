"""Temporal tagging: timexes with TIMEX3 values, date bounds and granularity.

Two phases, as in HeidelTime: the language data (``kb/lang/<iso>/temporal-*.txt``)
finds expressions and gives them underspecified values (:mod:`.extract`);
:mod:`.resolve` turns them into dates against the reference date -- the
publication date in news, the last absolute date mentioned in narrative text --
with the direction of weekdays and bare months taken from tense cues
(:mod:`.tense`).

:func:`tag` follows the TIMEX3 conventions of the TempEval/KRAUTS gold
corpora (what ``kb timex`` prints and what is scored): "am Donnerstag und
Freitag" is two timexes, "seit Februar 2022" is the month ``2022-02`` with
``mod="ON_OR_AFTER"``. :func:`annotate`, the pipeline step, gives the event
steps what they need instead: coordinated or ranged days become ONE interval
timex (``2024-05-16/2024-05-17``) and "seit"/"since" dates become open
intervals (``2022-02/..``, latest = the reference date).
"""

from __future__ import annotations

import datetime as dt
import re

from kb.model import Analysis, DateValue, Timex
from kb.temporal.extract import Candidate, find
from kb.temporal.grammar import Grammar, load_grammar
from kb.temporal.resolve import CalendarEdge, Reference, bounds, resolve_checked, resolve_value, unresolved_form
from kb.temporal.tense import Tense

__all__ = ["annotate", "merge_ranges", "resolve_date", "tag", "timex_record"]

_NEEDS_DIRECTION = re.compile(r"^(XXXX-(?!XX-)|HOLIDAY-(?!.*-\d{4}(?:[<>=~]|$)))")
_DAY_ONLY = re.compile(r"^XXXX-XX-\d\d")
_LIST_GAP = re.compile(r"^,\s*$")
_NO_YEAR = re.compile(r"^(XXXX-\d\d(?:-\d\d)?|XXXX-(SP|SU|FA|WI|Q\d|H\d)|HOLIDAY-(easter[+-]?\d*(?:\.\.easter[+-]?\d*)?|\d\d-\d\d|\d\d-(?:[a-z]{3}|\d)-\w+(?:\+\d+)?))(~|$)")
_EXPLICIT_YEAR = re.compile(r"^\d{4}")
_BC_YEAR = re.compile(r"^BC\d{4}")
_ANCHOR_GRANS = ("day", "week", "month", "quarter", "year")
_TIME_OF_DAY = re.compile(r"^UNDEF-ANA-day-PLUS-0~T\d")


def _partner(i: int, cands: list[Candidate], text: str, g: Grammar) -> int | None:
    """Index of the range partner that lends missing fields to candidate i, if any."""
    if g.range_gap is None:
        return None
    c = cands[i]
    day_only = bool(_DAY_ONLY.match(c.under))
    no_year = bool(_NO_YEAR.match(c.under))
    if not (day_only or no_year):
        return None

    def lends(j: int) -> bool:
        other = cands[j].under
        if day_only:
            return not _DAY_ONLY.match(other) and cands[j].type in ("DATE", "TIME")
        return bool(_EXPLICIT_YEAR.match(other))
    j = i + 1
    if day_only:  # "am 7., 8. und 9. Mai": a list of days takes its month from its last item
        while j + 1 < len(cands) and _DAY_ONLY.match(cands[j].under) \
                and _LIST_GAP.match(text[cands[j - 1].end:cands[j].start]):
            j += 1
    if j < len(cands) and (g.range_gap.match(text[cands[j - 1].end:cands[j].start])
                           or (j > i + 1 and _LIST_GAP.match(text[cands[j - 1].end:cands[j].start]))) \
            and lends(j):
        return j
    if i > 0 and g.range_gap.match(text[cands[i - 1].end:c.start]) and lends(i - 1):
        return i - 1
    return None


_WEEKDAY_UNDER = re.compile(r"XXXX-WXX-([1-7])")


def _week_order(first: str, second: str) -> bool:
    """Are two weekdays (underspecified values) named in the order of the week ("Thursday and
    Friday", not "Friday and Thursday")?"""
    a, b = _WEEKDAY_UNDER.match(first), _WEEKDAY_UNDER.match(second)
    return a is not None and b is not None and a.group(1) < b.group(1)


def _ordered(first: str, second: str, keep_second: bool) -> tuple[str, str]:
    """The two weekday values of a span, a week apart moved so that the first comes first."""
    try:
        a, b = dt.date.fromisoformat(first[:10]), dt.date.fromisoformat(second[:10])
        if b >= a:
            return first, second
        week = dt.timedelta(days=7)
        if keep_second:
            return (a - week).isoformat() + first[10:], second
        return first, (b + week).isoformat() + second[10:]
    except (ValueError, OverflowError):  # not days, or a week beyond year 9999
        return first, second


_EARLY_YEAR = re.compile(r"^0\d{3}$")
_BC_REACH = 300  # years around a BC story's year that a bare early year is read in
_ANCHOR_REACH = 400  # characters after a dated mention within which its month, named again, is that month
_MONTH_NO_YEAR = re.compile(r"^XXXX-(\d\d)(?:-\d\d)?(?:~|$)")


def _direction(i: int, cands: list[Candidate], text: str, g: Grammar, tense: Tense,
               forced: str | None, directions: dict[int, str | None], told: dict[int, bool]) -> str | None:
    """The direction (past/future/None) of candidate i from the tense of its clause; ``told[i]``
    says whether the text told it or it is the language's default (a present tense)."""
    c = cands[i]
    if forced is not None:
        return forced
    if i - 1 in directions and g.range_gap is not None and g.range_gap.match(text[cands[i - 1].end:c.start]):
        told[i] = told.get(i - 1, True)
        return directions[i - 1]  # "am Donnerstag und Freitag" share one tense
    kind = "weekday" if "WXX" in c.under else "quarter" if "-Q" in c.under else "month"
    direction, told[i] = tense.told_direction(c.start, c.end, kind)
    return direction


def _since_forced(c: Candidate, text: str, g: Grammar) -> str:
    """ "seit dem 3. Juni": a start without a year lies before the reference date."""
    if g.since_cue is not None and _NO_YEAR_MONTH.match(c.under) \
            and g.since_cue.search(text, max(0, c.start - 12), c.start):
        return _forced(c.under, "<")
    return c.under


def _in_era(value: tuple[str, bool], bc_year: int) -> tuple[str, bool]:
    """ "Das Jahr 149" in a story set in 150 BC: a year written without its era is of the story's era."""
    if value[1] and _EARLY_YEAR.match(value[0]) and abs(int(value[0]) - bc_year) <= _BC_REACH:
        return "BC" + value[0], True
    return value


def _continues(c: Candidate, value: tuple[str, bool], anchor: dt.date | None, anchor_gran: str | None,
               anchor_pos: int, dct: dt.date | None) -> bool:
    """Whether a month without a year, named soon after a dated mention of that month, continues it."""
    return anchor is not None and anchor_gran in ("day", "month") and 0 <= c.start - anchor_pos <= _ANCHOR_REACH \
        and _same_month(c.under, anchor) and not _near(value, dct)


def _against_tense(direction: str | None, anchor: dt.date | None, dct: dt.date | None) -> bool:
    """Whether the tense of the clause puts a month named again on the other side of the reference
    date than the mention it would continue ("hatte ihn im Dezember getroffen ... wird ihn im
    Dezember treffen": the second December lies ahead)."""
    if direction is None or anchor is None or dct is None:
        return False
    return (direction == "future" and anchor < dct) or (direction == "past" and anchor > dct)


def _anchor_year_goes_on(c: Candidate, value: tuple[str, bool], text: str, g: Grammar,
                         tense: tuple[str | None, bool], anchor: dt.date | None, anchor_gran: str | None,
                         anchor_pos: int, dct: dt.date | None) -> bool:
    """Whether a month without a year in news takes the year of the date told before it: "Im Juni 1990
    ... am 12. Juni begann" (the month named again continues the date that gave its year, unless it
    reads as a date close to the publication: news is about recent days), or "Die Mauer fiel im
    November 1989. Im Dezember trat die Regierung zurück" (:func:`_story_goes_on`). ``tense``: the
    candidate's direction and whether its clause told it."""
    direction, told = tense
    if _continues(c, value, anchor, anchor_gran, anchor_pos, dct) and not _against_tense(direction, anchor, dct):
        return True
    return told and _story_goes_on(c, text, g, direction, anchor, anchor_gran, anchor_pos, dct)


def _story_goes_on(c: Candidate, text: str, g: Grammar, direction: str | None, anchor: dt.date | None,
                   anchor_gran: str | None, anchor_pos: int, dct: dt.date | None) -> bool:
    """Whether a month without a year, told in the past right after a day or month of an earlier year
    (no heading line between) and introduced by the language's story cue (``@story``: "im", "am"), is a
    later month of that year."""
    if g.story_cue is None or direction != "past" or anchor is None or dct is None \
            or anchor_gran not in ("day", "month") or dct.year - anchor.year < _STORY_YEARS \
            or not 0 <= c.start - anchor_pos <= _ANCHOR_REACH:
        return False
    m = _MONTH_NO_YEAR.match(c.under)
    return m is not None and int(m[1]) >= anchor.month \
        and g.story_cue.search(text, max(0, c.start - 12), c.start) is not None \
        and not _heading_between(text, anchor_pos, c.start)  # a new section is no continuation


_STORY_YEARS = 2  # a report about a year at least this long before its publication tells a story


_FOCUS = re.compile(r"^UNDEF-FOCUS-")


def _year_in_focus(c: Candidate, text: str, tense: Tense, anchor: dt.date | None, anchor_pos: int,
                   dct: dt.date | None) -> bool:
    """Whether "the year" ("Ende des Jahres") in a past report means the year named just before."""
    return bool(_FOCUS.match(c.under)) and anchor is not None and dct is not None \
        and anchor.year != dct.year and 0 <= c.start - anchor_pos <= _ANCHOR_REACH \
        and tense.direction(c.start, c.end, "month") == "past"


def _near(value: tuple[str, bool], dct: dt.date | None, days: int = 45) -> bool:
    lo, hi, _ = bounds(value[0]) if value[1] else (None, None, None)
    if lo is None or dct is None:
        return False
    return lo <= dct <= hi or min(abs((lo - dct).days), abs((hi - dct).days)) <= days


def _same_month(under: str, anchor: dt.date) -> bool:
    m = _MONTH_NO_YEAR.match(under)
    return m is not None and int(m[1]) == anchor.month


_NO_YEAR_MONTH = re.compile(r"^XXXX-(?:\d\d(?:-\d\d)?|SP|SU|FA|WI)(?:~|$)")


def _forced(under: str, mark: str) -> str:
    """``under`` with its direction forced (``<`` last, ``>`` next) unless it already has one."""
    core, sep, suffix = under.partition("~")
    return under if core[-1:] in "<>=" else core + mark + sep + suffix


def _moves_story(c: Candidate, value: str, lo: dt.date, gran: str, anchor: dt.date | None, text: str,
                 g: Grammar, narrative: bool) -> bool:
    """Does a date with an explicit year become the time later dates are read from? A story's
    time moves with the dates it narrates, not with asides ("(1907)", "seit 1975", "bis März
    1881") nor with glances back (:func:`_looking_back`)."""
    if gran not in _ANCHOR_GRANS or _in_parentheses(text, c.start):
        return False
    if narrative and gran in ("year", "month") and g.aside_cue is not None \
            and g.aside_cue.search(text, max(0, c.start - 12), c.start):
        return False
    return not _looking_back(c, value, lo, gran, anchor, text, narrative, g)


def _looking_back(c: Candidate, value: str, lo: dt.date, gran: str, anchor: dt.date | None, text: str,
                  narrative: bool, g: Grammar) -> bool:
    """A year a narrative names by counting back from its time ("das Schlachtfeld des letzten
    Jahres", "im Vorjahr"), or an earlier year that names a thing after its noun ("wie im Krieg
    1870/71", the grammar's ``named`` cue): a glance back, after which the story goes on at its
    own time."""
    if not narrative or gran != "year" or anchor is None or lo >= anchor:
        return False
    return value[:4] not in text[c.start:c.end] or (
        lo.year < anchor.year and g.named_cue is not None
        and g.named_cue.search(text, max(0, c.start - 40), c.start) is not None)


# a heading: a short line alone, without final punctuation
_HEADING = re.compile(r"(?m)^[^\S\n]*[^\s.!?:;,\"“”»«][^\n]{0,78}(?<![.!?:;,\"“”»«])[^\S\n]*$")


def _heading_line(text: str, start: int, end: int) -> bool:
    """Is the line of ``text[start:end]`` a heading ("1862", "Camden, 16. August 1780")?"""
    a = text.rfind("\n", 0, start) + 1
    b = text.find("\n", end)
    b = len(text) if b < 0 else b
    return bool(_HEADING.fullmatch(text, a, b)) and (a == 0 or text[a - 2:a] == "\n\n" or b == len(text)
                                                      or text[b:b + 2] == "\n\n")


def _heading_between(text: str, a: int, b: int) -> bool:
    """Does a heading line lie wholly between two timexes (a new section of a narrative)?"""
    for m in re.finditer(r"\n\n([^\n]+)\n", text[a:b]):
        if _HEADING.fullmatch(m.group(1)):
            return True
    return False


def _in_parentheses(text: str, pos: int) -> bool:
    """Whether pos is inside a parenthetical aside, which does not move the story's time."""
    window = text[max(0, pos - 60):pos]
    return window.rfind("(") > window.rfind(")")


def tag(text: str, lang: str, dct: dt.date | None, mode: str = "news") -> list[Timex]:
    """All timexes in text, sorted by start, resolved against dct (news) or the last absolute date (narrative).

    >>> [(t.text, t.value) for t in tag("Er kam gestern.", "de", dt.date(2024, 5, 14))]
    [('gestern', '2024-05-13')]
    """
    return _tag(text, lang, dct, mode)


def _tag(text: str, lang: str, dct: dt.date | None, mode: str = "news",
         forced_direction: str | None = None, notes: list[str] | None = None,
         strict: bool = False, cands: list[Candidate] | None = None) -> list[Timex]:
    """:func:`tag`; ``notes`` collects warnings (dates left unresolved beyond the calendar);
    ``strict``: a month or day without its year lies on the side of ``forced_direction`` even
    when the other side is nearer (the caller knows the tense; the tagger only guesses it);
    ``cands``: what :func:`find` gave for ``text`` with ``lang``'s grammar, if known (the same in
    either mode; read, never changed)."""
    g = load_grammar(lang)
    cands = find(text, g) if cands is None else cands
    if not cands:
        return []
    narrative = mode == "narrative"
    tense = Tense(text, g) if not narrative else None
    partners = [_partner(i, cands, text, g) for i in range(len(cands))]
    values: list[tuple[str, bool] | None] = [None] * len(cands)
    refs: list[Reference | None] = [None] * len(cands)
    anchor: dt.date | None = None
    anchor_gran: str | None = None
    anchor_pos = -1
    history: list[tuple[dt.date, str]] = []

    bc_year: int | None = None  # the story is before Christ (dt.date cannot hold it)

    def reference(c: Candidate) -> Reference:
        if narrative and bc_year is not None:
            return Reference(None, "year", narrative=True, bc_year=bc_year)
        if narrative and anchor is not None:
            return Reference(anchor, anchor_gran or "day", anchor, anchor_gran, narrative=True,
                             history=tuple(history[-8:]))
        if tense is not None and _TIME_OF_DAY.match(c.under) and anchor_pos >= 0 \
                and not tense.same_sentence(anchor_pos, c.start):
            # a clock time in news takes its day from its own sentence, else from the DCT
            return Reference(dct, "day", None, None)
        return Reference(dct, "day", anchor, anchor_gran, narrative=narrative, history=tuple(history[-8:]))

    directions: dict[int, str | None] = {}
    told: dict[int, bool] = {}

    def resolve(i: int, partner_value: str | None, under: str | None = None) -> tuple[str, bool]:
        c = cands[i]
        if c.type == "SET":
            return c.under, True  # a set recurs; there is nothing to anchor
        direction = None
        if tense is not None and _NEEDS_DIRECTION.match(c.under):
            direction = directions[i] = _direction(i, cands, text, g, tense, forced_direction, directions, told)
        if under is None:
            under = _since_forced(c, text, g) if tense is not None else c.under
            if strict and forced_direction in ("past", "future") and _NO_YEAR_MONTH.match(under):
                under = _forced(under, "<" if forced_direction == "past" else ">")
        try:
            value, ok = resolve_checked(under, refs[i], direction, partner_value)
        except CalendarEdge:
            value, ok = unresolved_form(c.under), False
            if notes is not None:
                notes.append(f"{text[c.start:c.end]!r} at {c.start} would fall outside the years 1-9999; "
                             "left unresolved")
        before = values[i - 1] if i > 0 else None
        gap = text[cands[i - 1].end:c.start] if i > 0 else ""
        if ok and before and before[1] and "WXX" in c.under and "WXX" in cands[i - 1].under \
                and ((g.span_gap is not None and g.span_gap.match(gap))
                     or (g.range_gap is not None and g.range_gap.match(gap) and _week_order(cands[i - 1].under, c.under))):
            # "von Montag bis Freitag", "am Donnerstag und Freitag" (days listed in the order of the
            # week; not "Friday and Thursday"): Friday follows the day before it; in a past report
            # the days end on the last Friday, so the first moves back, else Friday on -- but in a
            # clause that tells no tense (a present: "tagt von Mittwoch bis Freitag" on a Thursday,
            # read ahead or back by the language's default) the days around the reference day are
            # those going on now: the side the default put on the reference day's side stays --
            # unless the days would end on the reference day itself ("reist von Montag bis
            # Mittwoch" on a Wednesday: a trip ahead, not one all but over)
            ref_day = refs[i].date.isoformat() if refs[i] is not None and refs[i].date is not None else None
            keep_second = direction == "past" if told.get(i, True) else \
                direction == "future" and value[:10] != ref_day
            first, value = _ordered(before[0], value, keep_second)
            values[i - 1] = (first, True)
        return value, ok

    section: tuple[dt.date, str] | None = None  # the date a narrative's heading line gave its section
    for i, c in enumerate(cands):
        if narrative and section is not None and i > 0 and (
                _heading_between(text, cands[i - 1].end, c.start)
                or (section[1] == "year" and anchor is not None and anchor.year > section[0].year
                    and "\n\n" in text[cands[i - 1].end:c.start])):
            # a new (sub)section tells again from its section's date, not from the last aside
            # of the one before ("1862 / ... bis Januar 1863 ... / Östlicher Kriegsschauplatz / am 11. März")
            anchor, anchor_gran = section
            history.append(section)
        refs[i] = reference(c)
        p = partners[i]
        if p is not None and p > i:
            continue  # resolved after its partner
        partner_value = values[p][0] if p is not None and values[p] else None
        values[i] = resolve(i, partner_value)
        if partner_value is None and not narrative \
                and _anchor_year_goes_on(c, values[i], text, g, (directions.get(i), told.get(i, False)),
                                         anchor, anchor_gran, anchor_pos, dct):
            values[i] = resolve(i, f"{anchor.year:04d}")
        elif tense is not None and _year_in_focus(c, text, tense, anchor, anchor_pos, dct):
            # "1990 wurde die Fabrik gegründet; Ende des Jahres kamen die ersten Arbeiter": in a past
            # report after another year was named, "the year" is that year
            values[i] = resolve(i, None, c.under.replace("UNDEF-FOCUS-", "UNDEF-ANA-", 1))
        if narrative and bc_year is not None:
            values[i] = _in_era(values[i], bc_year)
        value, ok = values[i]
        if ok and c.type in ("DATE", "TIME") and _EXPLICIT_YEAR.match(value):
            lo, _, gran = bounds(value)
            # a story's time moves with the dates it narrates, not with asides
            # ("(1907)", "seit 1975", "bis März 1881")
            if lo is not None and _moves_story(c, value, lo, gran, anchor, text, g, narrative):
                anchor, anchor_gran, anchor_pos = lo, gran, c.start
                history.append((lo, gran))
                bc_year = None
                if narrative and _heading_line(text, c.start, c.end):
                    section = (lo, gran)
        elif ok and c.type == "DATE" and _BC_YEAR.match(value) and not _in_parentheses(text, c.start):
            bc_year = int(value[2:6])
    for i in range(len(cands)):
        if values[i] is None:
            p = partners[i]
            values[i] = resolve(i, values[p][0] if values[p] and values[p][1] else None)
    return _timexes(text, cands, values, refs, g, dct)


def _timexes(text: str, cands: list[Candidate], values: list, refs: list, g: Grammar,
             dct: dt.date | None) -> list[Timex]:
    """The resolved candidates as :class:`Timex` items with their bounds and modifiers."""
    out = []
    for i, c in enumerate(cands):
        value, ok = values[i]
        # PRESENT_REF and friends speak from the writer's now, not the story's time
        ref_day = dct if value.endswith("_REF") else refs[i].date
        lo = hi = gran = None
        if c.type in ("DATE", "TIME") and ok:
            lo, hi, gran = bounds(value, ref_day)
        mod = c.mod
        if mod is None and g.since_cue is not None and c.type in ("DATE", "TIME") \
                and g.since_cue.search(text, max(0, c.start - 12), c.start):
            mod = "ON_OR_AFTER"
        out.append(Timex(start=c.start, end=c.end, text=text[c.start:c.end], type=c.type, value=value,
                         earliest=lo, latest=hi, granularity=gran, mod=mod, resolved=ok,
                         underspecified=c.under if c.under != value else None))
    return out


def merge_ranges(text: str, lang: str, timexes: list[Timex], ref: dt.date | None = None) -> list[Timex]:
    """The event steps' view: "16. und 17. Mai" -> one interval, "seit Februar 2022" -> ``2022-02/..``.

    Pairs of DATE timexes of the same granularity joined by a range word
    become one interval timex spanning both; a date after a "since" cue
    becomes an open interval whose latest bound is ``ref``; a duration after
    an "ago" cue ("vor zwei Jahren") becomes the date it points to, and so does
    one after an "ahead" cue in a clause not told in the past ("in einem Jahr
    wird gewählt"; "in einem Jahr schrieb er drei Bücher" stays a duration), and
    one before a "later" cue the date that long after the last date told ("elected
    in 2019 and re-elected four years later": 2023). A
    TIMEX3 reference that dates nothing ("Ex-Minister", the ``former`` definition)
    is left out.
    """
    g = load_grammar(lang)
    out: list[Timex] = []
    tense: list = []  # the text's tense cues, computed when first needed
    i = 0
    while i < len(timexes):
        a = timexes[i]
        if g.former is not None and _former(text, a, g):
            i += 1
            continue
        b = timexes[i + 1] if i + 1 < len(timexes) else None
        if (b is not None and g.range_gap is not None and a.type == b.type == "DATE"
                and a.resolved and b.resolved and a.granularity and a.granularity == b.granularity
                and a.earliest and b.latest and a.earliest < b.latest
                and g.range_gap.match(text[a.end:b.start])):
            out.append(Timex(start=a.start, end=b.end, text=text[a.start:b.end], type="DATE",
                             value=f"{a.value}/{b.value}", earliest=a.earliest, latest=b.latest,
                             granularity=a.granularity, resolved=True,
                             underspecified=f"{a.underspecified or a.value}/{b.underspecified or b.value}"))
            i += 2
            continue
        ago = _ago_date(text, a, g, ref) or _ahead_date(text, a, g, ref, tense) or _later_date(text, a, g, ref, out)
        if ago is not None:
            out.append(ago)
        elif a.mod == "ON_OR_AFTER" and a.resolved and a.earliest and "/" not in a.value:
            out.append(Timex(start=a.start, end=a.end, text=a.text, type=a.type, value=f"{a.value}/..",
                             earliest=a.earliest, latest=ref, granularity=a.granularity,
                             mod=a.mod, resolved=True, underspecified=a.underspecified))
        else:
            out.append(a)
        i += 1
    return out


_DURATION = re.compile(r"^P(\d+)([DWMY])$")
_DURATION_UNITS = {"D": "day", "W": "week", "M": "month", "Y": "year"}


def _ago_date(text: str, t: Timex, g: Grammar, ref: dt.date | None) -> Timex | None:
    """ "vor zwei Jahren" (a duration in TIMEX3 terms) as the date it points to."""
    m = _DURATION.match(t.value)
    if t.type != "DURATION" or m is None or g.ago_cue is None:
        return None
    cue = g.ago_cue.search(text, max(0, t.start - 8), t.start)
    if cue is None:
        return None
    value, ok = resolve_value(f"UNDEF-REF-{_DURATION_UNITS[m[2]]}-MINUS-{m[1]}", Reference(ref))
    under = f"UNDEF-AGO-{_DURATION_UNITS[m[2]]}-MINUS-{m[1]}"  # an offset back from the reference
    lo, hi, gran = bounds(value) if ok else (None, None, None)
    return Timex(start=cue.start(), end=t.end, text=text[cue.start():t.end], type="DATE", value=value,
                 earliest=lo, latest=hi, granularity=gran, resolved=ok, underspecified=under)


def _former(text: str, t: Timex, g: Grammar) -> bool:
    """ "Ex" of "Ex-Minister": the whole timex is the ``former`` prefix."""
    m = g.former.match(text, t.start)
    return m is not None and m.end() == t.end


_WINDOW_REACH = 60  # characters before "in drei Jahren" in which an ordinal or a count makes it a window
_WORD = re.compile(r"\w+")


def _counting(text: str, pos: int, g: Grammar) -> bool:
    """Whether an ordinal or a number shortly before ``pos`` in its clause makes "in N units" the
    window of a count ("his second trip to Africa in three years", "drei Besuche in einem Jahr")."""
    start = max(0, pos - _WINDOW_REACH)
    for mark in ",;:.!?":
        start = max(start, text.rfind(mark, start, pos) + 1)
    for w in _WORD.finditer(text, start, pos):
        n = g.number(w.group())
        if g.lookup("ordinal", w.group()) is not None or (n is not None and (n != "1" or w.group().isdigit())):
            return True  # "a"/"ein" read as one is an article, no count
    return False


def _ahead_date(text: str, t: Timex, g: Grammar, ref: dt.date | None, tense: list) -> Timex | None:
    """ "in einem Jahr" / "in a year" (a duration in TIMEX3 terms) as the date that far after the
    reference -- when the duration is a number of units and its clause is not told in the past
    ("in einem Jahr hat er drei Bücher geschrieben" is how long it took)."""
    m = _counted(t, g)  # not "in den letzten zwei Jahren": a stretch up to now
    if m is None or g.ahead_cue is None or ref is None:
        return None
    cue = g.ahead_cue.search(text, max(0, t.start - 8), t.start)
    if cue is None or _counting(text, cue.start(), g):
        return None
    if not tense:
        tense.append(Tense(text, g))
    if tense[0].direction(t.start, t.end) == "past":
        return None
    under = f"UNDEF-REF-{_DURATION_UNITS[m[2]]}-PLUS-{m[1]}"
    value, ok = resolve_value(under, Reference(ref))
    lo, hi, gran = bounds(value) if ok else (None, None, None)
    return Timex(start=cue.start(), end=t.end, text=text[cue.start():t.end], type="DATE", value=value,
                 earliest=lo, latest=hi, granularity=gran, resolved=ok, underspecified=under)


def _counted(t: Timex, g: Grammar) -> re.Match | None:
    """The unit and number of a duration told as a number of units ("vier Jahre", "a year")."""
    m = _DURATION.match(t.value)
    words = t.text.split()
    if t.type != "DURATION" or m is None or not words or g.number(words[0]) is None:
        return None
    return m


def _later_date(text: str, t: Timex, g: Grammar, ref: dt.date | None, before: list[Timex]) -> Timex | None:
    """ "four years later" (a duration with a "later" cue in TIMEX3 terms) as the date that long
    after the last date told before it that is fine enough; none without such a date."""
    m = _counted(t, g) if g.later_cue is not None else None
    if m is None or g.later_cue.match(text, t.end) is None:
        return None
    history = tuple((x.earliest, x.granularity) for x in before if x.type == "DATE" and x.resolved
                    and x.earliest is not None and x.granularity in ("day", "week", "month", "year")
                    and "/" not in x.value and x.end <= t.start)
    unit = _DURATION_UNITS[m[2]]
    reference = Reference(ref, history=history)
    if reference.anchor_for(unit) is None:
        return None
    under = f"UNDEF-ANA-{unit}-PLUS-{m[1]}"
    value, ok = resolve_value(under, reference)
    if not ok:
        return None
    end = g.later_cue.match(text, t.end).end()
    lo, hi, gran = bounds(value)
    return Timex(start=t.start, end=end, text=text[t.start:end], type="DATE", value=value,
                 earliest=lo, latest=hi, granularity=gran, resolved=True, underspecified=under)


def annotate(analysis: Analysis) -> None:
    """Pipeline step: fills analysis.timexes from analysis.document.

    Uses document.published, .lang and .mode; skips spans in
    analysis.boilerplate; merges ranges and "since" dates (:func:`merge_ranges`);
    warns when published is None and relative dates stayed unresolved.
    """
    doc = analysis.document
    guessed = _guessed.pop((doc.text, doc.lang, doc.published, doc.mode), None) if _guessed else None
    if guessed is not None and guessed[2] is load_grammar(doc.lang):
        # text_mode tagged this text so as the document was read: the same timexes and notes
        found = guessed[0]
        analysis.warnings += guessed[1]
    else:
        # a text text_mode found to be a narrative: its candidates are found the same in either mode
        known = _narrative_candidates.pop((doc.text, doc.lang), None) if _narrative_candidates else None
        cands = known[0] if known is not None and known[1] is load_grammar(doc.lang) else None
        found = _tag(doc.text, doc.lang, doc.published, doc.mode, notes=analysis.warnings, cands=cands)
    if analysis.boilerplate:
        found = [t for t in found
                 if not any(t.start < b.end and b.start < t.end for b in analysis.boilerplate)]
    ref = doc.published
    if doc.mode == "narrative":
        ref = None  # an open interval in narrative text ends at an unknown "now"
    analysis.timexes = merge_ranges(doc.text, doc.lang, found, ref)
    unresolved = [t for t in analysis.timexes if not t.resolved and t.type in ("DATE", "TIME")]
    if doc.published is None and unresolved:
        analysis.warnings.append(
            f"no publication date: {len(unresolved)} relative date(s) left unresolved "
            f"(e.g. {unresolved[0].text!r}); give the document a date to resolve them")


def resolve_date(expression: str, lang: str, ref: dt.date | None, mode: str = "news",
                 direction: str | None = None, strict: bool = False) -> DateValue | None:
    """The date of one expression built by another step ("am Donnerstag und Freitag").

    ``direction`` (``past``/``future``) stands in for the tense of the sentence
    the expression came from; without it, the expression's own words decide. ``strict``: the
    direction is known, not guessed -- a month or a day without its year lies on its side even
    when the other side is nearer ("was elected in December" in a November report: the December
    before; without ``strict`` the nearest one, as a tense guess would keep it).
    Returns the merged view of :func:`merge_ranges` for the first timex found,
    or None when the expression holds no date.

    >>> resolve_date("nächste Woche", "de", dt.date(2024, 5, 14)).value
    '2024-W21'
    >>> resolve_date("am Donnerstag", "de", dt.date(2024, 5, 14), direction="future").value
    '2024-05-16'
    >>> resolve_date("in December", "en", dt.date(2024, 11, 14), direction="past", strict=True).value
    '2023-12'
    """
    found = merge_ranges(expression, lang, _tag(expression, lang, ref, mode, direction, strict=strict), ref)
    dated = [t for t in found if t.type in ("DATE", "TIME")]
    return dated[0].date() if dated else None


def guess_mode(found: list, dct: dt.date | None) -> str:
    """``narrative`` when the years a text writes out lie far from its reference date, else ``news``
    (:data:`NARRATIVE_YEARS`; :data:`NARRATIVE_NEAR_YEARS` for a text writing out many years).

    ``found`` are the text's timexes tagged in news mode. A history (a war told
    in 1939-1945, retrieved in 2011) anchors its dates on the story's years; a
    news report writes out years near its publication date.
    """
    if dct is None:
        return "news"
    years = [_written_year(t) for t in found if t.type == "DATE"]
    years = [y for y in years if y is not None]
    if len(years) < NARRATIVE_MIN_YEARS:
        return "news"  # a report recalling a few past years stays news
    years.sort()
    away = abs(years[len(years) // 2] - dct.year)
    # a text writing out twice as many years is a history nearer its date too (a war of 2003 on
    # a page of 2011)
    near = NARRATIVE_NEAR_YEARS if len(years) >= 2 * NARRATIVE_MIN_YEARS else NARRATIVE_YEARS
    return "narrative" if away > near else "news"


def _written_year(t) -> int | None:
    """The year a DATE timex writes out (``490 v. Chr.`` -> -489), else None."""
    bc = t.value.startswith("BC")
    digits = t.value[2:6] if bc else t.value[:4]
    if not digits.isdigit() or digits.lstrip("0") not in t.text:
        return None
    return 1 - int(digits) if bc else int(digits)


# A text that writes out at least NARRATIVE_MIN_YEARS years whose median lies more than
# NARRATIVE_YEARS from the reference date is a history.
NARRATIVE_YEARS = 20
NARRATIVE_MIN_YEARS = 8
# ... or at least twice NARRATIVE_MIN_YEARS years whose median lies more than NARRATIVE_NEAR_YEARS
# from it.
NARRATIVE_NEAR_YEARS = 5

# A four-digit number that may be a year, and the longest sentence text_mode tags (the tagger
# reads the whole sentence of each date: a text without sentence ends is not tagged to guess).
_YEARLIKE = re.compile(r"(?<![\d.,])(\d{3,4})(?![\d.,]\d)")
_GUESS_SENTENCE_CHARS = 2000
_GUESS_SENTENCE_END = re.compile(r"[.!?\n]")


def text_mode(text: str, lang: str, dct: dt.date | None) -> str:
    """The mode of a document given without one (``kb extract``, ``kb ingest``): :func:`guess_mode`.

    A news report is told against its publication date; a history retrieved long after the
    events (a war of 1861-1865 on a page of 2011) against the story's own years, so that
    "am 11. März" there takes the year the text is at. Tagging the text is only needed when it
    writes out enough numbers that could be years far from ``dct``; a text with a "sentence"
    too long to tag cheaply stays news.

    >>> text_mode("Am 11. März trafen sich beide.", "de", dt.date(2011, 2, 16))
    'news'
    """
    if dct is None:
        return "news"
    far = [m for m in _YEARLIKE.finditer(text) if abs(int(m.group(1)) - dct.year) > NARRATIVE_NEAR_YEARS]
    if len(far) < NARRATIVE_MIN_YEARS // 2:
        return "news"
    start = 0
    for m in _GUESS_SENTENCE_END.finditer(text + "\n"):
        if m.start() - start > _GUESS_SENTENCE_CHARS:
            return "news"
        start = m.end()
    notes: list[str] = []
    grammar = load_grammar(lang)
    cands = find(text, grammar)
    found = _tag(text, lang, dct, "news", notes=notes, cands=cands)
    mode = guess_mode(found, dct)
    _guessed.clear()
    _narrative_candidates.clear()
    if mode == "news":
        # annotate() tags the same text so next (kb ingest reads a document, then analyses it):
        # it takes these, once (later steps may change them). One entry, for the last text tagged here.
        _guessed[text, lang, dct, "news"] = (found, notes, grammar)
    else:
        # annotate() tags it again as a narrative: the candidates are the same, only their values differ
        _narrative_candidates[text, lang] = (cands, grammar)
    return mode


# What text_mode last tagged in news mode, for annotate(): {(text, lang, dct, "news"): (timexes,
# notes, the grammar that found them)}, at most one entry, taken with dict.pop (so by one caller
# only, also from threads).
_guessed: dict[tuple, tuple[list[Timex], list[str], Grammar]] = {}
# What text_mode last found (kb.temporal.extract.find) in a text it guessed to be a narrative, for
# annotate(): {(text, lang): (candidates, the grammar that found them)}, at most one entry, taken
# with dict.pop. Finding them is most of tagging a long history; they do not depend on the mode.
_narrative_candidates: dict[tuple, tuple[list[Candidate], Grammar]] = {}


def timex_record(record: dict, mode: str | None = None) -> dict:
    """For ``kb timex``: a temporal-corpus JSONL record with ``timexes`` replaced by kb's.

    Without ``mode``, the record's own ``mode`` field decides, else :func:`guess_mode`.
    """
    dct = record.get("dct")
    ref = dt.date.fromisoformat(dct[:10]) if dct else None
    text, lang = record.get("text", ""), record.get("lang", "en")
    mode = mode or record.get("mode")
    found = tag(text, lang, ref, mode or "news")
    if mode is None and guess_mode(found, ref) == "narrative":
        found = tag(text, lang, ref, "narrative")
    return dict(record, timexes=[t.as_record() for t in found])
