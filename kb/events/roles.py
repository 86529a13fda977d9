"""Who did what where: participants with roles, the place, and the timex that dates a trigger."""

from __future__ import annotations

import re
from functools import lru_cache
from dataclasses import dataclass, field
from typing import NamedTuple

from ..entities.words import function_words
from ..model import Mention, Participant, Span
from .context import Context, is_actor, is_place, locative_before, persons, previous_subject
from .context import distance as _dist
from .speakers import speaker as _speaker
from .rules import Rule, rules

__all__ = ["assign", "is_seat_entity", "is_summit_body", "object_follows", "office_for",
           "partner_follows"]


def is_seat_entity(entity) -> bool:
    from ..entities import gazetteer

    return entity is not None and gazetteer().has_tag(entity.id, "seat")

def is_summit_body(entity) -> bool:
    """A body of states whose members meeting as that body hold a summit (NATO, the G7, the EU)."""
    from ..entities import gazetteer

    return entity is not None and gazetteer().has_tag(entity.id, "summit")


_INSTITUTIONS = {"ministry", "agency", "government"}
_PRINCIPAL_GAP = 25  # characters from "on behalf of" to the one sent for


def _participants(m: Mention, role: str | None) -> list[Participant]:
    if not m.entities:  # an unlinked description ("ein Regierungssprecher")
        return [Participant(entity=None, label=m.text, role=role, span=m.span)]
    return [Participant(entity=e, label=m.text, role=role, span=m.span) for e in m.entities]


def _cue_ends(ctx: Context, cue: str, lang: str, start: int, end: int) -> list[int]:
    pat = rules(lang).cues.get(cue)
    if pat is None:
        return []
    # a cue inside a name ("Ursula von der Leyen") is no cue
    return [m.end() for m in pat.finditer(ctx.text, start, end) if not ctx.quoted(m.start())
            and not any(x.start <= m.start() < x.end for x in ctx.mentions)]


def _is_after(m: Mention, cue_ends: list[int]) -> bool:
    return any(ce <= m.start <= ce + 60 for ce in cue_ends)


def _place(ctx: Context, ms: list[Mention], s: int, e: int, lang: str, used: set[Span],
           direct_object: bool) -> Participant | None:
    """A place after a locative preposition ("nach Peking", "to the White House"); a visit's
    direct object ("die chinesische Hauptstadt besuchen") counts as well."""
    places = [m for m in ms if is_place(m) and m.span not in used]
    if not places:
        return None
    pat = rules(lang).cues.get("locative")
    def locative(m: Mention) -> bool:
        if pat is None:
            return False
        before = ctx.text[max(0, m.start - 14):m.start]
        determiners = function_words(lang, "determiner")
        return any(x.end() == len(before.rstrip()) or before[x.end():].strip() in determiners
                   or not before[x.end():].strip() for x in pat.finditer(before))
    marked = [m for m in places if locative(m)]
    if marked:
        after = [m for m in marked if m.start >= e]
        m = after[0] if after else marked[0]
    elif direct_object:
        after = [m for m in places if m.start >= s - 60]
        m = after[0] if after else places[0]
    else:
        return None
    return Participant(entity=m.entities[0], label=m.text, role=None, span=m.span)


def _dedupe(parts: list[Participant]) -> list[Participant]:
    out, seen = [], set()
    for p in parts:
        key = p.entity.id if p.entity else p.label
        if key not in seen:
            seen.add(key)
            out.append(p)
    return out


def _own(actors: list[Mention], s: int, e: int, others: list[tuple[int, int]]) -> list[Mention]:
    """The actors nearer to this trigger than to any other trigger of the sentence."""
    mine = [m for m in actors if all(_dist(m, s, e) <= _dist(m, os_, oe) for os_, oe in others)]
    return mine or actors



@dataclass
class _Job:
    """One role assignment: the trigger, its clause and the actors that may take part."""

    rule: Rule
    ctx: Context
    s: int
    e: int
    lang: str
    ms: list[Mention]
    actors: list[Mention]
    floor: int
    others: list[tuple[int, int]]
    same_clause: list[tuple[int, int]]
    speaking: list[tuple[int, int]]
    cstart: int
    cend: int
    parts: list[Participant] = field(default_factory=list)
    used: set[Span] = field(default_factory=set)  # the spans of the mentions that took a role
    place_is_object: bool = False
    host_country: str | None = None
    place: Participant | None = None
    done: bool = False  # the mode has decided the place itself


