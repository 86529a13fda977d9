"""Issue 9, probe round 36 ("elect"): elections and votes in English and German on unseen news.

A battery written for this round: popular, parliamentary and party votes, conclaves, run-offs,
referendums, re-elections, votes implied by a congratulation, a title (
"Wahlsieger X", "newly elected Prime Minister X") or a time ("after the presidential election in Chile, my first trip"), elections
still to come; elections dated by their noun's own modifier ("Sunday's election", "the October 25
vote", "die Wahl am Sonntag") rather than by another date of the clause; and sentences that must
give no election at all (a campaign, an electoral law, an election year, polls, "if elected", a
snap election that "would" happen, "the elected officials").

A case is (language, publication date, sentence, expected). ``expected`` lists the events a
careful reader would list, each ``(type, participant name or None, date value or None,
statuses)`` as in tests/extraction_cases.py; ``NOTHING`` means the sentence tells no election.
Only the classes named are checked, and kb must list no more of a class than the reader does.
Names and places are invented or real politicians; no sentence is taken from a corpus.
Publication day 2024-11-20 is a Wednesday: "on Sunday" told in the past is 2024-11-17.
"""

from __future__ import annotations

import pytest

from extraction_cases import check_told, events_of, param, show, told_of

NOTHING: list = []
WED = "2024-11-20"

XFAIL: dict[str, str] = {
    "Vladimir Putin sent Tomas Reyes a message congratulating him on his election as President.":
        "'his' is resolved to the sender, not to 'him' the message congratulates (pronoun resolution)",
    "The election winner, Marta Kovalenko, will take office in January.":
        "the apposition after the title stands in a clause of its own for the winner template",
    "Die Peruaner wählen am Sonntag ein neues Parlament.":
        "a German people's plural (Peruaner) is no actor of the election line, as a country would be",
    "Irish voters rejected the amendment in a referendum on Friday.":
        "a referendum told with the voters by a country adjective names no country the strict line wants",
}

