"""The gazetteer as a resource of the KB (issue 12): Wikidata downloads in, QIDs out, kept in the store.

Names here are invented (Talvikki Rantanen-Holm, Bruna Okonkwo-Lindqvist) or shipped persons
given invented QIDs (Q99999xxx), so no test depends on what Wikidata says today.
"""

from __future__ import annotations

import json
import shutil
import socket
import subprocess
import time
import urllib.request
from pathlib import Path

import pytest
from click.testing import CliRunner

from kb.api import open_kb
from kb.cli import main

DE = "Die finnische Ministerin Talvikki Rantanen-Holm traf am Dienstag in Berlin den Bundeskanzler."
EN = "Rantanen-Holm met the German chancellor in Berlin on Tuesday, her office said."
WDQS_CSV = ("item,itemLabel,itemAltLabel\r\n"
            "http://www.wikidata.org/entity/Q99999001,Talvikki Rantanen-Holm,\"Rantanen-Holm, T. Rantanen-Holm\"\r\n")


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


def participants(out: str) -> dict[str, str]:
    """{surface label: qid} of every participant in `kb extract` JSON-lines output."""
    return {p["label"]: p["qid"] for line in out.splitlines() for e in json.loads(line)["events"]
            for p in e["participants"]}


def extract(tmp_path, text, lang, *gaz, published="2024-05-14"):
    note = tmp_path / f"note-{lang}.txt"
    note.write_text(text, encoding="utf-8")
    r = run("extract", "--lang", lang, "--published", published, *gaz, note)
    assert r.exit_code == 0, r.output
    return participants(r.stdout)


@pytest.mark.parametrize("text,lang,surface", [(DE, "de", "Talvikki Rantanen-Holm"), (EN, "en", "Rantanen-Holm")])
def test_a_wdqs_csv_gives_its_person_a_qid_in_german_and_english(tmp_path, text, lang, surface):
    f = tmp_path / "query.csv"
    f.write_text(WDQS_CSV, encoding="utf-8")
    assert extract(tmp_path, text, lang).get(surface) != "Q99999001"
    got = extract(tmp_path, text, lang, "--gazetteer", f, "--kind", "person")
    assert got[surface] == "Q99999001", got


def test_a_csv_without_kind_needs_kind(tmp_path):
    f = tmp_path / "query.csv"
    f.write_text(WDQS_CSV, encoding="utf-8")
    r = run("--store", tmp_path / "kb", "gazetteer", "add", f)
    assert r.exit_code == 2 and "query.csv:2: no kind: give a 'kind' column or --kind" in r.output


# Joko Widodo ships as local:joko-widodo with his terms as President of Indonesia; Anthony
# Albanese as local:anthony-albanese. Invented QIDs stand in for theirs.
REPLACING = ("item,itemLabel,itemLabel_de,kind,replaces\n"
             "Q99999002,Joko Widodo,Joko Widodo,Q5,\n"
             "Q99999003,Anthony Norman Albanese,,person,local:anthony-albanese\n")


@pytest.mark.parametrize("text,lang,published,surface,qid", [
    ("Der indonesische Präsident traf am Montag in Jakarta den Premierminister Malaysias.", "de", "2019-03-05",
     "Der indonesische Präsident", "Q99999002"),
    ("Jokowi met the Malaysian prime minister in Jakarta on Monday.", "en", "2019-03-05", "Jokowi", "Q99999002"),
    ("Albanese traf am Montag in Canberra den Premierminister Neuseelands.", "de", "2023-03-06", "Albanese",
     "Q99999003"),
    ("The Australian prime minister met the Indonesian president in Canberra on Monday.", "en", "2023-03-06",
     "The Australian prime minister", "Q99999003"),
])
def test_an_entry_with_a_qid_replaces_a_shipped_local_id(tmp_path, text, lang, published, surface, qid):
    f = tmp_path / "replacing.csv"
    f.write_text(REPLACING, encoding="utf-8")
    assert extract(tmp_path, text, lang, published=published).get(surface) is None  # a local id has no QID
    got = extract(tmp_path, text, lang, "--gazetteer", f, published=published)
    assert got.get(surface) == qid, got


