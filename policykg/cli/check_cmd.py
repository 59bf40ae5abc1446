"""``policykg check`` (judge policies against the requirement model) and ``policykg evaluate-findings``."""
from __future__ import annotations

import io
import json
import sys
from datetime import date
from pathlib import Path

import click

from policykg.cli.common import InputProblem, cli_store
from policykg.cli.progress import StageProgress
from policykg.cli.update_probe import ensure_updates_accepted
from policykg.compliance.check import CheckError, check_policies
from policykg.compliance.report import REPORT_FORMATS, ReportWriter, provision_labels
from policykg.reviews.verdicts import reviewed_in
from policykg.store.ontology_graph import ensure_ontology_graph
from policykg.store.sparql_store import SparqlStore

_SUFFIX_FORMAT = {".md": "md", ".markdown": "md", ".html": "html", ".htm": "html", ".json": "json"}


def _as_of(_ctx, _param, value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as error:
        raise click.BadParameter(f"{value!r} is not a date (YYYY-MM-DD)") from error


@click.command(
    "check",
    epilog="Examples:\n\n\b\n  policykg check\n  policykg check acme.txt --report acme.html\n"
    "  policykg check --format findings-json --out findings.json\n  policykg check --as-of 2020-12-31\n\n"
    "Exit codes: 0 no adverse finding under a statute, 1 at least one contravention or omission of law "
    "(a reviewer's corrected verdict counts in place of the checker's), 2 usage or store error.",
)
@click.argument("policy", required=False)
@click.option("--report", "--out", "report_path", type=click.Path(dir_okay=False, writable=True, path_type=Path),
              help="Write the report to this file (format from --format, else from the suffix .md/.html/.json).")
@click.option("--format", "-f", "fmt", type=click.Choice(REPORT_FORMATS), default=None,
              help="md, html, json (= findings-json: policy-findings/1, every key for every policy).")
@click.option("--as-of", "as_of", callback=_as_of, default=None, metavar="YYYY-MM-DD",
              help="Judge every policy at this date instead of its own stated date (else today).")
@click.option("--no-shacl", is_flag=True, hidden=True, help="Accepted for compatibility; the checks no longer use SHACL.")
@click.option("--quiet", "-q", is_flag=True, help="Print only the summary line, not the report.")
@click.option("--progress/--no-progress", default=None, help="Show progress on stderr (default: when checking 50+ policies).")
@click.option("--jobs", "-j", type=click.IntRange(1, 64), default=1, show_default=True,
              help="Judge the policies in this many worker processes (the store is read and written by one).")
@click.pass_context
def check(ctx: click.Context, policy: str | None, report_path: Path | None, fmt: str | None, as_of: date | None,
          no_shacl: bool, quiet: bool, progress: bool | None, jobs: int) -> None:
    """Check POLICY (docid, file name, company or IRI; default: every policy) against PRC law.

    Every policy is judged on the 21 requirements of the model (ontology/requirements) at its own date
    (its stated date, else today) under only the law then in force: contravention, omission, met,
    not-applicable or review, each with severity (law or standard), the act or edition applied, a
    one-sentence reason and the quoted sentences. Findings are stored in the pkgr:compliance graph.
    Where a reviewer corrected a verdict (policykg serve --allow-review), the reviewer's verdict and
    reason stand in the stored findings, the report, findings-json and the exit code.
    """
    chosen = fmt or (_SUFFIX_FORMAT.get(report_path.suffix.lower(), "md") if report_path else "md")
    with cli_store(ctx) as store, StageProgress() as stages:
        if isinstance(store, SparqlStore):  # find out before the long work whether the server takes the findings
            stages.say("checking that the server accepts updates")
            ensure_updates_accepted(store)
        try:
            stages.say("loading the legal layer")
            ensure_ontology_graph(store)  # judge with the legal layer of this version of policykg
            writer = ReportWriter(chosen, provision_labels(store)) if report_path is not None or not quiet else None
            result = check_policies(store, policy=policy, as_of=as_of, jobs=jobs, keep=False,
                                    sinks=[writer.add] if writer else [],
                                    on_progress=None if progress is False else stages)
        except CheckError as error:
            raise InputProblem(str(error)) from error
        from policykg.reviews.check_notes import review_section

        reviewed = review_section(store, chosen)  # reviewers' verdicts on these findings, beside the checker's
    c = result.counts()
    summary = (f"{len(result.policies)} policies checked: {c['contravention']} contravention, {c['omission']} omission, "
               f"{c['met']} met, {c['not-applicable']} not applicable, {c['review']} review")
    if writer is not None:
        with writer:
            marked = None
            if chosen in ("json", "findings-json") and reviewed_in(result):  # mark which verdicts are a reviewer's
                from policykg.reviews.verdicts import mark_reviewed_json

                whole = io.StringIO()
                writer.finish(whole, reviewed)
                marked = mark_reviewed_json(whole.getvalue(), result)

            def emit(out) -> None:
                if marked is not None:
                    out.write(marked)
                else:
                    writer.finish(out, reviewed)

            if report_path is not None:
                try:
                    with report_path.open("w", encoding="utf-8") as out:
                        emit(out)
                except OSError as error:
                    raise InputProblem(f"{report_path}: cannot write the report ({error.strerror}); choose another path") from error
                click.echo(f"report written to {report_path}", err=True)
            else:
                emit(sys.stdout)
                sys.stdout.flush()
    click.echo(summary, err=True)
    ctx.exit(1 if result.failed else 0)


@click.command(
    "evaluate-findings",
    epilog="Example:\n\n\b\n  policykg evaluate-findings --gold gold/ findings.json\n\n"
    "Exit codes: 0 scored, 2 a file is missing or unreadable.",
)
@click.option("--gold", "gold", required=True, type=click.Path(exists=True, path_type=Path),
              help="A policy-findings/1 gold file, or a folder of them.")
@click.argument("findings", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
@click.pass_context
def evaluate_findings(ctx: click.Context, gold: Path, findings: Path, as_json: bool) -> None:
    """Score FINDINGS (policy-findings/1, e.g. from 'check --format findings-json') against --gold.

    Adverse (contravention or omission) precision, recall and F1 over every (policy, key) whose gold
    verdict is not review, exact-verdict accuracy, false assurance (met or not-applicable where the gold
    is adverse) and evidence (quotes of found contraventions that contain, or lie in, a gold quote).
    """
    from policykg.compliance.findings_json import FindingsFileError, load_findings, score, score_lines

    try:
        result = score(load_findings(gold), load_findings(findings))
    except FindingsFileError as error:
        raise InputProblem(str(error)) from error
    if as_json:
        click.echo(json.dumps(result, indent=1))
    else:
        click.echo("\n".join(score_lines(result)))
    sys.stdout.flush()
