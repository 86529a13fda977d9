"""A challenge set of the Other class (treaties, ratifications, offices taken, appointments,
attacks, releases, protests, accessions, expulsions, coups, ...) and of sayings (Statement) in
German and English news sentences, written for this test in the style of agency wires, headlines
and government readouts.

It covers constructions a reader of such texts meets that kb did not read before: a ratification
told with its treaty ("ratified the treaty", "hat dem Abkommen zugestimmt": one ratification, not
also a signing); a treaty referred to by its name and year, or in force after its parties signed
it earlier in the same sentence; an office taken or held since a date ("became Latvia's prime
minister", "has served as ... since 2019", "ist seit 2019 Ministerpräsident", "die Führung der
Regierung übernommen"); appointments with a possessive or an apposition; sayings that ask
something of someone ("called on X to", "urged Y to", "rief X auf, ...": the saying is done, what
it asks for lies ahead) or are told by what they do ("welcomed", "praised", "thanked", "accused");
attacks told by their noun or their doer ("Raketenangriff auf Kiew", "a missile attack on Kyiv",
"a suicide bomber blew himself up in Kabul": the place attacked is the place, who condemns it takes
no part); releases of unnamed captives by a named side; protests told by what protesters did;
joining an alliance; diplomats expelled; a parliament dissolved; a coup; a state recognised.

Every positive case lists the events of its class a careful reader would list under the
conventions of the development set's README, each as ``(type, participant name or None, date
value or None, statuses)`` (tests/extraction_cases.matches). ``type`` is ``Other/SUBTYPE`` or a
type whose class is meant (``Statement``). A case also fails when kb lists more events of the class
than the reader does. The sentences of NOTHING must produce no asserted event of the class named
with them: generic, negated, demanded, figurative or private uses ("called on the families",
"forderte den Rücktritt", "attack on press freedom", "Nachdruck verleihen", "a sports club").

Names are invented (Clara Dumont, Jonas Meier, ...) or generic real ones; no sentence comes from
the development or test texts. What kb does not read yet is marked as a strict xfail with the
reason.
"""

from __future__ import annotations

import pytest

from kb.eventtypes import family

from extraction_cases import events_of, kind, matches, param, show

DCT = "2025-03-12"  # a Wednesday: "am Montag" / "on Monday" told in the past is 2025-03-10

RAT, TAK, ST, ATT, REL, TRE, PRO, RES, AWA = (
    "Other/Ratification", "Other/TakingOffice", "Statement", "Other/Attack", "Other/Release", "Other/Treaty",
    "Other/Protest", "Other/Resignation", "Other/Award")
APP, DTH, DEC = "Other/Appointment", "Other/Death", "Other/Declaration"
EXP, DIS, COU = "Other/Expulsion", "Other/Dissolution", "Other/Coup"
ACC, EIF, INC = "Other/Accession", "Other/TreatyEntryIntoForce", "Other/Incident"


def _class(cls: str) -> str:
    return cls if cls.startswith("Other/") else family(cls)


def _of(evs, cls: str) -> list:
    """The events of the class of ``cls`` (``Other/SUBTYPE``: the events recorded so)."""
    return [e for e in evs if (kind(e) if cls.startswith("Other/") else family(e.type)) == _class(cls)]


