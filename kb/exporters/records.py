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

import functools
import re
from dataclasses import dataclass, field
from collections.abc import Iterator
from typing import Any

from ..errors import InputError, KBError
from ..model import EVENT_TYPES, SUBTYPES

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
    include_implied: bool = False  # events only implied by a claim ("second visit") are left out
    events: list[str] | None = None  # reports already chosen (their IRIs): the other filters are not applied

    def patterns(self) -> str:
        """Graph patterns (inside ``GRAPH ?g``, before the event's own) restricting ``?event``.

        They may match an event more than once (two given actors); readers dedupe.
        """
        out = []
        if self.actors:  # a join, first: Oxigraph then starts from the actor's few events
            values = " ".join(iri_term(a) for a in self.actors)
            out.append(f"VALUES ?_actor {{ {values} }} ?event sem:hasActor ?_actor .")
        if self.types:
            names = []
            for t in self.types:
                if t not in EVENT_TYPES:
                    raise InputError(f"unknown event type {t!r}; choose from {', '.join(EVENT_TYPES)}")
                names += [t, *SUBTYPES.get(t, ())]
            out.append("VALUES ?type { " + " ".join(f'"{n}"' for n in dict.fromkeys(names)) + " }")
        if self.places:
            values = " ".join(iri_term(p) for p in self.places)
            out.append(f"{{ VALUES ?_p {{ {values} }} ?event sem:hasPlace ?_p }} UNION "
                       f"{{ VALUES ?_c {{ {values} }} ?_p kb:country ?_c . ?event sem:hasPlace ?_p }}")
        if self.since or self.until:
            out.append("?event sem:hasEarliestBeginTimeStamp ?_lo ; sem:hasLatestEndTimeStamp ?_hi .")
            if self.until:
                out.append(f"FILTER(?_lo <= {date_term(self.until)})")
            if self.since:
                out.append(f"FILTER(?_hi >= {date_term(self.since)})")
        return "\n    ".join(out)

    def keeps(self, report: "Report") -> bool:
        """The filters SPARQL does not apply (implied events, the source match)."""
        if report.implied_by and not self.include_implied:
            return False
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
    date_source: str | None = None  # text, context or publication (kb:dateSource)
    implied_by: str | None = None  # the claim an implied event comes from (kb:impliedBy)
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
    reviewed: bool = False  # a person accepted, corrected or added it (kb.review)

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


def embedded(store):
    """The pyoxigraph store behind an embedded :class:`kb.store.Store`, else ``None``."""
    try:
        return getattr(store, "oxigraph", None)
    except KBError:  # a remote store says it has none by raising
        return None


class _Text(str):
    """A literal's lexical form with its language tag (``""`` for none)."""

    language: str = ""


def select(store, sparql: str) -> list[dict]:
    """SELECT rows as dicts of plain strings (literals as :class:`_Text` with ``.language``).

    On the embedded store this reads pyoxigraph's terms directly: building rdflib
    terms for every cell costs more than the query itself on large exports.
    """
    ox_store = embedded(store)
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
    from ..rdf.prefixes import PREFIXES as KB_PREFIXES  # the same as kb.rdf.namespaces', without rdflib

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


# Predicates read from the event nodes (by their IRIs, so one pass over ?event ?p ?o).
_SEM = "http://semanticweb.cs.vu.nl/2009/11/sem/"
_P = {
    "type": KB + "eventType", "status": KB + "status", "label": "http://www.w3.org/2000/01/rdf-schema#label",
    "value": KB + "dateValue", "earliest": _SEM + "hasEarliestBeginTimeStamp",
    "latest": _SEM + "hasLatestEndTimeStamp", "gran": KB + "granularity", "dateText": KB + "dateText",
    "uncertain": KB + "dateUncertain", "dateSource": KB + "dateSource", "implied": KB + "impliedBy",
    "hypo": KB + "hypothetical", "neg": KB + "negated",
    "ev": "http://groundedannotationframework.org/gaf#denotedBy", "doc": KB + "sourceDocument",
    "actor": _SEM + "hasActor", "place": _SEM + "hasPlace", "reviewed": KB + "reviewed",
}
_ROLE_IRIS = {KB + p: role for p, role in ROLES}
_EVENT_PREDICATES = frozenset(_P.values()) | frozenset(_ROLE_IRIS)
_NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"
_DCT = "http://purl.org/dc/terms/"
_NODE_PREDICATES = {_NIF + "anchorOf": "anchorOf", _NIF + "beginIndex": "beginIndex", _NIF + "endIndex": "endIndex",
                    _DCT + "identifier": "identifier", _DCT + "source": "source", _DCT + "title": "title",
                    _DCT + "issued": "issued", _DCT + "language": "language"}
