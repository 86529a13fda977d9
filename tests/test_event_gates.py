"""Trigger gates (kb.events.rules.Rule.gate): a sentence is only searched for a pattern when it
holds one of the words the pattern needs, so every match must contain one of them."""

import pytest

from kb.events.rules import _gate, rules

SENTENCES = {
    "en": [
        "The president of Freedonia visited Sylvania on Tuesday and held talks with its prime minister.",
        "Minister Jane Roe will travel to Ruritania next week, her office said.",
        "The two leaders spoke by telephone and agreed to meet again in March.",
        "Rufus Firefly was sworn in as prime minister after winning the election.",
        "The council dismissed its prime minister on Monday; the mayor said: we will go on.",
        "Minister Jane Roe: \"We will meet again in Ruritania.\"",
        "Thousands of protesters marched through Freetown on Sunday.",
        "Sylvanians elect a new president on Sunday.",
        "Prime Minister Ada Wanjiru met Tom Berg in Nairobi.",
    ],
    "de": [
        "Der Präsident von Freedonia besuchte am Dienstag Sylvania und traf dort den Regierungschef.",
        "Ministerin Erika Muster reist nächste Woche nach Ruritanien, teilte ihr Büro mit.",
        "Die beiden Politiker telefonierten am Montag und vereinbarten ein Treffen im März.",
        "Nach seiner Wahl wurde Max Beispiel als Bundeskanzler vereidigt.",
        "Ministerin Erika Muster: „Wir reisen im Mai nach Ruritanien.“",
        "Am Europäischen Rat in Brüssel nahm Kanzlerin Lena Vogt teil.",
        "Der Europäische Rat kommt am Donnerstag in Brüssel zusammen.",
    ],
}


@pytest.mark.parametrize("lang", sorted(SENTENCES))
def test_every_match_holds_a_gate_word(lang):
    gated = [r for r in rules(lang).triggers if r.gate]
    assert gated, "most trigger patterns need a word"
    hits = 0
    for text in SENTENCES[lang]:
        for rule in gated:
            for m in rule.pattern.finditer(text):
                hits += 1
                # in the match, or in what a lookahead of the pattern reads after it (Stop 34)
                assert any(lit in text[m.start():].lower() for lit in rule.gate), (rule.pattern.pattern, m.group())
    assert hits


def test_gates():
    assert _gate(r"visit(?:s|ed)?|trip") == frozenset({"visit", "trip"})
    assert _gate(r"(?i:visit)") is None  # case folding matches more than lower-casing finds
    assert _gate(r"(?x) visit | trip") is None  # verbose: spaces are no part of the words
    assert _gate(r"[A-Z]\w+") is None  # no word: always searched
    lemma_rules = [r for lang in SENTENCES for r in rules(lang).triggers if "lemma" in r.options]
    assert all(r.gate == frozenset() and r.pattern.pattern == "(?!)" for r in lemma_rules)


def test_gates_of_case_sensitive_parts_and_marks():
    # a case-insensitive group requires nothing; the words outside it still gate the pattern
    assert _gate(r"(?:dismiss|oust)(?:ed|es)? (?:the )?(?i:president|prime minister)") == {"dismiss", "oust"}
    assert _gate(r"(?i:visit)s? to") == {" to"}
    assert _gate(r"(?i)visit") is None  # case-insensitive as a whole
    # a pattern without words is gated by the marks it needs, never by spaces
    assert _gate(r"(?<=[\w)])[ ]?:(?=\s)") == {":"}
    assert _gate(r"[A-Z]\w+[ \t]+[A-Z]") is None


@pytest.mark.parametrize("lang", sorted(SENTENCES))
def test_guarded_trigger_patterns_match_as_written(lang):
    """A trigger pattern is compiled behind a lookahead for the characters its matches begin with
    (kb.temporal.prefilter.guarded): the same matches as the pattern as written."""
    import re

    from kb.lang import read_lines
    from kb.temporal.prefilter import guarded

    compiled = [r.pattern for r in rules(lang).triggers if "lemma" not in r.options]
    written = []
    for line in read_lines(lang, "events.txt"):
        parts = line.split("\t")
        if len(parts) < 2 or parts[0].startswith(("%", "@")) or parts[1].strip().startswith("="):
            continue
        rx = parts[1].strip()
        written.append(rx if len(parts) > 2 and "raw" in parts[2].split() else rf"(?<![\w-])(?:{rx})(?![\w-])")
    assert len(written) == len(compiled)
    texts = SENTENCES[lang] + [t.upper() for t in SENTENCES[lang]] + [" ".join(SENTENCES[lang])]
    for source, pattern in zip(written, compiled):
        assert pattern.pattern in (source, guarded(source))
        plain = re.compile(source, re.MULTILINE)
        for text in texts:
            assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in plain.finditer(text)], source[:60]


