"""Who met whom: the actor network of meetings, calls and visits.

Nodes are the actors of the selected events; an edge joins two actors who
took part in one event together, with how many events (a canonical event
merged from several reports counts once), their types and the first and last
date. Events that did not occur, hypothetical and negated ones are left out.
``kb export --format graphml|gexf`` writes it for Gephi and networkx
(:mod:`kb.exporters.graph`).

>>> from kb.store import Store                                    # doctest: +SKIP
>>> nodes, edges = actor_network(Store(None), since="2024")       # doctest: +SKIP
"""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = ["INTERACTION_TYPES", "actor_network", "network_of"]

# What "meeting" means here: the types in which the actors meet or speak (their sub-types too).
INTERACTION_TYPES = ("Meeting", "Summit", "PhoneCall", "Visit")
_LEFT_OUT_STATUSES = {"did_not_occur", "hypothetical"}


@dataclass
class _Edge:
    count: int = 0
    types: set[str] = field(default_factory=set)
    first: str | None = None
    last: str | None = None


def interaction_types() -> list[str]:
    from .timeline import expand_types

    return expand_types(list(INTERACTION_TYPES))


def network_of(events, types=None) -> tuple[list[dict], list[dict]]:
    """``(nodes, edges)`` of :class:`kb.exporters.records.Event` items.

    ``types`` (names, sub-types included) picks the events that make edges;
    default :data:`INTERACTION_TYPES`. Nodes are sorted by id, edges by
    (source, target) with ``source < target``.
    """
    from .timeline import expand_types

    wanted = set(expand_types(list(types)) if types else interaction_types())
    nodes: dict[str, dict] = {}
    edges: dict[tuple[str, str], _Edge] = {}
    for e in events:
        lead = e.lead
        if e.type not in wanted or lead.negated or lead.hypothetical or lead.status in _LEFT_OUT_STATUSES:
            continue
        actors = {}
        for report in e.reports:
            for a in report.participants:
                actors.setdefault(a.iri, a)
        for a in actors.values():
            nodes.setdefault(a.iri, {"id": a.iri, "qid": a.qid, "label": a.name})
        ids = sorted(actors)
        for i, a in enumerate(ids):
            for b in ids[i + 1:]:
                edge = edges.setdefault((a, b), _Edge())
                edge.count += 1
                edge.types.add(e.type)
                if e.earliest:
                    edge.first = min(edge.first or e.earliest, e.earliest)
                if e.latest or e.earliest:
                    end = e.latest or e.earliest
                    edge.last = max(edge.last or end, end)
    return ([nodes[k] for k in sorted(nodes)],
            [{"source": a, "target": b, "count": x.count, "types": sorted(x.types), "first": x.first,
              "last": x.last} for (a, b), x in sorted(edges.items())])


def actor_network(store, since: str | None = None, until: str | None = None, types=None,
                  actor: str | None = None) -> tuple[list[dict], list[dict]]:
    """The who-met-whom network of ``store``.

    ``since``/``until`` are ``YYYY[-MM[-DD]]`` (events overlapping the window);
    ``types`` event type names (default: meetings, summits, calls, visits);
    ``actor`` a name, QID or IRI: only the events it took part in (its ego
    network). Returns ``(nodes, edges)``: nodes ``{"id", "qid", "label"}``,
    edges ``{"source", "target", "count", "types", "first", "last"}``.
    """
    from .api import KnowledgeBase
    from .exporters import ExportRequest, select

    type_names = list(types) if types else interaction_types()
    selection = select(KnowledgeBase(store), actor=actor, types=type_names, since=since, until=until)
    return network_of(ExportRequest(store, selection).events, type_names)
