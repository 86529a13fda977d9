"""The workbench's event index kept between runs of ``kb serve``.

The index (:mod:`kb.workbench.facets`) lives in an index directory that outlives the server:
``kb-workbench/`` in the store's directory by default, or, for a remote store or a store
directory this user cannot write, ``$KB_CACHE_DIR/workbench/<hash>`` (``~/.cache/kb/...``
without it). A directory holds ``events-N.sqlite`` (the newest ``N`` is the index; an older one
is removed once nothing reads it), ``lock`` and, while a process works on it, ``.tmp``,
``.progress``, ``.verdict`` and ``.failed`` files.

On start the saved index is checked in the keeper's own process before the server opens it
(``resume``): SQLite's ``quick_check`` (a truncated or damaged file), the index format
(:data:`kb.workbench.facets.SCHEMA_VERSION`), the store it was built for (its directory or URL),
then the store's change journal (:mod:`kb.changes`) from the index's position: the documents
changed while the server was down are read again. A remote store has no journal: its saved
index is reused when the store's count of ``kb:eventType`` statements is the one the index
recorded and a sample of the index's events is there (``_remote_problem``). What cannot be
followed is rebuilt; when the saved index is still the same store's, it is served (marked stale)
while the rebuild runs. Each outcome is one line on stderr.

One server per directory: a second ``kb serve`` finding the directory locked keeps its index in
a temporary directory of its own (and says so), so it still serves, and never writes to the
index the first one is reading and updating.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import sys
import tempfile
import threading
import time
from pathlib import Path

from ..errors import InputError
from .facets import (SCHEMA_VERSION, FacetIndex, NeedsRebuild, _journal_dir, build, plan, refresh, same_store,
                     store_identity)

__all__ = ["DIR_NAME", "IndexDir", "IndexKeeper", "KeeperClosed", "cache_root", "default_dir", "saved_index"]

DIR_NAME = "kb-workbench"
_INDEX_GLOB = "events-*.sqlite"
_FILES = ("", "-wal", "-shm", ".columns")  # suffixes of an index's files (SQLite's, the saved columns)
# Exit codes of the keeper's process.
_DONE, _FAILED, _REBUILD, _REBUILD_SERVING = 0, 1, 3, 4


def cache_root() -> Path:
    """Where index directories of remote (or unwritable) stores go: ``$KB_CACHE_DIR/workbench``,
    else ``$XDG_CACHE_HOME/kb/workbench``, else ``~/.cache/kb/workbench``."""
    if os.environ.get("KB_CACHE_DIR"):
        return Path(os.environ["KB_CACHE_DIR"]) / "workbench"
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "kb" / "workbench"


def default_dir(location: str) -> Path:
    """The index directory ``kb serve`` uses for the store at ``location`` without ``--index-dir``.

    >>> default_dir("http://example.org/sparql").parent == cache_root()
    True
    """
    if "://" not in location:
        store = Path(location)
        if store.is_dir() and os.access(store, os.W_OK):
            return store / DIR_NAME
    digest = hashlib.sha256(store_identity(location).encode("utf-8")).hexdigest()[:16]
    return cache_root() / digest


def saved_index(directory: Path) -> Path | None:
    """The newest ``events-N.sqlite`` in ``directory``, or ``None``."""
    found = sorted((_generation(p), p) for p in directory.glob(_INDEX_GLOB) if _generation(p) is not None)
    return found[-1][1] if found else None


def _generation(path: Path) -> int | None:
    number = path.name[len("events-"):-len(".sqlite")]
    return int(number) if number.isdigit() else None


class IndexDir:
    """An index directory held by this process (a lock file), or a temporary one.

    ``kept`` is False for a temporary directory (deleted by :meth:`release`). ``say`` gets the
    one-line messages (``kb serve`` prints them on stderr).
    """

    def __init__(self, path: Path, kept: bool, lock=None):
        self.path = path
        self.kept = kept
        self._lock = lock

    @classmethod
    def open(cls, location: str, index_dir: str | os.PathLike | None = None, *, temporary: bool = False,
             say=None) -> "IndexDir":
        say = say or (lambda line: None)
        if temporary:
            return cls._temporary()
        path = Path(index_dir) if index_dir is not None else default_dir(location)
        if "://" not in location and path.resolve() == Path(location).resolve():
            # Its files would count as changes of the store: each update would start the next one.
            raise InputError(f"--index-dir {index_dir}: give a directory of its own, not the store's directory")
        try:
            path.mkdir(parents=True, exist_ok=True)
            lock = open(path / "lock", "a+", encoding="utf-8")
        except OSError as exc:
            say(f"kb serve: cannot use the index directory {path} ({exc.strerror or exc}); "
                "the event index goes to a temporary directory, built anew")
            return cls._temporary()
        if not _try_lock(lock):
            lock.seek(0)
            holder = lock.read().strip() or "?"
            lock.close()
            say(f"kb serve: the index directory {path} is in use by another kb serve (pid {holder}); this server "
                "builds its own event index in a temporary directory, deleted when it stops "
                "(--index-dir chooses another directory to keep)")
            return cls._temporary()
        lock.seek(0)
        lock.truncate()
        lock.write(f"{os.getpid()}\n")
        lock.flush()
        return cls(path, True, lock)

    @classmethod
    def _temporary(cls) -> "IndexDir":
        return cls(Path(tempfile.mkdtemp(prefix="kb-workbench-")), False)

    def release(self) -> None:
        """Unlock (a kept directory) or delete (a temporary one)."""
        if self._lock is not None:
            self._lock.close()  # closing the file drops the lock
            self._lock = None
        if not self.kept:
            shutil.rmtree(self.path, ignore_errors=True)


def _try_lock(file) -> bool:
    try:
        import fcntl
    except ImportError:  # Windows
        import msvcrt

        try:
            file.seek(0)
            msvcrt.locking(file.fileno(), msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False
    try:
        fcntl.flock(file.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        return True
    except OSError:
        return False


# --------------------------------------------------------------------------- the keeper's process
def _damage(path: Path, location: str) -> str | None:
    """Why the saved index at ``path`` cannot be used at all (damaged, another format, another
    store), or ``None``."""
    try:
        db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=60.0)
        try:
            problems = [r[0] for r in db.execute("PRAGMA quick_check(3)")]
            meta = dict(db.execute("SELECT key, value FROM meta"))
        finally:
            db.close()
    except sqlite3.Error as exc:
        return f"the index file is damaged ({exc})"
    if problems != ["ok"]:
        return f"the index file is damaged ({'; '.join(problems)[:200]})"
    if meta.get("schema") != SCHEMA_VERSION:
        return f"the index has format {meta.get('schema') or '?'}, this kb writes {SCHEMA_VERSION}"
    if not same_store(meta.get("store", ""), location, path):
        return f"the index was built for another store ({meta.get('store') or 'unknown'})"
    return None


def _note(location: str, path: Path, reader: str | None, pid: int | None = None) -> None:
    """Tell the store's journal how far the index at ``path`` has read it (:func:`kb.changes.note_reader`;
    ``pid``: the server whose temporary index it is)."""
    from ..changes import note_reader

    directory = _journal_dir(location)
    if reader is None or directory is None:
        return
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=60.0)
    try:
        meta = dict(db.execute("SELECT key, value FROM meta WHERE key IN ('journal', 'mark')"))
    finally:
        db.close()
    note_reader(directory, reader, meta.get("journal") or None, int(meta.get("mark") or 0), pid)


SAMPLE = 8  # events of a saved index looked up in a remote store before the index is reused


def _remote_problem(location: str, path: Path) -> str | None:
    """Why the saved index at ``path`` no longer fits the remote store at ``location``, or ``None``:
    its count of ``kb:eventType`` statements must be the one the index recorded, and a random
    sample of :data:`SAMPLE` of its events must be there. Raises :class:`kb.errors.KBError` when
    the store cannot be asked."""
    from ..store import Store
    from .facets import KB, iri_term, select, typed_count

    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=60.0)
    try:
        recorded = (db.execute("SELECT value FROM meta WHERE key = 'typed'").fetchone() or [""])[0]
        iris = [r[0] for r in db.execute("SELECT iri FROM events ORDER BY random() LIMIT ?", (SAMPLE,))]
    finally:
        db.close()
    if not recorded:
        return "the index records no count of the remote store's events"
    store = Store(location)
    try:
        now = typed_count(store)
        found = int(str(select(store, "SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { VALUES ?e { "
                                      + " ".join(iri_term(i) for i in iris)
                                      + f" }} GRAPH ?g {{ ?e <{KB}eventType> ?t }} }}")[0]["n"])) if iris else 0
    finally:
        store.close()
    if now != int(recorded):
        return f"the remote store has {now} kb:eventType statements, the index was made at {recorded}"
    if found < len(iris):
        return f"{len(iris) - found} of {len(iris)} of its events looked up are no longer in the remote store"
    return None


def _remote_verdict(location: str, path: Path) -> tuple[int, str]:
    """A remote store has no change journal: reuse the saved index when :func:`_remote_problem`
    finds nothing (or the store does not answer now), else rebuild it while serving it."""
    from ..errors import KBError

    try:
        why = _remote_problem(location, path)
    except KBError as exc:
        return _DONE, (f"reused without checking it: the remote store did not answer ({str(exc)[:200]}); "
                       f"remove {path.name} to rebuild it")
    if why:
        return _REBUILD_SERVING, f"rebuilding it, the saved one served meanwhile: {why}"
    return _DONE, (f"reused: the remote store has as many events, and a sample of up to {SAMPLE} of them is there "
                   "(a remote store has no change journal: documents other writers re-wrote there while the "
                   f"server was down, keeping their number of events, are not seen; remove {path.name} to "
                   "rebuild it)")


def _saved_signature(path: Path) -> str | None:
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=60.0)
    try:
        row = db.execute("SELECT value FROM meta WHERE key = 'signature'").fetchone()
    finally:
        db.close()
    return row[0] if row else None


def _resume(location: str, path: Path, docs: set[str], signature: str | None = None) -> tuple[int, str]:
    """Check the saved index and bring it up to the store (whose files' signature is now
    ``signature``): (exit code, the line to say)."""
    from ..changes import FILE
    from ..store import Store

    why = _damage(path, location)
    if why:
        return _REBUILD, f"rebuilding it: {why}"
    if _journal_dir(location) is None:
        return _remote_verdict(location, path)
    # Any write through kb starts the journal: a store without one whose files changed since the
    # index was built was changed by something else (a bulk load, pyoxigraph itself).
    if signature is not None and not (Path(location) / FILE).exists() and _saved_signature(path) != signature:
        return _REBUILD_SERVING, ("rebuilding it, the saved one served meanwhile: the store changed and has no "
                                  "change journal to tell what (it was written by something other than kb)")
    try:
        planned = plan(path, location, docs)  # the journal first, then the store
    except NeedsRebuild as exc:
        return _REBUILD_SERVING, f"rebuilding it, the saved one served meanwhile: {exc}"
    if not planned[0]:
        refresh(None, path, location, planned=planned)  # moves the journal position only
        return _DONE, "reused, up to date with the store"
    store = Store(location, read_only=True)
    try:
        rows = refresh(store, path, location, planned=planned)
    finally:
        store.close()
    return _DONE, (f"reused, updated from the change journal ({len(planned[0])} documents changed while the "
                   f"server was down, {rows} events written)")


def _watch_parent(parent: int) -> None:
    """Exit when the server that started this process is gone (killed): nobody would take the work,
    and a later server may already be writing the same files."""
    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1.0)
        os._exit(_FAILED)

    threading.Thread(target=watch, name="kb-watch-parent", daemon=True).start()


def _work_main(location: str, path: str, signature: str, mode: str, docs: list[str],
               reader: str | None = None, parent: int | None = None, temporary: bool = False) -> None:
    """The index keeper's process: open the store read-only, then follow its changes into the index
    at ``path`` (``mode`` "update"; exit code 3 when it needs a rebuild), check a saved index and
    follow the changes since it was last used ("resume": exit 3 when it is unusable, 4 when it
    must be rebuilt but can be served meanwhile; the verdict in ``.verdict``), or build it anew
    ("build"); exit 0 when done, 1 with a message on stderr when it failed. The journal is told
    how far the index read it under the name ``reader``; for a ``temporary`` index the note names
    the server (``parent``), so it stops holding the journal back once that server is gone."""
    from ..store import Store

    if parent is not None:
        _watch_parent(parent)
    target = Path(path)
    progress_file = target.with_suffix(".progress")
    owner = parent if temporary else None

    def progress(n: int) -> None:
        progress_file.write_text(str(n))

    try:
        if mode == "resume":
            code, line = _resume(location, target, set(docs), signature)
            target.with_suffix(".verdict").write_text(line)
            if code == _DONE:
                _note(location, target, reader, owner)
            sys.exit(code)
        # The journal first, then the store: whatever the journal says is done is in what is read.
        if mode == "update":
            planned = plan(target, location, set(docs))
        else:
            from ..changes import note_reader, read

            journal = read(_journal_dir(location), None, 0)
            if reader is not None:  # the entries after this position must be kept for us
                note_reader(_journal_dir(location), reader, journal.journal, journal.mark, owner)
        store = Store(location, read_only=True) if "://" not in location else Store(location)
        try:
            if mode == "update":
                refresh(store, target, location, planned=planned)
            else:
                build(store, target, signature, progress, location, journal)
        finally:
            store.close()
        _note(location, target, reader, owner)
    except NeedsRebuild:
        sys.exit(_REBUILD)
    except Exception as exc:  # noqa: BLE001 - the server reports one line
        why = f"{type(exc).__name__}: {' '.join(str(exc).split())[:300]}"
        print(f"kb workbench: {mode} of the event index failed: {why}", file=sys.stderr)
        try:  # the server shows it to whoever asks for the index
            target.with_suffix(".failed").write_text(why)
        except OSError:
            pass
        sys.exit(_FAILED)
    finally:
        progress_file.unlink(missing_ok=True)


class KeeperClosed(RuntimeError):
    """The keeper was closed (its server is stopping): it has no index to give."""


class IndexKeeper:
    """The server's event index, kept up to date with the store by a process of its own.

    With ``keep`` (an :class:`IndexDir` held by this server) the index saved there by an earlier
    run is checked and brought up to date first (see the module's text); without it, or when
    there is none, the first request builds it (about a minute per 100,000 events). After that,
    a change of the store's files starts an update that reads only the documents the store's
    change journal (:mod:`kb.changes`) names, or those :meth:`touched` names (the server's own
    reviews, the only changes it learns of on a remote store); when the journal cannot be
    followed (an update that could change any graph, a merge) the index is built anew. Requests
    never wait: while a build runs they are answered from the previous index (marked stale) or,
    before the first one exists, get :class:`IndexBuilding`; while an update runs, from the index
    as it was before it (SQLite commits the update as one transaction). The work runs in another
    process, so it neither holds the GIL of the server nor counts against a query's time limit.

    ``say`` gets one line per decision about a saved index (``kb serve`` prints them on stderr);
    :attr:`messages` keeps them. A build that fails (its process's one-line reason in ``.failed``) is
    :attr:`failure` until the next request after a pause (:attr:`RETRY`) starts it again.
    """

    RETRY = (5.0, 30.0, 120.0, 600.0)  # seconds before a failed build is started again (1st, 2nd, ... failure)

    def __init__(self, location: str, index_dir: str | os.PathLike, keep: bool = False, say=None):
        self.location = location
        self.dir = Path(index_dir)
        self.keep = keep
        self._say = say
        self.messages: list[str] = []
        self._lock = threading.Lock()
        self._proc = None
        self._mode = ""
        self._target: Path | None = None
        self._target_signature: str | None = None
        self._signature: str | None = None  # the store's signature the current index follows
        self._pending: set[str] = set()  # documents this server changed, not yet in the index
        self._running: set[str] = set()  # those the running update reads
        self._current: FacetIndex | None = None
        self._retired: list[FacetIndex] = []
        self._generation = 0
        self._saved: Path | None = self._tidy() if keep else None
        self._failed: str | None = None  # why the last build failed (until the next one starts)
        self._failures = 0  # builds that failed in a row
        self._retry_at = 0.0  # time.monotonic() when a failed build is tried again
        self.updates = 0  # finished incremental updates (tests, the log)
        self.builds = 0
        self.resumed = False  # the index saved by an earlier run was reused
        self.closed = False  # close() ran: no process is started any more

    def _tidy(self) -> Path | None:
        """The saved index to resume, after removing what an earlier run left half-done."""
        saved = saved_index(self.dir)
        for leftover in [*self.dir.glob(_INDEX_GLOB), *(p for kind in ("tmp", "progress", "verdict", "failed")
                                                          for p in self.dir.glob(f"events-*.{kind}"))]:
            if saved is None or leftover.name != saved.name:
                for suffix in _FILES:
                    Path(str(leftover) + suffix).unlink(missing_ok=True)
        if saved is not None:
            self._generation = _generation(saved) or 0
        return saved

    @property
    def reader(self) -> str:
        """The name this index goes by in the store's journal (:func:`kb.changes.note_reader`)."""
        return str(self.dir.resolve())

    def say(self, line: str) -> None:
        line = f"kb serve: event index in {self.dir}: {line}"
        self.messages.append(line)
        if self._say:
            self._say(line)

    def signature(self) -> str:
        from ..querypool import store_signature

        if "://" in self.location:
            return repr(("remote", self.location))
        return repr(store_signature(self.location))

    def touched(self, doc_ids) -> None:
        """Documents this process just changed: the next :meth:`get` updates their rows."""
        with self._lock:
            self._pending |= set(doc_ids)

    def get(self) -> tuple["FacetIndex | None", bool]:
        """(the newest finished index or ``None``, whether the store changed since it was made).
        Raises :class:`KeeperClosed` once :meth:`close` ran (the server is stopping)."""
        signature = self.signature()
        with self._lock:
            if self.closed:  # a request the stopping server still answers: start nothing that outlives it
                raise KeeperClosed("the event index is closed: the server is stopping")
            self._collect()
            fresh = (self._current is not None and self._signature == signature and not self._pending
                     and self._proc is None)
            if not fresh and self._proc is None and (self._failed is None or time.monotonic() >= self._retry_at):
                self._failed = None
                self._start(signature)
            if self._current is not None:
                self._current.sync()
            return self._current, not fresh

    def check_saved(self) -> bool:
        """Start checking the index an earlier run saved, now rather than at the first request (``kb
        serve`` does at start-up); ``False`` when there is none (a first build waits for ``/events``)."""
        signature = self.signature()
        with self._lock:
            if self._saved is None or self._proc is not None:
                return False
            self._start(signature)
            return True

    def wait(self, timeout: float = 600.0) -> "FacetIndex | None":
        """Block until the index follows the store (tests and benchmarks)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            index, stale = self.get()
            if index is not None and not stale:
                return index
            if self.failure:
                raise RuntimeError(self.failure)
            time.sleep(0.05)
        raise TimeoutError("the event index did not catch up with the store")

    def progress(self) -> int:
        try:
            return int(self._target.with_suffix(".progress").read_text()) if self._target else 0
        except (OSError, ValueError):
            return 0

    @property
    def failure(self) -> str | None:
        """Why the last build failed, with when it is tried again; ``None`` unless it failed."""
        if self._failed is None:
            return None
        left = max(0, round(self._retry_at - time.monotonic()))
        return f"building the event index failed ({self._failed}); it is tried again in {left} s"

    @property
    def checking(self) -> bool:
        """A saved index is being checked (requests wait for it rather than for a build)."""
        return self._mode == "resume" and self._proc is not None

    def _start(self, signature: str, rebuild: bool = False) -> None:
        import multiprocessing

        if self._saved is not None and not rebuild:
            self._mode, self._target, self._saved = "resume", self._saved, None
        elif self._current is None or rebuild:
            if self.keep and self._current is None and not rebuild:
                self.say("none saved yet; building it")
            self._generation += 1
            self._mode, self._target = "build", self.dir / f"events-{self._generation}.sqlite"
        else:
            self._mode, self._target = "update", self._current.path
        self._target_signature = signature
        self._running, self._pending = self._pending, set()
        ctx = multiprocessing.get_context("spawn")
        self._proc = ctx.Process(target=_work_main, args=(
            self.location, str(self._target), signature, self._mode, sorted(self._running),
            self.reader, os.getpid(), not self.keep), name=f"kb-workbench-index-{self._mode}", daemon=True)
        self._proc.start()

    def _collect(self) -> None:
        if self._proc is None or self._proc.is_alive():
            return
        self._proc.join()
        code, self._proc = self._proc.exitcode, None
        if self._mode == "resume":
            self._resumed(code)
            return
        if self._mode == "update":
            if code == 0:
                self.updates += 1
                self._signature = self._target_signature
                return
            # A failed or impossible update left the index as it was (one transaction): build anew,
            # with the documents it was to read (a new build reads everything anyway).
            self._start(self._target_signature, rebuild=True)
            return
        fresh = FacetIndex.open(self._target) if code == 0 else None
        if fresh is None:
            self._build_failed(code)
            return
        self._failures = 0
        self.builds += 1
        self._signature = self._target_signature
        if self.keep:
            fresh.save_columns()
        self._replace(fresh)

    def _build_failed(self, code: int) -> None:
        """A build failed: say why; the next request after a pause (:attr:`RETRY`, longer each time it
        fails again) starts it again. It may have met a passing state (a writer compacting the store
        as it was opened); the index it replaces, if any, is served meanwhile."""
        failed = self._target.with_suffix(".failed")
        try:
            why = failed.read_text(encoding="utf-8").strip()
        except OSError:
            why = "the index it wrote cannot be opened" if code == 0 else f"its process ended with exit code {code}"
        failed.unlink(missing_ok=True)
        pause = self.RETRY[min(self._failures, len(self.RETRY) - 1)]
        self._failures += 1
        self._failed, self._retry_at = why, time.monotonic() + pause
        self.say(f"building it failed ({why}); it is tried again in {pause:g} s at the next request")

    def _resumed(self, code: int) -> None:
        """Take the outcome of checking the saved index: use it, use it while it is rebuilt, or rebuild."""
        verdict = self._target.with_suffix(".verdict")
        try:
            line = verdict.read_text().strip()
        except OSError:
            line = f"checking it failed (exit code {code}); rebuilding it"
        verdict.unlink(missing_ok=True)
        saved = FacetIndex.open(self._target) if code in (_DONE, _REBUILD_SERVING) else None
        if saved is None and code in (_DONE, _REBUILD_SERVING):
            line = "rebuilding it: the index file could not be opened"
        self.say(line)
        if saved is not None:
            self._current = saved
            self.resumed = code == _DONE
            saved.save_columns()
            if code == _DONE:
                self._signature = self._target_signature
                return
        else:
            for suffix in _FILES:
                Path(str(self._target) + suffix).unlink(missing_ok=True)
        self._start(self._target_signature, rebuild=True)

    def _replace(self, fresh: FacetIndex) -> None:
        old, self._current = self._current, fresh
        # A request that took the old index a moment ago may still be reading it: it is closed one
        # generation later, not now (closing it under that request was a 500).
        for retired in self._retired:
            retired.close(remove=True)
        self._retired = [old] if old is not None else []

    def close(self) -> None:
        """Stop the keeper's process; the newest finished index stays in a kept directory."""
        with self._lock:
            self.closed = True
            if self._proc is not None:
                self._proc.kill()
                self._proc.join(timeout=5)
                self._proc = None
            for retired in self._retired:
                retired.close(remove=True)
            self._retired = []
            if self._current is not None:
                if self.keep:
                    self._current.save_columns()  # the next start reads them instead of every row
                self._current.close()
                self._current = None
            if not self.keep:  # a temporary index is gone with this server: the journal need not wait for it
                from ..changes import forget_reader

                forget_reader(_journal_dir(self.location), self.reader)
