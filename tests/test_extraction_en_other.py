"""English events of the Other and Election classes, on sentences written for these tests in the
style of wire services, newspapers, Wikinews and government readouts: taking office, treaties and
their entry into force, declarations, appointments and dismissals, resignations, deaths, attacks,
awards, protests, releases, ratifications, referendums, foundings, wars, media reports, written
responses, requests, religious events, conferences, and every kind of vote (popular,
parliamentary, conclave, party, confidence).

Every case is data: (sentence, expected events), an expected event ``(type, name, date, status)``
as in tests/test_extraction_en_challenge.py: ``type`` is ``Election`` (a re-election counts) or
``Other/SUBTYPE`` (the subtype of the JSON record), ``name`` a participant's canonical name (None:
any), ``date`` the date value (an interval matches its start; None: not checked), ``status`` one
status or several joined by ``|``. The sentences of NOTHING must produce no asserted event of the
Other or Election class. The publication date of every case is a Wednesday, 2025-03-12: "on
Monday" in a report is 2025-03-10, "on Friday" in an announcement 2025-03-14.
"""

from __future__ import annotations


import pytest

from kb.eventtypes import family, record_type

from extraction_cases import events_of, matches, param, show

DCT = "2025-03-12"  # a Wednesday

TAKING_OFFICE = [
    ("Clara Dumont was sworn in as president of Latvia on Monday.",
     [("Other/TakingOffice", "Clara Dumont", "2025-03-10", "past")]),
    ("Jonas Meier took the oath of office in Riga on Tuesday.",
     [("Other/TakingOffice", "Jonas Meier", "2025-03-11", "past")]),
    ("Peter Hollis will be inaugurated as governor on Friday.",
     [("Other/TakingOffice", "Peter Hollis", "2025-03-14", "planned")]),
    ("Sofia Lund assumed office as foreign minister last week.",
     [("Other/TakingOffice", "Sofia Lund", "2025-03-03", "past")]),
    ("The inauguration of President Viktor Hale took place in Accra on Saturday.",
     [("Other/TakingOffice", "Viktor Hale", "2025-03-08", "past")]),
    ("Ingrid Solberg officially took office on Monday, succeeding Omar Haddad.",
     [("Other/TakingOffice", "Ingrid Solberg", "2025-03-10", "past")]),
    ("Omar Haddad took over as head of the central bank on Monday.",
     [("Other/TakingOffice", "Omar Haddad", "2025-03-10", "past")]),
    ("Clara Dumont was sworn in for a second term on Monday, a month after winning the election.",
     [("Other/TakingOffice", "Clara Dumont", "2025-03-10", "past"), ("Election", "Clara Dumont", None, "past")]),
]

TREATIES = [
    ("Latvia and Estonia signed a border treaty in Riga on Monday.",
     [("Other/Treaty", "Latvia", "2025-03-10", "past")]),
    ("The agreement was signed by Clara Dumont and Jonas Meier on Tuesday.",
     [("Other/Treaty", "Clara Dumont", "2025-03-11", "past")]),
    ("Chile and Peru signed a free trade agreement last year.",
     [("Other/Treaty", "Peru", "2024", "past")]),
    ("Jonas Meier and Clara Dumont inked a deal on gas supplies on Monday.",
     [("Other/Treaty", "Jonas Meier", "2025-03-10", "past")]),
    ("Ghana and Togo concluded an agreement on border security on Tuesday.",
     [("Other/Treaty", "Togo", "2025-03-11", "past")]),
    ("Clara Dumont held talks with Jonas Meier in Riga on Monday. After the talks, the two sides signed"
     " a number of agreements.",
     [("Other/Treaty", "Jonas Meier", "2025-03-10", "past")]),
    ("Clara Dumont said the treaty that Latvia and Estonia signed in 2019 was working well.",
     [("Other/Treaty", "Estonia", "2019", "past")]),
    ("Relations rest on the 2019 treaty on friendship between Latvia and Chile.",
     [("Other/Treaty", "Chile", "2019", "past")]),
]

IN_FORCE = [
    ("The treaty between Latvia and Estonia entered into force on March 1.",
     [("Other/TreatyEntryIntoForce", "Estonia", "2025-03-01", "past")]),
    ("The trade deal between Chile and Peru will take effect on April 1.",
     [("Other/TreatyEntryIntoForce", "Peru", "2025-04-01", "planned")]),
    ("The border agreement between Ghana and Togo came into force on Monday.",
     [("Other/TreatyEntryIntoForce", "Ghana", "2025-03-10", "past")]),
    ("Chile and Peru agreed to apply the trade agreement provisionally from May 1.",
     [("Other/TreatyProvisionalApplication", "Chile", None, "planned|hypothetical")]),
    ("The provisional application of the trade agreement between Chile and Peru began on Monday.",
     [("Other/TreatyProvisionalApplication", "Peru", None, "past|ongoing")]),
]

