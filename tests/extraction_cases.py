"""The checker the case tables share (tests/test_extraction_en_challenge.py,
tests/test_extraction_en_other.py, the probe tables tests/test_probes_en_*.py): a case is a
sentence with the events a careful reader would list, each as ``(type, participant name or None,
date value or None, statuses)``."""

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


def wanted_class(etype: str) -> str:
    """The class an expected type names: ``Other/SUBTYPE`` as written, else the type's coarse class."""
    return etype if etype.startswith("Other/") else family(etype)


def matches(ev, want: tuple) -> bool:
    etype, name, date, status = want
    if kind(ev) != wanted_class(etype) or ev.status not in status.split("|"):
        return False
    if name is not None and name not in {p.name for p in ev.participants}:
        return False
    if date is None:
        return True
    value = ev.date.value if ev.date else None
    return value == date or (value or "").startswith(date + "/")


def claim_matches(c, want: tuple) -> bool:
    """Does claim ``c`` say what ``want`` = (kind, value, event type, names, since, within) says? A
    ``since`` of "" wants no window start, a month or year one that the claim's starts with; a
    ``within`` of "" wants none."""
    kind_, value, etype, names, since, within = want
    if (c.kind, c.value) != (kind_, value) or family(c.event_type) != family(etype):
        return False
    if not set(names) <= {p.name or p.label for p in c.participants}:
        return False
    got = c.since.value if c.since else None
    if since is not None and (got is not None if since == "" else not (got == since or (got or "").startswith(since + "-"))):
        return False
    return within is None or c.within == (within or None)


def show_claims(claims) -> str:
    return "; ".join(f"{c.kind} {c.value} {c.event_type} {sorted(p.name or p.label or '?' for p in c.participants)} "
                     f"since={c.since.value if c.since else None} within={c.within}" for c in claims) or "no claims"


def told_of(evs, cls: str) -> list:
    """The events of the class of ``cls`` ("Other/SUBTYPE": the events recorded so) the text
    tells (not those a claim only implies)."""
    return [e for e in evs if (kind(e) if cls.startswith("Other/") else family(e.type)) ==
            (cls if cls.startswith("Other/") else family(cls)) and e.implied_by is None]


def check_told(text: str, expected: list, lang: str, dct: str) -> None:
    """Every expected event is among those of its class the text tells, and kb lists no more of
    the class than the reader does."""
    evs = events_of(text, lang, dct)
    for cls in {w[0] for w in expected}:
        got = told_of(evs, cls)
        wanted = [w for w in expected if w[0] == cls]
        for w in wanted:
            assert any(matches(e, w) for e in got), f"{w} not in: {show(evs)}"
        assert len(got) <= len(wanted), f"more {cls} than {len(wanted)}: {show(got)}"


def show(evs) -> str:
    return "; ".join(f"{kind(e)} {e.status} {e.date.value if e.date else None} "
                     f"{sorted(p.name or '?' for p in e.participants)}" for e in evs) or "nothing"


def param(xfail: dict[str, str], text: str, *rest):
    """A case, marked as a strict xfail with its reason when ``xfail`` lists it."""
    marks = [pytest.mark.xfail(reason=xfail[text], strict=True)] if text in xfail else []
    return pytest.param(text, *rest, marks=marks, id=text[:60])


def audit_rows(rows, width: int) -> list:
    """Audit table rows ``(publication date, text, ...)`` of ``width`` fields as cases; a row with
    one field more is a strict xfail with that field as its reason."""
    out = []
    for row in rows:
        marks = [pytest.mark.xfail(reason=row[width], strict=True)] if len(row) > width else []
        out.append(pytest.param(*row[:width], marks=marks, id=row[1][:60]))
    return out


def find_class(dct: str, text: str, cls: str, lang: str = "en") -> list:
    """The events of ``text`` of the class, type or ``type/subtype`` ``cls``."""
    return [e for e in events_of(text, lang, dct) if kind(e) == cls or e.type == cls
            or f"{e.type}/{e.subtype}" == cls]
