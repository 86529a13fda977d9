"""The context of a trigger: its clause, the quotes to ignore, the mentions, timexes and cues in reach.

Language-neutral: clauses are cut at punctuation (never inside a timex or a mention), quotes by
quotation marks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..model import Mention, Sentence, Timex
from ..sentences import clauses

__all__ = ["ACTOR_KINDS", "PLACE_KINDS", "Context", "clauses", "distance", "is_actor", "is_place", "locative_before",
           "persons", "previous_subject", "quotes"]

PLACE_KINDS = {"country", "city", "region"}  # a region: "reist in den Nahen Osten"
ACTOR_KINDS = {"person", "government", "ministry", "office", "organisation", "agency", "group"}

# opening quotation mark -> the marks that may close it (German „…“ is often closed by ” or ")
_OPENERS = {"„": "“”\"", "“": "”\"", "»": "«", "«": "»", '"': '"“”'}


# an aside: parentheses, a pair of spaced dashes, a pair of commas (no clause mark between)
_INSERT = re.compile(r"\([^()]*\)|\s[–—-]\s[^–—;:]*?\s[–—-]\s|,[^,;:]*,")
_OPENER = re.compile("[" + re.escape("".join(_OPENERS)) + "]")
# what ends a quote opened by each mark: one of its closers, or a paragraph break
_QUOTE_END = {o: re.compile(f"[{re.escape(c)}]|\n(?=\n)") for o, c in _OPENERS.items()}
# the period of a regnal number inside a sentence ("trat Papst Benedikt XVI. zurück"): no full stop
_REGNAL = re.compile(r"\b[A-ZÄÖÜ][\w-]+ [IVX]{1,5}(\.)(?=\s+[a-zäöüß])")
_NO_STOP = "\u2024"  # one dot leader: the same length, no full stop to a pattern


def quotes(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Spans of quoted speech in ``text[start:end]``, scanned over the whole stretch so that a quote
    spanning several sentences stays one span; a paragraph break ends any open quote."""
    end = len(text) if end is None else end
    out = []
    i = start
    while (opener := _OPENER.search(text, i, end)) is not None:
        i = opener.start()
        # searched to the text's end: a paragraph break may begin at the stretch's last character
        close = _QUOTE_END[text[i]].search(text, i + 1)
        j = close.start() if close is not None and close.start() < end else end
        out.append((i, min(j + 1, end)))
        i = j + 1
    return out


