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
"""

from __future__ import annotations

import os
import sqlite3
import threading
import time
import uuid
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

__all__ = ["ALL", "FILE", "SETTLE", "Changes", "finish", "forget", "noting", "read", "record"]

FILE = "kb-changes.sqlite"
ALL = "*"
SETTLE = 600.0  # seconds after which an entry never marked done counts as done (its writer died)
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


def _writer(store_dir: str | Path) -> sqlite3.Connection:
    key = (str(Path(store_dir).resolve()), os.getpid())  # a connection is not used across fork()
    db = _writers.get(key)
    if db is None:
        db = _connect(Path(store_dir), create=True)
        with db:
            db.executescript(_SCHEMA)
            db.execute("INSERT OR IGNORE INTO meta VALUES ('id', ?)", (uuid.uuid4().hex,))
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
        db = _writers.pop((str(Path(store_dir).resolve()), os.getpid()), None)
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
        return Changes(None, 0, 0, {ALL} if journal is not None else set())
    try:
        db.execute("BEGIN")  # one snapshot for all that is read
        try:
            row = db.execute("SELECT value FROM meta WHERE key = 'id'").fetchone()
        except sqlite3.OperationalError:  # just created by a writer, no tables yet
            row = None
        current = row[0] if row else None
        if current is None:
            return Changes(None, 0, 0, {ALL} if journal is not None else set())
        if journal is not None and current != journal:
            last = db.execute("SELECT COALESCE(MAX(seq), 0) FROM changes").fetchone()[0]
            return Changes(current, _passable(db, 0), last, {ALL})
        if journal is None:
            mark = 0
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
