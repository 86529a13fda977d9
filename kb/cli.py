"""The ``kb`` command line: a thin click layer over :mod:`kb.api`.

Every command opens what it needs, makes one call into the API and formats the
result. Errors from kb become one line on standard error and an exit code
(2 for bad input); there are no tracebacks for user mistakes.
"""

from __future__ import annotations

import csv
import functools
import io
import json
import sys
from pathlib import Path

import click

from . import __version__
from . import api
from .errors import InputError, KBError

EXIT_BAD_INPUT = 2


class KBGroup(click.Group):
    """Turns :class:`kb.errors.KBError` into ``Error: ...`` and an exit code."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except KBError as exc:
            click.echo(f"Error: {exc}", err=True)
            ctx.exit(exc.exit_code)
        except BrokenPipeError:
            sys.stderr.close()
            ctx.exit(1)


def store_option(func):
    """``--store`` on a command (falls back to the group's value, $KB_STORE, ./kb-store)."""

    @click.option("--store", "store", default=None, metavar="PATH|URL",
                  help="KB location: a directory, ':memory:' or an http(s):// SPARQL endpoint "
                       "[default: $KB_STORE or ./kb-store].")
    @functools.wraps(func)
    def wrapper(*args, store=None, **kwargs):
        ctx = click.get_current_context()
        kwargs["store"] = api.resolve_store_location(store or ctx.find_root().params.get("store"))
        return func(*args, **kwargs)

    return wrapper


def document_options(func):
    """Metadata options for documents that do not carry their own."""
    options = [
        click.option("--published", metavar="YYYY-MM-DD", help="Publication date (reference for relative dates)."),
        click.option("--lang", metavar="ISO", help="Language of the text (de, en, ...) [default: de]."),
        click.option("--source", metavar="URL", help="Source URL or citation."),
        click.option("--id", "doc_id", metavar="ID", help="Document id (a single .txt file only)."),
        click.option("--mode", type=click.Choice(["news", "narrative"]), default=None,
                     help="Resolve relative dates against the publication date (news) or the "
                          "last absolute date mentioned (narrative)."),
    ]
    for option in reversed(options):
        func = option(func)
    return func


def _defaults(published, lang, source, doc_id, mode) -> dict:
    return {"published": published, "lang": lang, "source": source, "id": doc_id, "mode": mode}


def _open(store: str | None, read_only: bool = False) -> api.KnowledgeBase:
    if read_only and store and "://" not in store and not Path(store).exists():
        # Reading a KB that is not there is almost always a mistyped --store or $KB_STORE.
        raise InputError(f"no KB at {store}: ingest documents first, or check --store / $KB_STORE")
    return api.open_kb(store, read_only=read_only)


def _table(columns: list[str], rows: list[list[str]], max_width: int = 60) -> str:
    def cut(s: str) -> str:
        s = s.replace("\n", " ")
        return s if len(s) <= max_width else s[: max_width - 1] + "…"

    cells = [[cut(c) for c in row] for row in rows]
    widths = [max([len(h)] + [len(r[i]) for r in cells]) for i, h in enumerate(columns)]
    lines = ["  ".join(h.ljust(w) for h, w in zip(columns, widths)).rstrip(),
             "  ".join("-" * w for w in widths)]
    lines += ["  ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip() for r in cells]
    return "\n".join(lines)


def _csv(columns: list[str], rows: list[list[str]], delimiter: str = ",") -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, delimiter=delimiter, lineterminator="\n")
    writer.writerow(columns)
    writer.writerows(rows)
    return buf.getvalue()


@click.group(cls=KBGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--store", default=None, metavar="PATH|URL",
              help="KB location: a directory, ':memory:' or an http(s):// SPARQL endpoint "
                   "[default: $KB_STORE or ./kb-store].")
@click.version_option(__version__, prog_name="kb")
def main(store):
    """kb: an event-timeline knowledge base built from news text.

    \b
    Examples:
      kb demo                                   # ingest a built-in article and show its timeline
      kb ingest articles/                       # ingest every .txt/.json/.jsonl file below articles/
      kb timeline --actor Q7747 --since 2022    # Putin's events since 2022
      kb query 'SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }'
      kb extract --format jsonl article.json    # events as JSON, no store
    """


# --------------------------------------------------------------------------- ingest
@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@document_options
@store_option
@click.option("-q", "--quiet", is_flag=True, help="No progress bar and no warnings.")
@click.option("--workers", type=click.IntRange(1, 256), default=1, show_default=True,
              help="Extraction processes (this process stays the one writer).")
@click.option("--dask", "dask_address", metavar="ADDRESS",
              help="Run the extraction on a Dask cluster (scheduler address, e.g. tcp://host:8786).")
@click.option("--shards", "shards_dir", type=click.Path(file_okay=False), metavar="DIR",
              help="Write N-Quads shards to DIR instead of the store; load them later with `kb load`.")
def ingest(paths, published, lang, source, doc_id, mode, store, quiet, workers, dask_address, shards_dir):
    """Extract events from documents and store them.

    PATHS are .txt files (metadata from the options or a sidecar NAME.json),
    .json/.jsonl records with id, lang, published, source and text, or
    directories (searched recursively). Re-ingesting a document replaces it.
    Each document is written whole or not at all.

    \b
    Examples:
      kb ingest article.json
      kb ingest --published 2024-05-14 --lang de --source https://example.org/a notes.txt
      kb --store ~/kbs/archive ingest --workers 2 corpus/
      kb ingest --shards shards/ --workers 8 corpus/ && kb load shards/
    """
    defaults = _defaults(published, lang, source, doc_id, mode)
    from . import parallel
    from .document import expand_paths, iter_documents

    files = list(expand_paths(list(paths)))
    show = not quiet and len(files) > 1
    if shards_dir:
        with _bar(show, None, "extracting") as bar:
            summary = parallel.write_shards(files, shards_dir, workers=workers, progress=bar.update, **defaults)
    else:
        with _open(store) as base:
            if dask_address:
                with _bar(show, None, "ingesting") as bar:
                    summary = parallel.ingest_dask(base.store, files, dask_address, progress=bar.update, **defaults)
            elif workers > 1:
                with _bar(show, None, "ingesting") as bar:
                    summary = parallel.ingest_parallel(base.store, files, workers=workers,
                                                       progress=bar.update, **defaults)
            else:
                with _bar(show, len(files), "ingesting") as bar:
                    def items():
                        # file by file, so the bar counts files; documents are stored a few at a time
                        for path in files:
                            yield from iter_documents([path], **defaults)
                            bar.update(1)

                    summary = base.ingest_documents(items())
    if not quiet:
        for w in summary.warnings:
            click.echo(f"warning: {w}", err=True)
    for what, why in summary.rejected:
        click.echo(f"rejected: {what}: {why}", err=True)
    click.echo(summary.line())
    if summary.rejected and not summary.documents:
        sys.exit(EXIT_BAD_INPUT)


def _bar(show: bool, length: int | None, label: str):
    """A progress bar on standard error (counting files, or documents when length is None)."""
    if not show:
        return _nullbar()
    if length is None:
        return _Counter(label)
    return click.progressbar(length=length, label=label, file=sys.stderr, show_pos=True)


class _Counter:
    """A running count of documents on a terminal, for runs whose total is not known."""

    def __init__(self, label: str):
        self.label, self.n = label, 0
        self.live = sys.stderr.isatty()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        if self.live:
            sys.stderr.write("\n")
        return False

    def update(self, n: int) -> None:
        self.n += n
        if self.live:
            sys.stderr.write(f"\r{self.label}: {self.n} documents")
            sys.stderr.flush()


class _nullbar:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False

    def update(self, n):
        pass


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True))
@store_option
def load(paths, store):
    """Bulk-load N-Quads shards written by `kb ingest --shards` into the store.

    A document graph already in the store is replaced. Loading is not one
    transaction: if it is interrupted, run it again (loading twice gives the
    same store).

    \b
    Examples:
      kb ingest --shards shards/ --workers 8 corpus/
      kb --store ~/kbs/archive load shards/
    """
    from . import parallel

    with _open(store) as base:
        n = parallel.load_shards(base.store, paths)
    click.echo(f"{n} shard files loaded")


