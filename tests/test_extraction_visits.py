"""A challenge set of visits (the Visit class: StateVisit) in German and English news sentences,
written for this test in the styles of agency wires, newspapers and government readouts.

It covers the constructions a news reader meets: travel verbs ("besuchen", "reisen nach",
"eintreffen", "ankommen", "weilen", "sich aufhalten", "zu Gast sein bei", "empfangen werden",
"Station machen", "bereisen", "aufbrechen nach", "fliegen nach", "einen Besuch abstatten"; "visit",
"travel to", "arrive in", "be in X for talks", "host", "welcome", "tour", "stop over in", "head to",
"land in", "pay a visit"), visit nouns ("Staatsbesuch", "Antrittsbesuch", "Arbeitsbesuch",
"Besuchsreise", "Reise", "Visite", "Stippvisite", "Aufenthalt", "Abstecher", "Auslandsreise";
"state visit", "official visit", "trip", "tour", "stopover"), passives, participles, appositions and
relative clauses, hosts (a comitative, a receiver, an inviting head of state), planned and
hypothetical visits and visits that were called off.

Every positive case lists the visits a careful reader would list under the conventions of the
development set's README, each as ``V(guest, date, status, host, place)``: a name the guest's
participant must have (its canonical name, or None: not checked), the date value (an interval
matches its start; None: not checked), the status (several joined by ``|``), a name the host's
participant must have (None: not checked) and a part of the place's name (None: not checked). A
case also fails when kb lists more visits than the reader does (one trip told by a verb and a noun
is one visit). Other events of the sentence (a meeting during the visit) are not checked here. The
sentences of NOTHING must produce no visit at all: generic, habitual and aggregate mentions,
tourists, visitors, travel warnings and bans, goods and teams that travel.

Names are invented (Paula Brandstetter, Tomas Reyes, Clara Dumont, ...) or generic real ones; no
sentence comes from the development or test texts. What kb does not read yet is marked as a strict
xfail with the reason.
"""

from __future__ import annotations

from typing import NamedTuple

import pytest

from kb.eventtypes import family

from extraction_cases import events_of, matches, param, show

DE_DCT = "2024-03-13"  # a Wednesday: "am Montag" told in the past is 2024-03-11, "am Freitag" to come 2024-03-15
EN_DCT = "2025-03-12"  # a Wednesday: "on Monday" in a report is 2025-03-10, "on Friday" to come 2025-03-14


class V(NamedTuple):
    guest: str | None
    date: str | None
    status: str
    host: str | None = None
    place: str | None = None


def _visits(evs) -> list:
    return [e for e in evs if family(e.type) == "Visit"]


def _has_role(ev, role: str, name: str) -> bool:
    return any(p.role == role and name in (p.name or "") for p in ev.participants)


def day_part(value: str) -> str:
    """The date without a part of the day ("2024-03-11TEV" is the evening of 2024-03-11)."""
    return "/".join(v[:10] if v[:4].isdigit() else v for v in value.split("/"))


def visit_matches(ev, want: V) -> bool:
    if not matches(ev, ("StateVisit", None, None, want.status)):
        return False
    if want.date is not None:
        value = day_part(ev.date.value) if ev.date else ""
        if value != want.date and not value.startswith(want.date + "/"):
            return False
    if want.guest is not None and not _has_role(ev, "guest", want.guest):
        return False
    if want.host is not None and not _has_role(ev, "host", want.host):
        return False
    return want.place is None or (ev.place is not None and want.place in (ev.place.name or ""))


def _show(evs) -> str:
    return show(evs) + " | " + "; ".join(
        f"{[(p.name, p.role) for p in e.participants]} at {e.place.name if e.place else None}" for e in evs)


