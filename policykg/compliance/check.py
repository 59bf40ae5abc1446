"""``policykg check``: judge every policy against the requirement model and store the findings.

For each policy the text stored with it (``pkg:content``) is read sentence by sentence, the facts
the requirements need are found with the cue lexicons, and each of the 21 requirements of
``ontology/requirements`` is judged at the policy's ``as_of`` date (its stated date, else the day
of the check; ``as_of=`` overrides) under the law then in force. Findings replace earlier findings
about the same policies in ``pkgr:compliance``; findings about other policies are kept.
"""
from __future__ import annotations

import multiprocessing
import re
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timezone

from policykg.compliance.engine import Judgement, judge
from policykg.compliance.findings import FindingsSpool
from policykg.compliance.model import Requirement, packaged_requirements
from policykg.compliance.text import PolicyText
from policykg.compliance.verdicts import VERDICTS, Verdict
from policykg.namespaces import COMPLIANCE_GRAPH, ID, sparql_prefixes
from policykg.store.base import Store, graphs_from_nquads


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


@dataclass
class Tally:
    """Verdict counts of a check, kept as policies are judged (a large check keeps no per-policy results)."""

    verdicts: Counter = field(default_factory=Counter)
    law_adverse: bool = False

    def add(self, policy_result: PolicyFindings) -> None:
        for j in policy_result.judgements:
            self.verdicts[j.result.verdict] += 1
            if j.result.verdict in ("contravention", "omission") and j.severity == "law":
                self.law_adverse = True


@dataclass(frozen=True)
class CheckResult:
    """What one ``check`` run found: every policy's findings when kept (``keep=True``), and always the
    policies checked and the verdict counts."""

    results: tuple[PolicyFindings, ...]
    run: str  # IRI of the check activity
    checked_at: str
    checked: tuple[PolicyInfo, ...] | None = None  # the policies checked, when ``results`` was not kept
    tally: Tally | None = None
    reviewed: tuple = ()  # the verdicts reviewers set (policykg.reviews.verdicts.ReviewedVerdict)

    def _tally(self) -> Tally:
        if self.tally is not None:
            return self.tally
        tally = Tally()
        for r in self.results:
            tally.add(r)
        return tally

    @property
    def policies(self) -> tuple[PolicyInfo, ...]:
        return self.checked if self.checked is not None else tuple(r.policy for r in self.results)

    @property
    def failed(self) -> bool:
        """True if any finding is adverse under a statute: the CLI exits 1."""
        return self._tally().law_adverse

    def counts(self) -> dict[str, int]:
        counter = self._tally().verdicts
        return {v: counter.get(v, 0) for v in VERDICTS}


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
        # the version in force: the later of its effective date and its last update ("Effective Date: August 16,
        # 2001 / Updated: December 19, 2016" is the 2016 version; "updated 1 May, effective 1 June" takes effect in June)
        dates = [str(d)[:10] for d in (row.get("effective"), row.get("modified")) if d]
        stated = max(dates) if dates else None
        policies.append(PolicyInfo(
            iri=iri, docid=iri.rsplit("/", 1)[-1], company=str(row.get("company", "")),
            file=str(row.get("file", "")), language=str(row.get("language", "und")),
            stated_date=stated))
    return policies


def resolve_policies(store: Store, selector: str | None = None,
                     policies: list[PolicyInfo] | None = None) -> list[PolicyInfo]:
    """All policies, or those a selector names: docid (or its start), IRI, file name or company name."""
    policies = list_policies(store) if policies is None else policies
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


def read_text(store: Store, info: PolicyInfo) -> str:
    """The text stored with a policy (``pkg:content``), empty if none."""
    rows = store.select(_TEXT % info.iri)
    return str(rows[0]["content"]) if rows else ""


def text_of(info: PolicyInfo, text: str) -> PolicyText:
    """A policy's text as the checks read it, with its stated date (else a date in its heading)."""
    stated = info.stated_date or heading_date(text)
    return PolicyText.from_text(text, docid=info.docid, file=info.file, language=info.language,
                                company=info.company, stated_date=stated)


