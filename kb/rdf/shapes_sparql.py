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

import hashlib
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
    fast: str = ""  # the digest of the sh:select whose FAST_SPARQL form ``sparql`` is, if it is one


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


def _class_condition(cls, var: str) -> str:
    # Not rdf:type/rdfs:subClassOf* : Virtuoso 7.2 answers that path inside
    # GRAPH ?g wrongly; the direct type is the common case anyway.
    return (f"(EXISTS {{ {var} a <{cls}> }} || "
            f"EXISTS {{ {var} a ?_c . ?_c <{RDFS.subClassOf}>+ <{cls}> }})")


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
        conds.append(_class_condition(cls, var))
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


def _is_target(target: str, graph: bool = False) -> str:
    """The target as a test on rows already found, to run after ``body``.

    Oxigraph pushes a filter down to the first pattern that binds its
    variables, so ``FILTER EXISTS { ?this a C }`` would run once per value of
    the property (a million index lookups at a million events) before the
    cheap condition removed them all; binding ``?this`` to a fresh variable
    after the body keeps the test on the few rows that are left.
    """
    test = target.replace("?this", "?_f")
    if graph:  # outside a GRAPH ?g block
        test = "GRAPH ?g { " + test + " }"
    return "BIND(?this AS ?_f) FILTER(EXISTS { " + test + " })"


def _values_first(target: str, body: str, value: str = "?value") -> str:
    """A check that starts from the property values (a scan of one predicate)
    and tests the target only on the rows that violate."""
    return _query("", f"{body}\n    {_is_target(target)}", value=value)


def _fast_min_one(target: str, path: str) -> str:
    # MINUS is a hash anti-join over one scan of the property; FILTER NOT
    # EXISTS looks every target up in the index (5x slower at 100k events).
    return _query(target, f"MINUS {{ ?this {path} ?_v0 }}", value="?this")


def _fast_max_one(target: str, path: str) -> str:
    # Subjects with two or more different values, counted in one scan (a
    # hash aggregate), then their values; the pairwise join looked up every
    # value of the property.
    return (f"\nSELECT DISTINCT ?g ?this (?value AS ?v) WHERE {{\n"
            f"  {{ SELECT ?g ?this WHERE {{ GRAPH ?g {{ ?this {path} ?_x }} }}\n"
            f"    GROUP BY ?g ?this HAVING (COUNT(DISTINCT ?_x) > 1) }}\n"
            f"  GRAPH ?g {{\n    ?this {path} ?value .\n    {_is_target(target)}\n  }}\n}}")


def _fast_class(target: str, path: str, cls) -> str:
    # The instances of the class removed by hash anti-joins (one scan of
    # ``?x a C``), instead of two EXISTS lookups per value.
    body = (f"?this {path} ?value .\n    MINUS {{ ?value a <{cls}> }}\n"
            f"    MINUS {{ ?value a ?_c . ?_c <{RDFS.subClassOf}>+ <{cls}> }}")
    return _values_first(target, body)


# SHACL-SPARQL constraints of kb's shapes rewritten for Oxigraph, keyed by a
# digest of their whitespace-normalised sh:select (an edited constraint no
# longer matches and falls back to its plain form). Each gives the same
# (graph, focus, value) rows as the plain form; tests/test_bench_validate.py
# compares the two on graphs broken in every way the constraint looks for.
# ``{body_target}`` is the target test inside ``GRAPH ?g``, ``{top_target}``
# outside it.
FAST_SPARQL = {
    # EventGraphShape: an event is an instance of the kb class its kb:eventType
    # names. The class IRI is built once per event and looked up directly (an
    # IRI() error gives a fresh blank node: no type matches, as in the plain form).
    "b5ffacf9612eeb5e": """SELECT DISTINCT ?g ?this (?value AS ?v) WHERE {
  GRAPH ?g {
    ?value kb:eventType ?t .
    BIND(COALESCE(IRI(CONCAT(STR(kb:), STR(?t))), BNODE()) AS ?_cls)
    FILTER NOT EXISTS { ?value a ?_cls }
    ?value kb:sourceDocument ?this .
    {body_target}
  }
}""",
    # EventGraphShape: an event reached from the document lacks kb:sourceDocument
    # or gaf:denotedBy. Reached through kb:sourceDocument it can only lack the
    # evidence, through its evidence only the kb:sourceDocument: two anti-joins.
    "90cafe45932ea455": """SELECT DISTINCT ?g ?this (?value AS ?v) WHERE {
  GRAPH ?g {
    { ?value kb:sourceDocument ?this MINUS { ?value gaf:denotedBy ?_m } }
    UNION
    { ?value gaf:denotedBy ?_m2 MINUS { ?value kb:sourceDocument ?_d } ?_m2 nif:referenceContext ?this }
    BIND(?value AS ?_e) FILTER(EXISTS { ?_e a sem:Event })
    {body_target}
  }
}""",
    # EventGraphShape: a role filler that is not a sem:hasActor (the alternative
    # path as a VALUES of predicates: Oxigraph scans each one instead of
    # evaluating the path; the same pairs).
    "04a4ce1d9f337849": """SELECT DISTINCT ?g ?this (?value AS ?v) WHERE {
  GRAPH ?g {
    VALUES ?_role { kb:visitor kb:host kb:participant kb:speaker kb:candidate kb:winner kb:loser
                    kb:signatory kb:aggressor kb:target }
    ?value ?_role ?actor .
    MINUS { ?value sem:hasActor ?actor }
    ?value kb:sourceDocument ?this .
    {body_target}
  }
}""",
    # MentionTextShape: one pass over the mentions with their offsets, anchor
    # and document text (the seven branches each joined them again). A missing
    # value leaves its variable unbound, which the first tests catch; every
    # other test is the plain form's filter, joined by || (true when any is
    # true, as a row of any branch). More than one begin/end/anchor: only
    # mentions with two distinct values (a hash count) get the pairwise test.
    "0135b2c6b1c32f1c": """SELECT DISTINCT ?g ?this (?value AS ?v) WHERE {
  {
    GRAPH ?g {
      ?value nif:referenceContext ?this .
      OPTIONAL { ?value nif:beginIndex ?b }
      OPTIONAL { ?value nif:endIndex ?e }
      OPTIONAL { ?value nif:anchorOf ?a }
      OPTIONAL { ?this nif:isString ?text }
      FILTER(!BOUND(?b) || !BOUND(?e) || !BOUND(?a)
             || (DATATYPE(?b) != xsd:integer || DATATYPE(?e) != xsd:integer)
             || (?b < 0 || ?b >= ?e)
             || (?b >= 0 && ?b < ?e && (?e > STRLEN(?text) || SUBSTR(?text, ?b + 1, ?e - ?b) != STR(?a))))
    }
  } UNION {
    { SELECT ?g ?value WHERE { GRAPH ?g { ?value nif:beginIndex ?_x } }
      GROUP BY ?g ?value HAVING (COUNT(DISTINCT ?_x) > 1) }
    GRAPH ?g { ?value nif:referenceContext ?this ; nif:beginIndex ?b1, ?b2 . FILTER (?b1 != ?b2) }
  } UNION {
    { SELECT ?g ?value WHERE { GRAPH ?g { ?value nif:endIndex ?_x } }
      GROUP BY ?g ?value HAVING (COUNT(DISTINCT ?_x) > 1) }
    GRAPH ?g { ?value nif:referenceContext ?this ; nif:endIndex ?e1, ?e2 . FILTER (?e1 != ?e2) }
  } UNION {
    { SELECT ?g ?value WHERE { GRAPH ?g { ?value nif:anchorOf ?_x } }
      GROUP BY ?g ?value HAVING (COUNT(DISTINCT ?_x) > 1) }
    GRAPH ?g { ?value nif:referenceContext ?this ; nif:anchorOf ?a1, ?a2 . FILTER (?a1 != ?a2) }
  }
  {top_target}
}""",
}


