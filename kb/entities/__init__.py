"""Entity linking: mentions of persons, places and organisations linked to Wikidata QIDs.

``annotate(analysis)`` fills ``analysis.mentions``: names from the gazetteer (with German
inflected and adjective forms), role descriptions resolved against the publication date
("der russische Präsident" in 2010 is Medvedev), institutions ("das Außenministerium in
Peking"), unknown persons, and in-document references (short forms, "the two leaders",
pronouns, metonyms such as "Peking teilte mit"). Boilerplate spans yield no mentions.
"""

from __future__ import annotations

from functools import lru_cache

from ..model import Analysis
from . import coref, linker
from .tables import Gazetteer, load, user_path
from .userfile import add_entities

__all__ = ["Gazetteer", "add_entities", "annotate", "gazetteer", "reload"]


@lru_cache(maxsize=None)
def _cached(path: str) -> Gazetteer:
    from pathlib import Path
    return load(Path(path))


def gazetteer() -> Gazetteer:
    """The shipped gazetteer plus the user's additions (cached per user file location)."""
    return _cached(str(user_path()))


def reload() -> None:
    """Forget the cached gazetteer (after the user file changed)."""
    _cached.cache_clear()


def annotate(analysis: Analysis) -> None:
    """Fill ``analysis.mentions`` with linked mentions, skipping boilerplate spans."""
    doc = analysis.document
    gz = gazetteer()
    lang = doc.lang if doc.lang in ("de", "en") else doc.lang
    cands, finder = linker.find_candidates(gz, doc.text, lang, doc.published)
    cands = [c for c in cands if not any(c.start < b.end and b.start < c.end for b in analysis.boilerplate)]
    chosen = linker.select(cands)
    mentions = coref.resolve(doc.text, lang, chosen, finder, gz, analysis.sentences)
    analysis.mentions = [m for m in mentions
                         if not any(m.start < b.end and b.start < m.end for b in analysis.boilerplate)]
