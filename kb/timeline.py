"""Timelines: the events of the KB ordered by date, one row per event.

The query filters and sorts only on the ``xsd:date`` bounds (DESIGN.md: engines
disagree on comparing ``xsd:gYearMonth`` with ``xsd:date``). Overlap with a
window [A, B] is ``earliest <= B && latest >= A``.
"""

from __future__ import annotations

import datetime as _dt
import itertools
import re
from dataclasses import asdict, dataclass

from .errors import InputError
from .model import EVENT_TYPES, SUBTYPES
from .rdf.namespaces import sparql_prefixes

__all__ = ["TIMELINE_COLUMNS", "Term", "TimelineRow", "build_query", "parse_bound", "rows_for_events",
           "rows_from_query"]

TIMELINE_COLUMNS = ("value", "earliest", "latest", "granularity", "type", "status",
                    "participants", "participant_qids", "place", "place_qid", "source",
                    "doc_id", "event", "evidence")



@dataclass
class TimelineRow:
    """One event of a timeline, flat and ready for tables and CSV."""

    value: str
    earliest: str
    latest: str
    granularity: str
    type: str
    status: str
    participants: str
    participant_qids: str
    place: str
    place_qid: str
    source: str
    doc_id: str
    event: str
    evidence: str

    def as_dict(self) -> dict[str, str]:
        return asdict(self)


def parse_bound(value: str | None, *, end: bool) -> str | None:
    """A ``--since``/``--until`` value (``2024``, ``2024-05``, ``2024-05-16``) as an ISO day.

    ``end`` picks the last day of a year or month.

    >>> parse_bound("2024-02", end=True), parse_bound("2022", end=False)
    ('2024-02-29', '2022-01-01')
    """
    if not value:
        return None
    m = re.fullmatch(r"(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?", value.strip())
    if not m:
        raise InputError(f"date {value!r} must be YYYY, YYYY-MM or YYYY-MM-DD")
    y, mo, d = int(m.group(1)), m.group(2), m.group(3)
    try:
        if d:
            day = _dt.date(y, int(mo), int(d))
        elif mo:
            first = _dt.date(y, int(mo), 1)
            nxt = _dt.date(y + (first.month == 12), first.month % 12 + 1, 1)
            day = (nxt - _dt.timedelta(days=1)) if end else first
        else:
            day = _dt.date(y, 12, 31) if end else _dt.date(y, 1, 1)
    except ValueError:
        raise InputError(f"date {value!r} is not a real calendar date") from None
    return day.isoformat()


def expand_types(types: list[str]) -> list[str]:
    """Type names with their sub-types (``Visit`` -> ``Visit``, ``StateVisit``), checked.

    >>> expand_types(["Visit", "Meeting"])
    ['Meeting', 'StateVisit', 'Visit']
    """
    for t in types:
        if t not in EVENT_TYPES:
            raise InputError(f"unknown event type {t!r}; choose from {', '.join(EVENT_TYPES)}")
    return sorted({t for t in types} | {sub for t in types for sub in SUBTYPES.get(t, ())})


