"""Agreements and treaties in German and English news: signing (verb, passive, noun with a signing
participle, "reached/erzielten eine Einigung", "inked/sealed a deal", memoranda and joint
declarations), ratification, entry into force, provisional application, plans to sign, and
sentences that name a treaty or talk about agreements without telling any event.

The sentences were written for this test (invented persons, real countries); none is taken from the
development articles. Every case is data as in tests/test_extraction_en_other.py: (sentence,
expected events), an expected event ``(type, name, date, status)`` with ``type`` ``Other/SUBTYPE``
(the subtype of the JSON record), ``name`` a participant's canonical name (None: any), ``date`` the
date value (an interval matches its start; None: not checked) and ``status`` one status or several
joined by ``|``. The sentences of NOTHING must produce no asserted treaty event (signing,
ratification, entry into force, provisional application, declaration, joint statement). The
publication date of every case is a Wednesday, 2025-03-12: "on Monday"/"am Montag" in a report is
2025-03-10, "on Friday"/"am Freitag" in an announcement 2025-03-14.
"""

from __future__ import annotations

import pytest

from extraction_cases import events_of, kind, matches, param, show

DCT = "2025-03-12"  # a Wednesday
MON, TUE, FRI_PAST, FRI_NEXT = "2025-03-10", "2025-03-11", "2025-03-07", "2025-03-14"
T, R, F, P, D = ("Other/Treaty", "Other/Ratification", "Other/TreatyEntryIntoForce",
                 "Other/TreatyProvisionalApplication", "Other/Declaration")

