"""Colours of node kinds and relations, shared by the static and interactive renderers."""
from __future__ import annotations

__all__ = ["COLOURS", "GAP_COLOUR", "node_colour", "edge_colour", "node_legend_name", "edge_legend_name", "legend_entries"]

COLOURS = {
    "company": "#4c72b0",
    "category": "#55a868",
    "sensitive": "#c44e52",
    "recipient": "#8172b2",
    "condition": "#dd8452",
    "provision": "#937860",
    "policy": "#222222",
    "statement": "#64b5cd",
    "value": "#b8a22e",
}
NEGATED_COLOUR = "#b0b0b0"
GAP_COLOUR = "#c44e52"


def node_colour(data: dict) -> str:
    """Fill colour of a node; sensitive categories and conditions without a sharing basis stand out."""
    if data.get("kind") == "category" and data.get("sensitive"):
        return COLOURS["sensitive"]
    if data.get("kind") == "statement" and data.get("negative"):
        return NEGATED_COLOUR
    return COLOURS.get(str(data.get("kind")), "#999999")


def edge_colour(data: dict) -> str:
    if data.get("relation") == "claims" and not data.get("law_allows_sharing", True):
        return GAP_COLOUR
    if data.get("relation") == "allows sharing":
        return "#2e8540"
    if data.get("relation") == "allows collection/use":
        return "#bbbbbb"
    return "#777777"


def node_legend_name(data: dict) -> str:
    """What a node's colour means, as the legend says it (one name per colour)."""
    kind = str(data.get("kind"))
    if kind == "category" and data.get("sensitive"):
        return "sensitive category (PIPL art. 28 / GB/T 35273 annex B)"
    if kind == "statement" and data.get("negative"):
        return "statement that denies (\u201cwe do not \u2026\u201d)"
    return kind


def edge_legend_name(data: dict) -> str:
    """What an edge's colour means."""
    if data.get("relation") == "claims" and not data.get("law_allows_sharing", True):
        return "claims a condition no provision allows sharing under"
    return str(data.get("relation", ""))


def legend_entries(graph) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:  # noqa: ANN001 - networkx graph
    """(node entries, edge entries): each (name, colour) once, nodes in the order of the view's layers."""
    nodes: dict[str, str] = {}
    for _, data in sorted(graph.nodes(data=True), key=lambda item: (int(item[1].get("layer", 0)), bool(item[1].get("negative")))):
        nodes.setdefault(node_legend_name(data), node_colour(data))
    by_colour: dict[str, set[str]] = {}
    for _, _, data in graph.edges(data=True):
        by_colour.setdefault(edge_colour(data), set()).add(edge_legend_name(data))
    # one entry per line colour, naming the relations drawn in it
    edges = [("links: " + ", ".join(sorted(names)), colour) for colour, names in by_colour.items()]
    return list(nodes.items()), sorted(edges)
