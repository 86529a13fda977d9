"""Reading entity files for the gazetteer: what the Wikidata Query Service downloads, Turtle, kb's TSV.

Every reader returns *entries*: rows of :data:`ROW` (the columns of ``gazetteer.tsv`` plus
``offices``, ``labels``, ``replaces`` and ``description``), each with the ``file:line`` it came
from. Rows naming the same id are merged (a query result has one row per label or term).

Formats (by file suffix):

- ``.csv`` / ``.tsv`` with a header: ``item`` (a QID or a full entity IRI; also ``id``, ``qid``),
  ``itemLabel`` (or ``name``, ``label``), optional ``itemAltLabel`` (comma-separated, as WDQS
  writes it; ``aliases`` is ``;``-separated), ``itemDescription``, ``kind`` (a kb kind or a
  Wikidata class such as Q5; default ``--kind``), ``country``, ``replaces``, language-tagged
  ``itemLabel_de`` / ``label_fr`` / ``aliases_it`` ..., and kb's own ``aliases_en``, ``aliases_de``,
  ``adjectives_en``, ``adjectives_de``, ``tags``, ``offices`` (``role@jurisdiction@start@end;...``).
- office-holder tables (a header with ``person`` and ``office`` or ``role``): one term per row,
  ``person, personLabel, office, officeLabel, role, country, start, end``; the role is kb's
  (``president``, ``foreign_minister``, ...) or read from the office's English label.
- ``.json``: the WDQS "JSON" download (a list of objects) or SPARQL JSON results (labels keep
  their ``xml:lang``), with the same column names.
- ``.ttl`` / ``.nt``: every subject with an ``rdfs:label`` (all languages), ``skos:altLabel``,
  ``schema:description``; the kind from ``kb:kind``, ``rdf:type`` or ``wdt:P31``; the country
  from ``wdt:P17``/``wdt:P27``.
- a ``.tsv`` without a header is read as kb's own gazetteer format (``gazetteer.tsv`` columns,
  optionally ``offices``): the file an earlier kb kept in the home directory.
"""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

from ..errors import InputError
from .tables import DATA_DIR, KINDS, OFFICE_NAMES, check_fields, parse_offices, parse_row

__all__ = ["ROW", "entries_from_records", "read_entities", "role_of_office"]

ROW = ("id", "kind", "name", "country", "aliases_en", "aliases_de", "adjectives_en", "adjectives_de",
       "tags", "offices", "labels", "replaces", "description")
_I = {c: i for i, c in enumerate(ROW)}

_WD = "http://www.wikidata.org/entity/"
_QID = re.compile(r"Q[1-9][0-9]*")
_P31_KINDS = {"Q5": "person", "Q6256": "country", "Q3624078": "country", "Q515": "city",
              "Q5119": "city", "Q1637706": "city", "Q43229": "organisation", "Q484652": "organisation",
              "Q327333": "government", "Q192350": "ministry", "Q1193236": "agency"}
# header name (lower case) -> column of ROW
_HEADER = {
    "id": "id", "qid": "id", "item": "id", "entity": "id",
    "name": "name", "label": "name", "itemlabel": "name",
    "kind": "kind", "type": "kind", "country": "country", "description": "description",
    "itemdescription": "description", "aliases_en": "aliases_en", "aliases_de": "aliases_de",
    "adjectives_en": "adjectives_en", "adjectives_de": "adjectives_de", "tags": "tags",
    "offices": "offices", "replaces": "replaces",
}
# header names holding aliases without a language: WDQS joins them with ", ", kb with ";"
_ALIAS_HEADERS = {"itemaltlabel": ", ", "altlabel": ", ", "aliases": ";"}
# "itemLabel_de", "label@fr", "aliases_it": a label or aliases in one language
_LANG_HEADER = re.compile(r"(item|person)?(label|altlabel|aliases|name)[_@]([a-z]{2,3}(?:-[a-z0-9]+)?)")
_OFFICE_HEADERS = {"person", "personlabel", "office", "officelabel", "role", "country", "start", "end",
                   "personaltlabel", "persondescription"}
_SHOWN_ERRORS = 5

