"""In-document reference: short forms, "the two leaders", pronouns and metonyms.

Runs after :mod:`kb.entities.linker` has chosen the explicit mentions; adds the mentions that
point back to entities introduced earlier. Word lists come from ``kb/lang/<iso>/references.txt``
and ``metonyms.txt``.
"""

from __future__ import annotations

import bisect
import re
import re._parser as sre_parse
import unicodedata
from functools import lru_cache

from ..lang import read_lines
from ..model import Mention, Sentence
from .tables import Gazetteer
from .words import all_function_words, function_words
from .linker import Candidate

__all__ = ["resolve", "speech_owners"]

_KIND = {"name": "name", "description": "description", "adjective": "adjective",
         "institution": "description"}


@lru_cache(maxsize=None)
def _references(lang: str) -> list[tuple[str, re.Pattern, frozenset[str] | None]]:
    """(kind, pattern, gate) of each reference: the gate (:func:`_gate`) is strings one of which
    every match holds, lower-cased; a text without any of them is not searched. The pattern is
    compiled behind a lookahead for the characters its matches begin with
    (:func:`kb.temporal.prefilter.guarded`: the same matches; each is searched in a whole text)."""
    from ..temporal import programs
    from ..temporal.prefilter import guarded

    out = []
    for line in read_lines(lang, "references.txt"):
        kind, _, rx = line.partition("\t")
        if kind.strip() == "place":
            continue  # a preposition, read by _place_words
        source = rf"(?<![\w\-])(?:{rx.strip()})(?![\w\-])"
        pattern = programs.compile(source)
        out.append((kind.strip(), programs.compile(guarded(source) or source), _gate(pattern)))
    return out


@lru_cache(maxsize=None)
def _reference_places(lang: str) -> tuple[re.Pattern, tuple[re.Pattern | None, ...]] | None:
    """One pattern that matches where any reference of :func:`_references` matches (their
    alternation, the leading lookbehind they share first: one scan of a text for all of them,
    not one per reference), and each reference's first characters
    (:func:`kb.temporal.prefilter.first_characters`, letters allowed; None: any); None where
    the alternation would not be the same patterns side by side (a back reference, a named or
    conditional group) or a reference can match the empty string (a scan from place to place
    would miss what ``finditer`` finds after an empty match)."""
    from ..temporal import programs
    from ..temporal.prefilter import first_characters, guarded

    sources = [rx.strip() for kind, _, rx in (line.partition("\t") for line in read_lines(lang, "references.txt"))
               if kind.strip() != "place"]
    if not sources or not all(_plain_source(rx) for rx in sources):
        return None
    body = "|".join(f"(?:{rx})(?![\\w\\-])" for rx in sources)
    source = rf"(?<![\w\-])(?:{body})"
    firsts = tuple(first_characters(rf"(?<![\w\-])(?:{rx})(?![\w\-])", letters=True) for rx in sources)
    return (programs.compile(guarded(source) or source),
            tuple(None if f is None else programs.compile(f) for f in firsts))


def _plain_source(rx: str) -> bool:
    """Whether a reference's pattern can stand in an alternation unchanged and never matches the
    empty string: no back reference, no named or conditional group, no flags of its own."""
    try:
        parsed = sre_parse.parse(rx)
    except re.error:
        return False
    if parsed.state.groupdict or parsed.state.flags & ~re.UNICODE or parsed.getwidth()[0] == 0:
        return False
    return not re.search(r"\\[1-9]|\(\?\(|\(\?[aiLmsux-]", rx)


def _reference_hits(text: str, lang: str, live: list[bool]) -> list[list[re.Match]]:
    """``list(pattern.finditer(text))`` of each reference of :func:`_references` (``live``: those
    whose gate the text passes; the others none), found from one scan for the places where any
    matches (:func:`_reference_places`): at each, the references that may begin with its
    character are tried, each from where its last match ended."""
    refs = _references(lang)
    places = _reference_places(lang)
    if places is None or len(places[1]) != len(refs):
        return [list(pat.finditer(text)) if ok else [] for (_, pat, _), ok in zip(refs, live)]
    finder, firsts = places
    starting = _starting.setdefault(lang, {})
    out: list[list[re.Match]] = [[] for _ in refs]
    ends = [0] * len(refs)
    search = finder.search
    m = search(text)
    while m is not None:
        p = m.start()
        c = text[p]
        ks = starting.get(c)
        if ks is None:
            ks = starting[c] = tuple(k for k, f in enumerate(firsts) if f is None or f.match(c))
        for k in ks:
            if live[k] and p >= ends[k]:
                hit = refs[k][1].match(text, p)
                if hit is not None:
                    out[k].append(hit)
                    ends[k] = hit.end()
        m = search(text, p + 1)
    return out


