"""Probes from whole invented newspaper articles (issue 9): a news lead, background paragraphs,
quotes with the speech verb after them, histories of earlier meetings and visits, and analysis
sentences that must give no event. The articles are in tests/papers_articles.py; every sentence
was written for these tests.

``EXPECTED`` lists, per article, the events a careful reader lists under the development set's
README conventions, as ``(type, participant name or None, date value or None, statuses)``: a type
may name alternatives ("Statement|Announcement"); a date matches the event's value, an interval
starting with it, or a day with a time of day ("2025-01-28TEV"). Each event is a test of its own;
each article is also a test that kb asserts (past, ongoing, planned) no more events of a class
than the reader lists. ``NOTHING`` lists sentences that must give no asserted event at all.
What is left is a strict xfail with its reason."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from functools import lru_cache

import pytest

from extraction_cases import kind, show, wanted_class
from kb.model import Document
from kb.pipeline import analyse
from papers_articles import ARTICLES

ASSERTED = ("past", "ongoing", "planned")
P, O, PL, H = "past", "ongoing", "planned", "hypothetical"

EXPECTED: dict[str, list[tuple]] = {
    "en_summit_estate": [
        ("Meeting", "Joe Biden", "2023-11-15", P),
        ("Summit", None, "2022-11", P),  # the G20 in Bali, their last meeting before
        ("Statement", "Joe Biden", None, P),
        ("StateVisit", "Xi Jinping", "2023-11-14", f"{P}|{O}"),
        ("Summit", None, None, f"{P}|{O}|{PL}"),  # the summit of Pacific Rim leaders he came for
    ],
    "en_kyiv_visit": [
        ("StateVisit", "Lena Korhonen", "2024-03-07", f"{P}|{O}"),
        ("Meeting", "Lena Korhonen", "2024-03-07", P),
        ("Statement", "Lena Korhonen", None, P),
        ("StateVisit", "Lena Korhonen", "2023-09", P),
        ("Statement", "Dmitry Peskov", "2024-03-08", P),
        ("StateVisit", "Lena Korhonen", "2024-03-12", PL),
    ],
    "en_snap_election": [
        ("Election", None, "2024-06-30", PL),
        ("PhoneCall", "Olaf Scholz", "2024-06-17", P),
        ("StateVisit", "Olaf Scholz", "2024-05", P),
        ("Meeting", "Emmanuel Macron", "2024-05", P),  # the dinner at the Elysee
        ("Meeting", "Emmanuel Macron", "2024-07", PL),
        ("Summit", None, "2024-07", PL),
    ],
    "en_disputed_vote": [
        ("Election", None, "2024-10-26", P),
        ("Other/Protest", None, "2024-10-28", P),
        ("Statement", "Marta Kovalenko", "2024-10-28", P),
    ],
    "en_minister_talks": [
        ("Meeting", "Tom Ashworth", "2025-05-21", P),  # the ministers' meeting, told twice
        ("Statement", "Tom Ashworth", "2025-05-21", P),
        ("Meeting", "Tom Ashworth", "2025-01", P),
        ("StateVisit", "Tom Ashworth", "2025-06", PL),
        ("Meeting", None, "2025-07", PL),
    ],
    "en_history_visits": [
        ("StateVisit", "Daniel Okafor", "2024-09-04", O),
        ("Meeting", "Fumio Kishida", "2024-09-05", f"{PL}|{O}"),
        ("Statement", "Daniel Okafor", "2022-09", P),  # the address to parliament
        ("Meeting", "Fumio Kishida", "2024", P),
        ("Statement", "Daniel Okafor", "2024-09-03", P),  # the interview
    ],
    "en_resignation": [
        ("Other/Resignation", "Clara Lindqvist", "2024-11-26", P),
        ("Announcement", "Clara Lindqvist", "2024-11-26", P),
        ("Statement", "Clara Lindqvist", "2024-11-26", P),
        ("Statement", "Erik Sandberg", None, P),
        ("StateVisit", "Clara Lindqvist", "2024-11-21", P),
    ],
    "en_phone_call": [
        ("PhoneCall", "Emmanuel Macron", "2025-03-05", P),
        ("Summit", "Keir Starmer", "2025-03-04", P),  # he hosted European leaders a day before
        ("Statement", "Keir Starmer", None, P),
        ("Meeting", "Emmanuel Macron", "2025-03-10", PL),
        ("Meeting", "Keir Starmer", "2025-02", P),
        ("Summit", None, "2025-02", P),
    ],
    "de_besuch_peking": [
        ("StateVisit", "Olaf Scholz", "2024-04-24", O),
        ("Meeting", "Xi Jinping", "2024-04-25", f"{PL}|{O}"),
        ("StateVisit", "Olaf Scholz", "2022-11", P),
        ("Statement", "Olaf Scholz", None, P),
    ],
    "de_wahl_ergebnis": [
        ("Election", None, "2024-03-03", P),
        ("Statement", "Luís Montenegro", "2024-03-04", P),
        ("Election", None, "2022-03", P),  # "Vor zwei Jahren": the month
        ("Meeting", "Marcelo Rebelo de Sousa", "2024-03-11", PL),
    ],
    "de_telefonat": [
        ("PhoneCall", "Olaf Scholz", "2025-01-28", P),
        ("Statement|Announcement", "Steffen Hebestreit", "2025-01-29", P),
        ("Meeting", "Donald Trump", None, PL),  # agreed to meet soon
        ("Other/TakingOffice", "Donald Trump", "2025-01-20", P),  # "vor gut einer Woche": that week
        ("Meeting", "Olaf Scholz", "2019-06", P),
        ("Summit", None, "2019-06", P),
    ],
    "de_staatsbesuch": [
        ("StateVisit", "Frank-Walter Steinmeier", "2024-07-10", O),
        # received with military honours: the state visit's host told (kb's convention for a
        # reception in a city), not a visit of its own
        ("StateVisit", "Gitanas Nausėda", "2024-07-10", O),
        ("Statement", "Frank-Walter Steinmeier", None, P),
        ("StateVisit", "Frank-Walter Steinmeier", "2023-03", P),  # "Im Frühjahr 2023"
    ],
    "de_gipfel_vorschau": [
        ("Summit", None, "2023-06", PL),
        ("Statement", "Charles Michel", "2023-06-12", P),
        ("Meeting", "Viktor Orbán", "2023-05", P),
        ("Meeting", None, "2023-06-05", P),  # the interior ministers in Luxembourg last week
    ],
    "de_ruecktritt": [
        ("Other/Resignation", "Anna Berger", "2023-09-20", P),
        ("Statement", "Anna Berger", "2023-09-20", P),
        ("Statement", "Jonas Hartmann", None, P),
        ("Other/TakingOffice", None, "2023-09-25", PL),
        ("Statement", None, "2023-09", P),  # the opposition's demand in early September
    ],
    "de_aussenminister": [
        ("StateVisit", "Annalena Baerbock", None, O),
        ("Meeting", "Park Jin", "2023-04-11", P),
        ("Statement", "Annalena Baerbock", "2023-04-11", P),
        ("StateVisit", "Annalena Baerbock", None, P),  # three days in China before
        ("StateVisit", "Annalena Baerbock", "2023-04-14", PL),
        ("Meeting", "Annalena Baerbock", None, PL),  # the G7 foreign ministers
        ("StateVisit", "Annalena Baerbock", "2022-04", P),
    ],
    "de_jahrestag": [
        ("Other/WarStart", None, "2022-02-24", P),
        ("StateVisit", "Olaf Scholz", "2025-02-24", PL),  # on the third anniversary
        ("Other/MediaReport", None, None, P),
        ("Announcement", "Wolodymyr Selenskyj", "2024-12", P),  # the invitation
        ("Statement", "Olaf Scholz", "2025-02-13", P),
    ],
}

# (article, index in EXPECTED) -> why kb does not list that event yet
XFAIL: dict[tuple[str, int], str] = {
    ("en_disputed_vote", 1): "'rallied outside parliament in the capital on Monday evening': a protest with no "
                             "place kb knows and no one named is dropped",
    ("en_minister_talks", 0): "the meeting told again ('met his counterpart') takes the publication day, not "
                              "the day of the meeting told before (see the xfail of the count below)",
    ("en_history_visits", 4): "'told the newspaper X in an interview published on Tuesday': the participle "
                              "'published' is read as the verb of what is said, so Tuesday is not the saying's",
    ("en_phone_call", 1): "'The call came a day after Starmer hosted European leaders': the summit takes the "
                          "call's day, not the day before (a date by reference to another event)",
    ("de_wahl_ergebnis", 2): "'hatten die Sozialisten die absolute Mehrheit errungen': the winner is a party kb "
                             "does not know, and the rule is strict (no winner from context)",
    ("de_wahl_ergebnis", 3): "'will mit den Parteichefs sprechen': a group noun is no partner of 'sprechen' to kb",
    ("de_gipfel_vorschau", 3): "'hatten sich auf einen Kompromiss geeinigt' is no meeting to kb",
    ("de_ruecktritt", 1): "'wie sie in einer Erklärung mitteilte' is read as the source of what is told, no "
                          "saying of her own",
    ("de_ruecktritt", 4): "'Die Opposition hatte ... gefordert': the opposition is no actor kb knows (the "
                          "demand told in the pluperfect is read for a named speaker)",
    ("de_jahrestag", 1): "'Zum dritten Jahrestag' is dated by no reference to the war's start",
    ("de_jahrestag", 3): "'hatte Scholz im Dezember eingeladen' names no destination or occasion: no "
                         "announcement to kb",
}
# article -> why kb asserts more events of a class than the reader lists
XFAIL_EXTRA: dict[str, str] = {
    "en_snap_election": "'a German government spokesman said' is a Statement of an unnamed speaker",
    "en_minister_talks": "the ministers' meeting told twice is two meetings: persons kb does not know have no "
                         "country, so 'X met his Indian counterpart, Y' is not read as the states' meeting again",
    "en_resignation": "'a spokesman said' is a Statement of an unnamed speaker",
    "en_phone_call": "'the Elysee said' (the source of a readout) is a Statement of the palace",
    "de_aussenminister": "'zu Gesprächen eingetroffen' is talks of their own besides the meeting told next",
}

NOTHING: list[tuple[str, str, str]] = [
    # (lang, publication day, text): opinions, what might happen, generic statements, questions
    ("en", "2023-11-16", "A visit by Biden to Beijing would be seen as a major concession, one former official said."),
    ("en", "2023-11-16", "Some observers wonder whether the two leaders could meet again before the end of next year."),
    ("en", "2023-11-16", "Presidents usually avoid such trips in an election year."),
    ("en", "2024-03-08", "Officials in Helsinki declined to say whether the prime minister would follow."),
    ("en", "2024-03-08", "If the aid arrives on time, Ukraine could stabilize its front lines, analysts say."),
    ("en", "2024-06-20", "Would Scholz travel to Paris before the vote?"),
    ("en", "2024-06-20", "Such visits are usually arranged weeks in advance."),
    ("en", "2024-10-29", "A rerun of the vote would take months to organise, observers said."),
    ("en", "2024-10-29", "Whether the West will impose sanctions remains unclear."),
    ("en", "2025-05-22", "A deal could add billions to both economies, according to government estimates."),
    ("en", "2025-05-22", "Critics argue that any agreement would hurt British farmers."),
    ("en", "2024-09-05", "Many leaders visit Tokyo each year."),
    ("en", "2024-11-27", "Should the coalition collapse, voters could go to the polls in the spring."),
    ("en", "2025-03-06", "Could European troops be deployed to Ukraine?"),
    ("en", "2025-03-06", "A meeting in Moscow would be regarded as a breakthrough, diplomats said."),
    ("en", "2025-03-06", "A visit to Kyiv before the summit remains unlikely."),
    ("de", "2024-04-25", "Ein Besuch des chinesischen Präsidenten in Berlin gilt als unwahrscheinlich."),
    ("de", "2024-04-25", "Beobachter erwarten von dem Treffen keine großen Fortschritte."),
    ("de", "2024-03-08", "Eine Minderheitsregierung könnte schnell scheitern, meinen Experten."),
    ("de", "2025-01-30", "Ein Besuch Trumps in Berlin wäre ein starkes Signal, heißt es in Regierungskreisen."),
    ("de", "2024-07-11", "Ob der Kanzler im Herbst folgen wird, ist ungewiss."),
    ("de", "2023-06-15", "Könnte Ungarn ein Veto einlegen?"),
    ("de", "2023-06-15", "Gipfel dieser Art dauern häufig bis tief in die Nacht."),
    ("de", "2023-09-21", "Eine Neuwahl wäre für die Regierung riskant, sagen Meinungsforscher."),
    ("de", "2023-04-12", "Sollte Pjöngjang weitere Raketen testen, würden neue Sanktionen drohen."),
    ("de", "2025-02-14", "Kriege dieser Art enden selten schnell."),
    ("de", "2025-02-14", "Wird der Kanzler vor der Wahl noch einmal nach Kiew reisen?"),
    ("de", "2025-02-14", "Ein Treffen der beiden in Moskau gilt derzeit als fraglich."),
    ("en", "2024-05-16", "Scholz ruled out a trip to Moscow before the election."),
    ("de", "2024-05-16", "Eine Reise nach Moskau schloss der Kanzler vor der Wahl aus."),
]

# (lang, publication day, text, expected): a hope in what a talk is about is not the talk's
TOPICS: list[tuple[str, str, str, tuple]] = [
    ("en", "2025-03-06", "Macron and Starmer spoke by phone on Wednesday about a possible ceasefire.",
     ("PhoneCall", "Keir Starmer", "2025-03-05", P)),
    ("en", "2025-03-06", "Macron talked with Starmer on Tuesday about a possible visit to London.",
     ("Meeting", "Keir Starmer", "2025-03-04", P)),
    ("de", "2025-03-06", "Scholz hat am Dienstag mit Trump über eine mögliche Waffenruhe telefoniert.",
     ("PhoneCall", "Donald Trump", "2025-03-04", P)),
]


@lru_cache(maxsize=None)
def _events(lang: str, dct: str, text: str) -> tuple:
    doc = Document(id="t", text=text, lang=lang, published=dt.date.fromisoformat(dct))
    return tuple(e for e in analyse(doc).events if e.implied_by is None)


def _article(key: str) -> tuple:
    return _events(*ARTICLES[key])


def _matches(ev, want: tuple) -> bool:
    etype, name, date, status = want
    if kind(ev) not in {wanted_class(t) for t in etype.split("|")} or ev.status not in status.split("|"):
        return False
    if name is not None and name not in {p.name for p in ev.participants}:
        return False
    value = ev.date.value if ev.date else ""
    return date is None or value == date or value.startswith((date + "/", date + "T"))


def _cases():
    for key, wants in EXPECTED.items():
        for i, want in enumerate(wants):
            marks = [pytest.mark.xfail(reason=XFAIL[key, i], strict=True)] if (key, i) in XFAIL else []
            yield pytest.param(key, want, marks=marks, id=f"{key}-{i}-{want[0]}")


@pytest.mark.parametrize("key,want", list(_cases()))
def test_newspaper_event(key, want):
    evs = _article(key)
    assert any(_matches(e, want) for e in evs), f"{want} not in: {show(evs)}"


def _extra_cases():
    for key in EXPECTED:
        marks = [pytest.mark.xfail(reason=XFAIL_EXTRA[key], strict=True)] if key in XFAIL_EXTRA else []
        yield pytest.param(key, marks=marks, id=key)


@pytest.mark.parametrize("key", list(_extra_cases()))
def test_newspaper_article_asserts_no_more(key):
    """No class has more asserted events than the reader lists asserted (an analysis sentence, a
    question, a mention told again as a new event would add one)."""
    wanted = Counter()
    for etype, _name, _date, status in EXPECTED[key]:
        if set(status.split("|")) & set(ASSERTED):
            for alt in etype.split("|"):  # either class may hold it
                wanted[wanted_class(alt)] += 1
    got = Counter(kind(e) for e in _article(key) if e.status in ASSERTED)
    over = {c: n for c, n in got.items() if n > wanted[c]}
    assert not over, f"{over}: {show(_article(key))}"


@pytest.mark.parametrize("lang,dct,text", [pytest.param(*c, id=c[2][:60]) for c in NOTHING])
def test_analysis_sentence_tells_no_event(lang, dct, text):
    evs = [e for e in _events(lang, dct, text) if e.status in ASSERTED]
    assert not evs, show(evs)


@pytest.mark.parametrize("lang,dct,text,want", [pytest.param(*c, id=c[2][:60]) for c in TOPICS])
def test_a_hope_in_the_topic_is_not_the_talks(lang, dct, text, want):
    evs = _events(lang, dct, text)
    assert any(_matches(e, want) for e in evs), show(evs)


def test_every_article_is_a_newspaper_length_text():
    for key, (lang, dct, text) in ARTICLES.items():
        assert lang in ("de", "en") and dt.date.fromisoformat(dct)
        assert 7 <= text.count(". ") + text.count("? ") + 1 <= 16, key


@pytest.mark.parametrize("lang,text", [
    ("de", "Ministerpräsident Luís Montenegro traf am Montag Olaf Scholz. „Wir sind Partner“, sagte Montenegro."),
    ("en", "Prime Minister Luís Montenegro met Olaf Scholz on Monday. \"We are partners,\" Montenegro said."),
    ("en", "Prime Minister Luís Montenegro met Olaf Scholz on Monday. Montenegro said they were partners."),
])
def test_a_surname_that_is_a_place_speaks_as_the_person(lang, text):
    """A surname alone that the gazetteer reads as a country, right before or after a verb of
    saying, is the person the text named in full with it."""
    mentions = [m for m in analyse(Document(id="t", text=text, lang=lang, published=dt.date(2024, 3, 8))).mentions
                if m.text == "Montenegro"]
    assert mentions and all(e.kind == "person" for m in mentions for e in m.entities)


@pytest.mark.parametrize("lang,text", [
    ("en", "Prime Minister Luís Montenegro met Olaf Scholz on Monday. Scholz then flew to Montenegro."),
    ("en", "Prime Minister Luís Montenegro met Olaf Scholz on Monday. Serbia and Montenegro said they would talk."),
    ("de", "Ministerpräsident Luís Montenegro traf am Montag Olaf Scholz. Danach reiste Scholz nach Montenegro."),
])
def test_the_place_stays_a_place(lang, text):
    mentions = [m for m in analyse(Document(id="t", text=text, lang=lang, published=dt.date(2024, 3, 8))).mentions
                if m.text == "Montenegro"]
    assert mentions and all(e.kind == "country" for m in mentions for e in m.entities)


@pytest.mark.parametrize("lang,text", [
    ("en", "Ministers from France and Germany met in Paris on Wednesday. Emmanuel Macron met Olaf Scholz for two "
           "hours, officials said."),
    ("de", "Frankreich und Deutschland haben am Mittwoch in Paris beraten. Emmanuel Macron traf Olaf Scholz zu einem "
           "zweistündigen Gespräch."),
])
def test_a_meeting_of_states_told_again_by_their_leaders_is_one_meeting(lang, text):
    """The states' meeting told again in the next sentence by one person of each, without a day of
    its own, is that meeting, on its day."""
    meetings = [e for e in _events(lang, "2025-05-22", text) if e.type == "Meeting"]
    assert [m.date.value for m in meetings] == ["2025-05-21"], show(meetings)


def test_a_saying_is_not_said_at_a_speech_of_years_before():
    """An undated saying is said at an occasion told in the text (a speech) only when that occasion
    is recent: a speech two years before is another occasion."""
    text = ("Two years ago, Prime Minister Daniel Okafor addressed the Japanese parliament. Okafor arrived in "
            "Tokyo on Wednesday. \"Our friendship is strong,\" Okafor told reporters.")
    sayings = [e for e in _events("en", "2024-09-05", text) if e.type == "Statement"]
    assert len(sayings) == 2, show(sayings)


@pytest.mark.parametrize("lang,text,day", [
    ("en", "\"Europe must act,\" Emmanuel Macron said at a news conference on Tuesday.", "2024-10-08"),
    ("en", "\"Europe must act,\" Emmanuel Macron told a news conference in Paris on Tuesday.", "2024-10-08"),
    ("de", "„Europa muss handeln“, sagte Macron auf einer Pressekonferenz am Dienstag.", "2024-10-08"),
])
def test_the_occasion_after_a_quote_dates_the_saying(lang, text, day):
    """After a quote that opens the sentence, what follows the speaking verb is where it was said,
    not what: the day after the occasion noun is the saying's."""
    sayings = [e for e in _events(lang, "2024-10-09", text) if e.type == "Statement"]
    assert [e.date.value for e in sayings] == [day], show(sayings)