def _literal(s: str) -> str:
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def build_query(*, actor_iris: list[str] | None = None, since: str | None = None,
                until: str | None = None, types: list[str] | None = None,
                limit: int | None = None, event_iris: list[str] | None = None) -> str:
    """The SPARQL SELECT for a timeline with the given filters.

    ``actor_iris`` are full IRIs; ``since``/``until`` ISO days; ``types`` event
    type names of :data:`kb.model.EVENT_TYPES` (a super-type includes its
    sub-types through the ``kb:`` class hierarchy). ``event_iris``, when given,
    are the events already selected (by :func:`kb.rdf.index.timeline_events`):
    the query then only fetches their rows, starting from them.
    """
    expand_types(types or [])
    where = ["?event kb:sourceDocument ?doc ; kb:eventType ?type ."]
    if event_iris is not None:
        # Oxigraph joins in the written order: the known events first keeps this cheap.
        where.insert(0, "VALUES ?event { " + " ".join(f"<{e}>" for e in event_iris) + " }")
        actor_iris = types = None
        since = until = None
    if actor_iris:
        where.append("?event sem:hasActor ?actor .")
        where.append("VALUES ?actor { " + " ".join(f"<{a}>" for a in actor_iris) + " }")
    if types:
        where.append("?event a ?cls .")
        where.append("VALUES ?cls { " + " ".join(f"kb:{t}" for t in expand_types(types)) + " }")
    bounds = ["OPTIONAL { ?event sem:hasEarliestBeginTimeStamp ?earliest }",
              "OPTIONAL { ?event sem:hasLatestEndTimeStamp ?latest }"]
    if since or until:
        bounds = ["?event sem:hasEarliestBeginTimeStamp ?earliest ; sem:hasLatestEndTimeStamp ?latest ."]
        if until:
            bounds.append(f'FILTER(xsd:date(?earliest) <= "{until}"^^xsd:date)')
        if since:
            bounds.append(f'FILTER(xsd:date(?latest) >= "{since}"^^xsd:date)')
    body = "\n    ".join(where + bounds + [
        "OPTIONAL { ?event kb:dateValue ?value }",
        "OPTIONAL { ?event kb:granularity ?gran }",
        "OPTIONAL { ?event kb:status ?status }",
        "OPTIONAL { ?doc dcterms:source ?source }",
        "OPTIONAL { ?doc dcterms:identifier ?doc_id }",
        "OPTIONAL { ?event gaf:denotedBy ?ev . ?ev nif:anchorOf ?evidence }",
        # English labels first; an entity without one (an unlinked "ein Regierungssprecher")
        # shows the label it has rather than its IRI. Each nested OPTIONAL repeats its outer
        # pattern: Oxigraph evaluates it without the outer bindings otherwise (35x slower at 1M
        # events, docs/benchmarks.md).
        "OPTIONAL { ?event sem:hasActor ?a ."
        " OPTIONAL { ?event sem:hasActor ?a . ?a rdfs:label ?alabel FILTER(lang(?alabel) = 'en' || lang(?alabel) = '') }"
        " OPTIONAL { ?event sem:hasActor ?a . ?a rdfs:label ?alabel2 FILTER(!BOUND(?alabel)) } }",
        "OPTIONAL { ?event sem:hasPlace ?p ."
        " OPTIONAL { ?event sem:hasPlace ?p . ?p rdfs:label ?plabel FILTER(lang(?plabel) = 'en' || lang(?plabel) = '') }"
        " OPTIONAL { ?event sem:hasPlace ?p . ?p rdfs:label ?plabel2 FILTER(!BOUND(?plabel)) } }",
    ])
    query = f"""{sparql_prefixes()}
SELECT ?event ?type ?value ?earliest ?latest ?gran ?status ?doc ?doc_id ?source ?evidence
       (GROUP_CONCAT(DISTINCT COALESCE(?alabel, ?alabel2, STR(?a)); separator="; ") AS ?participants)
       (GROUP_CONCAT(DISTINCT STR(?a); separator=" ") AS ?actors)
       (SAMPLE(COALESCE(?plabel, ?plabel2)) AS ?place) (SAMPLE(?p) AS ?place_iri)
WHERE {{
  GRAPH ?g {{
    {body}
  }}
}}
GROUP BY ?event ?type ?value ?earliest ?latest ?gran ?status ?doc ?doc_id ?source ?evidence
ORDER BY (!BOUND(?earliest)) ?earliest ?latest ?type ?event ?value ?gran ?status ?doc ?doc_id ?source ?evidence
"""
    if limit:
        query += f"LIMIT {int(limit)}\n"
    return query


def rows_from_query(rows) -> list[TimelineRow]:
    """:class:`TimelineRow` items from the rows of :func:`build_query` (``kb.store.Rows``)."""
    out = []
    for r in rows:
        def get(key: str) -> str:
            v = r.get(key)
            return "" if v is None else str(v)

        # GROUP_CONCAT has no order: sort, so the same KB always prints the same rows
        qids = " ".join(sorted(a.rsplit("/", 1)[-1] if "wikidata.org" in a else a
                               for a in get("actors").split()))
        place_iri = get("place_iri")
        out.append(TimelineRow(
            value=get("value"), earliest=get("earliest"), latest=get("latest"),
            granularity=_granularity(get("gran")), type=get("type"), status=get("status"),
            participants="; ".join(sorted(filter(None, get("participants").split("; ")))),
            participant_qids=qids, place=get("place"),
            place_qid=place_iri.rsplit("/", 1)[-1] if "wikidata.org" in place_iri else place_iri,
            source=get("source"), doc_id=get("doc_id"), event=get("event"), evidence=get("evidence")))
    return out


