"""Function words and name parts the language-neutral engines need, read from data files."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from ..lang import read_lines

__all__ = ["function_words", "name_parts"]

DATA_DIR = Path(__file__).resolve().parent


@lru_cache(maxsize=None)
def function_words(lang: str, cls: str) -> frozenset[str]:
    """A class of function words of a language (``kb/lang/<iso>/function-words.txt``)."""
    for line in read_lines(lang, "function-words.txt"):
        name, _, words = line.partition("\t")
        if name.strip() == cls:
            return frozenset(w.strip() for w in words.split("|") if w.strip())
    return frozenset()


@lru_cache(maxsize=None)
def all_function_words(lang: str) -> frozenset[str]:
    """Every function word of a language, whatever its class (lower case, one word each)."""
    out: set[str] = set()
    for line in read_lines(lang, "function-words.txt"):
        out.update(w.strip().lower() for w in line.partition("\t")[2].split("|") if w.strip() and " " not in w.strip())
    return frozenset(out)


@lru_cache(maxsize=1)
def name_parts() -> dict[str, tuple[str, ...]]:
    """Name particles and titles (``kb/entities/name_parts.txt``)."""
    out: dict[str, tuple[str, ...]] = {}
    for line in (DATA_DIR / "name_parts.txt").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            name, _, forms = line.partition("\t")
            out[name.strip()] = tuple(f.strip() for f in forms.split("|") if f.strip())
    return out


