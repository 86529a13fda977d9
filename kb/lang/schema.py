"""Declared formats of the language data files, and the one loader that checks them.

Every file ``kb/lang/[<iso>/]<name>.txt`` has a format declared in :data:`SCHEMAS`
under its file name. :func:`load` reads a file line by line, skips blank lines,
``#`` comments and ``# EXAMPLE:`` lines, and parses every other line with the
file's format into an :class:`Entry` (its line number and its parsed fields).
A line that does not fit -- a regular expression that does not compile, a value
of the wrong kind, an unknown category or option, too many or too few fields --
raises :class:`LanguageDataError` naming the file and the line, so ``kb timex``,
``kb extract`` and ``kb ingest`` stop with one line and exit code 2 instead of
running with a rule that silently never matches.

Schema format
-------------
A *format* says how a line splits into fields:

- ``Single(kind)``: the whole line is one value (``abbreviations.txt``: one word).
- ``Columns(sep, (name, kind), ...)``: exactly these fields, split at ``sep``
  (``"\\t"`` or ``" | "``); fields after ``optional=N`` may be left out. The
  last field takes the rest of the line, so a regular expression in it may
  contain the separator.
- ``Keyed(sep, {key: kind, ...})``: ``KEY <sep> VALUE``; the key must be one of
  the declared keys and the value is parsed with that key's kind (so one
  category can be a comma-separated word list while another is a single regular
  expression that may contain commas).
- ``Choice((prefix, format), ..., default=format)``: the first format whose
  prefix starts the line (``@name = REGEX`` definitions beside rules).

A *kind* parses one field and says what it must be:

- ``Regex(flags)``: a Python regular expression that compiles;
  ``Regex(template=True)`` first replaces ``%category``/``@name`` placeholders
  (the pattern-file syntax; the grammar then checks that they exist).
- ``Word()``: one token without whitespace; ``Phrase()``: words separated by
  single spaces; ``Text()``: any non-empty text.
- ``Int(lo, hi)``: a whole number in a range.
- ``Enum(a, b, ...)``: one of the allowed values.
- ``ListOf(kind, sep)``: a ``sep``-separated list, each item of ``kind``; an
  empty item (``a,,b`` or a trailing separator) is an error.
- ``Pair(left, right, sep=":", optional=True)``: ``LEFT:RIGHT`` (the right part
  may be left out when optional: ``bis:month`` or ``bis``).
- ``Options({key: kind or None})``: space-separated ``key=value`` items (or a
  bare ``key`` flag when its kind is None); an unknown key is an error.

A file without a declared format is an error of its own (the test that loads
every file under ``kb/lang`` fails), so a new file cannot bypass the checks.

Adopting a format in a consumer: ``load(lang, name)`` returns the entries;
``kb.lang.read_lines`` checks the file against its format before returning the
raw lines, so consumers that still split lines themselves are checked too.

Every file under ``kb/lang/<iso>/`` is checked: the temporal files here, the
word lists through :func:`kb.lang.read_lines`, and ``events.txt``, ``claims.txt``,
``discourse.txt``, ``frames.txt`` and ``person-verbs.txt`` by their readers
(``kb/events``, ``kb/claims``, ``kb/frames``, ``kb/entities``). :data:`PENDING`
is where a new file's format is declared before its reader enforces it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from kb.errors import InputError

__all__ = [
    "PENDING", "SCHEMAS", "Choice", "Columns", "Entry", "Enum", "Int", "Keyed", "LanguageDataError",
    "ListOf", "Options", "Pair", "Phrase", "Regex", "Single", "Text", "Word", "check_file", "load",
    "parse_lines",
]

_LANG_DIR = Path(__file__).resolve().parent


class LanguageDataError(InputError):
    """A line of a language data file does not fit the file's declared format."""

    def __init__(self, path: Path | str, line: int | None, reason: str):
        self.path, self.line, self.reason = str(path), line, reason
        where = f"{_shown(path)}, line {line}" if line else _shown(path)
        super().__init__(f"{where}: {reason}")


def _shown(path: Path | str) -> str:
    p = Path(path)
    try:
        return str(p.resolve().relative_to(_LANG_DIR.parent.parent))
    except ValueError:
        return str(p)


