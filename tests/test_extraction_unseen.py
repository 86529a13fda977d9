"""Extraction on short articles written for this test (not from the development set).

Each article carries the events a careful annotator would mark under the conventions of the
development set's README (type, participant names, place, date value, status). The
expectations were written before kb was run on the texts; assertions kb does not meet yet are
marked xfail with the reason.
"""

from __future__ import annotations

import datetime as dt

import pytest

from kb.model import Document
from kb.pipeline import analyse


def run(text: str, lang: str, dct: str):
    return analyse(Document(id="u", text=text, lang=lang, published=dt.date.fromisoformat(dct)))


def coarse(t: str) -> str:
    return {"ReElection": "Election", "StateVisit": "Visit"}.get(t, t)


def find(analysis, etype: str, names: set[str], date: str | None = None, status: str | None = None):
    """The events of ``etype`` whose participants include ``names`` (and date/status when given)."""
    out = []
    for ev in analysis.events:
        if coarse(ev.type) != coarse(etype):
            continue
        have = {p.entity.name for p in ev.participants if p.entity is not None}
        if not names <= have:
            continue
        if date is not None and (ev.date is None or ev.date.value != date):
            continue
        if status is not None and ev.status != status:
            continue
        out.append(ev)
    return out


def describe(analysis) -> str:
    return "; ".join(f"{e.type}/{e.status}/{e.date.value if e.date else None}/"
                     f"{sorted(p.entity.name if p.entity else p.label for p in e.participants)}" for e in analysis.events)


# --- German agency report: present-tense trip announced for a weekday (Tuesday article) ---
SCHOLZ_PARIS = ("Berlin (dpa) - Bundeskanzler Olaf Scholz reist am Freitag nach Paris. Dort will er mit "
                "Präsident Emmanuel Macron über die weitere Unterstützung der Ukraine sprechen, teilte "
                "ein Regierungssprecher am Dienstag mit.")


def test_present_tense_trip_is_the_coming_weekday():
    a = run(SCHOLZ_PARIS, "de", "2024-03-12")  # a Tuesday
    assert find(a, "StateVisit", {"Olaf Scholz"}, "2024-03-15", "planned"), describe(a)


def test_present_tense_trip_talks_are_planned_too():
    a = run(SCHOLZ_PARIS, "de", "2024-03-12")
    talks = find(a, "Meeting", {"Olaf Scholz", "Emmanuel Macron"})
    assert talks and all(e.status == "planned" for e in talks), describe(a)


# --- German: convened "für Sonntag" in a perfect-tense sentence ---
def test_convened_for_sunday_is_the_coming_sunday():
    text = ("Der französische Präsident Emmanuel Macron hat für Sonntag ein Sondertreffen europäischer "
            "Regierungschefs in Paris einberufen.")
    a = run(text, "de", "2025-02-18")  # a Tuesday
    planned = [e for e in a.events if e.type in ("Meeting", "Summit") and e.status == "planned"]
    assert planned and planned[0].date is not None and planned[0].date.value == "2025-02-23", describe(a)


# --- English readout: one call, no statements for "discussed"/"reaffirmed" ---
def test_readout_gives_one_call_and_no_statements():
    text = ("President Joseph R. Biden, Jr. spoke today with Prime Minister Fumio Kishida of Japan. "
            "The leaders discussed their close coordination ahead of the G7 Summit. President Biden "
            "reaffirmed the ironclad commitment of the United States to the defense of Japan.")
    a = run(text, "en", "2023-04-20")
    assert find(a, "PhoneCall", {"Joe Biden", "Fumio Kishida"}, "2023-04-20", "past") or \
        find(a, "Meeting", {"Joe Biden", "Fumio Kishida"}, "2023-04-20", "past"), describe(a)
    assert not [e for e in a.events if e.type == "Statement"], describe(a)


