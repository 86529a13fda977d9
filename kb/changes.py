"""The store's change journal: which named graphs a kb writer changes.

Readers that keep something derived from the store (the workbench's event
index, :mod:`kb.workbench.facets`) update it from the journal instead of
rebuilding it: every write through :class:`kb.store.Store` to an on-disk store
appends the names of the graphs it is going to replace or remove to
``kb-changes.sqlite`` in the store's directory (``"*"`` when an update can
change any graph, such as ``kb query --update``), and marks the entry done
when the write returned (:func:`noting`).

The entry is written *before* the store's own transaction, so a change the
store committed always has an entry. A reader does not pass an entry that is
not done yet (it reads the graph again next time: the commit and the mark
change the store's files, which triggers that); an entry whose writer was
killed stays not done and is passed after :data:`SETTLE` seconds, its graph
read once more (it is as it was, or as the store committed it).

A reader must read the journal *before* it opens the store to read the graphs
named: then everything marked done is in what it reads.

Each journal has a random ``id``: a reader that finds another id than the one
it saw (the journal was deleted, the store replaced) must start over.

The journal does not grow forever. A reader that keeps something between runs
(a ``kb serve`` index directory) says how far it read with :func:`note_reader`:
a small file in ``kb-changes.readers/`` beside the journal. Each time a writer
opens the journal (:func:`trim`) it deletes the entries every known reader has
passed, and any entry older than :data:`WINDOW` (30 days) whatever the readers
say; a reader not heard of for that long is no longer known, and so is one
tied to a process (a server's temporary index) once that process is gone. The journal keeps
the number of the last entry it deleted (``floor``): a reader whose mark is
below it missed entries and is told that everything changed (it rebuilds).
"""

from __future__ import annotations

import json
import os
import sqlite3
import threading
import time
import uuid
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

__all__ = ["ALL", "FILE", "READERS", "SETTLE", "WINDOW", "Changes", "finish", "forget", "forget_reader", "note_reader",
           "noting", "read", "record", "trim"]

FILE = "kb-changes.sqlite"
ALL = "*"
SETTLE = 600.0  # seconds after which an entry never marked done counts as done (its writer died)
READERS = "kb-changes.readers"  # a directory: store_signature() looks at files only, so noting a reader changes nothing
WINDOW = 30 * 86400.0  # seconds an entry is kept for readers that did not pass it (then they rebuild)
_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS changes(seq INTEGER PRIMARY KEY AUTOINCREMENT, graph TEXT NOT NULL, at REAL NOT NULL,
  done INTEGER NOT NULL DEFAULT 0);
"""


def _connect(path: Path, create: bool) -> sqlite3.Connection | None:
    # SQLite's default rollback journal: a reader writes nothing, so reading the journal does not
    # change the store's files (whose signature tells readers that the store changed).
    file = path / FILE
    if create:
        db = sqlite3.connect(str(file), timeout=30.0, check_same_thread=False)
        # As durable as the store's own writes (RocksDB does not sync each one either).
        db.execute("PRAGMA synchronous=OFF")
        return db
    if not file.exists():
        return None
    return sqlite3.connect(f"file:{file}?mode=ro", uri=True, timeout=30.0)


_writers: dict[tuple[str, int], sqlite3.Connection] = {}  # one connection per journal and process, kept open
_writers_lock = threading.Lock()
_resolved: dict[str, str] = {}  # a store directory as given -> resolved (resolving costs a few system calls)


def _key(store_dir: str | Path) -> tuple[str, int]:
    given = str(store_dir)
    path = _resolved.get(given)
    if path is None:
        path = _resolved[given] = str(Path(store_dir).resolve())
    return path, os.getpid()  # a connection is not used across fork()


def _writer(store_dir: str | Path) -> sqlite3.Connection:
    key = _key(store_dir)
    db = _writers.get(key)
    if db is None:
        db = _connect(Path(store_dir), create=True)
        with db:
            db.executescript(_SCHEMA)
            db.execute("INSERT OR IGNORE INTO meta VALUES ('id', ?)", (uuid.uuid4().hex,))
        _trim(db, Path(store_dir), time.time())
        _writers[key] = db
    return db


def record(store_dir: str | Path | None, graphs) -> list[int]:
    """Append ``graphs`` (IRIs, or :data:`ALL`) to the journal of the store at ``store_dir``;
    returns the entries' numbers (for :func:`finish`). Nothing for an in-memory or remote store."""
    names = sorted({str(g) for g in graphs})
    if store_dir is None or not names:
        return []
    with _writers_lock:
        db = _writer(store_dir)
        with db:
            now = time.time()
            return [db.execute("INSERT INTO changes(graph, at) VALUES (?, ?)", (g, now)).lastrowid for g in names]


