"""Cross-document merging: one canonical event for the reports of several documents.

Two per-document events are taken to report the same real-world event when

- their types are the same or one refines the other (Visit/StateVisit,
  Election/ReElection); only types that name one occurrence are merged
  (statements and announcements are many and alike, so they are never merged);
- they share at least one linked (Wikidata) actor;
- their places, when both have one, are the same or lie in the same country;
- their date bounds overlap or lie at most ``tolerance_days`` apart;
- they come from different documents (a document's events are distinct).

Negated, hypothetical and undated events are left out. Clustering is greedy,
narrowest dates first, so a precise report anchors the vaguer ones.

Each cluster reported by two or more documents becomes a ``kb:CanonicalEvent``
in graph ``kbr:graph/_canonical`` linking every report (``kb:reportedBy``).
Its bounds are the intersection of the reports' bounds; when that is empty the
event gets ``kb:conflict true`` and no bounds: the disagreement is shown, not
resolved. :func:`merge` recomputes the whole graph (idempotent);
:func:`unmerge` drops it, leaving the documents' graphs untouched.
"""

from __future__ import annotations

import datetime as _dt
from collections import defaultdict
from dataclasses import dataclass, field

from rdflib import Graph, Literal, URIRef

from kb.errors import ShapeViolation
from kb.eventtypes import TYPES
from kb.rdf import iri
from kb.rdf.namespaces import KB, KBR, RDF, RDFS, SEM, TIME, XSD, bind_prefixes
from kb.rdf.validate import validate_graph

__all__ = ["MERGEABLE_TYPES", "CanonicalEvent", "MergeReport", "Report", "merge", "unmerge"]

# Type -> family; only these types are merged. The family's first member is
# the broader type, the canonical event takes the most specific type reported.
_FAMILIES = {t.name: (t.family, 1 if t.parent else 0) for t in TYPES.values() if t.mergeable}
MERGEABLE_TYPES = tuple(_FAMILIES)

_WD = "http://www.wikidata.org/entity/"
_ROLES = ("visitor", "host", "participant", "speaker", "candidate", "winner", "loser",
          "signatory", "aggressor", "target")


@dataclass
class Report:
    """One per-document event as the merger sees it."""

    event: str
    doc_id: str
    type: str
    earliest: _dt.date
    latest: _dt.date
    actors: set[str] = field(default_factory=set)
    places: set[str] = field(default_factory=set)
    roles: set[tuple[str, str]] = field(default_factory=set)  # (role property, actor)
    # actor IRI -> the key that names the same actor in every document (see _actor_keys)
    keys: dict[str, str] = field(default_factory=dict)

    @property
    def linked_actors(self) -> set[str]:
        """The actors that can be recognised in other documents: by their KB-wide id."""
        return {self.keys[a] for a in self.actors if a in self.keys}


@dataclass
class CanonicalEvent:
    """A merged event: its reports, and their common bounds (None on conflict)."""

    iri: str
    type: str
    reports: list[Report]
    earliest: _dt.date | None
    latest: _dt.date | None
    conflict: bool

    @property
    def documents(self) -> list[str]:
        return sorted({r.doc_id for r in self.reports})


@dataclass
class MergeReport:
    """What :func:`merge` did."""

    considered: int  # dated events that could be merged
    canonical: list[CanonicalEvent]

    @property
    def conflicts(self) -> list[CanonicalEvent]:
        return [c for c in self.canonical if c.conflict]

    @property
    def merged_reports(self) -> int:
        return sum(len(c.reports) for c in self.canonical)

    def __str__(self) -> str:
        return (f"{len(self.canonical)} canonical events from {self.merged_reports} reports "
                f"({self.considered} dated events considered), {len(self.conflicts)} with conflicting dates")


class _Cluster:
    def __init__(self, first: Report):
        self.reports = [first]
        self.low, self.high = first.earliest, first.latest  # intersection (low > high: empty)
        self.hull = (first.earliest, first.latest)

    @property
    def docs(self) -> set[str]:
        return {r.doc_id for r in self.reports}

    @property
    def conflict(self) -> bool:
        return self.low > self.high

    def span(self) -> tuple[_dt.date, _dt.date]:
        return self.hull if self.conflict else (self.low, self.high)

    def add(self, r: Report) -> None:
        self.reports.append(r)
        self.low, self.high = max(self.low, r.earliest), min(self.high, r.latest)
        self.hull = (min(self.hull[0], r.earliest), max(self.hull[1], r.latest))


