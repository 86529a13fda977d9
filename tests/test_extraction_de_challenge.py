"""A challenge set of German news sentences written for this test, in the styles of agency wires
(dpa, AFP, Reuters, epd, KNA), government press releases and newspaper reports.

Every sentence carries the events a careful reader would list under the conventions of the
development set's README: the record type (StateVisit, Meeting, Summit, PhoneCall, Election,
Statement, Announcement, Other), one participant whose name must appear (or None), the date value
against the publication date (or None when the text gives none) and the status. Types are compared
as the development scorer compares them (Meeting and Summit are one class, Statement and
Announcement another, every subtype of Other is Other), dates without a part of the day. The second
list holds sentences that must produce no event at all: generic and habitual statements, counts of
past visits (claims, not events), events of unnamed people, sports, trade between companies.

The first batch's expectations were written before kb was run on it (three were corrected
afterwards to the README's conventions: a stay whose end is not told is an open interval; a visit
begun and not yet over at publication is ongoing; a landing may be an Arrival). Later batches were
run through kb while they were written, but their expectations are still the reader's, not kb's:
what kb does not meet yet is marked xfail (strict) with the reason. A positive case also fails when
kb lists a class more often than the reader does (one trip told by a verb and a noun is one).
Invented names (Tomas Reyes, Paula Brandstetter, ...) mix with real ones.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from typing import NamedTuple

import pytest

from kb.model import RECORD_TYPES, Document
from kb.pipeline import analyse

WED = "2024-03-13"  # a Wednesday: "am Montag" told in the past is 2024-03-11, "am Freitag" to come 2024-03-15


class Exp(NamedTuple):
    type: str  # record type; "Meeting|Summit" accepts either
    name: str | None  # a participant whose name (or mention) contains this, or None
    date: str | None  # the date value, or None (not checked)
    status: str  # "did_not_occur|hypothetical" accepts either


# the classes the development scorer compares (a meeting and a summit are both a contact; a
# statement and an announcement both a communication)
COARSE = {"StateVisit": "Visit", "Meeting": "Contact", "Summit": "Contact", "PhoneCall": "PhoneCall",
          "Election": "Election", "Statement": "Communication", "Announcement": "Communication"}


def record_type(ev) -> str:
    return RECORD_TYPES.get(ev.type, (ev.type, None))[0]


def coarse(etype: str) -> str:
    return COARSE.get(etype, "Other")


def day_part(value: str) -> str:
    """The date without a part of the day ("2024-03-11TEV" is the evening of 2024-03-11)."""
    return "/".join(v[:10] for v in value.split("/"))


def matches(ev, exp: Exp) -> bool:
    if coarse(record_type(ev)) not in {coarse(t) for t in exp.type.split("|")}:
        return False
    if exp.name is not None and not any(
            exp.name.lower() in (p.name or "").lower() or exp.name.lower() in (p.label or "").lower()
            for p in ev.participants):
        return False
    if exp.date is not None and (ev.date is None or day_part(ev.date.value) != exp.date):
        return False
    return ev.status in exp.status.split("|")


def describe(events) -> str:
    return "; ".join(f"{record_type(e)}/{e.subtype}/{e.status}/{e.date.value if e.date else None}/"
                     f"{sorted(p.name for p in e.participants)}" for e in events) or "(none)"


def run(text: str, dct: str):
    return analyse(Document(id="c", text=text, lang="de", published=dt.date.fromisoformat(dct))).events


V, M, S, P, E, ST, A, O = ("StateVisit", "Meeting", "Summit", "PhoneCall", "Election", "Statement",
                           "Announcement", "Other")
MS = "Meeting|Summit"

VISITS = [
    ("Bundeskanzler Olaf Scholz reist am Freitag zu einem zweitägigen Besuch nach Indien.", WED,
     [Exp(V, "Olaf Scholz", "2024-03-15/2024-03-16", "planned")]),
    ("Frankreichs Präsident Emmanuel Macron traf am Montagabend in Peking ein.", WED,
     [Exp(V, "Emmanuel Macron", "2024-03-11", "past")]),
    # a landing is a visit begun, or an Arrival (Other) as the README's subtypes have it
    ("Außenministerin Annalena Baerbock ist am Dienstag in Kairo gelandet.", WED,
     [Exp(V + "|" + O, "Annalena Baerbock", "2024-03-12", "past")]),
    ("Der neue Ministerpräsident Tomas Reyes absolvierte am Montag seinen Antrittsbesuch in Berlin.", WED,
     [Exp(V, "Tomas Reyes", "2024-03-11", "past")]),
    ("Außenministerin Annalena Baerbock hält sich seit Montag zu Gesprächen in Japan auf.", WED,
     [Exp(V, "Annalena Baerbock", None, "ongoing")]),
    ("Bundespräsident Frank-Walter Steinmeier ist derzeit zu Gast bei König Charles in London.", WED,
     [Exp(V, "Steinmeier", None, "ongoing")]),
    ("Der türkische Präsident Recep Tayyip Erdoğan besucht am Freitag Deutschland.", WED,
     [Exp(V, "Erdoğan", "2024-03-15", "planned")]),
    ("Die EU-Kommissionschefin Ursula von der Leyen ist am Montag zu einer Rundreise durch Westafrika "
     "aufgebrochen.", WED,
     [Exp(V, "Ursula von der Leyen", "2024-03-11", "past")]),
    ("Der Staatsbesuch von Kaiser Naruhito in Deutschland beginnt am 20. März.", WED,
     [Exp(V, "Naruhito", "2024-03-20/..", "planned")]),
    ("Papst Franziskus besuchte am Sonntag die Insel Lampedusa.", WED,
     [Exp(V, "Franziskus", "2024-03-10", "past")]),
    ("Wie das Bundespresseamt mitteilte, wird Olaf Scholz am Donnerstag in Warschau erwartet.", WED,
     [Exp(V, "Olaf Scholz", "2024-03-14", "planned")]),
    ("Der ukrainische Präsident Wolodymyr Selenskyj ist zu einem unangekündigten Besuch in Washington "
     "eingetroffen.", WED,
     [Exp(V, "Selenskyj", None, "ongoing")]),
    ("Italiens Ministerpräsidentin Giorgia Meloni flog am Dienstag nach Tunis.", WED,
     [Exp(V, "Giorgia Meloni", "2024-03-12", "past")]),
    ("Auf seiner Lateinamerikareise machte Bundespräsident Frank-Walter Steinmeier am Montag Station in "
     "Brasília.", WED,
     [Exp(V, "Steinmeier", "2024-03-11", "past")]),
    ("Der österreichische Bundeskanzler Karl Nehammer stattete am Dienstag der Schweiz einen offiziellen "
     "Besuch ab.", WED,
     [Exp(V, "Nehammer", "2024-03-12", "past")]),
    ("Nach Angaben des Élysée-Palastes wird Emmanuel Macron im April nach Brasilien reisen.", WED,
     [Exp(V, "Emmanuel Macron", "2024-04", "planned")]),
    ("Der chinesische Staatschef Xi Jinping wird Anfang Mai zu einem Staatsbesuch in Frankreich erwartet.", WED,
     [Exp(V, "Xi Jinping", "2024-05", "planned")]),
    ("Kenias Präsident William Ruto ist am Mittwoch für einen dreitägigen Staatsbesuch in Berlin "
     "eingetroffen.", WED,
     [Exp(V, "Ruto", "2024-03-13/2024-03-15", "ongoing")]),
    ("Paula Brandstetter kehrte am Dienstag von ihrer Reise nach Kanada zurück.", WED,
     [Exp(V, "Paula Brandstetter", None, "past")]),
    ("Nach Stationen in Ghana und Nigeria reist Tomas Reyes am Freitag weiter nach Kenia.", WED,
     [Exp(V, "Tomas Reyes", "2024-03-15", "planned")]),
    ("Während seines zweitägigen Aufenthalts in Wien will Tomas Reyes auch Bundeskanzler Karl Nehammer treffen.",
     WED, [Exp(V, "Tomas Reyes", None, "planned"), Exp(M, "Karl Nehammer", None, "planned")]),
    ("Papst Franziskus bricht am Freitag zu einer viertägigen Reise nach Portugal auf.", WED,
     [Exp(V, "Franziskus", "2024-03-15/2024-03-18", "planned")]),
    ("Verteidigungsminister Boris Pistorius besucht am Montag die Bundeswehr in Litauen.", WED,
     [Exp(V, "Pistorius", "2024-03-18", "planned")]),
    ("Frankreichs Präsident Emmanuel Macron wird am Montag in Berlin mit militärischen Ehren empfangen.", WED,
     [Exp(V, "Emmanuel Macron", "2024-03-18", "planned")]),
    ("Olaf Scholz hat am Dienstag Kiew einen Überraschungsbesuch abgestattet.", WED,
     [Exp(V, "Olaf Scholz", "2024-03-12", "past")]),
    ("Annalena Baerbock setzt ihre Nahost-Reise am Donnerstag in Jordanien fort.", WED,
     [Exp(V, "Annalena Baerbock", "2024-03-14", "planned")]),
    ("Olaf Scholz wird in der kommenden Woche in Washington erwartet.", WED,
     [Exp(V, "Olaf Scholz", "2024-03-18/2024-03-24", "planned")]),
    ("Tomas Reyes wird im Juni zum G7-Gipfel nach Italien reisen.", WED,
     [Exp(V, "Tomas Reyes", "2024-06", "planned"), Exp(S, "G7", "2024-06", "planned")]),
    ("Ob Olaf Scholz im Sommer nach China reist, ist noch offen.", WED,
     [Exp(V, "Olaf Scholz", None, "hypothetical")]),
    ("Tomas Reyes traf am Montag zu Gesprächen mit Paula Brandstetter in Oslo ein.", WED,
     [Exp(V, "Tomas Reyes", "2024-03-11", "past"), Exp(M, "Paula Brandstetter", "2024-03-11", "past")]),
    ("Paula Brandstetter reist von Montag bis Mittwoch nach Kanada und in die USA.", WED,
     [Exp(V, "Paula Brandstetter", "2024-03-18/2024-03-20", "planned")]),
    ("Der Bundespräsident ist am Montag zu einem Staatsbesuch nach Indonesien aufgebrochen.", WED,
     [Exp(V, "Steinmeier", "2024-03-11", "past")]),
    ("Der chinesische Vizepräsident Han Zheng ist seit Montag in Berlin.", WED,
     [Exp(V, "Han Zheng", "2024-03-11/..", "ongoing")]),
    ("Paula Brandstetter sagte ihre für Dienstag geplante Reise nach Oslo ab.", WED,
     [Exp(V, "Paula Brandstetter", "2024-03-19", "did_not_occur")]),
    ("Der geplante Besuch von Tomas Reyes in Oslo wurde am Montag abgesagt.", WED,
     [Exp(V, "Tomas Reyes", None, "did_not_occur")]),
    ("Tomas Reyes, der am Montag Paula Brandstetter getroffen hatte, flog am Dienstag nach Rom.", WED,
     [Exp(V, "Tomas Reyes", "2024-03-12", "past")]),
    ("Tomas Reyes, der am Montag Paula Brandstetter getroffen hatte, kam am Dienstag nach Rom.", WED,
     [Exp(V, "Tomas Reyes", "2024-03-12", "past")]),
    # Austrian and Swiss usage
    ("Bundeskanzler Karl Nehammer weilt zu einem Arbeitsbesuch in Rom.", WED,
     [Exp(V, "Nehammer", None, "ongoing")]),
    ("Bundesrat Ignazio Cassis reist am Freitag nach Peking.", WED,
     [Exp(V, "Cassis", "2024-03-15", "planned")]),
    ("Der Bundeskanzler reiste am Wochenende nach Moskau, wo er mit Wladimir Putin zusammentraf.", WED,
     [Exp(V, None, "2024-03-09/2024-03-10", "past"), Exp(M, "Putin", "2024-03-09/2024-03-10", "past")]),
]

MEETINGS = [
    ("Olaf Scholz traf am Montag in Berlin mit dem israelischen Präsidenten Isaac Herzog zusammen.", WED,
     [Exp(M, "Isaac Herzog", "2024-03-11", "past")]),
    ("Bundeskanzler Olaf Scholz kam am Dienstag mit dem britischen Premierminister Rishi Sunak zusammen.", WED,
     [Exp(M, "Rishi Sunak", "2024-03-12", "past")]),
    ("Bundespräsident Frank-Walter Steinmeier empfing am Mittwoch den finnischen Präsidenten Alexander "
     "Stubb im Schloss Bellevue.", WED,
     [Exp(M, "Alexander Stubb", "2024-03-13", "past")]),
    ("Nach einer Unterredung mit Papst Franziskus am Montag zeigte sich Giorgia Meloni zufrieden.", WED,
     [Exp(M, "Franziskus", "2024-03-11", "past")]),
    ("Außenministerin Annalena Baerbock führte am Dienstag in Riad Gespräche mit dem saudischen "
     "Außenminister Faisal bin Farhan.", WED,
     [Exp(M, "Annalena Baerbock", "2024-03-12", "past")]),
    ("Die Staats- und Regierungschefs der G7 kommen am Donnerstag zu einem Gipfeltreffen in Apulien "
     "zusammen.", WED,
     [Exp(S, None, "2024-03-14", "planned")]),
    ("Die EU-Außenminister beraten am Montag in Brüssel über neue Sanktionen gegen Russland.", WED,
     [Exp(MS, None, "2024-03-18", "planned")]),
    ("Am Rande des Nato-Gipfels in Vilnius trafen sich Recep Tayyip Erdoğan und der schwedische "
     "Ministerpräsident Ulf Kristersson.", WED,
     [Exp(M, "Erdoğan", None, "past"), Exp(S, None, None, "past")]),
    ("Olaf Scholz und Emmanuel Macron berieten am Freitagabend in Paris über die Lage in der Ukraine.", WED,
     [Exp(M, "Emmanuel Macron", "2024-03-08", "past")]),
    ("Xi Jinping und Joe Biden trafen sich am Dienstag zu einem vierstündigen Gespräch in Kalifornien.", WED,
     [Exp(M, "Joe Biden", "2024-03-12", "past")]),
    ("Olaf Scholz wird Giorgia Meloni am Freitag im Kanzleramt empfangen.", WED,
     [Exp(M, "Giorgia Meloni", "2024-03-15", "planned")]),
    ("In Brüssel begann am Donnerstag der zweitägige EU-Gipfel.", WED,
     [Exp(S, None, "2024-03-07/2024-03-08", "past")]),
    ("Emmanuel Macron hatte am Rande des Gipfels ein Gespräch mit dem chinesischen Ministerpräsidenten "
     "Li Qiang.", WED,
     [Exp(M, "Li Qiang", None, "past"), Exp(S, None, None, "past")]),
    ("Papst Franziskus empfing am Samstag den argentinischen Präsidenten Javier Milei in Audienz.", WED,
     [Exp(M, "Javier Milei", "2024-03-09", "past")]),
    ("Bei einem Arbeitsessen im Élysée-Palast sprachen Emmanuel Macron und Olaf Scholz am Dienstagabend "
     "über die Verteidigung.", WED,
     [Exp(M, "Olaf Scholz", "2024-03-12", "past")]),
    ("Der Nato-Gipfel findet im Juli in Washington statt.", WED,
     [Exp(S, None, "2024-07", "planned")]),
    ("Joe Biden will sich am Rande des G20-Gipfels mit Xi Jinping treffen.", WED,
     [Exp(M, "Xi Jinping", None, "planned"), Exp(S, "G20", None, "planned")]),
    ("Zum Auftakt seines Besuchs kam Tomas Reyes am Montag mit Bundeskanzler Olaf Scholz zu einem "
     "Gespräch zusammen.", WED,
     [Exp(M, "Tomas Reyes", "2024-03-11", "past")]),
    ("Olaf Scholz und Emmanuel Macron trafen sich am Rande des EU-Gipfels zu einem Vier-Augen-Gespräch.", WED,
     [Exp(M, "Emmanuel Macron", None, "past"), Exp(S, None, None, "past")]),
    ("Annalena Baerbock und ihr chinesischer Amtskollege Wang Yi kamen am Freitag in Berlin zu Gesprächen "
     "zusammen.", WED,
     [Exp(M, "Wang Yi", "2024-03-08", "past")]),
    ("Tomas Reyes wurde am Dienstag von König Charles im Buckingham-Palast empfangen.", WED,
     [Exp(M, "Tomas Reyes", "2024-03-12", "past")]),
    ("Der Kanzler hat am Montag den Emir von Katar, Tamim bin Hamad Al Thani, im Kanzleramt empfangen.", WED,
     [Exp(M, "Tamim", "2024-03-11", "past")]),
    ("Die Regierungschefs der EU-Staaten treffen sich am Donnerstag in Brüssel zu einem Gipfel.", WED,
     [Exp(S, None, "2024-03-14", "planned")]),
    ("Olaf Scholz empfing am Montag den Vorsitzenden der Partei, Tomas Reyes, im Kanzleramt.", WED,
     [Exp(M, "Tomas Reyes", "2024-03-11", "past")]),
    ("Olaf Scholz empfing am Montag im Kanzleramt den Vorsitzenden der Oppositionspartei Tomas Reyes.", WED,
     [Exp(M, "Tomas Reyes", "2024-03-11", "past")]),
    ("Nachdem Olaf Scholz am Montag mit Emmanuel Macron gesprochen hatte, reiste er nach Brüssel weiter.", WED,
     [Exp(M, "Emmanuel Macron", "2024-03-11", "past"), Exp(V, "Olaf Scholz", None, "past")]),
    ("Tomas Reyes will am Freitag mit Paula Brandstetter über Zölle sprechen.", WED,
     [Exp(M, "Paula Brandstetter", "2024-03-15", "planned")]),
    ("Das Treffen zwischen Tomas Reyes und Paula Brandstetter fand am Montag in Genf statt.", WED,
     [Exp(M, "Paula Brandstetter", "2024-03-11", "past")]),
    ("Tomas Reyes sprach am Montag mit Paula Brandstetter über die Energiekrise.", WED,
     [Exp(M, "Paula Brandstetter", "2024-03-11", "past")]),
    ("Olaf Scholz hat Emmanuel Macron am Montag im Kanzleramt zu einem Abendessen empfangen.", WED,
     [Exp(M, "Emmanuel Macron", "2024-03-11", "past")]),
    ("Die Außenminister der G7 treffen sich am Freitag in Rom.", WED,
     [Exp(S, "G7", "2024-03-15", "planned")]),
    ("Ein Treffen mit Wladimir Putin lehnte Tomas Reyes am Montag ab.", WED,
     [Exp(M, "Tomas Reyes", None, "did_not_occur|hypothetical")]),
    ("Bei ihrem Besuch in Paris traf Paula Brandstetter am Montag auch Emmanuel Macron.", WED,
     [Exp(V, "Paula Brandstetter", "2024-03-11", "past"), Exp(M, "Emmanuel Macron", "2024-03-11", "past")]),
    ("Tomas Reyes empfängt am Donnerstag seinen französischen Amtskollegen Emmanuel Macron.", WED,
     [Exp(M, "Emmanuel Macron", "2024-03-14", "planned")]),
    ("Tomas Reyes hat sich am Montag mit Paula Brandstetter in Oslo getroffen.", WED,
     [Exp(M, "Paula Brandstetter", "2024-03-11", "past")]),
    ("Bundespräsidentin Viola Amherd empfing am Dienstag in Bern den Präsidenten Finnlands.", WED,
     [Exp(M, "Viola Amherd", "2024-03-12", "past")]),
    ("Olaf Scholz wird am Freitag von Giorgia Meloni in Rom empfangen.", WED,
     [Exp(M, "Giorgia Meloni", "2024-03-15", "planned")]),
    ("Recep Tayyip Erdoğan und Wladimir Putin vereinbarten am Montag ein weiteres Treffen.", WED,
     [Exp(M, "Putin", None, "planned")]),
]

CALLS = [
    ("Olaf Scholz telefonierte am Dienstag mit Chinas Staatschef Xi Jinping.", WED,
     [Exp(P, "Xi Jinping", "2024-03-12", "past")]),
    ("In einem Telefonat mit Wolodymyr Selenskyj sicherte Emmanuel Macron am Montag weitere Hilfe zu.", WED,
     [Exp(P, "Selenskyj", "2024-03-11", "past")]),
    ("Joe Biden und Xi Jinping führten am Donnerstag ein knapp zweistündiges Telefonat.", WED,
     [Exp(P, "Joe Biden", "2024-03-07", "past")]),
    ("Wie der Kreml mitteilte, telefonierte Wladimir Putin am Dienstag mit Recep Tayyip Erdoğan.", WED,
     [Exp(P, "Erdoğan", "2024-03-12", "past")]),
    ("Annalena Baerbock hat am Mittwoch mit ihrem ukrainischen Amtskollegen Dmytro Kuleba telefoniert.", WED,
     [Exp(P, "Kuleba", "2024-03-13", "past")]),
    ("Das Telefonat zwischen Olaf Scholz und Joe Biden dauerte nach Angaben eines Regierungssprechers "
     "rund eine Stunde.", WED,
     [Exp(P, "Joe Biden", None, "past")]),
    ("Der Kanzler rief am Sonntag den israelischen Ministerpräsidenten Benjamin Netanjahu an.", WED,
     [Exp(P, "Netanjahu", "2024-03-10", "past")]),
    ("Giorgia Meloni und Rishi Sunak sprachen am Montag telefonisch über Migration.", WED,
     [Exp(P, "Rishi Sunak", "2024-03-11", "past")]),
    ("Wolodymyr Selenskyj will am Freitag mit Joe Biden telefonieren.", WED,
     [Exp(P, "Joe Biden", "2024-03-15", "planned")]),
    ("Nach einem Telefongespräch mit Emmanuel Macron am Sonntag äußerte sich Olaf Scholz zuversichtlich.", WED,
     [Exp(P, "Emmanuel Macron", "2024-03-10", "past")]),
    ("Recep Tayyip Erdoğan hat in einem Telefongespräch mit Wladimir Putin am Freitag eine Waffenruhe "
     "angemahnt.", WED,
     [Exp(P, "Putin", "2024-03-08", "past")]),
    ("Paula Brandstetter und Tomas Reyes tauschten sich am Montag in einem Telefonat über die Lage aus.", WED,
     [Exp(P, "Tomas Reyes", "2024-03-11", "past")]),
    ("Olaf Scholz führte am Montag ein Telefongespräch mit Recep Tayyip Erdoğan.", WED,
     [Exp(P, "Erdoğan", "2024-03-11", "past")]),
    ("Bei einem Telefonat am Montagabend vereinbarten Joe Biden und Xi Jinping weitere Gespräche.", WED,
     [Exp(P, "Xi Jinping", "2024-03-11", "past")]),
    ("Olaf Scholz und Joe Biden hätten am Montag telefoniert, teilte ein Regierungssprecher mit.", WED,
     [Exp(P, "Joe Biden", "2024-03-11", "past")]),
    ("Der Kanzler habe am Montag mit Emmanuel Macron telefoniert, hieß es aus Regierungskreisen.", WED,
     [Exp(P, "Emmanuel Macron", "2024-03-11", "past")]),
]

ELECTIONS = [
    ("Der frühere Ministerpräsident Peter Pellegrini hat die Präsidentenwahl in der Slowakei gewonnen.", WED,
     [Exp(E, "Pellegrini", None, "past")]),
    ("Bei der Parlamentswahl in Portugal siegte am Sonntag das Bündnis von Luís Montenegro.", WED,
     [Exp(E, "Montenegro", "2024-03-10", "past")]),
    ("Wladimir Putin wurde am Sonntag mit 87 Prozent der Stimmen im Amt bestätigt.", WED,
     [Exp(E, "Putin", "2024-03-10", "past")]),
    ("In der Stichwahl am 7. April treten Tomas Reyes und Marta Kovalenko gegeneinander an.", WED,
     [Exp(E, "Tomas Reyes", "2024-04-07", "planned")]),
    ("Der Bundestag wählte Paula Brandstetter am Dienstag zur Präsidentin des Parlaments.", WED,
     [Exp(E, "Paula Brandstetter", "2024-03-12", "past")]),
    ("Paula Brandstetter ist am Dienstag mit großer Mehrheit zur neuen Parteichefin gewählt worden.", WED,
     [Exp(E, "Paula Brandstetter", "2024-03-12", "past")]),
    ("Tomas Reyes wurde am Sonntag für eine zweite Amtszeit wiedergewählt.", WED,
     [Exp(E, "Tomas Reyes", "2024-03-10", "past")]),
    ("Die Partei von Ministerpräsidentin Mette Frederiksen gewann am Sonntag die Parlamentswahl in Dänemark.",
     WED, [Exp(E, "Frederiksen", "2024-03-10", "past")]),
    ("Die Präsidentschaftswahl in Finnland gewann Alexander Stubb in der Stichwahl gegen Pekka Haavisto.", WED,
     [Exp(E, "Alexander Stubb", None, "past")]),
    ("Die Russen wählen vom 15. bis 17. März einen neuen Präsidenten.", WED,
     [Exp(E, None, "2024-03-15/2024-03-17", "planned")]),
    ("Tomas Reyes erhielt im ersten Wahlgang am Sonntag 48 Prozent der Stimmen.", WED,
     [Exp(E, "Tomas Reyes", "2024-03-10", "past")]),
    ("Bei der Landtagswahl in Bayern am 8. Oktober wurde die CSU erneut stärkste Kraft.", WED,
     [Exp(E, None, "2023-10-08", "past")]),
    ("Das Parlament in Tallinn wählte am Montag Piotr Nowak zum Staatspräsidenten.", WED,
     [Exp(E, "Piotr Nowak", "2024-03-11", "past")]),
    ("Marta Kovalenko unterlag in der Stichwahl am Sonntag knapp ihrem Herausforderer Tomas Reyes.", WED,
     [Exp(E, "Tomas Reyes", "2024-03-10", "past")]),
    ("Tomas Reyes hat die Präsidentenwahl in Litauen am Sonntag klar gewonnen.", WED,
     [Exp(E, "Tomas Reyes", "2024-03-10", "past")]),
    ("Die Wähler im Senegal wählten am Sonntag Tomas Reyes zum Präsidenten.", WED,
     [Exp(E, "Tomas Reyes", "2024-03-10", "past")]),
    ("Aus der Parlamentswahl ging am Sonntag die Partei von Tomas Reyes als Siegerin hervor.", WED,
     [Exp(E, "Tomas Reyes", "2024-03-10", "past")]),
    ("Tomas Reyes hat die Parlamentswahl in Polen gewonnen, wie die Wahlkommission am Montag mitteilte.", WED,
     [Exp(E, "Tomas Reyes", None, "past")]),
    ("Die Abgeordneten wählten am Dienstag Tomas Reyes mit 300 Stimmen zum Parlamentspräsidenten.", WED,
     [Exp(E, "Tomas Reyes", "2024-03-12", "past")]),
    ("Die Präsidentschaftswahl in Russland gewann erwartungsgemäß Wladimir Putin.", WED,
     [Exp(E, "Putin", None, "past")]),
    ("Tomas Reyes errang am Sonntag 32 Prozent der Stimmen.", WED,
     [Exp(E, "Tomas Reyes", "2024-03-10", "past")]),
    ("Paula Brandstetter hat Tomas Reyes zu seinem Wahlsieg gratuliert.", WED,
     [Exp(E, "Tomas Reyes", None, "past"), Exp(ST, "Paula Brandstetter", None, "past")]),
    ("Bei der Wahl am Sonntag unterlag Paula Brandstetter ihrem Herausforderer Tomas Reyes.", WED,
     [Exp(E, "Tomas Reyes", "2024-03-10", "past")]),
    ("Tomas Reyes hat sich bei der Präsidentenwahl am Sonntag durchgesetzt.", WED,
     [Exp(E, "Tomas Reyes", "2024-03-10", "past")]),
    ("Die Wähler bestätigten Tomas Reyes am Sonntag im Amt.", WED,
     [Exp(E, "Tomas Reyes", "2024-03-10", "past")]),
    ("Tomas Reyes gilt als Sieger der Wahl vom Sonntag.", WED,
     [Exp(E, "Tomas Reyes", "2024-03-10", "past")]),
    ("Alexander Van der Bellen wurde am Sonntag als Bundespräsident wiedergewählt.", WED,
     [Exp(E, "Van der Bellen", "2024-03-10", "past")]),
]

STATEMENTS = [
    ("„Wir stehen fest an der Seite der Ukraine“, sagte Olaf Scholz am Montag in Berlin.", WED,
     [Exp(ST, "Olaf Scholz", "2024-03-11", "past")]),
    ("Das Auswärtige Amt teilte am Dienstag mit, die Botschaft in Niamey bleibe geschlossen.", WED,
     [Exp(ST, None, "2024-03-12", "past")]),
    ("Emmanuel Macron kündigte am Montag an, im Sommer nach Kiew zu reisen.", WED,
     [Exp(A, "Emmanuel Macron", "2024-03-11", "past"), Exp(V, "Emmanuel Macron", None, "planned")]),
    ("Die Bundesregierung erklärte am Mittwoch, sie prüfe weitere Schritte.", WED,
     [Exp(ST, None, "2024-03-13", "past")]),
    ("Annalena Baerbock betonte am Dienstag, Deutschland werde seine Hilfe fortsetzen.", WED,
     [Exp(ST, "Annalena Baerbock", "2024-03-12", "past")]),
    ("Laut einer Mitteilung des Kremls sprach Wladimir Putin von einem konstruktiven Austausch.", WED,
     [Exp(ST, None, None, "past")]),
    ("Regierungssprecher Steffen Hebestreit sagte am Freitag vor Journalisten in Berlin, eine Entscheidung "
     "sei nicht gefallen.", WED,
     [Exp(ST, "Hebestreit", "2024-03-08", "past")]),
    ("Die Nato verurteilte den Angriff am Dienstag scharf.", WED,
     [Exp(ST, "Nato", "2024-03-12", "past")]),
    ("Kreml-Sprecher Dmitri Peskow wies die Vorwürfe am Montag zurück.", WED,
     [Exp(ST, "Peskow", "2024-03-11", "past")]),
    ("Die französische Regierung gab am Dienstag bekannt, dass Emmanuel Macron im Mai nach China reisen wird.",
     WED, [Exp(A, None, "2024-03-12", "past"), Exp(V, "Emmanuel Macron", "2024-05", "planned")]),
    ("Recep Tayyip Erdoğan warnte am Sonntag vor einer Ausweitung des Konflikts.", WED,
     [Exp(ST, "Erdoğan", "2024-03-10", "past")]),
    ("UN-Generalsekretär António Guterres forderte am Montag eine sofortige Waffenruhe.", WED,
     [Exp(ST, "Guterres", "2024-03-11", "past")]),
    ("In einer gemeinsamen Erklärung bekräftigten Olaf Scholz und Emmanuel Macron am Dienstag ihre "
     "Unterstützung für die Ukraine.", WED,
     [Exp(ST, "Olaf Scholz", "2024-03-12", "past")]),
    ("„Das ist inakzeptabel“, schrieb Annalena Baerbock am Dienstag auf der Plattform X.", WED,
     [Exp(ST, "Annalena Baerbock", "2024-03-12", "past")]),
    ("Bundeskanzler Olaf Scholz gab am Mittwoch eine Regierungserklärung im Bundestag ab.", WED,
     [Exp(ST, "Olaf Scholz", "2024-03-13", "past")]),
    ("Präsident Tomas Reyes kündigte am Montag Neuwahlen für den Herbst an.", WED,
     [Exp(A, "Tomas Reyes", "2024-03-11", "past")]),
    ("Giorgia Meloni räumte am Freitag Fehler ein.", WED,
     [Exp(ST, "Giorgia Meloni", "2024-03-08", "past")]),
    ("Ein Sprecher des Auswärtigen Amts bestätigte am Dienstag die Festnahme eines deutschen Staatsbürgers.",
     WED, [Exp(ST, None, "2024-03-12", "past")]),
    ("„Wir werden nicht nachgeben“, so Tomas Reyes am Montag.", WED,
     [Exp(ST, "Tomas Reyes", "2024-03-11", "past")]),
    ("Das teilte das Präsidialamt in Kiew am Dienstag mit.", WED,
     [Exp(ST, None, "2024-03-12", "past")]),
    ("Tomas Reyes sprach sich am Montag für Verhandlungen aus.", WED,
     [Exp(ST, "Tomas Reyes", "2024-03-11", "past")]),
    ("Olaf Scholz bezeichnete den Angriff am Montag als feige.", WED,
     [Exp(ST, "Olaf Scholz", "2024-03-11", "past")]),
    ("Paula Brandstetter äußerte sich am Montag besorgt über die Lage.", WED,
     [Exp(ST, "Paula Brandstetter", "2024-03-11", "past")]),
    ("Im Anschluss an die Gespräche gaben Olaf Scholz und Emmanuel Macron eine gemeinsame Pressekonferenz.", WED,
     [Exp(ST, "Emmanuel Macron", None, "past")]),
    ("Tomas Reyes kritisierte am Montag die Entscheidung des Gerichts.", WED,
     [Exp(ST, "Tomas Reyes", "2024-03-11", "past")]),
    ("Paula Brandstetter lobte am Montag die Zusammenarbeit mit Frankreich.", WED,
     [Exp(ST, "Paula Brandstetter", "2024-03-11", "past")]),
    ("In einer Rede vor dem Parlament warb Tomas Reyes am Montag für die Reform.", WED,
     [Exp(ST, "Tomas Reyes", "2024-03-11", "past")]),
    ("Tomas Reyes appellierte am Montag an die Konfliktparteien.", WED,
     [Exp(ST, "Tomas Reyes", "2024-03-11", "past")]),
    ("Paula Brandstetter stellte am Montag klar, dass es keine Verhandlungen gebe.", WED,
     [Exp(ST, "Paula Brandstetter", "2024-03-11", "past")]),
    ("Tomas Reyes drohte am Montag mit Gegenmaßnahmen.", WED,
     [Exp(ST, "Tomas Reyes", "2024-03-11", "past")]),
    ("Kreml-Sprecher Dmitri Peskow machte am Montag die Ukraine für den Angriff verantwortlich.", WED,
     [Exp(ST, "Peskow", "2024-03-11", "past")]),
    ("Die Regierung in Oslo lehnte am Montag weitere Zugeständnisse ab.", WED,
     [Exp(ST, None, "2024-03-11", "past")]),
    ("Paula Brandstetter verteidigte am Montag die Entscheidung.", WED,
     [Exp(ST, "Paula Brandstetter", "2024-03-11", "past")]),
    ("Paula Brandstetter warnte am Montag in Oslo vor einer Eskalation.", WED,
     [Exp(ST, "Paula Brandstetter", "2024-03-11", "past")]),
    ("Tomas Reyes dankte Paula Brandstetter am Montag für die Unterstützung.", WED,
     [Exp(ST, "Tomas Reyes", "2024-03-11", "past")]),
    ("Paula Brandstetter hielt am Montag eine Rede vor der UN-Vollversammlung.", WED,
     [Exp(ST, "Paula Brandstetter", "2024-03-11", "past")]),
    ("Tomas Reyes gab am Montag dem Sender CNN ein Interview.", WED,
     [Exp(ST, "Tomas Reyes", "2024-03-11", "past")]),
]

OTHERS = [
    ("Tomas Reyes wurde am Montag in Vilnius als Präsident vereidigt.", WED,
     [Exp(O, "Tomas Reyes", "2024-03-11", "past")]),
    ("Paula Brandstetter trat ihr Amt als Regierungschefin am Dienstag an.", WED,
     [Exp(O, "Paula Brandstetter", "2024-03-12", "past")]),
    ("Der neue Bundespräsident Tomas Reyes legte am Freitag vor der Bundesversammlung den Amtseid ab.", WED,
     [Exp(O, "Tomas Reyes", "2024-03-08", "past")]),
    ("Die neue Regierung wurde am Montag von Bundespräsident Alexander Van der Bellen angelobt.", WED,
     [Exp(O, None, "2024-03-11", "past")]),
    ("Die Außenminister Armeniens und Aserbaidschans unterzeichneten am Dienstag in Washington ein "
     "Friedensabkommen.", WED,
     [Exp(O, None, "2024-03-12", "past")]),
    ("Deutschland und Frankreich schlossen am Montag einen Vertrag über die Zusammenarbeit in der Rüstung.",
     WED, [Exp(O, "Frankreich", "2024-03-11", "past")]),
    ("Das Freihandelsabkommen zwischen der EU und Chile wurde am Donnerstag in Brüssel paraphiert.", WED,
     [Exp(O, None, "2024-03-07", "past")]),
    ("Olaf Scholz und Narendra Modi unterzeichneten am Freitag eine Absichtserklärung über grünen "
     "Wasserstoff.", WED,
     [Exp(O, "Narendra Modi", "2024-03-08", "past")]),
    ("Der slowakische Innenminister Paul Kern trat am Montag zurück.", WED,
     [Exp(O, "Paul Kern", "2024-03-11", "past")]),
    ("Präsident Tomas Reyes ernannte am Dienstag Marta Kovalenko zur neuen Regierungschefin.", WED,
     [Exp(O, "Marta Kovalenko", "2024-03-12", "past")]),
    ("Wolodymyr Selenskyj entließ am Freitag den Oberbefehlshaber der Armee, Paul Kern.", WED,
     [Exp(O, "Paul Kern", "2024-03-08", "past")]),
    ("Präsident Tomas Reyes entließ am Montag den Geheimdienstchef Paul Kern.", WED,
     [Exp(O, "Paul Kern", "2024-03-11", "past")]),
    ("Der Premierminister berief am Dienstag die Juristin Marta Kovalenko zur neuen Justizministerin.", WED,
     [Exp(O, "Marta Kovalenko", "2024-03-12", "past")]),
    ("Der frühere Bundespräsident Tomas Reyes ist am Sonntag im Alter von 86 Jahren gestorben.", WED,
     [Exp(O, "Tomas Reyes", "2024-03-10", "past")]),
    ("Der frühere Außenminister Paul Kern starb am Dienstag in Wien.", WED,
     [Exp(O, "Paul Kern", "2024-03-12", "past")]),
    ("Bei einem Anschlag auf den Innenminister Paul Kern wurden am Montag drei Leibwächter verletzt.", WED,
     [Exp(O, "Paul Kern", "2024-03-11", "past")]),
    ("Bundespräsident Frank-Walter Steinmeier verlieh der Schriftstellerin Marta Kovalenko am Montag das "
     "Bundesverdienstkreuz.", WED,
     [Exp(O, "Marta Kovalenko", "2024-03-11", "past")]),
    ("König Tomas verlieh Paula Brandstetter am Dienstag den höchsten Orden des Landes.", WED,
     [Exp(O, "Paula Brandstetter", "2024-03-12", "past")]),
    ("Zehntausende Menschen protestierten am Samstag in Tiflis gegen die Regierung.", WED,
     [Exp(O, None, "2024-03-09", "past")]),
    ("Zehntausende demonstrierten am Samstag in Belgrad gegen Präsident Aleksandar Vučić.", WED,
     [Exp(O, "Vučić", "2024-03-09", "past")]),
    ("Tomas Reyes hat am Montag sein Rücktrittsgesuch eingereicht.", WED,
     [Exp(O, "Tomas Reyes", "2024-03-11", "past")]),
    ("Die Ankunft von Papst Franziskus in Lissabon ist für Mittwoch geplant.", WED,
     [Exp(O, "Franziskus", None, "planned")]),
    ("Die Zeitung „Le Monde“ berichtete am Dienstag, Emmanuel Macron erwäge eine Kabinettsumbildung.", WED,
     [Exp(O, "Le Monde", "2024-03-12", "past")]),
    ("Russische Truppen marschierten am 24. Februar 2022 in die Ukraine ein.", WED,
     [Exp(O, "Russ", "2022-02-24", "past")]),
    ("Mit dem Angriff Russlands auf die Ukraine am 24. Februar 2022 begann der Krieg.", WED,
     [Exp(O, "Russ", "2022-02-24", "past")]),
    ("Die Staats- und Regierungschefs verabschiedeten am Freitag eine gemeinsame Erklärung zur Migration.", WED,
     [Exp(O, None, "2024-03-08", "past")]),
    ("Der Bundestag ratifizierte am Donnerstag das Abkommen mit Kanada.", WED,
     [Exp(O, None, "2024-03-07", "past")]),
    ("Tomas Reyes wurde am Freitag zum neuen Botschafter in Paris ernannt.", WED,
     [Exp(O, "Tomas Reyes", "2024-03-08", "past")]),
    ("Tomas Reyes ist am Montag überraschend zurückgetreten.", WED,
     [Exp(O, "Tomas Reyes", "2024-03-11", "past")]),
    ("Die Regierung von Tomas Reyes ist am Montag zurückgetreten.", WED,
     [Exp(O, "Tomas Reyes", "2024-03-11", "past")]),
    ("Norwegen und Schweden unterzeichneten am Montag in Oslo ein Abkommen über Energie.", WED,
     [Exp(O, "Schweden", "2024-03-11", "past")]),
    ("Die Nachrichtenagentur Reuters meldete am Montag, die Gespräche seien gescheitert.", WED,
     [Exp(O, "Reuters", "2024-03-11", "past")]),
    ("Der „Spiegel“ berichtete am Montag, der Minister wolle zurücktreten.", WED,
     [Exp(O, "Spiegel", "2024-03-11", "past")]),
    ("Tomas Reyes wurde am Montag als neuer Regierungschef vereidigt.", WED,
     [Exp(O, "Tomas Reyes", "2024-03-11", "past")]),
    ("Tomas Reyes hat am Montag die Amtsgeschäfte von Paula Brandstetter übernommen.", WED,
     [Exp(O, "Tomas Reyes", "2024-03-11", "past")]),
    ("Papst Franziskus ernannte am Montag Paul Kern zum Erzbischof von Wien.", WED,
     [Exp(O, "Paul Kern", "2024-03-11", "past")]),
    ("Tomas Reyes ist am Montag im Alter von 90 Jahren verstorben.", WED,
     [Exp(O, "Tomas Reyes", "2024-03-11", "past")]),
    ("Russland hat die Ukraine in der Nacht zum Montag erneut mit Raketen angegriffen.", WED,
     [Exp(O, "Russ", "2024-03-11", "past")]),
    ("Der Bundespräsident hat am Montag die neue Bundesregierung in der Hofburg angelobt.", WED,
     [Exp(O, None, "2024-03-11", "past")]),
]

NOTHING = [
    "Die Bundeskanzlerin reist gern mit dem Zug.",
    "Staatsbesuche werden in der Regel lange im Voraus geplant.",
    "Bayern München traf am Samstag auf Borussia Dortmund.",
    "Das Treffen der Fußballfans verlief friedlich.",
    "Der Autobauer unterzeichnete am Montag einen Liefervertrag mit einem Batteriehersteller.",
    "Die Zahl der Asylanträge stieg im Februar deutlich.",
    "Ein Mann starb am Montag bei einem Verkehrsunfall in Köln.",
    "Zwei Touristen sind am Dienstag in Rom gelandet.",
    "Die Wähler sind aufgerufen, ihre Stimme abzugeben.",
    "Seit 1990 hat kein Bundeskanzler so oft China besucht.",
    "Tomas Reyes hat das Land in seiner Amtszeit bereits dreimal besucht.",
    "Telefonate zwischen den beiden Regierungen sind selten geworden.",
    "Die Mannschaft gewann das Spiel am Sonntag mit 3:1.",
    "Der Verein wählte am Montag einen neuen Vorstand.",
    "Umfragen sehen die Partei bei 30 Prozent.",
    "Am Montag wird das Wetter in Berlin sonnig.",
    "Der Zug aus Hamburg traf mit Verspätung in München ein.",
    "Viele Abgeordnete besuchen im Sommer ihre Wahlkreise.",
    "Besuche von Staatsgästen kosten die Stadt jedes Jahr Millionen.",
    "Die Konferenz der Kultusminister berät jedes Jahr über die Ferientermine.",
    "Der Bürgermeister empfängt jeden Montag Bürger in seiner Sprechstunde.",
    "Der Fußballverein verpflichtete am Montag einen neuen Trainer.",
    "Das Unternehmen ernannte Anna Berg zur neuen Finanzchefin.",
    "Der Dax schloss am Dienstag mit einem Plus.",
    "Im Fernsehen lief am Abend eine Dokumentation über den Kalten Krieg.",
    "Der Schauspieler erhielt am Sonntag in Los Angeles einen Oscar.",
    "Wer die Wahl gewinnt, ist völlig offen.",
    "Die Kinder besuchten am Montag den Zoo.",
    "Immer mehr Menschen telefonieren über das Internet.",
    "Experten sagen, die Inflation werde im Sommer sinken.",
    "Die Preise für Heizöl sind im Winter gestiegen.",
    "Gipfeltreffen dieser Art enden oft ohne greifbare Ergebnisse.",
    "Ein Sprecher der Bahn sagte, die Strecke bleibe gesperrt.",
    "Ein Passant sagte, er habe einen lauten Knall gehört.",
    "Die Fluggesellschaft kündigte am Dienstag neue Verbindungen nach Asien an.",
    "Der Präsident eines Fußballvereins trat am Montag zurück.",
    "Ein Wanderer kam am Sonntag in den Alpen ums Leben.",
    "Der Konzern schloss am Montag die Übernahme eines Konkurrenten ab.",
    "Die Bundesregierung hält Telefonate mit Moskau derzeit für sinnlos.",
    "Viele Staatschefs besuchen regelmäßig die Vereinten Nationen.",
    "Die Opposition fordert seit Monaten den Rücktritt des Ministers.",
    "Die Zahl der Staatsbesuche ist seit 2019 gesunken.",
    "Der FC Bayern gewann am Samstag gegen Dortmund.",
    "Der Wetterdienst warnte am Montag vor Sturmböen.",
    "Die Bahn kündigte am Montag höhere Preise an.",
    "Die Firma Siemens unterzeichnete am Montag einen Vertrag mit der Deutschen Bahn.",
    "Der Vorstand des Vereins trat am Montag geschlossen zurück.",
    "Der Zug kam am Montag pünktlich in Berlin an.",
    "Tausende Fans reisten am Wochenende nach Dortmund.",
    "Die Nationalmannschaft reist am Montag nach Katar.",
    "Der Trainer wurde am Montag entlassen.",
    "Die Ausstellung ist seit Montag in Oslo zu sehen.",
    "Die Familie Kern ist seit Jahren in Oslo.",
    "Die Mannschaft unterlag am Sonntag dem FC Oslo.",
    "Der Spieler hat sich am Sonntag gegen alle Widerstände durchgesetzt.",
    "Die Bauern protestierten am Montag gegen die Agrarpolitik.",
    "Der Aufsichtsrat lehnte den Vorschlag am Montag ab.",
    "Die Richter verkündeten am Montag das Urteil.",
    "Der Sturm drohte am Montag mit heftigen Böen.",
    "Die Bank machte den Zinsanstieg für den Verlust verantwortlich.",
    "Die Opposition erhob am Montag Rücktrittsforderungen gegen die Ministerin.",
    "Ein Besuch in Peking steht derzeit nicht auf dem Programm.",
]


# What kb does not meet yet, with the reason (the sentence's opening words -> why).
XFAIL = {
    "Die EU-Kommissionschefin Ursula von der Leyen ist am Montag zu einer Rundreise":
        "a region (Westafrika) is no place of the gazetteer, and 'durch' is no destination",
    "Papst Franziskus besuchte am Sonntag die Insel Lampedusa":
        "the island is not in the gazetteer, so the visit has no place",
    "Die Russen wählen vom 15. bis 17. März":
        "a vote by a people ('Die Russen wählen') with no candidate named is not read",
    "Die Zeitung „Le Monde“ berichtete":
        "the outlet's quoted name after 'Die Zeitung' is not taken as the reporter",
    "Die Staats- und Regierungschefs verabschiedeten":
        "a declaration adopted by unnamed leaders has no party",
}
XFAIL.update({
    "Das teilte das Präsidialamt in Kiew":
        "an office the gazetteer does not know (Präsidialamt) speaks for no one",
    "Olaf Scholz bezeichnete den Angriff":
        "'bezeichnete ... als' as a statement was tried and dropped: it added a spurious statement "
        "on the development guard",
})
XFAIL.update({
    "Der „Spiegel“ berichtete":
        "an outlet named in quotation marks is no mention, so the report has no outlet",
})
XFAIL.update({
    "Paula Brandstetter verteidigte am Montag": "'verteidigte' as a statement was tried and dropped: it added "
                                                "a spurious statement on the development guard",
})
XFAIL_NONE = {
    "Die Bundesregierung hält Telefonate": "a plural event noun without an article is read as an event",
}


def _reason(text: str, table: dict[str, str]) -> str | None:
    return next((why for start, why in table.items() if text.startswith(start)), None)


def _cases(groups):
    out = []
    for name, group in groups:
        for i, (text, dct, exps) in enumerate(group):
            why = _reason(text, XFAIL)
            marks = [pytest.mark.xfail(reason=why, strict=True)] if why else []
            out.append(pytest.param(text, dct, exps, id=f"{name}-{i}", marks=marks))
    return out


NEGATIVE = [pytest.param(text, marks=[pytest.mark.xfail(reason=why, strict=True)] if why else [])
            for text in NOTHING for why in [_reason(text, XFAIL_NONE)]]


POSITIVE = _cases([("visit", VISITS), ("meeting", MEETINGS), ("call", CALLS), ("election", ELECTIONS),
                   ("statement", STATEMENTS), ("other", OTHERS)])


@pytest.mark.parametrize("text,dct,exps", POSITIVE)
def test_the_events_a_reader_would_list(text, dct, exps):
    events = run(text, dct)
    for exp in exps:
        assert any(matches(ev, exp) for ev in events), f"missing {exp}; got {describe(events)}"
    # no class listed more often than the reader lists it (one trip told by a verb and a noun is one)
    want = Counter(coarse(exp.type.split("|")[0]) for exp in exps)
    got = Counter(coarse(record_type(ev)) for ev in events)
    assert all(got[k] <= n for k, n in want.items()), f"too many: {describe(events)}"


@pytest.mark.parametrize("text", NEGATIVE)
def test_no_event(text):
    events = run(text, WED)
    assert not events, describe(events)
