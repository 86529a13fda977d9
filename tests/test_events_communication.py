"""Statements and announcements: who speaks, and when two sayings are one. Sentences written for
these tests, with invented names (German and English)."""

from __future__ import annotations

import datetime as dt

import pytest

from kb.model import Document
from kb.pipeline import analyse


def run(text: str, lang: str, dct: str = "2024-05-14"):
    return analyse(Document(id="t", text=text, lang=lang, published=dt.date.fromisoformat(dct)))


def speakers(a, types=("Statement",)) -> list[set[str]]:
    return [{p.entity.name if p.entity else p.label for p in e.participants}
            for e in a.events if e.type in types]


# -- the person named with a title speaks, not the title ---------------------------------------------

@pytest.mark.parametrize("text,lang,who", [
    ("The spokesman for the State Department, Tom Berg, said on Monday that the talks had been useful.",
     "en", "Tom Berg"),
    ("A spokeswoman for the ministry, Jane Doe, told reporters the meeting had been postponed.", "en", "Jane Doe"),
    ("Der Sprecher des Auswärtigen Amts, Max Muster, sagte am Montag, die Gespräche seien gut verlaufen.",
     "de", "Max Muster"),
    ("Eine Sprecherin der Regierung, Erika Beispiel, erklärte, der Termin stehe fest.", "de", "Erika Beispiel"),
    ("The White House Press Secretary, Jane Doe, told reporters the talks went well.", "en", "Jane Doe"),
    ("Die Gespräche seien gut verlaufen, sagte ein Sprecher des Auswärtigen Amts, Max Muster.", "de", "Max Muster"),
    ("The talks went well, said a spokesman for the State Department, Tom Berg.", "en", "Tom Berg"),
])
def test_a_person_in_apposition_to_an_unnamed_title_speaks(text, lang, who):
    assert speakers(run(text, lang)) == [{who}]


@pytest.mark.parametrize("text,lang,who", [
    ("White House Press Secretary Jane Doe told reporters on Monday that the talks went well.", "en", "Jane Doe"),
    ("Regierungssprecher Max Muster sagte am Montag, die Gespräche seien gut verlaufen.", "de", "Max Muster"),
])
def test_a_title_before_a_name_is_no_speaker_of_its_own(text, lang, who):
    assert speakers(run(text, lang)) == [{who}]


@pytest.mark.parametrize("text,lang", [
    # the comma follows the verb: Tom Berg is what the spokesman spoke of
    ("The spokesman for the ministry said, Tom Berg would visit Paris.", "en"),
    ("Das Auswärtige Amt erklärte, Max Muster werde reisen.", "de"),
    ("Die Reise sei abgesagt, teilte das Auswärtige Amt mit, Max Muster bleibe in Berlin.", "de"),
])
def test_a_name_after_the_saying_verb_is_what_is_said_not_who_says_it(text, lang):
    said = speakers(run(text, lang), ("Statement", "Announcement"))
    assert said and all(not who & {"Tom Berg", "Max Muster"} for who in said)


# -- what a quote of reported speech tells ----------------------------------------------------------

@pytest.mark.parametrize("text,lang", [
    ('"We met Emmanuel Macron in Paris on Monday," Olaf Scholz said on Tuesday.', "en"),
    ('Olaf Scholz said on Tuesday: "I met Emmanuel Macron in Paris on Monday."', "en"),
    ("„Ich habe Emmanuel Macron am Montag in Paris getroffen“, sagte Olaf Scholz am Dienstag.", "de"),
    ("Olaf Scholz sagte am Dienstag: „Ich habe Emmanuel Macron am Montag in Paris getroffen.“", "de"),
])
def test_an_event_told_in_a_quote_of_reported_speech_is_an_event(text, lang):
    a = run(text, lang)
    meetings = [e for e in a.events if e.type == "Meeting"]
    assert len(meetings) == 1 and meetings[0].date.value == "2024-05-13"
    assert "Emmanuel Macron" in {p.entity.name for p in meetings[0].participants if p.entity}
    assert speakers(a) == [{"Olaf Scholz"}]


