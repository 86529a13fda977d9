"""The KB's store: embedded Oxigraph (pyoxigraph), in memory or on disk.

One named graph per document (``kbr:graph/{doc}``), written atomically: a
new document's quads are added in one ``Store.extend`` (no text to serialise
and parse), or, by :meth:`Store.ingest_many`, together with the other new
documents of its batch in one bulk step (``bulk_extend``: one RocksDB
ingestion); a document stored before (or rejected before) is replaced by one
SPARQL update (``DROP SILENT GRAPH`` + ``INSERT DATA`` + removal of the
rejection record). Either way a document is stored entirely or not at all,
and storing it again replaces it. Writes go through
pyoxigraph directly (not oxrdflib, whose commit/rollback do nothing).
Documents are built as pyoxigraph terms (:func:`kb.rdf.build.document_graph`)
and validated several at a time (:meth:`Store.ingest_many`); rdflib is used
to inspect graphs and, for a graph the validation screen flags, by pySHACL.

A read-only store (``kb query`` and the other readers, while ``kb ingest``
writes) reads the files the store had when it was opened; a read that finds
one of them removed by the writer's compaction reopens the store and reads
again (:meth:`OxigraphBackend.read`).

Rejected documents (their graph violated the shapes) are not written; a record
of each (id, time, report and the document itself as JSON) is kept in the graph
``kbr:graph/_rejected`` so the user can see why and re-ingest after a fix. A
successful ingest of the same document removes its record.

``Store("http://...")`` uses a :class:`kb.remote.RemoteStore` as its backend
(SPARQL 1.1 Query/Update and one Graph Store Protocol PUT per document graph);
everything else works the same.

Queries see the union of all graphs as their default graph, so a query
without ``GRAPH`` finds everything, unless they name their dataset (``FROM``,
``FROM NAMED``, or the SPARQL Protocol's ``default-graph-uri`` /
``named-graph-uri``): then they see exactly that. kb's prefixes (``kb:``,
``sem:``, ``wd:``, ...) are predeclared. What a text is (query or update) and
what it may reach is decided by :mod:`kb.sparqlguard` on the parsed text; a
query then runs through the query API and an update through the update API.
"""

from __future__ import annotations

import datetime as _dt
import json
import os
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

import pyoxigraph as ox

from kb.changes import ALL as ALL_GRAPHS
from kb.errors import KBError, QueryError, ShapeViolation, StoreError, StoreLockedError
from kb.lazy import LazyModule
from kb.rdf.prefixes import GRAPH_PREFIX, KBR, PREFIXES, doc_id_of, doc_segment
from kb.sparqlguard import Checked, check_dataset, check_query, prescan

if TYPE_CHECKING:
    from rdflib import Graph, URIRef

    from kb.rdf.build import DocumentGraph, Run

# Reading the store (kb timeline, kb query, kb stats) needs none of these: rdflib, the graph
# builder and the validation load on first use (tests/test_cli_imports.py).
rdflib = LazyModule("rdflib")
iri = LazyModule("kb.rdf.iri")
_build = LazyModule("kb.rdf.build")
_ns = LazyModule("kb.rdf.namespaces")
_salvage = LazyModule("kb.rdf.salvage")
_terms = LazyModule("kb.rdf.terms")
_validate = LazyModule("kb.rdf.validate")


def document_graph(analysis, run: Run):
    """:func:`kb.rdf.build.document_graph` (the graph builder loads on first use)."""
    return _build.document_graph(analysis, run)

__all__ = [
    "BUILD_ERRORS",
    "REJECTED_GRAPH",
    "OxigraphBackend",
    "IngestResult",
    "Rejection",
    "Rows",
    "Store",
    "UNION_DEFAULT_GRAPH",
    "Violation",
    "json_term",
    "query_dataset",
]

_REJECTED = f"{GRAPH_PREFIX}_rejected"
# The stored timeline rows (kb.exporters.records.row_record): is there any, and drop them all.
_HAS_ROWS = "ASK { GRAPH ?g { ?e <https://w3id.org/kb/ns#timelineRow> ?r } }"
_DROP_ROWS = "DELETE WHERE { GRAPH ?g { ?e <https://w3id.org/kb/ns#timelineRow> ?r } }"


def __getattr__(name: str):
    if name == "REJECTED_GRAPH":  # an rdflib URIRef, made on first use
        global REJECTED_GRAPH
        REJECTED_GRAPH = rdflib.URIRef(_REJECTED)
        return REJECTED_GRAPH
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
_PID_FILE = "kb-writer.pid"
#: Runs of a read on a read-only store whose files a writer compacted away (:meth:`OxigraphBackend.read`).
READ_ATTEMPTS = 5
_T = TypeVar("_T")
# What a bug in building one document's graph raises: it costs that document, not the run.
BUILD_ERRORS = (RecursionError, ValueError, TypeError, AttributeError, IndexError, KeyError)
#: New graphs from this many documents on go in one bulk step (:meth:`Store.put_nquads_documents`);
#: fewer, one transaction each: a bulk step costs ~16 ms of CPU plus ~1.3 ms per news article.
BULK_MIN = 4
#: At most this many quads in one bulk step: Oxigraph's bulk loader ingests up to 1,000,000 quads
#: at once (one atomic RocksDB ingestion) and splits a larger call, which could split a document.
BULK_MAX_QUADS = 500_000


class Rows(list):
    """SELECT results: a list of ``{variable: rdflib term}`` dicts (unbound variables absent).

    ``vars`` lists the projected variables in order; :meth:`to_json` gives the
    SPARQL 1.1 JSON results document. Terms are rdflib ``URIRef``/``Literal``/
    ``BNode``; ``str()`` gives the IRI or lexical form, ``.toPython()`` a value.
    """

    def __init__(self, variables: list[str], rows: list[dict], raw: dict | None = None):
        super().__init__(rows)
        self.vars = list(variables)
        self._raw = raw  # a remote endpoint's own JSON document, passed on unchanged

    def to_json(self) -> dict:
        if self._raw is not None:
            return self._raw
        return {"head": {"vars": self.vars},
                "results": {"bindings": [{k: json_term(v) for k, v in r.items()} for r in self]}}


@dataclass
class IngestResult:
    """What :meth:`Store.ingest` stored."""

    doc_id: str
    graph: str
    triples: int
    events: int
    claims: int
    replaced: bool  # the document was in the store before


@dataclass
class Violation:
    """One problem found by :meth:`Store.validate`, with the document it comes from."""

    doc_id: str | None  # None for kb's own graphs (canonical events) and cross-graph checks
    graph: str | None
    message: str
    focus: str | None = None
    shape: str | None = None
    severity: str = "Violation"

    def __str__(self) -> str:
        where = self.doc_id if self.doc_id is not None else (self.graph or "KB")
        focus = f" {self.focus}:" if self.focus else ""
        return f"{where}:{focus} {self.message}"


@dataclass
class Rejection:
    """A document whose graph violated the shapes, as recorded in ``kbr:graph/_rejected``."""

    doc_id: str
    at: str
    report: str
    record: dict = field(default_factory=dict)  # id, lang, published, source, title, text


