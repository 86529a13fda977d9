"""Language knowledge as data: ``kb/lang/<iso>/<name>.txt`` files.

Every data file starts with a ``#`` header describing its format. Lines starting
with ``#`` are comments, except ``# EXAMPLE: ...`` lines, which are worked
examples that the tests run (the step owning the file says how to read them).
Blank lines are ignored. Engine code reads the files only through this module.

Every file has a declared format (:mod:`kb.lang.schema`): :func:`load` gives its
parsed entries, and :func:`read_lines` checks the file against its format before
giving its raw lines, so a malformed line is an error naming file and line
(:class:`kb.lang.schema.LanguageDataError`) wherever the file is read.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from kb.lang.schema import SCHEMAS, LanguageDataError, load, parse_lines

__all__ = ["LANG_DIR", "LanguageDataError", "available_languages", "data_path", "examples", "load",
           "read_lines"]

LANG_DIR = Path(__file__).resolve().parent


def available_languages() -> list[str]:
    """ISO codes that have a data folder."""
    return sorted(p.name for p in LANG_DIR.iterdir() if p.is_dir() and not p.name.startswith("_"))


def data_path(lang: str, name: str) -> Path:
    """Path of data file ``name`` for ``lang`` (may not exist)."""
    return LANG_DIR / lang / name


def _checked_lines(lang: str, name: str) -> tuple[str, ...]:
    """All lines of a file, checked against its declared format; () when it is missing.
    (Its callers cache what they keep.)"""
    path = data_path(lang, name)
    if not path.exists():
        return ()
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise LanguageDataError(path, None, f"cannot be read: {exc}") from None
    if name in SCHEMAS and not _checked_before(path):
        parse_lines(path, lines, SCHEMAS[name])
        _remember_checked(path)
    return tuple(lines)


# A file whose exact bytes passed the check of the same schema code before need not be parsed
# again by every process (a fifth of a second for all files of two languages): the on-disk cache
# of kb.temporal.cache remembers the check under a key of the file's bytes, the schema module's
# source, kb's and Python's versions. An edited file, or a stricter schema, has another key and
# is checked again, so a malformed line is still an error naming file and line.
def _check_key(path: Path) -> str:
    from kb.lang import schema
    from kb.temporal.cache import content_key

    return content_key(f"lang-check {path.parent.name}/{path.name}", [path, Path(schema.__file__)])


def _checked_before(path: Path) -> bool:
    from kb.temporal.cache import read

    return read(f"lang-check-{path.parent.name}-{path.stem}", _check_key(path)) is True


def _remember_checked(path: Path) -> None:
    from kb.temporal.cache import write

    write(f"lang-check-{path.parent.name}-{path.stem}", _check_key(path), True)


@lru_cache(maxsize=None)
def read_lines(lang: str, name: str) -> tuple[str, ...]:
    """The data lines of a file (comments, EXAMPLE lines and blank lines dropped).

    A missing file gives an empty tuple, so a language without e.g. event
    triggers simply finds none.
    """
    return tuple(line.rstrip("\n") for line in _checked_lines(lang, name)
                 if line.strip() and not line.strip().startswith("#"))


@lru_cache(maxsize=None)
def examples(lang: str, name: str) -> tuple[str, ...]:
    """The text after ``# EXAMPLE:`` on each example line of a file."""
    return tuple(line.strip()[len("# EXAMPLE:"):].strip() for line in _checked_lines(lang, name)
                 if line.strip().startswith("# EXAMPLE:"))