# ---------------------------------------------------------------------------------------- German
# dates against Wednesday 2024-03-13
DE = [
    # --- besuchen, einen Besuch abstatten
    ("Bundespräsident Frank-Walter Steinmeier besuchte am Dienstag die litauische Hauptstadt Vilnius.",
     [V("Frank-Walter Steinmeier", "2024-03-12", "past", None, "Vilnius")]),
    ("Paula Brandstetter besucht am Freitag Warschau.",
     [V("Paula Brandstetter", "2024-03-15", "planned", None, "Warsaw")]),
    ("Am Montag hat Emmanuel Macron die Republik Moldau besucht.",
     [V("Emmanuel Macron", "2024-03-11", "past", None, "Moldova")]),
    ("Olaf Scholz stattete Litauen am Dienstag einen Besuch ab.",
     [V("Olaf Scholz", "2024-03-12", "past", None, "Lithuania")]),
    ("Am Montag stattete Tomas Reyes der Stadt Madrid einen Überraschungsbesuch ab.",
     [V("Tomas Reyes", "2024-03-11", "past", None, "Madrid")]),
    ("Der Präsident Kenias, William Ruto, besucht in der kommenden Woche Berlin und Hamburg.",
     [V("William Ruto", "2024-03-18", "planned", None, "Berlin")]),
    # --- reisen nach / in, weiterreisen, aufbrechen, fliegen, landen
    ("Paula Brandstetter reist am Donnerstag nach Rom.",
     [V("Paula Brandstetter", "2024-03-14", "planned", None, "Rome")]),
    ("Wolodymyr Selenskyj ist am Montag überraschend nach Washington gereist.",
     [V("Volodymyr Zelenskyy", "2024-03-11", "past", None, "Washington")]),
    ("Der Kanzler ist am Dienstag zu Gesprächen nach Paris geflogen.",
     [V("Olaf Scholz", "2024-03-12", "past", None, "Paris")]),
    ("Olaf Scholz ist am Montag in die Türkei gereist.",
     [V("Olaf Scholz", "2024-03-11", "past", None, "Turkey")]),
    ("Am Dienstag reiste Annalena Baerbock in den Libanon.",
     [V("Annalena Baerbock", "2024-03-12", "past", None, "Lebanon")]),
    ("Tomas Reyes reist am Freitag von Madrid aus weiter nach Lissabon.",
     [V("Tomas Reyes", "2024-03-15", "planned", None, "Lisbon")]),
    ("Marta Kovalenko bricht am Sonntag zu einer Reise nach Japan auf.",
     [V("Marta Kovalenko", "2024-03-17", "planned", None, "Japan")]),
    ("Olaf Scholz ist am Montag zu einer dreitägigen Reise nach Indien aufgebrochen.",
     [V("Olaf Scholz", "2024-03-11", "past|ongoing", None, "India")]),
    ("Olaf Scholz flog am Montagmorgen nach Kiew.",
     [V("Olaf Scholz", "2024-03-11", "past", None, "Kyiv")]),
    ("Am Dienstag fliegt Annalena Baerbock weiter nach Jordanien.",
     [V("Annalena Baerbock", "2024-03-19", "planned", None, "Jordan")]),
    # --- eintreffen, ankommen
    ("Olaf Scholz traf am Dienstagabend in Neu-Delhi ein.",
     [V("Olaf Scholz", "2024-03-12", "past", None, "New Delhi")]),
    ("Der polnische Präsident Andrzej Duda ist am Montag zu einem zweitägigen Besuch in Berlin eingetroffen.",
     [V("Andrzej Duda", "2024-03-11", "past|ongoing", None, "Berlin")]),
    ("Emmanuel Macron kam am Sonntag in Lissabon an.",
     [V("Emmanuel Macron", "2024-03-10", "past", None, "Lisbon")]),
    ("Am Montagabend ist Annalena Baerbock in Kairo angekommen.",
     [V("Annalena Baerbock", "2024-03-11", "past|ongoing", None, "Cairo")]),
    ("Nachdem er am Montag in Ankara eingetroffen war, sprach Olaf Scholz mit Recep Tayyip Erdoğan.",
     [V("Olaf Scholz", "2024-03-11", "past", None, "Ankara")]),
    ("Tomas Reyes wird am Freitag in Paris eintreffen.",
     [V("Tomas Reyes", "2024-03-15", "planned", None, "Paris")]),
    ("Am Freitag geht es für Olaf Scholz weiter nach Litauen.",
     [V("Olaf Scholz", "2024-03-15", "planned", None, "Lithuania")]),
    ("Am Montag ging es für Annalena Baerbock weiter nach Vilnius.",
     [V("Annalena Baerbock", "2024-03-11", "past", None, "Vilnius")]),
    ("Ihre erste Auslandsreise führte Paula Brandstetter am Montag nach Paris.",
     [V("Paula Brandstetter", "2024-03-11", "past", None, "Paris")]),
    ("Olaf Scholz will im Juni nach Kiew kommen.",
     [V("Olaf Scholz", "2024-06", "planned", None, "Kyiv")]),
    ("Als erster Kanzler seit 2015 besucht Olaf Scholz am Freitag Nigeria.",
     [V("Olaf Scholz", "2024-03-15", "planned", None, "Nigeria")]),
    # the office noun before a country in its plain form: the country is the destination
    ("Am Freitag besucht der Kanzler Nigeria.",
     [V("Olaf Scholz", "2024-03-15", "planned", None, "Nigeria")]),
    ("Vom 3. bis 5. Juli bereist der Bundespräsident Brasilien.",
     [V("Frank-Walter Steinmeier", "2024-07-03", "planned", None, "Brazil")]),
    ("Olaf Scholz reist am Sonntag mit einer Wirtschaftsdelegation nach China.",
     [V("Olaf Scholz", "2024-03-17", "planned", None, "China")]),
    ("Olaf Scholz und Emmanuel Macron reisten am Montag gemeinsam nach Kiew.",
     [V("Emmanuel Macron", "2024-03-11", "past", None, "Kyiv")]),
    # --- weilen, sich aufhalten, sein in ... zu / seit
    ("Frank-Walter Steinmeier, der derzeit in Kenia weilt, sprach am Dienstag vor Studenten in Nairobi.",
     [V("Frank-Walter Steinmeier", None, "ongoing", None, "Kenya")]),
    ("Giorgia Meloni weilte am Montag zu Gesprächen in Paris.",
     [V("Giorgia Meloni", "2024-03-11", "past", None, "Paris")]),
    ("Tomas Reyes hält sich seit Sonntag in Madrid auf.",
     [V("Tomas Reyes", "2024-03-10", "ongoing", None, "Madrid")]),
    ("Annalena Baerbock hielt sich am Montag zu Gesprächen in Riad auf.",
     [V("Annalena Baerbock", "2024-03-11", "past", None, "Riyadh")]),
    ("Olaf Scholz ist seit Montag in China.",
     [V("Olaf Scholz", "2024-03-11", "ongoing", None, "China")]),
    ("Ursula von der Leyen wird am Freitag in Kiew sein.",
     [V("Ursula von der Leyen", "2024-03-15", "planned", None, "Kyiv")]),
    ("Ursula von der Leyen ist heute in Kiew, um mit Präsident Selenskyj zu sprechen.",
     [V("Ursula von der Leyen", "2024-03-13", "ongoing", None, "Kyiv")]),
    ("Olaf Scholz war am Montag in Paris gewesen.",
     [V("Olaf Scholz", "2024-03-11", "past", None, "Paris")]),
    ("Papst Franziskus trifft am Samstag in Lissabon ein und bleibt bis Montag in Portugal.",
     [V("Pope Francis", "2024-03-16", "planned", None, "Lisbon")]),
    ("Am 15. Mai wird Papst Franziskus in Lissabon erwartet.",
     [V("Pope Francis", "2024-05-15", "planned", None, "Lisbon")]),
    # --- zu Gast sein, empfangen werden, Station machen, bereisen
    ("Olaf Scholz war am Montag bei Präsident Joe Biden in Washington zu Gast.",
     [V("Olaf Scholz", "2024-03-11", "past", "Joe Biden", "Washington")]),
    ("Am Dienstag ist Emmanuel Macron in Rom zu Gast gewesen.",
     [V("Emmanuel Macron", "2024-03-12", "past", None, "Rome")]),
    # a reception without a visit word is a meeting only (the development set's convention)
    ("Olaf Scholz wird am Freitag in Washington von Präsident Joe Biden empfangen.", []),
    ("Olaf Scholz empfing am Montag Emmanuel Macron in Berlin.", []),
    ("Emmanuel Macron ist am Dienstag in Berlin mit militärischen Ehren empfangen worden.",
     [V("Emmanuel Macron", "2024-03-12", "past", None, "Berlin")]),
    ("Auf ihrer Reise durch Westafrika macht Paula Brandstetter am Donnerstag Station in Accra.",
     [V("Paula Brandstetter", "2024-03-14", "planned", None, "Accra")]),
    ("Frank-Walter Steinmeier bereiste im Februar Chile und Argentinien.",
     [V("Frank-Walter Steinmeier", "2024-02", "past", None, None)]),
    # --- nouns
    ("Der Staatsbesuch von Emmanuel Macron in Schweden beginnt am Montag.",
     [V("Emmanuel Macron", "2024-03-18", "planned", None, "Sweden")]),
    ("Zu ihrem Antrittsbesuch reist Paula Brandstetter am Freitag nach Paris.",
     [V("Paula Brandstetter", "2024-03-15", "planned", None, "Paris")]),
    ("Bei seinem Arbeitsbesuch in Rom traf Olaf Scholz am Montag Giorgia Meloni.",
     [V("Olaf Scholz", "2024-03-11", "past", None, "Rome")]),
    ("Die Besuchsreise von Frank-Walter Steinmeier nach Vietnam dauert bis Donnerstag.",
     [V("Frank-Walter Steinmeier", None, "ongoing", None, "Vietnam")]),
    ("Die Reise von Annalena Baerbock nach Kairo ist für Sonntag geplant.",
     [V("Annalena Baerbock", "2024-03-17", "planned", None, "Cairo")]),
    ("Karl Nehammer legte am Montag eine Stippvisite in Prag ein.",
     [V("Karl Nehammer", "2024-03-11", "past", None, "Prague")]),
    ("Während ihres Aufenthalts in Peking traf Annalena Baerbock am Montag den chinesischen Außenminister.",
     [V("Annalena Baerbock", "2024-03-11", "past", None, "Beijing")]),
    ("Auf dem Rückweg machte Olaf Scholz am Dienstag einen Abstecher nach Vilnius.",
     [V("Olaf Scholz", "2024-03-12", "past", None, "Vilnius")]),
    ("Die erste Auslandsreise von Tomas Reyes führte ihn am Montag nach Madrid.",
     [V("Tomas Reyes", "2024-03-11", "past", None, "Madrid")]),
    ("Der Besuch des Kanzlers in Japan endete am Dienstag.",
     [V("Olaf Scholz", None, "past", None, "Japan")]),
    ("Justin Trudeau sprach am Montag anlässlich des Besuchs des Bundeskanzlers in Ottawa über Handel.",
     [V("Olaf Scholz", "2024-03-11", "past", None, "Ottawa")]),
    ("Beim Besuch der Heimatstadt von Papst Franziskus betete Paula Brandstetter am Montag in Buenos Aires.",
     [V("Paula Brandstetter", "2024-03-11", "past", None, "Buenos Aires")]),
    ("Beim Besuch von Emmanuel Macron bei Olaf Scholz in Berlin ging es am Montag um Handel.",
     [V("Emmanuel Macron", "2024-03-11", "past", "Olaf Scholz", "Berlin")]),
    ("Die Visite von Emmanuel Macron in Brüssel dauerte nur wenige Stunden.",
     [V("Emmanuel Macron", None, "past", None, "Brussels")]),
    # --- appositions, relative clauses, participles
    ("Giorgia Meloni, die am Montag in Tokio eingetroffen war, traf am Dienstag den japanischen Regierungschef.",
     [V("Giorgia Meloni", "2024-03-11", "past", None, "Tokyo")]),
    ("Der Präsident Kenias, William Ruto, ist am Dienstag in Berlin eingetroffen.",
     [V("William Ruto", "2024-03-12", "past", None, "Berlin")]),
    ("Emmanuel Macron, der am Freitag nach Kiew reisen will, telefonierte am Dienstag mit Olaf Scholz.",
     [V("Emmanuel Macron", "2024-03-15", "planned", None, "Kyiv")]),
    ("In Kairo eingetroffen, traf Annalena Baerbock am Dienstag ihren ägyptischen Amtskollegen.",
     [V("Annalena Baerbock", "2024-03-12", "past", None, "Cairo")]),
    # --- hosts
    ("Auf Einladung von Präsident Andrzej Duda besucht Olaf Scholz am Freitag Warschau.",
     [V("Olaf Scholz", "2024-03-15", "planned", "Andrzej Duda", "Warsaw")]),
    ("Olaf Scholz empfängt am Freitag den französischen Präsidenten zu einem Arbeitsbesuch in Berlin.",
     [V("Emmanuel Macron", "2024-03-15", "planned", "Olaf Scholz", "Berlin")]),
    ("Emmanuel Macron erwartet Olaf Scholz am Freitag zu einem Staatsbesuch in Paris.",
     [V("Olaf Scholz", "2024-03-15", "planned", "Emmanuel Macron", "Paris")]),
    ("Tomas Reyes ist am Montag zu einem Besuch bei Olaf Scholz nach Berlin gereist.",
     [V("Tomas Reyes", "2024-03-11", "past", "Olaf Scholz", "Berlin")]),
    # --- planned
    ("Annalena Baerbock soll am Sonntag nach Israel reisen.",
     [V("Annalena Baerbock", "2024-03-17", "planned", None, "Israel")]),
    ("Olaf Scholz wird am Freitag in Paris erwartet.",
     [V("Olaf Scholz", "2024-03-15", "planned", None, "Paris")]),
    ("Der chinesische Staatschef Xi Jinping will im Mai nach Frankreich reisen.",
     [V("Xi Jinping", "2024-05", "planned", None, "France")]),
    ("Im April wird Emmanuel Macron zu einem Staatsbesuch in Deutschland erwartet.",
     [V("Emmanuel Macron", "2024-04", "planned", None, "Germany")]),
    ("Frank-Walter Steinmeier plant für Ende April einen Besuch in Mexiko.",
     [V("Frank-Walter Steinmeier", "2024-04", "planned", None, "Mexico")]),
    ("In der kommenden Woche reist Olaf Scholz nach China.",
     [V("Olaf Scholz", "2024-03-18", "planned", None, "China")]),
    ("Wie das Präsidialamt mitteilte, wird Tomas Reyes am Montag nach Lima aufbrechen.",
     [V("Tomas Reyes", "2024-03-18", "planned", None, "Lima")]),
    # --- hypothetical, called off, negated
    ("Olaf Scholz könnte schon im Juni nach Kiew reisen.",
     [V("Olaf Scholz", None, "hypothetical", None, "Kyiv")]),
    ("Ein Besuch von Xi Jinping in Berlin wäre ein wichtiges Signal.",
     [V("Xi Jinping", None, "hypothetical", None, "Berlin")]),
    ("Olaf Scholz wird nicht zur Amtseinführung nach Moskau reisen.",
     [V("Olaf Scholz", None, "did_not_occur", None, "Moscow")]),
    ("Emmanuel Macron hat seinen für Montag geplanten Besuch in Algerien abgesagt.",
     [V("Emmanuel Macron", None, "did_not_occur", None, "Algeria")]),
    # --- headlines
    ("Steinmeier zu Besuch in Kenia",
     [V("Frank-Walter Steinmeier", None, "past|ongoing", None, "Kenya")]),
    ("Kanzler Scholz reist nach Peking",
     [V("Olaf Scholz", None, "planned|ongoing|past", None, "Beijing")]),
]

