"""Who speaks when a title stands before the speaker's name: a hyphenated title naming people after
an institution ("der EU-Abgeordnete Karl Pichler") or a title set off by commas before the verb
("Der Sonderberichterstatter ..., Pierre Lavoisier, forderte die EU auf"). Sentences invented for
these tests."""

from __future__ import annotations

from probes_de import names, of_type


def test_person_after_a_people_compound_speaks_not_the_institution():
    [st] = of_type("Auf die Folgen für die Bauern wies der EU-Abgeordnete Karl Pichler hin.", "Statement")
    assert names(st) == {"Karl Pichler"}


def test_a_people_compound_without_a_name_still_lets_the_institution_act():
    [st] = of_type("Die EU-Abgeordneten warnten am Montag vor den Folgen.", "Statement")
    assert names(st) == {"European Union"}


def test_person_set_off_by_commas_before_the_verb_speaks_not_the_addressee():
    text = "Der UN-Sonderberichterstatter für Wasserrechte, Pierre Lavoisier, forderte die EU auf, mehr zu tun."
    [st] = of_type(text, "Statement")
    assert names(st) == {"Pierre Lavoisier"}


def test_title_phrase_with_the_name_before_the_verb_speaks_not_the_country_after_it():
    [st] = of_type("Der Sprecher der Kommission, Tomas Reyes, kritisierte Norwegen scharf.", "Statement")
    assert names(st) == {"Tomas Reyes"}


def test_reported_speech_ending_in_a_name_still_has_its_speaker_after_the_verb():
    [st] = of_type("Das Abkommen nütze Norwegen, sagte Tomas Reyes.", "Statement")
    assert names(st) == {"Tomas Reyes"}
    [st] = of_type("„Wir danken Norwegen“, sagte Tomas Reyes.", "Statement")
    assert names(st) == {"Tomas Reyes"}
