"""A chart of events per actor over time (matplotlib, Agg backend).

One row per actor (the most frequent ones), one bar per event from its
earliest to its latest day, so a month-only date is a month-long bar and a
known day a short one with a dot: the width *is* the uncertainty. Colours
are event types. The SVG is deterministic (fixed hash salt, no date in the
metadata, text as <text>) so it can be a golden file.
"""

from __future__ import annotations

import datetime as _dt
import io
from collections import Counter

from .records import Event

__all__ = ["MAX_ACTORS", "draw", "write_png", "write_svg"]

MAX_ACTORS = 12
_COLOURS = ("#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2",
            "#7f7f7f", "#bcbd22", "#17becf")


def draw(events: list[Event], title: str):
    """The matplotlib Figure (no pyplot, so no global state is touched)."""
    from matplotlib.dates import date2num
    from matplotlib.figure import Figure
    from matplotlib.patches import Patch

    dated = [e for e in events if e.earliest]
    counts = Counter(a.name for e in dated for a in e.lead.participants)
    actors = sorted(counts, key=lambda n: (-counts[n], n))[:MAX_ACTORS]
    rows = {name: i for i, name in enumerate(sorted(actors))}
    types = sorted({e.lead.type for e in dated})
    colour = {t: _COLOURS[i % len(_COLOURS)] for i, t in enumerate(types)}

    fig = Figure(figsize=(9, 1.6 + 0.5 * max(len(rows), 1)), dpi=100)
    ax = fig.add_subplot()
    # One collection per (row, type) and one marker series per type: thousands
    # of events stay a handful of artists.
    spans: dict[tuple[int, str], list[tuple[float, float]]] = {}
    dots: dict[str, tuple[list[float], list[int]]] = {}
    for e in dated:
        lo = date2num(_dt.date.fromisoformat(e.earliest))
        hi = date2num(_dt.date.fromisoformat(e.latest or e.earliest) + _dt.timedelta(days=1))
        for a in e.lead.participants:
            if a.name in rows:
                spans.setdefault((rows[a.name], e.lead.type), []).append((lo, hi - lo))
                xs, ys = dots.setdefault(e.lead.type, ([], []))
                xs.append(lo + (hi - lo) / 2)
                ys.append(rows[a.name])
    for (y, t), ranges in sorted(spans.items()):
        ax.broken_barh(ranges, (y - 0.25, 0.5), facecolors=colour[t], edgecolors=colour[t], alpha=0.55)
    for t, (xs, ys) in sorted(dots.items()):
        ax.plot(xs, ys, "o", color=colour[t], markersize=4, linestyle="none")
    ax.set_yticks(range(len(rows)), list(rows))
    ax.set_ylim(-0.8, max(len(rows), 1) - 0.2)
    ax.invert_yaxis()  # alphabetical from the top
    ax.margins(x=0.04)
    ax.xaxis_date()
    ax.grid(axis="x", alpha=0.3)
    undated = len(events) - len(dated)
    ax.set_title(title + (f" ({undated} undated not shown)" if undated else ""), fontsize=11)
    ax.set_xlabel("date (bars run from the earliest to the latest possible day)")
    if types:
        ax.legend(handles=[Patch(color=colour[t], label=t) for t in types], loc="upper left",
                  bbox_to_anchor=(1.01, 1.0), fontsize=8, frameon=False)
    if not dated:
        ax.text(0.5, 0.5, "no dated events", transform=ax.transAxes, ha="center")
    fig.autofmt_xdate()
    fig.tight_layout()
    return fig


def _render(request, fmt: str) -> bytes:
    import matplotlib

    with matplotlib.rc_context({"svg.hashsalt": "kb-export", "svg.fonttype": "none"}):
        fig = draw(request.events, request.title)
        buf = io.BytesIO()
        metadata = {"Date": None, "Creator": "kb"} if fmt == "svg" else {"Software": "kb"}
        fig.savefig(buf, format=fmt, metadata=metadata)
    return buf.getvalue()


def write_png(request) -> bytes:
    """The chart as PNG bytes."""
    return _render(request, "png")


def write_svg(request) -> str:
    """The chart as SVG text."""
    return _render(request, "svg").decode("utf-8")
