"""TimelineJS JSON (https://timeline.knightlab.com/docs/json-format.html).

Dates keep their granularity: a month-only date becomes ``{"year", "month"}``,
a year-only one ``{"year"}``, never a made-up first day. Weeks and quarters,
which TimelineJS cannot show, run from the month of their first day to the
month of their last, with the TIMEX3 value as ``display_date``. Events
without a date are left out (TimelineJS needs a start) and counted on the
title slide.
"""

from __future__ import annotations

import hashlib
import html
import json
from typing import Any

from ..datedisplay import display_value
from .records import Event

__all__ = ["date_object", "write_timelinejs"]

_YEAR_ONLY = ("year", "decade", "century")


def date_object(day: str, granularity: str | None) -> dict[str, str]:
    """A TimelineJS date object for an ISO day, cut to ``granularity``.

    >>> date_object("2023-06-07", "month")
    {'year': '2023', 'month': '6'}
    """
    y, m, d = day.split("-")
    if granularity in _YEAR_ONLY:
        return {"year": str(int(y))}
    if granularity == "day":
        return {"year": str(int(y)), "month": str(int(m)), "day": str(int(d))}
    return {"year": str(int(y)), "month": str(int(m))}


def _slide(e: Event) -> dict[str, Any]:
    gran = e.lead.granularity or "day"
    start = date_object(e.earliest, gran)
    slide: dict[str, Any] = {"start_date": start}
    if e.latest and e.latest != e.earliest:
        end = date_object(e.latest, gran)
        if end != start:
            slide["end_date"] = end
    if gran != "day" and e.lead.value:
        slide["display_date"] = display_value(e.lead.value)
    sources = "".join(
        f'<li><a href="{html.escape(r.source)}">{html.escape(r.title or r.source)}</a> ({html.escape(r.doc_id)})</li>'
        if r.source and r.source.startswith(("http://", "https://"))
        else f"<li>{html.escape(r.source or r.doc_id)}</li>"
        for r in e.reports)
    slide["text"] = {
        "headline": html.escape(e.lead.label),
        "text": (f"<p>{html.escape(e.lead.evidence)}</p><p>Status: {html.escape(e.lead.status)}"
                 + (f"; place: {html.escape(e.lead.place.name)}" if e.lead.place else "")
                 + f"</p><ul>{sources}</ul>"),
    }
    slide["group"] = e.lead.type
    slide["unique_id"] = "e" + hashlib.sha1(e.iri.encode()).hexdigest()[:12]
    return slide


def write_timelinejs(request) -> str:
    """``{"title": ..., "events": [...]}`` for ``new TL.Timeline(id, data)``."""
    dated = [e for e in request.events if e.earliest]
    left_out = len(request.events) - len(dated)
    note = f"{len(dated)} dated events" + (f"; {left_out} without a date not shown" if left_out else "")
    body = {"title": {"text": {"headline": html.escape(request.title), "text": note}},
            "events": [_slide(e) for e in dated]}
    return json.dumps(body, ensure_ascii=False, indent=1) + "\n"
