"""Event records read from a store: what every exporter formats.

A *report* is one event as one document tells it (``kbr:doc/X/event/e1``);
an *event* groups the reports that the store's cross-document merge linked to
one canonical event (``kb:reportedBy``), or stands alone. Exports are one row
per event by default and one row per report with ``mentions=True``.

The store is anything with ``query(sparql)`` returning row mappings (see
:class:`kb.store.Store`), so exports work on an embedded or a remote store.
Filter values are validated and bound as IRIs or typed literals here; no raw
user text reaches the SPARQL string.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from ..errors import InputError
from ..model import EVENT_TYPES

__all__ = ["Event", "Report", "Selection", "collect", "group_reports"]

KB = "https://w3id.org/kb/ns#"
WD = "http://www.wikidata.org/entity/"
CANONICAL_GRAPH = "https://w3id.org/kb/id/graph/_canonical"

PREFIXES = """PREFIX kb: <https://w3id.org/kb/ns#>
PREFIX sem: <http://semanticweb.cs.vu.nl/2009/11/sem/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX gaf: <http://groundedannotationframework.org/gaf#>
PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
"""

# kb:eventType values a type filter also accepts (the kb: class hierarchy).
SUBTYPES = {"Visit": ("StateVisit",), "Election": ("ReElection",)}

# Role properties, most specific first: a winner is also written as candidate.
ROLES = (("winner", "winner"), ("loser", "loser"), ("visitor", "guest"), ("host", "host"),
         ("speaker", "speaker"), ("signatory", "signatory"), ("aggressor", "aggressor"),
         ("target", "target"), ("candidate", "candidate"), ("participant", "participant"))

_IRI_OK = re.compile(r"^[a-z][a-z0-9+.-]*:[^\s<>\"{}|\\^`]*$", re.I)
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def iri_term(iri: str) -> str:
    """``<iri>`` after checking it cannot break out of the brackets."""
    if not _IRI_OK.match(iri):
        raise InputError(f"not a usable IRI: {iri!r}")
    return f"<{iri}>"


def date_term(day: str) -> str:
    """An ``xsd:date`` literal from an ISO day (already validated by the caller)."""
    if not _DAY.match(day):
        raise InputError(f"date {day!r} must be YYYY-MM-DD")
    return f'"{day}"^^xsd:date'


@dataclass
class Selection:
    """Which events to export. Actors and places are full IRIs (resolve names
    first, e.g. with :meth:`kb.api.KnowledgeBase.resolve_actor`); a place also
    matches events in a city of that country (``kb:country``). ``since`` and
    ``until`` are ISO days (overlap with the window); ``source`` matches a
    document id or the start of its source URL."""

    actors: list[str] = field(default_factory=list)
    types: list[str] = field(default_factory=list)
    places: list[str] = field(default_factory=list)
    since: str | None = None
    until: str | None = None
    source: str | None = None

    def patterns(self) -> str:
        """Graph patterns (inside ``GRAPH ?g``) restricting ``?event``."""
        out = []
        if self.actors:
            values = " ".join(iri_term(a) for a in self.actors)
            out.append(f"FILTER EXISTS {{ ?event sem:hasActor ?_actor . VALUES ?_actor {{ {values} }} }}")
        if self.types:
            names = []
            for t in self.types:
                if t not in EVENT_TYPES:
                    raise InputError(f"unknown event type {t!r}; choose from {', '.join(EVENT_TYPES)}")
                names += [t, *SUBTYPES.get(t, ())]
            out.append("VALUES ?type { " + " ".join(f'"{n}"' for n in dict.fromkeys(names)) + " }")
        if self.places:
            values = " ".join(iri_term(p) for p in self.places)
            out.append("FILTER EXISTS { ?event sem:hasPlace ?_p . "
                       f"{{ VALUES ?_p {{ {values} }} }} UNION "
                       f"{{ ?_p kb:country ?_c . VALUES ?_c {{ {values} }} }} }}")
        if self.since or self.until:
            out.append("?event sem:hasEarliestBeginTimeStamp ?_lo ; sem:hasLatestEndTimeStamp ?_hi .")
            if self.until:
                out.append(f"FILTER(?_lo <= {date_term(self.until)})")
            if self.since:
                out.append(f"FILTER(?_hi >= {date_term(self.since)})")
        return "\n    ".join(out)

    def keeps(self, report: "Report") -> bool:
        """The filters SPARQL does not apply (the source match)."""
        if not self.source:
            return True
        return report.doc_id == self.source or (report.source or "").startswith(self.source)


@dataclass
class Agent:
    """A participant or place of a report."""

    iri: str
    name: str  # English label, else any label, else the IRI's last segment
    label: str  # label in the document's language (what the text calls it)
    role: str | None = None

    @property
    def qid(self) -> str | None:
        return self.iri[len(WD):] if self.iri.startswith(WD) else None

    def as_dict(self) -> dict[str, Any]:
        d = {"name": self.name, "label": self.label, "qid": self.qid, "iri": self.iri}
        if self.role is not None:
            d["role"] = self.role
        return d


@dataclass
class Report:
    """One event as one document reports it."""

    iri: str
    doc_id: str
    doc_iri: str
    type: str
    status: str
    label: str
    value: str | None = None
    earliest: str | None = None
    latest: str | None = None
    granularity: str | None = None
    date_text: str | None = None
    uncertain: bool = False
    hypothetical: bool = False
    negated: bool = False
    participants: list[Agent] = field(default_factory=list)
    place: Agent | None = None
    evidence: str = ""
    evidence_iri: str | None = None
    evidence_start: int | None = None
    evidence_end: int | None = None
    source: str | None = None
    title: str | None = None
    published: str | None = None
    lang: str | None = None
    canonical: str | None = None

    @property
    def local_id(self) -> str:
        return self.iri.rsplit("/", 1)[-1]


@dataclass
class Event:
    """An event: the reports of one canonical event (or a single report).

    Its date bounds are the canonical ones (the intersection of the reports'
    bounds) when the store merged it; ``conflict`` is set when those bounds
    contradict each other. The other fields come from the first report."""

    iri: str
    reports: list[Report]
    earliest: str | None = None
    latest: str | None = None
    conflict: bool = False

    @property
    def lead(self) -> Report:
        return self.reports[-1]

    def __getattr__(self, name: str):  # the lead report's fields
        if name.startswith("__") or name == "reports":
            raise AttributeError(name)
        return getattr(self.lead, name)

    @property
    def sources(self) -> list[str]:
        return list(dict.fromkeys(r.source or r.doc_id for r in self.reports))


class _Text(str):
    """A literal's lexical form with its language tag (``""`` for none)."""

    language: str = ""


