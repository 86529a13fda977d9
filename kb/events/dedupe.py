"""Within-document deduplication: one event per thing told.

A headline and the body that tells the same event, repeated statements of one speaker on one
day, and several mentions of the same meeting become one event (the more informative one).
Cross-document merging is not done here (see the store).
"""

from __future__ import annotations

from ..eventtypes import TYPES, family
from ..model import Event

__all__ = ["merge"]

_COMMUNICATION = {t.name for t in TYPES.values() if t.communication}


def _ids(ev: Event) -> set[str]:
    return {p.entity.id for p in ev.participants if p.entity}


def _contains(outer, inner) -> bool:
    return (outer.earliest is not None and inner.earliest is not None and outer.earliest <= inner.earliest
            and (outer.latest is None or (inner.latest is not None and inner.latest <= outer.latest)))


def _dates_fit(a: Event, b: Event) -> bool:
    if a.date is None or b.date is None:
        return True
    if a.date.value == b.date.value:
        return True
    return _contains(a.date, b.date) or _contains(b.date, a.date)


# the more specific of two types of one thing told twice ("das Treffen" / "der Gipfel")
_SPECIFIC = {("Meeting", "Summit"): "Summit", ("Visit", "StateVisit"): "StateVisit"}


def _specific(a: str, b: str) -> str | None:
    return _SPECIFIC.get((a, b)) or _SPECIFIC.get((b, a))


def _no_person(ev: Event) -> bool:
    return bool(ev.participants) and all(p.entity is None or p.entity.kind != "person" for p in ev.participants)


def _one_day(a: Event, b: Event) -> bool:
    """Both dated to the same single day."""
    return a.date is not None and b.date is not None and a.date.value == b.date.value \
        and a.date.granularity == "day" and "/" not in a.date.value


def _same(a: Event, b: Event, same_sentence: bool, heading: bool, first_of_kind: bool = False,
          near: bool = False, sideline: bool = False) -> bool:
    ids_a, ids_b = _ids(a), _ids(b)
    if not ids_a or not ids_b:
        return False
    if a.trigger is not None and a.trigger == b.trigger:
        return False  # one trigger told several events on purpose ("separate talks with A and B")
    if heading:
        # a title tells in short what the body tells in full; a title naming only states or
        # bodies ("EU-China-Gipfel in Peking") tells the first such event of the body
        if family(a.type) != family(b.type):
            return False
        if ids_a & ids_b:
            return True
        # (a title's date of its own, if any, must fit; one filled in from elsewhere does not count)
        return first_of_kind and a.type not in _COMMUNICATION and (_no_person(a) or _no_person(b)) \
            and (_dates_fit(a, b) or any(x.date is not None and x.date.uncertain for x in (a, b)))
    if a.type in _COMMUNICATION and b.type in _COMMUNICATION:
        if not (ids_a & ids_b):
            return False
        if same_sentence:
            return True
        # one statement per speaker and day; subtypes (speech, press conference) stay apart
        return (a.subtype or None) == (b.subtype or None) and a.type == b.type and (
            _dates_fit(a, b) or bool(a.date and a.date.uncertain) or bool(b.date and b.date.uncertain))
    if a.type != b.type and not (same_sentence and _specific(a.type, b.type) and not sideline):
        # "beim Gipfel trafen sich die Staats- und Regierungschefs" is the summit; "A und B haben
        # am Rande des Gipfels miteinander gesprochen" is a meeting of their own
        return False
    if (a.subtype or None) != (b.subtype or None):
        return False
    if ids_a != ids_b:
        if same_sentence and ids_a & ids_b and _dates_fit(a, b) and a.status == b.status:
            return True  # "trifft X zusammen und tauscht sich mit Y aus": one occasion
        if not (ids_a <= ids_b or ids_b <= ids_a):
            return False
        # across sentences, a fuller account replaces a vaguer one ("this week" -> "on Thursday"),
        # and a meeting told with one side only is the one told next to it with both on that day
        # ("visited the White House on Monday. He was welcomed by the President")
        if not same_sentence and not (_refines(a.date, b.date) or _refines(b.date, a.date)) and not (
                near and a.type in _GATHERINGS and min(len(ids_a), len(ids_b)) == 1 and _one_day(a, b)):
            return False
    if a.status != b.status and not (same_sentence and _dates_fit(a, b)):
        return False
    if not _same_place(a.place, b.place):
        return False  # the legs of a journey are events of their own
    return _dates_fit(a, b)


def _same_place(a, b) -> bool:
    """No place, the same place, or a city and the country it lies in."""
    if a is None or b is None or a.entity is None or b.entity is None:
        return True
    x, y = a.entity, b.entity
    return x.id == y.id or x.country == y.id or y.country == x.id


