"""Reviewed values win in the catalogue and in ``check`` (stored findings, findings-json, exit code),
and survive a re-ingest: an on-disk store, the real server recording reviews, the CLI answering."""
from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import httpx
import pytest
from bs4 import BeautifulSoup
from workbench_fixtures import EN_POLICY, ZH_POLICY, live_server

TOKENS = {"ana-token-0123456789ab": "ana"}
PD = "https://w3id.org/policykg/vocab/pd/"
FILE = "en_lanternfish_maps.txt"


def policykg(store: Path, *args: str, ok=(0,)) -> subprocess.CompletedProcess:
    exe = Path(sys.executable).with_name("policykg")
    result = subprocess.run([str(exe), "--store", str(store), *args], capture_output=True, text=True, timeout=300)
    assert result.returncode in ok, result.stderr[-3000:]
    return result


def collectors(store: Path, category: str) -> dict[str, str]:
    """file -> the 'reviewed' cell, for every policy the catalogue says collects ``category``."""
    rows = csv.DictReader(io.StringIO(policykg(store, "query", "companies-collecting-category", "-p",
                                               f"category=pd/{category}", "-f", "csv").stdout))
    return {row["file"]: row["reviewed"] for row in rows}


def adverse_under_law(store: Path, out: Path) -> tuple[int, dict[str, dict]]:
    done = policykg(store, "check", FILE, "--format", "findings-json", "--out", str(out), ok=(0, 1))
    findings = {f["requirement"]: f for f in json.loads(out.read_text(encoding="utf-8"))["policies"][0]["findings"]}
    return done.returncode, findings


def stored_verdicts(base: str, docid: str) -> dict[str, tuple[str, str | None]]:
    query = ("SELECT ?key ?verdict ?checker WHERE { GRAPH <https://w3id.org/policykg/graph/compliance> { "
             f"?f <https://w3id.org/policykg/ns#aboutPolicy> <https://w3id.org/policykg/id/policy/{docid}> ; "
             "<https://w3id.org/policykg/ns#requirementKey> ?key ; <https://w3id.org/policykg/ns#verdict> ?verdict . "
             "OPTIONAL { ?f <https://w3id.org/policykg/ns#checkerVerdict> ?checker } } }")
    rows = httpx.get(base + "/query", params={"query": query}, headers={"Accept": "application/sparql-results+json"}).json()
    return {b["key"]["value"]: (b["verdict"]["value"], b.get("checker", {}).get("value")) for b in rows["results"]["bindings"]}


@pytest.fixture()
def store(tmp_path) -> tuple[Path, Path]:
    folder = tmp_path / "policies"
    folder.mkdir()
    (folder / FILE).write_text(EN_POLICY, encoding="utf-8")
    (folder / "zh_xinghe_notes.txt").write_text(ZH_POLICY, encoding="utf-8")
    path = tmp_path / "kg"
    policykg(path, "ingest", str(folder))
    policykg(path, "store", "tabulate")  # answer tables: reviews must reach questions answered from them too
    return folder, path


def disclosures(store: Path, *live: str) -> list[tuple[str, str]]:
    rows = csv.DictReader(io.StringIO(policykg(store, "query", "disclosure-conditions", "-f", "csv", *live).stdout))
    return [(row["file"], row["quote"]) for row in rows]


