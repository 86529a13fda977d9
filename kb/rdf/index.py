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
- ``kb:actorPair <kbr:idx/pair/{a}/{b}>`` for each unordered pair of actors;
- ``kb:year`` the year of the earliest bound (an ``xsd:integer``), so
  "events per year" groups on a stored value.

The keys are computed from the event's own triples and live in the document's
named graph, so they are written, replaced and dropped atomically with it.
The graph builder calls :func:`add_index` on each document graph after building
it; :mod:`kb.rdf.index` also builds the matching queries
(:func:`timeline_chunks`, :func:`pair_key`).
"""

from __future__ import annotations

import datetime as _dt
import hashlib
from collections.abc import Callable, Iterable, Iterator

from typing import TYPE_CHECKING

import pyoxigraph as ox

from kb.rdf import prefixes

if TYPE_CHECKING:
    from rdflib import Graph, URIRef

__all__ = [
    "ACTOR_CENTURY",
    "ACTOR_PAIR",
    "ACTOR_PERIOD",
    "ACTOR_YEAR",
    "MAX_CHUNK_MONTHS",
    "MONTH_SPAN_LIMIT",
    "YEAR",
    "YEAR_SPAN_LIMIT",
    "active_years",
    "actor_token",
    "add_index",
    "chunk_query",
    "events_per_year_query",
    "INDEX_PREDICATES",
    "index_for",
    "index_triples",
    "months_query",
    "with_index",
    "pair_count_query",
    "pair_key",
    "period_keys",
    "era_keys",
    "timeline_chunks",
    "timeline_events",
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
         "ACTOR_CENTURY": _KB + "actorCentury", "YEAR": _KB + "year"}
ACTOR_PERIOD: URIRef
ACTOR_PAIR: URIRef
ACTOR_YEAR: URIRef
ACTOR_CENTURY: URIRef
YEAR: URIRef
INDEX_PREDICATES: frozenset[URIRef]
_SEM_EVENT = _SEM + "Event"
_HAS_ACTOR = _SEM + "hasActor"
_EARLIEST = _SEM + "hasEarliestBeginTimeStamp"
_LATEST = _SEM + "hasLatestEndTimeStamp"


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
    return "h" + hashlib.sha1(actor_iri.encode()).hexdigest()[:16]


def _months(earliest: _dt.date, latest: _dt.date) -> int:
    return (latest.year - earliest.year) * 12 + latest.month - earliest.month + 1


def period_keys(actor_iri: str, earliest: _dt.date, latest: _dt.date) -> list[str]:
    """The ``kb:actorPeriod`` key IRIs of one actor of an event with these bounds.

    >>> period_keys("http://www.wikidata.org/entity/Q1", _dt.date(2023, 12, 30), _dt.date(2024, 1, 2))
    ['https://w3id.org/kb/id/idx/Q1/2023-12', 'https://w3id.org/kb/id/idx/Q1/2024-01']
    """
    tok = actor_token(actor_iri)
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


def era_keys(actor_iri: str, earliest: _dt.date, latest: _dt.date) -> list[tuple[str, str]]:
    """The ``("actorYear" | "actorCentury", key IRI)`` keys of one actor of an event with these bounds.

    None for an event of more than :data:`YEAR_SPAN_LIMIT` years: its ``wide``
    period key is in every windowed lookup anyway.

    >>> [k.rsplit("idx/", 1)[1] for _, k in era_keys("http://www.wikidata.org/entity/Q1",
    ...                                               _dt.date(1999, 12, 30), _dt.date(2000, 1, 2))]
    ['Q1/y/1999', 'Q1/y/2000', 'Q1/c/19', 'Q1/c/20']
    """
    if latest < earliest or latest.year - earliest.year + 1 > YEAR_SPAN_LIMIT:
        return []
    tok = actor_token(actor_iri)
    out = [("actorYear", year_key(tok, y)) for y in range(earliest.year, latest.year + 1)]
    out += [("actorCentury", century_key(tok, c)) for c in range(earliest.year // 100, latest.year // 100 + 1)]
    return out


def year_key(token: str, year: int) -> str:
    return f"{_IDX}{token}/y/{year:04d}"


def century_key(token: str, century: int) -> str:
    return f"{_IDX}{token}/c/{century:02d}"


def _keys(actors: Iterable[str], earliest: _dt.date | None,
          latest: _dt.date | None) -> Iterator[tuple[str, int | str]]:
    """``("year", 2024)``, ``("period", key IRI)``, ``("actorYear"|"actorCentury", key IRI)``
    and ``("pair", key IRI)`` of one event."""
    actors = sorted(set(actors))
    if earliest is not None:
        yield "year", earliest.year
    if earliest is not None and latest is not None:
        for a in actors:
            for key in period_keys(a, earliest, latest):
                yield "period", key
            yield from era_keys(a, earliest, latest)
    for i, a in enumerate(actors):
        for b in actors[i + 1:]:
            yield "pair", pair_key(a, b)


def index_triples(event: URIRef, actors: Iterable[str], earliest: _dt.date | None,
                  latest: _dt.date | None) -> Iterator[tuple]:
    """The index triples of one event (rdflib terms)."""
    from rdflib import Literal, URIRef

    for kind, value in _keys((str(a) for a in actors), earliest, latest):
        if kind == "year":
            yield event, URIRef(_IRIS["YEAR"]), Literal(value, datatype=URIRef(_XSD_INTEGER))
        else:
            yield event, URIRef(_KEY_PREDICATES[kind]), URIRef(value)


_KEY_PREDICATES = {"period": _IRIS["ACTOR_PERIOD"], "pair": _IRIS["ACTOR_PAIR"], "actorYear": _IRIS["ACTOR_YEAR"],
                   "actorCentury": _IRIS["ACTOR_CENTURY"]}
_OX_TYPE = ox.NamedNode(_RDF_TYPE)
_OX = {p: ox.NamedNode(p) for p in (_SEM_EVENT, _HAS_ACTOR, _EARLIEST, _LATEST, _XSD_INTEGER, *_IRIS.values())}
_OX_KEYS = {kind: _OX[p] for kind, p in _KEY_PREDICATES.items()}


def index_for(triples: Iterable[tuple]) -> list[tuple]:
    """The index triples (pyoxigraph terms) of every ``sem:Event`` among ``triples``
    (``(s, p, o)`` tuples of pyoxigraph terms); the same as :func:`add_index` adds."""
    sem_event, has_actor = _OX[_SEM_EVENT], _OX[_HAS_ACTOR]
    earliest_p, latest_p = _OX[_EARLIEST], _OX[_LATEST]
    events: dict = {}
    facts: dict = {}
    for s, p, o in triples:
        if p == _OX_TYPE:
            if o == sem_event:
                events[s] = None
        elif p == has_actor or p == earliest_p or p == latest_p:
            facts.setdefault(s, []).append((p, o))
    year = _OX[_IRIS["YEAR"]]
    integer = _OX[_XSD_INTEGER]
    out = []
    for event in events:
        own = facts.get(event, ())
        actors = [o.value for p, o in own if p == has_actor]
        earliest = min((d for p, o in own if p == earliest_p if (d := _date(o)) is not None), default=None)
        latest = max((d for p, o in own if p == latest_p if (d := _date(o)) is not None), default=None)
        for kind, value in _keys(actors, earliest, latest):
            if kind == "year":
                out.append((event, year, ox.Literal(str(value), datatype=integer)))
            else:
                out.append((event, _OX_KEYS[kind], ox.NamedNode(value)))
    return out


def with_index(quads: list[ox.Quad]) -> list[ox.Quad]:
    """The quads of one graph, plus any index triple of its events it lacks: an export of kb
    (which leaves them out) or one written before a key existed (``kb:actorYear``, ...),
    loaded back by ``kb load``; a graph with its whole index (a shard of
    ``kb ingest --shards``) is returned as it is."""
    if not quads:
        return quads
    graph = quads[0].graph_name
    triples = {(q.subject, q.predicate, q.object) for q in quads}
    missing = [t for t in index_for(list(triples)) if t not in triples]
    return quads + [ox.Quad(s, p, o, graph) for s, p, o in missing] if missing else quads


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
    for event in set(graph.subjects(URIRef(_RDF_TYPE), URIRef(_SEM_EVENT))):
        actors = [str(a) for a in graph.objects(event, URIRef(_HAS_ACTOR))]
        earliest = min((d for d in map(_date, graph.objects(event, URIRef(_EARLIEST))) if d), default=None)
        latest = max((d for d in map(_date, graph.objects(event, URIRef(_LATEST))) if d), default=None)
        new.extend(index_triples(event, actors, earliest, latest))
    for t in new:
        graph.add(t)
    return len(new)


def window_keys(actor_iri: str, since: _dt.date, until: _dt.date) -> list[str]:
    """Every key an event of ``actor_iri`` overlapping [since, until] carries one of."""
    tok = actor_token(actor_iri)
    keys = []
    y, m = since.year, since.month
    while (y, m) <= (until.year, until.month):
        keys.append(f"{_IDX}{tok}/{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    keys += [f"{_IDX}{tok}/{y:04d}" for y in range(since.year, until.year + 1)]
    keys.append(f"{_IDX}{tok}/wide")
    return keys


def timeline_chunks(since: _dt.date, until: _dt.date, first: int = 1) -> Iterator[tuple[_dt.date, _dt.date]]:
    """Consecutive sub-windows of [since, until], 1, 2, 4, ... months long.

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
        months *= 2


