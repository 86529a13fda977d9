"""Probes from whole invented agency reports (issue 9: one event per event, dates by scope).
Every sentence was written for these tests; the publication day is Wednesday 2024-11-20 unless a
test says otherwise."""

from __future__ import annotations

import datetime as dt

from kb.model import Document
from kb.pipeline import analyse


def _events(text: str, lang: str = "en", dct: dt.date = dt.date(2024, 11, 20)):
    doc = Document(id="t", text=text, lang=lang, published=dct)
    return [(e.type, e.status, e.date.value if e.date else None,
             frozenset(p.entity.name if p.entity else p.label for p in e.participants))
            for e in analyse(doc).events if not e.implied_by]


def test_summit_talks_held_on_the_sidelines_of_a_forum_are_one_event():
    """"summit talks with X on the sidelines of the forum": the summit and the talks are named
    before the cue, so they are one event; the forum after it is the occasion."""
    found = _events("President Mira Castell will hold summit talks with Prime Minister Jonas Berg on the sidelines of "
                    "the APEC forum in Lima later this week.")
    assert len(found) == 1
    assert found[0][3] == frozenset({"Mira Castell", "Jonas Berg"})


def test_a_meeting_on_the_sidelines_of_a_summit_stays_apart_from_the_summit():
    found = _events("President Mira Castell met Prime Minister Jonas Berg on the sidelines of the NATO summit in Vilnius on Tuesday.")
    kinds = sorted(f[0] for f in found)
    assert "Meeting" in kinds
    (meeting,) = [f for f in found if f[0] == "Meeting"]
    assert meeting[3] == frozenset({"Mira Castell", "Jonas Berg"})


def test_the_call_told_again_with_its_day_takes_that_day():
    """A call told without a day, then "The call took place on Friday" (English had no noun for a
    call that points back; German read only "fand ... statt", not "habe ... stattgefunden", and
    one word between article and noun)."""
    sat = dt.date(2024, 11, 16)
    for text, lang in [
        ("Chancellor Tom Berg has spoken with President Anna Lund by phone. The call took place on Friday.", "en"),
        ("Chancellor Tom Berg spoke with President Anna Lund by phone. The hour-long conversation took place on "
         "Friday, a spokesman said.", "en"),
        ("Kanzler Tom Berg hat mit Präsidentin Anna Lund telefoniert. Das Gespräch habe am Freitag stattgefunden, "
         "teilte ein Sprecher mit.", "de"),
        ("Kanzler Tom Berg hat mit Präsidentin Anna Lund telefoniert. Das rund einstündige Gespräch fand am Freitag "
         "statt.", "de"),
    ]:
        calls = [f for f in _events(text, lang, sat) if f[0] == "PhoneCall"]
        assert [c[2][:10] for c in calls] == ["2024-11-15"], text


def test_a_call_noun_told_after_a_meeting_or_with_a_date_of_its_own_dates_nothing_else():
    sat = dt.date(2024, 11, 16)
    # a meeting is no call: the call noun has nothing to point back to
    found = _events("Chancellor Tom Berg met President Anna Lund in Oslo. The call took place on Friday.", "en", sat)
    assert [f[:3] for f in found if f[0] == "Meeting"] == [("Meeting", "past", "2024-11-16")]
    # a call dated by its own sentence keeps its day
    found = _events("Chancellor Tom Berg spoke with President Anna Lund by phone on Thursday. The conversation took "
                    "place on Friday.", "en", sat)
    assert [f[2] for f in found if f[0] == "PhoneCall"] == ["2024-11-14"]


def test_a_date_opening_a_clause_of_its_own_dates_that_clause_only():
    """"will first meet X in Paris; on Friday the two will travel to Lyon": Friday is the journey's;
    the meeting has no day of its own (it took Friday, as a date set off after it and as the
    later event of its sentence)."""
    sun = dt.date(2024, 5, 5)
    for text, lang in [
        ("President Tom Berg will first meet Chancellor Anna Lund in Paris; on Friday the two will travel to Lyon.", "en"),
        ("Präsident Tom Berg wird zunächst in Paris mit Kanzlerin Anna Lund zusammentreffen, am Freitag reisen "
         "beide nach Lyon.", "de"),
    ]:
        found = _events(text, lang, sun)
        assert [f[2] for f in found if f[0] == "StateVisit"] == ["2024-05-10"], text
        assert [f[2] for f in found if f[0] == "Meeting"] == [None], text


