"""The publisher of a policy: its legal name, aliases, and where the name occurs.

Candidates are tried in order of how reliably they name the publisher:

1. a name followed by an alias introduction, early in the text: "EJET Co., Ltd. (hereinafter
   'we')", "北京某某科技有限公司（以下简称“某某”）", "Sanjet International (aka Sanjet)"; when the short
   form abbreviates another name of the same sentence ("Acme Inc. and its affiliates, including ...
   Zeta GmbH (collectively "Acme")"), that name, the sentence's head, is the publisher;
2. a name after an operator phrase: "operated by ...", "was created by ...", "Made by ...", "your
   privacy is important to ...", "we, Acme Mobile O.U, a company ...", "we at Acme", "运营者：...",
   "平台所有者...", "оператором является ...", a site's ICP sponsor ("主办单位：..."), an identification block
   ("Titular: ...", "Полное наименование: ..."); a brand introduced as "we" is run by the legal entity it is said
   to belong to ("Ledgerly is a product of Brightwave Software GmbH", "... saytı "..." MMC-yə məxsusdur"), an
   operator phrase names, or a copyright line gives beside it;
3. a contact block: "Data Controller and Owner" or "Contact us" over a legal name, or over a name whose
   next lines are a postal address;
4. the most frequent legal-form name: "... Co., Ltd.", "...有限公司", ООО «...», LLC "...", "..." MMC,
   S.A., d.o.o., S.à r.l.;
5. a Chinese brand before a product or role word, introduced as "we" ("【某某APP】（以下简称“我们”）",
   "某某商城服务提供者（或简称“我们”）"): after the legal names, since the product's maker wins;
6. a name doing what only a policy's writer does ("Acme respects your privacy", "某某重视您的隐私",
   "Acme may update this policy"), when the name recurs in the text;
7. when no company is named, the brand the policy calls itself by (FORMAT.md: the publisher "as it names
   itself"): a «bracketed» name, a copyright line ("© 2024 ...", "Acme Apps © 2016", "某某公司 版权所有"),
   "This policy describes how Acme collects ...", "Welcome to ...", the title ("Acme Privacy Policy",
   "Privacy Policy - Acme", "acme.com Privacy Policy", "某某隐私政策", "“某某”用户协议及隐私政策",
   "Política de privacidad de Acme", "Политика конфиденциальности приложения «Акме»", "Acme Məxfilik
   Siyasəti"), the page's own <title> (quoted where the text names it), a product named twice ("the Acme
   app", "某某是一款…", "приложение «Акме»"), and last a site name in the page head whose last word is
   an organisation's head noun ("Privacy | Bweb Media"). A title's name is never a platform's or an SDK's
   ("Google Analytics Privacy Policy", "微信隐私政策"), an audience or a part of the text ("Privacy Policy
   for Mobile Apps", "儿童个人信息保护政策", "第二部分 隐私权政策"), and only the first title line counts.

Null rather than a wrong company: a name in a sentence about a third party, an SDK or a parent company
("our parent company, X Inc.", "a subsidiary of X") is never the publisher, nor is any later mention
of it; nor is an item of a list ("..., Zappo Ltd, Quintet GmbH, ..."), a table row, a pronoun phrase,
a defined term ("（以下简称“设备”）"), a field label ("公司名称："), or a law; nor is a legal name glossing a product in
brackets ("AdMob (Google LLC)"), nor the first of a list of three or more. A template whose placeholder stands where
the writer's name belongs ("[COMPANY NAME] (“we”)") names no publisher at all. Operator phrases that name
three or more legal entities, or three or more legal names repeated equally often, list a group's
platforms or members: no one of them is taken.

Whatever the finder, a candidate that is only a place ("Hong Kong", "香港") or an address line
("Room 1201, ... Road", "ул. Тверская, д. 1", "1380 Cerknica") is never the publisher; a legal name
glued to an address before it ("20 Queen's Road, Hong Kong, Lark Valley Limited") keeps only the name.

Cue phrases, legal forms, stop words, places and address words come from the language lexicons.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from policykg.ingest.extract import ExtractionContext
from policykg.ingest.extract.fact_cues import Cues, cues_for
from policykg.ingest.model import Company, Span

INTRO_SHARE = 0.4  # alias introductions are looked for in the first 40% of the text
EARLY_CHARS = 1500  # bracketed names and "welcome to" only count near the top
MAX_NAME = 100
CJK = re.compile(r"[\u3400-\u9fff]")
QUOTED = re.compile(r"[\"“”'‘’«»「」『』]([^\"“”'‘’«»「」『』]{1,60})[\"“”'‘’«»「」『』]")
# a word of a Latin- or Cyrillic-script name: capitalised, a digit, or camel-cased ("eBay", "nerByte")
LATIN_TOKEN = re.compile(r"^(?:[A-Z0-9ÇƏĞİÖŞÜÁÉÍÓÚÑА-ЯЁ]|[a-z]{1,3}(?=[A-Z]))[\w&’'.,\-]*$")
# a word of a sentence-subject name: no digits or commas ("Mar 9, 2017 APUS" keeps only "APUS")
SUBJECT_TOKEN = re.compile(r"^(?:[A-ZÇƏĞİÖŞÜÁÉÍÓÚÑА-ЯЁ]|[a-z]{1,3}(?=[A-Z]))[^\W\d_][\w&’'.\-]*$")
SUBJECT_WORDS = 4
SITE_HEAD = 400  # the page head (title, site name) the site-name finder reads
# letters of a language's own script, for languages not written in Latin letters
SCRIPT_OF = {"zh": CJK, "ru": re.compile(r"[А-Яа-яЁё]")}
YEAR_TOKEN = re.compile(r"^(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)?\d{2})?[,.]?$|^[©®™]$")
# a case suffix glued to a legal name ("MMC-nin", "MMC-ə"): the name still ends there
CASE_SUFFIX = re.compile(r"[-‐‑][^\W\d_]{1,5}")
# a case ending glued to the legal form without a hyphen ("… Məhdud Məsuliyyətli Cəmiyyətinin (bundan sonra"):
# agglutinative languages inflect the form word itself; the name is still the nominative the form pattern read
GLUED_CASE = re.compile(r"[a-zəçğıöşüа-яё]{1,4}")
QUOTE_MARKS = "«»\"“”„'‘’「」"  # around a brand ("«Ветерок»"), not part of its name
# comma boundaries inside a candidate ("Road, Hong Kong, Lark Valley Limited")
PIECE_SPLIT = re.compile(r"\s*[,，]\s*")


@dataclass(frozen=True)
class _Candidate:
    name: str
    start: int
    aliases: tuple[str, ...] = ()


def extract_company(context: ExtractionContext) -> Company | None:
    """The publishing company of the document, or None when no name can be found."""
    cues = cues_for(context.language)
    whole = context.document.text
    # the policy's own text; footer lines a reader kept after it (a page's copyright holder) only name the legal
    # entity behind a brand the policy calls "we", or the publisher of a text that names none
    imprint_at = context.document.imprint_start
    text = whole[:imprint_at] if imprint_at else whole
    if _several_publishers(cues, text) or _unfilled_template(cues, text):
        return None
    page_title = context.document.title or ""

    def _from_page_title(cues: Cues, text: str) -> Iterator[_Candidate]:
        return _from_title_line(cues, text, page_title)

    for finder in (_from_intro, _from_operator, _from_defined_we, _from_label, _from_legal, _from_product_intro,
                   _from_subject,
                   _from_bracketed, _from_copyright, _from_about, _from_welcome, _from_title, _from_page_title,
                   _from_product, _from_site_name):
        candidate = _first_found(cues, finder(cues, text), text)
        if candidate is not None:
            if finder is _from_intro and not _has_legal_form(cues, candidate.name):
                candidate = _operator_legal_name(cues, whole, candidate) or candidate
            upgraded = _upgrade(cues, whole, candidate)
            return _company(upgraded, candidate.aliases, whole)
    if imprint_at:
        found = _first_found(cues, (c for c in _from_copyright(cues, whole) if c.start >= imprint_at), whole)
        if found is not None:
            return _company(found, found.aliases, whole)
    return None


def _first_found(cues: Cues, candidates: Iterable[_Candidate], text: str) -> _Candidate | None:
    """The first candidate not in a sentence about a third party, cut to its name (None if none is left)."""
    return next(
        (located for c in candidates
         if not _third_party(cues, text, c.start) and (located := _locate(cues, c)) is not None),
        None,
    )


def _company(candidate: _Candidate, aliases: tuple[str, ...], text: str) -> Company:
    """The company, its span covering the name as the text writes it: a PDF's justified line spaces words
    widely ("Marlowe  &  Finch  Retail  Limited") where the name is given with single spaces."""
    start, end = candidate.start, candidate.start + len(candidate.name)
    if text[start:end] != candidate.name:
        # the finders measure offsets in the name's own spacing; find the name as written nearest to them
        spaced = re.compile(r"\s+".join(re.escape(word) for word in candidate.name.split()))
        near = [m for m in spaced.finditer(text, max(0, start - 300), start + 300 + len(candidate.name))]
        if near:
            best = min(near, key=lambda m: abs(m.start() - start))
            start, end = best.start(), best.end()
    return Company(name=candidate.name, span=Span(start, end), aliases=aliases)


def _several_publishers(cues: Cues, text: str) -> bool:
    """Does the opening say the policy is published by several entities, none of them alone "we"
    ("'we' refers to the relevant company below", "本政策由下列主体共同发布")? Then no name is the
    publisher, and a null is better than whichever entity a finder meets first."""
    head = text[: max(EARLY_CHARS, int(len(text) * INTRO_SHARE))]
    return cues.search("company.several_publishers", head) is not None


def _unfilled_template(cues: Cues, text: str) -> bool:
    """Does the opening keep a template's placeholder where the writer's name belongs ("[COMPANY NAME] (“we”)",
    "[公司名称]")? Then the policy names no publisher, and any name it does give is a vendor's, a host's or an
    adviser's: a null is better than a wrong company."""
    head = text[: max(EARLY_CHARS, int(len(text) * INTRO_SHARE))]
    return cues.search("company.placeholder", head) is not None


