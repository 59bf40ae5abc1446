"""What the graph holds for one policy, each fact with the sentence it came from."""
from __future__ import annotations

from dataclasses import dataclass

from rdflib import Literal

from policykg.namespaces import sparql_prefixes
from policykg.store.base import Store, StoreError


@dataclass(frozen=True)
class FactView:
    statement: str  # IRI of the practice node
    kind: str  # local name of its class, e.g. CollectionStatement
    negative: bool
    values: tuple[str, ...]  # notations (or local names) of the concepts and scalars it carries
    quote: str
    start: int
    end: int


@dataclass(frozen=True)
class PolicyView:
    policy: str
    file: str
    language: str
    company: str | None
    modified: str | None
    facts: tuple[FactView, ...]


def resolve_policy(store: Store, reference: str) -> str:
    """A policy IRI from an IRI, a docid (prefix) or a file name; clear error when none or several match."""
    rows = store.select(
        sparql_prefixes()
        + f"""SELECT DISTINCT ?policy WHERE {{
  ?policy a pkg:PrivacyPolicy ; pkg:fileName ?file ; pkg:sha256 ?sha .
  FILTER(STR(?policy) = {Literal(reference).n3()} || ?file = {Literal(reference).n3()}
         || STRSTARTS(?sha, {Literal(reference.lower()).n3()}))
  FILTER NOT EXISTS {{ ?newer pkg:previousVersion ?policy }}
}}"""
    )
    if not rows:
        raise StoreError(f"no policy matches {reference!r}: give a file name, a docid or a policy IRI (see `policykg facts`)")
    if len(rows) > 1:
        names = ", ".join(sorted(str(row["policy"]) for row in rows))
        raise StoreError(f"{reference!r} matches several policies ({names}): give the docid or IRI")
    return str(rows[0]["policy"])


def describe_policy(store: Store, reference: str) -> PolicyView:
    policy = resolve_policy(store, reference)
    prefixes = sparql_prefixes()
    head = store.select(
        prefixes
        + f"""SELECT ?file ?language ?modified ?company WHERE {{
  <{policy}> pkg:fileName ?file ; dct:language ?language .
  OPTIONAL {{ <{policy}> dct:modified ?modified }}
  OPTIONAL {{ <{policy}> dct:publisher/pkg:legalName ?company }}
}} LIMIT 1"""
    )[0]
    rows = store.select(
        prefixes
        + f"""SELECT ?s ?kind ?polarity ?value ?notation ?exact ?start ?end WHERE {{
  <{policy}> pkg:states ?s .
  ?s a ?kind ; pkg:hasPolarity ?polarity ; pkg:quote ?exact ; pkg:quoteStart ?start ; pkg:quoteEnd ?end .
  FILTER(STRSTARTS(STR(?kind), STR(pkg:)))
  OPTIONAL {{
    ?s ?property ?value .
    FILTER(?property NOT IN (rdf:type, pkg:hasPolarity, pkg:evidence, dpv:hasProcessing,
                             pkg:quote, pkg:quoteStart, pkg:quoteEnd))
    OPTIONAL {{ ?value skos:notation|pkg:lawKey ?notation }}
    OPTIONAL {{ ?value pkg:conditionKind/skos:notation ?notation }}
  }}
}} ORDER BY ?start"""
    )
    facts: dict[str, dict] = {}
    for row in rows:
        fact = facts.setdefault(
            str(row["s"]),
            {
                "kind": str(row["kind"]).rsplit("#", 1)[-1],
                "negative": str(row["polarity"]).endswith("Negative"),
                "values": [],
                "quote": str(row["exact"]),
                "start": int(row["start"].toPython()),
                "end": int(row["end"].toPython()),
            },
        )
        if "value" in row:
            label = str(row["notation"]) if "notation" in row else _short(str(row["value"]))
            if label not in fact["values"]:
                fact["values"].append(label)
    views = tuple(
        FactView(statement=iri, values=tuple(data.pop("values")), **data)
        for iri, data in sorted(facts.items(), key=lambda item: item[1]["start"])
    )
    return PolicyView(
        policy=policy,
        file=str(head["file"]),
        language=str(head["language"]),
        company=str(head["company"]) if "company" in head else None,
        modified=str(head["modified"]) if "modified" in head else None,
        facts=views,
    )


def _short(value: str) -> str:
    return value.rsplit("#", 1)[-1].rsplit("/", 1)[-1]
