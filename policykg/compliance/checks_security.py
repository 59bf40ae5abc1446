"""Security: measures and no disclaimer (CSL 42, PIPL 51), incident notification, de-identified data."""
from __future__ import annotations

from policykg.compliance.facts import PolicyFacts
from policykg.compliance.verdicts import Verdict, verdict


def security_measures(f: PolicyFacts) -> Verdict:
    """CSL 42 / PIPL 51: concrete measures stated, and responsibility for breaches not disclaimed."""
    disclaimers = [s for s in f.all_of("disclaimer", "security_context") if not f.has("negation", s.index) or f.has("disclaimer", s.index)]
    if disclaimers:
        return verdict("contravention", "Responsibility for security incidents (attacks, leaks, unauthorised access) is disclaimed.", disclaimers)
    # encryption, access control and the like before de-identification, which may serve other ends
    measures = sorted(f.where("security_measure"), key=lambda s: (f.has("deidentified", s.index), s.index))
    if measures:
        return verdict("met", "Technical or organisational security measures are stated and breach liability is not disclaimed.", measures[:2])
    return verdict("omission", "No concrete technical or organisational security measure is stated (a general promise of confidentiality is not one).")


def incident_notification(f: PolicyFacts) -> Verdict:
    """GB/T 2020 §10.2 (PIPL 57 binds once an incident occurs): a commitment to notify individuals."""
    found = f.where("incident_notify")
    if found:
        return verdict("met", "The policy commits to notify individuals of security incidents.", found[:2])
    return verdict("omission", "There is no commitment to notify individuals of security incidents.")


def de_identified_data(f: PolicyFacts) -> Verdict:
    """PIPL 4, 73: de-identified data and device identifiers stay personal information."""
    claims = [s for s in f.where("non_personal_claim") if not f.has("irreversible", s.index)]
    claims = [s for s in claims if f.has("deidentified", s.index) or f.has("free_use", s.index)]
    if claims:
        return verdict("contravention", "De-identified data, device identifiers or 'non-personal information' are treated as free to use or share outside the law.", claims)
    return verdict("not-applicable", "The policy does not treat de-identified data or device identifiers as outside the law.")
