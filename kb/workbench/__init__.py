"""The research workbench that ``kb serve`` shows in a browser (docs/workbench.md).

- :mod:`kb.workbench.document`: a document's text and every span kb stored on it (the document view);
- :mod:`kb.workbench.facets`: the event browser's SQLite index (facet counts, full-text search);
- :mod:`kb.workbench.keep`: that index kept between runs of ``kb serve`` (its directory, start-up check, keeper);
- :mod:`kb.workbench.routes`: the HTTP routes, called from :mod:`kb.server`.

The pages are ``shell.html`` with one script each (``doc.js``, ``events.js``, ``sparql.js``,
``lanes.js``, ``network.js``, sharing ``common.js``) and ``workbench.css``: package data, served
from ``/static/``, nothing loaded from the network.
"""
