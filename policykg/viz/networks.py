"""Build one networkx graph per view from the store, with SPARQL.

Every node carries ``label`` (shown), ``kind`` (company, category, recipient, condition, provision,
policy, statement, value), ``layer`` (column in the layered layouts), ``iri`` and ``title`` (hover
text: labels, evidence quotes). Edges carry ``relation`` and ``weight``. Attribute values are plain
str/int/float/bool so that GraphML and GEXF can hold them unchanged.

Cross-policy views use the summary triples of docs/DESIGN.md (``pkg:collectsCategory``,
``pkg:sharesWith``, ``pkg:disclosesWhen``) and show the latest version of each policy only.
"""
from __future__ import annotations

from collections import defaultdict

import networkx as nx
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF

from policykg.export.lookup import PolicyRef, labels, list_policies, resolve_policy, short_name, superseded
from policykg.namespaces import DPV, GRAPH, OA, PKG, VOCAB, sparql_prefixes
from policykg.store.base import Store

__all__ = [
    "company_category", "sharing", "conditions_law", "policy_network",
    "statement_order", "VALUE_PROPERTIES", "SCALAR_PROPERTIES",
]


def _latest(store: Store) -> dict[str, PolicyRef]:
    old = superseded(store)
    return {p.iri: p for p in list_policies(store) if p.iri not in old}


def _pairs(store: Store, prop: str) -> list[tuple[str, str]]:
    rows = store.select(sparql_prefixes() + f"SELECT DISTINCT ?p ?o WHERE {{ ?p a pkg:PrivacyPolicy ; {prop} ?o }}")
    return [(str(r["p"]), str(r["o"])) for r in rows]


def _add_company(graph: nx.Graph, policy: PolicyRef, *, layer: int) -> str:
    """The company node of ``policy``; each policy is counted and named once however many links it adds."""
    node = policy.company_iri
    if node not in graph:
        graph.add_node(node, label=policy.company, kind="company", layer=layer, iri=node, title=policy.company,
                       policies=0, files="")
    data = graph.nodes[node]
    name = policy.file or policy.docid
    files = [f for f in data["files"].split("\n") if f]
    if name not in files:
        files.append(name)
        data["policies"] = len(files)
        data["files"] = "\n".join(files)
        data["title"] = f"{policy.company}\n{'policy' if len(files) == 1 else 'policies'}: {', '.join(files)}"
    return node


# Per view relation: the statement triple pattern that makes a policy-level summary link, so a
# link can show the sentence it comes from (pkg:quote is the evidence shortcut of docs/DESIGN.md).
_EVIDENCE = {
    "pkg:collectsCategory": "?s dpv:hasPersonalData ?o ; pkg:quote ?q .",
    "pkg:sharesWith": "?s dpv:hasRecipient ?o ; pkg:quote ?q .",
    "pkg:disclosesWhen": "?s pkg:hasCondition ?k . ?k pkg:conditionKind ?o ; pkg:quote ?q .",
}
QUOTE_LIMIT = 300  # characters of a quote kept for hover text


def _quotes_for(store: Store, prop: str) -> dict[tuple[str, str], str]:
    """(policy IRI, concept IRI) -> one evidence quote (the earliest in the text) for a summary link."""
    rows = store.select(sparql_prefixes() + f"""
SELECT ?p ?o (MIN(?at) AS ?first) (SAMPLE(?q) AS ?quote) WHERE {{
  ?p a pkg:PrivacyPolicy ; pkg:states ?s . {_EVIDENCE[prop]}
  OPTIONAL {{ ?s pkg:quoteStart ?at }}
}} GROUP BY ?p ?o""")
    quotes = {}
    for row in rows:
        text = " ".join(str(row.get("quote", "")).split())
        quotes[(str(row["p"]), str(row["o"]))] = text if len(text) <= QUOTE_LIMIT else text[: QUOTE_LIMIT - 1] + "\u2026"
    return quotes


