"""`policykg ingest`, `facts`, `evaluate` and `show`: thin commands over policykg.ingest."""
from __future__ import annotations

import contextlib
import json
import sys
import time
from pathlib import Path

import click
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from policykg.cli.common import InputProblem, cli_store, open_store_from_ctx, store_errors
from policykg.cli.terminal import output_console
from policykg.store.base import StoreError


@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--jobs", "-j", default=1, show_default=True, type=click.IntRange(1, 64), help="Worker processes for reading and extraction.")
@click.option("--batch-size", default=128, show_default=True, type=click.IntRange(1, 10_000), help="Policies written to the store at once (larger: faster, more memory; each policy is still whole or absent after a crash).")
@click.option("--max-size", default=20.0, show_default=True, type=click.FloatRange(0.001), metavar="MiB", help="Refuse files larger than this many mebibytes.")
@click.option("--file-timeout", default=60.0, show_default=True, type=click.FloatRange(0.1), metavar="SECONDS", help="Stop reading a file after this many seconds and report it as over budget; the others go on.")
@click.option("--max-memory", default=2048, show_default=True, type=click.IntRange(64), metavar="MIB", help="Memory one file may take while it is read (a worker's address-space cap); a file over it is reported and skipped.")
@click.option("--follow-links", is_flag=True, help="Follow symbolic links that point outside the folders given (by default they are skipped and named).")
@click.option("--emit", type=click.Choice(["nquads"]), help="Write one N-Quads file per policy into --out instead of the store (for bulk loaders).")
@click.option("--out", "out_dir", type=click.Path(file_okay=False, path_type=Path), help="Folder for --emit output.")
@click.option("--no-compact", is_flag=True, help="Do not compact the store afterwards (it is compacted when this run wrote at least a fifth of its policies; `policykg store compact` does it later).")
@click.option("--no-tables", is_flag=True, help="Do not bring the answer tables of the biggest catalogue questions up to date afterwards (they are built from 2,000 policies on; `policykg store tabulate` does it later).")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar and no summary table; errors are still printed.")
@click.pass_context
def ingest(
    ctx: click.Context, paths: tuple[Path, ...], jobs: int, batch_size: int, max_size: float,
    file_timeout: float, max_memory: int, follow_links: bool, emit: str | None, out_dir: Path | None, no_compact: bool, no_tables: bool, quiet: bool,
) -> None:
    """Ingest policy files or folders (text, HTML, PDF, DOCX) into the graph.

    Each policy becomes one named graph; re-ingesting the same document replaces its graph,
    and a changed document at the same path becomes a new version linked to the old one.
    A file that cannot be read is reported on one line and skipped; the others are ingested.
    Each file is read in a worker process with a deadline (--file-timeout) and a memory cap
    (--max-memory): a file that exceeds either, or whose worker dies, is one failed file.
    In folders, files of other formats, hidden entries and symbolic links that point outside
    the folder are skipped, each named with the reason (--follow-links follows such links;
    a link loop or a dangling link is reported as a failed path).
    After a large ingest into an on-disk store, its index files are compacted so that queries
    read fewer of them (--no-compact skips this), and the answer tables of the biggest catalogue
    questions are brought up to date (--no-tables skips this). Exit code 1 when any file failed.
    """
    from policykg.ingest.isolation import Budget
    from policykg.ingest.pipeline import emit_nquads, ingest_paths

    if emit and out_dir is None:
        raise click.UsageError("--emit nquads needs --out FOLDER for the .nq files")
    require_existing(paths)  # a mistyped path is an input error: say so before anything starts
    console = output_console(stderr=True)  # whole rows off a terminal (logs, pipes)
    store = open_store_from_ctx(ctx) if not emit else contextlib.nullcontext()
    progress = Progress(
        TextColumn("[bold]ingest"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(), TextColumn("{task.description}"),
        console=console, disable=quiet or not console.is_terminal,
    )
    lines = LineProgress(console) if not quiet and not console.is_terminal else None  # logs, CI, nohup
    with store_errors(), store, progress:
        task = progress.add_task("", total=None)

        def on_start(total: int) -> None:
            # the first policy takes seconds (vocabularies, lexicons, workers): say so, not just 0/N
            starting = f"starting: loading the vocabularies and lexicons, {jobs} worker{'s' if jobs > 1 else ''}"
            progress.update(task, total=total, description=starting)
            if lines:
                lines.total = total
                console.print(f"ingest: {total} files; {starting}", highlight=False)

        def on_progress(outcome) -> None:  # type: ignore[no-untyped-def]
            progress.advance(task)
            progress.update(task, description=Path(outcome.source).name[:40])
            if lines:
                lines.advance()
            if not outcome.ok:
                progress.console.print(f"[red]error[/red] {escape(one_line(outcome.error or ''))}", highlight=False, soft_wrap=True)
            elif outcome.status == "skipped" and not quiet:
                progress.console.print(f"[yellow]skipped[/yellow] {escape(one_line(outcome.source))}: {escape(one_line(outcome.note or ''))}",
                                       highlight=False, soft_wrap=True)

        max_bytes = int(max_size * 1024 * 1024)
        limits = dict(max_bytes=max_bytes, budget=Budget(seconds=file_timeout, memory_mib=max_memory), follow_links=follow_links)
        if emit:
            report = emit_nquads(paths, out_dir=out_dir, jobs=jobs, on_progress=on_progress, on_start=on_start, **limits)
        else:
            before = store.policy_count()
            try:
                report = ingest_paths(paths, store=store, jobs=jobs, batch_size=batch_size, on_progress=on_progress, on_start=on_start, **limits)
            except StoreError as error:
                raise StoreError(_partly_stored(error, store, before)) from error
            progress.stop()
            if not no_compact:
                _compact_after(console, store, report.written, quiet=quiet)
            if not no_tables:
                _tabulate_after(console, store, report.written, quiet=quiet)
            if report.written:
                _reanchor_reviews(console, store, quiet=quiet)
    if not quiet:
        _print_summary(console, report)
    if report.failed:
        ctx.exit(1)


def _partly_stored(error: StoreError, store, before: int) -> str:  # type: ignore[no-untyped-def]
    """A failed write (e.g. a full disk) only undoes its own batch: say how many policies this run did store."""
    text = str(error).replace("(nothing was changed)", "(the batch being written was not stored)")
    try:
        stored = store.policy_count() - before
    except StoreError:
        return f"{text}. Policies written by earlier batches of this run stay stored; run the same ingest again to finish"
    if stored <= 0:
        return f"{text}. Earlier batches of this run, if any, stay stored (replaced versions included)"
    return (f"{text}. That undid only the batch being written: {stored} policies from earlier batches of this run "
            "are stored; free some space and run the same ingest again to add the rest")


def require_existing(paths: tuple[Path, ...]) -> None:
    """Exit 2 naming the first path that does not exist (and the nearest names beside it)."""
    import difflib

    for path in paths:
        if path.exists():
            continue
        parent = path.parent if str(path.parent) else Path(".")
        siblings = [child.name for child in parent.iterdir()] if parent.is_dir() else []
        near = difflib.get_close_matches(path.name, siblings, n=3, cutoff=0.6)
        hint = f"; did you mean {', '.join(str(parent / name) for name in near)}?" if near else ""
        raise InputProblem(f"{path}: no such file or folder{hint} (nothing was ingested)")


def _reanchor_reviews(console: Console, store, *, quiet: bool) -> None:  # type: ignore[no-untyped-def]
    """Re-anchor every review on the newest version of its policy and record the outcome (a store
    without reviews costs one ASK); reviews that need a reviewer are counted, never dropped."""
    from policykg.namespaces import sparql_prefixes
    from policykg.reviews.listing import list_reviews
    from policykg.workbench.labels import Labels

    if not store.ask(sparql_prefixes() + "ASK { GRAPH pkgr:reviews { ?r a pkg:Review } }"):
        return
    listed = list_reviews(store, Labels(store), record=True)
    attention = [item for item in listed if item.applied is None or not item.applied.applies
                 or item.applied.anchoring.status != "anchored"]
    if attention and not quiet:
        console.print(f"reviews: {len(attention)} of {len(listed)} need a reviewer again (moved, ambiguous or orphaned): "
                      "policykg reviews list")


MAINTENANCE_WORTH_TELLING = 256 * 1024 * 1024  # store bytes from which compacting or updating tables takes seconds


def _compact_after(console: Console, store, written: int, *, quiet: bool) -> None:  # type: ignore[no-untyped-def]
    """Compact the store when this run wrote much of it (``compaction_worthwhile``)."""
    from policykg.ingest.pipeline import compaction_worthwhile

    if not store.compactable or not compaction_worthwhile(written, store.policy_count()):
        return
    size = store.disk_bytes()
    tell = not quiet and size >= MAINTENANCE_WORTH_TELLING  # a small store compacts in a blink: no news
    if tell:
        console.print(
            f"compacting the store's index files ({size / 1e9:.1f} GB) after writing {written} policies, "
            "so that queries read fewer files; a minute or two per 10 GB (--no-compact skips this)",
            highlight=False, soft_wrap=True,
        )
    started = time.perf_counter()
    try:
        store.compact()
    except StoreError as error:  # the policies are stored: say so, and how to finish later
        console.print(f"[yellow]warning[/yellow] the policies are stored, but {escape(str(error))}; "
                      "queries work, only slower: run `policykg store compact` later", highlight=False, soft_wrap=True)
        return
    if tell:
        console.print(f"compacted in {time.perf_counter() - started:.1f} s ({store.disk_bytes() / 1e9:.1f} GB)", highlight=False, soft_wrap=True)


def _tabulate_after(console: Console, store, written: int, *, quiet: bool) -> None:  # type: ignore[no-untyped-def]
    """Bring the answer tables up to date (``answer_tables.refresh_after_ingest``), saying so on a big store."""
    from policykg.queries.answer_tables import refresh_after_ingest

    if store.answers_file is None:
        return
    tell = not quiet and store.disk_bytes() >= MAINTENANCE_WORTH_TELLING
    started = time.perf_counter()
    say = (lambda message: console.print(message, highlight=False, soft_wrap=True)) if tell else None
    try:
        results = refresh_after_ingest(store, written, progress=say)
    except StoreError as error:  # the policies are stored: the questions are answered live meanwhile
        console.print(f"[yellow]warning[/yellow] the policies are stored, but {escape(str(error))}",
                      highlight=False, soft_wrap=True)
        return
    left = [result.name for result in results if result.how == "left outdated"]
    if tell and results:
        console.print(f"answer tables up to date in {time.perf_counter() - started:.1f} s", highlight=False, soft_wrap=True)
    if left and not quiet:
        console.print(f"{len(left)} answer tables that sum over all policies ({', '.join(left)}) were left for "
                      "`policykg store tabulate`; their questions are evaluated live until then",
                      highlight=False, soft_wrap=True)


def _print_counts(console: Console, report) -> None:  # type: ignore[no-untyped-def]
    """Files per status and language, for big batches (each failure was printed as it happened)."""
    counts: dict[tuple[str, str], int] = {}
    for outcome in report.outcomes:
        key = (outcome.status, outcome.language or "-")
        counts[key] = counts.get(key, 0) + 1
    table = Table(title=f"policykg ingest: {len(report.outcomes)} files", show_lines=False)
    for column in ("status", "lang", "files"):
        table.add_column(column)
    for (status, language), number in sorted(counts.items()):
        table.add_row(status, language, str(number))
    console.print(table)
    console.print("per-policy list: policykg query policies-overview --format csv", highlight=False)
    _print_totals(console, report)


def _print_totals(console: Console, report) -> None:  # type: ignore[no-untyped-def]
    rate = len(report.succeeded) / report.seconds if report.seconds else 0.0
    skipped = f"{len(report.skipped)} skipped, " if report.skipped else ""
    console.print(
        f"{len(report.succeeded)} ingested, {skipped}{len(report.failed)} failed, "
        f"{report.bytes / 1e6:.2f} MB in {report.seconds:.2f} s ({rate:.1f} policies/s)"
    )


def one_line(text: str) -> str:
    """Control characters (a newline in a file name, say) shown escaped, so one error stays one line."""
    return "".join(char if char.isprintable() else repr(char)[1:-1] for char in text)


class LineProgress:
    """Plain progress lines for a non-terminal stderr (a log file, CI): an hour-long ingest must show
    that it is alive and when it will end, without a bar's control codes."""

    def __init__(self, console: Console, *, every: float = 10.0) -> None:
        self.console, self.every = console, every
        self.total: int | None = None
        self.done = 0
        self.started = time.perf_counter()
        self.next_line = self.started + every

    def advance(self) -> None:
        self.done += 1
        now = time.perf_counter()
        if now < self.next_line and self.done != self.total:
            return
        self.next_line = now + self.every
        elapsed = now - self.started
        rate = self.done / elapsed if elapsed else 0.0
        of = f"/{self.total}" if self.total else ""
        eta = ""
        if self.total and rate and self.done < self.total:
            eta = f", about {(self.total - self.done) / rate / 60:.0f} min left"
        self.console.print(f"ingest: {self.done}{of} files, {elapsed:.0f} s, {rate:.1f} files/s{eta}", highlight=False)


SUMMARY_ROWS = 50  # a per-file table beyond this is noise: counts instead (the files are in the graph)


def _print_summary(console: Console, report) -> None:  # type: ignore[no-untyped-def]
    if len(report.outcomes) > SUMMARY_ROWS:
        _print_counts(console, report)
        return
    table = Table(title="policykg ingest", show_lines=False)
    for column in ("file", "status", "lang", "company", "facts", "docid"):
        table.add_column(column)
    for outcome in report.outcomes:
        if outcome.read:
            company = outcome.company or ""
            if outcome.note:  # a duplicate says which file it repeats
                company = f"({one_line(outcome.note)})"
            table.add_row(one_line(Path(outcome.source).name), outcome.status, outcome.language or "", company, str(outcome.statements), outcome.docid or "")
    console.print(table)
    _print_totals(console, report)


@click.command()
@click.option("--format", "fmt", type=click.Choice(["json", "jsonl"]), default="json", show_default=True, help="A policy-facts/1 document, or one record per line.")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), help="Write to this file instead of standard output.")
@click.option("--all-versions", is_flag=True, help="Include superseded versions of policies, not only the current ones.")
@click.option("--extracted", is_flag=True, help="The extractor's values only: ignore reviewers' corrections (pkgr:reviews).")
@click.pass_context
def facts(ctx: click.Context, fmt: str, out: Path | None, all_versions: bool, extracted: bool = False) -> None:
    """Export the facts of every policy as policy-facts/1, read from the graph with SPARQL.

    Reviewed values win over extracted ones; a reviewed record has a 'reviewed' key (who, how many)."""
    from policykg.ingest.facts import export_facts

    with cli_store(ctx, read_only=True) as store:
        document = export_facts(store, all_versions=all_versions, reviewed=not extracted)
    if fmt == "json":
        text = json.dumps(document, ensure_ascii=False, indent=2) + "\n"
    else:
        text = "".join(json.dumps(record, ensure_ascii=False) + "\n" for record in document["policies"])
    if out:
        out.write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)


