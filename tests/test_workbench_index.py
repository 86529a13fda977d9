"""The event browser's index (kb.workbench.facets) follows the store incrementally.

After an ingest, a re-ingest that changes a document, a removal and reviews, the index is
updated from the store's change journal (only the documents named there are read again) and
its counts, whole-KB and filtered, equal SPARQL counts over the store. An update killed half-way
leaves the index as it was; a change the journal cannot name (an arbitrary SPARQL update) asks
for a rebuild.
"""

from __future__ import annotations

import sqlite3

import pytest

import kb.api as kbapi
from kb import changes
from kb.changes import read
from kb.errors import InputError
from kb.review import Review
from kb.workbench import facets
from kb.workbench.facets import FacetIndex, NeedsRebuild, build, refresh

# Written for these tests. A meeting in a country (Italy) and one in a city (Rome), and a call.
SUMMIT = ("On 3 May 2024 the German chancellor Olaf Scholz met the French president Emmanuel Macron in Italy. "
          "Two days later Scholz met Joe Biden in Rome.")
SUMMIT_REWRITTEN = "On 3 May 2024 the German chancellor Olaf Scholz met the French president Emmanuel Macron in Italy."
CALL = "On 9 June 2023 Emmanuel Macron spoke by telephone with Joe Biden about grain exports."
LATER = "On 14 February 2025 Joe Biden met Olaf Scholz in Paris. The weather in the north stayed mild."
QUIET = "The harbour was quiet all week and the ferries ran to schedule."  # no event at all

PLACE_COUNTRY = ("{ ?p kb:country ?c } UNION { ?p a kb:Country BIND(?p AS ?c) }")


def sparql_counts(store, where: str = "") -> dict[str, dict[str, int]]:
    """Facet counts computed by SPARQL over the store (``where``: extra patterns on ?e)."""
    base = f"GRAPH ?g {{ ?e kb:sourceDocument ?d ; kb:eventType ?t }} {where}"
    queries = {
        "type": f"SELECT ?v (COUNT(DISTINCT ?e) AS ?n) WHERE {{ {base} BIND(?t AS ?v) }} GROUP BY ?v",
        "actor": f"SELECT ?v (COUNT(DISTINCT ?e) AS ?n) WHERE {{ {base} GRAPH ?g {{ ?e sem:hasActor ?v }} }} GROUP BY ?v",
        "place": f"SELECT ?v (COUNT(DISTINCT ?e) AS ?n) WHERE {{ {base} GRAPH ?g {{ ?e sem:hasPlace ?v }} }} GROUP BY ?v",
        "country": f"SELECT ?v (COUNT(DISTINCT ?e) AS ?n) WHERE {{ {base} GRAPH ?g {{ ?e sem:hasPlace ?p }} "
                   f"{{ SELECT DISTINCT ?p ?c WHERE {{ GRAPH ?h {{ {PLACE_COUNTRY} }} }} }} BIND(?c AS ?v) }} GROUP BY ?v",
        "year": f"SELECT ?v (COUNT(DISTINCT ?e) AS ?n) WHERE {{ {base} GRAPH ?g {{ ?e sem:hasEarliestBeginTimeStamp ?b }} "
                "BIND(SUBSTR(STR(?b), 1, 4) AS ?v) } GROUP BY ?v",
        "reviewed": f"SELECT ?v (COUNT(DISTINCT ?e) AS ?n) WHERE {{ {base} GRAPH ?g {{ ?e kb:reviewed true }} "
                    'BIND("yes" AS ?v) } GROUP BY ?v',
    }
    return {facet: {r["v"]: int(r["n"]) for r in store.select_text(q)} for facet, q in queries.items()}


def index_counts(index: FacetIndex, filters=None) -> dict[str, dict[str, int]]:
    """The index's counts: the stored ones (no filter) or those of a filtered page."""
    if filters:
        page = index.page(filters, size=200)
        return {f: {e["value"]: e["count"] for e in page["facets"][f]} for f in page["facets"]}
    return {f: index.stored_counts(f) for f in facets.FACETS}


def check(index: FacetIndex, store) -> None:
    want = sparql_counts(store)
    have = index_counts(index)
    for facet, counts in want.items():
        got = dict(have[facet])
        if facet == "reviewed":
            got.pop("no", None)
        assert got == counts, facet
    total = sum(want["type"].values())
    assert index.page()["total"] == total == len(store.select_text(
        "SELECT DISTINCT ?e WHERE { GRAPH ?g { ?e kb:sourceDocument ?d ; kb:eventType ?t } }"))
    # a filtered page counts the same way as SPARQL restricted to the filter
    for t in want["type"]:
        filtered = index_counts(index, {"type": [t]})
        restricted = sparql_counts(store, f'FILTER(?t = "{t}")')
        assert {k: v for k, v in filtered["actor"].items()} == restricted["actor"]
        assert filtered["year"] == restricted["year"]
        assert index.page({"type": [t]})["total"] == sum(restricted["type"].values())


