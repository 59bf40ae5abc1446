"""Security: measures and no disclaimer (CSL 42, PIPL 51), incident notification, de-identified data."""
from __future__ import annotations

import re

from policykg.compliance.checks_special import childrens_guide_start
from policykg.compliance.facts import PolicyFacts
from policykg.compliance.verdicts import Verdict, verdict


# a disclaimer for the service being interrupted, delayed or closed, not for data lost or leaked
_INTERRUPTION = re.compile(r"中断|受阻|暂时性(?:网站)?关闭|网站关闭|\binterrupt|\bunavailab", re.IGNORECASE)
_DATA_LOSS = re.compile(r"泄露|泄漏|丢失|被盗|篡改|毁损|\bleak|\bloss of (?:data|information)|\bstolen\b", re.IGNORECASE)
# the person's own act as the cause ("由于您将密码告知他人…泄露、被篡改"): an attack named only as the outcome does not
# make it a breach the handler answers for
_ATTACK_CAUSE = re.compile(r"黑客|攻击|病毒|入侵|侵入|\bhack|\battack|\bvirus|\bmalware|\bintru", re.IGNORECASE)


# a disclaimer whose object is the systems of independent third parties ("unauthorised access to the hotels' or
# airlines' systems", "los sistemas de los hoteles", "üçüncü tərəflərin sistemlərinə") disclaims what those parties
# answer for themselves, not the company's own security; one that also names our systems still disclaims ours
_OTHERS_SYSTEMS = re.compile(
    r"\b(?:systems?|servers?|websites?|platforms?|networks?|databases?) of (?:the |these |such |any )?"
    r"(?!us\b|our\b|the company\b)(?:independent |other )?(?:third[- ]part\w*|hotels?|airlines?|carriers?|partners?|banks?)"
    r"|\bthird[- ]part(?:y|ies).? (?:own )?(?:systems?|servers?|websites?|platforms?)"
    r"|\b(?:hotels?|airlines?|carriers?|partners?|banks?).? (?:own )?(?:systems?|servers?|websites?)"
    r"|\bsistemas (?:informáticos )?de (?:los|las) (?!nuestr)\w+|\bsistemas (?:informáticos )?de terceros"
    r"|üçüncü tərəflərin (?:öz )?(?:sistem|server|sayt)", re.IGNORECASE)
_OWN_SYSTEMS = re.compile(r"\bour (?:own )?(?:systems?|servers?|websites?|platforms?|networks?|databases?)\b"
                          r"|\bnuestr[oa]s? (?:propi[oa]s )?(?:sistemas?|servidores?|plataforma|sitio|web|red)\b"
                          r"|\bsistemas propios|\bbizim (?:sistem|server|sayt)", re.IGNORECASE)


def _others_systems_only(text: str) -> bool:
    """The disclaimer concerns only third parties' own systems, not the company's."""
    return bool(_OTHERS_SYSTEMS.search(text)) and not _OWN_SYSTEMS.search(text)


def _interruption_only(text: str) -> bool:
    """A disclaimer for interruptions or closures of the service that names no data lost or leaked."""
    return bool(_INTERRUPTION.search(text)) and not _DATA_LOSS.search(text)


