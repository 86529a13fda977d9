"""An HTTP/1.0 server for many clients and hostile input (what ``kb serve`` listens with).

The standard library's ``ThreadingHTTPServer`` listens with a backlog of 5,
starts one thread per connection without bound, waits forever for a request
that never completes, and prints tracebacks. :class:`BoundedHTTPServer`
instead

- listens with a backlog of ``request_queue_size`` (1024) connections,
- handles at most ``max_connections`` at once (more wait in the backlog),
- gives every connection ``read_timeout`` seconds to deliver its request line,
  headers and body, in total (a sweeper closes connections past it, so a
  client that sends one byte at a time cannot hold a thread),
- answers errors of its own making as one line of text and logs one line.

:class:`StrictRequestHandler` reads bodies only with a valid
``Content-Length`` (digits, one value, at most ``max_body`` bytes, delivered
in full) and answers an unknown method with 405.
"""

from __future__ import annotations

import re
import socket
import sys
import threading
import time
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, HTTPServer

__all__ = ["BadRequest", "BoundedHTTPServer", "StrictRequestHandler"]

_DIGITS = re.compile(r"[0-9]{1,20}")


class BadRequest(Exception):
    """A request that cannot be answered: (HTTP status, one-line reason)."""

    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status = status


class BoundedHTTPServer(HTTPServer):
    """An ``HTTPServer`` with a deep backlog, a bounded number of handler threads
    and a total time limit per request read (see the module docstring)."""

    request_queue_size = 1024
    daemon_threads = True

    def __init__(self, address, handler, *, max_connections: int = 256, read_timeout: float = 10.0):
        self.max_connections = max_connections
        self.read_timeout = read_timeout
        self._slots = threading.BoundedSemaphore(max_connections)
        self._reading: dict[socket.socket, float] = {}  # connection -> deadline for its request
        self._expired: set[socket.socket] = set()  # connections the sweeper cut off
        self._reading_lock = threading.Lock()
        self._closing = threading.Event()
        super().__init__(address, handler)
        self._sweeper = threading.Thread(target=self._sweep, name="kb-http-sweeper", daemon=True)
        self._sweeper.start()

    # -- one thread per connection, at most max_connections of them ------------
    def process_request(self, request, client_address):
        while not self._slots.acquire(timeout=0.5):
            if self._closing.is_set():
                self.shutdown_request(request)
                return
        try:
            threading.Thread(target=self._process, args=(request, client_address), daemon=True,
                             name="kb-http").start()
        except RuntimeError:  # no thread could be started: drop this connection, keep serving
            self._slots.release()
            self.shutdown_request(request)

    def _process(self, request, client_address) -> None:
        try:
            self.finish_request(request, client_address)
        except Exception:  # noqa: BLE001 - logged as one line by handle_error
            self.handle_error(request, client_address)
        finally:
            self.forget(request)
            self.shutdown_request(request)
            self._slots.release()

    # -- the total read deadline -----------------------------------------------
    def reading_started(self, connection) -> None:
        with self._reading_lock:
            self._reading[connection] = time.monotonic() + self.read_timeout

    def reading_done(self, connection) -> None:
        with self._reading_lock:
            self._reading.pop(connection, None)

    def expired(self, connection) -> bool:
        """Whether the sweeper cut this connection off (what was read of its request is incomplete)."""
        with self._reading_lock:
            return connection in self._expired

    def forget(self, connection) -> None:
        with self._reading_lock:
            self._reading.pop(connection, None)
            self._expired.discard(connection)

    def _sweep(self) -> None:
        while not self._closing.wait(0.25):
            now = time.monotonic()
            with self._reading_lock:
                late = [c for c, deadline in self._reading.items() if deadline < now]
                for c in late:
                    del self._reading[c]
                    self._expired.add(c)
            for c in late:  # the handler's blocked read returns end-of-file
                try:
                    c.shutdown(socket.SHUT_RD)
                except OSError:
                    pass

    def handle_error(self, request, client_address) -> None:
        exc = sys.exc_info()[1]
        if isinstance(exc, (ConnectionError, TimeoutError)):
            return  # the client went away or was too slow: nothing to report
        sys.stderr.write(f"{client_address[0]} internal error: {type(exc).__name__}: "
                         f"{' '.join(str(exc).split())}\n")

    def server_close(self) -> None:
        self._closing.set()
        super().server_close()


