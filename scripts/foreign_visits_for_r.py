#!/usr/bin/env python3
"""A timeline of one country's foreign visits, as a CSV for R (and a loader script).

Visits by people whose country is COUNTRY to places outside it (named query
``foreign-visits``), one row per visitor and report, in date order. The CSV
is what ``readr::read_csv`` reads without surprises: snake_case names, ISO
dates in ``earliest``/``latest``, empty cells for unknown values, UTF-8.
``--r-script`` also writes an R file that loads it with explicit column types.

    python scripts/foreign_visits_for_r.py Q183 --output german_visits.csv --r-script load_visits.R
    Rscript load_visits.R

Uses only the public API (:mod:`kb.api`).
"""

from __future__ import annotations

import argparse
import csv
import sys

from kb.api import open_kb, resolve_store_location
from kb.errors import KBError

COLUMNS = ("value", "earliest", "latest", "granularity", "visitor", "visitor_id", "place", "place_id",
           "destination", "type", "status", "doc_id", "source", "evidence", "event")
R_TYPES = {"earliest": "col_date()", "latest": "col_date()"}


def visits(base, country: str, since: str | None = None, until: str | None = None) -> list[dict[str, str]]:
    """One dict per visitor and report, with the :data:`COLUMNS`."""
    params = {"country": country}
    if since:
        params["since"] = since
    if until:
        params["until"] = until
    out = []
    for r in base.query_named("foreign-visits", params):
        def get(key: str) -> str:
            v = r.get(key)
            return "" if v is None else " ".join(str(v).split())

        out.append({"value": get("value"), "earliest": get("earliest"), "latest": get("latest"),
                    "granularity": get("granularity"), "visitor": get("visitor"),
                    "visitor_id": get("visitor_qid"), "place": get("place"), "place_id": get("place_qid"),
                    "destination": get("destination"), "type": get("type"), "status": get("status"),
                    "doc_id": get("doc_id"), "source": get("source"), "evidence": get("evidence"),
                    "event": get("event")})
    return out


def write_csv(rows: list[dict[str, str]], path: str) -> None:
    with open(path, "w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def r_loader(csv_path: str) -> str:
    """R code that reads the CSV with readr, dates as Date and everything else as text."""
    types = ", ".join(f"{c} = {R_TYPES.get(c, 'col_character()')}" for c in COLUMNS)
    path = csv_path.replace("\\", "/").replace('"', '\\"')
    return (f"# Load the foreign visits exported by kb (scripts/foreign_visits_for_r.py).\n"
            f"library(readr)\n"
            f"visits <- read_csv(\"{path}\", col_types = cols({types}), na = c(\"\"))\n"
            f"print(visits[, c(\"earliest\", \"visitor\", \"place\", \"destination\", \"status\")])\n")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("country", help="the visitors' country: QID, IRI or label")
    parser.add_argument("--store", help="KB location [default: $KB_STORE or ./kb-store]")
    parser.add_argument("--output", default="visits.csv", help="CSV file to write")
    parser.add_argument("--since", help="only visits ending on or after (YYYY[-MM[-DD]])")
    parser.add_argument("--until", help="only visits beginning on or before")
    parser.add_argument("--r-script", help="also write an R loader script here")
    args = parser.parse_args(argv)
    try:
        with open_kb(resolve_store_location(args.store), read_only=True) as base:
            rows = visits(base, args.country, args.since, args.until)
    except KBError as exc:
        print(f"Error: {exc}", file=sys.stderr)
        return 2
    write_csv(rows, args.output)
    if args.r_script:
        with open(args.r_script, "w", encoding="utf-8") as f:
            f.write(r_loader(args.output))
    print(f"wrote {len(rows)} visits to {args.output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
