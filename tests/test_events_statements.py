"""Statements and announcements in short news texts written for these tests (English and German):
one statement per identifiable speaker and occasion, who the speaker is, what is nobody's saying,
and one event for a meeting or a visit told twice. All names of people not in the gazetteer are
invented."""

from __future__ import annotations

import datetime as dt

import pytest

from kb.model import Document
from kb.pipeline import analyse

_COMMUNICATION = ("Statement", "Announcement")


def run(text: str, lang: str, dct: str = "2024-05-14"):
    return analyse(Document(id="t", text=text, lang=lang, published=dt.date.fromisoformat(dct)))


def names(ev) -> set[str]:
    return {p.entity.name if p.entity else p.label for p in ev.participants}


def sayings(a, types=_COMMUNICATION):
    return [e for e in a.events if e.type in types]


def speakers(a, types=_COMMUNICATION) -> list[set[str]]:
    return [names(e) for e in sayings(a, types)]


# -- one speaker saying several things is one statement -----------------------------------------------

@pytest.mark.parametrize("text,lang", [
    ("Chancellor Olaf Scholz said on Monday that Germany would send more aid. \"We will not abandon our "
     "friends,\" he said.\n\nScholz added that the package would be ready within weeks. The chancellor also "
     "told reporters that the cabinet would decide soon.", "en"),
    ("French President Emmanuel Macron said on Tuesday that Europe needed to spend more on defence. Macron "
     "said the continent could not rely on others. He also said France would raise its budget.", "en"),
    ("NATO Secretary General Jens Stoltenberg said on Tuesday that the alliance would defend its members. "
     "Speaking in Brussels, Stoltenberg warned against any attack. He said allies had agreed to spend more.",
     "en"),
    ("\"This is a good day for Europe,\" Ursula von der Leyen said on Wednesday. The Commission president "
     "added that the deal would take effect next year.", "en"),
    ("Bundeskanzler Olaf Scholz sagte am Montag, Deutschland werde mehr Hilfe leisten. „Wir lassen unsere "
     "Freunde nicht im Stich“, sagte Scholz.\n\nDer Kanzler fügte hinzu, das Paket sei in wenigen Wochen "
     "fertig. Er betonte, die Regierung werde bald entscheiden.", "de"),
    ("Frankreichs Präsident Emmanuel Macron sagte am Dienstag, Europa müsse mehr für seine Verteidigung "
     "ausgeben. Macron sagte weiter, der Kontinent dürfe sich nicht auf andere verlassen.", "de"),
    ("„Das ist ein guter Tag für Europa“, sagte Ursula von der Leyen am Mittwoch. Die "
     "Kommissionspräsidentin betonte, die Einigung trete im kommenden Jahr in Kraft.", "de"),
])
def test_repeated_sayings_of_one_speaker_are_one_statement(text, lang):
    a = run(text, lang)
    assert len(sayings(a)) == 1, [(e.type, names(e)) for e in a.events]


@pytest.mark.parametrize("text,lang,who", [
    ('Olaf Scholz met Emmanuel Macron in Paris on Monday. "We agreed on the next steps," Macron said.',
     "en", "Emmanuel Macron"),
    ('Emmanuel Macron hosted Olaf Scholz in Paris on Monday. "France is our closest partner," Scholz said.',
     "en", "Olaf Scholz"),
    ('"The door remains open," said Jens Stoltenberg, the NATO secretary general, on Tuesday.', "en",
     "Jens Stoltenberg"),
    ("Macron empfing Scholz am Montag in Paris. „Wir haben uns auf die nächsten Schritte geeinigt“, sagte "
     "Macron.", "de", "Emmanuel Macron"),
    ("„Die Tür bleibt offen“, sagte Nato-Generalsekretär Jens Stoltenberg am Dienstag.", "de",
     "Jens Stoltenberg"),
])
def test_a_quote_followed_by_its_speaker_is_that_speakers_statement(text, lang, who):
    assert speakers(run(text, lang), ("Statement",)) == [{who}]


