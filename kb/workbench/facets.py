"""The event browser's index: one SQLite row per stored event (report), facet counts precomputed.

Counting ten facets over a million events with SPARQL ``GROUP BY`` reads every
event each time (seconds). The workbench instead keeps a side index, built
from the store by the same record layer the exporters use
(:func:`kb.exporters.records.collect`, in chunks of event IRIs):

- ``events``: one row per report with the facet columns, each indexed;
- ``actors``: (event row, actor IRI), indexed both ways;
- ``counts``: the facet counts of the whole KB (the first page reads these);
- ``search``: an FTS5 table over the evidence sentence and label;
- ``log``: the row ids each update deleted or wrote (readers patch their columns from it).

A page with filters or a search is counted in memory (:class:`_Columns`): each
facet column as integer codes per row id, the selection a boolean per row, the
counts ``numpy.bincount`` over it, the page the selected rows in date order.

The index follows the store: :func:`refresh` reads the store's change journal
(:mod:`kb.changes`) and rewrites only the rows of the documents named there,
moving the stored counts by the difference, in one SQLite transaction with the
journal position. The store stays the truth: the index is a cache, kept
between runs of ``kb serve`` in an index directory (:mod:`kb.workbench.keep`).
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
import threading
import time
import uuid
from collections import OrderedDict
from pathlib import Path
from urllib.parse import urlsplit

import numpy as np

from ..errors import InputError
from ..exporters.records import Selection, collect, iri_term, select

__all__ = ["FACETS", "FacetIndex", "IriSelection", "NeedsRebuild", "build", "plan", "refresh", "same_store",
           "store_identity", "typed_count"]

FACETS = ("type", "actor", "country", "place", "status", "year", "lang", "source", "merged", "reviewed")
PAGE_SIZES = (10, 25, 50, 100, 200)
TOP = 40  # values listed per facet
SCHEMA_VERSION = "3"  # 3: the store it indexes and a build id in meta
CHUNK = 2000  # event IRIs per collect() call while building
WD = "http://www.wikidata.org/entity/"
KB = "https://w3id.org/kb/ns#"
_COLUMNS = {"type": "type", "country": "country", "place": "place", "status": "status", "year": "year",
            "lang": "lang", "source": "source", "merged": "merged", "reviewed": "reviewed"}
_SCHEMA = """
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE events(id INTEGER PRIMARY KEY, iri TEXT NOT NULL, doc_id TEXT NOT NULL, type TEXT, status TEXT,
  year TEXT, earliest TEXT, latest TEXT, lang TEXT, source TEXT, place TEXT, country TEXT, merged TEXT,
  reviewed TEXT, label TEXT, evidence TEXT, start INTEGER, "end" INTEGER, actors TEXT);
