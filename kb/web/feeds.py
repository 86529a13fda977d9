"""RSS/Atom feeds and sitemaps: the list of pages they point to, with the dates they give.

A feed item's date (``published``, else ``updated``) is the publication date of
its page when the page itself carries none. A sitemap gives URLs with an
optional ``lastmod`` (a modification date, used the same way as a feed date
only as a fallback) and may point to further sitemaps.
"""

from __future__ import annotations

import datetime as _dt
import xml.etree.ElementTree as ET
from dataclasses import dataclass

from kb.errors import InputError

__all__ = ["Item", "feed_items", "is_sitemap", "sitemap_items"]

_SITEMAP_NS = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


@dataclass(frozen=True)
class Item:
    url: str
    published: str | None  # ISO date
    title: str | None = None
    sitemap: bool = False  # a further sitemap, not a page


def is_sitemap(data: bytes) -> bool:
    """True for an XML sitemap or sitemap index (by its root element)."""
    head = data[:2048].lstrip()
    return b"<urlset" in head or b"<sitemapindex" in head


def feed_items(data: bytes, *, where: str) -> list[Item]:
    """The items of an RSS or Atom feed that link to a page."""
    import feedparser

    parsed = feedparser.parse(data)
    if not parsed.get("version") and not parsed.entries:
        reason = parsed.get("bozo_exception")
        raise InputError(f"{where}: not an RSS or Atom feed{f' ({reason})' if reason else ''}")
    out = []
    for entry in parsed.entries:
        link = entry.get("link")
        if not link:
            continue
        when = entry.get("published_parsed") or entry.get("updated_parsed")
        date = _dt.date(*when[:3]).isoformat() if when else None
        out.append(Item(link, date, entry.get("title")))
    return out


def sitemap_items(data: bytes, *, where: str) -> list[Item]:
    """The pages (and nested sitemaps) a sitemap lists."""
    try:
        root = ET.fromstring(data)
    except ET.ParseError as exc:
        raise InputError(f"{where}: not a valid sitemap ({exc})") from None
    nested = root.tag == f"{_SITEMAP_NS}sitemapindex"
    out = []
    for node in root:
        loc = node.findtext(f"{_SITEMAP_NS}loc")
        if not loc:
            continue
        lastmod = (node.findtext(f"{_SITEMAP_NS}lastmod") or "").strip()[:10] or None
        out.append(Item(loc.strip(), lastmod, sitemap=nested))
    return out
