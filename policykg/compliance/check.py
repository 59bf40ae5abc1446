"""``policykg check``: judge every policy against the requirement model and store the findings.

For each policy the text stored with it (``pkg:content``) is read sentence by sentence, the facts
the requirements need are found with the cue lexicons, and each of the 21 requirements of
``ontology/requirements`` is judged at the policy's ``as_of`` date (its stated date, else the day
of the check; ``as_of=`` overrides) under the law then in force. Findings replace earlier findings
about the same policies in ``pkgr:compliance``; findings about other policies are kept.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Callable
import re
from dataclasses import dataclass, replace
from datetime import date, datetime, timezone

from rdflib import URIRef

from policykg.compliance.engine import Judgement, judge
from policykg.compliance.findings import finding_prefix, findings_to_triples, iter_finding_triples, nquads
from policykg.compliance.model import Requirement, packaged_requirements
from policykg.compliance.text import PolicyText
from policykg.namespaces import COMPLIANCE_GRAPH, ID, sparql_prefixes
from policykg.store.base import Store


class CheckError(ValueError):
    """The check cannot run (unknown policy, empty store); the message says what to do."""


@dataclass(frozen=True)
class PolicyInfo:
    iri: str
    docid: str
    company: str
    file: str
    language: str = "und"
    stated_date: str | None = None

    @property
    def name(self) -> str:
        """How the report names the policy: its publisher when that is a legal entity's name, else its
        file (a brand, an SDK vendor or a stray phrase read as the publisher is not named)."""
        if self.company and looks_like_legal_entity(self.company) and not _NOT_PUBLISHER.match(self.company):
            return self.company
        return self.file or self.docid


_NOT_PUBLISHER = re.compile(r"^(?:关联|合作|第三方|our affiliate|affiliate|partner|third[- ]party)", re.IGNORECASE)


def looks_like_legal_entity(name: str) -> bool:
    """A company name with a legal form (有限公司, Co., Ltd., MMC, ООО, S.A. ...) in any cue language."""
    from policykg.compliance.cues import cues_for

    return any(p.search(name) for p in cues_for("und").get("legal_entity", ()))


@dataclass(frozen=True)
class PolicyFindings:
    policy: PolicyInfo
    as_of: date
    as_of_source: str  # "stated", "today" or "override"
    judgements: tuple[Judgement, ...]


@dataclass(frozen=True)
class CheckResult:
    """What one ``check`` run found."""

    results: tuple[PolicyFindings, ...]
    run: str  # IRI of the check activity
    checked_at: str

    @property
    def policies(self) -> tuple[PolicyInfo, ...]:
        return tuple(r.policy for r in self.results)

    @property
    def failed(self) -> bool:
        """True if any finding is adverse under a statute: the CLI exits 1."""
        return any(j.result.verdict in ("contravention", "omission") and j.severity == "law"
                   for r in self.results for j in r.judgements)

    def counts(self) -> dict[str, int]:
        counter = Counter(j.result.verdict for r in self.results for j in r.judgements)
        return {v: counter.get(v, 0) for v in ("contravention", "omission", "met", "not-applicable", "review")}


_POLICIES = sparql_prefixes() + """
SELECT ?policy (SAMPLE(?name) AS ?company) (SAMPLE(?fileName) AS ?file) (SAMPLE(?lang) AS ?language)
       (MAX(?mod) AS ?modified) (MAX(?eff) AS ?effective) WHERE {
  ?policy a pkg:PrivacyPolicy .
  OPTIONAL { ?policy pkg:companyName ?name }
  OPTIONAL { ?policy pkg:fileName ?fileName }
  OPTIONAL { ?policy dct:language ?lang }
  OPTIONAL { ?policy dct:modified ?mod }
  OPTIONAL { ?policy pkg:states ?d . ?d a pkg:DateStatement ; pkg:statedDate ?eff ; pkg:dateRole "effective" }
} GROUP BY ?policy ORDER BY ?file ?policy
"""

_TEXT = sparql_prefixes() + """
SELECT ?content WHERE { <%s> pkg:hasText ?t . ?t pkg:content ?content } LIMIT 1
"""


def list_policies(store: Store) -> list[PolicyInfo]:
    """Every policy in the store with its publisher, file name, language and stated date."""
    policies = []
    for row in store.select(_POLICIES):
        iri = str(row["policy"])
        stated = row.get("effective") or row.get("modified")  # the version in force: its effective date first
        policies.append(PolicyInfo(
            iri=iri, docid=iri.rsplit("/", 1)[-1], company=str(row.get("company", "")),
            file=str(row.get("file", "")), language=str(row.get("language", "und")),
            stated_date=str(stated)[:10] if stated else None))
    return policies


def resolve_policies(store: Store, selector: str | None = None) -> list[PolicyInfo]:
    """All policies, or those a selector names: docid (or its start), IRI, file name or company name."""
    policies = list_policies(store)
    if not policies:
        raise CheckError("the store holds no policies; run 'policykg ingest FILES' (or 'policykg demo') first")
    if not selector:
        return policies
    wanted = selector.strip()
    folded = wanted.casefold()
    chosen = [p for p in policies
              if wanted in (p.iri, p.file) or p.docid.startswith(wanted) or p.company.casefold() == folded]
    if not chosen:
        raise CheckError(f"no policy matches {selector!r}; give a docid, a file name, a company name or a policy IRI "
                         "(see 'policykg query policies-overview')")
    return chosen


def policy_text(store: Store, info: PolicyInfo) -> PolicyText:
    rows = store.select(_TEXT % info.iri)
    text = str(rows[0]["content"]) if rows else ""
    stated = info.stated_date or heading_date(text)
    return PolicyText.from_text(text, docid=info.docid, file=info.file, language=info.language,
                                company=info.company, stated_date=stated)


_HEAD_DATE = re.compile(r"((?:19|20)\d{2})\s*(?:年|[-/.])\s*(\d{1,2})\s*(?:月|[-/.])\s*(\d{1,2})")


def heading_date(text: str) -> str | None:
    """A date in the first lines of the text (a title such as "Privacy policy 2018-08-20"), when ingest
    recorded no stated date: the version's own date is a better as_of than the day of the check."""
    for line in text.splitlines()[:6]:
        if len(line) > 80:
            continue
        m = _HEAD_DATE.search(line)
        if m:
            try:
                return date(int(m.group(1)), int(m.group(2)), int(m.group(3))).isoformat()
            except ValueError:
                continue
    return None


