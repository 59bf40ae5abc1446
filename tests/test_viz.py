"""``policykg viz``: the networks built from real stores, every output format read back, the CLI."""
from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner
from graph_fixtures import ACME_V1, ACME_V2, BETA, CONTRACT_QUOTE, load_fixture, policy_graphs
from viz_fixtures import synthetic_corpus

from policykg.cli import cli
from policykg.export.lookup import ExportError
from policykg.namespaces import ID, PKG, VOCAB
from policykg.store.oxigraph_store import OxigraphStore
from policykg.viz import FORMATS, VIEWS, build_view, format_for, write_graph, write_view
from policykg.viz.layout import labelled_nodes, layered_positions

ACME = str(ID["company/acme-cloud-ltd"])
BETA_CO = str(ID["company/beta-mobile-co-ltd"])


@pytest.fixture(scope="module")
def store() -> OxigraphStore:
    return load_fixture(OxigraphStore(None))


def _summary(prop, docids) -> set[tuple[str, str]]:
    """(company, concept) pairs from the fixture triples themselves, not through the store."""
    graphs = policy_graphs()
    pairs = set()
    for graph_iri, triples in graphs.items():
        docid = graph_iri.rsplit("/", 1)[-1]
        if docid not in docids:
            continue
        publisher = next(str(o) for s, p, o in triples if str(p).endswith("/publisher"))
        pairs |= {(publisher, str(o)) for s, p, o in triples if p == prop}
    return pairs


def test_company_category_is_bipartite_latest_versions_with_sensitive_marks(store):
    graph = build_view(store, "company-category")
    expected = _summary(PKG.collectsCategory, {ACME_V2, BETA})  # ACME_V1 is superseded by ACME_V2
    assert {(u, v) if graph.nodes[u]["kind"] == "company" else (v, u) for u, v in graph.edges} == expected
    assert nx.is_bipartite(graph)
    assert str(VOCAB["pd/Fingerprint"]) not in graph  # only the old version collected fingerprints
    location = graph.nodes[str(VOCAB["pd/Location"])]
    assert location["sensitive"] is True and "GBT35273-2020/annexB" in location["sensitive_under"]
    assert graph.nodes[str(VOCAB["pd/Name"])]["sensitive"] is False
    assert graph.nodes[ACME]["label"] == "Acme Cloud Ltd." and graph.nodes[ACME]["layer"] == 0


def test_sharing_links_companies_to_recipients_and_conditions(store):
    graph = build_view(store, "sharing")
    kinds = {n: d["kind"] for n, d in graph.nodes(data=True)}
    recipients = {(u, v) if kinds[u] == "company" else (v, u) for u, v in graph.edges if "recipient" in (kinds[u], kinds[v])}
    assert recipients == _summary(PKG.sharesWith, {ACME_V2, BETA})
    conditions = {(u, v) if kinds[u] == "company" else (v, u) for u, v in graph.edges if "condition" in (kinds[u], kinds[v])}
    assert conditions == _summary(PKG.disclosesWhen, {ACME_V2, BETA})
    assert {graph.nodes[n]["layer"] for n in graph if kinds[n] == "company"} == {1}


def test_conditions_law_marks_claims_without_a_sharing_basis(store):
    graph = build_view(store, "conditions-law")
    security, legal, consent = (str(VOCAB[f"condition/{k}"]) for k in ("service-security", "legal-obligation", "consent"))
    assert graph.edges[BETA_CO, security]["relation"] == "claims"
    assert graph.edges[BETA_CO, security]["law_allows_sharing"] is False  # GB/T allows it for collection only
    assert graph.edges[BETA_CO, legal]["law_allows_sharing"] is True
    assert graph.edges[BETA_CO, consent]["law_allows_sharing"] is True
    provision = graph.edges[legal, "https://w3id.org/policykg/law/GBT35273-2020/s9.5"]
    assert provision["relation"] == "allows sharing"
    assert graph.edges[security, "https://w3id.org/policykg/law/GBT35273-2020/s5.6/item-i"]["relation"] == "allows collection/use"
    assert graph.nodes[security]["claimed_by"] == 1


def test_policy_view_has_every_statement_with_its_quote(store):
    graph = build_view(store, "policy", policy=ACME_V1[:6])
    policy = str(ID[f"policy/{ACME_V1}"])
    states = [t for s, p, t in policy_graphs()[f"https://w3id.org/policykg/graph/policy/{ACME_V1}"] if p == PKG.states]
    assert set(graph.successors(policy)) == {str(s) for s in states}
    conditions = [d for _, d in graph.nodes(data=True) if d["kind"] == "condition"]
    contract = next(d for d in conditions if d["label"] == "contract")
    assert contract["quote"] == CONTRACT_QUOTE and CONTRACT_QUOTE in contract["title"]
    assert contract["start"] >= 0 and contract["end"] - contract["start"] == len(CONTRACT_QUOTE)
    assert graph.has_edge(ACME, policy)


