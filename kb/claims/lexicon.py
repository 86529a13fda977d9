"""The claim grammar's word lists and patterns of one language (``kb/lang/<iso>/claims.txt``).

The file's format is declared in :data:`FORMAT` (registered in :mod:`kb.lang.schema`); a line that
does not fit stops with a :class:`~kb.lang.schema.LanguageDataError` naming file and line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from kb.eventtypes import TYPES
from kb.lang.schema import CLAIMS, LanguageDataError, load
from kb.temporal import programs

__all__ = ["FORMAT", "WORD_VALUES", "Lexicon", "lexicon"]

FORMAT = CLAIMS  # declared in kb/lang/schema.py with the other files

_B, _E = r"(?<![\w-])", r"(?![\w-])"
_DIGITS = re.compile(r"[0-9]{1,3}")
_MEMO_WORDS = 50_000  # words whose values a lexicon keeps (then it starts afresh)


def _remembered(memo: dict, word: str, compute):
    """``compute(word)``, remembered in ``memo`` (emptied when it holds :data:`_MEMO_WORDS` words)."""
    try:
        return memo[word]
    except KeyError:
        pass
    if len(memo) >= _MEMO_WORDS:
        memo.clear()
    value = memo[word] = compute(word)
    return value


@dataclass(frozen=True)
class Head:
    """What a noun phrase's head names: an event noun, a unit (term, round) or a class of role holders."""

    kind: str  # event | term | round | class
    type: str  # the event type counted ("Other" for a class whose clause names no event)
    pattern: re.Pattern
    kinds: tuple[str, ...] = ()  # class: entity kinds its owner may have


