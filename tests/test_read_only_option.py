"""The lock error names ``--read-only``, and that option exists: ``kb --read-only COMMAND`` reads a
store another process writes to; a command that writes refuses it with one line."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from kb.cli import main
from kb.store import Store
from store_holder import holding

ROOT = Path(__file__).resolve().parent.parent


def test_the_option_the_lock_error_names_exists_and_reads_meanwhile(tmp_path):
    path = tmp_path / "kb-store"
    note = tmp_path / "note.txt"
    note.write_text("Die Ministerin reiste am Montag nach Lissabon.", encoding="utf-8")
    Store(path).close()
    runner = CliRunner()
    with holding(path):
        locked = runner.invoke(main, ["--store", str(path), "ingest", "-q", "--lang", "de",
                                      "--published", "2024-05-14", str(note)])
        assert locked.exit_code != 0 and "--read-only" in locked.output and "Traceback" not in locked.output
        # what the message suggests works
        read = runner.invoke(main, ["--read-only", "--store", str(path), "query", "--format", "csv",
                                    "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"])
        assert read.exit_code == 0, read.output
        assert read.stdout_bytes == b"n\r\n0\r\n"
        assert runner.invoke(main, ["--read-only", "--store", str(path), "stats"]).exit_code == 0
    refused = runner.invoke(main, ["--read-only", "--store", str(path), "ingest", "-q", "--lang", "de",
                                   "--published", "2024-05-14", str(note)])
    assert refused.exit_code == 2
    assert refused.output.strip() == ("Error: kb ingest writes to the store, which --read-only forbids; "
                                      "leave out --read-only to run it")
    assert runner.invoke(main, ["--read-only", "--store", str(path), "query", "--update",
                                "INSERT DATA { <urn:a> <urn:b> <urn:c> }"]).exit_code == 2
    with Store(path, read_only=True) as reader:
        assert reader.documents() == []


def test_pyproject_names_project_urls():
    import tomllib

    meta = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    urls = meta["project"]["urls"]
    assert urls and all(u.startswith("https://") for u in urls.values())
