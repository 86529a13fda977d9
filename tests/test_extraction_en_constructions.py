"""English constructions of kb/lang/en/events.txt, on sentences written for these tests: who takes
part, the status (negated, hypothetical, planned) and what must produce nothing."""

from __future__ import annotations

import datetime as dt

import pytest

from kb.model import Document
from kb.pipeline import analyse

DCT = "2023-06-14"  # a Wednesday


def events(text: str, dct: str = DCT):
    return analyse(Document(id="t", text=text, lang="en", published=dt.date.fromisoformat(dct))).events


def of_type(text: str, etype: str, subtype: str | None = None, dct: str = DCT):
    return [e for e in events(text, dct) if e.type == etype and (subtype is None or e.subtype == subtype)]


def names(ev) -> set[str]:
    return {p.name for p in ev.participants}


# -- meetings: welcoming a person, not a thing -------------------------------------------------------

def test_welcoming_a_person_is_a_meeting_with_host_and_guest():
    [ev] = of_type("Tom Becker welcomed Paula Brandstetter to Riga on Monday.", "Meeting")
    roles = {p.name: p.role for p in ev.participants}
    assert roles == {"Tom Becker": "host", "Paula Brandstetter": "guest"}
    assert ev.date.value == "2023-06-12"


@pytest.mark.parametrize("text", [
    "Tom Becker welcomed the decision of the regional council on Monday.",
    "Tom Becker welcomed the outcome of the Latvian vote.",
    "Tom Becker welcomed this week's proposals by the Dutch government.",
])
def test_welcoming_a_decision_or_proposal_is_no_meeting(text):
    assert not of_type(text, "Meeting")


# -- elections referred to by their winner ---------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Tom Becker flew to Riga shortly after his election as prime minister.",
    "Tom Becker's election in March 2021 ended a long crisis.",
    "Exit polls showed Tom Becker winning about 61 percent of the vote.",
    "Tom Becker won with 52.3 percent of the vote on Sunday.",
    "Tom Becker beat Paula Brandstetter in the May election.",
    "Tom Becker retained the presidency in Sunday's vote.",
])
def test_an_election_names_its_winner(text):
    found = [e for e in events(text) if e.type in ("Election", "ReElection")]
    assert found, text
    assert any(p.name == "Tom Becker" and p.role == "winner" for p in found[0].participants)


@pytest.mark.parametrize("text", [
    "Tom Becker began his election campaign on Monday.",
    "Latvia beat Estonia in Sunday's football match.",
    "Tom Becker kept his seat in the cabinet.",
    "Tom Becker said that the election commission was slow.",
])
def test_no_election_without_a_vote(text):
    assert not [e for e in events(text) if e.type in ("Election", "ReElection")]


# -- taking and leaving office -----------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Tom Becker became Prime Minister of Latvia on Monday.",
    "Tom Becker assumed the post of defence minister on Monday.",
    "Tom Becker took up his duties as ambassador in Rome on Monday.",
    "Paula Brandstetter formally handed power to Tom Becker on Monday.",
])
def test_taking_office(text):
    [ev] = of_type(text, "Other", "TakingOffice")
    assert "Tom Becker" in names(ev)
    assert ev.status == "past" and ev.date.value == "2023-06-12"


def test_becoming_a_leaders_adviser_is_no_taking_office():
    assert not of_type("Tom Becker became President Novak's closest adviser.", "Other")


def test_hoping_to_become_prime_minister_is_hypothetical():
    [ev] = of_type("Tom Becker hopes to become prime minister.", "Other", "TakingOffice")
    assert ev.status == "hypothetical"


def test_a_dismissal_and_its_negation():
    [ev] = of_type("The prime minister dismissed Tom Becker as interior minister on Friday.", "Other", "Dismissal")
    assert "Tom Becker" in names(ev) and ev.status == "past"
    [neg] = of_type("The prime minister did not dismiss Tom Becker as interior minister on Friday.",
                    "Other", "Dismissal")
    assert neg.status == "did_not_occur"


def test_firing_weapons_is_no_dismissal():
    assert not of_type("The soldiers fired shots into the air on Friday.", "Other")


# -- treaties ----------------------------------------------------------------------------------------------

def test_entry_into_force_past_and_planned():
    [past] = of_type("The border treaty between Latvia and Estonia entered into force on Monday.",
                     "Other", "TreatyEntryIntoForce")
    assert names(past) == {"Latvia", "Estonia"} and past.date.value == "2023-06-12"
    [planned] = of_type("The border treaty between Latvia and Estonia will enter into force on 1 July.",
                        "Other", "TreatyEntryIntoForce")
    assert planned.status == "planned" and planned.date.value == "2023-07-01"


