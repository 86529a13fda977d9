"""A KB in a remote SPARQL 1.1 server (Oxigraph server, Virtuoso, Fuseki, GraphDB, QLever).

:class:`RemoteStore` has the public methods of :class:`kb.store.Store` and
speaks three standard protocols over plain HTTP (``urllib``, no extra
dependency):

- SPARQL 1.1 Query (POST ``query=``; JSON results, N-Triples for graphs),
- SPARQL 1.1 Update (POST ``update=``),
- the Graph Store Protocol: a document's graph is written with ONE ``PUT``
  (``?graph=<iri>``, body in N-Triples/Turtle), which replaces the graph as a
  whole, so a document is stored entirely or not at all. ``INSERT DATA`` is
  not used for writes: Virtuoso rejects it over ~1,000 triples, and
  ``CREATE GRAPH`` fails on an existing graph there.

Where the endpoints are, from the URL given (``--store URL``):

=====================================  =====================  =============================
URL                                    query / update         graph store
=====================================  =====================  =============================
``http://h:7878`` (Oxigraph server)    ``/query``, ``/update`` ``/store``
``http://h:7878/query``                same as above
``http://h:8890/sparql`` (Virtuoso)    ``/sparql`` for both   ``/sparql-graph-crud``
``http://h:8890/sparql-auth``          ``/sparql-auth``       ``/sparql-graph-crud-auth``
``http://h:3030/ds/sparql`` (Fuseki)   ``/sparql``             ``/data`` (pass ``gsp_url``)
=====================================  =====================  =============================

Any of them can be given explicitly (``update_url``, ``gsp_url``).
Credentials come from the URL (``http://user:pw@host/...``) or
``$KB_REMOTE_USER``/``$KB_REMOTE_PASSWORD``; Basic and Digest are both answered.
"""

from __future__ import annotations

import json
import os
import re
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator

from rdflib import BNode, Graph, Literal, URIRef

from .errors import QueryError, StoreError
from .sparqlguard import check_query, strip_literals
from .store import Rows

__all__ = ["GRAPH_PREFIX", "RemoteStore", "Rows", "endpoints"]

GRAPH_PREFIX = "https://w3id.org/kb/id/graph/"
_PREFIX_LEN = len(GRAPH_PREFIX)
_UPDATE_WORDS = re.compile(r"\b(INSERT|DELETE|LOAD|CLEAR|CREATE|DROP|COPY|MOVE|ADD|WITH)\b", re.IGNORECASE)
_FORM = re.compile(r"\b(SELECT|ASK|CONSTRUCT|DESCRIBE)\b", re.IGNORECASE)


def _from_json_term(b: dict):
    kind = b.get("type")
    if kind == "uri":
        return URIRef(b["value"])
    if kind == "bnode":
        return BNode(b["value"])
    lang = b.get("xml:lang")
    dt = b.get("datatype")
    if lang:
        return Literal(b["value"], lang=lang)
    if dt and dt != "http://www.w3.org/2001/XMLSchema#string":
        return Literal(b["value"], datatype=URIRef(dt))
    return Literal(b["value"])


def endpoints(url: str, update_url: str | None = None, gsp_url: str | None = None) -> tuple[str, str, str]:
    """``(query, update, graph store)`` URLs for a store URL (see the module doc).

    >>> endpoints("http://127.0.0.1:7878")
    ('http://127.0.0.1:7878/query', 'http://127.0.0.1:7878/update', 'http://127.0.0.1:7878/store')
    >>> endpoints("http://127.0.0.1:8890/sparql")[2]
    'http://127.0.0.1:8890/sparql-graph-crud'
    """
    parts = urllib.parse.urlsplit(url)
    base = urllib.parse.urlunsplit((parts.scheme, parts.netloc, "", "", ""))
    path = parts.path.rstrip("/")
    last = path.rsplit("/", 1)[-1]
    parent = path[: len(path) - len(last)].rstrip("/")
    if last in ("", "query", "update", "store"):  # Oxigraph server layout
        root = base + (parent if last else path)
        query, update, gsp = root + "/query", root + "/update", root + "/store"
    elif last in ("sparql", "sparql-auth"):  # Virtuoso
        query = update = base + path
        gsp = base + parent + ("/sparql-graph-crud-auth" if last == "sparql-auth" else "/sparql-graph-crud")
    else:  # Fuseki and others: one endpoint, graph store next to it
        query = update = base + path
        gsp = base + parent + "/data"
    return query, update_url or update, gsp_url or gsp