def judge_date(info: PolicyInfo, override: date | None, today: date) -> tuple[date, str]:
    """The date a policy is judged at, and where it came from."""
    if override is not None:
        return override, "override"
    if info.stated_date:
        try:
            stated = date.fromisoformat(info.stated_date)
            if stated <= today:
                return stated, "stated"
        except ValueError:
            pass
    return today, "today"


def check_policies(
    store: Store,
    *,
    policy: str | None = None,
    write: bool = True,
    as_of: date | None = None,
    requirements: dict[str, Requirement] | None = None,
    progress: Callable[[int, int], None] | None = None,
    on_progress: Callable[[str, int, int], None] | None = None,
) -> CheckResult:
    """Check all policies (or the one ``policy`` names) and, with ``write``, store the findings.

    ``progress(n, total)`` is told after each policy; ``on_progress(stage, done, total)`` how far each
    stage has got (a check of many policies takes minutes).
    Example: ``check_policies(store).counts()["contravention"]``.
    """
    report = on_progress or (lambda stage, done, total: None)
    policies = resolve_policies(store, policy)
    model = requirements or packaged_requirements()
    today = datetime.now(timezone.utc).date()
    results = []
    for n, info in enumerate(policies, start=1):
        report("judging the policies", n - 1, len(policies))
        text = policy_text(store, info)
        info = replace(info, stated_date=text.stated_date)
        when, origin = judge_date(info, as_of, today)
        results.append(PolicyFindings(info, when, origin, tuple(judge(text, model, when))))
        if progress:
            progress(n, len(policies))
    report("judging the policies", len(policies), len(policies))
    checked_at = datetime.now(timezone.utc).isoformat(timespec="seconds")
    run = ID[f"check/{checked_at.replace(':', '').replace('+', 'Z')}"]
    from policykg.reviews.verdicts import mark_reviewed_findings, with_reviewed_verdicts

    result = with_reviewed_verdicts(store, CheckResult(tuple(results), str(run), checked_at))  # reviewers' verdicts win
    if write:
        report("storing the findings", 0, 1)
        write_findings(store, result)
        mark_reviewed_findings(store, result)
        report("storing the findings", 1, 1)
    return result


def write_findings(store: Store, result: CheckResult) -> None:
    """Replace the findings about the checked policies in ``pkgr:compliance``, keeping the rest.

    On the embedded store a check of every policy drops the graph and loads the new findings in chunks
    of N-Quads (a 10k-policy check writes ~4 M triples; holding them as Python terms took 6 GB)."""
    from policykg.store.oxigraph_store import OxigraphStore

    if isinstance(store, OxigraphStore):
        checked = {p.iri for p in result.policies}
        if checked >= {p.iri for p in list_policies(store)}:
            store.drop_graphs([str(COMPLIANCE_GRAPH)])
            for chunk in iter_finding_triples(result, run=URIRef(result.run)):
                store.write_graphs_nquads(nquads(chunk, str(COMPLIANCE_GRAPH)), new_graphs=[str(COMPLIANCE_GRAPH)])
            return
    prefixes = tuple(finding_prefix(p.iri) for p in result.policies)
    kept = [(s, p, o) for s, p, o, _ in store.quads(str(COMPLIANCE_GRAPH)) if not str(s).startswith(prefixes)]
    live_runs = {o for s, p, o in kept if str(p).endswith("wasGeneratedBy")}
    kept = [t for t in kept if not (str(t[0]).startswith(str(ID["check/"])) and t[0] not in live_runs)]
    new = findings_to_triples(result, run=URIRef(result.run))
    store.replace_graphs({str(COMPLIANCE_GRAPH): kept + new})
