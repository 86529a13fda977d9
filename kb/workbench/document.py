"""What the document view shows: a stored document's text and every span kb recorded on it.

Everything is read from the document's named graph (``kbr:graph/{id}``): the
text (``nif:isString``), event triggers (``kb:trigger``), evidence sentences
(``gaf:denotedBy``), date expressions (``kb:TemporalExpression`` nodes and the
events' ``kb:dateMention``), participant mentions (nodes with
``itsrdf:taIdentRef``), boilerplate spans (``kb:boilerplate``) and claims. Spans
are the NIF offsets the pipeline stored (``nif:beginIndex``/``nif:endIndex``);
nothing is searched for again in the text.
"""

from __future__ import annotations

import re
from collections import defaultdict

from ..errors import InputError
from ..exporters.records import ROLES, select

__all__ = ["document_view", "doc_id_ok"]

KB = "https://w3id.org/kb/ns#"
KBR = "https://w3id.org/kb/id/"
NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
SEM = "http://semanticweb.cs.vu.nl/2009/11/sem/"
GAF = "http://groundedannotationframework.org/gaf#denotedBy"
ITS = "http://www.w3.org/2005/11/its/rdf#taIdentRef"
DCT = "http://purl.org/dc/terms/"
WD = "http://www.wikidata.org/entity/"

_CHAR = re.compile(r"#char=(\d+),(\d+)$")
_ROLE_OF = {KB + p: role for p, role in ROLES}


def doc_id_ok(doc_id: str) -> bool:
    """Whether ``doc_id`` can be a document id (it reaches IRIs only percent-encoded, by kb.rdf.iri)."""
    return 0 < len(doc_id) <= 1000 and doc_id.isprintable()


def _span(iri: str, props: dict) -> tuple[int, int] | None:
    p = props.get(iri, {})
    if NIF + "beginIndex" in p and NIF + "endIndex" in p:
        return int(p[NIF + "beginIndex"][0]), int(p[NIF + "endIndex"][0])
    m = _CHAR.search(iri)
    return (int(m.group(1)), int(m.group(2))) if m else None


def _local(iri: str) -> str:
    return iri.rstrip("/").rsplit("/", 1)[-1]


def _name(iri: str, props: dict, lang: str) -> str:
    labels = props.get(iri, {}).get(RDFS_LABEL, [])
    for want in (lang, "en", ""):
        for label in labels:
            if getattr(label, "language", "") == want:
                return str(label)
    return str(labels[0]) if labels else _local(iri)


def document_view(store, doc_id: str) -> dict | None:
    """The text, spans and events of one document, or ``None`` when it is not stored."""
    if not doc_id_ok(doc_id):
        raise InputError(f"not a document id: {doc_id!r}")
    from ..rdf import iri as iris

    doc = str(iris.document(doc_id))
    rows = select(store, f"SELECT ?s ?p ?o WHERE {{ GRAPH <{iris.graph(doc_id)}> {{ ?s ?p ?o }} }}")
    if not rows:
        return None
    props: dict[str, dict[str, list]] = defaultdict(lambda: defaultdict(list))
    for r in rows:
        props[str(r["s"])][str(r["p"])].append(r["o"])
    d = props.get(doc, {})
    text = str((d.get(NIF + "isString") or [""])[0])
    lang = str((d.get(DCT + "language") or [""])[0])
    spans: list[dict] = []
    seen: dict[str, dict] = {}

    def add(kind: str, iri: str, **extra) -> str | None:
        sp = _span(iri, props)
        if sp is None or not (0 <= sp[0] < sp[1] <= len(text)):
            return None
        sid = f"{kind[0]}{sp[0]}-{sp[1]}"
        event = extra.pop("event", None)
        if sid not in seen:
            seen[sid] = {"id": sid, "kind": kind, "start": sp[0], "end": sp[1], "events": [], **extra}
            spans.append(seen[sid])
        if event and event not in seen[sid]["events"]:
            seen[sid]["events"].append(event)
        return sid

    for iri, p in props.items():
        if ITS in p and KB + "mentionKind" in p:
            target = str(p[ITS][0])
            add("mention", iri, entity=target, name=_name(target, props, lang),
                qid=target[len(WD):] if target.startswith(WD) else None, how=str(p[KB + "mentionKind"][0]))
        if KB + "TemporalExpression" in {str(t) for t in p.get(RDF_TYPE, [])}:
            for ev in p.get(GAF, []):
                add("date", str(ev), value=str((p.get(KB + "dateValue") or [""])[0]))
    for bp in d.get(KB + "boilerplate", []):
        add("boilerplate", str(bp))
    events = []
    for iri, p in sorted(props.items(), key=lambda kv: _event_order(kv[0])):
        if KB + "eventType" not in p or str((p.get(KB + "sourceDocument") or [""])[0]) != doc:
            continue
        events.append(_event(iri, p, props, lang, add))
    claims = []
    for iri, p in sorted(props.items()):
        if KB + "claimKind" not in p:
            continue
        ev = p.get(GAF, [])
        sid = add("claim", str(ev[0])) if ev else None
        claims.append({"iri": iri, "id": _local(iri), "kind": str(p[KB + "claimKind"][0]), "span": sid,
                       "about": [_local(str(a)) for a in p.get(KB + "aboutEvent", [])]})
    spans.sort(key=lambda s: (s["start"], -s["end"], s["kind"]))
    return {"doc_id": doc_id, "iri": doc, "text": text, "lang": lang,
            "title": str((d.get(DCT + "title") or [""])[0]), "source": str((d.get(DCT + "source") or [""])[0]),
            "published": str((d.get(DCT + "issued") or [""])[0]), "spans": spans, "events": events,
            "claims": claims}


def _event_order(iri: str) -> tuple:
    tail = _local(iri)
    return (0, int(tail[1:])) if tail[:1] == "e" and tail[1:].isdigit() else (1, tail)


def _event(iri: str, p: dict, props: dict, lang: str, add) -> dict:
    def one(pred: str) -> str | None:
        v = p.get(pred)
        return str(v[0]) if v else None

    trigger = [add("trigger", str(t), event=_local(iri)) for t in p.get(KB + "trigger", [])]
    evidence = [add("evidence", str(e), event=_local(iri)) for e in p.get(GAF, [])]
    dates = [add("date", str(t), event=_local(iri)) for t in p.get(KB + "dateMention", [])]
    roles: dict[str, list[str]] = defaultdict(list)
    for pred, objs in p.items():
        if pred in _ROLE_OF:
            for o in objs:
                roles[str(o)].append(_ROLE_OF[pred])
    actors = sorted({str(a) for a in p.get(SEM + "hasActor", [])} | set(roles))
    place = one(SEM + "hasPlace")
    return {
        "iri": iri, "id": _local(iri), "type": one(KB + "eventType") or "Other", "subtype": one(KB + "subtype"),
        "status": one(KB + "status") or "", "label": one(RDFS_LABEL) or "", "value": one(KB + "dateValue"),
        "earliest": one(SEM + "hasEarliestBeginTimeStamp"), "latest": one(SEM + "hasLatestEndTimeStamp"),
        "date_text": one(KB + "dateText"), "date_source": one(KB + "dateSource"),
        "participants": [{"iri": a, "name": _name(a, props, lang), "roles": sorted(set(roles.get(a, []))),
                          "qid": a[len(WD):] if a.startswith(WD) else None} for a in actors],
        "place": {"iri": place, "name": _name(place, props, lang)} if place else None,
        "trigger": [t for t in trigger if t], "evidence": [e for e in evidence if e], "dates": [d for d in dates if d],
    }
