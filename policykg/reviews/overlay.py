"""Reviewed values written into the policy graphs, so catalogue questions stay plain SPARQL.

Why materialise: the catalogue (``queries/*.rq``, run by ``policykg query`` and the server) reads the
union of all graphs. Subtracting rejected values at query time would put a ``FILTER NOT EXISTS`` in
every question (and break the per-policy answer tables, which read a policy's graph alone). Instead,
when a review is recorded (``store.write_review``) and when reviews are re-anchored after an ingest
(``listing.list_reviews(record=True)``), each reviewed policy version's graph is rewritten as the
reviews say: a rejected value or fact is removed, a corrected value put in its place (and the policy
marked ``pkg:hasReviewedValue`` it), a polarity flipped, the publisher or date replaced; the summary
triples (``pkg:collectsCategory`` ...) are recomputed the way ingest writes them.

What was changed is kept in the same graph, on ``pki:policy/{docid}/overlay`` (``pkg:removedTriples``,
``pkg:addedTriples``, as N-Triples), so that

* the overlay is undone exactly before it is recomputed (reviews are applied to what the extractor
  said, oldest first, never to an earlier overlay);
* a re-ingest, which rewrites the graph from the text, drops the overlay with it, and the re-anchoring
  that follows writes it again on the new statements;
* readers that show the extractor's values beside the reviews (the workbench reader, ``reviews_on``)
  restore them in memory (``restore_extracted``).
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, XSD
from rdflib.term import Node

from policykg.namespaces import DPV, GRAPH, ID, PKG, VOCAB, sparql_prefixes
from policykg.reviews.model import Review
from policykg.store.base import Store
from policykg.workbench.policy_data import FIELD_BY_PROPERTY

Triple = tuple[Node, Node, Node]

# statement property -> policy summary property (ingest/triples.py writes the same, affirmative statements only)
SUMMARY_OF = {
    str(DPV.hasPersonalData): PKG.collectsCategory,
    str(DPV.hasPurpose): PKG.hasPurposeSummary,
    str(DPV.hasRecipient): PKG.sharesWith,
    str(DPV.hasRight): PKG.grantsRight,
    str(PKG.hasMeasure): PKG.claimsMeasure,
    str(PKG.trackingTechnology): PKG.usesTracking,
    str(PKG.citesLaw): PKG.citesLaw,
}
SUMMARY_PROPERTIES = frozenset({*SUMMARY_OF.values(), PKG.disclosesWhen, PKG.usesDataFor, PKG.statementCount})
EDITABLE = frozenset({"reject", "correct"})


def overlay_iri(docid: str) -> URIRef:
    return ID[f"policy/{docid}/overlay"]


# the fields a reviewer edits -> the statement property (the reader's names for them, reversed)
PROPERTY_OF_FIELD: dict[str, URIRef] = {field: URIRef(prop) for prop, field in FIELD_BY_PROPERTY.items()}


def _nt(triples: Iterable[Triple]) -> str:
    """N-Triples (one line per triple, escapes as N-Triples wants them: also valid in SPARQL ``DATA``)."""
    graph = Graph()
    for triple in triples:
        graph.add(triple)
    return "".join(sorted(graph.serialize(format="nt").splitlines(keepends=True)))


def _parse_nt(text: str) -> set[Triple]:
    graph = Graph()
    if text.strip():
        graph.parse(data=text, format="nt")
    return set(graph)


def _term_like(old: Node, value: str) -> Node:
    """The corrected value as an RDF term of the same kind as the value it replaces."""
    if value.startswith(("http://", "https://")):
        return URIRef(value)
    if isinstance(old, Literal) and old.datatype is not None:
        return Literal(value, datatype=old.datatype)
    return Literal(value)


def _local(value: str) -> str:
    return value.rsplit("#", 1)[-1].rstrip("/").rsplit("/", 1)[-1]


class _Edit:
    """The policy graph in memory, and what the reviews removed from it and added to it."""

    def __init__(self, triples: set[Triple]) -> None:
        self.graph = set(triples)
        self.removed: set[Triple] = set()
        self.added: set[Triple] = set()

    def drop(self, triple: Triple) -> None:
        if triple in self.graph:
            self.graph.discard(triple)
            if triple in self.added:
                self.added.discard(triple)
            else:
                self.removed.add(triple)

    def put(self, triple: Triple) -> None:
        if triple not in self.graph:
            self.graph.add(triple)
            if triple in self.removed:
                self.removed.discard(triple)
            else:
                self.added.add(triple)

    def objects(self, s: Node, p: Node) -> list[Node]:
        return [o for (a, b, o) in self.graph if a == s and b == p]


def apply_review(edit: _Edit, policy: URIRef, review: Review, target: str) -> None:
    """One applying review (reject or correct) on the in-memory graph."""
    node, new = URIRef(target), review.new_value
    if review.field == "fact" and review.action == "reject":
        for link in ((policy, PKG.states, node), *((s, PKG.hasCondition, node) for s, p, o in list(edit.graph)
                                                  if p == PKG.hasCondition and o == node)):
            edit.drop(link)
        return
    if review.field == "polarity":
        for old in edit.objects(node, PKG.hasPolarity):
            flipped = _local(new) if (review.action == "correct" and new) else (
                "Negative" if _local(str(old)) == "Affirmative" else "Affirmative")
            edit.drop((node, PKG.hasPolarity, old))
            edit.put((node, PKG.hasPolarity, PKG[flipped]))
        return
    if node == policy and review.field in ("publisher", "date"):
        prop = PKG.companyName if review.field == "publisher" else DCTERMS.modified
        if review.action == "correct" and new:
            for old in edit.objects(policy, prop):
                edit.drop((policy, prop, old))
            edit.put((policy, prop, Literal(new, datatype=XSD.date) if prop == DCTERMS.modified else Literal(new)))
            edit.put((policy, PKG.hasReviewedValue, Literal(new)))
        return
    prop = PROPERTY_OF_FIELD.get(review.field)
    if prop is None:
        return
    for old in [o for o in edit.objects(node, prop) if str(o) == review.value]:
        edit.drop((node, prop, old))
        if review.action == "correct" and new:
            term = _term_like(old, new)
            edit.put((node, prop, term))
            edit.put((policy, PKG.hasReviewedValue, term))


def recompute_summaries(edit: _Edit, policy: URIRef) -> None:
    """The policy's summary triples from its (reviewed) statements, as ingest writes them."""
    graph = edit.graph
    states = {o for s, p, o in graph if s == policy and p == PKG.states}
    affirmative = {s for s, p, o in graph if s in states and p == PKG.hasPolarity and o == PKG.Affirmative}
    want: set[Triple] = set()
    categories: dict[Node, set[str]] = {}
    purposes: dict[Node, set[str]] = {}
    linked_conditions = {o for s, p, o in graph if s in states and p == PKG.hasCondition}
    for s, p, o in graph:
        if s in affirmative and str(p) in SUMMARY_OF:
            want.add((policy, SUMMARY_OF[str(p)], o))
            if p == DPV.hasPersonalData and str(o).startswith(str(VOCAB["pd/"])):
                categories.setdefault(s, set()).add(str(o)[len(str(VOCAB["pd/"])):])
            if p == DPV.hasPurpose and str(o).startswith(str(VOCAB["purpose/"])):
                purposes.setdefault(s, set()).add(str(o)[len(str(VOCAB["purpose/"])):])
        elif s in linked_conditions and p == PKG.conditionKind:
            want.add((policy, PKG.disclosesWhen, o))
    for statement, keys in categories.items():
        want |= {(policy, PKG.usesDataFor, ID[f"use/{c}/{u}"]) for c in keys for u in purposes.get(statement, ())}
    want.add((policy, PKG.statementCount, Literal(len(states))))
    have = {t for t in graph if t[0] == policy and t[1] in SUMMARY_PROPERTIES}
    for triple in have - want:
        edit.drop(triple)
    for triple in want - have:
        edit.put(triple)