# --------------------------------------------------------------------------- extract
@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@document_options
@click.option("--format", "fmt", type=click.Choice(["jsonl", "json", "trig", "turtle"]), default="jsonl",
              show_default=True, help="JSON event records (one line per document) or RDF.")
def extract(paths, published, lang, source, doc_id, mode, fmt):
    """Run the pipeline on documents and print the result (no store).

    \b
    Examples:
      kb extract --format jsonl articles/*.json > events.jsonl
      kb extract --format trig --published 2024-05-14 --lang de note.txt
    """
    defaults = _defaults(published, lang, source, doc_id, mode)
    problems = 0
    records = []
    for item in api.extract_paths(paths, **defaults):
        if not hasattr(item, "document"):
            click.echo(f"rejected: {item.path}: {item.message}", err=True)
            problems += 1
            continue
        for w in item.warnings:
            click.echo(f"warning: {item.document.id}: {w}", err=True)
        if fmt == "jsonl":
            click.echo(json.dumps(item.as_record(), ensure_ascii=False))
        elif fmt == "json":
            records.append(item.as_record())
        else:
            from .rdf.build import graph_for

            graph_iri, graph = graph_for(item)
            if fmt == "turtle":
                click.echo(graph.serialize(format="turtle"))
            else:
                from rdflib import Dataset

                ds = Dataset()
                ctx = ds.graph(graph_iri)
                for t in graph:
                    ctx.add(t)
                for prefix, ns in graph.namespaces():
                    ds.bind(prefix, ns)
                click.echo(ds.serialize(format="trig"))
    if fmt == "json":
        click.echo(json.dumps(records, ensure_ascii=False, indent=1))
    if problems and not records and fmt == "json":
        sys.exit(EXIT_BAD_INPUT)
    if problems:
        sys.exit(EXIT_BAD_INPUT)


