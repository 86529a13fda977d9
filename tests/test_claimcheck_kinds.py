"""check-claims per claim kind on a fixture KB of its own: a consistent count, an inconsistent
ordinal, "last" claims, a term, and claims kb cannot check (with the reason)."""

from __future__ import annotations

import datetime as dt
import json

from click.testing import CliRunner

from fixtures_rdf import FIXED_RUN, MACRON, POLAND, TUSK, WARSAW, span
from kb.cli import main
from kb.model import Analysis, Claim, DateValue, Document, Entity, Event, Participant, Span
from kb.store import Store

D = dt.date
LYON = Entity("Q456", "Lyon", "city", labels={"en": ["Lyon"]}, country="Q142")
HISTORY = ("Macron and Tusk held talks in Vienna on 3 March 2024. The two met again in Prague on "
           "9 September 2024. Macron spent a day in Warsaw on 20 November 2024. In April 2022 Macron "
           "won the presidential run-off. He had first won in May 2017. He toured Lyon on 2 December 2024.")
CLAIMS = ("Macron and Tusk have met twice since January 2024. It is Macron's third visit to Poland within "
          "a year. They last met in September 2024. Macron and Tusk last met in March 2024. It is his first "
          "trip since taking office. He was the first president to swim across the Seine. He serves a "
          "second term. It is his first trip abroad this winter. They have met umpteen times. It was their "
          "second encounter of some kind. They have not met since the crisis. They last spoke by phone in June "
          "2024. He toured four countries on one trip. It is his first visit abroad since his inauguration.")


def _day(value: str) -> DateValue:
    d = D.fromisoformat(value)
    return DateValue(value, d, d, "day")


def _month(y: int, m: int) -> DateValue:
    last = (D(y + (m == 12), m % 12 + 1, 1) - dt.timedelta(days=1))
    return DateValue(f"{y}-{m:02d}", D(y, m, 1), last, "month")


def history() -> Analysis:
    t = HISTORY
    both = [Participant(MACRON, "Macron", "participant"), Participant(TUSK, "Tusk", "participant")]
    events = [
        Event("e1", "Meeting", "past", span(t, "Macron and Tusk held talks"), participants=both,
              date=_day("2024-03-03")),
        Event("e2", "Meeting", "past", span(t, "The two met again"), participants=both, date=_day("2024-09-09")),
        Event("e3", "StateVisit", "past", span(t, "Macron spent a day"), participants=[
              Participant(MACRON, "Macron", "guest")], place=Participant(WARSAW, "Warsaw"), date=_day("2024-11-20")),
        Event("e4", "Election", "past", span(t, "In April 2022"), participants=[Participant(MACRON, "Macron", "winner")],
              date=_month(2022, 4)),
        Event("e5", "Election", "past", span(t, "He had first won"), participants=[
              Participant(MACRON, "Macron", "winner")], date=_month(2017, 5)),
        Event("e6", "StateVisit", "past", span(t, "He toured Lyon"), participants=[
              Participant(MACRON, "Macron", "guest")], place=Participant(LYON, "Lyon"), date=_day("2024-12-02")),
    ]
    return Analysis(Document("own-history", t, "en", published=D(2025, 1, 5), source="Own Wire"), events=events)


def claims() -> Analysis:
    t = CLAIMS
    macron, both = [Participant(MACRON, "Macron")], [Participant(MACRON, "Macron"), Participant(TUSK, "Tusk")]
    as_of = D(2025, 1, 15)

    def claim(n, kind, value, etype, sentence, parts, **kw):
        return Claim(f"c{n}", kind, value, etype, span(t, sentence), participants=parts, as_of=as_of, **kw)

    cs = [
        claim(1, "count", 2, "Meeting", "have met twice", both, since=_month(2024, 1)),
        claim(2, "ordinal", 3, "StateVisit", "third visit to Poland", macron, within="P1Y",
              place=Participant(POLAND, "Poland")),
        claim(3, "ordinal", "last", "Meeting", "They last met in September", both, date=_month(2024, 9)),
        claim(4, "ordinal", "last", "Meeting", "last met in March", both, date=_month(2024, 3)),
        claim(5, "ordinal", 1, "StateVisit", "first trip since taking office", macron,
              window_text="since taking office"),
        claim(6, "ordinal", 1, "Other", "first president to swim", macron, qualifier="class",
              scope="first president"),
        claim(7, "ordinal", 2, "Election", "second term", macron, qualifier="term"),
        claim(8, "count", 2, "Meeting", "have met twice", [Participant(None, "the two envoys", span=Span(0, 6))]),
        claim(9, "ordinal", 1, "StateVisit", "first trip abroad this winter", macron, scope="abroad", abroad=True,
              since=DateValue("2024-11/2025-02", D(2024, 11, 1), D(2025, 2, 28), "month")),
        claim(10, "count", "many", "Meeting", "have met umpteen times", both),
        claim(11, "ordinal", 2, "Other", "second encounter of some kind", both),
        claim(12, "ordinal", "last", "Meeting", "have not met since the crisis", both, window_text="since the crisis"),
        claim(13, "ordinal", "last", "PhoneCall", "last spoke by phone in June", both, date=_month(2024, 6)),
        claim(14, "count", 4, "StateVisit", "toured four countries", macron, qualifier="stops"),
        # the window kb.claims took from the gazetteer's tenure start ("since his inauguration")
        claim(15, "ordinal", 1, "StateVisit", "first visit abroad since his inauguration", macron, scope="abroad",
              abroad=True, since=_day("2024-10-01"), window_text="since his inauguration"),
    ]
    return Analysis(Document("own-claims", t, "en", published=as_of), claims=cs)