# lang -> a character -> the references (indices) that may begin with it; only characters a
# reference begins with come here (where the scan found one), so it stays as small as their classes
_starting: dict[str, dict[str, tuple[int, ...]]] = {}


def refers_to_pair(text: str, pos: int, lang: str) -> bool:
    """Does a ``pair`` reference of references.txt ("the two leaders", "die beiden") begin at ``pos``?"""
    return any(kind == "pair" and pattern.match(text, pos) for kind, pattern, _ in _references(lang))


def _gate(pattern: re.Pattern) -> frozenset[str] | None:
    """The required strings of ``pattern`` (:func:`kb.temporal.prefilter.required_literals`),
    looked for in the lower-cased text; None (always search) for a pattern with case-folding
    flags (under which "ſ" matches "s") or a sigma (lower-cased by its context)."""
    from ..temporal.prefilter import required_literals

    if pattern.flags & re.IGNORECASE or re.search(r"\(\?[a-zA-Z-]*i", pattern.pattern):
        return None
    found = required_literals(pattern.pattern, min_len=1)
    if found is None or any(c in s for s in found for c in "σς"):
        return None
    return found


@lru_cache(maxsize=None)
def _metonym_verbs(lang: str) -> frozenset[str]:
    return frozenset(line.strip().lstrip("+") for line in read_lines(lang, "metonyms.txt") if not line.startswith("!"))


@lru_cache(maxsize=None)
def _place_prepositions(lang: str) -> frozenset[str]:
    return frozenset(line.strip()[1:] for line in read_lines(lang, "metonyms.txt") if line.startswith("!"))


def _free(mentions: list[Mention], start: int, end: int) -> bool:
    return not any(start < m.end and m.start < end for m in mentions)


def resolve(text: str, lang: str, chosen: list[Candidate], finder, gz: Gazetteer,
            sentences: list[Sentence]) -> list[Mention]:
    """Turn chosen candidates into mentions and add the back-references."""
    mentions = [Mention(c.start, c.end, text[c.start:c.end], list(c.entities), _KIND.get(c.kind, "name"))
                for c in chosen]
    _metonyms(text, lang, mentions, finder, gz)
    _named_in_full_later(mentions)
    _surname_of_the_text(mentions)
    _surname_not_place(text, lang, mentions)
    mentions += _short_forms(text, lang, mentions)
    mentions.sort(key=lambda m: m.start)
    mentions += _pairs_and_pronouns(text, lang, mentions, sentences)
    mentions.sort(key=lambda m: m.start)
    return mentions


def _named_in_full_later(mentions: list[Mention]) -> None:
    """"Readout of the President's Call with Prime Minister Meier" over "... spoke today with Prime
    Minister Jonas Meier": a person the gazetteer does not know, named by one word before the text
    names in full the one person whose short form it is, is that person."""
    full: dict[str, dict] = {}
    for m in mentions:
        for ent in m.entities:
            if ent.kind == "person" and len(ent.name.split()) >= 2:
                for short in _short_candidates(ent.name):
                    full.setdefault(short, {})[ent.id] = ent
    if not full:
        return
    for m in mentions:
        if len(m.entities) == 1 and m.entities[0].kind == "person" and m.entities[0].id.startswith("local:") \
                and len(m.entities[0].name.split()) == 1 and len(full.get(m.entities[0].name, ())) == 1:
            m.entities = list(full[m.entities[0].name].values())


def _surname_of_the_text(mentions: list[Mention]) -> None:
    """"Der Abgeordnete Hans Scholz ... sagte Scholz": a surname alone that the gazetteer links to
    a known person is the one person the text named in full with it before -- unless the text
    named the known person in full before it too (then the gazetteer's reading stands)."""
    full: dict[str, dict] = {}
    named: set[str] = set()
    for m in sorted(mentions, key=lambda x: x.start):
        if len(m.entities) == 1 and m.entities[0].kind == "person":
            ent = m.entities[0]
            if " " in m.text.strip():
                named.add(ent.id)
                for short in _short_candidates(ent.name):
                    full.setdefault(short, {})[ent.id] = ent
                continue
            others = [e for e in full.get(m.text, {}).values() if e.id != ent.id]
            if m.kind == "name" and ent.id not in named and len(others) == 1 and len(full[m.text]) == 1:
                m.entities = others