# --- German: cancelled trip ---
def test_cancelled_trip_did_not_occur():
    text = ("Neu-Delhi (Reuters) - Indiens Premierminister Narendra Modi hat seine für Donnerstag geplante "
            "Reise nach Moskau abgesagt.")
    a = run(text, "de", "2024-06-03")  # a Monday
    evs = find(a, "StateVisit", {"Narendra Modi"})
    assert evs and evs[0].status == "did_not_occur", describe(a)


def test_postponed_visit_did_not_occur():
    text = ("Chancellor Olaf Scholz has postponed his visit to Kyiv, which had been planned for Monday, "
            "a government spokesman said.")
    a = run(text, "en", "2023-05-05")
    evs = find(a, "StateVisit", {"Olaf Scholz"})
    assert evs and all(e.status == "did_not_occur" for e in evs), describe(a)


# --- hypothetical meetings ---
def test_could_meet_is_hypothetical():
    text = ("Chinese President Xi Jinping could meet President Joe Biden on the sidelines of the G20 "
            "summit in Bali next month, officials said on Friday.")
    a = run(text, "en", "2022-10-14")
    evs = find(a, "Meeting", {"Xi Jinping", "Joe Biden"})
    assert evs and evs[0].status == "hypothetical", describe(a)


def test_koennte_is_hypothetical():
    text = "Bundeskanzler Friedrich Merz könnte im Mai mit Präsident Donald Trump in Washington zusammentreffen."
    a = run(text, "de", "2025-04-02")
    evs = find(a, "Meeting", {"Friedrich Merz", "Donald Trump"})
    assert evs and evs[0].status == "hypothetical" and evs[0].date.value == "2025-05", describe(a)


# --- election with winner and loser ---
def test_election_winner_and_loser():
    text = ("Paris (AFP) - Emmanuel Macron hat die Stichwahl um das Präsidentenamt am Sonntag gegen "
            "Marine Le Pen gewonnen.")
    a = run(text, "de", "2022-04-25")  # a Monday
    evs = [e for e in a.events if coarse(e.type) == "Election"]
    assert evs, describe(a)
    roles = {p.entity.name: p.role for p in evs[0].participants if p.entity is not None}
    assert roles.get("Emmanuel Macron") == "winner", describe(a)
    assert evs[0].date is not None and evs[0].date.value == "2022-04-24"


# --- agreement signing ---
def test_agreement_signing():
    text = ("Russian President Vladimir Putin and Chinese President Xi Jinping signed a joint statement "
            "in Moscow on Tuesday, the Kremlin said.")
    a = run(text, "en", "2023-03-23")  # a Thursday
    evs = [e for e in a.events if e.type == "AgreementSigning" or e.subtype in ("Treaty", "JointStatement")]
    assert evs, describe(a)
    assert evs[0].date is not None and evs[0].date.value == "2023-03-21"


# --- war start ---
def test_war_start():
    text = "Russia launched a full-scale invasion of Ukraine on February 24, 2022."
    a = run(text, "en", "2023-02-24")
    evs = [e for e in a.events if e.type == "ArmedConflictStart" or e.subtype == "WarStart"]
    assert evs and evs[0].date.value == "2022-02-24", describe(a)


# --- count claim: no event per counted call ---
def test_count_claim_makes_no_extra_calls():
    text = ("President Joe Biden spoke by phone with Ukrainian President Volodymyr Zelensky on Monday. "
            "The two leaders have spoken by phone eight times since January, the White House said.")
    a = run(text, "en", "2024-06-11")  # a Tuesday
    calls = find(a, "PhoneCall", {"Joe Biden", "Volodymyr Zelenskyy"})
    assert len(calls) == 1 and calls[0].date.value == "2024-06-10", describe(a)
    counts = [c for c in a.claims if c.kind == "count"]
    assert counts and counts[0].value == 8


