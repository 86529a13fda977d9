"""The date arithmetic of events and claims, in one place, done by the temporal resolver.

Events and claims never compute dates themselves: a stay of N days, the start of an open
interval, "seven months before publication", "30 years before the anniversary" all go through
:func:`kb.temporal.resolve.resolve_value` and :func:`kb.temporal.resolve.bounds`.

It also says where an event's date comes from (``DateValue.source``): ``text`` -- a date
expression of the event's own clause or sentence (:func:`nearest_timex`); ``context`` -- taken
over from the event the sentence continues, a title's body or a digest item's date line
(:func:`inherited`); ``publication`` -- nothing in the text dates it, the publication date stands
in (:func:`from_publication`), and the bounds say only what that tells.
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
import re
from functools import lru_cache
from typing import NamedTuple

from ..model import DateValue, Timex
from ..temporal.grammar import names_unit
from ..temporal.resolve import Reference, bounds, resolve_value
from .context import Context, is_place

__all__ = ["REPORT_WINDOW_DAYS", "week_ahead", "detail_day", "party_ids", "after_noun", "last_day", "not_begun", "told_length", "until_day", "future_told", "ago_month", "closed_stay", "closing", "over_by_report", "with_length", "dateline_day", "day_of_stay", "stay_ending", "year_ahead", "told_before", "past_of_noun_date", "calendar_told", "duration_before", "implied_days", "duration_near", "from_publication", "inherited", "lead_day", "plans_in_stay",
           "nearest_timex", "length_from_other", "month_part", "date_span", "in_relative_clause", "apart_from", "apart_dates", "modifies_other_noun", "others_after_apart", "before_apart", "length_apart", "topic_of", "of_value", "verbal_at", "word_start", "ongoing_stay", "reading", "season_months", "shifted", "start_of", "stay"]

_UNITS = {"D": "day", "W": "week", "M": "month", "Y": "year"}

# A news report tells as done, without a date, what happened lately: an undated past event is
# placed on the publication day (its value, the usual reading) but bounded only by the week before
# it (earliest) and the publication day (latest).
REPORT_WINDOW_DAYS = 7


def until_day(ctx: Context, timex: Timex | None, date: DateValue | None, cue: re.Pattern | None) -> DateValue | None:
    """The date of a stay told by its last day ("ist noch bis Freitag in Chile", "will be in Chile
    until Saturday"): the day after an ``until`` cue of discourse.txt ends it, its start untold
    (``../D``); any other date as it is.

    A day that starts a range ("von Montag bis Mittwoch") is one timex with the range and stays it.
    """
    if timex is None or date is None or cue is None or date.granularity != "day" or "/" in date.value \
            or date.latest is None:
        return date
    if cue.search(ctx.text[max(ctx.sentence.start, timex.start - 16):timex.start]) is None:
        return date
    day = date.latest.isoformat()
    return DateValue(value=f"../{day}", earliest=None, latest=date.latest, granularity="day",
                     resolved=date.resolved, text=date.text, span=date.span, uncertain=date.uncertain,
                     source=date.source)


def future_told(ctx: Context, start: int, end: int, lang: str) -> bool:
    """Does ``[start, end)`` tell the future in words ("wird", "soll", "will", "set to"; the
    ``future`` cues of temporal-tense.txt), not by a present tense alone ("empfängt", "trifft")?"""
    from ..temporal.tense import future_cues

    words, phrases = future_cues(lang)
    if phrases is not None and any(not ctx.quoted(m.start()) for m in phrases.finditer(ctx.text, start, end)):
        return True
    return any(w.group().lower() in words and not ctx.quoted(w.start()) for w in _WORD.finditer(ctx.text, start, end))


def from_publication(dct: _dt.date, status: str | None, point: bool = False) -> DateValue | None:
    """The date of an event the text does not date, as far as the publication date tells it.

    Done (``past``): on or before the publication day -- value that day, bounds the report window.
    Under way (``ongoing``): begun on or before it, end open; a ``point`` event (a meeting, a
    call) under way is on the publication day. Anything else: no date.

    >>> d = from_publication(_dt.date(2024, 5, 14), "past")
    >>> d.value, d.earliest, d.latest, d.source
    ('2024-05-14', datetime.date(2024, 5, 7), datetime.date(2024, 5, 14), 'publication')
    """
    start = dct - _dt.timedelta(days=REPORT_WINDOW_DAYS)
    if status == "past":
        return DateValue(value=dct.isoformat(), earliest=start, latest=dct, granularity="day",
                         uncertain=True, source="publication")
    if status == "ongoing" and point:
        return DateValue(value=dct.isoformat(), earliest=dct, latest=dct, granularity="day",
                         uncertain=True, source="publication")
    if status == "ongoing":
        return DateValue(value=f"{dct.isoformat()}/..", earliest=start, latest=None, granularity="day",
                         uncertain=True, source="publication")
    return None


# the days of a month a TIMEX3 modifier keeps ("Anfang Mai": 1-10, "Mitte Mai": 11-20, "Ende Mai": 21-)
_MONTH_PARTS = {"START": (1, 10), "MID": (11, 20), "END": (21, 31)}


def month_part(status: str | None, timex, date: DateValue | None, dct: _dt.date | None) -> str | None:
    """The status of an event told without a tense cue in a part of the report's month ("findet
    Ende Mai statt", "takes place in early May"): that part lies ahead of the report's day or
    behind it, whatever the month as a whole says. The date stays the month.

    >>> from kb.model import Timex
    >>> may = of_value("2024-05")
    >>> end = Timex(0, 8, "Ende Mai", "DATE", "2024-05", may.earliest, may.latest, "month", mod="END")
    >>> month_part(None, end, may, _dt.date(2024, 5, 14)), month_part("ongoing", end, may, _dt.date(2024, 5, 14))
    ('planned', 'planned')
    >>> start = Timex(0, 10, "Anfang Mai", "DATE", "2024-05", may.earliest, may.latest, "month", mod="START")
    >>> month_part(None, start, may, _dt.date(2024, 5, 14)), month_part(None, start, may, _dt.date(2024, 5, 8))
    ('past', None)
    >>> month_part("planned", start, may, _dt.date(2024, 5, 14))
    'planned'
    """
    part = _MONTH_PARTS.get(timex.mod) if timex is not None else None
    if part is None or status not in (None, "ongoing") or date is None or dct is None or date.granularity != "month" \
            or date.earliest is None or date.latest is None or not date.earliest <= dct <= date.latest:
        return status
    if dct.day < part[0]:
        return "planned"
    return "past" if dct.day > part[1] and status is None else status


def not_begun(status: str | None, date: DateValue | None, dct: _dt.date | None) -> str | None:
    """The status of an event told as under way ("is visiting Oslo on Friday") whose day lies
    after the publication day: planned, not under way.

    >>> not_begun("ongoing", of_value("2024-05-17"), _dt.date(2024, 5, 14))
    'planned'
    >>> not_begun("ongoing", of_value("2024-05-13/2024-05-19"), _dt.date(2024, 5, 14))
    'ongoing'
    """
    if status == "ongoing" and date is not None and dct is not None and date.earliest is not None \
            and date.earliest > dct:
        return "planned"
    return status


def week_ahead(status: str | None, date: DateValue | None, dct: _dt.date | None) -> DateValue | None:
    """A plan dated by the week that holds a publication day at its weekend ("travels to Warsaw
    this week" on a Saturday or a Sunday): only the weekend is left of that week, so the plan is
    for the coming one. Anything told as done or under way keeps its week.

    >>> week_ahead("planned", of_value("2024-W20"), _dt.date(2024, 5, 19)).value
    '2024-05-20/2024-05-26'
    >>> week_ahead("planned", of_value("2024-W20"), _dt.date(2024, 5, 17)).value
    '2024-W20'
    >>> week_ahead("past", of_value("2024-W20"), _dt.date(2024, 5, 19)).value
    '2024-W20'
    """
    if status != "planned" or date is None or dct is None or date.granularity != "week" \
            or date.earliest is None or date.latest is None or dct.isoweekday() < 6 \
            or not date.earliest <= dct <= date.latest or (date.latest - date.earliest).days != 6:
        return date
    start = date.earliest + _dt.timedelta(days=7)
    out = of_value(f"{start.isoformat()}/{(start + _dt.timedelta(days=6)).isoformat()}", date.uncertain,
                   resolved=date.resolved, text=date.text, span=date.span, source=date.source)
    out.granularity = "week"
    return out


def ongoing_stay(dct: _dt.date, days: int) -> DateValue:
    """A stay of ``days`` days under way at publication, its start not told ("has arrived for a
    five-day visit"): the usual reading is publication day .. +N-1; the bounds say what is known --
    begun at most N-1 days before, over at most N-1 days after.

    >>> d = ongoing_stay(_dt.date(2024, 5, 14), 3)
    >>> d.value, d.earliest, d.latest
    ('2024-05-14/2024-05-16', datetime.date(2024, 5, 12), datetime.date(2024, 5, 16))
    """
    n = max(days, 1) - 1
    end = dct + _dt.timedelta(days=n)
    return DateValue(value=f"{dct.isoformat()}/{end.isoformat()}", earliest=dct - _dt.timedelta(days=n),
                     latest=end, granularity="day", uncertain=True, source="publication")


def reading(date: DateValue) -> tuple[_dt.date | None, _dt.date | None]:
    """The days a date is read as: its bounds -- or, for a date that only the publication day
    gives, the days of its value (the usual reading; the bounds say how far it may be off)."""
    if date.source == "publication":
        lo, hi, _ = bounds(date.value)
        return lo, hi
    return date.earliest, date.latest


_SEASON = re.compile(r"(?:\d{4}|XXXX)-(?:SP|SU|FA|WI|Q[1-4]|H[12])\b")


def season_months(date: DateValue, timex: Timex | None = None) -> DateValue:
    """A season, a quarter or a half year as an event date is the range of its months ("im
    vergangenen Frühjahr" -> 2023-03/2023-05, "im ersten Quartal" -> 2024-01/2024-03), not a
    TIMEX3 code (2023-SP, 2024-Q1, 2024-H2) no reader or exporter dates by.

    >>> season_months(of_value("2023-SP")).value
    '2023-03/2023-05'
    >>> season_months(of_value("2024-Q1")).value, season_months(of_value("2024-H2")).value
    ('2024-01/2024-03', '2024-07/2024-12')
    """
    codes = " ".join(x for x in (date.value, timex.value if timex else "", timex.underspecified if timex else "") if x)
    if not _SEASON.search(codes) or date.earliest is None or date.latest is None:
        return date
    lo, hi = date.earliest.replace(day=1), date.latest
    return DateValue(value=f"{lo:%Y-%m}/{hi:%Y-%m}", earliest=lo, latest=hi, granularity="month",
                     resolved=date.resolved, text=date.text, span=date.span, uncertain=date.uncertain,
                     source=date.source)


_YEARS_AGO = re.compile(r"UNDEF-AGO-year-MINUS-(\d+)$")


def ago_month(date: DateValue, timex: Timex | None, dct: _dt.date | None) -> DateValue:
    """"vor zehn Jahren", "ten years ago" as an event date: the month that many years before
    publication -- the reading the annotation conventions give a vague past ("vor einem Jahr"
    is kept at month precision), where TIMEX3 gives only the year.

    >>> t = Timex(0, 13, "ten years ago", "DATE", "2014", granularity="year",
    ...           underspecified="UNDEF-AGO-year-MINUS-10")
    >>> ago_month(of_value("2014", source="text"), t, _dt.date(2024, 3, 14)).value
    '2014-03'
    """
    m = _YEARS_AGO.match(timex.underspecified or "") if timex is not None else None
    if m is None or dct is None or date.value != str(dct.year - int(m.group(1))):
        return date
    return of_value(f"{date.value}-{dct.month:02d}", date.uncertain, resolved=date.resolved, text=date.text,
                    span=date.span, source=date.source)


def lead_day(events: list, within: dict, sentence_of, dct: _dt.date | None, item_dates: dict,
             telling: set[int], timed: frozenset[int] = frozenset()) -> None:
    """"Vorgestern am späten Abend fiel die Entscheidung. Drei Abstimmungen waren nötig, bis die
    Abgeordneten X wählten.": a sentence that names a day but tells no event of its own sets
    the time of what the next sentence tells. An event of that sentence without a date takes the
    day (from the context), when it lies on the side of publication its status says (a plan
    ahead, what was done before) -- within one item of a digest. ``within`` maps a sentence to
    what :func:`kb.events.phases.within` read of it (its last day); ``telling`` are the sentences
    with a frame (kb.frames: a verb or an event noun): a date line or a byline ("VOA News 06
    December 2009") tells nothing. Up to :data:`LEAD_REACH` sentences that name no time and tell
    no event may stand between ("Das ist das Fazit der Wahlen, die der Landtag gestern vornahm.
    In geheimer Abstimmung wurden A und B entsandt. Beide erhielten 18 Stimmen."); ``timed`` are
    the sentences that name a date."""
    told = {sentence_of(ev) for ev in events}
    for ev in events:
        n = sentence_of(ev)
        k = _leading(n, within, told, timed, item_dates)
        before = within.get(k)
        if ev.date is not None or before is None or before.day is None or k in told or k not in telling \
                or item_dates.get(n) != item_dates.get(k) or dct is None:
            continue
        day = before.day
        ahead = day.earliest is not None and day.earliest > dct
        if ahead != (ev.status == "planned") or ev.status in ("hypothetical", "did_not_occur"):
            continue
        ev.date = inherited(day)


def detail_day(events: list, sentence_of, is_heading, dct: _dt.date | None) -> None:
    """"Scholz und Tusk haben bei Regierungskonsultationen in Warschau eine engere Zusammenarbeit
    vereinbart. Beide unterzeichneten am Dienstag einen Aktionsplan.": a news lead tells its event
    without a day; the next sentence gives the day of what the same parties did there. The lead's
    event (past, dated only by publication, two or more parties) takes that day when it lies within
    a week before publication."""
    body = sorted({sentence_of(ev) for ev in events if not is_heading(ev)})
    if not body or dct is None:
        return
    lead = body[0]
    for ev in events:
        if sentence_of(ev) != lead or is_heading(ev) or ev.status not in ("past", None) \
                or (ev.date is not None and ev.date.source != "publication"):
            continue
        ids = party_ids(ev)
        if len(ids) < 2:
            continue
        for x in events:
            d = x.date
            if sentence_of(x) == lead + 1 and party_ids(x) == ids and d is not None and d.source == "text" \
                    and d.granularity == "day" and d.earliest is not None and d.earliest == d.latest \
                    and _dt.timedelta(0) <= dct - d.earliest <= _dt.timedelta(days=7):
                ev.date = inherited(d)
                break


def party_ids(ev) -> frozenset[str]:
    """The ids of the event's participants that are linked entities."""
    return frozenset(p.entity.id for p in ev.participants if p.entity is not None)


# how many sentences back the day of a lead (:func:`lead_day`) may be named
LEAD_REACH = 3


def _leading(n: int, within: dict, told: set[int], timed: frozenset[int], item_dates: dict) -> int:
    """The sentence whose day :func:`lead_day` reads for sentence ``n``: the one before, or the
    nearest before it across sentences that name no date and tell no event."""
    k = n - 1
    while k > n - LEAD_REACH and k > 0 and k not in timed and k not in told \
            and (k not in within or within[k].day is None) and item_dates.get(k) == item_dates.get(n):
        k -= 1
    return k


# how many sentences back the occasion of an undated saying may be told, and how long before
# publication its day may lie (a report of the day before, or of last Saturday in a Monday paper)
OCCASION_REACH = 8
OCCASION_AGO = _dt.timedelta(days=7)


def occasion_day(events: list, within: dict, sentence_of, dct: _dt.date | None, item_dates: dict,
                 prose: set[int], timed: set[int], sayings: set[str]) -> None:
    """"Die neue Halle ist am Samstag eröffnet worden. [...] ‚Ein großer Tag', sagte X.": what is
    said in the past tense, without a date, in a report of an occasion that a sentence before
    dates to a recent day but tells as no event of its own (an opening, a service, a ceremony)
    was said there, on that day (from the context). The nearest sentence before that names any
    date decides, up to :data:`OCCASION_REACH` sentences back within one digest item; a sentence
    with an event dated by the text, another date (a year, a month: "2009 wurde umgebaut"), a
    day after publication or more than :data:`OCCASION_AGO` before it, or the publication day
    itself date nothing. ``timed`` are the sentences that name a date, ``prose`` those with three
    words in lower case or more (no date line, no byline), ``sayings`` the types of communication
    events (:func:`lead_day` reads the next sentence alone, for any event)."""
    if dct is None:
        return
    told = {sentence_of(ev) for ev in events}
    dated = {sentence_of(ev) for ev in events if ev.date is not None and ev.date.source == "text"}
    for ev in events:
        if ev.type not in sayings or ev.date is not None or ev.status != "past" or ev.notes.present:
            continue
        n = sentence_of(ev)
        for k in range(n - 1, max(-1, n - 1 - OCCASION_REACH), -1):
            if item_dates.get(k) != item_dates.get(n) or k in dated:
                break
            if k not in timed:
                continue
            day = within[k].day if k in within else None
            if day is not None and k not in told and k in prose and day.earliest is not None \
                    and dct - OCCASION_AGO <= day.earliest < dct:
                ev.date = inherited(day)
            break


# how many sentences back a planned stay may date an undated plan of its guest
PLAN_REACH = 4


def plans_in_stay(events: list, sentence_of, stays: set[str], points: set[str], item_dates: dict) -> None:
    """"X besucht am 24. und 25. April Deutschland. Es ist sein fünfter Besuch. Zuletzt war er
    2013 in Berlin. Er wird Kanzlerin Y treffen.": an undated plan of a guest lies within the
    days of the planned stay of the same person told up to :data:`PLAN_REACH` sentences before
    (from the context, as "during the visit" does) -- the nearest such stay, within one item of
    a digest. What happened before (a visit in 2013) does not date a plan; a ``points`` event in
    a stay whose end is open, or that is told as beginning on its day ("Am Montag beginnt
    die Reise in Lima. Dort trifft sie ..."), is on its first day (as the discourse pass reads it)."""
    for i, ev in enumerate(events):
        if ev.date is not None or ev.status != "planned" or ev.type in stays:
            continue
        prev = next(_planned_stays_before(events, i, sentence_of, stays, item_dates), None)
        if prev is not None and party_ids(ev) & party_ids(prev):
            ev.date = inherited(prev.date)
            if ev.type in points and (ev.date.value.endswith("/..") or prev.notes.begun):
                ev.date = start_of(ev.date, uncertain=True)


def _planned_stays_before(events: list, i: int, sentence_of, stays: set[str], item_dates: dict):
    """The planned stays the text dates that are told before event ``i`` in earlier sentences, up
    to :data:`PLAN_REACH` sentences back and within its item of a digest, nearest first."""
    ev = events[i]
    for prev in reversed(events[:i]):
        gap = sentence_of(ev) - sentence_of(prev)
        if gap > PLAN_REACH or item_dates.get(sentence_of(ev)) != item_dates.get(sentence_of(prev)):
            return
        if prev.type in stays and prev.status == "planned" and prev.date is not None and prev.date.source == "text" \
                and prev.implied_by is None and gap != 0:
            yield prev


@lru_cache(maxsize=None)
def _weekday_names(lang: str) -> frozenset[str]:
    """The weekday names of ``temporal-words.txt``, lower-cased ("monday", "mittwoch")."""
    from ..lang.schema import load

    return frozenset(w.lower() for e in load(lang, "temporal-words.txt") if e["category"] == "weekday"
                     for w in e["spellings"])


def weekdays_in_stay(events: list, sentence_of, stays: set[str], item_dates: dict, lang: str) -> None:
    """"bricht am Sonntag zu einer viertägigen Reise nach Japan auf. [...] Zum Abschluss besucht er
    am Mittwoch Hiroshima" in a Wednesday's report: a planned event dated by a weekday alone that
    the report's day put before the start of the planned stay of the same person told up to
    :data:`PLAN_REACH` sentences before, with its length, lies within it, a week later, when that
    day is one of its days (a weekday of a plan reads on or after the report's day; told inside a
    trip of days counted from a day, it is a day of the trip; a trip told by its first day alone
    holds that day and the six after it). A trip told by its week alone ("will travel to Tokyo next
    week. [...] talks on Thursday") leaves the weekday as the convention reads it, the first on or
    after the report's day."""
    names = _weekday_names(lang)
    for i, ev in enumerate(events):
        d = ev.date
        if ev.status != "planned" or d is None or d.source != "text" or d.granularity != "day" \
                or d.earliest is None or "/" in d.value or not d.text or d.text.split()[-1].lower() not in names:
            continue
        people = party_ids(ev)
        trip = next((x for x in _planned_stays_before(events, i, sentence_of, stays, item_dates)
                     if _trip_days(x) is not None and people & party_ids(x)), None)
        if trip is None:
            continue
        (first, last), later = _trip_days(trip), d.earliest + _dt.timedelta(days=7)
        if d.earliest < first and first <= later <= last:
            ev.date = dataclasses.replace(d, value=later.isoformat() + d.value[10:], earliest=later, latest=later)


def _trip_days(trip) -> tuple[_dt.date, _dt.date] | None:
    """The days a planned trip may hold: those its length counts, or, for a trip told by its first
    day alone ("reist am Montag nach Rom"), that day and the six after it."""
    d = trip.date
    if d is None or d.earliest is None or d.source != "text":
        return None
    if trip.notes.days and d.latest is not None:
        return d.earliest, d.latest
    if d.granularity == "day" and d.latest == d.earliest:
        return d.earliest, d.earliest + _dt.timedelta(days=6)
    return None


def inherited(date: DateValue) -> DateValue:
    """A copy of another event's date for an event that continues it: uncertain, from the context
    (a date the other event had from the publication day stays one)."""
    out = DateValue(**{**date.__dict__})
    out.uncertain, out.text, out.span = True, None, None
    if out.source != "publication":
        out.source = "context"
    return out


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
                   text=date.text, span=date.span, source=date.source)
    out.granularity = out.granularity or date.granularity
    return out


_NO_YEAR = re.compile(r"XXXX-\d\d(?:-\d\d)?")


def year_ahead(date: DateValue, dct: _dt.date, lang: str) -> DateValue:
    """A plan dated by a month or a day told without its year that lies before publication
    ("will meet Lund in February" in a March report): the same month or day a year later.
    Anything else (a year written out, "yesterday", "last week") stays as it is. (The reverse --
    something told as done in a month after publication -- is left to the calendar, which makes
    it a plan: the tense is the weaker cue there.)

    >>> year_ahead(of_value("2024-02", text="February", source="text"), _dt.date(2024, 3, 14), "en").value
    '2025-02'
    >>> year_ahead(of_value("2024-02", text="February 2024", source="text"), _dt.date(2024, 3, 14), "en").value
    '2024-02'
    >>> year_ahead(of_value("2024-03-13", text="yesterday", source="text"), _dt.date(2024, 3, 14), "en").value
    '2024-03-13'

    The days of a stay that begins on such a day move with it ("will travel to Japan on Feb. 3 for
    a three-day visit" in an April report):

    >>> year_ahead(of_value("2024-02-03/2024-02-05", text="Feb. 3", source="text"), _dt.date(2024, 4, 10), "en").value
    '2025-02-03/2025-02-05'
    """
    from ..temporal import tag

    day = r"\d{4}-\d\d(?:-\d\d)?"
    if date.text is None or date.latest is None or date.latest >= dct \
            or not re.fullmatch(rf"{day}(?:/{day})?", date.value):
        return date
    said = tag(date.text, lang, dct)
    if len(said) != 1 or not _NO_YEAR.fullmatch(said[0].underspecified or ""):
        return date
    value = "/".join(f"{int(v[:4]) + 1:04d}{v[4:]}" for v in date.value.split("/"))
    out = of_value(value, date.uncertain, resolved=date.resolved, text=date.text, span=date.span, source=date.source)
    return out if out.earliest is not None and out.earliest >= dct else date


def told_before(ctx: Context, status: str | None, date: DateValue | None, dct: _dt.date | None,
                start: int, end: int, lang: str, own: tuple[int, int] | None = None) -> str | None:
    """The status of an event that only a present tense makes a plan ("empfängt", "reist",
    "meets"; no future told in words in ``[start, end)``, :func:`future_told`) and that its text
    dates before publication by a calendar date: a report of what was done then (a historical
    present, a dated item), so ``past``, its date the one told -- never the same day a year
    later. A date written with its year ("14.04.2011: X trifft Y") always; a day or month without
    it ("Am 5. April empfängt X Y" in a report of 29 April) where the language's present tells
    the past so (``present | calendar:past`` in temporal-tense.txt; an English present tells a
    schedule: "travels to Oslo in May"). A weekday or a relative day keeps the plan: the present
    tells what is to come by them ("Am Sonntag wählt Italien"). Nor does a plan the event noun
    ``own`` is told as by a cue right before it ("über den bevorstehenden Gipfel im Oktober"): its
    date lies ahead. Any other status is returned as it is."""
    from ..temporal.tense import present_before

    if status != "planned" or date is None or dct is None or date.source != "text" or not date.text \
            or date.latest is None or date.latest >= dct or future_told(ctx, start, end, lang) \
            or (own is not None and _planned_noun(ctx, own, lang)):
        return status
    told = calendar_told(date.text, lang, dct)
    return "past" if told == "year" or (told == "no-year" and present_before(lang) == "past") else status


def _planned_noun(ctx: Context, own: tuple[int, int], lang: str) -> bool:
    """Does a cue of a plan (status.txt ``planned``) end right before the event noun at ``own``
    ("den bevorstehenden Gipfel", "the upcoming summit")?"""
    from .rules import status_cues

    head = ctx.text[max(ctx.sentence.start, own[0] - 40):own[0]]
    word = re.search(r"(\S+)\s+$", head)
    if word is None:
        return False
    at = own[0] - len(head) + word.start(1)
    return any(status == "planned" and pat.fullmatch(ctx.text, at, at + len(word.group(1)))
               for status, pat in status_cues(lang))


_BEFORE_NOUN = re.compile(r"(?:'s|\u2019s)?\s+$")


def dated_past_noun(ctx: Context, timex: Timex | None, s: int, date: DateValue | None, dct: _dt.date | None) -> bool:
    """Is the event noun at ``s`` dated by a date written right before it ("last month's shooting
    death", "Sunday's vote") that lies wholly before the publication day? Such an event happened,
    whatever a modal of its sentence says of something else ("the man wanted in last month's
    shooting may have fled")."""
    return timex is not None and dct is not None and date is not None and date.latest is not None \
        and date.latest < dct and _BEFORE_NOUN.fullmatch(ctx.text, timex.end, s) is not None


# a past participle with its agent right after an event noun: a reduced passive relative clause
_DONE_BY = re.compile(r"\s+(?:[a-z]{2,}ed|brokered|drawn up|worked out|won|made|held)\s+(?:by|between)\b")


def done_by_participle(ctx: Context, timex: Timex | None, s: int) -> bool:
    """Is the event noun at ``s``, dated by a date written right before it, followed by a past
    participle with its agent ("the Feb. 23 accord signed by X", "the May 2 treaty concluded
    between X and Y")? What that tells was done, whatever a modal says of another verb."""
    if timex is None or _BEFORE_NOUN.fullmatch(ctx.text, timex.end, s) is None:
        return False
    noun = re.compile(r"\w+").match(ctx.text, s)
    return noun is not None and _DONE_BY.match(ctx.text, noun.end(), ctx.sentence.end) is not None


def past_of_noun_date(ctx: Context, timex: Timex | None, s: int, lang: str) -> bool:
    """Is the date written right before the event noun at ``s`` ("the 20 March talks", "the
    March 20 summit", "Sunday's vote") in a clause the tagger reads as past ("... ended without
    agreement")? The verb told is that of the noun's own clause: what it says of the event happened,
    so the event lies behind, on the latest such day, even where the next one is nearer."""
    if timex is None or not (timex.underspecified or "").startswith(("XXXX-", "UNDEF-")) \
            or not _BEFORE_NOUN.fullmatch(ctx.text, timex.end, s):
        return False
    from ..temporal.grammar import load_grammar
    from ..temporal.tense import Tense

    kind = "weekday" if "WXX" in (timex.underspecified or "") else "month"
    return Tense(ctx.text, load_grammar(lang)).direction(timex.start, timex.end, kind) == "past"


_last_tense: tuple | None = None  # (text, lang, its Tense): the cues of the last text, read once


def past_told(ctx: Context, timex: Timex, lang: str) -> bool:
    """Do the temporal tagger's tense cues (:class:`kb.temporal.tense.Tense`) tell a past for the
    month without its year at ``timex`` ("named X as minister in January", "hielt im Januar eine
    Rede")? The tagger reads such a month at most 45 days ahead as the next one whatever the
    tense; an event told in the past lies on the side its clause tells."""
    global _last_tense
    under = timex.underspecified or ""
    if not re.fullmatch(r"XXXX-\d\d", under):
        return False  # a month alone (a day or a weekday the tagger reads by its tense already)
    from ..temporal.grammar import load_grammar
    from ..temporal.tense import Tense

    if _last_tense is None or _last_tense[0] is not ctx.text or _last_tense[1] != lang:
        _last_tense = (ctx.text, lang, Tense(ctx.text, load_grammar(lang)))
    return _last_tense[2].told_direction(timex.start, timex.end, "month") == ("past", True)


def calendar_told(expression: str, lang: str, dct: _dt.date) -> str | None:
    """How a date expression tells a calendar date: ``year`` -- written out ("14.04.2011",
    "im Jahr 2009"), ``no-year`` -- a day or a month without its year ("5. April", "im Februar");
    None for anything else (a weekday, a day counted from another: "am Montag", "gestern").

    >>> [calendar_told(x, "de", _dt.date(2011, 4, 29)) for x in ("5. April 2011", "5. April", "am Montag")]
    ['year', 'no-year', None]
    """
    from ..temporal import tag

    said = [t for t in tag(expression, lang, dct) if t.type in ("DATE", "TIME")]
    if not said or any(t.underspecified is not None and not _NO_YEAR.fullmatch(t.underspecified) for t in said):
        return None
    return "year" if all(t.underspecified is None for t in said) else "no-year"


_IN_TEXT = re.compile(r"UNDEF-(?:SEQ|ANA)-")


def anchored_in_text(expression: str, lang: str, dct: _dt.date) -> bool:
    """Is a date expression counted from a date the text told before ("the next day", "zwei Tage
    später", "am selben Tag"), not from the publication day? Read again against the publication
    day it would lose its anchor.

    >>> anchored_in_text("the next day", "en", _dt.date(2024, 3, 14))
    True
    >>> anchored_in_text("next Monday", "en", _dt.date(2024, 3, 14))
    False
    """
    from ..temporal import tag

    said = tag(expression, lang, dct)
    return any(_IN_TEXT.match(t.underspecified or "") for t in said)


def stay_ending(date: DateValue, days: int) -> DateValue:
    """A stay of ``days`` days that ended on ``date`` ("wrapped up a three-day visit on
    Wednesday"): the interval D-N+1 .. D.

    >>> stay_ending(of_value("2024-03-13", source="text"), 3).value
    '2024-03-11/2024-03-13'
    """
    if days <= 1 or date.earliest is None:
        return date
    start = shifted(date.earliest, "day", -(days - 1))
    if start is None:
        return date
    return DateValue(value=f"{start}/{date.earliest.isoformat()}", earliest=_dt.date.fromisoformat(start),
                     latest=date.earliest, granularity="day", resolved=True, text=date.text, span=date.span,
                     uncertain=date.uncertain, source=date.source)


def with_length(date: DateValue | None, days: int | None, closed: bool) -> DateValue | None:
    """The days of a stay whose length is told with its date: starting that day, or ending it
    when the stay is told as over (``closed``: "wrapped up a three-day visit on Wednesday")."""
    if not days or date is None or date.granularity != "day" or "/" in date.value:
        return date
    return stay_ending(date, days) if closed else stay(date, days)


def over_by_report(status: str | None, date: DateValue | None, days: int | None,
                   dct: _dt.date | None) -> tuple[str | None, DateValue | None]:
    """(status, date) of a stay of ``days`` days told as over ("has wrapped up a three-day visit"):
    without a date of its own it is past and ends by the report (:func:`closed_stay`)."""
    if days and date is None and status in (None, "past") and dct is not None:
        return "past", closed_stay(dct, days)
    return status, date


def closed_stay(dct: _dt.date, days: int) -> DateValue:
    """A stay of ``days`` days told as over without a date ("has wrapped up a three-day visit"):
    the usual reading ends it on the publication day (D-N+1 .. D); the bounds say what is known --
    over on or before that day, within the report window.

    >>> d = closed_stay(_dt.date(2024, 5, 14), 3)
    >>> d.value, d.earliest, d.latest, d.source
    ('2024-05-12/2024-05-14', datetime.date(2024, 5, 5), datetime.date(2024, 5, 14), 'publication')
    """
    n = max(days, 1) - 1
    start = dct - _dt.timedelta(days=n)
    return DateValue(value=f"{start.isoformat()}/{dct.isoformat()}",
                     earliest=start - _dt.timedelta(days=REPORT_WINDOW_DAYS), latest=dct, granularity="day",
                     uncertain=True, source="publication")


def closing(ctx: Context, pos: int, lang: str) -> bool:
    """Does the clause at ``pos`` end the stay told in it ("beendete seinen dreitägigen Besuch",
    "left Kenya after a three-day visit")? The ``close`` cue of discourse.txt."""
    from .phases import cues

    pat = cues(lang).get("close")
    cstart, cend = ctx.clause_of(pos)
    return pat is not None and pat.search(ctx.text, cstart, cend) is not None


def day_of_stay(date: DateValue, nth: int | str) -> DateValue:
    """The ``nth`` day (or the ``"last"``) of a stay whose days are known ("on the second day of
    the visit"); of a stay known by its first day alone (told by the day it began, or open) the
    ``nth`` day counted from it ("reist am Sonntag nach Berlin. Am zweiten Tag ...": Monday); the
    stay's date itself when its days are not known, or it has fewer days.

    >>> day_of_stay(of_value("2024-03-18/2024-03-20"), 2).value
    '2024-03-19'
    >>> day_of_stay(of_value("2024-03-18"), 2).value, day_of_stay(of_value("2024-03-18/.."), 3).value
    ('2024-03-19', '2024-03-20')
    >>> day_of_stay(of_value("2024-03-18"), "last").value, day_of_stay(of_value("2024-03"), 2).value
    ('2024-03-18', '2024-03')
    >>> day_of_stay(ongoing_stay(_dt.date(2024, 5, 14), 3), 1).value
    '2024-05-14'
    """
    first, last = reading(date)  # a stay the publication day dates: the days of its value
    if first is None or date.granularity != "day":
        return date
    if (last is None or first == last) and nth != "last":
        when = first + _dt.timedelta(days=int(nth) - 1)
        return of_value(when.isoformat(), date.uncertain, resolved=date.resolved, source=date.source)
    if last is None or first == last:
        return date
    when = last if nth == "last" else first + _dt.timedelta(days=int(nth) - 1)
    if when > last:
        return date
    return of_value(when.isoformat(), date.uncertain, resolved=date.resolved, source=date.source)


def stay(date: DateValue, days: int) -> DateValue:
    """A stay of ``days`` days starting on ``date``: the interval D .. D+N-1, of days (a start
    told with its time of day, "Tuesday evening", starts it on that day).

    >>> stay(of_value("2024-03-12TEV", source="text"), 2).value
    '2024-03-12/2024-03-13'
    """
    if days <= 1 or date.earliest is None:
        return date  # a one-day stay is that day
    end = shifted(date.earliest, "day", days - 1)
    if end is None:
        return date
    start = date.earliest.isoformat() if date.granularity == "day" else date.value
    return DateValue(value=f"{start}/{end}", earliest=date.earliest,
                     latest=_dt.date.fromisoformat(end), granularity="day", resolved=True,
                     text=date.text, span=date.span, uncertain=date.uncertain, source=date.source)


# how far back (in characters) the length of a stay taken up again by its noun is looked for
_LENGTH_REACH = 1500
_DAYS = re.compile(r"P(\d+)D")
# the noun right after a length ("dreitägige Reise", "three-day trip")
_NOUN_AFTER = re.compile(r"\W{0,3}(\w+)")


def told_length(ctx: Context, s: int, e: int, lang: str, dct: _dt.date | None) -> int | None:
    """The days of a stay told before with the same noun as the trigger at ``[s, e)`` ("bricht
    zu einer dreitägigen Reise auf ... Am Montag beginnt die Reise in Lima"): the noun takes that
    stay up again, its length is that one's. The nearest such length before the sentence, within
    ``_LENGTH_REACH`` characters; None when there is none."""
    from ..temporal import tag

    stem = ctx.text[s:e].split()[0].lower()[:5] if ctx.text[s:e].split() else ""
    if len(stem) < 4:
        return None
    lo = max(0, ctx.sentence.start - _LENGTH_REACH)
    prior = ctx.text[lo:ctx.sentence.start]
    for t in reversed(tag(prior, lang, dct)):
        days, noun = _DAYS.fullmatch(t.value or ""), _NOUN_AFTER.match(prior, t.end)
        if t.type == "DURATION" and days and noun and noun.group(1).lower().startswith(stem):
            return int(days.group(1))
    return None


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


def implied_days(within: str | None, since: DateValue | None, counted: DateValue | None,
                 dct: _dt.date | None) -> DateValue | None:
    """The days of the earlier event an ordinal claim implies ("his second visit within seven
    months", "zum zweiten Mal seit März"): from the start of the claim's window to the day before
    the counted event (the publication day when that has no date). A window told by its length
    ends with the counted event ("innerhalb von zwölf Monaten" before a visit in 2019 is 2018),
    not with the report. Never inverted: a start that does not precede that end bounds nothing
    and is left open. None when nothing bounds it.

    >>> implied_days("P12M", None, of_value("2019"), _dt.date(2024, 5, 14)).value
    '2018-01-01/2018-12-31'
    >>> implied_days(None, of_value("2024-03-20"), of_value("2024-03-02"), _dt.date(2024, 5, 14)).value
    '../2024-03-01'

    A closed window ("his third visit between 2013 and 2015") ends it at its end:

    >>> implied_days(None, of_value("2013/2015"), None, _dt.date(2024, 5, 14)).value
    '2013-01-01/2015-12-31'
    """
    end = counted.earliest if counted is not None else None
    if end is not None:
        before = shifted(end, "day", -1)
        hi = of_value(before).latest if before else None
    else:
        hi = dct
    if since is not None and since.latest is not None and "/" in since.value and not since.value.endswith("/..") \
            and (hi is None or since.latest < hi):
        hi = since.latest
    lo = None
    if within and (end or dct) is not None:
        lo = duration_before(end or dct, within)
    elif since is not None:
        lo = since.earliest
    if lo is not None and hi is not None and lo > hi:
        lo = None  # "seit dem 20. März" before a visit on 2 March: no window to bound it by
    if lo is None and hi is None:
        return None
    return DateValue(value=f"{lo.isoformat() if lo else '..'}/{hi.isoformat() if hi else '..'}",
                     earliest=lo, latest=hi, granularity=None, uncertain=True)


# a timex further than this from its trigger (in characters) belongs to something else
_MAX_TIMEX_DISTANCE = 120
# ... and it is shared with another trigger that is hardly nearer ("sagte X am Dienstag am Rande
# seiner Gespräche", "will meet Xi on Saturday on the sidelines of the summit")
_SHARED_TIMEX_MARGIN = 10
# a timex this close after a speaking verb ("said Tuesday", "said on Tuesday") dates the saying
_SPEECH_GAP = 4

_YEAR_VALUE = re.compile(r"^\d{4}")


def _list_scope(ctx: Context, s: int) -> tuple[int, int]:
    """The clause of the trigger at ``s``, continued over commas that only separate the items of a
    list of names ("talks between the Commission, Russia and Ukraine in September"): the next
    clause starts with a mention right after a comma that follows a mention, and has no verb of a
    frame of its own."""
    cstart, cend = ctx.clause_of(s)
    while cend < ctx.sentence.end and ctx.text[cend - 1] == ",":
        nstart, nend = ctx.clause_of(cend)
        before = ctx.text[cstart:cend - 1].rstrip()
        ends_name = any(m.end == cstart + len(before) for m in ctx.mentions)
        after = len(ctx.text[nstart:nend]) - len(ctx.text[nstart:nend].lstrip())
        starts_name = any(m.start == nstart + after for m in ctx.mentions)
        verb = any(not f.predicate.nominal and nstart <= f.predicate.start < nend for f in ctx.frames)
        if not (ends_name and starts_name) or verb or nend <= cend:
            break
        cend = nend
    return cstart, cend


def purpose_clause(ctx: Context, pos: int, lang: str) -> bool:
    """Does the clause at ``pos`` open with a ``purpose`` cue ("um ... zu treffen", "in order to")?"""
    from .phases import cues

    pat = cues(lang).get("purpose")
    cstart, cend = ctx.clause_of(pos)
    return cstart > ctx.sentence.start and pat is not None and pat.match(ctx.text, cstart, cend) is not None


# how many clauses set off by commas may stand between an event noun and the predicate telling
# when it takes place ("The talks, the first in years, were held on Monday")
_INSERTED_CLAUSES = 2
_CLAUSE_PUNCT = re.compile(r"[\s,;:.]*")


def infinitive_dates(ctx: Context, s: int, lang: str) -> frozenset[int]:
    """The timexes (by start) of an infinitive before the clause of the trigger at ``s`` ("agreed on
    Wednesday to raise spending by 2035, at a summit in The Hague": 2035 is the raising's, not the
    summit's): after a ``purpose`` cue ("to") in the timex's clause that opens an infinitive -- a
    lower-case word that is no function word, followed by what may open its object
    (:func:`kb.frames.build.object_start`) -- in a language whose verbs follow their subject. Only
    for a trigger in a later clause: a date after an infinitive may be its verb's ("asked X to form a government
    on Tuesday": asked on Tuesday), and a journey is made for what its infinitive tells ("flew to
    Durban to attend the summit on March 26")."""
    from ..entities.words import function_words
    from ..frames import lexicon
    from ..frames.build import object_start
    from .phases import cues

    purpose = cues(lang).get("purpose")
    if purpose is None or lexicon(lang).order != "svo" or not ctx.timexes:
        return frozenset()
    small = function_words(lang, "determiner") | function_words(lang, "possessive") | function_words(lang, "pronoun")
    out = set()
    for tx in ctx.timexes:
        cstart, cend = ctx.clause_of(tx.start)
        for m in purpose.finditer(ctx.text, cstart, tx.start):
            at = m.start() + len(m.group()) - len(m.group().lstrip())
            if at > 0 and ctx.text[at - 1].isalnum():
                continue  # inside a word ("NATO leaders")
            verb = _WORD.match(ctx.text, m.end())
            nxt = _WORD.match(ctx.text, verb.end() + 1) if verb is not None and ctx.text[verb.end():verb.end() + 1] == " " \
                else None
            if verb is None or not _VERBLIKE.fullmatch(verb.group()) or verb.group() in small \
                    or nxt is None or not object_start(nxt.group(), lang) or s < cend:
                continue
            out.add(tx.start)
            break
    return frozenset(out)


def topic_dates(ctx: Context, s: int, lang: str) -> frozenset[int]:
    """The timexes (by start) that date the topic of a talk, not the trigger at ``s``: coarser than a
    day, right after a ``topic`` preposition of frames.txt and at most four words ("berieten über
    die Wahl im September", "talked about the summit in October": the talks were not in September;
    "talked about Ukraine on Monday" is the talk's day) -- unless the trigger stands between (the
    topic's own event noun keeps its date)."""
    from ..frames import lexicon

    preps = [p for p, kind in lexicon(lang).preps.items() if kind == "topic"]
    if not preps or not ctx.timexes:
        return frozenset()
    pat = _topic_re(tuple(sorted(preps, key=len, reverse=True)))
    out = set()
    for tx in ctx.timexes:
        if tx.type != "DATE" or tx.date().granularity == "day":
            continue
        cstart = ctx.clause_of(tx.start)[0]
        hit = pat.search(ctx.text[max(cstart, tx.start - 60):tx.start])
        if hit is not None and not (max(cstart, tx.start - 60) + hit.start() <= s < tx.start):
            out.add(tx.start)
    return frozenset(out)


@lru_cache(maxsize=None)
def _topic_re(preps: tuple[str, ...]) -> re.Pattern:
    """A topic preposition, then at most four words (no comma or full stop), up to the end."""
    alt = "|".join(re.escape(p) for p in preps)
    return re.compile(rf"(?<![\w-])(?:{alt})\s+(?!\d)(?:[^\s,.;:]+\s+){{1,4}}$", re.IGNORECASE)  # not "about 9%"


def _held_clause(ctx: Context, cend: int, usable: list[Timex], trigger_clauses: set[int],
                 held: re.Pattern, predicate: re.Pattern | None = None) -> list[Timex]:
    """The timexes of the clause right after an event noun's clause when it tells when the event
    takes place ("die Gespräche, die am Montag in Warschau stattfanden") and has no trigger --
    or, its noun's clause ending in a comma, of the clause that finishes the noun's sentence
    with a ``predicate`` of taking place after at most :data:`_INSERTED_CLAUSES` inserted clauses
    without a trigger ("Das Treffen zwischen X und Y, das erste seit 2019, fand am Dienstag
    statt", "The talks, which were arranged at short notice, were held on Monday")."""
    if cend >= ctx.sentence.end or ctx.clause_index(cend) in trigger_clauses:
        return []
    nstart, nend = ctx.clause_of(cend)
    # "Das Treffen, das ursprünglich für Montag geplant war, fand am Dienstag statt": the predicate
    # that finishes the sentence wins over what the clause after the noun tells; "The summit,
    # which takes place every year, opened on Monday": a habit, no date of its own
    found = _finishing_predicate(ctx, cend, usable, trigger_clauses, predicate)
    if not found and held.match(ctx.text, nstart, nend) is not None:
        found = [t for t in usable if nstart <= t.start and t.end <= nend]
    return found


def _finishing_predicate(ctx: Context, cend: int, usable: list[Timex], trigger_clauses: set[int],
                         predicate: re.Pattern | None) -> list[Timex]:
    """The timexes of the clause with a ``predicate`` of taking place that finishes the sentence of
    an event noun whose clause ends in a comma at ``cend``, after at most
    :data:`_INSERTED_CLAUSES` inserted clauses without a trigger."""
    if predicate is None or not ctx.text[:cend].rstrip().endswith(","):
        return []
    first = ctx.clause_index(cend)
    for i in range(first + 1, min(first + 1 + _INSERTED_CLAUSES, len(ctx.clauses))):
        a, b = ctx.clauses[i]
        if i in trigger_clauses or not ctx.text[:a].rstrip().endswith(","):
            return []
        if predicate.match(ctx.text, a + len(_CLAUSE_PUNCT.match(ctx.text, a, b).group()), b) is not None:
            return [t for t in usable if a <= t.start and t.end <= b]
    return []


_TAIL_WORD = re.compile(r"\w+")
# a word an infinitive may start with: lower case letters only
_VERBLIKE = re.compile(r"[a-zäöüß]+")


def plans_later(ctx: Context, m: re.Match, own: tuple[int, int] | None) -> bool:
    """Does the status cue ``m`` run past the trigger ``own`` up to the predicate of another frame
    ("agreed in a phone call to meet", "vereinbarten in einem Telefonat ein Treffen")? It plans
    that one, not the trigger ("bricht ... zu einer Reise ... auf" ends on no predicate of its own)."""
    return own is not None and m.start() < own[0] \
        and any(own[1] <= f.predicate.start and f.predicate.end == m.end() for f in ctx.frames)


def _infinitive_purpose(ctx: Context, pos: int, cend: int, purpose: re.Pattern, cues: list, lang: str,
                        own: tuple[int, int] | None = None) -> bool:
    """Does a ``purpose`` cue at ``pos`` open an infinitive -- its next word in lower case and
    no determiner, possessive or pronoun ("to discuss", not "to the summit", "to her") -- with no
    status cue of its clause running through it ("is due to meet", "bricht um neun Uhr ... auf")
    other than one that plans what comes after the trigger ``own`` (:func:`plans_later`: "agreed in
    a phone call to meet" plans the meeting, not the call)?"""
    from ..entities.words import function_words

    hit = purpose.match(ctx.text, pos, cend)
    if hit is None or hit.end() <= pos:
        return False
    nxt = _WORD.match(ctx.text, hit.end())
    small = function_words(lang, "determiner") | function_words(lang, "possessive") | function_words(lang, "pronoun")
    if nxt is None or not _VERBLIKE.fullmatch(nxt.group()) or nxt.group() in small:
        return False
    cstart = ctx.clause_of(pos)[0]
    return not any(c.start() < pos < c.end() and not plans_later(ctx, c, own)
                   for pat in cues for c in pat.finditer(ctx.text, cstart, cend))


def _spans(*groups) -> list[tuple[int, int]]:
    """The ``(start, end)`` of every item (timex, mention) of the groups."""
    return [(x.start, x.end) for group in groups for x in group]


def _bare(ctx: Context, a: int, b: int, covered: list[tuple[int, int]], tail: re.Pattern) -> bool:
    """Is there nothing in ``[a, b)`` but the ``covered`` spans (dates, names) and the words of the
    ``tail`` cue?"""
    return all(any(x <= w.start() < y for x, y in covered) or tail.fullmatch(w.group())
               for w in _TAIL_WORD.finditer(ctx.text, a, b))


def _tail_clause(ctx: Context, cend: int, usable: list[Timex], trigger_clauses: set[int],
                 tail: re.Pattern | None, relatives: frozenset[str] = frozenset()) -> list[Timex]:
    """The timexes of the sentence's last clause when it only finishes the trigger's clause after
    an apposition or a relative clause ("traf Aas, den Vorsitzenden der Partei, die ..., am
    Montag in Warschau"): nothing in it but dates, names and the words of the ``tail`` cue
    (prepositions, articles), and no trigger between the trigger's clause and it."""
    if tail is None:
        return []
    last = ctx.clause_index(ctx.sentence.end - 1)
    here = ctx.clause_index(cend - 1)
    # a relative clause on the way is inserted, whatever it tells ("welcomed X, who arrived on
    # Tuesday for a visit, in Oslo on Wednesday"; "met with X, who is on a working visit to China,
    # in Beijing on Thursday": one its relative word opens, with or without a frame)
    if last <= here or last in trigger_clauses or any(
            here < i < last and not (_relative_clause(ctx, i) or in_relative_clause(ctx, ctx.clauses[i][0], None, relatives))
            for i in trigger_clauses):
        return []
    tstart, tend = ctx.clauses[last]
    if not _bare(ctx, tstart, tend, _spans(usable, ctx.mentions), tail):
        return []
    return [t for t in usable if tstart <= t.start and t.end <= tend]


def _apposed_date(ctx: Context, e: int, cend: int, usable: list[Timex], trigger_clauses: set[int],
                  tail: re.Pattern | None, joins: frozenset[str], capital_nouns: bool) -> list[Timex]:
    """The date that opens one of the clauses right after the trigger's, when no verb follows the
    trigger in its clause and the clauses between have nothing but dates, names and ``tail``
    words ("will travel to Nairobi, Kenya, May 1-2, where he will meet ...", "will visit
    Kampala, Uganda, on March 21-22 to attend a conference", "reist nach Kairo, Ägypten, am
    3. Mai, um ..."). A clause opening with a word of ``joins`` ("and the December 30 call")
    tells another item."""
    if tail is None or cend >= ctx.sentence.end:
        return []
    last = list(_TAIL_WORD.finditer(ctx.text, e, cend))
    if any(e <= f.predicate.start < cend and not f.predicate.nominal for f in ctx.frames) \
            or (capital_nouns and last and not last[-1].group()[:1].isupper()):
        # "Begegnung ... vereinbart, den 21. September als Datum": the verb's complement (where
        # nouns are capitalised, a clause ending in a small word ends in a verb)
        return []
    covered = _spans(usable, ctx.mentions)
    for i in range(ctx.clause_index(cend), len(ctx.clauses)):
        a, b = ctx.clauses[i]
        first = _TAIL_WORD.search(ctx.text, a, b)
        if first is not None and first.group().lower() in joins:
            return []
        mine = sorted((t for t in usable if a <= t.start and t.end <= b), key=lambda t: t.start)
        if i in trigger_clauses and any(a <= f.predicate.start < b and not f.predicate.nominal for f in ctx.frames):
            return []  # "will meet X in Paris; on Friday the two will travel to Lyon": that clause's own date
        if mine and _bare(ctx, a, mine[0].start, covered, tail):
            return mine[:1]
        if i in trigger_clauses or not _bare(ctx, a, b, covered, tail):
            return []
    return []


def _purpose_date(ctx: Context, cend: int, usable: list[Timex], trigger_clauses: set[int],
                  tail: re.Pattern | None, purpose: re.Pattern | None) -> list[Timex]:
    """The timexes of a purpose clause right after the trigger's (the ``purpose`` cue opens it)
    that tells no event of its own, past clauses with nothing but names and ``tail`` words
    ("heads on to Quito, Ecuador, to take part in a congress of mayors on April 8 and 9",
    "reist weiter nach Quito, um dort am 8. April am Kongress teilzunehmen"): the journey is
    made for what is done then."""
    if tail is None or purpose is None or cend >= ctx.sentence.end:
        return []
    covered = _spans(ctx.mentions)
    for i in range(ctx.clause_index(cend), len(ctx.clauses)):
        a, b = ctx.clauses[i]
        if i in trigger_clauses:
            return []
        if purpose.match(ctx.text, a, b) is not None:
            return [t for t in usable if a <= t.start and t.end <= b]
        if not _bare(ctx, a, b, covered, tail):
            return []
    return []


def _fronted_date(ctx: Context, s: int, usable: list[Timex], trigger_clauses: set[int],
                  tail: re.Pattern | None, setting: re.Pattern | None = None) -> list[Timex]:
    """The timexes of a sentence's first clause when it is only a date put in front ("Am Montag,
    dem 12. März, hält X eine Rede", "On Tuesday, March 12, X addressed ..."): it dates the whole
    sentence, a speaking trigger's too (nothing in it but dates and the words of the ``tail``
    cue) -- or a clause that tells the occasion of the saying (the ``setting`` cue opens it:
    "Speaking to reporters in Lima on Tuesday, X said")."""
    if tail is None or not ctx.clauses:
        return []
    inserted = _setting_inserted(ctx, s, usable, setting)
    if inserted or 0 in trigger_clauses:
        return inserted
    fstart, fend = ctx.clauses[0]
    if fend > s:
        return []
    mine = [t for t in usable if fstart <= t.start and t.end <= fend]
    if setting is not None and setting.match(ctx.text, fstart, fend) is not None:
        return mine  # "Speaking to reporters on Tuesday, X said": the saying's occasion
    return mine if _bare(ctx, fstart, fend, _spans(mine), tail) else []


def _setting_inserted(ctx: Context, s: int, usable: list[Timex], setting: re.Pattern | None) -> list[Timex]:
    """The timexes of a clause set off after the subject that tells the occasion of the saying
    right after it ("X, speaking alongside Y in Paris on Monday, said ..."): the saying's day."""
    if setting is None:
        return []
    k = ctx.clause_index(s)
    if not k:
        return []
    a, b = ctx.clauses[k - 1]
    lead = re.match(r"[\s,]*", ctx.text[a:b])
    if k - 1 == 0 or setting.match(ctx.text, a + lead.end(), b) is None:
        return []
    return [t for t in usable if a <= t.start and t.end <= b]


def _relative_clause(ctx: Context, i: int) -> bool:
    """Is clause ``i`` a relative clause (kb.frames: a frame of it is about the phrase before)?"""
    a, b = ctx.clauses[i]
    return any(f.relative and a <= f.predicate.start < b for f in ctx.frames)


# a dateline opening a report: place words (a country in brackets), the day, an agency in
# brackets and a dash, or the agency between slashes ("Oslo (Norwegen), 13.03.2024 – ...", "OSLO,
# March 13 (Reuters) - ...", "MOSCOW, March 13. /TASS/. ...")
_DATELINE_BEFORE = re.compile(r"\s*(?:(?:[A-ZÄÖÜ][\w.'-]*(?:\s+\([^()]{1,40}\))?[\s/]*){1,4},\s*)?")
_DATELINE_AFTER = re.compile(r"\s*(?:\([^()]{1,30}\)\s*)?[–—-]+(?:\s|\Z)|\.\s*/[^/\n]{1,20}/\.?(?:\s|$)")


def in_relative_clause(ctx: Context, pos: int, trigger: int | None, relatives: frozenset[str]) -> bool:
    """Is ``pos`` in a relative clause -- a clause after a comma opened by one of ``relatives``
    ("..., who took office in January, ...", "..., der im Januar sein Amt antrat, ...") -- that
    does not hold the trigger at ``trigger`` (if one is given)?"""
    if not relatives:
        return False
    a, b = ctx.clause_of(pos)
    if (trigger is not None and a <= trigger < b) or a <= ctx.sentence.start or not ctx.text[ctx.sentence.start:a].rstrip().endswith(","):
        return False
    first = re.match(r"\W*(\w+)", ctx.text[a:b])
    return first is not None and first.group(1).lower() in relatives


def _apart_at(ctx: Context, s: int, cue: re.Pattern | None) -> int | None:
    """Where the preposition of another time (the ``apart`` cue) right before the trigger at
    ``s`` begins, if there is one (outside a quote)."""
    if cue is None:
        return None
    lo = max(ctx.sentence.start, s - 60)
    hit = cue.search(ctx.text[lo:s])
    if hit is None or ctx.quoted(lo + hit.start()) or _destination(ctx, lo + hit.start(), s):
        return None
    return lo + hit.start()


def _destination(ctx: Context, at: int, s: int) -> bool:
    """Is what the preposition at ``at`` governs a place, not an event ("ist am Montag nach Paris
    gereist": Paris is where the trip went, the trigger no event after another)? A place told as
    the noun's owner ("a week after Poland's election") is none."""
    return any(at < m.start and m.end <= s and is_place(m) and _POSSESSIVE.match(ctx.text, m.end) is None
               for m in ctx.mentions)


_POSSESSIVE = re.compile(r"['’]s?\b")


def _tense_word_at(ctx: Context, at: int, lang: str, key: str) -> bool:
    """Does one of the ``key`` words of temporal-tense.txt (``earlier-than``, ``later-than``) start at ``at``?"""
    from ..temporal.grammar import load_grammar

    head = ctx.text[at:at + 40].lower()
    return any(re.match(rf"{re.escape(w.lower())}(?!\w)", head) for w in load_grammar(lang).tense.get(key, ()))


def _earlier_than(ctx: Context, at: int, lang: str) -> bool:
    """Does the preposition at ``at`` put what it governs after the rest of its sentence
    ("ahead of", "im Vorfeld": the ``earlier-than`` words of temporal-tense.txt)?"""
    return _tense_word_at(ctx, at, lang, "earlier-than")


def after_noun(ctx: Context, s: int, lang: str) -> bool:
    """Does a preposition of a later time (the ``apart`` cue, its word one of the ``later-than``
    words of temporal-tense.txt) stand right before the event noun at ``s`` ("nach dem Gipfel",
    "after the talks", "im Anschluss an das Treffen")?"""
    from .phases import cues

    at = _apart_at(ctx, s, cues(lang).get("apart"))
    return at is not None and _tense_word_at(ctx, at, lang, "later-than")


def last_day(date: DateValue) -> DateValue:
    """The last day of a closed interval of days (what happens after an occasion of several days
    is on its last day); any other date as it is.

    >>> last_day(of_value("2024-06-26/2024-06-27")).value
    '2024-06-27'
    >>> last_day(of_value("2024-06-26/..")).value
    '2024-06-26/..'
    """
    if date.granularity != "day" or date.earliest is None or date.latest is None or date.earliest == date.latest:
        return date
    return of_value(date.latest.isoformat(), date.uncertain, resolved=date.resolved, source=date.source)


def apart_from(ctx: Context, s: int, cue: re.Pattern | None, lang: str | None = None) -> tuple[bool, bool]:
    """Does a preposition of another time (the ``apart`` cue: "after", "before", "nach", "seit")
    stand right before the trigger at ``s`` ("a week after her election")? And does the noun's day
    date nothing else of its sentence: the preposition is put after a length ("a week after",
    "zwei Tage nach"), or it tells an earlier time ("met Y ahead of the summit", "im Vorfeld des
    Gipfels": the ``earlier-than`` words of temporal-tense.txt)? The noun's event is then at
    another time than the other events of its sentence (and in the second case not on their
    day)."""
    at = _apart_at(ctx, s, cue)
    if at is None:
        return False, False
    by = any(t.type == "DURATION" and 0 <= at - t.end <= 2 for t in ctx.timexes)
    return True, by or (lang is not None and _earlier_than(ctx, at, lang))


def length_before_apart(ctx: Context, s: int, cue: re.Pattern | None) -> bool:
    """Does a length stand right before the preposition of another time before the trigger at
    ``s`` ("two days before the summit", "eine Woche nach der Wahl")? The noun's event is then told
    with a day of its own, counted from the other."""
    at = _apart_at(ctx, s, cue)
    return at is not None and any(t.type == "DURATION" and 0 <= at - t.end <= 2 for t in ctx.timexes)


def others_after_apart(ctx: Context, s: int, e: int, spans: list[tuple[int, int]],
                       cue: re.Pattern | None) -> frozenset[int]:
    """The timexes (by start) an event noun after a preposition of another time (the ``apart``
    cue) does not take: those after the next trigger of its sentence ("Vor dem Gipfel traf X am
    Montag Y": Monday is the meeting's, not the summit's)."""
    if _apart_at(ctx, s, cue) is None:
        return frozenset()
    nxt = min((a for a, _ in spans if a >= e), default=None)
    if nxt is None:
        return frozenset()
    return frozenset(t.start for t in ctx.timexes if nxt <= t.start < ctx.sentence.end)


def outside_time_clause(ctx: Context, s: int, lang: str) -> frozenset[int]:
    """The timexes (by start) that a clause of another time keeps from the trigger at ``s``: the
    trigger right after a ``time-subordinator`` word (function-words.txt) with no comma between,
    a date before that word with a verb told in a tense between the two is that verb's ("Today,
    exiles who left when X came to power returned": not the day X came to power) -- not one
    right before it ("met X on Monday when he visited Riga": Monday is the visit's too)."""
    from ..entities.words import function_words
    from ..temporal.tense import finite_verb

    opener = _opener_before(ctx, s, function_words(lang, "time-subordinator"), ctx.clause_of(s)[0], lang)
    if opener is None:
        return frozenset()
    return frozenset(t.start for t in ctx.timexes_in(ctx.sentence.start, opener.start())
                     if finite_verb(ctx.text, t.end, opener.start(), lang))


def plan_cue_dates(ctx: Context, s: int, e: int, lang: str) -> frozenset[int]:
    """The timexes (by start) inside a cue of a plan that runs up to the trigger at ``[s, e)``
    ("agreed on Thursday to meet", "vereinbarten am Donnerstag in einem Telefonat ein Treffen":
    the ``planned`` lines of status.txt): the day the plan was made, not the day planned."""
    return frozenset(t.start for m in _plan_cues(ctx, s, e, lang) for t in ctx.timexes
                     if m.start() <= t.start and t.end <= s)


def planned_by_cue(ctx: Context, s: int, e: int, lang: str) -> bool:
    """Does a cue of a plan run up to the trigger at ``[s, e)`` from a clause before its own
    ("verständigten sich in einem Telefonat darauf, sich in Riga zu treffen")?"""
    return any(True for _ in _plan_cues(ctx, s, e, lang))


def _plan_cues(ctx: Context, s: int, e: int, lang: str):
    """The matches of the ``planned`` cues of status.txt in the trigger's sentence that begin
    before the trigger at ``[s, e)`` and end within it."""
    from .rules import status_cues

    for status, pat in status_cues(lang):
        if status == "planned":
            yield from (m for m in pat.finditer(ctx.text, ctx.sentence.start, e) if m.start() < s < m.end() <= e)


def _opener_before(ctx: Context, s: int, words: frozenset[str], lo: int, lang: str,
                   quotes: bool = False) -> re.Match | None:
    """The last of ``words`` before the trigger at ``s`` (from ``lo``, within
    :data:`_SUBORDINATE_REACH`; outside quotes when ``quotes``) that opens the trigger's clause: no
    comma and no verb told in a tense between it and the trigger. None when there is none."""
    from ..temporal.tense import finite_verb

    if not words:
        return None
    opener = None
    for m in _WORD_RE.finditer(ctx.text, max(lo, s - _SUBORDINATE_REACH), s):
        if m.group().lower() in words and not (quotes and ctx.quoted(m.start())):
            opener = m
    if opener is None or "," in ctx.text[opener.end():s] or finite_verb(ctx.text, opener.end(), s, lang):
        return None
    return opener


def trailing_time_clause(ctx: Context, s: int, lang: str) -> int | None:
    """Where the word opening a clause of another time begins that the verbal trigger at ``s``
    stands in, when a verb of its sentence is told before that word ("met Y on Monday, days after
    the two spoke by phone", "traf Y am Montag, wenige Tage nachdem die beiden telefoniert
    hatten"): the ``time-clause`` word (function-words.txt) last before the trigger, outside
    quotes, with no comma and no verb told in a tense between the two; else None. The trigger's
    event is then at another time than what its sentence tells before that word."""
    from ..entities.words import function_words

    opener = _opener_before(ctx, s, function_words(lang, "time-clause"), ctx.sentence.start, lang, quotes=True)
    if opener is None:
        return None
    told_before = any(ctx.sentence.start <= f.predicate.start and f.predicate.end <= opener.start()
                      and not f.predicate.nominal for f in ctx.frames)
    return opener.start() if told_before else None


def before_time_clause(ctx: Context, s: int, lang: str) -> frozenset[int]:
    """The timexes (by start) told before the clause of another time that the trigger at ``s``
    stands in (:func:`trailing_time_clause`): "on Monday" in "met Y on Monday, days after the two
    spoke by phone" is the meeting's day, not the call's."""
    at = trailing_time_clause(ctx, s, lang)
    if at is None:
        return frozenset()
    return frozenset(t.start for t in ctx.timexes_in(ctx.sentence.start, at))


def fronted_time_clause(ctx: Context, s: int, lang: str) -> frozenset[int]:
    """The timexes (by start) of a clause of another time put in front of the trigger's sentence
    ("After taking office in May, X met Y", "Nachdem er im Mai sein Amt angetreten hatte, traf X
    Y"): the sentence's first clause (:func:`_fronted_clause`) ends before the trigger -- its date
    is that clause's verb's, not the trigger's."""
    span = _fronted_clause(ctx, lang)
    if span is None or span[1] > s:
        return frozenset()
    return frozenset(t.start for t in ctx.timexes if span[0] <= t.start and t.end <= span[1])


def in_fronted_time_clause(ctx: Context, s: int, lang: str) -> bool:
    """Does the trigger at ``s`` stand in a clause of another time put in front of its sentence
    ("After taking office in May, ...")? Its date then lends the main clause nothing coarser than
    a day (kb.events.story)."""
    span = _fronted_clause(ctx, lang)
    return span is not None and span[0] <= s < span[1]


def _fronted_clause(ctx: Context, lang: str) -> tuple[int, int] | None:
    """The sentence's first clause when a ``time-clause`` word (function-words.txt) opens it and
    it holds a verb of its own (a frame's predicate or a verb told in a tense), and a clause
    follows; a phrase without a verb ("After talks on Monday, ...") is none (the ``apart`` cue
    reads an event noun there)."""
    from ..entities.words import function_words
    from ..temporal.tense import finite_verb

    if len(ctx.clauses) < 2:
        return None
    a, b = ctx.clauses[0]
    first = _WORD_RE.search(ctx.text, a, b)
    if first is None or first.group().lower() not in function_words(lang, "time-clause"):
        return None
    if not any(a <= f.predicate.start < b and not f.predicate.nominal for f in ctx.frames) \
            and not finite_verb(ctx.text, first.end(), b, lang):
        return None
    return a, b


# how far before a trigger the word opening its clause of another time may stand ("when the
# former foreign minister Tom Becker came")
_SUBORDINATE_REACH = 60
_WORD_RE = re.compile(r"\w+")


# how far after an event noun told after a preposition of an earlier time a date may stand and
# still be the noun's ("ahead of the summit of the two alliances on May 18")
_APART_DATE_REACH = 40


def apart_dates(ctx: Context, s: int, spans: list[tuple[int, int]], cue: re.Pattern | None,
                lang: str) -> frozenset[int]:
    """The timexes (by start) that date an event noun told after a preposition of an earlier time
    other than the trigger at ``s`` ("Ahead of the summit on May 18, X met Y", "Im Vorfeld des
    Gipfels am 18. Mai traf X Y"), or after any preposition of another time put after a length ("a
    week after the election on March 2"): the noun's day, not the meeting's -- a date right after
    the noun, in its clause, before any other trigger."""
    out = set()
    for a, b in spans:
        at = None if a == s else _apart_at(ctx, a, cue)
        if at is None or at <= s < b:
            continue
        if not _earlier_than(ctx, at, lang) and not any(t.type == "DURATION" and 0 <= at - t.end <= 2
                                                        for t in ctx.timexes):
            continue
        stop = min([x for x, _ in spans if x >= b] + [ctx.clause_of(a)[1], b + _APART_DATE_REACH])
        # (verb-second order) "Vor der Reise will X am Freitag Y empfangen": a date behind the verb
        # after the fronted noun is the clause's
        stop = _verb_at(ctx.text, b, stop, lang) if _verb_second(lang) else stop
        out.update(t.start for t in ctx.timexes if b <= t.start < stop and t.type in ("DATE", "TIME"))
    return frozenset(out)


def _verb_at(text: str, start: int, end: int, lang: str) -> int:
    from .anchors import _verb_at as verb_at

    return verb_at(text, start, end, lang)


def _verb_second(lang: str) -> bool:
    from ..frames.lexicon import lexicon

    return lexicon(lang).order == "v2"


def before_apart(ctx: Context, s: int, cue: re.Pattern | None) -> frozenset[int]:
    """The timexes (by start) that stand before a preposition of another time right before the
    trigger at ``s`` ("heads to Rome on Thursday after visiting Paris last week", "reist am
    Donnerstag nach Rom, nach seinem Besuch in Paris"): they date what the sentence tells before
    that preposition, not the event it introduces."""
    if cue is None:
        return frozenset()
    at = _apart_at(ctx, s, cue)
    if at is None:
        return frozenset()
    return frozenset(t.start for t in ctx.timexes_in(ctx.sentence.start, at) if t.end <= at)


_LENGTH = re.compile(r"P(\d+)([DW])")


def length_from_other(ctx: Context, s: int, spans: list[tuple[int, int]], cue: re.Pattern | None,
                      lang: str, dct: _dt.date | None = None) -> tuple[int, DateValue | None] | None:
    """An event told a length after (or before) another event noun of its sentence ("traf X eine
    Woche nach seiner Wiederwahl am 28. April", "A week after his re-election, he met X"): the
    signed number of days from that event, and the day it gives when the sentence tells the noun's
    own day right after it (None: the noun's event is told before, its day found by the story)."""
    from ..temporal.grammar import load_grammar

    tense = load_grammar(lang).tense
    for a, b in spans:
        at = None if a == s else _apart_at(ctx, a, cue)
        if at is None or at <= s < b:
            continue
        n = _told_days_apart(ctx, at, tense, lang)
        if not n:
            continue
        stop = min([x for x, _ in spans if x >= b] + [ctx.clause_of(a)[1], b + _APART_DATE_REACH])
        # the noun's day right after it, else before it ("a week after the March 2 election")
        day = next((t for t in ctx.timexes if (b <= t.start < stop or at < t.start < a)
                    and t.type in ("DATE", "TIME") and t.granularity == "day" and t.earliest is not None), None)
        value = shifted(day.earliest, "day", n) if day is not None else None
        value = _year_by_tense(ctx, s, day, value, dct) if value else None
        return n, (of_value(value, resolved=True, source="text") if value else None)
    return None


def _year_by_tense(ctx: Context, s: int, day: Timex, value: str, dct: _dt.date | None) -> str:
    """The day ``value`` counted from ``day`` on the side of publication the tense of the verb at
    ``s`` tells, when ``day`` is told without its year ("Scholz met Tusk two weeks before the May
    26 election" in a March report: counted from May 26 of the year before; "will meet ... a week
    after the election on March 2" in February: of this year)."""
    frame = next((f for f in ctx.frames if f.predicate.start == s and not f.predicate.nominal), None)
    if frame is None or dct is None or not _NO_YEAR.fullmatch(day.underspecified or ""):
        return value
    d = _dt.date.fromisoformat(value)
    step = -1 if frame.predicate.tense == "past" and d > dct else \
        1 if frame.predicate.tense == "future" and d < dct else 0
    try:
        return d.replace(year=d.year + step).isoformat()
    except ValueError:  # 29 February
        return value


def _told_days_apart(ctx: Context, at: int, tense: dict, lang: str) -> int:
    """The signed days a preposition of another time at ``at`` puts its event from the noun it
    governs: the length right before it ("two days after", "a week before": ``later-than`` words
    count forward, ``earlier-than`` back), or one day back for a word of the eve ("on the eve of
    the talks": the ``eve`` words of temporal-tense.txt); 0 when it tells none."""
    if _tense_word_at(ctx, at, lang, "eve"):
        return -1
    length = next((t for t in ctx.timexes if t.type == "DURATION" and 0 <= at - t.end <= 2), None)
    m = _LENGTH.fullmatch(length.value) if length is not None else None
    word = _WORD.match(ctx.text, at)
    prep = word.group().lower() if word is not None else ""
    sign = 1 if prep in tense.get("later-than", ()) else -1 if prep in tense.get("earlier-than", ()) else 0
    return sign * int(m.group(1)) * (7 if m.group(2) == "W" else 1) if m is not None else 0


def length_apart(ctx: Context, s: int, cue: re.Pattern | None, lang: str) -> DateValue | None:
    """The day of an event told a length after or before another day of its sentence ("met Y on
    Wednesday, a day after their phone call": the call on Tuesday; "traf Y am Freitag, zwei Tage
    nach der Wahl"): the length right before the preposition of another time (the ``apart``
    cue) before the trigger at ``s``, counted back (``later-than`` prepositions of
    temporal-tense.txt) or forward (``earlier-than``) from the last day the sentence names
    before it. None when any of these is missing."""
    from ..temporal.grammar import load_grammar

    if cue is None:
        return None
    lo = max(ctx.sentence.start, s - 60)
    hit = cue.search(ctx.text[lo:s])
    if hit is None or ctx.quoted(lo + hit.start()):
        return None
    at = lo + hit.start()
    length = next((t for t in ctx.timexes if t.type == "DURATION" and 0 <= at - t.end <= 2), None)
    m = _LENGTH.fullmatch(length.value) if length is not None else None
    word = _WORD.match(ctx.text, at)
    if m is None or word is None:
        return None
    tense = load_grammar(lang).tense
    prep = word.group().lower()
    sign = -1 if prep in tense.get("later-than", ()) else 1 if prep in tense.get("earlier-than", ()) else 0
    days = [t for t in ctx.timexes_in(ctx.sentence.start, length.start) if t.end <= length.start
            and t.type in ("DATE", "TIME") and t.granularity == "day" and t.earliest is not None]
    if not sign or not days:
        return None
    n = int(m.group(1)) * (7 if m.group(2) == "W" else 1)
    value = shifted(days[-1].earliest, "day", sign * n)
    return of_value(value, resolved=True, source="text") if value else None


def topic_of(ctx: Context, s: int, spans: list[tuple[int, int]], cue: re.Pattern | None) -> bool:
    """Is the trigger at ``s`` what a trigger before it in its sentence is about -- a ``topic`` cue
    of discourse.txt between the two ("sprachen über die Ergebnisse des Gipfels", "spoke about the
    agreement signed on March 3")?"""
    if cue is None:
        return False
    return any(ctx.sentence.start <= a and b <= s and (hit := cue.search(ctx.text, b, s)) is not None
               and not ctx.quoted(hit.start()) for a, b in spans)


def topic_modifier(ctx: Context, m: re.Match, own: tuple[int, int], lang: str) -> bool:
    """Is the status cue ``m`` in the phrase a ``topic`` preposition of frames.txt opens, at most
    two words after it, with the trigger ``own`` outside that phrase ("spoke by phone about a
    possible ceasefire", "haben über eine mögliche Waffenruhe telefoniert", "talked about whether
    to meet")? It tells what was talked about, not whether the talk took place; the noun right
    after it keeps it ("talked about a possible visit": the visit is the hoped-for one)."""
    from ..frames import lexicon

    preps = tuple(sorted((p for p, kind in lexicon(lang).preps.items() if kind == "topic"), key=len, reverse=True))
    if not preps:
        return False
    cstart = ctx.clause_of(m.start())[0]
    hit = _topic_lead_re(preps).search(ctx.text, max(cstart, m.start() - 40), m.start())
    if hit is None or hit.start() <= own[0] <= m.start() or own[0] <= m.start() < own[1]:
        return False
    nxt = _WORD.search(ctx.text, m.end())
    return nxt is None or not (nxt.start() <= own[0] < nxt.end() + 2)


@lru_cache(maxsize=None)
def _topic_lead_re(preps: tuple[str, ...]) -> re.Pattern:
    """A topic preposition and at most two words (no number, comma or full stop) up to the cue."""
    alt = "|".join(re.escape(p) for p in preps)
    return re.compile(rf"(?<![\w-])(?:{alt})\s+(?:(?!\d)[^\s,.;:]+\s+){{0,2}}$", re.IGNORECASE)


def modifies_other_noun(ctx: Context, end: int, own: tuple[int, int], lang: str | None = None) -> bool:
    """Does the cue word ending at ``end`` stand right before an event noun other than the
    trigger ``own`` ("telefonierte über den bevorstehenden Besuch": the visit lies ahead, not
    the call)? It is then that noun's modifier, no status of the clause's event. In a language
    that capitalises nouns an inflected adjective before any other noun is that noun's too
    ("beriet über das geplante Ölembargo": the embargo is planned, not the talks)."""
    nxt = _WORD.search(ctx.text, end)
    if nxt is None or ctx.text[end:nxt.start()].strip() or own[0] <= nxt.start() < own[1]:
        return False
    if any(f.predicate.nominal and f.predicate.start == nxt.start() for f in ctx.frames):
        return True
    return lang is not None and _attributive(ctx.text, end, nxt, lang)


def _attributive(text: str, end: int, nxt: re.Match, lang: str) -> bool:
    """An inflected form of a status cue declared as an adjective (status.txt's ``%adj``) right
    before a capitalised noun, where nouns are capitalised."""
    from ..frames.lexicon import lexicon
    from .rules import adjective_forms

    if not lexicon(lang).case_sensitive_nouns or not nxt.group(0)[:1].isupper():
        return False
    word = re.search(r"\w+$", text[:end])
    return word is not None and word.group(0).lower() in adjective_forms(lang)


def phrase_past(text: str, pos: int, lang: str) -> bool:
    """Is the past status cue at ``pos`` a participle before its noun ("Der im Januar gewählte
    Präsident kommt am Donnerstag")? It is the past of its noun phrase, no status of the clause's
    event (:func:`kb.temporal.tense.noun_participle`)."""
    from ..temporal.tense import noun_participle

    return noun_participle(text, pos, lang)


@lru_cache(maxsize=None)
def _announced(lang: str) -> re.Pattern | None:
    from ..temporal.grammar import load_grammar

    found = load_grammar(lang).tense.get("announced-regex", ())
    return re.compile(r"(?<![\w-])(?:" + "|".join(found) + r")(?![\w-])", re.IGNORECASE) if found else None


def _announcing_after(ctx: Context, e: int, lang: str) -> re.Match | None:
    """The passive of an announcing verb ("was announced", "wurde ... angekündigt") after the
    trigger ending at ``e`` in its clause: the trigger is what was announced."""
    pat = _announced(lang)
    if pat is None:
        return None
    hit = pat.search(ctx.text, e, ctx.clause_of(max(e - 1, ctx.sentence.start))[1])
    return hit if hit is not None and not ctx.quoted(hit.start()) else None


# the kinds of event nobody schedules: announced, they have happened ("The death of X was announced")
_UNSCHEDULED = frozenset({"Death", "Attack", "Incident", "Mutiny", "Coup", "Arrest"})


def announced_subject(ctx: Context, e: int, timex: Timex | None, lang: str, subtype: str | None = None) -> bool:
    """Is the event whose trigger ends at ``e`` what a passive announcing verb after it in its
    clause announces ("The trip on Thursday was announced last week"), dated -- if at all -- before
    that verb? A plan: the past of the announcing is not the event's -- unless it is of a kind
    nobody schedules (``subtype``: a death, an attack), which was done when announced."""
    if subtype in _UNSCHEDULED:
        return False
    hit = _announcing_after(ctx, e, lang)
    return hit is not None and (timex is None or timex.start < hit.start())


def announcing_dates(ctx: Context, e: int, lang: str, speaking: bool = False,
                     subtype: str | None = None) -> frozenset[int]:
    """The starts of the timexes after a passive announcing verb that follows the trigger ending at
    ``e`` in its clause ("The trip was announced last week"): they tell when it was announced,
    not when the announced event takes place. None for a ``speaking`` trigger (the saying's own),
    nor for an event nobody schedules ("The death of X was announced on Monday": that day)."""
    hit = None if speaking or subtype in _UNSCHEDULED else _announcing_after(ctx, e, lang)
    if hit is None:
        return frozenset()
    end = ctx.clause_of(hit.start())[1]
    return frozenset(t.start for t in ctx.timexes if hit.start() <= t.start < end)


def report_dateline(ctx: Context, t: Timex) -> bool:
    """Is the timex the day of a dateline that opens the sentence (nothing before it but a place
    and a comma)? It dates the report, not a plan the sentence tells."""
    return _DATELINE_AFTER.match(ctx.text, t.end, ctx.sentence.end) is not None \
        and _DATELINE_BEFORE.fullmatch(ctx.text, ctx.sentence.start, t.start) is not None


# how far into a text its dateline may open a line: after a title and a byline at most
_DATELINE_SENTENCES = 4


def opening_dateline(text: str, sentences: list, timexes: list[Timex], dct: _dt.date | None) -> dict:
    """The day of the dateline opening a report ("Oslo, 2. Mai 2024 – ...", "OSLO, May 2 (Reuters)
    - ...": a place, a day, a dash, at the start of one of the first lines) as the day every
    sentence of the text is told from, in the form of :func:`kb.events.digest.anchors` (sentence
    index -> (index of the dateline's sentence, its day)). A careful reader counts "am Dienstag"
    back from that day, not from a later publication date. Empty when there is no such dateline
    or its day is not before the publication's."""
    if dct is None:
        return {}
    for n, sent in enumerate(sentences[:_DATELINE_SENTENCES]):
        if sent.start > 0 and text[sent.start - 1] != "\n":
            continue
        t = next((t for t in timexes if sent.start <= t.start < sent.end), None)
        if t is None or t.type != "DATE" or t.granularity != "day" or t.earliest is None \
                or _DATELINE_BEFORE.fullmatch(text, sent.start, t.start) is None \
                or _DATELINE_AFTER.match(text, t.end, sent.end) is None:
            continue
        return _told_from(t.earliest, n, len(sentences), dct)
    return {}


def _told_from(day: _dt.date, n: int, count: int, dct: _dt.date) -> dict:
    """Every sentence told from the dateline ``day`` of sentence ``n``: none when the day is the
    publication's, or after it (a day ahead is an event's, not the report's)."""
    return {} if day >= dct else {k: (n, day) for k in range(count)}


def dateline_day(ctx: Context, timex: Timex | None, status: str | None, date: DateValue | None,
                 point: bool) -> DateValue | None:
    """The date of an event whose timex is the day of a report dateline (:func:`report_dateline`):
    none for a plan ("Oslo, 13.03.2024 – X wird Norwegen besuchen": the report's day, not the
    visit's); what was done is dated by the report's day as such -- on or before it, source
    ``publication`` -- not as if the text told it. Any other ``date`` is returned as it is."""
    if timex is None or not report_dateline(ctx, timex):
        return date
    if status in ("planned", "hypothetical") or timex.earliest is None:
        return None
    return from_publication(timex.earliest, status or "past", point)


class OwnTimes(NamedTuple):
    """The time arguments of a trigger's own frames (kb.frames), and whether they are a noun's."""

    spans: list[tuple[int, int]]
    nominal: bool = False


def own_times(ctx: Context, s: int, e: int, noun_dates: re.Pattern | None = None) -> OwnTimes:
    """The spans of the time arguments of the trigger's own frames (kb.frames): those of the
    predicates the trigger's words ``[s, e)`` cover, when the first of them opens it. An event
    noun with a date that modifies it right before it (``noun_dates``, the ``attributive`` cue:
    "Sunday's vote followed the ratification earlier in the year", "the October 25 vote") has that
    date as its one time: a later date of the clause the frame reader gave it is another's."""
    frames = [f for f in ctx.frames if s <= f.predicate.start < e]
    if not frames or frames[0].predicate.start != s:
        return OwnTimes([])
    attached = [t for t in ctx.timexes_in(max(ctx.sentence.start, s - 40), s) if frames[0].predicate.nominal
                and t.end <= s and attributive(ctx, t, noun_dates) == "after" and next_to(ctx, t, s, e, "after")]
    if attached:
        return OwnTimes([(attached[-1].start, attached[-1].end)], True)
    return OwnTimes([(a.start, a.end) for f in frames for a in f.arguments if a.slot == "time"],
                    frames[0].predicate.nominal)


def joined_frame(ctx: Context, s: int, e: int):
    """The verbal frame of the trigger at ``[s, e)`` when another verbal frame shares its clause
    (verbs joined by "und"/"and", a verb after a speaking verb without a comma) or when it is
    that of a relative clause, else None: its
    status is that of its own stretch of the clause ("hat X getroffen und wird nach Y reisen")."""
    frame = next((f for f in ctx.frames if f.predicate.start == s and not f.predicate.nominal), None)
    if frame is None:
        return None
    if frame.relative:
        # "wird X, der im Mai gewählt worden war, empfangen": a relative clause has its own verb
        # group; the future of the clause around it is not its status
        return frame
    same = [f for f in ctx.frames if not f.predicate.nominal and f.clause == frame.clause]
    return frame if len(same) > 1 else None


def own_stretch_end(ctx: Context, e: int, cend: int, lang: str) -> int:
    """Where the stretch of a clause whose status cues an event ending at ``e`` takes ends: at a
    ``complement`` word after it ("told reporters after meeting Kishida on Wednesday that trade
    would grow": "would" is the growth's), at a ``listjoin`` word right before a status cue -- a
    verb group of its own ("was re-elected in 2021 and will step down in 2026": "will" is the
    stepping down's) --, at a ``purpose`` cue (discourse.txt) that opens an infinitive ("met Y to
    discuss the upcoming summit": "upcoming" is the summit's) unless a status cue runs through it
    ("is expected to meet"), else at the clause's end ``cend``."""
    from ..entities.words import function_words
    from .phases import cues as discourse_cues
    from .rules import status_cues

    words = function_words(lang, "complement")
    joins = function_words(lang, "listjoin")
    cues = [pat for _, pat in status_cues(lang)]
    purpose = discourse_cues(lang).get("purpose")
    first = _WORD.search(ctx.text, e, cend)
    if first is not None and first.start() - e <= 1 and first.group() in function_words(lang, "content-opener"):
        return first.start()  # "a resolution demanding that ...": what follows is the document's content
    for m in _WORD.finditer(ctx.text, e, cend):
        if ctx.quoted(m.start()):
            continue
        if m.group() in words or (purpose is not None and _infinitive_purpose(ctx, m.start(), cend, purpose, cues, lang, (e, e))):
            return m.start()
        if m.group() in joins:
            nxt = _WORD.search(ctx.text, m.end(), cend)
            if nxt is not None and any(pat.match(ctx.text, nxt.start()) for pat in cues):
                return m.start()
    return cend


_WORD = re.compile(r"\w+")


def usable_timexes(ctx: Context, s: int, windows: frozenset[int], speech: list[tuple[int, int]],
                   opener: re.Pattern | None = None) -> list[Timex]:
    """The timexes of the sentence that may date the trigger at ``s``: resolved to a calendar
    value, opening no claim's counting window, not the day right after a speaking verb before
    the trigger ("Berg said Tuesday her trip ...": the saying's) nor one between a speaking
    verb and the ``opener`` of what it says, before the trigger ("said in a statement on Monday
    that the talks had been useful": the saying's, not the talks')."""
    out = [t for t in ctx.timexes_in(ctx.sentence.start, ctx.sentence.end) if _YEAR_VALUE.match(t.value)
           and t.start not in windows and not any(a < s and 0 <= t.start - b <= _SPEECH_GAP and t.end <= s
                                                  for a, b in speech)
           and not _before_content(ctx, t, s, speech, opener)]
    # "BEIJING, April 10 (Xinhua) -- X met Y on Tuesday": the dateline's day is the report's; it
    # dates an event only where the sentence tells no other day (:func:`dateline_day`)
    told = [t for t in out if not report_dateline(ctx, t)]
    return told if told and len(told) < len(out) else out


# how far after a speaking verb a date may still be the saying's, before what is said begins
_SAYING_REACH = 60


def _before_content(ctx: Context, t: Timex, s: int, speech: list[tuple[int, int]],
                    opener: re.Pattern | None) -> bool:
    """Does the timex ``t`` stand between a speaking verb and the opener of what it says, with
    the trigger at ``s`` after that opener?"""
    if opener is None or t.end > s:
        return False
    for a, b in speech:
        if b <= t.start and t.start - b <= _SAYING_REACH and opener.search(ctx.text, b, t.start) is None \
                and opener.search(ctx.text, t.end, s) is not None:
            return True
        if t.end <= a and b <= s and opener.search(ctx.text, t.end, a) is None \
                and opener.search(ctx.text, b, s) is not None:
            return True  # "On Sunday, X said that he had met Y": Sunday is the saying's
    return False


# the words a date modifying a noun may stand apart from it: one at most before it ("Sunday's
# closing vote"), a phrase after it ("die Gespräche zwischen X und Y vom Montag")
_NOUN_GAP_AFTER = re.compile(r"(?:['’]s)?\s*(?:[\w-]+\s+)?")
_NOUN_GAP_BEFORE = re.compile(r"\s+(?:[\w.-]+\s+){0,12}")
# the mark that stands for the date itself in an ``attributive`` cue
_DATE_MARK = "@"


def attributive(ctx: Context, t: Timex, pattern: re.Pattern | None) -> str | None:
    """Does the timex ``t`` modify a noun next to it ("Sunday's vote", "the March 3 talks", "die
    Gespräche vom Montag")? The ``attributive`` cue of discourse.txt, matched on the text around it
    with ``@`` standing for the date: such a date is that noun's, not a date of its clause. The
    side the noun stands on: ``"after"`` when the match goes on past the date (a noun it
    premodifies), ``"before"`` when it ends with it (a phrase it finishes); None: no noun's."""
    if pattern is None:
        return None
    before = ctx.text[max(ctx.sentence.start, t.start - 40):t.start]
    around = before + _DATE_MARK + ctx.text[t.end:min(ctx.sentence.end, t.end + 40)]
    mark = len(before)
    for m in pattern.finditer(around):
        if m.start() <= mark < m.end():
            return "after" if m.end() > mark + len(_DATE_MARK) else "before"
    return None


def next_to(ctx: Context, t: Timex, s: int, e: int, side: str) -> bool:
    """Is the trigger at ``[s, e)`` the noun the timex ``t`` modifies on its ``side``, or the head
    of its phrase? After the date: at most one word between them ("Sunday's closing vote"); before
    it: no punctuation and no verb from the trigger on ("der Besuch von Präsident X vom 18. März")."""
    if s < t.end and t.start < e:
        return True
    if side == "after":
        return s >= t.end and _NOUN_GAP_AFTER.fullmatch(ctx.text, t.end, s) is not None
    return e <= t.start and _NOUN_GAP_BEFORE.fullmatch(ctx.text, e, t.start) is not None and \
        not any(s <= f.predicate.start < t.start and not f.predicate.nominal for f in ctx.frames)


def _own_timexes(ctx: Context, s: int, e: int, own: list[tuple[int, int]], usable: list[Timex],
                 said: list[tuple[int, int]]) -> list[Timex]:
    """The usable timexes that are time arguments of the trigger's own frame (``own``), none
    after an event the trigger (a speaking verb) reports."""
    if not own:
        return []
    mine = [t for t in usable if any(t.start < b and a < t.end for a, b in own)]
    return [t for t in mine if not any(e <= a and b <= t.start for a, b in said)]


def _clause_own(ctx: Context, s: int, own: OwnTimes, openers: frozenset[str]) -> OwnTimes:
    """The time arguments of the trigger's frame that lie in its clause, when that clause is a
    subordinate or relative one after a comma ("kommt am Donnerstag nach Rom, nachdem er Paris
    besucht hat": the frame reader may hang the main clause's date on the verb); else all."""
    if not own.spans or not openers:
        return own
    a, b = ctx.clause_of(s)
    first = re.match(r"\W*(\w+)", ctx.text[a:b])
    if a <= ctx.sentence.start or first is None or first.group(1).lower() not in openers:
        return own
    return OwnTimes([(x, y) for x, y in own.spans if a <= x < b], own.nominal)


def in_said_clause(ctx: Context, t: Timex, s: int, said: list[tuple[int, int]]) -> bool:
    """Is the timex after a speaking or announcing trigger at ``s``, in another clause than its,
    one that holds a trigger of what is said ("hat angekündigt, am Montag nach Paris zu reisen")?
    It dates what is said, not the saying."""
    ci = ctx.clause_index(t.start)
    return t.start > s and ci != ctx.clause_index(s) and any(ctx.clause_index(a) == ci for a, _ in said)


def _may_date(ctx: Context, t: Timex, s: int, e: int, noun_dates: re.Pattern | None,
              said: list[tuple[int, int]]) -> bool:
    """May the timex date the trigger at ``[s, e)`` at all: not a date of another noun
    (:func:`attributive`), not one of what the trigger says (:func:`in_said_clause`)?"""
    side = attributive(ctx, t, noun_dates)
    return (side is None or next_to(ctx, t, s, e, side)) and not in_said_clause(ctx, t, s, said)


def nearest_timex(ctx: Context, s: int, e: int, trigger_clauses: set[int],
                  others: list[tuple[int, int]] = (), same_clause_only: bool = False,
                  said: list[tuple[int, int]] = (), speech: list[tuple[int, int]] = (),
                  windows: frozenset[int] = frozenset(), held: re.Pattern | None = None,
                  tail: re.Pattern | None = None, own: OwnTimes = OwnTimes([]),
                  theirs: list[tuple[tuple[int, int], OwnTimes]] = (), joins: frozenset[str] = frozenset(),
                  capital_nouns: bool = False, noun_dates: re.Pattern | None = None,
                  purpose: re.Pattern | None = None, stay: bool = False,
                  predicate: re.Pattern | None = None, opener: re.Pattern | None = None,
                  setting: re.Pattern | None = None, relatives: frozenset[str] = frozenset(),
                  subordinators: frozenset[str] = frozenset(),
                  verbal: frozenset[tuple[int, int]] = frozenset(),
                  small: frozenset[str] = frozenset()) -> Timex | None:
    """The timex that dates the trigger at ``[s, e)``: in its clause, near it, and nearer to it
    than to any other trigger of the clause; else one from a clause without a trigger. ``said``
    are the triggers of what a speaking trigger reports: a timex after one of them dates that.
    ``speech`` are the other speaking triggers of the sentence: a timex right after one that
    comes before this trigger ("Lund said Tuesday her trip ...") dates the saying. ``windows``
    are the starts of timexes that open a claim's counting window ("the first since February"):
    they date no event. ``held`` (for an event noun) is the cue of a clause after it that tells
    when it takes place ("the talks, held on Monday in Warsaw, ..."); ``tail`` the words that may
    stand in a last clause that only finishes the trigger's ("..., am Montag in Warschau.").
    ``own`` are the spans of the time arguments of the trigger's own frame (kb.frames): when one
    of them is usable it dates the trigger before anything nearer by characters -- two verbs
    joined in one clause each keep their own date ("met X on Monday and will travel to Y on
    Friday"); ``theirs`` are (trigger span, time arguments) of the other triggers' frames: a time
    argument of another trigger nearer to that one is its ("hat am 6. Mai die Wahl 2007
    gewonnen": 2007 is the election noun's), and one of an event noun is the noun's, not a verb's
    ("Nach ihrem Treffen mit Kishida am Mittwoch sagte Lund am Donnerstag"). ``joins`` are the
    words that join the items of a list ("and"): a clause they open is another item;
    ``capital_nouns``: the language capitalises its nouns (a small word ending a clause is then
    no name). ``noun_dates`` is the ``attributive`` cue: a date that modifies a noun other than the
    trigger ("Sunday's vote followed the ratification") dates nothing here. ``purpose`` is the cue
    that opens a purpose clause: its date dates a journey (a ``stay`` trigger) made for it;
    ``predicate`` (for an event noun) the ``at`` cue, a predicate of taking place that finishes
    the noun's sentence after an inserted clause ("The talks, the first in years, were held on
    Monday"); ``opener`` where what a speaking verb says begins ("that", a colon): a date
    between the two is the saying's; ``setting`` the cue of a fronted clause telling the
    occasion of a saying ("Speaking to reporters on Tuesday, ..."); ``relatives`` the words that
    open a relative clause (kb.frames): a date in one that does not hold the trigger is that
    clause's ("X, who took office in January, met Y"); ``subordinators`` the words that open a
    subordinate clause: a trigger in such a clause (or a relative one) owns no time argument
    outside it (:func:`_clause_own`); ``verbal`` the spans of the verb triggers: one that ends
    the clause after an event noun leaves the clause after it to the noun. ``small`` are the
    language's function words (:func:`_across_verb`)."""
    own = _clause_own(ctx, s, own, relatives | subordinators)

    def dist(t: Timex, a: int, b: int) -> int:
        return a - t.end if t.end <= a else max(0, t.start - b)

    def taken(t: Timex, span: tuple[int, int], other: OwnTimes) -> bool:
        if not any(t.start < b and a < t.end for a, b in other.spans):
            return False
        if _before_content(ctx, t, span[0], [(s, e)], opener):
            return False  # "said on Monday that the talks ...": the saying's, not what is said
        if other.nominal != own.nominal:
            return other.nominal
        return dist(t, *span) < dist(t, s, e)

    usable = [t for t in usable_timexes(ctx, s, windows, speech, opener)
              if _may_date(ctx, t, s, e, noun_dates, said)]
    # "X, who took office in January, met Y": a relative clause's date is its own event's (only a
    # clause telling when an event noun takes place dates the noun: ``held``)
    whole, usable = usable, _outside_relatives(ctx, s, usable, relatives)
    mine = [t for t in _own_timexes(ctx, s, e, own.spans, usable, said)
            if not any(taken(t, span, other) for span, other in theirs)]
    mine = _own_verb_only(ctx, mine, s, e, joins, small) if capital_nouns else mine
    mine = [t for t in mine if not (s <= t.start and t.end <= e)] or mine
    if mine:
        return min(mine, key=lambda t: dist(t, s, e))
    cstart, cend = _list_scope(ctx, s)
    same = [(a, b) for a, b in others if cstart <= a < cend]
    # a date an event noun's frame holds is the noun's ("Nach seinen Gesprächen mit X am Montag wird
    # Y nach Schweden reisen": not the journey's)
    usable = [t for t in usable
              if own.nominal or not any(other.nominal and taken(t, span, other) for span, other in theirs)]
    cands = [t for t in usable if cstart <= t.start < cend and dist(t, s, e) <= _MAX_TIMEX_DISTANCE
             and all(dist(t, s, e) <= dist(t, a, b) + _SHARED_TIMEX_MARGIN for a, b in same)]
    if said:
        # "said the visit would take place in May": a date after what is said dates that
        cands = [t for t in cands if not any(e <= a and b <= t.start and cstart <= a < cend for a, b in said)]
    cands = _own_verb_only(ctx, cands, s, e, joins, small) if capital_nouns else cands
    outside = [t for t in cands if not (s <= t.start and t.end <= e)]
    if any(e <= a < cend and not _clause_final_verb(ctx, (a, b), cend, verbal) for a, b in others):
        # "erörterten in einem Telefonat die Ergebnisse des Gipfels, der am Montag stattfand": the
        # clause after holds the date of the event noun nearer to it -- not a verb that ends the
        # clause ("wird X am Rande des Gipfels treffen, der vom 13. bis 15. Juni stattfindet")
        held = predicate = None
    cands = outside or cands or _beyond_clause(ctx, s, e, cend, usable, trigger_clauses, same_clause_only, held,
                                               tail, joins, capital_nouns, purpose, stay, predicate, setting, whole,
                                               relatives)
    if not cands:
        return None
    return min(cands, key=lambda t: dist(t, s, e))


def _own_verb_only(ctx: Context, ts: list[Timex], s: int, e: int, joins: frozenset[str],
                   small: frozenset[str]) -> list[Timex]:
    """The timexes not told with another verb joined to the trigger's (:func:`_across_verb`); all
    of them when every one is."""
    return [t for t in ts if not _across_verb(ctx, t, s, e, joins, small)] or ts


def _across_verb(ctx: Context, t: Timex, s: int, e: int, joins: frozenset[str], small: frozenset[str]) -> bool:
    """(Languages that capitalise nouns.) Does a list word followed by a lower-case word that is
    no function word -- a verb the frame reader does not know -- stand between the timex and the
    trigger at ``[s, e)`` ("wurde Anfang Mai ernannt und ging einen Monat später vor", "übernahm am
    13. August die Regierung und rief am 15. August die Republik aus")? Two verbs joined so each
    keep their own date, though the frame reader gave both to one verb."""
    if t.end <= s:
        gap = ctx.text[t.end:s] + ctx.text[s:e].split(" ", 1)[0]
    elif t.start >= e:
        gap = ctx.text[e:t.start]
    else:
        return False
    for hit in re.finditer(r"(?<!\w)(\w+)(?=\s+([a-zäöüß]\w*))", gap):
        if hit.group(1).lower() in joins and hit.group(2) not in small:
            return True
    return False


def _outside_relatives(ctx: Context, s: int, usable: list[Timex], relatives: frozenset[str]) -> list[Timex]:
    """The timexes that may date the trigger at ``s`` as far as relative clauses go: none in a
    relative clause that does not hold it ("X, who took office in January, met Y"), and for a
    trigger in a relative clause none after it ("met with X, who is visiting China, in Beijing on
    Thursday": what follows finishes the clause it is inserted in)."""
    out = [t for t in usable if not in_relative_clause(ctx, t.start, s, relatives)]
    if in_relative_clause(ctx, s, None, relatives):
        rend = ctx.clause_of(s)[1]
        out = [t for t in out if t.start < rend]
    return out


def _clause_final_verb(ctx: Context, span: tuple[int, int], cend: int,
                       verbal: frozenset[tuple[int, int]]) -> bool:
    """Is the trigger at ``span`` a verb that ends its clause (a German verb put last: what comes
    after its clause is no argument of it)?"""
    return span in verbal and not ctx.text[span[1]:cend].strip(" \t\n,;:")


def _beyond_clause(ctx: Context, s: int, e: int, cend: int, usable: list[Timex], trigger_clauses: set[int],
                   same_clause_only: bool, held: re.Pattern | None, tail: re.Pattern | None,
                   joins: frozenset[str], capital_nouns: bool, purpose: re.Pattern | None = None,
                   stay: bool = False, predicate: re.Pattern | None = None,
                   setting: re.Pattern | None = None, whole: list[Timex] | None = None,
                   relatives: frozenset[str] = frozenset()) -> list[Timex]:
    """The timexes outside the trigger's clause that may date it (:func:`nearest_timex` has found
    none in it), in this order: a clause after an event noun telling when it takes place, a last
    clause that only finishes the trigger's, a date set off after a name, the date of a purpose
    clause without an event of its own (of a ``stay`` trigger: a journey made for it), a date put in
    front of the sentence (of a speaking trigger), a sentence-initial date of a clause without a
    trigger. ``whole`` are the usable timexes with those of relative clauses (``usable`` lacks
    them): a clause after an event noun telling when it takes place may be one ("die Gespräche,
    die am Montag stattfanden")."""
    cands = _held_clause(ctx, cend, usable if whole is None else whole, trigger_clauses, held, predicate) \
        if held is not None else []
    cands = cands or _tail_clause(ctx, cend, usable, trigger_clauses, tail, relatives)
    # a clause after a speaking trigger is what is said, its date not the saying's ("kündigte an, im
    # Frühjahr zurückzutreten")
    cands = cands or ([] if same_clause_only else
                      _apposed_date(ctx, e, cend, usable, trigger_clauses, tail, joins, capital_nouns))
    cands = cands or (_purpose_date(ctx, cend, usable, trigger_clauses, tail, purpose) if stay else [])
    if cands:
        return cands
    if same_clause_only:
        return _fronted_date(ctx, s, usable, trigger_clauses, tail, setting)
    # a sentence-initial date ("On February 22, ...") scopes over the clauses after it -- not one
    # of the occasion of a saying ("Writing on Sunday, X said that ...": the saying's)
    return [t for t in usable if ctx.clause_index(t.start) not in trigger_clauses and t.end <= s
            and not (setting is not None and setting.match(ctx.text, *ctx.clause_of(t.start)))]


_CLOSING_COMMA = re.compile(r"\s*,")


def date_span(text: str, t: Timex) -> tuple[int, int]:
    """The span a timex keeps from clause cuts: its own, and the comma that closes it when it is a
    weekday with its date set off by a comma ("am Dienstag, dem 12. April, in Brüssel", "on
    Tuesday, April 12, in Brussels") -- that comma closes the apposition, it starts no clause.

    >>> t = Timex(3, 26, "Dienstag, dem 12. April", "DATE", "2011-04-12")
    >>> date_span("am Dienstag, dem 12. April, in Brüssel", t)
    (3, 27)
    """
    if "," in t.text:
        m = _CLOSING_COMMA.match(text, t.end)
        if m is not None:
            return t.start, m.end()
    return t.start, t.end


_WEEKDAY = re.compile(r"XXXX-WXX-([1-7])")
# what may stand between a weekday and the week it falls in ("Thursday of next week", "Donnerstag
# kommender Woche"): a short word at most
_WEEK_GAP = re.compile(r"\s*\w{0,3}\s*")


def weekday_of_week(timexes: list[Timex], text: str) -> list[Timex]:
    """A weekday followed by the week it lies in ("Donnerstagabend kommender Woche", "Thursday of
    next week") is that day of that week, one timex; the tagger reads them apart (the weekday
    nearest the publication day, and the whole week)."""
    out: list[Timex] = []
    ordered = sorted(timexes, key=lambda t: t.start)
    i = 0
    while i < len(ordered):
        t = ordered[i]
        nxt = ordered[i + 1] if i + 1 < len(ordered) else None
        day = _WEEKDAY.match(t.underspecified or "")
        if day and nxt is not None and nxt.granularity == "week" and nxt.earliest is not None \
                and _WEEK_GAP.fullmatch(text[t.end:nxt.start]):
            when = nxt.earliest + _dt.timedelta(days=int(day.group(1)) - nxt.earliest.isoweekday())
            suffix = t.value[10:] if len(t.value) > 10 and t.value[10] == "T" else ""
            out.append(dataclasses.replace(t, end=nxt.end, text=text[t.start:nxt.end], value=when.isoformat() + suffix,
                                           earliest=when, latest=when, granularity="day"))
            i += 2
            continue
        out.append(t)
        i += 1
    return out


def saying_noun_days(ctx: Context, e: int, lang: str) -> frozenset[int]:
    """The starts of the time arguments of a noun of a saying (frames.txt class ``saying``: "a
    televised address on Wednesday") after a speaking trigger ending at ``e`` in its clause: the
    day the saying was made."""
    from ..frames.lexicon import lexicon

    saying = lexicon(lang).classes.get("saying", set())
    cend = ctx.clause_of(e - 1)[1]
    return frozenset(a.start for f in ctx.frames if f.predicate.nominal and f.predicate.lemma in saying
                     and e <= f.predicate.start < cend for a in f.arguments if a.slot == "time")


def when_dates(ctx: Context, s: int, windows: frozenset[int], cue: re.Pattern | None) -> frozenset[int]:
    """The starts of the window dates that a relative clause of time (the ``when`` cue: ", when",
    ", als") right after them turns into the date of what that clause tells ("the first visit since
    2019, when he attended a summit in Oslo": the summit's 2019) -- for a trigger at ``s`` inside
    such a clause."""
    if cue is None or not windows:
        return frozenset()
    return frozenset(t.start for t in ctx.timexes if t.start in windows and t.end <= s
                     and (m := cue.match(ctx.text, t.end)) is not None and m.end() <= s
                     and not re.search(r"[;:]", ctx.text[m.end():s]))


def claim_windows(ctx: Context, lang: str, dct: _dt.date | None = None) -> frozenset[int]:
    """The timexes (by start) that open the counting window of a claim told in the sentence: right
    after a "since" cue (an article between: "seit dem 3. März") in a sentence with an ordinal or a
    count ("the first ministers to visit since February", "zum dritten Mal seit 2022"); or a period
    a deictic word names (the ``period`` window of claims.txt; a week only when it is the current
    one) next to an ordinal with no punctuation between, or in a clause with a count ("for the
    second time this year", "zum zweiten Mal in diesem Jahr", "met three times this year"). Such a
    date counts events; it dates none ("zum zweiten Mal in diesem Jahr am Montag" is Monday; "his
    first trip since assuming office, earlier this year" dates the taking of office)."""
    from ..claims import cues

    c = cues(lang)
    period = c.lex.windows.get("period")
    dates = ctx.timexes_in(ctx.sentence.start, ctx.sentence.end)
    since = {t.start for t in dates if _after_since(ctx, t, c.since_re, lang)}
    deictic = [t for t in dates if _deictic_period(ctx, t, period, dct, lang)]
    if not since and not deictic:
        return frozenset()  # (the sentence's ordinals and counts are read only for such a date)
    sentence = ctx.text[ctx.sentence.start:ctx.sentence.end]
    # an ordinal of a date ("12. Mai") or of an anniversary ("the 50th anniversary ... this year":
    # the year of the anniversary, which dates its origin) counts nothing
    jubilees = [(m.start(), m.end()) for p in c.lex.anniversary for m in p.finditer(sentence)]
    ordinals = [ctx.sentence.start + m.start() for m in c.ordinal_re.finditer(sentence)
                if not any(t.start <= ctx.sentence.start + m.start() < t.end for t in dates)
                and not any(a <= m.start() < b for a, b in jubilees)] if c.ordinal_re else []
    out = set()
    if since and (ordinals or c.count_around(sentence)):
        out |= since
    for t in deictic:
        a, b = ctx.clause_of(t.start)
        if any(not re.search(r"[,;:()]", ctx.text[min(o, t.start):max(o, t.start)]) for o in ordinals) \
                or c.count_around(ctx.text[a:b]):
            out.add(t.start)
    return frozenset(out)


def _after_since(ctx: Context, t, since_re: re.Pattern | None, lang: str) -> bool:
    """"since March 3", "seit dem 3. März": a since cue, nothing but an article between."""
    if since_re is None:
        return False
    from ..entities.words import function_words

    before = ctx.text[max(ctx.sentence.start, t.start - 16):t.start]
    hit = None
    for hit in since_re.finditer(before):
        pass
    if hit is None:
        return False
    rest = before[hit.end():].strip(" ,").split()
    return not rest or (len(rest) == 1 and rest[0] in function_words(lang, "determiner"))


def _deictic_period(ctx: Context, t, period: re.Pattern | None, dct: _dt.date | None, lang: str) -> bool:
    """"this year", "in diesem Jahr", "earlier this month": a period (year, month, quarter, the
    current week) named by a deictic word of the claims' ``period`` window, in the timex or right
    before it, and by its unit ("last June" dates what happened then)."""
    if period is None or t.type != "DATE" or t.granularity not in ("year", "month", "quarter", "week"):
        return False
    if t.granularity == "week" and not (dct is not None and t.earliest is not None and t.latest is not None
                                        and t.earliest <= dct <= t.latest):
        return False  # "met for the second time last week" dates the meeting
    before = ctx.text[max(ctx.sentence.start, t.start - 12):t.start]
    return bool(period.match(t.text) or _at_end(period.pattern).search(before)) and names_unit(lang, t.text)


@lru_cache(maxsize=64)
def _at_end(source: str) -> re.Pattern:
    """A pattern's source as a case-insensitive pattern that matches at the end of a string
    (compiled once, not looked up in the regex module's cache at each call)."""
    return re.compile(rf"(?:{source})\s*$", re.IGNORECASE)


def word_start(text: str, hit: re.Match) -> bool:
    """Does a cue found by searching start a word ("fing" of "empfing" is no "fing", the past of
    "anfangen")? Leading spaces of the match do not count."""
    pos = hit.start() + len(hit.group()) - len(hit.group().lstrip())
    return pos == 0 or not text[pos - 1].isalnum()


def verbal_at(ctx: Context, pos: int) -> bool:
    """Does a verb's frame (kb.frames) start at ``pos`` -- is the trigger there a verb?"""
    return any(f.predicate.start == pos and not f.predicate.nominal for f in ctx.frames)


# a length told as an adjective ("two-day", "zweitägige") modifies the noun of its phrase, which may
# come a word or two after it ("the two-day NATO summit")
_ADJECTIVE_LENGTH = re.compile(r"(?:-day|-week|tägig\w*|wöchig\w*)$", re.IGNORECASE)
_NOUN_PHRASE_GAP = re.compile(r"\s+(?:[\w-]+\s+){1,2}")


def duration_near(ctx: Context, s: int, e: int, lang: str | None = None, attached: bool = True) -> str | None:
    """A length stated with the trigger ("eine viertägige Reise", "a four-day visit"), or, given
    ``lang``, after a ``target`` word or before a ``lasting`` one in the trigger's clause ("reist
    für drei Tage nach Kenia", "travels to Kenya for three days", "besucht drei Tage lang Kenia"):
    P<n>D (a length in weeks in days: "eine zweiwöchige Reise", "for a week"). Not ``attached``
    (a verb that tells no stay): only the latter ("Zum Auftakt seiner dreitägigen Reise traf er X":
    the three days are the trip's, not the meeting's)."""
    days = [t for t in ctx.timexes if t.type == "DURATION" and re.fullmatch(r"P\d+[DW]", t.value)]
    for t in days if attached else ():
        if 0 <= s - t.end <= 3 or 0 <= t.start - e <= 3:
            return _in_days(t.value)
        if t.end <= s and _ADJECTIVE_LENGTH.search(t.text) and _NOUN_PHRASE_GAP.fullmatch(ctx.text, t.end, s):
            return _in_days(t.value)  # "the two-day NATO summit", "a three-day official visit"
    if lang is None:
        return None
    from ..entities.words import function_words

    words, lasting = function_words(lang, "target"), function_words(lang, "lasting")
    cstart, cend = ctx.clause_of(s)
    for t in days:
        before = _WORD.findall(ctx.text, max(cstart, t.start - 12), t.start)
        after = _WORD.match(ctx.text, t.end + 1) if ctx.text[t.end:t.end + 1] == " " else None
        if cstart <= t.start and t.end <= cend and (before and before[-1] in words
                                                     or after is not None and after.group() in lasting):
            return _in_days(t.value)
    return None


def _in_days(duration: str) -> str:
    """A length in days or weeks as P<n>D.

    >>> _in_days("P2W"), _in_days("P3D")
    ('P14D', 'P3D')
    """
    return f"P{7 * int(duration[1:-1])}D" if duration.endswith("W") else duration
