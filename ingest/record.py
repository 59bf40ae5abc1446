"""The policy-facts/1 record an Extraction implies (see the shared FORMAT.md).

The graph export (``ingest/facts.py``) is the official path; this function gives the same record
straight from the extractor's output, so extraction quality can be measured without a store and
the two paths can be checked against each other.
"""
from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from policykg.ingest.model import Extraction, Polarity, Statement, StatementKind

FORMAT = "policy-facts/1"
LIST_FIELDS: tuple[str, ...] = (
    "laws_cited",
    "data_categories",
    "purposes",
    "recipients",
    "disclosure_conditions",
    "rights",
    "security_measures",
    "tracking",
)
VALUE_FIELDS = tuple(f for f in LIST_FIELDS if f != "disclosure_conditions")
BOOLEAN_KINDS = {
    "cookie_control": StatementKind.COOKIE_CONTROL,
    "incident_notification": StatementKind.INCIDENT_NOTIFICATION,
    "policy_change_notice": StatementKind.POLICY_CHANGE,
    "implied_consent": StatementKind.IMPLIED_CONSENT,
}


def extraction_to_record(extraction: Extraction) -> dict[str, Any]:
    """One policy-facts/1 record: list fields from affirmative statements, scalars per FORMAT.md."""
    statements = extraction.statements
    affirmative = [s for s in statements if s.polarity is Polarity.AFFIRMATIVE]
    record: dict[str, Any] = {
        "file": extraction.document.name,
        "company": extraction.company.name if extraction.company else None,
        "language": extraction.document.language,
    }
    for field in VALUE_FIELDS:
        record[field] = sorted({v for s in affirmative for v in s.values.get(field, ())})
    # conditions are the listed exceptions, also under "we do not share, except ..." (negative)
    record["disclosure_conditions"] = sorted({c.key for s in statements for c in s.conditions})
    record["retention"] = _retention(_of(affirmative, StatementKind.RETENTION))
    record["cross_border"] = _cross_border(_of(statements, StatementKind.CROSS_BORDER))
    record["minors"] = _minors(_of(affirmative, StatementKind.MINORS))
    record["cookies"] = "cookies" in record["tracking"]
    for field, kind in BOOLEAN_KINDS.items():
        record[field] = any(s.kind is kind for s in affirmative)
    record["contacts"] = _contacts(_of(statements, StatementKind.CONTACT))
    record["sells_data"] = _sells(_of(statements, StatementKind.SELLING))
    record["last_updated"] = _last_updated(_of(statements, StatementKind.DATE))
    return record


def records_document(extractions: Iterable[Extraction]) -> dict[str, Any]:
    """A whole policy-facts/1 document for several extractions."""
    return {"format": FORMAT, "policies": [extraction_to_record(e) for e in extractions]}


def _of(statements: Iterable[Statement], kind: StatementKind) -> list[Statement]:
    return [s for s in statements if s.kind is kind]


def _retention(statements: list[Statement]) -> dict[str, Any]:
    kinds = [s.attributes.get("retention_kind") for s in statements]
    # a purpose-bound rule is the policy's general rule; fixed periods are then exceptions
    kind = "purpose-bound" if "purpose-bound" in kinds else ("fixed" if "fixed" in kinds else None)
    period = None
    if kind == "fixed":
        period = next((s.attributes["retention_period"] for s in statements if "retention_period" in s.attributes), None)
    return {"stated": bool(statements), "kind": kind, "period": period}


def _cross_border(statements: list[Statement]) -> dict[str, Any]:
    """``mentioned``: the policy speaks of storage location or transfer abroad, a denial included
    (it answers the notice question); the location is where it says data is stored, not denied."""
    location = next(
        (s.attributes["storage_location"] for s in statements
         if "storage_location" in s.attributes and s.polarity is Polarity.AFFIRMATIVE),
        None,
    )
    if isinstance(location, tuple):  # the first storage statement names several countries: no one place
        location = None
    return {"mentioned": bool(statements), "storage_location": location}


def _minors(statements: list[Statement]) -> dict[str, Any]:
    ages = [int(s.attributes["age"]) for s in statements if "age" in s.attributes]
    age = min(ages) if ages else None  # the children's threshold when an adult one is also named
    return {"mentioned": bool(statements), "age": age}


def _contacts(statements: list[Statement]) -> dict[str, list[str]]:
    emails = [str(s.attributes["email"]) for s in statements if "email" in s.attributes]
    phones = [str(s.attributes["phone"]) for s in statements if "phone" in s.attributes]
    return {"emails": list(dict.fromkeys(emails)), "phones": list(dict.fromkeys(phones))}


def _sells(statements: list[Statement]) -> str | None:
    polarities = {s.polarity for s in statements}
    if Polarity.NEGATIVE in polarities:  # an explicit denial is the policy's headline answer
        return "no"
    return "yes" if polarities else None


def _last_updated(statements: list[Statement]) -> str | None:
    from policykg.ingest.extract.dates import stated_date  # one rule for the graph and the record

    return stated_date(statements)
