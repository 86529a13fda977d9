"""``kb serve``: the SPARQL 1.1 Protocol endpoint, driven by SPARQLWrapper and rdflib's
SPARQLStore against a server running on 127.0.0.1 inside the test."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request

import pytest

from kb.api import KnowledgeBase
from kb.server import SPARQLServer

from fixtures_exports import fixture_store

pytestmark = pytest.mark.server

EVENTS = ("SELECT ?e ?d WHERE { GRAPH ?g { ?e sem:hasEarliestBeginTimeStamp ?d ; kb:eventType ?t } } "
          "ORDER BY ?d ?e")
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"


@pytest.fixture(scope="module")
def base():
    return KnowledgeBase(fixture_store())


@pytest.fixture(scope="module")
def server(base):
    with SPARQLServer(base, "127.0.0.1", 0, timeout=5, limit=1000, title="Fixture KB") as srv:
        yield srv


def http(server, path, *, data=None, headers=None, method=None):
    req = urllib.request.Request(server.url + path, data=data, headers=headers or {}, method=method)
    try:
        with urllib.request.urlopen(req, timeout=10) as resp:
            return resp.status, dict(resp.headers), resp.read()
    except urllib.error.HTTPError as err:
        return err.code, dict(err.headers), err.read()


def triples_in_store(base) -> int:
    return int(next(iter(base.query(COUNT)))["n"])


def test_binds_loopback_by_default(server):
    assert server.url.startswith("http://127.0.0.1:")


@pytest.mark.parametrize("method", ["GET", "POST"])
def test_sparqlwrapper_select_in_every_results_format(server, base, method):
    from SPARQLWrapper import CSV, JSON, TSV, XML, SPARQLWrapper

    expected = [(str(r["e"]), str(r["d"])) for r in base.query(EVENTS)]
    assert len(expected) == 6
    sw = SPARQLWrapper(server.url + "/sparql")
    sw.setMethod(method)
    sw.setQuery(EVENTS)
    sw.setReturnFormat(JSON)
    body = sw.query().convert()
    assert body["head"]["vars"] == ["e", "d"]
    assert [(b["e"]["value"], b["d"]["value"]) for b in body["results"]["bindings"]] == expected
    assert body["results"]["bindings"][0]["d"]["datatype"] == "http://www.w3.org/2001/XMLSchema#date"

    sw.setReturnFormat(XML)
    doc = sw.query().convert()
    results = doc.getElementsByTagName("result")
    assert [r.getElementsByTagName("uri")[0].firstChild.data for r in results] == [e for e, _ in expected]

    sw.setReturnFormat(CSV)
    table = list(csv.reader(io.StringIO(sw.query().convert().decode("utf-8"))))
    assert table[0] == ["e", "d"] and [tuple(r) for r in table[1:]] == expected

    sw.setReturnFormat(TSV)
    lines = sw.query().convert().decode("utf-8").splitlines()
    assert lines[0] == "?e\t?d"
    assert lines[1] == f'<{expected[0][0]}>\t"{expected[0][1]}"^^<http://www.w3.org/2001/XMLSchema#date>'


def test_sparqlwrapper_ask_and_construct(server):
    from SPARQLWrapper import JSON, JSONLD, TURTLE, XML, SPARQLWrapper

    sw = SPARQLWrapper(server.url + "/sparql")
    sw.setQuery("ASK { GRAPH ?g { ?e kb:eventType 'PhoneCall' } }")
    sw.setReturnFormat(JSON)
    assert sw.query().convert()["boolean"] is True
    sw.setReturnFormat(XML)
    assert sw.query().convert().getElementsByTagName("boolean")[0].firstChild.data == "true"
    sw.setQuery("ASK { GRAPH ?g { ?e kb:eventType 'Election' } }")
    sw.setReturnFormat(JSON)
    assert sw.query().convert()["boolean"] is False

    from rdflib import Graph, URIRef

    sw.setQuery("CONSTRUCT { ?e sem:hasActor ?a } WHERE { GRAPH ?g { ?e sem:hasActor ?a } }")
    sw.setReturnFormat(TURTLE)
    g = Graph().parse(data=sw.query().convert().decode("utf-8"), format="turtle")
    assert (URIRef("https://w3id.org/kb/id/doc/fx-en-biden-kishida/event/e1"),
            URIRef("http://semanticweb.cs.vu.nl/2009/11/sem/hasActor"),
            URIRef("http://www.wikidata.org/entity/Q6279")) in g
    sw.setReturnFormat(JSONLD)
    assert len(sw.query().convert()) == len(g)


def test_rdflib_sparqlstore_reads_the_kb(server, base):
    from rdflib import Graph, URIRef
    from rdflib.plugins.stores.sparqlstore import SPARQLStore

    remote = Graph(store=SPARQLStore(server.url + "/sparql", returnFormat="json"))
    (row,) = remote.query(COUNT)
    assert int(row[0]) == triples_in_store(base)
    actor = URIRef("http://www.wikidata.org/entity/Q6279")
    events = set(remote.subjects(URIRef("http://semanticweb.cs.vu.nl/2009/11/sem/hasActor"), actor))
    assert len(events) == 2
    xml_store = Graph(store=SPARQLStore(server.url + "/sparql"))  # rdflib's default: SPARQL XML
    assert len(list(xml_store.query(EVENTS))) == 6


def test_named_queries_run_through_the_endpoint(server):
    from SPARQLWrapper import JSON, SPARQLWrapper

    from kb import queries

    sw = SPARQLWrapper(server.url + "/sparql")
    sw.setQuery(queries.get("meetings-between").bind({"a": "Q61053", "b": "Q3052772"}))
    sw.setReturnFormat(JSON)
    values = [b["value"]["value"] for b in sw.query().convert()["results"]["bindings"]]
    assert values == ["2023-01", "2023-06-07", "2023-10"]


@pytest.mark.parametrize("sparql, reason", [
    ("INSERT DATA { GRAPH <urn:x> { <urn:a> <urn:b> <urn:c> } }", "read-only"),
    ("PREFIX ex: <urn:x#> DELETE WHERE { GRAPH ?g { ?s ?p ?o } }", "read-only"),
    ("DROP ALL", "read-only"),
    ("LOAD <http://example.org/data.ttl>", "LOAD"),
    ("LOAD <http://example.org/data.ttl> INTO GRAPH <urn:g>", "LOAD"),
    ("SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }", "SERVICE"),
    ("SELECT * FROM <file:///etc/passwd> WHERE { ?s ?p ?o }", "file"),
])
def test_updates_load_and_service_are_refused_with_a_clear_error(server, base, sparql, reason):
    before = triples_in_store(base)
    encoded = urllib.parse.urlencode({"query": sparql})
    attempts = [
        http(server, "/sparql?" + encoded),
        http(server, "/sparql", data=encoded.encode(), headers={"Content-Type": "application/x-www-form-urlencoded"}),
        http(server, "/sparql", data=sparql.encode(), headers={"Content-Type": "application/sparql-query"}),
        http(server, "/sparql", data=urllib.parse.urlencode({"update": sparql}).encode(),
             headers={"Content-Type": "application/x-www-form-urlencoded"}),
        http(server, "/sparql", data=sparql.encode(), headers={"Content-Type": "application/sparql-update"}),
    ]
    for status, headers, body in attempts[:3]:
        assert status == 400 and reason in body.decode(), body
        assert headers["Content-Type"].startswith("text/plain")
    for status, _, body in attempts[3:]:
        assert status == 400 and "read-only" in body.decode()
    assert triples_in_store(base) == before


def test_sparqlwrapper_update_is_refused(server, base):
    from SPARQLWrapper import POST, SPARQLWrapper
    from SPARQLWrapper.SPARQLExceptions import QueryBadFormed

    before = triples_in_store(base)
    sw = SPARQLWrapper(server.url + "/sparql")
    sw.setMethod(POST)
    sw.setQuery("INSERT DATA { GRAPH <urn:x> { <urn:a> <urn:b> <urn:c> } }")
    with pytest.raises(QueryBadFormed, match="read-only"):
        sw.query()
    assert triples_in_store(base) == before


def test_protocol_errors(server):
    assert http(server, "/sparql")[0] == 400
    assert http(server, "/nothing")[0] == 404
    status, _, body = http(server, "/sparql?" + urllib.parse.urlencode({"query": "SELEKT * WHERE {}"}))
    assert status == 400 and b"SPARQL" in body
    status, _, body = http(server, "/sparql?" + urllib.parse.urlencode({"query": COUNT}),
                           headers={"Accept": "image/png"})
    assert status == 406
    status, _, _ = http(server, "/sparql?" + urllib.parse.urlencode({"query": COUNT, "default-graph-uri": "urn:x"}))
    assert status == 400
    status, _, _ = http(server, "/sparql", data=b"x", headers={"Content-Type": "application/pdf"})
    assert status == 415


def test_accept_header_negotiation_with_quality_values(server):
    q = "/sparql?" + urllib.parse.urlencode({"query": EVENTS})
    status, headers, body = http(server, q, headers={"Accept": "application/json;q=0.2, text/csv"})
    assert status == 200 and headers["Content-Type"].startswith("text/csv") and body.startswith(b"e,d\r\n")
    status, headers, _ = http(server, q, headers={"Accept": "*/*"})
    assert headers["Content-Type"].startswith("application/sparql-results+json")
    c = "/sparql?" + urllib.parse.urlencode({"query": "CONSTRUCT { ?s a ?o } WHERE { GRAPH ?g { ?s a ?o } }"})
    status, headers, body = http(server, c, headers={"Accept": "application/ld+json"})
    assert status == 200 and headers["Content-Type"].startswith("application/ld+json") and json.loads(body)


def test_result_limit_truncates_and_says_so(base):
    with SPARQLServer(base, "127.0.0.1", 0, limit=3) as small:
        status, headers, body = http(small, "/sparql?" + urllib.parse.urlencode({"query": EVENTS}))
    assert status == 200 and headers.get("X-KB-Truncated") == "true"
    assert len(json.loads(body)["results"]["bindings"]) == 3


def test_a_slow_query_times_out(base):
    cross = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"  # 500^3 rows, produced lazily
    with SPARQLServer(base, "127.0.0.1", 0, timeout=0.3, limit=10 ** 9) as slow:
        started = time.monotonic()
        status, _, body = http(slow, "/sparql?" + urllib.parse.urlencode({"query": cross}))
        assert status == 503 and b"timed out" in body
        assert time.monotonic() - started < 5
        ok = http(slow, "/sparql?" + urllib.parse.urlencode({"query": COUNT}))  # still answers
        assert ok[0] == 200


def test_timeline_page_at_the_root(server):
    status, headers, body = http(server, "/")
    assert status == 200 and headers["Content-Type"].startswith("text/html")
    page = body.decode("utf-8")
    assert "<title>Fixture KB</title>" in page and "Bundeskanzler Olaf Scholz" in page


def test_kb_serve_command_in_a_subprocess(tmp_path):
    """The real command: ``kb --store DIR serve --port 0``, then SPARQLWrapper, then stop it."""
    pytest.importorskip("kb.store")
    store_dir = tmp_path / "kb"
    fixture_store(str(store_dir)).close()
    env = dict(os.environ, PYTHONPATH=os.getcwd() + os.pathsep + os.environ.get("PYTHONPATH", ""))
    proc = subprocess.Popen([sys.executable, "-c", "from kb.cli import main; main()", "--store", str(store_dir),
                             "serve", "--port", "0"], stderr=subprocess.PIPE, text=True, env=env)
    try:
        line = ""
        deadline = time.monotonic() + 30
        while "endpoint at" not in line and time.monotonic() < deadline:
            line = proc.stderr.readline()
            if not line and proc.poll() is not None:
                break
        assert "endpoint at http://127.0.0.1:" in line, line
        url = line.split("endpoint at ", 1)[1].split()[0].rstrip(",")
        from SPARQLWrapper import JSON, SPARQLWrapper

        sw = SPARQLWrapper(url)
        sw.setQuery("SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { GRAPH ?g { ?e kb:sourceDocument ?d ; kb:eventType ?t } }")
        sw.setReturnFormat(JSON)
        assert sw.query().convert()["results"]["bindings"][0]["n"]["value"] == "7"
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def test_exports_through_the_endpoint_equal_the_embedded_ones(server, base):
    """kb's remote store over this endpoint: the SPARQL-only code path of the exporters."""
    from kb import exporters
    from kb.store import Store

    remote = Store(server.url + "/sparql", read_only=True)
    try:
        for fmt in ("json", "csv", "trig", "ics", "html"):
            assert exporters.export(remote, fmt) == exporters.export(base.store, fmt), fmt
        assert KnowledgeBase(remote).records(actor="Q6279") == KnowledgeBase(base.store).records(actor="Q6279")
    finally:
        remote.close()


def test_only_loopback_host_names_are_answered(server):
    q = "/sparql?" + urllib.parse.urlencode({"query": COUNT})
    assert http(server, q, headers={"Host": "localhost"})[0] == 200
    status, _, body = http(server, q, headers={"Host": "evil.example.org"})  # DNS rebinding
    assert status == 421 and b"127.0.0.1" in body


def test_cors_is_off_unless_asked_for(server, base):
    q = "/sparql?" + urllib.parse.urlencode({"query": COUNT})
    assert "Access-Control-Allow-Origin" not in http(server, q)[1]
    with SPARQLServer(base, "127.0.0.1", 0, cors="https://yasgui.example.org") as open_server:
        assert http(open_server, q)[1]["Access-Control-Allow-Origin"] == "https://yasgui.example.org"


def test_a_browser_at_the_endpoint_gets_a_query_form(server):
    status, headers, body = http(server, "/sparql", headers={"Accept": "text/html,application/xhtml+xml"})
    assert status == 200 and headers["Content-Type"].startswith("text/html") and b"<form" in body