def test_a_date_of_the_clause_still_dates_every_event_of_it():
    sun = dt.date(2024, 5, 5)
    found = _events("President Tom Berg will meet Chancellor Anna Lund and sign an agreement on Friday.", "en", sun)
    assert {f[0]: f[2] for f in found} == {"Meeting": "2024-05-10", "AgreementSigning": "2024-05-10"}
    found = _events("Präsident Tom Berg trifft am Donnerstag in Paris Kanzlerin Anna Lund, am Freitag reist er nach "
                    "Lyon.", "de", sun)
    assert {f[0]: f[2] for f in found} == {"Meeting": "2024-05-09", "StateVisit": "2024-05-10"}


def test_a_stay_dated_by_the_reception_of_its_guest_keeps_its_length():
    """"empfängt am Donnerstag X zu einem zweitägigen Staatsbesuch": the day is the reception's
    (nearer to its verb), the visit starts on it and lasts two days."""
    sun = dt.date(2024, 5, 5)
    found = _events("Präsident Emmanuel Macron empfängt am Donnerstag den norwegischen Regierungschef Jon Aas zu einem "
                    "zweitägigen Staatsbesuch.", "de", sun)
    assert [f[2] for f in found if f[0] == "StateVisit"] == ["2024-05-09/2024-05-10"]
    # no length told: the visit is that day
    found = _events("Präsident Emmanuel Macron empfängt am Donnerstag den norwegischen Regierungschef Jon Aas zu einem "
                    "Staatsbesuch.", "de", sun)
    assert [f[2] for f in found if f[0] == "StateVisit"] == ["2024-05-09"]


def test_what_a_clause_of_since_tells_lies_behind_whatever_the_tense_of_the_sentence():
    """"It will be her first visit to Washington since she became prime minister on Oct. 1": the
    taking of office was on October 1 this year (not next year, planned) and not in Washington."""
    tue = dt.date(2024, 11, 26)
    doc = Document(id="t", text="It will be Anna Lund's first visit to Washington since she became prime minister on "
                   "Oct. 1.", lang="en", published=tue)
    (office,) = [e for e in analyse(doc).events if e.subtype == "TakingOffice"]
    assert (office.status, office.date.value, office.place) == ("past", "2024-10-01", None)
    found = _events("It will be Anna Lund's first visit to Washington since she was elected in October.", "en", tue)
    assert [f[:3] for f in found] == [("Election", "past", "2024-10")]
    # a verb of the sentence itself keeps its tense
    found = _events("Anna Lund will be sworn in as prime minister on Oct. 1.", "en", tue)
    assert [f[1:3] for f in found] == [("planned", "2025-10-01")]


def test_a_pronoun_that_speaks_after_a_reported_saying_is_its_speaker():
    """"X will visit Y, spokesman Z said. The dates are being agreed, he added": he is Z (was X, the
    first person of the sentence before, giving X a statement of his own)."""
    for text, lang in [
        ("Prime Minister Tom Berg will visit Kenya in December, government spokesman Jon Aas told reporters on "
         "Wednesday. The dates are being agreed upon, he added.", "en"),
        ("Ministerpräsident Tom Berg wird im Dezember Kenia besuchen, sagte Regierungssprecher Jon Aas am Mittwoch. "
         "Die Termine würden noch abgestimmt, fügte er hinzu.", "de"),
    ]:
        found = _events(text, lang)
        speakers = [f[3] for f in found if f[0] in ("Statement", "Announcement")]
        assert speakers == [frozenset({"Jon Aas"})], text


def test_a_pronoun_subject_of_what_is_said_keeps_the_sentences_first_person():
    # "X at Y said he ...": "he" is the subject of what is said; the speaker is X, not the firm
    doc = Document(id="t", text="Tom Berg at Nordbank said on Friday that profits would fall. He said he is cutting "
                   "his estimate.", lang="en", published=dt.date(2024, 11, 20))
    pronouns = [m for m in analyse(doc).mentions if m.kind == "pronoun"]
    assert pronouns and all(m.entities[0].name == "Tom Berg" for m in pronouns)


