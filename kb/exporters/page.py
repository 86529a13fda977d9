"""The self-contained HTML timeline page (``timeline.html`` next to this file).

Everything is inline (CSS, JavaScript and the events as JSON), nothing is
loaded from the network, so the file works offline. The events are embedded
with every ``<`` escaped as ``\\u003c`` so no text can close the script
element; the page itself only ever sets ``textContent``.
"""

from __future__ import annotations

import html
import json
from importlib.resources import files
from typing import Any

from ..datedisplay import display_value
from .records import Event

__all__ = ["page_data", "render", "write_html"]


def _display(e: Event) -> str:
    lead = e.lead
    if not e.earliest:
        return display_value(lead.value)
    if lead.granularity == "day" and e.earliest == e.latest and not (lead.value or "").startswith(e.earliest + "T"):
        return e.earliest
    return display_value(lead.value) or f"{e.earliest} to {e.latest}"


def page_data(events: list[Event], title: str) -> dict[str, Any]:
    """What the page's script reads: one entry per event, with its reports."""
    out = []
    for e in events:
        lead = e.lead
        out.append({
            "id": e.iri, "label": lead.label, "type": lead.type, "status": lead.status,
            "value": lead.value, "earliest": e.earliest, "latest": e.latest,
            "granularity": lead.granularity, "display": _display(e), "conflict": e.conflict,
            "participants": [{"key": a.iri, "name": a.name, "qid": a.qid, "role": a.role}
                             for a in lead.participants],
            "place": lead.place.name if lead.place else None,
            "evidence": lead.evidence,
            "reports": [{"doc_id": r.doc_id, "source": r.source, "title": r.title, "lang": r.lang,
                         "published": r.published, "evidence": r.evidence,
                         "start": r.evidence_start, "end": r.evidence_end} for r in e.reports],
        })
    return {"title": title, "events": out}


def render(data: dict[str, Any]) -> str:
    """The page for :func:`page_data` output."""
    template = (files(__package__) / "timeline.html").read_text(encoding="utf-8")
    payload = json.dumps(data, ensure_ascii=False, sort_keys=True).replace("<", "\\u003c")
    return (template.replace("__KB_TITLE__", html.escape(data["title"]))
            .replace("__KB_DATA__", payload))


def write_html(request) -> str:
    """The timeline page of the selected events."""
    return render(page_data(request.events, request.title))
