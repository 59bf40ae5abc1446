"""Sharing requirements: separate consent for provision to another handler, public disclosure, and the
GB/T 35273 list of sharing without consent (severity standard)."""
from __future__ import annotations

import re

from policykg.compliance.checks_consent import NON_PIPL13_GROUNDS, anonymous_only, grounds_beyond_pipl13
from policykg.compliance.checks_transfer import separate_consent_after
from policykg.compliance.cues import cues_for
from policykg.compliance.facts import PolicyFacts
from policykg.compliance.text import Sentence
from policykg.compliance.verdicts import Verdict, verdict

# Cases outside the GB/T sharing list (2017 §8.5, 2020 §9.5) that PIPL art. 13 does not cover either.
SHARING_DEVIATIONS = dict(NON_PIPL13_GROUNDS, ground_litigation="litigation or dispute resolution",
                          ground_affiliate="affiliates or partners")
# Collection/use lists (2017 §5.4, 2020 §5.6) allow security of the service, research and news
# reporting; only these go beyond them.
COLLECTION_DEVIATIONS = {k: NON_PIPL13_GROUNDS[k] for k in ("ground_legit_interest", "ground_company_rights", "ground_other_terms")}


# consent asked for a later change of purpose ("关联公司如要改变个人信息的处理目的，将再次征求您的授权同意", "if they want to
# use it for another purpose, they will ask your consent again"): it is consent to the change, not to the provision
_PURPOSE_CHANGE = re.compile(r"(?:改变|变更|超出)[^。，；]{0,12}(?:处理|使用)?目的|(?i:\b(?:chang\w*|another|other|new|different)"
                             r"[^.;]{0,20}purposes?\b)")


def _for_purpose_change(x) -> bool:
    """``x`` asks consent only for a change of purpose the recipient may make later."""
    return bool(_PURPOSE_CHANGE.search(x.text))


# the recipients just named, taken up again: "上述第三方SDK", "以上合作方", "these third parties", "the SDKs above"
_RECIPIENT_ANAPHOR = re.compile(r"(?:上述|前述|以上|这些|该等)的?(?:第三方|SDK|合作方|合作伙伴|接收方|服务商|提供方)"
                                r"|(?i:\b(?:these|the above|such|the listed) (?:third[- ]part(?:y|ies)|sdks?|partners|recipients|providers)\b"
                                r"|\b(?:sdks?|third[- ]part(?:y|ies)|partners) (?:listed )?above\b)")


def _consent_for_the_run(f: PolicyFacts, s, provided: list, asks) -> bool:
    """Separate consent asked right after a run of provisions (the rows of an SDK table, a list of partners) by a
    sentence that takes those recipients up again ("在上述第三方SDK收集您的信息前，我们会单独征得您的同意"): it covers
    every provision of the run, not only the one next to it."""
    run = {x.index for x in provided}
    i = s.index + 1
    while i in run and not asks(i):
        i += 1
    sentences = f.policy.sentences
    return (i < len(sentences) and i - s.index <= 40 and asks(i) and bool(_RECIPIENT_ANAPHOR.search(sentences[i].text))
            and sentences[i].section == s.section)


def _separately_consented(f: PolicyFacts, s, provided: list) -> bool:
    """Separate consent said in the sentence or a neighbour, unless that neighbour is itself another provision
    to a recipient of its own ("5.1 data go to the manufacturer" / "5.2 with your separate consent, to insurers"):
    the consent of 5.2 is for the insurers, not for the manufacturer."""
    def asks(i: int) -> bool:  # "without your separate consent" names the consent only to dispense with it
        return f.has("separate_consent", i) and not f.has("without_consent", i)

    if asks(s.index):
        return True
    if _consent_for_the_run(f, s, provided, asks):
        return True
    # "…提供给我们在日本的关联公司X。…在向境外提供前，我们会通过弹窗单独征得您的同意": the separate consent PIPL 39 asks for
    # the transfer abroad is the consent to provide the data to that recipient
    if s in f.transfers_abroad[0] and separate_consent_after(f, [s]):
        return True
    others = {x.index for x in provided if x.index != s.index and f.has("recipient", x.index)}
    # nor a sibling case of the same list ("(c) with our affiliates; (d) to the camp organiser, with your separate
    # consent"): each case of a list states its own condition
    # nor the consent of a neighbouring numbered item ("1. … 驾校 … 我们会单独征求您的同意。" / "2. 我们会向母公司提供…"):
    # each item of a numbered series states its own provision and its own condition
    return any(asks(n.index) and n.index not in others and not (s.intro is not None and n.intro == s.intro)
               and not _for_purpose_change(n)
               and not (_opens_own_item(f, s) if n.index < s.index else _opens_own_item(f, n))
               for n in f.policy.window(s.index, 1, 1) if n.index != s.index)


