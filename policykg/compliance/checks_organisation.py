"""Organisation: a PI protection officer (PIPL 52) and a representative in the PRC (PIPL 53)."""
from __future__ import annotations

from policykg.compliance.facts import PolicyFacts
from policykg.compliance.verdicts import Verdict, verdict


def pi_officer(f: PolicyFacts) -> Verdict:
    """PIPL 52 / GB/T 2020 §11.1: a named person or department with a contact; the volume threshold is never in the text."""
    officers = f.where("officer")
    reachable = [s for s in officers if f.near(s.index, "contact", 0, 2)]
    if reachable:
        return verdict("met", "A person or department responsible for personal information protection is named with a contact.", reachable[:2])
    if officers:
        return verdict("review", "A personal information protection function is mentioned without a contact; whether PIPL art. 52's volume threshold is reached cannot be read from the text.", officers[:1])
    return verdict("review", "No person or department responsible for personal information protection is named; whether PIPL art. 52's volume threshold is reached cannot be read from the text.")


def overseas_representative(f: PolicyFacts) -> Verdict:
    """PIPL 53 with PIPL 3 para 2: a handler abroad names a representative in the PRC."""
    if f.where("prc_entity"):
        return verdict("not-applicable", "The handler appears to be established in the PRC.")
    foreign, target = f.where("foreign_entity"), f.where("prc_target")
    if not (foreign and target):
        return verdict("not-applicable", "Nothing in the text shows a handler outside the PRC processing personal information of people in China.")
    rep = f.where("representative")
    if rep:
        return verdict("met", "A handler abroad names its representative in the PRC.", rep[:1])
    return verdict("omission", "A handler established abroad that addresses people in China names no representative in the PRC.", foreign[:1])
