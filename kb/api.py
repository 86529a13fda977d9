"""The Python API: the functions scripts, notebooks and the command line call.

>>> import kb.api as kb
>>> with kb.open_kb(None) as base:              # doctest: +SKIP
...     base.ingest_text("Putin reist am Donnerstag nach Peking.", id="n1",
...                      lang="de", published="2024-05-14")
...     rows = base.timeline(actor="Q7747")

Imports go one way: cli -> api -> steps/store -> model.
"""

from __future__ import annotations

import datetime as _dt
import gc
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from .errors import InputError, Interrupted, KBError, PipelineError, ShapeViolation, StoreError
from .model import Analysis, Document
from .lazy import LazyModule
from .timeline import TimelineRow, build_query, events_query, expand_types, parse_bound, parse_window, rows_from_query

docio = LazyModule("kb.document")  # reading files: not needed to query a KB

__all__ = [
    "DEFAULT_STORE",
    "gazetteer_from_file",
    "IndexNotice",
    "IngestSummary",
    "KnowledgeBase",
    "analyse",
    "extract_paths",
    "open_kb",
    "read_documents",
    "rejection_reason",
    "render",
    "resolve_store_location",
    "tag_timexes",
]

DEFAULT_STORE = "./kb-store"
FLUSH_EVERY = 1000  # documents between flushes of an on-disk store during ingest
# ... or triples, whichever comes first: RocksDB's memtables take ~800 bytes per quad, so
# 1,000 documents of 800 triples would hold ~600 MB in the writer between two flushes.
FLUSH_TRIPLES = 150_000
# Documents validated together (Store.ingest_many; each is still written whole, the new
# ones in one bulk step): parsing and planning the screen's ~160 queries costs ~10-25 ms per batch
# whatever its size. Shared by 32 documents the validate stage is ~1.6 ms/doc on the
# development articles, 2.1 with 8. The bulk step is what decides: each adds a set of small
# files RocksDB then compacts in its own threads, and for 1,000 news articles batches of 128
# took ~15 % less CPU in all than batches of 32 (docs/benchmarks.md, Stop 29), for ~0.65 MB
# more memory per document held (151 -> 234 MB peak). A batch also ends at BATCH_CHARS of text,
# so that long documents (whose analyses hold more) do not fill it.
BATCH = 128
BATCH_CHARS = 400_000


_freeze = {"wanted": False, "done": False}
_GC_YOUNG = 10_000
# Collections of the middle generation after 100 young ones instead of 10: each walks what the
# young ones left alive (while a batch is pending, ~100k objects of its analyses: ~14 ms), and
# an ingest makes almost no cyclic garbage (564 objects over 1,000 news articles).
_GC_MIDDLE = 100


def freeze_loaded_data_when_ingesting() -> None:
    """Ask :meth:`KnowledgeBase.ingest_documents` to freeze what is loaded after its first stored
    batch (for ``kb ingest`` and benchmarks: processes that exist to ingest). The language data,
    gazetteer and shapes are then loaded for good, and the cyclic garbage collector stops walking
    them (``gc.freeze``; its full collections cost ~50 ms each over that data, ~1 ms per document).
    Opt-in, because it also exempts every other object alive at that moment from collection, which
    a program that goes on doing other work after an ingest should not have imposed on it.

    Young collections are made rarer at once (see :func:`_freeze_loaded_data`): loading the
    language data and gazetteer makes about a million objects that live for good, and the
    collections their allocation set off cost ~0.1 s of a process's start."""
    _freeze["wanted"] = True
    gc.set_threshold(max(_GC_YOUNG, gc.get_threshold()[0]), *gc.get_threshold()[1:])


def _freeze_loaded_data() -> None:
    if _freeze["wanted"] and not _freeze["done"]:
        _freeze["done"] = True
        gc.collect()  # what is garbage now is freed, not frozen
        gc.freeze()
        # Young collections every 10,000 new objects instead of 700: most of a document's objects
        # are freed by reference counting before a collection sees them (half the collector's
        # time, ~0.4 ms per document); the middle generation after _GC_MIDDLE young ones, the
        # oldest after 10 middle ones, as before.
        gc.set_threshold(_GC_YOUNG, _GC_MIDDLE, gc.get_threshold()[2])


def resolve_store_location(store: str | None) -> str | None:
    """``--store``, then ``$KB_STORE``, then ``./kb-store``; ``":memory:"`` means in memory."""
    location = store or os.environ.get("KB_STORE") or DEFAULT_STORE
    return None if location == ":memory:" else location


