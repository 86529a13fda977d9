"""The workbench's event index survives restarts of kb serve (kb.workbench.keep), and the store's
change journal is trimmed (kb.changes).

A restarted server reuses the saved index (same build id, no build) and reads again only what the
journal says changed while it was down; a truncated index, one of another store or of another
format is rebuilt with a message; two servers never share one index directory.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path

import pytest

import kb.api as kbapi
from kb import changes
from kb.server import SPARQLServer
from kb.workbench.keep import DIR_NAME, IndexDir, default_dir, saved_index

ROOT = Path(__file__).resolve().parent.parent

# Written for these tests.
VISIT = "On 12 March 2024 the Dutch prime minister Mark Rutte visited Berlin and met Olaf Scholz."
CALL = "On 2 April 2024 Emmanuel Macron spoke by telephone with Olaf Scholz about the budget."
LATER = "On 20 May 2024 Joe Biden met Emmanuel Macron in Paris to discuss the harbour project."
STORED = 3  # events kb extracts from VISIT (a visit and a meeting) and CALL


def make_store(path: Path, *texts: tuple[str, str]) -> Path:
    with kbapi.open_kb(path) as base:
        for doc_id, text in texts:
            base.ingest_text(text, id=doc_id, lang="en", published="2024-06-01")
    return path


@pytest.fixture()
def store(tmp_path):
    return make_store(tmp_path / "store", ("visit", VISIT), ("call", CALL))


def events(url: str) -> dict:
    with urllib.request.urlopen(url + "/api/events", timeout=60) as r:
        return json.loads(r.read())


def build_id(index_dir) -> str:
    path = saved_index(Path(index_dir))
    db = sqlite3.connect(path)
    try:
        return db.execute("SELECT value FROM meta WHERE key = 'build'").fetchone()[0]
    finally:
        db.close()


def run(store, **options) -> tuple[int, dict, list[str], str]:
    """Serve ``store`` in process until its index follows the store: (builds, /api/events, the keeper's
    messages, build id of the index kept)."""
    with SPARQLServer(store, port=0, workers=1, **options) as srv:
        keeper = srv.index_keeper
        keeper.wait(180)
        page = events(srv.url)
        kept = srv.index_dir
        builds, messages, resumed = keeper.builds, list(keeper.messages), keeper.resumed
    assert page["stale"] is False
    return builds, page, messages + [f"resumed={resumed}"], build_id(kept)


def test_restart_reuses_the_saved_index_in_the_store_directory(store):
    builds, page, messages, first = run(store)
    assert builds == 1 and page["total"] == STORED
    assert (store / DIR_NAME).is_dir() and saved_index(store / DIR_NAME) is not None
    assert any("none saved yet; building it" in m for m in messages)
    builds, page, messages, second = run(store)
    assert builds == 0 and page["total"] == STORED and second == first
    assert any("reused, up to date" in m for m in messages) and "resumed=True" in messages


def test_a_document_ingested_while_the_server_was_down_appears_after_restart(store):
    *_, first = run(store)
    with kbapi.open_kb(store) as base:
        base.ingest_text(LATER, id="later", lang="en", published="2024-05-21")
    builds, page, messages, second = run(store)
    assert builds == 0 and second == first  # updated, not rebuilt
    assert page["total"] > STORED and "later" in {e["doc_id"] for e in page["events"]}
    assert any("updated from the change journal (1 documents" in m for m in messages)
    assert sum(f["count"] for f in page["facets"]["type"]) == page["total"]


def test_a_store_moved_with_its_index_keeps_it(store, tmp_path):
    *_, first = run(store)
    moved = store.rename(tmp_path / "moved")
    builds, page, messages, second = run(moved)
    assert builds == 0 and second == first and page["total"] == STORED, messages


def test_a_truncated_index_is_rebuilt_with_a_message(store):
    *_, first = run(store)
    path = saved_index(store / DIR_NAME)
    size = path.stat().st_size
    with open(path, "r+b") as f:
        f.truncate(size // 2)
    builds, page, messages, second = run(store)
    assert builds == 1 and page["total"] == STORED and second != first
    assert any("rebuilding it: the index file is damaged" in m for m in messages), messages
    assert "resumed=False" in messages


def test_an_index_of_another_store_or_format_is_rebuilt(store, tmp_path):
    other = make_store(tmp_path / "other", ("later", LATER))
    shared = tmp_path / "shared-index"
    *_, first = run(other, index_dir=shared)
    builds, page, messages, second = run(store, index_dir=shared)
    assert builds == 1 and page["total"] == STORED and second != first
    assert any("built for another store" in m and str(other.resolve()) in m for m in messages), messages
    db = sqlite3.connect(saved_index(shared))
    with db:
        db.execute("UPDATE meta SET value = '1' WHERE key = 'schema'")
    db.close()
    builds, _, messages, _ = run(store, index_dir=shared)
    assert builds == 1 and any("the index has format 1" in m for m in messages), messages


def test_a_change_the_journal_cannot_name_serves_the_saved_index_while_it_is_rebuilt(store):
    *_, first = run(store)
    with kbapi.open_kb(store) as base:  # an arbitrary SPARQL update: the journal says "everything"
        base.store.update('PREFIX kb: <https://w3id.org/kb/ns#> INSERT DATA { GRAPH <urn:x:notes> { '
                          '<urn:x:a> kb:note "seen" } }')
    with SPARQLServer(store, port=0, workers=1) as srv:
        keeper = srv.index_keeper
        deadline = time.monotonic() + 120
        while keeper.checking or not keeper.messages:
            keeper.get()
            assert time.monotonic() < deadline
            time.sleep(0.05)
        index, stale = keeper.get()
        assert "served meanwhile" in keeper.messages[-1], keeper.messages
        if keeper.builds == 0:  # the rebuild may be done already on a fast machine
            assert index is not None and stale
        keeper.wait(180)
        assert keeper.builds == 1 and events(srv.url)["total"] == STORED


def test_a_store_changed_without_a_change_journal_is_rebuilt(store):
    """A store written by something other than kb (a bulk load, pyoxigraph itself) while no server
    ran has no journal to say what changed: the saved index is rebuilt, not reused as it was."""
    import pyoxigraph as ox

    (store / changes.FILE).unlink()  # as a bulk-loaded store: no journal when the index is built
    *_, first = run(store)
    builds, _, messages, again = run(store)  # unchanged: reused
    assert builds == 0 and again == first and "resumed=True" in messages, messages
    raw = ox.Store(str(store))
    raw.remove_graph(ox.NamedNode("https://w3id.org/kb/id/graph/call"))
    raw.flush()
    del raw
    builds, page, messages, second = run(store)
    assert builds == 1 and second != first and page["total"] == STORED - 1, messages
    assert any("no change journal" in m for m in messages), messages


def test_the_store_directory_itself_is_no_index_directory(store):
    """Index files in the store's directory would count as changes of the store: each update would
    start the next one. Refused with a one-line error."""
    from kb.errors import InputError

    with pytest.raises(InputError, match="not the store's directory"):
        SPARQLServer(store, port=0, workers=1, index_dir=store)


def test_a_second_server_on_the_same_index_directory_uses_a_temporary_one(store):
    with SPARQLServer(store, port=0, workers=1) as first:
        with SPARQLServer(store, port=0, workers=1) as second:
            assert first.index_dir == str(store / DIR_NAME)
            assert second.index_dir != first.index_dir and not second._index_dir.kept
            second.index_keeper.wait(180)
            assert events(second.url)["total"] == STORED
            temporary = Path(second.index_dir)
            notes = {n["reader"]: n for n in (json.loads(p.read_text())
                                              for p in (store / changes.READERS).glob("*.json"))}
            # its note names this server, so it holds nothing back should the server be killed
            assert notes[str(temporary.resolve())]["pid"] == os.getpid()
        assert not temporary.exists()  # removed when the second one stopped
        notes = [json.loads(p.read_text())["reader"] for p in (store / changes.READERS).glob("*.json")]
        assert str(temporary.resolve()) not in notes  # and the journal no longer waits for it
        first.index_keeper.wait(180)
        assert first.index_keeper.builds == 1
        kept = json.loads(changes._reader_file(store, str((store / DIR_NAME).resolve())).read_text())
        assert "pid" not in kept  # a kept index outlives its server


def test_default_index_directory(tmp_path, monkeypatch):
    monkeypatch.setenv("KB_CACHE_DIR", str(tmp_path / "cache"))
    remote = default_dir("https://sparql.example.org/kb/query")
    assert remote.parent == tmp_path / "cache" / "workbench"
    assert default_dir("https://sparql.example.org/kb/query") == remote != default_dir("https://other.example/q")
    assert default_dir(str(tmp_path)) == tmp_path / DIR_NAME
    missing = tmp_path / "not-there"
    assert default_dir(str(missing)).parent == tmp_path / "cache" / "workbench"


def test_a_store_directory_holding_only_the_index_reads_as_an_empty_kb(tmp_path):
    from kb.store import Store

    empty = tmp_path / "new"
    empty.mkdir()
    held = IndexDir.open(str(empty))
    try:
        store = Store(empty, read_only=True)
        assert not store.exists
        store.close()
    finally:
        held.release()


def test_kb_serve_processes_keep_the_index_and_lock_its_directory(store):
    env = {**os.environ, "PYTHONPATH": str(ROOT)}

    def start() -> tuple[subprocess.Popen, str, list[str]]:
        proc = subprocess.Popen([sys.executable, "-m", "kb", "--store", str(store), "serve", "--port", "0",
                                 "--workers", "1"], stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True,
                                env=env, cwd=ROOT)
        lines: list[str] = []  # everything it says, read by a thread (its children keep the pipe open)
        threading.Thread(target=lambda: lines.extend(iter(proc.stderr.readline, "")), daemon=True).start()
        deadline = time.monotonic() + 60
        while not any("events at" in line for line in lines):
            assert proc.poll() is None and time.monotonic() < deadline, "".join(lines)
            time.sleep(0.05)
        line = next(line for line in lines if "events at" in line)
        return proc, line.split("events at ")[1].split("/events")[0], lines

    def until_ready(url: str) -> dict:
        deadline = time.monotonic() + 180
        while True:
            page = events(url)
            if not page.get("building") and not page.get("stale"):
                return page
            assert time.monotonic() < deadline
            time.sleep(0.2)

    def stop(proc, lines: list[str]) -> str:
        proc.terminate()
        proc.wait(30)
        time.sleep(0.3)  # the reading thread takes the last lines
        return "".join(lines)

    first, url, lines1 = start()
    try:
        assert until_ready(url)["total"] == STORED
        second, url2, lines2 = start()
        try:
            assert until_ready(url2)["total"] == STORED
        finally:
            err2 = stop(second, lines2)
    finally:
        err1 = stop(first, lines1)
    assert "none saved yet; building it" in err1
    assert f"pid {first.pid}" in err2 and "temporary directory" in err2
    built = build_id(store / DIR_NAME)
    third, url3, lines3 = start()
    try:
        assert until_ready(url3)["total"] == STORED
    finally:
        err3 = stop(third, lines3)
    assert "reused, up to date with the store" in err3 and build_id(store / DIR_NAME) == built
    assert "Traceback" not in err1 + err2 + err3


# --------------------------------------------------------------------------- the journal is trimmed
def journal_rows(store_dir: Path) -> list[int]:
    db = sqlite3.connect(store_dir / changes.FILE)
    try:
        return [r[0] for r in db.execute("SELECT seq FROM changes ORDER BY seq")]
    finally:
        db.close()


def test_journal_keeps_what_a_known_reader_has_not_read(tmp_path):
    d = tmp_path / "s"
    d.mkdir()
    for g in ("urn:g:1", "urn:g:2", "urn:g:3", "urn:g:4"):
        changes.finish(d, changes.record(d, [g]))
    jid = changes.read(d, None, 0).journal
    assert changes.trim(d) == 0  # no reader known, nothing old
    changes.note_reader(d, "index-a", jid, 3)
    changes.note_reader(d, "index-b", jid, 2)
    assert changes.trim(d) == 2 and journal_rows(d) == [3, 4]  # both passed 1 and 2
    later = changes.read(d, jid, 2)
    assert later.graphs == {"urn:g:3", "urn:g:4"} and not later.everything
    behind = changes.read(d, jid, 1)  # a reader that missed the trimmed entry 2 rebuilds
    assert behind.everything and "trimmed" in behind.why
    changes.forget(d)


def test_journal_drops_entries_older_than_the_window_and_readers_not_heard_of(tmp_path):
    d = tmp_path / "s"
    d.mkdir()
    changes.finish(d, changes.record(d, ["urn:g:1", "urn:g:2"]))
    jid = changes.read(d, None, 0).journal
    changes.note_reader(d, "index-a", jid, 0)  # has read nothing
    assert changes.trim(d) == 0
    month = time.time() + changes.WINDOW + 60
    assert changes.trim(d, now=month) == 2 and journal_rows(d) == []  # too old, and index-a is forgotten
    assert not list((d / changes.READERS).glob("*.json"))  # its note deleted
    assert changes.read(d, jid, 0).everything
    changes.finish(d, changes.record(d, ["urn:g:3"]))
    assert changes.read(d, jid, 2).graphs == {"urn:g:3"}
    changes.forget(d)


def test_a_reader_tied_to_a_process_holds_nothing_back_once_it_is_gone(tmp_path):
    d = tmp_path / "s"
    d.mkdir()
    for g in ("urn:g:1", "urn:g:2", "urn:g:3"):
        changes.finish(d, changes.record(d, [g]))
    jid = changes.read(d, None, 0).journal
    gone = subprocess.Popen([sys.executable, "-c", "pass"])
    gone.wait()  # a server killed without removing its note
    changes.note_reader(d, "kept", jid, 2)
    changes.note_reader(d, "temporary-alive", jid, 1, pid=os.getpid())
    changes.note_reader(d, "temporary-gone", jid, 0, pid=gone.pid)
    assert changes.trim(d) == 1 and journal_rows(d) == [2, 3]  # the live one still holds 2 back
    names = {json.loads(p.read_text())["reader"] for p in (d / changes.READERS).glob("*.json")}
    assert names == {"kept", "temporary-alive"}  # the dead process's note is deleted
    changes.forget_reader(d, "temporary-alive")
    assert changes.trim(d) == 1 and journal_rows(d) == [3]
    changes.forget(d)


def test_a_server_notes_how_far_its_kept_index_read_the_journal(store):
    run(store)
    with kbapi.open_kb(store) as base:
        base.ingest_text(LATER, id="later", lang="en", published="2024-05-21")
    run(store)
    notes = [json.loads(p.read_text()) for p in (store / changes.READERS).glob("*.json")]
    assert len(notes) == 1 and notes[0]["reader"] == str((store / DIR_NAME).resolve())
    rows = journal_rows(store)
    assert notes[0]["mark"] == rows[-1]
    with kbapi.open_kb(store) as base:  # the next writer trims what the index read
        base.ingest_text(CALL + " It was their third call.", id="call", lang="en", published="2024-06-01")
    assert journal_rows(store) and min(journal_rows(store)) > notes[0]["mark"]


# --------------------------------------------------------------------------- saved facet columns
def same_pages(a, b) -> None:
    for filters, text in (({}, None), ({"type": ["Meeting"]}, None), ({}, "Scholz"), ({"year": ["2024"]}, "met")):
        pa, pb = a.page(filters, text), b.page(filters, text)
        assert pa["total"] == pb["total"] and pa["events"] == pb["events"]
        assert pa["facets"] == pb["facets"]


def test_saved_columns_are_read_instead_of_the_rows_and_moved_on_by_later_updates(store, tmp_path):
    from kb.workbench.facets import FacetIndex, build, refresh

    path = tmp_path / "events-1.sqlite"
    with kbapi.open_kb(store, read_only=True) as base:
        build(base.store, path, "test", location=str(store))
    first = FacetIndex.open(path)
    assert first.columns_from == "rows" and first.save_columns() and not first.save_columns()
    first.close()
    again, other = FacetIndex.open(path), FacetIndex.open(path)
    assert again.columns_from == "saved"
    same_pages(again, other)
    again.close()
    other.close()
    with kbapi.open_kb(store) as base:  # an update after the columns were saved
        base.ingest_text(LATER, id="later", lang="en", published="2024-05-21")
        refresh(base.store, path, str(store))
    moved = FacetIndex.open(path)  # saved columns of version 0, patched from the update's log
    assert moved.columns_from == "saved" and moved.saved == 0 and moved.version == 1
    assert moved.page()["total"] > STORED
    Path(str(path) + ".columns").unlink()
    fresh = FacetIndex.open(path)
    assert fresh.columns_from == "rows"
    same_pages(moved, fresh)
    assert list(moved.columns.order) == list(fresh.columns.order)
    old_columns, old_stamp = fresh.columns, f"{fresh.build}:{fresh.version}"
    # Closed first: an index built anew at the path of one still open would be read through the
    # open one's write-ahead log (the server builds each index at a new path).
    moved.close()
    fresh.close()
    with kbapi.open_kb(store, read_only=True) as base:  # columns of another build are not taken
        build(base.store, path, "test", location=str(store))
    old_columns.save(Path(str(path) + ".columns"), old_stamp)
    assert FacetIndex.open(path).columns_from == "rows"
    Path(str(path) + ".columns").write_bytes(b"not numpy")
    assert FacetIndex.open(path).columns_from == "rows"


def test_a_restarted_server_reads_the_saved_columns(store):
    run(store)
    assert Path(str(saved_index(store / DIR_NAME)) + ".columns").exists()
    with SPARQLServer(store, port=0, workers=1) as srv:
        index = srv.index_keeper.wait(180)
        assert index.columns_from == "saved" and srv.index_keeper.builds == 0


# --------------------------------------------------------------------------- a remote store (no change journal)
def test_a_remote_stores_saved_index_is_reused_while_its_events_are_there(store, tmp_path):
    """A remote store (here another kb serve's read-only endpoint) has no
    change journal: its saved index is reused when the count of kb:eventType statements is the one
    recorded and a sample of the index's events is still there, rebuilt (served meanwhile) when not."""
    from kb.workbench import keep

    index_dir = tmp_path / "remote-index"
    with SPARQLServer(store, port=0, workers=1) as upstream:
        url = upstream.url + "/sparql"
        builds, page, _, first = run(url, index_dir=index_dir)
        assert builds == 1 and page["total"] == STORED
        builds, page, messages, second = run(url, index_dir=index_dir)
        assert builds == 0 and second == first and page["total"] == STORED, messages
        assert any("reused: the remote store has as many events" in m for m in messages), messages
        assert "resumed=True" in messages
        path = saved_index(index_dir)
        assert keep._remote_problem(url, path) is None
        db = sqlite3.connect(path)  # the same number of events, but not these: another store at that URL
        with db:
            db.execute("UPDATE events SET iri = iri || '-elsewhere'")
        db.close()
        assert "3 of 3 of its events looked up are no longer in the remote store" in keep._remote_problem(url, path)
        make_store(store, ("later", LATER))  # written while no server used the index
        builds, page, messages, third = run(url, index_dir=index_dir)
    assert builds == 1 and third != first and page["total"] > STORED, messages
    assert any("rebuilding it, the saved one served meanwhile: the remote store has" in m for m in messages), messages
    # A remote store that does not answer: the saved index is used as it is, and the line says so.
    code, line = keep._remote_verdict(url, saved_index(index_dir))
    assert code == keep._DONE and "did not answer" in line


def test_requests_the_server_still_answers_while_it_stops_get_503_not_500(store):
    """A request read while the server stops (a page reloading just then) finds the query pool and
    the event index closed: it gets 503 with the reason, where it got a 500 (the page's console then
    showed "Failed to load resource: ... 500", counted against whichever page the browser opened next)."""
    import socket

    srv = SPARQLServer(store, port=0, workers=1).start()
    srv.index_keeper.wait(180)
    host, port = srv.httpd.server_address[:2]
    paths = ["/doc/visit", "/api/doc/visit", "/api/events", "/api/events?q=telephone", "/api/lanes", "/"]
    conns = []
    for path in paths:  # each request's first line sent, its headers not yet: its handler waits for them
        c = socket.create_connection((host, port), timeout=60)
        c.sendall(f"GET {path} HTTP/1.1\r\n".encode())
        conns.append(c)
    deadline = time.monotonic() + 30
    while len(srv.httpd._reading) < len(paths) and time.monotonic() < deadline:
        time.sleep(0.02)
    assert len(srv.httpd._reading) == len(paths)  # every one is being read by a handler
    srv.stop()  # the pool's workers stopped, the event index closed, the keeper closed
    assert srv.stopping and srv.index_keeper.closed
    answers = []
    for c in conns:
        c.sendall(f"Host: {host}:{port}\r\nConnection: close\r\n\r\n".encode())
        reply = b""
        while chunk := c.recv(65536):
            reply += chunk
        c.close()
        answers.append(reply.decode("utf-8", "replace"))
    for path, reply in zip(paths, answers):
        assert reply.startswith("HTTP/1.0 503 "), (path, reply[:200])
        assert reply.rstrip().endswith("the server is stopping; ask again once it runs again"), (path, reply[-200:])
    # the keeper started nothing once closed
    assert srv.index_keeper._proc is None


def test_a_failed_build_is_a_clear_503_and_is_tried_again(store, tmp_path):
    """A build that fails (here: the store's CURRENT file away while it opens the store, as a writer
    compacting it can make an open fail) is answered 503 with the reason, not a 500 for the rest of
    the server's life; the next request after a pause builds it again."""
    import urllib.error

    def get(url: str) -> tuple[int, str]:
        try:
            with urllib.request.urlopen(url + "/api/events", timeout=60) as r:
                return r.status, r.read().decode()
        except urllib.error.HTTPError as exc:
            return exc.code, exc.read().decode()

    current = store / "CURRENT"
    with SPARQLServer(store, port=0, workers=1, index_dir=tmp_path / "index") as srv:
        srv.index_keeper.RETRY = (1.0,)
        current.rename(store / "CURRENT.away")
        seen = []
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and (not seen or seen[-1][0] == 202):
            seen.append(get(srv.url))
            time.sleep(0.05)
        status, body = seen[-1]
        assert status == 503 and "building the event index failed (StoreError: " in body, seen[-1]
        assert "is not a kb store" in body and "it is tried again in" in body
        assert any("building it failed (StoreError" in m for m in srv.index_keeper.messages)
        (store / "CURRENT.away").rename(current)
        while time.monotonic() < deadline:
            seen.append(get(srv.url))
            if seen[-1][0] == 200 and not json.loads(seen[-1][1])["stale"]:
                break
            time.sleep(0.1)
        assert seen[-1][0] == 200 and json.loads(seen[-1][1])["total"] == STORED
        assert {status for status, _ in seen} <= {200, 202, 503}
        assert srv.index_keeper.builds == 1 and srv.index_keeper.failure is None