def test_a_weekday_told_inside_a_planned_trip_is_a_day_of_the_trip():
    """In a Wednesday's report, "Zum Abschluss besucht er am Mittwoch Hiroshima" after "bricht am
    Sonntag zu einer viertägigen Reise nach Japan auf" is the Wednesday of the trip, a week on --
    not the report's own day."""
    wed = dt.date(2024, 11, 20)
    found = _events("Präsident Tom Berg bricht am Sonntag zu einer viertägigen Reise nach Japan auf. Am Dienstag "
                    "trifft er in Tokio Ministerpräsident Jon Aas. Zum Abschluss besucht Berg am Mittwoch Hiroshima.",
                    "de", wed)
    assert "2024-11-20" not in {f[2] for f in found}
    assert ("StateVisit", "planned", "2024-11-24/2024-11-27", frozenset({"Tom Berg"})) in found
    found = _events("President Tom Berg leaves on Sunday for a four-day trip to Japan. He will meet Prime Minister "
                    "Jon Aas in Tokyo on Tuesday and will visit Hiroshima on Wednesday.", "en", wed)
    assert "2024-11-20" not in {f[2] for f in found}


def test_a_weekday_of_a_plan_outside_any_trip_stays_on_or_after_the_report():
    wed = dt.date(2024, 11, 20)
    found = _events("Präsident Tom Berg reist am Sonntag für zwei Tage nach Japan. Ministerpräsident Jon Aas trifft "
                    "am Mittwoch in Berlin Kanzler Olaf Scholz.", "de", wed)
    assert [f[2] for f in found if f[0] == "Meeting"] == ["2024-11-20"]


def test_a_meeting_on_the_sidelines_of_a_dated_occasion_of_its_sentence_is_held_then():
    """"met on the sidelines of the APEC summit in Lima last week": the meeting took place that
    week (was the report's day), as the summit did."""
    tue = dt.date(2024, 11, 26)
    found = _events("President Tom Berg and Prime Minister Jon Aas briefly met on the sidelines of the APEC summit in "
                    "Lima last week.", "en", tue)
    assert [f[2] for f in found if f[0] == "Meeting"] == ["2024-11-18/2024-11-24"]
    # a meeting dated by itself keeps its day
    found = _events("President Tom Berg met Prime Minister Jon Aas on Tuesday on the sidelines of the summit in Lima, "
                    "which ended last week.", "en", tue)
    assert [f[2] for f in found if f[0] == "Meeting"] == ["2024-11-26"]


def _places(text: str, lang: str) -> list[tuple[str, str | None]]:
    doc = Document(id="t", text=text, lang=lang, published=dt.date(2024, 10, 28))
    return [(e.type, e.place.entity.name if e.place and e.place.entity else None) for e in analyse(doc).events]


def test_a_place_that_is_talked_about_is_no_place_of_the_call():
    """"held phone talks with X and discussed the troop deployment to Russia": Russia is the
    topic (the object of a verb of the topic class), not where the call took place."""
    assert _places("Foreign Minister Tom Berg held phone talks with Jon Aas on Monday and discussed the troop "
                   "deployment to Latvia.", "en") == [("PhoneCall", None)]
    assert _places("Tom Berg und Jon Aas erörterten am Montag in einem Telefonat die Entsendung von Soldaten nach "
                   "Lettland.", "de") == [("PhoneCall", None)]
    # where they met and talked stays the meeting's place
    assert _places("Tom Berg met Jon Aas in Riga and discussed the troop deployment to Latvia.", "en") == \
        [("Meeting", "Riga")]


def test_taking_office_told_in_the_past_lies_behind():
    """"took office in January" said in November: last January (the frame reader had no verb for
    it, so the month was read ahead, as a plan for next January)."""
    for text in ("Tom Berg took office in January.", "Tom Berg, who took office in January, met Anna Lund.",
                 "Tom Berg was inaugurated in January.", "Tom Berg assumed office in January."):
        offices = [f for f in _events(text) if f[0] == "Other"]
        assert [f[1:3] for f in offices] == [("past", "2024-01")], text
    offices = [f for f in _events("Tom Berg will take office in January.") if f[0] == "Other"]
    assert [f[1:3] for f in offices] == [("planned", "2025-01")]


