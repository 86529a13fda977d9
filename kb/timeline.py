"""Timelines: the events of the KB ordered by date, one row per event.

The query filters and sorts only on the ``xsd:date`` bounds (engines
disagree on comparing ``xsd:gYearMonth`` with ``xsd:date``). Overlap with a
window [A, B] is ``earliest <= B && latest >= A``.
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import asdict, dataclass

from .errors import InputError
from .model import EVENT_TYPES, SUBTYPES
from .rdf.prefixes import sparql_prefixes
from .datedisplay import display_value

__all__ = ["TIMELINE_COLUMNS", "TimelineRow", "build_query", "events_query", "parse_bound", "rows_from_query"]

# The columns of `kb timeline --format csv`: the same as `kb export --format csv` (one row per
# event, reports of one merged event together), kb.exporters.tabular.EVENT_COLUMNS.
TIMELINE_COLUMNS = ("event", "type", "status", "value", "earliest", "latest", "granularity", "date_text",
                    "participants", "participant_qids", "roles", "place", "place_qid", "reports",
                    "doc_ids", "sources", "evidence", "conflict")



@dataclass
class TimelineRow:
    """One event of a timeline, flat and ready for tables and CSV.

    Its columns (:data:`TIMELINE_COLUMNS`) are those of ``kb export --format csv``:
    a merged event is one row (``event`` the canonical event, ``reports`` how many
    documents report it, ``doc_ids``/``sources`` theirs, the merged date bounds);
    ``participants``, ``participant_qids`` and ``roles`` are in the same order.
    ``source`` and ``doc_id`` are the lead report's.
    """

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
    date_text: str = ""
    roles: str = ""
    reports: int = 1
    doc_ids: str = ""
    sources: str = ""
    conflict: str = "false"

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


def parse_window(since: str | None, until: str | None) -> tuple[str | None, str | None]:
    """``--since`` and ``--until`` as ISO days (:func:`parse_bound`); a window whose start
    lies after its end is an error, not an empty answer that looks like "no events".

    >>> parse_window("2024-05", "2024-05")
    ('2024-05-01', '2024-05-31')
    """
    lo, hi = parse_bound(since, end=False), parse_bound(until, end=True)
    if lo and hi and lo > hi:
        raise InputError(f"since {since!r} lies after until {until!r}: the window holds no day")
    return lo, hi


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
                limit: int | None = None, event_iris: list[str] | None = None,
                include_implied: bool = False, place_iris: list[str] | None = None) -> str:
    """The SPARQL SELECT for a timeline with the given filters.

    ``actor_iris`` are full IRIs; ``since``/``until`` ISO days; ``types`` event
    type names of :data:`kb.model.EVENT_TYPES` (a super-type includes its
    sub-types through the ``kb:`` class hierarchy); ``place_iris`` full IRIs of places,
    each also matching events at a place whose ``kb:country`` it is (as ``kb export
    --place``). ``event_iris``, when given,
    are the events already selected (by :func:`kb.rdf.index.timeline_events`):
    the query then only fetches their rows, starting from them. Events only implied by a claim
    (``kb:impliedBy``) are left out unless ``include_implied``.
    """
    expand_types(types or [])
    if event_iris is not None:
        actor_iris = types = place_iris = None
        since = until = None
    where, bounds = _patterns(actor_iris=actor_iris, since=since, until=until, types=types,
                              include_implied=include_implied, place_iris=place_iris)
    if event_iris is not None:
        # Oxigraph joins in the written order: the known events first keeps this cheap.
        where.insert(0, "VALUES ?event { " + " ".join(f"<{e}>" for e in event_iris) + " }")
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


def _patterns(*, actor_iris: list[str] | None, since: str | None, until: str | None, types: list[str] | None,
              include_implied: bool, place_iris: list[str] | None) -> tuple[list[str], list[str]]:
    """The patterns that select a timeline's events (:func:`build_query`), and those of their bounds."""
    expand_types(types or [])
    where = ["?event kb:sourceDocument ?doc ; kb:eventType ?type ."]
    if not include_implied:
        where.append("FILTER NOT EXISTS { ?event kb:impliedBy ?_claim }")
    if actor_iris:
        where.append("?event sem:hasActor ?actor .")
        where.append("VALUES ?actor { " + " ".join(f"<{a}>" for a in actor_iris) + " }")
    if types:
        where.append("?event a ?cls .")
        where.append("VALUES ?cls { " + " ".join(f"kb:{t}" for t in expand_types(types)) + " }")
    if place_iris:
        values = " ".join(f"<{p}>" for p in place_iris)
        where.append(f"{{ VALUES ?_p {{ {values} }} ?event sem:hasPlace ?_p }} UNION "
                     f"{{ VALUES ?_c {{ {values} }} ?_p kb:country ?_c . ?event sem:hasPlace ?_p }}")
    bounds = ["OPTIONAL { ?event sem:hasEarliestBeginTimeStamp ?earliest }",
              "OPTIONAL { ?event sem:hasLatestEndTimeStamp ?latest }"]
    if since or until:
        bounds = ["?event sem:hasEarliestBeginTimeStamp ?earliest ; sem:hasLatestEndTimeStamp ?latest ."]
        if until:
            bounds.append(f'FILTER(xsd:date(?earliest) <= "{until}"^^xsd:date)')
        if since:
            bounds.append(f'FILTER(xsd:date(?latest) >= "{since}"^^xsd:date)')
    return where, bounds


def events_query(*, actor_iris: list[str] | None = None, since: str | None = None, until: str | None = None,
                 types: list[str] | None = None, include_implied: bool = False,
                 place_iris: list[str] | None = None) -> str:
    """SELECT ``?event ?row``: the events :func:`build_query` selects without a limit (the same
    patterns), each with its stored timeline row (``kb:timelineRow``, unbound for an event
    without one), and nothing else: the rows are built from the records
    (:func:`kb.exporters.tabular.timeline_rows`), not from this query."""
    where, bounds = _patterns(actor_iris=actor_iris, since=since, until=until, types=types,
                              include_implied=include_implied, place_iris=place_iris)
    if not (since or until):
        bounds = []  # optional there: they select nothing
    body = "\n    ".join(where + bounds + ["OPTIONAL { ?event kb:timelineRow ?row }"])
    return f"""{sparql_prefixes()}
SELECT DISTINCT ?event ?row WHERE {{
  GRAPH ?g {{
    {body}
  }}
}}
"""


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
            value=display_value(get("value")), earliest=get("earliest"), latest=get("latest"),
            granularity=_granularity(get("gran")), type=get("type"), status=get("status"),
            participants="; ".join(sorted(filter(None, get("participants").split("; ")))),
            participant_qids=qids, place=get("place"),
            place_qid=place_iri.rsplit("/", 1)[-1] if "wikidata.org" in place_iri else place_iri,
            source=get("source"), doc_id=get("doc_id"), event=get("event"), evidence=get("evidence")))
    return out


def _granularity(gran: str) -> str:
    """``time:unitDay`` -> ``day`` (the column of a :class:`TimelineRow`)."""
    return gran.rsplit("#", 1)[-1].removeprefix("unit").lower() if gran else ""