DECLARATIONS = [
    ("Latvia and Estonia adopted a joint declaration on energy security on Monday.",
     [("Other/Declaration", "Latvia", "2025-03-10", "past")]),
    ("Clara Dumont held talks with Jonas Meier in Riga on Monday. The two leaders then signed a"
     " declaration on strategic partnership.",
     [("Other/Declaration", "Clara Dumont", "2025-03-10", "past")]),
    ("Clara Dumont and Jonas Meier signed the Riga Declaration on Tuesday.",
     [("Other/Declaration", "Jonas Meier", "2025-03-11", "past")]),
    ("A joint declaration between Chile and Peru was adopted on Tuesday.",
     [("Other/Declaration", "Chile", "2025-03-11", "past")]),
    ("Clara Dumont and Jonas Meier issued a joint statement after their talks on Monday.",
     [("Statement", "Clara Dumont", None, "past")]),
]

APPOINTMENTS = [
    ("Clara Dumont appointed Jonas Meier as defence minister on Monday.",
     [("Other/Appointment", "Jonas Meier", "2025-03-10", "past")]),
    ("Jonas Meier was named foreign minister on Tuesday.",
     [("Other/Appointment", "Jonas Meier", "2025-03-11", "past")]),
    ("The president has appointed Sofia Lund as the new ambassador to France.",
     [("Other/Appointment", "Sofia Lund", None, "past")]),
    ("Peter Hollis was appointed head of the election commission on Friday.",
     [("Other/Appointment", "Peter Hollis", "2025-03-07", "past")]),
    ("The prime minister nominated Omar Haddad as finance minister on Monday.",
     [("Other/Appointment", "Omar Haddad", "2025-03-10", "past")]),
    ("Clara Dumont asked Jonas Meier to form a new government on Tuesday.",
     [("Other/Appointment", "Jonas Meier", "2025-03-11", "past")]),
    # posts that are no offices of the state: an envoy, a representative, an attache
    ("Jonas Meier appointed Sofia Lund on Monday as his special envoy to Peru.",
     [("Other/Appointment", "Sofia Lund", "2025-03-10", "past")]),
    ("Jonas Meier appointed a retired Danish diplomat as his special representative to Peru.",
     [("Other/Appointment", "Jonas Meier", None, "past")]),
    ("Sofia Lund was appointed military attache at the embassy in Lima in 1996.",
     [("Other/Appointment", "Sofia Lund", "1996", "past")]),
]

DISMISSALS = [
    ("The president dismissed Defence Minister Omar Haddad on Monday.",
     [("Other/Dismissal", "Omar Haddad", "2025-03-10", "past")]),
    ("Peter Hollis was fired as finance minister on Friday.",
     [("Other/Dismissal", "Peter Hollis", "2025-03-07", "past")]),
    ("Sofia Lund was removed from her post as central bank governor on Monday.",
     [("Other/Dismissal", "Sofia Lund", "2025-03-10", "past")]),
    ("Parliament voted to dismiss Defence Minister Peter Hollis on Friday.",
     [("Other/Dismissal", "Peter Hollis", "2025-03-07", "past")]),
    ("Ingrid Solberg was relieved of her duties as army chief on Tuesday.",
     [("Other/Dismissal", "Ingrid Solberg", "2025-03-11", "past")]),
]

RESIGNATIONS = [
    ("Prime Minister Jonas Meier resigned on Monday.",
     [("Other/Resignation", "Jonas Meier", "2025-03-10", "past")]),
    ("The government of Jonas Meier stepped down on Friday.",
     [("Other/Resignation", "Jonas Meier", "2025-03-07", "past")]),
    ("Foreign Minister Peter Hollis has resigned.",
     [("Other/Resignation", "Peter Hollis", None, "past")]),
    ("Jonas Meier and his cabinet resigned on Monday.",
     [("Other/Resignation", "Jonas Meier", "2025-03-10", "past")]),
    ("Ingrid Solberg quit as health minister on Tuesday.",
     [("Other/Resignation", "Ingrid Solberg", "2025-03-11", "past")]),
    ("The party forced Jonas Meier to resign last year.",
     [("Other/Resignation", "Jonas Meier", "2024", "past")]),
    ("Jonas Meier was forced to resign in September.",
     [("Other/Resignation", "Jonas Meier", "2024-09", "past")]),
    ("Jonas Meier stood down as party leader on Sunday.",
     [("Other/Resignation", "Jonas Meier", "2025-03-09", "past")]),
    ("Clara Dumont announced her resignation on Tuesday.",
     [("Other/Resignation", "Clara Dumont", None, "past")]),
]

