"""Group meetings, summits and who speaks: sentences written for these tests (German and English)."""

from __future__ import annotations

import datetime as dt

import pytest

from kb.model import Document
from kb.pipeline import analyse


def run(text: str, lang: str, dct: str = "2024-05-14"):
    return analyse(Document(id="t", text=text, lang=lang, published=dt.date.fromisoformat(dct)))


def names(ev) -> set[str]:
    return {p.entity.name if p.entity else p.label for p in ev.participants}


def only(a, etype):
    found = [e for e in a.events if e.type == etype]
    assert len(found) == 1, [(e.type, names(e)) for e in a.events]
    return found[0]


# -- group meetings ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text,lang", [
    ("Emmanuel Macron, Olaf Scholz and Donald Tusk met in Paris on Friday.", "en"),
    ("Emmanuel Macron, Olaf Scholz und Donald Tusk trafen sich am Freitag in Paris.", "de"),
])
def test_a_list_cut_by_commas_is_one_list_of_participants(text, lang):
    ev = only(run(text, lang), "Meeting")
    assert {"Emmanuel Macron", "Olaf Scholz"} <= names(ev) and any("Tusk" in n for n in names(ev))
    assert ev.date.value == "2024-05-10"


def test_the_leaders_of_three_countries_are_three_participants():
    ev = only(run("The leaders of France, Germany and Poland met in Weimar on Monday.", "en"), "Meeting")
    assert names(ev) == {"France", "Germany", "Poland"}


def test_guests_listed_after_a_host_are_all_guests():
    ev = only(run("President Joe Biden will host Olaf Scholz, Emmanuel Macron and Justin Trudeau "
                  "at the White House on Friday.", "en"), "Meeting")
    roles = {p.entity.name: p.role for p in ev.participants}
    assert roles == {"Joe Biden": "host", "Olaf Scholz": "guest", "Emmanuel Macron": "guest",
                     "Justin Trudeau": "guest"}


def test_an_apposition_neither_adds_a_participant_nor_hides_the_subject():
    ev = only(run("Olaf Scholz, the German chancellor, met Emmanuel Macron on Friday.", "en"), "Meeting")
    assert names(ev) == {"Olaf Scholz", "Emmanuel Macron"}


@pytest.mark.parametrize("text,lang", [
    ("NATO leaders met in Washington on Tuesday.", "en"),
    ("Die Staats- und Regierungschefs der G7 treffen sich im Juni in Apulien.", "de"),
])
def test_a_meeting_of_a_body_of_states_is_a_summit(text, lang):
    a = run(text, lang)
    assert [e.type for e in a.events] == ["Summit"]


def test_a_meeting_with_a_body_among_persons_stays_a_meeting():
    ev = only(run("Olaf Scholz met NATO Secretary General Jens Stoltenberg on Tuesday.", "en"), "Meeting")
    assert "Olaf Scholz" in names(ev)


def test_a_title_naming_a_summit_of_states_is_the_first_meeting_of_the_body():
    a = run("EU-Kanada-Gipfel in Ottawa\n\nDer Präsident des Europäischen Rates Charles Michel hat sich am Montag "
            "nach seinem Treffen mit dem kanadischen Premierminister Justin Trudeau zufrieden "
            "gezeigt.", "de", "2023-07-13")
    contact = [e for e in a.events if e.type in ("Meeting", "Summit")]
    assert len(contact) == 1 and contact[0].type == "Summit"
    assert "Charles Michel" in names(contact[0])


def test_a_summit_and_the_meeting_held_at_it_in_one_sentence_are_one_summit():
    a = run("Beim Gipfeltreffen der Nato in Washington trafen sich die Staats- und Regierungschefs am "
            "Dienstag.", "de")
    assert [e.type for e in a.events] == ["Summit"]


def test_a_g20_summit_written_with_a_space():
    ev = only(run("Am G 20-Gipfel in Rom nahm auch der Bundeskanzler teil.", "de", "2021-11-02"), "Summit")
    assert "G20" in names(ev)