CREATE TABLE actors(event INTEGER NOT NULL, actor TEXT NOT NULL);
CREATE TABLE names(iri TEXT PRIMARY KEY, name TEXT);
CREATE TABLE counts(facet TEXT, value TEXT, n INTEGER, PRIMARY KEY(facet, value));
CREATE TABLE log(version INTEGER NOT NULL, id INTEGER NOT NULL);
CREATE VIRTUAL TABLE search USING fts5(evidence, label, content='events', content_rowid='id');
"""
_INDEXES = """
CREATE INDEX events_order ON events(earliest, id);
CREATE INDEX actors_actor ON actors(actor, event);
CREATE INDEX actors_event ON actors(event);
CREATE INDEX counts_facet ON counts(facet, n DESC);
CREATE INDEX events_doc ON events(doc_id);
CREATE INDEX log_version ON log(version);
""" + "".join(f"CREATE INDEX events_{c} ON events({c}, earliest);\n" for c in _COLUMNS.values())


class IriSelection(Selection):
    """A :class:`kb.exporters.records.Selection` of given event IRIs (the browser's current selection)."""

    def __init__(self, iris: list[str]):
        super().__init__(include_implied=True)
        self.iris = list(iris)

    def patterns(self) -> str:
        if not self.iris:
            return "FILTER(false)"
        return "VALUES ?event { " + " ".join(iri_term(i) for i in self.iris) + " }"


def _source(report) -> str:
    src = report.source or ""
    host = urlsplit(src).hostname if "://" in src else None
    return host or src or report.doc_id.split("-", 1)[0]


def _event_iris(store) -> list[str]:
    from ..exporters.records import embedded

    ox_store = embedded(store)
    if ox_store is not None:
        import pyoxigraph as ox

        pred = ox.NamedNode(KB + "eventType")
        return sorted({q.subject.value for q in ox_store.quads_for_pattern(None, pred, None)
                       if isinstance(q.subject, ox.NamedNode)})
    rows = select(store, f"SELECT DISTINCT ?e WHERE {{ GRAPH ?g {{ ?e <{KB}eventType> ?t ; "
                         f"<{KB}sourceDocument> ?d }} }}")
    return sorted(str(r["e"]) for r in rows)


def _lookup(store, iris: set[str], pattern: str) -> list:
    """Rows of ``SELECT ?p ?v WHERE { GRAPH ?g { VALUES ?p {...} <pattern> } }``, 400 IRIs a query."""
    out = []
    ordered = sorted(iris)
    for i in range(0, len(ordered), 400):
        values = " ".join(iri_term(p) for p in ordered[i:i + 400])
        out += select(store, f"SELECT DISTINCT ?p ?v WHERE {{ GRAPH ?g {{ VALUES ?p {{ {values} }} {pattern} }} }}")
    return out


def _countries(store, places: set[str]) -> dict[str, str]:
    """The country of each place: its ``kb:country``, or the place itself when it is a ``kb:Country``."""
    out: dict[str, str] = {}
    for r in _lookup(store, places, f"{{ ?p <{KB}country> ?v }} UNION {{ ?p a <{KB}Country> BIND(?p AS ?v) }}"):
        out.setdefault(str(r["p"]), str(r["v"]))
    return out


def _labels(store, iris: set[str]) -> dict[str, str]:
    """Names of entities for the facets: their ``rdfs:label`` in the store (English first), else
    the gazetteer's name. A country is stored only as the ``kb:country`` of a place when no text
    names it ("in Brussels"), so it has no label of its own in the store."""
    out: dict[str, str] = {}
    for r in _lookup(store, iris, "?p <http://www.w3.org/2000/01/rdf-schema#label> ?v"):
        key, label = str(r["p"]), r["v"]
        if key not in out or getattr(label, "language", "") == "en":
            out[key] = str(label)
    unnamed = {i[len(WD):] for i in iris - set(out) if i.startswith(WD)}
    if unnamed:
        from ..entities import gazetteer

        entities = gazetteer().entities
        out.update({WD + q: entities[q].name for q in unnamed if q in entities})
    return out


class _Rows:
    """Index rows made from reports (:func:`kb.exporters.records.collect`), numbered from ``next_id``."""

    def __init__(self, next_id: int):
        self.next_id = next_id
        self.events: list[tuple] = []
        self.actors: list[tuple[int, str]] = []
        self.names: dict[str, str] = {}
        self.places: set[str] = set()

    def add(self, reports) -> None:
        for r in reports:
            n = self.next_id
            self.next_id += 1
            year = (r.earliest or "")[:4] or None
            place = r.place.iri if r.place else None
            if r.place:
                self.names.setdefault(r.place.iri, r.place.name)
                self.places.add(r.place.iri)
            for a in dict.fromkeys(a.iri for a in r.participants):
                self.actors.append((n, a))
            for a in r.participants:
                self.names.setdefault(a.iri, a.name)
            self.events.append([n, r.iri, r.doc_id, r.type, r.status or None, year, r.earliest, r.latest,
                                r.lang or None, _source(r), place, None, "yes" if r.canonical else "no",
                                "yes" if r.reviewed else "no", r.label, r.evidence, r.evidence_start,
                                r.evidence_end, "\t".join(a.name for a in r.participants)])

    def finish(self, store, db: sqlite3.Connection) -> None:
        """Fill in the countries; write the rows, their actors and the names not yet known."""
        countries = _countries(store, self.places)
        for row in self.events:
            row[11] = countries.get(row[10]) if row[10] else None
        missing = set(countries.values()) - set(self.names)
        known = {r[0] for r in db.execute("SELECT iri FROM names")} if missing else set()
        self.names.update(_labels(store, missing - known))
        db.executemany("INSERT INTO events VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", self.events)
        db.executemany("INSERT INTO actors VALUES (?,?)", self.actors)
        db.executemany("INSERT OR IGNORE INTO names VALUES (?,?)", self.names.items())


def _journal_dir(location: str) -> str | None:
    return None if "://" in location else location


def store_identity(location: str) -> str:
    """What an index records as the store it was built from: the URL, or the resolved directory."""
    return location if "://" in location else str(Path(location).resolve())


def same_store(recorded: str, location: str, path: Path) -> bool:
    """Is the index at ``path``, built for the store ``recorded``, one of the store at ``location``?
    An index kept inside the store's own directory moved with it (the store was renamed or moved)."""
    if recorded == store_identity(location):
        return True
    return "://" not in location and Path(path).resolve().parent.parent == Path(location).resolve()


def typed_count(store) -> int:
    """How many ``kb:eventType`` statements the store has in all its graphs: what a saved index of a
    remote store (no change journal) compares on start. One count over an index of the store
    (0.3 s at a million events), where counting distinct events took 30 s."""
    rows = select(store, f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?e <{KB}eventType> ?t }} }}")
    return int(str(rows[0]["n"])) if rows else 0