# a landing is an arrival (Other/Arrival), as the development set's README has it, not a visit
DE_ARRIVALS = [
    ("Olaf Scholz landete am Montagabend in Tel Aviv.", ("Other/Arrival", "Olaf Scholz", "2024-03-11", "past")),
    ("Die Maschine mit Emmanuel Macron an Bord ist am Dienstag in Algier gelandet.",
     ("Other/Arrival", "Emmanuel Macron", "2024-03-12", "past")),
]

DE_NOTHING = [
    "Besuche sind wichtig für die Beziehungen zwischen den Ländern.",
    "Die Besucherzahlen des Museums in Berlin stiegen im Februar deutlich.",
    "Das Auswärtige Amt hat am Montag eine Reisewarnung für Mali herausgegeben.",
    "Touristen reisen im Sommer gern nach Italien.",
    "Jedes Jahr reisen Tausende Pilger nach Rom.",
    "Die Besucher drängten sich am Sonntag vor dem Reichstag in Berlin.",
    "Der Zug nach Hamburg kam am Montag mit einer Stunde Verspätung an.",
    "Die Hilfslieferung traf am Dienstag in Kiew ein.",
    "Die Botschaft kam bei den Wählern in Bayern gut an.",
    "Die Reisekosten der Minister sind im vergangenen Jahr gestiegen.",
    "Eine Liste der Staatsbesuche seit 1990 findet sich im Archiv des Bundespräsidenten.",
    "Die Zahl der Auslandsreisen des Kanzlers ist gestiegen.",
    "Reisen nach Nordkorea sind für Touristen kaum möglich.",
    "Die Fußballmannschaft reiste am Montag nach Madrid.",
    "Der Flug nach Paris wurde am Montag wegen Nebels gestrichen.",
    "Die Aufenthaltsgenehmigung gilt für drei Jahre.",
    "Die Regierung verhängte am Montag ein Einreiseverbot für Touristen aus Russland.",
    "Viele Deutsche fliegen im Urlaub nach Spanien.",
    "Der Staatsbesuch ist ein wichtiges Instrument der Diplomatie.",
    "Ein Besuch im Zoo lohnt sich immer.",
    "Das Ministerium rät von Reisen nach Libyen ab.",
    "Die Delegation aus Japan besichtigte am Montag ein Werk in Wolfsburg.",
    "Die Nachricht erreichte Berlin am Montagabend.",
    "Die Spur führt nach Moskau.",
    "Das Wetter wird in Berlin am Wochenende sonnig sein.",
    "Der Gipfel wird in Rom sein.",
    "Die Ermittlungen führten die Polizei am Montag nach Hamburg.",
    "Bei dem Treffen geht es am Montag um Handel mit China.",
    "Die Zahl der Gäste in den Hotels von Wien ist im Februar gesunken.",
]

