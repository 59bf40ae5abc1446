"""``policykg reviews``: list reviews (orphans first), re-anchor them, export reviewed policies as gold."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from policykg.cli.common import cli_store


@click.group("reviews")
def reviews() -> None:
    """Expert reviews of facts and findings (recorded in the workbench pages, `serve --allow-review`)."""


@reviews.command("list")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per review.")
@click.option("--record/--no-record", default=False,
              help="Store each review's anchoring outcome in pkgr:reviews (needs the store for writing).")
@click.pass_context
def list_cmd(ctx: click.Context, as_json: bool, record: bool) -> None:
    """Every review and where it stands on the newest version of its policy: anchored, moved,
    ambiguous or orphaned (orphaned, ambiguous and moved first: they need a reviewer). Exit 1 when
    any review is orphaned or ambiguous."""
    from policykg.reviews.listing import list_reviews
    from policykg.workbench.labels import Labels

    with cli_store(ctx, read_only=not record) as store:
        rows = list_reviews(store, Labels(store), record=record)
    problems = 0
    for item in rows:
        review, applied = item.review, item.applied
        status = applied.anchoring.status if applied else "orphaned"
        note = (applied.anchoring.note if applied else "the policy is no longer in the store") or ""
        if status in ("orphaned", "ambiguous") or (applied and applied.anchoring.target is None):
            problems += 1
        if as_json:
            click.echo(json.dumps({
                "review": str(review.iri), "status": status, "note": note, "policy": item.current, "file": review.source_name,
                "action": review.action, "field": review.field, "value": review.value, "new_value": review.new_value,
                "reviewer": review.reviewer, "created": review.created, "quote": review.exact,
                "applies_to": applied.anchoring.target if applied else None,
            }, ensure_ascii=False))
        else:
            what = f"{review.action} {review.field}" + (f" {review.value.rsplit('/', 1)[-1]}" if review.value else "")
            if review.new_value:
                what += f" -> {review.new_value.rsplit('/', 1)[-1]}"
            click.echo(f"{status:9} {review.source_name}  {what}  ({review.reviewer}, {review.created})"
                       + (f"  [{note}]" if note else ""))
    if not rows:
        click.echo("no reviews", err=True)
    sys.exit(1 if problems else 0)


@reviews.command("export")
@click.option("--out", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="The policy-facts/1 gold file; the findings go beside it as NAME.findings.json (policy-findings/1).")
@click.pass_context
def export_cmd(ctx: click.Context, out: Path) -> None:
    """Write the reviewed policies as gold: their facts (policy-facts/1) and findings (policy-findings/1),
    reviewers' values winning, so `policykg evaluate --gold OUT` scores an extractor against your team's reviews."""
    from policykg.ingest.facts import FORMAT, export_facts
    from policykg.reviews.facts import apply_to_findings, reviewed_views
    from policykg.workbench.labels import Labels

    with cli_store(ctx, read_only=True) as store:
        document = export_facts(store, reviewed=True)
        labels = Labels(store)
        reviewed = [r for r in document["policies"] if r.get("reviewed", {}).get("reviews")]
        views = reviewed_views(store, reviewed, labels)
        findings = []
        for record in reviewed:
            view, index = views[record["policy"]]
            findings.append({"file": record["file"], "policy": record["policy"], "language": record["language"],
                             "findings": apply_to_findings(view.findings, index)})
    gold = {"format": FORMAT, "source": "policykg reviews export", "policies": [_gold_record(r) for r in reviewed]}
    out.write_text(json.dumps(gold, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    findings_path = out.with_name(out.stem + ".findings.json")
    findings_path.write_text(json.dumps({"format": "policy-findings/1", "source": "policykg reviews export",
                                         "policies": findings}, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    click.echo(f"{len(reviewed)} reviewed polic{'y' if len(reviewed) == 1 else 'ies'}: {out} and {findings_path}", err=True)
    if not reviewed:
        sys.exit(1)


def _gold_record(record: dict) -> dict:
    """The record as gold: the reviewers' names kept, the bookkeeping of this store dropped."""
    gold = dict(record)
    gold["reviewed_by"] = gold.pop("reviewed", {}).get("by", [])
    return gold
