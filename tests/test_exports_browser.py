"""The HTML timeline in headless Chromium: it shows the fixture's events, filters,
zooms and shows evidence, loads nothing from the network and logs no errors.

Needs Debian's ``chromium`` (``apt-get install chromium``; ``.ci/run`` installs it);
skipped with a reason where it is missing.
"""

from __future__ import annotations

import struct
import subprocess
import tempfile
from pathlib import Path

import pytest

from kb import exporters

from devtools_client import CHROMIUM, FLAGS, DevTools
from fixtures_exports import fixture_store

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not Path(CHROMIUM).exists(),
                       reason=f"{CHROMIUM} not found: install Debian's chromium package to run the browser tests"),
]


@pytest.fixture(scope="module")
def page(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("html") / "timeline.html"
    path.write_text(exporters.export(fixture_store(), "html", title="Fixture KB"), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def browser():
    tools = DevTools()
    yield tools
    tools.close()


def test_page_shows_the_events_without_console_errors(browser, page):
    browser.open(page.as_uri())
    assert browser.evaluate("document.querySelectorAll('#rows tr').length") == 6
    assert browser.evaluate("document.querySelectorAll('#lanes .bar').length") == 5  # one is undated
    assert browser.evaluate("document.getElementById('count').textContent") == \
        "6 of 6 events (1 undated: in the list only)"
    assert "Bundeskanzler Olaf Scholz" in browser.evaluate("document.getElementById('rows').textContent")
    requests = [e["params"]["request"]["url"] for e in browser.events if e["method"] == "Network.requestWillBeSent"]
    assert requests and all(u.startswith(("file:", "data:")) for u in requests), requests
    assert browser.problems() == []


def test_filter_by_actor_zoom_and_evidence(browser, page):
    browser.open(page.as_uri())
    actors = browser.evaluate("Array.from(document.querySelectorAll('#actor option')).map(o => o.textContent)")
    assert actors == ["all actors", "Emmanuel Macron", "Fumio Kishida", "Joe Biden", "Olaf Scholz"]
    browser.evaluate("""(() => { const s = document.getElementById('actor');
        s.value = 'http://www.wikidata.org/entity/Q6279'; s.dispatchEvent(new Event('change')); })()""")
    assert browser.evaluate("document.querySelectorAll('#rows tr').length") == 2

    ticks = "Array.from(document.querySelectorAll('#axis .tick')).map(t => t.textContent).join(' ')"
    before = browser.evaluate(ticks)
    browser.evaluate("document.getElementById('zoom-in').click(); document.getElementById('zoom-in').click()")
    after = browser.evaluate(ticks)
    assert before != after and after
    browser.evaluate("document.getElementById('zoom-reset').click()")
    assert browser.evaluate(ticks) == before

    browser.evaluate("document.querySelector('#lanes .bar').click()")
    detail = browser.evaluate("document.getElementById('detail').textContent")
    assert "President Joe Biden spoke by telephone" in detail and "fx-en-biden-kishida" in detail
    link = browser.evaluate("document.querySelector('#detail a.source').href")
    assert link == "https://news.example.org/2021/10/09/biden-kishida"
    assert browser.problems() == []


def test_text_from_documents_is_never_markup(browser, tmp_path):
    from kb.exporters.page import render

    evil = '<img src=x onerror="document.title=\'pwned\'"></script><b>x</b>'
    event = {"id": "urn:e", "label": evil, "type": "Meeting", "status": "past", "value": "2024-01-02",
             "earliest": "2024-01-02", "latest": "2024-01-02", "granularity": "day", "display": "2024-01-02",
             "conflict": False, "participants": [{"key": "urn:a", "name": evil, "qid": None, "role": None}],
             "place": evil, "evidence": evil,
             "reports": [{"doc_id": "d", "source": "javascript:alert(1)", "title": evil, "lang": "en",
                          "published": None, "evidence": evil, "start": 0, "end": 5}]}
    path = tmp_path / "evil.html"
    path.write_text(render({"title": evil, "events": [event]}), encoding="utf-8")
    browser.open(path.as_uri())
    browser.evaluate("document.querySelector('#rows tr').click()")
    assert browser.evaluate("document.querySelectorAll('img, b').length") == 0
    assert browser.evaluate("document.querySelectorAll('#detail a.source').length") == 0  # no javascript: link
    hrefs = browser.evaluate("Array.from(document.querySelectorAll('a')).map(a => a.getAttribute('href'))")
    assert hrefs and not any(h.lower().startswith("javascript:") for h in hrefs)
    assert browser.evaluate("document.title") == evil
    assert browser.problems() == []


def test_screenshot_of_the_page(page, tmp_path):
    shot = tmp_path / "timeline.png"
    # Chromium's helper processes may still write to the profile as it is removed
    with tempfile.TemporaryDirectory(prefix="kb-chromium-", ignore_cleanup_errors=True) as profile:
        subprocess.run([CHROMIUM, *FLAGS, f"--user-data-dir={profile}", "--window-size=1280,900",
                        f"--screenshot={shot}", page.as_uri()],
                       check=True, timeout=120, capture_output=True)
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert struct.unpack(">II", data[16:24]) == (1280, 900)
    import io

    import matplotlib.image

    pixels = matplotlib.image.imread(io.BytesIO(data), format="png")
    assert pixels[..., :3].std() > 0.05  # something was drawn
    # The bars use the type colours: some pixels of the Meeting blue must be there.
    blue = ((abs(pixels[..., 0] - 0x1f / 255) < 0.25) & (abs(pixels[..., 2] - 0xb4 / 255) < 0.25)
            & (pixels[..., 2] > pixels[..., 0] + 0.2))
    assert blue.sum() > 200


def test_an_event_link_opens_that_event(browser, page):
    iri = "https://w3id.org/kb/id/doc/fx-en-scholz-macron/event/e2"
    from urllib.parse import quote

    browser.open(page.as_uri() + "#event=" + quote(iri, safe=""))
    detail = browser.evaluate("document.getElementById('detail').textContent")
    assert "The two leaders last met in Paris in January." in detail
    browser.evaluate("document.querySelector('#rows tr').click()")
    assert browser.evaluate("location.hash").startswith("#event=https%3A%2F%2Fw3id.org")
    assert browser.evaluate("document.querySelector('#detail a.permalink').getAttribute('href')") == \
        browser.evaluate("location.hash")
    assert browser.problems() == []
