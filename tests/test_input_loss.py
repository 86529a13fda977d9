"""Input without silent loss (issue 15 item 9), each failure written as the attack.

Every input either becomes a document or a reported problem; nothing blocks, nothing is read
whole before its size is known, and notes (duplicate ids, a deprecated sidecar) are printed.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from kb import document as docio
from kb.cli import main
from kb.document import ReadNote, ReadProblem, iter_documents

ROOT = Path(__file__).resolve().parent.parent
RECORD = {"lang": "en", "published": "2025-03-02", "text": "The mayor opened a new bridge on Monday."}


def docs(items):
    return [x for x in items if not isinstance(x, (ReadProblem, ReadNote))]


def problems(items):
    return [x for x in items if isinstance(x, ReadProblem)]


def notes(items):
    return [x for x in items if isinstance(x, ReadNote)]


def test_an_unrelated_json_beside_a_txt_is_a_document_of_its_own(tmp_path):
    (tmp_path / "report.txt").write_text("A council met in the town hall on Friday.", encoding="utf-8")
    (tmp_path / "report.json").write_text(json.dumps({"id": "other-report", **RECORD}), encoding="utf-8")
    items = list(iter_documents([tmp_path]))
    assert sorted(d.id for d in docs(items)) == ["other-report", "report"]
    assert not problems(items) and not notes(items)
    (d,) = [d for d in docs(items) if d.id == "report"]
    # the record's metadata were not taken: no date, and the language detected from the text
    assert d.published is None and d.meta.get("lang_source") == "detected"


def test_a_json_with_unknown_keys_is_never_a_sidecar_and_is_reported(tmp_path):
    (tmp_path / "table.txt").write_text("A council met in the town hall on Friday.", encoding="utf-8")
    (tmp_path / "table.json").write_text(json.dumps({"rows": 3, "lang": "en"}), encoding="utf-8")
    items = list(iter_documents([tmp_path]))
    # the .json's "lang" was not taken: the language is detected from the text
    assert [d.id for d in docs(items)] == ["table"] and docs(items)[0].meta.get("lang_source") == "detected"
    (p,) = problems(items)
    assert "table.json" in p.message and "text" in p.message


def test_a_legacy_sidecar_beside_a_meta_json_is_not_swallowed(tmp_path):
    (tmp_path / "n.txt").write_text("A council met in the town hall on Friday.", encoding="utf-8")
    (tmp_path / "n.meta.json").write_text(json.dumps({"lang": "en"}), encoding="utf-8")
    (tmp_path / "n.json").write_text(json.dumps({"lang": "de", "source": "old"}), encoding="utf-8")
    items = list(iter_documents([tmp_path]))
    assert [(d.id, d.lang, d.source) for d in docs(items)] == [("n", "en", None)]
    (p,) = problems(items)
    assert "n.json" in p.message


def test_meta_json_and_explicit_sidecar(tmp_path):
    (tmp_path / "n.txt").write_text("A council met in the town hall on Friday.", encoding="utf-8")
    (tmp_path / "n.meta.json").write_text(json.dumps({"lang": "en", "id": "note-1"}), encoding="utf-8")
    (tmp_path / "elsewhere.json").write_text(json.dumps({"lang": "en", "published": "2025-01-09"}), "utf-8")
    (d,) = iter_documents([tmp_path / "n.txt"])
    assert (d.id, d.lang) == ("note-1", "en")
    items = list(iter_documents([tmp_path / "n.txt"], sidecar=tmp_path / "elsewhere.json"))
    assert [(d.id, str(d.published)) for d in items] == [("n", "2025-01-09")]
    with pytest.raises(docio.InputError, match="exactly one"):
        list(iter_documents([tmp_path / "n.txt", tmp_path / "n.txt"], sidecar=tmp_path / "elsewhere.json"))
    (tmp_path / "orphan.meta.json").write_text(json.dumps({"lang": "en"}), encoding="utf-8")
    (p,) = problems(iter_documents([tmp_path / "orphan.meta.json"]))
    assert "without its orphan.txt" in p.message
    (tmp_path / "bad.txt").write_text("Text.", encoding="utf-8")
    (tmp_path / "bad.meta.json").write_text(json.dumps({"lang": "en", "text": "x"}), encoding="utf-8")
    (p,) = problems(iter_documents([tmp_path / "bad.txt"]))
    assert "metadata only" in p.message


def test_duplicate_ids_are_reported_and_the_later_one_wins(tmp_path):
    lines = [json.dumps({"id": "dup", **RECORD, "text": f"Version {n}: the mayor opened a bridge."})
             for n in (1, 2)]
    (tmp_path / "a.jsonl").write_text(lines[0] + "\n", encoding="utf-8")
    (tmp_path / "b.jsonl").write_text(lines[1] + "\n", encoding="utf-8")
    items = list(iter_documents([tmp_path]))
    (note,) = notes(items)
    assert note.kind == "duplicate" and "a.jsonl" in note.message and "b.jsonl" in note.message
    store = tmp_path / "kb"
    result = CliRunner().invoke(main, ["--store", str(store), "ingest", "-q", str(tmp_path / "a.jsonl"),
                                       str(tmp_path / "b.jsonl")])
    assert result.exit_code == 0, result.output
    assert "2 documents (1 of them repeated an id" in result.output
    result = CliRunner().invoke(main, ["--store", str(store), "query", "--format", "csv",
                                       "SELECT ?t WHERE { ?d nif:isString ?t }"])
    assert "Version 2" in result.output and "Version 1" not in result.output


def test_one_nul_byte_rejects_one_jsonl_record_not_the_file(tmp_path):
    good = [json.dumps({"id": f"r{n}", **RECORD}) for n in range(2000)]
    bad = json.dumps({"id": "nul", **RECORD}).replace("mayor", "may\x00or").encode()
    assert b"\x00" in bad
    body = bad + b"\n" + "\n".join(good).encode() + b"\n"
    (tmp_path / "corpus.jsonl").write_bytes(body)
    items = list(iter_documents([tmp_path / "corpus.jsonl"]))
    assert len(docs(items)) == 2000
    (p,) = problems(items)
    assert "corpus.jsonl:1" in p.message and "NUL" in p.message


@pytest.mark.parametrize("encoding,bom", [("utf-8", b"\xef\xbb\xbf"), ("utf-16-le", b"\xff\xfe"),
                                          ("utf-16-be", b"\xfe\xff"), ("utf-32-le", b"\xff\xfe\x00\x00"),
                                          ("utf-32-be", b"\x00\x00\xfe\xff")])
def test_byte_order_marks_are_decoded_and_dropped(tmp_path, encoding, bom):
    text = "Die Bürgermeisterin eröffnete am Montag eine Brücke."
    (tmp_path / "t.txt").write_bytes(bom + text.encode(encoding))
    (tmp_path / "j.json").write_bytes(bom + json.dumps({"id": "j", "text": text}).encode(encoding))
    lines = "\n".join(json.dumps({"id": f"l{n}", "text": text}, ensure_ascii=False) for n in range(3)) + "\n"
    (tmp_path / "l.jsonl").write_bytes(bom + lines.encode(encoding))
    items = list(iter_documents([tmp_path]))
    assert not problems(items), problems(items)
    assert sorted(d.id for d in docs(items)) == ["j", "l0", "l1", "l2", "t"]
    assert all(d.text == text for d in docs(items))


def test_utf16_without_bom_is_still_called_binary_not_guessed(tmp_path):
    (tmp_path / "u.txt").write_bytes("Ein Text.".encode("utf-16-le"))
    (p,) = problems(iter_documents([tmp_path / "u.txt"]))
    assert "binary" in p.message


def test_an_unreadable_subdirectory_is_reported(tmp_path, monkeypatch):
    (tmp_path / "ok.txt").write_text("A council met in the town hall on Friday.", encoding="utf-8")
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "hidden.txt").write_text("Never read.", encoding="utf-8")
    real = os.scandir

    def scandir(path):
        if Path(path) == locked:  # chmod 000 does not stop root, who runs CI containers
            raise PermissionError(13, "Permission denied")
        return real(path)

    monkeypatch.setattr(docio.os, "scandir", scandir)
    items = list(iter_documents([tmp_path]))
    assert [d.id for d in docs(items)] == ["ok"]
    (p,) = problems(items)
    assert "locked" in p.message and "cannot list the directory" in p.message


def test_fifo_and_device_links_are_reported_without_blocking_or_reading(tmp_path):
    os.mkfifo(tmp_path / "pipe.txt")
    (tmp_path / "zero.txt").symlink_to("/dev/zero")
    (tmp_path / "zero.jsonl").symlink_to("/dev/zero")
    (tmp_path / "ok.txt").write_text("A council met in the town hall on Friday.", encoding="utf-8")
    # in a child process with a timeout: a regression here would block or fill the memory
    code = ("import sys; sys.path.insert(0, sys.argv[1]); from kb.cli import main; "
            "main(['extract', '--format', 'jsonl'] + sys.argv[2:])")
    args = [str(tmp_path / n) for n in ("pipe.txt", "zero.txt", "zero.jsonl")] + [str(tmp_path)]
    proc = subprocess.run([sys.executable, "-c", code, str(ROOT), *args], capture_output=True, text=True,
                          timeout=120)
    rejected = [line for line in proc.stderr.splitlines() if line.startswith("rejected:")]
    assert sum("(a FIFO)" in line for line in rejected) == 2, proc.stderr
    assert sum("(a device)" in line for line in rejected) == 4, proc.stderr
    assert len(rejected) == 6 and "Traceback" not in proc.stderr
    (record,) = [json.loads(line) for line in proc.stdout.splitlines()]
    assert record["doc_id"] == "ok"


def test_files_over_the_size_limit_are_refused_unread(tmp_path, monkeypatch):
    big = tmp_path / "huge.txt"
    with big.open("wb") as f:  # sparse: no disk, and reading it whole would take 120 MB
        f.truncate(docio.MAX_FILE_BYTES + 1)
    (p,) = problems(iter_documents([big]))
    assert "more than the limit" in p.message
    monkeypatch.setattr(docio, "MAX_FILE_BYTES", 400)
    lines = [json.dumps({"id": "small", **RECORD}), json.dumps({"id": "big", **RECORD, "text": "x " * 500}),
             json.dumps({"id": "after", **RECORD})]
    (tmp_path / "c.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = list(iter_documents([tmp_path / "c.jsonl"]))
    assert [d.id for d in docs(items)] == ["small", "after"]
    (p,) = problems(items)
    assert "c.jsonl:2" in p.message and "longer than" in p.message


def test_cli_ingest_reports_every_problem_one_line_each(tmp_path):
    (tmp_path / "good.txt").write_text("A council met in the town hall on Friday.", encoding="utf-8")
    (tmp_path / "zero.txt").symlink_to("/dev/zero")
    (tmp_path / "old.txt").write_text("The mayor spoke on Monday.", encoding="utf-8")
    (tmp_path / "old.json").write_text(json.dumps({"lang": "en"}), encoding="utf-8")
    result = CliRunner().invoke(main, ["--store", str(tmp_path / "kb"), "ingest", str(tmp_path)])
    assert result.exit_code == 2, result.output  # the good documents are stored; the code says one was not
    assert "rejected: " in result.output and "zero.txt: not a regular file (a device)" in result.output
    assert result.output.count("zero.txt") == 1  # the path is said once
    assert "warning: " in result.output and "old.meta.json" in result.output
    assert "2 documents" in result.output
