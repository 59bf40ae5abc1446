"""PNG and SVG drawings of a view, with matplotlib and networkx, readable at 5 and at 500 policies.

Layered layout (one column per node kind), node size by degree, labels only where they can be
read (see ``layout.labelled_nodes``), and edge transparency that falls as edges multiply.
"""
from __future__ import annotations

import math
import warnings
from functools import lru_cache
from pathlib import Path

import matplotlib

matplotlib.use("Agg")  # no display needed; must precede pyplot

import matplotlib.pyplot as plt  # noqa: E402
import networkx as nx  # noqa: E402
from matplotlib.lines import Line2D  # noqa: E402

from policykg.fonts import cjk_font_files, has_cjk, warn_missing_cjk_font  # noqa: E402
from policykg.viz.layout import labelled_nodes, layered_positions, node_sizes  # noqa: E402
from policykg.viz.palette import COLOURS, GAP_COLOUR, edge_colour, node_colour  # noqa: E402

__all__ = ["render_static"]


def render_static(graph: nx.Graph, out: Path, *, image_format: str, title: str = "") -> Path:
    """Draw ``graph`` into ``out`` as ``png`` or ``svg``; returns ``out``."""
    positions = layered_positions(graph)
    columns = max((x for x, _ in positions.values()), default=0) + 1
    tallest = max((sum(1 for n in graph if positions[n][0] == x) for x in range(int(columns))), default=1)
    height = min(18.0, max(6.0, 0.3 * tallest))
    width = min(30.0, max(3.0 + 3.2 * columns, 12.0 if tallest > 60 else 0.0))
    families = cjk_font_families()
    if not families and image_format == "png" and _draws_chinese(graph, title):
        warn_missing_cjk_font(out)  # SVG keeps text as text: the viewer's fonts draw it
    settings = {"svg.fonttype": "none", "font.family": ["DejaVu Sans", *families]}
    # SVG keeps text as text (searchable, editable); CJK fonts are fallbacks for Chinese labels
    with plt.rc_context(settings), warnings.catch_warnings():
        warnings.filterwarnings("ignore", message=r"Glyph \d+ .* missing from font", category=UserWarning)
        return _draw(graph, out, positions=positions, columns=int(columns), width=width, height=height,
                     image_format=image_format, title=title)


@lru_cache(maxsize=1)
def cjk_font_families() -> tuple[str, ...]:
    """Installed font families that cover Chinese, registered with matplotlib (which caches its font
    list and would not see a font installed after that). Empty when none is installed."""
    from matplotlib import font_manager

    families: list[str] = []
    for path in cjk_font_files():
        try:
            font_manager.fontManager.addfont(str(path))
            family = font_manager.FontProperties(fname=str(path)).get_name()
        except (OSError, RuntimeError, ValueError):
            continue
        if family not in families:
            families.append(family)
    return tuple(families)


def _draws_chinese(graph: nx.Graph, title: str) -> bool:
    return has_cjk(title) or any(has_cjk(str(data.get("label", ""))) for _, data in graph.nodes(data=True))


def _draw(graph: nx.Graph, out: Path, *, positions: dict, columns: int, width: float, height: float,
          image_format: str, title: str) -> Path:
    figure, axes = plt.subplots(figsize=(width, height), dpi=100)
    try:
        axes.set_axis_off()
        if title:
            axes.set_title(title, fontsize=14, parse_math=False)
        edges = graph.number_of_edges()
        alpha = max(0.06, min(0.7, 12.0 / math.sqrt(edges or 1)))
        if edges:
            nx.draw_networkx_edges(
                graph, positions, ax=axes, alpha=alpha, width=0.6,
                edge_color=[edge_colour(d) for _, _, d in graph.edges(data=True)],
                arrows=False,
            )
        sizes = node_sizes(graph, smallest=12.0 if len(graph) > 200 else 40.0, largest=400.0)
        nodes = list(graph.nodes)
        nx.draw_networkx_nodes(
            graph, positions, ax=axes, nodelist=nodes,
            node_size=[sizes[n] for n in nodes],
            node_color=[node_colour(graph.nodes[n]) for n in nodes],
            linewidths=0.3, edgecolors="white",
        )
        shown = labelled_nodes(graph)
        font = 9 if len(shown) <= 80 else 7
        for node in _without_overlaps(graph, shown, positions, gap=(font * 1.25 / 72.0) / (height * 0.85)):
            x, y = positions[node]
            label = _shorten(str(graph.nodes[node].get("label", node)))
            last = x == columns - 1
            axes.annotate(label, (x, y), xytext=(-6 if not last else 6, 0), textcoords="offset points",
                          ha="right" if not last else "left", va="center", fontsize=font, parse_math=False)
        _legend(axes, graph)
        axes.margins(x=0.25, y=0.03)
        figure.tight_layout()
        figure.savefig(out, format=image_format, bbox_inches="tight")
    finally:
        plt.close(figure)
    return out


def _without_overlaps(graph: nx.Graph, shown: set[str], positions: dict, *, gap: float) -> list[str]:
    """The labelled nodes minus those whose label would overprint a better-connected neighbour's."""
    kept: list[str] = []
    taken: dict[float, list[float]] = {}
    for node in sorted(shown, key=lambda n: (-graph.degree(n), str(n))):
        x, y = positions[node]
        column = taken.setdefault(x, [])
        if all(abs(y - other) >= gap for other in column):
            column.append(y)
            kept.append(node)
    return kept


def _shorten(label: str, limit: int = 40) -> str:
    return label if len(label) <= limit else label[: limit - 1] + "\u2026"


def _legend(axes, graph: nx.Graph) -> None:
    seen: dict[str, str] = {}
    for _, data in graph.nodes(data=True):
        colour = node_colour(data)
        name = "sensitive category" if colour == COLOURS["sensitive"] and data.get("kind") == "category" else str(data.get("kind"))
        seen.setdefault(name, colour)
    handles = [Line2D([], [], marker="o", linestyle="", color=c, label=n) for n, c in sorted(seen.items())]
    if any(d.get("relation") == "claims" and not d.get("law_allows_sharing", True) for _, _, d in graph.edges(data=True)):
        handles.append(Line2D([], [], color=GAP_COLOUR, label="claim without a sharing basis"))
    if handles:
        axes.legend(handles=handles, loc="lower center", bbox_to_anchor=(0.5, -0.06), ncol=min(len(handles), 4),
                    fontsize=8, frameon=False)
