"""The events step does its searches once (issue 16, Stop 32): the matches of a pattern over a
sentence are kept by its context (:meth:`kb.events.context.Context.scan`), the phases of a
sentence are looked for only with the event nouns whose words it holds, and the mentions and
time expressions of each sentence are found in one pass. Each must give what the work it
replaces gave."""

from __future__ import annotations

import datetime as dt
import re

import pytest

import kb.events as events
from kb.events import phases
from kb.model import Document, Sentence
from kb.pipeline import analyse

_TEXTS = [
    ("en", "President Tom Berg arrived in Nairobi on Tuesday for a three-day state visit. The visit ends on "
           "Thursday. On the second day of the visit, Berg met Prime Minister Ada Wanjiru."),
    ("de", "Kanzlerin Lena Vogt reist am Montag zu einem zweitägigen Besuch nach Oslo. Der Besuch endet am "
           "Dienstag. Am zweiten Tag traf Vogt den Ministerpräsidenten Per Lund."),
    ("en", "The weather was mild in Tallinn on Sunday, and nobody met anybody."),  # no event, no phase
]


def _context(lang: str, text: str, n: int):
    analysis = analyse(Document(id="t", text=text, lang=lang, published=dt.date(2025, 3, 3)), until="frames")
    sent = analysis.sentences[n]
    mentions = [m for m in analysis.mentions if sent.start <= m.start < sent.end]
    timexes = [t for t in analysis.timexes if sent.start <= t.start < sent.end]
    frames = [f for f in analysis.frames if f.sentence == n]
    return events._context(text, lang, sent, mentions, timexes, [], [], frames)


@pytest.mark.parametrize("lang,text", _TEXTS)
def test_a_scan_is_the_patterns_matches_over_the_sentence_found_once(lang, text):
    ctx = _context(lang, text, 0)
    for rule in events.rules(lang).triggers[:40]:
        expected = [(m.start(), m.end()) for m in rule.pattern.finditer(text, ctx.sentence.start, ctx.sentence.end)]
        first = ctx.scan(rule.pattern)
        assert [(m.start(), m.end()) for m in first] == expected
        assert ctx.scan(rule.pattern) is first  # kept, not searched again


def test_two_equal_patterns_are_scanned_apart():
    ctx = _context("en", _TEXTS[0][1], 0)
    a, b = re.compile(r"visit"), re.compile(r"visit", re.IGNORECASE)
    assert len(ctx.scan(a)) == len(ctx.scan(b)) == 1
    assert ctx.scan(a) is not ctx.scan(b)


@pytest.mark.parametrize("lang,text", _TEXTS)
def test_phases_looked_for_only_with_nouns_whose_words_the_sentence_holds_are_the_same(lang, text):
    for n in range(len(analyse(Document(id="t", text=text, lang=lang), until="sentences").sentences)):
        everything = phases.find(_context(lang, text, n), n, lang)
        gated = phases.find(_context(lang, text, n), n, lang, events._may_match(_context(lang, text, n), lang))
        assert gated == everything


def test_the_phases_of_a_stay_are_still_found():
    lang, text = _TEXTS[0]
    found = phases.find(_context(lang, text, 1), 1, lang, events._may_match(_context(lang, text, 1), lang))
    assert [(p.kind, p.date.value) for p in found] == [("end", "2025-03-06")]


class _At:
    def __init__(self, start: int):
        self.start = start


@pytest.mark.parametrize("sentences", [
    [Sentence(0, 10), Sentence(12, 20), Sentence(20, 30)],  # in order, with a gap
    [Sentence(12, 20), Sentence(0, 10)],  # out of order: every sentence filters all items
    [Sentence(0, 15), Sentence(10, 20)],  # overlapping: the same
    [],
])
def test_items_per_sentence_in_one_pass_are_those_each_sentence_would_filter(sentences):
    items = [_At(p) for p in (0, 5, 9, 10, 11, 12, 19, 20, 29, 30, 45)]
    expected = [[x for x in items if s.start <= x.start < s.end] for s in sentences]
    assert events._per_sentence(sentences, items) == expected


def test_each_sentence_keeps_its_own_participants_and_dates():
    """With the one-pass grouping, each sentence's event still gets that sentence's people and day."""
    text = ("Chancellor Lena Vogt met President Tom Berg in Riga on Monday. "
            "Prime Minister Ada Wanjiru visited Oslo on Friday.")
    doc = Document(id="t", text=text, lang="en", published=dt.date(2025, 3, 3))
    got = {(e.type, e.date.value if e.date else None, frozenset(p.label for p in e.participants))
           for e in analyse(doc).events}
    assert ("Meeting", "2025-03-03", frozenset({"Chancellor Lena Vogt", "President Tom Berg"})) in got
    assert any(t == "StateVisit" and d == "2025-02-28" and who == {"Prime Minister Ada Wanjiru"} for t, d, who in got)
    nothing = Document(id="n", text=_TEXTS[2][1], lang="en", published=dt.date(2025, 3, 3))
    assert analyse(nothing).events == []


