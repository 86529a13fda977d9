"""Actors by any name: QID, IRI, label, alias or surname, case- and accent-insensitively."""

import pytest
from click.testing import CliRunner

from kb import api as kbapi
from kb.actors import NameIndex, normalise, resolve
from kb.cli import main
from kb.errors import InputError

TEXT = ("Bundeskanzler Olaf Scholz hat am Montag in Berlin den französischen Präsidenten Emmanuel Macron "
        "getroffen. Danach sprach Scholz mit Journalisten.")


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    path = tmp_path_factory.mktemp("actors") / "kb"
    with kbapi.open_kb(path) as base:
        base.ingest_text(TEXT, id="actors-test", lang="de", published="2023-05-10")
    return str(path)


def _timeline(store, actor):
    return CliRunner().invoke(main, ["--store", store, "timeline", "--actor", actor, "--format", "csv"])


def test_surname_full_name_and_qid_give_the_same_rows(store):
    outputs = [_timeline(store, a) for a in ("Scholz", "olaf scholz", "Q61053", "OLAF SCHOLZ")]
    assert all(r.exit_code == 0 for r in outputs), [r.output for r in outputs]
    assert len({r.output for r in outputs}) == 1
    assert "Scholz" in outputs[0].output and outputs[0].output.count("\n") >= 2  # header + a row


def test_accents_do_not_matter(store):
    assert _timeline(store, "Emmanuel Macrón").output == _timeline(store, "Q3052772").output


def test_a_near_miss_is_an_error_that_suggests_the_stored_actor(store):
    r = _timeline(store, "Schulz")
    assert r.exit_code == 2
    assert "no actor called 'Schulz'" in r.output and "Olaf Scholz (Q61053)" in r.output
    assert "Traceback" not in r.output and len(r.output.strip().splitlines()) == 1


def test_an_unknown_name_without_neighbours_says_how_to_name_an_actor(store):
    r = _timeline(store, "Xylophon")
    assert r.exit_code == 2 and "QID" in r.output


def _index():
    index = NameIndex()
    index.add("http://www.wikidata.org/entity/Q1", ["Anna Berg"], person=True, display="Anna Berg")
    index.add("http://www.wikidata.org/entity/Q2", ["Paul Berg"], person=True, display="Paul Berg")
    index.add("http://www.wikidata.org/entity/Q3", ["Nordland", "Königreich Nordland"], person=False,
              display="Nordland")
    return index


def test_a_surname_shared_by_two_stored_persons_is_ambiguous():
    with pytest.raises(InputError, match=r"ambiguous: Anna Berg \(Q1\), Paul Berg \(Q2\)"):
        resolve("berg", _index(), lambda: [], lambda iri: True)
    # with only one of them in the KB, the surname is that one
    assert resolve("Berg", _index(), lambda: [], lambda iri: iri.endswith("Q2")) == \
        ["http://www.wikidata.org/entity/Q2"]


def test_aliases_iris_and_store_only_actors():
    assert resolve("konigreich nordland", _index(), lambda: [], lambda iri: True) == \
        ["http://www.wikidata.org/entity/Q3"]
    assert resolve("https://example.org/x", _index(), lambda: [], lambda iri: False) == ["https://example.org/x"]
    # a person found in text only (a local id): known from the store's labels
    local = ("https://w3id.org/kb/id/doc/d/entity/mira-falk", "Mira Falk", True)
    assert resolve("Falk", _index(), lambda: [local], lambda iri: False) == [local[0]]
    # a non-person's last word is no surname
    with pytest.raises(InputError):
        resolve("land", _index(), lambda: [], lambda iri: True)


def test_normalise():
    assert normalise("Ångela  MERKEL") == "angela merkel"
    assert normalise("Łukasz") == "łukasz"  # a letter that is not a base letter plus an accent stays
