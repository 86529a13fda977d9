"""Dates by occasion as cases of the ``same`` relation of anchors.txt (stop 36): a meeting held at
a summit its phrase names, a gathering that is the occasion of an event told before it, and where a
saying after a quote was said. Every sentence here is written for these tests; the names and places
are invented."""

from __future__ import annotations

import datetime as dt

import pytest

from kb.events import anchors
from kb.lang.schema import LanguageDataError, check_file, load
from kb.model import Document
from kb.pipeline import analyse

DCT = dt.date(2024, 3, 14)  # a Thursday


def events(text: str, lang: str, dct: dt.date = DCT) -> list:
    return analyse(Document(id="t", text=text, lang=lang, published=dct)).events


def dates(text: str, lang: str, etype: str, dct: dt.date = DCT) -> list:
    return [e.date.value if e.date else None for e in events(text, lang, dct) if e.type == etype]


# (lang, text, type, publication day, the dates of the events of that type in text order)
CASES = [
    # a meeting held at a summit dated in its own words: the summit's time, at its precision
    ("en", "Prime Minister Eva Lind spoke with President Jon Aas by phone on Monday. The two leaders are due to "
           "meet at an Arctic Council summit in Tromsø next month.", "Meeting", dt.date(2024, 6, 20), ["2024-07"]),
    ("de", "Ministerpräsidentin Eva Lind telefonierte am Montag mit Präsident Jon Aas. Die beiden wollen sich am "
           "Rande des Arktis-Gipfels in Tromsø im Juli treffen.", "Meeting", dt.date(2024, 6, 20), ["2024-07"]),
    # a saying on the sidelines of a meeting dated in its own words: that day
    ("de", '"Wir sind uns einig", sagte Ministerpräsidentin Eva Lind am Rande eines Treffens in Narvik am '
           'Dienstag.', "Statement", DCT, ["2024-03-12"]),
    ("de", '"Wir sind uns einig", sagte Ministerpräsidentin Eva Lind beim Treffen in Narvik am Dienstag.',
     "Statement", DCT, ["2024-03-12"]),
    # a gathering without a date that is the occasion of the event told before it: that event's day
    ("en", "Eva Lind and Jon Aas pledged on Tuesday to deepen their ties during talks in Narvik.", "Meeting",
     DCT, ["2024-03-12"]),
    ("de", "Eva Lind sagte am Dienstag bei einem Treffen mit Jon Aas in Narvik, man sei sich einig.", "Meeting",
     DCT, ["2024-03-12"]),
    ("en", "Eva Lind and Jon Aas pledged on Tuesday to deepen their ties during a NATO summit in Narvik.", "Summit",
     DCT, ["2024-03-12"]),
    # --- what keeps its own date ---------------------------------------------------------------------
    # the talks have a day of their own
    ("en", "Eva Lind and Jon Aas pledged on Tuesday to deepen their ties during talks in Narvik on Monday.",
     "Meeting", DCT, ["2024-03-11"]),
    # --- what gives nothing: the event before is told in a month, or not dated -----------------------
    ("en", "Eva Lind and Jon Aas pledged to deepen their ties during talks in Narvik.", "Meeting", DCT,
     ["2024-03-14"]),
    ("de", "Eva Lind sagte bei einem Treffen mit Jon Aas in Narvik, man sei sich einig.", "Meeting", DCT,
     ["2024-03-14"]),
]


@pytest.mark.parametrize("lang,text,etype,dct,expected", CASES, ids=[f"{c[0]}:{c[1][30:80]}" for c in CASES])
def test_occasion_dates(lang, text, etype, dct, expected):
    assert dates(text, lang, etype, dct) == expected


def test_gathering_after_a_month_is_not_dated_by_it():
    evs = events("Eva Lind and Jon Aas pledged in March to deepen their ties during talks in Narvik on trade.", "en")
    talks = [e for e in evs if e.type == "Meeting"]
    assert all(e.date is None or e.date.source != "context" for e in talks)


@pytest.mark.parametrize("lang,text,noun,expected", [
    ("en", "she said at a joint news conference", "conference", True),
    ("en", "he said at the end of the talks", "talks", True),
    ("en", "she said on the sidelines of the Arctic summit", "summit", True),
    ("de", "sagte sie am Rande des Gipfels", "Gipfels", True),
    ("de", "sagte sie beim Treffen", "Treffen", True),
    ("de", "sagte er zum Abschluss des Gesprächs", "Gesprächs", True),
    # another relation, or too many words between: not where it was said
    ("en", "she said after the talks", "talks", False),
    ("de", "sagte sie nach dem Gipfel", "Gipfel", False),
    ("en", "she said at a long and very tense late night meeting", "meeting", False),
    ("en", "she said the talks", "talks", False),
])
def test_occasion_before(lang, text, noun, expected):
    s = text.index(noun)
    assert anchors.occasion_before(text, 0, s, lang) is expected


