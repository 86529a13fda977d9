"""The sayings of a sentence: each speaking verb with its speaker, its own date and what it reports.

A saying ("X said on Wednesday", "teilte am Dienstag mit") bears on the dates of what it reports:
its relative days may count from the day it was said (``kb.events.speakers.said_in_clause``), and
an event it reports as done without a date of its own took place by that day
(``kb.events.reported``). Both read the one list :func:`sentence_sayings` makes per sentence from
the frames (a verb of the ``speech`` class of frames.txt, not an event noun) and the sentence's
timexes, as the events step holds them (read again from a digest item's date line or a quote's
day), so that every reader agrees on what a saying is, where it stands and which day it tells.
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass

from ..model import Argument, Frame, Span, Timex
from .lexicon import lexicon

__all__ = ["Saying", "sentence_sayings"]

_DAY_VALUE = re.compile(r"\d{4}-\d{2}-\d{2}$")


@dataclass(frozen=True)
class Saying:
    """One speaking verb of a sentence.

    ``frame`` is its frame (``predicate``: the verb, its tense and negation; ``clause``: its clause);
    ``speaker`` the argument of its subject slot, if any; ``own`` the timexes of its clause;
    ``said`` the one of them told as a day (a ``YYYY-MM-DD`` value) when it is the only one, else
    None; ``times`` the timexes of its time arguments that tell a day (a DATE of one day by the
    tagger's own bounds, no interval, week or part of a day), ``days`` their days and ``day`` the
    one of them, if one; ``before`` and ``after``
    the stretches of the sentence before and after its clause (what a closing saying reports, and
    what one told first reports); ``says`` the stretch what it says stands in, read from the words
    around the verb by :func:`kb.events.said.complement` once the events step has the sentence's
    context (None when they tell none)."""

    frame: Frame
    speaker: Argument | None
    own: tuple[Timex, ...]
    said: Timex | None
    times: tuple[Timex, ...]
    before: Span
    after: Span
    says: Span | None = None  # what it says, as kb.events.said.complement reads it (set by the events step)

    @property
    def days(self) -> frozenset[_dt.date]:
        return frozenset(t.earliest for t in self.times if t.earliest is not None)

    @property
    def day(self) -> _dt.date | None:
        return next(iter(self.days)) if len(self.days) == 1 else None

    @property
    def clause(self) -> Span:
        return self.frame.clause

    @property
    def tense(self) -> str:
        return self.frame.predicate.tense

    @property
    def negated(self) -> bool:
        return self.frame.predicate.negated

    @property
    def start(self) -> int:
        return self.frame.predicate.start

    def closes(self, pos: int) -> bool:
        """Does the saying report what stands at ``pos`` after it, in a clause of its own (" X
        spoke with Y, his office said")?"""
        return pos <= self.start and not (self.clause.start <= pos < self.clause.end)

    def tells(self, pos: int) -> _dt.date | None:
        """The day of the saying when what stands at ``pos`` comes after its verb and the one date
        of its clause before ``pos`` (of its time arguments, when its clause has none: "On Monday, X
        said ..."), a day told as a time argument of the saying ("X said on Monday he had met Y");
        else None ("said on Monday and on Wednesday that ...", "said he now believed")."""
        before = [t for t in (self.own or self.times) if t.start < pos]
        if pos < self.frame.predicate.end or len(before) != 1 or not _DAY_VALUE.match(before[0].value) \
                or before[0].end > pos or before[0] not in self.times:
            return None
        return before[0].earliest


def sentence_sayings(frames: list[Frame], timexes: list[Timex], lang: str, sentence: Span) -> list[Saying]:
    """The sayings of the sentence ``sentence`` whose frames are ``frames`` and timexes ``timexes``
    (in text order)."""
    speech = lexicon(lang).classes.get("speech", set())
    if not speech:
        return []
    out = []
    for f in frames:
        p = f.predicate
        if p.nominal or p.lemma not in speech:
            continue
        own = tuple(t for t in timexes if f.clause.start <= t.start < f.clause.end)
        said = own[0] if len(own) == 1 and _DAY_VALUE.match(own[0].value) else None
        out.append(Saying(frame=f, speaker=next((a for a in f.arguments if a.slot == "subj"), None), own=own,
                          said=said, times=_times(f, timexes),
                          before=Span(sentence.start, f.clause.start), after=Span(f.clause.end, sentence.end)))
    return out


def _times(f: Frame, timexes: list[Timex]) -> tuple[Timex, ...]:
    """The timexes of the time arguments of ``f`` that tell a day (a DATE of one day)."""
    spans = [(a.start, a.end) for a in f.arguments if a.slot == "time"]
    return tuple(t for t in timexes if any(t.start < e and s < t.end for s, e in spans)
                 and t.type == "DATE" and t.granularity == "day" and t.earliest is not None and t.earliest == t.latest)
