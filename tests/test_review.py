"""Review corrections (kb.review): stored apart, applied everywhere, kept across re-ingests, shared."""

from __future__ import annotations

import csv
import json
import io

import pytest

import kb.api as kbapi
from kb.exporters import export
from kb.rdf import iri
from kb.review import REVIEW_PREFIX, Review, ReviewError, review_graph

# Written for these tests: one meeting with a date and a place, one phone call dated by a weekday.
TEXT = ("Bundeskanzler Olaf Scholz traf am 16. Mai 2024 in Berlin den französischen Präsidenten "
        "Emmanuel Macron. Am Freitag telefonierte Scholz mit Joe Biden.")
# The same document after its publisher rewrote it: the phone call's sentence is gone.
REWRITTEN = ("Bundeskanzler Olaf Scholz traf am 16. Mai 2024 in Berlin den französischen Präsidenten "
             "Emmanuel Macron.")


def ingest(base, text=TEXT, doc="w1"):
    base.ingest_text(text, id=doc, lang="de", published="2024-05-14")


def events_by_type(base, doc="w1"):
    return {r.type: r for r in base.timeline(unmerged=True) if r.doc_id == doc}


@pytest.fixture
def base():
    with kbapi.open_kb(None) as b:
        ingest(b)
        yield b


def test_reject_and_correct_survive_reingest_in_timeline_and_csv(base):
    rv = Review(base.store)
    found = events_by_type(base)
    assert set(found) == {"Meeting", "PhoneCall"}
    rv.reject("w1", found["PhoneCall"].event, "ana", note="the call was in April")
    rv.correct("w1", found["Meeting"].event, "ana", {"date": "2024-05-17"})
    for _ in range(2):  # applied at once, and again after the document is ingested anew
        rows = base.timeline()
        assert [(r.type, r.value, r.earliest) for r in rows] == [("Meeting", "2024-05-17", "2024-05-17")]
        table = list(csv.DictReader(io.StringIO(export(base.store, "csv"))))
        assert [(r["type"], r["earliest"]) for r in table] == [("Meeting", "2024-05-17")]
        ingest(base)
    window = base.query_named("events-in-window", {"since": "2024-05", "until": "2024-05"})
    assert [(str(r["type"]), str(r["value"])) for r in window] == [("Meeting", "2024-05-17")]
    # the corrected date is indexed too: the actor/window timeline finds it through kb:actorPeriod
    assert [r.value for r in base.timeline(actor="Q61053", since="2024-05-17", until="2024-05-17")] == ["2024-05-17"]
    assert base.timeline(actor="Q61053", since="2024-05-16", until="2024-05-16") == []
    listed = rv.list("w1")
    assert [(c["action"], c["orphaned"], c["who"]) for c in listed] == [("reject", False, "ana"),
                                                                       ("correct", False, "ana")]
    assert listed[1]["changes"] == {"date": "2024-05-17"} and listed[1]["previous"] == {"date": "2024-05-16"}
    assert listed[0]["note"] == "the call was in April"
    assert base.store.validate() == []  # both graphs conform to the shapes, review.ttl included


def test_correct_type_participants_place_status_and_accept(base):
    rv = Review(base.store)
    meeting = events_by_type(base)["Meeting"].event
    rv.correct("w1", meeting, "ben", {"type": "StateVisit", "participants": ["Olaf Scholz", "Q6279"],
                                       "place": "Q64", "status": "past"})
    call = events_by_type(base)["PhoneCall"].event
    rv.accept("w1", call, "ben")
    ingest(base)
    rows = events_by_type(base)
    assert sorted(rows["StateVisit"].participant_qids.split()) == ["Q61053", "Q6279"]  # rows list them by name
    assert rows["StateVisit"].status == "past" and rows["StateVisit"].place_qid == "Q64"
    assert base.timeline(types=["Visit"])[0].type == "StateVisit"  # the kb class follows the type
    reviewed = base.store.select_text("SELECT ?e WHERE { GRAPH ?g { ?e kb:reviewed true } } ORDER BY ?e")
    assert sorted(r["e"] for r in reviewed) == sorted([rows["StateVisit"].event, rows["PhoneCall"].event])
    # the who-met-whom index keys follow the new participants
    pair = base.store.select_text(
        "SELECT ?e WHERE { GRAPH ?g { ?e kb:actorPair <https://w3id.org/kb/id/idx/pair/Q3052772/Q61053> } }")
    assert pair == []
    from kb.network import actor_network

    nodes, edges = actor_network(base.store)
    assert [n["qid"] for n in nodes] == ["Q61053", "Q6279"]
    assert [(e["count"], e["types"]) for e in edges] == [(2, ["PhoneCall", "StateVisit"])]
    records = json.loads(export(base.store, "json"))["events"]
    assert [r.get("reviewed") for r in records] == [True, True]
    assert base.store.validate() == [] and base.store.validate(method="sparql") == []


