"""Fixes from the English audit of stop 35 (TimeBank/AQUAINT news read by the development
README's conventions, this round for what kb misses), on sentences written for these tests
(invented names and bodies, real places): a court's ruling on a day told, a body's ruling with its
day before "that", a ruling told in the passive; courts and public services named by capitalised
words are bodies (the whole name, its "and" included, without the full stop ending the sentence);
a crowd of a people or of children counted in thousands or hundreds that marched on a date; a
treaty signed told in a relative clause after a comma; a popular vote in a referendum; a body's
vote announced for a day; a suspect handed over or extradited; no visit from a language something
is in, a tour operator or visas to travel; no call from naming someone ("called X, who ..., a
ruffian"); an agreement not signed or only wished is no event of the persons of another sentence; a resolution adopted in the passive; an invitation to a
ceremony or to rejoin talks; a response or a dated participle saying; warplanes that struck a
country; a place the gazetteer does not know before "against" or "with"; a full date set off by
commas before an attack noun ("the Aug. 7, 1998, bombings"); a person gunned down by sniper fire. Each table has sentences that must give nothing; what
is left is a strict xfail with its reason.

Rows: (publication date, text, expected class, participant name or None, date value or None[,
reason of a strict xfail])."""

from __future__ import annotations

import pytest

from extraction_cases import audit_rows, events_of, find_class, show


_rows = audit_rows
_find = find_class