# ---------------------------------------------------------------------------------------- German
DE = [
    # --- sayings that ask something of someone: the saying is done (on its day), its content lies ahead
    ("Clara Dumont rief Jonas Meier am Montag auf, die Gefangenen freizulassen.",
     [(ST, "Clara Dumont", "2025-03-10", "past")]),
    ("Am Montag rief Clara Dumont beide Seiten auf, die Waffen ruhen zu lassen.",
     [(ST, "Clara Dumont", "2025-03-10", "past")]),
    ("Die Präsidentin Clara Dumont rief die Bürger am Sonntag auf, wählen zu gehen.",
     [(ST, "Clara Dumont", "2025-03-09", "past")]),
    # --- a speech given before a body: its speaker is who gives it, not the body
    ("Clara Dumont hielt am Dienstag eine Rede vor den Vereinten Nationen.",
     [(ST, "Clara Dumont", "2025-03-11", "past")]),
    # --- ratifications
    ("Lettland ratifizierte am Montag den Vertrag über die Grenze.",
     [(RAT, "Latvia", "2025-03-10", "past")]),
    # --- attacks told by their noun: the city attacked is the place, nobody named takes part
    ("Bei einem russischen Raketenangriff auf Kiew wurden am Montag zwölf Menschen getötet.",
     [(ATT, None, "2025-03-10", "past")]),
    ("Bei einem Luftangriff auf Gaza kamen am Dienstag 20 Menschen ums Leben.",
     [(ATT, None, "2025-03-11", "past")]),
    ("Bei einem Drohnenangriff in Odessa wurden am Sonntag drei Menschen verletzt.",
     [(ATT, None, "2025-03-09", "past")]),
    # the one whose attack it is ("Angriff Russlands"), the person attacked ("Angriff auf X")
    ("Beim Angriff auf Jonas Meier am Montag wurden zwei Leibwächter verletzt.",
     [(ATT, "Jonas Meier", "2025-03-10", "past")]),
    ("Der Angriff Russlands auf die Ukraine am 24. Februar 2022 veränderte Europa.",
     [(ATT, "Russia", "2022-02-24", "past")]),
    # a place after an article ("in der Türkei")
    ("Bei einem Anschlag in der Türkei wurden am Montag zwölf Menschen getötet.",
     [(ATT, None, "2025-03-10", "past")]),
    # --- an office taken: the lead of a government or a central bank
    ("Jonas Meier hat am Montag die Führung der Regierung übernommen.",
     [(TAK, "Jonas Meier", "2025-03-10", "past")]),
    ("Clara Dumont übernahm am Montag die Leitung der Zentralbank.",
     [(TAK, "Clara Dumont", "2025-03-10", "past")]),
    # --- headlines without an auxiliary
    ("Jonas Meier nach zwei Jahren Haft freigelassen",
     [(REL, "Jonas Meier", None, "past")]),
    # --- an office held since a date: taken then
    ("Jonas Meier ist seit 2019 Ministerpräsident.",
     [(TAK, "Jonas Meier", "2019", "past")]),
    ("Clara Dumont ist seit März 2021 lettische Präsidentin.",
     [(TAK, "Clara Dumont", "2021-03", "past")]),
    ("Jonas Meier amtiert seit 2019 als Ministerpräsident.",
     [(TAK, "Jonas Meier", "2019", "past")]),
    # --- diplomats expelled, an ambassador recalled, a parliament dissolved, a coup
    ("Lettland wies am Montag zwei russische Diplomaten aus.",
     [(EXP, "Latvia", "2025-03-10", "past")]),
    ("Lettland hat am Montag zwei russische Diplomaten ausgewiesen.",
     [(EXP, "Latvia", "2025-03-10", "past")]),
    ("Lettland rief am Montag seinen Botschafter aus Moskau zurück.",
     [(EXP, "Latvia", "2025-03-10", "past")]),
    ("Präsident Jonas Meier löste am Montag das Parlament auf.",
     [(DIS, "Jonas Meier", "2025-03-10", "past")]),
    ("Das Militär putschte am Montag gegen Präsident Jonas Meier.",
     [(COU, "Jonas Meier", "2025-03-10", "past")]),
    ("Jonas Meier wurde am Montag vom Militär gestürzt.",
     [(COU, "Jonas Meier", "2025-03-10", "past")]),
    # --- joining an alliance or a union
    ("Lettland trat 2004 der Nato bei.",
     [(ACC, "Latvia", "2004", "past")]),
    ("Lettland ist 2004 der Europäischen Union beigetreten.",
     [(ACC, "Latvia", "2004", "past")]),
    ("Der Beitritt Lettlands zur Nato im Jahr 2004 veränderte die Region.",
     [(ACC, "Latvia", "2004", "past")]),
    ("Kroatien ist am 1. Juli 2013 der Europäischen Union beigetreten.",
     [(ACC, "Croatia", "2013-07-01", "past")]),
    ("Kroatien trat am 1. Januar 2023 dem Schengen-Raum bei.",
     [(ACC, "Croatia", "2023-01-01", "past")]),
    # --- a treaty approved by a parliament: a ratification, not a signing
    ("Das Europäische Parlament hat dem Abkommen am Montag zugestimmt.",
     [(RAT, "European Parliament", "2025-03-10", "past")]),
    # --- an award to come, its verb after the prize
    ("Präsident Jonas Meier wird Clara Dumont am Montag die Freiheitsmedaille verleihen.",
     [(AWA, "Clara Dumont", "2025-03-17", "planned")]),
    # --- a treaty in force whose parties signed it earlier in the same sentence
    ("Das Abkommen, das Lettland und Estland im Januar unterzeichnet hatten, trat am Montag in Kraft.",
     [(TRE, "Latvia", "2025-01", "past"), (EIF, "Estonia", "2025-03-10", "past")]),
    # --- an award named before its verb
    ("Jonas Meier wurde am Montag das Bundesverdienstkreuz verliehen.",
     [(AWA, "Jonas Meier", "2025-03-10", "past")]),
    ("Clara Dumont wurde am Montag in Riga die Goldmedaille der Stadt überreicht.",
     [(AWA, "Clara Dumont", "2025-03-10", "past")]),
    # --- captives freed by a named side
    ("Der Iran ließ am Samstag drei französische Geiseln frei.",
     [(REL, "Iran", "2025-03-08", "past")]),
    ("Der Iran hat am Montag zwei französische Staatsbürger freigelassen.",
     [(REL, "Iran", "2025-03-10", "past")]),
    # --- a resignation demanded is none; one that happened stays one
    ("Nach dem Rücktritt von Jonas Meier im März übernahm Clara Dumont das Amt.",
     [(RES, "Jonas Meier", "2025-03", "past"), (TAK, "Clara Dumont", "2025-03", "past")]),
    ("Nach dem Rücktritt von Jonas Meier forderte die Opposition Neuwahlen.",
     [(RES, "Jonas Meier", None, "past")]),
    # --- a protest told with the place opening the sentence
    ("In Riga demonstrierten am Sonntag Tausende gegen Jonas Meier.",
     [(PRO, "Jonas Meier", "2025-03-09", "past")]),
    # --- attacks told by their doer and what it did, where
    ("Ein Selbstmordattentäter sprengte sich am Sonntag an einem Kontrollpunkt in Kabul in die Luft.",
     [(ATT, None, "2025-03-09", "past")]),
    ("Eine Autobombe explodierte am Montag vor einem Hotel in Mogadischu.",
     [(ATT, None, "2025-03-10", "past")]),
    ("Bewaffnete stürmten am Dienstag einen Militärstützpunkt in Mali.",
     [(ATT, None, "2025-03-11", "past")]),
    # who condemns an attack does not attack
    ("Clara Dumont hat den Raketenangriff auf Kiew am Montag scharf verurteilt.",
     [(ATT, None, "2025-03-10", "past"), (ST, "Clara Dumont", None, "past")]),
]