def _policy_triples(store: Store, graph: str) -> set[Triple]:
    return {(s, p, o) for s, p, o, _ in store.quads(graph)}


def _update(store: Store, sparql: str, graph: str) -> None:
    narrow = getattr(store, "update_graphs", None)
    if narrow is not None:
        narrow(sparql, [graph])
    else:
        store.update(sparql)


def _change(graph: str, remove: Iterable[Triple], insert: Iterable[Triple]) -> str:
    parts = []
    remove, insert = list(remove), list(insert)
    if remove:
        parts.append(f"DELETE DATA {{ GRAPH <{graph}> {{\n{_nt(remove)}}} }}")
    if insert:
        parts.append(f"INSERT DATA {{ GRAPH <{graph}> {{\n{_nt(insert)}}} }}")
    return " ;\n".join(parts)


def read_overlay(triples: set[Triple], docid: str) -> tuple[set[Triple], set[Triple], set[Triple], set[str]]:
    """(removed, added, the overlay node's own triples, review IRIs it was made from) of a policy graph."""
    node = overlay_iri(docid)
    own = {t for t in triples if t[0] == node}
    removed = set().union(*(_parse_nt(str(o)) for s, p, o in own if p == PKG.removedTriples))
    added = set().union(*(_parse_nt(str(o)) for s, p, o in own if p == PKG.addedTriples))
    made_from = {str(o) for s, p, o in own if p == PROV.wasDerivedFrom}
    return removed, added, own, made_from