DEATHS = [
    ("Former president Omar Haddad died on Sunday at the age of 88.",
     [("Other/Death", "Omar Haddad", "2025-03-09", "past")]),
    ("Clara Dumont, the former prime minister, has died.",
     [("Other/Death", "Clara Dumont", None, "past")]),
    ("Former Chilean President Viktor Hale died in Santiago on Monday.",
     [("Other/Death", "Viktor Hale", "2025-03-10", "past")]),
    ("Jonas Meier passed away on Saturday.",
     [("Other/Death", "Jonas Meier", "2025-03-08", "past")]),
    ("Clara Dumont expressed condolences over the death of former president Peter Hollis on Monday.",
     [("Other/Death", "Peter Hollis", None, "past")]),
    ("Opposition leader Sofia Lund was assassinated in Riga on Friday.",
     [("Other/Death", "Sofia Lund", "2025-03-07", "past")]),
    # a name the gazetteer does not know, right before "was killed", is a person's
    ("Dorin Vasquez was killed in his garden last fall.",
     [("Other/Death", "Dorin Vasquez", "2024-09", "past")]),
]

ATTACKS = [
    ("At least four people were killed in an explosion near the embassy in Riga on Monday.",
     [("Other/Attack", None, "2025-03-10", "past")]),
    ("An explosion ripped through the embassy in Riga on Monday.",
     [("Other/Attack", None, "2025-03-10", "past")]),
    ("Russia launched a massive drone attack on Kyiv on Monday.",
     [("Other/Attack", "Russia", "2025-03-10", "past")]),
    ("Israel carried out air strikes on Syria on Tuesday.",
     [("Other/Attack", "Israel", "2025-03-11", "past")]),
    ("A missile attack on Odesa on Sunday was carried out by Russia.",
     [("Other/Attack", None, "2025-03-09", "past")]),
    ("Jonas Meier was shot and wounded in Riga on Monday.",
     [("Other/Attack", "Jonas Meier", "2025-03-10", "past")]),
    ("An assassination attempt on Jonas Meier failed on Monday.",
     [("Other/Attack", "Jonas Meier", "2025-03-10", "past")]),
    ("Gunmen attacked the motorcade of Jonas Meier on Monday.",
     [("Other/Attack", "Jonas Meier", "2025-03-10", "past")]),
    ("Clara Dumont condemned the terrorist attack on Riga on Monday.",
     [("Statement", "Clara Dumont", None, "past")]),
    # an attack told by a noun with its own date before it, or one that killed people
    ("The March 3 bombing of a market in Kabul shocked the country.",
     [("Other/Attack", None, "2025-03-03", "past")]),
    ("Last month's explosion at a clinic in Quito remains unsolved.",
     [("Other/Attack", None, "2025-02", "past")]),
    ("The Feb. 9 terrorist blasts in Lima and Quito killed 57 people.",
     [("Other/Attack", None, "2025-02-09", "past")]),
    ("In January, a clinic bombing in Quito killed a guard.",
     [("Other/Attack", None, "2025-01", "past")]),
    ("A car bombing outside the embassy in Lima killed nine people and wounded 40.",
     [("Other/Attack", None, None, "past")]),
    # a date of its own before the noun tells the attack even with no place or side named
    ("The 1996 Olympic bombing shocked the world.",
     [("Other/Attack", None, "1996", "past")]),
    ("Tom Berg has been on the run since the Oct. 23 sniper shooting of a judge.",
     [("Other/Attack", None, "2024-10-23", "past")]),
    # or by the dead it left and its full date after them, with no place: no one named takes part
    ("Clara Dumont heads the inquiry into the bombings which killed 40 people on March 3, 2019.",
     [("Other/Attack", None, "2019-03-03", "past")]),
]

