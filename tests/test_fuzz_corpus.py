"""10,000+ generated hostile documents through ``kb ingest`` and ``kb extract``: 0 tracebacks, 0 hangs.

The bulk goes through the in-process API (what the commands call), a few hundred
through the command line in a child process. Every unit (a document the user
meant to give, see :mod:`fuzz_corpus`) must end up stored whole or rejected
with a one-line reason, never both, never neither; each document must be done
within :data:`PER_DOCUMENT_SECONDS`. A document that hangs is caught by a
watchdog that ends the test run with the stack of the hang instead of blocking CI.

Set ``KB_FUZZ_REPORT=path.json`` to keep the counts and the top rejection reasons.
"""

from __future__ import annotations

import faulthandler
import json
import os
import re
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

pytest.importorskip("kb.events")

import fuzz_corpus  # noqa: E402
from kb import api  # noqa: E402
from kb import document as docio  # noqa: E402
from kb.api import KnowledgeBase  # noqa: E402
from kb.store import REJECTED_GRAPH, Store  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
PER_DOCUMENT_SECONDS = 20.0  # the slowest document of the corpus takes ~1 s alone
HANG_SECONDS = 180  # the watchdog: a document still running after this is a hang


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    return fuzz_corpus.write(tmp_path_factory.mktemp("fuzz-corpus"))


class Timed:
    """Yields the items of ``items``, timing the work done on each before the next is asked for."""

    def __init__(self, items):
        self.items = items
        self.slowest = (0.0, None)
        self.count = 0

    def __iter__(self):
        try:
            for item in self.items:
                faulthandler.dump_traceback_later(HANG_SECONDS, exit=True)
                self.count += 1
                started = time.perf_counter()
                yield item  # the consumer works on it until it asks for the next one
                self._done(time.perf_counter() - started, item)
        finally:
            faulthandler.cancel_dump_traceback_later()

    def _done(self, seconds, item):
        if seconds > self.slowest[0]:
            self.slowest = (seconds, getattr(item, "id", getattr(item, "path", None)))


def _reason_kind(reason: str) -> str:
    """A rejection reason without its particulars (ids, paths, values), for counting."""
    reason = re.sub(r"'[^']*'|\"[^\"]*\"", "'…'", reason)
    reason = re.sub(r"(?<!\w)/\S+|\d+", "#", reason)
    return reason[:110]


def _report(name: str, data: dict) -> None:
    path = os.environ.get("KB_FUZZ_REPORT")
    if path:
        report = json.loads(Path(path).read_text()) if Path(path).exists() else {}
        report[name] = data
        Path(path).write_text(json.dumps(report, indent=1, ensure_ascii=False))


def _document_triples(store) -> int:
    """Triples in document graphs (the store also keeps records of shape rejections)."""
    return store.count_triples() - store.count_triples(REJECTED_GRAPH)


def _units(corpus) -> int:
    return sum(corpus.units.values())


@pytest.mark.slow
def test_ingest_of_the_fuzz_corpus(corpus):
    base = KnowledgeBase(Store(None))
    items = Timed(docio.iter_documents(corpus.files))
    started = time.perf_counter()
    summary = base.ingest_documents(items)
    seconds = time.perf_counter() - started
    stored = base.documents()
    rejected_ids = {what for what, _ in summary.rejected}
    assert _units(corpus) >= 10_000
    # every unit is stored or rejected, never both, never neither
    assert summary.documents + len(summary.rejected) == _units(corpus) == items.count
    assert len(stored) == summary.documents and not rejected_ids & set(stored)
    assert all(reason and "\n" not in reason and "Traceback" not in reason for _, reason in summary.rejected)
    assert items.slowest[0] < PER_DOCUMENT_SECONDS, items.slowest
    # whole documents: every stored graph holds the triples its ingest counted
    assert _document_triples(base.store) == summary.triples
    reasons = Counter(_reason_kind(r) for _, r in summary.rejected)
    _report("ingest", {"units": _units(corpus), "stored": summary.documents, "rejected": len(summary.rejected),
                       "seconds": round(seconds, 1), "slowest": items.slowest,
                       "internal errors": sum(n for k, n in reasons.items() if "internal error" in k),
                       "top reasons": reasons.most_common(25)})