EN_SIGNING = [
    ("Latvia and Estonia signed an agreement on energy cooperation on Monday.",
     [(T, "Latvia", MON, "past")]),
    ("Clara Dumont met Jonas Meier in Riga on Monday. The two sides signed seven documents on trade and transport.",
     [(T, None, MON, "past")]),
    ("Chile and Peru inked a deal on fishing rights on Tuesday.",
     [(T, "Peru", TUE, "past")]),
    ("A memorandum of understanding on nuclear energy was signed by Ghana and Togo on Monday.",
     [(T, "Ghana", MON, "past")]),
    ("Clara Dumont received Jonas Meier in Accra on Monday. A memorandum of understanding was signed after the talks.",
     [(T, None, MON, "past")]),
    ("Norway and Sweden reached an agreement on electricity prices on Tuesday.",
     [(T, "Norway", TUE, "past")]),
    ("The European Union and Canada agreed on a deal on critical minerals on Friday.",
     [(T, "Canada", FRI_PAST, "past")]),
    ("Kenya and Uganda concluded a treaty on border demarcation in 2019.",
     [(T, "Uganda", "2019", "past")]),
    ("Denmark and Sweden share the strait. The accord, signed in 1992, guarantees free passage through it.",
     [(T, None, "1992", "past")]),
    ("Clara Dumont said the border accord, signed in Tallinn in 2008, had served both nations well.",
     [(T, None, "2008", "past")]),
    ("Japan and India signed a joint declaration on security cooperation in Tokyo on Tuesday.",
     [(D, "Japan", TUE, "past")]),
    ("Clara Dumont and Jonas Meier signed a joint declaration on climate on Monday.",
     [(D, "Clara Dumont", MON, "past")]),
    ("Poland and Lithuania struck a deal on gas transit on Monday.",
     [(T, "Poland", MON, "past")]),
    ("Brazil and Argentina sealed an agreement on nuclear cooperation on Tuesday.",
     [(T, "Argentina", TUE, "past")]),
    ("On Monday, the foreign ministers of Greece and Egypt signed an agreement on maritime borders.",
     [(T, None, MON, "past")]),
    ("Ministers from Chile and Peru signed three cooperation agreements in Lima on Monday.",
     [(T, None, MON, "past")]),
    ("The deal was signed in Geneva on Friday by Clara Dumont and Jonas Meier.",
     [(T, "Jonas Meier", FRI_PAST, "past")]),
    ("Moldova and Romania have signed an agreement on a new bridge over the Prut.",
     [(T, "Romania", None, "past")]),
    ("Ethiopia and Eritrea were at war for two decades. The peace agreement signed in 2018 ended the conflict.",
     [(T, "Eritrea", "2018", "past")]),
    ("The peace agreement signed in 2016 ended five decades of conflict.",
     [(T, None, "2016", "past")]),
    ("Serbia and Montenegro reached a deal on rail links last week.",
     [(T, "Serbia", None, "past")]),
    ("Clara Dumont signed the agreement on behalf of Latvia on Monday.",
     [(T, "Clara Dumont", MON, "past")]),
    ("Jonas Meier and Clara Dumont signed a memorandum on cultural exchanges in Riga on Tuesday.",
     [(T, "Jonas Meier", TUE, "past")]),
    ("Vietnam and Laos signed a treaty on the demarcation of their border in 1977.",
     [(T, "Vietnam", "1977", "past")]),
    ("Chile and Peru had long disputed the fishing zone. The two governments signed a framework agreement on Monday.",
     [(T, "Chile", MON, "past")]),
    ("The two governments signed a framework agreement on Monday.",
     [(T, None, MON, "past")]),
    ("A trade pact between Australia and India was signed on Tuesday.",
     [(T, "India", TUE, "past")]),
    ("Ghana and Togo signed a protocol on cross-border trade on Monday.",
     [(T, "Togo", MON, "past")]),
    ("Clara Dumont and Jonas Meier put their signatures to a defence agreement on Friday.",
     [(T, "Clara Dumont", FRI_PAST, "past")]),
    ("Morocco and Spain adopted a joint declaration on migration on Tuesday.",
     [(D, "Spain", TUE, "past")]),
    ("In 1994 Ukraine and Russia signed the Kyiv Memorandum on nuclear arms.",
     [(T, "Ukraine", "1994", "past")]),
    ("Armenia and Azerbaijan initialed a peace treaty on Monday.",
     [(T, "Armenia", MON, "past")]),
    ("Chile and Peru finalized a trade deal on Monday.",
     [(T, "Peru", MON, "past")]),
    ("The presidents of Chile and Peru adopted a joint statement on Monday.",
     [(D, "Chile", MON, "past")]),
    ("Ghana and Togo adopted a joint communique on Tuesday.",
     [(D, "Togo", TUE, "past")]),
    ("Chile and Peru held talks in Lima on Monday. A signing ceremony followed.",
     [(T, "Peru", MON, "past")]),
    ("Ghana and Togo held talks on Tuesday. The two sides agreed on a new transit deal.",
     [(T, "Ghana", TUE, "past")]),
    ("Russia and Mongolia are bound by the Treaty of Friendship signed in 1993.",
     [(T, "Mongolia", "1993", "past")]),
    ("The agreement on fishing signed in 2010 by Chile and Peru is still valid.",
     [(T, "Chile", "2010", "past")]),
    ("Tom Becker said the treaty, signed in 2001 by Latvia and Chile, still works.",
     [(T, "Latvia", "2001", "past")]),
]

EN_RATIFICATION = [
    ("Estonia ratified the border treaty with Latvia in 2005.",
     [(R, "Estonia", "2005", "past")]),
    ("The Latvian parliament ratified the agreement on Monday.",
     [(R, None, MON, "past")]),
    ("The Senate voted on Tuesday to ratify the trade agreement with Chile.",
     [(R, None, TUE, "past")]),
    ("The treaty was ratified by Poland on Friday.",
     [(R, "Poland", FRI_PAST, "past")]),
    ("Lawmakers in Kenya ratified the trade deal with Uganda on Tuesday.",
     [(R, None, TUE, "past")]),
]

