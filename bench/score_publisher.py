"""Score the publisher (company) extractor on real policies with a known publisher.

Why: the publisher is the fact a lawyer checks first, and a wrong company is worse than none. This
script runs only the reader and the company extractor (seconds, not a full ingest) and prints, per
set, how many publishers are right, wrong and missing, with each wrong one and its evidence quote.

Gold sets (read at run time from the shared evaluation folder; nothing of them is copied here):
- ``seeds``: ``seeds-gold.json`` ``company`` for the seed policies;
- ``findings``: the legal names a lawyer quoted for ``handler-identity`` in ``findings-dev``;
- ``labels``: any ``{"file": ..., "company": ... | null}`` JSON list given with ``--labels``
  (a hand reading of corpus policies, kept outside the project because it quotes their names),
  resolved against ``--policies`` folders.

A prediction counts as right by the FORMAT.md company rule (``company_matches``); a gold of null
(the policy names no publisher) is right only when the prediction is null too.

Examples::

    .venv/bin/python bench/score_publisher.py
    .venv/bin/python bench/score_publisher.py --labels /work/notes/labels.json \\
        --policies ../shared/eval/external/ca4p-dev/policies --verbose
    .venv/bin/python bench/score_publisher.py --dump ../shared/eval/external/ca4p-dev/policies
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

# ../shared from the repository (a worktree one level deeper has it at ../../shared)
REPO = Path(__file__).resolve().parents[1]
SHARED = next((p for p in (REPO.parent / "shared" / "eval", REPO.parent.parent / "shared" / "eval") if p.exists()),
              REPO.parent / "shared" / "eval")
LEAD_WORD = re.compile(r"^(?:由|指|是|为|系|即)")  # a verb or copula glued before the name in a note
CJK_NAME = re.compile(r"[\u3400-\u9fff（）()A-Za-z0-9]{2,40}?(?:股份有限公司|有限责任公司|有限公司)")


def _predict(path: Path) -> tuple[str | None, str]:
    """(publisher name or None, the evidence line around it)."""
    name, evidence, _ = _predict_with_language(path)
    return name, evidence


def _predict_with_language(path: Path) -> tuple[str | None, str, str]:
    """(publisher name or None, the evidence line around it, the document's language)."""
    from policykg.ingest.extract import ExtractionContext
    from policykg.ingest.extract.company import extract_company
    from policykg.ingest.read import read_document
    from policykg.ingest.segment import segment

    document = read_document(path)
    context = ExtractionContext(document=document, segments=tuple(segment(document)))
    company = extract_company(context)
    if company is None:
        return None, "", document.language
    text = document.text
    start = max(text.rfind("\n", 0, company.span.start) + 1, company.span.start - 60)
    end = text.find("\n", company.span.end)
    end = min(end if end >= 0 else len(text), company.span.end + 60)
    return company.name, text[start:end].strip(), document.language


def _seeds_gold(shared: Path) -> dict[Path, str | None]:
    gold = json.loads((shared / "seeds-gold.json").read_text(encoding="utf-8"))
    seeds = shared.parent / "seeds"
    return {seeds / p["file"]: p.get("company") for p in gold["policies"]}


def _findings_gold(shared: Path) -> dict[Path, str | None]:
    """Legal names quoted for handler-identity; ca4p records only (the seeds are scored above)."""
    out: dict[Path, str | None] = {}
    for path in sorted((shared / "findings-dev").glob("ca4p-*.json")):
        for record in json.loads(path.read_text(encoding="utf-8"))["policies"]:
            for finding in record["findings"]:
                if finding["requirement"] != "handler-identity":
                    continue
                names = CJK_NAME.findall(" ".join(finding.get("quotes", [])) + " " + finding.get("note", ""))
                names = [LEAD_WORD.sub("", n) for n in names]
                if names:
                    out[shared / "external" / "ca4p-dev" / "policies" / record["file"]] = names[0]
    return out


def _labels_gold(labels: Path, folders: list[Path]) -> dict[Path, str | None]:
    out: dict[Path, str | None] = {}
    for item in json.loads(labels.read_text(encoding="utf-8")):
        for folder in folders:
            if (folder / item["file"]).exists():
                out[folder / item["file"]] = item.get("company")
                break
        else:
            sys.exit(f"{labels}: {item['file']} is in none of the --policies folders")
    return out


def _score(name: str, gold: dict[Path, str | None], verbose: bool,
           recorded: dict[str, dict] | None = None) -> tuple[int, int, int, int]:
    from policykg.ingest.evaluate import company_matches

    right = wrong = missing = false_alarm = 0
    by_language: dict[str, list[int]] = {}  # language -> [right, total]
    for path, expected in sorted(gold.items()):
        if recorded is not None and path.name in recorded:
            predicted, evidence = recorded[path.name]["company"], recorded[path.name].get("evidence", "")
            language = recorded[path.name].get("language", "?")
        else:
            predicted, evidence, language = _predict_with_language(path)
        alternatives = expected.split("|") if expected else [expected]  # gold "A|B": either is right
        tally = by_language.setdefault(language, [0, 0])
        tally[1] += 1
        if any(company_matches(a, predicted) for a in alternatives):
            right += 1
            tally[0] += 1
            continue
        if predicted is None:
            missing += 1
            kind = "MISSING"
        elif expected is None:
            false_alarm += 1
            kind = "NAMED-WHERE-NONE"
        else:
            wrong += 1
            kind = "WRONG"
        if verbose:
            print(f"  {kind:16} {path.name}: gold={expected!r} predicted={predicted!r}\n      | {evidence}")
    total = len(gold)
    print(f"{name:10} right {right}/{total} = {right / total if total else 0:.3f}   wrong {wrong}   "
          f"missing {missing}   named-where-none {false_alarm}")
    if len(by_language) > 1:
        print("           " + "   ".join(f"{lang} {r}/{t} = {r / t:.3f}" for lang, (r, t) in sorted(by_language.items())))
    return right, wrong, missing, false_alarm


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", type=Path, default=SHARED, help="the shared eval folder (default ../shared/eval)")
    parser.add_argument("--labels", type=Path, help="extra hand labels: JSON list of {file, company}")
    parser.add_argument("--policies", type=Path, action="append", default=[], help="folders the --labels files are in")
    parser.add_argument("--dump", type=Path, action="append", default=[], help="print every prediction for a folder (for reading)")
    parser.add_argument("--predictions", type=Path, action="append", default=[],
                        help="score a recorded --dump (JSON lines) instead of running the extractor (a before figure)")
    parser.add_argument("--verbose", "-v", action="store_true", help="print each error with its evidence line")
    args = parser.parse_args(argv)
    if args.dump:
        for folder in args.dump:
            for path in sorted(p for p in folder.iterdir() if p.is_file()):
                predicted, evidence, language = _predict_with_language(path)
                print(json.dumps({"file": path.name, "company": predicted, "evidence": evidence, "language": language},
                                 ensure_ascii=False))
        return 0
    shared = args.shared.resolve()
    if not (shared / "seeds-gold.json").exists():
        print(f"{shared}: no seeds-gold.json there; give --shared", file=sys.stderr)
        return 2
    recorded: dict[str, dict] | None = None
    if args.predictions:
        recorded = {}
        for dump in args.predictions:
            for line in dump.read_text(encoding="utf-8").splitlines():
                item = json.loads(line)
                recorded[item["file"]] = item
    totals = [0, 0, 0, 0]
    sets = [("seeds", _seeds_gold(shared)), ("findings", _findings_gold(shared))]
    if args.labels:
        sets.append(("labels", _labels_gold(args.labels, args.policies)))
    for name, gold in sets:
        for i, n in enumerate(_score(name, gold, args.verbose, recorded)):
            totals[i] += n
    total = sum(totals)
    print(f"{'all':10} right {totals[0]}/{total} = {totals[0] / total if total else 0:.3f}   wrong {totals[1]}   "
          f"missing {totals[2]}   named-where-none {totals[3]}")
    return 0 if totals[1] + totals[3] == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
