"""Organisation: a PI protection officer (PIPL 52) and a representative in the PRC (PIPL 53)."""
from __future__ import annotations

import re

from policykg.compliance.checks_notice import names_an_entity
from policykg.compliance.cues import cues_for
from policykg.compliance.facts import PolicyFacts
from policykg.compliance.facts_abroad import PRC_MENTION
from policykg.compliance.verdicts import Verdict, verdict
from policykg.ingest.extract.cues import mask_legal_form_dots


def pi_officer(f: PolicyFacts) -> Verdict:
    """PIPL 52 / GB/T 2020 §11.1: a named person or department with a contact; the volume threshold is never in the text."""
    officers = f.where("officer")
    reachable = [s for s in officers if f.near(s.index, "contact", 0, 2)]
    if reachable:
        return verdict("met", "A person or department responsible for personal information protection is named with a contact.", reachable[:2])
    if officers:
        return verdict("review", "A personal information protection function is mentioned without a contact; whether PIPL art. 52's volume threshold is reached cannot be read from the text.", officers[:1])
    return verdict("review", "No person or department responsible for personal information protection is named; whether PIPL art. 52's volume threshold is reached cannot be read from the text.")


# "operated by Beijing X Technology Co., Ltd., a subsidiary of Y Holdings Inc. (Cayman Islands)": the handler is the
# PRC company named first; its foreign parent does not move it abroad
_PRC_SUBSIDIARY = re.compile(r"\b(?:Beijing|Shanghai|Shenzhen|Guangzhou|Hangzhou|Chengdu|Nanjing|Wuhan|Tianjin|Xiamen|Suzhou|Chongqing)\b"
                             r"[^.;]{0,60}?(?:Co[.\u2024],? Ltd[.\u2024]?|Company Limited),? (?:a|an|the) (?:wholly[- ]owned )?subsidiary of\b", re.IGNORECASE)


def _prc_subsidiary_operates(text: str) -> bool:
    """The sentence names a PRC company as the operator and a foreign parent of it (see above)."""
    return "ubsidiary" in text and bool(_PRC_SUBSIDIARY.search(mask_legal_form_dots(text)))


def _first_at(f: PolicyFacts, fact: str, text: str) -> int:
    """Where the first cue of ``fact`` matches in ``text`` (len(text) when none does)."""
    starts = [m.start() for cue in cues_for(f.policy.language).get(fact, ()) for m in cue.finditer(text)]
    return min(starts, default=len(text))


def _seat_of_group(f: PolicyFacts, s) -> bool:
    """"X S.A. de C.V. is part of the Y group, headquartered in Hangzhou": a PRC place named after the group
    the handler belongs to is the group's seat, not the handler's ("X (Shenzhen) Co., Ltd., part of Y" is the
    handler's own)."""
    return f.has("group_member", s.index) and _first_at(f, "prc_entity", s.text) > _first_at(f, "group_member", s.text)


# the role word of PIPL 53 in the cue languages (folded): "appointed X (Shanghai) Co., Ltd. as our representative"
_REPRESENTATIVE_ROLE = ("representative", "representante", "представител", "nümayəndə", "代表")


# a company's legal representative, a sales or customer-service representative: no PIPL 53 role
_OTHER_REPRESENTATIVES = re.compile(r"legal representative|法定代表|representantes? legal|законн\w* представител\w*|"
                                    r"qanuni nümayəndə|(?:sales|customer service) representatives?|representantes? de ventas|"
                                    r"satış nümayəndə\w*|торгов\w* представител\w*")


# "we have not appointed a representative", "no contamos con representante": the role named to be denied
_NO_REPRESENTATIVE = ("not appointed", "no representative", "not designated", "no hemos designado", "no contamos con representante",
                      "sin representante", "не назначен", "не назначали", "нет представител", "təyin etməmişik", "nümayəndəsi yoxdur")


def _names_prc_representative(text: str) -> bool:
    """A sentence that names a PRC entity in the role of representative designates one in the PRC, although it does
    not say "in China" ("we have appointed Shanghai X Co., Ltd. as our representative under Article 53")."""
    low = text.casefold()
    if not any(w in low for w in _REPRESENTATIVE_ROLE):
        return False
    low = _OTHER_REPRESENTATIVES.sub("", low)  # (see _OTHER_REPRESENTATIVES)
    return any(w in low for w in _REPRESENTATIVE_ROLE) and not any(n in low for n in _NO_REPRESENTATIVE)


def _says_who(f: PolicyFacts, s) -> bool:
    """A mention of China seats the handler there only when the sentence names someone: a legal entity, "we",
    or a contact ("X Co., Ltd., Chengdu, PRC", "call us on +86 …"). "We ship parcels from the PRC" or "our
    warehouses in Guangzhou (PRC)" say where goods or premises are, not where the handler is established.
    (Chinese text names its companies by their form, which the Chinese cue itself requires.)"""
    if _is_title(s.text):
        # a title in capitals ("AZƏRBAYCAN–ÇİN BİZNES FORUMU 2022 ... QAYDALARI") names an event or a document: a
        # country in it is the event's subject, not the handler's seat, unless the title names a company or contact
        return f.has("legal_entity", s.index) or f.has("contact", s.index)
    return (f.policy.language == "zh" or f.has("legal_entity", s.index) or f.has("entity_is_us", s.index)
            or f.has("contact", s.index))


def _is_title(text: str) -> bool:
    """A line written in capitals with no sentence end: a title (a cheap test: letters only, no regex)."""
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 12 and all(c.isupper() for c in letters) and not text.rstrip().endswith((".", "。"))


