"""Re-extracting stored documents after the gazetteer changed (``kb relink``).

A stored document graph keeps what the pipeline needs to run again: the text (``nif:isString``),
id, language, publication date, source, title and mode. :func:`stored_documents` rebuilds the
:class:`kb.model.Document` of each; :func:`affected` names the documents a change of the KB's
gazetteer additions can concern.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from . import document as docio
from .model import Document
from .rdf import iri

__all__ = ["affected", "stored_documents"]

_DOC_QUERY = """
SELECT ?text ?lang ?issued ?source ?title ?mode WHERE {{ GRAPH <{graph}> {{
  ?d a nif:Context ; nif:isString ?text ; dcterms:identifier ?id .
  OPTIONAL {{ ?d dcterms:language ?lang }} OPTIONAL {{ ?d dcterms:issued ?issued }}
  OPTIONAL {{ ?d dcterms:source ?source }} OPTIONAL {{ ?d dcterms:title ?title }}
  OPTIONAL {{ ?d kb:documentMode ?mode }} }} }} LIMIT 1"""


def stored_documents(store, ids: Iterable[str] | None = None) -> Iterator[Document | docio.ReadProblem]:
    """The stored documents (``ids``, or all) rebuilt from their graphs, in id order."""
    for doc_id in sorted(store.documents() if ids is None else set(ids)):
        rows = store.select_text(_DOC_QUERY.format(graph=iri.graph(doc_id)))
        if not rows:
            yield docio.ReadProblem(doc_id, "the stored graph holds no document text; not re-extracted")
            continue
        r = rows[0]
        try:
            yield docio.make_document(r["text"], id=doc_id, lang=r.get("lang") or "de",
                                      published=r.get("issued"), source=r.get("source"),
                                      title=r.get("title"), mode=r.get("mode") or "news")
        except Exception as exc:  # noqa: BLE001 -- an old or edited graph costs its document, said
            yield docio.ReadProblem(doc_id, f"cannot be re-extracted: {exc}")


def affected(base) -> set[str]:
    """Documents a re-link can change: they link an entity the additions replaced or removed,
    or their text holds a surface form of an added entity."""
    additions = base.gazetteer_additions
    gz = base.gazetteer
    gone = set(additions.removed) | set(gz.replaced)
    out: set[str] = set()
    for eid in sorted(gone):
        rows = base.store.select_text(
            f"SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ ?m itsrdf:taIdentRef <{iri.entity(eid)}> }} }}")
        out.update(d for r in rows if (d := iri.doc_id_of(r["g"])) is not None)
    forms = sorted({f for eid in additions.ids() if (ent := gz.get(eid)) is not None
                    for fs in ent.labels.values() for f in fs if len(f) > 2})
    if not forms:
        return out
    import re

    pattern = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, sorted(forms, key=len, reverse=True)))
                         + r")(?!\w)")
    rows = base.store.select_text(
        "SELECT ?g ?text WHERE { GRAPH ?g { ?d a nif:Context ; nif:isString ?text } }")
    out.update(d for r in rows if (d := iri.doc_id_of(r["g"])) is not None and pattern.search(r["text"]))
    return out
