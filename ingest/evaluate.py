"""The official policy-facts/1 scorer (shared FORMAT.md, "Scoring").

Gold and predicted documents are matched by ``file``. List fields get micro precision/recall/F1
over all records, where a gold item "A|B" is matched when any alternative is predicted (counting
once) and items under a gold record's ``optional`` are neither false positives nor false
negatives. Boolean and object fields get accuracy; ``retention.kind``,
``cross_border.storage_location`` and ``minors.age`` are compared only where gold is not null;
contacts compare as sets of normalised e-mails and digits-only phones. Company names match after
case folding and dropping punctuation and legal-form words, or when one contains the other.

Example::

    scores = score(json.load(open("gold.json")), json.load(open("pred.json")))
    print(format_table(scores, by="field"))
"""
from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from policykg.ingest.record import FORMAT, LIST_FIELDS

SCALAR_FIELDS: tuple[str, ...] = (
    "retention.stated",
    "retention.kind",
    "retention.period",
    "cross_border.mentioned",
    "cross_border.storage_location",
    "minors.mentioned",
    "minors.age",
    "cookies",
    "cookie_control",
    "contacts.emails",
    "contacts.phones",
    "incident_notification",
    "policy_change_notice",
    "implied_consent",
    "sells_data",
    "last_updated",
)
# compared only where the gold value is not null (FORMAT.md)
NULL_SKIPPED = frozenset({"retention.kind", "cross_border.storage_location", "minors.age"})
LEGAL_FORM_WORDS = frozenset(
    "co ltd inc llc gmbh limited corp corporation company plc pte sa sl srl sas ag bv oy ab kg "
    "mmc asc qsc ооо оао зао пао ао сао спао ип ко лтд инк осоо тоо ltda eirl sac sau slu spa cv sapi".split()
)
# legal forms written out in words: "Общество с ограниченной ответственностью «X»" is "ООО «X»"
LEGAL_FORM_PHRASES = re.compile(
    r"\b(?:страховое\s+)?(?:(?:публичное|открытое|закрытое|непубличное)\s+)?акционерное\s+общество\b"
    r"|\bиндивидуальный\s+предприниматель\b"
    r"|\b(?:общество|товарищество)\s+с\s+ограниченной\s+ответственностью\b"
    r"|\b(?:açıq|qapalı)\s+səhmdar\s+cəmiyyəti?\b|\bməhdud\s+məsuliyyətli\s+cəmiyyəti?\b"
    r"|\bsociedad\s+(?:an[oó]nima|limitada|de\s+responsabilidad\s+limitada)\b"
)
CJK_LEGAL_FORMS = ("股份有限公司", "有限责任公司", "有限公司", "集团", "公司")
_MISSING = object()


class FactsFileError(Exception):
    """A facts file cannot be scored; the message names the file and what to fix."""


@dataclass(frozen=True)
class ListScore:
    """Micro counts for one list field."""

    field: str
    tp: int
    fp: int
    fn: int

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        if self.tp + self.fp + self.fn == 0:
            return 1.0  # nothing expected and nothing predicted
        return 2 * self.tp / (2 * self.tp + self.fp + self.fn)


@dataclass(frozen=True)
class Accuracy:
    """How many compared records agree on one scalar field."""

    field: str
    correct: int
    total: int

    @property
    def accuracy(self) -> float | None:
        return self.correct / self.total if self.total else None


@dataclass(frozen=True)
class GroupScores:
    """Scores over a group of records: all of them, one policy, or one language."""

    name: str
    records: int
    lists: tuple[ListScore, ...]
    scalars: tuple[Accuracy, ...]
    company: Accuracy
    language: Accuracy

    @property
    def macro_f1(self) -> float:
        """Mean F1 over the list fields."""
        return sum(s.f1 for s in self.lists) / len(self.lists)

    @property
    def micro(self) -> ListScore:
        """All list items of all fields pooled."""
        return ListScore("all", *(sum(getattr(s, a) for s in self.lists) for a in ("tp", "fp", "fn")))

    @property
    def scalar_accuracy(self) -> float | None:
        """Share of all scalar comparisons that agree (company and language not included)."""
        total = sum(a.total for a in self.scalars)
        return sum(a.correct for a in self.scalars) / total if total else None

    def list_score(self, field: str) -> ListScore:
        return next(s for s in self.lists if s.field == field)

    def to_dict(self) -> dict[str, Any]:
        """The figures the tables print, as plain JSON values (for ``policykg evaluate --json``)."""
        def counts(s: ListScore) -> dict[str, Any]:
            return {"precision": round(s.precision, 4), "recall": round(s.recall, 4), "f1": round(s.f1, 4),
                    "tp": s.tp, "fp": s.fp, "fn": s.fn}

        def accuracy(a: Accuracy) -> dict[str, Any]:
            return {"accuracy": None if a.accuracy is None else round(a.accuracy, 4), "correct": a.correct, "total": a.total}

        return {
            "name": self.name, "records": self.records, "macro_f1": round(self.macro_f1, 4), "micro": counts(self.micro),
            "scalar_accuracy": None if self.scalar_accuracy is None else round(self.scalar_accuracy, 4),
            "lists": {s.field: counts(s) for s in self.lists},
            "scalars": {a.field: accuracy(a) for a in self.scalars},
            "company": accuracy(self.company), "language": accuracy(self.language),
        }

    def scalar(self, field: str) -> Accuracy:
        return next(a for a in self.scalars if a.field == field)


