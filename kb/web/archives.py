"""Web archives (WARC, gzipped or not): every HTML page they hold, with its URL.

Only ``response`` records with an HTTP status 200 and an HTML content type are
pages; requests, metadata, redirects and images are skipped. The page's
publication date comes from its own metadata (the crawl date ``WARC-Date`` is
when it was archived, not when it was published, and is never used as one).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from kb.errors import InputError

__all__ = ["warc_pages"]

_HTML = ("text/html", "application/xhtml+xml")


def warc_pages(path: Path) -> Iterator[tuple[str, bytes]]:
    """``(target URL, HTML body)`` of each HTML response in a WARC file."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    try:
        with path.open("rb") as stream:
            for record in ArchiveIterator(stream):
                if record.rec_type != "response" or record.http_headers is None:
                    continue
                status = (record.http_headers.get_statuscode() or "").strip()
                ctype = (record.http_headers.get_header("Content-Type") or "").split(";")[0].strip().lower()
                if status != "200" or ctype not in _HTML:
                    continue
                url = record.rec_headers.get_header("WARC-Target-URI")
                yield url, record.content_stream().read()
    except ArchiveLoadFailed as exc:
        raise InputError(f"{path}: not a readable WARC file ({exc})") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None
