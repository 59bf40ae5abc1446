"""``policykg viz``: draw a view of the graph as HTML, PNG, SVG, GraphML, GEXF or Cytoscape JSON."""
from __future__ import annotations

from pathlib import Path

import click

from policykg.cli.common import InputProblem, cli_store
from policykg.export.lookup import ExportError
from policykg.viz.formats import FORMATS, format_for, write_view
from policykg.viz.views import VIEWS


def _listing() -> str:
    lines = ["Views:"]
    for v in VIEWS.values():
        lines.append(f"  {v.name:<18} {v.title}{' (needs --policy)' if v.needs_policy else ''}")
        lines.append(f"  {'':<18} {v.description}")
    lines += ["", "Formats (from the --out suffix, or --format):"]
    lines += [f"  {f.name:<8} {' '.join(f.suffixes):<14} {f.description}" for f in FORMATS.values()]
    return "\n".join(lines)


@click.command(
    "viz",
    epilog="Examples:\n\n\b\n  policykg viz company-category --out categories.html\n"
    "  policykg viz conditions-law --out gaps.svg\n  policykg viz sharing --out sharing.gexf\n"
    "  policykg viz policy --policy acme.txt --out acme.png\n  policykg viz --list\n\n"
    "Exit codes: 0 written, 2 usage, input or store error.",
)
@click.argument("view", required=False, type=click.Choice(list(VIEWS)))
@click.option("--policy", "-p", metavar="DOCID|FILE|COMPANY|IRI", help="The policy to draw (view 'policy').")
@click.option("--out", "-o", type=click.Path(dir_okay=False, writable=True, path_type=Path),
              help="File to write; the format comes from its suffix. Default: VIEW.html (or VIEW.FORMAT).")
@click.option("--format", "-f", "fmt", type=click.Choice(list(FORMATS)), help="Output format when the suffix does not say.")
@click.option("--list", "list_views", is_flag=True, help="List the views and formats, then exit.")
@click.pass_context
def viz(ctx: click.Context, view: str | None, policy: str | None, out: Path | None, fmt: str | None, list_views: bool) -> None:
    """Draw VIEW of the graph: company-category, sharing, conditions-law or policy.

    HTML pages are interactive (hover over a link or a node shows the evidence quotes, policy by
    policy) and self-contained: they work offline and can be mailed as one file. PNG and SVG draw
    the view as a matrix, every row and column labelled: companies x the concepts they link to
    (a cell is filled where the policy says so), or for one policy its values x kinds of statement
    (with counts); they stay readable from 5 to 500 policies.
    GraphML and GEXF open in Gephi, yEd and Cytoscape desktop.
    """
    if list_views:
        click.echo(_listing())
        return
    if view is None:
        raise click.UsageError("give a VIEW (see 'policykg viz --list')")
    try:
        chosen = format_for(out, fmt)
    except ExportError as error:
        raise InputProblem(str(error)) from error
    target = out or Path(f"{view}{chosen.suffixes[0]}")
    with cli_store(ctx, read_only=True) as store:
        try:
            graph = write_view(store, view, target, policy=policy, output_format=chosen.name)
        except ExportError as error:
            raise InputProblem(str(error)) from error
        except OSError as error:
            raise InputProblem(f"{target}: cannot write ({error.strerror}); choose another --out") from error
    click.echo(f"{view}: {graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges -> {target} ({chosen.name})", err=True)
