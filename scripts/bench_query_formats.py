"""Speed of ``kb query --format csv|tsv|json|xml`` over many result rows, this checkout against
an earlier one, in the same run.

    python scripts/bench_query_formats.py                      # 100k rows, csv, 3 runs each
    python scripts/bench_query_formats.py --rows 100000 --formats csv,json --runs 5
    python scripts/bench_query_formats.py --baseline-rev 678112b

The store (an on-disk KB in a temporary directory) holds ``--rows`` triples in one
named graph: IRIs, plain and language-tagged literals (some with commas, quotes and
line breaks) and typed numbers. Each command runs in its own process (``python -m kb``
with ``PYTHONPATH`` set to the checkout), its output going to a file; the figure is the
median wall time, and ``startup`` is the median of the same command with ``LIMIT 1``
(imports and opening the store), so ``rows`` = total - startup is the cost of the rows.

The baseline is the kb package of ``--baseline-rev`` (default: the commit before
kb/results.py was added, i.e. the hand-written result writers), exported with
``git archive`` into the temporary directory; nothing in the repository changes.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EX = "http://example.org/bench/"
QUERY = "SELECT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }"


def build_store(path: Path, rows: int) -> None:
    import pyoxigraph as ox

    g = ox.NamedNode(EX + "graph")
    preds = [ox.NamedNode(EX + p) for p in ("says", "count", "label")]

    def quads():
        for i in range(rows):
            kind = i % 3
            if kind == 0:
                o = ox.Literal(f'Sie sagte: "Nummer {i}, bitte."\nEnde', language="de")
            elif kind == 1:
                o = ox.Literal(str(i), datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer"))
            else:
                o = ox.Literal(f"plain label {i}")
            yield ox.Quad(ox.NamedNode(f"{EX}item/{i}"), preds[kind], o, g)

    store = ox.Store(str(path))
    store.bulk_extend(quads())
    store.flush()
    del store


def baseline_rev() -> str:
    added = subprocess.run(["git", "log", "--diff-filter=A", "--format=%H", "--", "kb/results.py"], cwd=ROOT,
                           capture_output=True, text=True, check=True).stdout.split()
    if not added:
        raise SystemExit("kb/results.py is not committed yet: give --baseline-rev")
    return added[-1] + "^"


def export_checkout(rev: str, target: Path) -> Path:
    target.mkdir(parents=True)
    archive = subprocess.run(["git", "archive", "--format=tar", rev, "kb"], cwd=ROOT, capture_output=True,
                             check=True).stdout
    tar_path = target / "kb.tar"
    tar_path.write_bytes(archive)
    with tarfile.open(tar_path) as tar:
        tar.extractall(target, filter="data")
    tar_path.unlink()
    return target


def timed(checkout: Path, store: Path, fmt: str, query: str, out: Path) -> float:
    env = dict(os.environ, PYTHONPATH=str(checkout))
    started = time.perf_counter()
    with open(out, "wb") as sink:
        done = subprocess.run([sys.executable, "-m", "kb", "--store", str(store), "query", "--format", fmt, query],
                              stdout=sink, stderr=subprocess.PIPE, env=env, cwd=checkout)
    elapsed = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"{checkout}: kb query --format {fmt} failed: {done.stderr.decode()[-500:]}")
    return elapsed


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--rows", type=int, default=100_000)
    ap.add_argument("--formats", default="csv", help="comma-separated: csv, tsv, json, xml")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--baseline-rev", default=None, help="git revision to compare with")
    args = ap.parse_args()
    rev = args.baseline_rev or baseline_rev()
    with tempfile.TemporaryDirectory(prefix="kb-bench-formats-") as tmp:
        tmp_path = Path(tmp)
        store = tmp_path / "store"
        build_store(store, args.rows)
        checkouts = [(f"before ({rev})", export_checkout(rev, tmp_path / "baseline")), ("after (this checkout)", ROOT)]
        print(f"{args.rows} result rows, median of {args.runs} runs (seconds, wall)")
        for fmt in args.formats.split(","):
            for label, checkout in checkouts:
                out = tmp_path / f"out.{fmt}"
                totals = [timed(checkout, store, fmt, QUERY, out) for _ in range(args.runs)]
                size = out.stat().st_size
                startup = [timed(checkout, store, fmt, QUERY + " LIMIT 1", tmp_path / "one") for _ in range(args.runs)]
                total, start = statistics.median(totals), statistics.median(startup)
                print(f"  {fmt:4} {label:32} total {total:6.2f}  startup {start:5.2f}  rows {total - start:6.2f}"
                      f"  ({size / 1e6:.1f} MB)")


if __name__ == "__main__":
    main()
