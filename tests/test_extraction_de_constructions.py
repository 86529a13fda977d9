"""German constructions of events beyond the worked examples of kb/lang/de/events.txt: who and
where of a visit paid ("einen Besuch abstatten"), acts of office, and what must stay silent
(demands, threats, generic mentions). Sentences written for these tests, names invented."""

from __future__ import annotations

import datetime as dt

import pytest

from kb.model import Document
from kb.pipeline import analyse


def run(text: str, dct: str = "2023-06-14"):
    return analyse(Document(id="t", text=text, lang="de", published=dt.date.fromisoformat(dct))).events


def of_type(events, etype: str, subtype: str | None = None):
    return [e for e in events if e.type == etype and (subtype is None or e.subtype == subtype)]


def test_a_visit_paid_to_a_head_of_government_is_in_the_hosts_country():
    # the host is the dative object of "abstatten": the visit takes place in the host's country
    [visit] = of_type(run("Emmanuel Macron stattete Olaf Scholz am Dienstag einen Besuch ab."), "StateVisit")
    roles = {p.entity.id: p.role for p in visit.participants}
    assert roles == {"Q3052772": "guest", "Q61053": "host"}
    assert visit.place is not None and visit.place.entity.id == "Q183"
    assert visit.status == "past" and visit.date.value == "2023-06-13"


@pytest.mark.parametrize("text,subtype,who", [
    ("Paul Kern wurde am Montag aus der Haft entlassen.", "Release", "Paul Kern"),
    ("Der Präsident entließ am Montag den Innenminister Paul Kern.", "Dismissal", "Paul Kern"),
    ("Tomas Reyes schwor am Montag vor dem Parlament den Eid auf die Verfassung.", "TakingOffice", "Tomas Reyes"),
    ("Tomas Reyes legte am Montag sein Amt als Parteichef nieder.", "Resignation", "Tomas Reyes"),
    ("Tomas Reyes wurde am Montag mit der Regierungsbildung beauftragt.", "Appointment", "Tomas Reyes"),
])
def test_an_act_of_office_names_whom_it_concerns(text, subtype, who):
    [ev] = of_type(run(text), "Other", subtype)
    assert [p.entity.name for p in ev.participants] == [who]
    assert ev.status == "past" and ev.date.value == "2023-06-12"


@pytest.mark.parametrize("text", [
    "Die Regierung verlangte am Montag die sofortige Freilassung von Paul Kern.",  # a demand
    "Das Werk entließ am Montag 300 Mitarbeiter.",  # nobody named
    "Die Arbeiter legten am Montag die Arbeit nieder.",  # a strike, no office
    "Die Regierung fürchtet neue Proteste.",  # a generic mention
    "Die Kommission wurde am Montag mit einer Studie beauftragt.",
])
def test_no_act_of_office(text):
    assert not of_type(run(text), "Other")


def test_a_treaty_taking_effect_is_not_its_signing():
    events = run("Das Abkommen zwischen Norwegen und Schweden tritt am 1. Juli in Kraft.")
    assert not of_type(events, "AgreementSigning")
    [ev] = of_type(events, "Other", "TreatyEntryIntoForce")
    assert {p.entity.id for p in ev.participants} == {"Q20", "Q34"}
    assert ev.status == "planned" and ev.date.value == "2023-07-01"


def test_votes_counted_make_a_winner_only_for_a_person():
    [ev] = of_type(run("Piotr Nowak erhielt im dritten Wahlgang 412 Stimmen."), "Election")
    assert [(p.label, p.role) for p in ev.participants] == [("Piotr Nowak", "winner")]
    assert not of_type(run("Der Antrag erhielt am Montag nur 20 Stimmen."), "Election")


def test_who_congratulates_and_who_is_congratulated_not_the_office_named():
    # the office he was elected to names its holder at the time, who takes no part
    events = run("Paula Brandstetter hat Tomas Reyes zu seiner Wahl zum Präsidenten der Vereinigten Staaten "
                 "gratuliert.", "2022-05-02")
    [ev] = of_type(events, "Statement", "Congratulation")
    assert sorted(p.label for p in ev.participants) == ["Paula Brandstetter", "Tomas Reyes"]