@pytest.mark.parametrize("lang", ["en", "de"])
def test_the_occasion_cue_is_retired(lang):
    assert all(e["cue"] != "occasion" for e in load(lang, "discourse.txt"))


def test_an_occasion_cue_line_is_an_error(tmp_path):
    bad = tmp_path / "discourse.txt"
    bad.write_text("occasion\t(?:at)\\s+$\n", encoding="utf-8")
    with pytest.raises(LanguageDataError):
        check_file(bad)


# --- an event noun that modifies another noun names no occasion ------------------------------------
MODIFIER_CASES = [
    # "during the election campaign" is no time of the election
    ("en", "Norland held a presidential election on March 3. During the election campaign, President Tom Berg "
           "met Prime Minister Anna Lund.", "Meeting", ("2024-03-14", "publication")),
    ("en", "Norland will hold a presidential election on May 5. During the election campaign, President Tom Berg "
           "met Prime Minister Anna Lund.", "Meeting", ("2024-03-14", "publication")),
    # a compound is one word in German: "Wahlkampf" names no election
    ("de", "In Norland fand am 3. März die Präsidentschaftswahl statt. Während des Wahlkampfs traf Präsident "
           "Tom Berg Ministerpräsidentin Anna Lund.", "Meeting", ("2024-03-14", "publication")),
    # the election itself is the occasion
    ("en", "Norland held a presidential election on March 3. During the election, President Tom Berg met Prime "
           "Minister Anna Lund.", "Meeting", ("2024-03-03", "context")),
    # "the summit meeting": the meeting noun after it is the one named
    ("en", "The Nordic summit took place in Bergen on Monday and Tuesday. On the sidelines of the summit meeting, "
           "Prime Minister Anna Lund met President Tom Berg.", "Meeting", ("2024-03-11/2024-03-12", "context")),
    # a verb after the noun ends its phrase: the talks are still the ones referred to
    ("en", "Prime Minister Anna Lund met President Tom Berg in Oslo on Monday. After the talks ended, the two "
           "leaders signed a trade agreement.", "AgreementSigning", ("2024-03-11", "context")),
]


@pytest.mark.parametrize("lang,text,etype,expected", MODIFIER_CASES, ids=[f"{c[0]}:{c[1][50:100]}" for c in MODIFIER_CASES])
def test_modifier_names_no_occasion(lang, text, etype, expected):
    evs = [e for e in events(text, lang) if e.type == etype]
    assert [(e.date.value, e.date.source) for e in evs] == [expected]


@pytest.mark.parametrize("text,noun,expected", [
    ("during the election campaign in Ohio", "election", True),
    ("ahead of the summit preparations", "summit", True),
    ("after the talks ended", "talks", False),
    ("after the vote was counted", "vote", False),
    ("during the summit in Oslo", "summit", False),
    ("at the summit meeting", "summit", False),  # "meeting" is an event noun: the phrase names it
    ("after the election and the talks", "election", False),
])
def test_modifier(text, noun, expected):
    end = text.index(noun) + len(noun)
    assert anchors._modifier(text, end, len(text), "en", frozenset()) is expected


def test_no_modifier_in_a_language_that_writes_compounds_as_one_word():
    text = "vor dem Gipfel wahlkampf"
    assert anchors._modifier(text, text.index("Gipfel") + 6, len(text), "de", frozenset()) is False


# --- at the end of a visit of several days: its last day ---------------------------------------------
END_CASES = [
    ("en", "President Tom Berg paid a state visit to Norway from Monday to Wednesday. At the end of his visit, Berg "
           "met King Harald.", "Meeting", ("2024-03-13", "context")),
    ("de", "Präsident Tom Berg war von Montag bis Mittwoch zu einem Staatsbesuch in Norwegen. Zum Abschluss seines "
           "Besuchs traf Berg König Harald.", "Meeting", ("2024-03-13", "context")),
    ("en", "President Tom Berg arrived in Norway on Monday for a three-day state visit. At the end of his visit, "
           "Berg met King Harald.", "Meeting", ("2024-03-13", "context")),
    ("de", "Präsident Tom Berg ist am Montag zu einem dreitägigen Staatsbesuch in Norwegen eingetroffen. Zum "
           "Abschluss seines Besuchs traf Berg König Harald.", "Meeting", ("2024-03-13", "context")),
    ("de", "Präsident Tom Berg wird von Montag bis Mittwoch kommender Woche Norwegen besuchen. Zum Abschluss "
           "seines Besuchs wird Berg König Harald treffen.", "Meeting", ("2024-03-20", "context")),
    # a visit of one day: that day
    ("en", "President Tom Berg paid a state visit to Norway on Monday. At the end of his visit, Berg met King "
           "Harald.", "Meeting", ("2024-03-11", "context")),
    # a visit the text does not date: no day is invented
    ("en", "President Tom Berg visited Norway. At the end of his visit, Berg met King Harald.", "Meeting",
     ("2024-03-14", "publication")),
    ("de", "Präsident Tom Berg besuchte Norwegen. Zum Abschluss seines Besuchs traf Berg König Harald.", "Meeting",
     ("2024-03-14", "publication")),
]


