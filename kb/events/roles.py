"""Who did what where: participants with roles, the place, and the timex that dates a trigger."""

from __future__ import annotations

from ..model import Mention, Participant, Timex
from .context import Context, is_actor, is_place
from .rules import Rule, rules

__all__ = ["assign", "nearest_timex", "object_follows", "office_for"]


def _participants(m: Mention, role: str | None) -> list[Participant]:
    return [Participant(entity=e, label=m.text, role=role, span=m.span) for e in m.entities]


def _after_cue(ctx: Context, cue: str, lang: str, start: int, end: int) -> list[tuple[int, int]]:
    pat = rules(lang).cues.get(cue)
    if pat is None:
        return []
    return [(m.start(), m.end()) for m in pat.finditer(ctx.text, start, end) if not ctx.quoted(m.start())]


def _is_after(m: Mention, cues: list[tuple[int, int]]) -> bool:
    return any(ce <= m.start <= ce + 60 for _, ce in cues)


def _persons(ms: list[Mention]) -> list[Mention]:
    return [m for m in ms if m.entities and all(e.kind == "person" for e in m.entities)]


def _previous_subject(ctx: Context) -> Mention | None:
    """The first person of the nearest earlier sentence: who a subject-less clause is about."""
    persons = _persons(ctx.earlier)
    if not persons:
        return None
    last_sentence_start = max(m.start for m in persons)
    # first person mention of the last sentence that has one
    cands = [m for m in persons if ctx.text.rfind(".", 0, last_sentence_start) < m.start]
    return cands[0] if cands else persons[-1]


def _place(ctx: Context, ms: list[Mention], trigger_end: int, used: set[int]) -> Participant | None:
    places = [m for m in ms if is_place(m) and id(m) not in used]
    if not places:
        return None
    after = [m for m in places if m.start >= trigger_end]
    m = after[0] if after else places[0]
    return Participant(entity=m.entities[0], label=m.text, role=None, span=m.span)


def _dedupe(parts: list[Participant]) -> list[Participant]:
    out, seen = [], set()
    for p in parts:
        key = p.entity.id if p.entity else p.label
        if key not in seen:
            seen.add(key)
            out.append(p)
    return out


def assign(rule: Rule, ctx: Context, s: int, e: int, lang: str) -> tuple[list[Participant], Participant | None]:
    """Participants (with roles) and place of the event triggered at ``[s, e)``."""
    cstart, cend = ctx.clause_of(s)
    ms = ctx.mentions_in(cstart, cend)
    actors = [m for m in ms if is_actor(m)]
    mode = rule.roles
    parts: list[Participant] = []
    used: set[int] = set()

    if mode == "visit":
        hosts_cue = _after_cue(ctx, "host", lang, cstart, cend)
        persons = [m for m in actors if not _is_after(m, hosts_cue)]
        hosts = [m for m in actors if _is_after(m, hosts_cue)]
        guests = _persons(persons)[:1] or persons[:1]
        if not guests:
            guests = _fallback_subject(ctx, s)
        for m in guests:
            parts += _participants(m, "guest")
        for m in hosts:
            parts += _participants(m, "host")
        used = {id(m) for m in guests + hosts}
    elif mode == "host":
        before = [m for m in actors if m.end <= s]
        after = [m for m in actors if m.start >= e]
        host = before[-1:] if before else after[:1]
        guests = [m for m in after if m not in host]
        for m in host:
            parts += _participants(m, "host")
        for m in guests:
            parts += _participants(m, "guest")
        used = {id(m) for m in host + guests}
    elif mode == "speaker":
        speaker = _speaker(ctx, actors, s, e)
        if speaker is not None:
            parts += _participants(speaker, None)
            used.add(id(speaker))
            # the agency a statement was given to is part of it ("sagte ... der Nachrichtenagentur AFP")
            for m in ctx.mentions_in(ctx.sentence.start, ctx.sentence.end):
                if m.entities and m.entities[0].kind == "agency" and m is not speaker:
                    parts += _participants(m, None)
    elif mode == "winner":
        losers_cue = _after_cue(ctx, "loser", lang, cstart, cend)
        persons = _persons(ms)
        winners = [m for m in persons if not _is_after(m, losers_cue)][:1]
        losers = [m for m in persons if _is_after(m, losers_cue)][:1]
        if not winners and not losers:
            winners = _fallback_subject(ctx, s)
        for m in winners:
            parts += _participants(m, "winner")
        for m in losers:
            parts += _participants(m, "loser")
        used = {id(m) for m in winners + losers}
        # "die französische Präsidentschaftswahl": the country of an election is its place
        adj = [m for m in ms if m.kind == "adjective" and m.entities[0].kind == "country"]
        if adj and not any(is_place(m) for m in ms):
            m = adj[0]
            return _dedupe(parts), Participant(entity=m.entities[0], label=m.text, span=m.span)
    elif mode == "aggressor":
        attackers = [m for m in ms if m.start < e and m.entities and m.entities[0].kind in ("country",)
                     or (m.start < e and m.kind == "metonym")]
        if attackers:
            parts += _participants(attackers[0], "aggressor")
            used.add(id(attackers[0]))
    else:  # all
        chosen = actors or [m for m in ms if m.entities and m.entities[0].kind == "country"
                            and m.kind != "adjective" and not _destination(ctx, m)]
        if not chosen:
            chosen = _fallback_subject(ctx, s)
        for m in chosen:
            parts += _participants(m, None)
        used = {id(m) for m in chosen}
    return _dedupe(parts), _place(ctx, ms, e, used)


