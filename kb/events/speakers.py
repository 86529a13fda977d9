"""Who speaks: the speaker of a statement or an announcement, and whether a speaker is a private person.

Language-neutral: the cues (who may follow a speaking verb, unnamed officials, what marks a private
person) are ``@`` lines of ``kb/lang/<iso>/events.txt``.
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
import re

from ..entities.words import function_words
from ..eventtypes import COMMUNICATION
from ..model import Event, Mention, Participant
from .context import Context, distance, is_actor, locative_before, previous_subject
from .dating import from_publication
from .phases import cues as _discourse_cues
from .rules import rules, source_rules

__all__ = ["SOURCE_GAP", "private_speaker", "quoted_self", "reported", "speaker", "spokesperson_named"]

# at most this many characters between "according to" and the source it names
SOURCE_GAP = 14


def speaker(ctx: Context, actors: list[Mention], s: int, e: int, lang: str, side: str | None = None,
            others: list[tuple[int, int]] = (), source: bool = False) -> Mention | None:
    """Who speaks at the speaking trigger ``[s, e)``.

    ``side="after"`` for a trigger its speaker follows ("according to X"); ``source`` for one that
    names the source of a report, whose phrase ends at its comma (the actor after it is reported). Where the language has an
    ``@speaker-after`` cue, a speaker follows a verb only after that cue ('", said X'); otherwise
    the actor after the verb is what is said ("officials said Biden would travel")."""
    opened = _source_clause(ctx, s, lang) if side is None else None
    if opened is None:
        return _speaker(ctx, actors, s, e, lang, side, others, source)
    # "Wie das Präsidialamt mitteilte, telefonierte X": the source is named inside its own clause;
    # the actor of the main clause after it is what is told, not who tells it
    found = _speaker(ctx, [m for m in actors if opened <= m.start and m.end <= s], s, e, lang, side, others, source)
    return found if found is not None and opened <= found.start and found.end <= s else None


def _speaker(ctx: Context, actors: list[Mention], s: int, e: int, lang: str, side: str | None,
             others, source: bool = False) -> Mention | None:
    pool, may_follow = _pool(ctx, actors, s, e, lang, side)
    pool = [m for m in pool if not _owner_of_subject(ctx, m, s, lang)]
    named = [m for m in pool if m.entities]
    shared = _shared_subject(ctx, named, s)
    if shared is not None:
        return shared
    if named:
        # "Laut Kreml sagte Putin": the source of a report does not say what it reports
        return _named(ctx, [m for m in named if not _reports(ctx, m, s, lang)] or named, s, e, lang)
    found = _country(ctx, s, e, lang, may_follow)
    if found is not None:
        return found
    found = _beyond(ctx, pool, s, e, lang, side, may_follow, others, source)
    return None if found is not None and for_company(ctx, found, lang) else found


def _shared_subject(ctx: Context, named: list[Mention], s: int) -> Mention | None:
    """"X called Y a liar and said ...": a speaking verb joined to an earlier verb shares its
    subject (the frame's inherited subject), not the object of that verb standing nearer."""
    frame = next((f for f in ctx.frames if f.predicate.start == s and not f.predicate.nominal), None)
    if frame is None:
        return None
    subj = next((a for a in frame.arguments if a.slot == "subj" and a.inherited and a.end <= s), None)
    if subj is None:
        return None
    return next((m for m in named if m.start == subj.start and m.end <= subj.end), None)


_OWNED_HEAD = re.compile(r"['’]s?((?:\s+[a-z][\w-]*){1,3})\s*,?\s*$")


def _owner_of_subject(ctx: Context, m: Mention, s: int, lang: str) -> bool:
    """Is the person ``m`` only the owner of the subject right before the verb at ``s`` ("a friend of
    Tom Varga's bodyguard said": the bodyguard's friend speaks, not Tom Varga)? Not where the owner
    speaks through what is owned (an ``@owner-speaks`` noun: "Tom Varga's spokesman said")."""
    if m.end > s or not m.entities or m.entities[0].kind != "person":
        return False
    head = _OWNED_HEAD.match(ctx.text[m.end:s])
    if head is None:
        return False
    through = rules(lang).cues.get("owner-speaks")
    return through is None or not through.search(head.group(1))


def _reports(ctx: Context, m: Mention, s: int, lang: str) -> bool:
    """Is ``m`` the source a source phrase other than the trigger at ``s`` names (the first actor
    after "laut", "according to"; the one right before "zufolge")?"""
    for rule in source_rules(lang):
        after = rule.options.get("speaker") == "after"
        for x in ctx.scan(rule.pattern):
            a, b = (x.end(), m.start) if after else (m.end, x.start())
            if x.start() != s and 0 <= b - a <= SOURCE_GAP and not ctx.mentions_in(a, b):
                return True
    return False


def _source_clause(ctx: Context, s: int, lang: str) -> int | None:
    """Where the opening words of a clause that names a source end ("Wie das Amt mitteilte,
    telefonierte X", "As the ministry said, X ..."), when the trigger at ``s`` closes such a clause
    (a comma follows within three words); else None."""
    cue = rules(lang).cues.get("source-clause")
    if cue is None:
        return None
    head = max(ctx.sentence.start, ctx.text.rfind(",", ctx.sentence.start, s) + 1)
    while head < s and ctx.text[head].isspace():
        head += 1
    m = cue.match(ctx.text, head, s)
    if m is None or re.match(r"\S*(?:\s+\S+){0,2}?\s*,", ctx.text[s:ctx.sentence.end]) is None:
        return None
    return m.end()


def for_company(ctx: Context, m: Mention, lang: str) -> bool:
    """Does the unnamed ``m`` speak for a company ("ein Sprecher der Bahn", "a spokeswoman for
    Siemens")? A company is no political actor: an ``@company`` word, or a name the gazetteer does
    not know, after an ``@speaks-for`` word."""
    joins, company = rules(lang).cues.get("speaks-for"), rules(lang).cues.get("company")
    if m.entities or joins is None or company is None:
        return False
    join = joins.match(ctx.text, m.end + 1) if ctx.text[m.end:m.end + 1] == " " else None
    if join is None:
        return False
    at = join.end() + 1
    if company.match(ctx.text, at):
        return True
    # a name the gazetteer does not know, right after the preposition ("for Siemens"; a noun after an
    # article may be any body: "des Ministeriums")
    determiners = function_words(lang, "determiner") | function_words(lang, "genitive")
    if join.group(0).split()[-1].lower() in determiners:
        return False
    word = re.match(r"[A-ZÄÖÜ][\w&-]+(?=[\s,.;:])", ctx.text[at:])
    return word is not None and not ctx.mentions_in(at, at + word.end())


def _pool(ctx: Context, actors: list[Mention], s: int, e: int, lang: str, side: str | None
          ) -> tuple[list[Mention], bool]:
    """The actors that may speak, and whether a speaker may follow the verb."""
    cue = rules(lang).cues.get("speaker-after")
    if side == "after":
        # the source stands right after the trigger ("laut Medienberichten trifft Scholz" has none),
        # maybe after a title of one or two capitalised words ("laut Generaldirektor X")
        return [m for m in actors if 0 <= m.start - e <= SOURCE_GAP or _titled_source(ctx, e, m)], True
    lead = ctx.text[max(ctx.sentence.start, s - 4):s]
    may_follow = cue is None or bool(cue.search(lead))
    if _set_off_setting(ctx, s, lang):
        # "X, speaking on condition of anonymity, said Y would ...", 'X, speaking on "This Week,"
        # said': the speaker stands before the set-off participle; who follows the verb is told
        may_follow = False
    elif not may_follow and lead.rstrip().endswith(","):
        # "The visit was postponed, said a spokesman" -- but "Scholz, the chancellor, said
        # Macron would ...": after a comma only where no one was named before it
        may_follow = not any(is_actor(m, speaking=True) for m in ctx.mentions_in(ctx.sentence.start, s)) \
            or _inverted(ctx, actors, e)
    elif may_follow and _apposition_before(ctx, s):
        # "Der Sonderberichterstatter, Pierre Blanc, forderte die EU auf": the person set off by
        # commas right before the verb is the subject; who follows the verb is addressed
        may_follow = False
    actors = [m for m in actors if not _dative(ctx, m, e, lang)]
    return (actors if may_follow else [m for m in actors if m.end <= s]), may_follow


_SET_OFF = re.compile(r",\s*(?P<phrase>[^,;:]+?(?:,[\"”’']|[\"”’'],|,))\s*$")


def _set_off_setting(ctx: Context, s: int, lang: str) -> bool:
    """Does a phrase opened by a ``setting`` participle of discourse.txt and set off by commas end
    right before the verb at ``s`` (", speaking on Latvian Radio, said", ', speaking on "Morning
    Hour," said'), after someone or something the sentence names before it?"""
    setting = _discourse_cues(lang).get("setting")
    hit = _SET_OFF.search(ctx.text, ctx.sentence.start, s)
    if setting is None or hit is None or not setting.match(hit.group("phrase")):
        return False
    return any(m.end <= hit.start() for m in ctx.mentions_in(ctx.sentence.start, hit.start()))


def _dative(ctx: Context, m: Mention, e: int, lang: str) -> bool:
    """Does a dative article (function-words ``dative``) open the phrase of ``m`` right after the
    verb ending at ``e`` -- the mention's first word, or the first of at most three words before it
    ("dankte dem Ministerpräsidenten", "dankte dem sächsischen Ministerpräsidenten X"; not "sagte in
    einem Interview X")? Such a phrase is no subject."""
    datives = function_words(lang, "dative")
    if not datives or m.start < e:
        return False
    gap = ctx.text[e:m.start].split()
    words = gap + ctx.text[m.start:m.end].split()
    return len(gap) <= 3 and bool(words) and words[0] in datives


def _inverted(ctx: Context, actors: list[Mention], e: int) -> bool:
    """"It is unlikely the case of X will close soon, said Y, a former adviser.": after a comma,
    an actor right after the verb that ends the sentence or is set off by a comma speaks (what is
    said stands before) -- not one that what is said goes on after ("X, the chancellor, said Y
    would come")."""
    return any(re.fullmatch(r"\s+", ctx.text[e:m.start]) and re.match(r"\s*(?:[.,;!?]|$)", ctx.text[m.end:ctx.sentence.end])
               for m in actors if m.start >= e)


def _titled_source(ctx: Context, e: int, m: Mention) -> bool:
    """Do only one or two capitalised words stand between the source trigger ending at ``e`` and
    ``m`` ("laut Generaldirektor X", "laut Bürgermeister X"), no word in lower case ("laut
    Medienberichten trifft X") and no other mention?"""
    gap = ctx.text[e:m.start]
    words = gap.split()
    return 0 < len(words) <= 2 and gap[:1].isspace() and gap[-1:].isspace() \
        and all(w[:1].isupper() for w in words) and not ctx.mentions_in(e, m.start)


def _apposition_before(ctx: Context, s: int) -> bool:
    """Does a named actor set off by commas (", Pierre Blanc,") end right before the verb at ``s``,
    with no quote before the verb (\'"...", sagte X\' is reported speech)?"""
    head = ctx.text[ctx.sentence.start:s]
    if not re.search(r",\s*$", head) or re.search(r"[\"“”„«»]", head):
        return False
    for m in ctx.mentions_in(ctx.sentence.start, s):
        if m.entities and is_actor(m, speaking=True) and re.fullmatch(r"\s*,\s*", ctx.text[m.end:s]) \
                and ("," in ctx.text[m.start:m.end]  # "Der Sprecher der Kommission, Tom Berg"
                     or re.search(r",\s*(?:[\w.-]+\s+){0,3}$", ctx.text[max(ctx.sentence.start, m.start - 40):m.start])):
            return True
    return False


def _named(ctx: Context, named: list[Mention], s: int, e: int, lang: str) -> Mention:
    """The named actor nearest the verb; "Marie Dupont of the X Institute said": the person
    heading the phrase speaks."""
    # "Nach dem Treffen mit Macron sagte Scholz": who stands in a prepositional phrase does not speak
    named = [m for m in named if not _oblique(ctx, m, lang)] or named
    best = min(named, key=lambda m: distance(m, s, e))
    if best.entities[0].kind != "person":
        head = [m for m in named if m.end <= best.start and m.entities[0].kind == "person"
                and re.fullmatch(r"\s*(?:\S{1,4}\s+){1,2}", ctx.text[m.end:best.start])
                and (ctx.text[m.end:best.start].split()[0] in function_words(lang, "owner")
                     | function_words(lang, "seat"))]
        if head:
            return head[-1]
        titled = _titled(ctx, named, best, s, lang)
        if titled is not None:
            return titled
        if best.start > e:
            # "sagte ein Sprecher des Auswärtigen Amts, Max Muster.": the person set off by commas
            # after the title, in the next clause
            after = [m for m in ctx.mentions_in(best.end, ctx.sentence.end) if m.entities
                     and m.entities[0].kind == "person" and _apposition(ctx, ctx.text[best.end:m.start], m)]
            if after:
                return after[0]
    return best


def _oblique(ctx: Context, m: Mention, lang: str) -> bool:
    """Is ``m`` the object of an ``@oblique`` preposition (at most three words between them, and no
    other mention but the earlier items of a list that ``m`` ends: "zwischen Scholz und Macron")?"""
    cue = rules(lang).cues.get("oblique")
    if cue is None:
        return False
    start = max(ctx.sentence.start, m.start - 80)
    joins = "|".join(re.escape(w) for w in function_words(lang, "listjoin"))
    listed = re.compile(rf"\s+(?:[\w-]+\s+){{0,3}}(?:\x00(?:\s*,\s*|\s+(?:{joins})\s+))*")
    for x in cue.finditer(ctx.text, start, m.start):
        gap = ctx.text[x.end():m.start]
        for other in sorted(ctx.mentions_in(x.end(), m.start), key=lambda o: -o.start):
            gap = gap[:other.start - x.end()] + "\x00" + gap[other.end - x.end():]
        if listed.fullmatch(gap):
            return True
    return False


def _titled(ctx: Context, named: list[Mention], best: Mention, s: int, lang: str) -> Mention | None:
    """"Foreign Ministry spokesman Tom Berg": the institution only qualifies the title of
    the person named right after it, who speaks (not across the verb: "the Kremlin said Putin")."""
    joins = function_words(lang, "listjoin") | function_words(lang, "owner") | function_words(lang, "seat")
    for m in named:
        gap = ctx.text[best.end:m.start]
        if m.start >= best.end and m.entities[0].kind == "person" and not best.end <= s < m.start \
                and re.fullmatch(r"(?:['’]s)?\s+(?:[\w-]+\s+){0,2}", gap) and not set(gap.split()) & joins:
            return m
    return None


def _apposition(ctx: Context, gap: str, m: Mention) -> bool:
    """A person set off by a comma right after a title, ending the clause (", Max Muster.")."""
    return bool(re.fullmatch(r",\s+", gap) and re.match(r"\s*(?:[,.;:]|$)", ctx.text[m.end:m.end + 2]))


def _country(ctx: Context, s: int, e: int, lang: str, may_follow: bool) -> Mention | None:
    """A country speaking for itself ("China erklärte") or through its officials ("Chinese
    officials said")."""
    cstart, cend = ctx.clause_of(s)
    determiners = function_words(lang, "determiner")
    countries = [m for m in ctx.mentions_in(cstart, cend) if m.kind == "name" and m.entities
                 and m.entities[0].kind == "country" and distance(m, s, e) <= 15
                 and (may_follow or m.end <= s) and not locative_before(ctx, m, lang)
                 # right at the verb ("China erklärte", "teilte der Vatikan mit"), not inside a
                 # name ("First of America Bank said") or after "to" ("the ambassador to Greece")
                 and all(w in determiners for w in ctx.text[min(m.end, e):max(m.start, s)].split())]
    if countries:
        return min(countries, key=lambda m: distance(m, s, e))
    officials = rules(lang).cues.get("officials")
    if officials is None:
        return None
    for m in ctx.mentions_in(cstart, cend):
        if m.kind in ("adjective", "name") and m.entities and m.entities[0].kind == "country" \
                and (may_follow or m.end <= s) and distance(m, s, e) <= 30:
            hit = officials.match(ctx.text, m.end + 1, s if m.end <= s else cend)
            if ctx.text[m.end:m.end + 1] == " " and hit is not None:
                return Mention(m.start, hit.end(), ctx.text[m.start:hit.end()], list(m.entities), "description")
    return None


def _fronted_country(ctx: Context, cstart: int, lang: str) -> list[Mention]:
    """A country's name opening the sentence and closed by the comma of an apposition ("Latvia,
    worried about the unrest, urged ..."): the country speaks for itself, as right at its verb."""
    names = [m for m in ctx.mentions_in(ctx.sentence.start, cstart) if m.kind == "name" and m.entities]
    if not names or names[0].entities[0].kind != "country" or ctx.text[names[0].end:names[0].end + 1] != ",":
        return []
    determiners = function_words(lang, "determiner")
    lead = ctx.text[ctx.sentence.start:names[0].start].split()
    return [names[0]] if all(w.lower() in determiners for w in lead) else []


_WHOLE_WORD = re.compile(r"(?<!\w)\w+(?!\w)")


def _beyond(ctx: Context, pool: list[Mention], s: int, e: int, lang: str, side: str | None, may_follow: bool,
            others, source: bool = False) -> Mention | None:
    """No one named at the verb: the sentence's subject before an apposition, a speaker in the next
    clause, an unnamed speaker, or the person a pronoun stands for."""
    cstart, cend = ctx.clause_of(s)
    unnamed_before = [m for m in pool if m.end <= s]
    if not pool and side != "after" and cstart > ctx.sentence.start and not ctx.text[cstart:s].strip(" ,;:–—-\"”’'"):
        # "Olaf Scholz, the chancellor, said ...", "Macron, who met Scholz on Monday, said ...": the
        # sentence's subject, before the apposition or the relative clause -- unless the subject's
        # own clause tells something else ("Scholz met Macron, and said")
        subject = [m for m in ctx.mentions_in(ctx.sentence.start, cstart) if is_actor(m, speaking=True)] \
            or _fronted_country(ctx, cstart, lang)
        if subject and not any(ctx.clause_index(a) == ctx.clause_index(subject[0].start) for a, _ in others
                               if ctx.sentence.start <= a < cstart):
            return _apposed(ctx, subject, s) or subject[0]
    # "sagte der Direktor des X, Alexander Gabuev, ...": the speaker is in the next clause; a
    # speaker further away is someone else (an unnamed "Regierungssprecher" is nobody we know)
    if side == "after" and source:
        # "according to sources quoted by X, Y had ...": who the sources are quoted by reports; the
        # actor of the clause after a source phrase closed by its comma is what is reported, not who
        # reports it ("according to officials, Y had ..."; but "nach eigenen Angaben traf X": X)
        found = pool[0] if pool else _quoted_by(ctx, e, lang)
        comma = ctx.text.find(",", e, ctx.sentence.end)
        if found is not None or (comma >= 0 and not any(is_actor(m, speaking=True) and m.entities
                                                         for m in ctx.mentions_in(e, comma))):
            return found
    i = ctx.clause_index(s)
    if may_follow and not unnamed_before and i + 1 < len(ctx.clauses):
        a, b = ctx.clauses[i + 1]
        near = [m for m in ctx.mentions_in(a, b) if is_actor(m, speaking=True) and m.entities]
        if near and near[0].start - ctx.clauses[i][1] <= 40:
            return _titled(ctx, near, near[0], s, lang) or near[0]
    # only an unnamed speaker ("ein Regierungssprecher")
    if pool:
        return min(pool, key=lambda m: distance(m, s, e))
    # "Danach schrieb er in seinem Blog": a pronoun nobody resolved is the last person named
    pronouns = function_words(lang, "pronoun")
    # whole words only ("the official told" holds no "he")
    near = [w.group(0) for w in _WHOLE_WORD.finditer(ctx.text, max(cstart, s - 12), min(cend, e + 12))]
    if pronouns and any(w in pronouns for w in near) and not ctx.heading:
        return previous_subject(ctx)
    return None


def _quoted_by(ctx: Context, e: int, lang: str) -> Mention | None:
    """The actor after an ``@agent`` word in the source phrase opened at ``e`` and closed by its
    comma ("according to sources quoted by Latvian Radio, ..."), or None."""
    agent = rules(lang).cues.get("agent")
    comma = ctx.text.find(",", e, ctx.sentence.end)
    if agent is None or comma < 0:
        return None
    for hit in agent.finditer(ctx.text, e, comma):
        named = [m for m in ctx.mentions_in(hit.end(), comma) if is_actor(m, speaking=True) and m.entities]
        if named:
            return named[0]
    return None


def _apposed(ctx: Context, subject: list[Mention], s: int) -> Mention | None:
    """"The spokesman for the ministry, Tom Berg, said", "The White House Press Secretary, Jane Doe,
    said", "Obama's spokesman, Tom Berg, said": a title (unnamed, an office, or a person's) heads the
    sentence and the person holding it stands between commas right before the verb -- that person
    speaks."""
    first = subject[0]
    if first.entities and first.entities[0].kind == "person" and ctx.text[first.end:first.end + 1] not in ("'", "’"):
        return None
    for m in subject[1:]:
        if m.entities and m.entities[0].kind == "person" and "," in ctx.text[first.end:m.end] \
                and not ctx.text[m.end:s].strip(" ,"):
            return m
    return None


# how far before / after a name a cue of a private person may stand
_PRIVATE_BEFORE = 40
_PRIVATE_AFTER = 80


def private_speaker(ctx: Context, parts: list[Participant], lang: str) -> bool:
    """Is the one who speaks a private person -- a witness, a resident, "Maria Lopez, 34," --
    rather than an office holder, an institution or an expert? Only a person the gazetteer does
    not know can be one, and only where the sentence naming them says so."""
    before = rules(lang).cues.get("private-before")
    after = rules(lang).cues.get("private-after")
    if not parts or (before is None and after is None):
        return False
    entity = parts[0].entity
    if entity is None or entity.qid or entity.kind != "person" or entity.offices:
        return False
    named = [m for ms in ctx.earlier + [ctx.mentions] for m in ms
             if m.kind == "name" and any(e.id == entity.id for e in m.entities)]
    for m in named[:1]:
        head = ctx.text[max(0, m.start - _PRIVATE_BEFORE):m.start]
        tail = ctx.text[m.end:m.end + _PRIVATE_AFTER]
        if (before is not None and before.search(head)) or (after is not None and after.match(tail)):
            return True
    return False


def reported(text: str, quote: tuple[int, int]) -> bool:
    """Is the quote ``[start, end)`` someone's speech, told with its speaker ('"We met on Monday,"
    she said', '„…“, sagte X', 'X said: "…"'), rather than a phrase set in quotes (a title, a
    slogan)? What reported speech tells is read like the rest of the text."""
    start, end = quote
    inner = text[start + 1:end - 1].rstrip()
    return end - start > 2 and (inner.endswith(",") or text[end:end + 2].lstrip().startswith(",")
                                or text[max(0, start - 3):start].rstrip().endswith(":"))


_COMMUNICATION = COMMUNICATION
_DAY_VALUE = re.compile(r"\d{4}-\d{2}-\d{2}$")


def said_on(timexes: list, quotes: list[tuple[int, int]], start: int, end: int, lang: str,
            dct: _dt.date | None) -> list:
    """The timexes of the sentence ``[start, end)`` with the relative days of a quote of reported
    speech read from the day it was said, when the sentence tells that day right after the quote
    or before it ('"We had good talks today," Scholz said on Monday': the talks were on Monday;
    'X said on Monday: "Tomorrow I travel to Kyiv"'), not from the publication day."""
    from .digest import reanchor

    for qs, qe in quotes:
        if not (start <= qs and qe <= end):
            continue
        outside = [t for t in timexes if not (qs <= t.start < qe) and _DAY_VALUE.match(t.value)
                   and not any(a <= t.start < b for a, b in quotes)]
        after = [t for t in outside if t.start >= qe]
        before = [t for t in outside if t.end <= qs]
        said = after[0] if after else before[-1] if before else None
        if said is None or said.earliest is None:
            continue
        inside = [t for t in timexes if qs <= t.start < qe]
        again = {id(t): r for t, r in zip(inside, reanchor(inside, lang, said.earliest, dct))}
        timexes = [again.get(id(t), t) for t in timexes]
    return timexes


# the granularities of a relative date read from the publication day even in what a saying says
_COARSE = frozenset({"week", "month", "year"})


def _closes(saying, said, frames: list) -> bool:
    """Does ``saying`` close its sentence, told with its day ``said`` as its own time argument, after
    a clause with a verb of its own ("X habe mit Y telefoniert, teilte sein Büro am Mittwoch mit";
    not "In a speech on Tuesday, X said ...")?"""
    return said in saying.times and any(
        not f.predicate.nominal and f.predicate.end <= saying.before.end for f in frames)


def said_in_clause(timexes: list, sayings: list, lang: str, dct: _dt.date | None, frames: list = ()) -> list:
    """The timexes of a sentence whose one speaking verb (``sayings``, :func:`kb.frames.sayings.
    sentence_sayings`) is dated by the one day of its own clause ("Ein Sprecher sagte am Montag,
    Scholz werde am Dienstag reisen", "Das Amt teilte am Montag mit, X reise am Dienstag nach Y"):
    the relative days after that clause -- what was said -- are read from the day it was said, not
    from the publication day (as :func:`said_on` does for a quote), and marked with it
    (``Timex.said``) so that no later reading turns them back. A saying that closes its sentence (no
    date after its clause) says what stands before its clause ("X habe am Vortag mit Y telefoniert,
    teilte sein Büro am Mittwoch mit": the Tuesday), the days it tells as done only (``frames``: the
    sentence's frames, to see a verb there)."""
    from .digest import reanchor

    if len(sayings) != 1:
        return timexes
    said = sayings[0].said
    if said is None or said.earliest is None or dct is None or said.earliest >= dct:
        return timexes
    # what follows the saying's clause, told to the day: a week, a month or a year ("werde nächste
    # Woche reisen") counts from publication, as the annotation conventions say
    outside = [t for t in timexes if t.start >= sayings[0].after.start and t.granularity not in _COARSE]
    if not outside and _closes(sayings[0], said, frames):
        # what a saying closing the sentence says as done stands before its clause
        outside = [t for t in timexes if t.end <= sayings[0].before.end and t.granularity not in _COARSE
                   and t.latest is not None and t.latest < dct]
    again = {id(t): r if r is t else dataclasses.replace(r, said=said.earliest)
             for t, r in zip(outside, reanchor(outside, lang, said.earliest, dct))}
    return [again.get(id(t), t) for t in timexes]


def quoted_self(events: list[Event], text: str, lang: str, quotes: list[tuple[int, int]], day_of) -> list[Event]:
    """What a quote of reported speech tells ('"We met Macron on Monday," Scholz said'), with the
    events of the document returned:

    * it is not the saying's occasion: a saying after its quote, dated only by an event told in it,
      is dated as one the text does not date (``day_of(ev)``: the day it is reported on);
    * the one who says "I" or "we" (an ``@self`` cue in the event's stretch, before its trigger)
      is the quote's speaker: they take part in a meeting or call told there, and a saying of
      theirs there ("I congratulate X") is the quoted saying itself, no event of its own."""
    cue = rules(lang).cues.get("self")
    inner: set[int] = set()  # the sayings the quotes' speakers make inside them
    for qs, qe in quotes:
        said = [ev for ev in events if ev.type in _COMMUNICATION and ev.evidence.start < qe and qs < ev.evidence.end
                and (ev.trigger is None or not qs <= ev.trigger.start < qe)]
        told = [ev for ev in events if ev.trigger is not None and qs <= ev.trigger.start < qe]
        _undate(said, [ev for ev in told if ev.type not in _COMMUNICATION], qe, day_of)
        if not said or not said[0].participants or said[0].participants[0].entity is None or cue is None:
            continue
        who = said[0].participants[0]
        for ev in told:
            if not _first_person(text, cue, qs, ev.trigger.start, ev.trigger.end):
                continue
            if ev.type in _COMMUNICATION:
                inner.add(id(ev))
            elif ev.type in _PARTIES and all(p.entity is None or p.entity.id != who.entity.id for p in ev.participants):
                ev.participants.insert(0, Participant(who.entity, who.label, None, who.span))
            elif ev.type in _CHOSEN and _said_of_self(text, cue, qs, ev.trigger.start, lang):
                # '"The moment I was elected prime minister, ..." Y said': Y was elected
                ev.participants = [Participant(who.entity, who.label, "winner", who.span)] + \
                    [p for p in ev.participants if p.role not in ("winner", None)]
    return [ev for ev in events if id(ev) not in inner]


# the events the one who says "we" takes part in without a role of their own ("we met X")
_PARTIES = {"Meeting", "PhoneCall", "Summit"}


# the events whose first role the one who says "I" fills when "I" is their doer ("I was elected")
_CHOSEN = {"Election", "ReElection"}


def _said_of_self(text: str, cue: re.Pattern, start: int, s: int, lang: str) -> bool:
    """Is the first person the subject right before the trigger at ``s`` ("I was elected", "we won
    the vote": at most two words between, no punctuation; the subject forms are the
    ``self-subject`` words of function-words.txt)?"""
    hits = list(cue.finditer(text, start, s))
    if not hits:
        return False
    between = text[hits[-1].end():s]
    return not re.search(r"[,.;:!?\"“”]", between) and len(between.split()) <= 2 \
        and hits[-1].group(0) in function_words(lang, "self-subject")


def _first_person(text: str, cue: re.Pattern, start: int, s: int, e: int) -> bool:
    """An ``@self`` cue in the stretch of the quote that ends in the trigger ``[s, e)`` (after the
    last punctuation before it)."""
    stretch = max((text.rfind(c, start, s) for c in ",.;:!?"), default=-1)
    return cue.search(text, max(start, stretch + 1), e) is not None


def _undate(said: list[Event], told: list[Event], qe: int, day_of) -> None:
    """A saying after its quote, dated by the context only to the day of an event the quote tells,
    is dated as one the text does not date."""
    for st in said:
        if st.date is not None and st.date.source == "context" and st.status == "past" \
                and st.trigger is not None and qe <= st.trigger.start \
                and any(ev.date is not None and ev.date.value == st.date.value for ev in told):
            st.date = from_publication(day_of(st), "past")



def said_again(events: list[Event], sentence_of, item_dates: dict) -> list[Event]:
    """'"That matter is under review," X said when asked Thursday. [...] X said that the agency
    acted appropriately.': the sayings in the past without a date of their own by a speaker whose
    saying the text dated before (within one digest item). They were said on that occasion (the
    merge joins them to it), not on a day that sentences in between name for something else
    ("found at sea last Thanksgiving"): no lead or occasion of a sentence before dates them."""
    dated: dict[str, Event] = {}
    out = []
    for ev in events:
        if ev.type not in _COMMUNICATION:
            continue
        who = {p.entity.id for p in ev.participants if p.entity is not None}
        if ev.date is None and ev.status == "past" and not ev.notes.present:
            before = [dated[w] for w in who if w in dated]
            if len(before) == 1 and item_dates.get(sentence_of(before[0])) == item_dates.get(sentence_of(ev)):
                out.append(ev)
        elif ev.date is not None and ev.date.source == "text" and ev.status == "past" and len(who) == 1:
            dated[next(iter(who))] = ev
    return out


# the kinds of entity that speak through a spokesperson
_BODY_KINDS = {"country", "government", "ministry", "office", "organisation"}


def spokesperson_named(events: list[Event], text: str, lang: str) -> list[Event]:
    """'A Defense Ministry spokesman said Monday that ... "We will remain," said spokesman Tom
    Becker.': a plain saying of one person named right after an ``@spokesperson`` noun, with no
    day told for it, in the sentence right after a plain saying of the same status by a body's
    spokesperson (a body named right before the noun, or a description holding it): one statement,
    the named person's, on the day the first tells."""
    cue = rules(lang).cues.get("spokesperson")
    if cue is None:
        return events
    dropped = []
    for b in events:
        named = _named_spokesperson(b, text, cue)
        if named is None or (b.date is not None and b.date.source in ("text", "context")):
            continue
        a = next((o for o in events if o is not b and o not in dropped and o.notes.sentence in (b.notes.sentence - 1, b.notes.sentence)
                  and o.participants and o.participants[0].span is not None
                  and o.participants[0].span.end < b.participants[0].span.start
                  and (o.type, o.subtype) == ("Statement", None) and o.status == b.status
                  and len(o.participants) == 1 and _through_spokesperson(o.participants[0], text, cue)), None)
        if a is not None:
            a.participants = [named]
            dropped.append(b)
    return [ev for ev in events if ev not in dropped]


def _named_spokesperson(ev: Event, text: str, cue: re.Pattern) -> Participant | None:
    """The one person of a plain saying, named right after a spokesperson noun ("said spokesman
    Tom Becker"), or None."""
    if (ev.type, ev.subtype) != ("Statement", None) or len(ev.participants) != 1:
        return None
    p = ev.participants[0]
    if p.entity is None or p.entity.kind != "person" or p.span is None:
        return None
    lead = text[max(0, p.span.start - 20):p.span.end]
    return p if any(re.fullmatch(r"\s*(?:[A-Z][\w.'’-]*\s*){1,4}", lead[m.end():]) for m in cue.finditer(lead)) else None


def _through_spokesperson(p: Participant, text: str, cue: re.Pattern) -> bool:
    """Does ``p`` speak through an unnamed spokesperson: a description holding the noun ("A
    Defense Ministry spokesman"), or a body named right before it ("A Pentagon spokesman")?"""
    if p.span is None:
        return False
    if p.entity is None:
        return bool(cue.search(p.label))
    return p.entity.kind in _BODY_KINDS and cue.match(text, p.span.end + 1) is not None \
        and text[p.span.end:p.span.end + 1] == " "
