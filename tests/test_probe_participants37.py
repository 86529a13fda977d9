"""Participants a reader would name (issue 9, stop 37): a probe of invented English and German
sentences, written for this test (real politicians of May 2024 and invented ones: Tom Becker, Anna
Kovacs, Lena Vogt, Jonas Meier, Clara Dumont, Marek Novak; invented places are fine), one table row
per sentence or short passage, each tagged with the participant convention it tries:

collective, government, country, party, cabinet, spokes (a spokesperson), pair ("the two leaders",
"both sides"), we, metonym ("Washington", "the Kremlin", "Downing Street", "das Kanzleramt"),
envoy (an envoy or minister acting for someone), dated (an office held at a date the sentence
names), office (a person named only by office), witness, chain (pronouns across sentences),
shared (coordinated names under one plural office), unknown (persons the gazetteer does not know,
surnames later), nonpart (an entity mentioned that is NOT a participant: a place adjective, a
person quoted about the event, a newspaper reporting it).

A row is ``(convention, text, expected)``; ``expected`` lists ``(class, names, not_names)``: some
event of the class (tests/extraction_cases.told_of) lists a participant for each of ``names`` (an
entry "A|B" is met by either) and none of ``not_names``. A name is met as the development scorer
meets it (../shared/eval/score_events.py: the same words, or the same last word of three letters or
more), so "China" is met by "Government of China". An empty ``expected`` with ``not_names`` given
via the class "*" wants no event of any class to list those names. What kb still misses is a strict
xfail with its reason. ``python tests/test_probe_participants37.py`` prints the errors by convention."""

from __future__ import annotations

import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from extraction_cases import events_of, family, kind  # noqa: E402

DCT = "2024-05-15"  # a Wednesday: Monday is the 13th, Tuesday the 14th


def _norm(name):
    name = unicodedata.normalize("NFKD", name or "")
    name = "".join(ch for ch in name if not unicodedata.combining(ch))
    return re.sub(r"[^a-z0-9 ]+", " ", name.lower()).split()


def _meets(want: str, part) -> bool:
    for alt in want.split("|"):
        x = _norm(alt)
        for y in (_norm(part.name), _norm(part.label)):
            if y and (x == y or (x[-1] == y[-1] and len(x[-1]) >= 3)):
                return True
    return False


