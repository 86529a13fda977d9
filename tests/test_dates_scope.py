"""Event dates by scope (issue 9): which date expression, status and reading an event takes.

Every sentence here is written for these tests (own names, own places); the publication day is a
Thursday unless a test says otherwise.
"""

from __future__ import annotations

import datetime as dt

import pytest

from kb.model import Document
from kb.pipeline import analyse

DCT = dt.date(2024, 3, 14)  # a Thursday


def events(text: str, lang: str, dct: dt.date = DCT) -> list:
    return [e for e in analyse(Document(id="t", text=text, lang=lang, published=dct)).events if not e.implied_by]


def one(text: str, lang: str, etype: str, dct: dt.date = DCT):
    found = [e for e in events(text, lang, dct) if e.type == etype]
    assert len(found) == 1, [(e.type, e.date and e.date.value) for e in events(text, lang, dct)]
    return found[0]


# -- two verbs joined in one clause keep their own date and status ----------------------------------

@pytest.mark.parametrize("lang,text", [
    ("en", "President Tom Berg met Prime Minister Anna Lund in Oslo on Monday and will travel to Bergen on Friday."),
    ("de", "Präsident Tom Berg hat am Montag in Oslo Ministerpräsidentin Anna Lund getroffen und wird am Freitag "
           "nach Bergen reisen."),
])
def test_joined_verbs_each_keep_their_own_date_and_status(lang, text):
    meeting = one(text, lang, "Meeting")
    assert (meeting.status, meeting.date.value, meeting.date.source) == ("past", "2024-03-11", "text")
    trip = one(text, lang, "StateVisit")
    assert (trip.status, trip.date.value) == ("planned", "2024-03-15")


@pytest.mark.parametrize("lang,text", [
    ("en", "President Tom Berg will travel to Bergen on Friday and meet Prime Minister Anna Lund there."),
    ("de", "Präsident Tom Berg wird am Freitag nach Bergen reisen und dort Ministerpräsidentin Anna Lund treffen."),
])
def test_a_verb_joined_without_a_date_shares_the_first_ones(lang, text):
    """The second verb has no date and no tense cue of its own: it is part of the same plan."""
    meeting = one(text, lang, "Meeting")
    assert (meeting.status, meeting.date.value) == ("planned", "2024-03-15")


# -- a definite event noun that only tells the date of an event told before -------------------------

@pytest.mark.parametrize("lang,text,status,value", [
    ("en", "President Tom Berg met Prime Minister Anna Lund in Oslo. The meeting took place on Tuesday.",
     "past", "2024-03-12"),
    ("en", "President Tom Berg will meet Prime Minister Anna Lund in Oslo. The talks are scheduled for Monday.",
     "planned", "2024-03-18"),
    ("de", "Präsident Tom Berg hat Ministerpräsidentin Anna Lund in Oslo getroffen. Das Treffen fand am Dienstag "
           "statt.", "past", "2024-03-12"),
    ("de", "Präsident Tom Berg wird Ministerpräsidentin Anna Lund in Oslo treffen. Die Begegnung soll am Montag "
           "stattfinden.", "planned", "2024-03-18"),
])
def test_the_date_of_an_event_told_in_the_next_sentence(lang, text, status, value):
    """One event, dated by the sentence about it; the noun tells no second meeting."""
    (ev,) = events(text, lang)
    assert (ev.type, ev.status, ev.date.value, ev.date.source) == ("Meeting", status, value, "text")


@pytest.mark.parametrize("lang,text", [
    ("en", "President Tom Berg met Prime Minister Anna Lund in Oslo. The two had last met in January."),
    ("de", "Präsident Tom Berg hat Ministerpräsidentin Anna Lund in Oslo getroffen. Die beiden hatten sich "
           "zuletzt im Januar getroffen."),
    ("en", "President Tom Berg met Prime Minister Anna Lund in Oslo. The meeting took place in the harbour."),
    ("de", "Präsident Tom Berg hat Ministerpräsidentin Anna Lund getroffen. Das Treffen war seit Januar geplant."),
])
def test_another_event_or_no_date_leaves_the_first_undated(lang, text):
    """An earlier meeting of the same two, a place without a date, a date the meeting was planned
    since: the meeting itself stays dated by the report only."""
    first = events(text, lang)[0]
    assert first.type == "Meeting" and first.date.source == "publication" and first.date.value == "2024-03-14"


def test_a_meeting_told_in_the_next_sentence_keeps_a_date_of_its_own():
    """Dated already: a later definite noun with another date does not move it."""
    text = "President Tom Berg met Prime Minister Anna Lund on Monday. The meeting in Oslo took place on Tuesday."
    first = events(text, "en")[0]
    assert first.date.value == "2024-03-11"


# -- the calendar over a status cue -----------------------------------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("en", "President Tom Berg begins a state visit to Norway on Monday."),
    ("de", "Präsident Tom Berg beginnt am Montag einen Staatsbesuch in Norwegen."),
])
def test_a_stay_beginning_after_publication_is_planned(lang, text):
    ev = one(text, lang, "StateVisit")
    assert ev.status == "planned" and ev.date.value.startswith("2024-03-18")


# -- a sentence that goes on from the one before ----------------------------------------------------

@pytest.mark.parametrize("lang,text,status,value", [
    ("en", "On Tuesday, President Tom Berg toured a shipyard in Bergen. Later he met Prime Minister Anna Lund.",
     "past", "2024-03-12"),
    ("en", "President Tom Berg will tour a shipyard in Bergen on Friday. Afterwards he will meet Prime Minister "
           "Anna Lund.", "planned", "2024-03-15"),
    ("de", "Am Dienstag besichtigte Präsident Tom Berg eine Werft in Bergen. Anschließend traf er "
           "Ministerpräsidentin Anna Lund.", "past", "2024-03-12"),
    ("de", "Präsident Tom Berg besichtigt am Freitag eine Werft in Bergen. Danach trifft er Ministerpräsidentin "
           "Anna Lund.", "planned", "2024-03-15"),
])
def test_a_sequel_is_on_the_day_the_sentence_before_names(lang, text, status, value):
    ev = one(text, lang, "Meeting")
    assert (ev.status, ev.date.value, ev.date.source) == (status, value, "context") and ev.date.uncertain


@pytest.mark.parametrize("lang,text", [
    ("en", "On Tuesday, President Tom Berg toured a shipyard in Bergen. Prime Minister Anna Lund met him."),
    ("en", "On Tuesday, President Tom Berg toured a shipyard in Bergen. Later that year he met Prime Minister "
           "Anna Lund."),
    ("de", "Am Dienstag besichtigte Präsident Tom Berg eine Werft in Bergen. Ministerpräsidentin Anna Lund "
           "traf ihn."),
    ("en", "President Tom Berg toured a shipyard in Bergen in March. Later he met Prime Minister Anna Lund."),
])
def test_no_sequel_no_day_no_date_from_the_sentence_before(lang, text):
    """No sequel cue, a sequel with a time of its own ("later that year"), or a sentence before that
    names no day: the meeting is not dated by the sentence before."""
    ev = one(text, lang, "Meeting")
    assert ev.date is None or ev.date.source != "context"