def _qid(value: str) -> str:
    value = value.strip()
    return value[len(_WD):] if value.startswith(_WD) else value


def _split(value: str, sep: str = ";") -> list[str]:
    return [x.strip() for x in value.split(sep) if x.strip()]


def _date(value: str, where: str) -> str:
    value = value.strip()
    if not value:
        return ""
    m = re.match(r"(\d{4}-\d{2}-\d{2})", value.lstrip("+"))
    if not m:
        raise InputError(f"{where}: date {value!r} is not YYYY-MM-DD")
    return m.group(1)


def _office_roles() -> list[tuple[str, str]]:
    """(words of an office's English label, kb role), most specific first (office_roles.tsv)."""
    out = []
    for line in (DATA_DIR / "office_roles.tsv").read_text(encoding="utf-8").split("\n"):
        if line.strip() and not line.startswith("#"):
            words, role = line.split("\t")
            if role not in OFFICE_NAMES:
                raise InputError(f"office_roles.tsv: unknown role {role!r}")
            out.append((words.strip().lower(), role.strip()))
    return out


def role_of_office(label: str) -> str | None:
    """kb's role for an office named ``label`` (English), or None.

    >>> role_of_office("Federal Chancellor of Germany")
    'chancellor'
    >>> role_of_office("Vice President of the United States")
    'vice_president'
    """
    text = " " + " ".join(re.sub(r"[^\w-]+", " ", label.lower()).split()) + " "
    for words, role in _office_roles():
        if f" {words} " in text:
            return role
    return None


class _Entry:
    """One entity being read: the merged values of every record naming it."""

    def __init__(self, eid: str, where: str):
        self.id, self.where = eid, where
        self.values = dict.fromkeys(ROW, "")
        self.labels: dict[str, list[str]] = {}
        self.offices: list[str] = []

    def label(self, lang: str, value: str) -> None:
        forms = self.labels.setdefault(lang, [])
        if value and value not in forms:
            forms.append(value)

    def row(self) -> list[str]:
        v = dict(self.values, id=self.id)
        name = v["name"] or next((f[0] for lang in ("en", "de") if (f := self.labels.get(lang))), "") \
            or next((f[0] for f in self.labels.values() if f), "")
        v["name"] = name
        # the name (no language: a CSV name is not English only) and the aliases in both columns
        en = [name, *self.labels.pop("en", []), *_split(v["aliases_en"])]
        de = [name, *self.labels.pop("de", []), *_split(v["aliases_de"])]
        plain = self.labels.pop("", [])
        v["aliases_en"] = ";".join(dict.fromkeys(x for x in en + plain if x))
        v["aliases_de"] = ";".join(dict.fromkeys(x for x in de + plain if x))
        v["labels"] = ";".join(f"{form}@{lang}" for lang, forms in sorted(self.labels.items()) for form in forms)
        v["offices"] = ";".join(dict.fromkeys([*_split(v["offices"]), *self.offices]))
        return [v[c] for c in ROW]


def _kind(value: str, default: str | None, where: str) -> str:
    value = _qid(value)
    if not value:
        if default:
            return default
        raise InputError(f"{where}: no kind: give a 'kind' column or --kind")
    if value in KINDS:
        return value
    if value in _P31_KINDS:
        return _P31_KINDS[value]
    raise InputError(f"{where}: kind {value!r} is not one of {', '.join(KINDS)} (or a Wikidata class "
                     f"such as Q5, Q6256, Q515, Q43229)")


