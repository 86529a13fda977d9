#!/usr/bin/env python
"""``kb timeline`` as users run it, on an existing store (prints figures).

    python scripts/bench_timeline.py --build 100000 /tmp/store-100k   # make a synthetic store first
    python scripts/bench_timeline.py /work/bench/store-1m

Times :meth:`kb.api.KnowledgeBase.timeline` -- the path of ``kb timeline
--actor Q.. [--since ..] [--until ..] [--limit N]``: the index walk of
:func:`kb.rdf.index.timeline_events` (whose lookups also read each event's stored
row record, ``kb:timelineRow``; without a window and a limit, the one query of
:func:`kb.timeline.events_query` instead) and the Python row building
-- over ``--combos`` actor x window combinations of a :mod:`kb.synthetic` KB:

- actors: frequent (the top 50 of its Zipf law), middling (ranks 200-999) and
  rare (ranks 3,000-4,999);
- windows: closed (1-5 years), open on the left (``--until`` only), open on
  the right (``--since`` only, the README's form), and none at all; a limit
  of 100, or none for the rare actors' open windows.

Each combination is asked once for the first time (no earlier query of this
process asked for that actor and window, so the store's caches are cold for
it), then all again (repeated). Prints median and p90 for both, per group and
overall; two actors' meetings (frequent and middling pairs): the count on the
``kb:actorPair`` key and ``kb query --named meetings-between`` in-process; and the
wall time of ``kb timeline`` as a process (``python -m kb``, start-up
included) for ``--cli`` of the combinations; and ``--typed`` timelines of one
actor and an event type (``--type Meeting``, ``Visit`` with its sub-type,
``Summit``), first time (actors and windows drawn with another seed); ``--check``
compares those too; and ``--by-type-place`` timelines without an actor:
``--type`` alone (``Meeting``, a quarter of all events; ``Visit`` with its
sub-type; ``Summit``), ``--place`` alone (one of the 400 synthetic cities) and
both, over the same kinds of windows with a limit of 100 (none for a place's
closed window), first time and repeated (``--check`` compares them with the
plain query too). On a store written before the type and place keys these are
the scan the timeline falls back to (``kb timeline`` says so in one line):
the figures before the keys. Each figure also comes as CPU
time (this process's, or the child's), which other work on the cores inflates
far less than the wall time. ``--check N`` compares the first N timelines
with the plain query (no index).
"""

from __future__ import annotations

import argparse
import datetime as _dt
import os
import random
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import kb.api as api  # noqa: E402
from kb import synthetic  # noqa: E402
from kb.exporters.tabular import timeline_rows  # noqa: E402
from kb.rdf import index as idx  # noqa: E402
from kb.timeline import build_query, rows_from_query  # noqa: E402

WD = "http://www.wikidata.org/entity/"
TYPES = ("Meeting", "Visit", "Summit")  # --typed: a frequent type, one with a sub-type, a rarer one


def stat(ms: list[float]) -> str:
    return (f"median {statistics.median(ms):6.1f} ms, p90 {sorted(ms)[int(0.9 * (len(ms) - 1))]:6.1f} ms "
            f"({len(ms)})")


def build(events: int, path: Path) -> None:
    """A synthetic store of ``events`` events at ``path`` (bulk load + optimize), ``path.done`` when complete."""
    import pyoxigraph as ox

    path.mkdir(parents=True)
    nq = path.with_name(path.name + ".nq.tmp")
    t = time.perf_counter()
    with open(nq, "w", encoding="utf-8") as f:
        st = synthetic.write_nquads(f, events, seed=0)
    print(f"generated {st.documents} documents, {st.quads} quads in {time.perf_counter() - t:.0f} s", flush=True)
    store = ox.Store(str(path))
    t = time.perf_counter()
    store.bulk_load(path=str(nq), format=ox.RdfFormat.N_QUADS)
    store.optimize()
    store.flush()
    print(f"loaded and optimized in {time.perf_counter() - t:.0f} s", flush=True)
    del store
    nq.unlink()
    path.with_name(path.name + ".done").write_text(f"{events} synthetic events (kb.synthetic, seed 0)\n")


