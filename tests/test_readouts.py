"""Readouts: what the parties said during a call they are told to have held is the call, not a
statement of its own; a press conference after the talks, or a saying on another day, stays a
statement. Texts written for these tests, with invented names (English and German)."""

from __future__ import annotations

import datetime as dt

import pytest

from kb.model import Document
from kb.pipeline import analyse


def run(text: str, lang: str, dct: str = "2024-05-16"):
    return analyse(Document(id="t", text=text, lang=lang, published=dt.date.fromisoformat(dct)))


def kinds(a) -> list[tuple[str, str | None, frozenset[str]]]:
    return [(e.type, e.subtype, frozenset(p.entity.name if p.entity else p.label for p in e.participants))
            for e in a.events]


def statements(a) -> list[tuple[str | None, frozenset[str]]]:
    return [(s, who) for t, s, who in kinds(a) if t == "Statement"]


# -- sayings told after a call fold into the call ------------------------------------------------------

@pytest.mark.parametrize("text,lang", [
    ("On Tuesday President Tom Alder held a phone call with Prime Minister Karl Brenner. "
     "The leaders discussed trade and energy. Alder expressed concern over the situation on the border. "
     "Brenner stressed the importance of dialogue. Both sides reaffirmed their commitment to the "
     "partnership. They agreed to stay in touch.", "en"),
    ("Präsident Tom Alder hat am Dienstag mit Ministerpräsident Karl Brenner telefoniert. Die beiden "
     "Politiker erörterten Fragen des Handels. Alder äußerte seine Besorgnis über die Lage an der Grenze. "
     "Brenner betonte die Bedeutung des Dialogs. Beide Seiten bekräftigten ihr Engagement für die "
     "Partnerschaft.", "de"),
])
def test_what_the_parties_said_in_a_call_is_the_call(text, lang):
    a = run(text, lang)
    assert [t for t, _, _ in kinds(a)] == ["PhoneCall"]


@pytest.mark.parametrize("text,lang", [
    # the call is told first in the sentence of a briefing about it, then plainly
    ("Spokesman Max Roth briefed journalists on the phone call of President Tom Alder with President "
     "Karl Brenner. Alder and Brenner spoke by phone for an hour; the call ended a "
     "moment ago. The mood was calm. Brenner said that both nations remained competitors. "
     "He further underlined that a clash must be prevented.", "en"),
    ("Sprecher Max Roth unterrichtete die Presse über das Telefonat zwischen Präsident Tom Alder und "
     "Präsident Karl Brenner. Alder und Brenner haben eine Stunde lang miteinander telefoniert. Die "
     "Atmosphäre war sachlich. Brenner sagte, beide Länder seien noch Rivalen. Er betonte, ein Konflikt "
     "müsse vermieden werden.", "de"),
])
def test_a_call_also_told_plainly_takes_the_sayings_after_it(text, lang):
    a = run(text, lang)
    assert "PhoneCall" in [t for t, _, _ in kinds(a)]
    assert all("Karl Brenner" not in who for _, who in statements(a))


# -- what must stay a statement ------------------------------------------------------------------------

def test_a_press_conference_after_talks_stays():
    a = run("President Tom Alder met Prime Minister Karl Brenner in the capital on Tuesday. The leaders "
            "discussed trade. After the talks, the two leaders held a joint press conference.", "en")
    assert ("PressConference", frozenset({"Tom Alder", "Karl Brenner"})) in statements(a)


def test_a_speech_on_another_day_after_a_call_stays():
    a = run("President Tom Alder spoke by phone with Chancellor Lisa Weber on Monday. Alder congratulated "
            "Weber on her election victory. On Thursday, Weber said in a speech that the relationship "
            "was strong.", "en")
    assert ("Speech", frozenset({"Lisa Weber"})) in statements(a)


def test_a_gemeinsame_pressekonferenz_after_a_meeting_stays():
    a = run("Präsident Tom Alder traf am Dienstag Ministerpräsident Karl Brenner in der Hauptstadt. "
            "Nach dem Treffen gaben Alder und Brenner eine gemeinsame Pressekonferenz.", "de")
    assert any(s == "PressConference" and "Tom Alder" in who for s, who in statements(a))


def test_a_briefing_about_a_call_stays_the_briefers_statement():
    a = run("Spokesman Max Roth briefed journalists on the phone call of President Tom Alder with "
            "President Karl Brenner. Alder and Brenner spoke by phone for an hour. Brenner said that both "
            "nations remained competitors.", "en")
    assert ("Briefing", frozenset({"Max Roth"})) in statements(a)


# -- a transcript: what a speaker says within his own turn is that turn -----------------------------------

@pytest.mark.parametrize("text,lang", [
    ("President Tom Alder: Friends, it is a great pleasure to welcome you here. I congratulate you on "
     "this award and wish you every success. President Karl Brenner: Mr President, thank you for this "
     "honour.", "en"),
    ("Präsident Tom Alder: Liebe Freunde, ich freue mich, Sie hier begrüßen zu dürfen. Heute habe ich "
     "Präsident Brenner zu seiner Auszeichnung gratuliert. Präsident Karl Brenner: Vielen Dank.", "de"),
])
def test_a_saying_within_a_speakers_turn_is_the_turn(text, lang):
    assert statements(run(text, lang)) == [("Remarks", frozenset({"Tom Alder"})),
                                           ("Remarks", frozenset({"Karl Brenner"}))]


