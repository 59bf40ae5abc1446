"""Consent requirements: consent deemed by use, bundled consent, changes, and grounds without consent."""
from __future__ import annotations

import re

from policykg.compliance.cues import cues_for
from policykg.compliance.facts import PolicyFacts
from policykg.compliance.text import Sentence
from policykg.compliance.verdicts import Verdict, verdict

# es "las fotografías podrán publicarse", "sus datos pueden comunicarse": a plural modal governing an infinitive with
# enclitic se is a passive of things (the reader, usted or tú, takes a singular verb), so it is no route of the reader
_PLURAL_PASSIVE_MODAL = re.compile(r"\b(?:pueden|podrán|podrían)\s+(?:\w+\s+)?\w+(?:ar|er|ir)se\b", re.IGNORECASE)

# a sentence about a changed text ("变更后的内容", "the amended policy"): refusing it is a later choice, not the bundle
_CHANGED = re.compile(r"变更|修订|修改|更新|\b(?:amend|revis|chang|updat)\w*", re.IGNORECASE)

# "如您不同意变更后的内容，请您不要点击确认或继续使用本软件": an instruction to stop, not continued use
_DONT_CONTINUE = re.compile(r"(?:不要|请勿|勿|不得|不应)[^。，；]{0,8}(?:或|和)?继续使用")
# "拒绝不会影响您继续使用本软件": continued use that a refusal leaves open deems nothing
_NOT_AFFECT = re.compile(r"不(?:会)?影响(?:您|你)?(?:的)?继续使用")
# a refusal of data named just before ("不同意我们记录前述信息"), not of the policy as a whole
_SPECIFIC_DATA_REFUSAL = re.compile(r"不同意[^。，]{0,10}(?:记录|收集|获取|使用|提供)[^。，]{0,4}(?:前述|上述|以上|该|这些)(?:个人)?(?:信息|数据|权限)"
                                    r"|不提供(?:前述|上述|以上|该|这些)(?:个人)?(?:信息|数据|权限)")
# a refusal of one processing named in it ("如您不同意授权我们查询您的信用报告") that costs a named service ("我们将无法为您提供
#借款服务") says what that service needs; the same refusal costing the whole app ("您将无法使用本App") refuses everything
# to one who declines one thing, which is bundling whatever the data
_NAMED_PROCESSING_REFUSAL = re.compile(r"不同意(?:授权)?(?:我们)?(?:查询|读取|获取|收集|使用|访问|调用|记录)(?:您|你)的")
_WHOLE_SERVICE = re.compile(r"(?:无法|不能)(?:继续)?使用(?:本|我们的|该)(?:App|APP|app|应用|软件|产品|平台|服务)"
                            r"|(?:全部|所有|任何)(?:的)?(?:服务|功能)")

# an acceptance word only in refusal ("您点击“不同意”的，可以继续使用基础功能", "if you do not agree, you can keep using
# the basic functions"): what continued use follows is a refusal, so it deems no consent; a sentence that also accepts
# outside the refusal ("如您不同意，请停止使用；继续使用即视为同意") still deems it
_REFUSED_ACCEPTANCE = re.compile(r"(?:不|未|拒绝)(?:同意|接受|认可)|\b(?:do|does|did) not (?:agree|accept|consent)\b|\bdon't (?:agree|accept)\b"
                                 r"|\bdisagree\w*|\bno (?:acept|consient)\w*|\bне (?:соглас|принима)\w*", re.IGNORECASE)
_ACCEPT_WORDS = ("同意", "接受", "认可", "agree", "accept", "consent", "acept", "consient", "соглас", "принима")


def _accepts_beyond_refusal(f: PolicyFacts, s: Sentence) -> bool:
    """The sentence has an acceptance word outside a refusal of it (see _REFUSED_ACCEPTANCE)."""
    low = s.text.lower()
    if not any(w in low for w in ("不", "未", "拒绝", " not ", "n't", "disagree", "no ", "не ")):
        return True  # cheap: no negation word at all
    rest = _REFUSED_ACCEPTANCE.sub(" ", low)
    return any(w in rest for w in _ACCEPT_WORDS) or "受其约束" in rest or "bound by" in rest


# uses no service needs: marketing, promotion, advertising, surveys
_UNNEEDED_USE = re.compile(r"营销|推广|广告|调研|问卷")

