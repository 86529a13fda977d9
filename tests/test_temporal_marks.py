"""Marks of temporal rules without a gate (kb.temporal.extract._marks): a text without any of a
rule's marks is not searched for it, so every match must hold one."""

import re

import pytest

from kb.temporal.extract import _marks, _words
from kb.temporal.grammar import load_grammar
from kb.temporal.prefilter import first_characters

TEXTS = {
    "en": "On 3/14/2021 at 09:30 the firm said its 2019-2020 results, filed in '98 and the '90s, "
          "were due on 2024-05-14.",
    "de": "Am 14.03.2021 um 09:30 Uhr, im Jahr 2019/20 und am 2. und 3. Mai 2024 (2024-05-14) tagte der Rat.",
}


def _each_match_holds(lang: str, text: str, required, fold) -> None:
    """Every match of a rule with ``required(pattern)`` strings in ``text`` holds one of them
    (``fold``: the match as the gate sees it), and some rule matches at all."""
    rules = [r for r in load_grammar(lang).rules if required(r.pattern)]
    assert rules
    hits = 0
    for r in rules:
        for m in r.regex.finditer(text):
            hits += 1
            assert any(x in fold(m.group()) for x in required(r.pattern)), (r.name, m.group())
    assert hits


@pytest.mark.parametrize("lang", sorted(TEXTS))
def test_every_match_holds_a_mark(lang):
    _each_match_holds(lang, TEXTS[lang], _marks, lambda s: s)


def test_marks_have_no_case():
    assert _marks(r"(?P<h>\d\d):(?P<m>\d\d)") == frozenset({":"})
    assert _marks(r"\d+\s*(?:am|pm)") is None  # a letter: its case would need folding
    assert _marks(r"\d+") is None


WORD_TEXTS = {
    "en": "In fiscal year 2019, FY2020 and the year 1066, in the '90s, in the 1990s and in the early 2000s, "
          "at 9 a.m. and 5 pm, the first quarter (Q1 2021) and the 19th century, on 3/14/2021.",
    "de": "Im 19. Jahrhundert, im Jahr 2019, im 1. Quartal (Q1 2021), im Geschäftsjahr 2020, "
          "am 14.03.2021 um 9 Uhr und in den 90er Jahren.",
}


@pytest.mark.parametrize("lang", sorted(WORD_TEXTS))
def test_every_match_holds_a_word(lang):
    # kb.temporal.extract._words: a text (lower-cased) without any of them is not searched
    _each_match_holds(lang, WORD_TEXTS[lang], _words, str.lower)


def test_words_need_letters_and_plain_case():
    assert _words(r"\b(?:year|fiscal|FY)\s*\d{4}") == frozenset({"year", "fiscal", "fy"})
    assert _words(r"(?P<h>\d\d):(?P<m>\d\d)") is None  # no letters: _marks
    assert _words(r"(?i:year)\s*\d+") is None
    assert _words(r"ΣΥΝΟΔΟΣ \d+") is None


START_TEXTS = {
    "en": "On 3/14/2021 at 09:30, 9:15 pm and 11 a.m. the firm said its 2019-2020 and 2019-20 results, "
          "filed in '98 and the '90s (1990s), were due on 2024-05-14; 12/31/99, 31/12/1999, 2023/24.",
    "de": "Am 14.03.2021 um 09:30 Uhr, 9 bis 11 Uhr, 10-12 Uhr, im Jahr 2019/20, 2019-21 und am 2. und "
          "3. Mai 2024 (2024-05-14), 14/03/2021, am 1., 2. und 3. Juni, 1998 tagte der Rat; 1990er Jahre.",
}


@pytest.mark.parametrize("lang", sorted(START_TEXTS))
def test_start_characters_find_every_match(lang):
    # a rule whose matches begin with a digit (or a quote) is searched by the regex engine only
    # where one stands (kb.temporal.programs.with_first_characters: its program tells the search),
    # and finds what re.compile's pattern finds searching every place
    text = START_TEXTS[lang] + " " + WORD_TEXTS[lang] + " " + TEXTS[lang]
    rules = [r for r in load_grammar(lang).rules if r.gate is None and first_characters(r.pattern) is not None]
    assert len(rules) >= 5
    hits = 0
    for r in rules:
        expected = [(m.span(), m.groups()) for m in re.compile(r.guard or r.pattern).finditer(text)]
        assert [(m.span(), m.groups()) for m in r.regex.finditer(text)] == expected, r.name
        hits += len(expected)
    assert hits


SET_TEXTS = {
    "en": "Tove Brandt served two years and six months, then three and a half years; three days ago and "
          "a week earlier she met Ilse Varga, the day after, early Monday, last Friday, this morning, "
          "Tuesday night, the following year, every other week, each Sunday evening, twice a month, "
          "the past five years, the coming months, a decade-long feud, at noon Friday, over the years, "
          "in recent weeks, the year-ago quarter, the same period last year, one day she may return.",
    "de": "Jens Falk diente zwei Jahre und sechs Monate, vor drei Tagen und eine Woche zuvor traf er "
          "Ilse Varga, am Tag danach, am frühen Montag, letzten Freitag, heute Morgen, am Dienstagabend, "
          "im folgenden Jahr, jede zweite Woche, jeden Sonntagabend, zweimal im Monat, in den vergangenen "
          "fünf Jahren, in den kommenden Monaten, ein jahrzehntelanger Streit, in diesen Tagen.",
}


@pytest.mark.parametrize("lang", sorted(SET_TEXTS))
def test_every_match_holds_a_string_of_each_set(lang):
    # kb.temporal.extract._also: a text without a string of each of these sets is not searched
    from kb.temporal.extract import _also, _gate_finder

    g = load_grammar(lang)
    text, gate_words = SET_TEXTS[lang], _gate_finder(g)[1]
    rules = [r for r in g.rules if r.gate is not None and _also(r.pattern, r.gate, gate_words)]
    assert len(rules) >= 10
    hits = 0
    for r in rules:
        for m in r.regex.finditer(text):
            hits += 1
            for words in _also(r.pattern, r.gate, gate_words):
                assert any(w in m.group().lower() for w in words), (r.name, m.group(), sorted(words))
    assert hits >= 5


@pytest.mark.parametrize("lang", sorted(SET_TEXTS))
def test_the_sets_skip_no_candidate(lang, monkeypatch):
    from kb.temporal import extract

    g = load_grammar(lang)
    text = SET_TEXTS[lang] + " " + WORD_TEXTS[lang]
    found = [(c.start, c.end, c.under, c.rule) for c in extract.find(text, g)]
    assert len(found) >= 10
    monkeypatch.setattr(extract, "_also", lambda pattern, gate, words: ())
    assert [(c.start, c.end, c.under, c.rule) for c in extract.find(text, g)] == found


def test_required_sets():
    from kb.temporal.prefilter import required_sets

    assert required_sets(r"\d+\s+(?:years?|months?)\s+and\s+(?:a\s+)?half") == [
        frozenset({"year", "month"}), frozenset({"and"}), frozenset({"half"})]
    assert required_sets(r"(?i)\d+\s+years") == []  # case folding beyond str.lower
    assert required_sets(r"\d+") == []
    assert required_sets(r"ΣΥΝΟΔΟΣ \d+") == []  # a sigma: lower-cased by its context
