"""Minting of kb's IRIs: the only place they are built (``docs/rdf-model.md``).

Document ids are percent-encoded with ``quote(id, safe="")`` so any id (with
slashes, spaces, umlauts) yields one IRI path segment, and :func:`doc_id_of`
turns a document or graph IRI back into the id.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

from rdflib import URIRef

from kb.model import EVENT_TYPES
from kb.rdf.namespaces import KB, KBR, WD
from kb.rdf.prefixes import DOC_PREFIX as _DOC_PREFIX
from kb.rdf.prefixes import GRAPH_PREFIX as _GRAPH_PREFIX
from kb.rdf.prefixes import doc_id_of, doc_segment

__all__ = [
    "CANONICAL_GRAPH",
    "canonical_event",
    "claim",
    "doc_id_of",
    "document",
    "entity",
    "event",
    "graph",
    "local_entity",
    "mention",
    "run",
    "slug",
    "timex",
    "type_class",
]

CANONICAL_GRAPH = URIRef(f"{_GRAPH_PREFIX}_canonical")


_seg = doc_segment  # (in kb.rdf.prefixes: the store names rejection records with it, without rdflib)


def document(doc_id: str) -> URIRef:
    """The document node.

    >>> str(document("a b/c"))
    'https://w3id.org/kb/id/doc/a%20b%2Fc'
    """
    return URIRef(f"{_DOC_PREFIX}{_seg(doc_id)}")


def graph(doc_id: str) -> URIRef:
    """The document's named graph."""
    return URIRef(f"{_GRAPH_PREFIX}{_seg(doc_id)}")


def event(doc_id: str, event_id: str) -> URIRef:
    return URIRef(f"{document(doc_id)}/event/{_seg(event_id)}")


def claim(doc_id: str, claim_id: str) -> URIRef:
    return URIRef(f"{document(doc_id)}/claim/{_seg(claim_id)}")


def timex(doc_id: str, n: int) -> URIRef:
    """The ``n``-th (1-based) temporal expression of a document."""
    return URIRef(f"{document(doc_id)}/timex/{n}")


def mention(doc_id: str, start: int, end: int) -> URIRef:
    """A NIF offset-based string (RFC 5147 style fragment)."""
    return URIRef(f"{document(doc_id)}#char={start},{end}")


def slug(text: str) -> str:
    """A lower-case ASCII slug.

    >>> slug("Außenministerium Chinas")
    'aussenministerium-chinas'
    """
    text = text.replace("ß", "ss")
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    text = re.sub(r"[^A-Za-z0-9]+", "-", text).strip("-").lower()
    return text or "x"


def entity(entity_id: str) -> URIRef:
    """A gazetteer entity: Wikidata for QIDs, ``kbr:entity/{slug}`` otherwise.

    >>> str(entity("Q7747"))
    'http://www.wikidata.org/entity/Q7747'
    >>> str(entity("local:alexander-gabuev"))
    'https://w3id.org/kb/id/entity/alexander-gabuev'
    """
    if re.fullmatch(r"Q[0-9]+", entity_id):
        return WD[entity_id]
    local = entity_id.split(":", 1)[1] if entity_id.startswith("local:") else entity_id
    return URIRef(f"{KBR}entity/{slug(local)}")


def local_entity(doc_id: str, label: str) -> URIRef:
    """An entity the text names but no gazetteer knows; scoped to its document,
    because the same words ("the minister") may mean someone else elsewhere."""
    return URIRef(f"{document(doc_id)}/entity/{slug(label)}")


def run(tool_version: str, rules_version: str, started: str) -> URIRef:
    """An extraction run, identified by what produced it and when."""
    h = hashlib.sha1(f"{tool_version}|{rules_version}|{started}".encode()).hexdigest()
    return URIRef(f"{KBR}run/{h[:16]}")


def canonical_event(key: str) -> URIRef:
    """A cross-document canonical event, named by a hash of what it merges."""
    h = hashlib.sha1(key.encode()).hexdigest()
    return URIRef(f"{KBR}canonical/{h[:16]}")


def type_class(type_name: str) -> URIRef:
    """The ``kb:`` class of an event type name; unknown names map to ``kb:Other``.

    >>> type_class("StateVisit") == KB.StateVisit
    True
    >>> type_class("Parade") == KB.Other
    True
    """
    return KB[type_name] if type_name in _EVENT_CLASSES else KB.Other


_EVENT_CLASSES = frozenset(EVENT_TYPES)