# consent to an unneeded use set as the condition of registering or using the service: "您需同意接收课程推广短信，
# 方可完成注册并使用本产品", "you must agree to receive marketing e-mails to register"; the use is named INSIDE the
# condition, before the service it unlocks (not "您需同意本政策方可注册；我们会向您发送推广信息", where it is not)
_CONDITIONED_ON_UNNEEDED = re.compile(
    r"(?:需|须|必须|应当?)(?:先)?(?:同意|接受|授权)[^。；]{0,40}(?:营销|推广|广告|调研|问卷)[^。；]{0,30}(?:方可|才能|才可|方能)[^。；]{0,10}(?:注册|使用|登录|享受)"
    r"|\bmust (?:first )?(?:agree|consent) to (?:receiv\w+ )?[^.;]{0,40}(?:marketing|promotion|advertis\w*|survey)[^.;]{0,40}\b(?:to|before|in order to) (?:register|sign up|use|access)\b"
    # the same condition put as the cost of refusing it (lawzh21): "若您不同意接收营销短信，将无法参与抢票活动", "if you do
    # not agree to receive marketing e-mails, you cannot take part in pre-sales"
    r"|(?:不同意|拒绝)(?:接收|接受|授权)?[^。；，]{0,20}(?:营销|推广|广告|调研|问卷)[^。；]{0,20}(?:无法|不能|不得)(?:参与|参加|使用|注册|登录|享受|购买|下单)"
    r"|\bif you (?:do not|don't|refuse to) (?:agree|consent) to (?:receiv\w+ )?[^.;]{0,40}(?:marketing|promotion|advertis\w*|survey)[^.;]{0,30}\byou (?:cannot|can't|will not be able to|may not) (?:register|sign up|use|access|take part|participate|buy|order)\b",
    re.IGNORECASE)
_CONDITION_WORDS = ("方可", "才能", "才可", "方能", "must", "无法", "不能", "不得", "cannot", "can't", "not be able", "may not")

# Grounds a list of cases without consent may name that PIPL art. 13 items 2-7 do not give.
NON_PIPL13_GROUNDS = {
    "ground_legit_interest": "legitimate interests",
    "ground_company_rights": "protecting the company's own rights or its own judgement",
    "ground_security": "the security or operation of the service",
    "ground_research": "research or statistics on identified data",
    "ground_other_terms": "other cases in the terms of service",
}


def grounds_beyond_pipl13(f: PolicyFacts, index: int) -> list[str]:
    """The non-PIPL-13 grounds a sentence names; protecting the life or property of the person or of others
    when consent cannot be had (PIPL 13(4), GB/T's own list) is not one of them."""
    found = [g for g in NON_PIPL13_GROUNDS if f.has(g, index)]
    if f.has("pipl13_emergency", index):
        found = [g for g in found if g not in ("ground_legit_interest", "ground_company_rights")]
    # "to establish, exercise or defend a right in court" (GDPR 9(2)(f), LFPDPPP 37 VI): the company's own
    # claims, which PIPL 13 does not list; litigation named only as the source of a compelled request is a legal duty
    if f.has("ground_litigation", index) and f.has("litigation_need", index) and "ground_company_rights" not in found:
        found.append(OWN_CLAIMS)
    return found


OWN_CLAIMS = "own_claims"
GROUND_NAMES = dict(NON_PIPL13_GROUNDS, own_claims="the company's own legal claims")


def anonymous_only(f: PolicyFacts, s) -> bool:
    """Anonymous, aggregated or "non-personal" data used or shared "as we see fit" need no PIPL 13 ground:
    whether they really are anonymous is a PIPL 73 question, judged by the de-identified-data key. Nor does
    a processor's work on our behalf (PIPL 21)."""
    if f.has("entrusted", s.index) and not f.has("third_party_word", s.index):
        return True  # a contractor working for us ("such as market research") discloses nothing to another handler
    if f.has("pseudonymised", s.index):
        return False  # de-identified or hashed data can be re-linked: still personal information (PIPL 73(3))
    if f.has("non_personal_claim", s.index):
        return True
    return f.has("anonymous_data", s.index) and not f.has("pi_word", s.index)


# (news reporting in the public interest, PIPL 13(5), is one of them: "pipl13_news")
PIPL13_FACTS = ("pipl13_contract", "pipl13_legal_duty", "pipl13_emergency", "pipl13_public", "pipl13_news")


def in_grounds_list(f: PolicyFacts, s) -> bool:
    """Whether a sentence is one entry of a list of lawful bases: nearby entries name consent and a
    statutory ground (a contract, a legal duty), so its own ground stands beside consent, not under it."""
    window = [x for x in f.policy.window(s.index, 3, 3) if x.index != s.index and not x.heading]
    return (any(f.has("any_consent", x.index) for x in window)
            and any(f.has(g, x.index) for x in window for g in PIPL13_FACTS))