@pytest.mark.parametrize("text,party", [
    ("Governing party claims victory in disputed vote\n\nThe vote was held on Saturday.", None),
    ("Opposition party wins vote in Norland on Sunday.", None),
    ("The Green Future party won the vote in Norland on Sunday.", "Green Future party"),
    ("Renewal Party wins vote in Norland on Sunday.", "Renewal Party"),
])
def test_a_title_first_word_before_a_lower_case_head_is_no_party(text, party):
    """A sentence's or a title's first word is capitalised for that alone: with a lower-case head
    noun after it ("Governing party") it names no organisation."""
    names = [m.text for m in analyse(Document(id="t", text=text, lang="en", published=dt.date(2024, 10, 29))).mentions
             if any(e.kind == "organisation" for e in m.entities)]
    assert names == ([party] if party else []), names


@pytest.mark.parametrize("lang,text", [
    ("de", "Scholz und Tusk trafen sich am Dienstag in Warschau. Zuletzt hatten sich die beiden Kabinette im "
           "November 2018 in Warschau getroffen."),
    ("en", "Scholz and Tusk met in Warsaw on Tuesday. The two governments last met in November 2018."),
])
def test_the_two_cabinets_meeting_before_are_the_sides_named_before(lang, text):
    earlier = [e for e in _events(lang, "2024-07-03", text) if e.type == "Meeting" and e.date and e.date.value == "2018-11"]
    assert len(earlier) == 1 and {p.name for p in earlier[0].participants} == {"Olaf Scholz", "Donald Tusk"}, \
        show(earlier)


def test_talks_that_are_the_occasion_of_a_pledge_take_its_day():
    """"pledged on Tuesday ... during talks in Hamburg": the talks are where the pledge was made;
    without a day of their own they take its day, not the publication's."""
    meetings = [e for e in _events("en", "2024-10-09", "Olaf Scholz and Emmanuel Macron pledged on Tuesday to deepen "
                                   "defence cooperation during talks in Hamburg.") if e.type == "Meeting"]
    assert [m.date.value for m in meetings] == ["2024-10-08"], show(meetings)


@pytest.mark.parametrize("text,day", [
    ("Prime Minister Rishi Sunak announced an early election on Wednesday.", "2024-05-15"),
    ("Prime Minister Rishi Sunak called an early election last week.", "2024-05-06"),
])
def test_an_election_announced_lies_ahead_and_the_day_is_the_announcements(text, day):
    evs = _events("en", "2024-05-16", text)
    assert [(e.type, e.date.value[:10] if e.date else None) for e in evs if e.type == "Announcement"] \
        == [("Announcement", day)], show(evs)
    assert [(e.status, e.date) for e in evs if e.type == "Election"] == [("planned", None)], show(evs)

