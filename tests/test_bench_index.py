"""The synthetic KB generator, the index triples and the indexed queries (small sizes).

The figures come from ``scripts/bench_store.py``; these tests check that what
is measured is right: the indexed timeline and pair count give exactly the
answers of the plain queries, and the generated graphs follow the shapes.
"""

from __future__ import annotations

import datetime as _dt
import io
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.compare import isomorphic

from kb import synthetic
from kb.rdf import index as idx

ROOT = Path(__file__).resolve().parent.parent
WD = "http://www.wikidata.org/entity/"
SEM = "http://semanticweb.cs.vu.nl/2009/11/sem/"
XSD = "http://www.w3.org/2001/XMLSchema#"


@pytest.fixture(scope="module")
def store():
    buf = io.StringIO()
    synthetic.write_nquads(buf, 2500, seed=11)
    s = ox.Store()
    s.bulk_load(input=buf.getvalue().encode(), format=ox.RdfFormat.N_QUADS)
    return s


def _select(store):
    def run(sparql):
        res = store.query(sparql)
        names = [v.value for v in res.variables]
        return [tuple("" if sol[n] is None else sol[n].value for n in names) for sol in res]
    return run


def test_generator_shape():
    docs = list(synthetic.documents(300, seed=2))
    assert sum(k for _, _, k in docs) == 300
    assert len({g for g, _, _ in docs}) == len(docs)  # one named graph per document
    for graph, lines, _ in docs:
        assert all(line.endswith(f"<{graph}> .\n") for line in lines)
    # 15-25 triples per event about the event itself (evidence string and index keys aside).
    g = Graph()
    for _, lines, _ in docs[:40]:
        g.parse(data="".join(line.rsplit(" <", 1)[0] + " .\n" for line in lines), format="nt")
    for event in g.subjects(URIRef("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), URIRef(SEM + "Event")):
        own = [p for p, _ in g.predicate_objects(event) if p not in idx.INDEX_PREDICATES]
        assert 14 <= len(own) <= 25, (event, len(own))


def test_generated_rows_and_keys_are_those_the_store_computes():
    """The generator writes each event's index triples and timeline row record from its own
    terms; they equal what kb.rdf.index.index_for computes from the parsed document graph."""
    for _, lines, _ in synthetic.documents(400, seed=12):
        quads = list(ox.parse("".join(lines), format=ox.RdfFormat.N_QUADS))
        index = {str(p) for p in idx.INDEX_PREDICATES} | {synthetic.ROW}
        plain = [(q.subject, q.predicate, q.object) for q in quads if q.predicate.value not in index]
        written = sorted(str(ox.Triple(q.subject, q.predicate, q.object)) for q in quads
                         if q.predicate.value in index)
        assert written == sorted(str(ox.Triple(*t)) for t in idx.index_for(plain))


def test_generated_graphs_follow_the_shapes():
    from kb.rdf.validate import validate_graph

    for _, graph in list(synthetic.document_graphs(12, seed=4)):
        conforms, report = validate_graph(graph)
        assert conforms, report


def test_add_index_recomputes_the_generated_keys():
    for graph_iri, graph in synthetic.document_graphs(30, seed=6):
        stripped = Graph(identifier=graph_iri)
        for t in graph:
            if t[1] not in idx.INDEX_PREDICATES:
                stripped.add(t)
        n = idx.add_index(stripped)
        assert n == len(graph) - (len(stripped) - n)
        assert isomorphic(stripped, graph)
        assert idx.add_index(stripped) == n  # idempotent


def test_period_keys_cover_every_month_or_year():
    q = WD + "Q1"
    assert idx.period_keys(q, _dt.date(2024, 5, 16), _dt.date(2024, 5, 17)) == ["https://w3id.org/kb/id/idx/Q1/2024-05"]
    assert len(idx.period_keys(q, _dt.date(2024, 1, 1), _dt.date(2024, 3, 31))) == 3
    assert idx.period_keys(q, _dt.date(2024, 1, 1), _dt.date(2024, 12, 31)) == ["https://w3id.org/kb/id/idx/Q1/2024"]
    assert idx.period_keys(q, _dt.date(1900, 1, 1), _dt.date(1999, 12, 31)) == ["https://w3id.org/kb/id/idx/Q1/wide"]
    assert idx.period_keys(q, _dt.date(2024, 2, 1), _dt.date(2024, 1, 1)) == []
    local = idx.period_keys("https://w3id.org/kb/id/entity/jane-doe", _dt.date(2020, 1, 1), _dt.date(2020, 1, 1))
    assert local[0].startswith("https://w3id.org/kb/id/idx/h")


def test_chunks_tile_the_window():
    since, until = _dt.date(2001, 3, 15), _dt.date(2019, 2, 10)
    chunks = list(idx.timeline_chunks(since, until))
    assert chunks[0][0] == since and chunks[-1][1] == until
    for (a, b), (c, _) in zip(chunks, chunks[1:]):
        assert a <= b and c == b + _dt.timedelta(days=1)


def _plain_timeline(run, actor, since, until, limit):
    return run(f"""SELECT ?e ?b ?l WHERE {{ GRAPH ?g {{
      ?e <{SEM}hasActor> <{actor}> ; <{SEM}hasEarliestBeginTimeStamp> ?b ; <{SEM}hasLatestEndTimeStamp> ?l .
      FILTER(?b <= "{until}"^^<{XSD}date> && ?l >= "{since}"^^<{XSD}date>) }} }} ORDER BY ?b ?l ?e LIMIT {limit}""")


@pytest.mark.parametrize("rank,since,until,limit", [
    (0, "1995-01-01", "2024-12-31", 100),   # the most frequent actor, whole range
    (0, "2010-06-15", "2010-07-02", 100),   # a short window
    (3, "2003-02-01", "2007-11-30", 25),
    (40, "1995-01-01", "2024-12-31", 100),  # a rare actor: many chunks, few events
    (400, "1999-01-01", "2020-12-31", 10),
    (4999, "1995-01-01", "2024-12-31", 100),  # maybe no events at all
])
def test_indexed_timeline_equals_plain_query(store, rank, since, until, limit):
    run = _select(store)
    actor = f"{WD}Q{100000 + rank}"
    s, u = _dt.date.fromisoformat(since), _dt.date.fromisoformat(until)
    plain = _plain_timeline(run, actor, s, u, limit)
    fast = idx.timeline_events(run, [actor], s, u, limit)
    assert [r[0] for r in fast] == [r[0] for r in plain]


def test_indexed_timeline_with_type_filter(store):
    run = _select(store)
    actor, s, u = f"{WD}Q100001", _dt.date(1995, 1, 1), _dt.date(2024, 12, 31)
    meeting = "https://w3id.org/kb/ns#Meeting"
    fast = idx.timeline_events(run, [actor], s, u, 1000, type_iris=[meeting])
    plain = run(f"""SELECT ?e WHERE {{ GRAPH ?g {{ ?e a <{meeting}> ; <{SEM}hasActor> <{actor}> }} }}""")
    assert {r[0] for r in fast} == {r[0] for r in plain} and fast



@pytest.mark.parametrize("rank,types,limit", [(0, ["Meeting"], 30), (2, ["Visit", "StateVisit"], 20), (7, ["Summit"], 5)])
def test_indexed_timeline_with_types_equals_plain_query(store, rank, types, limit):
    """A type and its sub-types, limited: the same first events as the plain query."""
    run = _select(store)
    actor, s, u = f"{WD}Q{100000 + rank}", _dt.date(1995, 1, 1), _dt.date(2024, 12, 31)
    classes = [f"https://w3id.org/kb/ns#{t}" for t in types]
    fast = idx.timeline_events(run, [actor], s, u, limit, type_iris=classes)
    values = " ".join(f"<{c}>" for c in classes)
    plain = run(f"""SELECT DISTINCT ?e ?b ?l WHERE {{ GRAPH ?g {{ VALUES ?c {{ {values} }}
      ?e a ?c ; <{SEM}hasActor> <{actor}> ; <{SEM}hasEarliestBeginTimeStamp> ?b ; <{SEM}hasLatestEndTimeStamp> ?l .
      }} }} ORDER BY ?b ?l ?e LIMIT {limit}""")
    assert fast and [r[0] for r in fast] == [r[0] for r in plain]

@pytest.mark.parametrize("a,b,since", [(0, 1, None), (0, 2, "2010-01-01"), (5, 9, "1990-01-01"), (0, 4000, None)])
def test_indexed_pair_count_equals_plain_query(store, a, b, since):
    run = _select(store)
    x, y = f"{WD}Q{100000 + a}", f"{WD}Q{100000 + b}"
    flt = f'?e <{SEM}hasLatestEndTimeStamp> ?l FILTER(?l >= "{since}"^^<{XSD}date>)' if since else ""
    plain = run(f"""SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE {{ GRAPH ?g {{
        ?e <{SEM}hasActor> <{x}>, <{y}> ; a <https://w3id.org/kb/ns#Meeting> . {flt} }} }}""")[0][0]
    s = _dt.date.fromisoformat(since) if since else None
    fast = run(idx.pair_count_query(x, y, "https://w3id.org/kb/ns#Meeting", s))[0][0]
    assert fast == plain


def test_events_per_year(store):
    run = _select(store)
    fast = run(idx.events_per_year_query())
    plain = run(f"""SELECT ?y (COUNT(?e) AS ?n) WHERE {{ GRAPH ?g {{ ?e <{SEM}hasEarliestBeginTimeStamp> ?d }}
        BIND(YEAR(?d) AS ?y) }} GROUP BY ?y ORDER BY ?y""")
    assert fast == plain and sum(int(n) for _, n in fast) == 2500


def test_index_literals_are_integers():
    (_, graph), = list(synthetic.document_graphs(1, seed=1))[:1]
    years = list(graph.objects(None, idx.YEAR))
    assert years and all(isinstance(y, Literal) and isinstance(y.toPython(), int) for y in years)


def test_bench_script_smoke():
    out = subprocess.run([sys.executable, str(ROOT / "scripts" / "bench_store.py"), "--events", "200",
                          "--reps", "3", "--full-reps", "1"], capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    assert "timeline_indexed" in out.stdout and "pair_count_indexed" in out.stdout


def test_bench_timeline_smoke(tmp_path):
    """bench_timeline.py times the wired KnowledgeBase.timeline (first time and repeated) on a
    store kept by bench_store.py, checks it against the plain query and times kb timeline as a process."""
    made = subprocess.run([sys.executable, str(ROOT / "scripts" / "bench_store.py"), "--events", "300",
                           "--reps", "3", "--full-reps", "0", "--dir", str(tmp_path), "--keep"],
                          capture_output=True, text=True, timeout=300)
    assert made.returncode == 0, made.stderr
    store = tmp_path / "store-300"
    assert store.is_dir()
    out = subprocess.run([sys.executable, str(ROOT / "scripts" / "bench_timeline.py"), str(store),
                          "--combos", "12", "--check", "12", "--cli", "2"],
                         capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    for line in ("KnowledgeBase.timeline, first time:", "KnowledgeBase.timeline, repeated:",
                 "equal the plain query on 12 combinations and 12 with a type",
                 "KnowledgeBase.timeline with --type, first time", "`kb timeline` as a process", "`kb --help`",
                 "timelines of a type or place without an actor (walked by the type and place keys)",
                 "equal to the plain query on all 24", "(kb:actorPair count), first time",
                 "`kb query --named meetings-between` since a date, in-process, first time"):
        assert line in out.stdout


@pytest.mark.parametrize("rank,since,until,limit", [
    (0, None, None, 100),              # a frequent actor, no window: the first 100 events
    (0, "2010-03-01", None, 50),       # the README's form: --since only
    (2, None, "2001-06-30", 30),       # --until only
    (40, None, None, None),            # a middling actor's whole timeline
    (700, "2000-01-01", None, None),   # a rare actor since a date, no limit
    (4999, None, None, 10),            # maybe no events at all
    (3, "1998-05-01", "2016-02-01", None),  # no limit: whole years by their year keys
    (1, "2019-07-01", None, 400),      # past the present: future years and centuries probed lazily
])
def test_open_windows_equal_the_plain_query_with_bounded_lookups(store, rank, since, until, limit):
    run = _select(store)
    sizes = []

    def counted(sparql):
        sizes.append(len(sparql.encode()))
        return run(sparql)

    actor = f"{WD}Q{100000 + rank}"
    s = _dt.date.fromisoformat(since) if since else None
    u = _dt.date.fromisoformat(until) if until else None
    fast = idx.timeline_events(counted, [actor], s, u, limit)
    plain = _plain_timeline(run, actor, s or _dt.date(1, 1, 1), u or _dt.date(9999, 12, 31), limit or 10**6)
    assert [r[0] for r in fast] == [r[0] for r in plain]
    # No lookup grows with the window: ~130 keys a chunk, 400 a probe (the old walk sent megabytes).
    assert max(sizes) < 30_000 and len(sizes) < 40


def test_events_wider_than_the_year_keys_are_found(tmp_path):
    """An event over more than 40 years carries only the actor's 'wide' key, no year key."""
    s = ox.Store()
    actor = f"{WD}Q4242"
    g = ox.NamedNode("https://w3id.org/kb/id/graph/long-reign")
    ev = URIRef("https://w3id.org/kb/id/doc/long-reign/event/e1")
    triples = [(ev, URIRef(SEM + "hasActor"), URIRef(actor)),
               (ev, URIRef(SEM + "hasEarliestBeginTimeStamp"), Literal(_dt.date(1850, 1, 1))),
               (ev, URIRef(SEM + "hasLatestEndTimeStamp"), Literal(_dt.date(1910, 12, 31)))]
    triples += list(idx.index_triples(ev, [actor], _dt.date(1850, 1, 1), _dt.date(1910, 12, 31)))
    assert not [t for t in triples if t[1] in (idx.ACTOR_YEAR, idx.ACTOR_CENTURY)]
    # another actor's short event, so that the store has year keys
    other = URIRef("https://w3id.org/kb/id/doc/long-reign/event/e2")
    triples += list(idx.index_triples(other, [f"{WD}Q1"], _dt.date(1900, 5, 1), _dt.date(1900, 5, 2)))

    def term(x):
        return ox.NamedNode(str(x)) if isinstance(x, URIRef) else ox.Literal(str(x), datatype=ox.NamedNode(str(x.datatype)))

    for t in triples:
        s.add(ox.Quad(*map(term, t), g))
    run = _select(s)
    for since, until in [(None, None), (_dt.date(1900, 1, 1), _dt.date(1900, 12, 31)), (_dt.date(1911, 1, 1), None)]:
        got = [r[0] for r in idx.timeline_events(run, [actor], since, until, 10)]
        assert got == ([] if since and since.year == 1911 else [str(ev)])


def test_whole_years_are_looked_up_by_their_year_keys(store):
    """A lookup's years whose months in the window it covers all are asked by one year key each
    (the same events as their month keys); the others by their months."""
    walk = idx.walk_for([f"{WD}Q100003"])
    since, until = _dt.date(2001, 3, 15), _dt.date(2004, 2, 10)
    months = [(2001, m) for m in range(3, 13)] + [(2002, m) for m in range(1, 13)] + [(2003, 1), (2003, 2)]
    q = idx.months_query(walk, since, until, months)
    assert "Q100003/y/2001>" in q and "Q100003/y/2002>" in q and "Q100003/2001-03>" not in q
    assert "Q100003/2003-02>" in q and "Q100003/2003>" in q and "Q100003/y/2003>" not in q
    idx_ = "https://w3id.org/kb/id/idx/Q100003/"
    keys = [f"{idx_}{y}-{m:02d}" for y, m in months] + [f"{idx_}{y}" for y in (2001, 2002, 2003)] + [f"{idx_}wide"]
    run = _select(store)
    by_months = run(idx._key_query(walk, keys, since, until))
    assert by_months and sorted(run(q)) == sorted(by_months)


def test_a_wide_event_in_a_year_without_keys_is_found_by_every_kind_of_walk():
    """An event over more than 40 years (only a 'wide' key) starting in a year with no year key
    of the actor: a walk with or without a limit lists it in its place."""
    s = ox.Store()
    actor = f"{WD}Q4243"
    g = ox.NamedNode("https://w3id.org/kb/id/graph/wide")
    events = {"e1": (_dt.date(1990, 4, 1), _dt.date(1990, 4, 2)),
              "e2": (_dt.date(1995, 6, 1), _dt.date(2040, 1, 1)),
              "e3": (_dt.date(2000, 2, 1), _dt.date(2000, 2, 1))}
    for name, (lo, hi) in events.items():
        ev = URIRef(f"https://w3id.org/kb/id/doc/wide/event/{name}")
        triples = [(ev, URIRef(SEM + "hasActor"), URIRef(actor)),
                   (ev, URIRef(SEM + "hasEarliestBeginTimeStamp"), Literal(lo)),
                   (ev, URIRef(SEM + "hasLatestEndTimeStamp"), Literal(hi))]
        triples += list(idx.index_triples(ev, [actor], lo, hi))
        for t in triples:
            o = t[2]
            o = ox.NamedNode(str(o)) if isinstance(o, URIRef) else ox.Literal(str(o), datatype=ox.NamedNode(str(o.datatype)))
            s.add(ox.Quad(ox.NamedNode(str(t[0])), ox.NamedNode(str(t[1])), o, g))
    run = _select(s)
    for since, until in [(None, None), (_dt.date(1980, 1, 1), None), (None, _dt.date(2001, 1, 1))]:
        for limit in (None, 10, 2, 1):
            got = [r[0].rsplit("/", 1)[1] for r in idx.timeline_events(run, [actor], since, until, limit)]
            assert got == ["e1", "e2", "e3"][:limit], (since, until, limit)


def test_a_walk_with_a_limit_probes_the_future_only_as_it_reaches_it(store):
    """``--since`` with a limit: the years and centuries after the present one are not probed when
    the walk has its events before them (without a limit they are, in one lookup each)."""
    asked = []

    def counted(sparql):
        if "FILTER EXISTS" in sparql:
            asked.extend(sparql.split("VALUES ?k {", 1)[1].split("}", 1)[0].split())
        return run(sparql)

    run = _select(store)
    actor = f"{WD}Q100000"
    got = idx.timeline_events(counted, [actor], _dt.date(2005, 1, 1), None, 20)
    present = _dt.date.today().year
    assert len(got) == 20 and asked
    assert not [k for k in asked if "/y/" in k and int(k.rsplit("/", 1)[1][:4]) > present]
    assert not [k for k in asked if "/c/" in k and int(k.rsplit("/", 1)[1][:2]) > present // 100]
    asked.clear()
    every = idx.timeline_events(counted, [actor], _dt.date(2005, 1, 1), None, None)
    assert every[:20] == got and any("/c/99>" in k for k in asked)


def test_a_store_without_year_keys_is_walked_as_before(store):
    """Stores written before kb:actorYear/kb:actorCentury existed give the same rows (the slower walk)."""
    old = ox.Store()
    old.bulk_extend(q for q in store if q.predicate.value not in (str(idx.ACTOR_YEAR), str(idx.ACTOR_CENTURY)))
    actor, s, u = f"{WD}Q100003", _dt.date(2004, 1, 1), _dt.date(2012, 12, 31)
    assert idx.timeline_events(_select(old), [actor], s, u, 40) == idx.timeline_events(_select(store), [actor], s, u, 40)
    old_texts: dict[str, list[str]] = {}
    texts: dict[str, list[str]] = {}
    assert idx.timeline_events(_select(old), [actor], s, u, 40, records=old_texts) == \
        idx.timeline_events(_select(store), [actor], s, u, 40, records=texts)
    found = idx.timeline_events(_select(store), [actor], s, u, 40)
    assert all(len(old_texts[e]) == len(texts[e]) == 1 and old_texts[e] == texts[e] for e, _, _ in found)


def test_a_store_without_year_keys_is_walked_in_bounded_lookups(store):
    """An open window on a store written before the year keys: chunks of at most
    MAX_CHUNK_MONTHS months a lookup (they doubled before: thousands of keys towards 9999), the
    same rows as the store with the keys."""
    old = ox.Store()
    old.bulk_extend(q for q in store if q.predicate.value not in (str(idx.ACTOR_YEAR), str(idx.ACTOR_CENTURY)))
    sizes: list[int] = []
    run = _select(old)

    def counted(sparql):
        sizes.append(len(sparql))
        return run(sparql)

    actor = f"{WD}Q100040"
    got = idx.timeline_events(counted, [actor], _dt.date(2005, 1, 1), None, None)
    assert got == idx.timeline_events(_select(store), [actor], _dt.date(2005, 1, 1), None, None)
    assert sizes and max(sizes) < 20_000


def test_chunks_stop_doubling_at_their_cap():
    chunks = list(idx.timeline_chunks(_dt.date(2000, 1, 1), _dt.date(2100, 12, 31), cap=24))
    months = [(b.year - a.year) * 12 + b.month - a.month + 1 for a, b in chunks]
    assert max(months) == 24 and months[:5] == [1, 2, 4, 8, 16]


def test_an_empty_store_walks_nothing():
    asked: list[str] = []
    empty = _select(ox.Store())

    def counted(sparql):
        asked.append(sparql)
        return empty(sparql)

    assert idx.timeline_events(counted, [f"{WD}Q1"], _dt.date(2020, 1, 1), None, 10) == []
    assert len(asked) <= 4 and max(len(q) for q in asked) < 5_000


def test_ties_hand_over_every_event_sharing_the_last_bounds():
    """timeline_events(ties=True): the first `limit` events, every later one with the bounds of
    the limit-th, then the next one (so a caller ordering on more than the bounds misses none)."""
    s = ox.Store()
    actor = f"{WD}Q5151"
    g = ox.NamedNode("https://w3id.org/kb/id/graph/ties")
    days = [_dt.date(2020, 3, 1), _dt.date(2020, 3, 5), _dt.date(2020, 3, 5), _dt.date(2020, 3, 5),
            _dt.date(2020, 3, 9), _dt.date(2020, 4, 2)]
    for i, day in enumerate(days):
        ev = URIRef(f"https://w3id.org/kb/id/doc/ties/event/e{i}")
        triples = [(ev, URIRef(SEM + "hasEarliestBeginTimeStamp"), Literal(day)),
                   (ev, URIRef(SEM + "hasLatestEndTimeStamp"), Literal(day))]
        triples += list(idx.index_triples(ev, [actor], day, day))
        for t in triples:
            s.add(ox.Quad(*(ox.NamedNode(str(x)) if isinstance(x, URIRef) else
                            ox.Literal(str(x), datatype=ox.NamedNode(str(x.datatype))) for x in t), g))
    run = _select(s)
    iris = [f"https://w3id.org/kb/id/doc/ties/event/e{i}" for i in range(len(days))]
    assert [r[0] for r in idx.timeline_events(run, [actor], None, None, 2)] == iris[:2]
    assert [r[0] for r in idx.timeline_events(run, [actor], None, None, 2, ties=True)] == iris[:5]
    # the last event ties with nothing: the limit, and the one after it
    assert [r[0] for r in idx.timeline_events(run, [actor], None, None, 5, ties=True)] == iris[:6]
    # no event after the ties: just the events up to them
    assert [r[0] for r in idx.timeline_events(run, [actor], _dt.date(2020, 3, 1), _dt.date(2020, 3, 5), 2,
                                              ties=True)] == iris[:4]
    assert [r[0] for r in idx.timeline_events(run, [actor], None, None, None, ties=True)] == iris


def test_the_index_module_loads_without_rdflib():
    """The timeline's walk imports no rdflib; the index predicates are rdflib terms on first use."""
    code = ("import sys; import kb.rdf.index as i, kb.timeline, kb.store; assert 'rdflib' not in sys.modules; "
            "from rdflib import URIRef; assert i.ACTOR_YEAR == URIRef('https://w3id.org/kb/ns#actorYear'); "
            "assert URIRef('https://w3id.org/kb/ns#year') in i.INDEX_PREDICATES")
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True)
