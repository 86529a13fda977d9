"""Entity linking: gazetteer forms, roles across time, coreference, metonyms, user additions."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from kb import entities
from kb.entities import tables as gzmod
from kb.entities.imports import read_entities
from kb.errors import InputError
from kb.lang import examples
from kb.model import Analysis, Document, Sentence, Span


def analyse(text: str, lang: str = "de", dct: str | None = "2024-05-14", boilerplate=(), gz=None) -> Analysis:
    doc = Document(id="t", text=text, lang=lang, published=dt.date.fromisoformat(dct) if dct else None)
    a = Analysis(document=doc, boilerplate=list(boilerplate))
    a.sentences = [Sentence(m.start(), m.end()) for m in re.finditer(r"[^.!?]+[.!?]?\s*", text)]
    with entities.using(gz):
        entities.annotate(a)
    return a


def with_file(path, kind=None, base=None):
    """The shipped gazetteer plus the entities of ``path`` (as `kb extract --gazetteer` builds it)."""
    additions = (base or entities.Additions()).with_rows([row for _, row in read_entities(path, kind)])
    return entities.build(additions), additions


def linked(a: Analysis, surface: str) -> list[str]:
    """Ids linked by the mention that covers ``surface`` (first occurrence)."""
    pos = a.text.index(surface)
    for m in a.mentions:
        if m.start < pos + len(surface) and pos < m.end:
            return [e.id for e in m.entities]
    return []


def test_inflected_and_adjective_forms_link_to_their_entity():
    a = analyse("Putins Reise nach Peking wurde in Pekings Presse und von der chinesischen "
                "Regierung gelobt; des Kremls Sprecher schwieg.")
    assert linked(a, "Putins") == ["Q7747"]
    assert linked(a, "Peking") == ["Q956"]
    assert linked(a, "Pekings") == ["Q956"]
    assert linked(a, "des Kremls") == ["local:kremlin"] or linked(a, "Kremls") == ["local:kremlin"]


@pytest.mark.parametrize("dct,expected", [("2024-05-14", "Q7747"), ("2010-06-01", "Q23530")])
def test_same_description_two_dates_two_people_de(dct, expected):
    a = analyse("Der russische Präsident reist morgen nach Berlin.", "de", dct)
    assert linked(a, "russische Präsident") == [expected]


@pytest.mark.parametrize("dct,expected", [("2009-03-01", "Q567"), ("2023-02-01", "Q61053")])
def test_same_description_two_dates_two_people_en(dct, expected):
    a = analyse("The German chancellor will travel to Paris next week.", "en", dct)
    assert linked(a, "German chancellor") == [expected]


def test_bare_title_in_a_white_house_release_is_the_us_president():
    a = analyse("Statement by the Press Secretary. The President will host the Prime Minister "
                "of Canada on Monday.", "en", "2016-03-01")
    assert linked(a, "The President") == ["Q76"]
    assert linked(a, "Prime Minister") == ["Q3099714"]


def test_short_form_after_full_name_for_unknown_person():
    a = analyse("Die Analystin Maria Kowalczyk sagte, der Besuch sei wichtig. Kowalczyk erwartet "
                "neue Abkommen.")
    first, second = linked(a, "Maria Kowalczyk"), linked(a, "Kowalczyk erwartet")
    assert first and first == second and first[0].startswith("local:")


def test_the_two_leaders_are_the_two_most_recent_persons():
    a = analyse("Emmanuel Macron empfing Olaf Scholz in Paris. Die beiden Staatschefs sprachen "
                "über Verteidigung.", "de", "2023-01-20")
    assert sorted(linked(a, "Die beiden Staatschefs")) == sorted(["Q3052772", "Q61053"])
    a = analyse("Joe Biden called Xi Jinping on Friday. The two leaders discussed trade.", "en", "2023-04-01")
    assert sorted(linked(a, "The two leaders")) == sorted(["Q6279", "Q15031"])


def test_pronoun_refers_to_the_subject_of_the_previous_sentence():
    a = analyse("Olaf Scholz landete in Tokio. Er traf dort den Kaiser.", "de", "2023-03-18")
    assert linked(a, "Er traf") == ["Q61053"]


def test_capital_as_speaker_is_the_government_otherwise_a_place():
    a = analyse("Moskau wies die Vorwürfe zurück. Scholz reiste später nach Moskau.", "de", "2022-02-20")
    assert linked(a, "Moskau wies") == ["local:government-of-russia"]
    assert linked(a, "nach Moskau")[-1:] == [] or "Q649" in [e.id for m in a.mentions
                                                              if m.start > 30 for e in m.entities]


def test_institution_with_capital_or_adjective():
    a = analyse("Das Außenministerium in Peking bestätigte die Reise, ebenso das russische "
                "Außenministerium.")
    assert linked(a, "Außenministerium in Peking") == ["local:mfa-china"]
    assert linked(a, "russische") == ["local:mfa-russia"]
    a = analyse("Spain's foreign ministry said the talks went well.", "en", "2024-01-10")
    assert linked(a, "foreign ministry")[0].startswith("local:ministry-of-foreign-affairs-of-spain")


def test_role_followed_by_a_misspelt_name_links_the_office_holder():
    a = analyse("Sie trafen den chinesischen Präsidenten Xi Jingpin in Peking.", "de", "2023-12-07")
    assert "Q15031" in linked(a, "Präsidenten")


def test_boilerplate_spans_yield_no_mentions():
    text = "Merkel besuchte Paris. Mehr News zu Angela Merkel"
    start = text.index("Mehr")
    a = analyse(text, "de", "2015-01-01", boilerplate=[Span(start, len(text))])
    assert all(m.end <= start for m in a.mentions)
    assert any(m.entities[0].id == "Q567" for m in a.mentions)


def test_without_publication_date_descriptions_stay_unlinked():
    a = analyse("Der russische Präsident reist nach Berlin.", "de", None)
    assert linked(a, "Präsident") in ([], ["Q159"])


def test_offices_are_exposed_on_entities():
    putin = entities.gazetteer().get("Q7747")
    names = {o[1] for o in putin.offices}
    assert "President of Russia" in names and "Prime Minister of Russia" in names


def test_required_qids():
    gz = entities.gazetteer()
    for qid, name in [("Q7747", "Vladimir Putin"), ("Q15031", "Xi Jinping"), ("Q148", "China"),
                      ("Q956", "Beijing"), ("Q159", "Russia"), ("Q212", "Ukraine")]:
        assert gz.get(qid).name == name


def test_add_entities_csv(tmp_path):
    f = tmp_path / "people.csv"
    f.write_text("id,name,kind,country,aliases_de\nQ999999999,Erika Musterfrau,person,Q183,"
                 "Erika Musterfrau;Musterfrau\n", encoding="utf-8")
    gz, additions = with_file(f)
    a = analyse("Erika Musterfrau besuchte Rom.", "de", "2024-01-01", gz=gz)
    assert linked(a, "Erika Musterfrau") == ["Q999999999"]
    assert linked(analyse("Erika Musterfrau besuchte Rom.", "de", "2024-01-01"), "Erika Musterfrau") != \
        ["Q999999999"]  # the shipped gazetteer is untouched
    # adding again replaces, not duplicates
    _, again = with_file(f, base=additions)
    assert [r[0] for r in again.rows] == ["Q999999999"]


def test_add_entities_turtle(tmp_path):
    f = tmp_path / "places.ttl"
    f.write_text("""@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix wd: <http://www.wikidata.org/entity/> .
