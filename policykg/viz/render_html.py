"""One self-contained interactive HTML page per view: works offline, from a file or any web server.

Cytoscape.js (MIT, vendored in ``vendor/``) and our page script are inlined. The graph travels as
``<script type="application/json">`` with ``<``, ``>`` and ``&`` escaped, and the page sets text
with ``textContent`` only, so a policy quote holding ``<script>`` is shown, never run. A Content
Security Policy allows exactly the page's own inline scripts (by SHA-256) and no network at all.
"""
from __future__ import annotations

import base64
import hashlib
import math
import re
from functools import lru_cache
from importlib import resources

import networkx as nx

from policykg.export.safety import escape_html, json_for_script
from policykg.viz.layout import labelled_nodes, layered_positions, node_sizes
from policykg.viz.palette import edge_colour, legend_entries, node_colour

__all__ = ["render_html", "graph_payload", "page_positions"]

_PLACEHOLDER = re.compile(r"\{\{([A-Z]+)\}\}")


@lru_cache(maxsize=4)
def _asset(*parts: str) -> str:
    node = resources.files("policykg.viz")
    for part in parts:
        node = node.joinpath(part)
    try:
        return node.read_text(encoding="utf-8")
    except FileNotFoundError as error:
        raise FileNotFoundError(f"{node}: missing from the policykg package; reinstall policykg") from error


ROWS_PER_BLOCK = 60  # a column with more nodes is folded into side-by-side sub-columns
ROW_GAP, SUB_COLUMN_GAP, LAYER_GAP = 22.0, 70.0, 350.0
LABELLED_SUB_COLUMN_GAP = 260.0  # sub-columns whose every node is labelled leave room for the labels


def page_positions(graph: nx.Graph) -> dict[str, tuple[float, float]]:
    """Pixel positions for the page: the layered order, with big columns folded into blocks.

    A column of 500 companies as one line would be 11,000 px tall and unreadable when fitted;
    folded into sub-columns of at most ``ROWS_PER_BLOCK`` it keeps a screen-like aspect ratio
    and every node stays clickable when zoomed in.
    """
    layered = layered_positions(graph)
    shown = labelled_nodes(graph)
    columns: dict[float, list[str]] = {}
    for node, (x, _) in layered.items():
        columns.setdefault(x, []).append(node)
    tallest = max((_per_block(len(nodes)) for nodes in columns.values()), default=1)
    placed: dict[str, tuple[float, float]] = {}
    cursor = 0.0
    for x in sorted(columns):
        nodes = sorted(columns[x], key=lambda n: -layered[n][1])
        per = _per_block(len(nodes))
        top = (tallest - per) * ROW_GAP / 2.0
        gap = LABELLED_SUB_COLUMN_GAP if all(n in shown for n in nodes) else SUB_COLUMN_GAP
        for index, node in enumerate(nodes):
            placed[node] = (cursor + (index // per) * gap, top + (index % per) * ROW_GAP)
        cursor += ((len(nodes) - 1) // per) * gap + LAYER_GAP
    return placed


def _per_block(count: int) -> int:
    """Rows per sub-column: at most ROWS_PER_BLOCK, and the sub-columns of one column equally long."""
    blocks = max(1, math.ceil(count / ROWS_PER_BLOCK))
    return max(1, math.ceil(count / blocks))


def graph_payload(graph: nx.Graph) -> dict:
    """What the page draws: Cytoscape elements with preset positions, colours, sizes and shown labels."""
    positions = page_positions(graph)
    sizes = node_sizes(graph, smallest=8.0 if len(graph) > 200 else 12.0, largest=ROW_GAP * 0.9)
    shown = labelled_nodes(graph)
    ids = {node: f"n{index}" for index, node in enumerate(graph.nodes)}
    elements: list[dict] = []
    for node, data in graph.nodes(data=True):
        x, y = positions[node]
        label = str(data.get("label", node))
        elements.append({
            "group": "nodes",
            "data": {
                "id": ids[node], "iri": str(data.get("iri", node)), "label": label, "kind": str(data.get("kind", "")),
                "title": str(data.get("title", label)), "colour": node_colour(data), "size": round(sizes[node], 1),
                "shown": label if node in shown else "",
            },
            "position": {"x": x, "y": y},
        })
    for index, (source, target, data) in enumerate(graph.edges(data=True)):
        elements.append({
            "group": "edges",
            "data": {
                "id": f"e{index}", "source": ids[source], "target": ids[target],
                "relation": str(data.get("relation", "")), "weight": int(data.get("weight", 1)),
                "colour": edge_colour(data), "title": str(data.get("title", "")),
            },
        })
    node_entries, edge_entries = legend_entries(graph)
    legend = [{"name": name, "colour": colour, "shape": "dot"} for name, colour in node_entries]
    legend += [{"name": name, "colour": colour, "shape": "line"} for name, colour in edge_entries]
    edge_opacity = max(0.08, min(0.7, 12.0 / math.sqrt(graph.number_of_edges() or 1)))
    return {"elements": elements, "legend": legend, "edgeOpacity": round(edge_opacity, 3)}


def _script_hash(source: str) -> str:
    digest = hashlib.sha256(source.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def render_html(graph: nx.Graph, *, title: str, description: str = "") -> str:
    """The page for ``graph`` as one HTML string (about 450 kB of it is Cytoscape.js)."""
    cytoscape = _asset("vendor", "cytoscape.min.js")
    app = _asset("assets", "page.js")
    csp = (
        "default-src 'none'; "
        f"script-src {_script_hash(cytoscape)} {_script_hash(app)}; "
        "style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"
    )
    values = {
        "CSP": escape_html(csp),
        "TITLE": escape_html(title),
        "DESCRIPTION": escape_html(description),
        "DATA": json_for_script(graph_payload(graph)),
        "CYTOSCAPE": cytoscape,
        "APP": app,
    }
    # one pass: text substituted in is never scanned again for placeholders
    return _PLACEHOLDER.sub(lambda match: values[match.group(1)], _asset("assets", "page.html"))