EN_IN_FORCE = [
    ("The agreement between Chile and Peru took effect on January 1.",
     [(F, "Chile", "2025-01-01", "past")]),
    ("Mexico and Canada signed the trade treaty in 1992. The treaty entered into force in 1994.",
     [(F, "Canada", "1994", "past")]),
    ("The treaty entered into force in 1994.",
     [(F, None, "1994", "past")]),
    ("Chile and Peru signed a new trade deal on Monday. The new trade deal will enter into force on July 1.",
     [(F, "Peru", "2025-07-01", "planned")]),
    ("Ghana and Togo agreed on open borders last year. The agreement came into force on Monday.",
     [(F, "Togo", MON, "past")]),
    ("Norway and Iceland ratified the fisheries convention in January. The convention takes effect next month.",
     [(F, "Iceland", "2025-04", "planned")]),
    ("The free trade agreement between Ghana and Togo went into effect on Monday.",
     [(F, "Ghana", MON, "past")]),
    ("The trade agreement between the European Union and Kenya has been provisionally applied since July 2024.",
     [(P, None, "2024-07", "past|ongoing")]),
    ("Chile and the European Union signed a trade agreement on Monday. The agreement will be applied provisionally from May 1.",
     [(P, "Chile", "2025-05-01", "planned")]),
]

EN_PLANNED = [
    ("Clara Dumont and Jonas Meier will sign a trade agreement on Friday.",
     [(T, "Clara Dumont", FRI_NEXT, "planned")]),
    ("Latvia and Estonia are expected to sign the border treaty next week.",
     [(T, "Latvia", None, "planned")]),
    ("Chile and Peru are due to sign a free trade agreement in Lima on Friday.",
     [(T, "Peru", FRI_NEXT, "planned")]),
    ("Armenia and Azerbaijan have finished their talks on a peace agreement. The agreement is to be signed in Geneva on Friday.",
     [(T, "Armenia", FRI_NEXT, "planned")]),
    ("Poland and Lithuania plan to sign a defence pact in June.",
     [(T, "Poland", "2025-06", "planned")]),
    ("Latvia and Estonia agreed to sign a border treaty.",
     [(T, "Estonia", None, "planned")]),
    ("Latvia and Estonia agreed on Monday to sign a border treaty.",
     [(T, "Estonia", None, "planned")]),
]

