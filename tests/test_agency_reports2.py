"""Probes from whole invented agency and newspaper reports, second round (issue 9: who takes part,
one event per event, dates by scope). Every sentence was written for these tests."""

from __future__ import annotations

import datetime as dt

from agency_events import report_events as _events
from kb.model import Document
from kb.pipeline import analyse


def test_an_organisation_before_a_title_and_a_name_only_qualifies_the_person():
    """"met Communist Party chief X": the party qualifies the title; the one met is X (German
    writes the compound "KP-Chef X", read already)."""
    for text in [
        "President Tom Berg met Communist Party chief Anna Lund in Hanoi on Tuesday.",
        "President Tom Berg met Liberal Party leader Anna Lund in Hanoi on Tuesday.",
        "President Tom Berg met Harbour Authority chairwoman Anna Lund in Hanoi on Tuesday.",
    ]:
        (meeting,) = [f for f in _events(text) if f[0] == "Meeting"]
        assert meeting[3] == frozenset({"Tom Berg", "Anna Lund"}), text
    # a spokesman of a body speaks himself
    (said,) = [f for f in _events("Kremlin spokesman Ivan Sorokin said on Tuesday the talks had been useful.")
               if f[0] == "Statement"]
    assert said[3] == frozenset({"Ivan Sorokin"})


def test_a_place_or_a_time_between_an_organisation_and_a_name_keeps_them_apart():
    # "in Hanoi" is a place of the meeting, not a title of the one met
    (meeting,) = [f for f in _events("President Tom Berg met in Hanoi Anna Lund on Tuesday.") if f[0] == "Meeting"]
    assert "Hanoi" not in meeting[3] and "Tom Berg" in meeting[3]
    # an organisation alone, with no name after its title, still takes part
    (meeting,) = [f for f in _events("President Tom Berg met the Liberal Party leadership on Tuesday.") if f[0] == "Meeting"]
    assert "Tom Berg" in meeting[3]


def test_a_signing_after_talks_on_a_day_takes_the_talks_day_not_the_whole_stay():
    """The talks are dated; the guest "is on an official visit" that ends on Friday: the signing of
    the two told next is the talks' (Wednesday), not the stay from its unknown start to Friday."""
    text = ("MOSCOW, March 12 (TASS) - President Ivan Sorokin held talks in the Kremlin on Wednesday with "
            "President Anna Lund, who is in Russia on an official visit. The two leaders signed a joint "
            "declaration on their partnership. The visit will end on Friday.")
    found = _events(text)
    assert [f[2] for f in found if f[0] == "AgreementSigning"] == ["2025-03-12"]
    assert [f[2] for f in found if f[0] == "Meeting"] == ["2025-03-12"]


def test_a_signing_told_inside_the_stay_still_takes_the_stay():
    text = ("President Anna Lund arrived in Moscow on Monday for a three-day official visit. "
            "During the visit, the two sides signed a declaration on their partnership.")
    signed = [f for f in _events(text, dct=dt.date(2025, 3, 10)) if f[0] == "AgreementSigning"]
    assert [f[2] for f in signed] == ["2025-03-10/2025-03-12"]


def test_the_loser_named_in_a_participle_clause_after_the_win():
    for text, lang in [
        ("Anna Lund narrowly won the presidential run-off on Sunday, beating Mayor Tom Berg with 50.9 "
         "percent of the vote.", "en"),
        ("Anna Lund won the election on Sunday, defeating incumbent Tom Berg.", "en"),
    ]:
        (vote,) = [f for f in _events(text, lang, dt.date(2025, 6, 2)) if f[0] == "Election"]
        assert vote[4] == {"winner": "Anna Lund", "loser": "Tom Berg"}, text
        assert vote[2] == "2025-06-01"
    # a clause that is no loser cue names nobody defeated
    (vote,) = [f for f in _events("Anna Lund won the election on Sunday, thanking Tom Berg for his support.",
                                  "en", dt.date(2025, 6, 2)) if f[0] == "Election"]
    assert vote[4] == {"winner": "Anna Lund"}