EN = [
    # --- collectives
    ("collective", "The G7 leaders met in Apulia on Tuesday.", [("Summit", ("G7",), ())]),
    ("collective", "EU foreign ministers met in Brussels on Monday to discuss sanctions.",
     [("Meeting", ("European Union",), ())]),
    ("collective", "NATO defence ministers will meet in Brussels on Thursday.",
     [("Meeting", ("NATO",), ())]),
    # --- governments
    ("government", "The German government announced on Monday that it would send more air defence systems.",
     [("Announcement", ("Germany",), ())]),
    ("government", "The Biden administration announced new sanctions against Iran on Tuesday.",
     [("Announcement", ("Joe Biden|United States",), ("Iran",))]),
    ("government", "The French government said on Monday that the talks had failed.",
     [("Statement", ("France",), ())]),
    # --- countries
    ("country", "Norway and Finland signed a border agreement in Oslo on Monday.",
     [("Other/Treaty", ("Norway", "Finland"), ())]),
    ("country", "Russia invaded Ukraine on 24 February 2022.",
     [("Other/WarStart", ("Russia",), ())]),
    # --- parties
    ("party", "The Labour Party won the general election in Britain on Thursday, 4 July 2024.",
     [("Election", ("Labour Party",), ())]),
    # --- cabinets
    ("cabinet", "The Dutch cabinet resigned on Friday, 7 July 2023.",
     [("Other/Resignation", ("Netherlands|cabinet",), ())]),
    # --- spokespersons
    ("spokes", "Kremlin spokesman Dmitry Peskov said on Monday that Putin had no plans to travel.",
     [("Statement", ("Dmitry Peskov",), ("Vladimir Putin",))]),
    ("spokes", "A State Department spokesman said on Tuesday that Blinken would travel to Kyiv.",
     [("Statement", ("spokesman|State Department|United States",), ("Antony Blinken",))]),
    ("spokes", "White House press secretary Karine Jean-Pierre told reporters on Monday that Biden would call Scholz.",
     [("Statement", ("Karine Jean-Pierre",), ())]),
    # --- pairs: the two leaders, both sides
    ("pair", "Joe Biden met Olaf Scholz at the White House on Monday. The two leaders discussed aid for Ukraine.",
     [("Meeting", ("Joe Biden", "Olaf Scholz"), ())]),
    ("pair", "Tom Becker spoke by phone with Anna Kovacs on Tuesday. Both sides agreed to meet again in June.",
     [("PhoneCall", ("Tom Becker", "Anna Kovacs"), ())]),
    ("pair", "Emmanuel Macron received Xi Jinping in Paris on Monday. The two presidents held talks for three hours.",
     [("Meeting", ("Emmanuel Macron", "Xi Jinping"), ())]),
    ("pair", "Antony Blinken met Wang Yi in Beijing on Monday. Both sides said the talks were candid.",
     [("Meeting", ("Antony Blinken", "Wang Yi"), ())]),
    # --- we
    ("we", '"We agreed to work together on energy," Olaf Scholz said after meeting Rishi Sunak on Monday.',
     [("Statement", ("Olaf Scholz",), ()), ("Meeting", ("Olaf Scholz", "Rishi Sunak"), ())]),
    ("we", '"We have spoken on the phone today," Tom Becker said on Tuesday.',
     [("Statement", ("Tom Becker",), ())]),
    # --- metonymy
    ("metonym", "Washington said on Monday that it would not send troops.",
     [("Statement", ("United States",), ())]),
    ("metonym", "The Kremlin said on Tuesday that Putin would visit China next week.",
     [("Statement", ("Kremlin|Russia",), ())]),
    ("metonym", "Downing Street said on Monday that Sunak would attend the summit.",
     [("Statement", ("Downing Street|United Kingdom",), ())]),
    ("metonym", "The Élysée said on Tuesday that Macron would travel to Berlin.",
     [("Statement", ("Élysée Palace|France",), ())]),
    ("metonym", "Moscow and Beijing signed a trade agreement on Monday.",
     [("Other/Treaty", ("Russia", "China"), ())]),
    # --- envoys and ministers acting for someone
    ("envoy", "Foreign Minister Annalena Baerbock travelled to Kyiv on Monday on behalf of Chancellor Scholz.",
     [("StateVisit", ("Annalena Baerbock",), ("Olaf Scholz",))]),
    ("envoy", "Putin's envoy Tom Becker met Anna Kovacs in Minsk on Tuesday.",
     [("Meeting", ("Tom Becker", "Anna Kovacs"), ("Vladimir Putin",))]),
    ("envoy", "Secretary of State Antony Blinken met Saudi Crown Prince Mohammed bin Salman in Riyadh on Monday.",
     [("Meeting", ("Antony Blinken", "Mohammed bin Salman"), ("Joe Biden",))]),
    # --- offices held at a date
    ("dated", "In 1987, President Ronald Reagan visited Berlin.",
     [("StateVisit", ("Ronald Reagan",), ("Joe Biden",))]),
    ("dated", "In 2003, the German chancellor travelled to Washington.",
     [("StateVisit", ("Gerhard Schröder",), ("Olaf Scholz",))]),
    ("dated", "The British prime minister visited Moscow in March 2017.",
     [("StateVisit", ("Theresa May",), ("Rishi Sunak",))]),
    # --- a person named only by office
    ("office", "The French president arrived in Berlin on Monday for a two-day visit.",
     [("StateVisit", ("Emmanuel Macron",), ())]),
    ("office", "The German chancellor spoke by phone with the Chinese president on Tuesday.",
     [("PhoneCall", ("Olaf Scholz", "Xi Jinping"), ())]),
    ("office", "The Polish prime minister met the Ukrainian president in Warsaw on Monday.",
     [("Meeting", ("Donald Tusk", "Volodymyr Zelenskyy"), ())]),
    # --- witnesses
    ("witness", "Tom Becker and Anna Kovacs signed the peace treaty on Monday in the presence of Emmanuel Macron.",
     [("Other/Treaty", ("Tom Becker", "Anna Kovacs"), ())]),
    # --- pronoun chains
    ("chain", "Olaf Scholz arrived in Tokyo on Monday. He met Prime Minister Fumio Kishida on Tuesday.",
     [("Meeting", ("Olaf Scholz", "Fumio Kishida"), ())]),
    ("chain", "Anna Kovacs flew to Oslo on Monday. There she met Tom Becker. She also spoke with Lena Vogt.",
     [("Meeting", ("Anna Kovacs", "Tom Becker"), ()), ("Meeting", ("Anna Kovacs", "Lena Vogt"), ())]),
    ("chain", "Rishi Sunak welcomed Tom Becker to London on Tuesday. He thanked him for his support.",
     [("Meeting", ("Rishi Sunak", "Tom Becker"), ())]),
    # --- coordinated names under one plural office
    ("shared", "Presidents Macron and Biden met in Normandy on Thursday, 6 June 2024.",
     [("Meeting", ("Emmanuel Macron", "Joe Biden"), ())]),
    ("shared", "The foreign ministers of France and Germany met in Paris on Monday.",
     [("Meeting", ("France|Stéphane Séjourné", "Germany|Annalena Baerbock"), ())]),
    ("shared", "Prime Ministers Tom Becker and Anna Kovacs spoke by phone on Tuesday.",
     [("PhoneCall", ("Tom Becker", "Anna Kovacs"), ())]),
    # --- persons the gazetteer does not know; surnames later
    ("unknown", "The Estonian minister, Marek Novak, met Clara Dumont in Tallinn on Monday. Novak said the talks went well.",
     [("Meeting", ("Marek Novak", "Clara Dumont"), ()), ("Statement", ("Marek Novak",), ())]),
    ("unknown", "President Jonas Meier of Norland received Clara Dumont on Tuesday.",
     [("Meeting", ("Jonas Meier", "Clara Dumont"), ())]),
    # --- entities that are not participants
    ("nonpart", "Olaf Scholz met Rishi Sunak in London on Monday, the Guardian reported.",
     [("Meeting", ("Olaf Scholz", "Rishi Sunak"), ("Guardian",))]),
    ("nonpart", "The Berlin talks between Tom Becker and Anna Kovacs ended on Tuesday.",
     [("Meeting", ("Tom Becker", "Anna Kovacs"), ("Berlin",))]),
    ("nonpart", 'Tom Becker met Anna Kovacs in Rome on Monday. "It was a good meeting," said analyst Lena Vogt.',
     [("Meeting", ("Tom Becker", "Anna Kovacs"), ("Lena Vogt",))]),
    ("nonpart", "According to Reuters, Emmanuel Macron called Volodymyr Zelenskyy on Tuesday.",
     [("PhoneCall", ("Emmanuel Macron", "Volodymyr Zelenskyy"), ("Reuters",))]),
    ("nonpart", "Anna Kovacs visited a German car factory in Hungary on Monday.",
     [("StateVisit", ("Anna Kovacs",), ("Germany",))]),
    ("nonpart", "Tom Becker met the Chinese ambassador Lena Vogt in Oslo on Monday.",
     [("Meeting", ("Tom Becker", "Lena Vogt"), ("Xi Jinping",))]),
    # --- added after the first run: counterparts, passives, later mentions by office
    ("office", "Joe Biden hosted his French counterpart at the White House on Monday.",
     [("Meeting", ("Joe Biden", "Emmanuel Macron"), ())]),
    ("office", "Olaf Scholz landed in Beijing on Sunday. On Tuesday the chancellor met Xi Jinping.",
     [("Meeting", ("Olaf Scholz", "Xi Jinping"), ())]),
    ("pair", "Talks between Tom Becker and Anna Kovacs took place in Oslo on Monday.",
     [("Meeting", ("Tom Becker", "Anna Kovacs"), ())]),
    ("pair", "Japan and South Korea held talks in Seoul on Monday. The two sides agreed to resume flights.",
     [("Meeting", ("Japan", "South Korea"), ())]),
    ("unknown", "Biden spoke with Xi on Tuesday about trade.",
     [("PhoneCall|Meeting", ("Joe Biden", "Xi Jinping"), ())]),
    ("chain", "Volodymyr Zelenskyy was received by Pope Francis at the Vatican on Monday.",
     [("Meeting", ("Volodymyr Zelenskyy", "Pope Francis"), ())]),
    ("dated", "Then-President Barack Obama visited Hanover in April 2016.",
     [("StateVisit", ("Barack Obama",), ("Joe Biden",))]),
    ("dated", "Former chancellor Angela Merkel met Emmanuel Macron in Paris on Monday.",
     [("Meeting", ("Angela Merkel", "Emmanuel Macron"), ("Olaf Scholz",))]),
    ("spokes", "A spokeswoman for the European Commission said on Monday that the plan was ready.",
     [("Statement", ("spokeswoman|European Commission",), ())]),
    ("nonpart", "The New York Times reported on Monday that Biden would visit Kyiv.",
     [("Other/MediaReport", ("New York Times",), ("Joe Biden",))]),
    ("dated", "The French president said on Monday that in 2010 the treaty had failed.",
     [("Statement", ("Emmanuel Macron",), ("Nicolas Sarkozy",))]),
    # --- added in the second round: offices of the day, envoys, speakers for someone
    ("office", "The Pope received Volodymyr Zelenskyy at the Vatican on Monday.",
     [("Meeting", ("Pope Francis", "Volodymyr Zelenskyy"), ())]),
    ("office", "The UN Secretary-General met Emmanuel Macron in Paris on Tuesday.",
     [("Meeting", ("António Guterres", "Emmanuel Macron"), ())]),
    ("envoy", "Li Hui, the special envoy of the Chinese president, visited Kyiv on Monday.",
     [("StateVisit", ("Li Hui",), ("Xi Jinping",))]),
    ("envoy", "Tom Becker, Macron's special envoy, met Anna Kovacs in Dakar on Tuesday.",
     [("Meeting", ("Tom Becker", "Anna Kovacs"), ("Emmanuel Macron",))]),
    ("collective", "The foreign ministers of the G7 met in Capri on Thursday, 18 April 2024.",
     [("Meeting", ("G7",), ())]),
    ("collective", "EU leaders will meet in Brussels on Thursday for a two-day summit.",
     [("Summit", ("European Union|European Council",), ())]),
    ("metonym", "The Kremlin said on Monday that Putin and Xi Jinping would meet in Beijing this week.",
     [("Statement", ("Kremlin|Russia",), ()), ("Meeting", ("Vladimir Putin", "Xi Jinping"), ())]),
    ("pair", "Vladimir Putin had a telephone conversation with Tom Becker on Monday. The two leaders discussed energy.",
     [("PhoneCall", ("Vladimir Putin", "Tom Becker"), ())]),
    ("chain", "Rishi Sunak flew to Warsaw on Tuesday. There he met Donald Tusk before he travelled on to Berlin.",
     [("Meeting", ("Rishi Sunak", "Donald Tusk"), ()), ("StateVisit", ("Rishi Sunak",), ())]),
    ("cabinet", "The prime minister, Tom Becker, and his cabinet resigned on Monday.",
     [("Other/Resignation", ("Tom Becker", "Tom Becker cabinet"), ())]),
    # --- third round: counterparts, titles with countries, places that are no parties
    ("office", "Speaking after talks with his Kenyan counterpart William Ruto in Nairobi on Monday, Olaf Scholz said the visit was a success.",
     [("Meeting", ("Olaf Scholz", "William Ruto"), ()), ("Statement", ("Olaf Scholz",), ())]),
    ("nonpart", "Emmanuel Macron hosted Olaf Scholz and Donald Tusk at the Élysée on Tuesday.",
     [("Meeting", ("Emmanuel Macron", "Olaf Scholz", "Donald Tusk"), ("Élysée Palace",))]),
    ("metonym", "The White House said on Monday that Biden would host Fumio Kishida on 10 June.",
     [("Statement", ("White House|United States",), ()), ("Meeting", ("Joe Biden", "Fumio Kishida"), ())]),
    ("spokes", "A Downing Street spokesperson said on Tuesday that Sunak had spoken with Zelenskyy.",
     [("PhoneCall|Meeting", ("Rishi Sunak", "Volodymyr Zelenskyy"), ())]),
    ("nonpart", "Germany's Olaf Scholz and France's Emmanuel Macron met in Paris on Monday.",
     [("Meeting", ("Olaf Scholz", "Emmanuel Macron"), ("Germany", "France"))]),
    ("office", "Chinese Foreign Minister Wang Yi met his Russian counterpart in Moscow on Monday.",
     [("Meeting", ("Wang Yi", "Sergey Lavrov"), ())]),
    ("shared", "Secretary of State Antony Blinken spoke by phone with Ukrainian Foreign Minister Dmytro Kuleba on Tuesday.",
     [("PhoneCall", ("Antony Blinken", "Dmytro Kuleba"), ())]),
    ("collective", "NATO Secretary General Jens Stoltenberg visited Kyiv on Monday.",
     [("StateVisit", ("Jens Stoltenberg",), ())]),
    ("chain", "Olaf Scholz was welcomed by Japanese Prime Minister Fumio Kishida in Tokyo on Monday.",
     [("Meeting", ("Olaf Scholz", "Fumio Kishida"), ())]),
    ("nonpart", "Tom Becker, the former Estonian ambassador to Moscow, met Anna Kovacs in Riga on Monday.",
     [("Meeting", ("Tom Becker", "Anna Kovacs"), ("Russia",))]),
    ("metonym", "The Chinese embassy in Berlin said on Monday that the visit had been postponed.",
     [("Statement", ("China",), ("Germany",))]),
    ("we", '"We condemn the attack," Germany and France said in a joint statement on Monday.',
     [("Statement", ("Germany", "France"), ())]),
    # --- fourth round: surnames later, collective-only events, plural offices, possessive calls
    ("unknown", "Moon Jae-in arrived in Berlin on Monday. Moon met Chancellor Angela Merkel on Tuesday.",
     [("Meeting", ("Moon Jae-in", "Angela Merkel"), ())]),
    ("unknown", "Austrian President Alexander Van der Bellen visited Ljubljana on Monday. Van der Bellen met Natasa Pirc Musar.",
     [("StateVisit", ("Alexander Van der Bellen",), ()), ("Meeting", ("Alexander Van der Bellen", "Nataša Pirc Musar|Pirc Musar"), ())]),
    ("collective", "Estonia held a parliamentary election on Sunday.", [("Election", ("Estonia",), ())]),
    ("collective", "Voters in Portugal elected a new parliament on Sunday.", [("Election", ("Portugal",), ())]),
    ("pair", "Xi Jinping told Biden during their call on Tuesday that Taiwan was a red line.",
     [("PhoneCall", ("Xi Jinping", "Joe Biden"), ())]),
    ("office", "Macron and Scholz held talks in Berlin on Monday. The French president later flew to Warsaw.",
     [("Meeting", ("Emmanuel Macron", "Olaf Scholz"), ()), ("StateVisit", ("Emmanuel Macron",), ("Olaf Scholz",))]),
    ("office", "Anna Kovacs received her Polish counterpart in Budapest on Monday.", [("Meeting", ("Anna Kovacs",), ())]),
    ("dated", "President Ronald Reagan arrived in Bonn on 1 May 1985.", [("StateVisit", ("Ronald Reagan",), ())]),
    ("shared", "The leaders of Brazil and Argentina met in Brasilia on Monday.", [("Meeting", ("Brazil", "Argentina"), ())]),
    ("shared", "Olaf Scholz hosted the prime ministers of Poland and the Czech Republic in Berlin on Monday.",
     [("Meeting", ("Olaf Scholz", "Donald Tusk", "Petr Fiala"), ())]),
    ("shared", "Olaf Scholz met the presidents of France, Poland and Latvia in Berlin on Monday.",
     [("Meeting", ("Olaf Scholz", "Emmanuel Macron", "Andrzej Duda", "Edgars Rinkēvičs"), ())]),
    # --- fifth round: chains of three sentences, offices of the day, reporters and readouts
    ("pair", "Tom Becker landed in Lima on Monday. On Tuesday he met President Anna Kovacs. The two leaders signed a trade pact.",
     [("Meeting", ("Tom Becker", "Anna Kovacs"), ()), ("Other/Treaty", ("Tom Becker", "Anna Kovacs"), ())]),
    ("spokes", "Kishida told reporters in Tokyo on Monday that Japan would host the summit.",
     [("Statement", ("Fumio Kishida",), ("Japan",))]),
    ("office", "The Italian foreign minister met Antony Blinken in Rome on Monday.",
     [("Meeting", ("Antonio Tajani", "Antony Blinken"), ())]),
    ("nonpart", "Israeli Prime Minister Benjamin Netanyahu spoke by phone with Joe Biden on Sunday, the White House said.",
     [("PhoneCall", ("Benjamin Netanyahu", "Joe Biden"), ("White House",))]),
    ("metonym", "The Chinese leader will visit France next week, the Élysée announced on Tuesday.",
     [("StateVisit", ("Xi Jinping",), ("Élysée Palace",)), ("Announcement", ("Élysée Palace|France",), ())]),
    ("country", "Ukraine and Russia exchanged prisoners on Monday.",
     [("Other/*", ("Ukraine", "Russia"), ())]),
    ("office", "Rishi Sunak met King Charles III at Buckingham Palace on Monday.",
     [("Meeting", ("Rishi Sunak", "Charles III"), ())]),
    ("unknown", "Tom Becker was elected president of Norland on Sunday.",
     [("Election", ("Tom Becker",), ())]),
    ("unknown", "Tom Becker met Anna Kovacs in Oslo on Monday. Becker later told reporters the meeting had been productive.",
     [("Statement", ("Tom Becker",), ("Anna Kovacs",))]),
]

