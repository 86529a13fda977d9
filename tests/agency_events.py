"""The events of an invented agency report as the agency-report tests read them (second and third
rounds): (type, status, date, participant names, {role: name})."""

from __future__ import annotations

import datetime as dt

from kb.model import Document
from kb.pipeline import analyse


def report_events(text: str, lang: str = "en", dct: dt.date = dt.date(2025, 3, 12)):
    doc = Document(id="t", text=text, lang=lang, published=dct)
    return [(e.type, e.status, e.date.value if e.date else None,
             frozenset(p.entity.name if p.entity else p.label for p in e.participants),
             {p.role: (p.entity.name if p.entity else p.label) for p in e.participants if p.role})
            for e in analyse(doc).events if not e.implied_by]