def _mode_hosting(job: _Job) -> None:
    """A visit told with a hosting verb ("Obama will host Xi for a state visit"): the host hosts,
    the hosted visits."""
    ctx, s, lang, actors, cstart = job.ctx, job.s, job.lang, job.actors, job.cstart
    hosting = _cue_ends(ctx, "hosting", lang, cstart, s)
    job.place_is_object = True
    before = [m for m in actors if m.end <= hosting[0]]
    after = [m for m in actors if m.start >= hosting[0]]
    for m in before[-1:]:
        job.parts += _participants(m, "host")
    for m in after[:1]:
        job.parts += _participants(m, "guest")
    job.used = {m.span for m in before[-1:] + after[:1]}
    job.host_country = before[-1].entities[0].country if before and before[-1].entities else None


def _mode_visit(job: _Job) -> None:
    """A visit: the owner of the visit noun, the doer or the first person visits; who is named after a host cue hosts."""
    ctx, s, lang, actors = job.ctx, job.s, job.lang, job.actors
    floor, rule, cstart, cend = job.floor, job.rule, job.cstart, job.cend
    job.place_is_object = True
    host_ends = _cue_ends(ctx, "host", lang, cstart, cend)
    agent_ends = _cue_ends(ctx, "agent", lang, cstart, cend)
    hosts = [m for m in actors if _is_after(m, host_ends)]
    # a ministry, an agency or a government announces a trip; it does not make one
    free = [m for m in actors if m not in hosts and not (m.entities and m.kind != "metonym"
            and m.entities[0].kind in _INSTITUTIONS)]
    agents = [m for m in free if _is_after(m, agent_ends)]
    # "Mr. Blair's current visit", "Putins erster Besuch": the owner of the visit noun visits
    owner = [m for m in persons(free) if rule.nominal and 0 <= s - m.end <= 15
             and re.fullmatch(r"(?:['’]s?|s)?\s+(?:[a-zäöüß][\w-]*\s+){0,2}", ctx.text[m.end:s])]
    # "durch Ratzingers Vorgänger Johannes Paul II.": the last person of the agent phrase
    guests = owner[-1:] or agents[-1:] or persons(free)[:1] or free[:1] \
        or persons(_fallback(ctx, s, nearest=True, floor=floor)) or _fallback(ctx, s, nearest=False, floor=floor)
    for m in guests:
        job.parts += _participants(m, "guest")
    for m in hosts:
        job.parts += _participants(m, "host")
    job.used = {m.span for m in guests + hosts}


def _mode_host(job: _Job) -> None:
    """A receiving verb: the subject (or the agent of a passive) hosts, the others are guests."""
    ctx, s, e, lang, actors, cstart, cend = job.ctx, job.s, job.e, job.lang, job.actors, job.cstart, job.cend
    before = [m for m in actors if m.end <= s]
    after = [m for m in actors if m.start >= e]
    host_ends = _cue_ends(ctx, "host", lang, cstart, cend)
    passive = rules(lang).cues.get("passive")
    if passive is not None and passive.search(ctx.text, cstart, e):
        host_ends += _cue_ends(ctx, "agent", lang, cstart, cend)
    # "wird am Freitag von Biden empfangen": an agent right before a final participle hosts too
    agent_ends = _cue_ends(ctx, "agent", lang, cstart, cend)
    by = [m for m in actors if _is_after(m, host_ends) or (_is_after(m, agent_ends) and 0 <= s - m.end <= 25)]
    if by:
        # "he was welcomed by Biden", "er wurde von Scholz empfangen": the agent hosts
        host = by[:1]
        rest = [m for m in actors if m not in by]
        guests = _listed(ctx, [m for m in rest if m.end <= s][-1:] or rest[:1], lang)
        guests = [m for m in guests if m not in host]
    elif after:
        host = before[-1:] if before else after[:1]
        guests = [m for m in after if m not in host]
        guests = [m for m in _listed(ctx, guests, lang) if m not in host]
    else:  # verb last ("Erdogan will Putin im August empfangen"): subject first, then object
        host, guests = before[:1], before[1:2]
    for m in host:
        job.parts += _participants(m, "host")
    for m in guests:
        job.parts += _participants(m, "guest")
    job.used = {m.span for m in host + guests}


