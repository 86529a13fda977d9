"""The event browser's index: one SQLite row per stored event (report), facet counts precomputed.

Counting ten facets over a million events with SPARQL ``GROUP BY`` reads every
event each time (seconds). The workbench instead keeps a side index, built
from the store by the same record layer the exporters use
(:func:`kb.exporters.records.collect`, in chunks of event IRIs), and rebuilt
when the store's files change (:func:`kb.querypool.store_signature`):

- ``events``: one row per report with the facet columns, each indexed;
- ``actors``: (event row, actor IRI), indexed both ways;
- ``counts``: the facet counts of the whole KB (the first page reads these);
- ``search``: an FTS5 table over the evidence sentence and label.

A filtered page counts with ``GROUP BY`` over the rows the filters pick,
found through the column indexes (or the FTS index for a text search).
The store stays the truth: the index is a cache, deleted with the server's
temporary directory.
"""

from __future__ import annotations

import os
import re
import sqlite3
import threading
import time
from pathlib import Path
from urllib.parse import urlsplit

from ..errors import InputError
from ..exporters.records import Selection, collect, iri_term, select

__all__ = ["FACETS", "FacetIndex", "IndexKeeper", "IriSelection", "build"]

FACETS = ("type", "actor", "country", "place", "status", "year", "lang", "source", "merged", "reviewed")
PAGE_SIZES = (10, 25, 50, 100, 200)
TOP = 40  # values listed per facet
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
CREATE TABLE counts(facet TEXT, value TEXT, n INTEGER);
CREATE VIRTUAL TABLE search USING fts5(evidence, label, content='events', content_rowid='id');
"""
_INDEXES = """
CREATE INDEX events_order ON events(earliest, id);
CREATE INDEX actors_actor ON actors(actor, event);
CREATE INDEX actors_event ON actors(event);
CREATE INDEX counts_facet ON counts(facet, n DESC);
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


def _countries(store, places: set[str]) -> dict[str, str]:
    """The ``kb:country`` of each place (a country is its own)."""
    out: dict[str, str] = {}
    for i in range(0, len(places), 400):
        chunk = sorted(places)[i:i + 400]
        values = " ".join(iri_term(p) for p in chunk)
        for r in select(store, f"SELECT DISTINCT ?p ?c WHERE {{ GRAPH ?g {{ VALUES ?p {{ {values} }} "
                               f"?p <{KB}country> ?c }} }}"):
            out.setdefault(str(r["p"]), str(r["c"]))
    return out