DE_NOTHING = [
    (ST, "Jonas Meier rief am Montag die Seite im Internet auf."),
    (ST, "Clara Dumont rief am Montag ihren Amtskollegen Jonas Meier an."),
    (RAT, "Das Abkommen sieht vor, dass Lettland die Grenze öffnet."),
    (ATT, "Der Angriff auf die Pressefreiheit muss am Montag aufhören."),
    (ATT, "Die Mannschaft startete am Samstag einen Angriff auf die Tabellenspitze."),
    (ATT, "Luftangriffe sind nach dem Völkerrecht verboten."),
    (ATT, "Der Stürmer leitete am Sonntag den Angriff auf das Tor ein."),
    (RES, "Clara Dumont forderte Jonas Meier am Montag zum Rücktritt auf."),
    (RES, "Die Opposition forderte den Rücktritt von Jonas Meier."),
    (RES, "Die Opposition hat den Rücktritt von Jonas Meier gefordert."),
    (RES, "Tausende Demonstranten, die den Rücktritt von Jonas Meier forderten, zogen am Sonntag durch Riga."),
    (TAK, "Jonas Meier übernahm am Montag den Vorsitz der Sitzung."),
    (TAK, "Clara Dumont übernahm die Verantwortung für die Niederlage ihrer Partei."),
    (REL, "Der Iran ließ am Montag die Frist verstreichen."),
    (AWA, "Der Orden wird seit 1950 verliehen."),
    (TAK, "Jonas Meier ist seit Jahren Präsident des Vereins."),
    (EXP, "Lettland wies am Montag die Vorwürfe zurück."),
    (ACC, "Jonas Meier trat 2004 dem Sportverein bei."),
    (AWA, "Clara Dumont will ihrer Forderung am Montag Nachdruck verleihen."),
    (RAT, "Der Bundestag hat dem Vorschlag am Montag zugestimmt."),
    (TRE, "Das Europäische Parlament hat dem Abkommen am Montag zugestimmt."),
    (ACC, "Der Beitritt der Ukraine zur EU wird Jahre dauern."),
    (EIF, "Das Abkommen trat am Montag in Kraft."),
    (DIS, "Die Polizei löste am Montag die Demonstration auf."),
    (COU, "Der Staatsstreich von 1973 prägt das Land bis heute."),
    ("PhoneCall", "Clara Dumont rief Jonas Meier am Montag auf, die Gefangenen freizulassen."),
    (TAK, "Jonas Meier ist seit 2019 Mitglied des Parlaments."),
    (ATT, "Die Bombe explodierte 1998."),
    (ATT, "Am Sonntag explodierte in Riga ein Feuerwerk."),
    (ATT, "Die Fans stürmten am Samstag in Riga das Spielfeld."),
]

