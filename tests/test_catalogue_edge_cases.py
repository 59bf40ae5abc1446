"""Catalogue answers on hand-made edge cases the corpus rarely has: the texts are written for speed
(hash-joined scans, aggregates instead of EXISTS), and these cases pin down what they must mean."""
from __future__ import annotations

from pathlib import Path

import pytest

from policykg.queries.runner import run_query
from policykg.store.ontology_graph import ensure_ontology_graph
from policykg.store.oxigraph_store import OxigraphStore

PKG = "https://w3id.org/policykg/ns#"
POLICY = "https://w3id.org/policykg/id/policy/"
LAW = "https://w3id.org/policykg/law/"

# policy name -> the laws it cites
CITATIONS = {
    "none": [],
    "standard-only": ["GBT35273"],
    "edition-2017": ["GBT35273-2017", "PIPL"],
    "edition-2020": ["GBT35273-2020"],
    "both-editions": ["GBT35273-2017", "GBT35273-2020", "CSL"],
}


@pytest.fixture(scope="module")
def store() -> OxigraphStore:
    store = OxigraphStore(None)
    ensure_ontology_graph(store)
    updates = []
    for name, laws in CITATIONS.items():
        triples = [f'<{POLICY}{name}> a <{PKG}PrivacyPolicy> ; <{PKG}fileName> "{name}.txt" .']
        triples += [f"<{POLICY}{name}> <{PKG}citesLaw> <{LAW}{law}> ." for law in laws]
        statements = 3 if name == "edition-2020" else 0  # one policy with statements, the others have none
        triples += [f"<{POLICY}{name}> <{PKG}states> <{POLICY}{name}/s{i}> ." for i in range(statements)]
        triples.append(f"<{POLICY}{name}> <{PKG}statementCount> {statements} .")  # the summary ingest writes
        updates.append(f"INSERT DATA {{ GRAPH <https://example.org/g/{name}> {{ {' '.join(triples)} }} }}")
    store.update(" ;\n".join(updates))
    return store


def _by_file(result, column: str) -> dict[str, str | None]:
    return dict(zip(result.values("file"), result.values(column)))


def test_laws_cited_names_the_gbt_edition(store: OxigraphStore) -> None:
    editions = _by_file(run_query(store, "laws-cited"), "gbtEdition")
    assert editions == {
        "none.txt": "not cited",
        "standard-only.txt": "no edition",
        "edition-2017.txt": "2017",
        "edition-2020.txt": "2020",
        "both-editions.txt": "2017+2020",
    }
    laws = _by_file(run_query(store, "laws-cited"), "laws")
    assert laws["none.txt"] is None
    assert sorted(laws["both-editions.txt"].split(", ")) == ["CN-GBT35273-2017", "CN-GBT35273-2020", "CSL"]


def test_policies_overview_counts_zero_statements(store: OxigraphStore) -> None:
    counts = _by_file(run_query(store, "policies-overview"), "statements")
    assert counts == {"none.txt": "0", "standard-only.txt": "0", "edition-2017.txt": "0",
                      "edition-2020.txt": "3", "both-editions.txt": "0"}


def test_policies_overview_leaves_the_count_empty_without_the_summary() -> None:
    """A policy graph written before pkg:statementCount existed: an empty cell, not a wrong 0."""
    with OxigraphStore(None) as old:
        old.update(f'INSERT DATA {{ GRAPH <https://example.org/g/old> {{ <{POLICY}old> a <{PKG}PrivacyPolicy> ; '
                   f'<{PKG}fileName> "old.txt" ; <{PKG}states> <{POLICY}old/s1> . }} }}')
        assert _by_file(run_query(old, "policies-overview"), "statements") == {"old.txt": None}


def test_affiliates_named_as_recipient_and_as_condition_is_one_finding(tmp_path) -> None:
    """"我们可能与关联公司共享..." names affiliates as a recipient and as a disclosure case; the PIPL
    art. 23 requirement reports that sentence once, as one finding with one quote."""
    from policykg.compliance.check import check_policies
    from policykg.ingest.pipeline import ingest_paths

    policy = tmp_path / "policy_zh.txt"
    policy.write_text(
        "隐私政策\n本政策适用于上海悦动数字健康科技有限公司。\n"
        "三、共享\n我们可能与关联公司共享您的账号信息，以便提供统一的会员服务。\n", encoding="utf-8")
    with OxigraphStore(None) as store:
        ingest_paths([policy], store=store, jobs=1)
        result = check_policies(store, write=False)
    (sharing,) = [j for j in result.results[0].judgements if j.requirement.key == "sharing-separate-consent"]
    assert sharing.result.verdict == "contravention"
    # quoted as the sentence with its full stop (evid3: a quote keeps its final "。")
    assert [q.text for q in sharing.result.quotes] == ["我们可能与关联公司共享您的账号信息，以便提供统一的会员服务。"]