@pytest.mark.parametrize("text,lang,who", [
    ("Government spokesman Tom Gerber said on Monday that the chancellor would travel to Paris.", "en",
     "Tom Gerber"),
    ('"We welcome the agreement," said Anna Holm, a spokeswoman for the European Commission.', "en",
     "Anna Holm"),
    ("Regierungssprecher Tom Gerber sagte am Montag, der Kanzler werde nach Paris reisen.", "de", "Tom Gerber"),
    ("Obama's spokesman, Tom Gerber, said the call had been constructive.", "en", "Tom Gerber"),
    ("The spokesman for the ministry, Tom Gerber, said the call had been constructive.", "en", "Tom Gerber"),
    ("Scholz' Sprecher, Tom Gerber, sagte, das Gespräch sei konstruktiv gewesen.", "de", "Tom Gerber"),
    ("Olaf Scholz, the chancellor, said the call had been constructive.", "en", "Olaf Scholz"),
])
def test_a_named_spokesperson_is_the_speaker(text, lang, who):
    assert speakers(run(text, lang), ("Statement",)) == [{who}]


@pytest.mark.parametrize("text,lang", [
    ("Laut Kreml sagte Wladimir Putin, Russland sei bereit.", "de"),
    ("Nach Angaben des Kremls sagte Putin am Montag, Russland sei bereit.", "de"),
    ("Dem Kreml zufolge sagte Putin, Russland sei bereit.", "de"),
    ("According to the Kremlin, Putin told Xi Jinping that Russia was ready.", "en"),
])
def test_the_source_of_a_report_is_not_who_says_what_it_reports(text, lang):
    assert {"Vladimir Putin"} in speakers(run(text, lang), ("Statement",))


@pytest.mark.parametrize("text,lang", [
    ("Laut Kreml ist Russland bereit.", "de"),
    ("Laut Kreml sagte er, Russland sei bereit.", "de"),
])
def test_a_source_alone_is_still_its_reports_speaker(text, lang):
    assert speakers(run(text, lang), ("Statement",)) == [{"Kremlin"}]


# -- what unnamed people say is no statement ----------------------------------------------------------

@pytest.mark.parametrize("text,lang", [
    ("Officials said on Monday that the talks would resume next week.", "en"),
    ("Diplomats say a deal is close.", "en"),
    ("A senior official told reporters that no agreement was expected.", "en"),
    ("Residents said the explosion woke them up. One witness, Maria Lopez, said she saw smoke.", "en"),
    ("In Berlin hieß es, man sei mit dem Ergebnis zufrieden.", "de"),
    ("Diplomaten zufolge stehen die Gespräche kurz vor dem Abschluss.", "de"),
    ("Aus Diplomatenkreisen verlautete, die Gespräche gingen weiter.", "de"),
])
def test_sayings_of_unnamed_people_are_no_statement(text, lang):
    assert sayings(run(text, lang)) == []


# -- a readout of a call tells the call, not statements ---------------------------------------------

@pytest.mark.parametrize("text,lang", [
    ("Vladimir Putin and Xi Jinping talked on the telephone on Monday. The leaders discussed trade and "
     "energy. Vladimir Putin stressed the importance of the partnership. It was agreed to stay in touch.", "en"),
    ("President Joe Biden spoke by phone with Chancellor Olaf Scholz on Monday. The two leaders discussed "
     "the war in Ukraine. President Biden underscored the importance of unity.", "en"),
    ("Präsident Wladimir Putin hat am Montag mit dem chinesischen Staatschef Xi Jinping telefoniert. Die "
     "Präsidenten erörterten Fragen der Zusammenarbeit. Wladimir Putin betonte die Bedeutung der "
     "Partnerschaft.", "de"),
])
def test_what_a_readout_of_a_call_reports_is_the_call(text, lang):
    a = run(text, lang)
    assert [e.type for e in a.events] == ["PhoneCall"]


