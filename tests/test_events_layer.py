"""The trigger and event layer on sentences written for these tests (English and German): which
triggers make an event, what an event needs to stand, and what merging keeps. Names not in the
gazetteer are invented."""

from __future__ import annotations

import datetime as dt

import pytest

from kb.eventtypes import family
from kb.model import Document
from kb.pipeline import analyse


def run(text: str, lang: str, dct: str = "2024-05-14"):
    return analyse(Document(id="t", text=text, lang=lang, published=dt.date.fromisoformat(dct)))


def names(ev) -> set[str]:
    return {p.entity.name if p.entity else p.label for p in ev.participants}


def of_family(a, fam: str) -> list:
    return [e for e in a.events if family(e.type) == fam]


# -- "meet" a goal is no contact -------------------------------------------------------------------

@pytest.mark.parametrize("text,lang", [
    ("Germany met NATO's spending target last year.", "en"),
    ("Olaf Scholz met NATO's two percent target in 2023.", "en"),
    ("The government met the deadline on Friday.", "en"),
    ("Poland meets the criteria for membership, the commission found.", "en"),
    ("Emmanuel Macron said France would meet its climate goals.", "en"),
    ("Deutschland erfüllte die Kriterien im vergangenen Jahr.", "de"),
    ("Olaf Scholz erfüllte am Montag die Vorgaben der NATO.", "de"),
])
def test_meet_a_goal_is_no_contact(text, lang):
    a = run(text, lang)
    assert not of_family(a, "Contact"), [(e.type, names(e)) for e in a.events]


@pytest.mark.parametrize("text,lang", [
    ("Olaf Scholz met Emmanuel Macron in Paris on Monday.", "en"),
    ("Olaf Scholz met NATO Secretary General Jens Stoltenberg on Monday.", "en"),
    ("Olaf Scholz traf am Montag Emmanuel Macron in Paris.", "de"),
])
def test_meet_a_person_is_a_meeting(text, lang):
    a = run(text, lang)
    assert of_family(a, "Contact"), [(e.type, names(e)) for e in a.events]


# -- a negated or declined saying is no statement --------------------------------------------------

@pytest.mark.parametrize("text,lang", [
    ("Olaf Scholz äußerte sich am Montag nicht zu den Vorwürfen.", "de"),
    ("Die Ministerin Karla Wendt äußerte sich zunächst nicht.", "de"),
    ("Olaf Scholz hat sich dazu bisher nicht geäußert.", "de"),
    ("Das Kanzleramt wollte sich auf Anfrage nicht äußern.", "de"),
    ("Olaf Scholz lehnte am Dienstag einen Kommentar ab.", "de"),
    ("Olaf Scholz declined to comment on Monday.", "en"),
    ("Olaf Scholz did not comment on the report.", "en"),
    ("A spokesman for Olaf Scholz did not respond to a request for comment.", "en"),
    ("Olaf Scholz said nothing about the tanks on Monday.", "en"),
])
def test_negated_saying_is_no_statement(text, lang):
    a = run(text, lang)
    assert not of_family(a, "Statement"), [(e.type, names(e)) for e in a.events]


@pytest.mark.parametrize("text,lang", [
    ("Olaf Scholz äußerte sich am Montag zu den Vorwürfen.", "de"),
    ("Olaf Scholz äußerte sich nicht nur zu den Vorwürfen, sondern auch zur Lage.", "de"),
    ("Olaf Scholz betonte nicht zuletzt die Rolle der Partner.", "de"),
    ("Olaf Scholz warnte nicht zum ersten Mal vor einer Eskalation.", "de"),
    ("Olaf Scholz sagte am Montag, er werde nicht nach Paris reisen.", "de"),
    ("Olaf Scholz lehnte am Dienstag weitere Zugeständnisse ab.", "de"),
    ("Olaf Scholz said on Monday that nothing had been decided.", "en"),
])
def test_saying_stays_a_statement(text, lang):
    a = run(text, lang)
    assert of_family(a, "Statement"), [(e.type, names(e)) for e in a.events]


# -- a source attribution is no participant --------------------------------------------------------

