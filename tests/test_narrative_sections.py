"""Narrative time across sections and glances back (kb.temporal, narrative mode). A new section
under a year heading tells again from that year, not from an aside at the end of the section
before; a year named by counting back ("des letzten Jahres") does not move the story's time, a
year counted forward ("im folgenden Jahr") does. Sentences invented."""

from __future__ import annotations

import datetime as dt

from kb import temporal

DCT = dt.date(2011, 2, 16)


def _values(text: str, mode: str = "narrative") -> dict[str, str]:
    return {t.text: t.value for t in temporal.tag(text, "de", DCT, mode)}


SECTIONED = ("1840\n\nNorden\n\nIm Mai zog das Heer nach Norden; erst im Januar 1841 kehrte es zurück.\n\n"
             "Süden\n\nAm 11. März landete die Flotte im Süden.")


def test_a_new_section_tells_again_from_its_year_heading():
    assert _values(SECTIONED)["11. März"] == "1840-03-11"


def test_without_a_heading_between_the_last_date_told_goes_on():
    text = "1840\n\nIm Mai zog das Heer nach Norden; erst im Januar 1841 kehrte es zurück. Am 11. März landete die Flotte."
    assert _values(text)["11. März"] == "1841-03-11"


def test_a_heading_without_a_year_heading_before_changes_nothing():
    text = "Im Januar 1841 kehrte das Heer zurück.\n\nSüden\n\nAm 11. März landete die Flotte."
    assert _values(text)["11. März"] == "1841-03-11"


def test_a_year_counted_back_is_a_glance_back():
    text = ("1862\n\nDas Heer stellte den Gegner nahe dem Schlachtfeld des letzten Jahres. "
            "Am 17. September kam es zur Schlacht.")
    values = _values(text)
    assert values["des letzten Jahres"] == "1861" and values["17. September"] == "1862-09-17"


def test_a_year_counted_forward_moves_the_story():
    text = "Im Mai 1862 zog das Heer nach Norden. Im folgenden Jahr kehrte es zurück. Am 17. September kam es zur Schlacht."
    assert _values(text)["17. September"] == "1863-09-17"


def test_news_is_not_read_by_sections():
    assert _values(SECTIONED, "news")["11. März"].startswith("2010") or \
        _values(SECTIONED, "news")["11. März"].startswith("2011")


FLASH = ("Kriegsjahr 1915\n\nIm März 1915 lag die Front still. Der Seekrieg ruhte; seine Wiederaufnahme "
         "Anfang 1917 führte zur Kriegserklärung im April 1917.\n\nAm 9. Mai griff das Heer im Norden an.")


def test_a_paragraph_after_a_glance_ahead_returns_to_its_section_year():
    assert _values(FLASH)["9. Mai"] == "1915-05-09"


def test_without_a_year_heading_the_story_goes_on_from_the_later_year():
    text = FLASH.replace("Kriegsjahr 1915\n\n", "")
    assert _values(text)["9. Mai"] == "1917-05-09"


def test_a_paragraph_within_its_section_year_keeps_the_last_date():
    text = "Kriegsjahr 1915\n\nIm März 1915 lag die Front still.\n\nAm 9. Mai griff das Heer im Norden an."
    assert _values(text)["9. Mai"] == "1915-05-09"