def entries_from_records(records, source: str, kind: str | None = None,
                         skipped: list[str] | None = None) -> list[tuple[str, list[str]]]:
    """Entries from records ``(where, {header: value})`` (a header may end ``@lang`` for a
    language-tagged value). Raises InputError listing the bad records (``file:line: why``);
    with a ``skipped`` list, bad records are left out and their messages added to it instead."""
    if kind is not None and kind not in KINDS:
        raise InputError(f"--kind {kind!r} is not one of {', '.join(KINDS)}")
    entries: dict[str, _Entry] = {}
    errors: list[str] = []
    for where, record in records:
        known = len(entries)
        try:
            _take(record, where, kind, entries)
        except InputError as exc:
            errors.append(str(exc))
            for eid in list(entries)[known:]:  # an entity this bad record began is not checked again
                del entries[eid]
    out = []
    for entry in entries.values():
        row = entry.row()
        try:
            check_fields(row, entry.where)
            parse_row(row, entry.where)
            parse_offices(row[0], row[_I["offices"]], entry.where)
        except InputError as exc:
            errors.append(str(exc))
            continue
        out.append((entry.where, row))
    if errors and skipped is not None:
        skipped += errors
    elif errors:
        more = f" (and {len(errors) - _SHOWN_ERRORS} more)" if len(errors) > _SHOWN_ERRORS else ""
        raise InputError(f"{source}: {len(errors)} bad entities, nothing added: "
                         + "; ".join(errors[:_SHOWN_ERRORS]) + more)
    if not out and skipped is None:
        raise InputError(f"{source}: no entities found")
    return out


def _take(record: dict[str, str], where: str, kind: str | None, entries: dict[str, _Entry]) -> None:
    fields = {k.strip().lower(): (v or "") for k, v in record.items()}
    if "person" in fields and ("office" in fields or "officelabel" in fields or "role" in fields):
        return _take_term(fields, where, entries)
    eid = next((_qid(fields[h]) for h in ("id", "qid", "item", "entity") if fields.get(h, "").strip()), "")
    if not eid:
        raise InputError(f"{where}: no id: the 'item' (or 'id') column is empty")
    entry = entries.setdefault(eid, _Entry(eid, where))
    for header, value in fields.items():
        value = value.strip()
        base, _, tag = header.partition("@")
        if not value or base in ("id", "qid", "item", "entity"):
            continue
        if base in _ALIAS_HEADERS:
            for alias in _split(value, _ALIAS_HEADERS[base]):
                entry.label(tag, alias)
        elif base == "name" or base in ("label", "itemlabel"):
            if tag:
                entry.label(tag, value)
            if not entry.values["name"] and tag in ("", "en"):
                entry.values["name"] = value
            elif not tag:
                entry.label("", value)
        elif (m := _LANG_HEADER.fullmatch(base)) is not None:
            # one value per row, but kb's aliases_xx columns are ;-separated
            for alias in (_split(value) if m.group(2) == "aliases" else [value]):
                entry.label(m.group(3), alias)
        elif base in _HEADER:
            column = _HEADER[base]
            entry.values[column] = _qid(value) if column == "country" else value
        else:
            raise InputError(f"{where}: unknown column {header!r}")
    entry.values["kind"] = _kind(fields.get("kind", "") or fields.get("type", ""), kind or entry.values["kind"],
                                 where)


def _take_term(fields: dict[str, str], where: str, entries: dict[str, _Entry]) -> None:
    unknown = sorted(h for h in fields if h.partition("@")[0] not in _OFFICE_HEADERS
                     and not _LANG_HEADER.fullmatch(h.partition("@")[0]))
    if unknown:
        raise InputError(f"{where}: unknown column(s) {', '.join(map(repr, unknown))} in an office-holder table")
    plain = {h.partition("@")[0]: v.strip() for h, v in fields.items()}  # SPARQL JSON: "officeLabel@en"
    person = _qid(plain["person"])
    if not person:
        raise InputError(f"{where}: no person")
    role = plain.get("role", "")
    if role and role not in OFFICE_NAMES:
        raise InputError(f"{where}: role {role!r} is not one of {', '.join(OFFICE_NAMES)}")
    if not role:
        label = plain.get("officelabel", "") or plain.get("office", "")
        role = role_of_office(label) or ""
        if not role:
            raise InputError(f"{where}: office {label!r} is not one kb knows; give a 'role' column "
                             f"({', '.join(OFFICE_NAMES)})")
    country = _qid(plain.get("country", ""))
    if not country:
        raise InputError(f"{where}: no country (the office's jurisdiction)")
    entry = entries.setdefault(person, _Entry(person, where))
    entry.values["kind"] = "person"
    for header, value in fields.items():
        base, _, tag = header.partition("@")
        value = value.strip()
        if base == "personlabel" and value:
            if not entry.values["name"] and tag in ("", "en"):
                entry.values["name"] = value
            entry.label(tag, value)
        elif base == "personaltlabel" and value:
            for alias in _split(value, ", "):
                entry.label(tag, alias)
        elif (m := _LANG_HEADER.fullmatch(base)) is not None and value:
            entry.label(m.group(3), value)
    entry.offices.append(f"{role}@{country}@{_date(plain.get('start', ''), where)}@"
                         f"{_date(plain.get('end', ''), where)}")