def _surname_not_place(text: str, lang: str, mentions: list[Mention]) -> None:
    """"Der Spitzenkandidat Luís Montenegro ... ", sagte Montenegro": a surname alone that the
    gazetteer reads as a place is the one person the text named in full with it before, where it
    speaks -- right before or after a verb of ``metonyms.txt``, not after a place preposition ("in
    Montenegro") or a list word ("Serbia and Montenegro said")."""
    full: dict[str, dict] = {}
    verbs, preps = _metonym_verbs(lang), _place_prepositions(lang)
    joins = function_words(lang, "listjoin")  # "Serbia and Montenegro said": the country
    for m in sorted(mentions, key=lambda x: x.start):
        if len(m.entities) != 1:
            continue
        ent = m.entities[0]
        if ent.kind == "person" and " " in m.text.strip():
            for short in _short_candidates(ent.name):
                full.setdefault(short, {})[ent.id] = ent
        elif ent.kind in ("country", "city") and m.kind == "name" and len(full.get(m.text, ())) == 1:
            before = re.search(r"(\w+)\W*$", text[max(0, m.start - 30):m.start])
            after = re.match(r"\s+(\w+)", text[m.end:m.end + 30])
            if (before and before.group(1) in preps | joins) or not any(w and w.group(1) in verbs for w in (before, after)):
                continue
            m.entities = list(full[m.text].values())


def _metonyms(text, lang, mentions, finder, gz) -> None:
    """A capital as the subject of a verb of ``metonyms.txt`` ("Beijing said") stands for its
    government, and so does a capital listed with it ("Moscow and Beijing signed")."""
    verbs = _metonym_verbs(lang)
    joins = function_words(lang, "listjoin")
    capitals = [m for m in mentions if m.kind == "name" and len(m.entities) == 1
                and gz.has_tag(m.entities[0].id, "capital") and m.entities[0].country]
    # from the last: a capital before "and" takes the reading of the one after it
    turned: set[int] = set()
    for m in reversed(capitals):
        after = re.match(r"\s+(\w+)", text[m.end:m.end + 30])
        before = re.search(r"(\w+)\s+$", text[max(0, m.start - 30):m.start])
        if before and before.group(1) in _place_prepositions(lang):
            continue
        join = re.match(r"\s*,?\s+(\w+)\s+", text[m.end:m.end + 30])
        listed = join is not None and join.group(1) in joins and any(
            x.start == m.end + join.end() and id(x) in turned for x in capitals)
        if listed or (after and after.group(1) in verbs) or (before and before.group(1) in verbs):
            country = gz.get(m.entities[0].country)
            gov = _hosted(m.entities[0].id, mentions, gz) or gz.tagged("government", m.entities[0].country) or (
                finder._synthesise("government", country) if country else None)
            if gov is not None:
                m.entities = [gov]
                m.kind = "metonym"
                turned.add(id(m))


_HOSTS = "hosts:"


def _hosted(city: str, mentions: list[Mention], gz: Gazetteer):
    """The organisation seated in ``city`` (its ``hosts:ID`` tags, sorted) that the
    document names: "Brussels said" in a text about the Commission is the Commission."""
    named = {e.id for x in mentions if x.kind != "metonym" for e in x.entities}
    for tag in sorted(gz.tags.get(city, ())):
        if tag.startswith(_HOSTS) and tag[len(_HOSTS):] in named:
            return gz.get(tag[len(_HOSTS):])
    return None


@lru_cache(maxsize=1)
def _particle_words() -> frozenset[str]:
    """The words of the name particles, lower-case ("van", "der", "von")."""
    from .linker import name_parts

    return frozenset(w.lower() for p in name_parts().get("particle", ()) for w in p.split())


_JOINED_PARTICLE = re.compile(r"[a-z]{1,3}[-'’][A-Z][\w'’-]+")