def _without_registration_gloss(cues: Cues, before: str) -> str:
    """"Acme Limited (company number 0441, registered office: …)" before an alias introduction: the
    parenthesis glosses the name, so the name still ends before it."""
    if not before.endswith((")", "）")):
        return before
    open_at = max(before.rfind("("), before.rfind("（"))
    if open_at <= 0 or cues.search("company.registration_gloss", before[open_at:]) is None:
        return before
    return before[:open_at].rstrip()


def _without_registration_clause(cues: Cues, before: str) -> str:
    """"Acme Retail Limited, registered in England (No. 0456), registered office 22 Canal Wharf, Leeds" before an alias
    introduction: the clause after the legal name says where it is registered, so the name ends before the comma
    (else the address is read as the name)."""
    clause = cues.search("company.registration_clause", before)
    if clause is None:
        return before
    head = before[: clause.start()].rstrip()
    legal = _scan_legal_names(cues, head)
    return head if legal and _key(head).endswith(_key(legal[-1].name)) else before  # the clause follows the name


def _operator_legal_name(cues: Cues, text: str, brand: _Candidate) -> _Candidate | None:
    """"小某（以下简称“我们”）… 公司名称：某某科技有限公司": a brand introduced as "we" is run by the
    legal entity an operator or contact line names; that name, with the brand kept as an alias."""
    owner = _brand_owner(cues, text, brand.name)
    if owner is not None:
        return _Candidate(owner.name, owner.start, (brand.name, *brand.aliases))
    for found in _from_operator(cues, text):
        # "婚礼X运营商和服务的提供者为某某有限公司": the operator of the brand itself, whatever the sentence
        # listed before it ("包括但不限于…")
        of_brand = brand.name in text[max(0, found.start - 20) : found.start]
        if _has_legal_form(cues, found.name) and (of_brand or not _third_party(cues, text, found.start)):
            located = _locate(cues, found)
            if located is not None:
                return _Candidate(located.name, located.start, (brand.name, *brand.aliases))
    # "HarvestBox (“we”) ... © 2022 Copperleaf Provisions, Inc. HarvestBox is a trademark of Copperleaf Provisions,
    # Inc.": a brand that calls itself "we" belongs to the legal entity that holds the page's copyright when the
    # brand is named beside that holder (on the copyright line); a holder alone, far from the brand, may be a host
    for found in _copyright_holders(cues, text):
        line_start = text.rfind("\n", 0, found.start) + 1
        line_end = text.find("\n", found.start)
        line = text[line_start : line_end if line_end >= 0 else len(text)]
        bare = brand.name.strip(QUOTE_MARKS) or brand.name  # «Ветерок» is written Ветерок on the copyright line
        # a Chinese site's filing number ("浙ICP备2020098765号") is registered by the site's operator, never its host:
        # the holder on that line runs the site, whatever the brand is called
        beside = bare in line or _shares_trade_name(cues, brand.name, found.name) or ICP_FILING.search(line) is not None
        if _has_legal_form(cues, found.name) and beside and bare not in found.name:
            located = _locate(cues, found)
            if located is not None:
                return _Candidate(located.name, located.start, (brand.name, *brand.aliases))
    return None


def _brand_owner(cues: Cues, text: str, brand: str) -> _Candidate | None:
    """"Ledgerly is a product of Brightwave Software GmbH", "KitabEvi.az saytı "Bakı Kitab Evi" MMC-yə məxsusdur",
    "«Ветерок» — продукт ООО «…»": the brand the policy calls "we", said right where it is named to belong to a legal
    entity; that entity is the publisher (the brand is its product, not a company)."""
    patterns = cues.patterns("company.brand_owner")
    bare = brand.strip(QUOTE_MARKS)
    if not patterns or len(bare) < 2:
        return None
    for at in _find_all(text, bare):
        after = at + len(bare)
        after += 1 if text[after : after + 1] and text[after] in QUOTE_MARKS else 0  # «Ветерок» — продукт …
        window = text[after : after + 200]
        for pattern in patterns:
            match = pattern.match(window)
            if match is None:
                continue
            if "owner" in pattern.groupindex:
                legal = _scan_legal_names(cues, match.group("owner"))
                found = (legal[-1].name, after + match.start("owner") + legal[-1].start) if legal else None
            else:
                found = _leading_name(cues, text, after + match.end())
            if found is not None and _has_legal_form(cues, found[0]):
                located = _locate(cues, _Candidate(*found))
                if located is not None:
                    return located
    return None


def _copyright_holders(cues: Cues, text: str) -> Iterator[_Candidate]:
    """The names a copyright line gives: the one after the sign, then the legal names later on its line
    ("© 2024 KassaPlus. "Xəzər Ödəniş Həlləri" MMC. Bütün hüquqlar qorunur": the brand first, its legal holder after)."""
    for found in _from_copyright(cues, text):
        yield found
        line_end = text.find("\n", found.start)
        rest_at = found.start + len(found.name)
        rest = text[rest_at : line_end if line_end >= 0 else len(text)]
        if len(rest) <= 200:
            yield from (_Candidate(n.name, rest_at + n.start) for n in _scan_legal_names(cues, rest))


def _shares_trade_name(cues: Cues, brand: str, holder: str) -> bool:
    """"云禾健康" and the copyright holder "深圳云禾智能科技有限公司": a Chinese legal name is place, trade name,
    trade and form, and a brand is mostly the trade name and a product word, so the brand's first two
    characters (not a place) inside the holder's name mark one owner; a host's copyright shares nothing."""
    if not CJK.match(brand) or len(brand) < 3:
        return False
    core = brand[:2]
    return core in holder and not _is_place(cues, core)


def _upgrade(cues: Cues, text: str, candidate: _Candidate) -> _Candidate:
    """Prefer a fuller legal name that contains a short candidate ("Acme" -> "Acme Co., Ltd.")."""
    if _has_legal_form(cues, candidate.name):
        return candidate
    key = _key(candidate.name)
    for legal in _legal_names(cues, text):
        if key and key in _key(legal.name):
            return _Candidate(legal.name, legal.start, candidate.aliases)
    return candidate


def _from_intro(cues: Cues, text: str, product: bool = False) -> Iterator[_Candidate]:
    """Names followed by an alias introduction; with ``product``, only those a Chinese product or role
    word follows ("【陌聊APP】（以下简称“我们”）", "某某商城服务提供者（或简称“我们”）"): that brand is
    weaker evidence than a legal name elsewhere (the product's maker), so it is tried after them."""
    limit = max(EARLY_CHARS, int(len(text) * INTRO_SHARE))
    # in the order of the text, whichever form the introduction takes: the policy's own opening
    # "Acme US Inc. (“we”)" comes before a licence agreement further down ("(hereinafter “Acme”)")
    opens = sorted({match.start(): match for pattern in cues.patterns("company.alias_intro")
                    for match in pattern.finditer(text, 0, limit)}.items())
    for _, match in opens:
        aliases = _aliases(cues, text, match.start())
        if aliases is None:  # the parenthesis names a document or service, not the publisher
            continue
        found = _trailing_name(cues, text, match.start())
        if product:
            if found is None or not CJK.search(found[0]) or _locate(cues, _Candidate(*found)) is not None:
                continue
            stripped = _self_name_cjk(cues, found[0])
            if stripped is None or not _names_itself(cues, stripped, _parenthesis(text, match.start())):
                continue
            yield _Candidate(stripped, found[1], aliases)
            continue
        from_alias = found is None or _locate(cues, _Candidate(*found)) is None
        if from_alias:
            # "... AND TO WHOM Lyrebird Studio APPS (“Lyrebird Studio”)": the short form the
            # parenthesis gives marks where the name starts in a run of capitals;
            # "您与他趣所有者（以下简称“他趣”）": the owner is called by its short form only
            own = cues.pattern("company.self_alias")
            calls_itself = own is not None and any(
                own.fullmatch(w.strip(" .,*")) for w in _alias_words(_parenthesis(text, match.start())))
            found = _from_alias_start(cues, text, match.start(), aliases) or _cjk_alias_before(
                text, match.start(), aliases, calls_itself)
        if found is None:
            continue
        name, start = found
        if aliases and (not _shares_alias(name, aliases) or not _has_legal_form(cues, name)) \
                and not _trade_name_shares(cues, text[start + len(name) : match.start()], name, aliases) \
                and not _owner_of_the_mark(cues, text, start, name):
            # "Acme Inc. and its affiliates, including Acme SA, ... and Zeta GmbH (collectively "Acme")":
            # the short form names the head of the sentence, not the last company listed
            head = _alias_head(cues, text, match.start(), aliases, legal_only=_shares_alias(name, aliases))
            if head is not None:
                name, start = head
        inside = _parenthesis(text, match.start())
        holder = None if _has_legal_form(cues, name) else _holder_head(cues, text, start)
        if holder is not None:
            yield _Candidate(holder.name, holder.start, (name, *aliases))
            continue
        if not _has_legal_form(cues, name):
            # "微博（以下或称“我们”，指北京微梦创科网络技术有限公司）": the legal name is inside
            legal = next((n for n in _scan_legal_names(cues, inside) if _located_name(cues, n)), None)
            if legal is not None:
                yield _Candidate(legal.name, match.start() + legal.start, (name, *aliases))
                continue
            if not from_alias and not _names_itself(cues, name, inside):
                continue  # "(hereinafter "IP")", "（以下简称“您”）": a term is defined, not the writer
            after = match.start() + len(inside) + 1
            copula = cues.search("company.intro_copula", text[after : after + 12])
            if copula is not None:  # "驾考某某（以下或称“我们”）系武汉某某股份有限公司"
                found = _leading_name(cues, text, after + copula.end())
                if found is not None and _has_legal_form(cues, found[0]):
                    yield _Candidate(found[0], found[1], (name, *aliases))
                    continue
        yield _Candidate(name, start, aliases)


