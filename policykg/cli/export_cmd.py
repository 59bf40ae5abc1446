"""``policykg export``: comparison matrices, dossiers, RDF dumps, the ontology and citations."""
from __future__ import annotations

from pathlib import Path

import click

from policykg.cli.common import InputProblem, cli_store
from policykg.cli.progress import StageProgress
from policykg.export.kinds import KINDS, run_export
from policykg.export.lookup import ExportError

_ALL_FORMATS = sorted({name for kind in KINDS.values() for name in kind.formats})


def _listing() -> str:
    lines = ["Exports (format from the --out suffix, or --format):"]
    for kind in KINDS.values():
        formats = ", ".join(f"{name} ({suffix})" for name, suffix in kind.formats.items())
        lines.append(f"  {kind.name:<10} {kind.description}{' (needs --policy)' if kind.needs_policy else ''}")
        lines.append(f"  {'':<10} formats: {formats}")
    return "\n".join(lines)


@click.command(
    "export",
    epilog="Examples:\n\n\b\n  policykg export matrix --out compare.xlsx\n  policykg export matrix --out compare.csv\n"
    "  policykg export dossier --policy acme.txt --out acme.html\n  policykg export jsonld --out graph.jsonld\n"
    "  policykg export ontology --out policykg.owl\n  policykg export citations --out policies.bib\n"
    "  policykg export --list\n\nExit codes: 0 written, 2 usage, input or store error.",
)
@click.argument("kind", required=False, type=click.Choice(list(KINDS)))
@click.option("--out", "-o", type=click.Path(dir_okay=False, writable=True, path_type=Path),
              help="File to write; the format comes from its suffix. Default: policykg-KIND.SUFFIX.")
@click.option("--policy", "-p", metavar="DOCID|FILE|COMPANY|IRI", help="The policy (kind 'dossier').")
@click.option("--format", "-f", "fmt", type=click.Choice(_ALL_FORMATS), help="Output format when the suffix does not say.")
@click.option("--list", "list_kinds", is_flag=True, help="List the export kinds and their formats, then exit.")
@click.pass_context
def export(ctx: click.Context, kind: str | None, out: Path | None, policy: str | None, fmt: str | None, list_kinds: bool) -> None:
    """Export KIND: matrix, dossier, trig, nquads, jsonld, ontology or citations.

    Spreadsheet cells that look like formulas are written as text, and policy text in HTML is
    escaped, so exported third-party text cannot run in the tools that open it.
    """
    if list_kinds:
        click.echo(_listing())
        return
    if kind is None:
        raise click.UsageError("give a KIND (see 'policykg export --list')")
    try:
        with StageProgress() as progress:
            if KINDS[kind].needs_store:
                with cli_store(ctx, read_only=True) as store:
                    target, summary = run_export(store, kind, out, policy=policy, output_format=fmt, on_progress=progress)
            else:
                target, summary = run_export(None, kind, out, policy=policy, output_format=fmt, on_progress=progress)
    except ExportError as error:
        raise InputProblem(str(error)) from error
    except OSError as error:
        raise InputProblem(f"{out or kind}: cannot write ({error.strerror}); choose another --out") from error
    click.echo(f"{kind}: {summary} -> {target}", err=True)
