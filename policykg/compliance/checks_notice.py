"""Notice requirements: who the handler is, what is processed, how long, and how to exercise rights."""
from __future__ import annotations

import re
from dataclasses import replace

from policykg.compliance.checks_consent import grounds_beyond_pipl13
from policykg.compliance.cues import cues_for
from policykg.compliance.facts import PolicyFacts
from policykg.compliance.text import Sentence
from policykg.compliance.verdicts import Verdict, verdict
from policykg.ingest.extract.cues import mask_legal_form_dots


def _we_after_cut_parenthesis(f: PolicyFacts, s) -> bool:
    """"provided by X Co., Ltd. (registered address: ...; "Qingmu", "we")": the segmenter cut the parenthesis at its
    semicolon, so the defined-name pair that makes X "we" stands in the next piece, which closes the parenthesis."""
    if s.text.count("(") <= s.text.count(")") or s.index + 1 >= len(f.policy.sentences):
        return False
    nxt = f.policy.sentences[s.index + 1]
    return f.has("entity_is_us", nxt.index) and ")" in nxt.text and not f.has("legal_entity", nxt.index)


# "PixelHarbor is a cloud photo service provided by X Co., Ltd.": the opening of a policy saying who provides the
# service it covers names the handler, though "provided by" elsewhere names a third party's provider (an SDK's)
_OPENING_PROVIDER = re.compile(r"^\W*[\w\- ]{2,40}\b(?:is|are)\b[^.]{0,80}\b(?:provided|operated|offered|run)\s+by\b", re.IGNORECASE)
_OPENING_SPAN = 4  # the title, a date line or two, then the opening sentence


def _opening_provider(f: PolicyFacts, s) -> bool:
    """``s`` opens the policy and says the service it covers is provided by the entity it names (see above)."""
    return (s.index <= _OPENING_SPAN and "by" in s.text and bool(_OPENING_PROVIDER.search(s.text))
            and "SDK" not in s.text and not f.has("entrusted", s.index))


def handler_identity(f: PolicyFacts) -> Verdict:
    """PIPL 17(1)(1) / CSL 41: a legal entity named, and a way to contact it."""
    # a processor or contractor named is not the handler
    # (nor a third party's provider, such as the company behind an SDK), unless the sentence says it is "we"
    # a company's name on a line of its own (a signature or letterhead) names it too, and is quotable
    entity = [replace(s, heading=False) for s in f.where("legal_entity", headings=True) if (f.has("entity_is_us", s.index)
              or _we_after_cut_parenthesis(f, s) or _opening_provider(f, s)
              or not (f.has("entrusted", s.index) or f.has("third_party_word", s.index) or component_maker(s.text)))
              and names_an_entity(f, s, recipients_too=f.has("entity_is_us", s.index))]
    # an address or e-mail on a line of its own is a contact too (the segmenter takes short lines for headings)
    contact = _own_contacts_first(f, [replace(s, heading=False) for s in f.where("contact", headings=True)], entity)
    if entity and contact:
        return verdict("met", "The policy names a legal entity and gives a contact method.", [entity[0], contact[0]])
    if not entity:
        return verdict("omission", "No legal entity is named as the handler (a brand or 'we' is not a named handler).", contact[:1])
    return verdict("omission", "A legal entity is named but no contact method (e-mail, telephone or address) is given.", entity[:1])


def _own_contacts_first(f: PolicyFacts, contact: list, entity: list) -> list:
    """Contact sentences with the handler's own first: one that names another company ("support is provided by our
    affiliate X Pte. Ltd. (support@x.sg)", a processor's address) gives that company's contact, not the handler's."""
    own = {entity[0].index} if entity else set()  # the sentence quoted as naming the handler
    def names_another(s) -> bool:
        return s.index not in own and not f.has("entity_is_us", s.index) and f.has("legal_entity", s.index)
    return sorted(contact, key=names_another)  # stable: the text's order within each group


# "极光推送，由深圳市某某有限公司开发，用于消息推送" / "Crashlytics, developed by Google LLC, used for crash reports": an item
# of a list of embedded components names the company that made the component and what it is used for; that
# company is a third party, not the handler. "本应用由某某有限公司开发" / "This app is developed by ..." names the handler.
_COMPONENT_MAKER = re.compile(r"由[^。；，,]{2,60}?(?:公司|集团)[^。；，,]{0,4}?(?:开发|提供)[，,]\s*用于"
                              r"|\b(?:developed|provided|made) by [^.;]{2,80}?(?:Inc[.\u2024]?|LLC|Ltd[.\u2024]?|Limited|GmbH|Corp(?:oration)?[.\u2024]?|Co[.\u2024])\)?,? "
                              r"(?:and )?(?:is )?used (?:for|to)\b")
_OWN_PRODUCT = re.compile(r"本|我们|我方|\b(?:this|our) (?:app|application|service|website|site|platform)\b|\bwe\b", re.IGNORECASE)


def component_maker(text: str) -> bool:
    """The sentence names the maker of an embedded third-party component, not of this app (see above)."""
    if "由" not in text and " by " not in text:
        return False
    text = mask_legal_form_dots(text)  # "developed by X Co. Ltd. and used for": the window reads on over the form
    m = _COMPONENT_MAKER.search(text)
    return bool(m) and not _OWN_PRODUCT.search(text[max(0, m.start() - 30):m.start()])


# a possessive before the legal form describes a relation ("赛诺斯的集团公司", its group companies), not a name
# nor is "including but not limited" (a list, where "Limited" is no legal form)
_NOT_A_NAME = re.compile(r"(?:我们|您|你|其|本)的|关联|的(?:集团)?(?:公司|集团公司)$|our |its |their |\bnot limited$", re.IGNORECASE)


def names_an_entity(f: PolicyFacts, s, *, recipients_too: bool = True) -> bool:
    """A legal form preceded by a name, not "our group companies" (我们的集团公司). With ``recipients_too`` False, a
    company named after a verb of passing data on ("传输至我们位于新加坡的关联公司 X Pte. Ltd.", "transferred to X Ltd.")
    does not count: it receives the data, it is not the handler who speaks."""
    text = f.text_of(s)
    for cue in cues_for(f.policy.language).get("legal_entity", ()):
        for m in cue.finditer(text):
            before = text[:m.start()]
            if (not _NOT_A_NAME.search(m.group(0)) and not _labelled_recipient(f, before)
                    and (recipients_too or not _RECIPIENT_SLOT.search(before))):
                return True
    return False


def _labelled_recipient(f: PolicyFacts, before: str) -> bool:
    """The company is labelled as the recipient ("alıcının adını (X Pte. Ltd.)", "наименование получателя (X)",
    "the recipient's name (X)"; the language's ``recipient_slot`` cues, anchored at the name): the name of who
    receives the data, never the handler's, even in a sentence where "we" tell it."""
    return any(p.search(before) for p in cues_for(f.policy.language).get("recipient_slot", ()))