# -- a plan dated by a month or a day told without its year ------------------------------------------

@pytest.mark.parametrize("lang,text,value", [
    ("en", "President Tom Berg will meet Prime Minister Anna Lund in February.", "2025-02"),
    ("de", "Präsident Tom Berg wird Ministerpräsidentin Anna Lund im Februar treffen.", "2025-02"),
    ("en", "President Tom Berg will meet Prime Minister Anna Lund in February 2024.", "2024-02"),
])
def test_a_plan_lies_ahead_unless_its_year_is_written(lang, text, value):
    ev = one(text, lang, "Meeting")
    assert ev.status == "planned" and ev.date.value == value


# -- reported and embedded clauses -----------------------------------------------------------------

def test_the_tense_of_a_that_clause_is_not_the_tense_of_an_event_before_it():
    """"would" belongs to what is said; the meeting after "after" is past, on the Wednesday before."""
    text = ("President Tom Berg told reporters in Oslo on Thursday after meeting Prime Minister Anna Lund on "
            "Wednesday that trade would grow.")
    ev = one(text, "en", "Meeting", dt.date(2022, 5, 20))
    assert (ev.status, ev.date.value) == ("past", "2022-05-18")


def test_a_date_in_an_event_nouns_phrase_is_the_nouns_not_the_verbs():
    text = ("Nach ihrem Treffen mit Präsident Tom Berg am Mittwoch sagte Ministerpräsidentin Anna Lund am "
            "Donnerstag in Oslo, der Handel werde wachsen.")
    found = {e.type: e for e in events(text, "de", dt.date(2022, 5, 20))}
    assert found["Meeting"].date.value == "2022-05-18"
    assert found["Statement"].date.value == "2022-05-19"


@pytest.mark.parametrize("lang,text", [
    ("en", "President Tom Berg said on Wednesday that he had met Prime Minister Anna Lund last week."),
    ("de", "Präsident Tom Berg sagte am Mittwoch, er habe Ministerpräsidentin Anna Lund in der vergangenen Woche "
           "getroffen."),
])
def test_reported_speech_dates_the_saying_and_the_reported_event_apart(lang, text):
    found = {e.type: e for e in events(text, lang)}
    assert found["Statement"].date.value == "2024-03-13"
    assert (found["Meeting"].status, found["Meeting"].date.value) == ("past", "2024-03-04/2024-03-10")


# -- plans told by an agreement; a status taken over but over by publication -------------------------

@pytest.mark.parametrize("lang,text", [
    ("en", "President Tom Berg spoke by phone with Prime Minister Anna Lund. They discussed the summit of the "
           "Nordic Council, which will take place in Bergen on March 21. The two leaders also agreed to meet on "
           "the sidelines of the summit."),
    ("de", "Präsident Tom Berg telefonierte mit Ministerpräsidentin Anna Lund. Sie sprachen über den Gipfel des "
           "Nordischen Rates, der am 21. März in Bergen stattfinden wird. Die beiden vereinbarten ein Treffen am "
           "Rande des Gipfels."),
])
def test_an_agreed_meeting_is_planned_and_takes_the_date_of_the_summit_it_is_at(lang, text):
    ev = one(text, lang, "Meeting")
    assert (ev.status, ev.date.value, ev.date.source) == ("planned", "2024-03-21", "context")


def test_an_event_over_before_publication_is_not_under_way():
    text = ("Prime Minister Anna Lund arrived in Tokyo on Thursday for a three-day official visit, her first to "
            "Japan since taking office in January.")
    found = [e for e in events(text, "en", dt.date(2022, 5, 20)) if e.date is not None and e.date.value == "2022-01"]
    assert all(e.status == "past" for e in found)


# -- weekdays on the side of publication the tense gives ---------------------------------------------

@pytest.mark.parametrize("lang,text,status,value", [
    ("en", "Prime Minister Anna Lund heads to Washington on Tuesday for talks with President Tom Berg.",
     "planned", "2024-03-19"),
    ("en", "Prime Minister Anna Lund headed to Washington on Tuesday for talks with President Tom Berg.",
     "past", "2024-03-12"),
    ("de", "Präsident Tom Berg dürfte am Dienstag Ministerpräsidentin Anna Lund treffen.", "planned", "2024-03-19"),
    ("de", "Präsident Tom Berg möchte am Dienstag Ministerpräsidentin Anna Lund treffen.", "hypothetical",
     "2024-03-19"),
    ("de", "Präsident Tom Berg hatte am Dienstag Ministerpräsidentin Anna Lund in Oslo empfangen.", "past",
     "2024-03-12"),
])
def test_a_weekday_lies_on_the_side_the_tense_says(lang, text, status, value):
    found = [e for e in events(text, lang) if e.type in ("Meeting", "StateVisit")]
    assert found and all((e.status, e.date.value) == (status, value) for e in found), \
        [(e.type, e.status, e.date and e.date.value) for e in found]


# -- a stay told as over, without a date -----------------------------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("en", "President Tom Berg has wrapped up a three-day visit to Norway."),
    ("de", "Präsident Tom Berg hat seinen dreitägigen Besuch in Norwegen beendet."),
])
def test_a_stay_told_as_over_without_a_date_ends_by_the_report(lang, text):
    ev = one(text, lang, "StateVisit")
    assert ev.status == "past" and ev.date.value == "2024-03-12/2024-03-14"
    assert ev.date.source == "publication" and ev.date.uncertain and ev.date.latest == DCT


def test_an_invitation_to_a_meeting_is_a_plan():
    text = ("Präsident Tom Berg hatte gestern Ministerpräsidentin Anna Lund zu einem Treffen am 14. September "
            "eingeladen.")
    ev = one(text, "de", "Meeting", dt.date(2021, 9, 6))
    assert (ev.status, ev.date.value) == ("planned", "2021-09-14")


# -- a visit ended by its guest leaving, told in the next sentence -----------------------------------

@pytest.mark.parametrize("lang,text", [
    ("en", "President Tom Berg will visit Norway from Monday. He will leave Oslo on Wednesday."),
    ("de", "Präsident Tom Berg besucht ab Montag Norwegen. Am Mittwoch kehrt er nach Washington zurück."),
])
def test_the_guest_leaving_ends_the_visit(lang, text):
    (ev,) = events(text, lang)
    assert (ev.type, ev.status, ev.date.value) == ("StateVisit", "planned", "2024-03-18/2024-03-20")


@pytest.mark.parametrize("lang,text", [
    ("en", "President Tom Berg will visit Norway from Monday. Prime Minister Anna Lund will leave for Brussels "
           "on Wednesday."),
    ("de", "Präsident Tom Berg besucht ab Montag Norwegen. Ministerpräsidentin Anna Lund reist am Mittwoch nach "
           "Brüssel ab."),
    ("en", "President Tom Berg will visit Norway. He will leave Oslo on Wednesday."),
])
def test_someone_else_leaving_or_an_undated_visit_keeps_its_days(lang, text):
    """Another person leaves; or the visit has no stated start to end."""
    ev = next(e for e in events(text, lang) if e.type == "StateVisit")
    assert ev.date is None or "/" not in ev.date.value


