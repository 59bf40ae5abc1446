"""Transfers abroad: a PIPL 38 mechanism, and PIPL 39's notice and separate consent."""
from __future__ import annotations

import re

from policykg.compliance.cues import cues_for
from policykg.compliance.facts import PolicyFacts
from policykg.compliance.text import Sentence
from policykg.compliance.verdicts import Verdict, verdict


_US_FORM = re.compile(r"\b(?:Inc\.|LLC\b|L\.L\.C\.|Corp\.|Corporation\b)")


def _mechanisms(f: PolicyFacts) -> list:
    """PIPL 38 routes named where the text speaks of data going abroad: a "security assessment" of a Wi-Fi
    hotspot, or a certificate elsewhere, is no route for a transfer."""
    named = []
    # (or near a sentence read as a transfer abroad that names no "abroad" word: "data you submit in the app are
    # transmitted to our servers in Macao. ... We have entered into the Standard Contract ..." — lawmix15)
    affirmative, conditional, _denied = f.transfers_abroad
    moved = [t.index for t in affirmative + conditional]
    # (also the exemption the 2024 Provisions on Promoting and Regulating Cross-Border Data Flows give a transfer
    # necessary for a contract such as a cross-border remittance, named with the transfer: a lawful route since
    # 2024-03-22 — lawmix15)
    for fact in ("cac_assessment", "pi_certification", "standard_contract", "cbdf_exemption"):
        named += [s for s in f.where(fact) if (not f.has("not_mechanism", s.index) or f.has("pi_certification", s.index))
                  and (f.near(s.index, "abroad", 2, 2) or any(abs(i - s.index) <= 3 for i in moved))]
    return named


def _statements_first(f: PolicyFacts, found: list) -> list:
    """The sentence that says data goes abroad before a definition that mentions it ("'Processing' means
    ..., all of which takes place in the United States"): the first quote must show the transfer."""
    return sorted(found, key=lambda s: (f.has("definition", s.index), s.index))


def _not_offered_in_china(f: PolicyFacts) -> Verdict | None:
    """"ReelNova is not available in mainland China": a foreign service that collects nothing in China has no
    data there to send abroad, wherever it stores what it collects elsewhere (a PRC handler still may). The
    not-applicable verdict both transfer checks give then, None otherwise."""
    found = f.where("not_in_china")
    foreign = f.where("foreign_entity") or [s for s in f.where("foreign_form") if f.has("legal_entity", s.index)]
    if not (found and foreign):
        return None
    return verdict("not-applicable", "The service is not offered in mainland China, so no personal information collected there goes abroad.", found[:1])


def _before_any_transfer(f: PolicyFacts) -> Verdict | None:
    """What both transfer checks say before judging a transfer, kept in one place so they agree: a service not
    offered in China (``_not_offered_in_china``), or global operations named with no transfer, conditional transfer
    or denial read (a review, not silence); None otherwise."""
    affirmative, conditional, denied = f.transfers_abroad
    if (not_offered := _not_offered_in_china(f)) is not None:
        return not_offered
    if not affirmative and f.where("global_only") and not denied and not conditional and not f.doc_foreign_scope:
        return verdict("review", "The text refers to global operations but does not say whether data leaves China.")
    return None


