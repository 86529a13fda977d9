"""The one registry of event types: every part of kb reads its type knowledge here.

An :class:`EventType` says what kind of thing an event of that type is, in the
terms the other parts ask about: the extractor (is it a stay or a point in
time? does a count phrase count it? is it only said, not done?), the claims
and their checks (what a counted "meeting" includes), the merger (which
reports may be one event), the RDF and the exports (the ``kb:`` class, the
record type of the JSON record). The shapes list the same names; a test checks
that they agree with this registry.

>>> TYPES["StateVisit"].parent, TYPES["StateVisit"].family
('Visit', 'Visit')
>>> sorted(counted_as("Visit"))
['StateVisit', 'Visit']
>>> stands_alone("Other", "Attack"), stands_alone("Meeting", None)
(True, False)
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["EventType", "TYPES", "counted_as", "family", "happens_once", "names", "record_type", "stands_alone", "told_once",
           "with_subtypes"]


@dataclass(frozen=True)
class EventType:
    """One event type.

    ``parent``: the broader type (``kb:StateVisit rdfs:subClassOf kb:Visit``);
    asking for the parent includes this type. ``coarse``: the kind a later
    mention refers back to ("the visit", "the talks"): two events of one coarse
    kind in a document may be one event. ``extent``: ``stay`` (lasts days: a
    visit, a summit), ``point`` (one day: a call, a statement) or ``any``.
    ``countable``: what a count or ordinal ("three times", "second visit")
    counts. ``communication``: it is something said (its date is when it was
    said; it is never a partner of a meeting). ``dated_by_report``: reported
    without a date, it is taken as news of the report's day (an election or
    a war's start told without a date is background, not news). ``counts_as``:
    broader kinds a count of which includes this type (a state visit is also
    a meeting of its parties). ``mergeable``: reports in different documents
    may be merged into one canonical event. ``record``: the ``type`` and
    default ``subtype`` of the JSON record (which uses the gold type names).
    ``two_sided``: it has two sides (a meeting, a call): a reading of a sentence
    that names only one of them says too little. ``unattended``: the subtypes (``None``: the
    type itself) an event of which stands without a named participant when the text gives its
    place -- an attack in a city, a country's election, a summit or a protest is news even when
    nobody is named; a meeting, a visit, a call or a statement is not. ``once``: the subtypes
    (``None``: the type itself) of which a person has one at most -- a death, a funeral: two
    accounts of one person's are one event, whatever days they tell ("X ist tot. Er starb am
    Donnerstag"). ``for_states``: those who act in it act for the states whose leading office they
    hold then -- a treaty or declaration signed by two presidents is one of their two countries,
    which take part beside them. ``told_once``: the subtypes of which a report tells a person's
    one: told again with a day after a lead that gave none ("X ist zurückgetreten. Er hatte am
    Dienstagabend um seine Entlassung gebeten"), it is that one event, on the day told.
    """

    name: str
    parent: str | None = None
    coarse: str | None = None
    extent: str = "any"
    countable: bool = False
    communication: bool = False
    dated_by_report: bool = True
    counts_as: tuple[str, ...] = ()
    mergeable: bool = False
    record: tuple[str, str | None] | None = None
    two_sided: bool = False
    unattended: tuple[str | None, ...] = ()
    once: tuple[str | None, ...] = ()
    for_states: bool = False
    told_once: tuple[str | None, ...] = ()

    @property
    def family(self) -> str:
        """The type at the top of this one's hierarchy (``StateVisit`` -> ``Visit``)."""
        return self.parent or self.name

    @property
    def record_type(self) -> tuple[str, str | None]:
        """(type, default subtype) of the JSON record."""
        return self.record or (self.name, None)


_ALL = (
    EventType("StateVisit", parent="Visit", coarse="Visit", extent="stay", countable=True,
              counts_as=("Visit", "Meeting"), mergeable=True),
    EventType("Visit", coarse="Visit", extent="stay", countable=True, counts_as=("Meeting",), mergeable=True),
    EventType("Meeting", coarse="Contact", extent="point", countable=True, mergeable=True, two_sided=True),
    EventType("Summit", coarse="Contact", extent="stay", countable=True, counts_as=("Meeting",), mergeable=True,
              unattended=(None,)),
    EventType("PhoneCall", coarse="PhoneCall", extent="point", countable=True, mergeable=True, two_sided=True),
    EventType("Election", coarse="Election", countable=True, dated_by_report=False, mergeable=True,
              unattended=(None, "Referendum")),
    EventType("ReElection", parent="Election", coarse="Election", countable=True, dated_by_report=False,
              counts_as=("Election",), mergeable=True, record=("Election", None)),
    EventType("Statement", extent="point", communication=True),
    EventType("Announcement", extent="point", communication=True),
    EventType("AgreementSigning", countable=True, mergeable=True, record=("Other", "Treaty"), for_states=True),
    EventType("ArmedConflictStart", dated_by_report=False, mergeable=True, record=("Other", "WarStart")),
    EventType("Other", unattended=("Attack", "Protest", "Conference", "Incident", "ReligiousEvent", "Coup", "Mutiny"),
              once=("Death", "Funeral"), told_once=("Resignation",)),
)

TYPES: dict[str, EventType] = {t.name: t for t in _ALL}

# the type names by extent and kind, as every part of kb reads them
STAYS: frozenset[str] = frozenset(t.name for t in _ALL if t.extent == "stay")
POINTS: frozenset[str] = frozenset(t.name for t in _ALL if t.extent == "point")
COMMUNICATION: frozenset[str] = frozenset(t.name for t in _ALL if t.communication)


def names() -> tuple[str, ...]:
    """Every type name, in the registry's order."""
    return tuple(TYPES)


def family(name: str) -> str:
    """The coarse kind of a type name, for "the same kind of event" (unknown names stand for themselves)."""
    t = TYPES.get(name)
    return (t.coarse or t.name) if t else name


def record_type(name: str) -> tuple[str, str | None]:
    """(type, default subtype) of the JSON record for a type name."""
    t = TYPES.get(name)
    return t.record_type if t else (name, None)


def with_subtypes(name: str) -> tuple[str, ...]:
    """The type and every type below it (asking for ``Visit`` includes ``StateVisit``)."""
    return (name, *(t.name for t in _ALL if t.parent == name))


def counted_as(name: str) -> tuple[str, ...]:
    """The types a count of ``name`` includes ("met three times" counts visits and summits too)."""
    return (name, *(t.name for t in _ALL if t.name != name and name in t.counts_as))


def stands_alone(name: str, subtype: str | None) -> bool:
    """May an event of this type and subtype stand without a named participant (given its place)?"""
    t = TYPES.get(name)
    return t is not None and subtype in t.unattended


def told_once(name: str, subtype: str | None) -> bool:
    """Does a report tell a person's one event of this type and subtype (a resignation)?"""
    t = TYPES.get(name)
    return t is not None and subtype in t.told_once


def happens_once(name: str, subtype: str | None) -> bool:
    """Does a person have at most one event of this type and subtype (a death)?"""
    t = TYPES.get(name)
    return t is not None and subtype in t.once
