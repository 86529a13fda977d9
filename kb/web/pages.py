"""A web page as a kb document record: its main text, title, publication date and language.

The main text comes from trafilatura (menus, footers and link lists left out),
the publication date from the page's own metadata via htmldate (the original
publication date, not the last update; a date that appears only in running text
is not taken), the language from the page's ``lang`` attribute when it names
one. A page whose metadata carries no date gets ``published`` from the caller
(a feed item's date), else none: kb then warns and leaves relative dates
unresolved rather than guessing.
"""

from __future__ import annotations

import hashlib
import re
from urllib.parse import urlsplit

from kb.errors import InputError

__all__ = ["page_record", "record_id"]

_LANG = re.compile(rb"<html[^>]*\slang\s*=\s*[\"']?([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]+)?[\"'\s>]", re.I)
_ID_UNSAFE = re.compile(r"[^A-Za-z0-9._~:/-]+")


def record_id(url: str) -> str:
    """A document id for a URL: host and path, readable, at most 200 characters.

    >>> record_id("https://www.example.org/news/2023/06/visit.html?ref=rss")
    'www.example.org/news/2023/06/visit.html-b5ba88f3'
    """
    parts = urlsplit(url)
    readable = _ID_UNSAFE.sub("-", f"{parts.netloc}{parts.path}").strip("-/") or "page"
    digest = hashlib.sha1(url.encode("utf-8")).hexdigest()[:8]
    return f"{readable[:180]}-{digest}"


def page_record(html: bytes | str, *, url: str | None, published: str | None = None,
                title: str | None = None, where: str | None = None) -> dict:
    """The JSON record (``id``, ``text``, ``published``, ``source``, ``title``, ``lang``) of one HTML page.

    ``published``/``title`` are used when the page's own metadata has none.
    Raises :class:`kb.errors.InputError` when the page has no main text.
    """
    import htmldate
    import trafilatura

    where = where or url or "page"
    raw = html.encode("utf-8") if isinstance(html, str) else html
    doc = trafilatura.bare_extraction(raw, url=url, with_metadata=True, favor_precision=True,
                                      include_comments=False, include_tables=False)
    text = (doc.text if doc is not None else "") or ""
    if not text.strip():
        raise InputError(f"{where}: no main text found in the page")
    found = htmldate.find_date(raw, original_date=True, extensive_search=False, url=url)
    lang = _LANG.search(raw[:65536])
    return {
        "id": record_id(url) if url else None,
        "text": text,
        "published": found or published,
        "source": url,
        "title": (doc.title if doc is not None else None) or title,
        "lang": lang.group(1).decode("ascii").lower() if lang else None,
        "published_from": "page metadata" if found else ("feed" if published else None),
    }