def cross_border_mechanism(f: PolicyFacts, *, pipl_in_force: bool = True) -> Verdict:
    """PIPL 38 / GB/T §9.8 (2017 §8.7): a CAC security assessment, PI protection certification or CAC standard contract.

    Before PIPL the standard asks only for the security assessment the national rules prescribe (the
    certification and the standard contract are PIPL 38's routes), so the reason names only that.
    """
    affirmative, conditional, denied = f.transfers_abroad
    if (before := _before_any_transfer(f)) is not None:
        return before
    if not affirmative:
        reason = ("The policy is for users outside mainland China; no data collected in China is described as going abroad."
                  if f.doc_foreign_scope and not denied and not conditional else
                  "Transfers abroad are denied or data is stored in China." if denied else
                  "Only a possible future transfer abroad is mentioned." if conditional else
                  "No transfer of personal information abroad is described.")
        return verdict("not-applicable", reason, denied[:1])
    affirmative = _statements_first(f, affirmative)
    mechanisms = _mechanisms(f)
    left_out = _transfers_left_out(f, affirmative, mechanisms)
    if mechanisms and not left_out:
        return verdict("met", "A transfer abroad is described together with a lawful route (CAC security assessment, certification or standard contract).", mechanisms[:2])
    if left_out:
        return verdict("contravention", "A lawful route (CAC security assessment, certification or standard contract) is named for one "
                       "recipient abroad only; another transfer abroad has none.", left_out)
    # a safeguard that is no CAC route, offered beside the transfer ("Payoneer is certified under PCI DSS", "в соответствии
    # с Федеральным законом № 152-ФЗ"), shows the point next to the transfer itself
    affirmative = affirmative[:1] + _foreign_safeguards(f, affirmative) + affirmative[1:]
    affirmative = list(dict.fromkeys(affirmative))
    if not pipl_in_force:
        return verdict("contravention", "Personal information is transferred abroad with no security assessment under the national rules named, as the standard asks (other certifications or contract clauses do not count).", affirmative)
    return verdict("contravention", "Personal information is transferred abroad with no CAC security assessment, PI protection certification or CAC standard contract named (EU clauses or other certifications do not count).", affirmative)


def _same_paragraph(f: PolicyFacts, a: Sentence, b: Sentence) -> bool:
    """Two sentences of one paragraph: no line break between them."""
    first, second = (a, b) if a.start <= b.start else (b, a)
    return "\n" not in f.policy.text[first.end:second.start]


def _transfers_left_out(f: PolicyFacts, affirmative: list, routes: list) -> list:
    """Transfers abroad that no named route reaches (lawmix21): when every route sentence names its own recipient ("we
    have concluded the CAC standard contract with X Pte. Ltd."), it covers the transfers of its paragraph and those to
    that recipient only; a transfer in another paragraph to another named company ("Crash logs are sent to AppMetrics
    Inc. (United States)") is left without one. A route stated for transfers in general covers them all."""
    # (a route said of "these transfers" is bound to the transfers just described, as one naming its recipient is)
    if not routes or any(not (f.has("legal_entity", r.index) or f.has("transfer_anaphor", r.index)) for r in routes):
        return []
    return [s for s in affirmative if s not in routes and f.has("legal_entity", s.index)
            and not any(_same_paragraph(f, s, r) for r in routes)]


_GROUP_PARTY = re.compile(r"关联(?:公司|方|企业)|集团(?:内|旗下)?(?:的)?(?:其他)?(?:公司|成员)|\b(?:group compan|affiliat|sister compan)"
                          r"|empresas del grupo|afiliad|аффилир|компани\w* группы", re.IGNORECASE)


def _handler_abroad_reachable(f: PolicyFacts, affirmative: list) -> list:
    """The handler itself is the party abroad ("由 X Pte. Ltd.（注册于新加坡…，以下简称“我们”）提供", "X Inc. (\"we\"),
    a Delaware company"): the data go abroad to it, and the policy that names it and says how to reach it gives the
    foreign recipient's identity and contact (PIPL 39). The sentence naming it, when a contact is stated anywhere
    and no transfer also goes to another party on its own account ("accessed by our group companies", unnamed)."""
    if not f.where("contact") or any(f.has("recipient", s.index) and not f.has("entrusted", s.index) for s in affirmative):
        return []
    # (group companies given access anywhere, "may also be accessed by our group companies", are such parties)
    if any(_GROUP_PARTY.search(s.text) and not f.negated(s) and not f.has("entrusted", s.index) for s in f.policy.sentences):
        return []
    return [s for s in f.where("entity_is_us") if f.has("legal_entity", s.index)
            and (f.has("foreign_entity", s.index) or f.has("foreign_form", s.index))][:1]


