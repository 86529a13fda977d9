"""Parallel ingest: N extraction processes (or a Dask cluster), one writer.

Extraction (pipeline, graph building, index triples, SHACL validation) is
CPU-bound and independent per document; writing is not (one process holds an
embedded store). So workers take a few documents at a time (validated
together, as ``kb ingest`` does) and return each document's graph as N-Quads
bytes (serialized by pyoxigraph: no object tree to pickle); the calling
process writes them in the documents' order while the workers go on, the
graphs new to the store of :data:`WRITE_BATCH` documents in one atomic bulk
step, as ``kb ingest`` without workers writes its batches
(:meth:`kb.store.Store.put_nquads_documents`), so every document is stored
whole or not at all.

- :func:`ingest_parallel` — a local process pool (``kb ingest --workers N``);
- :func:`ingest_dask` — the same on a Dask cluster (``kb ingest --dask ADDRESS``);
- :func:`write_shards` / :func:`load_shards` — workers' graphs into N-Quads
  shard files that ``kb load`` bulk-loads later (corpora too big for one
  writer, or a cluster without access to the store).

At most ``4 x workers`` batches of :data:`BATCH` documents are in flight, so
memory stays flat however large the corpus is.
"""

from __future__ import annotations

import gzip
import multiprocessing
import os
import signal
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from concurrent.futures import ProcessPoolExecutor, wait
from dataclasses import dataclass, field
from pathlib import Path

from . import document as docio
from .errors import KBError
from .model import Document

__all__ = ["BATCH", "WRITE_BATCH", "Extracted", "extract_document", "extract_documents", "ingest_dask",
           "ingest_parallel", "load_shards", "write_shards"]


@dataclass
class Extracted:
    """A worker's result for one document (small and picklable)."""

    doc_id: str
    graph_iri: str = ""
    nquads: bytes = b""  # the document's graph as N-Quads (UTF-8)
    events: int = 0
    claims: int = 0
    triples: int = 0
    warnings: list[str] = field(default_factory=list)
    problem: str | None = None  # why the document was not stored
    report: str = ""  # the SHACL report of a rejected graph
    document: Document | None = None  # with a report: the document, for the store's rejection record


# Documents per worker task: validated together (one set of screen queries: ~160, whose fixed
# cost per batch is ~6 ms, so per news article 1.23 ms of screen in batches of 16, 0.93 in
# batches of 32, 0.83 in 64), and fewer, larger messages between the processes. The last
# ``workers x BATCH`` documents of a run go in batches of a quarter of that (:func:`_batches`),
# so the workers still end a run together (the last small batch of one is all that the other
# may wait for).
BATCH = 32
# Documents written together by the writer (their new graphs in one bulk step): written as
# soon as this many are extracted (or WRITE_TRIPLES triples), in order, while the workers go
# on; once every document is read, a quarter as many, so little is left to write when the
# extraction ends. A bulk step costs ~16 ms whatever its size, and RocksDB
# compacts more the more steps there are: for 1,000 news articles the writer spent 3.4 s of CPU
# with steps of 64 documents, 2.5 with 128, 2.1 with 256, 1.7 with 512.
WRITE_BATCH = 256
WRITE_TRIPLES = 200_000


def extract_document(doc: Document, additions=None) -> Extracted:
    """Run the pipeline on ``doc``, build, index and validate its graph (worker side).

    Never raises for a bad document: the problem is returned instead, so one
    document cannot stop a whole run.
    """
    return extract_documents([doc], additions)[0]


def extract_documents(docs: list[Document], additions=None) -> list[Extracted]:
    """:func:`extract_document` for several documents, their graphs validated together.

    Never raises for bad documents: when the shared validation fails, each
    document is extracted again alone, so the failure costs only its own.
    ``additions``: the KB's gazetteer additions (:class:`kb.entities.Additions`), or None.
    """
    try:
        return _extract_together(docs, additions)
    except Exception as exc:  # noqa: BLE001
        if len(docs) == 1:
            return [_bug(docs[0], exc)]
    return [ex for doc in docs for ex in extract_documents([doc], additions)]


