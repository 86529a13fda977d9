"""Property tests: any well-formed analysis builds a graph that conforms, and
breaking the date order or an offset is always caught."""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fixtures_rdf import FIXED_RUN, MACRON, POLAND, TUSK, WARSAW
from kb.model import EVENT_TYPES, STATUSES, Analysis, DateValue, Document, Event, Participant, Span
from kb.rdf.build import GRANULARITY_UNITS, graph_for
from kb.rdf.validate import validate_graph

TEXT = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), min_size=1, max_size=80)
ENTITIES = st.sampled_from([MACRON, TUSK, POLAND, WARSAW, None])
ROLES = st.sampled_from(["guest", "host", "participant", "speaker", "winner", "loser", None, "witness"])
DAYS = st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31))


@st.composite
def analyses(draw, ordered_dates=True):
    text = draw(TEXT)
    n = len(text)

    def span():
        a = draw(st.integers(0, n - 1))
        b = draw(st.integers(a + 1, n))
        return Span(a, b)

    events = []
    for i in range(draw(st.integers(0, 4))):
        lo, hi = sorted([draw(DAYS), draw(DAYS)])
        if not ordered_dates and i == 0:
            lo, hi = hi + dt.timedelta(days=1), lo
        date = draw(st.none() | st.just(DateValue(
            lo.isoformat(), lo, hi, draw(st.sampled_from(sorted(GRANULARITY_UNITS))),
            text=draw(st.none() | TEXT))))
        if not ordered_dates and i == 0 and date is None:
            date = DateValue("x", lo, hi, "day")
        parts = [Participant(draw(ENTITIES), draw(TEXT), draw(ROLES), draw(st.none() | st.just(span())))
                 for _ in range(draw(st.integers(0, 3)))]
        place = draw(st.none() | st.builds(lambda e, l: Participant(e, l), ENTITIES, TEXT))
        events.append(Event(f"e{i + 1}", draw(st.sampled_from(EVENT_TYPES + ("Parade",))),
                            draw(st.sampled_from(STATUSES)), span(), participants=parts, place=place,
                            date=date, negated=draw(st.booleans()), hypothetical=draw(st.booleans())))
    doc = Document(draw(TEXT), text, draw(st.sampled_from(["de", "en", "fr"])),
                   published=draw(st.none() | DAYS), source=draw(st.none() | TEXT))
    return Analysis(doc, events=events)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(analyses())
def test_any_wellformed_analysis_conforms(analysis):
    _, g = graph_for(analysis, FIXED_RUN)
    conforms, report = validate_graph(g)
    assert conforms, report


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(analyses(ordered_dates=False))
def test_reversed_bounds_never_pass(analysis):
    if not analysis.events:
        return
    _, g = graph_for(analysis, FIXED_RUN)
    assert not validate_graph(g)[0]
