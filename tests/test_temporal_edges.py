"""Dates at the edges of the calendar (years 1 and 9999): resolved inside it or left unresolved with a
warning, never an OverflowError and never a clamped (wrong) year."""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kb.model import Analysis, Document
from kb.temporal import _tag, annotate, tag
from kb.temporal.resolve import Reference, resolve_value

PHRASES = {
    "de": ["morgen", "übermorgen", "gestern", "am Tag danach", "am Vortag", "tags darauf", "nächste Woche",
           "letzte Woche", "im nächsten Jahr", "im vergangenen Jahr", "im nächsten Jahrhundert",
           "am Montag", "am Sonntag", "von Montag bis Freitag", "an Ostern", "zu Pfingsten", "an Weihnachten",
           "im Dezember", "im Januar", "am 31. Dezember", "am 1. Januar", "vor drei Jahren", "in zwei Wochen",
           "zwei Tage später", "am 31.12.9999", "am 1.1.0001", "im Sommer", "Ende des Jahres",
           "im dritten Quartal", "Anfang nächsten Monats", "am Wochenende", "in den 90er Jahren"],
    "en": ["tomorrow", "yesterday", "the day after", "the day before", "next week", "last week", "next year",
           "last year", "next century", "on Monday", "on Sunday", "from Monday to Friday", "at Easter",
           "at Christmas", "in December", "in January", "on December 31", "on January 1", "three years ago",
           "two days later", "on 9999-12-31", "on 0001-01-01", "this summer", "the end of the year",
           "the third quarter", "next month", "this weekend"],
}
VERBS = {"de": ["Der Minister reist", "Die Ministerin reiste", "Das Treffen wird"],
         "en": ["The minister travels", "The minister travelled", "The meeting will take place"]}

edge_days = st.one_of(st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(1, 2, 28)),
                      st.dates(min_value=dt.date(9999, 11, 1), max_value=dt.date(9999, 12, 31)))


@st.composite
def edge_texts(draw):
    lang = draw(st.sampled_from(sorted(PHRASES)))
    parts = draw(st.lists(st.tuples(st.sampled_from(VERBS[lang]), st.sampled_from(PHRASES[lang])),
                          min_size=1, max_size=5))
    return lang, " ".join(f"{verb} {phrase}." for verb, phrase in parts)


def _inside(d):
    return d is None or dt.date(1, 1, 1) <= d <= dt.date(9999, 12, 31)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(edge_texts(), edge_days, st.sampled_from(["news", "narrative"]))
def test_no_date_near_the_edges_raises(sample, dct, mode):
    lang, text = sample
    notes: list[str] = []
    found = _tag(text, lang, dct, mode, notes=notes)
    for t in found:
        assert _inside(t.earliest) and _inside(t.latest)
        if t.resolved and t.earliest is not None:
            assert t.earliest <= t.latest
    for note in notes:
        assert "outside the years 1-9999" in note and "\n" not in note


@settings(max_examples=100, deadline=None)
@given(edge_days, st.sampled_from(["day", "week", "month", "quarter", "year", "decade", "century"]),
       st.integers(min_value=0, max_value=30), st.sampled_from(["PLUS", "MINUS"]),
       st.sampled_from(["REF", "ANA", "SEQ", "SHIFT", "AGO", "LAST"]))
def test_offsets_at_the_edges_resolve_inside_or_not_at_all(day, unit, n, sign, kind):
    value, ok = resolve_value(f"UNDEF-{kind}-{unit}-{sign}-{n}", Reference(day, "day", day, "day",
                                                                          history=((day, "day"),)))
    if ok:
        assert not value.startswith(("0000", "10000"))
    else:
        assert value.startswith("XXXX")


def test_the_day_after_the_last_day_is_unresolved_with_a_warning():
    doc = Document(id="edge", text="Die Frist läuft bis zum 31.12.9999, und am Tag danach endet sie.",
                   lang="de", published=dt.date(2024, 5, 14))
    analysis = Analysis(document=doc)
    annotate(analysis)
    last, after = [(t.text, t.value, t.resolved) for t in analysis.timexes]
    assert last == ("31.12.9999", "9999-12-31", True)
    assert after == ("Tag danach", "XXXX-XX-XX", False)
    assert any("'Tag danach'" in w and "1-9999" in w for w in analysis.warnings)


def test_no_clamped_year():
    # "last year" in the year 1 is no year kb can write: unresolved, not the year 1 again
    [t] = tag("Das war im vergangenen Jahr.", "de", dt.date(1, 6, 1))
    assert (t.value, t.resolved) == ("XXXX", False)
    [t] = tag("The talks resume next year.", "en", dt.date(9999, 3, 1))
    assert (t.value, t.resolved) == ("XXXX", False)


def test_holidays_near_the_end_stay_in_the_calendar():
    values = [t.value for t in tag("Zu Ostern und an Weihnachten blieb es ruhig.", "de", dt.date(9999, 12, 30))]
    assert values == ["9999-03-28", "9999-12-25"]


# The sentence ends of kb.temporal.tense as written before they began with the consumed character.
_PLAIN_SENTENCE_END = r"(?<!\d)(?<!\b[A-Za-z])[.!?]+[\"'“”»«]*\s+(?=[\"'„“»«(]?[A-ZÄÖÜ0-9])|\n\s*\n|\n(?=[A-ZÄÖÜ])"


def test_sentence_ends_as_with_the_lookbehinds_in_front():
    import random
    import re

    from kb.temporal.tense import _SENTENCE_END

    plain = re.compile(_PLAIN_SENTENCE_END)
    texts = ["Er kam am 3. Mai. Dann ging er! „Gut“, sagte sie. A. B. Smith traf sie am 4.\n\nNeu\nZeile",
             "It rained on Monday... \"Fine.\" (See above.) 12. May. U.S. officials met in St. Louis?! Yes."]
    rnd = random.Random(5)
    texts += ["".join(rnd.choice("aA1.!?\n \"'“”»«„(ÄZ9x\t") for _ in range(rnd.randint(1, 30))) for _ in range(30000)]
    for text in texts:
        assert [m.span() for m in _SENTENCE_END.finditer(text)] == [m.span() for m in plain.finditer(text)], text


def test_guarded_rules_match_as_their_plain_patterns():
    """A temporal rule is compiled behind a lookahead for the characters its matches begin with
    (kb.temporal.prefilter.guarded): the same matches as its plain pattern."""
    import re

    from kb.temporal import load_grammar

    texts = {
        "de": "Am Dienstag, 3. Mai 2022, um 14.30 Uhr traf er sie; seit Mitte der 1990er Jahre, zwei Wochen "
              "später, im 3. Quartal 2021 und am Di. 4.5. (vom 1. bis 3. Juni) -- jeden Montag, 2019/20.",
        "en": "On Tuesday, May 3, 2022, at 2:30 p.m. they met; since the mid-1990s, two weeks later, in Q3 "
              "2021, on 05/04/2022 and from June 1 to 3 -- every Monday, the '90s, fiscal 2019, 1999-2001.",
    }
    guarded = 0
    for lang, text in texts.items():
        for rule in load_grammar(lang).rules:
            plain = re.compile(rule.pattern)
            guarded += rule.guard is not None
            for t in (text, text.upper(), text.lower()):
                assert [m.span() for m in rule.regex.finditer(t)] == [m.span() for m in plain.finditer(t)], rule.name
    assert guarded
