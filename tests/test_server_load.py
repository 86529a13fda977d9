"""``kb serve`` under attack and under load: queries that are stopped, hundreds of
clients, malformed requests, and data ingested while it runs. Every server here
listens on 127.0.0.1 and is started and stopped by the test."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor

import pytest
from click.testing import CliRunner

from kb.api import KnowledgeBase
from kb.querypool import QueryCancelled, QueryPool, WorkerCrashed
from kb.server import SPARQLServer

from fixtures_exports import fixture_store

pytestmark = pytest.mark.server

COUNT = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
# Every triple times every triple times every triple, sorted: nothing comes out
# before the whole product is computed, so only killing the process stops it.
CARTESIAN = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } ORDER BY ?c ?f ?i LIMIT 1"
CARTESIAN_COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
EVENTS = "SELECT ?e WHERE { GRAPH ?g { ?e kb:eventType ?t } } ORDER BY ?e"
LINUX = pytest.mark.skipif(not os.path.isdir("/proc/self"), reason="reads /proc")


def get(url: str, sparql: str | None = None, timeout: float = 30, accept: str = "application/json"):
    target = url + ("/sparql?" + urllib.parse.urlencode({"query": sparql}) if sparql is not None else "/")
    req = urllib.request.Request(target, headers={"Accept": accept})
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:
            return resp.status, resp.read()
    except urllib.error.HTTPError as err:
        return err.code, err.read()


def number(reply) -> int:
    status, body = reply
    assert status == 200, body
    return int(json.loads(body)["results"]["bindings"][0]["n"]["value"])


def children(pid: int) -> set[int]:
    """The query workers of process ``pid`` (not multiprocessing's resource tracker)."""
    found = set()
    for task in os.listdir(f"/proc/{pid}/task"):
        try:
            with open(f"/proc/{pid}/task/{task}/children") as f:
                found |= {int(p) for p in f.read().split()}
        except OSError:
            pass
    return {p for p in found if b"spawn_main" in _cmdline(p)}


def _cmdline(pid: int) -> bytes:
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as f:
            return f.read()
    except OSError:
        return b""


def cpu_seconds(pid: int) -> float | None:
    try:
        with open(f"/proc/{pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory):
    path = tmp_path_factory.mktemp("kb") / "store"
    fixture_store(str(path)).close()
    return path


@pytest.fixture(scope="module")
def server(store_dir):
    with SPARQLServer(str(store_dir), "127.0.0.1", 0, timeout=5, workers=2, read_timeout=1.0) as srv:
        yield srv


# --------------------------------------------------------------------------- queries that can be stopped
@LINUX
def test_kb_serve_kills_a_cartesian_query_at_the_timeout_and_answers_others(tmp_path):
    """The attack of issue 15: ``kb serve --timeout 5`` and a cartesian ORDER BY over the KB."""
    store_dir = tmp_path / "kb"
    fixture_store(str(store_dir)).close()
    env = dict(os.environ, PYTHONPATH=os.getcwd() + os.pathsep + os.environ.get("PYTHONPATH", ""))
    proc = subprocess.Popen([sys.executable, "-c", "from kb.cli import main; main()", "--store", str(store_dir),
                             "serve", "--port", "0", "--timeout", "5", "--workers", "2"],
                            stderr=subprocess.PIPE, text=True, env=env)
    try:
        line = proc.stderr.readline()
        assert "endpoint at http://127.0.0.1:" in line, line
        url = line.split("endpoint at ", 1)[1].split()[0].rsplit("/sparql", 1)[0]
        threading.Thread(target=lambda: [_ for _ in proc.stderr], daemon=True).start()  # drain the log
        assert get(url, COUNT)[0] == 200
        # Counting the product needs no memory: it runs into the timeout. Sorting it
        # needs gigabytes: it runs into the timeout or the memory ceiling first.
        for sparql, message in ((CARTESIAN_COUNT, b"timed out after 5 s"), (CARTESIAN, b"")):
            workers = children(proc.pid)
            assert len(workers) == 2
            started = time.monotonic()
            with ThreadPoolExecutor(1) as ex:
                slow = ex.submit(get, url, sparql)
                time.sleep(1.5)
                during = [get(url, COUNT) for _ in range(5)]  # the other worker answers meanwhile
                status, body = slow.result(timeout=30)
            elapsed = time.monotonic() - started
            assert status == 503 and message in body, body
            assert elapsed < 7, elapsed
            assert message == b"" or elapsed >= 4.5, elapsed
            assert all(s == 200 for s, _ in during)
            # The worker that ran the query is the one killed: it may already be gone when the
            # sort reaches the memory ceiling within a second, so it is found by who went.
            deadline = time.monotonic() + 5
            while all(alive(p) for p in workers) and time.monotonic() < deadline:
                time.sleep(0.05)
            gone = {p for p in workers if not alive(p)}
            assert len(gone) == 1, "exactly the worker that ran the query is killed"
            busy = gone.pop()
            assert get(url, COUNT)[0] == 200  # served afterwards, by the replacement too
            after = children(proc.pid)
            assert busy not in after and len(after) == 2
            cpu = {p: cpu_seconds(p) for p in after}
            time.sleep(1)
            assert all((cpu_seconds(p) or 0) - (c or 0) < 0.5 for p, c in cpu.items()), "a worker still computes"
    finally:
        proc.send_signal(signal.SIGINT)
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()


@LINUX
def test_a_query_past_the_memory_ceiling_is_stopped(store_dir):
    with SPARQLServer(str(store_dir), "127.0.0.1", 0, timeout=60, workers=1, memory_mb=400) as srv:
        started = time.monotonic()
        status, body = get(srv.url, CARTESIAN, timeout=90)
        assert status == 503 and b"MiB" in body, body
        assert time.monotonic() - started < 50
        assert get(srv.url, COUNT)[0] == 200
        assert srv.pool.replaced == 1


def test_kb_query_timeout_stops_the_query(store_dir):
    from kb.cli import main

    runner = CliRunner()
    started = time.monotonic()
    result = runner.invoke(main, ["--store", str(store_dir), "query", "--timeout", "1.5", CARTESIAN])
    assert result.exit_code == 2 and "timed out after 1.5 s" in result.output, result.output
    assert time.monotonic() - started < 8
    plain = runner.invoke(main, ["--store", str(store_dir), "query", "--format", "csv", EVENTS])
    timed = runner.invoke(main, ["--store", str(store_dir), "query", "--format", "csv", "--timeout", "20", EVENTS])
    assert plain.exit_code == timed.exit_code == 0 and plain.output == timed.output and plain.output.count("\n") > 3
    named = runner.invoke(main, ["--store", str(store_dir), "query", "--timeout", "20", "--format", "csv",
                                 "--named", "meetings-between", "--param", "a=Q61053", "--param", "b=Q3052772"])
    assert named.exit_code == 0 and "2023-06-07" in named.output
    refused = runner.invoke(main, ["--store", str(store_dir), "query", "--timeout", "5", "DROP ALL"])
    assert refused.exit_code == 2 and "update" in refused.output


def _crash(store):
    os.kill(os.getpid(), signal.SIGSEGV)


def _count(store):
    return len(store.query(COUNT))


def test_a_worker_that_crashes_is_replaced(store_dir):
    with QueryPool(str(store_dir), 1) as pool:
        first = pool.pids
        with pytest.raises(WorkerCrashed, match="signal 11"):
            pool.call(_crash, timeout=20)
        assert pool.pids != first and pool.call(_count, timeout=20) == 1
        with pytest.raises(QueryCancelled) as info:
            pool.call(_sleep, 30, timeout=0.5)
        assert info.value.reason == "time" and pool.replaced == 2


def _sleep(store, seconds):
    time.sleep(seconds)


def test_a_worker_killed_by_two_threads_at_once_closes_its_pipe_once(store_dir):
    """The pool closing while a request thread retires the same worker: both kill it; the pipe is
    closed once (closed twice at once, it raised "Bad file descriptor" from a server's shutdown)."""
    import threading

    with QueryPool(str(store_dir), 1) as pool:
        worker = next(iter(pool._workers))
        pipe, closes = worker.conn, []

        class SlowPipe:  # a close that takes a while, so that the threads overlap in it
            def close(self):
                closes.append(threading.current_thread().name)
                time.sleep(0.2)
                pipe.close()

        worker.conn = SlowPipe()
        threads = [threading.Thread(target=worker.kill) for _ in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(10)
        worker.conn = pipe  # (the pool's own close reads it again)
        assert len(closes) == 1 and pipe.closed and worker.process.exitcode is not None


# --------------------------------------------------------------------------- load
def test_200_concurrent_clients_are_all_answered(server):
    expected = get(server.url, EVENTS)[1]

    def client(i: int):
        if i % 10 == 0:
            return get(server.url, None, accept="text/html")[0] == 200
        return get(server.url, EVENTS) == (200, expected)

    with ThreadPoolExecutor(200) as ex:
        answers = list(ex.map(client, range(200)))
    assert answers.count(True) == 200


# --------------------------------------------------------------------------- malformed requests
def raw(server, data: bytes, *, wait: float = 10, close_write: bool = False) -> bytes:
    host, port = server.httpd.server_address[:2]
    with socket.create_connection((host, port), timeout=wait) as s:
        s.sendall(data)
        if close_write:
            s.shutdown(socket.SHUT_WR)
        chunks = []
        try:
            while chunk := s.recv(65536):
                chunks.append(chunk)
        except TimeoutError:
            pass
    return b"".join(chunks)


def status_of(reply: bytes) -> int:
    return int(reply.split(b" ", 2)[1]) if reply.startswith(b"HTTP/") else 0


FORM = b"Content-Type: application/x-www-form-urlencoded\r\n"
BODY = urllib.parse.urlencode({"query": COUNT}).encode()


@pytest.mark.parametrize("request_bytes, status", [
    (b"POST /sparql HTTP/1.1\r\nHost: 127.0.0.1\r\n" + FORM + b"Content-Length: abc\r\n\r\n" + BODY, 400),
    (b"POST /sparql HTTP/1.1\r\nHost: 127.0.0.1\r\n" + FORM + b"Content-Length: -1\r\n\r\n" + BODY, 400),
    (b"POST /sparql HTTP/1.1\r\nHost: 127.0.0.1\r\n" + FORM + b"Content-Length: 1e3\r\n\r\n" + BODY, 400),
    (b"POST /sparql HTTP/1.1\r\nHost: 127.0.0.1\r\n" + FORM + b"Content-Length: 5\r\nContent-Length: 7\r\n\r\n"
     + BODY, 400),
    (b"POST /sparql HTTP/1.1\r\nHost: 127.0.0.1\r\n" + FORM + b"\r\n" + BODY, 411),
    (b"POST /sparql HTTP/1.1\r\nHost: 127.0.0.1\r\n" + FORM + b"Transfer-Encoding: chunked\r\n\r\n5\r\nquery\r\n0\r\n\r\n",
     411),
    (b"POST /sparql HTTP/1.1\r\nHost: 127.0.0.1\r\n" + FORM + b"Content-Length: 99999999999\r\n\r\n", 413),
    (b"POST /sparql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/sparql-query\r\nContent-Length: 4\r\n\r\n"
     b"\xff\xfe\xfd\xfc", 400),
    (b"POST /sparql HTTP/1.1\r\nHost: 127.0.0.1\r\n" + FORM + b"Content-Length: 15\r\n\r\nquery=%ff%fe%fd", 400),
    (b"GET /sparql?" + b"&".join(b"f%d=1" % i for i in range(100)) + b" HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n", 400),
    (b"GET /sparql?query=" + b"x" * 70000 + b" HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n", 414),
    (b"BREW /sparql HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n", 405),
    (b"DELETE /sparql HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n", 405),
    (b"PUT /sparql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 0\r\n\r\n", 405),
    (b"GET / NOT-HTTP\r\n\r\n", 400),
    (b"GET /sparql?query=x HTTP/1.1\r\nHost: 127.0.0.1\r\nBroken header line\r\n\r\n", 400),
    (b"GET /sparql HTTP/9.9\r\n\r\n", 505),
    (b"GET /sparql HTTP/1.1\r\n" + b"".join(b"X-%d: 1\r\n" % i for i in range(200)) + b"\r\n", 431),
])
def test_malformed_requests_get_4xx_and_the_server_keeps_answering(server, capfd, request_bytes, status):
    reply = raw(server, request_bytes)
    assert status_of(reply) == status, reply[:300]
    assert b"Traceback" not in reply
    assert get(server.url, COUNT)[0] == 200
    assert "Traceback" not in capfd.readouterr().err


def test_a_short_body_gets_408_and_frees_its_thread(server):
    started = time.monotonic()
    reply = raw(server, b"POST /sparql HTTP/1.1\r\nHost: 127.0.0.1\r\n" + FORM + b"Content-Length: 100\r\n\r\nquery=")
    assert status_of(reply) == 408 and time.monotonic() - started < 5
    # The client closes early instead: 400, said at once.
    reply = raw(server, b"POST /sparql HTTP/1.1\r\nHost: 127.0.0.1\r\n" + FORM + b"Content-Length: 100\r\n\r\nquery=",
                close_write=True)
    assert status_of(reply) == 400 and b"of the 100 bytes" in reply


def test_a_client_sending_one_byte_at_a_time_is_cut_off(server):
    """Each byte comes before the per-read timeout; the total deadline still ends it."""
    host, port = server.httpd.server_address[:2]
    started = time.monotonic()
    with socket.create_connection((host, port), timeout=10) as s:
        try:
            for b in b"GET /sparql?query=x HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: " + b"y" * 100:
                s.sendall(bytes([b]))
                time.sleep(0.1)
        except OSError:
            pass  # the server closed its side
        try:
            reply = s.recv(65536)
        except OSError:
            reply = b""
    assert time.monotonic() - started < 6
    assert reply == b"" or status_of(reply) == 408
    assert get(server.url, COUNT)[0] == 200


def test_many_idle_connections_do_not_block_the_server(server):
    host, port = server.httpd.server_address[:2]
    idle = [socket.create_connection((host, port), timeout=10) for _ in range(50)]
    try:
        assert get(server.url, COUNT, timeout=10)[0] == 200
    finally:
        for s in idle:
            s.close()


# --------------------------------------------------------------------------- new data while serving
def test_documents_ingested_while_serving_are_answered(tmp_path):
    from kb.store import Store

    from fixtures_exports import TRIG
    from rdflib import Dataset

    path = tmp_path / "kb"
    graphs = list(Dataset().parse(TRIG, format="trig").graphs())
    first, rest = [g for g in graphs if len(g)][:1], [g for g in graphs if len(g)][1:]
    writer = Store(str(path))
    for g in first:
        writer.put_graph(g.identifier, g)
    writer.flush()
    try:
        with SPARQLServer(str(path), "127.0.0.1", 0, timeout=10, workers=2) as srv:
            graphs_query = "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
            before = number(get(srv.url, graphs_query))
            page_before = get(srv.url, None, accept="text/html")[1]
            for g in rest:  # another process would do this with `kb ingest`
                writer.put_graph(g.identifier, g)
            writer.flush()
            after = number(get(srv.url, graphs_query))
            assert before == len(first) and after == len(first) + len(rest)
            assert get(srv.url, None, accept="text/html")[1] != page_before
    finally:
        writer.close()


def test_an_in_memory_kb_is_served_from_a_copy(tmp_path):
    base = KnowledgeBase(fixture_store())
    with SPARQLServer(base, "127.0.0.1", 0, workers=1) as srv:
        copy = srv.location
        assert os.path.isdir(copy)
        assert number(get(srv.url, COUNT)) == int(base.query(COUNT)[0]["n"]) > 0
    assert not os.path.exists(copy)


def test_kb_query_timeout_with_an_update(tmp_path):
    from kb.cli import main

    path = str(tmp_path / "kb")
    fixture_store(path).close()
    runner = CliRunner()
    count = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <urn:kb-test:extra> { ?s ?p ?o } }"
    insert = "INSERT DATA { GRAPH <urn:kb-test:extra> { <urn:kb-test:a> <urn:kb-test:b> 'c' } }"
    done = runner.invoke(main, ["--store", path, "query", "--update", "--timeout", "20", insert])
    assert done.exit_code == 0 and "update done" in done.output, done.output
    counted = runner.invoke(main, ["--store", path, "query", "--format", "csv", count])
    assert counted.output.split() == ["n", "1"]
