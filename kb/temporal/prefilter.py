"""Cheap gates for rules: literal strings one of which must occur for a match.

Running every rule's regex over every text is what costs time; most rules
need a word such as "ago", "quarter" or a month name. The required literals
are read off the parsed regex (like RE2's prefilter), so the data files need
no extra annotation. A rule whose regex holds no usable literal is never
skipped.
"""

from __future__ import annotations

import re

from kb.temporal import programs

try:  # the parser is private API; without it rules simply always run
    from re import _constants as _c
    from re import _parser as _p
except ImportError:  # pragma: no cover - older Pythons
    _c = _p = None

__all__ = ["first_characters", "first_items", "gate_finder", "gate_places", "guarded", "required_literals",
           "required_sets"]

_MIN_LEN = 3


def _case_letter(items) -> str | None:
    """'[mM]' as the lower-case letter it stands for, else None."""
    if len(items) != 2 or any(op is not _c.LITERAL for op, _ in items):
        return None
    a, b = chr(items[0][1]), chr(items[1][1])
    return a.lower() if a.lower() == b.lower() and a != b else None


# the most strings a part of a pattern may stand for to be read as that set (see _exact)
_EXACT_MAX = 64


def _exact(seq) -> set[str] | None:
    """The lower-case strings a part of a pattern matches, when it matches only a few fixed
    strings: a word list as a prefix tree ("D(?:ez(?:\\.|ember)|i(?:\\.|enstag))" -> "dez.",
    "dezember", "di.", "dienstag"), with case letters and optional parts; else None."""
    out = {""}
    for op, arg in seq:
        step = None
        if op is _c.LITERAL:
            step = {chr(arg).lower()}
        elif op is _c.IN:
            letter = _case_letter(arg)
            if letter:
                step = {letter}
            elif len(arg) <= 8 and all(o is _c.LITERAL for o, _ in arg):
                step = {chr(a).lower() for _, a in arg}
        elif op is _c.BRANCH:
            alts = [_exact(b) for b in arg[1]]
            step = None if None in alts else set().union(*alts)
        elif op is _c.SUBPATTERN and not arg[1] and not arg[2]:  # a group without inline flags
            step = _exact(arg[-1])
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT) and arg[1] == 1:  # "x?"
            inner = _exact(arg[2])
            step = inner if inner is None or arg[0] == 1 else inner | {""}
        if step is None or len(out) * len(step) > _EXACT_MAX:
            return None
        out = {a + b for a in out for b in step}
    return out


def _required(seq, min_len: int = _MIN_LEN, exact: bool = False, folded: bool = True) -> frozenset[str] | None:
    """``exact``: also read word lists (:func:`_exact`), not only runs of fixed characters;
    ``folded``: also read the groups under an inline case-insensitive flag ("(?i:...)")."""
    good = _options(seq, min_len, exact, folded)
    if not good:
        return None
    # the most selective option: longest shortest literal, then fewest alternatives
    best = max(good, key=lambda o: (min(map(len, o)), -len(o)))
    return _minimal(best) if exact else best


def _options(seq, min_len: int, exact: bool, folded: bool) -> list[frozenset[str]]:
    """Every set of strings (each at least ``min_len`` long) one of which a match of the parsed
    sequence ``seq`` holds: each item of the sequence that requires one gives its set (see
    :func:`_required`)."""
    options: list[frozenset[str]] = []
    run = {""}  # the strings the stretch of fixed text read so far may be

    def flush():
        nonlocal run
        if run != {""}:
            options.append(frozenset(run))
        run = {""}

    for op, arg in seq:
        if exact:
            step = _exact([(op, arg)])
        elif op is _c.LITERAL:
            step = {chr(arg).lower()}
        else:
            letter = _case_letter(arg) if op is _c.IN else None
            step = {letter} if letter else None
        if step is not None and len(run) * len(step) <= _EXACT_MAX:
            run = {a + b for a in run for b in step}
            continue
        flush()
        if step is not None:
            run = step
            continue
        if op is _c.SUBPATTERN:
            if folded or not arg[1] & re.IGNORECASE:
                sub = _required(arg[-1], min_len, exact, folded)
                if sub:
                    options.append(sub)
        elif op is _c.BRANCH:
            subs = [_required(b, min_len, exact, folded) for b in arg[1]]
            if subs and all(subs):
                options.append(frozenset().union(*subs))
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None)):
            if arg[0] >= 1:
                sub = _required(arg[2], min_len, exact, folded)
                if sub:
                    options.append(sub)
    flush()
    return [o for o in options if min(map(len, o)) >= min_len]


def _minimal(strings: set[str]) -> frozenset[str]:
    """The strings without those that hold another one ("aug" stands for "august" too)."""
    kept: list[str] = []
    for s in sorted(strings, key=len):
        if not any(k in s for k in kept):
            kept.append(s)
    return frozenset(kept)