# What a timeline row shows (kb.exporters.tabular.timeline_rows), and what orders and keeps its
# reports: collect(..., row_only=True) reads only these. Each object read costs a store lookup on a
# cold cache (its text is stored apart), so the event's label and the document's title, read for
# nothing, cost a third of a first-time timeline at 1M events.
_ROW_EVENT_PREDICATES = frozenset(_P[k] for k in ("type", "status", "value", "earliest", "latest", "gran",
                                                 "dateText", "implied", "ev", "doc", "actor", "place")
                                  ) | frozenset(_ROLE_IRIS)
_ROW_NODE_PREDICATES = {p: k for p, k in _NODE_PREDICATES.items() if k in ("anchorOf", "identifier", "source", "issued")}
CHUNK = 400  # IRIs per VALUES block


def _chunks(items: list[str], n: int = CHUNK):
    for i in range(0, len(items), n):
        yield " ".join(iri_term(x) for x in items[i:i + n])


def _text(term) -> _Text:
    t = _Text(term.value)
    t.language = getattr(term, "language", None) or ""
    return t


def _triples(store, subjects: list[str], predicates) -> Iterator[tuple[str, str, _Text]]:
    """``(subject, predicate IRI, object)`` of the subjects' triples with one of ``predicates``
    (IRIs), in any named graph.

    One SPARQL query per :data:`CHUNK` subjects: Oxigraph looks each subject up
    and filters the predicates before it builds any term, so the index keys and a
    document's text cost nothing (reading every triple of each subject through
    ``quads_for_pattern`` and dropping the unwanted ones took twice the CPU time,
    a lookup per subject and predicate three times). The filter must stay a
    ``FILTER(?p IN ...)``: a ``VALUES ?p`` block makes Oxigraph scan the store.
    On the embedded store each row names its subject and predicate by their
    positions (integers, which Oxigraph stores inline): it then decodes only the
    object, a third less CPU time than decoding all three IRIs of every row.
    """
    wanted = sorted(predicates)
    in_list = ", ".join(iri_term(p) for p in wanted)
    ox_store = embedded(store)
    if ox_store is None:
        for values in _chunks(subjects):
            q = f"SELECT ?s ?p ?o WHERE {{ VALUES ?s {{ {values} }} GRAPH ?g {{ ?s ?p ?o FILTER(?p IN ({in_list})) }} }}"
            for r in select(store, q):
                yield str(r["s"]), str(r["p"]), r["o"]
        return
    code = "-1"
    for i, p in reversed(list(enumerate(wanted))):
        code = f"IF(?p = {iri_term(p)}, {i}, {code})"
    for start in range(0, len(subjects), CHUNK):
        part = subjects[start:start + CHUNK]
        values = " ".join(f"({iri_term(x)} {i})" for i, x in enumerate(part))
        q = (f"SELECT ?i ?c ?o WHERE {{ VALUES (?s ?i) {{ {values} }} "
             f"GRAPH ?g {{ ?s ?p ?o FILTER(?p IN ({in_list})) BIND({code} AS ?c) }} }}")
        for sol in ox_store.query(q, use_default_graph_as_union=True):
            yield part[int(sol[0].value)], wanted[int(sol[1].value)], _text(sol[2])


