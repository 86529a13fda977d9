"""Ctrl-C during ``kb ingest --workers N``: every stored document whole, one line saying what was
stored, what was not and what was not started, exit code 130 (as the serial ingest)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kb import parallel
from kb.api import open_kb
from kb.errors import Interrupted

ROOT = Path(__file__).resolve().parent.parent

# Own sentences, varied by a number so that every document is different.
SENTENCE = ("Die Außenministerin traf am Dienstag ihren Amtskollegen in Wien. "
            "Am {n}. März 2024 hatte sie bereits mit dem Botschafter gesprochen.")


def corpus(folder: Path, files: int, per_file: int = 4) -> Path:
    folder.mkdir()
    for f in range(files):
        lines = [json.dumps({"id": f"doc-{f}-{i}", "lang": "de", "published": "2024-03-26",
                             "text": SENTENCE.format(n=1 + (f * per_file + i) % 28)})
                 for i in range(per_file)]
        (folder / f"part-{f:03d}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


def test_ctrl_c_in_a_parallel_ingest_raises_interrupted_with_counts(tmp_path, monkeypatch):
    docs = corpus(tmp_path / "in", files=12)
    calls = {"n": 0}
    # Documents are written a few at a time (here 4 and more, extracted 2 at a time): Ctrl-C
    # after the writes that took the count to 5 or more.
    monkeypatch.setattr(parallel, "BATCH", 2)
    monkeypatch.setattr(parallel, "WRITE_BATCH", 4)

    def progress(n):
        calls["n"] += n
        if calls["n"] >= 5:
            raise KeyboardInterrupt

    with open_kb(str(tmp_path / "kb")) as base:
        with pytest.raises(Interrupted) as info:
            parallel.ingest_parallel(base.store, [str(docs)], workers=2, progress=progress)
        stored = len(base.documents())
    message = str(info.value)
    assert info.value.exit_code == 130
    assert message.startswith(f"interrupted: {calls['n']} documents stored, ") and stored == calls["n"]
    assert 5 <= stored < 48
    assert "being extracted not stored" in message and " not started; " in message
    assert message.endswith("run the same command again to continue (stored documents are replaced, not doubled)")
    not_started = int(message.split(" not started")[0].rsplit(" ", 2)[-2])
    assert 0 <= not_started < 12


@pytest.mark.slow
def test_sigint_to_kb_ingest_workers_exits_130_and_leaves_whole_documents(tmp_path):
    docs = corpus(tmp_path / "in", files=250, per_file=8)
    store = tmp_path / "kb"
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = subprocess.Popen([sys.executable, "-m", "kb", "--store", str(store), "ingest", "-q", "--workers", "2",
                             str(docs)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
                            cwd=ROOT, start_new_session=True)
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and not (store / "CURRENT").exists():
            time.sleep(0.2)
        time.sleep(6)  # the workers start and the first batches are written
        os.killpg(proc.pid, signal.SIGINT)  # as a terminal's Ctrl-C: the whole process group
        out, err = proc.communicate(timeout=120)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
    if proc.returncode == 0:
        pytest.skip("the run ended before the signal (a fast machine)")
    assert proc.returncode == 130, err
    line = [x for x in err.splitlines() if "interrupted:" in x]
    assert len(line) == 1 and "Traceback" not in err, err
    stored = int(line[0].split("interrupted: ")[1].split(" documents stored")[0])
    with open_kb(str(store), read_only=True) as base:
        assert len(base.documents()) == stored
        assert not base.validate(method="sparql")  # every stored document whole