def _extract_together(docs: list[Document], additions) -> list[Extracted]:
    import pyoxigraph as ox

    from .entities import build

    from .pipeline import analyse
    from .rdf.build import DocumentGraph, Run, document_graph
    from .rdf.salvage import validate_salvaging
    from .rdf.validate import flagged_graphs

    run = Run.now()
    docs = list(docs)
    out: list[Extracted | None] = [None] * len(docs)
    built = []  # (position, analysis, graph)
    for i, doc in enumerate(docs):
        try:
            # read by the writer without its mode guessed: guessed here, just before the pipeline
            # (which then reuses the tagging the guess needed)
            doc = docs[i] = docio.with_mode(doc)
            analysis = analyse(doc, gazetteer=build(additions or None))
            built.append((i, analysis, document_graph(analysis, run)))
        except Exception as exc:  # noqa: BLE001 -- a pipeline bug must not end the run, and must be reported
            out[i] = _bug(doc, exc)
    # Each graph under its own name in the screen (the quads the graph is then sent as), a
    # second version of one document in the batch under a name of its own: screened apart.
    screen = ox.Store()
    names: dict[int, str] = {}
    for i, _, dg in built:
        if str(dg.iri) in names.values():
            names[i] = f"urn:kb:screen:{i}"
            screen.extend(dg.quads(ox.NamedNode(names[i])))
        else:
            names[i] = str(dg.iri)
            screen.load(dg.nquads(), ox.RdfFormat.N_QUADS, lenient=True)
    flagged = flagged_graphs(screen, [(names[i], dg.triples) for i, _, dg in built]) if built else set()
    for i, analysis, dg in built:
        doc = docs[i]
        try:
            problems = []
            if flagged is None or names[i] in flagged:
                dg, problems = validate_salvaging(analysis, dg, lambda a: document_graph(a, run),
                                                  DocumentGraph.to_rdflib)
        except Exception as exc:
            out[i] = _bug(doc, exc)
            continue
        if problems:
            more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
            out[i] = Extracted(doc.id, problem=f"document {doc.id!r} violates the shapes, not stored: "
                                               f"{problems[0].message}{more}",
                               report="\n".join(str(r) for r in problems), document=doc)
        else:
            out[i] = Extracted(doc.id, str(dg.iri), dg.nquads(),
                               len(analysis.events), len(analysis.claims), len(dg),
                               [f"{doc.id}: {w}" for w in analysis.warnings])
    return out


def _bug(doc: Document, exc: BaseException) -> Extracted:
    from .api import rejection_reason

    return Extracted(doc.id, problem=rejection_reason(exc))


def _write(store, results: list[Extracted]) -> None:
    """Store extracted graphs in their order, each whole (:meth:`kb.store.Store.put_nquads_documents`:
    the new ones together in one bulk step); a graph rejected by the shapes is recorded as the
    serial ingest records it, in its place in the order."""
    run: list[tuple[str, str | None, bytes]] = []
    for ex in results:
        if not ex.problem:
            run.append((ex.graph_iri, ex.doc_id, ex.nquads))
        elif ex.report and ex.document is not None:
            if run:
                store.put_nquads_documents(run)
                run = []
            store.record_rejection(ex.document, ex.report)
    if run:
        store.put_nquads_documents(run)


class _Flusher:
    """Flushes an on-disk store every ``FLUSH_EVERY`` written documents or
    ``FLUSH_TRIPLES`` triples, as the serial ingest does: RocksDB's memtables
    would otherwise grow by ~800 bytes per triple."""

    def __init__(self, store):
        from .api import FLUSH_EVERY, FLUSH_TRIPLES

        self.flush = getattr(store, "flush", None)
        self.every, self.every_triples = FLUSH_EVERY, FLUSH_TRIPLES
        self.n = self.triples = 0

    def written(self, documents: int, triples: int) -> None:
        self.n += documents
        self.triples += triples
        if self.flush is not None and (self.n >= self.every or self.triples >= self.every_triples):
            self.flush()
            self.n = self.triples = 0


def _summary():
    from .api import IngestSummary

    return IngestSummary()