def _labels(store, homes: dict[str, str]) -> dict[str, dict[str, set[str]]]:
    """``{entity: {language: labels}}``, each read from the entity's home graph when
    the store is embedded (``""``: from every graph), else from every graph
    (``SELECT DISTINCT``). On the embedded store a lookup per entity cost less CPU
    time than one ``VALUES (?s ?g)`` query over them (0.07 against 0.14 s for 36
    timelines at 100k events)."""
    out: dict[str, dict[str, set[str]]] = {}
    ox_store = embedded(store)
    if ox_store is not None:
        import pyoxigraph as ox

        label = ox.NamedNode(_P["label"])
        for entity, home in sorted(homes.items()):
            graph = ox.NamedNode(home) if home else None
            for q in ox_store.quads_for_pattern(ox.NamedNode(entity), label, None, graph):
                out.setdefault(entity, {}).setdefault(q.object.language or "", set()).add(q.object.value)
        return out
    for values in _chunks(sorted(homes)):
        q = f"{PREFIXES}SELECT DISTINCT ?s ?o WHERE {{ GRAPH ?g {{ VALUES ?s {{ {values} }} ?s rdfs:label ?o }} }}"
        for r in select(store, q):
            out.setdefault(str(r["s"]), {}).setdefault(r["o"].language, set()).add(str(r["o"]))
    return out


def _canonical_of(store, events: list[str]) -> dict[str, str]:
    ox_store = embedded(store)
    out = {}
    if ox_store is not None:
        import pyoxigraph as ox

        graph, pred = ox.NamedNode(CANONICAL_GRAPH), ox.NamedNode(KB + "reportedBy")
        if not ox_store.contains_named_graph(graph):  # nothing merged: no lookup per event
            return out
        for e in events:
            for q in ox_store.quads_for_pattern(None, pred, ox.NamedNode(e), graph):
                out[e] = q.subject.value
        return out
    for values in _chunks(events):
        q = (f"{PREFIXES}SELECT ?c ?event WHERE {{ GRAPH <{CANONICAL_GRAPH}> {{ VALUES ?event {{ {values} }} "
             f"?c kb:reportedBy ?event }} }}")
        for r in select(store, q):
            out[str(r["event"])] = str(r["c"])
    return out


# -- stored row records (kb:timelineRow) ------------------------------------------------
# One literal per event, written with its document graph by kb.rdf.index.index_for: the columns
# of its timeline row, so a first-time timeline reads one text per event instead of ~10 (an
# IRI, a label or a date text is a lookup of its own in Oxigraph). It is computed from the
# graph's own triples exactly as collect(..., row_only=True) reads them (row_record), and read
# back only when it is the event's one record of this version (stored_rows): an event without
# (a store written before, or after `kb query --update` dropped them) takes the reading above.

ROW = KB + "timelineRow"
ROW_VERSION = 1
# The predicates (besides rdf:type and rdfs:label) whose objects a row record is computed from.
ROW_PREDICATES = _ROW_EVENT_PREDICATES | frozenset(_ROW_NODE_PREDICATES)
_LABEL = _P["label"]
_RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
_SEM_EVENT_IRI = _SEM + "Event"


def row_record(event: str, facts: dict[str, dict[str, list[str]]],
               labels: dict[str, dict[str, set[str]]]) -> dict[str, Any]:
    """The stored row record of ``event``: ``facts`` holds each subject's ``{predicate IRI:
    [object lexical forms or IRIs]}`` of one document graph, ``labels`` each entity's
    ``{language: labels}`` in that graph. The same fields as :func:`collect` with ``row_only``
    puts in a report (a test compares the two on the demo articles and a synthetic KB)."""
    own = facts.get(event, {})

    def one(key: str, subject: dict | None = None) -> str | None:
        values = (own if subject is None else subject).get(_P[key] if subject is None else key)
        return min(values) if values else None

    doc_iri, ev_iri = one("doc"), one("ev")
    doc, ev = facts.get(doc_iri or "", {}), facts.get(ev_iri or "", {})
    gran = one("gran")
    roles: dict[str, set[str]] = {}
    for pred, role in _ROLE_IRIS.items():
        for o in own.get(pred, ()):
            roles.setdefault(o, set()).add(pred[len(KB):])
    people = []
    for agent in sorted(set(own.get(_P["actor"], ()))):
        role = next((r for p, r in ROLES if p in roles.get(agent, ())), "participant")
        a = _agent(agent, labels.get(agent, {}), None, role)
        people.append([a.iri, a.name, a.label, a.role])
    places = sorted(set(own.get(_P["place"], ())))
    place = _agent(places[0], labels.get(places[0], {}), None, None) if places else None
    record = {
        "v": ROW_VERSION, "doc_iri": doc_iri or "",
        "doc_id": one(_DCT + "identifier", doc) or (doc_iri or event).rsplit("/", 1)[-1],
        "type": one("type") or "Other", "status": one("status") or "", "value": one("value"),
        "earliest": one("earliest"), "latest": one("latest"),
        "granularity": gran.rsplit("#", 1)[-1].removeprefix("unit").lower() if gran else None,
        "date_text": one("dateText"), "implied_by": one("implied"),
        "evidence": one(_NIF + "anchorOf", ev) or "", "evidence_iri": ev_iri,
        "source": one(_DCT + "source", doc), "published": one(_DCT + "issued", doc),
        "participants": people, "place": [place.iri, place.name, place.label] if place else None,
    }
    return {k: v for k, v in record.items() if v is not None}