def build(store, path: Path, signature: str, progress=None, location: str | None = None, journal=None) -> int:
    """Write a fresh index of ``store`` to ``path`` (via a temporary file); returns the event count.

    ``location`` is the store's directory: the index records how far the store's change journal
    (:mod:`kb.changes`) went, and :func:`refresh` goes on from there. ``journal`` is that journal
    read before ``store`` was opened (:func:`kb.changes.read`); without it, it is read now.
    """
    from ..changes import read

    if journal is None and location:
        journal = read(_journal_dir(location), None, 0)
    # Counted before the events are read: a change while they are read makes the next start rebuild.
    typed = str(typed_count(store)) if location and _journal_dir(location) is None else ""
    tmp = path.with_suffix(".tmp")
    tmp.unlink(missing_ok=True)
    db = sqlite3.connect(tmp)
    db.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;" + _SCHEMA)
    iris = _event_iris(store)
    rows = _Rows(1)
    for i in range(0, len(iris), CHUNK):
        rows.add(collect(store, IriSelection(iris[i:i + CHUNK])))
        _insert_partial(db, rows)
        rows.events, rows.actors = [], []
        if progress:
            progress(rows.next_id - 1)
    countries = _countries(store, rows.places)
    db.executemany("UPDATE events SET country = ? WHERE place = ?", [(countries.get(p), p) for p in rows.places])
    missing = set(countries.values()) - set(rows.names)
    rows.names.update(_labels(store, missing))
    db.executemany("INSERT OR REPLACE INTO names VALUES (?,?)", rows.names.items())
    db.execute("INSERT INTO search(search) VALUES ('rebuild')")
    db.executescript(_INDEXES)
    for facet, column in _COLUMNS.items():
        db.execute(f"INSERT INTO counts SELECT ?, {column}, COUNT(*) FROM events WHERE {column} IS NOT NULL "
                   f"GROUP BY {column}", (facet,))
    db.execute("INSERT INTO counts SELECT 'actor', actor, COUNT(*) FROM actors GROUP BY actor")
    n = rows.next_id - 1
    db.executemany("INSERT INTO meta VALUES (?,?)", [
        ("signature", signature), ("events", str(n)), ("version", "0"), ("schema", SCHEMA_VERSION),
        ("journal", (journal.journal if journal else None) or ""), ("mark", str(journal.mark if journal else 0)),
        ("built", time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())), ("build", uuid.uuid4().hex),
        ("store", store_identity(location) if location else ""), ("typed", typed)])
    db.commit()
    db.close()
    os.replace(tmp, path)
    return n


def _insert_partial(db: sqlite3.Connection, rows: _Rows) -> None:
    db.executemany("INSERT INTO events VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", rows.events)
    db.executemany("INSERT INTO actors VALUES (?,?)", rows.actors)


# --------------------------------------------------------------------------- incremental updates
class NeedsRebuild(Exception):
    """The index cannot follow the change (the journal is gone or names a graph that is not one
    document's): build it anew."""


def changed_documents(graphs: set[str]) -> set[str]:
    """The documents whose events a change of ``graphs`` (from the journal) can have changed.

    Raises :class:`NeedsRebuild` for a graph that is not a document's, its review graph or the
    rejection records: a change to the merge's canonical graph or the entity labels, or an
    update that could have changed anything (:data:`kb.changes.ALL`).
    """
    from ..rdf.iri import doc_id_of
    from ..review import doc_of_review_graph
    from ..store import REJECTED_GRAPH

    docs = set()
    for g in graphs:
        if g == str(REJECTED_GRAPH):
            continue
        doc = doc_id_of(g) or doc_of_review_graph(g)
        if doc is None:
            raise NeedsRebuild(f"graph {g} changed")
        docs.add(doc)
    return docs


def _doc_event_iris(store, doc_ids: set[str]) -> list[str]:
    from ..exporters.records import embedded
    from ..rdf.iri import graph

    ox_store = embedded(store)
    out: set[str] = set()
    if ox_store is not None:
        import pyoxigraph as ox

        pred = ox.NamedNode(KB + "eventType")
        for d in doc_ids:
            out |= {q.subject.value for q in ox_store.quads_for_pattern(None, pred, None, ox.NamedNode(str(graph(d))))
                    if isinstance(q.subject, ox.NamedNode)}
        return sorted(out)
    ordered = sorted(str(graph(d)) for d in doc_ids)
    for i in range(0, len(ordered), 200):
        values = " ".join(iri_term(g) for g in ordered[i:i + 200])
        out |= {str(r["e"]) for r in select(store, f"SELECT DISTINCT ?e WHERE {{ VALUES ?g {{ {values} }} "
                                                    f"GRAPH ?g {{ ?e <{KB}eventType> ?t ; <{KB}sourceDocument> ?d }} }}")}
    return sorted(out)


def _count_deltas(db: sqlite3.Connection, ids: list[int], sign: int, deltas: dict) -> None:
    """Add ``sign`` for each facet value of the rows ``ids`` to ``deltas`` ((facet, value) -> change)."""
    cols = ", ".join(_COLUMNS.values())
    for i in range(0, len(ids), 500):
        chunk = ids[i:i + 500]
        marks = ",".join("?" * len(chunk))
        for row in db.execute(f"SELECT {cols} FROM events WHERE id IN ({marks})", chunk):
            for facet, value in zip(_COLUMNS, row):
                if value is not None:
                    deltas[(facet, value)] = deltas.get((facet, value), 0) + sign
        for (actor,) in db.execute(f"SELECT actor FROM actors WHERE event IN ({marks})", chunk):
            deltas[("actor", actor)] = deltas.get(("actor", actor), 0) + sign


