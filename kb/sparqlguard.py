"""Checks that keep user-supplied SPARQL and RDF from reading files or reaching the network.

A query typed by a user, or read from a shared ``.rq`` file, runs with the
rights of the kb process and, for a remote store, of the SPARQL server. Refused
unless the user opts in (``allow_network=True``, ``kb query --allow-network``):

- ``SERVICE`` (federated query: the engine fetches from any URL),
- ``LOAD`` (the engine fetches a URL, or on some servers a ``file:`` path),
- Virtuoso's ``DEFINE`` pragmas (``get:soft``, ``input:grab-*`` make it
  dereference IRIs) and its built-in ``bif:``/``sql:`` functions
  (``bif:file_to_string`` reads server files),
- ``file:`` IRIs anywhere (``FROM <file:///etc/passwd>``).

For RDF documents a user hands to kb (``kb load``, fixtures): XML ``DOCTYPE``
/ ``ENTITY`` declarations (external entities read files) and JSON-LD
``@context``/``@import`` by URL (remote contexts) are refused.

Keywords are matched outside string literals, IRIs and comments, so a query
that merely mentions "service" in a string passes.

>>> check_query('SELECT * WHERE { ?s ?p "SERVICE <http://x>" }')
>>> check_query('SELECT * WHERE { SERVICE <http://evil/sparql> { ?s ?p ?o } }')
Traceback (most recent call last):
...
kb.errors.QueryError: SERVICE fetches data from the network; refused (pass allow_network=True / --allow-network to allow it)
"""

from __future__ import annotations

import json
import re

from .errors import InputError, QueryError

__all__ = ["check_query", "check_rdf_document", "strip_literals"]

# One alternation, tried left to right at each position: comments, long
# strings, short strings, IRIs; anything else is kept as code.
_LEXEME = re.compile(
    r"""(?P<comment>\#[^\n\r]*)
      | (?P<long>'''(?:[^'\\]|\\.|'(?!''))*'''|\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\")
      | (?P<short>'(?:[^'\\\n\r]|\\.)*'|"(?:[^"\\\n\r]|\\.)*")
      | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
    """,
    re.VERBOSE | re.DOTALL,
)
_REFUSED_KEYWORDS = {
    "SERVICE": "SERVICE fetches data from the network",
    "LOAD": "LOAD fetches a document from a URL or file",
    "DEFINE": "DEFINE pragmas can make the server fetch IRIs",
}
_KEYWORD = re.compile(r"(?<![\w:?$])(SERVICE|LOAD|DEFINE)(?![\w:-])", re.IGNORECASE)
_BUILTIN_NS = re.compile(r"(?<![\w])(bif|sql):[A-Za-z_]", re.IGNORECASE)
_BUILTIN_IRI = re.compile(r"^<\s*(bif|sql):", re.IGNORECASE)
_FILE_IRI = re.compile(r"^<\s*file:", re.IGNORECASE)
_OPT_IN = " (pass allow_network=True / --allow-network to allow it)"


def strip_literals(sparql: str) -> tuple[str, list[str]]:
    """The query with comments, strings and IRIs blanked out, and the IRIs found.

    >>> strip_literals('SELECT ?x # LOAD\\nWHERE { ?x <http://a/LOAD> "SERVICE" }')[0].split()
    ['SELECT', '?x', 'WHERE', '{', '?x', '<>', '""', '}']
    """
    out, iris, pos = [], [], 0
    for m in _LEXEME.finditer(sparql):
        out.append(sparql[pos:m.start()])
        kind = m.lastgroup
        if kind == "iri":
            iris.append(m.group())
            out.append("<>")
        elif kind in ("long", "short"):
            out.append('""')
        else:
            out.append(" ")
        pos = m.end()
    out.append(sparql[pos:])
    return "".join(out), iris


def check_query(sparql: str, allow_network: bool = False) -> None:
    """Raise :class:`kb.errors.QueryError` if ``sparql`` could read files or reach the network.

    Works for queries and updates alike; returns ``None`` when the text is allowed.
    """
    if not isinstance(sparql, str):
        raise QueryError("a SPARQL query must be text")
    if "\x00" in sparql:
        raise QueryError("the SPARQL text contains a NUL character")
    if allow_network:
        return
    code, iris = strip_literals(sparql)
    m = _KEYWORD.search(code)
    if m:
        raise QueryError(f"{_REFUSED_KEYWORDS[m.group(1).upper()]}; refused{_OPT_IN}")
    m = _BUILTIN_NS.search(code)
    if m:
        raise QueryError(f"server built-in functions ({m.group(1).lower()}:...) can read server files; "
                         f"refused{_OPT_IN}")
    for iri in iris:
        if _FILE_IRI.match(iri):
            raise QueryError(f"{iri} names a local file; refused{_OPT_IN}")
        if _BUILTIN_IRI.match(iri):
            raise QueryError(f"{iri} is a server built-in function; refused{_OPT_IN}")


_XML_DECL = re.compile(rb"<!\s*(DOCTYPE|ENTITY)", re.IGNORECASE)


def _json_contexts(node, found: list) -> None:
    if isinstance(node, dict):
        for key, value in node.items():
            if key in ("@context", "@import"):
                _context_refs(value, found)
            _json_contexts(value, found)
    elif isinstance(node, list):
        for item in node:
            _json_contexts(item, found)


def _context_refs(value, found: list) -> None:
    if isinstance(value, str):
        found.append(value)
    elif isinstance(value, list):
        for v in value:
            _context_refs(v, found)
    elif isinstance(value, dict):
        if isinstance(value.get("@import"), str):
            found.append(value["@import"])


def check_rdf_document(data: bytes | str, fmt: str, allow_network: bool = False) -> None:
    """Raise :class:`kb.errors.InputError` if parsing ``data`` would read files or fetch URLs.

    ``fmt`` is an rdflib format name or file suffix (``xml``/``rdf``/``owl``,
    ``json-ld``/``jsonld``; others need no check: Turtle, TriG, N-Triples and
    N-Quads cannot reference external content).
    """
    if allow_network:
        return
    raw = data.encode("utf-8") if isinstance(data, str) else data
    fmt = fmt.lower().lstrip(".")
    if fmt in ("xml", "rdf", "owl", "rdfxml", "rdf/xml", "application/rdf+xml", "trix"):
        if _XML_DECL.search(raw):
            raise InputError("RDF/XML with a DOCTYPE or ENTITY declaration is refused "
                             "(external entities can read local files)")
    elif fmt in ("json-ld", "jsonld", "application/ld+json"):
        try:
            doc = json.loads(raw)
        except (ValueError, RecursionError) as exc:
            raise InputError(f"broken JSON-LD: {exc}") from None
        refs: list = []
        _json_contexts(doc, refs)
        if refs:
            raise InputError(f"JSON-LD refers to a remote context ({refs[0]}); refused: "
                             "inline the context instead")