# a verb of passing data on, with its preposition, before the company named: the company is in the recipient's slot
_RECIPIENT_SLOT = re.compile(r"(?:传输|发送|提供|共享|分享|披露|转移|传送|传)(?:至|给|到)|与[^。，；]{0,20}共享"
                             r"|\b(?:transferred|transfer|sent|send|disclosed|disclose|provided|provide)\b[^.;]{0,60}\bto\b"
                             r"|\bshared? with\b", re.IGNORECASE)


# an open list of data ("including but not limited to") stays open whatever the sentence promises for new purposes
_NOT_LIMITED = re.compile(r"不限于|not limited to", re.IGNORECASE)
# a condition about data beyond those named ("如在上述情形以外还需收集…其他信息", "if we need to collect other information")
_MORE_DATA_IF = re.compile(r"(?:如|如果|若|倘若)[^。，]{0,20}(?:以外|之外|其他|其它|新的?)[^。]{0,20}(?:收集|使用)"
                           r"|\bif we (?:need|wish|want) to (?:collect|use) (?:any )?(?:other|additional|new)\b", re.IGNORECASE)


def _table_purposes(f: PolicyFacts) -> list:
    """Rows of a table whose header row says what we collect or use ("| Data | Why we collect it |") and whose
    own cells give a purpose ("| Account data | to create your account |"): each row ties data to a purpose."""
    sentences = f.policy.sentences
    out = []
    for s in f.where("purpose_stated"):
        if not s.text.lstrip().startswith("|") or not f.has("data_word", s.index):
            continue
        j = s.index
        while j > 0 and sentences[j - 1].text.lstrip().startswith("|") and s.index - j < 30:
            j -= 1
        if j < s.index and (f.has("we_collect", j) or f.has("we_use", j)):
            out.append(s)
    return out


def _function_table_rows(f: PolicyFacts) -> list:
    """Rows of a table whose header row names a column of functions or purposes beside the data ("业务功能 | 收集的信息 |
    是否必需"): each row ties the data in it to the function in its first cell (lawzh21). The header is the first row
    of the run of table rows the row belongs to."""
    if not f.hits.get("function_column"):
        return []
    sentences = f.policy.sentences
    out = []
    for s in sentences:
        if s.heading or not s.table_row or not f.has("data_noun", s.index):
            continue
        j = s.index
        while j > 0 and sentences[j - 1].table_row and s.index - j < 30:
            j -= 1
        if j < s.index and f.has("function_column", j):
            out.append(s)
    return out


def _under_purpose_heading(f: PolicyFacts, s: Sentence) -> bool:
    """The nearest heading above titles the section "Purposes" / "Цели" / "Məqsədlər": within three lines, or
    further up where every line between is a member of the same enumeration ("3. Finalidades / a) ...; b) ...;
    c) ...; d) cualquier otra finalidad"): the last member of a long list is as much under the title as the first."""
    h = f.heading_above(s, 3)
    if h is None and f.opens_item_line(s):
        i = s.index - 1
        while i >= 0 and s.index - i <= 15 and not f.policy.sentences[i].heading and f.opens_item_line(f.policy.sentences[i]):
            i -= 1
        h = f.policy.sentences[i] if i >= 0 and f.policy.sentences[i].heading else None
    return h is not None and _heading_is_purposes(f, h.index)


def _heading_is_purposes(f: PolicyFacts, i: int) -> bool:
    """Whether heading ``i`` is a bare purposes title (the cue anchors the whole line)."""
    text = f.policy.sentences[i].text
    return any(c.search(text) for c in cues_for(f.policy.language).get("purpose_heading", ()))


# a line opened by a clause number of any depth ("2.5 ", "3.1.2. ") or a list marker
_NUMBERED_LINE = re.compile(r"[ \t]*(?:\d{1,2}(?:\.\d{1,2}){1,3}\.?|\(?\d{1,2}[.)]|[a-z]\)|[-–•*·])\s")


def _item_line(f: PolicyFacts, s: Sentence) -> bool:
    """``s`` opens a line that is an item of a numbered or bulleted list (sub-numbers "2.5" too)."""
    text = f.policy.text
    line_start = text.rfind("\n", 0, s.start) + 1
    return s.start - line_start <= 10 and (f.opens_item_line(s) or bool(_NUMBERED_LINE.match(text, line_start)))


def processing_scope(f: PolicyFacts) -> Verdict:
    """PIPL 17(1)(2): purposes, methods and categories stated and closed."""
    strong, changing, open_lists = _open_scope_sentences(f)
    if open_lists:
        open_lists = _open_lists_shown(f, strong, changing, open_lists)
        return verdict("contravention", "Categories or purposes are left open ('including but not limited to', 'other purposes', open lists), so the scope of processing is not stated.", open_lists)
    purposes = _stated_purposes(f)
    if purposes:
        return verdict("met", "Purposes are stated for the data collected and no open-ended category or purpose was found.", purposes[:2])
    return verdict("omission", "No purpose of processing is stated.")


# other purposes forbidden: a negated modal or verb of use before "(any) other purpose(s)" in the same clause
_OTHER_USE_FORBIDDEN = re.compile(
    r"\b(?:may|must|can|shall|will|do|does|are|is)\s*(?:not|never|n't)\b[^.;]{0,80}\bfor (?:any )?other purposes?\b"
    r"|\bno (?:podrá|podrán|puede|pueden|deberá|deberán|utiliza\w*|usa\w*|trata\w*)\b[^.;]{0,80}\b(?:otros fines|otras finalidades|cualquier otr[oa] (?:fin|finalidad))"
    r"|\bне (?:вправе|могут|может|будут|будем|использу\w+|обрабатыва\w+)\b[^.;]{0,80}\b(?:ины|други|любы)\w* цел"
    r"|(?:digər|başqa|hər hansı (?:digər|başqa)) məqsəd\w*[^.;]{0,60}(?:istifadə edə bilməz|istifadə etmir|istifadə edilmir|istifadə olunmur)",
    re.IGNORECASE)


def _open_scope_sentences(f: PolicyFacts) -> tuple[list, list, list]:
    """The sentences that leave the scope open: ``strong`` ("including but not limited to", functions to come),
    ``changing`` (a scope the policy says will change, accepted in advance) and all open lists of data or purposes."""
    # an open list only matters where data is collected or a purpose stated (not "firewalls etc.")
    # "including but not limited to" in a penalties clause leaves no category of data open
    # nor does an open list of risks, sanctions or intellectual property
    in_lists = {i.index for _, items, _ in f.exception_lists for i in items}
    # "tutors may not keep or use your information for any other purpose": other purposes named only to forbid them
    # close the scope; they do not open it (lawmix15)
    in_lists |= {s.index for fact in ("open_scope_strong", "open_scope") for s in f.where(fact) if _OTHER_USE_FORBIDDEN.search(s.text)}

    strong = [s for s in f.where("open_scope_strong") if not f.has("definition", s.index) and _about_data(f, s, in_lists, strong=True)
              and not _opened_by_examples_only(f, s) and not _safeguards(f, s)]
    # data collected "for other functions to come" leaves the purpose open, unless consent is promised for them
    strong += [s for s in f.where("future_purpose") if s not in strong and not f.has("seek_consent", s.index)
               and not f.negated(s) and _about_data(f, s, in_lists, strong=True)]
    # "as later versions come, the scope of what we record will change; using them is deemed consent to the change":
    # the scope is open by the policy's own words, and accepted in advance, whatever data the sentence names
    changing = [s for s in f.all_of("open_scope_strong", "deemed_consent") if not f.negated(s) and not f.has("definition", s.index)]
    strong += [s for s in changing if s not in strong]
    open_lists = strong + [s for s in f.where("open_scope") if not f.has("definition", s.index) and _about_data(f, s, in_lists)
                           and (f.has("collect_verb", s.index) or f.has("purpose_stated", s.index)
                                or (s.intro is not None and f.has("collect_verb", s.intro))
                                # a bare list of data under "Data we collect" ("Nombre, teléfono, ..., entre otros.")
                                or (f.in_collection_section(s) and not s.heading))
                           and not f.has("security_measure", s.index) and not _opened_by_examples_only(f, s)
                           and not _lists_recipients(f, s) and not _POLICY_CONTENTS.search(s.text)]
    return strong, changing, open_lists


