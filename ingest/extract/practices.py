"""Collection and use statements: which data categories the policy collects, and for what.

A data category counts as collected only where the text says so: a collection cue in the
sentence or item (or in the sentence introducing its list), or a collection section heading
above it. Categories named while sharing, securing or granting rights are not collection, and
cases of a disclosure list (see ``conditions``) are never practices. A denial in the clause
("we do not collect ...", "我们不会收集...") flips polarity to NEGATIVE instead of dropping the fact.

Purposes found in a collection sentence ride on its COLLECTION statement; elsewhere they form
USE statements where a purpose frame or a collection/use section makes them purposes.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import TYPE_CHECKING

from policykg.ingest.extract.conditions import condition_items
from policykg.ingest.extract.cues import Analysis, SegmentInfo, analyse, fold, future_hypotheticals
from policykg.ingest.model import Polarity, SegmentKind, Span, Statement, StatementKind
from policykg.ingest.vocabulary import Match, descendants

if TYPE_CHECKING:  # pragma: no cover
    from policykg.ingest.extract import ExtractionContext

__all__ = ["extract"]

# sections whose sentences describe something other than collection or use
_ELSEWHERE = frozenset({"sharing", "security", "rights", "contact", "changes"})
# sections whose sentences give no purposes (sharing ones do: "to deliver your order")
_NO_PURPOSES = frozenset({"security", "rights", "contact", "changes"})
_PURPOSE_SECTIONS = frozenset({"collection", "use", "tracking"})


def extract(context: ExtractionContext) -> Iterator[Statement]:
    """COLLECTION and USE statements, one per segment and polarity."""
    analysis = analyse(context)
    # the items of a list of processors ("поручает обработку следующим лицам: - банку — для приёма платежей")
    # still say what the data are processed for; other cases of sharing state no purpose of processing
    cases = {item for item, intro in condition_items(analysis).items() if not _entrusts_only(analysis, intro)}
    for info in analysis.infos:
        if info.is_heading:
            continue
        if (info.segment.kind is not SegmentKind.ITEM and not info.matches["data_categories"]
                and not info.matches["purposes"]):
            # names no data and no purpose, and is no list entry (which may be a bare purpose): every test below
            # then finds nothing to state (most sentences of a policy; their cue look-ups were ~2 a sentence)
            continue
        if info.segment.index in cases:
            # a case of sharing ("物流配送：我们会向快递公司提供您的收货地址") states no purpose, but still names what is given,
            # or what the party of the case collects through the service ("第三方SDK“某统计”进行统计时，可能会收集您的…")
            shared = _named_as_data(analysis, info) if info.matches["data_categories"] else ()
            if shared and (_gives_away(analysis, info) or _collects(analysis, info)):
                yield from _statements(analysis, info, StatementKind.SHARING, shared, ())
            if _table_row_with_data(info) and _purposeful(analysis, info):
                # a row of a table of parties ("友盟统计SDK | 友盟同欣… | 设备标识符 | 统计分析"): its purpose column says
                # what the data named in the row are processed for, unlike the words of a case told in prose
                yield from _statements(analysis, info, StatementKind.USE, (), _purposes(analysis, info))
            continue
        if _defines_tech(analysis, info):
            continue
        categories = _named_as_data(analysis, info)
        if categories and analysis.has("credential_care", info) and not analysis.has("own_collect", info):
            categories = tuple(m for m in categories if m.key not in _credential_keys())
        if categories and _secures(analysis, info):
            categories = ()
        purposes = _purposes(analysis, info) if _purposeful(analysis, info) else ()
        if not purposes and not categories and _bare_purpose(analysis, info):
            purposes = (Match("ServiceProvision", info.segment.start, info.segment.start),)
        if categories and _collects(analysis, info):
            yield from _statements(analysis, info, StatementKind.COLLECTION, categories, purposes)
            continue
        if categories and _gives_away(analysis, info):
            yield from _statements(analysis, info, StatementKind.SHARING, categories, ())
        if purposes and _speaks_of_data(analysis, info, categories) and not _states_duty(analysis, info):
            yield from _statements(analysis, info, StatementKind.USE, (), purposes)


# an intro that announces purposes by its last word: "для:", "para:", "üçün:", "in order to:"
_PURPOSE_INTRO = re.compile(r"(?:\bдля|\bв целях|\bpara|üçün|\bfor|\bto)\s*[:：]\s*$", re.IGNORECASE)
# "Finalidades secundarias: ...", "secondary purposes", "дополнительные цели", "əlavə məqsədlər"
_SECONDARY = ("secundari", "secondary", "вторичн", "дополнительн", "əlavə")
# other things a short entry of a purposes list may say instead of a purpose
_NOT_BARE = ("share", "entrust", "collect", "own_collect", "negation", "definition", "legal_case")


def _bare_purpose(analysis: Analysis, info: SegmentInfo) -> bool:
    """An entry of a purposes list (a list item) that names what the service does with no purpose word the lexicon
    knows ("запись на приём", "Acumular y canjear sus puntos", "Taksini sifarişinizə təyin etmək"):
    under a purposes heading, or after an intro ending in "для:/para:/üçün:", it is the provision of
    the service itself. An entry that names data, parties, rights or measures, or denies, is no purpose;
    neither is anything under a heading that is also about collection (the list may be of data)."""
    sections = info.sections
    kind = info.segment.kind
    if kind is SegmentKind.ITEM:
        intro = analysis.info(info.intro) if info.intro is not None else None
        announced = intro is not None and _PURPOSE_INTRO.search(intro.segment.text) is not None
        if intro is not None and any(w in intro.segment.text.lower() for w in _SECONDARY):
            return False  # the entries of a list of secondary purposes are exactly not the service itself
    else:
        return False  # a sentence ("Puede deshabilitarlas desde su navegador.") says more than a list entry
    if not announced and not ("use" in sections and not (sections & (_ELSEWHERE | {"collection", "tracking"}))):
        return False
    if "|" in info.segment.text or "\t" in info.segment.text:
        return False  # a table row ("| Цель обработки | Категории данных |") is no list entry
    words = info.segment.text.split()
    if not 1 <= len(words) <= 14 or not any(ch.isalpha() for ch in info.segment.text):
        return False
    if any(info.matches[f] for f in ("data_categories", "recipients", "disclosure_conditions", "rights",
                                     "security_measures", "purposes")):
        return False
    return not any(analysis.has(cue, info) for cue in _NOT_BARE)


def _defines_tech(analysis: Analysis, info: SegmentInfo) -> bool:
    """A glossary sentence on what cookies or web beacons are ("Cookies are alphanumeric identifiers
    ...", "... transfers to your hard drive for record-keeping purposes") describes the technology,
    not this company's collection or purposes; one where the company acts ("... that we use to
    remember you", "we collect") still states its practice."""
    return analysis.has("defines_tech", info) and not analysis.has("tech_actor", info)


def _entrusts_only(analysis: Analysis, intro: int | None) -> bool:
    """An intro that entrusts processing to the listed parties without sharing verbs of its own."""
    info = analysis.info(intro) if intro is not None else None
    return info is not None and analysis.has("entrust", info) and not analysis.has("share", info)


@lru_cache(maxsize=1)
def _credential_keys() -> frozenset[str]:
    """Authenticating and every narrower category (passwords, PINs, ...)."""
    return frozenset(("Authenticating", *descendants("data_categories", "Authenticating")))


def _secures(analysis: Analysis, info: SegmentInfo) -> bool:
    """A sentence of the security section naming a measure says how data is protected ("passwords
    are stored hashed", "parollar heş şəklində saxlanılır"), not that it is collected."""
    return ("security" in info.sections and bool(info.matches["security_measures"])
            and not analysis.has("own_collect", info))


# "，该权限仅在配网页面中使用", "，此功能仅…": after a comma a demonstrative subject opens a sentence of its own
# (Chinese strings such sentences with commas); what it restricts is its own subject, not the denial before it
_DEMONSTRATIVE_SUBJECT = re.compile(r"[，,]\s*(?:该|此|这|上述|前述)(?!等|些情|种情|情形|情况|类情)")


def _denial_stands(analysis: Analysis, clause: str) -> bool:
    """An exception cancels a denial ("we do not collect X except ..."), unless it only reserves
    what the law requires ("не запрашивает ..., за исключением случаев, предусмотренных законом"). An exception in
    brackets after one item of a denied list ("сведения о здоровье, паспортные данные (кроме случаев оформления
    доверенности) и биометрические данные") excepts that item only, not the whole denial. Only the denial's own
    sentence counts: an exception after a new demonstrative subject ("我们不会收集您的位置信息，该权限仅在配网时使用")
    restricts that subject."""
    lex = analysis.lexicon
    if "，" in clause or "," in clause:  # literal gate
        cut = _DEMONSTRATIVE_SUBJECT.search(clause)
        clause = clause[:cut.start()] if cut else clause
    if "(" in clause:
        clause = _MID_LIST_BRACKET.sub(" ", clause)
    return not lex.has("exception", clause) or lex.has("legal_exception", clause)


# a bracket followed by a further item of the same list (a comma or "and"/"or" and a word)
_MID_LIST_BRACKET = re.compile(r"\([^()]{3,200}\)(?=\s*(?:,|и\b|или\b|y\b|o\b|ni\b|və\b|and\b|or\b|nor\b)\s*\w)", re.IGNORECASE)


# the words with which a sentence classes data it has named ("…，该等信息属于个人敏感信息", "视为敏感信息")
_CLASSING = ("属于", "视为", "认为", "列为", "界定为", "被", "可能被")


def _defines(analysis: Analysis, info: SegmentInfo) -> bool:
    """A definition, not a classing of what the sentence has just said the company collects: "我们会收集您的实名身份信息，
    包括您的姓名、身份证号，该等信息属于个人敏感信息" collects; "身份证号、银行账户属于个人敏感信息" defines."""
    if not analysis.has("definition", info):
        return False
    spans = analysis.cue_spans("definition", info)
    text = analysis.text
    if not all(text.startswith(_CLASSING, a) for a, _ in spans):
        return True
    first = min(a for a, _ in spans)
    collecting = analysis.cue_spans("own_collect", info) + analysis.cue_spans("collect", info)
    return not any(a < first for a, _ in collecting)


def _collects(analysis: Analysis, info: SegmentInfo) -> bool:
    if _defines(analysis, info):
        # "Personal information means ... name, e-mail ...": collected only where the policy says it
        # collects the defined term itself
        return _term_of(analysis, info) in _collected_terms(analysis)
    intro = analysis.info(info.intro) if info.intro is not None else None
    if intro is not None and analysis.has("definition", intro) and not analysis.has("collect", info):
        # the items of a definition's list are its examples
        return _term_of(analysis, intro) in _collected_terms(analysis)
    previous = analysis.info(info.segment.index - 1)
    if previous is not None and _CONTINUES.match(info.segment.text) and analysis.has("definition", previous):
        # "…是指…。包括…" goes on with the definition
        return _term_of(analysis, previous) in _collected_terms(analysis)
    if analysis.has("own_collect", info):
        return True  # "we (will need to) collect X", whatever else the sentence does with X
    if analysis.has("third_party_subject", info):
        return False  # "Advertisers may collect your zip code": another party's collection
    if analysis.has("collect", info):
        if analysis.has("share", info) and "collection" not in info.sections:
            return _collect_verb_first(analysis, info)
        return True
    if (previous is not None and (_CONTINUES.match(info.segment.text) or _announces(previous, info))
            and not analysis.has("share", info) and analysis.has("collect", previous) and not analysis.has("share", previous)):
        # "…我们会收集您的个人信息。包括您的姓名…" goes on with the collection, as the line after
        # "我们会收集您的设备信息：" does ("**硬件型号、操作系统版本、IP地址**")
        return True
    if analysis.has("share", info):
        return False
    if analysis.has("continues", info) and _previous_collects(analysis, info):
        return True  # "This information may include ..." goes on with the sentence before it
    if intro is not None and analysis.has("collect", intro) and not analysis.has("share", intro):
        return True
    return ("collection" in info.sections and not (info.sections & _ELSEWHERE)) or _data_inventory(analysis, info)


def _gives_away(analysis: Analysis, info: SegmentInfo) -> bool:
    """Whether a sentence that collects nothing names data the company gives to another party: "we share
    your device ID with advertisers", "我们会向快递公司提供您的收货地址", or hands over by entrusting
    ("委托…处理您的手机号"). One cannot share what one does not hold, so the data named there are data the
    policy processes (a SHARING statement carrying them); a denial ("we never share your password") stays a
    denial, and one with an exception ("除非您明确同意") is sharing in the excepted cases."""
    if not (analysis.has("share", info) or analysis.has("entrust", info) or _header_shares(analysis, info)):
        return False
    if info.segment.text.lstrip(" *•-").lower().startswith(("any ", "任何")):
        return False  # "Any sensitive information (including …) shall not be shared …": a kind, not data held
    if analysis.has("third_party_subject", info) and not analysis.has("speaker", info):
        return False  # "Advertisers may share ...": another party's act, not this policy's
    if analysis.has("user_shares", info) or analysis.has("safekeeping", info) or _states_duty(analysis, info):
        return False  # the person's own act, or terms of service ("不得将帐号转让他人")
    # a safeguard around an exchange ("data exchanged with the service, such as card details, is encrypted"),
    # or a threat defended against ("against unauthorised access, disclosure or destruction of your password")
    return not ("security" in info.sections or _names_measure(analysis, info) or _names_threat(info.segment.text))


def _names_measure(analysis: Analysis, info: SegmentInfo) -> bool:
    """A security measure named in the sentence; the scheme of a link ("https://…" in an SDK table) is none."""
    return any(not analysis.text.startswith("://", m.end) for m in info.matches["security_measures"])


# the sharing word names a threat, not an act: "unauthorized access, alteration, disclosure", "防止信息泄露、披露"
_THREAT = re.compile(
    r"\b(?:unauthori[sz]ed|accidental|unlawful|illegal)\s+(?:[\w-]+,?\s+(?:or\s+|and\s+)?){0,4}(?:disclos|transfer|shar)"
    r"|(?:防止|避免|防范|免遭|未经授权的?)[^。；;，,]{0,16}(?:披露|转让|共享)",
    re.IGNORECASE,
)


def _names_threat(text: str) -> bool:
    """Whether the sentence names disclosure as a threat (literal gates first: most sentences hold none)."""
    if "nauthori" not in text and "ccidental" not in text and "lawful" not in text and "legal" not in text \
            and not any(w in text for w in ("防止", "避免", "防范", "免遭", "未经授权")):
        return False
    return _THREAT.search(text) is not None


def _table_row(text: str) -> bool:
    """A row of a table as the readers give it: cells split by tabs (HTML, DOCX) or a Markdown/pipe row (text)."""
    return text.lstrip().startswith("|") or "\t" in text.strip()


def _table_header(analysis: Analysis, info: SegmentInfo) -> SegmentInfo | None:
    """The first row of the table a row belongs to ("| SDK名称 | 使用目的 | 共享的个人信息 |"): its column names
    frame the cells below it as an intro frames its items, whether the reader gave the cells split by pipes (text)
    or by tabs (an HTML or DOCX table). The rows are the run of table rows right above (read as list items or as
    sentences); None outside a table (literal gates: "|", tab)."""
    if not _table_row(info.segment.text):
        return None
    header = info
    index = info.segment.index - 1
    while index >= 0 and _table_row((row := analysis.infos[index]).segment.text) and not row.is_heading:
        header = row
        index -= 1
    return header if header is not info else None


def _header_shares(analysis: Analysis, info: SegmentInfo) -> bool:
    """A row under a column of data given to others ("共享的个人信息", "Data shared"), or in a table whose columns name
    the receiving party ("| SDK名称 | 提供方 | 涉及的个人信息 |", "| Recipient | Purpose |"): its data go to that party,
    whether the header says the party collects them or is given them (an SDK collects through the company's app)."""
    header = _table_header(analysis, info)
    if header is None:
        return False
    return analysis.has("party_column", header) or (analysis.has("share", header) and not analysis.has("collect", header))


def _data_inventory(analysis: Analysis, info: SegmentInfo) -> bool:
    """A verbless inventory line outside any known section, "Анкета: ФИО, дата рождения, телефон",
    "Cuenta: nombre, correo, celular": a label and the data kinds held under it say what the policy
    collects, whatever the heading above asks ("Что мы о вас знаем?"). Under a heading on sharing,
    security or rights the same line is about something else; a denial or a sharing verb ends it."""
    if info.sections or ":" not in info.segment.text[:80]:
        return False  # literal gate
    colon = info.segment.start + info.segment.text.index(":")
    after = [m.start for m in info.matches["data_categories"] if m.start > colon]
    if len(after) < 2 or after[0] - colon > 25:
        return False  # the list starts right after the label: not "Телефон: +7 ...", nor a definition
        # ("Dato sensible: aquel que afecta ..., como los datos relativos a la salud")
    if any(analysis.has(cue, info) for cue in ("share", "entrust", "negation", "definition")):
        return False
    return True


def _previous_collects(analysis: Analysis, info: SegmentInfo) -> bool:
    """Whether the sentence before (its antecedent) says the company collects."""
    index = info.segment.index - 1
    while index >= 0:
        previous = analysis.infos[index]
        if not previous.is_heading:
            return (analysis.has("collect", previous) or analysis.has("own_collect", previous)) and not analysis.has("share", previous)
        index -= 1
    return False


def _collect_verb_first(analysis: Analysis, info: SegmentInfo) -> bool:
    """"We collect, use and share X" collects X; "we share X with partners who collect ..." does not:
    the verb that comes first governs the data named in the sentence."""
    text = info.segment.text
    collect = analysis.lexicon.first("collect", text)
    share = analysis.lexicon.first("share", text)
    return collect is not None and (share is None or collect < share)


def _term_of(analysis: Analysis, info: SegmentInfo) -> str:
    """Which term a definition defines: non-personal, sensitive or personal information, or another term of the
    policy's own. A sensitive kind is never a collected term: its definition lists what the law singles out,
    whatever else the policy collects; neither is a quoted term of its own ("PHI", "De-identified Information"),
    nor a legal notion illustrated by examples ("any information …, for example …")."""
    at = analysis.lexicon.first("nonpersonal", info.segment.text)
    if at is not None and at < 40:
        return "non-personal"
    at = analysis.lexicon.first("sensitive_term", info.segment.text)
    if at is not None and at < 40:
        return "sensitive"
    text = info.segment.text.lstrip(" *•-")
    if text[:1] in _QUOTES and not (-1 < _first(analysis, "personal_term", text) < 40):
        return "other"  # a term of the policy's own in quotes ('"PHI" means …'): never a term it collects
    return "illustrative" if analysis.lexicon.first("illustrative_term", info.segment.text) is not None else "personal"


_QUOTES = frozenset('"“「『«')


def _first(analysis: Analysis, cue: str, text: str) -> int:
    """Offset of a cue's first hit in ``text``, -1 when there is none."""
    at = analysis.lexicon.first(cue, text)
    return -1 if at is None else at


def _collected_terms(analysis: Analysis) -> frozenset[str]:
    """Terms ("personal information", "non-personal information") an affirmative sentence outside a
    definition says the company collects (memoised per document)."""
    cached = analysis._memo.get(("collected_terms", -1))
    if cached is not None:
        return cached  # type: ignore[return-value]
    found: set[str] = set()
    denied: set[str] = set()
    lex = analysis.lexicon
    for info in analysis.infos:
        if info.is_heading or analysis.has("definition", info):
            continue
        if analysis.has("denies_term", info) and not analysis.has("exception", info):
            # "We do not collect Personal Information." denies the term outright: a rights clause on
            # "your personal information previously provided to us" does not take it back
            denied.add("non-personal" if lex.first("nonpersonal", info.segment.text) is not None else "personal")
            continue
        text = info.segment.text
        if not (analysis.has("own_collect", info) or (analysis.has("collect", info) and analysis.has("speaker", info))):
            continue  # the company must say it holds the term ("we may use your personal information")
        if analysis.negated(info.segment.start, info.segment.end):
            continue  # "we do not collect personal information unless ..." does not say it does
        if lex.first("nonpersonal", text) is not None:
            found.add("non-personal")
        if lex.first("personal_term", text) is not None:
            found.add("personal")
    result = frozenset(found - denied)
    analysis._memo[("collected_terms", -1)] = result  # type: ignore[assignment]
    return result


# data categories a person is reached at: named as a channel or filled in, they are no collected data
_CONTACT_KEYS = frozenset({"EmailAddress", "TelephoneNumber", "PhysicalAddress", "PostalCode", "Contact"})
_CREDENTIAL_KEYS = frozenset({"Password", "PINCode", "Username", "Authenticating"})
# a feedback menu is a channel too: "通过“意见反馈”与我们联系" names where to write, not opinions collected
_CHANNEL_KEYS = _CONTACT_KEYS | {"Opinion"}
# a title in book-title marks names a law or a document: "《电话用户真实身份信息登记规定》" collects no phone number
_BOOK_TITLE = re.compile(r"《[^《》\n]{1,60}》")
# the quoted title of a law ("Федеральным законом «Об образовании в Российской Федерации»", '"Dərman vasitələri
# haqqında" Qanun'): it names the statute, as 《…》 does, not data the company holds
_LAW_TITLE = re.compile(
    r"(?:закон\w*|кодекс\w*|постановлени\w*|указ\w*)\s+(?:от\s+[\d.]+\s*(?:г\.\s*)?)?(?:№\s*[\w-]+\s*)?«[^«»\n]{2,160}»"
    r"|[\"“][^\"“”\n]{2,120}[\"”]\s+(?:Azərbaycan Respublikasının\s+)?[Qq]anun",
    re.IGNORECASE,
)


def _law_title_spans(info: SegmentInfo) -> list[tuple[int, int]]:
    """Document spans of quoted law titles (literal gates: a quote mark and a law word)."""
    text = info.segment.text
    if not ("«" in text or '"' in text or "“" in text):
        return []
    low = text.lower()
    if not any(word in low for word in ("закон", "кодекс", "постановлен", "указ", "qanun")):
        return []
    base = info.segment.start
    return [(base + m.start(), base + m.end()) for m in _LAW_TITLE.finditer(text)]
# "Email: privacy@x.com", "地址：北京市…路1号", "邮编：100010", "电话：400-…": a label with its value is
# the publisher's own contact point (the value is an address, a number or an e-mail, not a data kind)
_FILLED_IN = re.compile(
    # an e-mail address or a number right after the label, with or without a colon or bracket
    r"\s*(?:[:：]\s*)?[（(\[]?\s*(?:[\w.+-]+@[\w-]+\.|\+?\d[\d\s()（）-]{5,})"
    # a street address, or nothing (the value on the next line), after a colon
    r"|\s*[:：]\s*(?:[^\n，。；,;]{0,24}?(?:省|市|区|县|路|街|号|楼|室|大厦|大道|"
    r"\b(?:street|st\.|road|avenue|floor|suite)\b)|$)",
    re.IGNORECASE | re.MULTILINE,
)


# "相册权限", "位置（GPS/网格）权限", "通讯录、联系方式、地理位置等权限": the name of a device permission (or
# of each one in a list of them), not the data behind it; the name may stand in quotes or brackets ("“位置”权限",
# "【通讯录】权限"), as a menu's label often does
_PERMISSION = re.compile(r"\s*[”\"’」』】]?\s*(?:[（(][^)）]{0,16}[)）])?(?:\s*[、和及][^、，,。；;\n]{1,10}){0,6}?\s*(?:\*\*)?\s*等?\s*权限")
# the same name in a longer list, with "/" between names, or before "的访问权限" ("相机（摄像头）、…、通讯录** 的访问权限"),
# also a name inside the brackets of the one before ("相册（图片库）的访问权限")
_PERMISSION_LIST = re.compile(
    # up to six names before "权限", "/" also between them ("相册/图片库权限")
    r"\s*[”\"’」』】]?\s*(?:[（(][^)）]{0,16}[)）])?(?:\s*[、和及/／][^、，,。；;\n]{1,10}){0,6}?\s*(?:\*\*)?\s*等?\s*权限"
    # or a longer list closed by "的（访问）权限": a list of data that merely ends in a permission ("…、系统参数、应用权限")
    # has no "的" before it and keeps its data
    r"|(?:[^（()）、，,。；;\n]{0,6}[)）])?\s*(?:[（(][^)）]{0,16}[)）])?(?:\s*(?:\*\*)?\s*[、和及/／](?:\*\*)?[^、，,。；;\n]{1,12}){0,14}?\s*(?:\*\*)?\s*等?\s*的\s*(?:访问|使用|调用|读取|读写)?\s*权限"
)
# "关闭相应设备权限（包括位置、通讯录、照片、相机等）": the names in brackets after "权限" are permissions, too
_PERMISSION_BRACKET = re.compile(r"权限\s*[（(][^()（）\n]{0,100}[)）]")


def _named_as_data(analysis: Analysis, info: SegmentInfo) -> tuple[Match, ...]:
    """Category hits that name data, not a contact channel, a filled-in contact point or, in an
    account-safety clause, the account whose name and password the user must keep safe."""
    hits = info.matches["data_categories"]
    if not hits:
        return hits
    text = analysis.text
    contact_hits = [m for m in hits if m.key in _CHANNEL_KEYS]
    channels: list[tuple[int, int]] = []
    if contact_hits and analysis.has("channel", info):
        channels = analysis.cue_spans("channel", info)
    # sentences that define a term ("personal information means ... such as ...") or state terms of
    # service ("content you post is licensed to us", "accounts in breach are suspended") collect nothing
    void = [(a, b) for cue in ("definition", "terms") if (_defines(analysis, info) if cue == "definition" else analysis.has(cue, info))
            and not (cue == "definition" and _term_of(analysis, info) in _collected_terms(analysis))
            for a, b in _sentences(info) if any(a <= c < b for c, _ in analysis.cue_spans(cue, info))]
    unsafe: list[tuple[int, int]] = []  # sentences of the segment that tell the user to keep the account safe
    if any(m.key in _CREDENTIAL_KEYS for m in hits) and analysis.has("safekeeping", info):
        cues = analysis.cue_spans("safekeeping", info)
        unsafe = [(a, b) for a, b in _sentences(info) if any(a <= c < b for c, _ in cues)]
    if "《" in info.segment.text:
        base = info.segment.start
        void += [(base + t.start(), base + t.end()) for t in _BOOK_TITLE.finditer(info.segment.text)]
    void += _law_title_spans(info)
    void += _hypothetical_spans(info) + _question_spans(info) + _gloss_spans(info) + _excluded_spans(info)
    if analysis.has("withhold", info):
        void += analysis.cue_spans("withhold", info)  # "请勿…透露…，例如银行卡密码": data the person should keep back
    if analysis.has("animal_owned", info):
        void += analysis.cue_spans("animal_owned", info)  # "your pet's age and weight": the animal's, no person's
    kept = []
    for m in hits:
        if _PERMISSION.match(text, m.end, info.segment.end) or any(a <= m.start < b for a, b in void):
            continue
        if (_is_container(text, m, info) or _names_permission(text, m, info) or _owns_attribute(text, m, info)
                or _names_class(text, m, info)):
            continue
        if (m.key in _CONTACT_KEYS and _FILLED_IN.match(text, m.end, info.segment.end)) or (
            m.key in _CHANNEL_KEYS and any(a <= m.start and m.end <= b for a, b in channels)
        ):
            continue
        if m.key in _CREDENTIAL_KEYS and any(a <= m.start < b for a, b in unsafe):
            continue
        if m.key in _SETTING_KEYS and not _setting_taken_in(analysis, info, m):
            continue
        kept.append(m)
    return tuple(kept) if len(kept) != len(hits) else hits


# "您提供的账户信息中包含的您所在地区信息", "照片包含的地理标记信息", "the location tag contained in your photos": the
# data named is what the container holds; the container (account data, a photo) is where it is found, not data taken
_CONTAINER_ZH = re.compile(r"\s*(?:[中里内])?(?:可能)?(?:所)?(?:包含|含有|附带)的")
_CONTAINER_EN = re.compile(r"\b(?:contained|embedded|included)\s+(?:with)?in\s+(?:(?:your|the|such|their|any|these|those)\s+)?$",
                           re.IGNORECASE)
_CONTAINER_WORDS = ("包含的", "含有的", "附带的", "contained", "embedded", "included")


# "昵称和头像属于您的账号信息", "your photo and display name are considered account information": the category after
# "belongs to / is considered" is the class the data named before it fall into, not other data taken
_CLASS_ZH = re.compile(r"(?:属于|归为|列为|视为)\s*(?:是)?(?:您的?|你的?|用户的?|个人的?)?\s*[“\"「『【]?\s*$")
_CLASS_EN = re.compile(r"\b(?:considered|deemed|classified as|categori[sz]ed as)\s+(?:to be\s+)?(?:(?:your|the|part of (?:your|the))\s+)?$",
                       re.IGNORECASE)
_CLASS_WORDS = ("属于", "归为", "列为", "视为", "considered", "deemed", "classified", "categori")


def _names_class(text: str, m: Match, info: SegmentInfo) -> bool:
    """Whether a category hit is the class that data named before it are said to belong to (literal gate first).
    The members named carry their own categories; a class with no member named ("运动数据属于健康信息") still
    says what kind of data is held, so it stays."""
    if not any(w in info.segment.text for w in _CLASS_WORDS):
        return False
    if not any(h.end <= m.start and h.key != m.key for h in info.matches["data_categories"]):
        return False
    before = text[max(info.segment.start, m.start - 40):m.start]
    return _CLASS_ZH.search(before) is not None or _CLASS_EN.search(before) is not None


def _is_container(text: str, m: Match, info: SegmentInfo) -> bool:
    """Whether a category hit names only the container of other data: zh "X（中）包含的Y", en "Y contained in
    (your) X" (literal pre-check first; most sentences hold none of these words)."""
    seg = info.segment.text
    if not any(w in seg for w in _CONTAINER_WORDS):
        return False
    if _CONTAINER_ZH.match(text, m.end, info.segment.end) is not None:
        return True
    return _CONTAINER_EN.search(text, max(info.segment.start, m.start - 40), m.start) is not None


def _names_permission(text: str, m: Match, info: SegmentInfo) -> bool:
    """Whether a hit names a device permission in a longer list of them, or inside the brackets after "权限"."""
    if "权限" not in info.segment.text:
        return False
    if _PERMISSION_LIST.match(text, m.end, info.segment.end) is not None:
        return True
    base = info.segment.start
    return any(base + b.start() < m.start < base + b.end() for b in _PERMISSION_BRACKET.finditer(info.segment.text))


# "共享照片或录像的日期、时间或地点", "the date and place of your photos": a photo named as the owner of an attribute
# (its date, time, place, size, format, metadata) is what the collected metadata are about, not collected itself
_ATTRIBUTE_ZH = re.compile(r"(?:[或和及与、][^、，,。；;的\n]{1,4})?的(?:拍摄)?(?:日期|时间|地点|位置|大小|尺寸|格式|元数据)")
_ATTRIBUTE_EN = re.compile(
    r"\b(?:dates?|times?|places?|locations?|sizes?|formats?|metadata)\s+of\s+(?:(?:your|the|any|shared|uploaded|such)\s+){0,2}$",
    re.IGNORECASE,
)
_ATTRIBUTE_WORDS = ("的日期", "的时间", "的地点", "的位置", "的大小", "的尺寸", "的格式", "的元数据", "的拍摄", " of ")


def _owns_attribute(text: str, m: Match, info: SegmentInfo) -> bool:
    """Whether a picture hit is only the owner of the attribute named after it (zh) or before it (en)."""
    if m.key != "Picture" or not any(w in info.segment.text for w in _ATTRIBUTE_WORDS):
        return False
    if _ATTRIBUTE_ZH.match(text, m.end, info.segment.end) is not None:
        return True
    return _ATTRIBUTE_EN.search(text, max(info.segment.start, m.start - 40), m.start) is not None


# "如果更新的内容需要采集您的通讯录、地理位置等信息，我们会再次征求您的同意", "If a new feature needs your location, we
# will ask for your consent first": data a future change may need, with consent promised for then, is not collected
# now. The if-clause must speak of the change (update, new feature, other purpose) and of needing the data; the
# main clause only promises to ask for consent
_HYPOTHETICAL_ZH = re.compile(
    r"(?:如果|假如|若|倘若|如)[^，,。；;]{0,30}?(?:更新|变更|修订|新增|改变|调整|超出|新的)[^，,。；;]{0,12}?(?:需要|涉及|要求)"
    r"[^。；;]{0,120}?[，,]\s*(?:我们)?(?:仍|将|会|也|则|再次)+[^。；;，,]{0,12}?(?:征求|征得|取得|获得)[^。；;，,]{0,8}同意"
)
_HYPOTHETICAL_EN = re.compile(
    r"\bif\b[^.;]{0,60}?\b(?:new|additional|changes?|changed|updates?|updated|different)\b[^.;]{0,30}?"
    r"\b(?:needs?|requires?|involves?)\b[^.;]{0,120}?,\s*we\s+(?:will|shall|would)\s+(?:first\s+|again\s+)*"
    r"(?:ask|seek|obtain|request|get)\b[^.;]{0,30}?\bconsent",
    re.IGNORECASE,
)


def _hypothetical_spans(info: SegmentInfo) -> list[tuple[int, int]]:
    """Document spans of if-clauses naming data only a future change would need (cheap literal gates first)."""
    seg = info.segment.text
    base = info.segment.start
    if "同意" in seg and ("如" in seg or "若" in seg):
        return [(base + h.start(), base + h.end()) for h in _HYPOTHETICAL_ZH.finditer(seg)]
    if "consent" in seg and "if" in seg.lower():
        return [(base + h.start(), base + h.end()) for h in _HYPOTHETICAL_EN.finditer(seg)]
    return [(base + a, base + b) for a, b in future_hypotheticals(seg)]


# "个人身份信息（指可以识别您身份的信息，例如姓名或电子邮箱）": a bracket that says what a term refers to ("指", "是指")
# gives examples of its meaning, not data the company names as held. (English "(i.e. your name and e-mail)" is left
# alone: in English policies it mostly spells out the data a sentence collects)
_GLOSS = re.compile(r"[（(]\s*(?:特指|是指|系指|指|即)[^（()）]{0,120}[)）]")


def _gloss_spans(info: SegmentInfo) -> list[tuple[int, int]]:
    """Document spans of brackets glossing a term (literal gates: "（指", "是指", "（即" ...)."""
    seg = info.segment.text
    if not any(w in seg for w in ("（指", "(指", "特指", "是指", "系指", "（即", "(即")):
        return []
    base = info.segment.start
    return [(base + g.start(), base + g.end()) for g in _GLOSS.finditer(seg)]


# "提供车辆检测报告（不含您的姓名和联系方式）", "a report (excluding your name)": a bracket that opens by excluding
# names what is left out of the data given or taken
_EXCLUDING = re.compile(
    r"[（(]\s*(?:但|并且|且)?(?:不含|不包括|不包含|不涉及|excluding|not including|without|sin incluir|excepto|кроме|без)"
    r"[^()（）]{1,80}[)）]", re.IGNORECASE)
_EXCLUDING_WORDS = ("不含", "不包括", "不包含", "不涉及", "xcluding", "not including", "without", "sin incluir", "excepto",
                    "кроме", "без")


def _excluded_spans(info: SegmentInfo) -> list[tuple[int, int]]:
    """Document spans of brackets that exclude data (literal gates first: most sentences hold none)."""
    seg = info.segment.text
    if "（" not in seg and "(" not in seg or not any(w in seg for w in _EXCLUDING_WORDS):
        return []
    base = info.segment.start
    return [(base + g.start(), base + g.end()) for g in _EXCLUDING.finditer(seg)]


# "Does the app collect your precise location?", "我们是否会收集您的位置信息？": a yes/no question asserts nothing; the
# answer (another sentence) says what is collected. Wh-questions ("Why do we collect your location?") presuppose
# the practice and are kept
_YES_NO_EN = re.compile(r"^[\W_]*(?:does|do|did|will|would|is|are|can|could|should|shall|has|have|may)\b", re.IGNORECASE)


def _question_spans(info: SegmentInfo) -> list[tuple[int, int]]:
    """Document spans of the yes/no questions of a segment (a question mark is the literal gate)."""
    seg = info.segment.text
    if "?" not in seg and "？" not in seg:
        return []
    out = []
    for a, b in _sentences(info):
        sentence = info.segment.text[a - info.segment.start:b - info.segment.start].strip()
        if not sentence.endswith(("?", "？")):
            continue
        if _YES_NO_EN.match(sentence) or "是否" in sentence or sentence.endswith(("吗？", "吗?")):
            out.append((a, b))
    return out


# "privacy settings", "cookie preferences", "your privacy choices": a setting the user controls. It is data
# the company holds only as the object of a verb of taking in ("we store your cookie preferences"); named
# as what the user sets, adjusts or learns about, or as what another party's collection depends on, it is
# a control, not collected data
_SETTING_KEYS = frozenset({"PrivacyPreference"})
_TAKE_IN = re.compile(r"\b(?:collect|receiv|obtain|stor|record|sav|keep|kept|retain|gather|log|process)\w*", re.IGNORECASE)
_CONTROL = re.compile(
    r"\b(?:set|sets|setting|adjust\w*|chang\w*|manag\w*|establish\w*|control\w*|review\w*|check\w*|see|learn\w*|"
    r"configur\w*|disabl\w*|enabl\w*|depend\w*|accordance|according|subject to|regarding|about)\b",
    re.IGNORECASE,
)


def _setting_taken_in(analysis: Analysis, info: SegmentInfo, m: Match) -> bool:
    """Whether a privacy-setting label is what the company takes in: a verb of taking in earlier in
    its sentence with no verb of the user's control (or "depends on") between them. The item of a
    list keeps its intro's frame; a label in another script (a zh lexicon hit) is left as it was."""
    text = analysis.text
    if not text[m.start:m.end].isascii() or (info.segment.kind is SegmentKind.ITEM and info.intro is not None):
        return True
    start = next((a for a, b in _sentences(info) if a <= m.start < b), info.segment.start)
    before = text[start:m.start]
    verbs = list(_TAKE_IN.finditer(before))
    return bool(verbs) and _CONTROL.search(before, verbs[-1].end()) is None


# a sentence that only goes on with the one before: "包括…", "例如…", "such as …"
def _announces(previous: SegmentInfo, info: SegmentInfo) -> bool:
    """A sentence ending in a colon announces what the next line lists; under a heading on rights the list is of the
    ways the person reaches their data ("您可以通过以下方式访问您的个人信息：")."""
    return previous.segment.text.rstrip(" *").endswith((":", "：")) and "rights" not in info.sections


_CONTINUES = re.compile(r"^[\W_]{0,4}(?:包括|包含|例如|比如|如|其中|such as|including|for example)", re.IGNORECASE)
_SENTENCE_STOP = re.compile(r"[。！？!?；;]|\.(?:\s|$)")


def _sentences(info: SegmentInfo) -> list[tuple[int, int]]:
    """Document spans of the sentences inside a segment (a heading or item may hold several)."""
    base, text = info.segment.start, info.segment.text
    bounds = [0] + [m.end() for m in _SENTENCE_STOP.finditer(text)] + [len(text)]
    return [(base + a, base + b) for a, b in zip(bounds, bounds[1:]) if b > a]


def _purposeful(analysis: Analysis, info: SegmentInfo) -> bool:
    if info.sections & _PURPOSE_SECTIONS:
        return True
    if info.sections & _NO_PURPOSES:
        return False
    # list items are mostly "to ..." purposes whose frame sits in the intro
    return info.segment.kind is SegmentKind.ITEM or analysis.has("use", info)


def _table_row_with_data(info: SegmentInfo) -> bool:
    """A list entry laid out as a table row (tab-separated cells) that names data in one of its cells."""
    return info.segment.kind is SegmentKind.ITEM and "\t" in info.segment.text and bool(info.matches["data_categories"])


def _speaks_of_data(analysis: Analysis, info: SegmentInfo, categories: tuple[Match, ...]) -> bool:
    """Whether a sentence that collects nothing still states a purpose of processing: it names
    data or handling of data (itself, or the intro of its list), or stands in a section on use.

    "The site may contain advertisements", "To learn more about dispute resolution, click here",
    "By using the app you enter into a contract" name no data: their purpose words are no purposes.
    A language whose lexicon has no ``data_word`` cue keeps every purpose (the older reading).
    """
    if analysis.has("defines_term", info):
        return False  # "“Merchant” means a seller registered to sell goods" defines, it states no purpose
    if analysis.lexicon.cues.get("data_word") is None or "use" in info.sections:
        return True
    if info.segment.kind is SegmentKind.ITEM and info.intro is None:
        return True  # an unintroduced list of verb phrases ("Improve our services;") lists purposes
    candidates = [info]
    if info.intro is not None and (intro := analysis.info(info.intro)) is not None:
        candidates.append(intro)
    return bool(categories) or any(
        analysis.has(cue, c) for c in candidates for cue in ("data_word", "own_collect", "collect", "share")
    ) or any(c.matches["data_categories"] for c in candidates[1:])


def _states_duty(analysis: Analysis, info: SegmentInfo) -> bool:
    """A terms-of-service clause: the user's duty, a sanction or the company's disclaimer ("您须对注册帐号下的
    一切行为负责", "you are responsible for activity under your account", "我们不承担责任"). It binds the user or
    limits liability; a purpose word in it ("注册", "payment") names no purpose of processing data."""
    if analysis.has("user_duty", info) or analysis.has("terms", info):
        return True
    # the entries of "就下列事宜，我们不承担任何责任：" are the cases of the disclaimer
    intro = analysis.info(info.intro) if info.segment.kind is SegmentKind.ITEM and info.intro is not None else None
    return intro is not None and analysis.has("user_duty", intro)


def _exempts_consent(analysis: Analysis, info: SegmentInfo) -> bool:
    """An item of a list of cases where no consent is needed ("以下情形中…无需征得您的授权同意：",
    "we may disclose it without your consent where: ..."): its words are legal cases, not purposes."""
    if info.segment.kind is not SegmentKind.ITEM or info.intro is None:
        return False
    intro = analysis.info(info.intro)
    return intro is not None and analysis.has("exception", intro)


def _purposes(analysis: Analysis, info: SegmentInfo) -> tuple[Match, ...]:
    """Purpose hits that are not the name of a measure ("access control"), a disclosure case, or
    part of the name of a data category ("shipping address", "advertising identifier")."""
    if analysis.has("legal_case", info):
        return ()  # "与公共安全…直接相关的；", "根据您的要求签订合同所必需的；": a case the law names, no purpose
    others = info.matches["security_measures"]
    if ("sharing" in info.sections or analysis.has("share", info) or _exempts_consent(analysis, info)) and not (
            _purpose_entry(analysis, info)):
        others += info.matches["disclosure_conditions"]
    # a purpose word that only modifies a data noun ("shipping address", "advertising identifier",
    # "登录密码") is part of the data's name: a longer data hit around it wins
    data = info.matches["data_categories"]
    measure = _states_measure(analysis, info)
    roles = _staff_roles(info)
    return tuple(
        m for m in info.matches["purposes"]
        if not (measure and m.key in _MEASURE_AIMS)
        and not any(a <= m.start < b for a, b in roles)
        and not any(x.start < m.end and m.start < x.end for x in others)
        and not any(x.start <= m.start and m.end <= x.end and x.end - x.start > m.end - m.start for x in data)
        and not (m.key == "DeliveryOfGoods" and _AND_SERVICES.match(analysis.text, m.end, m.end + 40))
    )


def _purpose_entry(analysis: Analysis, info: SegmentInfo) -> bool:
    """An entry of a list of purposes under a section on use ("Məlumatlar ... məqsədlər üçün istifadə olunur: ...;
    səhiyyə orqanlarına qanunla tələb olunan hesabatların təqdim edilməsi"): handing reports the law requires to
    an authority is the purpose itself (legal compliance), not a case in which data is disclosed."""
    if info.segment.kind is not SegmentKind.ITEM or info.intro is None or "use" not in info.sections:
        return False
    intro = analysis.info(info.intro)
    return (intro is not None and "sharing" not in info.sections and not analysis.has("share", intro)
            and bool(intro.matches["purposes"] or analysis.has("use", intro)))


# "persons in charge (administration, sales, marketing, legal)", "our staff (support, marketing)": the bracket
# names the departments people work in, not purposes the data are processed for
_STAFF_ROLES = re.compile(
    r"\b(?:persons? in charge|staff|employees|personnel|departments?|teams?)\b[^()\n]{0,60}?\(([^()\n]{3,160})\)",
    re.IGNORECASE,
)
_STAFF_WORDS = ("charge", "staff", "employee", "personnel", "department", "team")


def _staff_roles(info: SegmentInfo) -> list[tuple[int, int]]:
    """Document spans of bracketed department lists after a staff noun (cheap literal checks first)."""
    text = info.segment.text
    if "(" not in text or not info.matches["purposes"]:
        return []
    low = text.lower()
    if not any(word in low for word in _STAFF_WORDS):
        return []
    base = info.segment.start
    return [(base + m.start(1), base + m.end(1)) for m in _STAFF_ROLES.finditer(text)]


# "we take security measures to prevent unauthorised access", "procedures to safeguard the information from
# unauthorised access": the aim of a safeguard is what the measure is for, not a purpose the data are
# processed for
_MEASURE_AIMS = frozenset({"EnforceAccessControl"})
_MEASURE_WORD = re.compile(r"\b(?:secur\w*|safeguard\w*|protect\w*|measures?|procedures?|technolog\w*|encrypt\w*)\b", re.IGNORECASE)


def _states_measure(analysis: Analysis, info: SegmentInfo) -> bool:
    """Whether the sentence is about a security safeguard (the security section, a measure named, or
    English measure words); only asked when a measure aim is among the purpose hits."""
    purposes = info.matches["purposes"]
    if not purposes or not any(m.key in _MEASURE_AIMS for m in purposes):
        return False
    return ("security" in info.sections or bool(info.matches["security_measures"])
            or _MEASURE_WORD.search(info.segment.text) is not None)


# "deliver products or services to you", "deliver our products and services": delivering the service
# itself (its provision), not getting ordered goods to the person
_AND_SERVICES = re.compile(r"\s*,?\s*(?:and|or|and/or|&)\s+(?:\w+\s+)?services?\b", re.IGNORECASE)


def _statements(
    analysis: Analysis,
    info: SegmentInfo,
    kind: StatementKind,
    categories: tuple[Match, ...],
    purposes: tuple[Match, ...],
) -> Iterator[Statement]:
    """Split hits by clause polarity; one statement per polarity present."""
    # "This Privacy Policy does not apply to information collected from ... resumes": out of its scope
    intro_negative = _intro_denies(analysis, info) or analysis.has("scope_exclusion", info)
    by_polarity: dict[Polarity, tuple[list[str], list[str]]] = {}
    negative = False
    # "除非得到您的同意，我们不会向合作方提供…", "unless you ask us to": an exception anywhere in the sentence
    # makes a denial of sharing a sharing in the excepted case (as for recipients, see ``conditions``)
    whole = analysis.text[info.segment.start:info.segment.end] + _exception_after(analysis, info)
    for start, end in analysis.clauses(info.segment):
        # a list after a colon belongs to the clause that announced it: "我们不会收集以下信息：…"
        announced = negative and analysis.text[start] in ":："
        clause = _without_if_clauses(analysis, analysis.text[start:end])
        negative = intro_negative or announced or (
            analysis.denies_practice(start, end) and analysis.lexicon.has("negation", clause)
            and _denial_stands(analysis, clause) and (kind is not StatementKind.SHARING or _sharing_denied(analysis, whole))
        )
        polarity = Polarity.NEGATIVE if negative else Polarity.AFFIRMATIVE
        cats = [m.key for m in categories if start <= m.start < end]
        purps = [m.key for m in purposes if start <= m.start < end]
        if cats or purps:
            bucket = by_polarity.setdefault(polarity, ([], []))
            bucket[0].extend(cats)
            bucket[1].extend(purps)
    for polarity, (cats, purps) in by_polarity.items():
        values: dict[str, tuple[str, ...]] = {}
        if cats:
            values["data_categories"] = tuple(dict.fromkeys(cats))  # gold lists broad and narrow alike
        if purps:
            values["purposes"] = tuple(dict.fromkeys(purps))
        statement_kind = kind if cats or kind is StatementKind.USE else StatementKind.USE
        yield Statement(
            kind=statement_kind,
            span=Span(info.segment.start, info.segment.end),
            polarity=polarity,
            values=values,
        )


def _exception_after(analysis: Analysis, info: SegmentInfo) -> str:
    """The next sentence when it opens with an exception to this one ("我们不会向第三方披露您的姓名、住址。除非：", "We never
    sell your e-mail address. Except: …"): a denial's exception may follow it as the intro of a list of cases."""
    following = analysis.info(info.segment.index + 1)
    if following is None or following.is_heading:
        return ""
    text = following.segment.text
    at = analysis.lexicon.first("exception", text[:12])
    return " " + text if at is not None and not text[:at].strip(" *•-") else ""


def _sharing_denied(analysis: Analysis, sentence: str) -> bool:
    """A denial of sharing stands unless the sentence excepts a case or makes consent its condition ("除非您明确
    授权", "未经您的同意…不会…", "without your consent"): then sharing happens in that case, of data the company holds."""
    return _denial_stands(analysis, sentence) and not analysis.lexicon.has("without_consent", sentence)


def _without_if_clauses(analysis: Analysis, clause: str) -> str:
    """The clause with its negative if-clauses blanked: "如果您不使用…，" denies nothing else; so are
    negated relative clauses that describe the data ("information that does not identify you")."""
    for cue in ("hypothetical", "descriptive_negation"):
        pattern = analysis.lexicon.cues.get(cue)
        if pattern is None:
            continue
        folded = clause if pattern.flags & re.IGNORECASE else fold(clause)
        if pattern.search(folded) is not None:
            clause = pattern.sub(lambda m: " " * len(m.group(0)), folded)
    return clause


def _title_above(analysis: Analysis, info: SegmentInfo) -> SegmentInfo | None:
    """The title a list stands right under (only list items between them), or None."""
    index = info.segment.index - 1
    while index >= 0:
        above = analysis.infos[index]
        if above.is_heading:
            return above
        if above.segment.kind is not SegmentKind.ITEM:
            return None
        index -= 1
    return None


def _intro_denies(analysis: Analysis, info: SegmentInfo) -> bool:
    """Items of "we will not collect the following:" inherit the denial, as the items right under a title that
    denies do ("以下信息我们不会收集", "Information we do not collect")."""
    if info.segment.kind is not SegmentKind.ITEM:
        return False
    intro = analysis.info(info.intro) if info.intro is not None else _title_above(analysis, info)
    if intro is None:
        return False
    if analysis.has("collect", info):
        return False  # the item says for itself what happens
    return (analysis.has("negation", intro) and analysis.has("collect", intro)
            and _denial_stands(analysis, intro.segment.text))