DE = [
    # --- Kollektive
    ("collective", "Die G7-Staats- und Regierungschefs trafen sich am Dienstag in Apulien.",
     [("Summit", ("G7",), ())]),
    ("collective", "Die EU-Außenminister berieten am Montag in Brüssel über neue Sanktionen.",
     [("Meeting", ("European Union",), ())]),
    ("collective", "Die Nato-Verteidigungsminister treffen sich am Donnerstag in Brüssel.",
     [("Meeting", ("NATO",), ())]),
    # --- Regierungen
    ("government", "Die Bundesregierung kündigte am Montag weitere Hilfen für die Ukraine an.",
     [("Announcement", ("Germany",), ())]),
    ("government", "Scholz' Regierung kündigte am Dienstag ein neues Gesetz an.",
     [("Announcement", ("Olaf Scholz|Germany",), ())]),
    ("government", "Die französische Regierung erklärte am Montag, die Gespräche seien gescheitert.",
     [("Statement", ("France",), ())]),
    # --- Staaten
    ("country", "Norwegen und Finnland unterzeichneten am Montag in Oslo ein Grenzabkommen.",
     [("Other/Treaty", ("Norway", "Finland"), ())]),
    ("country", "Russland überfiel am 24. Februar 2022 die Ukraine.",
     [("Other/WarStart", ("Russia",), ())]),
    # --- Parteien
    ("party", "Die SPD gewann am Sonntag, dem 22. September 2024, die Landtagswahl in Brandenburg.",
     [("Election", ("SPD|Social Democratic Party of Germany",), ())]),
    # --- Kabinett
    ("cabinet", "Die niederländische Regierung trat am Freitag, dem 7. Juli 2023, zurück.",
     [("Other/Resignation", ("Netherlands|Regierung",), ())]),
    # --- Sprecher
    ("spokes", "Regierungssprecher Steffen Hebestreit sagte am Montag, Scholz werde nach Kiew reisen.",
     [("Statement", ("Steffen Hebestreit",), ("Olaf Scholz",))]),
    ("spokes", "Ein Sprecher des Auswärtigen Amts sagte am Dienstag, Baerbock habe mit Blinken telefoniert.",
     [("Statement", ("Sprecher|Auswärtigen Amts|Germany",), ("Annalena Baerbock",))]),
    ("spokes", "Kremlsprecher Dmitri Peskow erklärte am Montag, Putin habe keine Reisepläne.",
     [("Statement", ("Dmitry Peskov",), ("Vladimir Putin",))]),
    # --- die beiden Politiker, beide Seiten
    ("pair", "Olaf Scholz empfing am Montag Emmanuel Macron im Kanzleramt. Die beiden Politiker sprachen über die Ukraine.",
     [("Meeting", ("Olaf Scholz", "Emmanuel Macron"), ())]),
    ("pair", "Tom Becker telefonierte am Dienstag mit Anna Kovacs. Beide Seiten vereinbarten ein Treffen im Juni.",
     [("PhoneCall", ("Tom Becker", "Anna Kovacs"), ())]),
    ("pair", "Annalena Baerbock traf am Montag in Peking Wang Yi. Beide Seiten nannten das Gespräch offen.",
     [("Meeting", ("Annalena Baerbock", "Wang Yi"), ())]),
    # --- wir
    ("we", "„Wir haben vereinbart, enger zusammenzuarbeiten“, sagte Olaf Scholz am Montag nach dem Treffen mit Rishi Sunak.",
     [("Statement", ("Olaf Scholz",), ()), ("Meeting", ("Olaf Scholz", "Rishi Sunak"), ())]),
    ("we", "„Wir haben heute telefoniert“, sagte Tom Becker am Dienstag.",
     [("Statement", ("Tom Becker",), ())]),
    # --- Metonymie
    ("metonym", "Moskau erklärte am Montag, es werde keine Truppen abziehen.",
     [("Statement", ("Russia",), ())]),
    ("metonym", "Der Kreml teilte am Dienstag mit, Putin werde nächste Woche nach China reisen.",
     [("Statement|Announcement", ("Kremlin|Russia",), ())]),
    ("metonym", "Das Kanzleramt teilte am Montag mit, Scholz werde am Gipfel teilnehmen.",
     [("Statement|Announcement", ("Chancellery|Germany",), ())]),
    ("metonym", "Washington kritisierte am Dienstag die neuen Zölle.",
     [("Statement", ("United States",), ())]),
    ("metonym", "Der Élysée-Palast erklärte am Dienstag, Macron werde nach Berlin reisen.",
     [("Statement", ("Élysée Palace|France",), ())]),
    # --- Gesandte
    ("envoy", "Außenministerin Annalena Baerbock reiste am Montag im Auftrag von Bundeskanzler Scholz nach Kiew.",
     [("StateVisit", ("Annalena Baerbock",), ("Olaf Scholz",))]),
    ("envoy", "Putins Gesandter Tom Becker traf am Dienstag in Minsk Anna Kovacs.",
     [("Meeting", ("Tom Becker", "Anna Kovacs"), ("Vladimir Putin",))]),
    # --- Ämter zu einem Datum
    ("dated", "Präsident Ronald Reagan besuchte 1985 Bonn.",
     [("StateVisit", ("Ronald Reagan",), ("Joe Biden",))]),
    ("dated", "Im Jahr 2003 reiste der Bundeskanzler nach Washington.",
     [("StateVisit", ("Gerhard Schröder",), ("Olaf Scholz",))]),
    ("dated", "Der französische Präsident besuchte im Juli 2010 Berlin.",
     [("StateVisit", ("Nicolas Sarkozy",), ("Emmanuel Macron",))]),
    # --- nur das Amt
    ("office", "Der französische Präsident traf am Montag zu einem zweitägigen Besuch in Berlin ein.",
     [("StateVisit", ("Emmanuel Macron",), ())]),
    ("office", "Der Bundeskanzler telefonierte am Dienstag mit dem chinesischen Präsidenten.",
     [("PhoneCall", ("Olaf Scholz", "Xi Jinping"), ())]),
    ("office", "Der polnische Ministerpräsident traf am Montag in Warschau den ukrainischen Präsidenten.",
     [("Meeting", ("Donald Tusk", "Volodymyr Zelenskyy"), ())]),
    # --- Zeugen
    ("witness", "Tom Becker und Anna Kovacs unterzeichneten am Montag im Beisein von Emmanuel Macron den Friedensvertrag.",
     [("Other/Treaty", ("Tom Becker", "Anna Kovacs"), ())]),
    # --- Pronomenketten
    ("chain", "Olaf Scholz reiste am Montag nach Tokio. Dort traf er am Dienstag Ministerpräsident Fumio Kishida.",
     [("Meeting", ("Olaf Scholz", "Fumio Kishida"), ())]),
    ("chain", "Anna Kovacs traf am Montag Tom Becker. Dabei sprach sie auch mit Lena Vogt.",
     [("Meeting", ("Anna Kovacs", "Tom Becker"), ()), ("Meeting", ("Anna Kovacs", "Lena Vogt"), ())]),
    ("chain", "Emmanuel Macron kam am Dienstag nach Dresden. Er traf dort Bundespräsident Frank-Walter Steinmeier.",
     [("Meeting", ("Emmanuel Macron", "Frank-Walter Steinmeier"), ())]),
    # --- gemeinsame Ämter
    ("shared", "Die Präsidenten Macron und Biden trafen sich am Donnerstag in der Normandie.",
     [("Meeting", ("Emmanuel Macron", "Joe Biden"), ())]),
    ("shared", "Die Außenminister Frankreichs und Deutschlands trafen sich am Montag in Paris.",
     [("Meeting", ("France|Stéphane Séjourné", "Germany|Annalena Baerbock"), ())]),
    ("shared", "Die Regierungschefs Tom Becker und Anna Kovacs telefonierten am Dienstag.",
     [("PhoneCall", ("Tom Becker", "Anna Kovacs"), ())]),
    # --- Unbekannte Personen, Nachnamen später
    ("unknown", "Der estnische Minister, Marek Novak, traf am Montag in Tallinn Clara Dumont. Novak sagte, die Gespräche seien gut verlaufen.",
     [("Meeting", ("Marek Novak", "Clara Dumont"), ()), ("Statement", ("Marek Novak",), ())]),
    ("unknown", "Der Präsident von Norland, Jonas Meier, empfing am Dienstag Clara Dumont.",
     [("Meeting", ("Jonas Meier", "Clara Dumont"), ())]),
    # --- keine Teilnehmer
    ("nonpart", "Olaf Scholz traf am Montag in London Rishi Sunak, wie die Süddeutsche Zeitung berichtete.",
     [("Meeting", ("Olaf Scholz", "Rishi Sunak"), ("Süddeutsche Zeitung",))]),
    ("nonpart", "Die Berliner Gespräche zwischen Tom Becker und Anna Kovacs endeten am Dienstag.",
     [("Meeting", ("Tom Becker", "Anna Kovacs"), ("Berlin",))]),
    ("nonpart", "Tom Becker traf am Montag in Rom Anna Kovacs. „Es war ein gutes Treffen“, sagte der Politologe Jonas Meier.",
     [("Meeting", ("Tom Becker", "Anna Kovacs"), ("Jonas Meier",))]),
    ("nonpart", "Laut dem Spiegel telefonierte Emmanuel Macron am Dienstag mit Wolodymyr Selenskyj.",
     [("PhoneCall", ("Emmanuel Macron", "Volodymyr Zelenskyy"), ("Spiegel",))]),
    ("nonpart", "Anna Kovacs besuchte am Montag ein deutsches Autowerk in Ungarn.",
     [("StateVisit", ("Anna Kovacs",), ("Germany",))]),
    # --- nach dem ersten Lauf ergänzt: Amtskollegen, Passiv, spätere Nennung mit dem Amt
    ("office", "Xi Jinping und sein russischer Amtskollege trafen sich am Dienstag in Moskau.",
     [("Meeting", ("Xi Jinping", "Vladimir Putin"), ())]),
    ("office", "Olaf Scholz landete am Sonntag in Peking. Am Dienstag traf der Kanzler Xi Jinping.",
     [("Meeting", ("Olaf Scholz", "Xi Jinping"), ())]),
    ("pair", "Gespräche zwischen Tom Becker und Anna Kovacs fanden am Montag in Oslo statt.",
     [("Meeting", ("Tom Becker", "Anna Kovacs"), ())]),
    ("pair", "Japan und Südkorea verhandelten am Montag in Seoul. Beide Seiten einigten sich auf neue Flüge.",
     [("Meeting", ("Japan", "South Korea"), ())]),
    ("chain", "Wolodymyr Selenskyj wurde am Montag von Papst Franziskus im Vatikan empfangen.",
     [("Meeting", ("Volodymyr Zelenskyy", "Pope Francis"), ())]),
    ("dated", "Der damalige US-Präsident Barack Obama besuchte im April 2016 Hannover.",
     [("StateVisit", ("Barack Obama",), ("Joe Biden",))]),
    ("dated", "Die frühere Kanzlerin Angela Merkel traf am Montag in Paris Emmanuel Macron.",
     [("Meeting", ("Angela Merkel", "Emmanuel Macron"), ("Olaf Scholz",))]),
    ("spokes", "Ein Sprecher der EU-Kommission sagte am Montag, der Plan sei fertig.",
     [("Statement", ("Sprecher der EU-Kommission|European Commission",), ())]),
    ("nonpart", "Die New York Times berichtete am Montag, Biden werde Kiew besuchen.",
     [("Other/MediaReport", ("New York Times",), ("Joe Biden",))]),
    ("nonpart", "Nach Angaben von Reuters traf Olaf Scholz am Montag Rishi Sunak.",
     [("Meeting", ("Olaf Scholz", "Rishi Sunak"), ("Reuters",))]),
    ("dated", "Der französische Präsident sagte am Montag, im Jahr 2010 sei der Vertrag gescheitert.",
     [("Statement", ("Emmanuel Macron",), ("Nicolas Sarkozy",))]),
    # --- zweite Runde: Ämter des Tages, Gesandte, Sprecher für jemanden
    ("office", "Der Papst empfing am Montag Wolodymyr Selenskyj im Vatikan.",
     [("Meeting", ("Pope Francis", "Volodymyr Zelenskyy"), ())]),
    ("office", "Der UN-Generalsekretär traf am Dienstag in Paris Emmanuel Macron.",
     [("Meeting", ("António Guterres", "Emmanuel Macron"), ())]),
    ("envoy", "Li Hui, der Sondergesandte des chinesischen Präsidenten, besuchte am Montag Kiew.",
     [("StateVisit", ("Li Hui",), ("Xi Jinping",))]),
    ("collective", "Die Staats- und Regierungschefs der EU kommen am Donnerstag in Brüssel zu einem Gipfel zusammen.",
     [("Summit", ("European Union|European Council",), ())]),
    ("metonym", "Der Kreml teilte am Montag mit, Putin und Xi Jinping würden sich diese Woche in Peking treffen.",
     [("Statement|Announcement", ("Kremlin|Russia",), ()), ("Meeting", ("Vladimir Putin", "Xi Jinping"), ())]),
    ("pair", "Wladimir Putin telefonierte am Montag mit Tom Becker. Die beiden Präsidenten sprachen über Energie.",
     [("PhoneCall", ("Vladimir Putin", "Tom Becker"), ())]),
    ("chain", "Rishi Sunak flog am Dienstag nach Warschau. Dort traf er Donald Tusk, bevor er nach Berlin weiterreiste.",
     [("Meeting", ("Rishi Sunak", "Donald Tusk"), ()), ("StateVisit", ("Rishi Sunak",), ())]),
    ("dated", "Der damalige Außenminister Joschka Fischer traf 2003 in Washington Colin Powell.",
     [("Meeting", ("Joschka Fischer", "Colin Powell"), ("Annalena Baerbock",))]),
    # --- dritte Runde: Amtskollegen, Titel mit Ländern, Orte, die keine Seite sind
    ("office", "Nach Gesprächen mit seinem kenianischen Amtskollegen William Ruto sagte Olaf Scholz am Montag in Nairobi, der Besuch sei ein Erfolg.",
     [("Meeting", ("Olaf Scholz", "William Ruto"), ()), ("Statement", ("Olaf Scholz",), ())]),
    ("nonpart", "Emmanuel Macron empfing am Dienstag Olaf Scholz und Donald Tusk im Élysée-Palast.",
     [("Meeting", ("Emmanuel Macron", "Olaf Scholz", "Donald Tusk"), ("Élysée Palace",))]),
    ("metonym", "Das Weiße Haus teilte am Montag mit, Biden werde Fumio Kishida am 10. Juni empfangen.",
     [("Statement|Announcement", ("White House|United States",), ()), ("Meeting", ("Joe Biden", "Fumio Kishida"), ())]),
    ("nonpart", "Deutschlands Kanzler Olaf Scholz und Frankreichs Präsident Emmanuel Macron trafen sich am Montag in Paris.",
     [("Meeting", ("Olaf Scholz", "Emmanuel Macron"), ("Germany", "France"))]),
    ("office", "Der chinesische Außenminister Wang Yi traf am Montag in Moskau seinen russischen Amtskollegen.",
     [("Meeting", ("Wang Yi", "Sergey Lavrov"), ())]),
    ("shared", "US-Außenminister Antony Blinken telefonierte am Dienstag mit dem ukrainischen Außenminister Dmytro Kuleba.",
     [("PhoneCall", ("Antony Blinken", "Dmytro Kuleba"), ())]),
    ("collective", "Nato-Generalsekretär Jens Stoltenberg besuchte am Montag Kiew.",
     [("StateVisit", ("Jens Stoltenberg",), ())]),
    ("chain", "Olaf Scholz wurde am Montag in Tokio vom japanischen Ministerpräsidenten Fumio Kishida empfangen.",
     [("Meeting", ("Olaf Scholz", "Fumio Kishida"), ())]),
    ("nonpart", "Tom Becker, der frühere estnische Botschafter in Moskau, traf am Montag in Riga Anna Kovacs.",
     [("Meeting", ("Tom Becker", "Anna Kovacs"), ("Russia",))]),
    ("metonym", "Die chinesische Botschaft in Berlin erklärte am Montag, der Besuch sei verschoben worden.",
     [("Statement", ("China",), ("Germany",))]),
    ("we", "„Wir verurteilen den Angriff“, erklärten Deutschland und Frankreich am Montag in einer gemeinsamen Erklärung.",
     [("Statement", ("Germany", "France"), ())]),
    # --- vierte Runde: Nachnamen später, Wahlen ohne Person, Telefonate mit Possessiv
    ("unknown", "Moon Jae-in traf am Montag in Berlin ein. Am Dienstag traf Moon Bundeskanzlerin Angela Merkel.",
     [("Meeting", ("Moon Jae-in", "Angela Merkel"), ())]),
    ("unknown", "Bundespräsident Alexander Van der Bellen besuchte am Montag Laibach.",
     [("StateVisit", ("Alexander Van der Bellen",), ())]),
    ("collective", "In Estland wurde am Sonntag ein neues Parlament gewählt.", [("Election", ("Estonia",), ())]),
    ("pair", "Xi Jinping sagte Biden bei ihrem Telefonat am Dienstag, Taiwan sei eine rote Linie.",
     [("PhoneCall", ("Xi Jinping", "Joe Biden"), ())]),
    ("office", "Macron und Scholz berieten am Montag in Berlin. Anschließend flog der französische Präsident nach Warschau.",
     [("Meeting", ("Emmanuel Macron", "Olaf Scholz"), ()), ("StateVisit", ("Emmanuel Macron",), ("Olaf Scholz",))]),
    ("office", "Anna Kovacs empfing am Montag in Budapest ihren polnischen Amtskollegen.", [("Meeting", ("Anna Kovacs",), ())]),
    ("dated", "Präsident Ronald Reagan kam am 1. Mai 1985 in Bonn an.", [("StateVisit|Other/Arrival", ("Ronald Reagan",), ())]),
    ("shared", "Die Regierungschefs Brasiliens und Argentiniens trafen sich am Montag in Brasília.",
     [("Meeting", ("Brazil", "Argentina"), ())]),
    ("chain", "Tom Becker, Präsident von Norland, traf am Montag in Oslo ein. Dort wurde er von Anna Kovacs empfangen.",
     [("Meeting", ("Tom Becker", "Anna Kovacs"), ())]),
    ("chain", "Olaf Scholz traf am Montag Tom Becker. Er sagte danach, das Gespräch sei gut gewesen.",
     [("Meeting", ("Olaf Scholz", "Tom Becker"), ()), ("Statement", ("Olaf Scholz",), ("Tom Becker",))]),
    # --- fünfte Runde: Ketten über drei Sätze, Ämter des Tages, Mitteilungen
    ("pair", "Tom Becker landete am Montag in Lima. Am Dienstag traf er Präsidentin Anna Kovacs. Die beiden unterzeichneten ein Handelsabkommen.",
     [("Meeting", ("Tom Becker", "Anna Kovacs"), ()), ("Other/Treaty", ("Tom Becker", "Anna Kovacs"), ())]),
    ("office", "Der italienische Außenminister traf am Montag in Rom Antony Blinken.",
     [("Meeting", ("Antonio Tajani", "Antony Blinken"), ())]),
    ("nonpart", "Der israelische Ministerpräsident Benjamin Netanjahu telefonierte am Sonntag mit Joe Biden, wie das Weiße Haus mitteilte.",
     [("PhoneCall", ("Benjamin Netanyahu", "Joe Biden"), ("White House",))]),
    ("metonym", "Der chinesische Staatschef wird nächste Woche Frankreich besuchen, teilte der Élysée-Palast am Dienstag mit.",
     [("StateVisit", ("Xi Jinping",), ("Élysée Palace",))]),
    ("office", "Rishi Sunak traf am Montag im Buckingham-Palast König Charles III.",
     [("Meeting", ("Rishi Sunak", "Charles III"), ())]),
    ("unknown", "Tom Becker wurde am Sonntag zum Präsidenten von Norland gewählt.",
     [("Election", ("Tom Becker",), ())]),
    ("unknown", "Tom Becker traf am Montag in Oslo Anna Kovacs. Becker sagte später, das Treffen sei produktiv gewesen.",
     [("Statement", ("Tom Becker",), ("Anna Kovacs",))]),
    ("country", "Die Ukraine und Russland tauschten am Montag Gefangene aus.",
     [("Other/*", ("Ukraine", "Russia"), ())]),
]

