"""Dates by scope, date provenance and implied events, on sentences written for these tests."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from click.testing import CliRunner

import kb.api as api
from kb.events import dating
from kb.model import Document
from kb.pipeline import analyse

DCT = dt.date(2024, 3, 14)  # a Thursday


def run(text: str, lang: str, dct: dt.date = DCT):
    return analyse(Document(id="t", text=text, lang=lang, published=dct))


def told(a, etype: str, **who):
    """The events of one type (implied ones left out)."""
    return [e for e in a.events if e.type == etype and not e.implied_by]


UNDATED = [
    ("en", "Chancellor Olaf Scholz met French President Emmanuel Macron in Paris.", "Meeting"),
    ("de", "Bundeskanzler Olaf Scholz hat den französischen Präsidenten Emmanuel Macron in Paris getroffen.",
     "Meeting"),
]


@pytest.mark.parametrize("lang,text,etype", UNDATED)
def test_an_undated_past_event_is_bounded_by_the_report_not_dated_by_it(lang, text, etype):
    """No date in the text: the value is the publication day (the usual reading, what the gold
    expects) but the record says it came from there, and the bounds are the week up to it."""
    (ev,) = told(run(text, lang), etype)
    assert ev.status == "past"
    d = ev.date
    assert d.source == "publication" and d.uncertain and d.text is None
    assert d.value == DCT.isoformat() and d.latest == DCT
    assert d.earliest == DCT - dt.timedelta(days=dating.REPORT_WINDOW_DAYS)
    rec = ev.as_record(text)
    assert rec["date"]["source"] == "publication" and rec["date"]["earliest"] == "2024-03-07"


@pytest.mark.parametrize("lang,text", [
    ("en", "On Monday, Scholz held talks with Donald Tusk in Warsaw."),
    ("de", "Am Montag führte Scholz in Warschau Gespräche mit Donald Tusk."),
])
def test_a_stated_date_is_from_the_text(lang, text):
    (ev,) = told(run(text, lang), "Meeting")
    assert ev.date.value == "2024-03-11" and ev.date.source == "text" and not ev.date.uncertain


def test_publication_dates_say_only_what_is_known():
    assert dating.from_publication(DCT, "planned") is None  # a plan with no date has none
    ongoing = dating.from_publication(DCT, "ongoing")
    assert ongoing.value == "2024-03-14/.." and ongoing.latest is None and ongoing.earliest < DCT
    # a context date taken from a publication date stays a publication date
    assert dating.inherited(dating.from_publication(DCT, "past")).source == "publication"
    assert dating.inherited(dating.of_value("2024-03-11", source="text")).source == "context"


def test_rdf_carries_the_date_source():
    from kb.rdf.build import graph_for

    text = "Chancellor Olaf Scholz met French President Emmanuel Macron in Paris. On Monday, Scholz held talks with Donald Tusk."
    ttl = graph_for(run(text, "en"))[1].serialize(format="nt")
    assert '/ns#dateSource> "publication"' in ttl and '/ns#dateSource> "text"' in ttl


IMPLIED = ("Der französische Präsident Emmanuel Macron ist am Dienstag zu einem Besuch in Berlin "
           "eingetroffen. Es ist sein zweiter Deutschland-Besuch binnen sechs Monaten.")


@pytest.fixture(scope="module")
def base():
    kb = api.open_kb(None)
    kb.ingest_text(IMPLIED, id="implied-test", lang="de", published="2024-03-14")
    yield kb
    kb.close()


def test_implied_events_are_marked_and_left_out_of_exports(base):
    a = run(IMPLIED, "de")
    implied = [e for e in a.events if e.implied_by]
    assert implied and all(e.as_record(IMPLIED)["implied_by"] for e in implied)
    shown = base.records()
    every = base.records(include_implied=True)
    assert not any(r.get("implied_by") for r in shown)
    assert any(r.get("implied_by") for r in every) and len(every) == len(shown) + len(implied)
    csv_default = base.export("csv")
    csv_all = base.export("csv", include_implied=True)
    assert len(csv_all.splitlines()) == len(csv_default.splitlines()) + len(implied)
    assert not any(r.event.endswith(tuple(f"/{e.id}" for e in implied)) for r in base.timeline())
    assert len(base.timeline(include_implied=True)) == len(base.timeline()) + len(implied)


def test_cli_include_implied(tmp_path):
    from kb.cli import main

    store = str(tmp_path / "store")
    doc = tmp_path / "a.txt"
    doc.write_text(IMPLIED, encoding="utf-8")
    r = CliRunner()
    out = r.invoke(main, ["--store", store, "ingest", "--lang", "de", "--published", "2024-03-14", str(doc)])
    assert out.exit_code == 0, out.output
    plain = json.loads(r.invoke(main, ["--store", store, "timeline", "--format", "json"]).output)
    every = json.loads(r.invoke(main, ["--store", store, "timeline", "--format", "json", "--include-implied"]).output)
    assert len(every) > len(plain)
    plain = json.loads(r.invoke(main, ["--store", store, "export", "--format", "json"]).output)["events"]
    every = json.loads(r.invoke(main, ["--store", store, "export", "--format", "json", "--include-implied"]).output)["events"]
    assert len(every) > len(plain) and any(e.get("implied_by") for e in every)



def test_extract_json_leaves_implied_events_out_unless_asked(tmp_path):
    from kb.cli import main

    doc = tmp_path / "a.txt"
    doc.write_text(IMPLIED, encoding="utf-8")
    args = ["extract", "--lang", "de", "--published", "2024-03-14", "--format", "jsonl", str(doc)]
    plain = json.loads(CliRunner().invoke(main, args).output)["events"]
    every = json.loads(CliRunner().invoke(main, [*args, "--include-implied"]).output)["events"]
    assert plain and not any(e.get("implied_by") for e in plain)
    assert [e for e in every if not e.get("implied_by")] == plain
    assert len(every) > len(plain) and all(e["implied_by"] for e in every if e not in plain)
    trig = CliRunner().invoke(main, ["extract", "--lang", "de", "--published", "2024-03-14", "--format", "trig", str(doc)])
    assert "impliedBy" in trig.output  # RDF keeps them, marked

def _examples():
    from kb.lang import examples

    for lang in ("de", "en"):
        for ex in examples(lang, "discourse.txt"):
            text, rest = ex.rsplit(" | ", 1)
            dct, want = rest.split(" -> ")
            yield pytest.param(lang, text, dt.date.fromisoformat(dct), want, id=f"{lang}:{text[:40]}")


@pytest.mark.parametrize("lang,text,dct,want", list(_examples()))
def test_discourse_examples(lang, text, dct, want):
    """The EXAMPLE lines of kb/lang/<iso>/discourse.txt: a stay told in parts ("The visit ends on
    Thursday"), an event inside a stay ("during the three-day visit"), a habitual mention (none)."""
    events = [e for e in run(text, lang, dct).events if not e.implied_by]
    if want == "nothing":
        assert events == []
        return
    etype, value = want.split()
    assert value in [e.date.value for e in events if e.type == etype and e.date is not None], \
        [(e.type, e.date and e.date.value) for e in events]


@pytest.mark.parametrize("lang,text", [
    ("en", "Prime Minister Ana Lopez arrived in Oslo on Monday for a visit. The visit ends on Thursday."),
    ("de", "Die Ministerpräsidentin Anna Berg ist am Montag zu einem Besuch in Oslo eingetroffen. "
           "Der Besuch endet am Donnerstag."),
])
def test_a_stay_told_in_parts_is_one_event_under_way(lang, text):
    (ev,) = run(text, lang, dt.date(2024, 3, 12)).events
    assert ev.date.value == "2024-03-11/2024-03-14" and ev.status == "ongoing" and ev.date.source == "text"


@pytest.mark.parametrize("lang,text", [
    ("en", "The foreign minister will visit Warsaw on Monday. The visit ends on Sunday, March 10."),
    ("de", "Der Außenminister besucht am Montag Warschau. Der Besuch endet am Sonntag, 10. März."),
])
def test_no_inverted_stay(lang, text):
    """An end before the start told (a contradiction or a misreading) does not invert the stay."""
    for ev in run(text, lang, dt.date(2024, 3, 14)).events:
        if ev.date is not None and ev.date.earliest and ev.date.latest:
            assert ev.date.earliest <= ev.date.latest


@pytest.mark.parametrize("lang,text", [
    ("en", "Chancellor Olaf Scholz talks to Emmanuel Macron about four times a year."),
    ("en", "Chancellor Olaf Scholz regularly meets Emmanuel Macron in Paris."),
    ("de", "Bundeskanzler Olaf Scholz trifft Emmanuel Macron regelmäßig in Paris."),
    ("de", "Bundeskanzler Olaf Scholz telefoniert etwa viermal im Jahr mit Emmanuel Macron."),
])
def test_habitual_mentions_are_no_events(lang, text):
    assert [e for e in run(text, lang).events if not e.implied_by] == []


@pytest.mark.parametrize("lang,text", [
    ("en", "Scholz said Tuesday the trip to Chile next week would focus on fisheries."),
    ("en", "President Anna Berg said on Tuesday that her visit to Rome would focus on trade."),
])
def test_the_day_of_saying_does_not_date_what_is_said(lang, text):
    for ev in run(text, lang, dt.date(2024, 3, 14)).events:
        if ev.type == "StateVisit" and ev.date is not None:
            assert ev.date.value != "2024-03-12"


DIGESTS = [
    ("de", "Chronik der Woche\n\n15. August 2017\n\nBundeskanzlerin Angela Merkel hat heute den spanischen "
           "Ministerpräsidenten Mariano Rajoy in Berlin getroffen.\n\n21. August 2017\n\nBundeskanzlerin Angela "
           "Merkel hat mit dem französischen Präsidenten Emmanuel Macron telefoniert."),
    ("en", "Weekly digest\n\nAugust 15, 2017\n\nChancellor Angela Merkel met Spanish Prime Minister Mariano Rajoy "
           "in Berlin today.\n\nAugust 21, 2017\n\nChancellor Angela Merkel spoke by telephone with French "
           "President Emmanuel Macron."),
]


@pytest.mark.parametrize("lang,text", DIGESTS)
def test_a_digest_item_is_dated_by_its_own_date_line(lang, text):
    """"heute" under the line "15. August 2017" is that day, not the publication day (the newest
    item's); an undated item event takes its item's day, not an earlier item's event's."""
    a = run(text, lang, dt.date(2017, 8, 21))
    (meeting,) = told(a, "Meeting")
    (call,) = told(a, "PhoneCall")
    assert meeting.date.value == "2017-08-15"
    assert call.date.value == "2017-08-21" and call.date.source in ("context", "publication")


def test_a_digest_with_date_lines_in_digits():
    text = ("Meldungen\n\n15/08/2017\n\nBundeskanzlerin Angela Merkel hat heute den spanischen Ministerpräsidenten "
            "Mariano Rajoy in Berlin getroffen.\n\n21.08.2017\n\nBundeskanzlerin Angela Merkel hat mit dem "
            "französischen Präsidenten Emmanuel Macron telefoniert.")
    a = run(text, "de", dt.date(2017, 8, 21))
    (meeting,) = told(a, "Meeting")
    assert meeting.date.value == "2017-08-15"


@pytest.mark.parametrize("lang,text", [
    ("de", "Termine\n\n12.03.2024\n\nBundespräsidentin Eva Kurz trifft heute Präsident William Ruto in Nairobi."
           "\n\n13.03.2024\n\nBundeskanzler Olaf Scholz empfängt am Abend Donald Tusk in Berlin."),
    ("en", "Schedule\n\nMarch 12, 2024\n\nPresident Eva Kurz meets President William Ruto in Nairobi today."
           "\n\nMarch 13, 2024\n\nChancellor Olaf Scholz hosts Donald Tusk in Berlin in the evening."),
])
def test_a_digest_item_in_the_present_is_read_from_its_own_day(lang, text):
    """A present tense ("trifft heute") is not a plan to be read forward from the publication
    day (the newest item's): the item's date line is its reference."""
    meetings = told(run(text, lang, dt.date(2024, 3, 13)), "Meeting")
    assert "2024-03-12" in [m.date.value for m in meetings if m.date is not None]


@pytest.mark.parametrize("lang,text", [
    ("de", "Chronik\n\nBerg trifft Lund – 12.04.2019\n\nPräsident Tom Berg hat heute in Brüssel Ministerpräsidentin "
           "Anna Lund getroffen.\n\nBerg telefoniert mit Aas – 10.04.2019\n\nPräsident Tom Berg hat gestern mit "
           "Kanzler Jon Aas telefoniert.\n"),
    ("en", "News of the week\n\nBerg meets Lund (April 12, 2019)\n\nPresident Tom Berg met Prime Minister Anna Lund "
           "in Brussels today.\n\nBerg calls Aas (April 10, 2019)\n\nPresident Tom Berg spoke by phone with "
           "Chancellor Jon Aas yesterday.\n"),
])
def test_a_digest_item_dated_by_its_title(lang, text):
    """An item's title that ends in its day (after a dash, in brackets) is its date line:
    "gestern" under "... – 10.04.2019" is the 9th, not the day before publication."""
    (call,) = told(run(text, lang, dt.date(2019, 4, 12)), "PhoneCall")
    assert call.date.value == "2019-04-09"


def test_a_sentence_ending_in_a_day_is_no_title():
    text = ("Chronik\n\nBerg traf Lund am 12.04.2019.\n\nPräsident Tom Berg hat heute in Brüssel Ministerpräsidentin "
            "Anna Lund getroffen.\n\nBerg sprach mit Aas – am 10.04.2019.\n\nPräsident Tom Berg hat gestern mit "
            "Kanzler Jon Aas telefoniert.\n")
    (call,) = told(run(text, "de", dt.date(2019, 4, 12)), "PhoneCall")
    assert call.date.value == "2019-04-11"


@pytest.mark.parametrize("text", [
    "Chronik\n\n12.04.2019 – Präsident Tom Berg empfängt Ministerpräsidentin Anna Lund in Brüssel.\n\n"
    "10.04.2019 – Präsident Tom Berg telefoniert mit Kanzler Jon Aas.\n",
    "Chronik\n\n12. April\n\nPräsident Tom Berg empfängt Ministerpräsidentin Anna Lund in Brüssel.\n\n"
    "10. April\n\nPräsident Tom Berg telefoniert mit Kanzler Jon Aas.\n",
])
def test_a_digest_item_told_in_the_present_reports_its_day(text):
    """A chronicle tells its items in the present: "empfängt" under a past date line is that
    day's event, done -- not a plan without a date."""
    (meeting,) = told(run(text, "de", dt.date(2019, 4, 30)), "Meeting")
    assert (meeting.status, meeting.date.value) == ("past", "2019-04-12")


def test_a_plan_told_with_a_future_word_in_a_digest_item_stays_a_plan():
    text = ("Chronik\n\n12.04.2019 – Präsident Tom Berg wird Ministerpräsidentin Anna Lund in Brüssel treffen.\n\n"
            "10.04.2019 – Präsident Tom Berg telefoniert mit Kanzler Jon Aas.\n")
    (meeting,) = told(run(text, "de", dt.date(2019, 4, 30)), "Meeting")
    assert meeting.status == "planned" and meeting.date is None


def test_a_present_outside_a_digest_is_still_a_plan():
    (meeting,) = told(run("Präsident Tom Berg empfängt Ministerpräsidentin Anna Lund in Brüssel.", "de",
                          dt.date(2019, 4, 30)), "Meeting")
    assert meeting.status == "planned" and meeting.date is None


def test_one_date_line_is_no_digest():
    text = "Kurzmeldung\n\n15. August 2017\n\nBundeskanzlerin Angela Merkel hat heute Mariano Rajoy in Berlin getroffen."
    (meeting,) = told(run(text, "de", dt.date(2017, 8, 21)), "Meeting")
    assert meeting.date.value == "2017-08-21"


@pytest.mark.parametrize("lang,text", [
    ("en", "Chancellor Olaf Scholz has arrived in Warsaw for a three-day visit."),
    ("de", "Bundeskanzler Olaf Scholz ist zu einem dreitägigen Besuch in Warschau eingetroffen."),
])
def test_a_stay_under_way_of_told_length(lang, text):
    """Arrived for an N-day stay, no day told: under way, read as publication day .. +N-1, bounded
    by what is known (begun at most N-1 days before)."""
    (ev,) = told(run(text, lang), "StateVisit")
    assert ev.status == "ongoing" and ev.date.value == "2024-03-14/2024-03-16"
    assert ev.date.source == "publication" and ev.date.earliest == dt.date(2024, 3, 12)


def test_a_vague_week_does_not_replace_the_days_of_a_stay():
    text = ("Chancellor Olaf Scholz has arrived in Warsaw for a three-day visit. "
            "Thousands of people gathered in Warsaw this week to welcome Chancellor Olaf Scholz on his visit.")
    visits = told(run(text, "en"), "StateVisit")
    assert visits and all(v.date.value != "2024-03-11/2024-03-17" for v in visits if v.date.source == "publication")


def test_dedupe_reads_publication_dates_as_their_value():
    from kb.events.dedupe import _contains, _finer

    stay = dating.ongoing_stay(DCT, 3)  # 14..16, bounds 12..16
    week = dating.of_value("2024-03-11/2024-03-17", source="text")
    week.granularity = "week"
    assert _contains(week, stay) and not _finer(week, stay) and _finer(stay, week)


@pytest.mark.parametrize("lang,text", [
    ("en", "Foreign Minister Annalena Baerbock was the first German minister to visit Kyiv since February."),
    ("de", "Außenministerin Annalena Baerbock war das erste Mitglied der Bundesregierung, das seit Februar "
           "Kiew besuchte."),
])
def test_a_claim_window_dates_no_event(lang, text):
    """"the first ... since February": February opens the claim's window; the visit is not of February."""
    (ev,) = told(run(text, lang, dt.date(2024, 6, 14)), "StateVisit")
    assert ev.date.value == "2024-06-14" and ev.date.source == "publication"


@pytest.mark.parametrize("lang,text", [
    ("en", "Foreign Minister Annalena Baerbock visited Kyiv on Monday for the first time."),
    ("de", "Außenministerin Annalena Baerbock besuchte am Montag zum ersten Mal Kiew."),
])
def test_an_ordinal_without_a_window_keeps_the_date(lang, text):
    (ev,) = told(run(text, lang, dt.date(2024, 6, 14)), "StateVisit")
    assert ev.date.value == "2024-06-10" and ev.date.source == "text"


FUTURE = [  # published on Tuesday, 12 March 2024
    ("de", "Bundeskanzler Olaf Scholz wird am Donnerstagabend kommender Woche mit Emmanuel Macron in Paris "
           "zusammentreffen.", "2024-03-21"),
    ("en", "Chancellor Olaf Scholz will meet French President Emmanuel Macron in Paris on Thursday of next week.",
     "2024-03-21"),
    ("en", "Wednesday's schedule calls for Chancellor Olaf Scholz to meet French President Emmanuel Macron in Paris.",
     "2024-03-13"),
    ("de", "Am Freitagnachmittag soll Bundeskanzler Olaf Scholz den französischen Präsidenten Emmanuel Macron in "
           "Berlin treffen.", "2024-03-15"),
    ("en", "On Friday afternoon, Chancellor Olaf Scholz is scheduled to meet French President Emmanuel Macron in "
           "Berlin.", "2024-03-15"),
]


@pytest.mark.parametrize("lang,text,day", FUTURE)
def test_future_contexts_resolve_forward(lang, text, day):
    (ev,) = told(run(text, lang, dt.date(2024, 3, 12)), "Meeting")
    assert ev.status == "planned" and ev.date.value[:10] == day and ev.date.earliest == dt.date.fromisoformat(day)


@pytest.mark.parametrize("lang,text,value", [
    ("de", "Im vergangenen Frühjahr hatte Bundeskanzler Olaf Scholz Emmanuel Macron in Paris getroffen.",
     "2023-03/2023-05"),
    ("en", "Chancellor Olaf Scholz will visit Washington in the summer.", "2024-06/2024-08"),
    ("de", "Im Winter 2023 traf Bundeskanzler Olaf Scholz Emmanuel Macron in Paris.", "2023-12/2024-02"),
])
def test_a_season_is_a_range_of_months(lang, text, value):
    (ev,) = [e for e in run(text, lang, dt.date(2024, 6, 12)).events if not e.implied_by]
    assert ev.date.value == value and ev.date.granularity == "month"
    assert ev.date.earliest <= ev.date.latest


def test_dating_doctests():
    import doctest

    from kb.events import dating as module

    failed, attempted = doctest.testmod(module)
    assert attempted and not failed


# -- the dedupe rules, one by one, on events built by hand ---------------------------------------

def _ev(etype, *people, date=None, status="past", place=None, trigger=None, subtype=None):
    from kb.model import Entity, Event, Participant, Span

    parts = [Participant(Entity(p, p, "person"), p) for p in people]
    where = Participant(Entity(place, place, "city"), place) if place else None
    return Event(id="", type=etype, status=status, evidence=Span(0, 1), participants=parts, place=where,
                 date=dating.of_value(date, source="text") if date else None,
                 trigger=Span(*trigger) if trigger else None, subtype=subtype)


def test_dedupe_rules():
    from kb.events.dedupe import Pair, _same

    a = _ev("Meeting", "Q1", "Q2", date="2024-03-11")
    # the same meeting told again, later, with the same people and day: one event
    assert _same(Pair(a, _ev("Meeting", "Q1", "Q2", date="2024-03-11"), near=True))
    # another day: two meetings
    assert not _same(Pair(a, _ev("Meeting", "Q1", "Q2", date="2024-03-12"), near=True))
    # one trigger told two events on purpose ("separate talks with A and B")
    t1, t2 = _ev("Meeting", "Q1", "Q2", trigger=(5, 10)), _ev("Meeting", "Q1", "Q3", trigger=(5, 10))
    assert not _same(Pair(t1, t2, same_sentence=True))
    # a reception and a meeting with someone else in one sentence are two (different people and
    # neither contains the other)
    assert not _same(Pair(_ev("Meeting", "Q1", "Q2"), _ev("Meeting", "Q1", "Q3"), near=True))
    # the legs of a journey are events of their own
    assert not _same(Pair(_ev("StateVisit", "Q1", place="Q90"), _ev("StateVisit", "Q1", place="Q64")))
    # a title tells what the body tells
    assert _same(Pair(_ev("StateVisit", "Q1"), _ev("StateVisit", "Q1", date="2024-03-11"), heading=True))
    # one statement per speaker and day; a speech is not a statement
    assert _same(Pair(_ev("Statement", "Q1", date="2024-03-11"), _ev("Statement", "Q1", date="2024-03-11")))
    assert not _same(Pair(_ev("Statement", "Q1", date="2024-03-11"),
                          _ev("Statement", "Q1", date="2024-03-11", subtype="Speech")))
    # a summit and a meeting on its sidelines are two
    assert not _same(Pair(_ev("Summit", "Q1", "Q2"), _ev("Meeting", "Q1", "Q2"), same_sentence=True, sideline=True))
    assert _same(Pair(_ev("Summit", "Q1", "Q2"), _ev("Meeting", "Q1", "Q2"), same_sentence=True))


@pytest.mark.parametrize("lang,text", [
    ("en", "Macron to visit Berlin\n\nFrench President Emmanuel Macron will visit Berlin on Thursday. "
           "Chancellor Olaf Scholz will receive Macron at the chancellery."),
    ("de", "Macron besucht Berlin\n\nDer französische Präsident Emmanuel Macron wird am Donnerstag Berlin "
           "besuchen. Der Besuch soll zwei Tage dauern."),
])
def test_a_headline_and_its_body_are_one_visit(lang, text):
    visits = told(run(text, lang), "StateVisit")
    assert len(visits) == 1 and visits[0].date.value.startswith("2024-03-14")


@pytest.mark.parametrize("lang,text", [
    ("en", "Chancellor Olaf Scholz met Emmanuel Macron in Paris on Monday as he does every year."),
    ("de", "Bundeskanzler Olaf Scholz traf Emmanuel Macron wie jedes Jahr am Montag in Paris."),
])
def test_a_dated_instance_of_a_habit_is_an_event(lang, text):
    meetings = told(run(text, lang), "Meeting")
    assert [m.date.value for m in meetings] == ["2024-03-11"]


@pytest.mark.parametrize("lang,text", [
    ("de", "Präsident Tom Berg wird nach Oslo reisen, um mit Ministerpräsidentin Anna Lund über den Hafen zu beraten."),
    ("en", "President Tom Berg will fly to Oslo, in order to meet Prime Minister Anna Lund."),
])
def test_an_event_of_a_purpose_clause_is_as_planned_as_the_trip(lang, text):
    """No date anywhere: the meeting the trip is for is a plan like the trip, and a plan the text
    does not date stays undated (never the publication day)."""
    meetings = told(run(text, lang), "Meeting")
    assert meetings and all(m.status == "planned" and m.date is None for m in meetings)


@pytest.mark.parametrize("lang,text", [
    ("en", "President Tom Berg is visiting Norway this week."),
    ("de", "Präsident Tom Berg besucht in dieser Woche Norwegen."),
])
def test_a_stay_under_way_keeps_the_week_the_text_states(lang, text):
    """Under way and dated by a week that holds the publication day: the week (from the text),
    not the publication day's open interval."""
    (ev,) = told(run(text, lang), "StateVisit")
    assert ev.date.source == "text" and ev.date.value == "2024-03-11/2024-03-17"


@pytest.mark.parametrize("lang,text", [
    ("en", "President Tom Berg wrapped up a three-day visit to Kenya on Wednesday."),
    ("de", "Bundespräsidentin Eva Kurz hat am Mittwoch ihren dreitägigen Besuch in Kenia beendet."),
])
def test_a_stay_told_as_ended_ends_on_its_day_and_is_over(lang, text):
    (ev,) = told(run(text, lang, dt.date(2024, 3, 13)), "StateVisit")
    assert ev.date.value == "2024-03-11/2024-03-13" and ev.status == "past"


@pytest.mark.parametrize("lang,text", [
    ("de", "Das Treffen mit Bürgermeister Jon Aas, der am Montag zurückgetreten war, wurde abgesagt."),
    ("en", "The meeting with Mayor Jon Aas, who resigned on Monday, was called off."),
])
def test_a_relative_clause_about_someone_else_does_not_date_the_event_noun(lang, text):
    """Only a clause that tells when the event takes place ("held on Monday") dates the noun
    before it; one that tells what a participant did does not."""
    for ev in told(run(text, lang, dt.date(2024, 3, 13)), "Meeting"):
        assert ev.date is None or ev.date.value != "2024-03-11"


@pytest.mark.parametrize("lang,text", [
    ("de", "Bürgermeisterin Eva Kurz traf Jon Aas, der seit Montag in Lindau ist."),
    ("en", "Chancellor Olaf Scholz met Donald Tusk, who arrived on Monday."),
])
def test_a_last_clause_with_a_verb_of_its_own_does_not_date_the_main_clause(lang, text):
    for ev in told(run(text, lang, dt.date(2024, 3, 13)), "Meeting"):
        assert ev.date is None or ev.date.value != "2024-03-11"


@pytest.mark.parametrize("lang,text", [
    ("en", "Scholz to meet Tusk in Warsaw on Friday\n\nChancellor Olaf Scholz will travel to Warsaw for talks with "
           "Prime Minister Donald Tusk, his office said on Tuesday."),
])
def test_a_title_planned_by_its_body_reads_its_weekday_forward(lang, text):
    """The title's weekday was read as past (no tense in "to meet"); the body makes it a plan,
    so it is the coming Friday."""
    meetings = told(run(text, lang, dt.date(2024, 3, 13)), "Meeting")
    assert [m.date.value for m in meetings if m.date is not None] == ["2024-03-15"]


@pytest.mark.parametrize("lang,text", [
    ("de", "Präsidentin Eva Kurz berät derzeit mit Ministerpräsident Jon Aas in Oslo."),
])
def test_a_meeting_under_way_at_publication_is_on_that_day(lang, text):
    """A point event (a meeting, a call) reported as under way is on the publication day, not an
    interval open to the future like a stay."""
    (ev,) = told(run(text, lang, dt.date(2024, 3, 13)), "Meeting")
    assert ev.status == "ongoing" and ev.date.value == "2024-03-13" and ev.date.source == "publication"
    assert ev.date.earliest == ev.date.latest == dt.date(2024, 3, 13)


@pytest.mark.parametrize("lang,text", [
    ("de", "Oslo (Norwegen), 13.03.2024 – Bundespräsidentin Eva Kurz wird Norwegen besuchen."),
    ("en", "OSLO, March 13 (Reuters) - President Eva Kurz will visit Norway."),
])
def test_a_dateline_does_not_date_a_plan(lang, text):
    """The day of a dateline is the report's: a plan the sentence tells without a date of its own
    stays undated."""
    (ev,) = told(run(text, lang, dt.date(2024, 3, 13)), "StateVisit")
    assert ev.status == "planned" and ev.date is None


def test_a_dateline_still_dates_what_was_done():
    (ev,) = told(run("Oslo (Norwegen), 12.03.2024 – Bundespräsidentin Eva Kurz hat Norwegen besucht.", "de",
                     dt.date(2024, 3, 13)), "StateVisit")
    assert ev.date.value == "2024-03-12"


# -- a stay told with its length, taken up again by its noun as beginning on a day ----------------------

@pytest.mark.parametrize("lang,text", [
    ("de", "Präsidentin Eva Kurz bricht morgen zu einer dreitägigen Reise nach Südamerika auf. Am Freitag beginnt "
           "die Reise in Lima. Dort trifft sie Präsident Jorge Salas."),
    ("en", "President Eva Kurz sets off on a three-day trip to South America tomorrow. The trip begins on Friday in "
           "Lima. There she will meet President Jorge Salas."),
])
def test_a_stay_begun_on_a_day_keeps_the_length_told_before(lang, text):
    """The trip's three days run from its first; the meeting told next lies on that first day."""
    found = run(text, lang, dt.date(2024, 3, 14))
    (trip,) = told(found, "StateVisit")
    (meeting,) = told(found, "Meeting")
    assert trip.date.value == "2024-03-15/2024-03-17"
    assert (meeting.date.value, meeting.date.source) == ("2024-03-15", "context")


@pytest.mark.parametrize("lang,text", [
    ("de", "Präsidentin Eva Kurz nimmt nächste Woche an einem zweitägigen Gipfel in Quito teil. Am Freitag beginnt "
           "die Reise in Lima."),
    ("en", "President Eva Kurz will attend a two-day summit in Quito next week. The trip begins on Friday in Lima."),
])
def test_the_length_of_another_noun_is_not_the_stays(lang, text):
    (trip,) = told(run(text, lang, dt.date(2024, 3, 14)), "StateVisit")
    assert trip.date.value == "2024-03-15/.."


@pytest.mark.parametrize("lang,text,source", [
    ("en", "President Tom Berg was in Bergen on Tuesday. There he met Prime Minister Anna Lund.", "context"),
    ("de", "Präsident Tom Berg war am Dienstag in Bergen. Dort traf er Ministerpräsidentin Anna Lund.", "context"),
    # an expletive "there" goes on from nothing: the talks are dated by the report, as such
    ("en", "On Tuesday, President Tom Berg toured a shipyard in Bergen. There were also talks between "
           "Prime Minister Anna Lund and Jon Aas.", "publication"),
])
def test_a_sentence_set_where_the_one_before_was(lang, text, source):
    """"Dort"/"There" opens a sentence at the place of the one before: its undated events are
    on that sentence's day."""
    (ev,) = [e for e in run(text, lang, dt.date(2024, 3, 14)).events if e.type == "Meeting"]
    assert ev.date.source == source
    if source == "context":
        assert ev.date.value == "2024-03-12"


@pytest.mark.parametrize("lang,text", [
    ("en", "After the meeting with President Ida Rook on Monday, Premier Olaf Sand travelled on to Norway."),
    ("de", "Nach dem Treffen mit Präsidentin Ida Rook am Montag reiste Premier Olaf Sand nach Norwegen weiter."),
])
def test_an_undated_event_goes_on_from_a_dated_one_of_its_sentence(lang, text):
    """The journey is told with no date of its own after the dated meeting of its sentence: that
    day, from the context (the people need not be the same ones)."""
    (trip,) = [e for e in run(text, lang, dt.date(2024, 3, 14)).events if e.type == "StateVisit"]
    assert (trip.date.value, trip.date.source) == ("2024-03-11", "context")


def test_a_plan_does_not_take_the_day_of_what_was_done_in_its_sentence():
    text = "Premier Olaf Sand met President Ida Rook in Tirell on Monday, while Chancellor Ruth Amsel will travel to Norway."
    (trip,) = [e for e in run(text, "en", dt.date(2024, 3, 14)).events if e.type == "StateVisit"]
    assert trip.status == "planned" and trip.date is None


def test_an_item_title_with_its_day_is_told_by_its_own_item_only():
    """The title "28.03.2024 – X trifft Y" carries its item's day; the body of another item (a
    call a week before, with the same person) does not date it."""
    text = ("Meldungen\n\n28.03.2024 – Präsidentin Eva Kurz trifft Premier Jon Aas in Brüssel\n\n"
            "Die Präsidentin hat heute den Gast aus Norwegen empfangen.\n\n"
            "20.03.2024 – Telefonat mit Präsident Ivo Sand\n\n"
            "Präsidentin Eva Kurz telefonierte am Dienstag mit Präsident Ivo Sand.\n")
    (meeting,) = told(run(text, "de", dt.date(2024, 3, 29)), "Meeting")
    assert (meeting.status, meeting.date.value) == ("past", "2024-03-28")


def test_a_digest_item_opened_by_a_day_with_slashes():
    """"28/03/2024 X empfängt Y": the day, read day first, dates the item (not the bare year)."""
    text = ("Aktuelles\n\n28/03/2024 Präsidentin Eva Kurz empfängt Premier Jon Aas in Brüssel.\n\n"
            "20/03/2024 Präsidentin Eva Kurz telefoniert mit Präsident Ivo Sand.\n")
    a = run(text, "de", dt.date(2024, 3, 29))
    assert [m.date.value for m in told(a, "Meeting")] == ["2024-03-28"]
    assert [c.date.value for c in told(a, "PhoneCall")] == ["2024-03-20"]


@pytest.mark.parametrize("line", ["{d:02d}-03-2024", "Oslo, den {d}. März 2024"])
def test_more_date_line_forms(line):
    """A day written with hyphens, day first, and a letter date with "den" after the place are
    date lines too: "heute" in each item is that item's day."""
    text = ("Archiv\n\n" + line.format(d=18) + "\n\nPräsidentin Eva Kurz hat heute Premier Jon Aas in Oslo "
            "getroffen.\n\n" + line.format(d=12) + "\n\nPräsidentin Eva Kurz hat heute mit Präsident Ivo Sand "
            "telefoniert.\n")
    a = run(text, "de", dt.date(2024, 3, 20))
    assert [m.date.value for m in told(a, "Meeting")] == ["2024-03-18"]
    assert [c.date.value for c in told(a, "PhoneCall")] == ["2024-03-12"]


def test_a_line_of_words_ending_in_a_day_is_no_date_line():
    text = ("Archiv\n\nBericht über die Lage bis 18. März 2024\n\nPräsidentin Eva Kurz hat heute Premier Jon Aas in "
            "Oslo getroffen.\n")
    (meeting,) = told(run(text, "de", dt.date(2024, 3, 20)), "Meeting")
    assert meeting.date.value == "2024-03-20"


@pytest.mark.parametrize("lang,text", [
    ("de", "Bundespräsidentin Eva Kurz besuchte im Januar Kenia. Ein weiterer Besuch in Kenia ist geplant."),
    ("en", "President Eva Kurz visited Kenya in January. Another visit to Kenya is planned."),
])
def test_a_plan_after_a_stay_done_is_not_inside_it(lang, text):
    visits = told(run(text, lang, dt.date(2024, 3, 14)), "StateVisit")
    plan = [v for v in visits if v.status == "planned"]
    assert plan and all(v.date is None for v in plan)
