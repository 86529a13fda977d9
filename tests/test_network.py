"""The who-met-whom network (kb.network) and its GraphML/GEXF exports, read back by networkx."""

from __future__ import annotations

import io
import xml.etree.ElementTree as ET

import networkx as nx
import pytest

from fixtures_exports import fixture_store
from kb.exporters import export, select
from kb.exporters.records import Agent, Event, Report
from kb.network import actor_network, network_of

WD = "http://www.wikidata.org/entity/"
SCHOLZ, MACRON, BIDEN = WD + "Q61053", WD + "Q3052772", WD + "Q6279"
KISHIDA = "https://w3id.org/kb/id/entity/fumio-kishida"


@pytest.fixture(scope="module")
def store():
    s = fixture_store()
    yield s
    s.close()


def test_graphml_loads_in_networkx_with_the_expected_nodes_and_edges(store):
    g = nx.read_graphml(io.BytesIO(export(store, "graphml").encode("utf-8")))
    assert not g.is_directed()
    # Kishida's undated visit has no second actor: a node, no edge of its own
    assert sorted(g.nodes) == sorted([SCHOLZ, MACRON, BIDEN, KISHIDA])
    assert g.nodes[SCHOLZ] == {"label": "Olaf Scholz", "qid": "Q61053"}
    assert g.nodes[KISHIDA] == {"label": "Fumio Kishida"}
    assert g.number_of_edges() == 2
    # four reports of meetings, two of them one canonical event: three meetings
    assert g.edges[SCHOLZ, MACRON] == {"count": 3, "types": "Meeting", "first": "2023-01-01",
                                       "last": "2023-10-31", "id": "e0"}
    assert g.edges[BIDEN, KISHIDA]["count"] == 2 and g.edges[BIDEN, KISHIDA]["types"] == "PhoneCall Visit"


def test_gexf_is_well_formed_and_parses(store):
    text = export(store, "gexf")
    root = ET.fromstring(text)
    assert root.tag.endswith("gexf")
    g = nx.read_gexf(io.BytesIO(text.encode("utf-8")))
    assert g.number_of_nodes() == 4 and g.number_of_edges() == 2
    assert g.edges[SCHOLZ, MACRON]["weight"] == 3 and g.nodes[SCHOLZ]["label"] == "Olaf Scholz"


def test_filters_ego_network_window_and_types(store):
    nodes, edges = actor_network(store, actor="Olaf Scholz", since="2023-06")
    assert [n["qid"] for n in nodes] == ["Q3052772", "Q61053"]
    assert [(e["count"], e["first"], e["last"]) for e in edges] == [(2, "2023-06-07", "2023-10-31")]
    nodes, edges = actor_network(store, types=["PhoneCall"])
    assert [(e["source"], e["target"], e["count"], e["types"]) for e in edges] == [
        (BIDEN, KISHIDA, 1, ["PhoneCall"])]
    assert actor_network(store, since="2030") == ([], [])
    g = nx.read_graphml(io.BytesIO(export(store, "graphml", select(_Base(store), types=["Visit"])).encode()))
    assert g.number_of_edges() == 1 and g.edges[BIDEN, KISHIDA]["count"] == 1


class _Base:
    def __init__(self, store):
        self.store = store

    def resolve_actor(self, value):
        return [value]


def _event(iri, type_, names, status="past", earliest="2024-01-02", **flags):
    report = Report(iri=iri, doc_id="d", doc_iri="https://w3id.org/kb/id/doc/d", type=type_, status=status,
                    label=type_, earliest=earliest, latest=earliest, **flags)
    report.participants = [Agent(f"https://example.org/{i}", n, n) for i, n in enumerate(names)]
    return Event(iri, [report], earliest, earliest)


def test_events_that_did_not_happen_make_no_edge_and_names_are_escaped():
    events = [_event("e1", "Meeting", ["Ann <&> \x01", "Bo"]),
              _event("e2", "Meeting", ["Ann <&> \x01", "Bo"], status="did_not_occur"),
              _event("e3", "PhoneCall", ["Ann <&> \x01", "Bo"], negated=True),
              _event("e4", "Statement", ["Ann <&> \x01", "Bo"])]
    nodes, edges = network_of(events)
    assert [e["count"] for e in edges] == [1]

    class Request:
        title = "t"
        selection = select(_Base(None))

    Request.events = events
    from kb.exporters.graph import write_gexf, write_graphml

    for write, read in ((write_graphml, nx.read_graphml), (write_gexf, nx.read_gexf)):
        g = read(io.BytesIO(write(Request).encode("utf-8")))
        assert g.nodes["https://example.org/0"]["label"] == "Ann <&> "


def test_cli_writes_graphml(tmp_path, store):
    from click.testing import CliRunner

    from kb.cli import main

    path = tmp_path / "kb"
    s = fixture_store(path)
    s.close()
    out = tmp_path / "net.graphml"
    r = CliRunner().invoke(main, ["--store", str(path), "export", "--format", "graphml", "-o", str(out)])
    assert r.exit_code == 0, r.output
    assert nx.read_graphml(out).number_of_edges() == 2
