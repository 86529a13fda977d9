"""RDF for kb: namespaces, IRI minting, graph building and SHACL validation.

See ``docs/rdf-model.md`` for the model these modules implement.
"""

from kb.rdf.build import Run, graph_for, to_trig

__all__ = ["Run", "graph_for", "to_trig"]