# ---------------------------------------------------------------------------------------- English
# dates against Wednesday 2025-03-12
EN = [
    # --- visit, pay a visit
    ("President Emmanuel Macron visited Warsaw on Tuesday.",
     [V("Emmanuel Macron", "2025-03-11", "past", None, "Warsaw")]),
    ("Clara Dumont will visit Japan next week.",
     [V("Clara Dumont", "2025-03-17", "planned", None, "Japan")]),
    ("On Monday, Pedro Sánchez visited the Moroccan capital Rabat.",
     [V("Pedro Sánchez", "2025-03-10", "past", None, "Rabat")]),
    ("Emmanuel Macron paid a visit to Kyiv on Monday.",
     [V("Emmanuel Macron", "2025-03-10", "past", None, "Kyiv")]),
    ("Olaf Scholz paid a surprise visit to Lithuania on Tuesday.",
     [V("Olaf Scholz", "2025-03-11", "past", None, "Lithuania")]),
    ("Narendra Modi is visiting France this week.",
     [V("Narendra Modi", None, "ongoing", None, "France")]),
    # --- travel to, head to, fly, land, arrive
    ("Olaf Scholz travelled to Beijing on Monday.",
     [V("Olaf Scholz", "2025-03-10", "past", None, "Beijing")]),
    ("Clara Dumont will travel to Nairobi on Friday.",
     [V("Clara Dumont", "2025-03-14", "planned", None, "Nairobi")]),
    ("Marco Rubio heads to Saudi Arabia on Sunday.",
     [V("Marco Rubio", "2025-03-16", "planned", None, "Saudi Arabia")]),
    ("Clara Dumont headed to Tokyo on Monday after two days in Seoul.",
     [V("Clara Dumont", "2025-03-10", "past", None, "Tokyo")]),
    ("Joe Biden landed in Hanoi on Sunday.",
     [V("Joe Biden", "2025-03-09", "past", None, "Hanoi")]),
    ("Narendra Modi arrived in Washington on Tuesday for a two-day visit.",
     [V("Narendra Modi", "2025-03-11", "past|ongoing", None, "Washington")]),
    ("Olaf Scholz flew to Kyiv on Monday.",
     [V("Olaf Scholz", "2025-03-10", "past", None, "Kyiv")]),
    ("Emmanuel Macron will fly to Beijing on Sunday.",
     [V("Emmanuel Macron", "2025-03-16", "planned", None, "Beijing")]),
    ("Clara Dumont arrived in Ottawa late on Monday.",
     [V("Clara Dumont", "2025-03-10", "past", None, "Ottawa")]),
    ("After arriving in Cairo on Tuesday, Olaf Scholz met Abdel Fattah el-Sisi.",
     [V("Olaf Scholz", "2025-03-11", "past", None, "Cairo")]),
    ("Emmanuel Macron has arrived in Canberra.",
     [V("Emmanuel Macron", None, "past|ongoing", None, "Canberra")]),
    # --- be in X for talks, be expected, be due
    ("The Indian prime minister Narendra Modi is in Paris for talks with Emmanuel Macron.",
     [V("Narendra Modi", None, "ongoing", None, "Paris")]),
    ("Clara Dumont was in Madrid on Monday for talks on migration.",
     [V("Clara Dumont", "2025-03-10", "past", None, "Madrid")]),
    ("Pedro Sánchez is expected in Rabat on Thursday.",
     [V("Pedro Sánchez", "2025-03-13", "planned", None, "Rabat")]),
    ("Clara Dumont is due in Lisbon on Friday.",
     [V("Clara Dumont", "2025-03-14", "planned", None, "Lisbon")]),
    ("Keir Starmer is scheduled to visit Washington next week.",
     [V("Keir Starmer", "2025-03-17", "planned", None, "Washington")]),
    ("Clara Dumont will be in Geneva on Friday for talks with Jonas Meier.",
     [V("Clara Dumont", "2025-03-14", "planned", None, "Geneva")]),
    # --- host, welcome, receive
    ("Luiz Inácio Lula da Silva hosted Xi Jinping in Brasília on Tuesday for a state visit.",
     [V("Xi Jinping", "2025-03-11", "past", "Luiz Inácio Lula da Silva", None)]),
    ("Joe Biden will host Olaf Scholz for an official visit on Friday.",
     [V("Olaf Scholz", "2025-03-14", "planned", "Joe Biden", None)]),
    ("Emmanuel Macron welcomed Narendra Modi to Paris on Monday for a three-day state visit.",
     [V("Narendra Modi", "2025-03-10", "past|ongoing", "Emmanuel Macron", "Paris")]),
    ("Clara Dumont was received with military honours in Accra on Tuesday.",
     [V("Clara Dumont", "2025-03-11", "past", None, "Accra")]),
    ("Olaf Scholz will be welcomed with full military honours in Paris on Friday.",
     [V("Olaf Scholz", "2025-03-14", "planned", None, "Paris")]),
    ("At the invitation of the Polish president, Olaf Scholz travelled to Warsaw on Monday.",
     [V("Olaf Scholz", "2025-03-10", "past", "Andrzej Duda", "Warsaw")]),
    # --- tour, stop over, stopover
    ("Ursula von der Leyen toured Slovenia on Tuesday.",
     [V("Ursula von der Leyen", "2025-03-11", "past", None, "Slovenia")]),
    ("Xi Jinping stopped over in Hungary on Monday on his way back from Serbia.",
     [V("Xi Jinping", "2025-03-10", "past", None, "Hungary")]),
    ("Clara Dumont made a brief stopover in Dubai on Monday.",
     [V("Clara Dumont", "2025-03-10", "past", None, "Dubai")]),
    ("Clara Dumont wrapped up a three-day tour of Ghana on Saturday.",
     [V("Clara Dumont", None, "past", None, "Ghana")]),
    # --- nouns
    ("The state visit of King Charles to Kenya began on Tuesday.",
     [V("Charles", "2025-03-11", "past|ongoing", None, "Kenya")]),
    ("During his official visit to Jakarta on Monday, Narendra Modi met Prabowo Subianto.",
     [V("Narendra Modi", "2025-03-10", "past", None, "Jakarta")]),
    ("Clara Dumont's trip to Brazil is planned for April.",
     [V("Clara Dumont", "2025-04", "planned", None, "Brazil")]),
    ("Olaf Scholz's first trip to Africa as chancellor took him to Senegal on Sunday.",
     [V("Olaf Scholz", "2025-03-09", "past", None, "Senegal")]),
    ("The trip took Olaf Scholz to Paris on Monday.",
     [V("Olaf Scholz", "2025-03-10", "past", None, "Paris")]),
    ("Her first foreign trip took Olaf Scholz to Paris on Monday.",
     [V("Olaf Scholz", "2025-03-10", "past", None, "Paris")]),
    ("Emmanuel Macron began a working visit to Morocco on Monday.",
     [V("Emmanuel Macron", "2025-03-10", "past|ongoing", None, "Morocco")]),
    ("The trip by Clara Dumont to Vietnam ended on Tuesday.",
     [V("Clara Dumont", None, "past", None, "Vietnam")]),
    ("Jonas Meier's stopover in Singapore lasted only a few hours.",
     [V("Jonas Meier", None, "past", None, "Singapore")]),
    # --- appositions, relative clauses, participles
    ("Olaf Scholz, who arrived in Washington on Thursday, will meet Joe Biden on Friday.",
     [V("Olaf Scholz", "2025-03-06", "past", None, "Washington")]),
    ("Narendra Modi, currently on a state visit to France, laid a wreath in Paris on Tuesday.",
     [V("Narendra Modi", None, "ongoing", None, "France")]),
    ("The president of Kenya, William Ruto, arrived in Berlin on Monday.",
     [V("William Ruto", "2025-03-10", "past", None, "Berlin")]),
    ("Clara Dumont, who will travel to Oslo on Friday, spoke with Jonas Meier on Tuesday.",
     [V("Clara Dumont", "2025-03-14", "planned", None, "Oslo")]),
    # --- hosts by invitation or with the host named
    ("At the invitation of Andrzej Duda, Olaf Scholz will visit Warsaw on Friday.",
     [V("Olaf Scholz", "2025-03-14", "planned", "Andrzej Duda", "Warsaw")]),
    ("Clara Dumont travelled to Berlin on Monday to meet Olaf Scholz.",
     [V("Clara Dumont", "2025-03-10", "past", None, "Berlin")]),
    # --- planned
    ("Emmanuel Macron will travel to Berlin on Friday.",
     [V("Emmanuel Macron", "2025-03-14", "planned", None, "Berlin")]),
    ("Xi Jinping is set to visit Moscow in May.",
     [V("Xi Jinping", "2025-05", "planned", None, "Moscow")]),
    ("Clara Dumont plans to visit Canada in April.",
     [V("Clara Dumont", "2025-04", "planned", None, "Canada")]),
    ("Next week Olaf Scholz travels to Japan.",
     [V("Olaf Scholz", "2025-03-17", "planned", None, "Japan")]),
    # --- hypothetical, called off, negated
    ("Clara Dumont could travel to Moscow as early as June.",
     [V("Clara Dumont", None, "hypothetical", None, "Moscow")]),
    ("A visit by Xi Jinping to Washington would be a strong signal.",
     [V("Xi Jinping", None, "hypothetical", None, "Washington")]),
    ("Olaf Scholz did not travel to Riga on Monday.",
     [V("Olaf Scholz", None, "did_not_occur", None, "Riga")]),
    ("Emmanuel Macron cancelled his trip to Algeria on Monday.",
     [V("Emmanuel Macron", None, "did_not_occur", None, "Algeria")]),
    # --- headlines
    ("Macron visits Morocco",
     [V("Emmanuel Macron", None, "past|ongoing|planned", None, "Morocco")]),
    ("Scholz arrives in Tokyo for talks",
     [V("Olaf Scholz", None, "past|ongoing", None, "Tokyo")]),
]

