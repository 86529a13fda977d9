"""Linked-data exports: framed JSON-LD and RDF dumps (Turtle, TriG, N-Quads).

The RDF dumps copy the named graphs of the documents that report a selected
event (every named graph when nothing is filtered), plus the canonical nodes
of the selected events, each through a ``CONSTRUCT`` per graph, so they work
against any SPARQL store. Turtle flattens the graphs into one. They hold the
data model only: kb's index triples (``kb:actorPeriod``, ``kb:actorPair``,
``kb:year``) are left out, and ``kb load`` adds them back.

JSON-LD is written as a tree in the shape of a frame (events, with their
actors, place, source document and evidence embedded) under a context that
maps every key to the vocabulary of ``docs/rdf-model.md``; expanding it gives
back the store's own triples (except ``schema:name``, the display name).
"""

from __future__ import annotations

import json
from typing import Any

from rdflib import Dataset, Graph, URIRef

from .records import CANONICAL_GRAPH, Event, Report, iri_term

__all__ = ["CONTEXT", "dataset", "trig_text", "write_jsonld", "write_nquads", "write_trig", "write_turtle"]

CONTEXT: dict[str, Any] = {
    "kb": "https://w3id.org/kb/ns#",
    "kbr": "https://w3id.org/kb/id/",
    "sem": "http://semanticweb.cs.vu.nl/2009/11/sem/",
    "time": "http://www.w3.org/2006/time#",
    "nif": "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#",
    "gaf": "http://groundedannotationframework.org/gaf#",
    "schema": "https://schema.org/",
    "dcterms": "http://purl.org/dc/terms/",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "wd": "http://www.wikidata.org/entity/",
    "id": "@id",
    "type": "@type",
    "label": "rdfs:label",
    "name": "schema:name",
    "eventType": "kb:eventType",
    "status": "kb:status",
    "dateValue": "kb:dateValue",
    "dateText": "kb:dateText",
    "earliest": {"@id": "sem:hasEarliestBeginTimeStamp", "@type": "xsd:date"},
    "latest": {"@id": "sem:hasLatestEndTimeStamp", "@type": "xsd:date"},
    "granularity": {"@id": "kb:granularity", "@type": "@id"},
    "actor": {"@id": "sem:hasActor", "@type": "@id", "@container": "@set"},
    "visitor": {"@id": "kb:visitor", "@type": "@id", "@container": "@set"},
    "host": {"@id": "kb:host", "@type": "@id", "@container": "@set"},
    "participant": {"@id": "kb:participant", "@type": "@id", "@container": "@set"},
    "speaker": {"@id": "kb:speaker", "@type": "@id", "@container": "@set"},
    "candidate": {"@id": "kb:candidate", "@type": "@id", "@container": "@set"},
    "winner": {"@id": "kb:winner", "@type": "@id", "@container": "@set"},
    "loser": {"@id": "kb:loser", "@type": "@id", "@container": "@set"},
    "signatory": {"@id": "kb:signatory", "@type": "@id", "@container": "@set"},
    "aggressor": {"@id": "kb:aggressor", "@type": "@id", "@container": "@set"},
    "target": {"@id": "kb:target", "@type": "@id", "@container": "@set"},
    "place": {"@id": "sem:hasPlace", "@type": "@id"},
    "reportedBy": {"@id": "kb:reportedBy", "@type": "@id", "@container": "@set"},
    "conflict": {"@id": "kb:conflict", "@type": "xsd:boolean"},
    "sourceDocument": {"@id": "kb:sourceDocument", "@type": "@id"},
    "denotedBy": {"@id": "gaf:denotedBy", "@type": "@id"},
    "anchorOf": "nif:anchorOf",
    "beginIndex": {"@id": "nif:beginIndex", "@type": "xsd:integer"},
    "endIndex": {"@id": "nif:endIndex", "@type": "xsd:integer"},
    "identifier": "dcterms:identifier",
    "issued": {"@id": "dcterms:issued", "@type": "xsd:date"},
    "source": "dcterms:source",
    "title": "dcterms:title",
    "language": "dcterms:language",
}

_UNITS = {"day": "time:unitDay", "week": "time:unitWeek", "month": "time:unitMonth",
          "quarter": "kb:unitQuarter", "year": "time:unitYear", "decade": "kb:unitDecade",
          "century": "kb:unitCentury"}
_ROLE_KEYS = {"guest": "visitor", "host": "host", "participant": "participant", "speaker": "speaker",
              "candidate": "candidate", "winner": "winner", "loser": "loser", "signatory": "signatory",
              "aggressor": "aggressor", "target": "target"}


def _compact(iri: str) -> str:
    for prefix in ("wd", "kbr"):
        ns = CONTEXT[prefix]
        if iri.startswith(ns) and "/" not in iri[len(ns):] and "#" not in iri[len(ns):]:
            return f"{prefix}:{iri[len(ns):]}"
    return iri


