"""Compiled regular expressions kept as data, so a cached grammar needs no regex compiler.

``re.compile`` parses a pattern in Python and then emits the engine's code, a
list of integers: ~0.2 s for the rules of the German and English grammars,
paid again by every process that tags text. :func:`code_of` keeps that code
(base64 of 32-bit words) beside the pattern in the grammar cache, and
:func:`from_code` hands it to the engine directly, which takes microseconds.

This is CPython's private API (``re._parser``, ``re._compiler``, ``_sre``), so
it is used with care: the cache key names the Python version and the engine's
``MAGIC`` (:data:`ENGINE`), the engine checks any code it is given, every
kept form is checked when it is made (the pattern it gives must equal
``re.compile``'s), and whenever something is missing, different or raises,
the pattern is simply compiled.
"""

from __future__ import annotations

import base64
import re
from array import array

try:
    import _sre
    from re import _compiler, _parser
except ImportError:  # pragma: no cover - another Python implementation
    _sre = None

__all__ = ["ENGINE", "code_of", "from_code"]

ENGINE = f"sre {_sre.MAGIC} {_sre.CODESIZE}" if _sre is not None else "none"


def code_of(pattern: str) -> list | None:
    """``[flags, groups, groupindex, code]`` of ``pattern`` (flags 0), or None if this Python cannot give it.

    >>> from_code("a(?P<x>b)+", code_of("a(?P<x>b)+")) == re.compile("a(?P<x>b)+")
    True
    """
    if _sre is None:
        return None
    try:
        parsed = _parser.parse(pattern, 0)
        code = _compiler._code(parsed, 0)
        words = array("I", code)
        form = [parsed.state.flags, parsed.state.groups - 1, dict(parsed.state.groupdict),
                base64.b64encode(words.tobytes()).decode("ascii")]
        return form if from_code(pattern, form) == re.compile(pattern) else None
    except Exception:  # noqa: BLE001 -- an internal that changed: compile instead
        return None


def from_code(pattern: str, form) -> re.Pattern | None:
    """The pattern object for ``pattern`` built from its kept code; None if it cannot be."""
    if _sre is None or not form:
        return None
    try:
        flags, groups, groupindex, encoded = form
        words = array("I")
        words.frombytes(base64.b64decode(encoded))
        indexgroup = [None] * (groups + 1)
        for name, index in groupindex.items():
            indexgroup[index] = name
        return _sre.compile(pattern, flags, words.tolist(), groups, groupindex, tuple(indexgroup))
    except Exception:  # noqa: BLE001 -- the engine refused the code (RuntimeError), a bad form...
        return None