# what kb still gets wrong: text -> reason
XFAIL: dict[str, str] = {
    "Olaf Scholz hosted the prime ministers of Poland and the Czech Republic in Berlin on Monday.":
        "a plural office before 'of' and countries names no one kb resolves (the countries stay, "
        "by the convention of tests/test_extraction_en_other.py), and a host meeting countries gives no meeting",
    "Olaf Scholz met the presidents of France, Poland and Latvia in Berlin on Monday.":
        "as above: the presidents of a list of countries are not resolved; the meeting keeps the host alone",
    "Xi Jinping told Biden during their call on Tuesday that Taiwan was a red line.":
        "'their call' after a verb of saying is no call event of the two (English gives the statement only)",
    "Xi Jinping sagte Biden bei ihrem Telefonat am Dienstag, Taiwan sei eine rote Linie.":
        "'ihrem Telefonat' takes the dative object alone; the possessive 'ihr' (the two) is not read as both",
    "Bundespräsident Alexander Van der Bellen besuchte am Montag Laibach.":
        "'Laibach' (the German exonym of Ljubljana) is no place kb knows, and a visit needs a place",
    "Anna Kovacs empfing am Montag in Budapest ihren polnischen Amtskollegen.":
        "a German counterpart whose holder kb cannot name leaves the host alone, and the meeting is dropped",
    "A Downing Street spokesperson said on Tuesday that Sunak had spoken with Zelenskyy.":
        "'had spoken with' in a reported clause is no trigger of a call or meeting (a trigger, not participants)",
    "The prime minister, Tom Becker, and his cabinet resigned on Monday.":
        "a cabinet owned by a person ('his cabinet') is no participant of its own; only the person is",
    "Japan und Südkorea verhandelten am Montag in Seoul. Beide Seiten einigten sich auf neue Flüge.":
        "'verhandeln' is no meeting trigger; the agreement is read as a treaty (trigger, not participants)",
}


