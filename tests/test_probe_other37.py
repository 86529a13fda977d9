"""Probes of the class Other (issue 9, stop 37), beyond tests/test_probe_other36.py: the long tail
of the development set's README conventions told in other constructions -- requests, declarations
adopted or issued, protests told as nouns, relations established (also as the origin of an
anniversary), battles and wars, swearing-in and taking office, deaths, treaty signing,
ratification, provisional application and entry into force, written responses, resignations,
troop deployments, Security Council votes, vetoes and abstentions, media reports, attacks,
releases, awards and religious events. Every sentence was written for this test (invented names:
Helen Varga, Peter Almeida, Rasmus Holt, Ines Carvalho, Otto Lind; real states and cities).

Each positive case lists ``(type, participant name or None, date value or None, statuses)``
(tests/extraction_cases.matches); a case also fails when kb lists more events of the class.
``NOTHING`` lists sentences that must give no asserted (past, ongoing, planned) event of the class
named with them: a noun in a title, habitual and generic uses, "the death toll rose",
"award-winning", negations, hypotheticals. What is left is a strict xfail with its reason."""

from __future__ import annotations

import pytest

from extraction_cases import check_told, events_of, param, show, told_of

DCT = "2025-03-12"  # a Wednesday: Monday is the 10th, Sunday the 9th, Friday the 7th
P, O, PL = "past", "ongoing", "planned"

