"""Timelines of a type or a place without an actor: the walk by the kb:type*/kb:place* keys
returns what a scan of the store returns, and a store written before those keys is scanned."""

import datetime as dt
import io
import itertools
import random
import shutil
import warnings
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

import kb.api as api
from kb import synthetic
from kb.cli import main
from kb.errors import StoreError
from kb.store import REINDEX_MARKER
from kb.exporters.tabular import timeline_rows
from kb.rdf import index as idx
from kb.timeline import build_query, expand_types, rows_from_query

DEMO = sorted((Path(__file__).resolve().parent.parent / "kb" / "demo").glob("*.json"))
KB = "https://w3id.org/kb/ns#"
SEM = "http://semanticweb.cs.vu.nl/2009/11/sem/"
WD = "http://www.wikidata.org/entity/"
TYPE_PLACE_KEYS = {idx.TYPE_PERIOD, idx.TYPE_YEAR, idx.TYPE_CENTURY,
                   idx.PLACE_PERIOD, idx.PLACE_YEAR, idx.PLACE_CENTURY}


def _select(store):
    def run(q):
        return [tuple(t.value if t is not None else None for t in row) for row in store.query(q)]
    return run


# -- a synthetic store whose cities lie in countries -----------------------------------

def _country(place: str) -> str:
    return f"{WD}Q{800000 + int(place.rsplit('Q', 1)[1]) % 7}"


@pytest.fixture(scope="module")
def syn():
    """1,500 synthetic events; each city's kb:country in the graphs that name it, one event in 25
    without a latest bound and one in 25 without any, and the index computed again from the
    graphs (as kb load does), so the place keys include the countries."""
    buf = io.StringIO()
    synthetic.write_nquads(buf, 1500, seed=3)
    raw = ox.Store()
    raw.load(buf.getvalue().encode(), ox.RdfFormat.N_QUADS)
    store = ox.Store()
    has_place = ox.NamedNode(SEM + "hasPlace")
    for g in raw.named_graphs():
        quads = [q for q in raw.quads_for_pattern(None, None, None, g) if q.predicate.value not in
                 {str(p) for p in idx.INDEX_PREDICATES}]
        quads = [q for q in quads if not _undated(q)]
        cities = {q.object for q in quads if q.predicate == has_place}
        quads += [ox.Quad(c, ox.NamedNode(KB + "country"), ox.NamedNode(_country(c.value)), g) for c in cities]
        store.bulk_extend(idx.with_index(quads))
    return store


def _undated(q) -> bool:
    """Whether the test store leaves out this quad: a date bound of one event in 25."""
    n = sum(map(ord, q.subject.value)) % 50
    return (n == 0 and q.predicate.value == SEM + "hasLatestEndTimeStamp") or (
        n == 1 and q.predicate.value.startswith(SEM + "has") and "TimeStamp" in q.predicate.value)


def _scan(store, types, places, since, until, undated=False):
    """Every matching event (iri, earliest, latest) by the plain patterns, in timeline order
    (``undated``: (iri,) of those without both bounds instead)."""
    where = ["?event sem:hasEarliestBeginTimeStamp ?earliest ; sem:hasLatestEndTimeStamp ?latest ."]
    if undated:
        where = ["?event a sem:Event . FILTER NOT EXISTS { ?event sem:hasEarliestBeginTimeStamp ?earliest ; "
                 "sem:hasLatestEndTimeStamp ?latest }"]
    if types:
        where.append("?event a ?cls . VALUES ?cls { " + " ".join(f"<{t}>" for t in types) + " }")
    if places:
        values = " ".join(f"<{p}>" for p in places)
        where.append(f"{{ VALUES ?_p {{ {values} }} ?event sem:hasPlace ?_p }} UNION "
                     f"{{ VALUES ?_c {{ {values} }} ?_p kb:country ?_c . ?event sem:hasPlace ?_p }}")
    if until:
        where.append(f'FILTER(?earliest <= "{until}"^^xsd:date)')
    if since:
        where.append(f'FILTER(?latest >= "{since}"^^xsd:date)')
    q = (f"PREFIX kb: <{KB}> PREFIX sem: <{SEM}> PREFIX xsd: <http://www.w3.org/2001/XMLSchema#> "
         "SELECT DISTINCT ?event ?earliest ?latest WHERE { GRAPH ?g { " + " ".join(where) + " } }")
    return sorted(_select(store)(q), key=lambda r: (r[1], r[2], r[0]))


def _classes(names):
    return [KB + t for t in expand_types(names)] if names else None