class StrictRequestHandler(BaseHTTPRequestHandler):
    """Request reading with limits; subclasses implement ``do_GET``/``do_POST``/..."""

    max_body = 1 << 20
    error_message_format = "%(message)s\n"
    error_content_type = "text/plain; charset=utf-8"
    allowed_methods = ("GET", "HEAD", "POST", "OPTIONS")
    # Errors in a malformed request line are answered with a status line (not as HTTP/0.9, body only).
    default_request_version = "HTTP/1.0"
    server: BoundedHTTPServer

    def setup(self) -> None:
        self.timeout = self.server.read_timeout  # per read, on top of the total deadline
        super().setup()
        self.server.reading_started(self.connection)

    def parse_request(self) -> bool:
        if not super().parse_request():
            return False
        if self.server.expired(self.connection):  # headers cut off by the deadline: do not act on them
            self.close_connection = True
            self.send_error(HTTPStatus.REQUEST_TIMEOUT, "the request took too long to arrive")
            return False
        if self.command not in self.allowed_methods or not hasattr(self, "do_" + self.command):
            self.close_connection = True
            self.send_response(HTTPStatus.METHOD_NOT_ALLOWED)
            body = f"method {self.command} is not allowed; use {', '.join(self.allowed_methods)}\n".encode()
            self.send_header("Allow", ", ".join(self.allowed_methods))
            self.send_header("Content-Type", self.error_content_type)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
            return False
        if self.command in ("GET", "HEAD", "OPTIONS"):
            self.server.reading_done(self.connection)  # nothing more to read
        return True

    def read_body(self) -> bytes:
        """The request body, read in full within the read deadline; raises :class:`BadRequest`."""
        if self.headers.get("Transfer-Encoding") is not None:
            raise BadRequest(HTTPStatus.LENGTH_REQUIRED,
                             "send the body with a Content-Length (chunked transfer coding is not accepted)")
        values = {v.strip() for v in self.headers.get_all("Content-Length") or []}
        if not values:
            raise BadRequest(HTTPStatus.LENGTH_REQUIRED, "a POST needs a Content-Length header")
        value = values.pop()
        if values or not _DIGITS.fullmatch(value):
            raise BadRequest(HTTPStatus.BAD_REQUEST, "Content-Length must be one non-negative integer")
        length = int(value)
        if length > self.max_body:
            raise BadRequest(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, f"request body over {self.max_body} bytes")
        chunks, got = [], 0
        try:
            while got < length:
                chunk = self.rfile.read1(min(length - got, 1 << 16))
                if not chunk:
                    break
                chunks.append(chunk)
                got += len(chunk)
        except TimeoutError:
            raise BadRequest(HTTPStatus.REQUEST_TIMEOUT,
                             f"the request body did not arrive within {self.server.read_timeout:g} s") from None
        except OSError:  # the sweeper closed the connection: too slow in total
            raise BadRequest(HTTPStatus.REQUEST_TIMEOUT, "the request took too long to arrive") from None
        finally:
            self.server.reading_done(self.connection)
        if self.server.expired(self.connection):
            raise BadRequest(HTTPStatus.REQUEST_TIMEOUT,
                             f"the request did not arrive within {self.server.read_timeout:g} s")
        if got < length:
            raise BadRequest(HTTPStatus.BAD_REQUEST, f"the body has {got} of the {length} bytes its Content-Length says")
        return b"".join(chunks)