def _labels(store, iris: set[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for i in range(0, len(iris), 400):
        chunk = sorted(iris)[i:i + 400]
        values = " ".join(iri_term(p) for p in chunk)
        for r in select(store, f"SELECT ?p ?l WHERE {{ GRAPH ?g {{ VALUES ?p {{ {values} }} "
                               "?p <http://www.w3.org/2000/01/rdf-schema#label> ?l } }"):
            key, label = str(r["p"]), r["l"]
            if key not in out or getattr(label, "language", "") == "en":
                out[key] = str(label)
    return out


def build(store, path: Path, signature: str, progress=None) -> int:
    """Write a fresh index of ``store`` to ``path`` (via a temporary file); returns the event count."""
    tmp = path.with_suffix(".tmp")
    tmp.unlink(missing_ok=True)
    db = sqlite3.connect(tmp)
    db.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;" + _SCHEMA)
    iris = _event_iris(store)
    n = 0
    places: dict[str, int] = {}
    names: dict[str, str] = {}
    for i in range(0, len(iris), CHUNK):
        reports = collect(store, IriSelection(iris[i:i + CHUNK]))
        rows, actor_rows = [], []
        for r in reports:
            n += 1
            year = (r.earliest or "")[:4] or None
            place = r.place.iri if r.place else None
            if r.place:
                names.setdefault(r.place.iri, r.place.name)
                places[r.place.iri] = 1
            for a in r.participants:
                names.setdefault(a.iri, a.name)
                actor_rows.append((n, a.iri))
            rows.append((n, r.iri, r.doc_id, r.type, r.status or None, year, r.earliest, r.latest, r.lang or None,
                         _source(r), place, None, "yes" if r.canonical else "no",
                         "yes" if r.reviewed else "no", r.label, r.evidence, r.evidence_start,
                         r.evidence_end, "\t".join(a.name for a in r.participants)))
        db.executemany("INSERT INTO events VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", rows)
        db.executemany("INSERT INTO actors VALUES (?,?)", actor_rows)
        if progress:
            progress(n)
    countries = _countries(store, set(places))
    db.executemany("UPDATE events SET country = ? WHERE place = ?", [(countries.get(p), p) for p in places])
    missing = set(countries.values()) - set(names)
    names.update(_labels(store, missing))
    db.executemany("INSERT OR REPLACE INTO names VALUES (?,?)", names.items())
    db.execute("INSERT INTO search(search) VALUES ('rebuild')")
    db.executescript(_INDEXES)
    for facet, column in _COLUMNS.items():
        db.execute(f"INSERT INTO counts SELECT ?, {column}, COUNT(*) FROM events WHERE {column} IS NOT NULL "
                   f"GROUP BY {column}", (facet,))
    db.execute("INSERT INTO counts SELECT 'actor', actor, COUNT(*) FROM actors GROUP BY actor")
    db.executemany("INSERT INTO meta VALUES (?,?)", [("signature", signature), ("events", str(n)),
                                                     ("built", time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()))])
    db.commit()
    db.close()
    os.replace(tmp, path)
    return n


def _build_main(location: str, path: str, signature: str) -> None:
    """The index builder's process: open the store read-only, build, exit 0 (1 with a message on stderr)."""
    import sys

    from ..store import Store

    progress_file = Path(path).with_suffix(".progress")

    def progress(n: int) -> None:
        progress_file.write_text(str(n))

    try:
        store = Store(location, read_only=True) if "://" not in location else Store(location)
        build(store, Path(path), signature, progress)
        store.close()
    except Exception as exc:  # noqa: BLE001 - the server reports one line
        print(f"kb workbench: building the event index failed: {type(exc).__name__}: {exc}", file=sys.stderr)
        sys.exit(1)
    finally:
        progress_file.unlink(missing_ok=True)


class IndexKeeper:
    """The server's event index: rebuilt in a separate process when the store changes.

    Requests never wait for a build (it takes about a minute per 100,000 events): while one runs,
    they are answered from the previous index (marked stale) or, before the first one exists, get
    :class:`IndexBuilding`. A build is a process of its own, so it neither holds the GIL of the
    server nor counts against a query's time limit.
    """

    def __init__(self, location: str, index_dir: str):
        self.location = location
        self.dir = Path(index_dir)
        self._lock = threading.Lock()
        self._proc = None
        self._target: Path | None = None
        self._target_signature: str | None = None
        self._current: FacetIndex | None = None
        self._retired: list[FacetIndex] = []
        self._generation = 0
        self.failure: str | None = None

    def signature(self) -> str:
        from ..querypool import store_signature

        if "://" in self.location:
            return repr(("remote", self.location))
        return repr(store_signature(self.location))

    def get(self) -> tuple["FacetIndex | None", bool]:
        """(the newest finished index or ``None``, whether the store changed since it was built)."""
        signature = self.signature()
        with self._lock:
            self._collect()
            if self._current is not None and self._current.signature == signature:
                return self._current, False
            if self._proc is None and self.failure is None:
                self._start(signature)
            return self._current, True

    def progress(self) -> int:
        try:
            return int(self._target.with_suffix(".progress").read_text()) if self._target else 0
        except (OSError, ValueError):
            return 0

    def _start(self, signature: str) -> None:
        import multiprocessing

        self._generation += 1
        self._target = self.dir / f"events-{self._generation}.sqlite"
        self._target_signature = signature
        ctx = multiprocessing.get_context("spawn")
        self._proc = ctx.Process(target=_build_main, args=(self.location, str(self._target), signature),
                                 name="kb-workbench-index", daemon=True)
        self._proc.start()

    def _collect(self) -> None:
        if self._proc is None or self._proc.is_alive():
            return
        self._proc.join()
        code, self._proc = self._proc.exitcode, None
        fresh = FacetIndex.open(self._target) if code == 0 else None
        if fresh is None:
            self.failure = f"building the event index failed (exit code {code}); see the server's log"
            return
        old, self._current = self._current, fresh
        # A request that took the old index a moment ago may still be reading it: it is closed one
        # generation later, not now (closing it under that request was a 500).
        for retired in self._retired:
            retired.close(remove=True)
        self._retired = [old] if old is not None else []

    def close(self) -> None:
        with self._lock:
            if self._proc is not None:
                self._proc.kill()
                self._proc.join(timeout=5)
                self._proc = None
            for retired in self._retired:
                retired.close(remove=True)
            self._retired = []
            if self._current is not None:
                self._current.close()
                self._current = None


def fts_query(text: str) -> str | None:
    """A full-text query from what a user typed: every word must occur (quoted, so no FTS syntax applies)."""
    words = re.findall(r"\w+", text)
    return " AND ".join('"' + w.replace('"', '""') + '"' for w in words[:20]) or None


class FacetIndex:
    """A built index, opened read-only."""

    def __init__(self, db: sqlite3.Connection, path: Path | None = None):
        self.db = db
        self.path = path
        self.lock = threading.Lock()  # one connection, used by the server's handler threads in turn
        self.signature = self._meta("signature")
        self.total = int(self._meta("events") or 0)

    @classmethod
    def open(cls, path: Path) -> "FacetIndex | None":
        if not path.exists():
            return None
        try:
            return cls(sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False), path)
        except sqlite3.Error:
            return None

    def close(self, remove: bool = False) -> None:
        """Close the connection; ``remove`` deletes the file too (an index the server replaced)."""
        with self.lock:
            self.db.close()
        if remove and self.path is not None:
            self.path.unlink(missing_ok=True)

    def _meta(self, key: str) -> str | None:
        row = self.db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def _where(self, filters: dict[str, list[str]], text: str | None) -> tuple[str, list]:
        clauses, args = [], []
        for facet, values in sorted(filters.items()):
            if not values:
                continue
            if facet not in FACETS:
                raise InputError(f"unknown facet {facet!r}; choose from {', '.join(FACETS)}")
            marks = ",".join("?" * len(values))
            if facet == "actor":
                clauses.append(f"e.id IN (SELECT event FROM actors WHERE actor IN ({marks}))")
            else:
                clauses.append(f"e.{_COLUMNS[facet]} IN ({marks})")
            args += values
        if text:
            q = fts_query(text)
            if q is None:
                raise InputError("the search has no words")
            clauses.append("e.id IN (SELECT rowid FROM search WHERE search MATCH ?)")
            args.append(q)
        return (" AND ".join(clauses) or "1"), args

    def page(self, filters: dict[str, list[str]] | None = None, text: str | None = None, page: int = 1,
             size: int = 50) -> dict:
        """One page of events in date order with the facet counts of the whole selection."""
        with self.lock:
            return self._page(filters, text, page, size)

    def _page(self, filters, text, page, size) -> dict:
        filters = {k: v for k, v in (filters or {}).items() if v}
        where, args = self._where(filters, text)
        if not filters and not text:
            total = self.total
            counts = self._stored_counts()
        else:
            total = self.db.execute(f"SELECT COUNT(*) FROM events e WHERE {where}", args).fetchone()[0]
            counts = self._counts(where, args)
        offset = (max(page, 1) - 1) * size
        rows = self.db.execute(
            f"SELECT e.iri, e.doc_id, e.type, e.status, e.earliest, e.latest, e.lang, e.source, e.place, "
            f"e.merged, e.reviewed, e.label, e.evidence, e.start, e.\"end\", e.actors FROM events e "
            f"WHERE {where} ORDER BY e.earliest IS NULL, e.earliest, e.id LIMIT ? OFFSET ?",
            [*args, size, offset]).fetchall()
        keys = ("iri", "doc_id", "type", "status", "earliest", "latest", "lang", "source", "place", "merged",
                "reviewed", "label", "evidence", "start", "end", "actors")
        events = []
        for row in rows:
            e = dict(zip(keys, row))
            e["actors"] = [a for a in (e["actors"] or "").split("\t") if a]
            e["place_name"] = self.name(e["place"]) if e["place"] else None
            events.append(e)
        return {"total": total, "page": max(page, 1), "size": size, "events": events, "facets": counts,
                "filters": filters, "q": text or ""}

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

    def _counts(self, where: str, args: list) -> dict[str, list[dict]]:
        out = {}
        for facet in FACETS:
            if facet == "actor":
                sql = (f"SELECT a.actor, COUNT(*) AS n FROM actors a JOIN events e ON e.id = a.event WHERE {where} "
                       "GROUP BY a.actor ORDER BY n DESC, a.actor LIMIT ?")
            else:
                col = _COLUMNS[facet]
                sql = (f"SELECT e.{col}, COUNT(*) AS n FROM events e WHERE {where} AND e.{col} IS NOT NULL "
                       f"GROUP BY e.{col} ORDER BY n DESC, e.{col} LIMIT ?")
            out[facet] = self._labelled(facet, self.db.execute(sql, [*args, TOP]).fetchall())
        return out

    def iris(self, filters: dict[str, list[str]] | None, text: str | None, limit: int) -> list[str]:
        """The event IRIs of a selection (for an export), in date order, at most ``limit``."""
        with self.lock:
            return self._iris(filters, text, limit)

    def _iris(self, filters, text, limit) -> list[str]:
        where, args = self._where({k: v for k, v in (filters or {}).items() if v}, text)
        return [r[0] for r in self.db.execute(
            f"SELECT e.iri FROM events e WHERE {where} ORDER BY e.earliest IS NULL, e.earliest, e.id LIMIT ?",
            [*args, limit])]

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
