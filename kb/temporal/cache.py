"""An on-disk cache of data derived from language files, checked against their hashes.

Compiling a language's temporal grammar expands every placeholder, checks
every rule and reads each rule's required literals off the parsed regex: a
quarter of a second per language, paid by every process. What comes out is
plain text (regex sources, word tables), so it is kept as JSON in
``$KB_CACHE_DIR`` (else ``$XDG_CACHE_HOME/kb``, else ``~/.cache/kb``), in a
file named by a SHA-256 key of everything the result depends on (the data
files, kb's version, the code that derives it, Python's version). A file that
is missing, truncated, edited or of another format is rebuilt; a cache
directory that cannot be written is simply not used. JSON rather than pickle:
reading a cache file can only give wrong data, which the checksum catches,
never run code.

A file holds one header line (JSON: format, key, SHA-256 of the rest) and the
payload (JSON).
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
import time
from collections.abc import Iterable
from pathlib import Path

__all__ = ["cache_dir", "content_key", "read", "write"]

FORMAT = 1
_STALE_DAYS = 7  # other keys of the same name older than this are removed when a file is written


def cache_dir() -> Path:
    """``$KB_CACHE_DIR``, else ``$XDG_CACHE_HOME/kb``, else ``~/.cache/kb`` (may not exist)."""
    explicit = os.environ.get("KB_CACHE_DIR")
    if explicit:
        return Path(explicit)
    xdg = os.environ.get("XDG_CACHE_HOME")
    return (Path(xdg) if xdg else Path.home() / ".cache") / "kb"


def content_key(label: str, paths: Iterable[Path]) -> str:
    """SHA-256 (hex) of ``label``, kb's and Python's versions and the bytes of each path.

    A missing file counts as such, so creating it changes the key.
    """
    from kb import __version__

    h = hashlib.sha256()
    h.update(f"{label}\0kb {__version__}\0{sys.implementation.name} {sys.version}\0".encode())
    for path in paths:
        h.update(str(Path(path).name).encode() + b"\0")
        try:
            data = Path(path).read_bytes()
        except OSError:  # missing (or unreadable: whoever reads it next says so)
            h.update(b"missing\0")
            continue
        h.update(len(data).to_bytes(8, "big") + data)
    return h.hexdigest()


def _path(name: str, key: str, directory: Path | None) -> Path | None:
    try:
        return (directory or cache_dir()) / f"{name}-{key[:32]}.json"
    except RuntimeError:  # no home directory to put it in: no cache
        return None


def read(name: str, key: str, directory: Path | None = None):
    """The payload stored for ``name`` under ``key``, or None (missing, unreadable, corrupt)."""
    path = _path(name, key, directory)
    if path is None:
        return None
    try:
        with open(path, "rb") as f:
            header = json.loads(f.readline())
            body = f.read()
        if header != {"format": FORMAT, "key": key, "sha256": hashlib.sha256(body).hexdigest()}:
            return None
        return json.loads(body)
    except (OSError, ValueError):
        return None


def write(name: str, key: str, payload, directory: Path | None = None) -> bool:
    """Store ``payload`` (JSON-able) for ``name`` under ``key``; False when the directory is not writable."""
    import tempfile  # only when the cache is written (it imports shutil and random)

    path = _path(name, key, directory)
    if path is None:
        return False
    body = json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    header = json.dumps({"format": FORMAT, "key": key, "sha256": hashlib.sha256(body).hexdigest()})
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(header.encode("ascii") + b"\n" + body)
            os.replace(tmp, path)  # readers see the old file or the whole new one
        except BaseException:
            os.unlink(tmp)
            raise
    except OSError:
        return False
    _prune(path, name)
    return True


def _prune(keep: Path, name: str) -> None:
    """Drop files of ``name`` under other keys not written for a while (edited data, old versions)."""
    cutoff = time.time() - _STALE_DAYS * 86400
    for old in keep.parent.glob(f"{name}-*.json"):
        try:
            if old != keep and old.stat().st_mtime < cutoff:
                old.unlink()
        except OSError:
            pass
