"""Issue 9, aggregate claims: more count and ordinal constructions, with sentences of our own in
German and English, including sentences that must make no claim (generic or habitual counts,
rankings, anniversaries), and the rule that a claim whose window would be inverted is dropped.

Each case: the construction, the language, the sentence and what the claim must be (``kind value
type`` and, where the construction is about them, owner labels, qualifier, window); ``None``: no
claim at all.
"""

from __future__ import annotations

import pytest

from tests.test_claims_constructions import C, check_case, run

CASES = [
    # -- "on two previous occasions" ----------------------------------------------------------
    ("occasions with a modifier", "en", "Mara Quist had travelled to Peru on two previous occasions.",
     C("count", 2, "StateVisit", owner={"Mara Quist"})),
    ("occasions with a modifier", "de", "Olaf Scholz war bereits bei zwei früheren Gelegenheiten in Kenia.",
     C("count", 2, "StateVisit", owner={"Olaf Scholz"})),
    ("no claim: occasions of no event", "en", "Olaf Scholz had warned on two previous occasions that the budget was too small.",
     None),
    ("no claim: occasions of no event", "de", "Olaf Scholz hatte bei zwei früheren Gelegenheiten vor dem Haushalt gewarnt.",
     None),
    # -- places of a trip, verb last ------------------------------------------------------------
    ("places, verb last", "de", "Olaf Scholz wird in der kommenden Woche vier südamerikanische Länder besuchen.",
     C("count", 4, "StateVisit", qualifier="stops", owner={"Olaf Scholz"})),
    ("places, verb last", "de", "Olaf Scholz hat seit Januar drei Länder bereist.",
     C("count", 3, "StateVisit", qualifier="stops", since="2024-01")),
    ("no claim: a ranking of places, verb last", "de", "Olaf Scholz will die fünf größten Städte des Landes besuchen.", None),
    ("no claim: a ranking of places", "en", "Olaf Scholz wants to visit the five largest cities of the country.", None),
    # -- voting rounds: from the second on, a claim about rounds (not elections) ----------------------
    ("voting round", "de", "Olaf Scholz gewann die Wahl im zweiten Wahlgang gegen Friedrich Merz.",
     C("ordinal", 2, "Election", qualifier="round", owner={"Olaf Scholz", "Friedrich Merz"})),
    ("voting round", "en", "Olaf Scholz beat Friedrich Merz when the ballot went to a second round of voting.",
     C("ordinal", 2, "Election", qualifier="round", owner={"Olaf Scholz", "Friedrich Merz"})),
    ("count of ballots", "de", "Olaf Scholz wurde nach drei Wahlgängen gewählt.", C("count", 3, "Election", qualifier="round")),
    ("count of ballots", "en", "Olaf Scholz was elected after four ballots.", C("count", 4, "Election", qualifier="round")),
    ("elided round", "en", "In the election Olaf Scholz led after the first round but lost the second.",
     C("ordinal", 2, "Election", qualifier="round")),
    ("no claim: a first round", "de", "Olaf Scholz wurde im ersten Wahlgang gewählt.", None),
    ("no claim: a first round", "en", "Olaf Scholz won in the first round of voting.", None),
    ("no claim: a round of no vote", "en", "Olaf Scholz announced the fifth round of sanctions.", None),
    ("no claim: a round of no vote", "en", "Olaf Scholz won the title in the fifth round.", None),
    # -- a role ordinal about an election ----------------------------------------------------------
    ("role ordinal: an election in its words", "en", "Mara Quist was sworn in as the country's first elected female mayor.",
     C("ordinal", 1, "Election", qualifier="class")),
    ("role ordinal: an election in its words", "de", "Olaf Scholz ist der erste frei gewählte Präsident des Landes.",
     C("ordinal", 1, "Election", qualifier="class", owner={"Olaf Scholz"})),
    ("role ordinal: Wahl zum", "de", "Olaf Scholz gratulierte Joe Biden zu seiner Wahl zum 46. Präsidenten.",
     C("ordinal", 46, "Election", qualifier="class", owner={"Joe Biden"})),
    ("role ordinal: no election", "en", "Olaf Scholz is the first left-handed chancellor of the country.",
     C("ordinal", 1, "Other", qualifier="class")),
    ("role ordinal: appointed, no election", "de", "Olaf Scholz ernannte Anna Weber zur ersten Ministerin für Digitales.",
     C("ordinal", 1, "Other", qualifier="class", owner={"Anna Weber"})),
    # -- "in as many years" after the place a phrase names -----------------------------------------
    ("in as many years after a place", "en", "Olaf Scholz is making his fourth visit to Kenya in as many years.",
     C("ordinal", 4, "StateVisit", within="P4Y")),
    ("in as many years after a place", "de", "Olaf Scholz besucht Kenia zum dritten Mal in ebenso vielen Jahren.",
     C("ordinal", 3, "StateVisit", within="P3Y")),
    ("as many, not the phrase's window", "en", "It is the fourth visit of Olaf Scholz to Kenya, with stops in as many days.",
     C("ordinal", 4, "StateVisit", within=None)),
    # -- participants: the subject of a meeting "with" someone, the antecedent of a relative clause --
    ("owner: subject and the party 'with'", "en", "Olaf Scholz held two rounds of talks with Joe Biden.",
     C("count", 2, "Meeting", owner={"Olaf Scholz", "Joe Biden"})),
    ("owner: subject and the party 'with'", "de", "Olaf Scholz führte das dritte Gespräch mit Joe Biden.",
     C("ordinal", 3, "Meeting", owner={"Olaf Scholz", "Joe Biden"})),
    ("owner: a relative clause's antecedent", "en", "Olaf Scholz, who has met Joe Biden six times, arrived on Monday.",
     C("count", 6, "Meeting", owner={"Olaf Scholz", "Joe Biden"})),
    ("owner: a relative clause's antecedent", "de", "Olaf Scholz, der Joe Biden bereits sechsmal getroffen hat, kam am Montag an.",
     C("count", 6, "Meeting", owner={"Olaf Scholz", "Joe Biden"})),
    ("owner: 'between' names every party", "en", "Olaf Scholz praised the second summit between Joe Biden and Emmanuel Macron.",
     C("ordinal", 2, "Summit", owner={"Joe Biden", "Emmanuel Macron"})),
    ("owner: 'zwischen' names every party", "de", "Olaf Scholz lobte das zweite Treffen zwischen Joe Biden und Emmanuel Macron.",
     C("ordinal", 2, "Meeting", owner={"Joe Biden", "Emmanuel Macron"})),
    # -- this week: a window; last week: the event's date ---------------------------------------------
    ("window: this week", "en", "It is Olaf Scholz's third trip abroad this week.",
     C("ordinal", 3, "StateVisit", since="2024-05-13/2024-05-19")),
    ("window: this week", "de", "Es ist die dritte Auslandsreise von Olaf Scholz in dieser Woche.",
     C("ordinal", 3, "StateVisit", since="2024-05-13/2024-05-19")),
    ("no window: last week dates the event", "en", "Olaf Scholz and Joe Biden met for the second time last week.",
     C("ordinal", 2, "Meeting", since=None)),
    ("no window: last week dates the event", "de", "Olaf Scholz und Joe Biden trafen sich vergangene Woche zum zweiten Mal.",
     C("ordinal", 2, "Meeting", since=None)),
    # -- rankings are no ordinal claims ------------------------------------------------------------
    ("no claim: a ranking", "en", "Kenya is the third largest country in Africa, said Olaf Scholz.", None),
    ("no claim: a ranking", "en", "Olaf Scholz leads the second most populous nation.", None),
    ("no claim: a ranking", "de", "Kenia ist das dritte größte Land Afrikas, sagte Olaf Scholz.", None),
    ("no claim: a ranking", "de", "Olaf Scholz ist der dritte reichste Mann des Landes.", None),
    ("role ordinal with an adjective in -est that is none", "en", "Olaf Scholz is the first West German chancellor to visit Kenya.",
     C("ordinal", 1, "StateVisit", qualifier="class")),
    ("role ordinal, no superlative", "de", "Olaf Scholz ist der erste ostdeutsche Kanzler.", C("ordinal", 1, "Other", qualifier="class")),
    # -- anniversaries and habitual counts ---------------------------------------------------------
    ("no claim: an anniversary of no event", "en", "Olaf Scholz celebrated a 75th anniversary of the constitution.", None),
    ("no claim: habitual", "en", "Olaf Scholz visits Kenya once a year.", None),
    ("no claim: habitual", "de", "Olaf Scholz besucht Kenia einmal im Jahr.", None),
    ("no claim: a series' rhythm", "en", "Olaf Scholz said the summit takes place every three years.", None),
    ("no claim: a series' rhythm", "de", "Olaf Scholz sagte, der Gipfel finde alle drei Jahre statt.", None),
    # -- terms: "second and final", "last term" --------------------------------------------------------
    ("term: an adjective shares the head", "en", "Olaf Scholz began his second and final term.",
     C("ordinal", 2, "Election", qualifier="term")),
    ("term: an adjective shares the head", "en", "Olaf Scholz and Joe Biden held their first and only meeting in Rome.",
     C("ordinal", 1, "Meeting", owner={"Olaf Scholz", "Joe Biden"})),
    ("term: a final term is no 'last' claim", "de", "Olaf Scholz trat seine zweite und letzte Amtszeit an.",
     C("ordinal", 2, "Election", qualifier="term")),
    ("no claim: a final term", "de", "Olaf Scholz ist in seiner letzten Amtszeit.", None),
    ("no claim: a final term", "en", "Olaf Scholz is serving his last term.", None),
    # -- "we" in a turn of speech: the speaker and the one spoken to ------------------------------------
    ("owner: 'we' in a turn", "en", "Talks with Olaf Scholz. Vladimir Putin: Mr Chancellor, we have met three times this year.",
     C("count", 3, "Meeting", owner={"Vladimir Putin", "Olaf Scholz"}, since="2024-01-01/2024-12-31")),
    ("owner: 'wir' in a turn", "de",
     "Gespräch mit Olaf Scholz. Wladimir Putin: Herr Bundeskanzler, wir haben uns in diesem Jahr schon dreimal getroffen.",
     C("count", 3, "Meeting", owner={"Wladimir Putin", "Olaf Scholz"})),
    # -- an elided ordinal in an apposition counts the event its clause tells by a verb -----------------
    ("elided ordinal in an apposition", "en", "Olaf Scholz arrived in Nairobi on Monday, his fourth to Africa this year.",
     C("ordinal", 4, "StateVisit", owner={"Olaf Scholz"}, since="2024-01-01/2024-12-31")),
    ("elided ordinal in an apposition", "en", "Olaf Scholz met Joe Biden in Rome, his first as chancellor.",
     C("ordinal", 1, "Meeting")),
    ("no claim: an apposition of no event", "en", "Olaf Scholz thanked Joe Biden, his first priority being peace.", None),
    ("no claim: an apposition with no possessive", "en", "Olaf Scholz travelled to Kenya, the third this year.", None),
    ("no claim: an apposition of no event", "de", "Olaf Scholz dankte Joe Biden, seine erste Sorge sei der Frieden.", None),
    # -- "war" as an auxiliary: the participle names the event ---------------------------------------
    ("war + participle of a meeting", "de", "Olaf Scholz empfing Joe Biden. Die beiden waren sich zuletzt 2021 in Genf begegnet.",
     C("ordinal", "last", "Meeting")),
    ("war as being somewhere", "de", "Olaf Scholz war zuletzt 2019 in Kenia.", C("ordinal", "last", "StateVisit")),
    # -- a conversation in an apposition to a phone call is a call ------------------------------------
    ("conversation after a call", "en", "Olaf Scholz spoke with Joe Biden by telephone on Monday, their fourth conversation this year.",
     C("ordinal", 4, "PhoneCall", owner={"Olaf Scholz", "Joe Biden"})),
    ("conversation after a call", "de", "Olaf Scholz telefonierte am Montag mit Joe Biden, es war ihr viertes Gespräch in diesem Jahr.",
     C("ordinal", 4, "PhoneCall", owner={"Olaf Scholz", "Joe Biden"})),
    ("conversation after a meeting", "de", "Olaf Scholz traf Joe Biden in Rom, es war ihr viertes Gespräch in diesem Jahr.",
     C("ordinal", 4, "Meeting")),
    ("a meeting after a phone call noun", "en", "After the phone call, their first meeting took place in Rome, said Olaf Scholz.",
     C("ordinal", 1, "Meeting")),
]