@lru_cache(maxsize=8192)  # a gazetteer person's forms are looked at in every document naming them
def _short_candidates(name: str) -> tuple[str, ...]:
    """The parts of a full name that stand for it alone later: the last name, and a first part that
    is no given name (a family name first: "Moon" for "Moon Jae-in", "Wang" for "Wang Yi")."""
    from .linker import given_names

    parts = name.split()
    if len(parts) < 2:
        return ()
    out = []
    last = parts[-1].rstrip(".")
    # a surname joined to a lower-case particle ("al-Sharaa", "d'Estaing") stands alone as well
    if len(last) >= 3 and (last[0].isupper() or _JOINED_PARTICLE.fullmatch(last)):
        out.append(last)
    # news write the surname without its article as well ("Sudani" for "al-Sudani")
    if _JOINED_PARTICLE.fullmatch(last) and "-" in last[:4] and len(last.split("-", 1)[1]) >= 4:
        out.append(last.split("-", 1)[1])
    particles = _particle_words()
    lead = next((i for i in range(1, len(parts) - 1) if parts[i].lower() in particles), None)
    if lead is not None:
        out.insert(0, " ".join(parts[lead:]))  # "Van der Bellen", "von der Leyen"
    first = parts[0]
    # a family name of two letters counts too ("Li" for "Li Qiang"): one capital, one small letter
    if (len(first) >= 3 or (len(first) == 2 and first[1].islower())) and first[0].isupper() and first.isalpha() \
            and first not in given_names() and not first.endswith(".") and first != last:
        out.append(first)
    return tuple(out)


def _plain_letters(word: str) -> str:
    """The word without the marks on its letters ("Vučić" -> "Vucic"); letters with no plain form
    ("ß", "ø", "ł") stay."""
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


def _short_forms(text, lang, mentions) -> list[Mention]:
    """"Putin" after "Wladimir Putin", "Gabuev" after "Alexander Gabuev"."""
    forms: dict[str, tuple[int, object]] = {}
    for m in mentions:
        for ent in m.entities:
            if ent.kind != "person":
                continue
            names = ent.forms
            for name in names:
                # written without its diacritics too ("Babis" for "Babiš", "Vucic" for "Vučić")
                for short in dict.fromkeys(x for c in _short_candidates(name) for x in (c, _plain_letters(c))):
                    if len(short) < 3 and short.lower() in all_function_words(lang):
                        continue  # "To" for "To Lam": a word of the language, not a name
                    inflected = [short + x for x in function_words(lang, "name-suffix") if short[-1] not in "sxzß"]
                    # "al-Sharaa" opening a sentence is written "Al-Sharaa"
                    opening = [short[0].upper() + short[1:]] if short[0].islower() else []
                    for form in [short] + inflected + opening:
                        if form not in forms:
                            forms[form] = (m.start, ent)
    if not forms:
        return []
    out = []
    for start, form in _whole_words(text, sorted(forms, key=len, reverse=True)):
        first, ent = forms[form]
        if start <= first or not _free(mentions + out, start, start + len(form)):
            continue
        out.append(Mention(start, start + len(form), form, [ent], "name"))
    return out


def _whole_words(text: str, forms: list[str]) -> list[tuple[int, str]]:
    """(start, form) of what ``(?<![\\w\\-])(?:FORM1|FORM2|...)(?![\\w\\-])`` (the forms escaped,
    in the order given) finds in ``text``, found with ``str.find`` (a document's names make a new
    pattern each time, and compiling it cost more than the search).

    >>> _whole_words("Ana Lind met Lind; Lindqvist not.", ["Ana Lind", "Lind"])
    [(0, 'Ana Lind'), (13, 'Lind')]
    """
    chosen: dict[int, str] = {}  # where a match can start -> the first form that matches there
    n = len(text)
    for form in forms:
        i = text.find(form)
        while i >= 0:
            after = i + len(form)
            if i not in chosen and (i == 0 or not _word_char(text[i - 1])) \
                    and (after == n or not _word_char(text[after])):
                chosen[i] = form
            i = text.find(form, i + 1)
    out, free_from = [], 0
    for i in sorted(chosen):  # leftmost first, each search going on after the last match
        if i >= free_from:
            out.append((i, chosen[i]))
            free_from = i + len(chosen[i])
    return out


def _word_char(c: str) -> bool:
    """``[\\w\\-]`` of a regex over text (\\w: a letter, digit or number character, or "_")."""
    return c.isalnum() or c == "_" or c == "-"


