#!/usr/bin/env python
"""Extraction time with two gazetteers (prints figures): the shipped one against another data directory.

    python scripts/bench_gazetteer.py OTHER_ENTITIES_DIR [--repeat 5]

OTHER_ENTITIES_DIR holds a ``gazetteer.tsv`` and ``offices.tsv`` (e.g. an older
``kb/entities`` checked out elsewhere). The development articles (``../shared/data/articles``,
measured, never copied) and the demo articles run through :func:`kb.pipeline.analyse` with
each gazetteer in turn, alternating, ``--repeat`` times after a warm-up; prints the median CPU
milliseconds per document and the entity counts.
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from kb import api
from kb.entities import build, tables
from kb.pipeline import analyse

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("other", type=Path)
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    saved = tables.DATA_DIR
    tables.DATA_DIR = args.other
    try:
        other = tables.load()
    finally:
        tables.DATA_DIR = saved
    shipped = build(None)
    paths = [p for p in [ROOT.parent / "shared" / "data" / "articles", ROOT / "kb" / "demo"] if p.exists()]
    docs = [d for d in api.read_documents([str(p) for p in paths]) if hasattr(d, "text")]
    times: dict[str, list[float]] = {"other": [], "shipped": []}
    for gz in (other, shipped):  # warm-up: language data, name patterns
        for d in docs:
            analyse(d, gazetteer=gz)
    for _ in range(args.repeat):
        for name, gz in (("other", other), ("shipped", shipped)):
            t = time.process_time()
            for d in docs:
                analyse(d, gazetteer=gz)
            times[name].append((time.process_time() - t) * 1000 / len(docs))
    for name, gz in (("other", other), ("shipped", shipped)):
        persons = sum(1 for e in gz.entities.values() if e.kind == "person")
        print(f"{name:8} {len(gz.entities):5} entities ({persons} persons), {len(gz.offices)} offices: "
              f"{statistics.median(times[name]):.2f} ms CPU per document (median of {args.repeat}; "
              f"{', '.join(f'{t:.2f}' for t in times[name])}) over {len(docs)} documents")


if __name__ == "__main__":
    main()