AWARDS = [
    ("Clara Dumont presented the Order of Merit to Jonas Meier on Monday.",
     [("Other/Award", "Jonas Meier", "2025-03-10", "past")]),
    ("Jonas Meier was awarded the Nobel Peace Prize on Friday.",
     [("Other/Award", "Jonas Meier", "2025-03-07", "past")]),
    ("Sofia Lund received the Order of Friendship from the Russian president.",
     [("Other/Award", "Sofia Lund", None, "past")]),
    ("The president awarded Peter Hollis the Medal of Freedom on Tuesday.",
     [("Other/Award", "Peter Hollis", "2025-03-11", "past")]),
    ("Omar Haddad was honoured with the Order of the Star on Tuesday.",
     [("Other/Award", "Omar Haddad", "2025-03-11", "past")]),
]

PROTESTS = [
    ("Supporters of Anna Berg began a two-day rally in Riga on Monday.",
     [("Other/Protest", "Anna Berg", "2025-03-10", "past")]),
    ("Riot police clashed in Riga with anti-government demonstrators on Monday.",
     [("Other/Protest", None, "2025-03-10", "past")]),
    ("Demonstrators rallied outside parliament in Yerevan on Tuesday.",
     [("Other/Protest", None, "2025-03-11", "past")]),
    ("Protests against Jonas Meier spread to Riga on Sunday.",
     [("Other/Protest", "Jonas Meier", "2025-03-09", "past")]),
    ("Thousands of people protested against Jonas Meier in Riga on Sunday.",
     [("Other/Protest", "Jonas Meier", "2025-03-09", "past")]),
    ("Protesters took to the streets on Monday to demand the resignation of Jonas Meier.",
     [("Other/Protest", "Jonas Meier", "2025-03-10", "past")]),
]

RELEASES = [
    ("Opposition leader Jonas Meier was released from prison on Monday.",
     [("Other/Release", "Jonas Meier", "2025-03-10", "past")]),
    ("Iran released Clara Dumont on Tuesday.",
     [("Other/Release", "Clara Dumont", "2025-03-11", "past")]),
    ("Authorities freed Peter Hollis on Sunday after two years in detention.",
     [("Other/Release", "Peter Hollis", "2025-03-09", "past")]),
    ("Sofia Lund was freed from custody on Friday.",
     [("Other/Release", "Sofia Lund", "2025-03-07", "past")]),
]

RATIFICATIONS = [
    ("The lower house of the Latvian parliament approved the treaty on Monday.",
     [("Other/Ratification", None, "2025-03-10", "past")]),
    ("The upper house of the Dutch parliament voted in favor of the treaty on Monday.",
     [("Other/Ratification", None, "2025-03-10", "past")]),
    ("Latvia ratified the border treaty on Monday.",
     [("Other/Ratification", "Latvia", "2025-03-10", "past")]),
    ("The parliament of Estonia ratified the agreement on Tuesday.",
     [("Other/Ratification", "Estonia", "2025-03-11", "past")]),
    ("The ratification of the treaty by Chile in January opened the way for trade.",
     [("Other/Ratification", "Chile", None, "past")]),
    ("Ghana will ratify the convention next month.",
     [("Other/Ratification", "Ghana", "2025-04", "planned")]),
]

REFERENDUMS = [
    ("Clara Dumont promised to put the question to a national referendum next year.",
     [("Election", "Clara Dumont", "2026", "planned|hypothetical")]),
    ("Chile held a referendum on a new constitution on Sunday.",
     [("Election", "Chile", "2025-03-09", "past")]),
    ("Latvia will hold a referendum on the euro in 2027.",
     [("Election", "Latvia", "2027", "planned")]),
    ("Voters in Ireland approved the amendment in a referendum on Friday.",
     [("Election", "Ireland", "2025-03-07", "past")]),
    ("Moldova will hold a second referendum on EU membership next year.",
     [("Election", "Moldova", "2026", "planned")]),
]

FOUNDINGS = [
    ("Latvia and Estonia established diplomatic relations in 1991.",
     [("Other/Relations", "Latvia", "1991", "past")]),
    ("Clara Dumont founded the Liberal Party in 2010.",
     [("Other/Founding", "Clara Dumont", "2010", "past")]),
    ("The Shanghai Cooperation Organisation was founded in 2001.",
     [("Other/Founding", None, "2001", "past")]),
    ("Chile and Peru restored diplomatic relations on Monday.",
     [("Other/Relations", "Peru", "2025-03-10", "past")]),
    ("Latvia severed diplomatic ties with Belarus on Tuesday.",
     [("Other/Relations", "Latvia", "2025-03-11", "past")]),
]