def merge(store, *, tolerance_days: int = 7) -> MergeReport:
    """Merge the reports of the same events across documents (see module docs).

    Replaces graph ``kbr:graph/_canonical`` in one transaction. Raises
    :class:`kb.errors.StoreError` on a read-only store.
    """
    reports = _reports(store)
    countries = _countries(store)
    clusters = _cluster(reports, countries, _dt.timedelta(days=tolerance_days))
    canonical = [_canonical(c) for c in clusters if len(c.docs) >= 2]
    graph = _graph(store, canonical)
    conforms, report = validate_graph(graph)
    if not conforms:  # a bug in the merger, never the user's data
        raise ShapeViolation("the canonical events violate the shapes; nothing merged", report)
    store.put_graph(iri.CANONICAL_GRAPH, graph)
    return MergeReport(considered=len(reports), canonical=canonical)


def unmerge(store) -> bool:
    """Drop the canonical graph; True if there was one. The documents stay as they are."""
    existed = str(iri.CANONICAL_GRAPH) in store.graphs()
    store.delete_graph(str(iri.CANONICAL_GRAPH))  # not a SPARQL update: that drops the timeline rows
    return existed


# -- reading the store ---------------------------------------------------------------

def _reports(store) -> list[Report]:
    canonical = str(iri.CANONICAL_GRAPH)
    types = ", ".join(f'"{t}"' for t in MERGEABLE_TYPES)
    rows = store.query(f"""SELECT ?e ?d ?t ?b ?l WHERE {{
        GRAPH ?g {{
            ?e kb:sourceDocument ?d ; kb:eventType ?t ;
               sem:hasEarliestBeginTimeStamp ?b ; sem:hasLatestEndTimeStamp ?l .
            FILTER NOT EXISTS {{ ?e kb:negated true }}
            FILTER NOT EXISTS {{ ?e kb:hypothetical true }}
        }}
        FILTER (?g != <{canonical}> && ?t IN ({types}))
    }}""")
    by_iri: dict[str, Report] = {}
    for r in rows:
        b, l = _date(r["b"]), _date(r["l"])
        doc_id = iri.doc_id_of(str(r["d"]))
        if b is None or l is None or b > l or doc_id is None:
            continue
        by_iri[str(r["e"])] = Report(str(r["e"]), doc_id, str(r["t"]), b, l)
    roles = ", ".join(f"kb:{x}" for x in _ROLES)
    for r in store.query(f"""SELECT ?e ?p ?a WHERE {{
            GRAPH ?g {{ ?e kb:sourceDocument ?d ; ?p ?a . FILTER (?p IN (sem:hasActor, sem:hasPlace, {roles})) }}
            FILTER (?g != <{canonical}>) }}"""):
        rep = by_iri.get(str(r["e"]))
        if rep is None:
            continue
        p, a = str(r["p"]), str(r["a"])
        if p == str(SEM.hasActor):
            rep.actors.add(a)
        elif p == str(SEM.hasPlace):
            rep.places.add(a)
        else:
            rep.roles.add((p, a))
    keys = _actor_keys(store)
    for rep in by_iri.values():
        rep.keys = {a: keys[a] for a in rep.actors if a in keys}
    return sorted(by_iri.values(), key=lambda r: (r.latest - r.earliest, r.earliest, r.event))


def _actor_keys(store) -> dict[str, str]:
    """Actor IRI -> a key that is the same for the same actor in every document.

    A Wikidata entity or a gazetteer entity (``kbr:entity/...``) is its own key,
    with or without a QID. A person found only in the text has an IRI scoped to
    its document; a full name (two words or more) is the same person in another
    document, so its key is the normalised name. A single word ("Miller") is not.
    """
    from kb.actors import normalise

    local = f"{KBR}doc/"
    keys: dict[str, str] = {}
    for r in store.query(f"""SELECT DISTINCT ?a ?l ?person WHERE {{
            GRAPH ?g {{ ?e kb:sourceDocument ?d ; sem:hasActor ?a .
                        OPTIONAL {{ ?a rdfs:label ?l }} OPTIONAL {{ ?a a ?person . FILTER (?person = kb:Person) }} }}
            FILTER (?g != <{iri.CANONICAL_GRAPH}>) }}"""):
        actor = str(r["a"])
        if actor.startswith(_WD) or actor.startswith(f"{KBR}entity/"):
            keys[actor] = actor
        elif actor.startswith(local) and r.get("l") is not None and r.get("person") is not None:
            name = normalise(str(r.get("l")))
            if len(name.split()) >= 2:
                keys[actor] = f"name:{name}"
    return keys


def _countries(store) -> dict[str, str]:
    """Place -> the country it lies in, as the documents' entity descriptions say."""
    return {str(r["p"]): str(r["c"]) for r in store.query(
        "SELECT DISTINCT ?p ?c WHERE { GRAPH ?g { ?e sem:hasPlace ?p } GRAPH ?h { ?p kb:country ?c } }")}


def _date(term) -> _dt.date | None:
    try:
        return _dt.date.fromisoformat(str(term)[:10])
    except ValueError:
        return None


# -- clustering ----------------------------------------------------------------------

