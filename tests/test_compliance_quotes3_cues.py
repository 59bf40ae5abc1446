"""Quote choice, third round (issue 15), cues: the sentence that shows the point must be recognised, or the check
quotes a weaker one (a list intro without its item, a change clause, a denial).

Texts are written for these tests in several languages; beside each rule is a look-alike that must not match.
"""
from __future__ import annotations

from policykg.compliance.facts import PolicyFacts
from policykg.compliance.text import PolicyText

from compliance_judging import verdicts


# --- a list item names the recipient its intro shares with ---------------------------------------
_EN_SHARE = ("We may share your information with the following recipients:\n"
             "• Service providers who host our servers and process your information only on our instructions.\n"
             "• Advertising partners, such as ad networks, who receive your advertising identifier and app activity to show you adverts.\n")


def test_the_item_that_names_the_recipient_is_quoted_en() -> None:
    v = verdicts(_EN_SHARE, "en")["sharing-separate-consent"]
    assert v.verdict == "contravention"
    assert [q.text for q in v.quotes] == ["Advertising partners, such as ad networks, who receive your advertising "
                                          "identifier and app activity to show you adverts."]


def test_processors_in_a_sharing_list_are_no_provision_en() -> None:
    # near-miss: the processor item alone provides data to no other handler
    text = ("We may share your information with the following recipients:\n"
            "• Service providers who host our servers and process your information only on our instructions.\n"
            "• Vendors who perform services for us, such as sending e-mail.\n")
    assert verdicts(text, "en")["sharing-separate-consent"].verdict != "contravention"


def test_a_denied_list_shares_nothing_through_its_items_en() -> None:
    # near-miss: an intro that promises not to share gives its items no sharing verb
    text = ("We do not share your information with:\n• Advertising partners or data brokers.\n")
    assert verdicts(text, "en")["sharing-separate-consent"].verdict != "contravention"


def test_the_item_that_names_the_recipient_is_quoted_es() -> None:
    text = ("Sus datos podrán comunicarse a:\n"
            "a) Proveedores de alojamiento que actúan por cuenta de Aulas como encargados del tratamiento.\n"
            "b) Las editoriales colaboradoras, que recibirán las puntuaciones de los alumnos para promocionar sus libros.\n")
    v = verdicts(text, "es")["sharing-separate-consent"]
    assert v.verdict == "contravention"
    assert any("editoriales colaboradoras" in q.text for q in v.quotes)
    assert not any("alojamiento" in q.text for q in v.quotes)


# --- disclosure lists written as "ways" -------------------------------------------------------
def test_a_list_of_ways_we_share_lists_cases_without_consent_en() -> None:
    text = ("We share information in the following ways:\n- With service providers who perform services for us.\n"
            "- To comply with a subpoena or court order.\n"
            "- To enforce our Terms of Use, or to protect the rights, property or safety of Hivecraft.\n")
    v = verdicts(text, "en")
    assert v["legal-basis"].verdict == "contravention"
    assert v["legal-basis"].quotes[0].text.startswith("To enforce our Terms of Use")
    assert v["gbt-sharing-exceptions"].quotes[0].text.startswith("To enforce our Terms of Use")
    # near-miss: a list of ways we use information discloses nothing
    text2 = ("We use information in the following ways:\n- To provide the app.\n- To protect the rights and safety of our users.\n")
    assert verdicts(text2, "en")["gbt-sharing-exceptions"].verdict != "contravention"


# --- a city before its country ------------------------------------------------------------------
def test_a_city_named_before_its_country_is_abroad_es_en() -> None:
    f = PolicyFacts.read(PolicyText.from_text(
        "Los datos de los alumnos se alojan en servidores de nuestro proveedor en Fráncfort (Alemania).", language="es"))
    assert f.where("abroad")
    f = PolicyFacts.read(PolicyText.from_text("Your data are hosted by our provider in Frankfurt, Germany.", language="en"))
    assert f.where("abroad")
    # near-miss: a Spanish handler's own city and country
    f = PolicyFacts.read(PolicyText.from_text("Los datos se alojan en nuestras oficinas en Valencia (España).", language="es"))
    assert not f.where("abroad")


