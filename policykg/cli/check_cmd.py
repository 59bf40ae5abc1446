"""``policykg check``: run the compliance checks, store the findings, print or write a report."""
from __future__ import annotations

from pathlib import Path

import click

from policykg.cli.common import InputProblem, cli_store
from policykg.compliance.check import CheckError, check_policies
from policykg.compliance.report import REPORT_FORMATS, provision_labels, render_report
from policykg.store.ontology_graph import ensure_ontology_graph

_SUFFIX_FORMAT = {".md": "md", ".markdown": "md", ".html": "html", ".htm": "html", ".json": "json"}


@click.command(
    "check",
    epilog="Examples:\n\n\b\n  policykg check\n  policykg check acme.txt --report acme.html\n"
    "  policykg check --format json > findings.json\n\n"
    "Exit codes: 0 no contravention, 1 at least one requirement fails, 2 usage or store error.",
)
@click.argument("policy", required=False)
@click.option("--report", "report_path", type=click.Path(dir_okay=False, writable=True, path_type=Path),
              help="Write the report to this file (format from --format, else from the suffix .md/.html/.json).")
@click.option("--format", "-f", "fmt", type=click.Choice(REPORT_FORMATS), default=None,
              help="Report format (default: from the --report suffix, else md).")
@click.option("--no-shacl", is_flag=True, help="Skip the SHACL shapes; run only the SPARQL requirements.")
@click.option("--quiet", "-q", is_flag=True, help="Print only the summary line, not the report.")
@click.pass_context
def check(ctx: click.Context, policy: str | None, report_path: Path | None, fmt: str | None, no_shacl: bool, quiet: bool) -> None:
    """Check POLICY (docid, file name, company or IRI; default: every policy) against PRC law.

    Findings (pass, fail = the policy says what the law does not allow, not-stated = the policy is
    silent where the law requires notice) are stored in the pkgr:compliance graph and reported per
    policy and requirement with the provisions and quotes.
    """
    chosen = fmt or (_SUFFIX_FORMAT.get(report_path.suffix.lower(), "md") if report_path else "md")
    with cli_store(ctx) as store:
        try:
            ensure_ontology_graph(store)  # judge with the legal layer of this version of policykg
            result = check_policies(store, policy=policy, shacl=not no_shacl)
        except CheckError as error:
            raise InputProblem(str(error)) from error
        labels = provision_labels(store)
        from policykg.reviews.check_notes import review_section

        reviewed = review_section(store, chosen)  # reviewers' verdicts on these findings, beside the checker's
    text = render_report(result, fmt=chosen, labels=labels)
    if reviewed:
        text = text.replace("</body>", reviewed + "</body>", 1) if chosen == "html" and "</body>" in text else text + reviewed
    counts = result.counts()
    summary = (f"{len(result.policies)} policies checked: {counts['fail']} fail, "
               f"{counts['not-stated']} not stated, {counts['pass']} pass")
    if report_path is not None:
        try:
            report_path.write_text(text, encoding="utf-8")
        except OSError as error:
            raise InputProblem(f"{report_path}: cannot write the report ({error.strerror}); choose another path") from error
        click.echo(f"report written to {report_path}", err=True)
    elif not quiet:
        click.echo(text, nl=False)
    click.echo(summary, err=True)
    ctx.exit(1 if result.failed else 0)
