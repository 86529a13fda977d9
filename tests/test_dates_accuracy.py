"""Date accuracy of events the text does not date itself (issue 9): what the publication date
and the other events of a sentence tell, said with honest bounds.

Every sentence here is written for these tests (own names, own places).
"""

from __future__ import annotations

import datetime as dt

import pytest

from kb.model import Document
from kb.pipeline import analyse

TUESDAY = dt.date(2024, 5, 14)


def events(text: str, lang: str, dct: dt.date = TUESDAY) -> list:
    return [e for e in analyse(Document(id="t", text=text, lang=lang, published=dct)).events if not e.implied_by]


def of_type(text: str, lang: str, family: tuple[str, ...]) -> list:
    return [e for e in events(text, lang) if e.type in family]


ELECTION = ("Election", "ReElection")


# -- an undated event is dated by the report, as such -------------------------------------------------

@pytest.mark.parametrize("text,lang", [
    ("Kanzlerin Mira Holt hat Präsident Tomas Berg in Lissabon getroffen.", "de"),
    ("Chancellor Mira Holt met President Tomas Berg in Lisbon.", "en"),
])
def test_an_undated_report_is_the_publication_day_with_honest_bounds(text, lang):
    (meeting,) = of_type(text, lang, ("Meeting",))
    d = meeting.date
    assert (d.value, d.source, d.uncertain) == ("2024-05-14", "publication", True)
    assert (d.earliest, d.latest) == (dt.date(2024, 5, 7), TUESDAY)


# -- a vote's own day --------------------------------------------------------------------------------

@pytest.mark.parametrize("text,lang,value", [
    # the vote's own day, told with it, stays
    ("Tomas Berg wurde am Sonntag zum Präsidenten von Norland gewählt. "
     "Kanzlerin Mira Holt gratulierte ihm zu seiner Wahl.", "de", "2024-05-12"),
    ("Tomas Berg was elected president of Norland on Sunday.", "en", "2024-05-12"),
    ("Voters in Norland elected Tomas Berg as president in March.", "en", "2024-03"),
])
def test_a_vote_with_a_day_of_its_own_keeps_it(text, lang, value):
    votes = of_type(text, lang, ELECTION)
    assert votes and all(v.date is not None and v.date.value == value for v in votes)


@pytest.mark.parametrize("text,lang", [
    # no congratulation: an undated vote gets no day from the report
    ("Tomas Berg hat die Wahl zum Präsidenten von Norland gewonnen.", "de"),
    ("Tomas Berg has won the presidential election in Norland.", "en"),
])
def test_an_undated_vote_without_congratulation_stays_undated(text, lang):
    for vote in of_type(text, lang, ELECTION):
        assert vote.date is None or vote.date.value != "2024-05-13"


# -- a later sentence that dates an event told before -------------------------------------------------

@pytest.mark.parametrize("text,lang,family,value", [
    # a German day with its ordinal point is no end of the sentence for the "at" cue
    ("Präsident Tomas Berg wird Kanzlerin Mira Holt treffen. Das Treffen findet am 17. Juli in Oslo statt.",
     "de", ("Meeting",), "2024-07-17"),
    ("Präsident Tomas Berg wird Kanzlerin Mira Holt treffen. Das Treffen ist für den 17. Juli geplant.",
     "de", ("Meeting",), "2024-07-17"),
    # a day inside the month told before narrows it down
    ("Präsident Tomas Berg reist im Juli nach Oslo. Der Besuch ist für den 17. Juli geplant.",
     "de", ("StateVisit", "Visit"), "2024-07-17"),
    ("President Tomas Berg will visit Oslo in July. The visit is planned for July 17.",
     "en", ("StateVisit", "Visit"), "2024-07-17"),
])
def test_a_later_sentence_dates_the_event_told_before(text, lang, family, value):
    (ev,) = of_type(text, lang, family)
    assert ev.date.value == value


@pytest.mark.parametrize("text,lang,family,value", [
    # a day outside the month told before is another time: the first account keeps its month
    ("President Tomas Berg will visit Oslo in July. The visit is planned for August 3.",
     "en", ("StateVisit", "Visit"), "2024-07"),
    # a day told before is not replaced
    ("President Tomas Berg will visit Oslo on July 2. The visit is planned for July 17.",
     "en", ("StateVisit", "Visit"), "2024-07-02"),
])
def test_a_later_day_outside_the_date_told_does_not_replace_it(text, lang, family, value):
    found = of_type(text, lang, family)
    assert found and found[0].date.value == value


# -- a saying next to a time of history ------------------------------------------------------------

@pytest.mark.parametrize("text,lang", [
    ("Präsident Tomas Berg besuchte 1991 Oslo. Er sagte, die Beziehungen seien eng.", "de"),
    ("President Tomas Berg visited Oslo in 1991. He said relations were close.", "en"),
    ("President Tomas Berg visited Oslo 25 years ago. He said relations were close.", "en"),
])
def test_a_saying_is_not_dated_by_a_time_of_history(text, lang):
    (saying,) = of_type(text, lang, ("Statement",))
    assert (saying.date.value, saying.date.source) == ("2024-05-14", "publication")


@pytest.mark.parametrize("text,lang,value", [
    # the occasion's day (or a month of this year) is the saying's
    ("President Tomas Berg visited Oslo on Monday. He said relations were close.", "en", "2024-05-13"),
    ("Präsident Tomas Berg besuchte am Montag Oslo. Er sagte, die Beziehungen seien eng.", "de", "2024-05-13"),
    ("President Tomas Berg visited Oslo in March. He said relations were close.", "en", "2024-03"),
])
def test_a_saying_after_an_occasion_takes_its_date(text, lang, value):
    (saying,) = of_type(text, lang, ("Statement",))
    assert (saying.date.value, saying.date.source) == (value, "context")


