"""HTML: the visible text of a page, one block (heading, paragraph, list item) per line.

Why a real parser (selectolax/lexbor): policies are scraped pages full of scripts, menus and
entities, and a regex cannot tell a heading from a menu entry. Headings get their own lines
so the segmenter sees them; list items are prefixed with "• " so it sees them as items.
"""

from __future__ import annotations

import codecs
import re

from selectolax.lexbor import LexborHTMLParser, LexborNode

from ..detect import decode_text, html_declared_encoding
from ..model import IngestError
from . import Extracted
from .html_depth import limit_depth

# Never visible text.
_ALWAYS_DROP = ("script", "style", "noscript", "template", "svg", "canvas", "iframe", "object", "select", "button")
# Usually boilerplate; dropped unless it holds most of the page (ASP.NET wraps pages in <form>).
_BOILERPLATE = ("nav", "footer", "header", "aside", "form", "[role=navigation]", "[role=banner]", "[role=contentinfo]")
# Hidden by markup (cookie banners, menus for small screens).
_HIDDEN = "[hidden], [aria-hidden=true], [style*='display:none'], [style*='display: none']"
_BOILERPLATE_MAX_SHARE = 0.5

_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_PARAGRAPHS = frozenset({"p", "blockquote", "pre", "table", "ul", "ol", "dl", "figure", "address"} | _HEADINGS)
_LINES = frozenset(
    {
        "div",
        "section",
        "article",
        "main",
        "li",
        "dt",
        "dd",
        "tr",
        "br",
        "hr",
        "caption",
        "figcaption",
        "details",
        "summary",
        "center",
        "body",
        "html",
        "title",
        "legend",
        "fieldset",
    }
)
_CELLS = frozenset({"td", "th"})

_SPACES_RE = re.compile(r"[ \t\r\n\f\v]+")
_BLANKS_RE = re.compile(r"\n[ \t]*(?:\n[ \t]*)+")
_EMPTY_BULLET_BEFORE_BULLET_RE = re.compile(r"^•\n+(?=• )", re.MULTILINE)
_LONE_BULLET_RE = re.compile(r"^•\n+", re.MULTILINE)


def read_html(data: bytes, *, source: str) -> Extracted:
    """Extract the visible text and <title> of an HTML page.

    Raises:
        IngestError: when nothing is left after dropping scripts, styles and navigation.
    """
    text, encoding = _decode(data, source=source)
    tree = LexborHTMLParser(limit_depth(text))
    title_node = tree.css_first("title")
    title = _SPACES_RE.sub(" ", title_node.text()).strip() if title_node is not None else ""
    root = tree.body or tree.root
    if root is None:
        raise IngestError(source, "no HTML body found: check that the file is a web page")
    rescued, imprint = _drop_invisible(root)
    body = _block_text(root)
    if rescued:  # the policy's own date, shown in a page header or footer that was dropped
        body = "\n".join(rescued) + "\n\n" + body
    kept = "\n".join(imprint) if imprint and body.strip() else None
    if kept:  # the page's copyright holder and laws, where the footer showed them: last
        body = body + "\n\n" + kept
    if not body.strip():
        raise IngestError(
            source,
            "no text left after removing scripts, styles and navigation: the page is probably rendered by "
            "JavaScript; save the rendered page from a browser (File > Save as) and ingest that",
        )
    if not title:
        first_heading = root.css_first("h1")
        title = _SPACES_RE.sub(" ", first_heading.text()).strip() if first_heading is not None else ""
    return Extracted(text=body, encoding=encoding, title=title or None, imprint=kept)


