"""Reading documents: ``.txt`` (+ sidecar ``NAME.meta.json``), ``.json``, ``.jsonl`` and directories.

Every text is decoded as UTF-8, or as UTF-16/UTF-32 when a byte order mark says
so (the mark is dropped), and normalised to NFC, so the offsets of every later
step refer to exactly the text stored in the KB. Bad input raises
:class:`kb.errors.InputError` with a message naming the file; while reading a
run, each unreadable file, record or directory becomes one :class:`ReadProblem`
and the rest is read: nothing is dropped in silence. Only regular files are
opened (a FIFO or a link to a device is reported, never read), and a file too
large for one document is refused before it is read.
"""

from __future__ import annotations

import datetime as _dt
import json
import io
import os
import re
import stat
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from .errors import InputError, KBError
from .model import Document

__all__ = [
    "MAX_FILE_BYTES",
    "MAX_TEXT_CHARS",
    "SIDECAR_KEYS",
    "SUPPORTED_SUFFIXES",
    "ReadNote",
    "ReadProblem",
    "document_from_record",
    "expand_paths",
    "iter_documents",
    "make_document",
    "parse_date",
]

SUPPORTED_SUFFIXES = (".txt", ".json", ".jsonl")
# With kb[web]: read in directories too (feeds and sitemaps, which make kb fetch pages, only when named).
_WEB_IN_DIRS = (".html", ".htm", ".xhtml", ".warc", ".warc.gz")
STDIN = "-"
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
    """A publication date as people and feeds write it.

    Accepted: ISO 8601 (a time part is ignored), RFC 2822 as in RSS and e-mail,
    ``06.06.2023``, ``6. Juni 2023``, ``June 6, 2023``, ``6 June 2023``, and
    ``D/M/YYYY`` or ``M/D/YYYY`` when only one reading is a date. A slash date
    that reads both ways (``06/07/2023``) is an error that says so; words
    without a year ("yesterday") are refused, since nothing here reads the clock.

    >>> parse_date("2024-05-14T16:40:00Z")
    datetime.date(2024, 5, 14)
    >>> parse_date("Tue, 06 Jun 2023 10:00:00 GMT"), parse_date("6. Juni 2023"), parse_date("June 6, 2023")
    (datetime.date(2023, 6, 6), datetime.date(2023, 6, 6), datetime.date(2023, 6, 6))
    >>> parse_date("06.06.2023"), parse_date("13/06/2023")
    (datetime.date(2023, 6, 6), datetime.date(2023, 6, 13))
    """
    if value in (None, ""):
        return None
    if isinstance(value, _dt.datetime):
        return value.date()
    if isinstance(value, _dt.date):
        return value
    s = " ".join(str(value).split())
    try:
        for parse in (_iso_date, _dotted_date, _slashed_date, _rfc2822_date, _written_date):
            found = parse(s)
            if found is not None:
                return found
    except ValueError as exc:
        raise InputError(f"{what} {s!r} {exc}") from None
    raise InputError(f"{what} {s!r} is not a date kb can read: write it as YYYY-MM-DD (or as RSS does, "
                     f"'Tue, 06 Jun 2023 10:00:00 GMT', or '6 June 2023' / '6. Juni 2023')")


def _calendar(y: int, m: int, d: int) -> _dt.date:
    try:
        return _dt.date(y, m, d)
    except ValueError:
        raise ValueError("is not a real calendar date") from None


def _iso_date(s: str) -> _dt.date | None:
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})(?:[T ].*)?", s)
    return _calendar(int(m.group(1)), int(m.group(2)), int(m.group(3))) if m else None


def _dotted_date(s: str) -> _dt.date | None:
    """``06.06.2023``: day first, as German and most European writing has it."""
    m = re.fullmatch(r"(\d{1,2})\.(\d{1,2})\.(\d{4})", s)
    return _calendar(int(m.group(3)), int(m.group(2)), int(m.group(1))) if m else None