WARS = [
    ("Russia invaded Ukraine on February 24, 2022.",
     [("Other/WarStart", "Russia", "2022-02-24", "past")]),
    ("Azerbaijan launched a military offensive in Karabakh on Tuesday.",
     [("Other/WarStart", "Azerbaijan", "2025-03-11", "past")]),
    ("The war between Ethiopia and Eritrea broke out in May 1998.",
     [("Other/WarStart", None, "1998-05", "past")]),
    ("Germany declared war on France in August 1914.",
     [("Other/WarStart", "Germany", "1914-08", "past")]),
]

MEDIA = [
    ("Xinhua reported that Clara Dumont arrived in Beijing on Monday.",
     [("Other/MediaReport", "Xinhua", "2025-03-10", "past"), ("StateVisit", "Clara Dumont", "2025-03-10", "past")]),
    ("State television reported on Tuesday that the talks had failed.",
     [("Other/MediaReport", None, "2025-03-11", "past")]),
    ("Latvian media reported that Jonas Meier would resign.",
     [("Other/MediaReport", None, None, "past")]),
    ("Russia's RIA Novosti news agency reported that the talks would resume.",
     [("Other/MediaReport", "RIA Novosti", None, "past")]),
    ("Reuters reported on Monday that the talks had failed.",
     [("Other/MediaReport", "Reuters", "2025-03-10", "past")]),
    ("The Guardian newspaper reported on Monday that Jonas Meier had resigned.",
     [("Other/MediaReport", None, "2025-03-10", "past")]),
]

RESPONSES_REQUESTS = [
    ("Latvia delivered its written response to the Russian proposals on Monday.",
     [("Other/WrittenResponse", "Latvia", "2025-03-10", "past")]),
    ("Latvia's March 3 response to the Russian draft was rejected by Moscow.",
     [("Other/WrittenResponse", "Latvia", "2025-03-03", "past")]),
    ("NATO sent its written reply to Moscow on Monday.",
     [("Other/WrittenResponse", "NATO", "2025-03-10", "past")]),
    ("Estonia requested an emergency meeting of the Security Council on Monday.",
     [("Other/Request", "Estonia", "2025-03-10", "past")]),
    ("Jonas Meier asked Latvia for military assistance on Monday.",
     [("Other/Request", "Jonas Meier", "2025-03-10", "past")]),
    ("Chile formally requested the extradition of Peter Hollis on Tuesday.",
     [("Other/Request", "Chile", "2025-03-11", "past")]),
]

RELIGION_CONFERENCES = [
    ("Pope Francis will celebrate an open-air mass in Lisbon on Sunday.",
     [("Other/ReligiousEvent", "Pope Francis", "2025-03-16", "planned")]),
    ("Pope Francis led a prayer vigil in Fatima on Saturday.",
     [("Other/ReligiousEvent", "Pope Francis", "2025-03-08", "past")]),
    ("The stay of Pope Francis in Lisbon is to end with a Mass for young people on Sunday.",
     [("Other/ReligiousEvent", "Pope Francis", "2025-03-16", "planned")]),
    ("Pope Francis canonized Sofia Lund on Sunday.",
     [("Other/ReligiousEvent", "Pope Francis", "2025-03-09", "past")]),
    ("Clara Dumont attended the Munich Security Conference on Saturday.",
     [("Other/Conference", "Clara Dumont", "2025-03-08", "past")]),
    ("Jonas Meier will host the Riga Security Conference on Thursday.",
     [("Other/Conference", "Jonas Meier", "2025-03-13", "planned")]),
]

