"""A challenge set for the English extractor, written independently of the development articles:
sentences in the style of news agencies, newspapers and government readouts, each with the events a
careful reader would list under the annotation conventions (one Statement per speaker and occasion,
"announced" is an Announcement, a vote is an Election, swearing-in is Other/TakingOffice, a media
report is Other/MediaReport with the outlet as participant, counted visits are claims, not events).

Every case is data: (sentence, expected events). An expected event is ``(type, name, date, status)``:

* ``type`` -- ``StateVisit``, ``Meeting``, ``Summit``, ``PhoneCall``, ``Election``, ``Statement``,
  ``Announcement`` (compared by coarse class, so a ``Visit`` answers a ``StateVisit`` and a
  re-election an ``Election``) or ``Other/SUBTYPE`` (compared on the JSON record: a signed treaty is
  ``Other/Treaty``, the start of a war ``Other/WarStart``);
* ``name`` -- a participant's canonical name that must be among the event's participants (None: any);
* ``date`` -- the date value (an interval matches its start; None: not checked);
* ``status`` -- one status or several joined by ``|``.

The sentences of NOTHING must produce no asserted event (past, ongoing or planned); a negated or
hypothetical event may be listed with its status. The publication date of every case is a Wednesday,
2024-05-15: "on Monday" in a report is 2024-05-13, "on Friday" in an announcement 2024-05-17.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

import pytest

from kb.eventtypes import family, record_type
from kb.model import Document
from kb.pipeline import analyse

DCT = "2024-05-15"  # a Wednesday

VISITS = [
    ("Prime Minister Lukas Varga arrived in Nairobi on Monday for a three-day state visit.",
     [("StateVisit", "Lukas Varga", "2024-05-13", "past|ongoing")]),
    ("President Anna Kovacs traveled to Tokyo on Tuesday for talks on trade and security.",
     [("StateVisit", "Anna Kovacs", "2024-05-14", "past")]),
    ("Foreign Minister Daniel Moreau is in Hanoi for talks with Vietnamese leaders.",
     [("StateVisit", "Daniel Moreau", None, "ongoing")]),
    ("Chancellor Erik Lindqvist landed in Brasilia late on Sunday.",
     [("StateVisit", "Erik Lindqvist", "2024-05-12", "past")]),
    ("President Maria Santos kicked off a tour of West Africa on Monday with a stop in Dakar.",
     [("StateVisit", "Maria Santos", "2024-05-13", "past|ongoing")]),
    ("Prime Minister Lukas Varga paid an official visit to Ottawa on Friday.",
     [("StateVisit", "Lukas Varga", "2024-05-10", "past")]),
    ("President Anna Kovacs is on a three-day visit to Indonesia.",
     [("StateVisit", "Anna Kovacs", None, "ongoing")]),
    ("Foreign Minister Daniel Moreau will travel to Canberra next week, the ministry said.",
     [("StateVisit", "Daniel Moreau", "2024-05-20", "planned")]),
    ("Erik Lindqvist will visit Seoul in July.",
     [("StateVisit", "Erik Lindqvist", "2024-07", "planned")]),
    ("At the invitation of Chancellor Olaf Scholz, Premier Li Qiang will pay an official visit to Germany"
     " from May 20 to 22.",
     [("StateVisit", "Li Qiang", "2024-05-20", "planned")]),
    ("Paula Brandstetter flew to Kyiv on Saturday on an unannounced trip.",
     [("StateVisit", "Paula Brandstetter", "2024-05-11", "past")]),
    ("Secretary of State Tom Becker headed to Cairo on Tuesday, the second stop of a regional tour.",
     [("StateVisit", "Tom Becker", "2024-05-14", "past")]),
    ("Tom Becker began a two-day visit to Warsaw on Monday.",
     [("StateVisit", "Tom Becker", "2024-05-13", "past")]),
    ("Lukas Varga made a surprise visit to Baghdad on Sunday.",
     [("StateVisit", "Lukas Varga", "2024-05-12", "past")]),
    ("Anna Kovacs is due in Madrid on Thursday.",
     [("StateVisit", "Anna Kovacs", "2024-05-16", "planned")]),
    ("Daniel Moreau will be in Rome on Friday for talks with Giorgia Meloni.",
     [("StateVisit", "Daniel Moreau", "2024-05-17", "planned"),
      ("Meeting", "Giorgia Meloni", "2024-05-17", "planned")]),
    ("Paula Brandstetter is visiting Lagos this week.",
     [("StateVisit", "Paula Brandstetter", None, "ongoing")]),
    ("Erik Lindqvist set off for Beijing on Tuesday on a four-day state visit.",
     [("StateVisit", "Erik Lindqvist", "2024-05-14", "past|ongoing")]),
    ("Maria Santos wrapped up a visit to Ghana on Tuesday.",
     [("StateVisit", "Maria Santos", None, "past")]),
    ("Tom Becker is on his first trip to Asia since taking office.",
     [("StateVisit", "Tom Becker", None, "ongoing")]),
    ("Lukas Varga visited troops on the front line in eastern Ukraine on Saturday.",
     [("StateVisit", "Lukas Varga", "2024-05-11", "past")]),
    ("Anna Kovacs concluded her visit to Egypt on Tuesday.",
     [("StateVisit", "Anna Kovacs", "2024-05-14", "past")]),
    ("Tom Becker returned from a four-day trip to India on Sunday.",
     [("StateVisit", "Tom Becker", None, "past")]),
    ("Lukas Varga arrived here on Monday for a state visit.",
     [("StateVisit", "Lukas Varga", "2024-05-13", "past|ongoing")]),
    ("Daniel Moreau will make his first official visit to Chile next week.",
     [("StateVisit", "Daniel Moreau", "2024-05-20", "planned")]),
    ("Anna Kovacs kicked off her Asia tour in Singapore on Saturday.",
     [("StateVisit", "Anna Kovacs", "2024-05-11", "past|ongoing")]),
    ("Maria Santos will travel to Brussels on Thursday to attend the EU summit.",
     [("StateVisit", "Maria Santos", "2024-05-16", "planned"), ("Summit", None, "2024-05-16", "planned")]),
    ("Tom Becker to visit Japan next week.",
     [("StateVisit", "Tom Becker", "2024-05-20", "planned")]),
    ("Paula Brandstetter will pay a working visit to Vilnius on Friday.",
     [("StateVisit", "Paula Brandstetter", "2024-05-17", "planned")]),
    ("During his visit to Hanoi on Monday, Tom Becker met the prime minister.",
     [("StateVisit", "Tom Becker", "2024-05-13", "past"), ("Meeting", "Tom Becker", "2024-05-13", "past")]),
    ("Anna Kovacs departed for Santiago on Tuesday.",
     [("StateVisit", "Anna Kovacs", "2024-05-14", "past")]),
    ("Lukas Varga wraps up his Gulf tour in Riyadh on Thursday.",
     [("StateVisit", "Lukas Varga", "2024-05-16", "planned|ongoing")]),
    ("Anna Kovacs is scheduled to arrive in Washington on Thursday.",
     [("StateVisit", "Anna Kovacs", "2024-05-16", "planned")]),
    ("Anna Kovacs will travel on to Seoul on Saturday.",
     [("StateVisit", "Anna Kovacs", "2024-05-18", "planned")]),
    ("Tom Becker made a brief stopover in Dubai on Monday.",
     [("StateVisit", "Tom Becker", "2024-05-13", "past")]),
    ("Anna Kovacs will stop in Hawaii on her way to Japan.",
     [("StateVisit", "Anna Kovacs", None, "planned")]),
]

MEETINGS = [
    ("Tom Becker met Anna Kovacs in Vienna on Monday.",
     [("Meeting", "Anna Kovacs", "2024-05-13", "past")]),
    ("Lukas Varga held talks with his Polish counterpart in Warsaw on Tuesday.",
     [("Meeting", "Lukas Varga", "2024-05-14", "past")]),
    ("President Maria Santos hosted Prime Minister Erik Lindqvist at the presidential palace on Friday.",
     [("Meeting", "Erik Lindqvist", "2024-05-10", "past")]),
    ("Chancellor Erik Lindqvist received Tom Becker in Berlin on Monday.",
     [("Meeting", "Tom Becker", "2024-05-13", "past")]),
    ("Anna Kovacs sat down with Daniel Moreau on the sidelines of the summit in Rio de Janeiro on Sunday.",
     [("Meeting", "Daniel Moreau", "2024-05-12", "past")]),
    ("Lukas Varga and Paula Brandstetter met on the margins of the NATO summit on Tuesday.",
     [("Meeting", "Paula Brandstetter", "2024-05-14", "past")]),
    ("Leaders of the Group of Seven gathered in southern Italy on Thursday for a three-day summit.",
     [("Summit", None, "2024-05-09", "past|ongoing")]),
    ("ASEAN leaders convened in Vientiane on Tuesday for their annual summit.",
     [("Summit", None, "2024-05-14", "past|ongoing")]),
    ("The European Council summit in Brussels ended on Friday with an agreement on migration.",
     [("Summit", None, None, "past")]),
    ("Tom Becker will meet Anna Kovacs in Geneva next month.",
     [("Meeting", "Anna Kovacs", "2024-06", "planned")]),
    ("Erik Lindqvist welcomed Maria Santos to Stockholm on Thursday.",
     [("Meeting", "Maria Santos", "2024-05-09", "past")]),
    ("The two leaders held a bilateral meeting on the sidelines of the UN General Assembly on Tuesday.",
     [("Meeting", None, "2024-05-14", "past")]),
    ("Daniel Moreau met with Chinese Foreign Minister Wang Yi in Beijing on Monday.",
     [("Meeting", "Wang Yi", "2024-05-13", "past")]),
    ("Anna Kovacs and Lukas Varga will hold talks in Prague on Friday.",
     [("Meeting", "Lukas Varga", "2024-05-17", "planned")]),
    ("Talks between Tom Becker and Paula Brandstetter took place behind closed doors on Saturday.",
     [("Meeting", "Paula Brandstetter", "2024-05-11", "past")]),
    ("The summit of the African Union opened in Addis Ababa on Sunday.",
     [("Summit", None, "2024-05-12", "past|ongoing")]),
    ("Paula Brandstetter hosted the leaders of the Nordic countries for a summit in Oslo on Monday.",
     [("Summit", "Paula Brandstetter", "2024-05-13", "past")]),
    ("Lukas Varga is scheduled to meet Pope Francis at the Vatican on Thursday.",
     [("Meeting", "Pope Francis", "2024-05-16", "planned")]),
    ("Erik Lindqvist and Maria Santos discussed energy security at a meeting in Madrid on Tuesday.",
     [("Meeting", "Maria Santos", "2024-05-14", "past")]),
    ("Tom Becker received the visiting Lithuanian foreign minister on Monday.",
     [("Meeting", "Tom Becker", "2024-05-13", "past")]),
    ("Anna Kovacs hosted Daniel Moreau for talks at her residence on Sunday.",
     [("Meeting", "Daniel Moreau", "2024-05-12", "past")]),
    ("BEIJING, May 14 (Xinhua) -- Chinese President Xi Jinping held talks here on Tuesday with visiting"
     " Prime Minister Lukas Varga.",
     [("Meeting", "Lukas Varga", "2024-05-14", "past")]),
    ("Chinese President Xi Jinping met visiting Prime Minister Lukas Varga on Tuesday.",
     [("Meeting", "Lukas Varga", "2024-05-14", "past")]),
    ("Prime Minister Lukas Varga was greeted at the airport by Foreign Minister Anna Kovacs on Monday.",
     [("Meeting", "Anna Kovacs", "2024-05-13", "past")]),
    ("Tom Becker exchanged views with Anna Kovacs on regional issues in Doha on Monday.",
     [("Meeting", "Anna Kovacs", "2024-05-13", "past")]),
    ("Erik Lindqvist co-chaired the meeting with Maria Santos in Lisbon on Tuesday.",
     [("Meeting", "Maria Santos", "2024-05-14", "past")]),
    ("Paula Brandstetter attended the Commonwealth summit in Samoa on Friday.",
     [("Summit", "Paula Brandstetter", "2024-05-10", "past")]),
    ("Leaders of the European Union will meet in Brussels on June 27 for a two-day summit.",
     [("Summit", None, "2024-06-27", "planned")]),
    ("Lukas Varga was received by King Charles at Buckingham Palace on Tuesday.",
     [("Meeting", "Lukas Varga", "2024-05-14", "past")]),
    ("The foreign ministers of Brazil and Argentina met in Buenos Aires on Monday.",
     [("Meeting", "Argentina", "2024-05-13", "past")]),
    ("Anna Kovacs to meet Lukas Varga in Geneva on Friday.",
     [("Meeting", "Lukas Varga", "2024-05-17", "planned")]),
    ("Lukas Varga will host Maria Santos at the White House on Friday.",
     [("Meeting", "Maria Santos", "2024-05-17", "planned")]),
    ("Erik Lindqvist is hosting Tom Becker in Stockholm this week.",
     [("Meeting", "Tom Becker", "2024-05-13", "ongoing")]),
    ("Maria Santos will receive Daniel Moreau at the Elysee Palace on Thursday.",
     [("Meeting", "Daniel Moreau", "2024-05-16", "planned")]),
    ("The two leaders discussed trade and security when Tom Becker met Anna Kovacs in Ottawa on Monday.",
     [("Meeting", "Anna Kovacs", "2024-05-13", "past")]),
    ("Russian-Turkish talks took place in the Kremlin on Tuesday.",
     [("Meeting", "Turkey", "2024-05-14", "past")]),
    ("Tom Becker had a meeting with Anna Kovacs on Monday.",
     [("Meeting", "Anna Kovacs", "2024-05-13", "past")]),
    ("Russian-Estonian talks were held in Moscow on Monday.",
     [("Meeting", "Estonia", "2024-05-13", "past")]),
    ("Tom Becker will welcome Anna Kovacs to the White House on May 24.",
     [("Meeting", "Anna Kovacs", "2024-05-24", "planned")]),
    ("Tom Becker will attend the NATO summit in Washington in July.",
     [("Summit", "Tom Becker", "2024-07", "planned")]),
]

CALLS = [
    ("Tom Becker spoke by phone with Anna Kovacs on Monday.",
     [("PhoneCall", "Anna Kovacs", "2024-05-13", "past")]),
    ("Lukas Varga held a telephone conversation with Erik Lindqvist on Tuesday, the Kremlin said.",
     [("PhoneCall", "Erik Lindqvist", "2024-05-14", "past")]),
    ("In a phone call on Sunday, Maria Santos and Daniel Moreau discussed the crisis.",
     [("PhoneCall", "Daniel Moreau", "2024-05-12", "past")]),
    ("Paula Brandstetter called Tom Becker on Friday to congratulate him.",
     [("PhoneCall", "Tom Becker", "2024-05-10", "past")]),
    ("Anna Kovacs telephoned her French counterpart on Saturday.",
     [("PhoneCall", "Anna Kovacs", "2024-05-11", "past")]),
    ("Tom Becker and Lukas Varga spoke on the phone on Thursday.",
     [("PhoneCall", "Lukas Varga", "2024-05-09", "past")]),
    ("Erik Lindqvist had a phone call with Maria Santos late on Monday.",
     [("PhoneCall", "Maria Santos", "2024-05-13", "past")]),
    ("Maria Santos received a phone call from Paula Brandstetter on Tuesday.",
     [("PhoneCall", "Paula Brandstetter", "2024-05-14", "past")]),
    ("Daniel Moreau talked by telephone with Anna Kovacs on Sunday.",
     [("PhoneCall", "Anna Kovacs", "2024-05-12", "past")]),
    ("Lukas Varga and Tom Becker held a video call on Monday.",
     [("PhoneCall", "Tom Becker", "2024-05-13", "past")]),
    ("The two leaders spoke by telephone on Tuesday, the presidential press service said.",
     [("PhoneCall", None, "2024-05-14", "past")]),
    ("Tom Becker phoned Erik Lindqvist on Wednesday.",
     [("PhoneCall", "Erik Lindqvist", "2024-05-15", "past")]),
    ("During a telephone conversation on Friday, Anna Kovacs and Maria Santos agreed to meet soon.",
     [("PhoneCall", "Maria Santos", "2024-05-10", "past")]),
    ("Paula Brandstetter will speak with Lukas Varga by phone on Thursday.",
     [("PhoneCall", "Lukas Varga", "2024-05-16", "planned")]),
    ("Tom Becker and Anna Kovacs had a telephone call on Tuesday in which they discussed trade.",
     [("PhoneCall", "Anna Kovacs", "2024-05-14", "past")]),
    ("Erik Lindqvist and Daniel Moreau spoke over the phone on Saturday, the government said.",
     [("PhoneCall", "Daniel Moreau", "2024-05-11", "past")]),
    ("Tom Becker and Anna Kovacs discussed the war in a phone call on Monday.",
     [("PhoneCall", "Anna Kovacs", "2024-05-13", "past")]),
    ("A phone call between Erik Lindqvist and Lukas Varga took place on Saturday.",
     [("PhoneCall", "Lukas Varga", "2024-05-11", "past")]),
    ("Tom Becker and Anna Kovacs exchanged views by phone on Monday.",
     [("PhoneCall", "Anna Kovacs", "2024-05-13", "past")]),
    ("Tom Becker held a phone conversation with Anna Kovacs on Tuesday at the latter's request.",
     [("PhoneCall", "Anna Kovacs", "2024-05-14", "past")]),
    ("Tom Becker had a telephone conversation with Anna Kovacs at the Estonian side's initiative.",
     [("PhoneCall", "Anna Kovacs", None, "past")]),
]

ELECTIONS = [
    ("Maria Santos won the presidential election on Sunday with 54 percent of the vote.",
     [("Election", "Maria Santos", "2024-05-12", "past")]),
    ("Lukas Varga was elected president by parliament on Tuesday.",
     [("Election", "Lukas Varga", "2024-05-14", "past")]),
    ("President Anna Kovacs was re-elected on Sunday.",
     [("Election", "Anna Kovacs", "2024-05-12", "past")]),
    ("Panamanian voters chose Erik Lindqvist as their next president on Sunday.",
     [("Election", "Erik Lindqvist", "2024-05-12", "past")]),
    ("Tom Becker secured a second term in Sunday's runoff.",
     [("Election", "Tom Becker", "2024-05-12", "past")]),
    ("Paula Brandstetter defeated Daniel Moreau in a runoff on Sunday.",
     [("Election", "Paula Brandstetter", "2024-05-12", "past")]),
    ("Parliament elected Anna Kovacs as speaker on Monday.",
     [("Election", "Anna Kovacs", "2024-05-13", "past")]),
    ("Tom Becker won re-election in a landslide on Sunday.",
     [("Election", "Tom Becker", "2024-05-12", "past")]),
    ("Erik Lindqvist easily won a third term as mayor on Sunday.",
     [("Election", "Erik Lindqvist", "2024-05-12", "past")]),
    ("Panama holds a presidential election on Sunday.",
     [("Election", None, "2024-05-19", "planned")]),
    ("Voters in Portugal go to the polls on Sunday.",
     [("Election", None, "2024-05-19", "planned")]),
    ("Lithuanians will vote in a presidential runoff on May 26.",
     [("Election", None, "2024-05-26", "planned")]),
    ("Lithuanian voters will vote in a presidential runoff on May 26.",
     [("Election", "Lithuania", "2024-05-26", "planned")]),
    ("Daniel Moreau was chosen as the new leader of the Labour Party on Saturday.",
     [("Election", "Daniel Moreau", "2024-05-11", "past")]),
    ("Anna Kovacs won the Democratic primary in Ohio on Tuesday.",
     [("Election", "Anna Kovacs", "2024-05-14", "past")]),
    ("Paula Brandstetter claimed victory in Sunday's presidential election.",
     [("Election", "Paula Brandstetter", "2024-05-12", "past")]),
    ("Lawmakers re-elected Tom Becker as speaker on Monday.",
     [("Election", "Tom Becker", "2024-05-13", "past")]),
    ("Maria Santos was re-elected for a fourth term in office.",
     [("Election", "Maria Santos", None, "past")]),
    ("Lukas Varga won Sunday's parliamentary election by a wide margin.",
     [("Election", "Lukas Varga", "2024-05-12", "past")]),
    ("Erik Lindqvist was voted in as prime minister on Tuesday.",
     [("Election", "Erik Lindqvist", "2024-05-14", "past")]),
    ("Maria Santos clinched a second term in Sunday's election.",
     [("Election", "Maria Santos", "2024-05-12", "past")]),
    ("Paula Brandstetter declared victory in the presidential runoff on Sunday.",
     [("Election", "Paula Brandstetter", "2024-05-12", "past")]),
    ("The election commission said Tom Becker had won 56 percent of the vote in Sunday's election.",
     [("Election", "Tom Becker", "2024-05-12", "past")]),
    ("Anna Kovacs won a fresh mandate in Sunday's parliamentary election.",
     [("Election", "Anna Kovacs", "2024-05-12", "past")]),
    ("Paula Brandstetter was elected chairwoman of the African Union on Sunday.",
     [("Election", "Paula Brandstetter", "2024-05-12", "past")]),
    ("Voters re-elected Maria Santos by a wide margin on Sunday.",
     [("Election", "Maria Santos", "2024-05-12", "past")]),
    ("Lukas Varga was re-elected as party chairman on Saturday.",
     [("Election", "Lukas Varga", "2024-05-11", "past")]),
    ("The Bundestag elected Erik Lindqvist as chancellor on Wednesday.",
     [("Election", "Erik Lindqvist", "2024-05-15", "past")]),
    ("Tom Becker won a landslide victory in Sunday's presidential election, official results showed.",
     [("Election", "Tom Becker", "2024-05-12", "past")]),
    ("Tom Becker won the confidence vote in parliament on Tuesday.",
     [("Election", "Tom Becker", "2024-05-14", "past")]),
    ("Anna Kovacs won the presidency in 2019.",
     [("Election", "Anna Kovacs", "2019", "past")]),
    ("Anna Kovacs will face Tom Becker in a runoff on June 2.",
     [("Election", "Tom Becker", "2024-06-02", "planned")]),
    ("Tom Becker was elected to parliament in 2010.",
     [("Election", "Tom Becker", "2010", "past")]),
    ("Anna Kovacs won a seat in the European Parliament in 2019.",
     [("Election", "Anna Kovacs", "2019", "past")]),
    ("Anna Kovacs led her party to victory in Sunday's election.",
     [("Election", "Anna Kovacs", "2024-05-12", "past")]),
    ("Tom Becker lost the election to Anna Kovacs on Sunday.",
     [("Election", "Anna Kovacs", "2024-05-12", "past")]),
    ("Tom Becker was defeated by Anna Kovacs in Sunday's runoff.",
     [("Election", "Anna Kovacs", "2024-05-12", "past")]),
    ("Parliament approved Anna Kovacs as prime minister on Tuesday.",
     [("Election", "Anna Kovacs", "2024-05-14", "past")]),
    ("The electoral commission confirmed Anna Kovacs's victory on Tuesday.",
     [("Election", "Anna Kovacs", None, "past")]),
]

STATEMENTS = [
    ("Tom Becker said on Monday that the talks had been constructive.",
     [("Statement", "Tom Becker", "2024-05-13", "past")]),
    ("\"We are ready to help,\" Anna Kovacs told reporters in Vienna on Tuesday.",
     [("Statement", "Anna Kovacs", "2024-05-14", "past")]),
    ("The foreign ministry said in a statement on Sunday that the ambassador had been summoned.",
     [("Statement", None, "2024-05-12", "past")]),
    ("Lukas Varga announced on Friday that he would run for a second term.",
     [("Announcement", "Lukas Varga", "2024-05-10", "past")]),
    ("President Maria Santos declared on Tuesday that the state of emergency was over.",
     [("Statement", "Maria Santos", "2024-05-14", "past")]),
    ("Erik Lindqvist told parliament on Thursday that the budget would be balanced.",
     [("Statement", "Erik Lindqvist", "2024-05-09", "past")]),
    ("The White House announced on Monday that Tom Becker would visit Washington next month.",
     [("Announcement", None, "2024-05-13", "past"),
      ("StateVisit", "Tom Becker", "2024-06", "planned")]),
    ("Paula Brandstetter warned on Sunday that the ceasefire was fragile.",
     [("Statement", "Paula Brandstetter", "2024-05-12", "past")]),
    ("In a televised address on Saturday, Daniel Moreau called for national unity.",
     [("Statement", "Daniel Moreau", "2024-05-11", "past")]),
    ("Anna Kovacs told the newspaper Le Monde that Europe must act.",
     [("Statement", "Anna Kovacs", None, "past")]),
    ("A Kremlin spokesman said on Tuesday that no meeting was planned.",
     [("Statement", None, "2024-05-14", "past")]),
    ("Tom Becker stressed that his country would not give in to pressure.",
     [("Statement", "Tom Becker", None, "past")]),
    ("Maria Santos announced her resignation on Thursday.",
     [("Announcement", "Maria Santos", "2024-05-09", "past")]),
    ("Lukas Varga gave a press conference in Prague on Monday.",
     [("Statement", "Lukas Varga", "2024-05-13", "past")]),
    ("\"This is a historic day,\" said Erik Lindqvist.",
     [("Statement", "Erik Lindqvist", None, "past")]),
    ("Daniel Moreau wrote on X on Sunday that the vote had been rigged.",
     [("Statement", "Daniel Moreau", "2024-05-12", "past")]),
    ("Speaking at a news conference in Rome, Paula Brandstetter said the deal was close.",
     [("Statement", "Paula Brandstetter", None, "past")]),
    ("Tom Becker insisted on Friday that the project would go ahead.",
     [("Statement", "Tom Becker", "2024-05-10", "past")]),
    ("Anna Kovacs said in an interview with Reuters on Tuesday that she was optimistic.",
     [("Statement", "Anna Kovacs", "2024-05-14", "past")]),
    ("Erik Lindqvist announced a cabinet reshuffle on Monday.",
     [("Announcement", "Erik Lindqvist", "2024-05-13", "past")]),
    ("Tom Becker told a news conference on Tuesday that no decision had been taken.",
     [("Statement", "Tom Becker", "2024-05-14", "past")]),
    ("Daniel Moreau conceded defeat on Monday.",
     [("Statement", "Daniel Moreau", "2024-05-13", "past")]),
    ("Chancellor Lukas Varga announced on Tuesday that he would call a snap election.",
     [("Announcement", "Lukas Varga", "2024-05-14", "past")]),
    ("Anna Kovacs told state television on Sunday that she would not resign.",
     [("Statement", "Anna Kovacs", "2024-05-12", "past")]),
    ("\"We will never accept this,\" Maria Santos told a rally in Lima on Saturday.",
     [("Statement", "Maria Santos", "2024-05-11", "past")]),
    ("Tom Becker told a security conference in Munich on Saturday that Europe must rearm.",
     [("Statement", "Tom Becker", "2024-05-11", "past")]),
    ("Tom Becker said Monday that the talks would continue.",
     [("Statement", "Tom Becker", "2024-05-13", "past")]),
    ("Daniel Moreau, speaking to reporters on Friday, denied the accusations.",
     [("Statement", "Daniel Moreau", "2024-05-10", "past")]),
    ("In a televised address on Saturday, Daniel Moreau urged the nation to stay calm.",
     [("Statement", "Daniel Moreau", "2024-05-11", "past")]),
    ("Lukas Varga and Maria Santos held a joint news conference after their talks on Tuesday.",
     [("Statement", "Maria Santos", "2024-05-14", "past"), ("Meeting", "Maria Santos", "2024-05-14", "past")]),
    ("Erik Lindqvist addressed the UN General Assembly on Tuesday.",
     [("Statement", "Erik Lindqvist", "2024-05-14", "past")]),
    ("Tom Becker expressed concern about the situation in Gaza on Monday.",
     [("Statement", "Tom Becker", "2024-05-13", "past")]),
    ("Anna Kovacs criticised the decision on Monday.",
     [("Statement", "Anna Kovacs", "2024-05-13", "past")]),
    ("Tom Becker condemned the shelling of the city on Monday.",
     [("Statement", "Tom Becker", "2024-05-13", "past")]),
    ("Tom Becker announced his candidacy for the presidency on Monday.",
     [("Announcement", "Tom Becker", "2024-05-13", "past")]),
    ("The opposition candidate Anna Kovacs conceded on Monday.",
     [("Statement", "Anna Kovacs", "2024-05-13", "past")]),
    ("Tom Becker delivered a speech on foreign policy in Berlin on Tuesday.",
     [("Statement", "Tom Becker", "2024-05-14", "past")]),
    ("Anna Kovacs will address a joint session of Congress on Thursday.",
     [("Statement", "Anna Kovacs", "2024-05-16", "planned")]),
    ("Tom Becker briefed reporters at the Pentagon on Friday.",
     [("Statement", "Tom Becker", "2024-05-10", "past")]),
    ("White House press secretary Anna Kovacs told reporters on Monday that the trip was on schedule.",
     [("Statement", "Anna Kovacs", "2024-05-13", "past")]),
]

OTHER = [
    ("Maria Santos was sworn in as president on Monday.",
     [("Other/TakingOffice", "Maria Santos", "2024-05-13", "past")]),
    ("Lukas Varga was inaugurated as the country's new president on Sunday.",
     [("Other/TakingOffice", "Lukas Varga", "2024-05-12", "past")]),
    ("Erik Lindqvist took office as prime minister on Tuesday.",
     [("Other/TakingOffice", "Erik Lindqvist", "2024-05-14", "past")]),
    ("Paula Brandstetter will be sworn in on June 2.",
     [("Other/TakingOffice", "Paula Brandstetter", "2024-06-02", "planned")]),
    ("Tom Becker and Anna Kovacs signed an agreement on energy cooperation on Monday.",
     [("Other/Treaty", "Anna Kovacs", "2024-05-13", "past")]),
    ("Ukraine and Japan signed a security deal on Thursday.",
     [("Other/Treaty", "Japan", "2024-05-09", "past")]),
    ("The two countries signed a memorandum of understanding on migration in Rome on Tuesday.",
     [("Other/Treaty", None, "2024-05-14", "past")]),
    ("Negotiators from Chile and the European Union initialled the trade agreement in Brussels on Friday.",
     [("Other/Treaty", None, "2024-05-10", "past")]),
    ("Lukas Varga and Maria Santos concluded a free trade agreement on Sunday.",
     [("Other/Treaty", "Maria Santos", "2024-05-12", "past")]),
    ("Prime Minister Erik Lindqvist resigned on Monday.",
     [("Other/Resignation", "Erik Lindqvist", "2024-05-13", "past")]),
    ("Defence Minister Daniel Moreau stepped down on Friday amid a corruption scandal.",
     [("Other/Resignation", "Daniel Moreau", "2024-05-10", "past")]),
    ("President Maria Santos appointed Tom Becker as foreign minister on Tuesday.",
     [("Other/Appointment", "Tom Becker", "2024-05-14", "past")]),
    ("Anna Kovacs was named prime minister on Saturday.",
     [("Other/Appointment", "Anna Kovacs", "2024-05-11", "past")]),
    ("President Lukas Varga dismissed Defence Minister Paula Brandstetter on Thursday.",
     [("Other/Dismissal", "Paula Brandstetter", "2024-05-09", "past")]),
    ("Tom Becker was fired as interior minister on Monday.",
     [("Other/Dismissal", "Tom Becker", "2024-05-13", "past")]),
    ("Former President Erik Lindqvist died on Sunday at the age of 89.",
     [("Other/Death", "Erik Lindqvist", "2024-05-12", "past")]),
    ("Russia launched a massive missile attack on Kyiv on Tuesday.",
     [("Other/Attack", "Russia", "2024-05-14", "past")]),
    ("A suicide bombing in Kabul on Monday killed twelve people.",
     [("Other/Attack", None, "2024-05-13", "past")]),
    ("Maria Santos was awarded the Nobel Peace Prize on Friday.",
     [("Other/Award", "Maria Santos", "2024-05-10", "past")]),
    ("Thousands of protesters rallied in Tbilisi on Sunday against the new media law.",
     [("Other/Protest", None, "2024-05-12", "past")]),
    ("Tom Becker and Anna Kovacs adopted a joint declaration on Monday.",
     [("Other/Declaration", "Anna Kovacs", "2024-05-13", "past")]),
    ("The state news agency TASS reported on Tuesday that the talks had ended.",
     [("Other/MediaReport", "TASS", "2024-05-14", "past")]),
    ("Reuters reported on Monday, citing two sources, that Lukas Varga would resign.",
     [("Other/MediaReport", "Reuters", "2024-05-13", "past")]),
    ("Russia invaded Ukraine on February 24, 2022.",
     [("Other/WarStart", "Russia", "2022-02-24", "past")]),
    ("Azerbaijan launched a military offensive against Armenian forces on Tuesday.",
     [("Other/WarStart", "Azerbaijan", "2024-05-14", "past")]),
    ("President Maria Santos presented the Order of Merit to Tom Becker on Monday.",
     [("Other/Award", "Tom Becker", "2024-05-13", "past")]),
    ("Erik Lindqvist is set to be sworn in on Friday.",
     [("Other/TakingOffice", "Erik Lindqvist", "2024-05-17", "planned")]),
    ("Lukas Varga took the oath of office on Monday.",
     [("Other/TakingOffice", "Lukas Varga", "2024-05-13", "past")]),
    ("Maria Santos took over as prime minister on Tuesday.",
     [("Other/TakingOffice", "Maria Santos", "2024-05-14", "past")]),
    ("Russia and Belarus struck a deal on gas prices on Friday.",
     [("Other/Treaty", "Belarus", "2024-05-10", "past")]),
    ("The two sides signed a ceasefire agreement in Doha on Saturday.",
     [("Other/Treaty", None, "2024-05-11", "past")]),
    ("Former Prime Minister Paula Brandstetter died aged 91 on Monday.",
     [("Other/Death", "Paula Brandstetter", "2024-05-13", "past")]),
    ("Daniel Moreau was killed in an air strike on Sunday.",
     [("Other/Death", "Daniel Moreau", "2024-05-12", "past")]),
    ("Maria Santos was honoured with the Order of the Star on Tuesday.",
     [("Other/Award", "Maria Santos", "2024-05-14", "past")]),
    ("Erik Lindqvist was appointed ambassador to Japan on Friday.",
     [("Other/Appointment", "Erik Lindqvist", "2024-05-10", "past")]),
    ("Tom Becker was dismissed as army chief on Saturday.",
     [("Other/Dismissal", "Tom Becker", "2024-05-11", "past")]),
    ("Xinhua reported on Tuesday that Lukas Varga had arrived in Beijing.",
     [("Other/MediaReport", "Xinhua", "2024-05-14", "past"), ("StateVisit", "Lukas Varga", "2024-05-14", "past")]),
    ("Erik Lindqvist resigned as party leader on Tuesday.",
     [("Other/Resignation", "Erik Lindqvist", "2024-05-14", "past")]),
    ("Tom Becker and Anna Kovacs signed a memorandum on cooperation in education.",
     [("Other/Treaty", "Anna Kovacs", None, "past")]),
    ("Lukas Varga signed a decree on Monday appointing Maria Santos as head of the central bank.",
     [("Other/Appointment", "Maria Santos", "2024-05-13", "past")]),
    ("The agreement was signed in Paris on Tuesday by Tom Becker and Anna Kovacs.",
     [("Other/Treaty", "Tom Becker", "2024-05-14", "past")]),
    ("Anna Kovacs, 62, will be sworn in on July 1.",
     [("Other/TakingOffice", "Anna Kovacs", "2024-07-01", "planned")]),
    ("Tom Becker, who won the election in May, took office on Saturday.",
     [("Other/TakingOffice", "Tom Becker", "2024-05-11", "past"), ("Election", "Tom Becker", "2024-05", "past")]),
    ("The chief justice administered the oath of office to Tom Becker on Saturday.",
     [("Other/TakingOffice", "Tom Becker", "2024-05-11", "past")]),
    ("Tom Becker was sworn in for a second term on Monday.",
     [("Other/TakingOffice", "Tom Becker", "2024-05-13", "past")]),
    ("Anna Kovacs was inaugurated for a second five-year term on Saturday.",
     [("Other/TakingOffice", "Anna Kovacs", "2024-05-11", "past")]),
]

# events that did not or may not happen: listed with their status
UNREAL = [
    ("Tom Becker cancelled his trip to Moscow.",
     [("StateVisit", "Tom Becker", None, "did_not_occur")]),
    ("Anna Kovacs called off a planned visit to Beijing on Monday.",
     [("StateVisit", "Anna Kovacs", None, "did_not_occur")]),
    ("Tom Becker's planned meeting with Anna Kovacs was cancelled.",
     [("Meeting", "Anna Kovacs", None, "did_not_occur")]),
    ("Tom Becker could meet Anna Kovacs later this year, officials said.",
     [("Meeting", "Anna Kovacs", None, "hypothetical")]),
    ("Tom Becker hopes to visit Kyiv soon.",
     [("StateVisit", "Tom Becker", None, "hypothetical")]),
    ("Anna Kovacs is considering a trip to India.",
     [("StateVisit", "Anna Kovacs", None, "hypothetical")]),
    ("Anna Kovacs is planning a trip to India.",
     [("StateVisit", "Anna Kovacs", None, "planned|hypothetical")]),
]

NOTHING = [
    "Leaders often meet on the sidelines of such summits.",
    "Presidents usually travel with a large delegation.",
    "If the talks succeed, Tom Becker could travel to Moscow.",
    "Tom Becker has never met Anna Kovacs.",
    "The two teams will meet in the final on Sunday.",
    "Real Madrid beat Bayern Munich on Tuesday.",
    "The airline signed a deal with Airbus to buy 50 aircraft.",
    "Visitors to the museum can take a guided tour of the palace.",
    "A man was killed in a car accident on Monday.",
    "The city council met on Monday to discuss the parking plan.",
    "The prime minister has visited China five times since 2015.",
    "It was the president's third trip to Africa this year.",
    "Tom Becker has met Anna Kovacs several times.",
    "The weather is expected to improve in Paris on Friday.",
    "The train from Vienna arrived in Budapest two hours late.",
    "Fans gathered in the square to celebrate the title.",
    "Anna Kovacs plans no foreign trips this year.",
    "The ceremony was held in the garden.",
    "A spokesman declined to comment.",
    "Millions of people travel to the coast every summer.",
    "The ship docked in Piraeus on Monday.",
    "The central bank kept interest rates unchanged on Thursday.",
    "A meeting room was booked for Friday.",
    "The chess champion defeated his challenger in the twelfth game.",
    "The board of directors elected a new chairman.",
    "Students returned to Kyiv after the holidays.",
    "The talks are likely to focus on trade.",
    "Analysts expect the central bank to raise rates.",
    "The museum will host an exhibition on Roman art in June.",
    "Heads of state traditionally lay a wreath at the tomb during official visits.",
    "The flight to London was cancelled because of fog.",
    "Prices for trips to Spain rose sharply this summer.",
    "The company won a contract to build the new bridge.",
    "The orchestra will tour Japan next year.",
    "Ministers are expected to discuss the budget at some point.",
    "Tom Becker never travels without his own cook.",
    "Visiting hours at the hospital end at eight.",
    "The hosting country will pay the costs.",
    "Critics condemned the plan.",
    "The decision was widely criticised.",
    "Anna Kovacs is hosting a dinner party for friends.",
    "The show was hosted by a comedian.",
    "The application was received by the office on Monday.",
    "The team clinched a second title on Sunday.",
    "Anna Kovacs is said to be close to a deal.",
    "The minister's visit to the factory was postponed indefinitely.",
    "No date has been set for the summit.",
    "Becker and Kovacs have a long history of meetings.",
    "The talks have been stalled for months.",
    "The meeting between the two clubs ended in a draw.",
    "Shareholders elected a new board at the annual meeting.",
    "The school will hold elections for the student council.",
    "Tom Becker met his wife in 1985.",
    "Anna Kovacs met with fierce criticism.",
    "The plan meets with broad approval.",
    "The proposal met resistance in parliament.",
    "The phone call lasted an hour.",
    "Tom Becker signed the guest book.",
    "The player signed a three-year contract with Chelsea.",
    "The novel tells the story of a president who resigns.",
    "Police arrived at the scene on Monday.",
    "Tourists flocked to Venice over the holiday weekend.",
    "Anna Kovacs declared her love for the city.",
    "Many people said they were worried.",
    "The bus stops in Vienna.",
    "Supporters of Tom Becker celebrated in the streets of the capital.",
    "Tom Becker lost the match to Anna Kovacs on Sunday.",
    "Tom Becker won a seat on the board in 2019.",
]

# cases the extractor does not handle yet, with the reason (text -> reason)
XFAIL: dict[str, str] = {
    "Tom Becker is on his first trip to Asia since taking office.":
        "an ordinal before the event noun makes it an ordinal claim; the ongoing trip is not told on its own",
    "The two leaders spoke by telephone on Tuesday, the presidential press service said.":
        "the callers are only 'the two leaders': no event without a named participant in a lone sentence",
    "During a telephone conversation on Friday, Anna Kovacs and Maria Santos agreed to meet soon.":
        "the planned meeting of the clause takes the call's participants and the call is lost",
    "Panamanian voters chose Erik Lindqvist as their next president on Sunday.":
        "'next president' makes the weekday read forward (planned, 2024-05-19)",
    "Voters in Portugal go to the polls on Sunday.":
        "a present tense with a weekday is read as a past report here (2024-05-12)",
    "Lithuanians will vote in a presidential runoff on May 26.":
        "the plural demonym 'Lithuanians' is not read as the country, so the vote has no party",
    "The foreign ministry said in a statement on Sunday that the ambassador had been summoned.":
        "a ministry without its country is no speaker",
    "The White House announced on Monday that Tom Becker would visit Washington next month.":
        "a visit to the seat of the announcing White House is read as a hosted meeting, not a StateVisit",
    "Maria Santos announced her resignation on Thursday.":
        "the weekday dates the resignation noun, not the announcement; no Resignation event of its own",
    "The two countries signed a memorandum of understanding on migration in Rome on Tuesday.":
        "the signatories are only 'the two countries': no event without a named participant",
    "A suicide bombing in Kabul on Monday killed twelve people.":
        "no named attacker or target: no event without a named participant",
    "Thousands of protesters rallied in Tbilisi on Sunday against the new media law.":
        "the protesters are unnamed: no event without a named participant",
    "Tom Becker returned from a four-day trip to India on Sunday.":
        "the day of the return dates the trip's start, so the trip reads as still under way",
    "Lukas Varga arrived here on Monday for a state visit.":
        "'here' names no place without a dateline, and a visit needs a place",
    "The two sides signed a ceasefire agreement in Doha on Saturday.":
        "the signatories are only 'the two sides': no event without a named participant",
    "Lukas Varga wraps up his Gulf tour in Riyadh on Thursday.":
        "a present tense with a weekday is read as a past report (2024-05-09)",
    "Anna Kovacs to meet Lukas Varga in Geneva on Friday.":
        "the headline infinitive's weekday is resolved backwards (2024-05-10, past)",
    "Erik Lindqvist is hosting Tom Becker in Stockholm this week.":
        "'is hosting ... this week' is read as planned, not under way",
    "Lukas Varga and Maria Santos held a joint news conference after their talks on Tuesday.":
        "the weekday dates the talks; the news conference takes the publication day",
    "Anna Kovacs is considering a trip to India.":
        "'considering' is no cue of a hypothetical event: the trip reads as past",
    "Anna Kovacs is planning a trip to India.":
        "'is planning' is no cue of a planned event: the trip reads as past",
    "Anna Kovacs will stop in Hawaii on her way to Japan.":
        "a bare 'stop in' is left out (on the dev guard it added a visit that was part of a trip told"
        " already); 'stopover' and 'stopped off' count",
    "Parliament approved Anna Kovacs as prime minister on Tuesday.":
        "'approved X as' is left out: 'confirmed X as' reads as an appointment, and the two are hard to tell apart",
    "The electoral commission confirmed Anna Kovacs's victory on Tuesday.":
        "'X's victory' without a word of voting may be a match or a battle, so it is no election",
    "Tom Becker has met Anna Kovacs several times.":
        "'several times' is not read as a count, so the meetings become one past event",
}


@lru_cache(maxsize=None)
def _events(text: str):
    return tuple(analyse(Document(id="t", text=text, lang="en", published=dt.date.fromisoformat(DCT))).events)


def _kind(ev) -> str:
    """``Other/SUBTYPE`` for the events recorded as Other, else the type's coarse class."""
    rtype, sub = record_type(ev.type)
    if rtype == "Other":
        return f"Other/{ev.subtype or sub}"
    return family(ev.type)