@pytest.mark.parametrize("text,lang,speaker", [
    ("Olaf Scholz said on Monday that Germany would help, according to Reuters.", "en", "Olaf Scholz"),
    ("According to the news agency Reuters, Olaf Scholz said on Monday that Germany would help.", "en",
     "Olaf Scholz"),
    ("Laut dpa sagte Olaf Scholz am Montag, Deutschland werde helfen.", "de", "Olaf Scholz"),
    ("Olaf Scholz sagte am Montag laut Reuters, Deutschland werde helfen.", "de", "Olaf Scholz"),
    ("Reuters zufolge sagte Olaf Scholz am Montag, Deutschland werde helfen.", "de", "Olaf Scholz"),
])
def test_source_is_no_participant(text, lang, speaker):
    a = run(text, lang)
    said = of_family(a, "Statement")
    assert [names(e) for e in said] == [{speaker}], [(e.type, names(e)) for e in a.events]


@pytest.mark.parametrize("text,lang", [
    ("Olaf Scholz told Reuters on Monday that Germany would help.", "en"),
    ("Olaf Scholz sagte am Montag der Nachrichtenagentur Reuters, Deutschland werde helfen.", "de"),
])
def test_agency_told_takes_part(text, lang):
    a = run(text, lang)
    assert [names(e) for e in of_family(a, "Statement")] == [{"Olaf Scholz", "Reuters"}]


@pytest.mark.parametrize("text,lang,source", [
    ("According to Reuters, Germany will send tanks.", "en", "Reuters"),
    ("Laut dpa will Deutschland Panzer liefern.", "de", "Deutsche Presse-Agentur"),
])
def test_source_alone_is_the_speaker(text, lang, source):
    a = run(text, lang)
    assert [names(e) for e in of_family(a, "Statement")] == [{source}]


# -- merging keeps the roles of the account folded in ----------------------------------------------

def _visit(*people, roles=()):
    from kb.model import Entity, Event, Participant, Span
    parts = [Participant(Entity(p, p, "person"), p, role) for p, role in zip(people, list(roles) + [None] * 9)]
    return Event(id="", type="StateVisit", status="past", evidence=Span(0, 1), participants=parts)


def test_fold_takes_the_role_the_kept_account_left_open():
    from kb.events.dedupe import fold
    keep = _visit("Anna Holm", "Ben Kari")
    fold(keep, _visit("Anna Holm", "Ben Kari", roles=("guest", "host")), same_sentence=False, from_heading=False)
    assert [(p.label, p.role) for p in keep.participants] == [("Anna Holm", "guest"), ("Ben Kari", "host")]


def test_fold_keeps_the_roles_the_kept_account_gives():
    from kb.events.dedupe import fold
    keep = _visit("Anna Holm", "Ben Kari", roles=("guest", "host"))
    fold(keep, _visit("Anna Holm", "Ben Kari", roles=("host", "guest")), same_sentence=False, from_heading=False)
    assert [(p.label, p.role) for p in keep.participants] == [("Anna Holm", "guest"), ("Ben Kari", "host")]


def test_fold_gives_no_second_holder_of_a_role_the_kept_account_gave():
    from kb.events.dedupe import fold
    keep = _visit("Anna Holm", "Ben Kari", roles=("guest",))
    fold(keep, _visit("Ben Kari", "Anna Holm", roles=("guest",)), same_sentence=False, from_heading=False)
    assert [(p.label, p.role) for p in keep.participants] == [("Anna Holm", "guest"), ("Ben Kari", None)]


def test_fold_gives_a_role_to_several_participants():
    from kb.events.dedupe import fold
    keep = _visit("Anna Holm", "Ben Kari", "Cora Lind")
    fold(keep, _visit("Anna Holm", "Ben Kari", "Cora Lind", roles=("guest", "guest", "host")),
         same_sentence=False, from_heading=False)
    assert [p.role for p in keep.participants] == ["guest", "guest", "host"]


# -- a longer trigger that fails leaves the event noun inside it its chance ------------------------

@pytest.mark.parametrize("text,lang,place", [
    ("Die Opposition gewann am Sonntag die Parlamentswahl in Polen.", "de", "Poland"),
    ("Die Sozialisten gewannen am Sonntag überraschend die Parlamentswahl in Portugal.", "de", "Portugal"),
])
def test_event_noun_inside_a_failed_trigger(text, lang, place):
    a = run(text, lang)
    found = of_family(a, "Election")
    assert len(found) == 1 and found[0].place is not None and found[0].place.entity.name == place, \
        [(e.type, names(e), e.place) for e in a.events]


@pytest.mark.parametrize("text,lang", [
    # the verb inside the longer match gets no chance: the successor is elected, not Scholz
    ("Die Abgeordneten haben am Montag einen Nachfolger für Olaf Scholz gewählt.", "de"),
])
def test_verb_inside_a_failed_trigger_stays_silent(text, lang):
    a = run(text, lang)
    assert not [e for e in of_family(a, "Election") if "Olaf Scholz" in names(e)]


