"""Review: a person's corrections of extracted events and claims, kept apart and applied everywhere.

A correction (accept, reject, correct, add an event, check a claim) is stored
in the document's own review graph ``kbr:graph/_review/{doc}`` with PROV-O
(``prov:wasAttributedTo``, ``prov:generatedAtTime``), what changed (old and new
values) and the key it is matched by: the document, the evidence span, the type
the item had and its trigger span; never only the event IRI, which a new
extraction may give to another event. Shapes: ``shapes/review.ttl``.

Corrections are applied to the document's graph itself (a rejected event's
triples go, a corrected date replaces the old bounds and index keys, ...), so
whatever reads events (the timeline, every export format, the named queries,
``kb check-claims``, ``kb merge``, SPARQL) reads the corrected KB, and nothing
has to filter. When a document is ingested again, :func:`reapply` (called by
:class:`kb.store.Store` after each document write) applies the document's
corrections to the fresh graph in their order; one whose span no longer
matches any event is marked ``kb:orphaned`` and listed, never dropped.

>>> from kb.store import Store                               # doctest: +SKIP
>>> rv = Review(Store(None))                                 # doctest: +SKIP
>>> rv.reject("n1", "https://w3id.org/kb/id/doc/n1/event/e2", "anna")  # doctest: +SKIP
"""

from __future__ import annotations

import datetime as _dt
import hashlib
from dataclasses import dataclass, field
from urllib.parse import quote, unquote

import pyoxigraph as ox

from .errors import InputError
from .lazy import LazyModule
from .model import EVENT_TYPES, STATUSES
from .rdf.prefixes import KBR

# rdflib (which kb.rdf.iri imports) only where a correction is made or applied: kb ingest --workers'
# writer asks each document for corrections and imports nothing else of it
_iri = LazyModule("kb.rdf.iri")

__all__ = ["ACTIONS", "Correction", "Review", "ReviewError", "apply_corrections", "reapply", "review_graph"]

ACTIONS = ("accept", "reject", "correct", "add", "check")
FIELDS = ("type", "participants", "place", "date", "status")
VERDICTS = ("checked", "wrong")
REVIEW_PREFIX = f"{KBR}graph/_review/"
_CORRECTION_PREFIX = f"{KBR}review/"
_AGENT_PREFIX = f"{KBR}reviewer/"

_KB = "https://w3id.org/kb/ns#"
_SEM = "http://semanticweb.cs.vu.nl/2009/11/sem/"
_NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"
_GAF = "http://groundedannotationframework.org/gaf#"
_PROV = "http://www.w3.org/ns/prov#"
_RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
_RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
_XSD = "http://www.w3.org/2001/XMLSchema#"
_SDO = "https://schema.org/"
_TIME = "http://www.w3.org/2006/time#"


class ReviewError(InputError):
    """A correction that cannot be made or read (unknown event, bad value, bad file); exit code 2."""


def _n(value: str) -> ox.NamedNode:
    return ox.NamedNode(value)


def _lit(value, datatype: str | None = None, lang: str | None = None) -> ox.Literal:
    if lang:
        return ox.Literal(str(value), language=lang)
    if datatype:
        return ox.Literal(str(value), datatype=_n(datatype))
    return ox.Literal(str(value))


_TYPE = _n(_RDF_TYPE)
_LABEL = _n(_RDFS_LABEL)
_TRUE = _lit("true", _XSD + "boolean")


def K(name: str) -> ox.NamedNode:  # noqa: N802 - reads like the KB namespace
    return _n(_KB + name)


def review_graph(doc_id: str) -> str:
    """The IRI of a document's review graph (a kb-own graph: its segment starts with ``_``)."""
    return REVIEW_PREFIX + quote(doc_id, safe="")


def doc_of_review_graph(graph_iri: str) -> str | None:
    return unquote(graph_iri[len(REVIEW_PREFIX):]) if graph_iri.startswith(REVIEW_PREFIX) else None


# -- what a correction is ----------------------------------------------------------

@dataclass
class Entity:
    """An actor or place a correction sets, with what describes it in a document graph."""

    iri: str
    label: str
    classes: tuple[str, ...] = ()


@dataclass
class Correction:
    """One correction, as stored in a review graph."""

    iri: str
    action: str
    doc_id: str
    who: str
    when: str  # xsd:dateTime, UTC
    sequence: int
    target: str = ""  # the event or claim IRI when the correction was made
    begin: int | None = None  # the key: evidence span ...
    end: int | None = None
    key_type: str = ""  # ... and the type it had (a claim: its counted type's name)
    trigger: tuple[int, int] | None = None
    evidence: str = ""
    changes: dict[str, str] = field(default_factory=dict)  # field -> new value (participants: IRIs, spaced)
    previous: dict[str, str] = field(default_factory=dict)  # field -> old value
    entities: dict[str, list[Entity]] = field(default_factory=dict)  # "participants"/"place" -> entities
    note: str | None = None
    applied_to: str | None = None
    orphaned: bool = False

    @property
    def kind(self) -> str:
        return "claim" if self.action == "check" else "event"

    def as_dict(self) -> dict:
        return {"iri": self.iri, "action": self.action, "doc_id": self.doc_id, "target": self.target,
                "applied_to": self.applied_to, "who": self.who, "when": self.when,
                "changes": dict(self.changes), "previous": dict(self.previous), "note": self.note,
                "evidence": [self.begin, self.end], "type": self.key_type, "orphaned": self.orphaned}


