"""Event dates attached by scope and discourse (issue 9), second set: events at an occasion whose
days are known, what happens after an occasion, stays told as ranges or by both ends in one
sentence, and which verb of a sentence a date belongs to.

Every sentence here is written for these tests (own sentences; generic real-world names or
invented ones), including sentences that must not change.
"""

from __future__ import annotations

import datetime as dt

import pytest

from kb.model import Document
from kb.pipeline import analyse


def events(text: str, lang: str, dct: str) -> list:
    doc = Document(id="t", text=text, lang=lang, published=dt.date.fromisoformat(dct))
    return [e for e in analyse(doc).events if not e.implied_by]


def dated(text: str, lang: str, dct: str, etype: str) -> list[tuple[str | None, str | None]]:
    return [(e.date.value if e.date else None, e.status) for e in events(text, lang, dct) if e.type == etype]


# -- 1. an event at an occasion of several days -----------------------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("de", "Der G7-Gipfel fand am Montag und Dienstag in Lindau statt. Am Rande des Gipfels traf "
           "Bundeskanzler Olaf Scholz US-Präsident Joe Biden."),
    ("en", "The G7 summit took place in Lindau on Monday and Tuesday. On the sidelines of the summit, "
           "Chancellor Olaf Scholz met President Joe Biden."),
    ("de", "Bundeskanzler Olaf Scholz nahm am Montag und Dienstag am G7-Gipfel in Lindau teil. Bei dem Gipfel "
           "sprach er mit US-Präsident Joe Biden."),
    ("en", "Chancellor Olaf Scholz attended the G7 summit in Lindau on Monday and Tuesday. At the summit he "
           "spoke with President Joe Biden."),
    ("de", "Präsident Emmanuel Macron war von Montag bis Mittwoch zu Besuch in Berlin. Bei seinem Besuch "
           "traf er Bundeskanzler Olaf Scholz."),
])
def test_an_undated_meeting_at_an_occasion_takes_its_days(lang, text):
    meeting = dated(text, lang, "2024-05-16", "Meeting")
    assert meeting and meeting[0][0] in ("2024-05-13/2024-05-14", "2024-05-13/2024-05-15"), meeting


@pytest.mark.parametrize("lang,text", [
    ("de", "Kommissionspräsidentin Ursula von der Leyen nahm am 26. und 27. Juni am Europäischen Rat in Brüssel "
           "teil. Nach dem Gipfel sagte sie, die Union stehe zusammen."),
    ("de", "Kommissionspräsidentin Ursula von der Leyen nahm am 26. und 27. Juni am Europäischen Rat in Brüssel "
           "teil. Im Anschluss an den Gipfel gab sie eine Pressekonferenz."),
    ("en", "Chancellor Olaf Scholz attended the G7 summit in Lindau on June 26 and 27. At a press conference "
           "after the summit, Scholz said the talks had been open."),
    ("de", "Bundeskanzler Olaf Scholz nahm am 26. und 27. Juni am G7-Gipfel in Lindau teil. Nach dem Gipfel "
           "sagte Scholz auf einer Pressekonferenz, die Gespräche seien offen gewesen."),
])
def test_a_statement_after_an_occasion_of_several_days_is_on_its_last_day(lang, text):
    assert dated(text, lang, "2024-06-28", "Statement")[:1] == [("2024-06-27", "past")]


@pytest.mark.parametrize("lang,text,value", [
    # a one-day meeting: its day, as before
    ("en", "President Jon Aas met Prime Minister Anna Lund in Oslo on Tuesday. After the meeting, Aas told a "
           "press conference that trade would grow.", "2024-05-14"),
    # not after it but during it: the whole occasion
    ("de", "Bundeskanzler Olaf Scholz nahm am 26. und 27. Juni am G7-Gipfel in Lindau teil. Während des Gipfels "
           "sagte Scholz, die Gespräche seien offen.", "2024-06-26/2024-06-27"),
])
def test_a_statement_during_or_after_a_one_day_occasion_keeps_its_days(lang, text, value):
    assert dated(text, lang, "2024-06-28" if "Juni" in text else "2024-05-16", "Statement")[:1] == [(value, "past")]


# -- 2. stays told as ranges or by both ends -------------------------------------------------------

