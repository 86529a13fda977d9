"""German temporal tagger, second probe round: the styles the first battery (test_timex_probe_de_news) met least.

Regional daily in South Tyrolean/Austrian usage (club, parish and council news, feast days, "heuer",
"Jänner", "Feber", times of day) with the publication date ``R`` = Thursday 2025-03-06 (ISO week 10;
Easter 2025 is April 20), and a weekly's long form (history, decades and centuries, vague references,
durations and sets) with ``W`` = Thursday 2022-09-15 (ISO week 37). Every sentence is written for this
file; none repeats a case of the first battery.

A probe names the text of one timex (TIMEX3 extent as KRAUTS annotates it: prepositions outside, an
article before an adjective inside), its type and its value. A negative probe names text that no timex
may touch (ages, house and road numbers, paragraphs, scores, wars, generations). What kb does not meet
yet is a strict xfail with the reason.
"""

from __future__ import annotations

import datetime as dt

import pytest

from kb.temporal import tag

R = "2025-03-06"  # a Thursday, ISO week 10; Easter 2025 is April 20
W = "2022-09-15"  # a Thursday, ISO week 37

# (reference date, sentence, timex text, type, value[, xfail reason])
REGIONAL = [
    (R, "Heuer findet das Feuerwehrfest wieder auf dem Sportplatz statt.", "Heuer", "DATE", "2025"),
    (R, "Das Feuerwehrfest wird heuer zum 40. Mal gefeiert.", "heuer", "DATE", "2025"),
    (R, "Im Jänner hatte der Gemeinderat die Müllgebühren erhöht.", "Jänner", "DATE", "2025-01"),
    (R, "Ende Jänner wurde der Sessellift wieder in Betrieb genommen.", "Ende Jänner", "DATE", "2025-01"),
    (R, "Der Ball der Bauernjugend fand am 8. Feber im Vereinshaus statt.", "8. Feber", "DATE", "2025-02-08"),
    (R, "Seit Anfang Feber ist die Langlaufloipe gespurt.", "Anfang Feber", "DATE", "2025-02"),
    (R, "Seit 1. Jänner gilt in der Gemeinde eine neue Gebührenordnung.", "1. Jänner", "DATE", "2025-01-01"),
    (R, "Am kommenden Samstag lädt die Bäuerinnenorganisation zum Krapfenverkauf.", "kommenden Samstag", "DATE",
     "2025-03-08"),
    (R, "Ende der Woche soll die Landesstraße wieder befahrbar sein.", "Ende der Woche", "DATE", "2025-W10"),
    (R, "Mitte der kommenden Woche entscheidet der Gemeindeausschuss.", "Mitte der kommenden Woche", "DATE",
     "2025-W11"),
    (R, "In den vergangenen Jahren wurde die Almhütte mehrmals erweitert.", "den vergangenen Jahren", "DURATION",
     "PXY"),
    (R, "Zu Pfingsten treffen sich die Schützenkompanien des Bezirks.", "Pfingsten", "DATE", "2025-06-08"),
    (R, "Am Stefanitag spielte die Musikkapelle im Altersheim.", "Stefanitag", "DATE", "2024-12-26"),
    (R, "Im Frühjahr beginnen die Arbeiten an der Kanalisation.", "Frühjahr", "DATE", "2025-SP"),
    (R, "Die Umleitung bleibt bis Ende April bestehen.", "Ende April", "DATE", "2025-04"),
    (R, "Ab 1. Juli gilt auf dem Dorfplatz eine neue Parkordnung.", "1. Juli", "DATE", "2025-07-01"),
    (R, "Die nächste Gemeinderatssitzung findet am Dienstag, 11. März, statt.", "Dienstag, 11. März", "DATE",
     "2025-03-11"),
    (R, "Der Almabtrieb ist heuer für den 4. Oktober geplant.", "4. Oktober", "DATE", "2025-10-04"),
    (R, "Beim Almabtrieb im Herbst 2024 säumten Tausende die Dorfstraße.", "Herbst 2024", "DATE", "2024-FA"),
    (R, "Das Feuerwehrfest am Wochenende war ein voller Erfolg.", "Wochenende", "DATE", "2025-W09-WE"),
    (R, "Gestern Abend tagte der Gemeinderat bis nach Mitternacht.", "Gestern Abend", "TIME", "2025-03-05TEV"),
    (R, "Heute früh war die Brennerstraße wegen Glatteis gesperrt.", "Heute früh", "TIME", "2025-03-06TMO"),
    (R, "Am frühen Morgen wurde die Bergrettung alarmiert.", "frühen Morgen", "TIME", "2025-03-06TMO"),
    (R, "Um 21 Uhr beginnt das Preiswatten im Gasthof Post.", "21 Uhr", "TIME", "2025-03-06T21:00"),
    (R, "Die Versammlung der Imker beginnt am Freitag um 19.30 Uhr.", "Freitag", "DATE", "2025-03-07"),
    (R, "Die Versammlung der Imker beginnt am Freitag um 19.30 Uhr.", "19.30 Uhr", "TIME", "2025-03-07T19:30"),
    (R, "Gestern in der Früh lag auf den Wiesen Raureif.", "Gestern in der Früh", "TIME", "2025-03-05TMO"),
    (R, "Vorgestern wurde die neue Brücke über die Etsch freigegeben.", "Vorgestern", "DATE", "2025-03-04"),
    (R, "Übermorgen wird der neue Pfarrer in sein Amt eingeführt.", "Übermorgen", "DATE", "2025-03-08"),
    (R, "Am Faschingsdienstag zogen die Kinder verkleidet durch das Dorf.", "Faschingsdienstag", "DATE",
     "2025-03-04"),
    (R, "Am Aschermittwoch wurde das Faschingsfeuer gelöscht.", "Aschermittwoch", "DATE", "2025-03-05"),
    (R, "Zu Allerheiligen werden die Gräber gesegnet.", "Allerheiligen", "DATE", "2025-11-01"),
    (R, "Zu Maria Himmelfahrt findet das Dorffest statt.", "Maria Himmelfahrt", "DATE", "2025-08-15"),
    (R, "Zu Ostern wird die renovierte Kapelle wieder geöffnet.", "Ostern", "DATE", "2025-04-20"),
    (R, "Am Ostermontag lädt der Tourismusverein zur Eiersuche.", "Ostermontag", "DATE", "2025-04-21"),
    (R, "An Christi Himmelfahrt wandern die Bauern zur Bergkapelle.", "Christi Himmelfahrt", "DATE", "2025-05-29"),
    (R, "Der Christkindlmarkt öffnet Ende November.", "Ende November", "DATE", "2025-11"),
    (R, "Ab Mitte April ist die Schutzhütte wieder bewirtschaftet.", "Mitte April", "DATE", "2025-04"),
    (R, "Die Landtagswahl findet am 4. Mai statt.", "4. Mai", "DATE", "2025-05-04"),
    (R, "Der Skilift war in dieser Saison 90 Tage in Betrieb.", "90 Tage", "DURATION", "P90D"),
    (R, "Die Umfahrung wird seit Jahrzehnten gefordert.", "Jahrzehnten", "DURATION", "PXDE"),
    (R, "Die Musikkapelle probt alle zwei Wochen im Probelokal.", "alle zwei Wochen", "SET", "P2W"),
    (R, "Die Jugendgruppe trifft sich jeden Freitag im Pfarrheim.", "jeden Freitag", "SET", "XXXX-WXX-5"),
    (R, "Die Mülltonnen werden monatlich geleert.", "monatlich", "SET", "P1M"),
    (R, "Der Wochenmarkt findet dreimal pro Woche statt.", "dreimal pro Woche", "SET", "P1W"),
    (R, "Nach dem Murenabgang war das Tal tagelang abgeschnitten.", "tagelang", "DURATION", "PXD"),
    (R, "Der Streit um die Mülldeponie zog sich monatelang hin.", "monatelang", "DURATION", "PXM"),
    (R, "Die Sanierung der Grundschule dauerte ein halbes Jahr.", "ein halbes Jahr", "DURATION", "P6M"),
    (R, "Anderthalb Jahre lang wurde an der neuen Feuerwehrhalle gebaut.", "Anderthalb Jahre", "DURATION",
     "P1Y6M"),
    (R, "Der Festumzug dauert rund zwei Stunden.", "rund zwei Stunden", "DURATION", "PT2H"),
    (R, "Der Bauernmarkt findet jeden Samstag auf dem Kirchplatz statt.", "jeden Samstag", "SET", "XXXX-WXX-6"),
    (R, "Am Freitagabend brannte in Tramin ein Stadel.", "Freitagabend", "TIME", "2025-02-28TEV"),
    (R, "Am Montagvormittag wurde die Baustelle eingerichtet.", "Montagvormittag", "TIME", "2025-03-03TMO"),
    (R, "Der Kirchtag wird am dritten Sonntag im Oktober gefeiert.", "dritten Sonntag im Oktober", "DATE",
     "2025-10-19"),
    (R, "Die Anmeldefrist läuft Mitte des Monats ab.", "Mitte des Monats", "DATE", "2025-03"),
    (R, "Vor drei Wochen wurde der neue Kindergarten eröffnet.", "drei Wochen", "DURATION", "P3W"),
    (R, "In zwei Wochen beginnt die Radsaison am Reschensee.", "zwei Wochen", "DURATION", "P2W"),
    (R, "Nächsten Sommer wird das Freibad erneuert.", "Nächsten Sommer", "DATE", "2025-SU"),
    (R, "Das Landesgesetz vom 12. Dezember 2023 regelt die Jagd neu.", "12. Dezember 2023", "DATE", "2023-12-12"),
    (R, "Am 1. Mai führt die Maiwanderung auf den Gampen.", "1. Mai", "DATE", "2025-05-01"),
    (R, "Im Mai und Juni bleibt das Museum geschlossen.", "Juni", "DATE", "2025-06"),
    (R, "Die Gemeinderatssitzung vom Dienstag dauerte vier Stunden.", "Dienstag", "DATE", "2025-03-04"),
    (R, "Die Gemeinderatssitzung vom Dienstag dauerte vier Stunden.", "vier Stunden", "DURATION", "PT4H"),
    (R, "Heute Nachmittag wird der Maibaum aufgestellt.", "Heute Nachmittag", "TIME", "2025-03-06TAF"),
    (R, "Morgen früh wird die Straße gesalzen.", "Morgen früh", "TIME", "2025-03-07TMO"),
    (R, "Die Feuerwehr rückte in der Nacht aus und war bis 4 Uhr früh im Einsatz.", "4 Uhr früh", "TIME",
     "2025-03-06T04:00"),
    (R, "Der Gemeinderat tritt am 20. d. M. zusammen.", "20. d. M.", "DATE", "2025-03-20"),
    (R, "Die Frist für die Ansuchen endete am 3. d. M. um 12 Uhr.", "3. d. M.", "DATE", "2025-03-03"),
    (R, "Die Beiträge werden am 28. dieses Monats ausbezahlt.", "28. dieses Monats", "DATE", "2025-03-28"),
    (R, "Die Ansuchen sind bis 30. April d. J. einzureichen.", "30. April d. J.", "DATE", "2025-04-30"),
    (R, "Seit dem Vorjahr gibt es im Dorf keinen Arzt mehr.", "Vorjahr", "DATE", "2024"),
    (R, "Der heurige Almsommer war verregnet.", "heurige Almsommer", "DATE", "2025-SU",
     "a season compound ('Almsommer') is not read as the season"),
    (R, "Im Herbst des heurigen Jahres wird die Kirche eingeweiht.", "Herbst des heurigen Jahres", "DATE",
     "2025-FA"),
    (R, "Der Obmann blickte auf das abgelaufene Jahr zurück.", "das abgelaufene Jahr", "DATE", "2024"),
    (R, "Im laufenden Jahr sind bereits 12 Einsätze verzeichnet worden.", "laufenden Jahr", "DATE", "2025"),
    (R, "Die Feuerwehr wurde gestern um 23.45 Uhr zu einem Kaminbrand gerufen.", "23.45 Uhr", "TIME",
     "2025-03-05T23:45"),
    (R, "Ende Feber lag im Tal noch Schnee.", "Ende Feber", "DATE", "2025-02"),
    (R, "Die neue Kinderkrippe öffnet Mitte Jänner 2026.", "Mitte Jänner 2026", "DATE", "2026-01"),
    (R, "In den kommenden Tagen wird die Loipe neu gespurt.", "den kommenden Tagen", "DURATION", "PXD"),
    (R, "In den nächsten zwei Wochen bleibt die Brücke gesperrt.", "den nächsten zwei Wochen", "DURATION", "P2W"),
    (R, "Innerhalb einer Woche waren alle Karten verkauft.", "einer Woche", "DURATION", "P1W"),
    (R, "Seit dem Herbst ist die Dorfbar geschlossen.", "Herbst", "DATE", "2024-FA"),
    (R, "Heuer im Juli feiert die Musikkapelle ihr Jubiläum.", "Juli", "DATE", "2025-07"),
    (R, "Am Palmsonntag segnet der Pfarrer die Palmbuschen.", "Palmsonntag", "DATE", "2025-04-13"),
    (R, "Am Gründonnerstag verstummen die Glocken.", "Gründonnerstag", "DATE", "2025-04-17"),
    (R, "Am Karfreitag bleiben die Geschäfte offen.", "Karfreitag", "DATE", "2025-04-18"),
    (R, "Zu Silvester feierten Hunderte auf dem Dorfplatz.", "Silvester", "DATE", "2024-12-31"),
    (R, "Am Heiligen Abend wird der Kirchenchor bei der Mette singen.", "Heiligen Abend", "DATE", "2025-12-24"),
    (R, "Am Heiligen Abend sang der Kirchenchor bei der Mette.", "Heiligen Abend", "DATE", "2024-12-24"),
    (R, "Zu Ostern waren alle Betten im Tal belegt.", "Ostern", "DATE", "2024-03-31",
     "a feast within 75 days is the near one against a past cue (participles of the present passive look past)"),
    (R, "Die Palmbuschen werden schon in der Woche vor Ostern gebunden.", "Ostern", "DATE", "2025-04-20"),
    (R, "Am Dreikönigstag zogen die Sternsinger von Haus zu Haus.", "Dreikönigstag", "DATE", "2025-01-06"),
    (R, "Der Almabtrieb findet am Samstag, 27. September, statt.", "Samstag, 27. September", "DATE", "2025-09-27"),
    (R, "Der Gemeinderat tagt wieder im April.", "April", "DATE", "2025-04"),
    (R, "Gegen Mitternacht wurde die Feuerwehr alarmiert.", "Mitternacht", "TIME", "2025-03-06T24:00"),
    (R, "Am Vormittag besuchte der Landesrat die Baustelle.", "Vormittag", "TIME", "2025-03-06TMO"),
    (R, "Die Schützenkompanie wird am dritten Oktobersonntag zur Wallfahrt marschieren.", "dritten Oktobersonntag",
     "DATE", "2025-10-19"),
    (R, "Der Bauernmarkt war am letzten Feberfreitag gut besucht.", "letzten Feberfreitag", "DATE", "2025-02-28"),
    (R, "Der Umbau des Widums dauerte ein Dreivierteljahr.", "ein Dreivierteljahr", "DURATION", "P9M"),
    (R, "Die Saison auf der Alm dauert bis Ende Oktober.", "Ende Oktober", "DATE", "2025-10",
     "a month after 'bis' in a present clause takes the nearest year, not the coming one"),
    (R, "Die Bauarbeiten beginnen im Laufe des Frühjahrs.", "Laufe des Frühjahrs", "DATE", "2025-SP",
     "'Laufe des' before a season stays outside (it is inside before 'Jahres')"),
]