EN_NOTHING = [
    "Official visits are an important part of diplomacy.",
    "The archive keeps a list of official visits since 1990.",
    "Visitors crowded the museum in Paris on Sunday.",
    "Tourists flocked to Venice over the weekend.",
    "The State Department issued a travel warning for Mali on Monday.",
    "The government imposed a travel ban on officials of the regime.",
    "Visitor numbers at the park rose by ten percent last year.",
    "Thousands of pilgrims travel to Rome every year.",
    "The shipment of grain arrived in Odessa on Tuesday.",
    "The national football team flew to Madrid on Monday.",
    "The storm arrived in Florida on Monday night.",
    "Travel to North Korea remains difficult for tourists.",
    "The number of foreign trips by the president has risen sharply.",
    "The flight to Paris was cancelled on Monday because of fog.",
    "Many Germans travel to Spain on holiday.",
    "Prices for trips to Mallorca have risen.",
    "The bill arrived in the Senate on Tuesday.",
    "The news reached Washington late on Monday.",
    "The band will tour Europe in the summer.",
    "The tour took the band to Berlin on Monday.",
    "The orchestra was welcomed with honours in Vienna on Monday.",
    "Visa rules for visitors to the United Kingdom changed on Monday.",
]


def _check(text: str, expected: list, lang: str, dct: str) -> None:
    evs = _visits(events_of(text, lang, dct))
    for want in expected:
        assert any(visit_matches(ev, want) for ev in evs), f"{want} not in: {_show(evs)}"
    assert len(evs) <= len(expected), f"more visits than the reader lists: {_show(evs)}"


