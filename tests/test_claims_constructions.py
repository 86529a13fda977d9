"""Issue 10, construction by construction: each construction of the claim grammar with sentences of
our own in German and English, including sentences that must make no claim.

Each case names the construction (``id``), the language, the sentence and what the claim must be:
``kind value type`` and, where the construction is about them, its owner (labels of its
participants), window (``since``, ``within`` or ``window_text``), scope, abroad, place, the date a
"last" claim gives, and the qualifier. ``None`` as the expectation: no claim at all.
"""

from __future__ import annotations

import datetime as dt

import pytest

from kb.model import Document
from kb.pipeline import analyse

DCT = "2024-05-14"


def run(text: str, lang: str, dct: str = DCT):
    return analyse(Document(id="t", text=text, lang=lang, published=dt.date.fromisoformat(dct)))


def C(kind, value, etype, **more):  # noqa: N802 -- reads like a claim in the table below
    return dict(kind=kind, value=value, etype=etype, **more)


CASES = [
    # -- ordinal and count words ------------------------------------------------------------
    ("np-ordinal", "de", "Es ist die zweite Reise von Lena Hartmann nach Chile.",
     C("ordinal", 2, "StateVisit", owner={"Lena Hartmann"}, place="Chile")),
    ("np-ordinal", "en", "It is Lena Hartmann's second trip to Chile.",
     C("ordinal", 2, "StateVisit", owner={"Lena Hartmann"}, place="Chile")),
    ("first-time adverb", "de", "Olaf Scholz besucht Vietnam erstmals.", C("ordinal", 1, "StateVisit", place="Vietnam")),
    ("first-time adverb", "en", "Olaf Scholz is visiting Vietnam for the first time.",
     C("ordinal", 1, "StateVisit", place="Vietnam")),
    ("ein zweites Mal", "de", "Olaf Scholz reist ein zweites Mal nach Vietnam.", C("ordinal", 2, "StateVisit")),
    ("ein zweites Mal", "en", "Olaf Scholz travelled to Vietnam a second time.", C("ordinal", 2, "StateVisit")),
    ("first + verb", "en", "Joe Biden and Olaf Scholz first spoke by phone in 2021.", C("ordinal", 1, "PhoneCall")),
    ("first + verb", "de", "Joe Biden und Olaf Scholz telefonierten 2021 erstmals.", C("ordinal", 1, "PhoneCall")),
    ("a third consecutive time", "en", "Joe Biden won the vote for a third consecutive time.",
     C("ordinal", 3, "Election")),
    ("zum x-ten Mal", "de", "Emmanuel Macron reist zum x-ten Mal nach Warschau.",
     C("ordinal", "many", "StateVisit", owner={"Emmanuel Macron"})),
    ("zum x-ten Mal", "en", "Emmanuel Macron visited Warsaw for the umpteenth time.",
     C("ordinal", "many", "StateVisit", owner={"Emmanuel Macron"})),
    ("x-mal", "de", "Olaf Scholz und Joe Biden haben schon x-mal telefoniert.",
     C("count", "many", "PhoneCall", owner={"Olaf Scholz", "Joe Biden"})),
    ("x-mal", "en", "Olaf Scholz and Joe Biden have spoken umpteen times.",
     C("count", "many", "PhoneCall", owner={"Olaf Scholz", "Joe Biden"})),
    ("n times (word)", "de", "Olaf Scholz und Joe Biden haben sich zwölf Mal getroffen.", C("count", 12, "Meeting")),
    ("n times (word)", "en", "Olaf Scholz and Joe Biden have met twelve times.", C("count", 12, "Meeting")),
    ("n times (one word)", "de", "Olaf Scholz und Joe Biden haben sich fünfmal getroffen.", C("count", 5, "Meeting")),
    ("n times (one word)", "en", "Olaf Scholz and Joe Biden have met twice.", C("count", 2, "Meeting")),
    ("once", "de", "Olaf Scholz und Joe Biden haben sich bisher nur einmal getroffen.", C("count", 1, "Meeting")),
    ("once", "en", "Olaf Scholz and Joe Biden have met only once.", C("count", 1, "Meeting")),
    ("owner: 'our' in a turn = speaker and addressee", "en",
     "Talks with Joe Biden. Olaf Scholz: Mr President, this is our first meeting in person. Joe Biden: Thank you.",
     C("ordinal", 1, "Meeting", owner={"Olaf Scholz", "Joe Biden"})),
    ("owner: 'our' in a turn = speaker and addressee", "de",
     "Gespräch mit Joe Biden. Olaf Scholz: Herr Präsident, dies ist unser erstes Treffen. Joe Biden: Danke.",
     C("ordinal", 1, "Meeting", owner={"Olaf Scholz", "Joe Biden"})),
    ("owner: 'your' in a turn nobody is spoken to in", "en",
     "Olaf Scholz: This is your first visit abroad as president, and we are glad you came.", None),
    ("n times (digits)", "de", "Olaf Scholz und Joe Biden telefonierten 14 Mal.", C("count", 14, "PhoneCall")),
    ("n times (digits)", "en", "Olaf Scholz and Joe Biden have spoken 14 times.", C("count", 14, "PhoneCall")),
    ("ordinal in digits", "de", "Olaf Scholz ist zum 5. Mal in Indien.", C("ordinal", 5, "StateVisit", place="Indien")),
    ("ordinal in digits", "en", "Olaf Scholz is in India for the 5th time.", C("ordinal", 5, "StateVisit", place="India")),
    ("compound number word", "de", "Es war der einundzwanzigste Gipfel von Olaf Scholz und Joe Biden.",
     C("ordinal", 21, "Summit")),
    ("compound number word", "en", "It was the twenty-first summit of Olaf Scholz and Joe Biden.", C("ordinal", 21, "Summit")),
    ("count of event nouns", "de", "Olaf Scholz führte am Montag zwei Telefonate mit Joe Biden.", C("count", 2, "PhoneCall")),
    ("count of event nouns", "en", "Olaf Scholz held two phone calls with Joe Biden on Monday.", C("count", 2, "PhoneCall")),
    ("lower-case compound head", "de", "Olaf Scholz hielt seine erste Neujahrsansprache.", C("ordinal", 1, "Statement")),
    ("place adjective before head", "de", "Olaf Scholz nahm an der 60. Münchner Sicherheitskonferenz teil.",
     C("ordinal", 60, "Summit")),
    ("places of a trip", "de", "Olaf Scholz startet eine Drei-Länder-Reise durch Afrika.",
     C("count", 3, "StateVisit", qualifier="stops")),
    ("places of a trip", "en", "Olaf Scholz begins a three-nation tour of Africa.",
     C("count", 3, "StateVisit", qualifier="stops")),
    ("dialogue as a meeting", "de", "Olaf Scholz eröffnete den fünften deutsch-chinesischen Rechtsstaatsdialog.",
     C("ordinal", 5, "Meeting")),
    ("dialogue as a meeting", "en", "Olaf Scholz opened the fifth German-Chinese dialogue on the rule of law.",
     C("ordinal", 5, "Meeting")),
    # -- owner ---------------------------------------------------------------------------------
    ("owner: genitive", "de", "Moon Jae-in kam nach Berlin. Moons erster Besuch in Deutschland dauerte drei Tage.",
     C("ordinal", 1, "StateVisit", owner={"Moons"}, place="Deutschland", within=None)),
    ("owner: genitive", "en", "Moon Jae-in came to Berlin. Moon's first visit to Germany lasted three days.",
     C("ordinal", 1, "StateVisit", owner={"Moon"}, place="Germany", within=None)),
    ("owner: their = both", "de", "Olaf Scholz und Joe Biden führten am Montag ihr zweites Telefonat.",
     C("ordinal", 2, "PhoneCall", owner={"Olaf Scholz", "Joe Biden"})),
    ("owner: their = both", "en", "Olaf Scholz and Joe Biden held their second phone call on Monday.",
     C("ordinal", 2, "PhoneCall", owner={"Olaf Scholz", "Joe Biden"})),
    ("owner: the guest, not the host", "en",
     "Joe Biden hosted Olaf Scholz in Washington, his first trip abroad this year.",
     C("ordinal", 1, "StateVisit", owner={"Olaf Scholz"}, abroad=True)),
    # -- window: each claim its own --------------------------------------------------------------
    ("window: since taking office", "de", "Es ist Emmanuel Macrons erster Besuch in Polen seit seinem Amtsantritt.",
     C("ordinal", 1, "StateVisit", window_text="seit seinem Amtsantritt", since=None)),
    ("window: since taking office", "en", "It is Emmanuel Macron's first visit to Poland since taking office.",
     C("ordinal", 1, "StateVisit", window_text="since taking office", since=None)),
    ("window: since taking office, from the gazetteer's tenure", "de",
     "Es ist die erste Reise von Joe Biden nach Kenia seit seinem Amtsantritt.",
     C("ordinal", 1, "StateVisit", window_text="seit seinem Amtsantritt", since="2021-01-20")),
    ("window: since taking office, from the gazetteer's tenure", "en",
     "It is Joe Biden's first trip to Kenya since taking office.",
     C("ordinal", 1, "StateVisit", window_text="since taking office", since="2021-01-20")),
    ("window: since a month", "de", "Seit Februar 2022 haben sich Olaf Scholz und Joe Biden viermal getroffen.",
     C("count", 4, "Meeting", since="2022-02")),
    ("window: since a month", "en", "Olaf Scholz and Joe Biden have met four times since February 2022.",
     C("count", 4, "Meeting", since="2022-02")),
    ("window: within seven months", "de", "Olaf Scholz reist zum dritten Mal binnen sieben Monaten nach China.",
     C("ordinal", 3, "StateVisit", within="P7M", place="China")),
    ("window: within seven months", "en", "Olaf Scholz travels to China for the third time within seven months.",
     C("ordinal", 3, "StateVisit", within="P7M", place="China")),
    ("window: this year", "de", "Es ist in diesem Jahr bereits die vierte Reise von Olaf Scholz nach Afrika.",
     C("ordinal", 4, "StateVisit", since="2024-01-01/2024-12-31")),
    ("window: this year", "en", "It is already Olaf Scholz's fourth trip to Africa this year.",
     C("ordinal", 4, "StateVisit", since="2024-01-01/2024-12-31")),
    ("window: in three years", "de", "Es ist der zweite Besuch von Olaf Scholz in Brasilien in drei Jahren.",
     C("ordinal", 2, "StateVisit", within="P3Y", place="Brasilien")),
    ("window: in three years", "en", "It is Olaf Scholz's second visit to Brazil in three years.",
     C("ordinal", 2, "StateVisit", within="P3Y", place="Brazil")),
    ("window: after his re-election in March", "de",
     "Nach der Wiederwahl im März ist dies die erste Auslandsreise von Olaf Scholz.",
     C("ordinal", 1, "StateVisit", since="2024-03", abroad=True)),
    ("window: after his re-election in March", "en",
     "Olaf Scholz travels to Japan, his first trip abroad after his re-election in March.",
     C("ordinal", 1, "StateVisit", since="2024-03", abroad=True)),
    ("window: in as many months", "en", "Olaf Scholz met Joe Biden for the second time in as many weeks.",
     C("ordinal", 2, "Meeting", within="P2W")),
    ("round of talks", "de", "Olaf Scholz und Joe Biden führten die fünfte Runde der Gespräche.", C("ordinal", 5, "Meeting")),
    ("round of talks", "en", "Olaf Scholz and Joe Biden held the fifth round of talks.", C("ordinal", 5, "Meeting")),
    ("window: a date in an ordinal's clause dates it", "en", "In 2019 Olaf Scholz made his first visit to Peru.",
     C("ordinal", 1, "StateVisit", since=None, within=None)),
    # -- scope and place -------------------------------------------------------------------------
    ("scope: as the first German head of state", "de",
     "Olaf Scholz reist als erster deutscher Bundeskanzler nach Somalia.",
     C("ordinal", 1, "StateVisit", qualifier="class", scope="erster deutscher Bundeskanzler", place="Somalia")),
    ("scope: as the first German head of state", "en",
     "Olaf Scholz travelled to Somalia as the first German head of state.",
     C("ordinal", 1, "StateVisit", qualifier="class", scope="first German head of state")),
    ("scope: the first to do so", "en", "Joe Biden visited Angola, the first US president to do so.",
     C("ordinal", 1, "StateVisit", qualifier="class", owner={"Joe Biden"})),
    ("scope: the first to do so", "de", "Joe Biden besuchte Angola, als erster US-Präsident, der dies tat.",
     C("ordinal", 1, "StateVisit", qualifier="class", owner={"Joe Biden"})),
    ("scope: a role's nationality is no place", "en", "Antony Blinken is the first senior US official to visit the island.",
     C("ordinal", 1, "StateVisit", qualifier="class", place=None, owner={"Antony Blinken"})),
    ("scope: a role's nationality is no place", "de",
     "Annalena Baerbock ist die erste deutsche Diplomatin, die die Insel besucht.",
     C("ordinal", 1, "StateVisit", qualifier="class", place=None, owner={"Annalena Baerbock"})),
    ("scope: a role ordinal with its event after it", "de",
     "Frank-Walter Steinmeier ist der erste Bundespräsident, der Kenia besucht.",
     C("ordinal", 1, "StateVisit", qualifier="class", owner={"Frank-Walter Steinmeier"})),
    ("scope: as ..., named after it", "de", "Als erste Frau an der Spitze des Landes wurde Angela Merkel gewählt.",
     C("ordinal", 1, "Election", qualifier="class", owner={"Angela Merkel"})),
    ("scope: to Somalia (place)", "de", "Es ist die dritte Reise von Olaf Scholz nach Somalia.",
     C("ordinal", 3, "StateVisit", place="Somalia")),
    ("scope: to Somalia (place)", "en", "It is the third trip of Olaf Scholz to Somalia.",
     C("ordinal", 3, "StateVisit", place="Somalia")),
    ("scope: abroad", "de", "Es war die erste Reise des neuen Bundeskanzlers Olaf Scholz ins Ausland.",
     C("ordinal", 1, "StateVisit", abroad=True, scope="ins Ausland")),
    ("scope: abroad", "en", "It was the first trip of Olaf Scholz abroad.",
     C("ordinal", 1, "StateVisit", abroad=True, scope="abroad")),
    ("place in a compound", "de", "Olaf Scholz beginnt seinen zweiten China-Besuch.", C("ordinal", 2, "StateVisit")),
    # -- "last" ------------------------------------------------------------------------------
    ("last: adverb", "de", "Olaf Scholz und Joe Biden telefonierten zuletzt im Juli 2023.",
     C("ordinal", "last", "PhoneCall", date="2023-07")),
    ("last: adverb", "en", "Olaf Scholz and Joe Biden last spoke in July 2023.",
     C("ordinal", "last", "PhoneCall", date="2023-07")),
    ("last: the last call took place on", "de",
     "Das letzte Telefonat zwischen Joe Biden und Olaf Scholz fand am 3. Mai 2023 statt.",
     C("ordinal", "last", "PhoneCall", date="2023-05-03", owner={"Joe Biden", "Olaf Scholz"})),
    ("last: the last call took place on", "en",
     "The last telephone conversation between Joe Biden and Olaf Scholz took place on 3 May 2023.",
     C("ordinal", "last", "PhoneCall", date="2023-05-03", owner={"Joe Biden", "Olaf Scholz"})),
    ("last: not seen each other since", "de", "Joe Biden und Olaf Scholz haben sich seit 2019 nicht gesehen.",
     C("ordinal", "last", "Meeting", date="2019")),
    ("last: not seen each other since", "en", "Olaf Scholz and Joe Biden have not seen each other since 2017.",
     C("ordinal", "last", "Meeting", date="2017")),
    ("last: for the last time", "de", "Olaf Scholz war 2015 zum letzten Mal in Kenia.",
     C("ordinal", "last", "StateVisit", date="2015")),
    ("last: for the last time", "en", "Olaf Scholz and Joe Biden met for the last time in 2015.",
     C("ordinal", "last", "Meeting", date="2015")),
    ("last: a length back", "de", "Das letzte Treffen von Olaf Scholz und Joe Biden liegt zwei Jahre zurück.",
     C("ordinal", "last", "Meeting", date="2022-05")),
    ("last: a length back", "en", "It has been five years since Joe Biden last visited Kenya.",
     C("ordinal", "last", "StateVisit", date="2019-05", place="Kenya")),
    # -- terms of office -------------------------------------------------------------------------
    ("term: zweite Amtszeit", "de", "Olaf Scholz trat am Montag seine zweite Amtszeit an.",
     C("ordinal", 2, "Election", qualifier="term")),
    ("term: zweite Amtszeit", "en", "Olaf Scholz began his second term on Monday.",
     C("ordinal", 2, "Election", qualifier="term", since=None)),
    ("term: elected to a third term", "de", "Olaf Scholz wurde in seine dritte Amtszeit gewählt.",
     C("ordinal", 3, "Election", qualifier="term")),
    ("term: elected to a third term", "en", "Olaf Scholz was elected to a third term in 2024.",
     C("ordinal", 3, "Election", qualifier="term", since=None)),
    ("term: her fourth term", "de", "Angela Merkel begann im März ihre vierte Amtszeit.",
     C("ordinal", 4, "Election", qualifier="term", owner={"Angela Merkel"}, since=None)),
    ("term: her fourth term", "en", "Angela Merkel began her fourth term in March.",
     C("ordinal", 4, "Election", qualifier="term", owner={"Angela Merkel"}, since=None)),
    ("term: second presidency", "de", "Olaf Scholz trat seine zweite Kanzlerschaft an.",
     C("ordinal", 2, "Election", qualifier="term")),
    ("term: second presidency", "en", "Joe Biden began his second presidency on Monday.",
     C("ordinal", 2, "Election", qualifier="term")),
    # -- no claims ---------------------------------------------------------------------------
    ("no claim: voting round", "de", "Olaf Scholz gewann im ersten Wahlgang.", None),
    ("no claim: voting round", "en", "Olaf Scholz won in the first round of voting.", None),
    ("no claim: term as a time", "de", "Während seiner zweiten Amtszeit reiste Olaf Scholz viel.", None),
    ("no claim: term as a time", "en", "During his second term Olaf Scholz travelled a lot.", None),
    ("no claim: the two countries", "de", "Die beiden Länder unterzeichneten einen Vertrag, sagte Olaf Scholz.", None),
    ("no claim: the two countries", "en", "The two countries signed a treaty, said Olaf Scholz.", None),
    ("no claim: one of the meetings", "de", "Olaf Scholz nahm an einem der Treffen teil.", None),
    ("no claim: one of the meetings", "en", "Olaf Scholz took part in one of the meetings.", None),
    ("no claim: first stop of a tour", "de", "Tokio ist die erste Station der Asienreise von Olaf Scholz.", None),
    ("no claim: first stop of a tour", "en", "Tokyo is the first stop of Olaf Scholz's Asia tour.", None),
    ("no claim: ranking", "de", "Deutschland gehört zu den zehn größten Volkswirtschaften, sagte Olaf Scholz.", None),
    ("no claim: ranking", "en", "Germany is one of the ten largest economies, said Olaf Scholz.", None),
    ("no claim: ranking of visited places", "de", "Olaf Scholz besuchte am Montag die zehn größten Städte.", None),
    ("no claim: ranking of visited places", "en", "Olaf Scholz visited the ten largest cities.", None),
    ("elided head with its window", "en", "Vladimir Putin and Xi Jinping held a telephone conversation, the second this month.",
     C("ordinal", 2, "PhoneCall", since="2024-05-01/2024-05-31", owner={"Vladimir Putin", "Xi Jinping"})),
    ("elided head with its window", "de", "Der Gipfel in Peking, der dritte in diesem Jahr, brachte Wladimir Putin und Xi Jinping zusammen.",
     C("ordinal", 3, "Summit", since="2024-01-01/2024-12-31")),
    ("window: a month right after a count", "en", "Olaf Scholz and Joe Biden met twice in May.",
     C("count", 2, "Meeting", since="2024-05-01/2024-05-31")),
    ("window: a month right after a count", "de", "Olaf Scholz und Joe Biden haben sich dreimal im Mai getroffen.",
     C("count", 3, "Meeting", since="2024-05-01/2024-05-31")),
    ("no claim: habitual", "en", "Olaf Scholz and Joe Biden meet three times a year.", None),
    ("no claim: habitual", "de", "Olaf Scholz und Joe Biden treffen sich zweimal im Jahr.", None),
    ("no claim: a multiplier", "en", "Olaf Scholz met twice as many ministers as Joe Biden.", None),
    ("no claim: a multiplier", "de", "Olaf Scholz traf dreimal so viele Minister wie Joe Biden.", None),
    ("no claim: a place in one trip's programme", "en",
     "Olaf Scholz held the second meeting of his visit with the governor.", None),
    ("no claim: a place in one trip's programme", "de", "Der zweite Besuch seiner Reise führte Olaf Scholz nach Osaka.", None),
    ("no claim: a day of a visit", "de", "Am zweiten Tag seines Besuchs besichtigte Olaf Scholz eine Fabrik.", None),
    ("no claim: a day of a visit", "en", "On the second day of his visit, Olaf Scholz toured a factory.", None),
    ("no claim: length of a visit", "de", "Olaf Scholz beginnt einen dreitägigen Besuch in Japan.", None),
    ("no claim: length of a visit", "en", "Olaf Scholz begins a three-day visit to Japan.", None),
    ("no claim: count of people", "de", "Olaf Scholz traf die drei baltischen Präsidenten in Vilnius.", None),
    ("no claim: count of people", "en", "Olaf Scholz met the three Baltic presidents in Vilnius.", None),
    ("no claim: a count before a plural genitive", "en", "The two sides' first meeting took place in Rome, said Joe Biden.",
     C("ordinal", 1, "Meeting")),
    ("no claim: a count before a plural genitive", "de", "Das erste Treffen der zwei Seiten fand in Rom statt, sagte Joe Biden.",
     C("ordinal", 1, "Meeting")),
    ("count with 'previous'", "en", "Joe Biden recalled his three previous visits to Kenya.",
     C("count", 3, "StateVisit", place="Kenya")),
    ("count with 'previous'", "de", "Joe Biden erinnerte an seine drei früheren Besuche in Kenia.",
     C("count", 3, "StateVisit", place="Kenia")),
    ("no claim: the latest of a series", "en", "The meeting of Joe Biden and Olaf Scholz is the latest in a series of talks.",
     None),
    ("no claim: the latest of a series", "de", "Das Treffen von Joe Biden und Olaf Scholz ist das jüngste in einer Reihe.",
     None),
    ("no claim: initial talks", "de", "Olaf Scholz und Joe Biden führten erste Gespräche über ein Abkommen.", None),
    ("no claim: initial talks", "en", "Olaf Scholz and Joe Biden held initial talks on an agreement.", None),
    ("no claim: x-ten Mal with no event", "de", "Olaf Scholz kam zum x-ten Mal zu spät.", None),
    ("no claim: umpteenth time with no event", "en", "Olaf Scholz was late for the umpteenth time.", None),
    ("no claim: a record, not a visit", "de", "Der FC Bayern gewann in München zum elften Mal in Folge den Titel.", None),
    ("no claim: a record, not a visit", "en", "The club won the title in Munich for the eleventh time in a row.", None),
]


