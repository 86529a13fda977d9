"""Build the frames of one sentence: predicates, phrases, clauses and the slots phrases fill.

Language-neutral: every word it knows comes from :mod:`kb.frames.lexicon` (kb/lang/<iso>/frames.txt)
and the list words of kb/lang/<iso>/function-words.txt.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache

from ..entities.words import all_function_words, function_words
from ..model import Argument, Frame, Mention, Predicate, Sentence, Span, Timex
from ..sentences import clauses
from .cases import marked_object, title_before_name
from .lexicon import Lexicon, VerbForm

__all__ = ["sentence_frames"]

_CUT = re.compile(r"[,;:–—()]|\s-\s")  # clause punctuation, brackets included (kb.sentences.clauses)
_WORD = re.compile(r"\w")
_MAX_GAP_WORDS = 4
_SVO_AUX_REACH = 4  # tokens from an English auxiliary to its verb  # words between a preposition and its phrase ("mit dem französischen Präsidenten")


@dataclass
class _Phrase:
    start: int
    end: int
    items: list[Mention]
    joins: list[str] = field(default_factory=list)  # "comma" / "word" per join
    appositive: bool = False  # its last item is a name or title set off by a comma ("der Kanzler, Olaf Scholz")


@dataclass
class _Verb:
    """A main verb with its auxiliaries, within one clause."""

    tok: int  # index of the main verb's token
    reading: VerbForm
    aux: list[tuple[int, set[str]]] = field(default_factory=list)  # (token index, kinds)

    def anchor(self, toks) -> int:
        return min([toks[self.tok].start] + [toks[i].start for i, _ in self.aux])


class _Sentence:
    """What the builder knows about one sentence while it builds its frames."""

    def __init__(self, text: str, lang: str, lex: Lexicon, sent: Sentence, mentions: list[Mention],
                 timexes: list[Timex]):
        self.text, self.lang, self.lex, self.sent = text, lang, lex, sent
        self.toks = sent.tokens
        self.mentions = [m for m in mentions if m.kind != "adjective"]
        self.timexes = [t for t in timexes if t.type in ("DATE", "TIME")]
        self.phrases = _phrases(text, self.mentions, lang, lex)
        commas: list[tuple[int, int]] = []
        if lex.case_sensitive_nouns:
            self.phrases = _possessed_titles(text, self.phrases, lex)
            self.phrases, commas = _described(text, self.phrases, lang)
            self.phrases = _genitives_attached(text, sorted(self.phrases + _unnamed(self, sent),
                                                            key=lambda p: p.start), lang, lex)
        else:
            self.phrases = _qualified_names(self, self.phrases)
            self.phrases, commas = _described(text, self.phrases, lang, _lower_description_re(lang))
        if lex.case_sensitive_nouns:
            commas += _inserted(self, self.phrases)
        protected = [(p.start, p.end) for p in self.phrases] + [(t.start, t.end) for t in self.timexes] + commas
        self.protected = protected
        self.clauses = clauses(text, sent, protected, _CUT)
        taken = [(m.start, m.end) for m in mentions] + [(t.start, t.end) for t in self.timexes]
        self.busy = _inside(self.toks, taken)

    def free(self, tok) -> bool:
        """Is the token outside every mention and timex?"""
        return tok.start not in self.busy

    def clause_of(self, pos: int) -> tuple[int, int]:
        return next(((a, b) for a, b in self.clauses if a <= pos < b), (self.sent.start, self.sent.end))

    def words(self, a: int, b: int) -> list[str]:
        return [t.text for t in self.toks if a <= t.start and t.end <= b]


def _inside(toks, spans: list[tuple[int, int]]) -> set[int]:
    """The starts of the tokens that start inside one of ``spans`` (merged and looked up by
    bisection: a sentence has dozens of tokens and of spans)."""
    starts: list[int] = []
    ends: list[int] = []
    for a, b in sorted(spans):
        if starts and a <= ends[-1]:
            ends[-1] = max(ends[-1], b)
        else:
            starts.append(a)
            ends.append(b)
    out = set()
    for t in toks:
        k = bisect_right(starts, t.start) - 1
        if k >= 0 and t.start < ends[k]:
            out.add(t.start)
    return out


def _list_words(lang: str) -> set[str]:
    return set(function_words(lang, "listjoin"))


def _gap_kind(gap: str, joins: set[str], dets: set[str], lex: Lexicon) -> str | None:
    """How two mentions are joined: "word" (a list word), "comma" or None (no list)."""
    words = re.findall(r"[\w&-]+", gap)
    rest = [w for w in words if w not in dets]
    if re.sub(r"[\w&\s,-]", "", gap):
        return None
    # "A und der russische Energieminister B": a list word, then what introduces the next item
    if rest and rest[0] in joins and len(rest) <= 4 and gap.count(",") <= 1 \
            and not any(w in joins or _verbal(lex, w) for w in rest[1:]):
        return "word"
    if not rest and gap.strip() == ",":
        return "comma"
    return None


def _verbal(lex: Lexicon, word: str) -> bool:
    low = word.lower()
    return low in lex.verbs or low in lex.aux or low in lex.modals or low in lex.preps or low in lex.relatives


def _apposition(a: Mention, b: Mention, gap: str, dets: frozenset[str] = frozenset()) -> bool:
    """"Olaf Scholz, der Kanzler," / "the president, Joe Biden,": one referent named twice. A name
    the gazetteer does not know may also be followed by a description opening with an article and
    up to two lower-case words ("Tom Berg, the former prime minister of Latvia,"): the text says who
    Tom Berg is, so the description is Tom Berg, whoever the gazetteer has in that office."""
    ids_a, ids_b = {e.id for e in a.entities}, {e.id for e in b.entities}
    unknown = a.kind == "name" and b.kind == "description" and all(i.startswith("local:") for i in ids_a)
    if gap.strip() != ",":
        rest = gap.strip()[1:].split() if gap.strip().startswith(",") else []
        return (unknown and bool(rest) and rest[0] in dets and len(rest) <= 3
                and all(w[:1].islower() and w.replace("-", "").isalpha() for w in rest[1:]))
    if ids_a and ids_a == ids_b:
        return True
    kinds = {a.kind, b.kind}
    return kinds == {"description", "name"} and (not ids_a or not ids_b or a.kind == "description" or unknown)


def _owner_of_apposition(text: str, m: Mention, lex: Lexicon) -> bool:
    """Does ``m`` own the noun of an apposition closed by a comma ("Putin's envoy,", "Putins
    Gesandter,")? A possessive mark after it (or a genitive -s in it, where nouns are capitalised),
    then one to three words that are no verbs."""
    poss = re.match(rf"(?:{lex.possessive.pattern})", text[m.end:])
    if poss is None or not (poss.group(0) or (lex.case_sensitive_nouns and m.text.endswith("s"))):
        return False
    rest = re.match(r"\s+((?:[^\W\d][\w-]*\s+){0,2}[^\W\d][\w-]*)\s*,", text[m.end + poss.end():m.end + 80])
    return rest is not None and not any(_verbal(lex, w) for w in rest.group(1).split())


def _owned_person(a: Mention, b: Mention, gap: str) -> bool:
    """Is ``b`` a person right after a country or organisation ``a`` with a possessive mark
    ("France's Emmanuel Macron", "NATO's Jens Stoltenberg")?"""
    return re.fullmatch(r"['’]s?\s+", gap) is not None and any(e.kind == "person" for e in b.entities) \
        and bool(a.entities) and all(e.kind in ("country", "organisation") for e in a.entities)


def _phrases(text: str, mentions: list[Mention], lang: str, lex: Lexicon) -> list[_Phrase]:
    """Mentions grouped into the phrases they stand in: lists ("A, B und C") and appositions."""
    joins, dets = _list_words(lang), set(function_words(lang, "determiner"))
    out: list[_Phrase] = []
    for m in sorted(mentions, key=lambda m: m.start):
        if out and m.start < out[-1].end:
            continue
        if out:
            p = out[-1]
            gap = text[p.end:m.start]
            if _apposition(p.items[-1], m, gap, dets) and _closed(text, m.end):
                # keep the name of the two ("der Kanzler, Olaf Scholz," -> Olaf Scholz)
                if m.kind == "name" or p.items[-1].kind != "name":
                    p.items[-1] = m
                p.end = m.end
                p.appositive = True
                continue
            if _owned_person(p.items[-1], m, gap):
                # "France's Emmanuel Macron": the country only qualifies the person after it
                p.items[-1] = m
                p.end = m.end
                continue
            if gap.strip() == "," and _owner_of_apposition(text, m, lex):
                # "Dmitri Kosak, Putin's envoy, met ...": the envoy is Kosak, Putin only owns the noun
                p.end = m.end
                continue
            kind = _gap_kind(gap, joins, dets, lex)
            if kind is not None:
                p.items.append(m)
                p.joins.append(kind)
                p.end = m.end
                continue
        out.append(_Phrase(m.start, m.end, [m]))
    return [q for p in out for q in _split_comma_lists(p)]


@lru_cache(maxsize=None)
def _description_re(lang: str) -> re.Pattern:
    """A description set off by commas after a name: an article, up to two lower-case words
    (adjectives), a capitalised noun, and an optional complement of a preposition or an article
    with up to four capitalised words (", den Bürgermeister von Bad Münster,"); it ends in a
    capitalised word, so a relative clause (which ends in its verb) is not one."""
    from .lexicon import lexicon
    lex = lexicon(lang)
    dets = "|".join(re.escape(w) for w in sorted(function_words(lang, "determiner"), key=len, reverse=True))
    preps = lex.prep_re.pattern if lex.prep_re is not None else "(?!)"
    cap, low = r"[A-ZÀ-ÖØ-Þ][\w.-]*", r"[a-zß-öø-ÿ][\w-]*"
    return re.compile(rf"\s*,\s+(?:{dets or '(?!)'})\s+(?:{low}\s+){{0,2}}{cap}"
                      rf"(?:\s+(?:(?i:{preps})\s+)?(?:(?:{dets or '(?!)'})\s+)?(?:{low}\s+){{0,2}}{cap}(?:\s+{cap}){{0,3}})?"
                      rf"(?=\s*,)")


@lru_cache(maxsize=None)
def _lower_description_re(lang: str) -> re.Pattern:
    """(Languages that write nouns in lower case.) A description set off by commas after a name:
    an age, then an article and up to six words ending in a lower-case noun (", 52, a former World
    Bank economist,", ", a former general,"), or an age alone (", 64,")."""
    from .lexicon import lexicon
    dets = "|".join(re.escape(w) for w in sorted(function_words(lang, "determiner"), key=len, reverse=True))
    # no preposition but "of" inside: ", the first in five years," is a claim about an event, no description
    preps = "|".join(re.escape(w) for w in sorted(lexicon(lang).preps, key=len, reverse=True) if w != "of" and " " not in w)
    word = rf"(?!(?:{preps or '(?!)'})\s)[\w.'’-]+"
    return re.compile(rf"\s*,\s+(?:(?:\d{{1,3}}\s*,\s+)?(?:{dets or '(?!)'})\s+"
                      rf"(?:{word}\s+){{0,5}}?(?!(?:{preps or '(?!)'})(?![\w-]))[a-zß-öø-ÿ][\w-]*|\d{{1,3}})(?=\s*,)")


def _described(text: str, phrases: list[_Phrase], lang: str, pat: re.Pattern | None = None
               ) -> tuple[list[_Phrase], list[tuple[int, int]]]:
    """A person's name with a description after it that names no entity of its own role ("Karl
    Brenner, den Bürgermeister von Bad Münster, zum Präsidenten wählten"; "Sandu, 52, a former
    World Bank economist, was first elected"): the description belongs to the name's phrase, the
    places and bodies in it fill no slot, and its commas cut no clause. ``pat`` is the
    description's pattern (by default the one of languages that capitalise nouns). Returns the
    phrases and the spans of those commas."""
    pat = pat or _description_re(lang)
    out: list[_Phrase] = []
    commas: list[tuple[int, int]] = []
    end = -1
    for p in phrases:
        if p.start < end:
            continue  # inside a description
        last = p.items[-1] if p.items else None
        hit = pat.match(text, p.end) if last is not None and last.entities \
            and all(e.kind == "person" for e in last.entities) else None
        if hit is not None:
            close = text.index(",", hit.end())
            commas += [(p.end, p.end + 1 + text[p.end:].index(",")), (close, close + 1)]
            p = _Phrase(p.start, hit.end(), p.items, p.joins)
            end = hit.end()
        out.append(p)
    return out, commas


def _inserted(s: "_Sentence", phrases: list[_Phrase]) -> list[tuple[int, int]]:
    """(Languages that capitalise nouns.) The comma closing an apposition inside its clause ("hat den
    Präsidenten der Ukraine, Viktor Janukowitsch, zu einem Gespräch empfangen"): the clause goes on
    after it, so it cuts none -- unless a list word, a relative word or a subordinator opens what
    follows ("..., und reiste", "..., der am Montag kam") or a capitalised word does (a new subject)."""
    joins = _list_words(s.lang)
    out = []
    for p in phrases:
        appositive = p.appositive or (len(p.items) == 1 and "," in p.items[0].text)  # one mention: "den Präsidenten X, Y"
        hit = re.match(r"\s*,\s*([^\W\d]\w*)", s.text[p.end:p.end + 40]) if appositive else None
        if hit is None:
            continue
        word = hit.group(1)
        if word[0].isupper() or word.lower() in joins or word.lower() in s.lex.relatives \
                or word.lower() in s.lex.subordinators:
            continue
        comma = p.end + s.text[p.end:].index(",")
        out.append((comma, comma + 1))
    return out


@lru_cache(maxsize=None)
def _article_np(lang: str) -> re.Pattern:
    dets = "|".join(re.escape(w) for w in sorted(function_words(lang, "determiner"), key=len, reverse=True))
    # lower-case words (adjectives) or a number ("die 27 Mitgliedstaaten") up to a capitalised one
    # (the noun), Latin letters
    return re.compile(rf"(?<![\w-])({dets or '(?!)'})((?:\s+(?:[a-zß-öø-ÿ][\w-]*|\d[\d.]*)){{0,3}})\s+([A-ZÀ-ÖØ-Þ][\w-]*)")


def _unnamed(s: "_Sentence", sent: Sentence) -> list[_Phrase]:
    """(Languages that capitalise nouns.) Noun phrases that name no entity ("die Abgeordneten",
    "ein neues Parlament"): they hold a subject or object position, so a name after them is not
    taken for the subject; they fill no role."""
    taken = [(p.start, p.end) for p in s.phrases] + [(t.start, t.end) for t in s.timexes]
    out = []
    for m in _article_np(s.lang).finditer(s.text, sent.start, sent.end):
        head, mods = m.group(3), m.group(2).split()
        if not head[:1].isupper() or any(w[:1].isupper() for w in mods) \
                or head.lower() in s.lex.verbs or s.lex.noun(head):
            continue
        a, b = m.start(), m.end()
        if any(x < b and a < y for x, y in taken):
            continue
        if s.text[b:b + 1] == " " and any(p.start == b + 1 and p.items for p in s.phrases) \
                and s.lex.prep_re is not None \
                and re.search(rf"(?:{s.lex.prep_re.pattern})\s+$", s.text[max(0, a - 30):a], s.lex.prep_re.flags):
            continue  # "in der Hauptstadt Addis Abeba": after a preposition the noun before a name is the name's
        if s.text[b:b + 1] == " " and any(p.start == b + 1 and len(p.items) == 1 and p.items[0].entities
                                          and p.items[0].entities[0].kind in ("city", "region")
                                          for p in s.phrases):
            continue  # "griff die Hauptstadt Kiew an": the noun before a city's name is the name's
        if title_before_name(s, m.group(1), head, a, b):
            continue  # "wurde der Journalist Paul Kern freigelassen": the noun is the name's title
        out.append(_Phrase(a, b, []))
        taken.append((a, b))
    return out


def _genitives_attached(text: str, phrases: list[_Phrase], lang: str, lex: Lexicon) -> list[_Phrase]:
    """(Languages that capitalise nouns.) Genitive attributes hold no position of their own: a
    phrase opened by a genitive article right after a noun phrase that names no one ("die
    Vertreter der Staaten der Union") is part of it, so the phrase after it is the object (a
    person there may be a dative object: "dankte der Präsident der Kanzlerin Merkel"); and the
    noun of a genitive after an event noun is the title of the name after it ("die Freilassung
    des Journalisten Paul Kern": the journalist is Paul Kern, who owns the release)."""
    gen = set(function_words(lang, "genitive"))
    out: list[_Phrase] = []
    for p in phrases:
        prev = out[-1] if out else None
        if prev is not None and not prev.items and _genitive_of(text, prev, p, gen):
            prev.end = p.end
            continue
        if prev is not None and not prev.items and p.items and (
                _titled(text, prev, p, gen, lex) or _title_before(text, prev, p) or _named_after(text, prev, p)):
            out[-1] = _Phrase(prev.start, p.end, p.items, p.joins)
            continue
        if prev is not None and _compound_title(text, prev, p, lex):
            out[-1] = _Phrase(prev.start, p.end, p.items, p.joins)
            continue
        out.append(p)
    return out


# a possessor in the genitive ("Putins", "Merz'"), then one capitalised noun before a name
_POSSESSED_GAP = re.compile(r"['’]?\s+([A-ZÀ-ÖØ-Þ][\w-]*)\s+")


def _possessed_titles(text: str, phrases: list[_Phrase], lex: Lexicon) -> list[_Phrase]:
    """(Languages that capitalise nouns.) A possessor in the genitive, one noun and one person's
    name ("Putins Sprecher Dmitri Peskow", "Merz' Vorgänger Olaf Scholz"): one referent, the
    person, in the phrase's position -- the possessor only qualifies the noun."""
    out: list[_Phrase] = []
    for p in phrases:
        prev = out[-1] if out else None
        if prev is not None and len(prev.items) == 1 and _one_person(p):
            gap = _POSSESSED_GAP.fullmatch(text, prev.end, p.start)
            genitive = text[prev.end:prev.end + 1] in "'’" or text[prev.start:prev.end].endswith(("s", "x", "z"))
            if gap is not None and genitive and gap.group(1).lower() not in lex.verbs:
                out[-1] = _Phrase(prev.start, p.end, p.items, p.joins)
                continue
        out.append(p)
    return out


def _one_person(p: _Phrase) -> bool:
    return len(p.items) == 1 and bool(p.items[0].entities) and all(e.kind == "person" for e in p.items[0].entities)


def _title_before(text: str, prev: _Phrase, p: _Phrase) -> bool:
    """A noun phrase that names no one right before one person's name is the name's title ("den
    Armeechef Paul Kern", "den Vorsitzenden der Partei Tomas Reyes", "die Schriftstellerin Marta
    Kovalenko"): one referent, in the noun phrase's position. Not where it may be a plural ("bis
    die Abgeordneten Paula Brandstetter wählten": the deputies elect her): after "die" only a
    feminine singular in -in is a title; a genitive article is left to :func:`_titled`."""
    if not text[prev.end:p.start].isspace() or not _one_person(p):
        return False
    words = text[prev.start:prev.end].split()
    det, head = words[0].lower(), next((w for w in words[1:] if w[:1].isupper()), "")
    if det in ("die", "eine"):
        return head.endswith("in")
    if det == "der":
        # "Der Journalist Paul Kern wurde freigelassen": opening the sentence, "der" is nominative
        # singular (elsewhere it may be a dative or a genitive: "dankte der Kanzlerin Merkel")
        return words[0] == "Der"
    return det in ("den", "dem", "einen", "einem", "ein")


def _compound_title(text: str, prev: _Phrase, p: _Phrase, lex: Lexicon) -> bool:
    """A country or organisation that opens a hyphenated title right before one person's name
    ("den US-Journalisten Evan Gershkovich", "die Nato-Beraterin Anna Berg"): one referent, the
    person, in the phrase's position (the name before the hyphen only qualifies the noun). Not
    where the noun after the hyphen is an event noun ("der China-Besuch X")."""
    if len(prev.items) != 1 or not prev.items[0].entities or not _one_person(p) \
            or any(e.kind == "person" for e in prev.items[0].entities):
        return False
    tail = re.fullmatch(r"-([^\W\d][\w-]*)\s+", text[prev.end:p.start])
    return tail is not None and not lex.noun(tail.group(1))


def _qualified_names(s: "_Sentence", phrases: list[_Phrase]) -> list[_Phrase]:
    """(Languages that do not capitalise nouns.) A country, place or organisation, a title of up to
    three lower-case words and one person's name ("met Communist Party chief Tom Lam", "Kremlin
    spokesman Ivan Petrov said"): one referent, the person, in the phrase's position (the name
    before the title only qualifies it, as the part before the hyphen of a German compound title
    does). The title may be inside the person's mention ("Hamas" + "leader Tom Lam"); words that
    are verbs, prepositions, function words or a time expression make two phrases ("told Russia
    today Tom Lam ...", "in Oslo Tom Lam")."""
    skip = _list_words(s.lang) | set(function_words(s.lang, "determiner"))
    out: list[_Phrase] = []
    for p in phrases:
        prev = out[-1] if out else None
        if prev is not None and len(prev.items) == 1 and prev.items[0].entities and _one_person(p) \
                and not any(e.kind == "person" for e in prev.items[0].entities):
            gap = s.text[prev.end:p.start]
            words = gap.split()
            titled = bool(words) or p.items[0].text[:1].islower()
            if titled and len(words) <= 3 and re.fullmatch(r"(?:\s+[a-z][\w-]*)*\s+", gap) \
                    and not any(w in skip or _verbal(s.lex, w) for w in words) \
                    and not any(prev.end <= t.start and t.end <= p.start for t in s.timexes):
                out[-1] = _Phrase(prev.start, p.end, p.items, p.joins)
                continue
        out.append(p)
    return out


def _named_after(text: str, prev: _Phrase, p: _Phrase) -> bool:
    """A description that names no one, then one person's name set off by a comma and closed ("den
    Oberbefehlshaber der Armee, Paul Kern."): one referent, in the description's position. (A
    name that opens a clause of its own -- "sagte der Sprecher, Paul Kern werde reisen" -- is not
    closed.)"""
    return text[prev.end:p.start].strip() == "," and _one_person(p) and _closed(text, p.end)


def _genitive_of(text: str, prev: _Phrase, p: _Phrase, gen: set[str]) -> bool:
    gap = text[prev.end:p.start].split()
    opened = (not gap and text[p.start:p.end].split()[0] in gen) or (len(gap) == 1 and gap[0] in gen)
    return opened and not any(e.kind == "person" for m in p.items for e in m.entities)


def _titled(text: str, prev: _Phrase, p: _Phrase, gen: set[str], lex: Lexicon) -> bool:
    if text[prev.start:prev.end].split()[0] not in gen or not text[prev.end:p.start].isspace():
        return False
    before = re.search(r"([\w-]+)\s+$", text[max(0, prev.start - 40):prev.start])
    return before is not None and bool(lex.noun(before.group(1)))


def _closed(text: str, end: int) -> bool:
    """An apposition ends at a comma or at the end of its clause."""
    return bool(re.match(r"\s*(?:[,;:.!?)]|$)", text[end:end + 3]))


def _split_comma_lists(p: _Phrase) -> list[_Phrase]:
    """A list needs a list word ("A, B und C"); commas alone ("sagte Scholz, Macron werde") join nothing."""
    if "word" in p.joins or not p.joins:
        return [p]
    return [_Phrase(m.start, m.end, [m]) for m in p.items]


# -- predicates -------------------------------------------------------------------------------------

def _reading(s: _Sentence, i: int) -> VerbForm | None:
    """The verb reading of token ``i``, if it is a main verb (a particle verb needs its particle)."""
    tok = s.toks[i]
    readings = s.lex.verbs.get(tok.text.lower())
    if not readings or (s.lex.order == "v2" and tok.text[:1].isupper() and i > 0 and
                        s.toks[i - 1].text not in ".!?:\"„“"):
        return None
    if i > 0 and s.lex.order == "svo" and _no_verb_after(s, s.toks[i - 1].text.lower()):
        return None  # "by phone", "the call": a form after an article or a preposition is a noun
    a, b = s.clause_of(tok.start)
    last = s.words(tok.end, b)
    last = [w for w in last if _WORD.match(w)]
    # the particle closes the verb's clause, or its part before a coordinated verb ("trifft am
    # Samstag in Rom ein und bleibt bis Montag")
    joins = {w.lower() for w in function_words(s.lang, "listjoin")}
    closings = {w.lower() for w, nxt in zip(last, last[1:]) if nxt.lower() in joins} | {w.lower() for w in last[-1:]}
    fit = [r for r in readings if r.particle is None or r.form in ("participle", "infinitive")
           or r.particle in closings]
    with_particle = [r for r in fit if r.particle is not None and r.particle in closings]
    return (with_particle or [r for r in fit if r.particle is None] or fit or [None])[0]


def _no_verb_after(s: _Sentence, word: str) -> bool:
    if word in function_words(s.lang, "infinitive"):
        return False
    return word in {w.lower() for w in function_words(s.lang, "determiner")} or word in s.lex.preps


def _verb_evidence(s: _Sentence, i: int) -> bool:
    """(English) A form that is a noun as well ("visit", "talks") is a verb after a subject, an
    auxiliary, a modal, a negation, a relative word or the infinitive marker -- not before an
    auxiliary or a modal ("that talks would go on", "visits will resume": a noun as subject)."""
    if i == 0:
        return False
    prev = s.toks[i - 1]
    low = prev.text.lower()
    lex = s.lex
    if i + 1 < len(s.toks) and (s.toks[i + 1].text.lower() in lex.aux or s.toks[i + 1].text.lower() in lex.modals):
        return False
    if low in lex.aux or low in lex.modals or low in lex.negations or low in lex.relatives:
        return True
    if low in function_words(s.lang, "infinitive") or low in function_words(s.lang, "pronoun"):
        return True
    ends = [m for m in s.mentions if 0 <= prev.start - m.start and m.end == prev.end]
    return bool(ends) and not s.lex.possessive.fullmatch(s.text[prev.end:s.toks[i].start].strip() or "x")


def _predicates(s: _Sentence) -> tuple[list[_Verb], list[tuple[int, str]]]:
    """Main verbs (with their auxiliaries) and event nouns (token index, lemma) of the sentence."""
    verbs: list[_Verb] = []
    nouns: list[tuple[int, str]] = []
    aux_toks: list[tuple[int, set[str]]] = []
    for i, tok in enumerate(s.toks):
        if not s.free(tok) or not _WORD.match(tok.text):
            continue
        noun = s.lex.noun(tok.text)
        reading = _reading(s, i) if tok.text.lower() in s.lex.verbs else None
        if noun is not None and (reading is None or not _verb_evidence(s, i)):
            if s.lex.order != "v2" or tok.text[:1].isupper():
                nouns.append((i, noun))
                continue
        if reading is not None:
            verbs.append(_Verb(i, reading))
            continue
        low = tok.text.lower()
        kinds = set(s.lex.aux.get(low, ()))
        if low in s.lex.modals:
            kinds.add("modal")
        if kinds:
            aux_toks.append((i, kinds))
    _attach_aux(s, verbs, aux_toks)
    return verbs, nouns


def _attach_aux(s: _Sentence, verbs: list[_Verb], aux_toks: list[tuple[int, set[str]]]) -> None:
    """Each auxiliary belongs to the main verb of its clause nearest after it (verb-last: before it)."""
    for i, kinds in aux_toks:
        clause = s.clause_of(s.toks[i].start)
        same = [v for v in verbs if s.clause_of(s.toks[v.tok].start) == clause]
        after = [v for v in same if v.tok > i]
        if s.lex.order == "svo":
            # "has not yet met", "will travel": an English auxiliary stands close to its verb ("was
            # grateful the leader made ... and called" is no passive of "called")
            after = [v for v in after if v.tok - i <= _SVO_AUX_REACH]
        before = [v for v in same if v.tok < i]
        target = after[0] if after else (before[-1] if before and s.lex.order == "v2" else None)
        if target is None and not same and s.lex.order == "v2":
            # "wird Obama zur Messe, der größten ihrer Art, und nach Berlin reisen": a clause
            # without a verb of its own leaves its auxiliary to the verb of a later clause -- not to
            # one of a subordinate or relative clause ("Drei Wahlgänge waren nötig, bis sie ... wählten")
            target = next((v for v in verbs if v.tok > i
                           and not _subordinate(s, s.clause_of(s.toks[v.tok].start)[0])), None)
        if target is not None:
            target.aux.append((i, kinds))
    for v in verbs:
        _pick_form(s, v)


def _pick_form(s: _Sentence, v: _Verb) -> None:
    """Read an ambiguous form ("empfangen", "met") by its auxiliaries: a participle after have, be
    or a passive auxiliary, an infinitive after a modal or a future auxiliary."""
    kinds = set().union(*(k for _, k in v.aux)) if v.aux else set()
    readings = [r for r in s.lex.verbs.get(s.toks[v.tok].text.lower(), ()) if r.lemma == v.reading.lemma]
    want = []
    if kinds & {"have", "be", "passive"}:
        want.append("participle")
    if kinds & {"modal", "future", "do"}:
        want.append("infinitive")
    for form in want:
        hit = next((r for r in readings if r.form == form), None)
        if hit is not None:
            v.reading = hit
            return


# -- predicate features ----------------------------------------------------------------------------

def _features(s: _Sentence, v: _Verb, has_agent: bool) -> dict:
    """Tense, passive, modal and negation of a verb group."""
    kinds = [k for _, k in v.aux]
    form = v.reading.form
    tok = s.toks[v.tok]
    future_aux = any("future" in k for k in kinds)
    passive_aux = any("passive" in k or ("be" in k and s.lex.order == "svo") for k in kinds)
    progressive = tok.text.lower().endswith("ing") and s.lex.order == "svo"
    passive = passive_aux and form == "participle" and not progressive and (
        has_agent or not future_aux or "infinitive" not in _forms(s, tok.text))
    past_aux = any("past" in k for k in kinds)
    if future_aux and not passive and not past_aux:
        tense = "future"
    elif form == "past" or past_aux or (form == "participle" and any("have" in k or "be" in k for k in kinds)):
        tense = "past"
    elif future_aux and not passive and past_aux:
        tense = "future"  # "would travel": the future of a past report
    else:
        tense = "present"
    modal = next((s.toks[i].text for i, k in v.aux if "modal" in k and not ("future" in k and tense == "future")), None)
    a, b = s.clause_of(tok.start)
    negated = any(w.lower() in s.lex.negations for w in s.words(a, b))
    return {"tense": tense, "passive": passive, "modal": modal, "negated": negated}


def _forms(s: _Sentence, token: str) -> set[str]:
    return {"infinitive" if r.form == "infinitive" else r.form for r in s.lex.verbs.get(token.lower(), ())} | (
        {"participle"} if any(r.form == "infinitive" for r in s.lex.verbs.get(token.lower(), ())) and
        any(r.form == "participle" for r in s.lex.verbs.get(token.lower(), ())) else set())


def _status(s: _Sentence, a: int, b: int) -> str | None:
    from ..events.rules import status_cues  # read lazily: kb.events imports this package

    for status, pat in status_cues(s.lang):
        if pat.search(s.text, a, b):
            return status
    return None


# -- arguments --------------------------------------------------------------------------------------

def _marker(s: _Sentence, lo: int, p: _Phrase, blockers: list[int]) -> tuple[str | None, str | None]:
    """(class, preposition) of the preposition that opens the phrase, if any."""
    if s.lex.prep_re is None:
        return None, None
    hit = None
    for hit in s.lex.prep_re.finditer(s.text, lo, p.start):
        pass
    if hit is None:
        return None, None
    between = s.text[hit.end():p.start]
    if len(between.split()) > _MAX_GAP_WORDS or any(hit.end() <= x < p.start for x in blockers) \
            or re.search(r"[,;:]", between):
        return None, None
    return s.lex.preps[hit.group(0).lower()], hit.group(0)


def _after_times(s: _Sentence, lo: int, p: _Phrase) -> int:
    """Where a preposition of the phrase may start: after any time expression before it ("am
    Dienstag den Premierminister": the preposition is the date's)."""
    return max([lo] + [t.end for t in s.timexes if lo <= t.end <= p.start])


def _arguments(s: _Sentence, lo: int, hi: int, blockers: list[int]) -> list[Argument]:
    """The phrases in ``[lo, hi)`` with the class of their preposition (None: unmarked)."""
    out = []
    prev = lo
    for p in s.phrases:
        if p.start < lo or p.end > hi:
            continue
        slot, marker = _marker(s, _after_times(s, prev, p), p, blockers)
        if slot == "owner" and not _adjacent(s, lo, p, marker):
            slot = "mod"  # "the Chair of the Nordic Council": "of" belongs to another noun
        if slot == "loc" and out and out[-1].slot == "topic" and s.text[out[-1].end:p.start].strip() == marker:
            slot = "topic"  # "über die Lage in Gaza": the place of what is talked about, not of the talk
        out.append(Argument(slot or "", list(p.items), p.start, p.end, marker))
        prev = p.end
    for t in s.timexes:
        if lo <= t.start and t.end <= hi:
            out.append(Argument("time", [], t.start, t.end))
    return out


def _adjacent(s: _Sentence, lo: int, p: _Phrase, marker: str | None) -> bool:
    """Does the owner preposition stand right after the predicate ("the visit of X")?"""
    head = s.text[lo:p.start].split()
    return bool(head) and head[0].lower() == (marker or "").lower().split()[0] and len(head) <= _MAX_GAP_WORDS


def _subordinate(s: _Sentence, a: int) -> bool:
    first = next((t.text.lower() for t in s.toks if t.start >= a and _WORD.match(t.text)), "")
    return first in s.lex.subordinators or first in s.lex.relatives


def _relative(s: _Sentence, a: int) -> bool:
    """A clause after a comma that opens with a relative word ("..., der am Montag reiste") -- not one
    after the dash that closes a date line ("Moskau (Reuters) - Der Politiker ...")."""
    if a == s.sent.start or re.search(r"\)\s*[-\u2013\u2014]\s*$", s.text[max(s.sent.start, a - 4):a]):
        return False
    first = next((t for t in s.toks if t.start >= a and _WORD.match(t.text)), None)
    return first is not None and first.text.lower() in s.lex.relatives and s.free(first)


def _subject_relative(s: _Sentence, a: int, args: list[Argument], rel: bool, k: int) -> None:
    """"Macron, der Xi im Mai empfangen hatte": a relative word that can only be a subject (the
    ``relative subject`` words of frames.txt) is the clause's subject -- the phrase it is about
    (inherited below) -- so the phrase the word order made the subject is the object. One that
    can only be an object ("Macron, den Xi im Mai empfangen hatte": ``relative object``) makes
    the phrase it is about the object. (Only for the first verb, ``k`` 0, of a relative clause, ``rel``.)"""
    first = next((t for t in s.toks if t.start >= a and _WORD.match(t.text)), None)
    word = first.text.lower() if first is not None else ""
    if not rel or k or any(x.slot == "obj" for x in args):
        return
    if word in s.lex.subject_relatives:
        for x in args:
            if x.slot == "subj":
                x.slot = "obj"
    elif word in s.lex.object_relatives:
        # with or without a subject of its own ("Kofi Adomako, whom the president appointed"):
        # the phrase the clause is about is what the verb acts on, never its doer
        about = _antecedent(s, a)
        if about:
            args.append(Argument("obj", about, about[0].start, about[-1].end, inherited=True))


def _relative_about(s: _Sentence, a: int, args: list[Argument], rel: bool, k: int) -> list[Mention]:
    """The phrase a relative clause's first verb takes as its subject: the one the clause is about,
    unless an object relative word made it the object already (:func:`_subject_relative`)."""
    return _antecedent(s, a) if rel and k == 0 and not any(x.inherited for x in args) else []


def _opens(s: _Sentence, a: int, anchor: int) -> bool:
    """Does the verb group open its clause -- no word before it, or one or two adverbs ("X, who
    arrived on Sunday, also met Y", "..., then travelled"; languages that do not capitalise nouns):
    no capital, no function word (not "to attend"), no verb, no name or date?"""
    words = [t for t in s.toks if a <= t.start < anchor and _WORD.match(t.text)]
    if not words:
        return True
    if s.lex.case_sensitive_nouns or len(words) > 2:
        return False
    small = all_function_words(s.lang)
    return all(t.text.islower() and t.text not in small and not _verbal(s.lex, t.text) and s.free(t) for t in words)


def _core(s: _Sentence, v: _Verb, args: list[Argument], subordinate: bool, coordinated: bool) -> None:
    """Give the unmarked phrases of a verb group the slots subj and obj (``coordinated``: the
    subject comes from elsewhere when none stands before the verb)."""
    anchor = v.anchor(s.toks)
    bare = [x for x in args if not x.slot]
    before = [x for x in bare if x.end <= anchor]
    if coordinated and not before:
        # "reiste nach Kiew und traf Selenskyj": the subject is the first verb's
        for x in [x for x in bare if x.start >= anchor][:1]:
            x.slot = "obj"
        return
    after = [x for x in bare if x.start >= s.toks[v.tok].end or (x.start >= anchor and s.lex.order == "v2")]
    after = [x for x in after if x not in before]
    marked = [x for x in before + after if marked_object(s, x)][:1]
    if marked and not coordinated:
        # "Der Präsident hat den Chef der Armee, X, entlassen": the article makes X the object
        marked[0].slot = "obj"
        for x in ([x for x in before if x is not marked[0]] or [x for x in after if x is not marked[0]])[:1]:
            x.slot = "subj"
        return
    if s.lex.order == "svo":
        subj, obj = before[-1:], after[:1]
    elif subordinate:
        subj, obj = before[:1], before[1:2] or after[:1]
    elif before:
        subj, obj = before[:1], after[:1]
    else:
        subj, obj = after[:1], after[1:2]
    for x in subj:
        x.slot = "subj"
    for x in obj:
        x.slot = "obj"


def _voice(args: list[Argument]) -> None:
    """Passive: the grammatical subject is the one done to, the agent ("von Biden") the doer."""
    for x in args:
        if x.slot == "obj":
            x.slot = "complement"  # "was elected president": what the subject became
        elif x.slot == "subj":
            x.slot = "obj"
        elif x.slot == "agent":
            x.slot = "subj"


def _object_control(s: _Sentence, args: list[Argument], frames: list[Frame], a: int, passive: bool) -> None:
    """"congratulated X on taking office and being elected": what follows a verb of the
    object-control class in its clause, without a subject of its own, is done by that verb's object."""
    control = s.lex.classes.get("object-control", set())
    gov = [f for f in frames if f.clause.start == a and f.predicate.lemma in control and f.get("obj")]
    if not gov or any(x.slot == "subj" and not x.inherited for x in args):
        return
    doer = gov[-1].get("obj")
    args[:] = [x for x in args if x.slot != "subj"]
    # a passive verb's grammatical subject becomes its object (kb.frames slots are voice-free)
    args.insert(0, Argument("subj", list(doer), doer[0].start, doer[-1].end, inherited=True))


# what may stand between an object and its complement: a quote mark ("called X ``a liar''") or a
# clause inserted between dashes ("called X -- who ... -- a crook")
_COMPLEMENT_GAP = re.compile(r"\s+(?:(?:--|[\u2013\u2014])[^\u2013\u2014\n]{1,160}?(?:--|[\u2013\u2014])\s*)?"
                             r"(?:``|''|[\"\u201c\u2018'])?\s*(\w+)\s+\w+")


def _complement(s: _Sentence, args: list[Argument], hi: int, after: int, passive: bool) -> list[Argument]:
    """"called Bush a liar": a noun phrase right after the object says what the object is called or
    made (a ``complement`` argument, without mentions). ``after``: the verb's end, where a passive
    verb with no object of its own has it ("was called a witness")."""
    obj = next((x for x in args if x.slot == "obj"), None)
    start = obj.end if obj is not None else (after if passive else None)
    if start is None:
        return []
    dets = {w.lower() for w in function_words(s.lang, "determiner")}
    m = _COMPLEMENT_GAP.match(s.text, start, max(start, hi))
    if m is None or m.group(1).lower() not in dets or any(p.start == m.start(1) for p in s.phrases):
        return []
    return [Argument("complement", [], m.start(1), m.end())]


def _lookback(s: _Sentence, a: int, frames: list[Frame]) -> list[Mention]:
    """The subject told before inserted or relative clauses ("Macron, der ... reiste, traf";
    "wird Obama zur Messe, der größten ihrer Art, und zu Gesprächen nach Berlin reisen"): the last
    phrase without a preposition in the nearest clause before that has one, as long as no clause
    on the way has a verb of its own."""
    for ca, cb in reversed([c for c in s.clauses if c[1] <= a]):
        if _relative(s, ca):
            continue
        if _subordinate(s, ca) or any(f.clause.start == ca and not f.predicate.nominal for f in frames):
            return []  # "Wie X mitteilte, wurde Y freigelassen": a subordinate clause keeps its subject
        bare = [p for p in s.phrases if ca <= p.start and p.end <= cb
                and _marker(s, _after_times(s, ca, p), p, [])[0] is None]
        if bare:
            return list(bare[-1].items)
    return []


def _bracket(s: _Sentence, v: _Verb, a: int, frames: list[Frame]) -> tuple[int, int] | None:
    """The clause that opens a verb bracket whose verb stands after inserted clauses (German "hat
    X, der ..., am Montag getroffen"): the earlier clause holding the verb's first auxiliary, when
    it has no verb of its own and only relative or inserted clauses without a main verb stand
    between it and the verb's clause; else None."""
    if not v.aux or s.toks[v.aux[0][0]].start >= a:
        return None
    at = s.toks[v.aux[0][0]].start
    ca, cb = s.clause_of(at)
    if ";" in s.text[at:a]:
        return None  # a semicolon ends a main clause: no verb bracket runs across it
    if _relative(s, ca) or _subordinate(s, ca) or any(f.clause.start == ca and not f.predicate.nominal
                                                       for f in frames):
        return None
    between = [f for f in frames if cb <= f.clause.start < a and not f.predicate.nominal and not f.relative]
    return None if between else (ca, cb)


def _purpose(s: _Sentence, a: int, v: _Verb, frames: list[Frame]) -> list[Mention]:
    """"flew to Durban, South Africa, to attend the summit", "reist nach Oslo, um X zu treffen": an
    infinitive with its marker right before it, in a clause of its own after a comma, is done by
    the subject of the verb told before it in the sentence (not one of a relative clause)."""
    words = [t for t in s.toks[:v.tok] if _WORD.match(t.text)]
    marker = function_words(s.lang, "infinitive")
    # ... also with the marker before a modal after it ("kündigte an, nach Indien reisen zu wollen")
    after = [t.text.lower() for t in s.toks[v.tok + 1:v.tok + 3]]
    modal = len(after) == 2 and after[0] in marker and after[1] in s.lex.modals
    if not modal and (not words or words[-1].text.lower() not in marker or words[-1].start < a):
        return []
    before = [f for f in frames if f.clause.end <= a and not f.predicate.nominal and not f.relative and f.get("subj")]
    return list(before[-1].get("subj")) if before else []


def _antecedent(s: _Sentence, a: int) -> list[Mention]:
    """The phrase a relative clause is about: the last one before its comma."""
    before = [p for p in s.phrases if p.end <= a]
    return list(before[-1].items) if before and a - before[-1].end <= 3 else []


def _coordinated(s: _Sentence, lo: int, anchor: int) -> int | None:
    """The end of a list word ("und", "and") between the previous verb and this one, if any."""
    joins = _list_words(s.lang) | set(function_words(s.lang, "infinitive"))
    hits = [t for t in s.toks if lo <= t.start < anchor and t.text in joins
            and not any(a <= t.start < b for a, b in s.protected)]
    return hits[-1].end if hits else None


def _subordinated(s: _Sentence, lo: int, anchor: int) -> int | None:
    """The start of a subordinator ("before", "after", "while") between the previous verb and
    this one, if any: what stands before it is the previous verb's ("will meet X on June 3
    before travelling to Rome": June 3 is the meeting's, not the journey's)."""
    hits = [t for t in s.toks if lo <= t.start < anchor and t.text.lower() in s.lex.subordinators
            and not any(a <= t.start < b for a, b in s.protected)]
    return hits[-1].start if hits else None


def _restrictive(s: _Sentence, v: _Verb) -> bool:
    """Does a relative word stand right before the verb group ``v`` ("diplomats who served in Riga
    in 1983 met X on Monday")? Then what follows it up to the next verb of the clause is the
    relative clause's, no argument of that verb."""
    first = min([v.tok] + [i for i, _ in v.aux])
    return first > 0 and s.toks[first - 1].text.lower() in s.lex.relatives and s.free(s.toks[first - 1])


def _region(s: _Sentence, cv: list[_Verb], k: int, a: int, b: int) -> tuple[int, int, int | None]:
    """(lo, hi, end of the list word joining it to the verb before) of the k-th verb of a clause."""
    v = cv[k]
    anchor = v.anchor(s.toks)
    joint = _coordinated(s, s.toks[cv[k - 1].tok].end, anchor) if k else None
    lo = a if k == 0 else (joint or _subordinated(s, s.toks[cv[k - 1].tok].end, anchor)
                           or (anchor if _restrictive(s, cv[k - 1]) else s.toks[cv[k - 1].tok].end))
    if k + 1 == len(cv):
        return lo, b, joint
    nxt = cv[k + 1].anchor(s.toks)
    hi = _coordinated(s, s.toks[v.tok].end, nxt)
    hi = nxt if hi is None else next(t.start for t in s.toks if t.end == hi)
    return lo, hi, joint


def _reported(s: _Sentence, v: _Verb, speech_ends: list[int]) -> bool:
    """Indirect speech: after a speaking verb of the sentence, or in a subjunctive form."""
    speech = s.lex.classes.get("speech", set())
    group = [s.toks[i].text.lower() for i, _ in v.aux] + [s.toks[v.tok].text.lower()]
    return (any(e <= v.anchor(s.toks) for e in speech_ends) and v.reading.lemma not in speech) \
        or any(w in s.lex.subjunctives for w in group)


def _verb_frame(s: _Sentence, index: int, cv: list[_Verb], k: int, clause: tuple[int, int], ctx: dict) -> Frame:
    """The frame of the k-th verb of a clause; ``ctx`` carries the sentence's frames so far, the
    previous frame of the clause, the clause kind and the speaking verbs' ends."""
    a, b = clause
    v = cv[k]
    frames, prev, rel = ctx["frames"], ctx["prev"], ctx["relative"]
    anchor = v.anchor(s.toks)
    lo, hi, joint = _region(s, cv, k, a, b)
    bracket = _bracket(s, v, a, frames) if k == 0 and not rel else None
    # "Kurz hat Aas, den sie im Mai traf, am Montag empfangen": the verb's auxiliary opens its
    # clause before an inserted one; what stands there (subject, object, date) is this verb's
    args = (_arguments(s, bracket[0], bracket[1], ctx["blockers"]) if bracket else []) \
        + _arguments(s, lo, hi, ctx["blockers"])
    feats = _features(s, v, any(x.slot == "agent" for x in args))
    back = _lookback(s, a, frames) if k == 0 and not rel and _opens(s, a, anchor) and bracket is None else []
    _core(s, v, args, ctx["subordinate"] and k == 0, joint is not None or bool(back))
    _subject_relative(s, a, args, rel, k)
    purpose = _purpose(s, a, v, frames) if k == 0 and not rel else []
    if purpose and s.lex.order == "v2" and not any(x.slot == "obj" for x in args):
        # "um X zu treffen": an infinitive has no subject of its own; the phrase before it is its object
        for x in args:
            if x.slot == "subj":
                x.slot = "obj"
    if not any(x.slot == "subj" for x in args) and bracket is None:
        inherit = (_grammatical_subject(prev) if joint is not None else []) \
            or _relative_about(s, a, args, rel, k) or back \
            or (_lookback(s, a, frames) if k == 0 and not rel and v.aux and
                s.toks[v.aux[0][0]].start < a else []) \
            or purpose
        if inherit:
            args.insert(0, Argument("subj", inherit, inherit[0].start, inherit[-1].end, inherited=True))
    args += _complement(s, args, hi, s.toks[v.tok].end, feats["passive"])
    _object_control(s, args, frames, a, feats["passive"])
    if feats["passive"]:
        _voice(args)
    if not frames and k == 0:
        args += _fronted_times(s, a, args, ctx["verbs"], ctx["owning_nouns"])
    tok = s.toks[v.tok]
    pred = Predicate(tok.start, tok.end, tok.text, v.reading.lemma, False, feats["tense"], _status(s, lo, hi),
                     feats["modal"], feats["negated"], feats["passive"], _reported(s, v, ctx["speech_ends"]))
    return Frame(pred, index, Span(a, b), sorted((x for x in args if x.slot), key=lambda x: x.start), relative=rel)


def _grammatical_subject(frame: Frame | None) -> list[Mention]:
    """The subject of a frame as written: of a passive verb its object ("X was chosen as leader and
    will succeed Y": X is the subject of both verbs)."""
    if frame is None:
        return []
    return frame.get("obj" if frame.predicate.passive else "subj")


def _fronted_times(s: _Sentence, a: int, args: list[Argument], verbs: list[_Verb],
                   nouns: list[int] = ()) -> list[Argument]:
    """"On Monday, Merkel met Macron": a fronted date scopes over the first verb after it (unless
    the verb's arguments hold it already, as a verb bracket's do) -- not one after an event noun of
    the fronted phrase, whose date it is ("In a phone call on Wednesday, A and B agreed to meet":
    the call's)."""
    return [Argument("time", [], t.start, t.end) for t in s.timexes if t.end <= a and ";" not in s.text[t.end:a]
            and not any(s.toks[x.tok].start < t.start for x in verbs)
            and not any(n < t.start for n in nouns)
            and not any(x.slot == "time" and x.start == t.start for x in args)]


def _verb_frames(s: _Sentence, index: int, verbs: list[_Verb], blockers: list[int],
                 owning_nouns: list[int] = ()) -> list[Frame]:
    """The verbs' frames; ``owning_nouns`` are the starts of the event nouns whose own a date after
    them in a fronted phrase is (not a saying's noun: "In a statement on Monday, X welcomed ...")."""
    frames: list[Frame] = []
    speech = s.lex.classes.get("speech", set())
    ctx = {"frames": frames, "blockers": blockers, "verbs": verbs, "owning_nouns": owning_nouns,
           "speech_ends": [s.toks[v.tok].end for v in verbs if v.reading.lemma in speech]}
    for a, b in s.clauses:
        cv = [v for v in verbs if a <= s.toks[v.tok].start < b]
        ctx.update(relative=_relative(s, a) and bool(cv), subordinate=_subordinate(s, a), prev=None)
        for k in range(len(cv)):
            frame = _verb_frame(s, index, cv, k, (a, b), ctx)
            frames.append(frame)
            ctx["prev"] = frame
    _participle_opening(s, verbs, frames)
    return frames


def _participle_opening(s: _Sentence, verbs: list[_Verb], frames: list[Frame]) -> None:
    """"Sworn in on Monday, Karin Tamm pledged ...", "Elected in May, X has ...": a past participle
    without an auxiliary opening the sentence heads a clause of its own, cut off by a comma, whose
    subject is the one of the first verb after it (when that one has a subject of its own): a bare
    participle is passive, so that phrase is its object (voice-independent, as in "X was sworn in")."""
    words = [t for t in s.toks if _WORD.match(t.text)]
    if not words or not verbs or verbs[0].tok != s.toks.index(words[0]) or verbs[0].aux \
            or "participle" not in _forms(s, s.toks[verbs[0].tok].text) or not frames or frames[0].get("subj") or frames[0].get("obj"):
        return
    first = frames[0]
    after = next((f for f in frames[1:] if not f.predicate.nominal and f.clause.start >= first.clause.end), None)
    subj = next((x for x in after.arguments if x.slot == "subj" and not x.inherited), None) if after else None
    # ... else the phrase right after the comma ("Re-elected last month, Rosa Lind named ...")
    items = list(subj.mentions) if subj is not None else next(
        (list(p.items) for p in s.phrases if 0 <= p.start - first.clause.end <= 2), [])
    if items and s.text[first.clause.start:first.clause.end].rstrip().endswith(","):
        first.arguments.insert(0, Argument("obj", items, items[0].start, items[-1].end, inherited=True))


def _noun_frames(s: _Sentence, index: int, nouns: list[tuple[int, str]], verb_frames: list[Frame],
                 starts: list[int]) -> list[Frame]:
    """The frames of the event nouns: the phrases after the noun, its possessive owner, and what
    the verb it stands with lends it."""
    frames = []
    for i, lemma in nouns:
        tok = s.toks[i]
        a, b = s.clause_of(tok.start)
        args = _noun_arguments(s, tok, b, starts)
        owner = _possessive_owner(s, a, tok.start)
        if owner is not None:
            args.insert(0, Argument("owner", list(owner.items), owner.start, owner.end))
        gov = _governing(s, a, tok.start, verb_frames)
        _lent(s, args, gov, a, tok.start, starts)
        if not any(x.slot in ("owner", "subj") for x in args):
            args += _cataphoric_owner(s, i, verb_frames) or _speaker_with(s, a, tok.start, args, verb_frames)
        pred = Predicate(tok.start, tok.end, tok.text, lemma, True, gov.predicate.tense if gov else "present",
                         _status(s, a, b), None, False, False, gov.predicate.reported if gov else False)
        frames.append(Frame(pred, index, Span(a, b), sorted(args, key=lambda x: x.start)))
    return frames


def _cataphoric_owner(s: _Sentence, i: int, verb_frames: list[Frame]) -> list[Argument]:
    """"After his election, Macron said ...", "Nach seiner Wahl sagte Macron ...": an event noun
    owned by a possessive in the phrase that opens the sentence (no verb before it) belongs to
    the subject of the first verb after it, named after the noun."""
    possessive = function_words(s.lang, "possessive")
    before = [t.text for t in s.toks[max(0, i - 3):i]]
    # the possessive right before the noun or one or two words before it ("his surprise election")
    if not any(w in possessive and w.lower() not in ("your", "our") for w in before[-3:]) \
            and not _opening_phrase(s, i):
        return []
    pos = s.toks[i].start
    skip = s.toks[0].start if _opening_gerund(s) else -1  # "Speaking after his talks with X, Y said"
    if any(f.predicate.start < pos and f.predicate.start != skip for f in verb_frames):
        return []
    after = [f for f in verb_frames if f.predicate.start > pos]
    if not after:
        return []
    subj = [a for a in after[0].arguments if a.slot == "subj" and not a.inherited and a.start > pos]
    return _lent_subject(subj[0]) if subj else []


def _lent_subject(subj: Argument) -> list[Argument]:
    """A verb's subject lent to an event noun (an inherited ``subj`` argument of the noun)."""
    return [Argument("subj", list(subj.mentions), subj.start, subj.end, inherited=True)]


def _speaker_with(s: _Sentence, a: int, pos: int, args: list[Argument], verb_frames: list[Frame]) -> list[Argument]:
    """"Scholz said after the meeting with Macron that ...": an event noun told with whom it was held
    (a ``com`` phrase) and nobody else, after a speaking verb of its clause -- or before the
    speaking verb that follows what is said ("Das Gespräch mit X sei gut gewesen, sagte Y") -- is
    the speaker's: the other side of the meeting with whom."""
    if not any(x.slot == "com" for x in args):
        return []
    speech = s.lex.classes.get("speech", set())
    before = [f for f in verb_frames if f.clause.start == a and f.predicate.start < pos]
    after = [f for f in verb_frames if f.predicate.start > pos]
    # the speaking verb before it in its clause, or -- what is said told first ("Das Gespräch mit X
    # sei gut gewesen, sagte Y") -- the first verb after it
    saying = before[-1] if before else after[0] if after else None
    if saying is None or saying.predicate.lemma not in speech:
        return []
    subj = [x for x in saying.arguments if x.slot == "subj" and x.mentions]
    return _lent_subject(subj[0]) if subj else []


def _opening_phrase(s: _Sentence, i: int) -> bool:
    """"During a telephone conversation on Friday, A and B agreed ...": an event noun with an
    article, among the first words of the sentence, in a phrase set off by a comma. In a verb-second
    language the phrase opened by a ``setting`` preposition stands before the finite verb instead
    ("Bei einem Treffen mit X am Freitag sagte Y ...": Y takes part); in English such a phrase
    is set off by a comma ("After talks with X on Tuesday, Y ...")."""
    k = _opening_gerund(s)
    if i > 4 + k:
        return False
    dets = {w.lower() for w in function_words(s.lang, "determiner")}
    # a setting preposition opens the sentence (or follows its opening gerund: "Speaking after
    # talks with X on Monday, Y said"), only articles and lower-case words before the noun
    set_off = s.toks[k].text[:1].upper() + s.toks[k].text[1:] in function_words(s.lang, "setting") \
        and all(t.text.lower() in dets or t.text[:1].islower() for t in s.toks[k + 1:i])
    if s.lex.order == "v2":
        return set_off
    if s.lex.order != "svo":
        return False
    comma = s.text.find(",", s.toks[i].end, s.toks[-1].end)
    if set_off and comma != -1:
        return True  # "After talks with X on Tuesday, Y will travel on": Y held the talks
    if not any(t.text.lower() in dets for t in s.toks[max(0, i - 3):i]):
        return False
    return 0 <= comma - s.toks[i].end <= 40


def _opening_gerund(s: _Sentence) -> int:
    """1 where an -ing form opens an English sentence right before a ``setting`` preposition
    ("Speaking after talks with X, Y said ..."): the gerund's doer is the main clause's subject, and
    the phrase after it opens the sentence as if the gerund were not there; else 0."""
    if s.lex.order != "svo" or len(s.toks) < 3 or not re.fullmatch(r"[A-Z][a-z]+ing", s.toks[0].text):
        return 0
    word = s.toks[1].text
    return int(word[:1].upper() + word[1:] in function_words(s.lang, "setting"))


def _noun_arguments(s: _Sentence, tok, b: int, starts: list[int]) -> list[Argument]:
    """The arguments after an event noun, up to the next predicate: a phrase right after it (or
    after a genitive article) and an agent ("the visit of X", "by X") are its owner."""
    gen = set(function_words(s.lang, "genitive"))
    hi = min([x for x in starts if tok.end <= x < b] + [b] + _infinitives(s, tok.end, b)[:1])
    args = [x for x in _arguments(s, tok.end, hi, starts) if x.slot or x.start == _first_start(s, tok.end, hi)]
    for x in args:
        gap = s.text[tok.end:x.start].split()
        if not x.slot and x.mentions and (not gap or (len(gap) == 1 and gap[0] in gen)):
            x.slot = "owner"
        elif x.slot == "agent":
            x.slot = "owner" if _agent_of_noun(s, tok.end, x, args) else "mod"
    return [x for x in args if x.slot]


def _infinitives(s: _Sentence, a: int, b: int) -> list[int]:
    """The starts of infinitives in ``[a, b)`` of a language whose verbs follow their subject ("at a
    summit in The Hague to raise spending by 2035": what follows is the infinitive's, not the
    noun's): an ``infinitive`` word of function-words.txt ("to"), a lower-case word that is no
    function word, then what may open its object (:func:`object_start`; not "to northern Syria",
    where a name follows, nor "to reporters on Tuesday")."""
    if s.lex.order != "svo":
        return []
    marks = function_words(s.lang, "infinitive")
    small = all_function_words(s.lang)
    toks = [t for t in s.toks if a <= t.start and t.end <= b]
    return [t.start for i, t in enumerate(toks[:-2])
            if t.text in marks and toks[i + 1].text.isalpha() and toks[i + 1].text.islower()
            and toks[i + 1].text not in small and object_start(toks[i + 2].text, s.lang)]


def object_start(word: str, lang: str) -> bool:
    """Can ``word`` open the object of an infinitive: a determiner, possessive or pronoun, a number,
    or a lower-case word that is no other function word ("to screen a film", "to raise defence
    spending") -- not a preposition ("to reporters on Tuesday": a noun after "to") and no name ("to
    northern Norway")?"""
    opening = function_words(lang, "determiner") | function_words(lang, "possessive") | function_words(lang, "pronoun")
    if word in opening or word[:1].isdigit():
        return True
    return word.isalpha() and word.islower() and word not in all_function_words(lang)


def _agent_of_noun(s: _Sentence, end: int, x: Argument, args: list[Argument]) -> bool:
    """Is the agent phrase ``x`` ("von X", "by X") the event noun's own, not that of a noun between
    ("der Besuch der Geburtsstadt von X": X is the town's)? Between the event noun and the phrase
    stand only other arguments of the noun, time expressions, prepositions and articles."""
    cut = [(a.start, a.end) for a in args if a is not x and a.mentions and end <= a.start < x.start]
    cut += [(t.start, t.end) for t in s.timexes if end <= t.start and t.end <= x.start]
    gap = "".join(" " if any(a <= i < b for a, b in cut) else ch for i, ch in enumerate(s.text[end:x.start], end))
    small = {w.lower() for w in function_words(s.lang, "determiner")} | set(function_words(s.lang, "genitive"))
    return all(w.lower() in small or w.lower() in s.lex.preps for w in re.findall(r"[^\W\d_]+", gap))


def _possessive_owner(s: _Sentence, a: int, pos: int):
    """The phrase that owns the noun at ``pos`` through a possessive ("Putins Besuch", "Mr. Blair's
    current visit"), the last one before it in its clause; None if there is none."""
    pronouns = function_words(s.lang, "possessive")
    owner = [p for p in s.phrases if a <= p.start and p.end <= pos and (re.fullmatch(
        rf"(?:{s.lex.possessive.pattern})\s+(?:[^\W\d][\w-]*\s+){{0,2}}", s.text[p.end:pos])
        # "im Sicherheitsrat ihr Veto": a possessive pronoun between names the owner, not the phrase
        and not any(w.lower() in pronouns for w in s.text[p.end:pos].split()) or (
            # "your election", "her visit": a possessive pronoun that names someone
            len(p.items) == 1 and p.items[0].kind == "pronoun" and p.items[0].text in pronouns
            and re.fullmatch(r"\s+(?:[^\W\d][\w-]*\s+){0,2}", s.text[p.end:pos])))
        and not s.text[p.end:pos].strip()[:1].isupper()
        and not any(_verbal(s.lex, w) for w in s.text[p.end:pos].split())]
    return owner[-1] if owner else None


def _governing(s: _Sentence, a: int, pos: int, verb_frames: list[Frame]) -> Frame | None:
    """The verb the noun stands with ("held talks", "reiste zu einem Besuch"), the last before it
    in its clause; who speaks of an event ("said the talks ...") does not govern it."""
    speech = s.lex.classes.get("speech", set())
    gov = [f for f in verb_frames if f.clause.start == a and f.predicate.start < pos
           and f.predicate.lemma not in speech]
    return gov[-1] if gov else None


def _lent(s: _Sentence, args: list[Argument], gov: Frame | None, a: int, pos: int, starts: list[int]) -> None:
    """The subject (and host) an event noun takes from its governing verb -- or, with none, from
    the phrase opening its clause -- unless it has an owner of its own."""
    subj = gov.get("subj") if gov else _bare_before(s, a, pos, starts)
    if gov and gov.predicate.lemma in s.lex.classes.get("hosting", set()):
        # "Biden will host Scholz for a state visit": the visit is the guest's, the host hosts it
        # (before object control: "invited Scholz for talks" is both)
        host, subj = subj, gov.get("obj")
        if host:
            args.insert(0, Argument("host", list(host), host[0].start, host[-1].end, inherited=True))
    elif gov and gov.predicate.lemma in s.lex.classes.get("object-control", set()):
        # "congratulated Lund on her re-election": the re-election is Lund's
        subj = gov.get("obj")
    # "attended the summit of the G20": who attends is at an event another (the G20) owns
    attending = gov is not None and gov.predicate.lemma in s.lex.classes.get("attending", set())
    if subj and (attending or not any(x.slot == "owner" for x in args)):
        args.insert(0, Argument("subj", list(subj), subj[0].start, subj[-1].end, inherited=True))


def _bare_before(s: _Sentence, a: int, pos: int, starts: list[int]) -> list[Mention]:
    """(No verb of the data governs the noun: "Lund had a telephone conversation with X".) The
    phrase that opens the clause before the noun, unless a preposition or another predicate
    stands between."""
    before = [p for p in s.phrases if a <= p.start and p.end <= pos]
    if not before or any(before[0].end <= x < pos for x in starts):
        return []
    p = before[0]
    if _marker(s, a, p, [])[0] is not None:
        return []
    return list(p.items)


def _first_start(s: _Sentence, lo: int, hi: int) -> int:
    return next((p.start for p in s.phrases if lo <= p.start and p.end <= hi), -1)


def sentence_frames(text: str, lang: str, lex: Lexicon, index: int, sent: Sentence, mentions: list[Mention],
                    timexes: list[Timex]) -> list[Frame]:
    """The frames of one sentence, in text order of their predicates."""
    forms, seen = lex.verbs, lex._seen  # the nouns' answers so far, looked in without a call per token
    if not any(t.text.lower() in forms or (seen[t.text] if t.text in seen else lex.noun(t.text))
               for t in sent.tokens):
        return []  # no verb or event noun of the data: nothing to build
    s = _Sentence(text, lang, lex, sent, mentions, timexes)
    verbs, nouns = _predicates(s)
    if not verbs and not nouns:
        return []
    starts = sorted([v.anchor(s.toks) for v in verbs] + [s.toks[i].start for i, _ in nouns])
    blockers = [s.toks[v.tok].start for v in verbs] + [s.toks[i].start for i, _ in nouns]
    saying = s.lex.classes.get("saying", set())
    frames = _verb_frames(s, index, verbs, blockers, [s.toks[i].start for i, lemma in nouns if lemma not in saying])
    frames += _noun_frames(s, index, nouns, frames, starts)
    return sorted(frames, key=lambda f: f.predicate.start)