def required_literals(pattern: str, min_len: int = _MIN_LEN, folded: bool = True) -> frozenset[str] | None:
    """Lower-case strings one of which every match contains, or None if unknown (each at least
    ``min_len`` characters long).

    ``folded=False``: only strings the pattern matches case-sensitively (the regex engine's
    case folding matches more than lower-casing finds: "ſ" for "s"): the groups under an inline
    case-insensitive flag ("(?i:president)") are read as requiring nothing, and a pattern
    case-insensitive or verbose as a whole ("(?i)" at its start) gives None.

    >>> sorted(required_literals(r"\\b(?:one|two)\\s+o'clock"))
    ["o'clock"]
    >>> sorted(required_literals(r"\\d+\\.\\s+(?:[Mm]a(?:i|y)|Jun(?:\\.|e)?)\\b"))
    ['jun', 'mai', 'may']
    """
    if _p is None:
        return None
    try:
        parsed = _p.parse(pattern)
        if not folded and parsed.state.flags & (re.IGNORECASE | re.VERBOSE):
            return None
        # runs of fixed characters first (few, long words); word lists where a pattern has none
        return _required(parsed, min_len, False, folded) or _required(parsed, min_len, True, folded)
    except Exception:  # an unusual construct: no gate, the rule always runs
        return None


def required_sets(pattern: str, min_len: int = _MIN_LEN) -> list[frozenset[str]]:
    """Every set of lower-case strings one of which every match of ``pattern`` holds, as far as
    they can be read off it (:func:`required_literals` picks one of them), read case-sensitively
    (``folded=False``: a pattern case-insensitive as a whole gives none); a set with a sigma
    (lower-cased by its context) is left out.

    >>> [sorted(s) for s in required_sets(r"\\d+\\s+(?:years?|months?)\\s+and\\s+\\d+")]
    [['month', 'year'], ['and']]
    """
    if _p is None:
        return []
    try:
        parsed = _p.parse(pattern)
        if parsed.state.flags & (re.IGNORECASE | re.VERBOSE):
            return []
        found = _options(parsed, min_len, False, False) + [_minimal(o) for o in _options(parsed, min_len, True, False)]
    except Exception:  # an unusual construct: nothing known
        return []
    out: list[frozenset[str]] = []
    for words in found:
        if words not in out and not any(c in w for w in words for c in "σς"):
            out.append(words)
    return out


def gate_finder(words) -> tuple[re.Pattern, dict[str, list[str]]]:
    """A pattern that finds, at each place of a lower-cased text, the longest of ``words`` that
    begins there (the words as a prefix tree: one scan of the text for all gates; see
    :func:`gate_places`), and for each word, the words it begins with (itself included):
    together, every occurrence of every word.

    >>> pattern, begun = gate_finder(["visit", "visited", "trip"])
    >>> [(p, begun[w]) for p, w in gate_places(pattern, "a trip, then visited")]
    [(2, ['trip']), (13, ['visit', 'visited'])]
    """
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        branches = [re.escape(k) + emit(v) for k, v in sorted(node.items()) if k]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body  # the longer word first

    words = sorted(set(words))
    # the words a word begins with are those ending on its path down the tree, shortest
    # (= first in sorted order) first: one walk per word, not a comparison with every word
    begun = {}
    for word in words:
        node, found = trie, []
        for n, ch in enumerate(word, 1):
            node = node[ch]
            if "" in node:
                found.append(word[:n])
        begun[word] = found
    return programs.compile(f"({emit(trie)})" if words else "(?!)"), begun


def gate_places(pattern: re.Pattern, text: str) -> list[tuple[int, str]]:
    """``(place, word)`` for every place of ``text`` where a word of :func:`gate_finder`'s
    ``pattern`` begins, with the longest word that begins there.

    Each search starts one character after the last place found, so overlapping words are all
    found; the pattern consumes its word (no lookahead), so the regex engine skips to the
    places where a first letter of a word stands before trying the tree.
    """
    out = []
    search = pattern.search
    m = search(text)
    while m is not None:
        p = m.start()
        out.append((p, m.group(1)))
        m = search(text, p + 1)
    return out



def _first(seq) -> tuple[list | None, bool]:
    """The characters a match of the parsed sequence ``seq`` may begin with, as code point
    ranges ``(lo, hi)`` and ``"digit"`` (``\\d``), and whether it may match the empty string;
    (None, False) when not known."""
    items: list = []
    for op, arg in seq:
        if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
            continue  # zero width: it consumes no character
        found, nullable = _first_item(op, arg)
        if found is None:
            return None, False
        items += found
        if not nullable:
            return items, False
    return items, True