def select(store, sparql: str) -> list[dict]:
    """SELECT rows as dicts of plain strings (literals as :class:`_Text` with ``.language``).

    On the embedded store this reads pyoxigraph's terms directly: building rdflib
    terms for every cell costs more than the query itself on large exports.
    """
    ox_store = getattr(store, "oxigraph", None)
    if ox_store is None:
        out = []
        for row in store.query(sparql):
            d = {}
            for k in row.keys() if hasattr(row, "keys") else row.asdict():
                v = row.get(k)
                if v is not None:
                    t = _Text(str(v))
                    t.language = getattr(v, "language", None) or ""
                    d[k] = t
            out.append(d)
        return out
    from ..rdf.namespaces import PREFIXES as KB_PREFIXES

    result = ox_store.query(sparql, prefixes=KB_PREFIXES, use_default_graph_as_union=True)
    names = [v.value for v in result.variables]
    out = []
    for sol in result:
        d = {}
        for k in names:
            term = sol[k]
            if term is not None:
                t = _Text(term.value)
                t.language = getattr(term, "language", None) or ""
                d[k] = t
        out.append(d)
    return out


def _s(row, key: str) -> str | None:
    v = row.get(key)
    return None if v is None else str(v)


def _truthy(v: str | None) -> bool:
    return v in ("true", "1")


