"""Event dates and the tense they are told in (issue 9): a plan reported by someone, a present
tense that tells the past, an undated event, a count within a window.

Every sentence here is written for these tests (own names, own places).
"""

from __future__ import annotations

import datetime as dt

import pytest

from kb.model import Document
from kb.pipeline import analyse

TUESDAY = dt.date(2024, 5, 14)


def events(text: str, lang: str, dct: dt.date = TUESDAY, implied: bool = False) -> list:
    return [e for e in analyse(Document(id="t", text=text, lang=lang, published=dct)).events
            if implied or not e.implied_by]


def one(text: str, lang: str, etype: str, dct: dt.date = TUESDAY):
    found = [e for e in events(text, lang, dct) if e.type == etype]
    assert len(found) == 1, [(e.type, e.date and e.date.value) for e in events(text, lang, dct)]
    return found[0]


# -- 1. a weekday of a plan in the present tense, reported by someone in the past -------------------

@pytest.mark.parametrize("text", [
    "Präsident Jon Aske kommt am Donnerstag nach Lissabon, wie das Präsidialamt am Dienstag mitteilte.",
    "Präsident Jon Aske besucht am Donnerstag Lissabon, teilte das Präsidialamt mit.",
    "Das Präsidialamt teilte mit, Präsident Jon Aske besucht am Donnerstag Lissabon.",
    "Das Präsidialamt teilte am Dienstag mit, dass Präsident Jon Aske am Donnerstag Lissabon besucht.",
    "Präsident Jon Aske kommt am Donnerstag nach Lissabon, gab das Präsidialamt bekannt.",
    # the past of a relative or subordinate clause is not the tense of the main clause
    "Präsident Jon Aske, der im Januar gewählt wurde, kommt am Donnerstag nach Lissabon.",
    "Präsident Jon Aske kommt am Donnerstag nach Lissabon, wo er zuletzt im Januar war.",
])
def test_a_reported_plan_in_the_present_lies_ahead(text):
    visit = one(text, "de", "StateVisit")
    assert (visit.status, visit.date.value) == ("planned", "2024-05-16")


def test_as_early_as_a_weekday_is_no_past():
    visit = one("Präsident Jon Aske kommt bereits am Donnerstag nach Lissabon.", "de", "StateVisit")
    assert (visit.status, visit.date.value) == ("planned", "2024-05-16")


@pytest.mark.parametrize("text", [
    "Präsident Jon Aske besuchte am Donnerstag Lissabon, teilte das Präsidialamt mit.",
    "Präsident Jon Aske ist am Donnerstag in Lissabon eingetroffen, teilte das Präsidialamt mit.",
])
def test_a_reported_visit_in_a_past_tense_stays_past(text):
    visit = one(text, "de", "StateVisit")
    assert (visit.status, visit.date.value) == ("past", "2024-05-09")


# -- 2. a present tense dated by a calendar day already past: a report of what was done -----------

FRIDAY = dt.date(2011, 4, 29)


@pytest.mark.parametrize("lang,text,etype,value", [
    ("de", "Am 5. April empfängt Präsident Jon Aske in Brüssel Ministerpräsidentin Eva Lind.", "Meeting",
     "2011-04-05"),
    ("de", "Präsident Jon Aske reist am 12. April nach Oslo.", "StateVisit", "2011-04-12"),
    ("de", "Präsident Jon Aske trifft im Februar in Oslo Ministerpräsidentin Eva Lind.", "Meeting", "2011-02"),
    ("de", "14. April 2011: Präsident Jon Aske empfängt Kanzler Per Moe in Brüssel.", "Meeting", "2011-04-14"),
    ("en", "On April 5, 2011, President Jon Aske meets Prime Minister Eva Lind in Brussels.", "Meeting",
     "2011-04-05"),
])
def test_a_present_tense_dated_before_publication_tells_the_past(lang, text, etype, value):
    ev = one(text, lang, etype, FRIDAY)
    assert (ev.status, ev.date.value) == ("past", value)


