"""The ``kb`` command line: a thin click layer over :mod:`kb.api`.

Every command opens what it needs, makes one call into the API and formats the
result. Errors from kb become one line on standard error and an exit code
(2 for bad input); there are no tracebacks for user mistakes.
"""

from __future__ import annotations

import functools
import os
import sys
from collections.abc import Callable

import click

from . import __version__
from .errors import InputError, Interrupted, KBError
from .lazy import LazyModule

# kb.api pulls in rdflib, the store and the timeline: imported by the commands that use it.
api = LazyModule("kb.api")
# and ``kb --help`` needs none of these (~5 ms of its ~60 ms CPU)
csv, io, json, pathlib = LazyModule("csv"), LazyModule("io"), LazyModule("json"), LazyModule("pathlib")

EXIT_BAD_INPUT = 2


class KBGroup(click.Group):
    """Turns :class:`kb.errors.KBError` into ``Error: ...`` and an exit code."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except KBError as exc:
            click.echo(f"Error: {exc}", err=True)
            ctx.exit(exc.exit_code)
        except (KeyboardInterrupt, click.exceptions.Abort):
            # Stores write whole documents: whatever was stored before this is complete.
            click.echo("interrupted: what was stored before is complete; run the same command again to "
                       "continue", err=True)
            ctx.exit(130)
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
        click.option("--sidecar", type=click.Path(dir_okay=False), metavar="FILE",
                     help="JSON metadata of a single .txt file [default: NAME.meta.json beside it]."),
        click.option("--mode", type=click.Choice(["news", "narrative"]), default=None,
                     help="Resolve relative dates against the publication date (news) or the "
                          "last absolute date mentioned (narrative). Default: a record's own "
                          "\"mode\", else narrative when the years a text writes out lie far "
                          "from its publication date (a history), else news."),
    ]
    for option in reversed(options):
        func = option(func)
    return func


def _defaults(published, lang, source, doc_id, mode, sidecar=None) -> dict:
    return {"published": published, "lang": lang, "source": source, "id": doc_id, "mode": mode,
            "sidecar": sidecar}


def _open(store: str | None, read_only: bool = False, create: bool = True) -> api.KnowledgeBase:
    """The KB at ``store``. Reading one that is not there, or changing one that is not there
    with a command that only edits what is stored (``create=False``: merge, review, relink,
    an update query), is an error: it is almost always a mistyped --store or $KB_STORE, and
    creating an empty store there would hide that."""
    ctx = click.get_current_context(silent=True)
    if ctx is not None and ctx.find_root().params.get("read_only") and not read_only:
        raise InputError(f"kb {ctx.info_name} writes to the store, which --read-only forbids; "
                         f"leave out --read-only to run it")
    if (read_only or not create) and store and "://" not in store and not pathlib.Path(store).exists():
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
@click.option("--read-only", "read_only", is_flag=True,
              help="Open the store read-only, also while another kb process writes to it: commands that "
                   "write refuse to run (commands that only read always open it so).")
@click.version_option(__version__, prog_name="kb")
def main(store, read_only):
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
def ingest(paths, published, lang, source, doc_id, mode, sidecar, store, quiet, workers, dask_address, shards_dir):
    """Extract events from documents and store them.

    PATHS are .txt files (metadata from the options or a sidecar
    NAME.meta.json), .json/.jsonl records with id, lang, published, source
    and text, or directories (searched recursively). Re-ingesting a document
    replaces it; an id met twice in one run is reported, the later wins. Each
    document is written whole or not at all; every file, record or directory
    that cannot be read is reported, one line each.

    \b
    Examples:
      kb ingest article.json
      kb ingest --published 2024-05-14 --lang de --source https://example.org/a notes.txt
      kb --store ~/kbs/archive ingest --workers 2 corpus/
      kb ingest --shards shards/ --workers 8 corpus/ && kb load shards/
    """
    defaults = _defaults(published, lang, source, doc_id, mode, sidecar)
    from . import parallel
    from .document import expand_paths

    api.freeze_loaded_data_when_ingesting()  # this process exists to ingest
    if workers > 1 and not dask_address:
        parallel.start_fork_server()  # it warms up while the store opens and the files are read

    if not quiet:
        _old_gazetteer_note()
    files = list(paths)
    n_files = sum(1 for _ in expand_paths(files))
    show = not quiet and n_files > 1
    if shards_dir:
        with _bar(show, None, "extracting") as bar:
            summary = parallel.write_shards(files, shards_dir, workers=workers, progress=bar.update,
                                            additions=_store_additions(store), **defaults)
    else:
        with _open(store) as base:
            if dask_address:
                with _bar(show, None, "ingesting") as bar:
                    summary = parallel.ingest_dask(base.store, files, dask_address, progress=bar.update,
                                                   additions=base.gazetteer_additions, **defaults)
            elif workers > 1:
                with _bar(show, None, "ingesting") as bar:
                    summary = parallel.ingest_parallel(base.store, files, workers=workers, progress=bar.update,
                                                       additions=base.gazetteer_additions, **defaults)
            else:
                with _bar(show, n_files, "ingesting") as bar:
                    # the bar counts files; documents are stored a few at a time
                    done = [0]

                    def file_done() -> None:
                        done[0] += 1
                        bar.update(1)

                    items = api.read_documents(files, on_file=file_done, **defaults)
                    try:
                        summary = base.ingest_documents(items)
                    except Interrupted as exc:  # as the parallel runs: also the files not started
                        stored, _, rest = str(exc).partition("; ")
                        left = max(0, n_files - done[0])
                        raise Interrupted(f"{stored}, {left} file{'' if left == 1 else 's'} not started; "
                                          f"{rest}") from None
    if not quiet:
        _echo_warnings(w.partition(": ")[::2] for w in summary.warnings)
    for what, why in summary.rejected:
        click.echo(f"rejected: {what}: {why.removeprefix(f'{what}: ')}", err=True)
    click.echo(summary.line())
    if summary.rejected:  # as `kb extract`: the good documents are stored, the exit code says some were not
        sys.exit(EXIT_BAD_INPUT)


def _echo_warnings(pairs) -> None:
    """Warnings as ``(document, text)``: one line each, but a text said of several documents
    (a language without event rules) once, with how many it concerns."""
    pairs = list(pairs)
    docs: dict[str, list[str]] = {}
    for doc, text in pairs:
        docs.setdefault(text, []).append(doc)
    for text, where in docs.items():
        if len(where) > 1:
            shown = ", ".join(where[:3]) + (", ..." if len(where) > 3 else "")
            click.echo(f"warning: {text} ({len(where)} documents: {shown})", err=True)
        else:
            click.echo(f"warning: {where[0]}: {text}", err=True)


def _old_gazetteer_note() -> None:
    """The home-directory gazetteer of kb before 0.x is no longer read: said, with the way to keep it."""
    env = os.environ.get("KB_GAZETTEER")
    old = pathlib.Path(env).expanduser() if env else pathlib.Path.home() / ".local" / "share" / "kb" / "gazetteer.tsv"
    if old.is_file():
        click.echo(f"warning: {old} is no longer read (a KB keeps its own gazetteer): import it with "
                   f"`kb gazetteer add {old}`, or pass it to `kb extract --gazetteer {old}`", err=True)


def _store_additions(store: str | None):
    """The gazetteer additions of the KB at ``store`` (none when there is no KB there yet)."""
    if store is None or ("://" not in store and not pathlib.Path(store).exists()):
        return None
    with _open(store, read_only=True) as base:
        return base.gazetteer_additions


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
@click.option("--graph", metavar="IRI",
              help="Named graph for triples outside any named graph (all of a .ttl or .nt file).")
@store_option
def load(paths, graph, store):
    """Load RDF files (shards of `kb ingest --shards`, `kb export` TriG) into the store.

    PATHS are N-Quads (.nq), TriG (.trig), Turtle (.ttl) or N-Triples (.nt)
    files, each optionally gzipped (.gz), or directories of them. Every file
    is parsed to its end before anything is written: a malformed file changes
    nothing and the error names its line. Then each graph replaces the stored
    graph of the same name in one transaction. If the load is interrupted,
    run it again (loading twice gives the same store).

    \b
    Examples:
      kb ingest --shards shards/ --workers 8 corpus/
      kb --store ~/kbs/archive load shards/
      kb load export.trig
      kb load --graph https://example.org/graph/extra extra.ttl
    """
    from .load import load_files

    with _open(store) as base:
        summary = load_files(base.store, paths, graph=graph)
    click.echo(summary.line())


@main.command()
@store_option
def reindex(store):
    """Add the index triples a store written by an older kb lacks (in place).

    A store written before an index key of the timeline existed (kb:actorYear,
    kb:typePeriod, ...) can be read but not written until its documents carry
    the key. This adds the missing index triples to each document graph, one
    graph per transaction; the data model's triples do not change and nothing
    is extracted again. It also writes each event's stored timeline row
    (kb:timelineRow) where it lacks one or where it no longer matches its graph
    (kb query --update removes them all). An interrupted run leaves the store
    readable (its type and place timelines scan) and not writable; run it again
    to finish.

    \b
    Examples:
      kb --store ~/kbs/archive reindex
    """
    from .reindex import reindex as run

    ctx = click.get_current_context()
    if ctx.find_root().params.get("read_only"):
        raise InputError("kb reindex writes to the store, which --read-only forbids; leave out --read-only to run it")
    def progress(done, total):
        click.echo(f"{done:,} of {total:,} graphs", err=True)

    summary = run(store, progress=progress)
    click.echo(summary.line())


# --------------------------------------------------------------------------- extract
@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@document_options
@click.option("--format", "fmt", type=click.Choice(["jsonl", "json", "trig", "turtle"]), default="jsonl",
              show_default=True, help="JSON event records (one line per document) or RDF.")
@click.option("--gazetteer", "gazetteer_file", type=click.Path(dir_okay=False), metavar="FILE",
              help="Entities to link besides the shipped ones (a file `kb gazetteer add` reads).")
@click.option("--kind", metavar="KIND", help="Kind of the --gazetteer entities without a kind column (person, ...).")
@click.option("--include-implied", is_flag=True,
              help="JSON: also events only implied by a claim (the earlier visit of a \"second visit\"), "
                   "marked implied_by; RDF formats always keep them, marked kb:impliedBy.")
def extract(paths, published, lang, source, doc_id, mode, sidecar, fmt, gazetteer_file, kind, include_implied):
    """Run the pipeline on documents and print the result (no store).

    Entities are linked with the shipped gazetteer, plus the entities of
    --gazetteer FILE (CSV, TSV, JSON, Turtle; see `kb gazetteer add --help`).

    \b
    Examples:
      kb extract --format jsonl articles/*.json > events.jsonl
      kb extract --format trig --published 2024-05-14 --lang de note.txt
      kb extract --gazetteer ministers.csv --kind person note.txt
    """
    defaults = _defaults(published, lang, source, doc_id, mode, sidecar)
    gaz = api.gazetteer_from_file(gazetteer_file, kind)
    if gazetteer_file is None:
        _old_gazetteer_note()
    problems = 0
    records = []
    warnings: list[tuple[str, str]] = []
    from .document import ReadNote

    for item in api.extract_paths(paths, gaz, **defaults):
        if isinstance(item, ReadNote):  # a duplicate id or a deprecated sidecar: no document lost
            click.echo(f"warning: {item.message}", err=True)
            continue
        if not hasattr(item, "document"):
            click.echo(f"rejected: {item.path}: {item.message}", err=True)
            problems += 1
            continue
        try:
            out = api.render(item, fmt, include_implied=include_implied)
        except KBError as exc:
            click.echo(f"rejected: {item.document.id}: {exc}", err=True)
            problems += 1
            continue
        warnings.extend((item.document.id, w) for w in item.warnings)
        if fmt == "json":
            records.append(out)
        else:
            click.echo(out)
    if fmt == "json":
        click.echo(json.dumps(records, ensure_ascii=False, indent=1))
    _echo_warnings(warnings)
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
        _echo_warnings(("--text", note) for note in _timex_notes(lang, dct))
        return
    if not path:
        raise InputError("give a JSONL file or --text")
    from .document import _jsonl_lines, _load_json

    warnings, problems = [], 0
    for lineno, line in _jsonl_lines(pathlib.Path(path)):
        if not line.strip():
            continue
        where = f"{path}:{lineno}"
        try:
            rec = _load_json(line, where)
            if not isinstance(rec, dict) or not isinstance(rec.get("text"), str):
                raise InputError(f"{where}: expected an object with 'text'")
            read = _timex_input(rec, where)
        except InputError as exc:
            click.echo(f"rejected: {exc}", err=True)
            problems += 1
            continue
        warnings += [(where, note) for note in _timex_notes(read["lang"], read["dct"])]
        tagged = temporal.timex_record(read, mode)
        click.echo(json.dumps(dict(rec, timexes=tagged["timexes"]), ensure_ascii=False))
    _echo_warnings(warnings)
    if problems:
        sys.exit(EXIT_BAD_INPUT)


def _timex_input(rec: dict, where: str) -> dict:
    """A temporal-corpus record as the tagger reads it: ``dct`` (or, as in kb's article files,
    ``published``) checked and written ``YYYY-MM-DD``; ``lang`` given, else detected as for
    documents. A date kb cannot read is an :class:`InputError` naming the line."""
    from .document import FALLBACK_LANG, parse_date
    from .language import detect

    given = rec.get("dct") or rec.get("published")
    ref = parse_date(given, f"{where}: dct") if given else None
    lang = rec.get("lang")
    if not isinstance(lang, str) or not lang.strip():
        lang = detect(rec["text"])[0] or FALLBACK_LANG
    return dict(rec, dct=ref.isoformat() if ref else None, lang=lang.strip().lower())


def _timex_notes(lang: str, dct) -> list[str]:
    """What a user should know about a tagged text: no reference date (relative expressions
    stay unresolved), or a language kb has no temporal rules for."""
    from .lang import available_languages

    notes = []
    if not dct:
        notes.append("no dct (or published) date: relative expressions such as 'on Monday' stay unresolved")
    if lang not in available_languages():
        notes.append(f"{lang}: no temporal rules for this language; only absolute dates are found")
    return notes


# --------------------------------------------------------------------------- query
QUERY_FORMATS = ["table", "json", "xml", "csv", "tsv", "turtle", "trig", "ntriples", "nquads", "rdfxml", "jsonld"]


def _cell(v) -> str:
    return "" if v is None else str(v)


@main.command()
@click.argument("sparql", required=False)
@click.option("-f", "--file", "file_", type=click.Path(exists=True, dir_okay=False, allow_dash=True),
              help="Read the query from a file ('-': standard input).")
@click.option("--format", "fmt", type=click.Choice(QUERY_FORMATS), default=None,
              help="Result format: table, or SPARQL results as json, xml, csv or tsv (SELECT; ASK: json, "
                   "xml), or RDF as turtle, trig, ntriples, nquads, rdfxml or jsonld (CONSTRUCT/DESCRIBE) "
                   "[default: table, or turtle for CONSTRUCT/DESCRIBE].")
@click.option("--update", is_flag=True, help="Allow SPARQL UPDATE (the store is read-only otherwise); an update "
              "first removes the stored timeline rows, which `kb reindex` writes again.")
@click.option("--allow-network", is_flag=True,
              help="Allow SERVICE, LOAD and FROM/USING/WITH of graphs outside the KB (they make the engine "
                   "fetch URLs); refused otherwise.")
@click.option("--named", metavar="NAME", help="Run a query shipped with kb (see --list).")
@click.option("--param", "params", multiple=True, metavar="KEY=VALUE", help="A parameter of --named (repeatable).")
@click.option("--list", "list_", is_flag=True, help="List the named queries and their parameters.")
@click.option("--timeout", type=click.FloatRange(min=0, min_open=True), default=None, metavar="SECONDS",
              help="Stop the query after SECONDS (it runs in a child process that is killed) [default: no limit].")
@store_option
def query(sparql, file_, fmt, update, allow_network, named, params, list_, timeout, store):
    """Run a SPARQL query over the KB.

    \b
    Examples:
      kb query 'SELECT ?e ?d WHERE { GRAPH ?g { ?e <http://semanticweb.cs.vu.nl/2009/11/sem/hasEarliestBeginTimeStamp> ?d } }'
      kb query -f meetings.rq --format csv > meetings.csv
      kb query --format turtle 'CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } } LIMIT 10'
      kb query --list
      kb query --named meetings-between --param a=Q61053 --param b=Q3052772 --format csv
      kb query --timeout 10 -f expensive.rq

    The text is parsed before it runs: an update needs --update, and SERVICE,
    LOAD and FROM/USING/WITH naming graphs outside the KB need --allow-network.
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
        from . import queries
        from .results import form_of
        from .sparqlguard import inspect

        written = _written_format(form_of(inspect(queries.get(named).text).form), fmt)
        if timeout is not None:
            _open(store, read_only=True).close()  # a wrong --store fails here, with kb's message
            _print_result(api.query_in_child(store, named=named, params=values, timeout=timeout, fmt=written),
                          fmt)
            return
        with _open(store, read_only=True) as base:
            _print_result(base.query_named(named, values, fmt=written), fmt)
        return
    if params:
        raise InputError("--param goes with --named NAME")
    if file_:
        try:
            sparql = sys.stdin.read() if file_ == "-" else pathlib.Path(file_).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise InputError(f"cannot read {file_}: {exc}") from None
    if not sparql or not sparql.strip():
        raise InputError("give a SPARQL query or -f FILE")
    from .sparqlguard import check_query

    # Parsed (and refused when it must be) before the store is opened: an update
    # without --update fails here, not after taking the writer's lock.
    checked = check_query(sparql, allow_network=allow_network)
    if checked.is_update and not update:
        raise InputError("this is a SPARQL update; pass --update to run it")
    written = None
    if not checked.is_update:
        from .results import form_of

        written = _written_format(form_of(checked.form), fmt)
    if timeout is not None:
        _open(store, read_only=not update, create=False).close()
        _print_result(api.query_in_child(store, sparql, update=update, timeout=timeout,
                                           allow_network=allow_network, fmt=written), fmt)
        return
    with _open(store, read_only=not update, create=False) as base:
        result = base.query(sparql, update=update, allow_network=allow_network, fmt=written, text=True)
        _print_result(result, fmt)


def _written_format(form: str, fmt: str | None) -> str | None:
    """The standard format kb's serialisers write for ``--format`` (None: kb's table),
    or a one-line error when it does not fit the query form."""
    from .results import check_format

    if fmt in (None, "table"):
        if form == "graph":
            if fmt == "table":
                raise InputError("a CONSTRUCT/DESCRIBE query gives a graph, not a table: use turtle, trig, "
                                 "ntriples, nquads, rdfxml or jsonld")
            return "turtle"
        return None
    check_format(form, fmt)
    return fmt


def _list_named_queries() -> None:
    from . import queries

    for q in queries.queries().values():
        click.echo(f"{q.name}\n    {q.description}")
        for p in q.params:
            default = "required" if p.required else f"default {p.default}"
            click.echo(f"    --param {p.name}=<{p.type}>  {p.description} ({default})")


def _print_result(result, fmt) -> None:
    from .results import Serialized

    if result is None:
        click.echo("update done")
        return
    if isinstance(result, Serialized):  # written by pyoxigraph's serialisers: the bytes as they are
        out = sys.stdout.buffer
        out.write(result.body)
        if result.body and not result.body.endswith(b"\n"):
            out.write(b"\n")  # JSON and XML end without one; a terminal prompt should not follow them
        out.flush()
        return
    if isinstance(result, bool):
        click.echo(str(result).lower())
        return
    columns = list(result.vars)
    rows = [[_cell(r.get(c)) for c in columns] for r in result]
    click.echo(_table(columns, rows))
    click.echo(f"({len(rows)} rows)", err=True)


# --------------------------------------------------------------------------- timeline
@main.command()
@click.option("--actor", metavar="NAME|QID", help="Only events with this actor: a QID (Q7747), an IRI, or any name, alias or surname ('Putin', 'vladimir putin'); case and accents do not matter.")
@click.option("--since", metavar="DATE", help="Only events that end on or after DATE (YYYY[-MM[-DD]]).")
@click.option("--until", metavar="DATE", help="Only events that begin on or before DATE.")
@click.option("--type", "types", multiple=True, metavar="TYPE", help="Event type (repeatable), e.g. Meeting.")
@click.option("--place", "places", multiple=True, metavar="NAME|QID",
              help="Only events at this place or in this country (repeatable: any of them).")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True)
@click.option("--limit", type=click.IntRange(min=1), default=None, help="At most this many events.")
@click.option("--include-implied", is_flag=True,
              help="Also events only implied by a claim (the earlier visit of a \"second visit\").")
@click.option("--unmerged", is_flag=True,
              help="One row per report, even for reports that `kb merge` joined into one event.")
@store_option
def timeline(actor, since, until, types, places, fmt, limit, include_implied, unmerged, store):
    """Events ordered by date, one row per event.

    Reports that `kb merge` joined are one row, with every reporting document
    (doc_ids, sources) and the merged date bounds, unless --unmerged. The CSV
    has the columns of `kb export --format csv`.

    \b
    Examples:
      kb timeline --actor Q7747 --since 2024-01 --format csv
      kb timeline --type StateVisit --type Meeting
      kb timeline --place Q183 --since 2024 --limit 20
    """
    import warnings

    from .api import IndexNotice
    from .timeline import TIMELINE_COLUMNS

    with _open(store, read_only=True) as base, warnings.catch_warnings(record=True) as notices:
        warnings.simplefilter("always", IndexNotice)
        rows = base.timeline(actor=actor, since=since, until=until, type=list(types) or None, limit=limit,
                             include_implied=include_implied, unmerged=unmerged, place=list(places) or None)
    for n in notices:
        if issubclass(n.category, IndexNotice):
            click.echo(f"notice: {n.message}", err=True)
        else:
            warnings.warn_explicit(n.message, n.category, n.filename, n.lineno)
    if fmt == "json":
        click.echo(json.dumps([r.as_dict() for r in rows], ensure_ascii=False, indent=1))
    elif fmt == "csv":
        click.echo(_csv(list(TIMELINE_COLUMNS), [[str(getattr(r, c)) for c in TIMELINE_COLUMNS] for r in rows]),
                   nl=False)
    else:
        cols = ["value", "earliest", "latest", "type", "status", "participants", "place", "doc_ids"]
        click.echo(_table(cols, [[str(getattr(r, c)) for c in cols] for r in rows], max_width=48))


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
@click.option("--tolerance", default=7, show_default=True, type=click.IntRange(min=0),
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
    with _open(store, create=False) as base:
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
    """Compare every count, ordinal, "last" and term claim with the events the KB holds.

    Prints per claim consistent / fewer_in_kb / more_in_kb (counts, ordinals,
    terms), consistent / later_in_kb / missing_in_kb ("last" claims), or
    not_checkable with the reason, with the KB events that were counted and
    their sources.

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
                        "evidence": c.evidence, "reason": c.reason, "note": c.note,
                        "last_date": c.last_date, "reviewed": c.reviewed,
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


_COLUMN_HELP = """\b
Columns of a CSV/TSV/JSON file (names are case-insensitive; WDQS downloads work as they are):
  item             QID or entity IRI (also: id, qid)           required
  itemLabel        the name (also: name, label)                required
  itemAltLabel     aliases, comma-separated (WDQS); aliases: ;-separated
  itemDescription  a description (shown by `kb gazetteer list`)
  itemLabel_de ... a label in one language (label_fr, aliases_it, ...)
  kind             person, country, city, region, organisation, ... or a class QID (Q5);
                   default --kind
  country          QID or IRI of the country it belongs to
  replaces         local ids this entry replaces (;-separated)
  offices          role@jurisdiction@start@end;...
Office-holder tables (a position-held query): person, personLabel, office,
officeLabel (or role: president, prime_minister, foreign_minister, ...),
country, start, end.
\b
Example (query.wikidata.org, Download -> CSV):
  item,itemLabel,itemAltLabel
  http://www.wikidata.org/entity/Q99999001,Mira Example,"M. Example, Mira E."
"""


@main.group(epilog=_COLUMN_HELP)
def gazetteer():
    """The KB's entity gazetteer: the shipped entities plus the KB's own additions.

    Additions are kept in the KB (graph kbr:graph/_gazetteer), so `kb serve`,
    exports and a copy of the store carry them. Documents stored before an
    addition keep their links until `kb relink`; `--actor` with the new QID
    or a name finds them already.

    \b
    Examples:
      kb gazetteer add wikidata-query.csv --kind person
      kb gazetteer list --query scholz
      kb gazetteer update            # runs the shipped queries on query.wikidata.org
      kb relink
    """


_ADD_HELP = """Add the entities of FILE to the KB's gazetteer.

FILE is a Wikidata Query Service download (CSV, TSV, JSON), SPARQL JSON
results, Turtle/N-Triples (rdfs:label, skos:altLabel), or kb's own TSV.
The whole file is checked first: one bad row adds nothing, and the error
names its file:line. An entry with a QID replaces a shipped entity with a
local id of the same kind and name (or those named in `replaces`); its
names, adjectives and offices pass to the QID.

""" + _COLUMN_HELP + """
\b
Then: kb relink   (re-extracts the stored documents the addition concerns)
"""


@gazetteer.command(name="add", help=_ADD_HELP)
@click.argument("path", metavar="FILE", type=click.Path(dir_okay=False))
@click.option("--kind", metavar="KIND", help="Kind of entities without a kind column: person, country, city, "
              "government, ministry, office, organisation, agency, group.")
@store_option
def gazetteer_add(path, kind, store):
    with _open(store) as base:
        ids = base.gazetteer_add(path, kind=kind)
        replaced = {old: new for old, new in base.gazetteer.replaced.items() if new in set(ids)}
    for old, new in sorted(replaced.items()):
        click.echo(f"{old} replaced by {new} (--actor {new} also finds the events stored under {old})", err=True)
    click.echo(f"{len(ids)} entities added to the gazetteer of {store or 'the in-memory KB'}; "
               f"run `kb relink` to re-link stored documents")


@gazetteer.command(name="list")
@click.option("--kind", metavar="KIND", help="Only entities of this kind (person, country, ...).")
@click.option("--query", "name", metavar="NAME", help="Only entities with a name containing NAME "
              "(case and accents do not matter).")
@click.option("--added", is_flag=True, help="Only the KB's own additions.")
@click.option("--format", "fmt", type=click.Choice(["table", "tsv", "json"]), default="table", show_default=True)
@store_option
def gazetteer_list(kind, name, added, fmt, store):
    """List the entities of the KB's gazetteer (id, kind, name, country, where from).

    \b
    Examples:
      kb gazetteer list --kind person --query merkel
      kb gazetteer list --added --format tsv > my-additions.tsv
    """
    with _open(store, read_only=True) if _store_exists(store) else api.open_kb(None) as base:
        entries = base.gazetteer_entries(kind=kind, name=name, added_only=added)
    cols = ["id", "kind", "name", "country", "source", "aliases"]
    if fmt == "json":
        click.echo(json.dumps(entries, ensure_ascii=False, indent=1))
    elif fmt == "tsv":
        click.echo("\t".join(cols))
        for e in entries:
            click.echo("\t".join(str(e[c]) for c in cols))
    else:
        click.echo(_table(cols, [[str(e[c]) for c in cols] for e in entries], max_width=40))
        click.echo(f"{len(entries)} entities")


@gazetteer.command(name="remove")
@click.argument("entity_id", metavar="ID")
@store_option
def gazetteer_remove(entity_id, store):
    """Remove entity ID (a QID or local:slug) from the KB's gazetteer.

    An added entity is dropped (a shipped one it replaced comes back); a shipped
    one is no longer used by this KB. Then run `kb relink`.

    \b
    Example:
      kb gazetteer remove Q99999001
    """
    with _open(store, create=False) as base:
        base.gazetteer_remove(entity_id.strip())
    click.echo(f"{entity_id} removed; run `kb relink` to re-link stored documents")


@gazetteer.command(name="update")
@click.option("--endpoint", default=None, metavar="URL",
              help="SPARQL endpoint to ask [default: https://query.wikidata.org/sparql].")
@click.option("--query", "names", multiple=True, metavar="NAME",
              help="Run only this shipped query (repeatable; see `kb gazetteer queries`).")
@click.option("--timeout", type=click.FloatRange(1, 3600), default=120, show_default=True,
              help="Seconds to wait for each query.")
@store_option
def gazetteer_update(endpoint, names, timeout, store):
    """Run the shipped Wikidata queries on a SPARQL endpoint and add the results.

    This is the only kb command that goes to Wikidata, and only when you run
    it. The queries (heads of state and government, foreign ministers, leaders
    of international organisations, countries and capitals) are listed by
    `kb gazetteer queries`; you can also run them on query.wikidata.org and
    `kb gazetteer add` the downloads.

    \b
    Examples:
      kb gazetteer update
      kb gazetteer update --endpoint http://127.0.0.1:7878/query --query countries
    """
    from .entities import wikidata

    skipped: list[str] = []
    with _open(store) as base:
        for name, entries in wikidata.run_queries(endpoint or wikidata.WDQS, list(names) or None,
                                                  timeout=timeout, skipped=skipped):
            ids = base.gazetteer_add_entries(entries) if entries else []
            click.echo(f"{name}: {len(ids)} entities")
    if skipped:
        click.echo(f"warning: {len(skipped)} rows skipped, e.g. {skipped[0]}", err=True)
    click.echo("run `kb relink` to re-link stored documents")


@gazetteer.command(name="queries")
@click.argument("name", required=False)
def gazetteer_queries(name):
    """List the shipped Wikidata queries, or print query NAME.

    \b
    Examples:
      kb gazetteer queries
      kb gazetteer queries heads-of-government > q.rq
    """
    from .entities import wikidata

    if name:
        click.echo(wikidata.query_text(name), nl=False)
        return
    for q, title in wikidata.queries():
        click.echo(f"{q:28} {title}")


@main.command()
@click.option("--all", "everything", is_flag=True, help="Re-extract every stored document.")
@store_option
def relink(everything, store):
    """Re-extract stored documents with the KB's current gazetteer.

    By default the documents a gazetteer change can concern: those linking an
    entity that was replaced or removed, or whose text holds a name of an added
    entity. Each is extracted again from its stored text, date, language,
    source and title, and replaced whole.

    \b
    Examples:
      kb gazetteer add leaders.csv && kb relink
      kb relink --all
    """
    with _open(store, create=False) as base:
        summary = base.relink(everything=everything)
    for what, why in summary.rejected:
        click.echo(f"rejected: {what}: {why.removeprefix(f'{what}: ')}", err=True)
    click.echo(summary.line())
    if summary.rejected:
        sys.exit(EXIT_BAD_INPUT)


def _store_exists(store: str | None) -> bool:
    return store is not None and ("://" in store or pathlib.Path(store).exists())


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
class _LazyChoice(click.Choice):
    """A :class:`click.Choice` whose choices are listed when first needed (the export formats
    come from kb.exporters, which ``kb --help`` need not import)."""

    def __init__(self, list_choices: Callable[[], list[str]], case_sensitive: bool = True):
        self._list = list_choices
        self._choices: list[str] | None = None
        super().__init__([], case_sensitive)

    @property
    def choices(self):
        if self._choices is None:
            self._choices = list(self._list())
        return self._choices

    @choices.setter
    def choices(self, value) -> None:
        pass  # click.Choice.__init__ sets them; they come from list_choices


def _export_formats() -> list[str]:
    from . import exporters

    return sorted(f.name for f in exporters.formats())


@main.command(name="export")
@click.option("--format", "fmt", required=True, type=_LazyChoice(_export_formats),
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
@click.option("--include-implied", is_flag=True,
              help="Also events only implied by a claim; RDF formats keep them, marked kb:impliedBy (the earlier visit of a \"second visit\").")
@click.option("--unmerged", is_flag=True,
              help="Each report its own event, even where `kb merge` joined reports.")
@store_option
def export_command(fmt, output, actor, types, place, since, until, source, mentions, title, include_implied,
                   unmerged, store):
    """Export events as CSV, JSON, JSON-LD, TimelineJS, iCalendar, HTML, a chart or RDF.

    \b
    Examples:
      kb export --format csv --actor Q3052772 --since 2023 > macron.csv
      kb export --format html --output timeline.html
      kb export --format ics --type Meeting --output meetings.ics
      kb export --format png --actor Q61053 --actor Q3052772 --output chart.png
      kb export --format trig --source fx-en-scholz-macron
    """
    if output and not pathlib.Path(output).absolute().parent.is_dir():
        raise InputError(f"cannot write {output}: there is no directory {pathlib.Path(output).absolute().parent}")
    with _open(store, read_only=True) as base:
        data = base.export(fmt, output, mentions=mentions, title=title, actor=list(actor), type=list(types),
                           place=list(place), since=since, until=until, source=source,
                           include_implied=include_implied, unmerged=unmerged)
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
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535), help="TCP port (0 picks a free one).")
@click.option("--timeout", default=30.0, show_default=True, type=click.FloatRange(min=0, min_open=True),
              help="Seconds a query may run; then its worker process is killed and the client gets 503.")
@click.option("--limit", default=10000, show_default=True, type=click.IntRange(min=1),
              help="Most rows (or triples) per answer; the page shows the latest LIMIT events.")
@click.option("--workers", default=min(8, 2 * (os.cpu_count() or 1)), show_default=True, type=click.IntRange(1, 64),
              help="Query worker processes (queries run in parallel; more wait for a free one, at most "
                   "--timeout seconds). More workers than cores let short queries pass long ones.")
@click.option("--memory", "memory_mb", default=2048, show_default=True, type=click.IntRange(min=64), metavar="MB",
              help="Memory ceiling of one query worker (resident, MiB); past it the query gets 503.")
@click.option("--title", default="kb timeline", show_default=True, help="Title of the timeline page.")
@click.option("--cors", metavar="ORIGIN", help="Let web pages from ORIGIN (or '*') query the endpoint [default: none].")
@click.option("--allow-network", is_flag=True,
              help="Let queries use SERVICE and FROM of graphs outside the KB (the server then fetches "
                   "URLs its clients name); refused otherwise.")
@click.option("--review", is_flag=True,
              help="Let the browser pages accept, reject and correct events (kb.review); every write needs "
                   "the token printed at start-up. Without it the server is read-only.")
@click.option("--index-dir", type=click.Path(file_okay=False), metavar="DIR",
              help="Where the event browser's index is kept between runs [default: kb-workbench/ in the store's "
                   "directory; for a remote or read-only store, a directory under $KB_CACHE_DIR or ~/.cache/kb].")
@store_option
def serve(host, port, timeout, limit, workers, memory_mb, title, cors, allow_network, review, index_dir, store):
    """Serve the KB read-only: SPARQL 1.1 Protocol at /sparql, the timeline page at /,
    and the research workbench: /events, /doc/ID, /lanes, /network (docs/workbench.md).

    Updates, LOAD and SERVICE are refused. Results come as SPARQL JSON, XML,
    CSV or TSV (CONSTRUCT/DESCRIBE: Turtle, TriG, N-Triples, N-Quads, RDF/XML,
    JSON-LD) by the Accept header or ?format=, written by pyoxigraph.

    Each query runs in a worker process that opens the store read-only; a query
    past --timeout or --memory is stopped (its worker is killed and replaced).
    Workers reopen the store when its files change: documents that `kb ingest`
    adds while the server runs are answered by the next query, and the page
    is rendered again.

    The event browser's index is kept in --index-dir between runs: on start it
    is checked and brought up to date from the store's change journal (one line
    on stderr says whether it was reused, updated or is being rebuilt).

    \b
    Examples:
      kb serve
      kb serve --port 8080 --timeout 10 --workers 8
      curl -H 'Accept: text/csv' --data-urlencode 'query=SELECT * WHERE { ?s ?p ?o } LIMIT 5' http://127.0.0.1:8000/sparql
    """
    from .server import serve as run

    _open(store, read_only=True).close()  # a wrong --store fails here, with kb's message
    run(store, host, port, timeout=timeout, limit=limit, workers=workers, memory_mb=memory_mb, title=title,
        cors=cors, allow_network=allow_network, review=review, index_dir=index_dir)


# --------------------------------------------------------------------------- review
from .cli_review import review  # noqa: E402 - it imports the helpers above

main.add_command(review)