def collect(store, selection: Selection | None = None) -> list[Report]:
    """The reports the selection picks, in timeline order (undated last)."""
    sel = selection or Selection()
    where = sel.patterns()
    core = f"""{PREFIXES}
SELECT ?event ?doc ?type ?status ?label ?value ?earliest ?latest ?gran ?dateText ?uncertain
       ?hypo ?neg ?ev ?evidence ?evs ?eve ?doc_id ?source ?title ?published ?lang ?canon WHERE {{
  GRAPH ?g {{
    ?event kb:sourceDocument ?doc ; kb:eventType ?type .
    {where}
    OPTIONAL {{ ?event kb:status ?status }}
    OPTIONAL {{ ?event rdfs:label ?label }}
    OPTIONAL {{ ?event kb:dateValue ?value }}
    OPTIONAL {{ ?event sem:hasEarliestBeginTimeStamp ?earliest }}
    OPTIONAL {{ ?event sem:hasLatestEndTimeStamp ?latest }}
    OPTIONAL {{ ?event kb:granularity ?gran }}
    OPTIONAL {{ ?event kb:dateText ?dateText }}
    OPTIONAL {{ ?event kb:dateUncertain ?uncertain }}
    OPTIONAL {{ ?event kb:hypothetical ?hypo }}
    OPTIONAL {{ ?event kb:negated ?neg }}
    OPTIONAL {{ ?event gaf:denotedBy ?ev . ?ev nif:anchorOf ?evidence ;
                nif:beginIndex ?evs ; nif:endIndex ?eve }}
    OPTIONAL {{ ?doc dcterms:identifier ?doc_id }}
    OPTIONAL {{ ?doc dcterms:source ?source }}
    OPTIONAL {{ ?doc dcterms:title ?title }}
    OPTIONAL {{ ?doc dcterms:issued ?published }}
    OPTIONAL {{ ?doc dcterms:language ?lang }}
  }}
  OPTIONAL {{ GRAPH <{CANONICAL_GRAPH}> {{ ?canon kb:reportedBy ?event }} }}
}}"""
    reports: dict[str, Report] = {}
    for r in select(store, core):
        iri = _s(r, "event")
        if iri in reports:  # a second label or evidence: keep the first
            continue
        gran = _s(r, "gran")
        evs, eve = _s(r, "evs"), _s(r, "eve")
        reports[iri] = Report(
            iri=iri, doc_iri=_s(r, "doc"), doc_id=_s(r, "doc_id") or _s(r, "doc").rsplit("/", 1)[-1],
            type=_s(r, "type"), status=_s(r, "status") or "", label=_s(r, "label") or _s(r, "type"),
            value=_s(r, "value"), earliest=_s(r, "earliest"), latest=_s(r, "latest"),
            granularity=gran.rsplit("#", 1)[-1].removeprefix("unit").lower() if gran else None,
            date_text=_s(r, "dateText"), uncertain=_truthy(_s(r, "uncertain")),
            hypothetical=_truthy(_s(r, "hypo")), negated=_truthy(_s(r, "neg")),
            evidence=_s(r, "evidence") or "", evidence_iri=_s(r, "ev"),
            evidence_start=int(evs) if evs else None, evidence_end=int(eve) if eve else None,
            source=_s(r, "source"), title=_s(r, "title"), published=_s(r, "published"),
            lang=_s(r, "lang"), canonical=_s(r, "canon"))
    if not reports:
        return []
    _add_agents(store, where, reports)
    kept = [r for r in reports.values() if sel.keeps(r)]
    return sorted(kept, key=_order)