@pytest.mark.parametrize("lang,text,dct,value,status", [
    ("de", "Der Staatsbesuch von Präsident Emmanuel Macron in Deutschland begann am Montag und endete am "
           "Mittwoch.", "2024-05-16", "2024-05-13/2024-05-15", "past"),
    ("en", "President Emmanuel Macron's state visit to Germany began on Monday and ended on Wednesday.",
     "2024-05-16", "2024-05-13/2024-05-15", "past"),
    ("en", "The state visit of President Emmanuel Macron to Germany begins on Monday and ends on Wednesday.",
     "2024-05-10", "2024-05-13/2024-05-15", "planned"),
    ("de", "Der Besuch von Präsident Emmanuel Macron in Deutschland beginnt am Montag und endet am Mittwoch.",
     "2024-05-10", "2024-05-13/2024-05-15", "planned"),
    # a range and a length told with the stay, as before
    ("de", "Präsident Jon Aas besucht vom 3. bis 5. Mai Norwegen.", "2024-04-30", "2024-05-03/2024-05-05",
     "planned"),
    ("en", "President Jon Aas will visit Norway from Monday to Wednesday.", "2024-05-08", "2024-05-13/2024-05-15",
     "planned"),
    ("en", "President Jon Aas will pay a two-day visit to Norway starting Monday.", "2024-05-08",
     "2024-05-13/2024-05-14", "planned"),
])
def test_a_stay_told_with_both_ends_in_one_sentence(lang, text, dct, value, status):
    found = [(e.date.value if e.date else None, e.status) for e in events(text, lang, dct)
             if e.type in ("StateVisit", "Visit")]
    assert found == [(value, status)]


@pytest.mark.parametrize("lang,text", [
    # only the beginning told: the end stays open
    ("en", "President Emmanuel Macron's state visit to Germany began on Monday.", ),
    ("de", "Der Staatsbesuch von Präsident Emmanuel Macron in Deutschland begann am Montag.", ),
])
def test_a_stay_told_only_as_beginning_stays_open(lang, text):
    found = [e.date.value for e in events(text, lang, "2024-05-16") if e.type in ("StateVisit", "Visit")]
    assert found == ["2024-05-13/.."]


@pytest.mark.parametrize("lang,text,value", [
    ("en", "The two-day NATO summit opened in Vilnius on Tuesday.", "2024-05-14/2024-05-15"),
    ("de", "Der zweitägige Nato-Gipfel hat am Dienstag in Vilnius begonnen.", "2024-05-14/2024-05-15"),
    ("en", "President Emmanuel Macron arrived in Berlin on Monday for a three-day official visit.",
     "2024-05-13/2024-05-15"),
])
def test_a_length_told_as_an_adjective_a_word_before_the_noun_is_the_stays(lang, text, value):
    found = [e.date.value for e in events(text, lang, "2024-05-16") if e.type in ("StateVisit", "Visit", "Summit")]
    assert found == [value]


# -- 3. which verb a date belongs to --------------------------------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("en", "Chancellor Olaf Scholz will meet President Emmanuel Macron on June 3 before travelling to Rome on "
           "June 5."),
    ("de", "Bundeskanzler Olaf Scholz wird Präsident Emmanuel Macron am 3. Juni treffen, bevor er am 5. Juni "
           "nach Rom reist."),
])
def test_a_date_before_a_subordinator_is_the_main_verbs(lang, text):
    assert dated(text, lang, "2024-05-16", "Meeting") == [("2024-06-03", "planned")]
    assert [v for v, _ in dated(text, lang, "2024-05-16", "StateVisit")] == ["2024-06-05"]


@pytest.mark.parametrize("lang,text", [
    ("en", "President Emmanuel Macron, who arrived in Berlin on Monday, met Chancellor Olaf Scholz on Tuesday."),
    ("de", "Nachdem Präsident Emmanuel Macron am Montag in Berlin eingetroffen war, traf er am Dienstag "
           "Bundeskanzler Olaf Scholz."),
    ("en", "After arriving in Oslo on Monday, President Jon Aas met Prime Minister Anna Lund on Tuesday."),
])
def test_a_date_of_a_fronted_or_relative_clause_does_not_date_the_main_event(lang, text):
    assert [v for v, _ in dated(text, lang, "2024-05-16", "Meeting")] == ["2024-05-14"]


# -- 4. the story an event continues -----------------------------------------------------------------

@pytest.mark.parametrize("lang,text,value", [
    ("de", "Präsident Emmanuel Macron besuchte von Montag bis Mittwoch Deutschland. Zum Abschluss seiner Reise "
           "traf er Bundeskanzler Olaf Scholz.", "2024-05-15"),
    ("de", "Präsident Emmanuel Macron besuchte von Montag bis Mittwoch Deutschland. Zum Auftakt seiner Reise "
           "traf er Bundeskanzler Olaf Scholz.", "2024-05-13"),
])
def test_the_first_or_last_day_of_a_journey_told_with_a_feminine_noun(lang, text, value):
    assert [v for v, _ in dated(text, lang, "2024-05-16", "Meeting")] == [value]


