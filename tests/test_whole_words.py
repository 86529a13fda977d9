"""Name forms found with str.find (kb.entities.coref._whole_words) are what the regex of the forms finds."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from kb.entities.coref import _whole_words


def _by_regex(text: str, forms: list[str]) -> list[tuple[int, str]]:
    pattern = re.compile(r"(?<![\w\-])(?:" + "|".join(map(re.escape, forms)) + r")(?![\w\-])")
    return [(m.start(), m.group(0)) for m in pattern.finditer(text)]


def test_overlapping_and_inflected_forms():
    text = "Ana Lind met Lind-Berg, Linds and Lind_x; then Lind, Ana Lind's aide, and Lindqvist (Lind)."
    forms = sorted(["Ana Lind", "Lind", "Linds", "Ana"], key=len, reverse=True)
    assert _whole_words(text, forms) == _by_regex(text, forms)
    assert [form for _, form in _whole_words(text, forms)] == ["Ana Lind", "Linds", "Lind", "Ana Lind", "Lind"]
    # "²" is a word character to the regex too (a digit): no match glued to it
    assert _whole_words("Mária Nováková², Nováková", ["Nováková"]) == [(17, "Nováková")] == \
        _by_regex("Mária Nováková², Nováková", ["Nováková"])


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab -_.é²'", max_size=40),
       st.lists(st.text(alphabet="ab -é'", min_size=1, max_size=4), min_size=1, max_size=5, unique=True))
def test_as_the_regex_finds(text, forms):
    forms = sorted(forms, key=len, reverse=True)
    assert _whole_words(text, forms) == _by_regex(text, forms)


def test_word_characters_are_the_regex_engines():
    import sys

    from kb.entities.coref import _word_char

    word = re.compile(r"[\w\-]")
    assert all((word.match(chr(i)) is not None) == _word_char(chr(i)) for i in range(sys.maxunicode + 1))
