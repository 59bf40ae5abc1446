"""Compliance findings as triples in the ``pkgr:compliance`` graph (the contract the workbench reads).

Shape (one finding per policy and requirement key)::

    pki:finding/{docid}/{key} a pkg:Finding, pkg:Contravention ;   # or Omission, Conformance, NotApplicable, NeedsReview
        pkg:aboutPolicy pki:policy/{docid} ; pkg:requirement pki:requirement/{key} ;
        pkg:requirementKey "consent-by-use" ; pkg:verdict "contravention" ; pkg:severity "law" ;
        pkg:appliedSource law:PIPL ; pkg:citesProvision law:PIPL/art14 ; pkg:asOf "2024-01-15"^^xsd:date ;
        pkg:reason "..." ; pkg:status "fail" ;                      # status: the older pass/fail/not-stated view
        pkg:hasQuote pki:finding/{docid}/{key}/q1 ; prov:wasGeneratedBy pki:check/{run} .
    pki:finding/{docid}/{key}/q1 a oa:TextQuoteSelector, oa:TextPositionSelector ;
        oa:exact "..." ; oa:start 120 ; oa:end 188 .
"""
from __future__ import annotations

import tempfile
from pathlib import Path
from typing import IO, TYPE_CHECKING

from rdflib import URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, XSD
from rdflib.term import Node

from policykg.namespaces import ID, OA, PKG

if TYPE_CHECKING:
    from policykg.compliance.check import CheckResult, PolicyFindings

KIND_BY_VERDICT = {"contravention": PKG.Contravention, "omission": PKG.Omission, "met": PKG.Conformance,
                   "not-applicable": PKG.NotApplicable, "review": PKG.NeedsReview}
LEGACY_STATUS = {"contravention": "fail", "omission": "not-stated", "met": "pass",
                 "not-applicable": "not-applicable", "review": "review"}


def finding_iri(docid: str, key: str) -> URIRef:
    return ID[f"finding/{docid}/{key}"]


def findings_to_triples(result: "CheckResult", *, run: URIRef) -> list[tuple[Node, Node, Node]]:
    """Triples for the compliance graph: the run, the requirements used and one finding per policy and key
    (as rdflib terms, for stores written through SPARQL; the embedded store takes ``FindingsSpool``)."""
    from policykg.store.base import graphs_from_nquads

    spool = FindingsSpool(str(run), "urn:x-policykg:findings")
    try:
        for policy_result in result.results:
            spool.add(policy_result)
        spool.finish(result.checked_at)
        return graphs_from_nquads(spool.read_text().encode("utf-8")).get("urn:x-policykg:findings", [])
    finally:
        spool.close()


_XSD = str(XSD)
_INTEGER = f"^^<{_XSD}integer>"


def _iri(value: str) -> str:
    return f"<{value}>"


def _text(value: str) -> str:
    """An N-Triples string literal (only backslash, quote, LF and CR need escaping there)."""
    if "\\" in value or '"' in value or "\n" in value or "\r" in value:
        value = value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
    return f'"{value}"'


_A = _iri(str(RDF.type))
_P = {name: _iri(str(PKG[name])) for name in (
    "Finding", "Requirement", "ComplianceCheck", "aboutPolicy", "requirement", "requirementKey", "verdict", "severity",
    "reason", "status", "asOf", "appliedSource", "citesProvision", "hasQuote")}
_KIND = {verdict: _iri(str(kind)) for verdict, kind in KIND_BY_VERDICT.items()}
_GENERATED_BY, _ENDED, _ACTIVITY = _iri(str(PROV.wasGeneratedBy)), _iri(str(PROV.endedAtTime)), _iri(str(PROV.Activity))
_TITLE, _LABEL = _iri(str(DCTERMS.title)), _iri(str(RDFS.label))
_QUOTE_TYPES = (_iri(str(OA.TextQuoteSelector)), _iri(str(OA.TextPositionSelector)))
_EXACT, _START, _END = _iri(str(OA.exact)), _iri(str(OA.start)), _iri(str(OA.end))


