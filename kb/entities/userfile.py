"""User additions to the gazetteer (``kb gazetteer add FILE``): CSV or Turtle in, TSV rows out.

CSV needs a header with ``id`` (or ``qid``/``item``, a QID or Wikidata IRI), ``name`` (or
``label``) and ``kind``; optional ``country``, ``aliases_en``, ``aliases_de`` (``;``-separated),
``adjectives_en``, ``adjectives_de``, ``tags`` and ``offices`` (``role@jurisdiction@start@end``,
``;``-separated, e.g. ``president@Q183@2017-03-19@``). Turtle: every subject with an ``rdfs:label``;
``kb:kind`` or ``rdf:type``/``wdt:P31`` (Q5 human, Q6256/Q3624078 country, Q515/Q5119 city,
Q43229 organisation) gives the kind, ``skos:altLabel`` the aliases by language tag,
``wdt:P17``/``wdt:P27`` the country.
"""

from __future__ import annotations

import csv
import os
import tempfile
from pathlib import Path

from ..errors import InputError
from .tables import check_fields, parse_offices, parse_row, user_path, user_rows

__all__ = ["COLUMNS", "add_entities"]

_WD = "http://www.wikidata.org/entity/"
_P31_KINDS = {"Q5": "person", "Q6256": "country", "Q3624078": "country", "Q515": "city",
              "Q5119": "city", "Q1637706": "city", "Q43229": "organisation", "Q484652": "organisation",
              "Q327333": "government", "Q192350": "ministry", "Q1193236": "agency"}
# The columns of the user file, in order, each with the CSV header names that fill it.
COLUMNS = (("id", ("id", "qid", "item")), ("kind", ("kind", "type")),
           ("name", ("name", "label", "itemlabel")), ("country", ("country",)),
           ("aliases_en", ("aliases_en", "en")), ("aliases_de", ("aliases_de", "de")),
           ("adjectives_en", ("adjectives_en",)), ("adjectives_de", ("adjectives_de",)),
           ("tags", ("tags",)), ("offices", ("offices",)))
_HEADERS = {h for _, names in COLUMNS for h in names}
_QID_COLUMNS = {"id", "country"}
# Errors listed when a file is refused (the count of the others follows).
_SHOWN_ERRORS = 5


def _qid(value: str) -> str:
    value = value.strip()
    return value[len(_WD):] if value.startswith(_WD) else value


def _rows_from_csv(path: Path) -> list[tuple[str, list[str]]]:
    """(where, fields) of each CSV record; ``where`` names the file and the line the record ends on."""
    try:
        with path.open(encoding="utf-8-sig", newline="") as f:
            reader = csv.DictReader(f)
            if reader.fieldnames is None:
                raise InputError(f"{path}: empty CSV file")
            fields = {h.strip().lower(): h for h in reader.fieldnames if h is not None}
            unknown = sorted(set(fields) - _HEADERS)
            if unknown:
                raise InputError(f"{path}: unknown column(s) {', '.join(map(repr, unknown))}; the columns are "
                                 f"{', '.join(sorted(_HEADERS))}")
            if not any(k in fields for k in ("id", "qid", "item")):
                raise InputError(f"{path}: the CSV header needs an 'id' (or 'qid'/'item') column")
            rows = []
            for row in reader:
                if None in row:
                    raise InputError(f"{path}:{reader.line_num}: more values than columns in the header")
                values = []
                for column, names in COLUMNS:
                    value = next((row[fields[n]].strip() for n in names if n in fields and row.get(fields[n])), "")
                    values.append(_qid(value) if column in _QID_COLUMNS else value)
                rows.append((f"{path}:{reader.line_num}", values))
            return rows
    except UnicodeDecodeError as exc:
        raise InputError(f"{path}: not valid UTF-8 (byte {exc.start})") from None
    except csv.Error as exc:
        raise InputError(f"{path}: not a valid CSV file ({exc})") from None


