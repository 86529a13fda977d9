"""Named queries (kb/queries/*.rq): headers, safe parameter binding, answers on the fixture KB."""

from __future__ import annotations

import csv
import io

import pytest
from click.testing import CliRunner

from kb import queries
from kb.api import KnowledgeBase
from kb.errors import InputError

from fixtures_exports import fixture_store

WD = "http://www.wikidata.org/entity/"
SCHOLZ, MACRON, BIDEN = "Q61053", "Q3052772", "Q6279"
BERLIN_MEETING = "https://w3id.org/kb/id/doc/fx-en-scholz-macron/event/e1"


@pytest.fixture(scope="module")
def base():
    return KnowledgeBase(fixture_store())


def rows(base, name, **params):
    result = base.query_named(name, params)
    return [{k: (None if r.get(k) is None else str(r.get(k))) for k in result.vars} for r in result]


def test_every_shipped_query_has_a_description_and_declared_parameters():
    assert set(queries.names()) >= {"meetings-between", "actor-timeline", "events-in-window",
                                    "visits-to-country", "claims-checks", "event-sources"}
    for q in queries.queries().values():
        assert len(q.description) > 20, q.name
        assert q.text.lstrip().startswith("#")
        for p in q.params:
            assert p.type in queries.PARAM_TYPES and p.description


def test_meetings_between_merges_reports_of_one_event(base):
    found = rows(base, "meetings-between", a=SCHOLZ, b=MACRON)
    assert [(r["value"], r["reports"]) for r in found] == [("2023-01", "1"), ("2023-06-07", "2"), ("2023-10", "1")]
    assert found[1]["event"].startswith("https://w3id.org/kb/id/canonical/")
    assert sorted(found[1]["status"].split()) == ["past", "planned"]
    assert rows(base, "meetings-between", a=MACRON, b=SCHOLZ, since="2023-06", until="2023-06") == found[1:2]
    assert rows(base, "meetings-between", a=SCHOLZ, b=BIDEN) == []


def test_meetings_between_by_the_pair_key_equals_the_join_of_both_actors(base):
    """meetings-between finds two actors' events by their kb:actorPair key; the rows equal those
    of joining sem:hasActor twice (the query before the key), on a store with the keys (asked
    or told) and on one without them (the fixture KB above has none)."""
    import pyoxigraph as ox

    from kb import api, synthetic

    joined = queries._parse("joined", queries.get("meetings-between").text.replace(
        "# KEY pair = actor-pair(a, b)\n", "").replace("FILTER($indexed)\n      ?report kb:actorPair $pair",
                                                       "FILTER(false)").replace("FILTER(!$indexed)\n", ""))
    buf = io.StringIO()
    synthetic.write_nquads(buf, 1500, seed=4)
    with api.open_kb(None) as kb:
        kb.store.oxigraph.load(buf.getvalue().encode(), ox.RdfFormat.N_QUADS)
        pairs = [("Q100000", "Q100001", {}), ("Q100002", "Q100000", {"since": "2010"}),
                 ("Q100001", "Q100005", {"until": "2015-06"}), ("Q100000", "Q104999", {})]
        found = 0
        for a, b, window in pairs:
            params = {"a": a, "b": b, **window}
            want = kb.store.select(joined.bind(params))
            found += len(want)
            for indexed in (None, True):
                assert kb.store.select(queries.get("meetings-between").bind(params, indexed=indexed)) == want
            assert [str(r["event"]) for r in kb.query_named("meetings-between", params)] == [r[0] for r in want]
        assert found > 20
        same = {"a": "Q100001", "b": "Q100001", "since": "2015"}  # one actor twice: its events, as before
        assert kb.store.select(queries.get("meetings-between").bind(same, indexed=True)) == kb.store.select(
            joined.bind(same)) != []
    no_keys = {"a": SCHOLZ, "b": MACRON}  # the fixture KB: asked, told, or joined, the same rows
    want = base.store.select(joined.bind(no_keys))
    assert len(want) == 3
    assert [base.store.select(queries.get("meetings-between").bind(no_keys, indexed=i)) for i in (None, False)] == [
        want, want]


def test_meetings_per_year_counts_meetings_that_happened(base):
    assert rows(base, "meetings-per-year", a=SCHOLZ, b=MACRON) == [{"year": "2023", "meetings": "2"}]


def test_actor_timeline_gives_roles_and_accepts_labels(base):
    found = rows(base, "actor-timeline", actor="Joe Biden")
    assert [(r["type"], r["roles"]) for r in found] == [("PhoneCall", "participant"), ("Visit", "host")]
    assert rows(base, "actor-timeline", actor=BIDEN, since="2022") == found[1:]


def test_events_in_window_uses_overlap_of_the_bounds(base):
    found = rows(base, "events-in-window", since="2023-01-31", until="2023-06-07")
    assert [r["value"] for r in found] == ["2023-01", "2023-06-07", "2023-06-07"]
    with pytest.raises(InputError, match="needs --param until"):
        base.query_named("events-in-window", {"since": "2023"})


def test_visits_to_a_country_include_its_cities(base):
    found = rows(base, "visits-to-country", country="Q30")
    assert [(r["place"], r["visitors"], r["hosts"]) for r in found] == [("Washington, D.C.", "Fumio Kishida", "Joe Biden")]


def test_foreign_visits_of_a_country(base):
    found = rows(base, "foreign-visits", country="Q17")
    assert [(r["value"], r["destination"]) for r in found] == [("2022", "Q30"), (None, "Q408")]
    assert rows(base, "foreign-visits", country="Q30") == []


