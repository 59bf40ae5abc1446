"""The policy-facts/1 export, read from the graph with SPARQL.

Reading the facts back from the store (not from extractor objects) proves that the graph
holds them; the keys are the vocabulary concepts' ``skos:notation`` and the laws' ``pkg:lawKey``.
"""
from __future__ import annotations

from collections import defaultdict
from typing import Any

from rdflib import URIRef
from rdflib.term import Node

from policykg.ingest.record import LIST_FIELDS
from policykg.namespaces import LOC, VOCAB, sparql_prefixes
from policykg.store.base import Store

FORMAT = "policy-facts/1"

_CURRENT = "FILTER NOT EXISTS { ?newer pkg:previousVersion ?policy }"

_POLICIES = """
SELECT ?policy ?file ?language ?modified ?company ?before ?name ?after WHERE {
  ?policy a pkg:PrivacyPolicy ; pkg:fileName ?file ; dct:language ?language .
  OPTIONAL { ?policy dct:modified ?modified }
  OPTIONAL { ?policy dct:publisher/pkg:legalName ?company }
  OPTIONAL { ?policy pkg:publisherEvidence/oa:hasTarget/oa:hasSelector ?quote .
             ?quote oa:exact ?name ; oa:prefix ?before ; oa:suffix ?after }
  %(current)s
}
"""

_VALUES = """
SELECT DISTINCT ?policy ?field ?value ?notation WHERE {
  ?policy a pkg:PrivacyPolicy ; pkg:states ?s .
  %(current)s
  {
    ?s pkg:hasCondition/pkg:conditionKind ?value . BIND("disclosure_conditions" AS ?field)
  } UNION {
    ?s pkg:hasPolarity pkg:Affirmative .
    {
    ?s dpv:hasPersonalData ?value . BIND("data_categories" AS ?field)
  } UNION {
    ?s dpv:hasPurpose ?value . BIND("purposes" AS ?field)
  } UNION {
    ?s dpv:hasRecipient ?value . BIND("recipients" AS ?field)
  } UNION {
    ?s dpv:hasRight ?value . BIND("rights" AS ?field)
  } UNION {
    ?s pkg:hasMeasure ?value . BIND("security_measures" AS ?field)
  } UNION {
    ?s pkg:trackingTechnology ?value . BIND("tracking" AS ?field)
  } UNION {
    ?s pkg:citesLaw ?value . BIND("laws_cited" AS ?field)
    OPTIONAL { ?value pkg:lawKey ?notation }
    }
  }
  OPTIONAL { ?value skos:notation ?notation }
}
"""

_SCALARS = """
SELECT DISTINCT ?policy ?s ?kind ?polarity ?retentionKind ?period ?location ?age ?email ?phone ?start WHERE {
  ?policy a pkg:PrivacyPolicy ; pkg:states ?s .
  %(current)s
  ?s a ?kind ; pkg:hasPolarity ?polarity .
  VALUES ?kind { pkg:RetentionStatement pkg:CrossBorderStatement pkg:MinorsStatement
                 pkg:CookieControlStatement pkg:IncidentNotificationStatement pkg:PolicyChangeStatement
                 pkg:ImpliedConsentStatement pkg:SellingStatement pkg:ContactStatement }
  OPTIONAL { ?s pkg:retentionKind ?retentionKind }
  OPTIONAL { ?s pkg:retentionPeriod ?period }
  OPTIONAL { ?s pkg:storageLocation ?location }
  OPTIONAL { ?s pkg:ageThreshold ?age }
  OPTIONAL { ?s pkg:email ?email }
  OPTIONAL { ?s pkg:phone ?phone }
  OPTIONAL { ?s pkg:quoteStart ?start }
}
"""


