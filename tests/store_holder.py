"""A second process that holds a kb store open for writing until told to let go (for lock tests)."""

from __future__ import annotations

import contextlib
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

_HOLD = textwrap.dedent("""
    import sys
    from kb.store import Store
    s = Store(sys.argv[1])
    print("open", flush=True)
    sys.stdin.readline()
    s.close()
""")


@contextlib.contextmanager
def holding(path: Path):
    """Yield the holder process once it has the store at ``path`` open; close it on exit."""
    holder = subprocess.Popen([sys.executable, "-c", _HOLD, str(path)], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True, cwd=ROOT,
                              env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"})
    try:
        assert holder.stdout.readline().strip() == "open"
        yield holder
    finally:
        holder.communicate("\n", timeout=30)
