"""SHACL validation of one document's graph (pySHACL over kb's shapes).

The shapes (``shapes/*.ttl``, installed as ``kb.shapes``) are parsed once per
process. Each graph is validated on its own, in memory: pySHACL over a whole
store is far too slow (docs/benchmarks.md), and a document graph carries the type
triples of every entity it mentions, so ``sh:class`` constraints hold locally.
Shapes with severity ``sh:Warning``/``sh:Info`` never make a graph fail.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph, Literal, URIRef, Variable
from rdflib.namespace import SH

from .terms import converting_once, to_oxigraph, to_rdflib

__all__ = ["Result", "flagged_graphs", "load_shapes", "results", "screen", "shape_files", "validate_graph"]

_SOURCE_SHAPES = Path(__file__).resolve().parents[2] / "shapes"


def shape_files() -> list:
    """The Turtle files of kb's shapes (installed package, else the source tree)."""
    try:
        root = resources.files("kb.shapes")
        files = [f for f in root.iterdir() if f.name.endswith(".ttl")]
    except (ModuleNotFoundError, FileNotFoundError, NotADirectoryError):
        files = []
    if not files:  # running from a checkout whose kb/shapes link is missing
        files = list(_SOURCE_SHAPES.glob("*.ttl"))
    return sorted(files, key=lambda f: f.name)


@lru_cache(maxsize=1)
def load_shapes() -> Graph:
    """All shapes as one rdflib graph (parsed once per process)."""
    g = Graph()
    for f in shape_files():
        g.parse(data=f.read_text(encoding="utf-8"), format="turtle")
    if len(g) == 0:
        raise RuntimeError("kb's SHACL shapes were not found; reinstall kb")
    return g


@dataclass(frozen=True)
class Result:
    """One validation result: the focus node, path, message and severity."""

    focus: str
    path: str | None
    message: str
    severity: str
    value: str | None = None
    shape: str | None = None  # local name of the node shape, e.g. "DateOrderShape"

    def __str__(self) -> str:
        where = self.focus + (f" {self.path}" if self.path else "")
        return f"{self.severity}: {where}: {self.message}"


def validate_graph(graph: Graph, *, shapes: Graph | None = None) -> tuple[bool, str]:
    """Validate ``graph`` against kb's shapes: ``(conforms, report_text)``.

    Only violations make a graph fail; warnings appear in the report. With
    kb's own shapes, a graph is first screened by the shapes compiled to SPARQL
    (:func:`screen`, ~3x faster); pySHACL runs, and decides, only when the
    screen finds something.
    """
    if shapes is None and screen(graph):
        return True, "Validation Report\nConforms: True\n"
    conforms, report_graph, report_text = _run(graph, shapes)
    return conforms, report_text


@lru_cache(maxsize=1)
def _compiled_checks():
    """The screen's queries (their SPARQL texts, what flagged_graphs needs), or None: kept in kb's
    on-disk cache (:mod:`kb.temporal.cache`) under a key of the shape files and the code that
    compiles them, since parsing the shapes with rdflib and compiling them costs every
    process ~50 ms."""
    import hashlib
    from dataclasses import asdict

    from kb.temporal import cache

    from . import shapes_sparql

    shapes = hashlib.sha256(b"".join(f.name.encode() + b"\0" + f.read_bytes() for f in shape_files())).hexdigest()
    key = cache.content_key(f"screen-checks\0{shapes}", [Path(shapes_sparql.__file__), Path(__file__)])
    stored = cache.read("screen-checks", key)
    if isinstance(stored, dict) and isinstance(stored.get("checks"), list):
        return [shapes_sparql.Check(**c) for c in stored["checks"]] if stored.get("screen") else None
    checks = _checks_compiled()
    cache.write("screen-checks", key, {"screen": checks is not None,
                                       "checks": [asdict(c) for c in checks or ()]})
    return checks


def _checks_compiled():
    from .shapes_sparql import compile_shapes

    # The screen is an in-memory Oxigraph store: the constraints in the forms that use its hash
    # joins (the same rows as the plain forms, tests/test_bench_validate.py; half the time).
    compiled = compile_shapes(load_shapes(), engine="oxigraph")
    # A constraint the compiler cannot express would pass unseen: then never screen.
    return None if compiled.skipped else [c for c in compiled.checks if c.severity == "Violation"]


def screen(graph: Graph) -> bool:
    """True when no compiled shape constraint finds a violation in ``graph``.

    The graph is loaded into a throwaway in-memory Oxigraph store and screened
    by :func:`flagged_graphs`. False means "look closer with pySHACL", not
    necessarily "violates".
    """
    store = ox.Store()
    name = ox.NamedNode(str(graph.identifier) if isinstance(graph.identifier, URIRef) else "urn:kb:screen")
    term = converting_once(to_oxigraph)
    store.extend([ox.Quad(term(s), term(p), term(o), name) for s, p, o in graph])
    flagged = flagged_graphs(store)
    return flagged is not None and not flagged


