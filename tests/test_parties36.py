"""Issue 9, round 36: political parties as participants.

The gazetteer lists the major parties of Germany, Austria, Switzerland, France, Italy, Spain,
Poland, the UK, the US and a few other large democracies (kind organisation, tag ``party``) by
their usual short names. A party is a participant of what it does (signs a coalition treaty, wins
an election); a party that only modifies a person noun ("SPD-Chef", "the Labour leader") is no
mention of its own. Forms that are common words or name other things in news are left out
("Union", "die Grünen", "Democrats", "Congress", "SVP").

Sentences written for this round; names are invented or real politicians. Publication day
2024-11-20 is a Wednesday: "on Sunday" told in the past is 2024-11-17.
"""

from __future__ import annotations

import pytest
from extraction_cases import check_told, events_of, show, told_of
from test_entities import analyse, linked

from kb.entities import tables as gzmod

PARTIES = frozenset(eid for eid, tags in gzmod.load().tags.items() if "party" in tags)

WED = "2024-11-20"
NOTHING: list = []

LINKS = [
    ("de", "Die SPD und die CDU verhandeln seit Wochen.", "SPD", "local:spd"),
    ("de", "Die CDU/CSU legte ein Papier vor.", "CDU/CSU", "local:cdu-csu"),
    ("de", "Die Alternative für Deutschland stellte einen Antrag.", "Alternative für Deutschland", "local:afd"),
    ("de", "Im Bundestag stimmte Bündnis 90/Die Grünen dagegen.", "Bündnis 90/Die Grünen",
     "local:alliance-90-the-greens"),
    ("de", "In Wien verhandeln ÖVP, SPÖ und NEOS.", "NEOS", "local:neos"),
    ("de", "Die FPÖ legte in Kärnten zu.", "FPÖ", "local:fpo"),
    ("de", "Die Südtiroler Volkspartei tagte in Meran.", "Südtiroler Volkspartei", "local:south-tyrolean-peoples-party"),
    ("de", "Die Schweizerische Volkspartei sammelte Unterschriften.", "Schweizerische Volkspartei",
     "local:swiss-peoples-party"),
    ("en", "Fratelli d'Italia gained seats in the Senate.", "Fratelli d'Italia", "local:brothers-of-italy"),
    ("en", "The PSOE lost ground in Andalusia.", "PSOE", "local:psoe"),
    ("en", "The Congress party protested in Delhi.", "Congress party", "local:indian-national-congress"),
    ("en", "The ANC lost its majority.", "ANC", "local:anc"),
    ("en", "The Democratic Party of Japan took power.", "Democratic Party of Japan", "local:democratic-party-of-japan"),
    ("en", "The Republican Party held its convention in Milwaukee.", "Republican Party", "local:republican-party-us"),
]


@pytest.mark.parametrize("lang,text,surface,eid", LINKS, ids=[t[1][:50] for t in LINKS])
def test_a_party_is_linked_by_its_usual_name(lang, text, surface, eid):
    assert linked(analyse(text, lang), surface) == [eid]


NO_PARTY = [
    ("de", "Die Europäische Union begrüßte das Abkommen.", "Union"),
    ("de", "Die Truppen der Union rückten nach Süden vor.", "Union"),
    ("de", "Die politische Linke protestierte.", "Linke"),
    ("de", "Im Wald kämpfte er mit den Grünen.", "Grünen"),
    ("de", "Die SVP-Abgeordnete Mara Lenz sprach.", "SVP"),
    ("de", "Der SPD-Fraktionschef sprach im Bundestag.", "SPD"),
    ("de", "Auf britischer Seite kämpften auch einige Tories aus Virginia.", "Tories"),
    ("en", "The union leaders met the managers.", "union"),
    ("en", "The left wing of the party met.", "left"),
    ("en", "Republicans in Ireland marched in Dublin.", "Republicans"),
    ("en", "A labour dispute closed the port.", "labour"),
    ("en", "Labour costs rose sharply.", "Labour"),
    ("en", "Congress passed the budget.", "Congress"),
    ("en", "The Democrats and the Greens disagreed.", "Democrats"),
    ("en", "The Labour leader spoke in Leeds.", "Labour"),
]


@pytest.mark.parametrize("lang,text,surface", NO_PARTY, ids=[t[1][:50] for t in NO_PARTY])
def test_common_words_and_modifiers_name_no_party(lang, text, surface):
    a = analyse(text, lang)
    assert not [m for m in a.mentions if any(e.id in PARTIES for e in m.entities)], linked(a, surface)


