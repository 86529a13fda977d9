"""Golden files for the whole pipeline on a fixture article written for kb (kb/demo/).

The RDF of the document's graph is compared by isomorphism, the timeline CSV byte
for byte. After an intended change of the rules, regenerate and review the diff:

    KB_REGEN_GOLDEN=1 python -m pytest -q tests/test_golden_pipeline.py && git diff tests/golden/pipeline
"""

import datetime as dt
import os
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Graph
from rdflib.compare import graph_diff, isomorphic, to_isomorphic

from kb.api import analyse
from kb.cli import main
from kb.document import iter_documents
from kb.rdf.build import Run
from kb.store import Store

HERE = Path(__file__).resolve().parent
GOLDEN = HERE / "golden" / "pipeline"
DEMO = HERE.parent / "kb" / "demo"
ARTICLES = ["demo-de-macron-berlin-2023-06-06", "demo-en-biden-kishida-2021-10-19"]
RUN = Run(started=dt.datetime(2024, 1, 1, tzinfo=dt.timezone.utc), tool_version="golden", rules_version="golden")
REGEN = os.environ.get("KB_REGEN_GOLDEN") == "1"


def _stored_graph(name: str) -> Graph:
    (doc,) = iter_documents([DEMO / f"{name}.json"])
    with Store(None) as store:
        store.ingest(analyse(doc), run=RUN)
        (graph_iri,) = [g for g in store.graphs() if g.endswith("/graph/" + name)]
        return store.get_graph(graph_iri)


@pytest.mark.parametrize("name", ARTICLES)
def test_document_graph_is_isomorphic_to_golden(name):
    got = _stored_graph(name)
    path = GOLDEN / f"{name}.ttl"
    if REGEN:
        path.write_text(got.serialize(format="turtle"), encoding="utf-8")
    want = Graph().parse(path, format="turtle")
    if not isomorphic(got, want):
        _, only_got, only_want = graph_diff(to_isomorphic(got), to_isomorphic(want))
        pytest.fail("graph differs from golden; only in output:\n"
                    + "\n".join(sorted(f"  {t}" for t in only_got)[:20])
                    + "\nonly in golden:\n" + "\n".join(sorted(f"  {t}" for t in only_want)[:20]))


def test_timeline_csv_is_byte_identical(tmp_path):
    runner = CliRunner()
    store = str(tmp_path / "kb")
    r = runner.invoke(main, ["--store", store, "ingest", *[str(DEMO / f"{a}.json") for a in ARTICLES]])
    assert r.exit_code == 0, r.output
    r = runner.invoke(main, ["--store", store, "timeline", "--format", "csv"])
    assert r.exit_code == 0, r.output
    path = GOLDEN / "timeline.csv"
    if REGEN:
        path.write_bytes(r.stdout_bytes)
    assert r.stdout_bytes == path.read_bytes()


def test_boilerplate_trailer_yields_nothing():
    (doc,) = iter_documents([DEMO / f"{ARTICLES[0]}.json"])
    analysis = analyse(doc)
    trailer = doc.text.index("Mehr aktuelle News")
    assert analysis.boilerplate and all(b.start >= trailer for b in analysis.boilerplate)
    for item in analysis.events + analysis.claims:
        assert item.evidence.end <= trailer
    assert all(m.end <= trailer for m in analysis.mentions)
