"""The SPARQL guard: what user-supplied SPARQL may do, decided on the parsed query.

A query typed by a user, read from a shared ``.rq`` file or sent to ``kb serve``
runs with the rights of the kb process and, for a remote store, of the SPARQL
server. :func:`check_query` decides on the text in three steps:

1. :func:`prescan`, a linear scan before any parser sees the text: at most
   :data:`MAX_QUERY_BYTES` bytes and brackets (``{ ( [``) nested at most
   :data:`MAX_NESTING` deep outside strings, IRIs and comments. Oxigraph's
   parser recurses and kills the process from ~2,000 levels on (measured with
   pyoxigraph 0.5.13: 2,000 nested ``{`` pass, 2,500 segfault; in a thread
   3,000 segfault), so the limit is far below it.
2. a real SPARQL 1.1 parser (rdflib's ``parseQuery``, then ``parseUpdate``):
   the text is a query (SELECT, ASK, CONSTRUCT, DESCRIBE) or an update, as the
   grammar says, never by looking at its first word. \\u escapes, escaped
   prefixed names (``ex:a\\#b``) and comments are the parser's business.
3. a walk over the parse tree, with prefixed names resolved against the
   query's own ``PREFIX``/``BASE`` (kb's prefixes where it declares none).
   Refused unless the user opts in (``allow_network=True``, ``kb query
   --allow-network``, ``kb serve --allow-network``):

   - ``SERVICE`` (federated query: the engine fetches from any URL),
   - ``LOAD`` (the engine fetches a URL, or on some servers a ``file:`` path),
   - ``FROM``, ``FROM NAMED``, ``USING``, ``USING NAMED`` and ``WITH`` naming
     anything but one of kb's graphs (``https://w3id.org/kb/id/graph/...``):
     some servers dereference such IRIs,
   - ``file:`` IRIs anywhere, and Virtuoso's built-in ``bif:``/``sql:``
     functions (``bif:file_to_string`` reads server files). Virtuoso's
     ``DEFINE`` pragmas are not SPARQL and fail to parse.

The caller then runs exactly what was decided: a query through the query API
(pyoxigraph ``Store.query``, the SPARQL 1.1 Protocol ``query=``), an update
through the update API, so text the guard took for a query can never run as an
update. Decisions are cached by text (:func:`inspect`).

>>> check_query('SELECT * WHERE { ?s ?p "SERVICE <http://x>" }').form
'select'
>>> check_query('SELECT * WHERE { SERVICE <http://evil/sparql> { ?s ?p ?o } }')
Traceback (most recent call last):
...
kb.errors.QueryError: SERVICE fetches data from the network (<http://evil/sparql>); refused (pass --allow-network / allow_network=True to allow it)
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import urljoin

from .errors import InputError, QueryError

__all__ = [
    "KB_GRAPH_NS",
    "MAX_NESTING",
    "MAX_QUERY_BYTES",
    "Checked",
    "check_dataset",
    "check_query",
    "check_rdf_document",
    "clear_cache",
    "inspect",
    "prescan",
    "strip_literals",
]

MAX_QUERY_BYTES = 64 * 1024
MAX_NESTING = 64
# Patterns side by side in one group become a left-deep chain of joins in
# Oxigraph, which it also walks recursively (3,000 MINUS blocks segfault).
MAX_GROUP_PARTS = 500
KB_GRAPH_NS = "https://w3id.org/kb/id/graph/"
_OPT_IN = " (pass --allow-network / allow_network=True to allow it)"
_QUERY_FORMS = {"SelectQuery": "select", "AskQuery": "ask", "ConstructQuery": "construct",
                "DescribeQuery": "describe"}
_REFUSED_SCHEMES = {"file": "names a local file", "bif": "is a server built-in function",
                    "sql": "is a server built-in function"}
_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*):")
_PN_LOCAL_ESC = re.compile(r"\\(.)")


# -- 1. before parsing ----------------------------------------------------------

def prescan(sparql: str, max_bytes: int | None = MAX_QUERY_BYTES) -> None:
    """Refuse text too long (over ``max_bytes``) or nested too deep for a parser, in one linear pass.

    Counts ``{ ( [`` against their closers outside strings, IRIs and comments
    (a closer never takes the count below zero, so stray closers cannot hide
    openers). Raises :class:`kb.errors.QueryError` with a one-line reason.

    >>> prescan("SELECT * WHERE { ?s ?p '{{{' }")
    >>> prescan("SELECT * WHERE " + "{" * 100)
    Traceback (most recent call last):
    ...
    kb.errors.QueryError: the query nests brackets more than 64 deep; refused (a parser could crash on it)
    """
    _check_size(sparql, max_bytes)
    if "\x00" in sparql:
        raise QueryError("the SPARQL text contains a NUL character")
    depth, i, n = 0, 0, len(sparql)
    while True:
        m = _NOTABLE.search(sparql, i)
        if m is None:
            return
        i = m.start()
        c = sparql[i]
        if c in "{([":
            depth += 1
            if depth > MAX_NESTING:
                raise QueryError(f"the query nests brackets more than {MAX_NESTING} deep; refused "
                                 "(a parser could crash on it)")
        elif c in "})]":
            depth = max(0, depth - 1)
        elif c == "#":
            end = sparql.find("\n", i)
            i = n if end < 0 else end
            continue
        elif c in "'\"":
            i = _skip_string(sparql, i)
            continue
        elif c == "<":
            m = _IRIREF.match(sparql, i)
            if m:
                i = m.end()
                continue
        else:  # a backslash: an escape in a prefixed name (ex:a\#b), the next character belongs to the name
            i += 2
            continue
        i += 1


def _check_size(sparql: str, max_bytes: int | None) -> None:
    if not isinstance(sparql, str):
        raise QueryError("a SPARQL query must be text")
    if max_bytes is not None and len(sparql) > max_bytes // 4:
        size = len(sparql.encode("utf-8", "surrogatepass"))
        if size > max_bytes:
            raise QueryError(f"the query is {size:,} bytes; the limit is {max_bytes:,}")


_NOTABLE = re.compile(r"""[{(\[})\]#'"<\\]""")
_IRIREF = re.compile(r"<[^<>\"{}|^`\\\x00-\x20]*>")


def _skip_string(text: str, i: int) -> int:
    """The index after the string literal starting at ``i`` (or the end of the line for a broken one)."""
    quote = text[i]
    if text.startswith(quote * 3, i):
        j, close = i + 3, quote * 3
        while j < len(text):
            if text[j] == "\\":
                j += 2
            elif text.startswith(close, j):
                return j + 3
            else:
                j += 1
        return len(text)
    j = i + 1
    while j < len(text):
        c = text[j]
        if c == "\\":
            j += 2
        elif c == quote:
            return j + 1
        elif c in "\r\n":
            return j
        else:
            j += 1
    return len(text)


# -- 2. parsing -----------------------------------------------------------------

@dataclass(frozen=True)
class Checked:
    """What the parser found in a SPARQL text.

    ``form`` is ``select``, ``ask``, ``construct``, ``describe`` or ``update``;
    ``default_graphs``/``named_graphs`` the IRIs of ``FROM``/``FROM NAMED``
    (queries only); ``declared`` the prefixes the text declares itself;
    ``reasons`` what would reach the network or local files (empty when
    nothing does).
    """

    form: str
    default_graphs: tuple[str, ...] = ()
    named_graphs: tuple[str, ...] = ()
    declared: frozenset[str] = frozenset()
    reasons: tuple[str, ...] = ()

    @property
    def is_update(self) -> bool:
        return self.form == "update"

    @property
    def has_dataset(self) -> bool:
        """Whether the query names its dataset (FROM / FROM NAMED)."""
        return bool(self.default_graphs or self.named_graphs)


def inspect(sparql: str, max_bytes: int | None = MAX_QUERY_BYTES) -> Checked:
    """Parse ``sparql`` (after :func:`prescan`) and report what it is and what it reaches.

    Raises :class:`kb.errors.QueryError` for text over ``max_bytes`` (``None``:
    no size limit, for kb's own long updates), nested too deep, or that is no
    SPARQL query or update (naming the parser's position). Decisions are
    cached by text (:func:`clear_cache` empties the cache).
    """
    _check_size(sparql, max_bytes)
    return _parse(sparql)  # the nesting scan runs there, once per text


def clear_cache() -> None:
    """Forget every cached decision (for benchmarks)."""
    _parse.cache_clear()


@lru_cache(maxsize=2048)
def _parse(sparql: str) -> Checked:
    prescan(sparql, max_bytes=None)
    from pyparsing import ParseException
    from rdflib.plugins.sparql.parser import parseQuery, parseUpdate

    try:
        try:
            parsed = parseQuery(sparql)
        except ParseException as query_error:
            try:
                parsed = parseUpdate(sparql)
            except ParseException as update_error:
                # Report the reading that got further: an update's error for an update.
                further = update_error if update_error.loc > query_error.loc else query_error
                raise _syntax_error(further) from None
            if not _get(parsed, "request"):
                raise _syntax_error(query_error) from None
            return _Walk().update(parsed)
        return _Walk().query(parsed)
    except RecursionError:
        raise QueryError("the query nests too deeply for the SPARQL parser; simplify it") from None


def _get(node, key: str):
    """A field of a parse-tree node, None when absent (rdflib's ``CompValue.get`` returns the key)."""
    return node[key] if key in node else None


def _syntax_error(exc) -> QueryError:
    found = " ".join(str(getattr(exc, "msg", exc)).split())
    return QueryError(f"SPARQL syntax error: at {exc.lineno}:{exc.col}: {found[:200]}")


class _Walk:
    """One pass over rdflib's parse tree, without recursion (a deep tree cannot overflow it)."""

    def __init__(self):
        from .rdf.prefixes import PREFIXES

        self.kb_prefixes = PREFIXES
        self.prefixes: dict[str, str] = {}
        self.base: str | None = None
        self.reasons: list[str] = []
        self.default: list[str] = []
        self.named: list[str] = []

    def query(self, parsed) -> Checked:
        prologue, body = parsed[0], parsed[1]
        self.prologue(prologue)
        form = _QUERY_FORMS.get(getattr(body, "name", None))
        if form is None:
            raise QueryError("not a SPARQL query: expected SELECT, ASK, CONSTRUCT or DESCRIBE")
        for clause in _get(body, "datasetClause") or ():
            self.dataset(clause, "FROM")
        self.walk(body)
        return self.result(form)

    def update(self, parsed) -> Checked:
        for prologue, request in zip(parsed["prologue"], parsed["request"]):
            self.prologue(prologue)
            if request.name == "Load":
                self.reasons.append(f"LOAD fetches a document from a URL or file ({self.iri(request['iri'])})")
            if _get(request, "withClause") is not None:
                self.graph_only(request["withClause"], "WITH")
            for clause in _get(request, "using") or ():
                self.dataset(clause, "USING", record=False)
            self.walk(request)
        return self.result("update")

    def result(self, form: str) -> Checked:
        return Checked(form, tuple(self.default), tuple(self.named), frozenset(self.prefixes),
                       tuple(dict.fromkeys(self.reasons)))

    def prologue(self, decls) -> None:
        for decl in decls:
            if decl.name == "Base":
                self.base = self.absolute(str(decl["iri"]))
                self.scheme_check(self.base)
            else:
                self.prefixes[_get(decl, "prefix") or ""] = self.absolute(str(decl["iri"]))

    def absolute(self, iri: str) -> str:
        if self.base and not _SCHEME.match(iri):
            return urljoin(self.base, iri)
        return iri

    def iri(self, node) -> str:
        """The IRI of an IRIREF or a prefixed name, as the query means it."""
        if getattr(node, "name", None) == "pname":
            prefix = _get(node, "prefix") or ""
            ns = self.prefixes.get(prefix, self.kb_prefixes.get(prefix))
            if ns is None:
                raise QueryError(f"the prefix {prefix}: is not declared")
            return ns + _PN_LOCAL_ESC.sub(r"\1", _get(node, "localname") or "")
        return self.absolute(str(node))

    def dataset(self, clause, keyword: str, record: bool = True) -> None:
        for kind, target, word in (("default", self.default, keyword), ("named", self.named, keyword + " NAMED")):
            if _get(clause, kind) is not None:
                iri = self.graph_only(clause[kind], word)
                if record:
                    target.append(iri)

    def graph_only(self, node, keyword: str) -> str:
        iri = self.iri(node)
        self.scheme_check(iri)
        if not iri.startswith(KB_GRAPH_NS):
            self.reasons.append(f"{keyword} <{iri}> is not one of kb's graphs ({KB_GRAPH_NS}...): "
                                "a server may fetch it")
        return iri

    def scheme_check(self, iri: str) -> None:
        m = _SCHEME.match(iri)
        if m and m.group(1).lower() in _REFUSED_SCHEMES:
            self.reasons.append(f"<{iri}> {_REFUSED_SCHEMES[m.group(1).lower()]}")

    def walk(self, root) -> None:
        from rdflib import URIRef
        from rdflib.plugins.sparql.parserutils import CompValue

        stack = [root]
        while stack:
            node = stack.pop()
            if isinstance(node, CompValue):
                name = node.name
                if name == "pname":
                    self.scheme_check(self.iri(node))
                    continue
                if name == "ServiceGraphPattern":
                    term = _get(node, "term")
                    what = f"<{self.iri(term)}>" if getattr(term, "name", None) == "pname" or isinstance(term, URIRef) \
                        else str(term.n3() if hasattr(term, "n3") else term)
                    self.reasons.append(f"SERVICE fetches data from the network ({what})")
                elif name == "GroupGraphPatternSub" and len(_get(node, "part") or ()) > MAX_GROUP_PARTS:
                    raise QueryError(f"a group of the query holds more than {MAX_GROUP_PARTS} patterns; "
                                     "refused (the query engine could crash on it)")
                stack.extend(node.values())
            elif isinstance(node, URIRef):
                self.scheme_check(self.absolute(str(node)))
            elif isinstance(node, (list, tuple)) or type(node).__name__ == "ParseResults":
                stack.extend(node)
            elif hasattr(node, "datatype") and node.datatype is not None:
                self.scheme_check(str(node.datatype))


# -- 3. the decision --------------------------------------------------------------

def check_query(sparql: str, allow_network: bool = False, max_bytes: int | None = MAX_QUERY_BYTES) -> Checked:
    """Parse ``sparql`` and raise :class:`kb.errors.QueryError` if it could read
    files or reach the network (unless ``allow_network``); return what it is.

    Works for queries and updates alike; whether an update may run is the
    caller's decision (``Checked.is_update``). ``max_bytes`` as for :func:`inspect`.
    """
    checked = inspect(sparql, max_bytes)
    if checked.reasons and not allow_network:
        raise QueryError(f"{checked.reasons[0]}; refused{_OPT_IN}")
    return checked


def check_dataset(default_graphs=(), named_graphs=(), allow_network: bool = False) -> None:
    """Refuse SPARQL Protocol ``default-graph-uri``/``named-graph-uri`` values that
    are not kb graphs (unless ``allow_network``), as ``FROM`` in the text is."""
    for word, iris in (("default-graph-uri", default_graphs), ("named-graph-uri", named_graphs)):
        for iri in iris:
            if not isinstance(iri, str) or not iri or any(c in iri for c in '<>"{}|^`\\ \n\t\r'):
                raise QueryError(f"{word}={iri!r} is not an IRI")
            if not allow_network and not iri.startswith(KB_GRAPH_NS):
                raise QueryError(f"{word} <{iri}> is not one of kb's graphs ({KB_GRAPH_NS}...); "
                                 f"refused{_OPT_IN}")


# -- comments, strings and IRIs (for tools that rewrite text, never for decisions) --

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


def strip_literals(sparql: str) -> tuple[str, list[str]]:
    """The text with comments, strings and IRIs blanked out, and the IRIs found.

    A convenience for tools; security decisions use :func:`check_query`.

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

