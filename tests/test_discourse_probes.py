"""Probes of events told across sentences or beside a claim (issue 9: dates attached by scope, one
event per event). Every sentence was written for these tests; the publication day is Wednesday
2024-11-20 unless a test says otherwise."""

from __future__ import annotations

import datetime as dt

from kb.model import Document
from kb.pipeline import analyse


def _events(text: str, lang: str = "en") -> list[tuple[str, str, str | None, frozenset]]:
    doc = Document(id="t", text=text, lang=lang, published=dt.date(2024, 11, 20))
    return [(e.type, e.status, e.date.value if e.date else None,
             frozenset(p.entity.name if p.entity else p.label for p in e.participants))
            for e in analyse(doc).events if not e.implied_by]


def test_the_event_that_opens_a_claims_window_takes_the_windows_date():
    """"the first call since their meeting in California last November": the meeting was then (a
    year before the call, not on the call's day)."""
    found = _events("Joe Biden spoke with Xi Jinping by phone on Friday. It was the first call between the two "
                    "leaders since their meeting in California last November.")
    assert ("PhoneCall", "past", "2024-11-15", frozenset({"Joe Biden", "Xi Jinping"})) in found
    assert ("Meeting", "past", "2023-11", frozenset({"Joe Biden", "Xi Jinping"})) in found


def test_a_window_without_an_event_noun_dates_nothing():
    found = _events("Joe Biden spoke with Xi Jinping by phone on Friday. It was the first call between the two "
                    "leaders since November.")
    assert [f[:3] for f in found] == [("PhoneCall", "past", "2024-11-15")]


def test_the_country_stands_for_the_country_named_before():
    found = _events("Norway is one of Sweden's main trading partners. Prime Minister Tom Becker visited the country "
                    "in May.")
    assert found == [("StateVisit", "past", "2024-05", frozenset({"Tom Becker"}))]
    doc = Document(id="t", text="Norwegen ist einer der wichtigsten Handelspartner Schwedens. Regierungschef Tom Becker "
                   "hatte das Land im Mai besucht.", lang="de", published=dt.date(2024, 11, 20))
    (visit,) = [e for e in analyse(doc).events if e.type == "StateVisit"]
    assert visit.place is not None and visit.place.entity.name == "Norway"
    assert visit.date.value == "2024-05"


def test_the_country_with_no_country_before_or_in_another_sense_is_no_country():
    # nothing named before it
    assert _events("Prime Minister Tom Becker visited the country in May.") == []
    # "auf dem Land" is the countryside; "the country's president" is a person's office
    doc = Document(id="t", text="Norwegen stimmt am Sonntag ab. Tom Becker lebt auf dem Land.", lang="de",
                   published=dt.date(2024, 11, 20))
    mentions = [m for m in analyse(doc).mentions if m.text == "dem Land"]
    assert mentions == []


def test_a_vote_told_as_a_re_election_and_again_with_the_loser_is_one_election():
    doc = Document(id="t", text="Sofia Lind won a second term in Sunday's presidential runoff, the electoral commission said "
                   "on Monday. Lind took 55% of the vote against 45% for Jan Holm.", lang="en",
                   published=dt.date(2024, 11, 19))
    (vote,) = [e for e in analyse(doc).events if e.type in ("Election", "ReElection")]
    assert vote.type == "ReElection" and vote.date.value == "2024-11-17"
    assert {(p.role, p.entity.name if p.entity else p.label) for p in vote.participants} >= {("winner", "Sofia Lind")}


def test_the_same_winners_earlier_election_stays_its_own():
    doc = Document(id="t", text="Sofia Lind won a second term in Sunday's presidential runoff. Lind first won the "
                   "presidency in 2020.", lang="en", published=dt.date(2024, 11, 19))
    votes = sorted((e.type, e.date.value) for e in analyse(doc).events if e.type in ("Election", "ReElection"))
    assert votes == [("Election", "2020"), ("ReElection", "2024-11-17")]