def analyse(document: Document, gazetteer=None) -> Analysis:
    """Run the extraction pipeline over one document (no store involved).

    ``gazetteer``: a :class:`kb.entities.Gazetteer` (a KB's, or :func:`gazetteer_from_file`);
    None is the shipped one.
    """
    from .pipeline import analyse as run

    return run(document, gazetteer=gazetteer)


def gazetteer_from_file(path: str | os.PathLike | None, kind: str | None = None):
    """The shipped gazetteer plus the entities of an entity file (CSV, TSV, JSON, Turtle;
    see :mod:`kb.entities.imports`); ``None``: the shipped gazetteer alone."""
    from .entities import Additions, build
    from .entities.imports import read_entities

    if path is None:
        return build(None)
    return build(Additions().with_rows([row for _, row in read_entities(path, kind)]))


def tag_timexes(text: str, *, lang: str, dct: _dt.date | str | None, mode: str = "news"):
    """Temporal expressions of ``text`` resolved against ``dct`` (a list of :class:`kb.model.Timex`)."""
    from . import temporal

    return temporal.tag(text, lang, docio.parse_date(dct, "reference date"), mode)


def read_documents(paths: Iterable[str | os.PathLike], *, on_file: Callable[[], None] | None = None,
                   **defaults: Any) -> Iterator[Document | docio.ReadProblem | docio.ReadNote]:
    """The documents of ``paths`` (files and directories), as :func:`kb.document.iter_documents`
    gives them: a ``ReadProblem`` for what cannot be read (a file whose reading fails in a way
    the reader did not foresee is one, and the next file is read), a ``ReadNote`` for what
    costs no document (a repeated id). ``on_file`` is called after each file. A path that
    does not exist raises :class:`kb.errors.InputError`."""
    return docio.iter_documents(paths, file_done=on_file, **defaults)


def extract_paths(paths: Iterable[str | os.PathLike], gazetteer=None, **defaults: Any,
                  ) -> Iterator[Analysis | docio.ReadProblem | docio.ReadNote]:
    """Analyses of every document in ``paths``; unreadable ones, and those the pipeline
    fails on, come out as ``ReadProblem`` (path: the document id), notes on the input
    (duplicate ids, deprecated sidecars) as ``ReadNote``, and the rest goes on.
    ``gazetteer`` as for :func:`analyse`."""
    for item in read_documents(paths, **defaults):
        if isinstance(item, (docio.ReadProblem, docio.ReadNote)):
            yield item
            continue
        try:
            yield analyse(item, gazetteer)
        except Exception as exc:  # noqa: BLE001 -- one document's failure is reported, the run goes on
            yield docio.ReadProblem(item.id, rejection_reason(exc))


def render(analysis: Analysis, fmt: str, include_implied: bool = True) -> str | dict:
    """What ``kb extract`` prints for one analysis: the JSON record (a dict) for ``json``,
    one JSON line for ``jsonl``, or its graph as ``turtle`` or ``trig`` text.

    ``include_implied=False`` leaves the events only implied by a claim out of the JSON
    record; RDF keeps them, marked ``kb:impliedBy``, as ``kb export`` does.

    Raises :class:`kb.errors.PipelineError` when the record or the graph cannot be
    made (a bug met on this document; the caller rejects it and goes on).
    """
    import json

    try:
        if fmt in ("json", "jsonl"):
            record = analysis.as_record(include_implied=include_implied)
            return record if fmt == "json" else json.dumps(record, ensure_ascii=False)
        from .rdf.build import graph_for, to_trig

        graph_iri, graph = graph_for(analysis)
        return graph.serialize(format="turtle") if fmt == "turtle" else to_trig([(graph_iri, graph)])
    except KBError:
        raise
    except Exception as exc:  # noqa: BLE001
        raise PipelineError(f"internal error while writing its {fmt} output ({type(exc).__name__}: "
                            f"{' '.join(str(exc).split())[:300]}); please report it with this document",
                            "output") from exc


def rejection_reason(exc: BaseException) -> str:
    """The one-line reason a document is rejected for ``exc``; a store error is re-raised.

    A :class:`kb.errors.KBError` says it itself; any other exception is a bug met on
    that document (``PipelineError`` already names the step).
    """
    if isinstance(exc, KBError):
        if exc.exit_code == 3:  # the store failed: nothing more can be written
            raise exc
        return " ".join(str(exc).split())
    return (f"internal error ({type(exc).__name__}: {' '.join(str(exc).split())[:300]}); "
            "please report it with this document")


