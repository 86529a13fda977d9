"""News probes, round 3: the event types and constructions the earlier rounds covered least, in
agency and newspaper style, English and German, on reports written for this test (real
politicians, invented facts; no sentence comes from the development or test texts): agreements
signed, initialled, agreed on or ratified ("einigten sich auf", "paraphierten"); war starts and
invasions, also as the anchor of a count ("since Russia launched its full-scale invasion in
February 2022"); elections and their outcomes (run-offs, "mit 56 Prozent wiedergewählt", "won a
second term"), swearing-in and inaugurations, resignations; announcements beside statements;
summits told through their host city and body ("the NATO summit in Vilnius", "beim EU-Gipfel in
Brüssel"); and newspaper style -- headline and body, fronted clauses, parentheses, dashes,
"Im Interview mit ...", "Wie das Präsidialamt mitteilte", a day told again by "earlier in the
day", "im Laufe des Tages" or a bare "am Nachmittag" -- with sentences that must give nothing.

A case is ``case(LANG, DCT, text, events, claims, nothing=...)`` as in
tests/test_probe_en_agency.py: ``events`` the events of their classes a careful reader lists,
``(type, participant name or None, date value or None, statuses)``; kb lists no more of the
class. ``claims`` every claim made, ``(kind, value, event type, owner names, since, within)``
(``None``: not checked). ``nothing``: classes of which no asserted event may be told.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

import pytest

from kb.model import Document
from kb.pipeline import analyse

from extraction_cases import claim_matches, matches, show, show_claims, told_of, wanted_class

C = []


def case(lang, dct, text, events=None, claims=None, nothing=()):
    C.append((lang, dct, text, events, claims, tuple(nothing)))


# ---------------------------------------------------------------------------------------- English
W = "2025-06-12"  # a Thursday
# agreements
case("en", W, "Armenian Prime Minister Nikol Pashinyan and Georgian Prime Minister Irakli Kobakhidze signed a "
     "rail transit agreement in Yerevan on Wednesday.",
     [("Other/Treaty", "Nikol Pashinyan", "2025-06-11", "past")])
case("en", W, "Foreign ministers Ararat Mirzoyan and Jeyhun Bayramov initialled the peace agreement in Washington on Friday.",
     [("Other/Treaty", None, "2025-06-06", "past")])
case("en", W, "Ararat Mirzoyan initialled the agreement on Friday.",
     [("Other/Treaty", None, "2025-06-06", "past")])
case("en", W, "The European Union and Mercosur agreed on a free trade deal on Friday after 25 years of negotiations.",
     [("Other/Treaty", "European Union", "2025-06-06", "past")])
case("en", W, "The Latvian parliament ratified the agreement on Thursday.",
     [("Other/Ratification", None, "2025-06-12", "past")])
case("en", W, "Ukraine and the United States signed a minerals deal on Wednesday. The agreement had been initialled in "
     "Kyiv a week earlier.",
     [("Other/Treaty", "Ukraine", "2025-06-11", "past"), ("Other/Treaty", "Ukraine", "2025-06-04", "past")])
case("en", W, "Both sides said they were ready to sign a deal.", None, [], nothing=("Other/Treaty",))
case("en", W, "The agreement is not expected to be signed before the end of the year.", None, [], nothing=("Other/Treaty",))
# war starts
case("en", W, "Russia launched a full-scale invasion of Ukraine on February 24, 2022.",
     [("Other/WarStart", "Russia", "2022-02-24", "past")])
case("en", W, "Since Russia launched its full-scale invasion in February 2022, Volodymyr Zelensky has visited "
     "Washington five times.",
     [("Other/WarStart", "Russia", "2022-02", "past")],
     [("count", 5, "StateVisit", ("Volodymyr Zelenskyy",), "2022-02", "")], nothing=("StateVisit",))
case("en", W, "Analysts warned that a new war could start at any time.", None, [], nothing=("Other/WarStart",))
# elections, swearing-in, resignations
case("en", W, "Polish President Andrzej Duda won a second term in a run-off on Sunday, taking 51 percent of the vote.",
     [("Election", "Andrzej Duda", "2025-06-08", "past")])
case("en", W, "Karin Keller-Sutter was re-elected with 52 percent of the vote on Wednesday.",
     [("Election", "Karin Keller-Sutter", "2025-06-11", "past")], [])
case("en", W, "The run-off between Nicusor Dan and George Simion will be held on June 22.",
     [("Election", "Nicușor Dan", "2025-06-22", "planned")], [])
case("en", W, "Nicusor Dan is expected to be sworn in as president on June 26.",
     [("Other/TakingOffice", "Nicușor Dan", "2025-06-26", "planned")], [])
case("en", W, "Donald Trump was sworn in as president of the United States on January 20.",
     [("Other/TakingOffice", "Donald Trump", "2025-01-20", "past")], [])
case("en", W, "Lee Jae-myung was inaugurated on Wednesday, a day after winning the snap election.",
     [("Other/TakingOffice", "Lee Jae-myung", "2025-06-11", "past"), ("Election", "Lee Jae-myung", "2025-06-10", "past")], [])
case("en", W, "Dutch Prime Minister Dick Schoof resigned on Tuesday after the coalition collapsed.",
     [("Other/Resignation", "Dick Schoof", "2025-06-10", "past")], [])
case("en", W, "Dick Schoof resigned on Tuesday. Schoof handed his resignation to King Willem-Alexander at the palace "
     "in The Hague.",
     [("Other/Resignation", "Dick Schoof", "2025-06-10", "past")], [])
case("en", W, "Dick Schoof has no plans to resign.", None, [], nothing=("Other/Resignation",))
# announcements and statements
case("en", W, "The Kremlin announced on Tuesday that Vladimir Putin would visit India in December.",
     [("Announcement", "Kremlin", "2025-06-10", "past"), ("StateVisit", "Vladimir Putin", "2025-12", "planned")], [])
case("en", W, "In an interview with the BBC on Sunday, Keir Starmer said Britain would stand by Ukraine.",
     [("Statement", "Keir Starmer", "2025-06-08", "past")], [])
# summits by host city and body
case("en", W, "NATO leaders gathered for the NATO summit in Vilnius on Tuesday.",
     [("Summit", None, "2025-06-10", "past")], [])
case("en", W, "At the EU summit in Brussels last week, leaders agreed on new sanctions against Russia.",
     [("Summit", None, "2025-06-02/2025-06-08", "past")], [])
case("en", W, "On the sidelines of the G20 summit in Johannesburg, Narendra Modi met Cyril Ramaphosa on Saturday.",
     [("Meeting", "Cyril Ramaphosa", "2025-06-07", "past"), ("Summit", None, "2025-06-07", "past")], [])
case("en", W, "Emmanuel Macron will host the leaders of the European Union at a summit in Paris on Friday, the "
     "Elysee Palace announced.",
     [("Summit", None, "2025-06-13", "planned")], [])
case("en", W, "The NATO summit is held every year.", None, [], nothing=("Summit",))
# newspaper style
case("en", W, "After weeks of speculation – and despite warnings from Washington – Indian Prime Minister Narendra Modi "
     "travelled to Moscow on Monday for talks with Vladimir Putin.",
     [("StateVisit", "Narendra Modi", "2025-06-09", "past|ongoing"), ("Meeting", "Vladimir Putin", "2025-06-09", "past")], [])
case("en", W, "Vladimir Putin (72), who has ruled Russia since 2000, met Narendra Modi in the Kremlin on Tuesday.",
     [("Meeting", "Narendra Modi", "2025-06-10", "past")], [])
case("en", "2025-06-10", "Indian Prime Minister Narendra Modi – on his first visit to Russia since the war in Ukraine "
     "began – held talks with Vladimir Putin in the Kremlin on Tuesday.",
     [("Meeting", "Vladimir Putin", "2025-06-10", "past")], None)
case("en", W, "Ararat Mirzoyan signed the agreement on Friday. Donald Trump hosted Nikol Pashinyan for talks earlier "
     "in the day.",
     [("Meeting", "Nikol Pashinyan", "2025-06-06", "past")], [])
case("en", W, "The mayor of Riga, Vilis Ozols, met Nikol Pashinyan later in the day.",
     [("Meeting", "Nikol Pashinyan", "2025-06-12", "past")], [])

# whole reports
case("en", "2025-05-19",
     "Romania's new president vows to stay the course\n"
     "Nicusor Dan, the centrist mayor of Bucharest, won Romania's presidential run-off on Sunday with 54 percent of the vote.\n"
     "BUCHAREST (AFP) - Dan defeated the nationalist George Simion, who had led after the first round two weeks earlier.\n"
     "\"Romania has chosen Europe,\" Dan told supporters late on Sunday. \"We will keep our promises.\"\n"
     "Dan is expected to be sworn in on May 26, the Constitutional Court said on Monday.",
     [("Election", "Nicușor Dan", "2025-05-18", "past"), ("Other/TakingOffice", "Nicușor Dan", "2025-05-26", "planned")], [])
case("en", "2025-06-11",
     "NATO leaders meet in Vilnius as Zelensky seeks membership path\n"
     "The NATO summit in Vilnius opened on Tuesday with a pledge of new air defence systems for Ukraine.\n"
     "Ukrainian President Volodymyr Zelensky, who arrived in the Lithuanian capital on Tuesday afternoon, met US "
     "President Joe Biden on the sidelines of the summit on Wednesday.\n"
     "It was their fourth meeting since Russia launched its full-scale invasion of Ukraine in February 2022.\n"
     "The summit ends on Wednesday evening.",
     [("Summit", None, "2025-06-10/2025-06-11", "past|ongoing"), ("Meeting", "Joe Biden", "2025-06-11", "past"),
      ("StateVisit", "Volodymyr Zelenskyy", "2025-06-10TAF", "past|ongoing"), ("Other/WarStart", "Russia", "2022-02", "past")],
     [("ordinal", 4, "Meeting", ("Volodymyr Zelenskyy", "Joe Biden"), "2022-02", "")])
case("en", W,
     "Armenia, Azerbaijan initial peace deal in Washington\n"
     "The foreign ministers of Armenia and Azerbaijan on Friday initialled a peace agreement at the White House, ending "
     "nearly four decades of conflict.\n"
     "Ararat Mirzoyan and Jeyhun Bayramov put their initials on the text in the presence of US President Donald Trump, "
     "who hosted Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev for talks earlier in the day.\n"
     "The agreement still has to be signed by the two leaders and ratified by both parliaments.",
     [("Other/Treaty", "Armenia", "2025-06-06", "past"), ("Meeting", "Nikol Pashinyan", "2025-06-06", "past")], [])
case("en", "2025-06-11",
     "Dutch government collapses\n"
     "Dutch Prime Minister Dick Schoof resigned on Tuesday, hours after the far-right PVV quit the coalition.\n"
     "Schoof handed his resignation to King Willem-Alexander at the palace in The Hague, the government said in a statement.\n"
     "New elections are expected in the autumn.",
     [("Other/Resignation", "Dick Schoof", "2025-06-10", "past")], [])
case("en", "2025-06-10",
     "Putin, Modi meet in Moscow\n"
     "Indian Prime Minister Narendra Modi held talks with Vladimir Putin in the Kremlin on Tuesday.\n"
     "The two leaders, who last met in Samarkand in September 2022, signed a joint statement on energy cooperation.\n"
     "Modi arrived in Moscow on Monday for a two-day visit. He will travel on to Vienna on Wednesday.",
     [("Meeting", "Vladimir Putin", "2025-06-10", "past"), ("Meeting", "Vladimir Putin", "2022-09", "past"),
      ("StateVisit", "Narendra Modi", "2025-06-09/2025-06-10", "past|ongoing"),
      ("StateVisit", "Narendra Modi", "2025-06-11", "planned")], None)

# ----------------------------------------------------------------------------------------- German
case("de", W, "Armenien und Aserbaidschan haben am Freitag in Washington ein Friedensabkommen unterzeichnet.",
     [("Other/Treaty", "Armenia", "2025-06-06", "past")], [])
case("de", W, "Die Außenminister Ararat Mirsojan und Dscheyhun Bayramow paraphierten das Abkommen am Dienstag in Genf.",
     [("Other/Treaty", None, "2025-06-10", "past")], [])
case("de", W, "Ararat Mirsojan paraphierte das Abkommen am Freitag.",
     [("Other/Treaty", None, "2025-06-06", "past")], [])
case("de", W, "Die EU und Mercosur einigten sich am Freitag auf ein Freihandelsabkommen.",
     [("Other/Treaty", "European Union", "2025-06-06", "past")], [])
case("de", W, "Der Bundestag ratifizierte das Abkommen am Donnerstag.",
     [("Other/Ratification", None, "2025-06-12", "past")], [])
case("de", W, "Ein Abkommen ist noch nicht in Sicht.", None, [], nothing=("Other/Treaty",))
case("de", W, "Am 24. Februar 2022 begann Russland den Angriffskrieg gegen die Ukraine.",
     [("Other/WarStart", "Russia", "2022-02-24", "past")], [])
case("de", W, "Russland hatte am 24. Februar 2022 die Ukraine überfallen.",
     [("Other/WarStart", "Russia", "2022-02-24", "past")], [])
case("de", W, "Seit Beginn des russischen Angriffskriegs gegen die Ukraine im Februar 2022 hat Wolodymyr Selenskyj "
     "Berlin viermal besucht.",
     [("Other/WarStart", "Russia", "2022-02", "past")],
     [("count", 4, "StateVisit", ("Volodymyr Zelenskyy",), "2022-02", "")], nothing=("StateVisit",))
case("de", W, "Merz will keinen Krieg beginnen.", None, [], nothing=("Other/WarStart",))
case("de", W, "Alexander Van der Bellen wurde am Sonntag mit 56 Prozent der Stimmen wiedergewählt.",
     [("Election", "Alexander Van der Bellen", "2025-06-08", "past")])
case("de", W, "In der Stichwahl am Sonntag setzte sich Nicusor Dan mit 54 Prozent gegen George Simion durch.",
     [("Election", "Nicușor Dan", "2025-06-08", "past")], [])
case("de", W, "Friedrich Merz wurde am 6. Mai im zweiten Wahlgang zum Bundeskanzler gewählt.",
     [("Election", "Friedrich Merz", "2025-05-06", "past")])
case("de", W, "Der niederländische Ministerpräsident Dick Schoof trat am Dienstag zurück.",
     [("Other/Resignation", "Dick Schoof", "2025-06-10", "past")], [])
case("de", "2025-06-11", "Dick Schoof ist am Dienstag zurückgetreten. Am Nachmittag traf er König Willem-Alexander.",
     [("Other/Resignation", "Dick Schoof", "2025-06-10", "past"),
      ("Meeting", "Willem-Alexander of the Netherlands", "2025-06-10TAF", "past")], [])
case("de", "2025-06-11", "Dick Schoof reichte am Dienstag bei König Willem-Alexander seinen Rücktritt ein.",
     [("Other/Resignation", "Dick Schoof", "2025-06-10", "past")], [])
case("de", W, "Die Bundesregierung kündigte am Mittwoch an, die Hilfen für die Ukraine zu verdoppeln.",
     [("Announcement", None, "2025-06-11", "past")], [])
case("de", W, "Im Interview mit der ARD sagte Merz am Sonntag, Deutschland werde die Ukraine weiter unterstützen.",
     [("Statement", "Friedrich Merz", "2025-06-08", "past")], [])
case("de", W, "Wie das Bundespräsidialamt mitteilte, wird Frank-Walter Steinmeier am Montag zu einem Staatsbesuch "
     "nach Japan reisen.",
     [("StateVisit", "Frank-Walter Steinmeier", "2025-06-16", "planned")], [])
case("de", W, "Beim EU-Gipfel in Brüssel berieten die Staats- und Regierungschefs am Donnerstag über die Ukraine.",
     [("Summit", None, "2025-06-12", "past|ongoing")], [])
case("de", W, "Am Rande des NATO-Gipfels in Den Haag traf Merz am Mittwoch den türkischen Präsidenten Recep Tayyip Erdogan.",
     [("Meeting", "Recep Tayyip Erdoğan", "2025-06-11", "past"), ("Summit", None, "2025-06-11", "past")], [])
case("de", W, "Der Gipfel findet jedes Jahr statt.", None, [], nothing=("Summit",))
case("de", W, "Der Kanzler – der erst seit Mai im Amt ist – traf am Mittwoch in Paris den französischen Präsidenten "
     "Emmanuel Macron.",
     [("Meeting", "Emmanuel Macron", "2025-06-11", "past")], [])
case("de", W, "Olaf Scholz (SPD), der am Montag in Peking eintraf, sprach am Dienstag mit Xi Jinping.",
     [("Meeting", "Xi Jinping", "2025-06-10", "past"), ("StateVisit", "Olaf Scholz", "2025-06-09", "past|ongoing")], [])
case("de", W, "Die Minister trafen sich am Freitag in Genf. Im Laufe des Tages sprach Ararat Mirsojan mit Nikol Paschinjan.",
     [("Meeting", "Nikol Pashinyan", "2025-06-06", "past")], None)

# whole reports
case("de", "2025-05-19",
     "Nicusor Dan gewinnt Präsidentenwahl in Rumänien\n"
     "Der proeuropäische Bürgermeister von Bukarest, Nicusor Dan, hat die Stichwahl um das Präsidentenamt in Rumänien "
     "gewonnen.\n"
     "Dan kam am Sonntag nach Auszählung fast aller Stimmen auf 54 Prozent, wie die Wahlbehörde am Montag mitteilte.\n"
     "Dan soll am 26. Mai vereidigt werden.",
     [("Election", "Nicușor Dan", "2025-05-18", "past"), ("Other/TakingOffice", "Nicușor Dan", "2025-05-26", "planned")], [])
case("de", "2025-06-25",
     "Merz trifft Erdogan am Rande des NATO-Gipfels\n"
     "Beim NATO-Gipfel in Den Haag hat Bundeskanzler Friedrich Merz am Mittwoch den türkischen Präsidenten Recep "
     "Tayyip Erdogan getroffen.\n"
     "Es war das erste Treffen der beiden seit Merz' Amtsantritt im Mai.\n"
     "Im Interview mit dem ZDF sagte Merz anschließend, die Allianz sei \"so geschlossen wie lange nicht\".",
     [("Meeting", "Recep Tayyip Erdoğan", "2025-06-25", "past"), ("Summit", None, "2025-06-25", "past|ongoing"),
      ("Statement", "Friedrich Merz", "2025-06-25", "past")],
     [("ordinal", 1, "Meeting", ("Friedrich Merz", "Recep Tayyip Erdoğan"), "2025-05", "")])
case("de", W,
     "Armenien und Aserbaidschan paraphieren Friedensabkommen\n"
     "Nach fast vier Jahrzehnten Konflikt haben Armenien und Aserbaidschan am Freitag in Washington ein "
     "Friedensabkommen paraphiert.\n"
     "Die Außenminister Ararat Mirsojan und Dscheyhun Bayramow setzten im Weißen Haus ihre Initialen unter den Text.\n"
     "Zuvor hatte US-Präsident Donald Trump den armenischen Regierungschef Nikol Paschinjan und den "
     "aserbaidschanischen Präsidenten Ilham Alijew zu Gesprächen empfangen.",
     [("Other/Treaty", "Armenia", "2025-06-06", "past"), ("Meeting", "Nikol Pashinyan", "../2025-06-06", "past")], [])
case("de", "2025-06-17",
     "Steinmeier reist nach Japan\n"
     "Bundespräsident Frank-Walter Steinmeier ist am Montag zu einem viertägigen Staatsbesuch in Japan eingetroffen.\n"
     "Wie das Bundespräsidialamt mitteilte, wird er am Dienstag in Tokio von Kaiser Naruhito empfangen.\n"
     "Am Mittwoch sind Gespräche mit Ministerpräsident Shigeru Ishiba geplant.\n"
     "Es ist Steinmeiers zweiter Besuch in Japan seit seinem Amtsantritt 2017.",
     [("StateVisit", "Frank-Walter Steinmeier", "2025-06-16/2025-06-19", "past|ongoing"),
      ("Meeting", "Naruhito", "2025-06-17", "planned"), ("Meeting", "Shigeru Ishiba", "2025-06-18", "planned")],
     [("ordinal", 2, "StateVisit", ("Frank-Walter Steinmeier",), "2017", "")])
case("de", "2025-02-24",
     "Drei Jahre Krieg\n"
     "Seit Russland am 24. Februar 2022 seinen Angriffskrieg gegen die Ukraine begonnen hat, sind nach UN-Angaben mehr "
     "als 12.000 Zivilisten getötet worden.\n"
     "Bundeskanzler Olaf Scholz reiste zum Jahrestag nach Kiew, wo er sich mit Präsident Wolodymyr Selenskyj traf.\n"
     "Es war sein dritter Besuch in der Ukraine seit Kriegsbeginn.",
     [("Other/WarStart", "Russia", "2022-02-24", "past"), ("StateVisit", "Olaf Scholz", "2025-02-24", "past|ongoing"),
      ("Meeting", "Volodymyr Zelenskyy", "2025-02-24", "past")],
     [("ordinal", 3, "StateVisit", ("Olaf Scholz",), None, "")])


# a title is dated by the body's event of its own kind: another kind dates it only among contacts
# (a meeting, a visit, a summit); an election is not on the day of the swearing-in told next
case("en", "2025-05-19", "Nicusor Dan wins Romanian presidential run-off\nNicusor Dan is expected to be sworn in on May 26.",
     [("Election", "Nicușor Dan", None, "past"), ("Other/TakingOffice", "Nicușor Dan", "2025-05-26", "planned")], [])
case("de", "2025-05-19", "Nicusor Dan gewinnt Stichwahl in Rumänien\nDan soll am 26. Mai vereidigt werden.",
     [("Election", "Nicușor Dan", None, "past"), ("Other/TakingOffice", "Nicușor Dan", "2025-05-26", "planned")], [])
case("en", "2025-05-19", "Dutch premier Schoof resigns\nDick Schoof will meet King Willem-Alexander on Tuesday.",
     [("Other/Resignation", "Dick Schoof", "2025-05-19", "past"), ("Meeting", "Dick Schoof", "2025-05-20", "planned")], [])
case("de", "2025-05-19", "Schoof tritt zurück\nDick Schoof will am Dienstag mit König Willem-Alexander sprechen.",
     [("Other/Resignation", "Dick Schoof", "2025-05-19", "past"), ("Meeting", "Dick Schoof", "2025-05-20", "planned")], [])
case("en", "2025-05-19", "Xi, Putin hold talks in Beijing\nVladimir Putin arrived in Beijing on Monday for a state visit.",
     [("Meeting", "Xi Jinping", "2025-05-19", "past|ongoing")], None)

# an aside set off by dashes, commas or parentheses before the verb lends it no status: "began" of
# the war in it does not make the talks a stay under way since Tuesday
case("en", "2025-06-12", "Narendra Modi, on his first visit to Russia since the war began, held talks with Vladimir "
     "Putin on Tuesday.",
     [("Meeting", "Vladimir Putin", "2025-06-10", "past")], None)
case("en", "2025-06-12", "Narendra Modi (on his first trip to Russia since the war began) held talks with Vladimir "
     "Putin on Tuesday.",
     [("Meeting", "Vladimir Putin", "2025-06-10", "past")], None)
case("en", "2025-06-12", "Narendra Modi, who is on a visit to Russia, will hold talks with Vladimir Putin on Friday.",
     [("Meeting", "Vladimir Putin", "2025-06-13", "planned"), ("StateVisit", "Narendra Modi", None, "ongoing")], [])
case("de", "2025-06-12", "Olaf Scholz – der seit Montag in China ist – traf am Dienstag Xi Jinping.",
     [("Meeting", "Xi Jinping", "2025-06-10", "past")], [])
case("de", "2025-06-12", "Olaf Scholz wird, wie geplant, am Freitag Xi Jinping treffen.",
     [("Meeting", "Xi Jinping", "2025-06-13", "planned")], [])

# a name of unknown given name right before a verb of contact or travel only a person makes
# (person-verbs.txt) is a person, so the signer, the visitor is told
case("en", "2025-06-12", "Ararat Mirzoyan visited Baku on Friday.",
     [("StateVisit", "Ararat Mirzoyan", "2025-06-06", "past|ongoing")], [])
case("en", "2025-06-12", "Ararat Mirzoyan arrived in Baku on Friday for talks.",
     [("StateVisit", "Ararat Mirzoyan", "2025-06-06", "past|ongoing")], None)
case("de", "2025-06-12", "Ararat Mirsojan besuchte am Freitag Baku.",
     [("StateVisit", "Ararat Mirsojan", "2025-06-06", "past|ongoing")], [])
case("en", "2025-06-12", "Northern Lights Energy signed a supply contract on Friday.", None, None,
     nothing=("Other/Treaty",))

# the occasion a sentence on its sidelines names, with no day of its own, is under way on the day of
# the event told beside it (not on the report's day); a visit named there is no such occasion
case("de", "2025-06-27", "Am Rande des EU-Gipfels in Brüssel traf Friedrich Merz am Donnerstag Emmanuel Macron.",
     [("Meeting", "Emmanuel Macron", "2025-06-26", "past"), ("Summit", None, "2025-06-26", "past")], [])
case("en", "2025-06-12", "On the sidelines of the G7 summit, Mark Carney met Keir Starmer on Monday, days before his "
     "state visit to Japan.",
     [("Meeting", "Keir Starmer", "2025-06-09", "past"), ("Summit", None, "2025-06-09", "past")], None)

# two people named as the sides of a meeting at a gathering of one body meet on their own: the
# summit and the meeting are two events; the leaders of the body meeting there are the summit
case("en", "2025-06-26", "Friedrich Merz met Recep Tayyip Erdogan at the NATO summit in The Hague on Wednesday.",
     [("Meeting", "Recep Tayyip Erdoğan", "2025-06-25", "past"), ("Summit", None, "2025-06-25", "past")], [])
case("de", "2025-06-26", "Beim NATO-Gipfel in Den Haag hat Friedrich Merz am Mittwoch Recep Tayyip Erdogan getroffen.",
     [("Meeting", "Recep Tayyip Erdoğan", "2025-06-25", "past"), ("Summit", None, "2025-06-25", "past")], [])
case("en", "2025-06-26", "Friedrich Merz and Emmanuel Macron held talks during the EU summit in Brussels on Thursday.",
     [("Meeting", "Emmanuel Macron", "2025-06-26", "past"), ("Summit", None, "2025-06-26", "past|ongoing")], [])
case("de", "2025-06-27", "Beim EU-Gipfel in Brüssel trafen sich die Staats- und Regierungschefs am Donnerstag.",
     [("Summit", None, "2025-06-26", "past")], [])
case("en", "2025-06-26", "The G7 leaders met at their summit in Kananaskis on Monday.",
     [("Summit", None, "2025-06-23", "past")], [])

# an event told only as the start of a claim's window ("seit Merz' Amtsantritt im Mai") is no
# occasion a later saying continues: the saying takes the day of the meeting told before
case("de", "2025-06-26", "Friedrich Merz traf am Mittwoch in Ankara Recep Tayyip Erdogan. Es war das erste Treffen der "
     "beiden seit Merz' Amtsantritt im Mai. Im Interview mit dem ZDF sagte Merz anschließend, die Gespräche seien gut "
     "gewesen.",
     [("Statement", "Friedrich Merz", "2025-06-25", "past"), ("Other/TakingOffice", "Friedrich Merz", "2025-05", "past")],
     [("ordinal", 1, "Meeting", ("Friedrich Merz", "Recep Tayyip Erdoğan"), "2025-05", "")])
case("de", "2025-06-26", "Friedrich Merz traf am Mittwoch in Ankara Recep Tayyip Erdogan. Es war ihr erstes Treffen seit "
     "Merz' Amtsantritt im Mai. Merz sagte, die Gespräche seien gut gewesen.",
     [("Statement", "Friedrich Merz", "2025-06-25", "past")], None)
case("en", "2025-06-26", "Friedrich Merz met Recep Tayyip Erdogan in Ankara on Wednesday. It was their first meeting "
     "since Merz's inauguration in May. In an interview with ZDF, Merz said the talks had gone well.",
     [("Statement", "Friedrich Merz", "2025-06-25", "past")], None)

# a clause of another time with a past verb ("after his party won Thursday's election") takes no
# "will" of the clause before it: the election is done, on the Thursday before the report
case("en", "2024-07-05", "Keir Starmer will become Britain's next prime minister after his Labour Party won a landslide "
     "victory in Thursday's general election.",
     [("Election", None, "2024-07-04", "past")], [])
case("en", "2024-07-05", "Keir Starmer will become prime minister after Labour won the general election on Thursday.",
     [("Election", None, "2024-07-04", "past")], [])
case("en", "2024-07-05", "Keir Starmer will meet Emmanuel Macron on Friday before he travels to Rome.",
     [("Meeting", "Emmanuel Macron", "2024-07-05", "planned")], [])

# "the call", "the conversation" refer back to a call told before: "will take place on Tuesday" dates it
case("en", "2025-03-10", "Donald Trump will speak with Vladimir Putin by phone this week. The call will take place on Tuesday.",
     [("PhoneCall", "Vladimir Putin", "2025-03-11", "planned")], [])
case("en", "2025-03-10", "Donald Trump spoke with Vladimir Putin by phone. The conversation took place on Tuesday.",
     [("PhoneCall", "Vladimir Putin", "2025-03-04", "past")], [])
case("en", "2025-03-10", "Donald Trump met Vladimir Putin in Helsinki. The call for a ceasefire was made on Tuesday.",
     None, None, nothing=("PhoneCall",))

# a verb whose object is a definite noun of its kind ("signed the agreement"), in a sentence with no
# day of its own, tells again the signing told before: one signing, and the talks after which it
# was signed are on its day; with a day of its own it is a signing of its own
case("en", "2025-07-02", "The European Union and Japan signed a digital partnership agreement in Tokyo on Tuesday. "
     "Ursula von der Leyen and Shigeru Ishiba signed the agreement in the presence of journalists after talks lasting "
     "two hours.",
     [("Other/Treaty", "Japan", "2025-07-01", "past"), ("Meeting", "Shigeru Ishiba", "2025-07-01", "past")], None)
case("en", "2025-07-02", "The European Union and Japan signed a digital partnership agreement in Tokyo on Tuesday. "
     "On Wednesday, Ursula von der Leyen and Shigeru Ishiba signed the agreement on data.",
     [("Other/Treaty", "Japan", "2025-07-01", "past"), ("Other/Treaty", "Shigeru Ishiba", "2025-07-02", "past")], None)

# a day set beside a vaguer time after a comma says it more precisely: the event takes the day
case("en", "2024-02-24", "Russia launched its full-scale invasion of Ukraine two years ago, on February 24, 2022.",
     [("Other/WarStart", "Russia", "2022-02-24", "past")], [])
case("de", "2024-02-24", "Olaf Scholz besuchte Kiew vor einem Jahr, am 20. Februar 2023.",
     [("StateVisit", "Olaf Scholz", "2023-02-20", "past")], [])
case("en", "2024-02-24", "Joe Biden visited Kyiv a year ago, on Monday.",
     [("StateVisit", "Joe Biden", "2023-02", "past")], [])

# a window opened by an event told before ("since the start of the invasion", "seit Beginn der
# Invasion", "since his re-election") starts on that event's date -- one of the owner's own, or
# one of states alone; someone else's election opens no dated window
case("en", "2024-02-24", "Russia invaded Ukraine on February 24, 2022. Since the start of the invasion, Volodymyr "
     "Zelensky has visited the United States four times.",
     [("Other/WarStart", "Russia", "2022-02-24", "past")],
     [("count", 4, "StateVisit", ("Volodymyr Zelenskyy",), "2022-02-24", "")])
case("de", "2024-02-24", "Russland überfiel am 24. Februar 2022 die Ukraine. Seit Beginn der Invasion hat Wolodymyr "
     "Selenskyj Berlin viermal besucht.",
     [("Other/WarStart", "Russia", "2022-02-24", "past")],
     [("count", 4, "StateVisit", ("Volodymyr Zelenskyy",), "2022-02-24", "")])
case("en", "2024-02-24", "Emmanuel Macron was re-elected on April 24, 2022. Since his re-election, he has visited "
     "Germany five times.",
     None, [("count", 5, "StateVisit", ("Emmanuel Macron",), "2022-04-24", "")])
case("en", "2024-02-24", "Olaf Scholz was elected on December 8, 2021. Since his election, Emmanuel Macron has visited "
     "Germany five times.",
     None, [("count", 5, "StateVisit", ("Emmanuel Macron",), "", "")])

# a count of times counts the event told before it in its own conjunct (English), the nearest either
# side where the verb comes last (German)
case("en", "2024-02-24", "Volodymyr Zelensky has visited the United States four times and met Joe Biden six times.",
     None, [("count", 4, "StateVisit", ("Volodymyr Zelenskyy",), None, None),
            ("count", 6, "Meeting", ("Volodymyr Zelenskyy", "Joe Biden"), None, None)])
case("de", "2024-02-24", "Wolodymyr Selenskyj hat Berlin viermal besucht und Olaf Scholz sechsmal getroffen.",
     None, [("count", 4, "StateVisit", ("Volodymyr Zelenskyy",), None, None),
            ("count", 6, "Meeting", ("Volodymyr Zelenskyy", "Olaf Scholz"), None, None)])
case("en", "2024-02-24", "Four times this year, Xi Jinping has met Vladimir Putin.",
     None, [("count", 4, "Meeting", ("Xi Jinping", "Vladimir Putin"), "2024", None)])

# a summit told with its length ends on the day it went to an end ("ist am Freitag zu Ende gegangen",
# "endete am Freitag"); a meeting on its sidelines is on its days
case("de", "2025-06-27", "Der zweitägige EU-Gipfel in Brüssel ist am Freitag ohne Einigung auf neue Sanktionen zu Ende "
     "gegangen. Am Rande des Treffens sprach Friedrich Merz mit Robert Fico.",
     [("Summit", None, "2025-06-26/2025-06-27", "past"), ("Meeting", "Robert Fico", "2025-06-26", "past")], [])
case("de", "2025-06-27", "Der zweitägige EU-Gipfel in Brüssel endete am Freitag ohne Einigung.",
     [("Summit", None, "2025-06-26/2025-06-27", "past")], [])

# a sentence that goes back before the one before ("Earlier", "Zuvor") after one that names no day
# reaches back to the day told before that: on or before it
case("en", "2025-06-12", "Foreign ministers Ararat Mirzoyan and Jeyhun Bayramov initialled the agreement in Washington "
     "on Friday. The two men put their initials on the text at the White House. Earlier, Donald Trump had hosted "
     "Nikol Pashinyan for talks.",
     [("Meeting", "Nikol Pashinyan", "../2025-06-06", "past")], None)

# a summit's last day told sentences later ("The summit ends on Wednesday evening") is the summit's,
# not that of a meeting told on its sidelines between; "on the sidelines of the summit on Wednesday"
# names the summit told before (the day is the meeting's), not a second summit
case("en", "2025-06-11", "The NATO summit in Vilnius opened on Tuesday. Volodymyr Zelensky met Joe Biden on the "
     "sidelines of the summit on Wednesday. It was their fourth meeting this year. The summit ends on Wednesday evening.",
     [("Summit", None, "2025-06-10/2025-06-11", "past|ongoing"), ("Meeting", "Joe Biden", "2025-06-11", "past")], None)
case("en", "2025-06-11", "The NATO summit in Vilnius opened on Tuesday. Volodymyr Zelensky met Joe Biden on Wednesday. "
     "The summit ends on Wednesday evening.",
     [("Summit", None, "2025-06-10/2025-06-11", "past|ongoing"), ("Meeting", "Joe Biden", "2025-06-11", "past")], None)

# constructions kb still reads otherwise, with the test that fails on them (strict xfail: a fix
# makes them pass and must drop the mark)
XFAIL: dict[str, tuple[str, str]] = {
    "Dick Schoof resigned on Tuesday. Schoof handed his resignation to King Willem-Alexander at the palace in The Hague.":
        ("events", "the English resignation template takes every actor of its clause (roles=all): the king joins the "
                   "second mention, which is then not the same resignation (slots=party:subj|owner fixes it, but "
                   "lost one matched event on the measure part, so it is not applied)"),
    "Dutch government collapses\n":
        ("events", "as above: 'handed his resignation to King ...' is a second resignation with the king in it"),
    "Ararat Mirzoyan signed the agreement on Friday. Donald Trump hosted Nikol Pashinyan for talks earlier in the day.":
        ("events", "English 'earlier in the day' is the report's day (UNDEF-REF), not the day told just before; "
                   "reading it as that day (as German 'im Laufe des Tages' now is) cost date accuracy on the measure part"),
    "Armenia, Azerbaijan initial peace deal in Washington\n":
        ("events", "as above: 'earlier in the day' takes the report's day, not the Friday of the sentence before"),
    "NATO leaders meet in Vilnius as Zelensky seeks membership path\n":
        ("events", "under the title 'NATO leaders meet in Vilnius ...' the body's summit is folded into the title's "
                   "meeting of the leaders, which takes the sidelines meeting's day; without the title the summit is "
                   "2025-06-10/2025-06-11 (the cases above)"),
    "Putin, Modi meet in Moscow\n":
        ("events", "the day a guest travels on ('will travel on to Vienna on Wednesday') is taken as the last of a "
                   "visit whose length was told ('two-day visit'): 2025-06-09/2025-06-11"),
    "Merz trifft Erdogan am Rande des NATO-Gipfels\n":
        ("events", "under a title that tells the meeting ('Merz trifft Erdogan am Rande ...'), the body's 'Beim "
                   "NATO-Gipfel' gives no summit of its own: the title's summit stays planned and undated"),
    "Der Bundestag ratifizierte das Abkommen am Donnerstag.":
        ("events", "a parliament named by its own name is not linked as the ratifying party: no event"),
    "Olaf Scholz (SPD), der am Montag in Peking eintraf, sprach am Dienstag mit Xi Jinping.":
        ("events", "an arrival told in a relative clause of the subject ('der am Montag in Peking eintraf') is no visit: "
                   "the joined particle verb is no form kb knows (tests/test_probe_de_round2.py l03; reading the "
                   "joined forms again cost a measure date here too, so it stays out)"),
}


@lru_cache(maxsize=None)
def _analysis(lang: str, text: str, dct: str):
    return analyse(Document(id="t", text=text, lang=lang, published=dt.date.fromisoformat(dct)))


def _matches(ev, want) -> bool:
    """tests/extraction_cases.matches, and a summit is no meeting (one coarse class, two types)."""
    if wanted_class(want[0]) == "Contact" and (ev.type == "Summit") != (want[0] == "Summit"):
        return False
    return matches(ev, want)


def _params(test, which):
    out = []
    for lang, dct, text, events, claims, nothing in C:
        if which(events, claims, nothing):
            known = XFAIL.get(text) or next((v for k, v in XFAIL.items() if k.endswith("\n") and text.startswith(k)), None)
            marks = [pytest.mark.xfail(reason=known[1], strict=True)] if known and known[0] == test else []
            out.append(pytest.param(lang, dct, text, events, claims, nothing, marks=marks, id=f"{lang}-{text[:60]}"))
    return out


@pytest.mark.parametrize("lang,dct,text,events,claims,nothing", _params("events", lambda e, c, n: e is not None))
def test_news_events(lang, dct, text, events, claims, nothing):
    evs = _analysis(lang, text, dct).events
    for cls in {wanted_class(w[0]) for w in events}:
        got = told_of(evs, cls)
        wanted = [w for w in events if wanted_class(w[0]) == cls]
        for w in wanted:
            assert any(_matches(e, w) for e in got), f"{w} not in: {show(evs)}"
        assert len(got) <= len(wanted), f"more {cls} than {len(wanted)}: {show(got)}"


@pytest.mark.parametrize("lang,dct,text,events,claims,nothing", _params("claims", lambda e, c, n: c is not None))
def test_news_claims(lang, dct, text, events, claims, nothing):
    got = list(_analysis(lang, text, dct).claims)
    free = list(got)
    for w in claims:
        hit = next((c for c in free if claim_matches(c, w)), None)
        assert hit is not None, f"{w} not in: {show_claims(got)}"
        free.remove(hit)
    assert not free, f"more claims than told: {show_claims(got)}"


@pytest.mark.parametrize("lang,dct,text,events,claims,nothing", _params("nothing", lambda e, c, n: bool(n)))
def test_news_nothing(lang, dct, text, events, claims, nothing):
    evs = _analysis(lang, text, dct).events
    for cls in nothing:
        told = [e for e in told_of(evs, cls) if e.status in ("past", "ongoing", "planned")]
        assert not told, show(told)


@pytest.mark.parametrize("text", ["summit Wladimir in", "The summit Tomas ended."])
def test_a_capital_right_after_an_event_noun_is_no_place(text):
    """A summit stands without a named participant only with a place: a capitalised word right
    after the noun ("summit Wladimir") is no unknown place (after a verb of visiting it may be:
    "visited Dodoma,")."""
    evs = _analysis("en", text, "2025-06-12").events
    assert all(e.participants or e.implied_by for e in evs), show(evs)
