"""Reading documents: formats, metadata, and clear errors on bad input."""

import json

import pytest

from kb.document import ReadNote, ReadProblem, iter_documents, make_document, parse_date
from kb.errors import InputError


def _docs(items):
    return [d for d in items if not isinstance(d, ReadProblem)]


def _problems(items):
    return [d for d in items if isinstance(d, ReadProblem)]


def test_txt_with_sidecar(tmp_path):
    (tmp_path / "a.txt").write_text("Text über einen Besuch.", encoding="utf-8")
    (tmp_path / "a.meta.json").write_text(json.dumps({"published": "2024-05-14", "lang": "de", "source": "s"}))
    docs = list(iter_documents([tmp_path]))
    assert len(docs) == 1
    d = docs[0]
    assert (d.id, d.lang, d.published.isoformat(), d.source) == ("a", "de", "2024-05-14", "s")


def test_legacy_metadata_only_sidecar_is_read_with_a_deprecation_note(tmp_path):
    (tmp_path / "a.txt").write_text("Text über einen Besuch.", encoding="utf-8")
    (tmp_path / "a.json").write_text(json.dumps({"published": "2024-05-14", "lang": "de", "source": "s"}))
    note, d = iter_documents([tmp_path])
    assert isinstance(note, ReadNote) and note.kind == "sidecar" and "a.meta.json" in note.message
    assert (d.id, d.lang, d.published.isoformat(), d.source) == ("a", "de", "2024-05-14", "s")


def test_txt_with_options(tmp_path):
    (tmp_path / "b.txt").write_text("A text.", encoding="utf-8")
    (d,) = iter_documents([tmp_path / "b.txt"], lang="en", published="2020-01-02", id="doc-b")
    assert (d.id, d.lang, str(d.published)) == ("doc-b", "en", "2020-01-02")


def test_json_list_and_jsonl(tmp_path):
    recs = [{"id": f"d{i}", "lang": "en", "published": "2021-01-0%d" % (i + 1), "text": "Hello."} for i in range(3)]
    (tmp_path / "x.json").write_text(json.dumps(recs))
    (tmp_path / "y.jsonl").write_text("\n".join(json.dumps(r | {"id": r["id"] + "l"}) for r in recs) + "\n\n")
    docs = _docs(iter_documents([tmp_path]))
    assert sorted(d.id for d in docs) == ["d0", "d0l", "d1", "d1l", "d2", "d2l"]


def test_nfc_and_control_characters():
    d = make_document("Ko\u0308ln\x07 ok", id="n", lang="de")
    assert d.text == "Köln  ok"


@pytest.mark.parametrize("content,needle", [
    (b"\x00\x01\x02binary", "binary"),
    (b"caf\xe9 latin-1", "UTF-8"),
    (b"   \n ", "empty"),
])
def test_bad_txt_files_are_problems(tmp_path, content, needle):
    (tmp_path / "bad.txt").write_bytes(content)
    (p,) = _problems(iter_documents([tmp_path / "bad.txt"], published="2024-01-01"))
    assert needle in p.message


def test_broken_json_is_one_problem_with_position(tmp_path):
    (tmp_path / "bad.json").write_text('{"id": "x", "text": ')
    (p,) = _problems(iter_documents([tmp_path]))
    assert "broken JSON at line 1" in p.message


def test_deeply_nested_json(tmp_path):
    (tmp_path / "deep.json").write_text("[" * 100000 + "]" * 100000)
    (p,) = _problems(iter_documents([tmp_path]))
    assert "JSON" in p.message


def test_bad_line_in_jsonl_does_not_stop_the_rest(tmp_path):
    (tmp_path / "m.jsonl").write_text('{"id":"ok","text":"Fine."}\nnot json\n{"id":"ok2","text":"Also."}\n')
    items = list(iter_documents([tmp_path]))
    assert [d.id for d in _docs(items)] == ["ok", "ok2"]
    assert ":2" in _problems(items)[0].message


@pytest.mark.parametrize("value", ["2024-13-45", "2023-02-29", "31.02.2024", "yesterday", "Mai 2024",
                                   "06/07/2023", "nächsten Dienstag"])
def test_impossible_or_ambiguous_dates_are_input_errors(value):
    with pytest.raises(InputError):
        parse_date(value)


@pytest.mark.parametrize("value", ["2024-05-14", "2024-05-14T09:00:00+02:00", "14.05.2024", "14. Mai 2024",
                                   "May 14, 2024", "14 May 2024", "Tue, 14 May 2024 10:00:00 GMT",
                                   "14/05/2024", "05/14/2024"])
def test_publication_dates_as_written(value):
    assert parse_date(value).isoformat() == "2024-05-14"


def test_missing_path():
    with pytest.raises(InputError, match="no such file"):
        list(iter_documents(["/nonexistent/file.txt"]))


def test_bad_id_and_lang():
    with pytest.raises(InputError):
        make_document("x", id="has space", lang="de")
    with pytest.raises(InputError):
        make_document("x", id="ok", lang="german")


def test_jsonl_lines_end_at_newline_only(tmp_path):
    # JSON strings may hold U+2028 / U+0085 raw; str.splitlines() would cut the record there.
    recs = [{"id": "ls", "lang": "en", "published": "2024-05-14", "text": "First part.\u2028Second\u0085part."},
            {"id": "crlf", "lang": "en", "published": "2024-05-14", "text": "Windows line end."}]
    body = json.dumps(recs[0], ensure_ascii=False) + "\n" + json.dumps(recs[1]) + "\r\n"
    (tmp_path / "s.jsonl").write_bytes(body.encode("utf-8"))
    out = list(iter_documents([tmp_path / "s.jsonl"]))
    assert [d.id for d in out] == ["ls", "crlf"]
    assert out[0].text.startswith("First part.") and out[0].text.endswith("Second\u0085part.".replace("\u0085", out[0].text[-6]))
    assert len(out[0].text) == len(recs[0]["text"])  # offsets kept: control characters are replaced, not removed


def test_invalid_utf8_line_in_jsonl_keeps_the_lines_before(tmp_path):
    good = json.dumps({"id": "g1", "lang": "en", "published": "2024-05-14", "text": "Fine."}).encode()
    (tmp_path / "u.jsonl").write_bytes(good + b"\n" + b'{"id":"bad","text":"caf\xe9"}\n')
    out = list(iter_documents([tmp_path / "u.jsonl"]))
    assert [d.id for d in out if not isinstance(d, ReadProblem)] == ["g1"]
    problems = [p for p in out if isinstance(p, ReadProblem)]
    assert len(problems) == 1 and "u.jsonl:2" in problems[0].message and "UTF-8" in problems[0].message