def _label_set(claim) -> set[str]:
    return {p.label for p in claim.participants}


@pytest.mark.parametrize("construction,lang,text,want", CASES, ids=[f"{c[0]}:{c[1]}" for c in CASES])
def test_construction(construction, lang, text, want):
    check_case(construction, lang, text, want)


def check_case(construction, lang, text, want) -> list:
    """The claims of ``text``; ``want`` (a :func:`C` or None for none) is among them, with the
    participants, qualifier, window, place and date it names. Shared by the claim test tables."""
    claims = run(text, lang).claims
    got = [(c.kind, c.value, c.event_type, c.qualifier) for c in claims]
    if construction.startswith("no claim: a count"):  # the ordinal stays, the count must not
        assert not [c for c in claims if c.kind == "count"], (construction, text, got)
    if want is None:
        assert claims == [], (construction, text, got)
        return claims
    found = [c for c in claims if (c.kind, c.value, c.event_type) == (want["kind"], want["value"], want["etype"])]
    assert found, (construction, text, got)
    claim = found[0]
    assert claim.participants, (construction, text)
    checks = {
        "owner": lambda: _label_set(claim),
        "qualifier": lambda: claim.qualifier,
        "since": lambda: claim.since.value if claim.since else None,
        "within": lambda: claim.within,
        "window_text": lambda: claim.window_text,
        "scope": lambda: claim.scope,
        "abroad": lambda: claim.abroad,
        "place": lambda: claim.place.label if claim.place else None,
        "date": lambda: claim.date.value if claim.date else None,
    }
    for key, expected in want.items():
        if key in checks:
            assert checks[key]() == expected, (construction, text, key, checks[key]())
    return claims


