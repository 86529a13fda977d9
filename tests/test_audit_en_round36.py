"""Fixes from the English audit of stop 36 (the last TimeBank/AQUAINT wire texts not yet read,
judged by the development README's conventions, this round for sayings and attacks), on sentences
written for these tests (invented names, real places): a speaker whose given name is initials
("spokesman T.J. Becker said"); a speaker set off from the verb by a
participle of the setting ("X, speaking on Latvian Radio's "Morning Hour," said"; an anonymous
official "speaking on condition of anonymity" does not make the person told of speak); a body's
spokesperson's saying and the named spokesperson's words right after it are one statement, the
named person's; strikes launched against camps in a named place; a bombing or blast that occurred
on a day told; an attack with its date set off by commas before a verb of killing; a participle
saying after a comma opening what is said ("saying:", "saying that"). Each table has sentences that
must give nothing; what is left is a strict xfail with its reason.

Rows: (publication date, text, expected class, participant name or None, date value or None[,
reason of a strict xfail])."""

from __future__ import annotations

import pytest

from extraction_cases import audit_rows, events_of, find_class, show


_rows = audit_rows
_find = find_class


EVENTS = [
    # a speaker set off from the verb by a participle of the setting
    ("1990-08-13", 'Finance Minister Tom Becker, speaking on Latvian Radio\'s "Morning Hour," said the new tax '
     'gives the state "a firm footing."', "Statement", "Tom Becker", None),
    ("1990-08-13", 'Tom Becker, speaking on "Morning Hour," said Anna Berg would resign.', "Statement",
     "Tom Becker", None),
    ("1998-03-10", "Tom Becker, speaking at a news conference in Riga on Monday, said the border was safe.",
     "Statement", "Tom Becker", "1998-03-09"),
    ("1998-03-10", "Anna Berg, speaking to reporters in Riga, said Tom Becker would resign.", "Statement",
     "Anna Berg", None),
    ("1998-03-10", '"We will stay," said Tom Becker, speaking to reporters in Riga.', "Statement", "Tom Becker",
     None),
    # a body's spokesperson, then the named spokesperson: one statement, the named person's, on the day told
    ("1998-03-10", "A Defense Ministry spokesman said Monday that the troops would stay. ``We will remain,'' "
     "said spokesman Tom Becker.", "Statement", "Tom Becker", "1998-03-09"),
    ("1998-03-06", "A Pentagon spokesman said Thursday that the troops would stay. ``We will remain,'' said "
     "spokesman Tom Becker.", "Statement", "Tom Becker", "1998-03-05"),
    # strikes launched against camps in a named place
    ("1998-08-21", "Latvian forces Thursday launched cruise missile strikes against rebel camps in Estonia.",
     "Other/Attack", None, "1998-08-20"),
    ("1998-08-21", "Latvian forces launched air strikes against suspected rebel bases in Estonia on Thursday.",
     "Other/Attack", None, "1998-08-20"),
    # a bombing or a blast that occurred or went off on a day told
    ("1998-08-08", "The car bombings occurred minutes apart on Friday in Riga and Tallinn.", "Other/Attack", None,
     "1998-08-07"),
    ("1998-08-08", "The blast in Riga occurred at about 10:35 a.m. Friday, toppling a building.", "Other/Attack",
     None, "1998-08-07"),
    ("1998-08-08", "A truck bomb went off outside the Latvian embassy in Tallinn on Friday.", "Other/Attack",
     None, "1998-08-07"),
    # an attack with its date set off by commas before a verb of killing; nobody of the sentence before
    ("1998-08-20", "The embassy bombings, on Aug. 7, killed 247 people.", "Other/Attack", None, "1998-08-07"),
    # a participle saying after a comma that opens what is said
    ("1998-03-13", "Tom Becker called Latvia's admission ``a homecoming,'' saying: ``We are back.''", "Statement",
     "Tom Becker", None),
    ("1998-03-13", "Anna Berg left the room on Friday, saying that the talks were over.", "Statement", "Anna Berg",
     "1998-03-13"),
    # a ratification of an accession treaty is no signing of it; a minister ousted is dismissed
    ("1999-02-10", "The Latvian parliament ratified the accession treaty on Tuesday.", "Other/Ratification", None,
     "1999-02-09"),
    ("1990-08-13", "Tom Becker dismissed the defense minister on Monday.", "Other/Dismissal", "Tom Becker", None),
    # a dated accord signed by its parties was signed, whatever a modal says of another verb
    ("1998-03-06", "The sites could only be visited as laid down by the Feb. 23 accord signed by Tom Becker and "
     "Anna Berg.", "AgreementSigning", "Tom Becker", "1998-02-23"),
    ("1998-03-06", "The sites could be visited under the accord signed by Tom Becker and Anna Berg on Feb. 23.",
     "AgreementSigning", "Tom Becker", "1998-02-23",
     "the date after the participle: the modal of the main clause still reads the signing ahead"),
    # a spokesman whose given name is initials speaks, not the council before his title
    ("1998-03-10", "``This was a well-planned attack,'' Latvian Defense Council spokesman T.J. Becker said in Riga.",
     "Statement", "T.J. Becker", None),
]


