"""The gazetteer: entities with Wikidata QIDs, their surface forms and the offices persons held.

Shipped data lives next to this module (``gazetteer.tsv``, ``offices.tsv``, see ``SOURCE.md``);
a KB's own additions are kept in its store (:mod:`kb.entities.resource`).
"""

from __future__ import annotations

import datetime as _dt
import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError
from ..model import Entity
from .words import function_words

__all__ = [
    "DATA_DIR",
    "KINDS",
    "Gazetteer",
    "Office",
    "check_fields",
    "german_inflections",
    "load",
    "office_name",
    "parse_offices",
    "parse_row",
]

DATA_DIR = Path(__file__).resolve().parent
KINDS = ("person", "country", "city", "region", "government", "ministry", "office", "organisation",
         "agency", "group")
# kinds whose names take the language's name suffixes (German genitive: "Putins", "des Kremls")
_GENITIVE_KINDS = {"person", "country", "city", "government", "organisation", "group"}
_ADJ_ENDINGS = ("", "e", "en", "er", "es", "em")

# How an office is named in English, from its role and the name of its jurisdiction.
OFFICE_NAMES = {
    "president": "President of {j}",
    "prime_minister": "Prime Minister of {j}",
    "chancellor": "Chancellor of {j}",
    "king": "Monarch of {j}",
    "pope": "Pope",
    "vice_president": "Vice President of {j}",
    "foreign_minister": "Minister of Foreign Affairs of {j}",
    "finance_minister": "Minister of Finance of {j}",
    "interior_minister": "Minister of the Interior of {j}",
    "defence_minister": "Minister of Defence of {j}",
    "mayor": "Mayor of {j}",
    "commission_president": "President of the European Commission",
    "council_president": "President of the European Council",
    "parliament_president": "President of the European Parliament",
    "high_representative": "High Representative of the Union for Foreign Affairs",
    "secretary_general": "Secretary-General of {j}",
    "spokesperson": "Spokesperson of {j}",
    "press_secretary": "Press Secretary of {j}",
    "leader": "Leader of {j}",
    "director": "Director of {j}",
}

# Description nouns that stand for several concrete offices ("Staatschef", "leader").
ROLE_GROUPS = {
    "head_of_state": ("president", "king", "pope", "leader"),
    "head_of_government": ("prime_minister", "chancellor"),
    "leader": ("president", "king", "pope", "leader", "prime_minister", "chancellor",
               "commission_president", "council_president", "secretary_general"),
}


@dataclass(frozen=True)
class Office:
    """One term of office: ``role`` held in ``jurisdiction`` from ``start`` to ``end``."""

    person: str
    role: str
    jurisdiction: str
    start: _dt.date | None
    end: _dt.date | None  # None while in office

    def active(self, on: _dt.date) -> bool:
        return (self.start is None or self.start <= on) and (self.end is None or on < self.end)


def german_inflections(stem: str) -> list[str]:
    """Inflected forms of a German adjective stem.

    >>> german_inflections("russisch")[:3]
    ['russisch', 'russische', 'russischen']
    """
    return [stem + e for e in _ADJ_ENDINGS]


def _inflected_heads(lang: str, alias: str) -> list[str]:
    """"Deutsche Presse-Agentur" -> "Deutschen Presse-Agentur": a name opening with an inflected
    adjective takes the language's other adjective endings (``adjective-ending`` function words)."""
    words = alias.split(" ")
    if len(words) < 2 or not words[0][:1].isupper():
        return []
    out = []
    endings = sorted(function_words(lang, "adjective-ending"), key=len, reverse=True)
    for ending in endings:
        if words[0].endswith(ending):
            stem = words[0][:-len(ending)]
            out += [" ".join([stem + other] + words[1:]) for other in endings if other != ending]
            break
    return [x for x in out if x != alias]


def _genitive(alias: str, suffix: str) -> str | None:
    """An inflected name ("Putin" + "s"); names ending in a sibilant take no -s."""
    last = alias[-1]
    if not last.isalpha() or last in "sxzßSXZ":
        return None
    return alias + suffix