def security_measures(f: PolicyFacts) -> Verdict:
    """CSL 42 / PIPL 51: concrete measures stated, and responsibility for breaches not disclaimed."""
    if f.holds_nothing:
        return verdict("not-applicable", "The policy says it collects and keeps no information, so there is nothing to secure.", f.where("holds_nothing")[:1])
    # a leak the user causes ("if you post it publicly", "through your own sharing") is the user's doing;
    # disclaiming all liability for any consequence of using the service disclaims breaches too
    def users_own(i: int) -> bool:  # the user's own act, with no attack or intrusion named beside it
        return f.has("user_fault", i) and not f.has("attack", i) and not f.has("other_causes", i)

    # "…when you disclose it voluntarily, / others may collect it and we bear no liability": the sentence cut
    # at a comma carries on the user's own act of the line before
    def users_own_before(i: int) -> bool:
        prev = f.policy.sentences[i - 1] if i > 0 else None
        return prev is not None and prev.text.rstrip().endswith((",", "，")) and users_own(i - 1) and not f.has("attack", i)

    disclaimers = [s for s in f.all_of("disclaimer", "security_context") if not users_own(s.index) and not users_own_before(s.index)]
    # "in the following cases we bear no liability: … 2. leaks through hacking we could not prevent": a case of a
    # list whose intro disclaims liability disclaims it for that incident, if the data leak or are lost (a
    # service interrupted by hackers is another matter)
    disclaimers += [s for s in f.policy.sentences if s.intro is not None and f.has("disclaimer", s.intro) and s not in disclaimers
                    and f.has("attack", s.index) and not f.has("user_fault", s.index)
                    and (f.has("data_breach", s.index) or f.has("data_breach", s.intro))]
    disclaimers += [s for s in f.all_of("disclaimer", "blanket_risk") if s not in disclaimers
                    and not users_own(s.index) and not f.has("third_party_word", s.index)]
    # "…may be hacked or leaked. In such a case, we are not liable for any loss": the disclaimer takes up the
    # incident the sentence before names
    # (the incident may be named two sentences back: "…viruses or hacking may threaten your data. So take care.
    # When the above happens … we are exempt for the losses")
    disclaimers += [s for s in f.where("disclaimer") if s not in disclaimers and s.index > 0 and f.has("refers_back", s.index)
                    and any(f.has("security_context", j) and not users_own(j) for j in range(max(0, s.index - 2), s.index))
                    and not _interruption_only(s.text)]
    # "we bear no liability in the following cases:" / "2. leaks caused by hacker attacks": each case of a list the
    # intro disclaims is a disclaimer, and a case naming an attack or a leak is one for breaches
    # (not a list of what interrupts the service: "we are not liable for interruptions caused by: (1) hacking")
    disclaimers += [s for s in f.where("security_context") if s not in disclaimers and s.intro is not None
                    and f.has("disclaimer", s.intro)
                    and not (f.has("user_fault", s.index) and not _ATTACK_CAUSE.search(s.text))
                    and not _interruption_only(s.text)
                    and not (_INTERRUPTION.search(f.policy.sentences[s.intro].text) and not _DATA_LOSS.search(s.text))]
    # "未经同意，我们不会透露您的信息，但以下情形除外：… (6) 任何由于黑客攻击…导致您的个人信息的泄露": a leak by an attack
    # listed among the exceptions to the promise not to disclose is carved out of the company's responsibility
    promises = {intro.index for intro, items, kind in f.exception_lists if items and kind != "collection" and f.has("negation", intro.index)}
    disclaimers += [s for s in f.policy.sentences if s.intro in promises and s not in disclaimers
                    and f.has("attack", s.index) and f.has("data_breach", s.index) and not f.has("user_fault", s.index)]
    disclaimers = [s for s in disclaimers if not _others_systems_only(s.text)]
    disclaimers.sort(key=lambda s: s.index)
    if disclaimers:
        return verdict("contravention", "Responsibility for security incidents (attacks, leaks, unauthorised access) is disclaimed.", disclaimers)
    # encryption, access control and the like before de-identification, which may serve other ends
    # a definition ("de-identification: means ...") names a technique, it does not say one is used
    # a measure stated under a security heading before one met in passing elsewhere ("your prior
    # antivirus program" in a list of survey questions); then strong measures (encryption, access control)
    # before identity checks
    # de-identification done so that the data may then be used freely ("去标识化处理…我们有权使用已经去标识化的
    # 信息") serves their use, not their security
    # nor is deleting or anonymising data once they are no longer kept (a retention rule), nor using data for
    # identity checks or fraud monitoring ("用于身份验证、安全防范…用途"), a purpose of processing
    def for_use(s) -> bool:
        if f.has("strong_measure", s.index):
            return False
        if f.has("deidentified", s.index) and (f.has("disposal", s.index)
                                               or any(f.has("free_use", x.index) for x in f.policy.window(s.index, 0, 1))):
            return True
        return f.has("identity_check", s.index) and f.has("purpose_stated", s.index) and not f.section_is(s, "security_heading")

    measures = sorted([s for s in f.where("security_measure") if not f.has("definition", s.index) and not for_use(s)],
                      key=lambda s: (not f.section_is(s, "security_heading"), f.has("identity_check", s.index),
                                     not f.has("strong_measure", s.index), f.has("deidentified", s.index), s.index))
    if measures:
        return verdict("met", "Technical or organisational security measures are stated and breach liability is not disclaimed.", measures[:2])
    return verdict("omission", "No concrete technical or organisational security measure is stated (a general promise of confidentiality is not one).")