def sharing_separate_consent(f: PolicyFacts, *, separate_required: bool = True) -> Verdict:
    """PIPL 23: the recipient named and separate consent before provision to another handler. Before PIPL,
    CSL art. 42 and GB/T 35273 (2017 §8.2, 2020 §9.2) ask only for consent, so only provision without any
    consent falls short."""
    standard_only = not separate_required
    provided = f.provision_to_others
    bypassed = f.provision_without_consent
    # "if you keep using the app after an update, you agree that we collect, use and share as the new policy says":
    # consent deemed to the policy as a whole names no recipient; where every provision the policy describes
    # waits for consent, it is a finding of consent-by-use and policy-changes, not of sharing
    generic = [s for s in bypassed if (f.has("deemed_consent", s.index) or f.has("consent_in_policy", s.index))
               and not (f.has("recipient", s.index) or f.has("third_party_word", s.index))]
    def asked(s) -> bool:  # consent beside the provision that is not itself deemed or written into the policy
        return any(f.has("any_consent", x.index) and not (f.has("deemed_consent", x.index) or f.has("consent_in_policy", x.index))
                   for x in f.policy.window(s.index, 1, 1))

    if bypassed and len(generic) == len(bypassed) and provided and all(asked(s) for s in provided):
        bypassed = []
    if bypassed:  # the sentences that show it first, then the provisions they govern
        return _consent_bypassed(f, provided, bypassed, standard_only=standard_only)
    if not provided:
        if [s for s in f.where("share_verb") if not f.negated(s)]:  # a bare denial ("we do not share ...") describes none
            return verdict("review", "Sharing is mentioned but no provision to a named kind of recipient could be read from the text (entrusted processing and data received are not provision).")
        return verdict("not-applicable", "No provision of personal information to another handler is described.")
    without = [s for s in provided if not _separately_consented(f, s, provided)]
    if standard_only:
        without = _without_any_consent(f, provided)
        if not without:
            return verdict("review", "Sharing is described with consent; whether that consent came before the sharing, as CSL art. 42 and GB/T 35273 ask, cannot be told from the text.", provided[:2])
    if without and not standard_only and all(_for_the_persons_contract(f, s) for s in without):
        return verdict("review", "The only provisions made without separate consent serve the contract the person asked for "
                       "(delivering his order, the booking he made): PIPL art. 13(1)(2) may dispense with consent (art. 13 "
                       "para 2), but whether art. 23's separate consent still applies to such a provision is debated.", without[:2])
    if without:
        what = "any consent" if standard_only else "separate consent for that provision"
        # personal information named before "this information", and before statistics; a provision the policy
        # states before one it only supposes ("if we need to share it, we will assess the third party")
        framed = _frames(f, without)  # and a list intro after the item that names the recipient
        without = sorted(without, key=lambda s: (_statistics_only(f, s), f.has("conditional", s.index), s.index in framed,
                                                 not f.has("pi_word", s.index)))
        return verdict("contravention", f"Personal information is provided to other handlers (affiliates, partners or third parties) without {what}.", without)
    return verdict("met", "Provision to other handlers is made subject to separate consent.", provided[:2])


def _for_the_persons_contract(f: PolicyFacts, s) -> bool:
    """``s`` provides data only to perform the contract the person himself asked for (cue ``contract_fulfilment``: "we
    pass your address to the courier to deliver your order", "para entregar los pedidos", "为完成配送"; or a PIPL
    13(1)(2) ground, ``pipl13_contract``), for no purpose beyond it (``beyond_contract``: a courier that also gets it
    for marketing receives a provision that needs separate consent like any other). A policy that itself says the
    provision needs no consent ("Estas transferencias no requieren su consentimiento") claims the dispensation
    outright rather than leaving it to the ground, and is judged as such (lawmix7)."""
    i = s.index
    # (a list of cases without consent opening next to it, "在以下情形中，…无需征得您的同意：", speaks of its own cases)
    intros = {intro.index for intro, items, _ in f.exception_lists if items and intro.index != i}
    return ((f.has("contract_fulfilment", i) or f.has("pipl13_contract", i)) and not f.has("beyond_contract", i)
            and not f.has("ads_word", i) and not f.negated(s)
            and not any(f.has("without_consent", x.index) for x in f.policy.window(i, 1, 1) if x.index not in intros))


def _consent_bypassed(f: PolicyFacts, provided: list, bypassed: list, *, standard_only: bool = False) -> Verdict:
    """The contravention where consent to provision is deemed, written into the policy or dispensed with: the
    sentences that show the bypass first, then the provisions it governs, framing intros and statistics last.
    Before PIPL (``standard_only``) a provision that waits for any consent ("在您授权同意后") falls short of nothing,
    so it is not among them."""
    without = (_without_any_consent(f, provided) if standard_only
               else [s for s in provided if not _separately_consented(f, s, provided)])
    # a sentence naming who receives the data shows the provision; a general "by using you agree that we
    # collect, use and share" shows only the deemed consent, after a case that bypasses consent ("to
    # protect our rights"). A case that asks consent ("if you consent to share it with a third party") or
    # a remedy for our own breach shows nothing adverse however plainly it names the recipient.
    def rank(s) -> tuple[int, int]:
        named = f.has("recipient", s.index)
        deemed = f.has("deemed_consent", s.index) or f.has("consent_in_policy", s.index)
        generic = not named and deemed
        # ("未经您同意…不会…：我们…可能将您的个人信息与关联公司…分享" names consent only to dispense with it)
        asks = f.has("any_consent", s.index) and not deemed and not f.has("without_consent", s.index)
        if named and not asks and not f.has("violation_case", s.index):
            return (0, s not in bypassed)
        if s in bypassed and not generic:
            return (1, 0)
        return (2 if generic else 3, 0)
    # aggregate or "non-personal" statistics handed to advertisers show no provision of personal
    # information: they come after every sentence that provides it
    # the intro of a list of cases ("we may disclose your information to: ...") frames its cases: after them
    framing = {intro.index for intro, items, _ in f.exception_lists if items}
    framed = _frames(f, bypassed + without)  # a plain list intro beside its own quoted item: after every case
    shown = sorted(dict.fromkeys(bypassed + without), key=lambda s: (_statistics_only(f, s), s.index in framed, rank(s),
                                                                              s.index in framing, not f.has("pi_word", s.index)))
    return verdict("contravention", "Consent to providing personal information to others is deemed, written into the policy, "
                   "or dispensed with (affiliates carved out, or grounds PIPL art. 13 does not list), so the recipient "
                   "gets no separate consent of its own.", shown)


