"""Countries and bodies as the owners of a count or a meeting whose clause names no person
("Germany and France have held two summits this year", "Indien und China haben fünf
Gesprächsrunden abgehalten", "Leaders of the EU and China gathered for their fifth summit"): the
ones named before the phrase in its clause, not as a place (after a locative word: "three summits
in China") nor as an adjective ("German-French talks")."""

from __future__ import annotations

import re

from kb.model import Analysis, Mention, Participant, Span

from .grammar import Phrase, names_election
from .lexicon import Lexicon

__all__ = ["clause_parties", "countries_before", "electors", "hyphen_parties"]

_LAST_WORD = re.compile(r"(\w+)\W*$")
_SYMMETRIC = {"Meeting", "PhoneCall", "Summit"}
_ELECTIONS = ("Election", "ReElection")


def clause_parties(analysis: Analysis, lex: Lexicon, p: Phrase, clause: tuple[int, int]) -> list[Mention]:
    """The owners of a claim whose clause names no person: the countries of its clause for an
    election ("Ghana has held eight elections since 1992"); the countries and bodies of
    :func:`countries_before` for a meeting, call or summit (then the ones after its head, "with
    India", are among them already); else none."""
    cs, ce = clause
    if p.etype in _ELECTIONS:
        return [m for m in analysis.mentions if cs <= m.start < ce and m.end <= ce and m.entities
                and all(e.kind == "country" for e in m.entities) and m.kind not in ("adjective", "metonym")]
    return countries_before(analysis, lex, p, cs, ce) if p.etype in _SYMMETRIC else []


def countries_before(analysis: Analysis, lex: Lexicon, p: Phrase, cs: int, ce: int) -> list[Mention]:
    """The countries named between the start of the claim's clause and its phrase, each as a
    party (not after a locative word), and those after the phrase in its clause after a comitative
    word ("China has held three rounds of talks with India"); none without one before."""
    from kb.entities.words import function_words

    text = analysis.text
    out: list[Mention] = []
    comitative = function_words(lex.lang, "comitative")
    for m in analysis.mentions:
        if not cs <= m.start < m.end <= ce or not m.entities or m.kind in ("adjective", "metonym"):
            continue
        word = _LAST_WORD.search(text[max(cs, m.start - 30):m.start])
        if m.start >= p.start and not (out and word and word.group(1) in comitative):
            continue
        if not all(e.kind in ("country", "organisation") for e in m.entities):
            continue
        if word and m.start < p.start and lex.locative is not None and lex.locative.fullmatch(word.group(1)):
            continue  # "in China": a place
        out.append(m)
    return out


def electors(analysis: Analysis, lex: Lexicon, p: Phrase, sent: Span) -> list[Participant]:
    """Who cast the votes a count of voting rounds counts: the subject of an election verb (of the
    grammar, or the trigger of an election event) in its sentence that names no person ("vier Wahlgänge waren nötig, bis die 101 Abgeordneten Alar Karis
    wählten": the deputies), unlinked, with its words as label; none when no such subject is told."""
    if p.kind != "count" or p.qualifier != "round":
        return []
    text = analysis.text
    triggers = {e.trigger.start for e in analysis.events if e.type in _ELECTIONS and e.trigger is not None}
    out = []
    for f in analysis.frames:
        if not sent.start <= f.predicate.start < sent.end or f.predicate.nominal or not (
                f.predicate.start in triggers or names_election(text, lex, f.predicate.start, f.predicate.end)):
            continue
        for arg in f.arguments:
            if arg.slot == "subj" and not arg.inherited and arg.end > arg.start and not any(
                    e.kind == "person" for m in arg.mentions for e in m.entities):  # "das Parlament Estlands"
                out.append(Participant(entity=None, label=" ".join(text[arg.start:arg.end].split()),
                                       span=Span(arg.start, arg.end)))
    return out[:1]


_HYPHENED = re.compile(r"[A-ZÄÖÜ][\w]*(?:-[A-ZÄÖÜ][\w]*)+")


def hyphen_parties(analysis: Analysis, lex: Lexicon, p: Phrase, linked: list[Mention]) -> list[Participant]:
    """The parties a hyphenated modifier of a meeting or summit names that kb does not know ("the
    first Russia-Africa summit": Africa besides Russia; "der Russland-Afrika-Gipfel"), unlinked,
    with their word as label -- only beside a part that is linked, and never the head noun."""
    text = analysis.text
    out = []
    for m in _HYPHENED.finditer(text, p.start, p.end):
        at, parts = m.start(), []
        for part in m.group().split("-"):
            covered = any(x.start <= at < x.end for x in linked)
            if not covered and lex.head_at(text, at, at + len(part)) is None:
                parts.append(Participant(entity=None, label=part, span=Span(at, at + len(part))))
            at += len(part) + 1
        if parts and any(m.start() <= x.start < m.end() for x in linked):
            out += parts
    return out