def _correction_iri(doc_id: str, *parts) -> str:
    h = hashlib.sha1("\x1f".join(map(str, (doc_id, *parts))).encode("utf-8")).hexdigest()[:16]
    return f"{_CORRECTION_PREFIX}{quote(doc_id, safe='')}/{h}"


def _agent(who: str) -> str:
    return _AGENT_PREFIX + quote(who, safe="")


def to_triples(c: Correction) -> list[tuple]:
    """The triples of one correction (pyoxigraph terms) in its review graph."""
    node = _n(c.iri)
    out = [(node, _TYPE, K("Correction")), (node, _TYPE, _n(_PROV + "Entity")),
           (node, K("reviewAction"), _lit(c.action)),
           (node, _n(_PROV + "wasAttributedTo"), _n(_agent(c.who))),
           (_n(_agent(c.who)), _TYPE, _n(_PROV + "Agent")), (_n(_agent(c.who)), _LABEL, _lit(c.who)),
           (node, _n(_PROV + "generatedAtTime"), _lit(c.when, _XSD + "dateTime")),
           (node, K("reviewSequence"), _lit(c.sequence, _XSD + "integer")),
           (node, K("reviewedDocument"), _n(str(_iri.document(c.doc_id)))),
           (node, K("keyType"), _lit(c.key_type)),
           (node, K("evidenceText"), _lit(c.evidence)),
           (node, K("orphaned"), _lit("true" if c.orphaned else "false", _XSD + "boolean"))]
    if c.target:
        out.append((node, K("reviewedItem"), _n(c.target)))
    if c.begin is not None:
        out += [(node, K("evidenceBegin"), _lit(c.begin, _XSD + "integer")),
                (node, K("evidenceEnd"), _lit(c.end, _XSD + "integer"))]
    if c.trigger is not None:
        out += [(node, K("triggerBegin"), _lit(c.trigger[0], _XSD + "integer")),
                (node, K("triggerEnd"), _lit(c.trigger[1], _XSD + "integer"))]
    if c.note:
        out.append((node, K("reviewNote"), _lit(c.note)))
    if c.applied_to:
        out.append((node, K("appliedTo"), _n(c.applied_to)))
    for name in sorted(set(c.changes) | set(c.previous)):
        ch = ox.BlankNode()
        out += [(node, K("change"), ch), (ch, K("changedField"), _lit(name))]
        if name in c.previous:
            out.append((ch, K("oldValue"), _lit(c.previous[name])))
        if name in c.changes:
            out.append((ch, K("newValue"), _lit(c.changes[name])))
    for name, ents in sorted(c.entities.items()):
        for e in ents:
            en = ox.BlankNode()
            out += [(node, K("setEntity"), en), (en, K("changedField"), _lit(name)),
                    (en, K("entityRef"), _n(e.iri)), (en, K("entityLabel"), _lit(e.label))]
            out += [(en, K("entityClass"), _n(cls)) for cls in e.classes]
    return out


def from_triples(triples) -> list[Correction]:
    """The corrections among ``triples`` (of one or more review graphs), in application order.

    Raises :class:`ReviewError` for a correction that lacks what it needs.
    """
    by_subject: dict = {}
    for s, p, o in triples:
        by_subject.setdefault(s, {}).setdefault(p.value, []).append(o)
    out = []
    for s, props in by_subject.items():
        if K("Correction") not in props.get(_RDF_TYPE, ()):
            continue
        out.append(_correction(s, props, by_subject))
    return sorted(out, key=lambda c: (c.doc_id, c.sequence, c.when, c.iri))