@dataclass
class Lexicon:
    """Compiled claim grammar of one language."""

    lang: str
    ordinals: dict[str, int | str] = field(default_factory=dict)
    cardinals: dict[str, int | str] = field(default_factory=dict)  # "many": an indefinite number ("x-mal")
    digits: list[re.Pattern] = field(default_factory=list)
    heads: list[Head] = field(default_factory=list)
    times: list[re.Pattern] = field(default_factory=list)
    again: list[tuple[re.Pattern, int | str | None]] = field(default_factory=list)  # None: the {O} group
    last: list[re.Pattern] = field(default_factory=list)
    not_since: re.Pattern | None = None
    places: list[re.Pattern] = field(default_factory=list)
    anniversary: list[re.Pattern] = field(default_factory=list)
    owner: re.Pattern | None = None
    plural_owner: re.Pattern | None = None
    stop: re.Pattern | None = None
    abroad: re.Pattern | None = None
    windows: dict[str, re.Pattern] = field(default_factory=dict)
    verbs: list[tuple[str, re.Pattern]] = field(default_factory=list)
    coordinator: re.Pattern | None = None
    title: re.Pattern | None = None
    between: re.Pattern | None = None
    agent: re.Pattern | None = None
    relative: re.Pattern | None = None
    nearest: re.Pattern | None = None
    temporal: re.Pattern | None = None
    speaker_owner: re.Pattern | None = None  # "my": the speaker's
    addressee_owner: re.Pattern | None = None  # "your": the addressee's
    addressee: re.Pattern | None = None  # "you" as a subject
    speaker_plural_owner: re.Pattern | None = None  # "our": the speaker's and the addressee's
    tell: re.Pattern | None = None  # a speaking verb that names its addressee ("told")
    locative: re.Pattern | None = None  # words before a place one is at ("in", "nach")
    streak: re.Pattern | None = None  # "in a row", "in Folge": a record, not a visit
    role_as: re.Pattern | None = None  # "as" before a role ordinal: "travelled there as the first chancellor"
    as_many: list[tuple[str, re.Pattern]] = field(default_factory=list)  # ("M", "in as many months")
    initial: re.Pattern | None = None  # ordinal forms that mean "initial" with no determiner ("erste Gespräche")
    contraction: re.Pattern | None = None  # a preposition with the article in it ("zum", "beim")
    office_start: re.Pattern | None = None  # a window that is the owner's taking office ("since taking office")
    itinerary: re.Pattern | None = None  # after a head: a place in one trip's programme ("of the day")
    ago: re.Pattern | None = None  # after a duration: a "last" date that far back ("zwei Jahre zurück")
    name_adjective: re.Pattern | None = None  # a capitalised modifier before a head ("Münchner")
    do_so: re.Pattern | None = None  # after a role ordinal, the event told before it: "the first to do so"
    being: re.Pattern | None = None  # a verb of being somewhere: a visit only where its clause names a place
    length: re.Pattern | None = None  # a unit after a cardinal that makes it a length ("a three hour meeting")
    indefinite: re.Pattern | None = None  # an article that makes a role ordinal no rank ("a third country")
    pair: re.Pattern | None = None  # after a genitive: people named before ("of the two", "der beiden")
    opener: re.Pattern | None = None  # a word that opens a subordinate clause ("that", "dass")
    partitive: re.Pattern | None = None  # before a number word: a part of a set ("one of the", "eines der")
    vote_round: re.Pattern | None = None  # a round noun that names a vote by itself ("Wahlgänge", "ballots")
    anchor: re.Pattern | None = None  # before an event noun: a time, not the counted event ("before the meeting")
    # number words of tens and units ("twenty-one", "einundzwanzigsten"), kept apart from the
    # listed words so the patterns stay small: their values, and a pattern source for each
    compound_cardinals: dict[str, int] = field(default_factory=dict)
    compound_ordinals: dict[str, int] = field(default_factory=dict)
    compound_sources: dict[str, list[str]] = field(default_factory=dict)  # cardinal | ordinal
    multi_ordinals: list[tuple[re.Pattern, int | str]] = field(default_factory=list)  # "most recent"
    # cardinals of several words whose last word is no number ("dozens of"): read from their first
    multi_cardinals: list[tuple[re.Pattern, int | str]] = field(default_factory=list)
    # where any of the two lists above matches (their alternation, tried first at each token: a
    # token it does not match at opens none of them); None: both lists empty
    multi_start: re.Pattern | None = None
    # number words listed capitalised: nouns ("Dutzende"), not a title's capital ("Erster Bürgermeister")
    noun_numbers: frozenset[str] = frozenset()
    # found in a sentence wherever a token of it may have an ordinal or cardinal value (or open a
    # multi-word ordinal): a sentence it is not found in has no noun-phrase claim (see
    # :func:`number_gate`); None: no such pattern, every sentence is read
    number_gate: re.Pattern | None = None

    # the values of the words read so far (a sentence's tokens are all looked up, most of them
    # again and again across documents): word -> ordinal, word -> cardinal
    _ordinal_of: dict = field(default_factory=dict, repr=False, compare=False)
    _cardinal_of: dict = field(default_factory=dict, repr=False, compare=False)
    # word -> (its ordinal value, its cardinal value): what the noun-phrase reader asks of every token
    values_of: dict = field(default_factory=dict, repr=False, compare=False)

    def ordinal(self, word: str) -> int | str | None:
        """The value of an ordinal word ("zweiten" -> 2, "26th" -> 26, "letzte" -> "last")."""
        return _remembered(self._ordinal_of, word, self._ordinal)

    def _ordinal(self, word: str) -> int | str | None:
        found = self.ordinals.get(word.lower())
        if found is None:
            found = self.compound_ordinals.get(word.lower())
        if found is not None:
            return found
        for p in self.digits:
            m = p.fullmatch(word)
            if m:
                return int(m.group(1))
        return None

    def values(self, word: str) -> tuple[int | str | None, int | str | None]:
        """``(ordinal(word), cardinal(word))``, remembered in :attr:`values_of` (which a caller
        reading every token of a sentence looks in first, sparing two calls per word)."""
        return _remembered(self.values_of, word, lambda w: (self.ordinal(w), self.cardinal(w)))

    def cardinal(self, word: str) -> int | str | None:
        return _remembered(self._cardinal_of, word, self._cardinal)

    def _cardinal(self, word: str) -> int | str | None:
        if _DIGITS.fullmatch(word):  # ASCII digits only: "²" is a digit to str.isdigit
            return int(word)
        found = self.cardinals.get(word.lower())
        return found if found is not None else self.compound_cardinals.get(word.lower())

    def head_at(self, text: str, pos: int, end: int) -> tuple[Head, int] | None:
        """The head noun starting at ``pos`` (first matching line of the file) and where it ends."""
        for head in self.heads:
            m = head.pattern.match(text, pos, end)
            if m and m.end() > pos:
                return head, m.end()
        return None

    def is_stop(self, word: str) -> bool:
        return bool(self.stop and self.stop.fullmatch(word.lower()))


