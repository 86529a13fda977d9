"""Event extraction on sentences written for these tests (German and English)."""

from __future__ import annotations

import datetime as dt

import pytest

from kb import entities
from kb.events.rules import rules, status_cues
from kb.lang import examples
from kb.model import Document, Span
from kb.pipeline import analyse


def run(text: str, lang: str, dct: str = "2024-01-10", boilerplate=()):
    doc = Document(id="t", text=text, lang=lang, published=dt.date.fromisoformat(dct))
    if not boilerplate:
        return analyse(doc)
    # run the steps by hand so that the given boilerplate spans are used
    from kb import claims, events, sentences, temporal
    from kb.model import Analysis
    a = Analysis(document=doc, boilerplate=list(boilerplate))
    for step in (sentences, temporal, entities, events, claims):
        step.annotate(a)
    return a


def record_type(ev) -> str:
    return {"ReElection": "Election"}.get(ev.type, ev.type)


# -- the worked examples of events.txt ----------------------------------------------------------

def _event_examples():
    for lang in ("de", "en"):
        for ex in examples(lang, "events.txt"):
            yield pytest.param(lang, ex, id=f"{lang}:{ex[:40]}")


@pytest.mark.parametrize("lang,example", list(_event_examples()))
def test_events_file_examples(lang, example):
    text, _, expected = example.partition(" -> ")
    dct = "2024-01-10"
    if " | " in text:
        text, dct = text.split(" | ")
    want = expected.split()
    a = run(text, lang, dct)
    if want[0] == "no":
        assert not [e for e in a.events if e.type == want[1]], (example, [(e.type, e.status) for e in a.events])
        return
    found = [e for e in a.events if record_type(e) == want[0] or e.type == want[0]]
    assert found, (example, [(e.type, e.status) for e in a.events])
    ev = found[0]
    assert ev.status == want[1], (example, ev.status)
    for item in want[2:]:
        key, _, value = item.partition("=")
        if key == "place":
            assert ev.place is not None and ev.place.entity.id == value
        else:
            assert any(p.role == key and p.entity and p.entity.id == value for p in ev.participants), \
                (example, [(p.role, p.entity and p.entity.id) for p in ev.participants])


def _status_examples():
    for lang in ("de", "en"):
        for ex in examples(lang, "status.txt"):
            yield pytest.param(lang, ex, id=f"{lang}:{ex[:30]}")


@pytest.mark.parametrize("lang,example", list(_status_examples()))
def test_status_file_examples(lang, example):
    text, _, expected = example.partition(" -> ")
    found = next((status for status, pat in status_cues(lang) if pat.search(text)), "past")
    assert found == expected.strip()


def test_every_language_has_trigger_rules_for_the_core_types():
    for lang in ("de", "en"):
        types = {r.type for r in rules(lang).triggers}
        assert {"StateVisit", "Meeting", "Summit", "PhoneCall", "Election", "Statement", "Announcement",
                "AgreementSigning", "ArmedConflictStart", "Other"} <= types


# -- a short article of our own, in both languages ------------------------------------------------

DE_ARTICLE = (
    "Der Präsident Frankreichs, Emmanuel Macron, will nach italienischen Angaben noch in dieser "
    "Woche nach Rom reisen. Wie das Außenministerium in Rom am Montag bekanntgab, ist Macron am "
    "Donnerstag und Freitag auf Einladung von Ministerpräsidentin Giorgia Meloni zu Gast in der "
    "italienischen Hauptstadt. Über Migration wollen sich die beiden Politiker dabei "
    "austauschen.\n\n"
    "Die Reise ist Macrons erster Auslandsbesuch nach seiner Wiederwahl im April 2022 und sein "
    "dritter Besuch in Italien innerhalb von zwei Jahren. Macron und Meloni haben sich seit "
    "Januar 2021 schon viermal getroffen.")