def combinations(n: int, seed: int) -> list[tuple[str, str, dict]]:
    """``(group, actor QID, timeline keywords)`` for n combinations, every group represented."""
    shape = synthetic.KBShape()
    first, last = shape.first_year, shape.first_year + shape.years - 1
    rng = random.Random(seed)
    ranks = {"frequent": (0, 49), "middling": (200, 999), "rare": (3000, 4999)}
    windows = ("closed", "since", "until", "open")
    out = []
    for i in range(n):
        kind = list(ranks)[i % 3]
        window = windows[(i // 3) % 4]
        actor = f"Q{100000 + rng.randint(*ranks[kind])}"
        years = rng.randint(1, 5)
        year = rng.randint(first, last - years)
        since, until = f"{year}-{rng.randint(1, 12):02d}", str(year + years)
        kw: dict = {"limit": 100}
        if window in ("closed", "since"):
            kw["since"] = since
        if window in ("closed", "until"):
            kw["until"] = until
        if kind == "rare" and window != "closed":
            kw["limit"] = None
        out.append((f"{kind}/{window}", actor, kw))
    return out


def typeplace_combinations(n: int, seed: int) -> list[tuple[str, dict]]:
    """``(group, timeline keywords)`` for n timelines without an actor: a type, a place, or both."""
    shape = synthetic.KBShape()
    first, last = shape.first_year, shape.first_year + shape.years - 1
    rng = random.Random(seed)
    windows = ("closed", "since", "until", "open")
    out = []
    for i in range(n):
        kind = ("type", "place", "type+place")[i % 3]
        window = windows[(i // 3) % 4]
        kw: dict = {"limit": 100}
        if kind != "place":
            kw["type"] = TYPES[(i // 12) % len(TYPES)]
        if kind != "type":
            kw["place"] = f"Q{900000 + rng.randrange(shape.places)}"
        years = rng.randint(1, 5)
        year = rng.randint(first, last - years)
        if window in ("closed", "since"):
            kw["since"] = f"{year}-{rng.randint(1, 12):02d}"
        if window in ("closed", "until"):
            kw["until"] = str(year + years)
        if kind != "type" and window == "closed":
            kw["limit"] = None
        out.append((f"{kind}/{window}", kw))
    return out


def by_type_place(base, n: int, seed: int, check: bool) -> None:
    """Time (and with ``check`` compare) n timelines of a type, a place or both without an actor."""
    import warnings

    combos = typeplace_combinations(n, seed)
    first, again, first_cpu, again_cpu, rows = [], [], [], [], []
    groups: dict[str, list[float]] = {}
    with warnings.catch_warnings(record=True) as notices:
        warnings.simplefilter("always", api.IndexNotice)
        for times, cpus in ((first, first_cpu), (again, again_cpu)):  # first time, then all again
            for group, kw in combos:
                t, c = time.perf_counter(), time.process_time()
                got = base.timeline(**kw)
                times.append(1000 * (time.perf_counter() - t))
                cpus.append(1000 * (time.process_time() - c))
                if times is first:
                    rows.append(got)
                    groups.setdefault(group.split("/")[0], []).append(cpus[-1])
    scanned = any(issubclass(w.category, api.IndexNotice) for w in notices)
    how = "scanned: the store has no type and place keys" if scanned else "walked by the type and place keys"
    print(f"timelines of a type or place without an actor ({how}): {len(combos)}, rows median "
          f"{statistics.median(len(r) for r in rows):.0f}, max {max(len(r) for r in rows)}")
    print(f"  first time: {stat(first)}; CPU {stat(first_cpu)}")
    print(f"  repeated:   {stat(again)}; CPU {stat(again_cpu)}")
    for g, ms in groups.items():
        print(f"  first time, CPU, {g:10}: {stat(ms)}")
    if check:
        for (_, kw), got in zip(combos, rows):
            lo, hi = api.parse_bound(kw.get("since"), end=False), api.parse_bound(kw.get("until"), end=True)
            places = base.resolve_actor(kw["place"]) if "place" in kw else None
            q = build_query(since=lo, until=hi, limit=kw["limit"], types=[kw["type"]] if "type" in kw else None,
                            place_iris=places)
            plain = timeline_rows(base.store, [r.event for r in rows_from_query(base.store.select_text(q))],
                                  row_only=False)  # the whole reports, as kb export reads them
            if [r.as_dict() for r in plain] != [r.as_dict() for r in got]:
                raise SystemExit(f"the timeline differs from the plain query for {kw}")
        print(f"  equal to the plain query on all {len(combos)}")


def meeting_pairs(seed: int) -> list[tuple[str, int, int, _dt.date]]:
    """``(group, actor rank, actor rank, since)`` for 32 pairs: both frequent (ranks 0-39), and a
    frequent with a middling actor (ranks 200-999)."""
    rng = random.Random(seed)
    out = []
    for i in range(32):
        a, b = rng.sample(range(40), 2) if i % 2 == 0 else (rng.randrange(40), rng.randint(200, 999))
        since = _dt.date(rng.randint(1995, 2020), rng.randint(1, 12), 1)
        out.append(("frequent" if i % 2 == 0 else "middling", a, b, since))
    return out


def meetings(base, seed: int) -> None:
    """Two actors' meetings since a date: the count on the ``kb:actorPair`` key, and the rows of
    ``kb query --named meetings-between`` (in-process, :meth:`kb.api.KnowledgeBase.query_named`),
    each first time and repeated (wall, and CPU of this process)."""
    pairs = meeting_pairs(seed)
    for what in ("count", "named"):
        first, again, first_cpu, groups = [], [], [], {}
        for times in (first, again):
            for group, a, b, since in pairs:
                qa, qb = f"Q{100000 + a}", f"Q{100000 + b}"
                t, c = time.perf_counter(), time.process_time()
                if what == "count":
                    base.store.select(idx.pair_count_query(f"{WD}{qa}", f"{WD}{qb}",
                                                           "https://w3id.org/kb/ns#Meeting", since))
                else:
                    base.query_named("meetings-between", {"a": qa, "b": qb, "since": since.isoformat()})
                times.append(1000 * (time.perf_counter() - t))
                if times is first:
                    first_cpu.append(1000 * (time.process_time() - c))
                    groups.setdefault(group, []).append(first_cpu[-1])
        name = ("meetings of two actors since a date (kb:actorPair count)" if what == "count" else
                "`kb query --named meetings-between` since a date, in-process")
        print(f"{name}, first time: {stat(first)}; CPU {stat(first_cpu)}; repeated: {stat(again)}")
        for g, ms in groups.items():
            print(f"  first time, CPU, {g} pairs: {stat(ms)}")


def cli_args(actor: str, kw: dict) -> list[str]:
    args = ["timeline", "--actor", actor, "--format", "csv"]
    for k in ("since", "until", "limit"):
        if kw.get(k):
            args += [f"--{k}", str(kw[k])]
    return args


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("store", help="An Oxigraph store directory (opened read-only).")
    ap.add_argument("--build", type=int, metavar="EVENTS", help="First build a synthetic store of EVENTS events there.")
    ap.add_argument("--combos", type=int, default=36, help="Actor x window combinations (default 36).")
    ap.add_argument("--cli", type=int, default=12, help="Combinations also run as `kb timeline` processes.")
    ap.add_argument("--check", type=int, default=0, help="Compare this many timelines with the plain query.")
    ap.add_argument("--typed", type=int, default=12, help="Actor and type timelines (first time) to time.")
    ap.add_argument("--by-type-place", type=int, default=24, metavar="N",
                    help="Timelines of a type, a place or both without an actor to time (default 24).")
    ap.add_argument("--only-type-place", action="store_true", help="Only the --by-type-place timelines.")
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    store = Path(args.store)
    if args.build:
        build(args.build, store)

    combos = combinations(args.combos, args.seed)
    if args.only_type_place:
        with api.open_kb(store, read_only=True) as base:
            by_type_place(base, args.by_type_place, args.seed + 3, bool(args.check))
        return
    with api.open_kb(store, read_only=True) as base:
        def run(actor, kw):
            return base.timeline(actor=actor, **kw)

        groups: dict[str, list[float]] = {}
        groups_cpu: dict[str, list[float]] = {}
        first, again, rows, first_cpu, again_cpu = [], [], [], [], []
        for group, actor, kw in combos:  # first time: no earlier query asked for this actor and window
            t, c = time.perf_counter(), time.process_time()
            rows.append(run(actor, kw))
            ms = 1000 * (time.perf_counter() - t)
            first_cpu.append(1000 * (time.process_time() - c))
            first.append(ms)
            for g in group.split("/"):
                groups.setdefault(g, []).append(ms)
                groups_cpu.setdefault(g, []).append(first_cpu[-1])
        for group, actor, kw in combos:
            t, c = time.perf_counter(), time.process_time()
            run(actor, kw)
            again.append(1000 * (time.perf_counter() - t))
            again_cpu.append(1000 * (time.process_time() - c))
        print(f"store {store}: {len(combos)} actor x window timelines, rows median "
              f"{statistics.median(len(r) for r in rows):.0f}, max {max(len(r) for r in rows)}")
        print(f"KnowledgeBase.timeline, first time: {stat(first)}")
        print(f"KnowledgeBase.timeline, repeated:   {stat(again)}")
        # CPU time of this process (RocksDB's reads included): what other work on the cores does not inflate
        print(f"  CPU time, first time: {stat(first_cpu)}; repeated: {stat(again_cpu)}")
        for g, ms in groups.items():
            print(f"  first time, {g:9}: {stat(ms)}; CPU {stat(groups_cpu[g])}")

        typed = [(actor, {**kw, "type": TYPES[i % len(TYPES)]})
                 for i, (_, actor, kw) in enumerate(combinations(args.typed, args.seed + 2))]
        typed_rows, typed_cpu = [], []
        for actor, kw in typed:  # other actors and windows (another seed): first time
            c = time.process_time()
            typed_rows.append(run(actor, kw))
            typed_cpu.append(1000 * (time.process_time() - c))
        if typed:
            print(f"KnowledgeBase.timeline with --type, first time, CPU: {stat(typed_cpu)}")

        checks = list(zip([(a, kw) for _, a, kw in combos], rows))[: args.check]
        checks += list(zip(typed, typed_rows)) if args.check else []
        for (actor, kw), got in checks:
            lo, hi = api.parse_bound(kw.get("since"), end=False), api.parse_bound(kw.get("until"), end=True)
            q = build_query(actor_iris=base.resolve_actor(actor), since=lo, until=hi, limit=kw["limit"],
                            types=[kw["type"]] if "type" in kw else None)
            plain = [r for r in rows_from_query(base.store.select_text(q)) if r.earliest]
            plain = timeline_rows(base.store, [r.event for r in plain], row_only=False)  # whole reports
            if [r.as_dict() for r in plain] != [r.as_dict() for r in got]:
                raise SystemExit(f"the indexed timeline differs from the plain query for {actor} {kw}")
        if args.check:
            print(f"indexed timelines equal the plain query on {args.check} combinations and {len(typed)} with a type")

        if args.by_type_place:
            by_type_place(base, args.by_type_place, args.seed + 3, bool(args.check))

        meetings(base, args.seed + 1)

    if args.cli:
        env = dict(os.environ, PYTHONPATH=str(ROOT))
        walls, cpus = [], []
        for group, actor, kw in combos[: args.cli]:
            cmd = [sys.executable, "-m", "kb", "--store", str(store), *cli_args(actor, kw)]
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            t = time.perf_counter()
            done = subprocess.run(cmd, capture_output=True, text=True, env=env)
            walls.append(1000 * (time.perf_counter() - t))
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpus.append(1000 * (after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime))
            if done.returncode:
                raise SystemExit(f"{' '.join(cmd)} failed: {done.stderr.strip()}")
        helps, help_cpus = [], []
        for _ in range(5):
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            t = time.perf_counter()
            subprocess.run([sys.executable, "-m", "kb", "--help"], capture_output=True, env=env, check=True)
            helps.append(1000 * (time.perf_counter() - t))
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            help_cpus.append(1000 * (after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime))
        print(f"`kb timeline` as a process (wall, start-up included): {stat(walls)}; CPU {stat(cpus)}")
        print(f"`kb --help` as a process (wall): {stat(helps)}; CPU {stat(help_cpus)}")


if __name__ == "__main__":
    main()
