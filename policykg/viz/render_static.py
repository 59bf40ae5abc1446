"""PNG and SVG pictures of a view as a matrix, with matplotlib: readable at 5 and at 500 policies.

A drawn bipartite graph of 18 companies and 60 categories is a hairball in print: no line can be
followed and most labels must be dropped. A matrix answers the view's question at a glance and
labels every row and column: for the cross-policy views, one row per company and one column per
concept it links to (data category, recipient, disclosure condition), a filled cell where its
policy says so; for one policy, one row per value it names and one column per kind of statement,
the cell giving how many statements say it. Colours are the interactive page's (``palette``).
The interactive HTML page keeps the graph, with the evidence quotes on hover.
"""
from __future__ import annotations

import warnings
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import matplotlib

matplotlib.use("Agg")  # no display needed; must precede pyplot

import matplotlib.pyplot as plt  # noqa: E402
import networkx as nx  # noqa: E402
from matplotlib.colors import to_rgba  # noqa: E402
from matplotlib.patches import Patch  # noqa: E402

from policykg.fonts import cjk_font_files, has_cjk, warn_missing_cjk_font  # noqa: E402
from policykg.viz.palette import COLOURS, GAP_COLOUR, edge_colour, node_colour  # noqa: E402

__all__ = ["render_static", "Matrix", "view_matrix", "cjk_font_families"]

CELL = 0.24  # inches per cell while the picture stays within MAX_SIDE
MAX_SIDE = 40.0  # inches; beyond, cells shrink and row labels give way to a count
LABEL_LIMIT = 42  # characters of a row or column label


@dataclass
class Matrix:
    """What a picture shows: labelled rows and columns, each filled cell's colour and count."""

    rows: list[str]
    row_labels: list[str]
    columns: list[str]
    column_labels: list[str]
    column_colours: list[str]  # label colour: red for sensitive categories / conditions without a sharing basis
    groups: list[tuple[str, int, int]]  # (caption, first column, last column + 1)
    cells: dict[tuple[int, int], tuple[str, int]] = field(default_factory=dict)  # (row, column) -> (colour, count)
    legend: list[tuple[str, str]] = field(default_factory=list)  # (text, colour)
    counts_in_cells: bool = False
    row_caption: str = ""


def render_static(graph: nx.Graph, out: Path, *, image_format: str, title: str = "") -> Path:
    """Draw the matrix of ``graph`` into ``out`` as ``png`` or ``svg``; returns ``out``."""
    matrix = view_matrix(graph)
    families = cjk_font_families()
    if not families and image_format == "png" and _draws_chinese(matrix, title):
        warn_missing_cjk_font(out)  # SVG keeps text as text: the viewer's fonts draw it
    # SVG keeps text as text (searchable, editable); CJK fonts are fallbacks for Chinese labels
    settings = {"svg.fonttype": "none", "font.family": ["DejaVu Sans", *families]}
    with plt.rc_context(settings), warnings.catch_warnings():
        warnings.filterwarnings("ignore", message=r"Glyph \d+ .* missing from font", category=UserWarning)
        return _draw(matrix, out, image_format=image_format, title=title)


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


def _draws_chinese(matrix: Matrix, title: str) -> bool:
    return has_cjk(title) or any(has_cjk(t) for t in (*matrix.row_labels, *matrix.column_labels))


# ---------------------------------------------------------------- from a view's graph to a matrix

def view_matrix(graph: nx.Graph) -> Matrix:
    """The matrix a view's picture shows (see the module docstring)."""
    if graph.graph.get("view") == "policy":
        return _policy_matrix(graph)
    return _company_matrix(graph)


def _label(graph: nx.Graph, node: str) -> str:
    return _shorten(str(graph.nodes[node].get("label", node)))