# One act of acceptance given for the whole of the processing, which the sentence itself says includes processing the
# service does not need ("by clicking 'I agree' you consent to all processing, including marketing not needed for the
# service", "包括并非提供服务所必需的…"): consent to the unneeded is taken with the needed, bundled (PIPL 16). The act is
# explicit (consent-by-use is met); bundling is about what one act covers. Accepting the policy alone ("I have read
# and agree") bundles nothing: the sentence must say the whole includes what is not needed.
_WHOLE_SCOPE = re.compile(r"\ball (?:the )?(?:processing|purposes|uses)\b|\bevery (?:purpose|use)\b|tod[oa]s? (?:el |los |las )?"
                          r"(?:tratamientos?|finalidades|usos)\b|(?:всю|все|всех|любую|любые) (?:\w+ )?(?:обработк|цел)|bütün (?:\w+ )?"
                          r"(?:emal|məqsəd)|(?:全部|所有|一切)[^。；]{0,10}(?:处理|用途|目的|功能)", re.IGNORECASE)
_UNNEEDED = re.compile(r"\bnot (?:strictly )?(?:needed|necessary|required) (?:for|to|by)\b|\b(?:does|do) not need\b|\bunnecessary\b"
                       r"|no (?:es|son|sea|sean|resulta|resultan) (?:estrictamente )?necesari|innecesari|не (?:нужн|необходим|требу)"
                       r"|(?:lazım|zəruri|vacib|tələb olunan) olmayan|(?:并非|不是|非)[^。；]{0,12}(?:必需|必要|必须)|不必要", re.IGNORECASE)
_BUNDLE_GATE = ("all ", "every ", "tod", "вс", "люб", "bütün", "全部", "所有", "一切")


def _one_act_for_all(f: PolicyFacts, s: Sentence) -> bool:
    """``s`` gives (or deems) consent by one act to the whole processing, including what it says is not needed."""
    if not (f.has("consent_act", s.index) or f.has("consent_by_act", s.index) or f.has("deemed_consent", s.index)
            or f.has("agreement_act", s.index)):
        return False
    low = s.text.casefold()
    # (no test of negation: the "not" of "not needed" is the point, and would read as a denial)
    return any(w in low for w in _BUNDLE_GATE) and bool(_WHOLE_SCOPE.search(low)) and bool(_UNNEEDED.search(low))


def consent_by_use(f: PolicyFacts) -> Verdict:
    """PIPL 14 / CSL 41: consent is an act, never deemed from use or inferred."""
    # switching a permission on or clicking "agree" is an act of consent, not consent deemed by use
    # nor is agreeing to the policy itself ("您同意本协议即视为您同意并授权…"), unless use, a visit or data supplied
    # is named as what deems it given in the same sentence
    # "posting it, you are deemed to have obtained the guardian's consent" warrants a third party's consent: no
    # consent of the user's own is deemed from use
    # "continuing to browse does not count as consent" denies what the cue would deem: no consent deemed
    deemed = [s for s in f.where("deemed_consent") if not f.has("consent_act", s.index) and not f.has("warranted_consent", s.index)
              and not (f.has("agreement_act", s.index) and not f.has("use_deems", s.index))
              and not f.has("use_not_consent", s.index)]
    # "if you do not accept marketing, you can keep using every function" frees the refusal: no consent deemed
    # ("refusing does not affect your continued use" frees the refusal too)
    deemed += [s for s in f.all_of("continued_use", "accept_word") if not f.has("new_consent", s.index)
               and not f.has("separate_functions", s.index) and not _NOT_AFFECT.search(s.text)
               and not f.has("use_not_consent", s.index) and _accepts_beyond_refusal(f, s)]
    if deemed:
        # the sentence that deems the policy or its processing accepted by use ("using the service means you agree
        # to this policy") shows the point; one that binds by continued use to a revised text, or deems a transfer
        # abroad accepted, shows a narrower point (the changes and transfer keys), so it comes after
        deemed = sorted(dict.fromkeys(deemed), key=lambda s: f.has("change_word", s.index) or f.has("abroad", s.index)
                        or f.has("continued_use", s.index))
        return verdict("contravention", "Consent is deemed given by using, continuing to use or providing data, or is inferred, rather than given by a clear act.", deemed)
    # `met` needs the act that gives consent (clicking agree, ticking, a pop-up, switching a permission on); a
    # promise of explicit consent for a new purpose or for sensitive data does not show how consent is given
    acts = sorted(set(f.where("consent_by_act")) | set(f.where("consent_act")), key=lambda s: s.index)
    if acts:
        return verdict("met", "Consent is asked for by an act of the user, and nothing deems it given by use.", acts[:2])
    if f.where("explicit_consent"):
        return verdict("review", "Explicit consent is promised for some processing, but the text does not say by what act consent to the policy is given, nor deems it given by use.")
    return verdict("review", "The text neither deems consent given by use nor says how consent is obtained.")