def _mode_speaker(job: _Job) -> None:
    """A speaking trigger: who speaks (with whom they speak together, and the agency told)."""
    ctx, s, e, lang, actors = job.ctx, job.s, job.e, job.lang, job.actors
    rule, others, same_clause, cstart, cend = job.rule, job.others, job.same_clause, job.cstart, job.cend
    passive = rules(lang).cues.get("passive")
    impersonal = rules(lang).cues.get("impersonal")
    we = rules(lang).cues.get("we")
    we_hits = [x for x in we.finditer(ctx.text, cstart, s) if 0 <= s - x.end() <= 15] if we else []
    if we_hits or (impersonal and any(x.start() <= s <= x.end() + 3
                                      for x in impersonal.finditer(ctx.text, cstart, cend))):
        # "As announced today, ...", "We will ...": whoever issues the document
        issuers = [m for ms_ in ctx.earlier for m in ms_ if m.entities
                   and m.entities[0].kind in ("office", "government", "ministry", "agency")]
        speaker = issuers[0] if issuers else None
        if speaker is not None and we_hits:
            x = we_hits[-1]
            speaker = Mention(x.start(), x.end(), x.group(0), list(speaker.entities), "pronoun")
    elif passive and passive.search(ctx.text, cstart, s):
        # "Peking wurde vom Westen kritisiert": the speaker is the agent, or unknown
        agent_ends = _cue_ends(ctx, "agent", lang, cstart, cend)
        agents = [m for m in actors if _is_after(m, agent_ends)]
        speaker = agents[0] if agents else None
    else:
        speaker = _speaker(ctx, _own(actors, s, e, same_clause), s, e, lang,
                           rule.options.get("speaker"), list(others))
    if speaker is not None:
        # "Scholz und Macron betonten": who speak together
        together = _listed(ctx, [speaker], lang) if speaker.entities and speaker.kind != "pronoun" else [speaker]
        for m in together:
            if m.entities or m is speaker:
                job.parts += _participants(m, None)
                job.used.add(m.span)
        # the agency a statement was given to is part of it ("sagte ... der Nachrichtenagentur AFP")
        for m in ctx.mentions_in(s, ctx.sentence.end):  # not a dateline's "(Reuters)"
            if m.entities and m.entities[0].kind == "agency" and m is not speaker and speaker.entities:
                job.parts += _participants(m, None)


def _mode_winner(job: _Job) -> None:
    """An election: the winner, and the loser after a loser cue; the country named by an adjective is the place."""
    ctx, s, e, lang, ms, floor, cstart, cend = job.ctx, job.s, job.e, job.lang, job.ms, job.floor, job.cstart, job.cend
    loser_ends = _cue_ends(ctx, "loser", lang, cstart, cend)
    people = persons(ms)
    losers = [m for m in people if _is_after(m, loser_ends)][:1]
    cands = [m for m in people if m not in losers]
    before = [m for m in cands if m.end <= e]
    winners = before[-1:] or cands[:1]
    if not winners and not losers:
        winners = _fallback(ctx, s, nearest=True, floor=floor)
    for m in winners:
        job.parts += _participants(m, "winner")
    for m in losers:
        job.parts += _participants(m, "loser")
    # "die französische Präsidentschaftswahl": the country of an election is its place
    adj = [m for m in ms if m.kind == "adjective" and m.entities[0].kind == "country"]
    place = Participant(entity=adj[0].entities[0], label=adj[0].text, span=adj[0].span) if adj else None
    job.place, job.done = place, True


def _mode_aggressor(job: _Job) -> None:
    """The start of a war: the country attacking, and the place attacked."""
    e, ms = job.e, job.ms
    attackers = [m for m in ms if m.start < e and m.entities and
                 (m.entities[0].kind == "country" or m.kind == "metonym")]
    if attackers:
        job.parts += _participants(attackers[0], "aggressor")
        job.used.add(attackers[0].span)
        rest = [m for m in ms if is_place(m) and m.start > attackers[0].end]
        if rest:
            m = rest[0]
            job.place, job.done = Participant(entity=m.entities[0], label=m.text, span=m.span), True


