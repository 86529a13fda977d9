"""The discourse pass: what a sentence leaves out, taken from the story it continues.

After every sentence has given its events (:func:`kb.events.extract_sentence`), each event
without a date or a status cue takes them from the event it continues -- an earlier event of the
same people within two sentences, the event a definite noun refers back to ("nach dem Treffen"),
an event told later in the same sentence -- and a title takes them from the body that tells it in
full. What nothing dates is dated by the publication day, as such (:func:`dating.from_publication`).
Then the calendar corrects a tense-less status (a date after publication is a plan).

Each rule is one small function: :func:`source_of` (which event is continued),
:func:`default_status`, :func:`inherit_date`, :func:`calendar_status`, :func:`title_from_body`.
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
import re
from dataclasses import dataclass, field
from typing import Callable

from ..eventtypes import COMMUNICATION, POINTS, STAYS, TYPES, family
from ..model import DateValue, Event, EventNotes
from . import dating
from .phases import Within

__all__ = ["Story", "calendar_status", "continue_story", "default_status", "inherit_date", "source_of",
           "sidelines_occasion", "title_from_body"]

_POINT_TYPES = POINTS
_COMMUNICATION = COMMUNICATION
_NO_DEFAULT_DATE = {t.name for t in TYPES.values() if not t.dated_by_report}
_STAYS = STAYS
_TWO_SIDED = {t.name for t in TYPES.values() if t.two_sided}
# the kinds of a contact -- a meeting and what counts as one (a visit, a summit): a title that tells
# one may be told by the body as another ("Xi, Putin hold talks" over "Putin arrived ... for a visit")
_CONTACTS = {"Meeting"} | {t.name for t in TYPES.values() if "Meeting" in t.counts_as}

# the granularities of a date that tells a time of history, not the occasion of a saying
_HISTORY = {"quarter", "year", "decade", "century"}
_HISTORY_AGO = _dt.timedelta(days=366)
_OCCASION_AGO = _dt.timedelta(days=31)  # a day longer ago than this is no occasion of a saying reported now
# how many sentences back an event without a cue of its own may continue one of the same people
_REACH = 2
# how far after a speech's verb the occasion it addresses may be named ("addressed the Munich Security Conference")
_ADDRESSED_GAP = 40
# a date after publication but within this many days before it started is a plan, not a report
_PLAN_SLACK = _dt.timedelta(days=6)


@dataclass
class Story:
    """The events of a document in text order and what is known about each."""

    events: list[Event]
    dct: _dt.date | None
    sentence_of: Callable[[Event], int]
    is_heading: Callable[[Event], bool]
    # sentence index -> what it says of time beyond its dates (kb.events.phases.Within)
    within: dict = field(default_factory=dict)
    # sentence index -> (sentence index, day) of the date line of the digest item it belongs to
    item_dates: dict = field(default_factory=dict)

    def item(self, ev: Event) -> tuple | None:
        return self.item_dates.get(self.sentence_of(ev))

    def note(self, ev: Event) -> EventNotes:
        return ev.notes

    def gap(self, a: Event, b: Event) -> int:
        return self.sentence_of(a) - self.sentence_of(b)


def shares(a: Event, b: Event) -> bool:
    """Do two events have a participant (entity) in common?"""
    ids_a = {p.entity.id for p in a.participants if p.entity}
    return any(p.entity and p.entity.id in ids_a for p in b.participants)


def _candidates(story: Story, i: int) -> list[tuple[Event, bool]]:
    """The events told before event ``i``, nearest first, then those told later in its sentence
    with its status and a date (``True`` for those)."""
    ev = story.events[i]
    # what a saying tells after it is not its occasion ("X said he met Y on Monday": the meeting's day)
    # nor is an event named after a preposition of another time ("met Y ahead of the summit in
    # September"): it lies at a time of its own
    # nor is the date of a clause of its own after it ("will meet X in Paris; on Friday the two will
    # travel to Lyon": Friday is the journey's); what did not occur had the time of its occasion
    # ("did not meet X during his visit last week")
    later = [x for x in story.events[i + 1:] if story.gap(x, ev) == 0 and x.date is not None
             and ev.status is not None and (x.status == ev.status or (ev.status == "did_not_occur" and x.status in ("planned", "past")))
             and _occasion_after(story, ev, x)
             and not story.note(x).own_clause]
    return [(x, False) for x in reversed(story.events[:i])] + [(x, True) for x in later]


def _occasion_after(story: Story, ev: Event, x: Event) -> bool:
    """May ``x``, told later in ``ev``'s sentence, be its occasion? Not one after a preposition of
    another time -- except, for a saying, the occasion it follows ("held a news conference after
    their talks on Tuesday": the talks' day; no length between, "a week after")."""
    if ev.type not in _COMMUNICATION:
        return not story.note(x).apart
    if x.date is None or x.date.source != "text":
        return False
    # "addressed the Munich Security Conference on Saturday": a speech to an occasion named right
    # after its verb is given at it, on its day
    addressed = ev.subtype == "Speech" and x.type not in _COMMUNICATION and ev.trigger is not None \
        and x.trigger is not None and 0 <= x.trigger.start - ev.trigger.end <= _ADDRESSED_GAP
    return addressed or (story.note(x).apart and not story.note(x).apart_by)


def _can_source(story: Story, prev: Event, ev: Event) -> bool:
    if story.is_heading(prev) and (prev.date is None or prev.date.uncertain):
        return False  # a title is a source only for a date it states itself
    if story.item(prev) != story.item(ev):
        return False  # the items of a digest are stories of their own
    if story.gap(ev, prev) == 0 and story.note(prev).relative != story.note(ev).relative:
        return False  # "X, who took office in January, met Y": the relative clause is another story
    if story.gap(ev, prev) == 0 and (story.note(ev).apart or story.note(prev).apart_by):
        return False  # "met Y on Tuesday, a week after her election": the election is not on Tuesday
    if story.gap(ev, prev) == 0 and (story.note(ev).topic or story.note(prev).topic):
        return False  # "spoke about the agreement signed on March 3": the talk is not on March 3
    if story.note(prev).since:
        return False  # "the first meeting since his inauguration in May": a window's start, no occasion
    return prev.type not in _COMMUNICATION and prev.implied_by is None


def one_sided(ev: Event) -> bool:
    """Does a two-sided event name one side only ("Bei einem Treffen mit Tusk ging es um
    Energie")? The other is the one the story is about: it continues the event told before."""
    return ev.type in _TWO_SIDED and len({p.entity.id for p in ev.participants if p.entity}) == 1


def _vote_told_on(story: Story, prev: Event, ev: Event) -> bool:
    """"Voters in Oslo went to the polls on Sunday. Lund won with 52 percent.": an undated vote told
    within two sentences after a vote the text dates to a day goes on telling that one, whoever
    each names (the country that voted, the winner) -- not a vote of history ("was elected in
    2019. He won ...") nor one of another status."""
    return family(ev.type) == family(prev.type) == "Election" and ev.date is None \
        and 0 < story.gap(ev, prev) <= _REACH and prev.date is not None and prev.date.source == "text" \
        and prev.date.granularity in ("day", "week") and prev.status == ev.status


def source_of(story: Story, i: int) -> Event | None:
    """The event that event ``i`` continues: the one its definite noun refers back to ("Following
    the talks, ..."), else the nearest one of the same people within two sentences, or one told
    before it in its sentence with a date of the text ("After the meeting with X on Monday, Y
    travelled on": whoever takes part) -- or, for an
    event told inside a stay ("during the visit", "on the agenda"), the stay told before -- else
    one told later in the same sentence."""
    ev = story.events[i]
    anaphor = story.note(ev).anaphor
    here = story.within.get(story.sentence_of(ev), Within())
    inside = here.inside
    for prev, later in _candidates(story, i):
        if not _can_source(story, prev, ev):
            continue
        if here.nth is not None and prev.type not in _STAYS:
            continue  # "am letzten Tag des Gipfels": a day of the stay, not of a meeting told on its sidelines
        if anaphor:
            if family(prev.type) == anaphor and not story.note(prev).series:
                return prev  # not "the previous summit": "Following the talks" are this story's
            continue
        if story.gap(ev, prev) > _REACH or (story.gap(ev, prev) == 0 and not _lends_in_sentence(story, prev)):
            continue
        if later or shares(prev, ev) or (inside and not later and prev.type in _STAYS) or one_sided(ev) \
                or (story.gap(ev, prev) == 0 and prev.date is not None and prev.date.source == "text") \
                or _vote_told_on(story, prev, ev):
            # "during the visit", "auf dem Programm steht": the stay told before
            return prev if inside or later else _dated_point_beside(story, i, prev)
    return None


def _lends_in_sentence(story: Story, prev: Event) -> bool:
    """May ``prev``, told in the same sentence, date an event there ("After the meeting with X on
    Monday, Y travelled on": Monday; "Nach dem Rücktritt von X im März übernahm Y das Amt": March)?
    Not an event of a clause of another time put in front dated coarser than a day ("After taking
    office in May, X met Y": some time after May, not May)."""
    d = prev.date
    return d is None or not story.note(prev).fronted or d.granularity in ("day", "week")


def _dated_point_beside(story: Story, i: int, prev: Event) -> Event:
    """"X held talks on Wednesday with Y, who is in Russia on an official visit. The two signed a
    declaration.": an event (no stay) that continues a stay told near a point event of the same
    people dated to a day within the stay (in the stay's sentence or one before it, within reach) is
    told of that event -- not of the whole stay (unless it is told inside the stay: "during the
    visit")."""
    ev = story.events[i]
    if prev.type not in _STAYS or ev.type in _STAYS:
        return prev
    lo, hi = (prev.date.earliest, prev.date.latest) if prev.date is not None else (None, None)
    for x in reversed(story.events[:i]):
        if x is prev or story.gap(ev, x) > _REACH or story.gap(prev, x) < 0:
            continue
        if x.type in _POINT_TYPES and x.type not in _COMMUNICATION and x.implied_by is None \
                and shares(x, ev) and ev.status in (None, x.status) and x.date is not None \
                and x.date.source == "text" and x.date.granularity == "day" and x.date.earliest is not None \
                and (lo is None or lo <= x.date.earliest) and (hi is None or x.date.earliest <= hi):
            return x
    return prev


def other_side(story: Story, ev: Event, source: Event | None) -> None:
    """"X reist am Montag nach Rom. Am Dienstag ist ein Treffen mit Papst Franziskus geplant.": a
    two-sided event that names one side only, continuing a stay told in its sentence or the one
    before, has the traveller (the guest, else the first person) as its other side."""
    if source is None or not one_sided(ev) or story.gap(ev, source) > 1 or source.type not in _STAYS:
        return  # (a contact continued is the same contact: the merge takes it)
    present = {p.entity.id for p in ev.participants if p.entity}
    people = [p for p in source.participants if p.entity and p.entity.kind == "person" and p.entity.id not in present]
    side = [p for p in people if p.role == "guest"] or people[:1]
    ev.participants += [dataclasses.replace(p, role=None) for p in side]


def series_body(story: Story, i: int) -> None:
    """"NATO leaders wrapped up their summit in Washington. [...] The next summit will be held in
    The Hague.": another event of a series ("the next summit", "der nächste Gipfel") that names no
    one in its own sentence is held by the bodies of the last event of its kind told before --
    not by the person the context last named."""
    ev = story.events[i]
    if not story.note(ev).series or not ev.participants:
        return
    n = story.sentence_of(ev)
    if any(p.span is not None and ev.evidence.start <= p.span.start < ev.evidence.end for p in ev.participants):
        return
    last = next((x for x in reversed(story.events[:i]) if x.type == ev.type
                 and story.sentence_of(x) < n), None)
    bodies = [p for p in last.participants if p.entity and p.entity.kind != "person"] if last is not None else []
    if bodies:
        ev.participants = [dataclasses.replace(p, role=None) for p in bodies]


def default_status(ev: Event, source: Event | None) -> None:
    """No tense cue: the status of the event continued, else past (a point event is not under way).
    A saying without a tense of its own (a transcript's "X: Colleagues, ...") is said, whatever
    plan it follows ("The next summit will be held in Vilnius."): past."""
    if ev.status is not None:
        return
    if ev.type in _COMMUNICATION and source is not None and source.type not in _COMMUNICATION:
        source = None
    ev.status = source.status if source is not None and source.status in ("planned", "ongoing", "past") else "past"
    if ev.status == "ongoing" and ev.type in _POINT_TYPES:
        ev.status = "past"


def _elsewhere(ev: Event, source: Event) -> bool:
    """Two stays in places apart ("arrived in Vietnam on Wednesday. Before that he had visited
    North Korea."): another trip, not the one told before -- a city and its country are one place."""
    a, b = ev.place.entity if ev.place else None, source.place.entity if source.place else None
    if ev.type not in _STAYS or source.type not in _STAYS or a is None or b is None:
        return False
    return a.id != b.id and a.country != b.id and b.country != a.id and (a.country is None or a.country != b.country)


def _may_inherit(story: Story, ev: Event, source: Event | None) -> bool:
    if ev.date is not None or source is None or source.date is None or _elsewhere(ev, source) or story.note(ev).done:
        return False  # (a title that names an outcome, "the election winner", takes no date of another event)
    if _later_vote(story, ev, source):
        return False  # "X's talks with Y followed the March 4 vote": the vote's day is its own, not the talks'
    if ev.type in _NO_DEFAULT_DATE and source.date.source == "publication":
        return False  # "called X to congratulate her on her election victory": the report's day is no election's
    if (source.status == "planned") != (ev.status in ("planned", "hypothetical")) and ev.status != "did_not_occur":
        return False  # a plan does not date what was done, nor the reverse (what did not occur had its time)
    if ev.type in _COMMUNICATION:
        # a reaction in the next sentence ("hatte ... eingestanden") happened with the event --
        # on its day; a time of history ("visited Oslo in 1990. He said ...") is no occasion of it
        # (a summit still under way at publication too, when the saying refers back to it by its
        # noun: "Nach dem Gipfel sagte sie ...")
        # a saying planned with the occasion planned it continues ("Im Anschluss an das Gespräch ist
        # eine Pressekonferenz geplant") is on that occasion's day too
        told = story.note(ev).anaphor == family(source.type) and source.status == "ongoing"
        planned = ev.status == source.status == "planned"
        return story.gap(ev, source) <= _REACH and (ev.status == "past" and (source.status == "past" or told) or planned) \
            and not _of_history(source.date, story.dct)
    return True


def _later_vote(story: Story, ev: Event, source: Event) -> bool:
    """Is ``source`` a vote told after ``ev`` in its sentence, ``ev`` no vote ("Tom Berg's talks with
    Anna Lund followed the March 4 vote on the budget")? A vote another event is set against is a
    time of reference: its day dates no other event of the sentence."""
    return family(source.type) == "Election" and family(ev.type) != "Election" and story.gap(ev, source) == 0 \
        and ev.trigger is not None and source.trigger is not None and source.trigger.start > ev.trigger.start


def _of_history(date, dct: _dt.date | None) -> bool:
    """Is ``date`` a time of history rather than an occasion of a saying reported now: a year or
    vaguer, a month over more than a year before the report ("30 years ago", read at month
    precision), or any day over a month before it ("won the December 12 election ... In her
    inaugural address, she said" in late February: not said in December)?"""
    if date.granularity in _HISTORY:
        return True
    if dct is None or date.latest is None:
        return False
    return date.latest < dct - (_HISTORY_AGO if date.granularity == "month" else _OCCASION_AGO)


def _inside(story: Story, ev: Event, source: Event | None) -> bool:
    """"During the visit, X will meet Y", "On the three-day trip, ...", "a visit that includes
    talks with Y": an event told inside the stay it continues takes the stay's days (and the stay
    its length, when told here), in place of a date the publication day gave it."""
    inside, days, nth = story.within.get(story.sentence_of(ev), Within())[:3]
    told = ev.date is not None and ev.date.source != "publication"
    if not inside or told or source is None or source.type not in _STAYS or source.date is None:
        return False
    if source.status == "past" and ev.status in ("planned", "hypothetical"):
        return False  # "X visited Oslo in May. Another visit is planned.": not inside the one done
    d = source.date
    if days and d.granularity == "day" and d.earliest is not None and (d.latest is None or d.latest == d.earliest):
        source.date = dating.stay(dating.start_of(d), days)
    ev.date = dating.inherited(dating.day_of_stay(source.date, nth) if nth else source.date)
    return True


def _shifted_from(story: Story, ev: Event, source: Event | None):
    """"Scholz wurde am 28. April wiedergewählt. Eine Woche nach seiner Wiederwahl traf er X.": the
    day that long after (``shift``) the event of the noun after the preposition of another time in
    its sentence -- that noun's day, or the day of the event it continues."""
    shift = story.note(ev).shift
    n = story.sentence_of(ev)
    noun = next((x for x in story.events if x is not ev and story.sentence_of(x) == n and story.note(x).apart), None)
    if not shift:
        return None
    # no event noun: the noun referring back ("On the eve of the talks, he met X") is the source's
    kind = family(noun.type) if noun is not None else story.note(ev).anaphor
    base = noun.date if noun is not None and noun.date is not None and noun.date.source != "publication" else \
        source.date if source is not None and kind is not None and family(source.type) == kind else None
    if base is None or base.granularity != "day" or base.earliest is None or base.source == "publication":
        return None
    # after an occasion of several days: from its last day; before it: from its first
    value = dating.shifted(dating.last_day(base).earliest if shift > 0 else base.earliest, "day", shift)
    return dating.of_value(value, True, resolved=True, source="context") if value else None


def _shifted_back(story: Story, ev: Event):
    """"Zwei Tage nach seinem Besuch in Paris traf er am Donnerstag X": the noun after the preposition
    of another time lies that long (``shift`` of the other event) before the day the text gives
    the event of its sentence told that long after it -- uncertain, as arithmetic."""
    if not story.note(ev).apart:
        return None
    n = story.sentence_of(ev)
    other = next((x for x in story.events if x is not ev and story.sentence_of(x) == n and story.note(x).shift
                  and x.date is not None and x.date.source == "text" and x.date.granularity == "day"
                  and x.date.earliest is not None and "/" not in x.date.value), None)
    if other is None:
        return None
    value = dating.shifted(other.date.earliest, "day", -story.note(other).shift)
    return dating.of_value(value, True, resolved=True, source="context") if value else None


def inherit_date(story: Story, ev: Event, source: Event | None) -> None:
    """The continued event's date, marked as from the context (a point event in a stay whose end is
    open or that is told as beginning on its day: its start); one told a length after another
    event referred back to, that long after it (:func:`_shifted_from`)."""
    shifted = (_shifted_from(story, ev, source) or _shifted_back(story, ev)) if ev.date is None else None
    if shifted is not None:
        ev.date = shifted
        return
    if _inside(story, ev, source) or not _may_inherit(story, ev, source):
        return
    date = dating.inherited(source.date)
    if date.source == "publication" and story.dct is not None:
        date = dating.from_publication(story.dct, ev.status, ev.type in _POINT_TYPES) or date  # what the report day tells
    elif ev.type in _POINT_TYPES and (date.value.endswith("/..") or source.notes.begun):
        date = dating.start_of(date, uncertain=True)
    elif ev.type in _POINT_TYPES and story.note(ev).after and story.note(ev).anaphor == family(source.type):
        date = dating.last_day(date)  # "Nach dem Gipfel sagte sie ...": on the summit's last day
    elif ev.type in _STAYS and story.note(ev).days and date.source != "publication":
        # "empfängt am Donnerstag X zu einem zweitägigen Staatsbesuch": the reception's day starts the stay
        date = dating.with_length(date, story.note(ev).days, story.note(ev).closed)
    ev.date = date


def sidelines_date(story: Story, ev: Event) -> None:
    """"Die Konferenz fand von Freitag bis Sonntag statt. Am Rande der Konferenz traf X Y.": an
    undated event told on the sidelines of an occasion (the ``@sidelines`` cue of events.txt)
    takes the days the sentence before names (from the context), when what is told there is the
    occasion or no event of anyone's -- within one item of a digest, not a past event on days ahead."""
    n = story.sentence_of(ev)
    here, before = story.within.get(n), story.within.get(n - 1)
    if ev.date is not None or here is None or not here.sidelines:
        return
    # "met on the sidelines of the APEC summit in Lima last week": the occasion of its own sentence
    # with a date of the text, named after it
    beside = next((x for x in story.events if x is not ev and story.sentence_of(x) == n and x.type in _STAYS
                   and x.date is not None and x.date.source == "text" and x.status == ev.status
                   and x.trigger is not None and ev.trigger is not None and x.trigger.start > ev.trigger.start), None)
    if beside is not None:
        ev.date = dating.inherited(beside.date)
        return
    if before is None or before.days_told is None:
        return
    # "gathered on Wednesday for a two-day summit": the occasion's days, as its event has them
    occasion = next((x for x in story.events if story.sentence_of(x) == n - 1 and x.type in _STAYS
                     and x.date is not None and x.date.source == "text" and x.date.latest is not None), None)
    d = occasion.date if occasion is not None else before.days_told
    if story.item_dates.get(n) != story.item_dates.get(n - 1) or (
            ev.status == "past" and story.dct is not None and d.earliest is not None and d.earliest > story.dct):
        return
    if any(story.sentence_of(x) == n - 1 and x.date is not None and x.date.source == "text" and x.type not in _STAYS
           and x.participants for x in story.events):
        # "Tusk was elected on May 3. On the sidelines of the summit ...": the day is the election's
        # -- not so an occasion told as an event of no one's ("The Munich Security Conference took
        # place from Friday to Sunday."): its days are the ones the sidelines share
        return
    ev.date = dating.inherited(d)


def sidelines_occasion(story: Story, ev: Event) -> None:
    """"On the sidelines of the G20 summit in Johannesburg, X met Y on Saturday": the occasion a
    sentence on its sidelines names (a summit, a conference: no visit), with no day of its own, was
    under way on the day of the event told beside it."""
    n = story.sentence_of(ev)
    here = story.within.get(n)
    if ev.date is not None or here is None or not here.sidelines or ev.type not in _STAYS \
            or family(ev.type) == "Visit" or story.is_heading(ev):
        return
    beside = next((x for x in story.events if x is not ev and story.sentence_of(x) == n and x.type not in _STAYS
                   and x.date is not None and x.date.source == "text" and not story.is_heading(x)), None)
    if beside is None:
        return
    ev.date = dating.inherited(beside.date)
    if ev.status is None and beside.status in ("past", "ongoing", "planned"):
        ev.status = beside.status


def stay_under_way(story: Story, i: int) -> None:
    """"Macron arrived in Berlin on Monday for a three-day visit. [...] Macron held talks with
    Scholz.": an event of the guest's (or host's) that nothing else dates, told as done or under
    way in a report published during a stay whose first and last days the text tells, and that
    shares a participant with it, happened during that stay -- further on than two sentences
    too. Not a saying (the report tells when it was said, or the day of the report) nor a plan."""
    ev = story.events[i]
    if ev.date is not None or story.dct is None or ev.type in _COMMUNICATION or ev.status not in ("past", "ongoing"):
        return
    for prev in reversed(story.events[:i]):
        d = prev.date
        if prev.type not in _STAYS or story.is_heading(prev) or prev.implied_by is not None or d is None \
                or story.item(prev) != story.item(ev) or not shares(prev, ev):
            continue
        if d.source == "text" and d.granularity == "day" and d.earliest is not None and d.latest is not None \
                and d.earliest < d.latest and d.earliest <= story.dct <= d.latest:
            ev.date = dating.inherited(d)
        return


def sequel_date(story: Story, ev: Event) -> None:
    """"Am Dienstag besuchte sie eine Werft. Anschließend traf sie Lund.": an undated event of a
    sentence that goes on from the one before (the ``sequel`` cue) happened on the day that one
    names last (from the context; the one before it when that names none); one set where the
    sentence before was ("Der Gipfel fand am 7. und 8. Mai in Peking statt. Sie traf dort Xi.", the
    ``there`` cue) on the days that one names last, a span of days too -- within one item of a
    digest. Without a tense cue of its own, it is planned when that day lies after publication."""
    n = story.sentence_of(ev)
    here = story.within.get(n)
    refine = _stay_days_only(ev)
    if (ev.date is not None and not refine) or here is None:
        return
    there = here.there or _in_stay_place(story, ev, n, here.place_first)
    if not (here.sequel or there) or (refine and not here.sequel):
        return
    k = _last_telling_day(story, n)
    before = story.within.get(k)
    if before is None or story.item_dates.get(n) != story.item_dates.get(k):
        return
    day = (before.days_told if there else None) or (before.day if here.sequel else None)
    if refine and not _one_day_within(day, ev.date):
        return  # (a point event within a stay's days takes only a day of them)
    if day is not None and here.earlier and not here.there:
        # "Zuvor hatte er Prag besucht": on or before that day, not on it
        ev.date = DateValue(value=f"../{day.value[:10]}", earliest=None, latest=day.latest, granularity="day",
                            uncertain=True, source="context")
    elif day is not None:
        ev.date = dating.inherited(day)
        if ev.status == "past" and not story.note(ev).cued and story.dct is not None \
                and day.earliest is not None and day.earliest > story.dct:
            ev.status = "planned"  # "Am Donnerstag empfängt sie X. Anschließend geben beide eine Pressekonferenz."


def _stay_days_only(ev: Event) -> bool:
    """Has a point event only the days of the stay it is told in (from the context, more than one
    day: "ist am Dienstag zu einem dreitägigen Besuch eingetroffen. ... Anschließend kamen beide zu
    einem Gespräch zusammen")? A sequel cue may then name its day."""
    d = ev.date
    return d is not None and ev.type in POINTS and d.source == "context" and d.granularity == "day" \
        and d.earliest is not None and d.latest is not None and d.earliest < d.latest


def _one_day_within(day: DateValue | None, span: DateValue) -> bool:
    """Is ``day`` a single day within the days of ``span``?"""
    return day is not None and day.earliest is not None and day.earliest == day.latest \
        and span.earliest <= day.earliest <= span.latest


def _in_stay_place(story: Story, ev: Event, n: int, first: int | None) -> bool:
    """Is ``ev`` set where a stay of the sentence right before it goes, by its place that opens
    its sentence after one word (``first``, :class:`kb.events.phases.Within`) and is that place or
    a place in it ("She will travel to Lithuania on Thursday. In Vilnius she will meet X and Y.")?
    It is then set there as by the ``there`` cue (a point event, of the stay's status)."""
    place = ev.place.entity if ev.place else None
    span = ev.place.span if ev.place else None
    if place is None or span is None or span.start != first or ev.type in _STAYS:
        return False
    for x in story.events:
        if story.sentence_of(x) != n - 1 or x.type not in _STAYS or x.status != ev.status or x.implied_by:
            continue
        dest = x.place.entity if x.place else None
        if dest is not None and (dest.id == place.id or place.country == dest.id):
            return True
    return False


def _last_telling_day(story: Story, n: int) -> int:
    """The sentence a sentence that goes on from the one before takes its day from: the one before,
    or -- when that names no day ("Die Außenminister setzten im Weißen Haus ihre Initialen unter den
    Text. Zuvor hatte Trump ... empfangen") -- the one before it, within the story's reach."""
    for k in range(n - 1, max(n - 1 - _REACH, -1), -1):
        w = story.within.get(k)
        if w is not None and (w.day is not None or w.days_told is not None):
            return k
    return n - 1


def onward_day(story: Story, ev: Event) -> None:
    """"Sie reist am Montag nach Vilnius. Danach reist sie am Mittwoch nach Tallinn.", "She will
    travel to Vilnius on Monday. She will then travel to Tallinn on Wednesday": a day of the week
    planned in a sentence that goes on from the one before (a ``sequel`` cue anywhere in it) lies
    after the day that one names, not in the days before it (read from publication, Wednesday
    may be the day before that Monday)."""
    n = story.sentence_of(ev)
    here, before = story.within.get(n), story.within.get(n - 1)
    d = ev.date
    if here is None or before is None or not here.onward or before.day is None or ev.status != "planned" \
            or d is None or d.source != "text" or d.granularity != "day" or "/" in d.value or d.earliest is None \
            or re.search(r"\d", d.text or "0") or before.day.earliest is None:
        return
    lag = (before.day.earliest - d.earliest).days
    if 0 < lag < 7:
        day = d.earliest + _dt.timedelta(days=7)
        ev.date = dataclasses.replace(d, value=day.isoformat(), earliest=day, latest=day)


def publication_date(ev: Event, dct: _dt.date | None, item_date: _dt.date | None = None) -> None:
    """What nothing dates and was done (or is under way) is dated by the report, as such -- in a
    digest by its item's date line (then from the context). An item dated before publication
    that tells an event in the present alone ("12.04.2019 – Berg empfängt Lund in Brüssel")
    reports that day's event: done then -- not one it dates after that day ("20.04. -- X reist am
    Donnerstag nach Y": a plan as of the item, its Thursday the one after it). A saying told as
    done is not dated by the context after the report ("Dort wird er am Donnerstag empfangen, wie
    ein Sprecher mitteilte": the saying is not Thursday's): the report dates it instead."""
    if ev.status == "past" and ev.type in _COMMUNICATION and dct is not None and ev.date is not None \
            and ev.date.source == "context" \
            and ev.date.earliest is not None and ev.date.earliest > dct:
        ev.date = None
    if item_date is not None and dct is not None and item_date < dct and ev.status == "planned" \
            and ev.notes.present and (ev.date is None or (ev.date.latest is not None and ev.date.latest <= item_date)):
        ev.status = "past"
    if ev.date is None and dct is not None and ev.status in ("past", "ongoing") and ev.type not in _NO_DEFAULT_DATE \
            and not ev.notes.since:  # "the first trip since his inauguration": long before the report
        ev.date = dating.from_publication(item_date or dct, ev.status, ev.type in _POINT_TYPES)
        if item_date is not None and ev.date is not None:
            ev.date.source = "context"


def calendar_status(ev: Event, dct: _dt.date | None, cued: bool, closed: bool = False) -> None:
    """The calendar overrides a tense-less present: a stated date after publication is a plan
    (also of a stay told as beginning then), one before it is past, and a stay whose days
    include the publication day is under way --
    unless the text tells it ended (``closed``: "wrapped up a three-day visit on Wednesday")."""
    d = ev.date
    if dct is not None and d is not None and d.earliest is None and d.latest is not None and d.latest >= dct \
            and ev.type in _STAYS and ev.status == "past" and not cued:
        ev.status = "ongoing"  # "besucht bis Freitag Deutschland": under way until then
    if dct is None or d is None or not d.resolved or not d.earliest or d.uncertain:
        return
    if ev.status == "ongoing" and d.earliest > dct:
        ev.status = "planned"  # "begins a state visit on Monday" (next Monday): not yet under way
    elif ev.status == "ongoing" and d.latest is not None and d.latest < dct and not cued:
        ev.status = "past"  # taken over from a stay under way, but over before publication
    if d.latest is None:
        return
    begun_stay = ev.type in _STAYS and d.earliest <= dct < d.latest
    if ev.status == "past" and d.latest > dct and d.earliest >= dct - _PLAN_SLACK and not begun_stay:
        if d.earliest > dct or not cued:
            ev.status = "planned"
    elif ev.status == "planned" and not cued and d.latest < dct:
        ev.status = "past"
    if ev.status == "past" and ev.type in _STAYS and d.earliest <= dct <= d.latest and (d.earliest < d.latest or not cued) \
            and not closed and (d.granularity in ("day", "week") or not cued):
        # the stay's days (or the week it fills) hold the publication day; a longer period that
        # holds it does so only for a tense-less present ("besucht in diesem Monat Paris"), not
        # for a stay told in the past ("visited Paris earlier this year", "reiste in diesem Monat
        # nach Paris": a past visit within it); so does the publication day itself for a
        # tense-less present ("ist am Mittwoch in Rom", published that Wednesday)
        ev.status = "ongoing"


def _flags(ev: Event) -> None:
    ev.hypothetical = ev.status == "hypothetical"
    ev.negated = ev.status == "did_not_occur"


def title_from_body(story: Story, i: int) -> None:
    """A title tells in short what the body tells: the first body event of its kind with the
    same people (else, for a contact, any meeting, visit or summit of them) gives it date and status -- for a digest item's title that
    carries the item's day itself ("12.04.2019 – Berg trifft Lund"), one of that item alone; what
    nothing dates is dated as :func:`publication_date` says (in a digest by the day of the item
    it stands in, also a title under its date line)."""
    ev = story.events[i]
    item = story.item(ev)
    own_day = item is not None and item[0] == story.sentence_of(ev)
    later = [x for x in story.events[i + 1:] if not story.is_heading(x) and shares(x, ev) and x.date is not None
             and x.type not in _COMMUNICATION and (not own_day or story.item(x) == item)]
    same_kind = [x for x in later if family(x.type) == family(ev.type)]
    # another kind dates a title only among contacts: an election is not on the day of the
    # swearing-in the body tells next
    kin = [x for x in later if x.type in _CONTACTS and ev.type in _CONTACTS]
    body = (same_kind or kin or [None])[0]
    if ev.date is None and body is not None:
        ev.date = dating.inherited(body.date)
    if ev.status is None:
        ev.status = body.status if body is not None and body.status else "past"
    publication_date(ev, story.dct, item[1] if item is not None else None)


def attended_occasion(story: Story, i: int) -> None:
    """"Lula later flies on to Durban to attend the summit on March 26 and 27": an undated journey
    whose sentence goes on to tell an occasion of days its people attend (a stay of another type,
    with the journey's status and a date of the text; not one after a preposition of another time)
    takes the occasion's days, whatever stay was told before."""
    ev = story.events[i]
    if ev.date is not None or ev.type not in _STAYS or ev.trigger is None:
        return
    x = next((x for x in story.events[i + 1:] if story.gap(x, ev) == 0 and x.type in _STAYS and x.type != ev.type
              and x.date is not None and x.date.source == "text" and x.status == ev.status
              and not story.note(x).apart and not story.note(x).relative and shares(ev, x)), None)
    if x is not None:
        ev.date = dating.inherited(x.date)


def continue_story(story: Story) -> None:
    """Fill in dates and statuses of ``story.events`` in place (body first, then titles)."""
    for i, ev in enumerate(story.events):
        if story.is_heading(ev):
            continue
        source = source_of(story, i)
        other_side(story, ev, source)
        series_body(story, i)
        default_status(ev, source)
        inherit_date(story, ev, source)
        attended_occasion(story, i)
        sequel_date(story, ev)
        onward_day(story, ev)
        sidelines_date(story, ev)
        sidelines_occasion(story, ev)
        stay_under_way(story, i)
        item = story.item(ev)
        publication_date(ev, story.dct, item[1] if item else None)
        calendar_status(ev, story.dct, story.note(ev).cued, story.note(ev).closed)
        _flags(ev)
    for i, ev in enumerate(story.events):
        if story.is_heading(ev):
            title_from_body(story, i)
            calendar_status(ev, story.dct, story.note(ev).cued, story.note(ev).closed)
            _flags(ev)


def eve_links(events: list[Event], text: str, cue: re.Pattern | None) -> list[tuple[Event, Event | None]]:
    """(event, occasion) for each event dated by the eve of an event noun of its sentence ("traf X
    am Vorabend des Gipfels": the ``eve`` cue of discourse.txt, matched on the text from the date
    expression to the noun), before the document pass folds the noun into another account; the
    occasion is None when the noun refers back to an event told before (``notes.anaphor``)."""
    if cue is None:
        return []
    out = []
    for ev in events:
        span = ev.date.span if ev.date is not None and ev.date.source == "text" else None
        if span is None:
            continue
        noun = next((o for o in events if o is not ev and o.trigger is not None and o.notes.sentence == ev.notes.sentence
                     and span.end <= o.trigger.start and cue.fullmatch(text, span.start, o.trigger.start)), None)
        if noun is not None:
            out.append((ev, noun))
        elif ev.notes.anaphor and cue.match(text, span.start):
            out.append((ev, None))  # the noun refers back to an event told before ("des Gipfels")
    return out


def date_eves(links: list[tuple[Event, Event | None]], events: list[Event]) -> None:
    """An event on the eve of an occasion (:func:`eve_links`) is on the day before the occasion's
    first day, as the text dates the occasion -- in the noun's own phrase ("am Vorabend des Gipfels
    vom 20. und 21. März") or where it is told before ("Der Gipfel findet am Donnerstag statt. Am
    Vorabend des Gipfels ..."); an occasion the text does not date leaves the event as it is."""
    for ev, noun in links:
        if noun is None:
            occasion = next((o for o in reversed(events) if o is not ev and o.notes.sentence < ev.notes.sentence
                             and family(o.type) == ev.notes.anaphor), None)
        else:
            occasion = noun if noun in events else next(
                (o for o in events if o.type == noun.type and (noun.notes.sentence, noun.notes.heading) in o.notes.accounts
                 and o is not ev), None)
        d = occasion.date if occasion is not None else None
        if d is None or d.source != "text" or d.span == ev.date.span or d.granularity != "day" or d.earliest is None:
            continue
        day = dating.shifted(d.earliest, "day", -1)
        if day is not None:
            ev.date = dating.of_value(day, True, resolved=True, source="context")