def _slashed_date(s: str) -> _dt.date | None:
    m = re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{4})", s)
    if not m:
        return None
    a, b, y = int(m.group(1)), int(m.group(2)), int(m.group(3))
    if a <= 12 and b <= 12 and a != b:
        raise ValueError(f"is ambiguous: day {a} of month {b} or day {b} of month {a}; write YYYY-MM-DD")
    return _calendar(y, b, a) if a > 12 or a == b else _calendar(y, a, b)


def _rfc2822_date(s: str) -> _dt.date | None:
    import email.utils

    if not re.search(r"\d{4}", s) or not re.search(r"[A-Za-z]{3}", s):
        return None
    try:
        parsed = email.utils.parsedate_to_datetime(s)
    except (TypeError, ValueError, IndexError):
        return None
    return parsed.date() if parsed is not None else None


def _written_date(s: str) -> _dt.date | None:
    """``6. Juni 2023``, ``June 6, 2023``: a day, a month name and a four-digit year (German or English)."""
    if not re.fullmatch(r"[\w .,]+", s) or len(re.findall(r"\d{4}", s)) != 1 or not re.search(r"[^\W\d_]{3}", s):
        return None
    import dateparser

    parsed = dateparser.parse(s, languages=["de", "en"],
                              settings={"STRICT_PARSING": True, "REQUIRE_PARTS": ["day", "month", "year"],
                                        "PREFER_DATES_FROM": "past", "RETURN_AS_TIMEZONE_AWARE": False})
    return parsed.date() if parsed is not None else None


_SURROGATE = re.compile(r"[\ud800-\udfff]")


def _clean_text(text: str) -> str:
    # Lone surrogates (from JSON escapes such as "\ud800") cannot be encoded or stored;
    # each becomes U+FFFD, one code point for one, so offsets hold.
    text = _SURROGATE.sub("\ufffd", text)
    text = unicodedata.normalize("NFC", text.lstrip("\ufeff"))
    return _CONTROL.sub(" ", text)


def make_document(text: str, *, id: str, lang: str = "de", published: Any = None,
                  source: str | None = None, title: str | None = None,
                  mode: str | None = "news", meta: dict | None = None) -> Document:
    """Build a validated :class:`Document` (NFC text, checked id, language and date).

    ``mode`` ``None`` (a record that gives none): guessed from the text, see
    :func:`kb.temporal.text_mode`.
    """
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
    if mode is not None and mode not in ("news", "narrative"):
        raise InputError(f"document {id!r}: mode must be 'news' or 'narrative', not {mode!r}")
    published = parse_date(published, f"document {id!r}: published date")
    if mode is None and not _MODE_LATER.get():  # not given: a history is told against its own years
        from .temporal import text_mode  # (kb.temporal.text_mode)

        mode = text_mode(text, lang, published)
    return Document(id=str(id), text=text, lang=lang, published=published,
                    source=source or None, title=title or None, mode=mode, meta=dict(meta or {}))


# ``kb ingest --workers`` reads the documents in the writer and extracts them in the workers: a
# document read there without a mode gets it where it is extracted (with_mode), so the writer
# neither tags texts to guess it nor loads the temporal grammar, and the worker's temporal step
# reuses the tagging (kb.temporal.text_mode).
_MODE_LATER: ContextVar[bool] = ContextVar("kb_document_mode_later", default=False)


@contextmanager
def modes_guessed_later() -> Iterator[None]:
    """Documents made in this block without a mode have ``mode`` None until :func:`with_mode`."""
    token = _MODE_LATER.set(True)
    try:
        yield
    finally:
        _MODE_LATER.reset(token)


def with_mode(doc: Document) -> Document:
    """``doc`` with its mode guessed (:func:`kb.temporal.text_mode`) if it was made without one
    under :func:`modes_guessed_later`; otherwise ``doc`` itself."""
    if doc.mode is not None:
        return doc
    from .temporal import text_mode

    return replace(doc, mode=text_mode(doc.text, doc.lang, doc.published))


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
    lang = rec.get("lang") or defaults.get("lang")
    if not lang:
        lang = _detected_language(text, meta)
    return make_document(text, id=str(doc_id), lang=lang,
                         published=published, source=rec.get("source") or defaults.get("source"),
                         title=rec.get("title"), mode=rec.get("mode") or defaults.get("mode"),
                         meta=meta)