# ---------------------------------------------------------------- kinds


class Kind:
    """Parses one field; raises ValueError with a reason a user can act on."""

    def parse(self, text: str) -> Any:
        raise NotImplementedError


@dataclass(frozen=True)
class Text(Kind):
    def parse(self, text: str) -> str:
        if not text:
            raise ValueError("empty value")
        return text


@dataclass(frozen=True)
class Word(Kind):
    def parse(self, text: str) -> str:
        if not text or any(ch.isspace() for ch in text):
            raise ValueError(f"expected one word, got {text!r}")
        return text


@dataclass(frozen=True)
class Phrase(Kind):
    def parse(self, text: str) -> str:
        if not text or text != " ".join(text.split()):
            raise ValueError(f"expected words separated by single spaces, got {text!r}")
        return text


@dataclass(frozen=True)
class Int(Kind):
    lo: int | None = None
    hi: int | None = None

    def parse(self, text: str) -> int:
        if not re.fullmatch(r"-?\d+", text):
            raise ValueError(f"expected a whole number, got {text!r}")
        n = int(text)
        if (self.lo is not None and n < self.lo) or (self.hi is not None and n > self.hi):
            raise ValueError(f"{n} is outside {self.lo}..{self.hi}")
        return n


@dataclass(frozen=True)
class Enum(Kind):
    values: tuple[str, ...]

    def __init__(self, *values: str):
        object.__setattr__(self, "values", tuple(values))

    def parse(self, text: str) -> str:
        if text not in self.values:
            raise ValueError(f"{text!r} is not one of {', '.join(self.values)}")
        return text


_TEMPLATE_REF = re.compile(r"[%@][a-z][a-z_]*")


@dataclass(frozen=True)
class Regex(Kind):
    flags: int = 0
    template: bool = False  # %category and @name placeholders (temporal-patterns.txt)

    def parse(self, text: str) -> re.Pattern:
        if not text:
            raise ValueError("empty regular expression")
        source = _TEMPLATE_REF.sub("(?:x)", text) if self.template else text
        from kb.temporal import programs  # (kb.temporal imports this module)

        try:
            compiled = programs.compile(source, self.flags)
        except re.error as exc:
            raise ValueError(f"regular expression does not compile ({exc}): {text!r}") from None
        return compiled if not self.template else text


@dataclass(frozen=True)
class ListOf(Kind):
    item: Kind
    sep: str = ","

    def parse(self, text: str) -> list:
        parts = [p.strip() for p in text.split(self.sep)]
        if any(not p for p in parts):
            raise ValueError(f"empty item in a {self.sep!r}-separated list: {text!r}")
        return [self.item.parse(p) for p in parts]


@dataclass(frozen=True)
class Pair(Kind):
    left: Kind
    right: Kind
    sep: str = ":"
    optional: bool = False

    def parse(self, text: str) -> tuple:
        a, found, b = text.partition(self.sep)
        if not found:
            if not self.optional:
                raise ValueError(f"expected LEFT{self.sep}RIGHT, got {text!r}")
            return self.left.parse(a.strip()), None
        return self.left.parse(a.strip()), self.right.parse(b.strip())


@dataclass(frozen=True)
class Options(Kind):
    allowed: dict = field(default_factory=dict)  # key -> Kind, or None for a bare flag

    def __hash__(self):
        return hash(tuple(sorted(self.allowed)))

    def parse(self, text: str) -> dict:
        out: dict[str, Any] = {}
        for item in text.split():
            key, has_value, value = item.partition("=")
            if key not in self.allowed:
                raise ValueError(f"unknown option {key!r} (allowed: {', '.join(sorted(self.allowed))})")
            kind = self.allowed[key]
            if kind is None:
                if has_value:
                    raise ValueError(f"option {key!r} takes no value")
                out[key] = True
            else:
                if not value:
                    raise ValueError(f"option {key!r} needs a value ({key}=...)")
                out.setdefault(key, []).append(kind.parse(value))
        return out


# ---------------------------------------------------------------- formats


