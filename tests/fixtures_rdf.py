"""Hand-built analyses for the RDF, shapes, store, merge and claim-check tests.

The texts are invented for these tests. Offsets are computed from the text so
that every span slices back to its evidence.
"""

from __future__ import annotations

import datetime as dt

from kb.model import (
    Analysis,
    Claim,
    DateValue,
    Document,
    Entity,
    Event,
    Mention,
    Participant,
    Span,
    Timex,
)
from kb.rdf.build import Run

D = dt.date

MACRON = Entity("Q3052772", "Emmanuel Macron", "person",
                labels={"de": ["Emmanuel Macron"], "en": ["Emmanuel Macron", "Macron"]},
                country="Q142")
TUSK = Entity("Q946", "Donald Tusk", "person", labels={"en": ["Donald Tusk", "Tusk"]}, country="Q36")
POLAND = Entity("Q36", "Poland", "country", labels={"de": ["Polen"], "en": ["Poland"]})
WARSAW = Entity("Q270", "Warsaw", "city", labels={"de": ["Warschau"], "en": ["Warsaw"]}, country="Q36")
ELYSEE = Entity("local:elysee-palace", "Elysee Palace", "government", labels={"en": ["Elysee"]},
                country="Q142")

FIXED_RUN = Run(started=dt.datetime(2025, 3, 3, 12, 0, 0, tzinfo=dt.timezone.utc),
                tool_version="0.1.0", rules_version="test-rules")


def span(text: str, needle: str, nth: int = 0) -> Span:
    """The span of the ``nth`` occurrence of ``needle`` in ``text``."""
    pos = -1
    for _ in range(nth + 1):
        pos = text.index(needle, pos + 1)
    return Span(pos, pos + len(needle))


def part(text: str, entity: Entity | None, label: str, role: str | None = None, nth: int = 0) -> Participant:
    return Participant(entity, label, role, span(text, label, nth))


def timex(text: str, needle: str, value: str, earliest, latest, gran: str, **kw) -> Timex:
    s = span(text, needle)
    return Timex(s.start, s.end, needle, kw.pop("type", "DATE"), value, earliest, latest, gran, **kw)


EN_TEXT = (
    "Paris, 3 March 2025 - Emmanuel Macron will pay a state visit to Warsaw on Thursday and "
    "Friday, the Elysee announced on Monday. Macron and Donald Tusk have met four times since "
    "January 2024, the statement added. It will be the president's second trip to Warsaw within "
    "six months. Tusk was re-elected as party leader in October 2024.\n"
    "(c) Example Press Agency"
)


def visit_en() -> Analysis:
    """An English report of a planned state visit, with a count and an ordinal claim."""
    t = EN_TEXT
    doc = Document("fixture-en-visit", t, "en", published=D(2025, 3, 3),
                   source="https://news.example.org/macron-warsaw", title="Macron to visit Warsaw")
    tx_dct = timex(t, "3 March 2025", "2025-03-03", D(2025, 3, 3), D(2025, 3, 3), "day")
    tx_visit = timex(t, "on Thursday and Friday", "2025-03-06/2025-03-07", D(2025, 3, 6), D(2025, 3, 7),
                     "day", underspecified="XXXX-WXX-4/XXXX-WXX-5")
    tx_monday = timex(t, "on Monday", "2025-03-03", D(2025, 3, 3), D(2025, 3, 3), "day")
    tx_since = timex(t, "since January 2024", "2024-01/..", D(2024, 1, 1), None, "month")
    tx_within = timex(t, "within six months", "P6M", None, None, None, type="DURATION")
    tx_oct = timex(t, "October 2024", "2024-10", D(2024, 10, 1), D(2024, 10, 31), "month")
    sent1 = span(t, "Emmanuel Macron will pay a state visit to Warsaw on Thursday and Friday, the "
                    "Elysee announced on Monday.")
    sent2 = span(t, "Macron and Donald Tusk have met four times since January 2024, the statement added.")
    sent3 = span(t, "It will be the president's second trip to Warsaw within six months.")
    sent4 = span(t, "Tusk was re-elected as party leader in October 2024.")
    visit = Event(
        "e1", "StateVisit", "planned", sent1,
        participants=[part(t, MACRON, "Emmanuel Macron", "guest"), Participant(TUSK, "Tusk", "host")],
        place=part(t, WARSAW, "Warsaw"),
        date=tx_visit.date(), trigger=span(t, "state visit"),
    )
    announcement = Event(
        "e2", "Announcement", "past", sent1,
        participants=[part(t, ELYSEE, "Elysee", "speaker")],
        date=tx_monday.date(), trigger=span(t, "announced"),
    )
    election = Event(
        "e3", "ReElection", "past", sent4,
        participants=[part(t, TUSK, "Tusk", "winner", nth=1)],
        date=tx_oct.date(), office="party leader", outcome="re-elected", trigger=span(t, "re-elected"),
    )
    implied = Event(
        "e4", "StateVisit", "past", sent3,
        participants=[Participant(MACRON, "the president", "guest", span(t, "the president"))],
        place=part(t, WARSAW, "Warsaw", nth=1),
        date=DateValue("2024-09-03/2025-03-02", D(2024, 9, 3), D(2025, 3, 2), "day",
                       text="within six months", span=tx_within.span, uncertain=True),
        implied_by="c2",
    )
    count = Claim(
        "c1", "count", 4, "Meeting", sent2,
        participants=[part(t, MACRON, "Macron", nth=1), part(t, TUSK, "Donald Tusk")],
        since=tx_since.date(), as_of=D(2025, 3, 3),
    )
    ordinal = Claim(
        "c2", "ordinal", 2, "StateVisit", sent3,
        participants=[Participant(MACRON, "the president", None, span(t, "the president"))],
        place=part(t, WARSAW, "Warsaw", nth=1), within="P6M", as_of=D(2025, 3, 3),
        event="e1", implies="e4",
    )
    mentions = [
        Mention(*_se(t, "Emmanuel Macron"), "Emmanuel Macron", [MACRON]),
        Mention(*_se(t, "Warsaw"), "Warsaw", [WARSAW]),
        Mention(*_se(t, "Elysee"), "Elysee", [ELYSEE]),
        Mention(*_se(t, "Macron", 1), "Macron", [MACRON]),
        Mention(*_se(t, "Donald Tusk"), "Donald Tusk", [TUSK]),
        Mention(*_se(t, "the president"), "the president", [MACRON], kind="description"),
        Mention(*_se(t, "Paris"), "Paris", [], kind="name"),
    ]
    return Analysis(
        doc, boilerplate=[span(t, "(c) Example Press Agency")],
        timexes=[tx_dct, tx_visit, tx_monday, tx_since, tx_within, tx_oct],
        mentions=mentions, events=[visit, announcement, election, implied], claims=[count, ordinal],
    )