@pytest.mark.parametrize("lang,text,etype,value", [
    # the future told in words: the next such day
    ("de", "Präsident Jon Aske wird am 5. April in Brüssel Ministerpräsidentin Eva Lind empfangen.", "Meeting",
     "2012-04-05"),
    ("en", "President Jon Aske will travel to Oslo on April 12.", "StateVisit", "2012-04-12"),
    # an English present tells a schedule
    ("en", "President Jon Aske travels to Oslo on April 12.", "StateVisit", "2012-04-12"),
    # a day still ahead, a weekday: the present tells a plan
    ("de", "Präsident Jon Aske trifft am 3. Mai in Oslo Ministerpräsidentin Eva Lind.", "Meeting", "2011-05-03"),
    ("de", "Präsident Jon Aske trifft im Juni in Oslo Ministerpräsidentin Eva Lind.", "Meeting", "2011-06"),
    ("de", "Am Montag trifft Präsident Jon Aske in Oslo Ministerpräsidentin Eva Lind.", "Meeting", "2011-05-02"),
])
def test_a_plan_told_in_words_or_dated_ahead_stays_a_plan(lang, text, etype, value):
    ev = one(text, lang, etype, FRIDAY)
    assert (ev.status, ev.date.value) == ("planned", value)


# -- 3. an event whose text gives no date: the publication day, as such ----------------------------

@pytest.mark.parametrize("lang,text", [
    ("de", "Präsident Jon Aske hat Kanzlerin Eva Lind in Berlin getroffen. Es war das erste Treffen seit dem 3. März."),
    ("de", "Präsident Jon Aske hat Kanzlerin Eva Lind in Berlin getroffen, zum ersten Mal seit Januar."),
    ("en", "Chancellor Eva Lind met President Jon Aske in Berlin. It was their first meeting since March 3."),
])
def test_the_start_of_a_claims_window_dates_no_event(lang, text):
    """"seit dem 3. März" opens the window of "das erste Treffen": no meeting on that day."""
    (meeting,) = events(text, lang)
    assert meeting.type == "Meeting"
    assert (meeting.status, meeting.date.value, meeting.date.source) == ("past", "2024-05-14", "publication")
    assert (meeting.date.earliest, meeting.date.latest) == (dt.date(2024, 5, 7), TUESDAY)


@pytest.mark.parametrize("lang,text", [
    ("en", "Both delegations praised the March 3 accord. President Jon Aske met Chancellor Eva Lind in Berlin."),
    ("de", "Die beiden sprachen über das Abkommen vom 3. März. Präsident Jon Aske traf Kanzlerin Eva Lind in Berlin."),
])
def test_a_nouns_date_in_the_sentence_before_dates_no_event(lang, text):
    """"the March 3 accord" is the accord's date, not the time the sentence tells."""
    (meeting,) = [e for e in events(text, lang) if e.type == "Meeting"]
    assert (meeting.date.value, meeting.date.source) == ("2024-05-14", "publication")


def test_a_date_after_since_without_a_claim_still_dates_its_event():
    (visit,) = [e for e in events("Präsident Jon Aske ist seit dem 12. Mai zu Besuch in Norwegen.", "de")
                if e.type == "StateVisit"]
    assert visit.date.value.startswith("2024-05-12")


# -- 4. the earlier event a count within a window implies: its days never invert ------------------

def implied(text: str, lang: str, dct: dt.date = TUESDAY) -> list:
    return [e for e in events(text, lang, dct, implied=True) if e.implied_by]


