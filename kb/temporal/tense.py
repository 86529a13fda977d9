"""Light tense detection: is an expression's clause about the past or the future?

Cue words come from ``temporal-tense.txt``: ``future`` auxiliaries and
markers, ``past`` forms, ``announce`` verbs (an announcement looks ahead),
``report`` verbs of saying ("teilte mit", "sagte"), ``report-opener`` words that
open a clause of attribution after a comma (", so die Ministerin am Montag": past), ``focus`` particles that are no cue
right before the expression ("bereits am Donnerstag"), ``subordinate`` words opening a clause whose
cues tell nothing of the other clauses ("der im Januar gewählt wurde"), ``attributive-regex``
participles before a noun after a ``determiner`` whose past covers only their phrase ("der im Januar
gewählte Präsident"), ``past-suffix`` endings with a
minimum word length (``ed:5``), ``past-regex``
word patterns, ``past-before`` words between an event noun and the expression that tell a past
event ("die Wahl vom Sonntag") unless an ``open-after`` word follows it, ``headline-regex`` openings of a sentence without a cue that tell a plan (the
infinitive of a headline: "X to visit Y on Friday"), ``not-past`` exceptions, ``infinitive-aux`` words after which a
participle is part of an infinitive (no past), ``clause`` conjunctions that start a
new clause and ``default`` directions. An entry of several words is a phrase:
it is one cue at its first word ("to be held"), and ``not-cue`` phrases hide
their words ("next to" is a place, not a time). The cue nearest to the expression
within its clause decides; failing that, the nearest in the sentence;
failing that, the language default. A ``report`` verb is a past cue in its own clause only:
the past of "wie das Amt mitteilte" tells when it was said, not when what is said happens
("Der Präsident kommt am Donnerstag nach Rom, teilte das Amt mit").
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from kb.temporal import programs
from kb.temporal.grammar import Grammar, load_grammar
from kb.temporal.prefilter import guarded

__all__ = ["Tense", "finite_verb", "future_cues", "noun_participle", "present_before"]

_WORD = re.compile(r"\w+(?:'\w+)?")
# what Tense._direction gives for a clause that tells no direction (the language's default applies)
_UNTOLD = object()
# A sentence end: stops (not after a digit or a lone letter) before an upper-case letter or a digit,
# a blank line, or a line break before an upper-case letter. Written to begin with the character it
# consumes first, so that the regex engine skips to a stop or a line break instead of trying the
# lookbehinds at every place of a text (the same matches as with the lookbehinds in front; ~10x
# faster; tests/test_temporal_edges.py).
_SENTENCE_END = re.compile(r"[.!?\n](?:(?<=[.!?])(?<!\d[.!?])(?<!\b[A-Za-z][.!?])[.!?]*[\"'“”»«]*\s+"
                           r"(?=[\"'„“»«(]?[A-ZÄÖÜ0-9])|(?<=\n)\s*\n|(?<=\n)(?=[A-ZÄÖÜ]))")
_CLAUSE_MARKS = r"[,;:()–—]|\s-\s"


@lru_cache(maxsize=16)
def _cue_table(lang: str):
    g = load_grammar(lang)
    words = {}
    phrases = {}
    for cat in ("future", "past", "announce", "report", "not-cue"):
        for w in g.tense.get(cat, ()):
            key = " ".join(w.lower().split())
            if " " in key:
                phrases[key] = cat
            elif cat != "not-cue":
                words[key] = cat
    phrase_rx = None
    if phrases:
        alts = [(r"(?<!\w)" if k[0].isalnum() else "") + re.escape(k).replace(r"\ ", r"\s+")
                for k in sorted(phrases, key=len, reverse=True)]
        pattern = r"(?:" + "|".join(alts) + r")(?!\w)"
        # behind a lookahead for the letters the phrases begin with: the same matches, searched
        # ~2x faster (the lookbehinds are tried only where a phrase can begin); its program tells the
        # engine's search those letters in both cases (kb.temporal.programs)
        phrase_rx = programs.compile(guarded(pattern, re.IGNORECASE) or pattern, re.IGNORECASE)
    suffixes = []
    for item in g.tense.get("past-suffix", ()):
        suf, _, minlen = item.partition(":")
        suffixes.append((suf, int(minlen or 0)))
    regexes = [re.compile(r) for r in g.tense.get("past-regex", ())]
    items = [w.lower() for w in g.tense.get("not-past", ())]
    exceptions = {w for w in items if not w.startswith("-")}
    # "-ste" in the data excludes every word with that ending (superlatives)
    suffixes_not = tuple(w[1:] for w in items if w.startswith("-"))
    joiners = [re.escape(w) for w in g.tense.get("clause", ())]
    clause = re.compile(_CLAUSE_MARKS + (r"|\b(?:" + "|".join(joiners) + r")\b" if joiners else ""))
    return words, suffixes, regexes, (exceptions, suffixes_not), clause, (phrase_rx, phrases)


def finite_verb(text: str, start: int, end: int, lang: str) -> bool:
    """Is there a word of a verb group told in a tense in ``text[start:end]``: a one-word past or
    future cue or a passive auxiliary of ``temporal-tense.txt``, or a lower-case past form by its
    suffix rules ("had", "was", "will", "opened")? A noun phrase alone has none ("the newspaper").

    >>> finite_verb("the agency had bought it", 0, 24, "en"), finite_verb("the newspaper", 0, 13, "en")
    (True, False)
    """
    words, suffixes, regexes, (exceptions, suffixes_not), *_ = _cue_table(lang)
    passive = _from_grammar(load_grammar(lang))["passive"]
    for m in _WORD.finditer(text, start, end):
        word = m.group()
        low = word.lower()
        if words.get(low) in ("past", "future") or low in passive:
            return True
        if word[:1].isupper() or low in exceptions or low.endswith(suffixes_not):
            continue
        if any(len(low) >= n and low.endswith(suf) for suf, n in suffixes) or any(rx.fullmatch(low) for rx in regexes):
            return True
    return False


@lru_cache(maxsize=16)
def future_cues(lang: str) -> tuple[frozenset[str], re.Pattern | None]:
    """The one-word ``future`` cues of ``temporal-tense.txt`` (lower case) and a pattern of its
    phrases that are future cues ("set to", "is to"), or None."""
    words, *_, (phrase_rx, phrases) = _cue_table(lang)
    single = frozenset(w for w, cat in words.items() if cat == "future")
    multi = [k for k, cat in phrases.items() if cat == "future"]
    if phrase_rx is None or not multi:
        return single, None
    alts = [(r"(?<!\w)" if k[0].isalnum() else "") + re.escape(k).replace(r"\ ", r"\s+")
            for k in sorted(multi, key=len, reverse=True)]
    return single, re.compile(r"(?:" + "|".join(alts) + r")(?!\w)", re.IGNORECASE)


@lru_cache(maxsize=16)
def present_before(lang: str, kind: str = "calendar") -> str | None:
    """What a present tense alone tells of a ``kind`` of date before the reference day (the
    ``present`` entries of ``temporal-tense.txt``): ``past`` where it is the tense of reports
    and chronicles ("Am 5. April empfängt X Y" in a report of 29 April), ``future`` where it
    tells a schedule, None where the language data says nothing."""
    for item in load_grammar(lang).tense.get("present", ()):
        key, _, value = item.partition(":")
        if key.strip() == kind:
            return value.strip()
    return None


def _participle_phrase(text: str, pos: int, attributive, determiners) -> int | None:
    """The start of the determiner opening the noun phrase of a participle at ``pos`` ("der im
    Januar gewählte Präsident": an ``attributive-regex`` word right before a capitalised one, a
    ``determiner`` at most six words before it), or None when the word is no such participle."""
    m = _WORD.match(text, pos)
    if m is None or not any(rx.fullmatch(m.group().lower()) for rx in attributive):
        return None
    nxt = _WORD.search(text, m.end())
    if nxt is None or not nxt.group()[:1].isupper() or text[m.end():nxt.start()].strip():
        return None
    det = next((w for w in reversed(list(_WORD.finditer(text, max(0, pos - 80), pos))[-6:])
                if w.group().lower() in determiners), None)
    return det.start() if det is not None else None


@lru_cache(maxsize=16)
def _attributive(lang: str) -> tuple[list[re.Pattern], frozenset[str]]:
    g = load_grammar(lang)
    return ([re.compile(r) for r in g.tense.get("attributive-regex", ())],
            frozenset(w.lower() for w in g.tense.get("determiner", ())))


def noun_participle(text: str, pos: int, lang: str) -> bool:
    """Is the word at ``pos`` a participle before its noun after a determiner ("der im Januar
    gewählte Präsident")? Its past is that of its own phrase, not of the clause around it."""
    attributive, determiners = _attributive(lang)
    return bool(attributive) and _participle_phrase(text, pos, attributive, determiners) is not None


_derived: dict[int, tuple[Grammar, dict]] = {}  # id(grammar) -> (it, what _from_grammar made of it)


def _from_grammar(g: Grammar) -> dict:
    """The attributes of a :class:`Tense` that depend on its grammar only (made once per grammar)."""
    known = _derived.get(id(g))
    if known is not None and known[0] is g:
        return known[1]
    t = g.tense
    defaults = dict(item.split(":", 1) for item in t.get("default", ()) if ":" in item)
    headline = t.get("headline-regex", ())
    pluperfect = [re.escape(w) for w in t.get("pluperfect", ())]
    open_after = [re.escape(w) for w in t.get("open-after", ())]
    out = {
        "defaults": {k.strip(): (v.strip() if v.strip() != "nearest" else None) for k, v in defaults.items()},
        "fixed": set(t.get("fixed", ())),
        "passive": {w.lower() for w in t.get("passive", ())},
        "infinitive_aux": {w.lower() for w in t.get("infinitive-aux", ())},
        "focus": {w.lower() for w in t.get("focus", ())},
        "subordinate": {w.lower() for w in t.get("subordinate", ())},
        "determiners": {w.lower() for w in t.get("determiner", ())},
        "attributive": [re.compile(r) for r in t.get("attributive-regex", ())],
        "headline": re.compile(r"\s*(?:" + "|".join(headline) + ")") if headline else None,
        "pluperfect": re.compile(r"\b(?:" + "|".join(pluperfect) + r")\b", re.IGNORECASE) if pluperfect else None,
        # "until June"; an entry "by:month" applies only to that kind of expression
        "future_before": {k: re.compile(r"\b(?:" + "|".join(v) + r")\s+(?:the\s+|dem\s+|den\s+)?$", re.IGNORECASE)
                          for k, v in _by_kind(t.get("future-before", ())).items()},
        # "die Wahl vom Sonntag": the day of a past event named before it, unless a range goes on ("vom Montag an")
        "past_before": {k: re.compile(r"(?<=\w)\s+(?:" + "|".join(v) + r")\s+$")
                        for k, v in _by_kind(t.get("past-before", ())).items()},
        "report_opener": {w.lower() for w in t.get("report-opener", ())},
        # "seit Montag", not "seit dem Angriff": a cue only before a time
        "before_time": {w.lower() for w in t.get("past-before-time", ())},
        "time_words": frozenset(w.lower() for cls in ("month", "weekday", "weekdays", "season", "unit", "relday",
                                                      "number", "ordinal", "holiday", "decade", "part", "dir", "pmod")
                                for w in g.words.get(cls, {})),
        "open_after": re.compile(r"\s*(?:" + "|".join(open_after) + r")\b", re.IGNORECASE) if open_after else None,
    }
    _derived[id(g)] = (g, out)
    return out


def _by_kind(items) -> dict[str, list[str]]:
    """"word:kind" items as kind ("*" for none) -> the words, escaped for a pattern."""
    out: dict[str, list[str]] = {}
    for item in items:
        word, _, kind = item.partition(":")
        out.setdefault(kind.strip() or "*", []).append(re.escape(word.strip()))
    return out


class Tense:
    """Tense cues of one text, computed lazily per sentence."""

    def __init__(self, text: str, g: Grammar):
        self.text = text
        self.g = g
        self.words, self.suffixes, self.regexes, self.exceptions, self.clause, self.phrases = _cue_table(g.lang)
        self._ends = [m.end() for m in _SENTENCE_END.finditer(text)]
        self._cues: dict[int, list[tuple[int, str]]] = {}
        # what the grammar's tense cues make (sets of words, compiled patterns): made once per
        # grammar, not per text (~0.15 ms), and only read
        self.__dict__.update(_from_grammar(g))

    def _sentence(self, pos: int) -> tuple[int, int]:
        i = bisect.bisect_right(self._ends, pos)
        start = self._ends[i - 1] if i else 0
        end = self._ends[i] if i < len(self._ends) else len(self.text)
        return start, end

    def same_sentence(self, a: int, b: int) -> bool:
        """Whether offsets a and b lie in the same sentence."""
        return bisect.bisect_right(self._ends, a) == bisect.bisect_right(self._ends, b)

    def _classify(self, word: str) -> str | None:
        low = word.lower()
        cat = self.words.get(low)
        if cat:
            return cat
        if word[:1].isupper():
            return None  # capitalised words are nouns in German and names in English
        return "past" if self._past_by_rules(low) else None

    def _reported(self, cues: list[tuple[int, str]], s: int, e: int, left: int, right: int,
                  start: int, end: int) -> list[tuple[int, str]]:
        """``cues`` without those of the other clauses of the sentence that hold a ``report`` verb
        ("..., wie das Amt am Dienstag mitteilte": when it was said) or that a ``subordinate`` word
        opens ("..., der im Januar gewählt wurde, ...", "nachdem er Paris besucht hatte"): neither
        tells the tense of the clause at ``[left, right)``. A clause that holds nothing but the
        expression ("Am Montag, sagte sie, ...") keeps them: it has no verb of its own."""
        if len(_WORD.findall(self.text[left:start] + " " + self.text[end:right])) <= 2:
            return cues
        cuts = list(self.clause.finditer(self.text, s, e))
        bounds = [s] + [x for m in cuts for x in (m.start(), m.end())] + [e]
        spans = list(zip(bounds[::2], bounds[1::2]))
        openers = [""] + [m.group().strip().lower() for m in cuts]
        told = []
        for (a, b), opener in zip(spans, openers):
            if a <= start < b:
                continue
            first = _WORD.search(self.text, a, b)
            if opener in self.subordinate or (first is not None and first.group().lower() in self.subordinate
                                              and a > s) \
                    or any(c == "report" and a <= p < b for p, c in cues):
                told.append((a, b))
        return [(p, c) for p, c in cues if not any(a <= p < b for a, b in told)]

    def _noun_participle(self, pos: int, start: int) -> bool:
        """Is the past cue at ``pos`` a participle before its noun (:func:`noun_participle`) and
        the expression at ``start`` outside its phrase? It tells the tense of what its phrase holds
        ("die am Montag vereinbarte Waffenruhe"), not of the clause ("Der neu gewählte Präsident
        kommt am Donnerstag")."""
        det = _participle_phrase(self.text, pos, self.attributive, self.determiners)
        return det is not None and not det <= start < pos

    def _focus_on(self, pos: int, start: int) -> bool:
        """Is the cue at ``pos`` a ``focus`` particle of the expression at ``start`` ("bereits am
        Donnerstag", "schon im Juni": as early as then), with a preposition at most between? It
        tells no tense."""
        m = _WORD.match(self.text, pos)
        return m is not None and m.end() <= start and m.group().lower() in self.focus \
            and len(_WORD.findall(self.text, m.end(), start)) <= 1

    def _past_by_rules(self, low: str) -> bool:
        """Is a (lower-case) word a past form by the suffix and pattern rules, not an exception?"""
        exceptions, suffixes_not = self.exceptions
        if low in exceptions or low.endswith(suffixes_not):
            return False
        return any(len(low) >= n and low.endswith(suf) for suf, n in self.suffixes) \
            or any(rx.fullmatch(low) for rx in self.regexes)

    def _past_form(self, pos: int) -> bool:
        """Is the word at ``pos`` a past form by the suffix and pattern rules ("kündigte")?"""
        m = _WORD.match(self.text, pos)
        return m is not None and self._past_by_rules(m.group().lower())

    def _time_after(self, found: list, k: int) -> bool:
        """Does a time follow word ``k`` (an article at most between): a number or a word of the
        grammar's calendar ("seit Montag", "seit dem 3. Juni", "seit Jahren"; not "seit dem Angriff")?"""
        for m in found[k + 1:k + 3]:
            low = m.group().lower()
            if low in self.determiners:
                continue
            return low[:1].isdigit() or low in self.time_words
        return False

    def cues(self, sent_start: int, sent_end: int) -> list[tuple[int, str]]:
        if sent_start not in self._cues:
            out = []
            prev = ""
            phrase_rx, phrases = self.phrases
            hidden: list[tuple[int, int]] = []
            if phrase_rx is not None:
                for m in phrase_rx.finditer(self.text, sent_start, sent_end):
                    hidden.append(m.span())
                    cat = phrases[" ".join(m.group().lower().split())]
                    if cat != "not-cue":
                        out.append((m.start(), cat))
            found = list(_WORD.finditer(self.text, sent_start, sent_end))
            for k, m in enumerate(found):
                word = m.group()
                if hidden and any(a <= m.start() < b for a, b in hidden):
                    prev = word.lower()
                    continue
                cat = self._classify(word)
                if cat is None and word.lower() in self.before_time and self._time_after(found, k):
                    cat = "past"
                if cat == "past" and (prev in self.passive or (
                        k + 1 < len(found) and found[k + 1].group().lower() in self.infinitive_aux)):
                    # "will be published": a participle, not a past tense; "soll fortgesetzt
                    # werden": a participle in an infinitive, which takes the tense of its verb
                    cat = None
                if cat:
                    out.append((m.start(), cat))
                prev = word.lower()
            out.sort()
            self._cues[sent_start] = out
        return self._cues[sent_start]

    def _past_before(self, start: int, end: int, kind: str) -> bool:
        """Does a ``past-before`` word after a word tie the expression to a past event named
        before it ("die Wahl vom Sonntag"), with no ``open-after`` word going on from it ("vom
        Montag an", "vom Montag bis Mittwoch")?"""
        hit = any(rx.search(self.text, max(0, start - 20), start)
                  for key, rx in self.past_before.items() if key in ("*", kind))
        return hit and not (self.open_after is not None and self.open_after.match(self.text, end))

    def _report_clause(self, left: int, right: int, start: int) -> bool:
        """Does the expression's clause open with a ``report-opener`` before a name or an article
        (", so Minister X am Montag", ", so die Ministerin am Montag")? It tells when something was
        said, so it lies in the past, whatever the tense of the quote before it."""
        words = list(_WORD.finditer(self.text, left, start))
        if len(words) < 2 or left == 0 or self.text[left - 1] != ",":
            return False
        first, second = words[0].group(), words[1].group()
        return first.lower() in self.report_opener and (second[:1].isupper() or second.lower() in self.determiners)

    def direction(self, start: int, end: int, kind: str = "weekday") -> str | None:
        """``past``, ``future`` or None (nearest) for the expression at [start, end)."""
        return self.told_direction(start, end, kind)[0]

    def told_direction(self, start: int, end: int, kind: str = "weekday") -> tuple[str | None, bool]:
        """The direction of :meth:`direction` and whether the text told it (a cue, a fixed kind)
        rather than the language's default for a clause without one (a present tense)."""
        found = self._direction(start, end, kind)
        return (self.defaults.get(kind), False) if found is _UNTOLD else (found, True)

    def _direction(self, start: int, end: int, kind: str):
        """The direction the text tells for the expression, or :data:`_UNTOLD`."""
        if kind in self.fixed:
            return self.defaults.get(kind)
        s, e = self._sentence(start)
        left = max((m.end() for m in self.clause.finditer(self.text, s, start)), default=s)
        right_m = self.clause.search(self.text, end, e)
        right = right_m.start() if right_m else e
        if self.pluperfect is not None and (
                self.pluperfect.search(self.text, left, right)
                or (len(_WORD.findall(self.text[left:start] + " " + self.text[end:right])) <= 2
                    and self.pluperfect.search(self.text, s, e))):
            # "until Friday, they had not known": a past before the past; a fronted
            # "until Friday," takes the tense of the clause it introduces
            return "past"
        if self._past_before(start, end, kind) or self._report_clause(left, right, start):
            return "past"
        for key in ("*", kind):
            rx = self.future_before.get(key)
            if rx is not None and rx.search(self.text, max(0, start - 20), start):
                return "future"  # "until January", "by August"
        # an announcing verb looks ahead only to what follows it ("announced ..., to visit on Friday");
        # in a past form in the expression's own clause it tells when it announced ("kündigte am
        # Montag an", "am Montag kündigte sie an")
        def read(p: int, c: str) -> str:
            if c == "report":
                return "past"
            return "past" if c == "announce" and left <= p < right and self._past_form(p) else c
        told = [(p, c) for p, c in self._reported(self.cues(s, e), s, e, left, right, start, end)
                 if not self._focus_on(p, start) and not (c == "past" and self._noun_participle(p, start))]
        cues = [(p, read(p, c)) for p, c in told
                if not start <= p < end and not (read(p, c) == "announce" and p > start)]
        if cues:
            outer = cues
            paren = self.text.rfind("(", s, start)
            if paren != -1 and self.text.find(")", paren, start) == -1:
                # "will leave at 4 (4 a.m. Thursday)": an aside takes the tense it explains
                outer = [(p, c) for p, c in cues if p < paren] or cues
            for scope in ([(p, c) for p, c in cues if left <= p < right], outer):
                if scope:
                    p, c = min(scope, key=lambda pc: abs(pc[0] - start))
                    if scope is outer and c == "past" and any(cc == "announce" for _, cc in cues):
                        return "future"  # "announced ..., to visit on Thursday"
                    return "future" if c in ("future", "announce") else "past"
        if self.headline is not None:
            m = self.headline.match(self.text, s, start)
            if m is not None and not self.cues(s, e):
                return "future"  # a headline's infinitive: "X to visit Y on Friday"
        return _UNTOLD