def _company_matrix(graph: nx.Graph) -> Matrix:
    companies = [n for n, d in graph.nodes(data=True) if d.get("kind") == "company"]
    linked: dict[str, set[str]] = defaultdict(set)
    for company in companies:
        for other in graph[company]:
            if graph.nodes[other].get("kind") != "company":
                linked[other].add(company)
    # columns grouped by kind in the view's left-to-right order, most widespread first
    kinds = sorted({graph.nodes[c].get("kind") for c in linked}, key=lambda k: min(
        int(graph.nodes[c].get("layer", 0)) for c in linked if graph.nodes[c].get("kind") == k))
    columns: list[str] = []
    groups: list[tuple[str, int, int]] = []
    for kind in kinds:
        members = sorted((c for c in linked if graph.nodes[c].get("kind") == kind),
                         key=lambda c: (-len(linked[c]), _label(graph, c).casefold()))
        groups.append((_GROUP_CAPTIONS.get(str(kind), str(kind)), len(columns), len(columns) + len(members)))
        columns += members
    rows = sorted(companies, key=lambda n: (-sum(1 for c in graph[n] if c in linked), _label(graph, n).casefold()))
    index = {c: i for i, c in enumerate(columns)}
    cells: dict[tuple[int, int], tuple[str, int]] = {}
    gaps = False
    for r, company in enumerate(rows):
        for other in graph[company]:
            if other not in index:
                continue
            data = graph.edges[company, other]
            gap = data.get("relation") == "claims" and not data.get("law_allows_sharing", True)
            colour = edge_colour(data) if gap else node_colour(graph.nodes[other])
            gaps = gaps or gap
            cells[(r, index[other])] = (colour, int(data.get("weight", 1)))
    column_colours = [_column_colour(graph.nodes[c]) for c in columns]
    legend = [(name, colour) for name, colour in _company_legend(graph, columns, gaps)]
    return Matrix(
        rows=rows, row_labels=[f"{_label(graph, r)} ({graph.nodes[r].get('policies', 1)})" if graph.nodes[r].get("policies", 1) > 1
                               else _label(graph, r) for r in rows],
        columns=columns, column_labels=[f"{_label(graph, c)} ({len(linked[c])})" for c in columns],
        column_colours=column_colours, groups=groups, cells=cells, legend=legend,
        row_caption=f"{len(rows)} companies; (n) after a column: how many of them",
    )


_GROUP_CAPTIONS = {"category": "data categories collected", "recipient": "recipients shared with",
                   "condition": "disclosure conditions claimed", "value": "values"}


def _column_colour(data: dict) -> str:
    if data.get("kind") == "category" and data.get("sensitive"):
        return COLOURS["sensitive"]
    if data.get("kind") == "condition" and data.get("sharing_basis") is False:
        return GAP_COLOUR
    return "#222222"


def _company_legend(graph: nx.Graph, columns: list[str], gaps: bool) -> list[tuple[str, str]]:
    entries: dict[str, str] = {}
    for column in columns:
        data = graph.nodes[column]
        if data.get("kind") == "category" and data.get("sensitive"):
            entries.setdefault("collects a sensitive category (PIPL art. 28 / GB/T 35273 annex B; red label)", COLOURS["sensitive"])
        elif data.get("kind") == "category":
            entries.setdefault("collects this category", COLOURS["category"])
        elif data.get("kind") == "recipient":
            entries.setdefault("shares with this kind of recipient", COLOURS["recipient"])
        elif data.get("kind") == "condition":
            entries.setdefault("discloses in this case" if graph.graph.get("view") == "sharing"
                               else "claims this condition; the law allows sharing in it", COLOURS["condition"])
    if gaps:
        entries["claims a condition no provision allows sharing under (red label)"] = GAP_COLOUR
    return list(entries.items())


def _policy_matrix(graph: nx.Graph) -> Matrix:
    """Rows: the values one policy names (grouped by relation); columns: its kinds of statement."""
    counts: Counter[tuple[str, str]] = Counter()
    relation_of: dict[str, str] = {}
    for node, data in graph.nodes(data=True):
        if data.get("kind") != "statement":
            continue
        column = str(data.get("label", "statement"))
        for target in graph.successors(node):
            target_data = graph.nodes[target]
            if target_data.get("kind") == "value":
                relation_of.setdefault(target, str(graph.edges[node, target].get("relation", "")))
                counts[(target, column)] += 1
            elif target_data.get("kind") == "condition":
                for kind in graph.successors(target):
                    relation_of.setdefault(kind, "condition")
                    counts[(kind, column)] += 1
    columns = sorted({c for _, c in counts}, key=lambda c: (c.startswith("not "), -sum(n for (_, k), n in counts.items() if k == c), c))
    order = ["data", "purpose", "recipient", "condition", "right", "measure", "tracking", "stored in", "cites"]
    rows = sorted(relation_of, key=lambda v: (order.index(relation_of[v]) if relation_of[v] in order else len(order),
                                              -sum(n for (r, _), n in counts.items() if r == v), _label(graph, v).casefold()))
    column_index = {c: i for i, c in enumerate(columns)}
    cells = {}
    for (value, column), number in counts.items():
        colour = "#b0b0b0" if column.startswith("not ") else COLOURS["statement"]
        cells[(rows.index(value), column_index[column])] = (colour, number)
    return Matrix(
        rows=rows, row_labels=[f"{relation_of[v]}: {_label(graph, v)}" for v in rows],
        columns=columns, column_labels=columns, column_colours=["#222222"] * len(columns),
        groups=[("kinds of statement", 0, len(columns))], cells=cells, counts_in_cells=True,
        legend=[("number of statements of that kind naming the value", COLOURS["statement"]),
                ("statements that deny (\u201cwe do not \u2026\u201d)", "#b0b0b0")],
        row_caption=f"{len(rows)} values the policy names",
    )