def _open_lists_shown(f: PolicyFacts, strong: list, changing: list, open_lists: list) -> list:
    """The open lists in the order they show the point: open data or purposes first, consent promised last."""
    # an open list of data or purposes first; "including but not limited to the products you applied for"
    # leaves products open, not data
    # then one saying what we collect before a definition ("'Personal Information' is information such as
    # your name") or a sentence on the policy's reach; last, "if we use it for another purpose we will ask
    # your consent first", which closes the scope rather than opens it
    strong_set = {s.index for s in strong}  # "including but not limited to" leaves a list open beyond doubt
    # a list of safeguards ("we require partners to protect it, including but not limited to by data protection
    # agreements") leaves no category of data open: it comes after the others (data the policy calls
    # "non-personal" keep their place: device data so called are still data collected)
    open_lists.sort(key=lambda s: (_promises_consent(f, s), s not in changing,
                                   f.has("security_measure", s.index) and not f.has("open_purpose", s.index),
                                   not _opens_data(f, s), s.index not in strong_set,
                                   not (f.has("we_collect", s.index) or f.has("we_use", s.index))))
    return open_lists


def _of_purposes(f: PolicyFacts, s: Sentence) -> bool:
    """A list item under "we use your information for the following purposes:" ("- and other purposes.")."""
    return s.intro is not None and (f.has("purpose_stated", s.intro) or f.has("we_use", s.intro)) and f.has("data_word", s.intro)


def _about_data(f: PolicyFacts, s: Sentence, in_lists: set[int], strong: bool = False) -> bool:
    """A list of data or purposes, not of risks, sanctions, content or cases (``in_lists``: the cases of exception lists)."""
    if (f.has("non_personal_claim", s.index) and (f.has("device_data", s.index) or f.has("open_scope_strong", s.index))
            and not f.has("not_scope", s.index)):
        return True  # identifiers called "non-personal" ("such as your Android ID, IMEI, etc.") are still data collected
    # "for other purposes not prohibited by law" is the open formula itself, not a list of prohibitions
    lawful_formula = f.has("open_scope_strong", s.index) and f.has("lawful_formula", s.index)
    if (f.has("not_scope", s.index) and not lawful_formula) or s.index in in_lists or f.has("non_personal_claim", s.index) or f.negated_with_lead(s):
        return False
    if f.has("negation", s.index) and f.has("any_consent", s.index):
        return False  # "we will not use it for other purposes unless you consent again" closes the scope
    if (f.has("negation", s.index) and f.has("exception_marker", s.index) and f.has("other_purpose_use", s.index)
            and not f.has("without_consent", s.index) and not _NOT_LIMITED.search(s.text)):
        return False  # "unless you choose so or the law requires, we will not use it for other purposes" too
    if (f.has("other_purpose_use", s.index) and f.has("seek_consent", s.index) and not f.has("deemed_consent", s.index)
            and not f.has("without_consent", s.index) and not _NOT_LIMITED.search(s.text)):
        return False  # "for a purpose not stated here we will ask your consent first" closes it too (PIPL 14 para 2)
    if (f.has("seek_consent", s.index) and _MORE_DATA_IF.search(s.text) and not f.has("deemed_consent", s.index)
            and not f.has("without_consent", s.index) and not _NOT_LIMITED.search(s.text)):
        return False  # "should we need other information beyond these cases, we will ask your consent first" closes it
    if (f.has("retention", s.index) and not (f.has("we_collect", s.index) or f.has("we_use", s.index)
                                              or f.has("purpose_stated", s.index))):
        return False  # "Other information is kept for three years": the rest of the data, measured for keeping
    if not strong and f.has("user_can", s.index) and not (f.has("we_collect", s.index) or f.has("we_use", s.index)):
        return False  # "you can edit your name, age etc." lists what you may change, not what we collect
    if strong and (f.has("data_word", s.index) or _of_purposes(f, s)):
        return True
    if strong and _under_purpose_heading(f, s):
        return True  # "3. Цели обработки" / "..., а также иные цели": an open purpose in the purposes section
    if strong and f.has("open_purpose", s.index) and f.section_is(s, "data_word"):
        return True  # "5. other uses the law allows" in a list under "how we use information": an open purpose
    # an item of a list whose intro says what is done with the data ("360 uses the information it collects in
    # the following ways:" / "Perform other activities consistent with this policy") is about that data
    intro_on_data = s.intro is not None and (
        (f.has("data_word", s.intro) and (f.has("collect_verb", s.intro) or f.has("we_use", s.intro) or f.has("purpose_stated", s.intro)))
        or ((f.has("we_collect", s.intro) or f.has("we_use", s.intro)) and f.has("data_word", s.index)))  # "We collect:" / "(e) any other information"
    # (lawmix12) an item line of the section on what is collected ("2.5 Cualquier otra información que sea necesaria")
    # is an item of that list, with no verb of its own
    return ((f.has("data_word", s.index) and (f.has("collect_verb", s.index) or f.has("list_is_collection", s.index)
                                               or (f.in_collection_section(s) and _item_line(f, s))))
            or f.has("data_list", s.index) or intro_on_data
            or f.has("purpose_stated", s.index) or f.has("we_collect", s.index)
            or (s.index > 0 and (f.has("we_collect", s.index - 1)
                                 or (f.has("data_word", s.index - 1) and f.has("collect_verb", s.index - 1)))))


# a list of safeguards under a security heading ("staff management, including but not limited to access
# rights by role and confidentiality agreements") leaves no category of data or purpose open
def _safeguards(f: PolicyFacts, s: Sentence) -> bool:
    return (f.has("security_measure", s.index) and f.section_is(s, "security_heading") and not f.has("open_purpose", s.index)
            and not (f.has("we_collect", s.index) or f.has("we_use", s.index)))


# "本政策主要包括以下内容：◼…◼…", "This policy covers the following sections:": a table of contents lists the policy's
# own parts; "mainly includes" there leaves no category of data or purpose open
_POLICY_CONTENTS = re.compile(r"(?:本|此|该)(?:隐私)?(?:政策|指引|声明|协议)[^。：:]{0,6}包括(?:以下|如下)(?:内容|部分|章节|几个部分)"
                              r"|(?i:\bthis (?:privacy )?(?:policy|notice|statement) (?:mainly )?(?:covers|contains|includes|consists of) the following (?:sections|parts|topics))")


