"""The store's change journal: which named graphs a kb writer is about to change.

Readers that keep something derived from the store (the workbench's event
index, :mod:`kb.workbench.facets`) update it from the journal instead of
rebuilding it: every write through :class:`kb.store.Store` to an on-disk store
first appends the names of the graphs it is going to replace or remove to
``kb-changes.sqlite`` in the store's directory (``"*"`` when an update can
change any graph, such as ``kb query --update``).

The entry is written *before* the store's own transaction, so a change the
store committed always has an entry; an entry whose write then failed or was
killed is harmless (the reader reads that graph again and finds it as it was).
A reader that reads a graph between the entry and the commit would miss the
commit, so entries stay "recent" for :data:`SETTLE` seconds and are read again
by every update in that time (the commit changes the store's files, which
triggers one).

Each journal has a random ``id``: a reader that finds another id than the one
it saw (the journal was deleted, the store replaced) must start over.
"""

from __future__ import annotations

import sqlite3
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path

__all__ = ["ALL", "FILE", "SETTLE", "Changes", "read", "record"]

FILE = "kb-changes.sqlite"
ALL = "*"
SETTLE = 120.0  # seconds an entry counts as recent (its writer may not have committed yet)
_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS changes(seq INTEGER PRIMARY KEY AUTOINCREMENT, graph TEXT NOT NULL, at REAL NOT NULL);
"""


def _connect(path: Path, create: bool) -> sqlite3.Connection | None:
    # SQLite's default rollback journal: a reader writes nothing, so reading the journal does not
    # change the store's files (whose signature tells readers that the store changed).
    file = path / FILE
    if create:
        return sqlite3.connect(str(file), timeout=30.0)
    if not file.exists():
        return None
    return sqlite3.connect(f"file:{file}?mode=ro", uri=True, timeout=30.0)


def record(store_dir: str | Path | None, graphs) -> None:
    """Append ``graphs`` (IRIs, or :data:`ALL`) to the journal of the store at ``store_dir``.

    Does nothing for an in-memory or remote store (``store_dir`` ``None``).
    """
    if store_dir is None:
        return
    names = sorted({str(g) for g in graphs})
    if not names:
        return
    db = _connect(Path(store_dir), create=True)
    try:
        with db:
            db.executescript(_SCHEMA)
            db.execute("INSERT OR IGNORE INTO meta VALUES ('id', ?)", (uuid.uuid4().hex,))
            now = time.time()
            db.executemany("INSERT INTO changes(graph, at) VALUES (?, ?)", [(g, now) for g in names])
    finally:
        db.close()


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
    :data:`ALL`. Entries younger than :data:`SETTLE` seconds are returned but not passed by the
    new mark, so the next read returns them again.
    """
    db = _connect(Path(store_dir), create=False) if store_dir is not None else None
    if db is None:
        return Changes(None, 0, 0, {ALL} if journal is not None else set())
    try:
        try:
            row = db.execute("SELECT value FROM meta WHERE key = 'id'").fetchone()
        except sqlite3.OperationalError:  # just created by a writer, no tables yet
            row = None
        current = row[0] if row else None
        if current is None:
            return Changes(None, 0, 0, {ALL} if journal is not None else set())
        if journal is not None and current != journal:
            last, settled = db.execute("SELECT COALESCE(MAX(seq), 0), COALESCE(MAX(CASE WHEN at < ? THEN seq END), 0) "
                                       "FROM changes", (time.time() - SETTLE,)).fetchone()
            return Changes(current, settled, last, {ALL})
        if journal is None:
            mark = 0
        rows = db.execute("SELECT seq, graph, at FROM changes WHERE seq > ? ORDER BY seq", (mark,)).fetchall()
    finally:
        db.close()
    new_mark, young = mark, time.time() - SETTLE
    for seq, _, at in rows:
        if at >= young:
            break
        new_mark = seq
    return Changes(current, new_mark, rows[-1][0] if rows else mark, {g for _, g, _ in rows})
