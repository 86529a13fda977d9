""""his Iranian counterpart": the holder, in the country the adjective names, of the office the
person named before holds on the day (roles.txt, role ``counterpart``). Sentences written for this
test; the holders are those of the gazetteer's offices."""

from __future__ import annotations

import pytest

from tests.extraction_cases import events_of, show


def _names(text: str, lang: str, dct: str) -> set[str]:
    return {p.name for e in events_of(text, lang, dct) for p in e.participants}


@pytest.mark.parametrize("lang,text,dct,who", [
    ("en", "Recep Tayyip Erdogan met his Iranian counterpart in Ankara on Monday.", "2024-05-10", "Ebrahim Raisi"),
    # the office holder of the day: a later president after the change
    ("en", "Recep Tayyip Erdogan met his Iranian counterpart in Ankara on Monday.", "2024-09-10",
     "Masoud Pezeshkian"),
    ("en", "Russian Foreign Minister Sergei Lavrov held talks with his Chinese counterpart on Tuesday.", "2024-05-10",
     "Wang Yi"),
    ("en", "President Ebrahim Raisi of Iran met his Turkish counterpart.", "2024-05-10", "Recep Tayyip Erdoğan"),
    ("de", "Erdoğan traf am Montag seinen iranischen Amtskollegen in Ankara.", "2024-05-10", "Ebrahim Raisi"),
    ("de", "Der russische Außenminister Sergej Lawrow sprach am Dienstag mit seinem chinesischen Amtskollegen.",
     "2024-05-10", "Wang Yi"),
])
def test_counterpart_is_the_holder_of_the_same_office(lang, text, dct, who):
    assert who in _names(text, lang, dct), show(events_of(text, lang, dct))


@pytest.mark.parametrize("lang,text,dct,absent", [
    # a chancellor has no French counterpart of the same office: nobody is guessed
    ("en", "Olaf Scholz met his French counterpart in Paris on Monday.", "2024-05-10", {"Emmanuel Macron", "Gabriel Attal"}),
    # no country: no one
    ("en", "Recep Tayyip Erdogan met his counterpart on Monday.", "2024-05-10", {"Ebrahim Raisi"}),
    ("de", "Erdoğan traf am Montag seinen Amtskollegen.", "2024-05-10", {"Ebrahim Raisi"}),
])
def test_counterpart_names_nobody_it_cannot_know(lang, text, dct, absent):
    assert not (absent & _names(text, lang, dct)), show(events_of(text, lang, dct))


def test_a_name_after_the_counterpart_is_itself():
    text = "Olaf Scholz met his counterpart, Prime Minister Keir Starmer, in London on Monday."
    assert "Keir Starmer" in _names(text, "en", "2024-09-10"), show(events_of(text, "en", "2024-09-10"))