def test_add_event_appears_and_is_not_duplicated_by_reextraction(base):
    rv = Review(base.store)
    start = TEXT.index("Am Freitag")
    end = len(TEXT)
    rv.add_event("w1", "cem", start, end, "Statement", participants=["Q61053"], date="2024-05-10")
    statements = [r for r in base.timeline() if r.type == "Statement"]
    assert len(statements) == 1 and statements[0].evidence == TEXT[start:end]
    ingest(base)
    assert len([r for r in base.timeline() if r.type == "Statement"]) == 1
    assert base.store.validate() == []


def test_orphaned_when_the_evidence_is_gone_and_never_dropped(base):
    rv = Review(base.store)
    found = events_by_type(base)
    rv.reject("w1", found["PhoneCall"].event, "ana")
    rv.correct("w1", found["Meeting"].event, "ana", {"status": "past"})
    ingest(base, REWRITTEN)
    listed = rv.list("w1")
    assert [(c["action"], c["orphaned"]) for c in listed] == [("reject", True), ("correct", False)]
    assert [r.status for r in base.timeline()] == ["past"]
    ingest(base)  # the sentence is back: the rejection applies again
    assert [(c["action"], c["orphaned"]) for c in rv.list("w1")] == [("reject", False), ("correct", False)]
    assert [r.type for r in base.timeline()] == ["Meeting"]
    base.store.remove_document("w1")  # the document is gone, its corrections are listed, orphaned
    assert [c["orphaned"] for c in rv.list()] == [True, True]


def test_export_import_round_trip_into_a_fresh_store(base, tmp_path):
    rv = Review(base.store)
    found = events_by_type(base)
    rv.reject("w1", found["PhoneCall"].event, "ana")
    rv.correct("w1", found["Meeting"].event, "ana", {"date": "2024-05", "type": "Summit"})
    buf = io.BytesIO()
    assert rv.export(buf) == 2
    with kbapi.open_kb(None) as other:
        # imported before the document is there: kept (orphaned), applied when it is ingested
        assert Review(other.store).import_(io.BytesIO(buf.getvalue())) == 2
        assert [c["orphaned"] for c in Review(other.store).list()] == [True, True]
        ingest(other)
        assert [(r.type, r.value, r.granularity) for r in other.timeline()] == [("Summit", "2024-05", "month")]
        assert Review(other.store).import_(io.BytesIO(buf.getvalue())) == 0  # nothing twice
        assert [c["orphaned"] for c in Review(other.store).list()] == [False, False]
    with kbapi.open_kb(None) as third:  # into a store that has the document: applied at once
        ingest(third)
        assert Review(third.store).import_(io.StringIO(buf.getvalue().decode()), format="nquads") == 2
        assert [r.type for r in third.timeline()] == ["Summit"]


@pytest.mark.parametrize("content, message", [
    (b"this is not rdf", "cannot read"),
    (b'<http://a.example/s> <http://a.example/p> "o" .\n', "outside a review graph"),
    (b'<https://w3id.org/kb/id/review/w1/x> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> '
     b'<https://w3id.org/kb/ns#Correction> <https://w3id.org/kb/id/graph/_review/w1> .\n', "violating the shapes"),
])
def test_bad_import_files_are_one_line_errors_and_change_nothing(base, content, message):
    before = base.store.count_triples()
    with pytest.raises(ReviewError, match=message) as info:
        Review(base.store).import_(io.BytesIO(content))
    assert "\n" not in str(info.value)
    assert base.store.count_triples() == before


