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

import pyoxigraph as ox
from rdflib import Dataset, Graph, Literal, URIRef

import kb
from kb.model import Analysis, Claim, DateValue, Entity, Event, Participant, Timex
from kb.rdf import iri
from kb.rdf import namespaces as _ns
from kb.rdf.namespaces import bind_prefixes
from kb.rdf.terms import converting_once, to_oxigraph, to_rdflib


class _Terms:
    """A namespace whose terms are looked up once: rdflib's ``KB.visitor`` costs
    ~1 us per access, and building a graph makes ~4,000 of them."""

    def __init__(self, namespace):
        self._namespace = namespace

    def __getattr__(self, name: str):
        value = getattr(self._namespace, name)
        setattr(self, name, value)
        return value


DCTERMS, GAF, ITSRDF, KB, NIF, PROV, RDF, RDFS, SDO, SEM, SKOS, TIME, XSD = (
    _Terms(n) for n in (_ns.DCTERMS, _ns.GAF, _ns.ITSRDF, _ns.KB, _ns.NIF, _ns.PROV, _ns.RDF, _ns.RDFS,
                        _ns.SDO, _ns.SEM, _ns.SKOS, _ns.TIME, _ns.XSD))

__all__ = [
    "DocumentGraph",
    "ENTITY_CLASSES",
    "GRANULARITY_UNITS",
    "ROLE_PROPERTIES",
    "STATUS_IRIS",
    "Run",
    "document_graph",
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


_XSD_DATE = ox.NamedNode(str(XSD.date))
_XSD_DATETIME = ox.NamedNode(str(XSD.dateTime))
_XSD_INTEGER = ox.NamedNode(str(XSD.integer))
_XSD_BOOLEAN = ox.NamedNode(str(XSD.boolean))
_TRUE = ox.Literal("true", datatype=_XSD_BOOLEAN)
_FALSE = ox.Literal("false", datatype=_XSD_BOOLEAN)


def _lit(value, datatype: URIRef | None = None, lang: str | None = None) -> ox.Literal:
    """``rdflib.Literal(value, datatype=..., lang=...)`` as a pyoxigraph literal.

    The common cases are built directly (rdflib's Literal costs ~10 us); any
    other value or datatype goes through rdflib, so lexical forms stay exactly
    what rdflib makes of them (it normalises ``P1W`` to ``P7D``, for instance).
    """
    if datatype is None:
        if isinstance(value, str):
            return ox.Literal(value, language=lang) if lang else ox.Literal(value)
        if value is True or value is False:
            return _TRUE if value else _FALSE
        if type(value) is int:
            return ox.Literal(str(value), datatype=_XSD_INTEGER)
    elif datatype == XSD.date and type(value) is _dt.date:
        return ox.Literal(value.isoformat(), datatype=_XSD_DATE)
    elif datatype == XSD.dateTime and type(value) is _dt.datetime:
        return ox.Literal(value.isoformat(), datatype=_XSD_DATETIME)
    return to_oxigraph(Literal(value, datatype=datatype, lang=lang))


class DocumentGraph:
    """One document's named graph as pyoxigraph terms: what the store validates and writes.

    ``triples`` are ``(subject, predicate, object)`` tuples of pyoxigraph terms,
    each once. Building them directly (no rdflib graph in between) is ~10x
    faster; :meth:`to_rdflib` gives the rdflib graph when one is needed.
    """

    def __init__(self, iri: URIRef, triples: list[tuple]):
        self.iri = iri
        self.triples = triples

    @property
    def triples(self) -> list[tuple]:
        return self._triples

    @triples.setter
    def triples(self, triples: list[tuple]) -> None:
        """New triples: the quads and text made of the old ones are dropped."""
        self._triples = triples
        self._quads: list[ox.Quad] | None = None
        self._nquads: bytes | None = None

    def __len__(self) -> int:
        return len(self.triples)

    @property
    def node(self) -> ox.NamedNode:
        return ox.NamedNode(str(self.iri))

    def quads(self, graph_name: ox.NamedNode | None = None) -> list[ox.Quad]:
        """The triples in the named graph ``graph_name``; by default the document's
        (that list is made once: validation and the write share it)."""
        if graph_name is None:
            if self._quads is None:
                g = self.node
                self._quads = [ox.Quad(s, p, o, g) for s, p, o in self.triples]
            return self._quads
        return [ox.Quad(s, p, o, graph_name) for s, p, o in self.triples]

    def nquads(self) -> bytes:
        """The graph as N-Quads in its own named graph (UTF-8, one line per triple), made once:
        what a ``kb ingest --workers`` worker screens and sends. The same bytes as
        ``pyoxigraph.serialize`` of :meth:`quads`, without a ``Quad`` made per triple (a term's
        ``str`` is its N-Triples form): ~0.3 ms per news article instead of ~0.6."""
        if self._nquads is None:
            end = f" <{self.iri}> .\n"
            self._nquads = "".join(f"{s} {p} {o}{end}" for s, p, o in self.triples).encode("utf-8")
        return self._nquads

    def ntriples(self) -> str:
        """The graph as N-Triples text."""
        return "".join(f"{s} {p} {o} .\n" for s, p, o in self.triples)

    def to_rdflib(self) -> Graph:
        """The graph as an rdflib graph named by :attr:`iri` (kb's prefixes bound)."""
        g = Graph(identifier=self.iri)
        bind_prefixes(g)
        term = converting_once(to_rdflib)
        for s, p, o in self.triples:
            g.add((term(s), term(p), term(o)))
        return g


class _Nodes(dict):
    """IRI -> its pyoxigraph node, made on first use: IRIs repeat (predicates, classes, a
    mention in six triples), and a lookup that finds one is the dict's own."""

    def __missing__(self, value: str) -> ox.NamedNode:
        node = self[value] = ox.NamedNode(value)
        return node


class _Builder:
    """Collects one analysis' triples as pyoxigraph terms; keeps the document id and text at hand."""

    def __init__(self, analysis: Analysis):
        self.a = analysis
        self.triples: dict[tuple, None] = {}  # an ordered set: a graph holds a triple once
        self._nodes = _Nodes()
        self._nifs: dict[tuple[int, int], URIRef] = {}  # the NIF strings made (see nif())
        self._described: dict[tuple, URIRef] = {}  # entities already described (see entity())
        self.doc_id = analysis.document.id
        self.text = analysis.document.text
        self.doc = iri.document(self.doc_id)

    def node(self, value: str) -> ox.NamedNode:
        return self._nodes[value]

    def add(self, s, p, o) -> None:
        """Add a triple; ``s`` and ``p`` are IRIs, ``o`` an IRI or a pyoxigraph literal."""
        # node() inlined: a graph adds ~500 triples
        nodes = self._nodes
        if isinstance(o, str):
            o = nodes[o]
        self.triples[(nodes[s], nodes[p], o)] = None

    # -- pieces ---------------------------------------------------------------

    def nif(self, start: int, end: int) -> URIRef:
        """The NIF string for ``text[start:end]`` (its triples added once: a span is often the
        evidence of a mention and of an event or a participant too)."""
        m = self._nifs.get((start, end))
        if m is not None:
            return m
        m = self._nifs[(start, end)] = iri.mention(self.doc_id, start, end)
        self.add(m, RDF.type, NIF.String)
        self.add(m, RDF.type, NIF.OffsetBasedString)
        self.add(m, NIF.beginIndex, _lit(start))
        self.add(m, NIF.endIndex, _lit(end))
        self.add(m, NIF.anchorOf, _lit(self.text[start:end]))
        self.add(m, NIF.referenceContext, self.doc)
        return m

    def entity(self, entity: Entity | None, label: str, place: bool = False) -> URIRef:
        """The IRI of a (possibly unlinked) entity, described in this graph."""
        # Describing the same entity again adds nothing (the triples are a set, and the
        # label checks below come out the same): describe each once.
        key = (id(entity), place) if entity is not None else (None, label, place)
        node = self._described.get(key)
        if node is None:
            node = self._described[key] = self._describe(entity, label, place)
        return node

    def _describe(self, entity: Entity | None, label: str, place: bool) -> URIRef:
        if entity is None:
            node = iri.local_entity(self.doc_id, label)
            self.add(node, RDF.type, KB.UnlinkedEntity)
            self.add(node, RDF.type, KB.Place if place else KB.Agent)
            self.add(node, RDFS.label, _lit(label, lang=self.a.document.lang or None))
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
        self.add(node, RDFS.label, _lit(entity.name, lang="en"))
        for lang, labels in sorted(entity.labels.items()):
            for i, lab in enumerate(labels):
                pred = RDFS.label if i == 0 and lang != "en" else SKOS.altLabel
                if (self.node(node), self.node(RDFS.label), _lit(lab, lang=lang)) not in self.triples:
                    self.add(node, pred, _lit(lab, lang=lang))
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
            self.add(node, SEM.hasEarliestBeginTimeStamp, _lit(d.earliest, datatype=XSD.date))
        if d.latest:
            self.add(node, SEM.hasLatestEndTimeStamp, _lit(d.latest, datatype=XSD.date))
        if d.value:
            self.add(node, KB.dateValue, _lit(d.value))
        if d.granularity in GRANULARITY_UNITS:
            self.add(node, KB.granularity, GRANULARITY_UNITS[d.granularity])
        if not d.resolved:
            self.add(node, KB.dateResolved, _lit(False))

    # -- top-level nodes ------------------------------------------------------

    def document(self, run: Run, graph_iri: URIRef) -> None:
        d = self.a.document
        self.add(self.doc, RDF.type, NIF.Context)
        self.add(self.doc, RDF.type, SDO.NewsArticle)
        self.add(self.doc, NIF.isString, _lit(d.text))
        self.add(self.doc, DCTERMS.identifier, _lit(d.id))
        if d.lang:
            self.add(self.doc, DCTERMS.language, _lit(d.lang))
            if d.meta.get("lang_source"):
                self.add(self.doc, KB.languageSource, _lit(str(d.meta["lang_source"])))
                self.add(self.doc, KB.languageConfidence,
                         _lit(f"{float(d.meta.get('lang_confidence') or 0):.3f}", datatype=XSD.decimal))
        if d.mode != "news":  # so that a document re-extracted from the store (kb relink) keeps it
            self.add(self.doc, KB.documentMode, _lit(d.mode))
        if d.published:
            self.add(self.doc, DCTERMS.issued, _lit(d.published, datatype=XSD.date))
        if d.source:
            self.add(self.doc, DCTERMS.source, _lit(d.source))
        if d.title:
            self.add(self.doc, DCTERMS.title, _lit(d.title))
        for span in self.a.boilerplate:
            if span.end > span.start:
                self.add(self.doc, KB.boilerplate, self.nif(span.start, span.end))
        for w in self.a.warnings:
            self.add(self.doc, KB.warning, _lit(w))

        self.add(graph_iri, RDF.type, PROV.Entity)
        self.add(graph_iri, PROV.wasDerivedFrom, self.doc)
        self.add(graph_iri, PROV.wasGeneratedBy, run.iri)
        self.add(run.iri, RDF.type, PROV.Activity)
        self.add(run.iri, PROV.startedAtTime, _lit(run.started, datatype=XSD.dateTime))
        self.add(run.iri, KB.toolVersion, _lit(run.tool_version))
        self.add(run.iri, KB.rulesVersion, _lit(run.rules_version))

    def event(self, e: Event) -> None:
        node = iri.event(self.doc_id, e.id)
        cls = iri.type_class(e.type)
        type_name = cls[len(KB._NS):]
        self.add(node, RDF.type, cls)
        self.add(node, RDF.type, SEM.Event)
        # kb:eventType always names the class; a type kb has no class for
        # becomes kb:Other with the original name as subtype.
        self.add(node, KB.eventType, _lit(type_name))
        subtype = e.subtype or (e.type if type_name != e.type else None)
        names = ", ".join(p.name for p in e.participants)
        self.add(node, RDFS.label, _lit(f"{type_name}: {names}" if names else type_name))
        for p in e.participants:
            who = self.participant(p)
            for prop in ROLE_PROPERTIES.get((p.role or "participant").lower(), (KB.participant,)):
                self.add(node, prop, who)
            self.add(node, SEM.hasActor, who)
        if e.place is not None:
            self.add(node, SEM.hasPlace, self.participant(e.place, place=True))
        if e.status in STATUS_IRIS:
            self.add(node, SDO.eventStatus, STATUS_IRIS[e.status])
        self.add(node, KB.status, _lit(e.status))
        if e.hypothetical or e.status == "hypothetical":
            self.add(node, KB.hypothetical, _lit(True))
        if e.negated:
            self.add(node, KB.negated, _lit(True))
        if e.date is not None:
            self.date(node, e.date)
            if e.date.text:
                self.add(node, KB.dateText, _lit(e.date.text))
            if e.date.uncertain:
                self.add(node, KB.dateUncertain, _lit(True))
            if e.date.source:
                self.add(node, KB.dateSource, _lit(e.date.source))
            if e.date.span is not None and e.date.span.end > e.date.span.start:
                self.add(node, KB.dateMention, self.nif(e.date.span.start, e.date.span.end))
        for prop, value in ((KB.subtype, subtype), (KB.office, e.office), (KB.outcome, e.outcome)):
            if value:
                self.add(node, prop, _lit(value))
        if e.implied_by:
            self.add(node, KB.impliedBy, iri.claim(self.doc_id, e.implied_by))
        self.add(node, KB.sourceDocument, self.doc)
        self.add(node, GAF.denotedBy, self.nif(e.evidence.start, e.evidence.end))
        if e.trigger is not None and e.trigger.end > e.trigger.start:
            self.add(node, KB.trigger, self.nif(e.trigger.start, e.trigger.end))

    def timex(self, n: int, t: Timex) -> None:
        node = iri.timex(self.doc_id, n)
        self.add(node, RDF.type, KB.TemporalExpression)
        self.add(node, KB.timexType, _lit(t.type))
        self.date(node, t)
        if t.mod:
            self.add(node, KB.timexMod, _lit(t.mod))
        if t.underspecified:
            self.add(node, KB.underspecifiedValue, _lit(t.underspecified))
        self.add(node, GAF.denotedBy, self.nif(t.start, t.end))

    def claim(self, c: Claim) -> None:
        node = iri.claim(self.doc_id, c.id)
        cls = {"count": KB.CountClaim, "ordinal": KB.OrdinalClaim}.get(c.kind, KB.Claim)
        self.add(node, RDF.type, cls)
        self.add(node, KB.claimKind, _lit(c.kind))
        if c.kind == "count":
            self.add(node, KB.count, _lit(c.value))
        elif c.kind == "ordinal":
            self.add(node, KB.ordinal, _lit(c.value))
        self.add(node, KB.countedType, iri.type_class(c.event_type))
        for p in c.participants:
            self.add(node, KB.claimParticipant, self.participant(p))
        if c.place is not None:
            self.add(node, KB.claimPlace, self.participant(c.place, place=True))
        if c.qualifier:
            self.add(node, KB.qualifier, _lit(c.qualifier))
        if c.since is not None:
            if c.since.earliest:
                self.add(node, KB.windowBegin, _lit(c.since.earliest, datatype=XSD.date))
            value = c.since.value
            closed = "/" in value and not value.endswith("/..")
            if closed and c.since.latest:
                self.add(node, KB.windowEnd, _lit(c.since.latest, datatype=XSD.date))
            self.add(node, KB.windowValue, _lit(value if "/" in value else f"{value}/.."))
            if not c.since.resolved:
                self.add(node, KB.dateResolved, _lit(False))
        if c.within:
            self.add(node, KB.window, _lit(c.within, datatype=XSD.duration))
        if c.scope:
            self.add(node, KB.scope, _lit(c.scope))
        if c.abroad:
            self.add(node, KB.abroad, _lit(True))
        if c.window_text:
            self.add(node, KB.windowText, _lit(c.window_text))
        if c.date is not None:
            self.add(node, KB.lastDateValue, _lit(c.date.value))
            if c.date.earliest:
                self.add(node, KB.lastDateBegin, _lit(c.date.earliest, datatype=XSD.date))
            if c.date.latest:
                self.add(node, KB.lastDateEnd, _lit(c.date.latest, datatype=XSD.date))
        as_of = c.as_of or self.a.document.published
        if as_of:
            self.add(node, KB.asOf, _lit(as_of, datatype=XSD.date))
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
            self.add(node, KB.mentionKind, _lit(m.kind))
        for ent in m.entities:
            self.add(node, ITSRDF.taIdentRef, self.entity(ent, m.text))


def document_graph(analysis: Analysis, run: Run | None = None, *, index: bool = True) -> DocumentGraph:
    """The named graph of one analysed document as pyoxigraph terms (what the store writes).

    ``index`` adds the index triples (:func:`kb.rdf.index.index_for`), as
    stored; ``run`` describes the extraction run (defaults to :meth:`Run.now`).
    """
    from kb.rdf.index import index_for

    run = run or Run.now()
    graph_iri = iri.graph(analysis.document.id)
    b = _Builder(analysis)
    b.document(run, graph_iri)
    for m in analysis.mentions:
        b.mention(m)
    for n, t in enumerate(analysis.timexes, start=1):
        b.timex(n, t)
    for e in analysis.events:
        b.event(e)
    for c in analysis.claims:
        b.claim(c)
    if index:
        for t in index_for(list(b.triples)):
            b.triples[t] = None
    return DocumentGraph(graph_iri, list(b.triples))


def graph_for(analysis: Analysis, run: Run | None = None) -> tuple[URIRef, Graph]:
    """The named graph IRI and the rdflib graph of one analysed document (without index triples).

    ``run`` describes the extraction run (defaults to :meth:`Run.now`); pass a
    fixed one for reproducible output.
    """
    dg = document_graph(analysis, run, index=False)
    return dg.iri, dg.to_rdflib()


def to_trig(graphs: list[tuple[URIRef, Graph]]) -> str:
    """Serialise named graphs as one TriG document."""
    ds = Dataset()
    bind_prefixes(ds)
    for graph_iri, g in graphs:
        named = ds.graph(graph_iri)
        for triple in g:
            named.add(triple)
    return ds.serialize(format="trig")