def _mentions(text: str, lang: str = "en"):
    doc = Document(id="t", text=text, lang=lang, published=dt.date(2025, 3, 12))
    return [(m.text, [e.name for e in m.entities]) for m in analyse(doc).mentions]


def test_a_family_name_of_two_letters_stands_for_the_full_name_later():
    """"Li" after "Li Qiang" (family name first), and the pronoun of a clause after it is his --
    not the host named in the sentence before; a two-letter word of the language ("To the
    surprise of many" after "To Lam") is no name."""
    text = ("President Jonas Berg will host Premier Wu Hanxiang in Paris next Monday. It will be Wu's first trip "
            "to France since he took office in March 2023.")
    assert ("Wu", ["Wu Hanxiang"]) in _mentions(text)
    took = [f for f in _events(text) if f[0] == "Other"]
    assert [f[3] for f in took] == [frozenset({"Wu Hanxiang"})]
    ms = _mentions("General Secretary To Lam met President Anna Lund on Monday. To the surprise of many, Lam spoke.")
    assert ("Lam", ["To Lam"]) in ms and not any(t == "To" for t, _ in ms)


def test_an_epithet_refers_to_the_person_the_story_is_about():
    """"Der 64-Jährige" / "The Republican" after a sentence naming someone else last: the person
    named most often so far (the story's), who then wins the vote told -- not the congratulator."""
    for text, lang in [
        ("Tom Becker ist am Montag als Präsident vereidigt worden. Kanzlerin Anna Berg gratulierte Becker. "
         "Der 64-Jährige hatte die Wahl im November gegen Jonas Lund gewonnen.", "de"),
        ("Tom Becker was sworn in as president on Monday. Chancellor Anna Berg congratulated Becker. "
         "The Republican had won the November election against Jonas Lund.", "en"),
        ("Tom Becker was sworn in as president on Monday. Chancellor Anna Berg congratulated Becker. "
         "The 64-year-old had won the November election against Jonas Lund.", "en"),
    ]:
        (vote,) = [f for f in _events(text, lang, dt.date(2025, 1, 21)) if f[0] == "Election"]
        assert vote[4] == {"winner": "Tom Becker", "loser": "Jonas Lund"}, text


def test_what_is_no_epithet_of_a_person_named_before():
    text = ("Tom Becker visited the hospital on Monday. A 30-year-old man was injured. The 30-year-old suspect "
            "was arrested.")
    assert not any(t in ("A 30-year-old", "The 30-year-old") for t, _ in _mentions(text))
    text = "Tom Becker besuchte am Montag Bozen. Die 30-Jährigen feierten. Ein 45-Jähriger wurde verletzt."
    assert not any("Jährig" in t for t, _ in _mentions(text, "de"))


def test_beide_after_a_plural_verb_is_the_two_told_before():
    text = ("Kanzler Tom Becker hat am Dienstag in Berlin Präsidentin Anna Berg empfangen. Anschließend traten "
            "beide vor die Presse.")
    said = [f for f in _events(text, "de", dt.date(2025, 2, 18)) if f[0] == "Statement"]
    assert [(f[2], f[3]) for f in said] == [("2025-02-18", frozenset({"Tom Becker", "Anna Berg"}))]
    # "beide" before an adjective and a noun is a determiner, no one
    ms = _mentions("Tom Becker traf Anna Berg. Sie forderten beide anderen Parteien auf, zu folgen.", "de")
    assert not any(t == "beide" for t, _ in ms)


