"""Probes of the class Other (issue 9, stop 36): agency and newspaper sentences, German and English,
written for this test (invented names: Paula Brandstetter, Tomas Reyes, Clara Dumont, Jonas Meier,
Tom Berg; invented places are fine), each with the events of the class Other a careful annotator
lists under the development set's README conventions: treaties signed and entering into force,
declarations adopted, joint statements, taking office, appointments, dismissals, resignations,
deaths, awards, attacks, protests, releases from prison, ratifications, foundings, mutinies, war
starts, religious events, conferences, incidents and media reports.

Each positive case lists ``(type, participant name or None, date value or None, statuses)``
(tests/extraction_cases.matches); a case also fails when kb lists more events of the class.
``NOTHING`` lists sentences that must give no asserted (past, ongoing, planned) event of the class
named with them: relative clauses describing a treaty, hypotheticals, negations, habitual and
generic mentions, background references. What is left is a strict xfail with its reason."""

from __future__ import annotations

import pytest

from extraction_cases import check_told, events_of, param, show, told_of

DCT = "2025-03-12"  # a Wednesday: Monday is the 10th, Sunday the 9th, Friday the 7th
P, O, PL, H = "past", "ongoing", "planned", "hypothetical"

EN = [
    # --- treaties, declarations, joint statements
    ("Norway and Finland signed a fisheries treaty in Oslo on Monday.",
     [("Other/Treaty", "Norway", "2025-03-10", P)]),
    ("The trade agreement between Canada and Chile entered into force on Saturday.",
     [("Other/TreatyEntryIntoForce", None, "2025-03-08", P)]),
    ("The new border treaty between Estonia and Latvia will enter into force on 1 April.",
     [("Other/TreatyEntryIntoForce", None, "2025-04-01", PL)]),
    ("Leaders of the twelve states adopted a declaration on ocean protection in Lisbon on Tuesday.",
     [("Other/Treaty", None, "2025-03-11", P)]),
    ("Tomas Reyes and Clara Dumont issued a joint statement on Monday.",
     [("Statement", "Tomas Reyes", "2025-03-10", P)]),
    ("The Senate ratified the defence treaty with Japan on Tuesday.",
     [("Other/Ratification", None, "2025-03-11", P)]),
    # --- offices
    ("Paula Brandstetter was sworn in as president of Estonia on Tuesday.",
     [("Other/TakingOffice", "Paula Brandstetter", "2025-03-11", P)]),
    ("Tomas Reyes took office as prime minister on Monday.",
     [("Other/TakingOffice", "Tomas Reyes", "2025-03-10", P)]),
    ("Tomas Reyes assumed office on 1 March.",
     [("Other/TakingOffice", "Tomas Reyes", "2025-03-01", P)]),
    ("Clara Dumont took the oath of office on Monday.",
     [("Other/TakingOffice", "Clara Dumont", "2025-03-10", P)]),
    ("Paula Brandstetter appointed Clara Dumont as finance minister on Monday.",
     [("Other/Appointment", "Clara Dumont", "2025-03-10", P)]),
    ("Clara Dumont was named ambassador to Japan on Friday.",
     [("Other/Appointment", "Clara Dumont", "2025-03-07", P)]),
    ("Paula Brandstetter dismissed defence minister Jonas Meier on Sunday.",
     [("Other/Dismissal", "Jonas Meier", "2025-03-09", P)]),
    ("Jonas Meier was fired as chief of staff on Monday.",
     [("Other/Dismissal", "Jonas Meier", "2025-03-10", P)]),
    ("Jonas Meier resigned as foreign minister on Tuesday.",
     [("Other/Resignation", "Jonas Meier", "2025-03-11", P)]),
    ("Clara Dumont stepped down as party leader on Monday.",
     [("Other/Resignation", "Clara Dumont", "2025-03-10", P)]),
    ("Clara Dumont handed in her resignation on Friday.",
     [("Other/Resignation", "Clara Dumont", "2025-03-07", P)]),
    # --- deaths, awards
    ("Former president Tom Berg died on Sunday at the age of 91.",
     [("Other/Death", "Tom Berg", "2025-03-09", P)]),
    ("Tom Berg passed away in Oslo on Saturday.",
     [("Other/Death", "Tom Berg", "2025-03-08", P)]),
    ("Clara Dumont was awarded the Nobel Peace Prize on Friday.",
     [("Other/Award", "Clara Dumont", "2025-03-07", P)]),
    ("Paula Brandstetter presented Jonas Meier with the Order of Merit on Monday.",
     [("Other/Award", "Jonas Meier", "2025-03-10", P)]),
    ("Jonas Meier received the Charlemagne Prize in Aachen on Sunday.",
     [("Other/Award", "Jonas Meier", "2025-03-09", P)]),
    # --- violence, protests, releases
    ("Gunmen attacked a police station in Kabul on Monday, killing four officers.",
     [("Other/Attack", None, "2025-03-10", P)]),
    ("A suicide bomber killed twelve people in Mogadishu on Tuesday.",
     [("Other/Attack", None, "2025-03-11", P)]),
    ("Thousands of people protested in Tbilisi on Sunday against the new law.",
     [("Other/Protest", None, "2025-03-09", P)]),
    ("Protests against the government began in Belgrade on Saturday.",
     [("Other/Protest", None, "2025-03-08", P)]),
    ("Authorities released opposition leader Jonas Meier from prison on Monday.",
     [("Other/Release", "Jonas Meier", "2025-03-10", P)]),
    ("Clara Dumont was released from prison on Friday after three years.",
     [("Other/Release", "Clara Dumont", "2025-03-07", P)]),
    # --- foundings, mutinies, wars, religion, conferences, incidents, media
    ("NATO was founded in Washington on 4 April 1949.",
     [("Other/Founding", "NATO", "1949-04-04", P)]),
    ("Soldiers at a barracks in Bamako mutinied on Monday.",
     [("Other/Mutiny", None, "2025-03-10", P)]),
    ("Russia invaded Ukraine on 24 February 2022.",
     [("Other/WarStart", "Russia", "2022-02-24", P)]),
    ("The pope celebrated Mass in St. Peter's Square on Sunday.",
     [("Other/ReligiousEvent", None, "2025-03-09", P)]),
    ("The conference on Arctic security opened in Oslo on Monday.",
     [("Other/Conference", None, "2025-03-10", P)]),
    ("The Kyodo news agency reported on Monday that Tom Berg would visit Seoul.",
     [("Other/MediaReport", None, "2025-03-10", P)]),
    # --- added after the first run: resignations announced, armed men, forums, collisions
    ("Jonas Meier announced his resignation on Monday.",
     [("Other/Resignation", "Jonas Meier", "2025-03-10", P), ("Announcement", "Jonas Meier", "2025-03-10", P)]),
    ("Clara Dumont tendered her resignation as party leader on Friday.",
     [("Other/Resignation", "Clara Dumont", "2025-03-07", P)]),
    ("Militants stormed a hotel in Mogadishu on Sunday.",
     [("Other/Attack", None, "2025-03-09", P)]),
    ("The forum was held in Vladivostok on Tuesday.",
     [("Other/Conference", None, "2025-03-11", P)]),
    ("The founding of NATO in 1949 changed Europe.",
     [("Other/Founding", "NATO", "1949", P)]),
    ("Soldiers staged a mutiny in Bamako on Monday.",
     [("Other/Mutiny", None, "2025-03-10", P)]),
    ("Paula Brandstetter was inaugurated as president of Estonia on Tuesday.",
     [("Other/TakingOffice", "Paula Brandstetter", "2025-03-11", P)]),
    ("Clara Dumont was elected president on Sunday and will be sworn in on 1 April.",
     [("Election", "Clara Dumont", "2025-03-09", P), ("Other/TakingOffice", "Clara Dumont", "2025-04-01", PL)]),
    ("Tom Berg was assassinated in Oslo on Saturday.",
     [("Other/Death", "Tom Berg", "2025-03-08", P)]),
    ("Clara Dumont spoke after the death of Tom Berg in 2020.",
     [("Other/Death", "Tom Berg", "2020", P)]),
    ("Jonas Meier has travelled twice since his inauguration in January.",
     [("Other/TakingOffice", "Jonas Meier", "2025-01", P)]),
    ("Clara Dumont has lived in Riga since her release from prison in 2021.",
     [("Other/Release", "Clara Dumont", "2021", P)]),
    ("Armenia and Azerbaijan reviewed the implementation of the March 4, 2021, agreement.",
     [("Other/Treaty", "Armenia", "2021-03-04", P)]),
    ("Tom Berg and Tomas Reyes signed a memorandum of understanding on energy on Monday.",
     [("Other/Treaty", "Tom Berg", "2025-03-10", P)]),
    ("Paula Brandstetter congratulated Tomas Reyes on taking office as prime minister.",
     [("Other/TakingOffice", "Tomas Reyes", None, P)]),
    ("Since the outbreak of war in Sudan in April 2023, Jonas Meier has visited Khartoum twice.",
     [("Other/WarStart", None, "2023-04", P)]),
    ("Two hostages were freed in Mali on Sunday.",
     [("Other/Release", None, "2025-03-09", P)]),
    ("A Chinese coast guard vessel collided with a Philippine supply boat on Sunday.",
     [("Other/Incident", "China", "2025-03-09", P)]),
]

