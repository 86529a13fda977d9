"""Exports of the fixture KB: golden files, and each format read back by the tool it is for.

Regenerate the golden files (and the fixture TriG) after a deliberate change,
then review the diff:

    KB_REGEN_GOLDEN=1 python -m pytest -q tests/test_exports.py
    git diff tests/golden/exports tests/fixtures/exports
"""

from __future__ import annotations

import io
import json
import os
import struct
from pathlib import Path

import pytest
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.compare import isomorphic

from kb import exporters
from kb.errors import InputError
from kb.exporters import Selection

from fixtures_exports import TRIG, fixture_store, write_trig


GOLDEN = Path(__file__).parent / "golden" / "exports"
REGEN = os.environ.get("KB_REGEN_GOLDEN") == "1"
WD = "http://www.wikidata.org/entity/"
TITLE = "Fixture KB"

TEXT_GOLDEN = {"csv": "kb.csv", "json": "kb.json", "jsonld": "kb.jsonld", "timelinejs": "kb.timeline.json",
               "ics": "kb.ics", "html": "kb.html", "svg": "kb.svg"}
RDF_GOLDEN = {"turtle": ("kb.ttl", "turtle"), "trig": ("kb.trig", "trig"), "nquads": ("kb.nq", "nquads")}

if REGEN:
    write_trig()


@pytest.fixture(scope="module")
def store():
    s = fixture_store()
    yield s
    s.close()


def run(store, fmt, **kw):
    mentions = kw.pop("mentions", False)
    return exporters.export(store, fmt, Selection(**kw), mentions=mentions, title=TITLE)


def golden(name: str, produced: str) -> str:
    path = GOLDEN / name
    if REGEN:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(produced.encode("utf-8"))
    assert path.exists(), f"missing golden file {path}; run with KB_REGEN_GOLDEN=1"
    return path.read_bytes().decode("utf-8")  # bytes: .ics lines end in CRLF


@pytest.mark.parametrize("fmt", sorted(set(TEXT_GOLDEN) - {"svg"}))
def test_text_exports_match_golden_files(store, fmt):
    produced = run(store, fmt)
    assert produced == golden(TEXT_GOLDEN[fmt], produced)


def test_svg_matches_golden_file_for_the_same_matplotlib(store):
    import matplotlib

    produced = run(store, "svg")
    assert produced.startswith("<?xml") and "Olaf Scholz" in produced and "Fumio Kishida" in produced
    assert "Meeting" in produced and "<image" not in produced
    version_file = GOLDEN / "svg-matplotlib-version.txt"
    if REGEN:
        version_file.write_text(matplotlib.__version__ + "\n")
    expected = golden("kb.svg", produced)
    if version_file.read_text().strip() != matplotlib.__version__:
        pytest.skip("the golden SVG was drawn by another matplotlib version; byte comparison skipped")
    assert produced == expected


def test_mentions_csv_matches_golden_file(store):
    produced = run(store, "csv", mentions=True)
    assert produced == golden("kb.mentions.csv", produced)


@pytest.mark.parametrize("fmt", sorted(RDF_GOLDEN))
def test_rdf_dumps_are_isomorphic_to_golden_files(store, fmt):
    name, parse_as = RDF_GOLDEN[fmt]
    produced = run(store, fmt)
    expected = golden(name, produced)
    if fmt == "turtle":
        assert isomorphic(Graph().parse(data=produced, format="turtle"),
                          Graph().parse(data=expected, format="turtle"))
    else:
        a, b = Dataset(), Dataset()
        a.parse(data=produced, format=parse_as)
        b.parse(data=expected, format=parse_as)
        assert sorted(map(str, a.graphs())) == sorted(map(str, b.graphs()))
        for g in a.graphs():
            assert isomorphic(g, b.graph(g.identifier)), g.identifier


def test_unfiltered_dump_holds_every_quad_of_the_kb(store):
    dumped, original = Dataset(), Dataset()
    dumped.parse(data=run(store, "nquads"), format="nquads")
    original.parse(TRIG, format="trig")
    def quads(ds):
        return {(str(g.identifier), s, p, o) for g in ds.graphs() for s, p, o in g if len(g)}

    assert quads(dumped) == quads(original) and len(quads(original)) > 400


def test_png_is_a_real_image(store):
    data = run(store, "png")
    assert isinstance(data, bytes) and data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    assert (width, height) == (900, 360)  # 9 x (1.6 + 0.5 * 4 actors) inches at 100 dpi
    import matplotlib.image

    pixels = matplotlib.image.imread(io.BytesIO(data), format="png")
    assert pixels.shape[:2] == (height, width)
    assert pixels[..., :3].std() > 0.05  # not a blank canvas


