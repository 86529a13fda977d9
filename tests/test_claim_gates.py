"""Gates of the claim lexicon's patterns (kb.claims.grammar._finditer): skipping the search where
none of a pattern's words occur finds exactly what the search finds."""

import pytest

from kb.claims.grammar import _finditer, _gate
from kb.claims.lexicon import lexicon

SENTENCES = {
    "en": ["The two leaders met for the third time this year.",
           "SHE VISITED THE CAPITAL TWICE, MOST RECENTLY IN MAY.",
           "The minister toured four countries on the 20th anniversary of the treaty.",
           "Nothing here counts anything."],
    "de": ["Die beiden trafen sich zum zweiten Mal in diesem Jahr.",
           "ER WAR ERSTMALS IN DER HAUPTSTADT, ZULETZT IM MAI.",
           "Die Ministerin besuchte drei Länder zum 20. Jahrestag des Vertrags.",
           "Hier wird nichts gezählt."],
}


def _patterns(lang):
    lex = lexicon(lang)
    return [p for p, _ in lex.again] + lex.times + lex.last + lex.places + lex.anniversary + [lex.windows["since"]]


@pytest.mark.parametrize("lang", sorted(SENTENCES))
def test_gated_search_finds_what_the_search_finds(lang):
    patterns = _patterns(lang)
    assert any(_gate(p) is not None for p in patterns)
    found = 0
    for text in SENTENCES[lang]:
        for p in patterns:
            spans = [m.span() for m in p.finditer(text, 0, len(text))]
            assert [m.span() for m in _finditer(p, text, 0, len(text))] == spans, p.pattern[:60]
            found += len(spans)
    assert found >= 4


@pytest.mark.parametrize("lang", sorted(SENTENCES))
def test_words_present_find_what_the_search_finds(lang):
    from kb.claims.grammar import _words_present

    lex = lexicon(lang)
    patterns = _patterns(lang)
    text = "\n".join(SENTENCES[lang])
    found = 0
    start = 0
    for sentence in SENTENCES[lang]:
        end = start + len(sentence)
        present = _words_present(text, lex, start, end)
        assert present is not None
        for p in patterns:
            spans = [m.span() for m in p.finditer(text, start, end)]
            assert [m.span() for m in _finditer(p, text, start, end, present)] == spans, p.pattern[:60]
            found += len(spans)
        start = end + 1
    assert found >= 4


def test_words_present_give_way_where_case_folding_goes_further():
    from kb.claims.grammar import _words_present

    lex = lexicon("en")
    # "ſ" (long s) and dotless "ı" match "s" and "i" case-insensitively, not when lower-cased
    for text in ("She viſited the capital twice.", "The two met for the thırd time.", "İstanbul, twice."):
        assert _words_present(text, lex, 0, len(text)) is None
        for p in _patterns("en"):
            assert [m.span() for m in _finditer(p, text, 0, len(text))] == [m.span() for m in p.finditer(text)]


def test_only_the_folds_python_names_escape_lower_casing():
    """What the fast path assumes: a character the regex engine matches to a letter of a gate word
    case-insensitively lower-cases to that letter, or to one of the further folds Python lists
    (kb.claims.grammar._FOLDS), or to more than one character."""
    import re
    import sys

    from kb.claims.grammar import _FOLDS, _gate

    letters = {c for lang in SENTENCES for p in _patterns(lang) if _gate(p) for w in _gate(p)[1] for c in w}
    every = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c < 0xE000)
    for x in sorted(letters):
        further = {chr(v) for v in _FOLDS.get(ord(x), ())}
        for m in re.finditer(re.escape(x), every, re.IGNORECASE):
            c = m.group()
            assert c.lower() == x or c.lower() in further or len(c.lower()) != 1, (x, c)