@dataclass(frozen=True)
class Scores:
    overall: GroupScores
    policies: tuple[GroupScores, ...]
    languages: tuple[GroupScores, ...]
    missing: tuple[str, ...]  # gold files without a prediction (scored as empty predictions)
    unscored: tuple[str, ...]  # predicted files without gold (ignored)

    @property
    def macro_f1(self) -> float:
        return self.overall.macro_f1

    @property
    def scalar_accuracy(self) -> float | None:
        return self.overall.scalar_accuracy

    def to_dict(self) -> dict[str, Any]:
        """Overall, per policy and per language, with the files left unscored (JSON-ready)."""
        return {"overall": self.overall.to_dict(), "policies": [g.to_dict() for g in self.policies],
                "languages": [g.to_dict() for g in self.languages], "missing": list(self.missing),
                "unscored": list(self.unscored)}


def load_facts(path: Path | str) -> dict[str, Any]:
    """Read a policy-facts/1 JSON file, with errors that name the file."""
    path = Path(path)
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as error:
        raise FactsFileError(f"{path}: no such file; pass a policy-facts/1 JSON file") from error
    except json.JSONDecodeError as error:
        raise FactsFileError(f"{path}: not valid JSON ({error}); fix or regenerate the file") from error
    _check_document(document, str(path))
    return document


def score(gold: Mapping[str, Any], predicted: Mapping[str, Any]) -> Scores:
    """Score ``predicted`` against ``gold`` (two policy-facts/1 documents)."""
    _check_document(gold, "gold")
    _check_document(predicted, "predicted")
    predictions = {r["file"]: r for r in predicted["policies"]}
    gold_records = {r["file"]: r for r in gold["policies"]}
    per_policy: list[GroupScores] = []
    for file, record in gold_records.items():
        per_policy.append(_score_record(file, record, predictions.get(file, {})))
    languages: dict[str, list[GroupScores]] = {}
    for file, group in zip(gold_records, per_policy):
        languages.setdefault(str(gold_records[file].get("language") or "und"), []).append(group)
    return Scores(
        overall=_pool("all", per_policy),
        policies=tuple(per_policy),
        languages=tuple(_pool(lang, groups) for lang, groups in sorted(languages.items())),
        missing=tuple(f for f in gold_records if f not in predictions),
        unscored=tuple(f for f in predictions if f not in gold_records),
    )


def match_list(gold_items: Iterable[str], predicted_items: Iterable[str], optional: Iterable[str] = ()) -> tuple[int, int, int]:
    """(tp, fp, fn) for one record's list field, with "A|B" alternatives and optional items."""
    predicted = set(predicted_items)
    accepted = {alt for item in optional for alt in item.split("|")}
    tp = fn = 0
    for item in dict.fromkeys(gold_items):
        alternatives = set(item.split("|"))
        accepted |= alternatives
        if alternatives & predicted:
            tp += 1
        else:
            fn += 1
    fp = len(predicted - accepted)
    return tp, fp, fn


def company_matches(gold: str | None, predicted: str | None) -> bool:
    """FORMAT.md company rule: equal after normalising, or one contains the other."""
    if not gold or not predicted:
        return not gold and not predicted
    a, b = normalise_company(gold), normalise_company(predicted)
    if not a or not b:
        return a == b
    return a == b or a in b or b in a


def normalise_company(name: str) -> str:
    """Case-folded name without punctuation, spaces and legal-form words ("EJET Co., Ltd." -> "ejet")."""
    text = unicodedata.normalize("NFKC", name).casefold()
    for form in CJK_LEGAL_FORMS:
        if text.endswith(form) and len(text) > len(form):
            text = text[: -len(form)]
            break
    text = LEGAL_FORM_PHRASES.sub(" ", text)
    tokens = [t for t in re.split(r"[\W_]+", text) if t and t not in LEGAL_FORM_WORDS]
    return "".join(tokens)


def _score_record(file: str, gold: Mapping[str, Any], predicted: Mapping[str, Any]) -> GroupScores:
    optional = gold.get("optional") or {}
    lists = tuple(
        ListScore(field, *match_list(gold.get(field) or [], predicted.get(field) or [], optional.get(field) or []))
        for field in LIST_FIELDS
    )
    scalars = tuple(_compare(field, gold, predicted) for field in SCALAR_FIELDS)
    company = Accuracy("company", int(company_matches(gold.get("company"), predicted.get("company"))), 1)
    language = Accuracy("language", int(gold.get("language") == predicted.get("language")), 1)
    return GroupScores(file, 1, lists, scalars, company, language)


