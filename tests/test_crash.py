"""Crash safety: ``kb ingest`` killed with SIGKILL at random moments, again and again.

After every kill the store opens, passes ``kb validate``, and holds each
document either whole (the same triples as a clean ingest) or not at all;
re-running the ingest completes it. A second writer gets a clear lock error
while readers keep working.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

pytest.importorskip("kb.store")
pytest.importorskip("kb.events")

from kb import synthetic  # noqa: E402
from kb.cli import main  # noqa: E402
from kb.errors import StoreLockedError  # noqa: E402
from kb.store import Store  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
KILLS = int(os.environ.get("KB_CRASH_KILLS", "20"))


def _kb(*args: str) -> list[str]:
    return [sys.executable, "-c", "import sys; from kb.cli import main; sys.exit(main())", *args]


def _env() -> dict:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    return env


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    d = tmp_path_factory.mktemp("crash-corpus")
    for rec in synthetic.articles(24, seed=7, chars=2500, prefix="crash"):
        (d / f"{rec['id']}.json").write_text(json.dumps(rec, ensure_ascii=False), encoding="utf-8")
    return d


def _graph_counts(path: Path) -> dict[str, int]:
    with Store(str(path), read_only=True) as s:
        return {d: s.count_triples(f"https://w3id.org/kb/id/graph/{d}") for d in s.documents()}


def _event_counts(path: Path) -> dict[str, int]:
    with Store(str(path), read_only=True) as s:
        rows = s.select("SELECT ?d (COUNT(?e) AS ?n) WHERE { GRAPH ?g { ?e a sem:Event ; "
                        "kb:sourceDocument ?doc . ?doc dcterms:identifier ?d } } GROUP BY ?d")
    return {d: int(n) for d, n in rows}


@pytest.fixture(scope="module")
def reference(corpus, tmp_path_factory) -> tuple[dict[str, int], dict[str, int], float]:
    """Triples and events per document after a clean, uninterrupted ingest, and how long it took."""
    store = tmp_path_factory.mktemp("crash-ref") / "store"
    t = time.monotonic()
    subprocess.run(_kb("--store", str(store), "ingest", "-q", str(corpus)), check=True, env=_env(),
                   capture_output=True, timeout=600)
    took = time.monotonic() - t
    counts = _graph_counts(store)
    # Documents the shapes reject are recorded, not stored; the test needs enough stored ones.
    assert len(counts) >= 12, f"most articles of the corpus are ingested, got {len(counts)}"
    return counts, _event_counts(store), took


def _assert_whole_or_absent(store: Path, ref_counts: dict[str, int], ref_events: dict[str, int]) -> int:
    counts = _graph_counts(store)
    for doc, n in counts.items():
        # The provenance timestamp differs between runs, the triple count does not.
        assert n == ref_counts[doc], f"{doc}: {n} triples, a clean ingest stores {ref_counts[doc]}"
    events = _event_counts(store)
    for doc in counts:
        assert events.get(doc, 0) == ref_events.get(doc, 0), doc
    return len(counts)


@pytest.mark.slow
def test_sigkill_during_ingest_leaves_whole_documents(corpus, reference, tmp_path):
    ref_counts, ref_events, took = reference
    store = tmp_path / "store"
    rng = random.Random(20240514)
    seen = set()
    for i in range(KILLS):
        proc = subprocess.Popen(_kb("--store", str(store), "ingest", "-q", str(corpus)), env=_env(),
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        # Random moments across a whole run (start-up, first writes, the middle, the end). The
        # documents of a batch appear together (one bulk write), so the last kills come late
        # enough that one lands after a batch was written even when the machine got slower
        # since the reference run.
        late = i >= KILLS - 3
        time.sleep(rng.uniform(took * 0.9, took * 2) if late else rng.uniform(0.2, max(0.5, took * 1.1)))
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=60)
        if store.exists() and (store / "CURRENT").exists():
            n = _assert_whole_or_absent(store, ref_counts, ref_events)
            seen.add(n)
            result = CliRunner().invoke(main, ["--store", str(store), "validate"])
            assert result.exit_code == 0, f"after kill {i + 1}: {result.output}"
    # Re-running the same ingest completes it.
    done = subprocess.run(_kb("--store", str(store), "ingest", "-q", str(corpus)), env=_env(),
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    assert _graph_counts(store) == ref_counts
    assert _event_counts(store) == ref_events
    result = CliRunner().invoke(main, ["--store", str(store), "validate"])
    assert result.exit_code == 0, result.output
    assert len(seen) > 1, f"the kills should land at different points of the ingest, saw {sorted(seen)}"


def _start_writer(corpus: Path, store: Path):
    """A seeded store and a running ``kb ingest`` that holds it for writing."""
    first = sorted(corpus.iterdir())[:2]
    subprocess.run(_kb("--store", str(store), "ingest", "-q", *map(str, first)), check=True, env=_env(),
                   capture_output=True, timeout=600)
    writer = subprocess.Popen(_kb("--store", str(store), "ingest", "-q", str(corpus)), env=_env(),
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    pid_file = store / "kb-writer.pid"
    while not pid_file.exists() or pid_file.read_text().strip() != str(writer.pid):
        assert writer.poll() is None and time.monotonic() < deadline, "the writer should be running"
        time.sleep(0.05)
    return writer, first


@pytest.mark.slow
def test_second_writer_gets_a_clear_lock_error(corpus, reference, tmp_path):
    store = tmp_path / "store"
    writer, first = _start_writer(corpus, store)
    try:
        with pytest.raises(StoreLockedError, match="in use by another kb process"):
            Store(str(store))
        second = subprocess.run(_kb("--store", str(store), "ingest", "-q", str(first[0])), env=_env(),
                                capture_output=True, text=True, timeout=120)
        assert second.returncode == 3
        lines = [line for line in second.stderr.splitlines() if line.strip()]
        assert len(lines) == 1 and "in use by another kb process" in lines[0], second.stderr
        assert "Traceback" not in second.stderr
    finally:
        writer.wait(timeout=600)
    assert writer.returncode == 0


@pytest.mark.slow
def test_readers_keep_working_during_a_write(corpus, reference, tmp_path):
    store = tmp_path / "store"
    writer, _ = _start_writer(corpus, store)
    try:
        counts = []
        while writer.poll() is None and len(counts) < 20:
            with Store(str(store), read_only=True) as reader:
                counts.append(len(reader.documents()))
            result = CliRunner().invoke(main, ["--store", str(store), "stats"])
            assert result.exit_code == 0, result.output
            time.sleep(0.1)
        assert counts and counts[0] >= 2
        assert counts == sorted(counts)  # documents only ever appear
    finally:
        writer.wait(timeout=600)
    assert writer.returncode == 0


@pytest.mark.slow
def test_sigkill_during_a_parallel_ingest_leaves_whole_documents(corpus, reference, tmp_path):
    """``kb ingest --workers 2`` (its writer, fork server and workers: the process group) killed
    at random moments: each document whole or absent, the store valid, a re-run completes it.
    The writer's bulk steps are of many documents, so most kills land before or after one."""
    ref_counts, ref_events, took = reference
    store = tmp_path / "store"
    rng = random.Random(20240515)
    for i in range(max(3, KILLS // 4)):
        proc = subprocess.Popen(_kb("--store", str(store), "ingest", "-q", "--workers", "2", str(corpus)),
                                env=_env(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                start_new_session=True)
        time.sleep(rng.uniform(0.2, max(0.5, took * 1.5)))
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=60)
        if store.exists() and (store / "CURRENT").exists():
            _assert_whole_or_absent(store, ref_counts, ref_events)
            result = CliRunner().invoke(main, ["--store", str(store), "validate"])
            assert result.exit_code == 0, f"after kill {i + 1}: {result.output}"
    done = subprocess.run(_kb("--store", str(store), "ingest", "-q", "--workers", "2", str(corpus)), env=_env(),
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    assert _graph_counts(store) == ref_counts
    assert _event_counts(store) == ref_events