def _correction(s, props: dict, by_subject: dict) -> Correction:
    def one(name: str, base: str = _KB, required: bool = False):
        values = props.get(base + name, [])
        if not values:
            if required:
                raise ReviewError(f"correction {s.value} has no {name}")
            return None
        return values[0]

    def integer(name: str) -> int | None:
        v = one(name)
        if v is None:
            return None
        try:
            return int(v.value)
        except ValueError:
            raise ReviewError(f"correction {s.value}: {name} {v.value!r} is not an integer") from None

    action = one("reviewAction", required=True).value
    if action not in ACTIONS:
        raise ReviewError(f"correction {s.value}: unknown action {action!r}; one of {', '.join(ACTIONS)}")
    doc = one("reviewedDocument", required=True).value
    doc_id = _iri.doc_id_of(doc)
    if doc_id is None:
        raise ReviewError(f"correction {s.value}: {doc} is not a kb document IRI")
    agent = one("wasAttributedTo", _PROV, required=True)
    who_labels = by_subject.get(agent, {}).get(_RDFS_LABEL, [])
    who = who_labels[0].value if who_labels else unquote(agent.value.rsplit("/", 1)[-1])
    c = Correction(iri=s.value, action=action, doc_id=doc_id, who=who,
                   when=one("generatedAtTime", _PROV, required=True).value,
                   sequence=integer("reviewSequence") or 0,
                   target=one("reviewedItem").value if one("reviewedItem") else "",
                   begin=integer("evidenceBegin"), end=integer("evidenceEnd"),
                   key_type=(one("keyType") or _lit("")).value,
                   evidence=(one("evidenceText") or _lit("")).value,
                   note=one("reviewNote").value if one("reviewNote") else None,
                   applied_to=one("appliedTo").value if one("appliedTo") else None,
                   orphaned=(one("orphaned") or _lit("false")).value in ("true", "1"))
    if (c.begin is None) != (c.end is None) or (c.begin is not None and not 0 <= c.begin <= c.end):
        raise ReviewError(f"correction {s.value}: the evidence span must have a begin and an end, begin <= end")
    if c.begin is None:
        raise ReviewError(f"correction {s.value} has no evidence span (kb:evidenceBegin, kb:evidenceEnd)")
    tb, te = integer("triggerBegin"), integer("triggerEnd")
    if tb is not None and te is not None:
        c.trigger = (tb, te)
    for ch in props.get(_KB + "change", []):
        cp = by_subject.get(ch, {})
        name = cp.get(_KB + "changedField", [None])[0]
        if name is None:
            raise ReviewError(f"correction {s.value}: a change without kb:changedField")
        if cp.get(_KB + "newValue"):
            c.changes[name.value] = cp[_KB + "newValue"][0].value
        if cp.get(_KB + "oldValue"):
            c.previous[name.value] = cp[_KB + "oldValue"][0].value
    for en in props.get(_KB + "setEntity", []):
        ep = by_subject.get(en, {})
        try:
            name = ep[_KB + "changedField"][0].value
            ent = Entity(ep[_KB + "entityRef"][0].value, ep[_KB + "entityLabel"][0].value,
                         tuple(sorted(x.value for x in ep.get(_KB + "entityClass", []))))
        except (KeyError, IndexError):
            raise ReviewError(f"correction {s.value}: a kb:setEntity needs changedField, entityRef and "
                              "entityLabel") from None
        c.entities.setdefault(name, []).append(ent)
    _check_values(c)
    return c


def _check_values(c: Correction) -> None:
    """Raise :class:`ReviewError` for changes kb cannot apply (unknown field, type, status, date)."""
    where = f"correction {c.iri}" if c.iri else "correction"
    for name, value in c.changes.items():
        if c.action == "check":
            if name != "verdict" or value not in VERDICTS:
                raise ReviewError(f"{where}: a claim's verdict is one of {', '.join(VERDICTS)}")
            continue
        if name not in FIELDS:
            raise ReviewError(f"{where}: unknown field {name!r}; one of {', '.join(FIELDS)}")
        if name == "type" and value not in EVENT_TYPES:
            raise ReviewError(f"{where}: unknown event type {value!r}; one of {', '.join(EVENT_TYPES)}")
        if name == "status" and value not in STATUSES:
            raise ReviewError(f"{where}: unknown status {value!r}; one of {', '.join(STATUSES)}")
        if name == "date" and date_bounds(value) is None:
            raise ReviewError(f"{where}: date {value!r} is not a TIMEX3 value kb can bound "
                              "(e.g. 2024-05-16, 2024-05, 2024, 2024-W20, 2024-Q2)")
    if c.action == "add" and "type" not in c.changes:
        raise ReviewError(f"{where}: an added event needs a type")


def date_bounds(value: str) -> tuple[str, str, str] | None:
    """``(earliest, latest, granularity)`` of a resolved TIMEX3 value, else None."""
    from .temporal.resolve import bounds

    lo, hi, gran = bounds(value.strip()) if value and value.strip() else (None, None, None)
    if lo is None or hi is None or gran is None:
        return None
    return lo.isoformat(), hi.isoformat(), gran


# -- applying corrections to a document graph -----------------------------------

class _Graph:
    """A document graph's triples, indexed by subject, for applying corrections."""

    def __init__(self, triples):
        self.triples: dict[tuple, None] = dict.fromkeys(triples)
        self.by_subject: dict = {}
        for t in self.triples:
            self.by_subject.setdefault(t[0], []).append(t)

    def add(self, s, p, o) -> None:
        t = (s, p, o)
        if t not in self.triples:
            self.triples[t] = None
            self.by_subject.setdefault(s, []).append(t)

    def remove(self, s, p=None) -> None:
        keep = []
        for t in self.by_subject.get(s, []):
            if p is None or t[1] == p:
                self.triples.pop(t, None)
            else:
                keep.append(t)
        self.by_subject[s] = keep

    def objects(self, s, p) -> list:
        return [t[2] for t in self.by_subject.get(s, ()) if t[1] == p]

    def value(self, s, p):
        objs = self.objects(s, p)
        return min(objs, key=str) if objs else None

    def subjects_of_type(self, cls) -> list:
        return sorted({t[0] for t in self.triples if t[1] == _TYPE and t[2] == cls}, key=str)

    def span(self, node) -> tuple[int, int] | None:
        if node is None:
            return None
        b, e = self.value(node, _n(_NIF + "beginIndex")), self.value(node, _n(_NIF + "endIndex"))
        try:
            return int(b.value), int(e.value)
        except (AttributeError, ValueError):
            return None


