"""``kb serve`` answers with documents that ``kb ingest`` stores while it runs (its workers reopen
the store when its files change), as its --help says."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from click.testing import CliRunner

from kb.cli import main

ROOT = Path(__file__).resolve().parent.parent
DOCS = "SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { GRAPH ?g { ?d a nif:Context } }"

pytestmark = pytest.mark.server


def ingest(store: Path, folder: Path, doc_id: str, text: str) -> None:
    path = folder / f"{doc_id}.json"
    path.write_text(json.dumps({"id": doc_id, "lang": "en", "published": "2024-02-12", "text": text}),
                    encoding="utf-8")
    r = CliRunner().invoke(main, ["--store", str(store), "ingest", "-q", str(path)])
    assert r.exit_code == 0, r.output


def count(url: str) -> int:
    query = urllib.parse.urlencode({"query": DOCS})
    req = urllib.request.Request(f"{url}/sparql?{query}", headers={"Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(req, timeout=30) as resp:
        return int(json.load(resp)["results"]["bindings"][0]["n"]["value"])


def test_help_says_it_and_ingest_while_serving_is_answered(tmp_path):
    help_text = CliRunner().invoke(main, ["serve", "--help"]).output
    assert "ingest" in help_text and "while the server runs" in " ".join(help_text.split())
    store = tmp_path / "kb"
    ingest(store, tmp_path, "serve-one", "The prime minister visited Oslo on Monday.")
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = subprocess.Popen([sys.executable, "-m", "kb", "--store", str(store), "serve", "--port", "0",
                             "--workers", "1", "--timeout", "20"],
                            stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True, env=env, cwd=ROOT)
    try:
        line = proc.stderr.readline()
        assert "kb SPARQL endpoint at " in line, line
        url = line.split("endpoint at ")[1].split("/sparql")[0]
        assert url.startswith("http://127.0.0.1:")
        assert count(url) == 1
        ingest(store, tmp_path, "serve-two", "The foreign minister met her counterpart in Rome on Friday.")
        deadline = time.monotonic() + 30
        while count(url) != 2 and time.monotonic() < deadline:
            time.sleep(0.5)
        assert count(url) == 2
    finally:
        proc.send_signal(signal.SIGINT)
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