def _stated_purposes(f: PolicyFacts) -> list[Sentence]:
    """The sentences that state a purpose of processing, in the order of the rules below (the first two are quoted)."""
    # a purpose tied to what we collect or use ("we collect X to ...", "we use your data to ..."), not any
    # sentence with "to" and "provide"
    # ("我行会记录您的交易信息…，用于防范欺诈": "we record" is collecting, as we_collect reads it, whatever the verb)
    purposes = [s for s in f.all_of("purpose_stated", "collect_verb")
                if f.has("we_collect", s.index) or f.has("we_use", s.index) or f.has("list_is_collection", s.index)]
    purposes += [s for s in f.all_of("purpose_stated", "we_collect") if s not in purposes]
    purposes += _table_purposes(f)
    purposes += [s for s in _function_table_rows(f) if s not in purposes]
    # "Usamos sus datos para procesar sus pedidos": what we use the data for, with no verb of collecting
    purposes += [s for s in f.all_of("purpose_stated", "we_use") if f.has("data_word", s.index) and s not in purposes
                 and not f.has("security_measure", s.index)]
    # "Finalidades primarias: crear su cuenta; procesar sus pedidos; ...": a purposes label opening its list
    purposes += [s for s in f.where("purpose_label") if not s.heading]
    # "3. Цели" / "Бронирование услуг, оплата, поддержка": the lines of a section titled "Purposes" are the purposes
    purposes += [s for s in f.policy.sentences if not s.heading and s.index > 0 and _under_purpose_heading(f, s)]
    # "1.1 会员注册：手机号码、微信昵称。用于创建会员账户。": a subjectless
    # "used for" right after the sentence naming the data states the purpose of those data
    purposes += [s for s in f.where("purpose_stated") if s not in purposes and s.index > 0 and _USED_FOR.match(s.text)
                 and f.has("data_noun", s.index - 1) and not f.has("security_measure", s.index)]
    # "1. 我们处理哪些信息" / "1.2 身体信息：性别、身高、体重，用于计算卡路里消耗。": under a title on the data collected or
    # processed, a line naming data and what they are used for states the purpose of those data (its subject is the title's)
    purposes += [s for s in f.where("purpose_stated") if s not in purposes and f.has("data_noun", s.index)
                 and s.section and _DATA_SECTION.search(s.section) and not f.has("security_measure", s.index) and not f.negated(s)]
    # "1.1 账号注册：手机号码、验证码；" under the same kind of title: the run-in label names the function the data serve
    purposes += [s for s in f.policy.sentences if not s.heading and s not in purposes and s.section
                 and _DATA_SECTION.search(s.section) and _function_label(f, s)]
    return purposes


# a Chinese run-in label of a few characters before a colon, after any clause number ("1.1 账号注册：…", "（二）实名购票：…")
_HAN_LABEL = re.compile(r"^\W*(?:\d{1,2}(?:\.\d{1,2})*\.?|[（(]?[一二三四五六七八九十\d]{1,2}[）)、.．])?\s*([\u4e00-\u9fff]{2,10})[：:]")
# labels that name no function: a remainder, a note, an example
_EMPTY_LABELS = frozenset({"其他", "其它", "其他信息", "说明", "注", "注意", "备注", "例如", "比如", "提示", "重点提示"})


def _function_label(f: PolicyFacts, s: Sentence) -> bool:
    """``s`` opens on a label naming a function ("账号注册", "实名购票") and goes on to name the data it takes: the
    Chinese layout that ties data to the function they serve, as "用于…" does. Not a label that is itself a data category
    ("设备信息：型号、IMEI"), which ties the data to nothing."""
    m = _HAN_LABEL.match(s.text)
    if not m or f.policy.language != "zh":
        return False
    label, rest = m.group(1), s.text[m.end():]
    return (label not in _EMPTY_LABELS and not f.says("data_noun", label) and not f.says("data_word", label)
            and f.says("data_noun", rest) and not f.negated(s))


# the title of a section on the data collected, processed or used ("我们处理哪些信息", "我们如何使用信息"); the labelled line
# "类别：数据，用于…" is a Chinese layout (English sections state purposes in sentences the rules above read)
_DATA_SECTION = re.compile(r"(?:收集|处理|使用|采集|获取)[^。，]{0,6}(?:信息|数据)")


# a sentence with no subject that opens on "used for" ("用于…")
_USED_FOR = re.compile(r"\W*(?:用于|用来)")


# what the open list goes on to name: a few characters in Chinese, a few words (about 40 letters) in
# languages that write words apart ("not limited to, the Internet protocol address")
_OPEN_TAIL = (re.compile(r"不限于[：:，\s]*(.{0,15})"), re.compile(r"not limited to[:,\s]*(.{0,40})", re.IGNORECASE))


_COMMA_EXAMPLE = re.compile(r"[，,]\s*(?:例如|比如)")
# "各项服务（内容浏览、推荐、搜索等）": a bracketed enumeration closed by 等, naming the parts of a service
_ENUM_PAREN = re.compile(r"[（(][^（）()]{1,30}、[^（）()]{1,30}等[）)]")


def _opened_by_examples_only(f: PolicyFacts, s: Sentence) -> bool:
    """What reads as an open list but closes nothing off, with no other open list in the sentence:
    - a parenthesis of examples illustrating a noun that is no kind of data or purpose ("ask your guardian (for
      example your parents)", "stored locally (for example in the app's cache)");
    - other purposes bound to a notice the person has had ("及其他我们明确告知的目的")."""
    cues = cues_for(f.policy.language)
    told = cues.get("told_purpose", ())
    nouns = cues.get("data_noun", ())
    has_paren = "（" in s.text or "(" in s.text
    enum_paren = has_paren and "等" in s.text
    if not (told and f.has("told_purpose", s.index)) and not (nouns and (has_paren or _COMMA_EXAMPLE.search(s.text))):
        return False
    dropped = False

    def drop(m) -> str:
        nonlocal dropped
        lead = s.text[max(0, m.start() - 6):m.start()]
        if any(c.search(lead) for c in nouns):
            return m.group(0)  # "联系方式（例如手机号码）", "device data (such as ...)": examples of data
        dropped = True
        return ""

    bare = PolicyFacts._EXAMPLE.sub(drop, s.text) if nouns and has_paren else s.text
    if nouns and enum_paren:
        # "we provide the services (browsing, search, comments etc.)": an open list of features after a noun that
        # is no kind of data or purpose says what the service is; the purpose (providing it) stays closed.
        # Data in the brackets ("功能（定位信息、通讯录等）") keep the list open.
        def drop_enum(m) -> str:
            nonlocal dropped
            lead = bare[max(0, m.start() - 6):m.start()]
            if any(c.search(lead) or c.search(m.group(0)) for c in nouns):
                return m.group(0)
            dropped = True
            return ""
        bare = _ENUM_PAREN.sub(drop_enum, bare)
    if nouns and _COMMA_EXAMPLE.search(bare):  # "定制化服务，例如推荐搜索结果": an example of a service, not of data
        def drop_comma(m) -> str:
            nonlocal dropped
            lead = bare[max(0, m.start() - 6):m.start()]
            if any(c.search(lead) for c in nouns):
                return m.group(0)
            dropped = True
            return m.group(0)[0]
        bare = _COMMA_EXAMPLE.sub(drop_comma, bare)
    for c in told:
        bare, n = c.pattern.subn("", bare)
        dropped = dropped or n > 0
    return dropped and not any(c.search(bare) for fact in ("open_scope", "open_scope_strong") for c in cues.get(fact, ()))