def test_claims_checks_compare_claimed_and_found_counts(base):
    (claim,) = rows(base, "claims-checks")
    assert (claim["claimed"], claim["found"], claim["verdict"]) == ("6", "1", "kb-has-fewer")
    assert claim["window_begin"] == "2023-01-01" and claim["as_of"] == "2023-06-05"
    assert rows(base, "claims-checks", since="2024") == []


def test_event_sources_from_a_report_or_the_canonical_event(base):
    from_report = rows(base, "event-sources", event=BERLIN_MEETING)
    assert [r["doc_id"] for r in from_report] == ["fx-en-scholz-macron", "fx-de-scholz-macron"]
    canonical = rows(base, "meetings-between", a=SCHOLZ, b=MACRON)[1]["event"]
    assert rows(base, "event-sources", event=canonical) == from_report
    texts = {r["doc_id"]: r for r in from_report}
    assert texts["fx-de-scholz-macron"]["evidence"].startswith("Bundeskanzler Olaf Scholz")


@pytest.mark.parametrize("name, params, message", [
    ("meetings-between", {"a": "Q1> } DROP ALL ; SELECT * {", "b": "Q2"}, "expected a QID"),
    ("meetings-between", {"a": "http://x.org/a> } DROP ALL #", "b": "Q2"}, "expected a QID"),
    ("meetings-between", {"a": "Q1", "b": "Q2", "since": '2023"^^xsd:date) } #'}, "YYYY"),
    ("event-sources", {"event": "not an iri"}, "absolute IRI"),
    ("event-sources", {"event": "http://a.org/x y"}, "absolute IRI"),
    ("meetings-between", {"a": "Q1", "b": "Q2", "c": "Q3"}, "no parameter c"),
    ("meetings-between", {"a": "Q1"}, "needs --param b"),
])
def test_bad_parameter_values_are_refused_before_any_query(name, params, message):
    with pytest.raises(InputError, match=message):
        queries.get(name).bind(params)


def test_values_become_terms_and_strings_are_left_alone():
    q = queries._parse("t", '# Test query for binding.\n# PARAM x: text = some text\n# PARAM n: int = 3 = a number\n'
                            'SELECT * WHERE { ?s ?p $x . ?s ?q "$x" . ?s ?r <http://e.org/$x> } LIMIT $n # $x\n')
    bound = q.bind({"x": 'say "hi"\\ \n} DROP ALL'})
    assert '?s ?p "say \\"hi\\"\\\\ \\n} DROP ALL" .' in bound
    assert '"$x"' in bound and "<http://e.org/$x>" in bound and "# $x" in bound and "LIMIT 3" in bound
    with pytest.raises(InputError, match="integer"):
        q.bind({"x": "a", "n": "3; DROP"})


def test_a_header_that_does_not_match_the_query_is_an_error():
    with pytest.raises(ValueError, match="declared"):
        queries._parse("t", "# A query.\n# PARAM a: actor = an actor\nSELECT * WHERE { ?s ?p $b }\n")


def test_unknown_query_names_say_how_to_list_them():
    with pytest.raises(InputError, match="kb query --list"):
        queries.get("nope")


# --------------------------------------------------------------------------- command line
@pytest.fixture()
def cli(base, monkeypatch):
    import kb.cli as cli

    monkeypatch.setattr(cli, "_open", lambda store, read_only=False: base)
    monkeypatch.setattr(base, "close", lambda: None)
    return cli


def test_cli_lists_named_queries(cli):
    result = CliRunner().invoke(cli.main, ["query", "--list"])
    assert result.exit_code == 0
    for name in queries.names():
        assert name in result.output
    assert "--param a=<actor>" in result.output


def test_cli_runs_a_named_query(cli):
    result = CliRunner().invoke(cli.main, ["query", "--named", "meetings-between", "--param", f"a={SCHOLZ}",
                                           "--param", f"b={MACRON}", "--format", "csv"])
    assert result.exit_code == 0, result.output
    table = list(csv.DictReader(io.StringIO(result.output)))
    assert [r["value"] for r in table] == ["2023-01", "2023-06-07", "2023-10"]


@pytest.mark.parametrize("args, message", [
    (["--named", "meetings-between", "--param", "a=Q1"], "needs --param b"),
    (["--named", "meetings-between", "--param", "aQ1"], "KEY=VALUE"),
    (["--named", "nope"], "no named query"),
    (["--param", "a=Q1", "SELECT * WHERE {}"], "goes with --named"),
])
def test_cli_named_query_errors_are_one_line(cli, args, message):
    result = CliRunner().invoke(cli.main, ["query", *args])
    assert result.exit_code == 2 and message in result.output and "Traceback" not in result.output


def test_in_person_meetings_leave_out_calls_and_plans(base):
    found = rows(base, "in-person-meetings", a=SCHOLZ, b=MACRON, since="2023")
    assert [(r["value"], r["status"], r["reports"]) for r in found] == [("2023-01", "past", "1"), ("2023-06-07", "past", "1")]
    assert rows(base, "in-person-meetings", a=BIDEN, b="Fumio Kishida") == []  # a call and a planned visit


def test_a_named_query_is_parsed_by_the_guard_once_not_per_binding(base, monkeypatch):
    """The guard's decision on the shipped text serves every binding of it (validated terms):
    parsing each bound text cost ~0.1 s of CPU per query."""
    from kb import sparqlguard

    parsed = []
    real = sparqlguard._parse
    monkeypatch.setattr(sparqlguard, "_parse", lambda text: parsed.append(text) or real(text))
    for since in ("2020", "2021", "2022-03"):
        rows(base, "meetings-between", a=SCHOLZ, b=MACRON, since=since)
    assert parsed == [queries.get("meetings-between").text] * 3  # the shipped text (cached inside)
