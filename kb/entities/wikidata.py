"""The shipped Wikidata queries (``kb/entities/queries/*.rq``) and running them (``kb gazetteer update``).

Each query returns rows ``kb gazetteer add`` reads (see :mod:`kb.entities.imports`): terms of
office for heads of state and government, foreign ministers and leaders of international
organisations, and countries and capitals. :func:`run_queries` sends them to a SPARQL endpoint
(the Wikidata Query Service unless told otherwise) -- the only network access kb makes for the
gazetteer, and only when the user runs ``kb gazetteer update``.
"""

from __future__ import annotations

import json
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

from ..errors import InputError, KBError
from .imports import entries_from_records, sparql_json_records

__all__ = ["QUERY_DIR", "WDQS", "queries", "query_text", "run_queries"]

QUERY_DIR = Path(__file__).resolve().parent / "queries"
WDQS = "https://query.wikidata.org/sparql"


def queries() -> list[tuple[str, str]]:
    """(name, title) of every shipped query, by name; the title is the query's first comment line."""
    out = []
    for path in sorted(QUERY_DIR.glob("*.rq")):
        first = path.read_text(encoding="utf-8").split("\n", 1)[0]
        out.append((path.stem, first.lstrip("# ").strip()))
    return out


def query_text(name: str) -> str:
    """The text of shipped query ``name``."""
    names = [n for n, _ in queries()]
    if name not in names:
        raise InputError(f"no shipped query {name!r}; the queries are {', '.join(names)}")
    return (QUERY_DIR / f"{name}.rq").read_text(encoding="utf-8")


def _check_endpoint(url: str) -> str:
    parts = urllib.parse.urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise InputError(f"--endpoint {url!r} is not an http(s) URL")
    return url


def ask(endpoint: str, query: str, *, timeout: float = 120) -> dict:
    """SPARQL JSON results of ``query`` at ``endpoint`` (POST, form-encoded)."""
    from .. import __version__

    data = urllib.parse.urlencode({"query": query}).encode()
    request = urllib.request.Request(_check_endpoint(endpoint), data=data, method="POST", headers={
        "Accept": "application/sparql-results+json",
        "Content-Type": "application/x-www-form-urlencoded",
        # the Wikidata Query Service asks clients to say who they are
        "User-Agent": f"kb/{__version__} (kb gazetteer update; https://w3id.org/kb)"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310 -- scheme checked
            body = response.read()
    except urllib.error.HTTPError as exc:
        detail = " ".join(exc.read(300).decode("utf-8", "replace").split())
        raise KBError(f"{endpoint}: the endpoint answered {exc.code} {exc.reason}: {detail[:200]}") from None
    except (urllib.error.URLError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        raise KBError(f"{endpoint}: cannot reach the endpoint ({reason})") from None
    try:
        return json.loads(body)
    except (json.JSONDecodeError, UnicodeDecodeError):
        raise KBError(f"{endpoint}: the answer is not SPARQL JSON results") from None


def run_queries(endpoint: str, names: list[str] | None = None, *, timeout: float = 120,
                skipped: list[str] | None = None) -> Iterator[tuple[str, list[tuple[str, list[str]]]]]:
    """(query name, entries) for each shipped query (or those ``names``) run at ``endpoint``.

    Rows kb cannot use (an office it has no role for, an entity without a name) are left out,
    their reasons added to ``skipped``; the rest is imported."""
    _check_endpoint(endpoint)
    chosen = names or [n for n, _ in queries()]
    texts = {n: query_text(n) for n in chosen}  # an unknown name fails before any request
    for name in chosen:
        data = ask(endpoint, texts[name], timeout=timeout)
        source = f"{name} at {endpoint}"
        records = list(sparql_json_records(data, source))
        yield name, entries_from_records(records, source, skipped=[] if skipped is None else skipped)
