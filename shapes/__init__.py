"""kb's SHACL shapes (Turtle files), installed as the package ``kb.shapes``.

Read them with ``importlib.resources.files("kb.shapes")``; see ``kb.rdf.validate``.
"""