def test_a_regnal_name_is_not_another_monarch_of_the_same_number():
    """"Queen Elizabeth II" the day after her reign ended is still she -- not the queen of another
    country that day whose name also ends in "II"; German "Königin Margrethe II." stays Margrethe."""
    ms = _mentions("Queen Elizabeth II died at Balmoral on Thursday.")
    assert ms[0] == ("Queen Elizabeth II", ["Elizabeth II"])
    doc = Document(id="t", text="Queen Elizabeth II died at Balmoral on Thursday.", lang="en",
                   published=dt.date(2022, 9, 9))
    assert [[e.name for e in m.entities] for m in analyse(doc).mentions][:1] == [["Elizabeth II"]]
    doc = Document(id="t", text="Königin Margrethe II. kondolierte am Freitag.", lang="de", published=dt.date(2022, 9, 9))
    assert [[e.name for e in m.entities] for m in analyse(doc).mentions][:1] == [["Margrethe II"]]


def test_a_clause_opened_by_and_goes_on_with_the_subject_of_the_sentence():
    """"X reaffirmed ... respect for Y's leadership, and committed to travel to Z": X travels, not Y
    (the person named nearest before)."""
    text = ("President Tom Becker reaffirmed the alliance and his respect for President Anna Berg's leadership, "
            "and committed to travel to Oslo later this year.")
    visits = [f for f in _events(text) if f[0] == "StateVisit"]
    assert [f[4].get("guest") for f in visits] == ["Tom Becker"]
    # a clause with a subject of its own keeps it
    text = "President Tom Becker praised Anna Berg, and Berg will travel to Oslo in May."
    visits = [f for f in _events(text) if f[0] == "StateVisit"]
    assert [f[4].get("guest") for f in visits] == ["Anna Berg"]
    # the commitment to travel is a plan, whatever the tense of "committed"
    text = "President Tom Becker reaffirmed the alliance and committed to travel to Oslo later this year."
    assert [f[1] for f in _events(text) if f[0] == "StateVisit"] == ["planned"]


def test_the_subject_before_a_relative_clause_meets_after_a_small_adverb():
    """"X, who made an unannounced visit to Ukraine, also met Y": X meets Y (the adverb "also"
    before the verb hid the subject told before the relative clause)."""
    text = ("Foreign Minister Anna Berg held talks with Tom Lund in Kyiv on Sunday. Berg, who made an unannounced "
            "visit to Ukraine, also met President Volodymyr Zelenskyy.")
    meetings = [f[3] for f in _events(text, dct=dt.date(2024, 1, 15)) if f[0] == "Meeting"]
    assert frozenset({"Anna Berg", "Volodymyr Zelenskyy"}) in meetings
    # "to" before an infinitive is no adverb: the infinitive's doer is not the place before it
    text = "President Tom Becker later flies on to Durban, South Africa, to attend the summit of the BRICS group."
    summits = [f[3] for f in _events(text) if f[0] == "Summit"]
    assert summits and all("Tom Becker" in s for s in summits)


def test_the_dots_of_an_abbreviation_end_no_trigger_phrase():
    """"U.S." inside the words a trigger spans is an abbreviation, not a sentence's end."""
    cases = [
        ("Tom Becker inked a U.S. trade deal with Anna Berg on Monday.", "AgreementSigning"),
        ("President Tom Becker defeated U.S. Senator Anna Berg in the election on Sunday.", "Election"),
    ]
    for text, kind in cases:
        assert kind in [f[0] for f in _events(text)], text
    # a full stop after a word of several letters still ends the phrase
    assert "AgreementSigning" not in [f[0] for f in _events("Tom Becker inked a letter to Oslo. The deal was praised.")]


def test_a_signing_after_the_arrival_sentence_takes_the_talks_day_told_before():
    """Talks on Thursday, then the guest's arrival "earlier in the day for a two-day state visit",
    then "the two also signed": the talks' day (it lies within the stay), not the stay's two days."""
    text = ("BEIJING, May 16 -- President Tom Becker held talks with President Anna Berg in Beijing on Thursday. "
            "Berg arrived in Beijing earlier in the day for a two-day state visit. The two presidents also signed "
            "a joint statement.")
    found = _events(text, dct=dt.date(2024, 5, 16))
    assert [f[2] for f in found if f[0] == "AgreementSigning"] == ["2024-05-16"]
    # talks on a day before the stay began date nothing told of the stay
    text = ("President Tom Becker met President Anna Berg in Oslo on Monday. Becker arrived in Rome on Tuesday for "
            "a three-day state visit. Becker and the Italian president signed a joint statement.")
    found = _events(text, dct=dt.date(2024, 5, 16))
    assert "2024-05-13" not in [f[2] for f in found if f[0] == "AgreementSigning"]