# values a number word may have besides an integer: "last" ("letzte"), "many" (an indefinite
# number: "zum x-ten Mal", "umpteen times")
WORD_VALUES = ("last", "many")


def _value(raw: str, lang: str = "?") -> int | str:
    if re.fullmatch(r"[0-9]+", raw):
        return int(raw)
    if raw not in WORD_VALUES:
        raise LanguageDataError(f"kb/lang/{lang}/claims.txt", None,
                                f"a value is an integer or one of {', '.join(WORD_VALUES)}: {raw!r}")
    return raw


def _alternation(forms) -> str:
    return "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))


def _words(patterns: list[str], flags=re.IGNORECASE) -> re.Pattern | None:
    return programs.compile(_B + "(?:" + "|".join(patterns) + ")" + _E, flags) if patterns else None


def _template(source: str, cards: str, ords: str, lang: str) -> re.Pattern:
    if source.count("{N}") > 1 or source.count("{O}") > 1:
        raise LanguageDataError(f"kb/lang/{lang}/claims.txt", None,
                                f"{{N}} and {{O}} may stand once per line (write one line per phrase): {source!r}")
    source = source.replace("{N}", rf"(?P<n>{cards})").replace("{O}", rf"(?P<o>{ords})")
    return programs.compile(_B + "(?:" + source + ")" + _E, re.IGNORECASE)