# examples that follow a clause entrusting processing ("委托服务商处理您的个人信息，例如委托…"): they illustrate the entrustment
_ENTRUST_EXAMPLE = re.compile(r"委托[^。]{0,40}[，,]\s*(?:例如|比如)")
# the examples a sentence gives name data ("，例如姓名、手机号码")
_EXAMPLE_DATA = re.compile(r"(?:例如|比如)[^。；，]{0,12}(?:姓名|手机|电话|号码|地址|位置|设备|信息|数据|记录|照片)")


def _lists_recipients(f: PolicyFacts, s: Sentence) -> bool:
    """"We send it to partners (such as handset makers, carriers etc.)": in a sentence that gives data to a
    recipient, an open list naming no data or purpose lists recipients, which the sharing keys judge."""
    # "我们委托服务商处理您的个人信息，例如委托服务商提供客服系统和云存储服务": examples of the processors entrusted (and of
    # what they do for us), naming no data, are recipients too
    entrusted = f.has("entrusted", s.index) and bool(_ENTRUST_EXAMPLE.search(s.text)) and not _EXAMPLE_DATA.search(s.text)
    if not ((f.has("recipient", s.index) or entrusted) and (f.has("share_verb", s.index) or f.has("transfer_verb", s.index) or entrusted)) or f.has("we_collect", s.index):
        return False
    cues = cues_for(f.policy.language)
    spans = [m.group(0) for c in cues.get("open_scope", ())
             for m in c.finditer(f.text_of(s))]
    return bool(spans) and not any(n.search(span) for span in spans for n in cues.get("data_noun", ()))


def _promises_consent(f: PolicyFacts, s) -> bool:
    """"Before we use your data for a purpose not stated here we will ask for your consent": a promise about
    other purposes, not an open purpose."""
    return (f.has("other_purpose_use", s.index) and f.has("seek_consent", s.index)
            and not f.has("deemed_consent", s.index) and not f.has("without_consent", s.index))


def _opens_data(f: PolicyFacts, s) -> bool:
    """Whether what follows "including but not limited to" names data or purposes (other open lists: yes)."""
    tails = [t for rx in _OPEN_TAIL for t in rx.findall(s.text)]
    if not tails:
        return True
    if not any(t.strip() for t in tails):  # "the data we collect include, but are not limited to:" + a list
        tails = [s.text]
    nouns = cues_for(f.policy.language).get("data_noun", ())
    return any(c.search(t) for t in tails for c in nouns)


# the opening of a list of cases in which the retention period may be changed or extended ("在下列情况下，我们有可能
# …更改个人信息的存储时间：", "We may keep your data longer in the following cases:")
_RETENTION_CHANGE = re.compile(r"(?:更改|变更|延长|调整)[^。：:]{0,12}(?:存储|保存|保留|留存)(?:的)?(?:时间|期限|期间|期)"
                               r"|(?:延长|更长时间)[^。：:]{0,8}(?:存储|保存|保留|留存)"
                               r"|\b(?:extend|prolong|change)\w*[^.:]{0,30}\bretention (?:period|time)"
                               r"|\b(?:keep|retain|store)\w*[^.:]{0,40}\blonger\b"
                               r"|продл\w+[^.:]{0,20}срок\w* хранения|(?:ampliar|prorrogar|extender)[^.:]{0,20}plazo de conservación",
                               re.IGNORECASE)


# a place the person's own deletions wait in, where he can restore them
_UNDO_BIN = re.compile(r"回收站|垃圾箱|废纸篓|最近删除|\b(?:trash|recycle bin|bin|recently deleted)\b|papelera|корзин", re.IGNORECASE)


def _extended_for_own_ends(f: PolicyFacts) -> list[Sentence]:
    """The cases of such a list (see above) that name a ground of the company's own (its rights, its agreements,
    legitimate interests): the data are then kept as long as the company's interests need, not the purpose. The
    cases that name a legal duty ("为遵守法院判决") extend retention lawfully and show nothing adverse."""
    sentences = f.policy.sentences
    opens: dict[int, bool] = {}  # each intro read once
    out = []
    for s in sentences:
        if s.intro is None or s.heading:
            continue
        if s.intro not in opens:
            text = sentences[s.intro].text
            opens[s.intro] = text.rstrip("* ").endswith((":", "：")) and bool(_RETENTION_CHANGE.search(text))
        if opens[s.intro] and grounds_beyond_pipl13(f, s.index):
            out.append(s)
    return out


def _floor_only(f: PolicyFacts) -> list:
    """"存储期限…最低不少于6个月" / "we keep it for at least six months": a minimum with no maximum, no deletion
    once it has passed and no statute that sets it (in the sentence or the next) bounds nothing: the data may be
    kept as long as the company likes."""
    found = []
    sentences = f.policy.sentences
    for s in f.where("retention_floor"):
        if f.negated(s) or any(f.has("retention_ceiling", i) for i in (s.index, s.index + 1)):
            continue
        # "依法保存，保存期限不少于五年（依据《…管理办法》）", "at least five years as the AML Law requires": the minimum is
        # the statute's, not a period the company leaves open for itself
        if any(_STATUTE.search(x.text) for x in sentences[s.index:s.index + 2]):
            continue
        # "使用日志保存不少于六个月": six months on network logs is CSL art. 21(3)'s own minimum, named or not (lawzh21)
        if _LOG_FLOOR.search(s.text):
            continue
        found.append(s)
    return found


# network or access logs kept at least six months, CSL art. 21(3)'s floor
_LOG_FLOOR = re.compile(r"日志[^。；]{0,12}(?:不少于|至少|不低于|最少)\s*(?:六|6)\s*个?月|日志[^。；]{0,12}(?:不少于|至少|不低于)\s*180\s*[日天]"
                        r"|\blogs?\b[^.;]{0,40}\b(?:at least|no less than|not less than|a minimum of) (?:six|6) months\b", re.IGNORECASE)


# a statute named as the source of a duty by its title: "依据《…管理办法》", "the Anti-Money Laundering Act"
# (a statute named by its title: "按照法律及相关法规规定，最低不少于6个月" names none, and leaves the period as open as before)
_STATUTE = re.compile(r"《[^》]{2,40}(?:法|条例|办法|规定|规则|准则)》|\b[A-Z]\w+(?: [A-Z]\w+)* (?:Act|Law)\b|«[^»]{2,60}»")