@dataclass(frozen=True)
class Entry:
    """One data line: its 1-based line number, raw text and parsed fields."""

    line: int
    text: str
    fields: dict

    def __getitem__(self, name: str) -> Any:
        return self.fields[name]

    def get(self, name: str, default: Any = None) -> Any:
        return self.fields.get(name, default)


class Format:
    def parse(self, line: str) -> dict:
        raise NotImplementedError


@dataclass(frozen=True)
class Single(Format):
    kind: Kind

    def parse(self, line: str) -> dict:
        return {"value": self.kind.parse(line.strip())}


@dataclass(frozen=True)
class Columns(Format):
    sep: str
    columns: tuple[tuple[str, Kind], ...]
    optional: int | None = None  # columns from this index on may be missing

    def __init__(self, sep: str, *columns: tuple[str, Kind], optional: int | None = None):
        object.__setattr__(self, "sep", sep)
        object.__setattr__(self, "columns", tuple(columns))
        object.__setattr__(self, "optional", optional)

    def parse(self, line: str) -> dict:
        n = len(self.columns)
        parts = line.split(self.sep, n - 1)
        least = n if self.optional is None else self.optional
        if len(parts) < least:
            shown = "tab" if self.sep == "\t" else repr(self.sep.strip() or self.sep)
            raise ValueError(f"expected {least if least == n else f'{least} to {n}'} {shown}-separated "
                             f"fields ({', '.join(c for c, _ in self.columns)}), found {len(parts)}")
        out = {}
        for (name, kind), part in zip(self.columns, parts):
            try:
                out[name] = kind.parse(part.strip())
            except ValueError as exc:
                raise ValueError(f"field {name}: {exc}") from None
        return out


@dataclass(frozen=True)
class Keyed(Format):
    sep: str
    keys: tuple[tuple[str, Kind], ...]

    def __init__(self, sep: str, keys: dict[str, Kind]):
        object.__setattr__(self, "sep", sep)
        object.__setattr__(self, "keys", tuple(keys.items()))

    def parse(self, line: str) -> dict:
        key, found, rest = line.partition(self.sep)
        key = key.strip()
        kinds = dict(self.keys)
        if not found:
            raise ValueError(f"expected KEY{self.sep if self.sep != chr(9) else '<tab>'}VALUE")
        if key not in kinds:
            raise ValueError(f"unknown key {key!r} (allowed: {', '.join(kinds)})")
        try:
            return {"key": key, "value": kinds[key].parse(rest.strip())}
        except ValueError as exc:
            raise ValueError(f"{key}: {exc}") from None


@dataclass(frozen=True)
class Choice(Format):
    prefixed: tuple[tuple[str, Format], ...]
    default: Format

    def parse(self, line: str) -> dict:
        for prefix, fmt in self.prefixed:
            if line.startswith(prefix):
                return {"form": prefix, **fmt.parse(line[len(prefix):])}
        return {"form": "", **self.default.parse(line)}


# ---------------------------------------------------------------- the files

_TENSE_KINDS = ("weekday", "month", "quarter")
_WORDS = ListOf(Phrase(), ",")

TEMPORAL_WORDS = Columns(" | ", ("category", Enum(
    "adjunit", "ampm", "approx", "clock", "decade", "dir", "followunit", "future", "half", "holiday", "mod",
    "month", "monthname", "number", "number_joiner", "ordinal", "part", "partsuffix", "past", "pmod",
    "present", "prevunit", "reladj", "relday", "season", "seasonsafe", "setunit", "thousand", "unit",
    "weekday", "weekdayabbr", "weekdays")),
    ("spellings", ListOf(Phrase(), ",")), ("value", Word()), optional=2)

TEMPORAL_PATTERNS = Choice(
    (("@", Columns("=", ("name", Word()), ("regex", Regex(template=True)))),),
    Columns(" | ", ("name", Word()), ("type", Enum("DATE", "TIME", "DURATION", "SET", "IGNORE")),
            ("value", Word()), ("regex", Regex(template=True))))

