"""GraphML, GEXF and Cytoscape JSON files of a view, for Gephi, Cytoscape desktop and yEd.

networkx writes them; attribute values are already plain scalars (see ``networks.py``), and
anything else is turned into text here so no writer fails on an unexpected type.
"""
from __future__ import annotations

import json
from pathlib import Path

import networkx as nx

__all__ = ["plain_graph", "write_graphml", "write_gexf", "write_cyjs", "cytoscape_elements"]


def _plain(value: object) -> str | int | float | bool:
    if isinstance(value, (bool, int, float, str)):
        return value
    return "" if value is None else str(value)


def plain_graph(graph: nx.Graph) -> nx.Graph:
    """A copy whose node, edge and graph attributes are str/int/float/bool only (what GraphML/GEXF hold)."""
    copy = graph.__class__()
    copy.graph.update({k: _plain(v) for k, v in graph.graph.items()})
    copy.add_nodes_from((n, {k: _plain(v) for k, v in d.items()}) for n, d in graph.nodes(data=True))
    copy.add_edges_from((u, v, {k: _plain(x) for k, x in d.items()}) for u, v, d in graph.edges(data=True))
    return copy


def write_graphml(graph: nx.Graph, out: Path) -> Path:
    nx.write_graphml(plain_graph(graph), out, encoding="utf-8", prettyprint=True)
    return out


def write_gexf(graph: nx.Graph, out: Path) -> Path:
    nx.write_gexf(plain_graph(graph), out, encoding="utf-8", prettyprint=True)
    return out


def cytoscape_elements(graph: nx.Graph) -> dict:
    """The graph as Cytoscape.js JSON (``networkx.cytoscape_data``): ``{"data": ..., "elements": {...}}``."""
    plain = plain_graph(graph)
    for node, data in plain.nodes(data=True):
        data["name"] = data.get("label", node)  # cytoscape_data reads "name" for the display name
    return nx.cytoscape_data(plain)


def write_cyjs(graph: nx.Graph, out: Path) -> Path:
    out.write_text(json.dumps(cytoscape_elements(graph), ensure_ascii=False, indent=1), encoding="utf-8")
    return out