DE_SIGNING = [
    ("Deutschland und Frankreich unterzeichneten am Montag ein Abkommen über die Zusammenarbeit in der Raumfahrt.",
     [(T, "Germany", MON, "past")]),
    ("Österreich und Slowenien verhandelten zwei Jahre lang über die Grenze. Der Vertrag wurde am Dienstag in Wien unterzeichnet.",
     [(T, "Austria", TUE, "past")]),
    ("Der Vertrag wurde am Dienstag in Wien unterzeichnet.",
     [(T, None, TUE, "past")]),
    ("Österreich und Ungarn schlossen am Freitag ein Abkommen über den Grenzverkehr.",
     [(T, "Austria", FRI_PAST, "past")]),
    ("Polen und Litauen einigten sich am Montag auf ein Abkommen zur Gasversorgung.",
     [(T, "Poland", MON, "past")]),
    ("Die EU und Chile einigten sich am Dienstag auf ein neues Handelsabkommen.",
     [(T, "Chile", TUE, "past")]),
    ("Clara Dumont traf am Montag in Riga Jonas Meier. Die beiden Seiten unterzeichneten anschließend sechs Dokumente.",
     [(T, None, MON, "past")]),
    ("Eine Absichtserklärung zur Energiepartnerschaft wurde am Montag in Berlin unterzeichnet.",
     [(T, None, MON, "past")]),
    ("Dänemark und Schweden streiten selten über den Fischfang. Das Abkommen, das 1992 unterzeichnet wurde, regelt ihn seit langem.",
     [(T, "Denmark", "1992", "past")]),
    ("Der 2008 unterzeichnete Vertrag regelt den Verlauf der Grenze.",
     [(T, None, "2008", "past")]),
    ("Deutschland und Polen unterzeichneten am Montag eine gemeinsame Erklärung zur Energiesicherheit.",
     [(D, "Poland", MON, "past")]),
    ("Clara Dumont und Jonas Meier verabschiedeten am Dienstag eine gemeinsame Erklärung.",
     [(D, "Clara Dumont", TUE, "past")]),
    ("Die Außenminister Griechenlands und Ägyptens unterzeichneten am Montag ein Abkommen über die Seegrenze.",
     [(T, None, MON, "past")]),
    ("Am Montag haben Spanien und Portugal einen Vertrag über die Nutzung der Flüsse unterzeichnet.",
     [(T, "Spain", MON, "past")]),
    ("Der Vertrag wurde von Clara Dumont und Jonas Meier unterzeichnet.",
     [(T, "Clara Dumont", None, "past")]),
    ("Norwegen und Schweden erzielten am Freitag eine Einigung über die Strompreise.",
     [(T, "Norway", FRI_PAST, "past")]),
    ("Kenia und Uganda haben ein Abkommen über den Grenzverlauf geschlossen.",
     [(T, "Uganda", None, "past")]),
    ("Das Freihandelsabkommen zwischen der EU und Mexiko wurde am Freitag in Brüssel unterzeichnet.",
     [(T, None, FRI_PAST, "past")]),
    ("Brasilien und Argentinien besiegelten am Dienstag ein Abkommen über die Atomenergie.",
     [(T, "Brazil", TUE, "past")]),
    ("Die Außenminister Polens und Litauens trafen sich am Montag in Warschau. Die Minister unterzeichneten dort drei Absichtserklärungen.",
     [(T, None, MON, "past")]),
    ("Chile und Peru führten am Montag Gespräche. Anschließend wurden mehrere Abkommen unterzeichnet.",
     [(T, "Chile", MON, "past")]),
    ("Chile und Peru führten am Montag Gespräche. Die Unterzeichnung der Abkommen fand im Präsidentenpalast statt.",
     [(T, "Peru", MON, "past")]),
    ("Japan und Indien unterzeichneten im Jahr 2014 ein Abkommen über die Atomenergie.",
     [(T, "Japan", "2014", "past")]),
    ("Clara Dumont unterzeichnete am Dienstag im Namen Lettlands ein Abkommen mit Estland.",
     [(T, "Clara Dumont", TUE, "past")]),
    ("Ungarn und Kroatien wollen enger zusammenarbeiten. Ein Memorandum über die Zusammenarbeit im Bildungswesen wurde am Montag unterzeichnet.",
     [(T, "Hungary", MON, "past")]),
    ("Der Friedensvertrag von 1979 zwischen Ägypten und Israel gilt bis heute.",
     [(T, None, "1979", "past")]),
    ("Ungarn und Serbien haben am Montag ein Abkommen über den Bau einer Bahnstrecke unterzeichnet.",
     [(T, "Serbia", MON, "past")]),
    ("Marokko und Spanien verabschiedeten am Dienstag eine gemeinsame Erklärung zur Migration.",
     [(D, "Spain", TUE, "past")]),
    ("Unterzeichnet wurde am Montag auch eine gemeinsame Erklärung von Deutschland und Polen.",
     [(D, "Poland", MON, "past")]),
    ("Armenien und Aserbaidschan vereinbarten am Montag eine Waffenruhe.",
     [("Other/Ceasefire", "Armenia", MON, "past")]),
    ("Die am Donnerstag vereinbarte Waffenruhe zwischen Israel und dem Libanon hält.",
     [("Other/Ceasefire", "Israel", "2025-03-06", "past")]),
    ("Die Nato und Russland hatten 1997 eine Grundakte unterzeichnet.",
     [(T, "Russia", "1997", "past")]),
]

DE_RATIFICATION = [
    ("Der Bundestag ratifizierte das Abkommen am Donnerstag.",
     [(R, None, "2025-03-06", "past")]),
    ("Das Parlament in Riga hat den Vertrag am Montag ratifiziert.",
     [(R, None, MON, "past")]),
    ("Estland ratifizierte den Grenzvertrag im Jahr 2005.",
     [(R, "Estonia", "2005", "past")]),
    ("Der Vertrag wurde am Freitag von Polen ratifiziert.",
     [(R, None, FRI_PAST, "past")]),
]

DE_IN_FORCE = [
    ("Chile und Peru haben am Montag ein Handelsabkommen unterzeichnet. Das Abkommen tritt am 1. Juli in Kraft.",
     [(F, "Peru", "2025-07-01", "planned")]),
    ("Mexiko und Kanada unterzeichneten den Vertrag 1992. Der Vertrag trat 1994 in Kraft.",
     [(F, "Mexico", "1994", "past")]),
    ("Das Handelsabkommen ist am Montag in Kraft getreten.",
     [(F, None, MON, "past")]),
    ("Das Abkommen zwischen Chile und Peru trat am 1. Januar in Kraft.",
     [(F, "Chile", "2025-01-01", "past")]),
    ("Die EU und Chile unterzeichneten am Montag ein Handelsabkommen. Das Abkommen wird ab dem 1. Mai vorläufig angewendet.",
     [(P, "Chile", "2025-05-01", "planned")]),
    ("Das Handelsabkommen zwischen der EU und Kenia wird seit Juli 2024 vorläufig angewendet.",
     [(P, "Kenya", "2024-07", "past|ongoing")]),
]