DIPLOMACY_AND_JUSTICE = [
    ("Latvia became a member of NATO in 2004.",
     [("Other/Accession", "NATO", "2004", "past")]),
    ("Latvia joined the European Union in 2004.",
     [("Other/Accession", "Latvia", "2004", "past")]),
    ("The presidents of Latvia and Estonia signed the instruments of accession on Monday.",
     [("Other/Accession", "Latvia", "2025-03-10", "past")]),
    ("Chile expelled the Latvian ambassador on Monday.",
     [("Other/Expulsion", "Chile", "2025-03-10", "past")]),
    ("Latvia recalled its ambassador from Chile on Monday.",
     [("Other/Expulsion", "Latvia", "2025-03-10", "past")]),
    ("Russia and Ukraine swapped prisoners on Sunday.",
     [("Other/Release", "Ukraine", "2025-03-09", "past")]),
    ("Police arrested opposition leader Jonas Meier on Monday.",
     [("Other/Arrest", "Jonas Meier", "2025-03-10", "past")]),
    ("Jonas Meier was detained at the airport in Riga on Monday.",
     [("Other/Arrest", "Jonas Meier", "2025-03-10", "past")]),
    ("The United States withdrew from the Paris Agreement in 2020.",
     [("Other/Withdrawal", "United States", "2020", "past")]),
    ("Lawmakers impeached President Jonas Meier on Friday.",
     [("Other/Impeachment", "Jonas Meier", "2025-03-07", "past")]),
    ("Jonas Meier was impeached on Friday.",
     [("Other/Impeachment", "Jonas Meier", "2025-03-07", "past")]),
    ("North Korea conducted its third nuclear test on Tuesday.",
     [("Other/WeaponsTest", "North Korea", "2025-03-11", "past")]),
    ("Iran test-fired a ballistic missile on Monday.",
     [("Other/WeaponsTest", "Iran", "2025-03-10", "past")]),
    ("Corruption charges against Jonas Meier were dropped in January.",
     [("Other/Verdict", "Jonas Meier", "2025-01", "past")]),
    ("Jonas Meier was acquitted of fraud in 2006.",
     [("Other/Verdict", "Jonas Meier", "2006", "past")]),
    ("Clara Dumont was ousted as party leader on Sunday.",
     [("Other/Dismissal", "Clara Dumont", "2025-03-09", "past")]),
]

HEADLINES = [
    ("Clara Dumont sworn in as Latvian president",
     [("Other/TakingOffice", "Clara Dumont", None, "past")]),
    ("Latvia, Estonia sign border treaty",
     [("Other/Treaty", "Estonia", None, "past")]),
    ("Jonas Meier wins second term in Latvian vote",
     [("Election", "Jonas Meier", None, "past")]),
    ("Former Latvian president Clara Dumont dies at 88",
     [("Other/Death", "Clara Dumont", None, "past")]),
    ("Latvia ratifies border treaty with Estonia",
     [("Other/Ratification", "Latvia", None, "past")]),
    ("Clara Dumont resigns as Latvian foreign minister",
     [("Other/Resignation", "Clara Dumont", None, "past")]),
    ("Jonas Meier re-elected Latvian prime minister",
     [("Election", "Jonas Meier", None, "past")]),
]

