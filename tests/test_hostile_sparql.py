"""User SPARQL and RDF cannot read local files or reach the network unless the user opts in,
and no text can crash the parsers: the guard decides on the parsed query (kb.sparqlguard)."""

from __future__ import annotations

import pytest

from kb.errors import InputError, QueryError
from kb.sparqlguard import (MAX_NESTING, MAX_QUERY_BYTES, check_dataset, check_query, check_rdf_document,
                            prescan)

KB_GRAPH = "https://w3id.org/kb/id/graph/"

# Refused by default; the user may opt in (allow_network=True, --allow-network).
REFUSED = [
    "SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }",
    "select * where { service silent <https://example.org/q> { ?s ?p ?o } }",
    "PREFIX ex: <http://x/>\nSELECT * WHERE {\n  SeRvIcE ?endpoint { ?s ?p ?o } VALUES ?endpoint { <http://a/> } }",
    "LOAD <http://example.org/data.ttl>",
    "LOAD SILENT <file:///etc/passwd> INTO GRAPH <http://g>",
    "SELECT (<bif:file_to_string>('/etc/passwd') AS ?x) WHERE {}",
    "SELECT * FROM <file:///etc/passwd> WHERE { ?s ?p ?o }",
    "SELECT * WHERE { GRAPH <FILE:///home/user/.ssh/id_rsa> { ?s ?p ?o } }",
    "# a comment first\nSELECT * WHERE { ?s ?p ?o . SERVICE <http://x/> { ?s ?q ?r } }",
    # a line the old text check took for a comment: \# inside a prefixed name
    "PREFIX ex: <http://x/>\nSELECT * WHERE { ?s ex:a\\#b ?o .\nSERVICE <http://127.0.0.1:9/internal> { ?s ?p ?o } }",
    "PREFIX ex: <http://x/>\nSELECT * WHERE { ?s ex:a\\'b ?o .\nSERVICE <http://127.0.0.1:9/internal> { ?s ?p ?o } }",
    # escapes the parser undoes before it reads keywords and IRIs
    "SELECT * FROM <\\u0066ile:///etc/passwd> WHERE { ?s ?p ?o }",
    "SELECT * WHERE { \\u0053ERVICE <http://a/> { ?s ?p ?o } }",
    "PREFIX f: <file:///etc/>\nSELECT * WHERE { f:passwd ?p ?o }",
    "BASE <file:///etc/>\nSELECT * WHERE { <passwd> ?p ?o }",
    # a dataset outside the KB: some servers fetch such IRIs
    "SELECT (COUNT(*) AS ?n) FROM <http://nonexistent/graph> WHERE { ?s ?p ?o }",
    "SELECT * FROM NAMED <http://example.org/elsewhere> WHERE { GRAPH ?g { ?s ?p ?o } }",
    "PREFIX g: <http://example.org/>\nSELECT * FROM g:remote WHERE { ?s ?p ?o }",
    "DELETE { ?s ?p ?o } USING <http://example.org/g> WHERE { ?s ?p ?o }",
    "INSERT { ?s ?p ?o } USING NAMED <http://example.org/g> WHERE { GRAPH ?g { ?s ?p ?o } }",
    "WITH <http://example.org/g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }",
]

# Not SPARQL (or not resolvable): refused whatever the user allows.
NOT_SPARQL = [
    "DEFINE get:soft \"replace\" SELECT * FROM <http://example.org/remote.rdf> WHERE { ?s ?p ?o }",
    "SELECT (bif:file_to_string('/etc/passwd') AS ?x) WHERE {}",
    "SELECT (sql:getfile('/etc/shadow') AS ?x) WHERE {}",
    "SELECT * WHERE { ?s ?p ?o } ; DROP ALL",
    "SELECT * WHERE { ?s ?p ?o } LIMIT 1 INSERT DATA { <http://a> <http://b> <http://c> }",
    "",
]

