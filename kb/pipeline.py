"""The extraction pipeline: a plain loop of steps, Document in, Analysis out.

Each step is a module with ``annotate(analysis)`` that reads what earlier
steps set and sets its own field of :class:`kb.model.Analysis`:

    clean -> sentences -> temporal -> entities -> frames -> events -> claims

A step that fails on a document raises :class:`kb.errors.PipelineError`
naming the step, so the caller rejects that one document and goes on.

Nothing here touches stores, RDF or the command line.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from . import claims, clean, entities, events, frames, sections, sentences, temporal
from .entities import Gazetteer
from .errors import KBError, PipelineError
from .model import Analysis, Document, Span
# Temporal tagging looks at the whole sentence of each date it resolves (its tense), so a
# text without sentence ends costs it quadratic time; it gets such a text in pieces.
# Its sentence ends are its own (kb.temporal.tense), not those of kb.sentences.
from .temporal.tense import _SENTENCE_END as _TEMPORAL_SENTENCE_END

__all__ = ["STEPS", "analyse"]

# Warnings of one kind kept from the pieces of a cut text (the rest are counted).
_PIECE_WARNINGS = 3


def _temporal(analysis: Analysis) -> None:
    """The temporal step, run piece by piece over a text with over-long sentences."""
    text = analysis.text
    cuts = _temporal_cuts(text)
    if not cuts:
        temporal.annotate(analysis)
        return
    doc = analysis.document
    found, notes = [], []
    bounds = [0, *cuts, len(text)]
    for a, b in zip(bounds, bounds[1:]):
        if not text[a:b].strip():
            continue
        piece = Analysis(document=dataclasses.replace(doc, text=text[a:b]),
                         boilerplate=[Span(max(s.start, a) - a, min(s.end, b) - a)
                                      for s in analysis.boilerplate if s.start < b and a < s.end])
        temporal.annotate(piece)
        found += [dataclasses.replace(t, start=t.start + a, end=t.end + a) for t in piece.timexes]
        notes += piece.warnings
    analysis.timexes = found
    analysis.warnings += notes[:_PIECE_WARNINGS]
    if len(notes) > _PIECE_WARNINGS:
        analysis.warnings.append(f"and {len(notes) - _PIECE_WARNINGS} more date warnings from the "
                                 "pieces of the over-long sentences")
    if doc.mode == "narrative":
        analysis.warnings.append("narrative dates were resolved piece by piece in the over-long "
                                 "sentences: a date that refers to one in an earlier piece is resolved "
                                 "against the publication date instead")


def _temporal_cuts(text: str) -> list[int]:
    """Cut points inside the temporal step's over-long sentences (none in normal text)."""
    limit = sentences.MAX_SENTENCE_CHARS
    cuts: list[int] = []
    start = 0
    for end in [m.end() for m in _TEMPORAL_SENTENCE_END.finditer(text)] + [len(text)]:
        if end - start > limit:
            cuts += sentences.cut_points(text, start, end, limit)
        start = end
    return cuts


STEPS: tuple[tuple[str, Callable[[Analysis], None]], ...] = (
    ("clean", clean.annotate),
    ("sentences", sentences.annotate),
    ("temporal", _temporal),
    ("entities", entities.annotate),
    ("frames", frames.annotate),
    ("events", events.annotate),
    ("claims", claims.annotate),
)


def analyse(document: Document, *, until: str | None = None, gazetteer: Gazetteer | None = None) -> Analysis:
    """Run the pipeline over one document (optionally only up to step ``until``).

    ``gazetteer`` is the one to link entities with (a KB's: :func:`kb.entities.build` of its
    additions); None is the shipped gazetteer.

    Raises :class:`kb.errors.PipelineError` when a step fails on the document
    (any exception but a :class:`kb.errors.KBError`, which passes unchanged).
    """
    with entities.using(gazetteer):
        return _analyse(document, until)


def _analyse(document: Document, until: str | None) -> Analysis:
    analysis = Analysis(document=document)
    _language_notes(analysis)
    parts: list[sections.Section] | None = None  # a very long document's sections (kb.sections)
    for name, step in STEPS:
        if name in _BY_SECTION:
            if parts is None:
                parts = sections.split(analysis)
            for part in parts:
                _run(name, step, part.analysis)
        if not parts:
            _run(name, step, analysis)
        if name == until:
            break
    if parts:
        _run("sections", lambda a: sections.merge(a, parts), analysis)
    _run("dates", _drop_inverted_bounds, analysis)
    _run("claim windows", _drop_contradictory_claims, analysis)
    return analysis


# Steps run section by section on a very long document (their cost grows with the square of it).
# Frames go with them (events read the frames of their own section); the frames of a sectioned
# document are not kept on the whole analysis (no later step reads them).
_BY_SECTION = ("entities", "frames", "events", "claims")


def _run(name: str, step: Callable[[Analysis], None], analysis: Analysis) -> None:
    try:
        step(analysis)
    except KBError:
        raise
    except Exception as exc:  # a bug or an unforeseen input costs this document, not the run
        raise PipelineError(f"internal error in the {name} step ({type(exc).__name__}: "
                            f"{_one_line(exc)}); please report it with this document", name) from exc


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split())[:300]


def _drop_inverted_bounds(analysis: Analysis) -> None:
    """An event date (or a claim window, or a time expression) whose earliest day lies after its
    latest is contradictory.

    Rather than have the document's graph rejected by the shapes (losing every
    good event with it), that one date keeps its value and text but loses its
    bounds, and the user is told.
    """
    dated = [(e.id, e.date) for e in analysis.events] + [(c.id, c.since) for c in analysis.claims]
    # a time expression too ("seit 2026" in a 2024 text: from 2026 up to the publication day)
    dated += [(f"time expression {t.text!r}", t) for t in analysis.timexes]
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


def _language_notes(analysis: Analysis) -> None:
    """Say what the language of a document means for it: detected, guessed, or dates only."""
    from .language import coverage

    doc = analysis.document
    if doc.meta.get("lang_source") == "fallback":
        analysis.warnings.append(f"language not given and not recognisable (too short or mixed); read as "
                                 f"{doc.lang!r}: give --lang or a 'lang' field")
    if coverage(doc.lang) == "dates":
        analysis.warnings.append(f"{doc.lang}: dates only, no event rules")