def _of_class(ev, cls: str) -> bool:
    """Is ``ev`` of ``cls``: "Other/SUBTYPE" as recorded, "Other/*" any of them, else the type's
    coarse class (Meeting and Summit are both Contact, as the scorer has them)."""
    if cls == "Other/*":
        return kind(ev).startswith("Other/")
    return kind(ev) == cls if cls.startswith("Other/") else family(ev.type) == family(cls)


def _fits(ev, cls: str, names, not_names) -> bool:
    if not any(_of_class(ev, c) for c in cls.split("|")):
        return False
    if ev.implied_by is not None:
        return False
    if not all(any(_meets(n, p) for p in ev.participants) for n in names):
        return False
    return not any(_meets(n, p) for n in not_names for p in ev.participants)


def errors(text: str, expected, lang: str) -> list:
    """The expected events kb gives no fitting event for, with what it gave."""
    evs = events_of(text, lang, DCT)
    out = []
    for cls, names, not_names in expected:
        if not any(_fits(e, cls, names, not_names) for e in evs):
            got = "; ".join(f"{kind(e)} {sorted(p.name or p.label or '?' for p in e.participants)}" for e in evs)
            out.append(f"{cls} {names} not {not_names}: got {got or 'nothing'}")
    return out


def _cases(rows, lang):
    for conv, text, expected in rows:
        marks = [pytest.mark.xfail(reason=XFAIL[text], strict=True)] if text in XFAIL else []
        yield pytest.param(text, expected, lang, marks=marks, id=f"{lang}-{conv}-{text[:40]}")


@pytest.mark.parametrize("text,expected,lang", [*_cases(EN, "en"), *_cases(DE, "de")])
def test_participants(text, expected, lang):
    errs = errors(text, expected, lang)
    assert not errs, "\n".join(errs)


if __name__ == "__main__":  # the probe's errors by convention
    counts, total = Counter(), Counter()
    for lang, rows in (("en", EN), ("de", DE)):
        for conv, text, expected in rows:
            total[conv] += 1
            errs = errors(text, expected, lang)
            if errs:
                counts[conv] += 1
                if "-v" in sys.argv:
                    print(f"[{lang} {conv}] {text}\n    " + "\n    ".join(errs))
    for conv in total:
        print(f"{conv:11s} {counts[conv]}/{total[conv]} wrong")
    print(f"all         {sum(counts.values())}/{sum(total.values())} wrong")