# --- ordinal in German: one meeting, a claim, no invented earlier meeting ---
def test_ordinal_this_year_adds_one_told_event():
    text = ("Bundeskanzler Olaf Scholz und Präsident Emmanuel Macron trafen sich am Mittwoch zum dritten "
            "Mal in diesem Jahr, diesmal in Hamburg.")
    a = run(text, "de", "2023-10-12")  # a Thursday
    told = [e for e in find(a, "Meeting", {"Olaf Scholz", "Emmanuel Macron"}) if not e.implied_by]
    assert len(told) == 1 and told[0].date.value == "2023-10-11", describe(a)
    # the window "in diesem Jahr" names a series: an earlier meeting is implied, marked as such
    for ev in a.events:
        if ev.implied_by:
            assert ev.date is None or ev.date.uncertain
    ords = [c for c in a.claims if c.kind == "ordinal"]
    assert ords and ords[0].value == 3


def test_fifth_summit_is_an_event_with_an_ordinal_claim():
    # an ordinal event noun with a date of its own that opens no claim window tells that event
    text = "The leaders of the European Union and Japan held their fifth summit in Tokyo on Thursday."
    a = run(text, "en", "2024-07-13")  # a Saturday
    summits = [e for e in a.events if e.type in ("Summit", "Meeting")]
    assert summits and summits[0].date is not None and summits[0].date.value == "2024-07-11", describe(a)


def test_bare_ordinal_implies_no_earlier_event():
    text = "Präsident Joe Biden empfing am Montag im Weißen Haus zum zweiten Mal Bundeskanzler Olaf Scholz."
    a = run(text, "de", "2023-03-08")
    assert not [e for e in a.events if e.implied_by], describe(a)


# --- unnamed speakers: "a government spokesman" speaks as "ein Regierungssprecher" does ---
@pytest.mark.parametrize("text,lang", [
    ("President Emmanuel Macron will travel to Berlin on Monday, a government spokeswoman said on Friday.", "en"),
    ("Präsident Emmanuel Macron reist am Montag nach Berlin, sagte ein Regierungssprecher am Freitag.", "de"),
])
def test_unnamed_government_spokesperson_speaks(text, lang):
    a = run(text, lang, "2023-05-05")  # a Friday
    said = [e for e in a.events if e.type in ("Statement", "Announcement")]
    assert said and said[0].date is not None and said[0].date.value == "2023-05-05", describe(a)
    assert find(a, "StateVisit", {"Emmanuel Macron"}, "2023-05-08", "planned"), describe(a)


def test_cancelled_visit_keeps_the_day_it_was_set_for():
    text = "Der für Mittwoch geplante Besuch von Außenministerin Annalena Baerbock in Peking wurde verschoben."
    a = run(text, "de", "2024-02-13")  # a Tuesday
    evs = find(a, "StateVisit", {"Annalena Baerbock"}, "2024-02-14", "did_not_occur")
    assert evs, describe(a)


def test_possessive_ordinal_belongs_to_the_subject():
    text = ("Chancellor Olaf Scholz met President Xi Jinping in Beijing on Tuesday, his second visit to "
            "China since taking office.")
    a = run(text, "en", "2024-04-17")  # a Wednesday
    assert find(a, "Meeting", {"Olaf Scholz", "Xi Jinping"}, "2024-04-16", "past"), describe(a)
    ords = [c for c in a.claims if c.kind == "ordinal"]
    assert ords and ords[0].value == 2
    assert {p.entity.name for p in ords[0].participants} == {"Olaf Scholz"}


def test_talks_on_the_sidelines_of_a_summit():
    text = "Kanzler Olaf Scholz und Präsident Joe Biden haben am Rande des G7-Gipfels in Apulien miteinander gesprochen."
    a = run(text, "de", "2024-06-14")
    assert find(a, "Meeting", {"Olaf Scholz", "Joe Biden"}, "2024-06-14", "past"), describe(a)


def test_sworn_in_for_a_third_term_is_an_event():
    text = "Indiens Premierminister Narendra Modi ist am Sonntag für eine dritte Amtszeit vereidigt worden."
    a = run(text, "de", "2024-06-10")
    assert [e for e in a.events if e.subtype == "TakingOffice"], describe(a)
