"""Recognising persons the gazetteer does not know (``find_unknown_persons`` of
``kb/entities/linker.py`` with ``given_names.txt`` and ``name_parts.txt``). All sentences and names
are invented."""

from __future__ import annotations

import pytest

from tests.test_given_names import persons


@pytest.mark.parametrize("text,lang,expected", [
    ("The council elected Khalid bin Zayed as chairman.", "en", ["Khalid bin Zayed"]),
    ("Omar bin Hamad Al Sabri met Nora Quist in Doha.", "en", ["Omar bin Hamad Al Sabri", "Nora Quist"]),
    ("Der Rat wählte Youssef bin Rashid Al Marri zum Vorsitzenden.", "de", ["Youssef bin Rashid Al Marri"]),
    ("Am Montag traf Ahmed ibn Salman Qasimi die Delegation.", "de", ["Ahmed ibn Salman Qasimi"]),
    ("The council elected Hamad Saleh as chairman.", "en", ["Hamad Saleh"]),
])
def test_a_fathers_name_after_bin_stays_in_the_name(text, lang, expected):
    assert persons(text, lang) == expected


def test_two_given_names_in_a_row_still_split_a_list():
    # without a particle, a second given name starts another person
    assert persons("The deputies elected Nora Quist, Leo Marsh and Ella Brandt.") == \
        ["Nora Quist", "Leo Marsh", "Ella Brandt"]


@pytest.mark.parametrize("text,lang", [
    ("Students at Khalid University protested on Monday.", "en"),
    ("The Marine Corps said on Monday it would send troops.", "en"),
    ("Flights left Karim Airport on Monday.", "en"),
    ("The Lukas Foundation said on Monday it would give more.", "en"),
    ("Crowds filled Albert Square on Monday.", "en"),
    ("Die Leonie Stiftung teilte am Montag mit, sie werde helfen.", "de"),
    ("Am Montag eröffnete die Martin Kirche wieder.", "de"),
    ("Der Zug hielt am Jonas Bahnhof.", "de"),
    ("Die Johannes Universität sagte am Montag, sie streiche Kurse.", "de"),
])
def test_a_given_name_before_a_place_noun_makes_no_person(text, lang):
    assert persons(text, lang) == []


@pytest.mark.parametrize("text,lang,expected", [
    ("Nora Quist spoke at Karim Airport on Monday.", "en", ["Nora Quist"]),
    ("Leo Marsh said the Albert Square was full.", "en", ["Leo Marsh"]),
    ("Ella Brandt sprach am Montag in der Johannes Universität.", "de", ["Ella Brandt"]),
    # a place noun ends every name, even a surname; a longer word does not
    ("The deputies elected Nora Church as president.", "en", []),
    ("The deputies elected Nora Kirchner as president.", "en", ["Nora Kirchner"]),
])
def test_a_person_next_to_a_place_noun_is_kept(text, lang, expected):
    assert persons(text, lang) == expected


@pytest.mark.parametrize("text,lang,expected", [
    ("Jordan Vellard met Nora Quist in Oslo.", "en", ["Jordan Vellard", "Nora Quist"]),
    ("Israel Kornblum said on Monday the talks had failed.", "en", ["Israel Kornblum"]),
    ("Chad Pemberton met Nora Quist. Pemberton said it went well.", "en",
     ["Chad Pemberton", "Nora Quist", "Pemberton"]),
    ("Am Montag traf Jordan Vellard die Delegation.", "de", ["Jordan Vellard"]),
    ("Israel Kornblum sagte am Montag, die Gespräche seien gescheitert.", "de", ["Israel Kornblum"]),
])
def test_a_given_name_that_is_a_place_makes_a_person_before_a_surname(text, lang, expected):
    assert persons(text, lang) == expected


@pytest.mark.parametrize("text,lang", [
    ("Farmers in the Jordan Valley protested.", "en"),
    ("Georgia Tech won on Monday.", "en"),
    ("Israel Defense Forces said on Monday that the border was closed.", "en"),
    ("The Paris Agreement was signed by most states.", "en"),
    ("Paris Summit talks resumed on Monday.", "en"),
    ("Troops left Georgia Sunday.", "en"),
    ("Sierra Leone held elections on Monday.", "en"),
    ("Das Paris Abkommen gilt seit Jahren.", "de"),
    ("Die Israel Defense Forces teilten am Montag mit, die Grenze sei zu.", "de"),
])
def test_a_place_before_a_common_noun_or_a_name_makes_no_person(text, lang):
    assert persons(text, lang) == []


@pytest.mark.parametrize("text,lang,expected", [
    ("The deputies elected Baek Ji-hun as president.", "en", ["Baek Ji-hun"]),
    ("Liu Lantao met Nora Quist in Oslo.", "en", ["Liu Lantao", "Nora Quist"]),
    ("Pham Minh Loc met Nora Quist in Hanoi.", "en", ["Pham Minh Loc", "Nora Quist"]),
    ("Zhou Lantao met Nora Quist. Zhou said the talks went well.", "en", ["Zhou Lantao", "Nora Quist", "Zhou"]),
    ("Am Montag traf Baek Ji-hun die Delegation.", "de", ["Baek Ji-hun"]),
    ("Zhou Lantao traf Nora Quist. Zhou sagte, die Gespräche seien gut verlaufen.", "de",
     ["Zhou Lantao", "Nora Quist", "Zhou"]),
])
def test_a_family_name_first_makes_a_person(text, lang, expected):
    assert persons(text, lang) == expected