def _named_recipient_with_contact(f: PolicyFacts, affirmative: list) -> list:
    """The transfer sentence itself, or the one beside it, naming the foreign recipient as a legal entity with an
    address to reach it ("传输至位于德国的母公司X GmbH（联系邮箱：…）") gives identity and contact (PIPL 39) without
    the words "the recipient's name and contact": the cure may stand in the sentence next to the transfer."""
    near = {i for s in affirmative for i in (s.index - 1, s.index, s.index + 1)}
    stated = {s.index for s in affirmative}
    # (the entity must bear a foreign legal form, "GmbH", "Inc.": a domestic customs broker named beside a
    # "cross-border" order is no foreign recipient; the US forms "Inc.", "LLC", "Corp." count only in the sentence
    # that itself sends the data abroad, since PRC groups' English names use them too)
    return [s for s in f.where("legal_entity") if s.index in near and f.has("contact", s.index)
            and f.has("transfer_verb", s.index)
            and (f.has("foreign_form", s.index) or (s.index in stated and _US_FORM.search(s.text)))]


# safeguards of other laws or schemes: foreign statutes, GDPR and its clauses, industry certifications
_FOREIGN_SAFEGUARD = re.compile(r"GDPR|RGPD|standard contractual clauses|cláusulas contractuales tipo|certified under|PCI[ -]DSS|ISO ?27001|"
                                r"Privacy Shield|[Фф]едеральн\w+ закон|\d+-ФЗ|Ümumi Məlumatların Mühafizəsi|\bQanunun\w*|стандартн\w+ договорн\w+ услови")


def _foreign_safeguards(f: PolicyFacts, affirmative: list) -> list:
    """Sentences in the two after a transfer abroad that rest it on another law's or scheme's safeguard."""
    said = {s.index for s in affirmative}
    sentences = f.policy.sentences
    return [s for s in sentences if not s.heading and (
        (_FOREIGN_SAFEGUARD.search(s.text) and any(i in said for i in [s.index] + f.previous_contentful(s.index, 2)))
        # ("…符合欧盟标准合同条款（SCC）要求的数据保护协议", after the recipient's duties and the consent sentence)
        or (f.has("not_mechanism", s.index) and f.has("abroad", s.index) and any(i in said for i in [s.index] + f.previous_contentful(s.index, 3))))]


def cross_border_consent(f: PolicyFacts) -> Verdict:
    """PIPL 39: the foreign recipient, its contact, purposes and categories, and separate consent."""
    affirmative, conditional, denied = f.transfers_abroad
    if (before := _before_any_transfer(f)) is not None:
        return before
    if not affirmative:
        return verdict("not-applicable", "No actual transfer of personal information abroad is described.")
    affirmative = _statements_first(f, affirmative)
    # ("…, lakin bunun üçün ayrıca razılıq tələb olunmur": a neighbour naming separate consent only to dispense with it asks none)
    consent = [s for s in affirmative if any(f.has("separate_consent", x.index) and not f.has("without_consent", x.index)
                                             for x in f.policy.window(s.index, 1, 1))]
    # "you separately consent to the transfer of your data to Uzbekistan", in the consent clause: separate consent
    # asked for the transfer abroad wherever the policy asks it
    consent += [s for s in f.where("separate_consent") if f.has("abroad", s.index) and f.has("transfer_verb", s.index)
                and not f.negated(s) and s not in consent]
    consent += [s for s in separate_consent_after(f, affirmative) if s not in consent]
    contact = f.where("recipient_contact") or _named_recipient_with_contact(f, affirmative) or _handler_abroad_reachable(f, affirmative)
    if consent and contact:
        if (others := _transfers_elsewhere(f, affirmative, consent)):
            return verdict("contravention", "Personal information also goes to another country abroad, for which no separate "
                           "consent is sought: the consent asked for one transfer does not reach the other.", others)
        return verdict("met", "The foreign recipient and its contact are named and separate consent is sought.", consent[:1] + contact[:1])
    missing = [x for x, ok in (("the foreign recipient's identity and contact", contact), ("separate consent", consent)) if not ok]
    if not consent:
        # "by using the site you agree to the transfer of your information abroad": the sentence that deems
        # consent given shows best that none is asked separately
        # "We pass booking data to our partner in Vladivostok. By booking, you agree to the transfer to that partner.":
        # the next sentence deems the consent to the transfer just stated, and shows the point best (lawmix15)
        said = {s.index for s in affirmative}
        deeming: list = []
        for s in f.where("deemed_consent") + f.where("consent_in_policy"):
            if (s.index not in said and s not in deeming and not f.negated(s)
                    and (f.has("transfer_verb", s.index) or f.has("share_verb", s.index))
                    and any(i in said for i in f.previous_contentful(s.index, 2))):
                deeming.append(s)
        affirmative = deeming + affirmative
        affirmative = sorted(affirmative, key=lambda s: not (f.has("deemed_consent", s.index) or f.has("consent_in_policy", s.index)
                                                             or (f.has("accept_word", s.index) and f.has("continued_use", s.index))))
        affirmative = affirmative[:1] + _consent_deemed_after(f, affirmative) + affirmative[1:]
    return verdict("contravention", f"Personal information goes abroad without {' and '.join(missing)}.", affirmative)


