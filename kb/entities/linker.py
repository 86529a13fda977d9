"""Finding entity mentions: names, adjectives, role descriptions, institutions, unknown persons.

Every finder returns :class:`Candidate` objects; :func:`select` keeps the longest non-overlapping
ones. Language knowledge comes from ``kb/lang/<iso>/roles.txt`` and ``institutions.txt``; the
engine itself knows no words of any language.
"""

from __future__ import annotations

import bisect
import datetime as _dt
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache

from ..lang import read_lines
from ..model import Entity
from ..temporal import programs
from .tables import DATA_DIR, Gazetteer
from .words import all_function_words, function_words, name_parts

__all__ = ["Candidate", "find_candidates", "select", "slug"]

_UPPER = "A-ZÄÖÜÀ-ÞŁŚŽČŠ"
_NAME_TOKEN = rf"[{_UPPER}][\w'’.\-]*"
# two words run together ("SerdarPresident"; not "McCormack", "MacDonald", "DeSantis")
_GLUED = re.compile(r"^[A-ZÀ-Þ][a-zß-ÿ]{3,}[A-ZÀ-Þ][a-zß-ÿ]{3,}")
_UPPER_CHAR = re.compile(rf"[{_UPPER}]")
_CAP_WORD = re.compile(rf"(?<![\w\-])[{_UPPER}][\w'’\-]+")
# one capital letter and a full stop: an initial inside a name ("Paul R. Dorsey")
_INITIAL = re.compile(rf"[{_UPPER}]\.")
# Generic role nouns ("leader", "director") name nobody without a country or a name.
_NEEDS_JURISDICTION = {"leader", "director", "spokesperson", "secretary_general"}
# roles whose unnamed holders are kept as unlinked mentions (they speak for someone)
_SPEAKER_ROLES = {"spokesperson", "press_secretary", "foreign_minister", "media"}
# roles of a description that stands alone, without an article ("state media reported")
_BARE_ROLES = {"media"}

# English names of institutions kb synthesises when the gazetteer has none for a country.
_INSTITUTION_NAMES = {
    "foreign_ministry": ("ministry", "Ministry of Foreign Affairs of {c}"),
    "interior_ministry": ("ministry", "Ministry of Internal Affairs of {c}"),
    "defence_ministry": ("ministry", "Ministry of Defence of {c}"),
    "government": ("government", "Government of {c}"),
    "election_commission": ("organisation", "Election Commission of {c}"),
    "embassy": ("government", "Embassy of {c}"),
}
# institutions.txt tags whose country is never the one of a place after "in" ("the Chinese
# embassy in Berlin" is China's, "the embassy in Berlin" nobody's we could name)
_ABROAD_TAGS = frozenset({"embassy"})
# institutions.txt tags whose forms stand for their country itself ("the Latvian parliament
# ratified", as "the U.S. Congress" is the United States)
_COUNTRY_TAGS = frozenset({"parliament"})
# the institutions.txt tag whose forms are head nouns of organisation names ("Liberal Party of
# Norland", "Renewal Party"): a capitalised name built on one is an organisation even when unknown
_ORG_HEAD_TAG = "organisation"
# the institutions.txt tag whose forms end compound nouns that name an organisation ("Bauernverband")
_ORG_ENDING_TAG = "organisation-ending"
# the institutions.txt tag whose forms are head nouns of the names of news outlets ("CBS News",
# "the Riga Daily Herald", "Kenya Television"): such a name is a news outlet (kind agency), known
# names before the head included ("Israel Radio"), since an outlet is named after its place
_NEWS_HEAD_TAG = "news-outlet"


@dataclass
class Candidate:
    start: int
    end: int
    entities: list[Entity]
    kind: str  # name, description, adjective, institution, person
    priority: int = 0  # higher wins among equally long overlapping candidates
    role: str | None = None
    extra: dict = field(default_factory=dict)

    @property
    def length(self) -> int:
        return self.end - self.start


# a short form in brackets after a name: two to seven capitals, "&" or "-" ("(NPP)", "(ANC)")
_SHORT_FORM = re.compile(r"\s*\(([A-Z][A-Z&-]{1,6})\)")


@lru_cache(maxsize=8192)  # the same names and words come back in every text
def _unowned(start: int, run: str, lang: str) -> tuple[int, str]:
    """"Iraq's Saddam Hussein said": the owner before a name of two words ("Iraq's") is no part
    of it; the name starts after it -- unless a word of it heads a body's name ("Latvia's Supreme
    Court said": the ``body-head`` function words), which is no person."""
    owner = re.match(r"\S+['’]s ", run)
    if owner is not None and len(run.split()) == 3:
        heads = function_words(lang, "body-head")
        if not heads or any(t in heads for t in run[owner.end():].split()):
            return start, run
        return start + owner.end(), run[owner.end():]
    return start, run


@lru_cache(maxsize=None)
def _list_join(lang: str) -> re.Pattern:
    """The words that join the items of a list (function-words.txt), between spaces."""
    joins = "|".join(re.escape(w) for w in function_words(lang, "listjoin")) or "(?!)"
    return re.compile(rf" +(?:{joins}) +")


@lru_cache(maxsize=8192)
def slug(text: str) -> str:
    """A lower-case ASCII slug for local ids (kept for the last few thousand words: the names of
    office holders are compared with the words after every role noun).

    >>> slug("Evika Siliņa")
    'evika-silina'
    """
    s = unicodedata.normalize("NFKD", text)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    out = set()
    for line in (DATA_DIR / "given_names.txt").read_text(encoding="utf-8").splitlines():
        if not line.startswith("#"):
            out.update(line.split())
    return frozenset(out)


@lru_cache(maxsize=None)
def speech_verbs(lang: str) -> frozenset[str]:
    """Verbs of saying (``kb/lang/<iso>/metonyms.txt``, which lists what speakers do; not its
    ``+`` lines, what governments do)."""
    return frozenset(line.strip() for line in read_lines(lang, "metonyms.txt")
                     if line.strip() and not line.startswith(("!", "+")) and line.strip() not in
                     ("hat", "hatte", "will", "wollte", "wurde", "has", "had", "was", "will", "would"))


@lru_cache(maxsize=None)
def person_verbs(lang: str) -> frozenset[str]:
    """Verb phrases only persons do ("was sworn in"), from ``kb/lang/<iso>/person-verbs.txt``."""
    return frozenset(line.strip() for line in read_lines(lang, "person-verbs.txt")
                     if line.strip() and not line.strip().endswith(" _"))


@lru_cache(maxsize=None)
def person_object_verbs(lang: str) -> frozenset[str]:
    """Verb phrases whose object only a person is ("elected _", "appointed _"): the lines of
    ``person-verbs.txt`` that end in "_", where the name stands."""
    return frozenset(line.strip()[:-2] for line in read_lines(lang, "person-verbs.txt")
                     if line.strip().endswith(" _"))


@lru_cache(maxsize=None)
def _calendar_words(lang: str) -> frozenset[str]:
    """The capitalised weekday and month names of ``temporal-words.txt`` ("Monday", "Montag",
    "March"): such a word after a name ends it ("Anna Berg Monday met ..."), unless it is a known
    person's surname too ("May", see :meth:`_Finder.ends_name`)."""
    from ..lang.schema import load

    return frozenset(w for e in load(lang, "temporal-words.txt") if e["category"] in ("weekday", "month")
                     for w in e["spellings"] if w[:1].isupper() and not w.endswith("."))


def _guarded(source: str) -> str | None:
    """:func:`kb.temporal.prefilter.guarded`: the pattern behind a lookahead for the characters its
    matches begin with (the same matches, found faster), or None."""
    from ..temporal.prefilter import guarded

    return guarded(source)


def _alternation(forms) -> str:
    return "|".join(re.escape(f) for f in sorted(set(forms), key=len, reverse=True))


_scanning: dict[int, tuple[re.Pattern, re.Pattern]] = {}  # id(pattern) -> (it, its faster program)


def _scan(pattern: re.Pattern, text: str) -> Iterator[re.Match]:
    """``pattern.finditer(text)``, with the characters its matches begin with (a capital letter:
    names, institutions) in its program (:func:`kb.temporal.programs.with_first_characters`): the
    regex engine tries it only where such a character stands, not at every place of the text
    (its leading lookbehind first)."""
    known = _scanning.get(id(pattern))
    if known is None or known[0] is not pattern:
        if len(_scanning) >= 256:  # patterns made again and again: start afresh
            _scanning.clear()
        known = _scanning[id(pattern)] = (pattern, programs.with_first_characters(pattern))
    return known[1].finditer(text)


# The patterns the finders below search, made once per language from its data (not per document).
_WORD_BEFORE = re.compile(r"(\S+) +$")
_REGION_BEFORE = re.compile(r"(\S+) $")


