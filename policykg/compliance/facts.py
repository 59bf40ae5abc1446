"""The facts the requirement checks need, found sentence by sentence with the cue lexicons.

A fact is a cue list name (see ``cues/*.toml``); ``PolicyFacts.where(fact)`` gives the sentences that
state it, each one the evidence for it. Composite facts the checks share (an exception list and
whether it is about collection/use or about sharing/disclosure; provision to another handler as
against entrusted processing, data received, or what the user gives third parties; a transfer abroad as against a denial of one) are
derived here once, so every check reads them the same way.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property

from policykg.compliance.cues import cues_for
from policykg.compliance.fact_reading import BARE_EXCEPTION_INTRO, read_hits
from policykg.compliance.facts_abroad import TransferFacts
from policykg.compliance.text import PolicyText, Sentence
from policykg.ingest.extract.cues import mask_legal_form_dots

_EXCEPTION_LIST_SPAN = 14
# a numbered provision's own number at the start of its line: "6.6. ", "2.3 ", "10.1.2) "
# (a short run-in title may follow the number: "1.7 Exceptions. In accordance with ...")
_CLAUSE_NO = re.compile(r"[ \t]*(\d{1,2}(?:\.\d{1,2}){1,3})\.?\)?[ \t]+(?:[^.\n]{1,40}\.[ \t]+)?")
_ENDS_SENTENCE = re.compile(r"[。.!?！？；;:：]\W{0,2}$")
# An enumeration's item marker, bracketed ("(2)", "（三）", "(iv)") or bare with its closer ("b)", "3.", "iv)"); read at
# the head of an item (``_ITEM_MARK``, a bare one followed by a space) and between two lines (``_GAP_MARK``).
# The other list-marker patterns are not this one: each reads a different thing. ``_MARKER_KIND`` captures one marker
# to tell its kind and number (siblings "（4）"/"（5）"; single letters, so a number can be read off them);
# ``_RAW_ITEM_LINE`` and checks_special's ``_LINE_MARK`` read the raw line, bullets and Cyrillic letters included;
# ``_LEADING_MARK`` strips clause numbers ("6.2.") and bullets before a recipient's name; text.py's ``_LIST_LEAD``,
# ``_TITLE_LEAD`` and ``_LINE_LEAD`` decide line joins and titles; ingest's cues.py ``_MARKER`` groups runs of items
# by marker style. Merging them would change what each accepts.
_BRACKETED_MARK = r"[(（]\s*(?:\d{1,2}|[a-zA-Z]|[ivx]{1,4}|[一二三四五六七八九十]{1,2})\s*[)）]"
_BARE_MARK = r"(?:\d{1,2}|[a-zA-Z]|[ivx]{1,4})[.)、．]"
_ITEM_MARK = re.compile(rf"^[\s*#]*(?:{_BRACKETED_MARK}|{_BARE_MARK}\s)")
# an enumeration opened inline: a colon, then its first marker ("in order to: (1) comply", "以便：（一）遵守")
_INLINE_FIRST = re.compile(r"[:：]\s*(?:[(（]\s*(?:1|a|i|一)\s*[)）]|(?:1|a|i)[.)、．])")
# the same marker left between two lines when the segmenter took it off the item's text
_GAP_MARK = re.compile(rf"(?:{_BRACKETED_MARK}|{_BARE_MARK})[\s*]*$")

# the colon that ends a promise's opening and begins its first case, inside one sentence
_PROMISE_COLON = re.compile(r"[：:]\s*(?=\S)")
# the marker of a case enumerated inside one sentence: "(2)", "（二）", "(b)", "ii)"
_INLINE_CASE_MARK = re.compile(r"[(（]\s*(?:\d{1,2}|[a-h]|[ivx]{1,4}|[一二三四五六七八九十]{1,2})\s*[)）]")
# a case whose subject is the person himself ("用户自行向第三方公开其信息", "you disclose it to a third party yourself"): his
# act, not a provision by the handler
_USER_SUBJECT = re.compile(r"\W*(?:[(（]?\w{1,3}[)）.、]\s*)?(?:用户|您|你|(?i:the user|you\b|el usuario|usted|пользовател|вы\b|istifadəçi|siz\b))")
# what a case of a denial may restate without naming a provision: consent, the law, the authorities, a contract
_RESTATED = ("any_consent", "consent_condition", "legal_requirement", "pipl13_legal_duty", "pipl13_contract",
             "authority_recipient", "violation_case")

# a sentence opening with a contrast to what came before ("However, ...", "Sin embargo, ...", "Однако ...")
_ADVERSATIVE_LEAD = re.compile(r"^\W*(?:however|but|nevertheless|notwithstanding (?:the )?(?:foregoing|above)|sin embargo|no obstante|"
                               r"sin perjuicio de lo (?:anterior|dispuesto)|pero|однако|тем не менее|но\b|вместе с тем|lakin|ancaq|amma|"
                               r"buna baxmayaraq|但是|但|不过)", re.IGNORECASE)
# a list item's number or marker ("6.2.", "- ", "(b)") before its text
_LEADING_MARK = re.compile(r"^\s*(?:\d+(?:\.\d+)*\.?|[-–•*]|\(?[a-zа-я]\))\s*")
# a possessive before the recipient an entry opens with ("Nuestra filial", "Our affiliate", "Наши партнёры", "我们的关联公司")
_OUR = re.compile(r"^(?:(?i:our|nuestr[oa]s?|наш\w*|bizim)\s+|我们的)")

# a line opening with a list marker: "a) ", "(2) ", "3. ", "- ", "• "
# a clause marker at the head of a line: "（5）", "(3)", "五、", "2、", "b)" (one kind per bracket, numeral and closer)
_MARKER_KIND = re.compile(r"[ \t*#]*([(（]\s*(?:\d{1,2}|[a-zA-Z]|[一二三四五六七八九十]{1,3})\s*[)）]|(?:\d{1,2}|[a-zA-Z]|[一二三四五六七八九十]{1,3})[)）、．.](?!\d))")
# the claim that data are anonymised (not merely de-identified), in any of the languages
_ANONYMISED = re.compile(r"匿名化|(?i:anonymi[sz]|анонимиз|anonimiz|anonimləşdir)")
_CLAUSE_DENIAL = re.compile(r"不|未|无|(?i:\bnot\b|\bnever\b|n't|\bno\b|\bне\b|\bno\b)")
# statistics or aggregates: no one's data ("去标识化的统计数据", "aggregated, de-identified reports")
_AGGREGATE = re.compile(r"(?i:aggregat|агрегир|agregad|birləşdirilmiş|统计|汇总)")
_HAN_NUMERAL = {c: i for i, c in enumerate("一二三四五六七八九十", 1)}
_RAW_ITEM_LINE = re.compile(r"[ \t]*(?:[(（]?(?:\d{1,2}|[a-zA-Zа-яА-Я]|[ivx]{1,4})[.)）、]|[-–•*·])\s")


# the handler processing or using the person's data (no provision named): "我们会…处理您的", "we may process your"
_PROCESSING_ONLY = re.compile(r"(?:处理|使用|利用)(?:您|你)的|(?i:\bwe (?:may |will |can )?(?:process|use)\b)")

# clauses a negation may sit in without denying the practice: what refusing leads to, data kept on the device
_DENIAL_ASIDES = ("refusal_case", "on_device_only")


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted spans with overlaps joined."""
    out: list[tuple[int, int]] = []
    for i, j in spans:
        if out and i <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], j))
        else:
            out.append((i, j))
    return out


