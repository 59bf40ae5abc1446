"""Parameter values that name nothing are refused with the closest valid names (exit 2), never
answered with an empty table; a policy parameter takes a file name as `show` and `check` do."""
from __future__ import annotations

import pytest
from click.testing import CliRunner
from graph_fixtures import ACME_V2, BETA, load_fixture

from policykg.cli import cli
from policykg.queries.known_values import closest, vocabulary_concepts
from policykg.queries.runner import ParamError, run_query
from policykg.store.oxigraph_store import OxigraphStore


@pytest.fixture(scope="module")
def store() -> OxigraphStore:
    return load_fixture(OxigraphStore(None))


def test_vocabulary_concepts_come_from_the_ontology():
    concepts = vocabulary_concepts()
    assert "pd/Contact" in concepts and concepts["pd/Contact"]
    assert all("/" in key for key in concepts)


def test_a_misspelt_concept_is_refused_with_the_nearest_ones(store):
    with pytest.raises(ParamError, match=r"'pd/Contacts' is not a known concept.*did you mean pd/Contact\b"):
        run_query(store, "companies-collecting-category", params={"category": "pd/Contacts"})
    with pytest.raises(ParamError, match="did you mean"):
        run_query(store, "companies-collecting-category", params={"category": "pkv:pd/emailaddress"})
    assert run_query(store, "companies-collecting-category", params={"category": "pd/Contact"}).rows


def test_an_unknown_topic_is_refused_listing_the_topics(store):
    with pytest.raises(ParamError, match=r"'consent' is not a known topic of silent-on.*one of: retention, rights"):
        run_query(store, "silent-on", params={"topic": "consent"})
    with pytest.raises(ParamError, match="did you mean retention"):
        run_query(store, "silent-on", params={"topic": "retension"})


def test_closest_uses_labels_too():
    assert closest("pd/Biometrics", {"pd/Biometric": "biometric data", "pd/Name": "name"}) == ["pd/Biometric"]


def test_cli_exits_2_with_one_line(store, tmp_path):
    folder = tmp_path / "store"
    with OxigraphStore(folder) as disk:
        load_fixture(disk)
    runner = CliRunner()
    done = runner.invoke(cli, ["--store", str(folder), "query", "silent-on", "-p", "topic=consent"])
    assert done.exit_code == 2 and "not a known topic" in done.output and "company" not in done.output
    by_file = runner.invoke(cli, ["--store", str(folder), "query", "policy-diff", "-p", "a=beta.txt", "-p", f"b={ACME_V2}"])
    by_docid = runner.invoke(cli, ["--store", str(folder), "query", "policy-diff", "-p", f"a={BETA}", "-p", f"b={ACME_V2}"])
    assert by_file.exit_code == 0, by_file.output
    assert by_file.stdout == by_docid.stdout and "(0 rows)" not in by_file.stdout
    missing = runner.invoke(cli, ["--store", str(folder), "query", "policy-diff", "-p", "a=nope.txt", "-p", f"b={BETA}"])
    assert missing.exit_code == 2 and "no policy matches 'nope.txt'" in missing.output
