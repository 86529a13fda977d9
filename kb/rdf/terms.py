"""Moving RDF terms between pyoxigraph (storage, fast SPARQL) and rdflib (building, inspecting)."""

from __future__ import annotations

import pyoxigraph as ox
from rdflib import BNode, Literal, URIRef

__all__ = ["converting_once", "to_oxigraph", "to_rdflib"]

_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


def to_rdflib(term):
    """A pyoxigraph term as an rdflib term (plain strings without ``xsd:string``).

    >>> to_rdflib(ox.Literal("Peking", language="de"))
    rdflib.term.Literal('Peking', lang='de')
    """
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        if term.datatype.value == _XSD_STRING:
            return Literal(term.value)
        return Literal(term.value, datatype=URIRef(term.datatype.value))
    raise TypeError(f"unsupported RDF term {term!r}")


def to_oxigraph(term):
    """An rdflib term as a pyoxigraph term.

    >>> to_oxigraph(Literal("Peking", lang="de"))
    <Literal value=Peking language=de>
    """
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype is not None:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    raise TypeError(f"unsupported RDF term {term!r}")


def converting_once(convert):
    """``convert`` with a cache: a graph's predicates and classes repeat, so each term is converted once.

    >>> term = converting_once(to_rdflib)
    >>> term(ox.NamedNode("http://example.org/a")) is term(ox.NamedNode("http://example.org/a"))
    True
    """
    memo: dict = {}

    def term(t):
        r = memo.get(t)
        if r is None:
            r = memo[t] = convert(t)
        return r

    return term