# -- files ------------------------------------------------------------------------------------
def read_entities(path, kind: str | None = None) -> list[tuple[str, list[str]]]:
    """The entries of an entity file (see the module doc), each with its ``file:line``.

    Raises :class:`kb.errors.InputError` (one line) for a missing, unreadable or invalid file;
    a file with any bad record gives nothing.
    """
    path = Path(path)
    if not path.is_file():
        raise InputError(f"{path}: no such file")
    suffix = path.suffix.lower()
    try:
        if suffix in (".ttl", ".turtle", ".nt"):
            return entries_from_records(_turtle_records(path, suffix), str(path), kind)
        if suffix == ".json":
            return entries_from_records(_json_records(path), str(path), kind)
        if suffix in (".csv", ".tsv", ".txt"):
            with path.open(encoding="utf-8-sig", newline="") as f:
                text = f.read()
            if suffix == ".tsv" and _is_kb_tsv(text):
                return _kb_tsv(text, path)
            return entries_from_records(_csv_records(text, path, "\t" if suffix == ".tsv" else ","), str(path),
                                        kind)
    except UnicodeDecodeError as exc:
        raise InputError(f"{path}: not valid UTF-8 (byte {exc.start})") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from None
    raise InputError(f"{path}: expected a .csv, .tsv, .json, .ttl or .nt file")


def _csv_records(text: str, path: Path, delimiter: str):
    # a TSV holds SPARQL terms ("label"@de), not CSV quoting
    reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=delimiter,
                            quoting=csv.QUOTE_NONE if delimiter == "\t" else csv.QUOTE_MINIMAL)
    try:
        if reader.fieldnames is None:
            raise InputError(f"{path}: empty file")
        headers = [h.strip().lstrip("?").lower() for h in reader.fieldnames]
        if not any(h in ("id", "qid", "item", "entity", "person") for h in headers):
            raise InputError(f"{path}:1: the header needs an 'item' (or 'id', or 'person' for office "
                             f"holders) column; it has {', '.join(reader.fieldnames)}")
        for row in reader:
            where = f"{path}:{reader.line_num}"
            if None in row:
                raise InputError(f"{where}: more values than columns in the header")
            # WDQS writes TSV values as SPARQL terms: <IRI>, "label"@de
            yield where, (_tsv_terms(row) if delimiter == "\t" else row)
    except csv.Error as exc:
        raise InputError(f"{path}:{reader.line_num}: not valid CSV ({exc})") from None


_TERM = re.compile(r'^"(?P<lex>.*)"(?:@(?P<lang>[A-Za-z0-9-]+)|\^\^<[^>]*>)?$', re.S)


def _tsv_terms(row: dict) -> dict:
    out = {}
    for header, value in row.items():
        header = (header or "").lstrip("?")
        value = (value or "").strip()
        if value.startswith("<") and value.endswith(">"):
            value = value[1:-1]
        elif (m := _TERM.match(value)) is not None:
            value = m.group("lex").replace('\\"', '"')
            if m.group("lang") and header.lower() in ("itemlabel", "label", "name", "itemaltlabel",
                                                         "altlabel", "personlabel", "personaltlabel"):
                header = f"{header}@{m.group('lang').lower()}"
        out[header] = value
    return out


def _json_records(path: Path):
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except json.JSONDecodeError as exc:
        raise InputError(f"{path}:{exc.lineno}: not valid JSON ({exc.msg})") from None
    if isinstance(data, dict) and isinstance(data.get("results"), dict):
        yield from sparql_json_records(data, str(path))
        return
    if not isinstance(data, list):
        raise InputError(f"{path}: expected a list of objects (WDQS JSON) or SPARQL JSON results")
    for line, obj in zip(_element_lines(path.read_text(encoding="utf-8-sig")), data):
        where = f"{path}:{line}"
        if not isinstance(obj, dict) or not all(isinstance(v, (str, int, float)) for v in obj.values()):
            raise InputError(f"{where}: not an object of plain values")
        yield where, {k: str(v) for k, v in obj.items()}


