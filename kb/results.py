"""SPARQL results in the standard formats, written by pyoxigraph's own serialisers.

What ``kb query --format`` and ``kb serve`` send: SELECT as SPARQL 1.1 JSON,
XML, CSV (CRLF line ends) or TSV (terms in Turtle syntax, ``?var`` header);
ASK as JSON or XML; CONSTRUCT and DESCRIBE as Turtle, TriG, N-Triples,
N-Quads, RDF/XML or JSON-LD. A format that does not fit the query form (a
SELECT as Turtle, a CONSTRUCT as CSV) is refused with a one-line
:class:`kb.errors.QueryError` that names the formats that fit.

kb's row limit and deadline are kept while the serialiser runs. Results are
first written as SPARQL TSV (SELECT) or N-Triples (graphs), where every row or
triple is exactly one line (both formats escape line breaks inside terms), into
a sink that counts lines, stops the evaluation one row past the limit and
checks the deadline on each chunk it receives; the bounded text is then
parsed by pyoxigraph and written in the format asked. Without a limit the
format asked is written directly.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

import pyoxigraph as ox

from .errors import QueryError

__all__ = ["FORMS", "GRAPH_FORMATS", "SOLUTION_FORMATS", "Serialized", "check_format", "form_of",
           "serialize_result", "serialize_rdflib"]

# name -> (pyoxigraph format, media type)
SOLUTION_FORMATS = {
    "json": (ox.QueryResultsFormat.JSON, "application/sparql-results+json"),
    "xml": (ox.QueryResultsFormat.XML, "application/sparql-results+xml"),
    "csv": (ox.QueryResultsFormat.CSV, "text/csv"),
    "tsv": (ox.QueryResultsFormat.TSV, "text/tab-separated-values"),
}
GRAPH_FORMATS = {
    "turtle": (ox.RdfFormat.TURTLE, "text/turtle"),
    "trig": (ox.RdfFormat.TRIG, "application/trig"),
    "ntriples": (ox.RdfFormat.N_TRIPLES, "application/n-triples"),
    "nquads": (ox.RdfFormat.N_QUADS, "application/n-quads"),
    "rdfxml": (ox.RdfFormat.RDF_XML, "application/rdf+xml"),
    "jsonld": (ox.RdfFormat.JSON_LD, "application/ld+json"),
}
# Which formats each query form can be written in (SPARQL CSV/TSV have no boolean).
FORMS = {
    "select": tuple(SOLUTION_FORMATS),
    "ask": ("json", "xml"),
    "graph": tuple(GRAPH_FORMATS),
}
_FORM_NAMES = {"select": "SELECT", "ask": "ASK", "graph": "CONSTRUCT/DESCRIBE"}


def form_of(checked_form: str) -> str:
    """``select``, ``ask`` or ``graph`` for the guard's form (``construct``/``describe`` are ``graph``)."""
    return {"construct": "graph", "describe": "graph"}.get(checked_form, checked_form)


def check_format(form: str, fmt: str) -> None:
    """Raise :class:`kb.errors.QueryError` when results of ``form`` cannot be written as ``fmt``.

    >>> check_format("select", "csv")
    >>> check_format("graph", "csv")
    Traceback (most recent call last):
    ...
    kb.errors.QueryError: a CONSTRUCT/DESCRIBE query gives a graph, not csv: use turtle, trig, ntriples, nquads, rdfxml or jsonld
    """
    fits = FORMS.get(form, ())
    if fmt in fits:
        return
    what = {"select": "gives solutions", "ask": "gives true or false", "graph": "gives a graph"}.get(form, "")
    choices = ", ".join(fits[:-1]) + " or " + fits[-1] if len(fits) > 1 else "".join(fits)
    name = _FORM_NAMES.get(form, form)
    article = "an" if name[:1] in "AEIOU" else "a"
    raise QueryError(f"{article} {name} query {what}, not {fmt}: use {choices}")


@dataclass
class Serialized:
    """A query's results as bytes in one format, and whether the row limit cut them."""

    body: bytes
    media_type: str
    truncated: bool = False

    def text(self) -> str:
        return self.body.decode("utf-8")


class _Deadline(Exception):
    """The deadline passed while the results were being written."""


class _Full(Exception):
    """One row past the limit arrived: the rest is not needed."""


class _LineSink:
    """A binary output that keeps ``keep`` lines, stops the writer at the next byte and
    checks the deadline on every chunk (``time.monotonic`` value, or None)."""

    def __init__(self, keep: int | None, deadline: float | None):
        self.keep = keep
        self.deadline = deadline
        self.parts: list[bytes] = []
        self.lines = 0
        self.full = False  # ``keep`` lines are in; anything more means the limit cut the results
        self.truncated = False

    def write(self, data) -> int:
        data = bytes(data)
        if self.deadline is not None and time.monotonic() > self.deadline:
            raise _Deadline
        if not data:
            return 0
        if self.full:
            self.truncated = True
            raise _Full
        if self.keep is not None:
            n = data.count(b"\n")
            if self.lines + n >= self.keep:
                end = -1
                for _ in range(self.keep - self.lines):
                    end = data.index(b"\n", end + 1)
                self.parts.append(data[:end + 1])
                self.lines = self.keep
                self.full = True
                if end + 1 < len(data):
                    self.truncated = True
                    raise _Full
                return len(data)
            self.lines += n
        self.parts.append(data)
        return len(data)

    def flush(self) -> None:
        pass

    def value(self) -> bytes:
        return b"".join(self.parts)


