"""Views of the graph as networks: built with networkx from the store, drawn as HTML, PNG or SVG,
or written as GraphML, GEXF and Cytoscape JSON. Entry point: :func:`write_view`."""
from __future__ import annotations

from policykg.viz.formats import FORMATS, format_for, write_graph, write_view
from policykg.viz.views import VIEWS, build_view

__all__ = ["FORMATS", "VIEWS", "build_view", "format_for", "write_graph", "write_view"]