@pytest.mark.parametrize("construction,lang,text,want", CASES, ids=[f"{c[0]}:{c[1]}" for c in CASES])
def test_construction(construction, lang, text, want):
    claims = check_case(construction, lang, text, want)
    got = [(c.kind, c.value, c.event_type, c.qualifier) for c in claims]
    if construction.startswith("term: a final term"):
        assert not [c for c in claims if c.value == "last"], (construction, text, got)


@pytest.mark.parametrize("lang,text", [
    ("en", "Olaf Scholz flew to Nairobi on Monday. It is his first visit to Kenya since 2026."),
    ("de", "Olaf Scholz flog am Montag nach Nairobi. Es ist sein erster Besuch in Kenia seit 2026."),
])
def test_a_claim_whose_window_would_be_inverted_is_dropped_with_a_warning(lang, text):
    """A window that begins after the claim's own date is contradictory: the claim is dropped (not
    kept without its window, which would claim more than the source), the user is told, and the
    rest of the document stays."""
    from kb.store import Store

    a = run(text, lang)
    assert a.claims == []
    assert any("dropped" in w and "2026" in w and "begins after" in w for w in a.warnings), a.warnings
    assert not [e for e in a.events if e.implied_by]
    assert [e.type for e in a.events]  # the visit itself is still there
    store = Store(None)
    store.ingest(a)
    assert store.rejected() == []