def _mode_all(job: _Job) -> None:
    """Every party of a meeting, call, signing or other event of the clause."""
    ctx, s, e, lang, actors = job.ctx, job.s, job.e, job.lang, job.actors
    chosen = _own(actors, s, e, job.same_clause) if actors else []
    between = [x for x in _cue_ends(ctx, "between", lang, e, job.cend) if x - e <= 40]
    if between:
        # "a telephone conversation between A and B": exactly A and B
        pair: list[Mention] = []
        for m in (m for m in actors if m.start >= between[0]):
            # the listed actors: each right after the cue or the one before ("A, B and C")
            if m.start - (pair[-1].end if pair else between[0]) > 12:
                break
            pair.append(m)
        chosen = pair or chosen
    if len(chosen) == 1:
        # "an einem Arbeitsessen teil, zu dem X eingeladen hat": the partner in the next clause
        busy = {ctx.clause_index(a) for a, _ in job.others}
        nxt = ctx.clause_index(s) + 1
        if nxt < len(ctx.clauses) and nxt not in busy:
            a, b = ctx.clauses[nxt]
            chosen += [m for m in ctx.mentions_in(a, b) if is_actor(m) and m.entities[0].kind == "person"][:1]
    if chosen:
        # "Die Europäische Union und Kanada unterzeichneten": a country listed with an actor
        for m in job.ms:
            if m.entities and m.entities[0].kind == "country" and m.kind == "name" and m not in chosen:
                if any(_lists(lang).plain.fullmatch(ctx.text[min(m.end, x.end):max(m.start, x.start)])
                       for x in chosen):
                    chosen.append(m)
    # "A, B and C met", "the leaders of X, Y and Z": a list cut by its commas is one list
    chosen = _listed(ctx, chosen or _all_elsewhere(job), lang)
    if job.rule.type in ("Meeting", "PhoneCall") and len(chosen) == 1:
        other = _other_side(job, chosen)
        if other:
            chosen.insert(0, other[-1])
    for m in chosen:
        job.parts += _participants(m, None)
    job.used = {m.span for m in chosen}


def _all_elsewhere(job: _Job) -> list[Mention]:
    """A clause without actors of its own: the parties named elsewhere in the sentence."""
    ctx, s, lang = job.ctx, job.s, job.lang
    # a clause cut off by a list ("wollen über A, B und C beraten"): the sentence's subject
    chosen = [m for m in ctx.mentions_in(job.floor, job.cstart) if is_actor(m)][:1]
    if not chosen and ctx.clause_index(s) + 1 < len(ctx.clauses):
        # "In a phone call on Monday, Scholz and Biden discussed ...": a fronted phrase, then
        # the clause with its actors (unless that clause tells an event of its own)
        a, b = ctx.clauses[ctx.clause_index(s) + 1]
        if not any(a <= x < b for x, _ in job.others):
            chosen = _listed(ctx, [m for m in ctx.mentions_in(a, b) if is_actor(m)][:1], lang)
    if not chosen:
        chosen = [m for m in job.ms if m.entities and m.entities[0].kind == "country"
                  and m.kind != "adjective" and not locative_before(ctx, m, lang)]
    if not chosen:
        chosen = _fallback(ctx, s, nearest=ctx.clause_index(s) > 0, floor=job.floor)
    return chosen


def _other_side(job: _Job, chosen: list[Mention]) -> list[Mention]:
    """A meeting or call with one party named in its clause: the other side, told elsewhere."""
    ctx, s, cstart = job.ctx, job.s, job.cstart
    # "travel to Beijing for talks with Qin Gang": the traveller is the other party
    other = [m for m in job.actors if m.end <= s and m not in chosen and m.entities
             and m.entities[0].kind == "person"]
    if not other and ctx.clause_index(s) > 0 and not any(a < cstart for a, _ in job.others
                                                          if a >= ctx.sentence.start):
        # "Olaf Scholz, the chancellor, met Macron": the subject before an apposition
        ids = {x.entities[0].id for x in chosen if x.entities}
        other = [m for m in ctx.mentions_in(ctx.sentence.start, cstart) if is_actor(m)
                 and m.entities and m.entities[0].kind == "person" and m.entities[0].id not in ids][:1]
    if not other and not ctx.heading and any(w in function_words(job.lang, "pronoun") for w in
                                             re.findall(r"\w+", ctx.text[cstart:min(job.cend, job.e + 8)])):
        # "Zuvor trifft sie sich mit De Croo": a pronoun nobody resolved is the last person named
        prev = previous_subject(ctx)
        other = [prev] if prev is not None and prev.entities and all(
            prev.entities[0].id != x.entities[0].id for x in chosen if x.entities) else []
    return other


