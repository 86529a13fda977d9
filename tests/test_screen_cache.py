"""The validation screen's queries kept in kb's on-disk cache (kb.rdf.validate._compiled_checks)."""

from __future__ import annotations

from kb.rdf import validate


def test_cached_screen_checks_are_the_compiled_ones(tmp_path, monkeypatch):
    monkeypatch.setenv("KB_CACHE_DIR", str(tmp_path / "cache"))
    validate._compiled_checks.cache_clear()
    try:
        first = validate._compiled_checks()  # compiled, and written
        [path] = (tmp_path / "cache").glob("screen-checks-*.json")
        validate._compiled_checks.cache_clear()
        again = validate._compiled_checks()  # read back
        assert first == again == validate._checks_compiled()
        assert len(again) > 100 and all(c.severity == "Violation" for c in again)
        path.write_text("not json\n{", encoding="utf-8")  # a damaged file is compiled again
        validate._compiled_checks.cache_clear()
        assert validate._compiled_checks() == first
    finally:
        validate._compiled_checks.cache_clear()
