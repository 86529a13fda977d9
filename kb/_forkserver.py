"""Imported by the fork server of ``kb ingest --workers N`` (:mod:`kb.parallel`), nowhere else.

The extraction workers are forked from one fork server that imported kb's
extraction once and warmed it (:func:`kb.parallel.warm`: each language's
data, temporal grammar with its patterns compiled, the gazetteer, the shapes'
SPARQL screen). So every worker, and every worker started again after one
died, begins with all of that in memory instead of paying for it itself.

Ctrl-C is left to the writer (the fork server is in the terminal's process
group too); a failed warm-up only means the workers load what they need when
they need it.
"""

import gc
import signal

signal.signal(signal.SIGINT, signal.SIG_IGN)

try:
    from kb.parallel import warm

    warm()
except Exception:  # noqa: BLE001,S110 -- an optimisation: the workers load lazily without it
    pass

# What is loaded now stays for good: frozen before the workers fork, their garbage collector never
# walks it (a full collection over that data cost ~1 ms per document) nor writes to its shared
# pages; and young and middle collections are rarer, as in ``kb ingest`` without workers (kb.api).
gc.collect()
gc.freeze()
gc.set_threshold(10_000, 100, gc.get_threshold()[2])
