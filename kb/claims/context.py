"""What a count or ordinal phrase is about: its owner, its window, its scope, its place, and (for
"last") the date it gives.

Each phrase looks for its window only in its own region: from its end up to the next phrase of the
sentence (a count may also take a window from its clause before it: "Seit Februar 2022 haben sie
sich drei Mal getroffen"), so a claim never takes its neighbour's window.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kb.events import dating
from kb.model import Analysis, DateValue, Mention, Participant, Span, Timex
from kb.temporal.grammar import names_unit

from . import windowwords
from .countries import clause_parties, hyphen_parties
from .genitives import GENITIVE as _GENITIVE
from .genitives import names_people as _names_people
from .genitives import owned_by_others as _owned_by_others
from .genitives import unknown_genitive as _unknown_genitive
from .grammar import Phrase, clause_of
from .lexicon import Lexicon

__all__ = ["Window", "owner", "place", "scope", "window"]

_SYMMETRIC = {"Meeting", "PhoneCall", "Summit"}
_ELECTIONS = ("Election", "ReElection")
_GATHERINGS = ("organisation", "group")  # "the ninth meeting of the G20 group" is the group's


def _people(mentions, kinds=("person",)) -> list[Mention]:
    return [m for m in mentions if m.entities and all(e.kind in kinds for e in m.entities)
            and m.kind not in ("adjective", "metonym")]


def participants(mentions: list[Mention]) -> list[Participant]:
    out, seen = [], set()
    for m in mentions:
        for e in m.entities:
            if e.id not in seen:
                seen.add(e.id)
                out.append(Participant(entity=e, label=m.text, span=m.span))
    return out


def _word_before(text: str, pos: int, lo: int) -> tuple[str, int]:
    m = re.search(r"(\S+)\s*$", text[lo:pos])
    return (m.group(1), lo + m.start(1)) if m else ("", pos)


def _sentence_start(analysis: Analysis, pos: int) -> int:
    return next((s.start for s in analysis.sentences if s.start <= pos < s.end), pos)


def _genitive_owner(analysis: Analysis, word: str, at: int) -> list[Mention]:
    """"Putins erste Reise", "Moon's first visit": the person the genitive name stands for."""
    here = [m for m in analysis.mentions if m.start <= at < m.end and m.entities]
    if here:
        return here[:1]
    g = _GENITIVE.match(word)
    if not g:
        return []
    name = g.group(1)
    for m in reversed([m for m in analysis.mentions if m.end <= at and m.entities]):
        if m.text.split()[-1] in (name, word):
            return [m]
    return []


def _before_in_text(analysis: Analysis, pos: int, kinds) -> list[Mention]:
    return _people([m for m in analysis.mentions if m.end <= pos], kinds)


_AGENTS = AGENTS = ("person", "country", "organisation", "group", "government")


def _plural_owner(analysis: Analysis, p: Phrase, sent: Span, at: int) -> list[Participant] | None:
    """"their first call": the people named together before it in the sentence, else (nobody named
    there) the people of the sentence before ("Xi and Putin met. Their first meeting ...")."""
    both = _people([m for m in analysis.mentions if sent.start <= m.start < at and m.kind != "pronoun"])
    if len(participants(both)) >= 2:
        return participants(both)
    if both:
        return None
    earlier = _before_in_text(analysis, sent.start, ("person",))
    start = _sentence_start(analysis, earlier[-1].start) if earlier else sent.start
    last_sentence = [m for m in earlier if m.start >= start and m.kind != "pronoun"]
    return participants(last_sentence) if len(participants(last_sentence)) >= 2 else None


def _pronoun_owner(analysis: Analysis, lex: Lexicon, p: Phrase, sent: Span, at: int) -> list[Participant]:
    """Who "his"/"her" is: the person named last before it in its own clause ("the Spanish premier
    chose Lisbon as his first stop"); the one a relative clause hangs on ("X, who is on his first
    visit"); the sentence's subject ("Scholz met Xi in Beijing, his second visit"); the person named
    after it ("At his first briefing, Becker said"); else the person named last before."""
    cs, _ = clause_of(analysis.text, sent.start, sent.end, at)
    before = _people([m for m in analysis.mentions if sent.start <= m.start < at])
    subject = [m for m in before if m.start >= cs][-1:] or _antecedent(analysis, lex, before, cs) or before[:1]
    subject = subject or _people([m for m in analysis.mentions if p.end <= m.start < sent.end
                                  and not _complement_of(analysis.text, lex, p.end, m.start)])[:1]
    if not subject and p.etype in _VISITS:
        # "X reiste nach Kiew. Dort traf sie Y. Es ist ihr siebter Besuch": the guest of the visit told
        # last, not the one met there
        guests = _last_guests(analysis, sent.start)
        if guests:
            return guests + _parties_after(analysis, lex, p, sent)
    subject = subject or _before_in_text(analysis, sent.start, ("person",))[-1:]
    return participants(subject) + _parties_after(analysis, lex, p, sent) if subject else []


def _complement_of(text: str, lex: Lexicon, end: int, at: int) -> bool:
    """Is the mention at ``at`` in a prepositional phrase right after the head ("his third race
    against John Mahama": the opponent, not the one "his" stands for)?"""
    from kb.frames.lexicon import lexicon as frame_lexicon

    gap = text[end:at].split()
    if re.search(r"[,;:()]", text[end:at]):
        return False  # "At his first press conference as PM, Hatoyama said": the clause after it
    return 0 < len(gap) <= 3 and gap[0][:1].isalpha() and (
        lex.is_stop(gap[0]) or gap[0].lower() in frame_lexicon(lex.lang).preps)


def _last_guests(analysis: Analysis, pos: int) -> list[Participant]:
    """The person guests of the last visit told before ``pos`` (none implied)."""
    visits = [ev for ev in analysis.events if ev.type in _VISITS and not ev.implied_by and ev.evidence.end <= pos]
    if not visits:
        return []
    last = max(visits, key=lambda ev: ev.evidence.end)
    return [Participant(entity=x.entity, label=x.label, span=x.span) for x in last.participants
            if x.role == "guest" and x.entity is not None and x.entity.kind == "person"]


def _antecedent(analysis: Analysis, lex: Lexicon, before: list[Mention], cs: int) -> list[Mention]:
    """"Mr X, who is touring Peru for the first time": X, when the clause is a relative clause on him
    (also after a comitative: "X, with whom he has met 40 times")."""
    from kb.entities.words import function_words

    m = re.match(r"\s*(\w+)(?:\s+(\w+))?", analysis.text[cs:cs + 30])
    if not before or m is None or lex.relative is None or not (lex.relative.fullmatch(m.group(1)) or (
            m.group(2) and m.group(1) in function_words(lex.lang, "comitative") and lex.relative.fullmatch(m.group(2)))):
        return []  # "X, who ...", "X, with whom he has met ...", "X, mit dem er ..."
    last = before[-1]
    if not re.fullmatch(r"\s*[,;]?\s*", analysis.text[last.end:cs]):
        return []
    held = [last]  # "X and Y, who have met 40 times": both
    for m in reversed(before[:-1]):
        gap = analysis.text[m.end:held[0].start].strip()
        if lex.coordinator is None or not lex.coordinator.fullmatch(gap):
            break
        held.insert(0, m)
    return held


def _possessor(analysis: Analysis, lex: Lexicon, p: Phrase, sent: Span, det_start: int, kinds):
    """A genitive or possessive right before the phrase: "Putins erste", "Moon's first", "his
    first", "their first call"."""
    word, at = _word_before(analysis.text, det_start, sent.start)
    if not word:
        return None
    if lex.plural_owner is not None and lex.plural_owner.fullmatch(word) and p.etype in _SYMMETRIC:
        found = _plural_owner(analysis, p, sent, at)
        if found:
            return found
    found = _genitive_owner(analysis, word, at) if p.head is not None and _GENITIVE.match(word) else []
    if found:
        # "Biden's sixth conversation with Xi": a meeting or call is the other party's too
        return participants(found) + _parties_after(analysis, lex, p, sent) if _people(found, kinds + ("person",)) else None
    if lex.owner is not None and lex.owner.fullmatch(word):
        return _pronoun_owner(analysis, lex, p, sent, at) or None
    if lex.nearest is not None and lex.nearest.fullmatch(word):  # "empfing Macron zu dessen erstem Besuch"
        last = _before_in_text(analysis, at, ("person",))[-1:]
        return participants(last) or None
    unknown = _unknown_genitive(lex, p, word, at, analysis.text, sent.start)
    return [unknown] if unknown else None


def _parties_after(analysis: Analysis, lex: Lexicon, p: Phrase, sent: Span) -> list[Participant]:
    """"his first call with Olaf Scholz": the other party of a meeting or call."""
    if p.etype not in _SYMMETRIC:
        return []
    _, ce = clause_of(analysis.text, sent.start, sent.end, p.start, p.end)
    near = [m for m in analysis.mentions if p.end <= m.start <= p.end + 12 and m.end <= ce
            and _linked_after(analysis, lex, p, m)]
    return participants(_people(near))


def _parties_named_in(analysis: Analysis, lex: Lexicon, p: Phrase):
    """"the fifth EU-China summit": the parties its modifiers name ("the first Russia-Africa summit":
    Africa too, unlinked)."""
    if p.etype not in _SYMMETRIC:
        return None
    inside = _people([m for m in analysis.mentions if p.start < m.start and m.end <= p.end], _AGENTS[1:])
    return participants(inside) + hyphen_parties(analysis, lex, p, inside) if inside else None


def _linked_after(analysis: Analysis, lex: Lexicon, p: Phrase, m: Mention) -> bool:
    """Is a mention after the head its owner or party: "Besuch des Präsidenten", "summit of the
    BRICS group", "the fifth summit between the two leaders" (not "his first trip as president")?"""
    from kb.entities.words import function_words

    gap = analysis.text[p.end:m.start].split()
    if not gap:
        return True
    lang = lex.lang
    link = function_words(lang, "owner") | function_words(lang, "genitive")
    agent = lex.agent is not None and lex.agent.fullmatch(gap[0])
    symmetric = lex.between is not None and lex.between.fullmatch(gap[0]) and p.etype in _SYMMETRIC
    if gap[0] in link or agent or symmetric:
        return all(w in function_words(lang, "determiner") for w in gap[1:])
    return False


def _after_head(analysis: Analysis, lex: Lexicon, p: Phrase, ce: int) -> list[Participant]:
    """"der fünfte Besuch des Präsidenten", "the ninth meeting of the G20 group", "between X and Y"."""
    near = [m for m in analysis.mentions if p.end <= m.start <= p.end + 12 and m.end <= ce
            and _linked_after(analysis, lex, p, m)]
    if near and p.etype in _SYMMETRIC:  # "between X and Y": every party named in the clause after it
        near += [m for m in analysis.mentions if near[0].end <= m.start and m.end <= ce]
    after = _people(near) or (_people(near, _GATHERINGS) if p.etype == "Summit" else []) \
        or (_people(near, ("country",)) if p.etype in _SYMMETRIC else [])  # "between Germany and France"
    return participants(after[:1] if p.etype not in _SYMMETRIC else after)


def _any_holder(analysis: Analysis, lex: Lexicon, p: Phrase, sent: Span, cs: int,
                found: list[Participant]) -> list[Participant] | None:
    """"X arrived in Lima, the first visit by a Danish prime minister since 1990", "Es ist der erste
    Besuch eines dänischen Regierungschefs seit 1990": a visit by any holder of a role (an indefinite
    article) that kb cannot name is the visit told -- the guest of a visit its sentence tells, else
    the person named alone before the apposition, else the guest of the visit told last. None when
    the owner after the head is no such role, or one kb names (the holder at the publication date:
    a host named first is no guest)."""
    label = found[0].label.split() if len(found) == 1 and found[0].label else []
    if p.etype not in _VISITS or not label or lex.indefinite is None or not lex.indefinite.fullmatch(label[0]) \
            or found[0].entity is not None:
        return None
    guests = [x for ev in analysis.events if not ev.implied_by and ev.type in _VISITS
              and sent.start <= ev.evidence.start < sent.end for x in ev.participants if x.role == "guest"]
    if guests:
        return [Participant(entity=x.entity, label=x.label, span=x.span) for x in guests[:1]]
    before = participants(_people([m for m in analysis.mentions if sent.start <= m.start < cs and m.kind != "pronoun"]))
    if len(before) == 1:
        return before
    return _last_guests(analysis, sent.start) or None


def _role_holder(analysis: Analysis, lex: Lexicon, p: Phrase, sent: Span, clause, kinds,
                 det_start: int) -> list[Participant]:
    """"Sie wurde die erste Frau ...": the subject before a role ordinal (else an unknown name there);
    "Als erste Frau im Amt wurde Merkel ...": after "as" at the head of its sentence, the person
    named after it."""
    before = [m for m in clause if m.end <= p.start] or _people(
        [m for m in analysis.mentions if sent.start <= m.start < p.start], kinds)
    if before:
        return participants(before[-1:])
    named = _unlinked_subject(analysis, lex, sent, p)
    if named:
        return [named]
    word, _ = _word_before(analysis.text, det_start, sent.start)
    if lex.role_as is not None and lex.role_as.fullmatch(word):
        after = _people([m for m in analysis.mentions if p.end <= m.start < sent.end], kinds)
        return participants(after[:1])
    return _named_after_copula(analysis, lex, p, sent, kinds)


def _named_after_copula(analysis: Analysis, lex: Lexicon, p: Phrase, sent: Span, kinds) -> list[Participant]:
    """"The first chancellor to visit Angola was Angela Merkel", "Der letzte Bundeskanzler, der
    Angola besuchte, war Angela Merkel": a role ordinal opening its sentence is held by the one named
    right after the verb of being that follows it."""
    if lex.being is None or len(analysis.text[sent.start:p.start].split()) > 1:
        return []  # only a phrase at the head of its sentence ("The first ...", "Der letzte ...")
    after = _people([m for m in analysis.mentions if p.end <= m.start < sent.end], kinds)
    for m in after[:1]:
        gap = analysis.text[p.end:m.start]
        copula = list(lex.being.finditer(gap))
        if copula and re.fullmatch(r"\s*", gap[copula[-1].end():]):
            return participants([m])
    return []


def _all_or_first(p: Phrase, mentions: list[Mention]) -> list[Participant]:
    """A count, a meeting or a voting round is everyone's ("Xi and Putin have met three times", "X
    beat Y in the second round"); else the first's."""
    every = p.kind == "count" or p.etype in _SYMMETRIC or p.qualifier == "round"
    return participants(mentions if every else mentions[:1])


def _without_window_anchors(analysis: Analysis, lex: Lexicon, sent: Span, p: Phrase) -> Analysis:
    """"the first such trip since Helmut Schmidt went there in 1978": who is named in a
    since-window after the phrase is the earlier record holder, the window's anchor, not whose
    claim it is. The analysis without the mentions from such a cue to the end of its clause."""
    cue = lex.windows.get("since")
    if cue is None:
        return analysis
    # ... up to the verb after it: "Zum ersten Mal seit 2022 telefonierten Scholz und Putin" (a
    # fronted window) names its owners after the verb
    cs = clause_of(analysis.text, sent.start, sent.end, p.start, p.end)[0]
    verbs = sorted(f.predicate.start for f in analysis.frames if not f.predicate.nominal)
    fronted = p.head is None and not any(cs <= v < p.start for v in verbs)
    # ... or up to the end of its date: "telefonierte zum ersten Mal seit Dezember mit Xi" names Xi as
    # the call's other party, not as the window's anchor
    dated = {t.start: t.end for t in analysis.timexes if t.type in ("DATE", "DURATION")}
    regions = [(m.start(), min([v for v in verbs if v >= m.end() and fronted]
                               + [clause_of(analysis.text, sent.start, sent.end, m.start(), m.end())[1]]
                               + [dated[a] for a in dated if m.end() <= a <= m.end() + 1
                                  and not analysis.text[m.end():a].strip()]))
               for m in cue.finditer(analysis.text, p.end, sent.end)]
    regions += windowwords.term_periods(analysis, lex, sent.start, sent.end)  # "during X's presidency"
    if not regions:
        return analysis
    kept = [m for m in analysis.mentions if not any(a <= m.start < b for a, b in regions)]
    return analysis if len(kept) == len(analysis.mentions) else replace(analysis, mentions=kept)


def owner(analysis: Analysis, lex: Lexicon, p: Phrase, sent: Span, det_start: int) -> list[Participant]:
    """Whose claim it is.

    In order: a genitive or possessive right before the phrase ("Putins erste", "her fourth",
    "their first call" of two people named together); the parties a summit's modifiers name
    ("EU-China summit"); a genitive right after the head ("der fünfte Besuch des Präsidenten",
    "the ninth meeting of the G20 group"); for a role ordinal the subject before it ("Sie wurde die
    erste Frau ..."); the people of its clause (both of "Xi and Putin have met three times"), else
    of its sentence; an unknown person named as the sentence's subject; else the last person named
    before the sentence.
    """
    kinds = p.head.kinds if p.head is not None and p.head.kinds else ("person",)
    analysis = _without_window_anchors(analysis, lex, sent, p)
    spoken = _speech_owner(analysis, lex, p, sent, det_start)
    if spoken is not None:
        return spoken
    found = _possessor(analysis, lex, p, sent, det_start, kinds)
    if found:
        word, _ = _word_before(analysis.text, det_start, sent.start)
        pronoun = lex.owner is not None and lex.owner.fullmatch(word)
        return _as_guest(analysis, p, sent, found) if pronoun else found
    found = _parties_named_in(analysis, lex, p)
    if found:
        return found
    cs, ce = clause_of(analysis.text, sent.start, sent.end, p.start, p.end)
    clause = _people([m for m in analysis.mentions if cs <= m.start < ce and m.end <= ce], kinds)
    if not clause and p.qualifier is None:
        # "Ghana has held eight elections since 1992", "Germany and France have held two summits"
        clause = clause_parties(analysis, lex, p, (cs, ce))
    if p.qualifier == "class":
        return _role_holder(analysis, lex, p, sent, clause, kinds, det_start)
    found = _after_head(analysis, lex, p, ce) if not clause or clause[0].entities[0].kind == "person" else []
    if found:
        return _any_holder(analysis, lex, p, sent, cs, found) or _with_subject(analysis, lex, p, sent, cs, found)
    if clause:
        every = p.kind == "count" or p.etype in _SYMMETRIC
        if every:  # "X, who has met Y six times": X too
            clause = _antecedent(analysis, lex, _people([m for m in analysis.mentions if sent.start <= m.start < cs]), cs) + clause
        return _as_guest(analysis, p, sent, _all_or_first(p, clause))
    held = _antecedent(analysis, lex, _people([m for m in analysis.mentions if sent.start <= m.start < cs]), cs)
    if held:  # "X, who has visited China twice this year, met Y": X's alone, not Y's of the main clause
        return _as_guest(analysis, p, sent, participants(held))
    lo, hi = _when_clause(analysis, sent)
    in_sentence = _people([m for m in analysis.mentions if sent.start <= m.start < sent.end and not lo <= m.start < hi])
    if in_sentence:  # "For the first time since 2019, Biden and Xi met": the parties of the sentence
        return _as_guest(analysis, p, sent, _all_or_first(p, in_sentence))
    named = _unlinked_subject(analysis, lex, sent, p)
    if named:
        return [named]
    if p.head is not None:
        others = _owned_by_others(analysis, lex, p, sent)
        if others is not None:
            # "der einundzwanzigste Gipfel der beiden Staatenbünde", "beim zweiten Treffen der
            # Arbeitsgruppe": theirs, unlinked -- not the two people named before
            return [others]
    # "Orban met Putin. The last time they met was in 2019.": a meeting is the two named before
    both = _plural_owner(analysis, p, sent, sent.start) if p.etype in _SYMMETRIC else None
    if both:
        return both
    if p.head is None and _other_subject(analysis, lex, p, clause_of(analysis.text, sent.start, sent.end, p.start, p.end)):
        return []  # "Im Juli trafen zum ersten Mal die Truppen beider Seiten aufeinander": theirs, nobody named
    return participants(_before_in_text(analysis, sent.start, ("person",))[-1:])


def _when_clause(analysis: Analysis, sent: Span) -> tuple[int, int]:
    """The clause of time after a date in the sentence (the ``when`` cue of discourse.txt opens it,
    the next clause ends it: "since March 2023, when then President Yoon visited Tokyo": who is
    named in it owns no claim of the sentence); an empty span when there is none."""
    from kb.events.phases import cues

    cue = cues(analysis.document.lang).get("when")
    hit = cue.search(analysis.text, sent.start, sent.end) if cue is not None else None
    if hit is None:
        return sent.end, sent.end
    return hit.start(), clause_of(analysis.text, sent.start, sent.end, hit.end())[1]


def _other_subject(analysis: Analysis, lex: Lexicon, p: Phrase, clause: tuple[int, int]) -> bool:
    """Does the clause of an adverbial claim that names no person hold a noun phrase of its own
    (a determiner before a word, outside the claim's words and its dates)? Then the clause is about
    that, not about the person named in a sentence before ("Es war das zweite Mal in diesem Jahr"
    has none: it refers back)."""
    from kb.entities.words import function_words

    determiners = function_words(lex.lang, "determiner")
    text = analysis.text
    cs, ce = clause
    spans = [(p.start, p.end)] + [(t.start, t.end) for t in analysis.timexes if t.start < ce and cs < t.end]
    for m in re.finditer(r"\w+(?=\s+\w)", text[cs:ce]):
        at = cs + m.start()
        if m.group() not in determiners or any(a <= at < b for a, b in spans):
            continue
        # "the two ministers", "die beiden": people the text named before
        words = list(re.finditer(r"\w[\w-]*", text[cs + m.end():ce]))[:3]
        if not any(_names_people(text, lex, w, ce) for w in [at] + [cs + m.end() + x.start() for x in words]):
            return True
    return False


_VISITS = ("StateVisit", "Visit")


def _with_subject(analysis: Analysis, lex: Lexicon, p: Phrase, sent: Span, cs: int,
                  found: list[Participant]) -> list[Participant]:
    """"X held two rounds of talks with Y", "X, who held three meetings with Y": a meeting or call
    named with one other party after the head ("with", "mit") is also the subject's (named before it
    in its clause, or the one a relative clause hangs on)."""
    gap = analysis.text[p.end:found[0].span.start].split() if found and found[0].span else []
    adverbial = p.head is None  # "wurde dreimal von Xi empfangen": the passive's agent and its subject
    if p.etype not in _SYMMETRIC or len(found) != 1 or not gap or not adverbial and (
            lex.between is None or not lex.between.fullmatch(gap[0])):
        return found  # "between X and Y" names every party; "the summit of the G20" is the group's
    before = _people([m for m in analysis.mentions if cs <= m.start < p.start and m.kind != "pronoun"])
    before = before or _antecedent(analysis, lex, _people([m for m in analysis.mentions if sent.start <= m.start < cs]), cs)
    ids = {x.entity.id for x in found if x.entity is not None}
    return [x for x in participants(before) if x.entity is None or x.entity.id not in ids] + found


def _as_guest(analysis: Analysis, p: Phrase, sent: Span, found: list[Participant]) -> list[Participant]:
    """A visit ordinal is the guest's: "Putin hosted Xi in Moscow, his first trip abroad" -- when
    "his" (or the clause) gives the host of an event of the sentence, its guest owns the visit."""
    if p.etype not in _VISITS or p.qualifier is not None:
        return found
    ids = {x.entity.id for x in found if x.entity is not None}
    for ev in analysis.events:
        if ev.implied_by or not (sent.start <= ev.evidence.start < sent.end):  # a visit, or a meeting it hosts
            continue
        hosts = {x.entity.id for x in ev.participants if x.role == "host" and x.entity is not None}
        guests = [x for x in ev.participants if x.role == "guest"]
        if ids and ids <= hosts and guests:
            return [Participant(entity=x.entity, label=x.label, span=x.span) for x in guests]
    return found


def _speech_owner(analysis: Analysis, lex: Lexicon, p: Phrase, sent: Span, det_start: int) -> list[Participant] | None:
    """In a turn of speech: "your first visit" / "You have visited us four times" is the addressee's,
    "my first visit" the speaker's (:mod:`kb.claims.speech`). None when the phrase speaks of neither;
    ``[]`` when it does, inside a turn, but the text names no one to be spoken to (the claim has no
    owner kb can tell -- not the speaker's)."""
    from . import speech

    word, at = _word_before(analysis.text, det_start, sent.start)
    cs, _ = clause_of(analysis.text, sent.start, sent.end, p.start, p.end)
    if (lex.speaker_plural_owner is not None and lex.speaker_plural_owner.fullmatch(word) and p.etype in _SYMMETRIC
            and speech.speaker(analysis, lex, p.start) is not None):
        # "this is our first meeting": the speaker's and the one spoken to
        both = [speech.speaker(analysis, lex, p.start), speech.addressee(analysis, lex, p.start)]
        return [x for x in both if x is not None]
    if lex.addressee_owner is not None and lex.addressee_owner.fullmatch(word) and at > sent.start:
        who = speech.addressee(analysis, lex, p.start)
    elif lex.speaker_owner is not None and lex.speaker_owner.fullmatch(word):
        who = speech.speaker(analysis, lex, p.start)
    elif lex.addressee is not None and lex.addressee.search(analysis.text, cs, p.start) and not _people(
            [m for m in analysis.mentions if cs <= m.start < p.start]):
        who = speech.addressee(analysis, lex, p.start)  # "You have now come to Peru three times"
    elif (p.head is None and p.etype in _SYMMETRIC and lex.speaker_plural_owner is not None
          and lex.speaker_plural_owner.search(analysis.text, cs, p.start) and speech.speaker(analysis, lex, p.start) is not None
          and not _people([m for m in analysis.mentions if cs <= m.start < p.start])):
        # "We have met twice since then", "wir haben uns dreimal getroffen": the speaker's and the one spoken to
        both = [speech.speaker(analysis, lex, p.start), speech.addressee(analysis, lex, p.start)]
        return [x for x in both if x is not None]
    else:
        return None
    if who is not None:
        return [who]
    return [] if speech.speaker(analysis, lex, p.start) is not None else None


_NAME = re.compile(r"(?:[A-ZÄÖÜ][\w'’-]*[a-zäöüß][\w'’-]*\s+){1,3}[A-ZÄÖÜ][\w'’-]*[a-zäöüß][\w'’-]*")


def _unlinked_subject(analysis: Analysis, lex: Lexicon, sent: Span, p: Phrase) -> Participant | None:
    """A person kb does not know, named at the start of the sentence as its subject ("Ellen
    Example-Person has been sworn in as her country's first ..."): two to four capitalised words
    followed by a lower-case word, none of them a function word or a role noun. Unlinked: the
    claim keeps the name, and check-claims says it cannot look for it."""
    from kb.entities.words import function_words

    m = _NAME.match(analysis.text, sent.start, p.start)
    if m is None or not re.match(r"\s*[a-zäöüß]", analysis.text[m.end():p.start]):
        return None
    words = m.group(0).split()
    closed = function_words(lex.lang, "determiner") | function_words(lex.lang, "pronoun")
    if any(w in closed or lex.is_stop(w.lower()) or lex.head_at(w, 0, len(w)) for w in words):
        return None
    span = Span(m.start(), m.start() + len(m.group(0).rstrip()))
    if any(t.start < span.end and span.start < t.end for t in analysis.timexes):
        return None  # "Last Friday's announcement was the first ...": a date owns nothing
    g = _GENITIVE.match(words[-1])
    if g is not None and "'" in words[-1].replace("’", "'"):  # "Mara Quist's visit is her second": Mara Quist
        words[-1] = g.group(1)
        span = Span(span.start, span.end - (len(g.group(0)) - len(g.group(1))))
    return Participant(entity=None, label=" ".join(words), span=span)


class Window:
    """The window of one claim: ``since`` (a date value), ``within`` (an ISO duration) or ``text``
    (a window kb could not resolve to a date: "since taking office")."""

    def __init__(self, since: DateValue | None = None, within: str | None = None, text: str | None = None):
        self.since, self.within, self.text = since, within, text


def _timex_after(analysis: Analysis, pos: int, limit: int, types: tuple[str, ...], gap: int) -> Timex | None:
    for t in analysis.timexes:
        if t.type in types and pos <= t.start <= pos + gap and t.end <= limit:
            return t
    return None


def _span(analysis: Analysis, lex: Lexicon, start: int, end: int) -> Window | None:
    """A closed window: a span cue and the two ends of a period ("between 2013 and 2023", "from
    2019 to 2022"), told as one date expression or as two joined by one word -- kept as told, so an
    inverted one ("between 2023 and 2013") is seen as such and its claim dropped."""
    cue = lex.windows.get("span")
    if cue is None:
        return None
    for m in cue.finditer(analysis.text, start, end):
        first = _timex_after(analysis, m.end(), end, ("DATE",), 2)
        if first is None:
            continue
        value = first.value or ""
        if "/" in value and not value.endswith("/.."):
            return Window(since=first.date())
        second = _timex_after(analysis, first.end, end, ("DATE",), 8)
        if second is not None and re.fullmatch(r"\s+\w{1,6}\s+", analysis.text[first.end:second.start]) \
                and "/" not in value + (second.value or ""):
            return Window(since=dating.of_value(f"{value}/{second.value}", text=analysis.text[first.start:second.end],
                                                span=Span(first.start, second.end)))
    return None


def _since(analysis: Analysis, lex: Lexicon, start: int, end: int) -> Window | None:
    """A since-window: the first cue followed by a date ("seit Februar 2022"); else the first cue
    followed by an event kb cannot date ("since taking office"), kept as text. A cue followed by a
    name ("nach China") opens no window."""
    cue = lex.windows.get("since")
    if cue is None:
        return None
    undated = None
    for m in cue.finditer(analysis.text, start, end):
        t = _timex_after(analysis, m.end(), end, ("DATE", "DURATION"), 60)
        comma = re.search(r"[,;:()]", analysis.text[m.end():t.start]) if t is not None else None
        words = re.findall(r"[\w-]+", analysis.text[m.end() + comma.end():t.start]) if comma else []
        if any(w[:1].islower() for w in words[:-1]):  # not "met in Woodside, California, in November"
            t = None  # "his fourth since the invasion, began on Wednesday": the next clause's date
        if t is not None and t.type == "DURATION" and _length(t.value):
            return Window(within=_length(t.value))  # "seit 23 Jahren": a length back from the claim's date
        if t is not None and t.type == "DATE" and not windowwords.dates_the_event(analysis, m, t):
            # "their first meeting since October" in a September text: a window begins before the
            # claim's date, so a month told without its year is last year's
            date = _year_back(t.date(), t, analysis.document.published)
            return Window(since=dating.start_of(date) if date.value.endswith("/..") else date)
        named = any(m.end() < x.start <= m.end() + 1 and x.kind != "pronoun" for x in analysis.mentions)
        places = [x.start for x in analysis.mentions if m.end() < x.start < end and x.entities
                  and x.entities[0].kind in ("country", "city")]
        upto = min(places + [end] + ([t.start] if t is not None and t.type == "DATE" else []))  # "seit seinem Amtsantritt [in Berlin]"
        rest = re.match(r"[^,;:.()]{1,60}", analysis.text[m.start():upto])
        if undated is None and rest and not named and rest.group(0)[m.end() - m.start():].strip():  # not "after" alone
            undated = Window(text=" ".join(windowwords.window_words(analysis, lex, m, rest.group(0))))
    return undated


def _within(analysis: Analysis, lex: Lexicon, start: int, end: int) -> Window | None:
    cue = lex.windows.get("within")
    if cue is None:
        return None
    from kb.entities.words import function_words

    dets = function_words(lex.lang, "determiner")
    for m in cue.finditer(analysis.text, start, end):
        # the duration may begin inside the cue: "over [the past two years]"; else right after it,
        # an article at most between ("binnen eines Jahres"; not "visit in Peru lasted three days")
        t = _timex_after(analysis, m.start(), end, ("DURATION",), m.end() - m.start() + 25)
        gap = analysis.text[m.end():t.start].split() if t is not None else []
        if t is not None and _length(t.value) and all(w in dets for w in gap):
            return Window(within=_length(t.value))
        one = windowwords.one_unit_back(analysis, m)
        if one is not None:
            return Window(within=one)
    return None


def _length(value: str | None) -> str | None:
    """A window's length as an ISO 8601 duration of years, months, weeks or days ("P7M"); decades
    in years ("in a decade": P1DE -> P10Y); None for anything else.

    >>> [_length(v) for v in ("P7M", "P2DE", "PT3H", None)]
    ['P7M', 'P20Y', None, None]
    """
    if re.fullmatch(r"P\d+[YMWD]", value or ""):
        return value
    m = re.fullmatch(r"P(\d+)DE", value or "")
    return f"P{int(m.group(1)) * 10}Y" if m else None


def _period(analysis: Analysis, lex: Lexicon, start: int, end: int, adjacent_ok: bool = True,
            adjacent_grans: tuple[str, ...] = ("year",)) -> Window | None:
    """"zum dritten Mal in diesem Jahr", "this year": a period named by a deictic cue anywhere in the
    region, or right after the phrase ("the second visit in 2023"; not "their first meeting was in
    2013", which dates the meeting). ``adjacent_ok=False``: only a deictic period ("In 2019 she made
    her first visit" dates the visit). Right after an ordinal only a year is a window ("ihr viertes
    Treffen im Mai" dates the meeting); after a count a month is one too ("met twice in May",
    ``adjacent_grans``). A week is a window only when it is the current one ("this week")."""
    cue = lex.windows.get("period")
    adjacent = lex.windows.get("adjacent") if adjacent_ok else None
    for t in analysis.timexes:
        if t.type != "DATE" or not (start <= t.start < end) or t.granularity not in ("year", "month", "quarter", "week"):
            continue
        if t.granularity == "week" and not _current(t, analysis.document.published):
            continue  # "the third trip this week" counts; "met for the second time last week" dates the meeting
        before = analysis.text[max(start, t.start - 12):t.start]
        deictic = cue is not None and (cue.match(t.text) or re.search(rf"(?:{cue.pattern})\s*$", before, re.I)) \
            and names_unit(analysis.document.lang, t.text)
        near = (adjacent is not None and t.granularity in adjacent_grans
                and adjacent.fullmatch(analysis.text[start:t.start].strip()))
        if deictic or near:
            d = t.date()
            if d.earliest and d.latest:
                return Window(since=DateValue(f"{d.earliest.isoformat()}/{d.latest.isoformat()}", d.earliest,
                                              d.latest, d.granularity, text=t.text, span=Span(t.start, t.end)))
    return None


def _current(t: Timex, as_of) -> bool:
    return as_of is not None and t.earliest is not None and t.latest is not None and t.earliest <= as_of <= t.latest


def _period_of_count(analysis: Analysis, lex: Lexicon, start: int, end: int) -> Window | None:
    return _period(analysis, lex, start, end, adjacent_grans=("year", "month", "quarter"))


def _deictic(analysis: Analysis, lex: Lexicon, start: int, end: int) -> Window | None:
    return _period(analysis, lex, start, end, adjacent_ok=False)


def window(analysis: Analysis, lex: Lexicon, p: Phrase, region: tuple[int, int], before: int) -> Window:
    """The phrase's own window, read in its region, else between ``before`` (the start of its
    clause, or the end of the phrase before it there) and the phrase: "Seit Februar 2022 haben sie
    sich drei Mal getroffen", "In diesem Jahr ist es bereits ihre vierte Reise". Before an ordinal
    only a since-, within- or deictic window counts ("In 2019 she made her first visit" dates the
    visit). A term of office has no period window ("re-elected to a second term in 2024" dates the
    election)."""
    lo, hi = region
    for unit, pattern in lex.as_many:  # "their third meeting in as many months"
        m = pattern.search(analysis.text, lo, hi)
        # right after the phrase, or after the place or the parties it names ("his fourth visit to Peru in
        # as many years", "the third meeting between X and Y in as many months")
        if m and isinstance(p.value, int) and not isinstance(p.value, bool) and p.value > 1 and (
                re.fullmatch(r"[^,;:()]{0,60}", analysis.text[lo:m.start()])):
            return Window(within=f"P{p.value}{unit}")
    if p.qualifier == "term":
        after = before_readers = (_within, _since)
    else:
        after = (_span, _within, _since, _period_of_count if p.kind == "count" else _period)
        before_readers = after if p.kind == "count" else (_span, _within, _since, _deictic)
    for (a, b), readers in (((lo, hi), after), ((before, p.start), before_readers)):
        for reader in readers:
            w = reader(analysis, lex, a, b)
            if w is not None:
                return w
    return Window()


def last_date(analysis: Analysis, p: Phrase, region: tuple[int, int], clause: tuple[int, int],
              lex: Lexicon | None = None) -> DateValue | None:
    """The date a "last" claim gives: its since-date ("not met since 2019"), a date in its clause, or
    a length back ("liegt zwei Jahre zurück")."""
    for t in analysis.timexes:
        if t.type != "DATE" or t.earliest is None or (t.start < p.end and p.start < t.end):
            continue  # "most recently" is a (vague) date expression of its own
        if clause[0] <= t.start < max(region[1], clause[1]):
            date = t.date()
            if date.value.endswith("/..") and "/" not in date.value[:-3]:
                return dating.of_value(date.value[:-3])  # "since 2019": it last happened in 2019
            # "zuletzt vor zwei Jahren": the month that many years back, like an event's date
            return dating.ago_month(_year_back(date, t, analysis.document.published), t, analysis.document.published)
    return _ago(analysis, lex, clause) if lex is not None else None


_NO_YEAR = re.compile(r"XXXX-\d\d(?:-\d\d)?")


def _year_back(date: DateValue, t: Timex, as_of) -> DateValue:
    """"They last met in June" in a May report: what last happened lies before the claim's date, so
    a month or day told without its year that the calendar put after it is the one a year earlier."""
    if (as_of is None or date.earliest is None or date.earliest <= as_of
            or not _NO_YEAR.fullmatch(t.underspecified or "") or not re.fullmatch(r"\d{4}-\d\d(?:-\d\d)?", date.value)):
        return date
    value = f"{int(date.value[:4]) - 1:04d}{date.value[4:]}"
    return dating.of_value(value, date.uncertain, resolved=date.resolved, text=date.text, span=date.span,
                           source=date.source)


_AGO_SHIFT = {"Y": ("month", 12), "M": ("month", 1), "W": ("day", 7), "D": ("day", 1)}


def _ago(analysis: Analysis, lex: Lexicon, clause: tuple[int, int]) -> DateValue | None:
    """"Das letzte Treffen liegt zwei Jahre zurück", "It has been five years since they last met": a
    length back from the publication date (an ``ago`` line after the duration), at month precision
    for years and months like "vor zwei Jahren" (day precision for weeks and days)."""
    dct = analysis.document.published
    if lex.ago is None or dct is None:
        return None
    for t in analysis.timexes:
        m = re.fullmatch(r"P(\d+)([YMWD])", t.value or "") if t.type == "DURATION" else None
        if m is None or not (clause[0] <= t.start < clause[1]):
            continue
        if lex.ago.match(analysis.text, t.end + len(analysis.text[t.end:]) - len(analysis.text[t.end:].lstrip())):
            unit, factor = _AGO_SHIFT[m.group(2)]
            value = dating.shifted(dct, unit, -int(m.group(1)) * factor)
            if value:
                return dating.of_value(value, uncertain=True, text=t.text, span=Span(t.start, t.end))
    return None


def _only_owner_between(analysis: Analysis, lex: Lexicon, start: int, end: int) -> bool:
    """Between a head and a place only people and the words that link them: "Reise [von Olaf Scholz]
    nach", "trip [of the chancellor] to" -- not "visit since he met Xi in"."""
    from kb.entities.words import function_words

    gap = analysis.text[start:end]
    for m in sorted((m for m in analysis.mentions if start <= m.start and m.end <= end and m.entities
                     and m.entities[0].kind in ("person", "organisation", "government")),
                    key=lambda m: -m.start):
        lo = m.start - start
        adj = re.search(r"(?<!\S)[a-zäöüß]+\s+$", gap[:lo])  # "des [neuen] Kanzlers"
        endings = function_words(lex.lang, "adjective-ending")
        if adj and not lex.is_stop(adj.group(0).strip()) and adj.group(0).strip().endswith(tuple(endings) or ("\0",)):
            lo = adj.start()
        gap = gap[:lo] + " " + gap[m.end - start:]
    closed = function_words(lex.lang, "determiner") | function_words(lex.lang, "genitive")
    words = re.findall(r"[\w'’-]+|[^\w\s]", gap)
    return bool(words) and all(lex.is_stop(w) or w in closed for w in words) and not re.search(r"[,;:()]", gap)


def place(analysis: Analysis, p: Phrase, limit: int, clause: tuple[int, int] | None = None,
          lex: Lexicon | None = None) -> Participant | None:
    """A country or city the phrase names ("China-Besuch", "visit to Somalia"); for an adverbial of a
    visit, the place its clause names ("has visited Poland twice", "zum zweiten Mal in Beijing")."""
    def named(m) -> bool:
        return bool(m.entities) and m.entities[0].kind in ("country", "city") and m.kind not in ("metonym", "adjective")

    # a role ordinal's own words name whose role it is ("the first US official"), not a place
    lo = p.end if p.qualifier == "class" else p.start
    for m in analysis.mentions:
        if lo <= m.start and m.end <= min(limit, p.end + 14) and named(m):
            return Participant(entity=m.entities[0], label=m.text, span=m.span)
    if p.head is not None and lex is not None and clause is not None:
        # "die dritte Reise von Olaf Scholz nach Peru": the place after the owner named after the head
        for m in analysis.mentions:
            if p.end <= m.start and m.end <= min(limit, clause[1]) and named(m):
                if _only_owner_between(analysis, lex, p.end, m.start):
                    return Participant(entity=m.entities[0], label=m.text, span=m.span)
                break
    if p.head is None and clause is not None and p.etype in ("StateVisit", "Visit"):
        near = [m for m in analysis.mentions if clause[0] <= m.start and m.end <= clause[1] and named(m)]
        if near:
            m = min(near, key=lambda m: abs(m.start - p.start))
            return Participant(entity=m.entities[0], label=m.text, span=m.span)
    return None


def scope(analysis: Analysis, lex: Lexicon, p: Phrase, region: tuple[int, int]) -> tuple[str | None, bool]:
    """What narrows the count beyond type, owner and window, and whether it means abroad.

    The head's modifiers ("official foreign", "lateinamerikanische"), a role ordinal's whole phrase
    ("first woman in the chancellery"), and words for abroad in its region ("his first trip
    abroad", "seine erste Auslandsreise").
    """
    text = analysis.text
    parts = [text[p.start:p.end]] if p.qualifier == "class" else ([p.modifiers] if p.modifiers else [])
    abroad = False
    if lex.abroad is not None:
        inside = lex.abroad.search(text, p.start, p.end)
        after = lex.abroad.match(text, region[0] + len(text[region[0]:region[1]]) - len(text[region[0]:region[1]].lstrip()))
        if after is None and p.head is not None:  # "die erste Reise des Kanzlers ins Ausland"
            later = lex.abroad.search(text, region[0], region[1])
            after = later if later and _only_owner_between(analysis, lex, region[0], later.start()) else None
        abroad = bool(inside or after)
        if after and not inside:
            parts.append(after.group(0))
    return (" ".join(parts) or None), abroad
