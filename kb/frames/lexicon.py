"""The frame data of a language (``kb/lang/<iso>/frames.txt``), read once and checked.

One small reader per line format; a malformed line is a :class:`FrameDataError` (a :class:`kb.errors.KBError`)
error naming the file and the line, never a silent skip.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from ..errors import KBError
from ..lang import data_path
from ..lang.schema import check_file
from ..temporal.prefilter import guarded

__all__ = ["Lexicon", "VerbForm", "lexicon"]

_PREP_CLASSES = {"com", "dest", "loc", "origin", "host", "agent", "between", "owner", "source", "against", "topic"}
_AUX_KINDS = {"future", "have", "be", "passive", "do", "past"}
_NOUN_CACHE = 50_000
_VERB_FIELDS = {"present", "past", "participle", "infinitive", "particle"}


@dataclass(frozen=True)
class VerbForm:
    """One inflected form of a verb: its lemma, which form it is, and the particle it needs."""

    lemma: str
    form: str  # present, past, participle, infinitive
    particle: str | None = None


@dataclass
class Lexicon:
    """Everything kb/frames needs to know about one language."""

    order: str = "svo"
    preps: dict[str, str] = field(default_factory=dict)  # preposition (lower case) -> class
    prep_re: re.Pattern | None = None
    verbs: dict[str, list[VerbForm]] = field(default_factory=dict)  # form -> readings
    nouns: dict[str, str] = field(default_factory=dict)  # form -> lemma
    aux: dict[str, set[str]] = field(default_factory=dict)  # form -> kinds
    modals: set[str] = field(default_factory=set)
    negations: set[str] = field(default_factory=set)
    relatives: set[str] = field(default_factory=set)
    subject_relatives: set[str] = field(default_factory=set)  # relative words that are the clause's subject
    object_relatives: set[str] = field(default_factory=set)  # ... and those that are its object
    subordinators: set[str] = field(default_factory=set)
    subjunctives: set[str] = field(default_factory=set)
    accusatives: set[str] = field(default_factory=set)  # articles that mark the object ("den", "einen")
    object_pronouns: set[str] = field(default_factory=set)  # pronouns that are never the subject ("ihn", "ihm")
    titles: dict[str, tuple[str, ...]] = field(default_factory=dict)  # "any"/"feminine" -> person noun endings
    plural_articles: set[str] = field(default_factory=set)  # articles that may open a plural ("die")
    possessive: re.Pattern = re.compile(r"(?!)")
    classes: dict[str, set[str]] = field(default_factory=dict)  # class -> lemmas
    case_sensitive_nouns: bool = False
    _seen: dict[str, str | None] = field(default_factory=dict)  # noun() answers so far

    def noun(self, token: str) -> str | None:
        """The lemma of an event noun (a compound "Staatsbesuch" included), or None."""
        if token in self._seen:
            return self._seen[token]
        found = self._noun(token)
        if len(self._seen) > _NOUN_CACHE:
            self._seen.clear()  # a bounded memo: a long ingest meets ever new words
        self._seen[token] = found
        return found

    def _noun(self, token: str) -> str | None:
        key = token if self.case_sensitive_nouns else token.lower()
        if key in self.nouns:
            return self.nouns[key]
        if self.case_sensitive_nouns and token[:1].isupper():
            for i in range(1, len(token) - 2):
                rest = token[i:]
                if rest[:1] == "-":
                    rest = rest[1:]
                cap = rest[:1].upper() + rest[1:]
                if cap in self.nouns and len(rest) >= 4:
                    return self.nouns[cap]
        return None


class FrameDataError(KBError):
    """A malformed line in a frames.txt file (the message names file and line)."""


def _words(field_: str) -> list[str]:
    return [w for w in field_.split("|") if w and w != "-"]


def _read_prep(lex: Lexicon, parts: list[str], where: str) -> None:
    if len(parts) != 3 or parts[1] not in _PREP_CLASSES:
        raise FrameDataError(f"{where}: expected 'prep<TAB>CLASS<TAB>FORMS' with CLASS one of {sorted(_PREP_CLASSES)}")
    for w in _words(parts[2]):
        lex.preps.setdefault(w.lower(), parts[1])


def _read_verb(lex: Lexicon, parts: list[str], where: str) -> None:
    if len(parts) < 3:
        raise FrameDataError(f"{where}: expected 'verb<TAB>LEMMA<TAB>present=...<TAB>past=...'")
    lemma, fields = parts[1], {}
    for item in parts[2:]:
        key, eq, value = item.partition("=")
        if not eq or key not in _VERB_FIELDS:
            raise FrameDataError(f"{where}: unknown verb field {item!r} (expected one of {sorted(_VERB_FIELDS)})")
        fields[key] = value
    particle = fields.pop("particle", None)
    fields.setdefault("infinitive", lemma)
    for kind, value in fields.items():
        for w in _words(value):
            lex.verbs.setdefault(w.lower(), []).append(VerbForm(lemma, kind, particle))


def _read_simple(lex: Lexicon, parts: list[str], where: str) -> None:
    head = parts[0]
    if len(parts) != 3:
        raise FrameDataError(f"{where}: expected '{head}<TAB>KEY<TAB>FORMS'")
    key, words = parts[1], _words(parts[2])
    if head == "noun":
        for w in words:
            lex.nouns[w if lex.case_sensitive_nouns else w.lower()] = key
    elif head == "aux":
        if key not in _AUX_KINDS:
            raise FrameDataError(f"{where}: unknown auxiliary kind {key!r} (expected one of {sorted(_AUX_KINDS)})")
        for w in words:
            lex.aux.setdefault(w.lower(), set()).add(key)
    elif head == "class":
        lex.classes.setdefault(key, set()).update(words)
    elif head == "title":
        if key not in ("any", "feminine"):
            raise FrameDataError(f"{where}: unknown title key {key!r} (expected 'any' or 'feminine')")
        lex.titles[key] = tuple(words)
    elif head == "plural":
        lex.plural_articles.update(w.lower() for w in words)
    elif head == "possessive":
        lex.possessive = re.compile(parts[2])
    elif head == "accusative" and key != "-":
        if key != "pronoun":
            raise FrameDataError(f"{where}: unknown accusative key {key!r} (expected '-' or 'pronoun')")
        lex.object_pronouns.update(w.lower() for w in words)
    else:
        target = {"modal": lex.modals, "negation": lex.negations, "relative": lex.relatives, "subordinator": lex.subordinators,
                  "subjunctive": lex.subjunctives, "accusative": lex.accusatives}[head]
        target.update(w.lower() for w in words)
        if head == "relative" and key in ("subject", "object"):
            (lex.subject_relatives if key == "subject" else lex.object_relatives).update(w.lower() for w in words)


_READERS = {"prep": _read_prep, "verb": _read_verb, "noun": _read_simple, "aux": _read_simple,
            "modal": _read_simple, "negation": _read_simple, "relative": _read_simple, "subordinator": _read_simple,
            "subjunctive": _read_simple, "accusative": _read_simple, "title": _read_simple, "plural": _read_simple,
            "possessive": _read_simple,
            "class": _read_simple}


@lru_cache(maxsize=None)
def lexicon(lang: str) -> Lexicon:
    """The frame data of ``lang`` (an empty lexicon when the language has no frames.txt)."""
    path = data_path(lang, "frames.txt")
    lex = Lexicon()
    if not path.exists():
        return lex
    check_file(path)  # the declared format (kb/lang/schema.py): a bad line names file and line
    lines = path.read_text(encoding="utf-8").splitlines()
    orders = [ln.split("\t") for ln in lines if ln.startswith("order\t")]
    lex.order = orders[0][1].strip() if orders else "svo"
    lex.case_sensitive_nouns = lex.order == "v2"
    for n, line in enumerate(lines, 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        parts = line.rstrip("\n").split("\t")
        where = f"{path}:{n}"
        if parts[0] == "order":
            if len(parts) != 2 or parts[1] not in ("v2", "svo"):
                raise FrameDataError(f"{where}: expected 'order<TAB>v2' or 'order<TAB>svo'")
            continue
        reader = _READERS.get(parts[0])
        if reader is None:
            raise FrameDataError(f"{where}: unknown line kind {parts[0]!r}")
        reader(lex, parts, where)
    if lex.preps:
        alt = "|".join(re.escape(p) for p in sorted(lex.preps, key=len, reverse=True))
        source = rf"(?<![\w-])(?:{alt})(?![\w-])"
        # behind a lookahead for the letters a preposition begins with: the same matches, found faster
        lex.prep_re = re.compile(guarded(source, re.IGNORECASE) or source, re.IGNORECASE)
    return lex
