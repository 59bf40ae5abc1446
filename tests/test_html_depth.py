"""HTML nesting bounded before parsing (issue 19 item 6): deep pages keep every word, shallow pages are untouched."""
from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from policykg.ingest.readers.html import read_html
from policykg.ingest.readers.html_depth import MAX_DEPTH, limit_depth

SENTENCE = "We collect your email address to send you receipts."


def _depth(html: str) -> int:
    """The deepest element of the parsed page (walked without recursion)."""
    tree = LexborHTMLParser(html)
    deepest, stack = 0, [(tree.root, 0)]
    while stack:
        node, depth = stack.pop()
        deepest = max(deepest, depth)
        child = node.child
        while child is not None:
            stack.append((child, depth + 1))
            child = child.next
    return deepest


def test_deep_nesting_is_unwrapped_and_the_text_kept() -> None:
    page = "<html><body>" + "<div><span>x</span>" * 3_000 + f"<p>{SENTENCE}</p>" + "</div>" * 3_000 + "</body></html>"
    limited = limit_depth(page)
    assert _depth(limited) <= MAX_DEPTH + 4
    assert SENTENCE in LexborHTMLParser(limited).body.text()
    assert LexborHTMLParser(limited).body.text().count("x") == 3_000


def test_a_page_of_many_shallow_elements_is_left_as_it_is() -> None:
    page = "<html><body>" + "".join(f"<p>Clause {i}: {SENTENCE}<br>more</p><ul><li>a<li>b</ul>" for i in range(2_000)) + "</body></html>"
    assert limit_depth(page) is page


def test_unclosed_paragraphs_and_list_items_do_not_count_as_nesting() -> None:
    page = "<html><body>" + f"<p>{SENTENCE}" * 2_000 + "<ul>" + "<li>item" * 2_000 + "</ul></body></html>"
    assert limit_depth(page) is page


def test_tags_inside_scripts_and_comments_are_not_counted() -> None:
    page = "<html><body><script>" + "<div>" * 5_000 + "</script><!--" + "<div>" * 5_000 + f"--><p>{SENTENCE}</p></body></html>"
    assert limit_depth(page) is page


def test_a_nested_navigation_bomb_reads_to_its_sentence() -> None:
    page = ("<html><body>" + "<nav>" * 20_000 + f"<p>{SENTENCE}</p>" + "</nav>" * 20_000 + "</body></html>").encode()
    assert SENTENCE in read_html(page, source="nav.html").text
