"""Count and ordinal claims, their windows and the events ordinals imply (own sentences)."""

from __future__ import annotations

import datetime as dt

import pytest

from kb.claims import cues
from kb.claims.grammar import phrases
from kb.claims.lexicon import lexicon
from kb.lang import examples
from kb.model import Document
from kb.pipeline import analyse


def run(text: str, lang: str, dct: str = "2024-05-14"):
    return analyse(Document(id="t", text=text, lang=lang, published=dt.date.fromisoformat(dct)))


def _examples():
    for lang in ("de", "en"):
        for ex in examples(lang, "claims.txt"):
            yield pytest.param(lang, ex, id=f"{lang}:{ex[:40]}")


@pytest.mark.parametrize("lang,example", list(_examples()))
def test_claims_file_examples(lang, example):
    """``EXAMPLE: sentence -> kind value type [qualifier] [key=value...]`` or ``-> nothing``."""
    text, _, expected = example.partition(" -> ")
    # the examples speak about a person the text does not name: give them one
    a = run(("Olaf Scholz reiste ab. " if lang == "de" else "Olaf Scholz left. ") + text, lang, "2023-06-01")
    if expected.strip() == "nothing":
        assert a.claims == [], (example, [(c.kind, c.value, c.event_type) for c in a.claims])
        return
    kind, value, etype, *rest = expected.split()
    found = [c for c in a.claims if c.kind == kind and str(c.value) == value]
    assert found, (example, [(c.kind, c.value, c.event_type) for c in a.claims])
    claim = found[0]
    assert claim.event_type == etype, (example, claim.event_type)
    assert claim.participants, example
    for item in rest:
        key, has, want = item.partition("=")
        if not has:
            assert claim.qualifier == key, (example, claim.qualifier)
            continue
        got = {"within": claim.within, "since": claim.since.value if claim.since else None,
               "date": claim.date.value if claim.date else None}[key]
        assert got == want, (example, key, got)


def test_count_claim_with_since_participants_and_as_of():
    a = run("Seit Februar 2022 haben sich Xi Jinping und Wladimir Putin bereits vier Mal persönlich "
            "getroffen.", "de", "2024-05-14")
    (claim,) = a.claims
    assert claim.kind == "count" and claim.value == 4 and claim.event_type == "Meeting"
    assert {p.entity.id for p in claim.participants} == {"Q15031", "Q7747"}
    assert claim.since.value == "2022-02" and claim.as_of == dt.date(2024, 5, 14)
    # a count is not itself a meeting
    assert not [e for e in a.events if e.type == "Meeting"]


def test_english_count_of_phone_calls():
    a = run("Since January 2023 Joe Biden and Olaf Scholz have held eight phone calls.", "en", "2023-11-02")
    claim = next(c for c in a.claims if c.kind == "count")
    assert claim.value == 8 and claim.event_type == "PhoneCall" and claim.since.value == "2023-01"


def test_ordinal_within_implies_an_earlier_event_with_bounds():
    a = run("Emmanuel Macron wird am Donnerstag Berlin besuchen. Es ist sein zweiter Deutschland-Besuch "
            "binnen sieben Monaten.", "de", "2023-06-19")
    claim = next(c for c in a.claims if c.kind == "ordinal")
    assert claim.value == 2 and claim.within == "P7M" and claim.event_type == "StateVisit"
    visit = next(e for e in a.events if e.id == claim.event)
    assert visit.date.value == "2023-06-22"
    implied = next(e for e in a.events if e.id == claim.implies)
    assert implied.implied_by == claim.id and implied.status == "past" and implied.date.uncertain
    # between seven months before publication and the day before the visit
    assert implied.date.earliest == dt.date(2022, 11, 1) and implied.date.latest == dt.date(2023, 6, 21)
    assert implied.participants[0].entity.id == "Q3052772"


def test_first_trip_since_reelection_takes_the_election_date():
    a = run("Olaf Scholz will travel to Japan on Friday. It is his first trip abroad since his "
            "re-election in March.", "en", "2024-05-14")
    claim = next(c for c in a.claims if c.kind == "ordinal")
    assert claim.value == 1 and claim.since.value == "2024-03" and claim.implies is None


