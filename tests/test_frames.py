"""The frame step, driven by the EXAMPLE lines of kb/lang/<iso>/frames.txt, plus its data checks."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from kb.frames import FrameDataError, lexicon
from kb.lang import examples
from kb.lang.schema import LanguageDataError
from kb.model import Document
from kb.pipeline import analyse

_DCT = dt.date(2023, 6, 1)
_FEATURES = {"tense", "status", "negated", "passive", "modal", "reported", "nominal"}


def _cases():
    for lang in ("de", "en"):
        for ex in examples(lang, "frames.txt"):
            yield pytest.param(lang, ex, id=f"{lang}: {ex[:60]}")


def _frames(lang: str, text: str):
    analysis = analyse(Document(id="t", text=text, lang=lang, published=_DCT), until="frames")
    return analysis.frames


def _expected(rest: str) -> tuple[str, list[tuple[str, str]]]:
    pred, _, args = rest.partition(":")
    pairs = re.findall(r"(\w+)=(.*?)(?=\s+\w+=|$)", args.strip())
    return pred.strip(), pairs


@pytest.mark.parametrize("lang,example", list(_cases()))
def test_frame_examples(lang, example):
    sentence, _, rest = example.partition(" => ")
    pred, pairs = _expected(rest)
    frames = [f for f in _frames(lang, sentence) if f.predicate.text == pred]
    assert frames, f"no frame for {pred!r} in {sentence!r}"
    frame = frames[0]
    if pairs and pairs[0][0] in _FEATURES:
        for key, value in pairs:
            assert str(getattr(frame.predicate, key)) == value, (key, frame.predicate)
        return
    got = frame.describe(sentence)
    assert got == f"{pred}: {' '.join(f'{k}={v}' for k, v in pairs)}".rstrip(), got


def test_no_predicate_no_frame():
    # a sentence with no verb or event noun of the data has no frame at all
    assert _frames("en", "The weather in Paris was mild.") == []
    assert _frames("de", "Das Wetter in Paris war mild.") == []


def test_comma_alone_makes_no_list():
    # "sagte Scholz, Macron werde kommen": two phrases, not a list of two speakers
    frames = _frames("de", "Das sagte Scholz, Macron werde am Montag nach Berlin reisen.")
    reise = [f for f in frames if f.predicate.lemma == "reisen"][0]
    assert [m.text for m in reise.get("subj")] == ["Macron"]
    assert reise.predicate.reported


def test_every_language_has_examples():
    for lang in ("de", "en"):
        assert len(examples(lang, "frames.txt")) >= 10


def test_malformed_line_names_file_and_line(tmp_path, monkeypatch):
    import sys

    lx = sys.modules["kb.frames.lexicon"]

    bad = tmp_path / "xx"
    bad.mkdir()
    (bad / "frames.txt").write_text("order\tsvo\nprep\tnowhere\tat\n", encoding="utf-8")
    monkeypatch.setattr(lx, "data_path", lambda lang, name: bad / name)
    lx.lexicon.cache_clear()
    try:
        with pytest.raises(LanguageDataError, match=r"frames.txt, line 2: .*'nowhere' is not one of"):
            lx.lexicon("xx")
        # what the declared format leaves to the loader: the fields of a verb line
        (bad / "frames.txt").write_text("order\tsvo\nverb\tmeet\tpassed=met\n", encoding="utf-8")
        lx.lexicon.cache_clear()
        with pytest.raises(FrameDataError, match=r"frames.txt:2: unknown verb field"):
            lx.lexicon("xx")
    finally:
        lx.lexicon.cache_clear()


def test_shipped_data_loads():
    for lang in ("de", "en"):
        lex = lexicon(lang)
        assert lex.verbs and lex.nouns and lex.preps