@pytest.mark.parametrize("lang,text,value", [
    ("de", "Präsident Tom Berg trifft Ministerpräsidentin Anna Lund im Herbst.", "2024-09/2024-11"),
    ("en", "President Tom Berg met Prime Minister Anna Lund last summer.", "2023-06/2023-08"),
])
def test_a_season_is_its_months_also_when_read_again_in_the_plans_direction(lang, text, value):
    assert one(text, lang, "Meeting").date.value == value


# -- dates of inserted clauses and event nouns -------------------------------------------------------

def test_a_relative_clause_does_not_cut_a_trigger_from_its_last_words():
    text = ("Prime Minister Anna Lund welcomed President Tom Berg, who arrived on Tuesday for a two-day visit, "
            "in Oslo on Wednesday.")
    found = {e.type: e for e in events(text, "en")}
    assert found["Meeting"].date.value == "2024-03-13" and found["Meeting"].date.source == "text"
    assert found["StateVisit"].date.value == "2024-03-12/2024-03-13"


def test_a_date_an_event_noun_holds_does_not_date_the_verb_after_it():
    text = ("Nach seinen Gesprächen mit Ministerpräsidentin Anna Lund am Montag wird Präsident Tom Berg nach "
            "Schweden reisen.")
    trip = one(text, "de", "StateVisit")
    assert trip.status == "planned" and (trip.date is None or trip.date.source != "text")


@pytest.mark.parametrize("lang,text", [
    ("en", "President Tom Berg will visit Norway from March 18 to 20. On the agenda is also a meeting with Prime "
           "Minister Anna Lund."),
    ("de", "Präsident Tom Berg besucht vom 18. bis zum 20. März Norwegen. Auf dem Programm steht auch ein Treffen "
           "mit Ministerpräsidentin Anna Lund."),
])
def test_an_event_on_a_visits_programme_lies_within_it_though_the_guest_is_not_named(lang, text):
    ev = one(text, lang, "Meeting")
    assert (ev.status, ev.date.value, ev.date.source) == ("planned", "2024-03-18/2024-03-20", "context")


def test_an_event_of_other_people_without_a_stay_cue_is_not_put_in_the_visit():
    text = ("President Tom Berg will visit Norway from March 18 to 20. Prime Minister Anna Lund met King Harald "
            "in Oslo.")
    ev = one(text, "en", "Meeting")
    assert ev.date is None or ev.date.source != "context"


# -- a date counted from a day the text told (x-dates) ---------------------------------------------

@pytest.mark.parametrize("lang,text,value", [
    ("en", "President Tom Berg arrived in Oslo on Monday. The next day he met Prime Minister Anna Lund.",
     "2024-03-12"),
    ("en", "President Tom Berg arrived in Oslo on March 3. The following day he met Prime Minister Anna Lund.",
     "2024-03-04"),
    ("de", "Präsident Tom Berg traf am Montag in Oslo ein. Am nächsten Tag traf er Ministerpräsidentin Anna Lund.",
     "2024-03-12"),
    ("de", "Präsident Tom Berg traf am 3. März in Oslo ein. Tags darauf traf er Ministerpräsidentin Anna Lund.",
     "2024-03-04"),
])
def test_the_next_day_is_counted_from_the_day_told_before_and_is_past(lang, text, value):
    """"next" in "the next day" says nothing of the publication day: the meeting is told as done,
    on the day after the one the sentence before names -- not read again from publication."""
    ev = one(text, lang, "Meeting")
    assert (ev.status, ev.date.value) == ("past", value)


@pytest.mark.parametrize("lang,text,value", [
    ("en", "President Tom Berg will arrive in Oslo on Monday. The following day he will meet Prime Minister "
           "Anna Lund.", "2024-03-19"),
    ("de", "Präsident Tom Berg wird am Montag in Oslo eintreffen. Am Tag danach wird er Ministerpräsidentin "
           "Anna Lund treffen.", "2024-03-19"),
    ("en", "President Tom Berg will meet Prime Minister Anna Lund in Oslo next week.", "2024-03-18/2024-03-24"),
    ("de", "Präsident Tom Berg trifft nächste Woche Ministerpräsidentin Anna Lund in Oslo.", "2024-03-18/2024-03-24"),
])
def test_the_next_day_of_a_plan_and_next_week_stay_ahead(lang, text, value):
    ev = one(text, lang, "Meeting")
    assert (ev.status, ev.date.value) == ("planned", value)


# -- digest items: a place before the date line, a day opening the item's paragraph ----------------

@pytest.mark.parametrize("text", [
    "Brüssel, 26. April 2011\n\nKommissionspräsident Tom Berg hat heute Ministerpräsidentin Eva Kurz getroffen."
    "\n\nBrüssel, 29. April 2011\n\nKommissionspräsident Tom Berg hat heute Ministerpräsident Jon Aas getroffen.",
    "26.04.2011 Kommissionspräsident Tom Berg hat heute Ministerpräsidentin Eva Kurz in Oslo getroffen.\n\n"
    "29.04.2011 Kommissionspräsident Tom Berg hat heute Ministerpräsident Jon Aas in Brüssel getroffen.",
    "26/04/2011 - Kommissionspräsident Tom Berg hat heute Ministerpräsidentin Eva Kurz in Oslo getroffen.\n\n"
    "29/04/2011 - Kommissionspräsident Tom Berg hat heute Ministerpräsident Jon Aas in Brüssel getroffen.",
])
def test_a_digest_item_dated_by_a_place_line_or_an_opening_day(text):
    """"heute" in the item of 26 April is that day, not the publication day (the newest item's)."""
    found = sorted(e.date.value for e in events(text, "de", dt.date(2011, 4, 29)) if e.type == "Meeting")
    assert found == ["2011-04-26", "2011-04-29"]


@pytest.mark.parametrize("text", [
    "Berlin, 26. April 2011\n\nKommissionspräsident Tom Berg hat heute Ministerpräsidentin Eva Kurz getroffen.",
    "Kommissionspräsident Tom Berg hat heute Ministerpräsidentin Eva Kurz in Oslo getroffen.\n\n"
    "Am 26.04.2011 hatte er Ministerpräsident Jon Aas in Brüssel getroffen.",
])
def test_one_dated_item_or_a_sentence_opening_with_a_date_is_no_digest(text):
    """One date line is no digest; "Am 26.04.2011 ..." is a sentence, not an item's day."""
    found = [e for e in events(text, "de", dt.date(2011, 4, 29)) if e.type == "Meeting"]
    assert "2011-04-29" in [e.date.value for e in found]


# -- a sentence that names the day and tells no event of its own sets the time of the next ----------