TEMPORAL_TENSE = Keyed(" | ", {
    "future": _WORDS, "announce": _WORDS, "past": _WORDS, "past-before-time": _WORDS, "not-cue": _WORDS, "passive": _WORDS,
    "pluperfect": _WORDS, "clause": _WORDS, "report": _WORDS, "focus": _WORDS, "subordinate": _WORDS, "later-than": _WORDS, "open-after": _WORDS, "report-opener": _WORDS, "earlier-than": _WORDS, "eve": _WORDS, "determiner": _WORDS,
    "attributive-regex": Regex(), "announced-regex": Regex(), "headline-regex": Regex(), "not-past": _WORDS, "infinitive-aux": _WORDS,
    # one regular expression per line: a comma inside it ({3,}) is part of it
    "past-regex": Regex(),
    "past-suffix": ListOf(Pair(Word(), Int(1, 40)), ","),
    "future-before": ListOf(Pair(Phrase(), Enum(*_TENSE_KINDS), optional=True), ","),
    "past-before": ListOf(Pair(Phrase(), Enum(*_TENSE_KINDS), optional=True), ","),
    "fixed": ListOf(Enum(*_TENSE_KINDS), ","),
    "default": ListOf(Pair(Enum(*_TENSE_KINDS), Enum("past", "future", "nearest")), ","),
    "present": ListOf(Pair(Enum("calendar"), Enum("past", "future")), ","),
})

# claims.txt (read by kb/claims/lexicon.py): the claim grammar of a language
CLAIMS = Keyed("\t", {
    "ordinal": Columns("\t", ("value", Word()), ("forms", ListOf(Phrase(), "|"))),
    "cardinal": Columns("\t", ("value", Word()), ("forms", ListOf(Phrase(), "|"))),
    "digits": Regex(),
    "noun": Columns("\t", ("type", Word()), ("regex", Regex())),
    "verb": Columns("\t", ("type", Word()), ("regex", Regex())),
    "unit": Columns("\t", ("unit", Enum("term", "round")), ("type", Word()), ("regex", Regex())),
    "class": Columns("\t", ("kinds", ListOf(Word(), ",")), ("regex", Regex())),
    **{k: Regex() for k in ("times", "again", "last", "not-since", "places", "anniversary", "owner",
                             "plural-owner", "stop", "abroad", "coordinator", "temporal", "title", "between", "agent", "relative", "nearest",
                             "speaker-owner", "addressee-owner", "addressee", "tell", "locative", "streak",
                             "role-as", "do-so", "name-adjective", "ago", "initial", "contraction", "office-start", "itinerary", "speaker-plural-owner",
                             "being", "length", "indefinite", "pair", "opener", "partitive", "vote-round", "anchor")},
    "again-fixed": Columns("\t", ("value", Word()), ("regex", Regex())),
    # how a number word of tens and units is written: {T} a tens cardinal, {U} a unit cardinal; the
    # part written last takes its ordinal form: "{T}-{U}" -> twenty-one, twenty-first; "{U}und{T}" ->
    # einundzwanzig, einundzwanzigsten; ONE: the form of 1 inside a compound ("ein")
    "compound": Columns("\t", ("template", Word()), ("one", Word()), optional=1),
    "window": Columns("\t", ("cue", Enum("since", "within", "period", "adjacent", "span")), ("regex", Regex())),
    # a within-window as long as the claim's own number: "third meeting in as many months" -> P3M
    "as-many": Columns("\t", ("unit", Enum("Y", "M", "W", "D")), ("regex", Regex())),
})