@pytest.fixture()
def kb_dir(tmp_path):
    path = tmp_path / "store"
    with kbapi.open_kb(path) as base:
        base.ingest_text(SUMMIT, id="summit", lang="en", published="2024-05-06")
        base.ingest_text(CALL, id="call", lang="en", published="2023-06-09")
        base.ingest_text(QUIET, id="quiet", lang="en", published="2023-06-10")
    return path


def built(base, kb_dir, tmp_path):
    path = tmp_path / "index.sqlite"
    build(base.store, path, "test", location=str(kb_dir))
    return path


def test_country_facet_counts_an_event_placed_in_a_country(kb_dir, tmp_path):
    with kbapi.open_kb(kb_dir) as base:
        index = FacetIndex.open(built(base, kb_dir, tmp_path))
        italy = "http://www.wikidata.org/entity/Q38"
        # the meeting "in Italy" (a country) and the one in Rome (a city of Italy) both count
        assert index.stored_counts("country") == {italy: 2}
        assert index.page({"country": [italy]})["total"] == 2
        check(index, base.store)
        index.close()


def test_a_country_no_text_names_is_labelled_from_the_gazetteer(tmp_path):
    # Paris is in the text, France only as its kb:country: the store holds no label for France,
    # and the facet must not show the bare QID.
    path = tmp_path / "store"
    with kbapi.open_kb(path) as base:
        base.ingest_text(LATER, id="later", lang="en", published="2025-02-15")
        france = "http://www.wikidata.org/entity/Q142"
        assert not base.store.select_text(f"SELECT ?l WHERE {{ GRAPH ?g {{ <{france}> rdfs:label ?l }} }}")
        index = FacetIndex.open(built(base, path, tmp_path))
        labels = {e["value"]: e["label"] for e in index.page()["facets"]["country"]}
        assert labels == {france: "France"}
        index.close()


def test_index_follows_ingest_reingest_delete_and_review(kb_dir, tmp_path):
    with kbapi.open_kb(kb_dir) as base:
        path = built(base, kb_dir, tmp_path)
        index = FacetIndex.open(path)
        check(index, base.store)
        steps = [
            ("ingest", lambda: base.ingest_text(LATER, id="later", lang="en", published="2025-02-15"), 1),
            ("re-ingest", lambda: base.ingest_text(SUMMIT_REWRITTEN, id="summit", lang="en",
                                                   published="2024-05-06"), 1),
            ("delete", lambda: base.store.remove_document("call"), 0),
        ]
        for name, change, written in steps:
            change()
            assert refresh(base.store, path, str(kb_dir)) == written, name  # only that document's rows
            index.sync()
            check(index, base.store)
        later = [e for e in index.page()["events"] if e["doc_id"] == "later"][0]["iri"]
        Review(base.store).correct("later", later, "ines", {"type": "PhoneCall", "date": "2025-02-13"})
        assert refresh(base.store, path, str(kb_dir)) == 1
        index.sync()
        check(index, base.store)
        assert index.stored_counts("reviewed") == {"yes": 1, "no": 1}
        summit = index.page({"type": ["Meeting"]})["events"][0]["iri"]
        Review(base.store).reject("summit", summit, "ines")
        assert refresh(base.store, path, str(kb_dir)) == 0
        index.sync()
        check(index, base.store)
        assert index.page()["total"] == 1
        # a fresh index of the same store has the same counts and rows
        (tmp_path / "fresh").mkdir()
        again = FacetIndex.open(built(base, kb_dir, tmp_path / "fresh"))
        assert index_counts(again) == index_counts(index)
        assert [e["iri"] for e in again.page()["events"]] == [e["iri"] for e in index.page()["events"]]
        again.close()
        index.close()


