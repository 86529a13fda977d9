"""Synthetic knowledge bases for benchmarks and scale tests.

Generates document graphs that follow ``docs/rdf-model.md`` without running the
pipeline, fast enough for a million events: one named graph per document with
the document node, provenance, 1-5 events (15-25 triples each plus the NIF
string of their evidence), the description of every entity mentioned, and the
index triples of :mod:`kb.rdf.index`. Actors follow a Zipf law over a few
thousand entities (a handful appear in a quarter of all events, as heads of
state do in news); dates spread over 30 years with more news in later years.

Everything is written as N-Quads text, which pyoxigraph's bulk loader reads
directly; :func:`document_graphs` gives rdflib graphs for small tests.

>>> import io
>>> buf = io.StringIO()
>>> stats = write_nquads(buf, events=20, seed=1)
>>> stats.events, stats.quads == buf.getvalue().count("\\n")
(20, True)
"""

from __future__ import annotations

import bisect
import datetime as _dt
import itertools
import json
import random
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TextIO

from kb.exporters import records
from kb.rdf import index as idx

__all__ = [
    "KBShape",
    "articles",
    "Stats",
    "document_graphs",
    "documents",
    "write_nquads",
]

KB = "https://w3id.org/kb/ns#"
KBR = "https://w3id.org/kb/id/"
SEM = "http://semanticweb.cs.vu.nl/2009/11/sem/"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
XSD = "http://www.w3.org/2001/XMLSchema#"
NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"
GAF_DENOTED = "http://groundedannotationframework.org/gaf#denotedBy"
DCT = "http://purl.org/dc/terms/"
PROV = "http://www.w3.org/ns/prov#"
SDO = "https://schema.org/"
TIME = "http://www.w3.org/2006/time#"
WD = "http://www.wikidata.org/entity/"
ROW = records.ROW
_YEAR = str(idx.YEAR)
_ROW_INPUTS = records.ROW_PREDICATES | {RDF_TYPE, RDFS_LABEL}

# (type, share, roles of the 1st, 2nd, ... actor)
_TYPES = [
    ("Meeting", 28, ("participant",)),
    ("Statement", 18, ("speaker", "participant")),
    ("PhoneCall", 10, ("participant",)),
    ("Visit", 6, ("visitor", "host")),
    ("StateVisit", 5, ("visitor", "host")),
    ("Summit", 6, ("participant",)),
    ("Announcement", 12, ("speaker", "participant")),
    ("Election", 4, ("candidate",)),
    ("AgreementSigning", 5, ("signatory",)),
    ("ArmedConflictStart", 1, ("aggressor", "target")),
    ("Other", 5, ("participant",)),
]
_STATUS = [("past", KB + "EventHappened", 70), ("planned", SDO + "EventScheduled", 20),
           ("ongoing", KB + "EventOngoing", 5), ("did_not_occur", SDO + "EventCancelled", 5)]
_WORDS = ("the talks about trade security energy climate sanctions border treaty summit minister "
          "president government delegation agreed announced said visited met discussed later "
          "cooperation agenda capital press conference statement week month year").split()


@dataclass(frozen=True)
class KBShape:
    """The knobs of a synthetic KB."""

    actors: int = 5000
    places: int = 400
    first_year: int = 1995
    years: int = 30
    zipf: float = 1.0


@dataclass
class Stats:
    documents: int = 0
    events: int = 0
    quads: int = 0


def _lit(s: str) -> str:
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def _typed(v: str, dt: str) -> str:
    return f'"{v}"^^<{XSD}{dt}>'


