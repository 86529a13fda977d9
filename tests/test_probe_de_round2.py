"""A second probe battery of German agency-style sentences (dpa, AFP, broadcaster
and news-magazine style) of visits, meetings, summits, calls, agreements, war starts and aggregate
claims, with dates in every position, the three tenses, reported speech, and sentences that must
give nothing. Every sentence was written for these tests.

A case is ``(id, text, published, expected)``; ``expected`` is a list of events
``E(type, names, place, date, status)`` and claims ``C(kind, value, event_type, since, within)``,
or ``[]`` when the text tells no visit, meeting, summit, call, agreement or war start. An event's
``names`` must all be among its participants; ``place``/``date``/``status`` ``ANY`` are not checked.
``type`` "Visit" is any visit (a state visit too), "Other" any event of kb's type Other.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import NamedTuple

import pytest

from kb.model import Document
from kb.pipeline import analyse

ANY = "*"
WED = "2024-11-20"  # a Wednesday: "am Dienstag" told in the past is 2024-11-19, in the future 2024-11-26


class E(NamedTuple):
    type: str
    names: frozenset
    place: str | None = ANY
    date: str | None = ANY
    status: str = ANY


class C(NamedTuple):
    kind: str
    value: object
    event_type: str = ANY
    since: str | None = ANY
    within: str | None = ANY


def e(etype, names, place=ANY, date=ANY, status=ANY) -> E:
    return E(etype, frozenset(names), place, date, status)


SCHOLZ, MACRON, XI, PUTIN = "Olaf Scholz", "Emmanuel Macron", "Xi Jinping", "Vladimir Putin"
SELENSKYJ, BAERBOCK, TUSK, MELONI = "Volodymyr Zelenskyy", "Annalena Baerbock", "Donald Tusk", "Giorgia Meloni"

CASES = [
    # -- visits ----------------------------------------------------------------------------------
    ("v01", "Bundeskanzler Olaf Scholz ist am Dienstag zu einem Staatsbesuch in Peking eingetroffen.", WED,
     [e("Visit", {SCHOLZ}, "Beijing", "2024-11-19/..", "ongoing")]),
    ("v02", "Der französische Präsident Emmanuel Macron reist kommenden Montag zu einem Antrittsbesuch nach Warschau.",
     WED, [e("Visit", {MACRON}, "Warsaw", "2024-11-25", "planned")]),
    ("v03", "Bundespräsident Frank-Walter Steinmeier traf am Mittwochmorgen in Hanoi ein.", WED,
     [e("Visit", {"Frank-Walter Steinmeier"}, "Hanoi", "2024-11-20", "past")]),
    ("v04", "Der indische Premierminister Narendra Modi wurde am Montag in Berlin von Bundeskanzler Olaf Scholz "
            "mit militärischen Ehren empfangen.", WED,
     [e("Visit", {"Narendra Modi", SCHOLZ}, "Berlin", "2024-11-18", "past")]),
    ("v05", "Italiens Ministerpräsidentin Giorgia Meloni hat ihren zweitägigen Besuch in Tokio am Dienstag beendet.",
     WED, [e("Visit", {MELONI}, "Tokyo", ANY, "past")]),
    ("v06", "Berlin (dpa) - Der polnische Regierungschef Donald Tusk reist am Donnerstag zu Gesprächen nach Berlin.",
     WED, [e("Visit", {TUSK}, "Berlin", "2024-11-21", "planned"),  # the talks there: with unnamed hosts
           e("Meeting", {TUSK}, "Berlin", "2024-11-21", "planned")]),
    ("v07", "Kiew (AFP) - Außenministerin Annalena Baerbock ist zu einem unangekündigten Besuch in Kiew eingetroffen.",
     WED, [e("Visit", {BAERBOCK}, "Kyiv", "2024-11-20/..", "ongoing")]),
    ("v08", "Der chinesische Staatschef Xi Jinping soll Anfang Mai zu einem Staatsbesuch nach Frankreich reisen.",
     "2024-03-13", [e("Visit", {XI}, "France", "2024-05", "planned")]),
    ("v09", "Bundespräsident Frank-Walter Steinmeier wird am 3. März in Rom erwartet.", "2025-02-12",
     [e("Visit", {"Frank-Walter Steinmeier"}, "Rome", "2025-03-03", "planned")]),
    ("v10", "Ungarns Ministerpräsident Viktor Orbán will nach Angaben seines Büros Mitte des Monats nach Peking reisen.",
     "2024-11-04", [e("Visit", {"Viktor Orbán"}, "Beijing", "2024-11", "planned")]),
    ("v25", "Macron wird nach Angaben seines Büros am Montag Rom besuchen.", WED,
     [e("Visit", {MACRON}, "Rome", "2024-11-25", "planned")]),
    ("v26", "Laut Regierungssprecher Steffen Hebestreit reist Scholz am Montag nach Rom.", WED,
     [e("Visit", {SCHOLZ}, "Rome", "2024-11-25", "planned")]),
    ("v27", "Am Sonntag endete der Staatsbesuch von Olaf Scholz in den Niederlanden.", WED,
     [e("Visit", {SCHOLZ}, "Netherlands", ANY, "past")]),
    ("v28", "Scholz ist am Sonntag in den Vereinigten Arabischen Emiraten eingetroffen.", WED,
     [e("Visit", {SCHOLZ}, "United Arab Emirates", "2024-11-17", "past")]),
    ("v29", "Der Präsident Kenias, William Ruto, werde am Montag in Berlin von Scholz empfangen, hieß es.", WED,
     [e("Meeting", {"William Ruto", SCHOLZ}, "Berlin", "2024-11-25", "planned")]),
    ("v11", "Der ukrainische Präsident Wolodymyr Selenskyj ist am Montagabend zu einem Besuch in Washington "
            "angekommen.", WED, [e("Visit", {SELENSKYJ}, "Washington, D.C.", "2024-11-18/..", "ongoing")]),
    ("v12", "Macron brach am Dienstag zu einer dreitägigen Reise nach Argentinien auf.", WED,
     [e("Visit", {MACRON}, "Argentina", "2024-11-19/2024-11-21", "ongoing")]),
    ("v13", "Der türkische Präsident Recep Tayyip Erdoğan besucht in der kommenden Woche Deutschland.", WED,
     [e("Visit", {"Recep Tayyip Erdoğan"}, "Germany", "2024-11-25/2024-12-01", "planned")]),
    ("v14", "Am Sonntag endete der Staatsbesuch des spanischen Königs Felipe VI. in den Niederlanden.", WED,
     [e("Visit", {"Felipe VI"}, "Netherlands", ANY, "past")]),
    ("v15", "Bundeskanzler Olaf Scholz ist am Dienstag in Brasília vom brasilianischen Präsidenten Luiz Inácio "
            "Lula da Silva empfangen worden.", WED,
     [e("Meeting", {SCHOLZ, "Luiz Inácio Lula da Silva"}, "Brasília", "2024-11-19", "past")]),
    ("v16", "Am Dienstagabend traf Macron in Buenos Aires ein.", WED,
     [e("Visit", {MACRON}, "Buenos Aires", "2024-11-19", "past")]),
    ("v17", "Scholz traf am 3. März in Rom ein.", WED, [e("Visit", {SCHOLZ}, "Rome", "2024-03-03", "past")]),
    ("v18", "Der türkische Präsident Recep Tayyip Erdoğan wird am kommenden Montag zu einem Besuch in Berlin "
            "erwartet.", WED, [e("Visit", {"Recep Tayyip Erdoğan"}, "Berlin", "2024-11-25", "planned")]),
    ("v19", "Selenskyj besucht Mitte Dezember Brüssel.", WED,
     [e("Visit", {SELENSKYJ}, "Brussels", "2024-12", "planned")]),
    ("v20", "Paris (AFP) - Präsident Emmanuel Macron hat am Montag den chinesischen Staatschef Xi Jinping im "
            "Élysée-Palast empfangen.", "2024-05-07", [e("Meeting", {XI, MACRON}, ANY, "2024-05-06", "past")]),
    ("v21", "Vergangene Woche reiste Baerbock nach Kairo.", WED,
     [e("Visit", {BAERBOCK}, "Cairo", "2024-11-11/2024-11-17", "past")]),
    ("v22", "Der britische Premierminister Keir Starmer besuchte Anfang Juni die Ukraine.", WED,
     [e("Visit", {"Keir Starmer"}, "Ukraine", "2024-06", "past")]),
    ("v23", "Der kanadische Premierminister Justin Trudeau werde am Freitag in Tokio erwartet, teilte sein Büro mit.",
     WED, [e("Visit", {"Justin Trudeau"}, "Tokyo", "2024-11-22", "planned")]),
    ("v24", "Mit einem Empfang beim König hat Steinmeier am Dienstag seinen Staatsbesuch in Schweden beendet.", WED,
     [e("Visit", {"Frank-Walter Steinmeier"}, "Sweden", ANY, "past")]),

    # -- meetings and talks ----------------------------------------------------------------------
    ("m01", "Scholz kam am Dienstag in Berlin mit dem polnischen Ministerpräsidenten Donald Tusk zusammen.", WED,
     [e("Meeting", {SCHOLZ, TUSK}, "Berlin", "2024-11-19", "past")]),
    ("m02", "Am Rande des G20-Gipfels in Rio de Janeiro traf sich Scholz am Montag mit dem chinesischen Staatschef "
            "Xi Jinping.", WED, [e("Meeting", {SCHOLZ, XI}, "Rio de Janeiro", "2024-11-18", "past"),
                          e("Summit", {"G20"}, "Rio de Janeiro", ANY, "past")]),
    ("m03", "Baerbock führte am Dienstag in Ankara ein Gespräch mit ihrem türkischen Amtskollegen Hakan Fidan.", WED,
     [e("Meeting", {BAERBOCK, "Hakan Fidan"}, "Ankara", "2024-11-19", "past")]),
    ("m04", "Die Unterredung zwischen Macron und Meloni dauerte am Montagabend knapp zwei Stunden.", WED,
     [e("Meeting", {MACRON, MELONI}, ANY, "2024-11-18", "past")]),
    ("m05", "Scholz und Macron wollen sich am kommenden Montag in Paris treffen.", WED,
     [e("Meeting", {SCHOLZ, MACRON}, "Paris", "2024-11-25", "planned")]),
    ("m06", "Scholz soll Selenskyj Anfang Dezember in Kiew treffen, hieß es aus Regierungskreisen.", WED,
     [e("Meeting", {SCHOLZ, SELENSKYJ}, "Kyiv", "2024-12", "planned")]),
    ("m07", "US-Präsident Joe Biden habe Xi am Samstag in Lima getroffen, teilte das Weiße Haus mit.", WED,
     [e("Meeting", {"Joe Biden", XI}, "Lima", "2024-11-16", "past")]),
    ("m08", "Wie die Staatskanzlei mitteilte, kamen Ministerpräsident Markus Söder und der österreichische "
            "Bundeskanzler Karl Nehammer am Dienstagabend in München zusammen.", WED,
     [e("Meeting", {"Markus Söder", "Karl Nehammer"}, "Munich", "2024-11-19", "past")]),
    ("m09", "Bei einem Treffen in Brüssel haben Nato-Generalsekretär Mark Rutte und Selenskyj am 3. Oktober über "
            "weitere Hilfen beraten.", WED,
     [e("Meeting", {"Mark Rutte", SELENSKYJ}, "Brussels", "2024-10-03", "past")]),
    ("m10", "Scholz empfängt am Freitag den kenianischen Präsidenten William Ruto im Kanzleramt.", WED,
     [e("Meeting", {SCHOLZ, "William Ruto"}, ANY, "2024-11-22", "planned")]),
    ("m11", "Putin und Xi hatten sich zuletzt im Oktober im russischen Kasan getroffen.", WED,
     [e("Meeting", {PUTIN, XI}, "Kazan", "2024-10", "past")]),
    ("m21", "Scholz traf Macron am Montag im französischen Lyon.", WED,
     [e("Meeting", {SCHOLZ, MACRON}, "Lyon", "2024-11-18", "past")]),
    ("m12", "Selenskyj traf sich vergangene Woche in Kiew mit dem britischen Außenminister David Lammy.", WED,
     [e("Meeting", {SELENSKYJ, "David Lammy"}, "Kyiv", "2024-11-11/2024-11-17", "past")]),
    ("m13", "Macron sei am Montag mit Scholz in Berlin zusammengekommen, berichtete die Nachrichtenagentur AFP.", WED,
     [e("Meeting", {MACRON, SCHOLZ}, "Berlin", "2024-11-18", "past")]),
    ("m14", "Am 3. März hatte Baerbock ihren chinesischen Amtskollegen Wang Yi in Peking getroffen.", WED,
     [e("Meeting", {BAERBOCK, "Wang Yi"}, "Beijing", "2024-03-03", "past")]),
    ("m15", "Biden hatte Putin zuletzt im Juni 2021 in Genf getroffen.", WED,
     [e("Meeting", {"Joe Biden", PUTIN}, "Geneva", "2021-06", "past")]),
    ("m16", "Scholz wird am Donnerstag mit Tusk in Warschau zu Gesprächen zusammenkommen.", WED,
     [e("Meeting", {SCHOLZ, TUSK}, "Warsaw", "2024-11-21", "planned")]),
    ("m17", "Meloni empfing Selenskyj am Dienstagnachmittag zu einer Unterredung in Rom.", WED,
     [e("Meeting", {MELONI, SELENSKYJ}, "Rome", "2024-11-19", "past")]),
    ("m18", "Der Kanzler und der französische Präsident Emmanuel Macron trafen sich am Montag zu einem Abendessen "
            "in Paris.", WED, [e("Meeting", {MACRON}, "Paris", "2024-11-18", "past")]),
    ("m19", "Scholz und Tusk treffen sich Mitte des Monats in Danzig.", "2024-12-02",
     [e("Meeting", {SCHOLZ, TUSK}, "Gdańsk", "2024-12", "planned")]),
    ("m20", "Das Gespräch zwischen Baerbock und Wang Yi fand am Dienstag in Peking statt.", WED,
     [e("Meeting", {BAERBOCK, "Wang Yi"}, "Beijing", "2024-11-19", "past")]),

    # -- summits ---------------------------------------------------------------------------------
    ("s01", "Die Staats- und Regierungschefs der EU kommen am Donnerstag in Brüssel zu einem Gipfel zusammen.", WED,
     [e("Summit", set(), "Brussels", "2024-11-21", "planned")]),
    ("s02", "Der G7-Gipfel im italienischen Apulien beginnt am 13. Juni.", "2024-06-05",
     [e("Summit", set(), ANY, "2024-06-13/..", "planned")]),
    ("s03", "Beim EU-Gipfel in Brüssel haben die Staats- und Regierungschefs am Donnerstag über die Ukraine beraten.",
     "2024-10-18", [e("Summit", set(), "Brussels", "2024-10-17", "past")]),
    ("s04", "Der Nato-Gipfel in Washington ist am Donnerstag zu Ende gegangen.", "2024-07-12",
     [e("Summit", set(), "Washington, D.C.", ANY, "past")]),
    ("s05", "Am Montag und Dienstag fand in Rio de Janeiro der G20-Gipfel statt.", WED,
     [e("Summit", set(), "Rio de Janeiro", ANY, "past")]),
    ("s06", "Der nächste EU-Gipfel ist für Mitte Dezember geplant.", WED,
     [e("Summit", set(), ANY, "2024-12", "planned")]),
    ("s07", "Die Staats- und Regierungschefs der Nato treffen sich kommende Woche zu einem Gipfel in Den Haag.", WED,
     [e("Summit", set(), "The Hague", "2024-11-25/2024-12-01", "planned")]),
    ("s09", "Brüssel (dpa) - Die EU und Kanada erzielten am Montag eine Einigung über den Handel.", WED,
     [e("AgreementSigning", {"European Union", "Canada"}, ANY, "2024-11-18", "past")]),
    ("s08", "Brüssel (dpa) - Der EU-Gipfel hat am Freitagabend eine Einigung über den Haushalt erzielt.", WED,
     [e("Summit", set(), ANY, "2024-11-15", "past")]),

    # -- phone calls -----------------------------------------------------------------------------
    ("p01", "Außenministerin Annalena Baerbock telefonierte am Dienstagabend mit ihrem ukrainischen Amtskollegen "
            "Andrij Sybiha.", WED, [e("PhoneCall", {BAERBOCK, "Andrij Sybiha"}, ANY, "2024-11-19", "past")]),
    ("p12", "Baerbock traf am Dienstag in Kiew ihre Amtskollegin Olha Stefanyschyna.", WED,
     [e("Meeting", {BAERBOCK, "Olha Stefanyschyna"}, "Kyiv", "2024-11-19", "past")]),
    ("p02", "In einem Telefonat mit Selenskyj sicherte Macron am Montag weitere Unterstützung zu.", WED,
     [e("PhoneCall", {MACRON, SELENSKYJ}, ANY, "2024-11-18", "past")]),
    ("p03", "Biden rief am Sonntag den israelischen Ministerpräsidenten Benjamin Netanjahu an.", WED,
     [e("PhoneCall", {"Joe Biden", "Benjamin Netanyahu"}, ANY, "2024-11-17", "past")]),
    ("p04", "Das Telefonat zwischen Scholz und Putin am 15. November dauerte rund eine Stunde.", WED,
     [e("PhoneCall", {SCHOLZ, PUTIN}, ANY, "2024-11-15", "past")]),
    ("p05", "Meloni habe am Dienstag mit Trump telefoniert, teilte ihr Büro mit.", WED,
     [e("PhoneCall", {MELONI, "Donald Trump"}, ANY, "2024-11-19", "past")]),
    ("p06", "Tusk und Selenskyj sprachen am Montag am Telefon über die Lage an der Front.", WED,
     [e("PhoneCall", {TUSK, SELENSKYJ}, ANY, "2024-11-18", "past")]),
    ("p07", "Scholz will kommende Woche mit Xi telefonieren.", WED,
     [e("PhoneCall", {SCHOLZ, XI}, ANY, "2024-11-25/2024-12-01", "planned")]),
    ("p08", "Die Staats- und Regierungschefs der G7 berieten am Dienstag in einer Videoschalte über die Lage in "
            "Nahost.", WED, [e("Summit", {"G7"}, ANY, "2024-11-19", "past")]),  # a video summit
    ("p11", "Scholz und Macron berieten am Dienstag in einer Videoschalte über die Lage in Nahost.", WED,
     [e("Meeting", {SCHOLZ, MACRON}, ANY, "2024-11-19", "past")]),  # a video conference is a meeting
    ("p09", "Am Montagabend telefonierte Macron erneut mit Putin.", WED,
     [e("PhoneCall", {MACRON, PUTIN}, ANY, "2024-11-18", "past")]),
    ("p10", "Wie ein Regierungssprecher mitteilte, führte Scholz am Dienstag ein Telefongespräch mit Erdoğan.", WED,
     [e("PhoneCall", {SCHOLZ, "Recep Tayyip Erdoğan"}, ANY, "2024-11-19", "past")]),

    # -- agreements ------------------------------------------------------------------------------
    ("a01", "Deutschland und Kenia unterzeichneten am Freitag in Nairobi ein Abkommen über Migration.", WED,
     [e("AgreementSigning", {"Germany", "Kenya"}, "Nairobi", "2024-11-15", "past")]),
    ("a02", "Die Außenminister Armeniens und Aserbaidschans haben am Dienstagabend einen Friedensvertrag "
            "unterzeichnet.", WED, [e("AgreementSigning", {"Armenia", "Azerbaijan"}, ANY, "2024-11-19", "past")]),
    ("a08", "Die Regierungschefs Polens und Litauens unterzeichneten am Dienstag ein Abkommen.", WED,
     [e("AgreementSigning", {TUSK, "Ingrida Šimonytė"}, ANY, "2024-11-19", "past")]),
    ("m22", "Die Präsidenten Frankreichs und Polens trafen sich am Dienstag in Berlin.", WED,
     [e("Meeting", {MACRON, "Andrzej Duda"}, "Berlin", "2024-11-19", "past")]),
    ("a03", "Die EU und Mercosur haben sich auf ein Freihandelsabkommen geeinigt. Das Abkommen soll am 3. März in "
            "Montevideo unterzeichnet werden.", WED,
     [e("AgreementSigning", set(), "Montevideo", "2025-03-03", "planned")]),
    ("a04", "Großbritannien und Deutschland unterzeichneten vergangene Woche ein Verteidigungsabkommen.", WED,
     [e("AgreementSigning", {"United Kingdom", "Germany"}, ANY, "2024-11-11/2024-11-17", "past")]),
    ("a05", "Die Ukraine und Polen werden kommenden Montag in Warschau ein Sicherheitsabkommen unterzeichnen.", WED,
     [e("AgreementSigning", {"Ukraine", "Poland"}, "Warsaw", "2024-11-25", "planned")]),
    ("a06", "Scholz und Meloni unterzeichneten am Mittwoch in Berlin einen Aktionsplan.", WED,
     [e("AgreementSigning", {SCHOLZ, MELONI}, "Berlin", "2024-11-20", "past")]),
    ("a07", "Am 3. März hatten Frankreich und Italien in Rom einen Freundschaftsvertrag unterzeichnet.", WED,
     [e("AgreementSigning", {"France", "Italy"}, "Rome", "2024-03-03", "past")]),

    # -- war starts ------------------------------------------------------------------------------
    ("w01", "Russland begann am 24. Februar 2022 seinen Angriffskrieg gegen die Ukraine.", WED,
     [e("ArmedConflictStart", {"Russia"}, ANY, "2022-02-24", "past")]),
    ("w02", "Russische Truppen marschierten im Februar 2022 in die Ukraine ein.", WED,
     [e("ArmedConflictStart", {"Russia"}, "Ukraine", "2022-02", "past")]),
    ("w03", "Der Irak war am 2. August 1990 in Kuwait einmarschiert.", WED,
     [e("ArmedConflictStart", {"Iraq"}, "Kuwait", "1990-08-02", "past")]),
    ("w04", "Der russische Angriffskrieg gegen die Ukraine hatte am 24. Februar 2022 begonnen.", WED,
     [e("ArmedConflictStart", {"Russia"}, ANY, "2022-02-24", "past")]),

    # -- aggregate claims ------------------------------------------------------------------------
    ("c01", "Scholz und Xi haben sich seit Februar 2022 dreimal persönlich getroffen.", WED,
     [C("count", 3, "Meeting", "2022-02")]),
    ("c02", "Der ungarische Ministerpräsident Viktor Orbán ist am Montag in Peking eingetroffen. Es ist sein zweiter "
            "China-Besuch binnen sieben Monaten.", WED,
     [e("Visit", {"Viktor Orbán"}, "Beijing", "2024-11-18", "past"), C("ordinal", 2, "Visit", ANY, "P7M")]),
    ("c03", "Steinmeier reist am Sonntag zum ersten Mal seit Kriegsbeginn nach Kiew.", WED,
     [e("Visit", {"Frank-Walter Steinmeier"}, "Kyiv", "2024-11-24", "planned"), C("ordinal", 1, "Visit")]),
    ("c04", "Scholz traf Macron am Dienstag in Paris. Es war das dritte Treffen der beiden in diesem Jahr.", WED,
     [e("Meeting", {SCHOLZ, MACRON}, "Paris", "2024-11-19", "past"), C("ordinal", 3, "Meeting", "2024-01-01/2024-12-31")]),
    ("c05", "Scholz telefonierte am Freitag mit Putin. Es war das erste Telefonat der beiden seit Dezember 2022.", WED,
     [e("PhoneCall", {SCHOLZ, PUTIN}, ANY, "2024-11-15", "past"), C("ordinal", 1, "PhoneCall", "2022-12")]),
    ("c06", "Biden und Xi sind sich bisher zweimal persönlich begegnet.", WED, [C("count", 2, "Meeting")]),
    ("c07", "Tusk ist am Dienstag zum zweiten Mal binnen eines Monats nach Kiew gereist.", WED,
     [e("Visit", {TUSK}, "Kyiv", "2024-11-19", "past"), C("ordinal", 2, "Visit", ANY, "P1M")]),
    ("c08", "Scholz und Putin haben am Freitag erstmals seit fast zwei Jahren miteinander telefoniert.", WED,
     [e("PhoneCall", {SCHOLZ, PUTIN}, ANY, "2024-11-15", "past"), C("ordinal", 1, "PhoneCall")]),
    ("c09", "Macron ist am Montag zu seinem dritten Staatsbesuch in China eingetroffen.", WED,
     [e("Visit", {MACRON}, "China", "2024-11-18/..", "ongoing"), C("ordinal", 3, "Visit")]),
    ("c10", "Baerbock und Wang Yi sind in diesem Jahr bereits viermal zusammengekommen.", WED,
     [C("count", 4, "Meeting", "2024-01-01/2024-12-31")]),

    ("c11", "Am Montag jährt sich der Beginn des russischen Angriffskriegs zum dritten Mal.", "2025-02-19",
     [e("ArmedConflictStart", {"Russia"}, ANY, "2022-02-24", "past"), C("ordinal", 3)]),
    ("c12", "Der Beginn des russischen Angriffskriegs jährte sich am Montag zum dritten Mal.", "2025-02-26",
     [e("ArmedConflictStart", {"Russia"}, ANY, "2022-02-24", "past"), C("ordinal", 3)]),
    ("c13", "Zum dritten Jahrestag des russischen Angriffskriegs kamen Scholz und Macron am Montag in Kiew zusammen.",
     "2025-02-26", [e("Meeting", {SCHOLZ, MACRON}, "Kyiv", "2025-02-24", "past")]),
    ("c14", "Scholz und Macron treffen sich am Montag zum dritten Mal in Kiew.", WED,
     [e("Meeting", {SCHOLZ, MACRON}, ANY, "2024-11-25", "planned"), C("ordinal", 3, "Meeting")]),

    # -- second batch -----------------------------------------------------------------------------
    ("b01", "Zum Auftakt seiner dreitägigen Japan-Reise traf Steinmeier am Montag Ministerpräsident Shigeru Ishiba.",
     WED, [e("Meeting", {"Frank-Walter Steinmeier", "Shigeru Ishiba"}, ANY, "2024-11-18", "past"),
           e("Visit", {"Frank-Walter Steinmeier"}, "Japan", "2024-11-18/2024-11-20", ANY)]),
    ("b36", "Zum Abschluss seiner dreitägigen Japan-Reise traf Steinmeier am Mittwoch Ministerpräsident Shigeru Ishiba.",
     WED, [e("Meeting", {"Frank-Walter Steinmeier", "Shigeru Ishiba"}, ANY, "2024-11-20", "past"),
           e("Visit", {"Frank-Walter Steinmeier"}, "Japan", "2024-11-18/2024-11-20", "past")]),
    ("b37", "Scholz und Macron berieten am Montag zwei Tage lang in Paris.", WED,
     [e("Meeting", {SCHOLZ, MACRON}, "Paris", "2024-11-18/2024-11-19", "past")]),
    ("b02", "Der Kanzler wird am Donnerstag zu einem eintägigen Besuch in Paris erwartet.", WED,
     [e("Visit", {SCHOLZ}, "Paris", "2024-11-21", "planned")]),
    ("b03", "Selenskyj landete am Sonntagabend in Berlin.", WED,  # a landing is an arrival (Other/Arrival)
     [e("Other", {SELENSKYJ}, "Berlin", "2024-11-17", "past")]),
    ("b04", "Bei seinem Besuch in Kiew sicherte Scholz am Montag weitere Hilfe zu.", WED,
     [e("Visit", {SCHOLZ}, "Kyiv", "2024-11-18", "past")]),
    ("b05", "Macron hält sich seit Dienstag in Marokko auf.", WED,
     [e("Visit", {MACRON}, "Morocco", "2024-11-19/..", "ongoing")]),
    ("b06", "Tusk reist am 3. und 4. Dezember nach Kiew.", WED,
     [e("Visit", {TUSK}, "Kyiv", "2024-12-03/2024-12-04", "planned")]),
    ("b07", "Am Freitag wird Meloni in Washington erwartet.", WED,
     [e("Visit", {MELONI}, "Washington, D.C.", "2024-11-22", "planned")]),
    ("b08", "Biden stattete Deutschland im Oktober einen Kurzbesuch ab.", WED,
     [e("Visit", {"Joe Biden"}, "Germany", "2024-10", "past")]),
    ("b09", "Nach ihrem Treffen in Paris am Dienstag kündigten Scholz und Macron weitere Gespräche an.", WED,
     [e("Meeting", {SCHOLZ, MACRON}, "Paris", "2024-11-19", "past")]),
    ("b10", "Gestern Abend trafen sich Baerbock und der französische Außenminister Jean-Noël Barrot in Paris.", WED,
     [e("Meeting", {BAERBOCK, "Jean-Noël Barrot"}, "Paris", "2024-11-19", "past")]),
    ("b11", "Scholz sprach am Rande des EU-Gipfels am Donnerstag mit Orbán.", WED,
     [e("Meeting", {SCHOLZ, "Viktor Orbán"}, ANY, "2024-11-14", "past"), e("Summit", set(), ANY, "2024-11-14", "past")]),
    ("b12", "Das für Donnerstag geplante Treffen von Scholz und Tusk wurde abgesagt.", WED,
     [e("Meeting", {SCHOLZ, TUSK}, ANY, ANY, "did_not_occur")]),
    ("b13", "Der EU-China-Gipfel findet am 7. Dezember in Peking statt.", WED,
     [e("Summit", set(), "Beijing", "2024-12-07", "planned")]),
    ("b14", "Scholz und Selenskyj telefonierten am Wochenende.", WED,
     [e("PhoneCall", {SCHOLZ, SELENSKYJ}, ANY, "2024-11-16/2024-11-17", "past")]),
    ("b15", "Wie das Präsidialamt mitteilte, sprach Erdoğan am Montag telefonisch mit Putin.", WED,
     [e("PhoneCall", {"Recep Tayyip Erdoğan", PUTIN}, ANY, "2024-11-18", "past")]),
    ("b16", "Nach einem Telefonat mit Biden am Sonntag sagte Scholz, man sei sich einig.", WED,
     [e("PhoneCall", {SCHOLZ, "Joe Biden"}, ANY, "2024-11-17", "past")]),
    ("b17", "Gestern telefonierte Macron mit Xi.", WED,
     [e("PhoneCall", {MACRON, XI}, ANY, "2024-11-19", "past")]),
    ("b18", "Kenia und Deutschland haben am Freitag ein Migrationsabkommen geschlossen.", WED,
     [e("AgreementSigning", {"Kenya", "Germany"}, ANY, "2024-11-15", "past")]),
    ("b19", "Das Abkommen zwischen der EU und Mercosur wurde am Freitag in Montevideo unterzeichnet.", WED,
     [e("AgreementSigning", {"European Union"}, "Montevideo", "2024-11-15", "past")]),
    ("b20", "Scholz und Meloni trafen sich am Montag in Rom. Die beiden Regierungschefs unterzeichneten dort eine "
            "Absichtserklärung.", WED,
     [e("Meeting", {SCHOLZ, MELONI}, "Rome", "2024-11-18", "past"),
      e("AgreementSigning", {SCHOLZ, MELONI}, ANY, "2024-11-18", "past")]),
    ("b21", "Vor 1000 Tagen hatte Russland die Ukraine überfallen.", WED,
     [e("ArmedConflictStart", {"Russia"}, ANY, ANY, "past")]),
    ("b22", "Für Selenskyj ist es bereits der dritte Besuch in Berlin.", WED, [C("ordinal", 3, "Visit")]),
    ("b23", "Scholz traf Xi am Montag in Rio. Es war das erste Treffen der beiden seit dem Frühjahr.", WED,
     [e("Meeting", {SCHOLZ, XI}, ANY, "2024-11-18", "past"), C("ordinal", 1, "Meeting")]),
    ("b24", "Scholz telefonierte am Freitag mit Putin. Es war das zweite Telefonat binnen einer Woche.", WED,
     [e("PhoneCall", {SCHOLZ, PUTIN}, ANY, "2024-11-15", "past"), C("ordinal", 2, "PhoneCall", ANY, "P1W")]),
    ("b25", "Die beiden hatten sich zuletzt im Juni in Apulien getroffen.", WED, []),
    ("b26", "Die Kanzlerin reiste während ihrer Amtszeit zwölfmal nach China.", WED, []),
    ("b27", "Wer den nächsten Gipfel ausrichtet, ist noch offen.", WED, []),
    ("b28", "Staatsbesuche in Deutschland werden vom Bundespräsidenten ausgerichtet.", WED, []),
    ("b29", "Die Reisepläne des Kanzlers sind geheim.", WED, []),
    ("b30", "Scholz will nicht nach Moskau reisen.", WED, []),
    ("b31", "Ein Treffen mit Putin sei ausgeschlossen, sagte Scholz.", WED, []),
    ("b32", "Bislang hat Xi Deutschland seit 2019 nicht besucht.", WED, [C("ordinal", "last", "Visit")]),
    ("b33", "Am Mittwoch wird Scholz in Warschau Tusk treffen.", "2024-11-18",
     [e("Meeting", {SCHOLZ, TUSK}, "Warsaw", "2024-11-20", "planned")]),
    ("b34", "Am vergangenen Wochenende war Baerbock zu Gesprächen in Riad.", WED,
     [e("Visit", {BAERBOCK}, "Riyadh", "2024-11-16/2024-11-17", "past"),
      e("Meeting", {BAERBOCK}, "Riyadh", "2024-11-16/2024-11-17", "past")]),
    ("b35", "Anfang kommender Woche reist Baerbock nach China.", WED,
     [e("Visit", {BAERBOCK}, "China", ANY, "planned")]),

    # -- third batch: dates in more positions ------------------------------------------------------
    ("d01", "Scholz war am Dienstag vergangener Woche in Paris mit Macron zusammengetroffen.", WED,
     [e("Meeting", {SCHOLZ, MACRON}, "Paris", "2024-11-12", "past")]),
    ("d02", "Ende Oktober reiste Baerbock nach Kiew.", WED, [e("Visit", {BAERBOCK}, "Kyiv", "2024-10", "past")]),
    ("d03", "Macron reist Mitte nächster Woche nach Berlin.", WED,
     [e("Visit", {MACRON}, "Berlin", "2024-11-25/2024-12-01", "planned")]),
    ("d04", "Übermorgen trifft Scholz in Berlin den polnischen Regierungschef Donald Tusk.", WED,
     [e("Meeting", {SCHOLZ, TUSK}, "Berlin", "2024-11-22", "planned")]),
    ("d05", "In der Nacht zum Dienstag telefonierte Biden mit Selenskyj.", WED,
     [e("PhoneCall", {"Joe Biden", SELENSKYJ}, ANY, "2024-11-19", "past")]),
    ("d06", "Tusk besucht vom 3. bis 5. Dezember Japan.", WED,
     [e("Visit", {TUSK}, "Japan", "2024-12-03/2024-12-05", "planned")]),
    ("d07", "Im Frühjahr hatte Scholz China besucht.", WED, [e("Visit", {SCHOLZ}, "China", ANY, "past")]),
    ("d08", "Scholz traf am Montag Macron in Paris. Tags zuvor hatte er in Brüssel mit Tusk gesprochen.", WED,
     [e("Meeting", {SCHOLZ, MACRON}, "Paris", "2024-11-18", "past"),
      e("Meeting", {SCHOLZ, TUSK}, "Brussels", "2024-11-17", "past")]),
    ("d09", "In zwei Wochen reist Steinmeier nach Kenia.", WED,
     [e("Visit", {"Frank-Walter Steinmeier"}, "Kenya", "2024-12-02/2024-12-08", "planned")]),  # the week
    ("d10", "Vor zwei Wochen war Selenskyj in Brüssel.", WED,
     [e("Visit", {SELENSKYJ}, "Brussels", "2024-11-04/2024-11-10", "past")]),  # the week
    ("d11", "Heute Abend telefoniert Scholz mit Biden.", WED,
     [e("PhoneCall", {SCHOLZ, "Joe Biden"}, ANY, "2024-11-20", "planned")]),
    ("d25", "Heute Abend telefonierte Scholz mit Biden.", WED,
     [e("PhoneCall", {SCHOLZ, "Joe Biden"}, ANY, "2024-11-20", "past")]),
    ("d12", "Morgen früh reist Baerbock nach Warschau.", WED,
     [e("Visit", {BAERBOCK}, "Warsaw", "2024-11-21", "planned")]),
    ("d13", "Berlin, 19. November (dpa) - Scholz und Tusk haben sich am Montag in Warschau getroffen.", WED,
     [e("Meeting", {SCHOLZ, TUSK}, "Warsaw", "2024-11-18", "past")]),
    ("d14", "Scholz trifft Macron am 3. Januar in Paris.", WED,
     [e("Meeting", {SCHOLZ, MACRON}, "Paris", "2025-01-03", "planned")]),
    ("d15", "Scholz hatte Macron am 3. Januar in Paris getroffen.", WED,
     [e("Meeting", {SCHOLZ, MACRON}, "Paris", "2024-01-03", "past")]),
    ("d16", "Baerbock ist noch bis Freitag in China.", WED,
     [e("Visit", {BAERBOCK}, "China", ANY, "ongoing")]),
    ("d17", "Am Donnerstagabend kommen Scholz und Macron in Berlin zusammen.", WED,
     [e("Meeting", {SCHOLZ, MACRON}, "Berlin", "2024-11-21", "planned")]),
    ("d18", "Anfang des Jahres hatte Tusk Kiew besucht.", WED, [e("Visit", {TUSK}, "Kyiv", ANY, "past")]),
    ("d19", "Scholz und Xi telefonierten zuletzt im Mai.", WED,
     [e("PhoneCall", {SCHOLZ, XI}, ANY, "2024-05", "past"), C("ordinal", "last", "PhoneCall")]),
    ("d20", "Für den 10. Dezember ist ein Treffen von Scholz und Tusk in Warschau geplant.", WED,
     [e("Meeting", {SCHOLZ, TUSK}, "Warsaw", "2024-12-10", "planned")]),
    ("d21", "Am gestrigen Dienstag traf Meloni in Rom mit Orbán zusammen.", WED,
     [e("Meeting", {MELONI, "Viktor Orbán"}, "Rome", "2024-11-19", "past")]),
    ("d22", "Scholz wird am Wochenende nach Kiew reisen.", WED,
     [e("Visit", {SCHOLZ}, "Kyiv", "2024-11-23/2024-11-24", "planned")]),
    ("d23", "Zwei Tage nach seinem Besuch in Paris traf Scholz am Donnerstag Tusk.", "2024-11-22",
     [e("Meeting", {SCHOLZ, TUSK}, None, "2024-11-21", "past"), e("Visit", {SCHOLZ}, "Paris", "2024-11-19", "past")]),
    ("d24", "Der Besuch von Scholz in Paris ist für den 5. Dezember geplant.", WED,
     [e("Visit", {SCHOLZ}, "Paris", "2024-12-05", "planned")]),

    # -- fourth batch: reported speech, plans, news-magazine style -----------------------------------
    ("r01", "Wie aus Regierungskreisen verlautete, soll Scholz Anfang Dezember nach Peking reisen.", WED,
     [e("Visit", {SCHOLZ}, "Beijing", "2024-12", "planned")]),
    ("r02", "Der Kanzler habe am Montag mit Xi telefoniert, sagte ein Regierungssprecher.", WED,
     [e("PhoneCall", {SCHOLZ, XI}, ANY, "2024-11-18", "past")]),
    ("r03", "Macron und Scholz seien sich am Rande des Gipfels in Brüssel begegnet, hieß es aus Diplomatenkreisen.",
     WED, [e("Meeting", {MACRON, SCHOLZ}, "Brussels", ANY, "past"), e("Summit", set(), ANY, ANY, "past")]),
    ("r04", "Es wird erwartet, dass Erdoğan am Rande des Gipfels mit Biden zusammentrifft.", WED,
     [e("Meeting", {"Recep Tayyip Erdoğan", "Joe Biden"}, ANY, ANY, "planned"), e("Summit", set(), ANY, ANY, "planned")]),
    ("r05", "Tusk kündigte an, am Freitag nach Kiew zu reisen.", WED,
     [e("Visit", {TUSK}, "Kyiv", "2024-11-22", "planned")]),
    ("r06", "Baerbock wollte sich am Abend noch mit ihrem französischen Amtskollegen Jean-Noël Barrot treffen.", WED,
     [e("Meeting", {BAERBOCK, "Jean-Noël Barrot"}, ANY, "2024-11-20", "planned")]),
    ("r07", "Am Donnerstag will Selenskyj in Brüssel an einem Treffen der EU-Außenminister teilnehmen.", WED,
     [e("Summit", {SELENSKYJ}, "Brussels", "2024-11-21", "planned")]),  # a ministers' meeting of a body
    ("r08", "Der Besuch des Kanzlers in Kiew war aus Sicherheitsgründen nicht angekündigt worden.", WED,
     [e("Visit", {SCHOLZ}, "Kyiv", ANY, "past")]),
    ("r09", "Scholz, der am Montag in Warschau Tusk getroffen hatte, reiste am Dienstag weiter nach Vilnius.", WED,
     [e("Meeting", {SCHOLZ, TUSK}, "Warsaw", "2024-11-18", "past"),
      e("Visit", {SCHOLZ}, "Vilnius", "2024-11-19", "past")]),
    ("r10", "Es ist Scholz' erster Besuch in Indien seit seinem Amtsantritt.", WED, [C("ordinal", 1, "Visit")]),
    ("r11", "Der chinesische Staatschef wird am Montag zu einem zweitägigen Staatsbesuch in Paris eintreffen.", WED,
     [e("Visit", {XI}, "Paris", "2024-11-25/2024-11-26", "planned")]),
    ("r12", "Zuletzt hatte Scholz im Juli mit Putin telefoniert.", WED,
     [e("PhoneCall", {SCHOLZ, PUTIN}, ANY, "2024-07", "past"), C("ordinal", "last", "PhoneCall")]),
    ("r13", "Nach Gesprächen mit Tusk in Warschau flog Scholz am Dienstag nach Berlin zurück.", WED,
     [e("Meeting", {SCHOLZ, TUSK}, "Warsaw", ANY, "past")]),
    ("r14", "Meloni wird am Mittwoch zum Antrittsbesuch bei Scholz in Berlin erwartet.", "2024-11-18",
     [e("Visit", {MELONI}, "Berlin", "2024-11-20", "planned")]),
    ("r15", "Das geplante Treffen zwischen Selenskyj und Putin kommt nicht zustande.", WED,
     [e("Meeting", {SELENSKYJ, PUTIN}, ANY, ANY, "did_not_occur")]),
    ("r16", "Ob es zu einem Treffen zwischen Scholz und Putin kommt, ist offen.", WED, []),
    ("r17", "Scholz hält ein Treffen mit Putin derzeit für sinnlos.", WED, []),
    ("r18", "Ein Gipfeltreffen der G20 ohne Russland wäre kaum vorstellbar gewesen.", WED, []),

    # -- fifth batch: more aggregate claims and more that must give nothing --------------------------
    ("k01", "Scholz traf Macron am Dienstag in Paris. Es ist bereits das vierte Treffen der beiden Politiker in "
            "diesem Jahr.", WED,
     [e("Meeting", {SCHOLZ, MACRON}, "Paris", "2024-11-19", "past"), C("ordinal", 4, "Meeting")]),
    ("k02", "Scholz und Macron haben sich in diesem Jahr bereits fünfmal getroffen.", WED,
     [C("count", 5, "Meeting", "2024-01-01/2024-12-31")]),
    ("k03", "Seit Kriegsbeginn ist Baerbock achtmal in die Ukraine gereist.", WED, [C("count", 8, "Visit")]),
    ("k04", "Xi ist am Sonntag in Paris eingetroffen. Es ist sein erster Europa-Besuch seit fünf Jahren.", WED,
     [e("Visit", {XI}, "Paris", "2024-11-17", ANY), C("ordinal", 1, "Visit")]),
    ("k05", "Erstmals seit Beginn des Krieges telefonierten Scholz und Putin am Freitag.", WED,
     [e("PhoneCall", {SCHOLZ, PUTIN}, ANY, "2024-11-15", "past"), C("ordinal", 1, "PhoneCall")]),
    ("k16", "Erstmals seit 2022 telefonierten Scholz und Putin am Freitag.", WED,
     [e("PhoneCall", {SCHOLZ, PUTIN}, ANY, "2024-11-15", "past"), C("ordinal", 1, "PhoneCall", "2022")]),
    ("k17", "Zum ersten Mal seit 2022 telefonierten Scholz und Putin am Freitag.", WED,
     [e("PhoneCall", {SCHOLZ, PUTIN}, ANY, "2024-11-15", "past"), C("ordinal", 1, "PhoneCall", "2022")]),
    ("k06", "Die beiden Politiker trafen sich am Montag zum dritten Mal binnen eines Monats. Scholz und Macron "
            "berieten in Paris.", WED, [e("Meeting", {SCHOLZ, MACRON}, "Paris", "2024-11-18", "past")]),
    ("k07", "Steinmeier ist am Montag nach Ghana gereist. Es ist seine zweite Afrika-Reise in diesem Jahr.", WED,
     [e("Visit", {"Frank-Walter Steinmeier"}, "Ghana", "2024-11-18", ANY), C("ordinal", 2, "Visit")]),
    ("k08", "Merkel reiste in ihrer Amtszeit zwölfmal nach China.", WED, [C("count", 12, "Visit")]),
    ("k09", "Biden telefonierte am Montag mit Xi. Nach Angaben des Weißen Hauses war es das sechste Gespräch der "
            "beiden Präsidenten seit Bidens Amtsantritt.", WED,
     [e("PhoneCall", {"Joe Biden", XI}, ANY, "2024-11-18", "past"), C("ordinal", 6)]),
    ("k10", "Das Treffen findet traditionell im Januar statt.", WED, []),
    ("k11", "Ein Besuch in Moskau steht nicht auf dem Programm.", WED, []),
    ("k12", "Scholz hat Selenskyj bereits mehrfach getroffen.", WED, []),
    ("k13", "Der Kanzler reist häufig nach Paris.", WED, []),
    ("k14", "Die Gipfel der G20 finden jährlich statt.", WED, []),
    ("k15", "Solche Telefonate zwischen den Präsidenten sind selten.", WED, []),

    # -- sixth batch: more verbs and nouns of the event kinds ----------------------------------------
    ("g01", "Baerbock stattete am Montag der Republik Moldau einen Besuch ab.", WED,
     [e("Visit", {BAERBOCK}, "Moldova", "2024-11-18", "past")]),
    ("g02", "Der Kanzler war am Dienstag zu Gast bei Präsident Macron im Élysée-Palast.", WED,
     [e("Meeting", {SCHOLZ, MACRON}, ANY, "2024-11-19", "past")]),  # a guest of a host: as 'empfangen'
    ("g03", "Tusk kam am Montag zu seinem Antrittsbesuch bei Scholz nach Berlin.", WED,
     [e("Visit", {TUSK}, "Berlin", "2024-11-18/..", "ongoing")]),
    ("g04", "Die Staats- und Regierungschefs der Nato kamen am Dienstag zu einem Sondergipfel in Brüssel zusammen.", WED,
     [e("Summit", set(), "Brussels", "2024-11-19", "past")]),
    ("g05", "In einem Telefongespräch mit Xi warb Scholz am Montag für eine Friedenslösung.", WED,
     [e("PhoneCall", {SCHOLZ, XI}, ANY, "2024-11-18", "past")]),
    ("g06", "Scholz und Macron unterzeichneten am Montag in Paris eine gemeinsame Erklärung.", WED,
     [e("AgreementSigning", {SCHOLZ, MACRON}, "Paris", "2024-11-18", "past")]),
    ("g07", "Am 24. Februar 2022 überfiel Russland die Ukraine.", WED,
     [e("ArmedConflictStart", {"Russia"}, ANY, "2022-02-24", "past")]),
    ("g08", "Seit dem Einmarsch Russlands in die Ukraine im Februar 2022 hat Scholz Kiew zweimal besucht.", WED,
     [C("count", 2, "Visit", "2022-02"), e("ArmedConflictStart", {"Russia"}, "Ukraine", "2022-02", "past")]),
    ("g09", "Steinmeier reist vom 3. bis 5. März zu einem Staatsbesuch nach Italien.", "2025-02-20",
     [e("Visit", {"Frank-Walter Steinmeier"}, "Italy", "2025-03-03/2025-03-05", "planned")]),
    ("g10", "Der Gipfel der Europäischen Politischen Gemeinschaft findet am Donnerstag in Budapest statt.", WED,
     [e("Summit", set(), "Budapest", "2024-11-21", "planned")]),
    ("g11", "Am Rande der UN-Generalversammlung in New York traf Baerbock am Dienstag den iranischen "
            "Außenminister Abbas Araghchi.", WED,
     [e("Meeting", {BAERBOCK, "Abbas Araghchi"}, "New York City", "2024-11-19", "past")]),
    ("g12", "Selenskyj und Erdoğan führten am Freitag in Ankara Gespräche.", WED,
     [e("Meeting", {SELENSKYJ, "Recep Tayyip Erdoğan"}, "Ankara", "2024-11-15", "past")]),
    ("g13", "Macron besuchte am Dienstag die französischen Truppen in Estland.", WED,
     [e("Visit", {MACRON}, "Estonia", "2024-11-19", "past")]),
    ("g14", "Die Außenminister der G7 treffen sich am 25. November in Italien.", WED,
     [e("Summit", {"G7"}, "Italy", "2024-11-25", "planned")]),
    ("g15", "Scholz wird am Sonntag zum G20-Gipfel in Rio de Janeiro aufbrechen.", "2024-11-14",
     [e("Visit", {SCHOLZ}, "Rio de Janeiro", "2024-11-17", "planned"), e("Summit", {"G20"}, "Rio de Janeiro", ANY,
                                                                           "planned")]),

    # -- seventh batch: tense and mood around the same events ---------------------------------------
    ("h01", "Scholz soll am Dienstag mit Macron telefonieren.", WED,
     [e("PhoneCall", {SCHOLZ, MACRON}, ANY, "2024-11-26", "planned")]),
    ("h02", "Scholz solle am Dienstag mit Macron telefoniert haben, berichtete die Zeitung.", WED,
     [e("PhoneCall", {SCHOLZ, MACRON}, ANY, "2024-11-19", "past")]),
    ("h03", "Wie es hieß, werde Tusk am Dienstag in Kiew erwartet.", WED,
     [e("Visit", {TUSK}, "Kyiv", "2024-11-26", "planned")]),
    ("h04", "Ein Sprecher sagte, Macron sei am Dienstag nach Rom gereist.", WED,
     [e("Visit", {MACRON}, "Rome", "2024-11-19", "past")]),
    ("h05", "Ein Sprecher sagte, Macron reise am Dienstag nach Rom.", WED,
     [e("Visit", {MACRON}, "Rome", "2024-11-26", "planned")]),
    ("h13", "Scholz kündigte an, am Dienstag nach Indien reisen zu wollen.", WED,
     [e("Visit", {SCHOLZ}, "India", "2024-11-26", "planned")]),
    ("h14", "Scholz hatte angekündigt, am Dienstag nach Indien reisen zu wollen.", WED,
     [e("Visit", {SCHOLZ}, "India", "2024-11-26", "planned")]),
    ("h06", "Meloni hätte Scholz am Montag beinahe in Rom getroffen.", WED, []),
    ("h07", "Hätte Scholz Putin getroffen, wäre die Kritik groß gewesen.", WED, []),
    ("h08", "Scholz plant, im Dezember nach Indien zu reisen.", WED,
     [e("Visit", {SCHOLZ}, "India", "2024-12", "planned")]),
    ("h09", "Scholz hatte ursprünglich am Dienstag nach Indien reisen wollen.", WED, []),
    ("h10", "Die für Dienstag geplante Reise des Kanzlers nach Indien wurde verschoben.", WED,
     [e("Visit", {SCHOLZ}, "India", ANY, "did_not_occur")]),
    ("h11", "Es gilt als wahrscheinlich, dass Scholz und Macron sich im Dezember treffen.", WED,
     [e("Meeting", {SCHOLZ, MACRON}, ANY, "2024-12", ANY)]),
    ("h12", "Scholz und Macron werden sich voraussichtlich am Montag in Paris treffen.", WED,
     [e("Meeting", {SCHOLZ, MACRON}, "Paris", "2024-11-25", "planned")]),

    # -- eighth batch: more that must give nothing ---------------------------------------------------
    ("x01", "Die Beziehungen zwischen Berlin und Paris gelten als eng.", WED, []),
    ("x02", "Der Gipfel gilt als Test für die Einheit der EU.", WED, []),
    ("x03", "Über ein mögliches Treffen wurde nicht gesprochen.", WED, []),
    ("x04", "Ein Abkommen ist nicht in Sicht.", WED, []),
    ("x05", "Putin lehnte eine Einladung nach Berlin ab.", WED, []),
    ("x06", "Scholz hat keine Pläne, nach Moskau zu reisen.", WED, []),
    ("x07", "Die Ministerin telefoniert fast täglich mit ihrem Amtskollegen.", WED, []),
    ("x08", "Kein Bundeskanzler hat je Nordkorea besucht.", WED, []),
    ("x09", "Solange der Krieg andauert, wird Scholz nicht nach Moskau reisen.", WED, []),
    ("x10", "Gespräche über ein Ende des Krieges sind nicht in Sicht.", WED, []),
    ("x11", "Nach Moskau reist Scholz vorerst nicht.", WED, []),
    ("x12", "Ob der Gipfel wie geplant stattfinden kann, ist fraglich.", WED, []),
    ("x13", "Staatsbesuche dauern meist drei Tage.", WED, []),
    ("x14", "Wer Präsident ist, trifft viele Staatsgäste.", WED, []),
    ("x15", "Das Kanzleramt wollte ein Treffen weder bestätigen noch dementieren.", WED, []),

    # -- ninth batch: longer sentences with inserted clauses and appositions ----------------------
    ("l01", "Bundeskanzler Olaf Scholz (SPD), der derzeit durch Südamerika reist, trifft am Mittwoch in Brasília "
            "Präsident Lula.", "2024-11-18",
     [e("Meeting", {SCHOLZ, "Luiz Inácio Lula da Silva"}, "Brasília", "2024-11-20", "planned")]),
    ("l02", "Außenministerin Annalena Baerbock (Grüne) ist am Montag zu einem zweitägigen Besuch in Israel "
            "eingetroffen, ihrem fünften seit dem Terrorangriff der Hamas.", WED,
     [e("Visit", {BAERBOCK}, "Israel", "2024-11-18/2024-11-19", ANY), C("ordinal", 5, "Visit")]),
    ("l03", "Der französische Präsident, der am Dienstag in Berlin eintrifft, will mit Scholz über die Ukraine "
            "sprechen.", WED, [e("Visit", {MACRON}, "Berlin", "2024-11-26", "planned"),
                               e("Meeting", {MACRON, SCHOLZ}, ANY, ANY, "planned")]),
    ("l04", "Nach seinem Treffen mit Biden im Weißen Haus reiste Selenskyj am Freitag weiter nach Ottawa.", WED,
     [e("Meeting", {SELENSKYJ, "Joe Biden"}, ANY, ANY, "past"), e("Visit", {SELENSKYJ}, "Ottawa", "2024-11-15", "past")]),
    ("l05", "Bei ihrem Treffen im Kanzleramt am Dienstagabend sprachen Scholz und Tusk auch über Migration.", WED,
     [e("Meeting", {SCHOLZ, TUSK}, ANY, "2024-11-19", "past")]),
    ("l06", "Baerbock, die am Wochenende in Kairo war, reist am Montag weiter nach Amman.", WED,
     [e("Visit", {BAERBOCK}, "Amman", "2024-11-25", "planned"),
      e("Visit", {BAERBOCK}, "Cairo", "2024-11-16/2024-11-17", "past")]),
    ("l07", "„Wir haben sehr gute Gespräche geführt“, sagte Scholz nach dem Treffen mit Macron am Montag.", WED,
     [e("Meeting", {SCHOLZ, MACRON}, ANY, "2024-11-18", "past")]),
    ("l08", "Macron, der Xi im Mai in Paris empfangen hatte, reist im Dezember zu einem Gegenbesuch nach Peking.", WED,
     [e("Meeting", {MACRON, XI}, "Paris", "2024-05", "past"), e("Visit", {MACRON}, "Beijing", "2024-12", "planned")]),

    # -- nothing: habit, generic, negation, hypothesis, lists of past visits, anniversaries ----------
    ("n01", "Scholz trifft sich regelmäßig mit den Regierungschefs der Länder.", WED, []),
    ("n02", "Staatsbesuche sind in der Regel mit großem Protokoll verbunden.", WED, []),
    ("n03", "Ein Treffen zwischen Scholz und Putin ist derzeit nicht geplant.", WED, []),
    ("n04", "Scholz hat nicht mit Putin telefoniert, sagte ein Regierungssprecher.", WED, []),
    ("n05", "Falls Selenskyj eingeladen würde, könnte er nach Berlin reisen.", WED, []),
    ("n06", "Ein Besuch Putins in Berlin wäre derzeit undenkbar.", WED, []),
    ("n07", "In den vergangenen Jahren besuchte Steinmeier unter anderem Japan, Vietnam und Kenia.", WED, []),
    ("n08", "Zuvor hatte Macron bereits 2017, 2019 und 2023 China besucht.", WED, []),
    ("n10", "Scholz lehnte ein Treffen mit Putin ab.", WED, []),
    ("n11", "Der Kanzler telefoniert häufig mit Macron.", WED, []),
    ("n12", "Gipfeltreffen dieser Art finden jedes Jahr statt.", WED, []),
    ("n13", "Eine Reise des Papstes nach Moskau gilt als ausgeschlossen.", WED, []),
    ("n14", "Wann Xi Deutschland besuchen wird, ist noch offen.", WED, []),
    ("n15", "Die Verhandlungen über ein Abkommen sollen im kommenden Jahr fortgesetzt werden.", WED, []),
    ("n16", "Immer wieder reiste Merkel während ihrer Amtszeit nach China.", WED, []),
    ("n17", "Der Krieg in der Ukraine dauert inzwischen mehr als 1000 Tage.", WED, []),
    ("n18", "Scholz würde Xi gerne in Peking treffen, sagte er.", WED, []),
    ("n19", "Am Dienstag vor 35 Jahren fiel die Berliner Mauer.", WED, []),
    ("n20", "Zum zehnten Jahrestag des Abkommens von Minsk gab es keine Feier.", WED, []),
    ("n21", "Jedes Jahr im Januar treffen sich Politiker und Manager in Davos.", WED, []),
    ("n22", "Ein Telefonat mit Putin kommt für Tusk nicht infrage.", WED, []),
    ("n23", "Scholz hatte eine Reise nach Kiew bisher stets abgelehnt.", WED, []),
    ("n24", "Ob Scholz am G20-Gipfel teilnehmen wird, ist unklar.", WED, []),
]


# -- the check ---------------------------------------------------------------------------------------

KINDS = {"Visit", "StateVisit", "Meeting", "Summit", "PhoneCall", "AgreementSigning", "ArmedConflictStart"}
TOLD = ("past", "ongoing", "planned")  # a negated or hypothetical event is no event told as fact

# cases kb still reads wrong: id -> why
XFAIL = {
    "l03": "a separable verb joined at the end of a relative clause ('der am Dienstag in Berlin eintrifft') is no "
           "verb form kb knows (reading the joined forms cost one measure date, so it was left out)",
    "x02": "a summit noun told alone takes the genitive of another noun ('die Einheit der EU') as its party",
    "b28": "a bare plural event noun told in a generic present ('Staatsbesuche ... werden ... ausgerichtet') is a plan",
    "s08": "'eine Einigung erzielt' is a signing, with the dateline's agency as party",
    "a02": "'Die Außenminister Armeniens und Aserbaidschans': with no holder known, the first office stays a label "
           "(not Armenia)",
}


def _name(p) -> str | None:
    return (p.entity.name if p.entity else p.label) if p is not None else None


def _day(value: str | None) -> str | None:
    """A part of a day ("2024-11-19TEV") is that day to the scorer."""
    return re.sub(r"T[A-Z]{2}$", "", value) if value else value


def _misfit(want: E, ev) -> list[str]:
    wrong = []
    if not want.names <= {_name(p) for p in ev.participants}:
        wrong.append("names")
    if want.place != ANY and _name(ev.place) != want.place:
        wrong.append("place")
    if want.date != ANY and _day(ev.date.value if ev.date else None) != want.date:
        wrong.append("date")
    if want.status != ANY and ev.status != want.status:
        wrong.append("status")
    return wrong


def _kind_of(etype: str) -> tuple[str, ...]:
    return ("Visit", "StateVisit") if etype == "Visit" else (etype,)


def problems(text: str, published: str, expected: list) -> list[str]:
    """What kb's reading of ``text`` gets wrong against ``expected`` (empty: all right)."""
    a = analyse(Document(id="t", text=text, lang="de", published=dt.date.fromisoformat(published)))
    asked = KINDS | {w.type for w in expected if isinstance(w, E)}
    found = [v for v in a.events if not v.implied_by and v.type in asked]
    if not expected:
        told = [f"{v.type} {v.status}" for v in found if v.status in TOLD]
        return told + [f"claim {c.kind} {c.value}" for c in a.claims]
    wrong = []
    for want in expected:
        if isinstance(want, C):
            wrong += _claim_misfit(want, a.claims)
            continue
        misfits = [_misfit(want, v) for v in found if v.type in _kind_of(want.type)]
        if not misfits:
            wrong.append(f"no {want.type}")
        elif not any(m == [] for m in misfits):
            wrong.append(f"{want.type}: {','.join(min(misfits, key=len))}")
    kinds = {k for w in expected if isinstance(w, E) for k in _kind_of(w.type)}
    return wrong + [f"also {v.type}" for v in found if v.type not in kinds and v.status in TOLD]