def test_csv_loads_with_pandas_to_the_expected_dtypes(store):
    pd = pytest.importorskip("pandas")
    frame = pd.read_csv(io.StringIO(run(store, "csv")), parse_dates=["earliest", "latest"],
                        keep_default_na=False, na_values=[""])
    assert list(frame.columns) == list(exporters.tabular.EVENT_COLUMNS)
    assert str(frame["earliest"].dtype).startswith("datetime64")
    assert str(frame["latest"].dtype).startswith("datetime64")
    assert frame["reports"].dtype == "int64"
    assert frame["conflict"].dtype == bool
    assert pd.api.types.is_string_dtype(frame["type"])
    assert len(frame) == 6
    merged = frame[frame["reports"] == 2].iloc[0]
    assert merged["earliest"] == pd.Timestamp("2023-06-07") and merged["status"] == "past"
    assert frame["earliest"].isna().sum() == 1  # the undated visit
    month = frame[frame["value"] == "2023-01"].iloc[0]
    assert (month["granularity"], month["latest"]) == ("month", pd.Timestamp("2023-01-31"))

    reports = pd.read_csv(io.StringIO(run(store, "csv", mentions=True)), parse_dates=["published"])
    assert len(reports) == 7 and reports["evidence_start"].dtype == "int64"
    assert str(reports["published"].dtype).startswith("datetime64")
    assert reports["event"].nunique() == 6


def test_csv_evidence_slices_back_to_the_document(store):
    import csv

    rows = list(csv.DictReader(io.StringIO(run(store, "csv", mentions=True))))
    texts = {str(r["doc_id"]): str(r["t"]) for r in store.query(
        "SELECT ?doc_id ?t WHERE { GRAPH ?g { ?d <http://purl.org/dc/terms/identifier> ?doc_id ; "
        "<http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#isString> ?t } }")}
    for row in rows:
        s, e = int(row["evidence_start"]), int(row["evidence_end"])
        assert texts[row["doc_id"]][s:e] == row["evidence"]


def test_ics_parses_back_with_icalendar(store):
    icalendar = pytest.importorskip("icalendar")
    import datetime as dt

    cal = icalendar.Calendar.from_ical(run(store, "ics"))
    events = cal.walk("VEVENT")
    assert len(events) == 5  # the undated visit is not in the calendar
    by_summary = {str(e["SUMMARY"]): e for e in events}
    call = by_summary["PhoneCall: Joe Biden, Fumio Kishida"]
    assert call["DTSTART"].dt == dt.date(2021, 10, 4) and call["DTEND"].dt == dt.date(2021, 10, 5)
    month = [e for e in events if e["DTSTART"].dt == dt.date(2023, 1, 1)][0]
    assert month["DTEND"].dt == dt.date(2023, 2, 1)  # exclusive end: all of January
    uids = [str(e["UID"]) for e in events]
    assert len(set(uids)) == 5
    again = icalendar.Calendar.from_ical(run(store, "ics"))
    assert [str(e["UID"]) for e in again.walk("VEVENT")] == uids  # stable


def test_timelinejs_has_the_documented_structure(store):
    body = json.loads(run(store, "timelinejs"))
    assert set(body) == {"title", "events"} and "headline" in body["title"]["text"]
    allowed = {"start_date", "end_date", "text", "group", "display_date", "unique_id", "media", "background"}
    for slide in body["events"]:
        assert set(slide) <= allowed and {"start_date", "text"} <= set(slide)
        assert set(slide["text"]) == {"headline", "text"}
        for key in ("start_date", "end_date"):
            if key in slide:
                assert set(slide[key]) <= {"year", "month", "day"} and "year" in slide[key]
                assert all(v.isdigit() for v in slide[key].values())
    starts = [s["start_date"] for s in body["events"]]
    assert {"year": "2022"} in starts  # year-only stays year-only
    assert {"year": "2023", "month": "1"} in starts  # month-only stays month-only
    assert {"year": "2023", "month": "6", "day": "7"} in starts
    assert len({s["unique_id"] for s in body["events"]}) == len(body["events"]) == 5


def test_jsonld_expands_to_triples_of_the_store(store):
    produced = run(store, "jsonld")
    body = json.loads(produced)
    assert "@context" in body and body["@graph"]
    g = Graph().parse(data=produced, format="json-ld")
    kb_union = Dataset(default_union=True)
    kb_union.parse(TRIG, format="trig")
    name = URIRef("https://schema.org/name")
    checked = 0
    for s, p, o in g:
        if p == name:
            continue
        assert (s, p, o) in kb_union, (s, p, o)
        checked += 1
    assert checked > 60
    berlin = URIRef("https://w3id.org/kb/id/doc/fx-de-scholz-macron/event/e1")
    assert (berlin, URIRef("http://semanticweb.cs.vu.nl/2009/11/sem/hasActor"), URIRef(WD + "Q61053")) in g
    assert any(o == Literal("2023-06-07", datatype=URIRef("http://www.w3.org/2001/XMLSchema#date"))
               for o in g.objects(berlin, URIRef("http://semanticweb.cs.vu.nl/2009/11/sem/hasEarliestBeginTimeStamp")))