@pytest.mark.parametrize("lang,text", [
    ("de", "Am Montag besuchte Bundeskanzler Olaf Scholz Warschau. Bei einem Treffen mit Ministerpräsident "
           "Donald Tusk ging es um Energie."),
    ("en", "On Monday, Chancellor Olaf Scholz visited Warsaw. In a meeting with Prime Minister Donald Tusk, "
           "the two discussed energy."),
])
def test_a_meeting_naming_one_side_continues_the_story_before(lang, text):
    assert [v for v, _ in dated(text, lang, "2024-05-16", "Meeting")] == ["2024-05-13"]


@pytest.mark.parametrize("lang,text", [
    # two sides named, none shared with the visit: not its day
    ("en", "On Monday, Chancellor Olaf Scholz visited Warsaw. President Joe Biden met President Emmanuel "
           "Macron in Paris."),
])
def test_a_meeting_of_other_people_does_not_take_the_visits_day(lang, text):
    assert [v for v, _ in dated(text, lang, "2024-05-16", "Meeting")] != ["2024-05-13"]


@pytest.mark.parametrize("lang,text", [
    ("en", "President Emmanuel Macron arrived in Berlin on Monday for a three-day state visit. The two countries "
           "are close partners. Trade between them grew last year. Macron held talks with Chancellor Olaf Scholz."),
    ("de", "Präsident Emmanuel Macron ist am Montag zu einem dreitägigen Staatsbesuch in Berlin eingetroffen. "
           "Beide Länder sind enge Partner. Der Handel wuchs im vergangenen Jahr. Macron führte Gespräche mit "
           "Bundeskanzler Olaf Scholz."),
])
def test_an_event_of_the_guest_reported_during_a_stay_lies_in_it(lang, text):
    assert [v for v, _ in dated(text, lang, "2024-05-15", "Meeting")] == ["2024-05-13/2024-05-15"]


def test_after_the_stay_an_event_of_the_guest_far_on_is_the_reports():
    text = ("President Emmanuel Macron visited Berlin from May 6 to May 8. The two countries are close partners. "
            "Trade between them grew last year. Macron held talks with Chancellor Olaf Scholz.")
    assert [v for v, _ in dated(text, "en", "2024-05-15", "Meeting")] == ["2024-05-15"]


@pytest.mark.parametrize("text,found", [
    ("Commission President Ursula von der Leyen attended the European Council in Brussels on June 26 and 27. "
     "After the summit she told reporters that the Union stood together.", [("2024-06-27", "past")]),
])
def test_an_attended_european_council_is_the_occasion_a_statement_follows(text, found):
    assert dated(text, "en", "2024-06-28", "Summit") == [("2024-06-26/2024-06-27", "past")]
    assert dated(text, "en", "2024-06-28", "Statement") == found


@pytest.mark.parametrize("lang,text", [
    ("de", "Die Münchner Sicherheitskonferenz fand von Freitag bis Sonntag statt. Am Rande der Konferenz traf "
           "Bundeskanzler Olaf Scholz US-Vizepräsidentin Kamala Harris."),
    ("en", "The Munich Security Conference took place from Friday to Sunday. On the sidelines of the conference, "
           "Chancellor Olaf Scholz met Vice President Kamala Harris."),
    ("en", "Chancellor Olaf Scholz attended the Munich Security Conference from Friday to Sunday. On the sidelines "
           "of the conference, he met Vice President Kamala Harris."),
])
def test_an_event_on_the_sidelines_takes_the_days_of_the_occasion_told_before(lang, text):
    assert dated(text, lang, "2024-02-19", "Meeting") == [("2024-02-16/2024-02-18", "past")]


@pytest.mark.parametrize("lang,text", [
    # no sidelines: the conference's days are not the meeting's
    ("en", "The Munich Security Conference took place from Friday to Sunday. Chancellor Olaf Scholz met Vice "
           "President Kamala Harris in Berlin."),
    # a day of its own wins
    ("de", "Die Münchner Sicherheitskonferenz fand von Freitag bis Sonntag statt. Am Rande der Konferenz traf "
           "Bundeskanzler Olaf Scholz am Samstag US-Vizepräsidentin Kamala Harris."),
])
def test_no_sidelines_or_a_day_of_its_own_keeps_the_meeting_off_the_occasions_days(lang, text):
    assert [v for v, _ in dated(text, lang, "2024-02-19", "Meeting")] != ["2024-02-16/2024-02-18"]


def test_a_stay_told_with_sich_aufhalten_and_a_range_of_dotted_days():
    text = ("Präsident Emmanuel Macron hielt sich vom 13. bis 15. Mai in Berlin auf. Im Rahmen seines Besuchs "
            "traf er Bundeskanzler Olaf Scholz.")
    assert dated(text, "de", "2024-05-16", "StateVisit") == [("2024-05-13/2024-05-15", "past")]
    assert dated(text, "de", "2024-05-16", "Meeting") == [("2024-05-13/2024-05-15", "past")]