# -- queries that use the keys --------------------------------------------------

_PREFIXES = f"PREFIX kb: <{_KB}>\nPREFIX sem: <{_SEM}>\nPREFIX xsd: <{prefixes.PREFIXES['xsd']}>\n"


def chunk_query(actor_iris: list[str], since: _dt.date, until: _dt.date,
                chunk: tuple[_dt.date, _dt.date], type_iris: list[str] | None = None) -> str:
    """SELECT ``?event ?earliest ?latest`` of the actors' events overlapping
    [since, until] that carry a key of ``chunk`` (a part of that window).

    The key lookup comes first so Oxigraph starts from the few matching
    events; the date filter then runs on them only. The bounds are cast with
    ``xsd:date(...)``: Virtuoso 7.2 answers a join with a plain comparison of a
    stored ``xsd:date`` and a date constant with no rows at all.
    """
    keys = []
    for a in actor_iris:
        keys += window_keys(a, chunk[0], chunk[1])
    return _key_query(keys, since, until, type_iris)


# At most this many months per lookup: ~130 keys per actor (a few kB of SPARQL) whatever the window.
MAX_CHUNK_MONTHS = 120
# Windows up to this many years are probed year by year; wider ones century by century first.
_YEAR_PROBE_SPAN = 200


def _probe(select, predicate: str, keys: list[str]) -> set[str]:
    """Those of ``keys`` that some event carries as ``predicate`` (one lookup each, stopping at the first)."""
    found: set[str] = set()
    for i in range(0, len(keys), 400):
        values = " ".join(f"<{k}>" for k in keys[i:i + 400])
        found.update(r[0] for r in select(
            f"{_PREFIXES}SELECT ?k WHERE {{ VALUES ?k {{ {values} }} "
            f"FILTER EXISTS {{ GRAPH ?g {{ ?e <{predicate}> ?k }} }} }}\n"))
    return found