_TYPES = [None, ["Meeting"], ["Visit"], ["Summit", "PhoneCall"], ["Election"]]
_PLACES = [None, [f"{WD}Q900003"], [f"{WD}Q800002"], [f"{WD}Q900001", f"{WD}Q800005"], [f"{WD}Q1"]]
_WINDOWS = [(None, None), (dt.date(2010, 3, 1), None), (None, dt.date(2001, 6, 30)),
            (dt.date(2012, 1, 1), dt.date(2014, 12, 31)), (dt.date(2020, 5, 5), dt.date(2020, 5, 5)),
            (dt.date(1500, 1, 1), dt.date(1600, 1, 1)), (dt.date(2015, 1, 1), dt.date(2014, 1, 1))]
_LIMITS = [None, 1, 7, 40, 100000]
_COMBOS = [(t, p, w, n) for t, p, w, n in itertools.product(_TYPES, _PLACES, _WINDOWS, _LIMITS) if t or p]


def test_the_walk_equals_the_scan_on_many_combinations(syn):
    """Types, places (a city, a country, both, an unknown one), windows (open either side or
    both, closed, one day, before any event, empty), limits (none, 1, larger than the
    matches): the first `limit` events of the walk are the scan's, in the same order."""
    run = _select(syn)
    rng = random.Random(5)
    combos = rng.sample(_COMBOS, 160)
    nonempty = 0
    for types, places, (since, until), limit in combos:
        want = _scan(syn, _classes(types), places, since, until)
        got = idx.timeline_events(run, [], since, until, limit, _classes(types), place_iris=places)
        assert got == want[:limit], (types, places, since, until, limit)
        nonempty += bool(want)
    assert nonempty > 50  # most combinations find events; the rest check empty answers


def test_undated_events_are_found_by_their_key(syn):
    """Events without both bounds, which a timeline without a window lists last: one lookup of
    the walk's undated keys finds those of the scan."""
    found = 0
    for types, places in [(["Meeting"], None), (["Visit"], None), (None, [f"{WD}Q800002"]),
                          (["Summit", "PhoneCall"], [f"{WD}Q800005", f"{WD}Q900001"]), (None, [f"{WD}Q1"])]:
        want = sorted(r[0] for r in _scan(syn, _classes(types), places, None, None, undated=True))
        got = idx.undated_events(_select(syn), idx.walk_for((), _classes(types), places))
        assert sorted(got) == want
        found += len(want)
    assert found > 5


def test_a_place_matches_the_cities_of_its_country(syn):
    country = f"{WD}Q800002"
    cities = {q.subject.value for q in syn.quads_for_pattern(None, ox.NamedNode(KB + "country"),
                                                             ox.NamedNode(country), None)}
    got = idx.timeline_events(_select(syn), [], None, None, None, place_iris=[country])
    assert got and cities
    for event, _, _ in got:
        places = {q.object.value for q in syn.quads_for_pattern(ox.NamedNode(event), ox.NamedNode(SEM + "hasPlace"),
                                                                None, None)}
        assert places & cities


