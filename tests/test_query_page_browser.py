"""The query page in a real headless Chromium against a real ``policykg serve``: the results
table gives row numbers their own column, shows typed literals as values, and links policy IRIs
to their reader page."""
from __future__ import annotations

import os
from pathlib import Path

import pytest
from graph_fixtures import BETA, load_fixture
from servers import stop
from test_server_live import start_server
from webdriver import chromium_session

from policykg.store.oxigraph_store import OxigraphStore

QUERY = """PREFIX pkg: <https://w3id.org/policykg/ns#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
SELECT ?policy ?file ?isBeta ?statements ?day WHERE {
  ?policy a pkg:PrivacyPolicy ; pkg:fileName ?file .
  { SELECT ?policy (COUNT(?s) AS ?statements) WHERE { ?policy pkg:states ?s } GROUP BY ?policy }
  BIND(?file = "beta.txt" AS ?isBeta)
  BIND("2024-03-15"^^xsd:date AS ?day)
} ORDER BY ?file"""


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    folder = tmp_path_factory.mktemp("page") / "store"
    with OxigraphStore(folder) as store:
        load_fixture(store)
    live = start_server(folder)
    yield live
    stop(live.process)


def test_results_table_shows_values_numbers_apart_and_policy_links(served, tmp_path: Path):
    with chromium_session(tmp_path / "profile") as browser:
        browser.get(served.base_url + "/")
        browser.wait_for("return document.querySelector('.yasqe .CodeMirror') !== null")
        browser.run("var cm = document.querySelector('.yasqe .CodeMirror').CodeMirror; cm.setValue(arguments[0]);"
                    "document.querySelector('.yasqe_queryButton').click();", QUERY)
        browser.wait_for("return document.querySelectorAll('.yasr table.dataTable tbody tr').length >= 3")
        rows = browser.run("""
            return Array.from(document.querySelectorAll('.yasr table.dataTable tbody tr')).map(function (tr) {
              var cells = Array.from(tr.querySelectorAll('td'));
              var number = cells[0].querySelector('.rowNumber') || cells[0];
              var link = cells[1].querySelector('a');
              function textBox(node) {  // where the first glyphs are, not the box around them
                var text = document.createTreeWalker(node, NodeFilter.SHOW_TEXT).nextNode();
                var range = document.createRange(); range.selectNodeContents(text); return range.getBoundingClientRect();
              }
              return {number: number.textContent.trim(), numberRight: textBox(number).right,
                      nextLeft: textBox(cells[1]).left,
                      firstText: cells[1].textContent.trim(), href: link && link.getAttribute('href'),
                      texts: cells.map(function (c) { return c.textContent.trim(); })};
            });""")
        browser.screenshot(Path(os.environ.get("POLICYKG_SHOTS", tmp_path)) / "query-page.png")
    assert [r["number"] for r in rows] == [str(i) for i in range(1, len(rows) + 1)]
    for row in rows:
        assert row["nextLeft"] - row["numberRight"] >= 12, row  # the number stays apart, in its own column
        assert not row["firstText"].startswith(row["number"] + "pki"), row
        docid = row["firstText"].rsplit("/", 1)[-1]
        assert row["href"] == f"/policies/{docid}"
        _, _, _, is_beta, statements, day = row["texts"]
        assert is_beta in ("true", "false") and statements.isdigit() and day == "2024-03-15", row
        assert "^^" not in " ".join(row["texts"])
    beta = next(r for r in rows if r["texts"][2] == "beta.txt")
    assert beta["texts"][3] == "true" and beta["href"] == f"/policies/{BETA}"