def _claims(text: str, lang: str = "en", dct: dt.date = dt.date(2019, 2, 28)):
    doc = Document(id="t", text=text, lang=lang, published=dct)
    a = analyse(doc)
    return ([(c.kind, c.value, c.since.value if c.since else None) for c in a.claims],
            [(e.type, e.date.value if e.date else None) for e in a.events if not e.implied_by])


def test_a_month_named_by_its_name_dates_the_first_meeting_and_opens_no_window():
    """"first met in Singapore last June": the first meeting took place last June; "last June" is
    no window the meetings are counted in (a window is named by its unit: "this year")."""
    claims, events = _claims("Tom Becker first met Anna Berg in Singapore last June.")
    assert claims == [("ordinal", 1, None)]
    assert events == [("Meeting", "2018-06")]
    claims, events = _claims("Tom Becker traf Anna Berg im vergangenen Juni zum ersten Mal in Singapur.", "de")
    assert [e for e in events] == [("Meeting", "2018-06")]
    # a period named by its unit stays the window; the meeting keeps its own day
    claims, events = _claims("Tom Becker met Anna Berg in Lima on Monday, their third meeting this year.")
    assert claims == [("ordinal", 3, "2019-01-01/2019-12-31")]
    assert ("Meeting", "2019-02-25") in events


def test_a_plan_adjective_before_another_noun_is_that_nouns_status():
    """"beriet über das geplante Ölembargo": the embargo is planned, the talks took place; "Das
    geplante Treffen" itself is still planned."""
    text = "Präsidentin Anna Berg hat mit Kanzler Tom Becker über das geplante Ölembargo beraten."
    assert [f[1] for f in _events(text, "de", dt.date(2022, 5, 11)) if f[0] == "Meeting"] == ["past"]
    text = "Das geplante Treffen von Anna Berg mit Tom Becker findet in Rom statt."
    assert [f[1] for f in _events(text, "de", dt.date(2022, 5, 11)) if f[0] == "Meeting"] == ["planned"]
    text = "Anna Berg werde Tom Becker am Freitag in Rom treffen, hieß es."
    assert [f[1] for f in _events(text, "de", dt.date(2022, 5, 11)) if f[0] == "Meeting"] == ["planned"]


def test_a_date_right_after_a_noun_referring_back_dates_the_event_told_before():
    """"Das Gespräch am Montagabend in Budapest sei hilfreich gewesen": the talks told before took
    place on Monday evening; a noun with no date after it ("on trade") dates nothing."""
    text = ("Präsidentin Anna Berg hat mit Kanzler Tom Becker über den Handel beraten. Das Gespräch am "
            "Montagabend in Budapest sei hilfreich gewesen, schrieb Berg.")
    assert [f[2] for f in _events(text, "de", dt.date(2022, 5, 11)) if f[0] == "Meeting"] == ["2022-05-09TEV"]
    text = "Chancellor Anna Berg held talks with President Tom Becker in Oslo. The talks on Monday were useful, she said."
    assert [f[2] for f in _events(text, "en", dt.date(2024, 5, 15)) if f[0] == "Meeting"] == ["2024-05-13"]
    text = "Chancellor Anna Berg held talks with President Tom Becker in Oslo. The talks on trade were useful, she said."
    assert [f[2] for f in _events(text, "en", dt.date(2024, 5, 15)) if f[0] == "Meeting"] == ["2024-05-15"]