@pytest.mark.parametrize("lang,text,etype,status,value", [
    ("de", "Die Lage in Nordafrika wird am kommenden Samstag im Mittelpunkt eines Treffens in Oslo stehen. "
           "Präsident Tom Berg wird dazu nach Oslo reisen.", "StateVisit", "planned", "2024-03-16"),
    ("en", "The situation in the Arctic will be at the centre of talks in Oslo on Saturday. President Tom Berg "
           "will travel to Oslo for the talks.", "StateVisit", "planned", "2024-03-16"),
    ("en", "On Tuesday evening the conclave elected a successor. After five ballots the cardinals chose Tom Berg "
           "as pope.", "Election", "past", "2024-03-12TEV"),
    ("de", "Am Dienstagabend war es so weit: Die Kardinäle haben gewählt. Nach fünf Wahlgängen "
           "wählten die Kardinäle Tom Berg zum Papst.", "Election", "past", "2024-03-12TEV"),
])
def test_an_undated_event_takes_the_day_of_the_sentence_before_that_tells_none(lang, text, etype, status, value):
    ev = one(text, lang, etype)
    assert (ev.status, ev.date.value, ev.date.source) == (status, value, "context") and ev.date.uncertain


@pytest.mark.parametrize("lang,text", [
    ("de", "Am Montag gab es heftige Proteste in Oslo. Präsident Tom Berg wird nach Oslo reisen."),
    ("en", "There were violent protests in Oslo on Monday. President Tom Berg will travel to Oslo."),
    ("en", "Storms will hit the coast on Saturday. President Tom Berg met Prime Minister Anna Lund in Oslo."),
    ("en", "VOA News 12 March 2024\n\nPresident Tom Berg met Prime Minister Anna Lund in Oslo."),
])
def test_no_day_from_a_sentence_before_on_the_other_side_or_a_byline(lang, text):
    """A day on the other side of publication than the event's status, and a byline (no verb, no
    event noun): the event keeps no date from there."""
    ev = next(e for e in events(text, lang) if e.type in ("StateVisit", "Meeting"))
    assert ev.date is None or ev.date.source == "publication"


@pytest.mark.parametrize("text", [
    "Am Freitag reiste Präsident Tom Berg nach Bergen. Anschließend traf er Ministerpräsidentin Anna Lund.",
    "Am Freitag empfingen die Bürger Präsident Tom Berg in Bergen. Danach traf er Ministerpräsidentin Anna Lund.",
])
def test_a_sequel_after_a_past_weekday_is_past_and_before_publication(text):
    """"reiste", "empfingen" are past tense: the Friday is the one before the (Thursday)
    publication, and so is the meeting that follows it -- never a day after publication."""
    ev = one(text, "de", "Meeting", dt.date(2024, 5, 16))
    assert (ev.status, ev.date.value) == ("past", "2024-05-10")


# -- a date put in front of the sentence; a saying told by a noun and a verb --------------------------

@pytest.mark.parametrize("lang,text,status,value", [
    ("en", "On Tuesday, March 12, President Tom Berg addressed the parliament of Norway.", "past", "2024-03-12"),
    ("en", "On Monday, President Tom Berg will address the parliament of Norway.", "planned", "2024-03-18"),
    ("de", "Am Montag, dem 18. März, hält Präsident Tom Berg eine Rede vor dem Parlament.", "planned", "2024-03-18"),
])
def test_a_fronted_date_dates_a_speech_after_it(lang, text, status, value):
    """A first clause that is only a date scopes over the sentence, a speaking trigger's too."""
    ev = one(text, lang, "Statement")
    assert (ev.status, ev.date.value, ev.date.source) == (status, value, "text")


@pytest.mark.parametrize("lang,text,value", [
    ("en", "In a speech on Tuesday, President Tom Berg said that he met Prime Minister Anna Lund on Monday.",
     "2024-03-12"),
    ("en", "At a press conference on Monday, President Tom Berg said that the talks had been useful.", "2024-03-11"),
    ("de", "In seiner Rede am Montag kündigte Präsident Tom Berg einen Besuch in Oslo an.", "2024-03-11"),
])
def test_a_saying_told_by_a_noun_and_a_verb_has_the_nouns_day(lang, text, value):
    """"In a speech on Tuesday, X said": the day of the speech is that of the saying, not that of
    what is said ("met ... on Monday"), and a past "kündigte ... an" after the day puts it before
    publication."""
    ev = next(e for e in events(text, lang) if e.type in ("Statement", "Announcement"))
    assert (ev.status, ev.date.value) == ("past", value)


def test_the_day_right_after_a_speaking_verb_is_still_not_the_reported_events():
    text = "President Tom Berg said Tuesday that Prime Minister Anna Lund had announced a visit to Oslo."
    found = {e.type: e for e in events(text, "en")}
    assert found["Statement"].date.value == "2024-03-12"
    assert "Announcement" not in found or found["Announcement"].date.value != "2024-03-12"


@pytest.mark.parametrize("text,status,value", [
    ("Beim gestrigen Treffen in Wien sprach Präsident Tom Berg mit Bundeskanzlerin Eva Kurz über den Handel.",
     "past", "2024-03-13"),
    ("Beim morgigen Treffen in Wien wird Präsident Tom Berg mit Bundeskanzlerin Eva Kurz über den Handel sprechen.",
     "planned", "2024-03-15"),
])
def test_yesterdays_and_tomorrows_meeting_in_german(text, status, value):
    ev = one(text, "de", "Meeting")
    assert (ev.status, ev.date.value) == (status, value)


@pytest.mark.parametrize("lang,text", [
    ("de", "Die Staats- und Regierungschefs der EU kamen am Donnerstag und Freitag in Brüssel zusammen."),
    ("en", "EU leaders met in Brussels on Thursday and Friday."),
])
def test_two_days_told_together_on_a_thursday_are_the_last_thursday_and_friday(lang, text):
    """In a Thursday report of what was done, "Thursday and Friday" are the two days of last
    week -- not an interval that ends before it begins."""
    ev = one(text, lang, "Summit")
    assert ev.date.value == "2024-03-07/2024-03-08"


@pytest.mark.parametrize("text", [
    "Präsident Tom Berg empfing Präsident Jon Aas am Dienstag zu einem Staatsbesuch in Washington.",
    "Präsident Tom Berg empfing Präsident Jon Aas am Dienstag zu einem Staatsbesuch im Weißen Haus.",
])
def test_a_begin_cue_inside_a_word_tells_no_beginning(text):
    """"empfing" is no "fing" (began): the state visit is not told as beginning that Tuesday with
    its end open, and no meeting gets an interval."""
    for ev in events(text, "de", dt.date(2018, 4, 25)):
        assert ev.date.value == "2018-04-24", (ev.type, ev.date.value)


def test_a_stay_told_as_beginning_is_still_open():
    ev = one("Die Reise von Präsident Tom Berg nach Kenia beginnt morgen.", "de", "StateVisit")
    assert ev.date.value == "2024-03-15/.."


# -- a date set off by commas after the place --------------------------------------------------------

