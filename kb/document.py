"""Reading documents: ``.txt`` (+ sidecar ``NAME.json``), ``.json``, ``.jsonl`` and directories.

Every text is decoded as UTF-8 (a BOM is dropped) and normalised to NFC, so the
offsets of every later step refer to exactly the text stored in the KB.
Bad input raises :class:`kb.errors.InputError` with a message naming the file.
"""

from __future__ import annotations

import datetime as _dt
import json
import os
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import InputError
from .model import Document

__all__ = [
    "MAX_TEXT_CHARS",
    "SUPPORTED_SUFFIXES",
    "ReadProblem",
    "document_from_record",
    "iter_documents",
    "make_document",
    "parse_date",
]

SUPPORTED_SUFFIXES = (".txt", ".json", ".jsonl")
# A news article is a few thousand characters; 20 million is an archive dumped
# into one file by mistake. Larger texts are refused, not truncated.
MAX_TEXT_CHARS = 20_000_000
_ID_RE = re.compile(r"^[^\s\x00-\x1f\x7f]{1,200}$")
# Control characters other than tab/newline/CR carry no text and break XML/RDF
# serialisations; they are replaced by spaces (same length, so offsets hold).
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


@dataclass
class ReadProblem:
    """A document that could not be read; ingest reports it and goes on."""

    path: str
    message: str


def parse_date(value: Any, what: str = "date") -> _dt.date | None:
    """Parse an ISO date (``2024-05-14``; a time part is ignored).

    >>> parse_date("2024-05-14T16:40:00Z")
    datetime.date(2024, 5, 14)
    """
    if value in (None, ""):
        return None
    if isinstance(value, _dt.datetime):
        return value.date()
    if isinstance(value, _dt.date):
        return value
    s = str(value).strip()
    m = re.match(r"^(\d{4})-(\d{2})-(\d{2})(?:[T ].*)?$", s)
    if not m:
        raise InputError(f"{what} {s!r} is not an ISO date (YYYY-MM-DD)")
    try:
        return _dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        raise InputError(f"{what} {s!r} is not a real calendar date") from None


_SURROGATE = re.compile(r"[\ud800-\udfff]")


def _clean_text(text: str) -> str:
    # Lone surrogates (from JSON escapes such as "\ud800") cannot be encoded or stored;
    # each becomes U+FFFD, one code point for one, so offsets hold.
    text = _SURROGATE.sub("\ufffd", text)
    text = unicodedata.normalize("NFC", text.lstrip("\ufeff"))
    return _CONTROL.sub(" ", text)


def make_document(text: str, *, id: str, lang: str = "de", published: Any = None,
                  source: str | None = None, title: str | None = None,
                  mode: str = "news", meta: dict | None = None) -> Document:
    """Build a validated :class:`Document` (NFC text, checked id, language and date)."""
    if not isinstance(text, str):
        raise InputError(f"document {id!r}: text must be a string")
    # Lone surrogates cannot be encoded or stored in any field: each becomes U+FFFD.
    id, title, source = (_SURROGATE.sub("\ufffd", str(v)) if v is not None else None for v in (id, title, source))
    meta = {_SURROGATE.sub("\ufffd", str(k)): _SURROGATE.sub("\ufffd", v) if isinstance(v, str) else v
            for k, v in (meta or {}).items()}
    if not id or not _ID_RE.match(str(id)):
        raise InputError(f"document id {id!r} is empty, too long or contains spaces/control characters")
    text = _clean_text(text)
    if len(text) > MAX_TEXT_CHARS:
        raise InputError(f"document {id!r}: text has {len(text):,} characters, more than the limit "
                         f"of {MAX_TEXT_CHARS:,}; split it into articles")
    if not text.strip():
        raise InputError(f"document {id!r}: text is empty")
    lang = (lang or "").strip().lower()
    if not re.fullmatch(r"[a-z]{2,3}", lang):
        raise InputError(f"document {id!r}: language {lang!r} is not an ISO 639 code such as 'de' or 'en'")
    if mode not in ("news", "narrative"):
        raise InputError(f"document {id!r}: mode must be 'news' or 'narrative', not {mode!r}")
    return Document(id=str(id), text=text, lang=lang,
                    published=parse_date(published, f"document {id!r}: published date"),
                    source=source or None, title=title or None, mode=mode, meta=dict(meta or {}))


def document_from_record(rec: Any, *, where: str, defaults: dict | None = None) -> Document:
    """A document from a JSON object with ``id``, ``lang``, ``published``, ``source``, ``text``.

    ``dct`` and ``doc_id`` (the temporal corpora's names) are accepted too.
    """
    if not isinstance(rec, dict):
        raise InputError(f"{where}: expected a JSON object with 'id' and 'text'")
    defaults = defaults or {}
    for key in ("lang", "source", "title", "mode", "published", "dct"):
        if rec.get(key) is not None and not isinstance(rec[key], str):
            raise InputError(f"{where}: '{key}' must be a string, not {type(rec[key]).__name__}")
    if rec.get("id", rec.get("doc_id")) is not None and not isinstance(rec.get("id", rec.get("doc_id")), (str, int)):
        raise InputError(f"{where}: 'id' must be a string")
    text = rec.get("text")
    if not isinstance(text, str):
        raise InputError(f"{where}: no 'text' string")
    doc_id = rec.get("id", rec.get("doc_id")) or defaults.get("id")
    if doc_id is None:
        raise InputError(f"{where}: no 'id'")
    published = rec.get("published", rec.get("dct", defaults.get("published")))
    meta = {k: v for k, v in rec.items()
            if k not in ("id", "doc_id", "text", "lang", "published", "dct", "source", "title")
            and isinstance(v, (str, int, float, bool))}
    return make_document(text, id=str(doc_id), lang=rec.get("lang") or defaults.get("lang") or "de",
                         published=published, source=rec.get("source") or defaults.get("source"),
                         title=rec.get("title"), mode=rec.get("mode") or defaults.get("mode", "news"),
                         meta=meta)


