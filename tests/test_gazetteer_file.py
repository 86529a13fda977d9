"""A bad entity file cannot break a KB's gazetteer (issue 15 item 10), written as the attack.

A CSV name with a quoted newline used to be written as two lines of the user file, and every
later `kb extract`/`kb ingest` failed on the second one. Now a file is checked whole before
anything is added to the KB, and the error names the file and line of each bad record.
"""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from kb.api import open_kb
from kb.cli import main

TEXT = "Erika Beispielfrau traf am Montag in Berlin den Bundeskanzler."
GOOD = "id,name,kind,country,aliases_de\nQ99999991,Erika Beispielfrau,person,Q183,Beispielfrau\n"


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


def stored_rows(store):
    with open_kb(str(store), read_only=True) as base:
        return base.gazetteer_additions.rows


def ingest_qids(store, tmp_path) -> set[str]:
    note = tmp_path / "note.txt"
    note.write_text(TEXT, encoding="utf-8")
    r = run("--store", store, "ingest", "--lang", "de", "--published", "2024-05-14", note)
    assert r.exit_code == 0, r.output
    r = run("--store", store, "export", "--format", "json")
    return {p["qid"] for e in json.loads(r.stdout)["events"] for p in e["participants"]}


@pytest.mark.parametrize("csv_text,why", [
    ('id,name,kind\nQ99999992,"Ada\nQuill",person\n', "line break"),
    ("id,name,kind\nQ99999992,Ada\tQuill,person\n", "U+0009"),
    ("id,name,kind\nQ99999992,Ada\x07Quill,person\n", "U+0007"),
    ("id,name,kind\nQ99999992,Ada\u2028Quill,person\n", "U+2028"),
    ("id,name,kind,favourite_colour\nQ99999992,Ada Quill,person,green\n", "unknown column"),
    ("id,name,kind\nQ99999992,Ada Quill,person,extra\n", "more values than columns"),
])
def test_a_bad_field_is_refused_before_anything_is_written(tmp_path, csv_text, why):
    store = tmp_path / "kb"
    (tmp_path / "good.csv").write_text(GOOD, encoding="utf-8")
    assert run("--store", store, "gazetteer", "add", tmp_path / "good.csv").exit_code == 0
    before = stored_rows(store)
    bad = tmp_path / "bad.csv"
    bad.write_text(csv_text, encoding="utf-8", newline="")
    r = run("--store", store, "gazetteer", "add", bad)
    assert r.exit_code == 2 and r.output.startswith("Error:") and why in r.output, r.output
    assert r.output.count("\n") == 1 and "bad.csv" in r.output
    assert stored_rows(store) == before
    assert "Q99999991" in ingest_qids(store, tmp_path)


def test_the_error_names_the_line_each_bad_record_ends_on(tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text('id,name,kind\nQ99999993,Fine Name,person\nQ99999994,"Two\nLines",person\nQ5,X,nonsense\n',
                   encoding="utf-8", newline="")
    r = run("--store", tmp_path / "kb", "gazetteer", "add", bad)
    assert r.exit_code == 2
    assert "2 bad entities" in r.output and "bad.csv:4: column 3" in r.output and "bad.csv:5:" in r.output
    assert stored_rows(tmp_path / "kb") == ()


def test_turtle_labels_are_checked_too(tmp_path):
    ttl = tmp_path / "e.ttl"
    ttl.write_text('@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n'
                   '@prefix wdt: <http://www.wikidata.org/prop/direct/> .\n'
                   '<http://www.wikidata.org/entity/Q99999998> rdfs:label "Multi\\nLine"@en ;\n'
                   '    wdt:P31 <http://www.wikidata.org/entity/Q5> .\n', encoding="utf-8")
    r = run("--store", tmp_path / "kb", "gazetteer", "add", ttl)
    assert r.exit_code == 2 and "entity Q99999998: column 3" in r.output, r.output
    assert stored_rows(tmp_path / "kb") == ()


def test_the_old_home_directory_file_is_not_read_but_named(tmp_path, monkeypatch):
    old = tmp_path / "old-user.tsv"
    old.write_text("# kb user gazetteer\nQ99999991\tperson\tErika Beispielfrau\tQ183\t\tBeispielfrau\t\t\t\t\n",
                   encoding="utf-8")
    monkeypatch.setenv("KB_GAZETTEER", str(old))
    note = tmp_path / "note.txt"
    note.write_text(TEXT, encoding="utf-8")
    r = run("extract", "--lang", "de", "--published", "2024-05-14", note)
    assert r.exit_code == 0 and f"{old} is no longer read" in r.stderr
    assert "Q99999991" not in r.stdout
    # the migration: kb's own TSV is a file `kb gazetteer add` and `--gazetteer` read
    r = run("extract", "--lang", "de", "--published", "2024-05-14", "--gazetteer", old, note)
    assert r.exit_code == 0 and "Q99999991" in r.stdout and "no longer read" not in r.stderr
    r = run("--store", tmp_path / "kb", "gazetteer", "add", old)
    assert r.exit_code == 0 and [row[0] for row in stored_rows(tmp_path / "kb")] == ["Q99999991"]