def _holder_head(cues: Cues, text: str, start: int) -> _Candidate | None:
    """"GRUPO PAMPA DIGITAL S.R.L. (CUIT …), con domicilio en …, titular de la aplicación Mercadito (en adelante,
    "nosotros")": the brand before the introduction is what the holder holds; the holder, the legal name that heads the
    sentence, is the one the introduction names."""
    line_start = max(text.rfind("\n", 0, start) + 1, start - 400)
    before = text[line_start:start]
    if cues.search("company.holder_of", before[-80:]) is None:
        return None
    legal = [n for n in _scan_legal_names(cues, before) if not _third_party(cues, text, line_start + n.start)]
    return _Candidate(legal[0].name, line_start + legal[0].start) if legal else None


def _from_product_intro(cues: Cues, text: str) -> Iterator[_Candidate]:
    return _from_intro(cues, text, product=True)


def _trade_name_shares(cues: Cues, between: str, name: str, aliases: tuple[str, ...]) -> bool:
    """"Acme Grocers Limited, trading as FreshCart (…) ("FreshCart", "we")": the short form is the legal
    name's trade name, glossed between the two, so the legal name is the one introduced."""
    return (_has_legal_form(cues, name) and len(between) <= 160
            and cues.search("company.group_suffix", between.split("(")[0].split("（")[0].rstrip()) is not None
            and _shares_alias(between, aliases))


def _owner_of_the_mark(cues: Cues, text: str, start: int, name: str) -> bool:
    """"Bubadu is a trademark of Pilcom d.o.o, a company registered in … ('Bubadu', 'We')", "Finch Home is a trading
    name of Marlowe & Finch Retail Limited": the brand the aliases repeat belongs to the legal name, which is the one
    introduced."""
    if not _has_legal_form(cues, name):
        return False
    line_start = max(text.rfind("\n", 0, start) + 1, start - 120)
    return cues.search("company.mark_of", text[line_start:start]) is not None


def _shares_alias(name: str, aliases: tuple[str, ...]) -> bool:
    key = _key(name)
    return any((k := _key(a)) and (k in key or key in k) for a in aliases)


def _alias_head(cues: Cues, text: str, open_at: int, aliases: tuple[str, ...],
                legal_only: bool = False) -> tuple[str, int] | None:
    """The first name in the sentence before ``open_at`` that the parenthesis's short form abbreviates:
    a legal name containing it, else the short form itself where the sentence uses it as a name."""
    line_start = max(text.rfind("\n", 0, open_at) + 1, open_at - 400)
    window = text[line_start:open_at]
    # a full stop ends the sentence unless it ends a legal form ("Acme, Inc. and its affiliates")
    boundary = [m for m in re.finditer(r"[.。!?！？]\s", window)
                if not _is_form_token(cues, window[: m.start() + 1].rsplit(None, 1)[-1])]
    begin = line_start + (boundary[-1].end() if boundary else 0)
    sentence = text[begin:open_at]
    for legal in _scan_legal_names(cues, sentence):
        if _shares_alias(legal.name, aliases):
            return legal.name, begin + legal.start
    if legal_only:
        return None  # the name before the parenthesis already carries the short form ("the NFL Family")
    for alias in aliases:
        found = re.search(r"(?<![\w])" + re.escape(alias) + r"(?![\w])", sentence)
        if found is not None and alias[:1].isupper():
            return alias, begin + found.start()
    return None


def _cjk_alias_before(text: str, open_at: int, aliases: tuple[str, ...], calls_itself: bool) -> tuple[str, int] | None:
    """A Chinese short form followed only by a role word just before the parenthesis ("他趣所有者（…“他趣”）"),
    or by a product word when the parenthesis also says "we" ("红叶App（简称“红叶”或“我们”）")."""
    before = text[max(0, open_at - 20) : open_at].rstrip()
    for alias in aliases:
        if not CJK.search(alias) or alias not in before:
            continue
        after = before[before.rfind(alias) + len(alias) :]
        if ROLE_AFTER.fullmatch(after) or (calls_itself and PRODUCT_AFTER.fullmatch(after)):
            return alias, max(0, open_at - 20) + before.rfind(alias)
    return None


ROLE_AFTER = re.compile(r"(?:平台|网站|应用|产品)?(?:所有者|运营者|运营方|提供者|提供方|经营者|开发者|所有人)")
PRODUCT_AFTER = re.compile(r"\s*(?:App|APP|app|应用|软件|客户端|平台)")


def _from_alias_start(cues: Cues, text: str, open_at: int, aliases: tuple[str, ...]) -> tuple[str, int] | None:
    """The name that starts where a quoted short form of it starts, just before ``open_at``."""
    window_start = max(text.rfind("\n", 0, open_at) + 1, open_at - 80)
    before = text[window_start:open_at]
    for alias in aliases:
        at = before.rfind(alias)
        if at < 0 or (at > 0 and not before[at - 1].isspace()):
            continue
        tail = before[at:].split()
        if not all(LATIN_TOKEN.match(t) for t in tail):  # "its “PikPok” brand name": not a name
            continue
        name = _clean_latin(cues, " ".join(tail))
        if name and name.startswith(alias):
            return name, window_start + at
    return None


OPERATOR_LOOKAHEAD = 6  # operator names read before trusting the first: enough to see a list of platforms


def _from_operator(cues: Cues, text: str) -> Iterator[_Candidate]:
    found = _operator_names(cues, text)
    head = [c for _, c in zip(range(OPERATOR_LOOKAHEAD), found)]
    # three or more different legal entities "operating" things: a list of a group's platforms
    if len({_key(c.name) for c in head if _has_legal_form(cues, c.name)}) >= 3:
        yield from (c for c in head if not _has_legal_form(cues, c.name))
        return
    yield from head
    yield from found


def _from_defined_we(cues: Cues, text: str) -> Iterator[_Candidate]:
    """'In this notice, "The Rowan Trust", "we", "us" and "our" mean the charity and its trading company': the
    name the writer defines together with "we" is how it names itself, even beside a subsidiary's legal name."""
    head = text[: max(EARLY_CHARS, int(len(text) * INTRO_SHARE))]
    if not any(gate in head for gate in cues.raw("company.defined_we_gate")):
        return
    for pattern in cues.patterns("company.defined_we"):
        for match in pattern.finditer(head):
            name = match.group("name").strip()
            if _bears_name(name) and not _not_a_name(cues, name):
                yield _Candidate(name, match.start("name"))


def _operator_names(cues: Cues, text: str) -> Iterator[_Candidate]:
    for offset, line in _gated_lines(cues, text, "operator_gate"):
        for pattern in cues.patterns("company.operator"):
            for match in pattern.finditer(line):
                found = _leading_name(cues, text, offset + match.end())
                if found is not None:
                    yield _Candidate(*found)


def _from_subject(cues: Cues, text: str) -> Iterator[_Candidate]:
    """"United Airlines respects your privacy", "某某非常重视您的隐私": the subject of a verb only a
    policy's writer uses of itself, early in the text, and named again elsewhere (not a one-off)."""
    limit = max(EARLY_CHARS, int(len(text) * INTRO_SHARE))
    for pattern in cues.patterns("company.writer_verb"):
        for match in pattern.finditer(text, 0, limit):
            found = _subject_name(cues, text, match.start())
            if found is not None:
                yield _Candidate(*found)


def _from_about(cues: Cues, text: str) -> Iterator[_Candidate]:
    """"This policy describes how Mobigame collects ...", "governs the manner in which skgames collects":
    often the app's name rather than its maker's, so tried after the copyright line."""
    limit = max(EARLY_CHARS, int(len(text) * INTRO_SHARE))
    actions = cues.pattern("company.writer_action")
    for pattern in cues.patterns("company.about_writer"):
        for match in pattern.finditer(text, 0, limit):
            found = _acting_name(cues, text, match.end(), actions)
            if found is not None:
                yield _Candidate(*found)


def _acting_name(cues: Cues, text: str, start: int, actions: re.Pattern[str] | None) -> tuple[str, int] | None:
    """The name at ``start`` when a verb of handling data follows it ("Mobigame collects")."""
    if actions is None:
        return None
    window = text[start : start + 120]
    tokens = re.match(r"(?:[\w.&’'\-]+\s+){1,4}", window)
    if tokens is None:
        return None
    words = tokens.group(0).split()
    for size in range(len(words), 0, -1):
        name = " ".join(words[:size])
        rest = window[window.find(name) + len(name):]
        if actions.match(rest) is None:
            continue
        # one word may be a lower-case trade name ("skgames"); several must be capitalised
        connectors = set(cues.raw("company.connector_words"))
        if (size == 1 and re.fullmatch(r"[A-Za-z][\w.\-]*", name)) or (
                LATIN_TOKEN.match(words[0]) and all(LATIN_TOKEN.match(w) or w in connectors for w in words[:size])):
            cleaned = _clean_latin(cues, name)
            if cleaned == name:
                return name, start
    return None


