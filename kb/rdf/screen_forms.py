"""Screen checks read off a document graph's triples in Python, where the SPARQL form costs more
than the graph is long (:func:`kb.rdf.validate.flagged_graphs`).

MentionTextShape (``shapes/mentions.ttl``) compares each mention's ``nif:anchorOf`` with the
document text between its offsets. Its SPARQL form takes ``STRLEN`` of the whole text and
``SUBSTR`` from its start for every mention: the engine counts characters from the text's
beginning each time, so a graph costs its mentions times its text's length (half of the screen's
query time over the development and corpus articles, most of it in the long histories). Here one
pass over the triples and a slice per mention (Python strings index in constant time).

A form here is used only for the constraint it was written for (keyed by the digest of the
shape's ``sh:select``, as :data:`kb.rdf.shapes_sparql.FAST_SPARQL`): a changed shape is screened
by its SPARQL form again. It flags every graph the SPARQL form flags (tests/test_screen_forms.py);
it may flag more (a mention without a typed document, offsets written as two equal numbers),
which only sends that graph to pySHACL, which decides.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

import pyoxigraph as ox

__all__ = ["PYTHON_FORMS", "mention_texts_hold"]

_NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"
_INTEGER = ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")
_CONTEXT, _BEGIN, _END, _ANCHOR, _TEXT = (ox.NamedNode(_NIF + local) for local in (
    "referenceContext", "beginIndex", "endIndex", "anchorOf", "isString"))


def mention_texts_hold(triples: Iterable[tuple]) -> bool:
    """MentionTextShape over one graph: every subject with a ``nif:referenceContext`` has one
    ``nif:beginIndex`` and one ``nif:endIndex`` (``xsd:integer``, 0 <= begin < end), one
    ``nif:anchorOf``, and each text (``nif:isString``) of each of its contexts is at least ``end``
    long and holds the anchor between the offsets. False where it may not hold."""
    read: dict = {_CONTEXT: {}, _BEGIN: {}, _END: {}, _ANCHOR: {}, _TEXT: {}}
    for s, p, o in triples:
        into = read.get(p)
        if into is not None:
            into.setdefault(s, []).append(o)
    begins, ends, anchors = read[_BEGIN], read[_END], read[_ANCHOR]
    # a literal's value is a new Python string each time it is read: once per text
    texts = {context: [t.value if isinstance(t, ox.Literal) else None for t in found]
             for context, found in read[_TEXT].items()}
    for mention, contexts in read[_CONTEXT].items():
        b, e, a = begins.get(mention, ()), ends.get(mention, ()), anchors.get(mention, ())
        if len(b) != 1 or len(e) != 1 or len(a) != 1:
            return False
        offsets = _offsets(b[0], e[0])
        if offsets is None or not isinstance(a[0], ox.Literal):
            return False
        start, end = offsets
        anchor = a[0].value
        for context in contexts:
            for text in texts.get(context, ()):
                if text is None or end > len(text) or text[start:end] != anchor:
                    return False
    return True


def _offsets(begin, end) -> tuple[int, int] | None:
    """The two ``xsd:integer`` offsets as numbers with 0 <= begin < end; else None."""
    if not (isinstance(begin, ox.Literal) and isinstance(end, ox.Literal)) \
            or begin.datatype != _INTEGER or end.datatype != _INTEGER:
        return None
    try:
        b, e = int(begin.value), int(end.value)
    except ValueError:
        return None
    return (b, e) if 0 <= b < e else None


# digest of a shape's sh:select (kb.rdf.shapes_sparql._digest) -> its Python form over a graph's triples
PYTHON_FORMS: dict[str, Callable[[Iterable[tuple]], bool]] = {
    "0135b2c6b1c32f1c": mention_texts_hold,  # MentionTextShape
}
