"""Stop 37 (issue 16): one search where each token of a clause was tried against every pattern
of a multi-word number ("dozens of", "most recent") and two functions were called for it.

The guard must leave every answer as it was: the sentences below (written for these tests) are
read with the guard and with every token tried, and the answers compared.
"""

import importlib
import re

import pytest

from kb.claims import grammar

lexicon_module = importlib.import_module("kb.claims.lexicon")

SENTENCES_EN = [  # with and without number words and cues
    "Dozens of meetings between the two ministers took place in Brackwater last year.",
    "Scores of delegates arrived for the third round of talks on Tuesday.",
    "The most recent meeting of the council was held in Norfield in May.",
    "A hundred protests were reported across the province of Elmshire.",
    "The mayor of Kelby visited the harbour and spoke to fishermen.",  # no number: nothing
    "It was the first visit by a Lindorian president since 1999.",
    "The summit is planned for next spring, the ministry said.",
    "The talks did not take place, and no date was set.",
    "Talks may resume in June if both sides agree.",
    "Negotiators met in Corvale on Monday.",  # no cue: no status
]
SENTENCES_DE = [
    "Das geplante Treffen der Außenminister in Hallweiler findet nicht statt.",
    "Der Bürgermeister von Ostfeld besuchte am Montag die Werft.",  # kein Hinweis: kein Status
    "Ein Besuch in Brunnwald sei möglich, sagte die Sprecherin.",
    "Die Gespräche dauern noch an.",
    "Bereits im März hatte sie Talbrück besucht.",
]


def _np_one_by_one(text, toks, lex, end, skip=()):
    """grammar._np_phrases as it was without the lexicon's ``multi_start`` guard."""
    saved = lex.multi_start
    try:
        object.__setattr__(lex, "multi_start", re.compile(r"(?s).|$"))  # matches everywhere: no token skipped
        return grammar._np_phrases(text, toks, lex, end, skip)
    finally:
        object.__setattr__(lex, "multi_start", saved)


@pytest.mark.parametrize("lang,text", [("en", s) for s in SENTENCES_EN] + [("de", s) for s in SENTENCES_DE]
                         + [("de", "Dutzende Gespräche und ein halbes Dutzend Treffen folgten in Hallweiler.")])
def test_np_phrases_same_with_the_multi_word_guard(lang, text):
    lex = lexicon_module.lexicon(lang)
    toks = grammar.tokens(text, 0, len(text))
    assert grammar._np_phrases(text, toks, lex, len(text)) == _np_one_by_one(text, toks, lex, len(text))


def test_multi_start_is_the_alternation_of_both_lists():
    lex = lexicon_module.lexicon("en")
    assert lex.multi_cardinals and lex.multi_ordinals
    for text in ("dozens of visits", "Most  recent talks", "a hundred marches", "dozen visits", "recent talks"):
        one_by_one = any(p.match(text) for p, _ in lex.multi_ordinals + lex.multi_cardinals)
        assert (lex.multi_start.match(text) is not None) == one_by_one, text
    assert grammar._np_phrases("Dozens of meetings were held.", grammar.tokens("Dozens of meetings were held.", 0, 29),
                               lex, 29)
    plain = "The mayor of Kelby visited the harbour."
    assert grammar._np_phrases(plain, grammar.tokens(plain, 0, len(plain)), lex, len(plain)) == []


def test_worker_batches_keep_the_order_and_end_small():
    """``kb ingest --workers``: batches of BATCH documents (one set of screen queries each), the
    last ``workers x BATCH`` documents in batches of a quarter of that, so the workers end together."""
    from kb import parallel

    for n in (0, 1, 7, 63, 64, 65, 96, 97, 300):
        batches = list(parallel._batches(range(n), 32, last=64))
        assert [d for b in batches for d in b] == list(range(n))
        assert all(len(b) <= 32 for b in batches)
        assert all(len(b) <= 8 for b in batches[-(min(n, 64) // 8):]) if n else batches == []
    assert [len(b) for b in parallel._batches(range(200), 32, last=64)] == [32] * 4 + [8] * 9
    assert [len(b) for b in parallel._batches(range(5), 1, last=2)] == [1] * 5  # a batch of one stays one
    assert [len(b) for b in parallel._batches(iter(range(40)), 16)] == [16, 16, 8]  # nothing held back