def test_each_claim_takes_its_own_window_in_both_languages():
    for text, lang in [
        ("Seit 2019 ist es die dritte Reise von Olaf Scholz nach Peru und sein erster Besuch in Lima.", "de"),
        ("Since 2019 it is the third trip of Olaf Scholz to Peru, and his first visit to Lima.", "en"),
    ]:
        third, first = sorted(run(text, lang).claims, key=lambda c: c.phrase.start)
        assert (third.value, third.since.value) == (3, "2019"), text
        assert (first.value, first.since, first.within) == (1, None, None), text  # not the neighbour's window


def test_a_window_before_an_ordinal_is_never_the_phrase_befores():
    for text, lang in [
        ("Olaf Scholz and Joe Biden have met three times since 2019 and their fourth meeting is planned for May.", "en"),
        ("Olaf Scholz und Joe Biden haben sich seit 2019 dreimal getroffen und planen ihr viertes Treffen im Mai.", "de"),
    ]:
        count, fourth = sorted(run(text, lang).claims, key=lambda c: c.phrase.start)
        assert (count.value, count.since.value) == (3, "2019"), text
        # not the count's window, and "im Mai" / "for May" dates the meeting: it is no window
        assert (fourth.value, fourth.since, fourth.within) == (4, None, None), text


def test_an_anniversary_of_no_event_implies_nothing():
    """An anniversary stays an anniversary claim; it implies no founding event (a founding is no
    event type of the KB) and check-claims cannot count it."""
    for text, lang in [("Olaf Scholz würdigte den 75. Jahrestag der Gründung der NATO.", "de"),
                       ("Olaf Scholz marked the 75th anniversary of the founding of NATO.", "en")]:
        a = run(text, lang)
        (claim,) = a.claims
        assert (claim.value, claim.qualifier, claim.implies) == (75, "anniversary", None)
        assert not [e for e in a.events if e.implied_by]
    assert run("Olaf Scholz marked the 75th anniversary of the constitution.", "en").claims == []