def _decode(data: bytes, *, source: str) -> tuple[str, str]:
    """As browsers do: a BOM, then the <meta> the HTML prescan finds (labels by the Encoding
    standard), then UTF-8 and detection. A declaration the bytes contradict is ignored, and so is
    a legacy one on bytes that are valid UTF-8 beyond ASCII (unlike a browser: scraped pages are
    often re-saved as UTF-8 under their old <meta>, while legacy text is almost never valid UTF-8)."""
    if data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        decoded = decode_text(data, source=source)
        return decoded.text, decoded.encoding
    declared = html_declared_encoding(data)
    if declared not in (None, "utf-8") and not data.isascii():
        try:
            return data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            pass
    if declared is not None:
        try:
            return data.decode(declared), declared
        except UnicodeDecodeError:
            pass  # a wrong declaration is common; fall back to detection
    decoded = decode_text(data, source=source)
    return decoded.text, decoded.encoding


# A line in a dropped header or footer that dates the policy ("Last updated: September 12, 2016",
# "The Privacy Policy was updated on …", "生效日期：2020年5月13日"): the page shows it with the policy, so
# it is kept (first a cheap literal test, then this regex on the dropped block's lines).
_DATE_WORDS = ("updat", "revis", "effective", "modified", "更新", "生效", "修订", "发布")
_POLICY_DATE_LINE = re.compile(
    r"(?i)^[^\n]{0,80}(?:last\s+(?:updated|revised|modified)|updated\s+on|revised\s+on|effective(?:\s+date|\s+as\s+of|\s+on)?|"
    r"更新(?:日期|时间|于)|生效(?:日期|时间)|修订(?:日期|时间)|发布(?:日期|时间))[^\n]{0,40}?(?:19|20)\d\d[^\n]{0,20}$",
    re.MULTILINE,
)


# A line of a dropped footer that is the page's imprint: who holds the copyright ("© 2024 Acme Outdoors, Inc.
# All rights reserved.", "© 2023 深圳某某科技有限公司 版权所有"), a law the page cites ("依据《网络安全法》…") or how to
# reach the publisher ("Call us: +91 80 4718 2200 · support@acme.in", "客服电话：400-…"). The publisher is often named
# only there, under a body that says "we"; navigation links are not kept.
_IMPRINT_WORDS = ("©", "(c)", "copyright", "版权", "rights reserved", "《", "@", "call", "phone", "tel", "电话", "热线")
_IMPRINT_LINE = re.compile(
    r"(?i)^[^\n]{0,160}(?:©|\(c\)\s*(?:19|20)\d\d|copyright|版权所有|rights\s+reserved|"
    r"《[^》\n]{1,40}(?:法|条例|规定|办法|规范)》|[\w.+-]@[\w-]+\.[a-z]|"
    r"(?:\b(?:call\s+us|phone|tel(?:ephone)?)\b|电话|热线)[^\n]{0,12}?[+(（\d])[^\n]{0,160}$",
    re.MULTILINE,
)


# A page footer's own full sentences are the publisher signing the page ("© 2026 X S.L., inscrita en el
# Registro Mercantil …", "Esta web cumple el RGPD …. Atención al cliente: 955 000 123."): its links, labels
# and bare copyright marks stay dropped, but a paragraph of enough words that ends like a sentence is kept.
_FOOTER_TAGS = frozenset({"footer"})
_FOOTER_PROSE = "p, address"
_FOOTER_MIN_WORDS = 7
_SENTENCE_END = (".", "!", "?", "。", "！", "？")


def _footer_sentences(node: LexborNode) -> list[str]:
    """The sentence paragraphs of a dropped page footer (never a link list: linked text must be the minority)."""
    if node.tag not in _FOOTER_TAGS and node.attributes.get("role") != "contentinfo":
        return []
    kept: list[str] = []
    for block in node.css(_FOOTER_PROSE):
        text = _SPACES_RE.sub(" ", block.text()).strip()
        linked = sum(len(a.text()) for a in block.css("a"))
        if len(text.split()) >= _FOOTER_MIN_WORDS and text.endswith(_SENTENCE_END) and linked * 2 < len(text):
            kept.append(text)
    return kept