def _mode_line(job: _Job) -> None:
    """A transcript's speaker line ("President of Russia Vladimir Putin: Mr President, ..."): the
    one named before the colon speaks -- only where the name (and a note in brackets) is all that
    stands between the start of the sentence and the colon."""
    ctx = job.ctx
    named = [m for m in ctx.mentions_in(ctx.sentence.start, job.s) if is_actor(m, speaking=True) and m.entities]
    if not named:
        return
    m = named[-1]
    if len(named) > 1:
        # a title line that lost its line break ("Talks with X Y President of Russia Vladimir
        # Putin: ..."): the speaker's name follows the title's last name with nothing between
        if not ctx.text[named[-2].end:m.start].isspace():
            return
        before = ""
    else:
        before = ctx.text[ctx.sentence.start:m.start]
    if re.fullmatch(r"\s*(?:\([^()]{0,30}\))?\s*", before + ctx.text[m.end:job.s]):
        job.parts += _participants(m, None)
        job.used = {m.span}


_MODES = {"line": _mode_line, "visit": _mode_visit, "host": _mode_host, "speaker": _mode_speaker, "winner": _mode_winner,
          "aggressor": _mode_aggressor}


def _job(rule: Rule, ctx: Context, s: int, e: int, lang: str, others, speaking) -> _Job:
    """The clause of the trigger and the actors in it that may take part in its event."""
    cstart, cend = ctx.clause_of(s)
    ms = ctx.mentions_in(cstart, cend)
    mode = rule.roles
    actors = [m for m in ms if is_actor(m, speaking=mode == "speaker")]
    # "auf dem G20-Gipfel ... bekräftigt", "am Rande des G7-Gipfels miteinander gesprochen": a name
    # inside another event's noun names that event, not a party to this one
    actors = [m for m in actors if not any(a <= m.start and m.end <= b and not re.search(r"\s", ctx.text[m.end:b])
                                           for a, b in others)]
    # "dem EU-Portal", "NATO-Militärpersonal": a name as the first part of a compound modifies a
    # noun and is no actor -- except in the event's own noun ("der G7-Gipfel") and before people
    # ("die EU-Staats- und Regierungschefs", "NATO-Außenminister")
    people = rules(lang).cues.get("people-compound")
    actors = [m for m in actors if not (re.match(r"-\w", ctx.text[m.end:m.end + 2]) and not (s <= m.start and m.end <= e)
                                        and not (people is not None and people.search(_compound(ctx.text, m.end))))]
    if mode != "speaker":
        # a news agency is told things; it does not meet, travel or sign
        actors = [m for m in actors if not (m.entities and m.entities[0].kind == "agency")]
    floor = ctx.sentence.start  # where the actors of this event may start
    if mode != "speaker":
        # "Peskov said Putin would travel to Beijing": who speaks before the verb does not travel
        # ... but "kündigte an, nach Kiew zu reisen": an infinitive's doer is who announces it
        lead = re.findall(r"\w+", ctx.text[max(cstart, s - 12):e])
        control = len(lead) >= 2 and lead[-2] in function_words(lang, "infinitive")
        said = [b for a, b in speaking if (cstart if control else ctx.sentence.start) <= a and b <= s]
        if said:
            floor = max(said)
            actors = [m for m in actors if m.start >= floor]
    # "im Auftrag von Scholz", "on behalf of the president": who sends an envoy does not go
    principal = _cue_ends(ctx, "principal", lang, cstart, cend)
    actors = [m for m in actors if not any(0 <= m.start - x <= _PRINCIPAL_GAP for x in principal)]
    same_clause = [(a, b) for a, b in others if cstart <= a < cend]
    return _Job(rule, ctx, s, e, lang, ms, actors, floor, list(others), same_clause, list(speaking), cstart, cend)