class RemoteStore:
    """A KB kept in a remote SPARQL server. Same public methods as :class:`kb.store.Store`.

    Raises :class:`kb.errors.StoreError` when the server cannot be reached or
    refuses a write, :class:`kb.errors.QueryError` for a query it rejects.
    """

    def __init__(self, url: str, *, read_only: bool = False, update_url: str | None = None,
                 gsp_url: str | None = None, timeout: float = 120.0, user: str | None = None,
                 password: str | None = None, allow_network: bool = False):
        parts = urllib.parse.urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise StoreError(f"{url!r} is not an http(s):// SPARQL endpoint URL")
        user = user or (urllib.parse.unquote(parts.username) if parts.username else None) \
            or os.environ.get("KB_REMOTE_USER")
        password = password or (urllib.parse.unquote(parts.password) if parts.password else None) \
            or os.environ.get("KB_REMOTE_PASSWORD")
        netloc = parts.hostname + (f":{parts.port}" if parts.port else "")
        clean = urllib.parse.urlunsplit((parts.scheme, netloc, parts.path, parts.query, ""))
        self.url = clean
        self.query_url, self.update_url, self.gsp_url = endpoints(clean, update_url, gsp_url)
        if self.query_url.endswith("/query") and "?" not in self.query_url:
            # Oxigraph server: queries without GRAPH see every graph, as with the
            # embedded store (Virtuoso does this by default).
            self.query_url += "?union-default-graph"
        self.read_only = read_only
        self.timeout = timeout
        self.allow_network = allow_network
        handlers = []
        if user:
            mgr = urllib.request.HTTPPasswordMgrWithDefaultRealm()
            for u in {self.query_url, self.update_url, self.gsp_url}:
                mgr.add_password(None, u, user, password or "")
            handlers += [urllib.request.HTTPBasicAuthHandler(mgr), urllib.request.HTTPDigestAuthHandler(mgr)]
        # No proxies: a KB server is addressed directly; a proxy variable meant for
        # the outside world must not reroute (or leak) its traffic.
        handlers.append(urllib.request.ProxyHandler({}))
        self._opener = urllib.request.build_opener(*handlers)

    # -- lifecycle -------------------------------------------------------------
    def close(self) -> None:
        """Nothing to release (every request is its own connection); kept for symmetry."""

    def __enter__(self) -> RemoteStore:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"RemoteStore({self.url!r})"

    # -- HTTP ------------------------------------------------------------------
    def _request(self, url: str, *, data: bytes | None = None, method: str = "GET",
                 headers: dict | None = None) -> tuple[bytes, str]:
        req = urllib.request.Request(url, data=data, method=method, headers=headers or {})
        try:
            with self._opener.open(req, timeout=self.timeout) as resp:
                return resp.read(), resp.headers.get("Content-Type", "")
        except urllib.error.HTTPError as exc:
            body = exc.read().decode("utf-8", "replace").strip()
            first = next((line.strip() for line in body.splitlines() if line.strip()), exc.reason)
            raise _HTTPFailure(exc.code, first[:300]) from None
        except (urllib.error.URLError, OSError) as exc:
            reason = getattr(exc, "reason", exc)
            raise StoreError(f"cannot reach the SPARQL server at {self.url}: {reason}") from None

    def _post_form(self, url: str, field: str, text: str, accept: str) -> tuple[bytes, str]:
        data = urllib.parse.urlencode({field: text}).encode("utf-8")
        return self._request(url, data=data, method="POST", headers={
            "Content-Type": "application/x-www-form-urlencoded; charset=UTF-8", "Accept": accept})

    # -- reading -----------------------------------------------------------------
    def query(self, sparql: str, update: bool = False):
        """Run SPARQL: :class:`Rows` for SELECT, a bool for ASK, an rdflib Graph for
        CONSTRUCT/DESCRIBE, ``None`` for an update (which needs ``update=True``).

        Raises :class:`kb.errors.QueryError` for a malformed or refused query
        (``SERVICE``, ``LOAD`` ... see :mod:`kb.sparqlguard`).
        """
        check_query(sparql, allow_network=self.allow_network)
        code, _ = strip_literals(sparql)
        sparql = _with_prefixes(sparql, code)
        form = _FORM.search(code)
        if update or (form is None and _UPDATE_WORDS.search(code)):
            if not update:
                raise QueryError("this is a SPARQL update; pass update=True (kb query --update) to run it")
            self.update(sparql)
            return None
        if form is None:
            raise QueryError("not a SPARQL query: expected SELECT, ASK, CONSTRUCT or DESCRIBE")
        kind = form.group(1).upper()
        accept = ("application/sparql-results+json" if kind in ("SELECT", "ASK")
                  else "application/n-triples, text/turtle;q=0.9, text/plain;q=0.5")
        try:
            body, ctype = self._post_form(self.query_url, "query", sparql, accept)
        except _HTTPFailure as exc:
            raise QueryError(f"the SPARQL server rejected the query (HTTP {exc.code}): {exc.detail}") from None
        if kind in ("SELECT", "ASK"):
            try:
                doc = json.loads(body)
            except ValueError:
                raise StoreError(f"the SPARQL server sent no JSON results (Content-Type {ctype!r})") from None
            if "boolean" in doc:
                return bool(doc["boolean"])
            variables = doc.get("head", {}).get("vars", [])
            rows = [{k: _from_json_term(v) for k, v in b.items()} for b in doc.get("results", {}).get("bindings", [])]
            return Rows(variables, rows, doc)
        return _parse_graph(body, ctype)

    def select(self, sparql: str) -> list[tuple[str, ...]]:
        """Rows of a SELECT as tuples of strings ('' when unbound), in projection order."""
        rows = self.query(sparql)
        return [tuple("" if r.get(v) is None else str(r[v]) for v in rows.vars) for r in rows]

    def graphs(self) -> list[str]:
        """IRIs of kb's named graphs (documents and kb's own), sorted; other graphs are ignored."""
        rows = self.select("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } "
                           f'FILTER(STRSTARTS(STR(?g), "{GRAPH_PREFIX}")) }}')
        return sorted(r[0] for r in rows)

    def documents(self) -> list[str]:
        """Ids of the documents in the KB, sorted."""
        from .rdf.iri import doc_id_of

        return sorted(d for d in (doc_id_of(g) for g in self.graphs()) if d is not None)

    def count_triples(self, graph_iri: str | None = None) -> int:
        """Triples in one graph, or in all of kb's graphs."""
        if graph_iri is not None:
            q = f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{graph_iri}> {{ ?s ?p ?o }} }}"
        else:
            q = ("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } "
                 f'FILTER(STRSTARTS(STR(?g), "{GRAPH_PREFIX}")) }}')
        return int(self.select(q)[0][0])

    def get_graph(self, graph_iri: str) -> Graph:
        """One named graph as an rdflib Graph (empty when absent)."""
        g = self.query(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{graph_iri}> {{ ?s ?p ?o }} }}")
        out = Graph(identifier=URIRef(graph_iri))
        for t in g:
            out.add(t)
        return out

    # -- writing -----------------------------------------------------------------
    def _check_writable(self) -> None:
        if self.read_only:
            raise StoreError(f"{self.url} is open read-only")

    def update(self, sparql: str) -> None:
        """Run a SPARQL update (refused on a read-only store and when it would reach the network)."""
        self._check_writable()
        check_query(sparql, allow_network=self.allow_network)
        sparql = _with_prefixes(sparql, strip_literals(sparql)[0])
        try:
            self._post_form(self.update_url, "update", sparql, "*/*")
        except _HTTPFailure as exc:
            raise QueryError(f"the SPARQL server rejected the update (HTTP {exc.code}): {exc.detail}") from None

    def put_graph(self, graph_iri: str, graph: Graph) -> int:
        """Replace the named graph ``graph_iri`` by ``graph`` in ONE request (atomic per document).

        Returns the number of triples written.
        """
        self.put_ntriples(graph_iri, graph.serialize(format="nt", encoding="utf-8"))
        return len(graph)

    def put_ntriples(self, graph_iri: str, ntriples: str | bytes, doc_id: str | None = None) -> None:
        """Replace the named graph ``graph_iri`` by N-Triples text in ONE request."""
        self._check_writable()
        body = ntriples.encode("utf-8") if isinstance(ntriples, str) else ntriples
        url = self.gsp_url + "?" + urllib.parse.urlencode({"graph": str(graph_iri)})
        try:
            self._request(url, data=body, method="PUT",
                          headers={"Content-Type": "application/n-triples; charset=utf-8"})
        except _HTTPFailure as exc:
            if exc.code == 415:  # a server without N-Triples: the same bytes are valid Turtle
                try:
                    self._request(url, data=body, method="PUT", headers={"Content-Type": "text/turtle; charset=utf-8"})
                except _HTTPFailure as exc2:
                    raise StoreError(f"the SPARQL server refused graph {graph_iri} "
                                     f"(HTTP {exc2.code}): {exc2.detail}") from None
            else:
                raise StoreError(f"the SPARQL server refused graph {graph_iri} (HTTP {exc.code}): {exc.detail}") from None

    def delete_graph(self, graph_iri: str) -> None:
        """Remove a named graph (nothing happens when it does not exist)."""
        self._check_writable()
        url = self.gsp_url + "?" + urllib.parse.urlencode({"graph": str(graph_iri)})
        try:
            self._request(url, method="DELETE")
        except _HTTPFailure as exc:
            if exc.code != 404:
                raise StoreError(f"the SPARQL server refused to delete {graph_iri} "
                                 f"(HTTP {exc.code}): {exc.detail}") from None

    def ingest(self, analysis, *, run=None):
        """Build, index and validate one analysed document's graph, then PUT it.

        Raises :class:`kb.errors.ShapeViolation` (nothing written) when the graph
        violates the shapes. Returns a :class:`kb.store.IngestResult`.
        """
        from .errors import ShapeViolation
        from .rdf.build import graph_for
        from .rdf.index import add_index
        from .rdf.salvage import validate_salvaging
        from .store import IngestResult

        self._check_writable()
        doc = analysis.document
        def build(a):
            graph = graph_for(a, run)[1]
            add_index(graph)
            return graph

        graph_iri, graph = graph_for(analysis, run)
        add_index(graph)
        graph, problems = validate_salvaging(analysis, graph, build, lambda g: g)
        if problems:
            report = "\n".join(str(r) for r in problems)
            more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
            raise ShapeViolation(f"document {doc.id!r} violates the shapes, not stored: "
                                 f"{problems[0].message}{more}", report)
        replaced = self.query(f"ASK {{ GRAPH <{graph_iri}> {{ ?s ?p ?o }} }}")
        self.put_graph(graph_iri, graph)
        return IngestResult(doc.id, str(graph_iri), len(graph), len(analysis.events),
                            len(analysis.claims), bool(replaced))

    def remove_document(self, doc_id: str) -> bool:
        """Remove a document's graph; True if it was stored."""
        from .rdf.iri import graph

        g = str(graph(doc_id))
        existed = bool(self.query(f"ASK {{ GRAPH <{g}> {{ ?s ?p ?o }} }}"))
        self.delete_graph(g)
        return existed

    def rejected(self) -> list:
        """Rejections are recorded by the embedded store only; a remote KB keeps none."""
        return []

    def optimize(self) -> None:
        """Servers manage their own indexes; nothing to do."""

    # -- checking ----------------------------------------------------------------
    def iter_graphs(self) -> Iterator[tuple[str, Graph]]:
        """Every document graph, fetched one by one."""
        for g in self.graphs():
            yield g, self.get_graph(g)

    def validate(self, progress=None) -> list:
        """Check the whole KB on the server: kb's shapes compiled to SPARQL (one
        query per constraint over every graph) plus the cross-document checks.

        Returns :class:`kb.store.Violation` items (empty when the KB conforms);
        nothing is downloaded but the violations.
        """
        from .rdf.iri import doc_id_of
        from .rdf.shapes_sparql import CROSS_CHECKS, compile_shapes, run_checks
        from .rdf.validate import load_shapes
        from .store import Violation

        compiled = compile_shapes(load_shapes())
        scope = f'FILTER(STRSTARTS(STR(?g), "{GRAPH_PREFIX}"))'
        out = []
        for check in compiled.checks + CROSS_CHECKS:
            # Only kb's graphs: a server may hold other data, and its own system graphs.
            sparql = check.sparql.rstrip()
            scoped = sparql[: sparql.rindex("}")] + scope + "\n}"
            for v in run_checks(self.select, [type(check)(check.name, check.message, scoped, check.severity)]):
                if v.severity == "Violation":
                    out.append(Violation(doc_id_of(v.graph), v.graph, v.message, v.focus, v.check))
            if progress:
                progress(1)
        return out


