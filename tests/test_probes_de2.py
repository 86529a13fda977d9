"""German constructions found by probing kb with agency-style news sentences (issue 9, second round):
each test holds a construction a probe showed wrong, and sentences that must produce nothing or
must keep their reading.

Every sentence here is written for these tests (own sentences; well-known real-world names or
invented ones); none comes from the development or test articles.
"""

from __future__ import annotations

import pytest

from probes_de import date_of, names, of_type


# -- 3. "wie X am Montag berichtete": a report is a saying; what it tells is read from its day ------

@pytest.mark.parametrize("text", [
    "Wie die Nachrichtenagentur am Montag berichtete, will Olaf Scholz am Dienstag nach Paris reisen.",
    "Die Zeitung berichtete am Montag, Scholz werde am Dienstag nach Paris reisen.",
])
def test_a_plan_reported_on_a_day_is_read_from_that_day(text):
    visits = of_type(text, "StateVisit")
    assert len(visits) == 1 and date_of(visits[0]) == "2024-11-19"


def test_a_report_on_the_publication_day_keeps_the_weekday_ahead():
    visits = of_type("Wie die Zeitung am Mittwoch berichtete, will Scholz am Dienstag nach Paris reisen.",
                     "StateVisit")
    assert len(visits) == 1 and date_of(visits[0]) == "2024-11-26"


def test_reporting_in_general_is_no_visit():
    assert of_type("Die Zeitung berichtet regelmäßig über die Reisen des Kanzlers.", "StateVisit") == []


# -- 5. a rival's share of the votes ("sein Gegenkandidat X kam auf 48 Prozent") makes X no winner ----

@pytest.mark.parametrize("text", [
    "Anna Berg gewann die Präsidentenwahl in Polen mit 52 Prozent. Ihr Gegenkandidat Tom Becker kam auf 48 Prozent.",
    "Anna Berg gewann die Stichwahl am Sonntag. Ihr Herausforderer Tom Becker erhielt 45 Prozent der Stimmen.",
])
def test_a_rivals_share_makes_no_winner(text):
    elections = of_type(text, "Election")
    assert elections and all(names(e, "winner") == {"Anna Berg"} for e in elections)


def test_a_share_of_someone_named_plainly_still_makes_the_winner():
    elections = of_type("Tom Becker kam in der Stichwahl am Sonntag auf 52 Prozent.", "Election")
    assert len(elections) == 1 and names(elections[0], "winner") == {"Tom Becker"}


def test_a_challenger_who_wins_is_the_winner():
    elections = of_type("Der Herausforderer Tom Becker gewann am Sonntag die Präsidentenwahl in Polen.", "Election")
    assert len(elections) == 1 and names(elections[0], "winner") == {"Tom Becker"}


# -- 4. a stay told in the present on the publication day ("ist heute in Rom") is under way ----------

@pytest.mark.parametrize("text", [
    pytest.param("Bundeskanzler Olaf Scholz ist heute in Rom.", marks=pytest.mark.xfail(
        reason="'heute' matches the past-tense pattern of status.txt; excluding it, together with the calendar "
               "rule, lowered a measure cell (a stay under way no longer merges with its past account)")),
    "Bundeskanzler Olaf Scholz ist am Mittwoch in Rom.",
    "Bundeskanzler Olaf Scholz ist am Mittwoch in Rom. Dort trifft er Ministerpräsidentin Giorgia Meloni.",
])
def test_a_stay_in_the_present_today_is_ongoing(text):
    visits = of_type(text, "StateVisit")
    assert len(visits) == 1 and visits[0].status == "ongoing" and date_of(visits[0]) == "2024-11-20"


@pytest.mark.parametrize("text,status", [
    ("Bundeskanzler Olaf Scholz war heute in Rom.", "past"),
    ("Bundeskanzler Olaf Scholz ist am Montag in Rom gewesen.", "past"),
    ("Bundeskanzler Olaf Scholz ist am Freitag in Rom.", "planned"),
])
def test_a_stay_told_past_or_ahead_keeps_its_status(text, status):
    visits = of_type(text, "StateVisit")
    assert len(visits) == 1 and visits[0].status == status


# -- 6. "Bei dem Treffen zwischen A und B sagte C": C speaks, not A and B --------------------------

@pytest.mark.parametrize("text,speaker", [
    ("Bei dem Treffen zwischen Scholz und Macron sagte der polnische Regierungschef, man sei sich einig.",
     "Donald Tusk"),
    ("Bei den Gesprächen zwischen Scholz, Meloni und Macron erklärte die Kommissionspräsidentin, Europa stehe "
     "zusammen.", "Ursula von der Leyen"),
])
def test_the_speaker_is_not_one_of_those_between(text, speaker):
    statements = of_type(text, "Statement")
    assert len(statements) == 1 and names(statements[0]) == {speaker}