@pytest.mark.parametrize("lang", sorted(SENTENCES))
def test_guarded_cues_match_as_written(lang):
    """The discourse cues, status cues, the cues of events.txt and the prepositions of the frames are compiled behind a lookahead for the characters their
    matches begin with (also under IGNORECASE): the same matches as without it."""
    import re

    from kb.events.phases import _noun_cues, cues
    from kb.events.rules import status_cues
    from kb.frames.lexicon import lexicon as frame_lexicon

    texts = SENTENCES[lang] + [t.upper() for t in SENTENCES[lang]] + [t.lower() for t in SENTENCES[lang]]
    texts += ["Später am Tag, während des Besuchs, am zweiten Tag: geplant, abgesagt, soll, könnte.",
              "Later that day, during the visit, on the second day: planned, cancelled, would, may."]
    pairs = [(p, re.compile(p.pattern.split(")(?:", 1)[1][:-1] if p.pattern.startswith("(?=[") else p.pattern,
                            p.flags)) for p in list(cues(lang).values()) + [p for _, p in status_cues(lang)]
             + [_noun_cues(lang), frame_lexicon(lang).prep_re] + list(rules(lang).cues.values()) if p is not None]
    assert any(p.pattern.startswith("(?=[") for p, _ in pairs)
    for guarded, plain in pairs:
        for text in texts:
            assert [m.span() for m in guarded.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_gates_read_alternative_by_alternative():
    """Stop 34: where the whole pattern yields no word (the parser joins the alternatives' common
    start: "meet|met" -> "me"), each alternative's own words, or those a lookahead at its top
    level needs; none where one alternative needs none, nor from a short word with its space."""
    assert _gate(r"meet(?:s)?(?! x)|meeting(?! y)|met(?! z)") == {"meet", "meeting", "met"}
    assert _gate(r"(?:[Aa]m|[Zz]um)(?= Europäischen Rat)|Europäische[nr]? Rat") == {" europäischen rat", "europäische"}
    assert _gate(r"[A-Z][a-z]+(?:ns|is)(?= (?:will )?elect (?:a )?(?:president|congress)\b)") == {"president", "congress"}
    assert _gate(r"arriv(?:e|es)(?= in [A-Z])|go(?= to [A-Z])") is None  # "to " gates nothing
    assert _gate(r"visit|go") is None
    assert _gate(r"(?i)meet|met") is None  # case-insensitive as a whole
    assert _gate(r"am(?:(?=\s+Rat))|meet") is None  # a lookahead inside a group is not read
    assert _gate(r"[|)]\d|meet") is None  # "|" and ")" in a class split nothing


@pytest.mark.parametrize("lang,sentence", [
    ("en", "Thousands of protesters marched through Freetown on Sunday."),
    ("en", "Sylvanians elect a new president on Sunday."),
    ("en", "Prime Minister Ada Wanjiru met Tom Berg in Nairobi."),
    ("de", "Der Europäische Rat kommt am Donnerstag in Brüssel zusammen."),
    ("de", "Am Europäischen Rat in Brüssel nahm Kanzlerin Lena Vogt teil."),
])
def test_a_sentence_is_searched_with_every_pattern_that_matches_in_it(lang, sentence):
    import datetime as dt

    import kb.events as events
    from kb.model import Document
    from kb.pipeline import analyse

    analysis = analyse(Document(id="t", text=sentence, lang=lang, published=dt.date(2025, 3, 3)), until="frames")
    sent = analysis.sentences[0]
    ctx = events._context(sentence, lang, sent, analysis.mentions, analysis.timexes, [], [], analysis.frames)
    searched = events._searched(ctx, lang)
    matching = [n for n, r in enumerate(rules(lang).triggers) if r.pattern.search(sentence, sent.start, sent.end)]
    assert matching and set(matching) <= searched
