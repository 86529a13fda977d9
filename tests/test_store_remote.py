"""Store over a remote SPARQL server: the same ingest, rejection, validation, merge
and claim checks as the embedded store.

Runs when ``KB_TEST_OXIGRAPH_URL`` / ``KB_TEST_VIRTUOSO_URL`` point at servers
(``eval "$(bash .ci/services.sh start)"``); skips otherwise. Every document id
gets a fresh prefix and its graphs are deleted afterwards.
"""

from __future__ import annotations

import os
import uuid

import pytest

from fixtures_rdf import FIXED_RUN, visit_de, visit_en
from kb.errors import QueryError, ShapeViolation
from kb.model import Span
from kb.rdf import iri
from kb.store import Store

SERVERS = {"oxigraph": "KB_TEST_OXIGRAPH_URL", "virtuoso": "KB_TEST_VIRTUOSO_URL"}


def _renamed(analysis, prefix):
    analysis.document.id = f"{prefix}-{analysis.document.id}"
    return analysis


@pytest.fixture(params=sorted(SERVERS))
def remote(request):
    url = os.environ.get(SERVERS[request.param])
    if not url:
        pytest.skip(f"${SERVERS[request.param]} is not set (start the servers with .ci/services.sh)")
    store = Store(url)
    prefix = "rs" + uuid.uuid4().hex[:8]
    yield store, prefix
    for doc in store.documents():
        if doc.startswith(prefix):
            store.remove_document(doc)


def test_remote_ingest_replace_and_query(remote):
    store, prefix = remote
    a = _renamed(visit_en(), prefix)
    first = store.ingest(a, run=FIXED_RUN)
    graph_iri = iri.graph(a.document.id)
    n = store.count_triples(graph_iri)
    again = store.ingest(_renamed(visit_en(), prefix), run=FIXED_RUN)
    assert not first.replaced and again.replaced
    assert store.count_triples(graph_iri) == n == first.triples
    rows = store.query(f"""SELECT ?b WHERE {{ GRAPH <{graph_iri}> {{
        ?e a kb:StateVisit ; kb:visitor wd:Q3052772 ; sem:hasEarliestBeginTimeStamp ?b }} }} ORDER BY ?b""")
    assert [str(r["b"]) for r in rows] == ["2024-09-03", "2025-03-06"]
    with pytest.raises(QueryError):
        store.query(f"DROP GRAPH <{graph_iri}>")
    assert store.has_graph(graph_iri)


def test_remote_rejection_is_recorded_and_cleared(remote):
    store, prefix = remote
    bad = _renamed(visit_de(), prefix)
    bad.events[0].evidence = Span(10, len(bad.text) + 40)
    with pytest.raises(ShapeViolation):
        store.ingest(bad, run=FIXED_RUN)
    assert bad.document.id in {r.doc_id for r in store.rejected()}
    assert not store.has_graph(iri.graph(bad.document.id))
    store.ingest(_renamed(visit_de(), prefix), run=FIXED_RUN)
    assert bad.document.id not in {r.doc_id for r in store.rejected()}
    assert store.remove_document(bad.document.id) is True