# -- a stay told with its length in weeks ------------------------------------------------------------

@pytest.mark.parametrize("text,lang,value", [
    ("Präsident Tomas Berg reist am Mittwoch für eine Woche nach Oslo.", "de", "2024-05-15/2024-05-21"),
    ("Präsident Tomas Berg bricht am Mittwoch zu einer zweiwöchigen Reise nach Oslo auf.", "de",
     "2024-05-15/2024-05-28"),
    ("President Tomas Berg will travel to Oslo for a week on Wednesday.", "en", "2024-05-15/2024-05-21"),
    ("President Tomas Berg has arrived in Oslo for a two-week visit.", "en", "2024-05-14/2024-05-27"),
])
def test_a_stay_of_weeks_lasts_its_days(text, lang, value):
    (visit,) = of_type(text, lang, ("StateVisit", "Visit"))
    assert visit.date.value == value


@pytest.mark.parametrize("text,lang,value", [
    # a week before or after the report is no length of a meeting
    ("President Tomas Berg met Chancellor Mira Holt a week ago.", "en", "2024-05-06/2024-05-12"),
    ("Präsident Tomas Berg hat Kanzlerin Mira Holt vor einer Woche getroffen.", "de", "2024-05-06/2024-05-12"),
])
def test_a_week_ago_is_no_length(text, lang, value):
    (meeting,) = of_type(text, lang, ("Meeting",))
    assert meeting.date.value == value


# -- a title's tense and the calendar ----------------------------------------------------------------

@pytest.mark.parametrize("text,lang", [
    ("17. Juli: Präsident Tomas Berg besucht Oslo\n\nDer Präsident will dort über Handel sprechen.", "de"),
    ("July 17: President Tomas Berg visits Oslo\n\nThe president wants to discuss trade there.", "en"),
])
def test_a_title_dated_after_publication_is_a_plan(text, lang):
    (visit,) = of_type(text, lang, ("StateVisit", "Visit"))
    assert (visit.status, visit.date.value) == ("planned", "2024-07-17")


@pytest.mark.parametrize("text,lang", [
    ("10. Mai: Präsident Tomas Berg besucht Oslo\n\nDer Präsident sprach dort über Handel.", "de"),
    ("May 10: President Tomas Berg visited Oslo\n\nThe president discussed trade there.", "en"),
])
def test_a_title_dated_before_publication_reports_the_past(text, lang):
    (visit,) = of_type(text, lang, ("StateVisit", "Visit"))
    assert (visit.status, visit.date.value) == ("past", "2024-05-10")


# -- an event named after a preposition of another time lends no date ---------------------------------

@pytest.mark.parametrize("text,lang", [
    ("President Tomas Berg met Chancellor Mira Holt ahead of the September summit.", "en"),
    ("Präsident Tomas Berg traf Kanzlerin Mira Holt vor dem Gipfel im September.", "de"),
])
def test_a_meeting_before_a_summit_is_not_on_its_date(text, lang):
    (meeting,) = of_type(text, lang, ("Meeting",))
    assert (meeting.date.value, meeting.date.source) == ("2024-05-14", "publication")


@pytest.mark.parametrize("text,lang", [
    # a date the meeting's own clause tells stays the meeting's
    ("After the summit on Monday, President Tomas Berg met Chancellor Mira Holt.", "en"),
    ("President Tomas Berg met Chancellor Mira Holt on Monday after the summit.", "en"),
])
def test_a_meeting_with_its_own_day_keeps_it(text, lang):
    (meeting,) = of_type(text, lang, ("Meeting",))
    assert meeting.date.value == "2024-05-13"


# -- the tense of a purpose infinitive is not the main verb's ------------------------------------------

def test_a_plan_in_a_purpose_infinitive_is_the_nouns():
    found = events("President Tomas Berg met Chancellor Mira Holt to discuss the upcoming summit in September.", "en")
    meeting = [e for e in found if e.type == "Meeting"]
    summit = [e for e in found if e.type == "Summit"]
    assert [(e.status, e.date.value) for e in meeting] == [("past", "2024-05-14")]
    assert [(e.status, e.date.value) for e in summit] == [("planned", "2024-09")]


def test_a_hope_in_a_purpose_infinitive_does_not_make_the_trip_one():
    (visit,) = of_type("President Tomas Berg visits Norland next week to look for possible steps toward a truce.",
                       "en", ("StateVisit", "Visit"))
    assert (visit.status, visit.date.value) == ("planned", "2024-05-20/2024-05-26")


@pytest.mark.parametrize("text,status", [
    # a status cue that runs through "to" stays the verb's
    ("President Tomas Berg is due to meet Chancellor Mira Holt in Oslo.", "planned"),
    ("President Tomas Berg refused to meet Chancellor Mira Holt in Oslo.", "did_not_occur"),
    # "to" before a name or a determiner is no infinitive
    ("President Tomas Berg will travel to the summit in Oslo.", "planned"),
])
def test_to_that_is_no_purpose_keeps_the_status(text, status):
    found = events(text, "en")
    assert found and all(e.status == status for e in found), [(e.type, e.status) for e in found]


def test_a_cue_around_a_german_time_stays_the_verbs():
    (visit,) = of_type("Präsident Tomas Berg bricht um neun Uhr zu einer Reise nach Rom auf.", "de",
                       ("StateVisit", "Visit"))
    assert visit.status == "planned"
