"""Catalogue answers as CSV/TSV are for spreadsheets: formula-like cells are defused there, not in /query."""
from __future__ import annotations

from pathlib import Path

from starlette.testclient import TestClient

from policykg.ingest.pipeline import ingest_paths
from policykg.server import Limits, create_app
from policykg.store.oxigraph_store import OxigraphStore

PAYLOAD = '=HYPERLINK("http://evil.example/","x") by using this website you agree to this privacy policy.'


def test_catalogue_csv_defuses_formulas_but_query_endpoint_returns_data_as_is(tmp_path: Path) -> None:
    policy = tmp_path / "formula.txt"
    policy.write_text("Privacy Policy of Formula Trading Co., Ltd.\n\n" + PAYLOAD + "\n", encoding="utf-8")
    with OxigraphStore(None) as store:
        assert not ingest_paths([policy], store=store).failed
        client = TestClient(create_app(store, limits=Limits()))
        csv = client.get("/queries/implied-consent", params={"format": "csv"})
        assert csv.status_code == 200, csv.text
        assert "'=HYPERLINK" in csv.text and ',=HYPERLINK' not in csv.text and '"=HYPERLINK' not in csv.text
        tsv = client.get("/queries/implied-consent", params={"format": "tsv"})
        assert tsv.status_code == 200 and "\"'=HYPERLINK" in tsv.text
        raw = client.get("/query", params={"query": "SELECT ?q WHERE { ?s <http://www.w3.org/ns/oa#exact> ?q }"},
                         headers={"Accept": "text/csv"})
        assert raw.status_code == 200 and "=HYPERLINK" in raw.text and "'=HYPERLINK" not in raw.text
