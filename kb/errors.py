"""The one exception tree of kb.

Every error a user can cause is a :class:`KBError` with a message that says what
to do. The command line turns these into one line and an exit code; the Python
API lets them propagate.
"""

from __future__ import annotations

__all__ = [
    "InputError",
    "Interrupted",
    "KBError",
    "PipelineError",
    "QueryError",
    "ShapeViolation",
    "StoreError",
    "StoreLockedError",
]


class KBError(Exception):
    """Base class of every error kb raises on purpose."""

    exit_code = 1


class InputError(KBError):
    """A document, option or file the user gave cannot be used (exit code 2)."""

    exit_code = 2


class PipelineError(KBError):
    """A pipeline step failed on one document (a bug, or an input no rule foresaw).

    The document is rejected with this message and the run goes on with the
    next one (exit code 2, as for a bad input). ``step`` names the step.
    """

    exit_code = 2

    def __init__(self, message: str, step: str = ""):
        super().__init__(message)
        self.step = step


class QueryError(KBError):
    """A SPARQL query is malformed or not allowed (exit code 2)."""

    exit_code = 2


class StoreError(KBError):
    """The store cannot be opened, read or written."""

    exit_code = 3


class StoreLockedError(StoreError):
    """Another process holds the store open for writing."""


class Interrupted(KBError):
    """The user stopped a run (Ctrl-C); the message says what was stored (exit code 130)."""

    exit_code = 130


class ShapeViolation(KBError):
    """A document's graph does not conform to the SHACL shapes.

    ``report`` holds the human-readable pySHACL report text.
    """

    exit_code = 4

    def __init__(self, message: str, report: str = ""):
        super().__init__(message)
        self.report = report