def test_rules_entering_into_force_are_no_treaty():
    assert not of_type("The new parking rules will enter into force next year.", "Other")


@pytest.mark.parametrize("text", [
    "After the talks, Tom Becker and Paula Brandstetter signed a package of bilateral documents.",
    "A treaty on fishing rights was signed by Tom Becker and Paula Brandstetter on Monday.",
    "Tom Becker and Paula Brandstetter put their signatures to a joint communique on Monday.",
])
def test_a_signing(text):
    [ev] = of_type(text, "AgreementSigning")
    assert names(ev) >= {"Tom Becker", "Paula Brandstetter"}


def test_an_unsigned_deal_is_no_signing():
    assert not of_type("Tom Becker said the deal, which was never signed, had collapsed.", "AgreementSigning")


# -- referendums -------------------------------------------------------------------------------------------

def test_a_planned_referendum():
    [ev] = of_type("Under the accord, Latvia will hold a referendum on the euro in 2027.", "Election", "Referendum")
    assert ev.status == "planned" and ev.date.value == "2027" and "Latvia" in names(ev)


def test_a_referendum_only_named_is_none():
    assert not of_type("Tom Becker called the referendum a farce.", "Other")


# -- calls, talks and speeches -----------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Tom Becker spoke with Paula Brandstetter by telephone on Monday.",
    "Tom Becker spoke Monday with Paula Brandstetter by phone.",
    "Tom Becker rang Paula Brandstetter on Monday.",
    "Tom Becker placed a call to Paula Brandstetter on Monday.",
])
def test_phone_talks_are_a_call_not_a_meeting(text):
    [call] = of_type(text, "PhoneCall")
    assert names(call) == {"Tom Becker", "Paula Brandstetter"} and call.date.value == "2023-06-12"
    assert not of_type(text, "Meeting")


def test_talks_on_a_topic_name_no_partner_but_talks_on_a_date_are_held():
    assert not of_type("Tom Becker arrived in Riga on Monday for talks on energy.", "Meeting")
    [ev] = of_type("Tom Becker will hold talks on 12 July in Vilnius.", "Meeting")
    assert ev.status == "planned" and ev.date.value == "2023-07-12"


def test_a_speech_to_a_legislature_is_a_statement_not_a_meeting():
    text = "Tom Becker told a joint meeting of both houses on Tuesday that the alliance was strong."
    assert not of_type(text, "Meeting")
    [st] = of_type(text, "Statement")
    assert names(st) == {"Tom Becker"}


def test_a_raising_verb_is_no_passive_and_an_adverb_keeps_the_passive():
    [st] = of_type("Tom Becker is expected to address the parliament on Thursday.", "Statement")
    assert names(st) == {"Tom Becker"} and st.status == "planned"
    [ann] = of_type("The plan was officially announced by Tom Becker on Thursday.", "Announcement")
    assert names(ann) == {"Tom Becker"} and ann.date.value == "2023-06-08"


def test_television_reports_but_a_politician_on_the_radio_speaks():
    [rep] = of_type("Latvian television reported on Monday that the talks had failed.", "Other", "MediaReport")
    assert rep.status == "past"
    assert not of_type("Tom Becker told Latvian radio on Monday that the talks had failed.", "Other", "MediaReport")


# -- a call told in a fronted phrase: its parties are who speaks and who is spoken to -------------------

@pytest.mark.parametrize("text", [
    "In a phone call on Monday, Olaf Scholz told Joe Biden that he was ready to help.",
    "In a telephone call on Monday, Chancellor Olaf Scholz told President Joe Biden that talks would go on.",
    "In a phone call on Monday, Olaf Scholz thanked Joe Biden for his support.",
])
def test_a_call_in_a_fronted_phrase_has_the_speaker_and_the_one_told(text):
    calls = of_type(text, "PhoneCall")
    assert len(calls) == 1 and names(calls[0]) == {"Olaf Scholz", "Joe Biden"}


def test_who_is_said_to_do_something_is_no_party_of_the_call():
    calls = of_type("In a phone call on Monday, Olaf Scholz said Joe Biden would come to Berlin.", "PhoneCall")
    assert len(calls) == 1 and names(calls[0]) == {"Olaf Scholz"}



# -- a possessive before the name it refers to, in the phrase that opens the sentence ----------------