def test_a_killed_update_leaves_the_index_as_it_was(kb_dir, tmp_path, monkeypatch):
    with kbapi.open_kb(kb_dir) as base:
        path = built(base, kb_dir, tmp_path)
        before = sqlite3.connect(path).execute("SELECT value FROM meta WHERE key = 'mark'").fetchone()
        base.ingest_text(LATER, id="later", lang="en", published="2025-02-15")
        calls = []
        real = facets._count_deltas

        def dies_half_way(db, ids, sign, deltas):  # the rows are deleted, the new ones not yet counted
            calls.append(sign)
            if sign > 0:
                raise KeyboardInterrupt("killed")
            real(db, ids, sign, deltas)

        monkeypatch.setattr(facets, "_count_deltas", dies_half_way)
        with pytest.raises(KeyboardInterrupt):
            refresh(base.store, path, str(kb_dir))
        assert calls == [-1, 1]
        monkeypatch.setattr(facets, "_count_deltas", real)
        index = FacetIndex.open(path)
        assert sqlite3.connect(path).execute("SELECT value FROM meta WHERE key = 'mark'").fetchone() == before
        assert "later" not in {e["doc_id"] for e in index.page()["events"]}
        refresh(base.store, path, str(kb_dir))  # the next update reads the journal from the same place
        index.sync()
        check(index, base.store)
        assert "later" in {e["doc_id"] for e in index.page()["events"]}
        index.close()


def test_an_update_the_journal_cannot_name_asks_for_a_rebuild(kb_dir, tmp_path):
    with kbapi.open_kb(kb_dir) as base:
        path = built(base, kb_dir, tmp_path)
        base.store.update('DELETE WHERE { GRAPH ?g { ?e kb:status ?s } }')
        with pytest.raises(NeedsRebuild):
            refresh(base.store, path, str(kb_dir))
        assert read(kb_dir, None, 0).everything


def test_filtered_pages_search_and_deep_pages(kb_dir, tmp_path):
    with kbapi.open_kb(kb_dir) as base:
        base.ingest_text(LATER, id="later", lang="en", published="2025-02-15")
        index = FacetIndex.open(built(base, kb_dir, tmp_path))
        everything = index.page(size=1)
        assert everything["total"] == 4
        # paging walks the events in date order, one per page, without repeats
        walked = [index.page(page=p, size=1)["events"][0]["earliest"] for p in range(1, 5)]
        assert walked == sorted(walked) and index.page(page=5, size=1)["events"] == []
        grain = index.page({}, "grain exports")
        assert grain["total"] == 1 and grain["events"][0]["doc_id"] == "call"
        assert grain["facets"]["type"] == [{"value": "PhoneCall", "label": "PhoneCall", "count": 1}]
        both = index.page({"actor": ["http://www.wikidata.org/entity/Q6279"], "year": ["2025", "2023"]})
        assert both["total"] == 2 and {e["doc_id"] for e in both["events"]} == {"call", "later"}
        assert index.page({"type": ["Meeting"]}, "grain")["total"] == 0
        assert index.page({"type": ["NoSuchType"]})["total"] == 0
        assert index.iris({"type": ["Meeting"]}, None, 10) == [e["iri"] for e in index.page({"type": ["Meeting"]})["events"]]
        index.close()


def test_journal_entries_being_written_are_read_again(tmp_path, monkeypatch):
    """A writer notes a graph before it commits: a reader in between reads it again after the commit."""
    seqs = changes.record(tmp_path, ["https://w3id.org/kb/id/graph/a"])
    first = read(tmp_path, None, 0)
    assert first.graphs == {"https://w3id.org/kb/id/graph/a"} and first.mark == 0 and first.last == 1
    assert read(tmp_path, first.journal, first.mark).graphs == first.graphs  # not passed while open
    changes.finish(tmp_path, seqs)
    done = read(tmp_path, first.journal, first.mark)
    assert done.graphs == first.graphs and done.mark == 1
    assert read(tmp_path, first.journal, done.mark).graphs == set()
    with changes.noting(tmp_path, ["https://w3id.org/kb/id/graph/b"]):
        during = read(tmp_path, first.journal, done.mark)
        assert during.graphs == {"https://w3id.org/kb/id/graph/b"} and during.mark == 1
    after = read(tmp_path, first.journal, during.mark)
    assert after.mark == 2
    changes.record(tmp_path, ["https://w3id.org/kb/id/graph/c"])  # its writer was killed: never done
    assert read(tmp_path, first.journal, after.mark).mark == 2
    monkeypatch.setattr(changes, "SETTLE", 0.0)  # ... long ago
    assert read(tmp_path, first.journal, after.mark).mark == 3
    (tmp_path / changes.FILE).unlink()  # the journal is gone: the reader must start over
    assert read(tmp_path, first.journal, 3).everything