# -- a press conference: one statement of everyone presenting ------------------------------------------

@pytest.mark.parametrize("text,lang", [
    ("At the press conference held with Olaf Scholz, Emmanuel Macron said on Monday that Europe must act.",
     "en"),
    ("Emmanuel Macron told a news conference with Olaf Scholz in Berlin on Monday that Europe must act.", "en"),
    ("Emmanuel Macron, speaking alongside Olaf Scholz at a news conference in Paris, said Europe must act.",
     "en"),
    ("Speaking at a press conference with Olaf Scholz, Emmanuel Macron said Europe must act.", "en"),
    ("Auf der Pressekonferenz mit Olaf Scholz sagte Emmanuel Macron am Montag, Europa müsse handeln.", "de"),
    ("Emmanuel Macron sagte am Montag auf einer Pressekonferenz mit Olaf Scholz in Berlin, Europa müsse "
     "handeln.", "de"),
])
def test_a_saying_at_a_press_conference_with_others_is_one_statement_of_all(text, lang):
    a = run(text, lang)
    found = sayings(a)
    assert len(found) == 1 and found[0].subtype == "PressConference", [(e.subtype, names(e)) for e in found]
    assert names(found[0]) == {"Olaf Scholz", "Emmanuel Macron"}


@pytest.mark.parametrize("text,lang", [
    ("Emmanuel Macron and Olaf Scholz appeared before the press together on Monday after their talks. Macron "
     "said Europe must act. Scholz stressed that Germany was ready.", "en"),
    ("Emmanuel Macron and Olaf Scholz faced reporters in Paris on Monday. Macron said Europe must act. Scholz "
     "said Germany was ready.", "en"),
    ("Emmanuel Macron und Olaf Scholz stellten sich am Montag gemeinsam der Presse. Macron sagte, Europa müsse "
     "handeln. Scholz betonte, Deutschland sei bereit.", "de"),
])
def test_a_joint_appearance_before_the_press_is_one_statement_of_both(text, lang):
    found = sayings(run(text, lang))
    assert [(e.subtype, e.date.value) for e in found] == [("PressConference", "2024-05-13")]
    assert names(found[0]) == {"Olaf Scholz", "Emmanuel Macron"}


@pytest.mark.parametrize("text,lang", [
    ("Emmanuel Macron said Olaf Scholz had held a news conference on Monday.", "en"),
    ("Emmanuel Macron sagte, Olaf Scholz habe am Montag eine Pressekonferenz gegeben.", "de"),
])
def test_a_press_conference_told_in_what_is_said_is_someone_elses(text, lang):
    a = run(text, lang)
    assert sorted((e.subtype or "-", tuple(sorted(names(e)))) for e in sayings(a)) == [
        ("-", ("Emmanuel Macron",)), ("PressConference", ("Olaf Scholz",))]


@pytest.mark.parametrize("text,lang", [
    ("Foreign Minister Annalena Baerbock said on Friday that Berlin was ready to mediate. Baerbock, "
     "speaking at a press conference in Prague, added that both sides had to move.", "en"),
    ("Außenministerin Annalena Baerbock sagte am Freitag, Berlin sei zur Vermittlung bereit. Auf einer "
     "Pressekonferenz in Prag fügte Baerbock hinzu, beide Seiten müssten sich bewegen.", "de"),
])
def test_a_saying_told_right_before_the_press_conference_it_was_made_at_is_said_there(text, lang):
    a = run(text, lang)
    assert [(e.subtype, e.date.value) for e in sayings(a)] == [("PressConference", "2024-05-10")]


_LECTURE = "The bloc had to be able to act quickly. It needed fewer vetoes. Reforms were overdue."


