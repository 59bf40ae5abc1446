"""The policy text as the checks read it: sentences with offsets, their list intro and section.

Sentences come from ingest's segmenter, so a quote is always a whole sentence, list item or heading
of the stored text, with offsets into ``pkg:content``. Headings are kept (they tell which list a
list item belongs to) but are never quoted as evidence.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from policykg.compliance.cues import cues_for
from policykg.ingest.conjunctions import conjunction_lead
from policykg.ingest.model import Document, SegmentKind
from policykg.ingest.segment import segment

_SPLIT_LONG = re.compile(r"(?<=[。！？；;])|(?<=[.!?])\s+(?=[A-ZА-ЯƏÇŞÜÖĞİ¿¡])")
_SPLIT_HAN = re.compile(r"(?<=[。！？])(?=.)")
_MAX_SENTENCE = 600
_SENTENCE_END = re.compile(r"[。.!?！？；;]\W{0,2}$")
# A numbered line that ends with a colon and says who does what ("3.3 您同意我们基于如下目的与第三方共享信息：",
# "We share your data with:") introduces a list: it is a statement, not a title.
# A short line set in bold with no sentence end ("**（七）约束信息系统自动决策**") is a title the
# segmenter took for a paragraph.
_BOLD_TITLE = re.compile(r"^\*\*[^*。！？；;：:]{1,40}(?<![.!?])\*\*$")
_TITLE_MAX = 60  # a title that asks a question is short; a longer line is a sentence that asks one
_TITLE_END = re.compile(r"[。.!:：]\W{0,2}$")  # a full stop or colon ends a sentence or an intro, not a title
_INNER_STOP = re.compile(r"[。；;:：]")  # a title holds no second clause
# A line in title case ("How and Where Personal Information Are Stored, International Transfer and Security",
# "Changes in our Policy Regarding Children Under the Age of 13?") is a title however long: every word of four
# letters or more is capitalised, and a lowercase word ("and", "of") shows it is a phrase, not a list of names.
_TITLE_WORD = re.compile(r"[^\W\d_]{4,}")
_ANY_WORD = re.compile(r"[^\W\d_]+")
_NO_TITLE_END = re.compile(r"[.!:;。！：；]\W{0,2}$")
# "2. Non-personal information." is a numbered title that ends in a full stop: three words at most, naming no one
_NUMBERED_SHORT = re.compile(r"^[\s*#]*[(（]?\d+(?:\.\d+)*[.)）]?\s+(\S+(?:\s+\S+){0,2})\s*$")
_ACTOR = frozenset("we you our your us nosotros usted ustedes su sus nuestro nuestra мы вы наш ваш нас вас biz siz bizim sizin".split())
_INTRO_CLAUSE = re.compile(r"(?:我们|您|你)[^：:]{4,}[：:]\s*$|\b(?:[Ww]e|[Yy]ou)\b[^:]{8,}:\s*$")


@dataclass(frozen=True)
class Sentence:
    index: int
    start: int
    end: int
    text: str
    heading: bool = False
    intro: int | None = None  # index of the sentence that introduces this list item
    section: str = ""
    label: bool = False  # a run-in label ("Health information.") heading the sentence after it on its line
    inline_cases: bool = False  # an intro cut off the enumeration it opened inside its line ("…披露您的信息：（1）…；（2）…")

    @property
    def table_row(self) -> bool:
        """A row of a table as the readers give it: cells split by tabs, or a Markdown/pipe row."""
        return "\t" in self.text.strip() or self.text.lstrip().startswith("|")


@dataclass
class PolicyText:
    """One policy as the compliance checks see it."""

    docid: str
    file: str
    language: str
    text: str
    sentences: list[Sentence] = field(default_factory=list)
    company: str = ""
    stated_date: str | None = None

    @classmethod
    def from_text(cls, text: str, *, docid: str = "x", file: str = "x.txt", language: str = "und",
                  company: str = "", stated_date: str | None = None) -> "PolicyText":
        doc = Document(source=file, name=file, text=text, sha256="0" * 64, media_type="text/plain",
                       encoding="utf-8", language=language)
        titles = cues_for(language).get("title_question", ())
        sentences: list[Sentence] = []
        index_map: dict[int, int] = {}
        for seg in segment(doc):
            pieces = (_split_long(seg.text, seg.start) if seg.end - seg.start > _MAX_SENTENCE
                      else _split_han(seg.text, seg.start))
            for start, end in pieces:
                piece = text[start:end].strip()
                if not piece:
                    continue
                lead = len(text[start:end]) - len(text[start:end].lstrip())
                start += lead
                end = start + len(piece)
                index_map[seg.index] = len(sentences)  # a list hangs off the last sentence of its intro
                # a "heading" that ends like a sentence, or runs long, is a sentence the segmenter saw alone
                heading = (seg.kind == SegmentKind.HEADING and not (_SENTENCE_END.search(piece) or len(piece) > 80
                                                                   or _INTRO_CLAUSE.search(piece))) or bool(_BOLD_TITLE.match(piece))
                heading = heading or _question_title(piece, titles) or _cased_title(piece)
                heading = heading or (seg.kind == SegmentKind.HEADING and _numbered_short_title(piece))
                heading = heading or _hash_title(piece)
                sentences.append(Sentence(len(sentences), start, end, piece, heading, seg.parent, seg.heading or ""))
        sentences = [
            Sentence(s.index, s.start, s.end, s.text, s.heading,
                     index_map.get(s.intro) if s.intro is not None else None, s.section)
            for s in sentences
        ]
        sentences = _sections_past_items(sentences)
        sentences = _cut_lists_at_titles(_join_wrapped(text, sentences))
        sentences = _inline_enumerations(text, _run_in_labels(text, _contents_entries(sentences)))
        return cls(docid, file, language, text, sentences, company, stated_date)

    def continuation(self, index: int, limit: int = 3) -> list[Sentence]:
        """The sentences that go on from sentence ``index`` in its paragraph: those after it on the same line, or
        the next items of the list it is an item of, up to ``limit``. A clause states its effect after its
        subject ("We may update this policy. Changes are effective when posted."): a quote of the clause needs them."""
        s = self.sentences[index]
        out: list[Sentence] = []
        for nxt in self.sentences[index + 1:index + 1 + limit]:
            same_line = "\n" not in self.text[s.end:nxt.start]
            same_list = s.intro is not None and nxt.intro == s.intro
            if nxt.heading or not (same_line or same_list):
                break
            out.append(nxt)
            s = nxt
        return out

    def window(self, index: int, before: int = 0, after: int = 0) -> list[Sentence]:
        lo, hi = max(0, index - before), min(len(self.sentences), index + after + 1)
        return self.sentences[lo:hi]


# "####6.1 访问个人信息", "###6\\." : a markdown title written without the space after its hashes
_HASH_TITLE = re.compile(r"^#{2,6}(?!#)\s*\S[^。；;：:！？!?]{0,40}$")


def _sections_past_items(sentences: list[Sentence]) -> list[Sentence]:
    """A line the segmenter took for a section heading but the reader keeps as a sentence ("1. 注册信息：手机号码。")
    opens no section: the sentences after it stay in the section it sits in ("第一条 我们收集的信息"), so what holds
    for that section (data collected there) holds for them."""
    demoted = {s.text: s.section for s in sentences if not s.heading and s.section != s.text}
    if not demoted:
        return sentences
    out: list[Sentence] = []
    for s in sentences:
        section = s.section
        seen: set[str] = set()
        while section in demoted and section not in seen:  # a chain of demoted lines leads to the real heading
            seen.add(section)
            section = demoted[section]
        out.append(s if section == s.section else Sentence(s.index, s.start, s.end, s.text, s.heading, s.intro, section,
                                                           s.label, s.inline_cases))
    return out


def _hash_title(piece: str) -> bool:
    """A short line opened by markdown hashes and ending like no sentence is a section title, though written
    without the space CommonMark asks after the hashes ("####6.1 访问个人信息"). A list item set in hashes
    ("#### (a) 违反宪法确定的基本原则的；") ends like a clause and stays one."""
    bare = piece.replace("\\.", " ").rstrip()  # "###6\\." : a markdown-escaped number
    return bool(_HASH_TITLE.match(bare)) and not _SENTENCE_END.search(bare)


def _cut_lists_at_titles(sentences: list[Sentence]) -> list[Sentence]:
    """A list does not run on across a section title: lines under "####6.1 访问个人信息" are no cases of the
    "we may share without consent:" list of the section before, though the segmenter hung them off it."""
    titles = [s.index for s in sentences if s.heading]
    if not titles:
        return sentences
    out = []
    for s in sentences:
        if s.intro is not None and any(s.intro < t < s.index for t in titles):
            s = Sentence(s.index, s.start, s.end, s.text, s.heading, None, s.section)
        out.append(s)
    return out


# A line broken inside a sentence (hard-wrapped text: "…合作伙伴（如游戏发行渠道 Oppo," / "华为、应用宝等…）及第三方…分享",
# "…未成年人保护，18" / "周岁以下的…", "we share your name,\nemail address and ..."): the segmenter took each line for a
# sentence, so neither half held the statement (the verb on one line, the recipient on the other). A line that cannot
# end a sentence — it ends in a comma, an enumeration comma or an open bracket, or a number before a Chinese unit —
# goes on into the next line when that line opens no list item or title of its own.
_LIST_LEAD = re.compile(r"^[\s*#_•·▪◦>–—|-]*(?:[(（]\s*(?:\d{1,2}|[a-zA-Z]|[ivx]{1,4}|[一二三四五六七八九十]{1,3})\s*[)）]"
                        r"|(?:\d{1,2}(?:\.\d{1,2})*|[a-zA-Z]|[一二三四五六七八九十]{1,3})[.)、．]|[•·▪◦>–—|-])")
_DIGIT_END = re.compile(r"\d$")
_UNIT_START = re.compile(r"^(?:周岁|岁|小时|个|天|日|周|年|月|分钟|秒|万|元|%|％)")
_LOWER = "a-zа-яəçşüöğı"  # lower-case letters of the cased cue languages
_LOWER_START = re.compile(rf"^[{_LOWER}]")
_LOWER_END = re.compile(rf"[{_LOWER},]$")
_OPEN_END = "，,、（("  # a comma, an enumeration comma or an open bracket: no sentence ends there
# words no sentence ends with (articles, prepositions, conjunctions, possessives), per cased language: a line ending in
# one goes on into the next whatever that line's first letter ("Nuestro Delegado de" / "Protección de Datos …")
_NO_END_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("the", "a", "an", "and", "or", "our", "your", "its", "their"),  # English may end on a preposition ("Who we share it with")
    "es": ("el", "la", "los", "las", "un", "una", "de", "del", "al", "a", "en", "con", "por", "para", "y", "e", "o", "u",
           "nuestro", "nuestra", "nuestros", "nuestras", "su", "sus"),
    "ru": ("в", "во", "на", "по", "для", "о", "об", "к", "с", "со", "из", "от", "до", "и", "или", "а", "наш", "ваш", "ваши", "наши"),
    "az": ("və", "bu", "həmin", "sizin", "bizim"),  # postpositions end titles ("Uşaqlar üçün")
}
_NO_END = re.compile(r"(?:^|[\s(«\"“])(?:" + "|".join(sorted({re.escape(w) for ws in _NO_END_WORDS.values() for w in ws},
                                                                   key=lambda w: (-len(w), w))) + r")$", re.IGNORECASE)


def _wraps(s: Sentence, nxt: Sentence, gap: str) -> bool:
    """Whether line ``s`` goes on into line ``nxt`` (see above)."""
    # a list item's wrapped second line has no intro of its own ("3. Prevenir el fraude … de nuestro" / "interés legítimo.")
    if nxt.heading or gap.count("\n") != 1 or gap.strip():
        return False
    if nxt.intro != s.intro and not (nxt.intro is None and s.intro is not None and not _HAN.search(s.text)):
        return False
    end = s.text.rstrip(" *_")
    start = nxt.text.lstrip(" *_")
    if not end or not start or _LIST_LEAD.match(start):
        return False
    # a short line the segmenter took for a title, though it breaks off after a comma, is no title
    # (nor is a line broken off after a word no title ends with, whose next line ends the sentence: "Nuestro Delegado
    # de" / "Protección de Datos atiende en …", "3. Prevenir el fraude …, sobre la base de nuestro" / "interés legítimo.")
    if s.heading and not (end[-1] in _OPEN_END or (_DIGIT_END.search(end) and "，" in end)
                          or (_NO_END.search(end) and _SENTENCE_END.search(start.rstrip()))):
        return False
    if _SENTENCE_END.search(end):
        return False
    if end[-1] in _OPEN_END or end.count("（") + end.count("(") > end.count("）") + end.count(")"):
        return True
    if _DIGIT_END.search(end) and _UNIT_START.match(start) and _HAN.search(end):
        return True  # "…的未成年人，18" / "周岁以下…"; not "电话：010-56079853" / "地址：…", a line of its own
    if _NO_END.search(end) and not _HAN.search(end):
        return True
    return bool(_LOWER_END.search(end) and _LOWER_START.match(start) and not _HAN.search(end))


def _join_wrapped(text: str, sentences: list[Sentence]) -> list[Sentence]:
    """Join the lines of a sentence the text wrapped (see above); indices and list intros follow the join."""
    joined: list[Sentence] = []
    new_index: dict[int, int] = {}
    for s in sentences:
        if joined and _wraps(joined[-1], s, text[joined[-1].end:s.start]) and len(joined[-1].text) + len(s.text) < 2 * _MAX_SENTENCE:
            last = joined[-1]
            joined[-1] = replace(last, end=s.end, text=text[last.start:s.end], heading=False)
        else:
            joined.append(replace(s, index=len(joined)))
        new_index[s.index] = len(joined) - 1
    if len(joined) == len(sentences):
        return sentences
    return [replace(s, intro=new_index.get(s.intro) if s.intro is not None else None) for s in joined]


def _question_title(piece: str, titles: tuple) -> bool:
    """A short line asking how we handle data ("二、我们如何共享您的个人信息", "3. How we share your
    information?", "6. 我们如何共享…；" in a contents list) with no sentence after it is a title: it shows
    nothing the policy does, so it is never quoted as evidence."""
    bare = piece.strip(" *#").replace("\\", "")  # "6\\. 我们如何…": a markdown-escaped number
    # a contents-list entry may end in "；"
    if len(bare) > _TITLE_MAX or _TITLE_END.search(bare) or _INNER_STOP.search(bare[:-1]):
        return False
    return any(c.search(bare) for c in titles)


def _cased_title(piece: str) -> bool:
    """A line in title case with no sentence end (a "?" may end it) is a title the segmenter took for a
    sentence: it shows nothing the policy does, so it is never quoted as evidence. A list of names
    ("Facebook, Google, Twitter, Instagram") has no lowercase word and stays a line of text."""
    if len(piece) > 160 or _NO_TITLE_END.search(piece) or "\n" in piece:
        return False
    long_words = _TITLE_WORD.findall(piece)
    if len(long_words) < 4 or not all(w[0].isupper() for w in long_words):
        return False
    return any(w[0].islower() for w in _ANY_WORD.findall(piece))


def _numbered_short_title(piece: str) -> bool:
    """"2. Non-personal information." set as a heading: a number and at most three words naming no actor
    ("3. We share data." names one, and is a sentence)."""
    m = _NUMBERED_SHORT.match(piece.replace("\\", ""))
    if not m:
        return False
    # Chinese runs without spaces: "3. 以下情形中，我们共享…无需征得您的同意：" is one "word" but a clause, not a title
    if _HAN.search(m.group(1)) and ("，" in m.group(1) or len(_HAN.findall(m.group(1))) > 20):
        return False
    # nor is "1. 注册信息：手机号码。": a Chinese title ends with no full stop, a label and its content ending in 。 is an
    # item (read as a title it would make the next items a section of their own, cut off the section they are in)
    if _HAN.search(m.group(1)) and m.group(1).rstrip().endswith(("。", "；")):
        return False
    return not any(w.lower() in _ACTOR for w in _ANY_WORD.findall(m.group(1)))


# A contents entry, or the section title it names, compared without its number, markers or case:
# "1. Who We Are", "Who We Are" and "WHO WE ARE" are one title.
_TITLE_LEAD = re.compile(r"^[\s*#_•·▪◦>-]*(?:(?:\d+(?:\.\d+)*|[ivxlcIVXLC]{1,5}|[A-Za-z]|[一二三四五六七八九十]{1,3})[.)、．]\s*"
                         r"|[(（](?:\d{1,2}|[a-zA-Z]|[一二三四五六七八九十]{1,3})[)）]\s*|第[一二三四五六七八九十\d]{1,3}[章节条部分]\s*)?")
_TITLE_TAIL = re.compile(r"[\s*#_.:：;；…·\d]+$")
_CONTENTS_RUN = 3  # a contents list names three sections at least; two list items that happen to match titles do not make one


def _title_key(piece: str) -> str:
    """A title as compared with a contents entry: no number, markers, trailing dots or case (see above)."""
    return " ".join(_TITLE_TAIL.sub("", _TITLE_LEAD.sub("", piece.replace("\\", ""))).casefold().split())


def _contents_entries(sentences: list[Sentence]) -> list[Sentence]:
    """Lines of a table of contents are titles, and so are the section titles they name.

    A contents entry repeats, without its number, a title that comes later ("Who We Are" ... "1. Who We Are",
    "International Transfers" ... "6. International Transfers"); the segmenter takes a contents entry set as a
    list item or link for a line of text, and it was quoted as the evidence of a transfer abroad. A run of at
    least three such lines is a contents list: each line, and the later line it names, is a title. A single
    line that happens to repeat a title ("Security" as an item of a list of purposes) is left alone."""
    def titlelike(s: Sentence) -> bool:
        return s.heading or (len(s.text) <= 100 and not _SENTENCE_END.search(s.text) and "\n" not in s.text)

    keys = [_title_key(s.text) if titlelike(s) else "" for s in sentences]
    last: dict[str, int] = {}
    for i, key in enumerate(keys):
        if key:
            last[key] = i
    named = [bool(key) and last[key] > i for i, key in enumerate(keys)]
    marked: set[int] = set()
    i = 0
    while i < len(sentences):
        j = i
        while j < len(sentences) and named[j]:
            j += 1
        if j - i >= _CONTENTS_RUN:
            for k in range(i, j):
                marked.add(k)
                marked.add(last[keys[k]])
        i = max(j, i + 1)
    if not marked:
        return sentences
    return [replace(s, heading=True) if s.index in marked and not s.heading else s for s in sentences]


# A run-in title: a short label that opens a line and ends in a full stop or colon, with the sentence it labels
# after it on the same line ("• Health information. If you connect a heart-rate monitor, we collect ...",
# "Геоданные. Мы собираем ..."). It names a topic and says nothing the policy does.
_LABEL_MAX_WORDS = 4
_LABEL = re.compile(r"^[^.:：!?]{2,40}[.:：]$")
_LINE_LEAD = re.compile(r"^[\s*#_•·▪◦>–—-]*(?:[(（]?(?:\d{1,2}(?:\.\d{1,2})*|[a-zA-Z])[.)）]\s*)?$")
_HAN = re.compile(r"[\u4e00-\u9fff]")
# words that make a short line a statement ("We sell nothing.", "Data is encrypted.", "Мы не продаём.")
# and verb endings of the verb-final or inflected languages ("Məlumatları şifrələmə ilə qoruyuruq.", "Данные мы храним.",
# "Datos que recogemos."): a short line that ends in a finite verb is a sentence, not a label
_VERB_ENDING = re.compile(r"(?:ırıq|irik|uruq|ürük|yıq|yik|acağıq|əcəyik|ıram|irəm|amos|emos|imos|ем|им|ём|ют|ят|ется|ются|ет|ит)$")
_BULLET_LEAD = re.compile(r"[•·▪◦*–—-]")
_STATEMENT_WORD = _ACTOR | frozenset(
    "i is are was were be been will would may might can could must shall should do does did has have had not no "
    "es son está están será puede pueden debe se no "
    "является являются будет будут может могут не нет есть "
    "edir edirik olunur olur var yoxdur deyil".split())


def _run_in_labels(text: str, sentences: list[Sentence]) -> list[Sentence]:
    """Mark run-in labels as titles, and hang the sentence a label heads (the segmenter made the label its
    intro) off the label's own intro, so that a list item's body stays an item of the list."""
    labels: dict[int, int | None] = {}
    for s, nxt in zip(sentences, sentences[1:]):
        if s.heading or not _LABEL.match(s.text) or _HAN.search(s.text):
            continue
        words = _ANY_WORD.findall(s.text)
        if (not words or len(words) > _LABEL_MAX_WORDS
                or any(w.casefold() in _STATEMENT_WORD or _VERB_ENDING.search(w.casefold()) for w in words)):
            continue
        line_start = text.rfind("\n", 0, s.start) + 1
        lead = text[line_start:s.start]
        if not _LINE_LEAD.match(lead) or "\n" in text[s.end:nxt.start]:
            continue  # not at the head of its line, or nothing after it on the line
        if s.intro is None and not _BULLET_LEAD.search(lead):
            continue  # a label opens an item of a list; a numbered clause ("6.1. Data is encrypted. But ...") is prose
        if len(_ANY_WORD.findall(nxt.text)) < 4:
            continue  # "Yes. No." / a second label: a label heads a sentence
        labels[s.index] = s.intro
    if not labels:
        return sentences
    out = []
    for s in sentences:
        if s.index in labels:
            s = replace(s, heading=True, label=True)
        elif s.intro in labels:
            s = replace(s, intro=labels[s.intro])
        out.append(s)
    return out


def _split_han(text: str, offset: int) -> list[tuple[int, int]]:
    """Chinese sentences that share a line: one quote per sentence, cut after 。！？."""
    cuts = [m.start() for m in _SPLIT_HAN.finditer(text)]
    bounds = [0, *cuts, len(text)]
    return [(offset + a, offset + b) for a, b in zip(bounds, bounds[1:]) if b > a]


def _split_long(text: str, offset: int) -> list[tuple[int, int]]:
    spans, last = [], 0
    for match in _SPLIT_LONG.finditer(text):
        cut = match.start() if match.end() == match.start() else match.start()
        if cut - last >= 20:
            spans.append((offset + last, offset + cut))
            last = match.end()
    spans.append((offset + last, offset + len(text)))
    return spans


# An enumeration opened inside a line: a colon, then its first marker ("在如下情况下，我们可能会披露您的信息：（1）事先获得
# 您的授权；（2）…；（3）…", "we may disclose it to: (a) our auditors; (b) ..."); the next cases carry their own marker
_INLINE_OPEN = re.compile(r"[:：]\s*(?:[(（]\s*(?:1|a|i|一)\s*[)）]|(?:1|a|i)[.)、．])")
# "…; (d) improve our services; and (e) other purposes.": a conjunction before the last case's marker
# (the conjunction words are the segmenter's, from ``policykg.ingest.conjunctions``; after a word of a spaced
# language only a bracketed marker opens a case, "and (e)", not "and e.")
_CASE_LEAD = re.compile(r"^[\s*]*(?:" + conjunction_lead(r"\s+", spaced_before="(?=[(（])") + r")?"
                        r"(?:[(（]\s*(?:\d{1,2}|[a-zA-Z]|[ivx]{1,4}|[一二三四五六七八九十]{1,2})\s*[)）]|(?:\d{1,2}|[a-zA-Z]|[ivx]{1,4})[.)．])")
_INLINE_SPAN = 14


def _inline_enumerations(text: str, sentences: list[Sentence]) -> list[Sentence]:
    """Cut an enumeration opened inside a line into its intro and its cases, and hang each case off the intro.

    The segmenter cuts "…披露您的信息：（1）事先获得您的授权；（2）您同意…；（3）…" at each "；": the intro and the first
    case made one sentence, and every later case hung off whatever the line hangs off (often the first sentence of a
    numbered paragraph), so the list of cases was never read as one, and the first case's words (consent) were read
    as the intro's. Only pieces on the same line that open with their own marker count, up to the first that does
    not; an opener with no such case after it is left as it is."""
    cases: dict[int, list[int]] = {}
    taken: set[int] = set()
    for s in sentences:
        if s.heading or s.index in taken or not (":" in s.text or "：" in s.text) or not _INLINE_OPEN.search(s.text):
            continue
        prev, found = s, []
        for x in sentences[s.index + 1:s.index + 1 + _INLINE_SPAN]:
            if (x.heading or "\n" in text[prev.end:x.start] or not _CASE_LEAD.match(x.text)
                    or x.intro not in (None, s.intro)):
                break
            found.append(x.index)
            prev = x
        cut = _INLINE_OPEN.search(s.text).start() + 1
        if found and len(s.text[:cut].strip()) >= 4:
            cases[s.index] = found
            taken.update(found)
    if not cases:
        return sentences
    out: list[Sentence] = []
    new_index: dict[int, int] = {}  # old index -> new index (an opener maps to its intro)
    case_intro: dict[int, int] = {}  # old index of a case -> new index of its intro
    for s in sentences:
        new_index[s.index] = len(out)
        if s.index in cases:
            cut = _INLINE_OPEN.search(s.text).start() + 1
            head, tail = s.text[:cut].rstrip(), s.text[cut:]
            lead = len(tail) - len(tail.lstrip())
            intro_at = len(out)
            out.append(replace(s, index=intro_at, end=s.start + len(head), text=head, inline_cases=True))
            out.append(replace(s, index=intro_at + 1, start=s.start + cut + lead, text=tail.strip(), intro=-1 - intro_at))
            for c in cases[s.index]:
                case_intro[c] = intro_at
        else:
            out.append(replace(s, index=len(out)))
    case_new = {new_index[c]: intro for c, intro in case_intro.items()}
    fixed = []
    for s in out:
        if s.intro is not None and s.intro < 0:
            intro = -1 - s.intro  # the first case, split off its intro above
        elif s.index in case_new:
            intro = case_new[s.index]
        else:
            intro = new_index.get(s.intro) if s.intro is not None else None
        fixed.append(replace(s, intro=intro))
    return fixed