def test_import_is_atomic_over_documents(base):
    ingest(base, doc="w2")
    rv = Review(base.store)
    rv.reject("w1", events_by_type(base)["PhoneCall"].event, "ana")
    rv.reject("w2", events_by_type(base, "w2")["PhoneCall"].event, "ana")
    buf = io.BytesIO()
    rv.export(buf)
    # the second document's graph breaks (a correction without its author): nothing is imported
    broken = b"\n".join(line for line in buf.getvalue().splitlines()
                        if not (b"_review/w2" in line and b"wasAttributedTo" in line)) + b"\n"
    with kbapi.open_kb(None) as other:
        ingest(other)
        ingest(other, doc="w2")
        before = other.store.count_triples()
        with pytest.raises(ReviewError):
            Review(other.store).import_(io.BytesIO(broken))
        assert other.store.count_triples() == before and Review(other.store).list() == []


def test_bad_corrections_are_refused(base):
    rv = Review(base.store)
    meeting = events_by_type(base)["Meeting"].event
    for changes, message in (({"date": "next week"}, "TIMEX3"), ({"type": "Picnic"}, "unknown event type"),
                             ({"status": "maybe"}, "unknown status"), ({"colour": "red"}, "unknown field"),
                             ({"participants": ["Nobody Atall"]}, "no actor"), ({}, "at least one change")):
        with pytest.raises(ReviewError, match=message):
            rv.correct("w1", meeting, "ana", changes)
    with pytest.raises(ReviewError, match="not an event"):
        rv.reject("w1", meeting + "x", "ana")
    with pytest.raises(ReviewError, match="not an http"):
        rv.reject("w1", "https://example.org/> } ; DROP ALL ; <x", "ana")
    with pytest.raises(ReviewError, match="not in the KB"):
        rv.reject("nope", meeting, "ana")
    with pytest.raises(ReviewError, match="not a span"):
        rv.add_event("w1", "ana", 10, 5000, "Meeting")
    with pytest.raises(ReviewError, match="who"):
        rv.accept("w1", meeting, " ")
    assert rv.list() == [] and not base.store.has_graph(review_graph("w1"))


@pytest.mark.parametrize("fmt", ["trig", "nquads", "turtle", "jsonld", "json", "csv"])
def test_review_graphs_never_leak_into_user_exports(base, fmt):
    rv = Review(base.store)
    rv.reject("w1", events_by_type(base)["PhoneCall"].event, "ana", note="Notiz-7f3a")
    out = export(base.store, fmt)
    assert REVIEW_PREFIX not in out and "Notiz-7f3a" not in out and "Correction" not in out
    assert "PhoneCall" not in out


def test_review_graph_is_no_document(base):
    Review(base.store).accept("w1", events_by_type(base)["Meeting"].event, "ana")
    assert base.store.documents() == ["w1"]
    assert iri.doc_id_of(review_graph("w1")) is None