def export_facts(store: Store, *, all_versions: bool = False, policy: str | None = None,
                 reviewed: bool = True) -> dict[str, Any]:
    """policy-facts/1 document for every current policy version in ``store`` (or one policy IRI).

    With ``reviewed`` (the default), reviewers' corrections in ``pkgr:reviews`` win over extracted
    values, and a reviewed record says so in its ``reviewed`` key (``policykg.reviews.facts``)."""
    current = "" if all_versions else _CURRENT
    if policy is not None:
        current += f"\n  FILTER(?policy = <{URIRef(policy)}>)"
    prefixes = sparql_prefixes()
    records: dict[Node, dict[str, Any]] = {}
    for row in store.select(prefixes + _POLICIES % {"current": current}):
        records[row["policy"]] = _empty_record(row)
    values: dict[Node, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for row in store.select(prefixes + _VALUES % {"current": current}):
        key = str(row["notation"]) if "notation" in row else _local_key(row["value"])
        values[row["policy"]][str(row["field"])].add(key)
    for policy_iri, fields in values.items():
        if policy_iri in records:
            for field, keys in fields.items():
                records[policy_iri][field] = sorted(keys)
    # in document order, as the extractor's record reads them: a scalar taken from the first statement
    # that states it (a retention period, a storage location) is then the same in both
    rows = sorted(store.select(prefixes + _SCALARS % {"current": current}), key=_document_order)
    for row in rows:
        if row["policy"] in records:
            _apply_scalar(records[row["policy"]], row)
    for record in records.values():
        record["cookies"] = "cookies" in record["tracking"]
        record["contacts"]["emails"] = sorted(set(record["contacts"]["emails"]))
        record["contacts"]["phones"] = sorted(set(record["contacts"]["phones"]))
        record.pop("_storage_from", None)
        record.pop("_several", None)
    ordered = sorted(records.values(), key=lambda record: record["file"])
    if reviewed:
        from policykg.reviews.facts import apply_to_records

        apply_to_records(store, ordered)
    return {"format": FORMAT, "policies": ordered}


def _document_order(row: dict[str, Node]) -> tuple[str, int]:
    start = row.get("start")
    return str(row["policy"]), int(str(start)) if start is not None else -1


def _empty_record(row: dict[str, Node]) -> dict[str, Any]:
    record: dict[str, Any] = {
        "file": str(row["file"]),
        "policy": str(row["policy"]),
        "company": str(row["company"]) if "company" in row else None,
        # the words around the name in the policy (the selector's context): why this publisher
        "company_evidence": _publisher_evidence(row),
        "language": str(row["language"]),
    }
    for field in LIST_FIELDS:
        record[field] = []
    record.update(
        retention={"stated": False, "kind": None, "period": None},
        cross_border={"mentioned": False, "storage_location": None},
        minors={"mentioned": False, "age": None},
        cookies=False,
        cookie_control=False,
        contacts={"emails": [], "phones": []},
        incident_notification=False,
        policy_change_notice=False,
        implied_consent=False,
        sells_data=None,
        last_updated=str(row["modified"]) if "modified" in row else None,
    )
    return record


def _publisher_evidence(row: dict[str, Node]) -> str | None:
    if "name" not in row:
        return None
    from policykg.ingest.show import publisher_sentence

    before, name, after = str(row.get("before", "")), str(row["name"]), str(row.get("after", ""))
    return publisher_sentence(before + name + after, len(before), len(before) + len(name))


def _local_key(value: Node) -> str:
    """Fallback key for a concept without a notation: the IRI path after its scheme."""
    text = str(value)
    if text.startswith(str(VOCAB)):
        return text[len(str(VOCAB)) :].split("/", 1)[-1]
    return text.rsplit("/", 1)[-1].rsplit("#", 1)[-1]


def _apply_scalar(record: dict[str, Any], row: dict[str, Node]) -> None:
    """Fold one statement row into the record, with the same rules as ``ingest/record.py``."""
    kind = str(row["kind"]).rsplit("#", 1)[-1]
    affirmative = str(row["polarity"]).endswith("#Affirmative")
    if kind == "ContactStatement":
        if "email" in row:
            record["contacts"]["emails"].append(str(row["email"]))
        if "phone" in row:
            record["contacts"]["phones"].append(str(row["phone"]))
    elif kind == "SellingStatement":  # an explicit denial is the policy's headline answer
        record["sells_data"] = "no" if (not affirmative or record["sells_data"] == "no") else "yes"
    elif kind == "CrossBorderStatement":  # a denied or conditional transfer still answers the question
        record["cross_border"]["mentioned"] = True
        if affirmative and "location" in row and str(row["location"]).startswith(str(LOC)):
            # the first storage statement decides; one naming several countries leaves no single place
            code, first = str(row["location"])[len(str(LOC)) :], record.setdefault("_storage_from", row["s"])
            if first == row["s"]:
                stored = record["cross_border"]["storage_location"]
                record["cross_border"]["storage_location"] = code if stored in (None, code) and not record.get("_several") else None
                record["_several"] = record.get("_several") or stored not in (None, code)
    elif not affirmative:
        return
    elif kind == "RetentionStatement":
        retention = record["retention"]
        retention["stated"] = True
        stated_kind = str(row.get("retentionKind", ""))
        if stated_kind.endswith("PurposeBoundRetention"):
            retention["kind"], retention["period"] = "purpose-bound", None
        elif stated_kind.endswith("FixedPeriodRetention") and retention["kind"] != "purpose-bound":
            retention["kind"] = "fixed"
            if "period" in row and retention["period"] is None:
                retention["period"] = str(row["period"])
    elif kind == "MinorsStatement":
        minors = record["minors"]
        minors["mentioned"] = True
        if "age" in row:  # the children's threshold when an adult one is also named
            age = int(row["age"].toPython())
            minors["age"] = age if minors["age"] is None else min(minors["age"], age)
    else:
        field = {
            "CookieControlStatement": "cookie_control",
            "IncidentNotificationStatement": "incident_notification",
            "PolicyChangeStatement": "policy_change_notice",
            "ImpliedConsentStatement": "implied_consent",
        }[kind]
        record[field] = True