def test_inaugurating_a_thing_is_no_taking_of_office():
    doc = Document(id="t", text="President Tom Berg inaugurated a new bridge in Oslo on Monday.", lang="en",
                   published=dt.date(2024, 11, 20))
    assert [(e.type, e.subtype) for e in analyse(doc).events] == [("Other", "Opening")]


def test_a_resignation_declared_is_one_event():
    found = _events("Ministerpräsidentin Anna Lund hat am Montag ihren Rücktritt erklärt.", "de")
    assert [f[0] for f in found] == ["Other"]


def test_an_event_told_in_the_past_with_a_month_alone_lies_behind():
    """Said in November, "in January" is last January when the clause tells a past, also for a
    trigger the frame reader has no verb for (the tagger reads a month up to 45 days ahead as the
    next one whatever the tense, and the event took the plan's status from that date)."""
    for text, lang in [
        ("President Tom Berg in January named Jon Aas as his new foreign minister.", "en"),
        ("Prime Minister Anna Lund was awarded the Nobel Peace Prize in January.", "en"),
        ("President Tom Berg attended the funeral of former Prime Minister Jon Aas in January.", "en"),
        ("President Tom Berg gave a speech at the university in January.", "en"),
        ("Ministerpräsidentin Anna Lund wurde im Januar mit dem Karlspreis ausgezeichnet.", "de"),
        ("Präsident Tom Berg hielt im Januar eine Rede vor der UN-Vollversammlung.", "de"),
        ("Präsident Tom Berg räumte im Januar seine Niederlage ein.", "de"),
    ]:
        found = _events(text, lang)
        assert found and all(f[1:3] == ("past", "2024-01") for f in found), (text, found)


def test_a_month_of_a_plan_or_of_what_is_said_keeps_its_reading():
    # what is talked about lies ahead ("the slated visit"), and a plain saying's month is what it says
    found = _events("Tom Berg said he and Jon Aas had been talking about the slated visit of President Anna Lund to "
                    "Oslo in January.")
    assert ("StateVisit", "planned", "2025-01", frozenset({"Anna Lund"})) in found
    found = _events("President Tom Berg will give a speech at the university in January.")
    assert [f[1:3] for f in found] == [("planned", "2025-01")]


_ITALY = ("Bundespräsident Frank-Walter Steinmeier reist vom 2. bis 4. Dezember zu einem Staatsbesuch nach Italien. "
          "In Rom wird er von Staatspräsident Sergio Mattarella mit militärischen Ehren empfangen. Am 4. Dezember "
          "besucht der Bundespräsident Neapel.")


def test_an_office_noun_of_one_country_alone_is_the_one_named_with_it():
    """"der Bundespräsident" after "Bundespräsident X ... Staatspräsident Y" is X (was Y, the last
    one named with any president's noun, who then visited Naples)."""
    doc = Document(id="t", text=_ITALY, lang="de", published=dt.date(2024, 11, 20))
    (m,) = [m for m in analyse(doc).mentions if m.text == "der Bundespräsident"]
    assert m.entities[0].name == "Frank-Walter Steinmeier"


def test_a_stay_told_again_with_its_host_is_one_stay():
    found = _events(_ITALY, "de")
    visits = [f for f in found if f[0] == "StateVisit"]
    assert visits == [("StateVisit", "planned", "2024-12-02/2024-12-04",
                       frozenset({"Frank-Walter Steinmeier", "Sergio Mattarella"}))]
    # a stay of another guest stays apart
    found = _events("Präsident Tom Berg reist am Montag zu einem Staatsbesuch nach Italien. Am Montag wird Anna Lund "
                    "in Rom von Staatspräsident Sergio Mattarella empfangen.", "de")
    assert [f[3] for f in found if f[0] == "StateVisit"] == [frozenset({"Tom Berg"})]