@pytest.mark.parametrize("lang,text", [
    ("en", "Olaf Scholz and Joe Biden have met three times since December."),
    ("de", "Olaf Scholz und Joe Biden haben sich seit Dezember dreimal getroffen."),
])
def test_a_window_in_the_past_of_the_claim_is_kept(lang, text):
    (claim,) = run(text, lang, "2024-01-10").claims
    assert (claim.kind, claim.value, claim.since.value) == ("count", 3, "2023-12")


def test_a_voting_round_is_said_once_and_checked_as_no_count_of_elections():
    """Rounds count within one election: a text that tells of the second round twice makes one
    claim; it implies no earlier election, and check-claims does not count elections for it."""
    from kb.claimcheck import _NOT_COUNTED

    a = run("Olaf Scholz beat Friedrich Merz when the ballot went to a second round of voting. "
            "In the election Merz had led after the first round but lost the second.", "en")
    rounds = [c for c in a.claims if c.qualifier == "round"]
    assert [(c.kind, c.value) for c in rounds] == [("ordinal", 2)]
    assert rounds[0].implies is None and not [e for e in a.events if e.implied_by]
    assert "round" in _NOT_COUNTED


@pytest.mark.parametrize("lang,text", [
    ("en", "After four ballots the deputies elected Anna Lund as president."),
    ("de", "Nach vier Wahlgängen wählten die Abgeordneten Anna Lund zur Präsidentin."),
])
def test_a_count_of_voting_rounds_leaves_the_election_an_event(lang, text):
    """"After four ballots ... chose X": the rounds are of one election, which took place; a count
    of rounds does not make the election an aggregate mention (as "have met four times" does)."""
    a = run(text, lang)
    assert [e.type for e in a.events if not e.implied_by] == ["Election"]