def test_type_and_place_keys_are_the_event_class_and_its_places(syn):
    """A Visit and a StateVisit carry their own class's key (--type Visit asks both), an event
    its city's and the city's country's keys; the keys follow the actor keys' scheme."""
    ev = next(q.subject for q in syn.quads_for_pattern(None, ox.NamedNode(SEM + "hasPlace"), None, None))
    keys = {q.object.value.split("idx/", 1)[1] for q in syn.quads_for_pattern(ev, None, None, None)
            if q.predicate.value in {str(p) for p in TYPE_PLACE_KEYS}}
    cls = next(q.object.value for q in syn.quads_for_pattern(ev, ox.NamedNode(
        "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), None, None) if q.object.value.startswith(KB))
    city = next(syn.quads_for_pattern(ev, ox.NamedNode(SEM + "hasPlace"), None, None)).object.value
    tokens = {k.rsplit("/", 1)[0].removesuffix("/y").removesuffix("/c") for k in keys}
    assert tokens == {f"type/{cls[len(KB):]}", f"place/{city[len(WD):]}", f"place/{_country(city)[len(WD):]}"}


# -- the demo KB: kb timeline --type / --place as users run them ---------------------------

@pytest.fixture(scope="module")
def base():
    kb = api.open_kb(None)
    kb.ingest(DEMO)
    yield kb
    kb.close()


def _plain(base, types=None, places=None, since=None, until=None, limit=None):
    q = build_query(types=types, place_iris=[i for p in places or () for i in base.resolve_actor(p)] or None,
                    since=api.parse_bound(since, end=False), until=api.parse_bound(until, end=True), limit=limit)
    return timeline_rows(base.store, [r.event for r in rows_from_query(base.store.query(q))])


DEMO_CASES = [
    (["Meeting"], None, "2020", None, 5),
    (["Visit"], None, None, "2030", None),
    (["Statement"], None, "2023-06", "2023-06-30", 3),
    (None, ["Q183"], "2000", None, None),  # Germany: events in Berlin too
    (None, ["Berlin"], None, "2024", 2),
    (["Meeting"], ["Q183"], "2022", "2024", None),
    (None, ["Q183"], None, None, 1000),  # a limit, no window, larger than the matches: undated ones last
    (["Statement"], None, None, None, 400),
]


@pytest.mark.parametrize("types,places,since,until,limit", DEMO_CASES)
def test_timeline_of_a_type_or_place_equals_the_plain_query(base, types, places, since, until, limit):
    with warnings.catch_warnings():
        warnings.simplefilter("error", api.IndexNotice)  # this store has the keys: no scan
        got = base.timeline(type=types, place=places, since=since, until=until, limit=limit)
    assert got, "the demo KB should have events here"
    assert [r.as_dict() for r in got] == [r.as_dict() for r in _plain(base, types, places, since, until, limit)]


def test_place_of_a_country_includes_its_cities(base):
    berlin = base.timeline(place="Berlin", since="1900")
    germany = {r.event for r in base.timeline(place="Q183", since="1900")}
    assert berlin and {r.place_qid for r in berlin} == {"Q64"}  # at Berlin itself, not Germany
    assert {r.event for r in berlin} <= germany


# -- a store written before the type and place keys --------------------------------------

@pytest.fixture(scope="module")
def old_store(base, tmp_path_factory):
    path = tmp_path_factory.mktemp("old") / "kb"
    s = ox.Store(str(path))
    keys = {str(p) for p in TYPE_PLACE_KEYS}
    s.bulk_extend(q for q in base.store.oxigraph if q.predicate.value not in keys)
    s.flush()
    del s
    return path


def test_an_old_store_is_scanned_with_a_notice(base, old_store):
    with api.open_kb(old_store, read_only=True) as old:
        with pytest.warns(api.IndexNotice, match="written before the type and place index keys"):
            got = old.timeline(type="Meeting", since="2020", limit=4)
        assert [r.as_dict() for r in got] == [r.as_dict() for r in _plain(base, ["Meeting"], None, "2020", None, 4)]
        # an actor's timeline still walks its keys: no notice
        with warnings.catch_warnings():
            warnings.simplefilter("error", api.IndexNotice)
            old.timeline(actor="Q3052772", type="Meeting", since="2020", limit=4)
        with pytest.raises(idx.MissingKeys):
            idx.timeline_events(old.store.select, [], None, None, 3, [KB + "Meeting"])


def test_kb_timeline_prints_one_notice_line_on_an_old_store(old_store):
    r = CliRunner().invoke(main, ["--store", str(old_store), "timeline", "--place", "Q183", "--since", "2000",
                                  "--format", "csv"], catch_exceptions=False)
    assert r.exit_code == 0
    notices = [line for line in r.stderr.splitlines() if line.startswith("notice:")]
    assert len(notices) == 1 and "reindex" in notices[0]
    assert r.stdout.count("\n") > 1  # the header and rows


def test_an_old_store_is_not_written(old_store):
    with pytest.raises(StoreError, match="kb:typePeriod.*kb --store .* reindex"):
        api.open_kb(old_store)


def test_kb_reindex_adds_the_keys_in_place(base, old_store, tmp_path):
    path = tmp_path / "kb"
    shutil.copytree(old_store, path)
    r = CliRunner().invoke(main, ["--store", str(path), "reindex"], catch_exceptions=False)
    assert r.exit_code == 0, r.output
    assert "lacked index triples" in r.stdout and "graphs" in r.stderr
    assert not (path / REINDEX_MARKER).exists()
    # the same quads as the store written with the keys, and now writable and walked
    s = ox.Store(str(path))
    assert set(s) == set(base.store.oxigraph)
    del s
    with api.open_kb(path) as new:
        with warnings.catch_warnings():
            warnings.simplefilter("error", api.IndexNotice)
            got = new.timeline(type="Meeting", since="2020", limit=4)
        assert [r.as_dict() for r in got] == [r.as_dict() for r in _plain(base, ["Meeting"], None, "2020", None, 4)]
    # a second run finds nothing to add
    again = CliRunner().invoke(main, ["--store", str(path), "reindex"], catch_exceptions=False)
    assert again.exit_code == 0 and ": 0 lacked index triples, 0 added" in again.stdout


def test_an_interrupted_reindex_leaves_the_store_read_only_and_scanned(base, old_store, tmp_path):
    path = tmp_path / "kb"
    shutil.copytree(old_store, path)
    # as a run killed half-way leaves it: some graphs have their keys, the marker is still there
    s = ox.Store(str(path))
    graph = next(q.graph_name for q in base.store.oxigraph if q.predicate.value in {str(p) for p in TYPE_PLACE_KEYS})
    s.extend([q for q in base.store.oxigraph.quads_for_pattern(None, None, None, graph)])
    s.flush()
    del s
    (path / REINDEX_MARKER).write_text("kb reindex started\n")
    with pytest.raises(StoreError, match="interrupted.*kb --store .* reindex"):
        api.open_kb(path)
    with api.open_kb(path, read_only=True) as half:
        with pytest.warns(api.IndexNotice, match="reindex"):
            got = half.timeline(type="Meeting", since="2020", limit=4)
        assert [r.as_dict() for r in got] == [r.as_dict() for r in _plain(base, ["Meeting"], None, "2020", None, 4)]
    r = CliRunner().invoke(main, ["--store", str(path), "reindex"], catch_exceptions=False)
    assert r.exit_code == 0 and not (path / REINDEX_MARKER).exists()
    api.open_kb(path).close()


def test_kb_reindex_of_no_store_is_a_one_line_error(tmp_path):
    r = CliRunner().invoke(main, ["--store", str(tmp_path / "none"), "reindex"])
    assert r.exit_code != 0 and "no KB at" in r.output and "Traceback" not in r.output


def test_no_window_and_a_limit_beyond_the_dated_events_lists_the_undated_last(syn, tmp_path):
    """kb timeline --place/--type --limit N without a window: the walk's dated events, then those
    without a date (found by their key), as the plain query lists them."""
    path = tmp_path / "kb"
    s = ox.Store(str(path))
    s.bulk_extend(syn)
    s.flush()
    del s
    with api.open_kb(path, read_only=True) as base:
        for kw in ({"place": "Q800004", "limit": 100000}, {"type": "Meeting", "place": "Q800003", "limit": 500},
                   {"type": "Visit", "limit": 100000}):
            got = base.timeline(**kw)
            want = _plain(base, [kw["type"]] if "type" in kw else None, [kw["place"]] if "place" in kw else None,
                          limit=kw["limit"])
            assert any(not (r.earliest and r.latest) for r in got), kw
            assert [r.as_dict() for r in got] == [r.as_dict() for r in want], kw


def test_a_review_correction_moves_the_type_and_place_keys():
    from kb.review import Review

    with api.open_kb(None) as b:
        b.ingest_text("Bundeskanzler Olaf Scholz empfing am 3. März 2024 in Hamburg den französischen "
                      "Präsidenten Emmanuel Macron.", id="tp1", lang="de", published="2024-03-04")
        (ev,) = b.timeline(type="Meeting", since="2024")
        before = ev.place_qid
        assert before and b.timeline(place=before, since="2024")
        Review(b.store).correct("tp1", ev.event, "ana", {"type": "Summit", "place": "Q64"})
        assert [r.event for r in b.timeline(type="Summit", since="2024")] == [ev.event]
        assert b.timeline(type="Meeting", since="2024") == []
        assert [r.event for r in b.timeline(place="Q64", since="2024")] == [ev.event]
        assert b.timeline(place=before, since="2024") == []
        for place in ("Q183", before, "Q64"):  # a country: as the plain query (the graph's kb:country)
            got = b.timeline(place=place, since="2024", limit=5)
            assert [r.as_dict() for r in got] == [r.as_dict() for r in _plain(b, None, [place], "2024", None, 5)]


def test_query_text_stays_bounded_for_many_values(syn):
    """Six types (and their sub-types) or nine places over an open window: each lookup is a few kB
    of SPARQL (fewer months per lookup for more values), and the rows are the scan's."""
    run = _select(syn)
    sizes = []

    def counted(q):
        sizes.append(len(q))
        return run(q)

    types = _classes(["Meeting", "Visit", "Summit", "PhoneCall", "Statement", "Election"])
    places = [f"{WD}Q{900000 + i}" for i in range(9)]
    for t, p in ((types, None), (None, places)):
        assert idx.timeline_events(counted, [], None, None, None, t, place_iris=p) == _scan(syn, t, p, None, None)
    assert len(sizes) > 20 and max(sizes) < 16000
