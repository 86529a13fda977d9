"""The pipeline view of timexes (kb.temporal.merge_ranges) where it differs from the TIMEX3 view:
"in einem Jahr" in a clause about the future is next year, "Ex-" dates nothing. Sentences
written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from kb.model import Document
from kb.pipeline import analyse
from kb.temporal import tag

DCT = dt.date(2024, 3, 14)


def view(text: str, lang: str):
    return analyse(Document(id="t", text=text, lang=lang, published=DCT)).timexes


@pytest.mark.parametrize("lang,text,value", [
    ("de", "In einem Jahr wird in Tirol ein neuer Landtag gewählt.", "2025"),
    ("de", "Die Brücke soll in zwei Wochen wieder offen sein.", "2024-W13"),
    ("en", "The bridge will reopen in two weeks.", "2024-W13"),
    ("en", "A new council will be elected in a year.", "2025"),
])
def test_in_a_duration_about_the_future_is_a_date(lang, text, value):
    dates = [t for t in view(text, lang) if t.type == "DATE"]
    assert [t.value for t in dates] == [value]
    assert dates[0].granularity in ("year", "week")


@pytest.mark.parametrize("lang,text", [
    ("de", "In einem Jahr hat die Malerin vierzig Bilder gemalt."),
    ("de", "In den letzten zwei Jahren stiegen die Mieten."),
    ("en", "In a year the painter finished forty pictures."),
    ("en", "In the last two years rents rose."),
])
def test_in_a_duration_told_in_the_past_stays_a_duration(lang, text):
    found = view(text, lang)
    assert found and all(t.type == "DURATION" for t in found), [(t.text, t.type, t.value) for t in found]


def test_the_timex3_view_keeps_the_duration():
    """kb timex follows the TIMEX3 convention of the gold corpora: "einem Jahr" is P1Y."""
    (t,) = tag("In einem Jahr wird gewählt.", "de", DCT)
    assert (t.text, t.type, t.value) == ("einem Jahr", "DURATION", "P1Y")


def test_ex_is_a_timex3_reference_but_no_date_of_anything():
    text = "Der Ex-Bürgermeister Jon Aas eröffnete die Ausstellung."
    assert [(t.text, t.value) for t in tag(text, "de", DCT)] == [("Ex", "PAST_REF")]
    assert view(text, "de") == []


def test_a_duration_later_is_the_date_that_long_after_the_last_date_told():
    found = view("The mayor was elected in 2016 and re-elected four years later.", "en")
    assert [(t.text, t.value) for t in found] == [("2016", "2016"), ("four years later", "2020")]
    # kb timex keeps the TimeBank reading: "four years", a duration
    assert [(t.text, t.type) for t in tag("The mayor was elected in 2016 and re-elected four years later.",
                                          "en", DCT)] == [("2016", "DATE"), ("four years", "DURATION")]


def test_a_duration_later_without_a_date_before_it_stays_a_duration():
    (t,) = view("Two days later the mayor resigned.", "en")
    assert (t.type, t.value) == ("DURATION", "P2D")


@pytest.mark.parametrize("lang,text,duration", [
    ("en", "Mayor Eva Kurz will visit Lima on Monday, her second trip to Peru in three years.", "P3Y"),
    ("de", "Bürgermeisterin Eva Kurz wird im Mai zum dritten Mal in zwei Jahren nach Lima reisen.", "P2Y"),
])
def test_in_a_duration_after_an_ordinal_is_a_counting_window(lang, text, duration):
    """"her second trip in three years": the window of a count (a claim's within), not a date."""
    assert duration in [t.value for t in view(text, lang) if t.type == "DURATION"]
