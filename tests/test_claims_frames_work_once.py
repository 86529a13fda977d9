"""The claim grammar and the frame builder look a word up once (issue 16, Stop 32): the ordinal and
cardinal values of a token come from one remembered pair (:meth:`kb.claims.lexicon.Lexicon.values`),
and the frame builder's test for a verb or an event noun in a sentence reads the nouns' remembered
answers without a call per token. The answers must be those of the calls they spare, the first
time a word is seen and after."""

from __future__ import annotations

import datetime as dt

import pytest

from kb.claims.lexicon import lexicon
from kb.model import Document
from kb.pipeline import analyse


@pytest.mark.parametrize("lang,words", [
    ("en", ["third", "3rd", "seven", "twenty-one", "most", "Tallinn", "the", "12", "1999", "first"]),
    ("de", ["dritten", "3.", "sieben", "einundzwanzigsten", "Oslo", "der", "erste", "zwölf"]),
])
def test_the_remembered_pair_is_the_ordinal_and_the_cardinal(lang, words):
    lex = lexicon(lang)
    for word in words * 2:  # the second time from what was remembered
        assert lex.values(word) == (lex.ordinal(word), lex.cardinal(word))
        assert lex.values_of[word] == lex.values(word)


def _claims(lang: str, text: str) -> list[tuple]:
    doc = Document(id="c", text=text, lang=lang, published=dt.date(2025, 5, 14))
    return [(c.kind, c.value, c.event_type) for c in analyse(doc).claims]


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Chancellor Lena Vogt arrived in Riga on Tuesday on her third visit to Latvia.",
     [("ordinal", 3, "StateVisit")]),
    ("en", "Prime Minister Ada Wanjiru and President Tom Berg have met seven times since 2021.",
     [("count", 7, "Meeting")]),
    ("de", "Kanzlerin Lena Vogt reiste am Dienstag zu ihrem dritten Besuch nach Riga.",
     [("ordinal", 3, "StateVisit")]),
    ("en", "The weather in Riga was mild on Tuesday, with seven hours of sun.", []),  # no claim
])
def test_claims_read_the_same_twice(lang, text, expected):
    first = _claims(lang, text)
    assert [c for c in first if c in expected] == expected and (expected or not first)
    assert _claims(lang, text) == first  # with every word remembered


@pytest.mark.parametrize("lang,text,has_frames", [
    ("en", "President Tom Berg visited Oslo on Monday.", True),
    ("de", "Kanzlerin Lena Vogt besuchte am Montag Oslo.", True),
    ("en", "Oslo, Monday, 14 May.", False),  # no verb and no event noun: no frame
])
def test_frames_found_the_same_with_the_nouns_remembered(lang, text, has_frames):
    doc = Document(id="f", text=text, lang=lang, published=dt.date(2025, 5, 14))
    first = [(f.predicate.lemma, f.predicate.start) for f in analyse(doc, until="frames").frames]
    assert bool(first) == has_frames
    assert [(f.predicate.lemma, f.predicate.start) for f in analyse(doc, until="frames").frames] == first
