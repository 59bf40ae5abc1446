"""Judge a short text written for a test on all 21 requirements, the way ``policykg check`` does.

One helper for every compliance rule test, so the date the rules are judged at is the same in all."""
from __future__ import annotations

from datetime import date

from policykg.compliance.engine import judge
from policykg.compliance.facts import PolicyFacts
from policykg.compliance.model import packaged_requirements
from policykg.compliance.text import PolicyText

TODAY = date(2026, 6, 1)  # PIPL, CSL and GB/T 35273-2020 all in force


def verdicts(text: str, lang: str, when: date = TODAY) -> dict:
    """Requirement key -> Verdict (verdict, reason, quotes) for ``text`` judged at ``when``."""
    policy = PolicyText.from_text(text, language=lang)
    return {j.requirement.key: j.result for j in judge(policy, packaged_requirements(), when)}


def verdict(text: str, lang: str, key: str, when: date = TODAY) -> str:
    """The verdict word for one requirement."""
    return verdicts(text, lang, when)[key].verdict


def quoted(text: str, lang: str, key: str) -> list[str]:
    """The texts quoted for one requirement, in the order the verdict gives them."""
    return [q.text for q in verdicts(text, lang)[key].quotes]


def facts(text: str, lang: str) -> PolicyFacts:
    """The facts the checks read in ``text`` (no verdict)."""
    return PolicyFacts.read(PolicyText.from_text(text, language=lang))


def stating(text: str, lang: str, fact: str) -> list[str]:
    """The sentences of ``text`` that state ``fact``."""
    return [s.text for s in facts(text, lang).where(fact)]
