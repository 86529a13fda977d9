"""Named SPARQL queries shipped with kb (``kb/queries/*.rq``).

Each file starts with ``#`` comment lines: first what the query answers, then
one line per parameter::

    # PARAM a: actor = first actor: a QID, an entity IRI or a label
    # PARAM since: date = 0001-01-01 = only events that end on or after this day

that is ``name: type = description`` for a required parameter and
``name: type = default = description`` for an optional one. In the query a
parameter is written ``$name`` (a SPARQL variable, so the file is valid SPARQL
as it is). :meth:`NamedQuery.bind` replaces each ``$name`` outside strings,
IRIs and comments by a term built from the *validated* value, never by the raw
text:

- ``actor``: ``Q123`` (a Wikidata entity), an absolute IRI, or a label that a
  ``resolve`` callback turns into IRIs (:meth:`kb.api.KnowledgeBase.resolve_actor`);
- ``iri``: an absolute IRI;
- ``date``: ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` as an ``xsd:date`` (a
  parameter named ``until`` takes the last day of a year or month);
- ``type``: an event type name (:data:`kb.model.EVENT_TYPES`);
- ``int``: an integer; ``text``: any text, as an escaped string literal.

A line ``# KEY pair = actor-pair(a, b)`` declares ``$pair``, which no one
passes: it is bound to the ``kb:actorPair`` index key of the actors ``a`` and
``b`` (:func:`kb.rdf.index.pair_key`), so a query can find the events of two
actors by one index lookup (joining ``sem:hasActor`` twice reads every event of
the more frequent actor: seconds at a million events). Such a query also uses
``$indexed``, for a store without kb's index keys (loaded by another tool):
``true`` or ``false`` when the caller knows whether the store has them
(:meth:`kb.api.KnowledgeBase.query_named` asks), else a SPARQL ``EXISTS`` that
asks (always right, a little slower).

>>> q = get("meetings-between")
>>> [p.name for p in q.params]
['a', 'b', 'since', 'until']
>>> "<http://www.wikidata.org/entity/Q7747>" in q.bind({"a": "Q7747", "b": "Q15031"})
True
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files

from ..errors import InputError
from ..model import EVENT_TYPES

__all__ = ["NamedQuery", "Param", "get", "names", "queries", "render_value"]

PARAM_TYPES = ("actor", "iri", "date", "type", "int", "text")
_PARAM_LINE = re.compile(r"#\s*PARAM\s+([A-Za-z_][A-Za-z0-9_]*)\s*:\s*([a-z]+)\s*=\s*(.*)$")
_KEY_LINE = re.compile(r"#\s*KEY\s+([A-Za-z_][A-Za-z0-9_]*)\s*=\s*actor-pair\(\s*([A-Za-z_][A-Za-z0-9_]*)\s*,"
                       r"\s*([A-Za-z_][A-Za-z0-9_]*)\s*\)\s*$")
_LEXEME = re.compile(
    r"""(?P<comment>\#[^\n\r]*)
      | (?P<long>'''(?:[^'\\]|\\.|'(?!''))*'''|\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\")
      | (?P<short>'(?:[^'\\\n\r]|\\.)*'|"(?:[^"\\\n\r]|\\.)*")
      | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
      | (?P<param>\$[A-Za-z_][A-Za-z0-9_]*)
    """,
    re.VERBOSE | re.DOTALL,
)
_INDEXED = "EXISTS { GRAPH ?anyGraph { ?anyEvent <https://w3id.org/kb/ns#actorPair> ?anyKey } }"
_QID = re.compile(r"^[Qq][1-9][0-9]*$")
_IRI = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:[^\s<>\"{}|\\^`]+$")
_WD = "http://www.wikidata.org/entity/"


@dataclass(frozen=True)
class Param:
    """A parameter of a named query."""

    name: str
    type: str
    description: str
    default: str | None = None

    @property
    def required(self) -> bool:
        return self.default is None


@dataclass(frozen=True)
class NamedQuery:
    """A query file: its name, what it answers, its parameters and its text."""

    name: str
    description: str
    params: tuple[Param, ...]
    text: str
    keys: tuple[tuple[str, str, str], ...] = ()  # (name, actor param, actor param) of each actor-pair key

    def bind(self, values: Mapping[str, str] | None = None,
             resolve: Callable[[str], list[str]] | None = None, *, indexed: bool | None = None) -> str:
        """The query with every ``$param`` replaced by the term for its value (``indexed``:
        whether the store has kb's ``kb:actorPair`` keys, for a query with an actor-pair key).

        Raises :class:`kb.errors.InputError` for a missing, unknown or invalid value.
        """
        values = dict(values or {})
        known = {p.name: p for p in self.params}
        unknown = sorted(set(values) - set(known))
        if unknown:
            raise InputError(f"query {self.name!r} has no parameter {', '.join(unknown)}; "
                             f"it takes {', '.join(known) or 'none'}")
        terms = {}
        for p in self.params:
            raw = values.get(p.name, p.default)
            if raw is None:
                raise InputError(f"query {self.name!r} needs --param {p.name}=... ({p.type}: {p.description})")
            terms[p.name] = render_value(p, str(raw), resolve)
        for key, a, b in self.keys:
            from ..rdf.index import pair_key

            terms[key] = f"<{pair_key(terms[a][1:-1], terms[b][1:-1])}>"
            if terms[a] == terms[b]:
                indexed = False  # one actor twice has no pair key: the join answers (all its events)
        if self.keys:
            terms["indexed"] = _INDEXED if indexed is None else str(bool(indexed)).lower()

        def swap(m: re.Match) -> str:
            if m.lastgroup == "param":
                return terms[m.group(0)[1:]]
            return m.group(0)

        return _LEXEME.sub(swap, self.text)


def render_value(param: Param, raw: str, resolve: Callable[[str], list[str]] | None = None) -> str:
    """The SPARQL term for ``raw`` as a value of ``param`` (validated)."""
    value = raw.strip()
    kind = param.type
    if kind in ("actor", "iri"):
        if kind == "actor" and _QID.match(value):
            return f"<{_WD}Q{value[1:]}>"
        if _IRI.match(value) and "://" in value:
            return f"<{value}>"
        if kind == "actor" and resolve is not None and value:
            iris = resolve(value)
            if iris and all(_IRI.match(i) for i in iris):
                return f"<{iris[0]}>"
        what = "a QID such as Q7747, an IRI or a known label" if kind == "actor" else "an absolute IRI"
        raise InputError(f"--param {param.name}={raw!r}: expected {what}")
    if kind == "date":
        from ..timeline import parse_bound

        try:
            day = parse_bound(value, end=param.name == "until")
        except InputError as exc:
            raise InputError(f"--param {param.name}: {exc}") from None
        return f'"{day}"^^<http://www.w3.org/2001/XMLSchema#date>'
    if kind == "type":
        if value not in EVENT_TYPES:
            raise InputError(f"--param {param.name}={raw!r}: choose an event type from {', '.join(EVENT_TYPES)}")
        return f'"{value}"'
    if kind == "int":
        if not re.fullmatch(r"-?[0-9]{1,12}", value):
            raise InputError(f"--param {param.name}={raw!r}: expected an integer")
        return str(int(value))
    if kind == "text":
        escaped = (raw.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
                   .replace("\r", "\\r").replace("\t", "\\t"))
        return f'"{escaped}"'
    raise InputError(f"parameter {param.name!r} has unknown type {kind!r}")


def _parse(name: str, text: str) -> NamedQuery:
    description, params, keys = [], [], []
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        key = _KEY_LINE.match(line)
        if key:
            keys.append(key.groups())
            continue
        m = _PARAM_LINE.match(line)
        if m:
            pname, ptype, rest = m.groups()
            if ptype not in PARAM_TYPES:
                raise ValueError(f"{name}.rq: parameter {pname} has unknown type {ptype}")
            parts = [s.strip() for s in rest.split(" = ")]
            default, desc = (parts[0], parts[1]) if len(parts) == 2 else (None, parts[0])
            params.append(Param(pname, ptype, desc, default))
        elif not params:
            description.append(line.lstrip("#").strip())
    _check_declared(name, text, params, keys)
    return NamedQuery(name, " ".join(d for d in description if d), tuple(params), text, tuple(keys))


def _check_declared(name: str, text: str, params: list[Param], keys: list[tuple[str, str, str]]) -> None:
    """Raise ``ValueError`` unless the text uses exactly the declared parameters and keys."""
    used = {m.group(0)[1:] for m in _LEXEME.finditer(text) if m.lastgroup == "param"}
    used |= {p for _, a, b in keys for p in (a, b)}  # a key uses its actors
    declared = {p.name for p in params} | {k for k, _, _ in keys} | ({"indexed"} if keys else set())
    if used != declared:
        raise ValueError(f"{name}.rq: parameters used {sorted(used)} but declared {sorted(declared)}")
    actors = {p.name for p in params if p.type == "actor"}
    if any(a not in actors or b not in actors for _, a, b in keys):
        raise ValueError(f"{name}.rq: an actor-pair key names a parameter that is no actor")


@lru_cache(maxsize=1)
def queries() -> dict[str, NamedQuery]:
    """Every shipped query by name (the file name without ``.rq``)."""
    out = {}
    for entry in sorted(files(__package__).iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".rq"):
            name = entry.name[:-3]
            out[name] = _parse(name, entry.read_text(encoding="utf-8"))
    return out


def names() -> list[str]:
    """The names of the shipped queries."""
    return sorted(queries())


def get(name: str) -> NamedQuery:
    """The named query; raises :class:`kb.errors.InputError` for an unknown name."""
    try:
        return queries()[name]
    except KeyError:
        raise InputError(f"no named query {name!r}; `kb query --list` shows them: {', '.join(names())}") from None
