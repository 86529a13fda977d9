"""Role templates (kb/events/templates.py, kb/events/roles.py:by_template): the template syntax,
the default templates of the roles= kinds in events.txt, and the clause sources on sentences
written for these tests."""

from __future__ import annotations

import datetime as dt
import importlib

import pytest

from kb.events.templates import TemplateError, merged, template
from kb.lang import schema
from kb.lang.schema import LanguageDataError
from kb.model import Document
from kb.pipeline import analyse

roles_mod = importlib.import_module("kb.events.roles")
rules_mod = importlib.import_module("kb.events.rules")  # (kb.events.rules is also a function's name)


def run(text: str, lang: str, dct: str = "2023-03-01"):
    return analyse(Document(id="t", text=text, lang=lang, published=dt.date.fromisoformat(dct)))


def roles_of(ev) -> dict[str, str]:
    return {p.name: p.role for p in ev.participants}


# -- the template syntax ---------------------------------------------------------------------------

def test_groups_and_alternatives():
    t = template("party:subj+obj|com;place:dest|loc")
    assert t.roles == (("party", (("subj", "obj"), ("com",))), ("place", (("dest",), ("loc",))))
    assert t.first() == "party"


@pytest.mark.parametrize("spec", ["guest", "guest:", ":subj", "guest:subj||obj", "guest:subj+"])
def test_a_malformed_template_is_an_error(spec):
    with pytest.raises(TemplateError):
        template(spec)


def test_a_line_template_comes_before_its_kinds_default():
    line = template("guest:subj;place:dest")
    default = template("guest:~person|~context;host:~invited-by;place:~visited")
    t = dict(merged(line, default).roles)
    assert t["guest"] == (("subj",), ("~person",), ("~context",))
    assert t["place"] == (("dest",), ("~visited",))
    assert t["host"] == (("~invited-by",),)  # a role only the default names comes after
    assert [r for r, _ in merged(line, default).roles][0] == "guest"


def test_strict_leaves_the_first_role_to_the_line():
    line = template("winner:subj")
    default = template("winner:~last-person|~context;place:~adj-country")
    t = dict(merged(line, default, strict=True).roles)
    assert t["winner"] == (("subj",),)
    assert t["place"] == (("~adj-country",),)


def test_the_schema_knows_every_clause_source():
    assert set(schema.CLAUSE_SOURCES) == set(roles_mod.SOURCES)


def test_every_template_kind_has_a_default_template_in_both_languages():
    for lang in ("de", "en"):
        assert set(rules_mod.rules(lang).templates) == set(schema.TEMPLATE_KINDS)


def test_a_kind_without_its_template_line_is_an_error(monkeypatch):
    lines = ("StateVisit\treiste\troles=visit needs=place",)
    monkeypatch.setattr(rules_mod, "read_lines", lambda lang, name: lines)
    with pytest.raises(LanguageDataError) as info:
        rules_mod.rules.__wrapped__("xx")
    assert "roles=visit" in str(info.value) and "%template" in str(info.value)


def test_a_clause_source_in_a_procedural_kind_is_an_error(monkeypatch):
    lines = ("Meeting\ttrafen\troles=all slots=party:subj+~person",)
    monkeypatch.setattr(rules_mod, "read_lines", lambda lang, name: lines)
    with pytest.raises(LanguageDataError) as info:
        rules_mod.rules.__wrapped__("xx")
    assert "roles=all" in str(info.value) and "~NAME" in str(info.value)


# -- clause sources, where the frame says nothing ---------------------------------------------------

def test_de_a_visit_without_a_frame_takes_the_person_of_the_clause():
    # "war bereits in" is a pattern trigger without a frame: ~person names the guest
    a = run("Die Ministerin Paula Brandstetter war schon am Dienstag in Vilnius.", "de")
    visit = next(e for e in a.events if e.type == "StateVisit")
    assert roles_of(visit) == {"Paula Brandstetter": "guest"}
    assert visit.place.entity.id == "Q216"


def test_en_a_hosted_state_visit_is_in_the_hosts_country():
    a = run("Emmanuel Macron will host Olaf Scholz for a state visit next week.", "en")
    visit = next(e for e in a.events if e.type == "StateVisit")
    assert roles_of(visit) == {"Olaf Scholz": "guest", "Emmanuel Macron": "host"}
    assert visit.place.entity.id == "Q142"  # ~host-country: no place named, the host's country


def test_de_a_place_in_a_later_clause():
    a = run("Die Reise von Emmanuel Macron beginnt am Freitag, in Riga.", "de")
    visit = next(e for e in a.events if e.type == "StateVisit")
    assert visit.place.entity.id == "Q1773"


def test_en_the_country_of_an_election_named_by_an_adjective():
    a = run("Marta Kovalenko won the Polish parliamentary election on Sunday.", "en", "2023-10-17")
    ev = next(e for e in a.events if e.type == "Election")
    assert roles_of(ev) == {"Marta Kovalenko": "winner"}
    assert ev.place.entity.id == "Q36"


def test_de_winner_and_loser():
    a = run("Tomas Reyes gewann die Stichwahl gegen Marta Kovalenko am Sonntag.", "de", "2023-10-17")
    ev = next(e for e in a.events if e.type == "Election")
    assert roles_of(ev) == {"Tomas Reyes": "winner", "Marta Kovalenko": "loser"}


@pytest.mark.parametrize("lang,text,etype", [
    # the loser alone names no winner: no election
    ("en", "The runoff against Tomas Reyes was held on Sunday.", "Election"),
    ("de", "Die Stichwahl gegen Marta Kovalenko fand am Sonntag statt.", "Election"),
    # a ministry announces a trip, it does not make one
    ("de", "Das Außenministerium kündigte eine Reise nach Rom an.", "StateVisit"),
    ("en", "The foreign ministry announced a trip to Rome.", "StateVisit"),
    # a reception nobody gives
    ("de", "Olaf Scholz wurde am Freitag in Paris empfangen.", "Meeting"),
])
def test_nobody_in_the_first_role_is_no_event(lang, text, etype):
    a = run(text, lang)
    assert not [e for e in a.events if e.type == etype], [(e.type, roles_of(e)) for e in a.events]


def test_en_a_receiving_verb_by_position_and_by_frame_agree():
    a = run("Emmanuel Macron received Olaf Scholz in Paris on Monday.", "en")
    ev = next(e for e in a.events if e.type == "Meeting")
    assert roles_of(ev) == {"Emmanuel Macron": "host", "Olaf Scholz": "guest"}
    assert ev.place.entity.id == "Q90"