def item_key(g: _Graph, item, claim: bool = False) -> tuple:
    """``(begin, end, type, trigger)`` of an event or claim node of ``g``."""
    span = g.span(g.value(item, _n(_GAF + "denotedBy"))) or (None, None)
    if claim:
        counted = g.value(item, K("countedType"))
        kind = counted.value.rsplit("#", 1)[-1] if counted is not None else ""
        return span[0], span[1], kind, None
    t = g.value(item, K("eventType"))
    return span[0], span[1], t.value if t is not None else "", g.span(g.value(item, K("trigger")))


def _items(g: _Graph, claim: bool) -> list:
    if claim:
        return sorted({t[0] for t in g.triples if t[1] == K("claimKind")}, key=str)
    return g.subjects_of_type(_n(_SEM + "Event"))


def _match(g: _Graph, c: Correction):
    """The item of ``g`` the correction is keyed to, or None."""
    claim = c.kind == "claim"
    found = [i for i in _items(g, claim) if item_key(g, i, claim)[:3] == (c.begin, c.end, c.key_type)]
    if len(found) > 1:  # two events of one type in one sentence: the trigger, then the IRI tells
        by_trigger = [i for i in found if c.trigger is not None and item_key(g, i)[3] == c.trigger]
        by_iri = [i for i in found if i.value == c.target]
        found = by_trigger or by_iri or found
    return found[0] if found else None


def apply_corrections(triples, corrections: list[Correction]) -> tuple[list[tuple], list[Correction]]:
    """The document graph ``triples`` with ``corrections`` applied in order; the corrections
    come back with ``applied_to``/``orphaned`` set. Pure: reads and writes nothing."""
    g = _Graph(triples)
    for c in corrections:
        if c.action == "add":
            _add_event(g, c)
            continue
        item = _match(g, c)
        c.applied_to = item.value if item is not None else None
        c.orphaned = item is None
        if item is None:
            continue
        if c.action == "reject":
            g.remove(item)
            continue
        if c.action == "check":
            g.remove(item, K("claimVerdict"))
            g.add(item, K("claimVerdict"), _lit(c.changes.get("verdict", "checked")))
        else:
            _change_event(g, item, c)
            g.add(item, K("reviewed"), _TRUE)
        g.add(item, K("reviewedBy"), _n(c.iri))
    _rerow(g)
    return list(g.triples), corrections


def _doc_text(g: _Graph) -> tuple[object, str] | tuple[None, None]:
    for doc in g.subjects_of_type(_n(_NIF + "Context")):
        text = g.value(doc, _n(_NIF + "isString"))
        return doc, (text.value if text is not None else "")
    return None, None


def _add_event(g: _Graph, c: Correction) -> None:
    doc, text = _doc_text(g)
    if doc is None or text[c.begin:c.end] != c.evidence or c.end > len(text):
        c.applied_to, c.orphaned = None, True
        return
    existing = _match(g, Correction("", "add", c.doc_id, "", "", 0, begin=c.begin, end=c.end,
                                    key_type=c.changes["type"]))
    if existing is not None:  # a new extraction found it: review that one
        node = existing
    else:
        node = _n(str(_iri.event(c.doc_id, "r" + c.iri.rsplit("/", 1)[-1][:10])))
        m = _n(str(_iri.mention(c.doc_id, c.begin, c.end)))
        for p, o in ((_TYPE, _n(_NIF + "String")), (_TYPE, _n(_NIF + "OffsetBasedString")),
                     (_n(_NIF + "beginIndex"), _lit(c.begin, _XSD + "integer")),
                     (_n(_NIF + "endIndex"), _lit(c.end, _XSD + "integer")),
                     (_n(_NIF + "anchorOf"), _lit(c.evidence)), (_n(_NIF + "referenceContext"), doc)):
            g.add(m, p, o)
        g.add(node, _TYPE, _n(_SEM + "Event"))
        g.add(node, K("sourceDocument"), doc)
        g.add(node, _n(_GAF + "denotedBy"), m)
        g.add(node, K("eventType"), _lit(c.changes["type"]))
        g.add(node, _TYPE, K(c.changes["type"]))
        g.add(node, K("status"), _lit("past"))
        g.add(node, _n(_SDO + "eventStatus"), _STATUS_IRIS()["past"])
    _change_event(g, node, c)
    g.add(node, K("reviewed"), _TRUE)
    g.add(node, K("reviewedBy"), _n(c.iri))
    c.applied_to, c.orphaned = node.value, False


def _STATUS_IRIS() -> dict:  # noqa: N802
    from .rdf.build import STATUS_IRIS

    return {k: _n(str(v)) for k, v in STATUS_IRIS.items()}