def _sentence_index(sentences, text):
    if sentences:
        return [s.start for s in sentences]
    return [0] + [m.end() for m in re.finditer(r"[.!?]\s+", text)]


def _pairs_and_pronouns(text, lang, mentions, sentences) -> list[Mention]:
    starts = _sentence_index(sentences, text)
    persons = [m for m in mentions if m.entities and all(e.kind == "person" for e in m.entities)]
    out: list[Mention] = []
    pending: list[tuple[int, int, str]] = []
    low = text.lower()
    refs = _references(lang)
    # no match can be in a text without a string of the gate
    live = [gate is None or any(map(low.__contains__, gate)) for _, _, gate in refs]
    for (kind, _, _), hits in zip(refs, _reference_hits(text, lang, live)):
        for hit in hits:
            s, e = hit.start(), hit.end()
            if kind == "pair":
                # "die beiden Staatschefs" is a pair even though "Staatschefs" alone is a role noun
                for m in [m for m in mentions if s < m.end and m.start < e and m.kind == "description"]:
                    mentions.remove(m)
            if not (_free(mentions, s, e) and _free(out, s, e)):
                continue
            if kind == "pair":
                ents = _pair(text, lang, [m for m in persons if m.end <= s], starts, s)
                if ents:
                    out.append(Mention(s, e, hit.group(0), ents, "group"))
            elif kind == "sides":
                ents = _sides(text, lang, mentions, starts, s)
                if ents:
                    out.append(Mention(s, e, hit.group(0), ents, "group"))
            elif kind in ("pronoun", "object"):
                pending.append((s, e, hit.group(0), kind))
            elif kind == "country":
                ent = _country_before(mentions, starts, s)
                if ent is not None:
                    out.append(Mention(s, e, hit.group(0), [ent], "pronoun"))
            elif kind == "epithet":
                ent = _protagonist([m for m in persons if m.end <= s])
                if ent is not None:
                    out.append(Mention(s, e, hit.group(0), [ent], "pronoun"))
                    persons.append(out[-1])
    _resolve_pronouns(text, lang, sorted(pending), mentions, persons, starts, out)
    return out


def _resolve_pronouns(text: str, lang: str, pending: list[tuple[int, int, str, str]], mentions: list[Mention],
                      persons: list[Mention], starts: list[int], out: list[Mention]) -> None:
    """The pronouns ``pending`` in text order, each resolved one added to ``out`` and counting as
    a mention of its person for the next."""
    for s, e, surface, kind in pending:
        if not (_free(mentions, s, e) and _free(out, s, e)):
            continue
        before = sorted([m for m in persons if m.end <= s], key=lambda m: m.start)
        ent = None
        if kind == "object":
            # "Scholz welcomed him": not the subject of its own sentence; "Modi spoke with Putin and
            # invited him": the partner of a clause before it in the sentence, joined by "and"
            idx = bisect.bisect_right(starts, s) - 1
            own_start = starts[idx] if idx >= 0 else 0
            ent = _object_of_clause_before(text, lang, [m for m in before if m.start >= own_start], s)
            before = [m for m in before if m.start < own_start]
        if before and kind == "pronoun" and _speaks(text, lang, s, e):
            ent = _last_speaker(text, lang, before, starts, s)
        ent = ent or (_subject(before, starts, s) if before else None)
        if ent is not None:
            mention = Mention(s, e, surface, [ent], "pronoun")
            out.append(mention)
            persons.append(mention)


def _object_of_clause_before(text: str, lang: str, own: list[Mention], pos: int):
    """The person an object pronoun at ``pos`` stands for within its own sentence: the last one
    named before it, other than the sentence's first (its subject), with a joining word ("and",
    "und": the listjoin function words) between them -- named in a clause before the pronoun's,
    not as the subject of the pronoun's own ("Scholz met Macron and Putin called him": Macron)."""
    joins = function_words(lang, "listjoin")
    for m in reversed(own[1:]):
        gap = text[m.end:pos].split()
        if len(m.entities) == 1 and any(w in joins for w in gap):
            return m.entities[0]
    return None