@pytest.mark.parametrize("lang,text,value", [
    ("en", "Secretary Tom Berg will travel to Nairobi, Kenya, May 1-2, where he will meet President Jon Aas.",
     "2024-05-01/2024-05-02"),
    ("en", "Secretary Tom Berg will travel to Nairobi, Kenya, on May 2.", "2024-05-02"),
    ("de", "Außenminister Tom Berg reist nach Kairo, Ägypten, am 3. Mai, um Präsident Jon Aas zu treffen.",
     "2024-05-03"),
    ("en", "President Tom Berg will visit Kampala, Uganda, on March 21-22 to attend a conference.",
     "2024-03-21/2024-03-22"),
])
def test_a_date_after_the_place_in_clauses_of_their_own_dates_the_trip(lang, text, value):
    ev = one(text, lang, "StateVisit")
    assert (ev.status, ev.date.value) == ("planned", value)


def test_a_date_in_a_relative_clause_after_the_place_does_not_date_the_trip():
    """"which he last visited in 2010": a clause with a verb of its own is not a bare date."""
    ev = one("Secretary Tom Berg will travel to Nairobi, the capital of Kenya, which he last visited in 2010.",
             "en", "StateVisit")
    assert ev.date is None or ev.date.value != "2010"


@pytest.mark.parametrize("lang,text,etype,value", [
    ("de", "Anlässlich ihrer Begegnung in Oslo haben Präsident Tom Berg und Ministerpräsidentin Anna Lund "
           "vereinbart, den 21. September als Termin für die Übergabe der Urkunden festzusetzen.",
     "Meeting", "09-21"),
    ("en", "President Tom Berg will travel to Oslo, and on May 3 Prime Minister Anna Lund will travel to Bergen.",
     "StateVisit", "05-03"),
])
def test_a_complement_or_another_listed_item_is_no_apposed_date(lang, text, etype, value):
    """The day after "vereinbart," is what was agreed; a clause opened by "and" tells another item
    (which may still lend its day as the context, but not as the first event's own date)."""
    first = next(ev for ev in events(text, lang) if ev.type == etype)
    assert first.date is None or value not in first.date.value or first.date.source != "text"


# -- a plan of a guest within the planned stay told a few sentences before --------------------------

@pytest.mark.parametrize("lang,text", [
    ("de", "Präsident Tom Berg besucht am 24. und 25. April Deutschland. Es ist sein fünfter Besuch in Deutschland. "
           "Zuletzt war er 2013 in Berlin. Er wird Bundeskanzlerin Eva Kurz treffen."),
    ("en", "President Tom Berg will visit Germany on April 24 and 25. It will be his fifth visit to Germany. He last "
           "visited Berlin in 2013. He will meet Chancellor Eva Kurz."),
])
def test_an_undated_plan_lies_in_the_planned_stay_of_its_guest(lang, text):
    """The visit in 2013 (done) does not date the plan; the stay planned three sentences before does."""
    ev = one(text, lang, "Meeting")
    assert (ev.status, ev.date.value, ev.date.source) == ("planned", "2024-04-24/2024-04-25", "context")


@pytest.mark.parametrize("lang,text", [
    ("en", "President Tom Berg will visit Germany on April 24 and 25. Chancellor Eva Kurz will meet Prime Minister "
           "Anna Lund in Oslo."),
    ("en", "President Tom Berg visited Germany on March 4 and 5. He will meet Chancellor Eva Kurz."),
])
def test_no_stay_date_for_a_plan_of_other_people_or_after_a_stay_done(lang, text):
    ev = one(text, lang, "Meeting")
    assert ev.date is None or ev.date.source == "publication"


@pytest.mark.parametrize("lang,text", [
    ("de", "Oslo (Norwegen), 14.03.2024 – Präsident Tom Berg hat Ministerpräsidentin Anna Lund getroffen."),
    ("en", "Oslo, March 14, 2024 – President Tom Berg met Prime Minister Anna Lund."),
])
def test_the_day_of_a_report_dateline_is_the_publications_not_a_stated_date(lang, text):
    """The place-and-day line opening a report dates the report: an event it alone dates is dated
    by the report's day as such (on or before it), and says so."""
    ev = one(text, lang, "Meeting")
    assert (ev.date.value, ev.date.source) == ("2024-03-14", "publication")


def test_a_day_after_the_dateline_still_dates_the_event():
    text = "Oslo (Norwegen), 14.03.2024 – Präsident Tom Berg hat am Dienstag Ministerpräsidentin Anna Lund getroffen."
    ev = one(text, "de", "Meeting")
    assert (ev.date.value, ev.date.source) == ("2024-03-12", "text")


# -- a date that modifies a noun ("Sunday's vote", "the March 4 vote", "die Beschlüsse vom Montag") ---

@pytest.mark.parametrize("lang,text,etype", [
    ("en", "Tom Berg's talks with Anna Lund followed the March 4 vote on the budget.", "Meeting"),
    ("de", "Präsident Tom Berg telefonierte mit Kanzlerin Anna Lund über die Beschlüsse vom 2. Februar.", "PhoneCall"),
    ("de", "Präsident Tom Berg telefonierte mit Kanzlerin Anna Lund über die gestrige Abstimmung im Parlament.",
     "PhoneCall"),
    ("en", "President Tom Berg called Chancellor Anna Lund about last Sunday's vote in parliament.", "PhoneCall"),
])
def test_a_date_of_another_noun_does_not_date_the_event(lang, text, etype):
    """The date belongs to the noun it modifies; the event, told with no date of its own, is dated
    by the publication day as such."""
    ev = one(text, lang, etype)
    assert (ev.date.value, ev.date.source) == ("2024-03-14", "publication")


@pytest.mark.parametrize("lang,text,etype,value", [
    ("en", "Monday's talks between Tom Berg and Anna Lund ended without agreement.", "Meeting", "2024-03-11"),
    ("en", "The March 4 talks between Tom Berg and Anna Lund ended without agreement.", "Meeting", "2024-03-04"),
    ("en", "At Monday's meeting in Oslo, President Tom Berg said the talks were useful.", "Statement", "2024-03-11"),
    ("de", "Bei der gestrigen Sitzung in Oslo sagte Präsident Tom Berg, die Lage sei ernst.", "Statement", "2024-03-13"),
    # the date after the names of the phrase the event noun heads is the noun's
    ("de", "Ein Treffen von Kanzlerin Anna Lund und Präsident Tom Berg vom Montag verlief gut.", "Meeting", "2024-03-11"),
    ("de", "Der Besuch von Präsident Tom Berg vom 18. bis 20. März in Chile ist der erste seit 2019.", "StateVisit",
     "2024-03-18/2024-03-20"),
])
def test_a_date_of_the_event_noun_or_its_setting_still_dates_it(lang, text, etype, value):
    ev = one(text, lang, etype)
    assert (ev.date.value, ev.date.source) == (value, "text")


# -- a journey made for what a purpose clause tells (no event of its own there) ------------------------

@pytest.mark.parametrize("lang,text,status,value", [
    ("en", "President Eva Kurz later heads on to Quito, Ecuador, to take part in the third congress of Andean mayors "
           "on April 8 and 9.", "planned", "2024-04-08/2024-04-09"),
    ("en", "President Eva Kurz went to Quito, Ecuador, to take part in the third congress of Andean mayors on March "
           "10 and 11.", "past", "2024-03-10/2024-03-11"),
    ("de", "Präsidentin Eva Kurz reist anschließend nach Quito weiter, um dort am 8. und 9. April am dritten Kongress "
           "der Andenbürgermeister teilzunehmen.", "planned", "2024-04-08/2024-04-09"),
])
def test_a_journey_takes_the_date_of_its_purpose(lang, text, status, value):
    ev = one(text, lang, "StateVisit")
    assert (ev.status, ev.date.value) == (status, value)