def _longest_first(words) -> str:
    """``words`` as a regex alternation, longer words first ("" for none)."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=None)
def _speaking_pattern(lang: str) -> re.Pattern | None:
    """Two or three capitalised words right before a speech verb or a verb phrase only persons do
    (:meth:`_Finder.find_speaking_names`), also set off by commas as an apposition ("Her
    predecessor, Jaan Ruus, resigned")."""
    verbs = speech_verbs(lang) | person_verbs(lang)
    if not verbs:
        return None
    # a given name may be initials before a surname in lower case after its capital ("P.J. Crowley
    # said"), never a lone one ("U.S. said") nor a company's form before a short name ("N.V. DSM said")
    first = rf"(?:[{_UPPER}]\.){{2,3}}(?= [{_UPPER}][a-z][\w'’\-]*,? (?:{_longest_first(verbs)})\b)|[{_UPPER}][\w'’\-]+"
    return re.compile(rf"(?<![\w\-])((?:{first})(?: [{_UPPER}][\w'’\-]+){{1,2}})(,?) (?:{_longest_first(verbs)})\b")


@lru_cache(maxsize=None)
def _described_pattern(lang: str) -> re.Pattern | None:
    """Capitalised words before a comma and an age or an office noun
    (:meth:`_Finder.find_described_names`)."""
    table, _ = _roles(lang)
    forms = sorted({f for f, role, _ in table if role != "media" and f[:1].islower()}, key=len, reverse=True)
    dets = function_words(lang, "determiner")
    if not forms or not dets:
        return None
    office = "|".join(re.escape(f) for f in forms)
    word = rf"[{_UPPER}][\w'’\-]+"
    return re.compile(rf"(?<![\w\-])({word}(?: {word}){{0,2}}), (?:(\d{{1,3}}),|(?:(?:{_longest_first(dets)}) )?"
                      rf"(?:(?:former|new|acting|interim|deputy) )?(?:{office})(?= of\b|,))")


@lru_cache(maxsize=None)
def _acronym_pattern(lang: str) -> re.Pattern | None:
    """A short form in capitals after a determiner before a speech verb
    (:meth:`_Finder.find_speaking_acronyms`)."""
    verbs = speech_verbs(lang)
    dets = function_words(lang, "determiner")
    joins = function_words(lang, "listjoin")
    if not verbs or not dets:
        return None
    listed = rf"(?:\s+(?:{_longest_first(joins)})\s+[^.;,]{{1,40}}?)?" if joins else ""
    return re.compile(rf"(?<![\w\-])(?:{_longest_first(dets)})\s+([{_UPPER}]{{2,6}})"
                      rf"(?=\s{listed}\s*(?:{_longest_first(verbs)})\b)")


@lru_cache(maxsize=None)
def _owner_pattern(lang: str) -> re.Pattern:
    """"of X" / "von X" / "der X" right after an office (:meth:`_Finder._unknown_owner`)."""
    preps = _longest_first(function_words(lang, "owner") | function_words(lang, "genitive")) or "(?!)"
    return re.compile(rf" +({preps}) +(?:the +)?({_NAME_TOKEN})")


@lru_cache(maxsize=None)
def _preposition_pattern(lang: str, after_name: bool, places: bool) -> re.Pattern:
    """"of", "von", a genitive article and for institutions a seat's preposition
    (:meth:`_Finder._right_context`)."""
    words = function_words(lang, "owner")
    if not after_name:
        words |= function_words(lang, "genitive")
        if places:
            words |= function_words(lang, "seat")
    return re.compile(rf" +(?:{_longest_first(words) or '(?!)'}) +")


@lru_cache(maxsize=None)
def _collective_pattern(lang: str) -> re.Pattern | None:
    """A list of country adjectives up to a collective noun (:meth:`_Finder._collective_adjectives`)."""
    nouns = function_words(lang, "collective")
    if not nouns:
        return None
    joins = _longest_first(function_words(lang, "listjoin")) or "(?!)"
    dets = _longest_first(function_words(lang, "determiner")) or "(?!)"
    return re.compile(rf"(?:\s*(?:,|{joins})\s+(?:(?:{dets})\s+)?[\w-]+){{0,3}}\s+(?:{_longest_first(nouns)})(?![\w-])")


@lru_cache(maxsize=None)
def _listed_patterns(lang: str) -> tuple[re.Pattern, re.Pattern] | None:
    """Two or three capitalised words listed right before and right after a known person
    (:meth:`_Finder.find_listed_names`)."""
    joins = _longest_first(function_words(lang, "listjoin"))
    if not joins:
        return None
    word = rf"[{_UPPER}][a-zà-ÿß'’\-]+"
    run = rf"{word}(?: {word}){{1,2}}"
    return (re.compile(rf"(?<![\w\-])({run})(?:,\s*|\s+(?:{joins})\s+)$"),
            re.compile(rf"^(?:,\s*(?:(?:{joins})\s+)?|\s+(?:{joins})\s+)({run})(?![\w\-])"))


def _name_trie(gz: Gazetteer, lang: str) -> dict:
    """Every name and adjective of a language as a character trie, kept with the gazetteer.

    A form ends where a node holds the key ``""``. Walking the trie (:func:`_name_spans`) finds
    the same names as one regular expression of the forms, without compiling one: a
    gazetteer of a thousand entities has some five thousand forms, and compiling their
    alternation cost every process ~0.1 s per language (issue 16).
    """
    cache = gz.__dict__.setdefault("_name_tries", {})
    if lang not in cache:
        forms = set(gz.surface_forms(lang)) | set(gz.adjectives.get(lang, {}))
        trie: dict = {}
        for form in forms:
            if form:
                node = trie
                for ch in form:
                    node = node.setdefault(ch, {})
                node[""] = {}
        cache[lang] = trie
    return cache[lang]


def _name_starts(gz: Gazetteer, lang: str) -> re.Pattern:
    """:func:`_starts` of :func:`_name_trie`, kept with the gazetteer."""
    cache = gz.__dict__.setdefault("_name_starts", {})
    if lang not in cache:
        cache[lang] = _starts(_name_trie(gz, lang))
    return cache[lang]


def _is_word(ch: str) -> bool:
    return ch.isalnum() or ch == "_"  # what ``\w`` matches


def _starts(trie: dict) -> re.Pattern:
    r"""Where a form of ``trie`` can begin: one of its first characters, not inside a word or
    after a hyphen (``\w`` is :func:`_is_word`)."""
    first = "".join(re.escape(ch) for ch in sorted(trie))
    return re.compile(rf"(?<![\w\-])[{first}]" if first else r"(?!)")


def _name_spans(trie: dict, text: str, starts: re.Pattern | None = None) -> Iterator[tuple[int, int]]:
    r"""Spans of the forms in ``text``, left to right, not overlapping: at a position not inside
    a word or after a hyphen, the longest form that ends a word; the matches of
    ``(?<![\w\-])(?:form|...)(?![\w])`` with the forms sorted longest first. ``starts``:
    :func:`_starts` of ``trie`` (made here when not given).

    >>> trie = {"a": {"b": {"": {}}, "": {}}}
    >>> list(_name_spans(trie, "a ab abc -a ab"))
    [(0, 1), (2, 4), (12, 14)]
    """
    find = (starts or _starts(trie)).search
    m = find(text)
    while m is not None:
        i = m.start()
        end = _form_end(trie, text, i)
        m = find(text, end if end > 0 else i + 1)
        if end > 0:
            yield i, end


def _form_end(trie: dict, text: str, i: int) -> int:
    """The end of the longest form of ``trie`` that starts at ``i`` and ends a word, or -1.

    >>> _form_end({"a": {"b": {"": {}}, "": {}}}, "ab-a", 3)
    4
    """
    n, end, j = len(text), -1, i + 1
    node = trie.get(text[i]) if i < n else None
    while node is not None:
        if "" in node and (j == n or not _is_word(text[j])):
            end = j
        if j == n:
            break
        node = node.get(text[j])
        j += 1
    return end


@lru_cache(maxsize=None)
def _roles(lang: str) -> tuple[list[tuple[str, str | None, str]], re.Pattern | None]:
    table = []
    for line in read_lines(lang, "roles.txt"):
        role, jur, forms = (line.split("\t") + ["", "", ""])[:3]
        if role.strip() in _CUES:
            continue  # words around an office noun (see _cue_forms), no office
        for form in forms.split("|"):
            if form.strip():
                table.append((form.strip(), role.strip(), None if jur.strip() in ("", "-") else jur.strip()))
    if not table:
        return table, None
    # "US-Präsident", "Kreml-Chef": a country (or seat) joined to the role noun by a hyphen
    # "... Khurelsukh UkhnaagiinPresident of Mongolia:": a page's layout ran a name into a
    # capitalised office; the office starts at the capital letter
    source = (rf"(?:(?<![\w\-])(?:([A-ZÄÖÜ][\w]*)-)?|(?<=[a-zß-ÿ]{{3}})(?=[A-ZÄÖÜ]))"
              rf"(?:{_alternation(f for f, _, _ in table)})(?![\w\-])")
    # behind a lookahead for the characters a match begins with, which its program tells the
    # regex engine's search too (searched in every whole text): the same matches, found faster
    pat = programs.with_first_characters(re.compile(_guarded(source) or source))
    return table, pat


@lru_cache(maxsize=None)
def _role_lookup(lang: str) -> dict[str, tuple[str, str | None]]:
    """Each office form of :func:`_roles`, with its (first) role and jurisdiction."""
    lookup: dict[str, tuple[str, str | None]] = {}
    for form, role, jur in _roles(lang)[0]:
        lookup.setdefault(form, (role, jur))
    return lookup


@lru_cache(maxsize=None)
def _org_words(lang: str) -> tuple[frozenset[str], frozenset[str]]:
    """The words that join an organisation's name to what is around it, and the head nouns of
    offices ("President": "Party President X" is a person, not a party), for
    :meth:`_Finder.find_unknown_organisations`."""
    joins = function_words(lang, "owner") | function_words(lang, "listjoin") | function_words(lang, "target") \
        | function_words(lang, "determiner")
    role_words = frozenset(form.split()[-1] for form, _, _ in _roles(lang)[0]) - joins - set(_org_heads(lang))
    return joins, role_words


# the pseudo-role of roles.txt whose forms mark the holder of an office as a woman: a feminine
# office noun ("Präsidentin", "Queen") or a word right before one ("female", "woman" president)
_FEMALE = "female"
# the pseudo-roles of roles.txt whose forms make an office noun the office someone wins: a word
# before it ("won-before": "zum") together with a participle after it ("won": "gewählt")
_WON, _WON_BEFORE = "won", "won-before"
# the pseudo-role of roles.txt whose forms make the holder of an office a new one ("the new
# pope", "the incoming president"): the holder after the change the text tells, not the one of the
# publication day
_NEW = "new"
# how long after taking office a holder is still "the new" one (days)
_RECENT = 183
# the pseudo-role of roles.txt whose forms make the office noun after them one held before
# ("former president X"): such a holder is not the one a later description stands for
_FORMER = "former"
# the pseudo-role of roles.txt whose forms make an office noun without a name one its holder no
# longer holds ("the former prime minister of Latvia", "the late king"): nobody we can name, not
# the holder of the publication day
_NO_LONGER = "no-longer"
# the pseudo-role of roles.txt whose forms are short titles that only refer back to the person the
# text last named with their role ("the Secretary" after "Secretary of State X"), never to the
# holder of the day
_BACK_ONLY = "back-only"
_CUES = (_FEMALE, _WON, _WON_BEFORE, _NEW, _FORMER, _NO_LONGER, _BACK_ONLY)
# the role of roles.txt whose nouns name the holder of the office someone named before holds, in
# the country before the noun ("his Iranian counterpart"): no office of its own
_COUNTERPART = "counterpart"


@lru_cache(maxsize=None)
def _cue_forms(lang: str, cue: str) -> frozenset[str]:
    """The forms of the ``cue`` lines of ``roles.txt`` (one of :data:`_CUES`)."""
    return frozenset(form.strip() for line in read_lines(lang, "roles.txt")
                     for role, _, forms in [(line.split("\t") + ["", "", ""])[:3]]
                     if role.strip() == cue for form in forms.split("|") if form.strip())


@lru_cache(maxsize=None)
def _office_words(lang: str) -> frozenset[str]:
    """The capitalised office nouns of one word of the language ("Präsident", "Kanzlerin")."""
    return frozenset(f for f, _, _ in _roles(lang)[0] if f[:1].isupper() and " " not in f)


@lru_cache(maxsize=None)
def _role_heads(lang: str) -> frozenset[str]:
    """The capitalised first words of the language's office nouns ("President", "Prime")."""
    return frozenset(f.split()[0] for f, _, _ in _roles(lang)[0] if f[:1].isupper())


@lru_cache(maxsize=None)
def _institutions(lang: str) -> tuple[dict[str, str], re.Pattern | None]:
    table = {}
    for line in read_lines(lang, "institutions.txt"):
        tag, forms = (line.split("\t") + ["", ""])[:2]
        for form in forms.split("|"):
            if form.strip():
                table[form.strip()] = tag.strip()
    if not table:
        return table, None
    source = rf"(?<![\w\-])(?:{_alternation(table)})(?![\w\-])"
    return table, re.compile(_guarded(source) or source)  # (see _roles)


class _Finder:
    """Candidate finding for one document."""

    def __init__(self, gz: Gazetteer, text: str, lang: str, dct: _dt.date | None):
        self.gz, self.text, self.lang, self.dct = gz, text, lang, dct
        self.names: list[Candidate] = []
        self.home: str | None = None
        self.local: dict[str, Entity] = {}
        # (office noun, country word) -> the person named with that office of a country the
        # gazetteer does not know: "President of Mongolia" alone later is that person
        self.unknown_offices: dict[tuple[str, str], Entity] = {}
        # role -> the person last named with that role noun ("Bundeskanzler Sebastian Kurz"): the
        # noun alone later ("der Bundeskanzler") is that person (see find_roles)
        self.titled: dict[str, Entity] = {}
        # (role, the country a noun implies) -> the person last named with such a noun
        # ("Bundespräsident X" ... "Staatspräsident Y" ... "der Bundespräsident" is X)
        self.titled_as: dict[tuple[str, str], Entity] = {}
        self.titled_form: dict[str, Entity] = {}  # a back-only short title -> the one last named with a title holding it
        # (role, jurisdiction) -> the holder a text named with the office where the gazetteer knows none
        self.named_holders: dict[tuple[str, str], Entity] = {}
        # (start, end, day): sentences set at a past date of their own ("In 2009, the chancellor
        # ..."), where an office noun names its holder of that day (see :meth:`set_dates`)
        self.dated: list[tuple[int, int, _dt.date]] = []
        # (clause start, clause end, date start, date end, day): a past date inside a clause (see
        # :meth:`_date_clause`), which an office noun of the clause takes where nothing stands
        # between them that opens a noun phrase of its own (see :meth:`_day_at`)
        self.clause_dated: list[tuple[int, int, int, int, _dt.date]] = []
        # persons the text named after a feminine office noun ("Präsidentin Anna Lund"): the
        # gazetteer does not know them, but a feminine noun later may stand for them
        self.female_named: set[str] = set()
        # where the sentences start: a mention never runs across one (see :meth:`_crosses`)
        self.starts: list[int] = []
        # where an office noun is the office someone wins ("elected prime minister"), and the
        # descriptions of a new holder ("the new pope") that name the one who won it
        self.offices_won: list[tuple[int, str]] = []
        self.new_holders: list[Candidate] = []
        # (role, jurisdiction) -> the person last named with that office noun ("Chinese President
        # X"): a description of the office later in the text is that person (see _description)
        self.named_with: dict[tuple[str, str], Entity] = {}

    def set_dates(self, sentences, timexes, narrative: bool = False) -> None:
        """Sentences that open with a past date naming its year ("In 2009, ...", "Am 3. Mai 2010
        ...", at most two words before it): an office noun in them names the holder of that date
        (the middle of the year or month), not the one of the publication day. In a narrative (a
        history) every sentence is set at the story's time: its first date, else the last one
        told before it ("Der Präsident" of a chapter on 1969 is the president of 1969)."""
        self.starts = sorted(s.start for s in sentences)
        if self.dct is None:
            return
        if narrative:
            self._story_dates(sentences, timexes)
            return
        for sent in sentences:
            for t in timexes:
                if not (sent.start <= t.start < sent.end) or t.type != "DATE" or t.earliest is None \
                        or t.latest is None or not re.search(r"\d{4}", t.text) or t.latest >= self.dct:
                    continue
                day = t.earliest + (t.latest - t.earliest) / 2
                # at most two words before the date (counted only for a sentence with such a date)
                if sum(1 for w in sent.tokens if w.end <= t.start and re.match(r"\w", w.text)) <= 2:
                    self.dated.append((sent.start, sent.end, day))
                elif (clause := self._date_clause(sent, t)) is not None:
                    self.clause_dated.append((*clause, t.start, t.end, day))
                break

    def _date_clause(self, sent, t) -> tuple[int, int] | None:
        """The clause a past date after a date preposition stands in ("The British prime minister
        visited Moscow in March 2017", "Der Präsident besuchte im Juli 2010 Berlin"): from the
        last clause boundary before it (a comma, colon, semicolon, quote or complementiser) to the
        first after it; None for a date after another word ("the 2010 treaty", "der Vertrag von
        2010"), which dates a thing, not the clause."""
        before = [w for w in sent.tokens if w.end <= t.start]
        if not before or before[-1].text not in function_words(self.lang, "date-prep") or \
                before[-1].text[:1].isupper():
            return None
        stops = set(",;:\"“”„«»") | function_words(self.lang, "complement")
        start = max((w.end for w in before if w.text in stops), default=sent.start)
        end = min((w.start for w in sent.tokens if w.start >= t.end and w.text in stops), default=sent.end)
        return start, end

    def _story_dates(self, sentences, timexes) -> None:
        """:meth:`set_dates` of a narrative: each sentence at its first date, else at the last
        date told before it (the middle of its bounds)."""
        dated = [t for t in timexes if t.type == "DATE" and t.earliest is not None and t.latest is not None
                 and t.latest < self.dct]
        k, last = 0, None
        for sent in sorted(sentences, key=lambda x: x.start):
            while k < len(dated) and dated[k].start < sent.start:
                last = dated[k]
                k += 1
            own = dated[k] if k < len(dated) and dated[k].start < sent.end else last
            if own is not None:
                self.dated.append((sent.start, sent.end, own.earliest + (own.latest - own.earliest) / 2))

    def _crosses(self, start: int, end: int) -> bool:
        """Does a sentence start after ``start`` and at or before ``end``? A mention from ``start``
        to ``end`` would then run across a sentence boundary ("der Ukraine. | Präsident X")."""
        k = bisect.bisect_right(self.starts, start)
        return k < len(self.starts) and self.starts[k] <= end

    def _day_at(self, pos: int) -> _dt.date | None:
        """The day an office noun at ``pos`` names its holder on: that of a date opening its
        sentence, else of a date in its clause with no determiner or possessive between the two
        ("The British prime minister visited Moscow in March 2017"; not "The German chancellor
        remembered a trip to Oslo in 2009", where the date is the trip's)."""
        day = next((d for a, b, d in self.dated if a <= pos < b), None)
        if day is not None:
            return day
        closed = function_words(self.lang, "determiner") | function_words(self.lang, "possessive")
        for a, b, ts, te, d in self.clause_dated:
            if not a <= pos < b:
                continue
            words = self.text[pos:ts].split()[1:] if pos < ts else self.text[te:pos].split()[:-1]
            if not any(w in closed for w in words):
                return d
        return self.dct

    def ends_name(self, token: str) -> bool:
        """Is ``token`` a weekday or month word or an abstract noun (a ``noun-ending`` of
        name_parts.txt) that ends a person's name before it ("Anna Berg Monday met ...", "laut Jakob
        Brandt Anerkennung") -- not when a known person bears it as surname ("Theresa May")?"""
        return (token in _calendar_words(self.lang) or _abstract_noun(token) or token in _office_words(self.lang)) \
            and token not in _surnames(self.gz) and token not in given_names()

    # -- names and adjectives -------------------------------------------------------------------
    def find_names(self) -> None:
        adjectives = self.gz.adjectives.get(self.lang, {})
        trie = _name_trie(self.gz, self.lang)
        for start, end in _name_spans(trie, self.text, _name_starts(self.gz, self.lang)):
            form = self.text[start:end]
            ents = self.gz.lookup(form, self.lang)
            if ents and self._region_before(start) and all(e.kind in ("country", "city") for e in ents):
                continue  # "Latin America", "South Sudan": another place than the name inside it
            if ents:
                ent = self._disambiguate(ents, start)
                self.names.append(Candidate(start, end, [ent], "name", priority=3))
            elif form in adjectives:
                ent = self.gz.get(adjectives[form])
                if ent is not None:
                    self.names.append(Candidate(start, end, [ent], "adjective", priority=1))
        combining = self._combining_forms(adjectives)
        self._hyphen_partners(trie, adjectives)
        self._keep_joined(combining)
        self._collective_adjectives()
        self._drop_party_modifiers()
        for c in self.names:
            ent = c.entities[0]
            if c.kind == "name" and ent.country and (self.gz.has_tag(ent.id, "seat") or ent.kind == "office"):
                self.home = ent.country
                break

    def _drop_party_modifiers(self) -> None:
        """A party (tag ``party``) that only modifies a person noun after it is no mention of its
        own: joined by a hyphen to a word that is no other name ("SPD-Chef", "der CDU-Vorsitzende",
        "Labour-led") or followed by a role noun of roles.txt ("the Labour leader"). The person
        is the actor, not the party ("die SPD-Chefin reiste nach Paris" names no party visit). A
        party in brackets after a name is that person's affiliation ("Olaf Scholz (SPD) traf"); one
        after an indefinite article or "one" modifies the noun after it ("one GOP source said").
        A one-word party name that is no acronym, capitalised at a sentence start before a
        lower-case word, may be a common noun ("Labour costs rose"): it is left out there too."""
        starts = {c.start for c in self.names}
        ends = {c.end for c in self.names}
        nouns = _role_lookup(self.lang)
        indefinite = "|".join(re.escape(w) for w in function_words(self.lang, "indefinite")) or "(?!)"

        def modifier(c: Candidate) -> bool:
            if c.kind != "name" or not all(self.gz.has_tag(e.id, "party") for e in c.entities):
                return False
            after = self.text[c.end:c.end + 40]
            if re.search(r"\(\s*$", self.text[max(0, c.start - 3):c.start]) and re.match(r"\s*\)", after):
                return True  # "Olaf Scholz (SPD) traf ...": the person's party, a label
            if re.search(rf"(?<!\w)(?:{indefinite}) $", self.text[max(0, c.start - 12):c.start]):
                return True  # "one GOP source said": a party after "a"/"one" modifies a noun
            if re.match(r"-\w", after):  # "SPD-CDU-Koalition": two parties, kept
                return c.end + 1 not in starts and c.start - 1 not in ends
            m = re.match(r" (\w+)", after)
            return bool(m) and (m.group(1) in nouns or self._opening_common(c, m.group(1)))

        self.names = [c for c in self.names if not modifier(c)]

    def _opening_common(self, c: Candidate, following: str) -> bool:
        """Is ``c`` one capitalised word, no acronym, opening a sentence before a lower-case word?"""
        form = self.text[c.start:c.end]
        before = self.text[:c.start].rstrip(" \t\"“„'‘")
        return (" " not in form and not form.isupper() and following[:1].islower()
                and (not before or before[-1] in ".!?:\n"))

    def _combining_forms(self, adjectives: dict[str, str]) -> list[Candidate]:
        """"Franco-German", "Sino-US": a country's combining form (an adjective of the gazetteer
        ending in a hyphen) before a hyphen; kept only where another name follows it (see
        :meth:`_keep_joined`)."""
        cache = self.gz.__dict__.setdefault("_combining", {})
        if self.lang not in cache:
            forms = [f[:-1] for f in adjectives if f.endswith("-") and len(f) > 2]
            cache[self.lang] = programs.with_first_characters(
                re.compile(rf"(?<![\w\-])(?:{_alternation(forms)})(?=-\w)")) if forms else None
        pat = cache[self.lang]
        found = []
        for m in pat.finditer(self.text) if pat is not None else ():
            ent = self.gz.get(adjectives[m.group(0) + "-"])
            if ent is not None and not any(c.start <= m.start() < c.end for c in self.names):
                found.append(Candidate(m.start(), m.end(), [ent], "adjective", priority=1))
        self.names = sorted(self.names + found, key=lambda c: c.start)
        return found

    def _keep_joined(self, combining: list[Candidate]) -> None:
        """A combining form names its country as a party where a name follows it ("Sino-US
        talks"), and nothing otherwise ("the Indo-Pacific")."""
        starts = {c.start for c in self.names}
        drop = {id(c) for c in combining if c.end + 1 not in starts}
        for c in combining:
            c.kind = "name"
        self.names = [c for c in self.names if id(c) not in drop]

    def _hyphen_partners(self, trie: dict, adjectives: dict[str, str]) -> None:
        """"the EU-China summit", "US-Russia talks", "deutsch-französische Gespräche": a country,
        place or organisation (or its adjective) joined by a hyphen to another one names both
        parties. Names are not looked for after a hyphen otherwise ("Ex-", "Anti-"), and a pair
        the gazetteer knows as one name ("Saudi-Arabien") is found whole before this; persons'
        double names ("Anna Berg-Lund") are not split -- but two surnames the gazetteer knows,
        each a single word, are two persons ("the Xi-Putin summit", "a Putin-Trump meeting")."""
        k = 0
        while k < len(self.names):
            c = self.names[k]
            k += 1
            person = any(e.kind == "person" for e in c.entities)
            if c.end >= len(self.text) - 1 or self.text[c.end] != "-" \
                    or (person and not _one_word(self.text[c.start:c.end])):
                continue
            end = _form_end(trie, self.text, c.end + 1)
            if end < 0:
                continue
            form = self.text[c.end + 1:end]
            ents = self.gz.lookup(form, self.lang)
            if ents:
                ent, kind, priority = self._disambiguate(ents, c.end + 1), "name", 3
            else:
                ent, kind, priority = self.gz.get(adjectives.get(form, "")), "adjective", 1
            if ent is None or (ent.kind == "person") != (person and _one_word(form)) or ent in c.entities:
                continue
            if kind == c.kind == "adjective":  # "deutsch-französische": two parties, as names
                kind = self.names[k - 1].kind = "name"
            self.names.insert(k, Candidate(c.end + 1, end, [ent], kind, priority=priority))

    def _collective_adjectives(self) -> None:
        """"the Russian and Ukrainian delegations", "die russische und die ukrainische Delegation":
        a country adjective before a collective noun of ``function-words.txt`` (alone or in a list
        of such adjectives) names the country as a party, a name rather than an adjective."""
        pat = _collective_pattern(self.lang)
        if pat is None:
            return
        for k, c in enumerate(self.names):
            if c.kind == "adjective" and pat.match(self.text, c.end):
                self.names[k] = Candidate(c.start, c.end, c.entities, "name", priority=c.priority)

    def _region_before(self, pos: int) -> bool:
        """Does a region word of name_parts.txt stand right before ``pos`` ("Latin", "Central")?"""
        m = _REGION_BEFORE.search(self.text[max(0, pos - 30):pos])
        return m is not None and m.group(1) in _regions()

    def _disambiguate(self, ents: list[Entity], pos: int) -> Entity:
        if len(ents) == 1:
            return ents[0]
        earlier = [c.entities[0] for c in self.names if c.start < pos]
        for ent in reversed(earlier):
            if ent in ents:
                return ent
        if self.dct is not None:
            for ent in ents:
                if self.gz.office_at(ent.id, self.dct):
                    return ent
            # otherwise the one whose last office ended most recently before the date
            def last_end(ent):
                ends = [o.end for o in self.gz.offices_of(ent.id) if o.end and o.end <= self.dct]
                return max(ends) if ends else _dt.date.min
            return max(ents, key=last_end)
        return ents[0]

    def name_at(self, pos: int) -> Candidate | None:
        """A name candidate starting at ``pos`` (after skipping spaces)."""
        while pos < len(self.text) and self.text[pos] == " ":
            pos += 1
        best = None
        for c in self.names:
            if c.start == pos and (best is None or c.length > best.length):
                best = c
        return best

    def _word_before(self, pos: int) -> tuple[int, str] | None:
        m = _WORD_BEFORE.search(self.text[max(0, pos - 60):pos])
        if not m:
            return None
        return pos - (len(self.text[max(0, pos - 60):pos]) - m.start(1)), m.group(1)

    def _left_context(self, start: int, institution: bool = False) -> tuple[int, str | None]:
        """Extend a description leftwards over a country adjective / possessive and a determiner."""
        jur = None
        wb = self._word_before(start)
        if wb and self._crosses(wb[0], start):
            return start, None  # the word before ends the sentence before
        if wb and wb[1] in _cue_forms(self.lang, _NEW) | _cue_forms(self.lang, _FEMALE):
            # "Japan's new prime minister", "the female Polish president": the country before the cue word
            more = self._word_before(wb[0])
            if more and not self._crosses(more[0], wb[0]):
                wb = more
        if wb:
            wstart, word = wb
            adj = self.gz.adjectives.get(self.lang, {}).get(word) or self.gz.adjectives.get("en", {}).get(word)
            named = self.name_at(wstart)
            if adj:
                jur, start = adj, wstart
            elif named is not None and wstart < named.end <= wstart + len(word) \
                    and named.entities[0].kind in ("country", "organisation"):
                jur, start = named.entities[0].id, wstart
            elif named is not None and named.end == wstart + len(word) and self.gz.has_tag(named.entities[0].id, "seat"):
                jur, start = named.entities[0].country, wstart
            elif named is not None and named.end == wstart + len(word) and named.entities[0].kind == "person" \
                    and named.entities[0].country and institution:
                # "the Obama administration": the leader's country
                jur, start = named.entities[0].country, named.start
        wb = self._word_before(start)
        if wb and wb[1] in function_words(self.lang, "determiner") and not self._crosses(wb[0], start):
            start = wb[0]
        return start, jur

    def _right_context(self, end: int, after_name: bool = False, places: bool = False) -> tuple[int, str | None]:
        """Extend a description over "of (the) X" / "von X" / a genitive "(der|des) X", and for
        institutions "in <capital>" ("das Außenministerium in Peking")."""
        m = _preposition_pattern(self.lang, after_name, places).match(self.text[end:end + 20])
        cands = []
        if m:
            cands.append(end + m.end())
            the = re.match(r"the +", self.text[end + m.end():end + m.end() + 6])
            if the:
                cands.append(end + m.end() + the.end())
        if not after_name:
            cands.append(end)
        for pos in cands:
            named = self.name_at(pos)
            if named is None or named.kind != "name" or self._crosses(end, named.start):
                continue
            if pos == end and not self._inflected(named):
                continue  # "der Präsident Frankreichs", not "besucht der Präsident Frankreich"
            ent = named.entities[0]
            if ent.kind in ("country", "organisation"):
                return named.end, ent.id
            if ent.kind == "city" and m and pos != end:
                return named.end, ent.country
        return end, None

    def _inflected(self, named: Candidate) -> bool:
        """Is the name written in an inflected (genitive) form -- one of the language's name
        suffixes on one of its entity's labels ("Frankreichs")? Only such a name owns the noun
        right before it without a preposition or an article; a name in its plain form there is
        the next argument ("besucht der Kanzler Kanada")."""
        text = self.text[named.start:named.end]
        labels = {form for ent in named.entities for form in ent.labels.get(self.lang, [])}
        return any(text.endswith(x) and text[:-len(x)] in labels for x in function_words(self.lang, "name-suffix"))

    # -- role descriptions ----------------------------------------------------------------------------
    def find_roles(self) -> list[Candidate]:
        table, pat = _roles(self.lang)
        if pat is None:
            return []
        lookup = _role_lookup(self.lang)
        out = []
        for m in pat.finditer(self.text):
            prefix = m.group(1)
            noun = m.group(0)[len(prefix) + 1:] if prefix else m.group(0)
            if noun not in lookup and m.group(0) in lookup:
                prefix, noun = None, m.group(0)  # the form itself has a hyphen ("EU-Ratspräsident")
            if noun not in lookup:
                continue
            role, default_jur = lookup[noun]
            female = self._female(noun, m.start())
            joins = "|".join(re.escape(w) for w in function_words(self.lang, "listjoin")) or "(?!)"
            if re.search(rf"-\s+(?:{joins})\s+$", self.text[max(0, m.start() - 12):m.start()]):
                continue  # "Staats- und Regierungschefs": a plural group, not one person
            start, jur = self._left_context(m.start())
            if prefix:
                owner = self.gz.lookup(prefix, self.lang)
                if owner and owner[0].kind in ("country", "organisation"):
                    jur = owner[0].id
                elif owner and self.gz.has_tag(owner[0].id, "seat"):
                    jur = owner[0].country
                else:
                    continue
            end, jur_right = self._right_context(m.end())
            jur = jur or jur_right
            if role == _COUNTERPART and jur is None:
                end, jur = self._origin_country(end)
            if role == _COUNTERPART:
                # (a name after it, "his counterpart, President X", is found as itself; one the
                # gazetteer does not know, "ihrem ukrainischen Amtskollegen Andrij Sybiha", is a person)
                out += self._named_counterpart(start, end, jur) or self._counterpart(start, end, m.start(), jur, out)
                continue
            held = self._unknown_office(start, end, noun, role) if not jur and not prefix else None
            if held is not None:
                out += held
                continue
            if re.search(r"\b(?:to|for|des|der) +$", self.text[max(0, start - 8):start]) and not jur:
                # "Aide to the President Lena Sorokina": the name belongs to the outer title
                name_end, person = end, None
            else:
                name_end, person = self._following_name(end, role, jur or default_jur)
                if person is not None and self._holds_other(person, role, m.start()):
                    name_end, person = end, None
            if person is None and jur is None:
                # "Chancellor Gerhard Schröder of Germany": the jurisdiction after the name
                pass
            if person is not None:
                end2, jur2 = self._right_context(name_end, after_name=True)
                if jur2 and self.gz.get(jur2) and self.gz.get(jur2).kind == "country":
                    name_end = end2
                else:
                    name_end = self._layout_repeat(name_end, self.text[end:name_end].split(), pat)
                out.append(Candidate(start, name_end, [person], "name", priority=4, role=role))
                self._note_named(person, role, jur, default_jur, m.start(), female)
                self._note_form(noun, person)
                continue
            if not jur and self._possessed(m.start()):
                continue  # "her vice president": someone else's office, no holder we could name
            if self._change(start, end, m.start(), role, jur or default_jur, out):
                continue
            out += self._unnamed(start, end, m.start(), noun, role, (jur, default_jur, jur_right), female, prefix)
        return out

    def _holds_other(self, person: Entity, role: str, noun_start: int) -> bool:
        """Is the known person named right after a role noun with a determiner one the gazetteer
        knows in other offices only ("Am Dienstag traf der Kanzler Xi Jinping": the chancellor met
        Xi, no chancellor Xi)? A person whose offices kb does not know is never so split."""
        words = self.text[max(0, noun_start - 12):noun_start].split()
        if not person.offices or not words or words[-1] not in function_words(self.lang, "determiner"):
            return False
        return all(h.id != person.id for h in self.gz.holders(role, None, None))

    def _unnamed(self, start: int, end: int, noun_start: int, noun: str, role: str, jurs: tuple,
                 female: bool, prefix: str | None) -> list[Candidate]:
        """The candidates of an office noun no name follows: a back-only title's holder named
        before, the holder the text titled before, else the holder on the day (and those of the
        countries listed after its own: :meth:`_listed_offices`); nothing for a past holder."""
        jur, default_jur, jur_right = jurs
        back = self._back_only(start, end, noun, role)
        if back is not None:
            return back
        again = self._titled_again(start, end, role, default_jur, female) if not jur and not prefix else None
        if again is not None:
            return [again]
        if self._cue_before(noun_start, _NO_LONGER) is not None:
            return []  # "the former prime minister of Latvia": a past holder the text does not name
        out = self._description(start, end, noun_start, role, jur, default_jur, female)
        return out + self._listed_offices(end, noun_start, role, female) if jur_right else out

    def _listed_offices(self, end: int, noun_start: int, role: str, female: bool) -> list[Candidate]:
        """"die Präsidenten Frankreichs und Polens", "die Außenminister Armeniens und Aserbaidschans":
        a country in the genitive joined to the one that owns an office noun holds that office too
        -- its holder on the day, where kb knows one (else the country stays a name)."""
        join = _list_join(self.lang).match(self.text, end, end + 12)
        named = self.name_at(join.end()) if join else None
        if named is None or named.kind != "name" or not self._inflected(named) or named.entities[0].kind != "country":
            return []
        holder = self._resolve_role(role, named.entities[0].id, noun_start, female)
        return [Candidate(named.start, named.end, [holder], "description", priority=4, role=role)] if holder else []

    def _note_form(self, noun: str, person: Entity) -> None:
        """Remember who was named with a title holding a back-only short title ("Secretary")."""
        self.titled_form.update((w, person) for w in noun.split() if w in _cue_forms(self.lang, _BACK_ONLY))

    def _back_only(self, start: int, end: int, noun: str, role: str) -> list[Candidate] | None:
        """"the Secretary" (a back-only short title): the one last named with a title holding it,
        else nobody ([]); None for any other noun."""
        if noun not in _cue_forms(self.lang, _BACK_ONLY):
            return None
        back = self.titled_form.get(noun)
        return [Candidate(start, end, [back], "description", priority=2, role=role)] if back else []

    def _origin_country(self, end: int) -> tuple[int, str | None]:
        """"seinen Amtskollegen aus Litauen", "his counterpart from the Czech Republic": the country
        after a ``seat`` word of function-words.txt and perhaps an article (not after "in", and no
        city: "his counterpart in Warsaw" is where they met)."""
        seat = "|".join(re.escape(w) for w in sorted(function_words(self.lang, "seat"), key=len, reverse=True))
        dets = "|".join(re.escape(w) for w in sorted(function_words(self.lang, "determiner"), key=len, reverse=True))
        m = re.match(rf" +(?:{seat}) +(?:(?:{dets}) +)?", self.text[end:end + 16]) if seat and dets else None
        named = self.name_at(end + m.end()) if m else None
        if named is None or named.kind != "name" or self._crosses(end, named.start) \
                or named.entities[0].kind != "country" or self.text[end:end + m.end()].split()[0] == "in":
            return end, None
        return named.end, named.entities[0].id

    def _named_counterpart(self, start: int, end: int, jur: str | None) -> list[Candidate]:
        """The person named right after a counterpart noun whom the gazetteer does not know (a
        known name is found as itself)."""
        named = self.name_at(end + 1)
        if named is not None and named.kind == "name":
            return []
        name_end, person = self._name_after(end, _COUNTERPART, jur)
        if person is None or not person.id.startswith("local:"):
            return []
        return [Candidate(start, name_end, [person], "name", priority=4)]

    def _counterpart(self, start: int, end: int, noun_start: int, jur: str | None,
                     found: list[Candidate]) -> list[Candidate]:
        """"his Iranian counterpart", "ihrem französischen Amtskollegen": the holder, in the country
        the adjective names, of the office held on the day by the person named last before the noun
        in its sentence -- the same office only (a chancellor's French counterpart stays unnamed);
        nobody without a country, or where that country's holder is not one person we know."""
        if jur is None:
            return []
        before = [c for c in (*self.names, *found) if c.end <= noun_start and c.entities
                  and c.entities[0].kind == "person" and not self._crosses(c.start, noun_start)]
        if not before:
            return []
        day = self._day_at(noun_start)
        office = self.gz.office_at(max(before, key=lambda c: c.end).entities[0].id, day)
        if office is None or office.jurisdiction == jur:
            return []
        holders = self.gz.holders(office.role, jur, day)
        if len(holders) != 1:
            return []
        return [Candidate(start, end, holders, "description", priority=2, role=office.role)]

    def _note_named(self, person: Entity, role: str, jur: str | None, default_jur: str | None,
                    noun_start: int, female: bool) -> None:
        """Remember a person named after an office noun: the noun alone later may stand for them."""
        if jur and person.id.startswith("local:"):
            # "President of Mongolia X" introduces the holder the gazetteer does not know
            self.named_holders.setdefault((role, jur), person)
        if person.kind != "person":
            return
        self.titled[role] = person
        if default_jur:
            self.titled_as[(role, default_jur)] = person
        if female:
            self.female_named.add(person.id)
        if jur and self._cue_before(noun_start, _FORMER) is None:
            # "Chinese President X ... the Chinese president": the same person, whoever held the
            # office on the publication day (not so after "former"); the country must be named,
            # not implied by the noun ("Bundeskanzlerin X" leaves "der deutsche Bundeskanzler")
            self.named_with[(role, jur)] = person

    def _titled_again(self, start: int, end: int, role: str, default_jur: str | None,
                      female: bool) -> Candidate | None:
        """A noun of one country's office alone ("der Bundeskanzler" after "Bundeskanzler Sebastian
        Kurz") is the person the text last named with it -- not so a feminine noun for a man;
        "the President" of a White House text stays the home president. The person is one named
        with a noun of that country's office ("Bundespräsident X ... Staatspräsident Y ... der
        Bundespräsident" is X)."""
        person = self.titled_as.get((role, default_jur)) if default_jur else None
        if person is None or female and not self._may_be_female(person):
            return None
        return Candidate(start, end, [person], "description", priority=2, role=role)

    def _layout_repeat(self, end: int, tokens: list[str], pat: re.Pattern) -> int:
        """Where a speaker's title ends when a page's layout repeated the name in reverse and ran
        it into the office ("President of Chile Tomas Reyes Reyes
        TomasPresident of Chile(retranslated):"): the repetition and the office belong to
        the one named; else ``end``."""
        if len(tokens) < 2:
            return end
        # the reversed name and a capital after it, within 120 characters (a comparison of strings:
        # a pattern of the name would be compiled for each)
        repeated = " " + " ".join(reversed(tokens))
        window = self.text[end:end + 120]
        if not window.startswith(repeated) or _UPPER_CHAR.match(window, len(repeated)) is None:
            return end
        office = pat.match(self.text, end + len(repeated))
        if office is None:
            return end
        return self._right_context(office.end())[0]

    def _description(self, start: int, end: int, noun_start: int, role: str, jur: str | None,
                     default_jur: str | None, female: bool = False) -> list[Candidate]:
        """An office noun without a name: its holder on the day, else (a spokesperson, a news outlet)
        an unlinked speaker; else nothing. A feminine noun (``female``) names no holder who is not
        known to be a woman: "die Präsidentin" of a country whose president is a man is left
        unresolved rather than linked to him."""
        ent = self.named_with.get((role, jur)) if jur and role not in _SPEAKER_ROLES else None
        if ent is None or female and not self._may_be_female(ent):
            ent = self._resolve_role(role, jur or default_jur, noun_start, female)
        if ent is None and jur and default_jur and jur != default_jur:
            ent = self._resolve_role(role, default_jur, noun_start, female)
        if ent is None and jur:
            # the office named alone later is the holder the text introduced with it
            ent = self.named_holders.get((role, jur))
        if ent is None and jur:
            body = self._collective_body(start, end, role, jur)
            if body is not None:
                return [body]
        if ent is None and not jur and role in self.titled and role not in _SPEAKER_ROLES:
            # "Prime Minister Dritan Kolasi ... The prime minister met ...": an office no holder of
            # the day answers is the one the text last named with it
            ent = self.titled[role]
        if ent is not None and female and not self._may_be_female(ent):
            ent = None
        if ent is None and female and self._resolve_role(role, jur or default_jur, noun_start) is not None:
            # the holder of the day is a man: a woman we cannot name (an unlinked mention)
            return [Candidate(start, end, [], "description", priority=2, role=role)]
        if ent is not None:
            return [Candidate(start, end, [ent], "description", priority=2, role=role)]
        if role in _SPEAKER_ROLES:
            # "ein Regierungssprecher", "a government spokesman", "a foreign ministry spokesman":
            # someone we cannot name, who can still be the source of a statement (unlinked)
            first = self._determiner_before(noun_start) if start == noun_start else start
            if first is None and role in _BARE_ROLES:
                first = noun_start  # "State media reported": the noun alone is enough
            if first is not None and (first < noun_start or role in _BARE_ROLES) \
                    and not self._names_inside(first, noun_start):
                return [Candidate(first, end, [], "description", priority=1, role=role)]
        return []

    def _collective_body(self, start: int, end: int, role: str, jur: str) -> Candidate | None:
        """"die Außenminister der G7", "die Nato-Außenminister", "ein Sprecher der Nato": an office
        of a body of states (an organisation of the gazetteer tagged ``summit``) whose holder the
        gazetteer does not know -- most often one the members hold together -- stands for the body,
        which acts (a lone holder unknown to the gazetteer stood for nobody: the body named inside
        was the party all the same)."""
        body = self.gz.get(jur)
        if body is None or body.kind != "organisation" or not self.gz.has_tag(body.id, "summit"):
            return None
        return Candidate(start, end, [body], "description", priority=2, role=role)

    def _unknown_office(self, start: int, end: int, noun: str, role: str) -> list[Candidate] | None:
        """The candidates of an office owned by a country the gazetteer does not know ("of Palau",
        after the office noun ending at ``end``); None when no such owner follows -- or after a
        genitive article with no name ("der Sprecher der Regierung": there any noun is capitalised)."""
        unknown, by_article = self._unknown_owner(end)
        if unknown is None:
            return None
        found = self._office_holder(start, end, unknown, noun, role)
        return found if found or not by_article else None

    def _office_holder(self, start: int, end: int, unknown: int, noun: str, role: str) -> list[Candidate]:
        """"the President of Vanuatu, Peter Tari,": an office of a country the gazetteer
        does not know (``end``..``unknown``: "of Vanuatu") is held by the one named after it in an
        apposition, and by the same one when named so again; else by nobody we know."""
        key = (noun, self.text[end:unknown].split()[-1])
        # only in an apposition closed by a comma: run straight on ("President of X Name Name") the
        # words after an unknown owner may still belong to it
        name_end, person = self._following_name(unknown, role, None) if self.text.startswith(",", unknown) \
            else (unknown, None)
        known = [c for c in self.names if unknown <= c.start < max(name_end, unknown + 2) + 1
                 and c.kind == "name" and c.entities[0].kind == "person"]
        if person is not None and person.id.startswith("local:") and known:
            # "Emir of Qatar Sheikh Tamim bin Hamad Al Thani": a name the gazetteer knows inside
            name_end, person = known[0].end, known[0].entities[0]
        elif person is not None and sum(w[:1].isupper() for w in person.name.split()) > 2 \
                and person.name.split()[0] not in given_names():
            # "Minister of Foreign Affairs Ivan Petrovsky": the office goes on ("Affairs"); the name
            # starts at a given name inside, if any
            at = next((unknown + x.start() for x in re.finditer(r"\S+", self.text[unknown:name_end])
                       if x.group(0) in given_names()), None)
            name_end, person = self._following_name(at - 1, role, None) if at is not None else (unknown, None)
        if person is not None and name_end > unknown:
            self.unknown_offices.setdefault(key, person)
            return [Candidate(start, name_end, [person], "name", priority=4, role=role)]
        if key in self.unknown_offices:
            return [Candidate(start, unknown, [self.unknown_offices[key]], "description", priority=2, role=role)]
        return []

    def _determiner_before(self, start: int, words: int = 3) -> int | None:
        """Where a determiner opens the words right before ``start`` ("a foreign ministry |", "a
        Commission |"): up to ``words`` words, no punctuation; None if there is none."""
        pos = start
        for _ in range(words + 1):
            wb = self._word_before(pos)
            if wb is None or not re.fullmatch(r"[\w-]+", wb[1]):
                return None
            if wb[1] in function_words(self.lang, "determiner"):
                return wb[0]
            pos = wb[0]
        return None

    def _predicative(self, start: int) -> bool:
        """Does a predicative word stand before the office noun at ``start``, with at most two
        lower-case words or ordinals between ("as president", "als neuer Präsident", "zum 47.
        Präsidenten")? Then the noun names the office someone takes, not its holder of the day."""
        words = re.findall(r"\S+", self.text[max(0, start - 40):start])[-3:]
        for k in range(len(words) - 1, -1, -1):
            if words[k] in function_words(self.lang, "predicative"):
                return True
            if not re.fullmatch(r"[a-zäöüß][\w-]*|\d+(?:\.|st|nd|rd|th)", words[k]):
                return False
        return False

    def _won(self, start: int, end: int) -> bool:
        """Is the office noun from ``start`` to ``end`` the office someone wins: a ``won-before``
        word before it (lower-case words or ordinals between) and a ``won`` participle after it,
        up to three words later in the sentence ("zum Präsidenten des Landes gewählt")? Else
        "reist zum Papst" names the pope."""
        before, after = _cue_forms(self.lang, _WON_BEFORE), _cue_forms(self.lang, _WON)
        if not before or not after:
            return False
        words = re.findall(r"\S+", self.text[max(0, start - 40):start])[-3:]
        for k in range(len(words) - 1, -1, -1):
            if words[k] in before:
                break
            if not re.fullmatch(r"[a-zäöüß][\w-]*|\d+(?:\.|st|nd|rd|th)", words[k]):
                return False
        else:
            return False
        following = re.match(r"(?:\s+[\w-]+){1,4}", self.text[end:end + 60])
        return following is not None and any(w.rstrip(".,;:") in after for w in following.group(0).split())

    def _change(self, start: int, end: int, noun_start: int, role: str, jur: str | None,
                out: list[Candidate]) -> bool:
        """Is the office noun the office someone wins ("elected as president", "zum Präsidenten
        gewählt": no holder; noted for :meth:`settle_new`) or one of a new holder ("the new pope":
        a description :meth:`settle_new` completes, added to ``out``)?"""
        new = self._new(noun_start)
        if self._won(start, end) or not new and self._predicative(start):
            self.offices_won.append((noun_start, role))
            return True
        if new:
            cand = Candidate(start, end, [], "description", priority=2, role=role, extra={"jur": jur, "at": noun_start})
            self.new_holders.append(cand)
            out.append(cand)
        return new

    def _new(self, pos: int) -> bool:
        """Does a ``new`` word stand among the two words right before the office noun at ``pos``
        ("des neuen Papstes", "the newly elected president"), in its sentence, without a
        predicative word before it ("as the new president" is the office won)?"""
        hit = self._cue_before(pos, _NEW)
        return hit is not None and not self._predicative(hit)

    def _cue_before(self, pos: int, cue: str) -> int | None:
        """Where a word of the ``cue`` lines of roles.txt stands among the two words right before
        ``pos`` in its sentence (None if none does)."""
        forms = _cue_forms(self.lang, cue)
        k = bisect.bisect_right(self.starts, pos) - 1
        lo = max(pos - 40, self.starts[k] if k >= 0 else 0)
        words = list(re.finditer(r"[\w-]+", self.text[lo:pos]))[-2:]
        return next((lo + w.start() for w in words if w.group(0) in forms), None)

    def settle_new(self, cands: list[Candidate]) -> list[Candidate]:
        """Give each description of a new holder ("der neue Papst") the person the text names as
        winning that office (the person named last before the office won in its sentence, else
        first after it); drop it where the text names nobody."""
        winners: dict[str, Entity] = {}
        persons = sorted((c for c in cands if c.kind == "name" and c.entities
                          and c.entities[0].kind == "person"), key=lambda c: c.start)
        for pos, role in self.offices_won:
            k = bisect.bisect_right(self.starts, pos) - 1
            lo = self.starts[k] if k >= 0 else 0
            hi = self.starts[k + 1] if k + 1 < len(self.starts) else len(self.text)
            before = [c for c in persons if lo <= c.start and c.end <= pos]
            after = [c for c in persons if pos < c.start < hi]
            found = before[-1] if before else after[0] if after else None
            if found is not None:
                winners.setdefault(role, found.entities[0])
        for c in self.new_holders:
            found = winners.get(c.role) or self._recent_holder(c.role, c.extra["jur"], c.extra["at"])
            if found is not None:
                c.entities = [found]
        return [c for c in cands if not (c.kind == "description" and not c.entities
                                         and any(c is n for n in self.new_holders))]

    def _recent_holder(self, role: str, jur: str | None, pos: int) -> Entity | None:
        """The holder of the day of an office at ``pos`` if they took it up within
        :data:`_RECENT` days before: then they are the new holder a text of that day speaks of."""
        holder = self._resolve_role(role, jur, pos)
        day = self._day_at(pos)
        if holder is None or day is None:
            return None
        office = self.gz.office_at(holder.id, day)
        if office is None or office.start is None or (day - office.start).days > _RECENT:
            return None
        return holder

    def _possessed(self, start: int) -> bool:
        """Does a possessive determiner stand right before ``start`` ("her vice president")?"""
        wb = self._word_before(start)
        return wb is not None and wb[1] in function_words(self.lang, "possessive")

    def _unknown_owner(self, end: int) -> tuple[int | None, bool]:
        """The end of "of X" / "von X" / "der X" right after an office when X is a capitalised word
        that names nothing the gazetteer knows (None otherwise), and whether a genitive article
        ("der", "des") rather than a preposition introduced it."""
        owner = function_words(self.lang, "owner")
        m = _owner_pattern(self.lang).match(self.text[end:end + 60])
        if m is None or m.group(2).endswith(".") or self.name_at(end + m.start(2)) is not None \
                or self.gz.lookup(m.group(2), self.lang):
            return None, False
        return end + m.end(), m.group(1) not in owner

    def _names_inside(self, start: int, end: int) -> bool:
        return any(start <= c.start and c.end <= end and c.kind == "name" for c in self.names)

    def _following_name(self, pos: int, role: str, jur: str | None) -> tuple[int, Entity | None]:
        """The person named right after a role noun ("Präsident Emmanuel Macron"), or in an
        apposition after it, closed by a comma or the end of the sentence ("der ugandische
        Präsident, Yoweri Museveni, ..."; not "sagte der Präsident, Biden werde kommen")."""
        end, person = self._name_after(pos, role, jur)
        if person is None and self.text.startswith(", ", pos):
            end, person = self._name_after(pos + 1, role, jur)
            if person is not None and not re.match(r"\s*(?:[,;.)]|$)", self.text[end:end + 2]):
                return pos, None
        return end, person

    def _name_after(self, pos: int, role: str, jur: str | None) -> tuple[int, Entity | None]:
        named = self.name_at(pos)
        if named is not None and named.kind == "name" and named.entities[0].kind == "person" \
                and named.start - pos <= 1 and not self._given_name_goes_on(named):
            return named.end, named.entities[0]
        parts = name_parts()
        m = _titled_name().match(self.text[pos:pos + 80])
        if not m:
            return pos, None
        tokens = []
        for tok in m.group(1).split(" "):
            if tok.endswith(".") and len(tok) > 2:  # a full stop, not an initial ("W.")
                tokens.append(tok.rstrip("."))
                break
            tokens.append(tok.rstrip(","))
            if m.group(1).split(" ")[len(tokens) - 1].endswith(","):
                break
        tokens = [t for t in tokens if t]
        owned = next((i for i, t in enumerate(tokens) if re.search(r"\w['’]s$", t)), None)
        if owned is not None:  # "Prime Minister Taro Yamada's cabinet": the possessive ends the name
            tokens = tokens[:owned] + [tokens[owned][:-2]]
        heads = _role_heads(self.lang)
        cut = next((i for i, t in enumerate(tokens)
                    if i and (t in heads or t in tokens[:i] or _GLUED.search(t) or self.ends_name(t))), None)
        if cut is not None:
            # "... Tomas Reyes Prime Minister of Norway Anna Lund:": an office starts the
            # next person's title, not this name; nor does a name repeat a word or run into the next
            # word without a space ("Anna Berg Berg AnnaPresident of ...", a page's layout run together)
            tokens = tokens[:cut]
        if not tokens:
            return pos, None
        name = " ".join(tokens)
        # a capitalised word after a role noun is a name only if it looks like one
        holder = _holder_named(tokens, self.gz.holders(role, jur, self.dct) if self.dct else [])
        if holder is not None:
            return pos + m.start(1) + len(name), holder
        earlier = self._named_before(pos, tokens[0]) if len(tokens) == 1 else None
        if earlier is not None:
            return pos + m.start(1) + len(name), earlier
        single_owned = len(tokens) == 1 and self._owned_name(pos + m.start(1) + len(name))
        if len(tokens) >= 2 or tokens[0] in given_names() or single_owned:
            small = {w for x in parts.get("particle", ()) for w in x.split()}
            if any(t.lower() == t and t not in small for t in tokens):
                return pos, None
            if self._no_first_name(tokens[0]):
                return pos, None
            return pos + m.start(1) + len(name), self.local_person(name, jur)
        return pos, None

    def _no_first_name(self, word: str) -> bool:
        """A place, a known person's surname or an article, not a name's first word -- but a given
        name that is also a known person's surname opens a name ("Minister Pavel Hrad")."""
        known = self.gz.lookup(word, self.lang)
        return bool(known) and (word not in given_names() or any(e.kind != "person" for e in known)) \
            or word in function_words(self.lang, "determiner")

    def _given_name_goes_on(self, named: Candidate) -> bool:
        """"Interior Minister Pavel Hrad": a known person's one-word name that is a given name,
        with a capitalised word after it, opens the name of somebody else."""
        return self.text[named.start:named.end] in given_names() \
            and re.match(rf" [{_UPPER}]", self.text[named.end:named.end + 2]) is not None

    def _named_before(self, pos: int, surname: str) -> Entity | None:
        """"Bundeskanzler Sebastian Kurz ... Bundeskanzler Kurz": the person a surname after a role
        noun stands for when the text named them earlier (or with an earlier title), even where the
        office's default country has another holder."""
        earlier = [c.entities[0] for c in reversed(self.names) if c.end <= pos and c.kind == "name"]
        found = next((e for e in earlier + list(self.local.values())
                      if e.kind == "person" and e.name.split()[-1] == surname), None)
        if found is None:
            # a surname the gazetteer lists without its own label (it is a common word, as "Kurz"):
            # after a role noun it is that person, if only one has it
            known = _surnames(self.gz).get(surname, [])
            found = known[0] if len(known) == 1 else None
        return found

    def _owned_name(self, end: int) -> bool:
        """"President Lula of Brazil", "King Harald of Norway": one capitalised word
        between a title and the country it is held in is a surname."""
        after, jur = self._right_context(end, after_name=True)
        return after > end and jur is not None and self.gz.get(jur) is not None \
            and self.gz.get(jur).kind == "country"

    def _female(self, noun: str, pos: int) -> bool:
        """Does the office noun ``noun`` at ``pos`` name a woman: a feminine form ("Präsidentin",
        "Queen"), or one of two words right before it a ``female`` word ("the first female
        president")?"""
        fem = _cue_forms(self.lang, _FEMALE)
        if noun in fem:
            return True
        k = bisect.bisect_right(self.starts, pos) - 1
        lo = max(pos - 30, self.starts[k] if k >= 0 else 0)
        return any(w in fem for w in re.findall(r"[\w-]+", self.text[lo:pos])[-2:])

    def _may_be_female(self, ent: Entity) -> bool:
        """Is ``ent`` known to be a woman: a person the gazetteer tags ``female``, or one the text
        named after a feminine office noun? (The given-name lists know no gender.)"""
        return self.gz.has_tag(ent.id, _FEMALE) or ent.id in self.female_named

    def _resolve_role(self, role: str, jur: str | None, pos: int, female: bool = False) -> Entity | None:
        day = self._day_at(pos)
        if day is None:
            return None
        fits = (lambda ents: [e for e in ents if self._may_be_female(e)]) if female else (lambda ents: ents)
        if jur:
            holders = fits(self.gz.holders(role, jur, day))
            return holders[0] if holders else None
        if role in _NEEDS_JURISDICTION:
            return None
        if self.home:
            holders = self.gz.holders(role, self.home, day)
            if holders:
                holders = fits(holders)
                return holders[0] if holders else None
        everyone = fits(self.gz.holders(role, None, day))
        earlier = [c.entities[0] for c in self.names if c.start < pos and c.entities[0].kind == "person"]
        for ent in reversed(earlier):
            if ent in everyone:
                return ent
        return everyone[0] if len(everyone) == 1 else None

    def local_person(self, name: str, country: str | None = None) -> Entity:
        eid = "local:" + slug(name)
        if eid not in self.local:
            ent = self.gz.get(eid) or Entity(id=eid, name=name, kind="person", labels={self.lang: [name]},
                                             country=country if country and self.gz.get(country)
                                             and self.gz.get(country).kind == "country" else None)
            self.local[eid] = ent
        return self.local[eid]

    # -- institutions ---------------------------------------------------------------------------------
    def find_institutions(self) -> list[Candidate]:
        table, pat = _institutions(self.lang)
        if pat is None:
            return []
        out = []
        for m in _scan(pat, self.text):
            tag = table[m.group(0)]
            if tag in (_ORG_HEAD_TAG, _ORG_ENDING_TAG, _NEWS_HEAD_TAG):
                continue  # a head noun of organisation names: find_unknown_organisations
            start, country = self._left_context(m.start(), institution=True)
            # a parliament "in Oslo" is where something happens there, not whose parliament it is
            end, right = self._right_context(m.end(), places=tag not in _COUNTRY_TAGS | _ABROAD_TAGS)
            country = country or right
            c_ent = self.gz.get(country) if country else None
            if c_ent is None or c_ent.kind != "country":
                continue
            ent = c_ent if tag in _COUNTRY_TAGS else self.gz.tagged(tag, country) or self._synthesise(tag, c_ent)
            if ent is not None:
                out.append(Candidate(start, end, [ent], "institution", priority=4))
        return out

    def _synthesise(self, tag: str, country: Entity) -> Entity | None:
        if tag not in _INSTITUTION_NAMES:
            return None
        kind, template = _INSTITUTION_NAMES[tag]
        name = template.format(c=country.name)
        eid = "local:" + slug(name)
        if eid not in self.local:
            self.local[eid] = Entity(id=eid, name=name, kind=kind, labels={"en": [name]}, country=country.id)
        return self.local[eid]

    # -- unknown organisations ------------------------------------------------------------------------
    def find_unknown_organisations(self) -> list[Candidate]:
        """"the Liberal Party of Norland", "her Renewal Party", "the Front for Civic Progress",
        "the Green Future party": capitalised words built on a head noun of an
        organisation name (the ``organisation`` forms of institutions.txt) name an organisation the
        gazetteer may not know. It needs a word of its own besides the head and known names ("the
        U.S. Congress" stays the United States; "Party" alone is no name)."""
        pat = _org_pattern(self.lang)
        if pat is None:
            return []
        joins, role_words = _org_words(self.lang)
        own_possessives = function_words(self.lang, "name-possessive")  # "the People's Party"
        out = []
        for m in pat.finditer(self.text):
            words = _past_sentence_end(self.lang, m.group(1).split())
            while words and (words[0] in joins or words[0][:1].lower() == words[0][:1]):
                words.pop(0)  # "The Renewal Party" at a sentence start: the article is no part of it
            words = _without_person_tail(self.gz, self.lang, words)
            words = _without_full_stop(self.lang, words)
            compound = next((n for n, w in enumerate(words) if _org_compound(self.lang, w)), None)
            if compound is not None:
                words = words[compound:]  # "Laut Bauernverband": the name is the compound and its tail
            name = " ".join(words)
            news = len(words) > 1 and words[-1] in _news_heads(self.lang) \
                and not _company_suffix(self.lang, self.text, m.end(1))  # "POP Radio Corp.": a company
            own = [w for w in words if w not in joins and not _org_head(self.lang, w)
                   and (news or not self.gz.lookup(w, self.lang) and not self.gz.adjectives.get(self.lang, {}).get(w))]
            if not own or any(w in role_words or re.search(r"['’]s?$", w) and w not in own_possessives
                              for w in words) \
                    or self.gz.lookup(name, self.lang):
                continue
            start = m.start(1) + m.group(1).index(words[0])
            if _opening_capital_only(self.text, start, words, own):
                continue  # "Governing party claims victory": a title's first word, a lower-case head
            eid = "local:" + slug(name)
            if eid not in self.local:
                self.local[eid] = self.gz.get(eid) or Entity(id=eid, name=name,
                                                             kind="agency" if news else "organisation",
                                                             labels={self.lang: [name]})
            out.append(Candidate(start, start + len(name), [self.local[eid]], "name", priority=0))
        return out

    def find_short_forms(self, cands: list[Candidate]) -> list[Candidate]:
        """"the New Patriotic Party (NPP) ... the NPP won": a short form in capitals in brackets
        right after the name of an organisation (known or not) stands for it, there and wherever it
        comes back in the text."""
        out = []
        for c in cands:
            if c.kind != "name" or len(c.entities) != 1 or c.entities[0].kind != "organisation":
                continue
            m = _SHORT_FORM.match(self.text, c.end)
            if m is None:
                continue
            for hit in re.finditer(rf"(?<![\w-]){re.escape(m.group(1))}(?![\w-])", self.text):
                out.append(Candidate(hit.start(), hit.end(), c.entities, "name", priority=5))
        return out

    # -- unknown persons ------------------------------------------------------------------------------
    def find_speaking_names(self) -> list[Candidate]:
        """"Li Wenhao said", "Zhou Lan sagte", "Tanaka Hiroko was sworn in": two or three capitalised
        words right before a speech verb or a verb phrase only persons do are a person even without a
        known given name."""
        pat = _speaking_pattern(self.lang)
        if pat is None:
            return []
        out = []
        openers = frozenset(name_parts().get("opener", ()))
        for m in _scan(pat, self.text):
            if m.group(2) and not self._person_apposition(m.start(1)):
                continue
            start, name = _unowned(m.start(1), m.group(1), self.lang)
            first, _, rest = name.partition(" ")
            if rest.count(" ") == 1 and self._noun_after_lowercase(start):
                # "der japanische Handelsbeauftragte Ryosei Akazawa reist": a noun after an
                # article or adjective is the description's head, not a given name
                start, name = start + len(first) + 1, rest
                first, _, rest = name.partition(" ")
            if first not in openers and first.lower() in all_function_words(self.lang):
                continue  # "Im Anschluss reist X", "Die Grüne Einheitspartei lehnte ... ab": no name
            if first in openers:
                # "But Reno said": a conjunction opening the sentence is no part of the name
                if " " not in rest:
                    continue
                start, name = start + len(first) + 1, rest
            if self.unknown_name(name):
                out.append(Candidate(start, start + len(name), [self.local_person(name)], "name", priority=0))
        return out + self.find_object_names()

    def _noun_after_lowercase(self, start: int) -> bool:
        """In a language that capitalises its nouns, does a lower-case word (an article or an
        adjective) stand right before ``start``?"""
        from ..frames.lexicon import lexicon

        if not lexicon(self.lang).case_sensitive_nouns:
            return False
        m = re.search(r"([^\W\d_]+) $", self.text[max(0, start - 40):start])
        return m is not None and m.group(1).islower()

    def _person_apposition(self, start: int) -> bool:
        """Does the name at ``start`` stand as an apposition after a comma, the description before
        it naming no company ("Her predecessor, Jaan Ruus,"; not "General Motors Corp.'s
        electronics unit, GM Hughes Electronics,")?"""
        if not self.text[:start].endswith(", "):
            return False
        from ..events.rules import rules
        company = rules(self.lang).cues.get("company")
        lead = self.text[max(0, start - 80):start - 2]
        lead = re.split(r"[.;:!?]\s", lead)[-1]
        return company is None or company.search(lead) is None

    def find_titled_names(self) -> list[Candidate]:
        """"Mr. Dane", "Ms. Lind", "Dr. Jonas Berg": one to three capitalised words right after an
        ``honorific`` of function-words.txt are a person even without a known given name (up to a
        calendar word or a word of the gazetteer's places)."""
        titles = function_words(self.lang, "honorific")
        if not titles:
            return []
        alt = "|".join(re.escape(t) for t in sorted(titles, key=len, reverse=True))
        pat = re.compile(rf"(?<![\w\-])(?:{alt}) ([{_UPPER}][\w\-]*(?:['’][\w\-]+)*(?: [{_UPPER}][\w\-]+){{0,2}})")
        out = []
        for m in _scan(pat, self.text):
            words = []
            for w in m.group(1).split():
                w = re.sub(r"['’]s$", "", w)
                if self.ends_name(w) or w in _place_nouns() or self.gz.adjectives.get(self.lang, {}).get(w) \
                        or self.gz.lookup(w, self.lang) and any(e.kind != "person" for e in self.gz.lookup(w, self.lang)):
                    break
                words.append(w)
            if words:
                name = " ".join(words)
                out.append(Candidate(m.start(1), m.start(1) + len(name), [self.local_person(name)], "name", priority=0))
        return out

    def find_described_names(self) -> list[Candidate]:
        """"Nika Melia, leader of the Coalition for Change,", "Abdyldaev, 49, who ...": capitalised
        words right before a comma and an age or an office noun (roles.txt, perhaps after an article
        and "former", "new", "acting") set off as an apposition are a person even without a known
        given name (one word before an age, two or three before an office)."""
        pat = _described_pattern(self.lang)
        if pat is None:
            return []
        out = []
        for m in _scan(pat, self.text):
            name = m.group(1)
            if (m.group(2) is None and " " not in name) or not self.unknown_name(name) \
                    or any(_org_head(self.lang, t) for t in name.split()):
                continue
            out.append(Candidate(m.start(1), m.end(1), [self.local_person(name)], "name", priority=0))
        return out

    def find_object_names(self) -> list[Candidate]:
        """"lawmakers elected Ona Petraitiene speaker", "appointed Ilse Varga as envoy": two or three
        capitalised words right after a verb whose object only a person is, followed by "as",
        "to", a comma or a lower-case word (an office), are a person even without a known given name."""
        verbs = person_object_verbs(self.lang)
        if not verbs:
            return []
        verb_alt = "|".join(re.escape(v) for v in sorted(verbs, key=len, reverse=True))
        pat = re.compile(rf"(?<![\w\-])(?:{verb_alt}) ([{_UPPER}][\w'’\-]+(?: [{_UPPER}][\w'’\-]+){{1,2}})"
                         rf"(?=,|,? ([a-z]+))")
        # a preposition after the words other than "as"/"to" leaves them a group ("elected Social
        # Democrats in most districts")
        from ..frames.lexicon import lexicon
        preps = set(lexicon(self.lang).preps) - {"as", "to"}
        # a family name first ("Lee", "Kim") is left to find_family_first_persons, which knows its forms
        family = set(name_parts().get("family-first", ()))
        return [Candidate(m.start(1), m.end(1), [self.local_person(m.group(1))], "name", priority=0)
                for m in _scan(pat, self.text) if self.unknown_name(m.group(1)) and m.group(2) not in preps
                and m.group(1).split()[0] not in family
                and not any(_org_head(self.lang, t) for t in m.group(1).split())]

    def unknown_name(self, name: str) -> bool:
        """Can ``name`` (two or three capitalised words) be a person the gazetteer does not know --
        no word a role noun, a determiner, a place noun, a pronoun, a calendar word, a name or an
        adjective of the gazetteer?"""
        table, _ = _roles(self.lang)
        blocked = {w for form, _, _ in table for w in form.split()} | function_words(self.lang, "determiner") \
            | _place_nouns()
        # a pronoun with a contraction ("As I've said", "We're told") is no part of a name
        selves = function_words(self.lang, "self-subject") | function_words(self.lang, "pronoun")
        return not any(t in blocked or re.split(r"['’]", t)[0] in selves or self.ends_name(t)
                       or self.gz.lookup(t, self.lang) or self.gz.adjectives.get(self.lang, {}).get(t)
                       for t in name.split()) and not self.gz.lookup(name, self.lang)

    def find_speaking_acronyms(self) -> list[Candidate]:
        """"the SEC said", "The ABI says", "the ABI and the police said": a short form in capitals
        after a determiner, right before a speech verb (or a listed partner and one), is an
        organisation even when the gazetteer does not know it."""
        pat = _acronym_pattern(self.lang)
        if pat is None:
            return []
        out = []
        for m in _scan(pat, self.text):
            name = m.group(1)
            if self.gz.lookup(name, self.lang):
                continue
            eid = "local:" + slug(name)
            if eid not in self.local:
                self.local[eid] = self.gz.get(eid) or Entity(id=eid, name=name, kind="organisation",
                                                             labels={self.lang: [name]})
            out.append(Candidate(m.start(1), m.end(1), [self.local[eid]], "name", priority=0))
        return out

    def find_listed_names(self, cands: list[Candidate]) -> list[Candidate]:
        """"Dritan Kolasi and Joe Biden met", "Olaf Scholz und Mira Talvik": two or three
        capitalised words listed right next to a known person (by a comma or a list word) are a
        person too, even without a known given name -- unless a word is a role noun, a
        determiner, a calendar word or a name of the gazetteer."""
        listed = _listed_patterns(self.lang)
        if listed is None:
            return []
        before, after = listed
        table, _ = _roles(self.lang)
        blocked = {w for form, _, _ in table for w in form.split()} | function_words(self.lang, "determiner") \
            | _place_nouns()
        out = []
        for c in cands:
            if c.kind != "name" or not c.entities or c.entities[0].kind != "person":
                continue
            hits = [(c.start - 60 + m.start(1) if c.start >= 60 else m.start(1), m.group(1))
                    for m in [before.search(self.text[max(0, c.start - 60):c.start])] if m]
            hits += [(c.end + m.start(1), m.group(1)) for m in [after.match(self.text[c.end:c.end + 60])] if m]
            for start, name in hits:
                tokens = name.split()
                before_run = re.findall(r"\S+", self.text[max(0, start - 20):start])[-1:]
                if before_run and (before_run[0] in function_words(self.lang, "determiner")
                                   or before_run[0].lower() in ("of", "von", "der", "des")):
                    continue  # "the Central Committee and X", "of the Foreign Office and X"
                if any(len(t) < 3 or t.isupper() for t in tokens):
                    continue
                if any(t in blocked or self.ends_name(t) or self.gz.lookup(t, self.lang)
                       or self.gz.adjectives.get(self.lang, {}).get(t) for t in tokens):
                    continue
                if self.gz.lookup(name, self.lang):
                    continue
                out.append(Candidate(start, start + len(name), [self.local_person(name)], "name", priority=0))
        return out

    def find_place_given_persons(self) -> list[Candidate]:
        """"Jordan Bardella", "Israel Katz": a given name that is also a place (``place-given`` of
        name_parts.txt) and one unknown capitalised word after it, not followed by another one,
        are a person -- unless that word is a place noun, a word of the language's data files
        ("Agreement", "Summit"), a role or organisation noun, or a name of the gazetteer."""
        pat = _place_given_pattern()
        if pat is None:
            return []
        out = []
        for m in _scan(pat, self.text):
            first, last = m.group(1), re.sub(r"['’]s$", "", m.group(2))
            if len(last) < 3 or last.isupper() or last in _place_nouns() \
                    or last.lower() in _vocabulary(self.lang) or last in _role_heads(self.lang) \
                    or _org_head(self.lang, last) or self.ends_name(last) or _GLUED.search(last) \
                    or self.gz.lookup(last, self.lang) or self.gz.adjectives.get(self.lang, {}).get(last):
                continue
            name = f"{first} {last}"
            ents = self.gz.lookup(name, self.lang)
            if ents and any(e.kind != "person" for e in ents):
                continue
            ent = ents[0] if ents else self.local_person(name)
            out.append(Candidate(m.start(1), m.start(2) + len(last), [ent], "name", priority=2))
        return out

    def find_family_first_persons(self) -> list[Candidate]:
        """"Zhou Lantao", "Baek Ji-hun", "Pham Van Loc": a family name that stands first
        (``family-first`` of name_parts.txt) before one or two capitalised words of one or two
        syllables, or a hyphenated one, is a person -- not inside a gazetteer name ("Hong Kong"),
        nor where another capitalised word follows ("... Square", "... Stock Exchange")."""
        pat = _family_first_pattern()
        if pat is None:
            return []
        vocabulary = _vocabulary(self.lang)
        out = []
        for m in _scan(pat, self.text):
            first = m.group(1)
            if first.lower() in vocabulary or any(c.start <= m.start(1) < c.end for c in self.names):
                continue
            words = m.group(2).split()
            keep = []
            for w in words:
                if not _syllables(w) or self.ends_name(w) or w.lower() in _vocabulary(self.lang, True) \
                        or len(w) > 3 and w.lower() in vocabulary or w in _place_nouns() \
                        or w in _role_heads(self.lang) or self.gz.lookup(w, self.lang) \
                        or self.gz.adjectives.get(self.lang, {}).get(w):
                    break
                keep.append(w)
            if not keep or len(keep) < len(words) and not self.ends_name(words[len(keep)]):
                continue  # a longer name of a place or an institution
            name = " ".join([first] + keep)
            ents = self.gz.lookup(name, self.lang)
            if ents and any(e.kind != "person" for e in ents):
                continue
            end = m.start(2) + len(" ".join(keep))
            out.append(Candidate(m.start(1), end, [ents[0] if ents else self.local_person(name)], "name", priority=2))
        return out

    def _namesake(self, given: str, surname: str) -> bool:
        """"Anna Kohl": a surname the gazetteer knows only as persons none of whom is called by this
        given name, or one spelt nearly so ("Wiktor" / "Viktor"), in any of their names; the given
        name before it makes another person."""
        ents = self.gz.lookup(surname, self.lang)
        return bool(ents) and all(
            e.kind == "person" and not any(_similar(given, word) for form in e.forms for word in form.split())
            for e in ents)

    def find_unknown_persons(self) -> list[Candidate]:
        out = []
        # a lookahead, so that "President Yury Ushakov" still yields "Yury Ushakov"
        # name particles inside a surname ("Alexander Van der Bellen", "Ursula von der Leyen")
        particle_words = {w for p in name_parts().get("particle", ()) for w in p.split() if not w.endswith("-")}
        particles = "|".join(re.escape(w) for w in sorted(particle_words, key=len, reverse=True)) or "(?!)"
        # a particle joined by a hyphen opens a surname of its own ("Mohammed al-Magarief")
        glued = "|".join(re.escape(p) for p in name_parts().get("particle", ()) if p.endswith("-")) or "(?!)"
        pat = re.compile(rf"(?<![\w\-])(?=([{_UPPER}][\w'’\-]+)((?: +(?:(?:{particles}) +){{0,2}}(?:{glued})?{_NAME_TOKEN}){{1,3}}))")
        names = given_names()
        # only where a given name starts a word is the (slower) full pattern tried
        starts = (w.start() for w in _scan(_CAP_WORD, self.text) if w.group(0) in names)
        for m in (pat.match(self.text, pos) for pos in starts):
            if m is None or m.group(1) not in names:
                continue
            rest = m.group(2).split()
            keep: list[str] | None = []
            for n, tok in enumerate(rest):
                if _INITIAL.fullmatch(tok) and n + 1 < len(rest) and rest[n + 1][:1].isupper():
                    keep.append(tok)  # a middle initial ("Paul R. Dorsey"): the name goes on
                    continue
                tok = re.sub(r"['’]s$", "", tok.rstrip(".,;:"))
                if tok in particle_words and all(k.lower() in particle_words for k in keep) \
                        and n + 1 < len(rest) and rest[n + 1][:1].isupper():
                    # "von der Leyen", "Van der Bellen": particles open the surname, not end it
                    keep.append(tok)
                    continue
                if not tok or tok.lower() == tok or self.gz.lookup(tok, self.lang) and not keep \
                        and not self._namesake(m.group(1), tok):
                    break
                if tok in _place_nouns():
                    keep = None  # "Grace Church", "Khalid University": a place or an institution
                    break
                if tok in given_names() and any(k not in particle_words for k in keep) or self.ends_name(tok):
                    # a second given name starts another name, but not after "bin", "ibn" alone:
                    # the father's name is part of the name ("... bin Zayed Al Nahyan")
                    break
                if tok in keep or _GLUED.search(tok):
                    # a page's layout run together: a name does not repeat a word or run into the
                    # next word without a space ("Anna Berg Berg AnnaPresident of ...")
                    break
                keep.append(tok)
                if tok != m.group(2).split()[len(keep) - 1]:
                    break
            if not keep:
                continue
            name = m.group(1) + " " + " ".join(keep)
            if self.gz.lookup(name, self.lang):
                continue
            end = m.start() + len(m.group(1))
            end = self.text.index(keep[-1], end) + len(keep[-1])
            out.append(Candidate(m.start(), end, [self.local_person(name)], "name", priority=2))
        return out


def _surnames(gz: Gazetteer) -> dict[str, list[Entity]]:
    """Last name -> the gazetteer's persons with it (built once per gazetteer)."""
    cached = gz.__dict__.get("_surnames")
    if cached is None or cached[0] != len(gz.entities):
        table: dict[str, list[Entity]] = {}
        for ent in gz.entities.values():
            if ent.kind == "person" and " " in ent.name:
                table.setdefault(ent.name.split()[-1], []).append(ent)
        cached = (len(gz.entities), table)
        gz.__dict__["_surnames"] = cached
    return cached[1]


@lru_cache(maxsize=1)
def _place_given_pattern() -> re.Pattern | None:
    """A ``place-given`` name and the one capitalised word after it, no capitalised word next."""
    forms = name_parts().get("place-given", ())
    if not forms:
        return None
    return re.compile(rf"(?<![\w\-])({_alternation(forms)}) ([{_UPPER}][\w'’]+)(?![\w\-])(?! +[{_UPPER}\d])")


@lru_cache(maxsize=1)
def _family_first_pattern() -> re.Pattern | None:
    """A ``family-first`` name and the (up to three) capitalised words after it."""
    forms = name_parts().get("family-first", ())
    if not forms:
        return None
    word = rf"[{_UPPER}][\w'’\-]*"
    return re.compile(rf"(?<![\w\-])({_alternation(forms)}) ({word}(?: {word}){{0,2}})(?![\w\-])")


# a syllable of romanised Chinese, Korean or Vietnamese: initial, vowels, final
_SYLLABLE = r"(?:ng|nh|ph|th|tr|ch|kh|gi|qu|zh|sh|hs|ts|[bcdfghjklmnpqrstvwxyz])?[aeiouy]{1,3}(?:ng|nh|ch|[nmcprlk])?"
_GIVEN_SYLLABLES = re.compile(rf"(?:{_SYLLABLE}){{1,2}}(?:-(?:{_SYLLABLE}){{1,2}})?")


def _syllables(word: str) -> bool:
    """Is ``word`` capitalised and one or two syllables, or two such parts joined by a hyphen?

    >>> [_syllables(w) for w in ("Yi", "Lantao", "Ji-hun", "Square", "Exchange", "yi")]
    [True, True, True, False, False, False]
    """
    return word[:1].isupper() and _GIVEN_SYLLABLES.fullmatch(word.lower()) is not None


@lru_cache(maxsize=None)
def _vocabulary(lang: str, function: bool = False) -> frozenset[str]:
    """Every word of the language's data files (``function``: of function-words.txt only),
    lower-case: a capitalised one is a common noun ("Agreement", "Abkommen") or a function word
    ("Sie"), no name."""
    from ..lang import LANG_DIR

    words: set[str] = set()
    for path in sorted((LANG_DIR / lang).glob("function-words.txt" if function else "*.txt")):
        for line in read_lines(lang, path.name):
            words.update(w.lower() for w in re.findall(r"[^\W\d_]{3,}", line))
    return frozenset(words)


@lru_cache(maxsize=None)
def _place_nouns() -> frozenset[str]:
    """The nouns of place and institution names (name_parts.txt) that end no person's name."""
    return frozenset(name_parts().get("place-noun", ()))


def _abstract_noun(token: str) -> bool:
    """A capitalised word with an abstract-noun ending after a stem of five letters or more
    ("Anerkennung", "Zustimmung"; not "Hartung")."""
    return token[:1].isupper() and any(token.endswith(e) and len(token) >= len(e) + 5
                                       for e in name_parts().get("noun-ending", ()))


@lru_cache(maxsize=None)
def _regions() -> frozenset[str]:
    return frozenset(name_parts().get("region", ()))


@lru_cache(maxsize=None)
def _org_heads(lang: str) -> tuple[str, ...]:
    table, _ = _institutions(lang)
    return tuple(sorted((f for f, tag in table.items() if tag in (_ORG_HEAD_TAG, _NEWS_HEAD_TAG)), key=len, reverse=True))


def _company_suffix(lang: str, text: str, end: int) -> bool:
    """Does a word closing a company's name (``company-suffix`` of function-words.txt) follow ``end``?"""
    m = re.match(r",?\s+([A-Za-z]+)", text[end:end + 20])
    return m is not None and m.group(1) in function_words(lang, "company-suffix")


@lru_cache(maxsize=None)
def _news_heads(lang: str) -> frozenset[str]:
    table, _ = _institutions(lang)
    return frozenset(f for f, tag in table.items() if tag == _NEWS_HEAD_TAG)


def _org_head(lang: str, word: str) -> bool:
    return word in _org_heads(lang)


@lru_cache(maxsize=None)
def _org_endings(lang: str) -> tuple[str, ...]:
    table, _ = _institutions(lang)
    return tuple(sorted((f for f, tag in table.items() if tag == _ORG_ENDING_TAG), key=len, reverse=True))


def _org_compound(lang: str, word: str) -> bool:
    """A capitalised compound ending in an ``organisation-ending`` of institutions.txt
    ("Bauernverband", "ÖGB-Fachgewerkschaft"), not the ending alone ("Verband")."""
    return any(word.endswith(e) and len(word) > len(e) and word[:1].isupper() for e in _org_endings(lang))


def _past_sentence_end(lang: str, words: list[str]) -> list[str]:
    """The words after the last full stop among them that ends a sentence ("Riga. The Harbour
    Ministry": the ministry's name begins after it), not after an abbreviation or an initial
    ("U.S.", "St.")."""
    from ..sentences import abbreviations

    cut = 0
    for n, w in enumerate(words[:-1]):
        if w.endswith(".") and w[:-1] not in abbreviations(lang) and not re.fullmatch(r"(?:\w\.)*\w", w[:-1]):
            cut = n + 1
    return words[cut:]


def _without_full_stop(lang: str, words: list[str]) -> list[str]:
    """The words of a name without the full stop that ends its sentence ("heard in the Norland
    Court of Appeals." names the court of "Appeals"), which an abbreviation or an initial keeps
    ("the Party of the U.S.")."""
    from ..sentences import abbreviations

    last = words[-1] if words else ""
    if last.endswith(".") and last[:-1] not in abbreviations(lang) and not re.fullmatch(r"(?:\w\.)*\w", last[:-1]):
        return words[:-1] + [last[:-1]]
    return words


def _without_person_tail(gz, lang: str, words: list[str]) -> list[str]:
    """The words of an organisation name without an "of/von" tail that names a person ("die
    Nationale Front von Marine Le Pen": the front is hers, she is no part of its name): a tail
    opening with a given name or known as a person ends the name at its head noun."""
    heads = [n for n, w in enumerate(words) if _org_head(lang, w) or _org_compound(lang, w)]
    if not heads or heads[-1] + 2 >= len(words):
        return words
    tail = words[heads[-1] + 2:]
    if tail[0] in given_names() or any(e.kind == "person" for e in gz.lookup(" ".join(tail), lang)):
        return words[:heads[-1] + 1]
    return words


@lru_cache(maxsize=None)
def _org_pattern(lang: str) -> re.Pattern | None:
    """Capitalised words (joined by "of", "for", "and", "the") up to a head noun of an organisation
    name, and an "of/for ..." tail of capitalised words after it."""
    heads = _org_heads(lang)
    if not heads:
        return None
    joins = sorted(set(function_words(lang, "owner")) | set(function_words(lang, "listjoin"))
                   | set(function_words(lang, "target")), key=len, reverse=True)
    join = "|".join(re.escape(w) for w in joins) or "(?!)"
    cap = rf"[{_UPPER}][\w’'.\-]*"
    tail_joins = "|".join(re.escape(w) for w in set(function_words(lang, "owner")) | set(function_words(lang, "target")))
    head = "|".join(re.escape(h) for h in heads)
    endings = "|".join(re.escape(e) for e in _org_endings(lang))
    if endings:
        head += rf"|[{_UPPER}][\w\-]*?(?:{endings})"
    # the characters a match begins with in its program (searched in every whole text)
    return programs.with_first_characters(re.compile(
        rf"(?<![\w\-])((?:{cap}\s+(?:(?:{join})\s+)?){{0,5}}(?:{head})"
        rf"(?:\s+(?:{tail_joins or '(?!)'})\s+(?:the\s+)?{cap}(?:\s+{cap}){{0,3}})?)(?![\w\-])"))


_REGNAL = re.compile(r"[IVXL]+\.?")


def _holder_named(tokens: list[str], holders: list[Entity]) -> Entity | None:
    """The office holder the words after a role noun name, by surname (or a near spelling with a
    fitting given name); a regnal number is no surname ("Margrethe II" is no "Elizabeth II": the
    name before the number counts)."""
    for h in holders:
        parts = h.name.split()
        surname = parts[-2] if _REGNAL.fullmatch(parts[-1]) and len(parts) >= 2 else parts[-1]
        if any(slug(t) == slug(surname) and not _given_before_other(tokens, i, h) for i, t in enumerate(tokens)) or (
                any(_similar(t, surname) for t in tokens) and _given_fits(tokens, h)):
            return h
    return None


def _given_before_other(tokens: list[str], i: int, holder: Entity) -> bool:
    """Is the word ``tokens[i]`` that spells the holder's surname a given name with a word after it
    that is none of the holder's names ("Präsident Klaus Stocker" is no President Klaus)?"""
    if i + 1 >= len(tokens) or tokens[i] not in given_names():
        return False
    return slug(tokens[i + 1]) not in {slug(w) for form in holder.forms for w in form.split()}


@lru_cache(maxsize=1)
def _titled_name() -> re.Pattern:
    """A space, maybe a title ("Dr."), and a name of one to four capitalised words with particles
    between them (what :meth:`_Finder._name_after` reads after a role noun)."""
    parts = name_parts()
    titles = "|".join(re.escape(t) + " " for t in parts.get("title", ()))
    particles = "|".join(re.escape(p) for p in parts.get("particle", ()))
    return re.compile(rf" (?:{titles})?({_NAME_TOKEN}(?: +(?:(?:{particles}) *)?{_NAME_TOKEN}){{0,3}})")


def _given_fits(tokens: list[str], holder: Entity) -> bool:
    """May the name ``tokens`` after a role noun, whose surname is only close to the office
    holder's, be the holder's: a surname alone, or a given name that one of the holder's names
    begins with (up to small spelling differences) or its initial? "Foreign Minister Lena Berg" is
    not the foreign minister Ian Borg; "President Xi Jingping" is Xi Jinping."""
    if len(tokens) < 2:
        return True
    given = tokens[0].rstrip(".")
    firsts = {form.split()[0] for form in holder.forms if len(form.split()) >= 2}
    if not firsts:
        return True
    if len(given) == 1:
        return any(slug(f)[:1] == slug(given) for f in firsts)
    return any(_similar(given, f) for f in firsts)


def _similar(a: str, b: str) -> bool:
    """Same word up to small spelling differences ("Jingpin" / "Jinping")."""
    a, b = slug(a), slug(b)
    if a == b:
        return True
    if len(a) < 4 or abs(len(a) - len(b)) > 1:
        return False
    if sorted(a) == sorted(b):  # transposed letters
        return True
    # one insertion, deletion or substitution
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    return a[i + 1:] == b[i + 1:] or a[i + 1:] == b[i:] or a[i:] == b[i + 1:]


def find_candidates(gz: Gazetteer, text: str, lang: str, dct: _dt.date | None, sentences=(), timexes=(),
                    narrative: bool = False) -> tuple[list[Candidate], _Finder]:
    """All candidate mentions of a text (overlapping; pass them to :func:`select`); ``sentences``
    and ``timexes`` date the offices of a sentence that opens with a past date (of every sentence
    in a ``narrative``)."""
    finder = _Finder(gz, text, lang, dct)
    finder.set_dates(sentences, timexes, narrative)
    finder.find_names()
    cands = list(finder.names)
    cands += finder.find_roles()
    cands += finder.find_institutions()
    cands += finder.find_unknown_persons()
    cands += finder.find_place_given_persons()
    cands += finder.find_family_first_persons()
    cands += finder.find_unknown_organisations()
    cands += finder.find_short_forms(cands)
    # names found only by the verb after them fill gaps; they never compete with other evidence
    cands += [c for c in finder.find_speaking_names()
              if not any(c.start < o.end and o.start < c.end for o in cands)]
    cands += [c for c in finder.find_titled_names() + finder.find_described_names()
              if not any(c.start < o.end and o.start < c.end for o in cands)]
    cands += [c for c in finder.find_speaking_acronyms()
              if not any(c.start < o.end and o.start < c.end for o in cands)]
    cands += [c for c in finder.find_listed_names(cands)
              if not any(c.start < o.end and o.start < c.end for o in cands)]
    return finder.settle_new(_party_owner_of_apposition(gz, text, cands)), finder


def _party_owner_of_apposition(gz: Gazetteer, text: str, cands: list[Candidate]) -> list[Candidate]:
    """Without the party that owns a noun whose apposition names a person ("den Vorsitzenden der
    SPD, Friedrich Ebert, ..."): the person is the one meant, the party only says whose chair."""
    persons = {c.start: c for c in cands if c.entities and c.entities[0].kind == "person"}

    def owner(c: Candidate) -> bool:
        if c.kind != "name" or not all(gz.has_tag(e.id, "party") for e in c.entities):
            return False
        p = persons.get(c.end + 2)
        return p is not None and text[c.end:c.end + 2] == ", " and text[p.end:p.end + 1] == ","

    return [c for c in cands if not owner(c)]


def select(cands: list[Candidate]) -> list[Candidate]:
    """The longest (then highest-priority) non-overlapping candidates, in text order."""
    chosen: list[Candidate] = []
    taken: list[tuple[int, int]] = []
    for c in sorted(cands, key=lambda c: (-c.length, -c.priority, c.start)):
        if any(c.start < e and s < c.end for s, e in taken):
            continue
        chosen.append(c)
        taken.append((c.start, c.end))
    return sorted(chosen, key=lambda c: c.start)


def _one_word(form: str) -> bool:
    """A single capitalised word ("Xi", "Putin"): a surname standing for its person."""
    return bool(re.fullmatch(r"[A-Z][\w'’]*", form))


def _opening_capital_only(text: str, start: int, words: list[str], own: list[str]) -> bool:
    """Is the only word of its own of an organisation name built on a lower-case head noun the
    first word of a sentence or a title line, capitalised for that alone ("Governing party claims
    victory", "Opposition party wins")? Then it is no name ("the Green Future party" is)."""
    before = text[:start].rstrip(" \t\"“„'‘")
    opening = not before or before[-1] in ".!?:\n"
    return opening and words[-1][:1].islower() and own == words[:1]