def _pair(text: str, lang: str, before: list[Mention], starts: list[int], pos: int) -> list:
    """The two persons "the two leaders" at ``pos`` stands for: the first two of the nearest
    sentence that names two who do not speak there (a subject and its partner come first; one
    named after them, whom they talked about, is no party; nor is who reports it: "X said",
    "sagte X"), else the last two named before."""
    from .linker import speech_verbs

    verbs = speech_verbs(lang)
    idx = bisect.bisect_right(starts, pos) - 1
    for k in range(idx, -1, -1):
        lo, hi = starts[k], starts[k + 1] if k + 1 < len(starts) else pos
        ents: list = []
        for m in before:
            if not lo <= m.start < hi:
                continue  # (the words around a mention are read only for those of this sentence)
            after = re.match(r"\s+(\w+)", text[m.end:m.end + 30])
            said = re.search(r"(\w+)\s+$", text[max(0, m.start - 30):m.start])
            if not any(x is not None and x.group(1) in verbs for x in (after, said)):
                ents += [x for x in m.entities if x not in ents]
        if len(ents) >= 2:
            return ents[:2]
    ents = []
    for m in reversed(before):
        ents += [x for x in m.entities if x not in ents]
    return ents[:2][::-1] if len(ents) >= 2 else []


_PARTY_KINDS = ("person", "country", "organisation", "government")


def _sides(text: str, lang: str, mentions: list[Mention], starts: list[int], pos: int) -> list:
    """"the two sides", "beide Seiten": the two parties of the nearest sentence (the reference's own,
    before it, or up to two earlier ones) that names two -- persons if it names two, else countries,
    organisations or governments (a country after a ``place`` preposition is where, not who)."""
    idx = bisect.bisect_right(starts, pos) - 1
    for k in range(idx, max(-1, idx - 3), -1):
        lo = starts[k] if k >= 0 else 0
        hi = min(starts[k + 1] if k + 1 < len(starts) else pos, pos)
        found = two_parties(text, lang, [m for m in mentions if lo <= m.start and m.end <= hi])
        if found:
            return found
    return []


def two_parties(text: str, lang: str, mentions: list[Mention]) -> list:
    """The two parties among the mentions of one sentence, as "the two sides" reads them: the last
    two persons if it names two, else the first two countries, organisations or governments (a
    country after a ``place`` preposition is where, not who); [] when it names fewer."""
    place = _place_words(lang)
    found: list = []
    for m in mentions:
        if len(m.entities) != 1 or m.kind == "adjective":
            continue
        ent = m.entities[0]
        before = re.search(r"(\w+)\s+(?:\w+\s+)?$", text[max(0, m.start - 25):m.start])
        if ent.kind not in _PARTY_KINDS or ent in found \
                or (ent.kind == "country" and before is not None and place.fullmatch(before.group(1))):
            continue
        found.append(ent)
    people = [x for x in found if x.kind == "person"]
    if len(people) >= 2:
        return people[-2:]
    others = [x for x in found if x.kind != "person"]
    return others[:2] if len(others) >= 2 else []


@lru_cache(maxsize=None)
def _place_words(lang: str) -> re.Pattern:
    """The ``place`` lines of references.txt: prepositions after which a country is a place."""
    forms = [rx.strip() for kind, _, rx in (line.partition("\t") for line in read_lines(lang, "references.txt"))
             if kind.strip() == "place"]
    return re.compile("|".join(f"(?:{f})" for f in forms) or "(?!)")


# how many sentences back "the country" may find the country it stands for
_COUNTRY_REACH = 2


def _country_before(mentions: list[Mention], starts: list[int], pos: int):
    """The country "the country" / "das Land" at ``pos`` stands for: the first country named by
    its name in its own sentence before it, else in one of the two sentences before ("Vietnam is
    one of Germany's main partners. Scholz visited the country in 2022": Vietnam); none when no
    country is named there."""
    idx = bisect.bisect_right(starts, pos) - 1
    for k in range(idx, max(-1, idx - _COUNTRY_REACH - 1), -1):
        lo = starts[k] if k >= 0 else 0
        hi = min(starts[k + 1] if k + 1 < len(starts) else pos, pos)
        for m in mentions:
            if lo <= m.start and m.end <= hi and m.kind == "name" and len(m.entities) == 1 \
                    and m.entities[0].kind == "country":
                return m.entities[0]
    return None