DE_PLANNED = [
    ("Deutschland und Tschechien haben die Gespräche über den Grenzvertrag beendet. Der Vertrag soll am Freitag in Berlin unterzeichnet werden.",
     [(T, "Germany", FRI_NEXT, "planned")]),
    ("Deutschland und Frankreich werden im Juni ein Verteidigungsabkommen unterzeichnen.",
     [(T, "Germany", "2025-06", "planned")]),
    ("Clara Dumont und Jonas Meier wollen am Freitag ein Handelsabkommen unterzeichnen.",
     [(T, "Clara Dumont", FRI_NEXT, "planned")]),
    ("Serbien und Ungarn haben ihre Gespräche abgeschlossen. Die Unterzeichnung des Abkommens ist für Freitag geplant.",
     [(T, "Serbia", FRI_NEXT, "planned")]),
    ("Polen und Litauen sollen das Abkommen in der kommenden Woche unterzeichnen.",
     [(T, "Poland", None, "planned")]),
]

EN_NOTHING = [
    "Under the Paris Agreement, countries must report their emissions every two years.",
    "Latvia remains committed to the Paris Agreement.",
    "Trade agreements often take years to negotiate.",
    "Talks on a new treaty between Latvia and Estonia began on Monday.",
    "Negotiations on the trade deal will resume next week.",
    "Negotiations on the trade deal between Chile and Peru resumed on Monday.",
    "Consultations about a new agreement with Ghana began on Tuesday.",
    "The agreement covers trade in goods and services.",
    "Jonas Meier signed copies of his book in Riga on Monday.",
    "The treaty bans the testing of nuclear weapons.",
    "Clara Dumont accused Estonia of violating the agreement.",
    "Jonas Meier said an agreement was still far away.",
    "The Treaty of Rome is often cited in these debates.",
    "Deals like this one rarely survive a change of government.",
    "According to the agreement, the troops must leave by the end of the year.",
    "The declaration of the summit was criticised by the opposition.",
    "Clara Dumont said the treaty was a good basis for further work.",
    "The club signed a new striker on Monday.",
    "Jonas Meier called for a new agreement on migration.",
    "The terms of the deal remain secret.",
    "Experts say the treaty is outdated.",
    "The ministers adopted a statement on the budget.",
    "Chile and Peru held talks on Monday. The agreement covers trade in goods and services.",
    "Latvia and Estonia met in Riga. Clara Dumont said the treaty would take effect only if both parliaments approve it.",
    "Jonas Meier signed up for the course on Monday.",
]

DE_NOTHING = [
    "Gemäß dem Abkommen müssen beide Staaten ihre Emissionen melden.",
    "Nach dem Pariser Klimaabkommen müssen die Staaten ihre Ziele erhöhen.",
    "Die Verhandlungen über einen neuen Vertrag begannen am Montag.",
    "Abkommen dieser Art halten selten lange.",
    "Das Abkommen regelt den Handel mit Waren und Dienstleistungen.",
    "Clara Dumont forderte ein neues Abkommen zur Migration.",
    "Jonas Meier warf Estland vor, gegen den Vertrag zu verstoßen.",
    "Der Vertrag verbietet Atomtests.",
    "Jonas Meier unterschrieb am Montag Autogramme für die Fans.",
    "Im Rahmen des Abkommens arbeiten beide Länder eng zusammen.",
    "Die Gespräche über ein Abkommen dauern an.",
    "Die Verhandlungen über ein Grenzabkommen zwischen Chile und Peru begannen am Montag.",
    "Laut dem Vertrag darf keine Seite Truppen an der Grenze stationieren.",
    "Der Vertrag von Rom wird in dieser Debatte oft zitiert.",
    "Der Verein unterschrieb am Montag einen Vertrag mit einem neuen Stürmer.",
    "Experten halten das Abkommen für veraltet.",
    "Clara Dumont sagte, der Vertrag sei eine gute Grundlage.",
    "Die Bedingungen des Abkommens bleiben geheim.",
    "Chile und Peru führten am Montag Gespräche. Das Abkommen regelt den Handel mit Waren.",
    "Jonas Meier hält eine Einigung für unwahrscheinlich.",
    "Die Erklärung des Gipfels stieß auf Kritik.",
    "Jonas Meier erklärte, die Gespräche seien schwierig.",
    "Armenien und Aserbaidschan verhandeln über eine Waffenruhe.",
    "Clara Dumont schlug am Montag eine Waffenruhe vor.",
    "Eine Waffenruhe wurde am Montag nicht vereinbart.",
]