def test_fifth_summit_between_the_two_leaders():
    a = run("Joe Biden met Xi Jinping in San Francisco on Wednesday. It was the fifth summit "
            "between the two leaders.", "en", "2023-11-16")
    claim = next(c for c in a.claims if c.kind == "ordinal")
    assert claim.value == 5 and claim.event_type == "Summit"
    assert {p.entity.id for p in claim.participants} == {"Q6279", "Q15031"}


def test_again_phrase_and_last():
    a = run("Papst Franziskus besucht zum dritten Mal Portugal.", "de", "2023-07-01")
    assert [(c.kind, c.value) for c in a.claims] == [("ordinal", 3)]
    a = run("The last visit of Pope Benedict XVI to Germany was in 2011.", "en", "2015-01-01")
    assert any(c.value == "last" for c in a.claims)


def test_cue_reader():
    """The questions the event extractor asks (is this trigger part of a claim?)."""
    c = cues("de")
    assert c.ordinal_before("seinen zweiten China-") == 2
    assert c.ordinal_before("am 9. September zum ") is None
    assert c.count_around("sie haben sich drei Mal getroffen")
    assert not c.count_around("eine Reise in die sieben Staaten")  # the trip stays an event
    assert not cues("en").count_around("a new round of P5+1 talks in Vienna")


def test_phrases_of_a_sentence():
    text = "Es war ihr zweites Telefonat und das dritte Treffen binnen eines Jahres."
    found = phrases(text, lexicon("de"), 0, len(text))
    assert [(p.kind, p.value, p.etype, text[p.start:p.end]) for p in found] == [
        ("ordinal", 2, "PhoneCall", "zweites Telefonat"), ("ordinal", 3, "Meeting", "dritte Treffen")]


def test_own_german_article_claims_like_the_seed():
    from tests.test_events import DE_ARTICLE

    a = run(DE_ARTICLE, "de", "2023-06-19")
    got = {(c.kind, c.value): c for c in a.claims}
    first = got[("ordinal", 1)]
    assert first.since.value == "2022-04" and first.event_type == "StateVisit"
    third = got[("ordinal", 3)]
    assert third.within == "P2Y" and third.implies is not None
    count = got[("count", 4)]
    assert count.event_type == "Meeting" and count.since.value == "2021-01"
    assert {p.entity.id for p in count.participants} == {"Q3052772", "local:giorgia-meloni"}
    assert all(c.as_of == dt.date(2023, 6, 19) for c in a.claims)
    visit = next(e for e in a.events if e.type == "StateVisit" and not e.implied_by)
    assert first.event == visit.id == third.event


# -- owners, windows, scopes, "last" and terms: own sentences, both languages ------------------


def _claims(text, lang, dct="2024-05-14"):
    return [(c.kind, c.value, c.event_type, c.qualifier) for c in run(text, lang, dct).claims]


def test_a_genitive_owns_the_ordinal():
    a = run("Joe Biden and Emmanuel Macron met in Rome. It was Macron's third visit to Italy this year.", "en")
    (claim,) = a.claims
    assert claim.value == 3 and [p.entity.id for p in claim.participants] == ["Q3052772"]
    assert claim.place.entity.id == "Q38"
    assert claim.since.value == "2024-01-01/2024-12-31"  # "this year" is the window


def test_a_plural_possessive_of_two_named_people_is_both():
    a = run("Olaf Scholz und Emmanuel Macron telefonierten am Montag, ihr zweites Telefonat binnen einer Woche.",
            "de")
    claim = next(c for c in a.claims if c.value == 2)
    assert claim.event_type == "PhoneCall" and claim.within == "P1W"
    assert {p.entity.id for p in claim.participants} == {"Q61053", "Q3052772"}


def test_each_claim_takes_its_own_window():
    a = run("Es ist Scholz' erste Reise nach China seit seiner Wahl und sein dritter Besuch in Asien "
            "binnen zwei Jahren.", "de", "2024-04-14")
    first, third = sorted(a.claims, key=lambda c: c.phrase.start)
    assert (first.value, first.within, first.window_text) == (1, None, "seit seiner Wahl")
    assert (third.value, third.within) == (3, "P2Y")


