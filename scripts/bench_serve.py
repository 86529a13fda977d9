#!/usr/bin/env python
"""``kb serve`` under load: many concurrent clients on a synthetic KB (prints figures).

    python scripts/bench_serve.py                                  # 100k events, 200 clients
    python scripts/bench_serve.py --store /work/bench/store-100000 # a store made by bench_store.py --keep
    python scripts/bench_serve.py --baseline /tmp/kb-main          # also the server of another checkout
    python scripts/bench_serve.py --events 300 --clients 20        # a smoke run

Builds a store of ``--events`` synthetic events (:mod:`kb.synthetic`, bulk
loaded as ``scripts/bench_store.py`` does) unless ``--store`` names one, starts
``kb serve`` on a free port of 127.0.0.1 (nothing else is contacted), runs one
warm-up request of each kind, then ``--clients`` client threads at once, each
sending ``--requests`` requests: parameterised SPARQL as kb's commands send it
(an actor's events in a window by the ``kb:actorPeriod`` key, as ``kb
timeline`` asks its first chunk; the meetings of two actors by the
``kb:actorPair`` key; events per year; the ``meetings-between`` named query,
one request in twenty) and the timeline page (one in ten). Prints the median and p99 latency
over all requests, the errors (any answer but 200, or no answer within
``--client-timeout``) and the same per kind; then stops the server.

Bounded: ``clients x requests`` requests, none started after ``--max-seconds``.
``--baseline DIR`` runs the same load against the ``kb serve`` of another kb
checkout (e.g. ``git worktree add /tmp/kb-main main``) first, in the same run.
"""

from __future__ import annotations

import argparse
import datetime as _dt
import json
import os
import random
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kb import queries, synthetic  # noqa: E402
from kb.rdf import index as idx  # noqa: E402

KB = "https://w3id.org/kb/ns#"
WD = "http://www.wikidata.org/entity/"
# (kind, weight): what one request of a client is.
# Mostly the small indexed queries kb's own commands send (kb timeline asks chunk by chunk);
# the meetings-between named query costs seconds at 100k events, so it is a small share.
MIX = [("actor-window", 50), ("pair-count", 25), ("per-year", 10), ("meetings-between", 5), ("page", 10)]


def build_store(events: int, work: Path, seed: int) -> Path:
    import pyoxigraph as ox

    nq = work / f"synthetic-{events}.nq"
    store_dir = work / f"store-{events}"
    if (store_dir / "CURRENT").exists():  # kept from an earlier run (--work)
        print(f"reusing {store_dir}")
        return store_dir
    with open(nq, "w", encoding="utf-8") as f:
        synthetic.write_nquads(f, events, seed=seed)
    store = ox.Store(str(store_dir))
    store.bulk_load(path=str(nq), format=ox.RdfFormat.N_QUADS)
    store.optimize()
    del store
    nq.unlink()
    return store_dir


def request_for(kind: str, rng: random.Random, shape: synthetic.KBShape) -> tuple[str, dict]:
    """(path with query string, headers) for one request of ``kind``."""
    if kind == "page":
        return "/", {"Accept": "text/html"}
    actor = lambda: f"Q{100000 + min(int(rng.paretovariate(1.2)) - 1, 199)}"  # noqa: E731 - frequent actors
    year = rng.randint(shape.first_year, shape.first_year + shape.years - 2)
    if kind == "actor-window":  # what `kb timeline --actor Q.. --since Y --until Y+1` asks first
        since, until = _dt.date(year, rng.randint(1, 12), 1), _dt.date(year + 1, 12, 31)
        sparql = idx.chunk_query([WD + actor()], since, until, next(idx.timeline_chunks(since, until)))
    elif kind == "pair-count":
        a, b = actor(), actor()
        sparql = idx.pair_count_query(WD + a, WD + b, KB + "Meeting")
    elif kind == "per-year":
        sparql = idx.events_per_year_query()
    else:
        a, b = actor(), actor()
        sparql = queries.get(kind).bind({"a": a, "b": b, "since": f"{year}-01-01"})
    return "/sparql?" + urllib.parse.urlencode({"query": sparql}), {"Accept": "application/sparql-results+json"}


