"""What the command line imports: a command loads only what it runs (issue 16).

An import-graph test, not a timing test: each command runs in a fresh
interpreter that prints the modules it ended up with.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

_RUN = """
import json, sys
from kb.cli import main
try:
    main(sys.argv[1:], prog_name="kb")
except SystemExit:
    pass
print(json.dumps(sorted(sys.modules)), file=sys.stderr)
"""


def _imported(code: str, *args: str) -> set[str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    done = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, env=env,
                          cwd=ROOT, timeout=120)
    return set(json.loads(done.stderr.strip().splitlines()[-1]))


# what the interpreter itself has loaded before kb runs: site hooks of this environment (an
# editable install's finder imports pathlib and urllib) are not the command's doing
_AT_START = """
import json, sys
print(json.dumps(sorted(sys.modules)), file=sys.stderr)
"""


def _modules(*args: str) -> set[str]:
    return _imported(_RUN, *args) - (_imported(_AT_START) - {"json"})


def _loaded(modules: set[str], *prefixes: str) -> list[str]:
    return sorted(m for m in modules if any(m == p or m.startswith(p + ".") for p in prefixes))


@pytest.mark.parametrize("args", [["--help"], ["review", "--help"]])
def test_help_imports_no_rdf_store_or_pipeline(args):
    modules = _modules(*args)
    assert "click" in modules and "kb.cli" in modules
    assert not _loaded(modules, "rdflib", "pyshacl", "pyoxigraph", "kb.api", "kb.store", "kb.pipeline",
                       "kb.temporal", "kb.entities", "kb.exporters", "kb.review", "kb.workbench",
                       "matplotlib", "dateparser")
    # stdlib modules only some commands use (click imports none of them; json: this test's own)
    assert not _loaded(modules, "csv", "pathlib", "getpass", "urllib")


@pytest.mark.parametrize("args", [
    ["timeline", "--actor", "Q7747", "--since", "2022"],
    ["timeline", "--limit", "3"],
    ["stats"],
    ["query", "SELECT * WHERE { ?s ?p ?o } LIMIT 1"],
])
def test_reading_commands_import_no_pipeline(tmp_path, args):
    store = tmp_path / "kb-store"
    store.mkdir()
    modules = _modules("--store", str(store), *args)
    assert "kb.api" in modules, "the command should have run"
    assert not _loaded(modules, "pyshacl", "kb.pipeline", "kb.temporal", "kb.entities", "kb.events",
                       "kb.claims", "kb.sentences", "kb.document", "kb.workbench", "kb.review", "matplotlib",
                       "dateparser")
    if args[0] != "query":  # kb query parses the text with rdflib's SPARQL parser (kb.sparqlguard)
        assert not _loaded(modules, "rdflib", "kb.rdf.build", "kb.rdf.namespaces", "kb.rdf.iri")
    # a timeline's rows are the export's columns (kb.exporters.tabular): those, no other exporter
    assert set(_loaded(modules, "kb.exporters")) <= {"kb.exporters", "kb.exporters.records",
                                                     "kb.exporters.tabular"}


def test_extract_of_files_imports_no_web_fetcher_store_or_shapes(tmp_path):
    doc = tmp_path / "a.json"
    doc.write_text(json.dumps({"id": "a", "lang": "de", "published": "2024-05-14",
                               "text": "Am Montag traf Olaf Scholz Emmanuel Macron in Berlin."}), encoding="utf-8")
    modules = _modules("extract", "--format", "jsonl", str(doc))
    assert "kb.pipeline" in modules, "the command should have run"
    # kb.web is asked whether an input is a URL; fetching pages (urllib.request) only for URLs
    assert not _loaded(modules, "urllib.request", "kb.web.fetch", "pyshacl", "pyoxigraph", "kb.store",
                       "matplotlib", "kb.workbench")


def test_timex_imports_the_temporal_step_only():
    modules = _modules("timex", "--text", "Am Montag, dem 3. Juni", "--lang", "de", "--dct", "2024-05-14")
    assert "kb.temporal.grammar" in modules, "the command should have run"
    assert not _loaded(modules, "rdflib", "pyshacl", "pyoxigraph", "kb.store", "kb.pipeline", "kb.entities",
                       "kb.events", "kb.claims", "dateparser", "urllib.request", "matplotlib")