@lru_cache(maxsize=None)
def lexicon(lang: str) -> Lexicon:
    """Read and compile ``kb/lang/<lang>/claims.txt`` (an empty grammar when the file is missing)."""
    lex = Lexicon(lang)
    raw: dict[str, list] = {}
    nouns: set[str] = set()
    for entry in load(lang, "claims.txt"):
        key, value = entry["key"], entry["value"]
        if key == "ordinal":
            lex.ordinals.update({f.lower(): _value(value["value"], lang) for f in value["forms"]})
        elif key == "cardinal":
            lex.cardinals.update({f.lower(): _value(value["value"], lang) for f in value["forms"]})
            nouns |= {f for f in value["forms"] if f[:1].isupper() and " " not in f}
        elif key == "digits":
            lex.digits.append(value)
        elif key == "verb":
            lex.verbs.append((_checked_type(value["type"], lang, key), _words([value["regex"].pattern], 0)))
        elif key in ("noun", "unit", "class"):
            lex.heads.append(_head(key, value, lang))
        else:
            raw.setdefault(key, []).append(value)
    for v in raw.get("compound", []):
        _compounds(lex, v, lang)
    cards = "|".join(lex.compound_sources.get("cardinal", []) + [_alternation(lex.cardinals), r"\d{1,3}"])
    ords = "|".join(lex.compound_sources.get("ordinal", []) + [_alternation(lex.ordinals)]
                    + [p.pattern.replace("(", "(?:", 1) for p in lex.digits])
    src = {k: [v.pattern if isinstance(v, re.Pattern) else v for v in vs] for k, vs in raw.items()}
    lex.times = [_template(s, cards, ords, lang) for s in src.get("times", [])]
    lex.places = [_template(s, cards, ords, lang) for s in src.get("places", [])]
    lex.anniversary = [_template(s, cards, ords, lang) for s in src.get("anniversary", [])]
    lex.again = [(_template(s, cards, ords, lang), None) for s in src.get("again", [])]
    lex.again += [(_template(v["regex"].pattern, cards, ords, lang), _value(v["value"], lang)) for v in raw.get("again-fixed", [])]
    lex.last = [_words([s]) for s in src.get("last", [])]
    lex.not_since = _words(src.get("not-since", []))
    lex.owner = _words(src.get("owner", []))
    lex.plural_owner = _words(src.get("plural-owner", []))
    lex.stop = re.compile("|".join(src["stop"])) if src.get("stop") else None
    lex.abroad = _words(src.get("abroad", []))
    lex.coordinator = _words(src.get("coordinator", []))
    lex.between = _words(src.get("between", []))
    lex.agent = _words(src.get("agent", []))
    lex.relative = _words(src.get("relative", []))
    lex.nearest = _words(src.get("nearest", []))
    lex.title = re.compile("|".join(src["title"]), re.IGNORECASE) if src.get("title") else None
    lex.temporal = _words(src.get("temporal", []))
    lex.speaker_owner = _words(src.get("speaker-owner", []), 0)
    lex.addressee_owner = _words(src.get("addressee-owner", []), 0)
    lex.addressee = _words(src.get("addressee", []), 0)
    lex.speaker_plural_owner = _words(src.get("speaker-plural-owner", []), 0)
    lex.tell = _words(src.get("tell", []))
    lex.locative = _words(src.get("locative", []))
    lex.streak = _words(src.get("streak", []))
    lex.role_as = _words(src.get("role-as", []))
    lex.do_so = _words(src.get("do-so", []))
    lex.ago = _words(src.get("ago", []))
    lex.being = _words(src.get("being", []), 0)
    lex.length = _words(src.get("length", []))
    lex.indefinite = _words(src.get("indefinite", []))
    lex.pair = _words(src.get("pair", []))
    lex.opener = _words(src.get("opener", []))
    lex.partitive = _words(src.get("partitive", []))
    lex.vote_round = _words(src.get("vote-round", []))
    lex.anchor = _words(src.get("anchor", []))
    lex.itinerary = _words(src.get("itinerary", []))
    lex.office_start = _words(src.get("office-start", []))
    lex.initial = _words(src.get("initial", []), 0)
    lex.contraction = _words(src.get("contraction", []))
    lex.name_adjective = re.compile("|".join(src["name-adjective"])) if src.get("name-adjective") else None
    lex.multi_ordinals = [(re.compile(re.escape(f).replace(r"\ ", r"\s+") + _E, re.IGNORECASE), v)
                          for f, v in lex.ordinals.items() if " " in f]
    lex.multi_cardinals = [(re.compile(re.escape(f).replace(r"\ ", r"\s+") + _E, re.IGNORECASE), v)
                           for f, v in lex.cardinals.items() if " " in f and lex.cardinal(f.split()[-1]) is None]
    multi = [p.pattern for p, _ in lex.multi_ordinals + lex.multi_cardinals]
    lex.multi_start = re.compile("|".join(f"(?:{p})" for p in multi), re.IGNORECASE) if multi else None
    lex.noun_numbers = frozenset(nouns)
    lex.as_many = [(v["unit"], _words([v["regex"].pattern])) for v in raw.get("as-many", [])]
    for v in raw.get("window", []):
        lex.windows.setdefault(v["cue"], []).append(v["regex"].pattern)
    lex.windows = {cue: _words(ps) for cue, ps in lex.windows.items()}
    lex.number_gate = number_gate(lex)
    return lex