def test_the_additions_live_in_the_store_and_relink_updates_stored_documents(tmp_path):
    store = tmp_path / "kb"
    note = tmp_path / "n.txt"
    note.write_text("Der indonesische Präsident Joko Widodo empfing am Montag in Jakarta den Gast. "
                    "Bruna Okonkwo-Lindqvist sagte am Montag, das Treffen sei gut verlaufen.", encoding="utf-8")
    assert run("--store", store, "ingest", "--lang", "de", "--published", "2019-03-05", note).exit_code == 0
    r = run("--store", store, "timeline", "--actor", "Joko Widodo", "--format", "csv")
    assert "Joko Widodo" in r.output
    f = tmp_path / "replacing.csv"
    f.write_text(REPLACING, encoding="utf-8")
    r = run("--store", store, "gazetteer", "add", f)
    assert r.exit_code == 0 and "2 entities added" in r.stdout
    assert "local:joko-widodo replaced by Q99999002" in r.stderr
    # stored documents keep their links until relinked; the look-up maps the new QID to the
    # replaced local id too, so the actor's rows are found by QID and by any name before and after
    widodo = ["http://www.wikidata.org/entity/Q99999002", "https://w3id.org/kb/id/entity/joko-widodo"]
    with open_kb(str(store), read_only=True) as base:
        before = base.timeline(actor="Q99999002")
        assert before and all("Joko Widodo" in row.participants for row in before)
        assert base.timeline(actor="jokowi") == before
        assert base.timeline(actor="https://w3id.org/kb/id/entity/joko-widodo") == before
        assert base.resolve_actor("Jokowi") == widodo
    r = run("--store", store, "timeline", "--actor", "Q99999002", "--format", "csv")
    assert r.exit_code == 0 and "Joko Widodo" in r.output, r.output
    r = run("--store", store, "relink")
    assert r.exit_code == 0 and "1 documents" in r.output, r.output
    with open_kb(str(store), read_only=True) as base:
        assert base.resolve_actor("Jokowi") == widodo
        rows = base.timeline(actor="Q99999002")
        assert [(r.event, r.type, r.earliest) for r in rows] == [(r.event, r.type, r.earliest) for r in before]
        assert all("Joko Widodo" in row.participants for row in rows)
        # the relinked document links the QID only
        assert not base.store.select_text(
            "SELECT ?s WHERE { GRAPH ?g { ?s ?p <https://w3id.org/kb/id/entity/joko-widodo> } } LIMIT 1")
        text = base.store.select_text("SELECT ?t WHERE { GRAPH ?g { ?d a nif:Context ; nif:isString ?t } }")
        assert text[0]["t"] == note.read_text(encoding="utf-8")  # re-extracted from the stored text
    # the store carries the additions: an export holds the graph, a copy of the store links the same
    r = run("--store", store, "export", "--format", "nquads")
    assert "https://w3id.org/kb/id/graph/_gazetteer" in r.stdout and "Q99999002" in r.stdout
    copy = tmp_path / "copy"
    shutil.copytree(store, copy)
    (copy / "kb-writer.pid").unlink(missing_ok=True)
    r = run("--store", copy, "gazetteer", "list", "--added", "--format", "json")
    listed = {e["id"]: e for e in json.loads(r.stdout)}
    assert set(listed) == {"Q99999002", "Q99999003"}
    assert listed["Q99999002"]["source"] == "added (replaces local:joko-widodo)"
    # another KB does not see them
    r = run("--store", tmp_path / "other", "gazetteer", "list", "--query", "jokowi", "--format", "json")
    assert [e["id"] for e in json.loads(r.stdout)] == ["local:joko-widodo"]


def test_list_and_remove(tmp_path):
    store = tmp_path / "kb"
    f = tmp_path / "p.csv"
    f.write_text(WDQS_CSV, encoding="utf-8")
    assert run("--store", store, "gazetteer", "add", "--kind", "person", f).exit_code == 0
    r = run("--store", store, "gazetteer", "list", "--kind", "person", "--query", "RANTANEN", "--format", "tsv")
    assert r.stdout.splitlines()[1].split("\t")[:3] == ["Q99999001", "person", "Talvikki Rantanen-Holm"]
    r = run("--store", store, "gazetteer", "list", "--kind", "country", "--query", "deutschland", "--format", "json")
    assert [e["id"] for e in json.loads(r.stdout)] == ["Q183"]
    assert run("--store", store, "gazetteer", "remove", "Q99999001").exit_code == 0
    assert run("--store", store, "gazetteer", "remove", "Q183").exit_code == 0  # a shipped one
    r = run("--store", store, "gazetteer", "list", "--query", "rantanen", "--format", "json")
    assert json.loads(r.stdout) == []
    with open_kb(str(store), read_only=True) as base:
        assert base.gazetteer.get("Q183") is None and base.gazetteer.get("Q64") is not None
    r = run("--store", store, "gazetteer", "remove", "Q424242424")
    assert r.exit_code == 2 and "not in this KB's gazetteer" in r.output
    r = run("--store", store, "gazetteer", "add", tmp_path / "missing.csv")
    assert r.exit_code == 2 and r.output.count("\n") == 1 and "no such file" in r.output


