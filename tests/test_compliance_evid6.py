"""Issue 15, round 6: Chinese text as PDFs give it, and quotes that show the point. Each rule beside a near-miss.
Texts are written for the tests."""
from __future__ import annotations

import pytest

from compliance_judging import verdict
from ingest.read import normalize_text, read_bytes
from policykg.compliance.text import PolicyText

# "使⽤", "表⽰" and "个⼈" written with the Kangxi radicals U+2F64, U+2F70 and U+2F08, as some PDF text layers give them.
RADICAL_ZH = ("隐私政策\n杭州示例云科技有限公司（“我们”）重视您的个⼈信息。\n"
              "您使⽤我们的服务，表⽰您同意本政策的全部内容。\n联系我们：privacy@example.cn\n")
PLAIN_ZH = RADICAL_ZH.replace("\u2f64", "用").replace("\u2f70", "示").replace("\u2f08", "人")


def test_kangxi_radicals_fold_to_unified_ideographs_one_for_one() -> None:
    folded = normalize_text(RADICAL_ZH)
    assert folded == normalize_text(PLAIN_ZH)
    assert len(folded) == len(RADICAL_ZH.strip())  # one character for one: offsets do not move
    assert folded.index("您同意本政策") == RADICAL_ZH.index("您同意本政策")


def test_ordinary_text_is_untouched_by_the_fold() -> None:
    """Near-miss: full-width punctuation and digits, ⺀-range characters with no mapping and Latin stay as written."""
    text = "第１条：我们（ＡＢＣ公司）收集您的信息⺀。Use of data — 2024"
    assert normalize_text(text) == text


def test_simplified_supplement_radicals_fold_to_their_characters() -> None:
    """"⻅" (U+2EC5), "⻓" (U+2ED3), "⻔" (U+2ED4), "⺠" (U+2EA0) as PDFs give 见, 长, 门, 民; length kept."""
    text = "请⻅第三条；保存期限不超过⼀年，以较⻓者为准；客服⻔户；中华⼈⺠共和国"
    assert normalize_text(text) == "请见第三条；保存期限不超过一年，以较长者为准；客服门户；中华人民共和国"
    assert len(normalize_text(text)) == len(text)


def test_compatibility_ideographs_fold_too() -> None:
    """CJK compatibility ideographs (U+F900-FAFF) map canonically, one for one."""
    assert normalize_text("\uf9d0同意") == "類同意"


def test_consent_by_use_is_found_in_radical_text_after_ingest() -> None:
    """End to end: the ingest reader folds, so the Chinese consent-by-use cue matches and the quote reads plainly."""
    assert verdict(RADICAL_ZH, "zh", "consent-by-use") != "contravention"  # unfolded, the cue cannot match
    doc = read_bytes(RADICAL_ZH.encode("utf-8"), name="p.txt", source="p.txt")
    assert verdict(doc.text, "zh", "consent-by-use") == "contravention"
    assert verdict(PLAIN_ZH, "zh", "consent-by-use") == "contravention"
    policy = PolicyText.from_text(doc.text, language="zh")
    assert any("使用我们的服务" in s.text for s in policy.sentences)


# --- a leak the user is asked to report to us is no notice by the handler ------------------------------------
_INCIDENT_BASES = {
    "zh": "隐私政策\n杭州示例云科技有限公司（“我们”）重视您的个人信息。我们采用加密技术保护您的信息。\n{}\n联系我们：privacy@example.cn\n",
    "en": "Privacy Policy\nExample Ltd (\"we\") protects your data with encryption.\n{}\nContact: privacy@example.com\n",
    "es": "Política de privacidad\nEjemplo S.L. protege sus datos con cifrado.\n{}\nContacto: privacidad@ejemplo.es\n",
    "ru": "Политика конфиденциальности\nООО «Пример» защищает ваши данные шифрованием.\n{}\nКонтакты: privacy@primer.ru\n",
}