EVENTS = [
    # rulings of courts on a day told
    ("1998-01-15", "The Supreme Court ruled on Monday that the new tax was unlawful.",
     "Other/Verdict", "Supreme Court", "1998-01-12"),
    ("1998-01-15", "The Supreme Court of Latvia ruled on Monday that the tax was unlawful.",
     "Other/Verdict", None, "1998-01-12"),
    ("1998-01-15", "A federal appeals court on Tuesday reinstated the convictions of Tom Becker.",
     "Other/Verdict", "Tom Becker", "1998-01-13"),
    ("1998-01-15", "The Norland Constitutional Court overturned the election law on Wednesday.",
     "Other/Verdict", "Norland Constitutional Court", "1998-01-14"),
    # a body's ruling with its day right before "that"
    ("2000-01-07", "The Harbour and Customs Service ruled Wednesday that the ship must leave Riga.",
     "Other/Verdict", "Harbour and Customs Service", "2000-01-05"),
    # a ruling "that" or "against" with its month before
    ("1998-03-15", "In January, the Riga Health Agency ruled that the boy must return to his mother.",
     "Other/Verdict", "Riga Health Agency", "1998-01"),
    ("1998-03-15", "In March, a Latvian federal judge ruled against Tom Becker.", "Other/Verdict", "Tom Becker", "1998-03"),
    # a ruling in the passive with its year
    ("1998-01-15", "Tom Becker's convictions were thrown out in 1996 on a technicality.",
     "Other/Verdict", "Tom Becker", "1996"),
    ("1998-01-15", "The sentences of the two officers were overturned on Monday.", "Other/Verdict", None, "1998-01-12",
     "nobody named: the officers are unnamed, and a ruling needs a participant"),
    # a court named in lower case takes no part: its ruling is left
    ("1998-01-15", "Now the Norland court of appeals has ruled that the first appeal was flawed.",
     "Other/Verdict", None, None, "a court named in lower case is no participant, and a ruling needs one"),
    # courts and services named by capitalised words speak as bodies
    ("1998-01-15", "Officials of the Harbour and Customs Service said on Monday they would wait.",
     "Statement", "Harbour and Customs Service", "1998-01-12"),
    ("1998-01-15", "The Supreme Court said on Monday that the law was valid.", "Statement", "Supreme Court", "1998-01-12"),
    # ... while one who refused to sign it is named in its own sentence
    ("2000-04-03", "Tom Becker met Anna Berg in Riga on Monday. He refused to sign the agreement on Tuesday.",
     "AgreementSigning", "Tom Becker", None),
    ("2000-04-03", "Tom Becker met Anna Berg in Riga on Monday. The two sides signed the agreement on Tuesday.",
     "AgreementSigning", "Anna Berg", "2000-03-28"),
    # ... while a person who is in a place, or goes on a tour of it, visits it
    ("2025-03-12", "Tom Becker is in Riga for talks with Anna Berg.", "StateVisit", "Tom Becker", "2025-03-12"),
    ("2025-03-12", "Tom Becker went on a tour of Latvia on Monday.", "StateVisit", "Tom Becker", "2025-03-10"),
    ("2025-03-12", "Tom Becker will travel to Latvia on Monday.", "StateVisit", "Tom Becker", "2025-03-17"),
    # ... while a call with a clause between still is one
    ("2000-01-28", "Anna Berg called Tom Becker, who is in Riga, a day after the vote.", "PhoneCall", "Tom Becker",
     None),
    # a resolution adopted, told in the passive
    ("1998-08-14", "A resolution condemning the attack was unanimously adopted by the Security Council on Thursday.",
     "Other/Resolution", "UN Security Council", "1998-08-13"),
    # an invitation to a ceremony, or to rejoin talks
    ("1999-02-16", "Anna Berg has invited the foreign ministers of Latvia and Estonia to a ceremony in Riga on "
     "March 12.", "Announcement", "Anna Berg", None),
    ("1999-02-16", "Tom Becker invited the Renewal Party to rejoin the talks two weeks ago.", "Announcement",
     "Tom Becker", None),
    ("1999-02-16", "Tom Becker invited the Renewal Party to rejoin the talks two weeks ago.", "Announcement",
     "Tom Becker", "1999-02-0", "the date goes to the talks, read as a meeting planned two weeks ago"),
    # a response with what is said, a participle saying with its own day
    ("1998-02-13", "Tom Becker responded from Riga on Friday, saying the strikes were illegal.", "Statement",
     "Tom Becker", "1998-02-13"),
    ("1998-02-13", "Tom Becker sought to calm the markets, saying on Friday that Latvia would wait.", "Statement",
     "Tom Becker", "1998-02-13"),
    ("1998-02-13", "Latvia's deputy foreign minister responded from Riga on Friday, saying the strikes were illegal.",
     "Statement", None, "1998-02-13", "an unnamed deputy minister of a country is nobody the linker reads"),
    # a place the gazetteer does not know, before "against", "with", "during", "after" or "before"
    ("1998-03-22", "Also Sunday, more than 2,000 Catholic protesters rallied in Tukums against the annual parades.",
     "Other/Protest", None, "1998-03-22"),
    ("1998-03-22", "Tom Becker visited Tukums against the advice of his doctors on Monday.", "StateVisit",
     "Tom Becker", "1998-03-16"),
    # a full date set off by commas before an attack noun; a person gunned down by sniper fire
    ("1999-06-07", "The Aug. 7, 1998, bombings killed more than 200 people.", "Other/Attack", None, "1998-08-07"),
    ("1999-06-07", "The two men are charged in the Dec. 21, 1988, bombing of a Latvian airliner over Riga.",
     "Other/Attack", None, "1988-12-21"),
    ("1999-05-05", "Tom Becker was gunned down by sniper fire in his home last October.", "Other/Attack",
     "Tom Becker", "1998-10"),
    ("1999-06-07", "The Aug. 7 bombings killed more than 200 people.", "Other/Attack", None, "1998-08-07",
     "a day and month before an attack noun is read forward (the next Aug. 7): the past verb after it is not heard"),
    # warplanes that struck a country on a date
    ("1998-08-21", "U.S. warplanes struck targets in Sudan and Afghanistan on Thursday.", "Other/Attack", "Sudan",
     "1998-08-20"),
    # crowds of a people or of children that marched on a date
    ("2000-01-28", "Tens of thousands of Latvians marched through Riga's streets on Friday.",
     "Other/Protest", None, "2000-01-28"),
    ("2000-01-28", "Hundreds of children marched around the central park in Riga on Friday chanting slogans.",
     "Other/Protest", None, "2000-01-28"),
    ("2000-01-28", "Thousands of villagers rallied in Tarnow on Sunday against the new dam.",
     "Other/Protest", None, "2000-01-23"),
    # a treaty signed, told in a relative clause set off by a comma
    ("1998-02-27", "The treaty, which Tom Becker and Anna Berg signed last May, calls for border demarcation.",
     "AgreementSigning", "Tom Becker", None),
    ("1998-02-27", "The treaty, which Tom Becker and Anna Berg signed last May, calls for border demarcation.",
     "AgreementSigning", "Tom Becker", "1997-05",
     "the date of the relative clause is not read: the trigger's match starts at the treaty noun"),
    # a popular vote in a referendum told by its voters
    ("1998-03-03", "Latvians voted on Sunday in a referendum on independence.", "Election", None, "1998-03-01"),
    # a body's vote announced for a day
    ("1998-03-03", "The Latvian parliament will vote on Tuesday on the budget.", "Election", None, "1998-03-03"),
    ("1998-03-03", "The Estonian parliament is expected to vote on Thursday for the new budget.", "Election", None,
     "1998-03-05"),
    # a suspect handed over or extradited
    ("1998-08-17", "Pakistan handed over a suspect in the embassy bombings to Kenyan officials on Friday.",
     "Other/Extradition", "Pakistan", "1998-08-14"),
    ("1998-08-17", "Latvia extradited the two suspects to Estonia on Friday.", "Other/Extradition", "Latvia",
     "1998-08-14"),
    ("1998-08-17", "Tom Becker was extradited to Latvia on Monday.", "Other/Extradition", "Tom Becker", "1998-08-17"),
]


@pytest.mark.parametrize("dct,text,cls,name,date", _rows(EVENTS, 5))
def test_audit_round35_events(dct, text, cls, name, date):
    found = _find(dct, text, cls)
    ok = [e for e in found if (name is None or name in {p.name for p in e.participants})
          and (date is None or e.date is not None and e.date.value.startswith(date))]
    assert ok, show(events_of(text, "en", dct))