EN = [
    # --- requests
    ("Helen Varga asked Otto Lind on Monday to mediate between the two parties.",
     [("Other/Request", "Helen Varga", "2025-03-10", P)]),
    ("Ukraine formally requested military assistance from NATO on Tuesday.",
     [("Other/Request", "Ukraine", "2025-03-11", P)]),
    ("On Friday Peter Almeida asked the European Union for financial help.",
     [("Other/Request", "Peter Almeida", "2025-03-07", P)]),
    # --- declarations
    ("Helen Varga and Otto Lind adopted a joint declaration on Monday.",
     [("Other/Declaration", "Helen Varga", "2025-03-10", P)]),
    ("On Tuesday the two presidents signed a declaration on strategic partnership.",
     [("Other/Declaration", None, "2025-03-11", P)]),
    ("Kosovo declared its independence from Serbia on 17 February 2008.",
     [("Other/Independence", "Kosovo", "2008-02-17", P)]),
    ("Peru declared a state of emergency in Lima on Sunday.",
     [("Other/Emergency", "Peru", "2025-03-09", P)]),
    # --- protests
    ("Hundreds of farmers protested outside parliament in Dublin on Monday.",
     [("Other/Protest", None, "2025-03-10", P)]),
    ("Demonstrators rallied in Bratislava on Friday against the government.",
     [("Other/Protest", None, "2025-03-07", P)]),
    ("The protests against President Helen Varga began in January.",
     [("Other/Protest", "Helen Varga", "2025-01", P)]),
    # --- relations
    ("Saudi Arabia and Iran restored diplomatic relations on Friday.",
     [("Other/Relations", "Iran", "2025-03-07", P)]),
    ("Chile and Vietnam established diplomatic relations in 1971.",
     [("Other/Relations", "Chile", "1971", P)]),
    ("This year marks the 50th anniversary of the establishment of diplomatic relations between Portugal and Brazil.",
     [("Other/Relations", "Portugal", "1975", P)]),
    ("Tunisia and Japan celebrate the 30th anniversary of diplomatic relations this year.",
     [("Other/Relations", "Tunisia", "1995", P)]),
    ("A joint declaration was adopted on the occasion of the 100th anniversary of the establishment of diplomatic relations between Portugal and Brazil.",
     [("Other/Relations", "Portugal", "1925", P), ("Other/Declaration", "Brazil", None, P)]),
    ("Tom Berg arrived in Lisbon on the occasion of the 50th anniversary of the establishment of diplomatic relations between Portugal and Brazil.",
     [("Other/Relations", "Portugal", "1975", P)]),
    ("Several topics of Chilean-Peruvian trade were discussed in the context of the 50th anniversary of diplomatic relations, marked this year.",
     [("Other/Relations", "Peru", "1975", P)]),
    # --- battles, wars
    ("The Battle of Stalingrad ended in February 1943.",
     [("Other/Battle", None, "1943-02", P)]),
    ("Russia launched a full-scale invasion of Ukraine on 24 February 2022.",
     [("Other/WarStart", "Russia", "2022-02-24", P)]),
    ("Fighting broke out in Khartoum on 15 April 2023.",
     [("Other/WarStart", None, "2023-04-15", P)]),
    # --- taking office
    ("Helen Varga was sworn in as prime minister of Hungary on Monday.",
     [("Other/TakingOffice", "Helen Varga", "2025-03-10", P)]),
    ("Peter Almeida took the oath of office in Lisbon on Sunday.",
     [("Other/TakingOffice", "Peter Almeida", "2025-03-09", P)]),
    ("Rasmus Holt will be inaugurated as president on 20 March.",
     [("Other/TakingOffice", "Rasmus Holt", "2025-03-20", PL)]),
    ("Ines Carvalho assumed the presidency of the Council on 1 January.",
     [("Other/TakingOffice", "Ines Carvalho", "2025-01-01", P)]),
    ("Ines Carvalho became prime minister on Monday.",
     [("Other/TakingOffice", "Ines Carvalho", "2025-03-10", P)]),
    # --- deaths
    ("Former chancellor Otto Lind died in Vienna on Saturday.",
     [("Other/Death", "Otto Lind", "2025-03-08", P)]),
    ("Otto Lind was killed in a helicopter crash on Sunday.",
     [("Other/Death", "Otto Lind", "2025-03-09", P)]),
    ("Rasmus Holt died on Tuesday at the age of 88.",
     [("Other/Death", "Rasmus Holt", "2025-03-11", P)]),
    # --- treaties
    ("Helen Varga and Peter Almeida signed a border treaty in Budapest on Tuesday.",
     [("Other/Treaty", "Helen Varga", "2025-03-11", P)]),
    ("The parliament of Latvia ratified the agreement on Thursday.",
     [("Other/Ratification", "Latvia", "2025-03-06", P)]),
    ("The provisional application of the trade agreement began on 1 May.",
     [("Other/TreatyProvisionalApplication", None, "2024-05-01", P)]),
    ("The agreement between Chile and Peru entered into force on 1 March.",
     [("Other/TreatyEntryIntoForce", "Chile", "2025-03-01", P)]),
    # --- written responses
    ("Russia delivered its written response to the proposals of the United States on Monday.",
     [("Other/WrittenResponse", "Russia", "2025-03-10", P)]),
    # --- resignations
    ("Helen Varga resigned on Monday after the vote.",
     [("Other/Resignation", "Helen Varga", "2025-03-10", P)]),
    ("Peter Almeida and his cabinet resigned on Friday.",
     [("Other/Resignation", "Peter Almeida", "2025-03-07", P)]),
    ("Rasmus Holt quit as finance minister on Tuesday.",
     [("Other/Resignation", "Rasmus Holt", "2025-03-11", P)]),
    # --- troop deployments
    ("Germany deployed 500 soldiers to Lithuania on Monday.",
     [("Other/Deployment", "Germany", "2025-03-10", P)]),
    ("France sent troops to Mali in January 2013.",
     [("Other/Deployment", "France", "2013-01", P)]),
    ("France has deployed troops in Mali for three years.",
     [("Other/Deployment", "France", "2022-03", P)]),
    ("Thousands have protested in Belgrade against the government for two months.",
     [("Other/Protest", None, "2025-01", P)]),
    ("The African Union has deployed peacekeepers to Somalia since 2007.",
     [("Other/Deployment", "African Union", "2007", P)]),
    # --- Security Council
    ("Russia and China vetoed the draft resolution on Syria on Saturday.",
     [("Other/Veto", "Russia", "2025-03-08", P)]),
    ("India abstained in the vote on Monday.",
     [("Other/Abstention", "India", "2025-03-10", P)]),
    ("The Security Council adopted a resolution on Haiti on Tuesday.",
     [("Other/Resolution", "UN Security Council", "2025-03-11", P)]),
    # --- media reports
    ("The Yonhap news agency reported on Tuesday that Peter Almeida had arrived in Seoul.",
     [("Other/MediaReport", None, "2025-03-11", P)]),
    ("Reuters reported on Monday that the talks had stalled.",
     [("Other/MediaReport", "Reuters", "2025-03-10", P)]),
    # --- attacks
    ("A car bomb exploded in Baghdad on Monday, killing seven people.",
     [("Other/Attack", None, "2025-03-10", P)]),
    ("Helen Varga condemned the attack in Nice on Sunday.",
     [("Other/Attack", None, None, P)]),
    ("Gunmen opened fire on a market in Maiduguri on Saturday.",
     [("Other/Attack", None, "2025-03-08", P)]),
    # --- releases
    ("Otto Lind was released from custody on Tuesday.",
     [("Other/Release", "Otto Lind", "2025-03-11", P)]),
    ("Belarus freed Rasmus Holt on Sunday.",
     [("Other/Release", "Rasmus Holt", "2025-03-09", P)]),
    ("After the release of Ines Carvalho in May, Helen Varga called for calm.",
     [("Other/Release", "Ines Carvalho", "2024-05", P)]),
    # --- awards
    ("Ines Carvalho won the Sakharov Prize on Thursday.",
     [("Other/Award", "Ines Carvalho", "2025-03-06", P)]),
    ("Otto Lind was awarded the Order of Merit on Monday.",
     [("Other/Award", "Otto Lind", "2025-03-10", P)]),
    # --- religious events
    ("The pope celebrated an open-air mass in Lisbon on Sunday.",
     [("Other/ReligiousEvent", None, "2025-03-09", P)]),
    ("Pope Francis led prayers for peace in St. Peter's Square on Sunday.",
     [("Other/ReligiousEvent", "Pope Francis", "2025-03-09", P)]),
    # --- added after the first run: abstentions by the vote's time, crowds and police, "it" applied,
    # relations of "the two countries", funerals, liturgies, requests with a day between
    ("China and Russia abstained when the Security Council voted on Monday.",
     [("Other/Abstention", "Russia", "2025-03-10", P)]),
    ("Opposition supporters protested in Tbilisi on Sunday.",
     [("Other/Protest", None, "2025-03-09", P)]),
    ("Police detained dozens of protesters in Minsk on Saturday.",
     [("Other/Protest", None, "2025-03-08", P)]),
    ("Police dispersed a rally in Yerevan on Monday.",
     [("Other/Protest", None, "2025-03-10", P)]),
    ("Chile and Peru signed the agreement on Monday, and it will be provisionally applied from 1 May.",
     [("Other/Treaty", "Chile", "2025-03-10", P), ("Other/TreatyProvisionalApplication", "Peru", "2025-05-01", PL)]),
    ("Chile and Vietnam are old partners. The two countries established diplomatic relations in 1971.",
     [("Other/Relations", "Vietnam", "1971", P)]),
    ("Ukraine asked Germany on Monday for more air defence systems.",
     [("Other/Request", "Ukraine", "2025-03-10", P)]),
    ("The UN Security Council voted 13-0 on Monday to extend the mission in Mali.",
     [("Other/Vote", "UN Security Council", "2025-03-10", P)]),
    ("The Security Council will vote on the resolution on Friday.",
     [("Other/Vote", "UN Security Council", "2025-03-14", PL)]),
    ("In a vote of the Security Council on Monday, Russia and China abstained.",
     [("Other/Abstention", "Russia", "2025-03-10", P)]),
    ("Tom Berg's funeral took place in Oslo on Friday.",
     [("Other/Funeral", "Tom Berg", "2025-03-07", P)]),
    ("The pope celebrated the Christmas liturgy in Bethlehem on Tuesday.",
     [("Other/ReligiousEvent", None, "2025-03-11", P)]),
    ("Vladimir Putin and Emmanuel Macron adopted a joint declaration in Moscow on Monday.",
     [("Other/Declaration", "France", "2025-03-10", P)]),
    ("Helen Varga's swearing-in took place on Monday.",
     [("Other/TakingOffice", "Helen Varga", "2025-03-10", P)]),
    ("Tom Berg announced on Monday that he would step down as prime minister.",
     [("Other/Resignation", "Tom Berg", None, PL), ("Announcement", "Tom Berg", "2025-03-10", P)]),
    ("Vladimir Putin held talks with Emmanuel Macron in Moscow on Monday. Following the talks, a joint declaration was adopted.",
     [("Other/Declaration", "Emmanuel Macron", "2025-03-10", P)]),
    ("Citing officials, the Washington Post reported on Monday that Tom Berg would resign.",
     [("Other/MediaReport", "Washington Post", "2025-03-10", P), ("Other/Resignation", "Tom Berg", None, PL)]),
]