@pytest.mark.parametrize("text,subtype,who,date", [
    ("Tomas Reyes erklärte am Montag seinen sofortigen Rücktritt.", "Resignation", "Tomas Reyes", "2023-06-12"),
    ("Tomas Reyes tritt sein Amt am 1. Juli an.", "TakingOffice", "Tomas Reyes", "2023-07-01"),
    ("Am 1. Juni begann die Amtszeit von Tomas Reyes.", "TakingOffice", "Tomas Reyes", "2023-06-01"),
    ("Der Rat hat Tomas Reyes am Montag zum Sonderbeauftragten ernannt.", "Appointment", "Tomas Reyes", "2023-06-12"),
    ("Die Ernennung von Tomas Reyes zum Außenminister erfolgte am Montag.", "Appointment", "Tomas Reyes",
     "2023-06-12"),
    ("Die Europäische Union wurde im Jahr 1993 gegründet.", "Founding", "Europäische Union", "1993"),
    ("Die Beerdigung von Tomas Reyes fand am Montag in Oslo statt.", "Funeral", "Tomas Reyes", "2023-06-12"),
    ("Tomas Reyes wurde am Montag in Oslo ermordet.", "Death", "Tomas Reyes", "2023-06-12"),
    ("Tomas Reyes kam am Montag bei einem Unfall ums Leben.", "Death", "Tomas Reyes", "2023-06-12"),
    ("Das Attentat auf Tomas Reyes am Montag scheiterte.", "Attack", "Tomas Reyes", "2023-06-12"),
])
def test_an_act_of_office_state_or_life_names_whom_it_concerns(text, subtype, who, date):
    [ev] = of_type(run(text), "Other", subtype)
    assert [p.label for p in ev.participants] == [who]
    assert ev.date is not None and ev.date.value == date


@pytest.mark.parametrize("text", [
    "Die Regierung forderte die Ernennung eines Sonderbeauftragten.",  # a demand, nobody named
    "Die Partei wurde gegründet, um die Bauern zu vertreten.",  # no date: background
    "Zwanzig Menschen kamen am Montag bei dem Unglück ums Leben.",  # nobody named
    "Tomas Reyes überlebte die Krise.",  # no attack
    "Der Anschlag auf die Pressefreiheit muss aufhören.",  # a figure of speech
    "Tomas Reyes trat am Montag in Oslo vor die Presse.",  # no office
])
def test_no_such_act(text):
    assert not of_type(run(text), "Other")


def test_who_regrets_a_resignation_does_not_resign():
    events = run("Paula Brandstetter erklärte am Montag, den Rücktritt von Tomas Reyes zu bedauern.")
    assert [[p.label for p in e.participants] for e in of_type(events, "Other", "Resignation")] == [["Tomas Reyes"]]


def test_a_resignation_declared_is_dated_by_its_declaration_and_is_the_declarers():
    events = run("Tomas Reyes erklärte am Montag seinen Rücktritt.")
    [ev] = of_type(events, "Other", "Resignation")
    assert [p.label for p in ev.participants] == ["Tomas Reyes"]
    assert ev.status == "past" and ev.date.value == "2023-06-12"


def test_an_invasion_belongs_to_the_country_named_after_it():
    [ev] = of_type(run("Seit dem Einmarsch Russlands in die Ukraine im Februar 2022 ist alles anders."),
                   "ArmedConflictStart")
    assert [(p.entity.id, p.role) for p in ev.participants] == [("Q159", "aggressor")]
    assert ev.place is not None and ev.place.entity.id == "Q212"


def test_who_is_elected_stands_after_a_subject_with_genitives():
    # "die Vertreter der Mitgliedstaaten der Union": the genitives belong to the subject, so the
    # person after them is the one elected, not the union
    events = run("Am Montag wählten die Minister der Staaten der Afrikanischen Union den Präsidenten von "
                 "Norwegen, Tomas Reyes, zum Sprecher.")
    [ev] = of_type(events, "Election")
    assert [(p.label, p.role) for p in ev.participants] == [("den Präsidenten von Norwegen, Tomas Reyes", "winner")]


def test_a_release_belongs_to_the_person_named_after_a_title_in_the_genitive():
    events = run("Seit der Haftentlassung der Reporterin Anna Weber in Minsk fordert die Regierung Aufklärung.")
    [ev] = of_type(events, "Other", "Release")
    assert [p.label for p in ev.participants] == ["Anna Weber"]


@pytest.mark.parametrize("text,who", [
    ("Nach dem Veto von Norwegen und Schweden gegen die Resolution reiste Tomas Reyes nach Oslo.", {"Q20", "Q34"}),
    ("Norwegen und Schweden hatten sich bei der Abstimmung über die Resolution enthalten.", {"Q20", "Q34"}),
    ("Norwegen stimmte am Montag im Sicherheitsrat gegen die Resolution.", {"Q20"}),
])
def test_a_vote_cast_is_the_voting_states(text, who):
    [ev] = of_type(run(text), "Other", "Vote")
    assert {p.entity.id for p in ev.participants} == who


