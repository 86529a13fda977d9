"""One bad document never stops a run: serial, ``--workers`` and ``--dask`` ingest and ``kb extract``.

A failing step is injected for the documents whose id starts with ``boom`` (the
pipeline bugs it stands for are fixed where they are found; the mechanism that
turns any of them into a rejection is what is tested here). Where the failure
must happen in a worker process, a real one is used: a document whose transfer
to the worker kills the worker process.
"""

from __future__ import annotations

import json
import os

import pytest
from click.testing import CliRunner

pytest.importorskip("kb.events")

import kb.pipeline  # noqa: E402
from kb import parallel  # noqa: E402
from kb.api import KnowledgeBase  # noqa: E402
from kb.cli import main  # noqa: E402
from kb.document import make_document  # noqa: E402
from kb.errors import PipelineError  # noqa: E402
from kb.store import Store  # noqa: E402

GOOD = [
    ("ok-1", "de", "Die Ministerin reiste am Montag nach Wien und traf dort den Kanzler."),
    ("ok-2", "en", "The foreign minister will visit Madrid on Friday, her office said."),
    ("ok-3", "de", "Der Präsident empfing am Dienstag den Premierminister in Rom."),
]
FAILURES = [OverflowError("date value out of range"), ValueError("year 0 is out of range"),
            RecursionError("maximum recursion depth exceeded"), KeyError("missing"),
            ZeroDivisionError("division by zero"), MemoryError()]


def _docs(n_bad: int = 1):
    docs = [make_document(text, id=i, lang=lang, published="2024-05-14") for i, lang, text in GOOD]
    for k in range(n_bad):
        docs.insert(1 + k, make_document("Bis zum Ende der Welt und einen Tag danach.", id=f"boom-{k}",
                                         lang="de", published="2024-05-14"))
    return docs


@pytest.fixture
def failing_step(monkeypatch):
    """Make the temporal step raise ``FAILURES[k]`` for the document ``boom-k``."""
    steps = list(kb.pipeline.STEPS)
    name, real = next((n, s) for n, s in steps if n == "temporal")

    def step(analysis):
        doc_id = analysis.document.id
        if doc_id.startswith("boom-"):
            raise FAILURES[int(doc_id.split("-")[1]) % len(FAILURES)]
        real(analysis)

    monkeypatch.setattr(kb.pipeline, "STEPS", tuple((n, step if n == name else s) for n, s in steps))


def test_a_failing_step_becomes_a_pipeline_error_naming_it(failing_step):
    with pytest.raises(PipelineError, match=r"temporal step \(OverflowError: date value out of range\)") as info:
        kb.pipeline.analyse(_docs()[1])
    assert info.value.step == "temporal" and info.value.exit_code == 2


def test_serial_ingest_rejects_each_failing_document_and_goes_on(failing_step):
    base = KnowledgeBase(Store(None))
    summary = base.ingest_documents(_docs(n_bad=len(FAILURES)))
    assert summary.documents == len(GOOD)
    assert sorted(base.documents()) == sorted(i for i, _, _ in GOOD)
    reasons = dict(summary.rejected)
    assert sorted(reasons) == [f"boom-{k}" for k in range(len(FAILURES))]
    for k, exc in enumerate(FAILURES):
        assert type(exc).__name__ in reasons[f"boom-{k}"] and "\n" not in reasons[f"boom-{k}"]


def test_a_failure_while_building_the_graphs_of_a_batch_costs_one_document(monkeypatch):
    import kb.store

    real = kb.store.document_graph

    def build(analysis, run=None, **kw):
        if analysis.document.id == "ok-2":
            raise OverflowError("an impossible date in the graph")
        return real(analysis, run, **kw)

    monkeypatch.setattr(kb.store, "document_graph", build)
    base = KnowledgeBase(Store(None))
    summary = base.ingest_documents(_docs(n_bad=0))
    assert sorted(base.documents()) == ["ok-1", "ok-3"]
    assert [d for d, _ in summary.rejected] == ["ok-2"] and "OverflowError" in summary.rejected[0][1]