def _link_with_evidence(graph: nx.Graph, company: str, node: str, policy: PolicyRef, quote: str, *, relation: str) -> None:
    """A company -> concept link whose hover text names each policy and quotes its sentence."""
    _link(graph, company, node, relation=relation)
    edge = graph.edges[company, node]
    line = f"{policy.file or policy.docid}: \u201c{quote}\u201d" if quote else f"{policy.file or policy.docid}"
    lines = [x for x in edge.get("evidence", "").split("\n") if x]
    lines.append(line)
    edge["evidence"] = "\n".join(lines)
    edge["weight"] = len(lines)
    head = f"{graph.nodes[company]['label']} \u2014 {relation} \u2192 {graph.nodes[node]['label']}"
    edge["title"] = head + "\n" + edge["evidence"]


def _add_concept(graph: nx.Graph, iri: str, *, kind: str, layer: int, names: dict[str, str]) -> str:
    if iri not in graph:
        label = names.get(iri) or short_name(iri)
        graph.add_node(iri, label=label, kind=kind, layer=layer, iri=iri, title=f"{label}\n{short_name(iri)}")
    return iri


def _link(graph: nx.Graph, source: str, target: str, *, relation: str, **extra: object) -> None:
    if graph.has_edge(source, target):
        graph.edges[source, target]["weight"] += 1
    else:
        graph.add_edge(source, target, relation=relation, weight=1, **extra)


def company_category(store: Store) -> nx.Graph:
    """Bipartite companies x data categories; categories that PIPL art. 28 or GB/T annex B call sensitive are marked."""
    policies = _latest(store)
    names = labels(store)
    sensitive: dict[str, list[str]] = defaultdict(list)
    for row in store.select(sparql_prefixes() + "SELECT DISTINCT ?c ?law WHERE { ?c pkg:sensitiveUnder ?law }"):
        sensitive[str(row["c"])].append(short_name(str(row["law"])))
    graph = nx.Graph(view="company-category")
    quotes = _quotes_for(store, "pkg:collectsCategory")
    for policy_iri, category in _pairs(store, "pkg:collectsCategory"):
        policy = policies.get(policy_iri)
        if policy is None:
            continue
        company = _add_company(graph, policy, layer=0)
        node = _add_concept(graph, category, kind="category", layer=1, names=names)
        under = sorted(sensitive.get(category, []))
        graph.nodes[node]["sensitive"] = bool(under)
        graph.nodes[node]["sensitive_under"] = ", ".join(under)
        if under:
            graph.nodes[node]["title"] = f"{graph.nodes[node]['label']}\nsensitive under {', '.join(under)}"
        _link_with_evidence(graph, company, node, policy, quotes.get((policy_iri, category), ""), relation="collects")
    for _, data in graph.nodes(data=True):
        data.setdefault("sensitive", False)
        data.setdefault("sensitive_under", "")
    return graph


def sharing(store: Store) -> nx.Graph:
    """Recipient kinds, companies and the conditions under which each company says it discloses data."""
    policies = _latest(store)
    names = labels(store)
    graph = nx.Graph(view="sharing")
    for prop, kind, layer, relation in (
        ("pkg:sharesWith", "recipient", 0, "shares with"),
        ("pkg:disclosesWhen", "condition", 2, "discloses when"),
    ):
        quotes = _quotes_for(store, prop)
        for policy_iri, concept in _pairs(store, prop):
            policy = policies.get(policy_iri)
            if policy is None:
                continue
            company = _add_company(graph, policy, layer=1)
            node = _add_concept(graph, concept, kind=kind, layer=layer, names=names)
            _link_with_evidence(graph, company, node, policy, quotes.get((policy_iri, concept), ""), relation=relation)
    return graph


_LAW_RELATIONS = {"permittedForSharingBy": "allows sharing", "permittedForCollectionBy": "allows collection/use"}


