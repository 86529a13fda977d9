"""``kb review``: list, share and make corrections of extracted events (see :mod:`kb.review`).

Registered on the main group by :mod:`kb.cli`; kept in its own module so the
main command module stays a list of the core commands.
"""

from __future__ import annotations

import os

import click

from .cli import _csv, _open, _table, store_option
from .errors import InputError
from .lazy import LazyModule

getpass, json, pathlib = LazyModule("getpass"), LazyModule("json"), LazyModule("pathlib")  # not for --help

_COLUMNS = ["when", "who", "action", "doc_id", "type", "evidence", "changes", "orphaned", "iri"]


@click.group()
def review():
    """Corrections of extracted events and claims: list them, share them, make them.

    Corrections live in a review graph per document, are applied to what every
    command reads (timeline, export, query, check-claims, merge) and survive
    re-ingesting the document; one whose evidence is gone is listed as orphaned.

    \b
    Examples:
      kb review list --orphaned
      kb review export corrections.nq
      kb review import corrections.nq
      kb review reject art-17 https://w3id.org/kb/id/doc/art-17/event/e2 --who ana
    """


def _who(who: str | None) -> str:
    return who or os.environ.get("KB_REVIEWER") or getpass.getuser()


def _format_of(path: str) -> str:
    return "trig" if pathlib.Path(path).suffix.lower() == ".trig" else "nquads"


@review.command(name="list")
@click.option("--doc", "doc_id", metavar="ID", help="Only the corrections of this document.")
@click.option("--orphaned", is_flag=True, help="Only corrections whose evidence no longer matches an event.")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True)
@store_option
def review_list(doc_id, orphaned, fmt, store):
    """List the corrections, oldest first per document.

    \b
    Examples:
      kb review list
      kb review list --doc art-17 --format json
      kb review list --orphaned
    """
    from .review import Review

    with _open(store, read_only=True) as base:
        rows = [c for c in Review(base.store).list(doc_id) if c["orphaned"] or not orphaned]
    if fmt == "json":
        click.echo(json.dumps(rows, ensure_ascii=False, indent=1))
        return
    table = [[c["when"], c["who"], c["action"], c["doc_id"], c["type"], f"{c['evidence'][0]}-{c['evidence'][1]}",
              "; ".join(f"{k}={v}" for k, v in sorted(c["changes"].items())),
              "yes" if c["orphaned"] else "no", c["iri"]] for c in rows]
    click.echo(_csv(_COLUMNS, table) if fmt == "csv" else _table(_COLUMNS, table), nl=fmt == "table")
    if fmt == "table":
        click.echo(f"{len(rows)} corrections")


@review.command(name="export")
@click.argument("path", type=click.Path(dir_okay=False))
@store_option
def review_export(path, store):
    """Write every correction to FILE (N-Quads; TriG when FILE ends in .trig).

    \b
    Examples:
      kb review export corrections.nq
      kb review export team.trig
    """
    from .review import Review

    with _open(store, read_only=True) as base:
        try:
            with open(path, "wb") as out:
                n = Review(base.store).export(out, format=_format_of(path))
        except OSError as exc:
            raise InputError(f"cannot write {path}: {exc.strerror or exc}") from None
    click.echo(f"{n} corrections written to {path}")


@review.command(name="import")
@click.argument("path", type=click.Path(exists=True, dir_okay=False))
@store_option
def review_import(path, store):
    """Add the corrections of FILE (written by kb review export), all or nothing.

    Corrections the KB has already are skipped; the others are applied to their
    documents (or kept, orphaned, until the document is ingested).

    \b
    Examples:
      kb review import corrections.nq
      kb --store team-kb review import team.trig
    """
    from .review import Review

    with _open(store, create=False) as base, open(path, "rb") as stream:
        n = Review(base.store).import_(stream, format=_format_of(path))
    click.echo(f"{n} corrections imported from {path}")


_who_option = click.option("--who", metavar="NAME", help="Who makes the correction [default: $KB_REVIEWER or the user].")
_note_option = click.option("--note", metavar="TEXT", help="Why (kept with the correction).")