# -- who speaks -------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,lang", [
    ('"It was frightening," said Paula Brenner, 41, who lives near the port.', "en"),
    ('"The water came at night," said Hugo Brenner, 58.', "en"),
    ('``It was loud,'' said Hugo Brenner, 58!', "en"),
    ('"We waited all night," said one resident, Tom Becker.', "en"),
    ("John Miller, a retired teacher from Ohio, said he had waited for hours.", "en"),
    ("„Das war beängstigend“, sagte Anwohnerin Maria Roth.", "de"),
    ("Paul Kern (52) sagte, er habe stundenlang gewartet.", "de"),
])
def test_private_persons_quoted_make_no_statement(text, lang):
    assert not [e for e in run(text, lang).events if e.type == "Statement"]


def test_a_private_person_named_in_the_sentence_before_speaks_no_statement():
    a = run("Tom Becker, 26, came from Leeds with his family. He told reporters that he was happy.", "en")
    assert not [e for e in a.events if e.type == "Statement"]


@pytest.mark.parametrize("text,lang", [
    ('"This is a turning point," said Anna Weber, an analyst at the Institute for Security Studies.', "en"),
    ("„Das ist eine Wende“, sagte Anna Weber, Analystin am Institut für Sicherheitsstudien.", "de"),
])
def test_an_expert_still_makes_a_statement(text, lang):
    ev = only(run(text, lang), "Statement")
    assert names(ev) == {"Anna Weber"}


def test_the_actor_after_said_in_english_is_what_is_said_not_who_says_it():
    a = run("US officials said Joe Biden would meet Xi Jinping in San Francisco on Wednesday.", "en")
    st = only(a, "Statement")
    assert names(st) == {"United States"}
    meeting = only(a, "Meeting")
    assert names(meeting) == {"Joe Biden", "Xi Jinping"} and meeting.status == "planned"


def test_the_speaker_of_reported_plans_does_not_travel():
    a = run("Kremlin spokesman Dmitry Peskov said Vladimir Putin would travel to Beijing on Thursday.", "en")
    visit = only(a, "StateVisit")
    assert [p.entity.name for p in visit.participants] == ["Vladimir Putin"]
    assert visit.status == "planned" and visit.date.value == "2024-05-16"
    assert "Peskov" in next(iter(names(only(a, "Statement"))))


@pytest.mark.parametrize("text,lang", [
    ("Olaf Scholz, the German chancellor, said Emmanuel Macron would visit Berlin.", "en"),
    ("Olaf Scholz, der Bundeskanzler, sagte, Emmanuel Macron werde Berlin besuchen.", "de"),
])
def test_the_subject_before_an_apposition_speaks(text, lang):
    a = run(text, lang)
    assert names(only(a, "Statement")) == {"Olaf Scholz"}
    assert names(only(a, "StateVisit")) == {"Emmanuel Macron"}


def test_an_inverted_speaker_after_a_quote_speaks():
    assert names(only(run('"We are ready," said Olaf Scholz.', "en"), "Statement")) == {"Olaf Scholz"}


@pytest.mark.parametrize("text", [
    "Announcing the visit, State Department spokeswoman Paula Brandstetter said the talks would be useful.",
    "State Department spokeswoman Paula Brandstetter announced the trip on Monday.",
])
def test_an_institution_before_a_title_and_a_name_does_not_speak_for_the_person(text):
    assert names(only(run(text, "en"), "Announcement")) == {"Paula Brandstetter"}


def test_the_institution_speaks_when_the_person_follows_the_verb():
    a = run("The State Department announced Paula Brandstetter would travel to Rome.", "en")
    assert names(only(a, "Announcement")) == {"United States Department of State"}


def test_in_the_english_passive_the_agent_announces():
    a = run("The visit was announced by Paula Brandstetter on Monday.", "en")
    assert names(only(a, "Announcement")) == {"Paula Brandstetter"}


def test_an_unnamed_speaker_before_the_verb_is_not_replaced_by_a_name_in_the_next_clause():
    a = run("Wie ein Regierungssprecher mitteilte, reist Scholz am Montag nach Paris.", "de")
    ann = only(a, "Announcement")
    assert ann.participants[0].entity is None and ann.participants[0].label == "ein Regierungssprecher"


@pytest.mark.parametrize("text,lang,speaker", [
    ("According to the Chinese foreign ministry, the situation is serious.", "en",
     "Ministry of Foreign Affairs of China"),
    ("Nach Angaben der Bundesregierung ist die Lage ernst.", "de", "Federal Government of Germany"),
])
def test_a_source_of_a_report_is_a_statement_when_it_reports_no_event(text, lang, speaker):
    st = only(run(text, lang), "Statement")
    assert [p.entity.name for p in st.participants] == [speaker]