def _claim_misfit(want: C, claims: list) -> list[str]:
    same = [c for c in claims if c.kind == want.kind and c.value == want.value]
    if not same:
        return [f"no claim {want.kind} {want.value}"]
    c = same[0]
    wrong = []
    if want.event_type != ANY and c.event_type not in _kind_of(want.event_type):
        wrong.append("claim type")
    if want.since != ANY and (c.since.value if c.since else None) != want.since:
        wrong.append("claim since")
    if want.within != ANY and c.within != want.within:
        wrong.append("claim within")
    return wrong


@pytest.mark.parametrize("cid,text,published,expected", [
    pytest.param(*case, marks=pytest.mark.xfail(reason=XFAIL[case[0]], strict=True)) if case[0] in XFAIL else case
    for case in CASES], ids=[case[0] for case in CASES])
def test_probe(cid, text, published, expected):
    assert problems(text, published, expected) == []


def test_an_anniversary_dates_its_origin_in_english_too():
    """The origin of an anniversary is dated by arithmetic in any language (kb.claims.implied)."""
    doc = Document(id="t", text="Monday marks the third anniversary of the start of Russia's war against Ukraine.",
                   lang="en", published=dt.date(2025, 2, 26))
    wars = [v for v in analyse(doc).events if v.type == "ArmedConflictStart"]
    assert [(v.date.value, v.date.uncertain, v.status) for v in wars] == [("2022-02-24", True, "past")]


