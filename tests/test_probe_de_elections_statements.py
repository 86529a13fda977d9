"""A probe battery of German agency-style sentences (issue 9: unseen news such as wire and broadcaster
reports): votes (referendums, run-offs, no-confidence votes, shares of the vote told in the perfect),
statements of ministries, and the date of an announcement of something to come.

Every sentence here was written for these tests (own names, real countries and capitals). The
publication day is Wednesday 2024-11-20: "am Sonntag" told in the past is 2024-11-17, "am Montag"
2024-11-18, "am Dienstag" 2024-11-19, "am Freitag" told in the past 2024-11-15.
"""

from __future__ import annotations

import pytest

from probes_de import date_of, events, names, of_type


def _one(text: str, etype: str):
    found = of_type(text, etype)
    assert len(found) == 1, [(e.type, e.subtype, e.status, date_of(e), names(e)) for e in events(text)]
    return found[0]


# -- referendums: a vote of the people is an Election/Referendum (README: any vote is an Election) -----

@pytest.mark.parametrize("text,status,date,place", [
    ("Die Wähler in der Schweiz haben am Sonntag in einer Volksabstimmung eine Reform der Renten abgelehnt.",
     "past", "2024-11-17", "Switzerland"),
    ("Die Volksabstimmung in Irland fand am Freitag statt.", "past", "2024-11-15", "Ireland"),
    ("Das Referendum in Malta über die Verfassung ist für den 15. März geplant.", "planned", "2025-03-15", "Malta"),
    ("Malta hält am 4. Mai eine Volksabstimmung über den Euro ab.", "planned", "2025-05-04", "Malta"),
    ("In Irland findet am Freitag eine Volksabstimmung über die Verfassung statt.", "planned", "2024-11-22",
     "Ireland"),
    ("Die Wähler in Irland haben am Sonntag in einer Volksabstimmung eine Reform abgelehnt.", "past", "2024-11-17",
     "Ireland"),
    ("Die Bürger in Irland haben am Sonntag in einer Volksabstimmung eine Reform abgelehnt.", "past", "2024-11-17",
     "Ireland"),
    ("Die Wähler in Irland lehnten am Sonntag in einer Volksabstimmung eine Reform ab.", "past", "2024-11-17",
     "Ireland"),
])
def test_a_referendum_held_or_set_for_a_day(text, status, date, place):
    ev = _one(text, "Election")
    assert (ev.subtype, ev.status, date_of(ev)) == ("Referendum", status, date)
    assert place in names(ev)


def test_rejecting_something_in_a_referendum_is_no_statement():
    """'lehnten ... ab' is a statement of refusal, but not where the voters refuse in a vote."""
    assert not of_type("In Irland lehnten die Wähler am Sonntag in einer Volksabstimmung eine Reform ab.",
                       "Statement")
    assert of_type("Außenministerin Anna Lund lehnte am Montag weitere Zugeständnisse ab.", "Statement")


@pytest.mark.parametrize("text", [
    "Tom Berg forderte am Montag eine Volksabstimmung über den Vertrag.",
    "Tom Berg nannte das Referendum eine Farce.",
    "Ein Referendum ist nicht geplant.",
    "Ein Referendum über den Austritt ist derzeit nicht geplant, sagte Tom Berg am Montag.",
    "Tom Berg sprach sich bei der Volksabstimmung für die Reform aus.",
])
def test_a_referendum_only_talked_about_is_no_vote(text):
    assert not of_type(text, "Election")


# -- run-offs and no-confidence votes ------------------------------------------------------------------

def test_a_run_off_set_for_a_day_is_a_planned_election():
    ev = _one("In Rumänien findet am 8. Dezember die Stichwahl um das Präsidentenamt statt.", "Election")
    assert (ev.status, date_of(ev)) == ("planned", "2024-12-08")
    assert "Romania" in names(ev)


def test_a_run_off_talked_about_without_a_day_is_none():
    assert not events("Die Stichwahl gilt als offen.")


def test_parliament_withdrawing_its_confidence_is_a_vote():
    ev = _one("Die Abgeordneten sprachen Ministerpräsidentin Anna Lund am Montag das Misstrauen aus.", "Election")
    assert (ev.status, date_of(ev)) == ("past", "2024-11-18")
    assert "Anna Lund" in names(ev)


def test_distrust_talked_about_is_no_vote():
    assert not events("Tom Berg sprach am Dienstag über das Misstrauen der Bürger.")


# -- a share of the vote told in the perfect ----------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Bei der Präsidentenwahl in Lettland hat Tom Berg am Sonntag 54 Prozent der Stimmen erhalten.",
    "Tom Berg hat bei der Präsidentenwahl in Lettland am Sonntag 54 Prozent der Stimmen erhalten.",
])
def test_a_share_of_the_votes_in_the_perfect_names_the_candidate(text):
    ev = _one(text, "Election")
    assert (ev.status, date_of(ev)) == ("past", "2024-11-17")
    assert "Tom Berg" in names(ev, "winner")


@pytest.mark.parametrize("text", [
    "Tom Berg hat am Sonntag 54 Prozent der Kosten übernommen.",
    "Die Umfrage sieht Tom Berg bei 54 Prozent der Stimmen.",
])
def test_a_share_of_something_else_is_no_vote(text):
    assert not of_type(text, "Election")


# -- ministries of the interior and of defence speak for their country ----------------------------------

@pytest.mark.parametrize("text,date,who", [
    ("Das Innenministerium in Kiew teilte am Dienstag mit, die Grenze bleibe geschlossen.", "2024-11-19",
     "Ministry of Internal Affairs of Ukraine"),
    ("Das ukrainische Innenministerium teilte am Dienstag mit, die Grenze bleibe geschlossen.", "2024-11-19",
     "Ministry of Internal Affairs of Ukraine"),
    ("Die Grenze bleibe geschlossen, teilte das lettische Verteidigungsministerium am Montag mit.", "2024-11-18",
     "Ministry of Defence of Latvia"),
])
def test_a_ministry_of_a_country_announces(text, date, who):
    ev = _one(text, "Announcement")
    assert date_of(ev) == date
    assert names(ev) == {who}


@pytest.mark.parametrize("text", [
    "Das Innenministerium plant eine Reform.",
    "Das Ministerium teilte am Dienstag mit, die Grenze bleibe geschlossen.",  # which ministry of whom?
])
def test_a_ministry_of_no_country_names_nobody(text):
    assert not events(text)


# -- the date of a saying is not that of an infinitive clause telling what is said ---------------------

@pytest.mark.parametrize("text,etype", [
    ("Anna Lund kündigte an, im Frühjahr zurückzutreten.", "Announcement"),
    ("Anna Lund hat angekündigt, im Frühjahr zurückzutreten.", "Announcement"),
    ("Anna Lund kündigte an, im Frühjahr ein neues Gesetz vorzulegen.", "Announcement"),
    ("Anna Lund sagte, im Frühjahr eine Reform vorlegen zu wollen.", "Statement"),
])
def test_an_announcement_takes_no_date_from_the_plan_it_tells(text, etype):
    ev = _one(text, etype)
    assert date_of(ev) in (None, "2024-11-20")  # the report's day at most, never the spring


def test_an_announcement_keeps_its_own_day_and_the_plan_its_own():
    found = events("Tom Berg kündigte am Dienstag an, im Dezember nach Kiew zu reisen.")
    by_type = {e.type: e for e in found}
    assert date_of(by_type["Announcement"]) == "2024-11-19"
    assert (by_type["StateVisit"].status, date_of(by_type["StateVisit"])) == ("planned", "2024-12")