def test_replaces_must_name_a_known_id(tmp_path):
    f = tmp_path / "r.csv"
    f.write_text("item,itemLabel,kind,replaces\nQ99999004,Someone Else,person,local:nobody-at-all\n",
                 encoding="utf-8")
    r = run("--store", tmp_path / "kb", "gazetteer", "add", f)
    assert r.exit_code == 2 and "r.csv:2: replaces 'local:nobody-at-all'" in r.output


# -- the other formats WDQS and Wikidata users have -------------------------------------------------
def _entities(tmp_path, name, text, *args):
    f = tmp_path / name
    f.write_text(text, encoding="utf-8")
    store = tmp_path / "kb"
    r = run("--store", store, "gazetteer", "add", *args, f)
    assert r.exit_code == 0, r.output
    with open_kb(str(store), read_only=True) as base:
        return base.gazetteer


def test_wdqs_tsv_with_language_tagged_terms(tmp_path):
    gz = _entities(tmp_path, "q.tsv", "?item\t?itemLabel\t?itemDescription\n"
                   "<http://www.wikidata.org/entity/Q99999005>\t\"Vesna Kralj-Ortiz\"@en\t\"invented politician\"@en\n"
                   "<http://www.wikidata.org/entity/Q99999005>\t\"Весна Краль-Ортис\"@ru\t\n", "--kind", "person")
    ent = gz.get("Q99999005")
    assert ent.name == "Vesna Kralj-Ortiz" and "Весна Краль-Ортис" in ent.labels["ru"]
    assert gz.lookup("Весна Краль-Ортис", "ru") == [ent]


def test_sparql_json_results_keep_languages_and_wdqs_json(tmp_path):
    data = {"head": {"vars": ["item", "itemLabel", "itemAltLabel"]}, "results": {"bindings": [
        {"item": {"type": "uri", "value": "http://www.wikidata.org/entity/Q99999006"},
         "itemLabel": {"type": "literal", "value": "Ilse Marrak", "xml:lang": "de"}},
        {"item": {"type": "uri", "value": "http://www.wikidata.org/entity/Q99999006"},
         "itemLabel": {"type": "literal", "value": "Ilse Marrák", "xml:lang": "cs"}}]}}
    gz = _entities(tmp_path, "q.json", json.dumps(data), "--kind", "person")
    assert gz.get("Q99999006").labels["cs"] == ["Ilse Marrák"]
    plain = [{"item": "http://www.wikidata.org/entity/Q99999007", "itemLabel": "Port Semmel", "kind": "Q515",
              "country": "http://www.wikidata.org/entity/Q183"}]
    gz = _entities(tmp_path, "w.json", json.dumps(plain))
    assert gz.get("Q99999007").kind == "city" and gz.get("Q99999007").country == "Q183"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(plain + [{"item": "Q99999009", "itemLabel": "Nowhere", "kind": "spaceship"}],
                              indent=1), encoding="utf-8")
    r = run("--store", tmp_path / "kb", "gazetteer", "add", bad)
    assert r.exit_code == 2 and "bad.json:8: kind 'spaceship'" in r.output, r.output


def test_n_triples_with_alt_labels(tmp_path):
    nt = ('<http://www.wikidata.org/entity/Q99999008> <http://www.w3.org/2000/01/rdf-schema#label> "Oda Brenning"@de .\n'
          '<http://www.wikidata.org/entity/Q99999008> <http://www.w3.org/2004/02/skos/core#altLabel> "O. Brenning"@de .\n'
          '<http://www.wikidata.org/entity/Q99999008> <http://www.wikidata.org/prop/direct/P31> '
          '<http://www.wikidata.org/entity/Q5> .\n')
    gz = _entities(tmp_path, "e.nt", nt)
    ent = gz.get("Q99999008")
    assert ent.kind == "person" and "O. Brenning" in ent.labels["de"]