def test_a_speaker_after_a_meeting_with_one_still_speaks():
    statements = of_type("Nach dem Treffen mit Macron sagte Scholz, man sei sich einig.", "Statement")
    assert len(statements) == 1 and names(statements[0]) == {"Olaf Scholz"}


def test_two_who_speak_together_still_speak():
    statements = of_type("Scholz und Macron sagten am Montag in Paris, man sei sich einig.", "Statement")
    assert len(statements) == 1 and names(statements[0]) == {"Olaf Scholz", "Emmanuel Macron"}


# -- 2. "Das Gespräch fand am Montagabend statt" dates the call or meeting told just before ----------

@pytest.mark.parametrize("text,etype", [
    ("Bundeskanzler Olaf Scholz telefonierte mit US-Präsident Joe Biden. Das Gespräch fand am Montagabend statt.",
     "PhoneCall"),
    ("Bundeskanzler Olaf Scholz telefonierte mit US-Präsident Joe Biden. Das Gespräch fand am Montagabend statt, "
     "teilte ein Regierungssprecher mit.", "PhoneCall"),
    ("Bundeskanzler Olaf Scholz traf in Berlin US-Präsident Joe Biden. Das Gespräch fand am Montag statt, "
     "teilte ein Regierungssprecher mit.", "Meeting"),
])
def test_a_talk_taking_place_dates_the_event_before(text, etype):
    found = of_type(text, etype)
    assert len(found) == 1 and date_of(found[0])[:10] == "2024-11-18"


def test_a_talk_taking_place_dates_only_the_one_told_last():
    text = ("Bundeskanzler Olaf Scholz traf in Berlin den polnischen Präsidenten Andrzej Duda. Danach telefonierte er mit "
            "US-Präsident Joe Biden. Das Gespräch fand am Montagabend statt.")
    calls, meetings = of_type(text, "PhoneCall"), of_type(text, "Meeting")
    assert len(calls) == 1 and date_of(calls[0])[:10] == "2024-11-18"
    assert meetings and all((date_of(m) or "")[:10] != "2024-11-18" or m.date.source == "publication" for m in meetings)


def test_a_call_dated_already_keeps_its_day():
    text = "Scholz telefonierte am Freitag mit US-Präsident Joe Biden. Das Gespräch fand am Montag statt."
    calls = of_type(text, "PhoneCall")
    assert calls and date_of(calls[0]) == "2024-11-15"


# -- 1. an event in a relative clause of place (", wo er eine Rede halten soll") -------------------

def test_a_speech_where_a_trip_leads_has_its_day_and_place():
    text = "Der französische Präsident Emmanuel Macron reist am Montag nach Dresden, wo er eine Rede halten soll."
    speeches = of_type(text, "Statement")
    assert len(speeches) == 1 and speeches[0].status == "planned"
    assert speeches[0].place.entity.id == "Q1731" and date_of(speeches[0]) == "2024-11-25"


def test_a_speech_where_a_stay_was_is_past_on_its_day():
    speeches = of_type("Bundeskanzler Olaf Scholz war am Montag in Rom, wo er eine Rede hielt.", "Statement")
    assert len(speeches) == 1 and speeches[0].status == "past" and date_of(speeches[0]) == "2024-11-18"
    assert speeches[0].place.entity.id == "Q220"


def test_the_own_clause_of_a_where_clause_sets_the_status():
    text = ("Emmanuel Macron reist am Dienstag zu einem Staatsbesuch nach Deutschland. Danach besuchte er "
            "Dresden, wo er auch eine Rede halten soll.")
    speeches = of_type(text, "Statement")
    assert len(speeches) == 1 and speeches[0].status == "planned" and speeches[0].place.entity.id == "Q1731"


def test_a_meeting_where_a_trip_leads_keeps_its_day():
    meetings = of_type("Bundeskanzler Olaf Scholz reist am Freitag nach Rom, wo er Giorgia Meloni treffen will.",
                       "Meeting")
    assert len(meetings) == 1 and date_of(meetings[0]) == "2024-11-22" and meetings[0].place.entity.id == "Q220"


def test_a_where_clause_of_a_home_town_tells_no_speech_of_a_trip():
    assert of_type("Bundeskanzler Olaf Scholz lebt in Potsdam, wo er gerne spazieren geht.", "Statement") == []


def test_a_where_clause_after_a_clause_with_no_event_takes_that_clauses_time():
    text = ("Emmanuel Macron reist am Dienstag zu einem Staatsbesuch nach Deutschland. Am Nachmittag wollen beide "
            "Präsidenten in Dresden an einem Fest teilnehmen, wo Macron auch eine Rede halten soll.")
    speeches = of_type(text, "Statement")
    assert len(speeches) == 1 and speeches[0].status == "planned" and speeches[0].place.entity.id == "Q1731"
    assert date_of(speeches[0]) == "2024-11-26TAF"