@pytest.mark.parametrize("dct,text,cls,name,date", _rows(EVENTS, 5))
def test_audit_round36_events(dct, text, cls, name, date):
    found = _find(dct, text, cls)
    ok = [e for e in found if (name is None or name in {p.name for p in e.participants})
          and (date is None or e.date is not None and e.date.value.startswith(date))]
    assert ok, show(events_of(text, "en", dct))


TWO = [
    # a definite event noun with a place no earlier sentence names is another event
    ("1999-02-10", "A ceremony will be held at the NATO Washington summit on April 24 and 25. The alliance invited "
     "the three Baltic countries to join the bloc in July 1997 at the Madrid summit.", "Summit"),
]


@pytest.mark.parametrize("dct,text,cls", [pytest.param(*r, id=r[1][:60]) for r in TWO])
def test_audit_round36_two(dct, text, cls):
    assert len(_find(dct, text, cls)) == 2, show(events_of(text, "en", dct))


ONE = [
    # ... while the same place again is the same event
    ("1999-02-10", "Leaders met at the Madrid summit on Monday. They signed two deals at the Madrid summit.", "Summit"),
    ("1999-02-10", "Leaders met at the summit in Madrid on Monday. The Madrid summit ended with a deal.", "Summit"),
    # the spokesperson's two sayings are one statement
    ("1998-03-10", "A Defense Ministry spokesman said Monday that the troops would stay. ``We will remain,'' "
     "said spokesman Tom Becker.", "Statement"),
    ("1998-03-20", "The bombs exploded in Riga on Friday. The blast occurred at about 10 a.m. Friday.",
     "Other/Attack"),
]


@pytest.mark.parametrize("dct,text,cls", [pytest.param(*r, id=r[1][:60]) for r in ONE])
def test_audit_round36_one(dct, text, cls):
    assert len(_find(dct, text, cls)) == 1, show(events_of(text, "en", dct))


NOTHING = [
    # an anonymous official speaks: the person told of does not
    ("1998-03-10", "A Latvian official, speaking on condition of anonymity, said Tom Becker would not go to Tallinn.",
     "Statement"),
    # not the named spokesperson's: another person, or another day
    ("1998-03-06", "Tom Becker said Thursday that the troops would stay. ``We will remain,'' said spokesman Ivo Pukk.",
     "Statement", 2),
    ("1998-08-21", "Tom Becker launched scathing attacks against opposition camps in Parliament on Monday.",
     "Other/Attack"),
    ("1998-08-21", "The firm launched new attacks on rival products in Europe on Monday.", "Other/Attack"),
    ("1998-08-08", "The explosion occurred during rush hour.", "Other/Attack"),
    ("1998-08-08", "An explosion of prices occurred last year in Riga.", "Other/Attack"),
    ("1998-08-20", "The bombings, on the other hand, killed nobody we know of.", "Other/Attack"),
    ("1998-03-13", "The markets fell on Friday, saying little about the future.", "Statement"),
    # initials alone, or a company's form before a short name in capitals, are no person
    ("1998-03-10", "N.V. DSM said on Monday that profits rose.", "Statement"),
    ("1998-03-10", "The U.S. said on Monday that it would wait.", "Other/Attack"),
    ("1999-02-10", "The Latvian parliament ratified the accession treaty on Tuesday.", "AgreementSigning"),
    ("1999-02-10", "The Estonian parliament ratified the accession protocols on Tuesday.", "AgreementSigning"),
    # a participle after a possessive or an article is an adjective
    ("1990-08-13", "The White House disclosed that Latvia's ousted government has asked Estonia for help.",
     "Other/Dismissal"),
    ("1990-08-13", "The ousted president fled to Riga on Monday.", "Other/Dismissal"),
]


@pytest.mark.parametrize("row", [pytest.param(r, id=r[1][:60]) for r in NOTHING])
def test_audit_round36_nothing(row):
    dct, text, cls = row[:3]
    allowed = row[3] if len(row) > 3 else 0
    assert len(_find(dct, text, cls)) == allowed, show(events_of(text, "en", dct))


@pytest.mark.parametrize("text", [
    "Tom Becker may sign an accord with Anna Berg on Feb. 23.",
    "Tom Becker hopes for an accord signed by all parties on Feb. 23.",
])
def test_audit_round36_wished_accord_stays_ahead(text):
    found = _find("1998-03-06", text, "AgreementSigning")
    assert found and all(e.status != "past" for e in found), show(events_of(text, "en", "1998-03-06"))


@pytest.mark.parametrize("text", [
    "``Terror must end,'' Tom Becker said. The embassy bombings, on Aug. 7, killed 247 people in Latvia.",
    "``Terror must end,'' Tom Becker said in Riga. The blast in Tallinn occurred at about 10:35 a.m. Friday.",
])
def test_audit_round36_nobody_of_the_sentence_before(text):
    attacks = _find("1998-08-20", text, "Other/Attack")
    assert attacks and all(not e.participants for e in attacks), show(events_of(text, "en", "1998-08-20"))