@pytest.mark.parametrize("text,lang", [
    ("Olaf Scholz said Europe must become more sovereign. " + _LECTURE + " Scholz delivered a speech at a "
     "university in Prague on Monday.", "en"),
    ("Olaf Scholz delivered a speech at a university in Prague on Monday. " + _LECTURE + " Scholz said Europe "
     "must become more sovereign.", "en"),
    ("Olaf Scholz hielt am Montag eine Rede an der Universität in Prag. Die Union müsse schneller handeln "
     "können. Sie brauche weniger Vetos. Reformen seien überfällig. Scholz sagte, Europa müsse souveräner "
     "werden.", "de"),
])
def test_a_plain_saying_of_the_speaker_of_a_speech_without_a_day_of_its_own_is_said_in_it(text, lang):
    a = run(text, lang)
    assert [(e.subtype, e.date.value) for e in sayings(a)] == [("Speech", "2024-05-13")]


@pytest.mark.parametrize("text", [
    # a day of its own
    "Olaf Scholz delivered a speech at a university in Prague on Monday. " + _LECTURE + " On Wednesday, "
    "Scholz said Europe must become more sovereign.",
    # a day of its own, even the speech's
    "Olaf Scholz delivered a speech at a university in Prague on Monday. " + _LECTURE + " On Monday, Scholz "
    "also told reporters that Europe must become more sovereign.",
    # a speech still to come
    "Olaf Scholz will deliver a speech at a university in Prague on Monday. The bloc has to act quickly. "
    "Reforms are overdue. Scholz said Europe must become more sovereign.",
])
def test_a_saying_on_another_day_or_in_another_tense_than_a_speech_stays_apart(text):
    assert sorted(e.subtype or "-" for e in sayings(run(text, "en"))) == ["-", "Speech"]


@pytest.mark.parametrize("text,lang", [
    ("Vladimir Putin sent a congratulatory message to Emmanuel Macron on his re-election. The Russian "
     "president congratulated Macron and wished him success.", "en"),
    ("Olaf Scholz congratulated Emmanuel Macron on his re-election. Scholz wrote on Twitter that he looked "
     "forward to working together.", "en"),
    ("Olaf Scholz hat Emmanuel Macron zur Wiederwahl gratuliert. Scholz schrieb auf der Plattform X, er freue "
     "sich auf die weitere Zusammenarbeit.", "de"),
])
def test_a_congratulation_and_the_message_it_is_sent_in_are_one_statement(text, lang):
    a = run(text, lang)
    assert [e.subtype for e in sayings(a)] == ["Congratulation"]


def test_a_congratulation_and_a_post_on_other_days_stay_two():
    a = run("On Sunday, Olaf Scholz congratulated Emmanuel Macron. On Wednesday, Scholz wrote on Twitter that "
            "the two would meet soon.", "en")
    assert sorted(e.subtype for e in sayings(a)) == ["Congratulation", "SocialMediaPost"]


# -- announcements ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,lang", [
    ("The White House announced on Monday that President Joe Biden will travel to Germany next week.", "en"),
    ("Das Weiße Haus kündigte am Montag an, Präsident Joe Biden werde nächste Woche nach Deutschland reisen.",
     "de"),
])
def test_an_announced_plan_is_an_announcement_and_the_plan(text, lang):
    a = run(text, lang)
    assert [e.type for e in sayings(a)] == ["Announcement"]
    assert speakers(a) == [{"White House"}]
    assert any(e.type == "StateVisit" and e.status == "planned" for e in a.events)


# -- one saying told in a title and in the body --------------------------------------------------------

@pytest.mark.parametrize("text,lang", [
    ("Scholz says Europe must act\n\nChancellor Olaf Scholz said on Monday that Europe must act on migration.",
     "en"),
    ("Macron says Europe must grow stronger\n\nFrench President Emmanuel Macron said on Monday that Europe "
     "must grow stronger. Macron made the remarks in Paris.", "en"),
    ("Scholz: Europa muss handeln\n\nBundeskanzler Olaf Scholz sagte am Montag, Europa müsse in der "
     "Migrationspolitik handeln.", "de"),
])
def test_a_saying_in_the_title_and_the_body_is_one_statement(text, lang):
    a = run(text, lang)
    assert len(sayings(a)) == 1, [(e.type, e.subtype, names(e)) for e in a.events]