def test_an_event_noun_with_an_ordinal_told_taking_place_on_a_day_is_also_news():
    """"The second summit between X and Y ended on Thursday": the summit is news (and the ordinal
    a claim); "It was the second summit between X and Y" tells no new event."""
    for text, lang in [
        ("The second summit between Tom Becker and Anna Berg ended on Thursday without an agreement.", "en"),
        ("Der zweite Gipfel von Tom Becker und Anna Berg endete am Donnerstag ohne Einigung.", "de"),
    ]:
        summits = [f for f in _events(text, lang, dt.date(2019, 2, 28)) if f[0] == "Summit"]
        assert [(f[2], f[3]) for f in summits] == [("2019-02-28", frozenset({"Tom Becker", "Anna Berg"}))], text
    assert not [f for f in _events("It was the second summit between Tom Becker and Anna Berg.") if f[0] == "Summit"]


def test_a_party_politician_epithet_refers_to_the_person_the_story_is_about():
    text = "Olaf Scholz ist neuer Bundeskanzler. Der Bundestag wählte den SPD-Politiker am Mittwoch mit 395 Stimmen."
    votes = [f for f in _events(text, "de", dt.date(2021, 12, 9)) if f[0] == "Election"]
    assert [(f[2], f[4]) for f in votes] == [("2021-12-08", {"winner": "Olaf Scholz"})]
    ms = _mentions("Tom Becker traf am Montag Vertreter der Parteien. Er sprach mit den SPD-Politikern.", "de")
    assert not any("Politiker" in t for t, _ in ms)


def test_a_meeting_naming_one_side_after_a_trip_has_the_traveller_as_the_other():
    for text, lang in [
        ("Anna Berg reist am Montag nach Rom. Am Dienstag ist ein Treffen mit Papst Franziskus im Vatikan geplant.", "de"),
        ("Anna Berg will travel to Rome on Monday. A meeting with Pope Francis at the Vatican is planned for Tuesday.", "en"),
    ]:
        meetings = [f for f in _events(text, lang, dt.date(2024, 9, 10)) if f[0] == "Meeting"]
        assert [f[3] for f in meetings] == [frozenset({"Anna Berg", "Pope Francis"})], text
    # a meeting naming both sides keeps them
    text = "Anna Berg reist am Montag nach Rom. Am Dienstag treffen sich Tom Becker und Jonas Lund in Berlin."
    meetings = [f for f in _events(text, "de", dt.date(2024, 9, 10)) if f[0] == "Meeting"]
    assert [f[3] for f in meetings] == [frozenset({"Tom Becker", "Jonas Lund"})]


def test_a_weekday_after_a_trip_told_by_its_first_day_lies_in_that_trip():
    """In a Tuesday's report, "reist am Montag nach Rom. Am Dienstag ist ein Treffen ... geplant":
    Tuesday is the day after the trip's first day, not the report's own day."""
    text = "Anna Berg reist am Montag nach Rom. Am Dienstag ist ein Treffen mit Papst Franziskus im Vatikan geplant."
    meetings = [f for f in _events(text, "de", dt.date(2024, 9, 10)) if f[0] == "Meeting"]
    assert [f[2] for f in meetings] == ["2024-09-17"]
    # a trip told by its week alone leaves the weekday as the convention reads it
    text = "Anna Berg reist kommende Woche nach Rom. Am Dienstag ist ein Treffen mit Papst Franziskus geplant."
    meetings = [f for f in _events(text, "de", dt.date(2024, 9, 10)) if f[0] == "Meeting"]
    assert [f[2] for f in meetings] == ["2024-09-10"]


