"""Entity linking: mentions of persons, places and organisations linked to Wikidata QIDs.

``annotate(analysis)`` fills ``analysis.mentions``: names from the gazetteer (with German
inflected and adjective forms), role descriptions resolved against the publication date
("der russische Präsident" in 2010 is Medvedev), institutions ("das Außenministerium in
Peking"), unknown persons, and in-document references (short forms, "the two leaders",
pronouns, metonyms such as "Peking teilte mit"). Boilerplate spans yield no mentions.

The gazetteer is given to the pipeline (:func:`kb.pipeline.analyse`): the shipped one, or a
KB's with its additions (:mod:`kb.entities.resource`). :func:`gazetteer` is the one of the
document being analysed; no file outside the package is read.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from ..model import Analysis
from . import coref, linker
from .resource import Additions, build
from .tables import Gazetteer

__all__ = ["Additions", "Gazetteer", "annotate", "build", "gazetteer", "using"]

_ACTIVE: ContextVar[Gazetteer | None] = ContextVar("kb_gazetteer", default=None)


def gazetteer() -> Gazetteer:
    """The gazetteer of the analysis under way (the shipped one outside an analysis)."""
    return _ACTIVE.get() or build(None)


@contextmanager
def using(gz: Gazetteer | None) -> Iterator[None]:
    """Analyse with ``gz`` (None: the shipped gazetteer) inside the ``with`` block."""
    token = _ACTIVE.set(gz)
    try:
        yield
    finally:
        _ACTIVE.reset(token)


def annotate(analysis: Analysis) -> None:
    """Fill ``analysis.mentions`` with linked mentions, skipping boilerplate spans."""
    doc = analysis.document
    gz = gazetteer()
    lang = doc.lang if doc.lang in ("de", "en") else doc.lang
    cands, finder = linker.find_candidates(gz, doc.text, lang, doc.published, analysis.sentences, analysis.timexes,
                                           doc.mode == "narrative")
    cands = [c for c in cands if not any(c.start < b.end and b.start < c.end for b in analysis.boilerplate)]
    chosen = linker.select(cands)
    mentions = coref.resolve(doc.text, lang, chosen, finder, gz, analysis.sentences)
    analysis.mentions = [m for m in mentions
                         if not any(m.start < b.end and b.start < m.end for b in analysis.boilerplate)]
    analysis.mentions = sorted(analysis.mentions + coref.speech_owners(analysis), key=lambda m: m.start)