ALLOWED = [
    "SELECT * WHERE { ?s ?p ?o } LIMIT 10",
    'SELECT * WHERE { ?s ?p "SERVICE <http://x/> LOAD <file:///etc/passwd>" }',
    "SELECT * WHERE { ?s ?p ?o } # SERVICE <http://x/> in a comment",
    "PREFIX svc: <http://example.org/service/>\nSELECT ?service ?load WHERE { ?service svc:load ?load }",
    "SELECT * WHERE { ?s <http://example.org/SERVICE> ?o }",
    "SELECT * WHERE { ?s ?p '''multi\nline SERVICE LOAD''' }",
    "PREFIX kb: <https://w3id.org/kb/ns#>\nSELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?e a kb:Meeting } }",
    "DELETE WHERE { GRAPH <https://w3id.org/kb/id/graph/x> { ?s ?p ?o } }",
    f"SELECT (COUNT(*) AS ?n) FROM <{KB_GRAPH}a> FROM NAMED <{KB_GRAPH}b> WHERE {{ ?s ?p ?o }}",
    f"WITH <{KB_GRAPH}a> DELETE {{ ?s ?p ?o }} WHERE {{ ?s ?p ?o }}",
    "SELECT * WHERE { ?s kb:visitor ?o }",  # kb's prefixes need no declaration
]


@pytest.mark.parametrize("sparql", REFUSED)
def test_refused_unless_opted_in(sparql):
    with pytest.raises(QueryError) as exc:
        check_query(sparql)
    assert "\n" not in str(exc.value) and "refused" in str(exc.value) and "--allow-network" in str(exc.value)
    check_query(sparql, allow_network=True)  # the user's explicit choice


@pytest.mark.parametrize("sparql", NOT_SPARQL)
def test_not_sparql_is_refused_always(sparql):
    for allow in (False, True):
        with pytest.raises(QueryError) as exc:
            check_query(sparql, allow_network=allow)
        assert "\n" not in str(exc.value)


@pytest.mark.parametrize("sparql", ALLOWED)
def test_harmless_queries_pass(sparql):
    check_query(sparql)


@pytest.mark.parametrize("sparql, form", [
    ("PREFIX ex: <http://x/>INSERT { ex:s ex:p ?o } WHERE { { SELECT ?o WHERE { ?s ?p ?o } LIMIT 1 } }", "update"),
    ("PREFIX ex: <http://x/>DELETE WHERE { ?s ex:p ?o }", "update"),
    ("BASE <http://x/>CLEAR ALL", "update"),
    ("# SELECT\nDROP SILENT GRAPH <https://w3id.org/kb/id/graph/x>", "update"),
    ("PREFIX insert: <http://x/>SELECT * WHERE { ?s insert:delete ?o }", "select"),
    ('ASK { ?s ?p "INSERT DATA" }', "ask"),
    ("CONSTRUCT WHERE { ?s ?p ?o }", "construct"),
    ("DESCRIBE <http://x/a>", "describe"),
])
def test_query_or_update_comes_from_the_parse(sparql, form):
    assert check_query(sparql).form == form


def test_dataset_of_a_query():
    checked = check_query(f"SELECT * FROM <{KB_GRAPH}a> FROM NAMED <{KB_GRAPH}b> WHERE {{ ?s ?p ?o }}")
    assert checked.default_graphs == (f"{KB_GRAPH}a",) and checked.named_graphs == (f"{KB_GRAPH}b",)
    assert checked.has_dataset and not check_query("SELECT * WHERE { ?s ?p ?o }").has_dataset


def test_protocol_dataset_parameters():
    check_dataset([f"{KB_GRAPH}a"], [f"{KB_GRAPH}b"])
    with pytest.raises(QueryError, match="default-graph-uri .*refused"):
        check_dataset(["http://example.org/g"], [])
    with pytest.raises(QueryError, match="named-graph-uri"):
        check_dataset([], ["file:///etc/passwd"])
    check_dataset(["http://example.org/g"], [], allow_network=True)
    with pytest.raises(QueryError, match="not an IRI"):
        check_dataset(["http://x/a> } SERVICE <http://y/"], [], allow_network=True)


# -- before the parser: size and nesting ---------------------------------------------

def test_deep_nesting_is_refused_before_any_parser():
    for opener, closer in (("{ ", "} "), ("( ", ") "), ("[ ?p ", "] ")):
        text = "SELECT * WHERE { ?s ?p " + opener * 4000 + "1 " + closer * 4000 + "}"
        with pytest.raises(QueryError, match=f"more than {MAX_NESTING} deep"):
            prescan(text)
        with pytest.raises(QueryError, match="deep"):
            check_query(text)


