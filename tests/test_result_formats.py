"""SPARQL results as the standards write them (kb.results: pyoxigraph's serialisers), read back
by standard parsers: rdflib's result parsers for ``kb query --format``, SPARQLWrapper against
``kb serve`` on 127.0.0.1; the row limit, the deadline and the form/format errors."""

from __future__ import annotations

import io
import time

import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from rdflib import BNode, Dataset, Graph, Variable
from rdflib.compare import isomorphic
from rdflib.query import Result

from kb.cli import main
from kb.errors import QueryError
from kb.results import FORMS, check_format, serialize_result
from kb.store import Store

EX = "http://example.org/rf/"
XSD = "http://www.w3.org/2001/XMLSchema#"
SELECT = f"SELECT ?s ?o ?extra WHERE {{ GRAPH ?g {{ ?s <{EX}says> ?o }} OPTIONAL {{ ?s <{EX}nothing> ?extra }} }} ORDER BY ?s ?o"
CONSTRUCT = f"CONSTRUCT {{ ?s <{EX}says> ?o }} WHERE {{ GRAPH ?g {{ ?s <{EX}says> ?o }} }}"

# Values a writer can get wrong: commas, quotes, tabs, line breaks, a language tag, types, a blank node.
OBJECTS = [
    ox.Literal('Sie sagte: "Nein, danke."\nZweite Zeile'),
    ox.Literal("a\tb, c", language="de"),
    ox.Literal("42", datatype=ox.NamedNode(XSD + "integer")),
    ox.Literal("2024-05-14", datatype=ox.NamedNode(XSD + "date")),
    ox.NamedNode(EX + "target?x=1&y=2"),
    ox.BlankNode("b0"),
]


@pytest.fixture(scope="module")
def store_path(tmp_path_factory):
    path = tmp_path_factory.mktemp("rf") / "kb"
    store = Store(str(path))
    store.oxigraph.bulk_extend([ox.Quad(ox.NamedNode(f"{EX}s{i}"), ox.NamedNode(EX + "says"), o,
                                        ox.NamedNode(EX + "graph")) for i, o in enumerate(OBJECTS)])
    store.close()
    return str(path)


def expected_rows(store_path):
    with Store(store_path, read_only=True) as store:
        rows = store.query(SELECT)
        return [(r["s"], r["o"]) for r in rows]


def run(store_path, *args):
    return CliRunner().invoke(main, ["--store", store_path, "query", *args])


def cell(row, name: str):
    return row.get(Variable(name))


def same_term(a, b) -> bool:
    if isinstance(a, BNode):
        return isinstance(b, BNode)
    return a == b


@pytest.mark.parametrize("fmt", ["json", "xml", "tsv"])
def test_select_round_trips_through_rdflibs_result_parsers(store_path, fmt):
    r = run(store_path, "--format", fmt, SELECT)
    assert r.exit_code == 0, r.output
    parsed = Result.parse(io.BytesIO(r.stdout_bytes), format=fmt)
    assert [str(v) for v in parsed.vars] == ["s", "o", "extra"]
    got = [(cell(row, "s"), cell(row, "o")) for row in parsed.bindings]
    want = expected_rows(store_path)
    assert len(got) == len(want) == len(OBJECTS)
    assert all(same_term(g[0], w[0]) and same_term(g[1], w[1]) for g, w in zip(got, want))
    assert all(cell(row, "extra") is None for row in parsed.bindings)  # unbound stays unbound


def test_select_csv_has_crlf_rows_and_round_trips_as_text(store_path):
    r = run(store_path, "--format", "csv", SELECT)
    assert r.exit_code == 0, r.output
    body = r.stdout_bytes
    assert body.startswith(b"s,o,extra\r\n") and body.endswith(b"\r\n")
    parsed = Result.parse(io.BytesIO(body), format="csv")  # CSV keeps lexical forms only
    got = [(str(cell(row, "s")), str(cell(row, "o"))) for row in parsed.bindings]
    want = expected_rows(store_path)
    assert [g[0] for g in got] == [str(w[0]) for w in want]
    assert [g[1] for g in got if not g[1].startswith("_:")] == [str(w[1]) for w in want
                                                                  if not isinstance(w[1], BNode)]