DE = [
    ("Norwegen und Finnland unterzeichneten am Montag in Oslo einen Fischereivertrag.",
     [("Other/Treaty", "Norway", "2025-03-10", P)]),
    ("Das Handelsabkommen zwischen Kanada und Chile ist am Samstag in Kraft getreten.",
     [("Other/TreatyEntryIntoForce", None, "2025-03-08", P)]),
    ("Der neue Grenzvertrag zwischen Estland und Lettland soll am 1. April in Kraft treten.",
     [("Other/TreatyEntryIntoForce", None, "2025-04-01", PL)]),
    ("Die Staats- und Regierungschefs verabschiedeten am Dienstag in Lissabon eine Erklärung zum Meeresschutz.",
     [("Other/Treaty", None, "2025-03-11", P)]),
    ("Der Senat ratifizierte am Dienstag den Verteidigungsvertrag mit Japan.",
     [("Other/Ratification", None, "2025-03-11", P)]),
    ("Paula Brandstetter wurde am Dienstag als Präsidentin Estlands vereidigt.",
     [("Other/TakingOffice", "Paula Brandstetter", "2025-03-11", P)]),
    ("Tomas Reyes trat am Montag sein Amt als Ministerpräsident an.",
     [("Other/TakingOffice", "Tomas Reyes", "2025-03-10", P)]),
    ("Paula Brandstetter ernannte Clara Dumont am Montag zur Finanzministerin.",
     [("Other/Appointment", "Clara Dumont", "2025-03-10", P)]),
    ("Clara Dumont wurde am Freitag zur Botschafterin in Japan ernannt.",
     [("Other/Appointment", "Clara Dumont", "2025-03-07", P)]),
    ("Paula Brandstetter entließ am Sonntag Verteidigungsminister Jonas Meier.",
     [("Other/Dismissal", "Jonas Meier", "2025-03-09", P)]),
    ("Jonas Meier trat am Dienstag als Außenminister zurück.",
     [("Other/Resignation", "Jonas Meier", "2025-03-11", P)]),
    ("Clara Dumont hat am Montag ihren Rücktritt als Parteichefin erklärt.",
     [("Other/Resignation", "Clara Dumont", "2025-03-10", P)]),
    ("Der frühere Präsident Tom Berg ist am Sonntag im Alter von 91 Jahren gestorben.",
     [("Other/Death", "Tom Berg", "2025-03-09", P)]),
    ("Clara Dumont erhielt am Freitag den Friedensnobelpreis.",
     [("Other/Award", "Clara Dumont", "2025-03-07", P)]),
    ("Paula Brandstetter verlieh Jonas Meier am Montag das Bundesverdienstkreuz.",
     [("Other/Award", "Jonas Meier", "2025-03-10", P)]),
    ("Bewaffnete griffen am Montag eine Polizeiwache in Kabul an.",
     [("Other/Attack", None, "2025-03-10", P)]),
    ("Bei einem Anschlag in Mogadischu wurden am Dienstag zwölf Menschen getötet.",
     [("Other/Attack", None, "2025-03-11", P)]),
    ("Tausende Menschen demonstrierten am Sonntag in Tiflis gegen das neue Gesetz.",
     [("Other/Protest", None, "2025-03-09", P)]),
    ("In Belgrad begannen am Samstag Proteste gegen die Regierung.",
     [("Other/Protest", None, "2025-03-08", P)]),
    ("Oppositionsführer Jonas Meier wurde am Montag aus der Haft entlassen.",
     [("Other/Release", "Jonas Meier", "2025-03-10", P)]),
    ("Die Partei wurde am 3. März 1990 in Prag gegründet.",
     [("Other/Founding", None, "1990-03-03", P)]),
    ("Jonas Meier gründete am 3. März 1990 in Prag die Partei Neue Mitte.",
     [("Other/Founding", "Jonas Meier", "1990-03-03", P)]),
    ("Soldaten einer Kaserne in Bamako meuterten am Montag.",
     [("Other/Mutiny", None, "2025-03-10", P)]),
    ("Russland überfiel am 24. Februar 2022 die Ukraine.",
     [("Other/WarStart", "Russia", "2022-02-24", P)]),
    ("Der Papst feierte am Sonntag eine Messe auf dem Petersplatz.",
     [("Other/ReligiousEvent", None, "2025-03-09", P)]),
    ("Die Konferenz zur Sicherheit in der Arktis wurde am Montag in Oslo eröffnet.",
     [("Other/Conference", None, "2025-03-10", P)]),
    ("Am Sonntag kam es vor der Küste Vietnams zu einem Zwischenfall mit einem Versorgungsboot.",
     [("Other/Incident", None, "2025-03-09", P)]),
    ("Wie die Nachrichtenagentur Kyodo am Montag berichtete, wird Tom Berg Seoul besuchen.",
     [("Other/MediaReport", None, "2025-03-10", P)]),
    ("Die Regierung Perus rief am Sonntag den Ausnahmezustand aus.",
     [("Other/Declaration", None, "2025-03-09", P)]),
    # --- added after the first run
    ("Jonas Meier kündigte am Montag seinen Rücktritt an.",
     [("Other/Resignation", "Jonas Meier", "2025-03-10", P), ("Announcement", "Jonas Meier", "2025-03-10", P)]),
    ("Jonas Meier gab am Montag seinen Rücktritt bekannt.",
     [("Other/Resignation", "Jonas Meier", "2025-03-10", P)]),
    ("Extremisten stürmten am Sonntag ein Hotel in Mogadischu.",
     [("Other/Attack", None, "2025-03-09", P)]),
    ("Paula Brandstetter wurde am Dienstag in Tallinn ins Amt eingeführt.",
     [("Other/TakingOffice", "Paula Brandstetter", "2025-03-11", P)]),
    ("Clara Dumont wurde am Freitag mit dem Karlspreis ausgezeichnet.",
     [("Other/Award", "Clara Dumont", "2025-03-07", P)]),
    ("Jonas Meier sprach nach dem Tod von Tom Berg im Jahr 2020.",
     [("Other/Death", "Tom Berg", "2020", P)]),
    ("Tausende gingen am Sonntag in Belgrad auf die Straße.",
     [("Other/Protest", None, "2025-03-09", P)]),
    ("Nach dem Anschlag auf die Botschaft in Nairobi am Montag sprach Tom Berg.",
     [("Other/Attack", None, "2025-03-10", P)]),
    ("Seit Beginn des Krieges im Sudan im April 2023 ist Jonas Meier zweimal nach Khartum gereist.",
     [("Other/WarStart", None, "2023-04", P)]),
    ("Nach seiner Freilassung im Mai reiste Jonas Meier nach Riga.",
     [("Other/Release", "Jonas Meier", "2024-05", P)]),
    ("Zwei Geiseln wurden am Sonntag in Mali freigelassen.",
     [("Other/Release", None, "2025-03-09", P)]),
]