@pytest.mark.parametrize("text,lang", [
    ('The documentary "A Summit with Emmanuel Macron in Paris" was shown on Monday.', "en"),
    ("Der Film „Ein Gipfel mit Emmanuel Macron in Paris“ lief am Montag im Fernsehen.", "de"),
])
def test_a_title_in_quotes_tells_no_event(text, lang):
    assert [e.type for e in run(text, lang).events if e.type in ("Meeting", "Summit")] == []


@pytest.mark.parametrize("text,lang", [
    ('"We met Emmanuel Macron in Paris on Monday," Olaf Scholz said on Tuesday.', "en"),
    ("„Ich habe Emmanuel Macron am Montag in Paris getroffen“, sagte Olaf Scholz am Dienstag.", "de"),
])
def test_who_says_i_or_we_in_the_quote_takes_part(text, lang):
    meeting = next(e for e in run(text, lang).events if e.type == "Meeting")
    assert {p.entity.name for p in meeting.participants if p.entity} == {"Olaf Scholz", "Emmanuel Macron"}


@pytest.mark.parametrize("text,lang", [
    ('"Emmanuel Macron met Joe Biden in Paris on Monday," Olaf Scholz said.', "en"),
    ("„Emmanuel Macron hat Joe Biden am Montag in Paris getroffen“, sagte Olaf Scholz.", "de"),
])
def test_a_quote_without_i_or_we_leaves_the_speaker_out_and_does_not_date_the_saying(text, lang):
    a = run(text, lang)
    meeting = next(e for e in a.events if e.type == "Meeting")
    assert "Olaf Scholz" not in {p.entity.name for p in meeting.participants if p.entity}
    saying = next(e for e in a.events if e.type == "Statement")
    assert meeting.date.value == "2024-05-13" and saying.date.value == "2024-05-14"


# -- one statement per speaker and occasion ---------------------------------------------------------

@pytest.mark.parametrize("text,lang", [
    ("Olaf Scholz and Emmanuel Macron held a joint press conference in Paris on Monday. Scholz said the two "
     "countries would work together. Macron said France would support the plan.", "en"),
    ("Olaf Scholz und Emmanuel Macron gaben am Montag in Paris eine gemeinsame Pressekonferenz. Scholz sagte, "
     "beide Länder würden zusammenarbeiten. Macron betonte, Frankreich unterstütze den Plan.", "de"),
])
def test_what_the_presenters_say_right_after_a_press_conference_is_said_there(text, lang):
    a = run(text, lang)
    assert [(e.subtype, e.date.value) for e in a.events if e.type == "Statement"] == [("PressConference", "2024-05-13")]
    assert speakers(a) == [{"Olaf Scholz", "Emmanuel Macron"}]


@pytest.mark.parametrize("text,lang", [
    ("Olaf Scholz spoke before parliament on Monday. Scholz said the country would help.", "en"),
    ("Olaf Scholz sprach am Montag vor dem Bundestag. Scholz sagte, das Land werde helfen.", "de"),
])
def test_what_a_speaker_says_right_after_a_speech_is_said_in_it(text, lang):
    a = run(text, lang)
    assert [(e.subtype, e.date.value) for e in a.events if e.type == "Statement"] == [("Speech", "2024-05-13")]


@pytest.mark.parametrize("text", [
    # someone who did not present it
    "Olaf Scholz and Emmanuel Macron held a joint press conference in Paris on Monday. Joe Biden said the plan "
    "was good.",
    # a saying with a day of its own
    "Olaf Scholz and Emmanuel Macron held a joint press conference in Paris on Friday. On Monday, Scholz said "
    "the plan was ready.",
    # a press conference still to come
    "Olaf Scholz will hold a press conference on Friday. Scholz said the plan was ready.",
])
def test_other_sayings_near_a_press_conference_stay_apart(text):
    assert len([e for e in run(text, "en").events if e.type == "Statement"]) == 2


# -- a name the gazetteer does not know, before a verb of saying -------------------------------------

@pytest.mark.parametrize("text,lang", [
    ("Kasimir Oblonsky briefed reporters on the talks.", "en"),
    ("Kasimir Oblonsky told reporters the talks went well.", "en"),
    ("Kasimir Oblonsky stressed that the talks went well.", "en"),
    ("Kasimir Oblonsky bekräftigte, die Gespräche seien gut verlaufen.", "de"),
    ("Kasimir Oblonsky sagt, die Gespräche seien gut verlaufen.", "de"),
])
def test_an_unknown_name_before_a_verb_of_saying_is_the_speaker(text, lang):
    assert speakers(run(text, lang), ("Statement",)) == [{"Kasimir Oblonsky"}]