def _subject_name(cues: Cues, text: str, end: int) -> tuple[str, int] | None:
    line_start = max(text.rfind("\n", 0, end) + 1, end - 200)
    before = text[line_start:end]
    if before and CJK.search(before[-1]):
        run = re.search(r"[\u3400-\u9fffA-Za-z0-9·&]+$", before)
        if run is None:
            return None
        prefix = before[: run.start()]
        if prefix.strip() and not re.search(r"(?:[。！？；!?;:：】\]]\s*|\s)$", prefix):
            return None  # the run is not the start of a sentence ("在您使用某某时某某重视…")
        name = run.group(0)  # a whole sentence subject: no stop-word cut ("指娱天地" keeps its 指)
        if len(name) < 2 or name[0] in "本该此我贵" or text.count(name) < 2:
            return None  # "本单位", "我司": the writer without its name
        return name, line_start + before.rfind(name)
    tokens = before.split()
    kept: list[str] = []
    tails = set(cues.raw("company.org_tail_lower"))
    if len(tokens) >= 2 and tokens[-1] in tails and SUBJECT_TOKEN.match(tokens[-2]):
        kept.insert(0, tokens.pop())  # "Easygame7 team has adopted this policy"
    for token in reversed(tokens):
        if SUBJECT_TOKEN.match(token) and len(kept) < SUBJECT_WORDS:
            kept.insert(0, token)
        else:
            break
    # the shortest tail that is named again elsewhere: "Privacy Policy Warning MBFG" -> "MBFG"
    for first in range(len(kept)):
        name = _clean_latin(cues, " ".join(kept[first:]))
        core = name[: -len(kept[-1])].rstrip() if kept[-1] in tails and " " in name else name
        if name and name == " ".join(kept[first:]) and _count_word(text, core) >= 2:
            longer = _clean_latin(cues, " ".join(kept))
            if longer != name and _count_word(text, longer) >= 2:
                name = longer  # "United Airlines" named again as a whole
            return name, line_start + before.rfind(name)
    return None


def _count_word(text: str, name: str) -> int:
    return len(re.findall(r"(?<![\w])" + re.escape(name) + r"(?![\w])", text))


def _from_site_name(cues: Cues, text: str) -> Iterator[_Candidate]:
    """"NAING GROUP - MAIN MENU", "Privacy Policy : Bweb Media": in the page head, a site name whose
    last word is an organisation's head noun, set off by a separator, a line end or "Privacy"."""
    heads = cues.pattern("company.org_head")
    if heads is None:
        return
    head = text[:SITE_HEAD]
    pattern = _site_pattern(heads.pattern)
    for match in pattern.finditer(head):
        name = _clean_latin(cues, match.group("name"))
        if name and len(name.split()) >= 2:  # the head noun alone ("Games") names nobody
            yield _Candidate(name, match.start("name") + match.group("name").find(name))


@lru_cache(maxsize=None)
def _site_pattern(heads: str) -> re.Pattern[str]:
    word = r"(?:[A-Z]|[a-z]{1,3}(?=[A-Z]))[\w&’'.\-]*"
    return re.compile(
        r"(?:^|\n|[|:\-–—•]\s*)(?P<name>(?:" + word + r"\s+){1,3}(?:" + heads + r"))"
        r"(?=\s*(?:[|:\-–—•©\n]|(?i:privacy)\b|$))"
    )


def _from_label(cues: Cues, text: str) -> Iterator[_Candidate]:
    """"Data Controller and Owner" on a line of its own, the name on the next one (contact blocks)."""
    labels = cues.pattern("company.label_line")
    contacts = cues.pattern("company.contact_label_line")
    leads = cues.pattern("company.contact_lead")
    if labels is None and contacts is None and leads is None:
        return
    for line in re.finditer(r"[^\n]+", text):
        head = line.group(0)
        if len(head) > 200:
            continue
        owner = labels is not None and len(head) <= 60 and labels.match(head) is not None
        contact = (contacts is not None and len(head) <= 60 and contacts.match(head) is not None) or (
            leads is not None and leads.search(head) is not None)
        if not owner and not contact:
            continue
        following = re.compile(r"\S").search(text, line.end())
        if following is not None:
            found = _leading_name(cues, text, following.start())
            if found is None and owner:
                found = _owner_line_name(text, following.start())
            if found is not None and text[found[1] + len(found[0]) : found[1] + len(found[0]) + 1] in (":", "："):
                continue  # a field label ("公司名称：", "Address:"), not a name
            # under a contact heading only a legal name is the publisher, not "Email us at ...",
            # or a name whose next lines are a postal address ("AppTurbo / 38, rue ... / 75002 Paris")
            if found is not None and (owner or _has_legal_form(cues, found[0]) or _bears_legal_form(cues, found[0])
                                      or _address_follows(cues, text, found[1] + len(found[0]))):
                yield _Candidate(*found)


def _owner_line_name(text: str, start: int) -> tuple[str, int] | None:
    """Under "Data Controller and Owner" the next line is the owner, whatever its case: "bubble Jan
    Kowal, Ulica 2, 43-100 Tychy" names "bubble Jan Kowal" (up to the address after a comma or dash)."""
    line = text[start : start + 200].split("\n", 1)[0]
    head = re.split(r"\s+[-–—]\s+|[,，(（]", line, maxsplit=1)[0].strip()
    if not head or len(head) > 60 or "@" in head or "http" in head or not re.search(r"[^\W\d_]{2}", head):
        return None
    return head, start


ICP_FILING = re.compile(r"ICP\s*[备證证許许]\s*\d")  # a PRC website filing or licence number on a footer line
POSTCODE = re.compile(r"(?<![\d+\-])\d{4,6}(?![\d\-])")


def _address_follows(cues: Cues, text: str, end: int) -> bool:
    """Do the rest of the name's line and the two lines after it read as a postal address?"""
    lines = text[end : end + 160].split("\n")
    if lines[0].strip() and not lines[0].lstrip().startswith(","):
        return False  # the name runs on into a sentence ("Where the X Apps are obtained ...")
    rest = "\n".join(line for line in lines[:3])
    if "@" in rest or "http" in rest:
        return False  # an e-mail or web line, not a postal one
    return bool(POSTCODE.search(rest)) or _is_address(cues, rest)


def _from_legal(cues: Cues, text: str) -> Iterator[_Candidate]:
    # a table row ("| SDK | 某某有限公司 | 设备信息 |") lists partners and SDK vendors, not the writer
    # and a name in a sentence about a third party or a parent company is not counted either
    every = _legal_names(cues, text)
    heads = _list_heads(text, every)
    names = [n for n in every if not _partner_mention(text, n) and n.start not in heads]
    first: dict[str, _Candidate] = {}
    for n in names:
        first.setdefault(_key(n.name), n)
    # a name first met as a third party or parent company stays one ("our parent company, X Inc. ... X Inc.")
    others = {key for key, n in first.items() if _third_party(cues, text, n.start)}
    names = [n for n in names if _key(n.name) not in others]
    if not names:
        return
    counts = Counter(_key(n.name) for n in names)
    # a policy names itself in its own script first: "Чжэцзян ... Ко., Лтд. (Zhejiang ... Co., Ltd.)"
    native = SCRIPT_OF.get(cues.languages[0])
    best = max(names, key=lambda n: (native is None or bool(native.search(n.name)), counts[_key(n.name)], -n.start))
    top = counts[_key(best.name)]
    if top >= 2 and sum(1 for c in counts.values() if c == top) >= 3:
        return  # three or more names repeated as often as the best: a list of entities, no one publisher
    # show the best-cased spelling of that name (not the all-caps title one)
    spellings = [n for n in names if _key(n.name) == _key(best.name)]
    yield min(spellings, key=lambda n: (n.name.isupper(), n.start))


LIST_GAP = re.compile(r"\s*[,，、;；]\s*")


def _list_heads(text: str, names: list[_Candidate]) -> set[int]:
    """Where a list of three or more legal names begins: "в АО «Почта России», ООО «СДЭК-Глобал», ООО «…» и иным службам"
    names the first one just before a separator and the next name, so it is a list item as much as those after it.
    Two names ("分别由A公司、B公司运营") may be the writer's joint operators, and keep their standing."""
    def joined(a: _Candidate, b: _Candidate) -> bool:
        return LIST_GAP.fullmatch(text[a.start + len(a.name) : b.start]) is not None

    return {a.start for a, b, c in zip(names, names[1:], names[2:]) if joined(a, b) and joined(b, c)}


def _partner_mention(text: str, name: _Candidate) -> bool:
    """A mention that lists or glosses a partner: a table row, a list item, a service's or a product's provider."""
    return (_in_table_row(text, name.start) or _list_item(text, name) or _service_gloss(text, name)
            or _provider_gloss(text, name))


LIST_BEFORE = re.compile(r"(?:,|、|，)\s*$")
LIST_AFTER = re.compile(r"^\s*(?:,|、|，|and\b|or\b|和|及)")


def _list_item(text: str, name: _Candidate) -> bool:
    """"..., Acme Ltd, Zeta GmbH, ...": a name between list separators is one of several partners."""
    start, end = name.start, name.start + len(name.name)
    if text[max(0, start - 1) : start] in ("(", "（") and text[end : end + 1] in (")", "）"):
        # "..., mdotm (CrossChannel Inc), Geniee, ...": the bracket glosses one item of the list
        word = re.search(r"\S+\s*$", text[max(0, start - 41) : start - 1])
        start, end = (start - 1 - len(word.group(0)) if word else start - 1), end + 1
    return bool(LIST_BEFORE.search(text[max(0, start - 3) : start]) and LIST_AFTER.match(text[end : end + 5]))


def _service_gloss(text: str, name: _Candidate) -> bool:
    """"Google Wallet (Google Inc.)" on a line of its own: a list of services used, each glossed with
    its provider in brackets; the provider is a third party, however often the list names it."""
    start, end = name.start, name.start + len(name.name)
    if text[max(0, start - 1) : start] not in ("(", "（") or text[end : end + 1] not in (")", "）"):
        return False
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    before = text[line_start : start - 1].strip()
    after = text[end + 1 : line_end if line_end >= 0 else len(text)].strip()
    return bool(before) and not after and len(before) <= 60


