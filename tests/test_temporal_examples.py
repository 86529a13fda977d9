"""Runs the ``# EXAMPLE:`` lines of the temporal data files.

Format of an example: ``<reference> | <text> | <expected timex text> | <expected value>``
where <reference> is a date (news mode, the publication date), ``none`` (no
reference date: the value must stay underspecified) or ``narrative <date>``.
An expected value ``-`` says the text holds no timex covering <expected timex
text> ("in his 60s" is an age, not a decade).
"""

from __future__ import annotations

import datetime as dt

import pytest

from kb import lang as langdata
from kb.temporal import tag

FILES = ("temporal-words.txt", "temporal-patterns.txt", "temporal-tense.txt")


def _examples(lang):
    out = []
    for name in FILES:
        for ex in langdata.examples(lang, name):
            out.append(pytest.param(lang, ex, id=f"{lang}/{name}: {ex[:60]}"))
    return out


ALL = _examples("de") + _examples("en")


@pytest.mark.parametrize("lang", ["de", "en"])
def test_at_least_150_examples_per_language(lang):
    assert sum(len(langdata.examples(lang, n)) for n in FILES) >= 150


@pytest.mark.parametrize("lang,example", ALL)
def test_example(lang, example):
    ref, text, expected_text, expected_value = (f.strip() for f in example.split(" | "))
    mode = "news"
    if ref.startswith("narrative"):
        mode, ref = "narrative", ref.split()[1]
    dct = None if ref == "none" else dt.date.fromisoformat(ref)
    found = tag(text, lang, dct, mode)
    got = {t.text: t for t in found}
    if expected_value == "-":
        assert not any(expected_text in t.text for t in found), [t.text for t in found]
        return
    assert expected_text in got, f"{expected_text!r} not found in {[t.text for t in found]}"
    timex = got[expected_text]
    assert timex.value == expected_value
    if dct is None and timex.type in ("DATE", "TIME") and timex.underspecified:
        assert timex.resolved is False
        assert timex.earliest is None and timex.latest is None