@pytest.mark.parametrize("text,lang", [
    ("According to the Kremlin, Vladimir Putin will travel to Beijing in May.", "en"),
    ("Nach Angaben des Kremls reist Wladimir Putin im Mai nach Peking.", "de"),
    ("Dem Kreml zufolge will Wladimir Putin im Mai nach Peking reisen.", "de"),
])
def test_the_source_of_a_reported_event_is_no_event_and_not_a_participant(text, lang):
    a = run(text, lang, "2024-03-01")
    assert [e.type for e in a.events] == ["StateVisit"]
    visit = a.events[0]
    assert [p.entity.name for p in visit.participants] == ["Vladimir Putin"]
    assert visit.date.value == "2024-05" and visit.status == "planned"


def test_media_reports_are_no_speaker():
    a = run("Laut Medienberichten trifft Scholz am Freitag Macron.", "de")
    assert [e.type for e in a.events] == ["Meeting"]


# -- one meeting or several -------------------------------------------------------------------------

@pytest.mark.parametrize("text,lang", [
    ("Joe Biden held separate meetings with Olaf Scholz and Emmanuel Macron on Friday.", "en"),
    ("Scholz traf am Freitag Macron und Tusk jeweils zu bilateralen Gesprächen.", "de"),
])
def test_separate_meetings_with_several_partners_are_one_meeting_each(text, lang):
    meetings = [e for e in run(text, lang).events if e.type == "Meeting"]
    assert len(meetings) == 2
    first = {p.entity.id for p in meetings[0].participants} & {p.entity.id for p in meetings[1].participants}
    assert len(first) == 1 and all(len(m.participants) == 2 for m in meetings)
    assert all(m.date.value == "2024-05-10" for m in meetings)


def test_a_meeting_with_several_partners_without_a_cue_is_one_meeting():
    ev = only(run("Joe Biden met Olaf Scholz and Emmanuel Macron in Berlin on Friday.", "en"), "Meeting")
    assert len(ev.participants) == 3


@pytest.mark.parametrize("text,lang", [
    ("Emmanuel Macron was welcomed by Olaf Scholz in Berlin on Monday.", "en"),
    ("Emmanuel Macron wurde am Montag von Olaf Scholz in Berlin empfangen.", "de"),
])
def test_in_the_passive_the_agent_hosts(text, lang):
    ev = only(run(text, lang), "Meeting")
    roles = {p.entity.name: p.role for p in ev.participants}
    assert roles == {"Olaf Scholz": "host", "Emmanuel Macron": "guest"}


def test_a_meeting_told_with_one_side_is_the_meeting_told_next_with_both():
    a = run("Olaf Scholz visited the White House on Monday. He was welcomed by President Joe Biden.", "en")
    ev = only(a, "Meeting")
    assert {p.entity.name for p in ev.participants} == {"Olaf Scholz", "Joe Biden"}


def test_talks_on_a_country_are_not_held_in_it():
    ev = only(run("Emmanuel Macron hosted Olaf Scholz in Paris on Monday for talks on Ukraine.", "en"), "Meeting")
    assert ev.place.entity.name == "Paris"


def test_german_kamen_zusammen_is_a_meeting():
    ev = only(run("Scholz, Macron und Tusk kamen am Freitag in Berlin zusammen.", "de"), "Meeting")
    assert len(ev.participants) == 3 and ev.place.entity.name == "Berlin"


def test_who_says_a_visit_takes_place_is_not_its_guest():
    a = run("The Kremlin said on Monday that the visit to Beijing would take place in May.", "en")
    assert not [e for e in a.events if e.type == "StateVisit"]
    st = only(a, "Statement")
    assert st.date.value == "2024-05-13" and st.place is None


def test_a_statement_is_not_dated_by_what_it_says():
    st = only(run("The Kremlin said the summit would take place in Moscow in May.", "en"), "Statement")
    assert st.date.value == "2024-05-14" and st.date.uncertain


@pytest.mark.parametrize("text", [
    "Paula Brandstetter addressed a joint meeting of parliament on Tuesday.",
    "Paula Brandstetter delivered a speech at the meeting on Tuesday.",
    "Paula Brandstetter said at a meeting of ministers on Tuesday that the talks were useful.",
])
def test_a_meeting_where_words_are_said_gives_its_date_to_the_saying(text):
    st = next(e for e in run(text, "en").events if e.type == "Statement")
    assert st.date is not None and st.date.value == "2024-05-14"  # the Tuesday of publication