def _store(tmp_path) -> str:
    path = tmp_path / "kb"
    with Store(str(path)) as s:
        s.ingest(history(), run=FIXED_RUN)
        s.ingest(claims(), run=FIXED_RUN)
    return str(path)


def _checks(store: str) -> dict[str, dict]:
    r = CliRunner().invoke(main, ["--store", store, "check-claims", "--format", "json"], catch_exceptions=False)
    assert r.exit_code == 0, r.output
    return {c["claim"].rsplit("/", 1)[-1]: c for c in json.loads(r.output) if c["doc_id"] == "own-claims"}


def test_each_kind_gets_its_own_check(tmp_path):
    checks = _checks(_store(tmp_path))
    count = checks["c1"]
    assert (count["kind"], count["found"], count["verdict"]) == ("count", 2, "consistent")
    assert count["window"] == ["2024-01-01", "2025-01-15"]
    ordinal = checks["c2"]  # "third visit within a year": the KB knows one
    assert (ordinal["kind"], ordinal["found"], ordinal["verdict"]) == ("ordinal", 1, "fewer_in_kb")
    assert ordinal["window"] == ["2024-01-15", "2025-01-15"]
    assert [e["source"] for e in ordinal["events"]] == ["Own Wire"]
    last = checks["c3"]  # the latest meeting the KB holds is in September 2024
    assert (last["kind"], last["verdict"], last["last_date"]) == ("last", "consistent", "2024-09")
    stale = checks["c4"]  # "last met in March" while the KB holds a meeting in September
    assert (stale["kind"], stale["verdict"]) == ("last", "later_in_kb")
    term = checks["c7"]  # a second term: two won elections
    assert (term["kind"], term["found"], term["verdict"]) == ("term", 2, "consistent")
    abroad = checks["c9"]  # "first trip abroad this winter": Warsaw counts, Lyon (at home) does not
    assert (abroad["found"], abroad["verdict"]) == (1, "consistent")
    assert [e["event"].rsplit("/", 1)[-1] for e in abroad["events"]] == ["e3"]


def test_claims_kb_cannot_check_say_why(tmp_path):
    checks = _checks(_store(tmp_path))
    window = checks["c5"]
    assert window["verdict"] == "not_checkable" and "since taking office" in window["reason"]
    role = checks["c6"]
    assert role["verdict"] == "not_checkable" and "holders of a role" in role["reason"]
    unlinked = checks["c8"]
    assert unlinked["verdict"] == "not_checkable" and "linked" in unlinked["reason"]


def test_what_kb_could_not_resolve_is_not_checkable_with_its_reason(tmp_path):
    """A counted type, a number or a date kb could not resolve gives no verdict, and says which."""
    checks = _checks(_store(tmp_path))
    many = checks["c10"]  # "umpteen times": no number to compare
    assert (many["kind"], many["verdict"]) == ("count", "not_checkable") and "no number" in many["reason"]
    other = checks["c11"]  # what it counts is no event type kb counts
    assert other["verdict"] == "not_checkable" and "Other is not a countable event type" in other["reason"]
    undated = checks["c12"]  # "not met since the crisis": a last claim with no date
    assert (undated["kind"], undated["verdict"]) == ("last", "not_checkable")
    assert "since the crisis" in undated["reason"]
    stops = checks["c14"]
    assert stops["verdict"] == "not_checkable" and "places one trip covers" in stops["reason"]
    assert all(not checks[c]["events"] for c in ("c10", "c11", "c12", "c14"))


