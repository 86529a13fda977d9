"""Queries in worker processes that can be stopped.

A SPARQL query on the embedded store runs inside pyoxigraph, which a thread
cannot interrupt: a cartesian ``ORDER BY`` keeps computing (and allocating)
until it ends. :class:`QueryPool` therefore runs each call in one of a few
worker processes, each holding its own read-only handle on the store, and
kills the worker when the call runs past its time or its memory ceiling; a new
worker takes its place and the next call is served.

Each worker reopens its read-only handle when the store's files changed since
the last call (a cheap listing of the store directory), so documents ingested
by another process while a server runs are seen by the next query.

The memory ceiling is the worker's resident set size, read from ``/proc`` every
``POLL`` seconds while a call runs (Linux; elsewhere only the time limit holds).
"""

from __future__ import annotations

import multiprocessing
import os
import queue
import signal
import threading
import time
from pathlib import Path

from .errors import KBError, QueryError, StoreError

__all__ = ["PoolBusy", "QueryCancelled", "QueryPool", "WorkerCrashed", "run_in_child", "store_signature"]

POLL = 0.05  # seconds between checks of a running call (result, deadline, memory, liveness)
STARTUP = 120  # seconds a new worker may take to import kb and open the store
_PAGE = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096


class QueryCancelled(QueryError):
    """A call ran past its time (``reason == "time"``) or memory limit (``"memory"``); its worker was killed."""

    def __init__(self, message: str, reason: str = "time"):
        super().__init__(message)
        self.reason = reason


class PoolBusy(QueryError):
    """No worker became free in time."""


class WorkerCrashed(QueryError):
    """The worker process died during the call (e.g. a crash inside the query engine)."""


def store_signature(path: str | os.PathLike | None) -> tuple | None:
    """What changes when a writer changes the store at ``path``: name, size and
    mtime of every file in it (RocksDB appends to its log and adds table files).

    ``None`` for no path (a remote store: every query reaches the server anyway).
    """
    if path is None:
        return None
    try:
        with os.scandir(path) as entries:
            return tuple(sorted((e.name, st.st_size, st.st_mtime_ns) for e in entries
                                if e.is_file() and not e.name.startswith("LOG")
                                for st in (e.stat(),)))
    except OSError:
        return ()