def test_server_index_follows_an_ingest_and_a_review_without_rebuilding(kb_dir):
    """kb serve --review on a local store: an ingest by another writer and a review through the page's
    API reach /api/events by updates of the index, which then stays put (no update loop)."""
    import json
    import time
    import urllib.request

    from kb.server import SPARQLServer

    def events(base):
        with urllib.request.urlopen(base + "/api/events", timeout=60) as r:
            return json.loads(r.read())

    with SPARQLServer(kb_dir, port=0, workers=1, review=True, token="t-local") as srv:
        keeper = srv.index_keeper
        keeper.wait(120)
        assert events(srv.url)["total"] == 3
        with kbapi.open_kb(kb_dir) as base:  # another writer, while the server runs
            base.ingest_text(LATER, id="later", lang="en", published="2025-02-15")
        keeper.wait(120)
        page = events(srv.url)
        assert page["total"] == 4 and not page["stale"]
        later = [e for e in page["events"] if e["doc_id"] == "later"][0]["iri"]
        body = json.dumps({"action": "reject", "doc": "later", "event": later, "who": "ines"}).encode()
        req = urllib.request.Request(srv.url + "/api/review", data=body, method="POST",
                                     headers={"Content-Type": "application/json", "X-KB-Token": "t-local"})
        urllib.request.urlopen(req, timeout=120).close()
        index = keeper.wait(120)
        assert events(srv.url)["total"] == 3
        assert keeper.builds == 1 and keeper.updates >= 2
        settled = keeper.updates
        time.sleep(1.5)
        index2, stale = keeper.get()
        assert index2 is index and not stale and keeper.updates == settled
        with kbapi.open_kb(kb_dir, read_only=True) as base:
            check(index, base.store)


def test_patched_columns_equal_freshly_loaded_ones(kb_dir, tmp_path):
    """The server's in-memory columns after updates page and count as columns read anew."""
    with kbapi.open_kb(kb_dir) as base:
        path = built(base, kb_dir, tmp_path)
        index = FacetIndex.open(path)
        base.ingest_text(LATER, id="later", lang="en", published="2025-02-15")
        base.ingest_text(SUMMIT_REWRITTEN, id="summit", lang="en", published="2024-05-06")
        refresh(base.store, path, str(kb_dir))
        base.ingest_text(SUMMIT, id="summit", lang="en", published="2024-05-06")
        refresh(base.store, path, str(kb_dir))
        index.sync()
        fresh = FacetIndex.open(path)
        assert list(fresh.columns.order) == list(index.columns.order)
        for filters, text in (({}, None), ({"type": ["Meeting"]}, None), ({}, "Scholz"), ({"year": ["2024"]}, "met")):
            a, b = index.page(filters, text), fresh.page(filters, text)
            assert a["total"] == b["total"] and a["events"] == b["events"]
            assert {f: {e["value"]: e["count"] for e in v} for f, v in a["facets"].items()} == \
                {f: {e["value"]: e["count"] for e in v} for f, v in b["facets"].items()}
        index.close()
        fresh.close()


def test_a_search_and_its_selection_are_remembered_until_the_index_changes(kb_dir, tmp_path):
    """The next page of a search (or of any selection) reuses its matching rows and counts; an update
    of the index forgets them, so a page never shows rows or counts of an older version."""
    with kbapi.open_kb(kb_dir) as base:
        path = built(base, kb_dir, tmp_path)
        index = FacetIndex.open(path)
        first = index.page({}, "Scholz met", page=1, size=1)
        assert first["total"] == 2 and len(index._searches) == 1 and len(index._selections) == 1
        second = index.page({}, " Scholz,  met", page=2, size=1)  # the same words: the same selection
        assert second["total"] == 2 and second["facets"] == first["facets"]
        assert len(index._searches) == 1 and len(index._selections) == 1
        assert {first["events"][0]["iri"], second["events"][0]["iri"]} == {
            e["iri"] for e in index.page({}, "Scholz met")["events"]}
        narrowed = index.page({"place": ["http://www.wikidata.org/entity/Q220"]}, "Scholz met")
        assert narrowed["total"] == 1 and len(index._searches) == 1 and len(index._selections) == 2
        # filter values in another order are the same selection
        two = index.page({"year": ["2024", "2023"]})
        again = index.page({"year": ["2023", "2024"]})
        assert (again["total"], again["facets"]) == (two["total"], two["facets"]) and len(index._selections) == 3
        with pytest.raises(InputError):
            index.page({"year": ["2024", "2023"]}, "!!!")  # no words: an error, not the remembered selection
        for n in range(facets.SELECTIONS + 2):  # the oldest are dropped
            index.page({"year": [str(1900 + n)]})
        assert len(index._selections) == facets.SELECTIONS
        base.ingest_text(LATER, id="later", lang="en", published="2025-02-15")
        refresh(base.store, path, str(kb_dir))
        index.sync()
        assert not index._searches and not index._selections
        after = index.page({}, "Scholz met", page=1, size=1)
        assert after["total"] == 3 and sum(v["count"] for v in after["facets"]["year"]) == 3
        check(index, base.store)
        index.close()
