"""Parallel ingest: process pool, Dask LocalCluster and N-Quads shards give the KB a serial ingest gives."""

from __future__ import annotations

import json

import pytest

pytest.importorskip("kb.store")
pytest.importorskip("kb.events")

from kb import synthetic  # noqa: E402
from kb.api import KnowledgeBase  # noqa: E402
from kb.parallel import extract_document, ingest_dask, ingest_parallel, load_shards, write_shards  # noqa: E402
from kb.store import Store  # noqa: E402


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    d = tmp_path_factory.mktemp("par-corpus")
    for rec in synthetic.articles(6, seed=3, chars=1500, prefix="par"):
        (d / f"{rec['id']}.json").write_text(json.dumps(rec, ensure_ascii=False), encoding="utf-8")
    (d / "broken.json").write_text("{", encoding="utf-8")
    return d


def _counts(store) -> dict[str, int]:
    return {d: store.count_triples(f"https://w3id.org/kb/id/graph/{d}") for d in store.documents()}


@pytest.fixture(scope="module")
def serial(corpus):
    store = Store(None)
    summary = KnowledgeBase(store).ingest([corpus])
    assert summary.documents >= 3
    return summary, _counts(store)


@pytest.mark.slow
def test_process_pool_equals_serial_ingest(corpus, serial):
    ref_summary, ref = serial
    store = Store(None)
    summary = ingest_parallel(store, [corpus], workers=2)
    assert _counts(store) == ref
    assert summary.documents == ref_summary.documents and summary.events == ref_summary.events
    assert any("broken.json" in what for what, _ in summary.rejected)


@pytest.mark.slow
def test_shards_then_bulk_load(corpus, serial, tmp_path):
    _, ref = serial
    summary = write_shards([corpus], tmp_path / "shards", workers=2, docs_per_shard=2)
    assert summary.documents == len(ref)
    shards = sorted((tmp_path / "shards").glob("shard-*.nq.gz"))
    assert len(shards) == (len(ref) + 1) // 2 and not list((tmp_path / "shards").glob(".*part"))
    store = Store(str(tmp_path / "store"))
    try:
        assert load_shards(store, [tmp_path / "shards"]) == len(shards)
        assert _counts(store) == ref
        load_shards(store, [tmp_path / "shards"])  # loading again replaces, never doubles
        assert _counts(store) == ref
        assert not [v for v in store.validate() if v.severity == "Violation"]
    finally:
        store.close()


@pytest.mark.slow
def test_dask_local_cluster(corpus, serial):
    distributed = pytest.importorskip("distributed")
    _, ref = serial
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster, distributed.Client(cluster) as client:
        store = Store(None)
        summary = ingest_dask(store, [corpus], client)
    assert _counts(store) == ref
    assert summary.documents == len(ref)


def test_a_pipeline_bug_is_reported_not_raised(monkeypatch):
    import kb.pipeline

    def boom(doc):
        raise RuntimeError("synthetic failure")

    monkeypatch.setattr(kb.pipeline, "analyse", boom)
    from kb.document import make_document

    ex = extract_document(make_document("Ein Text.", id="x", lang="de"))
    assert ex.problem and "internal error" in ex.problem and not ex.nquads


@pytest.mark.slow
def test_workers_start_warm_from_the_fork_server():
    """Each worker begins with the extraction loaded and the temporal grammar's patterns
    compiled (kb._forkserver), not paying for them itself; results stay the same."""
    import multiprocessing

    from kb import parallel
    from kb.temporal.grammar import load_grammar

    if "forkserver" not in multiprocessing.get_all_start_methods():
        pytest.skip("no fork server on this platform")
    pool = parallel._pool(2)
    try:
        grammar = pool.submit(load_grammar, "de").result()  # the worker's, pickled back
    finally:
        pool.shutdown()
    assert grammar.rules and all(rule._regex is not None for rule in grammar.rules)


def test_warm_up_extracts_and_compiles_every_language():
    from kb import parallel
    from kb.lang import available_languages
    from kb.language import coverage
    from kb.temporal.grammar import load_grammar

    parallel.warm()
    langs = [lang for lang in available_languages() if coverage(lang) == "events"]
    assert langs and all(rule._regex is not None for lang in langs for rule in load_grammar(lang).rules)


@pytest.mark.slow
def test_a_document_met_twice_ends_as_its_later_version_with_workers(tmp_path, monkeypatch):
    """Results are written in the documents' order whatever worker finishes first."""
    from kb import parallel

    monkeypatch.setattr(parallel, "BATCH", 1)  # each version in a batch of its own
    text = "Die Ministerin traf am 3. März 2024 den Botschafter in Wien."
    first = [{"id": "twice", "lang": "de", "published": "2024-03-05", "title": "Erste Fassung", "text": text}]
    filler = [{"id": f"f{i}", "lang": "de", "published": "2024-03-05", "text": text} for i in range(5)]
    later = [dict(first[0], title="Zweite Fassung")]
    path = tmp_path / "c.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in first + filler + later),
                    encoding="utf-8")
    store = Store(None)
    summary = ingest_parallel(store, [path], workers=2)
    titles = [t for (t,) in store.select("SELECT ?t WHERE { GRAPH <https://w3id.org/kb/id/graph/twice> "
                                         "{ ?d dcterms:title ?t } }")]
    assert titles == ["Zweite Fassung"] and summary.duplicates == 1