# --------------------------------------------------------------------------- timex
@main.command()
@click.argument("path", required=False, type=click.Path())
@click.option("--text", help="Tag this text instead of a file.")
@click.option("--dct", metavar="YYYY-MM-DD", help="Reference (publication) date for --text.")
@click.option("--lang", default="de", show_default=True, help="Language of --text.")
@click.option("--mode", type=click.Choice(["news", "narrative"]), default=None,
              help="news: resolve against the DCT; narrative: against the last absolute date. "
                   "Default for a file: a record's own \"mode\", else narrative when the years "
                   "it writes out lie far from its DCT (a history), else news.")
def timex(path, text, dct, lang, mode):
    """Tag temporal expressions (no events, no store).

    PATH is a JSONL file with doc_id, lang, dct and text per line; each line is
    printed back with its "timexes". With --text, prints a table instead.

    \b
    Examples:
      kb timex --text "Putin reist am Donnerstag nach Peking." --dct 2024-05-14 --lang de
      kb timex corpus.jsonl > tagged.jsonl
    """
    from . import temporal

    if text is not None:
        found = api.tag_timexes(text, lang=lang, dct=dct, mode=mode or "news")
        rows = [[t.text, t.type, t.value, str(t.earliest or ""), str(t.latest or ""),
                 t.granularity or "", f"{t.start}-{t.end}"] for t in found]
        click.echo(_table(["text", "type", "value", "earliest", "latest", "granularity", "span"], rows))
        return
    if not path:
        raise InputError("give a JSONL file or --text")
    from .document import _jsonl_lines, _load_json

    for lineno, line in _jsonl_lines(Path(path)):
        if not line.strip():
            continue
        rec = _load_json(line, f"{path}:{lineno}")
        if not isinstance(rec, dict) or not isinstance(rec.get("text"), str):
            raise InputError(f"{path}:{lineno}: expected an object with 'text'")
        click.echo(json.dumps(temporal.timex_record(rec, mode), ensure_ascii=False))


# --------------------------------------------------------------------------- query
def _cell(v) -> str:
    return "" if v is None else str(v)


@main.command()
@click.argument("sparql", required=False)
@click.option("-f", "--file", "file_", type=click.Path(exists=True, dir_okay=False), help="Read the query from a file.")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "tsv", "json", "turtle", "trig", "ntriples"]),
              default=None, help="Result format [default: table, or turtle for CONSTRUCT/DESCRIBE].")