def test_a_date_after_that_still_dates_what_is_said():
    a = run("Paula Brandstetter said on Monday that she would travel to Rome on Friday.", "en")
    assert only(a, "Statement").date.value == "2024-05-13"
    assert only(a, "StateVisit").date.value == "2024-05-17"


def test_said_on_monday_is_last_monday_even_before_a_plan():
    st = only(run("Olaf Scholz said on Monday that he would travel to Paris.", "en"), "Statement")
    assert st.date.value == "2024-05-13" and st.status == "past"


def test_a_fronted_phrase_takes_its_actors_from_the_main_clause():
    ev = only(run("In a phone call on Monday, Olaf Scholz and Joe Biden discussed the situation.", "en"),
              "PhoneCall")
    assert names(ev) == {"Olaf Scholz", "Joe Biden"} and ev.date.value == "2024-05-13"


@pytest.mark.parametrize("text,lang,countries", [
    ("The heads of state of Brazil, Russia, India and China met in Kazan on Wednesday.", "en",
     {"Russia", "India", "China"}),
    ("Die Außenminister Frankreichs, Deutschlands und Polens berieten am Montag in Weimar.", "de",
     {"Germany", "Poland"}),
])
def test_an_office_listed_with_countries_keeps_the_countries(text, lang, countries):
    ev = only(run(text, lang), "Meeting")
    assert countries <= names(ev) and len(ev.participants) == len(countries) + 1


def test_the_length_told_with_the_noun_is_the_stay_of_the_verb():
    ev = only(run("Außenministerin Annalena Baerbock reist am Montag zu einem zweitägigen Besuch nach Peking.",
                  "de"), "StateVisit")
    assert ev.date.value == "2024-05-20/2024-05-21" and ev.status == "planned"


@pytest.mark.parametrize("text,lang", [
    ("A Kremlin spokesman said Vladimir Putin had no plans to meet Joe Biden.", "en"),
    ("Ein Sprecher des Kremls erklärte, Putin habe keine Pläne für ein Treffen mit Biden.", "de"),
])
def test_no_plans_for_a_meeting_is_no_meeting(text, lang):
    assert only(run(text, lang), "Meeting").status == "did_not_occur"


def test_a_ministry_announces_a_trip_it_does_not_make():
    a = run("Das Auswärtige Amt teilte am Montag mit, der Minister reise nach Kiew.", "de")
    assert [e.type for e in a.events] == ["Announcement"]
    a = run("Das Auswärtige Amt teilte am Montag mit, Annalena Baerbock reise nach Kiew.", "de")
    visit = only(a, "StateVisit")
    assert names(visit) == {"Annalena Baerbock"} and visit.status == "planned"


@pytest.mark.parametrize("text,lang", [
    ("Olaf Scholz kündigte an, im Juni nach Kiew zu reisen.", "de"),
    ("Olaf Scholz announced on Monday that he plans to travel to Kyiv in June.", "en"),
])
def test_who_announces_to_travel_travels(text, lang):
    visit = only(run(text, lang), "StateVisit")
    assert [p.entity.name for p in visit.participants] == ["Olaf Scholz"]
    assert visit.date.value == "2024-06" and visit.status == "planned"


def test_hiess_es_is_a_statement_of_the_source():
    st = only(run("Aus dem Kanzleramt hieß es, die Gespräche seien konstruktiv gewesen.", "de"), "Statement")
    assert names(st) == {"German Chancellery"}


@pytest.mark.parametrize("text,lang,speaker", [
    ("Chinese officials said the talks had been constructive.", "en", "China"),
    ("Chinesische Regierungsvertreter sagten am Montag, die Gespräche seien konstruktiv gewesen.", "de", "China"),
])
def test_officials_of_a_country_speak_for_it(text, lang, speaker):
    st = only(run(text, lang), "Statement")
    assert [p.entity.name for p in st.participants] == [speaker]


def test_german_plural_speaking_verbs():
    a = run("Die Außenminister teilten am Montag mit, sie hätten sich geeinigt. Scholz und Macron "
            "erklärten, Europa müsse zusammenstehen.", "de")
    st = only(a, "Statement")
    assert names(st) == {"Olaf Scholz", "Emmanuel Macron"}


