"""The given names of ``kb/entities/given_names.txt``: persons the gazetteer does not know are
recognised by a common given name from any region, become participants of events, and a given
name that is also a place or a word makes no person of the capitalised words after it. All names
below are invented (a listed given name with a made-up family name)."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

import pytest

from kb import entities
from kb.entities.linker import DATA_DIR, given_names
from kb.model import Analysis, Document, Sentence
from kb.pipeline import analyse

DCT = dt.date(2023, 6, 14)

# one invented person per region: a given name of the list and a made-up family name
PERSONS = [
    ("Nora Quist", "English/German"), ("Leo Marsh", "English/German"), ("Ella Brandt", "German"),
    ("Keir Dunmore", "British"), ("Siobhán Keary", "Irish"), ("Aurélien Vasseur", "French"),
    ("Tommaso Ferrandi", "Italian"), ("Joaquín Arredondo", "Spanish"), ("Gonçalo Ventura", "Portuguese"),
    ("Xiomara Balcázar", "Latin American"), ("Wouter Dijkema", "Dutch"), ("Morten Skovgaard", "Danish"),
    ("Ilkka Rautavaara", "Finnish"), ("Małgorzata Wierzbicka", "Polish"), ("Ondřej Kolařík", "Czech"),
    ("Tomislav Perković", "Croatian"), ("Ivaylo Zhelezarov", "Bulgarian"), ("Sergej Morosow", "Russian, German spelling"),
    ("Sergei Morozov", "Russian, English spelling"), ("Dmitrij Sokolow", "Russian, German spelling"),
    ("Dmitry Sokolov", "Russian, English spelling"), ("Juri Tarassow", "Russian, German spelling"),
    ("Mykola Hrytsenko", "Ukrainian"), ("Krišjānis Ozoliņš", "Latvian"), ("Mindaugas Vaitkus", "Lithuanian"),
    ("Toomas Kask", "Estonian"), ("Zsolt Horváth", "Hungarian"), ("Răzvan Munteanu", "Romanian"),
    ("Kyriakos Manolis", "Greek"), ("Özgür Karadağ", "Turkish"), ("Tigran Sargsyan", "Armenian"),
    ("Muhammad Qureshi", "Arabic/Urdu"), ("Mohamed Saber", "Arabic"), ("Mohammed Haddad", "Arabic"),
    ("Ahmad Nasrallah", "Arabic"), ("Abdullah Rahimi", "Arabic"), ("Khaled Mansouri", "Arabic"),
    ("Mojtaba Karimi", "Persian"), ("Gideon Shapira", "Hebrew"), ("Narendra Joshi", "Hindi"),
    ("Shehbaz Qadri", "Urdu"), ("Khaleda Rahman", "Bengali"), ("Anutin Srisuk", "Thai"),
    ("Fumio Takeda", "Japanese"), ("Baraka Otieno", "Swahili"), ("Tedros Gebremariam", "Amharic"),
    ("Babatunde Adeyemi", "Yoruba"), ("Chukwuemeka Okafor", "Igbo"), ("Aminu Dankwambo", "Hausa"),
    ("Kwabena Mensah", "Akan"), ("Sibusiso Dlamini", "Zulu"), ("Tatenda Moyo", "Shona"),
    ("Ibrahima Diallo", "Senegalese"), ("Venâncio Matsinhe", "Mozambican"),
]


def events(text: str, lang: str):
    return analyse(Document(id="t", text=text, lang=lang, published=DCT)).events


def persons(text: str, lang: str = "en") -> list[str]:
    doc = Document(id="t", text=text, lang=lang, published=DCT)
    a = Analysis(document=doc, boilerplate=[])
    a.sentences = [Sentence(m.start(), m.end()) for m in re.finditer(r"[^.!?]+[.!?]?\s*", text)]
    entities.annotate(a)
    return [m.text for m in a.mentions if m.entities and m.entities[0].kind == "person"]


def test_the_file_holds_capitalised_names_only():
    for line in (DATA_DIR / "given_names.txt").read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            continue
        for name in line.split():
            assert re.fullmatch(r"[^\W\d_][^\W\d_'’]*(?:[-'’][^\W\d_]+)*", name) and name[0].isupper(), name


@pytest.mark.parametrize("name,region", PERSONS)
def test_a_given_name_of_any_region_makes_an_election_winner(name, region):
    [ev] = [e for e in events(f"The deputies elected {name} as president.", "en") if e.type == "Election"]
    assert [p.name for p in ev.participants] == [name], region


@pytest.mark.parametrize("name,region", PERSONS)
def test_a_given_name_of_any_region_makes_a_meeting_participant_de(name, region):
    evs = [e for e in events(f"Am Montag traf {name} in Riga die Delegation aus Oslo.", "de") if e.type == "Meeting"]
    assert evs and name in {p.name for p in evs[0].participants}, region


def test_two_new_names_meet():
    [ev] = [e for e in events("Sergei Morozov met Oluwaseun Adeyemi in Riga on Monday.", "en") if e.type == "Meeting"]
    assert {p.name for p in ev.participants} == {"Sergei Morozov", "Oluwaseun Adeyemi"}


@pytest.mark.parametrize("text", [
    "The Jordan River flooded the valley on Monday.",
    "Tourists crowded Victoria Station on Monday.",
    "Students at Georgia State University protested on Monday.",
    "The Chad Basin suffered a drought.",
    "The Milan Stock Exchange fell on Monday.",
    "Sofia Airport closed on Monday.",
    "Florence Cathedral reopened on Monday.",
    "Victoria Falls drew many visitors.",
    "The Rose Garden ceremony was cancelled.",
    "Grace Church opened a shelter.",
    "The Sri Lanka Freedom Party won the vote.",
    "Paris Agreement talks resumed on Monday.",
    "Israel Defense Forces said on Monday that the border was closed.",
])
def test_a_given_name_like_place_or_word_makes_no_person(text):
    assert persons(text) == []


@pytest.mark.parametrize("text", [
    "Die Präsidentin besuchte am Montag die Victoria Station in London.",
    "Im Mai Gespräche zu führen, lehnte die Regierung ab.",
])
def test_a_given_name_like_word_makes_no_person_de(text):
    assert persons(text, "de") == []


@pytest.mark.parametrize("word", [
    # places (in the gazetteer or well known) and common English or German words
    "Victoria", "Florence", "Milan", "Sofia", "Georgia", "Jordan", "Chad", "Israel", "Paris", "Santiago",
    "Charlotte", "Grace", "Rose", "Hope", "Faith", "Joy", "Will", "May", "June", "April", "Mai", "Kai",
    "Iris", "Viola", "Roman", "Marina", "Emir", "Sultan", "Shah", "Abu", "Al", "Sri", "Morgan", "Stanley",
    "Oscar", "Mercedes", "Frank", "Davor", "Riad",
    # family names that stand first: a cue of their own, not given names (see the file's note)
    "Kim", "Lee", "Park", "Wang", "Zhang", "Nguyen",
])
def test_ambiguous_words_are_not_given_names(word):
    assert word not in given_names()


def test_no_given_name_is_a_place_or_organisation_of_the_gazetteer():
    gz = entities.build()
    clashes = {n: [e.id for e in gz.lookup(n, lang) if e.kind != "person"]
               for n in given_names() for lang in ("en", "de")}
    assert not {n: ids for n, ids in clashes.items() if ids}


def test_a_family_name_first_stays_a_short_form():
    text = "Foreign Minister Zhao Lintao met Nora Quist on Monday. Zhao said the talks went well."
    assert persons(text).count("Zhao") == 1


_FOLD = str.maketrans({"ı": "i", "İ": "I", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "ð": "d", "ß": "ss"})


def _ascii(name: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", name.translate(_FOLD)) if not unicodedata.combining(c))


def test_a_name_with_diacritics_is_listed_in_ascii_too():
    words = {"Angel", "Lenin", "Pal", "Oscar"}  # a word, an award or another person's name once the marks are gone
    missing = {n for n in given_names() if _ascii(n) != n and _ascii(n) not in given_names() | words}
    assert not missing


@pytest.mark.parametrize("name", ["Vaclav Dvorsky", "Francois Lemaire", "Gokhan Yildiz", "Joao Pereira"])
def test_an_ascii_spelling_makes_a_person(name):
    assert persons(f"The deputies elected {name} as president.") == [name]
