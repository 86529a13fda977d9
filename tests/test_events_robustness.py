"""No input crashes entity linking, event or claim extraction (with or without a publication date)."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from kb import entities
from kb.model import Document
from kb.pipeline import analyse

WORDS = ["Putin", "Wladimir", "Xi", "Jinping", "Peking", "Merkel", "besuchte", "visited", "traf", "met",
         "sagte", "said", "Gipfel", "summit", "Telefonat", "phoned", "am", "on", "Montag", "Monday",
         "16.", "Mai", "2024", "zweiten", "second", "drei", "Mal", "times", "seit", "since", "binnen",
         "sieben", "Monaten", "within", "months", "der", "russische", "Präsident", "the", "German",
         "chancellor", "„", "“", '"', ",", ".", ":", "\n", "\n\n", "Die", "beiden", "Staatschefs",
         "two", "leaders", "er", "he", "Außenministerium", "in", "nach", "to", "Wiederwahl",
         "re-election", "Beginn", "des", "Kriegs", "start", "of", "war", "the parties", "zwischen",
         "between", "anniversary", "30th", "Jahrestag", "Abkommen", "agreement", "signed", "will", "wird"]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=60), st.sampled_from(["de", "en"]),
       st.one_of(st.none(), st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2030, 12, 31))))
def test_no_input_crashes_extraction(words, lang, dct):
    text = " ".join(words)
    a = analyse(Document(id="h", text=text, lang=lang, published=dct))
    for ev in a.events:
        assert ev.participants or ev.implied_by
        assert 0 <= ev.evidence.start <= ev.evidence.end <= len(text)
        if ev.date is not None and ev.date.earliest and ev.date.latest:
            assert ev.date.earliest <= ev.date.latest
    for c in a.claims:
        assert c.participants
    assert [e.id for e in a.events if not e.implied_by] == [f"e{i}" for i in range(1, 1 + len(
        [e for e in a.events if not e.implied_by]))]
    a.as_record()  # the JSON record builds
    entities.gazetteer()


def test_a_re_election_without_its_winner_is_no_event():
    """Found by the test above: "re-election Wladimir in" gave a re-election with nobody in it
    (an election may stand without a participant; a re-election is someone's)."""
    a = analyse(Document(id="h", text="re-election Wladimir in", lang="en", published=None))
    assert a.events == []
