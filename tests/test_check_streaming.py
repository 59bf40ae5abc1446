"""`policykg check` at scale streams: policies are judged one at a time (optionally in worker
processes), findings are spooled as N-Quads text and bulk-loaded, the report is written as it goes.
These tests hold it to the same output as the documented findings shape built with rdflib terms,
whatever the path: kept results or not, one process or several."""
from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, XSD

from policykg.cli import cli
from policykg.compliance.check import check_policies
from policykg.compliance.findings import KIND_BY_VERDICT, LEGACY_STATUS, finding_iri
from policykg.compliance.report import render_report
from policykg.namespaces import COMPLIANCE_GRAPH, OA, PKG
from policykg.store.oxigraph_store import OxigraphStore

# Written for these tests. The first wraps a sentence over two lines and quotes with " and \ , which
# N-Quads must escape; the others differ in language and date, so the verdicts differ.
POLICIES = {
    "wrapped-zh.txt": """星河云隐私政策
更新日期：2023年3月1日

一、安全事件
应急处置与预警
a.若发生个人信息安全事件，我们将及时通过站内信向您告知事件的基本情况和可能的影响。

二、共享
我们会与关联公司共享您的"设备信息"（包括 C:\\日志 路径）。
您使用本服务即表明您已同意本政策的全部内容。
联系邮箱：privacy@xinghe.example
""",
    "harbor-en.txt": """Harbor Notes Privacy Policy
Effective date: 10 May 2019

We collect your name, e-mail address and device identifiers to provide the service.
By using the app you agree to this policy.
We share your data with our affiliates and advertising partners.
We keep your data for two years after you close your account.
Contact us at privacy@harbor.example to access or delete your data.
""",
    "lumen-es.txt": """Política de privacidad de Lumen S.A.
Fecha de entrada en vigor: 2 de febrero de 2024

Recogemos su nombre y su dirección de correo electrónico para prestar el servicio.
No realizaremos transferencias internacionales de sus datos.
Puede ejercer sus derechos de acceso y supresión escribiendo a privacidad@lumen.example.
""",
}


@pytest.fixture()
def store_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "policies"
    folder.mkdir()
    for name, text in POLICIES.items():
        (folder / name).write_text(text, encoding="utf-8")
    store = tmp_path / "store"
    done = CliRunner().invoke(cli, ["--store", str(store), "ingest", "-q", str(folder)])
    assert done.exit_code == 0, done.output
    return store


def expected_triples(result) -> set:
    """The findings graph of docs/DESIGN.md, built term by term with rdflib (the shape before streaming)."""
    run = URIRef(result.run)
    out = {(run, RDF.type, PROV.Activity), (run, RDF.type, PKG.ComplianceCheck),
           (run, PROV.endedAtTime, Literal(result.checked_at, datatype=XSD.dateTime))}
    for r in result.results:
        for j in r.judgements:
            req = URIRef(j.requirement.iri)
            out |= {(req, RDF.type, PKG.Requirement), (req, PKG.requirementKey, Literal(j.requirement.key)),
                    (req, DCTERMS.title, Literal(j.requirement.title, lang="en")),
                    (req, RDFS.label, Literal(j.requirement.title, lang="en"))}
            node, v = finding_iri(r.policy.docid, j.requirement.key), j.result
            out |= {(node, RDF.type, PKG.Finding), (node, RDF.type, KIND_BY_VERDICT[v.verdict]),
                    (node, PKG.aboutPolicy, URIRef(r.policy.iri)), (node, PKG.requirement, req),
                    (node, PKG.requirementKey, Literal(j.requirement.key)), (node, PKG.verdict, Literal(v.verdict)),
                    (node, PKG.severity, Literal(j.severity)), (node, PKG.reason, Literal(v.reason)),
                    (node, PKG.status, Literal(LEGACY_STATUS[v.verdict])),
                    (node, PKG.asOf, Literal(j.as_of.isoformat(), datatype=XSD.date)), (node, PROV.wasGeneratedBy, run)}
            if j.applied.source is not None:
                out.add((node, PKG.appliedSource, URIRef(j.applied.source.iri)))
            out |= {(node, PKG.citesProvision, URIRef(p)) for p in j.applied.provisions}
            for n, s in enumerate(v.quotes, start=1):
                q = URIRef(f"{node}/q{n}")
                out |= {(node, PKG.hasQuote, q), (q, RDF.type, OA.TextQuoteSelector), (q, RDF.type, OA.TextPositionSelector),
                        (q, OA.exact, Literal(s.text)), (q, OA.start, Literal(s.start)), (q, OA.end, Literal(s.end))}
    return out


