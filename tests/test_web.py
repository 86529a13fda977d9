"""Web input: HTML pages, URLs, RSS/Atom feeds, sitemaps and WARC files, all served from 127.0.0.1.

The pages and feeds are fixtures written for these tests (tests/fixtures/web/).
"""

from __future__ import annotations

import http.server
import io
import threading
from pathlib import Path

import pytest

pytest.importorskip("trafilatura")
pytest.importorskip("warcio")

from kb.document import document_from_record  # noqa: E402
from kb.pipeline import analyse  # noqa: E402
from kb.web import Problem, iter_records  # noqa: E402
from kb.web.fetch import FetchError, HttpFetcher  # noqa: E402

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "web"


def _rss(base: str) -> bytes:
    items = "".join(
        f"<item><title>{title}</title><link>{base}/{page}</link><pubDate>{date}</pubDate></item>"
        for title, page, date in [
            ("Visit", "news/visit.html", "Tue, 06 Jun 2023 10:00:00 GMT"),
            ("Oslo", "news/undated.html", "Wed, 14 Jun 2023 08:00:00 GMT"),
            ("Gone", "news/missing.html", "Thu, 15 Jun 2023 08:00:00 GMT"),
        ])
    return (f'<?xml version="1.0"?><rss version="2.0"><channel><title>Example</title><link>{base}</link>'
            f"<description>Test feed</description>{items}</channel></rss>").encode()


class _Site:
    """A tiny web site on 127.0.0.1: fixture pages, a feed, a sitemap, robots.txt, and faults on demand."""

    def __init__(self):
        self.hits: list[str] = []
        self.flaky_left = 0
        site = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def do_GET(self):  # noqa: N802
                site.hits.append(self.path)
                body, ctype, status = site.route(self.path)
                self.send_response(status)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.base = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def route(self, path: str) -> tuple[bytes, str, int]:
        if path == "/robots.txt":
            return b"User-agent: *\nDisallow: /private/\n", "text/plain", 200
        if path.startswith("/news/") and (FIXTURES / path.rsplit("/", 1)[-1]).exists():
            return (FIXTURES / path.rsplit("/", 1)[-1]).read_bytes(), "text/html; charset=utf-8", 200
        if path == "/feed.xml":
            return _rss(self.base), "application/rss+xml", 200
        if path == "/sitemap.xml":
            return (f'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
                    f"<url><loc>{self.base}/news/visit.html</loc><lastmod>2023-06-06</lastmod></url>"
                    f"</urlset>").encode(), "application/xml", 200
        if path == "/private/page.html":
            return (FIXTURES / "visit.html").read_bytes(), "text/html", 200
        if path == "/big.html":
            return b"<html><body>" + b"x" * 5000 + b"</body></html>", "text/html", 200
        if path == "/flaky.html":
            if self.flaky_left > 0:
                self.flaky_left -= 1
                return b"busy", "text/plain", 503
            return (FIXTURES / "visit.html").read_bytes(), "text/html", 200
        return b"not found", "text/plain", 404

    def close(self):
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def site():
    s = _Site()
    yield s
    s.close()


def _fast(**kw) -> HttpFetcher:
    return HttpFetcher(timeout=5, backoff=0.01, **kw)


def test_a_page_file_yields_its_main_text_and_the_date_in_its_metadata():
    [rec] = list(iter_records(FIXTURES / "visit.html"))
    assert rec["published"] == "2023-06-06" and rec["lang"] == "de" and rec["id"] == "visit"
    assert "Bundeskanzler Olaf Scholz reist am Donnerstag" in rec["text"]
    assert "Impressum" not in rec["text"] and "Politik" not in rec["text"]  # site chrome left out
    analysis = analyse(document_from_record(rec, where="visit.html"))
    visits = [e for e in analysis.events if e.type in ("StateVisit", "Visit")]
    assert visits, analysis.as_record()
    # "am Donnerstag" in an announcement published on Tuesday 2023-06-06: the coming Thursday
    assert any(e.date is not None and e.date.value.startswith("2023-06-08") for e in visits)


def test_a_page_without_a_date_in_its_metadata_has_none():
    [rec] = list(iter_records(FIXTURES / "undated.html"))
    assert rec["published"] is None and rec["lang"] == "en"


