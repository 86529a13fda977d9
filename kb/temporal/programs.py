r"""Compiled regular expressions kept on disk: the engine's programs of the language data's patterns.

Python compiles a regular expression in Python code (parse, then code generation) and hands the
regex engine a list of integers, its program. For the large generated patterns of the language
data (temporal rules, trigger rules and their gates) that costs every process half a second or
more, a third of what ``kb ingest`` spends before its first document. :func:`compile` keeps the
programs in one file of kb's on-disk cache (:mod:`kb.temporal.cache`; JSON, checked by its
SHA-256, under a key of Python's version and the regex engine's), read once per process; a
pattern not in it is compiled as usual and the file rewritten at exit with it. The engine checks
a program it is given and refuses a malformed one; any failure falls back to :func:`re.compile`,
so the patterns are always the same as ``re.compile``'s (``tests/test_regex_programs.py``).

Only patterns from the language data go through here, not those made per document (a name's
forms): the file holds what every process needs.

A program differs from ``re.compile``'s in one place, for the patterns Python's compiler finds no
first character for (those that open with a lookbehind or a word boundary, as most of the
language data's do: ``(?<![\w-])(?:Gipfel|summit)``): its information block tells the engine's
search the characters a match can begin with (:func:`with_first_characters`), as Python's compiler
does for a pattern that opens with a character class. The search then skips in C to the places
where such a character stands, instead of trying the pattern (its lookbehind first) at every place
of a text. The matches are the same.
"""

from __future__ import annotations

import array
import atexit
import base64
import re
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

__all__ = ["compile", "remembered", "with_first_characters"]

_NAME = "regex-programs"
_WORD = "I"  # an unsigned machine word of the regex engine's code (checked against _sre.CODESIZE)
_MAX_ENTRIES = 20_000  # beyond this, a rewrite keeps only what this process used

_compiled: dict[tuple[str, int], re.Pattern] = {}
_stored: dict[str, list] | None = None  # "flags\0pattern" -> program, as read from the file
_new: dict[str, list] = {}  # programs made by this process, to be written at exit
_used: set[str] = set()
_key: str | None = None


def compile(pattern: str, flags: int = 0) -> re.Pattern:  # noqa: A001 - re.compile's name and signature
    """``re.compile(pattern, flags)``, from the program stored on disk when there is one."""
    flags = int(flags)
    known = _compiled.get((pattern, flags))
    if known is not None:
        return known
    entry = f"{flags}\0{pattern}"
    stored = _load().get(entry)
    compiled = _from_program(pattern, stored) if stored is not None else None
    if compiled is None:
        program = _program(pattern, flags)
        compiled = _from_program(pattern, program) if program is not None else None
        if compiled is None:
            compiled = re.compile(pattern, flags)
        else:
            _remember(entry, program)
    _used.add(entry)
    _compiled[pattern, flags] = compiled
    return compiled


def remembered(kind: str, pattern: str, make: Callable[[], Any]) -> Any:
    """``make()`` (JSON-able: what comes back is as JSON gives it back, lists for tuples), kept
    in the same file under ``kind`` and ``pattern``: what kb reads off a language-data pattern by
    parsing it (:func:`kb.temporal.prefilter.required_literals`), computed once, not per process."""
    entry = f"{kind}\0{pattern}"
    stored = _load()
    if entry in stored:
        _used.add(entry)
        return stored[entry]
    if entry in _new:
        return _new[entry]
    value = make()
    _remember(entry, value)
    _used.add(entry)
    return value


def _remember(entry: str, value) -> None:
    if not _new and _key is not None:
        atexit.register(_write)
    _new[entry] = value


def _program(pattern: str, flags: int) -> list | None:
    """What ``re.compile`` hands the regex engine (with the first characters a match begins with:
    :func:`_first_character_code`), JSON-able; None where Python does not say how."""
    try:
        from re import _compiler, _parser

        if flags & re.DEBUG:
            return None
        parsed = _parser.parse(pattern, flags)
        try:
            code = _first_character_code(parsed, flags)
        except Exception:  # noqa: BLE001 - another Python's private API: the compiler's own program
            code = None
        code = code or _compiler._code(parsed, flags)
        groupindex = dict(parsed.state.groupdict)
        indexgroup = [None] * parsed.state.groups
        for name, index in groupindex.items():
            indexgroup[index] = name
        return [flags | parsed.state.flags, _packed(code), parsed.state.groups - 1, groupindex, indexgroup]
    except (ImportError, AttributeError, TypeError, ValueError, OverflowError):
        return None