@functools.lru_cache(maxsize=1)
def _record_terms():
    """The predicates a row record is computed from (pyoxigraph terms), ``rdf:type``,
    ``rdfs:label`` and ``sem:Event``."""
    import pyoxigraph as ox

    preds = ROW_PREDICATES | {_RDF_TYPE, _LABEL}
    return (frozenset(ox.NamedNode(p) for p in preds), ox.NamedNode(_RDF_TYPE), ox.NamedNode(_LABEL),
            ox.NamedNode(_SEM_EVENT_IRI))


def row_records(triples) -> list[tuple[str, str]]:
    """``(event IRI, record as JSON text)`` for every ``sem:Event`` among ``triples`` (the
    ``(s, p, o)`` of one document graph, pyoxigraph terms), in the order first met."""
    wanted, rdf_type, label, sem_event = _record_terms()
    values = []
    for s, p, o in triples:
        if p not in wanted:  # a document's text, its mentions, the index keys: not in a row
            continue
        if p == rdf_type:
            values.append((s.value, _RDF_TYPE, _SEM_EVENT_IRI if o == sem_event else "", ""))
        else:
            values.append((s.value, p.value, o.value, (getattr(o, "language", None) or "") if p == label else ""))
    return row_records_of(values)


def row_records_of(values) -> list[tuple[str, str]]:
    """:func:`row_records` from plain values: ``(subject IRI, predicate IRI, object IRI or
    lexical form, language tag or "")`` of one document graph's triples whose predicate is in
    :data:`ROW_PREDICATES`, ``rdf:type`` or ``rdfs:label`` (a generator writing N-Quads text,
    :mod:`kb.synthetic`, has these without parsing its text back)."""
    facts: dict[str, dict[str, list[str]]] = {}
    labels: dict[str, dict[str, set[str]]] = {}
    events: dict[str, None] = {}
    for s, p, o, lang in values:
        if p == _RDF_TYPE:
            if o == _SEM_EVENT_IRI:
                events[s] = None
        elif p == _LABEL:
            labels.setdefault(s, {}).setdefault(lang, set()).add(o)
        else:
            facts.setdefault(s, {}).setdefault(p, []).append(o)
    return [(e, record_text(row_record(e, facts, labels))) for e in events]


def record_text(record: dict[str, Any]) -> str:
    """The stored JSON text of a row record (:func:`row_record`)."""
    import json

    return json.dumps(record, ensure_ascii=False, separators=(",", ":"), sort_keys=True)


