"""Regex programs kept on disk (kb/temporal/programs.py): always the pattern re.compile makes."""

from __future__ import annotations

import json
import re

import pytest

from kb.temporal import cache, programs
from kb.temporal.grammar import load_grammar

PATTERNS = [
    (r"(?<![\w-])(?:Gipfel|summit)(?![\w-])", re.MULTILINE),
    (r"(?P<day>\d{1,2})\.\s*(?P<month>Mai|Juni)(?:\s+(?P<year>\d{4}))?", 0),
    (r"(?=[Mm])(?:morning|Morgen)s?\b", re.IGNORECASE),
    (r"^(?:bis|to)$", 0),
    (r"(?i:president)\s+(\w+)", 0),
]


@pytest.fixture
def fresh(tmp_path, monkeypatch):
    """An empty cache directory and a process that has read nothing from it yet."""
    monkeypatch.setenv("KB_CACHE_DIR", str(tmp_path / "cache"))
    for name, value in (("_compiled", {}), ("_stored", None), ("_new", {}), ("_used", set()), ("_key", None)):
        monkeypatch.setattr(programs, name, value)
    return tmp_path / "cache"


def _restart(monkeypatch) -> None:
    """As a new process: nothing in memory, the file as the last one left it."""
    for name, value in (("_compiled", {}), ("_stored", None), ("_new", {}), ("_used", set())):
        monkeypatch.setattr(programs, name, value)


def test_compiled_and_stored_patterns_equal_re_compile(fresh, monkeypatch):
    for pattern, flags in PATTERNS:
        assert programs.compile(pattern, flags) == re.compile(pattern, flags)
    assert programs.compile(*PATTERNS[0]) is programs.compile(*PATTERNS[0])  # one object per pattern
    programs._write()
    [path] = fresh.glob("regex-programs-*.json")
    _restart(monkeypatch)
    for pattern, flags in PATTERNS:
        from_file = programs.compile(pattern, flags)
        assert from_file == re.compile(pattern, flags)
        assert from_file.groupindex == re.compile(pattern, flags).groupindex
    assert programs._new == {}, "every program came from the file"
    m = programs.compile(*PATTERNS[1]).search("Am 16. Mai 2024 traf er sie")
    assert (m["day"], m["month"], m["year"]) == ("16", "Mai", "2024")
    assert programs.compile(*PATTERNS[2]).search("Good MORNINGS") is not None


def test_a_program_the_engine_refuses_is_compiled_again(fresh, monkeypatch):
    pattern, flags = PATTERNS[1]
    programs.compile(pattern, flags)
    programs._write()
    [path] = fresh.glob("regex-programs-*.json")
    header, body = path.read_text(encoding="utf-8").split("\n", 1)
    stored = json.loads(body)
    for entry in stored.values():
        entry[1] = programs._packed([1, 2, 3])  # not a program
    cache.write("regex-programs", json.loads(header)["key"], stored)
    _restart(monkeypatch)
    assert programs.compile(pattern, flags) == re.compile(pattern, flags)
    assert list(programs._new) == [f"{flags}\0{pattern}"], "compiled anew, to be written again"


def test_a_bad_pattern_raises_as_re_compile_does(fresh):
    with pytest.raises(re.error):
        programs.compile(r"(?P<x>a")


def test_the_grammar_rules_compile_to_re_compiles_patterns():
    for lang in ("de", "en"):
        for rule in load_grammar(lang).rules:
            assert rule.regex == re.compile(rule.guard or rule.pattern), rule.name


def test_what_is_read_off_a_pattern_is_computed_once(fresh, monkeypatch):
    calls = []

    def make():
        calls.append(1)
        return [["mai", "may"], None]

    assert programs.remembered("test-kind", r"\d+\.\s+(?:Mai|May)", make) == [["mai", "may"], None]
    assert programs.remembered("test-kind", r"\d+\.\s+(?:Mai|May)", make) == [["mai", "may"], None]
    programs._write()
    _restart(monkeypatch)
    assert programs.remembered("test-kind", r"\d+\.\s+(?:Mai|May)", make) == [["mai", "may"], None]
    assert programs.remembered("other-kind", r"\d+\.\s+(?:Mai|May)", lambda: "x") == "x"
    assert len(calls) == 1, "made once, then read from memory and from the file"