# a heading that asks or names how long data are kept ("How long we keep it", "Retention", "Plazos de conservación",
# "Saxlama müddəti"), and a row under it that gives a period ("90 days after delivery", "hasta que…", "5 il")
_KEEP_HEADING = re.compile(r"\bhow long\b|\bretention\b|\bretain|\bkeep\b|\bconserva|\bcuánto tiempo\b|\bplazos?\b"
                           r"|\bsaxla|\bmüddət|\bсрок\w* хранения|\bхран[ия]|保存期限|存储期限|保留期限", re.IGNORECASE)
_ROW_PERIOD = re.compile(r"\b\d+\s*(?:hours?|days?|weeks?|months?|years?|horas|días|semanas|meses|años|saat|gün|həftə|ay|il"
                         r"|час\w*|дн\w*|недел\w*|месяц\w*|год\w*|лет)\b"
                         r"|\b(?:one|two|three|four|five|six|seven|ten|twelve|thirty|ninety) (?:days|weeks|months|years)\b"
                         r"|\buntil\b|\bhasta (?:que|el|la|su)\b", re.IGNORECASE)


_STATED_LIMITATION = re.compile(
    r"(?:prescripción|limitation periods?)\b[^.]{0,60}?\(?(?:[^.()]{0,20}\b)?(?:\d+|uno|dos|tres|cuatro|cinco|seis|siete|diez"
    r"|one|two|three|four|five|six|seven|ten) (?:años|years)\b", re.IGNORECASE)


def _rows_under_keep_heading(f: PolicyFacts) -> list[Sentence]:
    """Lines under a retention heading (within a few lines, before any other heading), or rows of a table whose
    header row names a retention column ("Purpose | Information used | How long we keep it"), that give a period."""
    rows = []
    for s in f.policy.sentences:
        if s.heading or not _ROW_PERIOD.search(s.text) or f.has("retention_vague", s.index):
            continue
        h = f.heading_above(s, 8)
        if (h is not None and _KEEP_HEADING.search(h.text)) or _keep_column_above(f, s):
            rows.append(s)
    return rows


def _keep_column_above(f: PolicyFacts, s: Sentence) -> bool:
    """``s`` is a row of a table whose first row (the header, reached up the unbroken run of rows) names a retention
    column: the column carries the verb, each row's cell in it the period (lawmix21)."""
    if not s.table_row:
        return False
    sentences = f.policy.sentences
    i = s.index
    while i > 0 and sentences[i - 1].table_row:
        i -= 1
    return i < s.index and bool(_KEEP_HEADING.search(sentences[i].text))


# the end of the relationship the data served: membership expired, contract ended, account closed
_KEPT_PAST_END = re.compile(r"(?:到期|终止|结束|注销|届满|退会|失效)(?:之)?后|(?i:\bafter (?:the |your )?(?:membership|account|contract|subscription|service)"
                            r"\w* (?:ends|has ended|expires|has expired|is closed|terminates|is terminated|lapses))")


def retention_period(f: PolicyFacts) -> Verdict:
    """PIPL 17(1)(3), 19: a retention period or criterion, and none left to the company's discretion."""
    if f.holds_nothing:
        return verdict("not-applicable", "The policy says it collects and keeps no information, so there is nothing to keep.", f.where("holds_nothing")[:1])
    # "durante los plazos de prescripción legales (en general, cinco años)": a limitation period whose length is
    # stated is a fixed period, not retention left open
    open_ended = [s for s in f.where("retention_open") if not _STATED_LIMITATION.search(s.text)]
    open_ended += _extended_for_own_ends(f) + _floor_only(f)
    # "и ещё 3 года после её удаления для защиты наших законных интересов": kept past the end of the account for a
    # ground of the company's own, not a legal duty: beyond what the purpose needs (lawmix16)
    open_ended += [s for s in f.where("kept_after_exit") if f.has("retention", s.index) and not f.negated(s)
                   and grounds_beyond_pipl13(f, s.index) and s not in open_ended]
    if open_ended:
        return verdict("contravention", "Retention is left to the company's discretion or is indefinite, not limited to what the purpose needs.", open_ended)
    # "we keep your data for 36 months after you close your account": kept past the end of the purpose, with no
    # legal duty named in the same sentence (PIPL 47 asks for deletion once the account is cancelled)
    # (anonymised data kept after the account is closed are no personal information: "注销后仍保留匿名化的统计数据")
    # (nor is an item the person deleted kept where he can restore it, "笔记会在回收站保留30天，之后永久删除", "kept in
    # the trash for 30 days": a grace period for his own undo, ended by deletion, serves him, not the company)
    after_exit = [s for s in f.where("retention_after_exit") if not f.has("retention_reason", s.index)
                  and not f.has("anonymous_data", s.index) and not _UNDO_BIN.search(s.text)]
    if after_exit:
        return verdict("contravention", "Data are kept for a period after deletion or account cancellation with no legal duty named, beyond what the purpose needs.", after_exit)
    # "为便于开展会员回访和营销活动，您的信息将在会员卡到期后继续保留五年" / "we keep your details for five years after your
    # membership ends to send you offers": kept once the service is over, for the company's marketing, not the purpose
    for_marketing = [s for s in f.where("retention") if f.has("beyond_contract", s.index) and _KEPT_PAST_END.search(s.text)
                     and not f.has("retention_reason", s.index) and not f.negated(s) and not f.has("anonymous_data", s.index)]
    if for_marketing:
        return verdict("contravention", "Data are kept after the service ends for marketing, the company's own ends, beyond what the purpose needs.", for_marketing)
    # "we may retain it for a period of time" names no period and no criterion
    found = [s for s in f.where("retention") if not f.has("retention_vague", s.index)]
    if found:
        return verdict("met", "A retention period or criterion is stated.", found[:2])
    # a table or list under "HOW LONG WE KEEP IT" ("| Gift messages | 90 days after delivery |"): the heading carries
    # the verb and each row the period, so the rows state the retention period
    rows = _rows_under_keep_heading(f)
    if rows:
        return verdict("met", "A retention period or criterion is stated.", rows[:2])
    # "we keep it for a period of time" is the retention clause a lawyer points to: it names no period
    vague = [s for s in f.where("retention") if f.has("retention_vague", s.index)]
    # "we will destroy or de-identify the data after a reasonable period of time" is such a clause too
    vague += [s for s in f.where("retention_vague") if s not in vague and f.has("data_word", s.index)]
    return verdict("omission", "No retention period or criterion for deletion is stated.", vague[:2])


# "行使(上述/您的)权利" / "exercise (these/your) rights": the person's rights offered as a whole
_EXERCISE_RIGHTS = re.compile(r"行使[^。，；]{0,8}权利|\bexercis(?:e|ing) (?:any of |all )?(?:these |your |the above |the following |such )?rights\b",
                              re.IGNORECASE)


# a numbered step ("1、进入掌阅精选后，点击“我的”"): the ways a "in the following ways:" line announces
_STEP = re.compile(r"^[\s*]*(?:\d{1,2}|[一二三四五六七八九十])[、.．)）]\s*\S")


