"""kb: an event-timeline knowledge base built from news text.

News text goes in; dated, sourced events come out as RDF, validated by SHACL
shapes, stored in an embedded Oxigraph store and queried with SPARQL.
"""

__version__ = "0.1.0"
