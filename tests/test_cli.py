"""The command line, driven in process with click's CliRunner."""

import json
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from kb.cli import main

DEMO = Path(__file__).resolve().parent.parent / "kb" / "demo"
DEMO_DE = DEMO / "demo-de-macron-berlin-2023-06-06.json"


def run(*args, input=None):
    return CliRunner().invoke(main, [str(a) for a in args], input=input, catch_exceptions=False)


def test_every_command_has_help_with_an_example():
    for name, cmd in main.commands.items():
        if isinstance(cmd, click.Group):
            subs = list(cmd.commands.values())
        else:
            subs = [cmd]
        for sub in subs:
            assert sub.help and len(sub.help.strip()) > 20, f"{name} lacks help text"
            assert "xample" in sub.help, f"{name} help has no example"


def test_ingest_query_timeline(tmp_path):
    store = tmp_path / "kb"
    r = run("--store", store, "ingest", DEMO_DE)
    assert r.exit_code == 0, r.output
    assert "1 documents" in r.output and "0 rejected" in r.output
    r = run("--store", store, "query", "--format", "csv",
            "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
    assert r.exit_code == 0, r.output
    n = int(r.output.splitlines()[1])
    assert n > 50
    # idempotent: ingesting again leaves the same number of triples
    run("--store", store, "ingest", DEMO_DE)
    r2 = run("--store", store, "query", "--format", "csv",
             "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
    assert int(r2.output.splitlines()[1]) == n
    r = run("--store", store, "timeline", "--format", "json")
    rows = json.loads(r.output)
    assert rows and all(row["doc_id"] == DEMO_DE.stem for row in rows)
    dated = [row["earliest"] for row in rows if row["earliest"]]
    assert dated == sorted(dated)


def test_store_from_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("KB_STORE", str(tmp_path / "envstore"))
    r = run("ingest", DEMO_DE)
    assert r.exit_code == 0, r.output
    assert (tmp_path / "envstore").exists()


def _empty_store(path):
    from kb.store import Store

    Store(str(path)).close()
    return str(path)


def test_query_syntax_error_is_one_line(tmp_path):
    r = CliRunner().invoke(main, ["--store", _empty_store(tmp_path / "kb"), "query", "SELECT ?x WHERE { ?x"])
    assert r.exit_code == 2
    err = r.output.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("Error:") and "syntax" in err[0] and "1:" in err[0]


def test_update_needs_flag(tmp_path):
    store = _empty_store(tmp_path / "kb")
    r = CliRunner().invoke(main, ["--store", store, "query", "INSERT DATA { <urn:a> <urn:b> <urn:c> }"])
    assert r.exit_code == 2 and "--update" in r.output
    r = CliRunner().invoke(main, ["--store", store, "query", "--update", "INSERT DATA { <urn:a> <urn:b> <urn:c> }"])
    assert r.exit_code == 0


def test_reading_a_missing_kb_is_an_error(tmp_path):
    for args in (["timeline"], ["stats"], ["validate"], ["query", "ASK {}"]):
        r = CliRunner().invoke(main, ["--store", str(tmp_path / "typo"), *args])
        assert r.exit_code == 2 and "no KB at" in r.output, args
    assert not (tmp_path / "typo").exists()


def test_bad_inputs_give_one_line_errors(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe\x00\x00binary")
    r = CliRunner().invoke(main, ["--store", str(tmp_path / "kb"), "ingest", str(bad)])
    assert r.exit_code == 2
    assert "rejected:" in r.output and "Traceback" not in r.output
    r = CliRunner().invoke(main, ["--store", str(tmp_path / "kb"), "ingest", str(tmp_path / "missing.txt")])
    assert r.exit_code == 2 and r.output.startswith("Error:")
    ok = tmp_path / "ok.txt"
    ok.write_text("Der Kanzler reiste am Montag nach Paris.", encoding="utf-8")
    r = CliRunner().invoke(main, ["--store", str(tmp_path / "kb"), "ingest", "--published", "2024-13-45", str(ok)])
    assert r.exit_code == 2 and "not a real calendar date" in r.output


def test_txt_without_date_warns_and_stays_unresolved(tmp_path):
    t = tmp_path / "note.txt"
    t.write_text("Der Kanzler reist am Donnerstag nach Paris, teilte ein Sprecher mit.", encoding="utf-8")
    r = CliRunner().invoke(main, ["extract", "--lang", "de", str(t)])
    assert r.exit_code == 0
    rec = json.loads(r.stdout.splitlines()[0])
    assert rec["published"] is None
    assert "publication date" in r.stderr
    for ev in rec["events"]:
        if ev["date"]:
            assert ev["date"]["resolved"] is False and ev["date"]["earliest"] is None


def test_extract_jsonl_offsets_slice_the_text():
    r = run("extract", "--format", "jsonl", DEMO_DE)
    rec = json.loads(r.output.splitlines()[0])
    text = json.loads(DEMO_DE.read_text(encoding="utf-8"))["text"]
    assert rec["events"]
    for ev in rec["events"] + rec["claims"]:
        e = ev["evidence"]
        assert text[e["start"]:e["end"]] == e["text"]


def test_timex_text_table():
    r = run("timex", "--text", "Er wird am Donnerstag kommen.", "--dct", "2024-05-14", "--lang", "de")
    assert r.exit_code == 0
    assert "2024-05-16" in r.output


def test_timex_jsonl(tmp_path):
    f = tmp_path / "c.jsonl"
    f.write_text(json.dumps({"doc_id": "a", "lang": "en", "dct": "2024-05-14",
                             "text": "He arrived yesterday.", "timexes": []}) + "\n")
    r = run("timex", f)
    out = json.loads(r.output)
    assert out["doc_id"] == "a" and any(t["value"] == "2024-05-13" for t in out["timexes"])


def test_timex_jsonl_bad_line_is_rejected_and_the_rest_tagged(tmp_path):
    """A record whose reference date cannot be read is named on stderr and skipped; the
    other lines are tagged, and the exit code says that something was rejected."""
    f = tmp_path / "c.jsonl"
    rows = [{"doc_id": "bad", "lang": "de", "dct": "vorgestern", "text": "Sie kam am Montag."},
            {"doc_id": "good", "lang": "de", "dct": "2023-03-08", "text": "Sie kam am Montag."}]
    f.write_text("".join(json.dumps(r) + "\n" for r in rows))
    r = run("timex", f)
    assert r.exit_code == 2
    lines = [json.loads(x) for x in r.stdout.splitlines() if x.startswith("{")]
    assert [x["doc_id"] for x in lines] == ["good"]
    assert lines[0]["timexes"][0]["value"] == "2023-03-06"
    assert "c.jsonl:1" in r.stderr and "vorgestern" in r.stderr and "Traceback" not in r.stderr


def test_timex_jsonl_reads_kb_article_fields(tmp_path):
    """A kb article record (``published``, no ``lang``) is tagged as a document would be:
    the publication date is the reference date and the language is detected."""
    f = tmp_path / "a.jsonl"
    f.write_text(json.dumps({"id": "x", "published": "2023-03-08",
                             "text": "Die Ministerin ist am Montag nach Lissabon gereist und hat dort "
                                     "mit der Regierung gesprochen."}) + "\n")
    r = run("timex", f)
    assert r.exit_code == 0
    out = json.loads(r.stdout.splitlines()[0])
    assert out["published"] == "2023-03-08" and "lang" not in out
    assert [t["value"] for t in out["timexes"]] == ["2023-03-06"]


def test_timex_warns_without_reference_date_or_rules(tmp_path):
    f = tmp_path / "n.jsonl"
    f.write_text(json.dumps({"doc_id": "n", "lang": "en", "text": "He left on Monday."}) + "\n"
                 + json.dumps({"doc_id": "m", "lang": "xx", "dct": "2023-03-08", "text": "3.5.2022"}) + "\n")
    r = run("timex", f)
    assert r.exit_code == 0
    assert "n.jsonl:1: no dct" in r.stderr
    assert "n.jsonl:2: xx: no temporal rules" in r.stderr
    assert json.loads(r.stdout.splitlines()[1])["timexes"][0]["value"] == "2022-05-03"


def test_merge_and_undo(tmp_path):
    store = tmp_path / "kb"
    r = run("--store", store, "ingest", DEMO)
    assert r.exit_code == 0, r.output
    r = run("--store", store, "merge")
    assert r.exit_code == 0 and "canonical events from" in r.output
    count = ("SELECT (COUNT(?c) AS ?n) WHERE { GRAPH ?g { ?c a <https://w3id.org/kb/ns#CanonicalEvent> } }")
    merged = int(run("--store", store, "query", "--format", "csv", count).output.splitlines()[1])
    assert merged >= 1  # the Berlin visit is reported by a German and an English demo article
    r = run("--store", store, "merge", "--undo")
    assert "dropped" in r.output
    assert int(run("--store", store, "query", "--format", "csv", count).output.splitlines()[1]) == 0


def test_check_claims_json(tmp_path):
    store = tmp_path / "kb"
    run("--store", store, "ingest", DEMO)
    r = run("--store", store, "check-claims", "--format", "json")
    checks = json.loads(r.output)
    assert checks and all(c["verdict"] in ("consistent", "fewer_in_kb", "more_in_kb", "later_in_kb",
                                           "missing_in_kb", "not_checkable") for c in checks)
    assert all(c["reason"] for c in checks if c["verdict"] == "not_checkable")
    assert any(c["kind"] == "count" and c["claimed"] == 5 for c in checks)


def test_gazetteer_add_links_a_new_person(tmp_path):
    store = tmp_path / "kb"
    csv_file = tmp_path / "people.csv"
    csv_file.write_text("id,name,kind,country,aliases_de\nQ99999991,Erika Beispielfrau,person,Q183,Beispielfrau\n",
                        encoding="utf-8")
    r = run("--store", store, "gazetteer", "add", csv_file)
    assert r.exit_code == 0 and "1 entities added" in r.output
    note = tmp_path / "n.txt"
    note.write_text("Erika Beispielfrau traf am Montag in Berlin den Bundeskanzler.", encoding="utf-8")
    r = run("--store", store, "ingest", "--lang", "de", "--published", "2024-05-14", note)
    assert r.exit_code == 0, r.output
    r = run("--store", store, "timeline", "--actor", "Q99999991", "--format", "csv")
    assert "Erika Beispielfrau" in r.output
    # another KB (and `kb extract` without --gazetteer) does not know her
    r = run("extract", "--lang", "de", "--published", "2024-05-14", note)
    rec = json.loads(r.stdout.splitlines()[0])
    assert "Q99999991" not in {p["qid"] for e in rec["events"] for p in e["participants"]}


def test_gazetteer_add_rejects_bad_file(tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("name\nNobody\n", encoding="utf-8")
    r = CliRunner().invoke(main, ["--store", str(tmp_path / "kb"), "gazetteer", "add", str(bad)])
    assert r.exit_code == 2 and r.output.startswith("Error:") and "bad.csv:1:" in r.output
    assert r.output.count("\n") == 1


def test_parallel_ingest_and_shards_match_a_serial_ingest(tmp_path):
    count = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"

    def triples(store):
        return int(run("--store", store, "query", "--format", "csv", count).output.splitlines()[1])

    serial, par, loaded = tmp_path / "serial", tmp_path / "par", tmp_path / "loaded"
    assert run("--store", serial, "ingest", DEMO).exit_code == 0
    r = run("--store", par, "ingest", "--workers", "2", DEMO)
    assert r.exit_code == 0 and "3 documents" in r.output, r.output
    r = run("ingest", "--shards", tmp_path / "shards", "--workers", "2", DEMO)
    assert r.exit_code == 0, r.output
    r = run("--store", loaded, "load", tmp_path / "shards")
    assert r.exit_code == 0 and "files loaded:" in r.output
    n = triples(serial)
    # the provenance run (time stamp) differs per process; everything else is the same
    assert abs(triples(par) - n) <= 6 and abs(triples(loaded) - n) <= 6


@pytest.mark.parametrize("method", ["shacl", "sparql"])
def test_validate_names_the_broken_document(tmp_path, method):
    store = tmp_path / "kb"
    run("--store", store, "ingest", DEMO)
    assert run("--store", store, "validate", "--method", method).exit_code == 0
    doc = "demo-en-biden-kishida-2021-10-19"
    g = f"https://w3id.org/kb/id/graph/{doc}"
    # an event whose latest day lies before its earliest day, written behind kb's back
    r = run("--store", store, "query", "--update", f"""INSERT {{ GRAPH <{g}> {{ ?e sem:hasLatestEndTimeStamp "1900-01-01"^^xsd:date }} }}
        WHERE {{ GRAPH <{g}> {{ ?e a kb:PhoneCall }} }}""")
    assert r.exit_code == 0, r.output
    r = CliRunner().invoke(main, ["--store", str(store), "validate", "--method", method])
    assert r.exit_code == 4
    assert doc in r.output and "demo-de" not in r.output


def test_contradicting_report_is_flagged_as_conflict(tmp_path):
    store = tmp_path / "kb"
    third = tmp_path / "third.json"
    third.write_text(json.dumps({
        "id": "own-en-macron-berlin-conflict", "lang": "en", "published": "2023-06-13",
        "source": "kb test article",
        "text": ("French President Emmanuel Macron visited Berlin on Monday, June 12, where Chancellor "
                 "Olaf Scholz received him at the Chancellery, a government spokesman said.")}), encoding="utf-8")
    assert run("--store", store, "ingest", DEMO, third).exit_code == 0
    r = run("--store", store, "merge")
    assert r.exit_code == 0 and "conflict:" in r.output, r.output
    q = ("SELECT ?c (COUNT(DISTINCT ?r) AS ?n) WHERE { GRAPH ?g { ?c kb:conflict true ; kb:reportedBy ?r } } "
         "GROUP BY ?c")
    rows = run("--store", store, "query", "--format", "csv", q).output.splitlines()[1:]
    assert rows and max(int(line.split(",")[1]) for line in rows) >= 3


@pytest.mark.parametrize("args", [
    ["merge"],
    ["relink"],
    ["review", "add", "doc", "0", "5", "Meeting"],
    ["review", "reject", "doc", "e1"],
    ["query", "--update", "INSERT DATA { <urn:a> <urn:b> <urn:c> }"],
])
def test_commands_that_edit_a_store_do_not_create_a_missing_one(tmp_path, args):
    """A mistyped --store given to a command that only changes what is stored is an error
    naming the path; no empty store is left behind to be mistaken for the real one."""
    missing = tmp_path / "no-such-kb"
    cmd, rest = args[0], args[1:]
    sub, rest = (rest[:1], rest[1:]) if cmd == "review" else ([], rest)
    r = CliRunner().invoke(main, [cmd, *sub, "--store", str(missing), *rest])
    assert r.exit_code == 2, r.output
    assert f"no KB at {missing}" in r.output
    assert not missing.exists()


@pytest.mark.parametrize("args, message", [
    (["timeline", "--limit", "0"], "'--limit': 0 is not in the range"),
    (["timeline", "--limit", "-3"], "'--limit': -3 is not in the range"),
    (["merge", "--tolerance", "-1"], "'--tolerance': -1 is not in the range"),
    (["serve", "--port", "70000"], "'--port': 70000 is not in the range"),
])
def test_numbers_out_of_range_are_refused_before_anything_runs(tmp_path, args, message):
    r = CliRunner().invoke(main, [*args, "--store", str(tmp_path / "kb")])
    assert r.exit_code == 2 and message in r.output and "Traceback" not in r.output


def test_an_inverted_window_is_an_error_not_an_empty_timeline(tmp_path):
    store = tmp_path / "kb"
    assert run("ingest", "--store", store, DEMO_DE).exit_code == 0
    for cmd in (["timeline"], ["export", "--format", "csv"]):
        r = CliRunner().invoke(main, [*cmd, "--store", str(store), "--since", "2023-07", "--until", "2023-06"])
        assert r.exit_code == 2 and "since '2023-07' lies after until '2023-06'" in r.output
    r = CliRunner().invoke(main, ["timeline", "--store", str(store), "--since", "2023-06", "--until", "2023-06"])
    assert r.exit_code == 0 and "2023-06" in r.output


def test_an_unknown_place_is_called_a_place(tmp_path):
    store = tmp_path / "kb"
    assert run("ingest", "--store", store, DEMO_DE).exit_code == 0
    r = CliRunner().invoke(main, ["timeline", "--store", str(store), "--place", "Atlantis"])
    assert r.exit_code == 2 and "no place called 'Atlantis'" in r.output


def test_export_to_a_missing_directory_fails_before_exporting(tmp_path):
    store = tmp_path / "kb"
    assert run("ingest", "--store", store, DEMO_DE).exit_code == 0
    target = tmp_path / "no" / "such" / "dir" / "t.html"
    r = CliRunner().invoke(main, ["export", "--store", str(store), "--format", "html", "-o", str(target)])
    assert r.exit_code == 2 and "cannot write" in r.output and "Traceback" not in r.output


def test_export_file_is_replaced_whole(tmp_path):
    from kb.errors import InputError
    from kb.exporters import write_output

    out = tmp_path / "t.csv"
    out.write_text("old export\n")
    write_output(out, b"new export\n")
    assert out.read_text() == "new export\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["t.csv"]  # no temporary file left
    with pytest.raises(InputError, match="cannot write"):
        write_output(tmp_path / "t.csv" / "inside-a-file", b"x")
    assert out.read_text() == "new export\n"


def test_export_source_that_matches_no_document_is_an_error(tmp_path):
    store = tmp_path / "kb"
    assert run("ingest", "--store", store, DEMO_DE).exit_code == 0
    doc_id = json.loads(DEMO_DE.read_text(encoding="utf-8"))["id"]
    ok = CliRunner().invoke(main, ["export", "--store", str(store), "--format", "csv", "--source", doc_id])
    assert ok.exit_code == 0 and doc_id in ok.output
    for wrong in ("no-such-document", 'x" } } DROP ALL #', "two\nlines"):
        r = CliRunner().invoke(main, ["export", "--store", str(store), "--format", "csv", "--source", wrong])
        assert r.exit_code == 2 and "no document in the KB has this id" in r.output