ELECTIONS = [
    ("A constitutional convention voted overwhelmingly on Monday to make Latvia a republic.",
     [("Election", None, "2025-03-10", "past")]),
    ("The Latvian parliament voted 89-52 on Tuesday against the budget plan.",
     [("Election", None, "2025-03-11", "past")]),
    ("Voters in Latvia are choosing a new parliament today.",
     [("Election", "Latvia", "2025-03-12", "past|ongoing")]),
    ("Latvia's voters are choosing a new parliament today.",
     [("Election", "Latvia", "2025-03-12", "past|ongoing")]),
    ("Jonas Meier was chosen unopposed as party leader last month.",
     [("Election", "Jonas Meier", "2025-02", "past")]),
    ("The vote that Jonas Meier won in 2019 was disputed.",
     [("Election", "Jonas Meier", "2019", "past")]),
    ("Clara Dumont was confirmed as the winner of the presidential election on Monday.",
     [("Election", "Clara Dumont", "2025-03-10", "past")]),
    ("Clara Dumont's landslide victory in the December 7 election surprised many.",
     [("Election", "Clara Dumont", "2024-12-07", "past")]),
    ("Jonas Meier won the backing of parliament on Tuesday.",
     [("Election", "Jonas Meier", "2025-03-11", "past")]),
    ("Lawmakers approved Jonas Meier as prime minister in a vote on Tuesday.",
     [("Election", "Jonas Meier", "2025-03-11", "past")]),
    ("The election, which Clara Dumont won by a wide margin, was held on Sunday.",
     [("Election", "Clara Dumont", "2025-03-09", "past")]),
    ("Clara Dumont received 58 percent of the vote versus 42 percent for Jonas Meier.",
     [("Election", "Jonas Meier", None, "past")]),
    ("The cabinet of Jonas Meier won a confidence vote on Tuesday.",
     [("Election", "Jonas Meier", "2025-03-11", "past")]),
    ("Clara Dumont won a second term as president on Sunday.",
     [("Election", "Clara Dumont", "2025-03-09", "past")]),
    ("Jonas Meier was re-elected as prime minister on Tuesday.",
     [("Election", "Jonas Meier", "2025-03-11", "past")]),
    ("Peter Hollis won the presidential runoff on Sunday.",
     [("Election", "Peter Hollis", "2025-03-09", "past")]),
    ("Sofia Lund will face Omar Haddad in a runoff on March 30.",
     [("Election", "Sofia Lund", "2025-03-30", "planned")]),
    ("Parliament voted to approve Jonas Meier as prime minister on Tuesday.",
     [("Election", "Jonas Meier", "2025-03-11", "past")]),
    ("The government of Jonas Meier survived a confidence vote in parliament on Tuesday.",
     [("Election", "Jonas Meier", "2025-03-11", "past")]),
    ("Jonas Meier lost a vote of confidence on Monday.",
     [("Election", "Jonas Meier", "2025-03-10", "past")]),
    ("The conclave elected Cardinal Peter Hollis as pope on Thursday.",
     [("Election", "Peter Hollis", "2025-03-06", "past")]),
    ("Sofia Lund was elected leader of the Social Democrats at a party congress on Saturday.",
     [("Election", "Sofia Lund", "2025-03-08", "past")]),
    ("Voters in Latvia go to the polls on Sunday.",
     [("Election", "Latvia", "2025-03-16", "planned")]),
    ("Chile will hold presidential elections in November.",
     [("Election", "Chile", "2025-11", "planned")]),
    ("In Sunday's election, Jonas Meier secured 54 percent of the vote.",
     [("Election", "Jonas Meier", "2025-03-09", "past")]),
    ("The Latvian parliament elected Peter Hollis as president on Wednesday.",
     [("Election", "Peter Hollis", "2025-03-12", "past")]),
    ("Jonas Meier, who was elected in 2019, faces a tough race.",
     [("Election", "Jonas Meier", "2019", "past")]),
    ("Clara Dumont's Liberal Party won the parliamentary elections on Sunday.",
     [("Election", "Clara Dumont", "2025-03-09", "past")]),
    ("Sofia Lund was voted out of office in Sunday's election.",
     [("Election", "Sofia Lund", "2025-03-09", "past")]),
    ("Omar Haddad conceded defeat in the presidential election on Monday.",
     [("Election", "Omar Haddad", None, "past")]),
    ("Jonas Meier was elected speaker of parliament on Monday.",
     [("Election", "Jonas Meier", "2025-03-10", "past")]),
    ("The lawmakers voted 65 to 30 to elect Clara Dumont as prime minister on Monday.",
     [("Election", "Clara Dumont", "2025-03-10", "past")]),
    ("Jonas Meier became prime minister after winning a parliamentary vote on Tuesday.",
     [("Election", "Jonas Meier", "2025-03-11", "past")]),
    ("Clara Dumont is running for re-election in October.",
     [("Election", "Clara Dumont", "2025-10", "planned")]),
    ("Peter Hollis won the party leadership contest on Saturday.",
     [("Election", "Peter Hollis", "2025-03-08", "past")]),
    ("The Bundestag elected Jonas Meier as chancellor on Wednesday.",
     [("Election", "Jonas Meier", "2025-03-12", "past")]),
    ("Latvia's presidential election is scheduled for June 8.",
     [("Election", "Latvia", "2025-06-08", "planned")]),
    ("Latvians elected a new parliament on Saturday.",
     [("Election", "Latvia", "2025-03-08", "past")]),
    ("The ruling Unity Party won 120 of the 200 seats on Sunday.",
     [("Election", "Unity Party", "2025-03-09", "past")]),
]