def _create_whole(path: Path) -> None:
    """Make a new store in ``path`` whole before it is one: RocksDB writes its ``CURRENT`` file
    before the column families Oxigraph needs, so a process killed while the store was being
    created left a directory that read-only opening refuses ("Column family not found"). The
    store is made in a ``kb-creating-<pid>`` directory inside ``path``, closed, and its files
    moved up with ``CURRENT`` last -- a directory without ``CURRENT`` reads as an empty KB, and
    kb's own ``kb-`` files make it no other kind of directory. Creators of one path take turns on
    ``kb-create.lock``; what creations killed before left behind is removed."""
    import fcntl
    import shutil

    path.mkdir(parents=True, exist_ok=True)
    with open(path / "kb-create.lock", "a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if (path / "CURRENT").exists():
            return  # another process made it meanwhile
        for stale in path.glob("kb-creating-*"):
            shutil.rmtree(stale, ignore_errors=True)
        tmp = path / f"kb-creating-{os.getpid()}"
        made = ox.Store(str(tmp))
        made.flush()
        del made  # closed: its files may move
        for name in sorted(os.listdir(tmp), key=lambda n: n == "CURRENT"):
            os.replace(tmp / name, path / name)
        tmp.rmdir()


class OxigraphBackend:
    """The embedded backend: a :class:`pyoxigraph.Store` in memory or in a directory.

    Raises :class:`kb.errors.StoreLockedError` when another process holds the
    directory for writing, :class:`kb.errors.StoreError` when it cannot be
    opened.
    """

    def __init__(self, path: str | os.PathLike | None = None, *, read_only: bool = False):
        self.path = Path(path) if path is not None else None
        self.read_only = read_only
        self.exists = True  # False for a read-only store whose directory holds no KB yet
        self._pid_file: Path | None = None
        if self.path is None:
            self._ox = ox.Store()
        elif read_only:
            if not (self.path / "CURRENT").exists():
                # kb's own files (the writer's pid file, the change journal, the workbench's index) do
                # not make a directory something else.
                if self.path.exists() and any(not p.name.startswith("kb-") for p in self.path.iterdir()):
                    raise StoreError(f"{self.path} is not a kb store")
                # Nothing ingested yet: reading it is reading an empty KB.
                self.exists = False
                self._ox = ox.Store()
                return
            self._ox = self._open_read_only(self.path)
        else:
            self._ox = self._open_for_writing(self.path)

    @staticmethod
    def _open_read_only(path: Path, attempts: int = 8) -> ox.Store:
        # A writer compacting at the same moment can delete a file RocksDB just listed
        # ("Corruption: ... No such file"): that is a race, not damage, so try again.
        for attempt in range(attempts):
            try:
                return ox.Store.read_only(str(path))
            except (OSError, RuntimeError) as exc:
                last = exc
                time.sleep(0.05 * (attempt + 1))
        raise StoreError(f"cannot open store {path} read-only: {_one_line(last)}") from None

    def read(self, fn: Callable[[ox.Store], _T]) -> _T:
        """``fn(pyoxigraph store)``, run again on the store reopened when a file vanished under a reader.

        A read-only store reads the files the store had when it was opened; a writer
        compacting meanwhile (after ``bulk_extend`` above all) deletes files it has
        merged, and a read that reaches one fails with ``FileNotFoundError``
        ("No such file or directory: ... .sst"). That is a race, not damage: the
        store is reopened (it then reads the writer's newer files) and ``fn`` runs
        again, at most :data:`READ_ATTEMPTS` times. ``fn`` must read all it needs
        (no lazy results leave it) and have no other effect. A writing or in-memory
        store runs ``fn`` once.
        """
        for attempt in range(READ_ATTEMPTS):
            try:
                return fn(self.oxigraph)
            except FileNotFoundError:
                if not (self.read_only and self.exists and self.path is not None) or attempt == READ_ATTEMPTS - 1:
                    raise
            time.sleep(0.02 * attempt)
            # Other threads may still be reading the old store: it is dropped with their last reference.
            self._ox = self._open_read_only(self.path)
        raise AssertionError("unreachable")

    def _open_for_writing(self, path: Path) -> ox.Store:
        if path.exists() and not path.is_dir():
            raise StoreError(f"store location {path} is a file, not a directory")
        try:
            if not (path / "CURRENT").exists():
                _create_whole(path)
            store = ox.Store(str(path))
        except OSError as exc:
            if "lock" in str(exc).lower():
                pid = _read_pid(path / _PID_FILE)
                who = f" (pid {pid})" if pid else ""
                raise StoreLockedError(
                    f"store {path} is in use by another kb process{who}; wait for it to finish, "
                    f"or open it with --read-only to query meanwhile (kb --read-only query ...; "
                    f"kb query, timeline, export and serve always read it so)") from None
            raise StoreError(f"cannot open store {path}: {_one_line(exc)}") from None
        self._pid_file = path / _PID_FILE
        try:
            self._pid_file.write_text(f"{os.getpid()}\n")
        except OSError:
            self._pid_file = None  # only used to name the holder in a lock error
        return store

    def __repr__(self) -> str:
        return repr(str(self.path) if self.path else None)

    @property
    def oxigraph(self) -> ox.Store:
        if self._ox is None:
            raise StoreError("the store is closed")
        return self._ox

    def close(self) -> None:
        if getattr(self, "_ox", None) is None:
            return
        if not self.read_only and self.path is not None:
            self._ox.flush()
        if self._pid_file is not None:
            try:
                self._pid_file.unlink()
            except OSError:
                pass
        self._ox = None

    def put_graph(self, graph_iri, graph: Graph, *, also: str = "") -> None:
        g = f"<{graph_iri}>"
        body = graph.serialize(format="nt", encoding="utf-8").decode("utf-8")
        update = f"DROP SILENT GRAPH {g} ;\nINSERT DATA {{ GRAPH {g} {{\n{body}}} }}"
        if also:
            update += " ;\n" + also
        try:
            self.oxigraph.update(update)
        except (SyntaxError, OSError, ValueError) as exc:
            raise StoreError(f"could not write graph {graph_iri}: {_one_line(exc)}") from None

    def put_document(self, graph_iri, content: DocumentGraph | str, doc_id: str | None = None) -> None:
        """Store one document graph (a :class:`DocumentGraph` or N-Triples text) in ONE transaction.

        A graph that is new, of a document without a rejection record, is added
        as it is (``extend``: no text to build and parse, ~1.5x faster); otherwise
        one update drops the old graph, inserts the new one and removes the
        record. The check and the write cannot race: one process holds the store.
        """
        store = self.oxigraph
        g = ox.NamedNode(str(graph_iri))
        rejected = doc_id is not None and self._rejected(doc_id)
        try:
            if not rejected and not store.contains_named_graph(g):
                if isinstance(content, str):
                    store.load(content, ox.RdfFormat.N_TRIPLES, to_graph=g)
                else:
                    store.extend(content.quads() if str(content.iri) == str(graph_iri) else content.quads(g))
                return
            body = content if isinstance(content, str) else content.ntriples()
            update = f"DROP SILENT GRAPH <{graph_iri}> ;\nINSERT DATA {{ GRAPH <{graph_iri}> {{\n{body}}} }}"
            if rejected:
                update += " ;\n" + _delete_rejection(doc_id)
            store.update(update)
        except (SyntaxError, OSError, ValueError) as exc:
            raise StoreError(f"could not write graph {graph_iri}: {_one_line(exc)}") from None

    def put_quad_graphs(self, runs: list[tuple[ox.NamedNode, list[ox.Quad]]]) -> int:
        """Store whole graphs given as quads, each replacing the graph of its name; returns how many replaced one.

        Graphs new to the store (and without a rejection record) go in together
        through the bulk loader (``bulk_extend``: sorted files ingested into the
        database in one atomic RocksDB ingestion, 5-15x faster than a
        transaction; oxigraph splits a call into several ingestions only when it
        is much larger: 200k quads give one set of files, 1.5M two); any other
        graph replaces the old one and its document's rejection record in one
        update (one transaction) of its own.
        """
        store = self.oxigraph
        new: list[ox.Quad] = []
        replaced = 0
        try:
            for g, quads in runs:
                doc_id = doc_id_of(g.value)
                rejected = doc_id is not None and self._rejected(doc_id)
                if not rejected and not store.contains_named_graph(g):
                    new += quads
                    continue
                body = "\n".join(f"{q.subject} {q.predicate} {q.object} ." for q in quads)
                update = f"DROP SILENT GRAPH {g} ;\nINSERT DATA {{ GRAPH {g} {{\n{body}\n}} }}"
                if rejected:
                    update += " ;\n" + _delete_rejection(doc_id)
                store.update(update)
                replaced += 1
            if new:
                store.bulk_extend(new)
        except (SyntaxError, OSError, ValueError) as exc:
            raise StoreError(f"could not write graph {g.value}: {_one_line(exc)}") from None
        return replaced

    def is_new(self, graph_iri, doc_id: str | None) -> bool:
        """Whether ``graph_iri`` is not in the store and its document has no rejection record:
        what :meth:`put_document` adds as it is, and :meth:`add_new_graphs` may add."""
        return (not self.oxigraph.contains_named_graph(ox.NamedNode(str(graph_iri)))
                and not (doc_id is not None and self._rejected(doc_id)))

    def add_new_graphs(self, graphs: list[DocumentGraph]) -> None:
        """Add document graphs that are new (:meth:`is_new`), under their own names, in one
        atomic bulk step (``bulk_extend``, see :meth:`put_quad_graphs`: one RocksDB ingestion
        of sorted files for a batch of documents, ~2.5x less CPU than a transaction each); in
        several, each of whole documents, past :data:`BULK_MAX_QUADS` quads."""
        try:
            quads: list[ox.Quad] = []
            for dg in graphs:
                if quads and len(quads) + len(dg) > BULK_MAX_QUADS:  # each document whole in one step
                    self.oxigraph.bulk_extend(quads)
                    quads = []
                quads += dg.quads()
            self.oxigraph.bulk_extend(quads)
        except (SyntaxError, OSError, ValueError) as exc:
            names = ", ".join(str(dg.iri) for dg in graphs)
            raise StoreError(f"could not write graphs {names}: {_one_line(exc)}") from None

    def add_new_nquads(self, nquads: bytes) -> None:
        """Add whole document graphs that are new (:meth:`is_new`), given as N-Quads that kb wrote
        (``pyoxigraph.serialize`` of validated terms, so parsed without re-checking the IRIs), in
        one atomic bulk step as :meth:`add_new_graphs` (the workers of ``kb ingest --workers``
        send their graphs so: no quad object crosses between the processes)."""
        try:
            self.oxigraph.bulk_load(nquads, ox.RdfFormat.N_QUADS, lenient=True)
        except (SyntaxError, OSError, ValueError) as exc:
            raise StoreError(f"could not write graphs: {_one_line(exc)}") from None

    def _rejected(self, doc_id: str) -> bool:
        node = ox.NamedNode(_rejection_iri(doc_id))
        return next(iter(self.oxigraph.quads_for_pattern(node, None, None, ox.NamedNode(_REJECTED))),
                    None) is not None

    def delete_graph(self, graph_iri, *, also: str = "") -> None:
        self.oxigraph.update(f"DROP SILENT GRAPH <{graph_iri}>" + (" ;\n" + also if also else ""))

    def query(self, sparql: str, update: bool = False, dataset: dict | None = None, text: bool = False):
        """Run ``sparql`` as an update (``update=True``: pyoxigraph's update API) or as a
        query (its query API, which cannot run an update) over ``dataset``, keyword
        arguments of pyoxigraph's ``Store.query`` (default: the union default graph).
        ``text``: SELECT rows hold lexical forms (``str``), not rdflib terms."""
        if update:
            try:
                self.oxigraph.update(sparql, prefixes=PREFIXES)
            except SyntaxError as exc:
                raise QueryError(f"SPARQL syntax error: {_one_line(exc)}") from None
            except (OSError, ValueError, RuntimeError) as exc:
                raise QueryError(f"SPARQL update failed: {_one_line(exc)}") from None
            return None
        # Evaluation is lazy: errors (a failed SERVICE call, an unbound service name)
        # come while reading the results, so reading is inside the try too.
        def run(store: ox.Store):
            res = store.query(sparql, prefixes=PREFIXES, **(UNION_DEFAULT_GRAPH if dataset is None else dataset))
            if isinstance(res, ox.QueryBoolean):
                return bool(res)
            if isinstance(res, ox.QuerySolutions):
                names = [v.value for v in res.variables]
                if text:
                    return Rows(names, [{n: t.value for n in names if (t := sol[n]) is not None} for sol in res])
                rows = [{n: _terms.to_rdflib(t) for n in names if (t := sol[n]) is not None} for sol in res]
                return Rows(names, rows)
            g = rdflib.Graph()
            for t in res:
                g.add((_terms.to_rdflib(t.subject), _terms.to_rdflib(t.predicate), _terms.to_rdflib(t.object)))
            return g

        try:
            return self.read(run)
        except SyntaxError as exc:
            raise QueryError(f"SPARQL syntax error: {_one_line(exc)}") from None
        except (OSError, ValueError, TypeError, RuntimeError) as exc:
            raise QueryError(f"SPARQL query failed: {_one_line(exc)}") from None

    def query_serialized(self, sparql: str, fmt: str, dataset: dict | None = None, *,
                         limit: int | None = None, deadline: float | None = None):
        """Run a query and write its results as ``fmt`` with pyoxigraph's serialisers
        (:func:`kb.results.serialize_result`); a :class:`kb.results.Serialized`."""
        from .results import serialize_result

        # pyoxigraph's result iterators must be dropped on the thread that made them:
        # no exception holding one in its traceback leaves this method.
        failure: KBError | None = None
        def run(store: ox.Store):
            res = store.query(sparql, prefixes=PREFIXES, **(UNION_DEFAULT_GRAPH if dataset is None else dataset))
            return serialize_result(res, fmt, limit=limit, deadline=deadline, prefixes=PREFIXES)

        try:
            out = self.read(run)
        except KBError as exc:
            failure = exc
        except SyntaxError as exc:
            failure = QueryError(f"SPARQL syntax error: {_one_line(exc)}")
        except (OSError, ValueError, TypeError, RuntimeError) as exc:
            failure = QueryError(f"SPARQL query failed: {_one_line(exc)}")
        if failure is not None:
            raise failure
        return out

    def graphs(self) -> list[str]:
        return self.read(lambda store: sorted(g.value for g in store.named_graphs() if isinstance(g, ox.NamedNode)))

    def has_graph(self, graph_iri) -> bool:
        return self.read(lambda store: store.contains_named_graph(ox.NamedNode(str(graph_iri))))

    def count_triples(self, graph_iri: str | None = None) -> int:
        if graph_iri is None:
            return self.read(len)
        g = ox.NamedNode(str(graph_iri))
        return self.read(lambda store: sum(1 for _ in store.quads_for_pattern(None, None, None, g)))

    def get_graph(self, graph_iri) -> Graph:
        def run(store: ox.Store) -> Graph:
            g = rdflib.Graph(identifier=rdflib.URIRef(str(graph_iri)))
            for q in store.quads_for_pattern(None, None, None, ox.NamedNode(str(graph_iri))):
                g.add((_terms.to_rdflib(q.subject), _terms.to_rdflib(q.predicate), _terms.to_rdflib(q.object)))
            return g

        return self.read(run)

    def optimize(self) -> None:
        self.oxigraph.optimize()



#: A file in a store directory while ``kb reindex`` adds index keys to it (:mod:`kb.reindex`):
#: until it is gone the store is not written and its timelines do not walk the new keys.
REINDEX_MARKER = "kb-reindexing"


def reindex_unfinished(path: str | os.PathLike | None) -> bool:
    """Whether a ``kb reindex`` of the store directory ``path`` started and did not finish."""
    return path is not None and os.path.exists(os.path.join(path, REINDEX_MARKER))


class Store:
    """A KB store: ``path=None`` is in memory, a directory is persistent, an
    ``http(s)://`` URL is a remote SPARQL 1.1 server (:class:`kb.remote.RemoteStore`
    is then the backend; extra keyword arguments go to it).

    Every backend offers the same small interface (``query``, ``put_graph``,
    ``delete_graph``, ``get_graph``, ``graphs``, ``count_triples``, ``close``);
    ingesting, rejection records, validation and the cross-document checks are
    written once, here, on top of it.

    Raises :class:`kb.errors.StoreLockedError` when another process holds the
    directory for writing, :class:`kb.errors.StoreError` when it cannot be
    opened (e.g. read-only on a directory that is not a store).
    """

    def __init__(self, path: str | os.PathLike | None = None, *, read_only: bool = False,
                 allow_network: bool = False, reindexing: bool = False, **remote_options):
        self.read_only = read_only
        # What query() passes to the guard by default: SERVICE, LOAD and non-kb
        # FROM/USING/WITH only when the user asked for them (kb query --allow-network).
        self.allow_network = allow_network
        # Set to a dict to have ingest_many add the CPU seconds of its stages
        # ("graph", "validate", "write") to it (scripts/bench_ingest.py).
        self.stage_times: dict[str, float] | None = None
        if isinstance(path, str) and path.startswith(("http://", "https://")):
            from kb.remote import RemoteStore

            self._backend = RemoteStore(path, read_only=read_only, allow_network=allow_network, **remote_options)
            self.path = None
            self.url = self._backend.url
            self.exists = True
        else:
            self._backend = OxigraphBackend(path, read_only=read_only)
            self.path = self._backend.path
            self.url = None
            self.exists = self._backend.exists
            if not read_only and self.path is not None and not reindexing:
                self._refuse_old_index()

    def _refuse_old_index(self) -> None:
        """A store written before the ``kb:actorYear`` keys, or before the type and place keys
        (``kb:typePeriod``, ...), is read as before, but not written: the timeline walks a store
        with those keys by them, and would leave out its older events."""
        from kb.rdf.index import _IRIS  # the keys' IRIs as text: no rdflib (kb ingest --workers' writer uses none)

        ACTOR_PERIOD, ACTOR_YEAR, TYPE_PERIOD = (_IRIS[k] for k in ("ACTOR_PERIOD", "ACTOR_YEAR", "TYPE_PERIOD"))

        if reindex_unfinished(self.path):
            self._backend.close()
            raise StoreError(f"a kb reindex of store {self.path} was interrupted and the store can only be "
                             f"read; finish it: kb --store {self.path} reindex")
        store = self._backend.oxigraph

        def has(pred) -> bool:
            return next(iter(store.quads_for_pattern(None, ox.NamedNode(str(pred)), None, None)), None) is not None

        missing = [k for k in (ACTOR_YEAR, TYPE_PERIOD) if not has(k)] if has(ACTOR_PERIOD) else []
        if missing:
            self._backend.close()
            raise StoreError(
                f"store {self.path} was written before the timeline's keys kb:{missing[0].rsplit('#', 1)[-1]} "
                f"and can only be read; to write to it, add them (once): kb --store {self.path} reindex")

    @property
    def is_remote(self) -> bool:
        return self.url is not None

    # -- lifecycle ---------------------------------------------------------------
    def close(self) -> None:
        """Flush and release the store (the on-disk lock is released with it)."""
        self._backend.close()
        if self.path is not None and not self.read_only:
            from kb.changes import forget

            forget(self.path)

    def flush(self) -> None:
        """Write buffered changes of an on-disk store to its files.

        RocksDB keeps recent writes in memory; a long ingest calls this every
        ~1,000 documents to keep the writer's memory flat (docs/benchmarks.md).
        Does nothing in memory, for remote stores or when read-only.
        """
        backend = self._backend
        if isinstance(backend, OxigraphBackend) and backend.path is not None and not backend.read_only:
            backend.oxigraph.flush()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def __repr__(self) -> str:
        where = repr(self.url) if self.url else repr(self._backend)
        return f"Store({where}{', read_only=True' if self.read_only else ''})"

    @property
    def oxigraph(self) -> ox.Store:
        """The underlying :class:`pyoxigraph.Store` of an embedded store (for bulk loads)."""
        if self.is_remote:
            raise StoreError(f"{self.url} is a remote store")
        return self._backend.oxigraph

    def _check_writable(self) -> None:
        if self.read_only:
            raise StoreError(f"store {self.url or self.path} is open read-only")

    # -- writing -----------------------------------------------------------------
    def put_graph(self, graph_iri, graph: Graph, *, also: str = "") -> None:
        """Replace named graph ``graph_iri`` by ``graph``, all or nothing.

        ``also`` is extra SPARQL update text; embedded stores run it in the same
        transaction, remote ones right after. Raises
        :class:`kb.errors.StoreError` on a read-only store or a failed write.
        """
        self._check_writable()
        with self._journal([graph_iri] if not also else [ALL_GRAPHS]):
            if self.is_remote:
                self._backend.put_graph(str(graph_iri), graph)
                if also:
                    self._backend.update(also)
            else:
                self._backend.put_graph(graph_iri, graph, also=also)

    def delete_graph(self, graph_iri) -> None:
        """Remove a named graph (nothing happens when there is none)."""
        self._check_writable()
        with self._journal([graph_iri]):
            self._backend.delete_graph(str(graph_iri))

    def put_ntriples(self, graph_iri, ntriples: str, *, doc_id: str | None = None) -> None:
        """Replace named graph ``graph_iri`` by N-Triples text, all or nothing (one
        request for a remote store); with ``doc_id`` the document's rejection record
        goes too (in the same transaction on an embedded store)."""
        self._write_document(graph_iri, ntriples, doc_id)
        if doc_id is not None:
            self._reapply_reviews([doc_id])

    def replace_graphs(self, graphs: dict) -> None:
        """Replace named graphs by triples (``{graph IRI: [(s, p, o) pyoxigraph terms]}``; an
        empty list removes the graph), all in one transaction on an embedded store (one
        request per graph on a remote one). :mod:`kb.review` writes a document graph and
        its review graph together through this."""
        self._check_writable()
        with self._journal(graphs):
            self._replace_graphs(graphs)

    def _replace_graphs(self, graphs: dict) -> None:
        if self.is_remote:
            for g, triples in graphs.items():
                if triples:
                    self._backend.put_ntriples(str(g), "".join(f"{s} {p} {o} .\n" for s, p, o in triples))
                else:
                    self._backend.delete_graph(str(g))
            return
        parts = []
        for g, triples in graphs.items():
            node = ox.NamedNode(str(g))
            parts.append(f"DROP SILENT GRAPH {node}")
            if triples:
                body = "\n".join(f"{s} {p} {o} ." for s, p, o in triples)
                parts.append(f"INSERT DATA {{ GRAPH {node} {{\n{body}\n}} }}")
        try:
            self._backend.query(" ;\n".join(parts), update=True)
        except QueryError as exc:
            raise StoreError(f"could not write graphs {', '.join(map(str, graphs))}: {exc}") from None

    def _journal(self, graphs):
        """``with self._journal(graphs): write``: notes in the store's change journal
        (:mod:`kb.changes`) which graphs the write changes, before it does, and marks the note
        done after it: what the workbench's event index updates itself from."""
        from kb.changes import noting

        return noting(self.path if not self.is_remote else None, graphs)

    def _reapply_reviews(self, doc_ids) -> None:
        """Apply the corrections of the documents just written to their new graphs (kb.review):
        the one hook through which a person's corrections survive re-ingesting."""
        from kb.review import reapply

        reapply(self, [d for d in doc_ids if d is not None])

    def _write_document(self, graph_iri, content: DocumentGraph | str, doc_id: str | None, *,
                        journal: bool = True) -> None:
        """Write one document's graph; ``journal=False``: the caller noted it in the journal already."""
        self._check_writable()
        with self._journal([graph_iri] if journal else []):
            if self.is_remote:
                self._backend.put_ntriples(str(graph_iri), content if isinstance(content, str) else content.ntriples())
                if doc_id is not None:
                    self._backend.update(_delete_rejection(doc_id))
            else:
                self._backend.put_document(graph_iri, content, doc_id)

    def put_nquads_documents(self, graphs: list[tuple[str, str | None, bytes]]) -> None:
        """Store whole document graphs given as ``(graph IRI, document id, N-Quads of that graph)``
        (``pyoxigraph.serialize`` of the graph's quads, as ``kb ingest --workers``' workers send
        them), as :meth:`ingest_many` writes its batch: the graphs new to the store (no rejection
        record) of :data:`BULK_MIN` or more documents together in one atomic bulk step, any other
        graph replacing the stored one and its document's rejection record in a transaction of its
        own, in the given order (a second version of a document replaces the first); on a remote
        store one request per graph."""
        self._check_writable()
        with self._journal([g for g, _, _ in graphs]):
            new: dict[str, tuple[str | None, bytes]] = {}
            quads = 0
            for g, doc_id, nquads in graphs:
                n = nquads.count(b"\n")
                if g in new or (new and quads + n > BULK_MAX_QUADS):
                    self._add_new_nquads(new)
                if not new:
                    quads = 0
                if not self.is_remote and self._backend.is_new(g, doc_id):
                    new[g] = (doc_id, nquads)
                    quads += n
                    continue
                self._add_new_nquads(new)
                self._write_document(g, _ntriples_of(g, nquads), doc_id, journal=False)
            self._add_new_nquads(new)
        self._reapply_reviews([doc_id for _, doc_id, _ in graphs])

    def _add_new_nquads(self, new: dict) -> None:
        """Write the new graphs :meth:`put_nquads_documents` collected: one bulk step for
        :data:`BULK_MIN` or more (its cost is ~16 ms whatever the size), else one transaction
        each; empties ``new``."""
        if len(new) >= BULK_MIN:
            self._backend.add_new_nquads(b"".join(nquads for _, nquads in new.values()))
        else:
            for g, (doc_id, nquads) in new.items():
                self._backend.put_document(g, _ntriples_of(g, nquads), doc_id)
        new.clear()

    def put_quad_graphs(self, runs: list) -> int:
        """Store whole graphs given as ``(pyoxigraph NamedNode, [Quad])`` pairs, each replacing
        the graph of its name and its document's rejection record, each all or nothing
        (new graphs of an embedded store together in one atomic bulk step, see
        :meth:`OxigraphBackend.put_quad_graphs`; a remote store one Graph Store PUT per
        graph). Returns how many graphs replaced one that was there."""
        self._check_writable()
        if not self.is_remote:
            with self._journal([g.value for g, _ in runs]):
                replaced = self._backend.put_quad_graphs(runs)
        else:
            replaced = 0
            for g, quads in runs:
                replaced += self.has_graph(g.value)
                self._write_document(g.value, "".join(f"{q.subject} {q.predicate} {q.object} .\n" for q in quads),
                                     doc_id_of(g.value))
        self._reapply_reviews([doc_id_of(g.value) for g, _ in runs])
        return replaced

    def add_quads(self, quads: list) -> None:
        """Add pyoxigraph quads to the graphs they name, in one transaction (nothing is replaced)."""
        self._check_writable()
        if not self.is_remote:
            try:
                with self._journal({q.graph_name.value if isinstance(q.graph_name, ox.NamedNode) else ALL_GRAPHS
                                    for q in quads}):
                    self.oxigraph.extend(quads)
            except (OSError, ValueError) as exc:
                raise StoreError(f"could not add quads: {_one_line(exc)}") from None
            return
        by_graph: dict[str, list[str]] = {}
        for q in quads:
            by_graph.setdefault(q.graph_name.value, []).append(f"{q.subject} {q.predicate} {q.object} .")
        for g, lines in by_graph.items():
            self._backend.update(f"INSERT DATA {{ GRAPH <{g}> {{\n" + "\n".join(lines) + "\n} }")

    def ingest(self, analysis, *, run: Run | None = None) -> IngestResult:
        """Build, index and validate one analysed document's graph, then store it.

        Re-ingesting a document replaces its graph. Raises
        :class:`kb.errors.ShapeViolation` when the graph violates the shapes:
        then nothing of it is written, and the rejection is recorded (see
        :meth:`rejected`).
        """
        (result,) = self.ingest_many([analysis], run=run)
        if isinstance(result, Exception):
            raise result
        return result

    def ingest_many(self, analyses: list, *, run: Run | None = None) -> list[IngestResult | Exception]:
        """:meth:`ingest` for several documents: one result per analysis, in order.

        Each graph is validated against all shapes and written whole, as by
        :meth:`ingest`: the graphs new to the store together in one bulk step
        (:meth:`OxigraphBackend.add_new_graphs`), one that replaces a stored
        graph or a rejection record in a transaction of its own, in the
        documents' order; what is shared is the validation
        screen (the shapes compiled to SPARQL run once over all the graphs, in
        memory, instead of once per graph). A graph the screen flags goes to
        pySHACL, which decides and names the problems. A rejected document
        gives a :class:`kb.errors.ShapeViolation` (recorded, nothing written), a
        bug in building one a :data:`BUILD_ERRORS` exception, in place of its
        result; a failed write raises :class:`kb.errors.StoreError` (the
        documents written before it are stored, whole; the new ones
        collected with it are not).
        """
        self._check_writable()
        clock = _StageClock(self.stage_times)
        run = run or _build.Run.now()
        # Each graph under its own name in the in-memory screen (the checks only group
        # by graph): its IRI, whose quads the write reuses, or for a second version of
        # one document in the batch a name of its own, so the two are screened apart.
        screen = ox.Store()
        built: list[DocumentGraph | Exception] = []
        names: list[str] = []
        for n, analysis in enumerate(analyses):
            try:
                dg = document_graph(analysis, run)
                if str(dg.iri) in names:
                    names.append(f"urn:kb:screen:{n}")
                    screen.extend(dg.quads(ox.NamedNode(names[-1])))
                else:
                    names.append(str(dg.iri))
                    screen.extend(dg.quads())
            except BUILD_ERRORS as exc:
                built.append(exc)
                del names[n:]
                names.append("")
            else:
                built.append(dg)
        clock.lap("graph")
        flagged = _validate.flagged_graphs(screen, [(name, dg.triples) for name, dg in zip(names, built)
                                                    if not isinstance(dg, Exception)]) if len(screen) else set()
        clock.lap("validate")
        # One journal entry per graph for the whole batch, noted before the first write and
        # done after the last (a rejected graph's entry only makes a reader read it again).
        with self._journal([str(dg.iri) for dg in built if not isinstance(dg, Exception)]):
            return self._write_batch(analyses, built, names, flagged, run, clock)

    def _write_batch(self, analyses, built, names, flagged, run, clock) -> list[IngestResult | Exception]:
        out: list[IngestResult | Exception] = []
        new: dict = {}
        for n, (analysis, dg) in enumerate(zip(analyses, built)):
            if isinstance(dg, Exception):
                out.append(dg)
                continue
            doc = analysis.document
            if flagged is None or names[n] in flagged:
                dg, problems = _salvage.validate_salvaging(analysis, dg, lambda a: document_graph(a, run),
                                                  _build.DocumentGraph.to_rdflib)
                clock.lap("validate")
                if problems:
                    report = "\n".join(str(r) for r in problems)
                    self._write_new(new)  # the store's writes in the documents' order
                    self._record_rejection(doc, report)
                    first = problems[0].message
                    more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
                    out.append(ShapeViolation(
                        f"document {doc.id!r} violates the shapes, not stored: {first}{more}", report))
                    continue
            if str(dg.iri) in new:  # a second version in the batch replaces the first, written before
                self._write_new(new)
            replaced = self.has_graph(dg.iri)
            if not self.is_remote and not replaced and self._backend.is_new(dg.iri, doc.id):
                new[str(dg.iri)] = (dg, doc.id)  # written with the other new graphs of the batch
            else:
                self._write_new(new)
                self._write_document(dg.iri, dg, doc.id, journal=False)
                self._reapply_reviews([doc.id])
            out.append(IngestResult(doc.id, str(dg.iri), len(dg), len(analysis.events),
                                    len(analysis.claims), replaced))
            clock.lap("write")
        self._write_new(new)
        clock.lap("write")
        return out

    def _write_new(self, new: dict) -> None:
        """Write the graphs new to the store that :meth:`_write_batch` collected (IRI -> (graph,
        document id)), in one bulk step, then apply their documents' corrections; empties ``new``."""
        if new:
            self._backend.add_new_graphs([dg for dg, _ in new.values()])
            self._reapply_reviews([doc_id for _, doc_id in new.values()])
            new.clear()

    def record_rejection(self, doc, report: str) -> None:
        """Record that ``doc`` (a :class:`kb.model.Document`) was rejected with the SHACL
        ``report``, as :meth:`ingest` does (``kb ingest --workers`` writes through this)."""
        self._check_writable()
        self._record_rejection(doc, report)

    def _record_rejection(self, doc, report: str) -> None:
        node = _rejection_node(doc.id)
        record = {"id": doc.id, "lang": doc.lang, "text": doc.text, "source": doc.source,
                  "title": doc.title, "published": doc.published.isoformat() if doc.published else None}
        g = rdflib.Graph()
        KB, Literal = _ns.KB, rdflib.Literal
        g.add((node, _ns.RDF.type, KB.RejectedDocument))
        g.add((node, _ns.DCTERMS.identifier, Literal(doc.id)))
        g.add((node, KB.rejectedAt, Literal(_dt.datetime.now(_dt.timezone.utc).replace(microsecond=0),
                                            datatype=_ns.XSD.dateTime)))
        g.add((node, KB.report, Literal(report)))
        g.add((node, KB.documentRecord, Literal(json.dumps(record, ensure_ascii=False))))
        body = g.serialize(format="nt", encoding="utf-8").decode("utf-8")
        self._backend.query(_delete_rejection(doc.id)
                            + f" ;\nINSERT DATA {{ GRAPH <{_REJECTED}> {{\n{body}}} }}", update=True)

    def rejected(self) -> list[Rejection]:
        """The documents whose last ingest was rejected, with time, report and the document."""
        rows = self.query(f"""SELECT ?id ?at ?report ?record WHERE {{ GRAPH <{_REJECTED}> {{
            ?r a kb:RejectedDocument ; dcterms:identifier ?id ; kb:rejectedAt ?at ; kb:report ?report ;
               kb:documentRecord ?record }} }} ORDER BY ?id""")
        return [Rejection(str(r["id"]), str(r["at"]), str(r["report"]), json.loads(str(r["record"])))
                for r in rows]

    def remove_document(self, doc_id: str) -> bool:
        """Remove a document's graph (and any rejection record); True if it was stored."""
        self._check_writable()
        graph_iri = str(iri.graph(doc_id))
        existed = self.has_graph(graph_iri)
        with self._journal([graph_iri]):
            if self.is_remote:
                self._backend.delete_graph(graph_iri)
                self._backend.update(_delete_rejection(doc_id))
            else:
                self._backend.delete_graph(graph_iri, also=_delete_rejection(doc_id))
        return existed

    def update(self, sparql: str) -> None:
        """Run a SPARQL update (one transaction on an embedded store)."""
        self.query(sparql, update=True)

    def optimize(self) -> None:
        """Compact the on-disk indexes (after large loads queries are much faster)."""
        self._check_writable()
        if not self.is_remote:
            self._backend.optimize()

    # -- reading -----------------------------------------------------------------
    def query(self, sparql: str, *, update: bool = False, allow_network: bool | None = None,
              default_graphs=(), named_graphs=(), text: bool = False, checked: Checked | None = None):
        """Run SPARQL: :class:`Rows` for SELECT, a bool for ASK, an rdflib Graph for
        CONSTRUCT/DESCRIBE, ``None`` for an update. With ``text`` the rows of an embedded
        store hold each value's lexical form or IRI as a ``str`` (what ``str()`` of the
        rdflib term gives), without making rdflib terms (``kb query``'s table).

        The text is parsed first (:func:`kb.sparqlguard.check_query`): a query
        runs through the query API, an update (only with ``update=True``) through
        the update API. kb's prefixes need no declaration. The default graph is
        the union of all graphs unless the query names its dataset (``FROM``) or
        ``default_graphs``/``named_graphs`` (the protocol's ``default-graph-uri``/
        ``named-graph-uri``, which win over ``FROM``) are given. Raises
        :class:`kb.errors.QueryError` for a syntax error, an update without
        ``update=True``, and what :mod:`kb.sparqlguard` refuses unless
        ``allow_network`` (default: the store's); :class:`kb.errors.StoreError`
        for an update on a read-only store. ``checked``: the guard's decision when the caller
        has it already (a shipped query's, :meth:`kb.api.KnowledgeBase.query_named`).
        """
        allow = self.allow_network if allow_network is None else allow_network
        checked = check_query(sparql, allow_network=allow) if checked is None else checked
        if checked.is_update:
            if not update:
                raise QueryError("this is a SPARQL update; pass update=True (kb query --update) to run it")
            if default_graphs or named_graphs:
                raise QueryError("default-graph-uri/named-graph-uri are for queries; an update names "
                                 "its graphs with USING or WITH")
            self._check_writable()
        else:
            check_dataset(default_graphs, named_graphs, allow)
        if checked.is_update:
            self._drop_rows()
        if self.is_remote:
            return self._backend.query(sparql, update=checked.is_update, allow_network=allow,
                                       default_graphs=default_graphs, named_graphs=named_graphs)
        if checked.is_update:
            with self._journal([ALL_GRAPHS]):  # an update can change any graph
                return self._backend.query(sparql, update=True)
        return self._backend.query(sparql, dataset=query_dataset(checked, default_graphs, named_graphs), text=text)

    def _drop_rows(self) -> None:
        """Remove every stored timeline row (``kb:timelineRow``) before a SPARQL update runs:
        an update may change any event's facts, and a row that showed the old ones would be
        wrong, while without rows a timeline reads the facts themselves (slower, right).
        ``kb reindex`` writes them again. A store without rows is not written."""
        if not self._backend.query(_HAS_ROWS, update=False):
            return
        with self._journal([ALL_GRAPHS]):
            self._backend.query(_DROP_ROWS, update=True)

    def query_serialized(self, sparql: str, fmt: str, *, limit: int | None = None,
                         deadline: float | None = None, allow_network: bool | None = None,
                         default_graphs=(), named_graphs=(), checked: Checked | None = None):
        """Run a query (not an update) and write its results as ``fmt`` with pyoxigraph's
        serialisers: a :class:`kb.results.Serialized` (bytes, media type, truncated).

        ``fmt`` is one of :data:`kb.results.FORMS` for the query's form (SELECT:
        json, xml, csv, tsv; ASK: json, xml; CONSTRUCT/DESCRIBE: turtle, trig,
        ntriples, nquads, rdfxml, jsonld); any other raises :class:`kb.errors.QueryError`
        before the query runs. ``limit`` caps the rows (triples), ``deadline``
        (``time.monotonic()``) stops the writing with :class:`kb.querypool.QueryCancelled`.
        The text is checked as :meth:`query` checks it (``checked``: the guard's
        decision when the caller has it already).
        """
        from .results import check_format, form_of, serialize_rdflib

        allow = self.allow_network if allow_network is None else allow_network
        if checked is None:
            checked = check_query(sparql, allow_network=allow)
            check_dataset(default_graphs, named_graphs, allow)
        if checked.is_update:
            raise QueryError("this is a SPARQL update: it has no results to write")
        check_format(form_of(checked.form), fmt)
        if self.is_remote:
            result = self._backend.query(sparql, update=False, allow_network=allow,
                                         default_graphs=default_graphs, named_graphs=named_graphs)
            return serialize_rdflib(result, fmt, limit=limit)
        return self._backend.query_serialized(sparql, fmt, query_dataset(checked, default_graphs, named_graphs),
                                              limit=limit, deadline=deadline)

    def select(self, sparql: str) -> list[tuple[str, ...]]:
        """Rows of one of kb's own SELECTs as tuples of strings ('' when unbound), in projection order.

        For SPARQL that kb builds (validation checks, the timeline): only
        depth-checked (:func:`kb.sparqlguard.prescan`), not parsed by the guard
        (that costs more than most of these queries); it runs through the query
        API alone, so it can never update. User text goes to :meth:`query`.
        """
        names, rows = self._select_values(sparql)
        return [tuple("" if v is None else v for v in row) for row in rows]

    def select_text(self, sparql: str) -> list[dict[str, str]]:
        """Rows of one of kb's own SELECTs (see :meth:`select`) as dicts of lexical
        values (unbound left out), read straight from pyoxigraph on the embedded
        store (rdflib terms cost more than the query on short lookups)."""
        names, rows = self._select_values(sparql)
        return [{n: v for n, v in zip(names, row) if v is not None} for row in rows]

    def _select_values(self, sparql: str) -> tuple[list[str], list[tuple[str | None, ...]]]:
        prescan(sparql, max_bytes=None)  # kb's texts: VALUES of 10,000 events are fine, nesting is not
        if self.is_remote:
            rows = self._backend.run_select(sparql)
            return list(rows.vars), [tuple(None if r.get(v) is None else str(r[v]) for v in rows.vars)
                                     for r in rows]
        def run(store: ox.Store) -> tuple[list[str], list[tuple[str | None, ...]]]:
            res = store.query(sparql, prefixes=PREFIXES, use_default_graph_as_union=True)
            if not isinstance(res, ox.QuerySolutions):
                raise QueryError("a SELECT query is needed here")
            names = [v.value for v in res.variables]
            return names, [tuple(None if (t := sol[n]) is None else t.value for n in names) for sol in res]

        try:
            return self._backend.read(run)
        except SyntaxError as exc:
            raise QueryError(f"SPARQL syntax error: {_one_line(exc)}") from None
        except (OSError, ValueError, TypeError, RuntimeError) as exc:
            raise QueryError(f"SPARQL query failed: {_one_line(exc)}") from None

    def graphs(self) -> list[str]:
        """IRIs of all named graphs, sorted."""
        return self._backend.graphs()

    def has_graph(self, graph_iri) -> bool:
        """Whether the named graph holds any triple (without listing every graph)."""
        return self._backend.has_graph(graph_iri)

    def documents(self) -> list[str]:
        """Ids of the stored documents, sorted."""
        return sorted(d for d in map(doc_id_of, self.graphs()) if d is not None)

    def count_triples(self, graph_iri: str | None = None) -> int:
        """Triples in one graph, or in the whole store."""
        return self._backend.count_triples(None if graph_iri is None else str(graph_iri))

    def get_graph(self, graph_iri) -> Graph:
        """One named graph as an in-memory rdflib Graph (empty when absent)."""
        return self._backend.get_graph(str(graph_iri))

    def iter_graphs(self) -> Iterator[tuple[str, Graph]]:
        """Every named graph, loaded one at a time."""
        for g in self.graphs():
            yield g, self.get_graph(g)

    # -- checking ----------------------------------------------------------------
    def validate(self, progress: Callable[[int], None] | None = None, *,
                 method: str = "auto", workers: int | None = None) -> list[Violation]:
        """Check the whole store: the shapes graph by graph, then cross-document checks.

        ``method="shacl"`` validates each graph on its own in memory with
        pySHACL (pySHACL over the whole store would take minutes); ``"sparql"``
        runs the shapes compiled to one SPARQL query per constraint over all
        graphs at once (:mod:`kb.rdf.shapes_sparql`, written for Oxigraph's
        hash joins on the embedded store; at most 100 rows per constraint);
        ``"auto"`` picks SPARQL from 1,000 graphs on. On the embedded store the
        SPARQL checks run on ``workers`` threads (default: one per core, at
        most 4; pyoxigraph releases the GIL while it evaluates). ``progress``
        is called with 1 per graph (shacl) or per check (sparql).
        """
        if method not in ("auto", "shacl", "sparql"):
            raise QueryError(f"unknown validation method {method!r}: use auto, shacl or sparql")
        if method == "sparql" or (method == "auto" and self._graph_count_reaches(1000)):
            return self._validate_sparql(progress, workers)
        graphs = [g for g in self.graphs() if g != _REJECTED]
        out: list[Violation] = []
        for graph_iri in graphs:
            doc_id = doc_id_of(graph_iri)
            for r in _validate.results(self.get_graph(graph_iri)):
                if r.severity == "Violation":
                    out.append(Violation(doc_id, graph_iri, r.message, r.focus, r.shape))
            if progress:
                progress(1)
        out.extend(self._cross_document_checks())
        return out

    def _graph_count_reaches(self, n: int) -> bool:
        # Counting stops at n: listing and sorting 350,000 graph names takes seconds.
        if self.is_remote:
            return len(self.graphs()) >= n
        return self._backend.read(lambda store: sum(1 for _ in zip(range(n), store.named_graphs()))) >= n

    def _validate_sparql(self, progress, workers: int | None = None) -> list[Violation]:
        from concurrent.futures import ThreadPoolExecutor

        from .rdf.shapes_sparql import compile_shapes, run_checks
        from .rdf.validate import load_shapes

        # The Oxigraph forms of the checks use its hash joins; a remote server gets
        # the plain SPARQL 1.1 forms (Virtuoso answers some patterns inside GRAPH ?g wrongly).
        engine = "portable" if self.is_remote else "oxigraph"
        checks = [c for c in compile_shapes(load_shapes(), engine=engine).checks if c.severity == "Violation"]
        rejected = _REJECTED

        def run(check) -> list[Violation]:
            found = [Violation(doc_id_of(v.graph), v.graph, v.message, v.focus, v.check)
                     for v in run_checks(self.select, [check]) if v.graph != rejected]
            if progress:
                progress(1)
            return found

        # The SHACL-SPARQL constraints are the costliest: first, so that no thread is
        # left alone with a long check at the end.
        checks.sort(key=lambda c: not c.name.endswith("/sparql"))
        jobs: list = [lambda c=c: run(c) for c in checks] + [self._cross_document_checks]
        if self.is_remote:
            workers = 1
        elif workers is None:
            workers = min(4, os.cpu_count() or 1)
        if workers <= 1:
            return [v for job in jobs for v in job()]
        with ThreadPoolExecutor(max_workers=workers) as pool:
            results_ = list(pool.map(lambda job: job(), jobs))
        return [v for found in results_ for v in found]

    def _cross_document_checks(self) -> list[Violation]:
        out = []
        canonical = str(iri.CANONICAL_GRAPH)
        # A document's graph that is empty or lost its document node (a load or an update
        # cut short) still lists the document: it is recorded without its data.
        prefix = GRAPH_PREFIX
        for r in self.query(f"""SELECT ?g WHERE {{ GRAPH ?g {{ }}
                FILTER (STRSTARTS(STR(?g), "{prefix}") && !STRSTARTS(STR(?g), "{prefix}_"))
                FILTER NOT EXISTS {{ GRAPH ?g {{ ?g prov:wasDerivedFrom ?d . ?d a nif:Context }} }} }}"""):
            out.append(Violation(doc_id_of(str(r["g"])), str(r["g"]),
                                 "the document is recorded (its graph exists) but its graph holds no "
                                 "document: re-ingest it or remove it (kb query --update 'DROP GRAPH <...>')",
                                 None, "CrossDocument"))
        for r in self.query(f"""SELECT DISTINCT ?g ?e ?d WHERE {{
                GRAPH ?g {{ ?e kb:sourceDocument ?d }}
                FILTER (?g != <{canonical}>)
                FILTER NOT EXISTS {{ GRAPH ?g {{ ?g prov:wasDerivedFrom ?d }} }} }}"""):
            out.append(Violation(doc_id_of(str(r["g"])), str(r["g"]),
                                 f"names {r['d']} as its source, but its graph is derived from another document",
                                 str(r["e"]), "CrossDocument"))
        for r in self.query("""SELECT ?d (COUNT(DISTINCT ?g) AS ?n) WHERE {
                GRAPH ?g { ?d a nif:Context } } GROUP BY ?d HAVING (COUNT(DISTINCT ?g) > 1)"""):
            out.append(Violation(doc_id_of(str(r["d"])), None,
                                 f"the document node is described in {r['n']} graphs (expected one)",
                                 str(r["d"]), "CrossDocument"))
        for r in self.query(f"""SELECT ?c ?r WHERE {{
                GRAPH <{canonical}> {{ ?c kb:reportedBy ?r }}
                FILTER NOT EXISTS {{ GRAPH ?g {{ ?r kb:sourceDocument ?d }} FILTER (?g != <{canonical}>) }} }}"""):
            out.append(Violation(doc_id_of(str(r["r"])), canonical,
                                 f"canonical event reports {r['r']}, which is no longer in the KB "
                                 "(run kb merge again)", str(r["c"]), "CrossDocument"))
        return out


# -- helpers --------------------------------------------------------------------

class _StageClock:
    """Adds the CPU time since the last lap to ``times[stage]`` (nothing when ``times`` is None)."""

    def __init__(self, times: dict[str, float] | None):
        self.times = times
        self.last = time.process_time() if times is not None else 0.0

    def lap(self, stage: str) -> None:
        if self.times is not None:
            now = time.process_time()
            self.times[stage] = self.times.get(stage, 0.0) + now - self.last
            self.last = now


UNION_DEFAULT_GRAPH = {"use_default_graph_as_union": True}


def query_dataset(checked: Checked, default_graphs=(), named_graphs=()) -> dict:
    """pyoxigraph ``Store.query`` arguments for the dataset of a checked query.

    The SPARQL Protocol's ``default-graph-uri``/``named-graph-uri`` win (the
    dataset is exactly those graphs, an empty set where one list is empty);
    otherwise a query with ``FROM``/``FROM NAMED`` gets the dataset it names
    (Oxigraph reads it from the text); otherwise the union of all graphs.
    """
    if default_graphs or named_graphs:
        return {"default_graph": [ox.NamedNode(g) for g in default_graphs],
                "named_graphs": [ox.NamedNode(g) for g in named_graphs]}
    if checked.has_dataset:
        return {}
    return UNION_DEFAULT_GRAPH


def _rejection_node(doc_id: str) -> URIRef:
    return rdflib.URIRef(_rejection_iri(doc_id))


def _rejection_iri(doc_id: str) -> str:
    """The IRI of a document's rejection record (the last segment of its graph's IRI), as text."""
    return f"{KBR}rejected/{doc_segment(doc_id)}"


def _ntriples_of(graph_iri: str, nquads: bytes) -> str:
    """One graph's N-Quads (every line ending in ``<graph_iri> .``) as N-Triples text. A line
    break inside a literal is escaped in N-Quads, so the pattern only meets line ends."""
    return nquads.replace(f" <{graph_iri}> .\n".encode(), b" .\n").decode("utf-8")


def _delete_rejection(doc_id: str) -> str:
    node = _rejection_node(doc_id)
    return f"DELETE WHERE {{ GRAPH <{_REJECTED}> {{ <{node}> ?p ?o }} }}"


def json_term(t) -> dict:
    """An rdflib term as a SPARQL 1.1 JSON results binding value."""
    if isinstance(t, rdflib.URIRef):
        return {"type": "uri", "value": str(t)}
    if isinstance(t, rdflib.BNode):
        return {"type": "bnode", "value": str(t)}
    d = {"type": "literal", "value": str(t)}
    if t.language:
        d["xml:lang"] = t.language
    elif t.datatype is not None:
        d["datatype"] = str(t.datatype)
    return d


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split())


def _read_pid(path: Path) -> str | None:
    try:
        pid = path.read_text().strip()
    except OSError:
        return None
    return pid if pid.isdigit() else None
