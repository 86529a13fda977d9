"""The workbench's HTTP routes in ``kb serve`` (called from :mod:`kb.server`'s handler).

Pages (HTML shells with their data as JSON; the scripts and styles are
files of this package served from ``/static/``, nothing from the network):

- ``/doc/{id}``: the document view; ``/events``: the event browser;
  ``/lanes``: the timeline in swimlanes by actor; ``/network``: who met whom;
  ``/sparql`` (a browser asking for HTML, no query): the query editor.

JSON and downloads: ``/api/events``, ``/api/export``, ``/api/network``,
``/api/doc/{id}``. Reads run in the query workers like every query.
Writes (``POST /api/review``) exist only when the server was started with
``review=True``; each needs the start-up token in ``X-KB-Token`` and a JSON
body, so a page from another site cannot make one.
"""

from __future__ import annotations

import hmac
import html
import json
import re
from http import HTTPStatus
from importlib.resources import files
from urllib.parse import unquote

from ..errors import InputError, KBError

__all__ = ["PAGES", "handle_get", "handle_post"]

PAGES = ("doc", "events", "lanes", "network", "sparql")
STATIC = {"workbench.css": "text/css", "common.js": "text/javascript", "doc.js": "text/javascript",
          "events.js": "text/javascript", "lanes.js": "text/javascript", "network.js": "text/javascript",
          "sparql.js": "text/javascript"}
EXPORT_LIMIT = 10000
LANES_LIMIT = 3000
MAX_PAGE = 200


# --------------------------------------------------------------------------- work done in a query worker
def doc_in_worker(store, doc_id: str) -> bytes | None:
    from .document import document_view

    view = document_view(store, doc_id)
    if view is None:
        return None
    view["corrections"] = _corrections(store, doc_id)
    return json.dumps(view, ensure_ascii=False).encode("utf-8")


def _corrections(store, doc_id: str) -> list[dict]:
    try:
        from ..review import Review
    except ImportError:
        return []
    return [{k: v for k, v in c.items() if isinstance(v, (str, int, float, bool, list, dict, type(None)))}
            for c in Review(store).list(doc_id=doc_id)]


def export_in_worker(store, iris: list[str], fmt: str) -> tuple[bytes, str, str]:
    """The chosen events (their IRIs, from the event index) in an export format."""
    from .. import exporters
    from .facets import IriSelection

    chosen = exporters.get(fmt)
    data = exporters.export(store, fmt, IriSelection(iris), mentions=True, title="kb events")
    body = data if isinstance(data, bytes) else data.encode("utf-8")
    return body, chosen.media_type, chosen.extension


def network_in_worker(store, since: str | None, until: str | None, types: list[str], actor: str | None) -> bytes:
    from ..network import actor_network

    nodes, edges = actor_network(store, since=since, until=until, types=types or None, actor=actor)
    return json.dumps({"nodes": nodes, "edges": edges}, ensure_ascii=False, default=str).encode("utf-8")


# --------------------------------------------------------------------------- pages
NOSCRIPT_SPARQL = """<noscript><form method="get" action="/sparql"><p><label for="plain-query">SPARQL query (kb's
prefixes are predeclared)</label></p><textarea id="plain-query" name="query" rows="10" cols="80">SELECT ?event ?type
WHERE { GRAPH ?g { ?event kb:eventType ?type } } LIMIT 50</textarea><p><label>Results as <select name="format">
<option>json</option><option>csv</option><option>tsv</option><option>xml</option></select></label>
<button type="submit">Run</button></p></form></noscript>"""


def _shell(name: str, title: str, data: dict, review: bool, noscript: str = "") -> bytes:
    template = (files(__package__) / "shell.html").read_text(encoding="utf-8")
    payload = json.dumps({**data, "review": review}, ensure_ascii=False).replace("<", "\\u003c")
    nav = "".join(f'<a href="{href}"{" aria-current=page" if key == name else ""}>{label}</a>'
                  for key, href, label in (("timeline", "/", "Timeline"), ("events", "/events", "Events"),
                                           ("lanes", "/lanes", "Lanes"), ("network", "/network", "Network"),
                                           ("sparql", "/sparql", "SPARQL")))
    fill = {"TITLE": html.escape(title), "NAV": nav, "PAGE": name, "DATA": payload, "NOSCRIPT": noscript}
    return re.sub(r"__(TITLE|NAV|PAGE|DATA|NOSCRIPT)__", lambda m: fill[m.group(1)], template).encode("utf-8")


