"""RemoteStore against real SPARQL servers (Oxigraph server and Virtuoso on 127.0.0.1).

``.ci/services.sh start`` starts both and exports ``KB_TEST_OXIGRAPH_URL`` and
``KB_TEST_VIRTUOSO_URL``; without them the server tests skip (local quick runs).
"""

from __future__ import annotations

import datetime as _dt
import os
import socket
import uuid

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.compare import isomorphic

from kb import synthetic
from kb.errors import QueryError, StoreError
from kb.rdf import index as idx
from kb.remote import RemoteStore, Rows, endpoints

XSD = "http://www.w3.org/2001/XMLSchema#"
SEM = "http://semanticweb.cs.vu.nl/2009/11/sem/"
SERVERS = {
    "oxigraph": "KB_TEST_OXIGRAPH_URL",
    "virtuoso": "KB_TEST_VIRTUOSO_URL",
}


@pytest.fixture(params=sorted(SERVERS))
def remote(request):
    var = SERVERS[request.param]
    url = os.environ.get(var)
    if not url:
        pytest.skip(f"${var} is not set: start the servers with `eval \"$(bash .ci/services.sh start)\"`")
    store = RemoteStore(url)
    prefix = "t" + uuid.uuid4().hex[:8]
    store.test_prefix = prefix
    yield store
    for g in store.graphs():
        if f"/{prefix}-" in g:
            store.delete_graph(g)


def _docs(store, events):
    return list(synthetic.document_graphs(events, prefix=store.test_prefix, seed=3))


def _count(store, graph_iri):
    return store.count_triples(str(graph_iri))


def test_endpoint_layouts():
    assert endpoints("http://h:7878/") == ("http://h:7878/query", "http://h:7878/update", "http://h:7878/store")
    assert endpoints("http://h:7878/query")[1] == "http://h:7878/update"
    assert endpoints("http://h:8890/sparql") == ("http://h:8890/sparql", "http://h:8890/sparql",
                                                 "http://h:8890/sparql-graph-crud")
    assert endpoints("http://h:8890/sparql-auth")[2] == "http://h:8890/sparql-graph-crud-auth"
    assert endpoints("http://h:3030/ds/sparql", gsp_url="http://h:3030/ds/data")[2] == "http://h:3030/ds/data"


def test_bad_url_and_unreachable_server():
    with pytest.raises(StoreError, match="not an http"):
        RemoteStore("ftp://example.org/sparql")
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()  # nothing listens there now
    store = RemoteStore(f"http://127.0.0.1:{port}/sparql", timeout=5)
    with pytest.raises(StoreError, match="cannot reach"):
        store.query("ASK { ?s ?p ?o }")


def test_guard_runs_before_any_request():
    store = RemoteStore("http://127.0.0.1:9/sparql")  # never contacted
    with pytest.raises(QueryError, match="SERVICE"):
        store.query("SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }")
    with pytest.raises(QueryError, match="LOAD"):
        store.query("LOAD <file:///etc/passwd>", update=True)
    with pytest.raises(StoreError, match="read-only"):
        RemoteStore("http://127.0.0.1:9/sparql", read_only=True).update("CLEAR ALL")


def test_put_graph_round_trip(remote):
    docs = _docs(remote, 40)
    for graph_iri, graph in docs:
        assert remote.put_graph(graph_iri, graph) == len(graph)
    for graph_iri, graph in docs[:3]:
        assert isomorphic(remote.get_graph(str(graph_iri)), graph)
    ids = [d for d in remote.documents() if d.startswith(remote.test_prefix)]
    assert len(ids) == len(docs)
    assert sum(_count(remote, g) for g, _ in docs) == sum(len(g) for _, g in docs)


def test_put_replaces_the_whole_graph(remote):
    (graph_iri, graph), = _docs(remote, 3)[:1]
    remote.put_graph(graph_iri, graph)
    smaller = Graph(identifier=graph_iri)
    for t in list(graph)[:5]:
        smaller.add(t)
    remote.put_graph(graph_iri, smaller)
    assert _count(remote, graph_iri) == 5
    remote.delete_graph(str(graph_iri))
    assert _count(remote, graph_iri) == 0
    remote.delete_graph(str(graph_iri))  # absent: no error


