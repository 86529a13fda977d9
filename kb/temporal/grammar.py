"""Compiles a language's temporal data files into rules.

A language is described by three files in ``kb/lang/<iso>/`` (their headers
say the format): ``temporal-words.txt`` (word lists with normalised values),
``temporal-patterns.txt`` (``@name = regex`` definitions and
``name | TYPE | VALUE | REGEX`` rules) and ``temporal-tense.txt`` (tense cue
words). Nothing here knows a language; it only expands placeholders and
normalises named groups.

Group names decide how a matched piece is normalised (trailing digits are
ignored so one rule can use ``month1`` and ``month2``): ``year``, ``day``,
``num``, ``hour``, ``minute``, ``decade``, ``century``, ``bcyear``,
``quarter``, ``cc``/``yy`` (digits as written), ``hourbefore`` ("halb sieben": 06) have built-in normalisers; any other name is looked up in the word
category of that name (``month``, ``weekday``, ``unit``, ``season``, ...).
A group named ``x`` marks the extent when it is narrower than the match.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from kb import lang as langdata
from kb.lang import schema
from kb.temporal import cache, programs
from kb.temporal.fallback import fallback_rules
from kb.temporal.prefilter import guarded, required_literals

__all__ = ["Grammar", "Rule", "compound_duration", "load_grammar"]

_PLACEHOLDER = re.compile(r"%([a-z][a-z_]*)")
_DEFINE_REF = re.compile(r"@([a-z][a-z_]*)")
_TRAILING_DIGITS = re.compile(r"\d+$")

# TIMEX3 duration letters of the units kb knows.
_UNIT_CODES = {"second": "TS", "minute": "TM", "hour": "TH", "day": "D", "week": "W", "weekend": "WE",
               "month": "M", "quarter": "Q", "half": "H", "year": "Y", "decade": "DE", "century": "CE"}


@dataclass
class Rule:
    name: str
    type: str
    template: str
    pattern: str  # the regex, placeholders expanded
    gate: frozenset[str] | None = None  # one of these (lower-case) must occur in the text
    _regex: re.Pattern | None = field(default=None, repr=False, compare=False)
    # the pattern behind a lookahead for the character its matches begin with (prefilter.guarded):
    # the same matches, tried faster; what is compiled when there is one
    guard: str | None = field(default=None, repr=False, compare=False)

    @property
    def regex(self) -> re.Pattern:
        """The compiled pattern, compiled on first use: most texts never reach most rules' gates."""
        if self._regex is None:
            self._regex = programs.compile(self.guard or self.pattern)
        return self._regex