class Server:
    """``kb serve`` of the checkout at ``root`` in its own process group, on 127.0.0.1."""

    def __init__(self, root: Path, store: Path, args):
        cmd = [sys.executable, "-c", "from kb.cli import main; main()", "--store", str(store), "serve",
               "--host", "127.0.0.1", "--port", "0", "--timeout", str(args.timeout)]
        env = dict(os.environ, PYTHONPATH=str(root))
        help_text = subprocess.run(cmd[:3] + ["serve", "--help"], capture_output=True, text=True, env=env,
                                   cwd=root, timeout=60).stdout
        if "--workers" in help_text:
            cmd += ["--workers", str(args.workers)]
        self.proc = subprocess.Popen(cmd, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True, env=env,
                                     cwd=root, start_new_session=True)
        line, deadline = "", time.monotonic() + 60
        while "endpoint at" not in line and time.monotonic() < deadline:
            line = self.proc.stderr.readline()
            if not line and self.proc.poll() is not None:
                break
        if "endpoint at http://127.0.0.1:" not in line:
            self.stop()
            raise SystemExit(f"kb serve of {root} did not start: {line.strip()}")
        self.url = line.split("endpoint at ", 1)[1].split()[0].rsplit("/sparql", 1)[0]
        # Its one log line per request must not fill the pipe and block it.
        threading.Thread(target=lambda: [None for _ in self.proc.stderr], daemon=True).start()

    def stop(self) -> None:
        try:
            os.killpg(self.proc.pid, signal.SIGINT)
            self.proc.wait(timeout=15)
        except (ProcessLookupError, subprocess.TimeoutExpired):
            pass
        try:  # workers, or a server that ignored Ctrl-C
            os.killpg(self.proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        self.proc.wait(timeout=15)


def fetch(url: str, path: str, headers: dict, timeout: float) -> tuple[bool, float, str]:
    """(answered with 200, seconds, what went wrong)."""
    started = time.perf_counter()
    try:
        with urllib.request.urlopen(urllib.request.Request(url + path, headers=headers), timeout=timeout) as resp:
            resp.read()
            return resp.status == 200, time.perf_counter() - started, ""
    except urllib.error.HTTPError as err:
        return False, time.perf_counter() - started, f"HTTP {err.code}: {err.read()[:80]!r}"
    except (OSError, urllib.error.URLError) as err:
        return False, time.perf_counter() - started, f"{type(err).__name__}: {err}"


def run_load(url: str, args, shape: synthetic.KBShape) -> dict:
    kinds, weights = zip(*MIX)
    warm = {}
    rng = random.Random(args.seed)
    for kind in kinds:  # one of each, alone: the first page render is paid here
        ok, seconds, why = fetch(url, *request_for(kind, rng, shape), args.client_timeout)
        warm[kind] = f"{seconds * 1000:.0f} ms" + ("" if ok else f" ({why})")
    deadline = time.monotonic() + args.max_seconds
    start = threading.Barrier(args.clients)

    def client(i: int) -> list[tuple[str, bool, float, str]]:
        crng = random.Random(args.seed * 1000 + i)
        plan = [(kind, request_for(kind, crng, shape)) for kind in crng.choices(kinds, weights, k=args.requests)]
        start.wait()
        out = []
        for kind, (path, headers) in plan:
            if time.monotonic() > deadline:
                out.append((kind, False, 0.0, "not sent: --max-seconds reached"))
                continue
            out.append((kind, *fetch(url, path, headers, args.client_timeout)))
        return out

    wall = time.perf_counter()
    with ThreadPoolExecutor(args.clients) as ex:
        results = [r for rs in ex.map(client, range(args.clients)) for r in rs]
    wall = time.perf_counter() - wall
    return {"warm_up": warm, "wall_s": round(wall, 1), "results": results}


def summary(results: list) -> dict:
    ms = sorted(r[2] * 1000 for r in results)
    errors = [r for r in results if not r[1]]
    return {"requests": len(results), "errors": len(errors),
            "median_ms": round(statistics.median(ms), 1) if ms else None,
            "p99_ms": round(ms[min(len(ms) - 1, int(0.99 * len(ms)))], 1) if ms else None,
            "first_errors": sorted({r[3] for r in errors})[:3]}


def report(label: str, run: dict, args) -> dict:
    results = run["results"]
    out = {"server": label, "clients": args.clients, "wall_s": run["wall_s"], **summary(results),
           "warm_up": run["warm_up"],
           "per_kind": {k: summary([r for r in results if r[0] == k]) for k, _ in MIX}}
    if not args.json:
        print(f"\n== {label}: {args.clients} clients x {args.requests} requests, wall {run['wall_s']} s")
        print("   warm-up (one each, alone): " + ", ".join(f"{k} {v}" for k, v in run["warm_up"].items()))
        print(f"   all requests: median {out['median_ms']} ms, p99 {out['p99_ms']} ms, "
              f"errors {out['errors']} of {out['requests']}")
        for kind, s in out["per_kind"].items():
            print(f"   {kind:17s} n={s['requests']:4d}  median {s['median_ms']} ms  p99 {s['p99_ms']} ms  "
                  f"errors {s['errors']}")
        for e in out["first_errors"]:
            print(f"   e.g. {e}")
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--events", type=int, default=100000, help="Synthetic events to generate (without --store).")
    ap.add_argument("--store", help="An existing store directory (e.g. from bench_store.py --keep).")
    ap.add_argument("--dir", help="Work directory for a generated store (default: a temp dir, removed).")
    ap.add_argument("--clients", type=int, default=200)
    ap.add_argument("--requests", type=int, default=2, help="Requests per client (sent one after the other).")
    ap.add_argument("--timeout", type=float, default=60.0, help="kb serve --timeout.")
    ap.add_argument("--workers", type=int, default=min(8, 2 * (os.cpu_count() or 1)), help="kb serve --workers.")
    ap.add_argument("--client-timeout", type=float, default=120.0, help="Seconds a client waits for an answer.")
    ap.add_argument("--max-seconds", type=float, default=600.0, help="No request is started after this.")
    ap.add_argument("--baseline", metavar="DIR", help="Also load the kb serve of this checkout, first.")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--json", action="store_true", help="Print one JSON object instead of text.")
    args = ap.parse_args()
    if min(args.clients, args.requests, args.events) < 1:
        raise SystemExit("--clients, --requests and --events must be at least 1")

    work = None
    if args.store:
        store = Path(args.store)
    else:
        work = Path(args.dir or tempfile.mkdtemp(prefix="kb-bench-serve-"))
        work.mkdir(parents=True, exist_ok=True)
        started = time.perf_counter()
        store = build_store(args.events, work, args.seed)
        if not args.json:
            print(f"built {store}: {args.events} events in {time.perf_counter() - started:.0f} s")
    shape = synthetic.KBShape()
    reports = []
    try:
        for label, root in ([("baseline " + args.baseline, Path(args.baseline))] if args.baseline else []) + \
                           [("this checkout", ROOT)]:
            server = Server(root, store, args)
            try:
                reports.append(report(label, run_load(server.url, args, shape), args))
            finally:
                server.stop()
    finally:
        if work is not None and not args.dir:
            shutil.rmtree(work, ignore_errors=True)
    if args.json:
        print(json.dumps({"store": str(store), "events": None if args.store else args.events, "runs": reports}))


if __name__ == "__main__":
    main()
