"""Roles and duplicates: own sentences (invented or generic names) for who takes part in an event,
and sentences that must not change."""

from __future__ import annotations

import datetime as dt

import pytest

from kb.model import Document
from kb.pipeline import analyse

DCT = dt.date(2024, 3, 13)  # a Wednesday


def events(text: str, lang: str):
    return analyse(Document(id="t", text=text, lang=lang, published=DCT)).events


def names(ev) -> set[str]:
    return {p.name for p in ev.participants}


# a negating quantifier as the subject: nobody took part, so there is no event
@pytest.mark.parametrize("lang,text", [
    ("de", "Keine Kanzlerin hat Kanada seit 1990 besucht."),
    ("de", "Keiner der Minister reiste am Montag nach Kanada."),
    ("en", "No chancellor has visited Canada since 1990."),
    ("en", "None of the ministers travelled to Canada on Monday."),
])
def test_negated_subject_gives_no_event(lang, text):
    assert events(text, lang) == []


# ... but a named subject, or "no" elsewhere in the sentence, keeps its event
@pytest.mark.parametrize("lang,text,who", [
    ("de", "Olaf Scholz hat Kanada am Montag besucht, keine Kanzlerin vor ihm.", "Olaf Scholz"),
    ("en", "Olaf Scholz said no date had been set, but he would visit Canada in May.", "Olaf Scholz"),
    ("en", "Olaf Scholz visited Canada on Monday with no fanfare.", "Olaf Scholz"),
])
def test_named_subject_keeps_its_visit(lang, text, who):
    visits = [ev for ev in events(text, lang) if ev.type in ("StateVisit", "Visit")]
    assert visits and who in names(visits[0])


def speakers(text: str, lang: str) -> list[set[str]]:
    return [names(ev) for ev in events(text, lang) if ev.type == "Statement"]


# the speaker is the subject of the verb of saying, not who stands in a fronted prepositional phrase
@pytest.mark.parametrize("lang,text,who,not_who", [
    ("de", "Nach dem Treffen mit Emmanuel Macron sagte Olaf Scholz, die Gespräche seien gut gewesen.",
     "Olaf Scholz", "Emmanuel Macron"),
    ("de", "Mit Blick auf Olaf Scholz sagte Emmanuel Macron, er sei zufrieden.", "Emmanuel Macron", "Olaf Scholz"),
    ("de", "Im Gespräch mit Olaf Scholz sagte Emmanuel Macron am Montag, er sei zufrieden.",
     "Emmanuel Macron", "Olaf Scholz"),
    ("en", "After the meeting with Emmanuel Macron, Olaf Scholz said the talks had been useful.",
     "Olaf Scholz", "Emmanuel Macron"),
    # unchanged: the subject first, the prepositional phrase after the verb
    ("de", "Olaf Scholz sagte nach dem Treffen mit Emmanuel Macron, er sei zufrieden.",
     "Olaf Scholz", "Emmanuel Macron"),
])
def test_speaker_is_not_in_a_prepositional_phrase(lang, text, who, not_who):
    said = speakers(text, lang)
    assert said and who in said[0] and not_who not in said[0]


def of_type(text: str, lang: str, etype: str) -> list[set[str]]:
    return [names(ev) for ev in events(text, lang) if ev.type == etype]


# who reports an event (a spokesman's clause) takes no part in it
@pytest.mark.parametrize("lang,text,etype,who,not_who", [
    ("de", "Wie Regierungssprecher Jonas Weber mitteilte, reist der Kanzler am Freitag nach Rom.",
     "StateVisit", "Olaf Scholz", "Jonas Weber"),
    ("en", "Jonas Weber briefed reporters on Monday on the phone call between Tom Becker and Anna Kovacs.",
     "PhoneCall", "Tom Becker", "Jonas Weber"),
    ("de", "Regierungssprecher Jonas Weber informierte am Montag über das Telefonat zwischen Olaf Scholz "
           "und Emmanuel Macron.", "PhoneCall", "Emmanuel Macron", "Jonas Weber"),
])
def test_reporter_is_no_participant(lang, text, etype, who, not_who):
    found = of_type(text, lang, etype)
    assert found and who in found[0] and not_who not in found[0]


# unchanged: the subject of the event's own clause still takes part
@pytest.mark.parametrize("lang,text,etype,who", [
    ("en", "Tom Becker held a phone call with Anna Kovacs on Monday.", "PhoneCall", "Tom Becker"),
    ("de", "Olaf Scholz reist am Freitag nach Rom, wie Regierungssprecher Jonas Weber mitteilte.",
     "StateVisit", "Olaf Scholz"),
])
def test_own_subject_still_takes_part(lang, text, etype, who):
    found = of_type(text, lang, etype)
    assert found and who in found[0]