NOTHING = [
    ("1998-01-15", "Tom Becker ruled Latvia for ten years.", "Other/Verdict"),
    ("1998-01-15", "The court often ruled against such claims.", "Other/Verdict"),
    ("1998-01-15", "Tom Becker ruled out a second term on Monday.", "Other/Verdict"),
    ("1998-01-15", "The ruling party met on Monday to discuss the court.", "Other/Verdict"),
    ("1998-01-15", "Tom Becker went to court on Monday.", "Other/Verdict"),
    ("1998-03-15", "The Riga Health Agency ruled that such cases take time.", "Other/Verdict"),
    ("1998-03-15", "Tom Becker ruled the country with an iron fist in 1990.", "Other/Verdict"),
    ("1998-03-15", "The boy came last Thanksgiving. The Riga Health Agency has ruled in favor of the father.",
     "Other/Verdict"),
    # an agreement not signed, or only wished, is no event of the persons of another sentence
    ("2000-04-03", "Tom Becker met Anna Berg in Riga on Monday. The family refused to sign the agreement "
     "through two days of negotiations.", "AgreementSigning"),
    ("2000-04-03", "Tom Becker met Anna Berg in Riga on Monday. Last week, officials sought to have the family "
     "must sign an agreement to turn the boy over.", "AgreementSigning"),
    ("2000-01-28", "Thousands of Latvians flocked to the concert in Riga on Friday.", "Other/Protest"),
    ("2000-01-28", "Thousands of Latvians have marched in such parades over the years.", "Other/Protest"),
    ("2000-01-28", "Hundreds of children sang in the choir in Riga on Friday.", "Other/Protest"),
    ("1998-02-27", "The law, which the president signed last May, is unpopular.", "AgreementSigning"),
    ("1998-02-27", "The treaty, which few people have read, is long.", "AgreementSigning"),
    ("1998-03-03", "The Latvian parliament will vote on the budget some day.", "Election"),
    ("1998-03-03", "Latvians voted for a new song in a television contest on Sunday.", "Election"),
    ("1998-08-17", "Tom Becker handed over the keys to Anna Berg on Friday.", "Other/Extradition"),
    ("1998-08-17", "Tom Becker handed over the suspect list to Anna Berg.", "Other/Extradition"),
    # naming someone with a clause between is no call
    ("2000-01-28", "Anna Berg called Tom Becker, who drove a taxi in Riga, a ruffian.", "PhoneCall"),
    ("2000-01-28", "He blamed Tom Becker. Anna Berg called Becker -- who drove a taxi in Riga -- a ``ruffian'' "
     "on whom the police had a file.", "PhoneCall"),
    ("1998-08-14", "A resolution of the border dispute was adopted as a goal by both sides.", "Other/Resolution"),
    ("1999-02-16", "Anna Berg invited her neighbours to a ceremony at her house.", "Announcement"),
    ("1998-02-13", "The markets responded well to the news, saying nothing new.", "Statement"),
    ("1998-08-21", "The storm struck Latvia on Thursday.", "Other/Attack"),
    ("1999-06-07", "On Aug. 7, 1998, attacks on the press were common, Tom Becker said.", "Other/Attack"),
    ("1999-05-05", "Tom Becker was attacked by his critics in parliament last October.", "Other/Attack"),
    ("1998-08-21", "Latvian troops hit their targets in training on Thursday, Tom Becker said.", "Other/Attack"),
    # no visit: a language something is in, a tour operator, visas to travel
    ("2025-03-12", "Tom Becker's lessons are in English for most classes, Anna Berg said.", "StateVisit"),
    ("2025-03-12", "Anna Berg, a tour operator in Riga, said Latvia was safe.", "StateVisit"),
    ("2000-04-05", "During his speech Wednesday night, Tom Becker expressed irritation that much of the rest of "
     "the delegation was not granted visas to travel to Latvia to stay with the boy.", "StateVisit"),
]


@pytest.mark.parametrize("dct,text,cls", [pytest.param(*r, id=r[1][:60]) for r in NOTHING])
def test_audit_round35_nothing(dct, text, cls):
    assert not _find(dct, text, cls), show(events_of(text, "en", dct))


# the full stop that ends a sentence is no part of a body's name
def test_audit_round35_name_without_full_stop():
    text = ("The case will be heard in May in the Norland Court of Appeals. "
            "Anna Berg said on Monday she would wait.")
    names = {p.name for e in events_of(text, "en", "1998-01-15") for p in e.participants}
    assert not any(n.endswith(".") for n in names), names


LEFT = [
    # misses counted on the samples and left for another round
    ("1998-03-06", "It was the second day of an offensive by the Latvian army against rebel villages.",
     "Other/Attack", "an ordinal before the event noun makes it a claim's count; no launch is told"),
    ("1998-02-27", "A major goal of Tom Becker's four-day state visit was the signing of a trade plan.",
     "StateVisit", "a possessive visit noun as subject of a copula, with no place in the sentence"),
]


@pytest.mark.parametrize("dct,text,cls", [
    pytest.param(d, t, c, id=t[:60], marks=[pytest.mark.xfail(reason=r, strict=True)]) for d, t, c, r in LEFT])
def test_audit_round35_left(dct, text, cls):
    assert _find(dct, text, cls), show(events_of(text, "en", dct))
