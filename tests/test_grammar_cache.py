"""The temporal grammar's on-disk cache (kb/temporal/cache.py): same grammar, rebuilt when in doubt."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from kb.temporal import cache, grammar, tag, tense

TEXT = "Am Donnerstag, dem 16. Mai 2024, traf er sie; seit Februar 2022 und vor zwei Jahren nicht."
REF = dt.date(2024, 5, 20)


@pytest.fixture
def cache_dir(tmp_path, monkeypatch):
    """An empty cache directory; the in-memory caches cleared around the test."""
    def clear():
        grammar.load_grammar.cache_clear()
        tense._cue_table.cache_clear()
    clear()
    monkeypatch.setenv("KB_CACHE_DIR", str(tmp_path / "cache"))
    yield tmp_path / "cache"
    monkeypatch.undo()
    clear()


def _fresh(lang: str = "de") -> grammar.Grammar:
    grammar.load_grammar.cache_clear()
    tense._cue_table.cache_clear()
    return grammar.load_grammar(lang)


def _same(a: grammar.Grammar, b: grammar.Grammar) -> None:
    assert [(r.name, r.type, r.template, r.pattern, r.gate) for r in a.rules] == \
           [(r.name, r.type, r.template, r.pattern, r.gate) for r in b.rules]
    assert (a.words, a.defines, a.tense) == (b.words, b.defines, b.tense)
    for attr in grammar._CUES:
        assert getattr(a, attr) == getattr(b, attr)


def _files(directory):
    return sorted(directory.glob("temporal-de-*.json"))


def test_a_cached_grammar_is_the_built_one(cache_dir):
    built = _fresh()
    expected = tag(TEXT, "de", REF)
    [path] = _files(cache_dir)
    cached = _fresh()
    _same(built, cached)
    assert all(r._regex is None for r in cached.rules), "nothing compiled before a text needs it"
    assert tag(TEXT, "de", REF) == expected and len(expected) >= 3
    compiled = sum(r._regex is not None for r in cached.rules)
    assert 0 < compiled < len(cached.rules) / 2, "only the rules whose words occur are compiled"
    assert _files(cache_dir) == [path]


@pytest.mark.parametrize("damage", [
    lambda b: b[: len(b) // 2],                                  # truncated
    lambda b: b"not json\n" + b,                                 # garbage header
    lambda b: b.replace(b'"DATE"', b'"TIME"', 1),                # payload edited, checksum not
    lambda b: b.replace(b'"format": 1', b'"format": 99', 1),     # another format
    lambda b: b"",
])
def test_a_damaged_cache_file_is_rebuilt(cache_dir, damage):
    built = _fresh()
    [path] = _files(cache_dir)
    good = path.read_bytes()
    path.write_bytes(damage(good))
    _same(built, _fresh())
    assert path.read_bytes() == good


def test_an_unwritable_cache_directory_is_not_used(tmp_path, monkeypatch):
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    monkeypatch.setenv("KB_CACHE_DIR", str(blocker / "cache"))  # cannot be created under a file
    g = _fresh()
    try:
        assert len(g.rules) > 50 and tag(TEXT, "de", REF)
        assert not cache.write("temporal-test", "0" * 64, {"a": 1})
    finally:
        monkeypatch.undo()
        grammar.load_grammar.cache_clear()
        tense._cue_table.cache_clear()


def test_without_a_home_directory_there_is_no_cache(monkeypatch, cache_dir):
    monkeypatch.delenv("KB_CACHE_DIR")
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)

    def no_home():
        raise RuntimeError("Could not determine home directory.")
    monkeypatch.setattr(cache.Path, "home", staticmethod(no_home))
    assert len(_fresh().rules) > 50 and tag(TEXT, "de", REF)
    assert cache.read("temporal-de", "0" * 64) is None and not cache.write("temporal-x", "0" * 64, {})


def test_the_key_follows_the_data_files(tmp_path):
    data = tmp_path / "temporal-patterns.txt"
    data.write_text("a\n", encoding="utf-8")
    first = cache.content_key("temporal-de", [data])
    assert cache.content_key("temporal-de", [data]) == first
    data.write_text("b\n", encoding="utf-8")
    assert cache.content_key("temporal-de", [data]) != first
    assert cache.content_key("temporal-en", [data]) != cache.content_key("temporal-de", [data])
    data.unlink()
    assert cache.content_key("temporal-de", [data]) not in (first,)


def test_a_file_under_another_key_is_not_read(tmp_path):
    key = "a" * 64
    assert cache.write("temporal-x", key, {"v": 1}, tmp_path)
    assert cache.read("temporal-x", key, tmp_path) == {"v": 1}
    other = "a" * 32 + "b" * 32  # same file name, another key
    assert cache.read("temporal-x", other, tmp_path) is None
    path = next(tmp_path.glob("temporal-x-*.json"))
    header = json.loads(path.read_bytes().splitlines()[0])
    assert header["key"] == key and header["format"] == cache.FORMAT


def test_cache_dir_defaults(monkeypatch, tmp_path):
    monkeypatch.delenv("KB_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert cache.cache_dir() == tmp_path / "kb"
    monkeypatch.delenv("XDG_CACHE_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert cache.cache_dir() == tmp_path / "home" / ".cache" / "kb"
    monkeypatch.setenv("KB_CACHE_DIR", str(tmp_path / "explicit"))
    assert cache.cache_dir() == tmp_path / "explicit"