# -- rows of known events, assembled in Python ------------------------------------
#
# With the events already chosen (by the index), the query of build_query(event_iris=...)
# spends its time in nested OPTIONALs and GROUP BY (96 ms for 100 events at a million).
# Two flat lookups fetch the same triples (the events' own, then those of the documents,
# evidence strings, actors and places they point to, graph by graph), and the rows are
# put together here with the query's meaning: one row per distinct combination of the
# grouped values, actors and places aggregated, the same order and limit.
# tests/test_timeline.py checks that both give the same rows.

@dataclass(frozen=True)
class Term:
    """An RDF term as plain strings: ``kind`` is ``iri``, ``bnode`` or ``literal``."""

    value: str
    kind: str = "iri"
    lang: str = ""
    datatype: str = ""


_KB = "https://w3id.org/kb/ns#"
_SEM = "http://semanticweb.cs.vu.nl/2009/11/sem/"
_P = {"doc": _KB + "sourceDocument", "type": _KB + "eventType", "value": _KB + "dateValue",
      "earliest": _SEM + "hasEarliestBeginTimeStamp", "latest": _SEM + "hasLatestEndTimeStamp",
      "gran": _KB + "granularity", "status": _KB + "status",
      "ev": "http://groundedannotationframework.org/gaf#denotedBy", "a": _SEM + "hasActor",
      "p": _SEM + "hasPlace"}
_NODE_P = {"source": "http://purl.org/dc/terms/source", "doc_id": "http://purl.org/dc/terms/identifier",
           "evidence": "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#anchorOf",
           "label": "http://www.w3.org/2000/01/rdf-schema#label"}
_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


def _values_row(terms: list[Term]) -> str:
    return " ".join(f"<{t.value}>" if t.kind == "iri" else f"_:{t.value}" for t in terms)


def event_triples_query(event_iris: list[str]) -> str:
    """SELECT ``?g ?s ?p ?o``: the timeline's properties of the given events, in every graph."""
    events = " ".join(f"<{e}>" for e in event_iris)
    preds = " ".join(f"<{p}>" for p in _P.values())
    # The known terms first: Oxigraph joins in the written order.
    return f"SELECT ?g ?s ?p ?o WHERE {{ VALUES ?s {{ {events} }} VALUES ?p {{ {preds} }} GRAPH ?g {{ ?s ?p ?o }} }}"


def node_triples_query(nodes: list[tuple[str, Term]]) -> str:
    """SELECT ``?g ?s ?p ?o``: identifier, source, anchor text and labels of ``(graph, node)`` pairs."""
    pairs = " ".join(f"(<{g}> {_values_row([n])})" for g, n in nodes)
    preds = " ".join(f"<{p}>" for p in _NODE_P.values())
    return f"SELECT ?g ?s ?p ?o WHERE {{ VALUES (?g ?s) {{ {pairs} }} VALUES ?p {{ {preds} }} GRAPH ?g {{ ?s ?p ?o }} }}"


def _plain(t: Term | None) -> bool:
    # lang(?l) = '' holds for every literal without a language tag.
    return t is not None and t.kind == "literal" and not t.lang


def _date_key(t: Term | None):
    if t is None:
        return (-1, "")  # SPARQL orders unbound first
    try:
        return (0, _dt.date.fromisoformat(t.value).isoformat())
    except ValueError:
        return (0, t.value)