@pytest.mark.parametrize("lang,sentence", [
    ("zh", "请妥善保管您的密码，切勿将密码告知他人，如果您发现自己的个人信息泄露，请您立即与我们的客服联系，以便我们采取相应的措施。"),
    ("en", "If you believe your password was leaked or there was a security breach of your account, please notify us immediately."),
    ("es", "Si detecta un incidente de seguridad en su cuenta, debe informarnos de inmediato."),
    ("ru", "Если вы заметили утечку пароля или инцидент безопасности, немедленно сообщите нам."),
])
def test_user_reporting_a_leak_is_no_incident_notice(lang: str, sentence: str) -> None:
    assert verdict(_INCIDENT_BASES[lang].format(sentence), lang, "incident-notification") == "omission"


@pytest.mark.parametrize("lang,sentence", [
    ("zh", "如发生个人信息泄露等安全事件，我们将及时通知您；如您发现账号泄露，请您立即与我们联系。"),
    ("en", "If a security breach affects your data, we will notify you, and if you notice one, please contact us."),
    ("es", "Si ocurre un incidente de seguridad, le notificaremos sin demora; si usted detecta uno, debe informarnos."),
    ("ru", "При инциденте безопасности мы уведомим вас, а если вы заметили утечку, сообщите нам."),
])
def test_handler_notice_beside_a_user_report_still_counts(lang: str, sentence: str) -> None:
    """Near-miss: the same sentence also has the handler notify the user."""
    assert verdict(_INCIDENT_BASES[lang].format(sentence), lang, "incident-notification") == "met"


# --- a sentence going on with a conditional transfer abroad keeps its condition ---------------------------------
_ZH_ABROAD = "隐私政策\n杭州示例云科技有限公司（“我们”）重视您的个人信息。\n我们收集的个人信息存储在中华人民共和国境内。\n{}\n联系我们：privacy@example.cn\n"
_ES_ABROAD = "Política de privacidad\nEjemplo S.L., con domicilio en Madrid, trata datos de usuarios en China.\n{}\nContacto: privacidad@ejemplo.es\n"


@pytest.mark.parametrize("lang,text", [
    ("zh", _ZH_ABROAD.format("将来如确需向境外机构传输境内收集的个人信息的，我们会按照法律法规的规定执行。并在数据跨境传输前再次征求您的同意，再进行数据传输。")),
    ("es", _ES_ABROAD.format("Si en el futuro necesitamos transferir sus datos personales fuera de China, cumpliremos la ley. "
                             "En ese caso transferiremos sus datos personales a servidores en Singapur solo con su consentimiento.")),
])
def test_continuation_of_a_future_transfer_is_no_transfer(lang: str, text: str) -> None:
    assert verdict(text, lang, "cross-border-mechanism") == "not-applicable"


@pytest.mark.parametrize("lang,text", [
    ("zh", _ZH_ABROAD.format("我们会将您的订单信息传输至新加坡的服务器。并在数据跨境传输前征求您的同意。")),
    ("es", _ES_ABROAD.format("Transferimos sus datos personales a servidores en Singapur. En ese caso le pediremos su consentimiento.")),
])
def test_continuation_of_a_stated_transfer_stays_a_transfer(lang: str, text: str) -> None:
    """Near-miss: the sentence before states a transfer as fact, so nothing is conditional."""
    assert verdict(text, lang, "cross-border-mechanism") == "contravention"


# --- "X may be considered sensitive personal information, such as ...": a definition, no list of data collected ----
@pytest.mark.parametrize("lang,sentence", [
    ("zh", "某些个人信息因其特殊性可能被认为是敏感个人信息，例如您的种族、宗教、健康信息、行踪轨迹等。"),
    ("en", "Some information is considered sensitive personal information, such as your race, religion or health data."),
    ("es", "Algunos datos se consideran datos personales sensibles, por ejemplo su origen étnico o su salud."),
    ("ru", "Некоторые сведения считаются специальными категориями персональных данных, например сведения о здоровье."),
])
def test_what_counts_as_sensitive_is_a_definition(lang: str, sentence: str) -> None:
    from compliance_judging import stating
    assert sentence in stating(f"Policy\n{sentence}\n", lang, "definition")