@prefix wdt: <http://www.wikidata.org/prop/direct/> .
wd:Q888888888 rdfs:label "Fictiville"@en, "Fiktivstadt"@de ; wdt:P31 wd:Q515 ; wdt:P17 wd:Q183 .
""", encoding="utf-8")
    gz, _ = with_file(f)
    a = analyse("Scholz reiste nach Fiktivstadt.", "de", "2023-01-01", gz=gz)
    assert linked(a, "Fiktivstadt") == ["Q888888888"]


def test_add_entities_rejects_invalid_files(tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("id,name,kind\nnot-a-qid,Someone,person\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"bad.csv:2: id 'not-a-qid'"):
        read_entities(bad)
    bad.write_text("id,name,kind\nQ1,Someone,spaceship\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"bad.csv:2: kind 'spaceship'"):
        read_entities(bad)


# -- EXAMPLE lines of the data files ------------------------------------------------------------

def _example_cases():
    for lang in ("de", "en"):
        for name in ("roles.txt", "institutions.txt", "metonyms.txt", "references.txt"):
            for ex in examples(lang, name):
                yield pytest.param(lang, name, ex, id=f"{lang}/{name}:{ex[:30]}")


@pytest.mark.parametrize("lang,name,example", list(_example_cases()))
def test_data_file_examples(lang, name, example):
    text, _, expected = example.partition(" -> ")
    dct = "2024-01-10"
    if " | " in text:
        text, dct = text.split(" | ")
    if name == "references.txt":
        surface, _, ids = expected.partition(" = ")
        a = analyse(text, lang, dct)
        assert sorted(linked(a, surface.strip())) == sorted(ids.split("+"))
        return
    a = analyse(text, lang, dct)
    got = {e.id for m in a.mentions for e in m.entities}
    assert expected.strip() in got, (example, got)


def test_gazetteer_examples():
    path = gzmod.DATA_DIR / "gazetteer.tsv"
    exs = [l.split("EXAMPLE:", 1)[1].strip() for l in path.read_text().splitlines() if l.startswith("# EXAMPLE:")]
    assert exs
    for ex in exs:
        surface, _, expected = ex.partition(" -> ")
        a = analyse(f"Ein Satz über {surface} heute.", "de", "2024-05-14")
        assert expected in linked(a, surface), ex


def _file_examples(name):
    path = gzmod.DATA_DIR / name
    return [l.split("EXAMPLE:", 1)[1].strip() for l in path.read_text().splitlines() if l.startswith("# EXAMPLE:")]


def test_offices_examples():
    gz = entities.gazetteer()
    exs = _file_examples("offices.tsv")
    assert exs
    for ex in exs:
        query, _, expected = ex.partition(" -> ")
        role, jur, day = query.split()
        assert [e.id for e in gz.holders(role, jur, dt.date.fromisoformat(day))] == [expected], ex


def test_given_names_examples():
    exs = _file_examples("given_names.txt")
    assert exs
    for ex in exs:
        text, _, expected = ex.partition(" -> ")
        a = analyse(text, "de", "2024-01-01")
        assert any(m.text == expected and m.entities and m.entities[0].kind == "person" for m in a.mentions), ex


def test_user_entity_with_an_office_resolves_a_description(tmp_path):
    f = tmp_path / "people.csv"
    f.write_text("id,name,kind,country,aliases_de,offices\nQ999999998,Erika Musterfrau,person,Q183,"
                 "Erika Musterfrau,president@Q39@2031-01-01@\n", encoding="utf-8")
    gz, _ = with_file(f)
    a = analyse("Der schweizerische Präsident reist nach Rom.", "de", "2031-05-01", gz=gz)
    assert linked(a, "Präsident") == ["Q999999998"]
    bad = tmp_path / "bad.csv"
    bad.write_text("id,name,kind,offices\nQ999999997,X Y,person,president\n", encoding="utf-8")
    with pytest.raises(InputError, match="bad.csv:2: office 'president'"):
        read_entities(bad)


def test_function_words_and_name_parts_examples():
    from kb.entities.words import function_words, name_parts

    for lang in ("de", "en"):
        exs = examples(lang, "function-words.txt")
        assert exs
        for ex in exs:
            cls, word = ex.split(" ", 1)
            assert word in function_words(lang, cls), ex
    for ex in _file_examples("name_parts.txt"):
        cls, form = ex.split(" ", 1)
        assert form in name_parts()[cls], ex


def test_a_name_before_a_speech_verb_is_a_person():
    a = analyse("Wang Wenbin said on Monday that the visit went well.", "en", "2023-05-15")
    assert linked(a, "Wang Wenbin") == ["local:wang-wenbin"]
    a = analyse("Die Analystin Maria Kowalczyk sagte dies.", "de", "2023-05-15")
    assert linked(a, "Maria Kowalczyk") == ["local:maria-kowalczyk"]


def test_a_surname_after_a_role_noun_is_the_person_named_earlier():
    # the office noun's default country (Germany) has another holder on the day: the surname wins
    a = analyse("Bundeskanzlerin Paula Brandstetter kam nach Berlin. Dort traf Bundeskanzlerin Brandstetter "
                "den Präsidenten.", dct="2023-06-14")
    assert linked(a, "Bundeskanzlerin Brandstetter") == ["local:paula-brandstetter"]
    # without an earlier name the title alone still resolves to the holder on the day
    a = analyse("Die Bundeskanzlerin kam nach Paris.", dct="2019-06-14")
    assert linked(a, "Bundeskanzlerin") == ["Q567"]


def test_a_surname_after_a_role_noun_is_the_one_gazetteer_person_with_it(tmp_path):
    # "Klein" is a common word, so the gazetteer lists only the full name; after a title it is her
    f = tmp_path / "people.csv"
    f.write_text("id,name,kind,country,aliases_de\nQ999999996,Ruth Klein,person,Q40,Ruth Klein\n", encoding="utf-8")
    gz, _ = with_file(f)
    a = analyse("Bundeskanzlerin Klein reist nach Rom.", "de", "2031-05-01", gz=gz)
    assert linked(a, "Bundeskanzlerin Klein") == ["Q999999996"]
    a = analyse("Das ist ein kleines Land.", "de", "2031-05-01", gz=gz)
    assert "Q999999996" not in [e.id for m in a.mentions for e in m.entities]


def test_a_role_noun_alone_is_the_person_last_named_with_it():
    a = analyse("Bundeskanzlerin Paula Brandstetter kam nach Berlin. Dort traf die Bundeskanzlerin den "
                "Präsidenten.", dct="2023-06-14")
    assert linked(a, "die Bundeskanzlerin") == ["local:paula-brandstetter"]
    # an adjective of the country names the office's holder there, not the one named before
    a = analyse("Bundeskanzlerin Paula Brandstetter kam nach Berlin. Dort traf sie den deutschen "
                "Bundeskanzler.", dct="2023-06-14")
    assert linked(a, "deutschen Bundeskanzler") == ["Q61053"]


def test_unknown_organisations():
    # capitalised names built on a head noun of institutions.txt ("organisation") are organisations
    a = analyse("The Front for National Renewal and the Green Unity Party rejected the result.", "en", "2024-01-10")
    got = {e.id: e.kind for m in a.mentions for e in m.entities}
    assert got.get("local:front-for-national-renewal") == "organisation"
    assert got.get("local:green-unity-party") == "organisation"
    # no word of its own besides the head and known names: the known name stays
    a = analyse("The U.S. Congress approved the plan. Party leaders met on Monday.", "en", "2024-01-10")
    assert not [e.id for m in a.mentions for e in m.entities if e.kind == "organisation" and e.id.startswith("local:")]
    # German capitalises every noun: no such data, no such names
    a = analyse("Die Grüne Einheitspartei lehnte das Ergebnis ab.", "de", "2024-01-10")
    assert not [e.id for m in a.mentions for e in m.entities if e.id.startswith("local:") and e.kind == "organisation"]


def test_office_holder_named_in_a_run_together_speaker_line():
    # a transcript page's layout: the name repeated in reverse and run into the office
    text = ("Talks with Rosa Quispe. President of Peru Rosa Quispe Quispe "
            "RosaPresident of Peru(interpreted): Thank you. President of Peru: Goodbye.")
    a = analyse(text, "en", "2021-12-16")
    spans = [(m.text, [e.id for e in m.entities]) for m in a.mentions]
    assert ("President of Peru Rosa Quispe Quispe RosaPresident of Peru", ["local:rosa-quispe"]) in spans
    # the office named alone later is the holder the text introduced (the gazetteer knows none)
    assert ("President of Peru", ["local:rosa-quispe"]) in spans
    from kb.pipeline import analyse as pipeline
    events = pipeline(Document(id="t", text=text, lang="en", published=dt.date(2021, 12, 16))).events
    speakers = [p.entity.id for e in events if e.type == "Statement" for p in e.participants if p.entity]
    assert "local:rosa-quispe" in speakers


@pytest.mark.parametrize("text,lang,name", [
    ("Paula Brandstetter Wednesday met the mayor of Lyon.", "en", "Paula Brandstetter"),
    ("Senator Ruth Okonkwo Friday told reporters she would run.", "en", "Ruth Okonkwo"),
    ("Paula Brandstetter Montag empfing den Bürgermeister von Lyon.", "de", "Paula Brandstetter"),
    ("Ministerin Ruth Okonkwo Dienstag sagte, sie werde kandidieren.", "de", "Ruth Okonkwo"),
])
def test_a_weekday_after_a_name_ends_it(text, lang, name):
    a = analyse(text, lang, "2023-06-14")
    spans = [a.text[m.start:m.end] for m in a.mentions]
    assert name in spans
    assert not any(w in s for s in spans for w in ("Wednesday", "Friday", "Montag", "Dienstag"))


def test_a_month_word_that_is_a_known_surname_stays_in_the_name():
    a = analyse("Theresa May met the mayor of Lyon.", "en", "2018-06-14")
    assert "Theresa May" in [a.text[m.start:m.end] for m in a.mentions]


@pytest.mark.parametrize("text,lang,office", [
    ("Tom Becker wurde als Präsident der Vereinigten Staaten vereidigt.", "de", "Präsident"),
    ("Tom Becker amtierte zuvor als neuer Präsident der Vereinigten Staaten.", "de", "Präsident"),
    ("Tom Becker took the oath as the 50th president of the United States.", "en", "president"),
    ("Before her election as chancellor, Paula Brandstetter ran a bakery.", "en", "chancellor"),
])
def test_an_office_someone_takes_is_no_mention_of_its_holder(text, lang, office):
    a = analyse(text, lang, "2023-06-14")
    assert linked(a, office) == []


def test_an_office_met_or_visited_is_still_its_holder():
    a = analyse("Olaf Scholz traf in Berlin den französischen Präsidenten.", "de", "2023-06-14")
    assert linked(a, "französischen Präsidenten") == ["Q3052772"]
    a = analyse("Olaf Scholz reist am Montag zum Papst nach Rom.", "de", "2023-06-14")
    assert linked(a, "Papst") == ["Q450675"]


def _analysed(text: str, lang: str, dct: str) -> Analysis:
    from kb.pipeline import analyse as pipeline

    return pipeline(Document(id="t", text=text, lang=lang, published=dt.date.fromisoformat(dct)))


@pytest.mark.parametrize("text,lang,office,expected", [
    ("In 2009, the German chancellor flew to Oslo.", "en", "German chancellor", "Q567"),
    ("Im März 2015 reiste die Bundeskanzlerin nach Oslo.", "de", "Bundeskanzlerin", "Q567"),
    ("The German chancellor remembered a trip to Oslo in 2009.", "en", "German chancellor", "Q61053"),
])
def test_an_office_in_a_sentence_opened_by_a_past_date_is_its_holder_then(text, lang, office, expected):
    assert linked(_analysed(text, lang, "2023-06-14"), office) == [expected]


@pytest.mark.parametrize("text,lang,office", [
    ("Prime Minister Dritan Kolasi landed in Oslo. The prime minister then met the mayor.", "en", "The prime minister"),
    ("Ministerpräsident Dritan Kolasi landete in Oslo. Danach traf der Ministerpräsident den Bürgermeister.", "de",
     "der Ministerpräsident"),
])
def test_an_office_alone_later_is_the_unknown_person_named_with_it(text, lang, office):
    a = analyse(text, lang, "2023-06-14")
    assert linked(a, office) == linked(a, "Dritan Kolasi") == ["local:dritan-kolasi"]


def test_an_office_with_a_holder_of_the_day_stays_that_holder():
    a = analyse("Prime Minister Dritan Kolasi landed in Oslo. The German chancellor met him.", "en", "2023-06-14")
    assert linked(a, "German chancellor") == ["Q61053"]


def test_a_country_adjective_before_a_collective_noun_is_a_name():
    a = analyse("Die dänische und die chilenische Delegation trafen sich in Oslo.", "de", "2023-06-14")
    kinds = {a.text[m.start:m.end]: m.kind for m in a.mentions}
    assert kinds.get("dänische") == "name" and kinds.get("chilenische") == "name"
    a = analyse("Dänische Schiffe liefen in Oslo ein.", "de", "2023-06-14")
    assert {a.text[m.start:m.end]: m.kind for m in a.mentions}.get("Dänische") == "adjective"


@pytest.mark.parametrize("text,lang", [
    ("Dritan Kolasi and Joe Biden met in Oslo.", "en"),
    ("Joe Biden, Dritan Kolasi and Olaf Scholz met in Oslo.", "en"),
    ("Olaf Scholz und Dritan Kolasi trafen sich in Oslo.", "de"),
])
def test_an_unknown_name_listed_with_a_known_person_is_a_person(text, lang):
    a = analyse(text, lang, "2023-06-14")
    assert linked(a, "Dritan Kolasi") == ["local:dritan-kolasi"]


@pytest.mark.parametrize("text", [
    "The Harbour Board and Joe Biden agreed on Monday.",
    "Officials of BBC News and Joe Biden spoke.",
])
def test_a_listed_phrase_after_a_determiner_or_in_capitals_is_no_person(text):
    a = analyse(text, "en", "2023-06-14")
    assert not [m for m in a.mentions if m.entities and m.entities[0].id.startswith("local:")
                and m.entities[0].kind == "person"]


@pytest.mark.parametrize("lang,text", [
    ("de", "Er sagte, beide Seiten seien bereit. Die beiden Politiker trafen sich; sie betonte, er werde kommen. "
           "ER UND SIE: beide."),
    ("en", "He said both sides were ready. The two leaders met; she stressed he would come. HE AND SHE: both."),
])
def test_guarded_reference_patterns_match_as_written(lang, text):
    """Coreference patterns are compiled behind a lookahead for the characters their matches begin
    with (kb.temporal.prefilter.guarded): the same matches as the patterns as written."""
    import re

    from kb.entities.coref import _references
    from kb.lang import read_lines

    written = [rf"(?<![\w\-])(?:{rx.strip()})(?![\w\-])" for kind, _, rx in
               (line.partition("\t") for line in read_lines(lang, "references.txt")) if kind.strip() != "place"]
    patterns = [p for _, p, _ in _references(lang)]
    assert len(written) == len(patterns)
    for source, pattern in zip(written, patterns):
        for t in (text, text.lower(), text.upper()):
            assert [m.span() for m in pattern.finditer(t)] == [m.span() for m in re.compile(source).finditer(t)]


REFERENCE_TEXTS = {
    "de": "Jens Falk traf Ilse Varga. Die beiden Politiker sprachen lange; er lobte sie, sie dankte ihm. "
          "Beide Seiten einigten sich. Das Land will mehr. Die beiden trafen sich wieder, als sie kamen; "
          "Er-Zählung, Sie-Form, ihnen, Erbe und Sieger zählen nicht.",
    "en": "Tom Becker met Anna Kovacs. The two leaders talked; he praised her, she thanked him. Both sides "
          "agreed. They later signed a pact. Their last meeting was in Oslo, after they met in Riga, before "
          "the two held talks. The country agrees. The 64-year-old had won. Hence, sheer theme, hem, "
          "the-two and bother give nothing.",
}


@pytest.mark.parametrize("lang", sorted(REFERENCE_TEXTS))
def test_one_scan_finds_what_each_reference_pattern_finds(lang):
    """kb.entities.coref._reference_hits: the places where any reference matches are found in one
    scan and each reference is tried there: the same matches as each pattern's own finditer."""
    from kb.entities.coref import _reference_hits, _reference_places, _references

    assert _reference_places(lang) is not None
    refs = _references(lang)
    for text in (REFERENCE_TEXTS[lang], REFERENCE_TEXTS[lang].lower(), REFERENCE_TEXTS[lang].upper(), "", "x"):
        for live in ([True] * len(refs), [k % 2 == 0 for k in range(len(refs))]):
            expected = [[m.span() for m in p.finditer(text)] if ok else [] for (_, p, _), ok in zip(refs, live)]
            assert [[m.span() for m in hits] for hits in _reference_hits(text, lang, live)] == expected
    assert sum(len(h) for h in _reference_hits(REFERENCE_TEXTS[lang], lang, [True] * len(refs))) >= 5


def test_references_that_cannot_share_a_scan():
    from kb.entities.coref import _plain_source

    assert _plain_source(r"[Tt]he two (?:leaders|men)")
    assert not _plain_source(r"(?P<w>he) \1")  # a named group and a back reference
    assert not _plain_source(r"(he) \1")
    assert not _plain_source(r"(?i:he)")  # flags of its own
    assert not _plain_source(r"(?:he)?")  # matches the empty string
    assert not _plain_source(r"(")


@pytest.mark.parametrize("text", [
    "``As I've said before, the harbour stays open,'' Nora Lind said.",
    "``So We're told again,'' Nora Lind said.",
])
def test_a_pronoun_with_a_contraction_before_a_speech_verb_is_no_name(text):
    a = analyse(text, "en")
    assert [m.text for m in a.mentions if m.entities] == ["Nora Lind"]


def test_two_unknown_capitalised_words_before_a_speech_verb_are_still_a_person():
    a = analyse("Wen Haolin said the harbour stays open.", "en")
    assert linked(a, "Wen Haolin") == ["local:wen-haolin"]
