"""``kb load``: RDF files into the store, every file checked before anything is replaced.

Two passes over the input (:mod:`kb.rdf.quadfiles`):

1. every file is parsed to its end without keeping it, so a syntax error
   anywhere (an unterminated literal at line 137,540 of a shard) is reported
   with its file and line while the store is still untouched;
2. the files are read again, graph by graph, and each graph replaces the one
   of the same name (and its document's rejection record) in one transaction;
   graphs new to the store are added by the bulk loader, whole graphs of up to
   :data:`BATCH_QUADS` quads at a time, each such step atomic.

Memory stays at one batch of quads (:data:`BATCH_QUADS`) or one graph,
whichever is larger, plus the names of the graphs loaded, whatever the size of
the files. A graph that comes back later in the load (in another file, or
after other graphs in the same file) is added to, not replaced, so no part of
the input is lost. If the second pass is interrupted (killed, disk full), the
graphs written so far are whole, the others untouched: running the load again
gives the same store as one uninterrupted run.

A graph with events but without kb's index triples (``kb export`` leaves them
out) gets them computed on the way in (:func:`kb.rdf.index.with_index`), so
the timeline's index lookups find its events.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass

import pyoxigraph as ox

from .errors import InputError, KBError
from .rdf import quadfiles

__all__ = ["BATCH_QUADS", "LoadSummary", "load_files"]

# Quads of new graphs written per step: large enough for the bulk loader's speed (50k-quad
# steps take 1.5x as long as 200k), small enough that the load's memory does not grow with
# the input, and below the 1M quads above which oxigraph splits one call into several
# steps (so that each call, and each graph in it, is stored whole or not at all).
BATCH_QUADS = 200_000


@dataclass
class LoadSummary:
    """What :func:`load_files` did."""

    files: int = 0
    graphs: int = 0
    quads: int = 0
    replaced: int = 0  # graphs that replaced a graph of the same name

    def line(self) -> str:
        return (f"{self.files} files loaded: {self.graphs} graphs ({self.replaced} replaced), "
                f"{self.quads} quads")


def load_files(store, paths: Iterable[str | os.PathLike], *, graph: str | None = None,
               progress: Callable[[int], None] | None = None) -> LoadSummary:
    """Load N-Quads, TriG, Turtle or N-Triples files (optionally gzipped; directories:
    the files directly inside) into ``store`` (a :class:`kb.store.Store`).

    ``graph`` is the IRI of the named graph for triples outside any named graph
    (every triple of a Turtle or N-Triples file). ``progress`` is called with the
    number of quads written. Raises :class:`kb.errors.InputError` (nothing
    written) when any file is unreadable or malformed, naming the file and line;
    :class:`kb.errors.StoreError` when a write fails (each graph is then either
    written whole or untouched).
    """
    default = _graph_node(graph)
    files = quadfiles.quad_files(paths)
    if not files:
        raise InputError("no files to load")
    store._check_writable()
    seen: set[str] = set()
    for qf in files:
        seen |= quadfiles.check(qf, default).graphs
    summary = LoadSummary(files=len(files), graphs=len(seen))
    seen.clear()
    writer = _Writer(store, summary, progress)
    extended: set[str] = set()  # graphs that came in several pieces
    try:
        for qf in files:
            for g, quads in quadfiles.graphs(qf, default):
                again = g.value in seen
                writer.add(g, quads, again=again)
                seen.add(g.value)
                if again:
                    extended.add(g.value)
        writer.flush()
        _reindex(store, extended)
    except InputError as exc:
        # Checked a moment ago: the file changed while it was being loaded.
        raise KBError(f"{exc} (the file changed during the load; {summary.quads} quads were written, "
                      f"each graph whole or not at all: fix the file and run kb load again)") from None
    if not store.is_remote:
        store.optimize()
    return summary


def _reindex(store, names: set[str]) -> None:
    """Index triples computed again from the whole of each graph that was loaded in
    pieces (a sorted N-Quads export interleaves graphs), whose pieces alone could
    not give them; a graph whose index is right already is not rewritten."""
    from .rdf.index import INDEX_PREDICATES, add_index

    for name in sorted(names):
        g = store.get_graph(name)
        before = {t for t in g if t[1] in INDEX_PREDICATES}
        add_index(g)
        if {t for t in g if t[1] in INDEX_PREDICATES} != before:
            store.put_graph(name, g)


def _graph_node(graph: str | None) -> ox.NamedNode | None:
    if graph is None:
        return None
    try:
        node = ox.NamedNode(graph)
    except ValueError as exc:
        raise InputError(f"--graph {graph!r} is not an IRI ({exc})") from None
    if ":" not in graph:
        raise InputError(f"--graph {graph!r} is not an absolute IRI")
    return node


def _with_index(g: ox.NamedNode, quads: list[ox.Quad]) -> list[ox.Quad]:
    """A document graph's quads with any index triple it lacks (:func:`kb.rdf.index.with_index`).

    An export (which leaves the index out) or one written before an index key
    existed (``kb:actorYear``, ...) is loaded with it, so the timeline's index
    walk finds its events. kb's own graphs (``_canonical``) are not document
    graphs and get none, as at ingest.
    """
    from .rdf.index import with_index
    from .rdf.iri import doc_id_of

    if doc_id_of(g.value) is None:
        return quads
    return with_index(quads)


class _Writer:
    """Collects whole graphs into transactions of about :data:`BATCH_QUADS` quads."""

    def __init__(self, store, summary: LoadSummary, progress):
        self.store, self.summary, self.progress = store, summary, progress
        self.runs: list[tuple[ox.NamedNode, list[ox.Quad]]] = []
        self.size = 0

    def add(self, g: ox.NamedNode, quads: list[ox.Quad], *, again: bool) -> None:
        if again:
            # The rest of a graph met before in this load: added to it, never replacing it.
            self.flush()
            self.store.add_quads(quads)
            self._done(len(quads))
            return
        quads = _with_index(g, quads)  # an export of kb leaves the index out; the timeline needs it
        self.runs.append((g, quads))
        self.size += len(quads)
        if self.size >= BATCH_QUADS:
            self.flush()

    def flush(self) -> None:
        if not self.runs:
            return
        self.summary.replaced += self.store.put_quad_graphs(self.runs)
        n, self.runs, self.size = self.size, [], 0
        self._done(n)
        # Replacing graphs is one transaction each; RocksDB keeps their writes in memory
        # until a flush, which a long load would otherwise grow without end (1.4 GB and 6x
        # the time when reloading a 900k-quad shard).
        self.store.flush()

    def _done(self, n: int) -> None:
        self.summary.quads += n
        if self.progress:
            self.progress(n)
