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
from pathlib import Path

from ..errors import InputError
from .tables import parse_offices, parse_row, user_path

__all__ = ["add_entities"]

_WD = "http://www.wikidata.org/entity/"
_P31_KINDS = {"Q5": "person", "Q6256": "country", "Q3624078": "country", "Q515": "city",
              "Q5119": "city", "Q1637706": "city", "Q43229": "organisation", "Q484652": "organisation",
              "Q327333": "government", "Q192350": "ministry", "Q1193236": "agency"}


def _qid(value: str) -> str:
    value = value.strip()
    return value[len(_WD):] if value.startswith(_WD) else value


def _rows_from_csv(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as f:
        reader = csv.DictReader(f)
        if reader.fieldnames is None:
            raise InputError(f"{path}: empty CSV file")
        fields = {h.strip().lower(): h for h in reader.fieldnames}
        def col(row, *names):
            for n in names:
                if n in fields and row.get(fields[n]):
                    return row[fields[n]].strip()
            return ""
        if not any(k in fields for k in ("id", "qid", "item")):
            raise InputError(f"{path}: the CSV header needs an 'id' (or 'qid'/'item') column")
        rows = []
        for row in reader:
            rows.append([_qid(col(row, "id", "qid", "item")), col(row, "kind", "type"),
                         col(row, "name", "label", "itemlabel"), _qid(col(row, "country")),
                         col(row, "aliases_en", "en"), col(row, "aliases_de", "de"),
                         col(row, "adjectives_en"), col(row, "adjectives_de"), col(row, "tags"),
                         col(row, "offices")])
        return rows


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


def add_entities(path) -> int:
    """Validate the entities in a CSV or Turtle file and store them in the user gazetteer.

    Entities with an id already in the user file replace the old line. Returns the number of
    entities added. Raises :class:`kb.errors.InputError` for an unreadable or invalid file
    (nothing is written then).
    """
    path = Path(path)
    if not path.exists():
        raise InputError(f"{path}: no such file")
    suffix = path.suffix.lower()
    if suffix in (".ttl", ".turtle"):
        rows = _rows_from_turtle(path)
    elif suffix in (".csv", ".tsv", ".txt"):
        rows = _rows_from_csv(path)
    else:
        raise InputError(f"{path}: expected a .csv or .ttl file")
    if not rows:
        raise InputError(f"{path}: no entities found")
    for n, row in enumerate(rows, 2):
        parse_row(row, f"{path}: entity {n - 1}")  # raises InputError when invalid
        if len(row) > 9:
            parse_offices(row[0], row[9], f"{path}: entity {n - 1}")
    target = user_path()
    target.parent.mkdir(parents=True, exist_ok=True)
    new_ids = {r[0] for r in rows}
    kept = []
    if target.exists():
        for line in target.read_text(encoding="utf-8").splitlines():
            if line.startswith("#") or not line.strip() or line.split("\t")[0] not in new_ids:
                kept.append(line)
    if not kept:
        kept = ["# kb user gazetteer (same columns as kb/entities/gazetteer.tsv); written by `kb gazetteer add`"]
    kept += ["\t".join(r) for r in rows]
    target.write_text("\n".join(kept) + "\n", encoding="utf-8")
    from . import reload
    reload()
    return len(rows)