def _without_any_consent(f: PolicyFacts, provided: list) -> list:
    """Before PIPL (consent, not separate consent): the provisions with no consent in the sentence or a neighbour
    that speaks of the same provision."""
    # "передавать ... без согласия субъекта" names consent only to dispense with it; a neighbour that turns to
    # the other cases ("apart from this, other sharing needs your consent") gives this provision no consent
    # (nor does a neighbour that is a provision of its own, "1. to the hospital, with your consent; 2. our affiliate
    # may use your records": the consent of one item does not reach the next)
    # (likewise a sibling item under a label of its own, "与医院共享：…" beside "与关联公司共享：…")
    own = {x.index for x in provided}
    without = [s for s in provided if f.has("without_consent", s.index)
               or not any(f.has("any_consent", x.index) for x in f.policy.window(s.index, 1, 1)
                          if x.index == s.index or not (f.has("other_than_this", x.index) or x.index in own
                                                        or _sibling_items(s, x) or _for_purpose_change(x)
                                                        # a neighbour that dispenses with consent ("... may disclose
                                                        # it without your consent") gives this provision none
                                                        or f.has("without_consent", x.index)))]
    return without


# a short label opening a list item ("与医院共享：", "Insurers:")
_ITEM_LABEL = re.compile(r"^\W{0,3}([^：:。，,.]{1,16})[：:]")


def _sibling_items(s, x) -> bool:
    """Two list items each opened by a label of its own: what one says (its consent) is not said of the other."""
    a, b = _ITEM_LABEL.match(s.text), _ITEM_LABEL.match(x.text)
    return bool(a and b and a.group(1).strip() != b.group(1).strip())


_INTRO_END = re.compile(r"[:：]\W{0,2}$")
_ITEM_SPAN = 15  # the items of a list follow their intro closely


def _frames(f: PolicyFacts, quotes: list) -> set[int]:
    """List intros ("在以下情况下，我们会向第三方共享您的数据信息：") quoted beside one of their own items: the item
    shows the case, the intro only frames it, so it comes after. An item is a sentence hung off the intro, or one that
    follows it closely when the segmenter hung it off nothing. An intro that itself writes consent into the policy
    ("您同意我们基于如下目的与第三方共享信息：") shows the point and keeps its place."""
    out = set()
    for s in quotes:
        if not _INTRO_END.search(s.text) or f.has("consent_in_policy", s.index) or f.has("deemed_consent", s.index):
            continue
        if any(x.intro == s.index or (x.intro is None and s.index < x.index <= s.index + _ITEM_SPAN) for x in quotes if x is not s):
            out.add(s.index)
    return out


def _statistics_only(f: PolicyFacts, s) -> bool:
    """Aggregated statistics or anonymous data handed over ("经统计加工后提供给广告商", "aggregate usage
    figures"): no provision of personal information shows in it. Data the policy merely labels
    "non-personal" (device IDs, IP addresses) may still be personal, so the label alone does not count."""
    return f.has("anonymous_data", s.index) and not f.has("pseudonymised", s.index)


def _bypass(f: PolicyFacts, x) -> bool:
    """A case naming a ground PIPL 13 does not list, that does not itself ask for consent."""
    return bool(grounds_beyond_pipl13(f, x.index)) and not f.has("any_consent", x.index)


def _bypassing_public_lists(f: PolicyFacts) -> list:
    """The intros of lists of public disclosures with a case that bypasses consent (see _bypass)."""
    sentences = f.policy.sentences
    without = [intro for intro, items, kind in f.exception_lists if f.has("public_disclosure", intro.index)
               and any(_bypass(f, x) for x in items)]
    # under a "public disclosure" heading, "we may disclose your information for the following purposes:" lists
    # the cases of public disclosure, whether or not it says "without consent"
    # (also when the intro is itself read as a disclosure list: under that heading its cases are public ones)
    without += [intro for intro in _disclosure_lists(f) if intro not in without
                and any(_bypass(f, x) for x in sentences if x.intro == intro.index)]
    return without


def _bypassing_cases(f: PolicyFacts, intros: list) -> list:
    """The cases of the lists ``intros`` opens that bypass consent (see _bypass), list by list: they show the point."""
    return [x for intro in intros for x in f.policy.sentences if x.intro == intro.index and _bypass(f, x)]


_LIKENESS = re.compile(r"肖像|姓名|个人形象|\blikeness\b|\bname\b")


def public_disclosure(f: PolicyFacts, *, pipl_in_force: bool = True) -> Verdict:
    """PIPL 25: no public disclosure without separate consent (before PIPL, GB/T 35273 §8.4/§9.4 and its list
    of cases, which the reason then names instead).

    A licence over the person's data to copy, publish or distribute it, granted by accepting the terms, lets the data
    go to the public with no consent of its own, whatever the policy promises of public disclosure elsewhere: where
    nothing else shows a contravention, it does (a prohibition, "不得复制、传播", or a list of banned tools that
    names "unauthorised software", grants nothing)."""
    judged = _public_disclosure(f, pipl_in_force=pipl_in_force)
    shown = [s for s in f.shown_by_default[0] if not f.has("separate_consent", s.index) and not anonymous_only(f, s)]
    shown.sort(key=lambda s: not f.has("by_default", s.index))  # the sentence that says the service sets it, first
    if judged.verdict != "contravention" and shown:
        return verdict("contravention", "Content is made visible to all users or the public by the service itself (by default, "
                       "not at the person's choice, with at most a setting to hide it): a public disclosure without the "
                       + ("separate consent PIPL art. 25 requires." if pipl_in_force
                          else "explicit consent the standard (GB/T 35273) requires."), shown)
    if judged.verdict == "contravention" or not f.hits.get("licence_publish"):
        return judged
    licences = [s for s in f.where("licence_publish") if not f.negated(s) and not _UNAUTHORISED.search(s.text)
                and (f.has("data_word", s.index) or f.has("pi_word", s.index) or _LIKENESS.search(s.text))]
    if licences:
        return verdict("contravention", "The person licenses the company to copy, publish or distribute his information: "
                       "a public disclosure with no separate consent of its own.", licences)
    return judged


_UNAUTHORISED = re.compile(r"(?:非|未经)[^。，；]{0,12}授权")