# --- az open scope ----------------------------------------------------------------------------------
def test_other_data_we_deem_necessary_is_open_scope_az() -> None:
    text = "Bundan əlavə, xidmət üçün lazım bildiyimiz digər məlumatları da toplaya bilərik."
    v = verdicts(text, "az")["processing-scope"]
    assert v.verdict == "contravention" and v.quotes
    # near-miss: "for other information, write to us" collects nothing
    f = PolicyFacts.read(PolicyText.from_text("Digər suallar üçün bizə yazın.", language="az"))
    assert not f.where("open_scope")


# --- change clauses and advertising SDKs (zh) ----------------------------------------------------
def test_a_change_clause_that_mentions_disclosure_is_no_case_of_it_zh() -> None:
    text = ("在如下情况下，本应用将披露您的个人信息：\n(a) 经您事先同意，向第三方披露；\n"
            "(b) 其它本应用根据网站政策认为合适的披露。\n"
            "如果决定更改隐私政策，我们会在我们认为适当的位置发布这些更改，以便您了解在什么情况下我们会透露这些信息。\n")
    v = verdicts(text, "zh")["gbt-sharing-exceptions"]
    assert v.verdict == "contravention"
    assert not any("更改隐私政策" in q.text for q in v.quotes)
    assert any("认为合适的披露" in q.text for q in v.quotes)


def test_an_advertising_sdk_named_with_its_provider_is_provision_zh() -> None:
    text = "“某某广告”：该SDK由“某某科技股份有限公司”提供，用于在开屏等位置为用户播放广告，需要收集的设备信息包括设备标识符。\n"
    v = verdicts(text, "zh")["sharing-separate-consent"]
    assert v.verdict == "contravention" and "该SDK由" in v.quotes[0].text
    # near-miss: a crash-reporting SDK shows no advertising and is judged as before
    text2 = "“某某统计”：该SDK由“某某科技有限公司”提供，用于统计崩溃记录，需要收集的设备信息包括设备型号。\n"
    assert verdicts(text2, "zh")["sharing-separate-consent"].verdict != "contravention"


# --- consent named only to be dispensed with ---------------------------------------------------------
def test_without_separate_consent_is_no_separate_consent_ru_en() -> None:
    ru = ("Мы можем передавать ваши данные:\n- банку-партнёру — для зачисления кешбэка;\n"
          "- рекламным партнёрам — для показа вам предложений, без получения вашего отдельного согласия.\n")
    v = verdicts(ru, "ru")["sharing-separate-consent"]
    assert v.verdict == "contravention" and any("рекламным партнёрам" in q.text for q in v.quotes)
    en = "We share your personal information with our advertising partners without your separate consent.\n"
    assert verdicts(en, "en")["sharing-separate-consent"].verdict == "contravention"
    # near-miss: separate consent asked for is consent
    en2 = "We share your personal information with our advertising partners only with your separate consent.\n"
    assert verdicts(en2, "en")["sharing-separate-consent"].verdict == "met"


def test_a_denied_transfer_is_no_transfer_ru() -> None:
    text = "Данные хранятся на серверах в Москве. Трансграничная передача не осуществляется.\n"
    v = verdicts(text, "ru")["cross-border-mechanism"]
    assert v.verdict == "not-applicable"
    # near-miss: a transfer that is carried out
    text2 = "Трансграничная передача данных осуществляется в Германию.\n"
    assert verdicts(text2, "ru")["cross-border-mechanism"].verdict == "contravention"


# --- fresh-text cue gaps, batch 5 ------------------------------------------------------------------
def test_locating_a_fault_is_no_location_data_zh() -> None:
    f = PolicyFacts.read(PolicyText.from_text("我们用于确定存留期的标准包括应对可能的用户查询或投诉，问题定位等。", language="zh"))
    assert not f.where("sensitive")
    # near-miss: location itself is still sensitive, and so is an ID document number
    f = PolicyFacts.read(PolicyText.from_text("我们会收集您的定位信息。", language="zh"))
    assert f.where("sensitive")
    f = PolicyFacts.read(PolicyText.from_text("我们会收集您的姓名、电话号码、证件信息等。", language="zh"))
    assert f.where("sensitive")