def test_a_comma_alone_after_a_speaker_starts_what_is_said():
    st = only(run("„Wir sind bereit“, sagte Olaf Scholz, Emmanuel Macron werde kommen.", "de"), "Statement")
    assert names(st) == {"Olaf Scholz"}


def test_a_dateline_dates_no_event():
    a = run("Macron to host Scholz and Tusk in Paris\n\nPARIS, May 14 (Reuters) - French President Emmanuel "
            "Macron will host Chancellor Olaf Scholz and Prime Minister Donald Tusk in Paris on Friday for "
            "talks on Ukraine, the Elysee said.", "en")
    meeting = only(a, "Meeting")
    assert meeting.date.value == "2024-05-17" and meeting.status == "planned"
    assert {p.role for p in meeting.participants} == {"host", "guest"} and len(meeting.participants) == 3
    st = only(a, "Statement")
    assert names(st) == {"Élysée Palace"}  # the agency of the dateline is not a party to it


def test_a_person_of_an_institution_speaks_not_the_institution():
    st = only(run("Analyst Anna Weber of the European Council said the meeting was overdue.", "en"), "Statement")
    assert names(st) == {"Anna Weber"}


def test_a_news_agency_takes_part_in_nothing_it_reports():
    a = run("Olaf Scholz told Reuters on Thursday that the talks had been useful.", "en")
    assert [e.type for e in a.events] == ["Statement"]
    assert names(a.events[0]) == {"Olaf Scholz", "Reuters"}


@pytest.mark.parametrize("text,lang,speaker", [
    ('"We need unity," a French diplomat said.', "en", "France"),
    ("Ein französischer Diplomat sagte, man brauche Einigkeit.", "de", "France"),
])
def test_an_unnamed_official_of_a_country_speaks_for_it(text, lang, speaker):
    st = only(run(text, lang), "Statement")
    assert [p.entity.name for p in st.participants] == [speaker]


def test_talks_on_the_sidelines_of_a_summit_are_a_meeting_beside_it():
    a = run("Olaf Scholz und Joe Biden haben am Rande des G7-Gipfels in Apulien miteinander gesprochen.",
            "de", "2024-06-14")
    meeting = only(a, "Meeting")
    assert names(meeting) == {"Olaf Scholz", "Joe Biden"}  # the G7 of the summit's name takes no part
    assert only(a, "Summit")


def test_the_event_that_starts_a_claims_window_is_no_event_of_its_own():
    a = run("Es ist Olaf Scholz' dritte Reise in die USA seit seinem Amtsantritt.", "de", "2024-03-04")
    assert not [e for e in a.events if e.subtype == "TakingOffice"]
    a = run("Für Olaf Scholz ist es die erste Reise ins Ausland nach der Wiederwahl im März.", "de", "2024-05-14")
    assert only(a, "ReElection").date.value == "2024-03"


def test_a_one_day_visit_is_that_day():
    ev = only(run("Olaf Scholz reist am Donnerstag zu einem eintägigen Arbeitsbesuch nach Washington.", "de",
                  "2024-03-04"), "StateVisit")
    assert ev.date.value == "2024-03-07"


def test_an_agent_right_before_a_final_participle_hosts():
    ev = only(run("Dort wird Olaf Scholz am Freitag von Joe Biden empfangen.", "de", "2024-03-04"), "Meeting")
    assert {p.entity.name: p.role for p in ev.participants} == {"Joe Biden": "host", "Olaf Scholz": "guest"}


def test_a_list_may_end_in_someone_not_named():
    ev = only(run("On Monday, Pope Francis was greeted by President Sergio Mattarella, Prime Minister Giorgia "
                  "Meloni and several hundred onlookers.", "en"), "Meeting")
    assert len(ev.participants) == 3


@pytest.mark.parametrize("text,lang", [
    ("Olaf Scholz wrote on X that the talks had been useful.", "en"),
    ("Emmanuel Macron postete in den sozialen Medien, Europa müsse zusammenstehen.", "de"),
])
def test_social_media_posts(text, lang):
    a = run(text, lang)
    assert [(e.type, e.subtype) for e in a.events] == [("Statement", "SocialMediaPost")]


def test_an_unresolved_pronoun_speaker_is_the_person_named_last():
    a = run("Am Rande des Gipfels traf sich die Kommissionspräsidentin mit Christian Lindner. Anschließend "
            "schrieb sie auf X von einem guten Austausch.", "de", "2023-06-30")
    post = next(e for e in a.events if e.subtype == "SocialMediaPost")
    assert post.participants and post.participants[0].entity is not None