def _rescued_lines(node: LexborNode) -> tuple[list[str], list[str]]:
    """Short lines of a block about to be dropped that date the policy, and those of its imprint: the footer's
    own sentences, then its imprint lines that no kept sentence already holds."""
    text = node.text(separator="\n")
    lowered = text.lower()
    dates: list[str] = []
    lines: list[str] = []
    if any(word in lowered for word in _DATE_WORDS):
        dates = [_SPACES_RE.sub(" ", m.group(0)).strip() for m in _POLICY_DATE_LINE.finditer(text)]
    if any(word in lowered for word in _IMPRINT_WORDS):
        lines = [_SPACES_RE.sub(" ", m.group(0)).strip() for m in _IMPRINT_LINE.finditer(text)]
    sentences = _footer_sentences(node)
    return dates, sentences + [line for line in lines if not any(line in sentence for sentence in sentences)]


def _drop_invisible(root: LexborNode) -> tuple[list[str], list[str]]:
    """Drop what a reader does not see; return the policy-date and imprint lines of dropped headers and footers."""
    for node in root.css(",".join(_ALWAYS_DROP)):
        node.decompose()
    for node in root.css(_HIDDEN):
        node.decompose()
    candidates = [node for tag in _BOILERPLATE for node in root.css(tag)]
    rescued: list[str] = []
    imprint: list[str] = []
    if not candidates:
        return rescued, imprint
    if len(candidates) <= _FEW_CANDIDATES:  # each measured by lexbor: few subtrees, each read once
        total = len(_SPACES_RE.sub("", root.text()))
        for node in candidates:
            size = len(_SPACES_RE.sub("", node.text()))
            if total and size <= total * _BOILERPLATE_MAX_SHARE:
                dates, lines = _rescued_lines(node)
                rescued += dates
                imprint += lines
                node.decompose()
        return list(dict.fromkeys(rescued)), list(dict.fromkeys(imprint))
    # Many (nested) candidates: reading each subtree would be quadratic, so every element's text
    # size comes from one bottom-up pass, and each candidate is judged on its size in the page.
    sizes = _text_sizes(root)
    total = sizes.get(root.mem_id, 0)
    doomed = [node for node in candidates if total and sizes.get(node.mem_id, 0) <= total * _BOILERPLATE_MAX_SHARE]
    dropped: set[int] = set()
    for node in doomed:
        if not _inside(node, dropped, root):
            dropped.add(node.mem_id)
    for node in doomed:
        if node.mem_id in dropped:
            dates, lines = _rescued_lines(node)
            rescued += dates
            imprint += lines
            node.decompose()
    return list(dict.fromkeys(rescued)), list(dict.fromkeys(imprint))


_FEW_CANDIDATES = 32


def _text_sizes(root: LexborNode) -> dict[int, int]:
    """Non-space characters of text under every node (by ``mem_id``), in one pass without recursion."""
    sizes: dict[int, int] = {}
    stack: list[tuple[LexborNode, bool]] = [(root, False)]
    while stack:
        node, leaving = stack.pop()
        child = node.child
        if leaving:
            total = 0
            while child is not None:
                total += sizes.get(child.mem_id, 0)
                child = child.next
            sizes[node.mem_id] = total
        elif node.tag == "-text":
            sizes[node.mem_id] = len(_SPACES_RE.sub("", node.text(deep=False) or ""))
        else:
            stack.append((node, True))
            while child is not None:
                stack.append((child, False))
                child = child.next
    return sizes


def _inside(node: LexborNode, dropped: set[int], root: LexborNode) -> bool:
    """Whether an ancestor of ``node`` is already dropped (depth is bounded by ``html_depth``)."""
    parent = node.parent
    while parent is not None and parent.mem_id != root.mem_id:
        if parent.mem_id in dropped:
            return True
        parent = parent.parent
    return False