def _destination(ctx: Context, m: Mention) -> bool:
    """A country named after a locative preposition is where, not who."""
    before = ctx.text[max(0, m.start - 8):m.start].split()
    return bool(before) and before[-1] in ("in", "nach", "to", "at", "im", "aus", "from")


def _fallback_subject(ctx: Context, s: int) -> list[Mention]:
    """A clause without an actor: the person of an earlier clause of the sentence, else of the
    previous sentence."""
    before = [m for m in _persons(ctx.mentions_in(ctx.sentence.start, s))]
    if before:
        return before[:1]
    prev = _previous_subject(ctx)
    return [prev] if prev is not None else []


def _speaker(ctx: Context, actors: list[Mention], s: int, e: int) -> Mention | None:
    def dist(m: Mention) -> int:
        if m.start >= s and m.end <= e:
            return 0
        return s - m.end if m.end <= s else m.start - e
    if actors:
        return min(actors, key=dist)
    # "sagte der Direktor des X, Alexander Gabuev, ...": the speaker is in the next clause
    i = ctx.clause_index(s)
    for j in (i + 1, i - 1):
        if 0 <= j < len(ctx.clauses):
            a, b = ctx.clauses[j]
            near = [m for m in ctx.mentions_in(a, b) if is_actor(m)]
            if near:
                return near[0] if j > i else near[-1]
    prev = _fallback_subject(ctx, s)
    return prev[0] if prev else None


def object_follows(ctx: Context, e: int) -> bool:
    """Is there an actor right after the trigger (within the clause)?"""
    cstart, cend = ctx.clause_of(e - 1)
    return any(is_actor(m) and e <= m.start <= e + 40 for m in ctx.mentions_in(cstart, cend))


def nearest_timex(ctx: Context, s: int, e: int, trigger_clauses: set[int]) -> Timex | None:
    """The timex of the trigger's clause nearest to it; else one from a clause without a trigger."""
    cstart, cend = ctx.clause_of(s)
    cands = ctx.timexes_in(cstart, cend)
    if not cands:
        cands = [t for t in ctx.timexes_in(ctx.sentence.start, ctx.sentence.end)
                 if ctx.clause_index(t.start) not in trigger_clauses]
    if not cands:
        return None

    def dist(t: Timex) -> int:
        return s - t.end if t.end <= s else max(0, t.start - e)
    return min(cands, key=dist)


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