def _user_reports_only(f: PolicyFacts, index: int) -> bool:
    """The sentence asks the user to tell the handler of a leak ("如果您发现个人信息泄露，请您立即与我们联系";
    "if your password leaks, please notify us") and has the handler notify no one: the notice runs the wrong way."""
    return f.has("user_reports", index) and not f.has("notifies_you", index)


# a measure against a leak, not a leak that happened
_PREVENTS = re.compile(r"防止|避免|防范|免遭|\b(?:prevent|avoid|protect|guard against)", re.IGNORECASE)


def incident_notification(f: PolicyFacts) -> Verdict:
    """GB/T 2020 §10.2 (PIPL 57 binds once an incident occurs): a commitment to notify individuals."""
    if f.holds_nothing:
        return verdict("not-applicable", "The policy says it collects and keeps no information, so there is nothing to notify an incident about.", f.where("holds_nothing")[:1])
    # a clause putting a leak the user caused on the user ("if you tell others your password ... we bear no
    # liability") is no commitment to notify
    # nor is a notice the handler only may give ("we may attempt to notify you")
    # nor a notice to the regulator alone ("incidents are reported to Roskomnadzor as the law requires"), or to
    # public authorities named generically ("müvafiq dövlət orqanlarına məlumat veririk", "to the state bodies"):
    # the party told is the state, not the individuals
    found = [s for s in f.where("incident_notify") if not f.has("disclaimer", s.index) and not f.has("hedged_notice", s.index)
             and not ((f.has("regulator_word", s.index) or f.has("authority_recipient", s.index)) and not f.has("notify_user", s.index))
             and not (s.intro is not None and f.has("disclaimer", s.intro))  # a case of a disclaimer list notifies no one
             and not _user_reports_only(f, s.index)]
    # "发生个人信息泄露、篡改、丢失的，我们将…通知您", "if your information is lost or stolen, we will notify you": an
    # incident named only by its kinds (data leaked, altered, lost) is a security incident all the same; a measure
    # to prevent a leak ("为防止信息泄露，我们会提示您…") names no incident
    found += [s for s in f.where("data_breach") if s not in found and f.has("notifies_you", s.index)
              and not _PREVENTS.search(s.text) and not f.has("disclaimer", s.index)
              and not f.has("hedged_notice", s.index) and not _user_reports_only(f, s.index)]
    # "…针对不同安全事件启动应急预案。本平台会将相关情况及时…告知您": the notice of "the situation", right after the
    # sentence on incidents, is the incident notice
    found += [s for s in f.where("situation_notice") if s.index > 0 and f.has("incident_mention", s.index - 1)
              and not f.has("disclaimer", s.index) and not f.has("hedged_notice", s.index)]
    # a notice promised in a children's guide appended to the policy, for "儿童个人信息泄露", covers the children's data
    # only: the users the general policy addresses are promised nothing
    guide = childrens_guide_start(f)
    if guide is not None:
        children_only = [s for s in found if s.index > guide and f.has("minors_mention", s.index)]
        if children_only and len(children_only) == len(found):
            return verdict("omission", "A notice of security incidents is promised only for children's information, in the "
                           "children's guide; the users of the general policy are promised none.", children_only[:1])
    if found:
        return verdict("met", "The policy commits to notify individuals of security incidents.", found[:2])
    return verdict("omission", "There is no commitment to notify individuals of security incidents.")