def _compare(field: str, gold: Mapping[str, Any], predicted: Mapping[str, Any]) -> Accuracy:
    expected = _get(gold, field)
    if expected is _MISSING or (expected is None and field in NULL_SKIPPED):
        return Accuracy(field, 0, 0)
    actual = _get(predicted, field)
    actual = None if actual is _MISSING else actual
    if field == "contacts.emails":
        same = {e.strip().lower() for e in expected or []} == {e.strip().lower() for e in actual or []}
    elif field == "contacts.phones":
        same = {re.sub(r"\D", "", p) for p in expected or []} == {re.sub(r"\D", "", p) for p in actual or []}
    elif field == "retention.period":
        same = _duration_key(expected) == _duration_key(actual)
    else:
        same = expected == actual
    return Accuracy(field, int(same), 1)


_DURATION = re.compile(r"^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?$")


def _duration_key(value: Any) -> Any:
    """One key for equal ISO-8601 durations: "P14M" (as a policy writes it) is "P1Y2M" (as the graph's
    xsd:duration reads it back), so years fold into months; weeks into days. Other values compare as given."""
    match = _DURATION.match(value) if isinstance(value, str) else None
    if match is None:
        return value
    years, months, weeks, days = (int(g or 0) for g in match.groups())
    return ("duration", years * 12 + months, weeks * 7 + days)


def _get(record: Mapping[str, Any], dotted: str) -> Any:
    value: Any = record
    for part in dotted.split("."):
        if not isinstance(value, Mapping) or part not in value:
            return _MISSING
        value = value[part]
    return value


def _pool(name: str, groups: list[GroupScores]) -> GroupScores:
    lists = tuple(
        ListScore(field, *(sum(getattr(g.lists[i], a) for g in groups) for a in ("tp", "fp", "fn")))
        for i, field in enumerate(LIST_FIELDS)
    )
    scalars = tuple(
        Accuracy(field, sum(g.scalars[i].correct for g in groups), sum(g.scalars[i].total for g in groups))
        for i, field in enumerate(SCALAR_FIELDS)
    )
    company = Accuracy("company", sum(g.company.correct for g in groups), len(groups))
    language = Accuracy("language", sum(g.language.correct for g in groups), len(groups))
    return GroupScores(name, len(groups), lists, scalars, company, language)


def _check_document(document: Any, where: str) -> None:
    if not isinstance(document, Mapping) or not isinstance(document.get("policies"), list):
        raise FactsFileError(f"{where}: not a {FORMAT} document (needs a 'policies' list)")
    if document.get("format") not in (None, FORMAT):
        raise FactsFileError(f"{where}: format is {document.get('format')!r}, expected {FORMAT!r}")
    for position, record in enumerate(document["policies"]):
        if not isinstance(record, Mapping) or not isinstance(record.get("file"), str):
            raise FactsFileError(f"{where}: policy #{position + 1} has no 'file' name; every record needs one")


def format_table(scores: Scores, *, by: str = "field") -> str:
    """A plain-text table of ``scores`` by "field", "policy" or "language"."""
    if by == "field":
        return _field_table(scores.overall, scores)
    if by in ("policy", "language"):
        return _group_table(scores.policies if by == "policy" else scores.languages, by)
    raise ValueError(f"by must be 'field', 'policy' or 'language', not {by!r}")


def _pct(value: float | None) -> str:
    return "   -" if value is None else f"{value:.3f}"


def _field_table(overall: GroupScores, scores: Scores) -> str:
    lines = [f"{'list field':<24} {'P':>6} {'R':>6} {'F1':>6} {'tp':>5} {'fp':>5} {'fn':>5}"]
    for s in overall.lists:
        lines.append(f"{s.field:<24} {_pct(s.precision):>6} {_pct(s.recall):>6} {_pct(s.f1):>6} {s.tp:>5} {s.fp:>5} {s.fn:>5}")
    lines.append(f"{'macro-F1':<24} {'':>6} {'':>6} {_pct(overall.macro_f1):>6}")
    lines.append("")
    lines.append(f"{'scalar field':<32} {'acc':>6} {'ok':>5} {'n':>5}")
    for a in (*overall.scalars, overall.company, overall.language):
        lines.append(f"{a.field:<32} {_pct(a.accuracy):>6} {a.correct:>5} {a.total:>5}")
    lines.append(f"{'scalar accuracy':<32} {_pct(overall.scalar_accuracy):>6}")
    if scores.missing:
        lines.append(f"\nno prediction for {len(scores.missing)} gold file(s): {', '.join(scores.missing)}")
    return "\n".join(lines)


def _group_table(groups: tuple[GroupScores, ...], by: str) -> str:
    width = max([len(by), *(len(g.name) for g in groups)]) + 1
    lines = [f"{by:<{width}} {'n':>3} {'macroF1':>7} {'microF1':>7} {'scalars':>7} {'company':>8} {'lang':>6}"]
    for g in groups:
        lines.append(
            f"{g.name:<{width}} {g.records:>3} {_pct(g.macro_f1):>7} {_pct(g.micro.f1):>7} "
            f"{_pct(g.scalar_accuracy):>7} {g.company.correct:>4}/{g.company.total:<3} {g.language.correct:>3}/{g.language.total:<2}"
        )
    return "\n".join(lines)