DE = [
    # --- Bitten, Ersuchen
    ("Helen Varga bat Otto Lind am Montag um Vermittlung.",
     [("Other/Request", "Helen Varga", "2025-03-10", P)]),
    ("Die Ukraine ersuchte die NATO am Dienstag um militärische Hilfe.",
     [("Other/Request", "Ukraine", "2025-03-11", P)]),
    # --- Erklärungen
    ("Helen Varga und Otto Lind verabschiedeten am Montag eine gemeinsame Erklärung.",
     [("Other/Declaration", "Helen Varga", "2025-03-10", P)]),
    ("Peru rief am Sonntag den Ausnahmezustand aus.",
     [("Other/Emergency", "Peru", "2025-03-09", P)]),
    ("Das Kosovo erklärte am 17. Februar 2008 seine Unabhängigkeit.",
     [("Other/Independence", "Kosovo", "2008-02-17", P)]),
    # --- Proteste
    ("Hunderte Bauern protestierten am Montag vor dem Parlament in Dublin.",
     [("Other/Protest", None, "2025-03-10", P)]),
    ("Tausende demonstrierten am Freitag in Bratislava gegen die Regierung.",
     [("Other/Protest", None, "2025-03-07", P)]),
    ("Seit Januar, als die Proteste gegen Präsidentin Helen Varga begannen, ist Peter Almeida zweimal in Budapest gewesen.",
     [("Other/Protest", "Helen Varga", "2025-01", P)]),
    # --- Beziehungen
    ("Saudi-Arabien und der Iran haben am Freitag ihre diplomatischen Beziehungen wiederhergestellt.",
     [("Other/Relations", "Iran", "2025-03-07", P)]),
    ("Chile und Vietnam nahmen 1971 diplomatische Beziehungen auf.",
     [("Other/Relations", "Chile", "1971", P)]),
    ("In diesem Jahr jährt sich die Aufnahme diplomatischer Beziehungen zwischen Portugal und Brasilien zum 50. Mal.",
     [("Other/Relations", "Portugal", "1975", P)]),
    ("Zum 30. Jahrestag der Aufnahme diplomatischer Beziehungen zwischen Tunesien und Japan reiste Otto Lind nach Tokio.",
     [("Other/Relations", "Tunisia", "1995", P)]),
    ("Zum 30. Jahrestag der Aufnahme diplomatischer Beziehungen zwischen Tunesien und Japan wurde eine gemeinsame Erklärung verabschiedet.",
     [("Other/Relations", "Tunisia", "1995", P), ("Other/Declaration", "Japan", None, P)]),
    # --- Schlachten, Kriege
    ("Die Schlacht von Stalingrad endete im Februar 1943.",
     [("Other/Battle", None, "1943-02", P)]),
    ("Russland begann am 24. Februar 2022 den Angriffskrieg gegen die Ukraine.",
     [("Other/WarStart", "Russia", "2022-02-24", P)]),
    # --- Amtsantritt
    ("Helen Varga wurde am Montag als Ministerpräsidentin Ungarns vereidigt.",
     [("Other/TakingOffice", "Helen Varga", "2025-03-10", P)]),
    ("Peter Almeida legte am Sonntag in Lissabon den Amtseid ab.",
     [("Other/TakingOffice", "Peter Almeida", "2025-03-09", P)]),
    ("Rasmus Holt soll am 20. März als Präsident vereidigt werden.",
     [("Other/TakingOffice", "Rasmus Holt", "2025-03-20", PL)]),
    ("Ines Carvalho übernahm am 1. Januar den Vorsitz des Rates.",
     [("Other/TakingOffice", "Ines Carvalho", "2025-01-01", P)]),
    # --- Tod
    ("Der frühere Kanzler Otto Lind ist am Samstag in Wien gestorben.",
     [("Other/Death", "Otto Lind", "2025-03-08", P)]),
    ("Otto Lind kam am Sonntag bei einem Hubschrauberabsturz ums Leben.",
     [("Other/Death", "Otto Lind", "2025-03-09", P)]),
    ("Rasmus Holt starb am Dienstag im Alter von 88 Jahren.",
     [("Other/Death", "Rasmus Holt", "2025-03-11", P)]),
    # --- Verträge
    ("Helen Varga und Peter Almeida unterzeichneten am Dienstag in Budapest einen Grenzvertrag.",
     [("Other/Treaty", "Helen Varga", "2025-03-11", P)]),
    ("Das lettische Parlament ratifizierte das Abkommen am Donnerstag.",
     [("Other/Ratification", None, "2025-03-06", P)]),
    ("Das Abkommen zwischen Chile und Peru ist am 1. März in Kraft getreten.",
     [("Other/TreatyEntryIntoForce", "Chile", "2025-03-01", P)]),
    ("Das Handelsabkommen wird seit dem 1. Mai vorläufig angewendet.",
     [("Other/TreatyProvisionalApplication", None, "2024-05-01", P)]),
    # --- schriftliche Antworten
    ("Russland übergab am Montag seine schriftliche Antwort auf die Vorschläge der USA.",
     [("Other/WrittenResponse", "Russia", "2025-03-10", P)]),
    # --- Rücktritte
    ("Helen Varga trat am Montag nach der Abstimmung zurück.",
     [("Other/Resignation", "Helen Varga", "2025-03-10", P)]),
    ("Peter Almeida und sein Kabinett traten am Freitag zurück.",
     [("Other/Resignation", "Peter Almeida", "2025-03-07", P)]),
    # --- Truppen
    ("Deutschland verlegte am Montag 500 Soldaten nach Litauen.",
     [("Other/Deployment", "Germany", "2025-03-10", P)]),
    ("Frankreich entsandte im Januar 2013 Truppen nach Mali.",
     [("Other/Deployment", "France", "2013-01", P)]),
    ("Die Afrikanische Union hat seit drei Jahren Friedenstruppen nach Somalia entsandt.",
     [("Other/Deployment", "African Union", "2022-03", P)]),
    ("Die Afrikanische Union hat seit 2007 Friedenstruppen nach Somalia entsandt.",
     [("Other/Deployment", "African Union", "2007", P)]),
    # --- Sicherheitsrat
    ("Russland und China legten am Samstag ihr Veto gegen die Resolution ein.",
     [("Other/Vote", "Russia", "2025-03-08", P)]),
    ("Indien enthielt sich am Montag bei der Abstimmung der Stimme.",
     [("Other/Vote", "India", "2025-03-10", P)]),
    ("Der Sicherheitsrat verabschiedete am Montag einstimmig eine Resolution zu Haiti.",
     [("Other/Resolution", "UN Security Council", "2025-03-10", P)]),
    ("Der UN-Sicherheitsrat stimmte am Montag einer Resolution zu.",
     [("Other/Resolution", "UN Security Council", "2025-03-10", P)]),
    ("Der UN-Sicherheitsrat stimmte am Montag über die Resolution ab.",
     [("Other/Vote", "UN Security Council", "2025-03-10", P)]),
    ("Bei der Abstimmung im Sicherheitsrat am Montag enthielten sich Russland und China.",
     [("Other/Vote", "Russia", "2025-03-10", P)]),
    ("Russland und China legten im Sicherheitsrat ihr Veto gegen die Resolution ein.",
     [("Other/Vote", "China", None, P)]),
    # --- Medien
    ("Wie die Nachrichtenagentur Yonhap am Dienstag berichtete, ist Peter Almeida in Seoul eingetroffen.",
     [("Other/MediaReport", None, "2025-03-11", P)]),
    # --- Anschläge
    ("Bei einem Bombenanschlag in Bagdad wurden am Montag sieben Menschen getötet.",
     [("Other/Attack", None, "2025-03-10", P)]),
    ("Helen Varga verurteilte den Anschlag in Nizza.",
     [("Other/Attack", None, None, P)]),
    ("Nach dem Terroranschlag in Barcelona erklärte Otto Lind am Freitag seine Solidarität.",
     [("Other/Attack", None, None, P)]),
    # --- Freilassungen
    ("Otto Lind wurde am Dienstag aus der Untersuchungshaft entlassen.",
     [("Other/Release", "Otto Lind", "2025-03-11", P)]),
    ("Nach der Haftentlassung von Rasmus Holt in Minsk warnte Helen Varga vor neuen Festnahmen.",
     [("Other/Release", "Rasmus Holt", None, P)]),
    # --- Auszeichnungen
    ("Ines Carvalho erhielt am Donnerstag den Sacharow-Preis.",
     [("Other/Award", "Ines Carvalho", "2025-03-06", P)]),
    ("Otto Lind wurde am Montag mit dem Verdienstorden ausgezeichnet.",
     [("Other/Award", "Otto Lind", "2025-03-10", P)]),
    # --- religiöse Ereignisse
    ("Der Papst feierte am Sonntag in Lissabon eine Messe unter freiem Himmel.",
     [("Other/ReligiousEvent", None, "2025-03-09", P)]),
    # --- added after the first run
    ("Oppositionsanhänger protestierten am Sonntag in Tiflis.",
     [("Other/Protest", None, "2025-03-09", P)]),
    ("Die Polizei nahm am Samstag in Minsk Dutzende Demonstranten fest.",
     [("Other/Protest", None, "2025-03-08", P)]),
    ("Die Polizei löste am Montag in Eriwan eine Kundgebung auf.",
     [("Other/Protest", None, "2025-03-10", P)]),
    ("Chile und Vietnam sind alte Partner. Die beiden Länder nahmen 1971 diplomatische Beziehungen auf.",
     [("Other/Relations", "Vietnam", "1971", P)]),
    ("Die Ukraine bat Deutschland am Montag um weitere Luftabwehrsysteme.",
     [("Other/Request", "Ukraine", "2025-03-10", P)]),
    ("Der Papst feierte am Dienstag in Bethlehem die Weihnachtsliturgie.",
     [("Other/ReligiousEvent", None, "2025-03-11", P)]),
    ("Russland und China enthielten sich am Montag im Sicherheitsrat der Stimme.",
     [("Other/Vote", "China", "2025-03-10", P)]),
    ("Wladimir Putin und Emmanuel Macron unterzeichneten am Montag in Moskau eine gemeinsame Erklärung.",
     [("Other/Declaration", "Russia", "2025-03-10", P)]),
    ("Wladimir Putin traf am Montag Emmanuel Macron in Moskau. Danach wurde eine gemeinsame Erklärung verabschiedet.",
     [("Other/Declaration", "Emmanuel Macron", "2025-03-10", P)]),
    ("Die gemeinsame Erklärung wurde am Montag in Moskau von Russland und Frankreich verabschiedet.",
     [("Other/Declaration", "France", "2025-03-10", P)]),
    ("Die Beisetzung von Tom Berg fand am Freitag in Oslo statt.",
     [("Other/Funeral", "Tom Berg", "2025-03-07", P)]),
    ("Otto Lind wurde am Montag gegen Kaution freigelassen.",
     [("Other/Release", "Otto Lind", "2025-03-10", P)]),
]