def _speaks(text: str, lang: str, s: int, e: int) -> bool:
    """Is the word at ``[s, e)`` the subject of a verb of saying next to it: after it (", he
    added", "Er sagte"), or before it right after what is said (", fügte er hinzu"; not "said he
    is cutting", where it is the subject of what is said)?"""
    from .linker import speech_verbs

    verbs = speech_verbs(lang)
    after = re.match(r"\s+(\w+)", text[e:e + 30])
    said = re.search(r"[,\"“”„»«]\s*(\w+)\s+$", text[max(0, s - 30):s])
    return any(x is not None and x.group(1) in verbs for x in (after, said))


def _last_speaker(text: str, lang: str, before: list[Mention], starts: list[int], pos: int):
    """The person a pronoun subject of a verb of saying at ``pos`` stands for when the sentence
    before it (or its own, before it) reports a saying: its speaker ("Putin will visit India,
    spokesman Peskov said. The dates are being agreed, he added": Peskov, not Putin). None when
    that sentence has no person who speaks."""
    idx = bisect.bisect_right(starts, pos) - 1
    for k in (idx, idx - 1):
        if k < 0:
            return None
        lo = starts[k]
        hi = starts[k + 1] if k + 1 < len(starts) else pos
        speakers = [m for m in before if lo <= m.start < min(hi, pos) and _speaks(text, lang, m.start, m.end)]
        if speakers:
            first = next(m for m in before if lo <= m.start)
            between = text[first.end:speakers[-1].start]
            if first is not speakers[-1] and len(between.split()) <= 2 and not re.search(r"[,;:]", between):
                return first.entities[0]  # "Jon Aas at First Boston said": the speaker is the head
            return speakers[-1].entities[0]
        if any(lo <= m.start < min(hi, pos) for m in before):
            return None  # the nearest sentence with a person names no speaker: the usual reading
    return None


def _protagonist(before: list[Mention]):
    """The person an epithet ("der 78-Jährige", "the Republican") refers back to: the one the
    text has named most often so far, of several so named the first named -- the person the story
    is about, not the one named last ("X was sworn in. Y congratulated X. The 78-year-old had
    won ...": X)."""
    count: dict[str, int] = {}
    first: dict[str, tuple[int, object]] = {}
    for m in before:
        if len(m.entities) != 1:
            continue
        ent = m.entities[0]
        count[ent.id] = count.get(ent.id, 0) + 1
        first.setdefault(ent.id, (m.start, ent))
    if not count:
        return None
    best = max(count, key=lambda k: (count[k], -first[k][0]))
    return first[best][1]


def _subject(before: list[Mention], starts: list[int], pos: int):
    """The person a pronoun at ``pos`` most likely refers to: the first person of its own
    sentence before it, else the first person of the nearest earlier sentence that has one."""
    idx = bisect.bisect_right(starts, pos) - 1
    while idx >= 0:
        lo = starts[idx]
        hi = starts[idx + 1] if idx + 1 < len(starts) else pos + 1
        in_sentence = [m for m in before if lo <= m.start < min(hi, pos)]
        if in_sentence:
            return in_sentence[0].entities[0]
        idx -= 1
    return None


# what may stand right before a possessive that opens a sentence or a quote (a capitalised German
# "Ihre" there may be "their"): such a possessive is left alone
_OPENING = re.compile(r"(?:^|[.!?:\"“”„«»]\s*)$")


def speech_owners(analysis) -> list[Mention]:
    """"your" / "my" in a turn of speech ("Anna Berg: Mr President, since your election ..."):
    a pronoun mention of the one spoken to / the one speaking, so that an event noun after it
    belongs to that person (the turns, speaker and addressee of :mod:`kb.claims.speech`; the
    words are the ``addressee-owner`` and ``speaker-owner`` lines of claims.txt)."""
    from ..claims import speech
    from ..claims.lexicon import lexicon

    lang = analysis.document.lang
    try:
        lex = lexicon(lang)
    except Exception:  # a language without claims data has no turns
        return []
    text, out = analysis.text, []
    if not speech.turns(analysis, lex):
        return []
    for pat, who in ((lex.addressee_owner, speech.addressee), (lex.speaker_owner, speech.speaker)):
        if pat is None:
            continue
        for hit in re.finditer(rf"(?<![\w-])(?:{pat.pattern})(?![\w-])", text):
            s, e = hit.span()
            if _OPENING.search(text[max(0, s - 3):s]) or not _free(analysis.mentions + out, s, e):
                continue
            person = who(analysis, lex, s)
            if person is not None and person.entity is not None:
                out.append(Mention(s, e, hit.group(0), [person.entity], "pronoun"))
    return out