PRODUCT_BEFORE_GLOSS = re.compile(r"(?<![\w.@/])[\w\-]*[A-Z][\w\-]*[»”\"]?\s?[(（]$")


def _provider_gloss(text: str, name: _Candidate) -> bool:
    """"AdMob (Google LLC)", "YCLIENTS (ООО «Ворк Системс»)", "Mailchimp (The Rocket Science Group LLC)": a legal name
    in brackets right after a product's name says who provides that product; the mention is the product's, not the
    writer's (a frequency count of such glosses made the ad network the publisher of an app that names no company)."""
    start, end = name.start, name.start + len(name.name)
    if text[end : end + 1] not in (")", "）"):
        return False
    return PRODUCT_BEFORE_GLOSS.search(text[max(0, start - 40) : start]) is not None


def _in_table_row(text: str, at: int) -> bool:
    line_start = text.rfind("\n", 0, at) + 1
    line_end = text.find("\n", at)
    return text.count("|", line_start, line_end if line_end >= 0 else len(text)) >= 2


def _from_bracketed(cues: Cues, text: str) -> Iterator[_Candidate]:
    for pattern in cues.patterns("company.bracketed"):
        for match in pattern.finditer(text, 0, EARLY_CHARS):
            name = match.group("name").strip()
            if name[:1].isupper() or name[:1].isdigit() or CJK.match(name):  # «куки» is a word, «Ромашка» a name
                if not _first_met_as_third_party(cues, text, name) and not _in_partner_legal_name(cues, text, match.start()):
                    yield _Candidate(name, match.start("name"))


def _from_copyright(cues: Cues, text: str) -> Iterator[_Candidate]:
    for pattern in cues.patterns("company.copyright_before"):  # "Made by Acme Apps © 2014", "某某公司 版权所有"
        for match in pattern.finditer(text):
            found = _trailing_name(cues, text, match.start())
            if found is not None and _bears_name(found[0]) and _opens_line(text, found[1]):
                yield _Candidate(*found)
    for pattern in cues.patterns("company.copyright"):
        for match in pattern.finditer(text):
            found = _leading_name(cues, text, match.end())
            if found is not None:
                yield _Candidate(*found)


def _in_partner_legal_name(cues: Cues, text: str, at: int) -> bool:
    """Is ``at`` inside a legal name mentioned as a partner ("YCLIENTS (ООО «Запись Онлайн»)")? Its «name» is then the
    partner's too, not a brand of the writer's."""
    return any(n.start <= at < n.start + len(n.name) and _partner_mention(text, n) for n in _legal_names(cues, text))


def _opens_line(text: str, start: int) -> bool:
    """A Chinese name before 版权所有 opens its line or follows a separator, not a clause ("那么版权所有人")."""
    if not CJK.match(text[start : start + 1]):
        return True
    return start == 0 or text[start - 1] in "\n \t|·•】]"


def _bears_name(name: str) -> bool:
    """A name has letters that are not all a heading's: "Privacy Policy" or a year alone is no name."""
    return bool(re.search(r"[^\W\d_]{2}", name))


def _from_welcome(cues: Cues, text: str) -> Iterator[_Candidate]:
    for pattern in cues.patterns("company.welcome"):
        for match in pattern.finditer(text, 0, EARLY_CHARS):
            found = _leading_name(cues, text, match.end())
            if found is not None:
                # "欢迎您使用北京某某服务": the service is named by its brand, the product word is not part of it
                yield _Candidate(_self_name_cjk(cues, found[0]) or found[0], found[1])


def _from_title(cues: Cues, text: str) -> Iterator[_Candidate]:
    """"Acme Privacy Policy", "Privacy Policy - Acme", "某某隐私政策": a policy's title names the brand
    the writer calls itself by. Lines are read in order; the first line that is a title and names
    someone is the document's own title (a partner's policy is cited later, and by its link)."""
    head = text[:EARLY_CHARS]
    for line_match in re.finditer(r"[^\n]+", head):
        found = next(iter(_title_names(cues, line_match.group(0), text)), None)
        if found is not None:
            yield _Candidate(found[0], line_match.start() + found[1])
            return


def _from_title_line(cues: Cues, text: str, title: str) -> Iterator[_Candidate]:
    """The page's own title (HTML ``<title>``, a PDF's title) read as a policy title; the name must also
    occur in the text, where it is quoted from (the first mention not in a third party's sentence)."""
    if not title or not cues.patterns("company.title"):
        return
    for name, _ in _title_names(cues, title, text, page=True)[:1]:
        if CJK.search(name):
            spots = _find_all(text, name)
        else:
            # not inside an e-mail address or a link ("support@acme.com"): the name as the text shows it
            spots = (m.start() for m in re.finditer(r"(?<![\w.@/])" + re.escape(name) + r"(?![\w])", text))
        if _first_met_as_third_party(cues, text, name):
            return
        for _, at in zip(range(5), spots):
            yield _Candidate(name, at)


def _title_names(cues: Cues, line: str, text: str, page: bool = False) -> list[tuple[str, int]]:
    """(name, offset in ``line``) for each title pattern that matches the line with a usable name.
    A ``site`` group (a page title of any wording, the site name after it) counts only when the
    text names the site again."""
    if len(line) > 200 or "http" in line:
        return []  # a sentence or a link to a partner's policy, not a title
    found: list[tuple[str, int]] = []
    patterns = cues.patterns("company.title") + (cues.patterns("company.page_title") if page else ())
    for pattern in patterns:
        match = pattern.search(line)
        if match is None:
            continue
        rest = line[match.end() : match.end() + 3]
        if CJK.match(rest) and not rest.startswith("适用"):
            continue  # "本隐私政策不适用于…": the title words run on into a sentence ("某某隐私政策适用于…" names it)
        group = "name" if "name" in pattern.groupindex else "site"
        raw = match.group(group).strip("【】[]「」“”\"《》 ")
        if CJK.search(raw):
            name = _self_name_cjk(cues, raw) or raw
        else:
            name = _strip_product_words(cues, _clean_latin(cues, raw))
        if not name or _platform(cues, name) or cues.search("company.title_generic", name) is not None:
            continue
        if group == "site" and (text.count(name) if CJK.search(name) else _count_word(text, name)) < 2:
            continue
        found.append((name, match.start(group) + max(0, match.group(group).find(name))))
    return found


def _from_product(cues: Cues, text: str) -> Iterator[_Candidate]:
    """"the Pou app", "七七视频是一款…应用", "приложение «Лира»": a policy that names no company still names
    its product, early and more than once; that name is how the writer presents itself. A known
    platform's or SDK's product ("the Facebook app") is not the writer's."""
    limit = max(EARLY_CHARS, int(len(text) * INTRO_SHARE))
    for pattern in cues.patterns("company.product"):
        for match in pattern.finditer(text, 0, limit):
            raw = match.group("name").strip()
            name = (_self_name_cjk(cues, raw) or raw) if CJK.search(raw) else _clean_latin(cues, raw)
            if not name or _platform(cues, name):
                continue
            count = text.count(name) if CJK.search(name) else _count_word(text, name)
            if count >= 2 and not _first_met_as_third_party(cues, text, name):
                yield _Candidate(name, match.start("name") + max(0, raw.find(name)))


def _first_met_as_third_party(cues: Cues, text: str, name: str) -> bool:
    """"We use the Metrika service of a third party. The Metrika service counts visits": a name first
    met in a third party's sentence stays a third party's, however it is mentioned later."""
    first = text.find(name)
    return first >= 0 and _third_party(cues, text, first)


def _platform(cues: Cues, name: str) -> bool:
    """A platform, store or SDK everybody's policy mentions ("Google Play", "Firebase", "微信"), or a
    name holding a third-party word ("Google Analytics", "某某SDK"): never the writer's own title."""
    folded = name.casefold()
    platforms = {p.casefold() for p in cues.raw("company.platform")}
    if folded in platforms or folded in {p.casefold() for p in cues.raw("company.platform_exact")}:
        return True
    if folded.split()[0] in platforms or any(folded.startswith(p) for p in platforms if CJK.match(p)):
        return True  # "Google Play Services", "微信支付"
    return cues.search("company.third_party", name) is not None


def _strip_product_words(cues: Cues, name: str) -> str:
    """"BEROBO MOBILE APPLICATIONS" -> "BEROBO": the product or audience words a title puts after the
    brand ("Privacy Policy for Acme Apps", "... for California Residents") are not part of the name;
    nothing left (or only a place) means the title named no one."""
    words = {w.casefold() for w in cues.raw("company.product_word")}
    tokens = name.split()
    while tokens and tokens[-1].strip(".,’'s").casefold() in words:
        tokens.pop()
    return " ".join(tokens)


PRODUCT_TAIL_CJK = re.compile(
    r"(?:(?:产品和服务|产品与服务|产品及服务|服务)?(?:提供者|提供方|运营者|运营方)|APP|App|app|客户端|手游|软件|平台|服务|应用|小程序)$")


def _self_name_cjk(cues: Cues, name: str) -> str | None:
    """"陌聊APP" -> "陌聊", "北京某某服务" -> "北京某某", "某某商城服务提供者" -> "某某商城": a Chinese
    product or role word after a brand; at most one is cut, and what is left must still be a name
    (two characters or more, not "本"/"该"/"这" + noun, not a place alone, no second product word).
    None when nothing is cut or nothing usable is left."""
    tail = PRODUCT_TAIL_CJK.search(name)
    if tail is None or _has_legal_form(cues, name):
        return None
    rest = name[: tail.start()].rstrip(" ·-—”」》")
    if len(rest) < 2 or rest[0] in "本该此这那其各我贵您你" or PRODUCT_TAIL_CJK.search(rest):
        return None
    if _is_place(cues, rest) or _not_a_name(cues, rest):
        return None
    return rest


