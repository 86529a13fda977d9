"""``kb reindex``: add the index triples a store written by an older kb lacks, in place.

A store written before an index key existed (``kb:actorYear``, the type and place keys
``kb:typePeriod``, ...) is read as before but not written (:meth:`kb.store.Store._refuse_old_index`):
the timeline walks a store with those keys by them and would leave out the events of the
documents without. This adds, to each document graph, the index triples its events lack
(:func:`kb.rdf.index.with_index`, as ``kb load`` does for an export), one graph per transaction,
and each event's stored timeline row (``kb:timelineRow``) where it lacks one or where the one it
has no longer matches its graph (a stale row is removed first); nothing else: no extraction runs
again, no triple of the data model changes.

While it runs a marker file (:data:`kb.store.REINDEX_MARKER`) lies in the store directory; an
interrupted run leaves it there, and until a later run finishes, the store is not written and
its type and place timelines scan instead of walking (:meth:`kb.api.KnowledgeBase._walkable`).
Running it again is safe: a graph with its whole index is left as it is.
"""

from __future__ import annotations

import datetime as _dt
import os
from collections.abc import Callable
from dataclasses import dataclass

import pyoxigraph as ox

from .errors import InputError

__all__ = ["ReindexSummary", "reindex"]

_SEM_EVENT = ox.NamedNode("http://semanticweb.cs.vu.nl/2009/11/sem/Event")
_RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")


@dataclass
class ReindexSummary:
    graphs: int = 0       # document graphs with events
    changed: int = 0      # of them, those that lacked index triples
    triples: int = 0      # index triples added

    def line(self) -> str:
        return (f"reindexed {self.graphs:,} graphs with events: {self.changed:,} lacked index triples, "
                f"{self.triples:,} added")


def reindex(path: str | os.PathLike, progress: Callable[[int, int], None] | None = None) -> ReindexSummary:
    """Add the missing index triples to every graph of the on-disk store at ``path``.

    ``progress(done, total)`` is called every 1,000 graphs and at the end. Raises
    :class:`kb.errors.InputError` for a path that is not a local store directory.
    """
    from .rdf.index import index_changes
    from .store import REINDEX_MARKER, Store

    path = os.fspath(path)
    if "://" in path:
        raise InputError(f"kb reindex works on a store directory, not on a server ({path}): "
                         f"reindex the server's data where it is stored")
    if not os.path.isdir(path) or not os.listdir(path):
        raise InputError(f"no KB at {path}: check --store / $KB_STORE")
    marker = os.path.join(path, REINDEX_MARKER)
    store = Store(path, reindexing=True)
    try:
        with open(marker, "w", encoding="utf-8") as f:
            f.write(f"kb reindex started {_dt.datetime.now(_dt.timezone.utc).isoformat(timespec='seconds')}; "
                    f"if no kb reindex runs now, it was interrupted: run it again\n")
        oxi = store.oxigraph
        names = sorted({q.graph_name.value for q in oxi.quads_for_pattern(None, _RDF_TYPE, _SEM_EVENT, None)
                        if isinstance(q.graph_name, ox.NamedNode)})
        summary = ReindexSummary(graphs=len(names))
        for i, name in enumerate(names, 1):
            graph = ox.NamedNode(name)
            quads = list(oxi.quads_for_pattern(None, None, None, graph))
            stale, added = index_changes(quads)
            for q in stale:  # first: a run cut here leaves no row at all, which the timeline reads around
                oxi.remove(q)
            if added:
                oxi.extend(added)  # one transaction: the graph has its whole index or none of it
            if stale or added:
                summary.changed += 1
                summary.triples += len(added)
            if progress and (i % 1000 == 0 or i == len(names)):
                progress(i, len(names))
        store.flush()
    finally:
        store.close()
    os.remove(marker)
    return summary