def _sparql_page_data() -> dict:
    from .. import queries
    from ..rdf.namespaces import sparql_prefixes

    examples = [{"name": q.name, "description": q.description, "text": q.text,
                 "params": [{"name": p.name, "type": p.type, "default": p.default} for p in q.params]}
                for q in (queries.get(n) for n in queries.names())]
    return {"prefixes": sparql_prefixes(), "examples": examples}


# --------------------------------------------------------------------------- request handling
def _one(params: dict, key: str) -> str | None:
    values = params.get(key) or []
    return values[0] if values else None


def _filters(params: dict) -> dict[str, list[str]]:
    from .facets import FACETS

    return {f: [v for v in params.get(f, []) if v] for f in FACETS if params.get(f)}


def _int(params: dict, key: str, default: int, lo: int, hi: int) -> int:
    raw = _one(params, key)
    if raw is None or raw == "":
        return default
    try:
        value = int(raw)
    except ValueError:
        raise InputError(f"{key} must be a whole number, not {raw!r}") from None
    return max(lo, min(hi, value))


def handle_get(handler, path: str, query: str) -> bool:
    """Answer a workbench GET; ``False`` when ``path`` is not one of its routes."""
    from ..server import Refused, _form

    app = handler.app
    if path == "/favicon.ico":  # browsers ask; kb has none
        handler._send(HTTPStatus.NO_CONTENT, b"", "image/x-icon")
        return True
    if path.startswith("/static/"):
        name = path[len("/static/"):]
        if name not in STATIC:
            raise Refused(HTTPStatus.NOT_FOUND, f"no static file {name!r}")
        body = (files(__package__) / name).read_bytes()
        handler._send(HTTPStatus.OK, body, STATIC[name], {"Cache-Control": "max-age=300"})
        return True
    params = _form(query, "the URL")
    try:
        _check_params(path, params)
        return _route_get(handler, app, path, params)
    except InputError as exc:
        raise Refused(HTTPStatus.BAD_REQUEST, str(exc)) from None
    except Building as exc:  # 202: accepted, not ready; the pages ask again (Retry-After)
        if path == "/api/export":
            raise Refused(HTTPStatus.SERVICE_UNAVAILABLE, str(exc)) from None
        body = json.dumps({"building": True, "message": str(exc)}).encode("utf-8")
        handler._send(HTTPStatus.ACCEPTED, body, "application/json", {"Retry-After": "2"})
        return True


def _api_params(path: str) -> tuple[str, ...] | None:
    """The parameters a JSON route reads (None: a page, or a route that takes none)."""
    from .facets import FACETS

    return {"/api/events": (*FACETS, "q", "page", "size"),
            "/api/export": (*FACETS, "q", "format"),
            "/api/lanes": ("limit",),
            "/api/network": ("since", "until", "type", "actor")}.get(path)


def _check_params(path: str, params: dict) -> None:
    """A parameter a JSON route does not read is an error, not ignored: a script that asks
    ``/api/events?since=2020`` must not receive every event as if the filter had applied."""
    known = _api_params(path)
    unknown = sorted(set(params) - set(known)) if known is not None else []
    if unknown:
        raise InputError(f"{path} has no parameter {unknown[0]!r}; it takes {', '.join(known)}")


def _doc_id(path: str, prefix: str) -> str:
    from .document import doc_id_ok

    try:
        doc_id = unquote(path[len(prefix):], errors="strict")
    except UnicodeDecodeError:
        raise InputError("the document id in the URL is not UTF-8") from None
    if not doc_id_ok(doc_id):
        raise InputError("not a document id")
    return doc_id