@pytest.mark.parametrize("lang,text", _TEXTS)
def test_withins_read_when_asked_are_what_within_reads(lang, text):
    """Stop 34: each sentence's phases.within is read only when the dating steps ask for it."""
    count = len(analyse(Document(id="t", text=text, lang=lang), until="sentences").sentences)
    lazy = phases.Withins(lang)
    for n in range(count):
        lazy.add(n, _context(lang, text, n))
    assert len(lazy) == count and list(lazy) == list(range(count))
    assert count not in lazy and lazy.get(count) is None and lazy.get(count, "none") == "none"
    for n in reversed(range(count)):
        assert lazy[n] == phases.within(_context(lang, text, n), lang)
        assert lazy.get(n) is lazy[n]  # read once, kept


def test_withins_read_nothing_before_asked(monkeypatch):
    lang, text = _TEXTS[0]
    read = []
    monkeypatch.setattr(phases, "within", lambda ctx, lang: read.append(ctx) or phases.Within())
    lazy = phases.Withins(lang)
    lazy.add(0, _context(lang, text, 0))
    lazy.add(2, _context(lang, text, 2))
    assert 0 in lazy and 1 not in lazy and read == []
    assert lazy.get(2) == phases.Within() and len(read) == 1
    assert lazy[2] == phases.Within() and len(read) == 1


def test_a_phase_belongs_anywhere_only_with_an_event_in_reach():
    assert not phases.belongs_anywhere(0, None)
    assert phases.belongs_anywhere(4, 4) and phases.belongs_anywhere(10, 4)
    assert not phases.belongs_anywhere(11, 4)


_PHASE_TEXTS = [
    ("en", "The visit ends on Thursday. President Tom Berg arrived in Nairobi on Tuesday for a state visit. "
           "He laid a wreath. He toured a school. The visit ends on Thursday.", "2025-02-25/2025-02-27"),
    ("de", "Der Besuch endet am Dienstag. Kanzlerin Lena Vogt reist am Montag zu einem Besuch nach Oslo. "
           "Sie besichtigt eine Werft. Der Besuch endet am Dienstag.", "2025-03-03/2025-03-04"),
    ("en", "The weather was mild. The trip begins on Friday. The summit ends on Wednesday.", None),  # no stay told
]


@pytest.mark.parametrize("lang,text,stay", _PHASE_TEXTS)
def test_phases_looked_for_only_after_an_event_give_what_every_sentence_gave(lang, text, stay, monkeypatch):
    """Stop 34: a sentence is searched for phases only when an event is told in it or in the
    sentences of reach before it; searching every sentence gives the same events."""
    doc = Document(id="t", text=text, lang=lang, published=dt.date(2025, 3, 3))
    found = [e.as_record(text) for e in analyse(doc).events]
    assert [e.date.value for e in analyse(doc).events if e.type == "StateVisit"][:1] == ([stay] if stay else [])
    monkeypatch.setattr(phases, "belongs_anywhere", lambda n, last: True)
    assert [e.as_record(text) for e in analyse(doc).events] == found


def _anchors_reading_all_timexes(text, sentences, timexes, patterns):
    from kb.events import digest

    lines = {n: d for n, s in enumerate(sentences) if (d := digest.date_line(text, s, timexes, patterns)) is not None}
    opening = {n: d for n, s in enumerate(sentences)
               if n not in lines and (d := digest.opening_day(text, s, timexes, patterns)) is not None}
    if len(lines) + len(opening) < 2:
        return {}
    out, current = {}, None
    for n in range(len(sentences)):
        if n in lines:
            current = (n, lines[n])
            continue
        if n in opening:
            current = (n, opening[n])
        if current is not None:
            out[n] = current
    return out


@pytest.mark.parametrize("lang,text", [
    ("de", "Kurzmeldungen\n\n12.03.2025\nKanzlerin Lena Vogt traf am Montag Per Lund.\n\n14.03.2025\n"
           "Vogt reiste am Freitag nach Oslo. Dort sprach sie mit Lund.\n"),
    ("en", "News in brief\n\nMarch 12, 2025 President Tom Berg met Ada Wanjiru on Monday.\n\n"
           "March 14, 2025 Berg flew to Oslo.\n\nBerlin, 15 March 2025\nBerg left Oslo on Saturday.\n"),
    ("en", "President Tom Berg met Ada Wanjiru in Nairobi on Monday. They spoke for an hour.\n"),  # no digest
])
def test_digest_anchors_read_with_each_sentences_timexes_are_those_read_with_all(lang, text):
    """Stop 34: each sentence of a digest is read with the timexes that start in it, not all."""
    from kb.events import digest

    analysis = analyse(Document(id="t", text=text, lang=lang, published=dt.date(2025, 3, 20)), until="temporal")
    patterns = phases.date_line_patterns(lang)
    for timexes in (analysis.timexes, list(reversed(analysis.timexes))):
        expected = _anchors_reading_all_timexes(text, analysis.sentences, timexes, patterns)
        assert digest.anchors(text, analysis.sentences, timexes, patterns) == expected
    if "brief" in text or "Kurzmeldungen" in text:
        assert expected