def _block_text(root: LexborNode) -> str:
    """Walk the tree without recursion (pages can nest thousands deep), emitting line breaks at blocks."""
    parts: list[str] = []
    stack: list[tuple[LexborNode, bool]] = [(root, False)]
    pre_depth = 0
    while stack:
        node, leaving = stack.pop()
        if node is _LINE_END:
            parts.append("\n")
            continue
        tag = node.tag
        if leaving:
            if tag == "pre":
                pre_depth -= 1
            parts.append(_break_after(tag))
            continue
        if tag == "-text":
            value = node.text(deep=False) or ""
            parts.append(value if pre_depth else _SPACES_RE.sub(" ", value))
            continue
        if tag is None or tag.startswith("-") or tag == "_comment":
            continue
        parts.append(_break_before(tag))
        if tag in _BOLD and _bold_title(node):
            parts.append("\n## ")
            stack.append((_LINE_END, True))
        if tag == "pre":
            pre_depth += 1
        stack.append((node, True))
        children = []
        child = node.child
        while child is not None:
            children.append(child)
            child = child.next
        stack.extend((c, False) for c in reversed(children))
    lines = (line.strip() for line in "".join(parts).split("\n"))
    text = _BLANKS_RE.sub("\n\n", "\n".join(lines))
    # A list item that starts with a block (<li><p>..</p></li>) leaves its bullet alone on a line.
    text = _EMPTY_BULLET_BEFORE_BULLET_RE.sub("", text)
    return _LONE_BULLET_RE.sub("• ", text).strip()


# A bold run that is a whole line of its own ("<p><strong>Device information.</strong><br>We collect ..."):
# pages that style their section titles in bold instead of <h2> lose the title to the paragraph, and a
# title ending with a period ("Communicate with you.") reads like a sentence. A short bold line without
# a finite verb is a title; it is written as a Markdown heading ("## ") so the segmenter sees one.
_BOLD = frozenset({"strong", "b"})
_BOLD_PARENTS = frozenset({"p", "div", "td", "section", "article", "body", "center", "font", "span"})
_TITLE_MAX_WORDS = 8
_FINITE_RE = re.compile(r"\b(?:we|is|are|was|were|will|may|might|can|could|shall|should|must|do|does|did|not|never|has|have)\b",
                        re.IGNORECASE)
_LINE_END = object()  # a marker on the walk's stack: end the bold title's line


def _bold_title(node: LexborNode) -> bool:
    """A short bold run alone on its line: nothing but whitespace between it and the line's start and end."""
    parent = node.parent
    if parent is None or parent.tag not in _BOLD_PARENTS:
        return False
    text = _SPACES_RE.sub(" ", node.text() or "").strip()
    if not text or len(text) > 80 or len(text.split()) > _TITLE_MAX_WORDS or ":" in text:
        return False
    if "?" not in text and _FINITE_RE.search(text):
        return False  # "<b>We do not sell your data.</b>" is a sentence in bold, not a title
    return _alone(node.prev, backwards=True) and _alone(node.next, backwards=False)


def _alone(sibling: LexborNode | None, *, backwards: bool) -> bool:
    """Only whitespace up to a line break (or the parent's edge) on one side of a node."""
    while sibling is not None:
        if sibling.tag == "-text":
            if (sibling.text(deep=False) or "").strip():
                return False
        elif sibling.tag == "br" or sibling.tag in _PARAGRAPHS or sibling.tag in _LINES:
            return True
        elif sibling.tag != "_comment":
            return False
        sibling = sibling.prev if backwards else sibling.next
    return True


def _break_before(tag: str) -> str:
    if tag in _HEADINGS or tag in _PARAGRAPHS:
        return "\n\n"
    if tag == "li":
        return "\n• "
    if tag in _LINES or tag == "br":
        return "\n"
    if tag in _CELLS:
        return "\t"
    return ""


def _break_after(tag: str) -> str:
    if tag in _PARAGRAPHS:
        return "\n\n"
    if tag in _LINES and tag not in ("br", "li"):
        return "\n"
    return ""