def conditions_law(store: Store) -> nx.Graph:
    """Disclosure conditions between the companies that claim them and the provisions that allow them.

    A claim edge has ``law_allows_sharing`` False when no provision allows sharing in that case
    (e.g. ``contract`` or ``protect-rights`` under GB/T 35273 §8.5/§9.5): those are the gaps.
    """
    policies = _latest(store)
    names = labels(store)
    graph = nx.Graph(view="conditions-law")
    rows = store.select(
        sparql_prefixes()
        + "SELECT DISTINCT ?c ?rel ?law WHERE { "
        "VALUES ?rel { pkg:permittedForSharingBy pkg:permittedForCollectionBy } ?c ?rel ?law }"
    )
    for row in rows:
        condition = _add_concept(graph, str(row["c"]), kind="condition", layer=1, names=names)
        provision = _add_concept(graph, str(row["law"]), kind="provision", layer=2, names=names)
        relation = _LAW_RELATIONS[short_name(str(row["rel"]))]
        _link(graph, condition, provision, relation=relation)
        if relation == "allows sharing":
            graph.nodes[condition]["sharing_basis"] = True
    quotes = _quotes_for(store, "pkg:disclosesWhen")
    for policy_iri, concept in _pairs(store, "pkg:disclosesWhen"):
        policy = policies.get(policy_iri)
        if policy is None:
            continue
        company = _add_company(graph, policy, layer=0)
        condition = _add_concept(graph, concept, kind="condition", layer=1, names=names)
        _link_with_evidence(graph, company, condition, policy, quotes.get((policy_iri, concept), ""), relation="claims")
    for node, data in graph.nodes(data=True):
        if data["kind"] == "condition":
            # consent is itself the basis for sharing (PIPL 13(1), 23), so it needs no exception
            data.setdefault("sharing_basis", node == str(VOCAB["condition/consent"]))
            claimed = sum(1 for n in graph[node] if graph.nodes[n]["kind"] == "company")
            data["claimed_by"] = claimed
            basis = "has a sharing exception in law" if data["sharing_basis"] else "no provision allows sharing in this case"
            data["title"] = f"{data['label']}\n{basis}\nclaimed by {claimed} companies"
    for source, target, data in graph.edges(data=True):
        if data["relation"] == "claims":
            condition = target if graph.nodes[target]["kind"] == "condition" else source
            data["law_allows_sharing"] = bool(graph.nodes[condition]["sharing_basis"])
    return graph


# Properties of a statement whose objects are vocabulary concepts or laws, with the edge label shown.
VALUE_PROPERTIES = {
    DPV.hasPersonalData: "data",
    DPV.hasPurpose: "purpose",
    DPV.hasRecipient: "recipient",
    DPV.hasRight: "right",
    PKG.hasMeasure: "measure",
    PKG.trackingTechnology: "tracking",
    PKG.citesLaw: "cites",
    PKG.storageLocation: "stored in",
}
SCALAR_PROPERTIES = {
    PKG.retentionPeriod: "period",
    PKG.retentionKind: "retention",
    PKG.ageThreshold: "age",
    PKG.email: "email",
    PKG.phone: "phone",
    PKG.statedDate: "date",
    PKG.dateRole: "date role",
}