NOTHING: list[tuple[str, str, str]] = [
    ("en", "Other/Declaration", "The declaration of intent is the title of the new report."),
    ("en", "Other/Declaration", "Helen Varga did not sign the joint declaration."),
    ("en", "Other/Request", "Otto Lind asked whether the talks would resume."),
    ("en", "Other/Request", "Helen Varga was asked about the budget on Monday."),
    ("en", "Other/Protest", "Protests usually take place on Saturdays."),
    ("en", "Other/Protest", "Helen Varga protested her innocence."),
    ("en", "Other/Death", "The death toll rose to 40 on Monday."),
    ("en", "Other/Death", "The death penalty was abolished in 1990."),
    ("en", "Other/Death", "Otto Lind warned that people could die of hunger."),
    ("en", "Other/Award", "The award-winning journalist Ines Carvalho arrived in Kyiv on Monday."),
    ("en", "Other/Award", "The prize will be awarded later this year."),
    ("en", "Other/Resignation", "Helen Varga ruled out resigning on Monday."),
    ("en", "Other/Resignation", "Calls for the resignation of Otto Lind grew louder."),
    ("en", "Other/TakingOffice", "The president usually takes office in January."),
    ("en", "Other/Release", "The press release was published on Monday."),
    ("en", "Other/Release", "Helen Varga called for the release of all prisoners."),
    ("en", "Other/Attack", "Otto Lind attacked the opposition in a speech on Monday."),
    ("en", "Other/Attack", "The heart attack of a tourist made headlines."),
    ("en", "Other/Veto", "A veto by Russia is expected."),
    ("en", "Other/Treaty", "A treaty could be signed next year if both sides agree."),
    ("en", "Other/MediaReport", "Helen Varga reported to parliament on Monday."),
    ("en", "Other/Deployment", "Germany has no plans to deploy troops to Ukraine."),
    ("en", "Other/Relations", "Relations between the two countries remain tense."),
    ("en", "Other/ReligiousEvent", "Mass tourism is a problem for Venice."),
    ("de", "Other/Declaration", "Die Absichtserklärung ist der Titel des neuen Berichts."),
    ("de", "Other/Request", "Helen Varga wurde am Montag nach dem Haushalt gefragt."),
    ("de", "Other/Protest", "Proteste finden meist samstags statt."),
    ("de", "Other/Death", "Die Zahl der Toten stieg am Montag auf 40."),
    ("de", "Other/Death", "Die Todesstrafe wurde 1990 abgeschafft."),
    ("de", "Other/Award", "Die preisgekrönte Journalistin Ines Carvalho traf am Montag in Kiew ein."),
    ("de", "Other/Resignation", "Helen Varga schloss am Montag einen Rücktritt aus."),
    ("de", "Other/Release", "Die Pressemitteilung wurde am Montag veröffentlicht."),
    ("de", "Other/Release", "Helen Varga forderte die Freilassung aller Gefangenen."),
    ("de", "Other/Attack", "Otto Lind griff die Opposition am Montag in einer Rede an."),
    ("de", "Other/Vote", "Ein Veto Russlands wird erwartet."),
    ("de", "Other/Deployment", "Deutschland plant keine Entsendung von Truppen in die Ukraine."),
    ("de", "Other/Relations", "Die Beziehungen zwischen beiden Ländern bleiben angespannt."),
    ("de", "Other/ReligiousEvent", "Der Massentourismus ist ein Problem für Venedig."),
    ("en", "Other/Vote", "The vote is expected next week."),
    ("de", "Other/Vote", "Das Parlament stimmte am Montag über das Gesetz ab."),
    ("en", "Other/Relations", "The establishment of diplomatic relations between Chile and Peru was a milestone."),
    ("en", "Other/Relations", "Tom Berg praised the diplomatic relations between Chile and Peru on Monday."),
    ("de", "Other/Relations", "Die Aufnahme diplomatischer Beziehungen zwischen Chile und Peru war ein Meilenstein."),
    ("en", "Other/Protest", "Stocks rallied in London on Monday."),
    ("en", "Other/Protest", "Police detained two suspects in Minsk on Saturday."),
    ("en", "Other/Protest", "Students protested in Belgrade."),
    ("en", "Other/Abstention", "Tom Berg abstained from alcohol on Monday."),
    ("en", "Other/Relations", "The two countries have good relations."),
    ("en", "Other/Funeral", "The funeral industry is growing."),
    ("en", "Other/Request", "Ukraine asked Germany on Monday whether the talks would go on."),
    ("en", "Other/Deployment", "Tom Berg sent a letter to Chile on Monday."),
    ("de", "Other/Protest", "Die Polizei nahm am Samstag in Minsk zwei Verdächtige fest."),
    ("de", "Other/Protest", "Tom Berg protestierte am Sonntag gegen die Vorwürfe."),
    ("de", "Other/Deployment", "Tom Berg schickte am Montag einen Brief nach Chile."),
    ("de", "Other/Request", "Die Ukraine bat am Montag um Verständnis."),
    ("de", "Other/Resolution", "Tom Berg forderte am Montag eine neue Resolution."),
    ("de", "Other/Resolution", "Tom Berg nahm am Montag Stellung zur Resolution."),
]