def test_cli_reject_correct_reingest_list_export_import(tmp_path):
    from click.testing import CliRunner

    from kb.cli import main

    def run(*args):
        return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)

    art = tmp_path / "w1.txt"
    art.write_text(TEXT, encoding="utf-8")
    store = tmp_path / "kb"
    ingest_args = ("--store", store, "ingest", "-q", art, "--id", "w1", "--lang", "de", "--published", "2024-05-14")
    assert run(*ingest_args).exit_code == 0
    rows = list(csv.DictReader(io.StringIO(run("--store", store, "timeline", "--format", "csv").output)))
    by_type = {r["type"]: r["event"] for r in rows}
    r = run("--store", store, "review", "reject", "w1", by_type["PhoneCall"], "--who", "ana")
    assert r.exit_code == 0 and r.output.startswith("https://w3id.org/kb/id/review/w1/")
    r = run("--store", store, "review", "correct", "w1", by_type["Meeting"], "--who", "ana", "--date", "2024-05-17")
    assert r.exit_code == 0, r.output
    assert run(*ingest_args).exit_code == 0
    for command in (("timeline", "--format", "csv"), ("export", "--format", "csv")):
        table = list(csv.DictReader(io.StringIO(run("--store", store, *command).output)))
        assert [(t["type"], t["earliest"]) for t in table] == [("Meeting", "2024-05-17")], command
    listed = json.loads(run("--store", store, "review", "list", "--format", "json").output)
    assert [c["action"] for c in listed] == ["reject", "correct"]
    assert json.loads(run("--store", store, "review", "list", "--orphaned", "--format", "json").output) == []
    out = tmp_path / "c.trig"
    assert "2 corrections written" in run("--store", store, "review", "export", out).output
    fresh = tmp_path / "kb2"
    assert run("--store", fresh, *ingest_args[2:]).exit_code == 0
    assert "2 corrections imported" in run("--store", fresh, "review", "import", out).output
    table = list(csv.DictReader(io.StringIO(run("--store", fresh, "export", "--format", "csv").output)))
    assert [(t["type"], t["earliest"]) for t in table] == [("Meeting", "2024-05-17")]
    bad = tmp_path / "bad.nq"
    bad.write_text("<a> <b> .\n", encoding="utf-8")
    r = CliRunner().invoke(main, ["--store", str(fresh), "review", "import", str(bad)])
    assert r.exit_code == 2 and r.output.count("\n") == 1 and r.output.startswith("Error: cannot read")
    r = CliRunner().invoke(main, ["--store", str(fresh), "review", "correct", "w1", by_type["Meeting"],
                                  "--date", "soon"])
    assert r.exit_code == 2 and "TIMEX3" in r.output and "Traceback" not in r.output


# Two reports of one meeting, the English one with a count claim (written for these tests).
REPORT_DE = "Bundeskanzler Olaf Scholz traf am 16. Mai 2024 in Berlin den französischen Präsidenten Emmanuel Macron."
REPORT_EN = "Olaf Scholz met Emmanuel Macron in Berlin on 16 May 2024. Scholz and Macron have met twice since January 2024."


def test_merge_and_check_claims_read_the_corrected_kb():
    with kbapi.open_kb(None) as base:
        base.ingest_text(REPORT_DE, id="m-de", lang="de", published="2024-05-17")
        base.ingest_text(REPORT_EN, id="m-en", lang="en", published="2024-05-17")
        rv = Review(base.store)
        assert str(base.merge()).startswith("1 canonical events from 2 reports")
        (claim,) = base.check_claims()
        assert claim.found == 1 and len(claim.events) == 2 and claim.reviewed is None
        german = events_by_type(base, "m-de")["Meeting"].event
        english = events_by_type(base, "m-en")["Meeting"].event
        # another day for the German report: the two no longer merge, and the claim counts two meetings
        rv.correct("m-de", german, "ana", {"date": "2024-03-04"})
        assert str(base.merge()).startswith("0 canonical events")
        (claim,) = base.check_claims()
        assert claim.found == 2 and claim.verdict == "consistent"
        rv.reject("m-en", english, "ana")
        rv.check_claim("m-en", claim.claim, "ana", "wrong", note="they met once")
        base.ingest_text(REPORT_EN, id="m-en", lang="en", published="2024-05-17")  # re-extracted: still applied
        (claim,) = base.check_claims()
        assert claim.found == 1 and [e.iri for e in claim.events] == [german] and claim.reviewed == "wrong"
        assert "reviewed: wrong" in str(claim)
        assert [r.doc_id for r in base.timeline()] == ["m-de"]


def test_the_python_example_of_docs_review_runs(capsys):
    import re
    from pathlib import Path

    doc = Path(__file__).resolve().parent.parent / "docs" / "review.md"
    (block,) = re.findall(r"```python\n(.*?)```", doc.read_text(encoding="utf-8"), flags=re.S)
    exec(compile(block, "docs/review.md", "exec"), {})
    out = capsys.readouterr().out.splitlines()
    assert out == ["[('Meeting', '2024-03-04')]", "[('correct', False), ('reject', False)]"]
