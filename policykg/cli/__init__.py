"""The ``policykg`` command: one entry point, subcommands loaded lazily.

Each subcommand lives in its own module as a thin click command over a library function.
Modules are imported only when their command runs, so ``policykg --help`` stays fast and a
broken optional feature cannot break the others.
"""
from __future__ import annotations

import importlib
import sys
import warnings

import click

from policykg import __version__

# name -> (module, attribute, one-line help shown in `policykg --help`)
COMMANDS: dict[str, tuple[str, str, str]] = {
    "ontology": ("policykg.cli.ontology_cmd", "ontology", "Check the ontology and write its documentation."),
    "store": ("policykg.cli.store_cmd", "store", "Inspect, dump or clear the graph store."),
    "ingest": ("policykg.cli.ingest_cmd", "ingest", "Turn policy documents into the graph."),
    "facts": ("policykg.cli.ingest_cmd", "facts", "Export policy-facts/1 records from the graph."),
    "evaluate": ("policykg.cli.ingest_cmd", "evaluate", "Score extracted facts against gold annotations."),
    "show": ("policykg.cli.ingest_cmd", "show", "Show what the graph holds for one policy, with quotes."),
    "demo": ("policykg.cli.demo_cmd", "demo", "Ingest the built-in sample policies and show what policykg does."),
    "query": ("policykg.cli.query_cmd", "query", "Run a catalogue query or a SPARQL file."),
    "queries": ("policykg.cli.query_cmd", "queries", "List the query catalogue."),
    "check": ("policykg.cli.check_cmd", "check", "Run the compliance checks and write a report."),
    "evaluate-findings": ("policykg.cli.check_cmd", "evaluate_findings", "Score compliance findings (policy-findings/1) against gold."),
    "serve": ("policykg.cli.serve_cmd", "serve", "Serve the store over the SPARQL 1.1 Protocol."),
    "viz": ("policykg.cli.viz_cmd", "viz", "Draw a view of the graph (HTML, PNG, SVG, GraphML, GEXF, Cytoscape)."),
    "export": ("policykg.cli.export_cmd", "export", "Export tables, dossiers, citations and RDF."),
    "reviews": ("policykg.cli.reviews_cmd", "reviews", "List reviews (orphans first) and export reviewed policies as gold."),
}


class LazyGroup(click.Group):
    """A click group whose subcommands are imported on first use."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        if name not in COMMANDS:
            return None
        module_name, attribute, _ = COMMANDS[name]
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as error:
            if error.name == module_name:
                return _unavailable(name)
            raise
        return getattr(module, attribute)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        rows = [(name, COMMANDS[name][2]) for name in self.list_commands(ctx)]
        with formatter.section("Commands"):
            formatter.write_dl(rows)


def _unavailable(name: str) -> click.Command:
    @click.command(name=name, help=COMMANDS[name][2] + " (not available in this build)")
    def command() -> None:
        raise click.ClickException(f"'{name}' is not available in this build of policykg")

    return command


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="policykg")
@click.option(
    "--store",
    "store_location",
    envvar="POLICYKG_STORE",
    metavar="PATH|URL",
    help="Store to use: a folder for the embedded store, or the URL of a SPARQL 1.1 endpoint. "
    "Default: $POLICYKG_STORE, else the user data directory.",
)
@click.pass_context
def cli(ctx: click.Context, store_location: str | None) -> None:
    """policykg: privacy policies as a knowledge graph, checked against PRC law.

    Exit codes: 0 success, 1 the command ran and found problems (failed checks,
    rejected files), 2 usage or input error.
    """
    ctx.ensure_object(dict)
    ctx.obj["store_location"] = store_location


def _show_warning(message, category, filename, lineno, file=None, line=None) -> None:  # noqa: ANN001
    """Warnings meant for the user (missing fonts) as one plain line on stderr; others as Python prints them."""
    from policykg.fonts import MissingFontWarning

    if issubclass(category, MissingFontWarning):
        click.echo(f"warning: {message}", err=True)
    else:
        _python_show_warning(message, category, filename, lineno, file, line)


_python_show_warning = warnings.showwarning


def main(argv: list[str] | None = None) -> None:
    """Console-script entry point."""
    warnings.showwarning = _show_warning
    cli.main(args=argv if argv is not None else sys.argv[1:], prog_name="policykg")