class _Generator:
    def __init__(self, shape: KBShape, seed: int):
        self.shape = shape
        self.rng = random.Random(seed)
        weights = [1.0 / (i + 1) ** shape.zipf for i in range(shape.actors)]
        self.actor_cum = list(itertools.accumulate(weights))
        self.type_cum = list(itertools.accumulate(w for _, w, _ in _TYPES))
        self.status_cum = list(itertools.accumulate(w for _, _, w in _STATUS))
        # News volume grows over the years (weight 1 .. 3).
        self.year_cum = list(itertools.accumulate(1 + 2 * i / max(1, shape.years - 1)
                                                  for i in range(shape.years)))
        self.run = f"{KBR}run/synthetic0000000"

    def pick(self, cum: list[float]) -> int:
        return bisect.bisect_left(cum, self.rng.random() * cum[-1])

    def actor(self) -> int:
        return self.pick(self.actor_cum)

    def date(self) -> tuple[str, _dt.date, _dt.date, str]:
        """(TIMEX3 value, earliest, latest, granularity)."""
        rng = self.rng
        year = self.shape.first_year + self.pick(self.year_cum)
        day = _dt.date(year, 1, 1) + _dt.timedelta(days=rng.randrange(365))
        r = rng.random()
        if r < 0.78:
            return day.isoformat(), day, day, "Day"
        if r < 0.83:
            end = day + _dt.timedelta(days=rng.randint(1, 4))
            return f"{day.isoformat()}/{end.isoformat()}", day, end, "Day"
        if r < 0.95:
            first = day.replace(day=1)
            nxt = (first + _dt.timedelta(days=32)).replace(day=1)
            return first.isoformat()[:7], first, nxt - _dt.timedelta(days=1), "Month"
        return str(year), _dt.date(year, 1, 1), _dt.date(year, 12, 31), "Year"


def documents(events: int, *, seed: int = 0, shape: KBShape = KBShape(),
              prefix: str = "syn") -> Iterator[tuple[str, list[str], int]]:
    """Yield ``(graph_iri, nquad_lines, event_count)`` per document until ``events`` are made."""
    gen = _Generator(shape, seed)
    rng = gen.rng
    made = 0
    n = 0
    while made < events:
        k = min(events - made, rng.choice((1, 2, 2, 3, 3, 3, 4, 5)))
        n += 1
        yield _document(gen, f"{prefix}-{n}", k)
        made += k