NOTHING: list[tuple[str, str, str]] = [
    ("en", "Other/Treaty", "The treaty, which bans nuclear tests, is widely respected."),
    ("en", "Other/Treaty", "The 1990 treaty remains the basis of relations between the two countries."),
    ("en", "Other/Resignation", "A resignation would be a mistake, Jonas Meier said."),
    ("en", "Other/Resignation", "Jonas Meier did not resign."),
    ("en", "Other/Resignation", "Jonas Meier refused to resign on Monday."),
    ("en", "Other/Resignation", "The opposition demanded the resignation of Jonas Meier on Monday."),
    ("en", "Other/Resignation", "If the minister resigns, new elections will follow."),
    ("en", "Other/Protest", "Protests are common in the capital."),
    ("en", "Other/Protest", "Police are prepared for possible protests."),
    ("en", "Other/Appointment", "Clara Dumont could be appointed finance minister next month."),
    ("en", "Other/Award", "The prize is awarded every year to a journalist."),
    ("en", "Other/Conference", "The conference room was full."),
    ("en", "Other/Death", "Tom Berg nearly died in the crash."),
    ("en", "Other/Release", "The court refused to release Jonas Meier."),
    ("en", "Other/TreatyEntryIntoForce", "The agreement could enter into force next year if parliament approves it."),
    ("de", "Other/Treaty", "Der Vertrag, der Atomtests verbietet, wird weithin respektiert."),
    ("de", "Other/Treaty", "Der Vertrag von 1990 bleibt die Grundlage der Beziehungen."),
    ("de", "Other/Resignation", "Ein Rücktritt wäre ein Fehler, sagte Jonas Meier."),
    ("de", "Other/Resignation", "Jonas Meier ist nicht zurückgetreten."),
    ("de", "Other/Resignation", "Die Opposition forderte am Montag den Rücktritt von Jonas Meier."),
    ("de", "Other/Resignation", "Falls der Minister zurücktritt, gibt es Neuwahlen."),
    ("de", "Other/Protest", "Proteste sind in der Hauptstadt üblich."),
    ("de", "Other/Appointment", "Clara Dumont könnte nächsten Monat zur Finanzministerin ernannt werden."),
    ("de", "Other/Award", "Der Preis wird jedes Jahr an einen Journalisten verliehen."),
    ("de", "Other/Conference", "Der Konferenzraum war voll."),
    ("de", "Other/Release", "Das Gericht lehnte die Freilassung von Jonas Meier ab."),
]