# the public named as the audience of a disclosure ("publicly disclose", "make it public", "divulgar públicamente",
# "публично раскрывать"); not "public safety" or "public authorities"
_PUBLIC_AUDIENCE = re.compile(r"\bpublicly\b|\bpublic disclos|\bto the (?:general )?public\b|\bmade public\b|\bmake\b[^.]{0,20}\bpublic\b"
                              r"|públicamente|divulgación pública|hacer públic|публичн\w*|общедоступн\w*|ictimaiyyətə|açıq şəkildə", re.IGNORECASE)


def _says_public(f: PolicyFacts, s) -> bool:
    """The clause names the public as the audience; an item of a list, through the intro that states the act (the item
    names a case: "(e) the information is disclosed to the public by yourself" is the user's act, not ours)."""
    if s.intro is not None:
        return bool(_PUBLIC_AUDIENCE.search(f.policy.sentences[s.intro].text))
    return bool(_PUBLIC_AUDIENCE.search(s.text))


def _flat_public_denial(f: PolicyFacts) -> bool:
    """A denial of public disclosure with no exception ("We do not publicly disclose your personal information."): not
    one qualified by consent or "in principle" ("we do not publicly disclose it without your consent"), nor one the
    next sentence takes back ("However, we may disclose it ..."), whose exceptions are the denied act."""
    sentences = f.policy.sentences
    def flat(s) -> bool:
        if not (f.negated(s) and _PUBLIC_AUDIENCE.search(s.text)) or s.text.rstrip().endswith((":", "：")):
            return False
        if f.has("any_consent", s.index) or f.has("without_consent", s.index) or _QUALIFIED.search(s.text):
            return False
        after = sentences[s.index + 1].text if s.index + 1 < len(sentences) else ""
        return not _CONTRAST_START.match(after)
    return any(flat(s) for s in f.where("public_disclosure"))


_QUALIFIED = re.compile(r"in principle|as a rule|generally|en principio|por regla general|как правило|в принципе", re.IGNORECASE)
_CONTRAST_START = re.compile(r"\W*(?:however|but|nevertheless|sin embargo|no obstante|pero|однако|но|lakin|ancaq)", re.IGNORECASE)


def _public_disclosure(f: PolicyFacts, *, pipl_in_force: bool = True) -> Verdict:
    """The verdict the clauses on public disclosure give by themselves (consent deemed or written into the policy,
    penalty notices, lists of cases outside PIPL 13, consent promised); ``public_disclosure`` then weighs a licence
    to publish granted elsewhere in the terms."""
    found = _disclosures_found(f)
    # "We may share, transfer or disclose your information in these cases: ..." beside a flat "We do not publicly
    # disclose your personal information": the policy's own words set plain disclosure apart from public disclosure,
    # so where it denies the latter outright, a clause saying only "disclose" discloses to someone, not to the public
    # (lawmix12; Chinese "公开披露" always names the public, so only the Latin and Cyrillic texts need this)
    if found and f.policy.language != "zh" and _flat_public_denial(f):
        found = [s for s in found if _says_public(f, s) and not f.has("pipl13_public", s.index)]
    if not found:
        return verdict("not-applicable", "No public disclosure of personal information is described.")
    deemed = _deemed_disclosure(f, found)
    if deemed is not None:
        return deemed
    penalty = _penalty_notices(f, found)
    if penalty:
        return verdict("contravention", "Personal information is disclosed publicly as a sanction (penalty notices on accounts), without consent.", penalty)
    # a clause on children's data only says nothing of public disclosure in general
    # (a guardian named only as the one who may consent in the person's stead, "除非获得您（或您的监护人）的单独同意",
    # "unless you or your parent consents", keeps the clause general: it speaks of no child's data)
    found = [s for s in found if not (f.has("minors_mention", s.index) or f.has("guardian_consent", s.index))
             or _guardian_in_stead_only(s.text)]
    if not found:
        return verdict("review", "Public disclosure is mentioned only for children's data; the general rule cannot be read.")
    # a user's breach announced to the public ("处罚公告", "we may publish your default") is a sanction: no consent
    # is asked for it, and neither PIPL 13 nor the standard's list gives it as a case
    # (also when carved out of a promise not to disclose: "除对违规账号进行处罚公告时…外，我们不会公开披露")
    sanctions = [s for s in found if not f.has("consent_condition", s.index)
                 and (f.has("sanction_disclosure", s.index) or f.has("sanction_carve_out", s.index))]
    if sanctions:
        return verdict("contravention", "Users' breaches of the rules are disclosed to the public as a sanction, without "
                       + ("the separate consent PIPL art. 25 requires." if pipl_in_force else "the explicit consent the standard (GB/T 35273) requires."), sanctions)
    return _disclosure_by_consent(f, found, pipl_in_force=pipl_in_force)


# the person or his guardian as alternative consenters: "您（或您的监护人）", "您或您的父母", "you (or your parent or guardian)"
_YOU_OR_GUARDIAN = re.compile(r"(?:您|你)\s*[（(]?\s*(?:或|或者|及|和)(?:您|你)?的?(?:父母|法定)?监护人|(?:您|你)(?:或|或者)(?:您|你)?的?父母"
                              r"|\byou\s*\(?(?:or|and) your (?:parents?|(?:legal )?guardians?)\b", re.IGNORECASE)
_CHILD_WORD = re.compile(r"儿童|未成年|未满|\bchild|\bminor|\bunder (?:the age of )?1[3-8]\b", re.IGNORECASE)


def _guardian_in_stead_only(text: str) -> bool:
    """The guardian is named only as the one who may act for the person (see _YOU_OR_GUARDIAN), with no child's data."""
    return bool(_YOU_OR_GUARDIAN.search(text)) and not _CHILD_WORD.search(text)


# the turn from a denial to what is affirmed after it: "…，但…", "…; however, …", "…, but …"
_BUT = re.compile(r"[，,；;]\s*(?:但|但是|然而|不过)|[,;]\s*(?:but|however)\b|[,;]\s*(?:pero|sin embargo)\b|[,;]\s*(?:но|однако)\b",
                  re.IGNORECASE)