def assign(rule: Rule, ctx: Context, s: int, e: int, lang: str,
           others: list[tuple[int, int]] = (), speaking: list[tuple[int, int]] = ()
           ) -> tuple[list[Participant], Participant | None]:
    """Participants (with roles) and place of the event triggered at ``[s, e)``; ``speaking`` are
    the spans of the sentence's speaking triggers ("said"). The clause heuristics behind the
    templates of kb/events/templates.py: one function per ``roles=`` mode."""
    j = _job(rule, ctx, s, e, lang, others, speaking)
    hosting = _cue_ends(ctx, "hosting", lang, j.cstart, s) if rule.roles == "visit" else []

    if hosting:
        _mode_hosting(j)
    else:
        _MODES.get(rule.roles, _mode_all)(j)
    if j.done:
        return _dedupe(j.parts), j.place
    return _dedupe(j.parts), _final_place(j, hosting)


def _final_place(j: _Job, hosting: list[int]) -> Participant | None:
    """The place of the event once its participants are known."""
    ctx, s, e, lang, ms, cend = j.ctx, j.s, j.e, j.lang, j.ms, j.cend
    mode, others, used = j.rule.roles, j.others, j.used
    if mode == "speaker":
        # "said the visit to Beijing would ...": the place of what is said is not where it was said
        nxt = min((a for a, _ in j.same_clause if a >= e), default=cend)
        ms = [m for m in ms if m.end <= nxt]
    place = _place(ctx, ms, s, e, lang, used, j.place_is_object)
    if place is None and hosting and j.host_country:
        # a state visit hosted by a head of state takes place in the host's country
        from ..entities import gazetteer
        country = gazetteer().get(j.host_country)
        if country is not None:
            place = Participant(entity=country, label=country.name, role=None, span=None)
    if place is None and mode == "visit":
        # "Die Reise beginnt am Freitag, in Riga.": a place in a later clause without a trigger
        busy = {ctx.clause_index(a) for a, _ in others}
        for j in range(ctx.clause_index(s) + 1, len(ctx.clauses)):
            if j in busy:
                break
            a, b = ctx.clauses[j]
            place = _place(ctx, ctx.mentions_in(a, b), s, e, lang, used, False)
            if place is not None:
                break
    return place



def _compound(text: str, pos: int) -> str:
    """The rest of a hyphenated compound from ``pos`` ("-Staats- und Regierungschefs")."""
    m = re.match(r"-[\w-]*(?:\s+(?:und|and|&|oder|or)\s+[\w-]+)?", text[pos:pos + 60])
    return m.group(0) if m else ""


class _ListPatterns(NamedTuple):
    gap: re.Pattern  # what stands between two items ("," / ", and" / "and")
    plain: re.Pattern  # a comma or a list word alone
    join: re.Pattern | None  # a list word
    join_next: re.Pattern  # a list word right after the last item named ("A, B and a crowd")


@lru_cache(maxsize=None)
def _lists(lang: str) -> _ListPatterns:
    """The list patterns of a language, compiled once."""
    joins = "|".join(re.escape(w) for w in sorted(function_words(lang, "listjoin"), key=len, reverse=True))
    if not joins:
        return _ListPatterns(re.compile(r"\s*,\s*"), re.compile(r"\s*,\s*"), None, re.compile(r"(?!)"))
    return _ListPatterns(re.compile(rf"\s*(?:,\s*(?:(?:{joins})\s+)?|(?:{joins})\s+)"),
                         re.compile(rf"\s*(?:,|{joins})\s*"),
                         re.compile(rf"(?<!\w)(?:{joins})(?!\w)"),
                         re.compile(rf"\s*,?\s*(?:{joins})(?!\w)"))


def _list_kind(m: Mention) -> str | None:
    """What a list item is: an actor, or a country named as a party ("France, Germany and Italy")."""
    if is_actor(m) or (not m.entities and m.kind == "description"):  # "die Außenminister Frankreichs"
        return "actor"
    if m.entities and m.kind == "name" and m.entities[0].kind == "country":
        return "country"
    return None


