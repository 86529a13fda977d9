"""Text processing stays linear: over-long sentences are cut, very long documents go section by section.

Times are measured by ``scripts/bench_linear.py``; these tests check the
structure that makes them linear (no piece any step sees is longer than its
limit) and that nothing is lost or misplaced by cutting.
"""

from __future__ import annotations

import json

import pytest

pytest.importorskip("kb.events")

import kb.pipeline  # noqa: E402
from kb import sections, sentences  # noqa: E402
from kb.api import KnowledgeBase  # noqa: E402
from kb.document import make_document  # noqa: E402
from kb.model import Analysis  # noqa: E402
from kb.pipeline import analyse  # noqa: E402
from kb.store import Store  # noqa: E402

LIMIT = sentences.MAX_SENTENCE_CHARS


def _doc(text: str, lang: str = "de"):
    return make_document(text, id="lin", lang=lang, published="2024-05-14")


def _check_spans(a: Analysis) -> None:
    text = a.text
    for s in a.sentences:
        assert 0 <= s.start < s.end <= len(text) and not text[s.start].isspace()
        assert all(text[t.start:t.end] == t.text for t in s.tokens)
    for t in a.timexes:
        assert text[t.start:t.end] == t.text
    for m in a.mentions:
        assert text[m.start:m.end] == m.text
    for e in a.events:
        assert 0 <= e.evidence.start < e.evidence.end <= len(text)
        for p in e.participants:
            assert p.span is None or text[p.span.start:p.span.end].strip()


@pytest.mark.parametrize("text,limit,cuts", [
    ("eins zwei drei vier fünf sechs", 12, [9, 19]),           # the last space in the window
    ("eins zwei, drei vier fünf", 16, [10]),                  # a space after a comma comes first
    ("eins zwei\ndrei, vier fünf sechs", 14, [9, 20]),        # a line break before that
    ("abcdefghijklmnopqrstuvwxyz", 10, [10, 20]),              # no space at all: a hard cut
])
def test_cut_points_prefer_safe_boundaries(text, limit, cuts):
    assert sentences.cut_points(text, 0, len(text), limit) == cuts
    bounds = [0, *cuts, len(text)]
    assert all(0 < b - a <= limit for a, b in zip(bounds, bounds[1:]))


def test_an_over_long_sentence_is_cut_into_pieces_with_a_warning():
    phrase = "Die Delegation sprach am Donnerstag mit der Regierung, "
    text = "Der Kanzler reiste nach Wien. " + phrase * 200 + "und dann war Schluss. Danach kam nichts."
    a = Analysis(document=_doc(text))
    sentences.annotate(a)
    assert max(s.end - s.start for s in a.sentences) <= LIMIT
    assert text[a.sentences[0].start:a.sentences[0].end] == "Der Kanzler reiste nach Wien."
    assert text[a.sentences[-1].start:a.sentences[-1].end] == "Danach kam nichts."
    assert len(a.warnings) == 1 and "1 sentence(s) longer than 2,000 characters" in a.warnings[0]
    # nothing lost: the words of the pieces are the words of the text
    assert [t.text for s in a.sentences for t in s.tokens] == [t.text for t in sentences.tokenize(text)]
    # the cuts fall after commas, so no piece starts or ends inside a word
    assert len(a.sentences) >= 8
    for s in a.sentences[1:-2]:
        assert text[s.end - 1] == "," and text[s.start - 1] == " "


def test_many_abbreviations_without_spaces_are_split_in_linear_passes():
    # The word before each stop is looked for only in a window; results as before.
    text = "Er traf z.B. Dr. Meier am 3. Mai. Dann ging er. " + "A.B." * 3000 + " Ende."
    got = [text[s.start:s.end] for s in sentences.split(text, "de")]
    assert got[:2] == ["Er traf z.B. Dr. Meier am 3. Mai.", "Dann ging er."]
    assert "".join(got).replace(" ", "") == text.replace(" ", "")