@pytest.mark.parametrize("lang,text,value", [
    # a window of a length ends with the counted event, not with the report
    ("de", "Präsident Jon Aske besuchte Berlin im Jahr 2019. Es war sein zweiter Besuch in Berlin innerhalb von "
           "zwölf Monaten.", "2018-01-01/2018-12-31"),
    ("en", "President Jon Aske visited Berlin in 2019. It was his second visit to Berlin within twelve months.",
     "2018-01-01/2018-12-31"),
    ("de", "Präsident Jon Aske wurde im März 2022 wiedergewählt. Es war seine dritte Wahl binnen zwölf Monaten.",
     "2021-03-01/2022-02-28"),
    # a since-date after the counted event bounds nothing
    ("de", "Präsident Jon Aske hat am 2. März Berlin besucht, zum zweiten Mal seit dem 20. März.", "../2024-03-01"),
    # the usual case: a window up to the day before the counted event
    ("de", "Präsident Jon Aske besucht am Donnerstag Berlin. In Berlin ist er binnen zwölf Monaten schon zum "
           "dritten Mal.", "2023-05-01/2024-05-15"),
])
def test_the_window_of_an_implied_event_never_inverts(lang, text, value):
    (ev,) = implied(text, lang)
    assert ev.date.value == value
    assert ev.date.earliest is None or ev.date.earliest <= ev.date.latest


def test_a_count_within_a_window_of_an_undated_stay_ends_by_the_report():
    (ev,) = implied("Präsident Jon Aske ist in Berlin binnen zwölf Monaten schon zum dritten Mal zu Gast.", "de")
    assert ev.date.earliest == dt.date(2023, 5, 1) and ev.date.latest <= TUESDAY


# -- a weekday with its date set off by commas does not cut the clause ----------------------------

@pytest.mark.parametrize("text", [
    "Präsident Jon Aske empfing am Dienstag, dem 12. April, in Brüssel Ministerpräsidentin Eva Lind.",
    "Präsident Jon Aske empfing am Dienstag, 12. April, in Brüssel Ministerpräsidentin Eva Lind.",
    "Am Dienstag, dem 12. April, empfing Präsident Jon Aske in Brüssel Ministerpräsidentin Eva Lind.",
])
def test_a_date_apposition_keeps_the_guest_in_the_clause(text):
    meeting = one(text, "de", "Meeting", FRIDAY)
    assert (meeting.status, meeting.date.value) == ("past", "2011-04-12")
    assert len([p for p in meeting.participants if p.entity is not None]) == 2


def test_a_weekday_of_a_digest_item_after_its_date_line_is_the_one_after_it():
    text = ("12.04.2011\n\nPräsident Jon Aske empfängt heute in Brüssel Ministerpräsidentin Eva Lind.\n\n"
            "20.04.2011\n\nPräsident Jon Aske reist am Donnerstag nach Oslo.")
    found = {e.type: e for e in events(text, "de", FRIDAY)}
    assert found["Meeting"].date.value == "2011-04-12" and found["Meeting"].status == "past"
    assert found["StateVisit"].date.value == "2011-04-21"


# -- a date before "after"/"nach" is not the date of the event the preposition introduces ---------

@pytest.mark.parametrize("lang,text", [
    ("en", "President Jon Aske heads to Rome on Thursday after visiting Paris last week."),
    ("en", "President Jon Aske heads to Rome on Thursday after he visited Paris last week."),
])
def test_the_event_after_a_preposition_of_another_time_keeps_its_own_date(lang, text):
    visits = sorted((e.date.value, e.status) for e in events(text, lang) if e.type == "StateVisit")
    assert visits == [("2024-05-06/2024-05-12", "past"), ("2024-05-16", "planned")]