def test_the_occasion_beside_which_they_met_is_not_what_was_last():
    """"They last met on the sidelines of the G7 summit": the last meeting, not the last summit."""
    for lang, text in [
        ("de", "Eva Kurz und Tom Berg kamen am Dienstag in Paris zusammen. Zuletzt hatten sie sich im Juni am Rande "
               "des G7-Gipfels in Italien getroffen."),
        ("en", "Eva Kurz and Tom Berg met in Paris on Tuesday. They last met in June on the sidelines of the G7 "
               "summit in Italy."),
    ]:
        doc = Document(id="t", text=text, lang=lang, published=dt.date(2024, 10, 16))
        assert [(c.value, c.event_type, c.date.value) for c in analyse(doc).claims] == [("last", "Meeting", "2024-06")]
    doc = Document(id="t", text="Zuletzt nahm Tom Berg im Juni am G7-Gipfel in Italien teil.", lang="de",
                   published=dt.date(2024, 10, 16))
    assert [(c.value, c.event_type) for c in analyse(doc).claims] == [("last", "Summit")]


def test_a_sentence_restating_the_call_is_no_second_call():
    """"It was their second phone call this year" three sentences after the call: the claim is about
    that call, not a new one (whose people and day the text would not tell)."""
    doc = Document(id="t", text="Tom Berg and Eva Kurz held a telephone conversation on Monday. The two leaders discussed "
                   "trade. Berg invited Kurz to visit Oslo. Ministers will meet in May. It was their second phone call "
                   "this year.", lang="en", published=dt.date(2024, 11, 20))
    a = analyse(doc)
    calls = [e for e in a.events if e.type == "PhoneCall" and not e.implied_by]
    assert [(c.date.value, len(c.participants)) for c in calls] == [("2024-11-18", 2)]
    (claim,) = [c for c in a.claims if c.value == 2]
    assert claim.event == calls[0].id


def test_talk_told_right_after_a_call_is_the_call():
    found = _events("Tom Berg telefonierte am Montag mit Eva Kurz. Die beiden sprachen über die Ukraine.", "de")
    assert found == [("PhoneCall", "past", "2024-11-18", frozenset({"Tom Berg", "Eva Kurz"}))]
    # a meeting on a day of its own is another event
    found = _events("Tom Berg telefonierte am Montag mit Eva Kurz. Am Dienstag trafen sich die beiden in Paris.", "de")
    assert [f[0] for f in found] == ["PhoneCall", "Meeting"]


def test_a_summit_named_by_an_unknown_body_does_not_take_the_last_subject():
    """"Der nächste Mercosur-Gipfel": the body that meets is named (though not known to the
    gazetteer); the person who spoke in the sentence before is not its participant."""
    for lang, text in [
        ("de", "Tom Berg kritisierte das Abkommen. Der nächste Andenpakt-Gipfel soll im Juli in Lima stattfinden."),
        ("en", "Tom Berg criticised the deal. The next Andean Pact summit will take place in Lima in July."),
    ]:
        found = [f for f in _events(text, lang) if f[0] == "Summit"]
        assert found == [("Summit", "planned", "2025-07", frozenset())]
    # a summit without a name of its own still takes the traveller told before
    found = _events("Tom Berg flew to Brussels. The summit begins on Thursday.")
    assert ("Summit", "planned", "2024-11-21/..", frozenset({"Tom Berg"})) in found


def test_a_summit_or_a_joint_press_conference_with_one_person_is_held_by_two():
    found = _events("President Tom Berg will make a two-day visit to Japan next week for a summit with Prime Minister "
                    "Eva Kurz.")
    assert ("Summit", frozenset({"Tom Berg", "Eva Kurz"})) in [(f[0], f[3]) for f in found]
    found = _events("Präsident Tom Berg reist nächste Woche zu einem Gipfel mit Regierungschefin Eva Kurz nach Japan.",
                    "de")
    assert ("Summit", frozenset({"Tom Berg", "Eva Kurz"})) in [(f[0], f[3]) for f in found]
    doc = Document(id="t", text="Foreign Minister Tom Berg, speaking at a joint news conference with Eva Kurz on Monday, "
                   "said trade would grow.", lang="en", published=dt.date(2024, 11, 20))
    conference = [e for e in analyse(doc).events if e.subtype == "PressConference"]
    assert [{p.entity.name for p in e.participants} for e in conference] == [{"Tom Berg", "Eva Kurz"}]