def _change_event(g: _Graph, e, c: Correction) -> None:
    ch = c.changes
    if "type" in ch:
        old = g.value(e, K("eventType"))
        if old is not None:
            g.remove(e, K("eventType"))
            for t in list(g.by_subject.get(e, ())):
                if t[1] == _TYPE and t[2] == K(old.value):
                    g.triples.pop(t, None)
                    g.by_subject[e].remove(t)
        g.add(e, K("eventType"), _lit(ch["type"]))
        g.add(e, _TYPE, K(ch["type"]))
    if "status" in ch:
        g.remove(e, K("status"))
        g.remove(e, _n(_SDO + "eventStatus"))
        g.remove(e, K("hypothetical"))
        g.add(e, K("status"), _lit(ch["status"]))
        iris = _STATUS_IRIS()
        if ch["status"] in iris:
            g.add(e, _n(_SDO + "eventStatus"), iris[ch["status"]])
        if ch["status"] == "hypothetical":
            g.add(e, K("hypothetical"), _TRUE)
    if "date" in ch:
        _set_date(g, e, ch["date"])
    if "participants" in ch:
        _set_participants(g, e, c)
    if "place" in ch:
        g.remove(e, _n(_SEM + "hasPlace"))
        for ent in c.entities.get("place", []):
            _describe(g, ent, place=True)
            g.add(e, _n(_SEM + "hasPlace"), _n(ent.iri))
    if {"type", "participants", "date"} & set(ch):
        _relabel(g, e)
    if {"type", "participants", "date", "place"} & set(ch):
        _reindex(g, e)


_GRAN = {"day": _TIME + "unitDay", "week": _TIME + "unitWeek", "month": _TIME + "unitMonth",
         "quarter": _KB + "unitQuarter", "year": _TIME + "unitYear", "decade": _KB + "unitDecade",
         "century": _KB + "unitCentury"}
_DATE_PREDICATES = ("dateValue", "granularity", "dateText", "dateUncertain", "dateSource", "dateMention",
                    "dateResolved")


def _set_date(g: _Graph, e, value: str) -> None:
    lo, hi, gran = date_bounds(value)
    for name in _DATE_PREDICATES:
        g.remove(e, K(name))
    g.remove(e, _n(_SEM + "hasEarliestBeginTimeStamp"))
    g.remove(e, _n(_SEM + "hasLatestEndTimeStamp"))
    g.add(e, _n(_SEM + "hasEarliestBeginTimeStamp"), _lit(lo, _XSD + "date"))
    g.add(e, _n(_SEM + "hasLatestEndTimeStamp"), _lit(hi, _XSD + "date"))
    g.add(e, K("dateValue"), _lit(value.strip()))
    g.add(e, K("granularity"), _n(_GRAN[gran]))


_ROLE_PREDICATES = tuple(K(p) for p in ("visitor", "host", "participant", "speaker", "candidate", "winner",
                                          "loser", "signatory", "aggressor", "target"))


def _set_participants(g: _Graph, e, c: Correction) -> None:
    new = {ent.iri: ent for ent in c.entities.get("participants", [])}
    roles = {t for t in g.by_subject.get(e, ()) if t[1] in _ROLE_PREDICATES}
    g.remove(e, _n(_SEM + "hasActor"))
    for t in roles:
        if t[2].value not in new:
            g.triples.pop(t, None)
            g.by_subject[e].remove(t)
    kept = {t[2].value for t in roles if t[2].value in new}
    for ent in new.values():
        _describe(g, ent, place=False)
        g.add(e, _n(_SEM + "hasActor"), _n(ent.iri))
        if ent.iri not in kept:
            g.add(e, K("participant"), _n(ent.iri))


def _describe(g: _Graph, ent: Entity, place: bool) -> None:
    node = _n(ent.iri)
    base = K("Place") if place else K("Agent")
    if base in g.objects(node, _TYPE):
        return
    g.add(node, _TYPE, base)
    for cls in ent.classes:
        g.add(node, _TYPE, _n(cls))
    if not g.objects(node, _LABEL):
        g.add(node, _LABEL, _lit(ent.label, lang="en"))


def _name(g: _Graph, node) -> str:
    labels = g.objects(node, _LABEL)
    en = sorted(x.value for x in labels if getattr(x, "language", None) == "en")
    anything = sorted(x.value for x in labels)
    return (en or anything or [node.value.rsplit("/", 1)[-1]])[0]


def _relabel(g: _Graph, e) -> None:
    t = g.value(e, K("eventType"))
    names = ", ".join(sorted(_name(g, a) for a in g.objects(e, _n(_SEM + "hasActor"))))
    g.remove(e, _LABEL)
    type_name = t.value if t is not None else "Other"
    g.add(e, _LABEL, _lit(f"{type_name}: {names}" if names else type_name))


def _reindex(g: _Graph, e) -> None:
    """The index triples of ``e`` computed again (its type, actors, date or place changed)."""
    from .rdf.index import INDEX_IRIS, index_for

    for pred in INDEX_IRIS:
        g.remove(e, _n(pred))
    own = list(g.by_subject.get(e, ()))
    places = [t[2] for t in own if t[1] == _n(_SEM + "hasPlace")]  # their kb:country: keys of the event too
    for t in index_for(own + [t for p in places for t in g.by_subject.get(p, ())], rows=False):
        g.add(*t)


def _rerow(g: _Graph) -> None:
    """Every event's stored timeline row computed again from the corrected graph (a row
    shows labels, evidence and the document too, which any correction may change)."""
    from .rdf.index import row_triples

    row = K("timelineRow")
    for s in [t[0] for t in g.triples if t[1] == row]:
        g.remove(s, row)
    for t in row_triples(list(g.triples)):
        g.add(*t)