def _from_record(event: str, text: str) -> Report | None:
    """The row-only report of ``event`` from its stored record; ``None`` for a record this
    version of kb does not read (another version, or not a record at all)."""
    import json

    try:
        r = json.loads(text)
    except ValueError:
        return None
    if not isinstance(r, dict) or r.get("v") != ROW_VERSION:
        return None
    try:
        report = Report(
            iri=event, doc_iri=str(r["doc_iri"]), doc_id=str(r["doc_id"]), type=str(r["type"]),
            status=str(r["status"]), label=str(r["type"]), value=r.get("value"), earliest=r.get("earliest"),
            latest=r.get("latest"), granularity=r.get("granularity"), date_text=r.get("date_text"),
            implied_by=r.get("implied_by"), evidence=str(r.get("evidence", "")),
            evidence_iri=r.get("evidence_iri"), source=r.get("source"), published=r.get("published"))
        report.participants = [Agent(str(i), str(n), str(lab), str(role)) for i, n, lab, role in r["participants"]]
        if r.get("place"):
            i, n, lab = r["place"]
            report.place = Agent(str(i), str(n), str(lab), None)
    except (KeyError, TypeError, ValueError):
        return None
    report.participants.sort(key=lambda a: (a.name, a.iri))
    return report


def stored_rows(store, events: list[str], read: dict[str, list[str]] | None = None) -> dict[str, Report]:
    """The row-only reports of those of ``events`` that have one readable stored record
    (two records of one event, which no kb writes, count as none). ``read`` holds the record
    texts of some events already read (the timeline's index walk reads them with the events,
    :func:`kb.rdf.index.timeline_events`; ``[]``: none): only the others are looked up."""
    texts: dict[str, list[str]] = {}
    rest = events
    if read:
        texts = {e: read[e] for e in events if read.get(e)}
        rest = [e for e in events if e not in read]
    for e, _, obj in _triples(store, rest, (ROW,)) if rest else ():
        texts.setdefault(e, []).append(str(obj))
    out = {}
    for e, found in texts.items():
        if len(found) == 1 and (report := _from_record(e, found[0])) is not None:
            out[e] = report
    return out


def collect(store, selection: Selection | None = None, *, row_only: bool = False,
            records: dict[str, list[str]] | None = None) -> list[Report]:
    """The reports the selection picks, in timeline order (undated last).

    With ``row_only``, only what a timeline row shows is read: the reports then lack
    ``label`` (the type instead), ``uncertain``, ``date_source``, ``hypothetical``,
    ``negated``, ``reviewed``, ``title``, ``lang`` and the evidence offsets; ``records`` holds
    stored row texts already read (:func:`stored_rows`).

    First the matching event IRIs (one query with the selection's patterns),
    then the triples of those events, of their evidence and documents, their
    actors' labels and their canonical events, looked up by IRI: Oxigraph
    evaluates each ``OPTIONAL`` of one big query over the whole store, which
    costs seconds at 100k events, while these lookups cost microseconds each.
    """
    sel = selection or Selection()
    if sel.events is not None:
        return _collect(store, sel, sorted(set(sel.events)), row_only, records)
    ids = f"""{PREFIXES}
SELECT DISTINCT ?event WHERE {{
  GRAPH ?g {{
    {sel.patterns()}
    ?event kb:sourceDocument ?doc ; kb:eventType ?type .
  }}
}}"""
    return _collect(store, sel, sorted({str(r["event"]) for r in select(store, ids)}), row_only)


def _collect(store, sel: Selection, events: list[str], row_only: bool = False,
             records: dict[str, list[str]] | None = None) -> list[Report]:
    """The reports of ``events`` (IRIs), read by IRI, that ``sel.keeps`` (``row_only``: from
    their stored row records where they have them, :func:`stored_rows`)."""
    if not events:
        return []
    stored = stored_rows(store, events, records) if row_only else {}
    rest = [e for e in events if e not in stored] if stored else events
    reports = list(stored.values()) + _read_reports(store, rest, row_only)
    canon = _canonical_of(store, events)
    kept = []
    for report in reports:
        report.canonical = canon.get(report.iri)
        if sel.keeps(report):
            kept.append(report)
    return sorted(kept, key=_order)