def _refines(a, b) -> bool:
    """Does date a narrow down the vague date b ("this week" -> "Thursday and Friday")?"""
    return a is not None and b is not None and _contains(b, a) and a.value != b.value \
        and (b.granularity or "day") != "day"


def _finer(a, b) -> bool:
    """Is date a more precise than date b?"""
    if a is None:
        return False
    if b is None:
        return True
    if a.uncertain != b.uncertain:
        return not a.uncertain
    # "this week" gives way to "on Thursday and Friday"; a trip's days do not give way to its first day
    return _contains(b, a) and a.value != b.value and (b.granularity or "day") != "day"


_CONVERSATIONS = {"PhoneCall", "Meeting"}
_GATHERINGS = {"PhoneCall", "Meeting", "Summit"}


def _absorbed(st: Event, events: list[Event], is_heading) -> bool:
    """A remark without a date of its own, by someone taking part in a conversation reported as
    done that day, was made in that conversation ("Putin noted ...", "Xi stressed ...")."""
    if st.type != "Statement" or st.subtype not in (None, "Congratulation"):
        return False
    if st.date is not None and not st.date.uncertain:
        return False
    speakers = _ids(st)
    for ev in events:
        if ev.type in _CONVERSATIONS and ev.status == "past" and speakers & _ids(ev) and not is_heading(ev):
            if st.date is None or ev.date is None or _contains(ev.date, st.date) or _contains(st.date, ev.date):
                return True
    return False


def merge(events: list[Event], sentence_of, is_heading, on_sidelines=lambda ev: False) -> list[Event]:
    """Events with duplicates folded into the first (or the body's) account, in order.

    ``on_sidelines(ev)``: does the event's sentence tell of something on the sidelines of another
    ("am Rande des Gipfels"), so that a meeting and a summit told in it are two events?"""
    out: list[Event] = []
    told: set[str] = set()  # the kinds of event the body has told so far
    for ev in events:
        kind = family(ev.type)
        first = not is_heading(ev) and kind not in told
        if not is_heading(ev):
            told.add(kind)
        twin = next((o for o in out if _same(o, ev, sentence_of(o) == sentence_of(ev),
                                             is_heading(o) or is_heading(ev), first,
                                             abs(sentence_of(o) - sentence_of(ev)) <= 2,
                                             on_sidelines(ev))), None)
        if twin is None:
            out.append(ev)
            continue
        keep, drop = twin, ev
        from_heading = is_heading(twin) or is_heading(ev)
        same = sentence_of(twin) == sentence_of(ev)
        if is_heading(twin) and not is_heading(ev):
            # the body's account replaces the title's
            out[out.index(twin)] = ev
            keep, drop = ev, twin
        if _specific(keep.type, drop.type):
            keep.type = _specific(keep.type, drop.type)  # "the summit ... the meeting": a summit
        if same and keep.date is not None and drop.date is not None and not keep.date.uncertain \
                and not drop.date.uncertain and _contains(drop.date, keep.date) and drop.date.value != keep.date.value:
            # "arrived on Thursday for a two-day visit": the stay, not its first day
            keep.date, keep.status = drop.date, drop.status
        elif (not from_heading or keep.date is None) and _finer(drop.date, keep.date):
            keep.date = drop.date
            if drop.status and not from_heading:  # a title's tense says nothing
                keep.status = drop.status
            if not from_heading:  # the sentence with the precise account is the evidence
                keep.evidence, keep.trigger = drop.evidence, drop.trigger
        if keep.place is None and drop.place is not None:
            keep.place = drop.place
        if keep.subtype is None and drop.subtype is not None and keep.type == drop.type:
            keep.subtype = drop.subtype
        known = {(p.entity.id if p.entity else p.label) for p in keep.participants}
        for p in drop.participants:
            if (p.entity.id if p.entity else p.label) not in known:
                keep.participants.append(p)
                known.add(p.entity.id if p.entity else p.label)
    return [ev for ev in out if not _absorbed(ev, out, is_heading) and not _arrival_of_visit(ev, out, sentence_of)]


def _arrival_of_visit(ev: Event, events: list[Event], sentence_of) -> bool:
    """"ist zu einem Staatsbesuch in Moskau eingetroffen": the arrival is the visit's beginning."""
    if ev.type != "Other" or ev.subtype != "Arrival":
        return False
    return any(x.type in ("StateVisit", "Visit") and sentence_of(x) == sentence_of(ev) and _ids(x) & _ids(ev)
               for x in events)