# a refusal with no object of its own ("如不同意，…" / "If you do not agree, …"): it refuses what the clause before asked
_BARE_REFUSAL = re.compile(r"^\W*(?:如果?|若|倘若|假如)(?:您|你)?(?:不同意|拒绝)[，,]|^\W*(?i:if you (?:do not|don't|refuse to) (?:agree|consent|accept)\s*[,;])")


def _refused_antecedent(f: PolicyFacts, s: Sentence) -> Sentence | None:
    """The clause a bare refusal refers to, when the segmenter cut it off at a semicolon in the same line ("您需同意我们将您的
    信息用于营销推广并与广告合作伙伴共享；如不同意，我们将无法为您提供注册服务"): it names what is made the price of the
    service, so it belongs to the quote."""
    if s.index == 0 or not _BARE_REFUSAL.search(s.text):
        return None
    prev = f.policy.sentences[s.index - 1]
    between = f.policy.text[prev.end:s.start]
    if prev.heading or "\n" in between or not prev.text.rstrip().endswith(("；", ";")) or not f.has("any_consent", prev.index):
        return None
    return prev


# leaving the whole service: "请立即停止访问", "请停止使用", "请勿使用"
_STOP_USING = re.compile(r"停止(?:访问|使用)|不要(?:访问|使用)|请勿(?:访问|使用)")


def _anaphor_without_antecedent(f: PolicyFacts, s: Sentence, at: int) -> bool:
    """A refusal of "上述信息" that costs the whole service ("请立即停止访问") where nothing before it, in the sentence or
    the text, names data collected ("请您务必审慎阅读…如您不同意我们收集上述信息，请立即停止访问快修侠"): the anaphor has
    nothing to take up but the policy itself, so the refusal is of the policy."""
    if not (_STOP_USING.search(s.text) or _WHOLE_SERVICE.search(s.text)):
        return False
    if any(p.search(s.text[:at]) for p in cues_for(f.policy.language).get("data_word", ())):
        return False
    return not any(f.has("we_collect", x.index) or f.has("collect_verb", x.index) for x in f.policy.sentences[:s.index]
                   if not x.heading)


def _refuses_what_the_service_needs(f: PolicyFacts, s: Sentence) -> bool:
    """The refusal in ``s`` is of named data or a named processing, not of the policy, and what it costs is what needs
    them ("如您不同意我们记录前述信息，我们将无法为您提供购买服务"): necessity, not bundling. Not when the data refused
    serve marketing or surveys, nor when they are data no service but communication needs (the address book, call and
    SMS logs, the app list: the CAC/MIIT 2021 rules on the personal information apps need), nor when one named
    processing costs the whole app ("您将无法使用本App")."""
    if _UNNEEDED_USE.search(s.text):
        return False
    if (m := _SPECIFIC_DATA_REFUSAL.search(s.text)):
        return not _anaphor_without_antecedent(f, s, m.start())
    return (bool(_NAMED_PROCESSING_REFUSAL.search(s.text)) and not _WHOLE_SERVICE.search(s.text)
            and not f.has("never_needed_data", s.index))


def _clause_start(text: str, at: int) -> int:
    """Where the clause holding ``at`` begins: after the last comma, semicolon or colon before it (a verb-final
    refusal, "kontaktlarınıza giriş icazəsi verməsəniz", names its object before the verb)."""
    return max(text.rfind(c, 0, at) for c in ",;:，；：") + 1


def _says(f: PolicyFacts, kind: str, text: str) -> bool:
    """Whether a cue list of the policy's language matches a part of a sentence."""
    return any(c.search(text) for c in cues_for(f.policy.language).get(kind, ()))