def test_tsv_is_sparql_tsv(store_path):
    body = run(store_path, "--format", "tsv", SELECT).stdout_bytes.decode("utf-8")
    lines = body.split("\n")
    assert lines[0] == "?s\t?o\t?extra"
    assert len([line for line in lines[1:] if line]) == len(OBJECTS)  # line breaks inside terms escaped
    assert '"a\\tb, c"@de' in body and f'"2024-05-14"^^<{XSD}date>' in body


@pytest.mark.parametrize("fmt, rdflib_format, quads", [
    ("turtle", "turtle", False), ("ntriples", "nt", False), ("rdfxml", "xml", False),
    ("jsonld", "json-ld", False), ("trig", "trig", True), ("nquads", "nquads", True)])
def test_construct_round_trips_in_every_rdf_format(store_path, fmt, rdflib_format, quads):
    with Store(store_path, read_only=True) as store:
        want = store.query(CONSTRUCT)
    r = run(store_path, "--format", fmt, CONSTRUCT)
    assert r.exit_code == 0, r.output
    if quads:
        ds = Dataset()
        ds.parse(data=r.stdout_bytes, format=rdflib_format)
        got = Graph()
        for s, p, o, _ in ds.quads((None, None, None, None)):
            got.add((s, p, o))
    else:
        got = Graph().parse(data=r.stdout_bytes, format=rdflib_format)
    assert len(got) == len(OBJECTS) and isomorphic(got, want)


def test_construct_defaults_to_turtle_and_ask_to_true_false(store_path):
    r = run(store_path, CONSTRUCT)
    assert r.exit_code == 0 and len(Graph().parse(data=r.stdout_bytes, format="turtle")) == len(OBJECTS)
    assert run(store_path, f"ASK {{ GRAPH ?g {{ ?s <{EX}says> ?o }} }}").output.strip() == "true"
    for fmt in ("json", "xml"):
        r = run(store_path, "--format", fmt, f"ASK {{ GRAPH ?g {{ ?s <{EX}nothing> ?o }} }}")
        assert Result.parse(io.BytesIO(r.stdout_bytes), format=fmt).askAnswer is False


@pytest.mark.parametrize("query, fmt, says", [
    (CONSTRUCT, "csv", "a CONSTRUCT/DESCRIBE query gives a graph, not csv"),
    (CONSTRUCT, "json", "not json: use turtle"),
    (CONSTRUCT, "table", "not a table"),
    (SELECT, "turtle", "a SELECT query gives solutions, not turtle: use json, xml, csv or tsv"),
    (f"ASK {{ ?s <{EX}says> ?o }}", "csv", "an ASK query gives true or false, not csv: use json or xml"),
])
def test_a_format_that_does_not_fit_the_query_form_is_one_clear_line(store_path, query, fmt, says):
    r = run(store_path, "--format", fmt, query)
    assert r.exit_code == 2
    assert says in r.output and r.output.count("\n") == 1 and "Traceback" not in r.output


def test_the_form_is_checked_with_timeout_and_named_queries_too(store_path):
    r = run(store_path, "--timeout", "20", "--format", "csv", SELECT)
    assert r.exit_code == 0 and r.stdout_bytes.startswith(b"s,o,extra\r\n")
    assert run(store_path, "--timeout", "20", "--format", "turtle", SELECT).exit_code == 2
    r = run(store_path, "--named", "meetings-per-year", "--format", "turtle")
    assert r.exit_code == 2 and "gives solutions" in r.output


