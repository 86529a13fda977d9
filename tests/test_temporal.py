"""The temporal tagger's public API on sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from kb.model import Analysis, Document, Span
from kb.temporal import annotate, merge_ranges, resolve_date, tag, timex_record

TUESDAY = dt.date(2024, 5, 14)

DE_ARTICLE = (
    "Am Dienstag kündigte das Amt an, der Kanzler reise am Donnerstag und Freitag nach Peking. "
    "Innerhalb von sieben Monaten ist es, nach der Wiederwahl im März, schon die zweite Reise dorthin. "
    "Seit Februar 2022 trafen sich die beiden Regierungen dreimal. "
    "Die Minister beraten in dieser Woche."
)


def by_text(timexes):
    return {t.text: t for t in timexes}


def test_tag_german_article():
    found = by_text(tag(DE_ARTICLE, "de", TUESDAY))
    assert found["Donnerstag"].value == "2024-05-16"
    assert found["Freitag"].value == "2024-05-17"
    assert found["Dienstag"].value == "2024-05-14"
    march = found["März"]
    assert (march.value, march.granularity) == ("2024-03", "month")
    assert (march.earliest, march.latest) == (dt.date(2024, 3, 1), dt.date(2024, 3, 31))
    assert (found["sieben Monaten"].type, found["sieben Monaten"].value) == ("DURATION", "P7M")
    assert found["sieben Monaten"].earliest is None
    feb = found["Februar 2022"]
    assert (feb.value, feb.mod) == ("2022-02", "ON_OR_AFTER")
    week = found["dieser Woche"]
    assert (week.value, week.granularity) == ("2024-W20", "week")
    assert (week.earliest, week.latest) == (dt.date(2024, 5, 13), dt.date(2024, 5, 19))


def test_tag_is_sorted_and_offsets_are_evidence():
    found = tag(DE_ARTICLE, "de", TUESDAY)
    assert [t.start for t in found] == sorted(t.start for t in found)
    assert all(DE_ARTICLE[t.start:t.end] == t.text for t in found)


def test_annotate_merges_ranges_and_opens_since():
    analysis = Analysis(Document(id="d1", text=DE_ARTICLE, lang="de", published=TUESDAY))
    annotate(analysis)
    found = by_text(analysis.timexes)
    pair = found["Donnerstag und Freitag"]
    assert (pair.value, pair.granularity) == ("2024-05-16/2024-05-17", "day")
    assert (pair.earliest, pair.latest) == (dt.date(2024, 5, 16), dt.date(2024, 5, 17))
    since = found["Februar 2022"]
    assert since.value == "2022-02/.."
    assert (since.earliest, since.latest) == (dt.date(2022, 2, 1), TUESDAY)
    assert analysis.warnings == []


def test_annotate_skips_boilerplate_and_warns_without_date():
    text = "Gestern kam der Minister. Newsletter abonnieren: jeden Montag neu."
    boiler = Span(text.index("Newsletter"), len(text))
    analysis = Analysis(Document(id="d2", text=text, lang="de", published=None), boilerplate=[boiler])
    annotate(analysis)
    assert [t.text for t in analysis.timexes] == ["Gestern"]
    assert analysis.timexes[0].resolved is False
    assert analysis.timexes[0].value == "XXXX-XX-XX"
    assert analysis.timexes[0].underspecified == "UNDEF-REF-day-MINUS-1"
    assert len(analysis.warnings) == 1 and "publication date" in analysis.warnings[0]


def test_english_ranges_and_since():
    text = "The envoy will visit Oslo on Thursday and Friday. Prices have risen since 2014."
    found = by_text(merge_ranges(text, "en", tag(text, "en", TUESDAY), TUESDAY))
    assert found["Thursday and Friday"].value == "2024-05-16/2024-05-17"
    since = found["2014"]
    assert (since.value, since.earliest, since.latest) == ("2014/..", dt.date(2014, 1, 1), TUESDAY)


def test_german_day_range_is_two_timexes_in_tag_and_one_interval_in_merge():
    text = "Die Messe findet vom 16. bis 17. Mai statt."
    found = tag(text, "de", TUESDAY)
    assert [(t.text, t.value) for t in found] == [("16.", "2024-05-16"), ("17. Mai", "2024-05-17")]
    merged = merge_ranges(text, "de", found, TUESDAY)
    assert [(t.text, t.value) for t in merged] == [("16. bis 17. Mai", "2024-05-16/2024-05-17")]


def test_no_reference_date_leaves_values_underspecified():
    for text, lang, expected in [("Sie kommt am Donnerstag.", "de", "XXXX-WXX-4"),
                                 ("She came in March.", "en", "XXXX-03"),
                                 ("Er kam gestern.", "de", "XXXX-XX-XX")]:
        (timex,) = tag(text, lang, None)
        assert (timex.value, timex.resolved, timex.earliest, timex.latest) == (expected, False, None, None)
    (absolute,) = tag("Sie kam am 3. März 2021.", "de", None)
    assert (absolute.value, absolute.resolved) == ("2021-03-03", True)


def test_narrative_mode_uses_the_last_absolute_date():
    text = "Der Krieg begann im Juli 1914. Im August rückte das Heer vor. Zwei Tage später fiel Lüttich."
    found = by_text(tag(text, "de", dt.date(2011, 2, 16), "narrative"))
    assert found["August"].value == "1914-08"
    assert found["Zwei Tage später"].value == "1914-08"  # no day known: stays at month granularity
    text = "Am 4. August 1914 begann der Angriff. Zwei Tage später fiel Lüttich."
    assert by_text(tag(text, "de", None, "narrative"))["Zwei Tage später"].value == "1914-08-06"


def test_timex_record_replaces_timexes():
    rec = {"doc_id": "x", "lang": "en", "dct": "2024-05-14", "text": "He left yesterday.",
           "timexes": [{"start": 0, "end": 2, "text": "He", "type": "DATE", "value": "bogus"}]}
    out = timex_record(rec)
    assert out["doc_id"] == "x" and out["text"] == rec["text"]
    assert out["timexes"] == [{"start": 8, "end": 17, "text": "yesterday", "type": "DATE",
                               "value": "2024-05-13", "earliest": "2024-05-13",
                               "latest": "2024-05-13", "granularity": "day"}]
    assert rec["timexes"][0]["value"] == "bogus"  # the input is not modified


def test_resolve_date_for_other_steps():
    value = resolve_date("am Donnerstag und Freitag", "de", TUESDAY, direction="future")
    assert (value.value, value.granularity) == ("2024-05-16/2024-05-17", "day")
    assert resolve_date("am Donnerstag", "de", TUESDAY, direction="past").value == "2024-05-09"
    assert resolve_date("ohne Datum", "de", TUESDAY) is None
    assert resolve_date("next month", "en", TUESDAY).value == "2024-06"


def test_other_languages_get_absolute_dates_from_dateparser_locales():
    text = "Le sommet aura lieu le 16 mai 2024 à Paris, après la réunion du 3 avril."
    found = [(t.text, t.value) for t in tag(text, "fr", TUESDAY)]
    assert found == [("16 mai 2024", "2024-05-16"), ("3 avril", "2024-04-03")]
    assert [(t.text, t.value) for t in tag("Il est venu le 02.03.2021.", "fr", None)] == [("02.03.2021", "2021-03-02")]


def test_unknown_language_finds_nothing_but_iso_dates():
    assert tag("Il est venu hier.", "xx", TUESDAY) == []
    assert [t.value for t in tag("Stand: 2024-05-16", "xx", TUESDAY)] == ["2024-05-16"]


def test_impossible_dates_stay_unresolved():
    for text, lang in [("Es war der 30. Februar.", "de"), ("It was 30 February.", "en"),
                       ("It was February 30, 2023.", "en")]:
        (timex,) = tag(text, lang, TUESDAY)
        assert timex.resolved is False or timex.earliest is None


def test_narrative_before_christ_counts_years_down():
    text = ("Im Jahr 218 v. Chr. zog das Heer los. Im Dezember traf es auf die Römer. "
            "Ein Jahr später siegte es am 2. August. Im Jahr 1914 begann ein anderer Krieg. Im August fiel Lüttich.")
    found = [(t.text, t.value, t.earliest) for t in tag(text, "de", None, "narrative")]
    assert found == [("218 v. Chr.", "BC0218", None), ("Dezember", "BC0218-12", None),
                     ("Ein Jahr später", "BC0217", None), ("2. August", "BC0217-08-02", None),
                     ("Jahr 1914", "1914", dt.date(1914, 1, 1)), ("August", "1914-08", dt.date(1914, 8, 1))]


def test_merge_turns_vor_duration_into_a_date():
    text = "Vor zwei Jahren traf er den Kanzler, die Reise dauerte drei Tage."
    found = tag(text, "de", TUESDAY)
    assert [(t.text, t.type, t.value) for t in found] == [("zwei Jahren", "DURATION", "P2Y"),
                                                          ("drei Tage", "DURATION", "P3D")]
    merged = merge_ranges(text, "de", found, TUESDAY)
    assert [(t.text, t.type, t.value) for t in merged] == [("Vor zwei Jahren", "DATE", "2022"),
                                                           ("drei Tage", "DURATION", "P3D")]
    assert merged[0].earliest == dt.date(2022, 1, 1)


def test_a_history_is_tagged_in_narrative_mode_without_being_told(tmp_path):
    """kb timex FILE guesses the mode per record: written-out years far from the DCT make a history,
    whose day-month dates take the story's year; a news report keeps the DCT's."""
    import json

    from click.testing import CliRunner

    from kb.cli import main

    history = ("Im Jahr 1807 begann der Feldzug. 1808 folgte die Belagerung, 1809 der Friede. "
               "1810 kam ein neuer Vertrag, 1811 Unruhen, 1812 der Marsch nach Osten. "
               "1813 die große Schlacht, 1814 der Rückzug. Am 18. Juni endete alles.")
    news = "Der Minister reist am 18. Juni nach Rom. Er war 1998, 2005 und 2019 schon dort."
    recs = [{"doc_id": "h", "lang": "de", "dct": "2011-02-16", "text": history},
            {"doc_id": "n", "lang": "de", "dct": "2024-05-14", "text": news}]
    path = tmp_path / "c.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in recs) + "\n", encoding="utf-8")
    out = CliRunner().invoke(main, ["timex", str(path)])
    assert out.exit_code == 0, out.output
    h, n = (json.loads(line) for line in out.stdout.splitlines())
    assert [t["value"] for t in h["timexes"] if t["text"] == "18. Juni"] == ["1814-06-18"]
    assert [t["value"] for t in n["timexes"] if t["text"] == "18. Juni"] == ["2024-06-18"]
