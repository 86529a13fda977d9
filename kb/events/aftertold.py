"""An undated event told "shortly after" an event told before (issue 9, stop 34).

"Der Landtag wählte gestern X. [...] Kurz nach der Abstimmung trat Y zurück.": the resignation has
no date of its own; the noun after the preposition of a later time (the ``apart`` cue of
discourse.txt, its word one of the ``later-than`` words of temporal-tense.txt) names the election
told before, whose day is known. The event takes that day, uncertain (from the context).
"""

from __future__ import annotations

import datetime as _dt
import re

from ..eventtypes import family
from . import dating
from . import phases as _phases
from .rules import rules


def _named_types(noun: str, lang: str) -> set[str]:
    """The event families a noun names: an event noun's (a nominal trigger) or a referring noun's
    (the ``refers`` cue of discourse.txt)."""
    out = {family(r.type) for r in _phases._event_nouns(lang) if r.pattern.fullmatch(noun)}
    return out | {family(n.type) for n in _phases._referring_nouns(lang) if n.pattern.fullmatch(noun)}


def _later_than(lang: str) -> re.Pattern | None:
    from ..temporal.grammar import load_grammar

    words = load_grammar(lang).tense.get("later-than", ())
    anaphor = rules(lang).cues.get("anaphor")
    if not words or anaphor is None:
        return None
    later = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    # the preposition, an article (what the @anaphor cue reads), up to one word, the noun
    return re.compile(rf"(?<!\w)(?:{later})\s+(?:\w+\s+)?(?:{_articles(anaphor.pattern)})\s+"
                      r"([^\W\d_][\w-]*)(?:\s+([^\W\d_][\w-]*))?", re.IGNORECASE)


def _articles(pattern: str) -> str:
    """The article alternatives the @anaphor cue opens with ("dem|den|des|der|...")."""
    m = re.search(r"\(\?:([^()]+)\)", pattern)
    return m.group(1) if m else "(?!)"


def after_told(events: list, sentence_of, text: str, lang: str, dct: _dt.date | None, item_dates: dict) -> None:
    """Date each undated past event whose text before its trigger says it came after an event of
    a family told before with a day of its own: that day, the last of several (the nearest such
    event before it, in the same item of a digest, on or before publication)."""
    pat = _later_than(lang)
    if pat is None or dct is None:
        return
    for ev in events:
        if ev.date is not None or ev.status not in ("past", None) or ev.trigger is None:
            continue
        n = sentence_of(ev)
        hit = pat.search(text, ev.evidence.start, ev.trigger.start)
        # the noun, or the noun after one word ("nach der ersten Abstimmung")
        kinds = set().union(*(_named_types(w, lang) for w in hit.groups() if w)) if hit is not None else set()
        if not kinds:
            continue
        for other in sorted((x for x in events if sentence_of(x) < n and family(x.type) in kinds
                             and item_dates.get(sentence_of(x)) == item_dates.get(n)),
                            key=sentence_of, reverse=True):
            d = other.date
            if d is None or d.source not in ("text", "context"):
                continue  # told again without a day ("Sie erhielt 20 Stimmen"): the one before
            if d.granularity == "day" and d.latest is not None and d.latest <= dct:
                # after an occasion of several days: on its last day
                ev.date = dating.last_day(dating.inherited(d))
            break