def test_an_office_holder_table_gives_offices_a_description_resolves_to(tmp_path):
    table = ("person,personLabel,office,officeLabel,country,start,end\n"
             "http://www.wikidata.org/entity/Q99999009,Mirela Sand,http://www.wikidata.org/entity/Q99999100,"
             "Prime Minister of Freedonia,http://www.wikidata.org/entity/Q99999101,2031-01-04T00:00:00Z,\n"
             ",Nobody Named,,Prime Minister of Freedonia,Q99999101,2031-01-04,\n")
    f = tmp_path / "terms.csv"
    f.write_text(table, encoding="utf-8")
    r = run("--store", tmp_path / "kb", "gazetteer", "add", f)
    assert r.exit_code == 2 and "terms.csv:3: no person" in r.output  # not an office row: said, nothing added
    f.write_text(table.rsplit("\n", 2)[0] + "\n", encoding="utf-8")
    gz = _entities(tmp_path, "terms.csv", f.read_text(encoding="utf-8"))
    import datetime as dt
    assert [e.id for e in gz.holders("prime_minister", "Q99999101", dt.date(2031, 5, 1))] == ["Q99999009"]
    assert gz.offices_of("Q99999009")[0].start == dt.date(2031, 1, 4)


def test_an_office_kb_has_no_role_for_is_a_one_line_error(tmp_path):
    f = tmp_path / "terms.csv"
    f.write_text("person,personLabel,officeLabel,country,start\n"
                 "Q99999010,Kay Urban,Lord Warden of the Stannaries,Q145,2030-01-01\n", encoding="utf-8")
    r = run("--store", tmp_path / "kb", "gazetteer", "add", f)
    assert r.exit_code == 2 and r.output.count("\n") == 1
    assert "terms.csv:2: office 'Lord Warden of the Stannaries' is not one kb knows" in r.output


# -- kb gazetteer update against a real SPARQL server ------------------------------------------------
FIXTURE = """\
@prefix wd: <http://www.wikidata.org/entity/> .
@prefix wdt: <http://www.wikidata.org/prop/direct/> .
@prefix p: <http://www.wikidata.org/prop/> .
@prefix ps: <http://www.wikidata.org/prop/statement/> .
@prefix pq: <http://www.wikidata.org/prop/qualifier/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .

wd:Q99999201 wdt:P31 wd:Q3624078 ; rdfs:label "Freedonia"@en, "Freedonien"@de ;
    skos:altLabel "Republic of Freedonia"@en ; wdt:P36 wd:Q99999202 ;
    wdt:P1906 wd:Q99999203 ; wdt:P1313 wd:Q99999206 .
wd:Q99999202 rdfs:label "Fredonburg"@en, "Fredonburg"@de .
wd:Q99999203 wdt:P279 wd:Q48352 ; wdt:P1001 wd:Q99999201 ; rdfs:label "President of Freedonia"@en .
wd:Q99999204 wdt:P279 wd:Q99999205 ; wdt:P1001 wd:Q99999201 ; rdfs:label "Prime Minister of Freedonia"@en .
wd:Q99999205 wdt:P279 wd:Q2285706 .
wd:Q99999206 rdfs:label "Federal Chancellor of Freedonia"@en .
wd:Q99999211 rdfs:label "Rufus T. Marlow"@en, "Rufus T. Marlow"@de ;
    p:P39 [ ps:P39 wd:Q99999203 ; pq:P580 "1988-03-01T00:00:00Z"^^xsd:dateTime ;
            pq:P582 "1989-12-31T00:00:00Z"^^xsd:dateTime ] .
wd:Q99999212 rdfs:label "Nadia Okafor-Brandt"@en ;
    p:P39 [ ps:P39 wd:Q99999203 ; pq:P580 "2031-02-01T00:00:00Z"^^xsd:dateTime ] .
wd:Q99999213 rdfs:label "Tomas Velde"@en, "Tomas Velde"@de ;
    p:P39 [ ps:P39 wd:Q99999204 ; pq:P580 "2030-06-15T00:00:00Z"^^xsd:dateTime ;
            pq:P582 "2032-01-10T00:00:00Z"^^xsd:dateTime ] .
wd:Q99999214 rdfs:label "Ilse Varga-Moor"@en ;
    p:P39 [ ps:P39 wd:Q99999206 ; pq:P580 "2032-02-01T00:00:00Z"^^xsd:dateTime ] .
"""


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _oxigraph_binary() -> str | None:
    import sys

    import os

    given = os.environ.get("KB_TEST_OXIGRAPH_BIN")  # set by .ci/services.sh
    if given and Path(given).exists():
        return given
    here = Path(sys.executable).parent / "oxigraph"
    return str(here) if here.exists() else shutil.which("oxigraph")