def _unaccented(form: str) -> str | None:
    """The form with its accents dropped, as agencies often write a name ("Erdoğan" -> "Erdogan",
    "Vučić" -> "Vucic"), when that differs from it and keeps its length; else None.

    >>> _unaccented("Luiz Inácio Lula da Silva"), _unaccented("Olaf Scholz")
    ('Luiz Inacio Lula da Silva', None)
    """
    plain = "".join(c for c in unicodedata.normalize("NFKD", form) if not unicodedata.combining(c))
    return plain if plain != form and len(plain) == len(form) else None


def _date(s: str) -> _dt.date | None:
    s = s.strip()
    return _dt.date.fromisoformat(s) if s else None


def office_name(role: str, jurisdiction_name: str) -> str:
    """English name of an office, e.g. ``office_name("president", "Russia")``.

    >>> office_name("president", "Russia")
    'President of Russia'
    """
    if jurisdiction_name.startswith(("United ", "Republic ", "European ")) or jurisdiction_name in _PLURAL_NAMES:
        jurisdiction_name = "the " + jurisdiction_name
    return OFFICE_NAMES.get(role, role.replace("_", " ").title() + " of {j}").format(j=jurisdiction_name)


# country names that take "the" in English
_PLURAL_NAMES = {"Philippines", "Netherlands", "United States", "Vatican City", "Holy See"}


# Characters that may not appear inside a field of a gazetteer line: tab and line ends split
# lines and columns (U+0085, U+2028 and U+2029 too, for tools that read with splitlines), other
# control characters corrupt names silently.
_FORBIDDEN = frozenset(chr(c) for c in [*range(0x20), 0x7f, 0x85, 0x2028, 0x2029])


def check_fields(fields: list[str], where: str) -> None:
    """Raise InputError if a field holds a tab, a line end or another control character.

    >>> check_fields(["Q1", "person", "Ada"], "x")
    >>> check_fields(["Q1", "person", "A\\nda"], "x")
    Traceback (most recent call last):
    kb.errors.InputError: x: column 3 holds a line break or control character (U+000A): 'A\\nda'
    """
    for i, value in enumerate(fields, 1):
        bad = next((ch for ch in value if ch in _FORBIDDEN), None)
        if bad is not None:
            raise InputError(f"{where}: column {i} holds a line break or control character "
                             f"(U+{ord(bad):04X}): {value[:60]!r}")


def parse_row(fields: list[str], where: str) -> tuple[Entity, dict, set[str]]:
    """One gazetteer line -> (entity, {lang: adjectives}, tags). Raises InputError when malformed."""
    fields = fields + [""] * (9 - len(fields))
    eid, kind, name, country, en, de, adj_en, adj_de, tags = (f.strip() for f in fields[:9])
    if not eid or not (eid.startswith("Q") and eid[1:].isdigit() or eid.startswith("local:")):
        raise InputError(f"{where}: id {eid!r} is neither a Wikidata QID (Q123) nor local:slug")
    if kind not in KINDS:
        raise InputError(f"{where}: kind {kind!r} is not one of {', '.join(KINDS)}")
    if not name:
        raise InputError(f"{where}: entity {eid} has no name")
    split = lambda s: [a.strip() for a in s.split(";") if a.strip()]
    labels = {"en": split(en) or [name], "de": split(de)}
    ent = Entity(id=eid, name=name, kind=kind, labels=labels, country=country or None)
    adjectives = {"en": split(adj_en), "de": [f for stem in split(adj_de) for f in german_inflections(stem)]}
    return ent, adjectives, set(split(tags))


def parse_offices(person: str, text: str, where: str) -> list[Office]:
    """Offices written as ``role@jurisdiction@start@end`` separated by ``;`` (end may be empty).

    >>> parse_offices("Q1", "president@Q183@2020-01-01@", "x")[0].role
    'president'
    """
    out = []
    for item in (x.strip() for x in (text or "").split(";")):
        if not item:
            continue
        parts = (item.split("@") + ["", "", "", ""])[:4]
        role, jur, start, end = (p.strip() for p in parts)
        if not role or not jur:
            raise InputError(f"{where}: office {item!r} is not role@jurisdiction@start@end")
        try:
            out.append(Office(person, role, jur, _date(start), _date(end)))
        except ValueError:
            raise InputError(f"{where}: office {item!r} has a date that is not YYYY-MM-DD") from None
    return out


