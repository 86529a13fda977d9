"""Roles from a template and a frame: which frame slot fills which role of an event.

A trigger line of ``kb/lang/<iso>/events.txt`` may carry ``slots=ROLE:GROUP|GROUP;ROLE:...``:
per role, groups of sources in order of preference, separated by ``|`` (the first group that
names anyone counts), the sources of a group joined by ``+`` (all of them count: "A traf B" and
"A sprach mit B" have two parties). A source is a frame slot (see :mod:`kb.frames`) or, read by
:func:`kb.events.roles.by_template`, a clause source ``~NAME``. ``ROLE`` is the participant role
(``party`` for a participant without a role; ``state`` for one that may also be a country, as
the parties of a country's election are) or ``place``. Example: a visit noun ``guest:owner|subj;host:host|com;place:dest|loc`` -- the owner ("Putins Besuch") or the subject
of the verb it stands with visits, the one after "at the invitation of" or "with" hosts, the
destination or locative is the place.

The template's first role must be filled. :func:`merged` puts a line's template before the
default template of its kind (``%template`` lines); :func:`fill` reads a template on a frame
alone (for the procedural kinds, whose heuristics in :mod:`kb.events.roles` decide what it
leaves open).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..model import Frame, Mention, Participant, Span
from .context import is_actor, is_place

__all__ = ["Template", "TemplateError", "add", "fill", "fits", "merged", "participants", "template"]


@dataclass(frozen=True)
class Template:
    """Role -> groups of sources: the first group that yields anyone fills the role, and all the
    sources of that group count ("subj+obj|com": subject and object, else the comitative)."""

    roles: tuple[tuple[str, tuple[tuple[str, ...], ...]], ...]

    def first(self) -> str | None:
        return self.roles[0][0] if self.roles else None


class TemplateError(ValueError):
    """A malformed ``slots=`` option."""


@lru_cache(maxsize=None)
def template(spec: str) -> Template:
    """Parse ``guest:owner|subj;place:dest|loc`` (``|`` separates groups, ``+`` joins the
    sources of a group)."""
    roles = []
    for part in spec.split(";"):
        role, colon, slots = part.partition(":")
        groups = tuple(tuple(g.split("+")) for g in slots.split("|")) if colon else ()
        if not role or not groups or any(not x for g in groups for x in g):
            raise TemplateError(f"bad slots option {spec!r}: expected ROLE:SLOT|SLOT or ROLE:SLOT+SLOT")
        roles.append((role, groups))
    return Template(tuple(roles))


@lru_cache(maxsize=None)
def merged(line: Template | None, default: Template, strict: bool = False) -> Template:
    """A trigger line's own template before the default template of its kind: per role the line's
    sources first, then the default's; roles only the default names come after the line's. With
    ``strict`` the line's sources alone name its first role."""
    if line is None:
        return default
    extra = dict(default.roles)
    roles = []
    for n, (role, groups) in enumerate(line.roles):
        more = () if strict and n == 0 else tuple(g for g in extra.get(role, ()) if g not in groups)
        roles.append((role, groups + more))
    roles += [(role, groups) for role, groups in default.roles if role not in dict(line.roles)]
    return Template(tuple(roles))


# who may fill a role of something done in person: a news agency is told things, and a ministry,
# an agency or a government announces a trip rather than making one (a metonym "Berlin" may act)
_NOT_IN_PERSON = {"agency"}
_NOT_TRAVELLING = {"ministry", "agency", "government"}
# roles a country may fill as one actor: a party to a country's election, a state that attacks
_STATES = {"state", "aggressor"}


def _fits(m: Mention, role: str, speaking: bool) -> bool:
    if role == "place":
        return is_place(m)
    if role in _STATES and is_place(m) and m.entities and m.entities[0].kind == "country":
        return True
    if not is_actor(m, speaking=speaking):
        return False
    kind = m.entities[0].kind if m.entities and m.kind != "metonym" else None
    if not speaking and kind in _NOT_IN_PERSON:
        return False
    return not (role in ("guest", "host") and kind in _NOT_TRAVELLING)


def fits(m: Mention, role: str, speaking: bool = False) -> bool:
    """May the mention fill ``role`` (a participant role, or ``place``)?"""
    return _fits(m, role, speaking)


def _pick(frame: Frame, role: str, groups: tuple[tuple[str, ...], ...], speaking: bool,
          used: set[Span], allowed: set[Span] | None) -> list[Mention]:
    out: list[Mention] = []
    for group in groups:
        if "between" in group and any(_fits(m, role, speaking) for m in frame.get("between")):
            group = ("between",)  # "briefed reporters on the call between A and B": exactly A and B
        for slot in group:
            found = [m for m in frame.get(slot) if _fits(m, role, speaking) and m.span not in used
                     and (allowed is None or m.span in allowed)]
            out += [m for m in found if m not in out]
        if out:
            return out
    return out


def fill(tpl: Template, frame: Frame, speaking: bool = False, allowed: set[Span] | None = None
         ) -> tuple[list[Participant], Participant | None] | None:
    """Participants (with roles) and place from ``frame``; None when the first role stays empty.
    ``allowed``: the spans of the mentions that may take part (None: all)."""
    parts: list[Participant] = []
    place = None
    used: set[Span] = set()  # the spans of the mentions that took a role
    seen: set[str] = set()
    for n, (role, groups) in enumerate(tpl.roles):
        found = _pick(frame, role, groups, speaking, used, allowed)
        if not found and n == 0:
            return None
        used.update(m.span for m in found)
        if role == "place":
            m = found[0] if found else None
            place = Participant(entity=m.entities[0], label=m.text, span=m.span) if m is not None else None
            continue
        add(parts, seen, found, role)
    return parts, place


def add(parts: list[Participant], seen: set[str], found: list[Mention], role: str) -> None:
    """Append the participants of ``found`` in ``role`` (``party``, ``state``: no role), each entity once."""
    for m in found:
        for p in participants(m, None if role in ("party", "state") else role):
            key = p.entity.id if p.entity else p.label
            if key not in seen:
                seen.add(key)
                parts.append(p)


def participants(m: Mention, role: str | None) -> list[Participant]:
    """The participants a mention names in ``role``: one per linked entity, else the mention
    itself unlinked (an unlinked description: "ein Regierungssprecher")."""
    if not m.entities:
        return [Participant(entity=None, label=m.text, role=role, span=m.span)]
    return [Participant(entity=e, label=m.text, role=role, span=m.span) for e in m.entities]