def _legal_names(cues: Cues, text: str) -> list[_Candidate]:
    """Every legal-form name in the whole ``text`` (cached: two finders scan it)."""
    key = (cues.languages, text)
    if key not in _LEGAL_CACHE:
        if len(_LEGAL_CACHE) >= 4:
            _LEGAL_CACHE.clear()
        _LEGAL_CACHE[key] = _scan_legal_names(cues, text)
    return _LEGAL_CACHE[key]


_LEGAL_CACHE: dict[tuple[tuple[str, ...], str], list[_Candidate]] = {}


def _scan_legal_names(cues: Cues, text: str) -> list[_Candidate]:
    names: list[_Candidate] = []
    for offset, line in _gated_lines(cues, text, "legal_gate"):
        for pattern in cues.patterns("company.legal"):
            for match in pattern.finditer(line):
                raw = match.group("name")
                start = offset + match.start("name")
                whole = _trim_cjk(cues, raw) if CJK.search(raw[-3:]) else _drop_leading_stop(
                    cues, _after_sentence_end(cues, _caps_clause_cut(cues, raw)))
                for name, at in _joined_entities(cues, whole, start + raw.find(whole)):
                    if name and len(name) <= MAX_NAME and not _is_bare_form(cues, name):
                        located = _locate(cues, _Candidate(name, at))
                        if located is None:  # "AGREEMENT BETWEEN YOU AND SCAN, INC.": the name follows the pronoun
                            located = _after_pronoun(cues, _Candidate(name, at))
                        if located is not None:
                            names.append(located)
    names.sort(key=lambda n: n.start)
    return _full_for_short(text, names)


SHORT_AFTER_FULL = re.compile(r"\s*[(（]\s*")


def _full_for_short(text: str, names: list[_Candidate]) -> list[_Candidate]:
    """A short legal name in brackets right after a full one ("Акционерному обществу «Медицинские цифровые
    решения» (АО «МЦР»)") is the same company: wherever the short name appears, the full name stands for it,
    so the publisher is named as the text first states it in full."""
    full_of: dict[str, _Candidate] = {}
    for before, after in zip(names, names[1:]):
        gap = text[before.start + len(before.name) : after.start]
        if after.name != before.name and SHORT_AFTER_FULL.fullmatch(gap) and len(after.name) < len(before.name):
            full_of.setdefault(after.name, before)
    if not full_of:
        return names
    return [_Candidate(full_of[n.name].name, n.start, n.aliases) if n.name in full_of else n for n in names]


JOINER = re.compile(r"\s+(?:and|AND|&)\s+")


def _joined_entities(cues: Cues, name: str, start: int) -> list[tuple[str, int]]:
    """"Krush Technologies, LLC and Krush Technologies, Inc." is two entities, not one name: split a run
    where a legal form is followed by "and"/"&" and the rest again ends in a legal form (each one keeps
    its own offset). "Procter & Gamble Co." has no legal form before the "&" and stays whole."""
    if " and " not in name and " & " not in name and " AND " not in name:
        return [(name, start)]
    parts: list[tuple[str, int]] = []
    begin = 0
    for joiner in JOINER.finditer(name):
        head = name[begin : joiner.start()]
        rest = name[joiner.end() :].split()
        if (head.split() and _is_form_token(cues, head.split()[-1]) and len(head.split()) > 1 and rest
                and not _is_form_token(cues, rest[0]) and _is_form_token(cues, rest[-1])):
            parts.append((head, start + begin))
            begin = joiner.end()
    parts.append((name[begin:], start + begin))
    return parts


def _after_pronoun(cues: Cues, candidate: _Candidate) -> _Candidate | None:
    """The part of a capitalised run after its last pronoun or sentence word, if a legal name is left."""
    tokens = candidate.name.split(" ")
    last_bad = max((i for i, t in enumerate(tokens) if _not_a_name(cues, t.strip(",."))), default=-1)
    if last_bad < 0:
        return None
    connectors = {c.casefold() for c in cues.raw("company.connector_words")}
    rest = tokens[last_bad + 1 :]
    while rest and rest[0].casefold() in connectors:
        rest.pop(0)
    name = " ".join(rest)
    if not name or _is_bare_form(cues, name) or not _bears_legal_form(cues, name):
        return None
    return _locate(cues, _Candidate(name, candidate.start + candidate.name.rfind(name)))


def _gated_lines(cues: Cues, text: str, gate: str) -> Iterator[tuple[int, str]]:
    """(offset, line) for the lines that hold one of the gate substrings (all lines if no gates)."""
    offset = 0
    for line in text.split("\n"):
        if cues.passes("company", line.lower(), gate=gate):
            yield offset, line
        offset += len(line) + 1


def _trailing_name(cues: Cues, text: str, end: int) -> tuple[str, int] | None:
    """The name that ends at ``end`` (just before an alias introduction)."""
    line_start = max(text.rfind("\n", 0, end) + 1, end - 300)
    if not text[line_start:end].strip(" *_\t") and line_start > 0:  # "**某某有限公司**\n（以下简称…"
        end = line_start - 1
        line_start = max(text.rfind("\n", 0, end) + 1, end - 300)
    before = text[line_start:end].rstrip().rstrip("*_ 】[")  # "**某某有限公司** （…", "【某某】（…": emphasis, brackets
    before = _without_registration_clause(cues, _without_registration_gloss(cues, before))
    group = cues.search("company.group_suffix", before)
    if group is not None:  # "X Co., Ltd. and its affiliates (collectively "we")": the name is X
        before = before[: group.start()].rstrip()
    if not before:
        return None
    legals = _scan_legal_names(cues, before)
    for index, legal in enumerate(legals):
        rest = before[legal.start + len(legal.name) :]
        if len(rest) <= 1 or CASE_SUFFIX.fullmatch(rest) or (legal.name[-1:].isalpha() and GLUED_CASE.fullmatch(rest)):
            # "A Inc. and B LLC (collectively “we”)", "A有限公司、B有限公司以及C有限公司（以下合称“我们”）": the
            # parenthesis names the listed entities together; the first listed heads them
            while index > 0 and ENTITY_JOIN.fullmatch(
                    before[legals[index - 1].start + len(legals[index - 1].name) : legals[index].start]):
                index -= 1
            return legals[index].name, line_start + legals[index].start
    if CJK.search(before[-1]) or CJK_THEN_LATIN.search(before):  # "某某", "某某APP"
        run = re.search(r"[\u3400-\u9fffA-Za-z0-9（）()·&]+$", before)
        if run is None:
            return None
        name = _trim_cjk(cues, run.group(0))
        return (name, line_start + before.rfind(name)) if len(name) >= 2 else None
    if before[-1] in "»”\"":
        quoted = re.search(r"(?:\b[\w.]{1,40}\s*)?[«“\"][^«»“”\"]{2,80}[»”\"]$", before)
        if quoted is not None:
            return quoted.group(0).strip(), line_start + quoted.start()
    tokens = before.split()
    kept: list[str] = []
    for token in reversed(tokens):
        if kept and SENTENCE_END.search(token) and not _is_form_token(cues, token):
            break  # "... and the Site. J2 Interactive (“us”)": the name starts after the full stop
        if LATIN_TOKEN.match(token) or _is_form_token(cues, token) or token in cues.raw("company.connector_words") and kept:
            kept.insert(0, token)
        else:
            break
    if kept and all(_is_form_token(cues, t) for t in kept):
        # "smalltech sàrl (“we”)": a lower-case trade name before its legal form is still the name
        rest = tokens[: len(tokens) - len(kept)]
        stops = {w.casefold() for w in cues.raw("company.leading_stop")} | FUNCTION_WORDS
        while rest and len(kept) < 4 and LOWER_NAME.match(rest[-1]) and rest[-1].casefold() not in stops:
            kept.insert(0, rest.pop())
    name = _clean_latin(cues, " ".join(kept))
    if not name or _is_bare_form(cues, name):
        return None  # "the sàrl (“we”)": a legal form alone names no one
    return name, line_start + before.rfind(name)


ENTITY_JOIN = re.compile(r"\s*(?:,|，|、|;|；)?\s*(?:and|AND|&|y|et|und|и|以及|及|和|与)?\s*")  # between two listed entities
SENTENCE_END = re.compile(r"[^\W\d_]{3,}[.!?]$")  # a word of three letters or more ending a sentence ("Site.")
LOWER_NAME = re.compile(r"^[a-z][a-z0-9.\-]*$")
# words that end a clause before a lower-case name ("operated by acme ltd" keeps "acme ltd")
FUNCTION_WORDS = frozenset({"the", "a", "an", "by", "of", "and", "or", "to", "from", "with", "for", "at", "in", "on",
                            "is", "are", "was", "were", "be", "operated", "provided", "developed", "owned", "published",
                            "company", "between", "you", "this", "that", "which"})


# a branch registered under a company, named right after it ("江西分公司"); never a group phrase ("及其分公司")
CJK_BRANCH = re.compile(r"(?![及和与或的其各等])(?:(?!及其|旗下|下属|所属|关联|以下)[\u4e00-\u9fff]){1,6}?分公司")


