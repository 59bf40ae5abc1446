"""Issue 15, round 7: the sentence that shows the point is quoted. The provision a sharing contravention rests on
is read even where its recipient is named by an ordinary organisation noun after the sharing verb, and a consent
deemed from an act for sensitive or children's data is quoted beside the data. Each rule beside a near-miss.
Texts are written for the tests."""
from __future__ import annotations

from compliance_judging import facts, quoted, stating, verdict


def _provided(text: str, lang: str) -> list[str]:
    return [s.text for s in facts(text, lang).provision_to_others]


# --- recipients named after the sharing verb -----------------------------------------------------------------

ZH_SHARE = ("隐私政策\n示例（杭州）网络科技有限公司运营本App。\n三、共享\n"
            "我们会将您的游戏昵称、段位和战绩共享给合作的电竞赛事主办方，以便其邀请您参赛。\n"
            "为提升服务质量，我们可能将您的行程数据与合作的汽车租赁公司共享。\n"
            "经去标识化处理的设备信息不属于个人信息，我们可将其提供给合作伙伴，无需另行取得您的同意。\n")


def test_zh_recipient_after_sharing_verb_is_read() -> None:
    got = _provided(ZH_SHARE, "zh")
    assert any("赛事主办方" in s for s in got)
    assert any("汽车租赁公司" in s for s in got)


def test_zh_sharing_contravention_quotes_the_provision_itself() -> None:
    q = quoted(ZH_SHARE, "zh", "sharing-separate-consent")
    assert any("赛事主办方" in s for s in q) and any("汽车租赁公司" in s for s in q)


def test_zh_handing_to_the_person_or_back_to_a_named_party_is_no_new_recipient() -> None:
    """Near-miss: "提供给您" hands nothing to another handler; "提供给该机构" points back to a recipient named before."""
    text = ("隐私政策\n三、共享\n我们会将查询结果提供给您本人。\n"
            "婚介服务由合作机构“某某婚姻介绍服务有限公司”提供，该机构是独立的个人信息处理者。\n"
            "经您在购买页面单独勾选同意后，我们会将您的手机号码提供给该机构。\n")
    f = facts(text, "zh")
    rec = {s.text for s in f.where("recipient")}
    assert not any("提供给您本人" in s for s in rec)
    assert not any("提供给该机构" in s for s in rec)


EN_SHARE = ("Privacy Notice\nLotus Demo Hotel Ltd. runs this hotel.\nSharing\n"
            "We share guest profiles with our affiliated casino operators so that they can send you offers.\n"
            "We may disclose information to companies within the Demo group.\n"
            "We may disclose your information where necessary to protect our property.\n")


def test_en_recipient_after_with_or_to_is_read() -> None:
    got = _provided(EN_SHARE, "en")
    assert any("guest profiles" in s for s in got)
    assert any("companies within" in s for s in got)
    q = quoted(EN_SHARE, "en", "sharing-separate-consent")
    assert any("guest profiles" in s for s in q)


def test_en_service_to_companies_without_data_is_no_provision() -> None:
    """Near-miss: "we provide our services to companies" hands over no personal information; "send you offers"
    names no organisation."""
    text = ("Privacy Notice\nSharing\nWe provide our booking services to hotels and travel companies.\n"
            "We send you offers by e-mail.\n")
    got = _provided(text, "en")
    assert not any("booking services" in s for s in got)
    assert not any("send you offers" in s for s in got)


def test_en_infinitive_after_to_names_no_recipient() -> None:
    """Near-miss: "to protect the rights or property of the company" is a purpose, not the party receiving the data."""
    text = "Disclosure\nWe may disclose your information to protect the rights or property of the company.\n"
    assert not stating(text, "en", "recipient")
    assert stating("Disclosure\nWe may disclose your information to the insurance company of the driver.\n", "en", "recipient")


def test_en_profile_and_history_are_personal_data_but_not_a_profile_page() -> None:
    text = "Our Data\nWe keep your purchase history for two years.\nOur profile page shows our awards.\n"
    said = stating(text, "en", "data_word")
    assert any("purchase history" in s for s in said)
    assert not any("profile page" in s for s in said)


def test_en_opt_in_box_is_consent() -> None:
    """"only if you tick the box" makes the provision wait for the person's act; "the box is ticked" by us is none."""
    said = stating("Sharing\nWe share your bookings with our insurer only if you tick the box on the booking page.\n"
                   "Sharing\nWe share your bookings with our insurer; the box is ticked for you.\n", "en", "any_consent")
    assert any("only if you tick" in s for s in said)
    assert not any("ticked for you" in s for s in said)


