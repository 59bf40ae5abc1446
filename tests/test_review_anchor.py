"""Re-anchoring a review's quote in changed text: position, exact, fuzzy with floor and margin."""
from __future__ import annotations

from policykg.reviews.anchor import AMBIGUOUS, ANCHORED, MOVED, ORPHANED, anchor, selectors_for

TEXT = ("Privacy notice of Kestrel Books.\nWe collect your email address to send receipts.\n"
        "We share order details with couriers.\n我们会收集您的手机号码用于登录。\nContact: help@kestrel.example\n")


def quote(text: str, needle: str):
    start = text.index(needle)
    exact, prefix, suffix = selectors_for(text, start, start + len(needle))
    return exact, prefix, suffix, start, start + len(needle)


def test_position_check_then_exact_search_after_text_moves() -> None:
    exact, prefix, suffix, start, end = quote(TEXT, "我们会收集您的手机号码用于登录。")
    assert anchor(TEXT, exact, prefix, suffix, start, end) == anchor(TEXT, exact, prefix, suffix, start, end)
    assert anchor(TEXT, exact, prefix, suffix, start, end).status == ANCHORED
    moved_text = "Updated 2025: a new first paragraph.\n" + TEXT
    found = anchor(moved_text, exact, prefix, suffix, start, end)
    assert (found.status, moved_text[found.start:found.end]) == (ANCHORED, exact)  # offsets are code points


def test_changed_quote_is_moved_and_unrelated_text_orphans() -> None:
    exact, prefix, suffix, start, end = quote(TEXT, "We collect your email address to send receipts.")
    edited = TEXT.replace("to send receipts", "to send you receipts")
    found = anchor(edited, exact, prefix, suffix, start, end)
    assert found.status == MOVED and "email address" in edited[found.start:found.end]
    assert anchor("Nothing about data here at all, only weather reports.", exact, prefix, suffix, start, end).status == ORPHANED


def test_repeated_quote_uses_context_and_is_ambiguous_without_it() -> None:
    sentence = "We share order details with couriers."
    doubled = TEXT + "Appendix.\n" + sentence + "\n"
    exact, prefix, suffix, start, end = quote(TEXT, sentence)
    found = anchor(doubled, exact, prefix, suffix, None, None)
    assert found.status == ANCHORED and found.start == start  # its prefix/suffix pick the first
    assert anchor(doubled, exact, "", "", None, None).status == AMBIGUOUS


def test_lookalike_passage_below_floor_is_not_taken() -> None:
    exact, prefix, suffix, start, end = quote(TEXT, "We collect your email address to send receipts.")
    lookalike = "Privacy notice.\nWe collect your postal code to plan deliveries.\n"
    assert anchor(lookalike, exact, prefix, suffix, start, end).status == ORPHANED
