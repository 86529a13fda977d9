"""Recognising persons the gazetteer does not know (``find_unknown_persons`` of
``kb/entities/linker.py`` with ``given_names.txt`` and ``name_parts.txt``). All sentences and names
are invented."""

from __future__ import annotations

import pytest

from tests.test_given_names import persons


@pytest.mark.parametrize("text,lang,expected", [
    ("The council elected Khalid bin Zayed as chairman.", "en", ["Khalid bin Zayed"]),
    ("Omar bin Hamad Al Sabri met Nora Quist in Doha.", "en", ["Omar bin Hamad Al Sabri", "Nora Quist"]),
    ("Der Rat wählte Youssef bin Rashid Al Marri zum Vorsitzenden.", "de", ["Youssef bin Rashid Al Marri"]),
    ("Am Montag traf Ahmed ibn Salman Qasimi die Delegation.", "de", ["Ahmed ibn Salman Qasimi"]),
    ("The council elected Hamad Saleh as chairman.", "en", ["Hamad Saleh"]),
])
def test_a_fathers_name_after_bin_stays_in_the_name(text, lang, expected):
    assert persons(text, lang) == expected


def test_two_given_names_in_a_row_still_split_a_list():
    # without a particle, a second given name starts another person
    assert persons("The deputies elected Nora Quist, Leo Marsh and Ella Brandt.") == \
        ["Nora Quist", "Leo Marsh", "Ella Brandt"]
