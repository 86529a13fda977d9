"""CSV and JSON exports.

The CSV is made for pandas and R's readr: a header row, ISO dates
(``YYYY-MM-DD``) in ``earliest``/``latest`` (empty when unknown), integers
without decimals, booleans as ``true``/``false``, lists inside a cell joined
with ``"; "`` (labels, roles), a space (QIDs, document ids) or ``" | "`` (sources), UTF-8 and ``\\n`` line ends.
"""

from __future__ import annotations

import csv
import io
import json
from typing import Any

from ..model import RECORD_TYPES
from ..datedisplay import display_value
from .records import Event, Report

__all__ = ["EVENT_COLUMNS", "REPORT_COLUMNS", "event_dict", "report_dict", "timeline_rows", "write_csv",
           "write_json"]

EVENT_COLUMNS = ("event", "type", "status", "value", "earliest", "latest", "granularity", "date_text",
                 "participants", "participant_qids", "roles", "place", "place_qid", "reports",
                 "doc_ids", "sources", "evidence", "conflict")
REPORT_COLUMNS = ("report", "event", "doc_id", "type", "status", "value", "earliest", "latest",
                  "granularity", "date_text", "participants", "participant_qids", "roles", "place",
                  "place_qid", "source", "published", "lang", "evidence", "evidence_start",
                  "evidence_end")


def _people(r: Report) -> dict[str, str]:
    return {
        "participants": "; ".join(a.name for a in r.participants),
        "participant_qids": " ".join(a.qid or a.iri for a in r.participants),
        "roles": "; ".join(a.role or "" for a in r.participants),
        "place": r.place.name if r.place else "",
        "place_qid": (r.place.qid or r.place.iri) if r.place else "",
    }


def _event_row(e: Event) -> dict[str, Any]:
    lead = e.lead
    return {
        "event": e.iri, "type": lead.type, "status": lead.status, "value": display_value(lead.value),
        "earliest": e.earliest or "", "latest": e.latest or "", "granularity": lead.granularity or "",
        "date_text": lead.date_text or "", **_people(lead), "reports": len(e.reports),
        "doc_ids": " ".join(r.doc_id for r in e.reports), "sources": " | ".join(e.sources),
        "evidence": lead.evidence, "conflict": "true" if e.conflict else "false",
    }


def _report_row(r: Report) -> dict[str, Any]:
    return {
        "report": r.iri, "event": r.canonical or r.iri, "doc_id": r.doc_id, "type": r.type,
        "status": r.status, "value": display_value(r.value), "earliest": r.earliest or "", "latest": r.latest or "",
        "granularity": r.granularity or "", "date_text": r.date_text or "", **_people(r),
        "source": r.source or "", "published": r.published or "", "lang": r.lang or "",
        "evidence": r.evidence, "evidence_start": "" if r.evidence_start is None else r.evidence_start,
        "evidence_end": "" if r.evidence_end is None else r.evidence_end,
    }


def timeline_rows(store, event_iris: list[str], *, unmerged: bool = False, include_implied: bool = False,
                  limit: int | None = None, row_only: bool = True, records: dict[str, list[str]] | None = None):
    """:class:`kb.timeline.TimelineRow` items for the reports ``event_iris`` (what the
    timeline query found): the rows of ``kb export --format csv`` for those reports,
    the reports of one merged event in one row unless ``unmerged``. With ``limit``, only
    the first ``limit`` reports in timeline order (date bounds, type, IRI) count. ``row_only``
    reads only the facts the rows show (``False``: the whole reports, as ``kb export``; the same rows);
    ``records`` holds stored row texts already read (:func:`kb.exporters.records.stored_rows`)."""
    from ..timeline import TimelineRow
    from .records import Selection, collect, group_reports

    reports = collect(store, Selection(events=list(event_iris), include_implied=include_implied),
                      row_only=row_only, records=records)
    if limit is not None:
        reports = reports[:limit]
    rows = []
    for e in group_reports(store, reports, unmerged=unmerged):
        row = _event_row(e)
        rows.append(TimelineRow(**{k: (v if k == "reports" else str(v)) for k, v in row.items()},
                                source=e.lead.source or "", doc_id=e.lead.doc_id))
    return rows


def write_csv(request) -> str:
    """One row per event, or per report when ``request.mentions``."""
    if request.mentions:
        columns, rows = REPORT_COLUMNS, [_report_row(r) for r in request.reports]
    else:
        columns, rows = EVENT_COLUMNS, [_event_row(e) for e in request.events]
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: str(v).replace("\r\n", "\n") for k, v in row.items()})
    return buf.getvalue()


def report_dict(r: Report) -> dict[str, Any]:
    """A report as the JSON event record (docs/record.md), plus its source."""
    rtype, subtype = RECORD_TYPES.get(r.type, (r.type, None))
    d: dict[str, Any] = {
        "id": r.iri, "event_id": r.local_id, "doc_id": r.doc_id, "type": rtype, "kb_type": r.type,
        "status": r.status,
        "participants": [a.as_dict() for a in r.participants],
        "place": r.place.as_dict() if r.place else None,
        "date": None if r.value is None and r.earliest is None else {
            "value": r.value, "earliest": r.earliest, "latest": r.latest,
            "granularity": r.granularity, "text": r.date_text, "uncertain": r.uncertain,
            **({"source": r.date_source} if r.date_source else {})},
        "evidence": {"start": r.evidence_start, "end": r.evidence_end, "text": r.evidence},
        "source": {"url": r.source, "title": r.title, "published": r.published, "lang": r.lang},
    }
    if subtype:
        d["subtype"] = subtype
    if r.implied_by:
        d["implied_by"] = r.implied_by
    if r.hypothetical:
        d["hypothetical"] = True
    if r.negated:
        d["negated"] = True
    if r.canonical:
        d["canonical"] = r.canonical
    if r.reviewed:
        d["reviewed"] = True
    return d


def event_dict(e: Event) -> dict[str, Any]:
    """An event: its lead report's record, the merged bounds and every report."""
    d = report_dict(e.lead)
    d["id"] = e.iri
    if d["date"] is not None:
        d["date"]["earliest"], d["date"]["latest"] = e.earliest, e.latest
    d["conflict"] = e.conflict
    d["reports"] = [{"id": r.iri, "doc_id": r.doc_id, "status": r.status, "date": r.value,
                     "evidence": r.evidence, "source": r.source, "published": r.published}
                    for r in e.reports]
    d.pop("canonical", None)
    return d


def write_json(request) -> str:
    """``{"events": [...]}`` (or ``{"reports": [...]}`` with ``request.mentions``)."""
    if request.mentions:
        body = {"reports": [report_dict(r) for r in request.reports]}
    else:
        body = {"events": [event_dict(e) for e in request.events]}
    return json.dumps(body, ensure_ascii=False, indent=1) + "\n"