# -- the store side ----------------------------------------------------------------

def _read(store, graph_iri: str) -> list[tuple]:
    """The triples of one named graph as pyoxigraph terms (empty when there is none)."""
    from .exporters.records import embedded

    ox_store = embedded(store)
    if ox_store is not None:
        return [(q.subject, q.predicate, q.object)
                for q in ox_store.quads_for_pattern(None, None, None, _n(graph_iri))]
    nt = store.get_graph(graph_iri).serialize(format="nt", encoding="utf-8")
    return [(t.subject, t.predicate, t.object) for t in ox.parse(nt, format=ox.RdfFormat.N_TRIPLES)]


def _review_triples(corrections: list[Correction]) -> list[tuple]:
    return list(dict.fromkeys(t for c in corrections for t in to_triples(c)))


def _validate(graphs: dict[str, list[tuple]]) -> None:
    """Raise :class:`ReviewError` when a graph to be written violates kb's shapes."""
    from .rdf.terms import to_rdflib
    from .rdf.validate import results
    from rdflib import Graph

    for name, triples in graphs.items():
        g = Graph()
        for t in triples:
            g.add(tuple(map(to_rdflib, t)))
        bad = [r for r in results(g) if r.severity == "Violation"]
        if bad:
            raise ReviewError(f"the correction would leave {name} violating the shapes: {bad[0].message}"
                              + (f" (and {len(bad) - 1} more)" if len(bad) > 1 else ""))


def reapply(store, doc_ids) -> int:
    """Apply the stored corrections of each of ``doc_ids`` that has any to its (new) graph.

    Called by :class:`kb.store.Store` after it wrote documents (ingest, parallel
    ingest, ``kb load``); returns how many documents had corrections.
    """
    writes: dict[str, list[tuple]] = {}
    for doc_id in doc_ids:
        rg = review_graph(doc_id)
        if not store.has_graph(rg):
            continue
        corrections = from_triples(_read(store, rg))
        triples, corrections = apply_corrections(_read(store, str(_iri.graph(doc_id))), corrections)
        writes[rg] = _review_triples(corrections)  # first, as in Review._record
        writes[str(_iri.graph(doc_id))] = triples
    if writes:
        store.replace_graphs(writes)
    return len(writes) // 2


