#!/usr/bin/env python
"""`kb load` benchmark: wall time and peak memory of loading one synthetic shard (prints figures).

    python scripts/bench_load.py --events 50000
    python scripts/bench_load.py --events 50000 --compare /tmp/kb-main   # before/after, same run

Writes a synthetic KB of ``--events`` events (:mod:`kb.synthetic`, one named
graph per document) as one gzipped N-Quads shard, then runs ``kb load`` on it
as a separate process into a fresh on-disk store, ``--reps`` times, and
prints the median wall time and the median peak resident set size of that
process (``ru_maxrss`` of the child) and its CPU time (user + system: on a
shared machine a steadier figure than wall time); ``--reload`` also times loading the
same shard again into the loaded store (every graph replaced). ``--compare DIR`` runs the same
command from another checkout of kb (e.g. ``git archive main | tar -x -C
DIR``) in alternation with this one, so both are measured under the same
load on the machine. The shard is kept in ``--dir`` and reused when it exists.
"""

from __future__ import annotations

import argparse
import gzip
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kb import synthetic  # noqa: E402

_CHILD = """
import resource, sys, time
sys.path.insert(0, sys.argv[1])
from kb.cli import main
t = time.perf_counter()
try:
    main(["--store", sys.argv[2], "load", sys.argv[3]], standalone_mode=False)
finally:
    print("WALL", time.perf_counter() - t, file=sys.stderr)
"""


def shard(work: Path, events: int, seed: int) -> tuple[Path, dict]:
    path = work / f"synthetic-{events}-{seed}.nq.gz"
    info = work / f"synthetic-{events}-{seed}.json"
    if not (path.exists() and info.exists()):
        with gzip.open(path, "wt", encoding="utf-8", compresslevel=3) as f:
            st = synthetic.write_nquads(f, events, seed=seed)
        info.write_text(json.dumps({"documents": st.documents, "events": st.events, "quads": st.quads}))
    return path, json.loads(info.read_text())


def run_load(root: Path, nq: Path, store: Path, fresh: bool = True) -> tuple[float, float, float, float]:
    """(wall seconds of the whole process, seconds inside `kb load`, peak RSS MB, CPU seconds) of one run."""
    if fresh:
        shutil.rmtree(store, ignore_errors=True)
    t = time.perf_counter()
    # A fresh interpreter per run: ru_maxrss of the children is a maximum over all of them,
    # so each run is measured in a grandchild whose figure is read back from its own rusage.
    proc = subprocess.run([sys.executable, "-c", _MEASURE, str(root), str(store), str(nq)],
                          capture_output=True, text=True)
    wall = time.perf_counter() - t
    if proc.returncode != 0:
        raise SystemExit(f"kb load from {root} failed:\n{proc.stderr[-2000:]}")
    fields = dict(line.split(" ", 1) for line in proc.stderr.splitlines()
                  if line.startswith(("WALL ", "RSS ", "CPU ")))
    return wall, float(fields["WALL"]), float(fields["RSS"]) / 1024, float(fields["CPU"])


_MEASURE = """
import resource, subprocess, sys
child = subprocess.run([sys.executable, "-c", %r] + sys.argv[1:], capture_output=True, text=True)
sys.stderr.write(child.stderr)
if child.returncode:
    sys.exit(child.returncode)
ru = resource.getrusage(resource.RUSAGE_CHILDREN)
print("RSS", ru.ru_maxrss, file=sys.stderr)
print("CPU", ru.ru_utime + ru.ru_stime, file=sys.stderr)
""" % _CHILD


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--events", type=int, default=20000)
    ap.add_argument("--reps", type=int, default=3)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--dir", default=None, help="Work directory for the shard and stores (default: a temp dir).")
    ap.add_argument("--compare", metavar="DIR", default=None,
                    help="Another kb checkout to measure in the same run (printed as 'before').")
    ap.add_argument("--reload", action="store_true",
                    help="After each load, load the same shard again into that store (every graph replaced).")
    ap.add_argument("--json", action="store_true", help="Print one JSON object instead of text.")
    args = ap.parse_args()

    work = Path(args.dir or tempfile.mkdtemp(prefix="kb-bench-load-"))
    work.mkdir(parents=True, exist_ok=True)
    t = time.perf_counter()
    nq, info = shard(work, args.events, args.seed)
    out: dict = {**info, "shard_mb": round(nq.stat().st_size / 2**20, 1),
                 "generate_s": round(time.perf_counter() - t, 1)}
    roots = {"after": ROOT}
    if args.compare:
        roots = {"before": Path(args.compare).resolve(), "after": ROOT}
    runs: dict[str, list[tuple[float, float, float, float]]] = {k: [] for k in roots}
    reloads: dict[str, list[tuple[float, float, float, float]]] = {k: [] for k in roots}
    for _ in range(args.reps):
        for name, root in roots.items():
            runs[name].append(run_load(root, nq, work / f"store-{name}"))
            if args.reload:
                reloads[name].append(run_load(root, nq, work / f"store-{name}", fresh=False))
    for name in roots:
        for key, rs in ((name, runs[name]), (f"{name}_reload", reloads[name])):
            if rs:
                out[key] = {"process_wall_s": round(statistics.median(r[0] for r in rs), 2),
                            "load_wall_s": round(statistics.median(r[1] for r in rs), 2),
                            "peak_rss_mb": round(statistics.median(r[2] for r in rs)),
                            "cpu_s": round(statistics.median(r[3] for r in rs), 1),
                            "runs": len(rs)}
    if not args.dir:
        shutil.rmtree(work, ignore_errors=True)
    if args.json:
        print(json.dumps(out))
        return
    print(f"shard: {out['events']:,} events, {out['documents']:,} documents, {out['quads']:,} quads, "
          f"{out['shard_mb']} MB gzipped")
    for key in [k for name in roots for k in (name, f"{name}_reload") if k in out]:
        r = out[key]
        what = "into a fresh store" if not key.endswith("_reload") else "again (every graph replaced)"
        print(f"{key.split('_')[0]:>6}: kb load {what}: {r['load_wall_s']:.2f} s (process "
              f"{r['process_wall_s']:.2f} s wall, {r['cpu_s']:.1f} s CPU), peak RSS {r['peak_rss_mb']:,} MB  "
              f"[median of {r['runs']}]")


if __name__ == "__main__":
    main()