def test_build_view_errors_name_the_problem(store):
    with pytest.raises(ExportError, match="unknown view"):
        build_view(store, "nope")
    with pytest.raises(ExportError, match="--policy"):
        build_view(store, "policy")
    with pytest.raises(ExportError, match="no policy matches"):
        build_view(store, "policy", policy="zzzz")
    with pytest.raises(ExportError, match="matches 2 policies"):
        build_view(store, "policy", policy="acme.txt")  # two versions share the file name


@pytest.mark.parametrize("view", list(VIEWS))
def test_graph_files_read_back_with_the_same_counts(store, tmp_path: Path, view: str):
    graph = build_view(store, view, policy=BETA)
    for name, reader in (("graphml", nx.read_graphml), ("gexf", nx.read_gexf)):
        out = write_graph(graph, tmp_path / f"v.{name}", output_format=FORMATS[name])
        back = reader(out)
        assert (back.number_of_nodes(), back.number_of_edges()) == (graph.number_of_nodes(), graph.number_of_edges())
        some = next(iter(graph.nodes))
        assert back.nodes[some]["label"] == graph.nodes[some]["label"]
    data = json.loads(write_graph(graph, tmp_path / "v.cyjs", output_format=FORMATS["cyjs"]).read_text("utf-8"))
    back = nx.cytoscape_graph(data)
    assert (back.number_of_nodes(), back.number_of_edges()) == (graph.number_of_nodes(), graph.number_of_edges())


def test_static_pictures(store, tmp_path: Path):
    graph = write_view(store, "company-category", tmp_path / "c.svg")
    svg = ET.parse(tmp_path / "c.svg").getroot()
    texts = "".join(svg.itertext())
    assert "Beta Mobile Co., Ltd." in texts and "location" in texts  # text kept as text
    write_view(store, "conditions-law", tmp_path / "c.png")
    png = (tmp_path / "c.png").read_bytes()
    assert png.startswith(b"\x89PNG") and len(png) > 10_000
    assert graph.number_of_nodes() == 7


def test_large_graphs_hide_small_labels_and_stay_fast(tmp_path: Path):
    big = OxigraphStore(None)
    big.replace_graphs(synthetic_corpus(150))
    graph = build_view(big, "company-category")
    companies = [n for n, d in graph.nodes(data=True) if d["kind"] == "company"]
    assert len(companies) == 150
    shown = labelled_nodes(graph)
    assert 0 < len(shown & set(companies)) <= 25
    assert all(n in shown for n, d in graph.nodes(data=True) if d["kind"] == "category")  # the small column
    worst_shown = min(graph.degree(n) for n in shown & set(companies))
    assert all(graph.degree(n) <= worst_shown for n in set(companies) - shown)
    positions = layered_positions(graph)
    assert {positions[n][0] for n in companies} == {0.0} and len({positions[n][1] for n in companies}) == 150
    write_view(big, "company-category", tmp_path / "big.png")
    assert (tmp_path / "big.png").stat().st_size > 50_000


def test_format_from_suffix():
    assert format_for(Path("a.GEXF")).name == "gexf"
    assert format_for(Path("a.json")).name == "cyjs"
    assert format_for(Path("a.txt"), "svg").name == "svg"
    with pytest.raises(ExportError, match=r"\.txt"):
        format_for(Path("a.txt"))


def test_cli_viz(tmp_path: Path):
    folder = tmp_path / "store"
    with OxigraphStore(folder) as disk:
        load_fixture(disk)
    runner = CliRunner()
    listing = runner.invoke(cli, ["viz", "--list"])
    assert listing.exit_code == 0 and all(name in listing.output for name in VIEWS)
    out = tmp_path / "x" / "sharing.gexf"
    result = runner.invoke(cli, ["--store", str(folder), "viz", "sharing", "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert nx.read_gexf(out).number_of_nodes() > 0
    missing = runner.invoke(cli, ["--store", str(folder), "viz", "policy", "--out", str(tmp_path / "p.html")])
    assert missing.exit_code == 2 and "--policy" in missing.output
    help_text = runner.invoke(cli, ["viz", "--help"]).output
    assert "conditions-law" in help_text and "--out" in help_text


@pytest.fixture(scope="module")
def sample_store() -> OxigraphStore:
    from policykg.ingest.pipeline import ingest_paths

    from policykg.samples import sample_paths

    store = OxigraphStore(None)
    report = ingest_paths(sample_paths(), store=store)
    assert report.succeeded, f"no sample ingested: {report.failed}"
    return store


def test_real_samples_company_category_matches_facts(sample_store):
    from policykg.ingest.facts import export_facts

    from policykg.export.lookup import list_policies

    graph = build_view(sample_store, "company-category")
    by_file = {p.file: p.company_iri for p in list_policies(sample_store)}
    records = export_facts(sample_store)["policies"]
    assert records
    for record in records:
        company = by_file[record["file"]]
        neighbours = {graph.nodes[n]["iri"].rsplit("/", 1)[-1] for n in graph[company]} if company in graph else set()
        assert neighbours == set(record["data_categories"]), record["file"]
    for view in VIEWS.values():
        built = build_view(sample_store, view.name, policy=records[0]["file"] if view.needs_policy else None)
        assert built.number_of_nodes() > 0