@pytest.mark.slow
def test_extract_of_the_fuzz_corpus(corpus):
    items = Timed(api.extract_paths(corpus.files))
    out = rejected = 0
    for n, item in enumerate(items):
        if isinstance(item, docio.ReadProblem):
            assert item.message and "\n" not in item.message
            rejected += 1
            continue
        line = api.render(item, "jsonl")
        line.encode("utf-8")  # what `kb extract` prints must be printable
        assert "\n" not in line and json.loads(line)["doc_id"] == item.document.id
        if n % 50 == 0:
            api.render(item, "trig").encode("utf-8")
        out += 1
    assert out + rejected == _units(corpus) == items.count
    assert items.slowest[0] < PER_DOCUMENT_SECONDS, items.slowest


def _kb(args: list[str], timeout: float) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(REPO), "PYTHONFAULTHANDLER": "1"}
    return subprocess.run([sys.executable, "-c", "from kb.cli import main; main()", *args], capture_output=True,
                          timeout=timeout, env=env, cwd=REPO)


@pytest.mark.slow
def test_the_command_line_on_part_of_the_corpus(corpus, tmp_path):
    jsonl = [f for f in corpus.files if f.suffix == ".jsonl"][:2]
    singles = [f for f in corpus.files if f.suffix != ".jsonl"][:90]
    files = [str(f) for f in jsonl + singles]
    units = sum(corpus.units[f] for f in files)
    assert units >= 500
    r = _kb(["extract", *files], timeout=240)
    err = r.stderr.decode("utf-8", "replace")
    assert "Traceback" not in err and r.returncode in (0, 2), err[-3000:]
    printed = [line for line in r.stdout.decode("utf-8").splitlines() if line.strip()]
    rejected = [line for line in err.splitlines() if line.startswith("rejected: ")]
    assert len(printed) + len(rejected) == units
    r = _kb(["--store", str(tmp_path / "kb"), "ingest", "-q", *files], timeout=240)
    err = r.stderr.decode("utf-8", "replace")
    assert "Traceback" not in err and r.returncode == (2 if rejected else 0), err[-3000:]
    m = re.search(r"(\d+) documents, \d+ events, \d+ claims ingested; (\d+) rejected", r.stdout.decode())
    assert m and int(m.group(1)) == len(printed) and int(m.group(2)) == len(rejected), r.stdout
    assert sum(1 for line in err.splitlines() if line.startswith("rejected: ")) == len(rejected)


# -- the property: one input, one outcome ------------------------------------------------------

_TEXT = st.one_of(
    st.text(max_size=200),
    st.lists(st.one_of(st.sampled_from(fuzz_corpus.EDGE_DATES + fuzz_corpus.NOISE + ["Der Kanzler", "traf", "."]),
                       st.text(max_size=8)), max_size=30).map(" ".join),
)
_FIELD = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), st.text(max_size=20),
                   st.lists(st.integers(), max_size=2))
RECORDS = st.fixed_dictionaries(
    {"id": st.one_of(st.text(min_size=1, max_size=20), st.integers(), _FIELD),
     "text": st.one_of(_TEXT, _FIELD)},
    optional={"lang": st.one_of(st.sampled_from(["de", "en", "fr", "DE", ""]), _FIELD),
              "published": st.one_of(st.sampled_from([p for p in fuzz_corpus.PUBLISHED if p is not None]),
                                     st.dates().map(str), _FIELD),
              "source": _FIELD, "title": _FIELD, "mode": st.one_of(st.sampled_from(["news", "narrative"]), _FIELD),
              "extra": _FIELD})


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                  HealthCheck.function_scoped_fixture])
@given(record=RECORDS, as_bytes=st.booleans())
def test_every_input_is_a_whole_document_or_a_reported_rejection(tmp_path, record, as_bytes):
    path = tmp_path / "one.jsonl"
    line = json.dumps(record, ensure_ascii=True)
    if as_bytes:  # the same record with its non-ASCII characters raw (surrogates as bytes no decoder accepts)
        path.write_bytes(json.dumps(record, ensure_ascii=False).encode("utf-8", "surrogatepass") + b"\n")
    else:
        path.write_text(line + "\n", encoding="utf-8")
    base = KnowledgeBase(Store(None))
    summary = base.ingest([path])
    stored = base.documents()
    assert (len(stored), len(summary.rejected)) in ((1, 0), (0, 1)), (stored, summary.rejected)
    if stored:
        # whole: the graph in the store is the one the ingest built and counted
        assert summary.documents == 1 and _document_triples(base.store) == summary.triples > 0
        assert base.stats()["documents"] == 1
    else:
        what, reason = summary.rejected[0]
        assert what and reason and "\n" not in reason and _document_triples(base.store) == 0
