"""Namespaces of kb's RDF model (see ``docs/rdf-model.md``).

Every ``kb:`` term is declared here with ``_fail = True``, so a typo such as
``KB.StatVisit`` raises instead of silently minting a wrong IRI. SEM, NIF, GAF
and ITSRDF are declared here too because rdflib does not ship them; PROV,
OWL-Time, schema.org and DCTERMS come from :mod:`rdflib.namespace`.
"""

from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import (
    DCTERMS,
    OWL,
    PROV,
    RDF,
    RDFS,
    SDO,
    SKOS,
    TIME,
    XSD,
    DefinedNamespace,
    NamespaceManager,
)

from kb.rdf import prefixes as _plain
from kb.rdf.prefixes import sparql_prefixes

__all__ = [
    "DCTERMS",
    "GAF",
    "ITSRDF",
    "KB",
    "KBR",
    "NIF",
    "OWL",
    "PREFIXES",
    "PROV",
    "RDF",
    "RDFS",
    "SDO",
    "SEM",
    "SKOS",
    "TIME",
    "WD",
    "XSD",
    "bind_prefixes",
    "sparql_prefixes",
]


class KB(DefinedNamespace):
    """kb's own vocabulary; every term is described in ``kb/vocab.ttl``."""

    _fail = True
    _NS = Namespace("https://w3id.org/kb/ns#")

    # Event classes (all sem:Event).
    Visit: URIRef
    StateVisit: URIRef
    Meeting: URIRef
    Summit: URIRef
    PhoneCall: URIRef
    Election: URIRef
    ReElection: URIRef
    Statement: URIRef
    Announcement: URIRef
    AgreementSigning: URIRef
    ArmedConflictStart: URIRef
    Other: URIRef
    CanonicalEvent: URIRef

    # Other classes.
    TemporalExpression: URIRef
    Claim: URIRef
    CountClaim: URIRef
    OrdinalClaim: URIRef
    RejectedDocument: URIRef

    # Entity classes.
    Agent: URIRef
    Place: URIRef
    Person: URIRef
    Country: URIRef
    City: URIRef
    Region: URIRef
    Government: URIRef
    Ministry: URIRef
    Office: URIRef
    Organisation: URIRef
    NewsAgency: URIRef
    Group: URIRef
    UnlinkedEntity: URIRef

    # Individuals: event statuses schema.org lacks, granularities OWL-Time lacks.
    EventHappened: URIRef
    EventOngoing: URIRef
    unitQuarter: URIRef
    unitDecade: URIRef
    unitCentury: URIRef

    # Roles (sub-properties of sem:hasActor).
    visitor: URIRef
    host: URIRef
    participant: URIRef
    speaker: URIRef
    candidate: URIRef
    winner: URIRef
    loser: URIRef
    signatory: URIRef
    aggressor: URIRef
    target: URIRef

    # Event properties.
    eventType: URIRef
    status: URIRef
    hypothetical: URIRef
    negated: URIRef
    subtype: URIRef
    office: URIRef
    outcome: URIRef
    sourceDocument: URIRef
    trigger: URIRef
    impliedBy: URIRef

    # Dates.
    dateValue: URIRef
    granularity: URIRef
    dateText: URIRef
    dateUncertain: URIRef
    dateResolved: URIRef
    dateMention: URIRef
    dateSource: URIRef
    languageSource: URIRef
    languageConfidence: URIRef
    documentMode: URIRef
    timexType: URIRef
    timexMod: URIRef
    underspecifiedValue: URIRef

    # Mentions and entities.
    mentionKind: URIRef
    country: URIRef
    kind: URIRef

    # A KB's gazetteer additions (graph kbr:graph/_gazetteer).
    GazetteerEntry: URIRef
    GazetteerRemoval: URIRef
    gazetteerRow: URIRef
    entityId: URIRef
    entity: URIRef

    # Claims.
    claimKind: URIRef
    count: URIRef
    ordinal: URIRef
    countedType: URIRef
    claimParticipant: URIRef
    claimPlace: URIRef
    qualifier: URIRef
    windowBegin: URIRef
    windowEnd: URIRef
    windowValue: URIRef
    window: URIRef
    asOf: URIRef
    aboutEvent: URIRef
    implies: URIRef
    scope: URIRef
    abroad: URIRef
    windowText: URIRef
    lastDateValue: URIRef
    lastDateBegin: URIRef
    lastDateEnd: URIRef

    # Documents and provenance.
    boilerplate: URIRef
    warning: URIRef
    toolVersion: URIRef
    rulesVersion: URIRef
    rejectedAt: URIRef
    report: URIRef
    documentRecord: URIRef

    # Index keys (kb.rdf.index) that make frequent queries fast at scale.
    actorPeriod: URIRef
    actorYear: URIRef
    actorCentury: URIRef
    actorPair: URIRef
    year: URIRef
    typePeriod: URIRef
    typeYear: URIRef
    typeCentury: URIRef
    placePeriod: URIRef
    placeYear: URIRef
    placeCentury: URIRef
    timelineRow: URIRef  # not a key: the event's stored timeline row (kb.exporters.records.row_record)

    # Cross-document merging.
    reportedBy: URIRef
    conflict: URIRef

    # Review (kb.review): corrections in kbr:graph/_review/{doc}, and their marks on events and claims.
    Correction: URIRef
    reviewAction: URIRef
    reviewedDocument: URIRef
    reviewedItem: URIRef
    reviewSequence: URIRef
    reviewNote: URIRef
    evidenceBegin: URIRef
    evidenceEnd: URIRef
    evidenceText: URIRef
    triggerBegin: URIRef
    triggerEnd: URIRef
    keyType: URIRef
    change: URIRef
    changedField: URIRef
    oldValue: URIRef
    newValue: URIRef
    setEntity: URIRef
    entityRef: URIRef
    entityLabel: URIRef
    entityClass: URIRef
    appliedTo: URIRef
    orphaned: URIRef
    reviewed: URIRef
    reviewedBy: URIRef
    claimVerdict: URIRef


