"""Event trigger rules and status cues, read from ``kb/lang/<iso>/events.txt`` and ``status.txt``."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from ..lang import data_path, read_lines
from ..lang.schema import TEMPLATE_KINDS, LanguageDataError
from ..temporal import programs

__all__ = ["STATUS_ORDER", "Rule", "Rules", "adjective_forms", "rules", "source_rules", "status_cues"]

# strongest first: a cancelled plan is not "planned"
STATUS_ORDER = ("did_not_occur", "hypothetical", "planned", "ongoing", "past")


@dataclass
class Rule:
    """One trigger pattern: ``type`` (kb event class), optional ``subtype`` and options."""

    type: str
    subtype: str | None
    pattern: re.Pattern
    options: dict[str, str] = field(default_factory=dict)
    # Lower-case strings one of which every match contains (kb.temporal.prefilter), so a sentence
    # without any of them is not searched; None: always searched; empty: the pattern never matches.
    gate: frozenset[str] | None = None

    @property
    def roles(self) -> str:
        return self.options.get("roles", "all")

    def needs(self, what: str) -> bool:
        return what in self.options.get("needs", "").split(",")

    def frame_fits(self, frame, text: str = "") -> bool:
        """Does a frame meet the rule's ``frame=SLOT:KIND`` conditions ("called Y": Y a person; KIND
        ``none``: no such argument, as in "called Y a liar")? Given the text, a name with a
        possessive mark after it is no argument of that kind ("dismissed X's concerns": a
        concern, not X). ``not-next=REGEX``: the words right after the predicate must not match
        ("called for", "called off"); ``not-prev=REGEX``: the words right before it must not
        ("the so called X": a name, not a call)."""
        prev = self.options.get("not-prev")
        if prev and text and re.search(rf"(?<![\w-])(?:{prev})\s*\Z", text[max(0, frame.predicate.start - 40):frame.predicate.start]):
            return False
        nxt = self.options.get("not-next")
        if nxt and text and re.match(rf"\s*(?:{nxt})(?![\w-])", text[frame.predicate.end:]):
            return False  # "called for X to resign": a demand, not a call to X
        for cond in filter(None, self.options.get("frame", "").split(",")):
            slot, _, kind = cond.partition(":")
            if kind == "none":
                if any(a.slot == slot for a in frame.arguments):
                    return False
            elif kind == "next":
                # "called the murder wrong but he ...": the argument stands right after the predicate
                first = next((a for a in frame.arguments if a.slot == slot), None)
                if text and (first is None or first.start < frame.predicate.end
                             or not _NEXT_GAP.fullmatch(text, frame.predicate.end, first.start)):
                    return False
            elif not any(e.kind == kind for m in frame.get(slot) if not _possessor(text, m.end) for e in m.entities):
                return False
        return True

    @property
    def nominal(self) -> bool:
        return "nominal" in self.options


# what may stand between a predicate and its argument told right after it: one word in lower case
# (an article, a possessive) and up to two capitalised ones ("called Latvian President X")
_NEXT_GAP = re.compile(r"\s*(?:[a-z]+\s+)?(?:[A-Z][\w.'’-]*\s+){0,2}")


_POSSESSIVE_MARK = re.compile(r"['’]s?(?![\w'’])")


def _possessor(text: str, end: int) -> bool:
    """Does a possessive mark follow the mention ending at ``end`` ("X's", "Xs'")?"""
    return bool(text) and _POSSESSIVE_MARK.match(text, end) is not None


@dataclass
class Rules:
    triggers: list[Rule]
    cues: dict[str, re.Pattern]  # "host", "loser" -> pattern
    templates: dict[str, str] = field(default_factory=dict)  # roles= kind -> its default slots=


def _options(text: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for item in text.split():
        key, _, value = item.partition("=")
        if key == "needs" and "needs" in out:
            value = out["needs"] + "," + value
        out[key] = value or "1"
    return out


@lru_cache(maxsize=None)
def rules(lang: str) -> Rules:
    """The trigger rules of a language (empty when it has no ``events.txt``)."""
    triggers, cues, templates = [], {}, {}
    for line in read_lines(lang, "events.txt"):
        parts = line.split("\t")
        if len(parts) < 2:
            continue
        if parts[0] == "%template":
            # "%template<TAB>visit<TAB>slots=...": the default template of a roles= kind
            templates[parts[1].strip()] = _options(parts[2])["slots"]
            continue
        head, rx = parts[0].strip(), parts[1].strip()
        opts = _options(parts[2]) if len(parts) > 2 else {}
        if head == "@anaphor":
            cues["anaphor"] = (rx, re.IGNORECASE)  # also sentence-initial ("The visit"); compiled below
            continue
        if head in ("@private-before", "@private-after", "@speaker-after", "@dateline", "@people-compound",
                    "@unsaid", "@topic-before", "@wished-before", "@aside", "@since-clause"):
            # anchored by the engine at a name's edge, so no word boundaries here
            cues[head[1:]] = (rx, 0)
            continue
        if head.startswith("@"):
            cues[head[1:]] = (rf"(?<![\w-])(?:{rx})(?![\w-])", 0)
            continue
        etype, _, subtype = head.partition("/")
        if rx.startswith("="):
            # "=call": the predicate of a frame with that lemma (kb/frames), not a pattern
            opts["lemma"] = rx[1:]
            triggers.append(Rule(etype, subtype or None, re.compile(r"(?!)"), opts, frozenset()))
            continue
        # "raw": the pattern draws its own edges (": " after a speaker's name)
        source = rx if "raw" in opts else rf"(?<![\w-])(?:{rx})(?![\w-])"
        triggers.append(Rule(etype, subtype or None, source, opts, rx))  # pattern and gate: below
    derived, guards = _derived(lang, [(r.gate, r.pattern) for r in triggers if isinstance(r.pattern, str)],
                               list(cues.values()))
    for rule in triggers:
        if isinstance(rule.pattern, str):
            gate, guard = derived[(rule.gate, rule.pattern)]
            rule.pattern, rule.gate = programs.compile(guard or rule.pattern, re.MULTILINE), gate
    cues = {name: programs.compile(guards[cue] or cue[0], cue[1]) for name, cue in cues.items()}
    _check_kinds(lang, triggers, templates)
    return Rules(triggers, cues, templates)


def _derived(lang: str, patterns: list[tuple[str, str]], cues: list[tuple[str, int]]) -> tuple[dict, dict]:
    """For each trigger pattern (as written, and with its edges), its gate (:func:`_gate`) and the
    pattern behind a lookahead for the characters its matches begin with
    (:func:`kb.temporal.prefilter.guarded`: the same matches, found faster), or None; and for each
    cue (source, flags), its guarded source or None. They are read off the parsed patterns, which
    costs every process a fifth of a second: they are kept in kb's on-disk cache
    (:mod:`kb.temporal.cache`) under a key of the patterns and this code."""
    import hashlib
    import json
    from pathlib import Path

    from ..temporal import cache, prefilter

    name = f"events-triggers-{lang}"
    digest = hashlib.sha256(json.dumps([patterns, cues], ensure_ascii=False).encode("utf-8")).hexdigest()
    key = cache.content_key(f"{name}\0{digest}", [Path(__file__), Path(prefilter.__file__)])
    stored = cache.read(name, key)
    if isinstance(stored, list) and len(stored) == 2 and len(stored[0]) == len(patterns) \
            and len(stored[1]) == len(cues):
        return ({p: (None if gate is None else frozenset(gate), guard) for p, (gate, guard) in zip(patterns, stored[0])},
                dict(zip(cues, stored[1])))
    found = {p: (_gate(p[0]), prefilter.guarded(p[1])) for p in patterns}
    guards = {c: prefilter.guarded(*c) for c in cues}
    cache.write(name, key, [[[None if found[p][0] is None else sorted(found[p][0]), found[p][1]] for p in patterns],
                            [guards[c] for c in cues]])
    return found, guards


_sources: dict[str, tuple[list[Rule], list[Rule]]] = {}  # lang -> (its trigger rules, the source rules)


def source_rules(lang: str) -> list[Rule]:
    """The trigger rules with the ``source`` option ("according to", "laut"), in their order:
    what the attribution checks search, per mention (kept per list of rules)."""
    triggers = rules(lang).triggers
    known = _sources.get(lang)
    if known is None or known[0] is not triggers:
        known = _sources[lang] = (triggers, [r for r in triggers if r.options.get("source")])
    return known[1]


def _gate(rx: str) -> frozenset[str] | None:
    """The literals a trigger pattern needs (see :attr:`Rule.gate`): only those it matches
    case-sensitively (under an inline case-insensitive flag, "(?i:...)", Unicode case folding
    matches more than lower-casing finds, "ſ" for "s"; such a group requires nothing, and a
    pattern case-insensitive or verbose as a whole gets no gate). A pattern without words is
    gated by the marks it needs, where it needs some (":")."""
    from ..temporal.prefilter import required_literals

    gate = required_literals(rx, folded=False)
    if gate is None:  # each alternative's words (and those its lookahead needs), where each has some
        gate = _gate_by_alternative(rx)
    if gate is None:  # no word: the marks (no letter, no space) it needs (": " after a speaker's name), if any
        marks = required_literals(rx, 1, folded=False)
        gate = marks if marks and not any(c.lower() != c.upper() or c.isspace() for m in marks for c in m) else None
    # a capital sigma lower-cases by its context (final "ς" or "σ"): no gate then
    return None if gate is None or any("σ" in lit for lit in gate) else gate


_GLOBAL_FLAGS = re.compile(r"\(\?[aiLmsux]+\)")


def _gate_by_alternative(rx: str) -> frozenset[str] | None:
    """The literals a pattern needs read alternative by alternative ("meet|meeting|met": the
    parser joins their common start, "me", and finds no word of three letters in it), each
    alternative's own or, where it has none, those of a lookahead at its top level ("(?:[Aa]m|[Zz]um)(?=
    Europäischen Rat)": what the lookahead matches lies inside the searched sentence too); None
    where one alternative needs none."""
    from ..temporal.prefilter import required_literals

    if _GLOBAL_FLAGS.search(rx):
        return None
    def worded(gate: frozenset[str] | None) -> frozenset[str] | None:
        # a short word with its space ("in ", "to ") is in nearly every sentence: it gates nothing
        return gate if gate and all(len(word.strip()) >= 3 for word in gate) else None

    out: set[str] = set()
    for alt in _top_level(rx, "|"):
        gate = worded(required_literals(alt, folded=False)) or next(
            filter(None, (worded(required_literals(ahead, folded=False)) for ahead in _lookaheads(alt))), None)
        if gate is None:
            return None
        out |= gate
    return frozenset(out) or None


def _top_level(rx: str, mark: str) -> list[str]:
    """The parts of a pattern's source between its ``mark`` characters outside groups, character
    classes and escapes."""
    parts, depth, start, i = [], 0, 0, 0
    while i < len(rx):
        c = rx[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":
            i = _class_end(rx, i)
            continue
        if c == mark and depth == 0:
            parts.append(rx[start:i])
            start = i + 1
        else:
            depth += (c == "(") - (c == ")")
        i += 1
    parts.append(rx[start:])
    return parts


def _class_end(rx: str, i: int) -> int:
    """Where the character class opened at ``rx[i]`` ends (after its "]")."""
    j = i + 1 + (rx[i + 1:i + 2] == "^")
    j += rx[j:j + 1] == "]"  # a "]" first stands for itself
    while j < len(rx) and rx[j] != "]":
        j += 2 if rx[j] == "\\" else 1
    return j + 1


def _lookaheads(alt: str) -> list[str]:
    """The contents of the positive lookaheads at the top level of a pattern's source (not inside
    a group: "go(?= to [A-Z])" -> " to [A-Z]")."""
    out, depth, i = [], 0, 0
    while i < len(alt):
        c = alt[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":
            i = _class_end(alt, i)
            continue
        if c == "(" and depth == 0 and alt.startswith("(?=", i):
            inner = _top_level(alt[i + 3:], ")")[0]
            out.append(inner)
            i += 3 + len(inner) + 1
            continue
        depth += (c == "(") - (c == ")")
        i += 1
    return out


def _check_kinds(lang: str, triggers: list[Rule], templates: dict[str, str]) -> None:
    """Every template kind used has its ``%template`` line; clause sources (``~NAME``) stand only in
    templates of template kinds (the procedural kinds read a line's slots on the frame alone)."""
    path = data_path(lang, "events.txt")
    for r in triggers:
        if r.roles in TEMPLATE_KINDS and r.roles not in templates:
            raise LanguageDataError(path, None, f"roles={r.roles} is used, but no '%template<TAB>{r.roles}' "
                                                f"line gives its template")
        if r.roles not in TEMPLATE_KINDS and "~" in r.options.get("slots", ""):
            raise LanguageDataError(path, None, f"roles={r.roles} reads slots= on the frame alone; a clause "
                                                f"source (~NAME) needs a template kind ({', '.join(TEMPLATE_KINDS)})")


_INFLECTED = re.compile(r"%([a-z][a-z_]*)")


@lru_cache(maxsize=None)
def adjective_forms(lang: str) -> frozenset[str]:
    """The inflected forms of the status cues declared as adjectives ("geplant%adj": "geplante",
    "geplanten", ...; not the bare stem, which may stand as a predicate: "ist geplant")."""
    lines = read_lines(lang, "status.txt")
    endings = [f for line in lines if line.startswith("%adj\t") for f in line.partition("\t")[2].strip().split("|")]
    stems = {m.group(1) for line in lines if not line.startswith("%") for m in re.finditer(r"(\w+)%adj", line)}
    return frozenset(stem + e for stem in stems for e in endings if e)


@lru_cache(maxsize=None)
def status_cues(lang: str) -> list[tuple[str, re.Pattern]]:
    """``(status, pattern)`` pairs, strongest status first. A stem followed by ``%NAME`` takes no
    ending or one of the endings a ``%NAME<TAB>ENDINGS`` line of the file declares
    ("bevorstehend%adj": the stem and its inflected forms "bevorstehende", "bevorstehenden")."""
    lines = read_lines(lang, "status.txt")
    endings = {}
    for line in lines:
        if line.startswith("%"):
            name, _, forms = line[1:].partition("\t")
            endings[name.strip()] = "|".join(sorted(forms.strip().split("|"), key=len, reverse=True))

    def inflected(m: re.Match) -> str:
        if m.group(1) not in endings:
            raise LanguageDataError(data_path(lang, "status.txt"), None,
                                    f"%{m.group(1)} is used, but no '%{m.group(1)}<TAB>ENDINGS' line declares it")
        return f"(?:{endings[m.group(1)]})?"

    found: dict[str, list[str]] = {}
    for line in lines:
        if not line.startswith("%"):
            status, _, rx = line.partition("\t")
            found.setdefault(status.strip(), []).append(_INFLECTED.sub(inflected, rx.strip()))
    from ..temporal.prefilter import guarded

    sources = {s: rf"(?<![\w-])(?:{'|'.join(found[s])})(?![\w-])" for s in found}
    # behind a lookahead for the characters their matches begin with: the same matches, found faster
    return [(s, programs.compile(guarded(sources[s]) or sources[s])) for s in STATUS_ORDER if s in found]
