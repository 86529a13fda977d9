"""The ingest's garbage-collector freeze is opt-in: ``kb ingest`` asks for it, a library caller
does not get it imposed (it exempts every object alive at that moment from collection)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent

SCRIPT = """
import datetime as dt, gc, sys
import kb.api as api
from kb.model import Document
if sys.argv[1] == "ask":
    api.freeze_loaded_data_when_ingesting()
docs = [Document(id=f"d{i}", text="Anna Lund met Tom Berg in Oslo on Monday.", lang="en",
                 published=dt.date(2024, 3, 14)) for i in range(2 * api.BATCH)]
summary = api.open_kb(":memory:").ingest_documents(docs)
assert not summary.rejected, summary.rejected
print(*gc.get_threshold(), gc.get_freeze_count())
"""


@pytest.mark.parametrize("mode,frozen", [("library", False), ("ask", True)])
def test_the_freeze_happens_only_when_asked(mode, frozen):
    out = subprocess.run([sys.executable, "-c", SCRIPT, mode], cwd=REPO, capture_output=True, text=True,
                         check=True, timeout=300)
    assert (int(out.stdout.split()[-1]) > 0) is frozen, out.stderr[-2000:]


def test_an_ingest_collects_the_middle_generation_rarely():
    """Asked for, the freeze also makes young and middle collections rarer (kb.api._GC_MIDDLE:
    an ingest's pending batch is walked by every middle collection and holds no cyclic garbage)."""
    out = subprocess.run([sys.executable, "-c", SCRIPT, "ask"], cwd=REPO, capture_output=True, text=True,
                         check=True, timeout=300)
    young, middle, _old, _frozen = map(int, out.stdout.split()[-4:])
    assert (young, middle) == (10_000, 100), out.stderr[-2000:]
