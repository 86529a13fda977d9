#!/usr/bin/env python3
"""Run extraction over the development articles and print the scorer's figures (overall, de, en).

Usage: python scripts/score_events_dev.py [ARTICLES_DIR] [--out OUT.jsonl] [--per-doc]
                                            [--part tune|measure|all]
ARTICLES_DIR defaults to ../shared/data/articles (relative to the repository); the scorer is
../shared/eval/score_events.py. Nothing here is part of kb; it only measures it.

The development articles are split in two by a rule fixed before any tuning (the parity of the
SHA-1 of the article id): the *tune* part is the one rules may be developed against; the
*measure* part is only scored. Every run prints both, so a rule that helps one part and not the
other shows as fitted.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import json
import os
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from kb.document import document_from_record  # noqa: E402
from kb.pipeline import analyse  # noqa: E402


def _scorer(shared: Path):
    spec = importlib.util.spec_from_file_location("score_events", shared / "eval" / "score_events.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def part_of(doc_id: str) -> str:
    """``tune`` or ``measure``: the fixed split of the development articles.

    >>> part_of("example-article")
    'measure'
    """
    return "tune" if int(hashlib.sha1(doc_id.encode("utf-8")).hexdigest(), 16) % 2 == 0 else "measure"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("articles", nargs="?", default=str(REPO.parent / "shared" / "data" / "articles"))
    ap.add_argument("--out", help="also write the JSONL records here")
    ap.add_argument("--per-doc", action="store_true")
    ap.add_argument("--part", choices=("tune", "measure", "all"), default="all",
                    help="score only one part of the split (default: every part, each printed)")
    a = ap.parse_args(argv)
    articles = Path(a.articles)
    shared = articles.parent.parent
    scorer = _scorer(shared)
    records, langs = [], {}
    for path in sorted(articles.glob("*.json")):
        if a.part != "all" and part_of(path.stem) != a.part:
            continue
        rec = json.loads(path.read_text(encoding="utf-8"))
        doc = document_from_record(rec, where=str(path))
        analysis = analyse(doc)
        records.append(analysis.as_record())
        langs[doc.id] = doc.lang
    out = Path(a.out) if a.out else Path(tempfile.mkstemp(suffix=".jsonl")[1])
    out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    gold = articles / "gold"
    groups = [("overall", set(langs)), ("de", {d for d, l in langs.items() if l == "de"}),
              ("en", {d for d, l in langs.items() if l == "en"})]
    if a.part == "all":
        groups += [(f"{p} part", {d for d in langs if part_of(d) == p}) for p in ("tune", "measure")]
    for label, only in groups:
        result = scorer.score(str(gold), str(out), only=only)
        print(f"== {label} ({len(only)} articles)")
        print(scorer.fmt(result))
        if a.per_doc and label == "overall":
            for k, d in result["per_doc"].items():
                print(f"  {k}: gold {d['gold']} system {d['sys']} matched {d['matched']}")
                for gv, sv, v in d["dates"]:
                    if v != "exact":
                        print(f"      date {v}: gold {gv}  system {sv}")
    if not a.out:
        os.unlink(out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
