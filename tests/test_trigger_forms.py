"""A lint of the English trigger data: an alternation that lists a verb's past and its third
person ("adopted|adopts") lists its base form too, or every plan told with a modal ("is expected
to adopt") is missed."""

from __future__ import annotations

import re

from kb.lang import read_lines


def _base(form: str, alts: list[str]) -> str | None:
    stem = form[:-2]
    if stem.endswith(("ss", "sh", "ch", "x", "zz")) and stem + "es" in alts:
        return stem
    if form[:-1] + "s" in alts:
        return form[:-1]
    if stem + "s" in alts:
        return stem
    return None


def test_every_verb_with_past_and_third_person_has_its_base_form():
    missing = []
    for line in read_lines("en", "events.txt"):
        if line.startswith(("@", "%")) or "\t" not in line:
            continue
        for group in re.findall(r"\(\?:([a-z|]+)\)", line.split("\t")[1]):
            alts = group.split("|")
            for form in alts:
                base = _base(form, alts) if form.endswith("ed") and len(form) > 4 else None
                if base is not None and base not in alts:
                    missing.append((form, base))
    assert missing == []


def test_the_lint_finds_a_missing_base_form():
    assert _base("adopted", ["adopted", "adopts"]) == "adopt"
    assert _base("reached", ["reached", "reaches"]) == "reach"
    assert _base("endorsed", ["endorsed", "endorses"]) == "endorse"