@pytest.mark.parametrize("lang,text,etype,status,value", [
    ("en", "President Jon Aske met Prime Minister Eva Lind in Oslo on Wednesday, a day after their phone call.",
     "PhoneCall", "past", "2024-05-07"),
    ("en", "Prime Minister Eva Lind was sworn in on Monday, two weeks after winning the election.", "Election",
     "past", "2024-04-29"),
    ("de", "Präsident Jon Aske traf Ministerpräsidentin Eva Lind am Freitag in Oslo, zwei Tage nach ihrem "
           "Telefonat.", "PhoneCall", "past", "2024-05-08"),
    ("en", "President Jon Aske will visit Oslo on Friday, two days before the summit in Bergen.", "Summit",
     "planned", "2024-05-19"),
])
def test_an_event_a_length_apart_from_a_told_day_is_that_far_from_it(lang, text, etype, status, value):
    ev = one(text, lang, etype)
    assert (ev.status, ev.date.value) == (status, value)


@pytest.mark.parametrize("lang,text,etype", [
    # no day told before the length: nothing to count from
    ("en", "President Jon Aske met Prime Minister Eva Lind in Oslo, a day after their phone call.", "PhoneCall"),
    # no length: another time, but not how far
    ("en", "President Jon Aske met Prime Minister Eva Lind in Oslo on Wednesday, after their phone call.",
     "PhoneCall"),
])
def test_no_length_or_no_day_gives_no_date_by_arithmetic(lang, text, etype):
    ev = one(text, lang, etype)
    assert ev.date is None or ev.date.source == "publication"


# -- what an event is about lends it no date ------------------------------------------------------

THURSDAY = dt.date(2024, 5, 16)


@pytest.mark.parametrize("lang,text,etype", [
    ("de", "Präsident Jon Aske und Ministerpräsidentin Eva Lind erörterten in einem Telefonat die Ergebnisse des "
           "Gipfels, der am Montag in Oslo stattfand.", "PhoneCall"),
    ("de", "Präsident Jon Aske und Ministerpräsidentin Eva Lind sprachen am Telefon über die Ergebnisse des Gipfels "
           "am Montag in Oslo.", "PhoneCall"),
    ("de", "Kanzlerin Eva Lind sprach mit Präsident Jon Aske über das am 3. März unterzeichnete Abkommen.", "Meeting"),
    ("en", "Chancellor Eva Lind spoke with President Jon Aske about the agreement signed on March 3.", "Meeting"),
])
def test_the_date_of_what_an_event_is_about_is_not_its_own(lang, text, etype):
    ev = one(text, lang, etype, THURSDAY)
    assert (ev.date.value, ev.date.source) == ("2024-05-16", "publication")


def test_a_meeting_at_a_summit_still_takes_the_summits_day():
    meeting = one("Präsident Jon Aske traf Ministerpräsidentin Eva Lind am Rande des Gipfels am Montag in Oslo.",
                  "de", "Meeting", THURSDAY)
    assert meeting.date.value == "2024-05-13"


@pytest.mark.parametrize("lang,text,value", [
    ("de", "Präsident Jon Aske traf Kanzlerin Eva Lind im ersten Quartal in Berlin.", "2024-01/2024-03"),
    ("de", "Präsident Jon Aske trifft Kanzlerin Eva Lind in der zweiten Jahreshälfte in Berlin.", "2024-07/2024-12"),
])
def test_a_quarter_or_half_year_is_its_months(lang, text, value):
    assert one(text, lang, "Meeting").date.value == value


def test_a_subordinate_clause_does_not_own_the_main_clauses_date():
    text = "Präsident Jon Aske kommt am Donnerstag nach Rom, nachdem er bereits Paris besucht hat."
    visits = {e.place.label: e for e in events(text, "de") if e.type == "StateVisit" and e.place}
    assert visits["Paris"].date is None or visits["Paris"].date.source == "publication"
    assert visits["Rom"].date.value == "2024-05-16"


def test_a_subordinate_clause_keeps_a_date_of_its_own():
    text = "Präsident Jon Aske kommt am Donnerstag nach Rom, nachdem er am Montag Paris besucht hat."
    visits = {e.place.label: e for e in events(text, "de") if e.type == "StateVisit" and e.place}
    assert visits["Paris"].date.value == "2024-05-13"


