"""The clean and sentences steps, driven by the EXAMPLE lines of their data files."""

import pytest

from kb import lang as langdata
from kb.clean import boilerplate_spans, is_boilerplate
from kb.sentences import split


def _boilerplate_examples():
    for code in ["", *langdata.available_languages()]:
        for ex in langdata.examples(code, "boilerplate.txt"):
            kind, _, line = ex.partition("|")
            yield pytest.param(code or "de", kind.strip(), line.strip(), id=f"{code or 'any'}:{line.strip()[:30]}")


@pytest.mark.parametrize("lang,kind,line", list(_boilerplate_examples()))
def test_boilerplate_examples(lang, kind, line):
    assert kind in ("boilerplate", "text")
    assert is_boilerplate(line, lang) is (kind == "boilerplate")


def test_every_language_has_boilerplate_examples():
    for code in ("de", "en"):
        assert len(langdata.examples(code, "boilerplate.txt")) >= 5


def test_boilerplate_spans_keep_offsets():
    text = "Kanzler reist nach Paris.\n\nMehr aktuelle News\n© AFP\n"
    spans = boilerplate_spans(text, "de")
    assert [text[s.start:s.end] for s in spans] == ["Mehr aktuelle News", "© AFP"]


def _sentence_examples():
    for code in langdata.available_languages():
        for ex in langdata.examples(code, "abbreviations.txt"):
            text, _, expected = ex.partition("||")
            yield pytest.param(code, text.strip(), [s.strip() for s in expected.split(" | ")], id=f"{code}:{text[:30]}")


@pytest.mark.parametrize("lang,text,expected", list(_sentence_examples()))
def test_sentence_examples(lang, text, expected):
    assert [text[s.start:s.end] for s in split(text, lang)] == expected


def test_sentences_skip_boilerplate_and_split_lines():
    text = "Titel der Meldung\n\nEr kam am Montag. Sie ging.\nMehr aktuelle News\n"
    spans = boilerplate_spans(text, "de")
    got = [text[s.start:s.end] for s in split(text, "de", spans)]
    assert got == ["Titel der Meldung", "Er kam am Montag.", "Sie ging."]


def test_tokens_are_within_their_sentence():
    text = "Der Präsident (63) sagte: „Wir kommen.“ Dann ging er."
    for s in split(text, "de"):
        assert s.tokens and all(s.start <= t.start < t.end <= s.end for t in s.tokens)
        assert all(text[t.start:t.end] == t.text for t in s.tokens)


# The token pattern before its fast first branch: the tokens must stay these.
_PLAIN_TOKEN = r"\w+(?:[-'’.]\w+)*\.?(?<=\w\.\w\.)|\w+(?:[-'’]\w+)*|[^\w\s]"


def test_tokens_as_with_the_plain_pattern():
    import random
    import re

    from kb.sentences import tokenize

    plain = re.compile(_PLAIN_TOKEN)
    texts = ["The U.S.-based firm's chief met z.B. Dr. O'Neill in St. Louis on Jan. 5.",
             "Die E.U.-Kommission (3,5 Mio.) tagte am 16. Mai in Sankt-Petersburg.",
             "well-known.Then a.b.c. a.b-c.d. x.y.z", "U.S. U.S U.S.A. 1.2.3. e.g.,"]
    rnd = random.Random(7)
    texts += ["".join(rnd.choice("aB1.'’-_ \n,Üß") for _ in range(rnd.randint(1, 16))) for _ in range(20000)]
    for text in texts:
        assert [(t.start, t.end) for t in tokenize(text)] == [m.span() for m in plain.finditer(text)], text