def _refusal_costs_a_service(f: PolicyFacts, s: Sentence) -> bool:
    """PIPL 16 in any language: a conditional refusal ("if you refuse to grant access to your contacts", "si no acepta
    recibir boletines comerciales", "если вы не согласитесь на распознавание контента", "kontaktlarınıza icazə
    verməsəniz") of data no service but communication needs or of processing no service needs, after which the
    sentence takes a service or a function away ("you will not be able to use the flight map"): the refusal is made
    the price of what does not need it. Not when the function lost is the one the refused data or processing serve
    (its word comes back after: "…, you cannot invite friends from your contacts"), nor when the other functions are
    said to stay (``separate_functions``)."""
    if not f.has("service_lost", s.index) or f.has("separate_functions", s.index):
        return False
    cues = cues_for(f.policy.language)
    text = s.text
    lost = [m.start() for c in cues.get("service_lost", ()) for m in c.finditer(text)]
    for cue in cues.get("refused_processing", ()):
        for m in cue.finditer(text):
            if not any(x >= m.end() for x in lost):
                continue
            refused, consequence = text[_clause_start(text, m.start()):m.end()], text[m.end():]
            if any(_says(f, kind, refused) and not _says(f, kind, consequence)
                   for kind in ("never_needed_data", "unneeded_use")):
                return True
    return False


def _use_conditioned_on_unneeded(f: PolicyFacts, s: Sentence) -> bool:
    """The acceptance the sentence makes the condition of using the service (cue ``use_requires_acceptance``: "to use the
    app you must accept", "para utilizar la Aplicación es necesario que acepte") is of processing no service needs,
    named after it ("… compartir sus datos con nuestros socios publicitarios"); not when it is the policy or the terms."""
    if f.negated(s):
        return False
    return any(_says(f, "unneeded_use", s.text[m.end():]) or _says(f, "never_needed_data", s.text[m.end():])
               for cue in cues_for(f.policy.language).get("use_requires_acceptance", ()) for m in cue.finditer(s.text))


def _serves_the_booking(f: PolicyFacts, s: Sentence) -> bool:
    """The provision whose consent ``s`` deems given is the one the text just before it, in its section, says serves the
    person's own order or booking ("为在目的地为您办理取车手续，我们需要将…传送至当地的租车公司。…您提交驾照信息，即表示您同意
    我们将其提供给境外租车公司"): the service needs it, so the deemed consent is no price for processing it does not need
    (consent-by-use and sharing still judge the deeming)."""
    if f.has("beyond_contract", s.index) or f.has("ads_word", s.index):
        return False
    sentences = f.policy.sentences
    return any(f.has("contract_fulfilment", i) and sentences[i].section == s.section and not sentences[i].heading
               for i in range(max(0, s.index - 2), s.index + 1))


def bundled_consent(f: PolicyFacts) -> Verdict:
    """PIPL 16: the service is not refused to someone who declines processing it does not need."""
    # "if you refuse, this function will not work, but the others are unaffected" limits the refusal to the function
    # refusing data the law itself requires (network logs) may cost the service: that is no bundling
    # nor is refusing the data a function needs ("如您不同意我们记录前述信息，我们将无法为您提供购买服务"): the refusal is of
    # named data, not of the policy
    # (unless the data refused are said to include those for marketing, advertising or surveys: "如果您不同意我们收集上述信息
    # （包括用于营销推广的信息），您将无法使用本平台的任何服务" refuses the service to one who declines processing it does not need)
    forced = [s for s in f.where("forced_acceptance") if not f.has("separate_functions", s.index)
              and not f.has("law_requires", s.index)
              and not _refuses_what_the_service_needs(f, s)]
    # the consent to marketing or surveys is itself the price of registering ("您需同意接收推广短信，方可完成注册")
    forced += [s for s in f.policy.sentences if s not in forced and any(w in s.text for w in _CONDITION_WORDS)
               and _CONDITIONED_ON_UNNEEDED.search(s.text) and not f.negated(s)]
    # a refusal of what no service needs that costs a service or a function ("if you refuse contacts, you cannot order"),
    # and consent to it set as the condition of using the service ("para utilizar la Aplicación es necesario que acepte…")
    forced += [s for s in f.where("refused_processing") if s not in forced and _refusal_costs_a_service(f, s)]
    forced += [s for s in f.where("use_requires_acceptance") if s not in forced and _use_conditioned_on_unneeded(f, s)]
    if forced:
        # "if you do not accept this policy, stop using the service" shows the bundling; "if you do not agree to
        # the changed text, you may stop using it" is about a later change, and comes after
        forced.sort(key=lambda s: bool(_CHANGED.search(s.text)))
        forced = [x for s in forced for x in (_refused_antecedent(f, s), s) if x is not None]
        return verdict("contravention", "Use of the whole service is made conditional on accepting the whole policy, including processing the service does not need.", forced)
    # "your use of the app shall be deemed your consent to disclosure to our partners": consent to giving data to
    # other handlers, which no service needs, is taken as the price of using it (entrusted processing aside)
    tied = [s for s in f.where("deemed_consent") if f.has("recipient", s.index) and not f.has("entrusted", s.index)
            and (f.has("disclose_verb", s.index) or f.has("share_verb", s.index)) and not f.negated(s)
            and not _serves_the_booking(f, s)]
    acts = {s.index: s for k in ("consent_act", "consent_by_act", "deemed_consent", "agreement_act") for s in f.where(k)}
    tied += [s for i, s in sorted(acts.items()) if s not in tied and _one_act_for_all(f, s)]
    if tied:
        return verdict("contravention", "Use of the service is deemed consent to providing personal information to other parties, which the service does not need.", tied[:2])
    separate = f.where("separate_functions")
    if separate:
        return verdict("met", "Refusing optional processing is said to affect only the functions that need it, not the basic service.", separate[:2])
    return verdict("review", "The text does not say whether refusing optional processing costs the service.")