def _with_prefixes(sparql: str, code: str) -> str:
    """kb's prefixes (``kb:``, ``sem:``, ``wd:`` ...) declared in front, as the
    embedded store predeclares them; the query's own declarations win."""
    from .rdf.namespaces import PREFIXES

    declared = {m.lower() for m in re.findall(r"PREFIX\s+([A-Za-z][\w.-]*|):", code, re.IGNORECASE)}
    extra = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items() if p.lower() not in declared)
    return extra + sparql


class _HTTPFailure(Exception):
    def __init__(self, code: int, detail: str):
        super().__init__(f"HTTP {code}: {detail}")
        self.code = code
        self.detail = detail


def _parse_graph(body: bytes, ctype: str) -> Graph:
    mime = ctype.split(";")[0].strip().lower()
    fmt = {"application/n-triples": "nt", "text/plain": "nt", "text/turtle": "turtle",
           "application/rdf+xml": "xml", "application/ld+json": "json-ld"}.get(mime, "turtle")
    if fmt in ("xml", "json-ld"):
        from .sparqlguard import check_rdf_document

        check_rdf_document(body, fmt)
    g = Graph()
    try:
        g.parse(data=body.decode("utf-8"), format=fmt)
    except Exception as exc:  # rdflib raises many parser-specific types
        raise StoreError(f"cannot read the graph the SPARQL server sent ({mime}): {exc}") from None
    return g
