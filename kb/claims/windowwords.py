"""The words of a claim's window that are not its date: where a since-window kb cannot date ends
("since he took office", "seit Beginn der Pandemie [nach Europa]"), whether a day after it is the
window's or the event's ("their first summit since the pandemic [on Monday]"), and a within-window
told as one unit back ("in the past year": P1Y). Helpers of :mod:`kb.claims.context`."""

from __future__ import annotations

import re

from kb.model import Analysis, Timex

from .lexicon import Lexicon


def dates_the_event(analysis: Analysis, cue: re.Match, t: Timex) -> bool:
    """Is the date after a since-cue and words of its own the date of an event told before the cue
    ("held their first summit since the pandemic [on Monday]": the summit's day, not the window's)?"""
    if not re.search(r"\w", analysis.text[cue.end():t.start]) or (t.date().granularity or "day") != "day":
        return False  # "since Monday": the window's; "since the war ended in 2020": a year dates the window's event
    if any(not f.predicate.nominal and cue.end() <= f.predicate.start < t.start for f in analysis.frames):
        return False  # "since he took office on May 4": the date of the window's own clause
    return any(ev.date is not None and ev.date.span is not None and ev.date.span.start == t.start
               and ev.evidence.start < cue.start() and not ev.implied_by for ev in analysis.events)


def window_words(analysis: Analysis, lex: Lexicon, cue: re.Match, rest: str) -> list[str]:
    """The words of a since-window kb cannot date, up to what the clause says beyond it."""
    from kb.frames.lexicon import lexicon as frame_lexicon

    frames = frame_lexicon(lex.lang)
    verbs = {f.predicate.start for f in analysis.frames if not f.predicate.nominal}
    # "since he took office", "seit er im Amt ist": a pronoun after the cue opens the window's own clause
    clause = any(x.kind == "pronoun" and x.start - cue.end() in (0, 1) for x in analysis.mentions)
    words, last = [], cue.start()
    for found in list(re.finditer(r"\S+", rest))[:6]:
        w = found.group()
        if words and lex.coordinator is not None and lex.coordinator.fullmatch(w):
            break
        if len(words) > 2 and lex.locative is not None and lex.locative.fullmatch(w):
            break  # "seit Beginn der Pandemie [nach Europa]": where the event goes, not the window's
        if len(words) > 1 and cue.start() + found.start() in verbs and not clause:
            break  # "der China nach der Pandemie [besuchte]": the clause's verb, not the window's
        if len(words) > 1 and not clause and (w.lower() in frames.aux or w.lower() in frames.modals):
            break  # "Seit seinem Amtsantritt [ist Scholz] dreimal ... gereist": the main clause's auxiliary
        words.append(w)
        last = cue.start() + found.end()
    particles = {f.particle for forms in frames.verbs.values() for f in forms if f.particle}
    if len(words) > 2 and words[-1] in particles and re.match(r"\s*[.!?;]", analysis.text[last:]):
        words.pop()  # "hielten ihren ersten Gipfel seit der Pandemie [ab]": the verb's particle
    while len(words) > 2 and lex.is_stop(words[-1]):
        words.pop()  # "seit seinem Amtsantritt in [Berlin]"
    return words


_UNIT_LETTER = {"year": "Y", "month": "M", "week": "W"}


def one_unit_back(analysis: Analysis, cue: re.Match) -> str | None:
    """"in the past year", "over the last month": a period that begins inside a within-cue (the cue
    says it reaches back from the claim's date) is one unit long -- not the calendar year before."""
    for t in analysis.timexes:
        if t.type == "DATE" and cue.start() < t.start < cue.end() and t.granularity in _UNIT_LETTER \
                and not re.search(r"\d", t.text) and len(t.text.split()) <= 3:
            return f"P1{_UNIT_LETTER[t.granularity]}"
    return None


def term_periods(analysis: Analysis, lex: Lexicon, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of a term of office used as a time ("during Barack Obama's presidency", "während
    der Amtszeit von X"): a ``temporal`` word, up to five more words before any punctuation, and a
    term head. Who is named there holds the term, not the claim."""
    if lex.temporal is None:
        return []
    text = analysis.text
    out = []
    for m in lex.temporal.finditer(text, start, end):
        stretch = re.match(r"[^,;:.()]{1,80}", text[m.end():end])
        if stretch is None:
            continue
        for w in list(re.finditer(r"\S+", stretch.group(0)))[:6]:
            head = lex.head_at(text, m.end() + w.start(), end)
            if head is not None and head[0].kind == "term":
                # "of X" / "von X" after the head belongs to the term too
                tail = re.match(r"\s+(?:of|von|des|der)\s+[^,;:.()]{1,40}", text[head[1]:end])
                out.append((m.start(), head[1] + (tail.end() if tail else 0)))
                break
    return out
