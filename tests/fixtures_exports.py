"""The fixture KB of the export, named-query, server and script tests.

Three short articles written for these tests (invented events between real
people, with their real Wikidata QIDs; Kishida is a local entity, as in the
gazetteer, so actors without a QID are exported too): a planned Scholz-Macron
meeting reported in English and again, after it happened, in German (so the canonical
graph merges the two reports), an earlier meeting known only to the month, a
planned autumn meeting, a Biden-Kishida phone call, a visit known only to the
year and one with no date at all, and one count claim.

``tests/fixtures/exports/kb.trig`` is written from these analyses by
:func:`write_trig` (``KB_REGEN_GOLDEN=1`` regenerates it with the golden
files); the tests load that file, so they do not depend on the pipeline.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from kb.model import Analysis, Claim, DateValue, Document, Entity, Event, Participant, Span

D = dt.date
HERE = Path(__file__).parent
TRIG = HERE / "fixtures" / "exports" / "kb.trig"

SCHOLZ = Entity("Q61053", "Olaf Scholz", "person", labels={"de": ["Olaf Scholz"], "en": ["Olaf Scholz"]},
                country="Q183")
MACRON = Entity("Q3052772", "Emmanuel Macron", "person",
                labels={"de": ["Emmanuel Macron"], "en": ["Emmanuel Macron"]}, country="Q142")
BIDEN = Entity("Q6279", "Joe Biden", "person", labels={"en": ["Joe Biden"]}, country="Q30")
KISHIDA = Entity("local:fumio-kishida", "Fumio Kishida", "person", labels={"en": ["Fumio Kishida"]}, country="Q17")
BERLIN = Entity("Q64", "Berlin", "city", labels={"de": ["Berlin"], "en": ["Berlin"]}, country="Q183")
PARIS = Entity("Q90", "Paris", "city", labels={"de": ["Paris"], "en": ["Paris"]}, country="Q142")
HAMBURG = Entity("Q1055", "Hamburg", "city", labels={"de": ["Hamburg"], "en": ["Hamburg"]}, country="Q183")
WASHINGTON = Entity("Q61", "Washington, D.C.", "city", labels={"en": ["Washington"]}, country="Q30")
AUSTRALIA = Entity("Q408", "Australia", "country", labels={"en": ["Australia"]})


def _span(text: str, needle: str, nth: int = 0) -> Span:
    pos = -1
    for _ in range(nth + 1):
        pos = text.index(needle, pos + 1)
    return Span(pos, pos + len(needle))


def _who(text: str, entity: Entity, label: str, role: str | None = None, nth: int = 0) -> Participant:
    return Participant(entity, label, role, _span(text, label, nth))


def _date(text: str, needle: str, value: str, lo, hi, gran: str) -> DateValue:
    return DateValue(value, lo, hi, gran, text=needle, span=_span(text, needle))


EN_1 = ("Berlin, 5 June 2023 - Chancellor Olaf Scholz will receive President Emmanuel Macron in Berlin "
        "on Wednesday, a government spokesman said on Monday. The two leaders last met in Paris in "
        "January. Macron and Scholz have met six times since the start of the year, the spokesman added.")

DE_2 = ("Bundeskanzler Olaf Scholz hat den französischen Präsidenten Emmanuel Macron am Mittwoch in "
        "Berlin empfangen. Im Oktober wollen sich beide in Hamburg erneut treffen.")

EN_3 = ("Washington, 9 October 2021 - President Joe Biden spoke by telephone with Japan's new prime "
        "minister, Fumio Kishida, on Monday, the White House said on Saturday. Biden invited Kishida "
        "to visit Washington in 2022. Kishida also plans to travel to Australia.")


def scholz_macron_en() -> Analysis:
    t = EN_1
    doc = Document("fx-en-scholz-macron", t, "en", published=D(2023, 6, 5),
                   source="https://news.example.org/2023/06/05/scholz-macron",
                   title="Scholz to receive Macron")
    s1 = _span(t, "Chancellor Olaf Scholz will receive President Emmanuel Macron in Berlin on Wednesday, "
                  "a government spokesman said on Monday.")
    s2 = _span(t, "The two leaders last met in Paris in January.")
    s3 = _span(t, "Macron and Scholz have met six times since the start of the year, the spokesman added.")
    e1 = Event("e1", "Meeting", "planned", s1,
               participants=[_who(t, SCHOLZ, "Olaf Scholz", "host"), _who(t, MACRON, "Emmanuel Macron", "guest")],
               place=_who(t, BERLIN, "Berlin", nth=1),
               date=_date(t, "on Wednesday", "2023-06-07", D(2023, 6, 7), D(2023, 6, 7), "day"),
               trigger=_span(t, "receive"))
    e2 = Event("e2", "Meeting", "past", s2,
               participants=[Participant(SCHOLZ, "The two leaders", "participant", _span(t, "The two leaders")),
                             Participant(MACRON, "The two leaders", "participant", _span(t, "The two leaders"))],
               place=_who(t, PARIS, "Paris"),
               date=_date(t, "in January", "2023-01", D(2023, 1, 1), D(2023, 1, 31), "month"),
               trigger=_span(t, "met"))
    c1 = Claim("c1", "count", 6, "Meeting", s3,
               participants=[_who(t, MACRON, "Macron", nth=1), _who(t, SCHOLZ, "Scholz", nth=1)],
               since=_date(t, "since the start of the year", "2023-01/..", D(2023, 1, 1), None, "month"),
               as_of=D(2023, 6, 5))
    return Analysis(doc, events=[e1, e2], claims=[c1])


def scholz_macron_de() -> Analysis:
    t = DE_2
    doc = Document("fx-de-scholz-macron", t, "de", published=D(2023, 6, 8),
                   source="https://zeitung.example.de/2023/06/08/macron-berlin",
                   title="Scholz empfängt Macron")
    s1 = _span(t, "Bundeskanzler Olaf Scholz hat den französischen Präsidenten Emmanuel Macron am Mittwoch "
                  "in Berlin empfangen.")
    s2 = _span(t, "Im Oktober wollen sich beide in Hamburg erneut treffen.")
    e1 = Event("e1", "Meeting", "past", s1,
               participants=[_who(t, SCHOLZ, "Olaf Scholz", "host"), _who(t, MACRON, "Emmanuel Macron", "guest")],
               place=_who(t, BERLIN, "Berlin"),
               date=_date(t, "am Mittwoch", "2023-06-07", D(2023, 6, 7), D(2023, 6, 7), "day"),
               trigger=_span(t, "empfangen"))
    e2 = Event("e2", "Meeting", "planned", s2,
               participants=[Participant(SCHOLZ, "beide", "participant", _span(t, "beide")),
                             Participant(MACRON, "beide", "participant", _span(t, "beide"))],
               place=_who(t, HAMBURG, "Hamburg"),
               date=_date(t, "Im Oktober", "2023-10", D(2023, 10, 1), D(2023, 10, 31), "month"),
               trigger=_span(t, "treffen"))
    return Analysis(doc, events=[e1, e2])


def biden_kishida_en() -> Analysis:
    t = EN_3
    doc = Document("fx-en-biden-kishida", t, "en", published=D(2021, 10, 9),
                   source="https://news.example.org/2021/10/09/biden-kishida", title="Biden calls Kishida")
    s1 = _span(t, "President Joe Biden spoke by telephone with Japan's new prime minister, Fumio Kishida, "
                  "on Monday, the White House said on Saturday.")
    s2 = _span(t, "Biden invited Kishida to visit Washington in 2022.")
    s3 = _span(t, "Kishida also plans to travel to Australia.")
    e1 = Event("e1", "PhoneCall", "past", s1,
               participants=[_who(t, BIDEN, "Joe Biden", "participant"),
                             _who(t, KISHIDA, "Fumio Kishida", "participant")],
               date=_date(t, "on Monday", "2021-10-04", D(2021, 10, 4), D(2021, 10, 4), "day"),
               trigger=_span(t, "spoke by telephone"))
    e2 = Event("e2", "Visit", "planned", s2,
               participants=[_who(t, KISHIDA, "Kishida", "guest", nth=1), _who(t, BIDEN, "Biden", "host", nth=1)],
               place=_who(t, WASHINGTON, "Washington", nth=1),
               date=_date(t, "in 2022", "2022", D(2022, 1, 1), D(2022, 12, 31), "year"),
               trigger=_span(t, "visit"))
    e3 = Event("e3", "Visit", "planned", s3,
               participants=[_who(t, KISHIDA, "Kishida", "guest", nth=2)],
               place=_who(t, AUSTRALIA, "Australia"), trigger=_span(t, "travel"))
    return Analysis(doc, events=[e1, e2, e3])


def analyses() -> list[Analysis]:
    """The fixture articles, analysed by hand."""
    return [scholz_macron_en(), scholz_macron_de(), biden_kishida_en()]


def build_dataset():
    """An rdflib Dataset with each fixture document's graph and a canonical graph
    that merges the two reports of the Berlin meeting (the store's cross-document
    merge, written here by hand so the tests do not depend on it)."""
    from rdflib import Dataset, Literal

    from kb.rdf import iri
    from kb.rdf.build import Run, graph_for
    from kb.rdf.namespaces import KB, RDF, SEM, XSD, bind_prefixes

    run = Run(started=dt.datetime(2024, 1, 15, 9, 0, 0, tzinfo=dt.timezone.utc),
              tool_version="0.1.0", rules_version="fixture")
    ds = Dataset()
    bind_prefixes(ds)
    for analysis in analyses():
        graph_iri, g = graph_for(analysis, run)
        named = ds.graph(graph_iri)
        for triple in g:
            named.add(triple)
    canon = ds.graph(iri.CANONICAL_GRAPH)
    reports = [iri.event("fx-en-scholz-macron", "e1"), iri.event("fx-de-scholz-macron", "e1")]
    node = iri.canonical_event(" ".join(sorted(map(str, reports))))
    for cls in (KB.CanonicalEvent, KB.Meeting, SEM.Event):
        canon.add((node, RDF.type, cls))
    for r in reports:
        canon.add((node, KB.reportedBy, r))
    canon.add((node, SEM.hasEarliestBeginTimeStamp, Literal(D(2023, 6, 7), datatype=XSD.date)))
    canon.add((node, SEM.hasLatestEndTimeStamp, Literal(D(2023, 6, 7), datatype=XSD.date)))
    return ds


def write_trig(path: Path = TRIG) -> None:
    """(Re)write the fixture TriG file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    from kb.exporters.linked import trig_text

    path.write_text(trig_text(build_dataset()), encoding="utf-8")


