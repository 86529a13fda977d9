#!/usr/bin/env python3
"""How often did two leaders meet, per year? A bar chart (and a table on stdout).

Counts meetings, summits and visits with both actors that happened (reports of
one canonical event count once), by the year of the earliest possible day,
using the named query ``meetings-per-year``. Years without meetings show as 0.

    python scripts/meeting_frequency.py Q61053 Q3052772 --output meetings.png
    python scripts/meeting_frequency.py "Olaf Scholz" "Emmanuel Macron" --store ~/kbs/news --output m.svg

Uses only the public API (:mod:`kb.api`).
"""

from __future__ import annotations

import argparse
import sys

from kb.api import open_kb, resolve_store_location
from kb.errors import KBError

LABEL = ("PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
         "SELECT ?l WHERE {{ GRAPH ?g {{ <{iri}> rdfs:label ?l }} FILTER(langMatches(lang(?l), 'en')) }} LIMIT 1")


def name_of(base, actor: str) -> str:
    """The English label of an actor given as QID, IRI or label."""
    iri = base.resolve_actor(actor)[0]
    rows = list(base.query(LABEL.format(iri=iri)))
    return str(rows[0]["l"]) if rows else actor


def meetings_per_year(base, a: str, b: str, since: int | None = None, until: int | None = None) -> dict[int, int]:
    """``{year: meetings}`` with every year from the first to the last (or the given range)."""
    counts = {int(str(r["year"])): int(str(r["meetings"])) for r in base.query_named("meetings-per-year", {"a": a, "b": b})}
    if not counts and (since is None or until is None):
        return {}
    first = since if since is not None else min(counts)
    last = until if until is not None else max(counts)
    return {y: counts.get(y, 0) for y in range(first, last + 1)}


def draw(per_year: dict[int, int], title: str, output: str) -> None:
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib.figure import Figure
    from matplotlib.ticker import MaxNLocator

    fig = Figure(figsize=(max(6, 0.6 * len(per_year) + 2), 3.5), dpi=100)
    ax = fig.add_subplot()
    years = list(per_year)
    ax.bar(years, [per_year[y] for y in years], color="#1f77b4")
    ax.set_xticks(years, [str(y) for y in years])
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_ylabel("meetings")
    ax.set_title(title, fontsize=11)
    if not years:
        ax.text(0.5, 0.5, "no meetings in the KB", transform=ax.transAxes, ha="center")
    fig.tight_layout()
    fig.savefig(output, metadata={"Date": None} if output.endswith(".svg") else None)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("a", help="first actor: QID, IRI or label")
    parser.add_argument("b", help="second actor")
    parser.add_argument("--store", help="KB location [default: $KB_STORE or ./kb-store]")
    parser.add_argument("--output", default="meetings.png", help="chart file (.png, .svg or .pdf)")
    parser.add_argument("--since", type=int, help="first year on the axis")
    parser.add_argument("--until", type=int, help="last year on the axis")
    args = parser.parse_args(argv)
    try:
        with open_kb(resolve_store_location(args.store), read_only=True) as base:
            per_year = meetings_per_year(base, args.a, args.b, args.since, args.until)
            title = f"Meetings of {name_of(base, args.a)} and {name_of(base, args.b)} per year"
    except KBError as exc:
        print(f"Error: {exc}", file=sys.stderr)
        return 2
    print("year\tmeetings")
    for year, n in per_year.items():
        print(f"{year}\t{n}")
    draw(per_year, title, args.output)
    print(f"wrote {args.output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