def _semicolon_run(f: PolicyFacts, s: Sentence) -> bool:
    """A member of a list opened by a colon in a sentence that gives the person a right and run on by semicolons
    ("you have the right to: know ...; request that we correct ...; request that we delete ..."): the segmenter
    cuts at each semicolon, and the later members offer their right through the opening one."""
    sentences = f.policy.sentences
    # without the colon too, a member that names no actor of its own ("您可以在“我的”中查看…；在“云录像”中删除录像；在
    # “设置”中注销账户。", "You can edit it in Settings; delete clips in Cloud; close your account in Account.") carries on
    # the opening clause's "you can": the modal's scope runs to the full stop (a member opening on a bare modal, "可以在
    # “设置”中注销账号", "and may close the account", or a bare place, "；在“设置-账号安全”中注销账号", has dropped its
    # subject: zero anaphora)
    own_actor = bool(_OWN_ACTOR.match(s.text))
    i = s.index - 1
    while i >= 0 and s.index - i <= 8 and sentences[i].text.rstrip().endswith((";", "；")):
        head = sentences[i]
        if f.has("user_can", i) and (not own_actor or ":" in head.text or "：" in head.text):
            return True
        i -= 1
    return False


# a clause that opens on an actor of its own ("我们…", "您的监护人…", "We …", "Your guardian …") is not run on from the one before
_OWN_ACTOR = re.compile(r"^\W*(?:我们|我方|本公司|公司|平台|您|你|用户|监护人|(?i:we|our|you|your|the company|users?)\b)")


# a line cut off mid-sentence ends in a hyphen, a list comma or a word that needs what follows ("在个人中心-")
_CUT_OFF = re.compile(r"[-–—、，,（(的和或及与在]\s*$")
# a line that starts on a particle carries on the line before ("…APP" / "的在线客服申请注销此前注册的账户。")
_CONTINUES = re.compile(r"^\s*[的之地得等]")


# a denial that the service keeps accounts at all (lawmix15)
_NO_ACCOUNTS = re.compile(r"(?i:учётн\w+ запис\w+|учетн\w+ запис\w+|аккаунт\w*|личн\w+ кабинет\w*)[^.]{0,30}\bне (?:создаются|создаём|создаем|ведутся|требуются)"
                          r"|\bno (?:se )?(?:crean|creamos|requiere\w*|necesita\w*) (?:ninguna )?cuentas?\b"
                          r"|\b(?:do(?:es)?|will) not (?:need|require|have|create|keep) (?:an |any |user )?accounts?\b|\bno (?:user )?accounts? (?:is|are) (?:needed|required|created)\b"
                          r"|hesab\w* (?:yaradılmır|tələb olunmur|açılmır)")
_ACCOUNT_CUE_LANGS = frozenset({"en", "es", "ru", "az"})  # cues/<lang>.toml defines user_account
# an arrow between steps of a path through the app's menus
_PATH = re.compile(r"\S\s*(?:→|->|>|＞)\s*\S.*(?:→|->|>|＞)")

# a list item opening on a short run-in label before its text ("Access and correct your data: …", "Silmək: …")
_RUN_IN_LABEL = re.compile(r"^\W*([^:：.;!?]{2,60})[:：]\s*(?=\S)")
# a place in the app: one step along a menu ("Cloud > Settings") or a menu named in quotes ("\"Profil\" bölməsində")
_APP_PLACE = re.compile(r"\S\s*(?:→|->|>|＞)\s*\S|[\"«“„][^\"»”]{1,40}[\"»”]")


# a section on the person's rights ("5. Your rights", "Sus derechos", "Ваши права", "Hüquqlarınız", "6. 您的权利")
_RIGHTS_SECTION = re.compile(r"(?i:\brights\b|\bderechos\b|\bправа\b|hüquq)|权利")
# what a bare verb label ("Delete:", "Düzəltmək:") acts on, in the section on rights: the person's data
# (a Chinese label names verb and object run together, "删除健康数据：": the object it names, data of any kind, is the
# person's information the section is about)
_DATA_OBJECT = {"en": "your personal information", "es": "sus datos", "ru": "персональные данные", "az": "məlumatlarınızı",
                "zh": "您的个人信息"}
# what joins the members of a label ("Access and export", "Acceso, rectificación y supresión", "Baxmaq və endirmək")
_LABEL_JOIN = re.compile(r",|/|\s(?:and|or|y|e|o|и|или|və|yaxud)\s")
# a gesture in the app that does it ("by swiping left on them", "tap", "deslice", "нажмите", "toxunun")
_GESTURE = re.compile(r"(?i:\b(?:tap|swip|click|press)\w*|\btoque\w*|\bdesliz\w*|\bнажм\w*|\bпроведите\b|\btoxun\w*|\bsürüşdür\w*)")


def _label_names(f: PolicyFacts, label: str, fact: str, section: str) -> bool:
    """The run-in label names the right: in its own words, or, a bare verb of at most three words in the section on
    rights ("Correct:", "Düzəltmək:"), as the verb of the person's data (the section supplies the object)."""
    if f.says(fact, label):
        return True
    obj = _DATA_OBJECT.get(f.policy.language)
    if obj is None or not _RIGHTS_SECTION.search(section or ""):
        return False
    # a label joining rights ("Acceso, rectificación y supresión", "Baxmaq və endirmək"): each member is a bare verb
    parts = [x.strip() for x in _LABEL_JOIN.split(label.strip().lower()) if x.strip()]
    return len(parts) <= 4 and all(len(x.split()) <= 3 for x in parts) and any(
        f.says(fact, f"{x} {obj}") or f.says(fact, f"{obj} {x}") for x in parts)


def _labelled_way(f: PolicyFacts, s: Sentence, fact: str) -> bool:
    """A list item whose run-in label names the right ("Access and correct your data: Cloud > Manage data …",
    "Razılığı geri götürmək: \"Parametrlər > Məxfilik\"") gives the way to it after the colon: a place in the app, a
    contact or a "you can", in the item or in the clause run on from it ("…; you can open and edit it there"). The
    label is the right's name, as a heading is, and what follows it is the instruction (lawmix17)."""
    m = _RUN_IN_LABEL.match(s.text)
    if not m or not _label_names(f, m.group(1), fact, s.section) or f.negated(s):
        return False
    rest = s.text[m.end():]
    if _APP_PLACE.search(rest) or _GESTURE.search(rest) or f.has("contact", s.index) or f.has("user_can", s.index):
        return True
    sentences = f.policy.sentences
    nxt = sentences[s.index + 1] if s.index + 1 < len(sentences) else None
    return (nxt is not None and nxt.intro == s.index
            and any(f.has(way, nxt.index) for way in ("user_can", "contact", "app_path")))


# one act entailing another ("implica", "entails", "означает", "deməkdir")
_ENTAILS = re.compile(r"(?i:\b(?:implica|supone|conlleva|entails?|means|results in|влечет|влечёт|означает|приводит к)\b|deməkdir|nəticəsində)")


RIGHTS = {"right_access": "access or copy", "right_correct": "correction", "right_delete": "deletion",
          "right_withdraw": "withdrawal of consent", "right_cancel": "account cancellation"}