# -- a participle before its noun is no past of the clause's event -------------------------------

@pytest.mark.parametrize("text", [
    "Der im Januar gewählte Präsident Jon Aske kommt am Donnerstag nach Lissabon.",
    "Der neu gewählte Präsident Jon Aske besucht am Donnerstag Lissabon.",
    "Die erst kürzlich ernannte Außenministerin Eva Lind reist am Donnerstag nach Lissabon.",
])
def test_a_participle_before_its_noun_leaves_a_plan_planned(text):
    visit = one(text, "de", "StateVisit")
    assert (visit.status, visit.date.value) == ("planned", "2024-05-16")


@pytest.mark.parametrize("text,value", [
    # the participle's phrase is not the clause: the clause's own past still counts
    ("Der neu gewählte Präsident Jon Aske besuchte am Donnerstag Lissabon.", "2024-05-09"),
    # a preterite before a noun with no determiner before it is a verb, not a participle
    ("Präsident Jon Aske besuchte Lissabon am Donnerstag.", "2024-05-09"),
])
def test_a_past_verb_next_to_a_participle_stays_past(text, value):
    visit = one(text, "de", "StateVisit")
    assert (visit.status, visit.date.value) == ("past", value)


# -- a stay of N days from a told day is that day to N-1 days after it ---------------------------

@pytest.mark.parametrize("lang,text,status,value", [
    ("de", "Präsident Jon Aske besucht ab Donnerstag drei Tage lang Lissabon.", "planned", "2024-05-16/2024-05-18"),
    ("de", "Präsident Jon Aske hält sich ab Donnerstag drei Tage lang in Lissabon auf.", "planned",
     "2024-05-16/2024-05-18"),
    ("de", "Präsident Jon Aske besuchte am Donnerstag zwei Tage lang Lissabon.", "past", "2024-05-09/2024-05-10"),
    ("de", "Präsident Jon Aske reist am Donnerstag für drei Tage nach Lissabon.", "planned",
     "2024-05-16/2024-05-18"),
    ("en", "President Jon Aske will visit Lisbon for three days starting on Thursday.", "planned",
     "2024-05-16/2024-05-18"),
    ("en", "President Jon Aske will begin a two-day visit to Lisbon on Thursday.", "planned",
     "2024-05-16/2024-05-17"),
])
def test_a_stay_of_n_days_from_a_told_day(lang, text, status, value):
    visit = one(text, lang, "StateVisit")
    assert (visit.status, visit.date.value) == (status, value)


@pytest.mark.parametrize("text", [
    # a length apart from another event is no length of the visit
    "Präsident Jon Aske besucht am Donnerstag Lissabon, zwei Tage nach dem Gipfel in Oslo.",
    # a length of another sentence's event
    "Präsident Jon Aske besucht am Donnerstag Lissabon. Die Minister hatten zuvor drei Tage lang verhandelt.",
])
def test_a_length_of_something_else_is_no_stay(text):
    assert one(text, "de", "StateVisit").date.value == "2024-05-16"


# -- a dateline's day, not a later publication day, is what the report's relative dates count from --

@pytest.mark.parametrize("lang,text,etype,status,value", [
    ("de", "Brüssel, 2. Mai 2024 – Präsident Jon Aske ist am Dienstag in Oslo eingetroffen.", "StateVisit", "past",
     "2024-04-30"),
    ("de", "Brüssel, 2. Mai 2024 – Präsident Jon Aske wird am Samstag nach Rom reisen.", "StateVisit", "planned",
     "2024-05-04"),
    ("en", "OSLO, May 2 (Reuters) - President Jon Aske met Prime Minister Eva Lind on Tuesday.", "Meeting", "past",
     "2024-04-30"),
    ("en", "Lind hosts Aske\n\nOSLO, May 2 (Reuters) - President Jon Aske arrived in Oslo on Tuesday. He will meet "
           "Prime Minister Eva Lind tomorrow.", "Meeting", "planned", "2024-05-03"),
])
def test_a_datelines_day_is_the_reports_reference_day(lang, text, etype, status, value):
    ev = one(text, lang, etype)
    assert (ev.status, ev.date.value) == (status, value)


