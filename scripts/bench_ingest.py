#!/usr/bin/env python
"""Ingest benchmark (prints figures): documents per second per core, per stage, and memory.

    python scripts/bench_ingest.py --articles 100                 # dev articles (if present) + synthetic
    python scripts/bench_ingest.py --articles 0 --write-docs 100000   # the store's write path at scale
    python scripts/bench_ingest.py --articles 0 --ingest-docs 100000 --workers 2   # kb ingest, peak memory

Part 1 (``--articles``) runs documents through the path ``kb ingest`` takes
(:meth:`kb.api.KnowledgeBase.ingest_documents`: the pipeline, then batches of
documents built as pyoxigraph terms, index triples, validated by the shapes'
SPARQL screen with pySHACL for any flagged graph, and written: the new
documents of a batch in one bulk step, any other one in a transaction of its
own) into an on-disk store, on one core. It runs the development
articles (``../shared/data/articles/*.json`` plus ``kb/demo``, when that
directory exists; measured, never copied) and ``--articles`` synthetic
articles of about 3,000 characters (:func:`kb.synthetic.articles`, English
and German, ~17 events each). Other processes may load the machine, so the
figure is CPU time: documents per CPU-second of this process (RocksDB's
threads included) = documents per second per core, the median of
``--repeat`` runs on fresh stores, after a warm-up that loads the language
data and shapes. Stages: pipeline (extraction), graph (building + index
triples), validate (screen, and pySHACL where it flags), write (the bulk
step or transactions), rest (reading, bookkeeping, the final flush).

Part 2 (``--write-docs``) writes synthetic document graphs (``kb.synthetic``,
~130 triples each) one transaction per document into an on-disk store,
sampling memory, to show the store side of a long ingest.

Part 4 (``--process N``) is ingest as users run it: ``kb ingest`` as a
process over N real-sized news articles, built at run time in a temp dir
from the development articles and the news corpora of the temporal data
(``../shared/data``; TimeBank, AQUAINT, KRAUTS: measured, never copied), each
copy under its own id, one JSONL file. It runs serial and ``--workers 2`` on
fresh stores, start-up included, and prints documents per wall second and per
CPU second (all processes). ``--repo DIR`` also runs another checkout of kb
(e.g. the code before a change, ``git archive``d to a temp dir) in the same
run, alternating, so before and after see the same load.

Part 3 (``--ingest-docs N``) writes N synthetic articles to JSONL files of
``--per-file`` articles each (one file: ``--per-file 0``; kb reads a JSONL file
whole, ~3x its size in memory) and runs ``kb ingest`` on them as a separate
process (``--workers`` extraction processes), sampling the resident memory of
the whole process tree every ``--sample`` seconds; it prints the peak, the
documents per second and per CPU-second (all processes). ``--chars`` sets the
article size.

Part 6 (``--interleave N``) is part 1's development-article ingest in one
long-lived process per checkout (this one and ``--repo``), run in turn N times:
on a shared machine a 5 % change hides in the spread of part 1's separate
runs; alternating warm processes shows it (medians, best runs, and the median
of the paired differences).

Part 5 (``--startup N``) is what every process pays before it does anything,
in fresh processes (medians of N): loading each language's temporal grammar
with an empty cache and with the cache written by an earlier run, ``kb
--help``, ``kb ingest`` of one news article per language (after a first run
that writes the caches), and ``kb extract`` of the development articles as a process (CPU
seconds, documents per CPU second; with ``--repo``, whether both checkouts
print the same bytes).

Parts 4 and 5 run kb as after an install: bytecode compiled once (kept in the
work directory, ``PYTHONPYCACHEPREFIX``) and ``KB_CACHE_DIR`` in the work
directory, warmed by one run before the timed ones.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# part 6 runs this script in a child whose kb is another checkout's ($KB_BENCH_KB)
sys.path.insert(0, os.environ.get("KB_BENCH_KB") or str(ROOT))
# the shared data of the checkout's parent; --data (or $KB_BENCH_DATA) for a worktree elsewhere
SHARED = Path(os.environ.get("KB_BENCH_DATA") or ROOT.parent / "shared" / "data")
DEV_ARTICLES = SHARED / "articles"
STAGES = ("pipeline", "graph", "validate", "write", "rest")


def rss_mb() -> float:
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


# -- part 1: end to end, one core ---------------------------------------------------

def dev_documents() -> list:
    """The development articles and kb's demo articles (empty without ../shared)."""
    from kb.document import iter_documents

    if not DEV_ARTICLES.is_dir():
        return []
    files = sorted(DEV_ARTICLES.glob("*.json")) + sorted((ROOT / "kb" / "demo").glob("*.json"))
    return [d for d in iter_documents(files) if not hasattr(d, "message")]