class IndexNotice(UserWarning):
    """A query answered without the index it would use (a store written before its keys):
    the same rows, found more slowly; ``kb timeline`` prints it as one line."""


@dataclass
class IngestSummary:
    """What an ingest did: counts and the documents that were rejected, with why."""

    documents: int = 0
    events: int = 0
    claims: int = 0
    triples: int = 0
    rejected: list[tuple[str, str]] = field(default_factory=list)  # (document or path, reason)
    warnings: list[str] = field(default_factory=list)
    duplicates: int = 0  # documents whose id was met before in the run (the later one is kept)

    def note(self, note) -> None:
        """Count a :class:`kb.document.ReadNote` of the input."""
        self.warnings.append(note.message)
        if note.kind == "duplicate":
            self.duplicates += 1

    def line(self) -> str:
        dup = ""
        if self.duplicates:
            dup = (f" ({self.duplicates} of them repeated an id read before in this run; "
                   f"the later document replaced the earlier)")
        return (f"{self.documents} documents{dup}, {self.events} events, {self.claims} claims ingested; "
                f"{len(self.rejected)} rejected")


class KnowledgeBase:
    """A KB: a store plus the pipeline. Open with :func:`open_kb`."""

    def __init__(self, store):
        self.store = store
        self._additions = None  # the store's gazetteer additions, read once
        self._gazetteer = None  # (additions, the gazetteer built from them)
        self._unflushed = 0  # documents written since the last flush
        self._unflushed_triples = 0

    # -- lifecycle ---------------------------------------------------------
    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> "KnowledgeBase":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- the gazetteer -------------------------------------------------------
    @property
    def gazetteer_additions(self):
        """The KB's additions to the shipped gazetteer (:class:`kb.entities.Additions`)."""
        if self._additions is None:
            from .entities import resource

            self._additions = resource.read(self.store)
        return self._additions

    @property
    def gazetteer(self):
        """The gazetteer this KB links entities with: the shipped one plus its additions."""
        from .entities import build

        additions = self.gazetteer_additions
        if self._gazetteer is None or self._gazetteer[0] is not additions:  # built once per change
            self._gazetteer = (additions, build(additions or None))
        return self._gazetteer[1]

    def gazetteer_add(self, path: str | os.PathLike, *, kind: str | None = None) -> list[str]:
        """Add the entities of a file (CSV, TSV, JSON, Turtle, N-Triples; see
        :mod:`kb.entities.imports`) to this KB's gazetteer; returns their ids. A bad file adds nothing.
        Documents already stored keep their links until :meth:`relink`."""
        from .entities.imports import read_entities

        return self.gazetteer_add_entries(read_entities(path, kind))

    def gazetteer_add_entries(self, entries: list[tuple[str, list[str]]]) -> list[str]:
        """Add entries ``(where, row)`` as :func:`kb.entities.imports.read_entities` gives them."""
        from .entities import build, resource

        rows = [row for _, row in entries]
        known = set(build(None).entities) | self.gazetteer_additions.ids() | {r[0] for r in rows}
        resource.check_replaces(rows, known, {row[0]: where for where, row in entries})
        additions = self.gazetteer_additions.with_rows(rows)
        resource.write(self.store, additions)
        self._additions = additions
        return [r[0] for r in rows]

    def gazetteer_remove(self, eid: str) -> None:
        """Remove an entity: an added one is dropped, a shipped one is no longer used."""
        from .entities import build, resource

        shipped = eid in build(None).entities
        if not shipped and eid not in self.gazetteer_additions.ids():
            raise InputError(f"{eid!r} is not in this KB's gazetteer (see `kb gazetteer list`)")
        additions = self.gazetteer_additions.without(eid, shipped)
        resource.write(self.store, additions)
        self._additions = additions

    def gazetteer_entries(self, *, kind: str | None = None, name: str | None = None,
                          added_only: bool = False) -> list[dict]:
        """The gazetteer's entities as dicts (id, kind, name, country, source, aliases,
        description), by id; ``name`` matches any label or alias, case- and accent-insensitively."""
        from .actors import normalise
        from .entities import build

        gz = self.gazetteer
        added = {r[0]: r for r in self.gazetteer_additions.rows}
        shipped = build(None).entities
        want = normalise(name) if name else None
        out = []
        for eid in sorted(gz.entities):
            ent = gz.entities[eid]
            if (kind and ent.kind != kind) or (added_only and eid not in added):
                continue
            forms = list(dict.fromkeys(ent.forms))
            if want and not any(want in normalise(f) for f in forms):
                continue
            source = "added" if eid in added else "shipped" if eid in shipped else "?"
            olds = sorted(o for o, n in gz.replaced.items() if n == eid)
            if olds:
                source += f" (replaces {', '.join(olds)})"
            out.append({"id": eid, "kind": ent.kind, "name": ent.name, "country": ent.country or "",
                        "source": source, "aliases": "; ".join(f for f in forms if f != ent.name),
                        "description": added[eid][12] if eid in added else ""})
        return out

    def relink(self, *, everything: bool = False,
               progress: Callable[[int], None] | None = None) -> "IngestSummary":
        """Extract stored documents again from their stored text with the current gazetteer.

        By default the documents a change of the gazetteer can concern: those linking an entity
        the additions replaced or removed, or whose text holds a name of an added entity;
        ``everything``: all documents. Each document is replaced whole (nothing is lost: its
        text, date, language, source and title are read from the store).
        """
        from . import relink

        docs = relink.stored_documents(self.store, None if everything else relink.affected(self))
        return self.ingest_documents(docs, progress=progress)

    # -- writing -----------------------------------------------------------
    def ingest_document(self, document: Document) -> Analysis:
        """Extract, validate and store one document (replacing an earlier version).

        Raises :class:`kb.errors.ShapeViolation` when its graph violates the
        shapes; then nothing is written and the rejection is recorded.
        """
        analysis = analyse(document, self.gazetteer)
        result = self.store.ingest(analysis)
        self._count_written(1, result.triples)
        return analysis

    def _count_written(self, n: int, triples: int) -> None:
        self._unflushed += n
        self._unflushed_triples += triples
        if self._unflushed >= FLUSH_EVERY or self._unflushed_triples >= FLUSH_TRIPLES:
            self.store.flush()
            self._unflushed = self._unflushed_triples = 0

    def ingest_text(self, text: str, *, id: str, lang: str = "de", published: Any = None,
                    source: str | None = None, title: str | None = None, mode: str = "news") -> Analysis:
        """Ingest one text given as a string."""
        return self.ingest_document(docio.make_document(
            text, id=id, lang=lang, published=published, source=source, title=title, mode=mode))

    def ingest(self, paths: Iterable[str | os.PathLike], *, progress: Callable[[int], None] | None = None,
               **defaults: Any) -> IngestSummary:
        """Ingest files and directories; bad documents are reported, never half-written."""
        return self.ingest_documents(read_documents(paths, **defaults), progress=progress)

    def ingest_documents(self, items: Iterable[Document | docio.ReadProblem], *,
                         progress: Callable[[int], None] | None = None) -> IngestSummary:
        """Ingest documents (and report the ``ReadProblem`` items among them as rejected).

        Documents are analysed one by one and stored :data:`BATCH` at a time
        (:meth:`kb.store.Store.ingest_many`: validated together, each written
        whole, the new ones of a batch in one bulk step). ``progress`` is called with 1 per document done.
        """
        summary = IngestSummary()
        pending: list[Analysis] = []
        try:
            self._ingest_items(items, summary, pending, progress)
        except KeyboardInterrupt:
            # Every stored document is whole; the few analysed but not yet written are not stored.
            raise Interrupted(f"interrupted: {summary.documents} documents stored"
                              f"{f', {len(summary.rejected)} rejected' if summary.rejected else ''}, "
                              f"{len(pending)} analysed but not written; run the same command again to "
                              f"continue (stored documents are replaced, not doubled)") from None
        return summary

    def _ingest_items(self, items, summary: IngestSummary, pending: list[Analysis],
                      progress: Callable[[int], None] | None) -> None:
        chars = 0  # of the pending documents' texts (counted as they come: a batch holds up to BATCH)
        for item in items:
            if isinstance(item, docio.ReadNote):
                summary.note(item)
                continue
            if isinstance(item, docio.ReadProblem):
                summary.rejected.append((item.path, item.message))
            else:
                try:
                    pending.append(analyse(item, self.gazetteer))
                except Exception as exc:  # noqa: BLE001 -- costs this document, not the run
                    summary.rejected.append((item.id, rejection_reason(exc)))
                else:
                    chars += len(pending[-1].text)
                    if len(pending) >= BATCH or chars >= BATCH_CHARS:
                        self._store_batch(pending, summary, progress)
                        pending.clear()
                        chars = 0
                        _freeze_loaded_data()
                    continue  # progress is counted when the document is stored
            if progress:
                progress(1)
        if pending:
            self._store_batch(pending, summary, progress)
            pending.clear()

    def _store_batch(self, analyses: list[Analysis], summary: IngestSummary,
                     progress: Callable[[int], None] | None) -> None:
        from .parallel import _whole

        with _whole():  # Ctrl-C waits until the batch is written and counted
            self._store_batch_now(analyses, summary, progress)

    def _store_batch_now(self, analyses: list[Analysis], summary: IngestSummary,
                         progress: Callable[[int], None] | None) -> None:
        written = triples = 0
        for analysis, result in zip(analyses, self._ingest_many(analyses)):
            doc_id = analysis.document.id
            if isinstance(result, ShapeViolation):
                summary.rejected.append((doc_id, str(result)))
            elif isinstance(result, Exception):
                summary.rejected.append((doc_id, rejection_reason(result)))
            else:
                written += 1
                triples += result.triples
                summary.documents += 1
                summary.triples += result.triples
                summary.events += len(analysis.events)
                summary.claims += len(analysis.claims)
                summary.warnings.extend(f"{doc_id}: {w}" for w in analysis.warnings)
            if progress:
                progress(1)
        self._count_written(written, triples)

    def _ingest_many(self, analyses: list[Analysis]) -> list:
        """``store.ingest_many``, where a failure of the batch as a whole (building,
        indexing or validating one graph) is retried document by document, so it
        costs only the document that causes it. A store error ends the run."""
        try:
            return self.store.ingest_many(analyses)
        except StoreError:
            raise
        except Exception as exc:  # noqa: BLE001
            if len(analyses) == 1:
                return [exc]
        # Writes are per document and replace: those already written are written again, whole.
        return [result for a in analyses for result in self._ingest_many([a])]

    # -- reading -----------------------------------------------------------
    def query(self, sparql: str, *, update: bool = False, allow_network: bool = False, fmt: str | None = None,
              text: bool = False):
        """Run SPARQL: rows for SELECT, a bool for ASK, an rdflib Graph for CONSTRUCT/DESCRIBE.

        ``allow_network`` lets SERVICE, LOAD and FROM/USING/WITH of graphs outside
        the KB through (:mod:`kb.sparqlguard`); ``update`` lets an update run.
        With ``fmt`` (json, xml, csv, tsv; turtle, trig, ntriples, nquads, rdfxml,
        jsonld) a query's results come written in that standard format by
        pyoxigraph's serialisers, as a :class:`kb.results.Serialized`; a format
        that does not fit the query form raises :class:`kb.errors.QueryError`. ``text``:
        SELECT rows hold plain strings rather than rdflib terms (:meth:`kb.store.Store.query`)."""
        if fmt is not None and not update:
            return self.store.query_serialized(sparql, fmt, allow_network=allow_network)
        return self.store.query(sparql, update=update, allow_network=allow_network, text=text)

    def query_named(self, name: str, params: dict[str, str] | None = None, *, fmt: str | None = None):
        """Run a shipped query (``kb.queries``) with validated parameters; rows (or,
        with ``fmt``, written results) as for :meth:`query`."""
        from . import queries

        query = queries.get(name)
        indexed = None
        if query.keys:  # whether the store has the kb:actorPair keys such a query looks up
            from .rdf.index import has_keys

            indexed = has_keys(self._index_select(), "https://w3id.org/kb/ns#actorPair")
        text = query.bind(params, resolve=self.resolve_actor, indexed=indexed)
        from .sparqlguard import check_query

        # the guard's decision on the shipped text (parsed once, cached) holds for the bound one:
        # its values are validated terms; parsing each bound text cost ~0.1 s of CPU
        checked = check_query(query.text, allow_network=self.store.allow_network)
        if fmt is not None:
            return self.store.query_serialized(text, fmt, checked=checked)
        return self.store.query(text, checked=checked)

    def resolve_actor(self, actor: str, what: str = "actor") -> list[str]:
        """IRIs for an actor given as a QID (``Q7747``), an IRI, or any label, alias or surname
        (``what="place"``: a place, as the errors then say).

        Case and accents do not matter ("olaf scholz", "Scholz", "Q61053" are one
        person). Raises :class:`kb.errors.InputError` for a name that fits several
        actors or none, naming the closest matches.
        """
        from . import actors

        # the gazetteer is built only for a name, or for a KB whose additions replaced shipped ids
        # (documents stored before the addition link the old id until `kb relink`: both are asked)
        same = actors.same_entity(self.gazetteer.replaced) if self._has_gazetteer_additions() else None
        return actors.resolve(actor, lambda: _name_index(self.gazetteer), self._actor_labels,
                              self._stored_entity, same, what)

    def _has_gazetteer_additions(self) -> bool:
        """Whether the store holds gazetteer additions, asked without loading the pipeline (a
        reading command with a QID imports no kb.entities in a KB without additions)."""
        if self._additions is not None:
            return bool(self._additions)
        return bool(self.store.select_text(f"SELECT ?s WHERE {{ GRAPH <{_GAZETTEER_GRAPH}> {{ ?s ?p ?o }} }} LIMIT 1"))

    def _stored_entity(self, entity_iri: str) -> bool:
        # kb's own query over an IRI of the gazetteer: no user text, so no guard parse
        return bool(self.store.select_text(f"SELECT ?p WHERE {{ GRAPH ?g {{ <{entity_iri}> ?p ?o }} }} LIMIT 1"))

    def _actor_labels(self):
        """(IRI, label, is a person) of every labelled actor and place in the store."""
        rows = self.store.select_text(
            "SELECT DISTINCT ?e ?l ?person WHERE { GRAPH ?g { ?e rdfs:label|skos:altLabel ?l ; a ?c } "
            "FILTER(?c IN (kb:Agent, kb:Place)) "
            "BIND(EXISTS { GRAPH ?h { ?e a kb:Person } } AS ?person) }")
        for r in rows:
            yield r["e"], r["l"], r.get("person") == "true"

    def timeline(self, *, actor: str | None = None, since: str | None = None,
                 until: str | None = None, type: list[str] | str | None = None,  # noqa: A002 - as --type
                 limit: int | None = None, include_implied: bool = False, unmerged: bool = False,
                 types: list[str] | str | None = None, place: list[str] | str | None = None) -> list[TimelineRow]:
        """Events ordered by date (undated ones last), filtered by actor, window, type and place,
        with the columns of ``kb export --format csv`` (:data:`kb.timeline.TIMELINE_COLUMNS`).

        The filters are named as ``kb timeline``'s options: ``actor``, ``since``,
        ``until``, ``type`` (one type or a list; ``types=`` is its deprecated old
        name), ``place`` (a place or a country, as ``kb export --place``: one or a
        list), ``limit`` (reports), ``include_implied``. Reports that ``kb merge``
        joined into one event are one row (their documents in ``doc_ids``, their
        merged date bounds) unless ``unmerged``. Events only implied by a claim
        (the earlier visit a "second visit" implies) are left out unless
        ``include_implied``. A store written before the type and place index keys
        answers a timeline of a type or place without an actor by a scan, with an
        :class:`IndexNotice` warning."""
        from .exporters import type_filter
        from .exporters.tabular import timeline_rows

        records: dict[str, list[str]] = {}
        events, cut = self._timeline_reports(actor=actor, since=since, until=until,
                                             types=type_filter(type, types), limit=limit,
                                             include_implied=include_implied, place=place, records=records)
        return timeline_rows(self.store, events, unmerged=unmerged, include_implied=include_implied,
                             limit=limit if cut else None, records=records)

    def _timeline_reports(self, *, actor: str | None, since: str | None, until: str | None,
                          types: list[str] | None, limit: int | None,
                          include_implied: bool, place: list[str] | str | None = None,
                          records: dict[str, list[str]] | None = None) -> tuple[list[str], bool]:
        """The reports (IRIs) of a timeline, and whether ``limit`` is still to be applied to them
        in timeline order (the index walk hands over every report that can be among the first
        ``limit``: those up to the last one's bounds, whatever their type or IRI). ``records``
        receives the stored row texts the index walk read with the reports
        (:func:`kb.rdf.index.timeline_events`)."""
        actor_iris = self.resolve_actor(actor) if actor else None
        places = [place] if isinstance(place, str) else [p for p in place or () if p]
        place_iris = [iri for p in places for iri in self.resolve_actor(p, "place")] or None
        lo, hi = parse_window(since, until)
        type_iris = [f"https://w3id.org/kb/ns#{t}" for t in expand_types(types)] if types else None
        if (actor_iris or type_iris or place_iris) and (lo or hi or limit) and self._walkable(actor_iris):
            # A window or a limit: the index finds the events month chunk by month chunk (fast at
            # a million events); undated events cannot be in a window.
            found = self._walk(actor_iris, type_iris, place_iris, lo, hi, limit, include_implied, records)
            return [e for e, _, _ in found], True
        if limit is None and records is not None:
            # Every event: which ones (the timeline's patterns) and their stored rows, in one
            # query; the rows are built from the records, not from build_query's joins.
            query = events_query(actor_iris=actor_iris, since=lo, until=hi, types=types,
                                 include_implied=include_implied, place_iris=place_iris)
            events: dict[str, None] = {}
            for event, row in self.store.select(query):
                events[event] = None
                texts = records.setdefault(event, [])
                if row and row not in texts:
                    texts.append(row)
            return list(events), False
        query = build_query(actor_iris=actor_iris, since=lo, until=hi, types=types, limit=limit,
                            include_implied=include_implied, place_iris=place_iris)
        return [r.event for r in rows_from_query(self.store.select_text(query))], False

    def _walkable(self, actor_iris: list[str] | None) -> bool:
        """Whether the index can answer a timeline: always by actors; by types or places when the
        store has their keys (one written before them is scanned, with a one-line notice)."""
        if actor_iris:
            return True
        from .rdf.index import has_type_keys

        from .store import reindex_unfinished

        have = has_type_keys(self._index_select())
        if have and reindex_unfinished(self.store.path):
            have = False  # some of its documents may not have them yet
        if have is False:
            import warnings

            where = self.store.path or self.store.url
            warnings.warn(f"this store was written before the type and place index keys: the timeline "
                          f"scans every event (to add them: kb --store {where} reindex)", IndexNotice, stacklevel=4)
        return bool(have)

    def _index_select(self) -> Callable[[str], list[tuple[str, ...]]]:
        """``store.select`` for the index walk; on an embedded read-only store it remembers the
        answers of the walk's key checks (:func:`kb.rdf.index.has_keys`): whether
        the store has a kind of key cannot change while it is open, so each timeline need not
        ask again (one to three lookups each)."""
        from .rdf.index import is_key_check

        select = self.store.select
        if self.store.is_remote or not self.store.read_only:
            return select
        memo: dict[str, list] = self.__dict__.setdefault("_key_checks", {})

        def run(sparql: str) -> list[tuple[str, ...]]:
            if not is_key_check(sparql):
                return select(sparql)
            if sparql not in memo:
                memo[sparql] = select(sparql)
            return memo[sparql]

        return run

    def _walk(self, actor_iris, type_iris, place_iris, lo: str | None, hi: str | None, limit: int | None,
              include_implied: bool, records: dict[str, list[str]] | None = None) -> list[tuple[str, str, str]]:
        """The index rows of a timeline in the window [lo, hi] (ISO days or None): the first
        ``limit`` and their ties, and without a window, when fewer dated events than ``limit``
        match a type or place, also those without a date (which the timeline lists last).
        Events only implied by a claim are left out by the lookups themselves unless
        ``include_implied``."""
        from .rdf.index import timeline_events, undated_events, walk_for

        window = (_dt.date.fromisoformat(lo or "0001-01-01"), _dt.date.fromisoformat(hi or "9999-12-31"))
        need = limit or 10**9
        # The index orders by date then IRI, the timeline by date then type: every event that
        # shares the bounds of the need-th one is a candidate (ties=True), the rows sort them out.
        select = self._index_select()
        found = timeline_events(select, actor_iris or [], *window, need if limit else None, type_iris, ties=True,
                                place_iris=place_iris, skip_implied=not include_implied, records=records)
        if len(found) > need:
            return [f for f in found if f[1:] <= found[need - 1][1:]]
        if not (lo or hi or actor_iris):
            walk = walk_for((), type_iris, place_iris, skip_implied=not include_implied)
            found += [(e, "", "") for e in undated_events(select, walk)]
        return found

    def export(self, fmt: str, output: str | os.PathLike | None = None, *, mentions: bool = False,
               title: str = "kb timeline", unmerged: bool = False, **filters: Any) -> str | bytes:
        """Export events as ``fmt`` (csv json jsonld timelinejs ics html png svg turtle trig nquads).

        ``filters``: ``actor``, ``place`` (QIDs, IRIs or labels; a list means any
        of them), ``type`` (``types=`` is its deprecated old name), ``since``,
        ``until``, ``source``, ``include_implied`` (events only implied by a claim
        are left out otherwise), named as ``kb export``'s options. Reports that
        ``kb merge`` joined are one event unless ``unmerged``. Returns the text
        (bytes for png) and also writes it to ``output`` when given.
        """
        from .exporters import export_kb

        return export_kb(self, fmt, output, mentions=mentions, title=title, unmerged=unmerged, **filters)

    def records(self, *, mentions: bool = False, unmerged: bool = False, **filters: Any) -> list[dict]:
        """The selected events (reports with ``mentions=True``) as JSON-ready dicts."""
        from .exporters import event_records

        return event_records(self, mentions=mentions, unmerged=unmerged, **filters)

    def dataframe(self, sparql: str | None = None, **filters: Any):
        """A pandas DataFrame: the rows of a SELECT, or else the event table (needs pandas)."""
        from .api_frames import to_dataframe

        return to_dataframe(self, sparql, **filters)

    def validate(self, progress: Callable[[int], None] | None = None, *, method: str = "auto"):
        """Check every document graph against the shapes and run the cross-document checks.

        ``method`` is ``shacl`` (pySHACL graph by graph), ``sparql`` (the shapes
        compiled to SPARQL, for large KBs) or ``auto``.
        """
        return self.store.validate(progress=progress, method=method)

    def documents(self) -> list[str]:
        return self.store.documents()

    def merge(self, *, tolerance_days: int = 7):
        """Merge reports of the same event across documents into canonical events.

        Returns a :class:`kb.merge.MergeReport`; conflicting dates are flagged,
        never resolved. :meth:`unmerge` undoes it.
        """
        from .merge import merge

        return merge(self.store, tolerance_days=tolerance_days)

    def unmerge(self) -> bool:
        """Drop the canonical events (the per-document events stay); True if there were any."""
        from .merge import unmerge

        return unmerge(self.store)

    def check_claims(self):
        """Compare every count and ordinal claim with the events the KB holds.

        Returns :class:`kb.claimcheck.ClaimCheck` objects with a verdict
        (consistent, fewer_in_kb, more_in_kb, not_checkable) and the events found.
        """
        from .claimcheck import check_claims

        return check_claims(self.store)

    def stats(self) -> dict[str, int]:
        """Counts of documents, events, claims and triples."""
        # the store declares kb's prefixes (kb:, sem:, rdfs:, ...) itself
        q = ("SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { GRAPH ?g { ?e kb:sourceDocument ?d ; a sem:Event } }")
        events = int(self.store.select(q)[0][0])
        q = ("SELECT (COUNT(DISTINCT ?c) AS ?n) WHERE { GRAPH ?g { { ?c a kb:CountClaim } UNION { ?c a kb:OrdinalClaim } } }")
        claims = int(self.store.select(q)[0][0])
        return {"documents": len(self.store.documents()), "events": events, "claims": claims,
                "triples": self.store.count_triples()}