def test_an_indefinite_number_implies_no_earlier_event():
    a = run("Emmanuel Macron reist am Montag zum x-ten Mal nach Warschau.", "de")
    (claim,) = a.claims
    assert claim.value == "many" and claim.implies is None
    assert not [e for e in a.events if e.implied_by]


def test_a_value_that_is_no_number_last_or_many_stops_with_file_and_reason(tmp_path, monkeypatch):
    import sys

    from kb.lang.schema import LanguageDataError, check_file

    lx = sys.modules["kb.claims.lexicon"]
    bad = tmp_path / "claims.txt"
    bad.write_text("ordinal\t1\tfirst\nordinal\tseveral\tseveralth\n", encoding="utf-8")
    monkeypatch.setattr(lx, "load", lambda lang, name: check_file(bad))
    lx.lexicon.cache_clear()
    try:
        with pytest.raises(LanguageDataError, match=r"claims.txt.*integer or one of last, many: 'several'"):
            lx.lexicon("xx")
    finally:
        lx.lexicon.cache_clear()


def test_indefinite_numbers_conform_to_the_claim_shapes():
    from kb.rdf.build import graph_for
    from kb.rdf.validate import validate_graph

    a = run("Emmanuel Macron reist zum x-ten Mal nach Warschau. Olaf Scholz und Joe Biden haben zigmal telefoniert.", "de")
    assert sorted((c.kind, c.value) for c in a.claims) == [("count", "many"), ("ordinal", "many")]
    ok, report = validate_graph(graph_for(a)[1])
    assert ok, report