def test_german_article_visit_announcement_meeting():
    a = run(DE_ARTICLE, "de", "2023-06-19")  # a Monday
    by_type = {}
    for ev in a.events:
        by_type.setdefault(ev.type, []).append(ev)
    visit = next(e for e in by_type["StateVisit"] if not e.implied_by)
    roles = {p.entity.id: p.role for p in visit.participants}
    assert roles["Q3052772"] == "guest" and roles.get("local:giorgia-meloni") == "host"
    assert visit.place.entity.id == "Q220"
    assert visit.date.value == "2023-06-22/2023-06-23" and visit.status == "planned"
    ann = by_type["Announcement"][0]
    assert ann.participants[0].entity.id == "local:mfa-italy" or "Italy" in ann.participants[0].entity.name
    assert ann.date.value == "2023-06-19" and ann.status == "past"
    meeting = by_type["Meeting"][0]
    assert {p.entity.id for p in meeting.participants} == {"Q3052772", "local:giorgia-meloni"}
    assert meeting.status == "planned" and meeting.date.value == visit.date.value and meeting.date.uncertain
    election = by_type["ReElection"][0]
    assert election.date.value == "2022-04" and election.office == "President of France"
    assert election.outcome == "re-elected"
    # ids in text order, evidence slices back to the text
    assert [e.id for e in a.events] == [f"e{i}" for i in range(1, len(a.events) + 1)]
    for ev in a.events:
        assert ev.evidence.slice(a.text).strip()


EN_ARTICLE = (
    "Prime Minister Justin Trudeau of Canada will travel to Tokyo next week, the Japanese foreign "
    "ministry announced on Tuesday. Trudeau will hold talks with Prime Minister Fumio Kishida on "
    "Thursday. It will be the Canadian leader's second visit to Japan within eight months.")


def test_english_article_visit_talks_claim():
    a = run(EN_ARTICLE, "en", "2023-05-09")  # a Tuesday
    visit = next(e for e in a.events if e.type == "StateVisit" and not e.implied_by)
    assert visit.participants[0].entity.id == "Q3099714" and visit.participants[0].role == "guest"
    assert visit.place.entity.id == "Q1490" and visit.status == "planned"
    assert visit.date.value == "2023-05-15/2023-05-21"
    ann = next(e for e in a.events if e.type == "Announcement")
    assert ann.date.value == "2023-05-09"
    talks = next(e for e in a.events if e.type == "Meeting")
    assert {p.entity.id for p in talks.participants} == {"Q3099714", "local:fumio-kishida"}
    assert talks.date.value == "2023-05-11" and talks.status == "planned"
    claim = next(c for c in a.claims if c.kind == "ordinal")
    assert claim.value == 2 and claim.within == "P8M" and claim.event_type == "StateVisit"


@pytest.mark.parametrize("text,lang,etype,status", [
    ("Der Kanzler telefonierte am Freitag mit dem Präsidenten der USA.", "de", "PhoneCall", "past"),
    ("Chancellor Olaf Scholz spoke by phone with President Joe Biden on Friday.", "en", "PhoneCall", "past"),
    ("Die Staats- und Regierungschefs der G20 werden am 9. September zum Gipfel in Neu-Delhi zusammenkommen.",
     "de", "Summit", "planned"),
    ("The leaders of the G20 will meet for a summit in New Delhi on September 9.", "en", "Summit", "planned"),
    ("Joe Biden sagte am Dienstag, die Gespräche seien gut verlaufen.", "de", "Statement", "past"),
    ("Joe Biden said on Tuesday that the talks had gone well.", "en", "Statement", "past"),
    ("Die Außenminister Russlands und Chinas unterzeichneten am Montag ein Abkommen.", "de",
     "AgreementSigning", "past"),
    ("Russia and China signed an agreement on Monday.", "en", "AgreementSigning", "past"),
    ("Scholz hat seinen Besuch in Moskau abgesagt.", "de", "StateVisit", "did_not_occur"),
    ("Olaf Scholz cancelled his visit to Moscow.", "en", "StateVisit", "did_not_occur"),
    ("Olaf Scholz would visit Moscow if the talks succeed.", "en", "StateVisit", "hypothetical"),
    ("Macron könnte im Herbst nach Peking reisen.", "de", "StateVisit", "hypothetical"),
])
def test_each_type_and_status(text, lang, etype, status):
    a = run(text, lang, "2023-01-11")
    found = [e for e in a.events if e.type == etype]
    assert found, [(e.type, e.status) for e in a.events]
    assert found[0].status == status


def test_war_start_needs_a_date_and_names_aggressor_and_place():
    a = run("Seit dem Beginn des russischen Angriffskriegs gegen die Ukraine im Februar 2022 "
            "reiste Scholz zweimal nach Kiew.", "de", "2023-03-01")
    war = next(e for e in a.events if e.type == "ArmedConflictStart")
    assert war.date.value == "2022-02" and war.participants[0].entity.id == "Q159"
    assert war.place.entity.id == "Q212"
    a = run("Russland begründet seinen Krieg gegen die Ukraine.", "de", "2023-03-01")
    assert not [e for e in a.events if e.type == "ArmedConflictStart"]


