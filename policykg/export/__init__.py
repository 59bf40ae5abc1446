"""Exports for legal research: comparison matrices (XLSX/CSV), per-policy dossiers (Markdown, HTML,
PDF), the graph as RDF (TriG, N-Quads, JSON-LD, ontology as Turtle/RDF-XML) and citations
(CSL-JSON, BibTeX). ``safety`` holds the escaping every renderer shares. Entry point: :func:`run_export`.
"""
from __future__ import annotations

from policykg.export.kinds import KINDS, ExportKind, run_export
from policykg.export.lookup import ExportError

__all__ = ["KINDS", "ExportError", "ExportKind", "run_export"]
