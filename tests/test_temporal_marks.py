"""Marks of temporal rules without a gate (kb.temporal.extract._marks): a text without any of a
rule's marks is not searched for it, so every match must hold one."""

import pytest

from kb.temporal.extract import _marks
from kb.temporal.grammar import load_grammar

TEXTS = {
    "en": "On 3/14/2021 at 09:30 the firm said its 2019-2020 results, filed in '98 and the '90s, "
          "were due on 2024-05-14.",
    "de": "Am 14.03.2021 um 09:30 Uhr, im Jahr 2019/20 und am 2. und 3. Mai 2024 (2024-05-14) tagte der Rat.",
}


@pytest.mark.parametrize("lang", sorted(TEXTS))
def test_every_match_holds_a_mark(lang):
    rules = [r for r in load_grammar(lang).rules if _marks(r.pattern)]
    assert rules
    hits = 0
    for r in rules:
        for m in r.regex.finditer(TEXTS[lang]):
            hits += 1
            assert any(mark in m.group() for mark in _marks(r.pattern)), (r.name, m.group())
    assert hits


def test_marks_have_no_case():
    assert _marks(r"(?P<h>\d\d):(?P<m>\d\d)") == frozenset({":"})
    assert _marks(r"\d+\s*(?:am|pm)") is None  # a letter: its case would need folding
    assert _marks(r"\d+") is None