@pytest.mark.parametrize("lang,text,etype,value", [
    # the dateline's day is the publication's: nothing changes
    ("de", "Brüssel, 14. Mai 2024 – Präsident Jon Aske ist am Dienstag in Oslo eingetroffen.", "StateVisit",
     "2024-05-14"),
    # no day in the dateline: the publication day
    ("de", "Oslo (dpa) – Am Montag traf Präsident Jon Aske Ministerpräsidentin Eva Lind.", "Meeting", "2024-05-13"),
    # a day after publication opening the text is an event's, not the report's
    ("de", "Oslo, 20. Mai 2024 – Präsident Jon Aske reist am Freitag nach Oslo.", "StateVisit", "2024-05-17"),
    # a date in a dash inside the sentence is no dateline
    ("de", "Präsident Jon Aske traf am 2. Mai – einem Donnerstag – Kanzlerin Eva Lind. Am Montag reiste er nach "
           "Oslo.", "StateVisit", "2024-05-13"),
])
def test_no_dateline_day_leaves_the_publication_day(lang, text, etype, value):
    assert one(text, lang, etype).date.value == value


# -- an announcing verb's date is not that of what it announces, nor the other way round ---------

@pytest.mark.parametrize("lang,text,value", [
    ("de", "Präsident Jon Aske hat angekündigt, am Montag nach Paris zu reisen.", "2024-05-20"),
    ("de", "Präsident Jon Aske kündigte vergangene Woche an, am Donnerstag nach Rom zu reisen.", "2024-05-16"),
    ("en", "President Jon Aske announced that he will travel to Paris on Monday.", "2024-05-20"),
])
def test_the_date_of_an_announced_plan_is_the_plans_alone(lang, text, value):
    visit = one(text, lang, "StateVisit")
    assert (visit.status, visit.date.value) == ("planned", value)
    announcement = one(text, lang, "Announcement")
    assert announcement.date is None or announcement.date.value != value
    assert announcement.date is None or announcement.date.latest <= TUESDAY


@pytest.mark.parametrize("lang,text", [
    ("de", "Präsident Jon Aske kündigte am Montag an, nach Paris zu reisen."),
    ("en", "President Jon Aske announced on Monday that he will travel to Paris."),
])
def test_an_announcing_verbs_own_date_stays_its_own(lang, text):
    assert one(text, lang, "Announcement").date.value == "2024-05-13"
    visit = one(text, lang, "StateVisit")
    assert visit.status == "planned" and (visit.date is None or visit.date.value != "2024-05-13")


@pytest.mark.parametrize("lang,text,value", [
    ("en", "The trip to Rome on Thursday was announced last week by President Jon Aske.", "2024-05-16"),
    ("de", "Die Reise von Präsident Jon Aske nach Rom am Donnerstag wurde vergangene Woche angekündigt.",
     "2024-05-16"),
    # no date of its own: a plan, not dated by the announcing
    ("en", "The trip to Rome was announced last week by President Jon Aske.", None),
    ("de", "Die Reise von Präsident Jon Aske nach Rom wurde am Montag angekündigt.", None),
])
def test_what_a_passive_announcing_verb_announces_is_a_plan(lang, text, value):
    visit = one(text, lang, "StateVisit")
    assert visit.status == "planned"
    assert (visit.date.value if visit.date and visit.date.source == "text" else None) == value
    assert one(text, lang, "Announcement").status == "past"


def test_a_passive_of_another_verb_leaves_the_event_past():
    summit = one("The summit in Oslo on Monday was described as a success by President Jon Aske.", "en", "Summit")
    assert (summit.status, summit.date.value) == ("past", "2024-05-13")


