"""Regex programs kept on disk (kb/temporal/programs.py): always the pattern re.compile makes, or
one that differs from it only in the first characters its program tells the engine's search."""

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
    (r"(?<![\d.])\b(?P<year>1[5-9]\d\d|20\d\d)\b", 0),
    (r"\b(?:am|vom)\s+(?P<day>\d{1,2})\.", re.MULTILINE),
]

# texts the patterns above find something in, and some where they find nothing
TEXTS = [
    "Am 16. Mai 2024 traf der Gipfel-Rat sie; vom 3. Juni 1998 bis 2031, am 4.",
    "Good MORNINGS, said the PRESIDENT Alva Renn at the summit in 1850 (summit-ready).",
    "bis", "to", "", "1.2024 20245 x1999 Gipfel summit", "Ämter 2. Mai",
]


def _same(compiled: re.Pattern, pattern: str, flags: int) -> None:
    """``compiled`` finds what ``re.compile(pattern, flags)`` finds, with the same groups."""
    expected = re.compile(pattern, flags)
    assert (compiled.pattern, compiled.flags, compiled.groups, compiled.groupindex) == \
        (expected.pattern, expected.flags, expected.groups, expected.groupindex)
    for text in TEXTS:
        assert [(m.span(), m.groups()) for m in compiled.finditer(text)] == \
            [(m.span(), m.groups()) for m in expected.finditer(text)], (pattern, text)
        for start, end in ((3, 40), (10, 12)):
            assert [m.span() for m in compiled.finditer(text, start, end)] == \
                [m.span() for m in expected.finditer(text, start, end)]
        assert [m.span() for m in compiled.finditer(text.upper())] == [m.span() for m in expected.finditer(text.upper())]


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
        _same(programs.compile(pattern, flags), pattern, flags)
    assert programs.compile(*PATTERNS[0]) is programs.compile(*PATTERNS[0])  # one object per pattern
    programs._write()
    [path] = fresh.glob("regex-programs-*.json")
    _restart(monkeypatch)
    for pattern, flags in PATTERNS:
        _same(programs.compile(pattern, flags), pattern, flags)
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
    _same(programs.compile(pattern, flags), pattern, flags)
    assert list(programs._new) == [f"{flags}\0{pattern}"], "compiled anew, to be written again"


def test_a_bad_pattern_raises_as_re_compile_does(fresh):
    with pytest.raises(re.error):
        programs.compile(r"(?P<x>a")


def test_the_grammar_rules_compile_to_re_compiles_patterns():
    for lang in ("de", "en"):
        for rule in load_grammar(lang).rules:
            assert rule.regex.pattern == (rule.guard or rule.pattern), rule.name
            assert rule.regex.groupindex == re.compile(rule.regex.pattern).groupindex, rule.name


def _first_characters_told(compiled: re.Pattern) -> bool:
    """Whether the program tells the engine's search a set of first characters (its information
    block's flags; the engine's code is not public, read from what Python's compiler makes)."""
    from re import _constants, _parser

    code = programs._first_character_code(_parser.parse(compiled.pattern, compiled.flags), compiled.flags)
    return code is not None and code[2] == _constants.SRE_INFO_CHARSET


def test_a_pattern_that_opens_with_a_lookbehind_is_searched_by_its_first_characters(fresh):
    from re import _parser

    # Python's compiler finds no first character behind a lookbehind or a word boundary
    for pattern, flags in PATTERNS[:2] + PATTERNS[5:]:
        assert _first_characters_told(re.compile(pattern, flags)), pattern
        _same(programs.compile(pattern, flags), pattern, flags)
        _same(programs.with_first_characters(re.compile(pattern, flags)), pattern, flags)
    # none where the compiler finds its own, where a match may be empty or begin with any
    # character, nor under an inline case-insensitive flag or LOCALE
    for pattern, flags in [(r"Mai|Juni", 0), (r"\b(?:x)?", 0), (r"\b.\d", 0), (r"\b(?:mai|juni)", re.LOCALE),
                           (r"\b(?i:mai|juni)", 0), (r"\b[^a]b", 0), (r"(?<=x)(?P<a>y)?(?P=a)", 0)]:
        parsed = _parser.parse(pattern.encode() if flags & re.LOCALE else pattern, flags)
        assert programs._first_character_code(parsed, flags) is None, pattern
        compiled = re.compile(pattern.encode() if flags & re.LOCALE else pattern, flags)
        assert programs.with_first_characters(compiled) is compiled


def test_a_case_insensitive_pattern_is_searched_by_every_case_of_its_first_characters(fresh):
    # the engine's case folding matches more than upper and lower case: the Kelvin sign for "k",
    # a long s for "s", a dotted capital I for "i"; a digit has no case
    texts = ["KINO kino Kino \u212aino ſie SIE Sie İran IRAN ıran 3 Kinos", "xkino, -sie", "", "Ärger ärger"]
    for pattern, flags in [(r"(?<![\w-])(?:kino|sie|iran|\d)\b", re.IGNORECASE),
                           (r"\b(?:[ks]ie|ärger)", re.IGNORECASE), (r"\b(?:KINO|Ärger)", re.IGNORECASE | re.ASCII)]:
        parsed = _parser_parse(pattern, flags)
        assert programs._first_character_code(parsed, flags) is not None, pattern
        assert programs._first_character_code(parsed, flags, folded=False) is None, pattern
        compiled, expected = programs.compile(pattern, flags), re.compile(pattern, flags)
        for text in texts:
            assert [m.span() for m in compiled.finditer(text)] == [m.span() for m in expected.finditer(text)]
        assert [m.group() for m in compiled.finditer(texts[0])][:4] == ["KINO", "kino", "Kino", "\u212aino"] \
            or "KINO" in pattern or "ärger" in pattern
    # patterns made per process are not searched so (the table of cases costs time)
    assert programs.with_first_characters(re.compile(r"\b(?:kino)", re.IGNORECASE)) is \
        re.compile(r"\b(?:kino)", re.IGNORECASE)


def _parser_parse(pattern: str, flags: int):
    from re import _parser

    return _parser.parse(pattern, flags)


@pytest.mark.parametrize("lang", ["de", "en"])
def test_the_grammar_rules_find_what_re_compile_finds(lang):
    texts = ["Am Montag, dem 16. Mai 2024, um 9.30 Uhr, zwei Jahre und sechs Monate nach 1998/99; in den "
             "1990er Jahren, seit Anfang März, vor drei Tagen, jeden zweiten Dienstag, im Frühjahr 2025.",
             "On Monday, May 16, 2024, at 9:30 a.m., two years and six months after 1998-99; in the 1990s, "
             "since early March, three days ago, every other Tuesday, in the spring of 2025, FY2024, Q3."]
    told = 0
    for rule in load_grammar(lang).rules:
        source = rule.guard or rule.pattern
        told += _first_characters_told(rule.regex)
        expected = re.compile(source)
        for text in texts:
            assert [(m.span(), m.groups()) for m in rule.regex.finditer(text)] == \
                [(m.span(), m.groups()) for m in expected.finditer(text)], rule.name
    assert told > len(load_grammar(lang).rules) * 0.8


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