def _read_reports(store, events: list[str], row_only: bool) -> list[Report]:
    """The reports of ``events`` read from their triples (without their canonical events)."""
    if not events:
        return []
    node_predicates = _ROW_NODE_PREDICATES if row_only else _NODE_PREDICATES
    props: dict[str, dict[str, list]] = {e: {} for e in events}
    for e, pred, obj in _triples(store, events, _ROW_EVENT_PREDICATES if row_only else _EVENT_PREDICATES):
        props[e].setdefault(pred, []).append(obj)

    def one(event: str, key: str) -> str | None:
        values = props[event].get(_P[key])
        return str(min(values)) if values else None

    nodes: dict[str, dict[str, str]] = {}
    wanted = sorted({str(v) for e in events for key in ("ev", "doc") for v in props[e].get(_P[key], [])})
    for subject, pred, obj in _triples(store, wanted, node_predicates):
        nodes.setdefault(subject, {}).setdefault(node_predicates[pred], str(obj))
    # Each document graph repeats the description of the entities it mentions:
    # read an entity's labels from one graph that mentions it, not from all.
    homes: dict[str, str] = {}
    for e in events:
        home = (one(e, "doc") or "").replace("/id/doc/", "/id/graph/", 1)
        for key in ("actor", "place"):
            for v in props[e].get(_P[key], []):
                homes.setdefault(str(v), home)
    labels = _labels(store, homes)

    reports = []
    for e in events:
        doc_iri = one(e, "doc")
        doc = nodes.get(doc_iri or "", {})
        ev_iri = one(e, "ev")
        ev = nodes.get(ev_iri or "", {})
        gran = one(e, "gran")
        report = Report(
            iri=e, doc_iri=doc_iri or "", doc_id=doc.get("identifier") or (doc_iri or e).rsplit("/", 1)[-1],
            type=one(e, "type") or "Other", status=one(e, "status") or "", label=one(e, "label") or one(e, "type") or "",
            value=one(e, "value"), earliest=one(e, "earliest"), latest=one(e, "latest"),
            granularity=gran.rsplit("#", 1)[-1].removeprefix("unit").lower() if gran else None,
            date_text=one(e, "dateText"), uncertain=_truthy(one(e, "uncertain")),
            date_source=one(e, "dateSource"), implied_by=one(e, "implied"),
            hypothetical=_truthy(one(e, "hypo")), negated=_truthy(one(e, "neg")),
            evidence=ev.get("anchorOf", ""), evidence_iri=ev_iri,
            evidence_start=int(ev["beginIndex"]) if "beginIndex" in ev else None,
            evidence_end=int(ev["endIndex"]) if "endIndex" in ev else None,
            source=doc.get("source"), title=doc.get("title"), published=doc.get("issued"),
            lang=doc.get("language"), reviewed=_truthy(one(e, "reviewed")))
        roles: dict[str, set[str]] = {}
        for pred, objects in props[e].items():
            if pred in _ROLE_IRIS:
                for o in objects:
                    roles.setdefault(str(o), set()).add(pred[len(KB):])
        for agent in sorted(set(map(str, props[e].get(_P["actor"], [])))):
            role = next((r for p, r in ROLES if p in roles.get(agent, ())), "participant")
            report.participants.append(_agent(agent, labels.get(agent, {}), report.lang, role))
        places = sorted(set(map(str, props[e].get(_P["place"], []))))
        if places:
            report.place = _agent(places[0], labels.get(places[0], {}), report.lang, None)
        report.participants.sort(key=lambda a: (a.name, a.iri))
        reports.append(report)
    return reports


def _agent(iri: str, labels: dict[str, set[str]], lang: str | None, role: str | None) -> Agent:
    """An actor or place: English name, and the label in the document's language."""
    def pick(*langs: str) -> str | None:
        for code in langs:
            if labels.get(code):
                return sorted(labels[code])[0]
        return None

    anything = sorted(min(v) for v in labels.values() if v)
    fallback = anything[0] if anything else iri.rstrip("/").rsplit("/", 1)[-1]
    return Agent(iri, pick("en", "") or fallback, pick(lang or "", "en", "") or fallback, role)


def _order(r: Report) -> tuple:
    return (r.earliest is None, r.earliest or "", r.latest or "", r.type, r.iri)


def group_reports(store, reports: list[Report], *, unmerged: bool = False) -> list[Event]:
    """Events from reports: those of one canonical event together, with its bounds
    (``unmerged``: each report an event of its own, as before ``kb merge``)."""
    if unmerged:
        return [Event(r.iri, [r], r.earliest, r.latest) for r in sorted(reports, key=_order)]
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