# --------------------------------------------------------------------------------------- English
EN = [
    # --- ratifications: one event, not also a signing of the treaty
    ("Latvia ratified the treaty on Monday.",
     [(RAT, "Latvia", "2025-03-10", "past")]),
    ("Latvia ratified the border agreement with Estonia in 2019.",
     [(RAT, "Latvia", "2019", "past")]),
    ("Estonia completed the ratification of the border treaty with Latvia on Monday.",
     [(RAT, "Estonia", "2025-03-10", "past")]),
    ("Latvia will ratify the agreement next year.",
     [(RAT, "Latvia", "2026", "planned")]),
    ("Latvia signed the treaty in 2017 and ratified it in 2019.",
     [(TRE, "Latvia", "2017", "past"), (RAT, "Latvia", "2019", "past")]),
    # --- a treaty referred to by its name and year
    ("Relations are based on the Treaty of Friendship between Latvia and Estonia of 1994.",
     [(TRE, "Latvia", "1994", "past")]),
    ("Relations are based on the 1994 Treaty of Friendship between Latvia and Estonia.",
     [(TRE, "Estonia", "1994", "past")]),
    # --- an office taken, with the country's possessive before the office
    ("Jonas Meier became Latvia's prime minister on Monday.",
     [(TAK, "Jonas Meier", "2025-03-10", "past")]),
    ("In 2019, Clara Dumont became Estonia's first female president.",
     [(TAK, "Clara Dumont", "2019", "past")]),
    # --- an office held since a date: taken then
    ("Jonas Meier has served as prime minister since 2019.",
     [(TAK, "Jonas Meier", "2019", "past")]),
    ("Clara Dumont has served as Latvia's president since 2019.",
     [(TAK, "Clara Dumont", "2019", "past")]),
    ("Clara Dumont has been in office since March 2021.",
     [(TAK, "Clara Dumont", "2021-03", "past")]),
    ("Jonas Meier, who has been prime minister since 2019, met Clara Dumont on Monday.",
     [(TAK, "Jonas Meier", "2019", "past")]),
    # --- appointments: a possessive before the office, an apposition after the name
    ("Jonas Meier was appointed as Latvia's new ambassador to Germany on Monday.",
     [(APP, "Jonas Meier", "2025-03-10", "past")]),
    ("The president appointed Jonas Meier, a former diplomat, as foreign minister on Monday.",
     [(APP, "Jonas Meier", None, "past")]),
    ("Clara Dumont named Jonas Meier, her longtime ally, as finance minister.",
     [(APP, "Jonas Meier", None, "past")]),
    ("Clara Dumont nominated Jonas Meier to the Supreme Court on Monday.",
     [(APP, "Jonas Meier", "2025-03-10", "past")]),
    # --- a killing told by its noun
    ("The assassination of Jonas Meier in 1995 shocked the country.",
     [(DTH, "Jonas Meier", "1995", "past")]),
    # --- a state recognised
    ("Latvia recognised Kosovo's independence in 2008.",
     [(DEC, "Latvia", "2008", "past")]),
    ("Latvia recognised the State of Palestine on Monday.",
     [(DEC, "Latvia", "2025-03-10", "past")]),
    ("Spain, Ireland and Norway formally recognized Palestine as a state on Tuesday.",
     [(DEC, "Norway", "2025-03-11", "past")]),
    # --- sayings that ask something of someone
    ("Clara Dumont called on Russia to withdraw its troops on Monday.",
     [(ST, "Clara Dumont", "2025-03-10", "past")]),
    ("On Monday, Clara Dumont appealed to both sides to show restraint.",
     [(ST, "Clara Dumont", "2025-03-10", "past")]),
    ("Clara Dumont urged Jonas Meier to release the prisoners on Monday.",
     [(ST, "Clara Dumont", "2025-03-10", "past")]),
    ("Jonas Meier urged restraint on Sunday.",
     [(ST, "Jonas Meier", "2025-03-09", "past")]),
    ("Clara Dumont called for the release of Jonas Meier on Monday.",
     [(ST, "Clara Dumont", "2025-03-10", "past")]),
    ("Clara Dumont demanded the release of Jonas Meier on Monday.",
     [(ST, "Clara Dumont", "2025-03-10", "past")]),
    # --- sayings told by what they do: welcome, praise, thank, accuse, describe, hope, argue
    ("Clara Dumont told the BBC on Monday that the talks had failed.",
     [(ST, "Clara Dumont", "2025-03-10", "past")]),
    ("In a statement on Monday, Clara Dumont welcomed the agreement.",
     [(ST, "Clara Dumont", "2025-03-10", "past")]),
    ("Clara Dumont praised the decision on Monday.",
     [(ST, "Clara Dumont", "2025-03-10", "past")]),
    ("Clara Dumont hailed the agreement as historic.",
     [(ST, "Clara Dumont", None, "past")]),
    ("Clara Dumont described the talks as constructive.",
     [(ST, "Clara Dumont", None, "past")]),
    ("Clara Dumont expressed hope that the talks would continue.",
     [(ST, "Clara Dumont", None, "past")]),
    ("Clara Dumont voiced support for the plan on Monday.",
     [(ST, "Clara Dumont", "2025-03-10", "past")]),
    ("Clara Dumont thanked Jonas Meier for his support.",
     [(ST, "Clara Dumont", None, "past")]),
    ("Clara Dumont accused Russia of violating the ceasefire.",
     [(ST, "Clara Dumont", None, "past")]),
    ("Clara Dumont acknowledged that mistakes had been made.",
     [(ST, "Clara Dumont", None, "past")]),
    ("Clara Dumont promised to raise pensions.",
     [(ST, "Clara Dumont", None, "past")]),
    # --- attacks told by their noun: the city attacked is the place; the attack's owner takes part
    ("A missile attack on Kyiv killed 12 people on Monday.",
     [(ATT, None, "2025-03-10", "past")]),
    ("Israeli air strikes on Gaza killed 20 people on Tuesday.",
     [(ATT, None, "2025-03-11", "past")]),
    ("The attack on Kyiv on Monday was the largest so far.",
     [(ATT, None, "2025-03-10", "past")]),
    ("Russia's drone attack on the city of Kharkiv on Sunday killed three people.",
     [(ATT, "Russia", "2025-03-09", "past")]),
    ("Clara Dumont condemned the missile attack on Kyiv on Monday.",
     [(ATT, None, None, "past"), (ST, "Clara Dumont", None, "past")]),
    ("At least 14 people were killed when a suicide bomber blew himself up at a checkpoint in Kabul on Sunday.",
     [(ATT, None, "2025-03-09", "past")]),
    ("A car bomb exploded outside a hotel in Mogadishu on Monday, killing eight people.",
     [(ATT, None, "2025-03-10", "past")]),
    ("Militants stormed a military base in Mali on Tuesday.",
     [(ATT, None, "2025-03-11", "past")]),
    ("The treaty, which Latvia and Estonia signed in January, entered into force on Monday.",
     [(EIF, "Latvia", None, "past")]),
    # --- an inauguration one is congratulated on is the one congratulated's
    ("Vladimir Putin congratulated Clara Dumont on her inauguration as President of Latvia.",
     [(TAK, "Clara Dumont", None, "past"), (ST, "Vladimir Putin", None, "past")]),
    # --- an incident between two sides
    ("A border incident between Latvia and Belarus on Monday left two guards injured.",
     [(INC, "Belarus", "2025-03-10", "past")]),
    ("Jonas Meier freed after two years in prison",
     [(REL, "Jonas Meier", None, "past")]),
    # --- captives released by a named side: the side that frees them takes part
    ("Iran freed two French nationals on Monday.",
     [(REL, "Iran", "2025-03-10", "past")]),
    ("Russia freed 15 Ukrainian prisoners of war on Tuesday.",
     [(REL, "Russia", "2025-03-11", "past")]),
    ("Three hostages were released by Iran on Saturday.",
     [(REL, "Iran", "2025-03-08", "past")]),
    # --- protests told by what the protesters did, where
    ("Demonstrators protested in Tbilisi on Sunday.",
     [(PRO, None, "2025-03-09", "past")]),
    ("Protesters clashed with police in Tbilisi on Sunday.",
     [(PRO, None, "2025-03-09", "past")]),
    ("Thousands protested in Tbilisi on Sunday against Jonas Meier.",
     [(PRO, "Jonas Meier", "2025-03-09", "past")]),
    ("Thousands of people took to the streets of Tbilisi on Sunday.",
     [(PRO, None, "2025-03-09", "past")]),
    ("Thousands of opposition supporters took to the streets in Minsk on Sunday.",
     [(PRO, None, "2025-03-09", "past")]),
    ("Tens of thousands rallied in Belgrade on Saturday against the government of Jonas Meier.",
     [(PRO, None, "2025-03-08", "past")]),
]

