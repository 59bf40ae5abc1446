"""What the graph holds for one policy, each fact with the sentence it came from."""
from __future__ import annotations

import re
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
    polarity: str = "affirmative"  # affirmative | negative | conditional (pkg:hasPolarity)


@dataclass(frozen=True)
class PolicyView:
    policy: str
    file: str
    language: str
    company: str | None
    modified: str | None
    facts: tuple[FactView, ...]
    company_quote: str | None = None  # the sentence that names the publisher (why this company)
    company_start: int | None = None
    company_end: int | None = None


# cross-border values say what they are: a place data is kept in is not a place it is sent to
VALUE_ROLES = {"storageLocation": "stored in ", "transferDestination": "to ", "transferMechanism": "route ",
               "foreignRecipient": "recipient "}
SENTENCE_END = re.compile(r"[。！？!?；;\n]|\.(?=\s)")
QUOTE_LIMIT = 160  # characters of context kept on each side of the publisher's name


# a full stop after these ends no sentence: "Acme AB, Reg. No. 5560", "Acme Co., Ltd. (“we”)", "e.g. Acme"
ABBREVIATION = re.compile(r"(?:^|[\s(,])(?:[A-Z]|Inc|Ltd|Co|Corp|Reg|No|Nos|Nr|St|Ste|Ave|Rd|Bldg|Fl|Mr|Mrs|Ms|Dr|Jr|Sr"
                          r"|Pty|Pte|Ltda|e\.g|i\.e|etc|vs|approx|[Aa]pprox|[Tt]el|[Ff]ax)$")


def _sentence_ends(part: str) -> list[re.Match[str]]:
    return [m for m in SENTENCE_END.finditer(part)
            if m.group(0) != "." or ABBREVIATION.search(part[max(0, m.start() - 8) : m.start()]) is None]


def publisher_sentence(text: str, start: int, end: int) -> str:
    """The sentence (or line) of ``text`` around the name at ``start:end``, at most ~320 characters
    of context, so a reader sees how the policy introduced its publisher."""
    left = text[max(0, start - QUOTE_LIMIT) : start]
    cuts = _sentence_ends(left)
    if cuts:
        left = left[cuts[-1].end() :]
    right = text[end : end + QUOTE_LIMIT]
    stops = _sentence_ends(right)
    if stops:
        right = right[: stops[0].end()]
    # a clause cut after a term's colon or a list comma ("天猫：指…") opens on that mark: drop it
    return (left + text[start:end] + right).strip().lstrip("：:，,、；;").strip()


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
        + f"""SELECT ?s ?kind ?polarity ?property ?value ?notation ?exact ?start ?end WHERE {{
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
                "polarity": str(row["polarity"]).rsplit("#", 1)[-1].lower(),
                "values": [],
                "quote": str(row["exact"]),
                "start": int(row["start"].toPython()),
                "end": int(row["end"].toPython()),
            },
        )
        if "value" in row:
            label = str(row["notation"]) if "notation" in row else _short(str(row["value"]))
            label = VALUE_ROLES.get(_short(str(row.get("property", ""))), "") + label
            if label not in fact["values"]:
                fact["values"].append(label)
    views = tuple(
        FactView(statement=iri, values=tuple(data.pop("values")), **data)
        for iri, data in sorted(facts.items(), key=lambda item: item[1]["start"])
    )
    evidence = store.select(
        prefixes
        + f"""SELECT ?start ?end ?content WHERE {{
  <{policy}> pkg:publisherEvidence/oa:hasTarget ?target .
  ?target oa:hasSelector ?position ; oa:hasSource/pkg:content ?content .
  ?position oa:start ?start ; oa:end ?end .
}} LIMIT 1"""
    )
    quote = start = end = None
    if evidence:
        start, end = int(evidence[0]["start"].toPython()), int(evidence[0]["end"].toPython())
        quote = publisher_sentence(str(evidence[0]["content"]), start, end)
    return PolicyView(
        company_quote=quote,
        company_start=start,
        company_end=end,
        policy=policy,
        file=str(head["file"]),
        language=str(head["language"]),
        company=str(head["company"]) if "company" in head else None,
        modified=str(head["modified"]) if "modified" in head else None,
        facts=views,
    )


def _short(value: str) -> str:
    return value.rsplit("#", 1)[-1].rsplit("/", 1)[-1]