@pytest.mark.parametrize("unit", ["am Donnerstag ", "am Donnerstag\n", "on Thursday and "])
def test_temporal_sees_no_sentence_longer_than_the_limit(unit):
    text = unit * (60_000 // len(unit))
    cuts = kb.pipeline._temporal_cuts(text)
    bounds = [0, *cuts, len(text)]
    assert cuts and all(0 < b - a <= LIMIT for a, b in zip(bounds, bounds[1:]))
    a = analyse(_doc(text, "en" if unit.startswith("on") else "de"))
    _check_spans(a)
    # a cut may split an expression, but almost every one is found, at its place
    assert len(a.timexes) >= 0.95 * text.count(unit.split()[1])


def test_dates_before_and_after_a_long_paragraph_are_those_of_the_short_text():
    head = "Der Präsident empfing am Dienstag den Premierminister in Rom.\n"
    tail = "\nMacron traf am Mittwoch Scholz in Berlin."
    filler = "und noch ein Wort " * 400
    alone = analyse(_doc(head + tail))
    long = analyse(_doc(head + filler + tail))
    shift = len(filler)
    assert [(t.text, t.value, t.start) for t in alone.timexes] == \
           [(t.text, t.value, t.start if t.start < len(head) else t.start - shift) for t in long.timexes]


ARTICLE = ("Macron reiste am Mittwoch zum zweiten Mal nach China.\n"
           "Scholz besuchte am Montag zum dritten Mal Indien.\n"
           "Die Ministerin reiste am Montag nach Wien und traf dort den Kanzler.\n")


def test_a_very_long_document_is_analysed_section_by_section(monkeypatch):
    monkeypatch.setattr(sections, "SECTION_CHARS", 400)
    parts = [ARTICLE * 2 for _ in range(4)]
    text = "\n".join(parts)
    alone = analyse(_doc(parts[0]))
    a = analyse(_doc(text))
    _check_spans(a)
    assert any("sections" in w for w in a.warnings)
    assert len(a.events) == 4 * len(alone.events) and len(a.claims) == 4 * len(alone.claims)
    # each section found what the text of one part finds alone, at the part's place
    key = [(e.type, e.date.value if e.date else None, text_of(alone, e)) for e in alone.events]
    for k in range(4):
        chunk = a.events[k * len(alone.events):(k + 1) * len(alone.events)]
        assert [(e.type, e.date.value if e.date else None, text_of(a, e)) for e in chunk] == key
    # ids run through the document, and the links between claims and events follow them
    assert {e.id for e in a.events} == {f"e{i}" for i in range(1, len(a.events) + 1)}
    assert {c.id for c in a.claims} == {f"c{i}" for i in range(1, len(a.claims) + 1)}
    # ... and point, in each section, to the events they point to in the part alone
    def links(analysis, claims, events):
        where = {e.id: i for i, e in enumerate(events)}
        return [(where.get(c.event), where.get(c.implies)) for c in claims]

    ne, nc = len(alone.events), len(alone.claims)
    expected = links(alone, alone.claims, alone.events)
    assert any(i is not None for pair in expected for i in pair)
    for k in range(4):
        got = links(a, a.claims[k * nc:(k + 1) * nc], a.events)
        assert got == [tuple(None if i is None else i + k * ne for i in pair) for pair in expected]
    implied = {e.implied_by for e in a.events if e.implied_by}
    assert implied and implied <= {c.id for c in a.claims}
    json.dumps(a.as_record(), ensure_ascii=False)
    summary = KnowledgeBase(Store(None)).ingest_documents([_doc(text)])
    assert summary.documents == 1 and not summary.rejected


def text_of(a: Analysis, e) -> str:
    return a.text[e.evidence.start:e.evidence.end]


def test_an_article_is_not_cut_into_sections():
    a = analyse(_doc(ARTICLE * 20))
    assert sections.split(a) == [] and not any("sections" in w for w in a.warnings)
