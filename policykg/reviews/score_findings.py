"""Scoring the checker's findings against reviewed ones (``policy-findings/1`` gold from
``policykg reviews export``): per requirement, is the checker's verdict the reviewer's?

Each gold finding (policy matched by file name, the newest version in the store) is paired with the
checker's finding of the same requirement key that quotes the same first passage; a finding without
a quote (an omission) is paired with the most severe verdict of that key (contravention, omission,
review, met, not-applicable). A gold finding the checker has no counterpart for counts as wrong.
"""
from __future__ import annotations

from collections import defaultdict
from typing import Any

from policykg.namespaces import sparql_prefixes
from policykg.store.base import Store
from policykg.workbench.findings import VERDICTS, read_findings

FORMAT = "policy-findings/1"
_ORDER = {v: n for n, v in enumerate(VERDICTS)}
_CURRENT = """SELECT ?policy ?file WHERE { ?policy a pkg:PrivacyPolicy ; pkg:fileName ?file .
  FILTER NOT EXISTS { ?newer pkg:previousVersion ?policy } }"""


def _checker_verdicts(store: Store, policies: list[str]) -> dict[str, str]:
    """finding IRI -> the checker's verdict, for findings whose stored verdict a reviewer set (``check``
    stores the reviewer's and keeps the checker's as ``pkg:checkerVerdict``): the score is the checker's."""
    if not policies:
        return {}
    values = " ".join(f"<{p}>" for p in policies)
    rows = store.select(sparql_prefixes() + "SELECT ?f ?v WHERE { GRAPH pkgr:compliance { VALUES ?policy { "
                        + values + " } ?f pkg:aboutPolicy ?policy ; pkg:checkerVerdict ?v } }")
    return {str(row["f"]): str(row["v"]) for row in rows}


def worst(verdicts: list[str]) -> str | None:
    return min(verdicts, key=lambda v: _ORDER.get(v, 9), default=None)


def score_findings(gold: dict[str, Any], store: Store) -> dict[str, Any]:
    """{"overall": {ok, n, accuracy}, "requirements": {key: {...}}, "pairs": [(file, key, gold, predicted)]}."""
    current = {str(row["file"]): str(row["policy"]) for row in store.select(sparql_prefixes() + _CURRENT)}
    wanted = [current[p["file"]] for p in gold.get("policies", []) if p.get("file") in current]
    predicted: dict[tuple[str, str], list[str]] = defaultdict(list)
    quoted: dict[tuple[str, str, str], str] = {}
    by_policy = {iri: file for file, iri in current.items()}
    checker = _checker_verdicts(store, wanted)
    for finding in read_findings(store, wanted, with_quotes=True):
        file = by_policy[finding.policy]
        verdict = checker.get(finding.iri, finding.verdict)  # the checker's own, where a reviewer's stands stored
        predicted[(file, finding.key)].append(verdict)
        if finding.quotes:
            quoted[(file, finding.key, finding.quotes[0].exact)] = verdict
    pairs = []
    for policy in gold.get("policies", []):
        for item in policy.get("findings", []):
            key, quotes = item["requirement"], item.get("quotes") or []
            got = quoted.get((policy["file"], key, quotes[0]["exact"])) if quotes else None
            if got is None:
                got = worst(predicted.get((policy["file"], key), []))
            pairs.append((policy["file"], key, item["verdict"], got))
    per_key: dict[str, dict[str, int]] = defaultdict(lambda: {"ok": 0, "n": 0})
    for _, key, want, got in pairs:
        per_key[key]["n"] += 1
        per_key[key]["ok"] += int(want == got)
    ok = sum(v["ok"] for v in per_key.values())
    return {
        "overall": {"ok": ok, "n": len(pairs), "accuracy": ok / len(pairs) if pairs else None},
        "requirements": {k: {**v, "accuracy": v["ok"] / v["n"]} for k, v in sorted(per_key.items())},
        "pairs": [{"file": f, "requirement": k, "gold": g, "predicted": p} for f, k, g, p in pairs],
    }


def format_findings_table(scores: dict[str, Any]) -> str:
    lines = [f"{'requirement':34} {'acc':>6} {'ok':>4} {'n':>4}"]
    for key, value in scores["requirements"].items():
        lines.append(f"{key:34} {value['accuracy']:6.3f} {value['ok']:4d} {value['n']:4d}")
    overall = scores["overall"]
    accuracy = f"{overall['accuracy']:.3f}" if overall["accuracy"] is not None else "-"
    lines.append(f"{'verdict accuracy':34} {accuracy:>6} {overall['ok']:4d} {overall['n']:4d}")
    lines += [f"  {p['file']}  {p['requirement']}: reviewer {p['gold']}, checker {p['predicted'] or 'none'}"
              for p in scores["pairs"] if p["gold"] != p["predicted"]]
    return "\n".join(lines)
