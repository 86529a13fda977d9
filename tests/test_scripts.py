"""The researcher scripts in scripts/ run against the fixture KB (and one on the demo corpus)."""

from __future__ import annotations

import ast
import os
import shutil
import struct
import subprocess
import sys
from pathlib import Path

import pytest

from fixtures_exports import fixture_store

ROOT = Path(__file__).resolve().parent.parent
SCRIPTS = {name: ROOT / "scripts" / f"{name}.py"
           for name in ("meeting_frequency", "claim_report", "foreign_visits_for_r")}


@pytest.fixture(scope="module")
def kb_dir(tmp_path_factory) -> str:
    pytest.importorskip("kb.store")
    path = tmp_path_factory.mktemp("kb") / "store"
    fixture_store(str(path)).close()
    return str(path)


def run(name: str, *args: str, cwd=None) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""),
               MPLBACKEND="Agg")
    return subprocess.run([sys.executable, str(SCRIPTS[name]), *args], capture_output=True, text=True,
                          timeout=120, env=env, cwd=cwd)


@pytest.mark.parametrize("name", sorted(SCRIPTS))
def test_scripts_use_only_the_public_api(name):
    tree = ast.parse(SCRIPTS[name].read_text(encoding="utf-8"))
    used = {node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom) and node.module}
    used |= {a.name for node in ast.walk(tree) if isinstance(node, ast.Import) for a in node.names}
    assert {m for m in used if m == "kb" or m.startswith("kb.")} <= {"kb.api", "kb.errors"}
    assert ast.get_docstring(tree) and "python scripts/" in ast.get_docstring(tree)


def test_meeting_frequency_table_and_chart(kb_dir, tmp_path):
    png = tmp_path / "m.png"
    done = run("meeting_frequency", "Q61053", "Emmanuel Macron", "--store", kb_dir, "--output", str(png),
               "--since", "2021")
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == ["year\tmeetings", "2021\t0", "2022\t0", "2023\t2"]
    data = png.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and struct.unpack(">II", data[16:24]) == (600, 350)
    svg = tmp_path / "m.svg"
    done = run("meeting_frequency", "Q61053", "Q3052772", "--store", kb_dir, "--output", str(svg))
    assert done.returncode == 0 and done.stdout.splitlines() == ["year\tmeetings", "2023\t2"]
    assert svg.read_text().lstrip().startswith("<?xml")


def test_meeting_frequency_reports_unknown_actors(kb_dir, tmp_path):
    done = run("meeting_frequency", "Nobody Known", "Q3052772", "--store", kb_dir, "--output", str(tmp_path / "x.png"))
    assert done.returncode == 2 and done.stderr.startswith("Error: no actor called")


def test_claim_report_on_a_kb(kb_dir, tmp_path):
    out = tmp_path / "report.md"
    done = run("claim_report", "--store", kb_dir, "--output", str(out))
    assert done.returncode == 0, done.stderr
    report = out.read_text(encoding="utf-8")
    assert report.startswith("# Claim check report")
    assert "| 1 | Meeting: Emmanuel Macron & Olaf Scholz since 2023-01-01 | 6 | 1 | kb-has-fewer | fx-en-scholz-macron |" \
        in report.replace("Olaf Scholz & Emmanuel Macron", "Emmanuel Macron & Olaf Scholz")
    assert "> Macron and Scholz have met six times since the start of the year" in report
    assert "- 2023-01: Meeting in Paris (past); 1 report(s); https://news.example.org/2023/06/05/scholz-macron" in report


def test_claim_report_on_a_corpus(tmp_path):
    pytest.importorskip("kb.store")
    done = run("claim_report", str(ROOT / "kb" / "demo"))
    assert done.returncode == 0, done.stderr
    assert "3 documents" in done.stderr
    assert done.stdout.startswith("# Claim check report\n\nKB: 3 documents ingested in memory.")


def test_foreign_visits_csv_for_r(kb_dir, tmp_path):
    pd = pytest.importorskip("pandas")
    csv_path, r_path = tmp_path / "visits.csv", tmp_path / "load.R"
    done = run("foreign_visits_for_r", "Q17", "--store", kb_dir, "--output", str(csv_path), "--r-script", str(r_path))
    assert done.returncode == 0, done.stderr
    frame = pd.read_csv(csv_path, parse_dates=["earliest", "latest"], keep_default_na=False, na_values=[""])
    assert list(frame["destination"]) == ["Q30", "Q408"]
    assert frame["earliest"].iloc[0] == pd.Timestamp("2022-01-01") and pd.isna(frame["earliest"].iloc[1])
    assert list(frame["granularity"].fillna("")) == ["year", ""]
    assert str(frame["earliest"].dtype).startswith("datetime64")
    loader = r_path.read_text(encoding="utf-8")
    assert "earliest = col_date()" in loader and str(csv_path) in loader
    done = run("foreign_visits_for_r", "Q30", "--store", kb_dir, "--output", str(tmp_path / "none.csv"))
    assert done.returncode == 0 and (tmp_path / "none.csv").read_text().count("\n") == 1  # header only


@pytest.mark.skipif(shutil.which("Rscript") is None, reason="R is not installed (Debian: r-cran-readr)")
def test_foreign_visits_load_in_r(kb_dir, tmp_path):
    probe = subprocess.run(["Rscript", "-e", "library(readr)"], capture_output=True, timeout=60)
    if probe.returncode != 0:
        pytest.skip("R has no readr (Debian: r-cran-readr)")
    csv_path, r_path = tmp_path / "visits.csv", tmp_path / "load.R"
    assert run("foreign_visits_for_r", "Q17", "--store", kb_dir, "--output", str(csv_path),
               "--r-script", str(r_path)).returncode == 0
    with open(r_path, "a", encoding="utf-8") as f:
        f.write('cat(class(visits$earliest), nrow(visits), format(visits$earliest[1]), is.na(visits$earliest[2]), "\\n")\n')
    done = subprocess.run(["Rscript", str(r_path)], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "Date 2 2022-01-01 TRUE" in done.stdout