def _rdflib_term(term):
    """A pyoxigraph term as the rdflib term ``kb.store.Store`` rows hold."""
    import pyoxigraph as ox
    from rdflib import BNode, Literal, URIRef

    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if term.language:
        return Literal(term.value, lang=term.language)
    if term.datatype.value == "http://www.w3.org/2001/XMLSchema#string":
        return Literal(term.value)  # RDF 1.1 simple literal, as rdflib writes it
    return Literal(term.value, datatype=URIRef(term.datatype.value))


class _Rows(list):
    vars: list[str]


class OxigraphFixtureStore:
    """The fixture TriG in an in-memory pyoxigraph store, answering ``query``
    the way ``kb.store.Store`` does (row dicts with ``.vars``, a bool, or an
    rdflib Graph)."""

    def __init__(self, trig: Path = TRIG):
        import pyoxigraph as ox

        self.ox = ox.Store()
        self.ox.load(path=str(trig), format=ox.RdfFormat.TRIG)

    def query(self, sparql: str, update: bool = False):
        import pyoxigraph as ox
        from rdflib import Graph

        if update:
            self.ox.update(sparql)
            return None
        result = self.ox.query(sparql)
        if isinstance(result, ox.QueryBoolean):
            return bool(result)
        if isinstance(result, ox.QueryTriples):
            g = Graph()
            for t in result:
                g.add((_rdflib_term(t.subject), _rdflib_term(t.predicate), _rdflib_term(t.object)))
            return g
        names = [v.value for v in result.variables]
        rows = _Rows({n: _rdflib_term(sol[n]) for n in names} for sol in result)
        rows.vars = names
        return rows

    def documents(self) -> list[str]:
        rows = self.query("SELECT DISTINCT ?id WHERE { GRAPH ?g { ?d <http://purl.org/dc/terms/identifier> ?id } }")
        return sorted(str(r["id"]) for r in rows)

    def close(self) -> None:
        pass


def fixture_store(path=None):
    """The fixture KB in a ``kb.store.Store`` (in memory, or on disk at ``path``),
    each graph of the TriG written with ``put_graph``; the pyoxigraph stand-in
    above where the store is not available."""
    try:
        from kb.store import Store
    except ImportError:
        if path is not None:
            raise
        return OxigraphFixtureStore()
    from rdflib import Dataset

    ds = Dataset()
    ds.parse(TRIG, format="trig")
    store = Store(path)
    for g in ds.graphs():
        if len(g):
            store.put_graph(g.identifier, g)
    return store
