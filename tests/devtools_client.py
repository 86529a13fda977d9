"""A tiny Chrome DevTools Protocol client for the browser tests (stdlib only).

It starts headless Chromium with ``--remote-debugging-port=0``, reads the
WebSocket address Chromium prints, speaks just enough RFC 6455 (masked text
frames out, unmasked frames in, fragments joined) to send commands and
collect events, and kills the browser it started when closed.
"""

from __future__ import annotations

import base64
import json
import os
import re
import shutil
import signal
import socket
import struct
import subprocess
import tempfile
import time
from urllib.parse import urlsplit

CHROMIUM = "/usr/bin/chromium"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run", "--hide-scrollbars"]


class DevTools:
    """One headless browser and one page target, driven over the DevTools protocol."""

    def __init__(self, width: int = 1280, height: int = 900, timeout: float = 30.0):
        self.timeout = timeout
        self.profile = tempfile.TemporaryDirectory(prefix="kb-chromium-", ignore_cleanup_errors=True)
        self.proc = subprocess.Popen(
            [CHROMIUM, *FLAGS, f"--user-data-dir={self.profile.name}", "--remote-debugging-port=0",
             f"--window-size={width},{height}", "about:blank"],
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
            start_new_session=True)  # its own process group: close() ends every helper process too
        url = self._devtools_url()
        parts = urlsplit(url)
        self.sock = socket.create_connection((parts.hostname, parts.port), timeout=timeout)
        self._handshake(parts.hostname, parts.port, parts.path)
        self._next_id = 0
        self.events: list[dict] = []
        target = self.send("Target.createTarget", url="about:blank")["targetId"]
        self.session = self.send("Target.attachToTarget", targetId=target, flatten=True)["sessionId"]
        for domain in ("Page", "Runtime", "Log", "Network"):
            self.send(f"{domain}.enable", session=True)
        self.send("Page.setLifecycleEventsEnabled", session=True, enabled=True)  # load events name their navigation

    # -- process and socket ------------------------------------------------------
    def _devtools_url(self) -> str:
        deadline = time.monotonic() + self.timeout
        while time.monotonic() < deadline:
            line = self.proc.stderr.readline()
            m = re.search(r"DevTools listening on (ws://\S+)", line)
            if m:
                return m.group(1)
            if not line and self.proc.poll() is not None:
                break
        raise RuntimeError("chromium did not start its DevTools server")

    def _handshake(self, host: str, port: int, path: str) -> None:
        key = base64.b64encode(os.urandom(16)).decode()
        self.sock.sendall((f"GET {path} HTTP/1.1\r\nHost: {host}:{port}\r\nUpgrade: websocket\r\n"
                           f"Connection: Upgrade\r\nSec-WebSocket-Key: {key}\r\n"
                           "Sec-WebSocket-Version: 13\r\n\r\n").encode())
        head = b""
        while b"\r\n\r\n" not in head:
            chunk = self.sock.recv(4096)
            if not chunk:
                raise RuntimeError("DevTools closed the connection during the handshake")
            head += chunk
        if b" 101 " not in head.split(b"\r\n", 1)[0]:
            raise RuntimeError(f"DevTools refused the WebSocket: {head[:200]!r}")
        self._buffer = head.split(b"\r\n\r\n", 1)[1]

    def _read(self, n: int) -> bytes:
        while len(self._buffer) < n:
            chunk = self.sock.recv(65536)
            if not chunk:
                raise RuntimeError("DevTools connection closed")
            self._buffer += chunk
        data, self._buffer = self._buffer[:n], self._buffer[n:]
        return data

    def _send_frame(self, text: str) -> None:
        payload = text.encode()
        header = bytearray([0x81])
        n = len(payload)
        if n < 126:
            header.append(0x80 | n)
        elif n < 1 << 16:
            header += bytes([0x80 | 126]) + struct.pack(">H", n)
        else:
            header += bytes([0x80 | 127]) + struct.pack(">Q", n)
        mask = os.urandom(4)
        self.sock.sendall(bytes(header) + mask + bytes(b ^ mask[i % 4] for i, b in enumerate(payload)))

    def _recv_message(self) -> dict:
        parts = []
        while True:
            b0, b1 = self._read(2)
            n = b1 & 0x7F
            if n == 126:
                n = struct.unpack(">H", self._read(2))[0]
            elif n == 127:
                n = struct.unpack(">Q", self._read(8))[0]
            mask = self._read(4) if b1 & 0x80 else None
            data = self._read(n)
            if mask:
                data = bytes(b ^ mask[i % 4] for i, b in enumerate(data))
            opcode = b0 & 0x0F
            if opcode in (0x9, 0xA):  # ping / pong: nothing to answer for a short test
                continue
            if opcode == 0x8:
                raise RuntimeError("DevTools closed the connection")
            parts.append(data)
            if b0 & 0x80:
                return json.loads(b"".join(parts))

    # -- protocol ----------------------------------------------------------------
    def send(self, method: str, session: bool = False, **params) -> dict:
        """Send a command and wait for its result (events that arrive meanwhile are kept)."""
        self._next_id += 1
        msg = {"id": self._next_id, "method": method, "params": params}
        if session:
            msg["sessionId"] = self.session
        self._send_frame(json.dumps(msg))
        deadline = time.monotonic() + self.timeout
        while time.monotonic() < deadline:
            reply = self._recv_message()
            if reply.get("id") == self._next_id:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                return reply.get("result", {})
            if "method" in reply:
                self.events.append(reply)
        raise TimeoutError(method)

    def wait_for(self, method: str) -> dict:
        for event in self.events:
            if event["method"] == method:
                return event
        deadline = time.monotonic() + self.timeout
        while time.monotonic() < deadline:
            reply = self._recv_message()
            if "method" in reply:
                self.events.append(reply)
                if reply["method"] == method:
                    return reply
        raise TimeoutError(method)

    def open(self, url: str) -> None:
        """Navigate and wait until the page has loaded.

        The page shown before is left for ``about:blank`` first, and what was heard until that has
        loaded is dropped: a request the old page still made (a reload after a save, to a server a
        test already stopped) is not one of the new page's :meth:`problems`, and its load event is
        not taken for the new page's."""
        self._navigate("about:blank")
        self.events.clear()
        self._navigate(url)

    def _navigate(self, url: str) -> None:
        """Navigate and wait for the load event of this navigation (its loader id)."""
        loader = self.send("Page.navigate", session=True, url=url).get("loaderId")
        deadline = time.monotonic() + self.timeout
        seen = 0
        while time.monotonic() < deadline:
            for event in self.events[seen:]:
                p = event.get("params", {})
                if event["method"] == "Page.lifecycleEvent" and p.get("name") == "load" and p.get("loaderId") == loader:
                    return
            seen = len(self.events)
            reply = self._recv_message()
            if "method" in reply:
                self.events.append(reply)
        raise TimeoutError(f"loading {url}")

    def evaluate(self, expression: str):
        """The value of a JavaScript expression in the page (exceptions raise)."""
        result = self.send("Runtime.evaluate", session=True, expression=expression, returnByValue=True,
                           awaitPromise=True)
        if "exceptionDetails" in result:
            raise RuntimeError(result["exceptionDetails"].get("text", "exception"))
        return result["result"].get("value")

    def problems(self) -> list[str]:
        """Uncaught exceptions, console errors and warnings, and error log entries so far."""
        out = []
        for e in self.events:
            p = e.get("params", {})
            if e["method"] == "Runtime.exceptionThrown":
                d = p["exceptionDetails"]
                out.append(d.get("exception", {}).get("description") or d.get("text", "exception"))
            elif e["method"] == "Runtime.consoleAPICalled" and p.get("type") in ("error", "warning", "assert"):
                out.append(" ".join(str(a.get("value", a.get("description", ""))) for a in p.get("args", [])))
            elif e["method"] == "Log.entryAdded" and p["entry"]["level"] in ("error", "warning"):
                out.append(p["entry"]["text"])
        return out

    def close(self) -> None:
        try:
            self.sock.close()
        finally:
            # Chromium's helper processes outlive the browser process for a moment and keep
            # writing to the profile: end the whole group, then remove the profile, retrying.
            try:
                os.killpg(self.proc.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            self.proc.wait(timeout=10)
            self.proc.stderr.close()
            for _ in range(20):
                shutil.rmtree(self.profile.name, ignore_errors=True)
                if not os.path.exists(self.profile.name):
                    break
                time.sleep(0.25)