# kb.entities.resource.GRAPH, named here so that reading commands need not import kb.entities
_GAZETTEER_GRAPH = "https://w3id.org/kb/id/graph/_gazetteer"


@lru_cache(maxsize=4)
def _name_index(gaz):
    """The names of the gazetteer's entities, indexed for :meth:`KnowledgeBase.resolve_actor`."""
    from .actors import NameIndex

    return NameIndex.of_gazetteer(gaz)


def open_kb(location: str | os.PathLike | None = DEFAULT_STORE, *, read_only: bool = False) -> KnowledgeBase:
    """Open (or create) a KB: a directory on disk, ``None`` or ``":memory:"`` for memory, or an
    ``http(s)://`` endpoint.

    Raises :class:`kb.errors.StoreLockedError` when another process writes to it.
    """
    from .store import Store

    if location is not None and str(location) == ":memory:":
        location = None
    return KnowledgeBase(Store(None if location is None else str(location), read_only=read_only))


def query_in_child(location: str | os.PathLike | None, sparql: str | None = None, *, timeout: float,
                   update: bool = False, named: str | None = None, params: dict[str, str] | None = None,
                   allow_network: bool = False, fmt: str | None = None):
    """:meth:`KnowledgeBase.query` (or :meth:`~KnowledgeBase.query_named` with ``named``)
    in a child process that opens the store and is killed after ``timeout`` seconds.

    A killed query stops using CPU and memory at once (a thread could not stop
    it). Raises :class:`kb.querypool.QueryCancelled` (a :class:`kb.errors.QueryError`)
    when the time runs out; other errors as :meth:`KnowledgeBase.query` raises them.
    With ``fmt`` the child writes the results (a :class:`kb.results.Serialized` comes back).
    """
    from .querypool import run_in_child

    return run_in_child(location, _query_store, sparql, update, named, params, allow_network, fmt,
                        timeout=timeout, read_only=not update)


def _query_store(store, sparql: str | None, update: bool, named: str | None, params: dict | None,
                 allow_network: bool = False, fmt: str | None = None):
    base = KnowledgeBase(store)
    if named:
        return base.query_named(named, params, fmt=fmt)
    return base.query(sparql, update=update, allow_network=allow_network, fmt=fmt)