WEEKLY = [
    (W, "Im Sommer 1914 ahnte kaum jemand, was kommen würde.", "Sommer 1914", "DATE", "1914-SU"),
    (W, "In den Zwanzigerjahren tanzte Berlin Charleston.", "Zwanzigerjahren", "DATE", "192"),
    (W, "Ende der Zwanzigerjahre kam die Weltwirtschaftskrise.", "Ende der Zwanzigerjahre", "DATE", "192"),
    (W, "In den 1920er-Jahren wuchs die Stadt rasant.", "1920er-Jahren", "DATE", "192"),
    (W, "In den 1960er Jahren begann der Massentourismus.", "1960er Jahren", "DATE", "196"),
    # a century keeps its phase adjective outside, as WikiWarsDE annotates "des frühen 20. Jahrhunderts"
    (W, "Im ausgehenden 19. Jahrhundert entstanden die Mietskasernen.", "19. Jahrhundert", "DATE", "18"),
    (W, "In der zweiten Hälfte des 18. Jahrhunderts kamen die ersten Reisenden.",
     "zweiten Hälfte des 18. Jahrhunderts", "DATE", "17"),
    (W, "In den frühen Neunzigerjahren zog die Malerin nach Leipzig.", "frühen Neunzigerjahren", "DATE", "199"),
    (W, "In den späten 1970er Jahren wuchs die Friedensbewegung.", "späten 1970er Jahren", "DATE", "197"),
    (W, "In der ersten Hälfte der Sechzigerjahre wurde die Mauer gebaut.", "ersten Hälfte der Sechzigerjahre",
     "DATE", "196"),
    (W, "Vor 30 Jahren unterschrieben sie den Vertrag von Maastricht.", "30 Jahren", "DURATION", "P30Y"),
    (W, "Vor gut hundert Jahren endete das Kaiserreich.", "gut hundert Jahren", "DURATION", "P100Y"),
    (W, "Vor einem halben Jahrhundert landeten Menschen auf dem Mond.", "einem halben Jahrhundert", "DURATION",
     "P50Y"),
    (W, "1990 war alles offen. Damals glaubte kaum jemand an eine schnelle Einheit.", "Damals", "DATE",
     "PAST_REF"),
    (W, "Dieser Tage erscheint ein neues Buch über die Revolution.", "Dieser Tage", "DATE", "PRESENT_REF"),
    (W, "Jüngst hat eine Studie gezeigt, wie ungleich die Vermögen verteilt sind.", "Jüngst", "DATE", "PAST_REF"),
    (W, "Die Regierung will demnächst einen Entwurf vorlegen.", "demnächst", "DATE", "FUTURE_REF"),
    (W, "Einst war die Stadt ein Zentrum der Tuchweberei.", "Einst", "DATE", "PAST_REF"),
    (W, "Drei Jahre lang lebte der Dichter im Exil.", "Drei Jahre", "DURATION", "P3Y"),
    (W, "Seit Jahrzehnten streiten Historiker über die Ursachen.", "Jahrzehnten", "DURATION", "PXDE"),
    (W, "Jahrhundertelang war das Kloster der größte Grundbesitzer.", "Jahrhundertelang", "DURATION", "PXCE"),
    (W, "Der Preis wird alljährlich in der Paulskirche verliehen.", "alljährlich", "SET", "P1Y"),
    (W, "Montags trafen sich die Dichter im Café.", "Montags", "SET", "XXXX-WXX-1"),
    (W, "Das Magazin erscheint alle zwei Monate.", "alle zwei Monate", "SET", "P2M"),
    (W, "Die Kommission tagt viermal im Jahr.", "viermal im Jahr", "SET", "P1Y"),
    (W, "Nach anderthalb Jahren Bauzeit wurde die Brücke eröffnet.", "anderthalb Jahren", "DURATION", "P1Y6M"),
    (W, "Ein halbes Jahr nach der Wahl zerbrach die Koalition.", "Ein halbes Jahr", "DURATION", "P6M"),
    (W, "Im Frühjahr 1945 lag die Stadt in Trümmern.", "Frühjahr 1945", "DATE", "1945-SP"),
    (W, "Am 8. Mai 1945 kapitulierte die Wehrmacht.", "8. Mai 1945", "DATE", "1945-05-08"),
    (W, "Der Krieg dauerte sechs Jahre.", "sechs Jahre", "DURATION", "P6Y"),
    (W, "Zwischen den Jahren 1914 und 1918 starben Millionen.", "1918", "DATE", "1918"),
    (W, "Heute Nacht wird im Bundestag abgestimmt.", "Heute Nacht", "TIME", "2022-09-15TNI"),
    (W, "Am Mittwochabend trat der Ausschuss zusammen.", "Mittwochabend", "TIME", "2022-09-14TEV"),
    (W, "Die Sendung beginnt um 20.15 Uhr.", "20.15 Uhr", "TIME", "2022-09-15T20:15"),
    (W, "In diesen Tagen entscheidet sich die Zukunft der Koalition.", "diesen Tagen", "DATE", "PRESENT_REF"),
    (W, "Die Ausstellung läuft noch bis zum 8. Januar.", "8. Januar", "DATE", "2023-01-08"),
    (W, "Im Herbst wird in Niedersachsen gewählt.", "Herbst", "DATE", "2022-FA"),
    (W, "Dieses Wochenende demonstrieren die Klimaaktivisten.", "Dieses Wochenende", "DATE", "2022-W37-WE"),
    (W, "Das Haus wurde um 1900 gebaut.", "1900", "DATE", "1900"),
    (W, "Die Villa stammt aus dem Jahr 1911.", "Jahr 1911", "DATE", "1911"),
    (W, "Im Revolutionsjahr 1848 versammelte sich das Parlament.", "1848", "DATE", "1848"),
    (W, "1952 wanderte der Geiger nach Kanada aus. Vierzig Jahre später kehrte er zurück.", "Vierzig Jahre später",
     "DATE", "1992"),
    (W, "Im Laufe der Jahrhunderte verfiel die Burg.", "Laufe der Jahrhunderte", "DURATION", "PXCE"),
    (W, "Im Lauf der Jahrzehnte wurde das Dorf zur Stadt.", "Lauf der Jahrzehnte", "DURATION", "PXDE"),
    (W, "Um die Jahrhundertwende zählte Wien zwei Millionen Einwohner.", "Jahrhundertwende", "DATE", "1900",
     "the turn of a century is not read (which one needs the story's era)"),
    (W, "Vor hundert Jahren war das Viertel arm. Heute ist es teuer.", "Heute", "DATE", "PRESENT_REF",
     "'heute' as 'nowadays' after a look far back is read as the report's day"),
    (W, "Seit Menschengedenken wird hier Wein angebaut.", "Menschengedenken", "DURATION", "PXY",
     "an idiom of the past; not read"),
    (W, "Im Herbst 1918 brach die Monarchie zusammen.", "Herbst 1918", "DATE", "1918-FA"),
    (W, "Der Winter 1962 war der kälteste des Jahrhunderts.", "Winter 1962", "DATE", "1962-WI"),
    (W, "Die ersten Monate des Jahres 1933 veränderten alles.", "ersten Monate des Jahres 1933", "DATE", "1933",
     "a part of a year given by months ('die ersten Monate des Jahres') is not read"),
    (W, "Es war die längste Sitzung seit Jahren.", "Jahren", "DURATION", "PXY"),
    (W, "Gut zwei Jahrzehnte lang regierte die Partei die Stadt.", "Gut zwei Jahrzehnte", "DURATION", "P2DE"),
    (W, "Der Bau dauerte knapp vier Jahre.", "knapp vier Jahre", "DURATION", "P4Y"),
    (W, "Tag für Tag kamen neue Flüchtlinge an.", "Tag für Tag", "SET", "P1D"),
    (W, "Woche für Woche wuchs die Zahl der Demonstranten.", "Woche für Woche", "SET", "P1W"),
    (W, "Jeden Morgen las er die Zeitung im Café.", "Jeden Morgen", "SET", "XXXX-XX-XXTMO"),
    (W, "Bis zum Ende des Jahrzehnts soll die Kohle verschwinden.", "Ende des Jahrzehnts", "DATE", "202"),
    (W, "Vor Jahrzehnten stand hier eine Fabrik.", "Jahrzehnten", "DURATION", "PXDE"),
    (W, "Vor Jahrhunderten verlief hier die Grenze.", "Jahrhunderten", "DURATION", "PXCE"),
    (W, "Seit den Siebzigerjahren kämpft die Stadt mit dem Niedergang.", "Siebzigerjahren", "DATE", "197"),
    (W, "Mitte 1989 ahnte niemand den Fall der Mauer.", "Mitte 1989", "DATE", "1989"),
    (W, "Vor genau 50 Jahren trat das Abkommen in Kraft.", "genau 50 Jahren", "DURATION", "P50Y"),
    (W, "Vor mehr als 70 Jahren endete der Krieg.", "mehr als 70 Jahren", "DURATION", "P70Y"),
    (W, "Vor rund 2000 Jahren siedelten hier die Römer.", "rund 2000 Jahren", "DURATION", "P2000Y"),
    (W, "Nach 1945 wurde die Stadt geteilt.", "1945", "DATE", "1945"),
    (W, "Die Partei verlor eine Dekade lang jede Wahl.", "eine Dekade", "DURATION", "P1DE"),
    (W, "Die Einigung gelang innerhalb eines Tages.", "eines Tages", "DURATION", "P1D"),
    (W, "Seit zwei Dekaden regiert dieselbe Partei.", "zwei Dekaden", "DURATION", "P2DE"),
    (W, "Vor exakt einem Jahr trat der Kanzler zurück.", "exakt einem Jahr", "DURATION", "P1Y"),
]

