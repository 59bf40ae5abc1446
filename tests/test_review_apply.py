"""Which statement a review stands on after the text or the extractor changed (synthetic versions)."""
from __future__ import annotations

from policykg.reviews.anchor import selectors_for
from policykg.reviews.apply import effective_values, index_reviews
from policykg.reviews.model import Review
from policykg.workbench.policy_data import Fact, FactValue, PolicyView

EMAIL = "https://w3id.org/policykg/vocab/pd/EmailAddress"
PHONE = "https://w3id.org/policykg/vocab/pd/TelephoneNumber"
TEXT = "Notice.\nWe collect your email address and phone number to sign you in.\nWe do not sell data.\n"


def view(docid: str, text: str, numbering: int) -> PolicyView:
    sentence = "We collect your email address and phone number to sign you in."
    start = text.find(sentence)
    facts = []
    if start >= 0:
        facts.append(Fact(f"https://w3id.org/policykg/id/policy/{docid}/s/{numbering}", "CollectionStatement", "Affirmative",
                          [FactValue("category", EMAIL, "email", True), FactValue("category", PHONE, "phone", True)],
                          sentence, start, start + len(sentence)))
    return PolicyView(docid=docid, iri=f"https://w3id.org/policykg/id/policy/{docid}", file="notice.txt", title=None,
                      language="en", modified=None, company=None, ingested=None, text=text, facts=facts, findings=[])


def reject_email(on: PolicyView) -> Review:
    fact = on.facts[0]
    exact, prefix, suffix = selectors_for(on.text, fact.start, fact.end)
    return Review(id="r1", reviewer="ana", created="2026-01-01T00:00:00Z", action="reject", field="category", value=EMAIL,
                  target=fact.iri, policy=on.iri, fact_kind=fact.kind, source_name="notice.txt", exact=exact, prefix=prefix,
                  suffix=suffix, start=fact.start, end=fact.end)


def test_new_extractor_renumbers_statements_review_follows_the_passage() -> None:
    old = view("a" * 16, TEXT, 3)
    review = reject_email(old)
    new = view("a" * 16, TEXT, 11)  # same text, same docid, the statement is now s/11
    index = index_reviews(new, [review])
    assert index.items[0].anchoring.target == new.facts[0].iri and index.items[0].applies
    values = effective_values(new, index)["category"]
    assert EMAIL not in values and PHONE in values  # rejected value gone, the rest stays


def test_changed_version_moves_or_orphans_and_never_drops() -> None:
    old = view("a" * 16, TEXT, 3)
    review = reject_email(old)
    shifted = view("b" * 16, "Updated notice, please read.\n" + TEXT, 4)
    assert index_reviews(shifted, [review]).items[0].anchoring.status == "anchored"
    gone = view("c" * 16, "Notice.\nWe only keep your account name.\n", 1)
    item = index_reviews(gone, [review]).items[0]
    assert item.anchoring.status == "orphaned" and not item.applies
    assert index_reviews(gone, [review]).unplaced == [item]