@pytest.mark.parametrize("text,status,value", [
    ("The announced trip of President Jon Aske to Rome takes place on Thursday.", "planned", "2024-05-16"),
    ("The summit of President Jon Aske and Prime Minister Eva Lind takes place in Oslo on Thursday.", "planned",
     "2024-05-16"),
    ("The summit of President Jon Aske and Prime Minister Eva Lind took place in Oslo on Thursday.", "past",
     "2024-05-09"),
])
def test_takes_place_tells_a_schedule(text, status, value):
    ev = next(e for e in events(text, "en") if e.type in ("StateVisit", "Summit"))
    assert (ev.status, ev.date.value) == (status, value)


@pytest.mark.parametrize("lang,text,etype", [
    ("de", "Olaf Scholz habe am Montag mit Emmanuel Macron telefoniert.", "PhoneCall"),
    ("de", "Anna Lund habe am Montag mit Tom Berg telefoniert, hieß es aus Oslo.", "PhoneCall"),
])
def test_a_past_verb_without_a_cue_word_tells_the_past(lang, text, etype):
    """No status cue names the verb, but the trigger's own verb group is past (a perfect
    subjunctive of reported speech): the weekday lies behind publication, not ahead."""
    ev = one(text, lang, etype)
    assert (ev.status, ev.date.value) == ("past", "2024-05-13")


# -- a return from a stay told with its length: the stay is over and ends on the day of the return --

@pytest.mark.parametrize("lang,text,status,value", [
    ("en", "Mayor Jon Aske returned from a three-day trip to Lisbon on Sunday.", "past", "2024-05-10/2024-05-12"),
    ("en", "Mayor Jon Aske returned on Sunday from a three-day trip to Lisbon.", "past", "2024-05-10/2024-05-12"),
    ("en", "Mayor Jon Aske returns from a three-day trip to Lisbon on Friday.", "planned", "2024-05-15/2024-05-17"),
    ("de", "Bürgermeister Jon Aske kehrte am Sonntag von einer dreitägigen Reise nach Lissabon zurück.", "past",
     "2024-05-10/2024-05-12"),
    ("de", "Bürgermeister Jon Aske ist am Sonntag von einer dreitägigen Reise nach Lissabon zurückgekehrt.", "past",
     "2024-05-10/2024-05-12"),
])
def test_a_return_ends_the_stay(lang, text, status, value):
    ev = one(text, lang, "StateVisit")
    assert (ev.status, ev.date.value) == (status, value)


def test_a_return_without_a_length_keeps_its_day():
    ev = one("Mayor Jon Aske returned from a trip to Lisbon on Sunday.", "en", "StateVisit")
    assert (ev.status, ev.date.value) == ("past", "2024-05-12")


# -- a headline's infinitive and a present tense of a schedule tell a plan ------------------------

@pytest.mark.parametrize("text,etype,value", [
    ("Mayor Jon Aske to meet Mayor Lena Dorn in Lisbon on Friday.", "Meeting", "2024-05-17"),
    ("Mayor Jon Aske to visit Lisbon on Friday.", "StateVisit", "2024-05-17"),
    ("Mayor Jon Aske wraps up his tour of Portugal in Lisbon on Thursday.", "StateVisit", "2024-05-16"),
])
def test_a_headline_infinitive_or_a_scheduled_present_is_planned(text, etype, value):
    ev = one(text, "en", etype)
    assert (ev.status, ev.date.value) == ("planned", value)


@pytest.mark.parametrize("text,etype,value", [
    ("Mayor Jon Aske travelled to Lisbon to meet Mayor Lena Dorn on Friday.", "Meeting", "2024-05-10"),
    ("Mayor Jon Aske wrapped up his tour of Portugal in Lisbon on Thursday.", "StateVisit", "2024-05-09"),
])
def test_a_past_verb_before_the_infinitive_keeps_the_past(text, etype, value):
    ev = one(text, "en", etype)
    assert (ev.status, ev.date.value) == ("past", value)


