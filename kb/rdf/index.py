"""Index triples: precomputed keys that make the frequent queries fast at scale.

A plain layout answers "Putin's events between two dates" by visiting every
event of the actor and sorting them (330 ms at 1M events for a frequent actor),
and "meetings of A and B since D" by joining two long actor lists (1 s). The
keys below let Oxigraph jump straight to the few events that can match, by an
exact-match lookup on one object IRI (Oxigraph's indexes answer those, not
range filters):

- ``kb:actorPeriod <kbr:idx/{actor}/{YYYY-MM}>`` for every month an event's
  date bounds overlap (events spanning more than :data:`MONTH_SPAN_LIMIT`
  months get year keys ``{YYYY}`` instead, and more than
  :data:`YEAR_SPAN_LIMIT` years one ``wide`` key), one per actor;
- ``kb:actorYear <kbr:idx/{actor}/y/{YYYY}>`` for every year the bounds
  overlap and ``kb:actorCentury <kbr:idx/{actor}/c/{CC}>`` for every century
  (both only up to :data:`YEAR_SPAN_LIMIT` years), one per actor: a timeline
  asks these first which years hold any event of the actor at all, so an open
  or wide window costs a few lookups per year that has events, not one per
  month of the window (:func:`timeline_events`);
- ``kb:typePeriod``, ``kb:typeYear``, ``kb:typeCentury`` the same for each
  ``kb:`` class of the event (``kbr:idx/type/{Class}/...``: its own class, so
  ``--type Visit`` asks the keys of ``Visit`` and ``StateVisit``, as the class
  filter of :func:`kb.timeline.build_query` does), and ``kb:placePeriod``,
  ``kb:placeYear``, ``kb:placeCentury`` for each place of the event and the
  ``kb:country`` of that place (``kbr:idx/place/{place}/...``: ``--place`` names
  a place or a country, as ``kb export --place``): a timeline of a type or a
  place without an actor walks them as an actor's. An event without both date
  bounds has one ``.../undated`` key of each of these two kinds instead: a
  timeline without a window lists such events last (:func:`undated_events`);
- ``kb:actorPair <kbr:idx/pair/{a}/{b}>`` for each unordered pair of actors;
- ``kb:year`` the year of the earliest bound (an ``xsd:integer``), so
  "events per year" groups on a stored value.

The keys are computed from the event's own triples (and the ``kb:country`` of
its places) and live in the document's named graph, so they are written,
replaced and dropped atomically with it. A store written before the type and
place keys has actor keys but no ``kb:typePeriod`` (:func:`has_type_keys`):
:class:`kb.store.Store` reads it but does not write to it (a store with keys in
some documents only would give incomplete timelines), and the timeline of a type
or place scans it as before.
The graph builder calls :func:`add_index` on each document graph after building
it; :mod:`kb.rdf.index` also builds the matching queries
(:func:`timeline_chunks`, :func:`pair_key`).
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace

from typing import TYPE_CHECKING

import pyoxigraph as ox

from kb.rdf import prefixes

if TYPE_CHECKING:
    from rdflib import Graph, URIRef

__all__ = [
    "ACTORS",
    "ACTOR_CENTURY",
    "ACTOR_PAIR",
    "ACTOR_PERIOD",
    "ACTOR_YEAR",
    "Family",
    "INDEX_IRIS",
    "MissingKeys",
    "PLACES",
    "PLACE_CENTURY",
    "PLACE_PERIOD",
    "PLACE_YEAR",
    "TYPES",
    "TYPE_CENTURY",
    "TYPE_PERIOD",
    "TYPE_YEAR",
    "TIMELINE_ROW",
    "Walk",
    "MAX_CHUNK_MONTHS",
    "MONTH_SPAN_LIMIT",
    "YEAR",
    "YEAR_SPAN_LIMIT",
    "active_years",
    "actor_token",
    "add_index",
    "chunk_query",
    "events_per_year_query",
    "has_keys",
    "has_type_keys",
    "is_key_check",
    "INDEX_PREDICATES",
    "index_for",
    "index_changes",
    "index_triples",
    "row_triples",
    "months_query",
    "with_index",
    "pair_count_query",
    "pair_key",
    "period_keys",
    "era_keys",
    "timeline_chunks",
    "timeline_events",
    "undated_events",
    "walk_for",
    "window_keys",
]

_KB = prefixes.KB
_IDX = prefixes.KBR + "idx/"
_WD = prefixes.WD
_SEM = prefixes.SEM

_RDF_TYPE = prefixes.PREFIXES["rdf"] + "type"
_XSD_INTEGER = prefixes.PREFIXES["xsd"] + "integer"
# The predicates' IRIs; ACTOR_PERIOD ... YEAR and INDEX_PREDICATES are the same as rdflib terms,
# made on first use (module __getattr__): reading a timeline does not import rdflib.
_IRIS = {"ACTOR_PERIOD": _KB + "actorPeriod", "ACTOR_PAIR": _KB + "actorPair", "ACTOR_YEAR": _KB + "actorYear",
         "ACTOR_CENTURY": _KB + "actorCentury", "YEAR": _KB + "year",
         "TYPE_PERIOD": _KB + "typePeriod", "TYPE_YEAR": _KB + "typeYear", "TYPE_CENTURY": _KB + "typeCentury",
         "PLACE_PERIOD": _KB + "placePeriod", "PLACE_YEAR": _KB + "placeYear", "PLACE_CENTURY": _KB + "placeCentury",
         # Not a key: the event's stored timeline row (kb.exporters.records.row_record), derived from
         # the graph like the keys, so written, replaced, dropped and left out of exports with them.
         "TIMELINE_ROW": _KB + "timelineRow"}
# Every index predicate's IRI (what a re-index removes first).
INDEX_IRIS = tuple(_IRIS.values())
ACTOR_PERIOD: URIRef
ACTOR_PAIR: URIRef
ACTOR_YEAR: URIRef
ACTOR_CENTURY: URIRef
YEAR: URIRef
TYPE_PERIOD: URIRef
TYPE_YEAR: URIRef
TYPE_CENTURY: URIRef
PLACE_PERIOD: URIRef
PLACE_YEAR: URIRef
PLACE_CENTURY: URIRef
TIMELINE_ROW: URIRef
INDEX_PREDICATES: frozenset[URIRef]
_SEM_EVENT = _SEM + "Event"
_HAS_ACTOR = _SEM + "hasActor"
_EARLIEST = _SEM + "hasEarliestBeginTimeStamp"
_LATEST = _SEM + "hasLatestEndTimeStamp"
_HAS_PLACE = _SEM + "hasPlace"
_COUNTRY = _KB + "country"


def __getattr__(name: str):
    if name in _IRIS:
        from rdflib import URIRef

        value = URIRef(_IRIS[name])
    elif name == "INDEX_PREDICATES":
        # What an export leaves out: the keys are kb's, not the user's data (kb load adds them back).
        from rdflib import URIRef

        value = frozenset(URIRef(v) for v in _IRIS.values())
    else:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    globals()[name] = value
    return value

# A day-, week-, month- or quarter-granular event spans at most 3 months; a
# year needs 12 month keys, so from 4 months on year keys are cheaper.
MONTH_SPAN_LIMIT = 3
# Decades and centuries: one "wide" key that every windowed query includes.
YEAR_SPAN_LIMIT = 40


def actor_token(actor_iri: str) -> str:
    """A short, IRI-safe token for an actor: the QID for Wikidata, else a hash.

    >>> actor_token("http://www.wikidata.org/entity/Q7747")
    'Q7747'
    >>> actor_token("https://w3id.org/kb/id/entity/x")[:1]
    'h'
    """
    if actor_iri.startswith(_WD):
        return actor_iri[len(_WD):]
    import hashlib  # here: importing it loads OpenSSL (9 ms of `kb timeline`'s start), for unlinked actors only

    return "h" + hashlib.sha1(actor_iri.encode()).hexdigest()[:16]


def _type_token(class_iri: str) -> str:
    return "type/" + (class_iri[len(_KB):] if class_iri.startswith(_KB) else actor_token(class_iri))


def _place_token(place_iri: str) -> str:
    return "place/" + actor_token(place_iri)


@dataclass(frozen=True)
class Family:
    """One kind of windowed key: the predicates of its month, year and century keys and the
    token of a value (an actor, an event class, a place) in the key IRIs ``kbr:idx/{token}/...``."""

    period: str
    year: str
    century: str
    token: Callable[[str], str]


ACTORS = Family(_IRIS["ACTOR_PERIOD"], _IRIS["ACTOR_YEAR"], _IRIS["ACTOR_CENTURY"], actor_token)
TYPES = Family(_IRIS["TYPE_PERIOD"], _IRIS["TYPE_YEAR"], _IRIS["TYPE_CENTURY"], _type_token)
PLACES = Family(_IRIS["PLACE_PERIOD"], _IRIS["PLACE_YEAR"], _IRIS["PLACE_CENTURY"], _place_token)


def _months(earliest: _dt.date, latest: _dt.date) -> int:
    return (latest.year - earliest.year) * 12 + latest.month - earliest.month + 1


def period_keys(actor_iri: str, earliest: _dt.date, latest: _dt.date) -> list[str]:
    """The ``kb:actorPeriod`` key IRIs of one actor of an event with these bounds.

    >>> period_keys("http://www.wikidata.org/entity/Q1", _dt.date(2023, 12, 30), _dt.date(2024, 1, 2))
    ['https://w3id.org/kb/id/idx/Q1/2023-12', 'https://w3id.org/kb/id/idx/Q1/2024-01']
    """
    return _period_keys(actor_token(actor_iri), earliest, latest)


def _period_keys(tok: str, earliest: _dt.date, latest: _dt.date) -> list[str]:
    if latest < earliest:
        return []
    n = _months(earliest, latest)
    if n <= MONTH_SPAN_LIMIT:
        out, y, m = [], earliest.year, earliest.month
        for _ in range(n):
            out.append(f"{_IDX}{tok}/{y:04d}-{m:02d}")
            y, m = (y + 1, 1) if m == 12 else (y, m + 1)
        return out
    if latest.year - earliest.year + 1 <= YEAR_SPAN_LIMIT:
        return [f"{_IDX}{tok}/{y:04d}" for y in range(earliest.year, latest.year + 1)]
    return [f"{_IDX}{tok}/wide"]


def pair_key(actor_a: str, actor_b: str) -> str:
    """The ``kb:actorPair`` key IRI of two actors (order does not matter).

    >>> pair_key("http://www.wikidata.org/entity/Q2", "http://www.wikidata.org/entity/Q1")
    'https://w3id.org/kb/id/idx/pair/Q1/Q2'
    """
    a, b = sorted((actor_token(actor_a), actor_token(actor_b)))
    return f"{_IDX}pair/{a}/{b}"


def era_keys(value_iri: str, earliest: _dt.date, latest: _dt.date,
             family: Family = ACTORS) -> list[tuple[str, str]]:
    """The ``(predicate, key IRI)`` year and century keys (``kb:actorYear``, ``kb:actorCentury``,
    or those of ``family``) of one value of an event with these bounds.

    None for an event of more than :data:`YEAR_SPAN_LIMIT` years: its ``wide``
    period key is in every windowed lookup anyway.

    >>> [k.rsplit("idx/", 1)[1] for _, k in era_keys("http://www.wikidata.org/entity/Q1",
    ...                                               _dt.date(1999, 12, 30), _dt.date(2000, 1, 2))]
    ['Q1/y/1999', 'Q1/y/2000', 'Q1/c/19', 'Q1/c/20']
    """
    if latest < earliest or latest.year - earliest.year + 1 > YEAR_SPAN_LIMIT:
        return []
    tok = family.token(value_iri)
    out = [(family.year, year_key(tok, y)) for y in range(earliest.year, latest.year + 1)]
    out += [(family.century, century_key(tok, c)) for c in range(earliest.year // 100, latest.year // 100 + 1)]
    return out


def year_key(token: str, year: int) -> str:
    return f"{_IDX}{token}/y/{year:04d}"


def century_key(token: str, century: int) -> str:
    return f"{_IDX}{token}/c/{century:02d}"


def _keys(actors: Iterable[str], earliest: _dt.date | None, latest: _dt.date | None,
          types: Iterable[str] = (), places: Iterable[str] = ()) -> Iterator[tuple[str, int | str]]:
    """``(predicate IRI, value)`` of every index triple of one event: ``kb:year`` and the
    year (an int), then the windowed keys of its actors, its ``kb:`` classes and its places
    (each a key IRI), then its actor pairs."""
    actors = sorted(set(actors))
    if earliest is not None:
        yield _IRIS["YEAR"], earliest.year
    if earliest is not None and latest is not None:
        for family, values in ((ACTORS, actors), (TYPES, sorted(set(types))), (PLACES, sorted(set(places)))):
            for v in values:
                for key in _period_keys(family.token(v), earliest, latest):
                    yield family.period, key
                yield from era_keys(v, earliest, latest, family)
    else:  # not in any window; a timeline without one lists them last (undated_events)
        for family, values in ((TYPES, sorted(set(types))), (PLACES, sorted(set(places)))):
            for v in values:
                yield family.period, f"{_IDX}{family.token(v)}/undated"
    for i, a in enumerate(actors):
        for b in actors[i + 1:]:
            yield _IRIS["ACTOR_PAIR"], pair_key(a, b)


def index_triples(event: URIRef, actors: Iterable[str], earliest: _dt.date | None,
                  latest: _dt.date | None, types: Iterable[str] = (),
                  places: Iterable[str] = ()) -> Iterator[tuple]:
    """The index triples of one event (rdflib terms). ``types`` are its classes (only those
    in the ``kb:`` namespace get keys), ``places`` its places and their countries."""
    from rdflib import Literal, URIRef

    kb_types = [str(t) for t in types if str(t).startswith(_KB)]
    for pred, value in _keys((str(a) for a in actors), earliest, latest, kb_types, (str(p) for p in places)):
        if pred == _IRIS["YEAR"]:
            yield event, URIRef(pred), Literal(value, datatype=URIRef(_XSD_INTEGER))
        else:
            yield event, URIRef(pred), URIRef(value)


_OX_TYPE = ox.NamedNode(_RDF_TYPE)
_OX = {p: ox.NamedNode(p) for p in (_SEM_EVENT, _HAS_ACTOR, _EARLIEST, _LATEST, _HAS_PLACE, _COUNTRY,
                                     _XSD_INTEGER, *_IRIS.values())}
# What the keys of an event are computed from: its actors, bounds, classes and places, and the
# countries of its places (``kb:country``, a triple of the place).
_OX_FACTS = frozenset(_OX[p] for p in (_HAS_ACTOR, _EARLIEST, _LATEST, _HAS_PLACE, _COUNTRY)) | {_OX_TYPE}


def _with_countries(places: list[str], countries: Callable[[str], Iterable[str]]) -> list[str]:
    """Places and the countries of each (``--place`` names either: a country matches its cities)."""
    return places + [c for p in places for c in countries(p)]


def index_for(triples: Iterable[tuple], *, rows: bool = True) -> list[tuple]:
    """The index triples (pyoxigraph terms) of every ``sem:Event`` among ``triples``
    (``(s, p, o)`` tuples of pyoxigraph terms, with the ``kb:country`` of the events'
    places); the same as :func:`add_index` adds. With ``rows``, also each event's stored
    timeline row (``kb:timelineRow``, :func:`kb.exporters.records.row_records`), which needs
    the whole document graph: its evidence, document and entity labels."""
    triples = list(triples)
    sem_event, has_actor = _OX[_SEM_EVENT], _OX[_HAS_ACTOR]
    earliest_p, latest_p, has_place, country = _OX[_EARLIEST], _OX[_LATEST], _OX[_HAS_PLACE], _OX[_COUNTRY]
    events: dict = {}
    facts: dict = {}
    for s, p, o in triples:
        if p == _OX_TYPE and o == sem_event:
            events[s] = None
        elif p in _OX_FACTS:
            facts.setdefault(s, []).append((p, o))
    year = _OX[_IRIS["YEAR"]]
    integer = _OX[_XSD_INTEGER]
    out = []
    for event in events:
        own = facts.get(event, ())
        actors = [o.value for p, o in own if p == has_actor]
        earliest = min((d for p, o in own if p == earliest_p if (d := _date(o)) is not None), default=None)
        latest = max((d for p, o in own if p == latest_p if (d := _date(o)) is not None), default=None)
        types = [o.value for p, o in own if p == _OX_TYPE and o.value.startswith(_KB)]
        places = [o for p, o in own if p == has_place]
        places = _with_countries([o.value for o in places], lambda v: [
            c.value for p, c in facts.get(ox.NamedNode(v), ()) if p == country])
        for pred, value in _keys(actors, earliest, latest, types, places):
            if pred == _IRIS["YEAR"]:
                out.append((event, year, ox.Literal(str(value), datatype=integer)))
            else:
                out.append((event, _OX[pred], ox.NamedNode(value)))
    if rows:
        out += row_triples(triples)
    return out


def row_triples(triples: list[tuple]) -> list[tuple]:
    """The ``kb:timelineRow`` triple (pyoxigraph terms) of every ``sem:Event`` among the
    triples of one document graph."""
    from kb.exporters.records import row_records

    row = _OX[_IRIS["TIMELINE_ROW"]]
    return [(ox.NamedNode(e), row, ox.Literal(text)) for e, text in row_records(triples)]


def index_changes(quads: list[ox.Quad]) -> tuple[list[ox.Quad], list[ox.Quad]]:
    """``(stale, missing)``: the stored timeline rows of one graph's ``quads`` that differ from
    what its triples give now, and the index triples and rows it lacks."""
    if not quads:
        return [], []
    graph = quads[0].graph_name
    triples = {(q.subject, q.predicate, q.object) for q in quads}
    wanted = index_for(list(triples))
    row = _OX[_IRIS["TIMELINE_ROW"]]
    keep = {t for t in wanted if t[1] == row}
    stale = [q for q in quads if q.predicate == row and (q.subject, q.predicate, q.object) not in keep]
    return stale, [ox.Quad(s, p, o, graph) for s, p, o in dict.fromkeys(wanted) if (s, p, o) not in triples]


def with_index(quads: list[ox.Quad]) -> list[ox.Quad]:
    """The quads of one graph, plus any index triple of its events it lacks: an export of kb
    (which leaves them out) or one written before a key existed (``kb:actorYear``, ...),
    loaded back by ``kb load``; a graph with its whole index (a shard of
    ``kb ingest --shards``) is returned as it is. A stored timeline row that its graph's
    triples no longer give (a file edited by hand) is replaced."""
    stale, missing = index_changes(quads)
    if stale:
        gone = set(stale)
        quads = [q for q in quads if q not in gone]
    return quads + missing if missing else quads


def _date(value) -> _dt.date | None:
    if value is None:
        return None
    if isinstance(value, ox.Literal):
        v = value.value
    else:
        v = value.toPython() if hasattr(value, "toPython") else value
    if isinstance(v, _dt.datetime):
        return v.date()
    if isinstance(v, _dt.date):
        return v
    try:
        return _dt.date.fromisoformat(str(v)[:10])
    except ValueError:
        return None


def add_index(graph: Graph) -> int:
    """Add the index triples of every ``sem:Event`` in ``graph``; returns how many.

    Idempotent: existing index triples are removed first.
    """
    from rdflib import URIRef

    for pred in _IRIS.values():
        graph.remove((None, URIRef(pred), None))
    new = []
    country = URIRef(_COUNTRY)
    for event in set(graph.subjects(URIRef(_RDF_TYPE), URIRef(_SEM_EVENT))):
        actors = [str(a) for a in graph.objects(event, URIRef(_HAS_ACTOR))]
        earliest = min((d for d in map(_date, graph.objects(event, URIRef(_EARLIEST))) if d), default=None)
        latest = max((d for d in map(_date, graph.objects(event, URIRef(_LATEST))) if d), default=None)
        places = _with_countries([str(p) for p in graph.objects(event, URIRef(_HAS_PLACE))],
                                 lambda v: [str(c) for c in graph.objects(URIRef(v), country)])
        new.extend(index_triples(event, actors, earliest, latest, graph.objects(event, URIRef(_RDF_TYPE)), places))
    from rdflib import Literal

    from kb.rdf.terms import converting_once, to_oxigraph

    term = converting_once(to_oxigraph)
    row = URIRef(_IRIS["TIMELINE_ROW"])
    new += [(URIRef(s.value), row, Literal(o.value)) for s, _, o in
            row_triples([(term(s), term(p), term(o)) for s, p, o in graph])]
    for t in new:
        graph.add(t)
    return len(new)


def window_keys(actor_iri: str, since: _dt.date, until: _dt.date) -> list[str]:
    """Every key an event of ``actor_iri`` overlapping [since, until] carries one of."""
    return _window_keys(actor_token(actor_iri), since, until)


def _window_keys(tok: str, since: _dt.date, until: _dt.date) -> list[str]:
    keys = []
    y, m = since.year, since.month
    while (y, m) <= (until.year, until.month):
        keys.append(f"{_IDX}{tok}/{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    keys += [f"{_IDX}{tok}/{y:04d}" for y in range(since.year, until.year + 1)]
    keys.append(f"{_IDX}{tok}/wide")
    return keys


def timeline_chunks(since: _dt.date, until: _dt.date, first: int = 1,
                    cap: int | None = None) -> Iterator[tuple[_dt.date, _dt.date]]:
    """Consecutive sub-windows of [since, until], 1, 2, 4, ... months long (at most ``cap``
    months each, when given: a lookup's keys stay bounded however wide the window).

    A timeline with a LIMIT asks chunk after chunk and stops when it has
    enough events: every event whose earliest bound falls in a chunk is found
    by that chunk's query, so sorting chunk by chunk gives the global order.
    A frequent actor is answered by the first small chunk; a rare one needs a
    handful of queries, each a few index lookups.
    """
    start = since
    months = first
    while start <= until:
        y, m = start.year, start.month + months
        y, m = y + (m - 1) // 12, (m - 1) % 12 + 1
        end = until if y > _dt.MAXYEAR else min(until, _dt.date(y, m, 1) - _dt.timedelta(days=1))
        yield start, end
        if end >= until:
            return
        start = end + _dt.timedelta(days=1)
        months = months * 2 if cap is None else min(months * 2, cap)


# -- queries that use the keys --------------------------------------------------

_PREFIXES = f"PREFIX kb: <{_KB}>\nPREFIX sem: <{_SEM}>\nPREFIX xsd: <{prefixes.PREFIXES['xsd']}>\n"


@dataclass(frozen=True)
class Walk:
    """What a timeline walks: the keys of one :class:`Family` for some values (actors, event
    classes or places: events with any of them), and what each lookup also asks of the
    events it finds (one of ``type_iris`` as class; one of ``place_iris`` as place or as
    the country of their place; with ``skip_implied``, no ``kb:impliedBy`` in their graph).
    With ``records``, each lookup also reads the events' stored timeline rows
    (``kb:timelineRow``, in the graph where it found the event's key: where kb writes both)."""

    family: Family
    values: tuple[str, ...]
    type_iris: tuple[str, ...] = ()
    place_iris: tuple[str, ...] = ()
    skip_implied: bool = False
    records: bool = False

    @property
    def tokens(self) -> list[str]:
        return sorted({self.family.token(v) for v in self.values})


def walk_for(actor_iris: Iterable[str] = (), type_iris: Iterable[str] = (), place_iris: Iterable[str] = (),
             skip_implied: bool = False) -> Walk:
    """The walk of a timeline with these filters: by its actors' keys when it has actors,
    else by its places' (fewer events than a type's, as a rule), else by its types'
    (``type_iris`` already with their sub-types); ``skip_implied`` leaves out the events
    only implied by a claim (``kb:impliedBy``)."""
    actors, types, places = tuple(actor_iris or ()), tuple(type_iris or ()), tuple(place_iris or ())
    if actors:
        return Walk(ACTORS, actors, types, places, skip_implied)
    if places:
        return Walk(PLACES, places, types, skip_implied=skip_implied)
    if types:
        return Walk(TYPES, types, skip_implied=skip_implied)
    raise ValueError("a timeline walk needs actors, types or places")


def chunk_query(actor_iris: list[str] | Walk, since: _dt.date, until: _dt.date,
                chunk: tuple[_dt.date, _dt.date], type_iris: list[str] | None = None) -> str:
    """SELECT ``?event ?earliest ?latest`` of the actors' events overlapping
    [since, until] that carry a key of ``chunk`` (a part of that window).

    The key lookup comes first so Oxigraph starts from the few matching
    events; the date filter then runs on them only. The bounds are cast with
    ``xsd:date(...)``: Virtuoso 7.2 answers a join with a plain comparison of a
    stored ``xsd:date`` and a date constant with no rows at all.
    """
    walk = actor_iris if isinstance(actor_iris, Walk) else walk_for(actor_iris, type_iris)
    keys = [k for tok in walk.tokens for k in _window_keys(tok, chunk[0], chunk[1])]
    return _key_query(walk, keys, since, until)


# At most this many months per lookup (divided among the values walked): ~130 keys, a few kB of
# SPARQL, whatever the window.
MAX_CHUNK_MONTHS = 120
# Windows up to this many years are probed year by year; wider ones century by century first.
_YEAR_PROBE_SPAN = 200


# Keys per probe: a few kB of SPARQL (an open window has 100 centuries per value walked).
_PROBE_KEYS = 150


def _probe(select, predicate: str, keys: list[str]) -> set[str]:
    """Those of ``keys`` that some event carries as ``predicate`` (one lookup each, stopping at the first)."""
    found: set[str] = set()
    for i in range(0, len(keys), _PROBE_KEYS):
        values = " ".join(f"<{k}>" for k in keys[i:i + _PROBE_KEYS])
        found.update(r[0] for r in select(
            f"{_PREFIXES}SELECT ?k WHERE {{ VALUES ?k {{ {values} }} "
            f"FILTER EXISTS {{ GRAPH ?g {{ ?e <{predicate}> ?k }} }} }}\n"))
    return found


def has_keys(select, predicate: str) -> bool:
    """Whether some event of the store carries ``predicate`` (stores written before a key existed do not)."""
    return bool(select(f"{_PREFIXES}SELECT ?e WHERE {{ GRAPH ?g {{ ?e <{predicate}> ?k }} }} {_KEY_CHECK}"))


_KEY_CHECK = "LIMIT 1 # key check\n"


def is_key_check(sparql: str) -> bool:
    """Whether ``sparql`` is one of :func:`has_keys`' lookups (whose answer a read-only store
    can remember: ``kb.api`` does)."""
    return sparql.endswith(_KEY_CHECK)


def has_type_keys(select) -> bool | None:
    """Whether the store's events carry the type and place keys (``kb:typePeriod``, ...): True;
    False for a store written before them (it has actor keys but no type key); None for a
    store with neither (no dated event with an actor or a type: nothing to walk)."""
    if has_keys(select, _IRIS["TYPE_PERIOD"]):
        return True
    return False if has_keys(select, _IRIS["ACTOR_PERIOD"]) else None


def active_years(select, walk: Walk | list[str], since: _dt.date, until: _dt.date, *,
                 lazy: bool = False) -> Iterator[int]:
    """The years of [since, until], in order, in which some event of the walk's values lies (lazily).

    A window of up to 200 years is probed by its year keys (``kb:actorYear``, ...), a wider
    one century by century (``kb:actorCentury``, ...) first and then the years of
    each century found, so an open window (0001-9999) costs about 100 lookups
    plus 100 per century with events. Events over :data:`YEAR_SPAN_LIMIT` years
    carry neither key: every chunk lookup includes their ``wide`` key.

    With ``lazy`` (a walk that may stop early: a timeline with a limit), the years and
    centuries after the present one are probed only as the walk reaches them, 8, 32, ...
    at a time: the events of a news KB lie in the past, and a walk that has its events by
    then does not look up the empty future keys of ``--since 2010`` (90 years, 80 centuries).
    """
    walk = walk if isinstance(walk, Walk) else walk_for(walk)
    tokens = walk.tokens
    present = _dt.date.today().year if lazy else None

    def found(predicate: str, key: Callable[[str, int], str], first: int, last: int, now: int | None):
        for lo, hi in _probe_runs(first, last, now):
            keys = {key(t, n): n for t in tokens for n in range(lo, hi + 1)}
            yield from sorted({keys[k] for k in _probe(select, predicate, list(keys))})

    def years(first: int, last: int) -> Iterator[int]:
        return found(walk.family.year, year_key, first, last, present)

    if until.year - since.year < _YEAR_PROBE_SPAN:
        yield from years(since.year, until.year)
        return
    for c in found(walk.family.century, century_key, since.year // 100, until.year // 100,
                   None if present is None else present // 100):
        yield from years(max(since.year, 100 * c), min(until.year, 100 * c + 99))


def _probe_runs(first: int, last: int, present: int | None) -> Iterator[tuple[int, int]]:
    """Runs ``(lo, hi)`` of [first, last] to probe in order: all at once without ``present``; else
    up to ``present`` at once (a run of 8 from a ``first`` after it), then 8, 32, 128, ... at a time.

    >>> list(_probe_runs(1990, 2099, 2026))
    [(1990, 2026), (2027, 2034), (2035, 2066), (2067, 2099)]
    """
    if present is None:
        yield first, last
        return
    lo, hi, size = first, min(last, present if first <= present else first + 7), 8
    while lo <= last:
        yield lo, hi
        lo, hi, size = hi + 1, min(last, hi + size), size * 4


def _month_chunks(years: Iterable[int], since: _dt.date, until: _dt.date,
                  size: Callable[[], int], cap: int = MAX_CHUNK_MONTHS) -> Iterator[list[tuple[int, int]]]:
    """The months of ``years`` within [since, until] in order, in runs of ``size()`` months
    (asked before each run, at most ``cap``)."""
    want, run = max(1, min(size(), cap)), []
    for y in years:
        for m in range(since.month if y == since.year else 1, (until.month if y == until.year else 12) + 1):
            run.append((y, m))
            if len(run) == want:
                yield run
                want, run = max(1, min(size(), cap)), []
    if run:
        yield run


def months_query(walk: Walk | list[str], since: _dt.date, until: _dt.date, months: list[tuple[int, int]],
                 type_iris: list[str] | None = None) -> str:
    """SELECT ``?event ?earliest ?latest`` of the walk's (or actors') events overlapping [since, until]
    that carry a key of one of ``months`` (its month, its year, or ``wide``).

    A year whose months in the window are all among ``months`` is asked by its year key
    (``kb:actorYear``, ...) instead: every event overlapping the year carries that key or
    ``wide``, so one lookup finds what its twelve month keys and its year period key find."""
    walk = walk if isinstance(walk, Walk) else walk_for(walk, type_iris)
    by_year: dict[int, int] = {}
    for y, _ in months:
        by_year[y] = by_year.get(y, 0) + 1
    whole = {y for y, n in by_year.items()
             if n == _months(max(since, _dt.date(y, 1, 1)), min(until, _dt.date(y, 12, 31)))}
    keys, years = [], []
    for tok in walk.tokens:
        keys += [f"{_IDX}{tok}/{y:04d}-{m:02d}" for y, m in months if y not in whole]
        keys += [f"{_IDX}{tok}/{y:04d}" for y in sorted(by_year) if y not in whole]
        keys.append(f"{_IDX}{tok}/wide")
        years += [year_key(tok, y) for y in sorted(whole)]
    return _key_query(walk, keys, since, until, years)


def _key_query(walk: Walk, keys: list[str], since: _dt.date | None, until: _dt.date | None,
               year_keys: list[str] | None = None) -> str:
    where = ["VALUES ?k { " + " ".join(f"<{k}>" for k in keys) + " }", f"?event <{walk.family.period}> ?k ."]
    if year_keys:
        where = [f"{{ {where[0]} {where[1]} }} UNION {{ VALUES ?k {{ "
                 + " ".join(f"<{k}>" for k in year_keys) + f" }} ?event <{walk.family.year}> ?k }}"]
    if since is not None and until is not None:
        where += ["?event sem:hasEarliestBeginTimeStamp ?earliest ; sem:hasLatestEndTimeStamp ?latest .",
                  f'FILTER(xsd:date(?earliest) <= "{until.isoformat()}"^^xsd:date && '
                  f'xsd:date(?latest) >= "{since.isoformat()}"^^xsd:date)']
    if walk.type_iris:
        # FILTER, not VALUES: Oxigraph joins a VALUES block of classes with every event of the
        # class first (1.3 s per lookup for a Meeting of a frequent actor at 100k events).
        where.append("?event a ?cls . FILTER(?cls IN (" + ", ".join(f"<{t}>" for t in walk.type_iris) + "))")
    if walk.place_iris:
        # The place, or the country of the place (kb:country in the same graph), as kb export --place.
        places = ", ".join(f"<{p}>" for p in walk.place_iris)
        where.append(f"?event sem:hasPlace ?_p . OPTIONAL {{ ?_p kb:country ?_c }} "
                     f"FILTER(?_p IN ({places}) || (BOUND(?_c) && ?_c IN ({places})))")
    if walk.skip_implied:
        # In the event's graph (where kb.rdf.build writes it, and build_query looks): a lookup in
        # that graph per event found costs 7% of the lookup; in any graph, 70%.
        where.append("FILTER NOT EXISTS { ?event kb:impliedBy ?_claim }")
    columns = "?event" if since is None or until is None else "?event ?earliest ?latest"
    if walk.records:
        # In the same lookup: the graph is known, so this reads the block the bounds came from
        # (a query of its own afterwards looks each event up again, in another index).
        where.append(f"OPTIONAL {{ ?event <{_IRIS['TIMELINE_ROW']}> ?row }}")
        columns += " ?row"
    body = "\n    ".join(where)
    return f"{_PREFIXES}SELECT DISTINCT {columns} WHERE {{\n  GRAPH ?g {{\n    {body}\n  }}\n}}\n"


def undated_events(select, walk: Walk) -> list[str]:
    """The events of a type or place walk (with its filters) that lack a date bound: a timeline
    without a window lists them after the dated ones (their ``undated`` key, one lookup)."""
    if walk.family is ACTORS:
        raise ValueError("actor keys have no undated key")
    keys = [f"{_IDX}{t}/undated" for t in walk.tokens]
    return [r[0] for r in select(_key_query(walk, keys, None, None))]


def _last_day(y: int, m: int) -> _dt.date:
    return (_dt.date(y + 1, 1, 1) if m == 12 else _dt.date(y, m + 1, 1)) - _dt.timedelta(days=1)


class MissingKeys(LookupError):
    """The store has no keys of the family a timeline would walk (written before they existed)."""


def _chunks(select, walk: Walk, since: _dt.date, until: _dt.date, size: Callable[[], int],
            limit: int | None = None):
    """``(query, last day it covers, months)`` of each lookup of a walk, in window order (without
    a ``limit``, lookups of up to :data:`MAX_CHUNK_MONTHS` years: whole years are asked by their
    year keys, one each)."""
    if walk.family is not ACTORS and not has_keys(select, walk.family.period):
        if has_keys(select, _IRIS["ACTOR_PERIOD"]):
            raise MissingKeys(f"the store has no {walk.family.period.rsplit('#', 1)[-1]} keys")
        return  # no dated event at all
    if walk.family is not ACTORS or has_keys(select, walk.family.year):
        # MAX_CHUNK_MONTHS keys a lookup whatever the number of values (a type and its sub-types,
        # several places): fewer months per lookup for more values keeps the query a few kB.
        cap = max(1, MAX_CHUNK_MONTHS * (1 if limit is not None else 12) // len(walk.tokens))
        years = active_years(select, walk, since, until, lazy=limit is not None)
        for months in _month_chunks(years, since, until, size, cap):
            yield months_query(walk, since, until, months), _last_day(*months[-1]), len(months)
    elif has_keys(select, walk.family.period):
        # a store written before the kb:actorYear keys: month by month over the window, at most
        # MAX_CHUNK_MONTHS months (a few kB of keys) a lookup
        for chunk in timeline_chunks(since, until, cap=max(1, MAX_CHUNK_MONTHS // len(walk.tokens))):
            yield chunk_query(walk, since, until, chunk), chunk[1], 0
    # (else no event of the store has a dated key: nothing to walk)


def timeline_events(select, actor_iris: list[str], since: _dt.date | None, until: _dt.date | None,
                    limit: int | None, type_iris: list[str] | None = None, *,
                    ties: bool = False, place_iris: list[str] | None = None,
                    skip_implied: bool = False,
                    records: dict[str, list[str]] | None = None) -> list[tuple[str, str, str]]:
    """The first ``limit`` (``None``: all) events ``(iri, earliest, latest)`` with one of the
    actors, one of the types and one of the places (each: any, when not given; at least one of
    them given) in [since, until] (``None``: open), ordered by earliest then latest bound then IRI.

    With ``ties``, also every later event with the same bounds as the ``limit``-th
    and then the next event, if there is one (so a caller ordering on more than
    the bounds sees every candidate, and knows whether there are more, from one walk).

    The walk (:func:`walk_for`: by the actors' keys, else the places', else the
    types') visits only the years that hold an event of its values
    (:func:`active_years`; with a limit, those after the present year only as it
    reaches them), their months in chunks of up to
    :data:`MAX_CHUNK_MONTHS` months, one bounded lookup each (with a limit:
    1, 2, 4, ... months until events turn up, then as many months as their
    rate says are still needed; without one, up to :data:`MAX_CHUNK_MONTHS`
    years; a year a chunk covers whole by its one year key), and stops as
    soon as it has ``limit`` events that no later chunk can precede: the cost
    follows the rows returned, not the width of the window. ``select(sparql)``
    runs a SELECT and yields rows as tuples of strings (``kb.store.Store``,
    :class:`kb.remote.RemoteStore` or pyoxigraph adapt to that in one line).
    ``type_iris`` lists the classes to keep (a type and its sub-types, already
    expanded); ``place_iris`` the places, each also matching the places whose
    ``kb:country`` it is. A store written before the ``kb:actorYear`` keys is
    walked month by month over the whole window (slower, same rows); one written
    before the type and place keys raises :class:`MissingKeys` for a walk without
    actors (:func:`has_type_keys` tells beforehand). ``skip_implied`` leaves out the
    events only implied by a claim in every lookup (the limit counts the others).
    ``records``, when given, receives the stored timeline row texts (``kb:timelineRow``) of
    every event the lookups found (``[]`` for one without), read by those same lookups.
    """
    walk = walk_for(actor_iris, type_iris, place_iris, skip_implied)
    if records is not None:
        walk = replace(walk, records=True)
    since = since or _dt.date(1, 1, 1)
    until = until or _dt.date(9999, 12, 31)
    if until < since:
        return []
    found: dict[str, tuple[str, str, str]] = {}

    def ordered(rows):
        return sorted(rows, key=lambda r: (r[1], r[2], r[0]))

    walked = {"chunks": 0, "months": 0, "complete": 0}

    def size() -> int:
        # Months for the next lookup: everything (the cap) without a limit; with one, as many as
        # the events found so far per month say are missing (x1.5), doubling while none is found.
        if limit is None:
            return 12 * MAX_CHUNK_MONTHS
        if not walked["complete"]:
            return 2 ** walked["chunks"]
        missing = limit - walked["complete"]
        return -(-3 * missing * walked["months"] // (2 * walked["complete"]))

    def take(rows) -> None:
        for event, earliest, latest, *row in rows:
            found[event] = (event, earliest, latest)
            if records is not None:
                texts = records.setdefault(event, [])
                if row[0] and row[0] not in texts:
                    texts.append(row[0])

    looked = False
    for sparql, done, months in _chunks(select, walk, since, until, size, limit):
        looked = True
        take(select(sparql))
        complete = ordered(r for r in found.values() if r[1] <= done.isoformat())
        if limit is not None and len(complete) >= limit:
            if not ties:
                return complete[:limit]
            if (end := _past_ties(complete, limit)) < len(complete):
                return complete[:end + 1]
        walked["chunks"] += 1
        walked["months"] += months
        walked["complete"] = len(complete)
    if not looked:
        # No year holds an event of the values: only events wider than YEAR_SPAN_LIMIT years can match.
        keys = [f"{_IDX}{t}/wide" for t in walk.tokens]
        take(select(_key_query(walk, keys, since, until)))
    rows = ordered(found.values())
    if limit is None or len(rows) <= limit:
        return rows
    return rows[:_past_ties(rows, limit)] if ties else rows[:limit]


def _past_ties(rows: list[tuple[str, str, str]], limit: int) -> int:
    """The end of the ``limit`` first rows and the rows after them with the bounds of the ``limit``-th."""
    end = limit
    while end < len(rows) and rows[end][1:] == rows[limit - 1][1:]:
        end += 1
    return end


def pair_count_query(actor_a: str, actor_b: str, type_iri: str, since: _dt.date | None = None) -> str:
    """SELECT ``?n``: events of ``type_iri`` with both actors, ending on or after ``since``."""
    where = [f"?e kb:actorPair <{pair_key(actor_a, actor_b)}> .", f"?e a <{type_iri}> ."]
    if since is not None:
        where.append(f'?e sem:hasLatestEndTimeStamp ?l . FILTER(xsd:date(?l) >= "{since.isoformat()}"^^xsd:date)')
    body = "\n    ".join(where)
    return f"{_PREFIXES}SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE {{\n  GRAPH ?g {{\n    {body}\n  }}\n}}\n"


def events_per_year_query() -> str:
    """SELECT ``?year ?n``: events per year of their earliest bound."""
    return (f"{_PREFIXES}SELECT ?year (COUNT(?e) AS ?n) WHERE {{ GRAPH ?g {{ ?e kb:year ?year }} }}\n"
            "GROUP BY ?year ORDER BY ?year\n")