def test_windows_of_every_shape():
    a = run("Olaf Scholz will visit Kenya on Monday, his second trip to Africa in three years.", "en")
    assert a.claims[0].within == "P3Y"
    a = run("Olaf Scholz travels to Japan, his first trip abroad after his re-election in March.", "en")
    claim = a.claims[0]
    assert claim.since.value == "2024-03" and claim.abroad and claim.scope == "abroad"
    # taking office: the gazetteer's tenure start, when it began less than four years before
    a = run("Olaf Scholz travels to Japan. It is his first trip since taking office.", "en")
    assert a.claims[0].since.value == "2021-12-08" and a.claims[0].window_text == "since taking office"
    # a longer tenure may hold a later inauguration: the window stays words
    a = run("Emmanuel Macron travels to Japan. It is his first trip since taking office.", "en")
    assert a.claims[0].since is None and a.claims[0].window_text == "since taking office"


def test_terms_of_office_are_ordinal_claims_about_elections():
    assert _claims("Olaf Scholz wurde am Sonntag in seine dritte Amtszeit gewählt.", "de") == [
        ("ordinal", 3, "Election", "term")]
    assert _claims("Joe Biden is seeking a second term.", "en") == [("ordinal", 2, "Election", "term")]
    assert _claims("Während seiner zweiten Amtszeit reiste Olaf Scholz viel.", "de") == []


def test_last_claims_give_their_date():
    a = run("Olaf Scholz und Emmanuel Macron trafen sich zuletzt im Februar 2023.", "de")
    (claim,) = a.claims
    assert (claim.value, claim.event_type, claim.date.value) == ("last", "Meeting", "2023-02")
    a = run("The last telephone conversation between Joe Biden and Olaf Scholz took place on 2 March 2024.", "en")
    (claim,) = a.claims
    assert (claim.value, claim.event_type, claim.date.value) == ("last", "PhoneCall", "2024-03-02")
    a = run("Joe Biden and Olaf Scholz have not met since 2021.", "en")
    assert a.claims[0].date.value == "2021"


def test_non_event_numbers_make_no_claim():
    for text, lang in [
        ("Olaf Scholz gewann im ersten Wahlgang.", "de"),
        ("Die erste Station seiner Asienreise ist Tokio, sagte Olaf Scholz.", "de"),
        ("Olaf Scholz traf die Chefs der zehn größten Konzerne.", "de"),
        ("Olaf Scholz said the two countries would cooperate.", "en"),
        ("Olaf Scholz attended one of the meetings.", "en"),
        ("Olaf Scholz met the First Minister of Scotland.", "en"),
        ("On December 7 talks between Olaf Scholz and Joe Biden began.", "en"),
    ]:
        assert _claims(text, lang) == [], text


def test_a_role_ordinal_belongs_to_its_subject():
    a = run("Emmanuel Macron ist der erste französische Präsident, der die Insel besucht.", "de")
    (claim,) = a.claims
    assert (claim.value, claim.qualifier, claim.event_type) == (1, "class", "StateVisit")
    assert [p.entity.id for p in claim.participants] == ["Q3052772"]


def test_a_repeated_claim_is_made_once():
    text = "Olaf Scholz travels to Japan. It is his first trip abroad. Indeed it is his first trip abroad."
    assert len(run(text, "en").claims) == 1


def test_an_unknown_person_named_as_subject_owns_a_role_ordinal_unlinked():
    a = run("Maren Beispielfeld has been sworn in as the first female governor of the province.", "en")
    (claim,) = a.claims
    assert claim.qualifier == "class" and claim.participants[0].entity is None
    assert claim.participants[0].label == "Maren Beispielfeld"
    # a title is no name
    assert run("Prime Minister has become the first governor of the province.", "en").claims == []


def test_an_anniversary_of_relations_belongs_to_the_countries_its_sentence_names():
    for text, lang in [
        ("They discussed cooperation between Poland and Germany ahead of the 30th anniversary of "
         "diplomatic relations.", "en"),
        ("Sie sprachen über die Zusammenarbeit von Polen und Deutschland zum 30. Jahrestag der "
         "diplomatischen Beziehungen.", "de"),
    ]:
        (claim,) = run(text, lang).claims
        assert (claim.value, claim.qualifier, claim.implies) == (30, "anniversary", None)
        assert {p.entity.id for p in claim.participants} == {"Q36", "Q183"}