def test_a_service_provider_named_after_yu_is_no_provision_zh() -> None:
    text = "我们启用Cookie的目的与大多数网站或互联网服务提供商启用Cookie的目的一样，即改善用户体验和您的数据安全。\n"
    assert verdicts(text, "zh")["sharing-separate-consent"].verdict != "contravention"
    # near-miss: "与合作伙伴共享" and "向第三方提供" still provide
    assert verdicts("我们可能会与合作伙伴共享您的个人信息。\n", "zh")["sharing-separate-consent"].verdict == "contravention"
    assert verdicts("我们可能会向第三方提供您的个人信息。\n", "zh")["sharing-separate-consent"].verdict == "contravention"


def test_information_like_is_an_open_list_en() -> None:
    text = "We automatically collect information like your device model, IP address and crash reports.\n"
    v = verdicts(text, "en")["processing-scope"]
    assert v.verdict == "contravention" and v.quotes[0].text.startswith("We automatically collect information like")
    # near-miss: "if you would like" opens nothing
    f = PolicyFacts.read(PolicyText.from_text("If you would like more information, contact us.", language="en"))
    assert not f.where("open_scope")


def test_using_the_app_outside_the_us_is_where_you_live_not_a_condition_en() -> None:
    text = ("If you use the app outside the United States, including in China, your photos and other information "
            "will be transferred to and processed in the United States.\n")
    assert verdicts(text, "en")["cross-border-mechanism"].verdict == "contravention"
    # near-miss: a transfer that waits for a future event stays conditional
    text2 = "If we open an office in Japan, your information may be transferred to Japan.\n"
    assert verdicts(text2, "en")["cross-border-mechanism"].verdict != "contravention"


def test_a_date_in_template_brackets_is_the_policys_date_zh() -> None:
    from policykg.compliance.check import heading_date
    assert heading_date("隐私政策\n更新时间：【2020】年【05】月【08】日\n生效时间：【2020】年【05】月【08】日\n") == "2020-05-08"
    # near-miss: a bracketed year alone is no date
    assert heading_date("隐私政策\n版权所有【2020】\n") is None


def test_keeping_data_for_our_own_business_purposes_is_open_retention_en() -> None:
    text = ("When you delete your account, we delete your information within 30 days, except where we need to keep it "
            "longer for our own business purposes.\n")
    v = verdicts(text, "en")["retention-period"]
    assert v.verdict == "contravention" and "our own business purposes" in v.quotes[0].text
    # near-miss: deletion within a period, nothing kept for the company's sake
    v = verdicts("When you delete your account, we delete your information within 30 days.\n", "en")["retention-period"]
    assert v.verdict == "met"


def test_de_identified_data_excepted_from_a_consent_promise_is_provision_zh() -> None:
    text = ("未经您的同意，我们不会共享您的个人信息，除非共享的个人信息是去标识化处理后的信息。\n"
            "我们将审慎评估第三方的安全保障能力。\n")
    v = verdicts(text, "zh")
    assert v["sharing-separate-consent"].verdict == "contravention"
    assert any("去标识化" in q.text for q in v["sharing-separate-consent"].quotes)
    assert any("去标识化" in q.text for q in v["gbt-sharing-exceptions"].quotes)
    # near-miss: a promise with no exception shares nothing
    text2 = "未经您的同意，我们不会共享您的个人信息。\n"
    assert verdicts(text2, "zh")["sharing-separate-consent"].verdict != "contravention"
    # nor an exception for anonymised data, which is no personal information
    text3 = "未经您的同意，我们不会共享您的个人信息，除非共享的信息是匿名化处理后无法识别您的信息。\n"
    assert verdicts(text3, "zh")["sharing-separate-consent"].verdict != "contravention"
    en = "We will not share your personal information without your consent, unless it has been pseudonymised.\n"
    assert verdicts(en, "en")["sharing-separate-consent"].verdict == "contravention"


