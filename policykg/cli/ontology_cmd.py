"""``policykg ontology check|docs``: thin commands over policykg.ontology_tools."""
from __future__ import annotations

from pathlib import Path

import click


@click.group(name="ontology")
def ontology() -> None:
    """Check the ontology and write its documentation.

    The ontology is the core OWL model, the SKOS vocabularies, the PRC legal layer (laws, provisions,
    disclosure-condition relations) and the SHACL shapes, all shipped with policykg.
    """


@ontology.command(name="check")
def check() -> None:
    """Reason over the ontology with HermiT and validate the SHACL shapes.

    Checks that the OWL 2 DL ontology is consistent with no unsatisfiable class (needs Java 11+),
    that the shapes are valid SHACL (SHACL-for-SHACL), and that the ontology's own data (laws,
    provisions) satisfies the shapes.

    Exit codes: 0 all checks pass, 1 a check failed, 2 a check could not run.
    """
    from policykg.ontology.loader import OntologyError
    from policykg.ontology_tools.check import OntologyCheckError, check_ontology

    try:
        report = check_ontology()
    except (OntologyCheckError, OntologyError) as error:
        click.echo(f"error: {error}", err=True)
        raise SystemExit(2) from error
    click.echo(report.summary())
    raise SystemExit(0 if report.ok else 1)


@ontology.command(name="docs")
@click.option("--out", "out", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="File to write, e.g. site/ontology.html; missing folders are created.")
@click.option("--format", "fmt", type=click.Choice(["html", "md"]), default=None,
              help="html (with a table of contents) or md. Default: from the file suffix, else html.")
def docs(out: Path, fmt: str | None) -> None:
    """Write a browsable page of the ontology.

    Lists classes, properties, every vocabulary with its labels in every language, every law and
    every provision (number, edition, in-force date, verified flag, paraphrase), and the table of
    which provisions allow each disclosure condition.
    """
    from policykg.ontology.loader import OntologyError
    from policykg.ontology_tools.docs import DocsError, write_docs

    chosen = fmt or ("md" if out.suffix.lower() in (".md", ".markdown") else "html")
    try:
        path = write_docs(out, fmt=chosen)
    except (DocsError, OntologyError) as error:
        click.echo(f"error: {error}", err=True)
        raise SystemExit(2) from error
    click.echo(f"wrote {path} ({chosen})")