EN_NOTHING = [
    (RAT, "Latvia refused to ratify the treaty."),
    (RAT, "The ratification of such treaties usually takes years."),
    (TRE, "Latvia ratified the treaty on Monday."),
    (TAK, "Jonas Meier became Clara Dumont's closest adviser."),
    (TRE, "The Treaty of Versailles is taught in schools."),
    (TRE, "The Agreement on Trade was discussed on Monday."),
    (TAK, "Latvia's president became angry on Monday."),
    (ST, "Clara Dumont called on the families of the victims on Monday."),
    (ST, "The report urged governments to act."),
    (ST, "The plan called for troops to withdraw by May."),
    (ST, "The schedule called for her to travel to Rome."),
    (ST, "Critics praised the film."),
    (ST, "The report described the situation as dire."),
    (ST, "Clara Dumont was accused of corruption."),
    (ST, "The committee thanked the volunteers for their work."),
    (ST, "Clara Dumont welcomed Jonas Meier to Riga on Monday."),
    (TRE, "Clara Dumont welcomed the agreement on Monday."),
    ("Meeting", "Clara Dumont thanked Jonas Meier for the warm welcome."),
    (REL, "Clara Dumont called for the release of Jonas Meier on Monday."),
    (TAK, "The post has been vacant since 2019."),
    (TAK, "Jonas Meier has been a member of parliament since 2019."),
    (APP, "The president appointed Jonas Meier, a former diplomat, to the board."),
    (APP, "Jonas Meier was named Latvia's coach on Monday."),
    (DTH, "The assassination of Julius Caesar is a famous story."),
    (DEC, "Clara Dumont recognised the importance of dialogue on Monday."),
    (DEC, "Latvia recognised Jonas Meier as the legitimate president."),
    (DEC, "Few countries recognise Somaliland."),
    (ATT, "Jonas Meier launched a scathing attack on Clara Dumont on Monday."),
    (ATT, "Clara Dumont's verbal attack on Jonas Meier on Monday drew criticism."),
    (ATT, "The striker's attack on goal on Sunday failed."),
    (ATT, "Air strikes are banned under international law."),
    (REL, "The government released the figures on Monday."),
    (REL, "The album was released after years in development."),
    (REL, "Iran released the journalist's book on Monday."),
    (REL, "Clara Dumont released Jonas Meier's memoir on Monday."),
    (PRO, "Protesters are often arrested in Tbilisi."),
    (ATT, "The bomb exploded in 1998."),
    (INC, "The incident was reported on Monday."),
    (ATT, "Fireworks exploded over Riga on Sunday."),
    (ATT, "The bomb squad detonated the device safely."),
]