def policy_text(store: Store, info: PolicyInfo) -> PolicyText:
    return text_of(info, read_text(store, info))


# a template's fill-in brackets around the numbers ("2020年【11】月【16】日") still make a date
_HEAD_DATE = re.compile(r"((?:19|20)\d{2})\s*】?\s*(?:年|[-/.])\s*【?\s*(\d{1,2})\s*】?\s*(?:月|[-/.])\s*【?\s*(\d{1,2})(?!\d)")
# further down the opening, a date counts only after a label saying it dates this version ("最近更新日期：【2019】年…")
_VERSION_LABEL = re.compile(r"更新|生效|发布|修订|updated|effective|revised", re.IGNORECASE)


# a date written as eight digits ("版本更新日期：20201127", "Last updated: 20201127") counts only after a label
# that says it is a date: eight digits alone may be a telephone or record number
_LABELLED_COMPACT_DATE = re.compile(r"(?:日期|时间|date|updated|effective)\s*[:：]?\s*((?:19|20)\d{2})(\d{2})(\d{2})(?!\d)", re.IGNORECASE)


def heading_date(text: str) -> str | None:
    """A date in the first lines of the text (a title such as "Privacy policy 2018-08-20"), when ingest
    recorded no stated date: the version's own date is a better as_of than the day of the check."""
    head = _without_emphasis(text.splitlines()[:16])
    for n, line in enumerate(head):
        if len(line) > 80 or (n >= 6 and not _VERSION_LABEL.search(line)):
            continue
        found = _iso_date(_HEAD_DATE.search(line) or _LABELLED_COMPACT_DATE.search(line))
        if found:
            return found
    # a heading that dates the version by month only ("更新日期：2021年1月"), when no line gives a day
    for line in head:
        if _VERSION_LABEL.search(line):
            found = _month_date(line)
            if found:
                return found
    return _signature_date(text)


def _without_emphasis(lines: list[str]) -> list[str]:
    """The lines with markdown emphasis taken out: set around each token ("**2019** **年** **10** **月**") it is
    layout, not text, and it breaks every date pattern."""
    return [line.replace("*", "") if "*" in line else line for line in lines]


def _iso_date(m: re.Match[str] | None) -> str | None:
    """The ISO date a match's year, month and day groups spell, None when there is no match or no
    such day ("2021-02-30" is a record number or a slip, not a date)."""
    if m is None:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3))).isoformat()
    except ValueError:
        return None


# a line that is nothing but a date (a label such as "发布日期：" or "Effective:" allowed before it)
_DATE_LINE = re.compile(r"^\s*(?:[^\W\d_][^:：\d]{0,15}[:：]\s*)?" + _HEAD_DATE.pattern + r"\s*日?\s*[。.]?\s*$")


# a line that is nothing but a year and month ("2021年1月", "更新日期：2021年1月"): the version's month. Judged at its
# first day: the laws and standards of concern all came into force on the first of a month, so every day of that
# month falls under the same ones
_MONTH_LINE = re.compile(r"^\s*(?:[^\W\d_][^:：\d]{0,15}[:：]\s*)?((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月(?:份)?\s*[。.]?\s*$")


def _month_date(line: str) -> str | None:
    """The first day of the month a year-and-month line names, None for any other line."""
    m = _MONTH_LINE.match(line)
    if m is None or not 1 <= int(m.group(2)) <= 12:
        return None
    return date(int(m.group(1)), int(m.group(2)), 1).isoformat()


def _signature_date(text: str) -> str | None:
    """A line that is only a date among the last three lines of the text: Chinese documents (and many
    others) put the date they were issued at the foot, after the signature, as a letter does. A date
    inside a sentence there ("please reply before 2021-01-04") is not the document's date."""
    tail = [line for line in text.splitlines() if line.strip()][-3:]
    for line in reversed(_without_emphasis(tail)):
        if len(line) > 40:
            continue
        found = _iso_date(_DATE_LINE.match(line)) or _month_date(line)
        if found:
            return found
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


