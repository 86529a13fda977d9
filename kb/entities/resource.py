"""The gazetteer of one KB: the shipped data plus the KB's own additions, kept in its store.

Additions live in the named graph ``kbr:graph/_gazetteer`` (so ``kb serve``, RDF exports and a
copy of the store carry them): one ``kb:GazetteerEntry`` per added entity, holding its row
(:data:`kb.entities.imports.ROW`, tab-separated, as ``kb:gazetteerRow``), and one
``kb:GazetteerRemoval`` per removed id. :func:`build` turns them into the
:class:`~kb.entities.tables.Gazetteer` the pipeline is given.

An added entry with a QID replaces a shipped (or earlier added) entity with a local id of the
same kind and name (any of the entry's labels), or the local ids its ``replaces`` column names:
the old entity's surface forms, adjectives, tags and offices pass to the new id.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from functools import lru_cache

from ..errors import InputError
from .imports import ROW
from .tables import Gazetteer, Office, load, parse_offices, parse_row

__all__ = ["GRAPH", "Additions", "build", "read", "write"]

GRAPH = "https://w3id.org/kb/id/graph/_gazetteer"
_KB = "https://w3id.org/kb/ns#"
_I = {c: i for i, c in enumerate(ROW)}


@dataclass(frozen=True)
class Additions:
    """A KB's additions to the shipped gazetteer: rows (tuples of :data:`ROW`) and removed ids."""

    rows: tuple[tuple[str, ...], ...] = ()
    removed: tuple[str, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.rows or self.removed)

    def ids(self) -> set[str]:
        return {r[0] for r in self.rows}

    def with_rows(self, rows: list[list[str]]) -> "Additions":
        """These additions with ``rows`` added (an id already added is replaced; a removed id is back)."""
        new = {r[0]: tuple(r) for r in rows}
        kept = [r for r in self.rows if r[0] not in new]
        return Additions(tuple(sorted(kept + list(new.values()))),
                         tuple(i for i in self.removed if i not in new))

    def without(self, eid: str, shipped: bool) -> "Additions":
        """These additions with ``eid`` gone (a shipped id is recorded as removed)."""
        rows = tuple(r for r in self.rows if r[0] != eid)
        removed = tuple(sorted({*self.removed, eid})) if shipped else self.removed
        return Additions(rows, removed)


def _row(fields) -> tuple[str, ...]:
    fields = list(fields)[:len(ROW)]
    return tuple(fields + [""] * (len(ROW) - len(fields)))


def _split(s: str) -> list[str]:
    return [x.strip() for x in s.split(";") if x.strip()]


def _norm(name: str) -> str:
    from ..actors import normalise

    return normalise(name)


@lru_cache(maxsize=8)
def build(additions: Additions | None = None) -> Gazetteer:
    """The shipped gazetteer with ``additions`` applied (cached: equal additions, one gazetteer)."""
    gz = load()
    if not additions:
        return gz
    locals_by_name: dict[tuple[str, str], set[str]] = {}
    for ent in gz.entities.values():
        if ent.id.startswith("local:"):
            for name in {ent.name, *ent.labels.get("en", ())}:
                locals_by_name.setdefault((ent.kind, _norm(name)), set()).add(ent.id)
    replaced: dict[str, str] = {}
    offices = list(gz.offices)  # those of a replaced entity pass to its successor
    extra: list[Office] = []
    for fields in additions.rows:
        where = f"{GRAPH}: entity {fields[0]}"
        ent, adjectives, tags = parse_row(list(fields[:9]), where)
        for item in _split(fields[_I["labels"]]):
            form, _, lang = item.rpartition("@")
            if form and lang:
                ent.labels.setdefault(lang, [])
                if form not in ent.labels[lang]:
                    ent.labels[lang].append(form)
        olds = set(_split(fields[_I["replaces"]]))
        if ent.qid:
            names = {_norm(f) for f in ent.forms}
            olds |= {i for n in names for i in locals_by_name.get((ent.kind, n), ())}
        olds = {o for o in olds if o != ent.id and o in gz.entities}
        for old in sorted(olds):
            ent, adjectives, tags = _inherit(gz, old, ent, adjectives, tags)
            gz.remove(old)
            replaced[old] = ent.id
        gz.add(ent, adjectives, tags)
        extra += parse_offices(ent.id, fields[_I["offices"]], where)
    for eid in additions.removed:
        gz.remove(eid)
    gz.replaced.update(replaced)
    _reattach_offices(gz, offices + extra, replaced, set(additions.removed))
    return gz


