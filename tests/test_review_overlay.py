"""The reviewed overlay (``policykg/reviews/overlay.py``) on real ingested graphs: it recomputes the
summary triples exactly as ingest writes them, changes nothing for a confirmation, and is undone
exactly before it is recomputed."""
from __future__ import annotations

from policykg.ingest.pipeline import ingest_paths
from policykg.namespaces import DPV, GRAPH, ID, PKG
from policykg.reviews.anchor import selectors_for
from policykg.reviews.model import Review
from policykg.reviews.overlay import _Edit, materialise, recompute_summaries
from policykg.reviews.store import write_review
from policykg.samples import sample_paths
from policykg.store.oxigraph_store import OxigraphStore
from policykg.workbench.labels import Labels
from policykg.workbench.policy_data import read_policy


def graph_of(store: OxigraphStore, docid: str) -> set:
    return {(s, p, o) for s, p, o, _ in store.quads(str(GRAPH[f"policy/{docid}"]))}


def docids(store: OxigraphStore) -> list[str]:
    return sorted(str(r["p"]).rsplit("/", 1)[-1] for r in store.select(f"SELECT ?p WHERE {{ ?p a <{PKG.PrivacyPolicy}> }}"))


def test_summaries_are_recomputed_as_ingest_writes_them() -> None:
    store = OxigraphStore(None)
    ingest_paths(sample_paths(), store=store)
    assert len(docids(store)) >= 3
    for docid in docids(store):
        edit = _Edit(graph_of(store, docid))
        recompute_summaries(edit, ID[f"policy/{docid}"])
        assert not edit.removed and not edit.added, docid  # ingest's own summaries, to the triple


def review(store: OxigraphStore, docid: str, action: str, field: str, value: str, new: str | None = None) -> Review:
    view = read_policy(store, docid, Labels(store))
    fact = next(f for f in view.facts if any(v.field == field and v.value == value for v in f.values))
    exact, prefix, suffix = selectors_for(view.text, fact.start, fact.end)
    return Review(id=f"{action}{len(value)}", reviewer="ana", created="2026-01-01T00:00:00Z", action=action, field=field,
                  value=value, target=fact.iri, policy=view.iri, fact_kind=fact.kind, source_name=view.file,
                  exact=exact, prefix=prefix, suffix=suffix, start=fact.start, end=fact.end, new_value=new)


def test_confirmation_changes_nothing_and_an_overlay_is_undone_exactly() -> None:
    store = OxigraphStore(None)
    ingest_paths(sample_paths()[:1], store=store)
    docid = docids(store)[0]
    original = graph_of(store, docid)
    category = next(str(o) for s, p, o in original if p == DPV.hasPersonalData)
    write_review(store, review(store, docid, "confirm", "category", category))
    overlay = ID[f"policy/{docid}/overlay"]
    assert {t for t in graph_of(store, docid) if t[0] != overlay} == original  # a confirmation changes no fact
    rejected = review(store, docid, "reject", "category", category)
    write_review(store, rejected)
    changed = graph_of(store, docid)
    assert not [t for t in changed if t[1] == DPV.hasPersonalData and str(t[0]) == rejected.target and str(t[2]) == category]
    assert materialise(store, docid, [], force=True)  # no reviews: back to what the extractor wrote
    assert graph_of(store, docid) == original


def test_overlay_record_keeps_any_literal_exactly() -> None:
    """The undo record holds policy text: line breaks, quotes, backslashes, tags and language tags survive."""
    from rdflib import Literal, URIRef

    from policykg.reviews.overlay import _nt, _parse_nt

    s, p = URIRef("https://w3id.org/policykg/id/policy/0123456789abcdef/s/1"), PKG.email
    triples = {(s, p, Literal('a\nb "q" \\ </script><script>x()</script>')), (s, p, Literal("星河", lang="zh")),
               (s, PKG.ageThreshold, Literal(14)), (s, p, Literal("=HYPERLINK(\"x\")\r\t"))}
    assert _parse_nt(_nt(triples)) == triples


def test_reviews_made_within_one_second_apply_in_the_order_they_were_made() -> None:
    """A reject then a confirm of the same value in one second: the later one stands, whatever the ids."""
    import dataclasses

    from policykg.reviews.store import created_order, now, read_reviews

    first, second = now(), now()
    assert first[:19] == second[:19] or first < second  # same second, most of the time
    assert created_order(first) <= created_order(second) and "." in first  # microseconds are kept
    store = OxigraphStore(None)
    ingest_paths(sample_paths()[:1], store=store)
    docid = docids(store)[0]
    category = next(str(o) for s, p, o in graph_of(store, docid) if p == DPV.hasPersonalData)
    # ids chosen so that id order is the reverse of time order
    earlier = dataclasses.replace(review(store, docid, "reject", "category", category), id="zzzz", created="2026-01-01T00:00:00.100000Z")
    later = dataclasses.replace(review(store, docid, "confirm", "category", category), id="aaaa", created="2026-01-01T00:00:00.900000Z")
    legacy = dataclasses.replace(review(store, docid, "confirm", "category", category), id="mmmm", created="2026-01-01T00:00:00Z")
    for item in (later, earlier, legacy):
        write_review(store, item)
    assert [r.id for r in read_reviews(store)] == ["mmmm", "zzzz", "aaaa"]
