"""kb timeline and kb export: one column set, one notion of merged events (``--unmerged`` to
see every report), QIDs in the order of the names, and the API's filters named as the CLI's."""

from __future__ import annotations

import csv
import io
import json
import warnings

import pytest
from click.testing import CliRunner

from kb.api import open_kb
from kb.cli import main
from kb.exporters.tabular import EVENT_COLUMNS
from kb.timeline import TIMELINE_COLUMNS

# Own sentences: two newspapers report the same meeting on the same day; a third text has a
# meeting with three participants (for the order of names and QIDs).
TEXTS = [
    ("merge-a", "en", "2023-06-08",
     "Olaf Scholz met Emmanuel Macron in Berlin on Wednesday. They talked about defence spending."),
    ("merge-b", "de", "2023-06-08",
     "Bundeskanzler Olaf Scholz traf am Mittwoch den französischen Präsidenten Emmanuel Macron in Berlin."),
    ("merge-c", "en", "2023-09-20",
     "Joe Biden met Olaf Scholz and Emmanuel Macron in New York on Tuesday."),
]


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    path = str(tmp_path_factory.mktemp("merged") / "kb")
    with open_kb(path) as base:
        for doc_id, lang, published, text in TEXTS:
            base.ingest_text(text, id=doc_id, lang=lang, published=published)
        report = base.merge()
        assert report is not None
    return path


def cli(store, *args):
    r = CliRunner().invoke(main, ["--store", store, *args])
    assert r.exit_code == 0, r.output
    return r.output


def test_timeline_and_export_have_one_column_set():
    assert TIMELINE_COLUMNS == EVENT_COLUMNS


def test_timeline_csv_equals_export_csv_and_joins_merged_reports(store):
    timeline = cli(store, "timeline", "--format", "csv")
    assert timeline == cli(store, "export", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(timeline)))
    assert list(rows[0]) == list(EVENT_COLUMNS)
    merged = [r for r in rows if r["reports"] == "2"]
    assert len(merged) == 1, rows
    assert merged[0]["doc_ids"].split() == ["merge-a", "merge-b"] or \
        sorted(merged[0]["doc_ids"].split()) == ["merge-a", "merge-b"]
    assert "/graph/_canonical" not in merged[0]["event"] and "/doc/" not in merged[0]["event"]


def test_unmerged_shows_every_report(store):
    merged = list(csv.DictReader(io.StringIO(cli(store, "timeline", "--format", "csv"))))
    unmerged = list(csv.DictReader(io.StringIO(cli(store, "timeline", "--format", "csv", "--unmerged"))))
    assert len(unmerged) == len(merged) + 1
    assert all(r["reports"] == "1" and "/doc/" in r["event"] for r in unmerged)
    assert cli(store, "timeline", "--format", "csv", "--unmerged") == cli(store, "export", "--format", "csv",
                                                                           "--unmerged")
    with open_kb(store, read_only=True) as base:
        assert len(base.timeline(unmerged=True)) == len(unmerged)
        assert [r.event for r in base.timeline()] == [r["event"] for r in merged]


def test_qids_follow_the_names(store):
    with open_kb(store, read_only=True) as base:
        rows = base.timeline()
        records = {e["id"]: e for e in base.records()}
    several = [r for r in rows if ";" in r.participants]
    assert several, "the fixture texts should give an event with several participants"
    for r in rows:
        names, qids = r.participants.split("; "), r.participant_qids.split()
        assert len(names) == len(qids)
        truth = {p["name"]: p["qid"] or p["iri"] for p in records[r.event]["participants"]}
        assert [truth[n] for n in names] == qids, r
    table = json.loads(cli(store, "timeline", "--format", "json"))
    assert [row["participant_qids"] for row in table] == [r.participant_qids for r in rows]


def test_api_filters_are_named_as_the_cli_options(store):
    with open_kb(store, read_only=True) as base:
        cli_rows = list(csv.DictReader(io.StringIO(cli(store, "timeline", "--format", "csv", "--type", "Meeting"))))
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            api_rows = base.timeline(type="Meeting")
            exported = base.export("csv", type=["Meeting"])
        assert [r.event for r in api_rows] == [r["event"] for r in cli_rows] and api_rows
        assert exported == cli(store, "export", "--format", "csv", "--type", "Meeting")
        with pytest.warns(DeprecationWarning, match="use type="):
            old = base.timeline(types=["Meeting"])
        assert old == api_rows
        with pytest.warns(DeprecationWarning):
            assert base.export("csv", types=["Meeting"]) == exported


def test_read_only_store_checks_its_keys_once(store):
    """A read-only KB remembers whether its store has the index keys (kb.rdf.index.has_keys):
    later timelines ask only their own lookups, and show the same rows."""
    from kb.rdf.index import is_key_check

    with open_kb(store, read_only=True) as base:
        asked: list[str] = []
        select = base.store.select
        base.store.select = lambda sparql: asked.append(sparql) or select(sparql)
        first = [base.timeline(type="Meeting", since="1900", limit=5), base.timeline(since="1900", type="Visit")]
        checks = sum(map(is_key_check, asked))
        asked.clear()
        again = [base.timeline(type="Meeting", since="1900", limit=5), base.timeline(since="1900", type="Visit")]
        assert checks and not any(map(is_key_check, asked)) and asked
        assert again == first
    with open_kb(store) as base:  # writable: asks every time
        asked = []
        select = base.store.select
        base.store.select = lambda sparql: asked.append(sparql) or select(sparql)
        base.timeline(type="Meeting", since="1900", limit=5)
        base.timeline(type="Meeting", since="1900", limit=5)
        assert sum(map(is_key_check, asked)) >= 2


@pytest.mark.parametrize("unmerged", [False, True])
def test_rows_read_lean_equal_rows_of_whole_reports(store, unmerged):
    """timeline_rows reads only what a row shows (row_only, the default): the same rows as from
    the whole reports kb export reads, merged events included."""
    from kb.exporters.tabular import timeline_rows

    with open_kb(store, read_only=True) as base:
        events = [str(r["e"]) for r in base.store.query("SELECT DISTINCT ?e WHERE { ?e a sem:Event }")]
        lean = timeline_rows(base.store, events, unmerged=unmerged)
        whole = timeline_rows(base.store, events, unmerged=unmerged, row_only=False)
    assert any(r.reports > 1 for r in whole) or unmerged
    assert [r.as_dict() for r in lean] == [r.as_dict() for r in whole]