@click.command()
@click.option("--gold", required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Gold annotations, policy-facts/1; or policy-findings/1 (policykg reviews export) to score the store's findings.")
@click.option("--policies", type=click.Path(exists=True, path_type=Path), help="Ingest these files into a temporary in-memory store and score them, leaving your store untouched.")
@click.option("--predicted", type=click.Path(exists=True, dir_okay=False, path_type=Path), help="Score this policy-facts/1 file instead of the store's facts.")
@click.option("--by", type=click.Choice(["field", "policy", "language", "all"]), default="all", show_default=True)
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
@click.pass_context
def evaluate(ctx: click.Context, gold: Path, policies: Path | None, predicted: Path | None, by: str, as_json: bool) -> None:
    """Score facts against gold annotations: P/R/F1 per list field, accuracy per scalar field.

    Implements the scoring of policy-facts/1 (alternatives "A|B", optional items, fields
    compared only where the gold is not null). Only policies named in the gold are scored.
    """
    from policykg.ingest.evaluate import format_table, score

    gold_doc = _load_json(gold)
    if isinstance(gold_doc, dict) and gold_doc.get("format") == "policy-findings/1":
        _evaluate_findings(ctx, gold_doc, policies=policies, predicted=predicted, as_json=as_json)
        return
    if predicted is not None:
        predicted_doc = _load_json(predicted)
    elif policies is not None:
        predicted_doc = _facts_of(policies)
    else:
        from policykg.ingest.facts import export_facts

        with cli_store(ctx, read_only=True) as store:
            predicted_doc = export_facts(store)
    scores = score(gold_doc, predicted_doc)
    if as_json:
        click.echo(json.dumps(scores.to_dict() if hasattr(scores, "to_dict") else scores, ensure_ascii=False, indent=2, default=str))
        return
    views = ["field", "policy", "language"] if by == "all" else [by]
    for view in views:
        click.echo(format_table(scores, by=view))
        click.echo()


def _evaluate_findings(ctx: click.Context, gold_doc: dict, *, policies: Path | None, predicted: Path | None,
                       as_json: bool) -> None:
    """policy-findings/1 gold (``policykg reviews export``): the store's findings, verdict per requirement."""
    from policykg.reviews.score_findings import format_findings_table, score_findings

    if policies is not None or predicted is not None:
        raise click.UsageError("policy-findings/1 gold is scored against the store's findings (run policykg check); "
                               "--policies and --predicted are for policy-facts/1")
    with cli_store(ctx, read_only=True) as store:
        scores = score_findings(gold_doc, store)
    if as_json:
        click.echo(json.dumps(scores, ensure_ascii=False, indent=2))
    else:
        click.echo(format_findings_table(scores))


def _facts_of(policies: Path) -> dict:
    from policykg.ingest.facts import export_facts
    from policykg.ingest.pipeline import ingest_paths
    from policykg.store.oxigraph_store import OxigraphStore

    with OxigraphStore(None) as store:
        report = ingest_paths([policies], store=store)
        for outcome in report.failed:
            click.echo(f"error: {outcome.error}", err=True)
        return export_facts(store)


def _load_json(path: Path) -> dict:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise click.ClickException(f"{path}: not a readable policy-facts/1 JSON file ({error})") from error


@click.command()
@click.argument("policy")
@click.option("--json", "as_json", is_flag=True, help="Print as JSON.")
@click.pass_context
def show(ctx: click.Context, policy: str, as_json: bool) -> None:
    """Show every fact the graph holds for POLICY (a file name, docid or IRI), each with its quote."""
    from dataclasses import asdict

    from policykg.ingest.show import describe_policy

    with cli_store(ctx, read_only=True) as store:
        view = describe_policy(store, policy)
    if as_json:
        click.echo(json.dumps(asdict(view), ensure_ascii=False, indent=2))
        return
    console = output_console()
    console.print(f"[bold]{view.file}[/bold]  {view.policy}")
    console.print(f"company: {view.company or '(not found)'}   language: {view.language}   updated: {view.modified or '(not stated)'}")
    if view.company_quote:
        console.print(f"  publisher named in: {view.company_quote}  [{view.company_start}-{view.company_end}]", markup=False)
    table = Table(show_lines=True)
    table.add_column("fact")
    table.add_column("values")
    table.add_column("quote (offsets)")
    for fact in view.facts:
        marker = {"negative": "NOT ", "conditional": "ONLY IF "}.get(fact.polarity, "")
        kind = marker + fact.kind.removesuffix("Statement")
        table.add_row(kind, ", ".join(fact.values), f"{fact.quote}  [{fact.start}-{fact.end}]")
    console.print(table)