@review.command(name="accept")
@click.argument("doc_id")
@click.argument("event")
@_who_option
@_note_option
@store_option
def review_accept(doc_id, event, who, note, store):
    """Mark an event of a document as checked (kb:reviewed).

    Example: kb review accept art-17 https://w3id.org/kb/id/doc/art-17/event/e1 --who ana
    """
    from .review import Review

    with _open(store, create=False) as base:
        click.echo(Review(base.store).accept(doc_id, event, _who(who), note))


@review.command(name="reject")
@click.argument("doc_id")
@click.argument("event")
@_who_option
@_note_option
@store_option
def review_reject(doc_id, event, who, note, store):
    """Reject an event: it disappears from timelines, exports, queries and claim checks.

    Example: kb review reject art-17 https://w3id.org/kb/id/doc/art-17/event/e2 --note "a quote, no call"
    """
    from .review import Review

    with _open(store, create=False) as base:
        click.echo(Review(base.store).reject(doc_id, event, _who(who), note))


@review.command(name="correct")
@click.argument("doc_id")
@click.argument("event")
@click.option("--type", "type_", metavar="TYPE", help="The right event type (Meeting, Visit, ...).")
@click.option("--date", metavar="TIMEX3", help="The right date: 2024-05-16, 2024-05, 2024, 2024-W20, ...")
@click.option("--participant", "participants", multiple=True, metavar="NAME|QID",
              help="The participants (repeat for each; replaces them all).")
@click.option("--place", metavar="NAME|QID", help="The right place.")
@click.option("--status", type=click.Choice(["past", "ongoing", "planned", "hypothetical", "did_not_occur"]))
@_who_option
@_note_option
@store_option
def review_correct(doc_id, event, type_, date, participants, place, status, who, note, store):
    """Correct an event's type, date, participants, place or status.

    Example: kb review correct art-17 https://w3id.org/kb/id/doc/art-17/event/e1 --date 2024-05-17
    """
    from .review import Review

    changes = {k: v for k, v in (("type", type_), ("date", date), ("place", place), ("status", status)) if v}
    if participants:
        changes["participants"] = list(participants)
    with _open(store, create=False) as base:
        click.echo(Review(base.store).correct(doc_id, event, _who(who), changes, note))


@review.command(name="add")
@click.argument("doc_id")
@click.argument("start", type=click.IntRange(min=0))
@click.argument("end", type=click.IntRange(min=0))
@click.argument("type_", metavar="TYPE")
@click.option("--date", metavar="TIMEX3", help="Its date: 2024-05-16, 2024-05, ...")
@click.option("--participant", "participants", multiple=True, metavar="NAME|QID", help="A participant (repeatable).")
@click.option("--place", metavar="NAME|QID", help="Its place.")
@click.option("--status", type=click.Choice(["past", "ongoing", "planned", "hypothetical", "did_not_occur"]))
@_who_option
@_note_option
@store_option
def review_add(doc_id, start, end, type_, date, participants, place, status, who, note, store):
    """Add an event the extractor missed; START-END are the character offsets of its evidence.

    Example: kb review add art-17 104 149 PhoneCall --participant Q61053 --participant Q6279 --date 2024-05-10
    """
    from .review import Review

    with _open(store, create=False) as base:
        click.echo(Review(base.store).add_event(doc_id, _who(who), start, end, type_, participants, place, date,
                                                status, note=note))


@review.command(name="check-claim")
@click.argument("doc_id")
@click.argument("claim")
@click.argument("verdict", type=click.Choice(["checked", "wrong"]))
@_who_option
@_note_option
@store_option
def review_check_claim(doc_id, claim, verdict, who, note, store):
    """Record a verdict on a claim: checked (it is right) or wrong.

    Example: kb review check-claim art-17 https://w3id.org/kb/id/doc/art-17/claim/c1 checked
    """
    from .review import Review

    with _open(store, create=False) as base:
        click.echo(Review(base.store).check_claim(doc_id, claim, _who(who), verdict, note))