def test_an_event_during_a_visit_dated_only_in_the_next_sentence_takes_the_visits_day():
    """"hat bei seinem Besuch in Nordkorea einen Pakt unterzeichnet. X war in der Nacht zum Mittwoch
    in Pjöngjang eingetroffen": the signing is on the visit's day, not the report's."""
    text = ("Präsident Tom Becker hat bei seinem Besuch in Norwegen mit Präsidentin Anna Berg ein Abkommen "
            "unterzeichnet. Becker war am Mittwoch in Oslo eingetroffen.")
    signed = [f for f in _events(text, "de", dt.date(2024, 6, 21)) if f[0] == "AgreementSigning"]
    assert [f[2] for f in signed] == ["2024-06-19"]
    text = ("President Tom Becker signed an accord with President Anna Berg during Becker's visit to Norway. "
            "Becker arrived in Oslo on Wednesday.")
    signed = [f for f in _events(text, "en", dt.date(2024, 6, 21)) if f[0] == "AgreementSigning"]
    assert [f[2] for f in signed] == ["2024-06-19"]


def test_the_next_event_of_a_series_is_held_by_the_bodies_of_the_last_one():
    """"The next summit will be held in The Hague": NATO's, not the chancellor's named last."""
    for text, lang in [
        ("NATO leaders wrapped up their summit in Washington on Thursday. On the sidelines, Chancellor Tom Becker "
         "met President Anna Berg. The next summit will be held in The Hague in 2025.", "en"),
        ("Der Nato-Gipfel in Washington ist am Donnerstag zu Ende gegangen. Am Rande des Treffens kam Kanzler Tom "
         "Becker mit Präsidentin Anna Berg zusammen. Der nächste Gipfel findet 2025 in Den Haag statt.", "de"),
    ]:
        summits = [f for f in _events(text, lang, dt.date(2024, 7, 12)) if f[0] == "Summit"]
        assert [f[3] for f in summits if f[2] == "2025"] == [frozenset({"NATO"})], text


def test_the_commas_of_a_list_of_names_cut_no_clause():
    """"Ein geplantes Gipfeltreffen mit König X, Präsident Y und Präsidentin Z war zuvor abgesagt
    worden": the clause goes on to its verb, so the summit did not occur (it was planned only in
    the part before the first comma)."""
    text = ("Ein geplantes Gipfeltreffen in Jordanien mit König Abdullah II., Präsident Tom Becker und "
            "Präsidentin Anna Berg war zuvor abgesagt worden.")
    summits = [f for f in _events(text, "de", dt.date(2023, 10, 18)) if f[0] == "Summit"]
    assert [f[1] for f in summits] == ["did_not_occur"]
    assert {"Tom Becker", "Anna Berg"} <= summits[0][3]


def test_an_office_noun_after_an_unknown_name_ends_the_name():
    """German capitalises nouns: "ist Tom Becker Präsident" names Tom Becker, not "Tom Becker Präsident"."""
    ms = _mentions("Seit 2020 ist Tom Becker Präsident. Heute wurde Anna Berg Kanzlerin.", "de")
    assert ("Tom Becker", ["Tom Becker"]) in ms and ("Anna Berg", ["Anna Berg"]) in ms


def test_a_trigger_verb_in_its_base_form_tells_a_plan():
    """Trigger lines that listed "adopted|adopts" (and the like) without the base form missed
    every plan told with a modal: "is expected to adopt a resolution on Friday"."""
    found = _events("The Security Council is expected to adopt a resolution on Friday.")
    assert [(f[0], f[1], f[2]) for f in found] == [("Other", "planned", "2025-03-14")]
    # the base form of a noun-like verb before a noun names no event
    assert not [f for f in _events("Oslo was the host city of the festival.") if f[0] == "Meeting"]


def test_a_saying_coordinated_after_another_verb_is_said_by_its_subject():
    """"X will hold talks with Y at the White House and address Congress": X speaks, not the White
    House named last before the verb."""
    text = ("Prime Minister Anna Berg will hold talks with President Tom Becker at the White House on April 10 "
            "and address a joint meeting of Congress the following day.")
    said = [f for f in _events(text, dct=dt.date(2024, 3, 4)) if f[0] == "Statement"]
    assert [f[3] for f in said] == [frozenset({"Anna Berg"})]