def test_limit_and_deadline_hold_while_the_serialiser_writes():
    store = ox.Store()
    store.bulk_extend([ox.Quad(ox.NamedNode(f"{EX}n{i}"), ox.NamedNode(EX + "p"), ox.Literal(f"line\n{i}"))
                       for i in range(5000)])
    q = "SELECT ?s ?o WHERE { ?s ?p ?o }"
    for fmt in FORMS["select"]:
        out = serialize_result(store.query(q), fmt, limit=7)
        assert out.truncated
        assert len(list(Result.parse(io.BytesIO(out.body), format=fmt).bindings)) == 7
        whole = serialize_result(store.query(q), fmt, limit=5000)
        assert not whole.truncated and len(list(Result.parse(io.BytesIO(whole.body), format=fmt).bindings)) == 5000
    out = serialize_result(store.query("CONSTRUCT WHERE { ?s ?p ?o }"), "turtle", limit=3)
    assert out.truncated and len(Graph().parse(data=out.body, format="turtle")) == 3
    from kb.querypool import QueryCancelled

    with pytest.raises(QueryCancelled):
        serialize_result(store.query(q), "csv", limit=None, deadline=time.monotonic() - 1)


def test_check_format_names_what_fits():
    check_format("graph", "trig")
    with pytest.raises(QueryError, match="use json or xml"):
        check_format("ask", "tsv")


@pytest.mark.server
def test_sparqlwrapper_reads_every_format_from_kb_serve(store_path):
    from SPARQLWrapper import CSV, JSON, JSONLD, N3, RDFXML, TSV, TURTLE, XML, SPARQLWrapper

    from kb.server import SPARQLServer

    want = expected_rows(store_path)
    with SPARQLServer(store_path, "127.0.0.1", 0, timeout=10, workers=1, limit=4) as srv:
        sw = SPARQLWrapper(srv.url + "/sparql")
        sw.setQuery(SELECT)
        for fmt, name in ((JSON, "json"), (XML, "xml"), (CSV, "csv"), (TSV, "tsv")):
            sw.setReturnFormat(fmt)
            response = sw.query()
            assert response.info().get("x-kb-truncated") == "true"  # the server's limit of 4 rows
            body = response.response.read()
            rows = list(Result.parse(io.BytesIO(body), format=name).bindings)
            assert [str(cell(r, "s")) for r in rows] == [str(s) for s, _ in want[:4]]
            if name == "csv":
                assert body.startswith(b"s,o,extra\r\n")
        sw.setQuery(f"CONSTRUCT {{ ?s <{EX}says> ?o }} WHERE {{ GRAPH ?g {{ ?s <{EX}says> ?o }} "
                    f"FILTER(isLiteral(?o)) }}")
        for fmt, rdflib_format in ((TURTLE, "turtle"), (RDFXML, "xml"), (JSONLD, "json-ld"), (N3, "turtle")):
            sw.setReturnFormat(fmt)
            got = sw.queryAndConvert()
            if not isinstance(got, Graph):
                got = Graph().parse(data=got, format=rdflib_format)
            assert len(got) == 4


def test_what_a_remote_store_answers_is_written_by_the_same_serialisers(store_path):
    """A remote store gives kb's Rows, a bool or an rdflib Graph: the same bytes come out."""
    from kb.results import serialize_rdflib

    with Store(store_path, read_only=True) as store:
        for fmt in ("json", "xml", "csv", "tsv"):
            direct = store.query_serialized(SELECT, fmt)
            via = serialize_rdflib(store.query(SELECT), fmt)
            assert Result.parse(io.BytesIO(via.body), format=fmt).bindings[:2] != [] and \
                len(Result.parse(io.BytesIO(via.body), format=fmt).bindings) == \
                len(Result.parse(io.BytesIO(direct.body), format=fmt).bindings)
        cut = serialize_rdflib(store.query(SELECT), "csv", limit=2)
        assert cut.truncated and cut.body.count(b"\r\n") == 3
        assert serialize_rdflib(True, "json").body == b'{"head":{},"boolean":true}'
        graph = serialize_rdflib(store.query(CONSTRUCT), "turtle", limit=4)
        assert graph.truncated and len(Graph().parse(data=graph.body, format="turtle")) == 4
