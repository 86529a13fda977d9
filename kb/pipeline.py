"""The extraction pipeline: a plain loop of steps, Document in, Analysis out.

Each step is a module with ``annotate(analysis)`` that reads what earlier
steps set and sets its own field of :class:`kb.model.Analysis`:

    clean -> sentences -> temporal -> entities -> events -> claims

Nothing here touches stores, RDF or the command line.
"""

from __future__ import annotations

from collections.abc import Callable

from . import claims, clean, entities, events, sentences, temporal
from .model import Analysis, Document

__all__ = ["STEPS", "analyse"]

STEPS: tuple[tuple[str, Callable[[Analysis], None]], ...] = (
    ("clean", clean.annotate),
    ("sentences", sentences.annotate),
    ("temporal", temporal.annotate),
    ("entities", entities.annotate),
    ("events", events.annotate),
    ("claims", claims.annotate),
)


def analyse(document: Document, *, until: str | None = None) -> Analysis:
    """Run the pipeline over one document (optionally only up to step ``until``)."""
    analysis = Analysis(document=document)
    for name, step in STEPS:
        step(analysis)
        if name == until:
            break
    return analysis