# (reference date, sentence, text no timex may touch[, xfail reason])
NEGATIVE = [
    (R, "Die 62-Jährige wurde mit dem Rettungshubschrauber ins Krankenhaus geflogen.", "62-Jährige"),
    (R, "Ein 80-jähriger Mann stürzte beim Holzarbeiten.", "80-jähriger"),
    (R, "Das Büro des Vereins befindet sich in der Hauptstraße 12.", "12"),
    (R, "Die Sitzung findet im Gasthof Post am Dorfplatz 3 statt.", "3"),
    (R, "Der Unfall ereignete sich auf der A 22 bei Klausen.", "22"),
    (R, "Auf der SS 12 staute sich der Verkehr.", "12"),
    (R, "Die Buslinie 201 fährt nun auch am Abend.", "201"),
    (R, "Der FC Südtirol gewann das Heimspiel mit 2:1.", "2:1"),
    (R, "Die Hockeyspieler siegten 4:3 nach Penaltyschießen.", "4:3"),
    (R, "Der Antrag wurde mit 14 zu 5 Stimmen angenommen.", "14"),
    (R, "Das Feuerwehrfest wird heuer zum 40. Mal gefeiert.", "40. Mal"),
    (R, "Das Feuerwehrfest lockte 2000 Besucher an.", "2000"),
    (R, "Am 1. Mai führt die Maiwanderung auf den Gampen.", "Maiwanderung"),
    (R, "Der Maibaum wurde von 30 Burschen aufgestellt.", "Maibaum"),
    (R, "Die Almhütte liegt auf 1850 Meter Höhe.", "1850"),
    (R, "Die Bäuerinnen verkauften 1500 Krapfen.", "1500",
     "a year-like count right after a verb and before a plural noun is read as a year"),
    (R, "Der Almabtrieb ist ein Fest für das ganze Dorf.", "Almabtrieb"),
    (R, "Die Osterfeuer brannten auf allen Gipfeln.", "Osterfeuer"),
    (W, "Nach dem Zweiten Weltkrieg lag die Stadt in Trümmern.", "Zweiten Weltkrieg"),
    (W, "Der 1. Weltkrieg veränderte Europa.", "1. Weltkrieg"),
    (W, "Bis zum Ende des Zweiten Weltkriegs blieb die Stadt verschont.", "Ende des Zweiten Weltkriegs"),
    (W, "Die 68er haben die Republik verändert.", "68er"),
    (W, "Die Achtundsechziger wurden selbst zum Establishment.", "Achtundsechziger"),
    (W, "Über Paragraf 218 wird seit langem gestritten.", "218"),
    (W, "Der Streit um § 219a ist beigelegt.", "219a"),
    (W, "Artikel 146 des Grundgesetzes sieht eine Verfassung vor.", "146"),
    (W, "Die Bundesstraße 96 führt an die Ostsee.", "96"),
    (W, "In der Weimarer Republik zerbrachen die Parteien.", "Weimarer Republik"),
    (W, "Die Generation der Babyboomer geht in Rente.", "Babyboomer"),
    (W, "Der Verlag druckte 1914 Exemplare der ersten Auflage.", "1914"),
    (W, "Das Schiff hatte 1200 Passagiere an Bord.", "1200",
     "a year-like count right after a verb and before a plural noun is read as a year"),
    (W, "Sie war die Frau der Stunde.", "Stunde"),
    (W, "Das ist eine Frage der Zeit.", "Zeit"),
    (W, "Die Tagesschau berichtete ausführlich.", "Tagesschau"),
    (W, "Der Sonntagsfahrer bremste ohne Grund.", "Sonntagsfahrer"),
    (R, "Die 95-jährige Jubilarin wurde vom Bürgermeister beglückwünscht.", "95-jährige"),
    (R, "Informationen gibt es unter der Telefonnummer 0471 123456.", "0471"),
    (R, "Der Unfall geschah bei Kilometer 12 der Staatsstraße.", "12"),
    (R, "Das Spiel endete 1:1.", "1:1"),
    (W, "Die Ärzte arbeiteten Tag und Nacht.", "Tag und Nacht"),
    (W, "Eines Tages wird die Partei das bereuen.", "Eines Tages"),
    (W, "Eines schönen Tages stand der Dichter vor der Tür.", "Eines schönen Tages"),
    (W, "Die Stadt, damals noch eine Festung, zählte kaum Einwohner.", "damals"),
    (W, "In seinen Zwanzigern reiste er durch Asien.", "Zwanzigern"),
    (W, "Zwischen den Kriegen blühte die Stadt auf.", "Kriegen"),
    (W, "Die Zwanziger-Jahre-Party war ausverkauft.", "Zwanziger-Jahre-Party"),
    (W, "Die 1980er-Jahre-Mode kehrt in die Läden zurück.", "1980er-Jahre-Mode"),
]