@click.option("--update", is_flag=True, help="Allow SPARQL UPDATE (the store is read-only otherwise).")
@click.option("--named", metavar="NAME", help="Run a query shipped with kb (see --list).")
@click.option("--param", "params", multiple=True, metavar="KEY=VALUE", help="A parameter of --named (repeatable).")
@click.option("--list", "list_", is_flag=True, help="List the named queries and their parameters.")
@store_option
def query(sparql, file_, fmt, update, named, params, list_, store):
    """Run a SPARQL query over the KB.

    \b
    Examples:
      kb query 'SELECT ?e ?d WHERE { GRAPH ?g { ?e <http://semanticweb.cs.vu.nl/2009/11/sem/hasEarliestBeginTimeStamp> ?d } }'
      kb query -f meetings.rq --format csv > meetings.csv
      kb query --format turtle 'CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } } LIMIT 10'
      kb query --list
      kb query --named meetings-between --param a=Q61053 --param b=Q3052772 --format csv
    """
    if list_:
        _list_named_queries()
        return
    if named:
        values = {}
        for item in params:
            key, sep, value = item.partition("=")
            if not sep or not key.strip():
                raise InputError(f"--param {item!r}: write KEY=VALUE, e.g. --param a=Q7747")
            values[key.strip()] = value
        with _open(store, read_only=True) as base:
            _print_result(base.query_named(named, values), fmt)
        return
    if params:
        raise InputError("--param goes with --named NAME")
    if file_:
        sparql = Path(file_).read_text(encoding="utf-8")
    if not sparql or not sparql.strip():
        raise InputError("give a SPARQL query or -f FILE")
    with _open(store, read_only=not update) as base:
        result = base.query(sparql, update=update)
        _print_result(result, fmt)


def _list_named_queries() -> None:
    from . import queries

    for q in queries.queries().values():
        click.echo(f"{q.name}\n    {q.description}")
        for p in q.params:
            default = "required" if p.required else f"default {p.default}"
            click.echo(f"    --param {p.name}=<{p.type}>  {p.description} ({default})")


def _print_result(result, fmt) -> None:
    if result is None:
        click.echo("update done")
        return
    if isinstance(result, bool):
        click.echo(json.dumps({"head": {}, "boolean": result}) if fmt == "json" else str(result).lower())
        return
    if hasattr(result, "serialize"):  # an rdflib Graph from CONSTRUCT / DESCRIBE
        rdf_fmt = {"trig": "trig", "ntriples": "nt"}.get(fmt or "", "turtle")
        click.echo(result.serialize(format=rdf_fmt))
        return
    columns = list(result.vars)
    rows = [[_cell(r.get(c)) for c in columns] for r in result]
    if fmt in (None, "table"):
        click.echo(_table(columns, rows))
        click.echo(f"({len(rows)} rows)", err=True)
    elif fmt in ("csv", "tsv"):
        click.echo(_csv(columns, rows, "," if fmt == "csv" else "\t"), nl=False)
    elif fmt == "json":
        click.echo(json.dumps(result.to_json(), ensure_ascii=False))
    else:
        raise InputError(f"--format {fmt} is for CONSTRUCT/DESCRIBE; use table, csv, tsv or json")


# --------------------------------------------------------------------------- timeline
@main.command()
@click.option("--actor", metavar="NAME|QID", help="Only events with this actor: a QID (Q7747), an IRI, or any name, alias or surname ('Putin', 'vladimir putin'); case and accents do not matter.")
@click.option("--since", metavar="DATE", help="Only events that end on or after DATE (YYYY[-MM[-DD]]).")
@click.option("--until", metavar="DATE", help="Only events that begin on or before DATE.")
@click.option("--type", "types", multiple=True, metavar="TYPE", help="Event type (repeatable), e.g. Meeting.")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True)
@click.option("--limit", type=int, default=None, help="At most this many events.")
@store_option
def timeline(actor, since, until, types, fmt, limit, store):
    """Events ordered by date, one row per event.

    \b
    Examples:
      kb timeline --actor Q7747 --since 2024-01 --format csv
      kb timeline --type StateVisit --type Meeting
    """
    from .timeline import TIMELINE_COLUMNS

    with _open(store, read_only=True) as base:
        rows = base.timeline(actor=actor, since=since, until=until, types=list(types) or None, limit=limit)
    if fmt == "json":
        click.echo(json.dumps([r.as_dict() for r in rows], ensure_ascii=False, indent=1))
    elif fmt == "csv":
        click.echo(_csv(list(TIMELINE_COLUMNS), [[getattr(r, c) for c in TIMELINE_COLUMNS] for r in rows]), nl=False)
    else:
        cols = ["value", "earliest", "latest", "type", "status", "participants", "place", "doc_id"]
        click.echo(_table(cols, [[getattr(r, c) for c in cols] for r in rows], max_width=48))


# --------------------------------------------------------------------------- validate / stats
@main.command()
@click.option("--method", type=click.Choice(["auto", "shacl", "sparql"]), default="auto", show_default=True,
              help="shacl: pySHACL graph by graph; sparql: the shapes as SPARQL over all graphs "
                   "(faster on large KBs); auto: sparql from 1,000 documents on.")
