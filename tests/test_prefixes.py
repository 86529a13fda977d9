"""kb.rdf.prefixes (plain strings, no rdflib) names the same IRIs as kb.rdf.namespaces."""

from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SDO, SKOS, TIME, XSD

from kb.rdf import namespaces as ns
from kb.rdf import prefixes


def test_plain_prefixes_are_the_namespaces():
    assert prefixes.PREFIXES == {
        "kb": str(ns.KB._NS), "kbr": str(ns.KBR), "sem": str(ns.SEM._NS), "time": str(TIME),
        "prov": str(PROV), "nif": str(ns.NIF._NS), "gaf": str(ns.GAF._NS), "itsrdf": str(ns.ITSRDF._NS),
        "schema": str(SDO), "dcterms": str(DCTERMS), "wd": str(ns.WD), "rdf": str(RDF), "rdfs": str(RDFS),
        "xsd": str(XSD), "owl": str(OWL), "skos": str(SKOS)}
    assert ns.sparql_prefixes() == prefixes.sparql_prefixes()
    assert "PREFIX kb: <https://w3id.org/kb/ns#>\n" in prefixes.sparql_prefixes()