def test_a_number_in_a_name_is_no_count():
    doc = Document(id="t", text="Tom Berg and Eva Kurz last met on the sidelines of the Group of 20 summit in Bali in "
                   "November.", lang="en", published=dt.date(2023, 3, 9))
    a = analyse(doc)
    assert [c.kind for c in a.claims] == ["ordinal"]
    assert any(e.type == "Summit" and "G20" in {p.entity.name for p in e.participants if p.entity} for e in a.events)


def test_a_trip_to_a_region_is_a_visit_there():
    found = _events("Außenministerin Eva Kurz bricht am Donnerstag zu einer Reise in den Nahen Osten auf.", "de")
    assert found == [("StateVisit", "planned", "2024-11-21", frozenset({"Eva Kurz"}))]
    doc = Document(id="t", text="Tom Berg reist nächste Woche nach Südostasien.", lang="de", published=dt.date(2024, 11, 20))
    (visit,) = analyse(doc).events
    assert visit.place.entity.name == "Southeast Asia" and visit.place.entity.kind == "region"
    # a region is no actor ("Die Lage im Nahen Osten ist angespannt" names no party)
    doc = Document(id="t", text="Die Lage im Nahen Osten ist angespannt, sagte Tom Berg am Montag.", lang="de",
                   published=dt.date(2024, 11, 20))
    assert [{p.entity.name for p in e.participants} for e in analyse(doc).events] == [{"Tom Berg"}]


def test_a_trip_to_a_region_and_a_visit_to_a_country_there_may_be_one():
    found = _events("Tom Berg arrived in Israel on Monday. The trip to the Middle East will end on Thursday.")
    assert [f[:3] for f in found] == [("StateVisit", "ongoing", "2024-11-18/2024-11-21")]


def test_an_armed_group_attacking_is_the_aggressor():
    doc = Document(id="t", text="Die Hamas hatte am 7. Oktober 2023 Israel angegriffen.", lang="de",
                   published=dt.date(2024, 10, 16))
    (war,) = analyse(doc).events
    assert [(p.role, p.entity.name) for p in war.participants] == [("aggressor", "Hamas")]
    doc = Document(id="t", text="The Houthis attacked Israel on Friday.", lang="en", published=dt.date(2024, 10, 16))
    (attack,) = analyse(doc).events
    assert (attack.subtype, attack.date.value) == ("Attack", "2024-10-11")
    assert "Houthis" in {p.entity.name for p in attack.participants}


def test_a_sentence_going_back_dates_its_events_on_or_before_the_day_before():
    found = _events("Tom Berg war am Donnerstagabend in Istanbul eingetroffen. Zuvor hatte er Tschechien besucht.", "de")
    assert ("StateVisit", "past", "../2024-11-14", frozenset({"Tom Berg"})) in found
    found = _events("Tom Berg arrived in Istanbul on Thursday. Earlier, he had visited Prague.")
    assert ("StateVisit", "past", "../2024-11-14", frozenset({"Tom Berg"})) in found
    # going on from it is that day
    found = _events("Tom Berg arrived in Istanbul on Thursday. Later, he met Eva Kurz.")
    assert ("Meeting", "past", "2024-11-14", frozenset({"Tom Berg", "Eva Kurz"})) in found


