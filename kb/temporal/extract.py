"""Phase 1: find temporal expressions and give them underspecified values.

Every rule of the language grammar runs over the text; each match becomes a
candidate whose value template is filled from the normalised named groups.
Overlapping candidates are settled by keeping the longest (then the earlier
rule).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from kb.temporal import programs
from kb.temporal.grammar import Grammar, compound_duration, duration
from kb.temporal.prefilter import gate_finder, gate_places, required_literals, required_sets

__all__ = ["Candidate", "find"]

_FIELD = re.compile(r"\{([a-z0-9]+)\}")


@dataclass
class Candidate:
    start: int
    end: int
    type: str
    under: str  # underspecified value (resolve.py's forms)
    mod: str | None
    rule: str
    order: int
    span: int = 0  # length of the whole match, which may be longer than the extent


def _fields(g: Grammar, m: re.Match) -> dict[str, str] | None:
    out: dict[str, str] = {}
    for name, text in m.groupdict().items():
        if text is None or name == "x":
            continue
        base = re.sub(r"\d+$", "", name)
        if base in out:
            continue
        value = g.normalise(name, text)
        if value is None:
            return None  # e.g. "32. Mai": not a date
        out[base] = value
    for alias in ("setunit", "adjunit"):
        if alias in out:
            out.setdefault("unit", out[alias])
    if "num" in out and "unit" in out:
        out["dur"] = duration(out["num"], out["unit"])
        second = m.groupdict().get("num2"), m.groupdict().get("unit2")
        if second[0] and second[1]:  # "zwei Jahre und sechs Monate": one duration P2Y6M
            n2, u2 = g.normalise("num2", second[0]), g.normalise("unit2", second[1])
            if n2 is None or u2 is None or "X" in (n2, out["num"]):
                return None
            combined = compound_duration(out["dur"], duration(n2, u2))
            if combined is None:
                return None
            out["dur"] = combined
    if "unit" in out:
        out.setdefault("dur1", duration("1", out["unit"]))
        out.setdefault("durx", duration("X", out["unit"]))
    if "hour" in out and "ampm" in out:
        h = int(out["hour"]) % 12 + (12 if out["ampm"] == "PM" else 0)
        out["hour"] = f"{h:02d}"
    out.setdefault("minute", "00")
    if "century" in out and "decade" in out and len(out["decade"]) == 3:
        out["decade"] = out["century"] + out["decade"][2]
    return out


def _fill(template: str, fields: dict[str, str]) -> str | None:
    missing = False

    def sub(m):
        nonlocal missing
        v = fields.get(m[1])
        if v is None:
            missing = True
            return ""
        return v
    value = _FIELD.sub(sub, template)
    return None if missing else value


_WINDOW = 100  # characters around a required word that a match can reach


def _windows(gate: frozenset[str], found: dict[str, list[tuple[int, int]]], n: int) -> list[tuple[int, int]]:
    """The stretches of a text (``n`` characters) within reach of a word of ``gate`` (``found``:
    where each gate word occurs, see :func:`_occurrences`)."""
    hits = [span for lit in gate for span in found.get(lit, ())]
    if not hits:
        return []
    hits.sort()
    start, end = max(0, hits[0][0] - _WINDOW), min(n, hits[0][1] + _WINDOW)
    windows = []
    for a, b in hits[1:]:
        a, b = max(0, a - _WINDOW), min(n, b + _WINDOW)
        if a <= end:
            end = max(end, b)
        else:
            windows.append((start, end))
            start, end = a, b
    windows.append((start, end))
    return windows


@lru_cache(maxsize=None)
def _marks(pattern: str) -> frozenset[str] | None:
    """Strings without letters ("/", ":") one of which every match of a rule without a gate holds
    (no case to fold: looked for as they are); None: no such strings."""
    found = required_literals(pattern, min_len=1)
    if found is None or any(c.lower() != c.upper() for s in found for c in s):
        return None
    return found


@lru_cache(maxsize=None)
def _words(pattern: str) -> frozenset[str] | None:
    """Lower-case strings with letters ("ago", "fy") one of which every match of a rule holds,
    looked for in the lower-cased text once per text; None: no such strings known (or case
    folding beyond str.lower: a case-insensitive flag, under which "ſ" matches "s", or a sigma,
    which str.lower writes by its context)."""
    found = required_literals(pattern, min_len=1)
    if found is None or not any(c.lower() != c.upper() for s in found for c in s):
        return None
    if re.search(r"\(\?[a-zA-Z-]*i", pattern) or any(c in s for s in found for c in "σς"):
        return None
    return found


@lru_cache(maxsize=None)
def _plain(pattern: str) -> tuple[frozenset[str] | None, frozenset[str] | None]:
    """What lets a rule without a gate skip a text: its marks and its words; None where there are
    none. (Where it is searched, the engine skips to the characters its matches can begin with:
    :func:`kb.temporal.programs.with_first_characters`.)"""
    def read_off() -> list:
        marks, words = _marks(pattern), _words(pattern)
        return [None if marks is None else sorted(marks), None if words is None else sorted(words)]

    marks, words = programs.remembered("temporal-marks", pattern, read_off)  # parsing costs
    return None if marks is None else frozenset(marks), None if words is None else frozenset(words)


@lru_cache(maxsize=None)
def _also(pattern: str, gate: frozenset[str], gate_words: frozenset[str]) -> tuple[frozenset[str], ...]:
    """The other sets of strings (:func:`kb.temporal.prefilter.required_sets`) one of which every
    match of a gated rule holds besides a word of its gate, of those made of the grammar's gate
    words (``gate_words``: :func:`_occurrences` finds where each occurs, so whether a text holds
    one is told by a set operation): a text without a string of each cannot hold a match. A set
    each of whose gate's words holds one of its strings tells nothing more."""
    found = programs.remembered("temporal-sets", pattern, lambda: [sorted(s) for s in required_sets(pattern)])
    return tuple(frozenset(words) for words in found
                 if frozenset(words) != gate and frozenset(words) <= gate_words
                 and not all(any(w in g for w in words) for g in gate))