def test_a_victory_referred_back_to_is_not_a_second_election():
    a = run("Die Bürgerkoalition von Donald Tusk hat die Parlamentswahl in Polen am Sonntag gewonnen.\n\n"
            "Olaf Scholz gratulierte Tusk am Montag telefonisch zum Wahlsieg.", "de", "2023-10-16")
    assert only(a, "Election").date.value == "2023-10-15"


def test_told_supporters_is_a_statement():
    st = only(run('"This is the end of a bad time," Donald Tusk told supporters in Warsaw.', "en", "2023-10-16"),
              "Statement")
    assert names(st) == {"Donald Tusk"}


@pytest.mark.parametrize("text", [
    "BONN, Germany (AP)_ The new rules will cost the party about 500,000 marks, officials said.",
    "Lopez was robbed in his shop on Wednesday evening, police said.",
    "Pride of Kenya Bank Corp. said it finished the merger.",
    "The Chilean ambassador to Norway said in Oslo the tourists could stay.",
])
def test_no_speaker_is_made_up(text):
    assert not [e for e in run(text, "en", "1998-02-13").events if e.type == "Statement"]


def test_the_owner_of_a_visit_noun_is_the_guest():
    ev = only(run("The reporter Anna Weber writes about Jacques Chirac's current visit to Ottawa.", "en",
                  "2001-04-03"), "StateVisit")
    assert [p.entity.name for p in ev.participants] == ["Jacques Chirac"] and ev.place.entity.name == "Ottawa"


@pytest.mark.parametrize("text,etype", [
    ("The company expects to meet its sales targets this year.", "Meeting"),
    ("Iraq's leader called President George Bush a liar on Thursday.", "PhoneCall"),
    ("The new unit, to be called Northern Fabrics, could open next year.", "PhoneCall"),
])
def test_meet_and_call_in_other_senses_are_no_events(text, etype):
    assert not [e for e in run(text, "en").events if e.type == etype]


def test_a_name_opening_a_compound_is_no_actor():
    a = run("Der norwegische Außenminister Lars Holm sagte dem EU-Magazin Europolis, der Vorschlag sei verfehlt.",
            "de", "2015-12-16")
    st = only(a, "Statement")
    assert all(p.entity is None or p.entity.name != "European Union" for p in st.participants)
    assert not run("Der EU-Behörde Eurostat zufolge stiegen die Preise im April um zwei Prozent.",
                   "de", "2013-11-01").events


@pytest.mark.parametrize("text,meets", [
    ("Olaf Scholz will meet Emmanuel Macron on Friday.", True),
    ("Olaf Scholz and Emmanuel Macron will meet again on Friday.", True),
    ("The Pope will meet representatives of religious groups in Cologne.", True),
    ("The firm expects to meet a strict quarterly cash-flow target.", False),
    ("Aid must meet the basic needs of the flood victims.", False),
])
def test_meet_is_a_meeting_of_people(text, meets):
    assert bool([e for e in run(text, "en").events if e.type == "Meeting"]) == meets


@pytest.mark.parametrize("text,lang,status", [
    ("Antony Blinken is in Beijing for talks with Wang Yi.", "en", "ongoing"),
    ("Antony Blinken hält sich zu Gesprächen mit Wang Yi in Peking auf.", "de", "ongoing"),
    ("Emmanuel Macron landed in Kyiv on Monday.", "en", "past"),
    ("Olaf Scholz flog am Sonntag nach Peking.", "de", "past"),
    ("Xi Jinping will be in Paris on Monday and Tuesday.", "en", "planned"),
])
def test_being_somewhere_and_flying_there_are_visits(text, lang, status):
    assert only(run(text, lang), "StateVisit").status == status


def test_a_visit_on_its_last_day_is_under_way():
    ev = only(run("Olaf Scholz flew to Beijing on Sunday for a three-day visit.", "en"), "StateVisit")
    assert ev.date.value == "2024-05-12/2024-05-14" and ev.status == "ongoing"


def test_a_time_word_inside_a_name_dates_nothing():
    ev = only(run("Olaf Scholz congratulated Giorgia Meloni on hosting the Winter Olympics.", "en", "2022-02-25"),
              "Statement")
    assert ev.date.value == "2022-02-25"