@pytest.mark.parametrize("lang,text", [
    ("de", "Das Treffen von Bundeskanzler Olaf Scholz mit Präsident Emmanuel Macron, das ursprünglich für Montag "
           "geplant war, fand am Dienstag statt."),
    ("en", "The meeting between Chancellor Olaf Scholz and President Emmanuel Macron, originally planned for "
           "Monday, took place on Tuesday."),
])
def test_the_predicate_finishing_the_sentence_wins_over_the_clause_after_the_noun(lang, text):
    assert dated(text, lang, "2024-05-16", "Meeting") == [("2024-05-14", "past")]


def test_a_clause_telling_when_the_noun_took_place_still_dates_it():
    text = ("Die Gespräche zwischen Bundeskanzler Olaf Scholz und Präsident Emmanuel Macron, die am Montag "
            "stattfanden, verliefen gut.")
    assert dated(text, "de", "2024-05-16", "Meeting") == [("2024-05-13", "past")]


@pytest.mark.parametrize("lang,text,value", [
    ("de", "Kommissionspräsidentin Ursula von der Leyen besucht am Donnerstag Polen und am Freitag Litauen.",
     "2024-08-29/2024-08-30"),
    ("en", "Commission President Ursula von der Leyen will visit Poland on Thursday and Lithuania on Friday.",
     "2024-08-29/2024-08-30"),
])
def test_a_journey_told_by_its_dated_legs_spans_their_days(lang, text, value):
    assert [v for v, _ in dated(text, lang, "2024-08-26", "StateVisit")] == [value]


@pytest.mark.parametrize("lang,text", [
    # a verb of its own for the second leg: two journeys, each its day
    ("en", "Commission President Ursula von der Leyen will visit Poland on Thursday and will travel to Lithuania "
           "on Friday."),
    ("de", "Am Donnerstag besucht Kommissionspräsidentin Ursula von der Leyen Polen, am Freitag reist sie nach "
           "Litauen."),
])
def test_legs_with_verbs_of_their_own_keep_their_own_days(lang, text):
    assert sorted(v for v, _ in dated(text, lang, "2024-08-26", "StateVisit")) == ["2024-08-29", "2024-08-30"]


def test_a_meeting_with_two_people_on_two_days_is_no_stay():
    text = "Commission President Ursula von der Leyen met Donald Tusk on Thursday and Gitanas Nauseda on Friday."
    assert all("/" not in (v or "") for v, _ in dated(text, "en", "2024-08-26", "Meeting"))


@pytest.mark.parametrize("lang,text", [
    ("de", "Der Europäische Rat tagte am Donnerstag und Freitag in Brüssel. Zum Abschluss des Gipfels sagte "
           "Kommissionspräsidentin Ursula von der Leyen, die Union stehe zusammen."),
    ("en", "EU leaders met in Brussels on Thursday and Friday. At the end of the summit, Commission President "
           "Ursula von der Leyen said the Union stood together."),
])
@pytest.mark.parametrize("dct", ["2024-06-28", "2024-07-01"])
def test_a_saying_at_the_end_of_a_summit_is_on_its_last_day_also_while_it_is_under_way(lang, text, dct):
    assert dated(text, lang, dct, "Statement") == [("2024-06-28", "past")]


def test_a_saying_without_a_noun_of_the_summit_is_not_put_in_one_under_way():
    text = ("President Emmanuel Macron has been on a state visit to Germany since Monday. Macron said Europe "
            "had to act.")
    assert dated(text, "en", "2024-05-16", "Statement") == [("2024-05-16", "past")]


@pytest.mark.parametrize("text,status", [
    ("Präsident Emmanuel Macron besucht bis Freitag Deutschland.", "ongoing"),
    # told in the past, its end before the report: done
    ("Präsident Emmanuel Macron besuchte bis Freitag Deutschland.", "past"),
])
def test_a_stay_told_by_its_last_day_ahead_is_under_way(text, status):
    found = dated(text, "de", "2024-05-16", "StateVisit")
    assert [s for _, s in found] == [status]
    assert found[0][0].startswith("../")


def test_going_on_to_the_next_stop_in_the_present_is_a_plan():
    text = ("Chancellor Olaf Scholz travels to Warsaw on Monday, where he will meet Prime Minister Donald Tusk. "
            "On Tuesday he goes on to Vilnius to meet President Gitanas Nauseda.")
    assert sorted(dated(text, "en", "2024-05-16", "StateVisit")) == [("2024-05-20", "planned"),
                                                                      ("2024-05-21", "planned")]


def test_no_sidelines_days_from_a_sentence_before_that_dates_an_event_of_its_own():
    text = ("Chancellor Olaf Scholz was re-elected party leader on May 3. On the sidelines of the conference, "
            "Prime Minister Donald Tusk met President Gitanas Nauseda.")
    assert [v for v, _ in dated(text, "en", "2024-05-16", "Meeting")] != ["2024-05-03"]