class SEM(DefinedNamespace):
    """Simple Event Model (van Hage et al. 2011)."""

    _fail = True
    _NS = Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")

    Core: URIRef
    Event: URIRef
    Actor: URIRef
    Place: URIRef
    Time: URIRef
    Role: URIRef
    EventType: URIRef
    ActorType: URIRef
    PlaceType: URIRef
    hasActor: URIRef
    hasPlace: URIRef
    hasTime: URIRef
    hasSubEvent: URIRef
    eventType: URIRef
    actorType: URIRef
    placeType: URIRef
    hasTimeStamp: URIRef
    hasBeginTimeStamp: URIRef
    hasEndTimeStamp: URIRef
    hasEarliestBeginTimeStamp: URIRef
    hasLatestBeginTimeStamp: URIRef
    hasEarliestEndTimeStamp: URIRef
    hasLatestEndTimeStamp: URIRef
    roleType: URIRef


class NIF(DefinedNamespace):
    """NLP Interchange Format core (the terms kb uses)."""

    _fail = True
    _NS = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")

    Context: URIRef
    String: URIRef
    OffsetBasedString: URIRef
    RFC5147String: URIRef
    Phrase: URIRef
    Sentence: URIRef
    Word: URIRef
    beginIndex: URIRef
    endIndex: URIRef
    anchorOf: URIRef
    referenceContext: URIRef
    isString: URIRef
    sourceUrl: URIRef
    predLang: URIRef


class GAF(DefinedNamespace):
    """Grounded Annotation Framework: links instances to the mentions that denote them."""

    _fail = True
    _NS = Namespace("http://groundedannotationframework.org/gaf#")

    denotedBy: URIRef
    denotes: URIRef
    containsDenotationOf: URIRef
    Mention: URIRef
    Instance: URIRef


class ITSRDF(DefinedNamespace):
    """Internationalization Tag Set as RDF (entity linking of mentions)."""

    _fail = True
    _NS = Namespace("http://www.w3.org/2005/11/its/rdf#")

    taIdentRef: URIRef
    taClassRef: URIRef
    taConfidence: URIRef
    taSource: URIRef


# Resources minted by kb (documents, graphs, events, ...): see kb.rdf.iri.
KBR = Namespace(_plain.KBR)
WD = Namespace(_plain.WD)

# The same IRIs as plain strings live in kb.rdf.prefixes (no rdflib); tests/test_prefixes.py
# checks them against the namespaces above.
PREFIXES: dict[str, str] = _plain.PREFIXES


def bind_prefixes(graph) -> None:
    """Bind kb's prefixes on an rdflib graph (or dataset) for readable output."""
    nm: NamespaceManager = graph.namespace_manager
    for prefix, ns in PREFIXES.items():
        nm.bind(prefix, ns, override=True, replace=True)
