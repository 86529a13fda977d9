"""Modules imported on first use, so that a command imports only what it runs.

``kb --help`` must not load rdflib, the store or the pipeline, and ``kb
timeline`` not the pipeline (``tests/test_cli_imports.py`` checks the import
graph): modules that many functions of a module use, but few runs need, are
bound as ``name = LazyModule("kb.x")`` and imported by the first attribute read.
"""

from __future__ import annotations

import importlib
from types import ModuleType

__all__ = ["LazyModule"]


class LazyModule:
    """Stands for the module ``name``; the first attribute read imports it.

    >>> m = LazyModule("json")
    >>> m.dumps([1])
    '[1]'
    """

    def __init__(self, name: str):
        self._name = name
        self._module: ModuleType | None = None

    def __getattr__(self, attr: str):
        if self._module is None:
            self._module = importlib.import_module(self._name)
        return getattr(self._module, attr)

    def __repr__(self) -> str:
        return f"<lazy module {self._name}>"
