#!/usr/bin/env python3
"""The event browser (``/events`` of ``kb serve``) on a synthetic KB: prints figures.

Builds (or reuses) a store of ``--events`` synthetic events (:mod:`kb.synthetic`,
bulk loaded, shared with ``bench_serve.py``) and the workbench's facet index
(:mod:`kb.workbench.facets`, timed once; reused from ``--work`` when there),
then times pages as the server answers them, each kind over ``--requests``
different first-time requests (no answer is cached anywhere), median and p90, and
each request once more right after (its selection remembered):

- the first page (50 events) with the counts of all ten facets, no filter;
- pages filtered by one facet value (types, actors, years, places, languages,
  sources, status, merged, reviewed), by two facets together, and by an actor
  plus a year range;
- full-text searches (frequent and rare words), alone and with a facet;
- deep pages (page 100, 1,000, the last one) of a broad selection;
- the next pages (2 to 5) of a frequent-word search and of a one-facet selection, each right after
  its first page: the index remembers the selection's rows and counts, where before each page
  searched and counted again (timed too, in the same run, with what it remembers dropped first);
- a facet value checked on a frequent-word search right after the search's first page (the
  search's matching rows remembered), and the same page with nothing remembered;
- for comparison, the same filtered pages and searches counted the way the
  index did before (SQL ``GROUP BY`` over the selected rows), in the same run.

With ``--update`` (a writable store only; not the shared 1M store), it also
re-ingests ``--update`` documents one at a time through :class:`kb.store.Store`
and times the index following each (read the journal, rewrite the document's
rows) and the server's columns taking it in.

With ``--restart N`` it instead runs ``kb serve`` processes on the store (the index kept in a
fresh ``--index-dir`` under ``--work``): the first start (the index is built) and ``N``
restarts (the saved index is checked and reused), each timed from starting the process until
``/api/events`` answers with the index following the store, then the first page with the facet
counts over HTTP (``--requests`` times); with ``--update M`` (a writable store), ``M`` documents
are then re-written while no server runs, and the server started once more.

    python scripts/bench_workbench.py --events 100000 --update 20
    python scripts/bench_workbench.py --store /work/bench/store-100k --restart 3
    python scripts/bench_workbench.py --store /work/bench/store-1m --work /tmp/wb1m   # read-only
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from kb.store import Store  # noqa: E402
from kb.workbench.facets import _COLUMNS, FACETS, SCHEMA_VERSION, TOP, FacetIndex, build, fts_query  # noqa: E402


def build_store(events: int, work: Path, seed: int) -> Path:
    from bench_serve import build_store as shared

    return Path(shared(events, work, seed))


CLOCK = time.perf_counter  # --cpu: time.process_time


def ms(fn) -> float:
    t = CLOCK()
    fn()
    return (CLOCK() - t) * 1000


def cold(index: FacetIndex, fn) -> float:
    """``ms(fn)`` after the index forgot the selections it remembers: a first-time request."""
    index.forget_selections()
    return ms(fn)


def next_pages(index: FacetIndex, reqs: list) -> None:
    """Pages 2 to 5 of each selection right after its first page, and the same pages counted anew."""
    warm, anew = [], []
    for f, q, _ in reqs:
        cold(index, lambda: index.page(f, q, 1, 50))
        warm += [ms(lambda: index.page(f, q, p, 50)) for p in range(2, 6)]
        anew += [cold(index, lambda: index.page(f, q, p, 50)) for p in range(2, 6)]
    print(f"{'  pages 2-5':24s} {figures(warm)}")
    print(f"{'  before (counted anew)':24s} {figures(anew)}")


def refined(index: FacetIndex, reqs: list) -> None:
    """A facet value checked on a search (the search's first page just shown), and the same page anew."""
    warm, anew = [], []
    for f, q, _ in reqs:
        cold(index, lambda: index.page({}, q, 1, 50))
        warm.append(ms(lambda: index.page(f, q, 1, 50)))
        anew.append(cold(index, lambda: index.page(f, q, 1, 50)))
    print(f"{'  after the search alone':24s} {figures(warm)}")
    print(f"{'  before (searched anew)':24s} {figures(anew)}")


def figures(times: list[float]) -> str:
    times = sorted(times)
    p90 = times[min(len(times) - 1, int(round(0.9 * (len(times) - 1))))]
    return f"median {statistics.median(times):8.1f} ms   p90 {p90:8.1f} ms   ({len(times)} requests)"


def sql_page(db: sqlite3.Connection, filters: dict, text: str | None, page: int = 1, size: int = 50) -> int:
    """A page counted as the index did before: ``GROUP BY`` per facet over the selected rows."""
    clauses, args = [], []
    for facet, values in sorted(filters.items()):
        marks = ",".join("?" * len(values))
        if facet == "actor":
            clauses.append(f"e.id IN (SELECT event FROM actors WHERE actor IN ({marks}))")
        else:
            clauses.append(f"e.{_COLUMNS[facet]} IN ({marks})")
        args += values
    if text:
        clauses.append("e.id IN (SELECT rowid FROM search WHERE search MATCH ?)")
        args.append(fts_query(text))
    where = " AND ".join(clauses) or "1"
    total = db.execute(f"SELECT COUNT(*) FROM events e WHERE {where}", args).fetchone()[0]
    for facet in FACETS:
        if facet == "actor":
            sql = (f"SELECT a.actor, COUNT(*) AS n FROM actors a JOIN events e ON e.id = a.event WHERE {where} "
                   "GROUP BY a.actor ORDER BY n DESC, a.actor LIMIT ?")
        else:
            col = _COLUMNS[facet]
            sql = (f"SELECT e.{col}, COUNT(*) AS n FROM events e WHERE {where} AND e.{col} IS NOT NULL "
                   f"GROUP BY e.{col} ORDER BY n DESC, e.{col} LIMIT ?")
        db.execute(sql, [*args, TOP]).fetchall()
    db.execute(f"SELECT e.iri FROM events e WHERE {where} ORDER BY e.earliest IS NULL, e.earliest, e.id "
               "LIMIT ? OFFSET ?", [*args, size, (page - 1) * size]).fetchall()
    return total


def replicate(source: Path, times: int, target: Path) -> None:
    """An index holding every row of ``source`` ``times`` times (new ids and IRIs, the same values):
    the query side at ``times`` the size, without building from a store that big (hours on a shared
    machine). Only the pages are timed on it; it is no index of any store."""
    import shutil

    shutil.copyfile(source, target)
    db = sqlite3.connect(target)
    db.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;")
    top = db.execute("SELECT MAX(id) FROM events").fetchone()[0]
    cols = "iri, doc_id, type, status, year, earliest, latest, lang, source, place, country, merged, reviewed, " \
           "label, evidence, start, \"end\", actors"
    for k in range(1, times):
        off = k * top
        db.execute(f"INSERT INTO events(id, {cols}) SELECT id + {off}, iri || '/r{k}', doc_id || '-r{k}', "
                   f"{cols.split(', ', 2)[2]} FROM events WHERE id <= {top}")
        db.execute(f"INSERT INTO actors SELECT event + {off}, actor FROM actors WHERE event <= {top}")
    db.execute("INSERT INTO search(search) VALUES ('rebuild')")
    db.execute("DELETE FROM counts")
    for facet, column in _COLUMNS.items():
        db.execute(f"INSERT INTO counts SELECT ?, {column}, COUNT(*) FROM events WHERE {column} IS NOT NULL "
                   f"GROUP BY {column}", (facet,))
    db.execute("INSERT INTO counts SELECT 'actor', actor, COUNT(*) FROM actors GROUP BY actor")
    db.execute("UPDATE meta SET value = (SELECT COUNT(*) FROM events) WHERE key = 'events'")
    db.commit()
    db.close()


def requests(index: FacetIndex, n: int, seed: int) -> dict[str, list[tuple[dict, str | None, int]]]:
    """``n`` different requests of each kind, drawn from the index's own values."""
    rng = random.Random(seed)
    counts = {f: [r["value"] for r in index.page(size=1)["facets"][f]] for f in FACETS}

    def some(facet: str) -> str:
        return rng.choice(counts[facet]) if counts[facet] else ""

    single_facets = [f for f in FACETS if counts[f]]
    words = [w for w in ("sanctions", "talks", "minister", "summit", "border", "trade", "visit", "agreement",
                         "election", "ceasefire", "meeting", "call") if index.page({}, w, size=1)["total"]]
    rare = [e["evidence"].split()[-1] for e in index.page(page=rng.randrange(1, 50), size=n)["events"]]
    out: dict[str, list] = {"one facet": [], "two facets": [], "actor + years": [], "search": [],
                            "search, rare word": [], "search + facet": [], "deep pages": []}
    for i in range(n):
        f = single_facets[i % len(single_facets)]
        out["one facet"].append(({f: [some(f)]}, None, 1))
        out["two facets"].append(({"type": [some("type")], "actor": [some("actor")]}, None, 1))
        out["actor + years"].append(({"actor": [some("actor")], "year": [some("year"), some("year")]}, None, 1))
        out["search"].append(({}, words[i % len(words)] if words else "x", 1))
        out["search, rare word"].append(({}, rare[i % len(rare)] if rare else "x", 1))
        out["search + facet"].append(({"type": [some("type")]}, words[i % len(words)] if words else "x", 1))
        out["deep pages"].append(({"type": [some("type")]} if i % 2 else {}, None, (100, 1000, 5000)[i % 3]))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--events", type=int, default=100_000)
    ap.add_argument("--store", type=Path, help="an existing store, opened read-only (instead of --events)")
    ap.add_argument("--requests", type=int, default=20, help="different requests of each kind (default 20)")
    ap.add_argument("--before", type=int, default=5, help="requests of each kind timed the previous way (default 5)")
    ap.add_argument("--update", type=int, default=0, help="documents to re-ingest, timing the index update")
    ap.add_argument("--replicate", type=int, default=1, metavar="N",
                    help="time the pages on the index's rows repeated N times (the query side at N times the size)")
    ap.add_argument("--restart", type=int, default=0, metavar="N",
                    help="time the first start of `kb serve` (index built) and N restarts (index reused) instead")
    ap.add_argument("--cpu", action="store_true", help="time CPU (time.process_time) instead of wall time")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--work", type=Path, help="directory for the store and index (kept); default: a temporary one")
    args = ap.parse_args()
    global CLOCK
    CLOCK = time.process_time if args.cpu else time.perf_counter
    tmp = None
    if args.work is None:
        tmp = tempfile.TemporaryDirectory(prefix="kb-bench-wb-")
        args.work = Path(tmp.name)
    args.work.mkdir(parents=True, exist_ok=True)
    store_dir = args.store or build_store(args.events, args.work, args.seed)
    if args.restart:
        restart_bench(store_dir, args.work, args.restart, args.requests, args.update)
        return
    store = Store(store_dir, read_only=True)
    label = args.store.name if args.store else str(args.events)
    index_path = args.work / f"index-{label}.sqlite"
    reuse = index_path.exists() and sqlite3.connect(index_path).execute(
        "SELECT value FROM meta WHERE key = 'schema'").fetchone() == (SCHEMA_VERSION,)
    if reuse:
        print(f"reusing {index_path}")
    else:
        t = time.perf_counter()
        n = build(store, index_path, "bench", location=str(store_dir))
        print(f"facet index of {n} events built in {time.perf_counter() - t:.1f} s "
              f"({index_path.stat().st_size / 1e6:.0f} MB)")
    if args.replicate > 1:
        scaled = args.work / f"index-{label}-x{args.replicate}.sqlite"
        if not scaled.exists():
            t = time.perf_counter()
            replicate(index_path, args.replicate, scaled)
            print(f"index rows repeated {args.replicate} times in {time.perf_counter() - t:.1f} s "
                  f"(no store behind it: pages only)")
        index_path, args.update = scaled, 0
    t = time.perf_counter()
    index = FacetIndex.open(index_path)
    print(f"index opened, facet columns loaded into memory in {(time.perf_counter() - t):.1f} s "
          f"({index.total} events, from {index.columns_from})")
    if index.columns_from == "rows":  # what a kept index does at the next start: the saved columns
        t = time.perf_counter()
        index.save_columns()
        saved = time.perf_counter() - t
        t = time.perf_counter()
        FacetIndex.open(index_path).close()
        print(f"facet columns saved beside the index in {saved:.2f} s, read back by the next open in "
              f"{time.perf_counter() - t:.2f} s")
    print(f"times are {'CPU' if args.cpu else 'wall'} times")
    opened = ms(lambda: index.page(size=50))  # the index's pages not yet in the OS's or SQLite's cache
    first = [ms(lambda: index.page(size=50)) for _ in range(args.requests)]
    print(f"{'first page, no filter':24s} {figures(first)}   (the first one after opening: {opened:.1f} ms)")
    old = sqlite3.connect(f"file:{index_path}?mode=ro", uri=True)
    for kind, reqs in requests(index, args.requests, args.seed).items():
        now, again = [], []
        for f, q, p in reqs:  # first time (nothing remembered), then the same request repeated
            now.append(cold(index, lambda: index.page(f, q, p, 50)))
            again.append(ms(lambda: index.page(f, q, p, 50)))
        totals = [index.page(f, q, 1, 1)["total"] for f, q, _ in reqs]
        print(f"{kind:24s} {figures(now)}   selected {min(totals)}-{max(totals)} events")
        print(f"{'  repeated':24s} {figures(again)}")
        if kind != "deep pages" and args.before:
            before = [ms(lambda: sql_page(old, f, q, p)) for f, q, p in reqs[:args.before]]
            same = statistics.median(now[:args.before])
            print(f"{'  before (SQL GROUP BY)':24s} {figures(before)}   (now, same requests: median {same:.1f} ms)")
        if kind in ("one facet", "search"):
            next_pages(index, reqs)
        if kind == "search + facet":
            refined(index, reqs)
    store.close()
    if args.update:
        update_bench(store_dir, index_path, args.update, args.seed)
    if tmp is not None:
        tmp.cleanup()


def restart_bench(store_dir: Path, work: Path, restarts: int, requests: int, changed: int = 0) -> None:
    """``kb serve`` started on ``store_dir`` with a fresh index directory, then ``restarts`` times
    again: seconds until the event browser answers from an index that follows the store, and the
    first page (no filter, all ten facets' counts) over HTTP."""
    import json
    import os
    import shutil
    import subprocess
    import threading
    import urllib.request

    index_dir = work / "restart-index"
    shutil.rmtree(index_dir, ignore_errors=True)

    def get(url: str) -> dict:
        with urllib.request.urlopen(url + "/api/events", timeout=600) as r:
            return json.loads(r.read())

    def run(label: str) -> None:
        t = time.perf_counter()
        proc = subprocess.Popen([sys.executable, "-m", "kb", "--store", str(store_dir), "serve", "--port", "0",
                                 "--workers", "1", "--index-dir", str(index_dir)], cwd=ROOT,
                                env={**os.environ, "PYTHONPATH": str(ROOT)}, stderr=subprocess.PIPE,
                                stdout=subprocess.DEVNULL, text=True)
        lines: list[str] = []
        threading.Thread(target=lambda: lines.extend(iter(proc.stderr.readline, "")), daemon=True).start()
        try:
            while not any("events at" in line for line in lines):
                if proc.poll() is not None:
                    raise SystemExit("kb serve stopped: " + "".join(lines))
                time.sleep(0.02)
            url = next(line for line in lines if "events at" in line).split("events at ")[1].split("/events")[0]
            while True:
                page = get(url)
                if not page.get("building") and not page.get("stale"):
                    break
                time.sleep(0.1)
            ready = time.perf_counter() - t
            pages = [ms(lambda: get(url)) for _ in range(requests)]
        finally:
            proc.terminate()  # kb serve stops cleanly on SIGTERM: the index is closed
            proc.wait(60)
        said = [line.split(": ", 2)[-1].strip() for line in lines if "event index in" in line]
        print(f"{label:10s} ready after {ready:8.1f} s   first page {figures(pages)}   ({page['total']} events; "
              f"{'; '.join(said)})")

    run("first")
    for i in range(restarts):
        run(f"restart {i + 1}")
    if changed:
        rewrite(store_dir, changed)  # while no server runs: the next start follows the change journal
        run(f"{changed} docs changed")


def rewrite(store_dir: Path, n: int) -> None:
    """Write ``n`` documents' graphs back through :class:`kb.store.Store` (journaled), every status "past"."""
    import pyoxigraph as ox

    store = Store(store_dir)
    status = ox.NamedNode("https://w3id.org/kb/ns#status")
    graphs = sorted({q.graph_name.value for q in store.oxigraph.quads_for_pattern(None, status, None)})[:n]
    for g in graphs:
        triples = [(q.subject, q.predicate, ox.Literal("past") if q.predicate == status else q.object)
                   for q in store.oxigraph.quads_for_pattern(None, None, None, ox.NamedNode(g))]
        store.replace_graphs({g: triples})
    store.close()


def update_bench(store_dir: Path, index_path: Path, n: int, seed: int) -> None:
    """Re-ingest ``n`` documents (their graphs written back unchanged but for one event's status)."""
    import pyoxigraph as ox

    from kb.workbench.facets import refresh

    index = FacetIndex.open(index_path)
    store = Store(store_dir)
    rng = random.Random(seed)
    docs = sorted({e["doc_id"] for e in index.page(page=rng.randrange(1, 100), size=200)["events"]})[:n]
    status = ox.NamedNode("https://w3id.org/kb/ns#status")
    write, follow, take = [], [], []
    for doc in docs:
        g = ox.NamedNode(f"https://w3id.org/kb/id/graph/{doc}")
        triples = [(q.subject, q.predicate, q.object) for q in store.oxigraph.quads_for_pattern(None, None, None, g)]
        triples = [(s, p, ox.Literal("past") if p == status else o) for s, p, o in triples]
        write.append(ms(lambda: store.replace_graphs({g.value: triples})))
        follow.append(ms(lambda: refresh(store, index_path, str(store_dir))))
        take.append(ms(index.sync))
    store.close()
    print(f"{'re-ingest one document':24s} {figures(write)}")
    print(f"{'index update (process)':24s} {figures(follow)}")
    print(f"{'server takes it in':24s} {figures(take)}")


if __name__ == "__main__":
    main()
