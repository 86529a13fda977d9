"""The states a signing is of: those who sign a treaty or adopt a declaration for a state
(a president, a prime minister, a chancellor, a foreign minister) make it a party of its own.

"Putin and Khurelsukh adopted a joint declaration" is a declaration of Russia and Mongolia: the
registry's ``for_states`` types (kb/eventtypes.py) take, beside each person, the country of the
office that person holds on the event's day (an office of the gazetteer, ``KIND@QID``), once.
A person of no such office (an unlinked name, a commissioner of the EU) adds nobody.
"""

from __future__ import annotations

import datetime as _dt

from ..model import DateValue, Participant

__all__ = ["with_states"]

# the offices whose holder acts for their state
_LEADING = ("president", "prime_minister", "chancellor", "head_of_state", "head_of_government",
            "foreign_minister", "monarch", "king", "queen", "emir", "premier")


def _state_office(offices, on: _dt.date) -> str | None:
    """The QID of the state whose leading office is held on ``on``, or None."""
    for key, _name, start, end in offices:
        kind, _, code = key.partition("@")
        if kind not in _LEADING or not code.startswith("Q"):
            continue
        if (start is None or start <= on.isoformat()) and (end is None or on.isoformat() < end):
            return code
    return None


def with_states(parts: list[Participant], date: DateValue | None, dct: _dt.date | None) -> list[Participant]:
    """``parts`` and, after them, the states its office holders act for on the event's day."""
    from ..entities import gazetteer

    on = date.earliest if date is not None and date.earliest is not None else dct
    if on is None:
        return parts
    have = {p.entity.id for p in parts if p.entity is not None}
    out = list(parts)
    for p in parts:
        ent = p.entity
        if ent is None or ent.kind != "person" or not ent.offices:
            continue
        code = _state_office(ent.offices, on)
        state = gazetteer().get(code) if code else None
        if state is not None and state.kind == "country" and state.id not in have:
            have.add(state.id)
            out.append(Participant(entity=state, label=p.label, role=None, span=p.span))
    return out