# The number gate (kb.claims.lexicon.number_gate): a sentence it does not match has no token with an
# ordinal or cardinal value and opens no multi-word ordinal, so its noun phrases are not read.
NUMBERED = {
    "en": ["Mara Holt made her third trip to Lisbon.", "It was their 12th meeting.", "They met twice.",
           "The ministers held TWENTY-ONE rounds of talks.", "Her most recent visit was brief.",
           "Ivo Marsh's second term began.", "It was the first-ever summit of the pair.", "They met 3 times."],
    "de": ["Mara Holt reiste zum dritten Mal nach Lissabon.", "Es war ihr 12. Treffen.", "Sie trafen sich EINMAL.",
           "Es war das einundzwanzigste Gespräch der beiden.", "Sie führten sieben Gespräche."],
}
UNNUMBERED = {
    "en": ["Someone phoned the minister and she listened often.", "The talks in Lisbon were frank.",
           "Nobody came; the stone was gone."],
    "de": ["Die Gespräche in Lissabon waren offen.", "Niemand kam zu dem Treffen der Partei."],
}


def _number_tokens(lex, text):
    from kb.claims.grammar import tokens

    return [t.text for t in tokens(text, 0, len(text))
            if any(v is not None for v in lex.values(t.text))
            or any(p.match(text, t.start) for p, _ in lex.multi_ordinals)]


@pytest.mark.parametrize("lang", sorted(NUMBERED))
def test_number_gate_passes_every_sentence_with_a_number_word(lang):
    lex = lexicon(lang)
    assert lex.number_gate is not None
    for text in NUMBERED[lang]:
        assert _number_tokens(lex, text), text
        assert lex.number_gate.search(text), text
        # a possessive's "s" right before the word ("James'sfirst" tokenises as "James's", "first")
        glued = "Ivo's" + text.split()[-2] if lang == "en" else None
        if glued and _number_tokens(lex, glued):
            assert lex.number_gate.search(glued), glued
    for text in UNNUMBERED[lang]:
        assert not _number_tokens(lex, text), text
        assert lex.number_gate.search(text) is None, text


@pytest.mark.parametrize("lang", sorted(NUMBERED))
def test_phrases_are_the_same_without_the_number_gate(lang):
    import dataclasses

    from kb.claims.grammar import phrases

    lex = lexicon(lang)
    ungated = dataclasses.replace(lex, number_gate=None)
    for text in NUMBERED[lang] + UNNUMBERED[lang]:
        assert phrases(text, lex, 0, len(text)) == phrases(text, ungated, 0, len(text)), text


def test_number_gate_gives_way_to_words_it_cannot_bound():
    import dataclasses
    import re

    from kb.claims.lexicon import number_gate

    lex = lexicon("en")
    assert number_gate(dataclasses.replace(lex, ordinals={**lex.ordinals, "no.1-": 1})) is None
    assert number_gate(dataclasses.replace(lex, digits=[re.compile(r"(x|\d)")])) is None


NOT_SINCE = {
    "en": ["The two have not met since 2019.", "She has never visited Oslo since her election.",
           "He did not travel.", "They met after the vote, not before.", "Since May the talks stalled."],
    "de": ["Die beiden haben sich seit 2019 nicht getroffen.", "Sie hat Oslo seit ihrer Wahl nicht besucht.",
           "Er reiste nicht.", "Seit Mai stocken die Gespräche."],
}


@pytest.mark.parametrize("lang", sorted(NOT_SINCE))
def test_not_since_is_the_same_with_the_gate_words_of_the_sentence(lang):
    from kb.claims.grammar import _not_since, _words_present

    lex = lexicon(lang)
    found = 0
    for text in NOT_SINCE[lang]:
        present = _words_present(text, lex, 0, len(text))
        assert present is not None
        gated = _not_since(text, lex, 0, len(text), (), present)
        assert gated == _not_since(text, lex, 0, len(text)), text
        found += len(gated)
    assert found == 2  # the first two sentences; a negation without a window, or a window without one, gives nothing