def synthetic_documents(n: int, chars: int = 3000) -> list:
    from kb import synthetic
    from kb.document import document_from_record

    return [document_from_record(r, where=r["id"]) for r in synthetic.articles(n, seed=1, chars=chars)]


def ingest_once(docs: list, work: Path) -> dict:
    """One ingest of ``docs`` into a fresh on-disk store: CPU seconds per stage and in total."""
    import kb.api as api
    from kb.store import Store

    stages = dict.fromkeys(STAGES, 0.0)
    real_analyse = api.analyse

    def timed_analyse(doc, gazetteer=None):
        t = time.process_time()
        try:
            return real_analyse(doc, gazetteer)
        finally:
            stages["pipeline"] += time.process_time() - t

    api.freeze_loaded_data_when_ingesting()  # as `kb ingest` does
    path = Path(tempfile.mkdtemp(dir=work))
    store = Store(str(path))
    store.stage_times = stages
    api.analyse = timed_analyse
    try:
        t0 = time.process_time()
        summary = api.KnowledgeBase(store).ingest_documents(docs)
        store.flush()  # what was written is on disk: its cost belongs to the ingest
        total = time.process_time() - t0
    finally:
        api.analyse = real_analyse
        store.close()
        shutil.rmtree(path, ignore_errors=True)
    stages["rest"] = total - sum(v for k, v in stages.items() if k != "rest")
    return {"total": total, "stages": stages, "summary": summary}


