"""The ingest pipeline end to end: files -> store -> facts, evidence, versions, bad input."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from policykg.cli import cli
from policykg.ingest.facts import export_facts
from policykg.ingest.pipeline import ingest_paths
from policykg.namespaces import sparql_prefixes
from policykg.samples import sample_paths
from policykg.store.oxigraph_store import OxigraphStore


@pytest.fixture(scope="module")
def seeded_store(seeds_dir: Path):
    """An in-memory store holding the five seeds and the built-in samples."""
    store = OxigraphStore(None)
    report = ingest_paths([seeds_dir, *sample_paths()], store=store)
    assert not report.failed, [outcome.error for outcome in report.failed]
    yield store
    store.close()


def test_every_file_becomes_one_policy_graph(seeded_store, seeds_dir: Path) -> None:
    expected = len(list(seeds_dir.glob("*.txt"))) + len(sample_paths())
    graphs = [name for name in seeded_store.graph_names() if "/graph/policy/" in name]
    assert len(graphs) == expected
    rows = seeded_store.select(sparql_prefixes() + "SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p a pkg:PrivacyPolicy }")
    assert int(rows[0]["n"]) == expected


def test_every_evidence_quote_is_verbatim_at_its_offsets(seeded_store) -> None:
    rows = seeded_store.select(
        sparql_prefixes()
        + """SELECT ?content ?exact ?prefix ?suffix ?start ?end WHERE {
  ?annotation a oa:Annotation ; oa:hasTarget ?target .
  ?target oa:hasSource ?text ; oa:hasSelector ?q, ?p .
  ?text pkg:content ?content .
  ?q oa:exact ?exact ; oa:prefix ?prefix ; oa:suffix ?suffix .
  ?p oa:start ?start ; oa:end ?end .
}"""
    )
    assert len(rows) > 200
    for row in rows:
        content, start, end = str(row["content"]), int(row["start"]), int(row["end"])
        assert content[start:end] == str(row["exact"])
        assert content[:start].endswith(str(row["prefix"]))
        assert content[end:].startswith(str(row["suffix"]))


def test_every_statement_has_evidence_and_polarity(seeded_store) -> None:
    rows = seeded_store.select(
        sparql_prefixes()
        + """SELECT ?s WHERE {
  ?policy pkg:states ?s .
  FILTER NOT EXISTS { ?s pkg:evidence/oa:hasTarget/oa:hasSelector/oa:exact ?quote . ?s pkg:hasPolarity ?polarity }
}"""
    )
    assert rows == []


def test_facts_export_has_every_format_key(seeded_store) -> None:
    document = export_facts(seeded_store)
    assert document["format"] == "policy-facts/1"
    keys = {
        "file", "company", "language", "laws_cited", "data_categories", "purposes", "recipients",
        "disclosure_conditions", "rights", "security_measures", "retention", "cross_border", "minors",
        "cookies", "tracking", "cookie_control", "contacts", "incident_notification",
        "policy_change_notice", "implied_consent", "sells_data", "last_updated",
    }
    for record in document["policies"]:
        assert keys <= set(record), keys - set(record)
    by_file = {record["file"]: record for record in document["policies"]}
    assert by_file["004_4b1d39faa4e22fcc.txt"]["language"] == "az"
    assert "info@injet.com" in by_file["004_4b1d39faa4e22fcc.txt"]["contacts"]["emails"]


def test_facts_match_the_extraction_they_came_from(seeded_store, seeds_dir: Path) -> None:
    """The graph round-trips the extractor's output: SPARQL facts == the in-memory record."""
    from policykg.ingest.extract import extract
    from policykg.ingest.read import read_document
    from policykg.ingest.record import extraction_to_record
    from policykg.ingest.segment import segment

    by_file = {record["file"]: record for record in export_facts(seeded_store)["policies"]}
    for path in [*sorted(seeds_dir.glob("*.txt")), *sample_paths()]:
        document = read_document(path.absolute())
        expected = extraction_to_record(extract(document, segment(document)))
        actual = by_file[path.name]
        for field in ("data_categories", "purposes", "recipients", "disclosure_conditions", "rights",
                      "security_measures", "tracking", "laws_cited", "retention", "cross_border", "minors",
                      "cookies", "cookie_control", "incident_notification", "policy_change_notice",
                      "implied_consent", "sells_data", "last_updated", "company"):
            assert _normal(actual[field]) == _normal(expected[field]), (path.name, field)
        assert sorted(actual["contacts"]["emails"]) == sorted(expected["contacts"]["emails"])