def _report_node(r: Report) -> dict[str, Any]:
    node: dict[str, Any] = {"id": _compact(r.iri), "type": [f"kb:{r.type}", "sem:Event"],
                            "label": r.label, "eventType": r.type}
    if r.status:
        node["status"] = r.status
    for key, value in (("dateValue", r.value), ("earliest", r.earliest), ("latest", r.latest),
                       ("dateText", r.date_text)):
        if value is not None:
            node[key] = value
    if r.granularity in _UNITS:
        node["granularity"] = _UNITS[r.granularity]
    for a in r.participants:
        key = _ROLE_KEYS.get(a.role or "participant", "participant")
        node.setdefault(key, []).append(_compact(a.iri))
    node["actor"] = [{"id": _compact(a.iri), "name": a.name} for a in r.participants]
    if r.place:
        node["place"] = {"id": _compact(r.place.iri), "name": r.place.name}
    doc: dict[str, Any] = {"id": _compact(r.doc_iri), "identifier": r.doc_id}
    for key, value in (("issued", r.published), ("source", r.source), ("title", r.title),
                       ("language", r.lang)):
        if value is not None:
            doc[key] = value
    node["sourceDocument"] = doc
    if r.evidence_iri:
        node["denotedBy"] = {"id": r.evidence_iri, "anchorOf": r.evidence,
                             "beginIndex": r.evidence_start, "endIndex": r.evidence_end}
    return node


def _event_node(e: Event) -> dict[str, Any]:
    if not e.lead.canonical:
        return _report_node(e.lead)
    node: dict[str, Any] = {"id": _compact(e.iri),
                            "type": ["kb:CanonicalEvent", f"kb:{e.lead.type}", "sem:Event"]}
    if e.conflict:
        node["conflict"] = True
    else:
        for key, value in (("earliest", e.earliest), ("latest", e.latest)):
            if value is not None:
                node[key] = value
    node["reportedBy"] = [_report_node(r) for r in e.reports]
    return node


def write_jsonld(request) -> str:
    """The selected events as framed JSON-LD (``@context`` + ``@graph``)."""
    body = {"@context": CONTEXT, "@graph": [_event_node(e) for e in request.events]}
    return json.dumps(body, ensure_ascii=False, indent=1) + "\n"


def _graph_names(store) -> list[str]:
    from ..review import REVIEW_PREFIX

    rows = store.query("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")
    # Review graphs are kb's bookkeeping (kb review export shares them): their corrections
    # are already applied to the document graphs this dump holds.
    return sorted(str(r["g"]) for r in rows if not str(r["g"]).startswith(REVIEW_PREFIX))


def dataset(request) -> Dataset:
    """The named graphs an RDF dump of ``request`` holds."""
    from ..rdf.namespaces import bind_prefixes

    sel = request.selection
    everything = not (sel.actors or sel.types or sel.places or sel.since or sel.until or sel.source)
    ds = Dataset()
    bind_prefixes(ds)
    if everything:
        names = _graph_names(request.store)
    else:
        names = sorted({r.doc_iri.replace("/id/doc/", "/id/graph/", 1) for r in request.reports})
    for name in names:
        g = request.store.query(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH {iri_term(name)} {{ ?s ?p ?o }} }}")
        _copy(g, ds.graph(URIRef(name)))
    if not everything:
        canon = sorted({r.canonical for r in request.reports if r.canonical})
        if canon:
            values = " ".join(iri_term(c) for c in canon)
            g = request.store.query(
                f"CONSTRUCT {{ ?c ?p ?o }} WHERE {{ GRAPH <{CANONICAL_GRAPH}> {{ "
                f"VALUES ?c {{ {values} }} ?c ?p ?o }} }}")
            _copy(g, ds.graph(URIRef(CANONICAL_GRAPH)))
    return ds


def _copy(source: Graph, target: Graph) -> None:
    """The triples of ``source`` into ``target``, without kb's index triples
    (``kb:actorPeriod``, ``kb:actorPair``, ``kb:year``: lookup keys, not data;
    ``kb load`` computes them again)."""
    from ..rdf.index import INDEX_PREDICATES

    for triple in source:
        if triple[1] not in INDEX_PREDICATES:
            target.add(triple)


def write_trig(request) -> str:
    """TriG: the selected named graphs."""
    return trig_text(dataset(request))


def trig_text(ds: Dataset) -> str:
    """``ds`` as TriG with the graphs in IRI order (equal datasets give equal files)."""
    from ..rdf.namespaces import bind_prefixes

    prefixes, bodies = set(), []
    for g in sorted(ds.graphs(), key=lambda g: str(g.identifier)):
        if not len(g):
            continue
        one = Dataset()
        bind_prefixes(one)
        _copy(g, one.graph(g.identifier))
        lines = one.serialize(format="trig").splitlines()
        prefixes.update(line for line in lines if line.startswith("@prefix"))
        bodies.append("\n".join(line for line in lines if not line.startswith("@prefix")).strip("\n"))
    return "\n".join(sorted(prefixes)) + "\n\n" + "\n\n".join(bodies) + "\n"


def write_nquads(request) -> str:
    """N-Quads, sorted so that equal KBs give equal files."""
    lines = dataset(request).serialize(format="nquads").splitlines()
    return "".join(line + "\n" for line in sorted(set(lines)) if line.strip())


def write_turtle(request) -> str:
    """Turtle: the selected graphs merged into one (graph names are lost)."""
    from ..rdf.namespaces import bind_prefixes

    g = Graph()
    bind_prefixes(g)
    for quad in dataset(request).quads((None, None, None, None)):
        g.add(quad[:3])
    return g.serialize(format="turtle")