class Gazetteer:
    """Entities, their surface forms per language, and offices held over time."""

    def __init__(self) -> None:
        self.entities: dict[str, Entity] = {}
        self.tags: dict[str, set[str]] = {}
        # lang -> surface form -> entity ids (several when ambiguous, e.g. "Clinton")
        self.names: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
        self.adjectives: dict[str, dict[str, str]] = defaultdict(dict)
        self.offices: list[Office] = []
        self._by_person: dict[str, list[Office]] = defaultdict(list)
        self.replaced: dict[str, str] = {}  # local id -> the id of the added entity replacing it

    # -- building -------------------------------------------------------------------------
    def add(self, ent: Entity, adjectives: dict[str, list[str]], tags: set[str]) -> None:
        """Add (or replace) one entity with its surface forms."""
        if ent.id in self.entities:
            self._forget(ent.id)
        self.entities[ent.id] = ent
        self.tags[ent.id] = tags
        for lang, forms in ent.labels.items():
            for form in forms:
                self._name(lang, form, ent.id)
                plain = _unaccented(form) if " " in form else None
                if plain is not None:  # "Luiz Inacio Lula da Silva"; a surname alone is too weak a
                    self._name(lang, plain, ent.id)  # sign ("Gonzalez" is not "Felipe González")
                for inflected in _inflected_heads(lang, form):
                    self._name(lang, inflected, ent.id)
                if ent.kind in _GENITIVE_KINDS:
                    for suffix in function_words(lang, "name-suffix"):
                        gen = _genitive(form, suffix)
                        if gen:
                            self._name(lang, gen, ent.id)
        for lang, forms in adjectives.items():
            plurals = [w.split(":", 1) for w in function_words(lang, "demonym-plural") if ":" in w]
            for form in forms:
                self.adjectives[lang].setdefault(form, ent.id)
                # sentence-initial adjectives are capitalised
                self.adjectives[lang].setdefault(form[:1].upper() + form[1:], ent.id)
                # the people of a country: "Latvians" (function-words.txt demonym-plural)
                for ending, suffix in plurals:
                    if form[:1].isupper() and form.endswith(ending) and " " not in form:
                        self.adjectives[lang].setdefault(form + suffix, ent.id)

    def _name(self, lang: str, form: str, eid: str) -> None:
        ids = self.names[lang][form]
        if eid not in ids:
            ids.append(eid)

    def _forget(self, eid: str) -> None:
        for table in self.names.values():
            for form in [f for f, ids in table.items() if eid in ids]:
                table[form].remove(eid)
                if not table[form]:
                    del table[form]

    def remove(self, eid: str) -> None:
        """Forget an entity: its surface forms, adjectives, tags and offices."""
        if eid not in self.entities:
            return
        self._forget(eid)
        for table in self.adjectives.values():
            for form in [f for f, i in table.items() if i == eid]:
                del table[form]
        del self.entities[eid]
        self.tags.pop(eid, None)
        self.offices = [o for o in self.offices if o.person != eid]
        self._by_person.pop(eid, None)

    def add_office(self, office: Office) -> None:
        self.offices.append(office)
        self._by_person[office.person].append(office)
        ent = self.entities.get(office.person)
        if ent is not None:
            jur = self.entities.get(office.jurisdiction)
            ent.offices.append((f"{office.role}@{office.jurisdiction}",
                                office_name(office.role, jur.name if jur else office.jurisdiction),
                                office.start.isoformat() if office.start else None,
                                office.end.isoformat() if office.end else None))

    # -- lookups -----------------------------------------------------------------------------
    def get(self, eid: str) -> Entity | None:
        return self.entities.get(eid)

    def lookup(self, form: str, lang: str) -> list[Entity]:
        """Entities a surface form can name in ``lang`` (English forms are tried as a fallback)."""
        ids = self.names.get(lang, {}).get(form) or self.names.get("en", {}).get(form) or []
        return [self.entities[i] for i in ids]

    def surface_forms(self, lang: str) -> list[str]:
        forms = set(self.names.get(lang, {}))
        if lang != "en":
            forms |= set(self.names.get("en", {}))
        return sorted(forms, key=len, reverse=True)

    def offices_of(self, person: str) -> list[Office]:
        return list(self._by_person.get(person, ()))

    def holders(self, role: str, jurisdiction: str | None, on: _dt.date | None) -> list[Entity]:
        """Persons holding ``role`` (or a role of its group) in ``jurisdiction`` on date ``on``.

        With ``jurisdiction`` None every jurisdiction counts; with ``on`` None every term does.
        """
        roles = ROLE_GROUPS.get(role, (role,))
        out: list[Entity] = []
        seen: set[str] = set()
        by_role = self._offices_by_role(jurisdiction)
        fitting = [by_role[r] for r in by_role if _role_fits(r, roles, role)]
        terms = fitting[0] if len(fitting) == 1 else sorted(t for ts in fitting for t in ts)
        for _, off in terms:
            if on is not None and not off.active(on):
                continue
            ent = self.entities.get(off.person)
            if ent is not None and ent.id not in seen:
                seen.add(ent.id)
                out.append(ent)
        return out

    def _offices_by_role(self, jurisdiction: str | None) -> dict[str, list[tuple[int, Office]]]:
        """The offices of one jurisdiction (all with None) by role, each with its place in
        :attr:`offices` (so merged lists keep that order); indexed once per office list."""
        key = jurisdiction or ""
        index = self.__dict__.get("_by_role")
        if index is None or index[0] is not self.offices or index[1] != len(self.offices):
            index = (self.offices, len(self.offices), {})
            self.__dict__["_by_role"] = index
        table = index[2].get(key)
        if table is None:
            table = {}
            for n, off in enumerate(self.offices):
                if not key or off.jurisdiction == key:
                    table.setdefault(off.role, []).append((n, off))
            index[2][key] = table
        return table

    def office_at(self, person: str, on: _dt.date | None, within_days: int = 0) -> Office | None:
        """The main office ``person`` held on ``on`` (or took up within ``within_days`` after it)."""
        best = None
        for off in self._by_person.get(person, ()):
            if on is None:
                best = off
                continue
            later = on + _dt.timedelta(days=within_days)
            if (off.start is None or off.start <= later) and (off.end is None or on < off.end):
                best = off
        return best

    def tagged(self, tag: str, country: str) -> Entity | None:
        """The entity with ``tag`` belonging to ``country`` (e.g. its capital or government)."""
        for eid, tags in self.tags.items():
            if tag in tags and self.entities[eid].country == country:
                return self.entities[eid]
        return None

    def has_tag(self, eid: str, tag: str) -> bool:
        return tag in self.tags.get(eid, ())