def number_gate(lex: Lexicon) -> re.Pattern | None:
    """A pattern that matches a sentence (searched in it alone, ``text[start:end]``) wherever one
    of its tokens (:func:`kb.claims.grammar.tokens`) has a value (:meth:`Lexicon.values`) or may
    open a multi-word ordinal: a digit (every ``digits`` line must begin with one), or a number
    word case-insensitively (a token is looked up lower-cased; the regex engine's case folding
    matches every such spelling), not inside a word -- a token ends where its letters do, and
    begins after no letter but the "s" of a possessive ("James's"). None where the lexicon's words
    cannot be so bounded (then every sentence is read)."""
    from kb.temporal.prefilter import first_characters, gate_finder, guarded

    # a token holds no space: a word of several is looked up only as a multi-word ordinal
    words = {w for w in (*lex.ordinals, *lex.cardinals, *lex.compound_ordinals, *lex.compound_cardinals)
             if w and not re.search(r"\s", w)}
    words |= {w.split()[0] for w in lex.ordinals if re.search(r"\s", w) and w.split()}
    words |= {w.split()[0] for w in lex.cardinals if re.search(r"\s", w) and w.split() and lex.cardinal(w.split()[-1]) is None}
    if not words or any(not re.match(r"\w", w[-1]) for w in words) \
            or any(first_characters(p.pattern) not in (r"[\d]", "[0-9]") for p in lex.digits):
        return None
    trie = gate_finder(words)[0].pattern
    source = rf"(?:(?<!\w)|(?<=s)){trie}(?!\w)|\d"
    # behind a lookahead for the characters its matches begin with: the same matches, found faster
    return programs.compile(guarded(source, re.IGNORECASE) or source, re.IGNORECASE)


def _compounds(lex: Lexicon, line: dict, lang: str) -> None:
    """The number words of tens and units ("twenty-one", "twenty-first", "einundzwanzigsten") a
    ``compound`` line writes, from the tens and units the file lists; the part written last takes
    its ordinal form."""
    template = line["template"]
    if "{T}" not in template or "{U}" not in template:
        raise LanguageDataError(f"kb/lang/{lang}/claims.txt", None, f"a compound needs {{T}} and {{U}}: {template!r}")
    units_last = template.index("{U}") > template.index("{T}")

    def forms(values: dict, lo: int, hi: int, step: int = 1) -> dict:
        return {f: v for f, v in values.items() if isinstance(v, int) and v in range(lo, hi + 1, step) and " " not in f and "-" not in f}

    tens, units = forms(lex.cardinals, 20, 90, 10), forms(lex.cardinals, 1, 9)
    if line.get("one"):
        units = {f: v for f, v in units.items() if v != 1} | {line["one"]: 1}
    ords = forms(lex.ordinals, 1, 9) if units_last else forms(lex.ordinals, 20, 90, 10)
    t_ord, u_ord = (tens, ords) if units_last else (ords, units)

    def write(t: str, u: str) -> str:
        return template.replace("{T}", t).replace("{U}", u)

    for t, tv in tens.items():
        for u, uv in units.items():
            lex.compound_cardinals.setdefault(write(t, u).lower(), tv + uv)
    for t, tv in t_ord.items():
        for u, uv in u_ord.items():
            lex.compound_ordinals.setdefault(write(t, u).lower(), tv + uv)
    for kind, (ts, us) in (("cardinal", (tens, units)), ("ordinal", (t_ord, u_ord))):
        lex.compound_sources.setdefault(kind, []).append(
            re.escape(template).replace(r"\{T\}", f"(?:{_alternation(ts)})").replace(r"\{U\}", f"(?:{_alternation(us)})"))


def _checked_type(etype: str, lang: str, key: str) -> str:
    if etype not in TYPES:
        raise LanguageDataError(f"kb/lang/{lang}/claims.txt", None, f"unknown event type {etype!r} in a {key} line")
    return etype


def _head(key: str, value: dict, lang: str) -> Head:
    etype = _checked_type(value.get("type", "Other"), lang, key)
    pattern = programs.compile("(?:" + value["regex"].pattern + ")" + _E)
    if key == "noun":
        return Head("event", etype, pattern)
    if key == "unit":
        return Head(value["unit"], etype, pattern)
    return Head("class", "Other", pattern, tuple(value["kinds"]))
