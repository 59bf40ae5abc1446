"""Output formats of ``policykg viz``: name -> file suffixes and writer, with the format read from the suffix."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import networkx as nx

from policykg.export.lookup import ExportError
from policykg.store.base import Store

__all__ = ["OutputFormat", "FORMATS", "format_for", "write_graph", "write_view"]


@dataclass(frozen=True)
class OutputFormat:
    name: str
    suffixes: tuple[str, ...]
    description: str
    write: Callable[[nx.Graph, Path, str, str], Path]  # graph, out, title, description


def _html(graph: nx.Graph, out: Path, title: str, description: str) -> Path:
    from policykg.viz.render_html import render_html

    out.write_text(render_html(graph, title=title, description=description), encoding="utf-8")
    return out


def _static(image_format: str) -> Callable[[nx.Graph, Path, str, str], Path]:
    def write(graph: nx.Graph, out: Path, title: str, description: str) -> Path:
        from policykg.viz.render_static import render_static

        return render_static(graph, out, image_format=image_format, title=title)

    return write


def _file(kind: str) -> Callable[[nx.Graph, Path, str, str], Path]:
    def write(graph: nx.Graph, out: Path, title: str, description: str) -> Path:
        from policykg.viz import render_files

        return getattr(render_files, f"write_{kind}")(graph, out)

    return write


FORMATS: dict[str, OutputFormat] = {
    f.name: f
    for f in (
        OutputFormat("html", (".html", ".htm"), "interactive page (Cytoscape.js inlined, works offline)", _html),
        OutputFormat("png", (".png",), "static picture", _static("png")),
        OutputFormat("svg", (".svg",), "static vector picture", _static("svg")),
        OutputFormat("graphml", (".graphml",), "GraphML for yEd, Gephi, Cytoscape desktop", _file("graphml")),
        OutputFormat("gexf", (".gexf",), "GEXF for Gephi", _file("gexf")),
        OutputFormat("cyjs", (".cyjs", ".json"), "Cytoscape.js JSON (networkx.cytoscape_data)", _file("cyjs")),
    )
}


def format_for(out: Path | None, explicit: str | None = None) -> OutputFormat:
    """The format named by ``explicit``, else the one the suffix of ``out`` names, else HTML."""
    if explicit:
        chosen = FORMATS.get(explicit.lower())
        if chosen is None:
            raise ExportError(f"unknown format {explicit!r}: choose one of {', '.join(FORMATS)}")
        return chosen
    if out is None:
        return FORMATS["html"]
    suffix = out.suffix.lower()
    for candidate in FORMATS.values():
        if suffix in candidate.suffixes:
            return candidate
    known = ", ".join(s for f in FORMATS.values() for s in f.suffixes)
    raise ExportError(f"{out}: cannot tell the format from the suffix {suffix or '(none)'}; use one of {known} or --format")


def write_graph(graph: nx.Graph, out: Path, *, output_format: OutputFormat, title: str = "", description: str = "") -> Path:
    """Write an already built view graph in ``output_format``; creates the parent folder."""
    out.parent.mkdir(parents=True, exist_ok=True)
    return output_format.write(graph, out, title, description)


def write_view(store: Store, view: str, out: Path, *, policy: str | None = None, output_format: str | None = None) -> nx.Graph:
    """Build view ``view`` from ``store`` and write it to ``out`` (format from ``output_format`` or the suffix).

    Returns the networkx graph that was drawn, so callers can report its size.

    Example: ``write_view(store, "sharing", Path("sharing.html"))``
    """
    from policykg.viz.views import VIEWS, build_view

    chosen = format_for(out, output_format)
    graph = build_view(store, view, policy=policy)
    spec = VIEWS[view]
    title = spec.title
    if spec.needs_policy and graph.graph.get("policy"):
        title = f"{spec.title}: {graph.nodes[graph.graph['policy']].get('label', '')}"
    write_graph(graph, out, output_format=chosen, title=title, description=spec.description)
    return graph