SCHEMAS: dict[str, Format] = {
    "temporal-words.txt": TEMPORAL_WORDS,
    "temporal-patterns.txt": TEMPORAL_PATTERNS,
    "temporal-tense.txt": TEMPORAL_TENSE,
    "abbreviations.txt": Single(Word()),
    "boilerplate.txt": Single(Regex(re.IGNORECASE)),
    "function-words.txt": Keyed("\t", {k: ListOf(Word(), "|") for k in (
        "determiner", "owner", "genitive", "seat", "listjoin", "adjective-ending", "name-suffix",
        "target", "lasting", "infinitive", "pronoun", "possessive", "complement", "predicative", "collective",
        "date-prep", "self-subject", "name-possessive", "demonym-plural", "setting", "conveyance",
        "said-subject", "commissive", "company-suffix", "comitative", "body-head", "time-clause", "honorific", "time-subordinator",
        "dative", "gerund-opener", "indefinite", "content-opener")}),
    "institutions.txt": Columns("\t", ("tag", Word()), ("forms", ListOf(Phrase(), "|"))),
    "metonyms.txt": Single(Word()),
    "references.txt": Columns("\t", ("kind", Enum("pair", "sides", "place", "pronoun", "object", "country", "epithet")), ("regex", Regex())),
    "roles.txt": Columns("\t", ("role", Word()), ("jurisdiction", Word()), ("forms", ListOf(Phrase(), "|"))),
    "claims.txt": CLAIMS,
    # "%NAME<TAB>ENDINGS" declares an inflection class; "%NAME" after a stem in a cue stands for it
    "status.txt": Choice((("%", Columns("\t", ("name", Word()), ("endings", ListOf(Word(), "|")))),),
                         Columns("\t", ("status", Enum("did_not_occur", "hypothetical", "planned", "ongoing",
                                                        "past")), ("regex", Regex(template=True)))),
    # kb/events/anchors.py: RELATION<TAB>DAYS<TAB>REGEX, a preposition that tells an event by another's time
    "anchors.txt": Columns("\t", ("relation", Enum("same", "after", "before", "start", "end")), ("days", Int(0)),
                           ("regex", Regex(re.IGNORECASE))),
    "discourse.txt": Columns("\t", ("cue", Enum("begin", "end", "arrive", "restate", "earlier", "within", "generic", "dateline", "purpose", "close", "dayof", "held", "tail", "at", "sequel", "depart", "lands", "attributive", "until", "setting", "apart", "topic", "there", "refers", "attached", "where", "when", "recent", "eve")),
                             ("regex", Regex(re.IGNORECASE))),
}

# The sources a template may name (kb/events/templates.py): the slots of a frame (kb/frames) and
# the clause sources "~NAME" of kb/events/roles.py (SOURCES; tests/test_lang_schema.py checks that
# the two lists agree).
FRAME_SLOTS = ("subj", "obj", "owner", "com", "dest", "loc", "origin", "host", "agent", "between", "source",
               "against", "topic", "mod", "complement")
CLAUSE_SOURCES = ("invited-by", "possessor", "agent", "person", "actor", "context", "hosting", "hosted", "by",
                  "subject", "object", "last-person", "first-person", "loser", "attacker", "attacked",
                  "locative", "visited", "host-country", "later", "adj-country", "there")