TREATY_KINDS = {T, R, F, P, D, "Other/JointStatement", "Other/Ceasefire"}

# cases the extractor does not handle yet, with the reason (text -> reason)
NO_PARTY = "the sentence names no party and neither do the two before it: kb asks a treaty event for a party"
XFAIL: dict[str, str] = {
    "Clara Dumont said the border accord, signed in Tallinn in 2008, had served both nations well.": NO_PARTY,
    "The peace agreement signed in 2016 ended five decades of conflict.": NO_PARTY,
    "The two governments signed a framework agreement on Monday.": NO_PARTY,
    "The treaty entered into force in 1994.": NO_PARTY,
    "Der Vertrag wurde am Dienstag in Wien unterzeichnet.": NO_PARTY,
    "Eine Absichtserklärung zur Energiepartnerschaft wurde am Montag in Berlin unterzeichnet.": NO_PARTY,
    "Der 2008 unterzeichnete Vertrag regelt den Verlauf der Grenze.": NO_PARTY,
    "Das Handelsabkommen ist am Montag in Kraft getreten.": NO_PARTY,
    "Lawmakers in Kenya ratified the trade deal with Uganda on Tuesday.":
        "the country stands after 'in' (a place) and 'lawmakers' is no entity: the ratification has no party",
    "Der Bundestag ratifizierte das Abkommen am Donnerstag.":
        "the parliament is not taken as the party of the ratification",
    "Das Parlament in Riga hat den Vertrag am Montag ratifiziert.":
        "the city after 'in' is a place and 'das Parlament' no entity: the ratification has no party",
    "Tom Becker said the treaty, signed in 2001 by Latvia and Chile, still works.":
        "countries after 'by' in a participle set off by commas are not taken as the signing parties"
        " (persons are)",
    "Das Handelsabkommen zwischen der EU und Kenia wird seit Juli 2024 vorläufig angewendet.":
        "'wird' with a participle is read as a future (planned), not as a present passive made ongoing by 'seit'",
}


def _param(lang, text, *rest):
    return param(XFAIL, text, lang, *rest)


POSITIVE = ([("en", t, e) for t, e in EN_SIGNING + EN_RATIFICATION + EN_IN_FORCE + EN_PLANNED]
            + [("de", t, e) for t, e in DE_SIGNING + DE_RATIFICATION + DE_IN_FORCE + DE_PLANNED])
NOTHING = [("en", t) for t in EN_NOTHING] + [("de", t) for t in DE_NOTHING]


@pytest.mark.parametrize("text,lang,expected", [_param(lang, t, e) for lang, t, e in POSITIVE])
def test_treaty_events(text, lang, expected):
    evs = events_of(text, lang, DCT)
    for want in expected:
        assert any(matches(ev, want) for ev in evs), f"{want} not in: {show(evs)}"


@pytest.mark.parametrize("text,lang", [_param(lang, t) for lang, t in NOTHING])
def test_no_treaty_event(text, lang):
    evs = [e for e in events_of(text, lang, DCT)
           if e.status in ("past", "ongoing", "planned") and kind(e) in TREATY_KINDS]
    assert not evs, show(evs)


def test_the_case_lists_are_large_enough():
    assert len(POSITIVE) >= 80 and len(NOTHING) >= 40
