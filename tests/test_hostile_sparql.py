"""User SPARQL and RDF cannot read local files or reach the network unless the user opts in."""

from __future__ import annotations

import pytest

from kb.errors import InputError, QueryError
from kb.sparqlguard import check_query, check_rdf_document

REFUSED = [
    "SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }",
    "select * where { service silent <https://example.org/q> { ?s ?p ?o } }",
    "PREFIX ex: <http://x/>\nSELECT * WHERE {\n  SeRvIcE ?endpoint { ?s ?p ?o } VALUES ?endpoint { <http://a/> } }",
    "LOAD <http://example.org/data.ttl>",
    "LOAD SILENT <file:///etc/passwd> INTO GRAPH <http://g>",
    "DEFINE get:soft \"replace\" SELECT * FROM <http://example.org/remote.rdf> WHERE { ?s ?p ?o }",
    "SELECT (bif:file_to_string('/etc/passwd') AS ?x) WHERE {}",
    "SELECT (<bif:file_to_string>('/etc/passwd') AS ?x) WHERE {}",
    "SELECT (sql:getfile('/etc/shadow') AS ?x) WHERE {}",
    "SELECT * FROM <file:///etc/passwd> WHERE { ?s ?p ?o }",
    "SELECT * WHERE { GRAPH <FILE:///home/user/.ssh/id_rsa> { ?s ?p ?o } }",
    "# a comment first\nSELECT * WHERE { ?s ?p ?o . SERVICE <http://x/> { ?s ?q ?r } }",
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
]


@pytest.mark.parametrize("sparql", REFUSED)
def test_refused_unless_opted_in(sparql):
    with pytest.raises(QueryError) as exc:
        check_query(sparql)
    assert "\n" not in str(exc.value) and "refused" in str(exc.value)
    check_query(sparql, allow_network=True)  # the user's explicit choice


@pytest.mark.parametrize("sparql", ALLOWED)
def test_harmless_queries_pass(sparql):
    check_query(sparql)


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
