"""`policykg demo`: the main job on the built-in sample policies, end to end.

Ingests the fictional sample policies (five languages), scores the facts against their gold,
asks a few cross-policy questions, runs the compliance checks and writes the outputs into one
folder, printing the commands a user would run next.
"""
from __future__ import annotations

import json
from pathlib import Path

import click

from policykg.cli.common import store_errors
from policykg.cli.terminal import output_console, section

DEMO_QUERIES: tuple[tuple[str, dict[str, str]], ...] = (
    ("companies-collecting-category", {"category": "pd/Contact"}),
    ("disclosure-beyond-gbt", {}),
    ("sharing-without-separate-consent", {}),
    ("implied-consent", {}),
)


@click.command()
@click.option("--out", "out_dir", default="policykg-demo", show_default=True, type=click.Path(file_okay=False, path_type=Path),
              help="Folder for the demo's store and outputs.")
@click.pass_context
def demo(ctx: click.Context, out_dir: Path) -> None:
    """Run policykg on its built-in sample policies and write the results to --out.

    Uses its own store in OUT/store unless `policykg --store ...` names one.
    """
    from policykg.compliance.check import check_policies
    from policykg.compliance.report import provision_labels, render_report
    from policykg.ingest.evaluate import format_table, score
    from policykg.ingest.facts import export_facts
    from policykg.ingest.pipeline import ingest_paths
    from policykg.queries.formatting import format_result
    from policykg.queries.runner import run_query
    from policykg.samples import gold_path, sample_dir, sample_paths
    from policykg.export.kinds import run_export
    from policykg.store import open_store
    from policykg.viz.formats import write_view

    console = output_console()
    out_dir.mkdir(parents=True, exist_ok=True)
    location = (ctx.find_root().obj or {}).get("store_location") or str(out_dir / "store")
    with store_errors(), open_store(location) as store:
        section(console, "1. ingest the built-in sample policies")
        console.print(f"from {sample_dir()} into the store at {location}")
        report = ingest_paths(sample_paths(), store=store)
        for outcome in report.outcomes:
            mark = "[green]ok[/green]" if outcome.ok else "[red]failed[/red]"
            console.print(f"  {mark} {Path(outcome.source).name:42} {outcome.language or '':3} {outcome.company or outcome.error or ''}")
        console.print(f"{len(report.succeeded)} policies, {report.seconds:.1f} s")

        section(console, "2. facts read back from the graph, scored against the samples' gold")
        facts = export_facts(store)
        facts_path = out_dir / "facts.json"
        facts_path.write_text(json.dumps(facts, ensure_ascii=False, indent=2), encoding="utf-8")
        gold = json.loads(gold_path().read_text(encoding="utf-8"))
        console.print(format_table(score(gold, facts), by="field"), markup=False, highlight=False)

        section(console, "3. cross-policy questions from the catalogue")
        for name, params in DEMO_QUERIES:
            result = run_query(store, name, params=params)
            console.print(f"[bold]{name}[/bold] {' '.join(f'{k}={v}' for k, v in params.items())}: {len(result.rows)} rows")
            console.print(format_result(result, fmt="table", max_cell=60 if console.is_terminal else None), markup=False, highlight=False)

        section(console, "4. compliance checks against PRC law")
        result = check_policies(store)
        report_path = out_dir / "compliance.md"
        report_path.write_text(render_report(result, fmt="md", labels=provision_labels(store)), encoding="utf-8")
        counts = result.counts()
        console.print(f"{counts['contravention']} contraventions, {counts['omission']} omissions, {counts['met']} met, "
                      f"{counts['review']} for review -> {report_path}")

        section(console, "5. views of the graph and exports for research")
        for view, name in (("company-category", "company-category.html"), ("sharing", "sharing.html"),
                           ("conditions-law", "conditions-law.html"), ("company-category", "company-category.png")):
            graph = write_view(store, view, out_dir / name)
            console.print(f"  {name:28} {graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges")
        for kind, name, policy in (("matrix", "matrix.xlsx", None), ("dossier", "dossier-qinghe.html", "zh_qinghe_ledger_app.txt"),
                                   ("citations", "citations.bib", None), ("trig", "graph.trig", None)):
            _, summary = run_export(store, kind, out_dir / name, policy=policy)
            console.print(f"  {name:28} {summary}")

    section(console, "next")
    store_option = f"--store {location}"
    console.print(
        f"outputs in {out_dir}/: facts.json, compliance.md, *.html views (open in a browser), matrix.xlsx, ...\n"
        f"  .venv/bin/policykg {store_option} queries\n"
        f"  .venv/bin/policykg {store_option} show zh_qinghe_ledger_app.txt\n"
        f"  .venv/bin/policykg {store_option} serve   # then open http://127.0.0.1:7878/",
        markup=False, highlight=False,
    )