def rights_exercise(f: PolicyFacts) -> Verdict:
    """PIPL 44-47, 50: a way to exercise each core right."""
    if f.holds_nothing:
        return verdict("not-applicable", "The policy says it collects and keeps no information, so there is nothing to give access to, correct or delete.", f.where("holds_nothing")[:1])
    introduced = {s.intro for s in f.policy.sentences if s.intro is not None}

    def usable(s, fact: str) -> bool:  # a right the person can act on, not the handler's own access controls
        nxt = f.policy.sentences[s.index + 1] if s.index + 1 < len(f.policy.sentences) else None
        if (s.text.rstrip().endswith((":", "：")) and s.index not in introduced and f.has("means_word", s.index)
                and not (f.has("contact", s.index + 1) or f.has("app_path", s.index + 1))
                and not (nxt is not None and _STEP.match(nxt.text))):
            return False  # "in the following ways:" and then no way: a template left unfilled (a next line
            # that gives an e-mail or telephone is the way, list markup or not)
        # a list item counts through its intro only when the intro offers the same right ("if you have
        # cancelled your account" in a list of cases for deletion is no way to cancel)
        # a line the segmenter cut off mid-sentence ("您可以在个人中心-" / "设置中关闭您的账户。") reads on from the line before
        prev = f.policy.sentences[s.index - 1] if s.index > 0 else None
        # (or a line that opens on a particle no sentence starts with: "您可以通过联系“中国人保”APP" / "的在线客服申请注销…")
        run_on = (prev is not None and (_CUT_OFF.search(prev.text) or _CONTINUES.match(s.text))
                  and (f.has("user_can", prev.index) or (prev.intro is not None and f.has("user_can", prev.intro))))
        # "we will try to take suitable technical means so that you can access it" promises an effort, not a way
        if f.has("endeavour_only", s.index) and not (f.has("contact", s.index) or f.has("app_path", s.index)):
            return False
        # (an intro that offers the ways to exercise the rights in general, "家长可以通过以下方式行使权利：", "You can exercise
        # your rights as follows:", offers each right its items name)
        # (a sentence naming the right that walks the person through the app, "Для удаления учётной записи откройте
        # «Настройки» → «Аккаунт» → «Удалить аккаунт»", is an instruction to the person: a way, whatever its verb)
        return (f.has("user_can", s.index) or run_on or s.index in enumerated or _semicolon_run(f, s)
                or _labelled_way(f, s, fact)
                or (bool(_PATH.search(s.text)) and not f.negated(s))
                or (s.intro is not None and f.has("user_can", s.intro)
                    and (f.has(fact, s.intro) or bool(_EXERCISE_RIGHTS.search(f.policy.sentences[s.intro].text)))))

    def headed(s, fact: str) -> bool:
        """Under a heading that names the right ("4. 撤回同意权", "Right to rectification"), a sentence that
        gives the person a channel ("您可以电话联系客服…", "you may write to us") is the way to exercise it,
        though it does not repeat the right's name."""
        if not (f.has("user_can", s.index) and f.section_is(s, fact)):
            return False
        if f.has("contact", s.index) or f.has("contact", s.index + 1):
            return True
        # "through the following means:" with nothing after it is a template left unfilled, no way
        return f.has("means_word", s.index) and not s.text.rstrip("* ").endswith((":", "："))

    can = [s for s in f.policy.sentences if not s.heading and f.has("user_can", s.index)]
    # "you have the right to: (i) access …; (ii) …; (iii) correct …": each item of an enumeration the person's right opens
    enumerated = {x.index for s in can for x in f.enumeration_after(s)}
    # a short line giving the path through the app ("账号注销流程：我→设置→账号注销") is a way, not a title
    paths = [s for s in f.policy.sentences if s.heading and _PATH.search(s.text) and f.has("user_can", s.index)]
    # items of the section on rights led by a bare verb label ("Düzəltmək: \"Mən > Profil\"") name their right only
    # through the label, which no cue reads alone
    labelled = [s for s in f.policy.sentences if not s.heading and _RIGHTS_SECTION.search(s.section or "")
                and _RUN_IN_LABEL.match(s.text)]
    shown = {name: [s for s in f.where(fact) if usable(s, fact)] or [s for s in paths if f.has(fact, s.index)]
             or [s for s in labelled if _labelled_way(f, s, fact)]
             or [s for s in can if headed(s, fact)]
             for fact, name in RIGHTS.items()}
    # a clinic or an agency that keeps no user accounts has none to cancel (its own "official WeChat account" is not
    # the person's); only languages whose own cue file says what an account is (Chinese texts, read with the English
    # cues beside their own, keep the full list)
    # (a clause or heading on closing the account says there are accounts)
    # ("Учётные записи не создаются", "no se crean cuentas": accounts denied are none)
    accounts = f.where("user_account", headings=True)
    if (f.policy.language in _ACCOUNT_CUE_LANGS
            and (not accounts or any(_NO_ACCOUNTS.search(s.text) and not f.has("right_cancel", s.index) for s in accounts))
            and not f.where("right_cancel", headings=True)):
        shown = {name: where for name, where in shown.items() if name != RIGHTS["right_cancel"]}
    # "La cancelación de sus datos implica la baja de su cuenta": deleting one's data, a way the policy gives, closes the
    # account too, so the way to delete is the way to cancel (lawmix17)
    if RIGHTS["right_cancel"] in shown and not shown[RIGHTS["right_cancel"]] and shown[RIGHTS["right_delete"]]:
        shown[RIGHTS["right_cancel"]] = [s for s in f.where("right_cancel") if f.has("right_delete", s.index)
                                         and _ENTAILS.search(s.text) and not f.negated(s)]
    # "Hesab ləğv edildikdən sonra məlumatlar 15 gün ərzində silinir", "Account data is deleted within 30 days after you
    # close your account": the data go with the account, so the way to cancel, which the policy gives, is the way to
    # delete (the reverse of the rule above); not when the sentence keeps data past the exit
    if RIGHTS["right_delete"] in shown and not shown[RIGHTS["right_delete"]] and shown.get(RIGHTS["right_cancel"]):
        shown[RIGHTS["right_delete"]] = [s for s in f.policy.sentences if f.has("right_delete", s.index)
                                         and (f.has("right_cancel", s.index) or f.has("kept_after_exit", s.index))
                                         and not f.negated(s) and not f.has("retention_after_exit", s.index)]
    missing = [name for name, where in shown.items() if not where]
    quotes = [where[0] for where in shown.values() if where]
    if not missing:
        return verdict("met", "Access, correction, deletion, withdrawal of consent and account cancellation are each provided for.", quotes)
    # the rights clause the policy does give ("users in certain jurisdictions may ask to access, amend or delete
    # their information") shows what is offered and what is not; a sentence naming two rights or more is that
    # clause, not a security promise against "unauthorised access to your information"
    clause = [s for s in f.policy.sentences if not s.heading and sum(f.has(r, s.index) for r in RIGHTS) >= 2]
    return verdict("omission", f"No way is described to exercise: {', '.join(missing)}.", clause[:2])