@pytest.mark.parametrize("text", [
    "Brüssel (dpa) - Der EU-Gipfel hat am Freitagabend eine Einigung über den Haushalt erzielt.",
    "Brüssel (dpa) - Die EU und Kanada erzielten am Montag eine Einigung über den Handel.",
    "Berlin/Paris (AFP) - Scholz und Macron trafen sich am Montag in Paris.",
])
def test_the_agency_of_a_dateline_takes_no_part(text):
    """'Brüssel (dpa) - ': a place and an agency without a date open a report as a date line does."""
    doc = Document(id="t", text=text, lang="de", published=dt.date.fromisoformat(WED))
    parts = {_name(p) for v in analyse(doc).events for p in v.participants}
    assert parts and not parts & {"Deutsche Presse-Agentur", "Agence France-Presse"}


@pytest.mark.parametrize("text,lang,kinds", [
    ("Die Außenminister berieten am Montag in Brüssel über die Ukraine.", "de", set()),
    ("Scholz und Macron berieten am Montag in Paris über die Ukraine.", "de", {"Meeting"}),
    ("Scholz und Macron telefonierten am Montag über Israel.", "de", {"PhoneCall"}),
    ("Scholz spoke with Macron about Ukraine on Monday.", "en", {"Meeting"}),
])
def test_what_is_talked_about_takes_no_part(text, lang, kinds):
    """'über' / 'about' opens a topic phrase (frames.txt ``topic``): the country named in it is no party."""
    doc = Document(id="t", text=text, lang=lang, published=dt.date.fromisoformat(WED))
    found = [v for v in analyse(doc).events if v.type in KINDS]
    assert {v.type for v in found} == kinds
    assert not {_name(p) for v in found for p in v.participants} & {"Ukraine", "Israel"}