def test_json_merges_reports_of_one_canonical_event(store):
    events = json.loads(run(store, "json"))["events"]
    merged = [e for e in events if len(e["reports"]) == 2]
    assert len(merged) == 1
    e = merged[0]
    assert e["status"] == "past" and e["date"]["earliest"] == "2023-06-07"
    assert [r["doc_id"] for r in e["reports"]] == ["fx-en-scholz-macron", "fx-de-scholz-macron"]
    assert {p["qid"]: p["role"] for p in e["participants"]} == {"Q61053": "host", "Q3052772": "guest"}


@pytest.mark.parametrize("filters, expected", [
    ({"actors": [WD + "Q6279"]}, {"PhoneCall 2021-10-04", "Visit 2022"}),
    ({"types": ["Visit"]}, {"Visit 2022", "Visit None"}),
    ({"places": [WD + "Q183"]}, {"Meeting 2023-06-07", "Meeting 2023-10"}),  # cities in Germany
    ({"since": "2023-01-31", "until": "2023-07-01"}, {"Meeting 2023-01", "Meeting 2023-06-07"}),
    ({"source": "https://zeitung.example.de/"}, {"Meeting 2023-06-07", "Meeting 2023-10"}),
    ({"source": "fx-en-biden-kishida", "types": ["PhoneCall"]}, {"PhoneCall 2021-10-04"}),
])
def test_filters_select_events(store, filters, expected):
    events = json.loads(run(store, "json", **filters))["events"]
    assert {f"{e['kb_type']} {e['date']['value'] if e['date'] else None}" for e in events} == expected


def test_filtered_rdf_dump_keeps_only_the_graphs_that_report_the_events(store):
    ds = Dataset()
    ds.parse(data=run(store, "trig", types=["PhoneCall"]), format="trig")
    names = sorted(str(g.identifier) for g in ds.graphs() if len(g))
    assert names == ["https://w3id.org/kb/id/graph/fx-en-biden-kishida"]


@pytest.mark.parametrize("bad", [
    Selection(actors=["http://example.org/x> } ; DROP ALL ; #"]),
    Selection(places=["not an iri"]),
    Selection(since="2023-01-01\"^^xsd:date) } DROP ALL #"),
    Selection(types=["Meeting\" } DROP ALL #"]),
])
def test_filter_values_cannot_inject_sparql(store, bad):
    with pytest.raises(InputError):
        exporters.export(store, "csv", bad)


def test_registry_plugs_in_formats_and_rejects_unknown_names(store):
    with pytest.raises(InputError, match="unknown export format"):
        exporters.get("docx")
    exporters.register("count-test", "tests_export_plugin:write", "text/plain", "txt")
    try:
        import sys
        import types

        mod = types.ModuleType("tests_export_plugin")
        mod.write = lambda request: f"{len(request.events)} events\n"
        sys.modules["tests_export_plugin"] = mod
        assert exporters.export(store, "count-test") == "6 events\n"
    finally:
        exporters._REGISTRY.pop("count-test", None)
        sys.modules.pop("tests_export_plugin", None)
    assert {f.name for f in exporters.formats()} >= {"csv", "json", "jsonld", "timelinejs", "ics", "html",
                                                      "png", "svg", "turtle", "trig", "nquads"}


def test_html_page_is_self_contained(store):
    page = run(store, "html")
    assert "<script src" not in page and "<link" not in page and "http://cdn" not in page
    assert "https://" not in page.split('<script id="kb-data"')[0]  # no remote resource in the template
    data = page.split('<script id="kb-data" type="application/json">')[1].split("</script>")[0]
    events = json.loads(data)["events"]
    assert len(events) == 6 and all(e["evidence"] for e in events)


def test_html_escapes_text_that_could_close_the_script(store):
    from kb.exporters.page import render

    page = render({"title": "<b>x</b>", "events": [{"evidence": "</script><script>alert(1)</script>"}]})
    assert "</script><script>alert(1)" not in page
    assert "<title>&lt;b&gt;x&lt;/b&gt;</title>" in page


# --------------------------------------------------------------------------- API and command line
@pytest.fixture()
def base(store):
    from kb.api import KnowledgeBase

    return KnowledgeBase(store)