def _leading_name(cues: Cues, text: str, start: int) -> tuple[str, int] | None:
    """The name that starts at ``start`` (after "operated by", "©", "Welcome to")."""
    line = text[start : start + 200].split("\n", 1)[0]
    if not line:
        return None
    if CJK.search(line[0]):
        run = re.match(r"[\u3400-\u9fffA-Za-z0-9（）()·&]+", line)
        if run is None:
            return None
        name = run.group(0)
        form = re.search(r"(?:股份有限公司|有限责任公司|有限公司|集团公司)", name)
        if form:
            branch = CJK_BRANCH.match(name, form.end())  # "某某有限公司销售分公司": the branch that signs
            name = name[: branch.end() if branch else form.end()]
        else:  # "由蓝鲸数据制定": the name ends before the verb
            end = cues.search("company.name_end", name[1:])
            name = name[: end.start() + 1] if end else name
        return (name, start) if len(name) >= 2 else None
    legal = next((n for n in _scan_legal_names(cues, line) if n.start == 0), None)
    if legal is not None:
        return legal.name, start
    kept: list[str] = []
    for raw_token in line.split():
        token = raw_token.rstrip("!?;:)")
        if LATIN_TOKEN.match(token) or (token in cues.raw("company.connector_words") and kept):
            kept.append(token)
            if token != raw_token or (token.endswith((".", ",")) and not _is_form_token(cues, token)):
                break
        else:
            break
    name = _clean_latin(cues, " ".join(kept))
    return (name, start + line.find(name)) if name else None


def _clean_latin(cues: Cues, name: str) -> str:
    name = _drop_leading_stop(cues, name)
    connectors = set(cues.raw("company.connector_words"))
    tokens = name.split()
    while tokens and (tokens[-1] in connectors or YEAR_TOKEN.match(tokens[-1])):  # "AppCo 2017"
        tokens.pop()
    name = " ".join(tokens).strip(" ,;:()")
    if name.endswith(".") and not _is_form_token(cues, name.split()[-1]):
        name = name[:-1]
    if not re.search(r"[A-Za-zÀ-ÿА-Яа-яƏə]{2}", name):
        return ""
    return name


def _caps_clause_cut(cues: Cues, name: str) -> str:
    """In capitals no case marks where a name starts: "... WHAT IT IS USED FOR, AND TO WHOM ACME APPS, INC.
    DISCLOSES" runs the sentence into the name. A name holds no relative pronoun or clause preposition
    (``company.caps_clause_words``), so an all-capitals run keeps only what follows the last one."""
    if not name.isupper() or " " not in name:
        return name
    words = {w.casefold() for w in cues.raw("company.caps_clause_words")}
    tokens = name.split(" ")
    last = max((i for i, token in enumerate(tokens) if token.strip(",.;:").casefold() in words), default=-1)
    if not 0 <= last < len(tokens) - 1:
        return name
    rest = tokens[last + 1 :]
    connectors = {c.casefold() for c in cues.raw("company.connector_words")} | {"and", "&", "or"}
    while len(rest) > 1 and rest[0].strip(",").casefold() in connectors:
        rest.pop(0)  # "BETWEEN YOU AND TALLOWMERE, INC.": the joining word is no part of the name
    return " ".join(rest)


def _after_sentence_end(cues: Cues, name: str) -> str:
    """"… mean The Harrow Hill Trust. Where Harrow Hill Trading Limited processes …": a run of capitalised words can
    cross a sentence end, and a name never does; the name is what follows the last full stop that ends a word of three
    letters or more (not a legal form, nor an abbreviation a name may hold: "Warner Bros. Pictures Inc.")."""
    if ". " not in name:
        return name
    tokens = name.split(" ")
    abbreviations = {a.casefold() for a in cues.raw("company.name_abbreviation")}
    ends = [i for i, token in enumerate(tokens[:-1])
            if SENTENCE_END.search(token) and token.endswith(".") and not _is_form_token(cues, token)
            and token[:-1].casefold() not in abbreviations and tokens[i + 1][:1].isupper()
            and not _is_form_token(cues, tokens[i + 1])]  # "Winterlight Pty. Ltd.": the form goes on
    return " ".join(tokens[ends[-1] + 1 :]) if ends else name


def _drop_leading_stop(cues: Cues, name: str) -> str:
    stops = set(cues.raw("company.leading_stop")) | set(cues.raw("company.connector_words"))
    tokens = name.split()
    while tokens and (tokens[0].strip(",.") in stops or YEAR_TOKEN.match(tokens[0])):
        tokens.pop(0)
    return " ".join(tokens).strip(" ,;:")


def _trim_cjk(cues: Cues, run: str) -> str:
    """The name at the end of a Chinese run: cut after the last stop word ("由", "和", ...) that
    leaves a distinctive name. A stop inside the brand ("杭州博美和网络技术有限公司") would leave only
    the generic tail ("网络技术有限公司"), which merged unrelated companies into one node; such a
    cut is skipped for an earlier one (or none), as is a stop right after a place name."""
    places = cues.raw("company.place")
    run = _after_open_bracket(run)
    weak = set(cues.raw("company.name_stop_weak"))
    cuts: set[int] = set()
    strong: set[int] = set()
    # where a clause word ends ("是指", "由"): a legal name may begin there, so a weak stop just after it is
    # glued too ("是指众安在线财产保险股份有限公司"); a common noun phrase gets no such benefit ("商标和标识")
    legal_tail = bool(re.search(r"(?:有限公司|有限责任公司|集团公司)$", run))
    clause_ends = sorted({at + len(stop) for stop in cues.raw("company.name_stop") if stop not in weak
                          for at in _find_all(run, stop)})
    for stop in cues.raw("company.name_stop"):
        position = run.find(stop)
        while position >= 0:
            # a stop right after a place name opens the brand ("北京和信众联科技有限公司"), it does not end a
            # clause; nor does a weak stop after the name's first characters ("华为", "是指众安在线…")
            base = max((end for end in clause_ends if end <= position), default=0) if legal_tail else 0
            glued = stop in weak and 1 <= position - base <= 2 and not CJK_PUNCT.search(run[base:position])
            if position + len(stop) < len(run) - 1 and not run[:position].endswith(places) and not glued:
                cuts.add(position + len(stop))
                if stop not in weak:
                    strong.add(position + len(stop))
            position = run.find(stop, position + 1)
    placed = _place_start(cues, run, max(strong, default=0))
    if placed is not None:
        # Chinese legal names open with their registration place: "阐述了海南某某科技有限公司" starts at 海南
        return run[placed:].strip("（）() ")
    ordered = sorted(cuts, reverse=True)
    for cut in ordered:
        if _distinctive_cjk(cues, run[cut:]):
            return run[cut:].strip("（）() ")
    if ordered and not _distinctive_cjk(cues, run):
        return run[ordered[0]:].strip("（）() ")  # nothing distinctive anywhere: the old, shortest cut
    return run.strip("（）() ")


def _find_all(text: str, word: str) -> Iterator[int]:
    at = text.find(word)
    while at >= 0:
        yield at
        at = text.find(word, at + 1)


CJK_THEN_LATIN = re.compile(r"[\u3400-\u9fff][A-Za-z0-9]{1,6}$")  # a Chinese name with a Latin tail ("某某APP")
CJK_PUNCT = re.compile(r"[，。、；：:“”「」《》]")


def _after_open_bracket(run: str) -> str:
    """"QQ(深圳市某某有限公司": an opening bracket never closed inside the run starts the name."""
    for opening, closing in (("(", ")"), ("（", "）")):
        at = run.rfind(opening)
        if at >= 0 and closing not in run[at:]:
            return run[at + 1 :]
    return run


def _place_start(cues: Cues, run: str, after: int) -> int | None:
    """The earliest place name at or after ``after`` (the last clause cut) in ``run`` that opens a
    distinctive legal name ("阐述了海南某某科技有限公司" -> 海南…), or None."""
    best: int | None = None
    for place in cues.raw("company.place"):
        at = run.find(place, after)
        while at >= 0:
            opens = not run[at - 1 : at] or run[at - 1 : at] not in "（("  # "某某（北京）科技": inside the brand
            if opens and (best is None or at < best) and _distinctive_cjk(cues, run[at:]) and not CJK_PUNCT.search(run[at:]):
                best = at
                break
            at = run.find(place, at + 1)
    return best


def _distinctive_cjk(cues: Cues, name: str) -> bool:
    """Does a Chinese name hold more than a place and generic words ("杭州" + "网络技术有限公司")?"""
    core = name.strip("（）() ")
    generic = cues.search("company.name_generic", core)
    if generic is not None:
        core = core[: generic.start()]
    for place in sorted(cues.raw("company.place"), key=len, reverse=True):
        if core.startswith(place):
            core = core[len(place):]
            break
    return len(re.sub(r"[^\w]", "", core)) >= 2


def _aliases(cues: Cues, text: str, open_at: int) -> tuple[str, ...] | None:
    close = re.search(r"[)）]", text[open_at : open_at + 200])
    inside = text[open_at : open_at + (close.start() if close else 120)]
    generic = {g.lower() for g in cues.raw("company.generic_alias")}
    not_publisher = cues.pattern("company.not_publisher")
    own = cues.pattern("company.self_alias")
    aliases: list[str] = []
    document_word = self_word = False
    for match in QUOTED.finditer(inside):
        alias = match.group(1).strip().strip(",.;")
        if own is not None and own.fullmatch(alias):
            self_word = True
        if not_publisher is not None and not_publisher.search(alias):
            document_word = True  # "(“Service”, “Acme”, “we”)": the service is named beside the writer
            continue
        if alias.lower() in generic:
            continue
        aliases.append(alias)
    if document_word and not self_word:
        return None  # the parenthesis names a document or service only
    return tuple(dict.fromkeys(aliases))


def _parenthesis(text: str, open_at: int) -> str:
    """The text of the parenthesis that opens at ``open_at`` (at most 200 characters)."""
    close = re.search(r"[)）]", text[open_at + 1 : open_at + 200])
    return text[open_at : open_at + 1 + (close.start() if close else 120)]


