"""policykg.compliance: check policies against PRC law and report findings per policy and requirement.

``check_policies(store)`` runs the SPARQL requirements of ``queries/compliance`` and the ontology's
SHACL shapes, writes findings to ``pkgr:compliance`` and returns them; ``render_report`` writes them
as Markdown, HTML or JSON.
"""
from __future__ import annotations

from policykg.compliance.check import CheckError, CheckResult, PolicyInfo, check_policies
from policykg.compliance.findings import Evidence, Finding, Requirement
from policykg.compliance.report import REPORT_FORMATS, render_report

__all__ = [
    "REPORT_FORMATS",
    "CheckError",
    "CheckResult",
    "Evidence",
    "Finding",
    "PolicyInfo",
    "Requirement",
    "check_policies",
    "render_report",
]
