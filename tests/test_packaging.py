"""Conventions a Python user expects of a package: ``python -m kb``, ``py.typed``, a licence and a citation."""

import os
import subprocess
import sys
from pathlib import Path

import kb

ROOT = Path(__file__).resolve().parent.parent


def test_python_dash_m_kb_runs_the_command_line():
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    r = subprocess.run([sys.executable, "-m", "kb", "--version"], capture_output=True, text=True, env=env,
                       timeout=60)
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == f"kb, version {kb.__version__}"
    r = subprocess.run([sys.executable, "-m", "kb", "--help"], capture_output=True, text=True, env=env, timeout=60)
    assert r.returncode == 0 and r.stdout.startswith("Usage: kb ")


def test_the_package_is_marked_typed_and_ships_the_marker():
    assert (ROOT / "kb" / "py.typed").is_file()
    assert "py.typed" in (ROOT / "pyproject.toml").read_text(encoding="utf-8")


def test_licence_and_citation_agree_with_the_package_metadata():
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert 'license = {text = "MIT"}' in pyproject
    assert (ROOT / "LICENSE").read_text(encoding="utf-8").startswith("MIT License")
    cff = (ROOT / "CITATION.cff").read_text(encoding="utf-8")
    assert "cff-version: 1.2.0" in cff and "license: MIT" in cff
    assert f'version: "{kb.__version__}"' in cff
