"""Graph views a reader can use: hover texts without repeats and with the evidence quotes, legends
that name each colour once, and pictures (PNG/SVG matrices) that label every concept."""
from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from graph_fixtures import BETA, SECURITY_QUOTE, load_fixture
from viz_fixtures import synthetic_corpus

from policykg.namespaces import ID, VOCAB
from policykg.store.oxigraph_store import OxigraphStore
from policykg.viz import VIEWS, build_view, write_view
from policykg.viz.palette import legend_entries
from policykg.viz.render_html import graph_payload
from policykg.viz.render_static import view_matrix

ACME = str(ID["company/acme-cloud-ltd"])
BETA_CO = str(ID["company/beta-mobile-co-ltd"])


@pytest.fixture(scope="module")
def store() -> OxigraphStore:
    return load_fixture(OxigraphStore(None))


def test_company_hover_names_each_policy_once(store):
    graph = build_view(store, "company-category")
    acme = graph.nodes[ACME]
    assert graph.degree(ACME) > 1  # several categories, one policy
    assert acme["policies"] == 1 and acme["title"].count("acme.txt") == 1, acme["title"]


@pytest.mark.parametrize("view", ["sharing", "conditions-law"])
def test_cross_policy_links_carry_their_evidence_quote(store, view: str):
    graph = build_view(store, view)
    title = graph.edges[BETA_CO, str(VOCAB["condition/service-security"])]["title"]
    assert SECURITY_QUOTE in title and "beta.txt" in title
    payload = graph_payload(graph)
    edge_titles = [e["data"]["title"] for e in payload["elements"] if e["group"] == "edges"]
    assert any(SECURITY_QUOTE in t for t in edge_titles)
    assert all("\u201c" in t for t in edge_titles if "\u2014 claims" in t or "discloses when" in t)


def test_company_category_links_quote_the_collection_sentence(store):
    graph = build_view(store, "company-category")
    titles = [d["title"] for _, _, d in graph.edges(data=True)]
    assert titles and all("\u201c" in t and "\u201d" in t for t in titles)


def test_policy_view_legend_names_each_kind_once_in_distinct_colours(store):
    graph = build_view(store, "policy", policy=BETA)
    nodes, edges = legend_entries(graph)
    names = [n for n, _ in nodes]
    colours = [c for _, c in nodes]
    assert len(names) == len(set(names)) and len(colours) == len(set(colours)), nodes
    assert edges and all(name for name, _ in edges)
    payload = graph_payload(graph)
    assert [e["name"] for e in payload["legend"] if e["shape"] == "dot"] == names


@pytest.mark.parametrize("view", list(VIEWS))
def test_pictures_label_every_concept(store, tmp_path: Path, view: str):
    graph = build_view(store, view, policy=BETA if VIEWS[view].needs_policy else None)
    matrix = view_matrix(graph)
    assert matrix.rows and matrix.columns and matrix.cells
    out = tmp_path / "v.svg"
    write_view(store, view, out, policy=BETA if VIEWS[view].needs_policy else None)
    texts = "".join(ET.parse(out).getroot().itertext())
    for label in matrix.row_labels + matrix.column_labels:
        assert label in texts, label
    if view != "policy":
        concepts = {n for n, d in graph.nodes(data=True) if d["kind"] != "company" and any(
            graph.nodes[m]["kind"] == "company" for m in graph[n])}
        assert set(matrix.columns) == concepts
        assert len(matrix.cells) == sum(1 for u, v in graph.edges if "company" in (graph.nodes[u]["kind"], graph.nodes[v]["kind"]))


def test_big_company_category_labels_every_category(tmp_path: Path):
    big = OxigraphStore(None)
    big.replace_graphs(synthetic_corpus(150))
    graph = build_view(big, "company-category")
    matrix = view_matrix(graph)
    categories = [n for n, d in graph.nodes(data=True) if d["kind"] == "category"]
    assert set(matrix.columns) == set(categories)
    shown = {e["data"]["shown"] for e in graph_payload(graph)["elements"] if e["group"] == "nodes"}
    assert all(graph.nodes[c]["label"] in shown for c in categories)
