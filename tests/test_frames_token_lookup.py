"""The frame builder's token lookups by bisection (kb.frames.build._Sentence: words, within,
words_within, first_word and the word tokens' indices) find what a test of every token finds."""

import re

import pytest

from kb.frames import lexicon
from kb.frames.build import _Sentence
from kb.sentences import split

TEXTS = {
    "en": "Mara Holt, who arrived on Sunday, met Ivo Marsh -- the mayor -- in Lisbon and then left (briefly).",
    "de": "Nachdem Mara Holt am Montag, dem 3. Mai, in Lissabon angekommen war, traf sie Ivo Marsh, der dort lebt.",
}
_WORD = re.compile(r"\w")


@pytest.mark.parametrize("lang", sorted(TEXTS))
def test_bisected_lookups_match_a_scan_of_every_token(lang):
    text = TEXTS[lang]
    (sent,) = split(text, lang)
    s = _Sentence(text, lang, lexicon(lang), sent, [], [])
    toks = sent.tokens
    assert s.worded == [i for i, t in enumerate(toks) if _WORD.match(t.text)]
    places = sorted({0, len(text)} | {t.start for t in toks} | {t.end for t in toks} | {t.start + 1 for t in toks})
    for a in places:
        first = next((t for t in toks if t.start >= a and _WORD.match(t.text)), None)
        assert s.first_word(a) == first
        for b in places:
            assert s.words(a, b) == [t.text for t in toks if a <= t.start and t.end <= b]
            assert s.within(a, b) == [t for t in toks if a <= t.start < b]
            assert s.words_within(a, b) == [t for t in toks if a <= t.start < b and _WORD.match(t.text)]


def test_a_sentence_of_punctuation_has_no_first_word():
    text = "-- (!) --"
    for sent in split(text, "en"):
        s = _Sentence(text, "en", lexicon("en"), sent, [], [])
        assert s.first_word(sent.start) is None and s.words_within(0, len(text)) == []
