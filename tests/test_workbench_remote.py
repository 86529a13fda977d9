"""Reviews through ``kb serve --review`` over a remote store (a real Oxigraph server on 127.0.0.1).

The correction is written through the server's update and graph store endpoints, is applied to
what every reader sees (SPARQL over the remote store, ``kb timeline``), survives re-ingesting
the document, and the event browser follows it by an incremental update of its index (the
server tells the index which document it changed: a remote store has no change journal).
Uses ``KB_TEST_OXIGRAPH_BIN`` (set by ``.ci/services.sh``) or the ``oxigraph`` binary beside
Python; skipped with a reason when there is none.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

import kb.api as kbapi

pytestmark = [pytest.mark.server]

ROOT = Path(__file__).resolve().parent.parent
TOKEN = "remote-review-token-51"
# Written for this test: a meeting with a date and a place, and a phone call.
TEXT = ("On 12 September 2024 the Polish prime minister Donald Tusk met the German chancellor Olaf Scholz in "
        "Warsaw. On 14 September 2024 Tusk spoke by telephone with Emmanuel Macron.")


def _binary() -> str | None:
    given = os.environ.get("KB_TEST_OXIGRAPH_BIN")
    if given and Path(given).exists():
        return given
    here = Path(sys.executable).parent / "oxigraph"
    return str(here) if here.exists() else shutil.which("oxigraph")


def start(binary: str, location: Path, command: str = "serve") -> tuple[subprocess.Popen, str]:
    """An Oxigraph server on a free port of 127.0.0.1 over ``location``; (process, base URL)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen([binary, command, "--location", str(location), "--bind", f"127.0.0.1:{port}"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    for _ in range(120):
        try:
            urllib.request.urlopen(f"{base}/query?query=ASK%7B%7D", timeout=2).close()
            return proc, base
        except urllib.error.HTTPError:
            return proc, base
        except OSError:
            time.sleep(0.25)
    proc.terminate()
    pytest.fail("the oxigraph server did not start")


def stop(proc: subprocess.Popen) -> None:
    proc.terminate()
    proc.wait(timeout=10)


@pytest.fixture(autouse=True)
def cache_dir(tmp_path, monkeypatch):
    """A remote store's event index is kept under $KB_CACHE_DIR: the test's, not the user's."""
    monkeypatch.setenv("KB_CACHE_DIR", str(tmp_path / "cache"))


@pytest.fixture
def binary():
    found = _binary()
    if found is None:
        pytest.skip("no `oxigraph` server binary (pip install oxigraph; see .ci/services.sh)")
    return found


@pytest.fixture
def oxigraph(binary, tmp_path):
    proc, base = start(binary, tmp_path / "ox")
    try:
        yield base
    finally:
        stop(proc)


def get_json(url: str) -> dict:
    with urllib.request.urlopen(url, timeout=60) as r:
        return json.loads(r.read())


def review(base: str, body: dict) -> dict:
    req = urllib.request.Request(base + "/api/review", method="POST", data=json.dumps(body).encode(),
                                 headers={"Content-Type": "application/json", "X-KB-Token": TOKEN})
    with urllib.request.urlopen(req, timeout=120) as r:
        return json.loads(r.read())


def test_review_on_a_remote_store(oxigraph, tmp_path, monkeypatch):
    from kb.server import SPARQLServer
    from kb.workbench.facets import typed_count

    monkeypatch.setenv("KB_CACHE_DIR", str(tmp_path / "cache"))  # where a remote store's index is kept

    with kbapi.open_kb(oxigraph) as kb:
        kb.ingest_text(TEXT, id="remote-talks", lang="en", published="2024-09-15")
        by_type = {r.type: r.event for r in kb.timeline(unmerged=True)}
    assert set(by_type) == {"Meeting", "PhoneCall"}
    with SPARQLServer(oxigraph, port=0, workers=1, review=True, token=TOKEN) as srv:
        srv.start()
        keeper = srv.index_keeper
        keeper.wait(120)
        assert get_json(srv.url + "/api/events")["total"] == 2
        answer = review(srv.url, {"action": "reject", "doc": "remote-talks", "event": by_type["PhoneCall"],
                                  "who": "ola"})
        assert answer["ok"] and answer["iri"].startswith("https://w3id.org/kb/id/")
        review(srv.url, {"action": "correct", "doc": "remote-talks", "event": by_type["Meeting"],
                         "who": "ola", "changes": {"date": "2024-09-11"}})
        index = keeper.wait(120)
        assert keeper.builds == 1 and keeper.updates >= 1  # followed by updates, not rebuilt
        page = get_json(srv.url + "/api/events")
        assert page["total"] == 1 and not page["stale"]
        assert [(e["type"], e["earliest"]) for e in page["events"]] == [("Meeting", "2024-09-11")]
        assert {f["value"]: f["count"] for f in page["facets"]["reviewed"]} == {"yes": 1}
        assert index.stored_counts("type") == {"Meeting": 1}
        with kbapi.open_kb(oxigraph) as kb:  # the count a restart compares includes the server's own reviews
            assert index._meta("typed") == str(typed_count(kb.store))
    with SPARQLServer(oxigraph, port=0, workers=1) as again:
        again.index_keeper.wait(120)
        assert again.index_keeper.builds == 0 and again.index_keeper.resumed, again.index_keeper.messages
        assert get_json(again.url + "/api/events")["total"] == 1
    # what every reader of the remote store sees, also after the document is ingested again
    with kbapi.open_kb(oxigraph) as kb:
        for _ in range(2):
            rows = kb.timeline()
            assert [(r.type, r.earliest) for r in rows] == [("Meeting", "2024-09-11")]
            kb.ingest_text(TEXT, id="remote-talks", lang="en", published="2024-09-15")
        listed = kb.store.select_text("SELECT ?c WHERE { GRAPH ?g { ?c a kb:Correction } }")
        assert len(listed) == 2


def test_a_refused_remote_write_is_a_clear_error(binary, tmp_path):
    """An unknown document is a 400 with kb's message; a server that refuses the write (Oxigraph
    started read-only) a 502 naming the failure; both change nothing."""
    from kb.server import SPARQLServer

    proc, base = start(binary, tmp_path / "ox")
    try:
        with kbapi.open_kb(base) as kb:
            kb.ingest_text(TEXT, id="remote-talks", lang="en", published="2024-09-15")
            meeting = {r.type: r.event for r in kb.timeline(unmerged=True)}["Meeting"]
        with SPARQLServer(base, port=0, workers=1, review=True, token=TOKEN) as srv:
            with pytest.raises(urllib.error.HTTPError) as refused:
                review(srv.url, {"action": "reject", "doc": "not-there", "who": "ola",
                                 "event": "https://w3id.org/kb/id/doc/not-there/event/e1"})
            assert refused.value.code == 400 and b"not in the KB" in refused.value.read()
    finally:
        stop(proc)
    proc, base = start(binary, tmp_path / "ox", "serve-read-only")
    try:
        with SPARQLServer(base, port=0, workers=1, review=True, token=TOKEN) as srv:
            with pytest.raises(urllib.error.HTTPError) as refused:
                review(srv.url, {"action": "reject", "doc": "remote-talks", "who": "ola", "event": meeting})
            assert refused.value.code == 502
            message = refused.value.read().decode()
            assert "the store did not take the review" in message and "Traceback" not in message
        with kbapi.open_kb(base, read_only=True) as kb:
            assert sorted(r.type for r in kb.timeline()) == ["Meeting", "PhoneCall"]  # nothing rejected
            assert kb.store.select_text("SELECT ?c WHERE { GRAPH ?g { ?c a kb:Correction } }") == []
    finally:
        stop(proc)
