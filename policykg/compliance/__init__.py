"""policykg.compliance: judge policies against the requirement model (``ontology/requirements``) at
their own date, store the findings in ``pkgr:compliance`` and report or export them (policy-findings/1).
"""
from __future__ import annotations

from policykg.compliance.check import CheckError, CheckResult, PolicyInfo, check_policies
from policykg.compliance.report import REPORT_FORMATS, render_report

__all__ = ["REPORT_FORMATS", "CheckError", "CheckResult", "PolicyInfo", "check_policies", "render_report"]
