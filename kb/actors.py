"""Finding an actor by any name a user would type: a QID, an IRI, a label, an alias or a surname.

``--actor`` (CLI), ``actor=`` (API) and the actor parameters of the named queries
all go through :func:`resolve`. Names are compared case- and accent-insensitively
("olaf scholz", "Macrón"). A name that fits several entities, or none, is an
:class:`kb.errors.InputError` whose one line lists the closest matches, so a
user never gets an empty timeline for a typo.

>>> normalise("  Olaf   SCHOLZ ")
'olaf scholz'
>>> normalise("Macrón")
'macron'
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from kb.errors import InputError
from kb.lazy import LazyModule
from kb.rdf.prefixes import WD

iri = LazyModule("kb.rdf.iri")  # rdflib: only for names looked up in a gazetteer, not for a QID

__all__ = ["NameIndex", "normalise", "resolve"]

_QID = re.compile(r"[Qq][1-9][0-9]*")
_KINDS_WITH_SURNAMES = {"person"}


def normalise(name: str) -> str:
    """Case-folded, accents removed, white space collapsed."""
    decomposed = unicodedata.normalize("NFKD", name)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(bare.casefold().split())


@dataclass
class NameIndex:
    """Normalised names -> entity IRIs, with a display name per IRI.

    ``full`` holds labels and aliases; ``surnames`` the last word of a person's
    multi-word names, consulted only when no full name fits.
    """

    full: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    surnames: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    display: dict[str, str] = field(default_factory=dict)

    def add(self, entity_iri: str, names: Iterable[str], *, person: bool, display: str | None = None) -> None:
        for name in names:
            key = normalise(name)
            if not key:
                continue
            self.full[key].add(entity_iri)
            words = key.split(" ")
            if person and len(words) > 1:
                self.surnames[words[-1]].add(entity_iri)
        if display:
            self.display.setdefault(entity_iri, display)

    @classmethod
    def of_gazetteer(cls, gazetteer) -> "NameIndex":
        index = cls()
        for ent in gazetteer.entities.values():
            names = ent.forms
            index.add(str(iri.entity(ent.id)), names, person=ent.kind in _KINDS_WITH_SURNAMES, display=ent.name)
        return index

    def lookup(self, key: str) -> set[str]:
        return set(self.full.get(key, ())) or set(self.surnames.get(key, ()))

    def names(self) -> list[str]:
        return [*self.full, *self.surnames]

    def describe(self, entity_iri: str) -> str:
        name = self.display.get(entity_iri)
        qid = entity_iri.rsplit("/", 1)[-1] if entity_iri.startswith(WD) else None
        if name and qid:
            return f"{name} ({qid})"
        return name or entity_iri


def resolve(actor: str, index: NameIndex | Callable[[], NameIndex], store_labels: Callable[[], Iterable[tuple[str, str, bool]]],
            stored: Callable[[str], bool], same: Callable[[str], set[str]] | None = None,
            what: str = "actor") -> list[str]:
    """The IRI(s) of the KB's actor that a name given by the user stands for (``what``: the
    word the error messages use, ``"place"`` for a ``--place``).

    A QID or an IRI is taken as it is. A name is looked up among the names kb
    ships (``index``, the gazetteer), keeping the entities the KB holds
    (``stored(iri)``); then among the labels of the store's own actors
    (``store_labels()`` yields ``(iri, label, is_person)``; asked only then,
    since it reads the store; ``index`` may be a function that builds it,
    called only for a name). "Schulz" in a KB that has Olaf Scholz and no
    Martin Schulz is an error that suggests Scholz, not an empty timeline.

    ``same(iri)`` gives the IRIs that stand for one entity: an added entity with a QID and the
    local ids it replaced, whose IRIs documents stored before the addition still use. All of
    them are returned, so the actor's rows are found before and after ``kb relink``.
    """
    actor = (actor or "").strip()
    if not actor:
        raise InputError(f"an empty {what} name; give a name, a Wikidata QID such as Q7747, or an IRI")
    same = same or (lambda e: {e})
    parts = urlsplit(actor)
    if parts.scheme in ("http", "https") and parts.netloc:
        return sorted(same(actor))
    if _QID.fullmatch(actor):
        return sorted(same(WD + "Q" + actor[1:]))
    key = normalise(actor)
    if callable(index):
        index = index()
    found = {e for e in index.lookup(key) if any(stored(s) for s in same(e))}
    if not found:
        own = NameIndex()
        for entity_iri, label, person in store_labels():
            own.add(entity_iri, [label], person=person, display=index.display.get(entity_iri, label))
        found = own.lookup(key)
        if not found:
            raise InputError(_unknown(actor, key, own, what))
        index = _combined(index, own)
    entities = {frozenset(same(e)) for e in found}  # an old and a new IRI of one entity are one actor
    if len(entities) > 1:
        choices = ", ".join(sorted(index.describe(min(group, key=_qid_first)) for group in entities))
        raise InputError(f"{what} {actor!r} is ambiguous: {choices}; give the full name or the QID")
    return sorted(set().union(*entities))


def _qid_first(entity_iri: str) -> tuple[bool, str]:
    return (not entity_iri.startswith(WD), entity_iri)


def same_entity(replaced: dict[str, str]) -> Callable[[str], set[str]]:
    """``same`` for :func:`resolve` from a gazetteer's ``replaced`` (local id -> the id replacing it,
    possibly replaced in turn): every IRI of an entity maps to the IRIs of all its ids.

    >>> same = same_entity({"local:jo-doe": "Q99"})
    >>> sorted(same("http://www.wikidata.org/entity/Q99"))
    ['http://www.wikidata.org/entity/Q99', 'https://w3id.org/kb/id/entity/jo-doe']
    >>> same("https://w3id.org/kb/id/entity/jo-doe") == same("http://www.wikidata.org/entity/Q99")
    True
    """
    groups: dict[str, set[str]] = {}
    for old in replaced:
        new, seen = replaced[old], {old}
        while new in replaced and new not in seen:  # a replaced id that was replaced again
            seen.add(new)
            new = replaced[new]
        head = str(iri.entity(new))
        group = groups.setdefault(head, {head})
        group.add(str(iri.entity(old)))
    out = {member: frozenset(group) for group in groups.values() for member in group}
    return lambda e: set(out.get(e, (e,)))


def _combined(a: NameIndex, b: NameIndex) -> NameIndex:
    out = NameIndex()
    for src in (a, b):
        for k, v in src.full.items():
            out.full[k] |= v
        for k, v in src.surnames.items():
            out.surnames[k] |= v
        for k, v in src.display.items():
            out.display.setdefault(k, v)
    return out


def _unknown(actor: str, key: str, index: NameIndex, what: str = "actor") -> str:
    close = difflib.get_close_matches(key, index.names(), n=5, cutoff=0.75)
    suggestions: list[str] = []
    for name in close:
        for entity_iri in sorted(index.lookup(name)):
            described = index.describe(entity_iri)
            if described not in suggestions:
                suggestions.append(described)
    hint = f"; did you mean {', '.join(suggestions[:3])}?" if suggestions else \
        "; give a Wikidata QID such as Q7747 or an IRI"
    return f"no {what} called {actor!r} in the KB{hint}"
