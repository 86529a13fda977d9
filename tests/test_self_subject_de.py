"""German quotes whose first person is the subject of an election told in them: '„Wir haben die
Wahl gewonnen“, sagte X' -- X won (the ``self-subject`` class of kb/lang/de/function-words.txt), not
the person the sentence before named. Sentences written for this test."""
from kb.eventtypes import family

from extraction_cases import events_of

DCT = "2024-03-13"


def _elections(text: str):
    return [e for e in events_of(text, "de", DCT) if family(e.type) == "Election"]


def _winners(ev) -> set[str]:
    return {p.entity.name for p in ev.participants if p.entity is not None and p.role == "winner"}


def test_we_won_names_the_speaker_not_the_person_named_before():
    evs = _elections("Paula Brandstetter gratulierte am Montag in Wien.\n\n"
                     "„Wir haben die Wahl gewonnen“, sagte Tom Becker am Montag.")
    assert len(evs) == 1 and _winners(evs[0]) == {"Tom Becker"}


def test_i_won_names_the_speaker():
    evs = _elections("Paula Brandstetter gratulierte am Montag in Wien.\n\n"
                     "„Ich habe die Wahl gewonnen“, sagte Tom Becker am Montag.")
    assert len(evs) == 1 and _winners(evs[0]) == {"Tom Becker"}


def test_you_won_is_not_the_speaker():
    evs = _elections("Paula Brandstetter gratulierte am Montag in Wien.\n\n"
                     "„Sie haben die Wahl gewonnen“, sagte Tom Becker am Montag.")
    assert all("Tom Becker" not in _winners(ev) for ev in evs)


def test_a_watched_election_is_no_win():
    evs = _elections("Paula Brandstetter gratulierte am Montag in Wien.\n\n"
                     "„Wir haben die Wahl genau verfolgt“, sagte Tom Becker am Montag.")
    assert all(not _winners(ev) for ev in evs)
