"""News as researchers have it: HTML pages, URLs, RSS/Atom feeds, sitemaps and WARC archives.

:func:`iter_records` turns one input (a local file or an ``http(s)://`` URL)
into kb document records (the JSON record ``kb ingest`` reads: ``id``,
``text``, ``published``, ``source``, ``title``, ``lang``), one per page, or a
:class:`Problem` per page that could not be read, so one bad page never costs
the others. Giving a URL, a feed or a sitemap is what allows kb to fetch: the
pages they name are fetched through :class:`kb.web.fetch.HttpFetcher`
(timeouts, size limit, robots.txt, back-off); nothing else reaches the network.

Needs the optional extra ``kb[web]`` (trafilatura, htmldate, feedparser, warcio).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING
from pathlib import Path
from urllib.parse import urlsplit

from kb.errors import InputError

# .fetch imports urllib.request (~0.1 s): loaded when a page is fetched, not by every
# ``kb extract`` or ``kb ingest`` that only asks is_url/is_web_file (issue 16)
_FETCH_NAMES = ("Fetcher", "FetchError", "HttpFetcher")
if TYPE_CHECKING:
    from .fetch import Fetcher


def __getattr__(name: str):
    if name in _FETCH_NAMES:
        from . import fetch

        return getattr(fetch, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _default_fetcher() -> Fetcher:
    """``HttpFetcher()``, the class looked up on this module (a test may replace it there)."""
    fetcher_class = globals().get("HttpFetcher")
    if fetcher_class is None:
        from .fetch import HttpFetcher as fetcher_class
    return fetcher_class()

__all__ = ["Fetcher", "HttpFetcher", "Problem", "WEB_SUFFIXES", "is_url", "is_web_file", "iter_records"]

WEB_SUFFIXES = (".html", ".htm", ".xhtml", ".warc", ".warc.gz", ".rss", ".atom", ".xml")
_MAX_DEPTH = 3  # a feed or sitemap reached through this many others is not followed


@dataclass(frozen=True)
class Problem:
    """One page or input that could not be read, and why (one line)."""

    where: str
    message: str


def is_url(spec: str | Path) -> bool:
    parts = urlsplit(str(spec))
    return parts.scheme in ("http", "https") and bool(parts.netloc)


def is_web_file(path: Path) -> bool:
    name = path.name.lower()
    return any(name.endswith(suffix) for suffix in WEB_SUFFIXES)


def _require_extra() -> None:
    try:
        import feedparser  # noqa: F401
        import htmldate  # noqa: F401
        import trafilatura  # noqa: F401
        import warcio  # noqa: F401
    except ImportError as exc:
        raise InputError(f"reading web pages needs the optional extra: pip install 'kb[web]' ({exc.name} is "
                         "missing)") from None


def iter_records(spec: str | Path, *, fetcher: Fetcher | None = None) -> Iterator[dict | Problem]:
    """Records of the pages one input holds or names (see the module docs)."""
    _require_extra()
    if is_url(spec):
        yield from _from_url(str(spec), fetcher or _default_fetcher(), depth=0)
        return
    path = Path(spec)
    name = path.name.lower()
    try:
        if name.endswith((".warc", ".warc.gz")):
            yield from _from_warc(path)
            return
        data = path.read_bytes()
    except InputError as exc:
        yield Problem(str(path), str(exc))
        return
    except OSError as exc:
        yield Problem(str(path), f"cannot read ({exc.strerror or exc})")
        return
    yield from _from_bytes(data, where=str(path), url=None, kind=_kind_of_file(name, data),
                           fetcher=fetcher, depth=0)


def _kind_of_file(name: str, data: bytes) -> str:
    if name.endswith((".html", ".htm", ".xhtml")):
        return "page"
    from .feeds import is_sitemap

    return "sitemap" if is_sitemap(data) else "feed"


def _kind_of_response(content_type: str, data: bytes) -> str:
    from .feeds import is_sitemap

    if content_type in ("text/html", "application/xhtml+xml"):
        return "page"
    if is_sitemap(data):
        return "sitemap"
    return "feed"


def _from_url(url: str, fetcher: Fetcher, *, depth: int, published: str | None = None,
              title: str | None = None) -> Iterator[dict | Problem]:
    from .fetch import FetchError

    try:
        resp = fetcher.get(url)
    except FetchError as exc:
        yield Problem(url, str(exc).removeprefix(f"{url}: "))
        return
    kind = _kind_of_response(resp.content_type, resp.body)
    yield from _from_bytes(resp.body, where=url, url=resp.url, kind=kind, fetcher=fetcher, depth=depth,
                           published=published, title=title)


def _from_bytes(data: bytes, *, where: str, url: str | None, kind: str, fetcher: Fetcher | None, depth: int,
                published: str | None = None, title: str | None = None) -> Iterator[dict | Problem]:
    from .feeds import feed_items, sitemap_items
    from .pages import page_record

    if kind != "page" and depth >= _MAX_DEPTH:
        yield Problem(where, f"feeds or sitemaps nested deeper than {_MAX_DEPTH}; not followed")
        return
    try:
        if kind == "page":
            record = page_record(data, url=url, published=published, title=title, where=where)
            if record["id"] is None:  # a local file: named after the file, as .txt files are
                record["id"] = Path(where).stem
                record["source"] = record["source"] or Path(where).name
            yield record
            return
        items = sitemap_items(data, where=where) if kind == "sitemap" else feed_items(data, where=where)
    except InputError as exc:
        yield Problem(where, str(exc).removeprefix(f"{where}: "))
        return
    if not items:
        yield Problem(where, f"the {kind} lists no pages")
        return
    fetcher = fetcher or _default_fetcher()
    for item in items:
        if item.sitemap:
            yield from _from_url(item.url, fetcher, depth=depth + 1)
        else:
            yield from _from_url(item.url, fetcher, depth=depth + 1, published=item.published, title=item.title)


def _from_warc(path: Path) -> Iterator[dict | Problem]:
    from .archives import warc_pages
    from .pages import page_record

    found = False
    for url, body in warc_pages(path):
        found = True
        try:
            yield page_record(body, url=url, where=f"{path} ({url})")
        except InputError as exc:
            yield Problem(f"{path} ({url})", str(exc).split(": ", 1)[-1])
    if not found:
        yield Problem(str(path), "the archive holds no HTML pages")
