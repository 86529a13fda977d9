"""German trigger data found by auditing real regional news and narrative war articles (kb/lang/de/
events.txt): "treffen" as an encounter or a blow, declarations of war, event nouns dated by a
relative clause, and verbs of saying after a quote. Sentences invented for these tests."""

from __future__ import annotations

import pytest

from probes_de import date_of, names, of_type


@pytest.mark.parametrize("text", [
    "Die Truppen von General Jakob Brandt trafen am 3. Mai bei Hadersleben auf die Armee von Oberst Paula Brandstetter.",
    "Die Armee von Jakob Brandt und die Armee von Paula Brandstetter trafen am 3. Mai bei Hadersleben aufeinander.",
    "Am folgenden Tag traf Jakob Brandt auf heftigen Widerstand.",
    "Die Dürre hat Bauer Jakob Brandt hart getroffen.",
    "Er sagte, dass das Haus von Jakob Brandt am Montag von einer Granate getroffen wurde.",
])
def test_treffen_as_encounter_or_blow_is_no_meeting(text):
    assert not of_type(text, "Meeting")


@pytest.mark.parametrize("text", [
    "Olaf Scholz traf Emmanuel Macron am Montag auf dem Schloss in Oslo.",
    "Am Montag traf sich Jakob Brandt mit Paula Brandstetter auf Bali.",
    "Olaf Scholz hat Paula Brandstetter am Montag in Oslo getroffen.",
])
def test_treffen_with_a_dative_place_is_still_a_meeting(text):
    [m] = of_type(text, "Meeting")
    assert date_of(m) == "2024-11-18"


def test_declaration_of_war_starts_a_war_and_is_no_statement():
    text = "Am 4. Mai 1821 erklärte Norwegen Dänemark den Krieg."
    [war] = of_type(text, "ArmedConflictStart")
    assert names(war, "aggressor") == {"Norway"} and date_of(war) == "1821-05-04"
    assert not of_type(text, "Statement")


def test_declaration_of_war_with_a_subject_from_the_clause_before():
    text = "Schweden machte mobil und erklärte Finnland am 2. März den Krieg."
    [war] = of_type(text, "ArmedConflictStart", dct="1915-03-09")
    assert names(war, "aggressor") == {"Sweden"} and date_of(war) == "1915-03-02"
    assert not of_type(text, "Statement", dct="1915-03-09")


@pytest.mark.parametrize("text", [
    "Die Ministerin erklärte am Montag der Armut den Krieg.",
    "Präsident Karel Novák erklärte am Montag, er wolle den Krieg beenden.",
    "Präsident Karel Novák erklärte am Montag den Krieg für beendet.",
])
def test_other_sayings_about_war_start_none(text):
    assert not of_type(text, "ArmedConflictStart")


def test_event_noun_takes_date_and_status_of_its_relative_clause():
    text = "Anlässlich der Heiligsprechung von Papst Benedikt XVI., die am 1. Dezember stattfindet, ist eine Statue zu sehen."
    [ev] = of_type(text, "Other")
    assert ev.subtype == "ReligiousEvent" and ev.status == "planned" and date_of(ev) == "2024-12-01"
    text = "Zur Krönung von König Harald, die am 14. Dezember stattfindet, reisen viele Gäste an."
    [ev] = [e for e in of_type(text, "Other") if e.subtype == "TakingOffice"]
    assert ev.status == "planned" and date_of(ev) == "2024-12-14"


@pytest.mark.parametrize("text,who", [
    ("„Alle Hallen sind erneuert“, freute sich Geschäftsführerin Maria Oberkofler.", {"Maria Oberkofler"}),
    ("„Alle Hallen sind erneuert“, berichtete Obmann Jakob Brandt.", {"Jakob Brandt"}),
    ("„Alle Hallen sind erneuert“, ergänzte Obmann Jakob Brandt.", {"Jakob Brandt"}),
    ("Die Gebühren seien zu hoch, sagen Jakob Brandt und Maria Oberkofler.", {"Jakob Brandt", "Maria Oberkofler"}),
    ("Die Gebühren seien zu hoch, meint Vizebürgermeister Jakob Brandt (im Bild).", {"Jakob Brandt"}),
])
def test_verb_of_saying_after_a_quote_names_the_speaker(text, who):
    [st] = of_type(text, "Statement")
    assert names(st) == who
    assert not of_type(text, "Other")  # "berichtete" of a person is no media report


@pytest.mark.parametrize("text", [
    "Die Halle wurde erneuert, freute sich die ganze Belegschaft.",
    "Jakob Brandt freute sich über den Sieg seiner Mannschaft.",
    "Er kam nach Hause, erzählte Maria Oberkofler alles und ging.",
])
def test_the_same_verbs_elsewhere_tell_no_statement(text):
    assert not of_type(text, "Statement")


@pytest.mark.parametrize("text", [
    "Die Opposition hat am Dienstag einen Misstrauensantrag gegen Bürgermeister Paul Kern eingebracht.",
    "Die Opposition brachte am Dienstag einen Misstrauensantrag gegen Bürgermeister Paul Kern ein.",
])
def test_a_motion_of_no_confidence_filed_is_no_vote(text):
    assert not of_type(text, "Election")


def test_a_motion_of_no_confidence_voted_on_is_a_vote():
    [vote] = of_type("Der Misstrauensantrag gegen Bürgermeister Paul Kern scheiterte am Dienstag im Gemeinderat.", "Election")
    assert date_of(vote) == "2024-11-19"
