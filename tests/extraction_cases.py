"""The checker the English case tables share (tests/test_extraction_en_challenge.py and
tests/test_extraction_en_other.py): a case is a sentence with the events a careful reader
would list, each as ``(type, participant name or None, date value or None, statuses)``."""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

import pytest

from kb.eventtypes import family, record_type
from kb.model import Document
from kb.pipeline import analyse


@lru_cache(maxsize=None)
def events_of(text: str, lang: str, dct: str) -> tuple:
    return tuple(analyse(Document(id="t", text=text, lang=lang, published=dt.date.fromisoformat(dct))).events)


def kind(ev) -> str:
    """``Other/SUBTYPE`` for the events recorded as Other, else the type's coarse class."""
    rtype, sub = record_type(ev.type)
    if rtype == "Other":
        return f"Other/{ev.subtype or sub}"
    return family(ev.type)


def matches(ev, want: tuple) -> bool:
    etype, name, date, status = want
    wanted_kind = etype if etype.startswith("Other/") else family(etype)
    if kind(ev) != wanted_kind or ev.status not in status.split("|"):
        return False
    if name is not None and name not in {p.name for p in ev.participants}:
        return False
    if date is None:
        return True
    value = ev.date.value if ev.date else None
    return value == date or (value or "").startswith(date + "/")


def show(evs) -> str:
    return "; ".join(f"{kind(e)} {e.status} {e.date.value if e.date else None} "
                     f"{sorted(p.name or '?' for p in e.participants)}" for e in evs) or "nothing"


def param(xfail: dict[str, str], text: str, *rest):
    """A case, marked as a strict xfail with its reason when ``xfail`` lists it."""
    marks = [pytest.mark.xfail(reason=xfail[text], strict=True)] if text in xfail else []
    return pytest.param(text, *rest, marks=marks, id=text[:60])
