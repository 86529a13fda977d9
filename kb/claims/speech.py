"""Who "my" and "your" are: the speaker and the addressee of the speech a claim stands in.

"You are making your first trip abroad since your inauguration" in a transcript turn of one
president speaking to another is the other president's claim; "my own first trip abroad" is the
speaker's. A *turn* begins at a colon that ends a header naming a person: a transcript label
("President of France Emmanuel Macron: Chancellor, ...", also "X (retranslated): ...") or a speaking
verb with its addressee ("Olaf Scholz told Joe Biden: ..."). The speaker is the person the label
names (the one nearest the colon; with a speaking verb the one before it), the addressee the person
the verb names after it, else the speaker of the turn before (or after) who is someone else, else
the person named last before the turn who is not the speaker.

The words are data: ``speaker-owner``, ``addressee-owner``, ``addressee`` and ``tell`` lines of
``kb/lang/<iso>/claims.txt``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kb.model import Analysis, Mention, Participant, Span

from .lexicon import Lexicon

__all__ = ["Turn", "addressee", "speaker", "turns"]

# a header runs from the last sentence end (or quote, or line start) to its colon
_HEADER_START = re.compile(r"[.!?…\"“”„«»\n*]")
_HEADER_MAX = 160


@dataclass(frozen=True)
class Turn:
    colon: int  # where the turn's colon stands (the turn's text starts after it)
    speaker: Participant
    addressee: Participant | None  # named in the header ("told Joe Biden:")


def _person(m: Mention) -> bool:
    return bool(m.entities) and m.entities[0].kind == "person" and m.kind not in ("adjective", "metonym", "pronoun")


def _turn_at(analysis: Analysis, lex: Lexicon, colon: int) -> Turn | None:
    text = analysis.text
    lo = max(0, colon - _HEADER_MAX)
    starts = [m.end() for m in _HEADER_START.finditer(text, lo, colon)]
    lo = starts[-1] if starts else lo
    if not re.match(r"\s+\S", text[colon + 1:colon + 3]):
        return None
    people = [m for m in analysis.mentions if lo <= m.start and m.end <= colon and _person(m)]
    if not people:
        named = _unknown_label(lex, text[lo:colon], lo)
        return Turn(colon, named, None) if named is not None else None
    verb = lex.tell.search(text, lo, colon) if lex.tell is not None else None
    if verb is not None:
        before = [m for m in people if m.end <= verb.start()]
        after = [m for m in people if m.start >= verb.end()]
        if not before:
            return None
        return Turn(colon, _part(before[-1]), _part(after[0]) if after else None)
    last = people[-1]
    # a label: the person stands right before the colon (a role or a parenthesis may follow it)
    tail = text[last.end:colon]
    if len(tail) > 40 or re.search(r"\b[a-zäöüß]{3,}\b", re.sub(r"\([^)]*\)", "", tail)) and not _role_words(tail):
        named = _unknown_label(lex, text[last.end:colon], last.end)
        return Turn(colon, named, None) if named is not None else None
    return Turn(colon, _part(last), None)


def _part(m: Mention) -> Participant:
    return Participant(entity=m.entities[0], label=m.text, span=m.span)


def _unknown_label(lex: Lexicon, header: str, lo: int) -> Participant | None:
    """A label naming a person kb does not know ("President of Mongolia Jargal Dashzeveg
    (retranslated)"): the first run of two or three capitalised words that are no role noun and no
    place after "of", unlinked. Only for a header of capitalised words (and "of")."""
    if not header.strip() or not _role_words(header):
        return None
    plain = re.sub(r"\([^)]*\)", " ", header)
    toks = [(m.start(), m.group(0)) for m in re.finditer(r"[A-ZÄÖÜ][a-zäöüß'’-]+|\S+", plain)]
    run: list[tuple[int, str]] = []
    for k, (pos, word) in enumerate(toks):
        after_of = k > 0 and toks[k - 1][1] in ("of", "der", "des", "von")
        role = any(h.kind == "class" and h.pattern.fullmatch(word) for h in lex.heads)
        if word[:1].isupper() and not role and not after_of and word not in (w for _, w in run):
            run.append((pos, word))
            if len(run) == 3:
                break
        elif len(run) >= 2:
            break
        else:
            run = []
    if len(run) < 2:
        return None
    start, end = lo + run[0][0], lo + run[-1][0] + len(run[-1][1])
    return Participant(entity=None, label=" ".join(w for _, w in run), span=Span(start, end))


def _role_words(tail: str) -> bool:
    """"Khurelsukh UkhnaagiinPresident of Mongolia": capitalised words and 'of' only."""
    words = re.sub(r"\([^)]*\)", " ", tail).split()
    return all(w[:1].isupper() or w in ("of", "der", "des", "von") for w in words)


def turns(analysis: Analysis, lex: Lexicon) -> list[Turn]:
    """Every turn of the text, in order (cached per analysis)."""
    key = id(analysis)
    cached = _CACHE.get(key)
    if cached is not None and cached[0] is analysis:
        return cached[1]
    out = []
    if lex.addressee is not None or lex.speaker_owner is not None:
        for m in re.finditer(r":", analysis.text):
            turn = _turn_at(analysis, lex, m.start())
            if turn is not None:
                out.append(turn)
    _CACHE.clear()
    _CACHE[key] = (analysis, out)
    return out


_CACHE: dict[int, tuple[Analysis, list[Turn]]] = {}


def _turn_of(all_turns: list[Turn], pos: int) -> int | None:
    found = None
    for i, t in enumerate(all_turns):
        if t.colon < pos:
            found = i
    return found


def speaker(analysis: Analysis, lex: Lexicon, pos: int) -> Participant | None:
    """Who speaks at ``pos``: the speaker of its turn (None outside any turn)."""
    all_turns = turns(analysis, lex)
    i = _turn_of(all_turns, pos)
    return all_turns[i].speaker if i is not None else None


def addressee(analysis: Analysis, lex: Lexicon, pos: int) -> Participant | None:
    """Whom the speaker at ``pos`` speaks to (None outside any turn or when nobody else is named)."""
    all_turns = turns(analysis, lex)
    i = _turn_of(all_turns, pos)
    if i is None:
        return None
    turn = all_turns[i]
    if turn.addressee is not None:
        return turn.addressee
    who = _ids(turn.speaker)
    for j in list(range(i - 1, -1, -1)) + list(range(i + 1, len(all_turns))):
        if _ids(all_turns[j].speaker) != who:
            return all_turns[j].speaker
    before = [_part(m) for m in analysis.mentions if m.end <= turn.colon and _person(m)]
    before = [b for b in before if _ids(b) != who]
    return before[-1] if before else None


def _ids(p: Participant) -> str:
    return p.entity.id if p.entity is not None else p.label

