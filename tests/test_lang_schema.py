"""Language data files: every file has a declared format, every line fits it, and a broken line is an
error naming file and line (never a rule that silently stops matching)."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from kb import lang as langdata
from kb.errors import InputError, KBError
from kb.lang import schema
from kb.lang.schema import LanguageDataError, check_file, parse_lines

LANG_DIR = Path(langdata.__file__).resolve().parent
ALL_FILES = sorted(LANG_DIR.rglob("*.txt"))


def test_language_data_errors_are_input_errors():
    err = LanguageDataError(LANG_DIR / "de" / "x.txt", 7, "bad")
    assert isinstance(err, KBError) and isinstance(err, InputError) and err.exit_code == 2
    assert str(err) == "kb/lang/de/x.txt, line 7: bad"


@pytest.mark.parametrize("path", ALL_FILES, ids=lambda p: str(p.relative_to(LANG_DIR)))
def test_every_data_file_has_a_format_and_fits_it(path):
    fmt = schema.SCHEMAS.get(path.name) or schema.PENDING.get(path.name)
    assert fmt is not None, f"{path.name}: declare its format in kb/lang/schema.py"
    entries = check_file(path, fmt)
    data_lines = [ln for ln in path.read_text(encoding="utf-8").splitlines()
                  if ln.strip() and not ln.strip().startswith("#")]
    assert len(entries) == len(data_lines) > 0


def test_the_german_participle_rule_is_one_regex():
    entries = [e for e in langdata.load("de", "temporal-tense.txt") if e["key"] == "past-regex"]
    assert entries, "the German tense file declares its participle rule"
    rx = entries[0]["value"]
    assert rx.fullmatch("eingetroffen") and rx.fullmatch("gesagt") and not rx.fullmatch("gegen")


# One deliberately broken line per format, with the part of the message that says what is wrong.
BROKEN = [
    ("temporal-words.txt", "month | Mai, , Maien | 05", "empty item"),
    ("temporal-words.txt", "mnoth | Mai | 05", "'mnoth' is not one of"),
    ("temporal-words.txt", "month | Mai | 0 5", "expected one word"),
    ("temporal-patterns.txt", "date-x | DATE | {year} | (?P<year>\\d{4}", "does not compile"),
    ("temporal-patterns.txt", "date-x | DATUM | {year} | (?P<year>\\d{4})", "'DATUM' is not one of"),
    ("temporal-patterns.txt", "date-x | DATE | {year}", "expected 4"),
    ("temporal-patterns.txt", "@broken = (?:a", "does not compile"),
    ("temporal-tense.txt", "past-regex | \\w*ge(\\w{3,}(?:t|en)", "does not compile"),
    ("temporal-tense.txt", "futur | wird", "unknown key 'futur'"),
    ("temporal-tense.txt", "past-suffix | te:fünf", "expected a whole number"),
    ("temporal-tense.txt", "default | weekday:later", "'later' is not one of"),
    ("temporal-tense.txt", "future-before | ab:year", "'year' is not one of"),
    ("temporal-tense.txt", "past | war,, wurde", "empty item"),
    ("abbreviations.txt", "z. B", "expected one word"),
    ("boilerplate.txt", "(foto|bild: .*$", "does not compile"),
    ("function-words.txt", "determiner der|die", "expected KEY"),
    ("function-words.txt", "articles\tder|die", "unknown key 'articles'"),
    ("institutions.txt", "government Regierung", "expected 2 tab-separated"),
    ("metonyms.txt", "teilte mit", "expected one word"),
    ("references.txt", "pronoun\t[Ee]r(", "does not compile"),
    ("references.txt", "person\t[Ee]r", "'person' is not one of"),
    ("roles.txt", "president\tPräsident|Präsidentin", "expected 3 tab-separated"),
    ("roles.txt", "president\t-\tPräsident||Präsidentin", "empty item"),
    ("status.txt", "planned\twird|(werden", "does not compile"),
    ("status.txt", "maybe\tkönnte", "'maybe' is not one of"),
    ("anchors.txt", "during\t0\tduring", "'during' is not one of"),
    ("anchors.txt", "after\tone\tafter", "expected a whole number"),
    ("anchors.txt", "after\t0\t(?:after", "does not compile"),
    ("discourse.txt", "end\t(?:endet", "does not compile"),
    ("discourse.txt", "after\tnach dem", "'after' is not one of"),
    ("discourse.txt", "dateline\t(?P<d>\\d+", "does not compile"),
    ("frames.txt", "prep\tnowhere\tnach", "'nowhere' is not one of"),
    ("frames.txt", "verbs\ttreffen\tpast=traf", "unknown key 'verbs'"),
    ("frames.txt", "possessive\t-\t(s", "does not compile"),
    ("person-verbs.txt", "was  sworn in", "single spaces"),
]
PENDING_BROKEN = [
    ("events.txt", "Meeting\ttraf(?:en\troles=all", "does not compile"),
    ("events.txt", "Meeting\ttrafen\troles=all need=place", "unknown option 'need'"),
    ("events.txt", "Meeting\ttrafen\troles=everyone", "'everyone' is not one of"),
    ("events.txt", "Meeting\ttrafen\troles=all slots=party", "expected LEFT:RIGHT"),
    ("events.txt", "Meeting\ttrafen\troles=all slots=party:subj+objekt", "'objekt' is not one of"),
    ("events.txt", "StateVisit\treiste\troles=visit slots=guest:subj|~somebody", "'~somebody' is not one of"),
    ("events.txt", "StateVisit\treiste\troles=visit slots=guest:subj||obj", "empty item"),
    ("events.txt", "%template\tspeaker\tslots=party:subj", "'speaker' is not one of"),
    ("events.txt", "%template\tvisit\tneeds=place", "unknown option 'needs'"),
    ("claims.txt", "ordinal\tzweite", "expected 2 tab-separated"),
    ("claims.txt", "window\tduring\tbinnen", "'during' is not one of"),
]


@pytest.mark.parametrize("name,line,reason", BROKEN + PENDING_BROKEN, ids=lambda v: str(v)[:30])
def test_a_broken_line_names_file_and_line(name, line, reason):
    fmt = schema.SCHEMAS.get(name) or schema.PENDING[name]
    lines = ["# a header", "", line]
    with pytest.raises(LanguageDataError) as info:
        parse_lines(LANG_DIR / "de" / name, lines, fmt)
    msg = str(info.value)
    assert msg.startswith(f"kb/lang/de/{name}, line 3: "), msg
    assert reason in msg, msg
    assert "\n" not in msg


def test_every_declared_format_has_a_broken_line_test():
    tested = {name for name, _, _ in BROKEN + PENDING_BROKEN}
    assert set(schema.SCHEMAS) | set(schema.PENDING) <= tested


def test_a_file_without_a_format_is_an_error(tmp_path):
    path = tmp_path / "new-list.txt"
    path.write_text("word\n", encoding="utf-8")
    with pytest.raises(LanguageDataError, match="no format is declared"):
        check_file(path)


def test_options_kind():
    opts = schema.Options({"roles": schema.Enum("all", "visit"), "nominal": None})
    assert opts.parse("roles=visit nominal") == {"roles": ["visit"], "nominal": True}
    for bad, reason in [("nominal=1", "takes no value"), ("roles=", "needs a value"), ("role=all", "unknown option")]:
        with pytest.raises(ValueError, match=reason):
            opts.parse(bad)


# --- cross-line checks of the temporal grammar, and what a user sees -----------------------------


@pytest.fixture
def fake_lang(tmp_path, monkeypatch):
    """A copy of kb/lang in tmp_path; the test breaks one line of it; caches cleared around."""
    from kb.temporal import grammar, tense

    root = tmp_path / "lang"
    shutil.copytree(LANG_DIR, root, ignore=shutil.ignore_patterns("*.py", "__pycache__"))

    def clear():
        for fn in (langdata.read_lines, langdata.examples, schema.load, grammar.load_grammar, tense._cue_table):
            fn.cache_clear()
    clear()
    monkeypatch.setattr(langdata, "LANG_DIR", root)
    monkeypatch.setattr(schema, "_LANG_DIR", root)
    yield root
    monkeypatch.undo()
    clear()


def _append(path: Path, line: str) -> int:
    text = path.read_text(encoding="utf-8").rstrip("\n") + "\n" + line + "\n"
    path.write_text(text, encoding="utf-8")
    return text.count("\n")


@pytest.mark.parametrize("line,reason", [
    ("date-x | DATE | {year} | \\b(?P<year>@yaer)\\b", "@yaer is not defined"),
    ("date-x | DATE | XXXX-{month} | \\b(?P<month>%mnoth)\\b", "%mnoth is no category"),
    ("date-x | DATE | {year}-{month} | \\b(?P<year>\\d{4})\\b", "{month} is filled by no group"),
    ("date-x | DATE | {year} | \\b(?P<yaer>\\d{4})\\b", "group 'yaer' is neither"),
])
def test_grammar_checks_name_the_line(fake_lang, line, reason):
    from kb.temporal.grammar import load_grammar

    number = _append(fake_lang / "de" / "temporal-patterns.txt", line)
    with pytest.raises(LanguageDataError) as info:
        load_grammar("de")
    assert f"temporal-patterns.txt, line {number}: " in str(info.value)
    assert reason in str(info.value)


def test_kb_timex_prints_one_line_and_exits_2(fake_lang):
    from click.testing import CliRunner

    from kb.cli import main

    number = _append(fake_lang / "de" / "temporal-tense.txt", "past-regex | \\w*ge(\\w{3,}(?:t|en)")
    out = CliRunner().invoke(main, ["timex", "--text", "Er kam am Montag.", "--dct", "2024-05-14", "--lang", "de"])
    assert out.exit_code == 2
    lines = [ln for ln in out.output.splitlines() if ln.strip()]
    assert len(lines) == 1 and "Traceback" not in out.output
    assert f"temporal-tense.txt, line {number}: " in lines[0] and "does not compile" in lines[0]


def test_a_word_list_consumer_sees_the_error(fake_lang):
    number = _append(fake_lang / "de" / "status.txt", "planned\twird|(werden")
    with pytest.raises(LanguageDataError, match=re.escape(f"status.txt, line {number}: ")):
        langdata.read_lines("de", "status.txt")


def test_a_file_checked_before_is_checked_again_once_edited(tmp_path, monkeypatch):
    """The check of a data file is remembered under a key of its bytes: the next process skips
    it for the same file, and an edited file with a malformed line is still an error."""
    import kb.lang as lang_data

    monkeypatch.setenv("KB_CACHE_DIR", str(tmp_path / "cache"))
    shipped = lang_data.data_path("de", "frames.txt")
    (tmp_path / "lang" / "de").mkdir(parents=True)
    copy = tmp_path / "lang" / "de" / "frames.txt"
    copy.write_bytes(shipped.read_bytes())
    monkeypatch.setattr(lang_data, "LANG_DIR", tmp_path / "lang")
    assert not lang_data._checked_before(copy)
    assert lang_data._checked_lines("de", "frames.txt")
    assert lang_data._checked_before(copy)
    copy.write_text(shipped.read_text(encoding="utf-8") + "a line without its tab\n", encoding="utf-8")
    assert not lang_data._checked_before(copy)
    with pytest.raises(lang_data.LanguageDataError, match=r"frames\.txt, line \d+"):
        lang_data._checked_lines("de", "frames.txt")
