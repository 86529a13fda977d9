"""A gathering that is the occasion of another event of its sentence takes that event's date
(issue 9, stop 35).

"The two leaders are due to meet at a NATO summit in Washington next month": the date after the
summit noun is nearer to it than to the verb, so the meeting had none of its own. The summit is
where the meeting is held (the ``occasion`` cue of discourse.txt right before the summit noun:
"at a", "on the sidelines of the", "am Rande des"); a meeting without a date of its own (none, or
only the publication day's guess) takes the summit's, uncertain (from the context).

"X and Y pledged on Tuesday to deepen their ties during talks in Hamburg": the talks are where the
pledge was made (the cue right before the meeting noun), so a meeting or summit without a date of
its own takes the day of the event told before it in its sentence. An event with a date of its own
keeps it.
"""

from __future__ import annotations

from . import dating
from . import phases as _phases

# how far before the occasion's noun the cue may begin
_REACH = 60
_GATHERINGS = ("Meeting", "Summit")


def meeting_at_summit(events: list, sentence_of, text: str, lang: str) -> None:
    """Date the undated meetings held at a dated summit of their sentence, and the undated
    gatherings that are the occasion of a dated event told before them in their sentence."""
    cue = _phases.cues(lang).get("occasion")
    if cue is None:
        return
    dated = [x for x in events if x.trigger is not None and x.date is not None and x.date.source == "text"]
    for ev in events:
        if ev.type not in _GATHERINGS or ev.trigger is None or (ev.date is not None and ev.date.source != "publication"):
            continue
        held = next((x for x in dated if sentence_of(x) == sentence_of(ev) and x.status == ev.status
                     and _held_at(ev, x, text, cue)), None)
        if held is not None:
            ev.date = dating.inherited(held.date)


def _held_at(ev, x, text: str, cue) -> bool:
    """Is ``ev`` held at the summit ``x`` (the cue before the summit noun), or is it the occasion
    of ``x`` told before it (the cue before its own noun)?"""
    if ev.type == "Meeting" and x.type == "Summit":
        return bool(cue.search(text[max(ev.evidence.start, x.trigger.start - _REACH):x.trigger.start]))
    if x.type in _GATHERINGS or x.trigger.start >= ev.trigger.start:
        return False
    return bool(cue.search(text[max(x.trigger.end, ev.trigger.start - _REACH):ev.trigger.start]))
