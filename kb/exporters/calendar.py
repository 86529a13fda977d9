"""iCalendar (RFC 5545) export through the ``icalendar`` package.

Every dated event is an all-day ``VEVENT`` from its earliest day to the day
after its latest (``DTEND`` is exclusive), so a month-only date spans the
month: the calendar shows the uncertainty rather than inventing a day. UIDs
are hashes of the event IRI (stable across exports); ``DTSTAMP`` is the
publication date of the lead report, never the clock, so equal KBs give equal
files.
"""

from __future__ import annotations

import datetime as _dt
import hashlib

from ..datedisplay import display_value
from .records import Event

__all__ = ["write_ics"]

_STATUS = {"past": "CONFIRMED", "ongoing": "CONFIRMED", "planned": "TENTATIVE",
           "hypothetical": "TENTATIVE", "did_not_occur": "CANCELLED"}


def _vevent(e: Event):
    from icalendar import Event as VEvent

    lead = e.lead
    ev = VEvent()
    ev.add("uid", hashlib.sha1(e.iri.encode()).hexdigest() + "@kb")
    stamp = _dt.date.fromisoformat(lead.published or e.earliest)
    ev.add("dtstamp", _dt.datetime(stamp.year, stamp.month, stamp.day, tzinfo=_dt.timezone.utc))
    ev.add("dtstart", _dt.date.fromisoformat(e.earliest))
    last = _dt.date.fromisoformat(e.latest or e.earliest)
    ev.add("dtend", last + _dt.timedelta(days=1))
    ev.add("summary", lead.label)
    lines = [lead.evidence, "",
             f"Date: {display_value(lead.value)} ({lead.granularity or 'unknown'} granularity)"
             + (f", from '{lead.date_text}'" if lead.date_text else ""),
             f"Status: {lead.status}", f"Event: {e.iri}"]
    lines += [f"Source: {r.source or r.doc_id} ({r.doc_id})" for r in e.reports]
    ev.add("description", "\n".join(lines))
    if lead.place:
        ev.add("location", lead.place.name)
    ev.add("categories", [lead.type])
    if lead.status in _STATUS:
        ev.add("status", _STATUS[lead.status])
    if lead.source and lead.source.startswith(("http://", "https://")):
        ev.add("url", lead.source)
    ev.add("x-kb-granularity", lead.granularity or "")
    return ev


def write_ics(request) -> str:
    """A VCALENDAR with one all-day VEVENT per dated event."""
    from icalendar import Calendar

    cal = Calendar()
    cal.add("prodid", "-//kb//event timeline//EN")
    cal.add("version", "2.0")
    cal.add("x-wr-calname", request.title)
    for e in request.events:
        if e.earliest:
            cal.add_component(_vevent(e))
    return cal.to_ical().decode("utf-8")
