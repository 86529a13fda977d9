"""One bad extracted item never costs a document.

When a document's graph violates the shapes, the violations usually sit on one
extracted item (an event with a contradictory date, a claim whose window ends
before it begins), not on the document. :func:`offending_items` traces every
violation's focus node back to the event or claim it belongs to;
:meth:`kb.model.Analysis.drop` removes those items (and what was derived from them) from the
analysis with a warning each, so the graph can be rebuilt and validated again.
A violation that belongs to no item (the document node itself, its text, its
provenance) cannot be salvaged: the document is then rejected as before.
"""

from __future__ import annotations

from rdflib import Graph, URIRef

from kb.model import Analysis
from kb.rdf import iri
from kb.rdf.validate import results

__all__ = ["offending_items", "validate_salvaging"]

# How far back from a violating node to look for the item it belongs to
# (event -> date node -> ..., event -> participant role node -> ...).
_HOPS = 3


def offending_items(analysis: Analysis, graph: Graph, problems) -> dict[str, list[str]] | None:
    """Item id -> the messages of the violations it causes; ``None`` if any violation belongs to no item.

    ``problems`` are :class:`kb.rdf.validate.Result` objects of ``graph``, the
    graph built from ``analysis``.
    """
    doc_id = analysis.document.id
    items: dict[URIRef, str] = {iri.event(doc_id, e.id): e.id for e in analysis.events}
    items.update({iri.claim(doc_id, c.id): c.id for c in analysis.claims})
    out: dict[str, list[str]] = {}
    for problem in problems:
        # a graph-wide check reports the document as focus and the bad node as its value
        nodes = [URIRef(n) for n in (problem.value, problem.focus) if n and n.startswith(("http", "urn"))]
        owner = next((o for o in (_owner(graph, n, items) for n in nodes) if o is not None), None)
        if owner is None:
            return None
        out.setdefault(owner, []).append(problem.message)
    return out


def _owner(graph: Graph, node: URIRef, items: dict[URIRef, str]) -> str | None:
    frontier = {node}
    seen: set = set()
    for _ in range(_HOPS + 1):
        owners = {items[n] for n in frontier if n in items}
        if len(owners) == 1:
            return owners.pop()
        if len(owners) > 1:  # a node shared by several items: none of them alone is at fault
            return None
        seen |= frontier
        frontier = {s for n in frontier for s in graph.subjects(None, n)} - seen
        if not frontier:
            return None
    return None


def validate_salvaging(analysis: Analysis, built, rebuild, as_graph):
    """``(built, violations)`` for a document's graph, after dropping the items that cause them.

    ``built`` is the graph built from ``analysis`` (in whatever form the caller
    writes), ``rebuild(analysis)`` builds it again, ``as_graph(built)`` gives the
    rdflib graph to validate. When every violation belongs to an event or
    claim, those items are dropped from the analysis (a warning each) and the
    rebuilt graph is validated again; otherwise the violations are returned as
    they are and the caller rejects the document. So they are too when every
    item is at fault: then the fault is the document's (or kb's), and the
    rejected document is kept for re-ingesting.
    """
    problems = _violations(as_graph(built))
    if not problems:
        return built, problems
    reasons = offending_items(analysis, as_graph(built), problems)
    if not reasons or set(reasons) >= {e.id for e in analysis.events} | {c.id for c in analysis.claims}:
        # nothing would be left: a fault of the whole document (or of kb), not of one item
        return built, problems
    analysis.drop(reasons)
    built = rebuild(analysis)
    return built, _violations(as_graph(built))


def _violations(graph: Graph) -> list:
    return [r for r in results(graph) if r.severity == "Violation"]