def test_attribution_and_a_participle_of_coming_tell_no_trip():
    """"ging es nach Angaben der Regierung um ...": according to, not a trip; "aus Sofia kommend":
    coming from, no plan."""
    found = _events("Tom Berg empfing am Freitag Eva Kurz in Istanbul. Bei dem Treffen ging es nach Angaben der "
                    "Regierung um den Krieg in der Ukraine.", "de")
    assert [f[0] for f in found] == ["Meeting"]
    found = _events("Tom Berg war am Donnerstagabend aus Sofia kommend in Istanbul eingetroffen.", "de")
    assert [f[:3] for f in found] == [("StateVisit", "past", "2024-11-14TEV")]


def test_an_ordinal_in_an_apposition_counts_the_visit_under_way():
    """"Berg, on his fifth visit to France since 2014, last visited Paris in May 2022": the fifth
    visit is the one the report tells; May 2022's is the earlier one it implies."""
    doc = Document(id="t", text="President Tom Berg arrived in Paris on Thursday for a two-day visit. Berg, on his fifth visit "
                   "to France since 2014, last visited Paris in May 2022.", lang="en", published=dt.date(2023, 7, 13))
    a = analyse(doc)
    by_id = {e.id: e for e in a.events}
    (fifth,) = [c for c in a.claims if c.value == 5]
    assert by_id[fifth.event].date.value.startswith("2023-07-13")
    assert by_id[fifth.implies].date.value == "2022-05"


def test_a_vote_still_to_come_has_no_outcome_yet():
    doc = Document(id="t", text="Sofia Lind topped the first round of Latvia's presidential election on Sunday. She will face "
                   "Jan Holm in a runoff on December 8.", lang="en", published=dt.date(2024, 11, 25))
    runoff = [e for e in analyse(doc).events if e.type == "Election" and e.status == "planned"]
    assert [(e.date.value, e.outcome) for e in runoff] == [("2024-12-08", None)]


def test_a_presidential_vote_held_is_an_election():
    found = _events("Latvia held a presidential vote on Sunday.")
    assert found == [("Election", "past", "2024-11-17", frozenset({"Latvia"}))]


def test_a_news_lead_takes_the_day_the_next_sentence_gives_its_parties():
    found = _events("Kanzler Tom Berg und Regierungschefin Eva Kurz haben bei Regierungskonsultationen in Warschau "
                    "eine engere Zusammenarbeit vereinbart. Beide unterzeichneten am Dienstag einen Aktionsplan.", "de")
    assert ("Meeting", "past", "2024-11-19", frozenset({"Tom Berg", "Eva Kurz"})) in found
    # a day of other parties, or one far back, dates no lead
    found = _events("Kanzler Tom Berg und Regierungschefin Eva Kurz haben bei Regierungskonsultationen in Warschau "
                    "eine engere Zusammenarbeit vereinbart. Berg hatte Kurz zuletzt im Mai 2023 getroffen.", "de")
    assert [f[2] for f in found if f[0] == "Meeting"] == ["2024-11-20", "2023-05"]


def test_what_follows_a_dated_occasion_took_place_that_day():
    found = _events("Tom Berg and Eva Kurz signed a joint statement on trade after talks in Oslo on Thursday.")
    assert ("AgreementSigning", "past", "2024-11-14", frozenset({"Tom Berg", "Eva Kurz"})) in found
    assert ("Meeting", "past", "2024-11-14", frozenset({"Tom Berg", "Eva Kurz"})) in found
    # a length before the preposition is another day
    found = _events("Tom Berg and Eva Kurz signed a joint statement two days after talks in Oslo on Thursday.")
    assert ("AgreementSigning", "past", "2024-11-14", frozenset({"Tom Berg", "Eva Kurz"})) not in found


def test_a_setting_set_off_after_the_speaker_dates_the_saying():
    found = _events("Chancellor Tom Berg, speaking alongside President Eva Kurz in Paris on Monday, said trade would "
                    "grow.")
    assert ("Statement", "past", "2024-11-18", frozenset({"Tom Berg"})) in found
    # a relative clause's day is its own event's, not the saying's
    found = _events("Tom Berg, who met Eva Kurz on Monday, said on Tuesday that trade would grow.")
    assert ("Statement", "past", "2024-11-19", frozenset({"Tom Berg"})) in found