def policy_network(store: Store, *, policy: str) -> nx.DiGraph:
    """One policy's own graph: publisher, statements (quote on hover), their values and conditions."""
    ref = resolve_policy(store, policy)
    names = labels(store)
    data = Graph()
    for s, p, o, _ in store.quads(str(GRAPH[f"policy/{ref.docid}"])):
        data.add((s, p, o))
    quotes = _quotes(data)
    graph = nx.DiGraph(view="policy", policy=ref.iri)
    graph.add_node(ref.iri, label=ref.file or ref.docid, kind="policy", layer=1, iri=ref.iri,
                   title=f"{ref.title or ref.file}\n{ref.company}\nlanguage: {ref.language}")
    if ref.company_iri != ref.iri:
        graph.add_node(ref.company_iri, label=ref.company, kind="company", layer=0, iri=ref.company_iri, title=ref.company)
        graph.add_edge(ref.company_iri, ref.iri, relation="publishes", weight=1)
    statements = sorted(data.objects(URIRef(ref.iri), PKG.states), key=statement_order)
    for statement in statements:
        node = str(statement)
        classes = sorted(short_name(str(c)) for c in data.objects(statement, RDF.type))
        kind_label = (classes[0] if classes else "Statement").removesuffix("Statement") or "Statement"
        negative = (statement, PKG.hasPolarity, PKG.Negative) in data
        conditional = (statement, PKG.hasPolarity, PKG.Conditional) in data
        quote, start, end = quotes.get(node, ("", None, None))
        scalars = [f"{label}: {short_name(str(o)) if isinstance(o, URIRef) else o}"
                   for prop, label in SCALAR_PROPERTIES.items() for o in data.objects(statement, prop)]
        label = ("not " if negative else "only if: " if conditional else "") + kind_label
        where = f" [{start}\u2013{end}]" if start is not None else ""
        title = "\n".join([label, *scalars, f"\u201c{quote}\u201d{where}" if quote else ""]).strip()
        graph.add_node(node, label=label, kind="statement", layer=2, iri=node, title=title, quote=quote,
                       negative=negative, start=-1 if start is None else start, end=-1 if end is None else end)
        graph.add_edge(ref.iri, node, relation="states", weight=1)
        for prop, relation in VALUE_PROPERTIES.items():
            for value in data.objects(statement, prop):
                if isinstance(value, Literal):
                    continue
                target = _add_concept(graph, str(value), kind="value", layer=4, names=names)
                graph.add_edge(node, target, relation=relation, weight=1)
        for condition in data.objects(statement, PKG.hasCondition):
            condition_node = str(condition)
            kinds = [str(k) for k in data.objects(condition, PKG.conditionKind)]
            c_quote, c_start, c_end = quotes.get(condition_node, ("", None, None))
            c_label = (names.get(kinds[0]) or short_name(kinds[0])) if kinds else "condition"
            graph.add_node(condition_node, label=c_label, kind="condition", layer=3, iri=condition_node,
                           title=f"condition: {c_label}\n\u201c{c_quote}\u201d" if c_quote else f"condition: {c_label}",
                           quote=c_quote, start=-1 if c_start is None else c_start, end=-1 if c_end is None else c_end)
            graph.add_edge(node, condition_node, relation="when", weight=1)
            for kind in kinds:
                target = _add_concept(graph, kind, kind="value", layer=4, names=names)
                graph.add_edge(condition_node, target, relation="kind", weight=1)
    return graph


def statement_order(node: object) -> tuple[int, str]:
    """Sort key putting .../s/2 before .../s/10."""
    tail = str(node).rsplit("/", 1)[-1]
    return (int(tail), "") if tail.isdigit() else (1 << 30, tail)


def _quotes(data: Graph) -> dict[str, tuple[str, int | None, int | None]]:
    """Statement/condition IRI -> the first evidence quote with its offsets, from one policy graph."""
    found: dict[str, tuple[str, int | None, int | None]] = {}
    for subject, annotation in data.subject_objects(PKG.evidence):
        for target in data.objects(annotation, OA.hasTarget):
            exact, start, end = "", None, None
            for selector in data.objects(target, OA.hasSelector):
                for value in data.objects(selector, OA.exact):
                    exact = str(value)
                for value in data.objects(selector, OA.start):
                    start = int(value.toPython())  # type: ignore[union-attr]
                for value in data.objects(selector, OA.end):
                    end = int(value.toPython())  # type: ignore[union-attr]
            key = str(subject)
            if key not in found or (start is not None and (found[key][1] is None or start < found[key][1])):
                found[key] = (exact, start, end)
    return found
