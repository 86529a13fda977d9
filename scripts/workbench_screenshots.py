#!/usr/bin/env python3
"""Screenshots of the workbench pages at desktop and phone width, for docs/workbench.md.

Ingests kb's built-in demo articles (invented for the documentation) into a
temporary store, serves it with ``review=True`` on 127.0.0.1 and saves
``docs/img/workbench-{page}-{desktop,phone}.png`` from headless Chromium.

    python scripts/workbench_screenshots.py [--out docs/img]
"""

from __future__ import annotations

import argparse
import base64
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from devtools_client import DevTools  # noqa: E402

DOC = "demo-en-biden-kishida-2021-10-19"
PAGES = [("doc", f"/doc/{DOC}#e1"), ("events", "/events"), ("sparql", "/sparql"), ("lanes", "/lanes"),
         ("network", "/network")]
SIZES = {"desktop": (1280, 860, False), "phone": (390, 844, True)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path, default=ROOT / "docs" / "img")
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    from kb.api import KnowledgeBase
    from kb.server import SPARQLServer

    with tempfile.TemporaryDirectory(prefix="kb-shots-") as tmp:
        store = Path(tmp) / "store"
        from kb.store import Store

        kb = KnowledgeBase(Store(store))
        kb.ingest(sorted((ROOT / "kb" / "demo").glob("*.json")))
        kb.close()
        with SPARQLServer(store, port=0, workers=1, review=True, token="screenshot") as srv:
            browser = DevTools()
            try:
                browser.open(srv.url + "/events?token=screenshot")
                for size, (w, h, mobile) in SIZES.items():
                    browser.send("Emulation.setDeviceMetricsOverride", session=True, width=w, height=h,
                                 deviceScaleFactor=1, mobile=mobile)
                    for name, path in PAGES:
                        browser.open(srv.url + path)
                        time.sleep(1.0)  # the pages fetch their data after load
                        if name == "sparql":
                            browser.evaluate("document.getElementById('run').click()")
                            time.sleep(1.0)
                        shot = browser.send("Page.captureScreenshot", session=True, format="png")
                        target = args.out / f"workbench-{name}-{size}.png"
                        target.write_bytes(base64.b64decode(shot["data"]))
                        print(target.relative_to(ROOT), browser.problems() or "")
            finally:
                browser.close()


if __name__ == "__main__":
    main()
