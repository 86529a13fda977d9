"""Property tests (Hypothesis) for the date resolver and the tagger built on it."""

from __future__ import annotations

import calendar
import datetime as dt
import doctest

from hypothesis import given, settings
from hypothesis import strategies as st

import kb.temporal
import kb.temporal.grammar
import kb.temporal.prefilter
import kb.temporal.resolve
from kb.temporal import tag
from kb.temporal.resolve import Reference, bounds, easter, resolve_value

# Years with room for last/next-year candidates on either side.
refs = st.dates(min_value=dt.date(1801, 1, 1), max_value=dt.date(2198, 12, 31))
directions = st.sampled_from([None, "past", "future"])
months = st.integers(1, 12)
weekdays = st.integers(1, 7)

SENTENCES = [
    ("de", "Er kommt morgen, war gestern da und reist am Donnerstag und Freitag nach Rom."),
    ("de", "Im März stieg der Umsatz, im dritten Quartal sank er; vergangene Woche kam die Wende."),
    ("de", "Mitte Mai beginnt die Messe, Ende des Jahres endet sie, seit 2019 läuft sie um 20.30 Uhr."),
    ("de", "Zu Ostern und an Weihnachten, heuer und im Vorjahr, dieses Wochenende und im Herbst."),
    ("en", "The minister said on Monday that talks will resume next month, two years after they began."),
    ("en", "Sales rose in the third quarter from a year ago; last week, on May 3, shares fell at 10 a.m."),
    ("en", "This summer, early next year, on Christmas Eve and at Easter the office will be closed."),
]


@settings(deadline=None)
@given(refs)
def test_tomorrow_is_the_next_day(ref):
    for lang, text in [("de", "Wir sehen uns morgen."), ("en", "See you tomorrow.")]:
        (timex,) = tag(text, lang, ref)
        assert timex.value == (ref + dt.timedelta(days=1)).isoformat()
        assert timex.earliest == timex.latest == ref + dt.timedelta(days=1)


@settings(deadline=None)
@given(refs, st.integers(-400, 400))
def test_day_offsets(ref, n):
    sign = "PLUS" if n >= 0 else "MINUS"
    value, ok = resolve_value(f"UNDEF-REF-day-{sign}-{abs(n)}", Reference(ref))
    assert ok and value == (ref + dt.timedelta(days=n)).isoformat()


@settings(deadline=None)
@given(refs, months, directions, st.sampled_from(["", "<", ">"]))
def test_month_bounds_are_first_and_last_day(ref, month, direction, forced):
    value, ok = resolve_value(f"XXXX-{month:02d}{forced}", Reference(ref), direction)
    assert ok
    lo, hi, gran = bounds(value)
    year = int(value[:4])
    assert gran == "month"
    assert lo == dt.date(year, month, 1)
    assert hi == dt.date(year, month, calendar.monthrange(year, month)[1])
    assert abs(year - ref.year) <= 1
    # "last March" / "next March" are strict; a tense cue yields to a month
    # that is only weeks away ("agreed in June" written in May)
    if forced == "<" or (direction == "past" and not forced and (lo - ref).days > 45):
        assert lo <= ref
    if forced == ">" or (direction == "future" and not forced and (ref - hi).days > 45):
        assert hi >= ref


@settings(deadline=None)
@given(refs, weekdays, directions)
def test_weekdays(ref, weekday, direction):
    value, ok = resolve_value(f"XXXX-WXX-{weekday}", Reference(ref), direction)
    day = dt.date.fromisoformat(value)
    assert ok and day.isoweekday() == weekday and abs((day - ref).days) <= 6
    if direction == "past":
        assert day <= ref
    if direction == "future":
        assert day >= ref
    if weekday == ref.isoweekday():
        assert day == ref  # the reference day itself counts as "this" weekday


@settings(deadline=None)
@given(refs, st.sampled_from(["day", "week", "month", "quarter", "year", "decade", "century"]),
       st.integers(0, 30), st.sampled_from(["PLUS", "MINUS"]))
def test_offsets_have_ordered_bounds_of_their_unit(ref, unit, n, sign):
    value, ok = resolve_value(f"UNDEF-REF-{unit}-{sign}-{n}", Reference(ref))
    months = {"month": 1, "quarter": 3, "year": 12, "decade": 120, "century": 1200}.get(unit, 0) * n
    target_year = (ref.year * 12 + ref.month - 1 + (months if sign == "PLUS" else -months)) // 12
    if not 1 <= target_year <= 9999:  # beyond the calendar: unresolved, never a clamped year
        assert not ok
        return
    lo, hi, gran = bounds(value)
    assert ok and lo <= hi and gran == unit


@settings(max_examples=60, deadline=None)
@given(refs, st.sampled_from(SENTENCES), st.sampled_from(["news", "narrative"]))
def test_bounds_ordered_and_resolution_deterministic(ref, sentence, mode):
    lang, text = sentence
    first = tag(text, lang, ref, mode)
    assert first == tag(text, lang, ref, mode)
    assert first, "the sentences all hold dates"
    for t in first:
        assert text[t.start:t.end] == t.text
        if t.earliest and t.latest:
            assert t.earliest <= t.latest
        if t.type in ("DURATION", "SET"):
            assert t.earliest is None and t.latest is None


@settings(deadline=None)
@given(st.integers(1900, 2200))
def test_easter_is_a_spring_sunday(year):
    day = easter(year)
    assert day.isoweekday() == 7 and dt.date(year, 3, 22) <= day <= dt.date(year, 4, 25)


@settings(deadline=None)
@given(st.text(max_size=300), refs)
def test_no_input_crashes_the_tagger(text, ref):
    for lang in ("de", "en"):
        for t in tag(text, lang, ref):
            assert 0 <= t.start < t.end <= len(text)


def test_doctests():
    for module in (kb.temporal, kb.temporal.resolve, kb.temporal.grammar, kb.temporal.prefilter):
        failed, _ = doctest.testmod(module)
        assert failed == 0, module.__name__