def _normal(value):
    if isinstance(value, list):
        return sorted(value)
    return value


def test_reingest_is_idempotent_and_new_content_is_a_new_version(tmp_path: Path) -> None:
    policy = tmp_path / "acme.txt"
    policy.write_text(
        "Acme Widgets Ltd. Privacy Policy\n\nWe collect your name and email address to provide the service.\n"
        "Contact us at privacy@acme.example.com.\n",
        encoding="utf-8",
    )
    with OxigraphStore(tmp_path / "store") as store:
        first = ingest_paths([policy], store=store)
        quads_after_first = store.info().quads
        second = ingest_paths([policy], store=store)
        assert [o.status for o in first.outcomes] == ["ingested"]
        assert [o.status for o in second.outcomes] == ["replaced"]
        assert store.info().quads == quads_after_first
        policy.write_text(policy.read_text(encoding="utf-8") + "We keep your data for 3 years.\n", encoding="utf-8")
        third = ingest_paths([policy], store=store)
        assert [o.status for o in third.outcomes] == ["new-version"]
        rows = store.select(sparql_prefixes() + "SELECT ?new ?old WHERE { ?new pkg:previousVersion ?old }")
        assert len(rows) == 1
        assert str(rows[0]["old"]).endswith(first.outcomes[0].docid)
        assert str(rows[0]["new"]).endswith(third.outcomes[0].docid)
        current = export_facts(store)["policies"]
        assert len(current) == 1 and current[0]["retention"]["stated"] is True
        assert len(export_facts(store, all_versions=True)["policies"]) == 2


def test_bad_files_are_reported_and_good_ones_ingested(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 40)
    (folder / "script.html").write_text("<html><body><script>var a = 1;</script></body></html>", encoding="utf-8")
    good = sample_paths()[0]
    shutil.copy(good, folder / good.name)
    with OxigraphStore(None) as store:
        report = ingest_paths([folder, tmp_path / "missing.txt"], store=store)
        failed = {Path(outcome.source).name: outcome.error for outcome in report.failed}
        assert set(failed) == {"empty.txt", "binary.txt", "script.html", "missing.txt"}
        for name, error in failed.items():
            assert name in error and "\n" not in error
        assert [Path(o.source).name for o in report.succeeded] == [good.name]
        assert store.info().policies == 1


def test_cli_ingest_facts_show_and_exit_codes(tmp_path: Path) -> None:
    runner = CliRunner()
    store = str(tmp_path / "store")
    bad = tmp_path / "empty.txt"
    bad.write_bytes(b"")
    samples = [str(path) for path in sample_paths()[:3]]
    result = runner.invoke(cli, ["--store", store, "ingest", *samples, str(bad)])
    assert result.exit_code == 1, result.output
    assert "empty.txt" in result.output
    assert "3 ingested, 1 failed" in result.output
    result = runner.invoke(cli, ["--store", store, "facts"])
    assert result.exit_code == 0, result.output
    files = [record["file"] for record in json.loads(result.output)["policies"]]
    assert files == sorted(Path(path).name for path in samples)
    result = runner.invoke(cli, ["--store", store, "show", Path(samples[0]).name])
    assert result.exit_code == 0, result.output
    assert Path(samples[0]).name in result.output
    result = runner.invoke(cli, ["--store", store, "show", "no-such-policy"])
    assert result.exit_code == 2 and "no policy matches" in result.output


def test_same_bytes_under_two_names_in_separate_runs_is_a_duplicate(tmp_path: Path) -> None:
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    shutil.copy(sample_paths()[0], first)
    shutil.copy(sample_paths()[0], second)
    with OxigraphStore(None) as store:
        assert [o.status for o in ingest_paths([first], store=store).outcomes] == ["ingested"]
        outcome = ingest_paths([second], store=store).outcomes[0]
        assert outcome.status == "duplicate" and str(first.absolute()) in (outcome.note or "")
        assert [record["file"] for record in export_facts(store)["policies"]] == ["a.txt"]
        assert [o.status for o in ingest_paths([first], store=store).outcomes] == ["replaced"]