def finish(store_dir: str | Path | None, seqs: list[int]) -> None:
    """Mark entries done: their write returned (committed, or failed and changed nothing)."""
    if store_dir is None or not seqs:
        return
    with _writers_lock:
        db = _writer(store_dir)
        with db:
            db.execute(f"UPDATE changes SET done = 1 WHERE seq IN ({','.join('?' * len(seqs))})", seqs)


def forget(store_dir: str | Path | None) -> None:
    """Close this process's connection to the journal (the store is closed)."""
    if store_dir is None:
        return
    with _writers_lock:
        db = _writers.pop(_key(store_dir), None)
        _resolved.pop(str(store_dir), None)  # resolved again when reopened (the directory may be another)
        if db is not None:
            db.close()


@contextmanager
def noting(store_dir: str | Path | None, graphs):
    """``with noting(dir, graphs): write`` notes the graphs before the write, done after it."""
    seqs = record(store_dir, graphs)
    try:
        yield
    finally:
        finish(store_dir, seqs)


@dataclass
class Changes:
    """What changed after a reader's mark: the graphs, and the new mark to keep."""

    journal: str | None  # the journal's id (None: there is no journal)
    mark: int  # entries up to here are settled and were read: the next read starts after it
    last: int  # the newest entry
    graphs: set[str] = field(default_factory=set)
    why: str = ""  # why the answer is ALL when no entry said so (the journal was replaced or trimmed)

    @property
    def everything(self) -> bool:
        return ALL in self.graphs


def read(store_dir: str | Path | None, journal: str | None, mark: int) -> Changes:
    """The graphs changed after ``mark`` of journal ``journal`` (a reader's last :class:`Changes`;
    ``None``: the reader saw no journal, so every entry of one that appeared since is new).

    When the journal's id is another (the journal was deleted and started again) the answer holds
    :data:`ALL`. Entries still being written are returned but not passed by the new mark, so the
    next read returns them again.
    """
    db = _connect(Path(store_dir), create=False) if store_dir is not None else None
    if db is None:
        return Changes(None, 0, 0, {ALL} if journal is not None else set(), "the change journal is gone")
    if journal is None:
        mark = 0
    try:
        db.execute("BEGIN")  # one snapshot for all that is read
        try:
            row = db.execute("SELECT value FROM meta WHERE key = 'id'").fetchone()
        except sqlite3.OperationalError:  # just created by a writer, no tables yet
            row = None
        current = row[0] if row else None
        if current is None:
            return Changes(None, 0, 0, {ALL} if journal is not None else set(), "the change journal is gone")
        floor = db.execute("SELECT value FROM meta WHERE key = 'floor'").fetchone()
        if journal is not None and current != journal or floor and mark < int(floor[0]):
            last = db.execute("SELECT COALESCE(MAX(seq), 0) FROM changes").fetchone()[0]
            why = ("the store's change journal is another one (the store was replaced)" if current != journal
                   else f"the change journal was trimmed past the reader's position ({mark} < {floor[0]})")
            return Changes(current, _passable(db, 0), last, {ALL}, why)
        rows = db.execute("SELECT seq, graph FROM changes WHERE seq > ? ORDER BY seq", (mark,)).fetchall()
        new_mark = _passable(db, mark)
    finally:
        db.close()
    return Changes(current, new_mark, rows[-1][0] if rows else mark, {g for _, g in rows})


def _passable(db: sqlite3.Connection, mark: int) -> int:
    """The last entry after ``mark`` before the first one still being written (not done, not old)."""
    first_open = db.execute("SELECT MIN(seq) FROM changes WHERE seq > ? AND done = 0 AND at >= ?",
                            (mark, time.time() - SETTLE)).fetchone()[0]
    if first_open is not None:
        return first_open - 1
    return db.execute("SELECT COALESCE(MAX(seq), ?) FROM changes", (mark,)).fetchone()[0]