XFAIL: dict[str, str] = {}


def _check(text: str, expected: list, lang: str) -> None:
    evs = events_of(text, lang, DCT)
    for want in expected:
        assert any(matches(ev, want) for ev in _of(evs, want[0])), f"{want} not in: {show(evs)}"
    for cls in {w[0] for w in expected}:
        listed = [w for w in expected if _class(w[0]) == _class(cls)]
        assert len(_of(evs, cls)) <= len(listed), f"more {cls} events than the reader lists: {show(evs)}"


def _param(text, *rest):
    return param(XFAIL, text, *rest)


@pytest.mark.parametrize("text,expected", [_param(t, e) for t, e in DE])
def test_german_other_and_sayings(text, expected):
    _check(text, expected, "de")


@pytest.mark.parametrize("text,expected", [_param(t, e) for t, e in EN])
def test_english_other_and_sayings(text, expected):
    _check(text, expected, "en")


def _asserted(evs) -> list:
    return [e for e in evs if e.status in ("past", "ongoing", "planned")]


@pytest.mark.parametrize("cls,text", [pytest.param(c, t, id=t[:60]) for c, t in DE_NOTHING])
def test_german_nothing(cls, text):
    evs = _asserted(_of(events_of(text, "de", DCT), cls))
    assert not evs, show(evs)


@pytest.mark.parametrize("cls,text", [pytest.param(c, t, id=t[:60]) for c, t in EN_NOTHING])
def test_english_nothing(cls, text):
    evs = _asserted(_of(events_of(text, "en", DCT), cls))
    assert not evs, show(evs)


@pytest.mark.parametrize("text,lang", [
    ("Clara Dumont hat den Raketenangriff auf Kiew am Montag scharf verurteilt.", "de"),
    ("Clara Dumont verurteilte den Luftangriff auf Gaza am Dienstag.", "de"),
    ("Clara Dumont condemned the missile attack on Kyiv on Monday.", "en"),
])
def test_who_condemns_an_attack_takes_no_part_in_it(text, lang):
    attacks = _of(events_of(text, lang, DCT), ATT)
    assert attacks and all("Clara Dumont" not in {p.name for p in e.participants} for e in attacks), show(attacks)


def test_who_congratulates_on_an_inauguration_takes_no_office():
    evs = _of(events_of("Vladimir Putin congratulated Clara Dumont on her inauguration as President of Latvia.",
                        "en", DCT), TAK)
    assert evs and all("Vladimir Putin" not in {p.name for p in e.participants} for e in evs), show(evs)