def update(store, db: sqlite3.Connection, doc_ids: set[str], journal: str | None = None,
           mark: int | None = None) -> int:
    """Bring the rows of ``doc_ids`` in the open index ``db`` up to the store, in one transaction.

    Only what those documents touch changes: their rows are deleted and written again from the
    store, and the stored counts move by the difference. ``journal``/``mark`` (the change journal
    read so far) are recorded in the same transaction, so a killed update leaves the index as it
    was, journal position included. Returns how many rows were written.
    """
    iris = _doc_event_iris(store, doc_ids) if doc_ids else []
    reports = []
    for i in range(0, len(iris), CHUNK):
        reports += collect(store, IriSelection(iris[i:i + CHUNK]))
    with db:  # one transaction: all of it or none of it
        version = int(db.execute("SELECT value FROM meta WHERE key = 'version'").fetchone()[0]) + 1
        old: list[int] = []
        docs = sorted(doc_ids | {r.doc_id for r in reports})
        for i in range(0, len(docs), 500):
            chunk = docs[i:i + 500]
            old += [r[0] for r in db.execute(f"SELECT id FROM events WHERE doc_id IN ({','.join('?' * len(chunk))})",
                                             chunk)]
        deltas: dict = {}
        _count_deltas(db, old, -1, deltas)
        for i in range(0, len(old), 500):
            chunk = old[i:i + 500]
            marks = ",".join("?" * len(chunk))
            db.execute("INSERT INTO search(search, rowid, evidence, label) SELECT 'delete', id, evidence, label "
                       f"FROM events WHERE id IN ({marks})", chunk)
            db.execute(f"DELETE FROM actors WHERE event IN ({marks})", chunk)
            db.execute(f"DELETE FROM events WHERE id IN ({marks})", chunk)
        next_id = int(db.execute("SELECT COALESCE(MAX(value), 0) FROM (SELECT MAX(id) AS value FROM events "
                                 "UNION ALL SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'last_id')"
                                 ).fetchone()[0]) + 1
        rows = _Rows(next_id)
        rows.add(reports)
        rows.finish(store, db)
        new = [r[0] for r in rows.events]
        db.executemany("INSERT INTO search(rowid, evidence, label) VALUES (?,?,?)",
                       [(r[0], r[15], r[14]) for r in rows.events])
        _count_deltas(db, new, 1, deltas)
        db.executemany("INSERT INTO counts VALUES (?,?,?) ON CONFLICT(facet, value) DO UPDATE SET n = n + excluded.n",
                       [(f, v, d) for (f, v), d in deltas.items() if d])
        db.execute("DELETE FROM counts WHERE n <= 0")
        db.executemany("INSERT INTO log VALUES (?,?)", [(version, i) for i in old + new])
        total = db.execute("SELECT COUNT(*) FROM events").fetchone()[0]
        meta = [("version", str(version)), ("events", str(total)), ("last_id", str(rows.next_id - 1))]
        if mark is not None:
            meta += [("journal", journal or ""), ("mark", str(mark))]
        db.executemany("INSERT OR REPLACE INTO meta VALUES (?,?)", meta)
    return len(new)


def plan(path: Path, location: str, docs=frozenset()):
    """What an update of the index at ``path`` must read: ``(documents, journal, mark)``, from the
    store's change journal after the index's mark and ``docs`` (changed by this process). Read
    it *before* opening the store for the update (see :mod:`kb.changes`). Raises
    :class:`NeedsRebuild`."""
    from ..changes import read

    db = sqlite3.connect(path, timeout=60.0)
    try:
        meta = dict(db.execute("SELECT key, value FROM meta"))
    finally:
        db.close()
    if meta.get("schema") != SCHEMA_VERSION:
        raise NeedsRebuild(f"the index has format {meta.get('schema') or '?'}, this kb writes {SCHEMA_VERSION}")
    if not same_store(meta.get("store", ""), location, path):
        raise NeedsRebuild(f"the index was built for another store ({meta.get('store') or 'unknown'})")
    directory = _journal_dir(location)
    if directory is None:  # a remote store: no journal, only what this process changed
        return set(docs), None, None
    changes = read(directory, meta.get("journal") or None, int(meta.get("mark") or 0))
    if changes.everything:
        raise NeedsRebuild(changes.why or "the change journal names every graph (a SPARQL update)")
    return changed_documents(changes.graphs) | set(docs), changes.journal, changes.mark


def refresh(store, path: Path, location: str, docs=frozenset(), planned=None) -> int:
    """Follow the store's changes in the index at ``path`` (:func:`plan`, unless ``planned``
    gives its answer); returns how many rows were written. Raises :class:`NeedsRebuild`."""
    doc_ids, journal, mark = planned or plan(path, location, docs)
    db = sqlite3.connect(path, timeout=60.0)
    try:
        written = update(store, db, doc_ids, journal, mark)
        if _journal_dir(location) is None and doc_ids:  # a remote store: the count includes this server's change
            with db:
                db.execute("INSERT OR REPLACE INTO meta VALUES ('typed', ?)", (str(typed_count(store)),))
        return written
    finally:
        db.close()


def fts_query(text: str) -> str | None:
    """A full-text query from what a user typed: every word must occur (quoted, so no FTS syntax applies)."""
    words = re.findall(r"\w+", text)
    return " AND ".join('"' + w.replace('"', '""') + '"' for w in words[:20]) or None


