"""The extraction pipeline: a plain loop of steps, Document in, Analysis out.

Each step is a module with ``annotate(analysis)`` that reads what earlier
steps set and sets its own field of :class:`kb.model.Analysis`:

    clean -> sentences -> temporal -> entities -> frames -> events -> claims

Nothing here touches stores, RDF or the command line.
"""

from __future__ import annotations

from collections.abc import Callable

from . import claims, clean, entities, events, frames, sentences, temporal
from .model import Analysis, Document

__all__ = ["STEPS", "analyse"]

STEPS: tuple[tuple[str, Callable[[Analysis], None]], ...] = (
    ("clean", clean.annotate),
    ("sentences", sentences.annotate),
    ("temporal", temporal.annotate),
    ("entities", entities.annotate),
    ("frames", frames.annotate),
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
    _drop_inverted_bounds(analysis)
    _drop_contradictory_claims(analysis)
    return analysis


def _drop_inverted_bounds(analysis: Analysis) -> None:
    """An event date whose earliest day lies after its latest is contradictory.

    Rather than have the document's graph rejected by the shapes (losing every
    good event with it), that one date keeps its value and text but loses its
    bounds, and the user is told.
    """
    dated = [(e.id, e.date) for e in analysis.events] + [(c.id, c.since) for c in analysis.claims]
    for item_id, date in dated:
        if date and date.earliest and date.latest and date.earliest > date.latest:
            analysis.warnings.append(
                f"{item_id}: date {date.value!r} ({date.text!r}) has earliest {date.earliest} after latest "
                f"{date.latest}; its bounds were dropped")
            date.earliest = date.latest = None


def _drop_contradictory_claims(analysis: Analysis) -> None:
    """A claim window that begins after the date the claim speaks from is contradictory.

    ("the first visit since 2025" in a 2024 text, usually a window taken from the
    wrong date expression.) As with an event's inverted date, the claim is kept
    and loses only its window, with a warning; the shapes would otherwise reject
    the whole document for it.
    """
    for c in analysis.claims:
        if c.since is None or c.since.earliest is None:
            continue
        as_of = c.as_of or analysis.document.published
        closed = "/" in c.since.value and not c.since.value.endswith("/..")
        ends = [d for d in (as_of, c.since.latest if closed else None) if d is not None]
        if ends and c.since.earliest > min(ends):
            analysis.warnings.append(
                f"{c.id}: claim window {c.since.value!r} ({c.since.text!r}) begins after the claim's date "
                f"{min(ends)}; the window was dropped")
            c.since = None