def _outside(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The stretches of ``text`` outside ``spans`` (non-overlapping, in order)."""
    out, at = [], 0
    for i, j in spans:
        out.append((at, i))
        at = j
    out.append((at, len(text)))
    return out


@dataclass
class PolicyFacts(TransferFacts):
    policy: PolicyText
    hits: dict[str, set[int]] = field(default_factory=dict)

    @classmethod
    def read(cls, policy: PolicyText) -> "PolicyFacts":
        return cls(policy, read_hits(policy))

    # --- basic look-ups -------------------------------------------------------------------------
    def has(self, fact: str, index: int) -> bool:
        return index in self.hits.get(fact, ())

    @cached_property
    def _masks_dots(self) -> bool:
        """The policy holds a mid-sentence legal-form full stop (``mask_legal_form_dots``): one pre-check per policy."""
        return mask_legal_form_dots(self.policy.text) != self.policy.text

    def text_of(self, s: Sentence) -> str:
        """The text of ``s`` as the checks read it: the full stops of legal forms inside it masked ("X Pte\u2024 Ltd\u2024
        in Singapore", "Y S\u2024L\u2024, con domicilio"), same length, so a regex window ("[^.;]{0,40}") reads on over
        the name as the cues do. Quotes keep ``s.text``."""
        return mask_legal_form_dots(s.text) if self._masks_dots else s.text

    def where(self, fact: str, *, headings: bool = False) -> list[Sentence]:
        """Sentences stating ``fact``, in text order (headings left out unless asked for)."""
        found = sorted(self.hits.get(fact, ()))
        return [self.policy.sentences[i] for i in found if headings or not self.policy.sentences[i].heading]

    def all_of(self, *facts: str) -> list[Sentence]:
        """Sentences stating every one of ``facts``."""
        if not facts:
            return []
        common = set.intersection(*(self.hits.get(f, set()) for f in facts))
        return [self.policy.sentences[i] for i in sorted(common) if not self.policy.sentences[i].heading]

    def enumeration_after(self, s: Sentence) -> list[Sentence]:
        """The lines that carry on an enumeration a sentence opens inline ("we may share it if necessary to:
        (1) comply with the law" / "(2) protect our rights (3) prevent fraud"): the ingest kept them apart and
        hung them off no intro, yet each is a case of the sentence's list. Only lines that start with a list
        marker count, up to the first heading or unmarked line, and only after a sentence whose colon is
        followed by the first marker."""
        # (an intro the text cut off the enumeration it opened inline has its cases hung off it already)
        if not s.inline_cases and ((":" not in s.text and "：" not in s.text) or not _INLINE_FIRST.search(s.text)):
            return []  # "1、在法定情形下的共享：…" is a labelled item of a list, not the opening of one
        out, last, prev = [], s.end, s
        for x in self.policy.sentences[s.index + 1: s.index + 1 + _EXCEPTION_LIST_SPAN]:
            # the next item's marker may close the line before ("…删除您的个人信息；或 (v)" / a bare "(iv)" line)
            carried = prev is not s and bool(_GAP_MARK.search(prev.text))  # (such a line is no title, though short)
            if ((x.heading and not carried) or (x.intro is not None and x.intro != s.index)
                    or not (_ITEM_MARK.match(x.text) or _GAP_MARK.search(self.policy.text[last:x.start]) or carried)):
                break
            out.append(x)
            last, prev = x.end, x
        return out

    def near(self, index: int, fact: str, before: int = 1, after: int = 1) -> bool:
        return any(self.has(fact, s.index) for s in self.policy.window(index, before, after))

    def negated(self, sentence: Sentence) -> bool:
        """A denial ("we do not share ...") that names no exception."""
        return self.has("negation", sentence.index) and not self.has("exception_marker", sentence.index)

    def denies_beyond_refusal(self, sentence: Sentence) -> bool:
        """A denial that is more than what the person's own refusal leads to, or than a promise to keep the data on his
        device: "我们会单独征得您的明示同意，您不开通储值卡的，我们不会收集" / "…; if you do not enable it, we will not
        collect it" restates the consent (nothing is collected without it), and "…单独向您征求同意，面部特征信息仅在您
        的设备本地处理，不会上传至服务器" is a safeguard; neither denies the practice. Those clauses (cues in
        ``_DENIAL_ASIDES``) are taken out and the rest read for a negation again."""
        if not self.negated(sentence):
            return False
        cues = cues_for(self.policy.language)
        asides = [c for fact in _DENIAL_ASIDES for c in cues.get(fact, ())]
        spans = sorted(m.span() for c in asides for m in c.finditer(sentence.text))
        if not spans:
            return True
        rest = "".join(sentence.text[i:j] for i, j in _outside(sentence.text, _merged(spans)))
        return any(c.search(rest) for c in cues.get("negation", ()))

    def negated_with_lead(self, sentence: Sentence) -> bool:
        """A denial, also when a line break cut it off its own subject ("我们承诺，不会将COOKIES" / "用于…其他用途"):
        the line before, with no sentence end and no blank line between, carries the negation."""
        if self.negated(sentence):
            return True
        if sentence.index == 0:
            return False
        lead = self.policy.sentences[sentence.index - 1]
        # (the cut-off line may look like a heading to the segmenter: it is short and has no full stop)
        if _ENDS_SENTENCE.search(lead.text) or "\n\n" in self.policy.text[lead.end:sentence.start]:
            return False
        return self.negated(lead)

    def in_collection_section(self, s: Sentence) -> bool:
        """Whether the section a sentence sits in is about what is collected ("4.3 scope of collection")."""
        return bool(s.section) and self.says("collection_heading", s.section)

    @cached_property
    def holds_nothing(self) -> bool:
        """The policy says it collects and keeps no information at all, and no sentence says it collects
        something ("we collect your device number" beside "we do not collect personal information" holds data)."""
        if not self.where("holds_nothing"):
            return False
        # a change clause ("use of information we collect is subject to the policy then in force") collects nothing
        return not any(not (self.has("negation", s.index) or self.has("new_consent", s.index) or self.has("policy_change", s.index))
                       for s in self.where("we_collect"))

    def section_is(self, s: Sentence, fact: str) -> bool:
        """Whether the heading of the section a sentence sits in states ``fact`` (a cue list)."""
        return bool(s.section) and self.says(fact, s.section)

    # --- exception lists ----------------------------------------------------------------------
    @cached_property
    def exception_lists(self) -> list[tuple[Sentence, list[Sentence], str]]:
        """Each list of cases that do without consent: (intro, items, kind), kind 'collection' or 'sharing'.

        The intro is a sentence saying consent is not needed; its items are the list items it
        introduces (else the sentences that follow, up to the next heading). The kind comes from the
        intro (and the section heading): collection/use exceptions (GB/T 2020 §5.6, 2017 §5.4) are
        not sharing exceptions (2020 §9.5, 2017 §8.5).
        """
        from policykg.compliance.checks_consent import grounds_beyond_pipl13  # one list of grounds

        sentences = self.policy.sentences
        found = []
        exempt = {s.index for s in self.where("without_consent", headings=True)}
        # "we may disclose your information in the following circumstances: (1) with your consent; (2) to
        # protect our rights" lists the cases of disclosure: those that are not consent do without it
        disclosing = {s.index for s in self.where("disclosure_list", headings=True)} - exempt
        for intro in sorted((sentences[i] for i in exempt | disclosing), key=lambda s: s.index):
            items = self._list_items(intro)
            items = items + self._same_bullets(items) if items else items  # a stray "及" does not end the list
            # "c) ofertas personalizadas, salvo que se oponga;" is one member of a purposes list: the members after
            # it are its siblings, not cases it introduces
            sibling = not intro.text.rstrip().endswith((":", "：")) and self.opens_item_line(intro)
            if not items and not sibling and (intro.index in exempt or intro.text.rstrip().endswith((":", "：")) or ":" in intro.text
                                  or _INLINE_FIRST.search(intro.text)):  # "…才能：(a)": its first case opens on it
                items = []
                numbered = self._clause_number(intro) is not None
                # a sentence inside a numbered clause ("1.3 Для ведущих …: паспорт …; без вашего отдельного согласия мы
                # их не собираем.") ends where the next clause of that numbering begins, unless that one is its own sub-clause
                own_clause = None if numbered else self._line_clause_number(intro)
                own_mark, same_kind_items = self._line_marker_kind(intro, anywhere=True), False
                for s in sentences[intro.index + 1: intro.index + 1 + _EXCEPTION_LIST_SPAN]:
                    if s.heading or self.has("without_consent", s.index) or self.has("disclosure_list", s.index):
                        break
                    if numbered and self._clause_number(s) is not None:
                        break  # "6.6. ... without consent ... ." then "6.7. ...": the next clause is no case of 6.6
                    if own_clause is not None and (nxt_no := self._clause_number(s)) is not None and not nxt_no.startswith(own_clause + "."):
                        break
                    mark = self._line_marker_kind(s) if own_mark is not None else None
                    if mark is not None and mark[0] == own_mark[0]:
                        if mark[1] == own_mark[1] + 1 and not same_kind_items:
                            break  # "（4）公开披露 …：a)… b)…" then "（5）其他": the next sibling clause is no case of (4)
                        same_kind_items = True  # "2、…无需同意：" then "1、…", "2、…", "3、…": its own cases, marked alike
                    items.append(s)
            if (not items and self.negated(intro) and not intro.text.rstrip().endswith((":", "："))
                    and not grounds_beyond_pipl13(self, intro.index)):
                continue  # "it is not shared without your consent." promises; it lists no case, nor names one
            context = intro.text + " " + intro.section
            kind = "sharing" if intro.index in disclosing else self._list_kind(intro, context)
            found.append((intro, items, kind))
        found += self._grounds_lists({intro.index for intro, _, _ in found})
        return found

    def opens_item_line(self, s: Sentence) -> bool:
        """The sentence opens a line that starts with a list marker ("c) ", "- ", "3. "); markers are cut from ``s.text``."""
        text = self.policy.text
        line_start = text.rfind("\n", 0, s.start) + 1
        return s.start - line_start <= 8 and bool(_RAW_ITEM_LINE.match(text, line_start))

    def _line_marker_kind(self, s: Sentence, *, anywhere: bool = False) -> tuple[str, int] | None:
        """The kind of clause marker that opens the line ``s`` starts ("（4）" and "（5）" are one kind, "b)" another),
        if ``s`` opens its line with one (``anywhere``: the line ``s`` is on): a list of cases an intro runs on to
        ends where a clause of the intro's own level begins, whatever its text (a bare title "（5）其他" is not a case
        of "（4）公开披露", nor "(5) Other" of "(4) Public disclosure. We disclose only in these cases:"). With the
        marker's number: only the next number ("（5）" after "（4）") is a sibling."""
        text = self.policy.text
        line_start = text.rfind("\n", 0, s.start) + 1
        if s.start - line_start > 8 and not anywhere:
            return None
        m = _MARKER_KIND.match(text, line_start)
        if m is None or (m.end() > s.start + 1 and not anywhere):
            return None
        mark = m.group(1)
        bracket = "(" if mark[0] in "(（" else ""
        close = mark.rstrip()[-1]
        core = mark.strip("(（)）.、．) ")
        numeral = "d" if core.isdigit() else "h" if core[:1] in _HAN_NUMERAL else "a"
        number = (int(core) if core.isdigit() else _HAN_NUMERAL.get(core, 0) if numeral == "h"
                  else ord(core.lower()) - 96 if len(core) == 1 else 0)
        return bracket + numeral + ("" if close in ")）" else close), number

    def _clause_number(self, s: Sentence) -> str | None:
        """The multi-level clause number ("6.6.", "2.3") that opens the line a sentence starts, if any."""
        text = self.policy.text
        line_start = text.rfind("\n", 0, s.start) + 1
        m = _CLAUSE_NO.match(text[line_start:s.start + 1])
        return m.group(1) if m and line_start + m.end() >= s.start else None

    def _line_clause_number(self, s: Sentence) -> str | None:
        """The multi-level clause number ("1.3") that opens the line ``s`` sits on, wherever on that line ``s`` starts."""
        text = self.policy.text
        line_start = text.rfind("\n", 0, s.start) + 1
        m = _CLAUSE_NO.match(text[line_start:s.start + 1])
        return m.group(1) if m else None

    def _list_items(self, intro: Sentence) -> list[Sentence]:
        """The items a list intro introduces, with the text under an item that runs on.

        A case split over sub-items ("3. for the purposes above;" / "to exercise our rights;") is one case:
        an item that ends in ";" or ":", or a bare marker ("e." then its clauses), carries the lines hung
        under it; an item that is a title the segmenter hung off the list does not.
        """
        members = {intro.index}
        items = []
        for s in self.policy.sentences[intro.index + 1:]:
            if s.intro in members:
                items.append(s)
                text = s.text.rstrip("* ")
                if text.endswith(("；", ";", "：", ":")) or len(text.strip()) <= 3:
                    members.add(s.index)
        return items

    def _grounds_lists(self, known: set[int]) -> list[tuple[Sentence, list[Sentence], str]]:
        """"We may also disclose your information for the following reasons: 1. you consented; 2. to comply
        with the law; 3. where we believe it necessary": a list of disclosure grounds whose first case is the
        person's consent names, in its other cases, disclosure without consent."""
        sentences = self.policy.sentences
        children: dict[int, list[Sentence]] = {}
        for s in sentences:
            if s.intro is not None:
                children.setdefault(s.intro, []).append(s)
        # an intro ending in a colon whose items the segmenter did not hang off it: the lines that follow
        for s in sentences:
            if (s.index not in children and s.text.rstrip("* ").endswith(("：", ":"))
                    and self.has("list_is_sharing", s.index)):
                following = []
                for x in sentences[s.index + 1: s.index + 1 + _EXCEPTION_LIST_SPAN]:
                    if x.heading or x.text.rstrip("* ").endswith(("：", ":")):
                        break
                    following.append(x)
                children[s.index] = following
        out = []
        for index, items in children.items():
            intro = sentences[index]
            if index in known or len(items) < 2 or not self.has("list_is_sharing", index) or self.negated(intro):
                continue
            if self.has("any_consent", items[0].index) and len(items[0].text) <= 40:
                out.append((intro, items[1:] + self._same_bullets(items), "sharing"))
        return out

    def _same_bullets(self, items: list[Sentence]) -> list[Sentence]:
        """Lines after a list's last item that start with the same bullet ("◦") still belong to it when a
        stray line ("及") cut the list off."""
        sentences = self.policy.sentences
        bullet = items[-1].text[:1]
        if not bullet or bullet.isalnum() or "\u4e00" <= bullet <= "\u9fff":
            return []
        out, gap = [], 0
        for s in sentences[items[-1].index + 1: items[-1].index + 6]:
            if s.heading and len(s.text) > 3:  # a lone "及" the segmenter took for a title is still the gap
                break
            if s.text.startswith(bullet):
                out.append(s)
                gap = 0
            elif len(s.text) <= 3 and gap == 0:  # a lone "及" / "and" between two items
                gap = 1
            else:
                break
        return out

    def _list_kind(self, intro: Sentence, context: str) -> str:
        text = intro.text
        if intro.index > 0 and BARE_EXCEPTION_INTRO.match(text) and not self.policy.sentences[intro.index - 1].heading:
            text = self.policy.sentences[intro.index - 1].text + text  # "我们不会向第三方透露…。但以下情形除外：" is one promise
        sharing = self.says("list_is_sharing", text)
        collection = self.says("list_is_collection", text)
        if sharing and not collection:
            return "sharing"
        if collection and not sharing:
            return "collection"
        if not sharing and not collection:
            if self.says("list_is_sharing", intro.section):
                return "sharing"
            if self.says("list_is_collection", intro.section):
                return "collection"
            # "为保障交易安全，我们会在必要时处理您的设备信息…，无需另行征得您的同意": processing or use of the person's data,
            # no giving it to anyone, is a case of the collection/use list (GB/T 2017 §5.4, 2020 §5.6)
            return "collection" if _PROCESSING_ONLY.search(text) else "general"
        return "sharing" if intro.text.find("共享") >= 0 or "shar" in intro.text.lower() else "collection"

    # --- provision to others ------------------------------------------------------------------
    @cached_property
    def provision_to_others(self) -> list[Sentence]:
        """Sentences that provide data to another handler: a sharing verb and a recipient, not entrusted
        processing (PIPL 21), not data received from partners, not a bare denial."""
        out = []
        intros = {intro.index for intro, _, _ in self.exception_lists}  # "we do not provide, except:" is judged by its items
        items = self._recipient_items() + self.excepted_recipients + self.to_independent_handlers + self.shown_by_default[1]
        listed = {s.index for s in items}  # an item's data are named in its intro
        named = [s for s in self.all_of("share_verb", "legal_entity") if not self.has("recipient", s.index) and self._names_another_company(s)]
        for s in sorted(dict.fromkeys(self.all_of("share_verb", "recipient") + items + named + self.where("handed_to")), key=lambda s: s.index):
            if (self.has("negation", s.index) and self.has("exception_marker", s.index) and not self._case_inline(s)
                    and s not in self.excepted_inline):
                continue  # "we do not share without consent, except ..." promises; its cases are judged, not it
            if (not self.has("data_word", s.index) and not self.has("we_collect", s.index) and s.index not in listed
                    and not self.has("device_data", s.index)  # a device identifier (OAID, IMEI) is personal information too
                    and not self.has("pseudonymised", s.index)  # de-identified records are personal data made so (lawmix21)
                    and not self._data_from_intro(s) and not self.has("personal_items", s.index)
                    and not self.has("independent_handler", s.index) and not self._data_from_denial_before(s)):
                continue  # "a third party provides services to ..." provides no personal information
                # (a name, a phone number, an address passed on are personal information, whatever the word for data;
                # a controller is by definition one of personal information: "los trata como responsable propio")
            if self.has("anonymous_data", s.index) and self.near(s.index, "irreversible", 0, 1):
                continue  # statistics about users "collectively" identify no one: no personal information provided
            if self._statistics_anonymised_after(s):
                continue  # "we share these statistics ...; we anonymise this information": the cure is the next sentence's
            # "countries that do not have data protection laws" describes where it goes; it denies nothing
            denied = self.negated(s) and not self.has("place_negation", s.index)
            if ((self.has("entrusted", s.index) and not self.entrusted_only_as_example(s) and s not in self.to_independent_handlers)
                    or self.has("received", s.index) or denied
                    or self.has("user_provides", s.index) or self.has("violation_case", s.index)):
                continue  # nor a remedy for our breach ("if we share in violation of the law, you may ask ...")
            out.append(s)
        return out

    @cached_property
    def excepted_recipients(self) -> list[Sentence]:
        """The cases of a denial of sharing that each hand the data to a recipient ("We do not share your personal
        information with third parties, except: (1) with your consent; (2) with the SDK providers listed in Annex 2" /
        "我们不会与第三方共享您的个人信息，但以下情况除外：…（2）与授权合作伙伴共享"): an exception to a denial is an
        affirmation, so a case naming who gets the data is itself a provision, made with no consent of its own. A
        case that restates consent or the law (a legal duty, the authorities, a contract the person is party to),
        a processor on our instructions and a case that denies again name no such provision."""
        out = []
        for intro, items, kind in self.exception_lists:
            if kind != "sharing" or not items:
                continue
            lead = intro
            if intro.index > 0 and BARE_EXCEPTION_INTRO.match(intro.text):  # "我们不会…。但以下情形除外：" is one promise
                lead = self.policy.sentences[intro.index - 1]
            if not (self.negated(lead) or self.has("without_consent", lead.index) or self.has("negation", lead.index)):
                continue
            if not (self.has("pi_word", lead.index) or self.has("data_word", lead.index)):
                continue
            for x in items:
                i = x.index
                if (not self.has("recipient", i) or self.negated(x) or self.has("any_consent", i)
                        or self.has("consent_condition", i) or self.has("legal_requirement", i)
                        or self.has("pipl13_legal_duty", i) or self.has("pipl13_contract", i)
                        or self.has("authority_recipient", i) or self.has("violation_case", i)
                        or self.has("received", i) or self.has("user_provides", i) or self.has("user_initiated", i)
                        or self.has("pipl13_public", i) or _USER_SUBJECT.match(x.text)
                        or (self.has("entrusted", i) and not self.entrusted_only_as_example(x))):
                    continue
                out.append(x)
        return out

    @cached_property
    def to_independent_handlers(self) -> list[Sentence]:
        """Sentences that give data to a party said to process them on its own account (cue ``independent_handler``:
        "作为独立的个人信息处理者", "团长为独立于我司的经营者，将自行处理上述信息", "the airline receives your name as an
        independent controller", "como responsable propio", "самостоятельно определяет цели", "müstəqil operator kimi"):
        a recipient that decides purposes and means itself is another handler (PIPL 23), not a processor entrusted by
        us (PIPL 21), whatever word names it. The giving sentence is, in order:
        1. the statement itself, when it names a party other than the handler ("we act as an independent controller"
           names none) and does not also say the party acts on our account ("trata los datos por nuestra cuenta");
        2. but the sentence just before it in the same paragraph, when the statement has no verb of giving and that one
           gives data ("我们会将…提供给团长。团长为独立于我司的经营者"); a denied statement ("the courier does not act as
           an independent controller") makes none (nor does 1: ``provision_to_others`` drops denials);
        3. a later sentence of the same section (up to three on) that passes data to the party named again by an
           anaphor (cue ``party_anaphor``: "传送给该商户", "to that merchant").
        Denials inside the phrase ("not as an independent controller", "不得自行处理") are kept out by the cue itself."""
        out: list[Sentence] = []
        text = self.policy.text
        for x in self.where("independent_handler"):
            i = x.index
            other = self.has("recipient", i) or self.has("third_party_word", i) or self.has("legal_entity", i)
            prev = self.policy.sentences[i - 1] if i > 0 else None
            if (prev is not None and not self.has("share_verb", i) and not self.negated(x) and not prev.heading
                    and "\n" not in text[prev.end:x.start] and self._gives_data(prev)):
                out.append(prev)  # the statement only describes the party the sentence before gives the data to
            elif not self.has("entrusted", i) and (other or not self.has("self_controller", i)):
                out.append(x)
        for s in self.all_of("share_verb", "party_anaphor"):
            if s not in out and any(x.section == s.section and s.index - 3 <= x.index < s.index
                                    for x in self.where("independent_handler")):
                out.append(s)
        return sorted(dict.fromkeys(out), key=lambda s: s.index)

    def _gives_data(self, s: Sentence) -> bool:
        """``s`` passes personal information on: a verb of sharing, data named, not received from others, not denied."""
        return (self.has("share_verb", s.index) and not self.negated(s) and not self.has("received", s.index)
                and (self.has("data_word", s.index) or self.has("personal_items", s.index)))

    @cached_property
    def shown_by_default(self) -> tuple[list[Sentence], list[Sentence]]:
        """Content the service itself makes visible to everyone (cue ``visible_to_all``: "简历默认为公开状态", "作品默认向
        所有用户展示", "your nickname and steps are shown on the leaderboard, all users can see them", "profiles are
        public by default"): (to the public or all users, to a whole class of businesses such as recruiters or
        merchants). The first is public disclosure (PIPL 25), the second provision to each of them (PIPL 23).
        Visibility the person chooses ("you can choose to make your profile public", "您将简历设为公开后") is his own
        act, unless the sentence says it is on by default (an opt-out does not make it his choice); a denial ("不会对
        其他用户可见") shows nothing; a default that reaches fewer than the public (``_narrower_audience``: "默认仅自己
        可见", "visible to your friends") is neither."""
        public, handlers = [], []
        for s in self.where("visible_to_all"):
            if s.heading or self.negated(s) or self.has("pipl13_public", s.index) or self.says("not_visible", s.text):
                continue
            if self.has("visibility_choice", s.index) and not self.has("by_default", s.index):
                continue
            # "所有认证招聘方均可查看您的简历。简历默认为公开状态": the audience may be named by the sentence before
            audience = s.text
            if s.index > 0 and not self.policy.sentences[s.index - 1].heading:
                audience = self.policy.sentences[s.index - 1].text + audience
            if self.says("business_audience", audience):
                handlers.append(s)
            elif not self._narrower_audience(s):
                public.append(s)
        return public, handlers

    def _narrower_audience(self, s: Sentence) -> bool:
        """The default reaches fewer than the public: the sentence names a narrower audience (cue ``narrower_audience``,
        read outside the clauses that only offer to change the setting: "您可以改为仅自己可见" limits nothing by
        default), or it says only "public" and the sentence before, in the same section, has said who sees what is
        "public" ("设为“公开”后，所有认证用户均可查看。作品默认为公开状态")."""
        if self.says("narrower_audience", self._without_visibility_change(s.text)):
            return True
        if s.index == 0 or self.says("whole_audience", s.text):
            return False
        before = self.policy.sentences[s.index - 1]
        return (not before.heading and before.section == s.section and self.says("public_word", before.text)
                and self.says("narrower_audience", self._without_visibility_change(before.text)))

    def _without_visibility_change(self, text: str) -> str:
        """The clauses of ``text`` that do not offer to change who sees it (cue ``visibility_change``)."""
        return "，".join(c for c in re.split(r"[，,；;]", text) if not self.says("visibility_change", c))

    def says(self, fact: str, text: str) -> bool:
        """Whether a cue of ``fact`` in the policy's language matches ``text`` (a clause or a joined pair of sentences,
        which the per-sentence hits do not cover)."""
        return any(c.search(text) for c in cues_for(self.policy.language).get(fact, ()))

    @cached_property
    def excepted_inline(self) -> list[Sentence]:
        """A denial whose numbered cases run on in the sentence itself ("We do not share your personal information,
        except (1) with your consent, (2) with the SDK providers in Annex 2, or (3) where the law requires"): a case
        after the exception that names a recipient and restates neither consent nor the law is a provision (as
        ``excepted_recipients`` for cases on lines of their own)."""
        cues = cues_for(self.policy.language)
        out = []
        for s in self.all_of("negation", "exception_marker"):
            if (s.heading or not self.has("recipient", s.index) or not self.has("pi_word", s.index)
                    or not ("(" in s.text or "（" in s.text)):
                continue
            m = next((m for c in cues.get("exception_marker", ()) for m in [c.search(s.text)] if m), None)
            if m is None:
                continue
            cases = [c for c in _INLINE_CASE_MARK.split(s.text[m.end():]) if c.strip()]
            if len(cases) < 2:
                continue
            says = self.says
            if any(says("recipient", c) and not any(says(g, c) for g in _RESTATED) and not says("negation", c)
                   and not (says("entrusted", c)) for c in cases[1:] if len(c) >= 6) or (
                    _INLINE_CASE_MARK.search(s.text[m.end():m.end() + 12]) and says("recipient", cases[0])
                    and not any(says(g, cases[0]) for g in _RESTATED) and not says("entrusted", cases[0])):
                out.append(s)
        return out

    def _statistics_anonymised_after(self, s: Sentence) -> bool:
        """Statistics that ``s`` gives away, naming no personal information, and that a following sentence of the same
        paragraph or list says are anonymised ("我们可能与第三方共享这些统计信息。… 我们会对这些信息进行匿名化处理",
        "We share usage statistics with partners. These statistics are anonymised first."): a cure stated beside the
        sentence that raises the point is part of it. De-identified or hashed data stays personal (PIPL 73(3))."""
        i = s.index
        if not self.has("anonymous_data", i) or self.has("pi_word", i) or self.has("pseudonymised", i):
            return False
        for x in self.policy.sentences[i + 1:i + 3]:
            if x.heading:
                return False
            same = x.intro == i or (x.intro is not None and x.intro == s.intro) or "\n" not in self.policy.text[s.end:x.start]
            if not same:
                return False
            # (the clause that anonymises, not the whole sentence, must be affirmative: "第三方无权…" later denies something else)
            clause = next((c for c in re.split(r"[，,；;]", x.text) if _ANONYMISED.search(c)), "")
            if (clause and (self.has("data_anaphora", x.index) or self.has("anonymous_data", x.index))
                    and not self.has("pseudonymised", x.index) and not _CLAUSE_DENIAL.search(clause)):
                return True
        return False

    _LEGAL_FORM_WORDS = frozenset("ltd ltd. limited inc inc. llc co co., company corp corp. corporation gmbh plc s.a. s.l. "
                                  "ооо ао пао зао оао".split())

    def _names_another_company(self, s: Sentence) -> bool:
        """A company named by its legal form in a sentence that gives data away ("cedemos su nombre a la aseguradora
        Mutua Viajera, S.A.", "we pass your details to Acme Insurance Ltd.") is the recipient: no recipient is named
        more plainly. The handler's own name ("Rutas Verdes Viajes, S.L. shares ...") is none."""
        words = [w.strip("«»\"“”,.()") for w in self.policy.company.split()]
        core = [w for w in words if len(w) >= 4 and w.casefold() not in self._LEGAL_FORM_WORDS]
        return not any(w in s.text for w in core)

    def _case_inline(self, s: Sentence) -> bool:
        """A promise whose first case runs on after its colon in the same sentence ("除以下情形外，未经您同意，我们不会与任何
        第三方分享您的个人信息： 我们以及我们的关联公司可能将您的个人信息与我们的关联公司、合作伙伴…分享"): the case
        after the colon provides data to a recipient of its own, so the sentence shows that provision too."""
        m = _PROMISE_COLON.search(s.text)
        if not m:
            return False
        tail = s.text[m.end():]
        return (len(tail) >= 10 and self.says("share_verb", tail)
                and self.says("recipient", tail)
                and not self.says("negation", tail))

    def _recipient_items(self) -> list[Sentence]:
        """The items of a sharing list that name a recipient ("We may share your information with the following
        recipients:" / "Advertising partners, such as ad networks, who receive your advertising identifier"): the
        intro holds the verb and the item the recipient, so the item is the sentence that shows who gets the data
        (the intro alone would show no recipient). A promise that lists exceptions ("we do not share it, except:")
        is judged by its cases elsewhere, and an intro naming no data shares nothing."""
        sentences = self.policy.sentences
        items = []
        for s in self.where("recipient"):
            if s.intro is None or self.has("share_verb", s.index):
                continue
            intro = sentences[s.intro]
            # (an intro whose first case follows its colon on the same line, "only as follows: (a) with consent;", opens
            # the list as much as one that ends in the colon)
            if (not (intro.text.rstrip("* ").endswith((":", "：")) or intro.inline_cases or _INLINE_FIRST.search(intro.text))
                    or not (self.has("data_word", intro.index) or self._data_by_anaphor(intro))
                    or not (self.has("share_verb", intro.index) or self.has("list_is_sharing", intro.index))
                    or self.has("negation", intro.index) or self.has("received", intro.index)):
                continue
            items.append(s)
        # "6. Кому мы передаём данные" / "6.2. Партнёрским школам ... — сведения об успеваемости": an item under a
        # heading that provides data, opening with its recipient, is that provision (the heading holds the verb)
        for s in self.where("recipient"):
            if (s.intro is None and s not in items and not self.has("share_verb", s.index) and not self.negated(s)
                    and self._under_sharing_heading(s) and self._opens_with_recipient(s)):
                items.append(s)
        return items

    # the object of a sharing verb given by a pronoun ("We share it with:", "Мы передаём их:", "Los compartimos con:",
    # "我们会将其提供给："): the data are those the sentence before names
    _ANAPHOR_OBJECT = re.compile(r"(?i:\b(?:share|disclose|provide|pass|transfer|give|send)s? (?:it|them)\b"
                                 r"|\b(?:los|las|lo|la) (?:compartimos|cedemos|comunicamos|transferimos)\b"
                                 r"|(?:передаём|передаем|предоставляем|раскрываем) (?:их|его|её)\b"
                                 r"|\bonları (?:ötürürük|paylaşırıq|veririk))"
                                 r"|(?:将|把)(?:其|它们|上述信息|这些信息)(?:共享|提供|披露)")

    def _data_from_denial_before(self, s: Sentence) -> bool:
        """"As a rule we do not share your personal data with third parties. However, we may pass nicknames and
        gift statistics to advertisers": a sentence that opens with a contrast to a denial just before keeps the
        denial's topic, so what it hands over is of the personal data the denial named."""
        if s.index == 0 or not _ADVERSATIVE_LEAD.match(_LEADING_MARK.sub("", s.text, count=1)):
            return False
        before = self.policy.sentences[s.index - 1]
        return (self.has("negation", before.index) and self.has("data_word", before.index)
                and (self.has("share_verb", before.index) or self.has("sharing_word", before.index)))

    def _data_from_intro(self, s: Sentence) -> bool:
        """A case of a sharing list names no data because its intro does: "我们仅在以下情形共享学员的个人信息：(a)…；
        (c) 与关联公司共享，…" / "We share your personal information only as follows: … (c) with our affiliates": the
        case shares what the intro names. (An intro that promises not to share, or receives data, lends none.)"""
        if s.intro is None:
            return False
        intro = self.policy.sentences[s.intro]
        return ((self.has("data_word", intro.index) or self._data_by_anaphor(intro))
                and (self.has("share_verb", intro.index) or self.has("list_is_sharing", intro.index))
                and not self.has("negation", intro.index) and not self.has("received", intro.index))

    def _data_by_anaphor(self, intro: Sentence) -> bool:
        """A sharing intro whose object is a pronoun, right after a sentence that names personal information ("We do not
        sell your personal information. We share it with:"): the pronoun carries the data into the intro. A pronoun
        after a sentence naming no data ("We work with partners. We share it with:") carries none."""
        if intro.index == 0 or not self._ANAPHOR_OBJECT.search(intro.text):
            return False
        prev = self.policy.sentences[intro.index - 1]
        # ("No vendemos sus datos. Los comunicamos:": "your data" names it as "personal information" does)
        return not prev.heading and (self.has("pi_word", prev.index) or self.has("data_word", prev.index))

    def heading_above(self, s: Sentence, within: int) -> Sentence | None:
        """The nearest heading among the ``within`` lines before ``s`` (a section title close enough to head it)."""
        for i in range(s.index - 1, max(-1, s.index - within - 1), -1):
            if self.policy.sentences[i].heading:
                return self.policy.sentences[i]
        return None

    def _under_sharing_heading(self, s: Sentence) -> bool:
        """The nearest heading above (within a few lines) says data are provided ("Кому мы передаём данные")."""
        h = self.heading_above(s, 5)
        # a heading names its topic without the verb's full frame: "Con quién compartimos sus datos" has the verb
        # before its "con", which the sentence cue (compartimos … con) does not read; the word of sharing is enough
        return (h is not None and (self.has("share_verb", h.index) or self.has("sharing_word", h.index))
                and self.has("data_word", h.index) and not self.negated(h))

    def _opens_with_recipient(self, s: Sentence) -> bool:
        """The item starts (after its number or marker) with the recipient it names."""
        body = _OUR.sub("", _LEADING_MARK.sub("", s.text, count=1), count=1)  # "Nuestra filial …", "Our affiliate …"
        return any(m.start() == 0 for c in cues_for(self.policy.language).get("recipient", ())
                   for m in [c.search(body)] if m)

    # a parenthesis opened by "for example" in any cue language names examples, not what the sentence is about
    _EXAMPLE = re.compile(r"[（(](?:例如|比如|如|e\.g\.|such as|for example|məsələn|например|напр\.|por ejemplo|p\. ?ej\.|ej\.)"
                          r"[^）)]*[）)]", re.IGNORECASE)

    def entrusted_only_as_example(self, s: Sentence) -> bool:
        """"Our partners and service providers (for example a provider who sends e-mail on our behalf)": one
        contractor given as an example does not make every recipient named a processor."""
        if "（" not in s.text and "(" not in s.text:
            return False
        text = self.text_of(s)
        bare = self._EXAMPLE.sub("", text)
        if bare == text:
            return False
        return (not self.says("entrusted", bare)
                and self.says("ground_affiliate", bare))

    @cached_property
    def provision_without_consent(self) -> list[Sentence]:
        """Sentences that let data go to others with no real consent to that provision: consent to sharing
        deemed given (by use, by providing data) or written into the policy itself ("you agree that we
        share ..."), affiliates or partners carved out of a promise not to share without consent ("we do not
        share without consent, except with our affiliates"), and provision without consent or notice on a
        ground PIPL art. 13 does not list ("if we believe it necessary")."""
        from policykg.compliance.checks_consent import anonymous_only, grounds_beyond_pipl13  # one list of grounds

        out = []
        # a case of a disclosure list that names a ground PIPL 13 does not give and asks no consent
        for intro, items, kind in self.exception_lists:
            if kind != "sharing":
                continue
            # an inline enumeration ("in these circumstances: (1) with your consent, (3) to protect our
            # rights") is judged in its intro, where consent is only one of the cases
            for x in items or [intro]:
                # the handler's own lawsuit or arbitration against the user ("we sue you") puts the data before a
                # court or tribunal, no other handler (PIPL 23): a question of legal basis, not of provision
                if (grounds_beyond_pipl13(self, x.index) and (not items or not self.has("any_consent", x.index))
                        and not self.negated(x) and not anonymous_only(self, x) and not self.has("own_lawsuit", x.index)):
                    out.append(x)
                # "(5) … 而向服务供应商和/或我们的关联方进行的披露": affiliates listed as a case of a promise not to
                # share without consent get the data with none (a processor on our instructions is no such case)
                elif x in self.excepted_recipients:
                    out.append(x)  # any recipient a denial excepts gets the data with no consent of its own
                elif (items and (self.has("negation", intro.index) or self.has("without_consent", intro.index))
                      and self.has("ground_affiliate", x.index) and self.has("recipient", x.index)
                      and not self.has("any_consent", x.index) and not self.negated(x)
                      and not (self.has("entrusted", x.index) and not self.entrusted_only_as_example(x))):
                    out.append(x)
            # "we may disclose your personal information to: (a) ... (c) protect our rights": the intro says what
            # goes out, the case why; an intro that promises ("we do not share, except:") shows nothing itself
            if (items and any(x in out for x in items) and intro not in out and not self.has("negation", intro.index)
                    and self.has("pi_word", intro.index) and (self.has("share_verb", intro.index) or self.has("list_is_sharing", intro.index))):
                out.append(intro)
        out += [s for s in self.excepted_inline if s not in out]  # a case inside the denial's own sentence
        other_grounds = set(self.sharing_on_other_grounds)
        for s in self.policy.sentences:
            if s.heading or s in out or self.has("violation_case", s.index):
                continue
            i = s.index
            if s in other_grounds:
                out.append(s)
                continue
            # "you authorise X to use your data for its affiliates' marketing" provides it without a sharing verb
            sharing = (self.has("list_is_sharing", i) or self.has("share_verb", i)
                       or (self.has("consent_in_policy", i) and self.has("recipient", i)))
            if not sharing:
                continue
            if ((self.has("deemed_consent", i) or self.has("consent_in_policy", i)) and not self.negated(s)
                    and not self.has("user_provides", i)  # what the user hands a third party is not our provision
                    and not self.has("received", i)  # nor is "you agree that we obtain it from WeChat"
                    # nor consent deemed to a transfer abroad that names no recipient ("by using the app you agree to
                    # your data being transferred abroad"): the cross-border keys judge it, it gives no other handler data
                    and not (self.has("abroad", i) and not self.has("recipient", i))):
                out.append(s)
            elif self.has("affiliate_carve_out", i) and (self.has("without_consent", i) or self.has("negation", i)):
                out.append(s)
            elif s in self.deidentified_carve_outs:
                out.append(s)
            elif self.has("without_consent", i) and grounds_beyond_pipl13(self, i):
                out.append(s)
        return out

    @cached_property
    def deidentified_carve_outs(self) -> list[Sentence]:
        """"We do not share your personal information without your consent, unless it has been de-identified"
        ("未经您的同意，我们不会共享您的个人信息，除非共享的个人信息是去标识化或匿名化处理后的信息"): de-identified
        (pseudonymised) information is still personal information, so the exception lets it go to others without
        consent. Anonymised data alone is no personal information, and a promise with no exception shares nothing."""
        return [s for s in self.policy.sentences if not s.heading and self.has("pseudonymised", s.index)
                and self.has("exception_marker", s.index) and (self.has("negation", s.index) or self.has("without_consent", s.index))
                and (self.has("share_verb", s.index) or self.has("list_is_sharing", s.index)) and self.has("pi_word", s.index)]

    def _consent_beside(self, s: Sentence) -> bool:
        """Consent named in ``s``, the sentence after it, its intro, or a sentence before it under the same intro (not in
        the item before: "3.1 … 在取得您的单独同意后提供给咨询师。3.2 科研合作。经去标识化处理后…提供给…")."""
        near = [x for x in self.policy.window(s.index, 2, 1)
                if x.index >= s.index or x.index == s.intro or (x.intro is not None and x.intro == s.intro)]
        # (consent named only to dispense with it, "sin necesidad de su consentimiento", is none)
        return (any(self.has("any_consent", x.index) and not self.has("without_consent", x.index) for x in near)
                or (s.intro is not None and self.has("any_consent", s.intro) and not self.has("without_consent", s.intro)))

    @cached_property
    def deidentified_provided(self) -> list[Sentence]:
        """De-identified data handed to another party with de-identification as the only condition stated: "经去标识化
        处理后，我们可能将您的测评结果提供给合作的科研机构" / "we give partners hashed device IDs" with no consent in the
        sentence or beside it. De-identified data stay personal information (PIPL 73(3)): this is provision without
        consent. Entrusted processing, aggregate statistics and anonymised data are other matters."""
        out = []
        for s in self.where("pseudonymised"):
            i = s.index
            if (self.negated(s) or not (self.has("share_verb", i) or self.has("list_is_sharing", i))
                    or not (self.has("recipient", i) or self.has("third_party_word", i)) or self.has("entrusted", i)
                    or self.has("irreversible", i) or self.has("deidentified_alternative", i) or self.has("strong_measure", i)
                    or _AGGREGATE.search(s.text) or self._consent_beside(s)):
                continue
            out.append(s)
        return out

    @cached_property
    def sharing_on_other_grounds(self) -> list[Sentence]:
        """Sentences, outside any list of exceptions, that share data for research, litigation or the
        company's own rights with no consent in the sentence: "we will provide data to research groups",
        "we will share your information to pursue legal action"."""
        listed = {i.index for _, items, _ in self.exception_lists for i in items} | {x.index for x, _, _ in self.exception_lists}
        out = []
        for s in self.policy.sentences:
            i = s.index
            # (consent named only to be dispensed with, "sin su consentimiento", is no consent in the sentence)
            if s.heading or i in listed or self.negated(s) or (self.has("any_consent", i) and not self.has("without_consent", i)):
                continue
            # the data may be named by the section ("3. 信息披露" / "c) 如您违反…规则，需要向第三方披露")
            if not (self.has("data_word", i) or self.section_is(s, "data_word")):
                continue
            if (self.has("user_provides", i) or self.has("user_initiated", i) or self.has("pipl13_emergency", i)
                    or self.has("user_can", i)):
                continue  # the user's own act or complaint route ("you may bring a claim before the court")
            if not ((self.has("share_verb", i) or self.has("list_is_sharing", i))
                    and (self.has("recipient", i) or self.has("third_party_word", i) or self.has("authority_recipient", i)
                         or self.has("disclose_verb", i))):
                continue  # a recipient must be in view: a purpose list or a complaint route shares nothing
            # research or statistics count only for personal data given to researchers, not aggregate results,
            # de-identified output or the company's own analysis
            research = (self.has("ground_research", i) and self.has("pi_word", i) and self.has("authority_recipient", i)
                        and not self.has("deidentified", i))
            compelled = self.has("legal_requirement", i) or self.has("pipl13_legal_duty", i)
            # "legal process" the law compels is no ground of the company's own, but "litigation or dispute
            # needs" named beside it is
            litigation = self.has("ground_litigation", i) and (not compelled or self.has("litigation_need", i))
            # legitimate interests are never a PIPL 13 ground ("we may disclose it where our legitimate interests need")
            if research or self.has("ground_company_rights", i) or litigation or self.has("legit_interest_basis", i):
                out.append(s)
        return out