def _has_era_keys(select) -> bool:
    """Whether the store carries ``kb:actorYear`` keys at all (stores written before they existed do not)."""
    return bool(select(f"{_PREFIXES}SELECT ?e WHERE {{ GRAPH ?g {{ ?e <{_IRIS['ACTOR_YEAR']}> ?k }} }} LIMIT 1\n"))


def active_years(select, actor_iris: list[str], since: _dt.date, until: _dt.date) -> Iterator[int]:
    """The years of [since, until], in order, in which some event of the actors lies (lazily).

    A window of up to 200 years is probed by its ``kb:actorYear`` keys, a wider
    one century by century (``kb:actorCentury``) first and then the years of
    each century found, so an open window (0001-9999) costs about 100 lookups
    plus 100 per century with events. Events over :data:`YEAR_SPAN_LIMIT` years
    carry neither key: every chunk lookup includes their ``wide`` key.
    """
    tokens = sorted({actor_token(a) for a in actor_iris})

    def years(first: int, last: int) -> list[int]:
        keys = {year_key(t, y): y for t in tokens for y in range(first, last + 1)}
        return sorted({keys[k] for k in _probe(select, _IRIS["ACTOR_YEAR"], list(keys))})

    if until.year - since.year < _YEAR_PROBE_SPAN:
        yield from years(since.year, until.year)
        return
    keys = {century_key(t, c): c for t in tokens for c in range(since.year // 100, until.year // 100 + 1)}
    for c in sorted({keys[k] for k in _probe(select, _IRIS["ACTOR_CENTURY"], list(keys))}):
        yield from years(max(since.year, 100 * c), min(until.year, 100 * c + 99))


def _month_chunks(years: Iterable[int], since: _dt.date, until: _dt.date,
                  size: Callable[[], int]) -> Iterator[list[tuple[int, int]]]:
    """The months of ``years`` within [since, until] in order, in runs of ``size()`` months
    (asked before each run, at most :data:`MAX_CHUNK_MONTHS`)."""
    want, run = max(1, min(size(), MAX_CHUNK_MONTHS)), []
    for y in years:
        for m in range(since.month if y == since.year else 1, (until.month if y == until.year else 12) + 1):
            run.append((y, m))
            if len(run) == want:
                yield run
                want, run = max(1, min(size(), MAX_CHUNK_MONTHS)), []
    if run:
        yield run


def months_query(actor_iris: list[str], since: _dt.date, until: _dt.date, months: list[tuple[int, int]],
                 type_iris: list[str] | None = None) -> str:
    """SELECT ``?event ?earliest ?latest`` of the actors' events overlapping [since, until]
    that carry a key of one of ``months`` (its month, its year, or ``wide``)."""
    keys = []
    for tok in sorted({actor_token(a) for a in actor_iris}):
        keys += [f"{_IDX}{tok}/{y:04d}-{m:02d}" for y, m in months]
        keys += [f"{_IDX}{tok}/{y:04d}" for y in sorted({y for y, _ in months})]
        keys.append(f"{_IDX}{tok}/wide")
    return _key_query(keys, since, until, type_iris)


def _key_query(keys: list[str], since: _dt.date, until: _dt.date, type_iris: list[str] | None) -> str:
    where = ["VALUES ?k { " + " ".join(f"<{k}>" for k in keys) + " }",
             "?event kb:actorPeriod ?k .",
             "?event sem:hasEarliestBeginTimeStamp ?earliest ; sem:hasLatestEndTimeStamp ?latest .",
             f'FILTER(xsd:date(?earliest) <= "{until.isoformat()}"^^xsd:date && '
             f'xsd:date(?latest) >= "{since.isoformat()}"^^xsd:date)']
    if type_iris:
        # FILTER, not VALUES: Oxigraph joins a VALUES block of classes with every event of the
        # class first (1.3 s per lookup for a Meeting of a frequent actor at 100k events).
        where.append("?event a ?cls . FILTER(?cls IN (" + ", ".join(f"<{t}>" for t in type_iris) + "))")
    body = "\n    ".join(where)
    return f"{_PREFIXES}SELECT DISTINCT ?event ?earliest ?latest WHERE {{\n  GRAPH ?g {{\n    {body}\n  }}\n}}\n"


def _last_day(y: int, m: int) -> _dt.date:
    return (_dt.date(y + 1, 1, 1) if m == 12 else _dt.date(y, m + 1, 1)) - _dt.timedelta(days=1)


def timeline_events(select, actor_iris: list[str], since: _dt.date | None, until: _dt.date | None,
                    limit: int | None, type_iris: list[str] | None = None, *,
                    ties: bool = False) -> list[tuple[str, str, str]]:
    """The first ``limit`` (``None``: all) events ``(iri, earliest, latest)`` of the actors in
    [since, until] (``None``: open), ordered by earliest then latest bound then IRI.

    With ``ties``, also every later event with the same bounds as the ``limit``-th
    and then the next event, if there is one (so a caller ordering on more than
    the bounds sees every candidate, and knows whether there are more, from one walk).

    The walk visits only the years that hold an event of the actors
    (:func:`active_years`), their months in chunks of up to
    :data:`MAX_CHUNK_MONTHS` months, one bounded lookup each (with a limit:
    1, 2, 4, ... months until events turn up, then as many months as their
    rate says are still needed), and stops as
    soon as it has ``limit`` events that no later chunk can precede: the cost
    follows the rows returned, not the width of the window. ``select(sparql)``
    runs a SELECT and yields rows as tuples of strings (``kb.store.Store``,
    :class:`kb.remote.RemoteStore` or pyoxigraph adapt to that in one line).
    ``type_iris`` lists the classes to keep (a type and its sub-types, already
    expanded). A store written before the ``kb:actorYear`` keys existed is
    walked month by month over the whole window (slower, same rows).
    """
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
            return MAX_CHUNK_MONTHS
        if not walked["complete"]:
            return 2 ** walked["chunks"]
        missing = limit - walked["complete"]
        return -(-3 * missing * walked["months"] // (2 * walked["complete"]))

    if _has_era_keys(select):
        chunks = ((months_query(actor_iris, since, until, months, type_iris), _last_day(*months[-1]), len(months))
                  for months in _month_chunks(active_years(select, actor_iris, since, until), since, until, size))
    else:
        chunks = ((chunk_query(actor_iris, since, until, chunk, type_iris), chunk[1], 0)
                  for chunk in timeline_chunks(since, until))
    looked = False
    for sparql, done, months in chunks:
        looked = True
        for event, earliest, latest in select(sparql):
            found[event] = (event, earliest, latest)
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
        # No year holds an event of the actors: only events wider than YEAR_SPAN_LIMIT years can match.
        keys = [f"{_IDX}{t}/wide" for t in sorted({actor_token(a) for a in actor_iris})]
        for event, earliest, latest in select(_key_query(keys, since, until, type_iris)):
            found[event] = (event, earliest, latest)
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