def test_large_document_graph_in_one_request(remote):
    """Virtuoso refuses INSERT DATA over ~1,000 triples; one GSP PUT of 5,000 works on both."""
    graph_iri = URIRef(f"https://w3id.org/kb/id/graph/{remote.test_prefix}-big")
    g = Graph(identifier=graph_iri)
    for i in range(5000):
        g.add((URIRef(f"https://w3id.org/kb/id/doc/{remote.test_prefix}-big#char={i},{i + 1}"),
               URIRef("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#beginIndex"), Literal(i)))
    remote.put_graph(graph_iri, g)
    assert _count(remote, graph_iri) == 5000


def test_a_rejected_put_leaves_the_old_graph(remote):
    (graph_iri, graph), = _docs(remote, 2)[:1]
    remote.put_graph(graph_iri, graph)
    before = _count(remote, graph_iri)
    good = graph.serialize(format="nt", encoding="utf-8")
    broken = good + b"<https://x/s> <https://x/p> \"unterminated .\n" + good
    url = remote.gsp_url + "?graph=" + str(graph_iri)
    with pytest.raises(Exception):
        remote._request(url, data=broken, method="PUT", headers={"Content-Type": "application/n-triples"})
    assert _count(remote, graph_iri) == before


def test_unicode_literals_survive(remote):
    graph_iri = URIRef(f"https://w3id.org/kb/id/graph/{remote.test_prefix}-uni")
    texts = ["مرحبا بالعالم", "שלום", "Zoë \"quoted\" \\ back\nslash", "emoji 🗳️ and 中文", "\u202eRTL override"]
    g = Graph(identifier=graph_iri)
    for i, t in enumerate(texts):
        g.add((URIRef(f"https://w3id.org/kb/id/doc/{remote.test_prefix}-uni#s{i}"),
               URIRef("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#anchorOf"), Literal(t, lang="de")))
    remote.put_graph(graph_iri, g)
    back = remote.get_graph(str(graph_iri))
    assert sorted(str(o) for o in back.objects()) == sorted(texts)


def test_query_forms(remote):
    docs = _docs(remote, 6)
    for graph_iri, graph in docs:
        remote.put_graph(graph_iri, graph)
    g0 = str(docs[0][0])
    rows = remote.query(f"SELECT ?s ?p ?o WHERE {{ GRAPH <{g0}> {{ ?s ?p ?o }} }} ORDER BY ?s ?p ?o LIMIT 3")
    assert isinstance(rows, Rows) and rows.vars == ["s", "p", "o"] and len(rows) == 3
    assert rows.to_json()["head"]["vars"] == ["s", "p", "o"]
    assert remote.query(f"ASK {{ GRAPH <{g0}> {{ ?s ?p ?o }} }}") is True
    built = remote.query(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{g0}> {{ ?s ?p ?o }} }}")
    assert len(built) == len(docs[0][1])
    with pytest.raises(QueryError, match="update"):
        remote.query(f"DELETE WHERE {{ GRAPH <{g0}> {{ ?s ?p ?o }} }}")
    remote.query(f"DELETE WHERE {{ GRAPH <{g0}> {{ ?s ?p ?o }} }}", update=True)
    assert _count(remote, g0) == 0
    with pytest.raises(QueryError, match="SPARQL syntax error"):  # the guard's parser, before any request
        remote.query("SELECT ?x WHERE { ?x ")