# -- a German present plural ending in -ten ("beraten", "halten ... ab") is no past form -----------

@pytest.mark.parametrize("text,status,value", [
    ("Kanzlerin Eva Kurz und Präsident Jon Aas beraten am Freitag in Lissabon.", "planned", "2024-05-17"),
    ("Kanzlerin Eva Kurz und Präsident Jon Aas halten am Freitag in Lissabon ein Treffen ab.", "planned",
     "2024-05-17"),
    ("Kanzlerin Eva Kurz und Präsident Jon Aas berieten am Freitag in Lissabon.", "past", "2024-05-10"),
    ("Kanzlerin Eva Kurz und Präsident Jon Aas haben am Freitag in Lissabon beraten.", "past", "2024-05-10"),
])
def test_a_present_plural_in_ten_is_no_past(text, status, value):
    ev = one(text, "de", "Meeting")
    assert (ev.status, ev.date.value) == (status, value)


# -- "vom Sonntag" after an event noun names a past event ----------------------------------------

@pytest.mark.parametrize("text,etype,status,value", [
    ("Jon Aske gilt als Sieger der Wahl vom Sonntag.", "Election", "past", "2024-05-12"),
    ("Kanzlerin Eva Kurz bewertete das Treffen vom Montag mit Präsident Jon Aas als Erfolg.", "Meeting", "past",
     "2024-05-13"),
])
def test_vom_weekday_after_an_event_noun_is_past(text, etype, status, value):
    ev = one(text, "de", etype)
    assert (ev.status, ev.date.value) == (status, value)


# -- a quote closed by "so X": the attribution tells when it was said -----------------------------

@pytest.mark.parametrize("text", [
    "„Wir werden nicht aufgeben“, so Bürgermeister Jon Aske am Montag.",
    "„Die Brücke wird im Herbst fertig“, so Bürgermeister Jon Aske am Montag.",
])
def test_so_x_dates_a_statement_in_the_past(text):
    ev = one(text, "de", "Statement")
    assert (ev.status, ev.date.value) == ("past", "2024-05-13")


# -- a relative clause of habit between an event noun and its verb steals no date ------------------

@pytest.mark.parametrize("lang,text,value", [
    ("en", "The EU summit, which takes place every year, opened in Brussels on Monday.", "2024-05-13"),
    ("en", "The EU summit, which takes place every year, was held in Brussels on Monday.", "2024-05-13"),
    ("en", "The EU summit, the first in two years, ended in Brussels on Monday.", "2024-05-13"),
    ("de", "Der EU-Gipfel, der jedes Jahr stattfindet, begann am Montag in Brüssel.", "2024-05-13"),
    ("de", "Der EU-Gipfel, der jedes Jahr stattfindet, fand am Montag in Brüssel statt.", "2024-05-13"),
])
def test_a_habitual_relative_clause_leaves_the_date_to_the_main_clause(lang, text, value):
    ev = one(text, lang, "Summit")
    assert (ev.status, ev.date.value) == ("past", value)


# -- a progressive of a stay: under way in the week that holds the report, planned for a day ahead --

@pytest.mark.parametrize("text,etype,status,value", [
    ("Mayor Jon Aske is hosting Mayor Lena Dorn in Lisbon this week.", "Meeting", "ongoing", "2024-05-13/2024-05-19"),
    ("Mayor Jon Aske is hosting Mayor Lena Dorn in Lisbon on Friday.", "Meeting", "planned", "2024-05-17"),
    ("Mayor Jon Aske is visiting Lisbon on Friday.", "StateVisit", "planned", "2024-05-17"),
])
def test_a_progressive_stay(text, etype, status, value):
    ev = one(text, "en", etype)
    assert (ev.status, ev.date.value) == (status, value)
