"""The attacks of issue 15 on the SPARQL guard, run for real.

- an update glued to the prologue (``PREFIX ex: <http://x/>INSERT ...``) sent as a
  query: refused on a read-only embedded store, through ``kb query`` and ``kb
  serve``, and against a real Virtuoso (``KB_TEST_VIRTUOSO_URL``, started by
  ``.ci/services.sh``), with the data checked unchanged afterwards;
- ``SERVICE`` to a listener on 127.0.0.1 hidden behind ``ex:a\\#b``: refused,
  and the listener records that nobody called it (with ``--allow-network`` it
  is called: the listener works);
- ``FROM <\\u0066ile:///etc/passwd>``, ``LOAD`` under ``--update``: refused;
- ``{`` nested 4,000 deep in 16 KB through ``kb query`` and ``kb serve`` (each
  in its own process, which must survive): a one-line error, exit 2 / HTTP 400;
- ``FROM`` a graph that does not exist counts 0; ``default-graph-uri`` /
  ``named-graph-uri`` pick the dataset.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from click.testing import CliRunner

from kb.cli import main
from kb.errors import QueryError, StoreError
from kb.remote import RemoteStore
from kb.store import Store

ROOT = Path(__file__).resolve().parent.parent
G = "https://w3id.org/kb/id/graph/"
GRAPH_A, GRAPH_B = G + "attack-a", G + "attack-b"
NT_A = "".join(f"<http://example.org/a{i}> <http://example.org/p> \"{i}\" .\n" for i in range(3))
NT_B = "<http://example.org/b> <http://example.org/p> \"b\" .\n"
GLUED = (f"PREFIX ex: <http://x/>INSERT {{ GRAPH <{G}planted> {{ ex:planted ex:p ?o }} }} "
         "WHERE { { SELECT ?o WHERE { GRAPH ?g { ?s ?p ?o } } LIMIT 1 } }")
NESTED_16KB = "SELECT * WHERE " + "{ " * 4000 + "?s ?p ?o " + "} " * 4000
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"


def _service_query(port: int) -> str:
    # The old text check read `\#` as the start of a comment and missed the next line.
    return ("PREFIX ex: <http://example.org/>\n"
            "SELECT * WHERE { BIND(ex:a\\#b AS ?tag)\n"
            f"  SERVICE <http://127.0.0.1:{port}/internal> {{ ?x ?y ?z }} }}")


class Listener:
    """An HTTP server on 127.0.0.1 that records every request and answers an empty SPARQL result."""

    def __init__(self):
        self.requests: list[str] = []
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def _answer(self):
                outer.requests.append(f"{self.command} {self.path}")
                length = int(self.headers.get("Content-Length") or 0)
                if length:
                    self.rfile.read(length)
                body = json.dumps({"head": {"vars": ["x", "y", "z"]}, "results": {"bindings": []}}).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/sparql-results+json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            do_GET = do_POST = _answer

            def log_message(self, *args):
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.port = self.httpd.server_address[1]
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.httpd.shutdown()
        self.httpd.server_close()


def _kb(*args):
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


def _kb_process(*args, timeout=120):
    """``kb`` in its own process: a crash shows as a negative return code instead of killing the tests."""
    return subprocess.run([sys.executable, "-c", "from kb.cli import main; main()", *map(str, args)],
                          capture_output=True, text=True, timeout=timeout, cwd=ROOT,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})


@pytest.fixture
def store_dir(tmp_path):
    path = tmp_path / "kb"
    with Store(path) as store:
        store.put_ntriples(GRAPH_A, NT_A)
        store.put_ntriples(GRAPH_B, NT_B)
    return path


def _triples(path) -> int:
    with Store(path, read_only=True) as store:
        return store.count_triples()


# -- the glued update --------------------------------------------------------------

def test_glued_update_is_refused_read_only_on_the_embedded_store(store_dir):
    with Store(store_dir, read_only=True) as store:
        with pytest.raises(QueryError, match="update"):
            store.query(GLUED)
        with pytest.raises(StoreError, match="read-only"):
            store.query(GLUED, update=True)
    r = _kb("--store", store_dir, "query", GLUED)
    assert r.exit_code == 2 and "--update" in r.output and r.output.count("\n") == 1
    assert _triples(store_dir) == 4


def test_glued_update_runs_as_the_update_it_is_when_allowed(store_dir):
    r = _kb("--store", store_dir, "query", "--update", GLUED)
    assert r.exit_code == 0, r.output
    with Store(store_dir, read_only=True) as store:
        assert store.query("ASK { GRAPH ?g { <http://x/planted> ?p ?o } }") is True


def test_glued_update_is_refused_by_kb_serve(store_dir):
    from kb.api import open_kb
    from kb.server import SPARQLServer

    with open_kb(str(store_dir), read_only=True) as base, SPARQLServer(base, port=0) as server:
        url = f"{server.url}/sparql?" + urllib.parse.urlencode({"query": GLUED})
        with pytest.raises(urllib.error.HTTPError) as exc:
            urllib.request.urlopen(url, timeout=30)
        assert exc.value.code == 400 and b"read-only" in exc.value.read()
    assert _triples(store_dir) == 4


@pytest.fixture
def virtuoso():
    url = os.environ.get("KB_TEST_VIRTUOSO_URL")
    if not url:
        pytest.skip("$KB_TEST_VIRTUOSO_URL is not set (start the servers with .ci/services.sh)")
    writer = RemoteStore(url)
    graph = f"{G}attack-{uuid.uuid4().hex[:8]}"
    writer.put_ntriples(graph, NT_A)
    yield url, graph
    writer.delete_graph(graph)
    writer.update("DELETE WHERE { GRAPH ?g { <http://x/planted> ?p ?o } }")


def test_glued_update_is_refused_against_virtuoso(virtuoso):
    url, graph = virtuoso
    planted = "ASK { GRAPH ?g { <http://x/planted> ?p ?o } }"
    before = Store(url).count_triples(graph)
    assert before == 3 and Store(url).query(planted) is False
    with Store(url, read_only=True) as store:
        with pytest.raises(QueryError, match="update"):
            store.query(GLUED)
        with pytest.raises(StoreError, match="read-only"):
            store.query(GLUED, update=True)
    r = _kb("--store", url, "query", GLUED)
    assert r.exit_code == 2, r.output
    # a query-looking update that deletes: Virtuoso would run it if it came as query=
    deleting = f"PREFIX ex: <http://x/>DELETE WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}"
    assert _kb("--store", url, "query", deleting).exit_code == 2
    assert Store(url).count_triples(graph) == before and Store(url).query(planted) is False


class Endpoint(Listener):
    """A fake SPARQL server that records the path and the form fields of each request."""

    def __init__(self):
        super().__init__()
        self.forms: list[tuple[str, dict]] = []
        outer = self
        handler = self.httpd.RequestHandlerClass

        def answer(handler_self):
            length = int(handler_self.headers.get("Content-Length") or 0)
            body = handler_self.rfile.read(length).decode()
            outer.forms.append((urllib.parse.urlsplit(handler_self.path).path,
                                urllib.parse.parse_qs(body)))
            data = json.dumps({"head": {"vars": ["n"]}, "results": {"bindings": []}}).encode()
            handler_self.send_response(200)
            handler_self.send_header("Content-Type", "application/sparql-results+json")
            handler_self.send_header("Content-Length", str(len(data)))
            handler_self.end_headers()
            handler_self.wfile.write(data)

        handler.do_POST = answer


def test_remote_store_sends_queries_and_updates_to_their_own_endpoints():
    with Endpoint() as server:
        store = RemoteStore(f"http://127.0.0.1:{server.port}")
        store.query(f"SELECT (COUNT(*) AS ?n) FROM <{GRAPH_A}> WHERE {{ ?s ?p ?o }}")
        store.query("SELECT ?n WHERE { ?n ?p ?o }", default_graphs=[GRAPH_A], named_graphs=[GRAPH_B])
        store.query(GLUED, update=True)
        store.update(f"DROP SILENT GRAPH <{GRAPH_B}>")
        with pytest.raises(QueryError, match="not an update"):
            store.update("SELECT * WHERE { ?s ?p ?o }")
        # kb's own updates (a rejection record holds a whole document) are not held to the query size limit
        long_record = "x" * 100_000
        store.query(f'INSERT DATA {{ GRAPH <{GRAPH_A}> {{ <http://x/r> <http://x/text> "{long_record}" }} }}',
                    update=True)
    (p1, f1), (p2, f2), (p3, f3), (p4, f4), (p5, f5) = server.forms
    assert p1 == p2 == "/query" and p3 == p4 == p5 == "/update" and long_record in f5["update"][0]
    assert "query" in f1 and "update" not in f1 and "default-graph-uri" not in f1
    assert f2["default-graph-uri"] == [GRAPH_A] and f2["named-graph-uri"] == [GRAPH_B]
    assert "update" in f3 and "query" not in f3 and f3["update"][0].endswith(GLUED)


# -- SERVICE, FROM file:, LOAD ------------------------------------------------------

def test_escaped_service_is_refused_and_never_contacted(store_dir):
    with Listener() as listener:
        query = _service_query(listener.port)
        r = _kb("--store", store_dir, "query", query)
        assert r.exit_code == 2 and "SERVICE" in r.output and "--allow-network" in r.output
        from kb.api import open_kb
        from kb.server import SPARQLServer

        with open_kb(str(store_dir), read_only=True) as base, SPARQLServer(base, port=0) as server:
            url = f"{server.url}/sparql?" + urllib.parse.urlencode({"query": query})
            with pytest.raises(urllib.error.HTTPError) as exc:
                urllib.request.urlopen(url, timeout=30)
            assert exc.value.code == 400 and b"SERVICE" in exc.value.read()
        assert listener.requests == []
        # The user's explicit choice: then the engine does call it (so the listener would have seen it).
        r = _kb("--store", store_dir, "query", "--allow-network", query)
        assert r.exit_code == 0, r.output
        assert len(listener.requests) == 1


def test_from_an_escaped_file_iri_is_refused(store_dir):
    r = _kb("--store", store_dir, "query", "SELECT * FROM <\\u0066ile:///etc/passwd> WHERE { ?s ?p ?o }")
    assert r.exit_code == 2 and "file:///etc/passwd" in r.output and r.output.count("\n") == 1


def test_load_under_update_needs_allow_network(store_dir):
    with Listener() as listener:
        r = _kb("--store", store_dir, "query", "--update", f"LOAD <http://127.0.0.1:{listener.port}/data.ttl>")
        assert r.exit_code == 2 and "LOAD" in r.output and "--allow-network" in r.output
        assert listener.requests == []
    assert _triples(store_dir) == 4


# -- 16 KB of nesting -----------------------------------------------------------------

def test_nested_16kb_query_through_kb_query(store_dir):
    r = _kb_process("--store", store_dir, "query", NESTED_16KB)
    assert r.returncode == 2, (r.returncode, r.stderr[-300:])
    assert r.stderr.count("\n") == 1 and "deep" in r.stderr and "Traceback" not in r.stderr


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_nested_16kb_query_through_kb_serve(store_dir):
    port = _free_port()
    proc = subprocess.Popen([sys.executable, "-c", "from kb.cli import main; main()", "--store", str(store_dir),
                             "serve", "--port", str(port)], cwd=ROOT, stderr=subprocess.DEVNULL,
                            env={**os.environ, "PYTHONPATH": str(ROOT)})
    base = f"http://127.0.0.1:{port}/sparql?"
    try:
        for _ in range(240):
            try:
                urllib.request.urlopen(base + urllib.parse.urlencode({"query": "ASK {}"}), timeout=5)
                break
            except OSError:
                time.sleep(0.25)
        for method in ("GET", "POST"):
            if method == "GET":
                req = urllib.request.Request(base + urllib.parse.urlencode({"query": NESTED_16KB}))
            else:
                req = urllib.request.Request(base[:-1], data=NESTED_16KB.encode(), method="POST",
                                             headers={"Content-Type": "application/sparql-query"})
            with pytest.raises(urllib.error.HTTPError) as exc:
                urllib.request.urlopen(req, timeout=30)
            assert exc.value.code == 400 and b"deep" in exc.value.read()
        with urllib.request.urlopen(base + urllib.parse.urlencode({"query": COUNT}), timeout=30) as resp:
            n = json.load(resp)["results"]["bindings"][0]["n"]["value"]
        assert n == "4" and proc.poll() is None
    finally:
        proc.terminate()
        proc.wait(timeout=30)


# -- the dataset --------------------------------------------------------------------

def test_from_a_graph_that_does_not_exist_counts_zero(store_dir):
    with Store(store_dir, read_only=True) as store:
        q = "SELECT (COUNT(*) AS ?n) FROM <http://nonexistent/graph> WHERE { ?s ?p ?o }"
        assert int(store.query(q, allow_network=True)[0]["n"]) == 0
        with pytest.raises(QueryError, match="not one of kb's graphs"):
            store.query(q)
        n = "SELECT (COUNT(*) AS ?n) {} WHERE {{ ?s ?p ?o }}"
        assert int(store.query(n.format(f"FROM <{G}nonexistent>"))[0]["n"]) == 0
        assert int(store.query(n.format(f"FROM <{GRAPH_A}>"))[0]["n"]) == 3
        assert int(store.query(n.format(f"FROM <{GRAPH_A}> FROM <{GRAPH_B}>"))[0]["n"]) == 4
        assert int(store.query(n.format(""))[0]["n"]) == 4  # no dataset named: the union
        named = f"SELECT (COUNT(*) AS ?n) FROM NAMED <{GRAPH_B}> WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }}"
        assert int(store.query(named)[0]["n"]) == 1
        # the protocol's parameters win over the text
        assert int(store.query(n.format(f"FROM <{GRAPH_A}>"), default_graphs=[GRAPH_B])[0]["n"]) == 1
        assert int(store.query(COUNT, named_graphs=[GRAPH_A])[0]["n"]) == 3
        assert int(store.query(n.format(""), named_graphs=[GRAPH_A])[0]["n"]) == 0
    r = _kb("--store", store_dir, "query", "--format", "csv", n.format(f"FROM <{G}nonexistent>"))
    assert r.exit_code == 0 and r.output.split() == ["n", "0"]


def test_kb_serve_takes_the_protocol_dataset_parameters(store_dir):
    from kb.api import open_kb
    from kb.server import SPARQLServer

    def count(query, **params):
        url = f"{server.url}/sparql?" + urllib.parse.urlencode({"query": query, **params}, doseq=True)
        with urllib.request.urlopen(url, timeout=30) as resp:
            return int(json.load(resp)["results"]["bindings"][0]["n"]["value"])

    plain = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    with open_kb(str(store_dir), read_only=True) as base, SPARQLServer(base, port=0) as server:
        assert count(plain) == 4
        assert count(plain, **{"default-graph-uri": [GRAPH_A]}) == 3
        assert count(plain, **{"default-graph-uri": [GRAPH_A, GRAPH_B]}) == 4
        assert count(COUNT, **{"named-graph-uri": [GRAPH_B]}) == 1
        assert count(f"SELECT (COUNT(*) AS ?n) FROM <{G}nonexistent> WHERE {{ ?s ?p ?o }}") == 0
        with pytest.raises(urllib.error.HTTPError) as exc:
            count(plain, **{"default-graph-uri": ["http://example.org/elsewhere"]})
        assert exc.value.code == 400 and b"--allow-network" in exc.value.read()


def test_from_is_respected_on_a_remote_oxigraph_server():
    url = os.environ.get("KB_TEST_OXIGRAPH_URL")
    if not url:
        pytest.skip("$KB_TEST_OXIGRAPH_URL is not set (start the servers with .ci/services.sh)")
    store = Store(url)
    graph = f"{G}attack-{uuid.uuid4().hex[:8]}"
    store.put_ntriples(graph, NT_A)
    try:
        n = "SELECT (COUNT(*) AS ?n) {} WHERE {{ ?s ?p ?o }}"
        assert int(store.query(n.format(f"FROM <{G}nonexistent>"))[0]["n"]) == 0
        assert int(store.query(n.format(f"FROM <{graph}>"))[0]["n"]) == 3
        assert int(store.query(n.format(""), default_graphs=[graph])[0]["n"]) == 3
        assert int(store.query(n.format(""))[0]["n"]) >= 3  # no dataset: the union of all graphs
    finally:
        store.delete_graph(graph)


# -- the guard and Oxigraph read the same text the same way --------------------------

def _tricks(port: int) -> list[str]:
    svc = f"SERVICE <http://127.0.0.1:{port}/internal> {{ ?x ?y ?z }}"
    u = "".join(f"\\u{ord(c):04X}" for c in "SERVICE")
    return [
        f"PREFIX ex: <http://example.org/>\nSELECT * WHERE {{ BIND(ex:a\\#b AS ?t)\n {svc} }}",
        f"PREFIX ex: <http://example.org/>\nSELECT * WHERE {{ BIND(ex:a\\'b AS ?t)\n {svc} }}",
        f"PREFIX ex: <http://example.org/>\nSELECT * WHERE {{ BIND(ex:a\\\"b AS ?t)\n {svc} }}",
        f"SELECT * WHERE {{ BIND(\"#\" AS ?t) {svc} }}",
        f"SELECT * WHERE {{ BIND('''#\n''' AS ?t) {svc} }}",
        f"SELECT * WHERE {{ BIND(\"\"\"a\"\"b\"\"\" AS ?t) {svc} }}",
        f"SELECT * WHERE {{ BIND(<http://x/#> AS ?t) {svc} }}",
        f"SELECT * WHERE {{ BIND(1 AS ?t) {u} <http://127.0.0.1:{port}/internal> {{ ?x ?y ?z }} }}",
        f"SELECT * WHERE {{ BIND(1 AS ?t) service\n<http://127.0.0.1:{port}/internal>{{?x ?y ?z}} }}",
        f"SELECT * WHERE {{ BIND(1 AS ?t) SERVICE SILENT <http://127.0.0.1:{port}/internal> {{ ?x ?y ?z }} }}",
        f"SELECT * WHERE {{ BIND(1 AS ?t) # comment }}\n {svc} }}",
        f"SELECT * WHERE {{ BIND(1 AS ?t) SERVICE ?where {{ ?x ?y ?z }} "
        f"VALUES ?where {{ <http://127.0.0.1:{port}/internal> }} }}",
        f"PREFIX s: <http://127.0.0.1:{port}/>\nSELECT * WHERE {{ BIND(1 AS ?t) SERVICE s:internal {{ ?x ?y ?z }} }}",
        f"BASE <http://127.0.0.1:{port}/>\nSELECT * WHERE {{ BIND(1 AS ?t) SERVICE <internal> {{ ?x ?y ?z }} }}",
        f"SELECT * WHERE {{ BIND(1 AS ?t) {{ SELECT * WHERE {{ {svc} }} }} }}",
        f"ASK {{ FILTER EXISTS {{ {svc} }} }}",
        f"CONSTRUCT {{ ?x ?y ?z }} WHERE {{ OPTIONAL {{ {svc} }} }}",
    ]


def test_no_spelling_of_service_gets_past_the_guard_to_the_engine(store_dir):
    with Listener() as listener, Store(store_dir, read_only=True) as store:
        for text in _tricks(listener.port):
            try:
                store.query(text)
            except QueryError as exc:
                assert "\n" not in str(exc)
            assert listener.requests == [], text
        # the same texts do reach the listener when the user allows it (the listener would see them)
        reached = 0
        for text in _tricks(listener.port):
            before = len(listener.requests)
            try:
                store.query(text, allow_network=True)
            except QueryError:
                continue
            reached += len(listener.requests) > before
        assert reached >= 10


def test_kb_serve_allow_network_is_the_users_choice(store_dir):
    from kb.api import open_kb
    from kb.server import SPARQLServer

    outside = "SELECT (COUNT(*) AS ?n) FROM <http://example.org/elsewhere> WHERE { ?s ?p ?o }"
    with open_kb(str(store_dir), read_only=True) as base:
        with SPARQLServer(base, port=0) as server:
            with pytest.raises(urllib.error.HTTPError) as exc:
                urllib.request.urlopen(f"{server.url}/sparql?" + urllib.parse.urlencode({"query": outside}),
                                       timeout=30)
            assert exc.value.code == 400 and b"--allow-network" in exc.value.read()
        with SPARQLServer(base, port=0, allow_network=True) as server:
            with urllib.request.urlopen(f"{server.url}/sparql?" + urllib.parse.urlencode({"query": outside}),
                                        timeout=30) as resp:
                assert json.load(resp)["results"]["bindings"][0]["n"]["value"] == "0"
    r = _kb("serve", "--help")
    assert "--allow-network" in r.output
