"""RDF files read graph by graph: N-Quads, TriG, Turtle, N-Triples, each optionally gzipped.

``kb load`` reads its input twice through this module: once to check every
file completely (:func:`check`), and once to write it (:func:`graphs`), so a
file that breaks at its last line has changed nothing. Neither pass keeps more
than one graph's quads in memory; a file whose graphs are interleaved is read
as runs of consecutive quads of one graph.

Triples outside any named graph (all of a Turtle or N-Triples file, or the
default graph of an N-Quads/TriG file) go to the graph the caller names;
without one they are an error, because kb keeps every triple in the named
graph of the document it comes from.
"""

from __future__ import annotations

import gzip
import os
import stat
import zlib
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

import pyoxigraph as ox

from ..errors import InputError

__all__ = ["SUFFIXES", "FileCheck", "QuadFile", "check", "graphs", "quad_files"]

SUFFIXES = {".nq": ox.RdfFormat.N_QUADS, ".nquads": ox.RdfFormat.N_QUADS, ".trig": ox.RdfFormat.TRIG,
            ".ttl": ox.RdfFormat.TURTLE, ".turtle": ox.RdfFormat.TURTLE, ".nt": ox.RdfFormat.N_TRIPLES,
            ".ntriples": ox.RdfFormat.N_TRIPLES}
_GZIP_MAGIC = b"\x1f\x8b"
# What reading a damaged or vanished file raises besides SyntaxError (gzip: EOFError, zlib.error).
_READ_ERRORS = (OSError, EOFError, zlib.error, UnicodeDecodeError, ValueError)


@dataclass(frozen=True)
class QuadFile:
    """One input file: its path, RDF format and whether it is gzip-compressed."""

    path: Path
    format: ox.RdfFormat
    gzipped: bool

    def open(self) -> BinaryIO:
        raw = self.path.open("rb")
        return gzip.GzipFile(fileobj=raw, mode="rb") if self.gzipped else raw


@dataclass
class FileCheck:
    """What :func:`check` found in a file."""

    quads: int = 0
    graphs: set[str] = field(default_factory=set)


def _format_of(path: Path) -> ox.RdfFormat:
    suffixes = [s.lower() for s in path.suffixes]
    if suffixes and suffixes[-1] == ".gz":
        suffixes.pop()
    fmt = SUFFIXES.get(suffixes[-1]) if suffixes else None
    if fmt is None:
        raise InputError(f"{path}: not an RDF file kb can load; use .nq, .trig, .ttl or .nt "
                         f"(each optionally .gz)")
    return fmt


def _quad_file(path: Path) -> QuadFile:
    fmt = _format_of(path)
    try:
        st = path.stat()
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from None
    if not stat.S_ISREG(st.st_mode):
        raise InputError(f"{path}: not a regular file (a FIFO, device or socket); not read")
    try:
        with path.open("rb") as f:
            head = f.read(2)
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from None
    # A compressed file without .gz (or a .gz that is not compressed) is read as what it is.
    return QuadFile(path, fmt, head == _GZIP_MAGIC)


def quad_files(paths: Iterable[str | os.PathLike]) -> list[QuadFile]:
    """The files named, and the RDF files directly inside directories (sorted, hidden ones skipped).

    Raises :class:`kb.errors.InputError` for a missing path, an unknown suffix,
    something that is not a regular file, or a directory without RDF files.
    """
    out: list[QuadFile] = []
    for p in map(Path, paths):
        if p.is_dir():
            try:
                entries = sorted(p.iterdir())
            except OSError as exc:
                raise InputError(f"{p}: cannot list the directory ({exc.strerror})") from None
            found = [x for x in entries if not x.name.startswith(".") and x.is_file() and _loadable(x)]
            if not found:
                raise InputError(f"{p}: no .nq, .trig, .ttl or .nt files (optionally .gz) in this directory")
            out += [_quad_file(x) for x in found]
        elif p.exists() or p.is_symlink():
            out.append(_quad_file(p))
        else:
            raise InputError(f"{p}: no such file or directory")
    return out


def _loadable(path: Path) -> bool:
    try:
        _format_of(path)
    except InputError:
        return False
    return True


@contextmanager
def _parsing(qf: QuadFile) -> Iterator[Iterator[ox.Quad]]:
    """The quads of the file; syntax and read errors become one-line InputErrors naming the line."""
    try:
        fh = qf.open()
    except OSError as exc:
        raise InputError(f"{qf.path}: cannot read ({exc.strerror})") from None
    with fh:
        try:
            yield ox.parse(fh, qf.format)
        except SyntaxError as exc:
            msg = " ".join(str(exc.msg).split())
            raise InputError(f"{qf.path}: {msg}") from None
        except _READ_ERRORS as exc:
            what = "a damaged gzip file" if qf.gzipped else "cannot read"
            raise InputError(f"{qf.path}: {what} ({' '.join(str(exc).split()) or type(exc).__name__})") from None


def _graph_of(qf: QuadFile, q: ox.Quad, g, default_graph: ox.NamedNode | None) -> ox.NamedNode:
    if isinstance(g, ox.NamedNode):
        return g
    if isinstance(g, ox.DefaultGraph):
        if default_graph is None:
            raise InputError(
                f"{qf.path}: holds triples outside any named graph (the first: {q.subject} {q.predicate} "
                f"{q.object}); kb keeps each document in its own named graph: give the graph with --graph IRI")
        return default_graph
    raise InputError(f"{qf.path}: a graph named by a blank node ({g}); kb's graphs are named by IRIs")


def graphs(qf: QuadFile, default_graph: ox.NamedNode | None = None,
           ) -> Iterator[tuple[ox.NamedNode, list[ox.Quad]]]:
    """Runs of consecutive quads of one named graph: ``(graph, quads)``.

    Triples of the default graph are put into ``default_graph``; without it
    they raise :class:`kb.errors.InputError`. Syntax errors raise it too, with
    the line.
    """
    # The loop runs once per quad (millions): the graph's kind is looked at only where it changes.
    name, target, rename, run = None, None, False, []
    with _parsing(qf) as quads:
        for q in quads:
            g = q.graph_name
            if g != name:
                if run:
                    yield target, run
                name, target, run = g, _graph_of(qf, q, g, default_graph), []
                rename = target is not g
            if rename:
                q = ox.Quad(q.subject, q.predicate, q.object, target)
            run.append(q)
    if run:
        yield target, run


def check(qf: QuadFile, default_graph: ox.NamedNode | None = None) -> FileCheck:
    """Parse the whole file without keeping it: the number of quads and the graphs named.

    Raises :class:`kb.errors.InputError` naming the file and line of the first problem.
    """
    found = FileCheck()
    name, n = None, 0
    with _parsing(qf) as quads:
        for n, q in enumerate(quads, 1):
            g = q.graph_name
            if g != name:
                name = g
                found.graphs.add(_graph_of(qf, q, g, default_graph).value)
    found.quads = n
    return found