def test_a_failing_validation_of_a_batch_is_retried_document_by_document(monkeypatch):
    base = KnowledgeBase(Store(None))
    real = base.store.ingest_many

    def ingest_many(analyses, **kw):
        if len(analyses) > 1:
            raise ArithmeticError("the shared screen failed")
        if analyses[0].document.id == "ok-3":
            raise ArithmeticError("this one fails alone too")
        return real(analyses, **kw)

    monkeypatch.setattr(base.store, "ingest_many", ingest_many)
    summary = base.ingest_documents(_docs(n_bad=0))
    assert sorted(base.documents()) == ["ok-1", "ok-2"]
    assert [d for d, _ in summary.rejected] == ["ok-3"] and summary.documents == 2


def _corpus(tmp_path, docs) -> str:
    path = tmp_path / "corpus.jsonl"
    path.write_text("".join(json.dumps({"id": d.id, "lang": d.lang, "published": "2024-05-14", "text": d.text},
                                       ensure_ascii=False) + "\n" for d in docs), encoding="utf-8")
    return str(path)


def test_cli_ingest_and_extract_report_the_rejection_and_exit_2(failing_step, tmp_path):
    corpus = _corpus(tmp_path, _docs(n_bad=2))
    r = CliRunner().invoke(main, ["--store", str(tmp_path / "kb"), "ingest", "-q", corpus])
    assert r.exit_code == 2 and isinstance(r.exception, SystemExit) and "Traceback" not in r.output, r.output
    assert "3 documents" in r.output and "2 rejected" in r.output
    assert "rejected: boom-0: internal error in the temporal step (OverflowError" in r.output
    r = CliRunner().invoke(main, ["extract", corpus])
    assert r.exit_code == 2 and "Traceback" not in r.output
    ids = [json.loads(line)["doc_id"] for line in r.output.splitlines() if line.startswith("{")]
    assert ids == ["ok-1", "ok-2", "ok-3"]
    assert r.output.count("rejected: boom-") == 2


def test_cli_extract_rejects_a_document_whose_graph_cannot_be_written(monkeypatch, tmp_path):
    import kb.rdf.build

    real = kb.rdf.build.graph_for

    def graph_for(analysis, run=None):
        if analysis.document.id == "ok-2":
            raise RecursionError("maximum recursion depth exceeded")
        return real(analysis, run)

    monkeypatch.setattr(kb.rdf.build, "graph_for", graph_for)
    r = CliRunner().invoke(main, ["extract", "--format", "trig", _corpus(tmp_path, _docs(n_bad=0))])
    assert r.exit_code == 2 and "Traceback" not in r.output
    assert "rejected: ok-2: internal error while writing its trig output (RecursionError" in r.output
    assert r.output.count("kb/id/graph/ok-") >= 2


def test_workers_record_a_shape_rejection_in_the_store_as_the_serial_ingest_does(monkeypatch):
    import kb.rdf.salvage
    import kb.rdf.validate

    class Problem:
        severity, message = "Violation", "an injected violation"
        focus = value = None  # belongs to no event or claim: the document is rejected whole

        def __str__(self):
            return "Violation: an injected violation"

    monkeypatch.setattr(kb.rdf.validate, "flagged_graphs", lambda screen, graphs=None: None)  # None: check every graph
    monkeypatch.setattr(kb.rdf.salvage, "results",
                        lambda g: [Problem()] if any("ok-2" in str(s) for s in g.subjects()) else [])
    store = Store(None)
    results = parallel.extract_documents(_docs(n_bad=0))
    assert [ex.doc_id for ex in results if ex.problem] == ["ok-2"]
    parallel._write(store, results)
    assert sorted(store.documents()) == ["ok-1", "ok-3"]
    [rejection] = store.rejected()
    assert rejection.doc_id == "ok-2" and "injected violation" in rejection.report
    assert rejection.record["text"] == GOOD[1][2]


class _KillsTheWorker:
    """Unpickled in the worker process, it ends that process (as a crash in native code would)."""

    def __reduce__(self):
        return (os._exit, (70,))


@pytest.mark.slow
def test_a_document_that_kills_its_worker_costs_only_itself(tmp_path):
    docs = _docs(n_bad=0)
    killer = make_document("Ein Text, der den Arbeitsprozess beendet.", id="killer", lang="de")
    killer.meta["payload"] = _KillsTheWorker()
    docs.insert(1, killer)
    seen = []
    parallel._run_local(iter(docs), 2, seen.extend)
    by_id = {ex.doc_id: ex for ex in seen}
    assert [ex.doc_id for ex in seen] == ["ok-1", "killer", "ok-2", "ok-3"]  # in the documents' order
    assert "extraction process failed" in by_id["killer"].problem
    assert all(not by_id[i].problem and by_id[i].nquads for i in ("ok-1", "ok-2", "ok-3"))