FALLBACK_LANG = "de"


def _detected_language(text: str, meta: dict) -> str:
    """The language of a text given without one: detected (recorded in ``meta`` with its
    confidence), else :data:`FALLBACK_LANG` (recorded as such; the pipeline warns)."""
    from .language import detect

    lang, confidence = detect(text)
    meta["lang_confidence"] = confidence
    meta["lang_source"] = "detected" if lang else "fallback"
    return lang or FALLBACK_LANG


# Signatures of file formats that are not text even when their first bytes decode.
_MAGIC = ((b"%PDF-", "a PDF file"), (b"PK\x03\x04", "a ZIP/Office file"), (b"\x89PNG", "a PNG image"),
          (b"GIF8", "a GIF image"), (b"\xff\xd8\xff", "a JPEG image"), (b"\x1f\x8b", "a gzip file"),
          (b"{\\rtf", "an RTF file"), (b"\xd0\xcf\x11\xe0", "an old Office file"))
# Byte order marks and the encodings they announce; UTF-32 first (its LE mark starts like UTF-16's).
_BOMS = ((b"\xff\xfe\x00\x00", "utf-32-le"), (b"\x00\x00\xfe\xff", "utf-32-be"), (b"\xef\xbb\xbf", "utf-8"),
         (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"))
# A .txt or .json file larger than this cannot hold a text under MAX_TEXT_CHARS (4 bytes per
# character at most, plus room for JSON escapes and metadata); it is refused unread. A JSONL
# record (one line) has the same limit; the file itself may be of any size.
MAX_FILE_BYTES = 6 * MAX_TEXT_CHARS
# The keys a sidecar (metadata of a .txt file) may hold.
SIDECAR_KEYS = frozenset({"id", "doc_id", "lang", "published", "dct", "source", "title", "mode"})


def _open_regular(path: Path) -> tuple[Any, int]:
    """An open binary file and its size, after checking that it is a regular file.

    Opened without blocking and checked with ``fstat`` on the open descriptor: a FIFO,
    a device (a symlink to ``/dev/zero``) or a socket is refused before a byte is read.
    """
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from None
    st = os.fstat(fd)
    if not stat.S_ISREG(st.st_mode):
        os.close(fd)
        raise InputError(f"{path}: not a regular file ({_file_kind(st.st_mode)}); not read")
    if hasattr(os, "set_blocking"):
        os.set_blocking(fd, True)
    return os.fdopen(fd, "rb"), st.st_size


def _file_kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a FIFO"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "a directory" if stat.S_ISDIR(mode) else "not a file"


def _decode(data: bytes, where: str) -> str:
    """Text of a file or record: decoded by its BOM (UTF-8/16/32, the BOM dropped), else as UTF-8."""
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise InputError(f"{where}: looks like {what}, not text; extract its text first")
    encoding = next((enc for bom, enc in _BOMS if data.startswith(bom)), None)
    if encoding is None and b"\x00" in data[:8192]:
        raise InputError(f"{where}: looks like a binary file, not text")
    try:
        text = data.decode(encoding or "utf-8")
    except UnicodeDecodeError as exc:
        if encoding in (None, "utf-8"):
            raise InputError(f"{where}: not valid UTF-8 (byte {exc.start}); convert it, "
                             f"e.g. iconv -f latin1 -t utf-8") from None
        raise InputError(f"{where}: not valid {encoding.upper()} (byte {exc.start}) despite its byte order mark"
                         ) from None
    text = text.lstrip("\ufeff")
    if "\x00" in text[:8192]:
        raise InputError(f"{where}: looks like a binary file, not text")
    return text


def _read_text(path: Path) -> str:
    f, size = _open_regular(path)
    with f:
        if size > MAX_FILE_BYTES:
            raise InputError(f"{path}: {size:,} bytes, more than the limit of {MAX_FILE_BYTES:,} for one "
                             f"document; split it (e.g. into a .jsonl file with one article per line)")
        try:
            data = f.read(MAX_FILE_BYTES + 1)
        except OSError as exc:
            raise InputError(f"{path}: cannot read ({exc.strerror})") from None
    if len(data) > MAX_FILE_BYTES:  # it grew after the check
        raise InputError(f"{path}: more than {MAX_FILE_BYTES:,} bytes; split it")
    return _decode(data, str(path))


def _jsonl_lines(path: Path) -> Iterator[tuple[int, str | InputError]]:
    """(line number, text or the problem of that line) of a JSONL file, a line at a time.

    Streaming keeps a corpus file of any size out of memory. Lines end at
    ``\\n`` only: JSON strings may hold U+2028 or U+0085, which ``str.splitlines``
    would cut. Each line is checked on its own (binary content, encoding, size),
    so one bad record costs that record only. A file with a UTF-16/32 byte order
    mark is decoded as such.
    """
    f, _ = _open_regular(path)
    with f:
        head = f.read(4)
        for magic, what in _MAGIC:
            if head.startswith(magic):
                raise InputError(f"{path}: looks like {what}, not text; extract its text first")
        encoding = next((enc for bom, enc in _BOMS if head.startswith(bom)), None)
        f.seek(0)
        if encoding not in (None, "utf-8"):
            yield from _wide_jsonl_lines(path, f, encoding)
            return
        lineno = 0
        while True:
            raw = f.readline(MAX_FILE_BYTES + 1)
            if not raw:
                return
            lineno += 1
            if len(raw) > MAX_FILE_BYTES and not raw.endswith(b"\n"):
                while (rest := f.readline(1 << 20)) and not rest.endswith(b"\n"):
                    pass  # the rest of the over-long record, skipped unread into memory
                yield lineno, InputError(f"{path}:{lineno}: record longer than {MAX_FILE_BYTES:,} bytes; skipped")
                continue
            if lineno == 1 and raw.startswith(b"\xef\xbb\xbf"):
                raw = raw[3:]
            yield lineno, _jsonl_record_text(raw, f"{path}:{lineno}")


def _jsonl_record_text(raw: bytes, where: str) -> str | InputError:
    if b"\x00" in raw:
        return InputError(f"{where}: holds NUL bytes (binary data, not a JSON record)")
    try:
        return raw.decode("utf-8").rstrip("\r\n")
    except UnicodeDecodeError as exc:
        return InputError(f"{where}: not valid UTF-8 (byte {exc.start} of the line); "
                          f"convert it, e.g. iconv -f latin1 -t utf-8")


def _wide_jsonl_lines(path: Path, f, encoding: str) -> Iterator[tuple[int, str | InputError]]:
    text = io.TextIOWrapper(f, encoding=encoding, newline="\n")
    lineno = 0
    try:
        for lineno, line in enumerate(text, 1):
            yield lineno, line.lstrip("\ufeff").rstrip("\r\n") if "\x00" not in line else InputError(
                f"{path}:{lineno}: holds NUL characters (binary data, not a JSON record)")
    except UnicodeDecodeError:
        yield lineno + 1, InputError(f"{path}:{lineno + 1}: not valid {encoding.upper()}; "
                                     f"the rest of the file is not read")


def _load_json(raw: str, where: str) -> Any:
    try:
        return json.loads(raw)
    except json.JSONDecodeError as exc:
        raise InputError(f"{where}: broken JSON at line {exc.lineno} column {exc.colno}: {exc.msg}") from None
    except RecursionError:
        raise InputError(f"{where}: JSON nested too deeply") from None


@dataclass
class ReadNote:
    """Something the user should know about a run that costs no document (``kind``:
    ``"duplicate"`` for an id met again, ``"sidecar"`` for a deprecated ``NAME.json``)."""

    path: str
    message: str
    kind: str = "note"


def _legacy_sidecar(path: Path) -> dict | None:
    """The metadata of ``NAME.json`` beside ``NAME.txt`` if it is one (deprecated), else None.

    It counts as a sidecar only when it is a JSON object without ``text`` whose keys
    are all :data:`SIDECAR_KEYS`; anything else is a document (or a reported problem)
    of its own, never swallowed.
    """
    try:
        data = _load_json(_read_text(path), str(path))
    except InputError:
        return None
    if isinstance(data, dict) and "text" not in data and set(data) <= SIDECAR_KEYS:
        return data
    return None


def _sidecar_meta(path: Path) -> dict:
    """A sidecar's metadata (a JSON object); raises InputError naming the sidecar."""
    side = _load_json(_read_text(path), str(path))
    if not isinstance(side, dict):
        raise InputError(f"{path}: a sidecar must be a JSON object")
    unknown = sorted(set(side) - SIDECAR_KEYS - {"meta"})
    if "text" in side:
        raise InputError(f"{path}: a sidecar holds metadata only, not 'text'")
    if unknown:
        raise InputError(f"{path}: unknown sidecar keys {', '.join(unknown)}; "
                         f"use {', '.join(sorted(SIDECAR_KEYS))}")
    return side


class _Run:
    """One reading run: the files in it, the ids met so far (for duplicates), the options."""

    def __init__(self, files: list[Path], defaults: dict, sidecar: Path | None):
        self.files = set(files)
        self.defaults = defaults
        self.sidecar = sidecar
        self.seen: dict[str, str] = {}  # id -> where it was first read

    def txt(self, path: Path) -> Iterator[Document | ReadProblem | ReadNote]:
        meta: dict = dict(self.defaults)
        side_path = self.sidecar or _meta_sidecar(path)
        if side_path is not None:
            meta.update({k: v for k, v in _sidecar_meta(side_path).items() if v is not None})
        else:
            legacy = path.with_suffix(".json")
            side = _legacy_sidecar(legacy) if legacy.exists() else None
            if side is not None:
                meta.update({k: v for k, v in side.items() if v is not None})
                yield ReadNote(str(legacy), f"{legacy}: read as the metadata of {path.name}; rename it to "
                                            f"{path.stem}.meta.json (NAME.json sidecars are deprecated)", "sidecar")
        meta.setdefault("id", path.stem)
        yield document_from_record({**meta, "text": _read_text(path)}, where=str(path))

    def web(self, source: Path | str) -> Iterator[Document | ReadProblem]:
        """The pages of a web page file, web archive, feed, sitemap or URL (kb.web)."""
        from .web import Problem, iter_records

        try:
            for rec in iter_records(source):
                if isinstance(rec, Problem):
                    yield ReadProblem(rec.where, f"{rec.where}: {rec.message}")
                    continue
                where = rec.get("source") or str(source)
                try:
                    fields = {k: v for k, v in rec.items() if v is not None}
                    yield document_from_record(fields, where=where, defaults={**self.defaults, "id": None})
                except InputError as exc:
                    yield ReadProblem(where, str(exc))
        except InputError as exc:  # the optional extra is missing
            yield ReadProblem(str(source), f"{source}: {exc}")

    def stdin(self) -> Iterator[Document | ReadProblem]:
        """Standard input: JSON or JSONL records when it starts with ``{`` or ``[``, else one text."""
        import sys

        data = sys.stdin.buffer.read(MAX_FILE_BYTES + 1)
        if len(data) > MAX_FILE_BYTES:
            raise InputError(f"standard input: more than the limit of {MAX_FILE_BYTES:,} bytes")
        text = _decode(data, "standard input")
        head = text.lstrip()[:1]
        if head == "[" or (head == "{" and text.strip().count("\n") == 0):
            yield from self.records(Path("-"), _json_records(text, "standard input"))
        elif head == "{":
            items = ((f"standard input:{n}", _json_or_error(line, f"standard input:{n}"))
                     for n, line in enumerate(text.splitlines(), 1) if line.strip())
            yield from self.records(Path("-"), items)
        else:
            meta = {"id": "stdin", **{k: v for k, v in self.defaults.items() if v is not None}}
            yield document_from_record({**meta, "text": text}, where="standard input")

    def is_sidecar(self, path: Path) -> bool:
        """Whether a .json file of the run is the metadata of a .txt file of the run."""
        if path.name.lower().endswith(".meta.json"):
            return _txt_of_meta(path) in self.files or path == self.sidecar
        txt = path.with_suffix(".txt")
        # Only where the .txt file reads it: not when a .meta.json or --sidecar takes its place.
        return (txt in self.files and self.sidecar is None and _meta_sidecar(txt) is None
                and _legacy_sidecar(path) is not None)

    def records(self, path: Path, items: Iterable[tuple[str, Any]]) -> Iterator[Document | ReadProblem]:
        for where, rec in items:
            try:
                if isinstance(rec, InputError):
                    raise rec
                yield document_from_record(rec, where=where, defaults={**self.defaults, "id": None})
            except InputError as exc:
                yield ReadProblem(str(path), str(exc))

    def checked(self, item: Document | ReadProblem | ReadNote, where: Path) -> Iterator:
        if isinstance(item, Document):
            first = self.seen.get(item.id)
            if first is not None:
                yield ReadNote(str(where), f"document id {item.id!r} in {where} was read before from {first}; "
                                           f"the later one replaces the earlier", "duplicate")
            else:
                self.seen[item.id] = str(where)
        yield item


def _meta_sidecar(path: Path) -> Path | None:
    side = path.with_name(path.stem + ".meta.json")
    return side if side.exists() else None


def _txt_of_meta(path: Path) -> Path:
    return path.with_name(path.name[: -len(".meta.json")] + ".txt")


def _json_records(raw: str, where: str) -> Iterator[tuple[str, Any]]:
    data = _load_json(raw, where)
    records = data if isinstance(data, list) else [data]
    for i, rec in enumerate(records):
        yield (where if len(records) == 1 else f"{where} item {i + 1}"), rec


def _json_or_error(line: str, where: str) -> Any:
    try:
        return _load_json(line, where)
    except InputError as exc:
        return exc


def _json_items(path: Path) -> Iterator[tuple[str, Any]]:
    data = _load_json(_read_text(path), str(path))
    records = data if isinstance(data, list) else [data]
    for i, rec in enumerate(records):
        yield (f"{path}" if len(records) == 1 else f"{path} item {i + 1}"), rec


def _jsonl_items(path: Path) -> Iterator[tuple[str, Any]]:
    for lineno, line in _jsonl_lines(path):
        where = f"{path}:{lineno}"
        if isinstance(line, InputError):
            yield where, line
        elif line.strip():
            try:
                yield where, _load_json(line, where)
            except InputError as exc:
                yield where, exc


def _is_web_file(path: Path) -> bool:
    from .web import is_web_file

    return is_web_file(path)


def _iter_source(item: Path | str, run: _Run) -> Iterator[Document | ReadProblem | ReadNote]:
    """What one input gives: a file, standard input (``-``) or a URL."""
    if isinstance(item, Path):
        yield from _iter_file(item, run)
    elif item == STDIN:
        try:
            yield from run.stdin()
        except InputError as exc:
            yield ReadProblem("standard input", str(exc))
    else:
        yield from run.web(item)


def _iter_file(path: Path, run: _Run) -> Iterator[Document | ReadProblem | ReadNote]:
    suffix = path.suffix.lower()
    try:
        if suffix == ".txt":
            yield from run.txt(path)
        elif suffix == ".json":
            if run.is_sidecar(path):
                return  # read with its .txt file
            if path.name.lower().endswith(".meta.json"):
                raise InputError(f"{path}: a sidecar without its {_txt_of_meta(path).name}; not ingested")
            yield from run.records(path, _json_items(path))
        elif suffix == ".jsonl":
            yield from run.records(path, _jsonl_items(path))
        elif _is_web_file(path):
            yield from run.web(path)
        else:
            raise InputError(f"{path}: unsupported file type {suffix or '(none)'}; use .txt, .json, .jsonl, "
                             f"or with kb[web] .html, .warc(.gz), an RSS/Atom feed (.rss, .atom, .xml) or a URL")
    except InputError as exc:
        yield ReadProblem(str(path), str(exc))


def expand_paths(paths: Iterable[str | os.PathLike]) -> Iterator[Path | str | ReadProblem]:
    """Files named, and the supported files inside directories (recursively, sorted).

    ``-`` (standard input) and ``http(s)://`` URLs are passed on as strings.
    Inside directories, web pages and web archives (``.html``, ``.htm``,
    ``.warc``, ``.warc.gz``) are read too; feeds and sitemaps only when named,
    since reading them fetches the pages they list.
    What cannot be read is a :class:`ReadProblem`, one per directory or file: a
    directory that cannot be listed, and inside directories a FIFO, device or
    socket with a supported suffix (never opened). A path that does not exist
    raises :class:`kb.errors.InputError`.
    """
    from .web import is_url

    for p in paths:
        if str(p) == STDIN or is_url(p):
            yield str(p)  # read by iter_documents: standard input, or a page/feed/sitemap to fetch
            continue
        path = Path(p)
        if path.is_dir():
            yield from _walk(path, set())
        elif path.exists() or path.is_symlink():
            yield path
        else:
            raise InputError(f"{path}: no such file or directory")


def _walk(top: Path, visited: set[tuple[int, int]]) -> Iterator[Path | ReadProblem]:
    try:
        st = top.stat()
        if (st.st_dev, st.st_ino) in visited:
            return  # a link back to a directory being read
        visited.add((st.st_dev, st.st_ino))
        with os.scandir(top) as it:
            entries = sorted(it, key=lambda e: e.name)
    except OSError as exc:
        yield ReadProblem(str(top), f"{top}: cannot list the directory ({exc.strerror}); "
                                    f"the documents in it are not read")
        return
    for entry in entries:
        path = Path(entry.path)
        try:
            if entry.is_dir():
                yield from _walk(path, visited)
                continue
            if path.suffix.lower() not in SUPPORTED_SUFFIXES and not path.name.lower().endswith(_WEB_IN_DIRS):
                continue
            mode = entry.stat().st_mode
        except OSError as exc:
            yield ReadProblem(str(path), f"{path}: cannot read ({exc.strerror})")
            continue
        if stat.S_ISREG(mode):
            yield path
        else:
            yield ReadProblem(str(path), f"{path}: not a regular file ({_file_kind(mode)}); not read")


def iter_documents(paths: Iterable[str | os.PathLike], *, sidecar: str | os.PathLike | None = None,
                   file_done: Callable[[], None] | None = None,
                   **defaults: Any) -> Iterator[Document | ReadProblem | ReadNote]:
    """Yield a :class:`Document` per readable record, a :class:`ReadProblem` per bad one
    and a :class:`ReadNote` for what costs no document but should be known.

    ``defaults`` (``lang``, ``published``, ``source``, ``id``, ``mode``) fill
    fields a record does not give; ``id`` only applies to a single ``.txt`` file.
    A ``.txt`` file's metadata come from ``sidecar`` (only with one ``.txt``
    file), else from ``NAME.meta.json`` beside it, else (deprecated, with a
    note) from ``NAME.json`` when that holds only metadata keys. A document id
    met again in the run gives a ``"duplicate"`` note before the later document
    (which, stored, replaces the earlier). ``file_done`` is called after each file.
    """
    defaults = {k: v for k, v in defaults.items() if v is not None}
    items = list(expand_paths(paths))
    files = [x for x in items if isinstance(x, Path)]
    side = Path(sidecar) if sidecar is not None else None
    if side is not None and sum(f.suffix.lower() == ".txt" for f in files) != 1:
        raise InputError("--sidecar gives the metadata of one .txt file; name exactly one")
    run = _Run(files, defaults, side)
    for item in items:
        if isinstance(item, ReadProblem):
            yield item
        else:
            try:
                for doc in _iter_source(item, run):
                    yield from run.checked(doc, item)
            except KBError:
                raise
            except Exception as exc:  # noqa: BLE001 -- one unreadable file must not end the run
                yield ReadProblem(str(item), f"{item}: cannot read ({type(exc).__name__}: "
                                             f"{' '.join(str(exc).split())[:200]}); the documents "
                                             "before this point of the file were read")
        if file_done:
            file_done()
