"""GraphML and GEXF: the who-met-whom network (:mod:`kb.network`) for networkx and Gephi.

Nodes are actors (id: the entity IRI; label, qid), edges undirected with the
number of shared events (``count``, also the GEXF ``weight``), their types and
the first and last date. Both files are built with ElementTree, so names are
escaped; characters XML 1.0 cannot hold are dropped.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from ..network import network_of

__all__ = ["write_gexf", "write_graphml"]

_NOT_XML = re.compile("[^\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_GRAPHML = "http://graphml.graphdrawing.org/xmlns"
_GEXF = "http://www.gexf.net/1.2draft"  # the version networkx reads and Gephi opens


def _clean(value) -> str:
    return _NOT_XML.sub("", "" if value is None else str(value))


def _network(request):
    return network_of(request.events, request.selection.types or None)


def write_graphml(request) -> str:
    """The network as GraphML (undirected; node keys label, qid; edge keys count, types, first, last)."""
    nodes, edges = _network(request)
    ET.register_namespace("", _GRAPHML)
    root = ET.Element(f"{{{_GRAPHML}}}graphml")
    keys = (("label", "node", "string"), ("qid", "node", "string"), ("count", "edge", "int"),
            ("types", "edge", "string"), ("first", "edge", "string"), ("last", "edge", "string"))
    for name, where, kind in keys:
        ET.SubElement(root, f"{{{_GRAPHML}}}key", {"id": name, "for": where, "attr.name": name,
                                                  "attr.type": kind})
    graph = ET.SubElement(root, f"{{{_GRAPHML}}}graph", {"id": "kb-actors", "edgedefault": "undirected"})

    def data(parent, key, value) -> None:
        if value is not None and value != "":
            ET.SubElement(parent, f"{{{_GRAPHML}}}data", {"key": key}).text = _clean(value)

    for n in nodes:
        el = ET.SubElement(graph, f"{{{_GRAPHML}}}node", {"id": _clean(n["id"])})
        data(el, "label", n["label"])
        data(el, "qid", n["qid"])
    for i, e in enumerate(edges):
        el = ET.SubElement(graph, f"{{{_GRAPHML}}}edge", {"id": f"e{i}", "source": _clean(e["source"]),
                                                          "target": _clean(e["target"])})
        data(el, "count", e["count"])
        data(el, "types", " ".join(e["types"]))
        data(el, "first", e["first"])
        data(el, "last", e["last"])
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def write_gexf(request) -> str:
    """The network as GEXF 1.2 (undirected, edge weight = count; attributes qid, types, first, last)."""
    nodes, edges = _network(request)
    ET.register_namespace("", _GEXF)
    root = ET.Element(f"{{{_GEXF}}}gexf", {"version": "1.2"})
    meta = ET.SubElement(root, f"{{{_GEXF}}}meta")
    ET.SubElement(meta, f"{{{_GEXF}}}creator").text = "kb"
    ET.SubElement(meta, f"{{{_GEXF}}}description").text = _clean(request.title)
    graph = ET.SubElement(root, f"{{{_GEXF}}}graph", {"defaultedgetype": "undirected", "mode": "static"})
    node_attrs = ET.SubElement(graph, f"{{{_GEXF}}}attributes", {"class": "node"})
    ET.SubElement(node_attrs, f"{{{_GEXF}}}attribute", {"id": "qid", "title": "qid", "type": "string"})
    edge_attrs = ET.SubElement(graph, f"{{{_GEXF}}}attributes", {"class": "edge"})
    for name in ("types", "first", "last"):
        ET.SubElement(edge_attrs, f"{{{_GEXF}}}attribute", {"id": name, "title": name, "type": "string"})

    def values(parent, pairs) -> None:
        pairs = [(k, v) for k, v in pairs if v]
        if pairs:
            box = ET.SubElement(parent, f"{{{_GEXF}}}attvalues")
            for k, v in pairs:
                ET.SubElement(box, f"{{{_GEXF}}}attvalue", {"for": k, "value": _clean(v)})

    node_box = ET.SubElement(graph, f"{{{_GEXF}}}nodes")
    for n in nodes:
        el = ET.SubElement(node_box, f"{{{_GEXF}}}node", {"id": _clean(n["id"]), "label": _clean(n["label"])})
        values(el, [("qid", n["qid"])])
    edge_box = ET.SubElement(graph, f"{{{_GEXF}}}edges")
    for i, e in enumerate(edges):
        el = ET.SubElement(edge_box, f"{{{_GEXF}}}edge", {
            "id": str(i), "source": _clean(e["source"]), "target": _clean(e["target"]),
            "weight": str(e["count"])})
        values(el, [("types", " ".join(e["types"])), ("first", e["first"]), ("last", e["last"])])
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