class _Column:
    """One facet's values as small integers per row id (-1: none), with the value of each code."""

    def __init__(self, size: int):
        self.codes = np.full(size, -1, dtype=np.int32)
        self.values: list[str] = []
        self.code: dict[str, int] = {}

    def encode_all(self, values) -> np.ndarray:
        """The codes of ``values`` (``None`` is -1), new values numbered as they come."""
        for v in set(values) - self.code.keys():
            if v is not None:
                self.code[v] = len(self.values)
                self.values.append(v)
        self.code.setdefault(None, -1)
        return np.fromiter(map(self.code.__getitem__, values), dtype=np.int32, count=len(values))

    def grow(self, size: int) -> None:
        if size > len(self.codes):
            self.codes = np.concatenate([self.codes, np.full(size - len(self.codes), -1, dtype=np.int32)])

    def wanted(self, values: list[str]) -> np.ndarray:
        """A boolean per code: is it one of ``values``."""
        out = np.zeros(len(self.values) + 1, dtype=bool)
        for v in values:
            if v in self.code:
                out[self.code[v]] = True
        return out


_LOADED = ("type", "status", "year", "lang", "source", "place", "country", "merged", "reviewed")
_FETCH = "id, " + ", ".join(_COLUMNS[f] for f in _LOADED) + ", earliest"