class _StoreHandle:
    """A worker's read-only store, reopened when the files behind it changed."""

    def __init__(self, location: str | None, read_only: bool = True):
        self.location = location
        self.read_only = read_only
        self.path = None if location is None or "://" in location else Path(location)
        self._store = None
        self._signature: tuple | None = None

    def close(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None

    def get(self):
        from .store import Store

        signature = store_signature(self.path)
        if self._store is None or signature != self._signature:
            self.close()
            self._store = Store(self.location, read_only=self.read_only)
            self._signature = signature
        return self._store


def _worker_main(conn, location: str | None, read_only: bool) -> None:
    """The loop of one worker: receive ``(function, args)``, call ``function(store, *args)``, reply."""
    # Ctrl-C reaches the whole process group; the parent decides when workers stop.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    handle = _StoreHandle(location, read_only)
    try:  # open now, before the first call; a failure is reported by that call
        handle.get()
    except Exception:  # noqa: BLE001 - the first call raises it again, as one line
        pass
    try:
        conn.send(("ready",))  # a call's time limit starts after this
    except (OSError, ValueError):
        return
    while True:
        try:
            task = conn.recv()
        except (EOFError, OSError):  # the parent is gone
            task = None
        if task is None:  # asked to stop, or orphaned: release the store (a writer flushes it)
            handle.close()
            return
        fn, args = task
        try:
            reply = ("ok", fn(handle.get(), *args))
        except KBError as exc:
            reply = ("kberror", type(exc).__name__, str(exc))
        except MemoryError:
            reply = ("kberror", "QueryError", "the query ran out of memory")
        except RecursionError:
            reply = ("kberror", "QueryError", "the query is nested too deeply")
        except Exception as exc:  # noqa: BLE001 - reported to the caller as one line, the worker lives on
            reply = ("kberror", "KBError", f"internal error ({type(exc).__name__}): {' '.join(str(exc).split())}")
        try:
            conn.send(reply)
        except (OSError, ValueError):
            return
        except Exception as exc:  # noqa: BLE001 - an unpicklable result
            conn.send(("kberror", "KBError", f"internal error: cannot pass the result back ({exc})"))


def _error_from(name: str, message: str) -> KBError:
    from . import errors

    cls = {"QueryCancelled": QueryCancelled, "PoolBusy": PoolBusy, "WorkerCrashed": WorkerCrashed}.get(name)
    if cls is None:
        cls = getattr(errors, name, KBError)
        if not (isinstance(cls, type) and issubclass(cls, KBError)) or cls is errors.ShapeViolation:
            cls = KBError
    return cls(message)


def _death(worker) -> str:
    code = worker.process.exitcode
    how = "" if code is None else f" ({f'signal {-code}' if code < 0 else f'exit code {code}'})"
    if not worker.served and code == 1:  # spawn could not start it (it re-imports the main script)
        return (f"a query process failed to start{how}; a script that starts kb's query workers "
                "must do so under `if __name__ == \"__main__\":`")
    return f"the query crashed its process{how}; it was replaced"


def _rss(pid: int) -> int | None:
    try:
        with open(f"/proc/{pid}/statm", "rb") as f:
            return int(f.read().split()[1]) * _PAGE
    except (OSError, ValueError, IndexError):
        return None


class _Worker:
    def __init__(self, ctx, location: str | None, read_only: bool):
        parent, child = ctx.Pipe()
        self.conn = parent
        self.process = ctx.Process(target=_worker_main, args=(child, location, read_only), daemon=True,
                                   name="kb-query-worker")
        self.process.start()
        child.close()
        self.served = 0  # calls answered
        self.ready = False  # its "ready" message was received
        self._ending = threading.Lock()
        self._ended = False  # killed: its pipe is closed

    @property
    def pid(self) -> int:
        return self.process.pid

    def stop(self) -> None:
        """Ask an idle worker to close its store and exit; kill it if it does not."""
        try:
            self.conn.send(None)
            self.process.join(5)
        except (OSError, ValueError):
            pass
        self.kill()

    def kill(self) -> None:
        """Kill the process and close its pipe, once: a request thread retiring a worker that
        failed and the pool closing at the same time both kill it (closing the pipe twice raised
        "Bad file descriptor" from the server's shutdown)."""
        with self._ending:
            if self._ended:
                return
            self._ended = True
            try:
                os.kill(self.process.pid, signal.SIGKILL)
            except (ProcessLookupError, TypeError):
                pass
            self.process.join(5)
            self.conn.close()


class QueryPool:
    """``workers`` processes, each with a read-only handle on the store at ``location``
    (a directory or an ``http(s)://`` endpoint).

    :meth:`call` runs ``function(store, *args)`` in a free worker and returns
    its result; ``function`` must be a module-level function (it is pickled by
    name). Past ``timeout`` seconds or ``memory_mb`` MiB of resident memory the
    worker is killed and replaced, and :class:`QueryCancelled` is raised; a
    worker that dies raises :class:`WorkerCrashed`; a :class:`kb.errors.KBError`
    raised in the worker is raised again here with its message.
    """

    def __init__(self, location: str | os.PathLike | None, workers: int = 2, *, memory_mb: int | None = 2048,
                 read_only: bool = True):
        if workers < 1:
            raise ValueError("a query pool needs at least one worker")
        self.location = None if location is None else str(location)
        self.read_only = read_only
        self.memory = memory_mb * 2**20 if memory_mb else None
        self._ctx = multiprocessing.get_context("spawn")
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._lock = threading.Lock()
        self._workers: set[_Worker] = set()
        self._closed = False
        self.replaced = 0  # workers killed (timeout, memory) or found dead, and replaced
        for _ in range(workers):
            self._idle.put(self._start())

    def _start(self) -> _Worker:
        worker = _Worker(self._ctx, self.location, self.read_only)
        with self._lock:
            self._workers.add(worker)
        return worker

    def _retire(self, worker: _Worker) -> None:
        worker.kill()
        with self._lock:
            self._workers.discard(worker)
            if self._closed:
                return
            self.replaced += 1
        self._idle.put(self._start())

    @property
    def pids(self) -> list[int]:
        """The process ids of the live workers."""
        with self._lock:
            return sorted(w.pid for w in self._workers)

    def call(self, function, *args, timeout: float, wait: float | None = None):
        """``function(store, *args)`` in a worker, killed after ``timeout`` seconds.

        ``wait`` bounds the time spent waiting for a free worker (default
        ``timeout``); past it :class:`PoolBusy` is raised.
        """
        if self._closed:
            raise StoreError("the query pool is closed")
        worker = self._take(timeout if wait is None else wait)
        done = False
        try:
            if not worker.ready:
                self._wait_ready(worker)
            worker.conn.send((function, args))
            reply = self._await(worker, time.monotonic() + timeout, timeout)
            worker.served += 1
            done = True
        except (OSError, EOFError):
            raise WorkerCrashed("the query process stopped unexpectedly; it was replaced") from None
        finally:
            if done:
                self._idle.put(worker)
            else:
                self._retire(worker)
        if reply[0] == "ok":
            return reply[1]
        raise _error_from(reply[1], reply[2])

    def _take(self, wait: float) -> _Worker:
        """A free live worker (one found dead while idle is replaced)."""
        deadline = time.monotonic() + wait
        while True:
            try:
                worker = self._idle.get(timeout=max(0.0, deadline - time.monotonic()))
            except queue.Empty:
                raise PoolBusy("the server is busy; try again later") from None
            if worker.process.exitcode is None:
                return worker
            self._retire(worker)

    def _wait_ready(self, worker: _Worker) -> None:
        """Wait for a new worker to start (imports, store opened): not part of a call's time."""
        if not worker.conn.poll(STARTUP):
            raise WorkerCrashed(f"a query process did not start within {STARTUP} s")
        try:
            message = worker.conn.recv()
        except (EOFError, OSError):
            worker.process.join(1)
            raise WorkerCrashed(_death(worker)) from None
        if message != ("ready",):
            raise WorkerCrashed("a query process sent an unexpected message")
        worker.ready = True

    def _await(self, worker: _Worker, deadline: float, timeout: float):
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise QueryCancelled(f"query timed out after {timeout:g} s; add a LIMIT or narrow it down")
            if worker.conn.poll(min(POLL, remaining)):
                try:
                    return worker.conn.recv()
                except (EOFError, OSError):  # it died: the pipe closed
                    worker.process.join(1)
                    raise WorkerCrashed(_death(worker)) from None
            if worker.process.exitcode is not None:
                raise WorkerCrashed(_death(worker))
            if self.memory is not None:
                rss = _rss(worker.pid)
                if rss is not None and rss > self.memory:
                    raise QueryCancelled(f"query stopped: it used more than {self.memory // 2**20} MiB",
                                         "memory")

    def close(self) -> None:
        """Stop the idle workers and kill the busy ones."""
        with self._lock:
            self._closed = True
            workers = set(self._workers)
            self._workers.clear()
        while True:
            try:
                worker = self._idle.get_nowait()
            except queue.Empty:
                break
            if worker in workers:
                workers.discard(worker)
                worker.stop()
        for w in workers:
            w.kill()

    def __enter__(self) -> QueryPool:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def run_in_child(location: str | os.PathLike | None, function, *args, timeout: float,
                 memory_mb: int | None = None, read_only: bool = True):
    """``function(store, *args)`` in one child process with its own store handle,
    killed after ``timeout`` seconds (what ``kb query --timeout`` does). An
    update killed this way changes nothing: the store writes it in one transaction."""
    with QueryPool(location, 1, memory_mb=memory_mb, read_only=read_only) as pool:
        return pool.call(function, *args, timeout=timeout)