def _document(gen: _Generator, doc_id: str, k: int) -> tuple[str, list[str], int]:
    rng = gen.rng
    doc = f"<{KBR}doc/{doc_id}>"
    graph = f"{KBR}graph/{doc_id}"
    g = f"<{graph}>"
    out: list[str] = []

    kept: list[tuple[str, str, str]] = []  # the triples a timeline row record is computed from

    def q(s: str, p: str, o: str) -> None:
        out.append(f"{s} <{p}> {o} {g} .\n")
        if p in _ROW_INPUTS:
            kept.append((s, p, o))

    events = []
    for e in range(k):
        t = gen.pick(gen.type_cum)
        n_actors = 1 if _TYPES[t][0] == "Election" else rng.choice((2, 2, 2, 2, 2, 3, 3, 3, 4))
        actors: list[int] = []
        while len(actors) < n_actors:
            a = gen.actor()
            if a not in actors:
                actors.append(a)
        place = rng.randrange(gen.shape.places) if rng.random() < 0.8 else None
        events.append((f"e{e + 1}", t, actors, place, gen.date(), gen.pick(gen.status_cum)))
    published = max(ev[4][2] for ev in events) + _dt.timedelta(days=rng.randint(0, 3))

    # The text: one sentence per event, each naming its actors; evidence spans point into it.
    parts, spans = [], []
    pos = 0
    for eid, t, actors, place, date, _ in events:
        words = " ".join(rng.choice(_WORDS) for _ in range(rng.randint(12, 30)))
        sentence = f"Person {actors[0]} and Person {actors[-1]} {words} on {date[0]}."
        spans.append((pos, pos + len(sentence)))
        parts.append(sentence)
        pos += len(sentence) + 1
    text = " ".join(parts)

    q(doc, RDF_TYPE, f"<{NIF}Context>")
    q(doc, RDF_TYPE, f"<{SDO}NewsArticle>")
    q(doc, NIF + "isString", _lit(text))
    q(doc, DCT + "identifier", _lit(doc_id))
    q(doc, DCT + "language", _lit(rng.choice(("de", "en"))))
    q(doc, DCT + "issued", _typed(published.isoformat(), "date"))
    q(doc, DCT + "source", _lit(f"https://news.example.org/{doc_id}"))
    q(doc, DCT + "title", _lit(parts[0][:60]))
    q(g, RDF_TYPE, f"<{PROV}Entity>")
    q(g, PROV + "wasDerivedFrom", doc)
    q(g, PROV + "wasGeneratedBy", f"<{gen.run}>")
    q(f"<{gen.run}>", RDF_TYPE, f"<{PROV}Activity>")
    q(f"<{gen.run}>", PROV + "startedAtTime", _typed("2026-01-01T00:00:00+00:00", "dateTime"))
    q(f"<{gen.run}>", KB + "toolVersion", _lit("0.1.0"))
    q(f"<{gen.run}>", KB + "rulesVersion", _lit("synthetic"))

    entities: set[str] = set()
    for (eid, t, actors, place, date, status), (s0, s1) in zip(events, spans):
        name, _, roles = _TYPES[t]
        ev = f"<{KBR}doc/{doc_id}/event/{eid}>"
        q(ev, RDF_TYPE, f"<{KB}{name}>")
        q(ev, RDF_TYPE, f"<{SEM}Event>")
        q(ev, KB + "eventType", _lit(name))
        q(ev, RDFS_LABEL, _lit(f"{name}: " + ", ".join(f"Person {a}" for a in actors)))
        actor_iris = []
        for i, a in enumerate(actors):
            iri = f"{WD}Q{100000 + a}"
            actor_iris.append(iri)
            entities.add(f"p{a}")
            q(ev, KB + roles[min(i, len(roles) - 1)], f"<{iri}>")
            q(ev, SEM + "hasActor", f"<{iri}>")
        if place is not None:
            entities.add(f"c{place}")
            q(ev, SEM + "hasPlace", f"<{WD}Q{900000 + place}>")
        sname, siri, _ = _STATUS[status]
        q(ev, SDO + "eventStatus", f"<{siri}>")
        q(ev, KB + "status", _lit(sname))
        value, earliest, latest, gran = date
        q(ev, SEM + "hasEarliestBeginTimeStamp", _typed(earliest.isoformat(), "date"))
        q(ev, SEM + "hasLatestEndTimeStamp", _typed(latest.isoformat(), "date"))
        q(ev, KB + "dateValue", _lit(value))
        q(ev, KB + "granularity", f"<{TIME}unit{gran}>")
        q(ev, KB + "dateText", _lit(f"on {value}"))
        q(ev, KB + "sourceDocument", doc)
        m = f"<{KBR}doc/{doc_id}#char={s0},{s1}>"
        q(ev, GAF_DENOTED, m)
        q(m, RDF_TYPE, f"<{NIF}String>")
        q(m, RDF_TYPE, f"<{NIF}OffsetBasedString>")
        q(m, NIF + "beginIndex", _typed(str(s0), "integer"))
        q(m, NIF + "endIndex", _typed(str(s1), "integer"))
        q(m, NIF + "anchorOf", _lit(text[s0:s1]))
        q(m, NIF + "referenceContext", doc)
        places = [f"{WD}Q{900000 + place}"] if place is not None else []
        # The index triples of kb.rdf.index.index_triples, as strings (no rdflib terms).
        for p, o in idx._keys(actor_iris, earliest, latest, [KB + name], places):
            q(ev, p, _typed(str(o), "integer") if p == _YEAR else f"<{o}>")
    for ent in sorted(entities):
        if ent[0] == "p":
            node = f"<{WD}Q{100000 + int(ent[1:])}>"
            q(node, RDF_TYPE, f"<{KB}Person>")
            q(node, RDF_TYPE, f"<{KB}Agent>")
            q(node, RDFS_LABEL, f'"Person {ent[1:]}"@en')
        else:
            node = f"<{WD}Q{900000 + int(ent[1:])}>"
            q(node, RDF_TYPE, f"<{KB}City>")
            q(node, RDF_TYPE, f"<{KB}Place>")
            q(node, RDFS_LABEL, f'"City {ent[1:]}"@en')
    # Each event's stored timeline row, computed from the document's triples as the store does
    # (kb.rdf.index.row_triples), from the terms kept above instead of parsing the text back.
    for ev, text in _row_records(kept):
        out.append(f"<{ev}> <{ROW}> {_lit(text)} {g} .\n")
    return graph, out, k