@pytest.mark.parametrize("text,etype", [
    ("Before her election as mayor, Anna Berg met Tom Becker in Lyon.", "Election"),
    ("After his re-election, Tom Becker travelled to Lyon.", "ReElection"),
])
def test_a_fronted_possessive_refers_to_the_main_clause_subject(text, etype):
    evs = of_type(text, etype)
    assert len(evs) == 1 and names(evs[0]) == {"Anna Berg" if "Anna" in text else "Tom Becker"}


# -- "your" and "my" in a turn of speech: the one spoken to and the one speaking ----------------------

def test_your_in_a_transcript_turn_is_the_one_spoken_to():
    text = ("Tom Becker met Anna Berg in Lyon on Monday. Tom Becker: Madam President, since your "
            "re-election as president our two cities have grown closer.")
    evs = [e for e in events(text) if e.type in ("Election", "ReElection")]
    assert len(evs) == 1 and names(evs[0]) == {"Anna Berg"}


def test_my_in_a_transcript_turn_is_the_one_speaking():
    text = "Tom Becker met Anna Berg in Lyon on Monday. Anna Berg: I remember my visit to Oslo in May."
    visits = of_type(text, "StateVisit")
    assert len(visits) == 1 and names(visits[0]) == {"Anna Berg"}


def test_your_outside_any_turn_names_nobody():
    evs = events("Tom Becker met Anna Berg in Lyon. Congratulations on your success, the papers wrote.")
    assert not [e for e in evs if e.type in ("Election", "ReElection")]


# -- events whose only parties are collective -------------------------------------------------------

def test_country_adjectives_before_a_collective_noun_are_the_parties():
    meetings = of_type("The Danish and Chilean delegations held talks in Oslo on Monday.", "Meeting")
    assert len(meetings) == 1 and names(meetings[0]) == {"Denmark", "Chile"}


def test_a_country_adjective_before_another_noun_is_no_party():
    assert not events("Danish ships and Chilean trucks arrived in Oslo on Monday.")


# -- "your election" in a turn of speech: the election of the one spoken to --------------------------

def test_your_election_in_a_transcript_turn_is_the_addressees():
    text = ("Tom Becker met Anna Berg in Lyon on Monday. Tom Becker: Friends, it is a pleasure to welcome "
            "Ms Berg. Long before your election as mayor, you had supported our city.")
    evs = [e for e in events(text) if e.type in ("Election", "ReElection")]
    assert len(evs) == 1 and names(evs[0]) == {"Anna Berg"}


def test_your_election_outside_any_turn_names_nobody():
    text = "Tom Becker met Anna Berg in Lyon. Congratulations on your election as mayor, the papers wrote."
    assert not [e for e in events(text) if e.type in ("Election", "ReElection")]


# -- bodies and countries saying: 'alleged', 'predicted', 'exclaimed'; ministries and agencies -------

@pytest.mark.parametrize("text,speaker,date", [
    ("Peru alleged on Monday that the envoy was a spy.", "Peru", "2023-06-12"),
    ("Peru alleged Tom Becker was a spy.", "Peru", None),
    ("The talks will fail, Bolivia predicted Friday.", "Bolivia", "2023-06-09"),
    ('"Wonderful," exclaimed Tom Becker.', "Tom Becker", None),
    ("The Harbour Ministry said on Monday that the port stays open.", "Harbour Ministry", "2023-06-12"),
    ("The Norland Customs Agency has emphasized that the border stays open.", "Norland Customs Agency", None),
    # a short form in capitals the gazetteer does not know, after "the" and before a speech verb
    ("Mr. Ortiz, the ABI said, made more than $60 million.", "ABI", None),
    ("The ABI said on Monday that the suspect fled.", "ABI", "2023-06-12"),
])
def test_a_body_or_country_saying(text, speaker, date):
    evs = of_type(text, "Statement")
    assert any(speaker in names(e) and (date is None or str(e.date.value) == date) for e in evs), \
        [(names(e), e.date) for e in evs]


@pytest.mark.parametrize("text", [
    "The alleged spy left Lima on Monday.",
    "Tom Becker predicted rain.",
    "Analysts predicted a record harvest.",
])
def test_an_adjective_or_a_forecast_is_no_saying(text):
    assert not of_type(text, "Statement")


@pytest.mark.parametrize("text", [
    "The HQ staff said the suspect fled.",
    "THE ABI SAID IT WOULD APPEAL.",
    "An ABI report said the suspect fled.",
])
def test_a_short_form_not_right_before_the_speech_verb_speaks_not(text):
    assert not any("HQ" in names(e) or "ABI" in names(e) for e in of_type(text, "Statement"))