@pytest.fixture
def wikidata_like_server(tmp_path):
    """A real Oxigraph server on 127.0.0.1 holding FIXTURE (the `oxigraph` PyPI package's binary)."""
    binary = _oxigraph_binary()
    if binary is None:
        pytest.skip("no `oxigraph` server binary (pip install oxigraph; see .ci/services.sh)")
    port = _free_port()
    proc = subprocess.Popen([binary, "serve", "--location", str(tmp_path / "ox"), "--bind", f"127.0.0.1:{port}"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(120):
            try:
                req = urllib.request.Request(f"{base}/store?default", data=FIXTURE.encode(), method="POST",
                                             headers={"Content-Type": "text/turtle"})
                urllib.request.urlopen(req, timeout=2).close()
                break
            except OSError:
                time.sleep(0.25)
        else:
            pytest.fail("the oxigraph server did not start")
        yield f"{base}/query"
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def test_update_runs_the_shipped_queries_against_a_sparql_server(tmp_path, wikidata_like_server):
    store = tmp_path / "kb"
    r = run("--store", store, "gazetteer", "update", "--endpoint", wikidata_like_server)
    assert r.exit_code == 0, r.output
    # Marlow left office before 1990; the presidency is found by both paths (P1906, a subclass of
    # head of state) and read once; the chancellery only through the country's P1313
    assert "heads-of-state: 1 entities" in r.stdout
    assert "heads-of-government: 2 entities" in r.stdout and "countries: 1 entities" in r.stdout
    with open_kb(str(store), read_only=True) as base:
        gz = base.gazetteer
        assert gz.get("Q99999211") is None
        assert gz.get("Q99999201").kind == "country" and "Freedonien" in gz.get("Q99999201").labels["de"]
        assert gz.get("Q99999202").country == "Q99999201" and gz.has_tag("Q99999202", "capital")
        import datetime as dt
        assert [e.id for e in gz.holders("president", "Q99999201", dt.date(2031, 3, 1))] == ["Q99999212"]
        assert [e.id for e in gz.holders("prime_minister", "Q99999201", dt.date(2031, 3, 1))] == ["Q99999213"]
        assert [e.id for e in gz.holders("chancellor", "Q99999201", dt.date(2032, 3, 1))] == ["Q99999214"]
        assert len(gz.offices_of("Q99999212")) == 1
    note = tmp_path / "n.txt"
    note.write_text("Der Premierminister von Freedonien traf am Montag in Fredonburg den Präsidenten Freedoniens.",
                    encoding="utf-8")
    r = run("--store", store, "ingest", "--lang", "de", "--published", "2031-03-04", note)
    assert r.exit_code == 0, r.output
    r = run("--store", store, "timeline", "--actor", "Tomas Velde", "--format", "csv")
    assert "Nadia Okafor-Brandt" in r.output and "Fredonburg" in r.output, r.output


def test_update_says_in_one_line_when_the_endpoint_is_not_there(tmp_path):
    r = run("--store", tmp_path / "kb", "gazetteer", "update", "--endpoint", f"http://127.0.0.1:{_free_port()}/query",
            "--query", "countries", "--timeout", "5")
    assert r.exit_code != 0 and r.output.count("\n") == 1 and "cannot reach the endpoint" in r.output
    r = run("--store", tmp_path / "kb", "gazetteer", "update", "--endpoint", "file:///etc/passwd")
    assert r.exit_code == 2 and "is not an http(s) URL" in r.output


def test_the_shipped_queries_are_listed_and_printed():
    r = run("gazetteer", "queries")
    names = [line.split()[0] for line in r.stdout.splitlines()]
    assert names == ["capitals", "countries", "foreign-ministers", "heads-of-government", "heads-of-state",
                     "international-organisations"]
    r = run("gazetteer", "queries", "foreign-ministers")
    assert "pq:P580" in r.stdout and "SELECT" in r.stdout


def test_the_api_names_the_additions_graph_as_the_resource_does():
    from kb import api
    from kb.entities import resource

    assert api._GAZETTEER_GRAPH == resource.GRAPH