def flagged_graphs(store: ox.Store, graphs: list[tuple[str, list[tuple]]] | None = None) -> set[str] | None:
    """The named graphs of ``store`` in which a compiled shape constraint finds a violation.

    Every constraint of kb's shapes with severity Violation runs as one SPARQL
    query (:mod:`kb.rdf.shapes_sparql`) over all graphs of ``store`` at once,
    so screening several document graphs together costs one set of queries
    (the fixed cost of ~115 queries, ~5 ms, dominates for a small document).
    The other graphs conform; the flagged ones need pySHACL to decide and
    explain. ``None`` means the shapes cannot be screened (a constraint the
    compiler cannot express): check every graph with pySHACL.

    ``graphs``, when given, are the graphs of ``store`` as (name, triples): a constraint with a
    form in :data:`kb.rdf.screen_forms.PYTHON_FORMS` is then checked over their triples instead
    of by its query (it flags at least the graphs the query flags).
    """
    from .screen_forms import PYTHON_FORMS

    checks = _compiled_checks()
    if not checks:
        return None
    flagged: set[str] = set()
    for check in checks:
        form = PYTHON_FORMS.get(check.fast) if graphs is not None else None
        if form is not None:
            flagged.update(name for name, triples in graphs if not form(triples))
            continue
        for row in store.query(check.sparql):
            g = row[0]
            flagged.add(g.value if g is not None else "")
    return flagged


def results(graph: Graph, *, shapes: Graph | None = None) -> list[Result]:
    """The individual results of validating ``graph`` (empty when it conforms cleanly)."""
    shapes = shapes if shapes is not None else load_shapes()
    _, report_graph, _ = _run(graph, shapes)
    out = []
    for r in report_graph.subjects(SH.resultSeverity, None):
        sev = report_graph.value(r, SH.resultSeverity)
        path = report_graph.value(r, SH.resultPath)
        value = report_graph.value(r, SH.value)
        msgs = [str(m) for m in report_graph.objects(r, SH.resultMessage)]
        out.append(Result(
            focus=str(report_graph.value(r, SH.focusNode)),
            path=str(path) if isinstance(path, URIRef) else None,
            message="; ".join(sorted(msgs)) or "constraint violated",
            severity=str(sev).rsplit("#", 1)[-1],
            value=str(value) if isinstance(value, (URIRef, Literal)) else None,
            shape=_node_shape(shapes, report_graph.value(r, SH.sourceShape)),
        ))
    return sorted(out, key=lambda r: (r.severity, r.focus, r.path or "", r.message))


def _node_shape(shapes: Graph, shape) -> str | None:
    """The name of the node shape a (possibly nested property) shape belongs to."""
    for _ in range(5):
        if isinstance(shape, URIRef):
            return str(shape).rsplit("#", 1)[-1]
        parent = shapes.value(None, SH.property, shape)
        if parent is None:
            return None
        shape = parent
    return None


@lru_cache(maxsize=256)
def _prepared(text: str):
    # imported here, as pySHACL is: rdflib's SPARQL parser takes ~0.3 s to import
    from rdflib.plugins.sparql import prepareQuery

    return prepareQuery(text)


class _FastQueryGraph(Graph):
    """A view of a graph (same store) that answers SPARQL with Oxigraph.

    pySHACL runs each SHACL-SPARQL constraint through ``Graph.query``; rdflib
    parses the text anew every time (~20 ms) and evaluates it slowly (a check
    over a document's 130 mentions took 30 ms). This view copies the graph
    once into an in-memory :class:`pyoxigraph.Store` and answers there, with
    pySHACL's pre-bound variables (``$this``) passed as substitutions. Queries
    Oxigraph cannot take fall back to rdflib (parsed once per text).
    """

    _ox: ox.Store | None = None

    def _oxigraph(self) -> ox.Store:
        if self._ox is None:
            store = ox.Store()
            term = converting_once(to_oxigraph)
            store.extend([ox.Quad(term(s), term(p), term(o)) for s, p, o in self])
            self._ox = store
        return self._ox

    def query(self, query_object, processor="sparql", result="sparql", initNs=None,  # noqa: N803
              initBindings=None, use_store_provided=True, **kwargs):  # noqa: N803
        if isinstance(query_object, str) and not initNs:
            answer = self._ox_query(query_object, initBindings or {})
            if answer is not None:
                return answer
            query_object = _prepared(query_object)
        return super().query(query_object, processor, result, initNs, initBindings,
                             use_store_provided, **kwargs)

    def _ox_query(self, text: str, bindings):
        from rdflib.query import Result as _SPARQLResult

        try:
            subs = {ox.Variable(str(k)): to_oxigraph(v) for k, v in bindings.items()}
            res = self._oxigraph().query(text, substitutions=subs)
        except (SyntaxError, ValueError, TypeError, OSError):
            return None
        if isinstance(res, ox.QueryBoolean):
            out = _SPARQLResult("ASK")
            out.askAnswer = bool(res)
            return out
        if not isinstance(res, ox.QuerySolutions):
            return None
        names = [v.value for v in res.variables]
        out = _SPARQLResult("SELECT")
        out.vars = [Variable(n) for n in names]
        rows = []
        for sol in res:
            row = {}
            for n in names:
                t = sol[n]
                if t is not None:
                    row[Variable(n)] = to_rdflib(t)
            rows.append(row)
        out.bindings = rows
        return out


def _run(graph: Graph, shapes: Graph | None):
    # imported here: pySHACL takes 0.15 s to import, and a conforming ingest never needs it
    from pyshacl import validate as _shacl_validate

    view = _FastQueryGraph(store=graph.store, identifier=graph.identifier,
                               namespace_manager=graph.namespace_manager)
    return _shacl_validate(
        view,
        shacl_graph=shapes if shapes is not None else load_shapes(),
        inference="none",
        advanced=False,
        allow_warnings=True,
        allow_infos=True,
        inplace=True,  # kb never asks pySHACL to infer, so the graph is left as it is
    )