def test_sayings_dated_by_different_items_of_a_digest_are_different_occasions():
    text = ("28. April 2011\n\nPräsident Max Muster traf heute in Brüssel den Premierminister von Kanada. "
            "Muster betonte die Bedeutung des Handels.\n\n12. April 2011\n\nPräsident Max Muster besuchte heute "
            "Paris. Muster erklärte, die Union werde helfen.")
    a = run(text, "de", "2011-04-29")
    assert sorted(e.date.value for e in a.events if e.type == "Statement") == ["2011-04-12", "2011-04-28"]


def test_sayings_of_one_speaker_without_a_told_day_stay_one_statement():
    a = run("Olaf Scholz met Emmanuel Macron in Paris on Monday. Scholz said the talks had been open. "
            "Later Scholz said the two countries would work together.", "en")
    assert len([e for e in a.events if e.type == "Statement"]) == 1


@pytest.mark.parametrize("text,lang", [
    ('Jane Doe said on Monday: "I congratulate Emmanuel Macron on his victory."', "en"),
    ("Erika Beispiel sagte am Montag: „Ich gratuliere Emmanuel Macron zu seinem Sieg.“", "de"),
])
def test_the_speakers_own_saying_in_the_quote_is_the_quoted_saying(text, lang):
    a = run(text, lang)
    assert [e.type for e in a.events if e.type in ("Statement", "Announcement")] == ["Statement"]
    assert all(e.subtype != "Congratulation" for e in a.events if e.type == "Statement")
    assert all("Jane Doe" not in {p.name for p in e.participants} for e in a.events if e.type == "Election")


def test_a_saying_of_someone_else_told_in_the_quote_stays():
    a = run('"Emmanuel Macron congratulated Joe Biden," Olaf Scholz said on Tuesday.', "en")
    assert sorted(e.subtype or "-" for e in a.events if e.type == "Statement") == ["-", "Congratulation"]


def test_a_first_person_in_another_stretch_of_the_quote_takes_no_part():
    a = run('"We are glad, and Emmanuel Macron met Joe Biden in Paris on Monday," Olaf Scholz said.', "en")
    meeting = next(e for e in a.events if e.type == "Meeting")
    assert "Olaf Scholz" not in {p.name for p in meeting.participants}


# -- a title "X: ..." -------------------------------------------------------------------------------

@pytest.mark.parametrize("text,lang", [
    ("NATO: Allies agree on new plan\n\nNATO allies agreed on Monday on a new plan.", "en"),
    ("Europäische Kommission: Neue Regeln für den Handel\n\nDie Kommission hat am Montag neue Regeln "
     "vorgeschlagen.", "de"),
])
def test_a_body_named_before_a_titles_colon_is_its_topic_not_a_speaker(text, lang):
    assert speakers(run(text, lang), ("Statement", "Announcement")) == []


def test_a_person_named_before_a_titles_colon_speaks():
    a = run("Von der Leyen: Europe must stand together\n\nCommission President Ursula von der Leyen stressed "
            "the importance of unity in Berlin on Monday.", "en")
    assert speakers(a) == [{"Ursula von der Leyen"}]


# -- a saying denied --------------------------------------------------------------------------------

@pytest.mark.parametrize("text,lang", [
    ("The White House has not announced the date of the visit.", "en"),
    ("Das Weiße Haus hat den Termin des Besuchs nicht bekanntgegeben.", "de"),
])
def test_a_saying_denied_is_no_event(text, lang):
    assert [e.type for e in run(text, lang).events if e.type in ("Statement", "Announcement")] == []


def test_an_occasion_called_off_stays_an_event_that_did_not_occur():
    a = run("Olaf Scholz cancelled his speech in the Bundestag planned for Friday.", "en")
    assert [(e.subtype, e.status) for e in a.events if e.type == "Statement"] == [("Speech", "did_not_occur")]


def test_an_announcement_by_someone_is_theirs():
    a = run("Olaf Scholz welcomed the announcement by Emmanuel Macron.", "en")
    assert speakers(a, ("Announcement",)) == [{"Emmanuel Macron"}]