def _affirmed_after_but(f: PolicyFacts, s: Sentence, fact: str) -> bool:
    """``fact``'s cue matches the clause after the sentence's turn from its denial (see _BUT), which the denial's
    negation does not reach."""
    m = _BUT.search(s.text)
    if not m:
        return False
    tail = s.text[m.end():]
    return any(c.search(tail) for c in cues_for(f.policy.language).get(fact, ()))


def _disclosures_found(f: PolicyFacts) -> list:
    """The sentences that describe a public disclosure by the handler: stated ones, the intros of disclosure lists,
    sanctions carved out of a promise and promises with exceptions; what merely sits beside the point (a breach
    scenario, a change list, a table of contents) or is no disclosure of personal information is left out."""
    sentences = f.policy.sentences

    def beside_the_point(s) -> bool:  # a breach scenario, a list of changes or a table of contents
        intro = sentences[s.intro] if s.intro is not None else None
        # (a numbered line is a contents entry only when it reads as a title: not a clause opening a list of cases)
        return (f.has("security_context", s.index) or f.has("policy_change", s.index)
                or (intro is not None and f.has("policy_change", intro.index))
                or (f.has("toc_question", s.index) and not (s.text.rstrip().endswith(("：", ":")) and "，" in s.text)))

    # "information already publicly disclosed" is a source of data (PIPL 13(6)), not a disclosure by the handler
    # nor are aggregate or anonymous statistics made public personal information
    found = [s for s in f.where("public_disclosure") if not f.negated(s) and not beside_the_point(s)
             and not f.has("pipl13_public", s.index) and not anonymous_only(f, s)]
    found += [s for s in _disclosure_lists(f) if s not in found]
    # a user's breach posted with his account ("对于严重违反平台规则的乘客，我们可能在平台内公示其账号昵称") is a public
    # disclosure though it says neither 公开 nor "public": posting to all users is what 公示 means
    # (also after a denial the same sentence turns from, "我行不会公开披露…，但对于逾期不还款的持卡人，我行可在媒体上公告催收":
    # the denial's negation ends at 但/but, and the case after it is affirmed)
    found += [s for s in f.where("sanction_disclosure") if (not f.negated(s) or _affirmed_after_but(f, s, "sanction_disclosure"))
              and not beside_the_point(s) and s not in found]
    # a sanction carved out of a promise not to disclose still discloses ("除对违规账号进行处罚公告时…外，我们不会公开披露")
    found += [s for s in f.where("sanction_carve_out") if f.has("public_disclosure", s.index) and s not in found]
    # the opening of a list of exceptions that names public disclosure, though the segmenter took it for a title
    # ("7.4 哲信保证不对外公开或向任何第三方提供您的个人信息，但是存在下列情形之一的除外：")
    # (only a promise with exceptions: an affirmative "we disclose publicly in these cases:" title is judged by its cases)
    # (and one the segmenter kept as a sentence: "趣步行不会公开或向任何第三方透露…，但以下情形除外：" is a promise
    # whose cases are public disclosures as much as provisions; its cases decide, not the denial)
    found += [intro for intro, items, _ in f.exception_lists if items and intro not in found
              and f.has("public_disclosure", intro.index) and f.has("negation", intro.index)]
    return found


# publishing named by its noun or verb ("соглашается на публикацию своих фотографий", "acepta la publicación")
_PUBLISH_WORD = re.compile(r"публикаци|опубликова|publicaci[oó]n|\bpublica(?:r|mos)\b|\bpublication\b|\bpublish|\bdərc", re.IGNORECASE)


def _deemed_disclosure(f: PolicyFacts, found: list) -> Verdict | None:
    """A contravention when consent to any of the disclosures ``found`` is deemed by use or written into the policy
    (PIPL 25 asks it separately); None when none is."""
    deemed = [s for s in found if f.has("deemed_consent", s.index) or f.has("consent_in_policy", s.index)]
    # "The University publishes photos of participants on its site. By applying, the participant agrees to the
    # publication of his photos.": the next sentence deems the consent to the disclosure just stated (lawmix15)
    said = {s.index for s in found}
    deemed += [x for x in f.where("deemed_consent") if x.index - 1 in said and x not in deemed and not f.negated(x)
               and f.policy.language != "zh" and not f.has("licence_publish", x.index)
               and (f.has("public_disclosure", x.index) or f.has("disclose_verb", x.index) or bool(_PUBLISH_WORD.search(x.text)))]
    if deemed:
        # then the disclosures that consent is made to cover ("we may publish winners' names"); a case of a list of
        # public disclosures that names a ground of the company's own ("to protect our rights") shows the disclosure
        # itself, before a consent deemed to the whole policy ("by using the app you agree that we collect, use,
        # share and publicly disclose ...")
        bypassing = _bypassing_cases(f, _bypassing_public_lists(f))
        generic = [s for s in deemed if not f.has("we_disclose", s.index)]
        shown = (bypassing if generic else []) + deemed + [s for s in found if s not in deemed and f.has("we_disclose", s.index)]
        # the disclosure a neighbour's deemed consent is made to cover, first (lawmix15)
        covered = [s for s in found if s not in shown and any(x.index == s.index + 1 for x in deemed)]
        shown = covered + shown
        return verdict("contravention", "Consent to public disclosure is deemed given by use or written into the policy, not separately given.", shown)
    return None


