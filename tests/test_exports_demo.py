"""Every export of a KB built by the real pipeline from the demo articles (kb/demo)."""

from __future__ import annotations

import csv
import io
import json
from importlib.resources import files

import pytest
from rdflib import Dataset, Graph

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def base():
    pytest.importorskip("kb.store")
    from kb.api import open_kb

    kb = open_kb(None)
    paths = sorted(str(p) for p in (files("kb") / "demo").iterdir() if p.name.endswith(".json"))
    summary = kb.ingest(paths)
    assert summary.documents == 3, summary.rejected
    try:
        from kb.merge import merge
    except ImportError:
        pass
    else:
        merge(kb.store)
    yield kb
    kb.close()


def test_every_format_exports_the_demo_kb(base, tmp_path):
    from kb import exporters

    events = base.records()
    assert events, "the pipeline found no events in the demo articles"
    texts = {json.loads(p.read_text(encoding="utf-8"))["id"]: json.loads(p.read_text(encoding="utf-8"))["text"]
             for p in (files("kb") / "demo").iterdir() if p.name.endswith(".json")}
    for e in events:
        start, end = e["evidence"]["start"], e["evidence"]["end"]
        assert texts[e["doc_id"]][start:end] == e["evidence"]["text"]

    rows = list(csv.DictReader(io.StringIO(base.export("csv"))))
    assert len(rows) == len(events)
    reports = list(csv.DictReader(io.StringIO(base.export("csv", mentions=True))))
    assert len(reports) == sum(len(e["reports"]) for e in events) >= len(events)

    from icalendar import Calendar

    dated = [e for e in events if e["date"] and e["date"]["earliest"]]
    assert len(Calendar.from_ical(base.export("ics")).walk("VEVENT")) == len(dated)
    assert len(json.loads(base.export("timelinejs"))["events"]) == len(dated)

    page = base.export("html", tmp_path / "demo.html")
    for e in events:
        assert json.dumps(e["evidence"]["text"], ensure_ascii=False)[1:-1].replace("<", "\\u003c") in page

    g = Graph().parse(data=base.export("jsonld"), format="json-ld")
    assert len(g) > 5 * len(events)  # type, label, status, dates, actors, document, evidence
    ds = Dataset()
    ds.parse(data=base.export("trig"), format="trig")
    assert len([x for x in ds.graphs() if len(x) and "/graph/demo-" in str(x.identifier)]) == 3
    assert base.export("png")[:4] == b"\x89PNG"
    assert base.export("svg").lstrip().startswith("<?xml")
    assert set(f.name for f in exporters.formats()) >= {"csv", "json", "jsonld", "timelinejs", "ics", "html",
                                                         "png", "svg", "turtle", "trig", "nquads"}


def test_actor_filters_work_on_pipeline_output(base):
    everyone = base.records()
    macron = base.records(actor="Q3052772")
    assert macron and len(macron) <= len(everyone)
    assert all(any(p["qid"] == "Q3052772" for p in e["participants"]) for e in macron)
