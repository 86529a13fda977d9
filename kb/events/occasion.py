"""A meeting held at a summit told in the same sentence takes the summit's date (issue 9, stop 35).

"The two leaders are due to meet at a NATO summit in Washington next month": the date after the
summit noun is nearer to it than to the verb, so the meeting had none of its own. The summit is
where the meeting is held (the ``occasion`` cue of discourse.txt right before the summit noun:
"at a", "on the sidelines of the", "am Rande des"); a meeting without a date of its own (none, or
only the publication day's guess) takes the summit's, uncertain (from the context). A meeting
with a date of its own keeps it.
"""

from __future__ import annotations

from . import dating
from . import phases as _phases

# how far before the summit noun the occasion cue may begin
_REACH = 60


def meeting_at_summit(events: list, sentence_of, text: str, lang: str) -> None:
    """Date the undated meetings held at a dated summit of their sentence."""
    cue = _phases.cues(lang).get("occasion")
    if cue is None:
        return
    summits = [x for x in events if x.type == "Summit" and x.trigger is not None and x.date is not None
               and x.date.source == "text"]
    for ev in events:
        if ev.type != "Meeting" or ev.trigger is None or (ev.date is not None and ev.date.source != "publication"):
            continue
        for x in summits:
            if sentence_of(x) != sentence_of(ev) or x.status != ev.status:
                continue
            before = text[max(ev.evidence.start, x.trigger.start - _REACH):x.trigger.start]
            if cue.search(before):
                ev.date = dating.inherited(x.date)
                break