def _under_change_title(f: PolicyFacts, s: Sentence) -> bool:
    """The heading right above ``s`` is a short title of changes that names no data ("Changes", "Policy updates";
    not "Updating your information", which is a right)."""
    title = f.heading_above(s, 3)
    return (title is not None and len(title.text.split()) <= 5 and f.has("change_word", title.index)
            and not f.has("data_word", title.index) and not f.has("pi_word", title.index))


def _change_clauses(f: PolicyFacts) -> list[Sentence]:
    """The sentences on how the policy changes, in text order."""
    # a change of controller (merger, acquisition: "on such a change the successor must ask you again") is
    # not a change of the policy
    # "our policy was updated on 30 September 2020" dates a version; it says nothing of how changes are made
    changes = [s for s in f.where("policy_change") if not f.has("controller_change", s.index)
               and not (f.has("version_date", s.index) and not f.has("continued_use", s.index))]
    # under a section titled only by a change word ("Changes", "Updates", "Изменения"), "we will post changes here"
    # is the change clause though it never names the policy
    changes += [s for s in f.where("change_word") if s not in changes and _under_change_title(f, s)
                and not f.has("controller_change", s.index) and not f.has("version_date", s.index)]
    changes.sort(key=lambda s: s.index)
    return changes


def _fresh_consent_asks(f: PolicyFacts, changes: list[Sentence]) -> set[int]:
    """The sentences that ask the person's consent again to changes in general."""
    # consent asked again only "if the update needs your contacts, location or other sensitive information" leaves
    # every other change of purpose or category to bind on notice: it is no fresh consent to changes in general
    # ("we will not ask for your consent again when it changes" refuses it)
    # so does consent asked "before any future transfer abroad": it is consent to that transfer, not to a change of
    # the policy's purposes or categories, unless the sentence speaks of the change itself
    asks = {i for i in f.hits.get("new_consent", ()) if not f.has("controller_change", i) and not f.has("others_consent", i)
            and not (f.has("sensitive", i) and f.has("conditional", i)) and not f.negated(f.policy.sentences[i])
            and not (f.has("abroad", i) and not (f.has("change_word", i) or f.has("policy_change", i)))}
    # "where a change concerns the purposes …, we will ask for your consent and not apply it until you give it":
    # consent sought in the change clause itself is fresh consent to the change
    asks |= {s.index for s in changes if f.has("seek_consent", s.index) and f.has("change_word", s.index)
             and not (f.has("deemed_consent", s.index) or f.has("continued_use", s.index) or f.has("others_consent", s.index)
                      or f.has("controller_change", s.index) or f.negated(s))}
    return asks