def _order(r: Report) -> tuple:
    return (r.earliest is None, r.earliest or "", r.latest or "", r.type, r.iri)


def _add_agents(store, where: str, reports: dict[str, Report]) -> None:
    roles = " ".join(f"kb:{p}" for p, _ in ROLES)
    q = f"""{PREFIXES}
SELECT ?event ?kind ?agent ?role ?label WHERE {{
  GRAPH ?g {{
    ?event kb:sourceDocument ?doc ; kb:eventType ?type .
    {where}
    {{ ?event sem:hasActor ?agent . BIND("actor" AS ?kind)
       OPTIONAL {{ ?event ?role ?agent . VALUES ?role {{ {roles} }} }} }}
    UNION {{ ?event sem:hasPlace ?agent . BIND("place" AS ?kind) }}
    OPTIONAL {{ ?agent rdfs:label ?label }}
  }}
}}"""
    found: dict[tuple[str, str, str], dict[str, Any]] = {}
    for r in select(store, q):
        event = _s(r, "event")
        if event not in reports:
            continue
        key = (event, _s(r, "kind"), _s(r, "agent"))
        entry = found.setdefault(key, {"roles": set(), "labels": {}})
        role = _s(r, "role")
        if role:
            entry["roles"].add(role.rsplit("#", 1)[-1])
        label = r.get("label")
        if label is not None:
            entry["labels"].setdefault(label.language, set()).add(str(label))
    for (event, kind, agent_iri), entry in sorted(found.items()):
        report = reports[event]
        labels = entry["labels"]

        def pick(*langs: str) -> str | None:
            for lang in langs:
                if labels.get(lang):
                    return sorted(labels[lang])[0]
            return None

        anything = sorted(min(v) for v in labels.values())
        fallback = anything[0] if anything else agent_iri.rstrip("/").rsplit("/", 1)[-1]
        name = pick("en", "") or fallback
        label = pick(report.lang or "", "en", "") or fallback
        if kind == "place":
            report.place = Agent(agent_iri, name, label)
        else:
            role = next((r for p, r in ROLES if p in entry["roles"]), "participant")
            report.participants.append(Agent(agent_iri, name, label, role))
    for report in reports.values():
        report.participants.sort(key=lambda a: (a.name, a.iri))


def group_reports(store, reports: list[Report]) -> list[Event]:
    """Events from reports: those of one canonical event together, with its bounds."""
    groups: dict[str, list[Report]] = {}
    for r in reports:
        groups.setdefault(r.canonical or r.iri, []).append(r)
    bounds: dict[str, tuple[str | None, str | None, bool]] = {}
    canon = [k for k, v in groups.items() if v[0].canonical]
    if canon:
        values = " ".join(iri_term(c) for c in canon)
        q = f"""{PREFIXES}
SELECT ?canon ?lo ?hi ?conflict WHERE {{
  GRAPH <{CANONICAL_GRAPH}> {{
    VALUES ?canon {{ {values} }}
    OPTIONAL {{ ?canon sem:hasEarliestBeginTimeStamp ?lo }}
    OPTIONAL {{ ?canon sem:hasLatestEndTimeStamp ?hi }}
    OPTIONAL {{ ?canon kb:conflict ?conflict }}
  }}
}}"""
        for r in select(store, q):
            bounds[_s(r, "canon")] = (_s(r, "lo"), _s(r, "hi"), _truthy(_s(r, "conflict")))
    events = []
    for key, reps in groups.items():
        reps.sort(key=lambda r: (r.published is None, r.published or "", r.iri))
        lo, hi, conflict = bounds.get(key, (reps[0].earliest, reps[0].latest, False))
        if conflict:
            lo = hi = None
        events.append(Event(key, reps, lo, hi, conflict))
    events.sort(key=lambda e: (e.earliest is None, e.earliest or "", e.latest or "", e.type, e.iri))
    return events