def test_the_official_short_name_of_a_country_is_the_country():
    found = _events("Bundeskanzler Olaf Scholz hat heute den Ministerpräsidenten der Republik Moldau, Ion Berg, im "
                    "Bundeskanzleramt empfangen.", "de")
    assert ("Meeting", "past", "2024-11-20", frozenset({"Olaf Scholz", "Ion Berg"})) in found


def test_the_day_something_is_set_for_is_not_the_sayings():
    """"lud X für Montag zu einem Treffen ein": Monday is the meeting's; the invitation was given
    on the report's day (it took Monday before)."""
    found = _events("Präsident Tom Berg lud Ministerpräsidentin Anna Lund für Montag zu einem Treffen ein.", "de")
    assert ("Announcement", "past", "2024-11-20", frozenset({"Tom Berg"})) in found
    assert ("Meeting", "planned", "2024-11-25", frozenset({"Tom Berg", "Anna Lund"})) in found
    found = _events("Analyst Tom Berg said on Monday he is cutting his estimate for next year.")
    assert [f[2] for f in found if f[0] == "Statement"] == ["2024-11-18"]


def test_a_place_in_a_phrase_of_the_topic_is_talked_about():
    """"beriet mit X über die Lage in der Ukraine": the Ukraine is talked about, not where."""
    assert _places("Tom Berg beriet am Montag per Videokonferenz mit Jon Aas über die Lage in der Ukraine.", "de") == \
        [("Meeting", None)]
    assert _places("Tom Berg spoke with Jon Aas in Berlin about the situation in Ukraine on Monday.", "en") == \
        [("Meeting", "Berlin")]
    # an event named inside the phrase keeps its own place
    assert ("StateVisit", "Oslo") in _places("Tom Berg said he had talked with Jon Aas about the planned visit to "
                                             "Oslo.", "en")


def test_the_destination_of_a_verb_told_after_before_or_after_is_that_verbs():
    """"will hold talks with X on Wednesday before flying to Stockholm": the talks are not in Stockholm."""
    assert ("Meeting", None) in _places("Tom Berg will hold talks with Jon Aas on Wednesday before flying to "
                                        "Stockholm.", "en")
    # a destination of the trigger's own journey, or of the verb of a purpose clause, stays
    assert ("Meeting", "Paris") in _places("Tom Berg flew to Paris to meet Jon Aas.", "en")
    assert ("Meeting", "Germany") in _places("Ende April wird Präsident Tom Berg zu einem Treffen mit Kanzlerin "
                                             "Anna Lund nach Deutschland reisen.", "de")


def test_the_occasion_of_what_did_not_occur_keeps_its_status():
    """"has no plans to meet X during his visit to Oslo next week": the visit is planned (was
    did_not_occur with the meeting), the meeting that will not take place has the visit's days."""
    found = _events("President Tom Berg has no plans to meet Prime Minister Anna Lund during his visit to Oslo next "
                    "week.")
    assert ("StateVisit", "planned", "2024-11-25/2024-12-01", frozenset({"Tom Berg"})) in found
    assert ("Meeting", "did_not_occur", "2024-11-25/2024-12-01", frozenset({"Tom Berg", "Anna Lund"})) in found
    found = _events("President Tom Berg did not meet Prime Minister Anna Lund during his visit to Oslo last week.")
    assert ("StateVisit", "past", "2024-11-11/2024-11-17", frozenset({"Tom Berg"})) in found
    # a visit itself called off stays so
    found = _events("President Tom Berg has called off his visit to Oslo next week.")
    assert [f[1] for f in found if f[0] == "StateVisit"] == ["did_not_occur"]


def test_she_opening_a_clause_of_the_place_travelled_to_is_the_traveller():
    found = _events("Präsidentin Anna Lund reist morgen nach Rom, wo sie eine Rede halten wird.", "de",
                    dt.date(2024, 3, 14))
    assert ("Statement", "planned", "2024-03-15", frozenset({"Anna Lund"})) in found
    # "als sie" / "dass sie" after a comma may be anyone (a ship, authorities): left alone
    found = _events("Die Kommission vertraut den Behörden von Präsidentin Anna Lund, dass sie den Fall prüfen.", "de")
    assert not [f for f in found if f[0] == "Meeting"]