CASES = [
    # -- English: won, re-elected, elected ---------------------------------------------------------
    ("en", WED, "Tomas Reyes won a second term on Sunday.", [("Election", "Tomas Reyes", "2024-11-17", "past")]),
    ("en", WED, "Marta Kovalenko was re-elected with 58 percent of the vote.",
     [("Election", "Marta Kovalenko", None, "past")]),
    ("en", WED, "Parliament elected Tomas Reyes prime minister on Tuesday.",
     [("Election", "Tomas Reyes", "2024-11-19", "past")]),
    ("en", WED, "Marta Kovalenko was elected party leader at a congress in Riga on Saturday.",
     [("Election", "Marta Kovalenko", "2024-11-16", "past")]),
    ("en", WED, "The Labour Party chose Marta Kovalenko as its new leader on Saturday.",
     [("Election", "Marta Kovalenko", "2024-11-16", "past")]),
    ("en", WED, "Tomas Reyes, who was first elected in 2016, spoke to reporters on Monday.",
     [("Election", "Tomas Reyes", "2016", "past")]),
    ("en", WED, "Tomas Reyes won the presidential election in November 2020.",
     [("Election", "Tomas Reyes", "2020-11", "past")]),
    ("en", WED, "Tomas Reyes was re-elected for a third term in March.",
     [("Election", "Tomas Reyes", "2024-03", "past")]),
    ("en", WED, "Tomas Reyes claimed victory in Sunday's presidential runoff.",
     [("Election", "Tomas Reyes", "2024-11-17", "past")]),
    ("en", WED, "Marta Kovalenko lost the election to Tomas Reyes.", [("Election", "Tomas Reyes", None, "past")]),
    ("en", WED, "In Sunday's runoff, Tomas Reyes defeated Marta Kovalenko.",
     [("Election", "Tomas Reyes", "2024-11-17", "past")]),
    ("en", "2024-12-09", "Tomas Reyes defeated his main rival, Marta Kovalenko, who got 47 percent.",
     [("Election", "Tomas Reyes", None, "past")]),
    ("en", "2024-12-09", "Tomas Reyes, who lost the 2016 election, met Olaf Scholz on Monday.",
     [("Election", "Tomas Reyes", "2016", "past")]),
    ("en", "2024-12-09", "Tomas Reyes lost the race for the presidency in 2016.", [("Election", "Tomas Reyes", "2016", "past")]),
    # -- English: bodies and sides kb knows no actor for ---------------------------------------------
    ("en", "2024-12-09", "The ruling party retained power in the election.", [("Election", None, None, "past")]),
    ("en", WED, "The cardinals elected a new pope on Thursday.", [("Election", None, "2024-11-14", "past")]),
    ("en", WED, "Parliament elects a new speaker on Friday.", [("Election", None, "2024-11-22", "planned")]),
    ("en", WED, "Jonas Meier said the opposition had won Sunday's election.", [("Election", None, "2024-11-17", "past")]),
    ("en", WED, "Anna Berg swept to victory in Sunday's election.", [("Election", "Anna Berg", "2024-11-17", "past")]),
    ("en", WED, "The opposition won the vote on Sunday.", [("Election", None, "2024-11-17", "past")]),
    ("en", WED, "The ruling coalition has won the parliamentary elections.", [("Election", None, None, "past")]),
    ("en", WED, "Voters in Peru are also choosing a new Congress.", [("Election", "Peru", None, "ongoing")]),
    ("en", WED, "Irish voters rejected the amendment in a referendum on Friday.",
     [("Election", None, "2024-11-15", "past")]),
    # -- English: an election noun dated by its own modifier -----------------------------------------
    ("en", WED, "Sunday's election in Peru passed off calmly.", [("Election", "Peru", "2024-11-17", "past")]),
    ("en", "2024-09-10", "The October 25 vote will decide the presidency.",
     [("Election", None, "2024-10-25", "planned")]),
    ("en", WED, "In the October 25 vote, the Socialists won 40 percent.", [("Election", None, "2024-10-25", "past")]),
    ("en", WED, "Tomas Reyes was elected mayor of Lima in the October 6 vote, the commission said on Monday.",
     [("Election", "Tomas Reyes", "2024-10-06", "past")]),
    ("en", WED, "Marta Kovalenko won Sunday's election, official results showed on Tuesday.",
     [("Election", "Marta Kovalenko", "2024-11-17", "past")]),
    ("en", WED, "Tomas Reyes, who won Sunday's runoff, met Olaf Scholz on Tuesday.",
     [("Election", "Tomas Reyes", "2024-11-17", "past")]),
    ("en", WED, "Sunday's vote followed the ratification of a new constitution earlier in the year.",
     [("Election", None, "2024-11-17", "past")]),
    ("en", WED, "The October 25 vote came after a long campaign in September.", [("Election", None, "2024-10-25", "past")]),
    ("en", WED, "Tomas Reyes secured a majority in parliament in the November 3 election.",
     [("Election", "Tomas Reyes", "2024-11-03", "past")]),
    ("en", "2024-10-01", "Georgia holds parliamentary elections on October 26.",
     [("Election", "Georgia", "2024-10-26", "planned")]),
    ("en", WED, "The ruling party lost its majority in Sunday's parliamentary elections.",
     [("Election", None, "2024-11-17", "past")]),
    # -- English: implied by a congratulation, a title or a time --------------------------------------
    ("en", WED, "Olaf Scholz congratulated Marta Kovalenko on her victory in Sunday's runoff.",
     [("Election", "Marta Kovalenko", "2024-11-17", "past")]),
    ("en", WED, "Joe Biden congratulated Tomas Reyes on his re-election.", [("Election", "Tomas Reyes", None, "past")]),
    ("en", WED, "The chancellor congratulated Marta Kovalenko on her election.", [("Election", "Marta Kovalenko", None, "past")]),
    ("en", WED, "Tomas Reyes spent a fortune on his election campaign.", NOTHING),
    ("en", WED, "Vladimir Putin sent a message of congratulations to Tomas Reyes on his victory in the election.",
     [("Election", "Tomas Reyes", None, "past")]),
    ("en", WED, "Vladimir Putin sent Tomas Reyes a message congratulating him on his election as President.",
     [("Election", "Tomas Reyes", None, "past")]),
    ("en", WED, "Vladimir Putin congratulated Tomas Reyes on his convincing victory in the presidential election.",
     [("Election", "Tomas Reyes", None, "past")]),
    ("en", WED, "Newly elected Prime Minister Tomas Reyes arrived in Berlin on Monday.",
     [("Election", "Tomas Reyes", None, "past")]),
    ("en", WED, "Tomas Reyes, the winner of last month's election, met Olaf Scholz on Monday.",
     [("Election", "Tomas Reyes", "2024-10", "past")]),
    ("en", WED, "Election winner Marta Kovalenko will take office in January.",
     [("Election", "Marta Kovalenko", None, "past"), ("Other/TakingOffice", "Marta Kovalenko", "2025-01", "planned")]),
    ("en", WED, "The election winner, Marta Kovalenko, will take office in January.",
     [("Election", "Marta Kovalenko", None, "past")]),
    ("en", WED, "\"After the presidential election in Chile, my first trip abroad is to Argentina,\" Tomas Reyes said.",
     [("Election", "Chile", None, "past")]),
    ("en", WED, "Since the parliamentary elections in Peru, the talks have stalled.", [("Election", "Peru", None, "past")]),
    ("en", WED, "Tomas Reyes was sworn in as president on Monday, two weeks after winning the runoff.",
     [("Election", "Tomas Reyes", None, "past"), ("Other/TakingOffice", "Tomas Reyes", "2024-11-18", "past")]),
    # -- English: still to come ----------------------------------------------------------------------
    ("en", WED, "The ministers discussed the upcoming elections in Kenya.", [("Election", "Kenya", None, "planned")]),
    ("en", WED, "The ministers also discussed the country's upcoming elections.", [("Election", None, None, "planned")]),
    ("en", WED, "The runoff between Tomas Reyes and Marta Kovalenko is scheduled for December 8.",
     [("Election", None, "2024-12-08", "planned")]),
    ("en", WED, "Chileans will vote in a runoff on December 15.", [("Election", None, "2024-12-15", "planned")]),
    # -- English: nothing ------------------------------------------------------------------------------
    ("en", WED, "During the election campaign, Tomas Reyes visited twelve cities.", NOTHING),
    ("en", WED, "Parliament debated a new electoral law on Monday.", NOTHING),
    ("en", WED, "2024 is an election year in the United States.", NOTHING),
    ("en", WED, "A poll published on Monday puts Marta Kovalenko at 40 percent.", NOTHING),
    ("en", WED, "If elected, Marta Kovalenko promises to cut taxes.", NOTHING),
    ("en", WED, "A snap election would cost the government its majority, analysts say.", NOTHING),
    ("en", WED, "The elected officials met in the town hall on Monday.", NOTHING),
    ("en", WED, "Opinion surveys show the opposition ahead.", NOTHING),
    ("en", WED, "The electoral commission published the voter rolls on Monday.", NOTHING),
    ("en", WED, "Marta Kovalenko said the voting system must be reformed.", NOTHING),
    ("en", WED, "Tomas Reyes campaigned in the north on Saturday.", NOTHING),
    ("en", WED, "Turnout is expected to be low.", NOTHING),
    ("en", WED, "Election observers arrived in Tbilisi on Monday.", NOTHING),
    ("en", WED, "The committee elected to postpone the decision.", NOTHING),
    ("en", WED, "Marta Kovalenko is favoured to win the presidency, according to the latest poll.", NOTHING),
    ("en", WED, "Sunday's match ended in a draw.", NOTHING),
    ("en", WED, "The cardinals elected to stay in Rome on Thursday.", NOTHING),
    ("en", WED, "The opposition won the argument on Sunday.", NOTHING),
    ("en", WED, "After the election campaign in Chile, Tom Becker rested.", NOTHING),
    ("en", WED, "The lottery winner, Tom Becker, bought a house.", NOTHING),
    ("en", WED, "Voters in Peru are choosing cheaper brands.", NOTHING),
    ("en", WED, "Tomas Reyes celebrated his team's victory in the final.", NOTHING),
    ("en", WED, "Tomas Reyes defeated his fear of flying.", NOTHING),
    ("en", WED, "Tomas Reyes lost the election campaign documents.", NOTHING),
    ("en", WED, "The newly built bridge opened on Monday.", NOTHING),
    # -- German: gewählt, wiedergewählt, Stichwahl ----------------------------------------------------
    ("de", "2021-12-09", "Olaf Scholz wurde am Mittwoch zum Kanzler gewählt.",
     [("Election", "Olaf Scholz", "2021-12-08", "past")]),
    ("de", WED, "Die Stichwahl am Sonntag gewann Marta Kovalenko.", [("Election", "Marta Kovalenko", "2024-11-17", "past")]),
    ("de", "2021-11-20", "Bei der Bundestagswahl im September erhielt die SPD 25 Prozent der Stimmen.",
     [("Election", None, "2021-09", "past")]),
    ("de", WED, "Tomas Reyes wurde mit 58 Prozent wiedergewählt.", [("Election", "Tomas Reyes", None, "past")]),
    ("de", WED, "Tomas Reyes gewann eine zweite Amtszeit.", [("Election", "Tomas Reyes", None, "past")]),
    ("de", WED, "Marta Kovalenko wurde am Samstag auf einem Parteitag in Riga zur Vorsitzenden gewählt.",
     [("Election", "Marta Kovalenko", "2024-11-16", "past")]),
    ("de", WED, "Der Bundestag wählte Tomas Reyes zum Präsidenten des Parlaments.",
     [("Election", "Tomas Reyes", None, "past")]),
    ("de", WED, "Tomas Reyes wurde 2016 erstmals gewählt.", [("Election", "Tomas Reyes", "2016", "past")]),
    ("de", WED, "Marta Kovalenko setzte sich in der Stichwahl gegen Tomas Reyes durch.",
     [("Election", "Marta Kovalenko", None, "past")]),
    ("de", WED, "Tomas Reyes, der im März gewählt wurde, traf am Montag Olaf Scholz.",
     [("Election", "Tomas Reyes", "2024-03", "past")]),
    # -- German: Gremien, Parteien, Datum am Nomen ------------------------------------------------------
    ("de", WED, "Die Kardinäle wählten am Donnerstag einen neuen Papst.", [("Election", None, "2024-11-14", "past")]),
    ("de", "2024-12-09", "Die Ghanaer haben am Samstag einen neuen Präsidenten gewählt.",
     [("Election", None, "2024-12-07", "past")]),
    ("de", WED, "Die Opposition hat die Wahl am Sonntag gewonnen.", [("Election", None, "2024-11-17", "past")]),
    ("de", WED, "Die Sozialisten gewannen die Wahl deutlich.", [("Election", None, None, "past")]),
    ("de", WED, "Bei der Wahl am 6. Oktober wurde Tomas Reyes zum Bürgermeister von Lima gewählt, teilte die "
     "Kommission am Montag mit.", [("Election", "Tomas Reyes", "2024-10-06", "past")]),
    ("de", WED, "Die Wahl vom 6. Oktober gewann Tomas Reyes, wie die Kommission am Montag mitteilte.",
     [("Election", "Tomas Reyes", "2024-10-06", "past")]),
    ("de", WED, "Die Präsidentenwahl in Peru am Sonntag verlief ruhig.", [("Election", "Peru", "2024-11-17", "past")]),
    ("de", WED, "Die Wähler in Irland stimmten am Freitag in einem Referendum gegen die Änderung.",
     [("Election", "Ireland", "2024-11-15", "past")]),
    ("de", "2024-10-01", "Am 26. Oktober wählt Georgien ein neues Parlament.",
     [("Election", "Georgia", "2024-10-26", "planned")]),
    ("de", WED, "Die Peruaner wählen am Sonntag ein neues Parlament.", [("Election", None, "2024-11-24", "planned")]),
    # -- German: implied ------------------------------------------------------------------------------
    ("de", WED, "Wahlsieger Tomas Reyes will am Montag sein Kabinett vorstellen.",
     [("Election", "Tomas Reyes", None, "past")]),
    ("de", WED, "Der neu gewählte Präsident Tomas Reyes traf am Montag Olaf Scholz.",
     [("Election", "Tomas Reyes", None, "past")]),
    ("de", WED, "Olaf Scholz gratulierte Marta Kovalenko zu ihrem Wahlsieg.",
     [("Election", "Marta Kovalenko", None, "past")]),
    ("de", WED, "Wladimir Putin gratulierte Tomas Reyes zu seinem überzeugenden Sieg bei der Präsidentenwahl.",
     [("Election", "Tomas Reyes", None, "past")]),
    ("de", WED, "Wladimir Putin gratulierte Tomas Reyes zur Wahl zum Präsidenten.",
     [("Election", "Tomas Reyes", None, "past")]),
    ("de", WED, "Olaf Scholz gratulierte Marta Kovalenko zu ihrer Wahl.", [("Election", "Marta Kovalenko", None, "past")]),
    ("de", WED, "Olaf Scholz gratulierte Marta Kovalenko zu ihrer Wahl des Weins.", NOTHING),
    ("de", WED, "Wladimir Putin beglückwünschte Tomas Reyes zu seinem Wahlerfolg.",
     [("Election", "Tomas Reyes", None, "past")]),
    ("de", WED, "Wladimir Putin gratulierte Tomas Reyes telefonisch zu seinem Wahlsieg am Sonntag.",
     [("Election", "Tomas Reyes", "2024-11-17", "past")]),
    ("de", WED, "Nach der Präsidentenwahl in Chile führt mich meine erste Reise nach Argentinien.",
     [("Election", "Chile", None, "past")]),
    ("de", WED, "Tomas Reyes wurde am Montag als Präsident vereidigt, eine Woche nach seiner Wahl.",
     [("Election", "Tomas Reyes", None, "past")]),
    ("de", WED, "Nach seinem Wahlsieg im März reiste Tomas Reyes nach Berlin.",
     [("Election", "Tomas Reyes", "2024-03", "past")]),
    ("de", WED, "Die bevorstehenden Parlamentswahlen in Georgien standen im Mittelpunkt.",
     [("Election", "Georgia", None, "planned")]),
    ("de", WED, "Ein weiteres Thema sind die bevorstehenden Wahlen des Landes.", [("Election", None, None, "planned")]),
    ("de", WED, "Die Stichwahl zwischen Tomas Reyes und Marta Kovalenko ist für den 8. Dezember angesetzt.",
     [("Election", None, "2024-12-08", "planned")]),
    # -- German: nichts -------------------------------------------------------------------------------
    ("de", WED, "Im Wahlkampf besuchte Tomas Reyes zwölf Städte.", NOTHING),
    ("de", WED, "Das Parlament beriet am Montag über ein neues Wahlrecht.", NOTHING),
    ("de", WED, "2025 ist ein Wahljahr in Deutschland.", NOTHING),
    ("de", WED, "Laut einer Umfrage vom Montag liegt Marta Kovalenko bei 40 Prozent.", NOTHING),
    ("de", WED, "Falls sie gewählt wird, will Marta Kovalenko die Steuern senken.", NOTHING),
    ("de", WED, "Eine vorgezogene Neuwahl würde die Regierung ihre Mehrheit kosten.", NOTHING),
    ("de", WED, "Die gewählten Abgeordneten trafen sich am Montag im Rathaus.", NOTHING),
    ("de", WED, "Die Wahlbeobachter trafen am Montag in Tiflis ein.", NOTHING),
    ("de", WED, "Tomas Reyes hat sich für eine Wahlrechtsreform ausgesprochen.", NOTHING),
    ("de", WED, "Die Wahlkommission veröffentlichte am Montag die Wählerverzeichnisse.", NOTHING),
    ("de", WED, "Tomas Reyes wählte seine Worte mit Bedacht.", NOTHING),
    ("de", WED, "Die Kommission wählte am Montag einen neuen Standort aus.", NOTHING),
    ("de", WED, "Die Opposition hat den Streit gewonnen.", NOTHING),
    ("de", WED, "Die Partei stellte Tomas Reyes zur Wahl als Präsident auf.", NOTHING),
    ("de", WED, "Tomas Reyes rief die Bürger zur Wahl auf.", NOTHING),
    ("de", WED, "Der Lottosieger Tomas Reyes kaufte ein Haus.", NOTHING),
    ("de", WED, "Tomas Reyes feierte den Sieg seiner Mannschaft beim Finale.", NOTHING),
    ("de", WED, "Der neu gebaute Flughafen wurde am Montag eröffnet.", NOTHING),
    ("de", WED, "Die Kardinäle wählten am Donnerstag einen neuen Speisesaal.", NOTHING),
    ("de", "2024-12-09", "Die Firma hat am Samstag einen neuen Standort gewählt.", NOTHING),
]