Sink = Callable[[PolicyFindings], None]


def check_policies(
    store: Store,
    *,
    policy: str | None = None,
    write: bool = True,
    as_of: date | None = None,
    requirements: dict[str, Requirement] | None = None,
    progress: Callable[[int, int], None] | None = None,
    on_progress: Callable[[str, int, int], None] | None = None,
    jobs: int = 1,
    keep: bool = True,
    sinks: Iterable[Sink] = (),
) -> CheckResult:
    """Check all policies (or the ones ``policy`` names) and, with ``write``, store the findings.

    Policies are read and judged one at a time (over ``jobs`` worker processes when more than one),
    each result handed to ``sinks`` (a report writer, say) and its findings appended to a spool file
    that is bulk-loaded at the end; with ``keep=False`` no per-policy results are held, so memory stays
    flat however many policies the store holds. ``progress(n, total)`` is told after each policy;
    ``on_progress(stage, done, total)`` how far each stage has got (a check of many policies takes minutes).
    Example: ``check_policies(store).counts()["contravention"]``.
    """
    report = on_progress or (lambda stage, done, total: None)
    everything = list_policies(store)
    policies = resolve_policies(store, policy, everything)
    model = requirements or packaged_requirements()
    today = datetime.now(timezone.utc).date()
    started = datetime.now(timezone.utc).isoformat(timespec="seconds")
    run = str(ID[f"check/{started.replace(':', '').replace('+', 'Z')}"])
    spool = FindingsSpool(run, str(COMPLIANCE_GRAPH)) if write else None
    kept: list[PolicyFindings] = []
    tally = Tally()
    sinks = tuple(sinks)
    from policykg.reviews.verdicts import mark_reviewed_findings, reviewed_in, verdict_reviews, with_reviewed_verdicts

    corrections = verdict_reviews(store)  # read once, not once per policy
    reviewed: list = []
    try:
        report("judging the policies", 0, len(policies))
        for n, judged in enumerate(judged_policies(store, policies, model, as_of, today, jobs=jobs), start=1):
            result = judged
            if corrections:  # reviewers' verdicts win
                one = with_reviewed_verdicts(store, CheckResult((judged,), run, ""), corrections)
                result = one.results[0]
                reviewed += reviewed_in(one)
            tally.add(result)
            if spool is not None:
                spool.add(result)
            for sink in sinks:
                sink(result)
            if keep:
                kept.append(result)
            if progress:
                progress(n, len(policies))
            report("judging the policies", n, len(policies))
        checked_at = datetime.now(timezone.utc).isoformat(timespec="seconds")
        result = CheckResult(tuple(kept), run, checked_at, checked=tuple(policies), tally=tally, reviewed=tuple(reviewed))
        if spool is not None:
            report("storing the findings", 0, 1)
            spool.finish(checked_at)
            write_findings(store, spool, policies, full={p.iri for p in policies} >= {p.iri for p in everything})
            mark_reviewed_findings(store, result)
            report("storing the findings", 1, 1)
    finally:
        if spool is not None:
            spool.close()
    return result


def judged_policies(store: Store, policies: list[PolicyInfo], model: dict[str, Requirement], as_of: date | None,
                    today: date, *, jobs: int = 1) -> Iterator[PolicyFindings]:
    """Each policy's findings, in the order given. Texts are read here (one store, one reader); with
    ``jobs`` > 1 they are judged in that many forked processes, at most a few per worker in flight."""
    texts = ((info, read_text(store, info)) for info in policies)
    if jobs <= 1 or len(policies) < 2 * jobs:
        for info, text in texts:
            yield _assemble(info, _judge_text(info, text, as_of, today, model), model)
        return
    context = multiprocessing.get_context("fork")  # workers inherit the compiled cues and the model
    with context.Pool(jobs, initializer=_start_worker, initargs=(model,)) as pool:
        pending: deque = deque()
        for info, text in texts:
            pending.append((info, pool.apply_async(_judge_in_worker, (info, text, as_of, today))))
            if len(pending) >= 4 * jobs:
                first, answer = pending.popleft()
                yield _assemble(first, answer.get(), model)
        while pending:
            first, answer = pending.popleft()
            yield _assemble(first, answer.get(), model)