@pytest.mark.parametrize("text", [
    "Norwegen droht mit einem Veto gegen die Resolution.",  # a threat
    "Der Bericht enthält Zahlen zur Abstimmung.",  # "contains"
])
def test_no_vote(text):
    assert not of_type(run(text), "Other")


@pytest.mark.parametrize("text,subtype,who", [
    ("Norwegen übernimmt am 1. Juli den Vorsitz im Rat der EU.", "TakingOffice", "Q20"),
    ("Schweden übernahm am 1. Januar die EU-Ratspräsidentschaft von Norwegen.", "TakingOffice", "Q34"),
])
def test_who_takes_over_a_council_presidency_is_the_state_not_the_union(text, subtype, who):
    [ev] = of_type(run(text), "Other", subtype)
    assert [p.entity.id for p in ev.participants] == [who]


def test_an_arrival_told_by_its_noun_is_its_owners():
    [ev] = of_type(run("Die Ankunft von Tomas Reyes in Oslo verzögerte sich am Montag."), "Other", "Arrival")
    assert [p.label for p in ev.participants] == ["Tomas Reyes"]
    # who is welcomed on arrival is not told by the possessive alone: no arrival of the host
    assert not of_type(run("Bei ihrer Ankunft am Flughafen wurde Paula Brandstetter von Tomas Reyes begrüßt."),
                       "Other", "Arrival")


@pytest.mark.parametrize("text", [
    "Bei der Wahl am Sonntag erhielt Tomas Reyes 60 Prozent.",
    "Bei der Parlamentswahl am Sonntag wurde die Partei von Tomas Reyes stärkste Kraft.",
])
def test_an_election_told_by_its_result(text):
    [ev] = of_type(run(text), "Election")
    assert [(p.label, p.role) for p in ev.participants] == [("Tomas Reyes", "winner")]
    assert ev.date.value == "2023-06-11"


@pytest.mark.parametrize("text", [
    "Nach der Wahl erhielt Tomas Reyes 5 Prozent mehr Gehalt.",
    "Die Inflation erreichte im Mai 5 Prozent.",
])
def test_a_share_that_is_no_vote(text):
    assert not of_type(run(text), "Election")


def test_a_meeting_noun_in_the_genitive_names_its_parties():
    [ev] = of_type(run("Im Mittelpunkt des Treffens von Tomas Reyes und Paula Brandstetter stand der Handel."),
                   "Meeting")
    assert sorted(p.label for p in ev.participants) == ["Paula Brandstetter", "Tomas Reyes"]


def test_stepping_before_a_crowd_is_a_speech_of_who_steps():
    events = run("Kurz darauf trat Tomas Reyes auf den Balkon des Palastes vor die auf dem Platz wartende Menge.")
    [ev] = of_type(events, "Statement", "Speech")
    assert [p.label for p in ev.participants] == ["Tomas Reyes"]
    assert not of_type(run("Die Mannschaft trat vor die Fans."), "Statement")


@pytest.mark.parametrize("text", [
    "Tomas Reyes hatte am Montag ein Arbeitsgespräch mit Paula Brandstetter.",
    "Das Vier-Augen-Gespräch zwischen Tomas Reyes und Paula Brandstetter dauerte eine Stunde.",
    "Tomas Reyes hatte am Montag einen Meinungsaustausch mit Paula Brandstetter.",
])
def test_a_talk_named_by_a_compound_is_a_meeting_of_both(text):
    [ev] = of_type(run(text), "Meeting")
    assert sorted(p.label for p in ev.participants) == ["Paula Brandstetter", "Tomas Reyes"]


def test_a_phone_talk_stays_a_call():
    events = run("Tomas Reyes führte am Montag ein Telefongespräch mit Paula Brandstetter.")
    assert of_type(events, "PhoneCall") and not of_type(events, "Meeting")


@pytest.mark.parametrize("text,subtype,status", [
    ("Tomas Reyes ist neuer Präsident von Norwegen.", "TakingOffice", "past"),
    ("Tomas Reyes wird am 1. Juli neuer Regierungschef.", "TakingOffice", "planned"),
    ("Der frühere Präsident Tomas Reyes ist tot.", "Death", "past"),
])
def test_an_office_or_a_death_told_by_a_copula(text, subtype, status):
    [ev] = of_type(run(text), "Other", subtype)
    assert [p.entity.name for p in ev.participants] == ["Tomas Reyes"] and ev.status == status


@pytest.mark.parametrize("text", ["Der neue Präsident will Reformen.", "Das Projekt ist tot."])
def test_no_office_or_death_told(text):
    assert not of_type(run(text), "Other")