@dataclass
class Context:
    """Everything about one sentence the event rules look at."""

    text: str
    sentence: Sentence
    clauses: list[tuple[int, int]]
    quotes: list[tuple[int, int]]
    mentions: list[Mention]
    timexes: list[Timex]
    earlier: list[list[Mention]] = field(default_factory=list)  # mentions of preceding sentences, oldest first
    heading: bool = False  # a title line (no final punctuation)
    frames: list = field(default_factory=list)  # the sentence's frames (kb.frames), in text order
    # the matches of a pattern over the whole sentence (:meth:`scan`): several rules search the
    # sentence with the same trigger or source pattern, some once per trigger or per mention
    _scans: dict = field(default_factory=dict, repr=False, compare=False)
    searched: set | None = field(default=None, repr=False, compare=False)  # kb.events._searched's
    _scan_text: str | None = field(default=None, repr=False, compare=False)  # :meth:`scanned`'s

    def quoted(self, start: int, end: int | None = None) -> bool:
        if not self.quotes:  # most sentences quote nothing (and this is asked often)
            return False
        end = start + 1 if end is None else end
        return any(s <= start and end <= e for s, e in self.quotes)

    def inserts(self, start: int, end: int) -> list[tuple[int, int]]:
        """The stretches of ``[start, end)`` set off by a pair of commas, spaced dashes or
        parentheses ("Modi – on his first visit since the war began – held talks", "X, who is on a
        visit to Y, met Z"): what they tell is an aside to the clause around them."""
        return [(m.start(), m.end()) for m in _INSERT.finditer(self.text, start, end)]

    def past_time_clause(self, start: int, s: int, e: int, words: frozenset[str]) -> int | None:
        """Where a clause of another time opens before the span ``[s, e)`` in ``[start, s)`` -- the
        last of ``words`` ("after", "nachdem"), outside quotes -- when a verb between it and ``e``
        is past ("will become prime minister after his party won Thursday's election"); else None."""
        hit = None
        for m in re.finditer(r"[^\W\d_]+", self.text[start:s]):
            if m.group().lower() in words and not self.quoted(start + m.start()):
                hit = start + m.start()
        if hit is None:
            return None
        past = any(hit < f.predicate.start < e and not f.predicate.nominal and f.predicate.tense == "past"
                   for f in self.frames)
        return hit if past else None

    def apposed_finer(self, timex: Timex) -> Timex:
        """The date set beside ``timex`` after a comma (and at most one word) that says the same
        time more precisely ("two years ago, on February 24, 2022", "vor einem Jahr, am 20.
        Februar 2023"): a day within its bounds; else ``timex`` itself."""
        if timex.earliest is None or timex.latest is None:
            return timex
        for t in self.timexes:
            if t.start > timex.end and re.fullmatch(r"\s*,\s*(?:[^\W\d_]+\s+)?", self.text[timex.end:t.start]) \
                    and t.type in ("DATE", "TIME") and t.earliest is not None and t.earliest == t.latest \
                    and timex.earliest <= t.earliest <= timex.latest and timex.earliest < timex.latest:
                return t
        return timex

    def clause_of(self, pos: int) -> tuple[int, int]:
        for a, b in self.clauses:
            if a <= pos < b:
                return a, b
        return self.sentence.start, self.sentence.end

    def clause_index(self, pos: int) -> int:
        for i, (a, b) in enumerate(self.clauses):
            if a <= pos < b:
                return i
        return 0

    def scan(self, pattern: re.Pattern) -> list[re.Match]:
        """``pattern.finditer`` over the sentence, found once for this context."""
        # keyed by identity: a pattern's hash is that of its whole compiled program, not kept
        known = self._scans.get(id(pattern))
        if known is None or known[0] is not pattern:
            known = self._scans[id(pattern)] = (pattern, list(pattern.finditer(self.scanned(), self.sentence.start,
                                                                             self.sentence.end)))
        return known[1]

    def scanned(self) -> str:
        """The text :meth:`scan` reads: ``text`` with the period of a regnal number inside the
        sentence ("dankte König Karl I. ab") made no full stop, at the same offsets."""
        if self._scan_text is None:
            hits = [m.start(1) for m in _REGNAL.finditer(self.text, self.sentence.start, self.sentence.end)]
            self._scan_text = self.text if not hits else "".join(
                _NO_STOP if i in hits else self.text[i] for i in range(self.sentence.start, self.sentence.end)
            ).join((self.text[:self.sentence.start], self.text[self.sentence.end:]))
        return self._scan_text

    def mentions_in(self, start: int, end: int) -> list[Mention]:
        return [m for m in self.mentions if start <= m.start and m.end <= end and not self.quoted(m.start, m.end)]

    def timexes_in(self, start: int, end: int) -> list[Timex]:
        return [t for t in self.timexes if start <= t.start and t.end <= end and t.type in ("DATE", "TIME")
                and not self.quoted(t.start, t.end)]


def is_seat(m: Mention) -> bool:
    """A seat of government ("the White House", "der Kreml")."""
    from ..entities import gazetteer

    # a person is never a seat: spare the gazetteer lookup for the commonest mention
    return bool(m.entities) and m.kind == "name" and m.entities[0].kind != "person" \
        and gazetteer().has_tag(m.entities[0].id, "seat")


def is_actor(m: Mention, speaking: bool = False) -> bool:
    """Can the mention be a participant? Seats of government act only when they speak."""
    if m.kind == "metonym":
        return True
    if not m.entities:
        return speaking and m.kind == "description"  # "a government spokesman said"
    if m.kind == "adjective":
        return False
    if not all(e.kind in ACTOR_KINDS for e in m.entities):
        return False
    return speaking or not is_seat(m)


def is_place(m: Mention) -> bool:
    if m.kind in ("metonym", "adjective") or not m.entities:
        return False
    return m.entities[0].kind in PLACE_KINDS or is_seat(m)


def persons(ms: list[Mention]) -> list[Mention]:
    """The mentions of persons only."""
    return [m for m in ms if m.entities and all(e.kind == "person" for e in m.entities)]


def previous_subject(ctx: Context) -> Mention | None:
    """The first person of the nearest earlier sentence that names one."""
    for mentions in reversed(ctx.earlier):
        found = persons(mentions)
        if found:
            return found[0]
    return None


def distance(m: Mention, s: int, e: int) -> int:
    """Characters between a mention and the span ``[s, e)`` (0 inside it)."""
    if m.start >= s and m.end <= e:
        return 0
    return s - m.end if m.end <= s else m.start - e


def locative_before(ctx: Context, m: Mention, lang: str) -> bool:
    """A country after a locative preposition is where, not who."""
    from .rules import rules

    pat = rules(lang).cues.get("locative")
    before = ctx.text[max(0, m.start - 10):m.start].split()
    return bool(pat and before and pat.fullmatch(before[-1]))