def _places_compatible(a: set[str], b: set[str], countries: dict[str, str]) -> bool:
    if not a or not b:
        return True

    def area(p: str) -> set[str]:
        return {p, countries[p]} if p in countries else {p}

    return any(area(x) & area(y) for x in a for y in b)


def _gap(span: tuple[_dt.date, _dt.date], r: Report) -> _dt.timedelta:
    """Days between two intervals (zero when they overlap)."""
    return max(_dt.timedelta(0), r.earliest - span[1], span[0] - r.latest)


def _cluster(reports: list[Report], countries: dict[str, str], tolerance: _dt.timedelta) -> list[_Cluster]:
    clusters: list[_Cluster] = []
    by_key: dict[tuple[str, str], list[_Cluster]] = defaultdict(list)  # (family, actor) -> clusters
    for r in reports:
        family = _FAMILIES[r.type][0]
        best, best_key = None, None
        seen: set[int] = set()
        for actor in r.linked_actors:
            for c in by_key[(family, actor)]:
                if id(c) in seen:
                    continue
                seen.add(id(c))
                if r.doc_id in c.docs:
                    continue
                places = set().union(*(x.places for x in c.reports))
                if not _places_compatible(r.places, places, countries):
                    continue
                gap = _gap(c.span(), r)
                if gap > tolerance:
                    continue
                shared = len(r.linked_actors & set().union(*(x.linked_actors for x in c.reports)))
                key = (gap, -shared)
                if best_key is None or key < best_key:
                    best, best_key = c, key
        if best is None:
            best = _Cluster(r)
            clusters.append(best)
        else:
            best.add(r)
        for actor in r.linked_actors:
            if best not in by_key[(family, actor)]:
                by_key[(family, actor)].append(best)
    return clusters


def _canonical(c: _Cluster) -> CanonicalEvent:
    reports = sorted(c.reports, key=lambda r: r.event)
    type_name = max((r.type for r in reports), key=lambda t: (_FAMILIES[t][1], t))
    node = iri.canonical_event("|".join(r.event for r in reports))
    if c.conflict:
        return CanonicalEvent(str(node), type_name, reports, None, None, True)
    return CanonicalEvent(str(node), type_name, reports, c.low, c.high, False)


# -- writing ---------------------------------------------------------------------------

def _graph(store, canonical: list[CanonicalEvent]) -> Graph:
    g = Graph(identifier=iri.CANONICAL_GRAPH)
    bind_prefixes(g)
    entities: set[str] = set()
    for c in canonical:
        node = URIRef(c.iri)
        for cls in (KB.CanonicalEvent, iri.type_class(c.type), SEM.Event):
            g.add((node, RDF.type, cls))
        g.add((node, KB.eventType, Literal(c.type)))
        actors = sorted(set().union(*(r.actors for r in c.reports)))
        g.add((node, RDFS.label, Literal(f"{c.type}: {len(c.reports)} reports")))
        for r in c.reports:
            g.add((node, KB.reportedBy, URIRef(r.event)))
            for p, a in r.roles:
                g.add((node, URIRef(p), URIRef(a)))
            for p in r.places:
                g.add((node, SEM.hasPlace, URIRef(p)))
                entities.add(p)
        for a in actors:
            g.add((node, SEM.hasActor, URIRef(a)))
            entities.add(a)
        if c.conflict:
            g.add((node, KB.conflict, Literal(True)))
            continue
        g.add((node, SEM.hasEarliestBeginTimeStamp, Literal(c.earliest, datatype=XSD.date)))
        g.add((node, SEM.hasLatestEndTimeStamp, Literal(c.latest, datatype=XSD.date)))
        if c.earliest == c.latest:
            g.add((node, KB.dateValue, Literal(c.earliest.isoformat())))
            g.add((node, KB.granularity, TIME.unitDay))
        else:
            g.add((node, KB.dateValue, Literal(f"{c.earliest.isoformat()}/{c.latest.isoformat()}")))
    _copy_entity_descriptions(store, g, sorted(entities))
    return g


def _copy_entity_descriptions(store, g: Graph, entities: list[str], chunk: int = 200) -> None:
    """Types and labels of the actors and places, so the canonical graph validates on its own."""
    canonical = str(iri.CANONICAL_GRAPH)
    for i in range(0, len(entities), chunk):
        values = " ".join(f"<{e}>" for e in entities[i:i + chunk])
        for r in store.query(f"""SELECT DISTINCT ?x ?p ?o WHERE {{
                VALUES ?x {{ {values} }}
                GRAPH ?g {{ ?x ?p ?o . FILTER (?p = rdf:type || ?p = rdfs:label) }}
                FILTER (?g != <{canonical}>) }}"""):
            g.add((URIRef(str(r["x"])), URIRef(str(r["p"])), r["o"]))