def test_an_open_item_of_a_purpose_list_leaves_the_scope_open_en() -> None:
    text = ("We use the personal information we collect in the following ways:\n- Provide and improve our services;\n"
            "- Comply with legal requirements;\n- Perform other activities consistent with this policy.\n")
    v = verdicts(text, "en")["processing-scope"]
    assert v.verdict == "contravention" and v.quotes[0].text.startswith("Perform other activities")
    # near-miss: an open item of a list of safeguards leaves no data open
    text2 = ("We protect the personal information we collect in the following ways:\n- Encryption;\n"
             "- Firewalls and other security measures.\n")
    assert verdicts(text2, "en")["processing-scope"].verdict != "contravention"


# --- list intros quoted beside their items -----------------------------------------------------------
def test_a_sharing_list_intro_comes_after_the_item_it_frames_zh() -> None:
    text = ("在以下情况下，我们会向第三方共享您的个人信息：\n"
            "与广告合作伙伴共享：我们会向广告合作伙伴提供您的设备信息。\n")
    v = verdicts(text, "zh")["sharing-separate-consent"]
    assert v.verdict == "contravention" and v.quotes[0].text.startswith("与广告合作伙伴共享")
    # near-miss: an intro that writes consent into the policy shows the point itself and stays first
    text2 = ("您同意我们基于如下目的与第三方共享您的个人信息：\n"
             "与广告合作伙伴共享：我们会向广告合作伙伴提供您的设备信息。\n")
    v2 = verdicts(text2, "zh")["sharing-separate-consent"]
    assert v2.verdict == "contravention" and v2.quotes[0].text.startswith("您同意我们基于如下目的")


def test_the_sentence_a_label_heads_is_about_what_the_label_names_ru_en() -> None:
    ru = "Оператор обрабатывает следующие данные:\n• Показатели здоровья. Давление, вес и данные о сне с вашего браслета.\n"
    f = PolicyFacts.read(PolicyText.from_text(ru, language="ru"))
    body = [s for s in f.policy.sentences if s.text.startswith("Давление")][0]
    assert f.has("sensitive", body.index)
    # near-miss: a label naming no sensitive kind passes nothing on
    ru2 = "Оператор обрабатывает следующие данные:\n• Учётные данные. Имя и адрес электронной почты.\n"
    f2 = PolicyFacts.read(PolicyText.from_text(ru2, language="ru"))
    assert not f2.where("sensitive")


def test_an_open_item_under_we_collect_leaves_the_scope_open_en() -> None:
    text = "2.1 We collect:\n(a) your name and email address;\n(b) any other information we think is relevant to the services.\n"
    v = verdicts(text, "en")["processing-scope"]
    assert v.verdict == "contravention" and any(q.text.startswith("any other information") for q in v.quotes)


# --- batch 8: a switch denied, binding on posting, plural unauthorised access ---------------------------
def test_a_personalisation_switch_denied_is_no_opt_out() -> None:
    cases = [("We use your listening history to show you personalised recommendations. "
              "Personalised recommendations cannot be turned off.\n", "en", "cannot be turned off"),
             ("我们会向您推荐个性化内容。个性化推荐无法关闭。\n", "zh", "无法关闭"),
             ("Мы показываем персональные рекомендации. Персональные рекомендации нельзя отключить.\n", "ru", "нельзя"),
             ("Le mostramos recomendaciones personalizadas. Las recomendaciones personalizadas no se pueden desactivar.\n", "es",
              "no se pueden")]
    for text, lang, denial in cases:
        v = verdicts(text, lang)["automated-decision"]
        assert v.verdict == "contravention", lang
        assert any(denial in q.text for q in v.quotes), lang
    # near-miss: a switch that is offered is an opt-out
    v = verdicts("We show you personalised recommendations. You can turn off personalised recommendations in Settings.\n", "en")
    assert v["automated-decision"].verdict == "met"


def test_personalised_offers_from_a_history_are_profiling_en() -> None:
    text = "We analyse your parking history to offer you personalised discounts.\n"
    assert verdicts(text, "en")["automated-decision"].verdict == "contravention"
    # near-miss: a history kept for receipts personalises nothing
    assert verdicts("We keep your parking history to send you receipts.\n", "en")["automated-decision"].verdict == "not-applicable"