class _Columns:
    """The facet columns of every row in memory, by row id: what a filtered page counts over.

    A selection is a boolean per row (the AND of its filters, each an OR of values); a facet's counts
    are a ``bincount`` of its codes over the selected rows, the page the selected rows in date
    order (a permutation kept sorted). At a million events each step is a few milliseconds of
    array work, where SQLite's ``GROUP BY`` over the same rows took seconds. The rows change only
    by :func:`update`, which logs the ids it deleted and wrote: :meth:`patch` reads just those.
    """

    def __init__(self, db: sqlite3.Connection):
        size = int(db.execute("SELECT COALESCE(MAX(id), 0) + 1 FROM events").fetchone()[0])
        self.alive = np.zeros(size, dtype=bool)
        self.cols = {f: _Column(size) for f in _LOADED}
        self.earliest = _Column(size)
        self.pair_event = np.zeros(0, dtype=np.int32)
        self.pair_actor = np.zeros(0, dtype=np.int32)
        self.actor = _Column(0)
        self._rows(db.execute(f"SELECT {_FETCH} FROM events"))
        self._pairs(db.execute("SELECT event, actor FROM actors"))
        self._sort()

    def save(self, file: Path, stamp: str) -> None:
        """Write the columns to ``file`` (numpy's ``.npz``, through a temporary file), marked ``stamp``
        (the index's build id and version: :meth:`load` takes them only for that index)."""
        named = self._named()
        arrays = {"alive": self.alive, "order": self.order, "pair_event": self.pair_event,
                  "pair_actor": self.pair_actor}
        arrays.update({f"codes_{name}": col.codes for name, col in named.items()})
        header = {"stamp": stamp, "values": {name: col.values for name, col in named.items()}}
        arrays["header"] = np.frombuffer(json.dumps(header).encode("utf-8"), dtype=np.uint8)
        tmp = file.with_name(file.name + f".{os.getpid()}.tmp")
        with open(tmp, "wb") as f:
            np.savez(f, **arrays)
        os.replace(tmp, file)

    @classmethod
    def load(cls, file: Path, build: str) -> "tuple[_Columns, int] | None":
        """(the columns saved in ``file`` for index build ``build``, the index version they are of),
        or ``None`` when there are none (or not of that build, or unreadable)."""
        try:
            with np.load(file) as data:
                header = json.loads(bytes(data["header"]).decode("utf-8"))
                stamp_build, _, version = header["stamp"].rpartition(":")
                if stamp_build != build:
                    return None
                out = cls.__new__(cls)
                out.alive, out.order = data["alive"], data["order"]
                out.pair_event, out.pair_actor = data["pair_event"], data["pair_actor"]
                out.cols = {f: _Column(0) for f in _LOADED}
                out.earliest, out.actor = _Column(0), _Column(0)
                for name, col in out._named().items():
                    col.codes = data[f"codes_{name}"]
                    col.values = list(header["values"][name])
                    col.code = {v: i for i, v in enumerate(col.values)}
                    col.code[None] = -1
                    if name != "actor" and len(col.codes) != len(out.alive):
                        return None
                return out, int(version)
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def _named(self) -> "dict[str, _Column]":
        return {**self.cols, "earliest": self.earliest, "actor": self.actor}

    def _rows(self, cursor) -> None:
        """Take in rows (``_FETCH``'s columns), a chunk at a time, column by column (no per-value
        numpy call: at a million rows that alone took seconds)."""
        while True:
            rows = cursor.fetchmany(100_000)
            if not rows:
                return
            columns = list(zip(*rows))
            ids = np.array(columns[0], dtype=np.int64)
            size = int(ids.max()) + 1
            if size > len(self.alive):
                size = max(size, int(len(self.alive) * 1.25))
                self.alive = np.concatenate([self.alive, np.zeros(size - len(self.alive), dtype=bool)])
                for col in (*self.cols.values(), self.earliest):
                    col.grow(size)
            self.alive[ids] = True
            for col, values in zip((*(self.cols[f] for f in _LOADED), self.earliest), columns[1:]):
                col.codes[ids] = col.encode_all(values)

    def _pairs(self, cursor) -> None:
        events, actors = [], []
        while True:
            rows = cursor.fetchmany(200_000)
            if not rows:
                break
            ev, ac = zip(*rows)
            events.append(np.array(ev, dtype=np.int32))
            actors.append(self.actor.encode_all(ac))
        self.pair_event = np.concatenate([self.pair_event, *events])
        self.pair_actor = np.concatenate([self.pair_actor, *actors])

    def _rank(self) -> np.ndarray:
        """The sort position of each earliest-date code (index -1, no date, last)."""
        rank = np.empty(len(self.earliest.values) + 1, dtype=np.int64)
        order = sorted(range(len(self.earliest.values)), key=self.earliest.values.__getitem__)
        rank[np.array(order, dtype=np.int64)] = np.arange(len(order))
        rank[-1] = len(order)
        return rank

    def _sort(self) -> None:
        """Row ids in page order: by earliest date (undated last), then id."""
        rank = self._rank()
        ids = np.flatnonzero(self.alive)
        self.order = ids[np.lexsort((ids, rank[self.earliest.codes[ids]]))]

    def _resort(self, ids: np.ndarray) -> None:
        """The page order after rows ``ids`` changed: drop them, insert those alive where they go
        (a merge into the sorted order, not a sort of every row)."""
        rank = self._rank()
        order = self.order[self.alive[self.order] & ~np.isin(self.order, ids)]
        add = ids[self.alive[ids]]
        key = lambda rows: (rank[self.earliest.codes[rows]] << 32) | rows  # noqa: E731 - (rank, id) as one int
        new = np.sort(key(add))
        self.order = np.insert(order, np.searchsorted(key(order), new), new & 0xFFFFFFFF)

    def patch(self, db: sqlite3.Connection, ids: list[int]) -> None:
        """Read the rows ``ids`` again (deleted, written or both by an update)."""
        ids = sorted(set(ids))
        gone = np.array([i for i in ids if i < len(self.alive)], dtype=np.int64)
        self.alive[gone] = False
        if len(gone):
            keep = ~np.isin(self.pair_event, gone)
            self.pair_event, self.pair_actor = self.pair_event[keep], self.pair_actor[keep]
        for i in range(0, len(ids), 500):
            chunk = ids[i:i + 500]
            marks = ",".join("?" * len(chunk))
            self._rows(db.execute(f"SELECT {_FETCH} FROM events WHERE id IN ({marks})", chunk))
            self._pairs(db.execute(f"SELECT event, actor FROM actors WHERE event IN ({marks})", chunk))
        self._resort(np.array(ids, dtype=np.int64))

    def select(self, filters: dict[str, list[str]], matched: np.ndarray | None) -> np.ndarray:
        mask = self.alive.copy()
        for facet, values in filters.items():
            if facet == "actor":
                hit = np.zeros(len(self.alive), dtype=bool)
                hit[self.pair_event[self.actor.wanted(values)[self.pair_actor]]] = True
                mask &= hit
            else:
                col = self.cols[facet]
                mask &= col.wanted(values)[col.codes]  # code -1 reads the last entry: False
        if matched is not None:
            hit = np.zeros(len(self.alive), dtype=bool)
            hit[matched[matched < len(hit)]] = True
            mask &= hit
        return mask

    def counts(self, mask: np.ndarray, top: int) -> dict[str, list[tuple[str, int]]]:
        # One pass over the mask for the selected row ids, then per facet a gather of just those rows
        # and a bincount of code + 1 (slot 0 counts the rows without a value): at a million rows 2 to
        # 10 times faster than a boolean index and a filter per facet.
        rows = np.flatnonzero(mask)
        out = {}
        for facet in FACETS:
            if facet == "actor":
                col, n = self.actor, np.bincount(self.pair_actor[mask[self.pair_event]], minlength=len(self.actor.values))
            else:
                col = self.cols[facet]
                n = np.bincount(col.codes.take(rows) + 1, minlength=len(col.values) + 1)[1:]
            out[facet] = _top(col.values, n, top)
        return out

    def page(self, mask: np.ndarray, offset: int, size: int) -> list[int]:
        chosen = self.order[mask[self.order]]
        return [int(i) for i in chosen[offset:offset + size]]


def _top(values: list[str], n: np.ndarray, top: int) -> list[tuple[str, int]]:
    """The ``top`` most frequent values (ties by value), as SQL's ``ORDER BY n DESC, value`` gives them."""
    nonzero = np.flatnonzero(n)
    if len(nonzero) > top:
        cut = np.partition(n[nonzero], len(nonzero) - top)[len(nonzero) - top]
        nonzero = nonzero[n[nonzero] >= cut]
    pairs = sorted(((values[i], int(n[i])) for i in nonzero), key=lambda p: (-p[1], p[0]))
    return pairs[:top]


SEARCHES = 4  # searches whose matching rows a FacetIndex remembers (8 bytes per match)
SELECTIONS = 8  # selections whose rows (a byte per row of the index) and counts it remembers