XFAIL: dict[str, str] = {
    "Nachdem er am Montag in Ankara eingetroffen war, sprach Olaf Scholz mit Recep Tayyip Erdoğan.":
        "the subject of the fronted clause is a pronoun that points forward to the main clause's subject",
    "Ursula von der Leyen ist heute in Kiew, um mit Präsident Selenskyj zu sprechen.":
        "a present-tense stay told with 'heute' is read as past, not ongoing",
    "Olaf Scholz will im Juni nach Kiew kommen.":
        "a verb-final 'kommen' is not read as travel (as a lemma trigger it gave two visits the"
        " measure part does not list)",
    "In Kairo eingetroffen, traf Annalena Baerbock am Dienstag ihren ägyptischen Amtskollegen.":
        "a fronted participle clause without a subject of its own takes none from the main clause",
    "After arriving in Cairo on Tuesday, Olaf Scholz met Abdel Fattah el-Sisi.":
        "a fronted gerund clause without a subject of its own takes none from the main clause",
    "Her first foreign trip took Olaf Scholz to Paris on Monday.":
        "a possessive and an ordinal before the trip noun make the sentence a claim's; the trip is dropped",
    "A visit by Xi Jinping to Washington would be a strong signal.":
        "'would' after the noun phrase is not read as the visit's mood",
    "Scholz arrives in Tokyo for talks":
        "an English headline in the present tense is read as planned",
}


