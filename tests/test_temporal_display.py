"""TIMEX3 values are shown to readers as dates; the RDF keeps the TIMEX3 value."""

from __future__ import annotations

import pytest

import kb.api as api
from kb.temporal.display import display_value

CASES = [
    ("2024-05-16", "2024-05-16"),
    ("2024-05", "2024-05"),
    ("2024", "2024"),
    ("2023-06-08TAF", "2023-06-08 (afternoon)"),
    ("2023-06-08TNI", "2023-06-08 (night)"),
    ("2023-06-08T09:15", "2023-06-08 09:15"),
    ("2024-W01", "week 1 of 2024"),
    ("2024-W20-WE", "weekend of week 20 of 2024"),
    ("2024-Q4", "4th quarter of 2024"),
    ("2024-H1", "1st half of 2024"),
    ("2023-WI", "winter 2023"),
    ("196", "1960s"),
    ("12", "13th century"),
    ("BC0044", "44 BC"),
    ("2011/2012", "2011 to 2012"),
    ("2022-02/..", "since 2022-02"),
    ("P3D", "3 days"),
    ("PT90M", "90 minutes"),
    ("P2Y6M", "2 years 6 months"),
    ("PXY", "some years"),
    ("P1M", "1 month"),
    ("PRESENT_REF", "the present"),
    ("FUTURE_REF", "the future (unspecified)"),
    ("XXXX-12-24", "24 December, year unknown"),
    ("XXXX-WXX-5", "a Friday, date unknown"),
    ("XXXX-XX-XX", "date unknown"),
    (None, ""),
    ("", ""),
]


@pytest.mark.parametrize("value,shown", CASES)
def test_display_value(value, shown):
    assert display_value(value) == shown


@pytest.fixture(scope="module")
def kb_with_times():
    k = api.open_kb(None)
    k.ingest_text("Bundeskanzler Olaf Scholz traf am Dienstagnachmittag den französischen Präsidenten "
                  "Emmanuel Macron in Paris. Im Sommer 2023 hatte Scholz Macron in Berlin empfangen.",
                  id="display-test", lang="de", published="2024-05-16")
    yield k
    k.close()


def test_timeline_csv_and_page_show_dates_and_rdf_keeps_timex3(kb_with_times, tmp_path):
    k = kb_with_times
    stored = sorted(str(r["v"]) for r in k.store.query("SELECT ?v WHERE { ?e kb:dateValue ?v }"))
    assert "2024-05-14TAF" in stored and "2023-SU" in stored
    shown = sorted(r.value for r in k.timeline())
    assert shown == ["2024-05-14 (afternoon)", "summer 2023"]
    csv_text = k.export("csv")
    assert "2024-05-14 (afternoon)" in csv_text and "summer 2023" in csv_text
    assert "TAF" not in csv_text and "2023-SU" not in csv_text
    out = tmp_path / "kb.html"
    k.export("html", out)
    page = out.read_text(encoding="utf-8")
    assert "2024-05-14 (afternoon)" in page and "summer 2023" in page