def test_a_feed_url_gives_every_item_with_the_feed_date_and_reports_the_missing_one(site):
    out = list(iter_records(f"{site.base}/feed.xml", fetcher=_fast()))
    records = [r for r in out if isinstance(r, dict)]
    problems = [r for r in out if isinstance(r, Problem)]
    assert len(records) == 2 and len(problems) == 1
    by_source = {r["source"]: r for r in records}
    visit = by_source[f"{site.base}/news/visit.html"]
    undated = by_source[f"{site.base}/news/undated.html"]
    assert visit["published"] == "2023-06-06" and visit["published_from"] == "page metadata"
    assert undated["published"] == "2023-06-14" and undated["published_from"] == "feed"
    assert "404" in problems[0].message and problems[0].where.endswith("/news/missing.html")
    # the page's events are dated against the feed's date: "on Friday" after Wednesday 2023-06-14
    analysis = analyse(document_from_record(undated, where="feed item"))
    meetings = [e for e in analysis.events if e.type == "Meeting" and e.status == "planned"]
    assert meetings and meetings[0].date.value == "2023-06-16"


def test_a_local_feed_file_names_pages_that_are_fetched(site, tmp_path):
    feed = tmp_path / "feed.rss"
    feed.write_bytes(_rss(site.base))
    out = list(iter_records(feed, fetcher=_fast()))
    assert sum(isinstance(r, dict) for r in out) == 2


def test_a_sitemap_gives_its_pages(site):
    [rec] = list(iter_records(f"{site.base}/sitemap.xml", fetcher=_fast()))
    assert rec["source"] == f"{site.base}/news/visit.html" and rec["published"] == "2023-06-06"


def _warc(path: Path, base: str) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=True)
        for name, ctype, status in [("visit.html", "text/html; charset=utf-8", "200 OK"),
                                    ("undated.html", "text/html", "200 OK"),
                                    ("visit.html", "text/html", "404 Not Found")]:
            body = (FIXTURES / name).read_bytes()
            headers = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(f"{base}/{name}", "response",
                                                          payload=io.BytesIO(body), http_headers=headers))
        image = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(f"{base}/logo.png", "response",
                                                      payload=io.BytesIO(b"\x89PNG..."), http_headers=image))


def test_a_warc_file_gives_every_html_response(tmp_path):
    path = tmp_path / "crawl.warc.gz"
    _warc(path, "https://news.example.org")
    records = list(iter_records(path))
    assert [r["source"] for r in records] == ["https://news.example.org/visit.html",
                                              "https://news.example.org/undated.html"]
    assert records[0]["published"] == "2023-06-06"  # from the page, never the crawl date
    assert records[1]["published"] is None


def test_a_broken_warc_file_is_one_problem(tmp_path):
    bad = tmp_path / "bad.warc"
    bad.write_bytes(b"this is not a web archive\n" * 10)
    out = list(iter_records(bad))
    assert len(out) == 1 and isinstance(out[0], Problem)


def test_the_fetcher_respects_robots_txt(site):
    with pytest.raises(FetchError, match="robots.txt"):
        _fast().get(f"{site.base}/private/page.html")
    assert "/private/page.html" not in site.hits


def test_the_fetcher_retries_server_errors_and_bounds_sizes(site):
    site.flaky_left = 2
    resp = _fast(retries=3).get(f"{site.base}/flaky.html")
    assert resp.status == 200 and site.hits.count("/flaky.html") == 3
    site.flaky_left = 5
    with pytest.raises(FetchError, match="503"):
        _fast(retries=1).get(f"{site.base}/flaky.html")
    with pytest.raises(FetchError, match="larger than"):
        _fast(max_bytes=1000).get(f"{site.base}/big.html")
    before = site.hits.count("/nothing-here")
    with pytest.raises(FetchError, match="404"):
        _fast(retries=3).get(f"{site.base}/nothing-here")
    assert site.hits.count("/nothing-here") == before + 1  # a 404 is not retried


def test_only_http_urls_are_fetched():
    with pytest.raises(FetchError, match="only http"):
        HttpFetcher().get("file:///etc/passwd")
