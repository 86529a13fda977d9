"""Issue 9, round 37: constructions of German agency news found missing on an invented held-out set.

tests/data/invented/de/ holds 12 invented agency-style articles with gold (written before kb was
run on them). The misses scored there were fixed where their cause is general; each fix is tested
here on sentences written for this file, not taken from those articles:

- "ins Amt kommen" (taking office), "der Krieg ... brach aus / war ausgebrochen" (a war's start),
  "ihre Unterschriften unter ... setzen" (a signing), "hatten sich ... auf ... geeinigt" (an
  agreement told verb-last), "X warf Y vor, ..." and "X hat Y zu ... aufgefordert" (sayings),
  "bat ... um seine Entlassung" (a resignation);
- "begrüßte seinen Gast / X mit militärischen Ehren" welcomes a person: no statement;
- a date behind a verb after an event noun ("Vor der Reise will X am Montag ...") is the verb's
  clause's, not the noun's: the noun then refers back to the event told before;
- a semicolon ends a main clause: no verb bracket, and no fronted date, reaches across it to the
  verb of the next clause ("X hatte das Land seit 2017 regiert; bei der Wahl vor vier Jahren
  hatte seine Partei gewonnen": the election is four years ago, not 2017);
- a meeting told after a sequel cue ("Anschließend") within a stay of several days takes the
  day the sentences before name, not all the stay's days;
- a noun right before a city's name is the name's ("die Hauptstadt Kiew" as an object is Kyiv);
- a possessor in the genitive, a noun and a person's name ("Merz' Vorgänger Olaf Scholz") is one
  referent, the person: the possessor is no participant;
- a person's resignation told in the lead without a day and again with its day is one event
  (``told_once`` of the type registry, as an election already was);
- "am Rande des Gipfels mit X" dates the meeting by the summit told sentences before, even when the
  phrase goes on to name the meeting's own partner.

Publication day 2024-11-20 is a Wednesday.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from extraction_cases import check_told, events_of, show, told_of

WED = "2024-11-20"
INVENTED = Path(__file__).parent / "data" / "invented" / "de"

CASES = [
    ("Bundeskanzler Olaf Scholz kam im Dezember 2021 ins Amt.",
     [("Other/TakingOffice", "Olaf Scholz", "2021-12", "past")]),
    ("Die Bürgermeisterin Jana Roth war erst im Mai ins Amt gekommen.",
     [("Other/TakingOffice", None, "2024-05", "past")]),
    ("Der Krieg zwischen Russland und der Ukraine war im Februar 2022 ausgebrochen.",
     [("Other/WarStart", "Russia", "2022-02", "past")]),
    ("Im August 2008 brach der Krieg zwischen Russland und Georgien aus.",
     [("Other/WarStart", "Russia", "2008-08", "past")]),
    ("Die Außenminister Annalena Baerbock und Radosław Sikorski setzten am Montag in Berlin ihre "
     "Unterschriften unter das Abkommen.",
     [("Other/Treaty", "Annalena Baerbock", "2024-11-18", "past")]),
    ("Am Dienstag hatten sich Deutschland und Polen auf ein gemeinsames Grenzprogramm geeinigt.",
     [("Other/Treaty", "Germany", "2024-11-19", "past")]),
    ("Der polnische Außenminister Radosław Sikorski warf Moskau am Dienstag vor, die Gespräche zu blockieren.",
     [("Statement", "Radosław Sikorski", "2024-11-19", "past")]),
    ("Bundeskanzler Olaf Scholz hat die Länder am Montag zur Zusammenarbeit aufgefordert.",
     [("Statement", "Olaf Scholz", "2024-11-18", "past")]),
    ("Bundeskanzler Olaf Scholz bat am Dienstag um seine Entlassung.",
     [("Other/Resignation", "Olaf Scholz", "2024-11-19", "past")]),
    ("Bundeskanzler Olaf Scholz begrüßte die Einigung am Montag.",
     [("Statement", "Olaf Scholz", "2024-11-18", "past")]),
    # the meeting on the sidelines takes the summit's day, told two sentences before
    ("Der Nato-Gipfel beginnt am Montag in Den Haag. Die Tagesordnung ist lang. Bundeskanzler Olaf Scholz "
     "will am Rande des Gipfels mit Emmanuel Macron zusammenkommen.",
     [("Meeting", "NATO", "2024-11-25", "planned"), ("Meeting", "Emmanuel Macron", "2024-11-25", "planned")]),
    # a definite event noun in a phrase of time ("Vor der Reise") refers back to the trip told
    # before: the date behind the verb after it is the clause's, so it makes no second trip
    ("Bundeskanzler Friedrich Merz reist am Donnerstag kommender Woche nach Rom. Vor der Reise will Merz "
     "am Montag in Berlin Emmanuel Macron treffen.",
     [("Visit", "Friedrich Merz", "2024-11-28", "planned"), ("Meeting", "Emmanuel Macron", None, "planned")]),
    ("Bundeskanzler Olaf Scholz besuchte am Montag Paris. Nach dem Besuch sagte er am Dienstag in "
     "Berlin, die Gespräche seien gut gewesen.",
     [("Visit", "Olaf Scholz", "2024-11-18", "past"), ("Statement", "Olaf Scholz", "2024-11-19", "past")]),
    # a resignation told in the lead without a day and again with its day is one resignation
    ("Bundesminister Boris Pistorius ist zurückgetreten. Pistorius hatte am Montagabend seinen Rücktritt erklärt.",
     [("Other/Resignation", "Boris Pistorius", "2024-11-18TEV", "past")]),
    ("Boris Pistorius trat im Mai 2019 als Landesminister zurück. Am Montag trat Pistorius erneut zurück.",
     [("Other/Resignation", "Boris Pistorius", "2019-05", "past"),
      ("Other/Resignation", "Boris Pistorius", "2024-11-18", "past")]),
    # a semicolon ends a main clause: the date of the clause before it is not the election's
    ("Viktor Orbán hatte das Land seit 2010 regiert; bei der Wahl vor drei Jahren hatte seine Partei erneut gewonnen.",
     [("Election", "Viktor Orbán", "2021-11", "past")]),
    # "die Hauptstadt Kiew", "die Stadt Odessa": the noun before a city's name is the name's
    ("Russland hat am Dienstag die Hafenstadt Odessa mit Raketen angegriffen.",
     [("Other/Attack", "Russia", "2024-11-19", "past")]),
    # a possessor in the genitive qualifies the noun; the name after it is the one who acts
    ("Merkels Nachfolger Olaf Scholz reiste im Februar 2022 nach Washington.",
     [("Visit", "Olaf Scholz", "2022-02", "past")]),
    ("Scholz' Vorgänger Angela Merkel war im Juli 2021 nach Washington gereist.",
     [("Visit", "Angela Merkel", "2021-07", "past")]),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[t[0][:60] for t in CASES])
def test_invented_constructions(text, expected):
    check_told(text, expected, "de", WED)


NOTHING = [
    ("Die Unterlagen kamen am Montag ins Amt für Statistik.", "Other/TakingOffice"),
    ("Der Streit brach am Montag aus.", "Other/WarStart"),
    ("Die Minister setzten sich am Montag an den Tisch.", "Other/Treaty"),
    # an agreement of a collective kb does not name is not that of the one the sentence before was about
    ("Bundeskanzler Olaf Scholz sprach am Montag in Berlin. Im Juni hatten sich die Mitgliedstaaten auf ein "
     "Programm geeinigt.", "Other/Treaty"),
    ("Die Spieler warfen den Ball am Montag vor das Tor.", "Statement"),
    ("Er warf ihr am Montag vor, gelogen zu haben.", "Statement"),
    ("Bundespräsident Frank-Walter Steinmeier begrüßte seinen Gast am Montag mit militärischen Ehren.", "Statement"),
    ("Bundeskanzler Olaf Scholz begrüßte den Amtskollegen am Montag am Flughafen.", "Statement"),
]


@pytest.mark.parametrize("text,cls", NOTHING, ids=[t[0][:60] for t in NOTHING])
def test_no_such_event(text, cls):
    evs = events_of(text, "de", WED)
    assert not told_of(evs, cls), show(evs)


def test_the_invented_set_is_well_formed():
    """Every evidence, participant, place, date text and claim text of the gold occurs in its
    article, and every article has its gold (the set is scored with ../shared/eval/score_events.py)."""
    arts = sorted(INVENTED.glob("inv_de*.json"))
    assert len(arts) == 12
    for path in arts:
        art = json.loads(path.read_text(encoding="utf-8"))
        gold = json.loads((INVENTED / "gold" / path.name).read_text(encoding="utf-8"))
        text = art["text"]
        assert art["lang"] == "de" and gold["id"] == art["id"] == path.stem
        for e in gold["events"]:
            quoted = [e["evidence"], e.get("date_text")] + [p["text"] for p in e["participants"]]
            quoted += [e["place"]["text"]] if e["place"] else []
            assert all(q is None or q in text for q in quoted), (path.name, e["evidence"])
        for c in gold["claims"]:
            assert c["text"] in text and all(p["text"] in text for p in c["participants"]), (path.name, c["text"])


def test_no_frame_reaches_across_a_semicolon():
    import datetime as dt

    from kb.model import Document
    from kb.pipeline import analyse

    text = "Viktor Orbán hatte das Land seit 2010 regiert; bei der Wahl vor drei Jahren hatte seine Partei gewonnen."
    a = analyse(Document(id="t", text=text, lang="de", published=dt.date.fromisoformat(WED)))
    cut = text.index(";")
    won = [f for f in a.frames if f.predicate.lemma == "gewinnen"]
    assert won and all(x.start > cut for f in won for x in f.arguments), [f.describe(text) for f in won]


@pytest.mark.parametrize("text", [
    "Bundeskanzler Olaf Scholz ist am Montag zu einem dreitägigen Besuch in Norwegen eingetroffen. Die Begrüßung "
    "fand vor dem Schloss in Oslo statt. Anschließend traf Scholz den norwegischen Ministerpräsidenten Jonas Gahr Støre.",
    "Bundeskanzler Olaf Scholz ist am Montag zu einem dreitägigen Besuch in Norwegen eingetroffen. Danach traf "
    "Scholz in Oslo den norwegischen Ministerpräsidenten Jonas Gahr Støre.",
])
def test_a_sequel_in_a_stay_takes_the_day_told_before(text):
    """"Anschließend": a meeting within a three-day visit is on the day the sentences before name,
    not on all three."""
    evs = events_of(text, "de", WED)
    visit, meeting = told_of(evs, "Visit"), told_of(evs, "Meeting")
    assert [v.date.value for v in visit] == ["2024-11-18/2024-11-20"], show(evs)
    assert [m.date.value for m in meeting] == ["2024-11-18"], show(evs)


def test_a_meeting_in_a_stay_without_a_sequel_keeps_the_stay_days():
    text = ("Bundeskanzler Olaf Scholz ist am Montag zu einem dreitägigen Besuch in Norwegen eingetroffen. "
            "In Oslo traf Scholz den norwegischen Ministerpräsidenten Jonas Gahr Støre.")
    meeting = told_of(events_of(text, "de", WED), "Meeting")
    assert meeting and meeting[0].date.value != "2024-11-18", show(meeting)


@pytest.mark.parametrize("text,possessor", [
    ("Merkels Nachfolger Olaf Scholz reiste im Februar 2022 nach Washington.", "Angela Merkel"),
    ("Scholz' Vorgänger Angela Merkel war im Juli 2021 nach Washington gereist.", "Olaf Scholz"),
])
def test_the_possessor_of_a_title_takes_no_part(text, possessor):
    evs = events_of(text, "de", WED)
    assert evs and not any(p.name == possessor for e in evs for p in e.participants), show(evs)


def test_a_date_behind_the_verb_after_a_phrase_of_time_is_the_clause_s():
    """"Vor der Reise will X am Freitag Y empfangen": Friday is the reception's, not the trip's."""
    text = ("Bundeskanzler Friedrich Merz reist in der kommenden Woche nach Rom. Vor der Reise will Merz am "
            "Freitag in Berlin den finnischen Präsidenten Alexander Stubb empfangen.")
    meeting = told_of(events_of(text, "de", WED), "Meeting")
    assert [m.date.value for m in meeting] == ["2024-11-22"], show(meeting)