def _disclosure_by_consent(f: PolicyFacts, found: list, *, pipl_in_force: bool) -> Verdict:
    """The verdict from the consent each disclosure ``found`` waits for: cases with explicit or separate consent,
    lists whose cases bypass it, disclosures we state with no consent or compulsion, and consent of unsaid kind."""
    sentences = f.policy.sentences
    consent_facts = ("separate_consent", "explicit_consent")
    consented = []
    for s in found:
        items = [i for i in sentences if i.intro == s.index]
        if any(f.has(c, x.index) for c in consent_facts for x in [s, *items]):
            consented += [s] + [x for x in items if any(f.has(c, x.index) for c in consent_facts)]
    without = _bypassing_public_lists(f)
    if without and f.policy.language != "zh" and _flat_public_denial(f):
        without = [s for s in without if _says_public(f, s)]  # (see the flat denial above)
    if without:
        # the grounds themselves show the point; the "we do not disclose, except:" intro only frames them
        grounds = _bypassing_cases(f, without)
        reason = ("Public disclosure without consent is allowed on grounds PIPL art. 13 does not list, bypassing the separate consent PIPL art. 25 requires."
                  if pipl_in_force else
                  "Public disclosure without consent is allowed in cases outside the standard's list (GB/T 35273), bypassing the explicit consent it requires.")
        return verdict("contravention", reason, grounds + without)
    in_lists = {i.index for _, items, _ in f.exception_lists for i in items} | {intro.index for intro, _, _ in f.exception_lists}
    # only a sentence saying we disclose publicly, and not because the law compels it, shows a disclosure
    bare = [s for s in found if s.index not in in_lists and f.has("we_disclose", s.index)
            and not (f.has("legal_requirement", s.index) or f.has("pipl13_legal_duty", s.index))]
    # "photos are published ... only with the written consent of those shown": consent is asked, whether separately
    # is not said (review below), which is no disclosure without consent
    asked = [s for s in bare if f.has("any_consent", s.index) and not (f.has("without_consent", s.index) or f.has("negation", s.index)
                                                                       or f.has("deemed_consent", s.index))]
    bare = [s for s in bare if s not in asked]
    # "if you break the platform rules ... we may publish your name and contact details": a disclosure we state
    # we may make, with no consent and no legal compulsion in it, is made without consent, whatever consent
    # other cases of disclosure wait for
    # (a case of a "we do not share, except:" list too: the case itself says it needs no consent)
    sanction = [s for s in found if s not in consented and f.has("we_disclose", s.index) and f.has("conditional", s.index)
                and not (f.has("any_consent", s.index) or f.has("negation", s.index)
                         or f.has("legal_requirement", s.index) or f.has("pipl13_legal_duty", s.index))]
    if consented and sanction:
        return verdict("contravention", "Personal information may be disclosed publicly in a case that asks no consent, beside the cases that do.", sanction)
    if consented:
        return verdict("met", "Public disclosure is limited to cases with the person's explicit or separate consent, or compelled by law.", consented[:3])
    promised = [s for s in bare if f.has("negation", s.index) and f.has("exception_marker", s.index) and f.has("any_consent", s.index)]
    if promised:  # "we do not disclose publicly unless the law requires or you consent"
        return verdict("review", "Public disclosure is promised only with consent or as the law requires; whether that consent is separate (PIPL art. 25) is not said.", promised[:2])
    if bare:
        return verdict("contravention", "Personal information may be disclosed publicly without separate consent.", bare)
    if asked:
        return verdict("review", "Public disclosure is made with the person's consent; whether that consent is separate (PIPL art. 25) is not said.", asked[:2])
    return verdict("review", "Public disclosure is mentioned (in a list of cases, as compelled by law, or in passing) but no disclosure without consent is described.", found[:2])


def _penalty_notices(f: PolicyFacts, found: list) -> list:
    """Penalty notices among the public disclosures ``found``, or beside them. "except for penalty notices on
    rule-breaking accounts, we do not disclose your information publicly": the carved-out penalty notice is a public
    disclosure no one consents to; so is a case of a list a found sentence opens ("我们仅会在以下情况下，公开披露您的个人
    信息：… 3）因需要对违规账号进行处罚公告的"), whatever consent the other cases wait for, and a clause of the same
    public-disclosure section ("(1) 我们不会公开披露您的信息，除非…" / "(2) 对违规账号进行处罚公告时，我们会披露相关账号的必要信息")."""
    sentences = f.policy.sentences
    opened = {s.index for s in found}
    cases = [x for x in sentences if x.intro in opened and x not in found and not f.negated(x)]
    sections = {s.section for s in found if s.section}
    cases += [x for x in sentences if x.section in sections and x not in found and x not in cases and not x.heading
              and f.has("sanction_disclosure", x.index) and not f.negated(x)]
    return [s for s in found + cases if f.has("penalty_notice", s.index)]


def _disclosure_lists(f: PolicyFacts) -> list:
    """Sentences that introduce a list of disclosures in a section about public disclosure."""
    sentences = f.policy.sentences
    intros = {s.intro for s in sentences if s.intro is not None}
    cues = cues_for(f.policy.language)

    def public_only(section: str) -> bool:  # "5.3 公开披露", not "how we share, transfer and disclose"
        return (bool(section) and any(c.search(section) for c in cues.get("public_disclosure", ()))
                and not any(c.search(section) for c in cues.get("sharing_word", ())))

    return [sentences[i] for i in sorted(intros) if f.has("list_is_sharing", i) and not f.negated(sentences[i])
            and public_only(sentences[i].section) and not _names_other_acts(f, sentences[i])]


# a word for disclosing at all ("披露", "公开", "disclose", "public"): an intro with none of them lists no disclosures
_DISCLOSE_WORD = re.compile(r"披露|公开|公布|disclos|public|divulg|publica|раскры|опубликов|açıqla", re.IGNORECASE)


def _names_other_acts(f: PolicyFacts, s: Sentence) -> bool:
    """The intro names the acts its cases are about, and disclosing is not one ("3.4 以下情形中，我们收集、使用、共享您的
    个人信息无需征得您的同意" under the heading "3.3 公开披露", or a sibling section the heading reader ran into): the
    cases are of collection, use and sharing, whatever heading the list sits under."""
    return f.has("sharing_word", s.index) and not _DISCLOSE_WORD.search(s.text)


