"""Fixtures shared by the test modules."""

import pytest

from kb import entities


@pytest.fixture
def no_user_gazetteer(tmp_path, monkeypatch):
    """Extraction with the shipped gazetteer only: no user additions from the home directory."""
    monkeypatch.setenv("KB_GAZETTEER", str(tmp_path / "none.tsv"))
    entities.reload()
    yield
    entities.reload()