def _se(text: str, needle: str, nth: int = 0) -> tuple[int, int]:
    s = span(text, needle, nth)
    return s.start, s.end


DE_TEXT = (
    "Warschau, 4. März 2025 – Der französische Präsident Emmanuel Macron reist am Donnerstag "
    "zu einem zweitägigen Staatsbesuch nach Polen. Gastgeber ist Ministerpräsident Donald Tusk."
)


def visit_de() -> Analysis:
    """The same visit as :func:`visit_en`, told in German by another outlet."""
    t = DE_TEXT
    doc = Document("fixture-de-besuch", t, "de", published=D(2025, 3, 4), source="Beispiel-Zeitung")
    tx = timex(t, "am Donnerstag", "2025-03-06", D(2025, 3, 6), D(2025, 3, 6), "day")
    ev = Event(
        "e1", "StateVisit", "planned",
        span(t, "Der französische Präsident Emmanuel Macron reist am Donnerstag zu einem zweitägigen "
                "Staatsbesuch nach Polen."),
        participants=[part(t, MACRON, "Emmanuel Macron", "guest"), part(t, TUSK, "Donald Tusk", "host")],
        place=part(t, POLAND, "Polen"),
        date=DateValue("2025-03-06/2025-03-07", D(2025, 3, 6), D(2025, 3, 7), "day",
                       text="am Donnerstag", span=tx.span),
    )
    return Analysis(doc, timexes=[tx], events=[ev])


CONFLICT_TEXT = "Emmanuel Macron visited Poland on 11 March 2025, meeting Donald Tusk in Warsaw."


def visit_conflicting() -> Analysis:
    """A third report of the visit with a date that contradicts the other two."""
    t = CONFLICT_TEXT
    doc = Document("fixture-en-conflict", t, "en", published=D(2025, 3, 12))
    tx = timex(t, "on 11 March 2025", "2025-03-11", D(2025, 3, 11), D(2025, 3, 11), "day")
    ev = Event(
        "e1", "StateVisit", "past", Span(0, len(t)),
        participants=[part(t, MACRON, "Emmanuel Macron", "guest"), part(t, TUSK, "Donald Tusk", "host")],
        place=part(t, WARSAW, "Warsaw"), date=tx.date(),
    )
    return Analysis(doc, timexes=[tx], events=[ev])


MEETINGS_TEXT = (
    "Macron and Tusk met in Brussels in March 2024. They met again in Paris on 12 June 2024. "
    "A third meeting followed in Gdansk in November 2024."
)


def meetings_history() -> Analysis:
    """Three past meetings of Macron and Tusk: with :func:`visit_en`'s count claim
    of four meetings since January 2024, the KB holds fewer than claimed."""
    t = MEETINGS_TEXT
    doc = Document("fixture-en-meetings", t, "en", published=D(2025, 1, 10))
    events = []
    for i, (sentence, value, lo, hi, gran) in enumerate([
        ("Macron and Tusk met in Brussels in March 2024.", "2024-03", D(2024, 3, 1), D(2024, 3, 31), "month"),
        ("They met again in Paris on 12 June 2024.", "2024-06-12", D(2024, 6, 12), D(2024, 6, 12), "day"),
        ("A third meeting followed in Gdansk in November 2024.", "2024-11", D(2024, 11, 1),
         D(2024, 11, 30), "month"),
    ], start=1):
        s = span(t, sentence)
        events.append(Event(
            f"e{i}", "Meeting", "past", s,
            participants=[Participant(MACRON, "Macron", "participant"),
                          Participant(TUSK, "Tusk", "participant")],
            date=DateValue(value, lo, hi, gran),
        ))
    claim = Claim(
        "c1", "count", 3, "Meeting", Span(0, len(t)),
        participants=[Participant(MACRON, "Macron"), Participant(TUSK, "Tusk")],
        since=DateValue("2024", D(2024, 1, 1), D(2024, 12, 31), "year"), as_of=D(2025, 1, 10),
    )
    return Analysis(doc, events=events, claims=[claim])


UNDATED_TEXT = "Die Ministerin reist im März nach Warschau."


def undated_de() -> Analysis:
    """A document without publication date: its month stays unresolved."""
    t = UNDATED_TEXT
    doc = Document("fixture-de-undatiert", t, "de")
    tx = timex(t, "im März", "XXXX-03", None, None, "month", resolved=False)
    ev = Event("e1", "Visit", "planned", Span(0, len(t)),
               participants=[part(t, None, "Die Ministerin", "guest")],
               place=part(t, WARSAW, "Warschau"), date=tx.date())
    return Analysis(doc, timexes=[tx], events=[ev],
                    warnings=["no publication date: relative dates left unresolved"])
