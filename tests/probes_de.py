"""The helpers the German probe tests share (tests/test_probes_de_stop28.py,
tests/test_probes_de2.py): the events a German text tells (not those a claim only implies), on a
publication day that is a Wednesday by default."""

from __future__ import annotations

import datetime as dt

from kb.model import Document
from kb.pipeline import analyse


def events(text: str, dct: str = "2024-11-20") -> list:
    doc = Document(id="t", text=text, lang="de", published=dt.date.fromisoformat(dct))
    return [e for e in analyse(doc).events if not e.implied_by]


def of_type(text: str, etype: str, dct: str = "2024-11-20") -> list:
    return [e for e in events(text, dct) if e.type == etype]


def names(event, role: str | None = "any") -> set[str]:
    """The participants' canonical names (of one role, or all with role="any")."""
    return {(p.entity.name if p.entity else p.label) for p in event.participants
            if role == "any" or p.role == role}


def date_of(event) -> str | None:
    return event.date.value if event.date else None
