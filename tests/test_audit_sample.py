"""scripts/audit_sample.py on an invented corpus: articles, a seeded sample that excludes an
earlier one, a judgment sheet of the extracted events, and the counts of a filled sheet."""

from __future__ import annotations

import csv
import importlib.util
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _script():
    spec = importlib.util.spec_from_file_location("audit_sample", ROOT / "scripts" / "audit_sample.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_articles_draw_sheet_and_score(tmp_path, capsys):
    audit = _script()
    corpus = tmp_path / "invented.jsonl"
    texts = ["Chancellor Olaf Scholz met Emmanuel Macron in Paris on Monday.",
             "Olaf Scholz said on Tuesday that trade would grow.",
             "The weather in Riga was mild.", "Emmanuel Macron visited Berlin on Friday."]
    corpus.write_text("\n".join(json.dumps({"doc_id": f"d{i}.txt", "lang": "en", "dct": "2024-05-14", "text": t})
                                for i, t in enumerate(texts)), encoding="utf-8")
    audit.main(["articles", str(corpus), "--out", str(tmp_path / "docs")])
    assert sorted(p.stem for p in (tmp_path / "docs").glob("*.json")) == [f"invented_d{i}_txt" for i in range(4)]

    capsys.readouterr()
    audit.main(["draw", str(tmp_path / "docs"), "--n", "2", "--seed", "1"])
    first = capsys.readouterr().out.split()
    (tmp_path / "first.txt").write_text("\n".join(first), encoding="utf-8")
    audit.main(["draw", str(tmp_path / "docs"), "--n", "2", "--seed", "1", "--exclude", str(tmp_path / "first.txt")])
    second = capsys.readouterr().out.split()
    assert len(first) == len(second) == 2 and not set(first) & set(second)  # a new round, unseen documents

    # what `kb extract --format jsonl` prints, for the two documents of the sheet
    system = tmp_path / "ev.jsonl"
    system.write_text("\n".join(json.dumps({"doc_id": d, "events": [
        {"type": "Meeting", "status": "past", "date": {"value": "2024-05-13"},
         "participants": [{"name": "Olaf Scholz"}], "evidence": {"text": "met"}},
        {"type": "Statement", "status": "past", "date": None, "participants": [], "evidence": {"text": "said"}}]})
        for d in first), encoding="utf-8")
    (tmp_path / "s.txt").write_text("\n".join(first), encoding="utf-8")
    audit.main(["sheet", str(tmp_path / "s.txt"), str(system)])
    rows = list(csv.reader(capsys.readouterr().out.splitlines(), delimiter="\t"))
    assert rows[0][:5] == ["doc", "event", "verdict", "date", "cause"] and len(rows) == 5

    for row, (verdict, date, cause) in zip(rows[1:], [("OK", "ok", "-"), ("SPUR", "n/a", "said-no-speaker"),
                                                      ("OK", "wrong", "date-scope"), ("OOS", "n/a", "-")]):
        row[2:5] = [verdict, date, cause]
    judged = tmp_path / "j.tsv"
    with judged.open("w", encoding="utf-8", newline="") as f:
        csv.writer(f, delimiter="\t", lineterminator="\n").writerows(rows)
    audit.main(["score", str(judged), "--missed", "2"])
    out = capsys.readouterr().out
    assert "precision 2/3 = 66.7 %" in out and "recall 2/4 = 50.0 %" in out
    assert "date right on correct dated events 1/2 = 50.0 %" in out and "said-no-speaker" in out

    rows[1][2] = ""
    with judged.open("w", encoding="utf-8", newline="") as f:
        csv.writer(f, delimiter="\t", lineterminator="\n").writerows(rows)
    with pytest.raises(SystemExit, match="no verdict yet"):
        audit.main(["score", str(judged)])