def _value(term: str) -> tuple[str, str]:
    """``(value, language)`` of an N-Triples term written by :func:`_document` (an IRI or a literal)."""
    if term[0] == "<":
        return term[1:-1], ""
    end = term.rindex('"')
    value = term[1:end] if "\\" not in term[:end] else json.loads(term[:end + 1])  # the escapes of _lit
    return value, term[end + 2:] if term[end + 1:end + 2] == "@" else ""


def _row_records(kept: list[tuple[str, str, str]]) -> list[tuple[str, str]]:
    """``(event IRI, record JSON)`` per event of one document, as
    :func:`kb.exporters.records.row_records` gives them from the parsed document graph;
    ``kept`` are its ``(subject, predicate, object)`` N-Triples terms of a row's predicates."""
    return records.row_records_of((s[1:-1], p, *_value(o)) for s, p, o in kept)


def write_nquads(out: TextIO, events: int, *, seed: int = 0, shape: KBShape = KBShape(),
                 prefix: str = "syn") -> Stats:
    """Write a synthetic KB of ``events`` events as N-Quads to ``out``."""
    stats = Stats()
    for _, lines, k in documents(events, seed=seed, shape=shape, prefix=prefix):
        out.writelines(lines)
        stats.documents += 1
        stats.events += k
        stats.quads += len(lines)
    return stats


def document_graphs(events: int, *, seed: int = 0, shape: KBShape = KBShape(), prefix: str = "syn"):
    """Yield ``(graph_iri, rdflib.Graph)`` per synthetic document (for small tests)."""
    from rdflib import Dataset, URIRef

    for graph_iri, lines, _ in documents(events, seed=seed, shape=shape, prefix=prefix):
        ds = Dataset()
        ds.parse(data="".join(lines), format="nquads")
        graph = ds.graph(URIRef(graph_iri))
        from rdflib import Graph

        g = Graph(identifier=URIRef(graph_iri))
        for t in graph:
            g.add(t)
        yield URIRef(graph_iri), g


# -- article texts for end-to-end ingest (pipeline included) ---------------------

_PEOPLE = {
    "en": ["Olaf Scholz", "Angela Merkel", "Emmanuel Macron", "Xi Jinping", "Joe Biden", "Vladimir Putin",
           "Friedrich Merz", "Gerhard Schröder", "Dmitry Medvedev", "Sergey Lavrov"],
    "de": ["Olaf Scholz", "Angela Merkel", "Emmanuel Macron", "Xi Jinping", "Joe Biden", "Wladimir Putin",
           "Friedrich Merz", "Gerhard Schröder", "Dmitri Medwedew", "Sergej Lawrow"],
}
_CITIES = {"en": ["Beijing", "Moscow", "Berlin", "Paris", "London", "Brussels", "Rome", "Warsaw"],
           "de": ["Peking", "Moskau", "Berlin", "Paris", "London", "Brüssel", "Rom", "Warschau"]}
_WEEKDAYS = {"en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"],
             "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag"]}
_MONTHS = {"en": ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                  "October", "November", "December"],
           "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
                  "Oktober", "November", "Dezember"]}