@pytest.mark.slow
def test_dask_turns_a_lost_result_into_a_rejection(tmp_path):
    distributed = pytest.importorskip("distributed")
    corpus = tmp_path / "c"
    corpus.mkdir()
    for d in _docs(n_bad=0):
        (corpus / f"{d.id}.json").write_text(json.dumps({"id": d.id, "lang": d.lang, "text": d.text}),
                                             encoding="utf-8")
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=False,
                                  dashboard_address=None) as cluster, distributed.Client(cluster) as client:
        real = parallel.extract_document

        def extract(doc, additions=None):
            if doc.id == "ok-2":
                raise OverflowError("lost on the worker")
            return real(doc, additions)

        try:
            parallel.extract_document = extract
            store = Store(None)
            summary = parallel.ingest_dask(store, [corpus], client)
        finally:
            parallel.extract_document = real
    assert sorted(store.documents()) == ["ok-1", "ok-3"]
    assert [d for d, _ in summary.rejected] == ["ok-2"] and "OverflowError" in summary.rejected[0][1]


def test_lone_surrogates_in_id_title_and_source_become_replacement_characters():
    doc = make_document("Ein Text.", id="a\ud800b", title="T\udc00", source="https://example.org/\ud83d",
                        meta={"k\udfff": "v\ud800"})
    assert (doc.id, doc.title, doc.source) == ("a\ufffdb", "T\ufffd", "https://example.org/\ufffd")
    assert doc.meta == {"k\ufffd": "v\ufffd"}
    base = KnowledgeBase(Store(None))
    summary = base.ingest_documents([doc])
    assert summary.documents == 1 and base.documents() == ["a\ufffdb"]


def test_a_file_whose_reading_fails_unforeseen_costs_only_that_file(monkeypatch, tmp_path):
    import kb.document as docio

    for name, text in (("a", "Die Ministerin reiste am Montag nach Wien."), ("b", "Kaputt."),
                       ("c", "Der Präsident empfing am Dienstag den Premierminister.")):
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
    real = docio._iter_file

    def read(path, defaults):
        if path.name == "b.txt":
            raise MemoryError("the file is larger than memory")
        yield from real(path, defaults)

    monkeypatch.setattr(docio, "_iter_file", read)
    base = KnowledgeBase(Store(None))
    summary = base.ingest([tmp_path], lang="de")
    assert sorted(base.documents()) == ["a", "c"]
    [(what, why)] = summary.rejected
    assert what.endswith("b.txt") and "MemoryError" in why
    r = CliRunner().invoke(main, ["--store", str(tmp_path / "kb"), "ingest", "-q", str(tmp_path)])
    assert r.exit_code == 2 and "2 documents" in r.output and "MemoryError" in r.output


def test_ctrl_c_during_ingest_says_what_was_stored_and_exits_130(tmp_path, monkeypatch):
    from click.testing import CliRunner

    import kb.api
    from kb.cli import main
    from kb.document import make_document

    batch = kb.api.BATCH  # documents are stored a batch at a time

    def three_then_interrupt(paths, on_file=None, **defaults):
        for n in range(batch + 2):
            yield make_document(f"Der Minister sprach am Montag in Wien. Nummer {n}.", id=f"doc-{n}", lang="de",
                                published="2024-05-14")
        raise KeyboardInterrupt

    monkeypatch.setattr(kb.api, "read_documents", three_then_interrupt)
    note = tmp_path / "a.txt"
    note.write_text("unused", encoding="utf-8")
    store = tmp_path / "kb"
    r = CliRunner().invoke(main, ["--store", str(store), "ingest", "-q", str(note)])
    assert r.exit_code == 130, r.output
    assert f"interrupted: {batch} documents stored" in r.output and "run the same command again" in r.output
    assert ", 1 file not started; run the same command again" in r.output  # as --workers says it
    with kb.api.open_kb(store, read_only=True) as base:
        assert len(base.documents()) == batch  # the batch written before Ctrl-C, each document whole