@pytest.mark.parametrize("text,lang,dct,expected",
                         [param(XFAIL, text, lang, dct, expected) for lang, dct, text, expected in CASES])
def test_elections(text, lang, dct, expected):
    if expected is NOTHING:
        got = told_of(events_of(text, lang, dct), "Election")
        assert not got, show(got)
        return
    check_told(text, expected, lang, dct)


# -- the office a vote is for, as the text names it after the trigger -------------------------------

@pytest.mark.parametrize("text,lang,dct,office", [
    ("Parliament elected Tomas Reyes prime minister on Tuesday.", "en", WED, "prime minister"),
    ("Tomas Reyes was elected mayor of Lima in the October 6 vote.", "en", WED, "mayor"),
    ("Olaf Scholz congratulated Marta Kovalenko on her election as president.", "en", WED, "president"),
    ("The cardinals elected a new pope on Thursday.", "en", WED, "pope"),
    ("Der Bundestag wählte Tomas Reyes zum Präsidenten des Parlaments.", "de", WED, "president"),
    ("Olaf Scholz gratulierte Marta Kovalenko zu ihrer Wahl zur Präsidentin.", "de", WED, "president"),
    # the winner's own office in the gazetteer comes first
    ("Olaf Scholz wurde am Mittwoch zum Kanzler gewählt.", "de", "2021-12-09", "Chancellor of Germany"),
    # an office named before the trigger is someone else's ("The chancellor congratulated X")
    ("The chancellor congratulated Marta Kovalenko on her election.", "en", WED, None),
])
def test_the_office_a_vote_is_for(text, lang, dct, office):
    got = told_of(events_of(text, lang, dct), "Election")
    assert len(got) == 1, show(got)
    assert got[0].office == office