def _element_lines(text: str):
    """The line each element of a JSON array (already parsed once, so valid) starts on."""
    decoder = json.JSONDecoder()
    i = text.index("[") + 1
    while True:
        while i < len(text) and text[i] in " \t\r\n,":
            i += 1
        if i >= len(text) or text[i] == "]":
            return
        yield text.count("\n", 0, i) + 1
        _, i = decoder.raw_decode(text, i)


def sparql_json_records(data: dict, source: str):
    """Records of SPARQL JSON results; a language-tagged literal's header gets ``@lang``."""
    bindings = data.get("results", {}).get("bindings")
    if not isinstance(bindings, list):
        raise InputError(f"{source}: SPARQL JSON results without results.bindings")
    for n, binding in enumerate(bindings, 1):
        record = {}
        for var, term in binding.items():
            if not isinstance(term, dict) or "value" not in term:
                raise InputError(f"{source}: result {n}: variable {var!r} is not a SPARQL JSON term")
            lang = term.get("xml:lang")
            record[f"{var}@{lang.lower()}" if lang else var] = str(term["value"])
        yield f"{source}: result {n}", record


def _turtle_records(path: Path, suffix: str):
    import rdflib
    from rdflib.namespace import RDF, RDFS, SKOS

    g = rdflib.Graph()
    try:
        g.parse(str(path), format="nt" if suffix == ".nt" else "turtle")
    except Exception as exc:  # noqa: BLE001 -- rdflib raises many parser exception types
        raise InputError(f"{path}: not valid {'N-Triples' if suffix == '.nt' else 'Turtle'} "
                         f"({' '.join(str(exc).split())[:200]})") from None
    wdt = rdflib.Namespace("http://www.wikidata.org/prop/direct/")
    sdo = rdflib.Namespace("http://schema.org/")
    kbns = rdflib.Namespace("https://w3id.org/kb/ns#")
    for subj in sorted(set(g.subjects(RDFS.label, None)), key=str):
        where = f"{path}: entity {_qid(str(subj))}"
        record = {"item": str(subj)}
        kind = str(g.value(subj, kbns.kind) or "")
        if not kind:
            kind = next((_P31_KINDS[q] for t in [*g.objects(subj, wdt.P31), *g.objects(subj, RDF.type)]
                         if (q := _qid(str(t))) in _P31_KINDS), "")
        if kind:
            record["kind"] = kind
        country = g.value(subj, wdt.P17) or g.value(subj, wdt.P27)
        if country is not None:
            record["country"] = str(country)
        desc = g.value(subj, sdo.description)
        if desc is not None:
            record["itemDescription"] = str(desc)
        yield where, record
        for pred, header in ((RDFS.label, "itemLabel"), (SKOS.altLabel, "aliases")):
            for lit in sorted(g.objects(subj, pred), key=str):
                lang = (getattr(lit, "language", None) or "").lower()
                yield where, {"item": str(subj), f"{header}@{lang}" if lang else header: str(lit),
                              **({"kind": kind} if kind else {})}


def _is_kb_tsv(text: str) -> bool:
    first = next((line for line in text.split("\n") if line.strip() and not line.startswith("#")), "")
    head = first.split("\t")[0].strip()
    return bool(_QID.fullmatch(head) or head.startswith("local:"))


def _kb_tsv(text: str, path: Path) -> list[tuple[str, list[str]]]:
    """kb's own TSV (``gazetteer.tsv`` columns, optional ``offices``): the old home-directory file."""
    records = []
    for n, line in enumerate(text.split("\n"), 1):
        line = line.removesuffix("\r")
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        if len(fields) > 10:
            raise InputError(f"{path}:{n}: {len(fields)} columns; kb's TSV has at most 10")
        names = ROW[:len(fields)]
        records.append((f"{path}:{n}", {("item" if c == "id" else c): v for c, v in zip(names, fields)}))
    return entries_from_records(records, str(path))