def test_api_export_resolves_names_and_writes_the_file(base, tmp_path):
    out = tmp_path / "m.csv"
    text = base.export("csv", out, actor="Emmanuel Macron", since="2023-06", title=TITLE)
    assert out.read_text(encoding="utf-8") == text
    assert [line.split(",")[3] for line in text.splitlines()[1:]] == ["2023-06-07", "2023-10"]
    png = base.export("png", tmp_path / "c.png", place="Q183")
    assert png[:4] == b"\x89PNG" and (tmp_path / "c.png").read_bytes() == png


def test_api_records_and_dataframes(base):
    pd = pytest.importorskip("pandas")
    records = base.records(type="PhoneCall")
    assert [r["participants"][1]["qid"] for r in records] == ["Q6279"]
    frame = base.dataframe(type=["Meeting"])
    assert len(frame) == 3 and str(frame["earliest"].dtype).startswith("datetime64")
    rows = base.dataframe(
        "PREFIX sem: <http://semanticweb.cs.vu.nl/2009/11/sem/>\n"
        "PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>\n"
        "SELECT ?e ?lo ?n WHERE { GRAPH ?g { ?e sem:hasEarliestBeginTimeStamp ?lo . "
        "OPTIONAL { ?e <http://groundedannotationframework.org/gaf#denotedBy> ?m . ?m nif:beginIndex ?n } } } "
        "ORDER BY ?lo ?e")
    assert list(rows.columns) == ["e", "lo", "n"]
    assert str(rows["lo"].dtype).startswith("datetime64") and str(rows["n"].dtype) in ("int64", "Int64")
    assert rows["lo"].min() == pd.Timestamp("2021-10-04")


def test_cli_export_writes_every_format(base, monkeypatch, tmp_path):
    from click.testing import CliRunner

    import kb.cli as cli

    monkeypatch.setattr(cli, "_open", lambda store, read_only=False: base)
    monkeypatch.setattr(base, "close", lambda: None)
    runner = CliRunner()
    result = runner.invoke(cli.main, ["export", "--format", "csv", "--actor", "Q6279", "--title", TITLE])
    assert result.exit_code == 0, result.output
    assert result.output == run(base.store, "csv", actors=[WD + "Q6279"])
    for fmt in ("json", "jsonld", "timelinejs", "ics", "html", "png", "svg", "turtle", "trig", "nquads"):
        out = tmp_path / f"x.{fmt}"
        result = runner.invoke(cli.main, ["export", "--format", fmt, "--output", str(out), "--type", "Meeting"])
        assert result.exit_code == 0, result.output
        assert out.stat().st_size > 200
    result = runner.invoke(cli.main, ["export", "--format", "csv", "--since", "2023-13"])
    assert result.exit_code == 2 and "Error:" in result.output and "Traceback" not in result.output
    result = runner.invoke(cli.main, ["export", "--format", "csv", "--actor", "Nobody At All"])
    assert result.exit_code == 2 and "no actor called" in result.output


@pytest.mark.skipif(__import__("shutil").which("Rscript") is None, reason="R is not installed (Debian: r-cran-readr)")
def test_csv_loads_with_readr(store, tmp_path):
    import subprocess

    if subprocess.run(["Rscript", "-e", "library(readr)"], capture_output=True, timeout=60).returncode != 0:
        pytest.skip("R has no readr (Debian: r-cran-readr)")
    path = tmp_path / "kb.csv"
    path.write_text(run(store, "csv"), encoding="utf-8")
    script = (f'suppressMessages(library(readr)); x <- read_csv("{path}", show_col_types = FALSE)\n'
              'cat(nrow(x), class(x$earliest), class(x$reports), class(x$conflict), sum(is.na(x$earliest)), "\\n")\n'
              'cat(nrow(problems(x)), format(x$latest[which(x$value == "2023-01")]), "\\n")\n')
    done = subprocess.run(["Rscript", "-e", script], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == ["6 Date numeric logical 1 ", "0 2023-01-31 "]


def test_cli_writes_binary_formats_to_a_pipe(base, monkeypatch):
    from click.testing import CliRunner

    import kb.cli as cli

    monkeypatch.setattr(cli, "_open", lambda store, read_only=False: base)
    monkeypatch.setattr(base, "close", lambda: None)
    result = CliRunner().invoke(cli.main, ["export", "--format", "png", "--type", "Meeting"])
    assert result.exit_code == 0 and result.stdout_bytes[:8] == b"\x89PNG\r\n\x1a\n"


def test_a_store_reached_only_through_sparql_gives_the_same_exports(store):
    from fixtures_exports import OxigraphFixtureStore

    plain = OxigraphFixtureStore()  # no .oxigraph: every read is a SPARQL query
    for fmt in ("json", "csv", "jsonld", "nquads"):
        assert exporters.export(plain, fmt, title=TITLE) == run(store, fmt)
