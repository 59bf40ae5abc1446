"""``policykg query`` and ``policykg queries``: thin commands over the catalogue and its runner."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from policykg.cli.common import InputProblem, cli_store
from policykg.cli.isolated_query import IsolatedQueryError, run_isolated
from policykg.queries.catalogue import CatalogueError, get_query, list_queries
from policykg.queries.formatting import FORMATS, format_result
from policykg.queries.runner import ParamError, run_query
from policykg.sparql_keywords import nesting_problem
from policykg.store.oxigraph_store import OxigraphStore


def _parse_params(values: tuple[str, ...]) -> dict[str, str]:
    params: dict[str, str] = {}
    for value in values:
        name, sep, text = value.partition("=")
        if not sep or not name.strip():
            raise InputProblem(f"--param {value!r}: write it as NAME=VALUE, e.g. --param category=pd/Contact")
        params[name.strip()] = text
    return params


@click.command(
    "query",
    epilog="Examples:\n\n\b\n  policykg query companies-collecting-category --param category=pd/Contact\n"
    "  policykg query disclosure-beyond-gbt --param edition=2017 --format csv > beyond.csv\n"
    "  policykg query --file my.rq --format json\n\nExit codes: 0 success, 2 unknown query, bad parameter or SPARQL error.",
)
@click.argument("name", required=False)
@click.option("--file", "file_", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Run the SPARQL in this file instead of a catalogue query (policykg prefixes are added; "
              "a '# param:' header or ?_name placeholders take --param values).")
@click.option("--param", "-p", "params", multiple=True, metavar="NAME=VALUE",
              help="Set a query parameter; repeat for several. Values become RDF terms (IRIs or literals), "
              "never SPARQL text. See 'policykg queries --verbose' for each query's parameters.")
@click.option("--format", "-f", "fmt", type=click.Choice(FORMATS), default="table", show_default=True,
              help="Output format; csv neutralises cells that a spreadsheet would run as formulas.")
@click.option("--full-iris", is_flag=True, help="Print full IRIs instead of prefixed names (table, csv, md).")
@click.option("--live", is_flag=True, help="Evaluate the question now even if the store keeps a current answer table "
              "for it (same rows; 'policykg store info' shows the tables).")
@click.pass_context
def query(ctx: click.Context, name: str | None, file_: Path | None, params: tuple[str, ...], fmt: str, full_iris: bool,
          live: bool) -> None:
    """Run catalogue query NAME (or --file FILE) and print the rows.

    List the catalogue with 'policykg queries'.
    """
    if (name is None) == (file_ is None):
        raise InputProblem("give a catalogue query NAME or --file FILE (one of the two); 'policykg queries' lists names")
    values = _parse_params(params)
    target = file_.read_text(encoding="utf-8") if file_ is not None else name
    assert target is not None
    if file_ is None:
        try:  # an unknown name is the first thing to say, before any store problem
            get_query(target)
        except CatalogueError as error:
            raise InputProblem(str(error)) from error
    if file_ is not None:
        problem = nesting_problem(target)
        if problem is not None:
            raise InputProblem(f"{file_}: {problem}")
    with cli_store(ctx, read_only=True) as store:
        try:
            if file_ is not None and isinstance(store, OxigraphStore) and store.path is not None:
                result = run_isolated(store.path, target, params=values, tables=not live)  # no network, crash-safe
            else:
                result = run_query(store, target, params=values, tables=not live)
        except (CatalogueError, ParamError) as error:
            raise InputProblem(str(error)) from error
        except IsolatedQueryError as error:
            raise InputProblem(f"{file_}: the query failed: {error}") from error
        except (SyntaxError, ValueError, OSError) as error:
            source = file_ or name
            raise InputProblem(f"{source}: the query failed: {error}") from error
    # on a terminal long quotes are clipped to keep rows on screen; piped or redirected, rows are whole
    max_cell = 60 if sys.stdout.isatty() else None
    click.echo(format_result(result, fmt=fmt, full_iris=full_iris, max_cell=max_cell), nl=False)


@click.command("queries")
@click.option("--tag", help="Only queries with this tag (e.g. compliance, sharing, versions).")
@click.option("--verbose", "-v", is_flag=True, help="Show each query's question, parameters and provisions.")
@click.option("--format", "-f", "fmt", type=click.Choice(["table", "json", "md"]), default="table", show_default=True)
def queries(tag: str | None, verbose: bool, fmt: str) -> None:
    """List the query catalogue: name, title, parameters and tags."""
    try:
        items = list_queries(tag=tag)
    except CatalogueError as error:
        raise InputProblem(str(error)) from error
    if fmt == "json":
        click.echo(json.dumps([
            {"name": q.name, "title": q.title, "question": q.question, "tags": list(q.tags), "provisions": list(q.provisions),
             "params": [{"name": p.name, "default": p.default, "type": p.type, "description": p.description} for p in q.params],
             "answer_table": q.header_value("answers") or None}
            for q in items
        ], ensure_ascii=False, indent=2))
        return
    if fmt == "md":
        click.echo("| name | title | parameters | tags |\n|---|---|---|---|")
        for q in items:
            params = ", ".join(f"`{p.name}={p.default}`" for p in q.params)
            click.echo(f"| `{q.name}` | {q.title} | {params} | {', '.join(q.tags)} |")
        return
    width = max((len(q.name) for q in items), default=4)
    for q in items:
        params = " ".join(f"{p.name}={p.default}" for p in q.params)
        click.echo(f"{q.name.ljust(width)}  {q.title}" + (f"  [{params}]" if params else ""))
        if verbose:
            click.echo(f"{'':{width}}  question: {q.question}")
            for p in q.params:
                click.echo(f"{'':{width}}  param {p.name} ({p.type}, default {p.default!r}): {p.description}")
            if q.provisions:
                click.echo(f"{'':{width}}  provisions: {', '.join(q.provisions)}")
            click.echo(f"{'':{width}}  tags: {', '.join(q.tags)}")
            if q.header_value("answers"):
                click.echo(f"{'':{width}}  answer table: {q.header_value('answers')} (an on-disk store keeps its "
                           "default answer; 'policykg store info' says whether it is current)")
