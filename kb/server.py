"""``kb serve``: a read-only SPARQL 1.1 Protocol endpoint and the HTML timeline.

- ``/sparql``: queries by GET (``?query=``), by POST as a form
  (``application/x-www-form-urlencoded``, ``query=``) or as a body
  (``application/sparql-query``). SELECT and ASK answer in SPARQL JSON, XML,
  CSV or TSV, CONSTRUCT and DESCRIBE in Turtle, TriG, JSON-LD, N-Triples,
  N-Quads or RDF/XML, chosen by the ``Accept`` header (or
  ``?format=json|xml|csv|tsv|turtle|trig|jsonld|ntriples|nquads|rdfxml``), all
  written by pyoxigraph's serialisers (:mod:`kb.results`).
- ``/``: the HTML timeline page of the KB (:mod:`kb.exporters.page`).
- The research workbench (:mod:`kb.workbench.routes`): ``/doc/{id}``, ``/events``,
  ``/lanes``, ``/network`` and, for a browser without a query, the ``/sparql``
  editor; with ``review=True`` (``kb serve --review``) ``POST /api/review`` writes
  corrections (:mod:`kb.review`), each with the token printed at start-up.

The endpoint is read-only: updates (``update=`` or ``application/sparql-update``,
or an update sent as a query), ``LOAD`` and ``SERVICE`` are refused with 400 and
a one-line reason, as are ``file:`` IRIs and server built-ins
(:mod:`kb.sparqlguard`). Results stop at ``limit`` rows (the response then
carries ``X-KB-Truncated: true``) and a query that runs past ``timeout`` seconds
gets 503.

Queries run in worker processes (:mod:`kb.querypool`) that open the store
read-only: a query past its time or memory ceiling is stopped by killing its
worker, which is replaced, so it stops using CPU and memory and the next query
is served; workers reopen the store when its files change, so documents
ingested while the server runs are seen. HTTP is served by
:mod:`kb.httpserver` (deep listen backlog, bounded handler threads, read
deadlines, strict Content-Length). The server binds 127.0.0.1 unless told
otherwise.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import threading
import time
from http import HTTPStatus
from urllib.parse import parse_qs, urlsplit

from .errors import KBError, QueryError, StoreError
from .httpserver import BadRequest, BoundedHTTPServer, StrictRequestHandler

__all__ = ["SPARQLServer", "negotiate", "run_query"]

MAX_BODY = 1 << 20  # 1 MiB of query text is plenty

SELECT_TYPES = {
    "application/sparql-results+json": "json", "application/json": "json",
    "application/sparql-results+xml": "xml", "application/xml": "xml", "text/xml": "xml",
    "text/csv": "csv", "text/tab-separated-values": "tsv",
}
GRAPH_TYPES = {
    "text/turtle": "turtle", "application/turtle": "turtle", "application/x-turtle": "turtle",
    "application/ld+json": "jsonld", "application/x-json+ld": "jsonld",
    "application/n-triples": "ntriples", "text/plain": "ntriples", "application/rdf+xml": "rdfxml",
    "application/trig": "trig", "application/n-quads": "nquads",
}
# ?format= values (names of kb.results' formats, and the short names clients use)
_FORMAT_PARAM = {"json": "json", "xml": "xml", "csv": "csv", "tsv": "tsv", "turtle": "turtle",
                 "ttl": "turtle", "jsonld": "jsonld", "json-ld": "jsonld", "nt": "ntriples",
                 "ntriples": "ntriples", "rdfxml": "rdfxml", "trig": "trig", "nquads": "nquads", "nq": "nquads"}


class Refused(Exception):
    """A request the endpoint will not run: (HTTP status, one-line reason)."""

    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status = status


def negotiate(accept: str | None, kind: str, override: str | None = None) -> str:
    """The result format (a name of :data:`kb.results.FORMS`) for an ``Accept`` header:
    ``json``/``xml``/``csv``/``tsv`` for SELECT and ASK, ``turtle``/``jsonld``/``ntriples``/
    ``rdfxml``/``trig``/``nquads`` for graphs.

    >>> negotiate("text/csv;q=0.5, application/sparql-results+xml", "select")
    'xml'
    >>> negotiate("*/*", "graph")
    'turtle'
    """
    table = GRAPH_TYPES if kind == "graph" else SELECT_TYPES
    if override:  # ?format=json (or a media type, as some clients send); unknown values are ignored
        name = override.lower()
        fmt = ("rdfxml" if kind == "graph" and name == "xml" else _FORMAT_PARAM.get(name)) or table.get(name)
        if fmt is not None and fmt in table.values():
            return fmt
    if not accept or not accept.strip():
        return "turtle" if kind == "graph" else "json"
    choices = []
    for i, part in enumerate(accept.split(",")):
        fields = [f.strip() for f in part.split(";")]
        media, q = fields[0].lower(), 1.0
        for f in fields[1:]:
            if f.startswith("q="):
                try:
                    q = float(f[2:])
                except ValueError:
                    q = 0.0
        choices.append((-q, i, media))
    for neg_q, _, media in sorted(choices):
        if neg_q == 0:
            continue
        if media in table:
            return table[media]
        if media in ("*/*", "application/*", "text/*"):
            return "turtle" if kind == "graph" else "json"
    if kind == "ask" and any(m in ("text/csv", "text/tab-separated-values") for _, _, m in choices):
        return "json"
    raise Refused(HTTPStatus.NOT_ACCEPTABLE,
                  f"cannot answer this query as {accept}; try one of {', '.join(sorted(set(table)))}")


def query_form(sparql: str) -> str:
    """``select``, ``ask``, ``graph`` (CONSTRUCT/DESCRIBE) or ``update``, as the parser reads the text."""
    from .sparqlguard import inspect

    try:
        form = inspect(sparql).form
    except QueryError as exc:
        raise Refused(HTTPStatus.BAD_REQUEST, str(exc)) from None
    return {"construct": "graph", "describe": "graph"}.get(form, form)


def run_query(store, sparql: str, fmt: str, limit: int, deadline: float, dataset=None):
    """Run a read-only query and write its results as ``fmt`` (:func:`kb.results.serialize_result`:
    pyoxigraph's serialisers), stopping at ``limit`` rows (triples) and at ``deadline``
    (``time.monotonic``, :class:`kb.querypool.QueryCancelled` past it); a
    :class:`kb.results.Serialized`.

    ``dataset`` is ``(checked, default_graphs, named_graphs)``: what the guard
    parsed and the protocol's ``default-graph-uri``/``named-graph-uri``.
    """
    from .sparqlguard import check_query

    # What SPARQLServer.answer decided, or (called on its own) the guard's strict decision.
    checked, default_graphs, named_graphs = dataset or (check_query(sparql), (), ())
    if checked.is_update:
        raise QueryError("this endpoint is read-only: SPARQL Update is refused")
    return store.query_serialized(sparql, fmt, limit=limit, deadline=deadline, allow_network=True,
                                  default_graphs=default_graphs, named_graphs=named_graphs, checked=checked)


# --------------------------------------------------------------------------- work done in a query worker
def answer_in_worker(store, sparql: str, kind: str, fmt: str, limit: int, timeout: float, dataset=None) -> tuple:
    """Run and serialise a query inside a :class:`kb.querypool.QueryPool` worker.

    Returns ``("ok", body, media type, headers)`` or ``("refused", status, reason)``:
    plain tuples, so nothing but bytes and strings cross the process boundary.
    """
    from .querypool import QueryCancelled

    try:
        out = run_query(store, sparql, fmt, limit, time.monotonic() + timeout, dataset)
    except QueryCancelled:
        return ("refused", HTTPStatus.SERVICE_UNAVAILABLE, _timed_out(timeout))
    except KBError as exc:
        return ("refused", HTTPStatus.BAD_REQUEST, str(exc))
    headers = {"X-KB-Truncated": "true"} if out.truncated else {}
    return ("ok", out.body, out.media_type, headers)


def page_in_worker(store, title: str, limit: int) -> bytes:
    """The timeline page of the latest ``limit`` events (rendered in a query worker).

    Only the reports dated on or after the ``limit``-th latest end date are read:
    reading all of a 100k-event KB to show its last 10k events would take a minute.
    """
    from .exporters import ExportRequest
    from .exporters.page import page_data, render
    from .exporters.records import PREFIXES, Selection

    counted = store.query(PREFIXES + "SELECT (COUNT(DISTINCT ?event) AS ?n) WHERE { GRAPH ?g { "
                                     "?event kb:sourceDocument ?doc ; kb:eventType ?type } }")
    total = int(counted[0]["n"]) if counted else 0
    selection = Selection()
    if total > limit:
        cut = store.query(PREFIXES + "SELECT ?latest WHERE { GRAPH ?g { ?event kb:sourceDocument ?doc ; "
                                     "kb:eventType ?type ; sem:hasLatestEndTimeStamp ?latest } } "
                                     f"ORDER BY DESC(?latest) OFFSET {limit - 1} LIMIT 1")
        if cut:
            selection = Selection(since=str(cut[0]["latest"])[:10])
    events = ExportRequest(store, selection, title=title).events
    if total > limit:
        events = events[-limit:]
        title += f" (latest {len(events)} of {total} events)"
    return render(page_data(events, title)).encode("utf-8")


def _timed_out(timeout: float) -> str:
    return f"query timed out after {timeout:g} s; add a LIMIT or narrow it down"


# --------------------------------------------------------------------------- the application
def _store_location(source) -> tuple[str, str | None]:
    """(location the workers open, temporary directory to remove afterwards or None)."""
    if isinstance(source, (str, os.PathLike)):
        return str(source), None
    if source is None:  # an empty in-memory KB
        tmp = tempfile.mkdtemp(prefix="kb-serve-")
        return tmp, tmp
    store = getattr(source, "store", source)  # a KnowledgeBase or a Store
    if store.is_remote:
        return store.url, None
    if store.path is not None:
        return str(store.path), None
    # An in-memory store: workers are other processes, so they read a copy on disk.
    import pyoxigraph as ox

    tmp = tempfile.mkdtemp(prefix="kb-serve-")
    copy = ox.Store(tmp)
    copy.bulk_extend(store.oxigraph.quads_for_pattern(None, None, None, None))
    copy.flush()
    del copy
    return tmp, tmp


class SPARQLServer:
    """The HTTP server over a KB: ``source`` is a :class:`kb.api.KnowledgeBase`, a
    :class:`kb.store.Store`, or the location of one (a directory or a URL).

    Queries and the timeline page run in ``workers`` processes
    (:class:`kb.querypool.QueryPool`), each reading the store read-only; a query
    past ``timeout`` seconds or ``memory_mb`` MiB is stopped by killing its
    worker (503), and a new worker takes its place. Workers reopen the store
    when its files change, so documents ingested meanwhile are served. An
    in-memory store is copied to a temporary directory first (a snapshot).

    The workbench's event index is kept in ``index_dir`` between runs (default:
    :func:`kb.workbench.keep.default_dir`; see :mod:`kb.workbench.keep`).

    ``start()`` serves from a background thread (tests, notebooks);
    ``serve_forever()`` blocks (``kb serve``). Use as a context manager to stop it.
    """

    def __init__(self, source, host: str = "127.0.0.1", port: int = 8000, *, timeout: float = 30.0,
                 limit: int = 10000, workers: int = 4, memory_mb: int | None = 2048,
                 max_connections: int = 256, read_timeout: float = 10.0, title: str = "kb timeline",
                 cors: str | None = None, allow_network: bool = False, review: bool = False,
                 token: str | None = None, index_dir: str | os.PathLike | None = None):
        from .querypool import QueryPool

        self.cors = cors
        self.allow_network = allow_network  # SERVICE / FROM outside the KB (kb serve --allow-network)
        # On loopback only requests naming loopback are answered: a web page whose
        # domain is re-pointed at 127.0.0.1 (DNS rebinding) cannot read the KB.
        self.loopback = host in ("127.0.0.1", "localhost", "::1")
        self.timeout = timeout
        self.limit = limit
        self.title = title
        self.location, self._tmp = _store_location(source)
        # A remote store given as an object keeps its endpoints and credentials for review writes.
        store = getattr(source, "store", source)
        self._remote = store if getattr(store, "is_remote", False) and not store.read_only else None
        self._page_lock = threading.Lock()
        self._page_cache: tuple | None = None  # (store signature, page bytes)
        # Set by stop() and close(): a request still being answered then may find its worker killed,
        # the pool or the event index closed; it gets 503 (STOPPING), not a 500.
        self.stopping = False
        handler = type("Handler", (_Handler,), {"app": self})
        self.httpd = BoundedHTTPServer((host, port), handler, max_connections=max_connections,
                                       read_timeout=read_timeout)
        self.pool = QueryPool(self.location, workers, memory_mb=memory_mb)
        self._thread: threading.Thread | None = None
        try:
            self._workbench(review, token, index_dir)
        except BaseException:  # a refused --index-dir: no socket or worker left behind
            self.httpd.server_close()
            self.pool.close()
            raise

    def _workbench(self, review: bool, token: str | None, index_dir) -> None:
        """The workbench's state: its index directory, and the review mode with its token."""
        import secrets

        from .workbench.keep import IndexDir, IndexKeeper

        def say(line: str) -> None:
            print(line, file=sys.stderr, flush=True)

        # A snapshot of an in-memory store is new each time: its index is too.
        self._index_dir = IndexDir.open(self.location, index_dir, temporary=self._tmp is not None, say=say)
        self.index_dir = str(self._index_dir.path)
        self.index_keeper = IndexKeeper(self.location, self.index_dir, keep=self._index_dir.kept, say=say)
        self.review = review
        self.token = (token or secrets.token_urlsafe(24)) if review else ""
        self._write_lock = threading.Lock()

    def write_review(self, request: dict) -> str:
        """Apply one review (see :func:`kb.workbench.routes.apply_review`) with the store opened for
        writing just for it, so ``kb ingest`` can write between reviews. A remote store is written
        through its update and graph store endpoints (:class:`kb.remote.RemoteStore`); the event
        index is told which document changed, which on a remote store is the only way it learns."""
        from .store import Store
        from .workbench.routes import apply_review

        who = request.get("who") if isinstance(request.get("who"), str) and request.get("who") else "kb-serve"
        with self._write_lock:
            try:
                store = self._remote if self._remote is not None else Store(self.location)
            except KBError as exc:
                raise Refused(HTTPStatus.SERVICE_UNAVAILABLE, str(exc)) from None
            try:
                iri = apply_review(store, request, who[:200])
                store.flush()
            except StoreError as exc:  # the write failed (a remote server refused it, a disk was full)
                code = HTTPStatus.BAD_GATEWAY if store.is_remote else HTTPStatus.SERVICE_UNAVAILABLE
                raise Refused(code, f"the store did not take the review: {exc}") from None
            finally:
                if store is not self._remote:
                    store.close()
        self.index_keeper.touched([request["doc"]])
        with self._page_lock:
            self._page_cache = None
        return iri

    @property
    def url(self) -> str:
        host, port = self.httpd.server_address[:2]
        return f"http://{host}:{port}"

    def start(self) -> "SPARQLServer":
        self._thread = threading.Thread(target=self.httpd.serve_forever, name="kb-serve", daemon=True)
        self._thread.start()
        return self

    def serve_forever(self) -> None:
        self.httpd.serve_forever()

    def stop(self) -> None:
        self.stopping = True
        if self._thread:
            self.httpd.shutdown()
        self.close()
        if self._thread:
            self._thread.join(timeout=5)

    def close(self) -> None:
        """Release the socket, the workers and a temporary copy of the store."""
        self.stopping = True
        self.httpd.server_close()
        self.pool.close()
        self.index_keeper.close()
        self._index_dir.release()
        if self._tmp:
            shutil.rmtree(self._tmp, ignore_errors=True)
            self._tmp = None

    def __enter__(self) -> "SPARQLServer":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    # -- what a request does --------------------------------------------------
    def answer(self, sparql: str, accept: str | None, fmt_override: str | None,
               default_graphs=(), named_graphs=()) -> tuple[bytes, str, dict]:
        """(body, content type, extra headers) for a query, or raise :class:`Refused`.

        ``default_graphs``/``named_graphs``: the protocol's ``default-graph-uri``/``named-graph-uri``."""
        from .sparqlguard import check_dataset, check_query

        try:
            checked = check_query(sparql, allow_network=self.allow_network)
            check_dataset(default_graphs, named_graphs, self.allow_network)
        except QueryError as exc:
            raise Refused(HTTPStatus.BAD_REQUEST, str(exc)) from None
        kind = {"construct": "graph", "describe": "graph"}.get(checked.form, checked.form)
        if kind == "update":
            raise Refused(HTTPStatus.BAD_REQUEST,
                          "this endpoint is read-only: SPARQL Update (INSERT, DELETE, LOAD, CLEAR, DROP, ...) is refused")
        fmt = negotiate(accept, kind, fmt_override)
        reply = self._in_worker(answer_in_worker, sparql, kind, fmt, self.limit, self.timeout,
                                (checked, tuple(default_graphs), tuple(named_graphs)))
        if reply[0] != "ok":
            raise Refused(reply[1], reply[2])
        return reply[1], reply[2], reply[3]

    def _in_worker(self, function, *args):
        from .querypool import PoolBusy, QueryCancelled, WorkerCrashed

        try:
            # The worker stops a query that yields rows lazily by itself; the kill is
            # for one that computes before its first row (a big ORDER BY).
            return self.pool.call(function, *args, timeout=self.timeout + _GRACE, wait=self.timeout)
        except PoolBusy as exc:
            raise Refused(HTTPStatus.SERVICE_UNAVAILABLE, str(exc)) from None
        except QueryCancelled as exc:
            message = _timed_out(self.timeout) if exc.reason == "time" else str(exc)
            raise Refused(HTTPStatus.SERVICE_UNAVAILABLE, message) from None
        except WorkerCrashed as exc:
            raise Refused(HTTPStatus.INTERNAL_SERVER_ERROR, str(exc)) from None
        except KBError as exc:
            raise Refused(HTTPStatus.INTERNAL_SERVER_ERROR, str(exc)) from None

    def page(self) -> bytes:
        """The timeline page, rendered once per state of the store (a writer's change renders it again)."""
        from .querypool import store_signature

        path = None if "://" in self.location else self.location
        if not self._page_lock.acquire(timeout=self.timeout):
            raise Refused(HTTPStatus.SERVICE_UNAVAILABLE, "the timeline page is being rendered; try again later")
        try:
            signature = store_signature(path)
            if signature is not None and self._page_cache and self._page_cache[0] == signature:
                return self._page_cache[1]
            body = self._in_worker(page_in_worker, self.title, self.limit)
            self._page_cache = (signature, body)
            return body
        finally:
            self._page_lock.release()