def _param(text, *rest):
    return param(XFAIL, text, *rest)


@pytest.mark.parametrize("text,expected", [_param(t, e) for t, e in DE])
def test_german_visit(text, expected):
    _check(text, expected, "de", DE_DCT)


@pytest.mark.parametrize("text,expected", [_param(t, e) for t, e in DE_ARRIVALS])
def test_german_landing_is_an_arrival(text, expected):
    evs = events_of(text, "de", DE_DCT)
    assert not _visits(evs), _show(evs)
    ev = next((e for e in evs if matches(e, (expected[0], None, None, expected[3]))), None)
    assert ev is not None and expected[1] in {p.name for p in ev.participants}, _show(evs)
    assert ev.date is not None and day_part(ev.date.value) == expected[2], _show(evs)


@pytest.mark.parametrize("text,expected", [_param(t, e) for t, e in EN])
def test_english_visit(text, expected):
    _check(text, expected, "en", EN_DCT)


@pytest.mark.parametrize("text", [_param(t) for t in DE_NOTHING])
def test_german_no_visit(text):
    evs = _visits(events_of(text, "de", DE_DCT))
    assert not evs, _show(evs)


@pytest.mark.parametrize("text", [_param(t) for t in EN_NOTHING])
def test_english_no_visit(text):
    evs = _visits(events_of(text, "en", EN_DCT))
    assert not evs, _show(evs)


def test_the_case_lists_are_large_enough():
    assert len(DE) + len(EN) >= 110 and len(DE_NOTHING) + len(EN_NOTHING) >= 40
