"""Reading and writing reviews and their anchorings in the ``pkgr:reviews`` graph."""
from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable

from rdflib.term import Node

from policykg.namespaces import ID, sparql_prefixes
from policykg.reviews.model import REVIEWS_GRAPH, Anchoring, Review, anchoring_triples, review_triples
from policykg.store.base import Store

_REVIEWS = """
SELECT ?r ?action ?field ?value ?kind ?policy ?source ?target ?who ?created ?new ?reason ?comment
       ?exact ?prefix ?suffix ?start ?end ?version WHERE { GRAPH pkgr:reviews {
  ?r a pkg:Review ; pkg:reviewAction ?action ; pkg:reviewedField ?field ; pkg:factKind ?kind ;
     pkg:reviewedPolicy ?policy ; pkg:sourceName ?source ; dct:creator/pkg:reviewerName ?who ; dct:created ?created .
  %(filter)s
  ?r oa:hasTarget ?target . FILTER NOT EXISTS { ?target a oa:SpecificResource }
  OPTIONAL { ?r pkg:reviewedValue ?value }
  OPTIONAL { ?r pkg:correctedValue ?new }
  OPTIONAL { ?r pkg:correctedReason ?reason }
  OPTIONAL { ?r oa:hasBody/rdf:value ?comment }
  OPTIONAL { ?r oa:hasTarget ?t . ?t a oa:SpecificResource ; oa:hasSelector ?q . ?q oa:exact ?exact ;
             oa:prefix ?prefix ; oa:suffix ?suffix .
             OPTIONAL { ?t oa:hasSelector ?p . ?p oa:start ?start ; oa:end ?end }
             OPTIONAL { ?t oa:hasState/pkg:extractorVersion ?version } }
} }
"""
_ANCHORINGS = """
SELECT ?r ?policy ?status ?score ?to ?start ?end ?note WHERE { GRAPH pkgr:reviews {
  %(filter)s
  ?a a pkg:ReviewAnchoring ; pkg:anchorOf ?r ; pkg:onPolicy ?policy ; pkg:anchorStatus ?status ; pkg:anchorScore ?score .
  OPTIONAL { ?a pkg:anchoredTo ?to } OPTIONAL { ?a oa:start ?start } OPTIONAL { ?a oa:end ?end }
  OPTIONAL { ?a pkg:anchorNote ?note }
} }
"""


def now() -> str:
    """UTC time to the microsecond: reviews of one value apply in the order they were made, and two
    made within one second must not tie (they would then apply in the random order of their ids)."""
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="microseconds").replace("+00:00", "Z")


def created_order(created: str) -> dt.datetime:
    """Sort key of a stored creation time, whatever its precision (older reviews have whole seconds)."""
    try:
        moment = dt.datetime.fromisoformat(created.replace("Z", "+00:00"))
    except ValueError:
        return dt.datetime.min.replace(tzinfo=dt.timezone.utc)
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.timezone.utc)


def new_id() -> str:
    return uuid.uuid4().hex[:16]


def _insert(triples: Iterable[tuple[Node, Node, Node]]) -> str:
    body = " .\n".join(f"{s.n3()} {p.n3()} {o.n3()}" for s, p, o in triples)
    return f"INSERT DATA {{ GRAPH <{REVIEWS_GRAPH}> {{\n{body} .\n}} }}"


def _update(store: Store, sparql: str) -> None:
    """Run an update that writes only ``pkgr:reviews`` (an embedded store then keeps its answer tables)."""
    narrow = getattr(store, "update_graphs", None)
    if narrow is not None:
        narrow(sparql, [str(REVIEWS_GRAPH)])
    else:
        store.update(sparql)


def write_review(store: Store, review: Review) -> None:
    """Add one review to ``pkgr:reviews`` (one SPARQL update: all of it or nothing), then write what it
    changes into the graphs of the reviewed version and its later versions (``overlay.py``), so that
    catalogue questions answer with the reviewed values."""
    _update(store, _insert(review_triples(review)))
    if review.field != "verdict":  # verdicts win in `check` (reviews/verdicts.py), not in policy graphs
        from policykg.reviews.overlay import materialise_reviews

        materialise_reviews(store, [review.policy])


def write_anchorings(store: Store, pairs: Iterable[tuple[Review, Anchoring]]) -> int:
    """Record (replacing) each review's outcome on a policy version; returns how many were written."""
    pairs = list(pairs)
    if not pairs:
        return 0
    when = now()
    nodes = " ".join(f"<{r.iri}/anchor/{a.docid}>" for r, a in pairs)
    delete = (f"DELETE {{ GRAPH <{REVIEWS_GRAPH}> {{ ?a ?p ?o }} }} WHERE {{ GRAPH <{REVIEWS_GRAPH}> {{ "
              f"VALUES ?a {{ {nodes} }} ?a ?p ?o }} }}")
    triples = [t for r, a in pairs for t in anchoring_triples(r, a, when)]
    _update(store, delete + " ;\n" + _insert(triples))
    return len(pairs)


def read_reviews(store: Store, policies: Iterable[str] | None = None) -> list[Review]:
    """Every review (or those made on the given policy IRIs), oldest first, with stored anchorings."""
    flt = ""
    if policies is not None:
        policies = list(policies)
        if not policies:
            return []
        flt = "VALUES ?policy { " + " ".join(f"<{p}>" for p in policies) + " }"
    found: dict[str, Review] = {}
    for row in store.select(sparql_prefixes() + _REVIEWS % {"filter": flt}):
        iri = str(row["r"])
        if iri in found:
            continue
        found[iri] = Review(
            id=iri.rsplit("/", 1)[-1], reviewer=str(row["who"]), created=str(row["created"]), action=str(row["action"]),
            field=str(row["field"]), value=str(row.get("value", "")), target=str(row["target"]), policy=str(row["policy"]),
            fact_kind=str(row["kind"]), source_name=str(row["source"]), exact=str(row.get("exact", "")),
            prefix=str(row.get("prefix", "")), suffix=str(row.get("suffix", "")),
            start=int(row["start"]) if "start" in row else None, end=int(row["end"]) if "end" in row else None,
            new_value=str(row["new"]) if "new" in row else None, new_reason=str(row["reason"]) if "reason" in row else None,
            comment=str(row.get("comment", "")), extractor_version=str(row.get("version", "")),
        )
    if found:
        few = len(found) <= 500  # the anchorings of these reviews only, not every review's
        flt = ("VALUES ?r { " + " ".join(f"<{iri}>" for iri in found) + " }") if few else ""
        for row in store.select(sparql_prefixes() + _ANCHORINGS % {"filter": flt}):
            review = found.get(str(row["r"]))
            if review is None:
                continue
            docid = str(row["policy"]).rsplit("/", 1)[-1]
            review.anchorings[docid] = Anchoring(
                docid=docid, status=str(row["status"]), score=float(row["score"]),
                target=str(row["to"]) if "to" in row else None,
                start=int(row["start"]) if "start" in row else None, end=int(row["end"]) if "end" in row else None,
                note=str(row.get("note", "")))
    return sorted(found.values(), key=lambda r: (created_order(r.created), r.id))


def reviewer_iri(name: str) -> str:
    return str(ID[f"reviewer/{name}"])
