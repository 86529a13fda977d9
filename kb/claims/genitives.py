"""Owners a claim names by a genitive: a name kb does not know with "'s" before the phrase
("Mara Quist's second visit"), or a genitive or "of" phrase after its head that names no person
("the first meeting of the two armies", "beim zweiten Treffen der Arbeitsgruppe"). Both are kept
unlinked, with their words as label (see :mod:`kb.claims.context`)."""

from __future__ import annotations

import re

from kb.model import Analysis, Participant, Span

from .grammar import Phrase
from .lexicon import Lexicon

__all__ = ["GENITIVE", "names_people", "owned_by_others", "unknown_genitive"]

GENITIVE = re.compile(r"([A-ZÄÖÜ][\w-]*?)(?:['’]s|['’]|s)$")
GIVEN = re.compile(r"(?:[A-ZÄÖÜ][\w-]*[a-zäöüß][\w-]*\s+){1,2}$")  # a name's capitalised words before its last


def unknown_genitive(lex: Lexicon, p: Phrase, word: str, at: int, text: str = "", lo: int = 0) -> Participant | None:
    """"Kishida's first visit", "Mara Quist's first visit" of a person kb does not know: the name
    (with the capitalised words right before it that are no function word), unlinked ("Liberia's
    first woman president" is the role's scope, not its owner)."""
    from kb.entities.words import function_words

    g = GENITIVE.match(word)
    if g is None or p.qualifier == "class" or "'" not in word.replace("’", "'") or lex.is_stop(g.group(1)):
        return None
    start = at
    m = GIVEN.search(text, lo, at) if text else None
    if m is not None:
        closed = function_words(lex.lang, "determiner") | function_words(lex.lang, "pronoun")
        for w in re.finditer(r"\S+", m.group(0)):
            if w.group() not in closed and not lex.is_stop(w.group().lower()):
                start = m.start() + w.start()  # "The visit is Mara Quist's": from "Mara" on
                break
    end = at + len(g.group(1))
    return Participant(entity=None, label=" ".join(text[start:end].split()) if text else g.group(1), span=Span(start, end))


def owned_by_others(analysis: Analysis, lex: Lexicon, p: Phrase, sent: Span) -> Participant | None:
    """The owner a genitive or an "of" phrase right after the claim's head names, when it is no
    person ("the first meeting of the two armies", "der einundzwanzigste Gipfel der beiden
    Staatenbünde"): kept unlinked, with its words as label. None when there is no such phrase, or
    it names a role ("der erste Besuch eines Bundeskanzlers"), two people named before ("der
    beiden") or a time ("the first meeting of the year")."""
    from kb.entities.words import function_words

    text = analysis.text
    articles = function_words(lex.lang, "genitive")
    links = articles | function_words(lex.lang, "owner")
    words = list(re.finditer(r"\w[\w-]*", text[p.end:sent.end]))[:5]
    if not words or text[p.end:p.end + words[0].start()].strip() or words[0].group() not in links:
        return None
    from kb.frames.lexicon import lexicon as frame_lexicon

    verbs = {f.predicate.start for f in analysis.frames if not f.predicate.nominal}
    capital_nouns = frame_lexicon(lex.lang).case_sensitive_nouns
    phrase = [words[0]]
    for w in words[1:]:
        if lex.is_stop(w.group()) and w.group() not in function_words(lex.lang, "determiner") \
                or text[p.end + phrase[-1].end():p.end + w.start()].strip() or p.end + w.start() in verbs:
            break  # a verb ends the owner's words
        phrase.append(w)
        if capital_nouns and len(phrase) > 1 and w.group()[:1].isupper():
            break  # "der Arbeitsgruppe ging es um ...": the noun ends them
    first = phrase[0] if words[0].group() in articles else (phrase[1] if len(phrase) > 1 else None)
    if first is None:
        return None
    start, end = p.end + first.start(), p.end + phrase[-1].end()
    pair = lex.pair.match(text, start, end) if lex.pair is not None else None
    if pair is not None and (pair.end() == end or capital_nouns and not text[pair.end():end].strip()[:1].isupper()):
        return None  # "das zweite Treffen der beiden (fand ...)", "of the two": the people named before
    if any(start <= t.start < end for t in analysis.timexes):
        return None  # "the first meeting of the year": a time, no owner
    if any(names_people(text, lex, p.end + w.start(), sent.end) for w in phrase):
        return None
    return Participant(entity=None, label=text[start:end], span=Span(start, end))


def names_people(text: str, lex: Lexicon, at: int, end: int) -> bool:
    """Does a reference to two people named before ("the two ministers", "die beiden": a pair of
    references.txt) or a role noun ("eines Bundeskanzlers") begin at ``at``?"""
    from kb.entities.coref import refers_to_pair

    if refers_to_pair(text, at, lex.lang):
        return True
    head = lex.head_at(text, at, end)
    return head is not None and "person" in head[0].kinds