def _inherit(gz: Gazetteer, old: str, ent, adjectives, tags):
    """``ent`` with the surface forms, adjectives, tags and country of the entity it replaces."""
    prev = gz.entities[old]
    labels = {lang: list(forms) for lang, forms in ent.labels.items()}
    for lang, forms in prev.labels.items():
        for form in forms:
            if form not in labels.setdefault(lang, []):
                labels[lang].append(form)
    adjectives = {lang: list(forms) for lang, forms in adjectives.items()}
    for lang, table in gz.adjectives.items():
        adjectives.setdefault(lang, []).extend(f for f, eid in table.items() if eid == old)
    ent = dataclasses.replace(ent, labels=labels, country=ent.country or prev.country, offices=[])
    return ent, adjectives, set(tags) | gz.tags.get(old, set())


def _reattach_offices(gz: Gazetteer, offices: list[Office], replaced: dict[str, str], removed: set[str]) -> None:
    gz.offices = []
    gz._by_person.clear()
    for ent in gz.entities.values():
        ent.offices.clear()
    seen = set()
    for off in offices:
        off = Office(replaced.get(off.person, off.person), off.role,
                     replaced.get(off.jurisdiction, off.jurisdiction), off.start, off.end)
        key = (off.person, off.role, off.jurisdiction, off.start)
        if off.person in removed or key in seen:
            continue
        seen.add(key)
        gz.add_office(off)


# -- in the store -------------------------------------------------------------------------------
def read(store) -> Additions:
    """The additions kept in ``store`` (empty when it has none)."""
    rows = store.select_text(
        f"SELECT ?row ?removed WHERE {{ GRAPH <{GRAPH}> {{ "
        f"{{ ?e a <{_KB}GazetteerEntry> ; <{_KB}gazetteerRow> ?row }} UNION "
        f"{{ ?r a <{_KB}GazetteerRemoval> ; <{_KB}entityId> ?removed }} }} }}")
    entries, removed = [], []
    for r in rows:
        if r.get("row"):
            entries.append(_row(r["row"].split("\t")))
        elif r.get("removed"):
            removed.append(r["removed"])
    for fields in entries:  # a hand-edited graph: checked like a file
        parse_row(list(fields[:9]), f"{GRAPH}: entity {fields[0]}")
    return Additions(tuple(sorted(entries)), tuple(sorted(set(removed))))


def write(store, additions: Additions) -> None:
    """Replace the store's additions with ``additions`` (one transaction)."""
    from rdflib import RDF, Graph, Literal, Namespace, URIRef

    from ..rdf import iri

    kb = Namespace(_KB)
    g = Graph(identifier=URIRef(GRAPH))
    for fields in additions.rows:
        node = URIRef(f"{GRAPH}/entry/{_slug(fields[0])}")
        g.add((node, RDF.type, kb.GazetteerEntry))
        g.add((node, kb.entityId, Literal(fields[0])))
        g.add((node, kb.entity, iri.entity(fields[0])))
        g.add((node, kb.gazetteerRow, Literal("\t".join(fields))))
    for eid in additions.removed:
        node = URIRef(f"{GRAPH}/removed/{_slug(eid)}")
        g.add((node, RDF.type, kb.GazetteerRemoval))
        g.add((node, kb.entityId, Literal(eid)))
    if len(g):
        store.put_graph(GRAPH, g)
    else:
        store.delete_graph(GRAPH)


def _slug(eid: str) -> str:
    return re.sub(r"[^A-Za-z0-9_-]+", "-", eid)


def check_replaces(rows: list[list[str]], known: set[str], where: dict[str, str]) -> None:
    """Every id a row's ``replaces`` names must exist (shipped or added)."""
    for fields in rows:
        for old in _split(fields[_I["replaces"]]):
            if old not in known:
                raise InputError(f"{where.get(fields[0], fields[0])}: replaces {old!r}, which is not in the "
                                 f"gazetteer (see `kb gazetteer list`)")