@store_option
def validate(method, store):
    """Check every document graph against the SHACL shapes, plus cross-document checks.

    Each violation names the document it comes from. Exits with 4 when there
    are violations.

    \b
    Examples:
      kb validate
      kb --store ~/kbs/archive validate --method sparql
    """
    with _open(store, read_only=True) as base:
        violations = base.validate(method=method)
    for v in violations:
        click.echo(str(v))
    n_docs = None
    click.echo(f"{len(violations)} violations" + ("" if n_docs is None else f" in {n_docs} documents"))
    if violations:
        sys.exit(4)


@main.command()
@store_option
def stats(store):
    """Counts of documents, events, claims and triples. Example: kb stats"""
    with _open(store, read_only=True) as base:
        for k, v in base.stats().items():
            click.echo(f"{k:10} {v}")


# --------------------------------------------------------------------------- merge / claims
@main.command()
@click.option("--undo", is_flag=True, help="Drop the canonical events again (per-document events stay).")
@click.option("--tolerance", default=7, show_default=True, type=int,
              help="Days two reports' dates may lie apart and still be one event.")
@store_option
def merge(undo, tolerance, store):
    """Merge reports of the same event across documents into canonical events.

    Canonical events live in their own graph, link every report (kb:reportedBy)
    and carry the intersection of the reports' date bounds; an empty
    intersection is flagged as a conflict (kb:conflict true), not resolved.

    \b
    Examples:
      kb merge
      kb merge --undo
    """
    with _open(store) as base:
        if undo:
            click.echo("canonical events dropped" if base.unmerge() else "nothing was merged")
            return
        report = base.merge(tolerance_days=tolerance)
    click.echo(str(report))
    for c in report.conflicts:
        click.echo(f"conflict: {c.type} reported by {', '.join(c.documents)}: "
                   + "; ".join(f"{r.doc_id} {r.earliest}..{r.latest}" for r in c.reports))


@main.command(name="check-claims")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@store_option
def check_claims(fmt, store):
    """Compare every count and ordinal claim with the events the KB holds.

    Prints consistent / fewer_in_kb / more_in_kb / not_checkable per claim,
    with the KB events that were counted and their sources.

    \b
    Examples:
      kb check-claims
      kb check-claims --format json > checks.json
    """
    with _open(store, read_only=True) as base:
        checks = base.check_claims()
    if fmt == "json":
        out = []
        for c in checks:
            out.append({"claim": c.claim, "doc_id": c.doc_id, "kind": c.kind, "counted_type": c.counted_type,
                        "claimed": c.claimed, "found": c.found, "verdict": c.verdict,
                        "window": [d.isoformat() if d else None for d in c.window],
                        "evidence": c.evidence,
                        "events": [{"event": e.iri, "doc_id": e.doc_id, "type": e.type,
                                    "earliest": e.earliest.isoformat(), "latest": e.latest.isoformat(),
                                    "source": e.source} for e in c.events]})
        click.echo(json.dumps(out, ensure_ascii=False, indent=1))
        return
    for c in checks:
        click.echo(str(c))
    counts: dict[str, int] = {}
    for c in checks:
        counts[c.verdict] = counts.get(c.verdict, 0) + 1
    click.echo(f"{len(checks)} claims: " + ", ".join(f"{n} {v}" for v, n in sorted(counts.items())))


@main.group()
def gazetteer():
    """The entity gazetteer: shipped entities plus your own additions.

    Example: kb gazetteer add my-entities.csv
    """


@gazetteer.command(name="add")
@click.argument("path", type=click.Path(exists=True, dir_okay=False))
def gazetteer_add(path):
    """Add entities from a CSV or Turtle file (e.g. a Wikidata query result).

    They are kept in $KB_GAZETTEER (default ~/.local/share/kb/gazetteer.tsv)
    and used from the next extraction on.

    \b
    Examples:
      kb gazetteer add ministers.csv
      kb gazetteer add wikidata-export.ttl
    """
    n = api.add_entities(path)
    click.echo(f"{n} entities added")


