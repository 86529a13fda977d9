"""Cheap gates for rules: literal strings one of which must occur for a match.

Running every rule's regex over every text is what costs time; most rules
need a word such as "ago", "quarter" or a month name. The required literals
are read off the parsed regex (like RE2's prefilter), so the data files need
no extra annotation. A rule whose regex holds no usable literal is never
skipped.
"""

from __future__ import annotations

try:  # the parser is private API; without it rules simply always run
    from re import _constants as _c
    from re import _parser as _p
except ImportError:  # pragma: no cover - older Pythons
    _c = _p = None

__all__ = ["required_literals"]

_MIN_LEN = 3


def _case_letter(items) -> str | None:
    """'[mM]' as the lower-case letter it stands for, else None."""
    if len(items) != 2 or any(op is not _c.LITERAL for op, _ in items):
        return None
    a, b = chr(items[0][1]), chr(items[1][1])
    return a.lower() if a.lower() == b.lower() and a != b else None


def _required(seq, min_len: int = _MIN_LEN) -> frozenset[str] | None:
    options: list[frozenset[str]] = []
    run = ""

    def flush():
        nonlocal run
        if run:
            options.append(frozenset([run]))
        run = ""

    for op, arg in seq:
        if op is _c.LITERAL:
            run += chr(arg).lower()
            continue
        if op is _c.IN:
            letter = _case_letter(arg)
            if letter:
                run += letter
                continue
        flush()
        if op is _c.SUBPATTERN:
            sub = _required(arg[-1], min_len)
            if sub:
                options.append(sub)
        elif op is _c.BRANCH:
            subs = [_required(b, min_len) for b in arg[1]]
            if subs and all(subs):
                options.append(frozenset().union(*subs))
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None)):
            if arg[0] >= 1:
                sub = _required(arg[2], min_len)
                if sub:
                    options.append(sub)
    flush()
    good = [o for o in options if min(map(len, o)) >= min_len]
    if not good:
        return None
    # the most selective option: longest shortest literal, then fewest alternatives
    return max(good, key=lambda o: (min(map(len, o)), -len(o)))


def required_literals(pattern: str, min_len: int = _MIN_LEN) -> frozenset[str] | None:
    """Lower-case strings one of which every match contains, or None if unknown (each at least
    ``min_len`` characters long).

    >>> sorted(required_literals(r"\\b(?:one|two)\\s+o'clock"))
    ["o'clock"]
    """
    if _p is None:
        return None
    try:
        return _required(_p.parse(pattern), min_len)
    except Exception:  # an unusual construct: no gate, the rule always runs
        return None