def _first_item(op, arg) -> tuple[list | None, bool]:
    if op is _c.LITERAL:
        return [(arg, arg)], False
    if op is _c.IN:
        out: list = []
        for o, a in arg:
            if o is _c.LITERAL:
                out.append((a, a))
            elif o is _c.RANGE:
                out.append(a)
            elif o is _c.CATEGORY and a is _c.CATEGORY_DIGIT:
                out.append("digit")
            else:  # a negated class, other categories
                return None, False
        return out, False
    if op is _c.BRANCH:
        out, nullable = [], False
        for alt in arg[1]:
            found, empty = _first(alt)
            if found is None:
                return None, False
            out, nullable = out + found, nullable or empty
        return out, nullable
    if op is _c.SUBPATTERN:
        return _first(arg[-1]) if not arg[1] and not arg[2] else (None, False)  # no inline flags
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None)):
        found, nullable = _first(arg[2])
        return found, nullable or arg[0] == 0
    return None, False  # any character, a back reference, ...


def _has_letter(lo: int, hi: int) -> bool:
    """Whether a letter (or a character that changes case) lies in ``chr(lo)..chr(hi)``."""
    if hi - lo > 256:
        return True  # a wide range: as good as letters
    return any(chr(c).isalpha() or chr(c).lower() != chr(c).upper() for c in range(lo, hi + 1))


def _has_lower(lo: int, hi: int) -> bool:
    """Whether ``chr(lo)..chr(hi)`` holds a character that is no upper-case letter but a letter
    or changes case (a range too wide to read counts as one)."""
    if hi - lo > 256:
        return True
    return any((chr(c).isalpha() or chr(c).lower() != chr(c).upper()) and not chr(c).isupper()
               for c in range(lo, hi + 1))


def first_items(parsed) -> list | None:
    """The characters every match of a parsed pattern (``re._parser.parse``) begins with, as code
    point ranges ``(lo, hi)`` and ``"digit"`` (``\\d``), each once; None when not known or when a
    match may be empty (:func:`kb.temporal.programs.with_first_characters` gives them to the
    regex engine's search)."""
    if _c is None:
        return None
    try:
        found, nullable = _first(parsed)
    except Exception:  # an unusual construct: nothing known
        return None
    return None if not found or nullable else list(dict.fromkeys(found))


def first_characters(pattern: str, capitals: bool = False, letters: bool = False) -> str | None:
    r"""A character class (regex source) holding the character every match of ``pattern``
    begins with, when no match is empty and the class holds no letter (digits, quotes, ...):
    a search need only try the places where such a character stands (letters are too common
    in a text for that to pay; with ``capitals``, upper-case letters are allowed: a pattern of
    names begins at a capital; with ``letters``, any: see :func:`guarded`). None otherwise.

    >>> first_characters(r"(?<![\d.])\b(?P<y>1\d\d\d|20\d\d)\b")
    '[12]'
    >>> first_characters(r"\bQ[1-4]") is None   # a letter
    True
    >>> first_characters(r"(?<![\w-])(?:Nguyen|Zhang)", capitals=True)
    '[NZ]'
    """
    if _p is None:
        return None
    try:
        parsed = _p.parse(pattern)
    except Exception:  # an unusual construct: no class
        return None
    if parsed.state.flags & (re.IGNORECASE | re.ASCII | re.LOCALE | re.VERBOSE):
        return None
    found, nullable = _first(parsed)
    letter = (lambda lo, hi: False) if letters else _has_lower if capitals else _has_letter
    if not found or nullable or any(item != "digit" and letter(*item) for item in found):
        return None
    found = list(dict.fromkeys(found))  # each character once ("Mai|März|Montag": [M])
    return "[" + "".join(r"\d" if item == "digit" else re.escape(chr(item[0])) if item[0] == item[1]
                         else f"{re.escape(chr(item[0]))}-{re.escape(chr(item[1]))}" for item in found) + "]"


_GLOBAL_FLAGS = re.compile(r"\(\?[aiLmsux]+\)")


def guarded(pattern: str, flags: int = 0) -> str | None:
    r"""``pattern`` behind a lookahead for the character every match of it begins with
    (:func:`first_characters`, letters allowed): the same matches, but the regex engine tests
    one character class at each place of a text before it tries the pattern's lookbehinds and
    alternatives (a date rule's ~20 weekday and month spellings); None where no such class is
    known (or the pattern sets flags for the whole of it). ``flags``: those the pattern is
    compiled with; under IGNORECASE the class is read with the same case folding as the
    characters it holds were (it stands in the same pattern); a verbose pattern gets no guard.

    >>> guarded(r"(?<![\d.])(?:Mo|Di)?\d{1,2}\.")
    '(?=[MD\\d])(?:(?<![\\d.])(?:Mo|Di)?\\d{1,2}\\.)'
    """
    if _GLOBAL_FLAGS.search(pattern) or flags & (re.VERBOSE | re.LOCALE):
        return None
    first = first_characters(pattern, letters=True)
    return None if first is None else f"(?={first})(?:{pattern})"