# "anonymous" said of the data themselves (not "aggregated" statistics drawn from them), and identifiers that
# single out a device or connection (not a browser type); English only, where the word is the policy's own
_CALLED_ANONYMOUS = re.compile(r"\banonymous (?:information|data)\b", re.IGNORECASE)
_IDENTIFIER = re.compile(r"\b(?:IP address|Internet protocol address|device (?:id|identifier)s?|IMEI|MAC address|advertising id)\b", re.IGNORECASE)


# the word for de-identified data ("обезличенные": 152-FZ art. 3(9), tied to a person again with additional information),
# which the cue lists also read as anonymous
_DEIDENTIFIED_WORD = re.compile(r"обезличенн|去标识化|de-?identifikasiya", re.IGNORECASE)
# the notice or consent waived for what is handed over ("without further notice", "sin previo aviso"), or the reason
# given that the data identify no one directly
_WAIVED = re.compile(r"\bwithout (?:further |prior |additional |any |your )*(?:notice|notification|consent|informing you)"
                     r"|\b(?:does|do|will|can)(?: not|n't) (?:directly )?identify you\b"
                     r"|\bsin (?:previo |nuevo |otro )?(?:aviso|consentimiento)|\bsin su (?:previo )?consentimiento|\bno (?:le|lo|la|te) identifica"
                     r"|\bбез (?:\w+ )?(?:уведомлени|согласи)|razılığınız olmadan|xəbərdarlıq edilmədən", re.IGNORECASE)
_NOT_IDENTIFY = re.compile(r"\b(?:does|do|will|can)(?: not|n't) (?:directly )?identify you\b|\bno (?:le|lo|la|te) identifica\w*", re.IGNORECASE)
# aggregate statistics ("aggregated trip counts without names") are another matter than one person's data without the name
_AGGREGATE = re.compile(r"(?i:aggregat|агрегир|agregad|birləşdirilmiş|统计)")
_NEGATION_WORD = re.compile(r"\b(?:not|never|no|nunca|не|нет|никогда)\b|n't\b", re.IGNORECASE)


def de_identified_data(f: PolicyFacts) -> Verdict:
    """PIPL 4, 73: de-identified data and device identifiers stay personal information."""
    claims = _free_use_claims(f)
    if claims:
        return verdict("contravention", "De-identified data, device identifiers or 'non-personal information' are treated as free to use or share outside the law.", claims)
    # "the following information is not covered by this policy: the keywords you search, what you post":
    # data the service collects about the person, put outside the rules that protect it
    for intro in f.where("outside_policy"):
        items = [s for s in f.policy.sentences if s.intro == intro.index and f.has("data_word", s.index)]
        if items:
            return verdict("contravention", "Data the service collects about the person (search keywords, posts, records) are declared outside the privacy policy, as if they were not personal information.", [intro, *items])
    # "no information about you is collected" while IP addresses or device identifiers are: identifiers are
    # treated as not being information about the person
    denial = f.where("no_info_claim")
    identifiers = [s for s in f.where("device_data") if f.has("collect_verb", s.index) and not f.negated(s)]
    if denial and identifiers:
        return verdict("contravention", "The policy says no information about the person is collected while it collects IP addresses or device identifiers, treating them as outside personal information.", denial[:1] + identifiers[:3])
    # data provided to others with only the names withheld: de-identified, still personal information
    withheld = [s for s in f.where("names_withheld") if any(
        (f.has("list_is_sharing", x.index) or f.has("share_verb", x.index)) and f.has("data_word", x.index)
        for x in f.policy.window(s.index, 1, 1) if x.index != s.index)]
    # "trip data (without your name, but with the plate number and route) may be passed to city authorities": the
    # name left out in the sharing sentence itself (no denial, and not aggregate statistics) leaves the rest
    # identifying (lawmix15)
    inline = [s for s in f.where("names_withheld") if s not in withheld and not f.negated(s)
              and (f.has("share_verb", s.index) or f.has("list_is_sharing", s.index)) and f.has("data_word", s.index)
              and not f.has("irreversible", s.index) and not _AGGREGATE.search(s.text)]
    if withheld or inline:
        shared = [x for s in withheld for x in f.policy.window(s.index, 1, 0) if x.index != s.index]
        withheld = inline + withheld
        return verdict("contravention", "Data are provided to others with only names withheld, as if that took them outside the law; de-identified data remain personal information.", shared + withheld)
    return verdict("not-applicable", "The policy does not treat de-identified data or device identifiers as outside the law.")