@dataclass
class Grammar:
    """Compiled temporal knowledge of one language."""

    lang: str
    words: dict[str, dict[str, str]]
    rules: list[Rule]
    defines: dict[str, str]
    tense: dict[str, list[str]] = field(default_factory=dict)
    range_gap: re.Pattern | None = None
    span_gap: re.Pattern | None = None  # the part of range_gap that orders its ends ("bis", "to")
    since_cue: re.Pattern | None = None
    ago_cue: re.Pattern | None = None  # "vor" in "vor zwei Jahren": the duration ends at the reference date
    aside_cue: re.Pattern | None = None  # "seit 1975": a year that does not move a story's time
    ahead_cue: re.Pattern | None = None  # "in" in "in einem Jahr": a future date in the pipeline view
    former: re.Pattern | None = None  # "Ex" in "Ex-Minister": a TIMEX3 reference, no date of anything
    later_cue: re.Pattern | None = None  # "later" after "four years": a date after the last one told
    story_cue: re.Pattern | None = None  # "Im" before "Dezember": a month a past report goes on to
    named_cue: re.Pattern | None = None  # "im Krieg 1870": a year that names a thing, not the story's time

    def lookup(self, category: str, text: str) -> str | None:
        table = self.words.get(category)
        if table is None:
            return None
        key = _key(text)
        if key in table:
            return table[key]
        return table.get(key.rstrip("."))

    def number(self, text: str) -> str | None:
        """Digits or number words (``sieben``, ``twenty-four``, ``einundzwanzig``) as a string; ``X`` when vague."""
        t = text.strip()
        digits = t.replace(",", ".")
        if re.fullmatch(r"\d+", digits):
            return str(int(digits))
        if re.fullmatch(r"\d+\.\d+", digits):
            return digits.rstrip("0").rstrip(".")
        whole = self.lookup("number", t)
        if whole is not None:
            return whole
        joiners = [re.escape(j) for j in self.words.get("number_joiner", {})]
        words = _key(t).split()
        if len(words) > 1 and self.lookup("number", words[0]) == "1" \
                and self.lookup("number", words[1]) not in ("100", "1000"):
            words = words[1:]  # "a five-year low": the article is not part of the number
        chain = self._glued_words(words[0]) if len(words) == 1 else None  # "zweihundertfünfzig"
        if chain is None:
            parts = re.split(r"[\s\-]+" + ("|" + "|".join(joiners) if joiners else ""), " ".join(words))
            chain = [self.lookup("number", p) or self._glued_fraction(p) for p in parts if p]
        total, current = 0, 0
        for v in chain:
            if v == "X" and (total or current):
                continue  # "zwölf lange Jahre": a vague word after a number describes it
            if v is None or v == "X":
                return v
            n = float(v)
            if n in (100, 1000):
                current = (current or 1) * n  # "hundert" alone is one hundred
                if n == 1000:
                    total, current = total + current, 0
            else:
                current += n
        n = total + current
        return str(int(n)) if n == int(n) else str(n)

    def _glued_words(self, word: str) -> list[str] | None:
        """Number words written as one ("hundertfünfzig"), as their values, longest word first; None if
        the word is no such chain."""
        for k in range(len(word) - 1, 1, -1):
            head = self.lookup("number", word[:k])
            if head is None or head == "X":
                continue
            tail = word[k:]
            for joiner in self.words.get("number_joiner", {}):  # "einundzwanzig"
                if tail.startswith(joiner) and len(tail) > len(joiner):
                    tail = tail[len(joiner):]
                    break
            last = self.lookup("number", tail)
            rest = [last] if last is not None and last != "X" else self._glued_words(tail)
            if rest:
                return [head, *rest]
        return None

    def _glued_fraction(self, word: str) -> str | None:
        """ "zweieinhalb": a number word with a fraction word glued to it (2 + 0.5)."""
        for k in range(2, len(word) - 1):
            head, tail = self.lookup("number", word[:k]), self.lookup("number", word[k:])
            if head and tail and head != "X" and tail != "X" and float(tail) < 1:
                return str(float(head) + float(tail))
        return None

    def normalise(self, group: str, text: str) -> str | None:
        base = _TRAILING_DIGITS.sub("", group)
        handler = _NORMALISERS.get(base)
        if handler:
            return handler(self, text)
        return self.lookup(base, text)


def names_unit(lang: str, text: str) -> bool:
    """Does a time expression name its span by a unit ("this year", "in diesem Monat", "the past
    week")? A month or day named by its name ("last June", "this Monday") does not: it is a date
    something took place on, not a window events are counted in ("first met in Singapore last
    June")."""
    g = load_grammar(lang)
    return any(g.lookup("unit", w) for w in re.findall(r"[^\W\d]+", text))


def _key(text: str) -> str:
    return " ".join(text.lower().split())


def _year(g: Grammar, text: str) -> str | None:
    digits = re.sub(r"\D", "", text)
    if not digits:
        return _spelled_year(g, text)
    if len(digits) == 2:  # '98, 03
        n = int(digits)
        return f"{2000 + n if n <= 30 else 1900 + n:04d}"
    return f"{int(digits):04d}"


def _spelled_year(g: Grammar, text: str) -> str | None:
    """ "nineteen ninety-four" -> 1994, "two thousand one" -> 2001."""
    words = re.split(r"[\s\-]+", _key(text))
    hundreds = g.lookup("number", words[0]) if words else None
    if hundreds is None or not hundreds.isdigit():
        return None
    rest = [w for w in words[1:] if w not in g.words.get("number_joiner", {})]
    if rest and rest[0] in g.words.get("thousand", {}):
        tail = g.number(" ".join(rest[1:])) if rest[1:] else "0"
        return f"{int(hundreds) * 1000 + int(tail):04d}" if tail and tail.isdigit() else None
    tail = g.number(" ".join(rest)) if rest else None
    if tail is None or not tail.isdigit() or not 10 <= int(hundreds) <= 20:
        return None
    return f"{int(hundreds) * 100 + int(tail):04d}"


def _day(g: Grammar, text: str) -> str | None:
    digits = re.sub(r"\D", "", text)
    n = int(digits) if digits else None
    if n is None:
        v = g.lookup("ordinal", text)
        n = int(v) if v and v.isdigit() else None
    return f"{n:02d}" if n and 1 <= n <= 31 else None


