"""What the timex probe batteries share (tests/test_timex_probe_*): their rows made into pytest
parameters with the strict xfail mark a row's reason asks for, and the check of one row -- German
rows through :func:`kb.temporal.tag`, English rows through the record ``kb timex`` prints."""

from __future__ import annotations

import datetime as dt

import pytest

from kb.temporal import tag, timex_record


def cases(rows):
    """German rows ``(ref, text, extent, type, value[, reason])``."""
    out = []
    for row in rows:
        ref, text, extent, ttype, value = row[:5]
        marks = [pytest.mark.xfail(reason=row[5], strict=True)] if len(row) > 5 else []
        out.append(pytest.param(ref, text, extent, ttype, value, marks=marks, id=f"{extent}|{text[:40]}"))
    return out


def negatives(rows):
    """German rows ``(ref, text, extent[, reason])`` where ``extent`` must give no timex."""
    out = []
    for row in rows:
        ref, text, extent = row[:3]
        marks = [pytest.mark.xfail(reason=row[3], strict=True)] if len(row) > 3 else []
        out.append(pytest.param(ref, text, extent, marks=marks, id=f"no {extent}|{text[:40]}"))
    return out


def check_de(ref, text, extent, ttype, value):
    found = tag(text, "de", dt.date.fromisoformat(ref), "news")
    got = {t.text: (t.type, t.value) for t in found}
    assert got.get(extent) == (ttype, value), got


def check_de_none(ref, text, extent):
    start = text.index(extent)
    end = start + len(extent)
    found = tag(text, "de", dt.date.fromisoformat(ref), "news")
    assert not [t.text for t in found if t.start < end and start < t.end]


def en_param(row):
    """English rows ``(dct, text, extent, type, value, reason)``; value "-": no timex there."""
    dct, text, extent, ttype, value, reason = row
    marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
    return pytest.param(dct, text, extent, ttype, value, marks=marks, id=f"{text[:50]} -> {extent}")


def check_en(dct, text, extent, ttype, value):
    rec = timex_record({"doc_id": "probe", "lang": "en", "dct": dct, "text": text}, "news")
    found = [(t["text"], t["type"], t["value"]) for t in rec["timexes"]]
    if value == "-":
        start = text.index(extent)
        end = start + len(extent)
        assert not [t for t in rec["timexes"] if t["start"] < end and t["end"] > start], found
    else:
        assert (extent, ttype, value) in found, found
