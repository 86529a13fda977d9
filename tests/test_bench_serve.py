"""scripts/bench_serve.py at a tiny scale: it builds a store, serves it on 127.0.0.1,
loads it with concurrent clients, reports figures and stops the server."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.server


def test_bench_serve_smoke_run(tmp_path):
    env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    done = subprocess.run([sys.executable, str(ROOT / "scripts" / "bench_serve.py"), "--events", "300",
                           "--clients", "30", "--requests", "3", "--workers", "2", "--dir", str(tmp_path),
                           "--json"], capture_output=True, text=True, timeout=300, env=env)
    assert done.returncode == 0, done.stderr[-2000:]
    (run,) = json.loads(done.stdout)["runs"]
    assert run["requests"] == 90 and run["errors"] == 0, run
    assert 0 < run["median_ms"] <= run["p99_ms"]
    assert sum(k["requests"] for k in run["per_kind"].values()) == 90
    assert all("(" not in v for v in run["warm_up"].values()), run["warm_up"]  # every warm-up answered
