"""How far the shipped offices cover the offices issue 12 asks for, and the share of persons with a QID.

For each jurisdiction of the EU, NATO, G20, BRICS and the UN Security Council's permanent members
and each role (head of state, head of government, foreign minister), the share of days from
1990-01-01 to today with a known holder; for the international organisations, their leader.
Prints one line per jurisdiction below 100 %, then totals.

    python scripts/gazetteer_coverage.py [--all]

Head of government is the prime minister (or chancellor); the president counts for it only in
the presidential systems of ``PRESIDENTIAL`` (from the day given there), so a parliamentary
republic's president does not fill a gap in its list of prime ministers.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kb.entities import build  # noqa: E402

EU = "Q40 Q31 Q219 Q224 Q229 Q213 Q35 Q191 Q33 Q142 Q183 Q41 Q28 Q27 Q38 Q211 Q37 Q32 Q233 Q55 Q36 Q45 Q218 Q214 " \
     "Q215 Q29 Q34".split()
NATO = EU + "Q30 Q145 Q16 Q20 Q189 Q43 Q222 Q236 Q221".split()
G20 = "Q414 Q408 Q155 Q16 Q148 Q142 Q183 Q668 Q252 Q38 Q17 Q96 Q159 Q851 Q258 Q884 Q43 Q145 Q30".split()
BRICS = "Q155 Q159 Q668 Q148 Q258 Q79 Q115 Q794 Q878 Q252".split()
P5 = "Q30 Q145 Q142 Q159 Q148".split()
ROLES = {"state": ("president", "king"), "government": ("prime_minister", "chancellor"),
         "foreign": ("foreign_minister",)}
# countries whose president heads the government (since the day given, None: all of the period);
# Iran's head of state is the supreme leader (role `leader`), its president heads the government
PRESIDENTIAL = {"Q30": None, "Q155": None, "Q414": None, "Q96": None, "Q252": None, "Q258": None,
                "Q229": None, "Q794": None, "Q884": None, "Q43": "2018-07-09"}
STATE_ROLES = {"Q794": ("leader",)}
# organisation -> (role of its leader, the day the office began, when after 1990)
ORGS = {"Q1065": ("secretary_general", None), "Q7184": ("secretary_general", None),
        "Q8880": ("commission_president", None), "local:european-council": ("council_president", "2009-12-01"),
        "Q8889": ("parliament_president", None), "Q458": ("high_representative", "1999-10-18"),
        "Q7159": ("leader", "2003-09-16"), "Q7768": ("secretary_general", None),
        "local:opec": ("secretary_general", None), "local:arab-league": ("secretary_general", None)}


def covered(gz, roles, jur, start: dt.date, end: dt.date, extra: tuple = ()) -> float:
    """Share of the days from ``start`` to ``end`` with a holder of one of ``roles`` in ``jur``;
    ``extra``: (role, since) pairs that count from ``since`` on."""
    days = (end - start).days
    spans = sorted((max(o.start or start, start, since or start), min(o.end or end, end)) for o in gz.offices
                   for since in _counts_since(o.role, roles, extra) if o.jurisdiction == jur)
    total, reach = 0, start
    for a, b in spans:
        if b <= reach:
            continue
        total += (b - max(a, reach)).days
        reach = b
    return total / days if days else 1.0


def _counts_since(role: str, roles: tuple, extra: tuple) -> list:
    if role in roles:
        return [None]
    return [since for r, since in extra if r == role][:1]


def _row(gz, jur: str, start: dt.date, end: dt.date) -> dict:
    row = {}
    for k, roles in ROLES.items():
        extra: tuple = ()
        if k == "state" and jur in STATE_ROLES:
            roles = STATE_ROLES[jur]
        if k == "government" and jur in PRESIDENTIAL:
            since = PRESIDENTIAL[jur]
            extra = (("president", dt.date.fromisoformat(since) if since else None),)
        row[k] = covered(gz, roles, jur, start, end, extra)
    return row


def main() -> None:
    gz = build(None)
    start, end = dt.date(1990, 1, 1), dt.date.today()
    show_all = "--all" in sys.argv
    shares = []
    for jur in sorted(set(NATO + G20 + BRICS + P5)):
        name = gz.get(jur).name if gz.get(jur) else f"{jur} (not in the gazetteer)"
        row = _row(gz, jur, start, end)
        shares += row.values()
        if show_all or min(row.values()) < 0.999:
            print(f"{name:28} " + "  ".join(f"{k} {v:6.1%}" for k, v in row.items()))
    for org, (role, began) in ORGS.items():
        v = covered(gz, (role,), org, dt.date.fromisoformat(began) if began else start, end)
        shares.append(v)
        if show_all or v < 0.999:
            print(f"{(gz.get(org).name if gz.get(org) else org):28} {role} {v:6.1%}")
    persons = [e for e in gz.entities.values() if e.kind == "person"]
    with_qid = sum(1 for e in persons if e.qid)
    print(f"mean coverage of the asked offices since 1990: {sum(shares) / len(shares):.1%} ({len(shares)} offices)")
    print(f"persons: {len(persons)}, with a QID: {with_qid} ({with_qid / len(persons):.1%})")


if __name__ == "__main__":
    main()