def test_round_claims_conform_to_the_claim_shapes():
    from kb.rdf.build import graph_for
    from kb.rdf.validate import validate_graph

    a = run("Olaf Scholz wurde nach drei Wahlgängen gewählt.", "de")
    assert [c.qualifier for c in a.claims] == ["round"]
    ok, report = validate_graph(graph_for(a)[1])
    assert ok, report


@pytest.mark.parametrize("lang,text,date", [
    ("en", "Olaf Scholz received Joe Biden. The two leaders last met in June in Geneva.", "2023-06"),
    ("de", "Olaf Scholz empfing Joe Biden. Die beiden hatten sich zuletzt im Juni in Genf getroffen.", "2023-06"),
    ("en", "Olaf Scholz and Joe Biden last spoke on June 3.", "2023-06-03"),
    # before the claim's date already, or with its year written out: as the calendar has it
    ("en", "Olaf Scholz and Joe Biden last spoke on May 3.", "2024-05-03"),
    ("de", "Olaf Scholz und Joe Biden telefonierten zuletzt im Juni 2023.", "2023-06"),
])
def test_a_last_date_told_without_its_year_lies_before_the_claims_date(lang, text, date):
    (claim,) = [c for c in run(text, lang).claims if c.value == "last"]
    assert claim.date.value == date


def test_check_claims_names_why_a_round_claim_is_not_checked():
    from kb.claimcheck import unchecked_reason

    claim = {"qualifier": "round", "scope": None, "value": 2, "type": "Election"}
    assert unchecked_reason(claim, "ordinal", None) == "it counts the voting rounds of one election, not elections"


@pytest.mark.parametrize("text", [
    "Olaf Scholz met Anna Lund on Monday, the first such trip since Helmut Schmidt went there in 1978.",
    "Olaf Scholz arrived in Quito on Monday, the first German chancellor to come to Ecuador since Helmut Schmidt in 1978.",
])
def test_who_is_named_in_the_since_window_is_the_earlier_holder_not_the_claims_owner(text):
    """A person in the since-window after an ordinal is the window's anchor (the last one to do it)."""
    (claim,) = run(text, "en").claims
    assert ([p.label for p in claim.participants], claim.since.value) == (["Olaf Scholz"], "1978")
