"""Judge one policy against every requirement of the model at its ``as_of`` date.

Each requirement key maps to the check that evaluates it (``CHECKS``). A requirement whose sources
were all out of force at ``as_of`` is ``not-applicable`` without running its check; otherwise the
check's verdict is reported with the act or edition applied and the severity that follows from it.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from policykg.compliance import (checks_consent, checks_notice, checks_organisation, checks_security,
                                 checks_sharing, checks_special, checks_transfer)
from policykg.compliance.facts import PolicyFacts
from policykg.compliance.model import Applied, Requirement
from policykg.compliance.text import PolicyText
from policykg.compliance.verdicts import Verdict, verdict

PIPL_START = date(2021, 11, 1)
GBT_2020_START = date(2020, 10, 1)

Check = Callable[[PolicyFacts, Applied, date], Verdict]

CHECKS: dict[str, Check] = {
    "handler-identity": lambda f, a, d: checks_notice.handler_identity(f),
    "processing-scope": lambda f, a, d: checks_notice.processing_scope(f),
    "retention-period": lambda f, a, d: checks_notice.retention_period(f),
    "rights-exercise": lambda f, a, d: checks_notice.rights_exercise(f),
    "pi-officer": lambda f, a, d: checks_organisation.pi_officer(f),
    "policy-changes": lambda f, a, d: checks_consent.policy_changes(f),
    "consent-by-use": lambda f, a, d: checks_consent.consent_by_use(f),
    "bundled-consent": lambda f, a, d: checks_consent.bundled_consent(f),
    "legal-basis": lambda f, a, d: checks_consent.legal_basis(f),
    "sharing-separate-consent": lambda f, a, d: checks_sharing.sharing_separate_consent(
        f, separate_required=d >= PIPL_START),
    "public-disclosure": lambda f, a, d: checks_sharing.public_disclosure(f, pipl_in_force=d >= PIPL_START),
    "gbt-sharing-exceptions": lambda f, a, d: checks_sharing.gbt_sharing_exceptions(
        f, pipl_in_force=d >= PIPL_START, edition_2017=d < GBT_2020_START),
    "sensitive-pi-consent": lambda f, a, d: checks_special.sensitive_pi_consent(
        f, edition_2017=d < GBT_2020_START, pipl_in_force=d >= PIPL_START),
    "minors": lambda f, a, d: checks_special.minors(f),
    "automated-decision": lambda f, a, d: checks_special.automated_decision(f, edition_2017=d < GBT_2020_START),
    "cross-border-mechanism": lambda f, a, d: checks_transfer.cross_border_mechanism(f, pipl_in_force=d >= PIPL_START),
    "cross-border-consent": lambda f, a, d: checks_transfer.cross_border_consent(f),
    "overseas-representative": lambda f, a, d: checks_organisation.overseas_representative(f),
    "security-measures": lambda f, a, d: checks_security.security_measures(f),
    "incident-notification": lambda f, a, d: checks_security.incident_notification(f),
    "de-identified-data": lambda f, a, d: checks_security.de_identified_data(f),
}


@dataclass(frozen=True)
class Judgement:
    """One policy × one requirement: the verdict and the law it was reached under."""

    requirement: Requirement
    applied: Applied
    as_of: date
    result: Verdict

    @property
    def severity(self) -> str:
        return self.applied.severity


def judge(policy: PolicyText, requirements: dict[str, Requirement], as_of: date) -> list[Judgement]:
    """Every requirement for one policy at ``as_of``."""
    facts = PolicyFacts.read(policy)
    out = []
    for key, requirement in requirements.items():
        applied = requirement.at(as_of)
        if not applied.applicable:
            sources = sorted({s.label for _, s in requirement.provisions})
            result = verdict("not-applicable", f"None of its sources ({'; '.join(sources)}) was in force on {as_of.isoformat()}.")
        elif key not in CHECKS:
            result = verdict("review", "policykg has no check for this requirement yet.")
        else:
            result = CHECKS[key](facts, applied, as_of)
        out.append(Judgement(requirement, applied, as_of, result))
    return out
