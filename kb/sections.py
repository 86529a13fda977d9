"""Very long documents: entities, events and claims found section by section.

Those steps compare each sentence with the mentions, dates and events of the
whole document, which costs time quadratic in its length: nothing for an
article, minutes for an archive of many articles put into one text. A document
longer than :data:`SECTION_CHARS` is therefore cut between sentences (at a
paragraph start where one is near) into sections, each analysed as a document
of its own (its text, its sentences and dates shifted to start at 0), and the
results are shifted back and numbered as one document's. Coreference and the
merging of reports of one event do not cross a section boundary; the user is
warned. A news article is far below the limit, so its analysis is unchanged.
"""

from __future__ import annotations

import dataclasses

from .model import Analysis, Claim, DateValue, Event, Mention, Participant, Sentence, Span, Token

__all__ = ["SECTION_CHARS", "merge", "split"]

# The longest development article has 6,000 characters; the steps take ~1 s for 50,000.
SECTION_CHARS = 50_000


@dataclasses.dataclass
class Section:
    """One section: where it starts in the document, and its own analysis."""

    start: int
    analysis: Analysis


def _cuts(analysis: Analysis, limit: int) -> list[int]:
    text = analysis.text
    cuts: list[int] = []
    begin = 0
    paragraph = None  # the latest sentence start at a line start, in the second half of the section
    for s in analysis.sentences:
        if s.end - begin > limit and s.start > begin:
            cut = paragraph if paragraph is not None else s.start
            cuts.append(cut)
            begin, paragraph = cut, None
        if s.start - begin > limit // 2 and (s.start == 0 or text[s.start - 1] == "\n"):
            paragraph = s.start
    return cuts


def split(analysis: Analysis, limit: int | None = None) -> list[Section]:
    """The sections of a document longer than ``limit`` (:data:`SECTION_CHARS`; none for a shorter one).

    Needs the sentences, boilerplate and timexes of ``analysis``; each section
    gets those that start in it, shifted.
    """
    limit = limit or SECTION_CHARS
    if len(analysis.text) <= limit:
        return []
    cuts = _cuts(analysis, limit)
    if not cuts:
        return []
    bounds = [0, *cuts, len(analysis.text)]
    doc = analysis.document
    sections = []
    for a, b in zip(bounds, bounds[1:]):
        sub = Analysis(document=dataclasses.replace(doc, text=doc.text[a:b]))
        sub.boilerplate = [Span(max(s.start, a) - a, min(s.end, b) - a)
                           for s in analysis.boilerplate if s.start < b and a < s.end]
        sub.sentences = [Sentence(s.start - a, s.end - a, [Token(t.start - a, t.end - a, t.text) for t in s.tokens])
                         for s in analysis.sentences if a <= s.start < b]
        sub.timexes = [dataclasses.replace(t, start=t.start - a, end=t.end - a)
                       for t in analysis.timexes if a <= t.start and t.end <= b]
        sections.append(Section(a, sub))
    return sections


def merge(analysis: Analysis, sections: list[Section]) -> None:
    """Put the mentions, events, claims and warnings of the sections into ``analysis``:
    offsets shifted back, events and claims numbered through (``e1`` ... and ``c1`` ...)."""
    mentions: list[Mention] = []
    events: list[Event] = []
    claims: list[Claim] = []
    for k, section in enumerate(sections):
        sub, delta = section.analysis, section.start
        shift = _Shifter(delta)
        mentions += [dataclasses.replace(m, start=m.start + delta, end=m.end + delta) for m in sub.mentions]
        event_ids = {e.id: f"e{len(events) + i}" for i, e in enumerate(sub.events, 1)}
        claim_ids = {c.id: f"c{len(claims) + i}" for i, c in enumerate(sub.claims, 1)}
        for e in sub.events:
            shift.event(e)
            e.id = event_ids[e.id]
            e.implied_by = claim_ids.get(e.implied_by, e.implied_by)
        for c in sub.claims:
            shift.claim(c)
            c.id = claim_ids[c.id]
            c.event = event_ids.get(c.event, c.event)
            c.implies = event_ids.get(c.implies, c.implies)
        events += sub.events
        claims += sub.claims
        analysis.warnings += [f"section {k + 1} (from character {delta:,}): {w}" for w in sub.warnings]
    analysis.mentions, analysis.events, analysis.claims = mentions, events, claims
    analysis.warnings.append(
        f"the text has {len(analysis.text):,} characters: entities, events and claims were found in "
        f"{len(sections)} sections of ~{SECTION_CHARS:,} characters or less (ids in the warnings above are "
        "those of the section); references and repeated reports are not linked across sections")


class _Shifter:
    """Moves the offsets of events and claims by ``delta``, each shared object once."""

    def __init__(self, delta: int):
        self.delta = delta
        self.seen: set[int] = set()

    def span(self, span: Span | None) -> Span | None:
        return None if span is None else Span(span.start + self.delta, span.end + self.delta)

    def _first(self, obj) -> bool:
        if obj is None or id(obj) in self.seen:
            return False
        self.seen.add(id(obj))
        return True

    def participant(self, p: Participant | None) -> None:
        if self._first(p):
            p.span = self.span(p.span)

    def date(self, d: DateValue | None) -> None:
        if self._first(d):
            d.span = self.span(d.span)

    def event(self, e: Event) -> None:
        if not self._first(e):
            return
        e.evidence, e.trigger = self.span(e.evidence), self.span(e.trigger)
        for p in [*e.participants, e.place]:
            self.participant(p)
        self.date(e.date)

    def claim(self, c: Claim) -> None:
        if not self._first(c):
            return
        c.evidence = self.span(c.evidence)
        for p in [*c.participants, c.place]:
            self.participant(p)
        self.date(c.since)
