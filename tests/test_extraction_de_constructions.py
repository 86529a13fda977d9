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