def stored_triples(store: OxigraphStore) -> set:
    return {(s, p, o) for s, p, o, _ in store.quads(str(COMPLIANCE_GRAPH))}


def test_a_full_check_stores_exactly_the_documented_findings_graph(store_dir: Path) -> None:
    with OxigraphStore(store_dir) as store:
        result = check_policies(store)
        stored = stored_triples(store)
    assert stored == expected_triples(result)
    quotes = {str(o) for s, p, o in stored if p == OA.exact}
    assert any("\n" in q for q in quotes), "the wrapped sentence is quoted with its line break"
    assert any('"' in q and "\\" in q for q in quotes), "quote marks and backslashes survive"


def test_a_second_check_replaces_the_findings_and_a_single_policy_keeps_the_others(store_dir: Path) -> None:
    with OxigraphStore(store_dir) as store:
        check_policies(store)
        full = check_policies(store)
        assert stored_triples(store) == expected_triples(full)  # nothing of the first run is left
        single = check_policies(store, policy="harbor-en.txt", as_of=date(2018, 6, 1))
        stored = stored_triples(store)
    harbor_docid = single.results[0].policy.docid
    others = {t for t in expected_triples(full) if f"/finding/{harbor_docid}/" not in str(t[0])}
    assert expected_triples(single) <= stored and others <= stored
    assert len(stored) == len(expected_triples(single) | others)


def test_old_findings_are_dropped_in_slices_and_nothing_of_them_is_left(store_dir: Path, monkeypatch) -> None:
    import policykg.store.oxigraph_store as oxigraph_store

    monkeypatch.setattr(oxigraph_store, "DROP_SLICE", 37)  # many small transactions instead of one big one
    with OxigraphStore(store_dir) as store:
        check_policies(store)
        first = len(stored_triples(store))
        assert first > 5 * 37
        again = check_policies(store, as_of=date(2019, 1, 1))  # other verdicts, so other quads
        assert stored_triples(store) == expected_triples(again)
    assert not (store_dir / oxigraph_store.PENDING_FILE).exists()


def test_results_need_not_be_kept_and_jobs_give_the_same_findings(store_dir: Path) -> None:
    with OxigraphStore(store_dir) as store:
        kept = check_policies(store, write=False)
        lean = check_policies(store, write=False, keep=False, jobs=2)
        seen = []
        parallel = check_policies(store, write=False, jobs=2, sinks=[seen.append])
    assert lean.results == () and lean.counts() == kept.counts() and lean.failed == kept.failed
    assert [p.iri for p in lean.policies] == [p.iri for p in kept.policies]
    assert parallel.results == kept.results and tuple(seen) == kept.results


@pytest.mark.parametrize("fmt", ["md", "html", "findings-json"])
def test_the_streamed_report_equals_the_rendered_one(store_dir: Path, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / f"report.{fmt}"
    done = CliRunner().invoke(cli, ["--store", str(store_dir), "check", "--jobs", "2", "--format", fmt, "--out", str(out)])
    assert done.exit_code == 1, done.output  # consent by use is adverse under statute
    with OxigraphStore(store_dir, read_only=True) as store:
        from policykg.compliance.report import provision_labels

        rendered = render_report(check_policies(store, write=False), fmt=fmt, labels=provision_labels(store))
    assert out.read_text(encoding="utf-8") == rendered
    if fmt == "findings-json":
        doc = json.loads(rendered)
        assert sorted(p["file"] for p in doc["policies"]) == sorted(POLICIES)
    printed = CliRunner().invoke(cli, ["--store", str(store_dir), "check", "--format", fmt])
    assert printed.stdout == rendered


def test_findings_spooled_in_slices_load_as_one_graph(store_dir: Path) -> None:
    from policykg.compliance.findings import FindingsSpool

    with OxigraphStore(store_dir) as store:
        result = check_policies(store, write=False)
        spool = FindingsSpool(result.run, str(COMPLIANCE_GRAPH), per_file=40)
        try:
            for r in result.results:
                spool.add(r)
            spool.finish(result.checked_at)
            assert len(spool.paths) == len(result.results) + 1  # a new file after each policy, then the run's
            store.load_new_graphs_files(spool.paths, [str(COMPLIANCE_GRAPH)])
            stored = stored_triples(store)
        finally:
            spool.close()
        assert not any(path.exists() for path in spool.paths)
    assert stored == expected_triples(result)