@pytest.mark.parametrize("text,lang", [
    # told after the other speaker's turn: not within the first one
    ("President Tom Alder: Friends, it is a great pleasure to welcome you here. President Karl Brenner: "
     "Thank you. Later that day, Alder congratulated Prime Minister Lisa Weber on her victory.", "en"),
    # a congratulation on another day, told within the turn
    ("Präsident Tom Alder: Liebe Freunde, ich freue mich, Sie hier begrüßen zu dürfen. Am Montag habe "
     "ich Ministerpräsidentin Lisa Weber zu ihrem Wahlsieg gratuliert. Präsident Karl Brenner: Vielen "
     "Dank.", "de"),
])
def test_a_congratulation_outside_the_turn_or_on_another_day_stays(text, lang):
    assert "Congratulation" in [s for s, _ in statements(run(text, lang))]


# -- the press office that tells of a call is no speaker of the call's parties ---------------------------

@pytest.mark.parametrize("text,lang", [
    ("Wie das Präsidialamt mitteilte, telefonierte Präsident Tom Alder am Montag mit Bundeskanzlerin "
     "Anna Vell.", "de"),
    ("Wie das Präsidialamt mitteilte, wird Präsident Tom Alder am Montag nach Paris reisen.", "de"),
    ("As the presidential office announced, President Tom Alder spoke by phone with Chancellor Anna Vell "
     "on Monday.", "en"),
])
def test_a_source_clause_gives_no_saying_to_the_actor_after_it(text, lang):
    assert statements(run(text, lang)) == []
    assert "Announcement" not in [t for t, _, _ in kinds(run(text, lang))]


@pytest.mark.parametrize("text,lang,who", [
    ("Wie Regierungssprecher Max Roth am Dienstag mitteilte, telefonierte Präsident Tom Alder am Montag "
     "mit Bundeskanzlerin Anna Vell.", "de", "Max Roth"),
    ("Präsident Tom Alder telefonierte am Montag mit Bundeskanzlerin Anna Vell, wie Regierungssprecher "
     "Max Roth sagte.", "de", "Max Roth"),
])
def test_a_named_speaker_inside_the_source_clause_still_speaks(text, lang, who):
    a = run(text, lang)
    assert any(who in {p.entity.name if p.entity else p.label for p in e.participants}
               for e in a.events if e.type in ("Statement", "Announcement"))


# -- a readout whose call is told in its title only --------------------------------------------------------

@pytest.mark.parametrize("text,lang", [
    ("Tom Alder spoke with Karl Brenner by phone\n\nThe leaders discussed energy. Tom Alder stressed the "
     "need for dialogue. Karl Brenner noted the progress on the grain deal.", "en"),
    ("Telefonat zwischen Tom Alder und Karl Brenner\n\nDie Präsidenten erörterten Energiefragen. Tom Alder "
     "betonte die Notwendigkeit des Dialogs. Karl Brenner verwies auf Fortschritte.", "de"),
])
def test_sayings_under_a_call_title_are_the_call(text, lang):
    assert [t for t, _, _ in kinds(run(text, lang))] == ["PhoneCall"]


@pytest.mark.parametrize("text,lang", [
    # a speech on another day
    ("Telefonat zwischen Tom Alder und Karl Brenner\n\nDie Präsidenten erörterten Energiefragen. Am "
     "Freitag betonte Tom Alder in einer Rede die Notwendigkeit des Dialogs.", "de"),
    ("Tom Alder spoke with Karl Brenner by phone\n\nThe leaders discussed energy. On Friday, Tom Alder "
     "said in a speech to parliament that dialogue was needed.", "en"),
    # the body tells a meeting in person: what is said there is a statement of its own
    ("Telefonat zwischen Tom Alder und Karl Brenner\n\nTom Alder traf am Dienstag in Berlin Karl Brenner. "
     "Tom Alder betonte die Notwendigkeit des Dialogs.", "de"),
])
def test_a_saying_on_another_day_or_at_a_meeting_under_a_call_title_stays(text, lang):
    assert any("Tom Alder" in who for _, who in statements(run(text, lang)))


# -- talks in person: what both sides said together is the talks; one party's word stays ------------------

@pytest.mark.parametrize("text,lang", [
    ("Tom Alder held talks with Karl Brenner in the capital on Monday. The two leaders expressed concern "
     "over the fighting.", "en"),
    ("Tom Alder führte am Montag in der Hauptstadt Gespräche mit Karl Brenner. Beide Seiten äußerten ihre "
     "Sorge über die Kämpfe.", "de"),
])
def test_what_both_sides_of_talks_said_together_is_the_talks(text, lang):
    assert statements(run(text, lang)) == []


@pytest.mark.parametrize("text,lang,who", [
    ("Tom Alder held talks with Karl Brenner in the capital on Monday. Alder stressed the importance of "
     "the treaty.", "en", "Tom Alder"),
    ("Präsident Tom Alder traf am Dienstag Ministerpräsident Karl Brenner in der Hauptstadt. Alder "
     "verurteilte die Angriffe.", "de", "Tom Alder"),
])
def test_one_partys_word_at_talks_in_person_stays(text, lang, who):
    assert any(who in speakers for _, speakers in statements(run(text, lang)))