# Signatures of file formats that are not text even when their first bytes decode.
_MAGIC = ((b"%PDF-", "a PDF file"), (b"PK\x03\x04", "a ZIP/Office file"), (b"\x89PNG", "a PNG image"),
          (b"GIF8", "a GIF image"), (b"\xff\xd8\xff", "a JPEG image"), (b"\x1f\x8b", "a gzip file"),
          (b"{\\rtf", "an RTF file"), (b"\xd0\xcf\x11\xe0", "an old Office file"))


def _read_text(path: Path) -> str:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from None
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise InputError(f"{path}: looks like {what}, not text; extract its text first")
    if b"\x00" in data[:8192]:
        raise InputError(f"{path}: looks like a binary file, not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(f"{path}: not valid UTF-8 (byte {exc.start}); convert it, "
                         f"e.g. iconv -f latin1 -t utf-8") from None


def _jsonl_lines(path: Path) -> Iterator[tuple[int, str]]:
    """(line number, text) of a JSONL file, read a line at a time.

    Streaming keeps a corpus file of any size out of memory. Lines end at
    ``\\n`` only: JSON strings may hold U+2028 or U+0085, which ``str.splitlines``
    would cut. A line that is not UTF-8 is reported with its number.
    """
    try:
        f = path.open("rb")
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from None
    with f:
        head = f.read(8192)
        for magic, what in _MAGIC:
            if head.startswith(magic):
                raise InputError(f"{path}: looks like {what}, not text; extract its text first")
        if b"\x00" in head:
            raise InputError(f"{path}: looks like a binary file, not text")
        f.seek(0)
        for lineno, raw in enumerate(f, 1):
            try:
                yield lineno, raw.decode("utf-8").rstrip("\r\n")
            except UnicodeDecodeError as exc:
                raise InputError(f"{path}:{lineno}: not valid UTF-8 (byte {exc.start} of the line); "
                                 f"convert it, e.g. iconv -f latin1 -t utf-8") from None


def _load_json(raw: str, where: str) -> Any:
    try:
        return json.loads(raw)
    except json.JSONDecodeError as exc:
        raise InputError(f"{where}: broken JSON at line {exc.lineno} column {exc.colno}: {exc.msg}") from None
    except RecursionError:
        raise InputError(f"{where}: JSON nested too deeply") from None


def _iter_file(path: Path, defaults: dict) -> Iterator[Document | ReadProblem]:
    suffix = path.suffix.lower()
    try:
        if suffix == ".txt":
            sidecar = path.with_suffix(".json")
            meta: dict = dict(defaults)
            if sidecar.exists():
                side = _load_json(_read_text(sidecar), str(sidecar))
                if not isinstance(side, dict):
                    raise InputError(f"{sidecar}: sidecar must be a JSON object")
                meta.update({k: v for k, v in side.items() if v is not None})
            meta.setdefault("id", path.stem)
            yield document_from_record({**meta, "text": _read_text(path)}, where=str(path))
        elif suffix == ".json":
            if path.with_suffix(".txt").exists():
                return  # a sidecar of a .txt file, read with it
            data = _load_json(_read_text(path), str(path))
            records = data if isinstance(data, list) else [data]
            for i, rec in enumerate(records):
                where = f"{path}" if len(records) == 1 else f"{path} item {i + 1}"
                try:
                    yield document_from_record(rec, where=where, defaults={**defaults, "id": None})
                except InputError as exc:
                    yield ReadProblem(str(path), str(exc))
        elif suffix == ".jsonl":
            for lineno, line in _jsonl_lines(path):
                if not line.strip():
                    continue
                where = f"{path}:{lineno}"
                try:
                    yield document_from_record(_load_json(line, where), where=where,
                                               defaults={**defaults, "id": None})
                except InputError as exc:
                    yield ReadProblem(str(path), str(exc))
        else:
            raise InputError(f"{path}: unsupported file type {suffix or '(none)'}; "
                             f"use .txt, .json or .jsonl")
    except InputError as exc:
        yield ReadProblem(str(path), str(exc))


def expand_paths(paths: Iterable[str | os.PathLike]) -> Iterator[Path]:
    """Files named, and the supported files inside directories (recursively, sorted)."""
    for p in paths:
        path = Path(p)
        if path.is_dir():
            for sub in sorted(path.rglob("*")):
                if sub.is_file() and sub.suffix.lower() in SUPPORTED_SUFFIXES:
                    yield sub
        elif path.exists():
            yield path
        else:
            raise InputError(f"{path}: no such file or directory")


def iter_documents(paths: Iterable[str | os.PathLike], **defaults: Any) -> Iterator[Document | ReadProblem]:
    """Yield a :class:`Document` per readable record and a :class:`ReadProblem` per bad one.

    ``defaults`` (``lang``, ``published``, ``source``, ``id``, ``mode``) fill
    fields a record does not give; ``id`` only applies to a single ``.txt`` file.
    """
    defaults = {k: v for k, v in defaults.items() if v is not None}
    for path in expand_paths(paths):
        yield from _iter_file(path, defaults)