# a line that opens on a numbered item marker ("2. ", "（3）", "三、")
# (also a dotted section number with no closing mark, "2.2 为向您推荐…", but not a decimal in the text, "3.5亿用户")
_OWN_ITEM = re.compile(r"\s*(?:\d{1,2}(?:\.\d{1,2})*[.、．)）]|[（(]\d{1,2}[)）]|[一二三四五六七八九十]+[、.．]|\d{1,2}(?:\.\d{1,2})+(?=\s|$))")


def _opens_own_item(f: PolicyFacts, s: Sentence) -> bool:
    """``s`` starts a line with a numbered item marker (the segmenter may have cut the marker off its text)."""
    text = f.policy.text
    prefix = text[text.rfind("\n", 0, s.start) + 1:s.start]
    if prefix.strip():
        return bool(_OWN_ITEM.fullmatch(prefix.strip()))
    return bool(_OWN_ITEM.match(s.text))


def _continued_with_consent(f: PolicyFacts, s: Sentence) -> bool:
    """The line right after a case carries it on (it is no item of its own list, nor a heading) and makes it
    wait for consent: "2. we may give partners your device model, / once you consent, they may obtain it"."""
    sentences = f.policy.sentences
    if s.index + 1 >= len(sentences):
        return False
    nxt = sentences[s.index + 1]
    # consent asked again only if the recipient changes the purpose ("将再次征求您的授权同意") is none for this provision
    # (a line opening a numbered item of its own, "2. 我们不会公开披露…除非获得您的明确同意", starts a new clause: it carries no case on)
    return (not nxt.heading and nxt.intro in (None, s.index) and not f.has("without_consent", nxt.index)
            and not _opens_own_item(f, nxt)
            and not f.has("new_consent", nxt.index)
            and (f.has("seek_consent", nxt.index) or f.has("consent_condition", nxt.index)))


def gbt_sharing_exceptions(f: PolicyFacts, *, pipl_in_force: bool, edition_2017: bool = False) -> Verdict:
    """GB/T 35273 2017 §8.5 / 2020 §9.5: sharing without consent only in the listed cases. The 2017 list
    has no item for the controller's legal obligations or requests of the authorities in general (2020
    §9.5 a) added it); only national security, public safety and health, criminal proceedings, vital
    interests and information already public."""
    bad, judged, contested = _listed_deviations(f, pipl_in_force=pipl_in_force, edition_2017=edition_2017)
    bad += _unlisted_sharing(f, bad, pipl_in_force=pipl_in_force, edition_2017=edition_2017)
    bad += [s for s in f.sharing_on_other_grounds if s not in bad]
    bad += [s for s in f.deidentified_carve_outs if s not in bad]  # de-identified PI shared without consent
    bad += [s for s in f.deidentified_provided if s not in bad]  # "经去标识化处理后…提供给合作方", no consent in sight
    bad += [s for s in f.excepted_inline if s not in bad]  # a recipient a denial excepts inline ("except (2) with SDK providers")
    # content the service itself shows to all by default ("我们会在“学霸榜”中展示学员的昵称"), with no consent asked for it, is
    # a public disclosure no case of the list covers (lawzh21; as public_disclosure reads it)
    bad += [s for s in f.shown_by_default[0] if not f.has("separate_consent", s.index) and s not in bad]
    bad = [s for s in bad if not anonymous_only(f, s)]  # anonymous or "non-personal" statistics are no PI
    if bad:
        bad = _deviations_shown(f, bad, contested)
        return verdict("contravention", "Sharing or disclosure without consent is allowed in cases outside the standard's list (deviation from GB/T 35273, not a breach of law in itself).", bad)
    if contested:
        return verdict("review", "Litigation is named beside mandatory legal requests as a case of disclosure without consent; whether it means compelled disclosure (a legal duty) or the company's own suits cannot be told from the text.", contested[:2])
    if judged:
        return verdict("met", "The cases of sharing or disclosure without consent stay within the standard's list (or restate PIPL art. 13 grounds).", judged[:2])
    if [s for s in f.where("share_verb") if not f.negated(s)] or f.where("public_disclosure"):  # not a bare denial
        return verdict("review", "Sharing or disclosure is mentioned but no case without consent could be read from the text.")
    return verdict("not-applicable", "No sharing or disclosure without consent is described.")


def _listed_deviations(f: PolicyFacts, *, pipl_in_force: bool, edition_2017: bool) -> tuple[list, list, list]:
    """The cases of the policy's exception lists that fall outside the standard's list (bad), the intros judged, and
    the cases that cannot be told either way (litigation beside compelled disclosure)."""
    bad, judged, contested = [], [], []
    for intro, items, kind in f.exception_lists:
        deviations = COLLECTION_DEVIATIONS if kind == "collection" else SHARING_DEVIATIONS
        judged.append(intro)
        for s in [intro, *(i for i in items if not f.negated(i))]:  # a denial in the list is no case
            if s is not intro and f.has("entrusted", s.index) and not f.entrusted_only_as_example(s):
                continue  # a processor working on our instructions (PIPL 21) is no case of sharing
            if s is not intro and f.has("consent_condition", s.index) and not f.has("without_consent", s.index):
                continue  # a case that waits for the person's consent ("as the law allows or with your consent") bypasses none
            if s is not intro and _continued_with_consent(f, s):
                continue  # nor one whose own next line asks it ("3. we may give partners your device data; 在经过您的授权同意后 ...")
            if edition_2017 and kind != "collection" and s is not intro and (f.has("legal_requirement", s.index) or f.has("pipl13_legal_duty", s.index)):
                bad.append(s)
                continue
            # neither edition's sharing list (2017 §8.5, 2020 §9.5) has the contract the person asked for: that case is
            # the collection list's (2017 §5.4 f, 2020 §5.6 f); before PIPL made it a ground (13(2)), sharing on it deviates
            if not pipl_in_force and kind != "collection" and s is not intro and f.has("pipl13_contract", s.index):
                bad.append(s)
                continue
            own = [g for g in deviations if f.has(g, s.index)]
            if own == ["ground_litigation"] and f.has("compelled", s.index):
                # "law, legal process, litigation or mandatory requests": litigation as a source of a compelled
                # disclosure is a legal duty (2020 §9.5 a), but read as the company's own suits it is none; the text
                # cannot tell which, so it is no ground for `met` either
                contested.append(s)
                continue
            if any(f.has(g, s.index) for g in deviations) and not (
                    f.has("pipl13_emergency", s.index) and not any(f.has(g, s.index) for g in deviations
                                                                  if g not in ("ground_legit_interest", "ground_company_rights"))):
                if pipl_in_force and not any(f.has(g, s.index) for g in deviations if g not in ("ground_litigation",)) and f.has("pipl13_legal_duty", s.index):
                    continue  # a legal duty PIPL 13(3) allows is never a deviation
                bad.append(s)
    return bad, judged, contested