def _listed(ctx: Context, chosen: list[Mention], lang: str) -> list[Mention]:
    """``chosen`` with the items listed with them in the sentence ("A, B and C"), whichever clause
    the commas put them in; an item joins only items of its kind and only through a comma or a
    list word (an apposition such as "X, 26," or "X, the president of Y," adds no one), and only in
    a list with a list word ("A, B and C"): a comma alone may start what is said."""
    if not chosen:
        return chosen
    pats = _lists(lang)
    gap = pats.gap
    pool = [m for m in ctx.mentions_in(ctx.sentence.start, ctx.sentence.end) if _list_kind(m)]
    out = list(chosen)
    grown = True
    while grown:
        grown = False
        for m in pool:
            if m in out or any(m.start < x.end and x.start < m.end for x in out):
                continue
            for x in out:
                if _list_kind(x) != _list_kind(m) and not _role_of_country(x, m):
                    continue
                a, b = (x, m) if x.end <= m.start else (m, x)
                if gap.fullmatch(ctx.text, a.end, b.start) and not _apposition(ctx, a, b, pool):
                    out.append(m)
                    grown = True
                    break
    if len(out) == len(chosen):
        return chosen
    out.sort(key=lambda m: m.start)
    if pats.join is not None and not any(pats.join.search(ctx.text, a.end, b.start) for a, b in zip(out, out[1:])) \
            and not pats.join_next.match(ctx.text, out[-1].end, ctx.sentence.end):
        # (a list may go on with something not named: "A, B and a cheering crowd")
        return chosen  # "sagte Scholz, Macron werde kommen": a comma alone starts what is said
    return out


def _role_of_country(a: Mention, b: Mention) -> bool:
    """"the heads of state of Brazil, Russia and India": an office of a country listed with countries."""
    return {_list_kind(a), _list_kind(b)} == {"actor", "country"} and any(m.kind == "description" for m in (a, b))


def _apposition(ctx: Context, a: Mention, b: Mention, pool: list[Mention]) -> bool:
    """"Olaf Scholz, the chancellor, ...": two mentions of one entity are no list."""
    ids_a = {e.id for e in a.entities}
    return bool(ids_a) and ids_a == {e.id for e in b.entities}


def _fallback(ctx: Context, s: int, nearest: bool, floor: int | None = None) -> list[Mention]:
    """A clause without an actor: the person named earlier in the sentence (the nearest for a
    relative clause, else the first), else the subject of the previous sentence (not for a
    title, which does not continue what precedes it). Nobody before ``floor`` (the end of a
    speaking verb: who says that a visit takes place is not its guest) counts."""
    floor = ctx.sentence.start if floor is None else floor
    before = persons(ctx.mentions_in(floor, s))
    if nearest:
        # a relative clause ("..., who talked over the phone") is about the actor just before it
        near = [m for m in ctx.mentions_in(floor, s) if is_actor(m)]
        if near:
            return near[-1:]
    if before:
        return before[-1:] if nearest else before[:1]
    if ctx.heading:
        return []
    prev = previous_subject(ctx)
    return [prev] if prev is not None else []


def partner_follows(ctx: Context, e: int, lang: str) -> bool:
    """Is "meet" used of people: an actor after it, a word that leaves it without an object ("meet
    again", "meet on Friday", "meet with"), or the end of the clause -- not "meet its targets"?"""
    if object_follows(ctx, e):
        return True
    pat = rules(lang).cues.get("intransitive")
    people = rules(lang).cues.get("people")
    rest = ctx.text[e:ctx.clause_of(e - 1)[1]]
    if not rest.strip(" \n.;:!?\"'”“»«"):
        return True
    if pat is not None and pat.match(rest.lstrip()):
        return True
    # "meet representatives of religious groups", "meet bombing victims": people, though unnamed
    return people is not None and bool(people.search(" ".join(rest.split()[:4])))


def object_follows(ctx: Context, e: int) -> bool:
    """Has the verb an object: an actor right after it, or (verb last) two actors before it?"""
    cstart, cend = ctx.clause_of(e - 1)
    actors = [m for m in ctx.mentions_in(cstart, cend) if is_actor(m)]
    return any(e <= m.start <= e + 40 for m in actors) or len([m for m in actors if m.end < e]) >= 2


def office_for(entity, on) -> str | None:
    """The office an election winner was elected to: one taken up soon after ``on``, else the
    office held then."""
    import datetime as dt

    if entity is None or on is None:
        return None
    best = None
    for _key, name, start, end in entity.offices:
        s = dt.date.fromisoformat(start) if start else None
        en = dt.date.fromisoformat(end) if end else None
        if s and on <= s <= on + dt.timedelta(days=120):
            return name
        if (s is None or s <= on) and (en is None or on < en):
            best = name
    return best
