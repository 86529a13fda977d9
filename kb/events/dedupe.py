"""Within-document deduplication: one event per thing told.

A headline and the body that tells the same event, repeated statements of one speaker on one
day, and several mentions of the same meeting become one event (the more informative one).
Cross-document merging is not done here (see the store).
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
import re
from dataclasses import dataclass

from ..eventtypes import COMMUNICATION, STAYS, TYPES, family, happens_once, told_once
from ..model import Event
from .dating import party_ids as _ids, reading, stay

__all__ = ["accompanied", "joint_trips", "merge"]

_COMMUNICATION = COMMUNICATION
_STAYS = STAYS


def _contains(outer, inner) -> bool:
    """Do the days ``outer`` is read as contain those of ``inner``? (A date from the publication
    day is read as its value: the report window around it is no statement.)"""
    (olo, ohi), (ilo, ihi) = reading(outer), reading(inner)
    return olo is not None and ilo is not None and olo <= ilo and (ohi is None or (ihi is not None and ihi <= ohi))


def _dates_fit(a: Event, b: Event) -> bool:
    if a.date is None or b.date is None:
        return True
    if a.date.value == b.date.value:
        return True
    return _contains(a.date, b.date) or _contains(b.date, a.date)


# the more specific of two types of one thing told twice ("das Treffen" / "der Gipfel")
_SPECIFIC = {("Meeting", "Summit"): "Summit", ("Visit", "StateVisit"): "StateVisit", ("Meeting", "PhoneCall"): "PhoneCall",
             ("Election", "ReElection"): "ReElection"}


def _specific(a: str, b: str) -> str | None:
    return _SPECIFIC.get((a, b)) or _SPECIFIC.get((b, a))


def _winners(ev: Event) -> set[str]:
    return {p.entity.id for p in ev.participants if p.entity is not None and p.role == "winner"}


def _persons(ev: Event) -> set[str]:
    return {p.entity.id for p in ev.participants if p.entity is not None and p.entity.kind == "person"}


def _no_person(ev: Event) -> bool:
    return bool(ev.participants) and all(p.entity is None or p.entity.kind != "person" for p in ev.participants)


def _one_span(a: Event, b: Event) -> bool:
    """Both planned for the same span the text names ("will travel to Berlin next week for talks.
    There he will meet X": the week of both)."""
    return a.status == b.status == "planned" and a.date is not None and b.date is not None \
        and a.date.value == b.date.value and "text" in (a.date.source, b.date.source)


def _one_day(a: Event, b: Event) -> bool:
    """Both dated to the same single day."""
    return a.date is not None and b.date is not None and a.date.value == b.date.value \
        and a.date.granularity == "day" and "/" not in a.date.value


@dataclass
class Pair:
    """Two events of a document and where they stand to each other."""

    a: Event
    b: Event
    same_sentence: bool = False
    heading: bool = False  # one of them is told in a title
    first_of_kind: bool = False  # the later one is the first of its kind in the body
    near: bool = False  # within two sentences
    sideline: int | None = None  # where the "on the sidelines of" cue of the later one's sentence ends
    restated: bool = False  # the later one's sentence restates one told before ("It was their second call")
    sideline_first: int | None = None  # where the "on the sidelines of" cue of the earlier one's sentence ends

    @property
    def ids(self) -> tuple[set[str], set[str]]:
        return _ids(self.a), _ids(self.b)

    def dates_fit(self) -> bool:
        return _dates_fit(self.a, self.b)

    def any_uncertain(self) -> bool:
        return any(x.date is not None and x.date.uncertain for x in (self.a, self.b))


def _title_tells(p: Pair) -> bool:
    """A title tells in short what the body tells in full; a title naming only states or bodies
    ("EU-Japan-Gipfel in Tokio") tells the first such event of the body. (A title's date of its
    own, if any, must fit; one filled in from elsewhere does not count.)"""
    a, b = p.a, p.b
    if family(a.type) != family(b.type):
        # "Readout of the President's Call with X" / "The President spoke with X today": the
        # title's call is the body's talk with the same partner, on the same day -- not a meeting
        # told with its place ("traf am Dienstag in Berlin X" is one in person)
        meeting = a if a.type == "Meeting" else b
        return _specific(a.type, b.type) == "PhoneCall" and a.status == b.status and bool(p.ids[0] & p.ids[1]) \
            and p.dates_fit() and meeting.place is None
    ids_a, ids_b = p.ids
    if ids_a & ids_b or _states_of_persons(a, b) or _states_of_persons(b, a):
        return True
    return p.first_of_kind and a.type not in _COMMUNICATION and (_no_person(a) or _no_person(b)) \
        and (p.dates_fit() or p.any_uncertain()) and not _beside_in_title(p)


def _beside_in_title(p: Pair) -> bool:
    """Is the title's event told as happening on the sidelines of another ("Scholz trifft Macron am
    Rande des EU-Gipfels": the meeting stands before the cue), and the body's of another type? Then
    the body's event is the occasion, not the title's meeting."""
    a = p.a
    return p.sideline_first is not None and a.type != p.b.type and a.trigger is not None \
        and a.trigger.start < p.sideline_first


def _states_of_persons(states: Event, persons: Event) -> bool:
    """"Beginning of Russian-Greek talks" (a title amid a transcript) over "Putin held talks with
    Prime Minister Mitsotakis"; "X and Y signed an agreement on Tuesday. The deal was signed by prime
    ministers A and B": an event naming only states, told again by persons -- at least two, no more
    than the states, one per state, each of a state it names or of no country kb knows, at least
    one known -- on a day that fits (or one of the two dated only by a guess), is that event."""
    if not _no_person(states) or states.type in _COMMUNICATION or not (states.status == persons.status):
        return False
    ids = _ids(states)
    people = [x.entity for x in persons.participants if x.entity is not None and x.entity.kind == "person"]
    known = [e.country for e in people if e.country is not None]
    return 2 <= len(people) <= len(ids) and bool(known) and len(set(known)) == len(known) and set(known) <= ids \
        and (_dates_fit(states, persons) or any(x.date is not None and x.date.uncertain for x in (states, persons)))


def _one_statement(p: Pair) -> bool:
    """One statement per speaker and day (in one sentence: one statement); subtypes (speech,
    press conference) stay apart."""
    a, b = p.a, p.b
    ids_a, ids_b = p.ids
    if not (ids_a & ids_b):
        return p.same_sentence and (_said_there(a, b) or _said_there(b, a))
    if p.same_sentence:
        return True
    if a.type != b.type:
        return False
    if _said_at(a, b, p.near) or _said_at(b, a, p.near):
        return True
    if (a.subtype or None) == (b.subtype or None):
        return p.dates_fit() or _guessed(a) or _guessed(b)
    return _remark_at(a, b) or _remark_at(b, a) or _sent_as(a, b, p) or _sent_as(b, a, p)


# what a statement is (a congratulation, a condolence) and how it is sent (a message, a post): an
# act and its channel told next to each other by one speaker are one statement
_ACTS = {"Congratulation", "Condolence"}
_CHANNELS = {"Message", "SocialMediaPost"}


def _sent_as(act: Event, channel: Event, p: Pair) -> bool:
    """"X sent a message to Y. X congratulated Y on ...": one congratulation, sent as a message."""
    return p.near and act.subtype in _ACTS and channel.subtype in _CHANNELS and act.status == channel.status \
        and (_ids(channel) <= _ids(act) or _ids(act) <= _ids(channel)) \
        and (p.dates_fit() or not _told(act) or not _told(channel))


def _remark_at(occasion: Event, saying: Event) -> bool:
    """A plain saying of the one who speaks on an occasion the text names (a speech, a press
    conference), in the same tense and without a day of its own, is said there: one statement per
    speaker and occasion ("X delivered a speech in Prague on Monday ... X said ..."). (A saying the
    text dates, even to the same day, may be another: "told reporters on Monday". An occasion over
    more than a week before the report is not where a saying it does not date was said: "Two years
    ago, X addressed parliament ... X told the newspaper Y".)"""
    return occasion.subtype in _OCCASIONS and not saying.subtype and occasion.status == saying.status \
        and _ids(saying) <= _ids(occasion) and occasion.date is not None and _guessed(saying) \
        and not _long_before(occasion.date, saying.date)


def _long_before(occasion, report) -> bool:
    """Does the occasion's date end more than a week before the report's day?"""
    return occasion.latest is not None and report is not None and report.earliest is not None \
        and (report.earliest - occasion.latest).days > 7


def _said_there(occasion: Event, saying: Event) -> bool:
    """In one sentence, a plain saying and the occasion it is said at, whose others are named with
    it ("At a press conference with X, Y said", "Y, standing next to X at a press conference, said",
    "Y sagte auf einer Pressekonferenz mit X"): one statement of them all. Not where someone of the
    occasion is named before it and before the speaker ("X held a news conference, and Y said") or
    between the verb and it ("Y said X had held a news conference"): that occasion is someone
    else's, or what is said."""
    if occasion.subtype not in _OCCASIONS or saying.type != "Statement" or saying.subtype \
            or occasion.status != saying.status or occasion.trigger is None or saying.trigger is None:
        return False
    if not (_dates_fit(occasion, saying) or _guessed(occasion) or _guessed(saying)):
        return False
    noun, verb = occasion.trigger, saying.trigger
    speaker = min((x.span.start for x in saying.participants if x.span is not None), default=None)
    for x in occasion.participants:
        if x.span is None or x.span.start >= noun.end:
            continue  # "a news conference with X"
        if noun.start < verb.start and speaker is not None and x.span.start > speaker:
            continue  # "Y, standing next to X at a press conference, said"
        return False
    return True


def _guessed(ev: Event) -> bool:
    """Is the event's day only guessed from the publication date? (A day borrowed from an event the
    text dates is a told day: two sayings on two such days are two occasions, as in a digest's
    items.)"""
    return ev.date is not None and ev.date.uncertain and ev.date.source not in ("context", "text")


# the occasions that are statements of their own: what a presenter says right before or after one
# is told, without a day of its own, is said there ("a joint press conference ... X said ...", "X
# spoke before parliament. X said ...", "X said on Friday ... X, speaking at a news conference,
# added ...")
_OCCASIONS = {"PressConference", "Briefing", "Doorstep", "Speech"}


def _said_at(occasion: Event, saying: Event, near: bool) -> bool:
    return near and occasion.subtype in _OCCASIONS and not saying.subtype and occasion.status == saying.status \
        and (not _told(saying) or not _told(occasion) or _dates_fit(occasion, saying)) \
        and _ids(saying) <= _ids(occasion) and not (occasion.date is not None and _long_before(occasion.date, saying.date))


def _told(ev: Event) -> bool:
    """Does the text itself date the event?"""
    return ev.date is not None and ev.date.source == "text"


def _kinds_agree(p: Pair) -> bool:
    """Same type and subtype -- or, in one sentence, a type and its more specific one ("beim Gipfel
    trafen sich die Staats- und Regierungschefs" is the summit; "A und B haben am Rande des
    Gipfels miteinander gesprochen" is a meeting of their own)."""
    a, b = p.a, p.b
    # a vote won told again as a re-election ("won a second term in Sunday's runoff ... took 55%
    # of the vote"): the winner's one election, in any sentence; so is a vote told with nobody named
    # ("earning him a second term on Sunday ... Sunday's vote followed")
    again = family(a.type) == family(b.type) == "Election" and (bool(_winners(a) & _winners(b))
                                                                or not a.participants or not b.participants)
    if a.type != b.type and not ((p.same_sentence or again or _talk_of_call(p)) and _specific(a.type, b.type)
                                 and not _beside(p) and not _apart(p) and not _bilateral_at_gathering(a, b)):
        return False
    return (a.subtype or None) == (b.subtype or None)


def _beside(p: Pair) -> bool:
    """Is one of the two the occasion another is told on the sidelines of ("met on the sidelines
    of the summit": the summit is named after the cue)? "held summit talks with X on the sidelines
    of the forum" names both before it: one event."""
    if p.sideline is None:
        return False
    return any(ev.trigger is None or ev.trigger.start >= p.sideline for ev in (p.a, p.b))


def _apart(p: Pair) -> bool:
    """Is one of two events of one sentence a noun with no argument or date of its own after a
    preposition of another time ("Im Vorfeld des Gipfels traf X Y", "Am Vorabend des
    EU-Gipfels"; ``notes.beside``)? It is the occasion the other is set against, at another time:
    not the other ("nach einem Treffen mit X" names its own party and may be the summit of its
    sentence); so is an event told in a clause of another time after its sentence's verb ("met Y on
    Monday, days after the two spoke by phone") beside one that is not."""
    return p.same_sentence and (p.a.notes.beside or p.b.notes.beside or p.a.notes.apart_by != p.b.notes.apart_by)


def _bilateral_at_gathering(a: Event, b: Event) -> bool:
    """"Merz met Erdogan at the NATO summit", "Beim NATO-Gipfel hat Merz Erdogan getroffen": two
    people named as the sides of a meeting at a gathering of one body (a summit whose only party
    besides them is an organisation) meet on their own -- unlike "beim Gipfel trafen sich die
    Staats- und Regierungschefs" (the summit) or a summit of two sides ("EU-China-Gipfel")."""
    if {a.type, b.type} != {"Meeting", "Summit"}:
        return False
    summit, meeting = (a, b) if a.type == "Summit" else (b, a)
    people = {x.entity.id for x in meeting.participants if x.entity is not None and x.entity.kind == "person"}
    bodies = [x.entity for x in summit.participants if x.entity is not None and x.entity.id not in people]
    return len(people) >= 2 and len(bodies) == 1 and bodies[0].kind == "organisation"


def _talk_of_call(p: Pair) -> bool:
    """"X telefonierte am Montag mit Y. Die beiden sprachen über die Ukraine": talk told right after
    a phone call of the same two, with no day or place of its own, is that call."""
    a, b = p.a, p.b
    return p.near and not p.same_sentence and a.type == "PhoneCall" and b.type == "Meeting" and b.place is None \
        and (b.date is None or b.date.source != "text") and len(p.ids[1]) >= 2 and p.ids[0] == p.ids[1]


def _host_added(a: Event, b: Event) -> bool:
    """Is ``b`` the stay ``a`` with its host told too: one type of stay, the same guests, and
    every other participant of ``b`` its host?"""
    if a.type != b.type or a.type not in _STAYS:
        return False
    guests = _ids(a)
    more = [p for p in b.participants if p.entity is not None and p.entity.id not in guests]
    return bool(guests) and bool(more) and all(p.role == "host" for p in more) \
        and guests == {p.entity.id for p in b.participants if p.entity is not None and p.role != "host"}


def _people_agree(p: Pair) -> bool | None:
    """Different people: True for one occasion told in one sentence ("trifft X und tauscht
    sich danach mit Y aus"), False when neither side contains the other or nothing else says it is one
    event, None (undecided) when one side is a fuller account of the other: across sentences a
    more precise date ("this week" -> "on Thursday"), or a meeting told with one side only next to
    the one with both on that day ("visited the White House on Monday. He was welcomed by the
    President")."""
    a, b = p.a, p.b
    ids_a, ids_b = p.ids
    if ids_a == ids_b:
        return None
    if p.same_sentence and ids_a & ids_b and p.dates_fit() and a.status == b.status:
        # one occasion told in one sentence -- unless each has a person of its own the other lacks:
        # "was received by X and then met Y" is two encounters
        return not (_persons(a) - ids_b and _persons(b) - ids_a)
    if _persons_of_states(p):
        return None
    if not (ids_a <= ids_b or ids_b <= ids_a):
        return False
    if p.same_sentence or _refines(a.date, b.date) or _refines(b.date, a.date):
        return None
    if p.near and family(a.type) == family(b.type) == "Election" and _winners(a) and _winners(a) == _winners(b):
        return None  # the vote told again with the loser ("took 55% of the vote against 45% for Y")
    if _host_added(a, b) or _host_added(b, a):
        return None  # "reist zu einem Staatsbesuch nach Italien. In Rom wird er von X empfangen": the host told
    one_side = a.type in _GATHERINGS and min(len(ids_a), len(ids_b)) == 1 \
        and ((p.near and (_one_day(a, b) or _lead_then_day(p) or _one_span(a, b))) or (p.restated and (_one_day(a, b) or _guessed(b))))
    return None if one_side or _one_of_travellers(p) else False


def _received_in_stay(p: Pair) -> bool:
    """"ist am Mittwoch zu einem zweitägigen Staatsbesuch in Litauen eingetroffen. In Vilnius wurde
    er von X empfangen": the stay under way and its reception told as done -- or as still to come
    ("In Vilnius wird er am Donnerstag von X empfangen") --, on days within the stay's, with the
    host added, are one stay (the status of each is of its own clause)."""
    return {p.a.status, p.b.status} in ({"ongoing", "past"}, {"ongoing", "planned"}) \
        and (_host_added(p.a, p.b) or _host_added(p.b, p.a)) and p.dates_fit()


def _persons_of_states(p: Pair) -> bool:
    """"Trade ministers from Britain and India met in Geneva on Wednesday ... Business Secretary X
    met his Indian counterpart, Y, for two hours": an event of states told again within two
    sentences by one person of each, without a day of its own (the publication's guess), is that
    event (:func:`_states_of_persons`)."""
    a, b = p.a, p.b
    return p.near and not p.same_sentence and a.type == b.type and a.status == b.status \
        and (_guessed(a) or _guessed(b)) and (_states_of_persons(a, b) or _states_of_persons(b, a))


def _one_of_travellers(p: Pair) -> bool:
    """"Beide traten am Nachmittag die Reise nach Rom an. [...], sagte X vor seiner Abreise nach
    Rom": one of a journey's travellers told again on the same trip, on the same day, within two
    sentences (or one of the two dated only by the publication's guess)."""
    a, b = p.a, p.b
    return p.near and a.type in STAYS and b.type == a.type and a.date is not None and b.date is not None \
        and (a.date.value == b.date.value or ((_guessed(a) or _guessed(b)) and p.dates_fit())) and a.place is not None and b.place is not None \
        and a.place.entity is not None and b.place.entity is not None and a.place.entity.id == b.place.entity.id


def _same(p: Pair) -> bool:
    """Do the two events of ``p`` tell one event? The rules above, in order."""
    ids_a, ids_b = p.ids
    if not p.a.participants or not p.b.participants:
        return _same_unattended(p)
    if not ids_a or not ids_b:
        return _same_unnamed_speaker(p)
    if p.a.trigger is not None and p.a.trigger == p.b.trigger:
        return False  # one trigger told several events on purpose ("separate talks with A and B")
    if p.heading:
        return _title_tells(p)
    if p.a.type in _COMMUNICATION and p.b.type in _COMMUNICATION:
        return _one_statement(p)
    if not _kinds_agree(p):
        return False
    if happens_once(p.a.type, p.a.subtype) and _persons(p.a) and _persons(p.a) == _persons(p.b) \
            and p.a.status == p.b.status:
        return True  # "X ist tot. Er starb am Donnerstag": one death, told twice
    people = _people_agree(p)
    if people is not None:
        return people
    if p.a.status != p.b.status and not (p.same_sentence and p.dates_fit()) and not _received_in_stay(p) \
            or {p.a.status, p.b.status} == {"planned", "past"} and _specific(p.a.type, p.b.type):
        return False  # "In a phone call on Wednesday, A and B agreed to meet": the call done, a meeting planned
    if not _same_place(p.a.place, p.b.place) and not _same_stay(p.a, p.b):
        return False  # the legs of a journey are events of their own
    # "ist am Montag zu einem Staatsbesuch nach X aufgebrochen": the noun takes the day, the verb
    # only the publication's guess -- in one sentence that guess is no day of its own; events of
    # two types ("met X on Wednesday, after their phone call") are two events all the same
    return p.dates_fit() or (p.same_sentence and p.a.type == p.b.type and (_guessed(p.a) or _guessed(p.b))) \
        or _undated_again(p) or _lead_then_day(p) or (p.restated and _guessed(p.b)) or _persons_of_states(p)


_UNNAMED_SAYINGS = {("Statement", None), ("Other", "MediaReport")}


def _same_unnamed_speaker(p: Pair) -> bool:
    """Two plain sayings of one speaker named by no name, only by a description: the same words
    again, or the later only its head noun with an article ("An Upjohn spokesman said ... The
    spokesman said ..."), on days that fit: one statement, as of a named speaker. So are two
    reports of one unnamed outlet ("..., and said ..., the radio reports said")."""
    a, b = p.a, p.b
    if (a.type, a.subtype) != (b.type, b.subtype) or (a.type, a.subtype) not in _UNNAMED_SAYINGS \
            or a.status != b.status \
            or not a.participants or not b.participants \
            or any(x.entity is not None or x.span is None for x in a.participants + b.participants) \
            or not (p.dates_fit() or _guessed(a) or _guessed(b)):
        return False
    return any(_described_again(*sorted((x, y), key=lambda z: z.span.start))
               for x in a.participants for y in b.participants)


def _described_again(first, later) -> bool:
    """Is the later description the first one again, or its head noun with an article?"""
    words, again = first.label.casefold().split(), later.label.casefold().split()
    return bool(words) and (again == words or (len(again) <= 2 and len(words) > len(again) and again[-1] == words[-1]))


def _lead_then_day(p: Pair) -> bool:
    """A lead sentence tells an event without a day of its own (the publication's guess) and one of
    the next two tells it again with its day and only one side of it ("hat Tusk in Berlin empfangen.
    Bei dem Treffen am Dienstag ..."): one event, on the day told. (Both sides again are another
    meeting of theirs: "Die beiden hatten sich zuletzt im Januar getroffen"; so is one on a day not
    within a week of the report. A stay has one side, its guest: "during his visit to Oslo. He had
    arrived in Oslo on Wednesday" is that stay.)"""
    one_side = _ids(p.b) < _ids(p.a) or (p.a.type in _STAYS and _ids(p.b) == _ids(p.a))
    if not (p.near and not p.same_sentence and p.a.type == p.b.type and _guessed(p.a) and _told(p.b) and one_side):
        return False
    told, report = p.b.date, p.a.date
    return told.granularity == "day" and told.earliest is not None and told.earliest == told.latest \
        and report.earliest is not None and abs((told.earliest - _dt.date.fromisoformat(report.value[:10])).days) <= 7


def _undated_again(p: Pair) -> bool:
    """One person's election told again without a day of its own ('"The moment I was elected,"
    Y said' after "Y was elected on Wednesday"): the same election, whose day the text told; so
    is a resignation (``told_once`` of the type registry)."""
    a, b = p.a, p.b
    once = family(a.type) == "Election" or (a.subtype == b.subtype and told_once(a.type, a.subtype))
    return a.type == b.type and once and a.status == b.status \
        and _guessed(a) != _guessed(b) and bool(_persons(a)) and _persons(a) == _persons(b)


def _same_unattended(p: Pair) -> bool:
    """An event told with nobody named (an attack in a city, an election in a country) is another
    account of one of its kind, status and days whose place -- or whose party, a country voting --
    is its place ("Voters in Norway go to the polls ... for a parliamentary election"); a vote told
    with no place either is one of its days."""
    a, b = (p.a, p.b) if not p.a.participants else (p.b, p.a)
    if p.heading or not _kinds_agree(p) or a.status != b.status \
            or (a.trigger is not None and a.trigger == b.trigger) or not p.dates_fit():
        return False
    if family(a.type) == "Election" and p.same_sentence:
        # a vote told twice in its sentence, whatever the places ("Bei der Wahl am 6. Oktober wurde X
        # zum Bürgermeister von Lima gewählt", "said the opposition had won Sunday's election")
        return True
    if family(a.type) == "Election" and a.place is None:
        # "following general elections in August ... In last month's polls, X won": a vote told
        # with nobody and nowhere named is the one of its days the text tells of elsewhere, wherever
        # that one is ("X won in Peru on Sunday ... Sunday's vote followed")
        return a.date is not None and b.date is not None and a.date.value == b.date.value
    if a.place is None or a.place.entity is None:
        return False
    where = a.place.entity
    if b.place is not None and b.place.entity is not None:
        return _same_place(a.place, b.place)
    return bool({where.id, where.country} & _ids(b))


def _same_place(a, b) -> bool:
    """No place, the same place, a city and the country it lies in, or a site (a palace, a seat of
    government) and a city of its country ("in Paris" / "at the Elysee Palace")."""
    if a is None or b is None or a.entity is None or b.entity is None:
        return True
    x, y = a.entity, b.entity
    if x.id == y.id or x.country == y.id or y.country == x.id:
        return True
    if "region" in (x.kind, y.kind):
        return True  # "a trip to the Middle East" / "the visit to Israel": kb knows no region's members
    return x.country is not None and x.country == y.country and "city" in (x.kind, y.kind) \
        and not {x.kind, y.kind} <= {"city", "country"}


def _same_stay(a: Event, b: Event) -> bool:
    """The same days of several ("a five-day trip to the region" / "the five-day visit to the
    country"): the legs of one journey never share all their days, so one account names the whole
    and the other a place in it."""
    da, db = a.date, b.date
    return da is not None and db is not None and da.value == db.value and "/" in da.value \
        and da.earliest is not None and da.latest is not None and da.earliest < da.latest


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
    # "this week" gives way to "on Thursday and Friday" (even days only implied: "arrived for a
    # four-day visit"); a trip's days do not give way to its first day
    narrower = _contains(b, a) and a.value != b.value and (b.granularity or "day") != "day"
    if _contains(a, b) and a.value != b.value and (a.granularity or "day") != "day" and b.latest is not None:
        return False  # nor do those days give way to "this week" around them
    if a.uncertain != b.uncertain and not (narrower and a.latest is not None):
        return not a.uncertain
    return narrower


_GATHERINGS = {"PhoneCall", "Meeting", "Summit"}


def _absorbed(st: Event, events: list[Event], is_heading, sentence_of, said: set[int]) -> bool:
    """A remark without a date of its own, by someone whose nearest conversation is a phone call
    reported as done, was made in that call: a readout's "Putin noted ...", "Xi stressed ..." tells
    what the call was about. What a party says at or after a meeting, a summit or talks in person
    -- a welcome address, a word to the press -- is a statement of its own ("After the talks, X
    said ..."). A conversation told in a sentence that reports speech is what was talked about
    ("stressed the importance of following up their talks in May"), not where; a date from the
    publication day or borrowed from the context is no date of the remark's own. ``said``: the
    sentences that report something said (before any merge); each event's ``notes.accounts``: the
    (sentence, from a heading) of every account folded into it."""
    if st.type != "Statement" or st.subtype not in (None, "Congratulation"):
        return False
    if st.date is not None and not st.date.uncertain:
        return False
    speakers = _ids(st)
    here = sentence_of(st)
    # where each conversation is told, in any of its accounts (a call first told plainly may have
    # taken its date and evidence from a later sentence that reports speech)
    told = [(n, ev) for ev in events if ev.type in _GATHERINGS and ev.status == "past" and speakers & _ids(ev)
            for n in ev.notes.accounts or {(sentence_of(ev), is_heading(ev))} if n[0] not in said]
    if not told:
        return False
    # the nearest such conversation in the body, one told before the remark first; a title's only
    # where the body tells none ("Telefonat mit X" over "Y betonte ...": a readout)
    (_, heading), ev = min(told, key=lambda t: (t[0][1], t[0][0] > here, abs(here - t[0][0])))
    if heading and any(not is_heading(o) for o in events if o.type in _GATHERINGS and o is not ev):
        return False
    own = st.date if st.date is not None and st.date.source == "text" else None
    # what all the parties of talks in person said together, right after them ("the two leaders
    # expressed concern", "beide Seiten bekräftigten") is what the talks were about
    jointly = len(speakers) > 1 and speakers == _ids(ev) and not heading and 0 < here - sentence_of(ev) <= 2
    return (ev.type == "PhoneCall" or jointly) and (own is None or ev.date is None or _contains(ev.date, own)
                                       or _contains(own, ev.date))


def _in_turn(st: Event, events: list[Event], is_heading, sentence_of) -> bool:
    """In a transcript ("Name: ..." turns), what a speaker says within his own turn -- a
    congratulation, a "we agreed" -- is that turn: one statement per speaker per occasion. The
    turn runs from its speaker line to the next one."""
    if st.type != "Statement" or st.subtype in _OCCASIONS or st.subtype == "Remarks" or is_heading(st):
        return False
    here = sentence_of(st)
    turns = [ev for ev in events if ev.subtype == "Remarks" and not is_heading(ev) and sentence_of(ev) < here]
    if not turns:
        return False
    turn = max(turns, key=sentence_of)
    return bool(_ids(turn)) and _ids(turn) <= _ids(st) and turn.status == st.status and _dates_fit(turn, st)


def merge(events: list[Event], sentence_of, is_heading, on_sidelines=lambda ev: None,
          restates=lambda ev: False) -> list[Event]:
    """Events with duplicates folded into the first (or the body's) account, in order.

    ``on_sidelines(ev)``: where the cue ends when the event's sentence tells of something on the
    sidelines of another ("am Rande des Gipfels"), else None: a meeting and the summit named after
    the cue are two events.
    ``restates(ev)``: does the event's sentence open by restating one told before ("It was their
    second phone call this year", "Es war das dritte Treffen"), however far back?"""
    out: list[Event] = []
    told: set[str] = set()  # the kinds of event the body has told so far
    for ev in events:
        ev.notes.accounts = frozenset({(sentence_of(ev), is_heading(ev))})
    for ev in events:
        kind = family(ev.type)
        first = not is_heading(ev) and kind not in told
        if not is_heading(ev):
            told.add(kind)
        twin = next((o for o in out if _same(Pair(o, ev, sentence_of(o) == sentence_of(ev),
                                                  is_heading(o) or is_heading(ev), first,
                                                  abs(sentence_of(o) - sentence_of(ev)) <= 2,
                                                  on_sidelines(ev),
                                                  sentence_of(o) < sentence_of(ev) and restates(ev),
                                                  on_sidelines(o)))), None)
        if twin is None:
            out.append(ev)
            continue
        keep, drop = twin, ev
        if is_heading(twin) and not is_heading(ev):
            # the body's account replaces the title's
            out[out.index(twin)] = ev
            keep, drop = ev, twin
        keep.notes.accounts = keep.notes.accounts | drop.notes.accounts
        fold(keep, drop, same_sentence=sentence_of(twin) == sentence_of(ev),
             from_heading=is_heading(twin) or is_heading(ev))
    said = {sentence_of(ev) for ev in events if ev.type in _COMMUNICATION}
    return [ev for ev in out if not _absorbed(ev, out, is_heading, sentence_of, said)
            and not _in_turn(ev, out, is_heading, sentence_of)
            and not _arrival_of_visit(ev, out, sentence_of) and not _unsaid(ev) and not _bare_occasion(ev, out)
            and not _body_spokesman(ev, out, sentence_of)]


# the kinds of entity that speak through an unnamed spokesperson
_BODIES = {"country", "government", "ministry", "office", "organisation"}


def _body_spokesman(ev: Event, out: list[Event], sentence_of) -> bool:
    """A plain saying whose one speaker is an unnamed description with no name in it ("..., said a
    spokesman, who by custom was not identified"), told in the sentence right after a body's saying
    of the same status on a day that fits ("The Foreign Ministry said today ..."): that body's
    spokesperson again, one statement."""
    if (ev.type, ev.subtype) != ("Statement", None) or len(ev.participants) != 1 \
            or ev.participants[0].entity is not None:
        return False
    words = ev.participants[0].label.split()
    if len(words) < 2 or any(not w[:1].islower() for w in words[1:]):
        return False
    n = sentence_of(ev)
    return any(o is not ev and (o.type, o.subtype) == ("Statement", None) and o.status == ev.status
               and sentence_of(o) == n - 1 and o.participants
               and all(p.entity is not None and p.entity.kind in _BODIES for p in o.participants)
               and (_dates_fit(o, ev) or _guessed(ev)) for o in out)


# the events a noun names as the occasion another is set against ("Nach dem Gipfel", "after the
# talks"); what a fronted phrase tells of the main clause's subject ("After taking office") is done
_OCCASION_TYPES = ("Meeting", "Summit")


def _bare_occasion(ev: Event, out: list[Event]) -> bool:
    """An event noun that names nothing of its own after a preposition of another time ("Im
    Vorfeld des Gipfels traf X Y", "Nach dem Gipfel sagte X"; ``notes.bare``), folded into no
    account told elsewhere, beside another event of its sentence: the occasion that event is
    set against, no event the text tells -- unless a place of its own phrase names it ("two days
    before the summit in Bergen")."""
    return ev.notes.bare and ev.type in _OCCASION_TYPES and ev.place is None and len(ev.notes.accounts) == 1 and any(
        o is not ev and o.notes.sentence == ev.notes.sentence and not o.notes.bare for o in out)


# speech acts (not occasions) that, denied or refused, are nothing said
_SAID_ACTS = _ACTS | {"Concession"}


def _unsaid(ev: Event) -> bool:
    """"The White House has not announced the date", "X did not say whether", "X refused to
    concede", "did not congratulate": a saying or a speech act denied is nothing said (an occasion
    called off -- a press conference, a speech -- is an event that did not occur)."""
    return ev.type in _COMMUNICATION and (not ev.subtype or ev.subtype in _SAID_ACTS) \
        and ev.status == "did_not_occur"


def fold(keep: Event, drop: Event, *, same_sentence: bool, from_heading: bool) -> None:
    """Fold the account ``drop`` into ``keep``: the more specific type, the better date (and with
    it status and evidence, unless from a title), place, subtype and every participant."""
    if _specific(keep.type, drop.type):
        keep.type = _specific(keep.type, drop.type)  # "the summit ... the meeting": a summit
    _fold_date(keep, drop, same_sentence, from_heading)
    if keep.place is None and drop.place is not None:
        keep.place = drop.place
    if (keep.subtype is None or (keep.subtype in _CHANNELS and drop.subtype in _ACTS)) \
            and drop.subtype is not None and keep.type == drop.type:
        keep.subtype = drop.subtype  # a congratulation sent as a message is a congratulation
    known = {(p.entity.id if p.entity else p.label): p for p in keep.participants}
    # a role the kept account gives no one, the dropped account's reading may give ("Scholz was
    # received by Macron ... the two leaders met": Scholz the guest, Macron the host)
    taken = {p.role for p in keep.participants if p.role}
    for p in drop.participants:
        key = p.entity.id if p.entity else p.label
        mine = known.get(key)
        if mine is None:
            keep.participants.append(p)
            known[key] = p
        elif mine.role is None and p.role is not None and p.role not in taken:
            mine.role = p.role


def _fold_date(keep: Event, drop: Event, same_sentence: bool, from_heading: bool) -> None:
    _fold_day(keep, drop, same_sentence, from_heading)
    # "will make a two-day visit next week ... is scheduled to arrive on March 16": the length told
    # with one account starts on the first day told with the other
    days = keep.notes.days or drop.notes.days
    d = keep.date
    if days and days > 1 and TYPES[keep.type].extent == "stay" and d is not None and d.granularity == "day" \
            and "/" not in d.value and d.earliest is not None and d.source == "text":
        wider = [x.date for x in (keep, drop) if x.date is not None and x.date is not d]
        if all(_contains(w, d) for w in wider):
            keep.date = stay(d, days)
    keep.notes.days = days


def _fold_day(keep: Event, drop: Event, same_sentence: bool, from_heading: bool) -> None:
    kd, dd = keep.date, drop.date
    if same_sentence and kd is not None and dd is not None and not kd.uncertain and not dd.uncertain \
            and _contains(dd, kd) and dd.value != kd.value:
        # "arrived on Thursday for a two-day visit": the stay, not its first day
        keep.date, keep.status = dd, drop.status
    elif (not from_heading or kd is None) and _finer(dd, kd):
        keep.date = dd
        if drop.status and not from_heading:  # a title's tense says nothing
            keep.status = drop.status
        if not from_heading:  # the sentence with the precise account is the evidence
            keep.evidence, keep.trigger = drop.evidence, drop.trigger


def _arrival_of_visit(ev: Event, events: list[Event], sentence_of) -> bool:
    """"ist zu einem Staatsbesuch in Moskau eingetroffen": the arrival is the visit's beginning."""
    if ev.type != "Other" or ev.subtype != "Arrival":
        return False
    return any(x.type in ("StateVisit", "Visit") and sentence_of(x) == sentence_of(ev) and _ids(x) & _ids(ev)
               for x in events)


def joint_trips(events: list[Event], text: str, cue: re.Pattern | None) -> list[Event]:
    """"Merz reist am Montag gemeinsam mit Macron nach Kiew", "X travelled to Kyiv together with
    Y": a contact told by a word of company (events.txt ``@along``) in the sentence of a journey
    its subject makes, in the same status, is company on the journey -- the others travel with
    him (guests of the visit), they do not meet each other."""
    if cue is None:
        return events
    drop = set()
    for m in events:
        if m.type != "Meeting" or m.trigger is None or m.notes.heading or not cue.match(text, m.trigger.start):
            continue
        trip = next((v for v in events if v.type == "StateVisit" and not v.notes.heading
                     and v.notes.sentence == m.notes.sentence and v.status == m.status
                     and _ids(v) and _ids(m) - _ids(v)), None)
        if trip is None:
            continue
        have = _ids(trip)
        trip.participants += [dataclasses.replace(p, role="guest") for p in m.participants
                              if p.entity is not None and p.entity.id not in have]
        drop.add(id(m))
    return [ev for ev in events if id(ev) not in drop]


def accompanied(events: list[Event], text: str, cue: re.Pattern | None, mentions_of: list, joins: frozenset[str]) -> None:
    """"Costa, accompanied by President X, will travel to Tokyo", "Costa reist nach Tokio.
    Begleitet wird er von Kommissionspräsidentin X": the persons named right after a word of
    company (events.txt ``@accompanied``; a list of them, each maybe after its title) in the
    sentence of a visit, or in the next one when that tells no event of its own, travel with its
    guests: guests of the visit too. ``mentions_of``: the mentions of each sentence."""
    if cue is None:
        return
    told = {ev.notes.sentence for ev in events if not ev.notes.heading}
    for v in events:
        if v.type != "StateVisit" or v.notes.heading or not v.participants:
            continue
        n = v.notes.sentence
        for k in (n, n + 1):
            if k >= len(mentions_of) or (k != n and k in told):
                continue
            have = _ids(v)
            v.participants += [dataclasses.replace(p, role="guest") for p in _company(text, cue, mentions_of[k], joins)
                               if p.entity is not None and p.entity.id not in have]


def _company(text: str, cue: re.Pattern, mentions: list, joins: frozenset[str]) -> list:
    """The participants named in a list right after the first match of ``cue`` among
    ``mentions``' sentence: persons, each after at most five words of its title."""
    from .templates import participants

    if not mentions:
        return []
    lo, hi = mentions[0].start, mentions[-1].end
    hit = cue.search(text, max(0, lo - 200), hi)
    if hit is None:
        return []
    out, at = [], hit.end()
    for m in sorted((m for m in mentions if m.start >= hit.end()), key=lambda m: m.start):
        gap = [w for w in re.split(r"[\s,]+", text[at:m.start]) if w and w not in joins]
        if len(gap) > 5 or re.search(r"[.;:!?]", text[at:m.start]) or not m.entities \
                or m.entities[0].kind != "person":
            break
        out += participants(m, "guest")
        at = m.end
    return out