_SOURCE = Enum(*FRAME_SLOTS, *(f"~{x}" for x in CLAUSE_SOURCES))
# ROLE:GROUP|GROUP with GROUP = SOURCE+SOURCE: the first group that names anyone fills the role
_SLOTS = ListOf(Pair(Word(), ListOf(ListOf(_SOURCE, "+"), "|"), optional=False), ";")
# the roles= kinds whose participants a template names (the other kinds are procedural:
# kb/events/roles.py, docs/frames.md)
TEMPLATE_KINDS = ("visit", "host", "winner", "aggressor")
_EVENT_OPTIONS = Options({
    "roles": Enum(*TEMPLATE_KINDS, "speaker", "all", "line"),
    "needs": Enum("place", "date", "object", "partner"),
    "outcome": Word(), "speaker": Word(), "nominal": None, "source": None, "raw": None, "strict": None, "media": None,
    "share": None,  # kb/events (roles=winner): a share of the votes, no win: a subject named as someone's opponent (@opponent) wins nothing
    "light": None,  # kb/events: its verb with an object of the @light cue is a light-verb construction, no event
    "sides": None,  # kb/events: a sentence naming no party takes the two parties told just before
    "bare": None,  # kb/events (nominal): the event stands with no participant and no place ("the 1996 Olympic bombing")
    "window": None,  # kb/events (nominal): an event of its own even where it opens a claim's window ("my first trip after the election in Chile"), not what the claim counts
    "done": None,  # kb/events: the trigger names the outcome of an event behind ("the election winner"): past, dated only by a date inside it
    "act": None,  # kb/events (roles=speaker): an act, not a saying ("invited X to talks"): what follows it is not what it says
    # kb/events: only participants of these entity kinds take part (relations are between states:
    # "parties=country|organisation|government"); with none of them there is no event
    "parties": ListOf(Enum("person", "country", "city", "region", "government", "ministry", "office",
                           "organisation", "agency", "group"), "|"),
    "noreport": None,  # kb/events (roles=speaker): a saying of a noun phrase ("hailed the deal"): what follows reports nothing, so its speaker may take part in an event told after it
    # kb/events/templates.py: ROLE:SLOT|SLOT;ROLE:SLOT+SLOT, and frame conditions SLOT:KIND,...
    "slots": _SLOTS,
    "frame": ListOf(Pair(Word(), Word(), optional=False), ","),
    "not-next": Regex(),  # kb/events/rules.py: the words right after a frame trigger's predicate must not match ("called for")
    "not-prev": Regex(),  # kb/events/rules.py: the words right before a frame trigger's predicate must not match ("so called")
})
# "%template<TAB>KIND<TAB>slots=...": the default template of a roles= kind (a trigger line's own
# slots= come first)
_TEMPLATE_LINE = Columns("\t", ("kind", Enum(*TEMPLATE_KINDS)), ("options", Options({"slots": _SLOTS})))
_FORMS = ListOf(Phrase(), "|")
# kb/frames (kb/frames/lexicon.py also checks the verb fields and the classes of its kinds)
FRAMES = Keyed("\t", {
    "order": Enum("v2", "svo"),
    "prep": Columns("\t", ("class", Enum("com", "dest", "loc", "origin", "host", "agent", "between", "owner",
                                        "source", "against", "topic")), ("forms", _FORMS)),
    "verb": Columns("\t", ("lemma", Word()), ("forms", Text())),
    "noun": Columns("\t", ("lemma", Word()), ("forms", _FORMS)),
    "aux": Columns("\t", ("kind", Enum("future", "have", "be", "passive", "do", "past")), ("forms", _FORMS)),
    "possessive": Columns("\t", ("key", Word()), ("regex", Regex())),
    "class": Columns("\t", ("name", Word()), ("lemmas", _FORMS)),
    **{k: Columns("\t", ("key", Word()), ("forms", _FORMS))
       for k in ("modal", "negation", "relative", "subordinator", "subjunctive", "accusative", "title", "plural")},
})
SCHEMAS.update({
    "events.txt": Choice((("%template\t", _TEMPLATE_LINE),),
                         Columns("\t", ("head", Word()), ("regex", Regex()), ("options", _EVENT_OPTIONS), optional=2)),
    "frames.txt": FRAMES,
    "person-verbs.txt": Single(Phrase()),
})

# Declared for their owners to adopt (see the module docstring); none is waiting now.
PENDING: dict[str, Format] = {}


def parse_lines(path: Path | str, lines, fmt: Format) -> tuple[Entry, ...]:
    """Parse ``lines`` (the file's text split into lines) with ``fmt``; errors name ``path`` and the line."""
    out = []
    for number, raw in enumerate(lines, 1):
        stripped = raw.strip()
        if not stripped or stripped.startswith("#"):
            continue
        try:
            fields = fmt.parse(raw.rstrip("\r\n"))
        except ValueError as exc:
            raise LanguageDataError(path, number, str(exc)) from None
        out.append(Entry(number, raw.rstrip("\r\n"), fields))
    return tuple(out)


def format_of(name: str) -> Format | None:
    """The declared format of data file ``name`` (None when it has none)."""
    return SCHEMAS.get(name)


def check_file(path: Path | str, fmt: Format | None = None) -> tuple[Entry, ...]:
    """Parse a data file with its declared format (by file name unless ``fmt`` is given)."""
    path = Path(path)
    fmt = fmt or SCHEMAS.get(path.name)
    if fmt is None:
        raise LanguageDataError(path, None, "no format is declared for this file in kb/lang/schema.py")
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise LanguageDataError(path, None, f"cannot be read: {exc}") from None
    return parse_lines(path, text.splitlines(), fmt)


@lru_cache(maxsize=None)
def load(lang: str, name: str) -> tuple[Entry, ...]:
    """The checked entries of ``kb/lang/<lang>/<name>`` (``lang=""``: the shared folder); () when missing."""
    path = _LANG_DIR / lang / name if lang else _LANG_DIR / name
    if not path.exists():
        return ()
    return check_file(path)