def place_of(text: str, lang: str, etype: str) -> list[str | None]:
    return [ev.place.entity.name if ev.place and ev.place.entity else None
            for ev in events(text, lang) if ev.type == etype]


# a speaking institution is no place of the event told after it
@pytest.mark.parametrize("lang,text,place", [
    ("en", "The White House announced on Monday that Tom Becker would visit Paris next month.", "Paris"),
    ("de", "Das Weiße Haus teilte am Montag mit, Tom Becker werde im April Paris besuchen.", "Paris"),
])
def test_speaker_institution_is_no_place(lang, text, place):
    assert place_of(text, lang, "StateVisit") == [place]


# unchanged: a visit to the White House told before who said so is still a visit to it
def test_visit_to_the_institution_keeps_its_place():
    text = "Tom Becker will visit the White House next month, the State Department said."
    assert place_of(text, "en", "Meeting") == ["White House"]


# an event noun and its verb in one clause tell one event, dated by the day the sentence gives
@pytest.mark.parametrize("lang,text,date", [
    ("de", "Paula Brandstetter ist am Montag zu einem Staatsbesuch nach Kanada aufgebrochen.", "2024-03-11"),
    ("de", "Tomas Reyes ist am Dienstag zu einem Arbeitsbesuch nach Rom gereist.", "2024-03-12"),
])
def test_noun_and_verb_are_one_visit(lang, text, date):
    visits = [ev for ev in events(text, lang) if ev.type == "StateVisit"]
    assert len(visits) == 1 and visits[0].date.value == date


# unchanged: two places in one sentence are two legs
def test_two_places_stay_two_visits():
    text = "Tomas Reyes reiste am Montag nach Rom und besucht am Freitag Madrid."
    assert len([ev for ev in events(text, "de") if ev.type == "StateVisit"]) == 2


# a company is no political actor: its unnamed spokesperson and its appointments tell no event
@pytest.mark.parametrize("lang,text", [
    ("de", "Ein Sprecher der Bahn sagte am Montag, die Strecke sei wieder frei."),
    ("de", "Eine Sprecherin von Siemens sagte am Montag, das Werk schließe."),
    ("de", "Der Konzern hat Anna Berg zur Chefin ernannt."),
    ("en", "A spokeswoman for Siemens said on Monday the plant would close."),
    ("en", "A spokesman for the company said on Monday the plant would close."),
    ("en", "The company appointed Anna Berg as chief executive on Monday."),
])
def test_company_tells_no_event(lang, text):
    assert events(text, lang) == []


# unchanged: a body of state, its spokesperson, and what a company reports of others
@pytest.mark.parametrize("lang,text,etype", [
    ("de", "Ein Sprecher der Bundesregierung sagte am Montag, die Lage sei ernst.", "Statement"),
    ("de", "Ein Sprecher des Ministeriums sagte am Montag, die Lage sei ernst.", "Statement"),
    ("de", "Die Regierung ernannte Anna Berg zur Botschafterin.", "Other"),
    ("en", "A spokesman for the Kremlin said on Monday the talks would go on.", "Statement"),
    ("en", "The company said Tom Becker would visit Paris next month.", "StateVisit"),
    ("de", "Das Unternehmen teilte mit, Olaf Scholz werde im April Rom besuchen.", "StateVisit"),
])
def test_political_actors_keep_their_events(lang, text, etype):
    assert any(ev.type == etype for ev in events(text, lang))


@pytest.mark.parametrize("lang,text,etype,who", [
    ("en", "President Tom Berg, who has repeatedly criticised the council, visited Norway.", "StateVisit", "Tom Berg"),
    ("de", "Präsident Tom Berg, der den Rat mehrfach kritisiert hat, besuchte Norwegen.", "StateVisit", "Tom Berg"),
])
def test_a_verb_of_saying_in_a_relative_clause_reports_nothing(lang, text, etype, who):
    """The relative clause tells about the subject; its verb of saying does not make the subject
    the reporter of the visit told after it (as "As X said, Y will travel" does)."""
    a = analyse(Document(id="t", text=text, lang=lang, published=dt.date(2024, 3, 14)))
    assert [(e.type, [p.name for p in e.participants]) for e in a.events] == [(etype, [who])]
