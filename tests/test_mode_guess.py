"""A document read without a mode (kb extract / kb ingest of a JSON record or a .txt file) is told
against its own years when it is a history retrieved long after the events, as `kb timex` already
guessed; a news report stays news, and a mode the record gives is kept. Sentences invented."""

from __future__ import annotations

import datetime as dt

from kb import temporal
from kb.document import document_from_record
from kb.pipeline import analyse

HISTORY = ("1821\n\nIm Frühjahr 1821 zog das Heer von Nordheim nach Süden. Am 4. Mai 1821 erklärte Nordheim "
           "Südmark den Krieg. Die Festung fiel 1822, die Hauptstadt 1823. Der Frieden von 1824 hielt "
           "bis 1830, als erneut Kämpfe ausbrachen. Im Jahr 1831 besetzte Südmark die Grenzstadt. "
           "Am 11. März traf Bürgermeister Hans Huber den Landrat Karl Maier in Ostburg. "
           "Ein Vertrag von 1832 beendete den Krieg; 1840 wurde er erneuert.")
NEWS = ("Der Bürgermeister traf am Montag den Landrat. Die Brücke von 1890 soll bis 2026 saniert werden; "
        "sie ersetzte eine ältere aus dem Jahr 1750. Am 11. März traf Bürgermeister Hans Huber den Landrat Karl Maier in Ostburg.")
BC = ("Im Jahr 490 v. Chr. landeten die Truppen. 489 v. Chr. folgte ein Feldzug, 488 v. Chr. ein zweiter. "
      "487 v. Chr. kam es zum Aufstand, 486 v. Chr. starb der König. 485 v. Chr. begann der Bau der Flotte, "
      "483 v. Chr. war sie fertig, 480 v. Chr. kam es zur Schlacht.")


def _doc(text: str, **extra):
    return document_from_record({"id": "h", "lang": "de", "published": "2011-02-16", "text": text, **extra},
                                where="test")


def test_a_history_without_a_mode_is_read_as_narrative_and_dates_a_bare_day_by_its_years():
    doc = _doc(HISTORY)
    assert doc.mode == "narrative"
    meetings = [e for e in analyse(doc).events if e.type == "Meeting"]
    assert "1831-03-11" in [e.date.value for e in meetings if e.date]


def test_years_before_christ_count_as_years_far_from_the_publication_date():
    assert _doc(BC).mode == "narrative"


def test_a_news_report_recalling_a_few_old_years_stays_news_and_dates_a_bare_day_by_its_publication():
    doc = _doc(NEWS)
    assert doc.mode == "news"
    meetings = [e for e in analyse(doc).events if e.type == "Meeting"]
    assert "2010-03-11" in [e.date.value for e in meetings if e.date]


def test_a_mode_the_record_gives_is_kept():
    assert _doc(HISTORY, mode="news").mode == "news"
    assert _doc(NEWS, mode="narrative").mode == "narrative"
    assert document_from_record({"id": "h", "lang": "de", "published": "2011-02-16", "text": HISTORY},
                                where="test", defaults={"mode": "news"}).mode == "news"


def test_no_publication_date_or_an_untaggable_text_stays_news():
    assert temporal.text_mode(HISTORY, "de", None) == "news"
    assert temporal.text_mode("1821 " * 3000, "de", dt.date(2011, 2, 16)) == "news"


# -- a narrative's dated headings title its sections: no digest items ------------------------------

SECTIONS = ("Nordheim, 16. August 1821\n\n"
            "Am 16. August 1821 schlug das Heer die Truppen des Nachbarn. Im März 1822 ergab sich die Stadt.\n\n"
            "Westheim, 2. Mai 1825\n\n"
            "Im Frühjahr 1826 zog das Heer nach Westen. Vom 11. bis 15. September trafen sich "
            "Bürgermeister Hans Huber und Landrat Karl Maier in Ostburg zu Friedensgesprächen.\n\n"
            "Südstadt, 3. März 1827\n\n"
            "Am 3. März 1827 endete der Krieg mit einem Vertrag.")