class Review:
    """Corrections of one store: make them, list them, share them (see the module doc).

    Every method that writes checks the values, applies the correction to the
    document graph, validates both graphs against the shapes and writes them in
    one transaction; a bad value is a :class:`ReviewError`.
    """

    def __init__(self, store):
        self.store = store

    # -- making corrections ---------------------------------------------------
    def accept(self, doc_id: str, event_iri: str, who: str, note: str | None = None) -> str:
        """Mark an event as checked by ``who`` (``kb:reviewed true``); returns the correction's IRI."""
        return self._record("accept", doc_id, event_iri, who, {}, note)

    def reject(self, doc_id: str, event_iri: str, who: str, note: str | None = None) -> str:
        """Remove an event from what every reader sees (it stays listed as a correction)."""
        return self._record("reject", doc_id, event_iri, who, {}, note)

    def correct(self, doc_id: str, event_iri: str, who: str, changes: dict, note: str | None = None) -> str:
        """Change an event's ``type``, ``participants`` (QIDs, IRIs or names), ``place``,
        ``date`` (a TIMEX3 value such as ``2024-05-16`` or ``2024-05``) or ``status``."""
        if not changes:
            raise ReviewError("a correction needs at least one change (type, participants, place, date, status)")
        return self._record("correct", doc_id, event_iri, who, changes, note)

    def add_event(self, doc_id: str, who: str, start: int, end: int, type: str, participants=(),
                  place: str | None = None, date: str | None = None, status: str | None = None,
                  note: str | None = None) -> str:
        """Add an event the extractor missed, evidenced by characters ``start``-``end`` of the text."""
        changes: dict = {"type": type}
        if participants:
            changes["participants"] = list(participants)
        for name, value in (("place", place), ("date", date), ("status", status)):
            if value is not None:
                changes[name] = value
        return self._record("add", doc_id, None, who, changes, note, span=(start, end))

    def check_claim(self, doc_id: str, claim_iri: str, who: str, verdict: str, note: str | None = None) -> str:
        """Record a person's verdict on a claim: ``checked`` or ``wrong`` (``kb:claimVerdict``)."""
        if verdict not in VERDICTS:
            raise ReviewError(f"verdict {verdict!r}: use one of {', '.join(VERDICTS)}")
        return self._record("check", doc_id, claim_iri, who, {"verdict": verdict}, note)

    def _record(self, action: str, doc_id: str, item_iri: str | None, who: str, changes: dict,
                note: str | None, span: tuple[int, int] | None = None) -> str:
        if self.store.read_only:
            raise ReviewError("the store is open read-only; corrections need a writable store")
        if not (who or "").strip():
            raise ReviewError("a correction needs the name of who makes it")
        doc_graph = str(_iri.graph(doc_id))
        triples = _read(self.store, doc_graph)
        if not triples:
            raise ReviewError(f"document {doc_id!r} is not in the KB")
        g = _Graph(triples)
        c = Correction("", action, doc_id, who.strip(), _now(), 0, note=note or None)
        if action == "add":
            _, text = _doc_text(g)
            start, end = span
            if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text or "")):
                raise ReviewError(f"evidence {start}-{end} is not a span of document {doc_id!r} "
                                  f"({len(text or '')} characters)")
            c.begin, c.end, c.evidence, c.key_type = start, end, text[start:end], str(changes["type"])
        else:
            self._key(g, c, item_iri)
        self._changes(g, c, changes)
        _check_values(c)
        rg = review_graph(doc_id)
        existing = from_triples(_read(self.store, rg))
        c.sequence = max((x.sequence for x in existing), default=0) + 1
        c.iri = _correction_iri(doc_id, action, c.begin, c.end, c.key_type, c.who, c.when, c.sequence)
        new_triples, _ = apply_corrections(triples, [c])
        if c.orphaned:
            raise ReviewError(f"{item_iri or 'the new event'} could not be matched in document {doc_id!r}")
        review = _review_triples(existing + [c])
        # The review graph first: a remote store takes the graphs one request at a time, and a
        # correction stored but not yet applied is applied at the next ingest, not lost.
        writes = {rg: review, doc_graph: new_triples}
        _validate(writes)
        self.store.replace_graphs(writes)
        return c.iri

    @staticmethod
    def _key(g: _Graph, c: Correction, item_iri: str | None) -> None:
        claim = c.kind == "claim"
        node = _n(_checked_iri(item_iri or ""))
        if node not in _items(g, claim):
            what = "claim" if claim else "event"
            raise ReviewError(f"{item_iri} is not a{'' if claim else 'n'} {what} of document {c.doc_id!r}")
        begin, end, key_type, trigger = item_key(g, node, claim)
        if begin is None:
            raise ReviewError(f"{item_iri} has no evidence span to key the correction by")
        c.target, c.begin, c.end, c.key_type, c.trigger = node.value, begin, end, key_type, trigger
        ev = g.value(node, _n(_GAF + "denotedBy"))
        anchor = g.value(ev, _n(_NIF + "anchorOf")) if ev is not None else None
        c.evidence = anchor.value if anchor is not None else ""
        if not claim:
            c.previous = _current(g, node)

    def _changes(self, g: _Graph, c: Correction, changes: dict) -> None:
        unknown = sorted(set(changes) - set(FIELDS) - ({"verdict"} if c.action == "check" else set()))
        if unknown:
            raise ReviewError(f"unknown field {unknown[0]!r} to correct; use {', '.join(FIELDS)}")
        for name, value in changes.items():
            if name == "participants":
                names = [value] if isinstance(value, str) else list(value or ())
                ents = [self._entity(v, place=False) for v in names]
                c.entities["participants"] = list({e.iri: e for e in ents}.values())
                c.changes["participants"] = " ".join(sorted(e.iri for e in c.entities["participants"]))
            elif name == "place":
                ent = self._entity(str(value), place=True)
                c.entities["place"] = [ent]
                c.changes["place"] = ent.iri
            else:
                c.changes[name] = str(value).strip()
        c.previous = {k: v for k, v in c.previous.items() if k in c.changes}

    def _entity(self, value: str, place: bool) -> Entity:
        """An actor or place given as a QID, an IRI or a name, resolved with :mod:`kb.actors`."""
        from .api import KnowledgeBase

        try:
            (found, *more) = KnowledgeBase(self.store).resolve_actor(str(value), "place" if place else "actor")
        except InputError as exc:
            raise ReviewError(str(exc)) from None
        found = _checked_iri(found)
        label, classes = self._stored_description(found)
        if label is None:
            label, classes = _gazetteer_description(found)
        return Entity(found, label or found.rstrip("/").rsplit("/", 1)[-1], classes)

    def _stored_description(self, entity_iri: str) -> tuple[str | None, tuple[str, ...]]:
        rows = self.store.select_text(f"SELECT ?c WHERE {{ GRAPH ?g {{ <{entity_iri}> a ?c }} }}")
        classes = tuple(sorted({r["c"] for r in rows if r.get("c", "").startswith(_KB)}))
        labels = self.store.query(f"SELECT DISTINCT ?l WHERE {{ GRAPH ?g {{ <{entity_iri}> rdfs:label ?l }} }}")
        by_lang = sorted((0 if (x["l"].language or "") == "en" else 1, str(x["l"])) for x in labels)
        return (by_lang[0][1] if by_lang else None), classes

    # -- reading and sharing ----------------------------------------------------
    def corrections(self, doc_id: str | None = None) -> list[Correction]:
        """The stored corrections (of one document, or all), each with its current state."""
        if doc_id is not None:
            graphs = [review_graph(doc_id)]
        else:
            rows = self.store.select_text("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?c a kb:Correction } }")
            graphs = sorted(r["g"] for r in rows if r.get("g", "").startswith(REVIEW_PREFIX))
        out = []
        for rg in graphs:
            found = from_triples(_read(self.store, rg))
            if found and not self.store.has_graph(str(_iri.graph(found[0].doc_id))):
                for c in found:  # the document is gone: nothing to apply to
                    c.orphaned, c.applied_to = True, None
            out += found
        return out

    def list(self, doc_id: str | None = None) -> list[dict]:  # noqa: A003 - the agreed interface
        """The corrections as dicts: iri, action, target, who, when, changes, note, orphaned, ..."""
        return [c.as_dict() for c in self.corrections(doc_id)]

    def export(self, stream, format: str = "nquads") -> int:  # noqa: A002
        """Write every correction to ``stream`` (text or binary) as N-Quads or TriG; returns how many."""
        corrections = self.corrections()
        quads = [ox.Quad(s, p, o, _n(review_graph(c.doc_id))) for c in corrections for s, p, o in to_triples(c)]
        data = ox.serialize(quads, format=_format(format))
        try:
            stream.write(data)
        except TypeError:
            stream.write(data.decode("utf-8"))
        return len(corrections)

    def import_(self, stream, format: str = "nquads") -> int:  # noqa: A002
        """Read corrections written by :meth:`export` (from another KB), all or nothing.

        Corrections already stored (same IRI) are skipped; the others are added
        after the document's own and applied to its graph when it is stored (else
        when it is ingested). Returns how many were added. Raises
        :class:`ReviewError` for a file that cannot be read, quads outside a
        review graph, or a correction that violates the shapes.
        """
        if self.store.read_only:
            raise ReviewError("the store is open read-only; importing corrections needs a writable store")
        data = stream.read()
        try:
            quads = list(ox.parse(data, format=_format(format), rename_blank_nodes=True))
        except (SyntaxError, ValueError, OSError) as exc:
            raise ReviewError(f"cannot read the corrections: {' '.join(str(exc).split())}") from None
        by_graph: dict[str, list[tuple]] = {}
        for q in quads:
            g = q.graph_name.value if isinstance(q.graph_name, ox.NamedNode) else ""
            if doc_of_review_graph(g) is None:
                raise ReviewError(f"the file holds data outside a review graph ({g or 'the default graph'}); "
                                  "only kb review export files can be imported")
            by_graph.setdefault(g, []).append((q.subject, q.predicate, q.object))
        writes: dict[str, list[tuple]] = {}
        added = 0
        for rg, triples in sorted(by_graph.items()):
            _validate({rg: triples})
            incoming = from_triples(triples)
            doc_id = doc_of_review_graph(rg)
            if any(c.doc_id != doc_id for c in incoming):
                raise ReviewError(f"a correction in {rg} is about another document")
            existing = from_triples(_read(self.store, rg))
            known = {c.iri for c in existing}
            new = [c for c in incoming if c.iri not in known]
            if not new:
                continue
            for n, c in enumerate(new, start=max((x.sequence for x in existing), default=0) + 1):
                c.sequence = n
            doc_graph = str(_iri.graph(doc_id))
            triples_now = _read(self.store, doc_graph)
            applied = None
            if triples_now:
                applied, new = apply_corrections(triples_now, new)
            else:
                for c in new:
                    c.orphaned, c.applied_to = True, None
            writes[rg] = _review_triples(existing + new)  # first, as in Review._record
            if applied is not None:
                writes[doc_graph] = applied
            added += len(new)
        if writes:
            self.store.replace_graphs(writes)
        return added