# Sentences written for kb's benchmarks: events (visits, meetings, calls,
# statements), dates of every kind, claims, and plain filler.
_SENTENCES = {
    "en": [
        "{A} will travel to {C} on {W} to meet {B}, the government said on {W2}.",
        "{A} and {B} spoke by telephone on {W}, their first call since {M} {Y}.",
        "{A} met {B} in {C} on {D} {M} {Y}.",
        "The two leaders discussed trade, energy and security, officials said.",
        "{A} said on {W} that the talks with {B} had been constructive.",
        "Last year, {A} visited {C} for a summit of regional leaders.",
        "It is the third visit by {A} to {C} since {M} {Y}.",
        "{B} is expected to host a dinner in honour of the guest in {C}.",
        "Analysts expect little progress on the disputed issues before the end of the year.",
        "The meeting was originally planned for {M} but was postponed twice.",
        "According to the foreign ministry, further consultations are scheduled for next week.",
        "{A} and {B} have met four times since {M} {Y}.",
        "Critics accused the government of moving too slowly on the reforms it announced in {Y}.",
        "Protesters gathered outside the parliament in {C} on {W} evening.",
    ],
    "de": [
        "{A} reist am {W} nach {C}, um dort {B} zu treffen, teilte die Regierung am {W2} mit.",
        "{A} und {B} telefonierten am {W} miteinander, zum ersten Mal seit {M} {Y}.",
        "{A} traf {B} am {D}. {M} {Y} in {C}.",
        "Beide Seiten sprachen über Handel, Energie und Sicherheit, hieß es aus Regierungskreisen.",
        "{A} sagte am {W}, die Gespräche mit {B} seien konstruktiv gewesen.",
        "Im vergangenen Jahr besuchte {A} {C} zu einem Gipfeltreffen.",
        "Es ist bereits der dritte Besuch von {A} in {C} seit {M} {Y}.",
        "{B} will den Gast am Abend zu einem Essen in {C} empfangen.",
        "Beobachter erwarten bis zum Jahresende kaum Fortschritte in den strittigen Fragen.",
        "Das Treffen war ursprünglich für {M} geplant, wurde aber zweimal verschoben.",
        "Nach Angaben des Außenministeriums sind für die kommende Woche weitere Beratungen geplant.",
        "{A} und {B} haben sich seit {M} {Y} viermal getroffen.",
        "Kritiker warfen der Regierung vor, die {Y} angekündigten Reformen zu langsam umzusetzen.",
        "Vor dem Parlament in {C} versammelten sich am {W}abend Demonstranten.",
    ],
}


def articles(n: int, *, seed: int = 0, chars: int = 3000, prefix: str = "art") -> Iterator[dict]:
    """``n`` news-like article records (``id, lang, published, title, text``) of about
    ``chars`` characters, half English, half German, for end-to-end ingest runs."""
    rng = random.Random(seed)
    for i in range(n):
        lang = "en" if i % 2 == 0 else "de"
        published = _dt.date(2000, 1, 1) + _dt.timedelta(days=rng.randrange(25 * 365))
        people = rng.sample(_PEOPLE[lang], 2)
        parts: list[str] = []
        while sum(len(p) + 1 for p in parts) < chars:
            template = rng.choice(_SENTENCES[lang])
            parts.append(template.format(
                A=people[0], B=people[1], C=rng.choice(_CITIES[lang]),
                W=rng.choice(_WEEKDAYS[lang]), W2=rng.choice(_WEEKDAYS[lang]),
                M=rng.choice(_MONTHS[lang]), D=rng.randint(1, 28),
                # Earlier years only: "since March 2024" in a text of July 2024 is fine,
                # but since a month after publication is not something news says.
                Y=published.year - rng.randint(1, 6)))
            if rng.random() < 0.2:
                parts.append("\n\n")
        text = " ".join(parts).replace(" \n\n ", "\n\n").strip()
        yield {"id": f"{prefix}-{i + 1}", "lang": lang, "published": published.isoformat(),
               "title": parts[0][:70], "source": f"https://news.example.org/{prefix}-{i + 1}", "text": text}
