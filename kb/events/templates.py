"""Roles from a template and a frame: which frame slot fills which role of an event.

A trigger line of ``kb/lang/<iso>/events.txt`` may carry ``slots=ROLE:SLOTS;ROLE:SLOTS;...``.
``SLOTS`` lists frame slots (see :mod:`kb.frames`) in order of preference, joined by ``|`` (the
first filled one counts) or ``+`` (all filled ones count: "A traf B" and "A sprach mit B" have two
parties). ``ROLE`` is the participant role (``party`` for a participant without a role; ``state`` for
one that may also be a country, as the parties of a country's election are) or ``place``. Example: a visit noun ``guest:owner|subj;host:host|com;place:dest|loc`` -- the owner
("Putins Besuch") or the subject of the verb it stands with visits, the one after "at the
invitation of" or "with" hosts, the destination or locative is the place.

The template's first role must be filled, else the template says nothing and the caller falls
back on the clause heuristics of :mod:`kb.events.roles`.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..model import Frame, Mention, Participant
from .context import is_actor, is_place

__all__ = ["Template", "fill", "template"]


@dataclass(frozen=True)
class Template:
    """Role -> (combine, slots): ``combine`` is ``first`` (``|``) or ``all`` (``+``)."""

    roles: tuple[tuple[str, str, tuple[str, ...]], ...]


class TemplateError(ValueError):
    """A malformed ``slots=`` option."""


@lru_cache(maxsize=None)
def template(spec: str) -> Template:
    """Parse ``guest:owner|subj;place:dest|loc``."""
    roles = []
    for part in spec.split(";"):
        role, colon, slots = part.partition(":")
        if not colon or not role or not slots or ("|" in slots and "+" in slots):
            raise TemplateError(f"bad slots option {spec!r}: expected ROLE:SLOT|SLOT or ROLE:SLOT+SLOT")
        combine = "all" if "+" in slots else "first"
        roles.append((role, combine, tuple(slots.replace("+", "|").split("|"))))
    return Template(tuple(roles))


# who may fill a role of something done in person: a news agency is told things, and a ministry,
# an agency or a government announces a trip rather than making one (a metonym "Berlin" may act)
_NOT_IN_PERSON = {"agency"}
_NOT_TRAVELLING = {"ministry", "agency", "government"}


def _fits(m: Mention, role: str, speaking: bool) -> bool:
    if role == "place":
        return is_place(m)
    if role == "state" and is_place(m) and m.entities and m.entities[0].kind == "country":
        return True
    if not is_actor(m, speaking=speaking):
        return False
    kind = m.entities[0].kind if m.entities and m.kind != "metonym" else None
    if not speaking and kind in _NOT_IN_PERSON:
        return False
    return not (role in ("guest", "host") and kind in _NOT_TRAVELLING)


def _pick(frame: Frame, role: str, combine: str, slots: tuple[str, ...], speaking: bool,
          used: set[int], allowed: set[int] | None) -> list[Mention]:
    out: list[Mention] = []
    for slot in slots:
        found = [m for m in frame.get(slot) if _fits(m, role, speaking) and id(m) not in used
                 and (allowed is None or id(m) in allowed)]
        if found and combine == "first":
            return found
        out += [m for m in found if m not in out]
    return out


def fill(tpl: Template, frame: Frame, speaking: bool = False, allowed: set[int] | None = None
         ) -> tuple[list[Participant], Participant | None] | None:
    """Participants (with roles) and place from ``frame``; None when the first role stays empty.
    ``allowed``: ids of the mentions that may take part (None: all)."""
    parts: list[Participant] = []
    place = None
    used: set[int] = set()
    seen: set[str] = set()
    for n, (role, combine, slots) in enumerate(tpl.roles):
        found = _pick(frame, role, combine, slots, speaking, used, allowed)
        if not found and n == 0:
            return None
        used.update(id(m) for m in found)
        if role == "place":
            m = found[0] if found else None
            place = Participant(entity=m.entities[0], label=m.text, span=m.span) if m is not None else None
            continue
        for m in found:
            for p in _participants(m, None if role in ("party", "state") else role):
                key = p.entity.id if p.entity else p.label
                if key not in seen:
                    seen.add(key)
                    parts.append(p)
    return parts, place


def _participants(m: Mention, role: str | None) -> list[Participant]:
    if not m.entities:
        return [Participant(entity=None, label=m.text, role=role, span=m.span)]
    return [Participant(entity=e, label=m.text, role=role, span=m.span) for e in m.entities]