_GRACE = 0.5  # seconds a worker gets past the timeout to stop a lazy query by itself
STOPPING = "the server is stopping; ask again once it runs again"


class _Handler(StrictRequestHandler):
    app: SPARQLServer
    server_version = "kb-sparql/0.2"
    max_body = MAX_BODY

    def log_message(self, fmt, *args):  # one line per request on stderr, like kb's other messages
        sys.stderr.write("%s %s\n" % (self.address_string(), fmt % args))

    def _send(self, status: int, body: bytes, ctype: str, headers: dict | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype if "charset" in ctype or not ctype.startswith(("text/", "application/"))
                         else ctype + "; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        if self.app.cors:  # off by default: any web page could otherwise read the KB
            self.send_header("Access-Control-Allow-Origin", self.app.cors)
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _error(self, status: int, message: str) -> None:
        self._send(status, (message + "\n").encode("utf-8"), "text/plain")

    def _host_ok(self) -> bool:
        if not self.app.loopback:
            return True
        host = (self.headers.get("Host") or "").strip().lower()
        name = host.rsplit(":", 1)[0] if not host.endswith("]") else host
        if name in ("127.0.0.1", "localhost", "[::1]", "::1"):
            return True
        self._error(HTTPStatus.MISDIRECTED_REQUEST, f"this server answers requests to 127.0.0.1 or localhost, not {host}")
        return False

    def _guarded(self, method) -> None:
        """Run ``method``; a refusal becomes its status, anything unexpected a one-line 500; while the
        server stops, a request it was still answering gets 503 (:data:`STOPPING`) instead of an error."""
        try:
            if self._host_ok():
                method()
        except (Refused, BadRequest) as exc:
            self.close_connection = True
            if exc.status >= 500 and self.app.stopping:  # its worker killed, the pool closed by the stop
                self._error(HTTPStatus.SERVICE_UNAVAILABLE, STOPPING)
            else:
                self._error(exc.status, str(exc))
        except (ConnectionError, TimeoutError):
            self.close_connection = True
        except Exception as exc:  # noqa: BLE001 - the client gets one line, the log one line
            if self.app.stopping:  # e.g. the event index closed under the request
                self.close_connection = True
                self._error(HTTPStatus.SERVICE_UNAVAILABLE, STOPPING)
                return
            self.log_error("internal error: %s: %s", type(exc).__name__, " ".join(str(exc).split()))
            self._error(HTTPStatus.INTERNAL_SERVER_ERROR, f"internal error ({type(exc).__name__})")

    def do_GET(self):
        self._guarded(self._get)

    do_HEAD = do_GET

    def do_POST(self):
        self._guarded(self._post)

    def do_OPTIONS(self):
        self.send_response(HTTPStatus.NO_CONTENT)
        self.send_header("Allow", ", ".join(self.allowed_methods))
        if self.app.cors:
            self.send_header("Access-Control-Allow-Origin", self.app.cors)
            self.send_header("Access-Control-Allow-Methods", "GET, POST, OPTIONS")
            self.send_header("Access-Control-Allow-Headers", "Content-Type, Accept")
        self.send_header("Content-Length", "0")
        self.end_headers()

    def _get(self) -> None:
        from .workbench.routes import handle_get

        url = urlsplit(self.path)
        if url.path == "/sparql" and "text/html" in (self.headers.get("Accept") or "") \
                and not {"query", "update"} & set(_form(url.query, "the URL")):
            handle_get(self, "/sparql", "")  # the query editor (?q= is the editor's own text)
        elif url.path != "/sparql" and handle_get(self, url.path, url.query):
            pass
        elif url.path in ("/", "/index.html"):
            self._send(HTTPStatus.OK, self.app.page(), "text/html")
        elif url.path != "/sparql":
            self._error(HTTPStatus.NOT_FOUND, "not found: the SPARQL endpoint is /sparql, the timeline /")
        else:
            self._handle(_form(url.query, "the URL"), None)

    def _post(self) -> None:
        from .workbench.routes import handle_post

        url = urlsplit(self.path)
        if handle_post(self, url.path):
            return
        if url.path != "/sparql":
            self._error(HTTPStatus.NOT_FOUND, "not found: POST queries to /sparql")
            return
        raw = self.read_body()
        ctype = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        params = _form(url.query, "the URL")
        if ctype == "application/sparql-update":
            raise Refused(HTTPStatus.BAD_REQUEST, "this endpoint is read-only: SPARQL Update is refused")
        try:
            body = raw.decode("utf-8")
        except UnicodeDecodeError:
            raise Refused(HTTPStatus.BAD_REQUEST, "the request body is not UTF-8") from None
        if ctype == "application/sparql-query":
            self._handle(params, body)
        elif ctype in ("application/x-www-form-urlencoded", ""):
            for k, v in _form(body, "the body").items():
                params.setdefault(k, []).extend(v)
            self._handle(params, None)
        else:
            raise Refused(HTTPStatus.UNSUPPORTED_MEDIA_TYPE, f"send application/sparql-query or a form, not {ctype}")

    def _handle(self, params: dict, body: str | None) -> None:
        if "update" in params:
            raise Refused(HTTPStatus.BAD_REQUEST, "this endpoint is read-only: SPARQL Update is refused")
        queries = params.get("query", [])
        sparql = body if body is not None else (queries[0] if len(queries) == 1 else None)
        if sparql is None or not sparql.strip():
            raise Refused(HTTPStatus.BAD_REQUEST, "give exactly one SPARQL query: ?query=... or a POST body")
        data, ctype, headers = self.app.answer(sparql, self.headers.get("Accept"),
                                               (params.get("format") or [None])[0],
                                               params.get("default-graph-uri", ()),
                                               params.get("named-graph-uri", ()))
        self._send(HTTPStatus.OK, data, ctype, headers)


def _form(text: str, where: str) -> dict[str, list[str]]:
    """Form fields of a query string or body; malformed percent-encoding or too many fields is a 400."""
    try:
        return parse_qs(text, keep_blank_values=True, errors="strict", max_num_fields=64)
    except (UnicodeDecodeError, ValueError) as exc:
        raise Refused(HTTPStatus.BAD_REQUEST, f"cannot read the form in {where}: {exc.__class__.__name__}") from None


def _stop_on_signal(signum, frame) -> None:
    raise KeyboardInterrupt


def serve(source, host: str = "127.0.0.1", port: int = 8000, **options) -> None:
    """Serve ``source`` (a KB, a store or its location) until interrupted (what ``kb serve`` runs)."""
    server = SPARQLServer(source, host, port, **options)
    if host not in ("127.0.0.1", "localhost", "::1"):
        print(f"warning: serving on {host}: anyone who can reach it can read the whole KB", file=sys.stderr)
    print(f"kb SPARQL endpoint at {server.url}/sparql, timeline at {server.url}/, events at {server.url}/events "
          "(Ctrl-C stops)", file=sys.stderr)
    if threading.current_thread() is threading.main_thread():
        import signal

        # `kill`, systemd and docker stop with SIGTERM: stop as on Ctrl-C, so the event index is closed and
        # the keeper's process stopped (SIGINT is ignored when started in the background by a shell).
        signal.signal(signal.SIGTERM, _stop_on_signal)
    server.index_keeper.check_saved()  # a saved event index is checked now; a first build waits for /events
    if server.review:
        print(f"review mode: corrections are written to the store; review token: {server.token}\n"
              f"open {server.url}/events?token={server.token} to review in the browser", file=sys.stderr)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.close()