@pytest.mark.parametrize("lang,text,etype", [
    # a clause telling something else stands between
    ("en", "President Eva Kurz heads on to Quito, where rain had closed the airport, to take part in the third "
           "congress of Andean mayors on April 8.", "StateVisit"),
    # not a journey: a call is not made where the congress is
    ("en", "Prime Minister Jon Aas called President Eva Kurz, to discuss the third congress of Andean mayors on "
           "April 8.", "PhoneCall"),
])
def test_no_purpose_date_past_another_clause_or_for_a_point_event(lang, text, etype):
    ev = one(text, lang, etype)
    assert ev.date is None or ev.date.value != "2024-04-08"


# -- an event noun, a clause set off after it, and the predicate telling when it took place ----------

@pytest.mark.parametrize("lang,text", [
    ("en", "The meeting between President Tom Berg and Anna Lund, their first since 2019, took place on Tuesday."),
    ("en", "The talks between President Tom Berg and Anna Lund, which were arranged at short notice, were held in "
           "Oslo on Tuesday."),
    ("de", "Das Treffen zwischen Präsident Tom Berg und Anna Lund, das erste seit 2019, fand am Dienstag statt."),
    ("de", "Das Treffen zwischen Präsident Tom Berg und Anna Lund, das kurzfristig vereinbart worden war, fand am "
           "Dienstag in Oslo statt."),
])
def test_the_predicate_after_an_inserted_clause_dates_the_event_noun(lang, text):
    ev = one(text, lang, "Meeting")
    assert (ev.date.value, ev.date.source) == ("2024-03-12", "text")


@pytest.mark.parametrize("lang,text", [
    ("en", "The talks between President Tom Berg and Anna Lund, the first in five years, showed that trade will grow "
           "in May."),
    ("de", "Das Treffen zwischen Präsident Tom Berg und Anna Lund, das erste seit 2019, zeigte, dass der Handel im "
           "Mai wachsen wird."),
])
def test_no_date_from_a_predicate_that_tells_no_taking_place(lang, text):
    ev = one(text, lang, "Meeting")
    assert ev.date.source == "publication"


# -- a hope or an offer looks ahead, as a plan does --------------------------------------------------

@pytest.mark.parametrize("lang,text,etype,value", [
    ("en", "President Tom Berg wants to meet Anna Lund in May, his spokesman said on Wednesday.", "Meeting", "2024-05"),
    ("en", "President Tom Berg hopes to visit Chile in February.", "StateVisit", "2025-02"),
    ("de", "Präsident Tom Berg hofft, Anna Lund im Februar in Oslo zu treffen.", "Meeting", "2025-02"),
    # done, not hoped for: the February before
    ("en", "President Tom Berg met Anna Lund in February.", "Meeting", "2024-02"),
])
def test_a_hypothetical_event_is_read_forward(lang, text, etype, value):
    assert one(text, lang, etype).date.value == value


@pytest.mark.parametrize("lang,text,status,value", [
    # "for" before a day that owns the noun after it: no date an event is set for
    ("en", "President Tom Berg flew to Lima for Tuesday's summit.", "past", "2024-03-12"),
    ("en", "President Tom Berg will fly to Lima for Tuesday's summit.", "planned", "2024-03-19"),
    ("en", "President Tom Berg traveled to Lima for the 2019 summit.", "past", "2019"),
])
def test_a_journey_for_a_dated_event(lang, text, status, value):
    ev = one(text, lang, "StateVisit")
    assert (ev.status, ev.date.value, ev.date.source) == (status, value, "text")


# -- a stay told by its last day ----------------------------------------------------------------------

@pytest.mark.parametrize("lang,text,value", [
    ("de", "Präsident Tom Berg ist noch bis Freitag zu Besuch in Chile.", "../2024-03-15"),
    ("de", "Präsident Tom Berg war bis Dienstag zu Besuch in Chile.", "../2024-03-12"),
    ("en", "President Tom Berg is visiting Chile through Saturday.", "../2024-03-16"),
    ("en", "President Tom Berg will be in Chile until Saturday.", "../2024-03-16"),
    # a range keeps both ends
    ("de", "Präsident Tom Berg besucht von Montag bis Mittwoch Chile.", "2024-03-18/2024-03-20"),
    ("en", "President Tom Berg visited Chile from Monday to Wednesday.", "2024-03-11/2024-03-13"),
])
def test_a_stay_until_a_day_ends_then(lang, text, value):
    ev = one(text, lang, "StateVisit")
    assert ev.date.value == value
    assert ev.date.earliest is None or "/.." not in ev.date.value


# -- a date between a speaking verb and what it says is the saying's ---------------------------------

@pytest.mark.parametrize("lang,text,day", [
    ("en", "President Tom Berg said in a statement on Monday that talks with Anna Lund had been useful.", "2024-03-11"),
    ("de", "Präsident Tom Berg erklärte am Montag in einer Mitteilung, dass die Gespräche mit Anna Lund nützlich "
           "gewesen seien.", "2024-03-11"),
])
def test_the_day_before_what_is_said_dates_the_saying_only(lang, text, day):
    said = one(text, lang, "Statement")
    talks = one(text, lang, "Meeting")
    assert (said.date.value, said.date.source) == (day, "text")
    # the saying's day is no date the text gives what is said; the talks were over by then (stop 37:
    # an undated past event a dated saying reports is on or before its day, uncertain)
    assert talks.date.source != "text"
    assert talks.date.source == "publication" or (talks.date.uncertain and talks.date.latest.isoformat() == day)


@pytest.mark.parametrize("lang,text", [
    ("en", "On Sunday, President Tom Berg said that he had met Anna Lund."),
    ("de", "Am Sonntag sagte Präsident Tom Berg, dass er Anna Lund getroffen habe."),
])
def test_a_fronted_day_of_a_saying_does_not_date_what_is_said(lang, text):
    assert one(text, lang, "Statement").date.value == "2024-03-10"
    # the meeting is not dated by the text; it was over by the day it was told (stop 37)
    met = one(text, lang, "Meeting").date
    assert (met.source, met.value, met.latest.isoformat(), met.uncertain) == ("context", "2024-03-10", "2024-03-10", True)


def test_a_date_inside_what_is_said_still_dates_its_event():
    text = "President Tom Berg told reporters on Monday that he had met Anna Lund on Sunday."
    assert one(text, "en", "Meeting").date.value == "2024-03-10"
    assert one(text, "en", "Statement").date.value == "2024-03-11"


# -- a fronted clause telling the occasion of a saying ------------------------------------------------

@pytest.mark.parametrize("text", [
    "Speaking at a news conference on Tuesday, President Tom Berg said trade would grow.",
    "Talking to reporters on Tuesday, President Tom Berg said trade would grow.",
])
def test_the_occasion_of_a_saying_dates_it(text):
    ev = one(text, "en", "Statement")
    assert (ev.date.value, ev.date.source) == ("2024-03-12", "text")