def test_16kb_of_nested_braces():
    text = "SELECT * WHERE " + "{ " * 4000 + "?s ?p ?o " + "} " * 4000
    assert 16_000 <= len(text) <= 17_000
    with pytest.raises(QueryError, match="deep"):
        check_query(text)


def test_nesting_between_the_scan_and_the_parser_limit_is_refused_too():
    text = "SELECT * WHERE " + "{ " * (MAX_NESTING - 2) + "?s ?p ?o " + "} " * (MAX_NESTING - 2)
    prescan(text)
    with pytest.raises(QueryError, match="nests too deeply"):
        check_query(text)


def test_brackets_in_strings_iris_and_comments_do_not_count():
    deep = "{" * 200
    prescan(f'SELECT * WHERE {{ ?s ?p "{deep}" }}')
    prescan(f"SELECT * WHERE {{ ?s ?p '''{deep}\n{deep}''' }} # {deep}")
    prescan(f"SELECT * WHERE {{ ?s ?p <http://x/{'(' * 200}> }}")


def test_stray_closers_cannot_hide_openers():
    text = "SELECT * WHERE { ?s ?p ?o FILTER(?o = \"x\") " + ")" * 500 + "{" * 100 + "}" * 100 + "}"
    with pytest.raises(QueryError, match="deep"):
        prescan(text)


def test_a_comment_sign_in_a_prefixed_name_does_not_hide_brackets():
    text = "PREFIX ex: <http://x/>\nSELECT * WHERE { ?s ex:a\\#b ?o " + "{" * 100 + "}" * 100 + " }"
    with pytest.raises(QueryError, match="deep"):
        prescan(text)


def test_size_limit():
    big = "SELECT * WHERE { ?s ?p ?o } #" + "x" * MAX_QUERY_BYTES
    with pytest.raises(QueryError, match="bytes; the limit"):
        check_query(big)
    prescan(big, max_bytes=None)  # kb's own long texts (VALUES of many events) are only depth-checked


def test_long_chains_in_one_group_are_refused():
    text = "SELECT * WHERE { ?s ?p ?o " + "MINUS { ?s ?p ?o } " * 600 + "}"
    assert len(text) < MAX_QUERY_BYTES
    with pytest.raises(QueryError, match="more than 500 patterns"):
        check_query(text)


def test_nul_and_non_text_are_refused():
    with pytest.raises(QueryError):
        check_query("SELECT * WHERE { ?s ?p ?o }\x00")
    with pytest.raises(QueryError):
        check_query(b"SELECT *")  # type: ignore[arg-type]


XXE = b"""<?xml version="1.0"?>
<!DOCTYPE rdf:RDF [ <!ENTITY secret SYSTEM "file:///etc/passwd"> ]>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:ex="http://example.org/">
  <rdf:Description rdf:about="http://example.org/s"><ex:p>&secret;</ex:p></rdf:Description>
</rdf:RDF>"""


def test_xml_external_entities_are_refused():
    with pytest.raises(InputError, match="external entities"):
        check_rdf_document(XXE, "xml")
    plain = XXE.replace(b'<!DOCTYPE rdf:RDF [ <!ENTITY secret SYSTEM "file:///etc/passwd"> ]>\n', b"")
    plain = plain.replace(b"&secret;", b"value")
    check_rdf_document(plain, "xml")


@pytest.mark.parametrize("doc", [
    '{"@context": "https://schema.org/", "@id": "http://x/a", "name": "A"}',
    '{"@context": ["http://example.org/ctx.jsonld", {"ex": "http://x/"}], "@id": "http://x/a"}',
    '{"@context": {"@import": "http://example.org/ctx.jsonld"}, "@id": "http://x/a"}',
    '{"@graph": [{"@context": "http://example.org/nested.jsonld", "@id": "http://x/a"}]}',
])
def test_remote_json_ld_contexts_are_refused(doc):
    with pytest.raises(InputError, match="remote context"):
        check_rdf_document(doc, "json-ld")
    check_rdf_document(doc, "json-ld", allow_network=True)


def test_inline_json_ld_context_passes():
    check_rdf_document('{"@context": {"ex": "http://example.org/"}, "@id": "http://x/a", "ex:p": "v"}', "jsonld")