def _digest(select: str) -> str:
    return hashlib.sha1(" ".join(select.split()).encode("utf-8")).hexdigest()[:16]


def compile_shapes(shapes: Graph, *, engine: str = "portable") -> Compiled:
    """Violation queries for every node shape of ``shapes`` (see the module doc).

    ``engine="portable"`` writes each constraint in its plain form (any SPARQL
    1.1 server, and small graphs); ``"oxigraph"`` writes the same constraints
    so that Oxigraph answers them with scans and hash joins instead of one
    index lookup per focus node (:func:`_values_first`, :func:`_fast_min_one`,
    :func:`_fast_max_one`, :func:`_fast_class`, :data:`FAST_SPARQL`), several
    times faster over a million events. Both return the same rows; the tests
    compare them on broken graphs.
    """
    if engine not in ("portable", "oxigraph"):
        raise ValueError(f"unknown engine {engine!r}")
    fast = engine == "oxigraph"
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
                    sparql = (_fast_min_one(target, path) if fast and n == 1 else
                              _query(target, f"FILTER NOT EXISTS {{ {inner} }}", value="?this"))
                    out.checks.append(Check(pname, msg, sparql, sev))
            hi = shapes.value(prop, SH.maxCount)
            if hi is not None:
                if int(hi) == 1:
                    body = f"?this {path} ?value . ?this {path} ?_w . FILTER(!sameTerm(?value, ?_w))"
                    sparql = _fast_max_one(target, path) if fast else _query(target, body)
                    out.checks.append(Check(pname, msg, sparql, sev))
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
            cls = shapes.value(prop, SH["class"])
            for c in conds:
                body = f"?this {path} ?value . FILTER(!{c})"
                if not fast:
                    sparql = _query(target, body)
                elif cls is not None and c == _class_condition(cls, "?value"):
                    sparql = _fast_class(target, path, cls)
                else:
                    sparql = _values_first(target, body)
                out.checks.append(Check(pname, msg, sparql, sev))
        for constraint in shapes.objects(shape, SH.sparql):
            select = shapes.value(constraint, SH.select)
            m = re.search(r"\bWHERE\s*\{(.*)\}\s*$", str(select or ""), re.S | re.I)
            if not m:
                out.skipped.append(f"{name}: sh:sparql")
                continue
            body = m.group(1).replace("$this", "?this")
            has_value = re.search(r"SELECT[^{]*\?value\b", str(select), re.S | re.I) is not None
            prefixes = _prefixes(shapes, constraint)
            digest = _digest(str(select))
            override = FAST_SPARQL.get(digest) if fast else None
            if override is not None and has_value:
                sparql = prefixes + "\n" + override.replace("{body_target}", _is_target(target)).replace(
                    "{top_target}", _is_target(target, graph=True))
            else:
                sparql = _query(target, body, prefixes, value="?value" if has_value else "?this")
            out.checks.append(Check(f"{name}/sparql", _message(shapes, constraint, shape), sparql,
                                    _severity(shapes, constraint, shape),
                                    digest if override is not None and has_value else ""))
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