def end_to_end(name: str, docs: list, work: Path, repeat: int) -> None:
    if not docs:
        return
    # Warm-up: language data and gazetteer of both languages (loaded on first use), shapes,
    # compiled checks; with only a few documents of one language the first run paid for the other.
    ingest_once(docs[:24], work)
    runs = [ingest_once(docs, work) for _ in range(repeat)]
    n = len(docs)
    best = sorted(runs, key=lambda r: r["total"])[len(runs) // 2]  # the median run
    s = best["summary"]
    chars = statistics.mean(len(d.text) for d in docs)
    print(f"{name}: {n} documents (mean {chars:.0f} chars), {s.events} events, {s.triples} triples "
          f"({s.triples / max(s.documents, 1):.0f} per document), {len(s.rejected)} rejected")
    rates = sorted(n / r["total"] for r in runs)
    print(f"  {n / best['total']:.1f} documents/s per core (median of {repeat}: "
          f"{', '.join(f'{x:.1f}' for x in rates)}); {1000 * best['total'] / n:.1f} ms CPU per document")
    for k in STAGES:
        v = best["stages"][k]
        print(f"  {k:9} {1000 * v / n:7.2f} ms/doc  ({100 * v / best['total']:4.1f} %)")
    print(f"  peak RSS {peak_mb():.0f} MB", flush=True)


# -- part 6: part 1 of two checkouts, alternating in long-lived processes -----------------

def serve_ingest(work: Path) -> None:
    """The child of :func:`interleaved`: warm up, say "ready", then ingest the development
    articles once per line read from stdin and print the CPU milliseconds per document of each
    stage (and "total") as one JSON line."""
    docs = dev_documents()
    ingest_once(docs[:24], work)
    ingest_once(docs, work)
    print("ready", flush=True)
    for _ in sys.stdin:
        r = ingest_once(docs, work)
        out = {k: 1000 * v / len(docs) for k, v in r["stages"].items()}
        out["total"] = 1000 * r["total"] / len(docs)
        print(json.dumps(out), flush=True)


def interleaved(rounds: int, work: Path, repos: dict[str, Path]) -> None:
    """Part 1's development-article ingest in one long-lived process per checkout, run in turn
    (the order flips every round) ``rounds`` times: both see the same load, and no run pays a
    process start. Prints the median and best per stage, and the median of the paired
    differences of the totals."""
    if not dev_documents():
        print("interleave: no development articles (../shared/data/articles), skipped")
        return
    procs = {}
    for name, repo in repos.items():
        child = work / f"interleave-{name}"
        child.mkdir(parents=True, exist_ok=True)
        # this script in both children (the other checkout's may not have this part), each
        # importing its own checkout's kb; the same documents for both
        env = dict(os.environ, PYTHONPATH=str(repo), KB_BENCH_KB=str(repo), KB_BENCH_DATA=str(SHARED))
        procs[name] = subprocess.Popen([sys.executable, str(Path(__file__).resolve()), "--serve-ingest",
                                        "--dir", str(child)], cwd=repo, env=env,
                                       stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    runs: dict[str, list[dict]] = {name: [] for name in procs}
    try:
        for name, p in procs.items():
            if p.stdout.readline().strip() != "ready":
                raise SystemExit(f"interleave: the {name} checkout did not start ({repos[name]})")
        for i in range(rounds):
            for name in (list(procs) if i % 2 == 0 else list(procs)[::-1]):
                procs[name].stdin.write("run\n")
                procs[name].stdin.flush()
                runs[name].append(json.loads(procs[name].stdout.readline()))
    finally:
        for p in procs.values():
            p.stdin.close()
            p.wait()
    keys = ("total", *STAGES)
    print(f"part 1 of the development articles, {rounds} runs each, alternating in long-lived processes "
          f"(CPU ms per document):")
    for name, rs in runs.items():
        med = {k: statistics.median(r[k] for r in rs) for k in keys}
        best = {k: min(r[k] for r in rs) for k in keys}
        print(f"  {name:5} median: " + " ".join(f"{k} {med[k]:.2f}" for k in keys)
              + f"  => {1000 / med['total']:.1f} documents/s per core")
        print(f"  {name:5} best:   " + " ".join(f"{k} {best[k]:.2f}" for k in keys)
              + f"  => {1000 / best['total']:.1f} documents/s per core")
    if len(runs) == 2:
        other, this = runs["other"], runs["this"]
        diffs = [a["total"] - b["total"] for a, b in zip(other, this)]
        print(f"  paired other - this, total: median {statistics.median(diffs):+.2f} ms/doc "
              f"({', '.join(f'{d:+.1f}' for d in diffs)})", flush=True)


# -- part 2: the store's write path ---------------------------------------------------

def write_path(n: int, work: Path, flush_every: int = 0) -> None:
    import pyoxigraph as ox

    from kb import synthetic

    store = ox.Store(str(work / "write"))
    samples = []
    t0 = time.perf_counter()
    triples = 0
    for i, (graph_iri, lines, _) in enumerate(synthetic.documents(n * 3, seed=2, prefix="w")):
        if i == n:
            break
        body = "".join(line.rsplit(" <", 1)[0] + " .\n" for line in lines)
        store.update(f"DROP SILENT GRAPH <{graph_iri}> ;\nINSERT DATA {{ GRAPH <{graph_iri}> {{\n{body}}} }}")
        triples += len(lines)
        if flush_every and (i + 1) % flush_every == 0:
            store.flush()  # memtables to disk: keeps the writer's memory flat
        if (i + 1) % 5000 == 0:
            samples.append((i + 1, rss_mb(), time.perf_counter() - t0))
            print(f"  {i + 1:7d} documents  RSS {samples[-1][1]:6.0f} MB  {(i + 1) / samples[-1][2]:6.0f} docs/s",
                  flush=True)
    total = time.perf_counter() - t0
    store.flush()
    size = sum(p.stat().st_size for p in (work / "write").rglob("*") if p.is_file()) / 2**20
    print(f"store write path (flush every {flush_every or 'never'}): {n} documents ({triples} triples) "
          f"in {total:.0f} s = {n / total:.0f} docs/s; "
          f"peak RSS {peak_mb():.0f} MB; store {size:.0f} MB")


# -- part 3: kb ingest of many documents, memory of the process tree -------------------

def tree_rss_mb(pid: int) -> float:
    """Resident memory of ``pid`` and all its descendants (from /proc)."""
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        p = int(entry)
        children.setdefault(int(fields[1]), []).append(p)
        rss[p] = int(fields[21]) * os.sysconf("SC_PAGE_SIZE")
    total, todo = 0, [pid]
    while todo:
        p = todo.pop()
        total += rss.get(p, 0)
        todo.extend(children.get(p, []))
    return total / 2**20


def ingest_many(n: int, work: Path, workers: int, chars: int, sample: float, deadline: float | None,
                per_file: int) -> None:
    from kb import synthetic

    corpus = work / "corpus"
    corpus.mkdir()
    f = None
    for i, rec in enumerate(synthetic.articles(n, seed=5, chars=chars, prefix="big")):
        if f is None or (per_file and i % per_file == 0):
            if f is not None:
                f.close()
            f = open(corpus / f"part-{i // per_file if per_file else 0:05d}.jsonl", "w", encoding="utf-8")
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    if f is not None:
        f.close()
    files = len(list(corpus.iterdir()))
    size = sum(p.stat().st_size for p in corpus.iterdir()) / 2**20
    print(f"kb ingest of {n} synthetic articles (~{chars} chars) in {files} JSONL files ({size:.0f} MB) "
          f"with --workers {workers}", flush=True)
    cmd = [sys.executable, "-c", "from kb.cli import main; main()", "--store", str(work / "big-store"),
           "ingest", "-q", "--workers", str(workers), str(corpus)]
    adopt_orphans()
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=str(ROOT), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    peak, samples, last_print = 0.0, 0, t0
    stopped = False
    while proc.poll() is None:
        mb = tree_rss_mb(proc.pid)
        peak = max(peak, mb)
        samples += 1
        now = time.perf_counter()
        if now - last_print >= 120:
            print(f"  {now - t0:6.0f} s  tree RSS {mb:6.0f} MB  (peak {peak:.0f} MB)", flush=True)
            last_print = now
        if deadline is not None and time.time() > deadline and not stopped and now - t0 > 5:
            print("  deadline reached: stopping kb ingest (SIGINT)", flush=True)
            proc.send_signal(2)
            stopped = True
        time.sleep(sample)
    out, err = proc.communicate()
    wall = time.perf_counter() - t0
    reap_orphans()
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = usage.ru_utime + usage.ru_stime
    line = out.strip().splitlines()[-1] if out.strip() else err.strip()[-300:].replace("\n", " | ")
    print(f"  {line}")
    import pyoxigraph as ox

    # counted in the store: a run stopped at the deadline prints no summary
    done = sum(1 for g in ox.Store.read_only(str(work / "big-store")).named_graphs()
               if "/graph/" in g.value and not g.value.endswith("/_rejected")) \
        if (work / "big-store" / "CURRENT").exists() else 0
    size = sum(p.stat().st_size for p in (work / "big-store").rglob("*") if p.is_file()) / 2**20
    print(f"  exit {proc.returncode}; {wall:.0f} s wall, {cpu:.0f} s CPU (all processes): "
          f"{done / wall:.1f} documents/s, {done / max(cpu, 1e-9):.1f} documents per CPU-second")
    print(f"  peak RSS of the process tree {peak:.0f} MB ({samples} samples every {sample:g} s); "
          f"store {size:.0f} MB", flush=True)


NEWS_CORPORA = ("tbaq-timebank.jsonl", "tbaq-aquaint.jsonl", "krauts-dolomiten42.jsonl")


def news_articles(n: int) -> list[dict]:
    """N ingest records cycled from the development articles and the temporal news corpora."""
    pool = []
    for path in sorted((SHARED / "articles").glob("*.json")):
        rec = json.loads(path.read_text(encoding="utf-8"))
        pool.append({"lang": rec.get("lang", "de"), "published": rec.get("published"), "text": rec["text"]})
    for name in NEWS_CORPORA:
        path = SHARED / "temporal" / name
        if path.exists():
            for line in path.read_text(encoding="utf-8").splitlines():
                rec = json.loads(line)
                pool.append({"lang": rec.get("lang", "en"), "published": rec.get("dct"), "text": rec["text"]})
    if not pool:
        raise SystemExit(f"no articles under {SHARED}")
    return [dict(pool[i % len(pool)], id=f"bench-{i:05d}") for i in range(n)]


def kb_env(repo: Path, work: Path, cache: str) -> dict:
    """The environment of a kb process from ``repo`` as after an install: bytecode compiled once
    (kept under ``work``, not in the checkout) and the language-data cache of the run in ``work``."""
    env = dict(os.environ, PYTHONPATH=str(repo), PYTHONPYCACHEPREFIX=str(work / "pycache"),
               KB_CACHE_DIR=str(work / f"kb-cache-{cache}"))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def adopt_orphans() -> bool:
    """Make this process the reaper of its orphaned descendants (Linux), so their CPU time
    counts in ``RUSAGE_CHILDREN``: the fork server ``kb ingest --workers`` forks its workers
    from is not waited for by kb, and outlives it by a moment."""
    try:
        import ctypes

        return ctypes.CDLL(None, use_errno=True).prctl(36, 1, 0, 0, 0) == 0  # PR_SET_CHILD_SUBREAPER
    except (OSError, AttributeError):
        return False


def reap_orphans() -> None:
    """Wait for the adopted descendants of the last run (its fork server) to end."""
    while True:
        try:
            os.waitpid(-1, 0)
        except ChildProcessError:
            return


def kb_ingest(repo: Path, corpus: Path, store: Path, workers: int, env: dict) -> tuple[float, float, float, str]:
    """Wall and CPU seconds (all processes) of one ``kb ingest`` process, the CPU seconds of that
    process alone (with ``--workers``: the writer; the rest is the fork server's and workers'),
    and its last output line."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        proc = subprocess.Popen([sys.executable, "-m", "kb", "--store", str(store), "ingest", "-q",
                                 "--workers", str(workers), str(corpus)], cwd=str(repo), env=env,
                                stdout=out, stderr=err, text=True)
        _, status, own = os.wait4(proc.pid, 0)  # the resources of that process (and what it waited for)
        proc.returncode = os.waitstatus_to_exitcode(status)
        wall = time.perf_counter() - t
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read(), err.read()
    reap_orphans()  # the fork server's CPU (with its workers') counts too
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    lines = (stdout.strip() or stderr.strip()).splitlines()
    if proc.returncode not in (0, 2):  # 2: some documents rejected, the rest stored
        raise SystemExit(f"kb ingest failed ({proc.returncode}): {stderr.strip()[-500:]}")
    return wall, cpu, own.ru_utime + own.ru_stime, lines[-1] if lines else ""


def process_level(n: int, work: Path, repos: dict[str, Path], repeat: int) -> None:
    corpus = work / "news.jsonl"
    recs = news_articles(n)
    with open(corpus, "w", encoding="utf-8") as f:
        for rec in recs:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    chars = statistics.median(len(r["text"]) for r in recs)
    warm = work / "warm-up.jsonl"  # bytecode and the grammar cache, as a user has them after the first run
    one_each = [next(r for r in recs if r["lang"] == lang) for lang in sorted({r["lang"] for r in recs})]
    warm.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in one_each), encoding="utf-8")
    envs = {name: kb_env(repo, work, name) for name, repo in repos.items()}
    if not adopt_orphans():
        print("  (cannot adopt orphaned processes here: the CPU time of a fork server kb leaves "
              "running, and of its workers, is not counted)")
    for name, repo in repos.items():
        kb_ingest(repo, warm, work / f"store-warm-{name}", 1, envs[name])
    print(f"kb ingest as a process: {n} news articles (median {chars:.0f} characters), start-up included "
          f"(bytecode and language-data caches warm)")
    medians: dict[tuple[str, int], float] = {}  # (checkout, workers) -> median wall
    for workers in (1, 2):
        walls: dict[str, list[float]] = {k: [] for k in repos}
        cpus: dict[str, list[float]] = {k: [] for k in repos}
        for run in range(repeat):
            for name, repo in repos.items():
                store = work / f"store-{name}-{workers}-{run}"
                wall, cpu, own, last = kb_ingest(repo, corpus, store, workers, envs[name])
                shutil.rmtree(store, ignore_errors=True)
                walls[name].append(wall)
                cpus[name].append(cpu)
                split = (f" (writer {own:.1f}, fork server and workers {cpu - own:.1f})" if workers > 1 else "")
                print(f"  {name:7} --workers {workers}: {wall:6.1f} s wall, {cpu:6.1f} s CPU{split}: "
                      f"{n / wall:5.1f} docs/s wall, {n / cpu:5.1f} docs per CPU second  ({last})", flush=True)
        for name in repos:
            medians[name, workers] = statistics.median(walls[name])
            print(f"  {name:7} --workers {workers}: median {n / medians[name, workers]:.1f} docs/s wall, "
                  f"{n / statistics.median(cpus[name]):.1f} docs per CPU second")
    for name in repos:
        print(f"  {name:7} --workers 2 / serial, median wall times: {medians[name, 1] / medians[name, 2]:.2f}x")


# -- part 5: start-up ------------------------------------------------------------------------------

_GRAMMAR_LOAD = """
import sys, time
from kb.temporal.grammar import load_grammar
t = time.process_time()
load_grammar(sys.argv[1])
print(time.process_time() - t)
"""


def _run(cmd: list[str], repo: Path, env: dict, out=subprocess.DEVNULL) -> tuple[float, float]:
    """Wall and CPU seconds of one process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    done = subprocess.run(cmd, cwd=str(repo), env=env, stdout=out, stderr=subprocess.PIPE, text=True)
    wall = time.perf_counter() - t
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode not in (0, 2):
        raise SystemExit(f"{' '.join(cmd[:4])} failed ({done.returncode}): {done.stderr.strip()[-500:]}")
    return wall, after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime


def _grammar_load(repo: Path, env: dict, lang: str) -> float:
    done = subprocess.run([sys.executable, "-c", _GRAMMAR_LOAD, lang], cwd=str(repo), env=env,
                          capture_output=True, text=True, check=True)
    return float(done.stdout.strip())


def startup(n: int, work: Path, repos: dict[str, Path]) -> None:
    """Grammar load per language (cold and warm cache), ``kb --help``, ``kb extract`` of the dev articles."""
    envs = {name: kb_env(repo, work, name) for name, repo in repos.items()}
    for name, repo in repos.items():  # bytecode for every module a run below imports
        _run([sys.executable, "-m", "kb", "--help"], repo, envs[name])
        _run([sys.executable, "-m", "kb", "timex", "--text", "x", "--lang", "de"], repo, envs[name])
    print(f"start-up, fresh processes (medians of {n}; CPU = user + system):")
    for lang in ("de", "en"):
        for name, repo in repos.items():
            cold = []
            for i in range(n):
                cold.append(_grammar_load(repo, kb_env(repo, work, f"{name}-cold-{lang}-{i}"), lang))
            warm = [_grammar_load(repo, envs[name], lang) for _ in range(n)]
            print(f"  {name:7} grammar {lang}: {1000 * statistics.median(cold):6.1f} ms CPU cold cache, "
                  f"{1000 * statistics.median(warm):6.1f} ms warm", flush=True)
    for name, repo in repos.items():
        runs = [_run([sys.executable, "-m", "kb", "--help"], repo, envs[name]) for _ in range(max(n, 20))]
        print(f"  {name:7} kb --help: {1000 * statistics.median(w for w, _ in runs):5.0f} ms wall, "
              f"{1000 * statistics.median(c for _, c in runs):5.0f} ms CPU", flush=True)
    # kb ingest of one news article per language: what a run pays before its documents
    recs = news_articles(400)
    two = work / "one-each.jsonl"
    two.write_text("".join(json.dumps(next(r for r in recs if r["lang"] == lang), ensure_ascii=False) + "\n"
                           for lang in sorted({r["lang"] for r in recs})), encoding="utf-8")
    for name, repo in repos.items():
        runs = []
        for i in range(n + 1):  # the first writes the caches a user has after a first run
            store = work / f"store-startup-{name}-{i}"
            wall, cpu, _, _ = kb_ingest(repo, two, store, 1, envs[name])
            shutil.rmtree(store, ignore_errors=True)
            runs.append((wall, cpu))
        print(f"  {name:7} kb ingest of one article per language: {statistics.median(w for w, _ in runs[1:]):5.2f} s "
              f"wall, {statistics.median(c for _, c in runs[1:]):5.2f} s CPU", flush=True)
    files = sorted(str(p) for p in DEV_ARTICLES.glob("*.json"))
    if not files:
        return
    outputs = {}
    for name, repo in repos.items():
        runs = []
        for i in range(3):
            with open(work / f"extract-{name}.jsonl", "w", encoding="utf-8") as out:
                runs.append(_run([sys.executable, "-m", "kb", "extract", "--format", "jsonl", *files], repo,
                                 envs[name], out))
        outputs[name] = (work / f"extract-{name}.jsonl").read_bytes()
        wall, cpu = statistics.median(w for w, _ in runs), statistics.median(c for _, c in runs)
        print(f"  {name:7} kb extract of {len(files)} dev articles: {wall:5.2f} s wall, {cpu:5.2f} s CPU, "
              f"{len(files) / cpu:5.1f} docs per CPU second", flush=True)
    if len(set(outputs.values())) > 1:
        print("  kb extract output DIFFERS between the checkouts")
    elif len(outputs) > 1:
        print("  kb extract output byte-identical between the checkouts")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=100, help="Synthetic articles for part 1 (0: skip part 1).")
    ap.add_argument("--repeat", type=int, default=3, help="Runs of part 1 per corpus (the median is shown).")
    ap.add_argument("--no-dev", action="store_true", help="Skip the development articles in part 1.")
    ap.add_argument("--write-docs", type=int, default=0, help="Documents for the write-path run (0: skip).")
    ap.add_argument("--flush-every", type=int, default=1000,
                    help="Flush the store's memtables every N documents in the write-path run (0: never).")
    ap.add_argument("--ingest-docs", type=int, default=0, help="Articles for the kb ingest run (0: skip).")
    ap.add_argument("--workers", type=int, default=2, help="kb ingest --workers for --ingest-docs.")
    ap.add_argument("--chars", type=int, default=3000, help="Article size for --ingest-docs.")
    ap.add_argument("--per-file", type=int, default=1000,
                    help="Articles per JSONL file for --ingest-docs (0: all in one file).")
    ap.add_argument("--sample", type=float, default=2.0, help="Seconds between memory samples (--ingest-docs).")
    ap.add_argument("--stop-at", default=None,
                    help="Stop the --ingest-docs run at this UTC time (HH:MM) and report what it did.")
    ap.add_argument("--process", type=int, default=0, metavar="N",
                    help="Part 4: kb ingest as a process over N news articles, serial and --workers 2.")
    ap.add_argument("--repo", default=None, metavar="DIR", help="Part 4: also run this checkout of kb (before).")
    ap.add_argument("--startup", type=int, default=0, metavar="N",
                    help="Part 5: start-up in fresh processes, medians of N: grammar load per language "
                         "(cold and warm cache), kb --help, kb extract of the dev articles.")
    ap.add_argument("--data", default=None, metavar="DIR",
                    help="The shared data (articles/, temporal/) [default: ../shared/data, $KB_BENCH_DATA].")
    ap.add_argument("--dir", default=None, help="Work directory (default: a temp dir, removed afterwards).")
    ap.add_argument("--interleave", type=int, default=0, metavar="N",
                    help="Part 6: the development articles' ingest N times in one long-lived process per "
                         "checkout (this and --repo), alternating; medians and paired differences.")
    ap.add_argument("--serve-ingest", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.data:
        global SHARED, DEV_ARTICLES
        SHARED = Path(args.data)
        DEV_ARTICLES = SHARED / "articles"
    work = Path(args.dir or tempfile.mkdtemp(prefix="kb-bench-ingest-"))
    work.mkdir(parents=True, exist_ok=True)
    deadline = None
    if args.stop_at:
        import datetime as dt

        hh, mm = map(int, args.stop_at.split(":"))
        now = dt.datetime.now(dt.timezone.utc)
        deadline = now.replace(hour=hh, minute=mm, second=0, microsecond=0).timestamp()
    if args.serve_ingest:
        serve_ingest(work)
        return
    try:
        if args.articles:
            if not args.no_dev:
                end_to_end("development + demo articles", dev_documents(), work, args.repeat)
            end_to_end("synthetic articles", synthetic_documents(args.articles), work, args.repeat)
        if args.write_docs:
            write_path(args.write_docs, work, args.flush_every)
        repos = {"this": ROOT}
        if args.repo:
            repos = {"other": Path(args.repo).resolve(), "this": ROOT}
        if args.startup:
            startup(args.startup, work, repos)
        if args.process:
            process_level(args.process, work, repos, args.repeat)
        if args.interleave:
            interleaved(args.interleave, work, repos)
        if args.ingest_docs:
            ingest_many(args.ingest_docs, work, args.workers, args.chars, args.sample, deadline, args.per_file)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
