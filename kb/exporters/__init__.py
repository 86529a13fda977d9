"""Export formats, keyed by name and loaded lazily (like rdflib's plugins).

Each format is a function ``write(request) -> str | bytes`` in some module;
:func:`register` adds one (kb's own formats are registered below, others may
come from the ``kb.exporters`` entry-point group, whose values are
``module:function`` strings).

>>> sorted(f.name for f in formats())[:4]
['csv', 'gexf', 'graphml', 'html']
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property

from ..errors import InputError
from .records import Event, Report, Selection, collect, group_reports

__all__ = ["ExportRequest", "Format", "Selection", "event_records", "export", "export_kb", "formats", "get",
           "register", "select", "type_filter"]


@dataclass(frozen=True)
class Format:
    """An export format: its name, where its writer lives and what it produces."""

    name: str
    target: str  # "module:function"
    media_type: str
    extension: str
    binary: bool = False
    description: str = ""

    def load(self) -> Callable[["ExportRequest"], str | bytes]:
        module, _, func = self.target.partition(":")
        return getattr(importlib.import_module(module), func)


@dataclass
class ExportRequest:
    """What a writer gets: the store, the selection and the options."""

    store: object
    selection: Selection = field(default_factory=Selection)
    mentions: bool = False  # one row per report instead of per event
    title: str = "kb timeline"
    unmerged: bool = False  # each report its own event, ignoring kb merge

    @cached_property
    def reports(self) -> list[Report]:
        return collect(self.store, self.selection)

    @cached_property
    def events(self) -> list[Event]:
        return group_reports(self.store, self.reports, unmerged=self.unmerged)


_REGISTRY: dict[str, Format] = {}
_entry_points_loaded = False


def register(name: str, target: str, media_type: str, extension: str, *, binary: bool = False,
             description: str = "") -> None:
    """Add (or replace) a format; ``target`` is ``"module:function"``."""
    _REGISTRY[name] = Format(name, target, media_type, extension, binary, description)


def _load_entry_points() -> None:
    global _entry_points_loaded
    if _entry_points_loaded:
        return
    _entry_points_loaded = True
    from importlib.metadata import entry_points

    for ep in entry_points(group="kb.exporters"):
        if ep.name not in _REGISTRY:
            register(ep.name, ep.value, "application/octet-stream", ep.name, binary=True,
                     description=f"plug-in from {ep.value}")


def formats() -> list[Format]:
    """Every registered format."""
    _load_entry_points()
    return list(_REGISTRY.values())


def get(name: str) -> Format:
    """The format called ``name``; raises :class:`kb.errors.InputError` for unknown names."""
    _load_entry_points()
    try:
        return _REGISTRY[name]
    except KeyError:
        raise InputError(f"unknown export format {name!r}; choose from {', '.join(sorted(_REGISTRY))}") from None


def export(store, fmt: str, selection: Selection | None = None, *, mentions: bool = False,
           title: str = "kb timeline", unmerged: bool = False) -> str | bytes:
    """The selected events of ``store`` in format ``fmt`` (text, or bytes for images)."""
    writer = get(fmt).load()
    return writer(ExportRequest(store, selection or Selection(), mentions, title, unmerged))


def _listed(value) -> list[str]:
    if value is None:
        return []
    return [value] if isinstance(value, str) else [v for v in value if v]


def type_filter(type=None, types=None, stacklevel: int = 3) -> list[str] | None:  # noqa: A002 - the CLI's name
    """The event types of a ``type=`` filter (the CLI's ``--type``: one name or a list);
    ``types=``, its old name, still works with a :class:`DeprecationWarning`."""
    if types is not None:
        import warnings

        warnings.warn("types= is deprecated: use type= (as --type on the command line)", DeprecationWarning,
                      stacklevel=stacklevel)
        if type is None:
            type = types
    return _listed(type) or None


def select(base, *, actor=None, type=None, place=None, since=None, until=None, source=None,  # noqa: A002
           include_implied: bool = False, types=None) -> Selection:
    """A :class:`Selection` from user values, named as the command line names them:
    ``actor`` and ``place`` as QIDs, IRIs or labels (resolved by
    ``base.resolve_actor``; several mean any of them), ``type`` an event type or a
    list of them, dates as ``YYYY[-MM[-DD]]``; events implied by a claim only with
    ``include_implied``. ``types=`` is the deprecated name of ``type=``."""
    from ..timeline import parse_window

    lo, hi = parse_window(since, until)
    return Selection(
        actors=[iri for a in _listed(actor) for iri in base.resolve_actor(a)],
        types=type_filter(type, types, stacklevel=4) or [],
        places=[iri for p in _listed(place) for iri in base.resolve_actor(p, "place")],
        since=lo, until=hi,
        source=source or None, include_implied=bool(include_implied))


def export_kb(base, fmt: str, output=None, *, mentions: bool = False, title: str = "kb timeline",
              unmerged: bool = False, **filters) -> str | bytes:
    """What :meth:`kb.api.KnowledgeBase.export` does: select, export, write ``output`` if given."""
    if filters.get("source"):
        check_source(base.store, filters["source"])
    data = export(base.store, fmt, select(base, **filters), mentions=mentions, title=title, unmerged=unmerged)
    if output is not None:
        # bytes: keep .ics CRLF line ends as they are
        write_output(output, data if isinstance(data, bytes) else data.encode("utf-8"))
    return data


def check_source(store, source: str) -> None:
    """An :class:`~kb.errors.InputError` when no stored document has the id ``source`` or a
    source URL starting with it: a mistyped ``--source`` would otherwise give an empty export
    that reads as "no events". The id is one index lookup; a URL prefix scans the documents'
    source URLs once."""
    import pyoxigraph as ox

    from .records import select as rows

    term = str(ox.Literal(source))  # an escaped SPARQL literal, whatever the user typed
    dct = "http://purl.org/dc/terms/"
    if rows(store, f"SELECT ?d WHERE {{ GRAPH ?g {{ ?d <{dct}identifier> {term} }} }} LIMIT 1"):
        return
    if rows(store, f"SELECT ?d WHERE {{ GRAPH ?g {{ ?d <{dct}source> ?s }} FILTER(STRSTARTS(STR(?s), {term})) }} LIMIT 1"):
        return
    raise InputError(f"--source {source!r}: no document in the KB has this id or a source URL that starts with it")


def write_output(output, body: bytes) -> None:
    """Write an export file whole or not at all: into a temporary file beside it, then renamed,
    so an interrupted export never leaves half a file where an earlier whole one was. A path
    that cannot be written is an :class:`~kb.errors.InputError` naming it."""
    import os
    import secrets
    from pathlib import Path

    path = Path(output)
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.part")
    try:
        # 0o666 less the umask, as a plain open() would create the file
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
        with os.fdopen(fd, "wb") as out:
            out.write(body)
        os.replace(tmp, path)
    except OSError as exc:
        raise InputError(f"cannot write {output}: {exc.strerror or exc}") from None
    finally:
        if tmp.exists():
            tmp.unlink()


def event_records(base, *, mentions: bool = False, unmerged: bool = False, **filters) -> list[dict]:
    """The selected events (or reports) as JSON-ready dicts."""
    from .tabular import event_dict, report_dict

    request = ExportRequest(base.store, select(base, **filters), mentions, unmerged=unmerged)
    if mentions:
        return [report_dict(r) for r in request.reports]
    return [event_dict(e) for e in request.events]


_M = __name__
for _name, _target, _media, _ext, _binary, _desc in (
    ("csv", "tabular:write_csv", "text/csv", "csv", False, "one row per event (or per report with --mentions)"),
    ("json", "tabular:write_json", "application/json", "json", False, "event records as JSON"),
    ("jsonld", "linked:write_jsonld", "application/ld+json", "jsonld", False, "JSON-LD, framed, with a context"),
    ("turtle", "linked:write_turtle", "text/turtle", "ttl", False, "RDF of the selected documents"),
    ("trig", "linked:write_trig", "application/trig", "trig", False, "named graphs of the selected documents"),
    ("nquads", "linked:write_nquads", "application/n-quads", "nq", False, "named graphs as N-Quads"),
    ("timelinejs", "timelinejs:write_timelinejs", "application/json", "json", False, "TimelineJS JSON"),
    ("ics", "calendar:write_ics", "text/calendar", "ics", False, "iCalendar, all-day events"),
    ("html", "page:write_html", "text/html", "html", False, "self-contained timeline page"),
    ("png", "chart:write_png", "image/png", "png", True, "chart of events per actor over time"),
    ("svg", "chart:write_svg", "image/svg+xml", "svg", False, "chart of events per actor over time"),
    ("graphml", "graph:write_graphml", "application/graphml+xml", "graphml", False,
     "who-met-whom network of actors (meetings, calls, visits) for networkx, yEd"),
    ("gexf", "graph:write_gexf", "application/gexf+xml", "gexf", False, "who-met-whom network for Gephi"),
):
    register(_name, f"{_M}.{_target}", _media, _ext, binary=_binary, description=_desc)
