"""The frame step: per clause, a predicate with its arguments ("who did what to whom, where, with whom").

``annotate(analysis)`` fills ``analysis.frames`` from the sentences, timexes and mentions. A
predicate is a verb group ("hat ... getroffen", "will meet") or an event noun ("Besuch", "talks");
its arguments are the entity mentions of the entities step grouped by the phrase they stand in
(lists "A, B und C", appositions "der Kanzler, Olaf Scholz,") and put in a slot: subject and
object (active or passive alike: the doer is ``subj``), the owner of an event noun, or the class
of the preposition before the phrase (com, dest, loc, origin, host, agent, between); the time
expressions of the clause are ``time`` arguments. A relative clause's verb takes the phrase the
clause is about as subject, a coordinated verb the subject of the verb before it.

Everything language-specific is data in ``kb/lang/<iso>/frames.txt`` (with EXAMPLE lines that
tests/test_frames.py runs). The events step reads the frames through templates in events.txt.
"""

from __future__ import annotations

from bisect import bisect_left

from ..model import Analysis, Frame
from .build import sentence_frames
from .lexicon import FrameDataError, lexicon

__all__ = ["FrameDataError", "annotate", "frame_at", "lexicon"]


def annotate(analysis: Analysis) -> None:
    """Fill ``analysis.frames`` (boilerplate sentences have none)."""
    doc = analysis.document
    lex = lexicon(doc.lang)
    if not lex.verbs and not lex.nouns:
        analysis.frames = []
        return
    frames: list[Frame] = []
    mentions = sorted(analysis.mentions, key=lambda m: m.start)
    timexes = sorted(analysis.timexes, key=lambda t: t.start)
    m_starts, t_starts = [m.start for m in mentions], [t.start for t in timexes]
    for n, sent in enumerate(analysis.sentences):
        if any(sent.start < b.end and b.start < sent.end for b in analysis.boilerplate):
            continue
        ms = mentions[bisect_left(m_starts, sent.start):bisect_left(m_starts, sent.end)]
        ts = timexes[bisect_left(t_starts, sent.start):bisect_left(t_starts, sent.end)]
        frames += sentence_frames(doc.text, doc.lang, lex, n, sent, ms, ts)
    analysis.frames = frames


def frame_at(frames: list[Frame], start: int, end: int, verbal: bool = False) -> Frame | None:
    """The frame whose predicate overlaps ``[start, end)`` (the nearest to its start if several).
    ``verbal``: a verb's frame before an event noun's ("hat den Nato-Beitritt Schwedens
    ratifiziert": the ratifying verb's, not the accession noun's inside the trigger)."""
    hits = [f for f in frames if f.predicate.start < end and start < f.predicate.end]
    if verbal:
        hits = [f for f in hits if not f.predicate.nominal] or hits
    return min(hits, key=lambda f: abs(f.predicate.start - start)) if hits else None
