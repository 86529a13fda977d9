"""Dates told by reference to another event of the same document (kb/events/anchors.py, the
``anchors.txt`` data of each language): a relational preposition before an event noun ("two days
after the election", "am Tag nach der Wahl", "nach dem Gespräch von X und Y", "shortly before the
summit") dates an event its own clause leaves undated by the event that noun refers to. Every
sentence here is written for these tests; the names and places are invented."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from kb.events import anchors
from kb.model import Document
from kb.pipeline import analyse

DCT = dt.date(2024, 3, 14)  # a Thursday
LANG = Path(anchors.__file__).resolve().parent.parent / "lang"


def dates(text: str, lang: str, etype: str, dct: dt.date = DCT) -> list:
    evs = analyse(Document(id="t", text=text, lang=lang, published=dct)).events
    return [e.date.value if e.date else None for e in evs if e.type == etype]


# (lang, text, type, the dates of the events of that type in text order)
CASES = [
    # a length after an event told in the sentence before: that long after its day
    ("en", "Norland held a presidential election on March 3. Two days after the election, President Tom Berg "
           "met Prime Minister Anna Lund.", "Meeting", ["2024-03-05"]),
    ("de", "In Norland fand am 3. März die Präsidentschaftswahl statt. Zwei Tage nach der Wahl traf Präsident "
           "Tom Berg Ministerpräsidentin Anna Lund.", "Meeting", ["2024-03-05"]),
    ("en", "Norland held a presidential election on March 3. A week after the vote, President Tom Berg "
           "met Prime Minister Anna Lund.", "Meeting", ["2024-03-10"]),
    # the day after (the DAYS column of anchors.txt)
    ("en", "Norland held a presidential election on March 3. The day after the election, President Tom Berg "
           "met Prime Minister Anna Lund.", "Meeting", ["2024-03-04"]),
    ("de", "In Norland fand am 3. März die Präsidentschaftswahl statt. Am Tag nach der Wahl traf Präsident "
           "Tom Berg Ministerpräsidentin Anna Lund.", "Meeting", ["2024-03-04"]),
    # a length before an occasion of several days: from its first day
    ("en", "The Nordic summit took place in Bergen on Monday and Tuesday. Two days before the summit, "
           "Prime Minister Anna Lund met President Tom Berg in Oslo.", "Meeting", ["2024-03-09"]),
    # before it with no length: on or before its first day (an occasion over, told in a sentence before)
    ("en", "The Nordic summit took place in Bergen on Monday and Tuesday. Shortly before the summit, "
           "Prime Minister Anna Lund met President Tom Berg.", "Meeting", ["../2024-03-11"]),
    ("de", "Der EU-Gipfel fand am Montag und Dienstag in Brüssel statt. Kurz vor dem Gipfel traf "
           "Ministerpräsidentin Anna Lund Präsident Tom Berg.", "Meeting", ["../2024-03-11"]),
    # after it: its last day, also for a signing
    ("en", "Prime Minister Anna Lund met President Tom Berg in Oslo on Monday. Following their talks, the two "
           "leaders signed a trade agreement.", "AgreementSigning", ["2024-03-11"]),
    ("de", "Ministerpräsidentin Anna Lund traf am Montag in Oslo Präsident Tom Berg. Nach ihrem Gespräch "
           "unterzeichneten beide ein Handelsabkommen.", "AgreementSigning", ["2024-03-11"]),
    # a genitive of the noun ("des Gesprächs") after "nach Abschluss"
    ("de", "Ministerpräsidentin Anna Lund traf am Montag in Oslo Präsident Tom Berg. Nach Abschluss des "
           "Gesprächs unterzeichneten beide ein Handelsabkommen.", "AgreementSigning", ["2024-03-11"]),
    # the people the phrase names pick the event referred to, not the nearest of its type
    ("en", "President Tom Berg met Prime Minister Anna Lund in Oslo on Monday. Foreign ministers Antony "
           "Blinken and Annalena Baerbock met in Bergen on Tuesday. After the meeting between Berg and Lund, "
           "the two leaders signed a trade agreement.", "AgreementSigning", ["2024-03-11"]),
    ("de", "Präsident Tom Berg traf am Montag in Oslo Ministerpräsidentin Anna Lund. Die Minister Per Dahl und "
           "Ola Nord trafen sich am Dienstag in Bergen. Nach dem Treffen von Berg und Lund unterzeichneten "
           "beide ein Handelsabkommen.", "AgreementSigning", ["2024-03-11"]),
    # a press conference after talks told before: their day
    ("en", "Prime Minister Anna Lund met President Tom Berg in Oslo on Monday. At a press conference after the "
           "talks, Lund said trade would grow.", "Statement", ["2024-03-11"]),
    ("de", "Ministerpräsidentin Anna Lund traf am Montag in Oslo Präsident Tom Berg. Bei einer Pressekonferenz "
           "nach dem Treffen sagte Lund, der Handel werde wachsen.", "Statement", ["2024-03-11"]),
    # a plan's programme told by the occasion planned, its people named, however far back it was told
    ("de", "Am Samstag trifft Präsident Tom Berg in Oslo Ministerpräsidentin Anna Lund. Die Lage in der Region "
           "gilt als angespannt. Der Handel zwischen beiden Ländern wächst seit Jahren. Am Freitag treffen sich "
           "die Minister Per Dahl und Ola Nord in Bergen. Nach dem Gespräch von Berg und Lund ist eine "
           "Pressebegegnung geplant.", "Statement", ["2024-03-16"]),
    ("en", "President Tom Berg will meet Prime Minister Anna Lund in Oslo on Saturday. The region remains tense. "
           "Trade between the two countries has grown for years. Foreign ministers Antony Blinken and "
           "Annalena Baerbock will meet in Bergen on Friday. After the meeting between Berg and Lund, a press "
           "conference is planned.",
     "Statement", ["2024-03-16"]),
    # within a stay told further back than the story reads: its days
    ("en", "President Tom Berg paid a state visit to Norway on Monday and Tuesday. Trade dominated the agenda. "
           "Norway is a key partner. During his visit, Berg met King Harald.", "Meeting",
     ["2024-03-11/2024-03-12"]),
    ("de", "Präsident Tom Berg war am Montag und Dienstag zu einem Staatsbesuch in Norwegen. Der Handel stand im "
           "Mittelpunkt. Norwegen ist ein wichtiger Partner. Während seines Besuchs traf Berg König Harald.",
     "Meeting", ["2024-03-11/2024-03-12"]),
    # a press conference after a summit of two days: its last day
    ("en", "The NATO summit took place in Vilnius on Tuesday and Wednesday. Leaders agreed on new defence plans. "
           "At a news conference after the summit, Jens Stoltenberg said the alliance was united.", "Statement",
     ["2024-03-13"]),
    ("de", "Der Nato-Gipfel fand am Dienstag und Mittwoch in Vilnius statt. Die Staats- und Regierungschefs "
           "einigten sich auf neue Verteidigungspläne. Auf einer Pressekonferenz nach dem Gipfel sagte Jens "
           "Stoltenberg, das Bündnis sei geeint.", "Statement", ["2024-03-13"]),
    # --- what keeps its own date --------------------------------------------------------------------
    ("en", "Norland held a presidential election on March 3. After the election, President Tom Berg met Prime "
           "Minister Anna Lund on Friday.", "Meeting", ["2024-03-08"]),
    ("de", "In Norland fand am 3. März die Präsidentschaftswahl statt. Nach der Wahl traf Präsident Tom Berg "
           "am Freitag Ministerpräsidentin Anna Lund.", "Meeting", ["2024-03-08"]),
    # --- what gives nothing new: the event referred to is not dated ----------------------------------
    ("en", "Prime Minister Anna Lund met President Tom Berg in Oslo. Two days after the talks, Lund travelled "
           "to Bergen.", "Meeting", ["2024-03-14"]),
    ("de", "Ministerpräsidentin Anna Lund traf in Oslo Präsident Tom Berg. Zwei Tage nach dem Treffen "
           "unterzeichneten beide ein Handelsabkommen.", "AgreementSigning", ["2024-03-14"]),
    # a noun that names no event is no reference ("after the holidays", "nach Angaben")
    ("en", "After the holidays, Prime Minister Anna Lund met President Tom Berg.", "Meeting", ["2024-03-14"]),
    ("de", "Nach Angaben der Regierung traf Ministerpräsidentin Anna Lund Präsident Tom Berg.", "Meeting",
     ["2024-03-14"]),
    # a time before an occasion of the same sentence is no day of the event, only an upper bound (stop 36:
    # the report's day before, a week after the summit)
    ("de", "Im Vorfeld des Gipfels am 18. Mai traf Kanzlerin Eva Kurz Präsident Jon Aas.", "Meeting",
     ["../2024-05-18"]),
]


@pytest.mark.parametrize("lang,text,etype,expected", CASES, ids=[f"{c[0]}:{c[1][40:90]}" for c in CASES])
def test_reference_dates(lang, text, etype, expected):
    dct = dt.date(2024, 6, 3) if "18. Mai" in text else DCT
    assert dates(text, lang, etype, dct) == expected


def _examples():
    out = []
    for lang in ("en", "de"):
        for line in (LANG / lang / "anchors.txt").read_text(encoding="utf-8").splitlines():
            m = re.fullmatch(r"# EXAMPLE: (.+) \| (\S+) -> (\w+) (\S+)", line)
            if m:
                out.append((lang, *m.groups()))
    return out


@pytest.mark.parametrize("lang,text,published,etype,value", _examples())
def test_anchor_examples(lang, text, published, etype, value):
    assert value in dates(text, lang, etype, dt.date.fromisoformat(published))


@pytest.mark.parametrize("lang", ["en", "de"])
def test_every_relation_is_declared(lang):
    assert {r.relation for r in anchors.relations(lang)} == {"same", "after", "before", "start", "end"}


@pytest.mark.parametrize("lang,text,relation,days,kinds", [
    ("en", "Two days after the election, X met Y", "after", 2, {"Election"}),
    ("en", "on the sidelines of the summit", "same", 0, {"Contact"}),
    ("en", "at the end of his state visit", "end", 0, {"Visit"}),
    ("de", "Am Tag nach der Wahl", "after", 1, {"Election"}),
    ("de", "zum Abschluss seines Besuchs", "end", 0, {"Visit"}),
    ("de", "im Vorfeld der Abstimmung", "before", 0, {"Election"}),
])
def test_anchor_phrases(lang, text, relation, days, kinds):
    doc = analyse(Document(id="t", text=text + ".", lang=lang, published=DCT))
    found = anchors.anchors_in(doc.text, 0, len(doc.text), lang, doc.timexes)
    assert found and found[0].relation == relation and found[0].days == days
    assert kinds <= set(found[0].kinds)


@pytest.mark.parametrize("lang,text", [
    ("en", "after the holidays"), ("en", "before the parliament"), ("de", "nach Berlin"), ("de", "vor der Presse"),
])
def test_no_event_noun_no_anchor(lang, text):
    assert anchors.anchors_in(text, 0, len(text), lang, []) == []
