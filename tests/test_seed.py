"""Acceptance on the seed article and the development set in ../shared (skipped when absent).

The articles are read from ../shared at test time and never copied into the repository.
"""

import importlib.util
import json
from pathlib import Path

import pytest

import kb.api as kbapi
from kb.document import iter_documents

SHARED = Path(__file__).resolve().parents[2] / "shared"
ARTICLES = SHARED / "data" / "articles"
SEED = ARTICLES / "seed-de-afp-2024-05-14.json"

pytestmark = pytest.mark.skipif(not SEED.exists(), reason="../shared/data/articles not available")

PREFIXES = """PREFIX kb: <https://w3id.org/kb/ns#>
PREFIX sem: <http://semanticweb.cs.vu.nl/2009/11/sem/>
PREFIX schema: <https://schema.org/>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
PREFIX wd: <http://www.wikidata.org/entity/>
PREFIX gaf: <http://groundedannotationframework.org/gaf#>
PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
PREFIX time: <http://www.w3.org/2006/time#>
"""


@pytest.fixture(scope="module")
def seed_kb():
    base = kbapi.open_kb(None)
    summary = base.ingest([SEED])
    assert summary.documents == 1, summary.rejected
    yield base
    base.close()


def ask(base, body):
    return base.query(PREFIXES + "ASK { GRAPH ?g { " + body + " } }")


def test_state_visit(seed_kb):
    assert ask(seed_kb, """?e a kb:StateVisit ; kb:visitor wd:Q7747 ; sem:hasPlace wd:Q956 ;
        sem:hasEarliestBeginTimeStamp "2024-05-16"^^xsd:date ; sem:hasLatestEndTimeStamp "2024-05-17"^^xsd:date ;
        schema:eventStatus schema:EventScheduled .
        { ?e kb:host wd:Q15031 } UNION { ?e kb:host wd:Q148 }""")


def test_announcement_by_foreign_ministry(seed_kb):
    assert ask(seed_kb, """?e a kb:Announcement ; sem:hasActor ?m ;
        sem:hasEarliestBeginTimeStamp "2024-05-14"^^xsd:date ; sem:hasLatestEndTimeStamp "2024-05-14"^^xsd:date .
        ?m <http://www.w3.org/2000/01/rdf-schema#label> ?l . FILTER(CONTAINS(LCASE(STR(?l)), "foreign"))""")


def test_reelection_in_march(seed_kb):
    assert ask(seed_kb, """?e a ?c ; sem:hasActor wd:Q7747 ; kb:granularity time:unitMonth ;
        sem:hasEarliestBeginTimeStamp "2024-03-01"^^xsd:date ; sem:hasLatestEndTimeStamp "2024-03-31"^^xsd:date .
        VALUES ?c { kb:Election kb:ReElection }""")


def test_count_claim(seed_kb):
    assert ask(seed_kb, """?c a kb:CountClaim ; kb:count 3 ; kb:countedType kb:Meeting ;
        kb:claimParticipant wd:Q7747, wd:Q15031 ; kb:windowBegin "2022-02-01"^^xsd:date ;
        kb:asOf "2024-05-14"^^xsd:date .""")


def test_ordinal_claim(seed_kb):
    assert ask(seed_kb, """?c a kb:OrdinalClaim ; kb:ordinal 2 ; kb:window "P7M"^^xsd:duration ;
        kb:claimParticipant wd:Q7747 .""")


def test_war_start(seed_kb):
    assert ask(seed_kb, """?e a kb:ArmedConflictStart ; sem:hasActor wd:Q159 ;
        sem:hasEarliestBeginTimeStamp "2022-02-01"^^xsd:date ; sem:hasLatestEndTimeStamp "2022-02-28"^^xsd:date .""")


def test_evidence_offsets_slice_back(seed_kb):
    text = json.loads(SEED.read_text(encoding="utf-8"))["text"]
    rows = list(seed_kb.query(PREFIXES + """SELECT ?s ?e ?a WHERE { GRAPH ?g {
        ?x gaf:denotedBy ?m . ?m nif:beginIndex ?s ; nif:endIndex ?e ; nif:anchorOf ?a } }"""))
    assert len(rows) >= 8
    for r in rows:
        assert text[int(r["s"]):int(r["e"])] == str(r["a"])


def test_seed_score():
    spec = importlib.util.spec_from_file_location("score_events", SHARED / "eval" / "score_events.py")
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    (doc,) = iter_documents([SEED])
    rec = kbapi.analyse(doc).as_record()
    import tempfile

    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as f:
        f.write(json.dumps(rec) + "\n")
    result = scorer.score(str(ARTICLES / "gold"), f.name, only={SEED.stem})
    assert result["events"]["F1"] >= 0.8, result
    assert result["claims"]["F1"] >= 0.8, result
    assert result["date_accuracy"] == 1.0, result


def test_whole_dev_set_ingests(tmp_path):
    with kbapi.open_kb(tmp_path / "kb") as base:
        summary = base.ingest(sorted(ARTICLES.glob("*.json")))
    assert summary.documents == len(list(ARTICLES.glob("*.json")))
    assert not summary.rejected
