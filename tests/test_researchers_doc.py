"""The Python examples of docs/researchers.md run, in order, in a fresh directory."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

DOC = Path(__file__).resolve().parent.parent / "docs" / "researchers.md"


def python_blocks() -> list[str]:
    return re.findall(r"```python\n(.*?)```", DOC.read_text(encoding="utf-8"), flags=re.S)


def test_the_doc_has_python_examples():
    assert len(python_blocks()) >= 4


@pytest.mark.slow
def test_python_examples_run(tmp_path, monkeypatch, capsys):
    pytest.importorskip("kb.store")
    pytest.importorskip("pandas")
    monkeypatch.chdir(tmp_path)
    namespace: dict = {}
    for i, block in enumerate(python_blocks(), 1):
        exec(compile(block, f"{DOC.name} block {i}", "exec"), namespace)
    assert (tmp_path / "macron.html").stat().st_size > 1000
    assert (tmp_path / "chart.png").read_bytes()[:4] == b"\x89PNG"
    assert "3 documents" in capsys.readouterr().out
