"""Whole-KB validation: kb's SHACL shapes compiled to SPARQL queries over every graph at once.

pySHACL takes 10-130 ms per document graph, so checking a million events
(about 350,000 documents) graph by graph takes hours. Each shape constraint
here becomes ONE query of the form ``SELECT ?g ?this ?value WHERE { GRAPH ?g {
<target> <violation> } }`` that the store's engine answers with its indexes;
keeping every pattern inside ``GRAPH ?g`` gives the same meaning as validating
each graph on its own (``sh:class`` needs the type in the same graph).

Compiled: targets ``sh:targetClass`` / ``sh:targetSubjectsOf``; node and
property constraints ``sh:minCount``, ``sh:maxCount``, ``sh:datatype``,
``sh:class``, ``sh:nodeKind``, ``sh:in``, ``sh:pattern``, ``sh:minLength``,
``sh:minInclusive``, ``sh:lessThan``, ``sh:or`` of those; SHACL-SPARQL
``sh:select`` constraints (``$this`` bound to the target). Paths: IRIs,
``sh:inversePath``, sequences, ``sh:alternativePath``. A constraint outside
this list is reported by :func:`compile_shapes` in ``skipped`` rather than
silently passed.

Cross-document checks (:data:`CROSS_CHECKS`) are plain SPARQL too.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from rdflib import Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import RDF, RDFS, SH

__all__ = ["CROSS_CHECKS", "Check", "Violation", "compile_shapes", "run_checks"]

_KB = "https://w3id.org/kb/ns#"
_SEM = "http://semanticweb.cs.vu.nl/2009/11/sem/"
_PROV = "http://www.w3.org/ns/prov#"
_CANONICAL = "https://w3id.org/kb/id/graph/_canonical"


@dataclass(frozen=True)
class Check:
    """One violation query: rows are ``(graph, focus, value)``."""

    name: str
    message: str
    sparql: str
    severity: str = "Violation"


@dataclass(frozen=True)
class Violation:
    graph: str
    focus: str
    value: str
    message: str
    check: str
    severity: str = "Violation"

    def __str__(self) -> str:
        value = f" ({self.value})" if self.value else ""
        return f"{self.severity}: {self.graph}: {self.focus}{value}: {self.message}"


@dataclass
class Compiled:
    checks: list[Check] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)


def _n3(term) -> str:
    if isinstance(term, URIRef):
        return f"<{term}>"
    if isinstance(term, Literal):
        return term.n3()
    raise ValueError(f"cannot write {term!r} in SPARQL")


def _path(shapes: Graph, node) -> str:
    if isinstance(node, URIRef):
        return f"<{node}>"
    inv = shapes.value(node, SH.inversePath)
    if inv is not None:
        return f"^({_path(shapes, inv)})"
    alt = shapes.value(node, SH.alternativePath)
    if alt is not None:
        return "(" + "|".join(_path(shapes, p) for p in Collection(shapes, alt)) + ")"
    if shapes.value(node, RDF.first) is not None:
        return "(" + "/".join(_path(shapes, p) for p in Collection(shapes, node)) + ")"
    raise ValueError("unsupported sh:path")


def _value_conditions(shapes: Graph, node, var: str) -> list[str] | None:
    """SPARQL boolean expressions that hold when ``var`` SATISFIES the value
    constraints of ``node``; ``None`` if one of them cannot be compiled."""
    conds = []
    dt = shapes.value(node, SH.datatype)
    if dt is not None:
        if dt == RDF.langString:
            conds.append(f"(isLiteral({var}) && lang({var}) != \"\")")
        else:
            conds.append(f"(isLiteral({var}) && datatype({var}) = <{dt}>)")
    kind = shapes.value(node, SH.nodeKind)
    if kind is not None:
        conds.append({SH.IRI: f"isIRI({var})", SH.Literal: f"isLiteral({var})",
                      SH.BlankNode: f"isBlank({var})", SH.BlankNodeOrIRI: f"(isIRI({var}) || isBlank({var}))",
                      SH.IRIOrLiteral: f"(isIRI({var}) || isLiteral({var}))",
                      SH.BlankNodeOrLiteral: f"(isBlank({var}) || isLiteral({var}))"}[kind])
    cls = shapes.value(node, SH["class"])
    if cls is not None:
        # Not rdf:type/rdfs:subClassOf* : Virtuoso 7.2 answers that path inside
        # GRAPH ?g wrongly; the direct type is the common case anyway.
        conds.append(f"(EXISTS {{ {var} a <{cls}> }} || "
                     f"EXISTS {{ {var} a ?_c . ?_c <{RDFS.subClassOf}>+ <{cls}> }})")
    values = shapes.value(node, SH["in"])
    if values is not None:
        conds.append(f"({var} IN (" + ", ".join(_n3(v) for v in Collection(shapes, values)) + "))")
    for pattern in shapes.objects(node, SH.pattern):
        flags = shapes.value(node, SH.flags)
        p = str(pattern).replace("\\", "\\\\").replace('"', '\\"')
        f = f', "{flags}"' if flags else ""
        conds.append(f'(!isBlank({var}) && REGEX(STR({var}), "{p}"{f}))')
    min_len = shapes.value(node, SH.minLength)
    if min_len is not None:
        conds.append(f"(!isBlank({var}) && STRLEN(STR({var})) >= {int(min_len)})")
    min_inc = shapes.value(node, SH.minInclusive)
    if min_inc is not None:
        conds.append(f"COALESCE({var} >= {_n3(min_inc)}, false)")
    alternatives = shapes.value(node, SH["or"])
    if alternatives is not None:
        parts = []
        for alt in Collection(shapes, alternatives):
            sub = _value_conditions(shapes, alt, var)
            if sub is None or any(shapes.value(alt, p) is not None for p in (SH.path, SH.property, SH.sparql)):
                return None
            parts.append("(" + (" && ".join(sub) or "true") + ")")
        conds.append("(" + " || ".join(parts) + ")")
    for unsupported in (SH["and"], SH["not"], SH.xone, SH.node, SH.qualifiedValueShape, SH.hasValue,
                        SH.maxLength, SH.maxInclusive, SH.minExclusive, SH.maxExclusive, SH.languageIn,
                        SH.uniqueLang, SH.equals, SH.disjoint, SH.lessThanOrEquals, SH.closed):
        if shapes.value(node, unsupported) is not None:
            return None
    return conds


def _targets(shapes: Graph, shape) -> list[str]:
    out = [f"?this a <{c}> ." for c in shapes.objects(shape, SH.targetClass)]
    out += [f"?this <{p}> ?_t ." for p in shapes.objects(shape, SH.targetSubjectsOf)]
    if (shape, RDF.type, RDFS.Class) in shapes:
        out.append(f"?this a <{shape}> .")
    return out


def _prefixes(shapes: Graph, constraint) -> str:
    lines = []
    for decl_owner in shapes.objects(constraint, SH.prefixes):
        for decl in shapes.objects(decl_owner, SH.declare):
            lines.append(f"PREFIX {shapes.value(decl, SH.prefix)}: <{shapes.value(decl, SH.namespace)}>")
    return "\n".join(sorted(set(lines)))


def _message(shapes: Graph, *nodes) -> str:
    for n in nodes:
        m = shapes.value(n, SH.message) if n is not None else None
        if m is not None:
            return str(m)
    return "constraint violated"


def _severity(shapes: Graph, *nodes) -> str:
    for n in nodes:
        s = shapes.value(n, SH.severity) if n is not None else None
        if s is not None:
            return str(s).rsplit("#", 1)[-1]
    return "Violation"


def _query(target: str, body: str, prefixes: str = "", value: str = "?value") -> str:
    return (f"{prefixes}\nSELECT DISTINCT ?g ?this ({value} AS ?v) WHERE {{\n  GRAPH ?g {{\n"
            f"    {target}\n    {body}\n  }}\n}}")


def compile_shapes(shapes: Graph) -> Compiled:
    """Violation queries for every node shape of ``shapes`` (see the module doc)."""
    out = Compiled()
    for shape in sorted(set(shapes.subjects(RDF.type, SH.NodeShape)), key=str):
        targets = _targets(shapes, shape)
        if not targets:
            continue
        target = targets[0] if len(targets) == 1 else "{ " + " } UNION { ".join(targets) + " }"
        name = str(shape).rsplit("#", 1)[-1]
        conds = _value_conditions(shapes, shape, "?this")
        if conds is None:
            out.skipped.append(f"{name}: a node constraint")
        else:
            for c in conds:
                out.checks.append(Check(name, _message(shapes, shape), _query(target, f"FILTER(!{c})", value="?this"),
                                        _severity(shapes, shape)))
        for prop in shapes.objects(shape, SH.property):
            pname = f"{name}/{shapes.value(prop, SH.path)}"
            try:
                path = _path(shapes, shapes.value(prop, SH.path))
            except ValueError:
                out.skipped.append(f"{pname}: path")
                continue
            msg, sev = _message(shapes, prop, shape), _severity(shapes, prop, shape)
            lo = shapes.value(prop, SH.minCount)
            if lo is not None and int(lo) > 0:
                n = int(lo)
                if n > 4:
                    out.skipped.append(f"{pname}: sh:minCount > 4")
                else:
                    # n pairwise different values must exist.
                    vs = [f"?_v{i}" for i in range(n)]
                    distinct = [f"!sameTerm({a}, {b})" for i, a in enumerate(vs) for b in vs[i + 1:]]
                    inner = " . ".join(f"?this {path} {v}" for v in vs)
                    if distinct:
                        inner += " FILTER(" + " && ".join(distinct) + ")"
                    out.checks.append(Check(pname, msg, _query(target, f"FILTER NOT EXISTS {{ {inner} }}",
                                                               value="?this"), sev))
            hi = shapes.value(prop, SH.maxCount)
            if hi is not None:
                if int(hi) == 1:
                    body = f"?this {path} ?value . ?this {path} ?_w . FILTER(!sameTerm(?value, ?_w))"
                    out.checks.append(Check(pname, msg, _query(target, body), sev))
                else:
                    out.skipped.append(f"{pname}: sh:maxCount > 1")
            other = shapes.value(prop, SH.lessThan)
            if other is not None:
                body = f"?this {path} ?value . ?this <{other}> ?_w . FILTER(!COALESCE(?value < ?_w, false))"
                out.checks.append(Check(pname, msg, _query(target, body), sev))
            conds = _value_conditions(shapes, prop, "?value")
            if conds is None:
                out.skipped.append(f"{pname}: a value constraint")
                continue
            for c in conds:
                out.checks.append(Check(pname, msg, _query(target, f"?this {path} ?value . FILTER(!{c})"), sev))
        for constraint in shapes.objects(shape, SH.sparql):
            select = shapes.value(constraint, SH.select)
            m = re.search(r"\bWHERE\s*\{(.*)\}\s*$", str(select or ""), re.S | re.I)
            if not m:
                out.skipped.append(f"{name}: sh:sparql")
                continue
            body = m.group(1).replace("$this", "?this")
            has_value = re.search(r"SELECT[^{]*\?value\b", str(select), re.S | re.I) is not None
            out.checks.append(Check(f"{name}/sparql", _message(shapes, constraint, shape),
                                    _query(target, body, _prefixes(shapes, constraint),
                                           value="?value" if has_value else "?this"),
                                    _severity(shapes, constraint, shape)))
    return out


# Checks across documents (the per-graph shapes cannot see them).
CROSS_CHECKS = [
    Check("graph-document", "a document graph must hold the document it is derived from (prov:wasDerivedFrom)",
          f"""SELECT ?g ?this ?v WHERE {{ GRAPH ?g {{ ?this a <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#Context> .
    FILTER NOT EXISTS {{ ?g <{_PROV}wasDerivedFrom> ?this }} }} BIND("" AS ?v) }}"""),
    Check("event-source", "an event's kb:sourceDocument is the document its graph was derived from",
          f"""SELECT ?g ?this ?v WHERE {{ GRAPH ?g {{ ?this <{_KB}sourceDocument> ?v . ?g <{_PROV}wasDerivedFrom> ?d .
    FILTER(?v != ?d) }} }}"""),
    Check("event-in-one-graph", "an event is described by exactly one document graph",
          f"""SELECT ?g ?this ?v WHERE {{ GRAPH ?g {{ ?this <{_KB}sourceDocument> ?d }}
    GRAPH ?v {{ ?this <{_KB}sourceDocument> ?d2 }} FILTER(?g != ?v && STR(?g) < STR(?v)) }}"""),
    Check("canonical-reports", "a canonical event's kb:reportedBy names an event stored in a document graph",
          f"""SELECT ?g ?this ?v WHERE {{ GRAPH ?g {{ ?this <{_KB}reportedBy> ?v }}
    FILTER(?g = <{_CANONICAL}>)
    FILTER NOT EXISTS {{ GRAPH ?d {{ ?v a <{_SEM}Event> }} FILTER(?d != <{_CANONICAL}>) }} }}"""),
]


def run_checks(select: Callable[[str], Iterable[tuple]], checks: Iterable[Check], *, limit: int = 100,
               timings: dict | None = None) -> list[Violation]:
    """Run violation queries; at most ``limit`` rows per check.

    ``select(sparql)`` yields rows as tuples of strings. ``timings`` (a dict)
    receives the seconds each check took.
    """
    out = []
    for check in checks:
        t = time.perf_counter()
        for g, focus, value in select(f"{check.sparql}\nLIMIT {int(limit)}"):
            out.append(Violation(g, focus, value, check.message, check.name, check.severity))
        if timings is not None:
            timings[check.name] = timings.get(check.name, 0.0) + time.perf_counter() - t
    return out

