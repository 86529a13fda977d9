"""German verb brackets around a relative clause ("hat X, der/den ..., am Montag empfangen"): the
verb after the relative clause takes the subject, object and date of the clause its auxiliary
opened; the event of the relative clause keeps its own date and status. Sentences invented for
these tests."""

from __future__ import annotations

from probes_de import date_of, names, of_type


def test_meeting_after_relative_clause_keeps_its_own_date_and_both_sides():
    text = "Kanzlerin Eva Kurz hat Präsident Jon Aas, den sie im Mai in Oslo getroffen hatte, am Montag in Berlin empfangen."
    dates = sorted(date_of(e) for e in of_type(text, "Meeting"))
    assert dates == ["2024-05", "2024-11-18"]
    monday = [e for e in of_type(text, "Meeting") if date_of(e) == "2024-11-18"][0]
    assert names(monday) == {"Eva Kurz", "Jon Aas"}


def test_call_told_around_a_relative_clause_has_the_partner_before_it():
    text = "Kanzlerin Eva Kurz hat mit Präsident Jon Aas, der im Mai gewählt worden war, am Montag telefoniert."
    [call] = of_type(text, "PhoneCall")
    assert names(call) == {"Eva Kurz", "Jon Aas"} and date_of(call) == "2024-11-18"


def test_relative_clause_in_a_future_sentence_keeps_its_past():
    text = "Kanzlerin Eva Kurz wird Präsident Jon Aas, der im Mai gewählt worden war, am Freitag in Oslo empfangen."
    [vote] = of_type(text, "Election")
    assert vote.status == "past" and date_of(vote) == "2024-05"
    [meeting] = of_type(text, "Meeting")
    assert meeting.status == "planned" and date_of(meeting) == "2024-11-22"


def test_a_planned_relative_clause_stays_planned():
    text = "Kanzlerin Eva Kurz wird Präsident Jon Aas, der am Sonntag gewählt werden soll, am Freitag in Oslo empfangen."
    [vote] = of_type(text, "Election")
    assert vote.status == "planned" and date_of(vote) == "2024-11-24"


def test_a_relative_clause_about_a_person_gives_the_main_verb_no_event_of_its_own():
    # the relative clause tells no event of a type; the main clause one meeting, dated Monday
    text = "Kanzlerin Eva Kurz hat Präsident Jon Aas, der aus Bergen stammt, am Montag in Oslo empfangen."
    assert [date_of(e) for e in of_type(text, "Meeting")] == ["2024-11-18"]
    assert not of_type(text, "Election") and not of_type(text, "StateVisit")