def rows_for_events(run, event_iris: list[str], limit: int | None = None) -> list[TimelineRow]:
    """The timeline rows of the given events, as ``build_query(event_iris=...)`` gives them.

    ``run(sparql)`` returns the rows of a SELECT as tuples of :class:`Term`
    (``None`` for unbound) in projection order. Two queries, no aggregation in SPARQL.
    """
    if not event_iris:
        return []
    by_key: dict[tuple[str, str], dict[str, list[Term]]] = {}  # (graph, event) -> property -> values
    for g, s, p, o in run(event_triples_query(event_iris)):
        props = by_key.setdefault((g.value, s.value), {})
        for name, iri_ in _P.items():
            if p.value == iri_ and o not in props.setdefault(name, []):
                props[name].append(o)
    nodes = sorted({(g, n) for (g, _), props in by_key.items()
                    for key in ("doc", "ev", "a", "p") for n in props.get(key, [])
                    if n.kind != "literal"}, key=lambda x: (x[0], x[1].value))
    node_props: dict[tuple[str, Term], dict[str, list[Term]]] = {}
    if nodes:
        for g, s, p, o in run(node_triples_query(nodes)):
            props = node_props.setdefault((g.value, s), {})
            for name, iri_ in _NODE_P.items():
                if p.value == iri_ and o not in props.setdefault(name, []):
                    props[name].append(o)

    def of(g: str, node: Term, name: str) -> list[Term]:
        return node_props.get((g, node), {}).get(name, [])

    groups: dict[tuple, dict[str, set]] = {}
    for (g, event), props in by_key.items():
        if not props.get("doc") or not props.get("type"):
            continue  # the query requires both
        opt = {k: props.get(k) or [None] for k in ("value", "earliest", "latest", "gran", "status")}
        evidence = [a for ev in props.get("ev", []) for a in of(g, ev, "evidence")] or [None]
        # Participants: English or untagged labels, else any label, else the IRI.
        participants, actors = set(), set()
        for a in props.get("a", []):
            labels = of(g, a, "label")
            english = [t for t in labels if t.kind == "literal" and t.lang == "en" or _plain(t)]
            participants.update(english or labels or [Term(a.value, "literal")])
            actors.add(a.value)
        places = []
        for p in props.get("p", []):
            labels = of(g, p, "label")
            english = [t for t in labels if t.kind == "literal" and t.lang == "en" or _plain(t)]
            places.append((p, english or labels or [None]))
        for doc in props["doc"]:
            for type_ in props["type"]:
                for source in of(g, doc, "source") or [None]:
                    for doc_id in of(g, doc, "doc_id") or [None]:
                        for combo in itertools.product(opt["value"], opt["earliest"], opt["latest"], opt["gran"],
                                              opt["status"], evidence):
                            value, earliest, latest, gran, status, ev_text = combo
                            key = (event, type_, value, earliest, latest, gran, status, doc, doc_id, source, ev_text)
                            agg = groups.setdefault(key, {"participants": set(), "actors": set(),
                                                          "place": set(), "place_iri": set()})
                            agg["participants"] |= participants
                            agg["actors"] |= actors
                            for p, labels in places:
                                agg["place_iri"].add(p.value)
                                agg["place"].update(label.value for label in labels if label is not None)
    rows = []
    for key, agg in groups.items():
        event, type_, value, earliest, latest, gran, status, doc, doc_id, source, ev_text = key
        participants = "; ".join(t.value for t in agg["participants"])
        qids = sorted(a.rsplit("/", 1)[-1] if "wikidata.org" in a else a for a in agg["actors"])
        # SAMPLE() in the query: with one place (the model's case) both pick it; else the smallest.
        place_iri = min(agg["place_iri"], default="")
        # ORDER BY of build_query: the dates, type and event, then the other grouped
        # values (unbound first, as "" sorts first), so that ties come out the same.
        order = (earliest is None, _date_key(earliest), _date_key(latest), _text(type_), event,
                 *(_text(t) for t in (value, gran, status, doc, doc_id, source, ev_text)))
        rows.append((order,
                     TimelineRow(
                         value=_text(value), earliest=_text(earliest), latest=_text(latest),
                         granularity=_granularity(_text(gran)), type=_text(type_), status=_text(status),
                         participants="; ".join(sorted(filter(None, participants.split("; ")))),
                         participant_qids=" ".join(qids), place=min(agg["place"], default=""),
                         place_qid=place_iri.rsplit("/", 1)[-1] if "wikidata.org" in place_iri else place_iri,
                         source=_text(source), doc_id=_text(doc_id), event=event, evidence=_text(ev_text))))
    rows.sort(key=lambda r: r[0])
    out = [r for _, r in rows]
    return out[:limit] if limit else out


def _text(t: Term | None) -> str:
    return "" if t is None else t.value


def _granularity(gran: str) -> str:
    """``time:unitDay`` -> ``day`` (the column of a :class:`TimelineRow`)."""
    return gran.rsplit("#", 1)[-1].removeprefix("unit").lower() if gran else ""
