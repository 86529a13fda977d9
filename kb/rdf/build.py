"""Building one document's named graph from an :class:`kb.model.Analysis`.

The graph follows ``docs/rdf-model.md``: the document node (NIF context), the
provenance of the graph (PROV-O), events (SEM), temporal expressions, claims,
NIF mentions for every piece of evidence, and a description of every entity
the graph mentions (type and labels), so the graph validates on its own.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from rdflib import Dataset, Graph, Literal, URIRef

import kb
from kb.model import Analysis, Claim, DateValue, Entity, Event, Participant, Timex
from kb.rdf import iri
from kb.rdf.namespaces import (
    DCTERMS,
    GAF,
    ITSRDF,
    KB,
    NIF,
    PROV,
    RDF,
    RDFS,
    SDO,
    SEM,
    SKOS,
    TIME,
    XSD,
    bind_prefixes,
)

__all__ = [
    "ENTITY_CLASSES",
    "GRANULARITY_UNITS",
    "ROLE_PROPERTIES",
    "STATUS_IRIS",
    "Run",
    "graph_for",
    "rules_version",
    "to_trig",
]

# Participant.role -> the sub-properties of sem:hasActor it is written with.
ROLE_PROPERTIES: dict[str, tuple[URIRef, ...]] = {
    "guest": (KB.visitor,),
    "visitor": (KB.visitor,),
    "host": (KB.host,),
    "participant": (KB.participant,),
    "speaker": (KB.speaker,),
    "candidate": (KB.candidate,),
    "winner": (KB.candidate, KB.winner),
    "loser": (KB.candidate, KB.loser),
    "signatory": (KB.signatory,),
    "aggressor": (KB.aggressor,),
    "attacker": (KB.aggressor,),
    "target": (KB.target,),
    "victim": (KB.target,),
}

# JSON record status -> schema:eventStatus.
STATUS_IRIS: dict[str, URIRef] = {
    "past": KB.EventHappened,
    "ongoing": KB.EventOngoing,
    "planned": SDO.EventScheduled,
    "hypothetical": SDO.EventScheduled,
    "did_not_occur": SDO.EventCancelled,
}

GRANULARITY_UNITS: dict[str, URIRef] = {
    "day": TIME.unitDay,
    "week": TIME.unitWeek,
    "month": TIME.unitMonth,
    "quarter": KB.unitQuarter,
    "year": TIME.unitYear,
    "decade": KB.unitDecade,
    "century": KB.unitCentury,
}

# Entity.kind -> classes (every entity is also kb:Agent or kb:Place).
ENTITY_CLASSES: dict[str, tuple[URIRef, ...]] = {
    "person": (KB.Person, KB.Agent),
    "country": (KB.Country, KB.Agent, KB.Place),
    "city": (KB.City, KB.Agent, KB.Place),
    "region": (KB.Region, KB.Place),
    "place": (KB.Place,),
    "government": (KB.Government, KB.Agent),
    "ministry": (KB.Ministry, KB.Agent),
    "office": (KB.Office, KB.Agent),
    "organisation": (KB.Organisation, KB.Agent),
    "organization": (KB.Organisation, KB.Agent),
    "agency": (KB.NewsAgency, KB.Agent),
    "group": (KB.Group, KB.Agent),
}

_LANG_DIR = Path(kb.__file__).resolve().parent / "lang"


@lru_cache(maxsize=1)
def rules_version() -> str:
    """A short hash of every language data file: changes when the rules change."""
    h = hashlib.sha1()
    for path in sorted(_LANG_DIR.rglob("*")):
        if path.is_file() and path.suffix in {".txt", ".tsv", ".json"}:
            h.update(path.relative_to(_LANG_DIR).as_posix().encode())
            h.update(path.read_bytes())
    return h.hexdigest()[:12]


@dataclass(frozen=True)
class Run:
    """An extraction run: what produced a graph and when.

    Pass a fixed ``Run`` to :func:`graph_for` for reproducible output (golden
    files); :meth:`now` stamps the current time (provenance only, never used to
    resolve dates).
    """

    started: _dt.datetime
    tool_version: str = kb.__version__
    rules_version: str = field(default_factory=rules_version)

    @classmethod
    def now(cls) -> Run:
        return cls(started=_dt.datetime.now(_dt.timezone.utc).replace(microsecond=0))

    @property
    def iri(self) -> URIRef:
        return iri.run(self.tool_version, self.rules_version, self.started.isoformat())


class _Builder:
    """Adds one analysis to one graph; keeps the document id and text at hand."""

    def __init__(self, analysis: Analysis, graph: Graph):
        self.a = analysis
        self.g = graph
        self.doc_id = analysis.document.id
        self.text = analysis.document.text
        self.doc = iri.document(self.doc_id)

    def add(self, s, p, o) -> None:
        self.g.add((s, p, o))

    # -- pieces ---------------------------------------------------------------

    def nif(self, start: int, end: int) -> URIRef:
        """The NIF string for ``text[start:end]``."""
        m = iri.mention(self.doc_id, start, end)
        self.add(m, RDF.type, NIF.String)
        self.add(m, RDF.type, NIF.OffsetBasedString)
        self.add(m, NIF.beginIndex, Literal(start))
        self.add(m, NIF.endIndex, Literal(end))
        self.add(m, NIF.anchorOf, Literal(self.text[start:end]))
        self.add(m, NIF.referenceContext, self.doc)
        return m

    def entity(self, entity: Entity | None, label: str, place: bool = False) -> URIRef:
        """The IRI of a (possibly unlinked) entity, described in this graph."""
        if entity is None:
            node = iri.local_entity(self.doc_id, label)
            self.add(node, RDF.type, KB.UnlinkedEntity)
            self.add(node, RDF.type, KB.Place if place else KB.Agent)
            self.add(node, RDFS.label, Literal(label, lang=self.a.document.lang or None))
            return node
        node = iri.entity(entity.id)
        classes = ENTITY_CLASSES.get(entity.kind.lower(), (KB.Agent,))
        for cls in classes:
            self.add(node, RDF.type, cls)
        if place and KB.Place not in classes:
            # A gazetteer kind that is not a place but stands as one here
            # ("in the ministry"): still a place for this event.
            self.add(node, RDF.type, KB.Place)
        if entity.qid is None:
            self.add(node, RDF.type, KB.UnlinkedEntity)
        self.add(node, RDFS.label, Literal(entity.name, lang="en"))
        for lang, labels in sorted(entity.labels.items()):
            for i, lab in enumerate(labels):
                pred = RDFS.label if i == 0 and lang != "en" else SKOS.altLabel
                if (node, RDFS.label, Literal(lab, lang=lang)) not in self.g:
                    self.add(node, pred, Literal(lab, lang=lang))
        if entity.country:
            self.add(node, KB.country, iri.entity(entity.country))
        return node

    def participant(self, p: Participant, place: bool = False) -> URIRef:
        node = self.entity(p.entity, p.label, place=place)
        if p.span is not None and p.span.end > p.span.start:
            self.add(self.nif(p.span.start, p.span.end), ITSRDF.taIdentRef, node)
        return node

    def date(self, node: URIRef, d: DateValue | Timex) -> None:
        """Date bounds, value and granularity of an event or timex."""
        if d.earliest:
            self.add(node, SEM.hasEarliestBeginTimeStamp, Literal(d.earliest, datatype=XSD.date))
        if d.latest:
            self.add(node, SEM.hasLatestEndTimeStamp, Literal(d.latest, datatype=XSD.date))
        if d.value:
            self.add(node, KB.dateValue, Literal(d.value))
        if d.granularity in GRANULARITY_UNITS:
            self.add(node, KB.granularity, GRANULARITY_UNITS[d.granularity])
        if not d.resolved:
            self.add(node, KB.dateResolved, Literal(False))

    # -- top-level nodes ------------------------------------------------------

    def document(self, run: Run, graph_iri: URIRef) -> None:
        d = self.a.document
        self.add(self.doc, RDF.type, NIF.Context)
        self.add(self.doc, RDF.type, SDO.NewsArticle)
        self.add(self.doc, NIF.isString, Literal(d.text))
        self.add(self.doc, DCTERMS.identifier, Literal(d.id))
        if d.lang:
            self.add(self.doc, DCTERMS.language, Literal(d.lang))
        if d.published:
            self.add(self.doc, DCTERMS.issued, Literal(d.published, datatype=XSD.date))
        if d.source:
            self.add(self.doc, DCTERMS.source, Literal(d.source))
        if d.title:
            self.add(self.doc, DCTERMS.title, Literal(d.title))
        for span in self.a.boilerplate:
            if span.end > span.start:
                self.add(self.doc, KB.boilerplate, self.nif(span.start, span.end))
        for w in self.a.warnings:
            self.add(self.doc, KB.warning, Literal(w))

        self.add(graph_iri, RDF.type, PROV.Entity)
        self.add(graph_iri, PROV.wasDerivedFrom, self.doc)
        self.add(graph_iri, PROV.wasGeneratedBy, run.iri)
        self.add(run.iri, RDF.type, PROV.Activity)
        self.add(run.iri, PROV.startedAtTime, Literal(run.started, datatype=XSD.dateTime))
        self.add(run.iri, KB.toolVersion, Literal(run.tool_version))
        self.add(run.iri, KB.rulesVersion, Literal(run.rules_version))

    def event(self, e: Event) -> None:
        node = iri.event(self.doc_id, e.id)
        cls = iri.type_class(e.type)
        type_name = cls[len(KB._NS):]
        self.add(node, RDF.type, cls)
        self.add(node, RDF.type, SEM.Event)
        # kb:eventType always names the class; a type kb has no class for
        # becomes kb:Other with the original name as subtype.
        self.add(node, KB.eventType, Literal(type_name))
        subtype = e.subtype or (e.type if type_name != e.type else None)
        names = ", ".join(p.name for p in e.participants)
        self.add(node, RDFS.label, Literal(f"{type_name}: {names}" if names else type_name))
        for p in e.participants:
            who = self.participant(p)
            for prop in ROLE_PROPERTIES.get((p.role or "participant").lower(), (KB.participant,)):
                self.add(node, prop, who)
            self.add(node, SEM.hasActor, who)
        if e.place is not None:
            self.add(node, SEM.hasPlace, self.participant(e.place, place=True))
        if e.status in STATUS_IRIS:
            self.add(node, SDO.eventStatus, STATUS_IRIS[e.status])
        self.add(node, KB.status, Literal(e.status))
        if e.hypothetical or e.status == "hypothetical":
            self.add(node, KB.hypothetical, Literal(True))
        if e.negated:
            self.add(node, KB.negated, Literal(True))
        if e.date is not None:
            self.date(node, e.date)
            if e.date.text:
                self.add(node, KB.dateText, Literal(e.date.text))
            if e.date.uncertain:
                self.add(node, KB.dateUncertain, Literal(True))
            if e.date.span is not None and e.date.span.end > e.date.span.start:
                self.add(node, KB.dateMention, self.nif(e.date.span.start, e.date.span.end))
        for prop, value in ((KB.subtype, subtype), (KB.office, e.office), (KB.outcome, e.outcome)):
            if value:
                self.add(node, prop, Literal(value))
        if e.implied_by:
            self.add(node, KB.impliedBy, iri.claim(self.doc_id, e.implied_by))
        self.add(node, KB.sourceDocument, self.doc)
        self.add(node, GAF.denotedBy, self.nif(e.evidence.start, e.evidence.end))
        if e.trigger is not None and e.trigger.end > e.trigger.start:
            self.add(node, KB.trigger, self.nif(e.trigger.start, e.trigger.end))

    def timex(self, n: int, t: Timex) -> None:
        node = iri.timex(self.doc_id, n)
        self.add(node, RDF.type, KB.TemporalExpression)
        self.add(node, KB.timexType, Literal(t.type))
        self.date(node, t)
        if t.mod:
            self.add(node, KB.timexMod, Literal(t.mod))
        if t.underspecified:
            self.add(node, KB.underspecifiedValue, Literal(t.underspecified))
        self.add(node, GAF.denotedBy, self.nif(t.start, t.end))

    def claim(self, c: Claim) -> None:
        node = iri.claim(self.doc_id, c.id)
        cls = {"count": KB.CountClaim, "ordinal": KB.OrdinalClaim}.get(c.kind, KB.Claim)
        self.add(node, RDF.type, cls)
        self.add(node, KB.claimKind, Literal(c.kind))
        if c.kind == "count":
            self.add(node, KB.count, Literal(c.value))
        elif c.kind == "ordinal":
            self.add(node, KB.ordinal, Literal(c.value))
        self.add(node, KB.countedType, iri.type_class(c.event_type))
        for p in c.participants:
            self.add(node, KB.claimParticipant, self.participant(p))
        if c.place is not None:
            self.add(node, KB.claimPlace, self.participant(c.place, place=True))
        if c.qualifier:
            self.add(node, KB.qualifier, Literal(c.qualifier))
        if c.since is not None:
            if c.since.earliest:
                self.add(node, KB.windowBegin, Literal(c.since.earliest, datatype=XSD.date))
            value = c.since.value
            closed = "/" in value and not value.endswith("/..")
            if closed and c.since.latest:
                self.add(node, KB.windowEnd, Literal(c.since.latest, datatype=XSD.date))
            self.add(node, KB.windowValue, Literal(value if "/" in value else f"{value}/.."))
            if not c.since.resolved:
                self.add(node, KB.dateResolved, Literal(False))
        if c.within:
            self.add(node, KB.window, Literal(c.within, datatype=XSD.duration))
        as_of = c.as_of or self.a.document.published
        if as_of:
            self.add(node, KB.asOf, Literal(as_of, datatype=XSD.date))
        if c.event:
            self.add(node, KB.aboutEvent, iri.event(self.doc_id, c.event))
        if c.implies:
            self.add(node, KB.implies, iri.event(self.doc_id, c.implies))
        self.add(node, KB.sourceDocument, self.doc)
        self.add(node, GAF.denotedBy, self.nif(c.evidence.start, c.evidence.end))

    def mention(self, m) -> None:
        if m.end <= m.start:
            return
        node = self.nif(m.start, m.end)
        if m.kind:
            self.add(node, KB.mentionKind, Literal(m.kind))
        for ent in m.entities:
            self.add(node, ITSRDF.taIdentRef, self.entity(ent, m.text))


def graph_for(analysis: Analysis, run: Run | None = None) -> tuple[URIRef, Graph]:
    """The named graph IRI and the rdflib graph of one analysed document.

    ``run`` describes the extraction run (defaults to :meth:`Run.now`); pass a
    fixed one for reproducible output.
    """
    run = run or Run.now()
    graph_iri = iri.graph(analysis.document.id)
    g = Graph(identifier=graph_iri)
    bind_prefixes(g)
    b = _Builder(analysis, g)
    b.document(run, graph_iri)
    for m in analysis.mentions:
        b.mention(m)
    for n, t in enumerate(analysis.timexes, start=1):
        b.timex(n, t)
    for e in analysis.events:
        b.event(e)
    for c in analysis.claims:
        b.claim(c)
    return graph_iri, g


def to_trig(graphs: list[tuple[URIRef, Graph]]) -> str:
    """Serialise named graphs as one TriG document."""
    ds = Dataset()
    bind_prefixes(ds)
    for graph_iri, g in graphs:
        named = ds.graph(graph_iri)
        for triple in g:
            named.add(triple)
    return ds.serialize(format="trig")