def note_reader(store_dir: str | Path | None, name: str, journal: str | None, mark: int,
                pid: int | None = None) -> None:
    """Say that reader ``name`` (any stable string, e.g. an index directory) has read journal
    ``journal`` up to ``mark``: :func:`trim` keeps the entries after it. ``pid``: the reader lives
    only as long as that process on this machine (a server's temporary index); once the process is
    gone its note holds nothing back. Nothing happens when the store's directory is not writable
    (then only :data:`WINDOW` trims the journal)."""
    if store_dir is None or journal is None:
        return
    folder = Path(store_dir) / READERS
    file = _reader_file(store_dir, name)
    try:
        folder.mkdir(exist_ok=True)
        tmp = file.with_suffix(f".{os.getpid()}.tmp")
        note = {"reader": name, "journal": journal, "mark": int(mark), "at": time.time()}
        if pid is not None:
            note["pid"] = int(pid)
        tmp.write_text(json.dumps(note))
        os.replace(tmp, file)
    except OSError:
        pass


def _reader_file(store_dir: str | Path, name: str) -> Path:
    import hashlib

    return Path(store_dir) / READERS / (hashlib.sha256(name.encode("utf-8")).hexdigest()[:16] + ".json")


def forget_reader(store_dir: str | Path | None, name: str) -> None:
    """Reader ``name`` is gone for good (a server's temporary index): trimming no longer waits for it."""
    if store_dir is not None:
        try:
            _reader_file(store_dir, name).unlink(missing_ok=True)
        except OSError:
            pass


def _readers(store_dir: Path, journal: str, now: float) -> list[int]:
    """The marks of the readers of ``journal`` heard of within :data:`WINDOW`."""
    marks = []
    try:
        files = list((store_dir / READERS).glob("*.json"))
    except OSError:
        return []
    for file in files:
        try:
            note = json.loads(file.read_text())
        except (OSError, ValueError):
            continue
        if not isinstance(note, dict):
            continue
        if now - float(note.get("at", 0)) >= WINDOW or not _alive(note.get("pid")):
            file.unlink(missing_ok=True)  # not heard of for too long, or its process is gone: no longer known
        elif note.get("journal") == journal:
            marks.append(int(note.get("mark", 0)))
    return marks


def _alive(pid) -> bool:
    """Whether process ``pid`` runs on this machine (``None``: the reader is not tied to one). A pid
    reused by another process keeps the note: it then holds entries back until :data:`WINDOW`."""
    if pid is None or os.name == "nt":  # on Windows os.kill(pid, 0) would terminate the process
        return True
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError, ValueError, TypeError):
        return True  # another user's process, or no way to tell: keep the note
    return True


def _trim(db: sqlite3.Connection, store_dir: Path, now: float) -> int:
    """Delete the entries every known reader passed and those older than :data:`WINDOW`; raise the
    journal's ``floor`` to the last one deleted. Returns how many were deleted."""
    journal = db.execute("SELECT value FROM meta WHERE key = 'id'").fetchone()[0]
    marks = _readers(store_dir, journal, now)
    # Entries after the first one still being written are never passed by a reader's mark.
    passed = min(marks) if marks else 0
    old = db.execute("SELECT COALESCE(MAX(seq), 0) FROM changes WHERE at < ?", (now - WINDOW,)).fetchone()[0]
    cut = max(passed, old)
    if not cut:
        return 0
    with db:
        gone = db.execute("DELETE FROM changes WHERE seq <= ?", (cut,)).rowcount
        if gone:
            floor = db.execute("SELECT value FROM meta WHERE key = 'floor'").fetchone()
            db.execute("INSERT OR REPLACE INTO meta VALUES ('floor', ?)", (str(max(cut, int(floor[0]) if floor else 0)),))
    return gone


def trim(store_dir: str | Path, now: float | None = None) -> int:
    """Trim the journal of the store at ``store_dir`` now (a writer does it each time it opens the
    journal); returns how many entries were deleted."""
    with _writers_lock:
        return _trim(_writer(store_dir), Path(store_dir), time.time() if now is None else now)