@pytest.mark.parametrize("text,lang", [
    ("Markets in Hong Kong fell on Monday.", "en"),
    ("Crowds filled Kim Ji-sung Square on Monday.", "en"),
    ("Flights left Song Contest Airport on Monday.", "en"),
    ("The Eurovision Song Contest drew many viewers.", "en"),
    ("Die Börse in Hong Kong fiel am Montag.", "de"),
    ("Wen Sie fragen, ist unklar.", "de"),
    # three syllables or an English word after the family name: no person of this rule
    ("The deputies elected Lee Anderson as president.", "en"),
])
def test_a_family_name_first_before_other_words_makes_no_person(text, lang):
    assert persons(text, lang) == []


@pytest.mark.parametrize("cls", ["place-noun", "place-given", "family-first"])
def test_the_name_part_lists_hold_single_capitalised_words(cls):
    import re

    from kb.entities.linker import given_names
    from kb.entities.words import name_parts

    forms = name_parts()[cls]
    assert forms and len(forms) == len(set(forms)), cls
    for form in forms:
        assert re.fullmatch(r"[^\W\d_][^\W\d_\-]*", form) and form[0].isupper(), (cls, form)
    if cls != "place-noun":  # a family name first or a place is no given name of its own
        assert not set(forms) & given_names(), cls


@pytest.mark.parametrize("text,lang,expected,not_expected", [
    ("Anna Kohl met Tom Berg in Oslo on Monday.", "en", "Anna Kohl", "Helmut Kohl"),
    ("Maria Merkel traf am Montag Tom Berg.", "de", "Maria Merkel", "Angela Merkel"),
])
def test_a_given_name_before_a_known_surname_of_someone_else_is_another_person(text, lang, expected, not_expected):
    """"Anna Kohl" is not Helmut Kohl: none of the gazetteer's persons of that surname is called Anna."""
    found = persons(text, lang)
    assert expected in found and not_expected not in found


@pytest.mark.parametrize("text,lang,expected", [
    ("Helmut Kohl met Tom Berg in Oslo.", "en", "Helmut Kohl"),
    ("Wiktor Orban traf am Montag Tom Berg.", "de", "Viktor Orbán"),  # a spelling of the known given name
])
def test_the_known_persons_given_name_or_a_spelling_of_it_keeps_the_link(text, lang, expected):
    import datetime as dt

    from kb.model import Document
    from kb.pipeline import analyse

    a = analyse(Document(id="t", text=text, lang=lang, published=dt.date(2024, 3, 13)))
    assert expected in [m.entities[0].name for m in a.mentions if m.entities and m.entities[0].kind == "person"]


def test_scans_of_capitalised_patterns_find_what_finditer_finds():
    """kb.entities.linker._scan tries a pattern of names only where a capital its matches begin
    with stands: the same matches as the plain search."""
    import random
    import re

    from kb.entities import linker

    texts = ["Minister Nguyen Tho Lam said on Monday. Zhang Qirun sagte, Jordan Pellow traf das Außenministerium.",
             "-Zhang Qirun, xZhang Qirun and Nguyen-Tho met. AA Zhang\nZhang", ""]
    rnd = random.Random(11)
    texts += [" ".join(rnd.choice(["Zhang", "Qirun", "Nguyen", "Tho", "said", "sagte", "-", "x", "Jordan", "Pellow",
                                   "Außenministerium", "AfD", "the", "\n"]) for _ in range(rnd.randint(1, 12)))
              for _ in range(3000)]
    patterns = [linker._CAP_WORD, linker._family_first_pattern(), linker._place_given_pattern(),
                linker._institutions("de")[1], linker._institutions("en")[1],
                re.compile(r"(?<![\w\-])([A-Z]\w+(?: [A-Z]\w+){1,2}) (?:said|sagte)\b")]
    for pattern in [p for p in patterns if p is not None]:
        for text in texts:
            assert [m.span() for m in linker._scan(pattern, text)] == [m.span() for m in pattern.finditer(text)]


@pytest.mark.parametrize("lang,text", [
    ("de", "US-Präsident Max Beispiel und die Außenministerin trafen den Kreml-Chef; Bundeskanzlerin Erika Muster, "
           "der Regierungssprecher und das Außenministerium. MusterPräsident von Ruritanien"),
    ("en", "US President Max Example met the foreign minister and Prime Minister Jane Roe; the Foreign Ministry, "
           "a spokesman and the White House. RoePresident of Ruritania"),
])
def test_guarded_role_and_institution_patterns_match_as_written(lang, text):
    """The role and institution patterns are compiled behind a lookahead for the characters their
    matches begin with (kb.temporal.prefilter.guarded): the same matches as without it."""
    import re

    from kb.entities import linker

    for pattern in (linker._roles(lang)[1], linker._institutions(lang)[1]):
        assert pattern.pattern.startswith("(?=[")
        plain = re.compile(pattern.pattern.split(")(?:", 1)[1][:-1])
        for t in (text, text.lower(), text.upper()):
            assert [m.span() for m in pattern.finditer(t)] == [m.span() for m in plain.finditer(t)]