def test_es_and_ru_recipient_after_sharing_verb() -> None:
    es = ("Aviso de privacidad\nCompartir\nTambién podremos compartir sus datos con empresas aliadas del sector turismo "
          "para que le ofrezcan sus productos.\nCompartimos nuestra experiencia con empresas del sector.\n")
    got = _provided(es, "es")
    assert any("empresas aliadas" in s for s in got)
    assert not any("experiencia" in s for s in got)  # near-miss: no personal data handed over
    ru = ("Политика\nПередача\nПаспортные данные участников поездки мы передаём гостиницам в Китае.\n"
          "Мы рекомендуем гостиницы в Китае.\n")
    got = _provided(ru, "ru")
    assert any("гостиницам" in s for s in got)
    assert not any("рекомендуем" in s for s in got)


# --- consent deemed from an act, quoted beside the sensitive data ------------------------------------------------

def test_zh_deemed_consent_to_the_above_sensitive_data_is_quoted() -> None:
    text = ("隐私政策\n一、我们收集的信息\n预订民宿：入住人姓名、身份证号码、手机号码、入住及离店日期。\n"
            "您提交订单即视为您同意我们将上述信息提供给您预订的民宿房东。\n"
            "我们会保存订单信息至离店后三年。\n二、人脸识别\n入住前核验：在您单独同意后，我们收集您的人脸信息，并告知其必要性及对您个人权益的影响。\n")
    assert verdict(text, "zh", "sensitive-pi-consent") == "contravention"
    assert any("即视为您同意" in s for s in quoted(text, "zh", "sensitive-pi-consent"))


def test_zh_deemed_consent_after_separately_asked_data_is_not_quoted() -> None:
    """Near-miss: the data named just before are asked separately, so "上述信息" reaches data whose consent is given."""
    text = ("隐私政策\n一、我们收集的信息\n人脸识别：在您单独同意后，我们收集您的人脸信息，并告知其必要性及对您个人权益的影响。\n"
            "您提交订单即视为您同意我们将上述信息提供给酒店。\n"
            "二、其他\n预订时我们收集您的身份证号码。\n")
    assert not any("即视为您同意" in s for s in quoted(text, "zh", "sensitive-pi-consent"))


def test_deemed_consent_for_childrens_data_is_quoted() -> None:
    zh = ("隐私政策\n重要提示：监护人绑定手表即视为同意我们按照本政策处理儿童的个人信息。\n"
          "定位信息：手表会通过GPS获取儿童的实时位置，并上传至服务器。\n")
    assert verdict(zh, "zh", "sensitive-pi-consent") == "contravention"
    assert any("绑定手表即视为同意" in s for s in quoted(zh, "zh", "sensitive-pi-consent"))
    en = ("Privacy Policy\nBy pairing the watch, the parent is deemed to consent to our processing of the child's "
          "personal information.\nThe watch collects the child's precise location by GPS.\n")
    assert any("deemed to consent" in s for s in quoted(en, "en", "sensitive-pi-consent"))


def test_guardian_advice_is_not_a_deemed_consent_quote() -> None:
    """Near-miss: advising parents to guide their children deems nothing."""
    text = ("隐私政策\n我们建议儿童在监护人指导下使用本产品。\n定位信息：手表会通过GPS获取儿童的实时位置，并上传至服务器。\n")
    assert not any("建议" in s for s in quoted(text, "zh", "sensitive-pi-consent"))


# --- the company's own ground for disclosing, quoted for the GB/T list ------------------------------------------

def test_disclosure_on_the_company_rights_is_quoted_among_the_deviations() -> None:
    es = ("Aviso de privacidad\nCompartir\nPodremos compartir sus datos con empresas aliadas para que le ofrezcan promociones.\n"
          "Podremos revelar sus datos cuando sea necesario para proteger nuestros derechos.\n")
    assert verdict(es, "es", "gbt-sharing-exceptions") == "contravention"
    assert any("proteger nuestros derechos" in s for s in quoted(es, "es", "gbt-sharing-exceptions"))
    en = ("Privacy Notice\nSharing\nWe share your data with our affiliated companies for marketing.\n"
          "We may disclose your data where necessary to protect our rights.\n")
    assert any("protect our rights" in s for s in quoted(en, "en", "gbt-sharing-exceptions"))


def test_protecting_rights_without_letting_data_go_is_not_quoted() -> None:
    """Near-miss: a sentence on protecting our rights that discloses no data is no deviation to quote."""
    es = ("Aviso de privacidad\nCompartir\nPodremos compartir sus datos con empresas aliadas para que le ofrezcan promociones.\n"
          "Podremos revelar nuestras tarifas cuando sea necesario para proteger nuestros derechos.\n")
    assert not any("tarifas" in s for s in quoted(es, "es", "gbt-sharing-exceptions"))