def _format(name: str) -> ox.RdfFormat:
    formats = {"nquads": ox.RdfFormat.N_QUADS, "nq": ox.RdfFormat.N_QUADS, "trig": ox.RdfFormat.TRIG}
    try:
        return formats[name.lower().lstrip(".")]
    except KeyError:
        raise ReviewError(f"unknown corrections format {name!r}; use nquads or trig") from None


def _now() -> str:
    return _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds")


def _checked_iri(value: str) -> str:
    """``value`` if it is an absolute http(s) IRI that is safe in ``<...>``, else :class:`ReviewError`."""
    from urllib.parse import urlsplit

    parts = urlsplit(value or "")
    try:
        ox.NamedNode(value)
    except ValueError:
        parts = None
    if parts is None or parts.scheme not in ("http", "https") or not parts.netloc or any(
            ch in value for ch in '<>"{}|\\^` '):
        raise ReviewError(f"{value!r} is not an http(s) IRI")
    return value


def _current(g: _Graph, e) -> dict[str, str]:
    """The values of an event's correctable fields, as :attr:`Correction.previous` records them."""
    out = {}
    for name, pred in (("type", K("eventType")), ("status", K("status")), ("date", K("dateValue"))):
        v = g.value(e, pred)
        if v is not None:
            out[name] = v.value
    place = g.value(e, _n(_SEM + "hasPlace"))
    if place is not None:
        out["place"] = place.value
    out["participants"] = " ".join(sorted(a.value for a in g.objects(e, _n(_SEM + "hasActor"))))
    return out


def _gazetteer_description(entity_iri: str) -> tuple[str | None, tuple[str, ...]]:
    from .entities import gazetteer
    from .rdf.build import ENTITY_CLASSES

    for ent in gazetteer().entities.values():
        if str(_iri.entity(ent.id)) == entity_iri:
            return ent.name, tuple(sorted(str(c) for c in ENTITY_CLASSES.get(ent.kind.lower(), ())))
    return None, ()