def test_rejection_correction_and_verdicts_win_in_catalogue_and_check(store, tmp_path) -> None:
    folder, path = store
    assert FILE in collectors(path, "CurrentLocation") and FILE in collectors(path, "Name")
    assert FILE not in collectors(path, "Username")
    assert [q for f, q in disclosures(path) if f == FILE and "government authorities" in q]
    code, before = adverse_under_law(path, tmp_path / "before.json")
    adverse = {k: f for k, f in before.items() if f["verdict"] in ("contravention", "omission") and f["severity"] == "law"}
    assert code == 1 and adverse  # the checker alone finds adverse verdicts under a statute
    with live_server(path, TOKENS) as base:
        docid = {row.select_one(".file").text: row["data-docid"] for row in
                 BeautifulSoup(httpx.get(base + "/policies").text, "html.parser").select("table.policies tbody tr")}[FILE]
        client = httpx.Client(base_url=base, headers={"Authorization": "Bearer ana-token-0123456789ab", "Accept": "application/json"})
        reader = BeautifulSoup(httpx.get(base + f"/policies/{docid}").text, "html.parser")
        facts = [li for li in reader.select("li.fact") if li.find_previous("h3") and "Collection" in li.find_previous("h3").text]
        location = next(li for li in facts if "precise location" in li.text)
        account = next(li for li in facts if "email address" in li.text.lower() and "name" in li.text.lower())
        authorities = next(li for li in reader.select("li.fact") if li.find_previous("h3") and "Sharing" in li.find_previous("h3").text
                           and "authorit" in li.text)
        sent = client.post(f"/policies/{docid}/reviews", data={
            "target": authorities["data-iri"], "field": "fact", "value": "", "action": "reject",
            "comment": "a legal-obligation exception, not a sharing practice"})
        assert sent.status_code == 201, sent.text
        sent = client.post(f"/policies/{docid}/reviews", data={
            "target": location["data-iri"], "field": "category", "value": PD + "CurrentLocation", "action": "reject",
            "comment": "the sentence is about places nearby, read as location by mistake"})
        assert sent.status_code == 201, sent.text
        sent = client.post(f"/policies/{docid}/reviews", data={
            "target": account["data-iri"], "field": "category", "value": PD + "Name", "action": "correct",
            "new_value": PD + "Username", "comment": "an account name"})
        assert sent.status_code == 201, sent.text
        finding_iri = f"https://w3id.org/policykg/id/finding/{docid}/"
        for key, finding in adverse.items():  # a reviewer finds every adverse verdict under law wrong
            sent = client.post(f"/policies/{docid}/reviews", data={
                "target": finding_iri + key, "field": "verdict", "value": finding["verdict"], "action": "correct",
                "new_value": "review", "new_reason": f"The text can be read either way on {key}; a lawyer must decide."})
            assert sent.status_code == 201, sent.text
        # the server's catalogue answers with the reviewed values at once
        served = httpx.get(base + "/queries/companies-collecting-category", params={"category": "pd/Username", "format": "csv"})
        assert served.status_code == 200 and FILE in served.text and "reviewed" in served.text
        # the reader still shows what the extractor said, struck through or corrected
        page = httpx.get(base + f"/policies/{docid}").text
        assert "<s>" in page and "precise location" in page

    def assert_reviewed(label: str) -> None:
        assert FILE not in collectors(path, "CurrentLocation"), label  # the rejected value answers nothing
        assert FILE not in collectors(path, "Name"), label
        assert collectors(path, "Username").get(FILE) == "reviewed", label  # the corrected one answers, marked
        assert FILE in collectors(path, "EmailAddress"), label  # the rest of the statement stands
        listed = disclosures(path)
        assert listed == disclosures(path, "--live"), label  # answer tables agree with live evaluation
        assert not [q for f, q in listed if f == FILE and "government authorities" in q], label  # rejected fact gone
        assert [q for f, q in listed if f == FILE and "affiliates" in q], label
        code, after = adverse_under_law(path, tmp_path / f"{label}.json")
        for key, finding in adverse.items():
            assert after[key]["verdict"] == "review" and "reviewed by ana" in after[key]["note"], (label, after[key])
            assert after[key]["reviewed"]["by"] == "ana" and after[key]["reviewed"]["checker_verdict"] == finding["verdict"]
        assert code == 0, label  # no adverse verdict under a statute is left: exit 0
        with live_server(path, None) as base:
            docid = next(iter(httpx.get(base + "/query", params={"query": (
                f'SELECT ?p WHERE {{ ?p <https://w3id.org/policykg/ns#fileName> "{FILE}" }}')},
                headers={"Accept": "application/sparql-results+json"}).json()["results"]["bindings"]))["p"]["value"].rsplit("/", 1)[-1]
            stored = stored_verdicts(base, docid)
        for key, finding in adverse.items():
            assert stored[key] == ("review", finding["verdict"]), (label, key, stored[key])

    assert_reviewed("after the reviews")
    gold = tmp_path / "gold.json"
    policykg(path, "reviews", "export", "--out", str(gold))
    items = json.loads((tmp_path / "gold.findings.json").read_text(encoding="utf-8"))["policies"][0]["findings"]
    assert {f["requirement"] for f in items if f.get("reviewed")} == set(adverse)  # still marked as reviewed
    scored = policykg(path, "evaluate", "--gold", str(tmp_path / "gold.findings.json")).stdout
    for key, finding in adverse.items():  # scored against the checker's own verdict, not the stored reviewer's
        assert f"{key}: reviewer review, checker {finding['verdict']}" in scored, scored
    policykg(path, "ingest", str(folder / FILE))  # the same text again: its graph is written anew
    assert_reviewed("after a re-ingest")
    (folder / FILE).write_text(EN_POLICY.replace("Security.", "Security and storage."), encoding="utf-8")
    policykg(path, "ingest", str(folder / FILE))  # a new version: the reviews follow by their quotes
    assert_reviewed("on a new version")
