"""``policykg store info|clear|dump|compact|tabulate``: look at, export, empty, compact the graph store,
or bring its answer tables up to date."""
from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path

import click

from policykg.cli.common import cli_store, store_location
from policykg.store.dump import DUMP_FORMATS, dump_store


@click.group(name="store")
def store() -> None:
    """Inspect, dump, clear, compact the graph store, or bring its answer tables up to date.

    The store is the folder or SPARQL endpoint given by `policykg --store` (default:
    $POLICYKG_STORE, else the user data directory). Examples:

    \b
      policykg store info
      policykg --store ./kg store dump --format nquads --out kg.nq
      policykg --store http://127.0.0.1:7878/query store info --json
      policykg --store ./kg store compact
      policykg --store ./kg store tabulate
    """


def _existing_store_folder(ctx: click.Context) -> bool:
    """True if ``--store`` (or the default) names a folder that already holds a store."""
    import os

    from policykg.store.open import ENV_STORE, default_location

    location = str(store_location(ctx) or os.environ.get(ENV_STORE) or default_location()).strip()
    return "://" not in location and (Path(location) / "CURRENT").is_file()


@store.command(name="info")
@click.option("--json", "as_json", is_flag=True, help="Print the counts as one JSON object.")
@click.option("--graphs", "list_graphs", is_flag=True, help="Also list every named graph IRI.")
@click.pass_context
def info(ctx: click.Context, *, as_json: bool, list_graphs: bool) -> None:
    """Show where the store is, what kind it is, and how many graphs, quads and policies it holds."""
    from policykg.queries.answer_tables import keeps_tables, table_states

    # An existing folder is opened read-only: info works on a read-only disk and while an ingest
    # (or a server) holds the write lock, showing the last committed state.
    with cli_store(ctx, read_only=_existing_store_folder(ctx)) as opened:
        summary = opened.info()
        names = opened.graph_names() if list_graphs else None
        states = table_states(opened) if keeps_tables(opened) else []
    if states:
        summary.details["answer tables"] = _tables_line(states)
    if as_json:
        data = asdict(summary)
        if names is not None:
            data["graph_names"] = names
        click.echo(json.dumps(data, indent=2, ensure_ascii=False))
        return
    click.echo(f"location: {summary.location}")
    click.echo(f"kind:     {summary.kind}")
    click.echo(f"graphs:   {summary.graphs}")
    click.echo(f"quads:    {summary.quads}")
    click.echo(f"policies: {summary.policies}")
    for key, value in summary.details.items():
        click.echo(f"{key}: {value}")
    for name in names or []:
        click.echo(f"  {name}")


@store.command(name="clear")
@click.option("--yes", "-y", is_flag=True, help="Do not ask for confirmation.")
@click.pass_context
def clear(ctx: click.Context, *, yes: bool) -> None:
    """Remove every graph and quad from the store (asks first unless --yes)."""
    with cli_store(ctx) as opened:
        if not yes:
            click.confirm(f"Remove everything from {opened.location}?", abort=True)
        before = opened.info()
        opened.clear()
    click.echo(f"cleared {opened.location}: removed {before.quads} quads in {before.graphs} graphs")


@store.command(name="dump")
@click.option(
    "--format", "format_name", type=click.Choice(sorted(DUMP_FORMATS)), default="trig", show_default=True,
    help="RDF syntax. turtle and nt hold one graph, so they need --graph.",
)
@click.option("--graph", "graph_iri", metavar="IRI", help="Dump only this named graph.")
@click.option(
    "--out", "out", type=click.Path(dir_okay=False, path_type=Path), help="File to write (default: standard output).",
)
@click.pass_context
def dump(ctx: click.Context, *, format_name: str, graph_iri: str | None, out: Path | None) -> None:
    """Write the store (or one graph) as RDF, streaming, to a file or standard output."""
    with cli_store(ctx) as opened:
        if out is None:
            dump_store(opened, click.get_binary_stream("stdout"), format_name=format_name, graph_iri=graph_iri)
            return
        partial = out.with_name(out.name + ".partial")
        try:
            with partial.open("wb") as handle:
                dump_store(opened, handle, format_name=format_name, graph_iri=graph_iri)
            partial.replace(out)
        finally:
            partial.unlink(missing_ok=True)
    click.echo(f"wrote {out}", err=True)


@store.command(name="compact")
@click.pass_context
def compact(ctx: click.Context) -> None:
    """Merge the on-disk store's index files so that queries read fewer of them.

    `policykg ingest` does this itself after writing a fifth or more of the store's policies;
    run it after many smaller ingests. It rewrites the whole store (a minute or two per 10 GB
    here) and changes none of its content. A remote SPARQL server manages its own storage.
    """
    import time

    with cli_store(ctx) as opened:
        if not opened.compactable:
            raise click.ClickException(
                f"{opened.location} has no index files to compact: only an on-disk store "
                "(policykg --store FOLDER) has; a SPARQL server compacts its own storage"
            )
        before = opened.disk_bytes()
        click.echo(f"compacting {opened.location} ({before / 1e9:.2f} GB) ...", err=True)
        started = time.perf_counter()
        opened.compact()
        after = opened.disk_bytes()
    click.echo(f"compacted {opened.location} in {time.perf_counter() - started:.1f} s: {before / 1e9:.2f} -> {after / 1e9:.2f} GB")


def _tables_line(states) -> str:  # type: ignore[no-untyped-def]
    """One line on the answer tables: how many are current, and what to run when some are not."""
    current = sum(state.state == "current" for state in states)
    if current == len(states):
        return f"{current} of {len(states)} current"
    return f"{current} of {len(states)} current (the others are evaluated live; `policykg store tabulate` updates them)"


@store.command(name="tabulate")
@click.argument("names", nargs=-1)
@click.pass_context
def tabulate(ctx: click.Context, names: tuple[str, ...]) -> None:
    """Bring the answer tables of the biggest catalogue questions up to date (NAMES: only these).

    An on-disk store keeps the rows of its biggest questions (quote lists, matrices) sorted
    beside it, so that they are read in seconds at 100k policies instead of evaluated again.
    `policykg ingest` updates them itself (and builds them from 2,000 policies on); a table that
    is not current is never used: its question is evaluated live. Run this after changes made
    outside ingest (a SPARQL update, a small ingest that left the whole-store tables), or to
    build the tables of a small store.
    """
    import time

    from policykg.queries.answer_tables import AnswerTableError, refresh

    with cli_store(ctx) as opened:
        if opened.answers_file is None:
            raise click.ClickException(
                f"{opened.location} keeps no answer tables: only an on-disk store (policykg --store FOLDER) "
                "does; a SPARQL server answers from its own indexes"
            )
        started = time.perf_counter()
        try:
            results = refresh(opened, names=list(names) or None,
                              progress=lambda message: click.echo(f"{message} ...", err=True))
        except AnswerTableError as error:
            raise click.UsageError(str(error)) from error
    for result in results:
        click.echo(f"{result.name}: {result.how}, {result.rows} rows" + (f" in {result.seconds:.1f} s" if result.seconds else ""))
    click.echo(f"{len(results)} answer tables up to date in {time.perf_counter() - started:.1f} s")