def _matches(rule, text: str, low: str | None, cache: dict):
    """The rule's matches, searched only near the words it needs (see prefilter.py)."""
    if rule.gate is None or low is None:
        marks, words = _plain(rule.pattern)
        if marks is not None and not any(map(text.__contains__, marks)):
            return  # nothing can match
        if words is not None:
            lowered = cache.get(_LOWERED)
            if lowered is None:
                lowered = cache[_LOWERED] = text.lower()
            if not any(map(lowered.__contains__, words)):
                return
        yield from rule.regex.finditer(text)
        return
    windows = cache.get(rule.gate)
    found = cache[None]
    if windows is None:  # rules share gates (all month names, ...): compute once per text
        # most gates have no word in a text: told by one set operation, not a look-up per word
        windows = cache[rule.gate] = _windows(rule.gate, found, len(low)) if not rule.gate.isdisjoint(found) else []
    if windows and any(words.isdisjoint(found) for words in _also(rule.pattern, rule.gate, cache[_GATE_WORDS])):
        return
    for a, b in windows:
        yield from rule.regex.finditer(text, a, b)


_GATE_WORDS = "gate words"  # the key of the grammar's gate words in find()'s cache
_LOWERED = "lowered"  # the key of the lower-cased text in find()'s cache (whose other keys are gates)
_finders: dict[str, tuple] = {}  # lang -> (its grammar, its gate words, their gate_finder)


def _gate_finder(g: Grammar) -> tuple:
    """The grammar's gate words, and the :func:`gate_finder` of them (made once per grammar)."""
    known = _finders.get(g.lang)
    if known is None or known[0] is not g:
        words = frozenset(w for r in g.rules for w in r.gate or ())
        known = _finders[g.lang] = (g, words, gate_finder(words))
    return known


def _occurrences(g: Grammar, low: str) -> dict[str, list[tuple[int, int]]]:
    """Where each gate word of the grammar's rules occurs in ``low``, found in one scan."""
    pattern, begun = _gate_finder(g)[2]
    found: dict[str, list[tuple[int, int]]] = {}
    for p, word in gate_places(pattern, low):
        for w in begun[word]:
            found.setdefault(w, []).append((p, p + len(w)))
    return found


def find(text: str, g: Grammar) -> list[Candidate]:
    """Non-overlapping candidates in text order."""
    cands: list[Candidate] = []
    low = text.lower()
    if len(low) != len(text):  # a few characters change length when lower-cased
        low = None
    # the gate words' places (under None), then each gate's windows
    cache: dict = {None: _occurrences(g, low) if low is not None else {}, _GATE_WORDS: _gate_finder(g)[1]}
    for order, rule in enumerate(g.rules):
        for m in _matches(rule, text, low, cache):
            start, end = m.span("x") if "x" in rule.regex.groupindex and m.group("x") is not None else m.span()
            if end <= start:
                continue
            fields = _fields(g, m)
            if fields is None:
                continue
            value = _fill(rule.template, fields)
            if value is None:
                continue
            ttype = rule.type
            mod = fields.get("mod") or fields.get("pmod") or fields.get("approx")
            if mod == "-":
                mod = None
            cands.append(Candidate(start, end, ttype, value, mod, rule.name, order, m.end() - m.start()))
    # longest extent first; a rule that needed more context to match is more specific
    cands.sort(key=lambda c: (-(c.end - c.start), -c.span, c.order, c.start))
    taken: list[Candidate] = []
    occupied = bytearray(len(text))
    for c in cands:
        if occupied.find(1, c.start, c.end) != -1:
            continue
        taken.append(c)
        occupied[c.start:c.end] = b"\x01" * (c.end - c.start)
    # IGNORE rules claim text that looks temporal but is not ("Mai-Kundgebung").
    taken = [c for c in taken if c.type != "IGNORE"]
    taken.sort(key=lambda c: c.start)
    return taken