def test_indexed_timeline_and_pair_count_match_plain_queries(remote):
    docs = _docs(remote, 300)
    for graph_iri, graph in docs:
        remote.put_graph(graph_iri, graph)
    scope = f'FILTER(STRSTARTS(STR(?g), "https://w3id.org/kb/id/graph/{remote.test_prefix}-"))'
    actor = "http://www.wikidata.org/entity/Q100000"
    since, until = _dt.date(2000, 1, 1), _dt.date(2020, 12, 31)
    plain = remote.select(
        "SELECT ?e ?b ?l WHERE { GRAPH ?g { ?e <http://semanticweb.cs.vu.nl/2009/11/sem/hasActor> "
        f"<{actor}> ; <http://semanticweb.cs.vu.nl/2009/11/sem/hasEarliestBeginTimeStamp> ?b ; "
        "<http://semanticweb.cs.vu.nl/2009/11/sem/hasLatestEndTimeStamp> ?l . "
        f'FILTER(<{XSD}date>(?b) <= "{until}"^^<{XSD}date> && '
        f'<{XSD}date>(?l) >= "{since}"^^<{XSD}date>) }} {scope} }} ORDER BY ?b ?l ?e LIMIT 10')
    assert plain, "the synthetic KB gives the most frequent actor events in 20 years"
    fast = idx.timeline_events(remote.select, [actor], since, until, 10)
    assert [r[0] for r in fast] == [r[0] for r in plain]
    # without a limit (whole years by their year keys, a UNION with the period keys), and with the
    # stored rows read by the same lookups; the server may hold other tests' graphs: compare ours
    ours = f"/{remote.test_prefix}-"
    plain_all = remote.select(
        "SELECT ?e WHERE { GRAPH ?g { ?e <http://semanticweb.cs.vu.nl/2009/11/sem/hasActor> "
        f"<{actor}> ; <http://semanticweb.cs.vu.nl/2009/11/sem/hasEarliestBeginTimeStamp> ?b ; "
        "<http://semanticweb.cs.vu.nl/2009/11/sem/hasLatestEndTimeStamp> ?l . "
        f'FILTER(<{XSD}date>(?b) <= "{until}"^^<{XSD}date> && '
        f'<{XSD}date>(?l) >= "{since}"^^<{XSD}date>) }} {scope} }}')
    texts: dict[str, list[str]] = {}
    every = [r[0] for r in idx.timeline_events(remote.select, [actor], since, until, None, records=texts)
             if ours in r[0]]
    assert len(plain_all) > 10 and sorted(every) == sorted(r[0] for r in plain_all)
    assert all(len(texts[e]) == 1 and texts[e][0].startswith("{") for e in every)
    a, b = actor, "http://www.wikidata.org/entity/Q100001"
    plain_n = remote.select(
        f"SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE {{ GRAPH ?g {{ ?e <{SEM}hasActor> <{a}> . ?e <{SEM}hasActor> <{b}> . "
        f"?e a <https://w3id.org/kb/ns#Meeting> }} {scope} }}")[0][0]
    fast_n = remote.select(idx.pair_count_query(a, b, "https://w3id.org/kb/ns#Meeting").replace(
        "}\n}", "}\n" + scope + "}"))[0][0]
    assert fast_n == plain_n


def test_validate_on_the_server(remote):
    docs = _docs(remote, 30)
    broken_iri, broken = docs[2]
    event = sorted(broken.subjects(URIRef("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"),
                                   URIRef(SEM + "Event")))[0]
    broken.remove((event, URIRef("https://w3id.org/kb/ns#eventType"), None))
    for graph_iri, graph in docs:
        remote.put_graph(graph_iri, graph)
    found = [v for v in remote.validate() if v.graph and f"/{remote.test_prefix}-" in v.graph]
    assert found and {v.graph for v in found} == {str(broken_iri)}
    assert any(v.focus == str(event) for v in found)


def test_prefixes_are_predeclared(remote):
    (graph_iri, graph), = _docs(remote, 1)[:1]
    remote.put_graph(graph_iri, graph)
    rows = remote.query(f"SELECT (COUNT(?e) AS ?n) WHERE {{ GRAPH <{graph_iri}> {{ ?e a sem:Event }} }}")
    assert int(rows[0]["n"]) == 1
    # Queries without GRAPH see the union of the graphs, as with the embedded store.
    assert remote.query(f"ASK {{ ?e kb:sourceDocument ?d FILTER(STRSTARTS(STR(?e), '{str(graph_iri).replace('/graph/', '/doc/')}')) }}")


def test_ingest_through_the_pipeline_and_cli(remote, tmp_path):
    pytest.importorskip("kb.events")
    from click.testing import CliRunner

    from kb.cli import main

    record = {"id": f"{remote.test_prefix}-article", "lang": "en", "published": "2023-03-14",
              "text": "Chancellor Olaf Scholz will travel to Paris on Thursday to meet President "
                      "Emmanuel Macron, the government said on Tuesday."}
    path = tmp_path / "article.json"
    import json

    path.write_text(json.dumps(record), encoding="utf-8")
    result = CliRunner().invoke(main, ["--store", remote.url, "ingest", "-q", str(path)])
    assert result.exit_code == 0, result.output
    assert record["id"] in remote.documents()
    assert remote.count_triples(f"https://w3id.org/kb/id/graph/{record['id']}") > 10
    again = CliRunner().invoke(main, ["--store", remote.url, "ingest", "-q", str(path)])
    assert again.exit_code == 0, again.output
    assert remote.documents().count(record["id"]) == 1