def _account(summary, ex: Extracted) -> None:
    if ex.problem:
        summary.rejected.append((ex.doc_id, ex.problem))
    else:
        summary.documents += 1
        summary.events += ex.events
        summary.claims += ex.claims
        summary.triples += ex.triples
        summary.warnings.extend(ex.warnings)


def _documents(paths, summary, defaults, on_file=None) -> Iterator[Document]:
    from .api import read_documents

    for item in read_documents(paths, on_file=on_file, **defaults):
        if isinstance(item, docio.ReadNote):
            summary.note(item)
        elif isinstance(item, docio.ReadProblem):
            summary.rejected.append((item.path, item.message))
        else:
            yield item


def _pool(workers: int, start: bool = False) -> ProcessPoolExecutor:
    """A pool of ``workers`` extraction processes; ``start``: its fork server starts now
    (:func:`start_fork_server`), not at the first task."""
    if start:
        start_fork_server()
    return ProcessPoolExecutor(max_workers=workers, mp_context=_context(), initializer=_ignore_ctrl_c)


def start_fork_server() -> None:
    """Start the fork server the workers fork from, if there is one and it is not running: it
    warms up (~1 s of CPU) while this process goes on (``kb ingest --workers`` calls this before
    it opens the store and reads the first documents)."""
    if _context().get_start_method() == "forkserver":
        from multiprocessing import forkserver

        forkserver.ensure_running()


def _context():
    """Workers forked from a fork server that imported and warmed the extraction once
    (:mod:`kb._forkserver`), where there are fork servers; else started afresh ("spawn").
    Never forked from this process: a child would inherit its open store handles."""
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("spawn")
    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload(["kb._forkserver"])  # the server starts with the first pool and stays
    return ctx


def warm() -> None:
    """Load what extracting a document needs, once, in the fork server the workers fork from:
    every language's data, gazetteer and shapes (by extracting the example sentences of its event
    rules), and every pattern of its temporal grammar compiled (a worker meets most of them)."""
    from .document import make_document
    from .lang import available_languages, examples
    from .language import coverage
    from .temporal.grammar import load_grammar

    for lang in available_languages():
        if coverage(lang) != "events":
            continue
        for rule in load_grammar(lang).rules:
            rule.regex  # noqa: B018 -- compiled on first use
        text = " ".join(examples(lang, "events.txt")[:20])
        if text:
            extract_documents([make_document(text, id=f"warm-{lang}", lang=lang, published="2020-01-01")])


@contextmanager
def _whole():
    """Ctrl-C waits until the block is done (a document written and counted), then stops the run:
    otherwise a document could be stored but missing from the count the run ends with."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    pending: list[int] = []
    previous = signal.signal(signal.SIGINT, lambda *_: pending.append(1))
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous if previous is not None else signal.default_int_handler)
        if pending:
            raise KeyboardInterrupt


def _ignore_ctrl_c() -> None:
    """Workers leave Ctrl-C (sent to the whole process group) to the writer, which stops the run."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


class _Progress:
    """What a run has read, for the line Ctrl-C ends it with."""

    def __init__(self, paths):
        self.paths = list(paths)
        self.files_read = 0
        self.read = 0  # documents handed to the extraction
        self.all_read = False

    def file_done(self) -> None:
        self.files_read += 1

    def counted(self, docs: Iterable[Document]) -> Iterator[Document]:
        for doc in docs:
            self.read += 1
            yield doc
        self.all_read = True

    def interrupted(self, summary):
        """The :class:`kb.errors.Interrupted` to raise: stored, not stored, not started."""
        from .document import expand_paths
        from .errors import Interrupted

        try:
            files = sum(1 for _ in expand_paths(self.paths))
        except KBError:
            files = self.files_read
        in_flight = max(0, self.read - summary.documents - sum(1 for what, _ in summary.rejected))
        rejected = f", {len(summary.rejected)} rejected" if summary.rejected else ""
        left = max(0, files - self.files_read)
        return Interrupted(f"interrupted: {summary.documents} documents stored{rejected}, {in_flight} being "
                           f"extracted not stored, {left} file{'' if left == 1 else 's'} not started; run the "
                           f"same command again to continue (stored documents are replaced, not doubled)")


