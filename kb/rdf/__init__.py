"""RDF for kb: namespaces, IRI minting, graph building and SHACL validation.

See ``docs/rdf-model.md`` for the model these modules implement. ``Run``,
``graph_for`` and ``to_trig`` come from :mod:`kb.rdf.build`, imported on first
use: reading the store (``kb timeline``, ``kb query``) needs neither it nor rdflib.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kb.rdf.build import Run, graph_for, to_trig

__all__ = ["Run", "graph_for", "to_trig"]


def __getattr__(name: str):
    if name in __all__:
        from kb.rdf import build

        return getattr(build, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