def materialise(store: Store, docid: str, reviews: list[Review], *, force: bool = True) -> bool:
    """Rewrite one policy version's graph as ``reviews`` (those of its lineage) say; True if written.

    Without ``force`` a version whose overlay was made from exactly these reviews is left alone."""
    from policykg.reviews.apply import index_reviews
    from policykg.workbench.labels import Labels
    from policykg.workbench.policy_data import NotFound, read_policy

    graph = str(GRAPH[f"policy/{docid}"])
    policy = ID[f"policy/{docid}"]
    wanted = {str(r.iri) for r in reviews}
    if not force:  # one small query decides, before the graph is read
        rows = store.select(f"SELECT ?r WHERE {{ GRAPH <{graph}> {{ <{overlay_iri(docid)}> a <{PKG.ReviewOverlay}> "
                            f"OPTIONAL {{ <{overlay_iri(docid)}> <{PROV.wasDerivedFrom}> ?r }} }} }}")
        if (not rows and not reviews) or (rows and {str(r["r"]) for r in rows if "r" in r} == wanted):
            return False
    triples = _policy_triples(store, graph)
    if not triples:
        return False
    removed, added, own, made_from = read_overlay(triples, docid)
    if own:  # back to what the extractor wrote
        _update(store, _change(graph, added | own, removed), graph)
        triples = (triples - added - own) | removed
    if not reviews:
        return bool(own)
    class _NoLabels(Labels):  # the overlay needs values, not their names: skip loading every label
        def _load(self) -> dict[str, str]:
            return {}

    try:
        view = read_policy(store, docid, _NoLabels(store))
    except NotFound:
        return False
    index = index_reviews(view, reviews)
    edit = _Edit(triples)
    for item in index.items:
        review, target = item.review, item.anchoring.target
        if item.applies and target and review.action in EDITABLE and not review.is_finding:
            apply_review(edit, policy, review, target)
    recompute_summaries(edit, policy)
    node = overlay_iri(docid)
    record: list[Triple] = [
        (node, RDF.type, PKG.ReviewOverlay), (node, PKG.overlayOf, policy),
        (node, PKG.removedTriples, Literal(_nt(edit.removed))), (node, PKG.addedTriples, Literal(_nt(edit.added))),
        (node, PROV.generatedAtTime, Literal(dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"), datatype=XSD.dateTime)),
        *((node, PROV.wasDerivedFrom, URIRef(iri)) for iri in sorted(wanted)),
    ]
    _update(store, _change(graph, edit.removed, [*edit.added, *record]), graph)
    return True


def newer_versions(store: Store, policy_iri: str, limit: int = 1000) -> list[str]:
    """``policy_iri`` and every later version of it (``pkg:previousVersion`` followed forward)."""
    found, frontier = [policy_iri], [policy_iri]
    while frontier and len(found) < limit:
        current = frontier.pop()
        for row in store.select(f"SELECT ?n WHERE {{ ?n <{PKG.previousVersion}> <{current}> }}"):
            newer = str(row["n"])
            if newer not in found:
                found.append(newer)
                frontier.append(newer)
    return found


def materialise_reviews(store: Store, reviewed_policies: Iterable[str] | None = None, *, force: bool = True) -> int:
    """Materialise the reviews on every version they apply to (the reviewed versions and later ones);
    ``reviewed_policies`` limits it to reviews made on those policy IRIs. Returns the graphs rewritten."""
    from policykg.reviews.store import read_reviews
    from policykg.workbench.policy_data import docid_of, previous_versions

    if not store.ask(sparql_prefixes() + "ASK { GRAPH pkgr:reviews { ?r a pkg:Review } }"):
        return 0
    every = read_reviews(store) if reviewed_policies is None else None
    starts = {r.policy for r in every or ()} if reviewed_policies is None else set(reviewed_policies)
    versions: list[str] = []
    for start in sorted(starts):
        versions += [v for v in newer_versions(store, start) if v not in versions]
    written = 0
    for version in versions:
        lineage = [version, *(str(ID[f"policy/{d}"]) for d in previous_versions(store, version))]
        candidates = every if every is not None else read_reviews(store, lineage)  # one policy's reviews only
        mine = [r for r in candidates if r.policy in lineage and r.field != "verdict"]
        written += materialise(store, docid_of(version), mine, force=force)
    return written


def restore_extracted(store: Store, view, labels=None) -> None:  # type: ignore[no-untyped-def]
    """Put back, in ``view`` (a workbench ``PolicyView``), what the extractor said where reviews changed
    it, so that pages show extracted values beside the reviews (struck through, corrected ...)."""
    graph = str(GRAPH[f"policy/{view.docid}"])
    node = overlay_iri(view.docid)
    rows = store.select(f"SELECT ?p ?o WHERE {{ GRAPH <{graph}> {{ <{node}> ?p ?o }} }}")
    if not rows:
        return
    own = {(node, row["p"], row["o"]) for row in rows}
    removed, added, _, _ = read_overlay(own, view.docid)
    if not removed and not added:
        return
    from policykg.workbench.labels import Labels, local_name
    from policykg.workbench.policy_data import FIELD_BY_PROPERTY, FactValue

    labels = labels or Labels(store)
    facts = {f.iri: f for f in view.facts}
    for s, p, o in added:
        fact = facts.get(str(s))
        if fact is not None and str(p) in FIELD_BY_PROPERTY:
            fact.values = [v for v in fact.values if not (v.field == FIELD_BY_PROPERTY[str(p)] and v.value == str(o))]
    for s, p, o in removed:
        if p in (PKG.states, PKG.hasCondition) and str(o) not in facts:
            for fact in _read_fact(store, graph, str(o), str(s) if p == PKG.hasCondition else None, labels):
                facts[fact.iri] = fact
                view.facts.append(fact)
    for s, p, o in removed:
        fact = facts.get(str(s))
        if fact is not None and p == PKG.hasPolarity:
            fact.polarity = local_name(str(o))
        elif fact is not None and str(p) in FIELD_BY_PROPERTY:
            is_iri = isinstance(o, URIRef)
            fact.values.append(FactValue(FIELD_BY_PROPERTY[str(p)], str(o), labels.label(str(o)) if is_iri else str(o), is_iri))
            fact.values.sort(key=lambda v: (v.field, v.label))
        elif str(s) == view.iri and p == PKG.companyName:
            view.company = str(o)
        elif str(s) == view.iri and p == DCTERMS.modified:
            view.modified = str(o)
    view.facts.sort(key=lambda f: (f.start if f.start is not None else 10**9, f.kind, f.iri))


def _read_fact(store: Store, graph: str, iri: str, parent: str | None, labels) -> list:  # type: ignore[no-untyped-def]
    """A statement (and its conditions) that a rejected-fact review unlinked from the policy."""
    from policykg.workbench.policy_data import FIELD_BY_PROPERTY, Fact, FactValue, set_statement_field

    fact = Fact(iri=iri, kind="", polarity=None, values=[], quote=None, start=None, end=None, parent=parent)
    children: list[str] = []
    for row in store.select(f"SELECT ?p ?o WHERE {{ GRAPH <{graph}> {{ <{iri}> ?p ?o }} }}"):
        p, o = str(row["p"]), row["o"]
        if set_statement_field(fact, p, o):
            continue
        if p == str(PKG.hasCondition):
            children.append(str(o))
        elif p in FIELD_BY_PROPERTY:
            is_iri = isinstance(o, URIRef)
            fact.values.append(FactValue(FIELD_BY_PROPERTY[p], str(o), labels.label(str(o)) if is_iri else str(o), is_iri))
    out = [fact]
    for child in children:
        out += _read_fact(store, graph, child, iri, labels)
    return out