def _unlisted_sharing(f: PolicyFacts, bad: list, *, pipl_in_force: bool, edition_2017: bool) -> list:
    """Sharing without consent outside any list: provision with no consent in sight and, against the 2017 list, legal
    obligations in general; ``bad`` holds the cases already found (the 2017 rule adds none twice)."""
    # provision to another handler with no consent in sight is sharing without consent, and no case of the
    # standard's list covers it (affiliates, partners, advertisers or any third party alike)
    # (what the person's own contract needs, "only what fulfilling your order needs", is PIPL 13(2): no deviation once in force)
    # (a neighbour that turns to the other cases, "除此之外，其他共享需征得您的同意", gives this provision no consent: as in
    # sharing_separate_consent; "... to collection agencies without the client's consent" names consent only to
    # dispense with it)
    # (a sibling case of the same list that waits for consent, "(d) …with your separate consent", is no consent to this one)
    # (nor the consent of a neighbouring provision to a recipient of its own, "3.1 …提供给合作私教工作室。3.2 …提供给保险公司，
    # 投保前我们会单独征得您的同意", nor consent asked for a later change of purpose: as in sharing_separate_consent)
    others = {x.index for x in f.provision_to_others if f.has("recipient", x.index)}
    affiliate_sharing = [s for s in f.provision_to_others
                         if not any(f.has("any_consent", x.index) and not f.has("without_consent", x.index)
                                    for x in f.policy.window(s.index, 1, 1)
                                    if x.index == s.index or not (f.has("other_than_this", x.index)
                                                                  or (s.intro is not None and x.intro == s.intro)
                                                                  or x.index in others or _for_purpose_change(x)))
                         and not (f.has("legal_requirement", s.index) or f.has("pipl13_legal_duty", s.index))
                         and not (pipl_in_force and (f.has("pipl13_contract", s.index) or _for_the_persons_contract(f, s)))]
    found = affiliate_sharing
    if edition_2017:
        # "we may disclose it without your consent where required by laws and regulations", outside any list: the
        # 2017 list has no item for legal obligations in general, inline or listed alike
        # (an intro whose cases follow on its own line, with no items after it, states them inline)
        in_lists = {x.index for intro, items, _ in f.exception_lists if items for x in [intro, *items]}
        found += [s for s in f.policy.sentences if not s.heading and s.index not in in_lists and s not in bad + found
                  and f.has("without_consent", s.index) and (f.has("share_verb", s.index) or f.has("disclose_verb", s.index))
                  and (f.has("legal_requirement", s.index) or f.has("pipl13_legal_duty", s.index)) and not f.negated(s)]
    return found


def _deviations_shown(f: PolicyFacts, bad: list, contested: list) -> list:
    """The deviations in the order they show the point: carried cases with their opener, the company's own grounds
    and cases naming personal information first, intros that only frame them after, doubtful cases last."""
    # a case an inline list carries on the next line ("... if necessary in order to: (1) comply with the law" /
    # "(2) protect our rights") is quoted with the sentence that opens it
    carried = {s.index: [c for c in f.enumeration_after(s) if any(f.has(g, c.index) for g in SHARING_DEVIATIONS)
                         and not anonymous_only(f, c)] for s in bad}
    bad = [x for s in bad for x in [*carried[s.index], s]]
    carried_cases = {c.index for cases in carried.values() for c in cases}  # they let go the data their opener names
    # "we may use and disclose your information ... to enforce our terms or protect our rights" discloses on the
    # company's own ground though it names no recipient: it shows the deviation as plainly as a listed case
    # (or on its legitimate interests: "Podremos comunicar sus datos … para defender los intereses legítimos de la bodega")
    bad += [s for s in f.policy.sentences if not s.heading and s not in bad
            and (f.has("ground_company_rights", s.index) or f.has("ground_legit_interest", s.index))
            and (f.has("share_verb", s.index) or f.has("list_is_sharing", s.index) or f.has("disclose_verb", s.index))
            and f.has("data_word", s.index)  # ("Podremos revelar sus datos … para proteger nuestros derechos": disclosing is letting go)
            and not (f.has("any_consent", s.index) or f.negated(s) or f.has("user_provides", s.index) or anonymous_only(f, s))
            # a change clause ("we post changes where we deem appropriate, so you know when we disclose") discloses nothing
            and not (f.has("policy_change", s.index) or f.has("toc_question", s.index))]
    # the cases themselves show the point; an intro ("except in the following cases:") only frames them
    intros = {intro.index for intro, _, _ in f.exception_lists}
    strong = ("ground_company_rights", "ground_legit_interest", "ground_other_terms")
    # and a case that names the personal information it lets go ("share your personal information with
    # partners") before one that names none ("some services are provided by partners")
    bad = sorted(dict.fromkeys(bad), key=lambda s: (s.index in intros, not any(f.has(g, s.index) for g in strong),
                                                    not (f.has("pi_word", s.index) or s.index in carried_cases)))
    bad += [s for s in contested if s not in bad]  # the doubtful case last, beside the plain ones
    return bad
