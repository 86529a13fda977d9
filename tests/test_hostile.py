"""Hostile input: every bad file or value gives one clear error (exit code 2) or a clean result.

Binary files, invalid UTF-8, empty files, a 50 MB text, deeply nested or broken
JSON, impossible and far-away dates, control characters and right-to-left text.
Never a traceback, never a partial document in the store.
"""

from __future__ import annotations

import importlib.util
import json

import pytest
from click.testing import CliRunner

from kb import document as docio
from kb.cli import main
from kb.errors import InputError, KBError

HAS_PIPELINE = all(importlib.util.find_spec(f"kb.{m}") is not None for m in ("claims", "events", "entities"))
HAS_STORE = importlib.util.find_spec("kb.store") is not None


def _write(tmp_path, name: str, data: bytes | str):
    p = tmp_path / name
    p.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return p


def _read(path) -> list:
    return list(docio.iter_documents([path]))


def _only_problem(path) -> str:
    items = _read(path)
    assert len(items) == 1 and isinstance(items[0], docio.ReadProblem), items
    msg = items[0].message
    assert "\n" not in msg and "Traceback" not in msg
    return msg


HOSTILE_FILES = {
    "binary.txt": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4, "binary"),
    "latin1.txt": ("Müller traf Étienne in Zürich.".encode("latin-1"), "not valid UTF-8"),
    "empty.txt": (b"", "empty"),
    "blank.txt": (b" \n\t\r\n  ", "empty"),
    "empty.json": (b"", "broken JSON"),
    "broken.json": (b'{"id": "a", "text": "unterminated', "broken JSON"),
    "nested.json": (b"[" * 100_000 + b"]" * 100_000, "nested too deeply"),
    "number.json": (b"42", "expected a JSON object"),
    "textless.json": (b'{"id": "a", "text": 17}', "no 'text' string"),
    "badid.json": (b'{"id": "a b\\u0000", "text": "Ein Text."}', "document id"),
    "badlang.json": (b'{"id": "a", "lang": "Deutsch!", "text": "Ein Text."}', "language"),
    "impossible.json": (b'{"id": "a", "published": "2024-13-45", "text": "Ein Text."}', "not a real calendar date"),
    "notiso.json": (b'{"id": "a", "published": "45.13.2024", "text": "Ein Text."}', "not a real calendar date"),
    "bce.json": (b'{"id": "a", "published": "-0044-03-15", "text": "Caesar."}', "not a date kb can read"),
    "strange.pdf": (b"%PDF-1.4 ...", "unsupported file type"),
}


@pytest.mark.parametrize("name", sorted(HOSTILE_FILES))
def test_hostile_file_gives_one_clear_line(tmp_path, name):
    data, expected = HOSTILE_FILES[name]
    path = _write(tmp_path, name, data)
    assert expected in _only_problem(path)


@pytest.mark.parametrize("name", sorted(HOSTILE_FILES))
def test_cli_extract_exits_2_without_traceback(tmp_path, name):
    data, expected = HOSTILE_FILES[name]
    path = _write(tmp_path, name, data)
    result = CliRunner().invoke(main, ["extract", str(path)])
    assert result.exit_code == 2, result.output
    assert isinstance(result.exception, SystemExit)
    assert "Traceback" not in result.output
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("rejected:") and expected in lines[0]