def test_a_body_before_a_compound_of_people_acts():
    ev = only(run("Am Donnerstag kommen die EU-Staats- und Regierungschefs in Brüssel zusammen.", "de"), "Summit")
    assert names(ev) == {"European Union"}


def test_a_pronoun_nobody_resolved_meets_as_the_person_named_last():
    a = run("Ursula von der Leyen reist heute nach Kiew. Zuvor trifft sie sich mit dem belgischen Premierminister "
            "Alexander De Croo.", "de", "2024-02-24")
    meeting = only(a, "Meeting")
    assert "Ursula von der Leyen" in names(meeting) and len(meeting.participants) == 2


def test_met_with_a_described_partner_is_a_meeting():
    ev = only(run("The German chancellor met the French president in Paris on Monday.", "en"), "Meeting")
    assert len(ev.participants) == 2 and ev.date.value == "2024-05-13"
    assert not [e for e in run("The firm met its targets last year.", "en").events if e.type == "Meeting"]


def test_the_subject_before_a_relative_clause_speaks():
    a = run("Emmanuel Macron, who had met Olaf Scholz in Berlin in March, said on Tuesday that Europe must "
            "stand together.", "en")
    st = only(a, "Statement")
    assert names(st) == {"Emmanuel Macron"} and st.date.value == "2024-05-14"


@pytest.mark.parametrize("text", [
    "A nephew of Lars Ekdahl's driver said on Tuesday that the convoy had been stopped.",
    "Lars Ekdahl's former bodyguard told a court on Tuesday that he saw nothing.",
])
def test_the_owner_of_the_subject_does_not_speak(text):
    a = run(text, "en", "2024-05-07")
    assert not [e for e in a.events if e.type == "Statement" and "Lars Ekdahl" in names(e)]


@pytest.mark.parametrize("text", [
    "Lars Ekdahl's spokeswoman said on Tuesday that the convoy had been stopped.",
    "Lars Ekdahl's statement said the convoy had been stopped.",
])
def test_the_owner_speaks_through_a_spokesperson_or_a_statement(text):
    ev = only(run(text, "en", "2024-05-07"), "Statement")
    assert names(ev) == {"Lars Ekdahl"}


def test_elected_before_a_noun_for_people_elects_no_one():
    a = run("Lars Ekdahl opened the bridge. The elected members of the council said they had not been asked.",
            "en", "2024-05-07")
    assert not [e for e in a.events if e.type == "Election"]
    b = run("Lars Ekdahl was elected mayor on Sunday.", "en", "2024-05-07")
    assert names(only(b, "Election")) == {"Lars Ekdahl"}


def test_a_denial_is_a_saying_of_who_denies():
    ev = only(run("Lars Ekdahl denied on Tuesday that he had met the envoy.", "en", "2024-05-07"), "Statement")
    assert names(ev) == {"Lars Ekdahl"}
    assert not [e for e in run("The embassy denied Lars Ekdahl a visa.", "en", "2024-05-07").events
                if e.type == "Statement"]


def test_quoted_as_saying_by_an_agency_is_the_quoted_persons_saying():
    a = run("Lars Ekdahl was quoted by the Baltic News Service as saying that the border would stay open.",
            "en", "2024-05-07")
    ev = only(a, "Statement")
    assert "Lars Ekdahl" in names(ev)


@pytest.mark.parametrize("text", [
    "Lars Ekdahl and Nora Lind will meet separately with Anna Berg on Monday.",
    "Lars Ekdahl and Nora Lind met separately with Anna Berg on Monday.",
])
def test_two_named_before_meeting_separately_with_one_meet_that_one_each(text):
    meetings = [e for e in run(text, "en", "2024-05-07").events if e.type == "Meeting"]
    assert sorted(sorted(names(e)) for e in meetings) == [["Anna Berg", "Lars Ekdahl"], ["Anna Berg", "Nora Lind"]]


def test_one_holding_separate_talks_with_two_meets_each():
    meetings = [e for e in run("Anna Berg held separate talks with Lars Ekdahl and Nora Lind on Monday.", "en",
                               "2024-05-07").events if e.type == "Meeting"]
    assert sorted(sorted(names(e)) for e in meetings) == [["Anna Berg", "Lars Ekdahl"], ["Anna Berg", "Nora Lind"]]