Judged = tuple[str | None, date, str, tuple[Verdict, ...]]  # stated date, as_of, its origin, verdicts in model order


def _judge_text(info: PolicyInfo, text: str, as_of: date | None, today: date, model: dict[str, Requirement]) -> Judged:
    policy = text_of(info, text)
    when, origin = judge_date(replace(info, stated_date=policy.stated_date), as_of, today)
    return policy.stated_date, when, origin, tuple(j.result for j in judge(policy, model, when))


def _assemble(info: PolicyInfo, judged: Judged, model: dict[str, Requirement]) -> PolicyFindings:
    """The findings of one policy from what a worker sent back (verdicts only: the requirements are the
    parent's, so each result crosses the process boundary small)."""
    stated, when, origin, verdicts = judged
    judgements = tuple(Judgement(req, req.at(when), when, v) for req, v in zip(model.values(), verdicts, strict=True))
    return PolicyFindings(replace(info, stated_date=stated), when, origin, judgements)


_WORKER_MODEL: dict[str, Requirement] = {}


def _start_worker(model: dict[str, Requirement]) -> None:
    _WORKER_MODEL.clear()
    _WORKER_MODEL.update(model)


def _judge_in_worker(info: PolicyInfo, text: str, as_of: date | None, today: date) -> Judged:
    return _judge_text(info, text, as_of, today, _WORKER_MODEL)


def write_findings(store: Store, spool: FindingsSpool, checked: list[PolicyInfo], *, full: bool) -> None:
    """Replace the findings about the checked policies in ``pkgr:compliance``, keeping the rest.

    On the embedded store a check of every policy replaces the graph with the spooled N-Quads through
    the bulk loader (a 10k-policy check writes ~4 M quads: never held in memory, wholly loaded or not
    at all). A check of some policies deletes their findings (and check runs no finding refers to any
    more) and inserts the new ones in one SPARQL update, without reading the rest of the graph."""
    from policykg.store.oxigraph_store import OxigraphStore

    if full and isinstance(store, OxigraphStore):
        store.load_new_graphs_files(spool.paths, [str(COMPLIANCE_GRAPH)])
        return
    if not full:
        store.update(_replace_findings_update(spool, checked))
        return
    new = graphs_from_nquads(spool.read_text().encode("utf-8")).get(str(COMPLIANCE_GRAPH), [])  # a remote store's whole graph
    store.replace_graphs({str(COMPLIANCE_GRAPH): new})


def _replace_findings_update(spool: FindingsSpool, checked: list[PolicyInfo]) -> str:
    """DELETE the checked policies' findings and their quotes, then check runs left without findings,
    then INSERT DATA the spooled triples (each N-Quads line without its graph term)."""
    graph = f"<{COMPLIANCE_GRAPH}>"
    suffix = f" {graph} .\n"
    policies = " ".join(f"<{p.iri}>" for p in checked)
    triples = "".join(line[: -len(suffix)] + " .\n" for line in spool.read_text().splitlines(keepends=True))
    return sparql_prefixes() + f"""
DELETE {{ GRAPH {graph} {{ ?f ?p ?o . ?q ?qp ?qo }} }}
WHERE {{ GRAPH {graph} {{ VALUES ?policy {{ {policies} }} ?f pkg:aboutPolicy ?policy .
  {{ ?f ?p ?o }} UNION {{ ?f pkg:hasQuote ?q . ?q ?qp ?qo }} }} }} ;
DELETE {{ GRAPH {graph} {{ ?run ?p ?o }} }}
WHERE {{ GRAPH {graph} {{ ?run a pkg:ComplianceCheck ; ?p ?o . FILTER NOT EXISTS {{ ?x prov:wasGeneratedBy ?run }} }} }} ;
INSERT DATA {{ GRAPH {graph} {{
{triples}}} }}
"""
