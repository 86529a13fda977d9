"""Fetching web pages politely, and only when the user asked for a URL.

Everything that reaches the network goes through one method,
:meth:`Fetcher.get`, so tests use a local server (or a stand-in fetcher) and
nothing else in kb opens a connection. :class:`HttpFetcher` is bounded:

- a timeout per request and a size limit per response (read in chunks, never
  more than the limit);
- an honest user agent;
- robots.txt of each host respected (fetched once per host; a host whose
  robots.txt cannot be read is treated as allowing everything, as crawlers do
  for a missing file, but a 401/403 on robots.txt forbids the host);
- retries with exponential back-off on connection errors, 429 and 5xx
  (``Retry-After`` honoured up to a cap), never on other 4xx;
- only ``http`` and ``https`` URLs.
"""

from __future__ import annotations

import time
import urllib.error
import urllib.request
import urllib.robotparser
from dataclasses import dataclass, field
from urllib.parse import urlsplit, urlunsplit

from kb import __version__
from kb.errors import InputError

__all__ = ["FetchError", "Fetcher", "HttpFetcher", "Response"]

USER_AGENT = f"kb/{__version__} (event-timeline knowledge base; research use)"


class FetchError(InputError):
    """A URL could not be fetched (after retries), or robots.txt forbids it."""


@dataclass(frozen=True)
class Response:
    url: str  # the final URL, after redirects
    status: int
    content_type: str  # without parameters, lower case ("text/html")
    body: bytes
    charset: str | None = None


class Fetcher:
    """The one way kb reads from the network."""

    def get(self, url: str) -> Response:  # pragma: no cover - interface
        raise NotImplementedError


@dataclass
class HttpFetcher(Fetcher):
    timeout: float = 20.0
    max_bytes: int = 20 * 1024 * 1024
    retries: int = 3
    backoff: float = 1.0  # seconds before the first retry; doubled each time
    max_wait: float = 30.0  # cap on any single wait (Retry-After included)
    user_agent: str = USER_AGENT
    respect_robots: bool = True
    _robots: dict[str, urllib.robotparser.RobotFileParser | None] = field(default_factory=dict, repr=False)

    def get(self, url: str) -> Response:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise FetchError(f"{url}: only http(s) URLs can be fetched")
        if self.respect_robots and not self._allowed(url):
            raise FetchError(f"{url}: robots.txt of {parts.netloc} does not allow kb to fetch it")
        wait = self.backoff
        for attempt in range(self.retries + 1):
            try:
                return self._once(url)
            except _Retry as exc:
                if attempt == self.retries:
                    raise FetchError(f"{url}: {exc.reason} (after {self.retries + 1} attempts)") from None
                time.sleep(min(exc.retry_after if exc.retry_after is not None else wait, self.max_wait))
                wait *= 2
        raise AssertionError("unreachable")

    def _once(self, url: str) -> Response:
        request = urllib.request.Request(url, headers={"User-Agent": self.user_agent, "Accept": "*/*"})
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as resp:  # noqa: S310 (scheme checked)
                body = resp.read(self.max_bytes + 1)
                if len(body) > self.max_bytes:
                    raise FetchError(f"{url}: larger than {self.max_bytes:,} bytes; not read")
                ctype = resp.headers.get_content_type().lower()
                return Response(resp.geturl(), resp.status, ctype, body, resp.headers.get_content_charset())
        except urllib.error.HTTPError as exc:
            if exc.code == 429 or exc.code >= 500:
                raise _Retry(f"HTTP {exc.code}", _retry_after(exc.headers.get("Retry-After"))) from None
            raise FetchError(f"{url}: HTTP {exc.code} {exc.reason}") from None
        except urllib.error.URLError as exc:
            raise _Retry(f"cannot connect ({exc.reason})") from None
        except (TimeoutError, ConnectionError) as exc:
            raise _Retry(f"connection failed ({type(exc).__name__})") from None

    def _allowed(self, url: str) -> bool:
        parts = urlsplit(url)
        host = f"{parts.scheme}://{parts.netloc}"
        if host not in self._robots:
            self._robots[host] = self._read_robots(host)
        parser = self._robots[host]
        return True if parser is None else parser.can_fetch(self.user_agent, url)

    def _read_robots(self, host: str) -> urllib.robotparser.RobotFileParser | None:
        robots_url = urlunsplit((*urlsplit(host)[:2], "/robots.txt", "", ""))
        parser = urllib.robotparser.RobotFileParser(robots_url)
        request = urllib.request.Request(robots_url, headers={"User-Agent": self.user_agent})
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as resp:  # noqa: S310
                text = resp.read(512 * 1024).decode("utf-8", "replace")
        except urllib.error.HTTPError as exc:
            if exc.code in (401, 403):
                parser.disallow_all = True
                return parser
            return None  # no robots.txt: everything is allowed
        except (urllib.error.URLError, TimeoutError, ConnectionError):
            return None
        parser.parse(text.splitlines())
        return parser


class _Retry(Exception):
    def __init__(self, reason: str, retry_after: float | None = None):
        super().__init__(reason)
        self.reason = reason
        self.retry_after = retry_after


def _retry_after(value: str | None) -> float | None:
    if value and value.strip().isdigit():
        return float(value.strip())
    return None