def policy_changes(f: PolicyFacts) -> Verdict:
    """PIPL 14 para 2: changes of purpose, method or category need new consent, not continued use."""
    changes = _change_clauses(f)
    if not changes:
        return verdict("review", "The text has no clause on changes, so whether changes would be notified and consented to cannot be judged.")
    # accepting the revised text by ticking or clicking is fresh consent by an act, even where the same
    # sentence goes on "and continue to use"; only continued use without such an act binds
    def acted(i: int) -> bool:  # "click to accept, or continue using and you are deemed to accept" still binds
        return f.has("new_consent", i) and not f.has("deemed_consent", i)

    # "your access of the services signifies your acceptance of this policy (as amended)" binds as much as
    # "continued use": acceptance deemed from use, beside a change clause
    # ("if you disagree, do not click confirm or keep using it" tells the user to stop: no use binds there)
    uses = {s.index for s in f.where("continued_use") + [d for d in f.where("deemed_consent") if f.has("change_word", d.index)]
            if not acted(s.index) and not _DONT_CONTINUE.search(s.text)}
    asks = _fresh_consent_asks(f, changes)
    # (the new consent may come further down the same change section: "…3. 如您确认接受变更后的内容，则可正常使用")
    fresh = [s for s in changes if any(x.index in asks for x in f.policy.window(s.index, 1, 2))
             or (s.section and any(f.policy.sentences[i].section == s.section for i in asks))]
    # ("一旦您使用或继续使用…即表示您同意本政策" just before "我们可能会修订本政策": use binds the user to the policy as it
    # stands; a use sentence before the change clause binds changes only if it speaks of them)
    binding = [s for s in changes if any(x.index in uses and (x.index >= s.index or f.has("change_word", x.index) or not fresh)
                                         for x in f.policy.window(s.index, 1, 2))]
    extra = [s for s in f.where("continued_use") + f.where("deemed_consent")
             if s.index in uses and any(abs(s.index - b.index) <= 2 or (b.section and s.section == b.section) for b in changes)]
    extra = list(dict.fromkeys(extra))
    # "before we use your information for a purpose not stated here, we will ask for your consent": a change
    # of purpose needs consent, so a changes clause that only announces binds no one to a new purpose
    # (the consent a third party must ask for its own further use is not ours)
    promised = [s for s in f.where("other_purpose_use") if f.has("seek_consent", s.index)
                and not f.has("deemed_consent", s.index) and not f.has("without_consent", s.index)
                and not f.has("others_consent", s.index)]
    if promised and not binding and not fresh:
        return verdict("met", "A new purpose needs the person's consent first, and no change binds by continued use.", promised[:1] + changes[:1])
    if binding or (not fresh):
        how = "bind the user by publication or continued use" if binding else "are only announced"
        # the sentence that itself binds by continued use shows the point; the notice beside it only frames it
        shown = list(dict.fromkeys([s for s in binding if s.index in uses] + extra))
        # "if you keep using it, you are deemed to accept the update" shows the binding better than "the revised text
        # takes effect on publication", which binds by publication only
        shown.sort(key=lambda s: not (f.has("deemed_consent", s.index) or f.has("accept_word", s.index)))
        rest = [s for s in (binding or changes) if s not in shown]
        # "you accept the amendments by continuously using ...", "您同意…您愿意受修订后政策的约束": a sentence that
        # has the user accept the change shows the point better than "we may amend this policy"; a
        # condition ("if you do not agree, stop using") or a denial does not
        rest.sort(key=lambda s: not (f.has("accept_word", s.index) and not f.has("conditional", s.index)
                                     and not f.has("negation", s.index)))
        # a change clause is quoted whole: what follows the announcement on its line or list ("Changes are effective
        # when posted.", "Le informaremos por correo…", "更新后的政策一旦公布即有效…") says how the change binds
        clause = [c for s in (binding or changes) for c in f.policy.continuation(s.index)]
        return verdict("contravention", f"Changes to the policy {how}, without fresh consent to changed purposes, methods or categories.",
                       list(dict.fromkeys(shown + rest + clause)))
    own = [s for s in fresh if f.has("new_consent", s.index)]  # the sentence that asks again, before its neighbours
    return verdict("met", "Changes of the policy are notified and consent is sought again.", (own + [s for s in fresh if s not in own])[:2])


def _shields_only(f: PolicyFacts, s: Sentence) -> bool:
    """"We protect your data from being accessed without authorisation": the security measure keeps others out;
    it neither shares data nor dispenses with consent, whatever "protect" or "without authorisation" suggest."""
    return ((f.has("security_measure", s.index) or f.has("unauthorised_access", s.index))
            and not (f.has("share_verb", s.index) or f.has("list_is_sharing", s.index) or f.has("consent_waived", s.index)))


def _answers_requests(f: PolicyFacts, s) -> bool:
    """"In the following cases we cannot respond to your request: ... 7. where responding would seriously harm the
    rights of others": the sentence, or the list intro it hangs on, says when a rights request may be declined
    (GB/T 35273-2020 §8.7). Its cases limit the person's rights; they are no grounds for processing without consent."""
    return f.has("request_refusal", s.index) or (s.intro is not None and f.has("request_refusal", s.intro))


def _collection_notice_item(f: PolicyFacts, s: Sentence) -> bool:
    """An item of the list a collection sentence opens ("Recogemos los datos siguientes:" / "- Datos de uso: …, para
    estadísticas y para otros fines"): what it names are the purposes the notice asks consent for, however vague (a
    processing-scope fault), not a use dispensed from consent."""
    return (s.intro is not None and f.has("collect_verb", s.intro) and not f.has("without_consent", s.intro)
            and not f.has("without_consent", s.index))