def _deidentified_provided(f: PolicyFacts, claims: list) -> list:
    """De-identified data handed to another party with de-identification as the only condition stated
    (``PolicyFacts.deidentified_provided``), and a claim that "the above information" is no personal information
    ("上述信息无法直接识别您的身份，不属于个人信息") right after a sentence handing over de-identified data or device
    identifiers: de-identified data stay personal information (PIPL 73(3)), so neither takes them outside the law."""
    out = [s for s in f.deidentified_provided if s not in claims]
    sentences = f.policy.sentences
    for s in f.where("non_personal_claim"):
        i = s.index
        if s in claims or s in out or not f.has("data_anaphora", i) or i == 0:
            continue
        prev = sentences[i - 1]
        if ((f.has("pseudonymised", prev.index) or f.has("device_data", prev.index))
                and (f.has("share_verb", prev.index) or f.has("list_is_sharing", prev.index)) and not f.negated(prev)
                and not f.has("irreversible", prev.index) and not f.has("entrusted", prev.index)):
            out += [x for x in (s, prev) if x not in out and x not in claims]
    return out


def _free_use_claims(f: PolicyFacts) -> list:
    """The sentences that treat de-identified data, identifiers or "non-personal" data as free to use or share (a
    waiver for de-identified data, identifiers called anonymous, exception-list cases), in the order they show it."""
    # IP addresses or device identifiers said to identify no one ("no permiten identificar al usuario, por lo que
    # no son datos personales") single a person out all the same: the claim of irreversibility does not hold for them
    def rescued(s) -> bool:
        # (de-identification named as the alternative to anonymisation rescues nothing: "anonymise or de-identify")
        return (f.has("irreversible", s.index) and not f.has("deidentified_alternative", s.index)
                and not (f.has("device_data", s.index) and f.has("non_personal_claim", s.index)))

    claims = [s for s in f.where("non_personal_claim") if not rescued(s)]
    claims = [s for s in claims if f.has("deidentified", s.index) or f.has("free_use", s.index)]
    # "we may research de-identified data for business decisions" + "such processed data need no further consent":
    # the waiver takes up the de-identified use the sentence before names (anonymised data would be outside the
    # law; de-identified data, even named beside anonymisation as its alternative, are not)
    sentences = f.policy.sentences
    for s in f.where("without_consent") + f.where("consent_waived"):
        prev = sentences[s.index - 1] if s.index > 0 else None
        if (prev is not None and f.has("data_anaphora", s.index) and f.has("pseudonymised", prev.index)
                and (not f.has("irreversible", prev.index) or f.has("deidentified_alternative", prev.index))):
            claims += [x for x in (prev, s) if x not in claims]
        # the same use and waiver in one sentence, where the text wrapped it over two lines ("…或我们可能会对收集的信息
        # 进行去标识化地研究…，\n则此类处理后数据的使用无需另行向您通知并征得您的同意。")
        elif (f.has("pseudonymised", s.index) and f.has("data_anaphora", s.index)
              and f.has("deidentified_alternative", s.index) and s not in claims):
            claims.append(s)
    # "обезличенные сведения могут использоваться в исследованиях без дополнительного согласия": de-identified data
    # used or shared with consent dispensed with in the same sentence
    claims += [s for s in f.where("without_consent") if (f.has("pseudonymised", s.index) or _DEIDENTIFIED_WORD.search(s.text))
               and not f.negated(s) and not f.has("irreversible", s.index)
               and not f.has("deidentified_alternative", s.index) and (f.has("free_use", s.index) or f.has("share_verb", s.index)
                                                                     or f.has("we_use", s.index))]
    claims = list(dict.fromkeys(claims))
    # identifiers or encrypted IDs called "anonymous" are still personal information
    # and data the policy calls "anonymous" while it names IP addresses or device identifiers among them
    # ("anonymous information is collected, including your IP address"): identifiers single a person out
    called = {s for s in f.where("anonymous_data") if f.has("device_data", s.index) and not f.negated(s)
              and _CALLED_ANONYMOUS.search(s.text) and _IDENTIFIER.search(s.text)}
    claims = sorted(set(claims) | called | {s for s in f.where("identifiers_anonymous")},
                    key=lambda s: s.index)
    # "we share your information with push providers; it contains none of your identifying information": your
    # data (device identifiers) handed over as if identifying no one; aggregate statistics are another matter
    claims += [s for s in f.where("no_identity_claim") if f.has("pi_word", s.index) and f.has("free_use", s.index)
               and not f.has("anonymous_data", s.index) and s not in claims]
    # "we may share ad records and device identifiers with partners; [a clause cut at the semicolon]; but we will not share information that can
    # identify you": the promise, beside the sharing, treats the identifiers as identifying no one
    claims += [s for s in f.where("identifying_withheld") if s not in claims and any(
        f.has("device_data", x.index) and (f.has("share_verb", x.index) or f.has("list_is_sharing", x.index))
        and not f.has("anonymous_data", x.index) for x in f.policy.window(s.index, 2, 0))]
    # "sharing or disclosing needs no consent: … where the data have been anonymised or de-identified": de-identified
    # data are still personal information (PIPL 73(3)), so the case lets them go to others without consent
    # (research results de-identified before publication are the standard's own case, not this one)
    claims += [x for _intro, items, kind in f.exception_lists if kind != "collection" for x in items
               if f.has("pseudonymised", x.index) and not f.has("ground_research", x.index) and x not in claims
               and not f.has("strong_measure", x.index)  # "we protect it by encryption, de-identification …"
               and (not f.has("irreversible", x.index) or f.has("deidentified_alternative", x.index))]
    # "we may share device identifiers and other de-identified information with partners without further notice,
    # because it does not identify you directly": de-identified data handed to others with the notice or consent
    # waived in the same sentence, the waiver after the verb as much as before it (lawmix12)
    # (the negation of the reason, "it does not identify you", denies nothing of the sharing)
    claims += [s for s in f.where("pseudonymised") if s not in claims
               and (f.has("share_verb", s.index) or f.has("sharing_word", s.index)) and f.has("recipient", s.index) and _WAIVED.search(s.text)
               and (not f.negated(s) or not _NEGATION_WORD.search(_NOT_IDENTIFY.sub(" ", s.text)))]
    # "Viewing segments are linked to an advertising ID and not to your name, so they are not personal information",
    # after the sentence that shares them: identifiers called non-personal as they are handed to others (lawmix16)
    claims += [s for s in f.where("non_personal_claim") if s not in claims and f.has("device_data", s.index) and any(
        f.has("share_verb", x.index) or f.has("list_is_sharing", x.index) for x in f.policy.window(s.index, 1, 0))]
    claims += _deidentified_provided(f, claims)
    claims = sorted((s for s in claims if not rescued(s)), key=lambda s: s.index)
    # "Обезличенные записи (без имени и идентификатора) мы используем …; такие данные не позволяют установить вашу
    # личность, поэтому согласия не требуется": data de-identified only by withholding the name stay personal
    # information, and the waiver's claim that they identify no one, resting on that, does not rescue it (lawmix16)
    for s in f.where("without_consent"):
        prev = sentences[s.index - 1] if s.index > 0 else None
        if (prev is not None and f.has("data_anaphora", s.index) and f.has("names_withheld", prev.index)
                and f.has("deidentified", prev.index) and not f.negated(prev)
                and (f.has("we_use", prev.index) or f.has("share_verb", prev.index) or f.has("free_use", prev.index))):
            claims += [x for x in (prev, s) if x not in claims]
    claims.sort(key=lambda s: s.index)
    # a claim that names identifiers ("non-personal information such as your device ID, IP address") or hands the
    # data so called to others shows the point before one that only mentions non-personal information
    claims.sort(key=lambda s: not (f.has("device_data", s.index) or f.has("share_verb", s.index)))
    return claims