def _countries(f: PolicyFacts, s) -> set[str]:
    """The foreign countries ``s`` names ("新加坡", "美国", "Singapore")."""
    return {m.group(0).lower() for c in cues_for(f.policy.language).get("foreign_country", ()) for m in c.finditer(s.text)}


def _transfers_elsewhere(f: PolicyFacts, affirmative: list, consent: list) -> list:
    """Transfers abroad to a country that no consented transfer names, with no separate consent of their own
    ("…提供给新加坡的主办方…，并单独征得您的同意。" then, in another clause, "客服系统由美国的X提供，对话记录存储于其美国
    服务器。"): separate consent is given to one recipient for one transfer (PIPL 39), so it does not reach another sent
    elsewhere. A transfer's own consent stands in its paragraph or in the sentences after it (separate_consent_after);
    a consent standing apart from every transfer is a clause for transfers abroad in general, which covers them all."""
    text = f.policy.text

    def same_paragraph(a, b) -> bool:
        lo, hi = (a, b) if a.start <= b.start else (b, a)
        return "\n" not in text[lo.end:hi.start]

    asked = [c for c in consent if f.has("separate_consent", c.index) and not f.negated(c)]
    own = {s.index: [c for c in asked if same_paragraph(s, c)] + separate_consent_after(f, [s]) for s in affirmative}
    tied = [s for s in affirmative if own[s.index]]
    if not tied or any(all(c not in own[s.index] for s in tied) for c in asked):
        return []
    covered = set().union(*(_countries(f, x) for s in tied for x in [s, *own[s.index]]))
    if not covered:
        return []
    return [s for s in affirmative if not own[s.index] and _countries(f, s) - covered and not f.negated(s)]


def separate_consent_after(f: PolicyFacts, affirmative: list) -> list:
    """A sentence later in the transfer's own paragraph that asks separate consent to what it names ("…提供给位于新加坡的
    关联公司X。接收方将仅为上述目的处理…。在您提交跨境订单前，我们会通过单独弹窗告知上述事项并取得您的单独同意。" /
    "Before such a transfer we will ask your separate consent."): the consent may follow a sentence on the recipient's
    duties, so it is read up to three sentences on, within the section, about the transfer (abroad or anaphoric)."""
    out: list = []
    for s in affirmative:
        for c in f.policy.sentences[s.index + 1:s.index + 4]:
            if c.heading or c.section != s.section:
                break
            if (f.has("separate_consent", c.index) and not f.has("without_consent", c.index) and not f.negated(c)
                    and (f.has("abroad", c.index) or f.has("transfer_anaphor", c.index) or f.has("data_anaphora", c.index))):
                out.append(c)
    return out


def _consent_deemed_after(f: PolicyFacts, affirmative: list) -> list:
    """The sentence after a transfer abroad, in its section, that deems the consent to it given by an act or dispenses
    with it ("Data go to our servers in Madrid. … By enrolling you agree that your data are transferred to Spain." /
    "By signing the agreement you consent to this transfer." / "…, но отдельного согласия на это не требуется"): it
    shows that no separate consent is asked, beside the transfer it governs."""
    out: list = []
    for s in affirmative:
        for c in f.policy.sentences[s.index + 1:s.index + 5]:
            if c.heading or c.section != s.section:
                break
            if c in affirmative or c in out:
                continue
            bypass = f.has("deemed_consent", c.index) or f.has("consent_in_policy", c.index) or f.has("without_consent", c.index)
            if bypass and (f.has("transfer_verb", c.index) or f.has("transfer_anaphor", c.index) or f.has("data_word", c.index)) \
                    and not (f.negated(c) and not f.has("without_consent", c.index)):
                out.append(c)
    return out