def _route_get(handler, app, path: str, params: dict) -> bool:
    from ..server import Refused

    send_json = lambda body: handler._send(HTTPStatus.OK, body, "application/json")  # noqa: E731
    if path.startswith("/doc/") or path.startswith("/api/doc/"):
        api = path.startswith("/api/")
        doc_id = _doc_id(path, "/api/doc/" if api else "/doc/")
        body = app._in_worker(doc_in_worker, doc_id)
        if body is None:
            raise Refused(HTTPStatus.NOT_FOUND, f"no document {doc_id!r} in the KB")
        if api:
            send_json(body)
        else:
            from ..model import EVENT_TYPES, STATUSES

            view = {**json.loads(body), "types": list(EVENT_TYPES), "statuses": list(STATUSES)}
            handler._send(HTTPStatus.OK, _shell("doc", view.get("title") or doc_id, view, app.review), "text/html")
        return True
    if path == "/events":
        from .. import exporters

        formats = [f.name for f in exporters.formats()]
        handler._send(HTTPStatus.OK, _shell("events", "Events", {"formats": formats}, app.review), "text/html")
    elif path == "/api/events":
        wanted = (_filters(params), _one(params, "q"), _int(params, "page", 1, 1, 10 ** 7),
                  _int(params, "size", 50, 1, MAX_PAGE))
        index, stale = _index(app)
        page = index.page(*wanted)
        page["stale"] = stale
        send_json(json.dumps(page, ensure_ascii=False).encode("utf-8"))
    elif path == "/api/export":
        _export(handler, app, params)
    elif path == "/lanes":
        handler._send(HTTPStatus.OK, _shell("lanes", "Lanes", {"limit": LANES_LIMIT}, app.review), "text/html")
    elif path == "/api/lanes":
        limit = _int(params, "limit", LANES_LIMIT, 1, LANES_LIMIT)
        events = _index(app)[0].latest(limit)
        send_json(json.dumps({"events": events}, ensure_ascii=False).encode("utf-8"))
    elif path == "/network":
        handler._send(HTTPStatus.OK, _shell("network", "Who met whom", {}, app.review), "text/html")
    elif path == "/api/network":
        _network(handler, app, params)
    elif path == "/sparql":  # only a browser without a query reaches this
        handler._send(HTTPStatus.OK, _shell("sparql", "SPARQL", _sparql_page_data(), app.review,
                                                        NOSCRIPT_SPARQL), "text/html")
    else:
        return False
    return True


class Building(Exception):
    """The event index does not exist yet; its first build is running."""


def _index(app):
    """(the event index, whether it is stale); :class:`Building` while the first build runs."""
    from ..server import Refused

    index, stale = app.index_keeper.get()
    if index is None:
        failure = app.index_keeper.failure
        if failure:  # 503: the next request after a pause builds it again
            raise Refused(HTTPStatus.SERVICE_UNAVAILABLE, failure)
        if app.index_keeper.checking:
            raise Building("checking the event index saved by the last run; try again in a few seconds")
        raise Building(f"building the event index ({app.index_keeper.progress()} events so far); "
                       "try again in a few seconds")
    return index, stale


def _export(handler, app, params: dict) -> None:
    from .. import exporters
    from ..server import Refused

    fmt = _one(params, "format") or "csv"
    try:
        exporters.get(fmt)
    except KBError as exc:
        raise Refused(HTTPStatus.BAD_REQUEST, str(exc)) from None
    iris = _index(app)[0].iris(_filters(params), _one(params, "q"), min(app.limit, EXPORT_LIMIT))
    body, media, ext = app._in_worker(export_in_worker, iris, fmt)
    handler._send(HTTPStatus.OK, body, media, {"Content-Disposition": f'attachment; filename="kb-events.{ext}"'})


def _network(handler, app, params: dict) -> None:
    from ..timeline import parse_window

    actor = _one(params, "actor") or None
    body = app._in_worker(network_in_worker, *parse_window(_one(params, "since"), _one(params, "until")),
                          [t for t in params.get("type", []) if t], actor)
    handler._send(HTTPStatus.OK, body, "application/json")


