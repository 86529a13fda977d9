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
    return [p for p, _ in lex.again] + lex.times + lex.last + lex.places + lex.anniversary


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