def test_a_day_under_a_dated_heading_of_a_narrative_takes_the_story_year():
    doc = _doc(SECTIONS, mode="narrative")
    meetings = [e for e in analyse(doc).events if e.type == "Meeting"]
    assert [e.date.value for e in meetings] == ["1826-09-11/1826-09-15"]


# -- a date of a story's years is not read again against the publication day ------------------------

def test_a_plan_of_a_history_keeps_its_year():
    text = ("1915\n\nIm Mai 1915 zog das Heer nach Süden. Bereits am 6. September hatte Präsident Hans Huber "
            "dem König Karl Maier ein Treffen angeboten.")
    doc = _doc(text, mode="narrative")
    dates = [e.date.value for e in analyse(doc).events if e.date is not None]
    assert dates and all(d.startswith("1915") for d in dates)


# A news report with enough far numbers that text_mode tags it to guess (and stays news): the
# temporal step reuses that tagging, once. Invented.
NUMBERS = ("The Norland Rail Company ordered 1200 wagons, 1500 axles, 1800 seats and 1900 lamps on "
           "Monday. Chairwoman Lena Hald visited the works in Eastport on 4 March.")


def _en(text: str, **extra):
    return document_from_record({"id": "n", "lang": "en", "published": "2024-03-06", "text": text, **extra},
                                where="test")


def _fields(analysis):
    return ([t.as_record() for t in analysis.timexes], analysis.warnings,
            [(e.type, e.date.value if e.date else None) for e in analysis.events])


def test_the_temporal_step_reuses_the_tagging_of_the_mode_guess_once_with_the_same_result():
    doc = _en(NUMBERS)
    assert doc.mode == "news"
    assert temporal._guessed  # tagged to guess: kept for the temporal step
    first = analyse(doc)
    assert not temporal._guessed  # taken
    again = analyse(doc)  # tagged afresh: the same
    given = analyse(_en(NUMBERS, mode="news"))  # never guessed
    assert _fields(first) == _fields(again) == _fields(given)
    assert "2024-03-04" in [t["value"] for t in _fields(first)[0]]


def test_a_guess_kept_for_another_text_is_not_used():
    _en(NUMBERS)
    other = _en(NUMBERS.replace("4 March", "5 March"), mode="news")
    assert "2024-03-05" in [t.value for t in analyse(other).timexes]
    temporal._guessed.clear()


def test_documents_read_for_workers_get_their_mode_where_they_are_extracted():
    from kb.document import modes_guessed_later, with_mode
    from kb.parallel import extract_documents

    with modes_guessed_later():
        later = [_doc(HISTORY), _doc(NEWS), _doc(NEWS, mode="narrative")]
    assert [d.mode for d in later] == [None, None, "narrative"]
    assert [with_mode(d).mode for d in later] == ["narrative", "news", "narrative"]
    assert _doc(HISTORY).mode == "narrative"  # outside the block: guessed as it is read
    extracted = extract_documents(later)
    assert [ex.problem for ex in extracted] == [None, None, None]
    assert b"documentMode" in extracted[0].nquads and b"narrative" in extracted[0].nquads
    assert b"documentMode" not in extracted[1].nquads


def test_a_narrative_is_tagged_from_the_candidates_found_when_its_mode_was_guessed(monkeypatch):
    """Reading a history finds its time expressions once: the narrative tagging reuses what
    guessing the mode found (kb.temporal._narrative_candidates), with the same timexes as a fresh
    tagging; a news text leaves no candidates behind."""
    found = []
    real_find = temporal.find
    monkeypatch.setattr(temporal, "find", lambda text, g: found.append(text) or real_find(text, g))
    doc = _doc(HISTORY)
    assert doc.mode == "narrative" and found == [HISTORY]
    assert (HISTORY, "de") in temporal._narrative_candidates
    reused = analyse(doc).timexes
    assert found == [HISTORY] and not temporal._narrative_candidates  # taken once, not found again
    fresh = analyse(doc).timexes  # nothing kept now: found anew
    assert found == [HISTORY, HISTORY]
    assert [(t.start, t.end, t.value) for t in reused] == [(t.start, t.end, t.value) for t in fresh]
    assert "1831-03-11" in [t.value for t in reused]
    assert _doc(NEWS).mode == "news" and not temporal._narrative_candidates