def _month(g: Grammar, text: str) -> str | None:
    digits = re.sub(r"\D", "", text)
    if digits:
        n = int(digits)
        return f"{n:02d}" if 1 <= n <= 12 else None
    return g.lookup("month", text)


def _two(g: Grammar, text: str) -> str | None:
    digits = re.sub(r"\D", "", text)
    if digits:
        return f"{int(digits):02d}"
    n = g.number(text)  # "um zehn Uhr", "ten o'clock"
    return f"{int(n):02d}" if n and n.isdigit() and int(n) <= 24 else None


def _hour_before(g: Grammar, text: str) -> str | None:
    """ "halb sieben" is half past six: the hour before the one named."""
    h = _two(g, text)
    return f"{(int(h) - 1) % 24:02d}" if h and 1 <= int(h) <= 24 else None


def _digits(g: Grammar, text: str) -> str | None:
    digits = re.sub(r"\D", "", text)
    return digits or None


def _ordinal(g: Grammar, text: str) -> str | None:
    digits = re.sub(r"\D", "", text)
    if digits:
        return str(int(digits))
    return g.lookup("ordinal", text) or g.number(text)


def _decade(g: Grammar, text: str) -> str | None:
    digits = re.sub(r"\D", "", text)
    if len(digits) == 4:
        return digits[:3]
    if len(digits) == 2:
        return ("19" if digits >= "30" else "20") + digits[0]
    v = g.lookup("decade", text)
    return ("19" + v) if v and len(v) == 1 else v


def _century(g: Grammar, text: str) -> str | None:
    n = _ordinal(g, text)
    return f"{int(n) - 1:02d}" if n and n.isdigit() and int(n) > 0 else None


def _bcyear(g: Grammar, text: str) -> str | None:
    digits = re.sub(r"\D", "", text)
    return f"BC{int(digits):04d}" if digits else None


_NORMALISERS = {
    "year": _year, "day": _day, "month": _month, "num": lambda g, t: g.number(t),
    "hour": _two, "hourbefore": _hour_before, "minute": _two, "decade": _decade, "century": _century,
    "bcyear": _bcyear, "quarter": _ordinal, "ord": _ordinal,
    "cc": _digits, "yy": _digits,  # century and year digits, as written ("1912/13" -> 19 + 13)
}


def duration(num: str, unit: str) -> str:
    """TIMEX3 duration of ``num`` units: ``duration("7", "month") == "P7M"``."""
    code = _UNIT_CODES[unit]
    if num != "X":
        n = float(num)
        if unit == "hour" and n >= 24 and n % 24 == 0:
            return f"P{int(n // 24)}D"  # the corpora write "48 Stunden" as P2D
        if n != int(n) and unit in ("year", "month", "day", "hour"):
            smaller = {"year": ("month", 12), "month": ("day", 30), "day": ("hour", 24), "hour": ("minute", 60)}[unit]
            rest = duration(str(round((n - int(n)) * smaller[1])), smaller[0])
            # "anderthalb Jahre" -> P1Y6M, "zweieinhalb Stunden" -> PT2H30M, "ein halbes Jahr" -> P6M
            return (compound_duration(duration(str(int(n)), unit), rest) or rest) if int(n) else rest
        num = str(int(n)) if n == int(n) else num
    if code.startswith("T"):
        return f"PT{num}{code[1:]}"
    return f"P{num}{code}"


_DURATION_PARTS = re.compile(r"^P(?:(\d+(?:\.\d+)?)(Y|M|W|D))?(?:T(\d+(?:\.\d+)?)(H|M|S))?$")
_DATE_ORDER, _TIME_ORDER = "YMWD", "HMS"


def compound_duration(*parts: str) -> str | None:
    """One TIMEX3 duration of several, largest unit first ("zwei Jahre und sechs Monate").

    >>> compound_duration("P2Y", "P6M"), compound_duration("PT2H", "PT30M"), compound_duration("P1D", "PT12H")
    ('P2Y6M', 'PT2H30M', 'P1DT12H')
    >>> compound_duration("P6M", "P2Y") is None  # not in order: two durations, not one
    True
    """
    date_part, time_part = [], []
    last_date, last_time = -1, -1
    for p in parts:
        m = _DURATION_PARTS.match(p)
        if m is None or (m[1] and m[3]):
            return None
        if m[1]:
            pos = _DATE_ORDER.index(m[2])
            if pos <= last_date or last_time >= 0:
                return None
            last_date = pos
            date_part.append(m[1] + m[2])
        elif m[3]:
            pos = _TIME_ORDER.index(m[4])
            if pos <= last_time:
                return None
            last_time = pos
            time_part.append(m[3] + m[4])
        else:
            return None
    return "P" + "".join(date_part) + ("T" + "".join(time_part) if time_part else "")