def test_use_after_publication_binds_es_and_posting_replaces_zh() -> None:
    es = "Publicaremos los cambios de esta política en la app. El uso de la app después de su publicación implica la aceptación de la nueva versión.\n"
    v = verdicts(es, "es")["policy-changes"]
    assert v.verdict == "contravention" and v.quotes[0].text.startswith("El uso de la app")
    zh = "我们的隐私政策的内容会随时更新。更新后的隐私政策一旦在平台上公布即有效代替原来的隐私政策。\n"
    v = verdicts(zh, "zh")["policy-changes"]
    assert v.verdict == "contravention" and v.quotes[0].text.startswith("更新后的隐私政策一旦")
    # near-miss: changes that wait for fresh consent bind no one
    es2 = "Si modificamos esta política, le pediremos que acepte la nueva versión antes de seguir usando la app.\n"
    assert verdicts(es2, "es")["policy-changes"].verdict != "contravention"


def test_disclaiming_unauthorised_accesses_is_adverse_es() -> None:
    text = "Ciframos los datos. Mercadito no será responsable por accesos no autorizados de terceros a la base de datos.\n"
    v = verdicts(text, "es")["security-measures"]
    assert v.verdict == "contravention" and "accesos no autorizados" in v.quotes[0].text
    # near-miss: encryption alone is a measure, met
    assert verdicts("Ciframos los datos y restringimos el acceso del personal.\n", "es")["security-measures"].verdict == "met"


def test_for_any_other_purpose_is_open_en() -> None:
    text = "We use your information for advertising, for research and for any other purpose we describe to you when we collect it.\n"
    v = verdicts(text, "en")["processing-scope"]
    assert v.verdict == "contravention" and v.quotes[0].text.startswith("We use your information for advertising")
    # near-miss: "no other purpose" closes the scope
    text2 = "We use your email address only to send receipts and for no other purpose.\n"
    assert verdicts(text2, "en")["processing-scope"].verdict != "contravention"


# --- batch 9 (first look on the final code) -------------------------------------------------------------
def test_other_information_obtained_is_open_and_recommending_what_users_like_is_profiling_zh() -> None:
    v = verdicts("我们还可能为了改善我们的产品或服务的合理需要而获得您的其他信息。\n", "zh")["processing-scope"]
    assert v.verdict == "contravention" and v.quotes[0].text.startswith("我们还可能为了改善")
    f = PolicyFacts.read(PolicyText.from_text("我们会利用Cookie推荐用户感兴趣的信息或功能。", language="zh"))
    assert f.where("profiling")
    # near-miss: information the user reads elsewhere is collected from no one
    f = PolicyFacts.read(PolicyText.from_text("您可以在帮助中心获得其他帮助。", language="zh"))
    assert not f.where("open_scope")


def test_changes_effective_when_posted_and_consent_by_creating_an_account_en() -> None:
    text = "We may update this policy from time to time. Changes are effective when posted.\n"
    v = verdicts(text, "en")["policy-changes"]
    assert v.verdict == "contravention" and v.quotes[0].text == "Changes are effective when posted."
    text2 = "By creating an account, you acknowledge that you have read this Privacy Policy and agree to our collection of your information.\n"
    assert verdicts(text2, "en")["consent-by-use"].verdict == "contravention"
    # near-miss: creating an account to save favourites deems nothing
    assert verdicts("By creating an account you can save your favourite vets.\n", "en")["consent-by-use"].verdict != "contravention"


def test_transferred_to_a_company_named_with_inc_in_the_us_is_abroad_en() -> None:
    text = ("Information of users in mainland China is collected by our joint venture and transferred to Petpal, Inc. "
            "in the United States for processing.\n")
    assert verdicts(text, "en")["cross-border-consent"].verdict == "contravention"
    # near-miss: a company named with Inc. that stays in China moves nothing abroad
    f = PolicyFacts.read(PolicyText.from_text("Data is sent to Petpal Hangzhou Co. in Hangzhou for processing.", language="en"))
    assert not f.where("abroad")