def test_a_window_from_taking_office_is_checked_and_says_where_it_came_from(tmp_path):
    check = _checks(_store(tmp_path))["c15"]  # Warsaw in November 2024: the first trip abroad since October
    assert (check["found"], check["verdict"]) == (1, "consistent")
    assert "'since his inauguration' taken to begin 2024-10-01" in check["note"]


def test_a_last_claim_the_kb_has_nothing_for_is_missing(tmp_path):
    missing = _checks(_store(tmp_path))["c13"]  # no phone call of the two in the KB at all
    assert (missing["kind"], missing["verdict"], missing["found"]) == ("last", "missing_in_kb", 0)


def test_german_claims_read_by_the_pipeline_are_checked_kind_by_kind(tmp_path):
    """Own German sentences through the whole chain: analyse -> store -> check-claims."""
    from kb.merge import merge
    from kb.pipeline import analyse

    text = ("Emmanuel Macron und Donald Tusk haben sich seit Januar 2024 zweimal getroffen. "
            "Es ist Macrons dritter Besuch in Polen binnen eines Jahres. "
            "Emmanuel Macron und Donald Tusk trafen sich zuletzt im September 2024. "
            "Es ist die erste Reise von Emmanuel Macron seit seinem Amtsantritt.")
    said = analyse(Document("own-german", text, "de", published=D(2025, 1, 15)))
    path = tmp_path / "kb"
    with Store(str(path)) as s:
        s.ingest(history(), run=FIXED_RUN)
        s.ingest(said, run=FIXED_RUN)
        merge(s)  # the text's own report of the September meeting is the history's meeting
    r = CliRunner().invoke(main, ["--store", str(path), "check-claims", "--format", "json"], catch_exceptions=False)
    got = {(c["kind"], str(c["claimed"])): c for c in json.loads(r.output) if c["doc_id"] == "own-german"}
    count = got[("count", "2")]  # three reports, two meetings
    assert (count["found"], count["verdict"], len(count["events"])) == (2, "consistent", 3)
    assert count["window"][0] == "2024-01-01"
    third = got[("ordinal", "3")]  # one visit to Poland in the year before: Warsaw, November 2024
    assert (third["found"], third["verdict"]) == (1, "fewer_in_kb")
    assert got[("last", "last")]["verdict"] == "consistent"
    first = got[("ordinal", "1")]
    assert first["verdict"] == "not_checkable" and "seit seinem Amtsantritt" in first["reason"]


def test_text_output_names_verdicts_and_reasons(tmp_path):
    r = CliRunner().invoke(main, ["--store", _store(tmp_path), "check-claims"], catch_exceptions=False)
    assert r.exit_code == 0
    out = r.output
    assert "own-claims: count claim 2 x Meeting in 2024-01-01/2025-01-15: KB has 2 -> consistent" in out
    assert "own-claims: ordinal claim 3 x StateVisit in 2024-01-15/2025-01-15: KB has 1 -> fewer_in_kb" in out
    assert "own-claims: last claim Meeting on 2024-09 (up to 2025-01-14): KB's latest is 2024-09-09 -> consistent" in out
    assert "not checkable: its window ('since taking office') has no date kb could resolve" in out
    assert out.rstrip().splitlines()[-1].startswith("15 claims: ")


def test_a_claim_made_to_the_addressee_is_checked_against_the_addressee(tmp_path):
    """"Tusk: You have visited Poland twice since January 2024." is Macron's count (kb.claims.speech),
    read from text by the pipeline and checked against Macron's visits in the fixture KB."""
    from kb.pipeline import analyse

    said = analyse(Document("own-transcript", "Donald Tusk: You have visited Poland twice since January 2024. "
                            "Emmanuel Macron: Thank you, it is always a pleasure.", "en", published=D(2025, 1, 15)))
    (claim,) = said.claims
    assert [p.entity.id for p in claim.participants] == [MACRON.id]
    path = tmp_path / "kb"
    with Store(str(path)) as s:
        s.ingest(history(), run=FIXED_RUN)
        s.ingest(said, run=FIXED_RUN)
    r = CliRunner().invoke(main, ["--store", str(path), "check-claims", "--format", "json"], catch_exceptions=False)
    (check,) = [c for c in json.loads(r.output) if c["doc_id"] == "own-transcript"]
    # the place its clause names narrows the count: Warsaw (November 2024) counts, Lyon does not
    assert (check["kind"], check["claimed"], check["found"], check["verdict"]) == ("count", 2, 1, "fewer_in_kb")
    assert [e["event"].rsplit("/", 1)[-1] for e in check["events"]] == ["e3"]