def _alternation(words: dict[str, str], raw: list[str]) -> str:
    """Regex alternation of the spellings; lower-case spellings also match capitalised, all in capitals
    (a spelling of several words with a capitalised noun only with its first letter capitalised).

    A spelling written with a leading ``=`` matches exactly as written. The
    spellings are merged into a prefix tree, so the regex fails fast (Python's
    ``re`` tries alternatives one by one).
    """
    variants = set()
    for w in set(raw):
        exact = w.startswith("=")
        w = w.lstrip("=")
        variants.add(w)
        if not exact and w == w.lower() and w[:1].isalpha():
            variants.add(w[0].upper() + w[1:])
            variants.add(w.upper())
        elif not exact and w[:1].isupper():
            variants.add(w.upper())  # text in capitals: "AM MONTAG, 3. MÄRZ"
        elif not exact and w[:1].islower():
            variants.add(w[0].upper() + w[1:])  # "jede Woche" opening a sentence: "Jede Woche"
    return _trie_regex(variants) if variants else "(?!x)x"


def _trie_regex(strings) -> str:
    trie: dict = {}
    for s in strings:
        node = trie
        for ch in s:
            node = node.setdefault(" " if ch.isspace() else ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        branches = [(r"\s+" if k == " " else re.escape(k)) + emit(v) for k, v in sorted(node.items()) if k]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" in node:  # a spelling may end here; longer ones are tried first
            return "(?:" + body + ")?"
        return body
    return "(?:" + emit(trie) + ")"


def _parse_words(lang: str) -> tuple[dict[str, dict[str, str]], dict[str, list[str]]]:
    tables: dict[str, dict[str, str]] = {}
    spellings: dict[str, list[str]] = {}
    for entry in langdata.load(lang, "temporal-words.txt"):
        cat, words = entry["category"], entry["spellings"]
        value = entry.get("value")
        for w in words:
            tables.setdefault(cat, {})[_key(w.lstrip("="))] = value if value is not None else w
            spellings.setdefault(cat, []).append(w)
    return tables, spellings


# Fields a value template may use besides the bases of the rule's group names
# (they are derived in extract.py from ``num``, ``unit``, ``setunit``, ``adjunit``).
_DERIVED = {"dur": {"num", "unit"}, "dur1": {"unit"}, "durx": {"unit"}, "minute": set(), "unit": {"setunit"}}
_TEMPLATE_FIELD = re.compile(r"\{([a-z0-9]+)\}")


def _check_rule(path, line: int, template: str, regex: re.Pattern, tables: dict) -> None:
    """A rule whose groups cannot be normalised or whose value names a missing field never fires: say so."""
    bases = {_TRAILING_DIGITS.sub("", g) for g in regex.groupindex}
    for base in bases - {"x"}:
        if base not in _NORMALISERS and base not in tables:
            raise langdata.LanguageDataError(path, line, f"group {base!r} is neither a built-in field nor a "
                                             "category of temporal-words.txt")
    have = set(bases)
    if "setunit" in have or "adjunit" in have:
        have.add("unit")
    for name in _TEMPLATE_FIELD.findall(template):
        needs = _DERIVED.get(name)
        if name in have or (needs is not None and needs <= have):
            continue
        raise langdata.LanguageDataError(path, line, f"value field {{{name}}} is filled by no group of the regex")


def _compile_rules(lang: str, expanded_cats: dict[str, str], tables: dict) -> tuple[list[Rule], dict[str, str]]:
    path = langdata.data_path(lang, "temporal-patterns.txt")
    defines: dict[str, str] = {}
    rules: list[Rule] = []

    def expand(rx: str, line: int) -> str:
        def define(m):
            if m[1] not in defines:
                raise langdata.LanguageDataError(path, line, f"@{m[1]} is not defined on an earlier line")
            return "(?:" + defines[m[1]] + ")"

        def category(m):
            if m[1] not in expanded_cats:
                raise langdata.LanguageDataError(path, line, f"%{m[1]} is no category of temporal-words.txt")
            return expanded_cats[m[1]]
        return _PLACEHOLDER.sub(category, _DEFINE_REF.sub(define, rx))

    for entry in langdata.load(lang, "temporal-patterns.txt"):
        expanded = expand(entry["regex"], entry.line)
        try:
            compiled = re.compile(expanded)
        except re.error as exc:
            raise langdata.LanguageDataError(path, entry.line, f"regular expression does not compile "
                                             f"once expanded ({exc})") from None
        if entry["form"] == "@":
            defines[entry["name"]] = expanded
            continue
        _check_rule(path, entry.line, entry["value"], compiled, tables)
        guard = guarded(expanded)
        rules.append(Rule(entry["name"], entry["type"], entry["value"], expanded, required_literals(expanded),
                          None if guard else compiled, guard))
    return rules, defines


def _tense_cues(lang: str) -> dict[str, list]:
    """The cue lists of ``temporal-tense.txt``; each item as written (``KEY:VALUE`` pairs rejoined)."""
    tense: dict[str, list] = {}
    for entry in langdata.load(lang, "temporal-tense.txt"):
        value = entry["value"]
        items = value if isinstance(value, list) else [value]
        for item in items:
            if isinstance(item, re.Pattern):
                item = item.pattern
            elif isinstance(item, tuple):
                item = item[0] if item[1] is None else f"{item[0]}:{item[1]}"
            tense.setdefault(entry["key"], []).append(item)
    return tense


_DATA_FILES = ("temporal-words.txt", "temporal-patterns.txt", "temporal-tense.txt")
# what a cached grammar is derived by: editing any of these rebuilds it
_CODE_FILES = (Path(__file__), Path(__file__).with_name("prefilter.py"), Path(schema.__file__))
_CUES = {  # Grammar attribute: (define, regex around it)
    "range_gap": ("range", r"^(?:{})$"), "span_gap": ("span", r"^(?:{})$"), "since_cue": ("since", r"(?:{})\s*$"),
    "aside_cue": ("aside", r"(?:{})\s*$"), "ago_cue": ("ago", r"(?:{})\s*$"), "ahead_cue": ("ahead", r"(?:{})\s*$"),
    "later_cue": ("later", r"(?:{})"), "former": ("former", r"(?:{})"), "story_cue": ("story", r"(?:{})\s*$"),
    "named_cue": ("named", r"(?:{})$"),
}


@lru_cache(maxsize=None)
def load_grammar(lang: str) -> Grammar:
    """The compiled grammar of ``lang`` (cached in memory, and on disk: :mod:`.cache`).

    A language without ``temporal-patterns.txt`` gets absolute-date rules built
    from dateparser's locale data (:mod:`.fallback`), or none. A rule's regex
    is compiled when a text first needs it.
    """
    if not langdata.data_path(lang, "temporal-patterns.txt").exists():
        tables, rules = fallback_rules(lang, _alternation, Rule)
        return Grammar(lang, tables, rules, {})
    name = f"temporal-{lang}"
    key = cache.content_key(name, [langdata.data_path(lang, f) for f in _DATA_FILES] + list(_CODE_FILES))
    g = _from_payload(lang, cache.read(name, key))
    if g is None:
        g = _build(lang)
        cache.write(name, key, _payload(g))
    for attr, (define, around) in _CUES.items():
        if define in g.defines:
            setattr(g, attr, programs.compile(around.format(g.defines[define])))
    return g


def _build(lang: str) -> Grammar:
    """The grammar read from the data files, every line checked (LanguageDataError)."""
    tables, spellings = _parse_words(lang)
    expanded_cats = {cat: _alternation(tables[cat], sp) for cat, sp in spellings.items()}
    rules, defines = _compile_rules(lang, expanded_cats, tables)
    return Grammar(lang, tables, rules, defines, _tense_cues(lang))


def _payload(g: Grammar) -> dict:
    rules = [[r.name, r.type, r.template, r.pattern, None if r.gate is None else sorted(r.gate), r.guard]
             for r in g.rules]
    return {"words": g.words, "rules": rules, "defines": g.defines, "tense": g.tense}


def _from_payload(lang: str, payload) -> Grammar | None:
    """The grammar a cache file holds; None if it holds something else."""
    if not isinstance(payload, dict):
        return None
    try:
        rules = [Rule(name, ttype, template, pattern, None if gate is None else frozenset(gate), guard=guard)
                 for name, ttype, template, pattern, gate, guard in payload["rules"]]
        return Grammar(lang, payload["words"], rules, payload["defines"], payload["tense"])
    except (KeyError, TypeError, ValueError):
        return None