@pytest.mark.parametrize("lang,sentence", [
    ("zh", "我们会收集您的健康信息、行踪轨迹等敏感个人信息，例如您的步数，用于健康服务。"),
    ("en", "We collect sensitive personal information, such as your health data, to provide health services."),
])
def test_collecting_sensitive_data_is_no_definition(lang: str, sentence: str) -> None:
    """Near-miss: the sentence says what is collected; it defines nothing."""
    from compliance_judging import stating
    assert sentence not in stating(f"Policy\n{sentence}\n", lang, "definition")


# --- "终止使用" (terminate use) is a way to say "stop using" ----------------------------------------------------
_BUNDLE_ZH = "隐私政策\n杭州示例云科技有限公司（“我们”）重视您的个人信息。\n{}\n联系我们：privacy@example.cn\n"


def test_terminate_use_if_you_disagree_is_bundled() -> None:
    assert verdict(_BUNDLE_ZH.format("如您不同意本政策，请您立即终止使用我们的服务。"), "zh", "bundled-consent") == "contravention"


@pytest.mark.parametrize("sentence", [
    # the children's clause: earlier labellers (lawzh4 ca4p-0755, lawzh5 ca4p-0935 met; ca4p-0905 review) read a guardian's refusal as the child's, not as
    # bundling by the handler; kept so
    "如您的监护人不同意您按照本政策使用我们的服务或向我们提供信息，请您立即终止使用我们的服务。",
    "如您拒绝提供位置信息，您将无法使用附近门店功能，但不影响其他功能的正常使用。",
])
def test_guardian_clause_and_a_feature_refusal_are_no_bundling(sentence: str) -> None:
    """Near-misses: the guardian's refusal (the children's clause), and a refusal of one kind of data."""
    assert verdict(_BUNDLE_ZH.format(sentence), "zh", "bundled-consent") != "contravention"


# --- a safeguard graded by sensitivity shows no sensitive data processed -------------------------------------------
_SENS_ZH = "隐私政策\n杭州示例云科技有限公司（“我们”）重视您的个人信息。\n我们会收集您的精确位置信息，用于推荐附近的门店。\n{}\n联系我们：privacy@example.cn\n"


def test_safeguard_graded_by_sensitivity_is_not_quoted_as_sensitive_processing() -> None:
    from compliance_judging import quoted
    safeguard = "我们从数据的生命周期出发，在数据存储、显示、处理等各个环节建立了安全防护措施，根据信息敏感程度的级别采取不同的控制措施，例如访问控制、敏感信息脱敏显示。"
    quotes = quoted(_SENS_ZH.format(safeguard), "zh", "sensitive-pi-consent")
    assert quotes and not any("脱敏显示" in q for q in quotes)


@pytest.mark.parametrize("lang,text,needle", [
    ("zh", _SENS_ZH.format("我们收集的身份证号码会加密存储，并严格控制访问权限。"), "身份证号码"),
    ("en", "Privacy Policy\nExample Ltd (\"we\") collects your precise location to show nearby stores.\n"
           "We collect your passport number and store it encrypted with strict access controls.\nContact: privacy@example.com\n", "passport"),
])
def test_safeguard_naming_the_sensitive_kind_is_still_quoted(lang: str, text: str, needle: str) -> None:
    """Near-miss: "we encrypt the ID numbers we collect" names the sensitive data it protects."""
    from compliance_judging import quoted
    assert any(needle in q for q in quoted(text, lang, "sensitive-pi-consent"))


# --- "但不影响其他功能的正常使用": the refusal is limited to the function, whatever the word order -------------------
def test_refusal_limited_to_a_function_in_either_word_order_is_no_bundling() -> None:
    text = _BUNDLE_ZH.format("如您不同意我们收集位置信息，您将无法使用附近门店功能，但不影响其他功能的正常使用。")
    assert verdict(text, "zh", "bundled-consent") == "met"


def test_other_users_unaffected_is_no_limit_of_the_refusal() -> None:
    """Near-miss: the service refused to the person who disagrees; "other users" are no other functions."""
    text = _BUNDLE_ZH.format("如您不同意本政策，您将无法使用本产品，这不影响其他用户的正常使用。")
    assert verdict(text, "zh", "bundled-consent") == "contravention"