def _role_fits(office_role: str, roles: tuple[str, ...], asked: str) -> bool:
    if office_role in roles:
        return True
    # "Präsidentin der Europäischen Kommission": a plain "president" of an organisation
    return asked == "president" and office_role.endswith("_president")


def _read_tsv(path: Path):
    # Lines end at "\n" only: str.splitlines() would also cut at U+2028, U+0085 or a form feed.
    for n, line in enumerate(path.read_text(encoding="utf-8").split("\n"), 1):
        line = line.removesuffix("\r")
        if not line.strip() or line.startswith("#"):
            continue
        yield n, line.split("\t")


def load() -> Gazetteer:
    """Read the shipped gazetteer (``gazetteer.tsv`` and ``offices.tsv``)."""
    gz = Gazetteer()
    for n, fields in _read_tsv(DATA_DIR / "gazetteer.tsv"):
        ent, adjectives, tags = parse_row(fields, f"{DATA_DIR / 'gazetteer.tsv'}:{n}")
        gz.add(ent, adjectives, tags)
    for n, fields in _read_tsv(DATA_DIR / "offices.tsv"):
        person, role, jur, start, end = (fields + [""] * 5)[:5]
        gz.add_office(Office(person.strip(), role.strip(), jur.strip(), _date(start), _date(end)))
    return gz