def _alias_words(inside: str) -> list[str]:
    """The aliases an introduction gives: its quoted words, else its bare words ("以下简称我们")."""
    quoted = [m.group(1).strip() for m in QUOTED.finditer(inside)]
    if quoted:
        return quoted
    bare = re.sub(r"^[(（]\s*(?:以下简称|以下或称|以下称|下称|以下统称|简称)?\s*[:：]?", "", inside).strip(" )）")
    return [w.strip() for w in re.split(r"[或、,，/;；]|\bor\b", bare) if w.strip()]


def _names_itself(cues: Cues, name: str, inside: str) -> bool:
    """Does the introduction after a name that has no legal form say the name is the writer?

    It does when an alias is how a policy calls itself ("we", "我们", "本公司") or a short form
    of the name ("Acme Games (“Acme”)"); "(“IP”)" or "（以下简称“本协议”）" define a term instead.
    """
    own = cues.pattern("company.self_alias")
    key = _key(name)
    for word in _alias_words(inside):
        if own is not None and own.fullmatch(word.strip(" .,*")):
            return True
        short = _key(word)
        if 2 <= len(short) < len(key) and key.startswith(short):  # a real short form, not the term again
            return True
    return False


US_COUNTRY = re.compile(r"(?<=\w )US\b")  # "US" after a word of the name, not opening it


def _not_a_name(cues: Cues, name: str) -> bool:
    """True for a phrase, pronoun or term that a name extractor can pick up but no company bears."""
    if not name.isupper() and "US" in name:
        # "NQ Mobile US Inc.": in mixed-case text a capitalised "US" is the country, the pronoun is "us"
        name = US_COUNTRY.sub("U.S.", name)
    if cues.search("company.not_a_name", name) is not None:
        return True
    return cues.search("company.not_a_name_unless_legal", name) is not None and not _bears_legal_form(cues, name)


def _bears_legal_form(cues: Cues, name: str) -> bool:
    """A cheap legal-form test by words ("Information Technologies Ltd." is a company)."""
    if re.search(r"(?:有限公司|有限责任公司|集团公司)$", name):
        return True
    forms = {f.rstrip(",.").casefold() for f in cues.raw("company.legal_forms")} | {"corporation", "incorporated", "llc"}
    return any(t.strip(",.()").casefold() in forms for t in name.split())


def _located_name(cues: Cues, candidate: _Candidate) -> bool:
    return _locate(cues, candidate) is not None


def _continues_sentence(cues: Cues, text: str, stop: int, after: int) -> bool:
    """Is the full stop at ``stop`` inside a sentence rather than ending it? It is when it numbers a list item in
    running text ("由第三方提供的SDK：1. 个推SDK，提供方：…；2. 腾讯Bugly，提供方：…": the items belong to the sentence
    that introduces them), or ends a legal form that no capital follows ("Cloudflare, Inc. (content delivery) and …")."""
    if text[stop] != "." or "\n" in text[stop:after]:
        return False  # a line break after the stop ends the line's sentence whatever came before it
    word = text[: stop + 1].rsplit(None, 1)[-1]
    if re.fullmatch(r"(?:^|.*[^\w.])?\d{1,2}\.", word) and text[stop - 1 : stop].isdigit():
        return True
    return not text[after : after + 1].isupper() and _is_form_token(cues, word)


THIRD_PARTY_WINDOW = 300  # how far back a name's sentence is read for a third party's cue
CLOSED_PARENTHESIS = re.compile(r"[(（][^()（）]*[)）]")


def _third_party(cues: Cues, text: str, start: int) -> bool:
    """True when the sentence leading up to a name is about a third party (SDKs, analytics)."""
    prefix = text[max(0, start - THIRD_PARTY_WINDOW) : start]
    # a full stop that ends a legal form and is not followed by a capital ("Cloudflare, Inc. (content delivery) and …")
    # does not end the sentence: a list of vendors "such as …" goes on past it, and its last items are as much third
    # parties as its first ("Metricly, Inc. Acme Ltd is the controller" starts a new sentence)
    boundary = [m for m in re.finditer(r"[.。!?！？\n][)）\"”’]?\s", prefix)  # "(See … notice.) You can …"
                if not _continues_sentence(cues, prefix, m.start(), m.end())]
    if boundary:
        prefix = prefix[boundary[-1].end() :]
    elif start > THIRD_PARTY_WINDOW:
        prefix = prefix[-150:]  # no sentence start in sight: only the nearest words say whose name this is
    if ")" in prefix or "）" in prefix:
        # "某平台（包括某App、某网站，以下合称“某平台”）由X公司运营": a closed parenthesis glosses the noun
        # before it ("including", "e.g."), it does not make the sentence about a third party
        prefix = CLOSED_PARENTHESIS.sub(" ", prefix)
    return cues.search("company.third_party", prefix) is not None


def _is_form_token(cues: Cues, token: str) -> bool:
    return token.rstrip(",") in {f.rstrip(",") for f in cues.raw("company.legal_forms")}


@lru_cache(maxsize=4096)  # a pure function of the (per-process) cues and the name; finders ask it repeatedly
def _has_legal_form(cues: Cues, name: str) -> bool:
    return any(n.name == name for n in _scan_legal_names(cues, name)) or bool(
        re.search(r"(?:有限公司|股份有限公司|有限责任公司)$", name)
    )


def _is_bare_form(cues: Cues, name: str) -> bool:
    """True when the 'name' is only legal-form words ("Co., Ltd.")."""
    return all(_is_form_token(cues, t) for t in name.split())


def _key(name: str) -> str:
    return re.sub(r"[\W_]+", "", name.casefold())


def _locate(cues: Cues, candidate: _Candidate) -> _Candidate | None:
    """The candidate without an address glued before it; None when it is only a place or address."""
    name = candidate.name
    pieces = [(m.start(), m.end()) for m in PIECE_SPLIT.finditer(name)]
    cut = None
    for at, (comma, after) in enumerate(pieces):
        if _is_form_token(cues, name[after:].split(" ", 1)[0]) or not name[after:].strip():
            continue  # "Acme, Inc.", "Luna Azul, S.L.": the comma belongs to the legal form
        previous = pieces[at - 1][1] if at else 0
        piece = name[previous:comma]
        if _is_place(cues, piece) or _is_address(cues, piece) or _is_citation(piece) or _case_switch(piece, name[after:]):
            cut = after
    if cut is not None:
        name = name[cut:]
    if _enumeration(cues, name):
        return None  # "Play Haven, Yahoo, Smadex, Flurry Inc": a list of companies, not one
    if not name or _is_place(cues, name) or _is_address(cues, name) or _not_a_name(cues, name):
        return None
    if _numbered_form(cues, name):
        return None  # "3. Limited Warranty": a numbered heading, not "3. Limited" the company
    if cut is None:
        return candidate
    return _Candidate(name, candidate.start + candidate.name.find(name), candidate.aliases)


CITATION_NUMBER = re.compile(r"(?<![\w.])\d{3,}(?![\w])")


def _is_citation(piece: str) -> bool:
    """"… Ley 1581 de 2012 y del Decreto 1074 de 2015, MOVILIDAD ANDINA S.A.S.": a comma piece with two numbers of three
    digits or more and lower-case words between them cites laws or dates, it is no part of the name after it."""
    return len(CITATION_NUMBER.findall(piece)) >= 2 and re.search(r"\s[a-zа-яё]{1,4}\s", piece) is not None


def _case_switch(piece: str, rest: str) -> bool:
    """"Ley 25.326 de Protección de Datos Personales, GRUPO PAMPA DIGITAL S.R.L.": a name does not switch from words in
    lower case to one written all in capitals across a comma; the capitals after it are the name."""
    return bool(re.search(r"\b[^\W\d_]*[a-zà-ÿа-яё]{2,}", piece)) and rest.isupper() and len(rest.split()) >= 2


def _numbered_form(cues: Cues, name: str) -> bool:
    """A Latin-script "name" whose words before the legal form are only numbers or single letters
    ("3. Limited", "2.1 Ltd", "A. Inc."): a heading's number before a word that is also a legal form."""
    tokens = name.split()
    if len(tokens) < 2 or CJK.search(name) or not _is_form_token(cues, tokens[-1]):
        return False
    return not any(re.search(r"[^\W\d_]{2}", t) for t in tokens[:-1])


def _enumeration(cues: Cues, name: str) -> bool:
    """Three or more comma-separated parts, none a legal form's ("Acme, Inc." is one name)."""
    parts = [m.end() for m in PIECE_SPLIT.finditer(name)]
    real = [at for at in parts if name[at:].strip() and not _is_form_token(cues, name[at:].split(" ", 1)[0])]
    return len(real) >= 2


def _is_address(cues: Cues, name: str) -> bool:
    if cues.search("company.address", name) is not None:
        return True
    return bool(re.search(r"\d", name)) and cues.search("company.address_weak", name) is not None


def _is_place(cues: Cues, name: str) -> bool:
    """True when nothing but place names, connectors and punctuation is left ("Hong Kong, China")."""
    places = _place_pattern(cues)
    if places is None:
        return False
    rest = places.sub(" ", name)
    connectors = set(cues.raw("company.connector_words")) | {"of", "the", "in", "at"}
    tokens = [t for t in re.split(r"[\s,，、()（）'’\-]+", rest) if t and t not in connectors and t.lower() != "s"]
    rest = "".join(tokens)
    return not re.search(r"[^\W\d_]", rest)


@lru_cache(maxsize=None)
def _place_pattern(cues: Cues) -> re.Pattern[str] | None:
    places = sorted(set(cues.raw("company.place")), key=len, reverse=True)
    if not places:
        return None
    return re.compile(r"(?<![^\W\d_])(?:" + "|".join(re.escape(p) for p in places) + r")(?![^\W\d_])")