# -- nothing said ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,lang", [
    ("The weather was fine in Paris on Monday. Prices rose by two percent.", "en"),
    ("Olaf Scholz is expected to say on Friday that Germany will increase aid.", "en"),
    ("Olaf Scholz made statements about trade a priority.", "en"),
    ("Das Wetter war am Montag in Paris schön. Die Preise stiegen um zwei Prozent.", "de"),
    ("The president will deliver a speech on Thursday. Officials said the address would last an hour.", "en"),
])
def test_texts_that_tell_no_saying(text, lang):
    assert [e for e in sayings(run(text, lang)) if e.status == "past"] == []


# -- a meeting or a visit told twice ----------------------------------------------------------------

@pytest.mark.parametrize("text,lang,etype", [
    ("Biden hosts Scholz at White House\n\nPresident Joe Biden welcomed German Chancellor Olaf Scholz to the "
     "White House on Friday. The two leaders held talks on Ukraine.", "en", "Meeting"),
    ("Biden, Scholz discuss Ukraine\n\nPresident Joe Biden and German Chancellor Olaf Scholz met at the White "
     "House on Friday. During the meeting, Biden thanked Scholz for Germany's support.", "en", "Meeting"),
    ("Macron empfängt Scholz\n\nDer französische Präsident Emmanuel Macron hat Bundeskanzler Olaf Scholz am "
     "Montag im Élysée-Palast empfangen. Bei dem Treffen ging es um die Verteidigung.", "de", "Meeting"),
    ("Putin und Xi trafen sich am Donnerstag in Peking. Bei den Gesprächen ging es um Handel. Das Treffen "
     "dauerte drei Stunden.", "de", "Meeting"),
    ("Joe Biden spoke with Olaf Scholz by phone on Tuesday. During the call, the two leaders discussed "
     "Ukraine. The phone call lasted an hour.", "en", "PhoneCall"),
    ("Scholz reist nach China\n\nBundeskanzler Olaf Scholz reist in der kommenden Woche nach China.", "de",
     "StateVisit"),
])
def test_one_encounter_told_twice_is_one_event(text, lang, etype):
    a = run(text, lang)
    assert [e.type for e in a.events if e.type == etype] == [etype]


@pytest.mark.parametrize("text,lang", [
    ("Scholz holds talks with Macron\n\nGerman Chancellor Olaf Scholz held talks with French President Emmanuel "
     "Macron in Paris on Monday. Scholz was received by Macron at the Elysee Palace.", "en"),
    ("Scholz trifft Macron\n\nBundeskanzler Olaf Scholz ist am Montag in Paris mit Präsident Emmanuel Macron "
     "zusammengekommen. Scholz wurde von Macron im Élysée-Palast empfangen. Die Gespräche dauerten drei "
     "Stunden.", "de"),
])
def test_a_meeting_told_in_a_city_and_at_a_palace_there_is_one(text, lang):
    a = run(text, lang)
    assert [(e.type, e.date.value) for e in a.events if e.type == "Meeting"] == [("Meeting", "2024-05-13")]


def test_meetings_in_a_city_and_at_a_site_of_another_country_stay_two():
    a = run("Olaf Scholz met Emmanuel Macron in Paris on Monday. Scholz also met Macron at the Kremlin.", "en")
    assert len([e for e in a.events if e.type == "Meeting"]) == 2


def test_two_meetings_on_two_days_stay_two():
    a = run("Olaf Scholz met Emmanuel Macron in Paris on Monday. The talks lasted three hours. The two leaders "
            "met again in Berlin on Thursday.", "en")
    assert sorted(e.date.value for e in a.events if e.type == "Meeting") == ["2024-05-09", "2024-05-13"]