def _rows_from_turtle(path: Path) -> list[list[str]]:
    import rdflib
    from rdflib.namespace import RDF, RDFS, SKOS

    g = rdflib.Graph()
    try:
        g.parse(str(path), format="turtle")
    except Exception as exc:  # rdflib raises many parser exception types
        raise InputError(f"{path}: not valid Turtle ({exc})") from None
    wdt = rdflib.Namespace("http://www.wikidata.org/prop/direct/")
    kbns = rdflib.Namespace("https://w3id.org/kb/ns#")
    rows = []
    for subj in sorted(set(g.subjects(RDFS.label, None)), key=str):
        labels = list(g.objects(subj, RDFS.label))
        by_lang: dict[str, list[str]] = {}
        for lit in labels + list(g.objects(subj, SKOS.altLabel)):
            by_lang.setdefault(getattr(lit, "language", None) or "en", []).append(str(lit))
        name = next((str(l) for l in labels if getattr(l, "language", None) in (None, "en")), str(labels[0]))
        kind = str(g.value(subj, kbns.kind) or "")
        if not kind:
            for t in list(g.objects(subj, wdt.P31)) + list(g.objects(subj, RDF.type)):
                kind = _P31_KINDS.get(_qid(str(t)), "")
                if kind:
                    break
        country = g.value(subj, wdt.P17) or g.value(subj, wdt.P27)
        rows.append([_qid(str(subj)), kind, name, _qid(str(country)) if country else "",
                     ";".join(by_lang.get("en", [])), ";".join(by_lang.get("de", [])), "", "", ""])
    return rows


def _check(rows: list[tuple[str, list[str]]], path: Path) -> None:
    """Every problem of every row, raised together: a file is written whole or not at all."""
    errors = []
    for where, row in rows:
        try:
            check_fields(row, where)
            parse_row(row, where)
            if len(row) > 9:
                parse_offices(row[0], row[9], where)
        except InputError as exc:
            errors.append(str(exc))
    if errors:
        more = f" (and {len(errors) - _SHOWN_ERRORS} more)" if len(errors) > _SHOWN_ERRORS else ""
        raise InputError(f"{path}: {len(errors)} bad entities, nothing added: "
                         + "; ".join(errors[:_SHOWN_ERRORS]) + more)


def add_entities(path, notes: list[str] | None = None) -> int:
    """Validate the entities in a CSV or Turtle file and store them in the user gazetteer.

    Entities with an id already in the user file replace the old line. Returns the number of
    entities added. Raises :class:`kb.errors.InputError` for an unreadable or invalid file
    (nothing is written then; a field with a line break, a tab or a control character is
    invalid). The user file is rewritten whole (to a temporary file, then renamed); lines
    of it that had become unreadable are moved to ``NAME.broken`` beside it, with a message
    for each appended to ``notes``.
    """
    path = Path(path)
    if not path.exists():
        raise InputError(f"{path}: no such file")
    suffix = path.suffix.lower()
    if suffix in (".ttl", ".turtle"):
        rows = [(f"{path}: entity {row[0] or '?'}", row) for row in _rows_from_turtle(path)]
    elif suffix in (".csv", ".tsv", ".txt"):
        rows = _rows_from_csv(path)
    else:
        raise InputError(f"{path}: expected a .csv or .ttl file")
    if not rows:
        raise InputError(f"{path}: no entities found")
    _check(rows, path)
    target = user_path()
    good, bad = user_rows(target)
    new_ids = {row[0] for _, row in rows}
    lines = ["# kb user gazetteer (same columns as kb/entities/gazetteer.tsv); written by `kb gazetteer add`"]
    lines += ["\t".join(fields) for _, fields in good if fields[0].strip() not in new_ids]
    lines += ["\t".join(row) for _, row in rows]
    if bad:
        _keep_broken(target, bad, notes)
    _write_atomically(target, "\n".join(lines) + "\n")
    from . import reload
    reload()
    return len(rows)


def _keep_broken(target: Path, bad: list[tuple[int, str]], notes: list[str] | None) -> None:
    """Keep the unreadable lines of the user file in ``NAME.broken`` before it is rewritten."""
    if any(n == 0 for n, _ in bad):  # the file itself cannot be read: writing it would lose it
        raise InputError(bad[0][1])
    raw = target.read_bytes().split(b"\n")
    broken = target.with_name(target.name + ".broken")
    with broken.open("ab") as f:
        for n, _ in bad:
            f.write(raw[n - 1] + b"\n")
    if notes is not None:
        notes += [msg for _, msg in bad]
        notes.append(f"{len(bad)} unreadable lines of {target} moved to {broken}")


def _write_atomically(target: Path, text: str) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
