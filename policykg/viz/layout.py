"""Deterministic layered layout shared by the static and the interactive renderers.

Views put each node in a ``layer`` (a column). Each column is spread over the full height, and
nodes are ordered by the mean position of their neighbours in the columns already placed (one
barycentre sweep), which removes most edge crossings and costs O(edges): fast at 500 policies.
"""
from __future__ import annotations

import math

import networkx as nx

__all__ = ["layered_positions", "labelled_nodes", "node_sizes"]


def layered_positions(graph: nx.Graph) -> dict[str, tuple[float, float]]:
    """Node -> (x, y) with x = layer index, y in [0, 1] (top = 1). Nodes without a layer go to column 0."""
    columns: dict[int, list[str]] = {}
    for node, data in graph.nodes(data=True):
        columns.setdefault(int(data.get("layer", 0)), []).append(node)
    order = sorted(columns)
    # start from the column with the fewest nodes: it anchors the barycentres of the big ones
    anchor = min(order, key=lambda layer: (len(columns[layer]), layer))
    placed: dict[str, float] = {}
    sequence = [anchor] + sorted((layer for layer in order if layer != anchor), key=lambda layer: abs(layer - anchor))
    undirected = graph.to_undirected(as_view=True) if graph.is_directed() else graph
    for layer in sequence:
        nodes = columns[layer]
        def key(node: str) -> tuple[float, float, str]:
            known = [placed[n] for n in undirected[node] if n in placed]
            centre = sum(known) / len(known) if known else 0.5
            return (-centre, -undirected.degree(node), str(graph.nodes[node].get("label", node)).casefold())
        nodes = sorted(nodes, key=key) if layer != anchor else sorted(
            nodes, key=lambda n: (-undirected.degree(n), str(graph.nodes[n].get("label", n)).casefold()))
        count = len(nodes)
        for index, node in enumerate(nodes):
            placed[node] = 0.5 if count == 1 else 1.0 - index / (count - 1)
    x_of = {layer: index for index, layer in enumerate(order)}
    return {node: (float(x_of[int(graph.nodes[node].get("layer", 0))]), placed[node]) for node in graph.nodes}


def labelled_nodes(graph: nx.Graph, *, small_column: int = 60, max_per_layer: int = 25, vocabulary_column: int = 400) -> set[str]:
    """Nodes whose label is drawn: every node of a column of up to ``small_column`` nodes, every
    vocabulary concept (category, recipient, condition, provision, value: a bounded list a reader
    must be able to name) up to ``vocabulary_column``, else the best-connected few of the column.

    In a big column a node is labelled when its degree reaches a threshold: the smallest degree that
    keeps the labelled nodes at most ``max_per_layer`` (ties beyond that are broken by label order),
    so a column of 500 companies shows the few that collect the most, never an unreadable smear.
    """
    columns: dict[int, list[str]] = {}
    for node, data in graph.nodes(data=True):
        columns.setdefault(int(data.get("layer", 0)), []).append(node)
    chosen: set[str] = set()
    for nodes in columns.values():
        concepts = all(graph.nodes[n].get("kind") not in ("company", "policy", "statement") for n in nodes)
        if len(nodes) <= small_column or (concepts and len(nodes) <= vocabulary_column):
            chosen.update(nodes)
            continue
        ranked = sorted(nodes, key=lambda n: (-graph.degree(n), str(graph.nodes[n].get("label", n))))
        threshold = max(2, graph.degree(ranked[max_per_layer - 1]))
        chosen.update(n for n in ranked[:max_per_layer] if graph.degree(n) >= threshold)
    return chosen


def node_sizes(graph: nx.Graph, *, smallest: float, largest: float) -> dict[str, float]:
    """Node -> size growing with the square root of its degree."""
    top = max((d for _, d in graph.degree()), default=1) or 1
    return {n: smallest + (largest - smallest) * math.sqrt(d / top) for n, d in graph.degree()}