def _shorten(label: str, limit: int = LABEL_LIMIT) -> str:
    label = " ".join(label.split())
    return label if len(label) <= limit else label[: limit - 1] + "\u2026"


# ---------------------------------------------------------------- drawing

def _draw(matrix: Matrix, out: Path, *, image_format: str, title: str) -> Path:
    n_rows, n_cols = max(1, len(matrix.rows)), max(1, len(matrix.columns))
    cell = min(CELL, MAX_SIDE / n_rows, MAX_SIDE / n_cols)
    label_rows = cell >= 0.11  # below ~8 px a row label cannot be read: the caption gives the count
    font = max(5.0, min(9.0, cell * 72 * 0.75))
    left = 0.3 + (0.075 * font / 9 * max((len(t) for t in matrix.row_labels), default=10) if label_rows else 0.4)
    top = 0.6 + 0.075 * font / 9 * max((len(t) for t in matrix.column_labels), default=10) + 0.5
    bottom = 0.5 + 0.22 * (len(matrix.legend) + 1)
    width, height = left + n_cols * cell + 0.6, top + n_rows * cell + bottom
    figure = plt.figure(figsize=(max(width, 7.0), height), dpi=100)
    try:
        axes = figure.add_axes((left / max(width, 7.0), bottom / height, n_cols * cell / max(width, 7.0), n_rows * cell / height))
        image = [[(1.0, 1.0, 1.0, 1.0)] * n_cols for _ in range(n_rows)]
        top_count = max((n for _, n in matrix.cells.values()), default=1)
        for (r, c), (colour, number) in matrix.cells.items():
            strength = 0.45 + 0.55 * (number / top_count) if matrix.counts_in_cells else 1.0
            red, green, blue, _ = to_rgba(colour)
            image[r][c] = (1 - strength * (1 - red), 1 - strength * (1 - green), 1 - strength * (1 - blue), 1.0)
        axes.imshow(image, aspect="auto", interpolation="nearest", extent=(-0.5, n_cols - 0.5, n_rows - 0.5, -0.5))
        if matrix.counts_in_cells:
            for (r, c), (_, number) in matrix.cells.items():
                axes.text(c, r, str(number), ha="center", va="center", fontsize=font * 0.85, color="#111111")
        axes.set_xticks([x - 0.5 for x in range(n_cols + 1)], minor=True)
        axes.set_yticks([y - 0.5 for y in range(n_rows + 1)], minor=True)
        axes.grid(which="minor", color="#dddddd", linewidth=0.5)
        axes.tick_params(which="both", length=0)
        axes.xaxis.tick_top()
        axes.set_xticks(range(len(matrix.columns)))
        axes.set_xticklabels(matrix.column_labels, rotation=90, fontsize=font)
        for tick, colour in zip(axes.get_xticklabels(), matrix.column_colours):
            tick.set_color(colour)
        if label_rows:
            axes.set_yticks(range(len(matrix.rows)))
            axes.set_yticklabels(matrix.row_labels, fontsize=font)
        else:
            axes.set_yticks([])
        axes.set_ylabel(matrix.row_caption, fontsize=8)
        for _, first, last in matrix.groups[1:]:
            axes.axvline(first - 0.5, color="#555555", linewidth=1.2)
        for caption, first, last in matrix.groups:
            if last > first:
                axes.annotate(caption, xy=((first + last - 1) / 2, n_rows - 0.5), xytext=(0, -6), textcoords="offset points",
                              ha="center", va="top", fontsize=8.5, annotation_clip=False)
        for spine in axes.spines.values():
            spine.set_color("#999999")
        if title:
            figure.suptitle(title, fontsize=13, y=1 - 0.25 / height, va="top")
        if matrix.legend:
            figure.legend(handles=[Patch(facecolor=c, label=t) for t, c in matrix.legend], loc="lower left",
                          bbox_to_anchor=(0.02, 0.01), fontsize=8, frameon=False)
        figure.savefig(out, format=image_format)
    finally:
        plt.close(figure)
    return out
