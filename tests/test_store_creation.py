"""A new store appears whole or not at all (a process killed while RocksDB created it left a
directory with ``CURRENT`` and without Oxigraph's column families, which read-only opening
refused: "Column family not found")."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pyoxigraph as ox
import pytest

from kb import store as kbstore
from kb.store import OxigraphBackend


def test_a_new_store_is_made_aside_and_moved_in_with_current_last(tmp_path, monkeypatch):
    moved = []
    real = os.replace

    def replace(a, b):
        moved.append(os.path.basename(b))
        real(a, b)

    monkeypatch.setattr(kbstore.os, "replace", replace)
    backend = OxigraphBackend(tmp_path / "kb")
    backend.close()
    assert moved[-1] == "CURRENT" and "CURRENT" not in moved[:-1]
    assert not list((tmp_path / "kb").glob("kb-creating-*"))
    ox.Store.read_only(str(tmp_path / "kb"))  # every column family is there


def test_a_creation_cut_short_leaves_an_empty_kb_that_the_next_writer_completes(tmp_path, monkeypatch):
    def cut(a, b):
        raise OSError("killed")

    monkeypatch.setattr(kbstore.os, "replace", cut)
    with pytest.raises(Exception):
        OxigraphBackend(tmp_path / "kb")
    monkeypatch.undo()
    reader = OxigraphBackend(tmp_path / "kb", read_only=True)
    assert reader.exists is False  # no CURRENT: an empty KB, not a broken store
    writer = OxigraphBackend(tmp_path / "kb")  # the leftover is cleared, the store made
    writer.close()
    assert not list((tmp_path / "kb").glob("kb-creating-*"))
    assert OxigraphBackend(tmp_path / "kb", read_only=True).exists


def test_killed_while_creating_a_store_never_leaves_one_that_cannot_be_read(tmp_path):
    for i, delay in enumerate((0.02, 0.05, 0.1, 0.2, 0.3, 0.5)):
        path = tmp_path / f"kb{i}"
        proc = subprocess.Popen([sys.executable, "-c", "import sys, time; from kb.store import OxigraphBackend; "
                                 "OxigraphBackend(sys.argv[1]); time.sleep(30)", str(path)])
        time.sleep(delay)
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
        OxigraphBackend(path, read_only=True).close()  # an empty KB or a whole store, never an error
        OxigraphBackend(path).close()