XFAIL: dict[str, str] = {
    "Helen Varga asked Otto Lind on Monday to mediate between the two parties.":
        "'asked X to' is a request only after a title before the name ('asked President X to')",
    "On Tuesday the two presidents signed a declaration on strategic partnership.":
        "unnamed presidents: a declaration with no participant is not kept",
    "The Battle of Stalingrad ended in February 1943.":
        "no battle subtype: a named battle with no side named gives nothing",
    "Die Schlacht von Stalingrad endete im Februar 1943.":
        "no battle subtype: a named battle with no side named gives nothing",
    "Fighting broke out in Khartoum on 15 April 2023.":
        "a war with no aggressor named (a civil war) gives no WarStart",
    "The provisional application of the trade agreement began on 1 May.":
        "an unnamed agreement's provisional application has no parties (none in the sentences before)",
    "Das Handelsabkommen wird seit dem 1. Mai vorläufig angewendet.":
        "an unnamed agreement's provisional application has no parties (none in the sentences before)",
    "Helen Varga condemned the attack in Nice on Sunday.":
        "an attack noun as what is condemned: the date is the condemnation's, and an undated attack "
        "noun gives no event",
    "Helen Varga verurteilte den Anschlag in Nizza.":
        "an undated attack noun as what is condemned gives no event",
    "Nach dem Terroranschlag in Barcelona erklärte Otto Lind am Freitag seine Solidarität.":
        "the date of the main clause is the statement's; the attack noun before it has none of its own",
    "Die Ukraine ersuchte die NATO am Dienstag um militärische Hilfe.":
        "the request takes the one asked (NATO), not the subject who asks",
    "Peru rief am Sonntag den Ausnahmezustand aus.":
        "German gives a state of emergency the subtype Declaration, English Emergency",
    "Das Kosovo erklärte am 17. Februar 2008 seine Unabhängigkeit.":
        "'erklärte ... seine Unabhängigkeit' is read as a statement; German has no Independence line",
    "Zum 30. Jahrestag der Aufnahme diplomatischer Beziehungen zwischen Tunesien und Japan reiste Otto Lind nach Tokio.":
        "the relations take the clause's traveller, not the pair after 'zwischen'; states only, so none",
    "Tom Berg arrived in Lisbon on the occasion of the 50th anniversary of the establishment of diplomatic relations between Portugal and Brazil.":
        "the relations take the clause's traveller, not the pair after 'between'; states only, so none",
    "In a vote of the Security Council on Monday, Russia and China abstained.":
        "the abstainers stand in the clause after the vote's: 'abstained' alone names no vote",
    "Bei der Abstimmung im Sicherheitsrat am Montag enthielten sich Russland und China.":
        "the abstainers follow 'enthielten sich' with no 'Stimme' after them: no vote line reads them",
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


# The states a signing is of (kb/events/states.py): those who sign for a state by their office on
# the day make it a party; an unknown name, an EU office or an office not held then adds nobody.
STATES = [
    ("en", "Vladimir Putin and Emmanuel Macron signed a joint declaration in Moscow on Monday.", {"Russia", "France"}),
    ("de", "Wladimir Putin und Emmanuel Macron unterzeichneten am Montag in Moskau eine gemeinsame Erklärung.",
     {"Russia", "France"}),
    ("en", "Angela Merkel signed the agreement in Paris in 2015.", {"Germany"}),
    ("en", "Clara Dumont and Tomas Reyes signed a border treaty on Monday.", set()),
    ("en", "Ursula von der Leyen signed the agreement in Brussels on Monday.", set()),
    ("en", "Olaf Scholz signed the agreement in Paris in 2019.", set()),
]


@pytest.mark.parametrize("lang,text,states", [pytest.param(*row, id=row[1][:60]) for row in STATES])
def test_signers_states_take_part(lang, text, states):
    evs = [e for e in events_of(text, lang, DCT) if e.type == "AgreementSigning"]
    assert len(evs) == 1, show(evs)
    got = {p.name for p in evs[0].participants if p.entity is not None and p.entity.kind == "country"}
    assert got == states, show(evs)


def test_signers_states_leave_other_events_alone():
    evs = events_of("Vladimir Putin met Emmanuel Macron in Moscow on Monday.", "en", DCT)
    assert evs and all(p.entity is None or p.entity.kind == "person" for e in evs for p in e.participants), show(evs)


def test_a_length_dates_no_stay():
    # "for three days" is how long a visit lasts, not when an Other state began (kb/events/since.py)
    evs = [e for e in events_of("Tom Berg has been visiting Berlin for three days.", "en", DCT) if e.type in ("Visit", "StateVisit")]
    assert evs and all(not (e.date and e.date.value.startswith("2025-03-09")) for e in evs), show(evs)