def _sanctions_posted(f: PolicyFacts) -> list[Sentence]:
    """A user's misconduct posted to the public with his name ("对于在平台内实施诈骗的用户，我们将在平台公告中公示其昵称、
    头像和违规事实"): a disclosure the company makes as a penalty, with no consent and on no ground of PIPL 13 (a duty of
    law aside) (lawzh21)."""
    return [s for s in f.where("sanction_disclosure") if not s.heading and not f.negated(s)
            and not (f.has("consent_condition", s.index) or f.has("any_consent", s.index) or f.has("legal_requirement", s.index)
                     or f.has("pipl13_legal_duty", s.index) or f.has("policy_change", s.index) or f.has("security_context", s.index))]


def legal_basis(f: PolicyFacts) -> Verdict:
    """PIPL 13: without consent only on the grounds of items 2-7."""
    bad, listed = [], []
    for intro, items, _kind in f.exception_lists:
        if _answers_requests(f, intro):
            continue
        if any(f.has(g, x.index) for x in items for g in (*PIPL13_FACTS, "statutory_case")):
            listed.append(intro)  # a list that shows its grounds, not a stray "without consent"
        for s in [intro, *(i for i in items if not f.negated(i))]:
            if grounds_beyond_pipl13(f, s.index) and not anonymous_only(f, s) and not _shields_only(f, s):
                bad.append(s)
    # grounds stated in the same sentence as "without consent", outside any list, and sharing or
    # disclosure justified by such a ground with no consent in sight (the sentence or its list intro)
    for s in f.policy.sentences:
        if s.heading or not grounds_beyond_pipl13(f, s.index):
            continue
        if anonymous_only(f, s):
            continue
        if _shields_only(f, s):
            continue
        if _answers_requests(f, s):
            continue  # a case where a rights request may be declined, not a ground for processing
        if (f.has("user_can", s.index) and not f.has("without_consent", s.index)
                and not _PLURAL_PASSIVE_MODAL.search(s.text)):
            continue  # the person's own route ("if you think your rights were harmed, you may sue before the court")
        context = [s.index] + ([s.intro] if s.intro is not None else [])
        if (f.has("without_consent", s.index) or (f.has("other_purpose_use", s.index) and not _collection_notice_item(f, s))
                or in_grounds_list(f, s)):
            bad.append(s)
        elif f.has("legit_interest_basis", s.index) and (f.has("collect_verb", s.index) or f.has("share_verb", s.index)
                                                          or f.has("basis_word", s.index)):
            bad.append(s)  # legitimate interests is a lawful basis elsewhere, never under PIPL 13
        elif (any(f.has("list_is_sharing", i) or f.has("share_verb", i) for i in context) and f.has("data_word", s.index)
              and not any(f.has("any_consent", i) for i in context)  # statistics shared are no personal data
              and not f.has("user_provides", s.index)  # "if you choose to provide us your e-mail" shares nothing
              and not s.table_row):  # a table's purpose column notices a sharing, it grants no ground
            bad.append(s)
    if not bad:
        bad = _sanctions_posted(f)
    if bad:
        # a case an inline list carries on the next line ("... if necessary in order to: (1) comply with the
        # law" / "(2) protect our rights") shows the ground itself, before the sentence that opens the list
        bad = [x for s in dict.fromkeys(bad) for x in [*(c for c in f.enumeration_after(s) if grounds_beyond_pipl13(f, c.index)
                                                         and not anonymous_only(f, c)), s]]
        # a sentence naming the company's own rights or interests, or dispensing with consent, states the ground
        # plainly; one whose ground is read from a purpose (security, research) comes after it
        bad = sorted(dict.fromkeys(bad), key=lambda s: not any(f.has(g, s.index) for g in (
            "ground_company_rights", "ground_legit_interest", "legit_interest_basis", "without_consent")))
        named = sorted({GROUND_NAMES[g] for s in bad for g in grounds_beyond_pipl13(f, s.index)})
        return verdict("contravention", f"Processing or disclosure without consent rests on grounds PIPL art. 13 does not list ({'; '.join(named)}).", bad)
    if listed:
        return verdict("met", "The cases said to need no consent restate grounds PIPL art. 13 items 2-7 allow.", listed[:2])
    # "we process without consent where needed to perform your contract or meet a legal duty", in one sentence
    inline = [s for s in f.policy.sentences if not s.heading and f.has("without_consent", s.index)
              and any(f.has(g, s.index) for g in PIPL13_FACTS) and not f.negated(s)]
    if inline:
        return verdict("met", "The cases said to need no consent restate grounds PIPL art. 13 items 2-7 allow.", inline[:2])
    return verdict("review", "The text names no case of processing without consent; whether any occurs cannot be read from it.")