XFAIL: dict[str, str] = {
    "Leaders of the twelve states adopted a declaration on ocean protection in Lisbon on Tuesday.":
        "unnamed leaders of unnamed states: a declaration with no participant is not kept",
    "Die Staats- und Regierungschefs verabschiedeten am Dienstag in Lissabon eine Erklärung zum Meeresschutz.":
        "unnamed leaders: a declaration with no participant is not kept",
    "Die Partei wurde am 3. März 1990 in Prag gegründet.":
        "a party the gazetteer does not know, told by a common noun, is no participant",
    "Since the outbreak of war in Sudan in April 2023, Jonas Meier has visited Khartoum twice.":
        "a war with no aggressor named (a civil war) gives no WarStart",
    "Seit Beginn des Krieges im Sudan im April 2023 ist Jonas Meier zweimal nach Khartum gereist.":
        "a war with no aggressor named (a civil war) gives no WarStart",
    "Two hostages were freed in Mali on Sunday.":
        "a release of unnamed people may not stand alone (Release is no unattended subtype)",
    "Zwei Geiseln wurden am Sonntag in Mali freigelassen.":
        "a release of unnamed people may not stand alone (Release is no unattended subtype)",
    "A Chinese coast guard vessel collided with a Philippine supply boat on Sunday.":
        "vessels named by country adjectives: no participant and no place, so no incident",
    "Nach seiner Freilassung im Mai reiste Jonas Meier nach Riga.":
        "the owner of the noun is a possessive pronoun whose referent follows it: no release",
    "Tom Berg nearly died in the crash.":
        "'nearly' is no status cue: the death is told as past",
}


@pytest.mark.parametrize("text,expected", [param(XFAIL, t, e) for t, e in EN])
def test_english_other(text, expected):
    check_told(text, expected, "en", DCT)


@pytest.mark.parametrize("text,expected", [param(XFAIL, t, e) for t, e in DE])
def test_german_other(text, expected):
    check_told(text, expected, "de", DCT)


@pytest.mark.parametrize("text,lang,cls", [param(XFAIL, t, lang, cls) for lang, cls, t in NOTHING])
def test_other_nothing(text, lang, cls):
    evs = [e for e in told_of(events_of(text, lang, DCT), cls) if e.status in ("past", "ongoing", "planned")]
    assert not evs, show(evs)
