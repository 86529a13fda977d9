"""Exports hold the data model only: no index triples in ``kb export`` (TriG, N-Quads, Turtle),
and an export loaded into a fresh store gives the same data, with the index rebuilt by ``kb load``."""

from __future__ import annotations

import pytest
from click.testing import CliRunner
from rdflib import Dataset, Graph
from rdflib.compare import isomorphic

from kb.api import open_kb
from kb.cli import main
from kb.rdf.index import INDEX_PREDICATES
from kb.store import Store

# Own sentences: two documents with dated meetings and visits between known actors.
TEXTS = [
    ("reload-de", "de", "2023-03-09",
     "Bundeskanzler Olaf Scholz empfing am Mittwoch den französischen Präsidenten Emmanuel Macron im "
     "Kanzleramt. Am 2. Februar 2023 hatte Scholz bereits mit Joe Biden telefoniert."),
    ("reload-en", "en", "2023-11-21",
     "Emmanuel Macron met Olaf Scholz in Hamburg on Monday. The two leaders discussed energy prices."),
]


@pytest.fixture(scope="module")
def source(tmp_path_factory):
    path = tmp_path_factory.mktemp("reload") / "kb"
    with open_kb(str(path)) as base:
        for doc_id, lang, published, text in TEXTS:
            base.ingest_text(text, id=doc_id, lang=lang, published=published)
        assert base.timeline(), "the fixture texts must give events"
    return str(path)


def graphs_of(path: str) -> dict[str, Graph]:
    out = {}
    with Store(path, read_only=True) as store:
        for name in store.graphs():
            out[name] = store.get_graph(name)
    return out


def split_index(g: Graph) -> tuple[Graph, set]:
    data, index = Graph(), set()
    for t in g:
        (index.add(t) if t[1] in INDEX_PREDICATES else data.add(t))
    return data, index


def export(path: str, fmt: str) -> str:
    r = CliRunner().invoke(main, ["--store", path, "export", "--format", fmt])
    assert r.exit_code == 0, r.output
    return r.output


@pytest.mark.parametrize("fmt, rdflib_format", [("trig", "trig"), ("nquads", "nquads"), ("turtle", "turtle")])
def test_exports_have_no_index_triples(source, fmt, rdflib_format):
    text = export(source, fmt)
    for name in ("actorPeriod", "actorPair", "ns#year", "kb:year "):
        assert name not in text
    ds = Dataset()
    ds.parse(data=text, format=rdflib_format)
    assert len(ds) or sum(len(g) for g in ds.graphs()) > 0
    assert not any(q[1] in INDEX_PREDICATES for q in ds.quads((None, None, None, None)))
    # the source store does have them: the export left them out
    assert any(split_index(g)[1] for g in graphs_of(source).values())


@pytest.mark.parametrize("fmt, suffix", [("trig", "trig"), ("nquads", "nq")])
def test_an_export_loaded_into_a_fresh_store_is_the_same_kb(source, tmp_path, fmt, suffix):
    dump = tmp_path / f"kb.{suffix}"
    dump.write_text(export(source, fmt), encoding="utf-8")
    fresh = str(tmp_path / "fresh")
    r = CliRunner().invoke(main, ["--store", fresh, "load", str(dump)])
    assert r.exit_code == 0, r.output
    before, after = graphs_of(source), graphs_of(fresh)
    assert sorted(before) == sorted(after)
    for name in before:
        data_before, index_before = split_index(before[name])
        data_after, index_after = split_index(after[name])
        assert isomorphic(data_before, data_after), name
        assert index_after == index_before, name  # rebuilt on load, key for key
    with open_kb(source, read_only=True) as a, open_kb(fresh, read_only=True) as b:
        # the actor + window timeline goes through the index
        want = a.timeline(actor="Q3052772", since="2023-01")
        assert want and b.timeline(actor="Q3052772", since="2023-01") == want
        assert b.timeline() == a.timeline()
    # Exporting the reloaded KB gives the same file.
    assert export(fresh, fmt) == export(source, fmt)