def _matches(ev, want: tuple) -> bool:
    etype, name, date, status = want
    wanted_kind = etype if etype.startswith("Other/") else family(etype)
    if _kind(ev) != wanted_kind or ev.status not in status.split("|"):
        return False
    if name is not None and name not in {p.name for p in ev.participants}:
        return False
    if date is None:
        return True
    value = ev.date.value if ev.date else None
    return value == date or (value or "").startswith(date + "/")


def _show(evs) -> str:
    return "; ".join(f"{_kind(e)} {e.status} {e.date.value if e.date else None} "
                     f"{sorted(p.name or '?' for p in e.participants)}" for e in evs) or "nothing"


def _param(text, *rest):
    marks = [pytest.mark.xfail(reason=XFAIL[text], strict=True)] if text in XFAIL else []
    return pytest.param(text, *rest, marks=marks, id=text[:60])


POSITIVE = VISITS + MEETINGS + CALLS + ELECTIONS + STATEMENTS + OTHER + UNREAL


@pytest.mark.parametrize("text,expected", [_param(t, e) for t, e in POSITIVE])
def test_challenge_events(text, expected):
    evs = _events(text)
    for want in expected:
        assert any(_matches(ev, want) for ev in evs), f"{want} not in: {_show(evs)}"


@pytest.mark.parametrize("text", [_param(t) for t in NOTHING])
def test_challenge_nothing(text):
    evs = [e for e in _events(text) if e.status in ("past", "ongoing", "planned")]
    assert not evs, _show(evs)