# -- an event nobody is named in stands when its type can and its place is told --------------------

@pytest.mark.parametrize("text,lang,etype,subtype,place", [
    ("A bomb attack in Kabul on Monday killed 12 people.", "en", "Other", "Attack", "Kabul"),
    ("Protests against the new law erupted in Tbilisi on Sunday.", "en", "Other", "Protest", "Tbilisi"),
    ("The summit in Brussels will take place on Thursday.", "en", "Summit", None, "Brussels"),
    ("Bei einem Anschlag in Kabul wurden am Montag zwölf Menschen getötet.", "de", "Other", "Attack", "Kabul"),
    ("Die Proteste gegen das neue Gesetz in Tiflis dauerten am Sonntag an.", "de", "Other", "Protest", "Tbilisi"),
    ("Der Gipfel in Brüssel beginnt am Donnerstag.", "de", "Summit", None, "Brussels"),
    # a crowd told by its number, as "Thousands of people protested in Tbilisi"
    ("Tausende demonstrierten am Sonntag in Tiflis.", "de", "Other", "Protest", "Tbilisi"),
    ("Thousands of people protested in Tbilisi on Sunday.", "en", "Other", "Protest", "Tbilisi"),
])
def test_event_without_participant_stands(text, lang, etype, subtype, place):
    a = run(text, lang)
    found = [e for e in a.events if e.type == etype and e.subtype == subtype]
    assert len(found) == 1, [(e.type, e.subtype, names(e)) for e in a.events]
    assert found[0].place is not None and found[0].place.entity.name == place


@pytest.mark.parametrize("text,lang", [
    ("The talks in Geneva took place on Monday.", "en"),
    ("A state visit to Oslo is planned for May.", "en"),
    ("The call on Monday lasted an hour.", "en"),
    ("The two leaders met in Geneva on Monday.", "en"),
    ("Die Gespräche in Genf fanden am Montag statt.", "de"),
    ("Das Telefonat am Montag dauerte eine Stunde.", "de"),
    # a verb whose arguments name no actor tells of things: "shot" a film is no attack
    ("The film was shot in Riga in 2010.", "en"),
])
def test_event_without_participant_is_dropped(text, lang):
    a = run(text, lang)
    assert not a.events, [(e.type, e.subtype, names(e)) for e in a.events]


def test_an_attack_told_twice_is_one_event():
    a = run("A bomb attack in Kabul on Monday killed 12 people. The attack in Kabul on Monday was the "
            "deadliest this year.", "en")
    assert len([e for e in a.events if e.subtype == "Attack"]) == 1


def test_registry_says_which_types_stand_alone():
    from kb.eventtypes import stands_alone
    assert stands_alone("Other", "Attack") and stands_alone("Election", None) and stands_alone("Summit", None)
    assert not any(stands_alone(t, None) for t in ("Meeting", "StateVisit", "Visit", "PhoneCall", "Statement"))
    assert not stands_alone("Other", "Appointment")


def test_event_without_participant_validates():
    from kb.rdf.build import graph_for
    from kb.rdf.validate import validate_graph
    a = run("A bomb attack in Kabul on Monday killed 12 people.", "en")
    assert a.events and not a.events[0].participants
    conforms, report = validate_graph(graph_for(a)[1])
    assert conforms, report


def test_an_election_told_with_nobody_named_joins_the_country_voting():
    a = run("Voters in Norway go to the polls on Sunday for a parliamentary election.", "en")
    assert len(of_family(a, "Election")) == 1, [(e.type, names(e), e.place) for e in a.events]


def test_attacks_in_two_cities_stay_two():
    a = run("A bomb attack in Paris on Monday killed 12 people. Later on Monday, a bomb attack in Lyon "
            "killed five.", "en")
    assert sorted(e.place.entity.name for e in a.events if e.subtype == "Attack") == ["Lyon", "Paris"]


@pytest.mark.parametrize("text,lang,named", [
    ("The Global Ocean Conference on Monday discussed fishing quotas.", "en", True),
    ("The conference on Monday discussed fishing quotas.", "en", False),
])
def test_a_named_event_noun_stands_without_place(text, lang, named):
    a = run(text, lang)
    assert bool([e for e in a.events if e.subtype == "Conference"]) == named, [(e.type, e.subtype) for e in a.events]