def _batches(docs: Iterable[Document], size: int | None = None, last: int = 0) -> Iterator[list[Document]]:
    """``docs`` in batches of ``size`` (:data:`BATCH`), in order; the last ``last`` of them (held
    back until ``docs`` end) in batches of a quarter of ``size``."""
    size = size or BATCH
    held: deque = deque()
    for doc in docs:
        held.append(doc)
        if len(held) >= size + last:
            yield [held.popleft() for _ in range(size)]
    if len(held) > last:
        yield [held.popleft() for _ in range(len(held) - last)]
    small = max(1, size // 4)
    while held:
        yield [held.popleft() for _ in range(min(small, len(held)))]


def _run_local(docs: Iterable[Document], workers: int, sink: Callable[[list[Extracted]], None],
               additions=None) -> None:
    """Extract ``docs`` in batches on ``workers`` processes; ``sink`` gets each batch's results
    in the documents' order (so a document met twice ends as its later version, as without
    workers), each batch as soon as it and those before it are done."""
    limit = 4 * workers
    pool = _pool(workers, start=True)
    pending: deque = deque()  # (future, its batch), in the documents' order
    stopped = False
    try:
        for batch in _batches(docs, BATCH, last=workers * BATCH):
            pending.append((pool.submit(extract_documents, batch, additions), batch))
            pool = _take(pool, workers, pending, sink, additions, wait_for_one=len(pending) >= limit)
        while pending:
            pool = _take(pool, workers, pending, sink, additions, wait_for_one=True)
    except KeyboardInterrupt:
        stopped = True
        raise
    finally:
        # After Ctrl-C the batches being extracted are dropped, not waited for.
        pool.shutdown(wait=not stopped, cancel_futures=True)


def _take(pool: ProcessPoolExecutor, workers: int, pending: deque, sink, additions,
          wait_for_one: bool) -> ProcessPoolExecutor:
    """Hand the finished batches at the head of ``pending`` to ``sink`` (after waiting for the
    first one when ``wait_for_one``); returns the pool to go on with.

    A worker process that dies (a crash in a native library, the kernel's OOM
    killer) breaks the whole pool and every batch in flight; those batches are
    then extracted again one document at a time in a process of its own, so
    only the document that kills it again is rejected, and a new pool goes on.
    """
    while pending:
        fut, batch = pending[0]
        if not fut.done():
            if not wait_for_one:
                return pool
            wait([fut])
        wait_for_one = False
        pending.popleft()
        try:
            results = fut.result()
        except Exception:  # noqa: BLE001 -- BrokenProcessPool, or a result that could not come back
            return _recover(pool, workers, batch, pending, sink, additions)
        sink(results)
    return pool


def _recover(pool: ProcessPoolExecutor, workers: int, batch: list[Document], pending: deque, sink,
             additions) -> ProcessPoolExecutor:
    """After a batch's worker died: that batch and every other one of the broken pool not done
    are extracted again one document at a time (:func:`_isolate`), in order; a new pool goes on."""
    wait([fut for fut, _ in pending])  # a broken pool fails what it had at once
    pool.shutdown(wait=True, cancel_futures=True)
    _isolate(batch, sink, additions)
    while pending:
        fut, batch = pending.popleft()
        try:
            results = fut.result()
        except Exception:  # noqa: BLE001
            _isolate(batch, sink, additions)
            continue
        sink(results)
    return _pool(workers)


def _isolate(docs: list[Document], sink: Callable[[list[Extracted]], None], additions=None) -> None:
    """Extract each document alone in a worker process; one that fails there is rejected."""
    pool = None
    for doc in docs:
        pool = pool or _pool(1)
        try:
            results = pool.submit(extract_documents, [doc], additions).result()
        except Exception as exc:  # noqa: BLE001
            pool.shutdown(wait=True, cancel_futures=True)
            pool = None
            sink([Extracted(doc.id, problem=f"the extraction process failed on this document "
                                            f"({type(exc).__name__}: {' '.join(str(exc).split())[:200]}); "
                                            "please report it with this document")])
            continue
        sink(results)
    if pool is not None:
        pool.shutdown()


def ingest_parallel(store, paths: Iterable[str | os.PathLike], *, workers: int = 2,
                    progress: Callable[[int], None] | None = None, additions=None, **defaults):
    """Ingest with ``workers`` extraction processes and this process as the one writer.

    Returns a :class:`kb.api.IngestSummary`. Each document is written in one
    transaction as soon as it is ready; a store error ends the run (what was
    written stays, whole). Ctrl-C ends it with :class:`kb.errors.Interrupted`
    (exit code 130), whose message says how many documents were stored, how many
    were being extracted (not stored) and how many files were not started.
    """
    if workers < 1:
        raise KBError("--workers must be at least 1")
    summary = _summary()
    flusher = _Flusher(store)
    ready: list[Extracted] = []  # extracted, in order, not yet handed to the writer thread
    seen = _Progress(paths)

    def write(results: list[Extracted]) -> None:
        _write(store, results)
        good = [ex for ex in results if not ex.problem]
        flusher.written(len(good), sum(ex.triples for ex in good))
        for ex in results:
            _account(summary, ex)
        if progress:
            progress(len(results))

    writer = _WriterThread(write)

    def sink(results: list[Extracted]) -> None:
        ready.extend(results)
        if (len(ready) >= (WRITE_BATCH // 4 if seen.all_read else WRITE_BATCH)
                or sum(ex.triples for ex in ready) >= WRITE_TRIPLES):
            writer.put(ready[:])
            ready.clear()

    try:
        try:
            with docio.modes_guessed_later():  # guessed by the workers (kb.document.with_mode)
                _run_local(seen.counted(_documents(paths, summary, defaults, seen.file_done)), workers, sink,
                           additions)
            if ready:
                writer.put(ready[:])
        except BaseException:
            writer.close(drop=True)  # the batch being written is written whole and counted, no other
            raise
        writer.close()
    except KeyboardInterrupt:
        # Every write stores whole documents (a bulk step or a transaction each): those stored are whole.
        raise seen.interrupted(summary) from None
    return summary


class _WriterThread:
    """The writer's writes, in order, in a thread of its own: while the store takes a batch in
    (Oxigraph's bulk step leaves the GIL, and takes seconds of wall time when the disk or the
    machine is busy), the main thread goes on taking the workers' results and handing them
    new batches, so the workers do not run dry. One batch waits at most (``put`` blocks
    meanwhile: memory stays bounded). An exception of a write (a store error; KeyboardInterrupt
    from the progress callback) stops the writes and is raised in the main thread, by the next
    ``put`` or by ``close``."""

    def __init__(self, write: Callable[[list[Extracted]], None]):
        import queue

        self._write = write
        self._queue: queue.Queue = queue.Queue(maxsize=1)
        self._error: BaseException | None = None
        self._stop = False
        self._thread = threading.Thread(target=self._run, name="kb-ingest-writer", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while (batch := self._queue.get()) is not None:
            if self._error is None and not self._stop:
                try:
                    self._write(batch)
                except BaseException as exc:  # noqa: BLE001 -- raised in the main thread
                    self._error = exc

    def put(self, batch: list[Extracted]) -> None:
        self._raise()
        self._queue.put(batch)

    def close(self, drop: bool = False) -> None:
        """Wait for the writes handed over (with ``drop``, after an exception in the main thread
        such as Ctrl-C, only for the one being written: the others are dropped), then raise a
        write's exception. A second Ctrl-C does not cut the wait short: the count must be the
        store's."""
        self._stop = self._stop or drop
        while True:
            try:
                self._queue.put(None)
                self._thread.join()
                break
            except KeyboardInterrupt:
                self._stop = True
        self._raise()

    def _raise(self) -> None:
        if self._error is not None:
            error, self._error = self._error, None
            self._stop = True
            raise error


def ingest_dask(store, paths: Iterable[str | os.PathLike], scheduler, *,
                progress: Callable[[int], None] | None = None, in_flight: int = 64, additions=None, **defaults):
    """Ingest with the extraction running on a Dask cluster (``scheduler``: an address
    such as ``tcp://10.0.0.5:8786``, or a ``distributed.Client``); this process writes.

    Needs the ``distributed`` package (``pip install 'dask[distributed]'``) here and
    kb installed on the workers.
    """
    try:
        from distributed import Client, as_completed
    except ImportError:
        raise KBError("--dask needs the 'distributed' package: pip install 'dask[distributed]'") from None
    client = scheduler if isinstance(scheduler, Client) else Client(scheduler)
    summary = _summary()
    flusher = _Flusher(store)
    seen = _Progress(paths)
    try:
        docs = seen.counted(_documents(paths, summary, defaults, seen.file_done))
        futures = as_completed()
        ids: dict = {}  # future key -> document id
        for doc in docs:
            fut = client.submit(extract_document, doc, additions, pure=False)
            ids[fut.key] = doc.id
            futures.add(fut)
            if futures.count() >= in_flight:
                _dask_take(next(futures), ids, store, summary, progress, flusher)
        for fut in futures:
            _dask_take(fut, ids, store, summary, progress, flusher)
    except KeyboardInterrupt:
        raise seen.interrupted(summary) from None
    finally:
        if client is not scheduler:
            client.close()
    return summary


def _dask_take(fut, ids: dict, store, summary, progress, flusher) -> None:
    doc_id = ids.pop(fut.key)
    try:
        ex = fut.result()
    except Exception as exc:  # noqa: BLE001 -- a worker lost (KilledWorker), a result that did not come back
        ex = Extracted(doc_id, problem=f"the extraction on the cluster failed for this document "
                                       f"({type(exc).__name__}: {' '.join(str(exc).split())[:200]}); "
                                       "please report it with this document")
    fut.release()
    with _whole():
        _write(store, [ex])
        if not ex.problem:
            flusher.written(1, ex.triples)
        _account(summary, ex)
    if progress:
        progress(1)


def write_shards(paths: Iterable[str | os.PathLike], out_dir: str | os.PathLike, *, workers: int = 2,
                 docs_per_shard: int = 1000, compress: bool = True,
                 progress: Callable[[int], None] | None = None, additions=None, **defaults):
    """Extract documents in parallel into N-Quads shard files under ``out_dir``.

    Each shard (``shard-00001.nq.gz`` ...) holds whole document graphs; a shard
    is written to a temporary name and renamed when complete, so a crash leaves
    no half shard. Returns a :class:`kb.api.IngestSummary` (``documents`` =
    graphs written).
    """
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    existing = sorted(out.glob("shard-*.nq*"))
    number = len(existing)
    summary = _summary()
    state = {"file": None, "tmp": None, "final": None, "docs": 0}

    def open_next():
        nonlocal number
        number += 1
        suffix = ".nq.gz" if compress else ".nq"
        final = out / f"shard-{number:05d}{suffix}"
        tmp = out / f".shard-{number:05d}{suffix}.part"
        state.update(file=gzip.open(tmp, "wb") if compress else open(tmp, "wb"), tmp=tmp, final=final, docs=0)

    def close_current():
        if state["file"] is not None:
            state["file"].close()
            os.replace(state["tmp"], state["final"])
            state["file"] = None

    def sink(results: list[Extracted]) -> None:
        for ex in results:
            if not ex.problem:
                if state["file"] is None or state["docs"] >= docs_per_shard:
                    close_current()
                    open_next()
                state["file"].write(ex.nquads)
                state["docs"] += 1
            _account(summary, ex)
        if progress:
            progress(len(results))

    try:
        with docio.modes_guessed_later():  # guessed by the workers (kb.document.with_mode)
            _run_local(_documents(paths, summary, defaults), workers, sink, additions)
    finally:
        close_current()
    return summary


def load_shards(store, paths: Iterable[str | os.PathLike]) -> int:
    """Load N-Quads shard files (or directories of them) into ``store``; returns files loaded.

    Every file is checked before anything is written, then each document graph
    replaces the stored one in one transaction (:func:`kb.load.load_files`).
    """
    from .load import load_files

    return load_files(store, paths).files