def policy_nquads(policy_result: "PolicyFindings", *, run: str, graph: str, seen: set[str]) -> str:
    """The N-Quads of one policy's findings (and of each requirement not yet in ``seen``), written as text:
    the same triples ``findings_to_triples`` gives, without making millions of rdflib terms at 10k policies."""
    g = f" {_iri(graph)} .\n"
    run_node = _iri(run)
    info = policy_result.policy
    about = _iri(info.iri)
    lines: list[str] = []
    add = lines.append
    for j in policy_result.judgements:
        req, key = j.requirement, j.requirement.key
        req_node = _iri(req.iri)
        if key not in seen:
            seen.add(key)
            title = _text(req.title) + "@en"
            add(f"{req_node} {_A} {_P['Requirement']}{g}{req_node} {_P['requirementKey']} {_text(key)}{g}"
                f"{req_node} {_TITLE} {title}{g}{req_node} {_LABEL} {title}{g}")
        node = _iri(str(finding_iri(info.docid, key)))
        v = j.result
        add(f"{node} {_A} {_P['Finding']}{g}{node} {_A} {_KIND[v.verdict]}{g}"
            f"{node} {_P['aboutPolicy']} {about}{g}{node} {_P['requirement']} {req_node}{g}"
            f"{node} {_P['requirementKey']} {_text(key)}{g}{node} {_P['verdict']} {_text(v.verdict)}{g}"
            f"{node} {_P['severity']} {_text(j.severity)}{g}{node} {_P['reason']} {_text(v.reason)}{g}"
            f"{node} {_P['status']} {_text(LEGACY_STATUS[v.verdict])}{g}"
            f"{node} {_P['asOf']} \"{j.as_of.isoformat()}\"^^<{_XSD}date>{g}{node} {_GENERATED_BY} {run_node}{g}")
        if j.applied.source is not None:
            add(f"{node} {_P['appliedSource']} {_iri(j.applied.source.iri)}{g}")
        for provision in j.applied.provisions:
            add(f"{node} {_P['citesProvision']} {_iri(provision)}{g}")
        for n, s in enumerate(v.quotes, start=1):
            q = _iri(f"{finding_iri(info.docid, key)}/q{n}")
            add(f"{node} {_P['hasQuote']} {q}{g}{q} {_A} {_QUOTE_TYPES[0]}{g}{q} {_A} {_QUOTE_TYPES[1]}{g}"
                f"{q} {_EXACT} {_text(s.text)}{g}{q} {_START} \"{s.start}\"{_INTEGER}{g}{q} {_END} \"{s.end}\"{_INTEGER}{g}")
    return "".join(lines)


def run_nquads(run: str, checked_at: str, graph: str) -> str:
    """The check activity itself: a prov:Activity and pkg:ComplianceCheck with the time it ended."""
    g = f" {_iri(graph)} .\n"
    node = _iri(run)
    return (f"{node} {_A} {_ACTIVITY}{g}{node} {_A} {_P['ComplianceCheck']}{g}"
            f"{node} {_ENDED} \"{checked_at}\"^^<{_XSD}dateTime>{g}")


class FindingsSpool:
    """A check's findings as N-Quads in temporary files, appended policy by policy as they are judged.

    Why: a 10k-policy check writes ~4 M quads; held as results or rdflib terms they took gigabytes. A
    new file starts every ``per_file`` quads (at a policy's end), so the store's bulk loader takes them
    one slice at a time (``OxigraphStore.load_new_graphs_files``) and the findings graph changes only
    when every policy has been judged.
    """

    def __init__(self, run: str, graph: str, *, folder: Path | None = None, per_file: int = 400_000) -> None:
        self.run, self.graph, self.per_file, self.folder = run, graph, per_file, folder
        self._seen: set[str] = set()
        self.paths: list[Path] = []
        self._file: IO[bytes] | None = None
        self._in_file = 0
        self.quads = 0

    def _open(self) -> IO[bytes]:
        handle = tempfile.NamedTemporaryFile(prefix="policykg-findings-", suffix=".nq", dir=self.folder, delete=False)
        self.paths.append(Path(handle.name))
        self._in_file = 0
        return handle

    def _write(self, text: str) -> None:
        if self._file is None or self._in_file >= self.per_file:
            if self._file is not None:
                self._file.close()
            self._file = self._open()
        lines = text.count("\n")
        self._in_file += lines
        self.quads += lines
        self._file.write(text.encode("utf-8"))

    def add(self, policy_result: "PolicyFindings") -> None:
        self._write(policy_nquads(policy_result, run=self.run, graph=self.graph, seen=self._seen))

    def finish(self, checked_at: str) -> list[Path]:
        """Add the run's own triples and close the files for reading."""
        self._write(run_nquads(self.run, checked_at, self.graph))
        if self._file is not None:
            self._file.close()
        return self.paths

    def read_text(self) -> str:
        """All the spooled N-Quads (for a check of a few policies)."""
        return "".join(path.read_text(encoding="utf-8") for path in self.paths)

    def close(self) -> None:
        """Remove the files."""
        if self._file is not None and not self._file.closed:
            self._file.close()
        for path in self.paths:
            path.unlink(missing_ok=True)

    def __enter__(self) -> "FindingsSpool":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
