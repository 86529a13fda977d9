"""Phase 1: find temporal expressions and give them underspecified values.

Every rule of the language grammar runs over the text; each match becomes a
candidate whose value template is filled from the normalised named groups.
Overlapping candidates are settled by keeping the longest (then the earlier
rule).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kb.temporal.grammar import Grammar, duration

__all__ = ["Candidate", "find"]

_FIELD = re.compile(r"\{([a-z0-9]+)\}")


@dataclass
class Candidate:
    start: int
    end: int
    type: str
    under: str  # underspecified value (resolve.py's forms)
    mod: str | None
    rule: str
    order: int
    span: int = 0  # length of the whole match, which may be longer than the extent


def _fields(g: Grammar, m: re.Match) -> dict[str, str] | None:
    out: dict[str, str] = {}
    for name, text in m.groupdict().items():
        if text is None or name == "x":
            continue
        base = re.sub(r"\d+$", "", name)
        if base in out:
            continue
        value = g.normalise(name, text)
        if value is None:
            return None  # e.g. "32. Mai": not a date
        out[base] = value
    for alias in ("setunit", "adjunit"):
        if alias in out:
            out.setdefault("unit", out[alias])
    if "num" in out and "unit" in out:
        out["dur"] = duration(out["num"], out["unit"])
    if "unit" in out:
        out.setdefault("dur1", duration("1", out["unit"]))
        out.setdefault("durx", duration("X", out["unit"]))
    if "hour" in out and "ampm" in out:
        h = int(out["hour"]) % 12 + (12 if out["ampm"] == "PM" else 0)
        out["hour"] = f"{h:02d}"
    out.setdefault("minute", "00")
    if "century" in out and "decade" in out and len(out["decade"]) == 3:
        out["decade"] = out["century"] + out["decade"][2]
    return out


def _fill(template: str, fields: dict[str, str]) -> str | None:
    missing = False

    def sub(m):
        nonlocal missing
        v = fields.get(m[1])
        if v is None:
            missing = True
            return ""
        return v
    value = _FIELD.sub(sub, template)
    return None if missing else value


def find(text: str, g: Grammar) -> list[Candidate]:
    """Non-overlapping candidates in text order."""
    cands: list[Candidate] = []
    for order, rule in enumerate(g.rules):
        for m in rule.regex.finditer(text):
            start, end = m.span("x") if "x" in rule.regex.groupindex and m.group("x") is not None else m.span()
            if end <= start:
                continue
            fields = _fields(g, m)
            if fields is None:
                continue
            value = _fill(rule.template, fields)
            if value is None:
                continue
            ttype = rule.type
            mod = fields.get("mod") or fields.get("pmod")
            if mod == "-":
                mod = None
            cands.append(Candidate(start, end, ttype, value, mod, rule.name, order, m.end() - m.start()))
    # longest extent first; a rule that needed more context to match is more specific
    cands.sort(key=lambda c: (-(c.end - c.start), -c.span, c.order, c.start))
    taken: list[Candidate] = []
    occupied: list[tuple[int, int]] = []
    for c in cands:
        if any(c.start < e and s < c.end for s, e in occupied):
            continue
        taken.append(c)
        occupied.append((c.start, c.end))
    # IGNORE rules claim text that looks temporal but is not ("Mai-Kundgebung").
    taken = [c for c in taken if c.type != "IGNORE"]
    taken.sort(key=lambda c: c.start)
    return taken
