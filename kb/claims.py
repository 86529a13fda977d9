"""Claims: count claims ("drei Mal getroffen seit Februar 2022") and ordinal claims ("zweiter
China-Besuch binnen sieben Monaten", "the fifth summit between the two leaders").

``annotate(analysis)`` fills ``analysis.claims`` (ids ``c1``, ...). A claim is never a fact: it
records what the source says, with participants, the counted event type, its window (``since``
a date, or ``within`` a duration) and ``as_of`` the publication date. An ordinal of 2 or more
implies an earlier event; it is appended to ``analysis.events`` with ``implied_by`` set, status
past and uncertain date bounds derived from the window (by the temporal resolver).

Word lists and patterns are in ``kb/lang/<iso>/claims.txt``; event types come from the event
triggers of ``events.txt``.
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass
from functools import lru_cache

from .lang import read_lines
from .entities.words import function_words
from .eventtypes import TYPES, family
from .events import dating
from .model import Analysis, Claim, DateValue, Event, Mention, Participant, Span

__all__ = ["Cues", "annotate", "cues"]



@dataclass
class Cues:
    """The claim patterns of one language."""

    ordinals: dict[str, str | int]  # form -> value
    cardinals: dict[str, int]
    ordinal_re: re.Pattern | None
    count_res: list[re.Pattern]
    places_res: list[re.Pattern]  # counts of places a trip covers: claims that leave the event alone
    again_res: list[tuple[re.Pattern, dict[str, str | int]]]
    anniversary_res: list[re.Pattern]
    within_re: re.Pattern | None
    since_re: re.Pattern | None
    other_re: re.Pattern | None = None  # nouns an ordinal may count instead ("eine dritte Amtszeit")

    def ordinal_before(self, text: str) -> str | int | None:
        """The ordinal ending ``text`` (at most two words before its end), e.g. "seinen zweiten China-"."""
        if self.ordinal_re is None:
            return None
        m = None
        for m in self.ordinal_re.finditer(text):
            pass
        if m is None:
            return None
        rest = text[m.end():]
        if len(rest.split()) > 2 or re.search(r"[,;:.()]", rest):
            return None
        if self.other_re is not None and self.other_re.search(rest):
            return None  # "für eine dritte Amtszeit vereidigt": the ordinal counts the term
        if m.group(0)[:1].isdigit() and rest.strip():
            return None  # "9. September zum Gipfel": a numeral ordinal must stand right before its noun
        return self.value(m.group(0))

    def value(self, form: str) -> str | int | None:
        """The value of an ordinal form ("zweiten" -> 2, "30th" -> 30, "letzte" -> "last")."""
        found = self.ordinals.get(form, self.ordinals.get(form.lower()))
        if found is None:
            digits = re.match(r"\d+", form)
            return int(digits.group(0)) if digits else None
        return found

    def count_before(self, text: str) -> bool:
        return any(p.search(text) for p in self.count_res)

    def count_around(self, clause: str) -> bool:
        return any(p.search(clause) for p in self.count_res)

    def count_in(self, text: str, start: int, end: int) -> list[tuple[int, int, int]]:
        """``(start, end, value)`` of count phrases in ``text[start:end]``."""
        out = []
        for p in self.count_res + self.places_res:
            for m in p.finditer(text, start, end):
                n = m.group("n")
                value = int(n) if n.isdigit() else self.cardinals.get(n.lower())
                if value:
                    out.append((m.start(), m.end(), value))
        return out


def _number_alternation(forms) -> str:
    return "|".join(sorted((f for f in forms), key=len, reverse=True))


@lru_cache(maxsize=None)
def cues(lang: str) -> Cues:
    """Read ``claims.txt`` of a language."""
    ordinals: dict[str, str | int] = {}
    ordinal_raw: list[str] = []
    cardinals: dict[str, int] = {}
    count_src, again_src, anniversary_src, places_src = [], [], [], []
    within_src, since_src, other_src = [], [], []
    for line in read_lines(lang, "claims.txt"):
        parts = line.split("\t")
        kind = parts[0].strip()
        if kind in ("ordinal", "cardinal") and len(parts) >= 3:
            value = parts[1].strip()
            # a "#" line holds one regular expression ("\d+(?:st|nd|rd|th)"), not a list of forms
            for form in ([parts[2]] if value == "#" else parts[2].split("|")):
                form = form.strip()
                if not form:
                    continue
                if kind == "ordinal":
                    if value != "#":  # "#": the digits of the form are the value ("30th")
                        ordinals[form.replace("\\", "")] = int(value) if value.isdigit() else value
                    ordinal_raw.append(form)
                else:
                    cardinals[form] = int(value)
        elif kind == "count":
            count_src.append(parts[1].strip())
        elif kind == "places":
            places_src.append(parts[1].strip())
        elif kind == "again":
            again_src.append(parts[1].strip())
        elif kind == "anniversary":
            anniversary_src.append(parts[1].strip())
        elif kind == "other":
            other_src.append(parts[1].strip())
        elif kind == "window" and len(parts) >= 3:
            (within_src if parts[1].strip() == "within" else since_src).append(parts[2].strip())
    ords = _number_alternation(ordinal_raw)
    cards = _number_alternation([re.escape(c) for c in cardinals] + [r"\d+"])
    b, e = r"(?<![\w-])", r"(?![\w-])"
    ordinal_re = re.compile(rf"{b}(?:{ords}){e}|{b}(?:{ords})(?=-)", re.IGNORECASE) if ords else None
    count_res = [re.compile(b + "(?:" + src.replace("{N}", rf"(?P<n>{cards})", 1) + ")" + e, re.IGNORECASE)
                 for src in count_src]
    places_res = [re.compile(b + "(?:" + src.replace("{N}", rf"(?P<n>{cards})", 1) + ")" + e, re.IGNORECASE)
                  for src in places_src]
    again_res = [(re.compile(b + "(?:" + src.replace("{O}", rf"({ords})") + ")" + e, re.IGNORECASE), ordinals)
                 for src in again_src]
    anniversary_res = [re.compile(b + "(?:" + src.replace("{O}", rf"({ords})") + ")", re.IGNORECASE)
                       for src in anniversary_src]
    within_re = re.compile(rf"{b}(?:{'|'.join(within_src)}){e}") if within_src else None
    since_re = re.compile(rf"{b}(?:{'|'.join(since_src)}){e}", re.IGNORECASE) if since_src else None
    other_re = re.compile(rf"{b}(?:{'|'.join(other_src)}){e}") if other_src else None
    return Cues(ordinals, cardinals, ordinal_re, count_res, places_res, again_res, anniversary_res, within_re,
                since_re, other_re)


def _persons(mentions: list[Mention]) -> list[Mention]:
    return [m for m in mentions if m.entities and all(e.kind == "person" for e in m.entities)]


def _participants(mentions: list[Mention]) -> list[Participant]:
    out, seen = [], set()
    for m in mentions:
        for e in m.entities:
            if e.id not in seen:
                seen.add(e.id)
                out.append(Participant(entity=e, label=m.text, span=m.span))
    return out


def _trigger_type(text: str, lang: str, start: int, end: int, nominal_only: bool = False):
    """The event type named in ``text[start:end]`` (the trigger nearest its start) and its span."""
    from .events.rules import rules

    best = None
    for rule in rules(lang).triggers:
        if nominal_only and not rule.nominal:
            continue
        for m in rule.pattern.finditer(text, start, end):
            if best is None or m.start() < best[1]:
                best = (rule, m.start(), m.end())
    return best


_COUNTABLE = {t.name for t in TYPES.values() if t.countable}


def _countable_trigger(text: str, lang: str, start: int, end: int, s: int, e: int):
    """The countable event type nearest a count phrase ("drei Mal ... getroffen" -> Meeting)."""
    from .events.rules import rules

    best, best_d = None, None
    for rule in rules(lang).triggers:
        if rule.type not in _COUNTABLE:
            continue
        for m in rule.pattern.finditer(text, start, end):
            d = m.start() - e if m.start() >= e else (s - m.end() if m.end() <= s else 0)
            if best_d is None or d < best_d:
                best, best_d = (rule, m.start(), m.end()), d
    return best


def _since(analysis: Analysis, c: Cues, sent_start: int, sent_end: int, near: int) -> DateValue | None:
    """The window start: a date after a since-cue in the sentence (e.g. "seit Februar 2022")."""
    if c.since_re is None:
        return None
    text = analysis.text
    best = None
    for m in c.since_re.finditer(text, sent_start, sent_end):
        for t in analysis.timexes:
            if t.type == "DATE" and m.end() <= t.start <= m.end() + 80 and t.end <= sent_end:
                if best is None or abs(t.start - near) < abs(best.start - near):
                    best = t
                break
    if best is None:
        return None
    date = best.date()
    if date.value.endswith("/.."):
        date = dating.start_of(date)
    return date


def _within(analysis: Analysis, c: Cues, start: int, end: int) -> str | None:
    if c.within_re is None:
        return None
    for m in c.within_re.finditer(analysis.text, start, end):
        for t in analysis.timexes:
            if t.type == "DURATION" and m.end() <= t.start <= m.end() + 20:
                return t.value
    return None


def _length_of_trip(analysis: Analysis, start: int, end: int) -> str | None:
    """"eine viertägige Reise in die sieben Staaten": the trip's length is the count's window."""
    for t in analysis.timexes:
        if t.type == "DURATION" and start <= t.start < end and re.fullmatch(r"P\d+[DWM]", t.value or ""):
            return t.value
    return None


def _clause(text: str, start: int, end: int, pos: int) -> tuple[int, int]:
    a = max([start] + [m.end() for m in re.finditer(r"[,;:]", text[start:pos])], default=start)
    a = a if a == start else start + a
    nxt = re.search(r"[,;:]", text[pos:end])
    return a, (pos + nxt.start()) if nxt else end


def _about(events: list[Event], etype: str, parts: list[Participant], before: int) -> Event | None:
    """The event an ordinal speaks about: the latest earlier event of the same kind and people."""
    ids = {p.entity.id for p in parts if p.entity}
    best = None
    for ev in events:
        if ev.implied_by or ev.evidence.start > before:
            continue
        if family(ev.type) != family(etype):
            continue
        if ids and not ids & {p.entity.id for p in ev.participants if p.entity}:
            continue
        best = ev
    return best


def _told_earlier(events: list[Event], claim: Claim, about: Event | None) -> Event | None:
    """An event of the text that happened before the one the ordinal counts, with its people."""
    if about is None or about.date is None or about.date.earliest is None:
        return None
    ids = {p.entity.id for p in claim.participants if p.entity}
    best = None
    for ev in events:
        if ev is about or ev.implied_by or ev.date is None or ev.date.latest is None:
            continue
        if family(ev.type) != family(claim.event_type):
            continue
        if ids & {p.entity.id for p in ev.participants if p.entity} and ev.date.latest < about.date.earliest:
            if best is None or ev.date.latest > best.date.latest:
                best = ev  # the latest one before: "the second" follows "the first"
    return best


def _founding(claim: Claim, about: Event | None, dct: _dt.date | None) -> Event | None:
    """The event an anniversary counts from: N years before the anniversary (uncertain)."""
    ref = about.date.earliest if about is not None and about.date is not None and about.date.earliest else dct
    if ref is None or not isinstance(claim.value, int):
        return None
    value = dating.shifted(ref, "year", -claim.value)
    if value is None:
        return None
    return Event(id="", type="Other", status="past", evidence=claim.evidence,
                 participants=[Participant(entity=p.entity, label=p.label, span=p.span) for p in claim.participants],
                 date=dating.of_value(value, uncertain=True), implied_by=claim.id)


def _implied(claim: Claim, about: Event | None, dct: _dt.date | None, n: int) -> Event:
    """The earlier event an ordinal >= 2 implies, dated between the window start and the event."""
    lo = hi = None
    if claim.within and dct is not None:
        lo = dating.duration_before(dct, claim.within)
    elif claim.since is not None:
        lo = claim.since.earliest
    if about is not None and about.date is not None and about.date.earliest:
        day_before = dating.shifted(about.date.earliest, "day", -1)
        hi = dating.of_value(day_before).latest if day_before else None
    elif dct is not None:
        hi = dct
    if lo is None and hi is None:
        date = None  # no publication date and no window: nothing to bound it by
    else:
        date = DateValue(value=f"{lo.isoformat() if lo else '..'}/{hi.isoformat() if hi else '..'}",
                         earliest=lo, latest=hi, granularity=None, uncertain=True)
    parts = [Participant(entity=p.entity, label=p.label, role="guest" if claim.event_type in ("StateVisit", "Visit") else None,
                         span=p.span) for p in claim.participants]
    return Event(id=f"i{n}", type=claim.event_type, status="past", evidence=claim.evidence,
                 participants=parts, place=claim.place, date=date, implied_by=claim.id)


def _place_in(analysis: Analysis, start: int, end: int) -> Participant | None:
    for m in analysis.mentions:
        if start <= m.start and m.end <= end + 12 and m.entities and m.entities[0].kind in ("country", "city") \
                and m.kind not in ("metonym", "adjective"):
            return Participant(entity=m.entities[0], label=m.text, span=m.span)
    return None


def annotate(analysis: Analysis) -> None:
    """Fill ``analysis.claims``; append the events ordinals imply to ``analysis.events``."""
    doc = analysis.document
    text, lang, dct = doc.text, doc.lang, doc.published
    c = cues(lang)
    claims: list[Claim] = []
    anniversaries: list[Claim] = []
    for sent in analysis.sentences:
        found: list[tuple] = []
        if any(sent.start < b.end and b.start < sent.end for b in analysis.boilerplate):
            continue
        mentions = [m for m in analysis.mentions if sent.start <= m.start < sent.end]
        # ordinals on event nouns: "seinen zweiten China-Besuch", "the fifth summit"
        for rule_hit in _nominal_hits(text, lang, sent.start, sent.end):
            rule, s, e = rule_hit
            value = c.ordinal_before(text[max(sent.start, s - 40):s])
            if value is None:
                continue
            cs, ce = _clause(text, sent.start, sent.end, s)
            found.append(("ordinal", value, rule.type, cs, ce, s, e))
        # adverbial ordinals: "zum zweiten Mal", "for the second time"
        for pat, table in c.again_res:
            for m in pat.finditer(text, sent.start, sent.end):
                form = next(g for g in m.groups() if g)
                value = c.value(form)
                cs, ce = _clause(text, sent.start, sent.end, m.start())
                hit = _trigger_type(text, lang, cs, ce)
                etype = hit[0].type if hit else ("StateVisit" if _place_in(analysis, cs, ce) else None)
                if etype and value is not None:
                    found.append(("ordinal", value, etype, cs, ce, m.start(), m.end()))
        # anniversaries: "the 30th anniversary of the Collective Security Treaty"
        for pat in c.anniversary_res:
            for m in pat.finditer(text, sent.start, sent.end):
                form = next(g for g in m.groups() if g)
                subject = _named_after(analysis, m.end(), sent.end)
                if subject is not None and c.value(form) is not None:
                    anniversaries.append(Claim(id="", kind="ordinal", value=c.value(form), event_type="Other",
                                               evidence=Span(sent.start, sent.end), participants=[subject],
                                               qualifier="anniversary", as_of=dct))
        # counts: "drei Mal persönlich getroffen", "eight phone calls"
        for s, e, value in c.count_in(text, sent.start, sent.end):
            cs, ce = _clause(text, sent.start, sent.end, s)
            hit = _countable_trigger(text, lang, cs, ce, s, e)
            if hit is None:
                continue
            found.append(("count", value, hit[0].type, cs, ce, s, e))
        # each claim's window is looked for between it and the next claim of the sentence
        found.sort(key=lambda f: f[5])
        for i, (kind, value, etype, cs, ce, s, e) in enumerate(found):
            region_end = found[i + 1][5] if i + 1 < len(found) else sent.end
            claims.append(_claim(analysis, c, kind, value, etype, mentions, cs, ce, s, e, sent, region_end))
    claims = [cl for cl in claims if cl.participants] + anniversaries
    claims.sort(key=lambda cl: cl.evidence.start)
    implied = []
    for i, claim in enumerate(claims, 1):
        claim.id = f"c{i}"
        if claim.qualifier == "anniversary":
            # "a summit ... on the occasion of the 30th anniversary": the event celebrating it
            about = next((ev for ev in analysis.events if ev.evidence == claim.evidence and not ev.implied_by), None)
        else:
            about = _about(analysis.events, claim.event_type, claim.participants, claim.evidence.end)
        if about is not None and claim.kind == "ordinal":
            claim.event = about.id
        if claim.qualifier == "anniversary":
            ev = _founding(claim, about, dct)
            if ev is not None:
                ev.id = f"e{len(analysis.events) + len(implied) + 1}"
                claim.implies = ev.id
                implied.append(ev)
            continue
        if claim.kind == "ordinal" and isinstance(claim.value, int) and claim.value >= 2:
            told = _told_earlier(analysis.events, claim, about)
            if told is not None:
                claim.implies = told.id  # the text itself tells the earlier event
                continue
            if claim.within is None and claim.since is None and claim.place is None:
                # "the fifth summit" alone names no series one could date an earlier event in;
                # "zum zweiten Mal in diesem Jahr", "second China visit within seven months" do
                continue
            ev = _implied(claim, about, dct, len(analysis.events) + len(implied) + 1)
            ev.id = f"e{len(analysis.events) + len(implied) + 1}"
            claim.implies = ev.id
            implied.append(ev)
    analysis.claims = claims
    analysis.events.extend(implied)


def _named_after(analysis: Analysis, pos: int, end: int) -> Participant | None:
    """What an anniversary is of: a mention right after ``pos``, else a capitalised name there
    (unlinked), else ("of the organisation") the last organisation mentioned before."""
    text = analysis.text
    rest = text[pos:end]
    dets = "|".join(re.escape(w) for w in function_words(analysis.document.lang, "determiner")) or "(?!)"
    m = re.match(rf"\s*(?:(?:{dets})\s+)?", rest)
    start = pos + (m.end() if m else 0)
    for mention in analysis.mentions:
        if mention.start == start and mention.entities:
            name = re.match(r"(?:[A-ZÄÖÜ][\w-]*\s?)+", text[start:end])
            if name and len(name.group(0).strip()) > mention.end - mention.start:
                break  # "Collective Security Treaty" is more than the "Collective" we know
            return Participant(entity=mention.entities[0], label=mention.text, span=mention.span)
    name = re.match(r"(?:[A-ZÄÖÜ][\w-]*(?:\s+|$))+", text[start:end])
    if name and name.group(0).strip():
        label = name.group(0).strip()
        return Participant(entity=None, label=label, span=Span(start, start + len(label)))
    before = [x for x in analysis.mentions if x.end <= pos and x.entities
              and x.entities[0].kind in ("organisation", "group", "government")]
    if before:
        x = before[-1]
        return Participant(entity=x.entities[0], label=x.text, span=x.span)
    return None


def _nominal_hits(text: str, lang: str, start: int, end: int):
    from .events.rules import rules

    hits = []
    for rule in rules(lang).triggers:
        if rule.nominal:
            for m in rule.pattern.finditer(text, start, end):
                if not any(m.start() < e and s < m.end() for _, s, e in hits):
                    hits.append((rule, m.start(), m.end()))
    return hits


def _claim(analysis: Analysis, c: Cues, kind: str, value, etype: str, mentions: list[Mention],
           cs: int, ce: int, s: int, e: int, sent, region_end: int) -> Claim:
    persons = _persons([m for m in mentions if cs <= m.start < ce])
    if not persons:
        before = _persons([m for m in mentions if m.start < s])
        # "Scholz met Xi in Beijing, his second visit to China": whose visit is the sentence's
        # subject (its first person), not the person named last
        persons = before[:1] if before else _persons([m for m in analysis.mentions if m.start < sent.start])[-1:]
    # a count's window may precede it ("Seit Februar 2022 ... drei Mal"); an ordinal's follows it
    since = _since(analysis, c, sent.start if kind == "count" else s, region_end, s)
    within = _within(analysis, c, s, region_end) or _length_of_trip(analysis, cs, ce)
    place = _place_in(analysis, s, e)
    return Claim(id="", kind=kind, value=value, event_type=etype, evidence=Span(sent.start, sent.end),
                 participants=_participants(persons), place=place, since=since, within=within,
                 as_of=analysis.document.published)