CASES = [
    ("de", "CDU/CSU und SPD haben am Montag in Berlin ihren Koalitionsvertrag unterzeichnet.",
     [("Other/Treaty", "CDU/CSU", "2024-11-18", "past"),]),
    ("de", "ÖVP und NEOS unterzeichneten am Montag in Wien ein Koalitionsabkommen.",
     [("Other/Treaty", "NEOS", "2024-11-18", "past")]),
    ("en", "The Conservatives and the Liberal Democrats signed a coalition agreement in London on Monday.",
     [("Other/Treaty", "Liberal Democrats", "2024-11-18", "past")]),
    ("de", "Die CDU gewann am Sonntag die Landtagswahl.",
     [("Election", "Christian Democratic Union", "2024-11-17", "past")]),
    ("de", "Die FPÖ gewann am Sonntag die Nationalratswahl in Österreich.",
     [("Election", "Freedom Party of Austria", "2024-11-17", "past")]),
    ("en", "The BJP won the state election on Sunday.",
     [("Election", "Bharatiya Janata Party", "2024-11-17", "past")]),
    ("en", "The Labour Party won the general election on Thursday.",
     [("Election", "Labour Party", "2024-11-14", "past")]),
    ("en", "The vote was won by Labour on Thursday.",
     [("Election", "Labour Party", "2024-11-14", "past")]),
    # a party leader named after the party is the person, not the party
    ("de", "SPD-Chef Lars Klingbeil traf am Dienstag in Berlin den französischen Präsidenten Emmanuel Macron.",
     [("Meeting", "Lars Klingbeil", "2024-11-19", "past")]),
    ("en", "Labour leader Keir Starmer met Emmanuel Macron in Paris on Monday.",
     [("Meeting", "Keir Starmer", "2024-11-18", "past")]),
    ("de", "Der Vorsitzende der FDP, Jonas Berg, reiste am Montag nach Prag.",
     [("Visit", "Jonas Berg", "2024-11-18", "past")]),
    # a party in brackets after a name is the person's affiliation
    ("de", "Bundeskanzler Olaf Scholz (SPD) traf am Montag in Berlin den polnischen Präsidenten.",
     [("Meeting", "Olaf Scholz", "2024-11-18", "past")]),
]


@pytest.mark.parametrize("lang,text,expected", CASES, ids=[t[1][:60] for t in CASES])
def test_parties_take_part(lang, text, expected):
    check_told(text, expected, lang, WED)


def test_both_parties_of_a_coalition_treaty():
    evs = told_of(events_of("SPD und CDU unterzeichneten am Montag einen Koalitionsvertrag.", "de", WED), "Other/Treaty")
    assert len(evs) == 1 and {p.name for p in evs[0].participants} == {
        "Social Democratic Party of Germany", "Christian Democratic Union"}, show(evs)


@pytest.mark.parametrize("lang,text", [
    ("de", "Bundeskanzler Olaf Scholz (SPD) traf am Montag in Berlin den polnischen Präsidenten."),
    ("de", "Die Landrätin Mara Lenz (CDU) empfing am Montag den Botschafter."),
    ("en", "Senator Jane Miller (Democratic Party) met the Japanese prime minister on Monday."),
    ("de", "Der SPD-Fraktionschef reiste am Dienstag nach Warschau."),
    ("de", "Der Vorsitzende der FDP, Jonas Berg, reiste am Montag nach Prag."),
    ("en", "One GOP source said on Monday that the senator had resigned."),
    ("en", "A Labour lawmaker met the French president in Paris on Monday."),
    ("de", "Die CDU-Vorsitzende traf am Montag in Paris den französischen Präsidenten."),
    ("en", "The Labour leader met the French president in Paris on Monday."),
])
def test_a_party_modifying_a_person_is_no_participant(lang, text):
    evs = events_of(text, lang, WED)
    assert not any(p.entity and p.entity.id in PARTIES for e in evs for p in e.participants), show(evs)


@pytest.mark.parametrize("lang,text", [
    ("en", "Labour costs rose on Friday, the union leaders said."),
    ("en", "A labour dispute began on Wednesday."),
    ("de", "Die Europäische Union und die Union für Südtirol tagten."),
])
def test_no_party_event(lang, text):
    evs = events_of(text, lang, WED)
    assert not any(p.entity and p.entity.id in PARTIES for e in evs for p in e.participants), show(evs)