def _write_bounded(result, fmt, keep: int | None, deadline: float | None) -> tuple[bytes, bool]:
    sink = _LineSink(keep, deadline)
    try:
        result.serialize(sink, format=fmt)
    except _Full:
        pass
    except _Deadline:
        raise
    return sink.value(), sink.truncated


def serialize_result(result, fmt: str, *, limit: int | None = None, deadline: float | None = None,
                     prefixes: dict[str, str] | None = None) -> Serialized:
    """Write a pyoxigraph query result (``QuerySolutions``, ``QueryBoolean`` or ``QueryTriples``) as ``fmt``.

    ``limit`` caps the rows (or triples); ``deadline`` is a ``time.monotonic()``
    value past which :class:`kb.querypool.QueryCancelled` is raised. ``prefixes``
    are used by the RDF formats that abbreviate IRIs (Turtle, TriG, RDF/XML).
    Raises :class:`kb.errors.QueryError` for a format that does not fit the result.
    """
    if isinstance(result, ox.QueryBoolean):
        check_format("ask", fmt)
        target, media = SOLUTION_FORMATS[fmt]
        return Serialized(result.serialize(format=target), media)
    if isinstance(result, ox.QuerySolutions):
        check_format("select", fmt)
        target, media = SOLUTION_FORMATS[fmt]
        try:
            if limit is None:
                body, truncated = _write_bounded(result, target, None, deadline)
            else:
                tsv, truncated = _write_bounded(result, ox.QueryResultsFormat.TSV, limit + 1, deadline)
                body = tsv if fmt == "tsv" else ox.parse_query_results(
                    tsv, ox.QueryResultsFormat.TSV).serialize(format=target)
        except _Deadline:
            raise _timed_out() from None
        return Serialized(body, media, truncated)
    check_format("graph", fmt)
    target, media = GRAPH_FORMATS[fmt]
    try:
        if limit is None and fmt == "ntriples":
            body, truncated = _write_bounded(result, target, None, deadline)
        else:
            nt, truncated = _write_bounded(result, ox.RdfFormat.N_TRIPLES, limit, deadline)
            body = nt if fmt == "ntriples" else _rewrite_triples(nt, target, prefixes)
    except _Deadline:
        raise _timed_out() from None
    return Serialized(body, media, truncated)


def _rewrite_triples(ntriples: bytes, target, prefixes: dict[str, str] | None) -> bytes:
    triples = (q.triple for q in ox.parse(ntriples, ox.RdfFormat.N_TRIPLES))
    if target in (ox.RdfFormat.TRIG, ox.RdfFormat.N_QUADS):  # the default graph's triples as quads
        triples = (ox.Quad(t.subject, t.predicate, t.object, ox.DefaultGraph()) for t in triples)
    if target in (ox.RdfFormat.TURTLE, ox.RdfFormat.TRIG, ox.RdfFormat.RDF_XML) and prefixes:
        used = ntriples.decode("utf-8", "replace")
        keep = {p: ns for p, ns in prefixes.items() if f"<{ns}" in used}
        return ox.serialize(triples, format=target, prefixes=keep)
    return ox.serialize(triples, format=target)


def _timed_out():
    from .querypool import QueryCancelled

    return QueryCancelled("query timed out while its results were being written; add a LIMIT or narrow it "
                          "down", "time")


def serialize_rdflib(result, fmt: str, *, limit: int | None = None) -> Serialized:
    """The same for what a remote store answers (kb's ``Rows``, a bool or an rdflib Graph):
    passed to pyoxigraph as SPARQL JSON or N-Triples and written by its serialisers."""
    import json

    if isinstance(result, bool):
        return serialize_result(ox.parse_query_results(
            json.dumps({"head": {}, "boolean": result}).encode(), ox.QueryResultsFormat.JSON), fmt)
    if hasattr(result, "vars"):
        check_format("select", fmt)
        rows = list(result)
        truncated = limit is not None and len(rows) > limit
        from .store import Rows

        doc = Rows(result.vars, rows[:limit] if limit is not None else rows).to_json()
        parsed = ox.parse_query_results(json.dumps(doc).encode("utf-8"), ox.QueryResultsFormat.JSON)
        out = serialize_result(parsed, fmt)
        out.truncated = truncated
        return out
    check_format("graph", fmt)
    nt = result.serialize(format="nt", encoding="utf-8")
    triples = [q.triple for q in ox.parse(nt, ox.RdfFormat.N_TRIPLES)]
    truncated = limit is not None and len(triples) > limit
    body = ox.serialize(triples[:limit] if limit is not None else triples, format=ox.RdfFormat.N_TRIPLES)
    from .rdf.namespaces import PREFIXES

    target, media = GRAPH_FORMATS[fmt]
    return Serialized(body if fmt == "ntriples" else _rewrite_triples(body, target, PREFIXES), media, truncated)
