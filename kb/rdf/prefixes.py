"""kb's namespace IRIs and SPARQL prefixes as plain strings.

:mod:`kb.rdf.namespaces` builds rdflib namespaces from these; code that only
writes SPARQL text (the timeline, the store's query API) imports this module
and not rdflib.
"""

from __future__ import annotations

import re
from functools import lru_cache
from urllib.parse import quote, unquote

__all__ = ["DOC_PREFIX", "GRAPH_PREFIX", "KB", "KBR", "PREFIXES", "SEM", "WD", "doc_id_of", "sparql_prefixes"]

KB = "https://w3id.org/kb/ns#"
KBR = "https://w3id.org/kb/id/"
WD = "http://www.wikidata.org/entity/"
SEM = "http://semanticweb.cs.vu.nl/2009/11/sem/"
# where kb.rdf.iri mints document nodes (and their events, claims, ...) and named graphs
DOC_PREFIX = f"{KBR}doc/"
GRAPH_PREFIX = f"{KBR}graph/"

PREFIXES: dict[str, str] = {
    "kb": KB,
    "kbr": KBR,
    "sem": SEM,
    "time": "http://www.w3.org/2006/time#",
    "prov": "http://www.w3.org/ns/prov#",
    "nif": "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#",
    "gaf": "http://groundedannotationframework.org/gaf#",
    "itsrdf": "http://www.w3.org/2005/11/its/rdf#",
    "schema": "https://schema.org/",
    "dcterms": "http://purl.org/dc/terms/",
    "wd": WD,
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
}


def sparql_prefixes() -> str:
    """The ``PREFIX`` lines of every kb prefix, to put in front of a query.

    >>> "PREFIX kb: <https://w3id.org/kb/ns#>" in sparql_prefixes()
    True
    """
    return "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items())


@lru_cache(maxsize=4096)
def doc_segment(doc_id: str) -> str:
    """A document id as the path segment of its IRIs (:mod:`kb.rdf.iri`), percent-encoded.

    >>> doc_segment("a b/c"), doc_segment("_x")
    ('a%20b%2Fc', '%5Fx')
    """
    # cached: a document's graph names its document in every event, claim and mention IRI
    seg = quote(doc_id, safe="")
    # Graph names starting with "_" are kb's own (_canonical, _rejected).
    return "%5F" + seg[1:] if seg.startswith("_") else seg


def doc_id_of(iri: str) -> str | None:
    """The document id of a document, graph, event, claim, timex or mention IRI
    (those of :mod:`kb.rdf.iri`; ids are percent-encoded there).

    >>> doc_id_of("https://w3id.org/kb/id/graph/x%2F1")
    'x/1'
    >>> doc_id_of("https://w3id.org/kb/id/doc/x%2F1/event/e2")
    'x/1'
    >>> doc_id_of("https://w3id.org/kb/id/graph/_canonical") is None
    True
    """
    s = str(iri)
    for prefix in (GRAPH_PREFIX, DOC_PREFIX):
        if s.startswith(prefix):
            seg = re.split(r"[/#]", s[len(prefix):], maxsplit=1)[0]
            if prefix == GRAPH_PREFIX and seg.startswith("_"):
                return None  # kb's own graphs (_canonical, _rejected)
            return unquote(seg)
    return None