def test_fifty_megabyte_text_is_refused_clearly(tmp_path):
    sentence = "Die Ministerin reiste am Montag nach Wien und traf dort den Kanzler. "
    path = tmp_path / "huge.txt"
    with open(path, "w", encoding="utf-8") as f:
        for _ in range(50 * 2**20 // len(sentence) + 1):
            f.write(sentence)
    assert path.stat().st_size >= 50 * 2**20
    msg = _only_problem(path)
    assert "limit" in msg and "split it" in msg


def test_missing_path_is_a_clear_error(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        _read(tmp_path / "nope.txt")
    result = CliRunner().invoke(main, ["extract", str(tmp_path / "nope.txt")])
    assert result.exit_code == 2 and "Traceback" not in result.output


def test_bad_records_in_jsonl_do_not_hide_good_ones(tmp_path):
    lines = ['{"id": "ok1", "lang": "en", "text": "The minister spoke."}',
             '{"id": "bad", "text": ',
             '[[[[[[[[[[]]]]]]]]]]',
             '{"id": "ok2", "lang": "de", "published": "2024-02-29", "text": "Die Ministerin sprach."}']
    path = _write(tmp_path, "mixed.jsonl", "\n".join(lines) + "\n")
    items = _read(path)
    assert [i.id for i in items if not isinstance(i, docio.ReadProblem)] == ["ok1", "ok2"]
    assert len([i for i in items if isinstance(i, docio.ReadProblem)]) == 2


@pytest.mark.parametrize("published", ["0001-01-01", "1066-10-14", "9999-12-31", "2024-02-29"])
def test_far_dates_are_real_dates(published):
    doc = docio.make_document("Ein Text.", id="a", published=published)
    assert doc.published.isoformat() == published


@pytest.mark.parametrize("published", ["2023-02-29", "2024-00-10", "10000-01-01", "2024-1-1", "yesterday"])
def test_impossible_dates_are_refused(published):
    with pytest.raises(InputError):
        docio.make_document("Ein Text.", id="a", published=published)


def test_control_characters_become_spaces_and_keep_offsets():
    raw = "Merz\x00traf\x07Macron\x1bin\x7fParis.\tZeile\r\nzwei"
    doc = docio.make_document(raw, id="ctl")
    assert len(doc.text) == len(raw)
    assert not any(ch in doc.text for ch in "\x00\x07\x1b\x7f")
    assert "\t" in doc.text and "\r\n" in doc.text


@pytest.mark.parametrize("text", [
    "قال الرئيس إنه سيزور برلين يوم الخميس.",
    "ראש הממשלה נפגש עם הנשיא ביום שני.",
    "Der Kanzler sagte \u202eetwas Verdrehtes\u202c am Montag.",
    "Zero\u200bwidth\u200djoiners\ufeff and a BOM inside.",
    "e\u0301 combining accents become NFC: Cafe\u0301",
])
def test_right_to_left_and_invisible_characters_give_clean_documents(text):
    doc = docio.make_document(text, id="rtl", lang="ar")
    assert doc.text.encode("utf-8")  # storable
    from kb import clean, sentences
    from kb.model import Analysis

    a = Analysis(document=doc)
    clean.annotate(a)
    sentences.annotate(a)
    for s in a.sentences:
        assert 0 <= s.start <= s.end <= len(doc.text)


def test_lone_surrogates_from_json_escapes_are_not_stored(tmp_path):
    path = _write(tmp_path, "surrogate.json", json.dumps({"id": "s", "text": "Ein \ud800 Text."}))
    items = _read(path)
    assert len(items) == 1
    item = items[0]
    if not isinstance(item, docio.ReadProblem):
        item.text.encode("utf-8")


@pytest.mark.skipif(not (HAS_PIPELINE and HAS_STORE), reason="needs kb.store and the full pipeline")
def test_ingest_of_a_hostile_directory_stores_only_whole_good_documents(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name, (data, _) in HOSTILE_FILES.items():
        _write(corpus, name.replace(".pdf", ".txt") if name.endswith(".pdf") else name, data)
    _write(corpus, "good.json", json.dumps({"id": "good-1", "lang": "de", "published": "2024-05-14",
                                            "text": "Die Außenministerin reist am Donnerstag nach Paris."}))
    store = tmp_path / "store"
    result = CliRunner().invoke(main, ["--store", str(store), "ingest", "-q", str(corpus)])
    assert "Traceback" not in result.output
    assert result.exit_code in (0, 2), result.output
    from kb.store import Store

    s = Store(str(store), read_only=True)
    try:
        assert s.documents() == ["good-1"]
    finally:
        s.close()


def test_kb_errors_carry_exit_codes():
    assert InputError("x").exit_code == 2
    assert issubclass(InputError, KBError)