def _cases(rows):
    out = []
    for row in rows:
        ref, text, extent, ttype, value = row[:5]
        marks = [pytest.mark.xfail(reason=row[5], strict=True)] if len(row) > 5 else []
        out.append(pytest.param(ref, text, extent, ttype, value, marks=marks, id=f"{extent}|{text[:40]}"))
    return out


def _negatives(rows):
    out = []
    for row in rows:
        ref, text, extent = row[:3]
        marks = [pytest.mark.xfail(reason=row[3], strict=True)] if len(row) > 3 else []
        out.append(pytest.param(ref, text, extent, marks=marks, id=f"no {extent}|{text[:40]}"))
    return out


@pytest.mark.parametrize("ref,text,extent,ttype,value", _cases(REGIONAL + WEEKLY))
def test_probe(ref, text, extent, ttype, value):
    found = tag(text, "de", dt.date.fromisoformat(ref), "news")
    got = {t.text: (t.type, t.value) for t in found}
    assert got.get(extent) == (ttype, value), got


@pytest.mark.parametrize("ref,text,extent", _negatives(NEGATIVE))
def test_negative(ref, text, extent):
    start = text.index(extent)
    end = start + len(extent)
    found = tag(text, "de", dt.date.fromisoformat(ref), "news")
    assert not [t.text for t in found if t.start < end and start < t.end]