NOTHING = [
    'Two workers were killed in an accident near Riga on Monday.',
    'Bank shares began a rally on Monday.',
    'Lawmakers often voted against such plans.',
    'Fair presidential elections in Latvia matter to Clara Dumont.',
    'The accession talks were difficult, Clara Dumont said.',
    'The referendum question was put to the experts.',
    "Jonas Meier appointed a committee to study the envoy's report.",
    "The 2019 blast furnace outage in Lima cost the mill a fortune.",
    "A heart attack killed the mayor of Lima on Monday.",
    "Police carried out 12 raids in Lima on Monday.",
    "The 1990 strikes in Lima paralysed the port.",
    "Clara Dumont signed autographs for the children.",
    "The deal died in the Senate last year.",
    "Voters are tired of the old parties.",
    "The chairman proposed a vote of thanks to the organisers.",
    "Reports suggest that the economy is slowing.",
    "Presidents are usually sworn in at noon.",
    "If Jonas Meier wins, he will be sworn in in May.",
    "Jonas Meier did not resign.",
    "The company's chief executive resigned on Monday.",
    "The band released a new album on Friday.",
    "Iran released a statement on Tuesday.",
    "The death toll rose to twelve.",
    "The plan died a quiet death.",
    "Critics attacked the plan as too expensive.",
    "The striker won the award for best player.",
    "The film won an Oscar in 2020.",
    "The tax cut will take effect on April 1.",
    "The new rules entered into force on Monday.",
    "The response to the storm was slow.",
    "The provisional results were announced on Monday.",
    "The mass of the satellite is small.",
    "Clara Dumont gave a press conference on Saturday.",
    "The conference room was booked for Friday.",
    "Jonas Meier asked for a glass of water.",
    "The request was still pending.",
    "The army defeated the rebels on Sunday.",
    "The chess champion won the final game.",
    "Jonas Meier voted for the bill on Wednesday.",
    "Polls suggest the opposition could win.",
    "The party held a vote on the new logo.",
    "Election officials counted the ballots overnight.",
    "The campaign ended on Friday.",
    "Jonas Meier quit smoking in 2010.",
    "Clara Dumont founded the movement with friends.",
    "The treaty would die if Latvia left.",
    "The newspaper has been published since 1901.",
    "Reports of his death were exaggerated.",
    "The team celebrated its victory on Sunday.",
    "The police fired tear gas on Monday.",
    "The minister named his dog after a poet.",
    "The company appointed a new chief executive on Monday.",
    "Jonas Meier released the handbrake.",
    "Police arrested three men on Monday.",
    "The troops stood down on Sunday.",
    "The students conducted a blood test on Monday.",
    "The ball was dropped in April.",
    "Old habits die hard.",
    "The plan dies in committee.",
    "The team wins second place.",
    "The film was shot in Riga in 2010.",
    "Critics attacked the plan of Jonas Meier on Monday.",
    "Two soldiers were wounded in the fighting on Monday.",
    "Clara Dumont's victory in the final surprised many.",
    "Jonas Meier won the backing of his family.",
    "Clara Dumont was confirmed as the winner of the cooking contest.",
    "The vote that was held in 2019 was disputed.",
    "Jonas Meier recalled his years as ambassador.",
    "The troops withdrew from the border town.",
    "Jonas Meier became a member of the club in 2004.",
    "The opposition called for the resignation of Jonas Meier on Monday.",
    "Protesters demanded the resignation of the mayor.",
    "The farmers protested over low prices.",
    "The ceasefire talks broke down.",
    "A vote on the budget is expected next year.",
    "Jonas Meier hopes to win a majority.",
    "Clara Dumont will not run for re-election.",
]

# cases the extractor does not handle yet, with the reason (text -> reason)
XFAIL: dict[str, str] = {
    "The election, which Clara Dumont won by a wide margin, was held on Sunday.":
        "the comma closes the clause of 'election' before the relative clause that names the winner",
    "Voters in Ireland approved the amendment in a referendum on Friday.":
        "the country stands only after 'voters in', and the verb 'approved' has no frame to give it a slot",
}


def _events(text: str):
    return events_of(text, "en", DCT)


def _param(text, *rest):
    return param(XFAIL, text, *rest)


POSITIVE = (TAKING_OFFICE + TREATIES + IN_FORCE + DECLARATIONS + APPOINTMENTS + DISMISSALS + RESIGNATIONS
            + DEATHS + ATTACKS + AWARDS + PROTESTS + RELEASES + RATIFICATIONS + REFERENDUMS + FOUNDINGS
            + WARS + MEDIA + RESPONSES_REQUESTS + RELIGION_CONFERENCES + DIPLOMACY_AND_JUSTICE + HEADLINES
            + ELECTIONS)


@pytest.mark.parametrize("text,expected", [_param(t, e) for t, e in POSITIVE])
def test_other_and_election_events(text, expected):
    evs = _events(text)
    for want in expected:
        assert any(matches(ev, want) for ev in evs), f"{want} not in: {show(evs)}"


def _asserted_other_or_election(ev) -> bool:
    return ev.status in ("past", "ongoing", "planned") and (
        record_type(ev.type)[0] == "Other" or family(ev.type) == "Election")


@pytest.mark.parametrize("text", [_param(t) for t in NOTHING])
def test_nothing_of_the_other_or_election_class(text):
    evs = [e for e in _events(text) if _asserted_other_or_election(e)]
    assert not evs, show(evs)


def test_the_case_lists_are_large_enough():
    assert len(POSITIVE) >= 120 and len(NOTHING) >= 40