# --------------------------------------------------------------------------- demo
@main.command()
@click.option("--store", default=None, metavar="PATH", help="Where to build the demo KB [default: ./kb-demo-store].")
def demo(store):
    """Ingest the built-in example articles into a KB and show what came out.

    The articles (German and English, written for kb) ship inside the package.

    \b
    Examples:
      kb demo
      kb demo --store /tmp/demo && kb --store /tmp/demo timeline --actor Q3052772
    """
    from importlib.resources import files

    location = store or click.get_current_context().find_root().params.get("store") or "./kb-demo-store"
    demo_dir = files("kb") / "demo"
    paths = sorted(str(p) for p in demo_dir.iterdir() if p.name.endswith(".json"))
    with _open(location) as base:
        summary = base.ingest(paths)
        click.echo(f"KB at {location}: {summary.line()}")
        for what, why in summary.rejected:
            click.echo(f"rejected: {what}: {why}", err=True)
        rows = base.timeline()
        cols = ["value", "type", "status", "participants", "place", "doc_id"]
        click.echo(_table(cols, [[getattr(r, c) for c in cols] for r in rows], max_width=44))
    click.echo(f"\nNext: kb --store {location} timeline --actor 'Emmanuel Macron' --format csv")
    click.echo(f"      kb --store {location} query 'SELECT * WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }} LIMIT 5'")


# --------------------------------------------------------------------------- export
def _export_formats() -> list[str]:
    from . import exporters

    return sorted(f.name for f in exporters.formats())


@main.command(name="export")
@click.option("--format", "fmt", required=True, type=click.Choice(_export_formats()),
              help="Output format.")
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write to FILE [default: standard output].")
@click.option("--actor", multiple=True, metavar="NAME|QID", help="Only events with this actor (repeatable: any of them).")
@click.option("--type", "types", multiple=True, metavar="TYPE", help="Event type (repeatable), e.g. Meeting.")
@click.option("--place", multiple=True, metavar="NAME|QID", help="Only events at this place or in this country.")
@click.option("--since", metavar="DATE", help="Only events that end on or after DATE (YYYY[-MM[-DD]]).")
@click.option("--until", metavar="DATE", help="Only events that begin on or before DATE.")
@click.option("--source", metavar="ID|URL", help="Only events reported by this document id or source URL prefix.")
@click.option("--mentions", is_flag=True, help="One row per report instead of per event (csv, json).")
@click.option("--title", default="kb timeline", show_default=True, help="Title of html, png, svg, ics, timelinejs.")
@store_option
def export_command(fmt, output, actor, types, place, since, until, source, mentions, title, store):
    """Export events as CSV, JSON, JSON-LD, TimelineJS, iCalendar, HTML, a chart or RDF.

    \b
    Examples:
      kb export --format csv --actor Q3052772 --since 2023 > macron.csv
      kb export --format html --output timeline.html
      kb export --format ics --type Meeting --output meetings.ics
      kb export --format png --actor Q61053 --actor Q3052772 --output chart.png
      kb export --format trig --source fx-en-scholz-macron
    """
    with _open(store, read_only=True) as base:
        data = base.export(fmt, output, mentions=mentions, title=title, actor=list(actor), types=list(types),
                           place=list(place), since=since, until=until, source=source)
    if output:
        click.echo(f"wrote {output}", err=True)
    elif isinstance(data, bytes):
        out = sys.stdout.buffer
        if out.isatty():
            raise InputError(f"{fmt} is binary; write it to a file with --output FILE.{fmt}")
        out.write(data)
    else:
        click.echo(data, nl=False)


# --------------------------------------------------------------------------- serve
@main.command()
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to bind; anything but loopback exposes the whole KB.")
@click.option("--port", default=8000, show_default=True, type=int, help="TCP port (0 picks a free one).")
@click.option("--timeout", default=30.0, show_default=True, type=float, help="Seconds a query may run.")
@click.option("--limit", default=10000, show_default=True, type=int, help="Most rows (or triples) per answer.")
@click.option("--title", default="kb timeline", show_default=True, help="Title of the timeline page.")
@click.option("--cors", metavar="ORIGIN", help="Let web pages from ORIGIN (or '*') query the endpoint [default: none].")
@store_option
def serve(host, port, timeout, limit, title, cors, store):
    """Serve the KB read-only: SPARQL 1.1 Protocol at /sparql, the timeline page at /.

    Updates, LOAD and SERVICE are refused. Results come as SPARQL JSON, XML,
    CSV or TSV (CONSTRUCT: Turtle, JSON-LD) by the Accept header.

    \b
    Examples:
      kb serve
      kb serve --port 8080 --timeout 10
      curl -H 'Accept: text/csv' --data-urlencode 'query=SELECT * WHERE { ?s ?p ?o } LIMIT 5' http://127.0.0.1:8000/sparql
    """
    from .server import serve as run

    with _open(store, read_only=True) as base:
        run(base, host, port, timeout=timeout, limit=limit, title=title, cors=cors)