def test_the_occasion_of_a_saying_does_not_date_what_is_said():
    text = "Writing in a newspaper on Sunday, President Tom Berg said that he had met Anna Lund."
    assert one(text, "en", "Statement").date.value == "2024-03-10"
    # not a date the text gives the meeting; it was over by the day it was told (stop 37)
    met = one(text, "en", "Meeting").date
    assert (met.source, met.latest.isoformat(), met.uncertain) == ("context", "2024-03-10", True)


def test_a_fronted_clause_of_another_kind_is_no_occasion():
    text = "After arriving in Lima on Tuesday, President Tom Berg said trade would grow."
    assert one(text, "en", "Statement").date.source == "publication"


# -- the tense of the event's own verb decides the side of a month told without its year ------------

NOV = dt.date(2024, 11, 14)  # a Thursday in November: December lies 17 days ahead


@pytest.mark.parametrize("lang,text,etype", [
    ("en", "Carla Wendt was elected president of Valdoria in December.", "Election"),
    ("en", "Carla Wendt won the presidency of Valdoria in the December poll.", "Election"),
    ("en", "Premier Ivo Brandt visited Kessel in December.", "StateVisit"),
    ("en", "Premier Ivo Brandt met Chancellor Ruth Amsel in Kessel in December.", "Meeting"),
    ("de", "Carla Wendt wurde im Dezember zur Präsidentin von Valdoria gewählt.", "Election"),
    ("de", "Premier Ivo Brandt traf im Dezember Kanzlerin Ruth Amsel in Kessel.", "Meeting"),
    ("de", "Premier Ivo Brandt hat im Dezember Kanzlerin Ruth Amsel in Kessel getroffen.", "Meeting"),
])
def test_a_past_verb_reads_a_bare_month_backward(lang, text, etype):
    ev = one(text, lang, etype, NOV)
    assert (ev.status, ev.date.value) == ("past", "2023-12")


@pytest.mark.parametrize("lang,text,etype", [
    ("en", "Premier Ivo Brandt will meet Chancellor Ruth Amsel in Kessel in December.", "Meeting"),
    ("de", "Premier Ivo Brandt wird im Dezember Kanzlerin Ruth Amsel in Kessel treffen.", "Meeting"),
])
def test_a_future_verb_reads_a_bare_month_forward(lang, text, etype):
    ev = one(text, lang, etype, NOV)
    assert (ev.status, ev.date.value) == ("planned", "2024-12")


@pytest.mark.parametrize("lang,text,status,value", [
    ("en", "Premier Ivo Brandt met Chancellor Ruth Amsel in Kessel in October.", "past", "2024-10"),
    ("en", "Premier Ivo Brandt will meet Chancellor Ruth Amsel in Kessel in October.", "planned", "2025-10"),
    ("de", "Premier Ivo Brandt traf im November Kanzlerin Ruth Amsel in Kessel.", "past", "2024-11"),
])
def test_a_bare_month_on_its_own_side_stays(lang, text, status, value):
    """A month already on the side the verb gives is kept; the month of publication is this one."""
    ev = one(text, lang, "Meeting", NOV)
    assert (ev.status, ev.date.value) == (status, value)


@pytest.mark.parametrize("lang,text", [
    ("en", "Spokeswoman Lea Horn said that Premier Ivo Brandt meets Chancellor Ruth Amsel in Kessel in December."),
    ("de", "Sprecherin Lea Horn sagte, die Gespräche zwischen Premier Ivo Brandt und Kanzlerin Ruth Amsel finden "
           "im Dezember in Kessel statt."),
])
def test_a_past_saying_does_not_move_the_month_of_what_it_says(lang, text):
    """The past tense is the saying's, not the event's own verb: the month ahead stays a plan."""
    ev = one(text, lang, "Meeting", NOV)
    assert (ev.status, ev.date.value) == ("planned", "2024-12")


# -- a relative clause's date is its own event's ---------------------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("en", "President Ida Rook, who took office in January, met Premier Olaf Sand in Tirell on Tuesday."),
    ("de", "Präsidentin Ida Rook, die im Januar gewählt wurde, traf am Dienstag Premier Olaf Sand in Tirell."),
])
def test_the_main_clause_keeps_its_own_date_beside_a_dated_relative_clause(lang, text):
    meeting = one(text, lang, "Meeting")
    assert (meeting.date.value, meeting.date.source) == ("2024-03-12", "text")


@pytest.mark.parametrize("lang,text", [
    ("en", "President Ida Rook, who took office in January, met Premier Olaf Sand in Tirell."),
    ("en", "President Ida Rook, who was born in May 1961, met Premier Olaf Sand in Tirell."),
    ("de", "Präsidentin Ida Rook, die im Januar gewählt wurde, traf Premier Olaf Sand in Tirell."),
])
def test_a_relative_clause_does_not_date_the_main_clause(lang, text):
    """The meeting's text gives no date: the report's day, as such -- not January."""
    meeting = one(text, lang, "Meeting")
    assert meeting.date.source == "publication"
    assert not meeting.date.value.startswith(("2024-01", "1961"))


def test_the_relative_clause_event_keeps_its_date():
    ev = one("President Ida Rook, who took office in January, met Premier Olaf Sand in Tirell.", "en", "Other")
    assert (ev.date.value, ev.date.source) == ("2024-01", "text")


@pytest.mark.parametrize("lang,text", [
    ("en", "Premier Olaf Sand said he met President Ida Rook in Tirell on Monday."),
    ("de", "Premier Olaf Sand sagte, er habe Präsidentin Ida Rook am Montag in Tirell getroffen."),
])
def test_a_saying_does_not_take_the_day_of_what_it_reports(lang, text):
    """The meeting is Monday's; when it was said the text does not tell: the report's day, as such."""
    assert one(text, lang, "Meeting").date.value == "2024-03-11"
    assert one(text, lang, "Statement").date.source == "publication"


@pytest.mark.parametrize("lang,text,etype", [
    ("en", "Premier Olaf Sand was re-elected in 2021 and will step down in 2026.", "ReElection"),
    ("de", "Premier Olaf Sand wurde 2021 wiedergewählt und wird 2026 aus dem Amt scheiden.", "ReElection"),
])
def test_a_joined_verb_group_keeps_its_tense_to_itself(lang, text, etype):
    """"and will ...": the future is the second verb group's; the election was in 2021, done."""
    ev = one(text, lang, etype)
    assert (ev.status, ev.date.value) == ("past", "2021")


def test_a_capitalised_plan_cue_opening_a_german_sentence():
    """"Geplant ist ein Treffen": the cue opens the sentence and so is capitalised; the meeting is
    a plan, not a report dated by the publication day."""
    text = "Präsidentin Eva Kurz reist am Montag nach Tirell. Geplant ist ein Treffen mit Premier Olaf Sand."
    ev = one(text, "de", "Meeting")
    assert ev.status == "planned"
    assert ev.date is None or ev.date.source != "publication"


