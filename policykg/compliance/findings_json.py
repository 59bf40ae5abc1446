"""Write check results as ``policy-findings/1`` (every key for every policy, with severity, edition,
reason and quotes) and score such a file against gold, the way the project's evaluation does."""
from __future__ import annotations

import json
import re
from pathlib import Path

from policykg.compliance.check import PolicyFindings
from policykg.compliance.model import provision_label
from policykg.compliance.verdicts import ADVERSE, VERDICTS

FORMAT = "policy-findings/1"


def findings_json_policy(r: PolicyFindings, labels: dict[str, str] | None = None) -> dict:
    """One policy's record: every key with verdict, severity, law, provisions, quotes and note."""
    findings = []
    for j in r.judgements:
        v = j.result
        findings.append({
            "requirement": j.requirement.key, "verdict": v.verdict, "severity": j.severity,
            "law": j.applied.source.label if j.applied.source else None,
            "applied_source": j.applied.source.iri if j.applied.source else None,
            "provisions": [provision_label(p, labels) for p in j.applied.provisions],
            "quotes": [s.text for s in v.quotes],
            "quote_offsets": [[s.start, s.end] for s in v.quotes],
            "note": v.reason,
        })
    return {"file": r.policy.file or r.policy.docid, "docid": r.policy.docid,
            "publisher": r.policy.company or None, "as_of": r.as_of.isoformat(),
            "as_of_source": r.as_of_source, "findings": findings}


class FindingsFileError(ValueError):
    """A findings file cannot be read; the message names the file and the problem."""


def load_findings(path: Path) -> dict[str, dict[str, dict]]:
    """file name -> key -> finding, from a policy-findings/1 file or a folder of them."""
    files = sorted(path.glob("*.json")) if path.is_dir() else [path]
    if not files:
        raise FindingsFileError(f"{path}: no .json files")
    out: dict[str, dict[str, dict]] = {}
    for f in files:
        try:
            doc = json.loads(f.read_text(encoding="utf-8"))
            records = doc.get("policies", [])
            for rec in records:
                out[Path(rec["file"]).name] = {x["requirement"]: x for x in rec.get("findings", []) if x.get("verdict") in VERDICTS}
        except (OSError, ValueError, KeyError, AttributeError, TypeError) as error:
            raise FindingsFileError(f"{f}: not a readable policy-findings/1 file ({error})") from error
    return out


def _squash(s: str | None) -> str:
    return re.sub(r"\s+", "", s or "")


def _evidence_ok(gold: dict, pred: dict) -> bool | None:
    gq = [_squash(q) for q in gold.get("quotes") or [] if q]
    pq = [_squash(q) for q in pred.get("quotes") or [] if q]
    if not gq:
        return None
    return any(a in b or b in a for a in gq for b in pq if a and b)


def score(gold: dict[str, dict[str, dict]], pred: dict[str, dict[str, dict]]) -> dict:
    """Adverse precision/recall/F1, exact verdict, false assurance and evidence, overall and per key.

    Gold ``review`` findings are not scored; a contravention for a gold omission (or the reverse) counts as
    found. False assurance: ``met`` or ``not-applicable`` predicted where the gold is adverse.
    """
    tp = fp = fn = exact = scored = assurance = gold_adverse = ev_hits = ev_n = 0
    per_key: dict[str, list[int]] = {}
    for name, g in sorted(gold.items()):
        p = pred.get(name, {})
        for key, gf in g.items():
            gv = gf["verdict"]
            if gv == "review":
                continue
            pf = p.get(key, {})
            pv = pf.get("verdict")
            scored += 1
            exact += pv == gv
            k = per_key.setdefault(key, [0, 0, 0])
            if gv in ADVERSE:
                gold_adverse += 1
                if pv in ADVERSE:
                    tp += 1; k[0] += 1
                    if gv == "contravention":
                        ok = _evidence_ok(gf, pf)
                        if ok is not None:
                            ev_n += 1; ev_hits += ok
                else:
                    fn += 1; k[2] += 1
                    assurance += pv in ("met", "not-applicable")
            elif pv in ADVERSE:
                fp += 1; k[1] += 1
    P = tp / (tp + fp) if tp + fp else 1.0
    R = tp / (tp + fn) if tp + fn else 1.0
    return {
        "P": P, "R": R, "F1": 2 * P * R / (P + R) if P + R else 0.0, "exact": exact / scored if scored else 1.0,
        "false_assurance": assurance / gold_adverse if gold_adverse else 0.0,
        "evidence": ev_hits / ev_n if ev_n else 1.0, "tp": tp, "fp": fp, "fn": fn, "policies": len(gold),
        "per_key": {k: {"found": a, "wrong": b, "missed": c} for k, (a, b, c) in sorted(per_key.items())},
    }


def score_lines(s: dict) -> list[str]:
    lines = [f"{k:26s} found {v['found']:3d}  wrong {v['wrong']:3d}  missed {v['missed']:3d}" for k, v in s["per_key"].items()]
    lines.append(f"findings adverse P {s['P']:.3f} R {s['R']:.3f} F1 {s['F1']:.3f}, exact {s['exact']:.3f}, "
                 f"false-assurance {s['false_assurance']:.3f}, evidence {s['evidence']:.3f} over {s['policies']} policies")
    return lines