# a party the handler names as its partner ("наш партнёр — ООО «X» (г. Харбин, КНР)", "our partner in Shenzhen",
# "nuestro socio en Cantón", "Pekindəki tərəfdaşımız"): its seat is the partner's, not the handler's
# (lawmix12) also the handler's agent, distributor or reseller ("nuestro agente en China, Hangzhou X Co., Ltd.", "our
# distributor in Shenzhen"): a party acting for the handler has its own seat, which is not the handler's
_PARTNER = re.compile(r"\bour (?:\w+ )?partners?\b|\bпартн[её]р\w*|\bnuestr[oa]s? (?:\w+ )?(?:socios?|aliad[oa]s?)\b|\btərəfdaş\w*"
                      r"|\bour (?:\w+ )?(?:agents?|distributors?|resellers?)\b|\bnuestr[oa]s? (?:\w+ )?(?:agentes?|distribuidor(?:es|as?)?|revendedor(?:es|as?)?)\b"
                      r"|\bнаш\w* (?:\w+ )?(?:агент|дистрибьютор)\w*|\b(?:agentimiz|distribyutorumuz)\w*",
                      re.IGNORECASE)


_ACCESSED_FROM_PRC = re.compile(r"\baccess\w* (?:\w+ )?from (?:the )?(?:mainland China|China|the PRC)|\bacce\w* desde (?:China|la RPC)|"
                                r"\bдоступ\w* из (?:КНР|Китая)", re.IGNORECASE)


def _place_said_of_another(f: PolicyFacts, s) -> bool:
    """A sentence mentioning the PRC that says where someone or something other than the handler is: the users,
    the data, a representative, a group, a partner, a recipient, where goods go, or the CAC's PIPL 38 routes."""
    return (f.has("prc_target", s.index) or f.has("abroad", s.index)
            or f.has("representative", s.index) or _names_prc_representative(s.text)
            or f.has("foreign_entity", s.index)
            or (f.has("group_member", s.index) and f.has("foreign_form", s.index))
            or _seat_of_group(f, s)
            or (_PARTNER.search(s.text) is not None and not f.has("entity_is_us", s.index))
            # a recipient's seat ("passed to the manufacturer, X Co., Ltd. (Ningbo, PRC)")
            or (f.has("recipient", s.index) and f.has("share_verb", s.index))
            # where goods go ("Доставка в КНР", "envíos a China")
            or f.has("prc_destination", s.index)
            # a PIPL 38 route names the CAC ("the CAC's standard contract"), not the handler's seat
            or f.has("standard_contract", s.index) or f.has("cac_assessment", s.index)
            or f.has("pi_certification", s.index))


def _data_from_china_abroad(f: PolicyFacts) -> list:
    """The transfers abroad that carry data from China ("Данные всех отправлений, в том числе принятых в Харбине,
    хранятся на серверах в Хабаровске"): a handler abroad that moves data collected in China to itself processes
    the personal information of people there (PIPL 3 para 2), though no sentence says it serves them. ("stored in
    Singapore and accessed from mainland China" sends data the other way: China is where it goes.)"""
    return [s for s in f.transfers_abroad[0] if (f.has("prc_entity", s.index) or f.has("prc_target", s.index)
            or PRC_MENTION.search(s.text.casefold()) or any(p in s.text.casefold() for p in f.doc_prc_places))
            and not _ACCESSED_FROM_PRC.search(s.text) and not f.has("prc_destination", s.index)]


def overseas_representative(f: PolicyFacts) -> Verdict:
    """PIPL 53 with PIPL 3 para 2: a handler abroad names a representative in the PRC.

    Where the handler is established is read from what the text says of the handler, not from any mention
    of China: "users from the PRC", "servers in Beijing" or "our representative in China, X (Beijing) Co., Ltd."
    say where the users, the data or the representative are. A handler
    shown to be abroad (a foreign legal form with its name, "governed by the laws of Japan") whose text does
    not say it serves people in China is `review`: PIPL 3 para 2 turns on a fact the text leaves open."""
    # "X Limited, incorporated in Hong Kong, part of the Shenzhen group" / "ООО «X» входит в группу «Y Ко., Лтд.» (КНР)":
    # the handler's own seat or form abroad outweighs the PRC seat of its group
    prc = [s for s in f.where("prc_entity") if _prc_subsidiary_operates(s.text)
           or (not _place_said_of_another(f, s) and _says_who(f, s))]
    if prc:
        return verdict("not-applicable", "The handler appears to be established in the PRC.", prc[:1])
    # (a company labelled as the recipient, "alıcının adını (X Pte. Ltd.)", is not the handler: ``names_an_entity``)
    foreign = f.where("foreign_entity") + [s for s in f.where("foreign_form") if f.has("legal_entity", s.index)
                                           and (f.has("entity_is_us", s.index) or not (f.has("entrusted", s.index)
                                                                                       or f.has("third_party_word", s.index)))
                                           and names_an_entity(f, s)]
    foreign = sorted({s.index: s for s in foreign}.values(), key=lambda s: s.index)
    if not foreign:
        return verdict("not-applicable", "Nothing in the text shows a handler outside the PRC processing personal information of people in China.")
    rep = f.where("representative") + [s for s in f.where("prc_entity") if _names_prc_representative(s.text)]
    if rep:
        return verdict("met", "A handler abroad names its representative in the PRC.", rep[:1])
    if not f.where("prc_target") and not _data_from_china_abroad(f):
        return verdict("review", "The handler appears to be established outside the PRC; whether it offers products or services to people in China (PIPL art. 3 para 2) cannot be read from the text.", foreign[:1])
    return verdict("omission", "A handler established abroad that addresses people in China names no representative in the PRC.", foreign[:1])