def _remembered(cache: OrderedDict, key, size: int, make):
    """``cache[key]``, made by ``make()`` when missing; the ``size`` most recently used are kept."""
    if key in cache:
        cache.move_to_end(key)
        return cache[key]
    value = cache[key] = make()
    while len(cache) > size:
        cache.popitem(last=False)
    return value


class FacetIndex:
    """A built index, opened for reading, with its facet columns in memory (:class:`_Columns`)."""

    def __init__(self, db: sqlite3.Connection, path: Path | None = None):
        self.db = db
        self.path = path
        self.lock = threading.Lock()  # one connection, used by the server's handler threads in turn
        self.saved = -1  # the index version whose columns are saved beside it (-1: none)
        self.columns_from = "rows"  # or "saved": read from the file beside the index
        # The last searches' matching rows and the last selections' masks and counts, for this
        # version of the index: the next pages of a search, or a facet value checked on it, do not
        # search and count again (at a million events a frequent word is ~40 ms of FTS5 and ~40 ms of
        # counts; the page itself ~4 ms).
        self._searches: OrderedDict = OrderedDict()
        self._selections: OrderedDict = OrderedDict()
        db.execute("BEGIN")  # one snapshot: an update may commit while the columns are read
        try:
            self.signature = self._meta("signature")
            self.version = int(self._meta("version") or 0)
            self.total = int(self._meta("events") or 0)
            self.build = self._meta("build") or ""
            self.columns = self._load_columns()
        finally:
            db.execute("COMMIT")

    @property
    def columns_file(self) -> Path | None:
        return None if self.path is None else Path(str(self.path) + ".columns")

    def _load_columns(self) -> _Columns:
        """The columns saved beside the index (moved on by the updates since), else read from its rows."""
        saved = _Columns.load(self.columns_file, self.build) if self.columns_file and self.build else None
        if saved is None or saved[1] > self.version:
            return _Columns(self.db)
        columns, version = saved
        self.saved, self.columns_from = version, "saved"
        if version < self.version:
            columns.patch(self.db, [r[0] for r in self.db.execute("SELECT id FROM log WHERE version > ?", (version,))])
        return columns

    def save_columns(self) -> bool:
        """Save the columns beside the index (the next :meth:`open` reads them instead of every row),
        unless they are saved already for this version; returns whether it wrote them."""
        with self.lock:
            if self.columns_file is None or not self.build or self.saved == self.version:
                return False
            try:
                self.columns.save(self.columns_file, f"{self.build}:{self.version}")
            except OSError:
                return False
            self.saved = self.version
            return True

    @classmethod
    def open(cls, path: Path) -> "FacetIndex | None":
        if not path.exists():
            return None
        try:
            db = sqlite3.connect(str(path), check_same_thread=False, timeout=60.0)
            db.execute("PRAGMA journal_mode=WAL")  # an update commits while pages are read
            db.execute("PRAGMA query_only=ON")
            return cls(db, path)
        except sqlite3.Error:
            return None

    def close(self, remove: bool = False) -> None:
        """Close the connection; ``remove`` deletes the file too (an index the server replaced)."""
        with self.lock:
            self.db.close()
        if remove and self.path is not None:
            for suffix in ("", "-wal", "-shm", ".columns"):
                Path(str(self.path) + suffix).unlink(missing_ok=True)

    def _meta(self, key: str) -> str | None:
        row = self.db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def sync(self) -> None:
        """Take in what updates committed since this index was read (the rows they logged)."""
        with self.lock:
            self.db.execute("BEGIN")
            try:
                version = int(self._meta("version") or 0)
                if version != self.version:
                    ids = [r[0] for r in self.db.execute("SELECT id FROM log WHERE version > ?", (self.version,))]
                    self.columns.patch(self.db, ids)
                    self.total = int(self._meta("events") or 0)
                    self.version = version
                    self.forget_selections()
            finally:
                self.db.execute("COMMIT")

    def forget_selections(self) -> None:
        """Drop the remembered searches and selections (an update changed the rows; benchmarks)."""
        self._searches.clear()
        self._selections.clear()

    def _filters(self, filters: dict[str, list[str]]) -> dict[str, list[str]]:
        out = {}
        for facet, values in sorted(filters.items()):
            if not values:
                continue
            if facet not in FACETS:
                raise InputError(f"unknown facet {facet!r}; choose from {', '.join(FACETS)}")
            out[facet] = list(values)
        return out

    def _matched(self, text: str | None) -> np.ndarray | None:
        """The row ids whose evidence or label has every word of ``text`` (FTS5), or ``None``."""
        if not text:
            return None
        q = fts_query(text)
        if q is None:
            raise InputError("the search has no words")
        return _remembered(self._searches, q, SEARCHES, lambda: self._search(q))

    def _search(self, q: str) -> np.ndarray:
        # One string of row ids made by SQLite and parsed by numpy: a Python object per matching row
        # would cost more than the search (half a million rows at 1M events for a common word).
        ids = self.db.execute("SELECT group_concat(rowid) FROM search WHERE search MATCH ?", (q,)).fetchone()[0]
        return np.fromstring(ids, dtype=np.int64, sep=",") if ids else np.zeros(0, dtype=np.int64)

    def page(self, filters: dict[str, list[str]] | None = None, text: str | None = None, page: int = 1,
             size: int = 50) -> dict:
        """One page of events in date order with the facet counts of the whole selection."""
        with self.lock:
            return self._page(filters, text, page, size)

    def _page(self, filters, text, page, size) -> dict:
        filters = self._filters(filters or {})
        offset = (max(page, 1) - 1) * size
        if not filters and not text:
            total = self.total
            counts = self._stored_counts()
            ids = self.columns.page(self.columns.alive, offset, size)
        else:
            mask, total, counts = self._selection(filters, text)
            ids = self.columns.page(mask, offset, size)
        return {"total": total, "page": max(page, 1), "size": size, "events": self._events(ids), "facets": counts,
                "filters": filters, "q": text or ""}

    def _selection(self, filters: dict[str, list[str]], text: str | None) -> tuple[np.ndarray, int, dict]:
        """(the rows selected, how many, the facet counts), remembered for the next page."""
        q = fts_query(text) if text else ""
        if q is None:
            raise InputError("the search has no words")
        key = (tuple((f, tuple(sorted(set(v)))) for f, v in sorted(filters.items())), q)

        def count() -> tuple[np.ndarray, int, dict]:
            mask = self.columns.select(filters, self._matched(text))
            counts = {f: self._labelled(f, pairs) for f, pairs in self.columns.counts(mask, TOP).items()}
            return mask, int(mask.sum()), counts

        return _remembered(self._selections, key, SELECTIONS, count)

    def _events(self, ids: list[int]) -> list[dict]:
        keys = ("id", "iri", "doc_id", "type", "status", "earliest", "latest", "lang", "source", "place", "merged",
                "reviewed", "label", "evidence", "start", "end", "actors")
        rows = {} if not ids else {r[0]: r for r in self.db.execute(
            "SELECT id, iri, doc_id, type, status, earliest, latest, lang, source, place, merged, reviewed, label, "
            f"evidence, start, \"end\", actors FROM events WHERE id IN ({','.join('?' * len(ids))})", ids)}
        events = []
        for i in ids:
            if i not in rows:
                continue
            e = dict(zip(keys, rows[i]))
            del e["id"]
            e["actors"] = [a for a in (e["actors"] or "").split("\t") if a]
            e["place_name"] = self.name(e["place"]) if e["place"] else None
            events.append(e)
        return events

    def name(self, iri: str) -> str:
        row = self.db.execute("SELECT name FROM names WHERE iri = ?", (iri,)).fetchone()
        if row and row[0]:
            return row[0]
        return iri[len(WD):] if iri.startswith(WD) else iri.rstrip("/").rsplit("/", 1)[-1]

    def _labelled(self, facet: str, pairs) -> list[dict]:
        out = []
        for value, n in pairs:
            label = self.name(value) if facet in ("actor", "place", "country") else value
            out.append({"value": value, "label": label, "count": n})
        return out

    def _stored_counts(self) -> dict[str, list[dict]]:
        return {f: self._labelled(f, self.db.execute(
            "SELECT value, n FROM counts WHERE facet = ? ORDER BY n DESC, value LIMIT ?", (f, TOP)).fetchall())
            for f in FACETS}

    def stored_counts(self, facet: str) -> dict[str, int]:
        """Every stored count of one facet (value -> events): what :func:`update` keeps up to date."""
        with self.lock:
            return dict(self.db.execute("SELECT value, n FROM counts WHERE facet = ?", (facet,)))

    def iris(self, filters: dict[str, list[str]] | None, text: str | None, limit: int) -> list[str]:
        """The event IRIs of a selection (for an export), in date order, at most ``limit``."""
        with self.lock:
            mask = self.columns.select(self._filters(filters or {}), self._matched(text))
            ids = self.columns.page(mask, 0, limit)
            return [e["iri"] for e in self._events(ids)] if ids else []

    def latest(self, limit: int) -> list[dict]:
        """The ``limit`` latest dated events with their actors (IRI and name), oldest first: the swimlanes."""
        with self.lock:
            rows = self.db.execute(
                "SELECT id, iri, doc_id, type, status, label, earliest, latest, evidence FROM events "
                "WHERE earliest IS NOT NULL ORDER BY earliest DESC, id DESC LIMIT ?", (limit,)).fetchall()
            ids = [r[0] for r in rows]
            actors: dict[int, list[dict]] = {}
            for i in range(0, len(ids), 500):
                chunk = ids[i:i + 500]
                for event, actor, name in self.db.execute(
                        f"SELECT a.event, a.actor, n.name FROM actors a LEFT JOIN names n ON n.iri = a.actor "
                        f"WHERE a.event IN ({','.join('?' * len(chunk))})", chunk):
                    actors.setdefault(event, []).append({"iri": actor, "name": name or actor.rsplit("/", 1)[-1]})
        keys = ("iri", "doc_id", "type", "status", "label", "earliest", "latest", "evidence")
        return [{**dict(zip(keys, r[1:])), "actors": actors.get(r[0], [])} for r in reversed(rows)]