def test_election_winner_loser_and_office():
    a = run("Emmanuel Macron hat am 24. April 2022 die französische Präsidentschaftswahl gegen "
            "Marine Le Pen gewonnen.", "de", "2022-04-25")
    ev = next(e for e in a.events if e.type == "Election")
    roles = {p.role: p.entity.name for p in ev.participants}
    assert roles["winner"] == "Emmanuel Macron" and roles["loser"] == "Marine Le Pen"
    assert ev.date.value == "2022-04-24" and ev.office == "President of France"


def test_boilerplate_yields_no_events():
    text = "Angela Merkel besuchte am Montag Paris.\nMehr News: Merkel traf am Dienstag Macron."
    start = text.index("Mehr")
    a = run(text, "de", "2019-05-08", boilerplate=[Span(start, len(text))])
    assert a.events and all(e.evidence.end <= start for e in a.events)


def test_statements_of_one_speaker_on_one_day_are_one_event():
    a = run("„Wir sind zufrieden“, sagte Scholz. Er fügte hinzu, die Lage sei ernst, sagte Scholz weiter. "
            "Das sei ein Erfolg, sagte Scholz.", "de", "2023-02-01")
    assert len([e for e in a.events if e.type == "Statement"]) == 1


def test_quoted_speech_tells_events_with_its_speaker():
    a = run('"We will meet President Xi in Beijing next week", Joe Biden said on Monday.', "en", "2023-03-06")
    assert sorted(e.type for e in a.events) == ["Meeting", "Statement"]
    meeting = next(e for e in a.events if e.type == "Meeting")
    assert meeting.status == "planned" and {p.entity.id for p in meeting.participants if p.entity} == {"Q6279", "Q15031"}


def test_a_list_of_dates_before_an_event_noun_gives_one_event_each():
    a = run("The ministers reviewed the March 3, 2019, and June 5, 2020, agreements between Russia and "
            "Armenia.", "en", "2021-01-10")
    dates = sorted(e.date.value for e in a.events if e.type == "AgreementSigning")
    assert dates == ["2019-03-03", "2020-06-05"]


def test_hosted_state_visit_roles_and_place():
    a = run("President Joe Biden will host Chancellor Olaf Scholz for a state visit on March 3.", "en", "2023-02-20")
    visit = next(e for e in a.events if e.type == "StateVisit")
    roles = {p.entity.id: p.role for p in visit.participants}
    assert roles == {"Q6279": "host", "Q61053": "guest"}
    assert visit.place.entity.id == "Q30" and visit.date.value == "2023-03-03"


def test_unnamed_spokesperson_speaks_unlinked():
    a = run("Scholz reist nach Paris, wie ein Regierungssprecher am Montag in Berlin mitteilte.", "de", "2023-02-20")
    ann = next(e for e in a.events if e.type == "Announcement")
    assert ann.participants[0].entity is None and ann.participants[0].label == "ein Regierungssprecher"
    assert ann.date.value == "2023-02-20"


def test_the_parties_are_the_participants_of_the_event_before():
    a = run("Olaf Scholz will hold talks with Pedro Sánchez in Madrid on May 5. Afterwards, "
            "the parties are to sign a joint declaration.", "en", "2022-05-01")
    signing = next(e for e in a.events if e.type == "AgreementSigning")
    assert {p.entity.id for p in signing.participants} >= {"Q61053"}
    assert all(p.label == "the parties" for p in signing.participants)
    assert signing.date.value == "2022-05-05" and signing.date.uncertain


def test_impersonal_announcement_is_made_by_the_issuer():
    a = run("Office of the Press Secretary\n\nAs announced today, the President is to receive Chancellor "
            "Olaf Scholz next week.", "en", "2023-02-20")
    ann = next(e for e in a.events if e.type == "Announcement")
    assert ann.participants[0].entity.id == "local:white-house-press-secretary"


@pytest.mark.parametrize("text,place", [
    ("Paula Brandstetter travels to the Middle East in May.", "Middle East"),
    ("Paula Brandstetter will travel to the Balkans on Monday.", "Balkans"),
])
def test_a_region_named_with_its_article_is_the_place_of_a_visit(text, place):
    visits = [e for e in run(text, "en", "2023-06-14").events if e.type == "StateVisit"]
    assert len(visits) == 1 and visits[0].place.label == place and visits[0].status == "planned"


def test_an_article_before_a_common_noun_is_no_place():
    assert not [e for e in run("Paula Brandstetter travelled to the capital on Monday.", "en").events
                if e.type == "StateVisit" and e.place is not None and e.place.entity is None]