# --------------------------------------------------------------------------- review (writes)
REVIEW_ACTIONS = ("accept", "reject", "correct", "add_event", "check_claim")
MAX_REVIEW_BODY = 64 * 1024


def handle_post(handler, path: str) -> bool:
    """Answer a workbench POST (``/api/review``); ``False`` for any other path."""
    from ..server import Refused

    if path != "/api/review":
        return False
    app = handler.app
    if not app.review:
        raise Refused(HTTPStatus.FORBIDDEN, "this server is read-only; start it with kb serve --review to correct events")
    token = handler.headers.get("X-KB-Token") or ""
    if not hmac.compare_digest(token.encode("utf-8", "replace"), app.token.encode("utf-8")):
        raise Refused(HTTPStatus.FORBIDDEN, "a review needs the token kb serve --review printed at start-up "
                                            "(X-KB-Token header)")
    ctype = (handler.headers.get("Content-Type") or "").split(";")[0].strip().lower()
    if ctype != "application/json":
        raise Refused(HTTPStatus.UNSUPPORTED_MEDIA_TYPE, "send the review as application/json")
    raw = handler.read_body()
    if len(raw) > MAX_REVIEW_BODY:
        raise Refused(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, "the review is too large")
    try:
        request = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise Refused(HTTPStatus.BAD_REQUEST, "the review body is not JSON") from None
    if not isinstance(request, dict):
        raise Refused(HTTPStatus.BAD_REQUEST, "the review body must be a JSON object")
    try:
        iri = app.write_review(request)
    except InputError as exc:
        raise Refused(HTTPStatus.BAD_REQUEST, str(exc)) from None
    handler._send(HTTPStatus.OK, json.dumps({"ok": True, "iri": iri}).encode("utf-8"), "application/json")
    return True


def _text_field(request: dict, key: str, required: bool = False, limit: int = 2000) -> str | None:
    value = request.get(key)
    if value is None or value == "":
        if required:
            raise InputError(f"the review needs {key!r}")
        return None
    if not isinstance(value, str) or len(value) > limit:
        raise InputError(f"{key!r} must be a text of at most {limit} characters")
    return value


def apply_review(store, request: dict, who: str) -> str:
    """Run one review action (the parsed JSON of ``POST /api/review``) with :class:`kb.review.Review`."""
    try:
        from ..review import Review, ReviewError
    except ImportError:
        raise InputError("reviews need kb.review, not in this build") from None
    action = _text_field(request, "action", True)
    if action not in REVIEW_ACTIONS:
        raise InputError(f"unknown review action {action!r}; choose from {', '.join(REVIEW_ACTIONS)}")
    doc = _text_field(request, "doc", True)
    note = _text_field(request, "note")
    rv = Review(store)
    try:
        if action in ("accept", "reject"):
            return getattr(rv, action)(doc, _text_field(request, "event", True), who, note=note)
        if action == "correct":
            changes = request.get("changes")
            if not isinstance(changes, dict) or not changes:
                raise InputError("a correction needs 'changes': an object of type, participants, place, date, status")
            return rv.correct(doc, _text_field(request, "event", True), who, changes, note=note)
        if action == "check_claim":
            return rv.check_claim(doc, _text_field(request, "claim", True), who,
                                  _text_field(request, "verdict") or "checked", note=note)
        start, end = request.get("start"), request.get("end")
        if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end):
            raise InputError("a new event needs 'start' < 'end': character offsets of its evidence")
        participants = request.get("participants") or []
        if not isinstance(participants, list) or not all(isinstance(p, str) for p in participants):
            raise InputError("'participants' must be a list of names, QIDs or IRIs")
        return rv.add_event(doc, who, start, end, _text_field(request, "type", True), participants=participants,
                            place=_text_field(request, "place"), date=_text_field(request, "date"),
                            status=_text_field(request, "status"))
    except ReviewError as exc:
        raise InputError(str(exc)) from None