def test_a_capitalised_adverb_opening_a_sentence_is_no_past_cue():
    ev = one("Bereits am morgigen Freitag trifft Premier Olaf Sand Präsidentin Eva Kurz in Tirell.", "de", "Meeting")
    assert (ev.status, ev.date.value) == ("planned", "2024-03-15")


def test_an_event_told_a_length_after_another_takes_no_date_from_it():
    """"a week after her election": the election is not on the meeting's Tuesday (and, undated,
    gets no day at all rather than a wrong one)."""
    text = "Premier Olaf Sand met President Ida Rook in Tirell on Tuesday, a week after her election."
    assert one(text, "en", "Meeting").date.value == "2024-03-12"
    election = one(text, "en", "Election")
    assert election.date is None or election.date.value != "2024-03-12"


def test_an_event_told_a_length_after_another_does_not_lend_its_day():
    """"a week after her inauguration on March 4": the meeting is not on March 4."""
    text = "Premier Olaf Sand met President Ida Rook in Tirell a week after her inauguration on March 4."
    assert one(text, "en", "Other").date.value == "2024-03-04"
    assert one(text, "en", "Meeting").date.value != "2024-03-04"


# -- a stay told in the present around the publication day is the one going on now -----------------

@pytest.mark.parametrize("lang,text,value", [
    # Thursday publication: Wednesday to Friday around it is this week's
    ("de", "Präsidentin Mira Holt hält sich von Mittwoch bis Freitag zu einem Staatsbesuch in Norwegen auf.",
     "2024-03-13/2024-03-15"),
    ("de", "Die Außenminister Tom Berg und Anna Lund treffen sich von Dienstag bis Freitag in Bergen.",
     "2024-03-12/2024-03-15"),
    # ending on the publication day: a trip ahead, not one all but over
    ("de", "Präsidentin Mira Holt reist von Dienstag bis Donnerstag nach Norwegen.", "2024-03-19/2024-03-21"),
    ("en", "President Mira Holt is in Norway on a state visit from Wednesday to Friday.", "2024-03-13/2024-03-15"),
    # wholly ahead of the publication day: the coming days, as before
    ("de", "Präsidentin Mira Holt hält sich von Freitag bis Sonntag zu einem Staatsbesuch in Norwegen auf.",
     "2024-03-15/2024-03-17"),
    # told in the future: a week ahead
    ("de", "Präsidentin Mira Holt wird sich von Mittwoch bis Freitag zu einem Staatsbesuch in Norwegen aufhalten.",
     "2024-03-20/2024-03-22"),
])
def test_a_present_stay_around_publication_is_going_on(lang, text, value):
    kinds = {e.type: e for e in events(text, lang)}
    event = kinds.get("StateVisit") or kinds.get("Meeting")
    assert event is not None, list(kinds)
    assert event.date.value == value


# -- a meeting of summit bodies alone is a summit, dated as a stay ------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("de", "Die Staats- und Regierungschefs der EU beraten seit Mittwoch in Brüssel über den Haushalt."),
    ("en", "EU leaders have been meeting in Brussels since Wednesday."),
])
def test_summit_bodies_meeting_since_a_day_is_a_summit_under_way(lang, text):
    summit = one(text, lang, "Summit")
    assert (summit.status, summit.date.value) == ("ongoing", "2024-03-13/..")


# -- on the sidelines of an occasion told with its length: the occasion's days ------------------------

@pytest.mark.parametrize("lang,text", [
    ("en", "EU leaders gathered in Brussels for a two-day summit on Wednesday. On the sidelines, Chancellor "
           "Tom Berg met Prime Minister Anna Lund."),
    ("de", "Die Staats- und Regierungschefs der EU kamen am Mittwoch zu einem zweitägigen Gipfel in Brüssel "
           "zusammen. Am Rande des Gipfels traf Bundeskanzler Tom Berg Ministerpräsidentin Anna Lund."),
])
def test_a_meeting_on_the_sidelines_takes_the_occasions_days(lang, text):
    meeting = one(text, lang, "Meeting")
    assert (meeting.date.value, meeting.date.source) == ("2024-03-13/2024-03-14", "context")


def test_a_meeting_on_the_sidelines_of_a_one_day_occasion_takes_its_day():
    text = ("EU leaders met in Brussels on Wednesday. On the sidelines, Chancellor Tom Berg met Prime Minister "
            "Anna Lund.")
    assert one(text, "en", "Meeting").date.value == "2024-03-13"


# -- a plan for a stay whose first day is told without its year lies ahead, all its days ---------------

@pytest.mark.parametrize("lang,text", [
    ("en", "President Tom Berg will travel to Norway on Feb. 3 for a three-day visit."),
    ("en", "President Tom Berg will pay a three-day visit to Norway starting February 3."),
])
def test_a_planned_stay_from_a_day_without_its_year_lies_ahead(lang, text):
    visit = one(text, lang, "StateVisit")  # published 14 March 2024
    assert (visit.status, visit.date.value) == ("planned", "2025-02-03/2025-02-05")


# -- a stay in another place is another trip: it takes no days of the one told before ------------------

@pytest.mark.parametrize("lang,text", [
    ("en", "President Tom Berg will visit Norway on Friday and Saturday. Berg is also expected to travel to Sweden."),
    ("de", "Präsident Tom Berg wird am Freitag und Samstag Norwegen besuchen. Eine weitere Reise soll Berg nach "
           "Schweden führen, ein Termin steht noch nicht fest."),
])
def test_a_stay_elsewhere_takes_no_days_of_the_stay_before(lang, text):
    visits = {e.place.entity.name: e for e in events(text, lang) if e.type == "StateVisit" and e.place}
    assert visits["Norway"].date.value == "2024-03-15/2024-03-16"
    assert visits["Sweden"].date is None


def test_a_stay_in_a_city_of_the_country_told_before_is_the_same_trip():
    text = ("President Tom Berg arrived in Norway on Wednesday for a two-day visit. During the visit, Berg will "
            "travel to Bergen.")
    visits = [e for e in events(text, "en") if e.type == "StateVisit"]
    assert {e.date.value for e in visits} == {"2024-03-13/2024-03-14"}


# -- an event noun after "since" is the start of a time counted to now: no day of the report dates it --

def test_an_event_after_since_is_not_dated_by_the_report():
    # ("erstmals" is an ordinal as "zum ersten Mal" is: the undated taking of office only opens the
    # claim's window, kb.events._window_start, and is no event of its own either)
    for text in ("Präsident Tom Berg reist erstmals seit seiner Amtseinführung ins Ausland.",
                 "Präsident Tom Berg reist zum ersten Mal seit seiner Amtseinführung ins Ausland."):
        taking = [e for e in events(text, "de") if e.subtype == "TakingOffice"]
        assert all(e.date is None for e in taking)


def test_an_event_after_since_keeps_a_date_of_its_own():
    text = "Präsident Tom Berg reist erstmals seit seiner Amtseinführung im Januar ins Ausland."
    taking = [e for e in events(text, "de") if e.subtype == "TakingOffice"]
    assert [e.date.value for e in taking] == ["2024-01"]
