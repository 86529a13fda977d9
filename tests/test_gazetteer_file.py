"""The user gazetteer cannot break later runs (issue 15 item 10), written as the attack.

A CSV name with a quoted newline used to be written as two lines of the user file, and every
later `kb extract`/`kb ingest` failed on the second one; adding the file again did not help.
"""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from kb import entities
from kb.cli import main
from kb.entities import tables

TEXT = "Erika Beispielfrau traf am Montag in Berlin den Bundeskanzler."
GOOD = "id,name,kind,country,aliases_de\nQ99999991,Erika Beispielfrau,person,Q183,Beispielfrau\n"


@pytest.fixture
def user_file(tmp_path, monkeypatch):
    path = tmp_path / "user.tsv"
    monkeypatch.setenv("KB_GAZETTEER", str(path))
    entities.reload()
    yield path
    monkeypatch.delenv("KB_GAZETTEER")
    entities.reload()


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


def extract_qids(tmp_path) -> tuple[set[str], str]:
    note = tmp_path / "note.txt"
    note.write_text(TEXT, encoding="utf-8")
    r = run("extract", "--lang", "de", "--published", "2024-05-14", note)
    assert r.exit_code == 0, r.output
    rec = json.loads(r.stdout.splitlines()[0])
    return {p["qid"] for e in rec["events"] for p in e["participants"]}, r.stderr


@pytest.mark.parametrize("csv_text,why", [
    ('id,name,kind\nQ99999992,"Ada\nQuill",person\n', "line break"),
    ("id,name,kind\nQ99999992,Ada\tQuill,person\n", "U+0009"),
    ("id,name,kind\nQ99999992,Ada\x07Quill,person\n", "U+0007"),
    ("id,name,kind\nQ99999992,Ada\u2028Quill,person\n", "U+2028"),
    ("id,name,kind,favourite_colour\nQ99999992,Ada Quill,person,green\n", "unknown column"),
    ("id,name,kind\nQ99999992,Ada Quill,person,extra\n", "more values than columns"),
])
def test_a_bad_field_is_refused_before_anything_is_written(user_file, tmp_path, csv_text, why):
    (tmp_path / "good.csv").write_text(GOOD, encoding="utf-8")
    assert run("gazetteer", "add", tmp_path / "good.csv").exit_code == 0
    before = user_file.read_bytes()
    bad = tmp_path / "bad.csv"
    bad.write_text(csv_text, encoding="utf-8", newline="")
    r = run("gazetteer", "add", bad)
    assert r.exit_code == 2 and r.output.startswith("Error:") and why in r.output, r.output
    assert r.output.count("\n") == 1 and "bad.csv" in r.output
    assert user_file.read_bytes() == before
    qids, _ = extract_qids(tmp_path)
    assert "Q99999991" in qids


def test_the_error_names_the_line_each_bad_record_ends_on(user_file, tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text('id,name,kind\nQ99999993,Fine Name,person\nQ99999994,"Two\nLines",person\nQ5,X,nonsense\n',
                   encoding="utf-8", newline="")
    r = run("gazetteer", "add", bad)
    assert r.exit_code == 2
    assert "2 bad entities" in r.output and "bad.csv:4: column 3" in r.output and "bad.csv:5:" in r.output
    assert not user_file.exists()


def test_a_broken_user_file_is_reported_and_skipped_and_re_adding_repairs_it(user_file, tmp_path):
    # what an earlier version wrote for a quoted newline, a hand edit with an unknown kind, bad bytes
    user_file.write_bytes(
        b"# kb user gazetteer\n"
        b"Q99999991\tperson\tErika Beispielfrau\tQ183\t\tBeispielfrau\t\t\t\t\n"
        b"Q99999995\tperson\tAda\n"
        b"Quill\t\t\t\t\t\t\t\t\t\n"
        b"Q99999996\tspaceship\tNostromo\t\t\t\t\t\t\t\n"
        b"Q99999997\tperson\tCaf\xe9 Owner\t\t\t\t\t\t\t\n")
    qids, stderr = extract_qids(tmp_path)
    assert "Q99999991" in qids  # the good line still works
    warned = [line for line in stderr.splitlines() if line.startswith("warning:") and "user.tsv:" in line]
    assert [w.split("user.tsv:")[1].split(":")[0] for w in warned] == ["4", "5", "6"], stderr
    assert all("line skipped" in w for w in warned)
    gz = entities.gazetteer()
    assert gz.get("Q99999991") is not None and len(gz.problems) == 3

    (tmp_path / "good.csv").write_text(GOOD, encoding="utf-8")
    r = run("gazetteer", "add", tmp_path / "good.csv")
    assert r.exit_code == 0 and "1 entities added" in r.stdout
    assert "3 unreadable lines" in r.stderr and "user.tsv.broken" in r.stderr
    good, bad = tables.user_rows(user_file)
    assert not bad and [f[0] for _, f in good] == ["Q99999995", "Q99999991"]
    broken = (tmp_path / "user.tsv.broken").read_bytes()
    assert b"Nostromo" in broken and b"Caf\xe9" in broken  # moved aside, not lost
    qids, stderr = extract_qids(tmp_path)
    assert "Q99999991" in qids and "warning" not in stderr


def test_turtle_labels_are_checked_too(user_file, tmp_path):
    ttl = tmp_path / "e.ttl"
    ttl.write_text('@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n'
                   '@prefix wdt: <http://www.wikidata.org/prop/direct/> .\n'
                   '<http://www.wikidata.org/entity/Q99999998> rdfs:label "Multi\\nLine"@en ;\n'
                   '    wdt:P31 <http://www.wikidata.org/entity/Q5> .\n', encoding="utf-8")
    r = run("gazetteer", "add", ttl)
    assert r.exit_code == 2 and "entity Q99999998: column 3" in r.output
    assert not user_file.exists()
