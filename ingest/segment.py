"""Ingest stage 2: cut a document into headings, list items and sentences, with exact offsets.

Every ``Segment`` satisfies ``document.text[s.start:s.end] == s.text``; surrounding whitespace
and list markers ("•", "1)", "(一)") are left out by moving offsets, never by editing text.

Choices extractors rely on:
* A numbered line ("1.", "一、", "(一)", "I.", "第三条", "Article 5") is a HEADING when it is
  short and not punctuated like a list entry; inside a running list, or when it ends with ";"
  or is long, it is an ITEM. A numbered line that ends like a sentence ("1. We encrypt your data
  in transit.", "1. 我们使用TLS加密传输您的数据。") is an ITEM too once it is longer than a short
  title (more than 5 words or 8 Han characters): "12. Legal requirements." stays a HEADING. Markdown "#" lines, short ALL-CAPS lines and short unpunctuated
  lines are headings too.
* A list item with one sentence is one ITEM segment. A list item with several sentences gives
  an ITEM for its first sentence and SENTENCE segments for the others, whose ``parent`` is the
  ITEM's index: segments never overlap, and every sentence can reach its item and its intro.
* A line ending with ":" or "：" introduces a list: the following items get ``parent`` = the
  index of that sentence (or heading). It stays a SENTENCE, so ``heading`` keeps the section
  title ("How we share your information") rather than "in the following cases:".
* ``heading`` is the text of the nearest HEADING segment above (numbering included).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .conjunctions import conjunction_lead
from .model import Document, Segment, SegmentKind

__all__ = ["segment", "split_sentences"]

_LINE_RE = re.compile(r"[^\n]+")
_BLANK_LINE_RE = re.compile(r"\n[ \t]*\n")

# Markers that always start a list item; the group name is the item "style" (same style = same list).
_ITEM_RE = re.compile(
    r"""(?:
      (?P<bullet>[•·▪●◆◇■□○►▶➢➤✓✔√※][ \t]*|[-*+–—][ \t]+)
    | (?P<circled>[\u2460-\u2473\u2776-\u277f][ \t]*)
    | (?P<parennum>[(（][ \t]*\d{1,3}[ \t]*[)）][ \t]*)
    | (?P<parenalpha>[(（][ \t]*(?:[a-z]|[ivx]{1,4})[ \t]*[)）][ \t]*)
    | (?P<numparen>\d{1,3}[)）][ \t]*)
    | (?P<alphaparen>[a-z][)）][ \t]+)
    )""",
    re.VERBOSE,
)
# A conjunction that joins the last entry of a list to the others ("and (e) ...", "y (e) ...", "və ya (e) ...",
# "以及（五）..."): the words per language are in ``conjunctions`` (shared with the compliance text). (Not yet read:
# "и д) ..." — _ITEM_RE has no Cyrillic letter markers.)
_CONJUNCTION_LEAD_RE = re.compile(conjunction_lead())
# Section numbering: a heading when short, otherwise (or inside a list) an item. "1\\." is the same
# number as markdown converters escape it at the start of a line.
# A section label numbers with a letter too ("Section C. How we use …", "Part B: Sharing"), followed by "." or ":".
_NUMBER_RE = re.compile(
    r"""(?:
      (?P<decimal>\d{1,3}(?:[.．]\d{1,3})+[.．]?[ \t]*|\d{1,3}\\?[.．、](?!\d)[ \t]*)
    | (?P<cnnum>[一二三四五六七八九十百零]{1,4}[、.．][ \t]*)
    | (?P<parencn>[(（][一二三四五六七八九十]{1,3}[)）][ \t]*)
    | (?P<roman>(?=[IVXLC]{1,6}[.．、])[IVXLC]{1,6}[.．、][ \t]*)
    | (?P<article>(?:Article|Section|Chapter|Part|Clause|Статья|Раздел|Глава|Maddə|Bölmə|Artículo|Artigo
                     |Articolo|Artikel)[ \t]+(?:\d{1,3}[.:]?|[A-Z][.:])[ \t]*)
    | (?P<cnarticle>第[一二三四五六七八九十百零\d]{1,5}[条章节部分款][ \t]*)
    | (?P<sectionsign>§[ \t]*\d{1,3}[.:]?[ \t]*)
    )""",
    re.VERBOSE,
)
_MARKDOWN_HEADING_RE = re.compile(r"#{1,6}[ \t]+")
_HAN_RE = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_WORD_RE = re.compile(r"[^\W_]+")
_LETTER_RE = re.compile(r"[^\W\d_]")
# a sentence ended inside a line: "。" before more text, or a lower-case word's full stop before a capital
_INNER_SENTENCE_END = re.compile(r"。(?=\S)|[a-z]{2}\. +[A-Z]")
_ALNUM_RE = re.compile(r"[^\W_]")

_LAID_OUT_MEDIA_TYPES = frozenset({"application/pdf"})  # lines wrapped by page width, not by the author
# the last word of a line that cannot end a title: a preposition, article or conjunction (es, ru, az, en)
_DANGLING_JOINER_RE = re.compile(
    r"(?<![^\W\d_])(?:DE|DEL|LA|LAS|LOS|EL|Y|E|O|EN|PARA|POR|CON|AL|И|В|ВО|НА|О|ОБ|ПО|ДЛЯ|С|К|VƏ|İLƏ|ÜÇÜN|OF|AND|THE|FOR|TO|IN|ON|WITH|OR)$")
_WRAPPED_CHARS = 60  # a line at least this long that stops mid-sentence was wrapped
_WRAPPED_HAN = 20
_PLAIN_HEADING = "plain-heading"  # style of headings recognised only by being short and unpunctuated
_TABLE_ROW = "table-row"  # style of the rows of a "|"-delimited table that a list intro announces
_LIST_END = ";；,，"
_SENTENCE_END = ".。!！?？"
_INTRO_END = ":："
_HEADING_MAX_WORDS = 14
_HEADING_MAX_CHARS = 110
_HEADING_MAX_HAN = 40
_PLAIN_HEADING_MAX_WORDS = 8
_PLAIN_HEADING_MAX_CHARS = 70
_PLAIN_HEADING_MAX_HAN = 24
# A numbered line ending like a sentence is a title only up to this length, else a list item.
_TITLE_MAX_WORDS = 5
_TITLE_MAX_CHARS = 60
_TITLE_MAX_HAN = 8

# Sentence ends: CJK punctuation always; Western punctuation only before whitespace or the end
# (so decimals, e-mail addresses, URLs and "3.5%" never split).
_BOUNDARY_RE = re.compile(r"""[。！？；]+[”’"'」』）)]*|[.!?;…]+[”’"'»)\]]*(?=\s|$)""")
_TOKEN_BEFORE_RE = re.compile(r"(\S+)$")
# a number sign written as a letter and a full stop ("n. 95/46", "núm. 3", "п. 2"): only before a digit
_NUMBER_SIGNS = frozenset({"n", "nº", "núm", "num", "п", "ч"})
_DOTTED_ABBREVIATION_RE = re.compile(r"(?:[^\W\d_]{1,2}\.)+[^\W\d_]{1,2}")
# Words that end with a period without ending the sentence (lower case, without the final period).
_ABBREVIATIONS = frozenset(
    {
        "e.g",
        "i.e",
        "eg",
        "ie",
        "cf",
        "viz",
        "vs",
        "co",
        "ltd",
        "inc",
        "corp",
        "llc",
        "plc",
        "gmbh",
        "pte",  # Singapore "Pte. Ltd.", Australian "Pty. Ltd.", Indian "Pvt. Ltd.", Malaysian "Sdn. Bhd."
        "pty",
        "pvt",
        "sdn",
        "bhd",
        "ee",  # Spanish "EE. UU." (the United States) and "UE-EE. UU." (the EU-U.S. framework)
        "ue-ee",
        "лтд",  # Russian transliterations of a Chinese company's form: «X Ко., Лтд.» (Co., Ltd.)
        "ко",
        "no",
        "nos",
        "nr",
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "st",
        "art",
        "arts",
        "sec",
        "para",
        "paras",
        "fig",
        "figs",
        "approx",
        "dept",
        "est",
        "jr",
        "sr",
        "tel",
        "fax",
        "ext",
        "vol",
        "pp",
        "p",
        "ch",
        "u.s",
        "p.r.c",
        "a.m",
        "p.m",
        "al",
        "ca",
        "resp",
        "incl",
        "excl",
        "min",
        "max",
        "op",
        "ref",
        "rev",
        # Russian and Ukrainian
        "т.е",
        "т.к",
        "т.н",
        "др",
        "пр",
        "см",
        "ср",
        "г",
        "гг",
        "ст",
        "п",
        "пп",
        "им",
        "ул",
        "д",
        "тел",
        "руб",
        "млн",
        "млрд",
        "тыс",
        "напр",
        "ч",
        # Azerbaijani and Turkish
        "s",
        "məs",
        "b.k",
        "bkz",
        "vb",
        "örn",
        "maddə",
        # Spanish, French, German, Portuguese, Italian
        "p.ej",
        "sra",
        "núm",
        "cía",
        "av",
        "mme",
        "mlle",
        "cie",
        "z.b",
        "bzw",
        "ggf",
        "usw",
        "vgl",
        "sig",
        "ex",
        "pág",
    }
)
# End a sentence only before a capital ("..., etc. We also" but "name, email, etc. are kept").
_SENTENCE_WORDS = frozenset({"etc", "usw", "т.д", "т.п", "etc.)"})


@dataclass(frozen=True)
class _Block:
    """A heading, item or paragraph: [start, end) of its text, without its marker."""

    kind: str  # "heading" | "item" | "para"
    start: int  # where the line starts (marker included), for headings
    body: int  # where the text after the marker starts
    end: int
    style: str | None = None  # item marker family, e.g. "bullet", "parennum"


def segment(document: Document) -> list[Segment]:
    """Cut ``document.text`` into HEADING, ITEM and SENTENCE segments in document order.

    Example:
        >>> doc = Document(source="x", name="x", text="Sharing\\nWe share data:\\n• with affiliates;",
        ...                sha256="0" * 64, media_type="text/plain", encoding="utf-8", language="en")
        >>> [(s.kind.value, s.text, s.parent) for s in segment(doc)]
        [('heading', 'Sharing', None), ('sentence', 'We share data:', None), ('item', 'with affiliates;', 1)]
    """
    laid_out = document.media_type in _LAID_OUT_MEDIA_TYPES
    return _Builder(document.text).run(_blocks(document.text, laid_out=laid_out))


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Offsets of the sentences of ``text[start:end]``, each stripped of surrounding whitespace.

    Pieces with no letter or digit (a stray "。") are glued to the sentence before them.
    """
    end = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    cursor = start
    for match in _BOUNDARY_RE.finditer(text, start, end):
        first = match.group()[0]
        if first == "." and not _ends_sentence(text, match.start(), match.end(), end):
            continue
        if first in ";；" and _inside_brackets(text, cursor, match.start()):
            continue
        _add_span(text, spans, cursor, match.end())
        cursor = match.end()
    _add_span(text, spans, cursor, end)
    return spans


def _inside_brackets(text: str, start: int, at: int) -> bool:
    """A semicolon inside brackets the sentence opened and has not closed ("Zendesk, Inc. (1019 Market Street, San
    Francisco, USA; privacy@zendesk.com), which stores ...", "（电话：400-800-1234；邮箱：…）") separates parts of the
    bracketed aside, not sentences."""
    piece = text[start:at]
    if "(" not in piece and "（" not in piece:
        return False
    return piece.count("(") + piece.count("（") > piece.count(")") + piece.count("）")


def _ends_sentence(text: str, dot: int, after: int, limit: int) -> bool:
    """False for a period after an abbreviation, an initial, or before a lower-case word."""
    token_match = _TOKEN_BEFORE_RE.search(text, max(0, dot - 24), dot)
    token = token_match.group(1).lstrip("(（[«\"'“").lower() if token_match else ""
    while after < limit and text[after].isspace():  # not text[after:limit].lstrip(): a copy per period
        after += 1
    next_char = text[after] if after < limit else ""
    if next_char and next_char.islower():
        return False
    if token in _SENTENCE_WORDS:
        return not next_char or next_char.isupper() or bool(_HAN_RE.match(next_char))
    if token in _ABBREVIATIONS or _DOTTED_ABBREVIATION_RE.fullmatch(token):
        return False
    if token in _NUMBER_SIGNS and next_char.isdigit():
        return False  # "Directive n. 95/46/EC", "núm. 3": the sign of the number that follows
    if len(token) == 1 and token_match and token_match.group(1).isupper():
        return False  # an initial: "J. Smith"
    return True


def _add_span(text: str, spans: list[tuple[int, int]], start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start >= end:
        return
    if not _ALNUM_RE.search(text, start, end):
        if spans:
            spans[-1] = (spans[-1][0], end)
        return
    spans.append((start, end))


# --- blocks -----------------------------------------------------------------------------------


def _blocks(text: str, *, laid_out: bool = False) -> list[_Block]:
    """Classify each line and merge wrapped continuation lines into the block above."""
    blocks: list[_Block] = []
    previous_end = 0
    in_list = False
    numbered_titles = False  # a "1) ¿…?" question has titled a section: its "5) Menores" siblings are titles too
    for match in _LINE_RE.finditer(text):
        start, end = _strip(text, match.start(), match.end())
        if start == end:
            continue
        blank_before = bool(_BLANK_LINE_RE.search(text, previous_end, match.start())) or not blocks
        previous_end = match.end()
        line = text[start:end]
        last = blocks[-1] if blocks else None
        if last is not None and not blank_before and last.style == _PLAIN_HEADING and line[0].islower():
            last = blocks[-1] = _Block("para", last.start, last.body, last.end)  # a wrapped first line
        if last is not None and not blank_before and _continues(text, last, line, laid_out=laid_out):
            blocks[-1] = _Block(last.kind, last.start, last.body, end, last.style)
            continue
        block = _classify(
            line,
            start,
            end,
            in_list=in_list,
            after_intro=_is_intro(text, last),
            in_plain_list=last is not None and last.style == "plain",
            in_table=last is not None and last.style == _TABLE_ROW,
        )
        if block.kind == "para":
            label = _run_in_label(line)
            if label is not None:
                # "PRIMERO.- Datos que se recogen. Al afiliarse usted nos entrega ...": the clause's label
                # titles the section; the text after it is the section's first paragraph
                blocks.append(_Block("heading", start, start, start + label))
                block = _Block("para", start + label, start + len(line) - len(line[label:].lstrip()), end)
        if block.kind == "heading" and block.body > block.start and _ITEM_RE.match(line) is not None:
            numbered_titles = True
        elif numbered_titles and blank_before and block.style in _ORDERED_MARKS and _short_title(text[block.body:end]):
            block = _Block("heading", block.start, block.body, end)
        in_list = block.kind == "item" or _is_intro(text, block)
        blocks.append(block)
    return blocks


def _short_title(body: str) -> bool:
    """A few capitalised words with no closing punctuation ("Menores", "Tus derechos", "Seguridad"): in a policy whose
    sections are numbered "1) ¿Qué datos te pedimos?", the line "5) Menores" is the next section's title."""
    words = body.split()
    return 1 <= len(words) <= 4 and body[:1].isupper() and body.rstrip()[-1:].isalnum()


# Spanish legal texts number their clauses with ordinal words and a dash ("PRIMERO.-", "SEGUNDA.–",
# "CLÁUSULA TERCERA.-"), or with a number and a dash ("4.- Destinatarios."); the short label after
# the marker, closed by a full stop, is the clause's title and the text that follows on the same
# line its body.
_RUN_IN_PREFIXES = frozenset({"PRIM", "SEGU", "TERC", "CUAR", "QUIN", "SEXT", "SÉPT", "SEPT", "OCTA", "NOVE", "DÉCI",
                              "DECI", "UNDÉ", "UNDE", "DUOD", "CLÁU", "CLAU"})
_RUN_IN_LABEL_RE = re.compile(
    r"(?:CL[ÁA]USULA\s+)?(?:PRIMER[OA]|SEGUND[OA]|TERCER[OA]|CUART[OA]|QUINT[OA]|SEXT[OA]|S[ÉE]PTIM[OA]|OCTAV[OA]"
    r"|NOVEN[OA]|D[ÉE]CIM[OA](?:\s+\w+)?|UND[ÉE]CIM[OA]|DUOD[ÉE]CIM[OA])\s*[.:]?\s*[-–—]\s*"
    r"|\d{1,2}\s*[.)]\s*[-–—]\s*"
)
_RUN_IN_ORDINAL_DOT_RE = re.compile(
    r"(?:CL[ÁA]USULA\s+)?(?:PRIMER[OA]|SEGUND[OA]|TERCER[OA]|CUART[OA]|QUINT[OA]|SEXT[OA]|S[ÉE]PTIM[OA]|OCTAV[OA]"
    r"|NOVEN[OA]|D[ÉE]CIM[OA]|UND[ÉE]CIM[OA]|DUOD[ÉE]CIM[OA])\.[ \t]+"
)
_RUN_IN_TITLE_RE = re.compile(r"[^\W\d_][^.;:!?]{0,60}?\.(?=\s+\S)")
_RUN_IN_TITLE_MAX_WORDS = 6


def _run_in_label(line: str) -> int | None:
    """End of the run-in clause label ("PRIMERO.- Datos que se recogen.") that opens ``line``, or None."""
    if line[:4].upper() not in _RUN_IN_PREFIXES and not (
            line[:1].isdigit() and ("-" in line[:6] or "–" in line[:6] or "—" in line[:6])):
        return None
    marker = _RUN_IN_LABEL_RE.match(line)
    capitals_only = False
    if marker is None:
        # "QUINTO. DERECHOS DEL TITULAR. Conocer ...": without the dash the title must be in capitals,
        # as a clause title is; "Primero. Le pedimos ..." stays prose
        marker = _RUN_IN_ORDINAL_DOT_RE.match(line)
        capitals_only = True
    if marker is None:
        return None
    title = _RUN_IN_TITLE_RE.match(line, marker.end())
    if title is None or len(_WORD_RE.findall(title.group())) > _RUN_IN_TITLE_MAX_WORDS:
        return None
    if capitals_only and not (title.group()[:-1].isupper() and _mostly_capitals(title.group())):
        return None
    return title.end()


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in " \t":
        start += 1
    while end > start and text[end - 1] in " \t":
        end -= 1
    return start, end


def _continues(text: str, last: _Block, line: str, *, laid_out: bool) -> bool:
    """A hard-wrapped line: the block above is unfinished and this line goes on.

    It goes on when it starts in lower case. In laid-out documents (PDF), whose lines are
    wrapped by the page width, it also goes on when the line above is as long as a wrapped
    line (60+ characters, or 20+ Han characters before more Han). Text and HTML lines are
    logical lines, so there a capitalised line after an unpunctuated one starts a new block.
    """
    if last.kind == "heading":
        # "I. IDENTIDAD DEL TITULAR DEL BANCO DE" / "DATOS": a capitals title the page width broke after a
        # preposition or conjunction goes on in the next capitals line (a title never ends on "DE", "И", "VƏ", "OF")
        return laid_out and line.isupper() and _DANGLING_JOINER_RE.search(text, last.start, last.end) is not None
    tail = text[last.end - 1]
    if tail in _SENTENCE_END or tail in _LIST_END or tail in _INTRO_END:
        return False
    if _ITEM_RE.match(line) or _NUMBER_RE.match(line):
        return False
    if line[0].islower():
        return True
    if not laid_out:
        return False
    above = text[text.rfind("\n", last.start, last.end) + 1 : last.end]
    if _HAN_RE.match(line) and _HAN_RE.match(tail):
        return len(_HAN_RE.findall(above)) >= _WRAPPED_HAN
    return len(above) >= _WRAPPED_CHARS and not (line.isupper() and _LETTER_RE.search(line))


def _is_intro(text: str, block: _Block | None) -> bool:
    if block is None:
        return False
    end = block.end
    while end > block.start and text[end - 1] in "*_ \t":  # "…如下：**" ends in its colon
        end -= 1
    return end > block.start and text[end - 1] in _INTRO_END


# Markdown emphasis around a whole line ("**1.保障产品的基础正常运行；**", "**二、我们如何使用…**"): the
# line is read without it, so a bold numbered line is still an item or a heading
_EMPHASIS_OPEN = re.compile(r"(?:\*\*|__)[ \t]*")
_EMPHASIS_CLOSE = re.compile(r"[ \t]*(?:\*\*|__)$")


# list markers that number their entries ("1)", "(1)"): a question after one is a section title
_ORDERED_MARKS = frozenset({"numparen", "parennum"})


def _item_after_conjunction(line: str) -> re.Match[str] | None:
    """The marker of a list entry opened by a conjunction, or None. "(d) improve our services;\ny (e) other compatible
    purposes.": a conjunction before the next marker closes the same list; the entry is still an item under the
    list's intro (a bullet after a conjunction is no marker)."""
    joined = _CONJUNCTION_LEAD_RE.match(line)
    if joined is None:
        return None
    item = _ITEM_RE.match(line, joined.end())
    return item if item is not None and item.lastgroup != "bullet" else None


def _classify(line: str, start: int, end: int, *, in_list: bool, after_intro: bool, in_plain_list: bool,
              in_table: bool = False) -> _Block:
    if (("|" in line or ("  " in line or "\t" in line) and not _opens_with_marker(line))
            and (after_intro or in_table) and _is_table_row(line)):
        # "2.1. We process the following data:\nCategory | Items | Source\nContact | phone, e-mail | you": the
        # rows of a table that a line announces are that list's entries, so the intro governs each row
        return _Block("item", start, start, end, _TABLE_ROW)
    opened = _EMPHASIS_OPEN.match(line)
    if opened is not None:
        inner = _EMPHASIS_CLOSE.sub("", line[opened.end():])
        if inner:
            block = _classify(inner, start + opened.end(), end, in_list=in_list, after_intro=after_intro,
                              in_plain_list=in_plain_list, in_table=in_table)
            # a bold heading keeps its markers in its text; an item or paragraph starts after them.
            # A numbered bold line with a clause break ("**1、某SDK，用于展示广告**") is an item, not a title
            if block.kind == "heading" and block.style is None and ("，" in inner or ", " in inner):
                return _Block("item", block.start, block.body, end, "decimal")
            return block if block.kind != "para" else _Block("para", start, start, end)
    item = _ITEM_RE.match(line)
    if item is None and in_list and line[:1].isalpha():
        item = _item_after_conjunction(line)
    if item and item.end() < len(line):
        body = item.end()
        if item.lastgroup in _ORDERED_MARKS and _is_question_title(line[body:].rstrip()):
            # "1) ¿Qué datos te pedimos?", "2) ¿Para qué los usamos?": a numbered question titles its section,
            # whatever the marker's style, as "2. ¿Qué datos tratamos?" does
            return _Block("heading", start, start + body, end)
        if item.lastgroup == "bullet":
            # "* ## 四、用户隐私政策": a converter's bullet before a markdown heading marker; the marker says
            # what the line is (a section title), the bullet only how the page laid it out
            marked = _MARKDOWN_HEADING_RE.match(line, body)
            if marked is not None and marked.end() < len(line):
                return _Block("heading", start + marked.end(), start + marked.end(), end)
            # "• 1. Your prior permission": a bullet before a number marks one entry (the number is
            # not a sentence of its own)
            numbered = _NUMBER_RE.match(line, body)
            if numbered is not None and numbered.lastgroup == "decimal" and numbered.end() < len(line):
                body = numbered.end()
        return _Block("item", start, start + body, end, item.lastgroup)
    markdown = _MARKDOWN_HEADING_RE.match(line)
    if markdown and markdown.end() < len(line):
        return _Block("heading", start + markdown.end(), start + markdown.end(), end)
    number = _NUMBER_RE.match(line)
    if number and number.end() < len(line):
        body = line[number.end() :]
        listy = in_list or after_intro
        article = number.lastgroup in ("article", "cnarticle")
        if _is_short(body, words=_HEADING_MAX_WORDS, chars=_HEADING_MAX_CHARS, han=_HEADING_MAX_HAN):
            last_char = body[-1]
            if _is_question_title(body):  # "2. ¿Qué datos tratamos?" titles a section, even after a list
                return _Block("heading", start, start + number.end(), end)
            if article:  # "第五条 数据的保存" is a heading; "第五条 我们会……。" is the article's prose
                kind = "para" if last_char in _SENTENCE_END or last_char in _LIST_END else "heading"
                return _Block(kind, start, start, end)
            if last_char in _INTRO_END and (len(body.split()) >= 4 or ("，" in body and _ZH_PARTIES_INTRO_RE.search(body))):
                # "5. Оператор вправе предоставлять персональные данные:" is a clause announcing the list
                # below, not a section title ("3. Datos:" stays one); its entries need it as their intro. Chinese
                # sets no spaces: a clause that announces the parties listed below ("3.1 经您同意后，我们会将…提供给
                # 下列金融合作机构：", often a table of recipients) is a sentence; "5.4 …，除以下情形之外：" and
                # "5.1 …，收集以下数据：" stay titles of the numbered cases below them
                return _Block("para", start, start + number.end(), end)
            if after_intro and (body.endswith("的") or body[0].islower()):
                # "…无需征得您的同意：\n1、与国家安全直接相关的": right after a line that announces a list, a
                # numbered case ("…的", "where required by law") is its first entry, not a title, even
                # without closing punctuation ("This policy explains the following:\n1. How We Collect" is one)
                return _Block("item", start, start + number.end(), end, number.lastgroup)
            if last_char in _LIST_END or (last_char in _SENTENCE_END and (listy or not _is_title(body))):
                return _Block("item", start, start + number.end(), end, number.lastgroup)
            if listy and "，" in body and _ZH_LABELLED_CLAUSE_RE.match(body):
                # "6. 设备与日志：为保障交易安全，我们会收集…、IP" (its line wrapped before the full stop): the next entry of
                # the list, a label and its clauses; a title names a topic, it does not go on after a colon and a comma
                return _Block("item", start, start + number.end(), end, number.lastgroup)
            return _Block("heading", start, start + number.end(), end)
        if article:
            return _Block("para", start, start, end)
        return _Block("item", start, start + number.end(), end, number.lastgroup)
    if _is_heading_line(line):
        return _Block("heading", start, start, end, _PLAIN_HEADING)
    if (after_intro and line[-1] in _LIST_END) or (in_plain_list and (line[-1] in _LIST_END or line[0].islower())):
        return _Block("item", start, start, end, "plain")  # an unmarked list entry: "in order to ...;"
    return _Block("para", start, start, end)


_ZH_LABELLED_CLAUSE_RE = re.compile(r"[^，。；：:]{1,12}[：:][^，。；]+，")
_ZH_PARTIES_INTRO_RE = re.compile(
    r"(?:下列|以下|如下)的?[^，。；：]{0,8}(?:机构|公司|合作方|合作伙伴|第三方|服务商|服务提供商|供应商|SDK|接收方|单位)[:：]$")
def _opens_with_marker(line: str) -> bool:
    """A list marker opens the line, behind any Markdown emphasis ("**1）  在获得您的同意后…**")."""
    bare = line.lstrip("*_ \t")
    return _ITEM_RE.match(bare) is not None or _NUMBER_RE.match(bare) is not None


_ALIGNED_CELLS_RE = re.compile(r"[ \u3000]{2,}|\t")


def _is_table_row(line: str) -> bool:
    """A line of cells separated by "|" (plain-text or Markdown tables), with text in at least two cells
    or a Markdown rule row ("|---|---|")."""
    if "|" in line:
        cells = [c.strip() for c in line.strip("|").split("|")]
    else:
        # a plain-text table aligns its columns with runs of spaces or tabs ("Stripe Ltd    card payments    Ireland");
        # a single space separates words, never cells, and a line opening with a list marker ("2.  **设备信息**") is
        # an entry, whatever spaces follow its marker
        cells = [c.strip() for c in _ALIGNED_CELLS_RE.split(line.strip())]
    if len(cells) < 2:
        return False
    filled = [c for c in cells if c.strip("-: ")]
    return len(filled) >= 2 or not filled


def _is_short(body: str, *, words: int, chars: int, han: int) -> bool:
    han_count = len(_HAN_RE.findall(body))
    if han_count > len(body) / 2:
        return han_count <= han
    return len(body) <= chars and len(_WORD_RE.findall(body)) <= words


def _is_title(body: str) -> bool:
    """A numbered line short enough to be a title even though it ends with "." or "。"."""
    return _is_short(body, words=_TITLE_MAX_WORDS, chars=_TITLE_MAX_CHARS, han=_TITLE_MAX_HAN)


def _is_question_title(body: str) -> bool:
    """A whole line that is one question: Spanish "¿Quién es el responsable del tratamiento?", English
    "How do we use this information?", Chinese "我们如何使用您的信息？".

    Spanish opens a question with "¿"; a line that is nothing but one such question is how
    LOPDGDD-style policies title their sections (the layer of "¿Qué datos…?", "¿Con qué
    finalidad…?", "¿A qué destinatarios…?"), never a list entry or prose. English and Chinese FAQ-style
    policies do the same with a line that is one question opened by an interrogative ("What …?",
    "Does the app collect …?") or holding a question word ("如何", "哪些", "是否"); a policy asks no
    questions of its reader in prose, so such a line titles the answer below it.
    """
    if body.startswith("¿"):
        return body.endswith("?") and body.count("?") == 1
    if body.endswith("?") and body.count("?") == 1 and body[:1].isupper():
        if _EN_QUESTION_RE.match(body) is not None or _RU_AZ_ES_QUESTION_RE.match(body) is not None:
            return True
        # Azerbaijani puts the question word before the verb, not first: "Məlumatlar kimə ötürülür?",
        # "Məlumatlarınızı nə üçün emal edirik?"; a short line holding one is a title too
        return len(body.split()) <= 8 and _AZ_QUESTION_WORD_RE.search(body) is not None
    if body.endswith("？") and body.count("？") == 1:
        return any(word in body for word in _ZH_QUESTION_WORDS)
    return False


# English interrogatives that open a question line; Chinese question words inside one
_EN_QUESTION_RE = re.compile(
    r"(?:What|How|Why|Who|Whom|Whose|When|Where|Which|Do|Does|Did|Is|Are|Can|Will|Should|Could|Would|Have|Has)\b"
)
# Russian, Azerbaijani and Spanish (written without the opening "¿", as many Latin-American sites do)
# interrogatives that open a question title: "Какие данные мы собираем?", "Кому мы передаём данные?",
# "Hansı məlumatlarınızı emal edirik?", "Kimlə paylaşırıq?", "Qué datos recabamos?"; a title may also
# open with a preposition before the interrogative ("С кем…", "Для чего…", "Con quién…", "Para qué…").
_RU_AZ_ES_QUESTION_RE = re.compile(
    r"(?i)"
    r"(?:(?:С|Для|На|В|По|У|О|Из|До|С\s+какой)\s+)?"
    r"(?:Как(?:ие|ая|ой|ое|им|их|ую|ого|ом)?|Кто|Кому|Кем|Кого|Что|Чем|Чего|Зачем|Почему|Где|Когда|Куда|Откуда|Сколько|Каким\s+образом)\b"
    r"|(?:Hansı|Nə|Niyə|Necə|Kim|Kimə|Kimlə|Kimin|Kimdən|Harada|Haraya|Hara|Nəyə|Nədən|Neçə)(?![a-zəğıöşüç])"
    r"|(?:(?:Con|A|Para|Por|De|En|Durante)\s+)?(?:Qué|Quién|Quiénes|Cómo|Cuándo|Cuánto|Cuál|Cuáles|Dónde|Cuánto\s+tiempo)\b"
)
_AZ_QUESTION_WORD_RE = re.compile(
    r"(?i)(?<![a-zəğıöşüç])(?:hansı|niyə|necə|nə üçün|nəyə|nədən|neçə|harada|haraya|kim(?:lər)?(?:ə|lə|in|dən)?)(?![a-zəğıöşüç])"
)
_ZH_QUESTION_WORDS = ("如何", "哪些", "什么", "是否", "怎样", "为何", "为什么", "吗")


def _mostly_capitals(line: str) -> bool:
    """At least four letters, and the upper-case (cased) letters are most of them: "INFORMATION WE COLLECT".
    Han has no case, so a Chinese sentence that names "APP" or "SDK" is all "upper case" to str.upper(); it is
    prose, not a capitals title ("本声明适用于云岚APP及我们旗下各品牌酒店。")."""
    letters = _LETTER_RE.findall(line)
    if len(letters) < 4:
        return False
    cased = sum(1 for ch in letters if ch.lower() != ch)
    return cased * 2 > len(letters)


def _is_heading_line(line: str) -> bool:
    """ALL-CAPS lines, Spanish question lines and short unpunctuated lines that start with a capital,
    a digit or Han."""
    if _is_question_title(line) and _is_short(line, words=_HEADING_MAX_WORDS, chars=_HEADING_MAX_CHARS, han=_HEADING_MAX_HAN):
        return True
    # the cheap case tests first: counting letters (a regex) only for lines that are all upper case
    if len(line) <= 160 and line.upper() == line and line.lower() != line and _mostly_capitals(line):
        return line[-1] not in _LIST_END
    if line[-1] in _SENTENCE_END or line[-1] in _LIST_END or line[-1] in _INTRO_END:
        return False
    if ":" in line or "：" in line:  # "Last updated: 1 March 2024", "Email: x@y.cn" are statements
        return False
    if "\t" in line.strip():  # a table row's cells ("Prevenir el fraude\tInterés legítimo") title nothing
        return False
    if ("。" in line or ". " in line) and _INNER_SENTENCE_END.search(line):
        # "我们使用Cookie来改善网站体验。Cookie政策", "We use cookies. Learn more": a sentence and a link's words
        # (a cookie banner) — a title holds no finished sentence
        return False
    first = line[0]
    # ("【一】我们如何处理您的信息", "【重要提示】": a bracketed number or label opening a short Chinese title)
    if not (first.isupper() or first.isdigit() or _HAN_RE.match(first) or first in '«"“【'):
        return False
    return _is_short(line, words=_PLAIN_HEADING_MAX_WORDS, chars=_PLAIN_HEADING_MAX_CHARS, han=_PLAIN_HEADING_MAX_HAN)


# --- segments ---------------------------------------------------------------------------------


@dataclass
class _Intro:
    index: int  # segment that introduces the list
    style: str | None = None  # marker style of its items, learnt from the first item


class _Builder:
    """Turns blocks into segments while tracking section headings and list introductions."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.segments: list[Segment] = []
        self.heading: str | None = None
        self.intros: list[_Intro] = []
        self.suspended: list[_Intro] = []  # the list interrupted by a plain paragraph

    def run(self, blocks: list[_Block]) -> list[Segment]:
        for block in blocks:
            if block.kind == "heading":
                self._heading(block)
            elif block.kind == "item":
                self._item(block)
            else:
                self._paragraph(block)
        return self.segments

    def _add(self, start: int, end: int, kind: SegmentKind, parent: int | None) -> int:
        index = len(self.segments)
        self.segments.append(
            Segment(
                start=start,
                end=end,
                text=self.text[start:end],
                kind=kind,
                index=index,
                heading=self.heading,
                parent=parent,
            )
        )
        return index

    def _heading(self, block: _Block) -> None:
        index = self._add(block.start, block.end, SegmentKind.HEADING, None)
        self.heading = self.segments[index].text
        self.intros = [_Intro(index)] if _is_intro(self.text, block) else []
        self.suspended = []

    def _paragraph(self, block: _Block) -> None:
        spans = split_sentences(self.text, block.body, block.end)
        if self.intros:
            self.suspended = self.intros
        self.intros = []
        last = None
        for start, end in spans:
            last = self._add(start, end, SegmentKind.SENTENCE, None)
        if last is not None and _is_intro(self.text, block):
            self.intros = [_Intro(last)]
            self.suspended = []

    def _item(self, block: _Block) -> None:
        parent = self._parent_for(block.style)
        spans = split_sentences(self.text, block.body, block.end)
        if not spans:
            return
        if block.style == _TABLE_ROW:  # "Contact | phone; e-mail | you": a ";" inside a cell ends no entry
            spans = [(spans[0][0], spans[-1][1])]
        first_start, first_end = spans[0]
        item = self._add(first_start, first_end, SegmentKind.ITEM, parent)
        for start, end in spans[1:]:
            self._add(start, end, SegmentKind.SENTENCE, item)
        if _is_intro(self.text, block):
            self.intros.append(_Intro(len(self.segments) - 1))

    def _parent_for(self, style: str | None) -> int | None:
        """The intro of the list this item belongs to, popping back out of nested lists."""
        if not self.intros and self.suspended and self.suspended[-1].style == style:
            self.intros, self.suspended = self.suspended, []
        for depth in range(len(self.intros) - 1, -1, -1):
            intro = self.intros[depth]
            if intro.style == style:
                del self.intros[depth + 1 :]
                return intro.index
        if not self.intros:
            return None
        top = self.intros[-1]
        if top.style is not None:  # a new kind of marker with no intro of its own: a new list
            self.intros = []
            return None
        top.style = style
        return top.index