@pytest.mark.parametrize("lang,text,etype,expected", END_CASES, ids=[f"{c[0]}:{c[1][19:70]}" for c in END_CASES])
def test_end_of_a_visit(lang, text, etype, expected):
    evs = [e for e in events(text, lang) if e.type == etype]
    assert [(e.date.value, e.date.source) for e in evs] == [expected]


# --- ahead of an occasion: only an upper bound --------------------------------------------------------
BEFORE_CASES = [
    # over by the report, told in the same sentence or before it: on or before its first day
    ("de", "Vor dem Gipfel am 18. Mai traf Kanzlerin Eva Kurz Präsident Jon Aas.", dt.date(2024, 6, 3),
     ("../2024-05-18", "context")),
    ("de", "Der EU-Gipfel fand am Montag und Dienstag in Brüssel statt. Vor dem Gipfel traf Ministerpräsidentin "
           "Anna Lund Präsident Tom Berg.", DCT, ("../2024-03-11", "context")),
    # a plan before an occasion still to come: on or before its first day, not the occasion's day
    ("de", "Der EU-Gipfel findet am kommenden Dienstag in Brüssel statt. Vor dem Gipfel will "
           "Ministerpräsidentin Anna Lund Präsident Tom Berg treffen.", DCT, ("../2024-03-19", "context")),
    ("en", "The Nordic summit will take place in Bergen next Tuesday. Ahead of the summit, Prime Minister Anna "
           "Lund will meet President Tom Berg.", DCT, ("../2024-03-19", "context")),
    # the day told right after the noun, when no event of the document carries it
    ("en", "Ahead of the summit on May 18, Chancellor Eva Kurz met President Jon Aas.", dt.date(2024, 6, 3),
     ("../2024-05-18", "context")),
    ("en", "Ahead of the summit next Tuesday, Prime Minister Anna Lund will meet President Tom Berg.", DCT,
     ("../2024-03-19", "context")),
    # what was done before an occasion still to come: the report's day, which is earlier
    ("en", "Ahead of the summit on March 19, Prime Minister Anna Lund met President Tom Berg.", DCT,
     ("2024-03-14", "publication")),
    ("en", "The Nordic summit will take place in Bergen next Tuesday. Ahead of the summit, Prime Minister Anna "
           "Lund met President Tom Berg.", DCT, ("2024-03-14", "publication")),
    ("de", "Der EU-Gipfel findet am kommenden Dienstag in Brüssel statt. Vor dem Gipfel traf "
           "Ministerpräsidentin Anna Lund Präsident Tom Berg.", DCT, ("2024-03-14", "publication")),
]


@pytest.mark.parametrize("lang,text,dct,expected", BEFORE_CASES, ids=[f"{c[0]}:{c[1][:60]}" for c in BEFORE_CASES])
def test_ahead_of_an_occasion_is_an_upper_bound(lang, text, dct, expected):
    evs = [e for e in events(text, lang, dct) if e.type == "Meeting"]
    assert [(e.date.value, e.date.source) for e in evs] == [expected]
    assert evs[0].date.uncertain


def test_a_saying_ahead_of_an_occasion_to_come_keeps_the_report_day():
    text = "The Nordic summit will take place in Bergen next Tuesday. Ahead of the summit, Prime Minister Anna " \
           "Lund said trade would grow."
    said = [e for e in events(text, "en") if e.type == "Statement"]
    assert [(e.date.value, e.date.source) for e in said] == [("2024-03-14", "publication")]


def test_the_people_of_the_noun_end_at_the_clause_verb():
    # "Vor dem Gipfel will X Y treffen": X and Y are the clause's, not the summit's
    text = "Vor dem Gipfel will Ministerpräsidentin Anna Lund Präsident Tom Berg treffen."
    found = anchors.anchors_in(text, 0, len(text), "de", [])
    assert found and found[0].end == text.index("will")


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "After the summit on May 18, Chancellor Eva Kurz met President Jon Aas.", "2024-05-18"),
    ("en", "Two days before the summit on May 18, Chancellor Eva Kurz met President Jon Aas.", "2024-05-16"),
])
def test_a_day_after_the_noun_with_another_relation_is_left_as_it_was(lang, text, expected):
    evs = [e for e in events(text, lang, dt.date(2024, 6, 3)) if e.type == "Meeting"]
    assert [e.date.value for e in evs] == [expected]


def test_a_day_told_before_the_preposition_is_no_bound():
    # "on Tuesday" is the clause's: the ceremony and the talks are one occasion that day, not a bound
    text = "President Tom Berg held a welcome ceremony for Prime Minister Anna Lund in Oslo on Tuesday before the " \
           "two held talks."
    evs = [e for e in events(text, "en", dt.date(2024, 3, 14)) if e.type == "Meeting"]
    assert all(not e.date.value.startswith("..") for e in evs)
