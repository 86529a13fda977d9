"""The gazetteer's name finder walks a trie (kb.entities.linker._name_spans): the matches of the
regular expression it replaced, ``(?<![\\w\\-])(?:forms, longest first)(?![\\w])``."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from kb.entities.linker import _name_spans

_CHARS = "aAbä-_ .1"


def _trie(forms) -> dict:
    trie: dict = {}
    for form in forms:
        node = trie
        for ch in form:
            node = node.setdefault(ch, {})
        node[""] = {}
    return trie


def _regex_spans(forms, text: str) -> list[tuple[int, int]]:
    alternation = "|".join(re.escape(f) for f in sorted(set(forms), key=len, reverse=True))
    return [m.span() for m in re.finditer(rf"(?<![\w\-])(?:{alternation})(?![\w])", text)]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(_CHARS, min_size=1, max_size=5), min_size=1, max_size=8), st.text(_CHARS, max_size=40))
def test_the_same_matches_as_the_alternation(forms, text):
    assert list(_name_spans(_trie(forms), text)) == _regex_spans(forms, text)


def test_names_in_a_sentence():
    forms = ["Olaf Scholz", "Scholz", "Berlin", "Berliner", "US", "US-Präsident"]
    text = "Olaf Scholz traf in Berlin den US-Präsidenten; die Berliner Mauer, Anti-Scholz, USA."
    spans = list(_name_spans(_trie(forms), text))
    assert [text[a:b] for a, b in spans] == ["Olaf Scholz", "Berlin", "US", "Berliner"]
    assert spans == _regex_spans(forms, text)