def test_ru_consent_not_needed_with_words_between() -> None:
    said = stating("Передача\nМы передаём обезличенные данные партнёрам; ваше согласие для этого не требуется.\n"
                   "Передача\nВаше согласие требуется для этого всегда.\n", "ru", "without_consent")
    assert any("не требуется" in s for s in said)
    assert not any("всегда" in s for s in said)


# --- a decimal clause number opens an item of its own ------------------------------------------------------------

def test_consent_of_the_next_decimal_clause_does_not_cover_this_provision() -> None:
    """"3.1 we give X to the insurer" / "3.2 unless you separately consent we do not disclose": 3.2 is a clause of its
    own; its separate consent is not asked for the provision of 3.1, which is quoted."""
    zh = ("隐私政策\n三、共享\n3.1 为推荐保险，我们会将您的手机号码和企业名称提供给合作的保险公司。\n\n"
          "3.2 除非获得您的单独同意，我们不会公开披露您的个人信息。\n")
    assert verdict(zh, "zh", "sharing-separate-consent") == "contravention"
    assert any("保险公司" in s for s in quoted(zh, "zh", "sharing-separate-consent"))


def test_consent_in_the_line_after_without_a_number_still_covers_it() -> None:
    """Near-miss: the same consent on the next line with no clause number of its own carries the provision on."""
    zh = ("隐私政策\n三、共享\n3.1 为推荐保险，我们会将您的手机号码和企业名称提供给合作的保险公司。\n"
          "上述共享将在获得您的单独同意后进行。\n")
    assert verdict(zh, "zh", "sharing-separate-consent") != "contravention"


# --- after the fresh look: storage in a named foreign place, passing data to someone ------------------------------

def test_zh_storage_on_a_server_in_a_named_foreign_country_is_abroad() -> None:
    said = stating("存储\n您的个人信息存储于位于新加坡的云服务器。\n存储\n您的个人信息存储于位于成都的服务器。\n"
                   "说明\n新加坡籍用户也可以注册本服务。\n", "zh", "abroad")
    assert any("新加坡的云服务器" in s for s in said)
    assert not any("成都" in s for s in said)
    assert not any("新加坡籍用户" in s for s in said)  # near-miss: a foreign nationality is no place of storage


def test_en_passing_data_to_someone_is_sharing_but_not_feedback() -> None:
    text = ("Sharing\nWe pass learner profiles to partner schools so that they can contact you.\n"
            "Feedback\nWe give feedback to students and parents after each class.\n")
    said = stating(text, "en", "share_verb")
    assert any("learner profiles" in s for s in said)
    assert not any("feedback" in s for s in said)
    assert any("learner profiles" in s for s in quoted(text, "en", "sharing-separate-consent"))


# --- after the second fresh look --------------------------------------------------------------------------------

def test_zh_disclosure_without_consent_to_a_named_kind_of_business() -> None:
    text = ("隐私政策\n二、对外提供\n如果您的账号存在违规刷单行为，我们有权在未经您同意的情况下向合作商户披露您的账号信息。\n")
    f = facts(text, "zh")
    s = [x for x in f.policy.sentences if "合作商户" in x.text][0]
    assert f.has("without_consent", s.index) and f.has("recipient", s.index)


def test_zh_promise_not_to_share_without_consent_is_no_dispensation() -> None:
    """Near-miss: "我们不会在未经您同意的情况下…" promises consent; "向您披露" names the person, not a recipient."""
    text = "隐私政策\n二、对外提供\n我们不会在未经您同意的情况下向合作商户披露您的账号信息。\n我们会向您披露处理规则。\n"
    assert not stating(text, "zh", "without_consent")
    assert not any("向您披露" in s for s in stating(text, "zh", "recipient"))


def test_es_associated_businesses_are_recipients_but_not_associated_risks() -> None:
    text = ("Compartir\nTambién cedemos su historial de pedidos a bodegas asociadas de La Rioja para que le envíen ofertas.\n"
            "Riesgos\nCedemos información sobre los riesgos asociados al consumo de alcohol a nuestros clientes.\n")
    said = stating(text, "es", "recipient")
    assert any("bodegas asociadas" in s for s in said)
    assert not any("riesgos asociados" in s for s in said)


def test_es_disclosure_on_legitimate_interests_is_quoted_for_the_gbt_list() -> None:
    text = ("Aviso\nCompartir\nTambién cedemos su historial de pedidos a bodegas asociadas para que le envíen ofertas.\n"
            "Podremos comunicar sus datos cuando sea necesario para defender los intereses legítimos de la bodega.\n")
    assert any("intereses legítimos" in s for s in quoted(text, "es", "gbt-sharing-exceptions"))