# --- speaker and addressee ("your first visit", "my first trip") -------------------------------

def _owners(a):
    return [(c.kind, c.value, [p.label for p in c.participants]) for c in a.claims]


def test_transcript_turns_give_your_to_the_addressee_and_my_to_the_speaker():
    text = ("Talks with Joe Biden. President of Germany Olaf Scholz: Mr President, this is your "
            "second visit this year. Joe Biden: Thank you. My first visit to Bonn was in 1980.")
    a = run(text, "en", "2023-06-01")
    claims = _owners(a)
    assert ("ordinal", 2, ["Joe Biden"]) in claims
    assert ("ordinal", 1, ["Joe Biden"]) in claims
    assert not [c for c in claims if "Olaf Scholz" in " ".join(c[2])]


def test_you_as_subject_of_a_count_is_the_addressee():
    a = run("Olaf Scholz: You have now visited Germany four times. Joe Biden: And I always come back gladly.", "en")
    assert _owners(a) == [("count", 4, ["Joe Biden"])]


def test_a_speaking_verb_names_the_addressee():
    a = run('Olaf Scholz told Joe Biden: "This is your fourth visit to Germany since your election."', "en")
    assert _owners(a) == [("ordinal", 4, ["Joe Biden"])]
    a = run("Olaf Scholz sagte zu Joe Biden: Dies ist Ihr vierter Besuch in Deutschland.", "de")
    assert _owners(a) == [("ordinal", 4, ["Joe Biden"])]


def test_a_label_with_a_name_kb_does_not_know_is_an_unlinked_speaker():
    text = ("Olaf Scholz: Welcome, Mr President. I am glad you came. "
            "President of Erewhon Talvo Marankis(retranslated): Thank you. This is my first visit "
            "abroad since my election.")
    a = run(text, "en", "2023-06-01")
    (claim,) = a.claims
    assert claim.value == 1 and [p.label for p in claim.participants] == ["Talvo Marankis"]
    assert claim.participants[0].entity is None


def test_outside_a_turn_your_is_not_the_speech_owner():
    a = run("Olaf Scholz said your first visit matters.", "en")
    assert [p.label for c in a.claims for p in c.participants] == ["Olaf Scholz"]


def test_a_claim_told_again_with_other_modifiers_is_one_claim():
    text = ("Ana Varga won a second term on Sunday. The result secures her a second four-year term. "
            "She will begin her second term in March.")
    a = run(text, "en", "2009-12-07")
    assert [(c.kind, c.value) for c in a.claims] == [("ordinal", 2)]
    # a role ordinal's words are its claim: two different firsts stay two
    a = run("Giorgia Meloni ist die erste Frau im Palazzo Chigi. Sie ist die erste Regierungschefin aus Rom.", "de")
    assert len(a.claims) == 2


def test_a_visit_ordinal_is_the_guests_not_the_hosts():
    a = run("Lena Hartmann hosted Emmanuel Macron in Berlin, his first trip abroad since his re-election.", "en")
    assert [p.label for c in a.claims for p in c.participants] == ["Emmanuel Macron"]
    a = run("Olaf Scholz empfing Emmanuel Macron in Berlin, es ist seine erste Auslandsreise seit März.", "de")
    assert [p.label for c in a.claims for p in c.participants] == ["Emmanuel Macron"]
    # the host's own trip stays the host's
    a = run("Emmanuel Macron flew to Berlin on Monday, his first trip abroad this year.", "en")
    assert [p.label for c in a.claims for p in c.participants] == ["Emmanuel Macron"]


def test_each_phrase_names_the_grammar_path_that_found_it():
    lex = lexicon("en")
    text = "It is her third visit to Chile. They met for the second time. They last met in 2020."
    found = {text[p.start:p.end]: p.rule for p in phrases(text, lex, 0, len(text))}
    assert found["third visit"] == "np-ordinal:event:StateVisit"
    assert found["for the second time"].startswith("again:")
    assert found["last"].startswith("last:")