def _first_character_code(parsed, flags: int, folded: bool = True) -> list[int] | None:
    """The program of the parsed pattern with the characters its matches begin with in its
    information block, where Python's compiler puts neither a literal prefix nor a character set
    there and they are known (:func:`kb.temporal.prefilter.first_items`); None otherwise. Under
    IGNORECASE (with ``folded``) the block holds every character the engine's case folding
    matches to one of them (:func:`_case_variants`: the search tests a character as it stands);
    under LOCALE none."""
    from re import _compiler
    from re import _constants as c

    from kb.temporal.prefilter import first_items

    flags = parsed.state.flags | flags
    if flags & re.LOCALE or (flags & re.IGNORECASE and not folded):
        return None
    lo, hi = parsed.getwidth()
    items = first_items(parsed) if lo > 0 else None
    if items and flags & re.IGNORECASE:
        items = _case_variants(items, flags)
    if not items or _compiler._get_literal_prefix(parsed, flags)[0] or _compiler._get_charset_prefix(parsed, flags):
        return None
    charset = [(c.CATEGORY, c.CATEGORY_DIGIT) if item == "digit" else
               (c.LITERAL, item[0]) if item[0] == item[1] else (c.RANGE, tuple(item)) for item in items]
    # the block _compiler._compile_info writes for a pattern that opens with a character set
    code = [c.INFO, 0, c.SRE_INFO_CHARSET, min(lo, _compiler.MAXCODE), min(hi, _compiler.MAXCODE)]
    _compiler._compile_charset(_compiler._optimize_charset(charset)[0], flags & ~re.IGNORECASE, code)
    code[1] = len(code) - 1
    _compiler._compile(code, parsed.data, flags)
    code.append(c.SUCCESS)
    return code


_lowered_from: dict[int, list[int]] | None = None  # a character -> those the engine lowers to it


def _case_variants(items: list, flags: int) -> list | None:
    """The first characters of a pattern under IGNORECASE with every character that matches one
    of them there: those whose lower case (as the regex engine lowers, ``_sre.unicode_tolower``;
    ASCII letters only under ASCII) is the lower case of one, or one of the extra cases Python's
    compiler adds to it (``re._casefix``: "ſ" for "s"); None for a range too wide to read."""
    import _sre

    if flags & re.ASCII:
        lower, extra, table = _sre.ascii_tolower, {}, {cp: [cp - 32] for cp in range(97, 123)}
    else:
        from re._casefix import _EXTRA_CASES

        global _lowered_from
        if _lowered_from is None:  # once per process, and only where a program is made anew
            _lowered_from = {}
            for cp in range(0x110000):
                low = _sre.unicode_tolower(cp)
                if low != cp:
                    _lowered_from.setdefault(low, []).append(cp)
        lower, extra, table = _sre.unicode_tolower, _EXTRA_CASES, _lowered_from
    out: list = []
    for item in items:
        if item == "digit":
            out.append(item)
            continue
        if item[1] - item[0] > 256:
            return None
        for cp in range(item[0], item[1] + 1):
            low = lower(cp)
            for same in (low, *extra.get(low, ())):
                out += [(x, x) for x in (same, *table.get(same, ()))]
    return list(dict.fromkeys(out))


def with_first_characters(pattern: re.Pattern) -> re.Pattern:
    """``pattern`` with the characters its matches begin with in its program (see the module's
    text): the same matches, searched faster; not kept on disk (for patterns made from a
    gazetteer or a document); ``pattern`` itself where nothing is known or the engine refuses it,
    and under IGNORECASE (whose characters :func:`_case_variants` reads off a table it makes once:
    a stored program needs it once, this would in every process)."""
    try:
        import _sre
        from re import _parser

        parsed = _parser.parse(pattern.pattern, pattern.flags)
        code = _first_character_code(parsed, pattern.flags, folded=False)
        if code is None:
            return pattern
        indexgroup = [None] * (pattern.groups + 1)
        for name, index in pattern.groupindex.items():
            indexgroup[index] = name
        return _sre.compile(pattern.pattern, pattern.flags, code, pattern.groups, dict(pattern.groupindex),
                            tuple(indexgroup))
    except Exception:  # noqa: BLE001 - another Python's private API, a program the engine refuses
        return pattern


def _packed(code: list[int]) -> str:
    """The program's code as text: its machine words compressed, base64 (a tenth of the time
    JSON takes to read a list of numbers; ~1 MB for both languages' patterns)."""
    import _sre

    words = array.array(_WORD)
    if words.itemsize != _sre.CODESIZE:
        raise ValueError("no array type of the engine's code size")
    words.fromlist(code)
    return base64.b64encode(zlib.compress(words.tobytes(), 1)).decode("ascii")


def _from_program(pattern: str, program: list) -> re.Pattern | None:
    try:
        import _sre

        flags, packed, groups, groupindex, indexgroup = program
        words = array.array(_WORD)
        words.frombytes(zlib.decompress(base64.b64decode(packed)))
        return _sre.compile(pattern, flags, words.tolist(), groups, groupindex, tuple(indexgroup))
    except Exception:  # noqa: BLE001 - a program this engine refuses (RuntimeError) or another API
        return None


def _load() -> dict[str, list]:
    global _stored, _key
    if _stored is None:
        _stored = {}
        try:
            import _sre

            from kb.temporal import cache

            # this file too: how programs are written is part of the key
            _key = cache.content_key(f"{_NAME}\0{_sre.MAGIC}\0{_sre.CODESIZE}",
                                     [Path(__file__), Path(__file__).with_name("prefilter.py")])
            payload = cache.read(_NAME, _key)
        except (ImportError, AttributeError, RuntimeError):
            payload = None
        if isinstance(payload, dict):
            _stored = payload
    return _stored


def _write() -> None:
    """The stored programs with this process's new ones (only those it used, past a size)."""
    from kb.temporal import cache

    if not _new or _key is None:
        return
    stored = cache.read(_NAME, _key)  # as another process may have left it meanwhile
    merged = {**(stored if isinstance(stored, dict) else {}), **_new}
    if len(merged) > _MAX_ENTRIES:
        merged = {k: v for k, v in merged.items() if k in _used}
    cache.write(_NAME, _key, merged)
    _new.clear()
