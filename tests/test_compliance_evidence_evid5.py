"""Quotes that show the point (issue 15), round 5: the structural causes of evidence misses and of `met` quotes that
show nothing, each rule beside a near-miss that must not trigger it. Texts are written for the tests."""
from __future__ import annotations

import pytest

from compliance_judging import quoted, stating, verdict, verdicts
from policykg.compliance.checks_notice import component_maker
from policykg.compliance.text import PolicyText
from policykg.compliance.verdicts import trimmed


# --- a sharing list whose intro names the data by a pronoun --------------------------------------------------
SHARE_IT_EN = ("1. Sharing\nWe do not sell your personal information. We share it with:\n"
               "- cloud hosts who store data for us under our instructions;\n"
               "- our affiliated companies, for joint marketing;\n"
               "- insurance partners chosen by us, who may offer you products.\n"
               "2. Disclosure\nWe may disclose your information without your consent to protect the rights or property of the company.\n")


def test_items_of_an_anaphoric_sharing_intro_are_quoted_first() -> None:
    """"We share it with:" after a sentence on personal information: the items naming recipients show the provision,
    before a disclosure sentence elsewhere."""
    quotes = quoted(SHARE_IT_EN, "en", "sharing-separate-consent")
    assert quotes[0].startswith(("our affiliated companies", "insurance partners"))


def test_pronoun_after_a_sentence_naming_no_data_carries_none() -> None:
    """Near-miss: "We work with partners. We share it with:" — the pronoun has no personal information to carry."""
    text = ("1. Partners\nWe work with many partners around the world. We share it with:\n"
            "- our affiliated companies, for joint marketing;\n- insurance partners chosen by us.\n")
    f_items = [s for s in stating(text, "en", "recipient") if s.startswith("our affiliated")]
    assert f_items  # the item names a recipient ...
    from compliance_judging import facts
    assert not [s for s in facts(text, "en").provision_to_others if s.text.startswith("our affiliated")]  # ... but no data


def test_pronoun_intro_in_russian() -> None:
    """ru: "Мы передаём их:" after a sentence on personal data carries the data to the items."""
    text = ("5. Передача\nМы бережно храним ваши персональные данные. Мы передаём их:\n"
            "- партнёрам по программе лояльности, для совместных акций;\n- службам доставки, для доставки заказа.\n")
    from compliance_judging import facts
    items = [s.text for s in facts(text, "ru").provision_to_others]
    assert any(t.startswith("партнёрам") for t in items)


# --- "must accept all the terms" is all-or-nothing acceptance ---------------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("zh", "一、条款的确认\n您必须完全同意所有服务条款并完成注册程序。我们会收集您的手机号码用于注册。\n"),
    ("en", "Terms\nYou must accept all of the terms of this policy before you register. We collect your e-mail address to create your account.\n"),
    ("es", "Condiciones\nUsted debe aceptar todos los términos de este aviso para registrarse. Recabamos su correo electrónico para crear su cuenta.\n"),
    ("ru", "Условия\nВы должны принять все условия настоящей Политики для регистрации. Мы собираем ваш адрес электронной почты для регистрации.\n"),
])
def test_must_accept_all_terms_is_bundled(lang: str, text: str) -> None:
    assert verdict(text, lang, "bundled-consent") == "contravention"


@pytest.mark.parametrize("lang,text", [
    ("zh", "一、条款的确认\n您无须同意所有条款，可以拒绝个性化推荐。我们会收集您的手机号码用于注册。\n"),
    ("en", "Terms\nYou must accept the payment terms before you pay. We collect your e-mail address to create your account.\n"),
])
def test_not_all_terms_or_no_must_is_no_bundling(lang: str, text: str) -> None:
    """Near-misses: "无须同意所有条款" (need not) and accepting one named set of terms."""
    assert verdict(text, lang, "bundled-consent") != "contravention"


def test_bundled_quotes_the_must_accept_sentence_before_a_change_refusal() -> None:
    text = ("一、条款的确认\n您必须完全同意所有服务条款并完成注册程序。\n"
            "二、更新\n如果不同意本政策的修改，您有权停止使用本服务。我们会收集您的手机号码用于注册。\n")
    assert quoted(text, "zh", "bundled-consent")[0].startswith("您必须完全同意所有服务条款")


# --- the maker of an embedded component is not the handler --------------------------------------------------
def test_component_maker_is_no_handler() -> None:
    text = ("隐私政策\n【学而优】（以下简称“我们”）重视您的个人信息。\n第三方SDK：\n"
            "（a）消息推送，由深圳市某某信息技术有限公司开发，用于消息推送，可能会调取您的设备信息\n"
            "联系我们：邮箱 help@xueeryou.cn\n")
    assert verdict(text, "zh", "handler-identity") == "omission"


@pytest.mark.parametrize("text,expected", [
    ("（d）极光推送，由深圳市某某信息技术有限公司开发，用于消息推送", True),
    ("Crash reports, developed by Example Analytics Inc., used for crash reports", True),
    ("本应用由北京某某科技有限公司开发，用于为考生提供在线课程", False),  # near-miss: this app's own maker
    ("This app is developed by Example Learning Ltd. and used to teach maths", False),
    ("本应用由北京某某科技有限公司开发和运营", False),
])
def test_component_maker_rule(text: str, expected: bool) -> None:
    assert component_maker(text) is expected


# --- markdown emphasis at a quote's edge -------------------------------------------------------------------------
def test_open_emphasis_is_trimmed_from_the_quote() -> None:
    text = "**如果学员继续使用本网站，则视为学员接受本政策的修改。\n下一句。**\n"
    p = PolicyText.from_text(text, language="zh")
    first = trimmed(p.sentences[0])
    assert first.text == "如果学员继续使用本网站，则视为学员接受本政策的修改。"
    assert text[first.start:first.end] == first.text  # still verbatim, offsets moved with it


def test_short_emphasis_only_text_is_left_alone() -> None:
    """Near-miss: too little would be left; the quote stays as it is (never quoted empty)."""
    p = PolicyText.from_text("**短句。**\n", language="zh")
    assert trimmed(p.sentences[0]).text.strip("*")


# --- retention left to the company's own ends ------------------------------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("es", "Conservación\nConservamos sus datos durante el tiempo que sea necesario para nuestros fines comerciales.\n"),
    ("en", "Retention\nWe keep your data for as long as necessary for our business purposes.\n"),
    ("ru", "Хранение\nМы храним данные столько, сколько необходимо для наших коммерческих целей.\n"),
])
def test_retention_for_own_ends_is_a_contravention(lang: str, text: str) -> None:
    assert verdict(text, lang, "retention-period") == "contravention"


@pytest.mark.parametrize("lang,text", [
    # "unless an extension is needed or permitted by law" is read as met (the findings-dev convention)
    ("zh", "存储期限\n我们只会在达成本协议所述目的所需的期限内保留您的个人信息，除非需要延长保留期或受到法律的允许。\n"),
    ("es", "Conservación\nConservamos sus datos durante el tiempo necesario para prestar el servicio contratado.\n"),
    ("en", "Retention\nWe keep your data for as long as necessary to provide the service you asked for.\n"),
])
def test_retention_for_the_purpose_is_met(lang: str, text: str) -> None:
    assert verdict(text, lang, "retention-period") == "met"


RETENTION_LIST_ZH = ("存储期限\n我们仅在实现目的所必需的期限内保存您的个人信息。\n"
                     "在下列情况下，我们有可能更改个人信息的存储时间：\n"
                     "1. 为遵守法院判决、裁定或其他法律程序的规定；\n"
                     "2. 为保护我们或我们的关联公司的合法权益所合理必需的用途。\n")


def test_retention_extended_for_the_company_quotes_that_case() -> None:
    v = verdicts(RETENTION_LIST_ZH, "zh")["retention-period"]
    assert v.verdict == "contravention"
    assert v.quotes[0].text.startswith("2. 为保护我们或我们的关联公司的合法权益") or "关联公司的合法权益" in v.quotes[0].text


def test_retention_extended_only_by_legal_duty_is_met() -> None:
    """Near-miss: every case of the list is a legal duty."""
    text = RETENTION_LIST_ZH.replace("2. 为保护我们或我们的关联公司的合法权益所合理必需的用途。", "2. 为遵守相关政府机关的要求。")
    assert verdict(text, "zh", "retention-period") == "met"


# --- "您可能感兴趣" is no route for the user -------------------------------------------------------------------------
def test_possibly_is_not_can() -> None:
    """"推荐您可能感兴趣的信息" (that you may be interested in) is no "您可以" (you can): a sentence sharing data to
    protect the company's affiliates is a legal-basis finding, not a route offered to the user."""
    text = ("共享\n为便于我们向您推荐您可能感兴趣的信息，保护我们关联公司的合法权益，您的个人信息可能会与我们的关联公司共享。\n")
    assert "您可能感兴趣" not in " ".join(stating(text, "zh", "user_can"))
    assert verdict(text, "zh", "legal-basis") == "contravention"


def test_you_can_is_still_a_route() -> None:
    """Near-miss: "您可以" stays a route."""
    assert stating("权利\n您可以通过设置页面删除您的个人信息。\n", "zh", "user_can")


# --- open categories: "other information we need to collect" ------------------------------------------------------
def test_other_information_we_need_to_collect_is_open() -> None:
    text = ("信息收集\n您同意我们为履行本协议收集您的用户信息，这些信息包括您注册的信息以及其他我们基于安全考虑而需收集的信息。\n")
    assert verdict(text, "zh", "processing-scope") == "contravention"


def test_named_information_we_need_to_collect_is_not_open() -> None:
    """Near-miss: no "其他" — the information needed is named."""
    text = ("信息收集\n为完成注册，我们需收集的信息为您的手机号码，用于发送验证码。\n")
    assert verdict(text, "zh", "processing-scope") != "contravention"


# --- "other cases permitted by our Terms" ---------------------------------------------------------------------
def test_other_cases_permitted_by_terms_en() -> None:
    assert stating("Disclosure\nWe may disclose your data in any other case permitted by our Terms of Service.\n", "en", "ground_other_terms")
    assert not stating("Disclosure\nWe may disclose your data where the law requires it.\n", "en", "ground_other_terms")


# --- a sentence the text wrapped over two lines is one sentence --------------------------------------------------
@pytest.mark.parametrize("lang,text,joined", [
    ("zh", "共享\n您同意我们可能将您的信息与关联公司、合作伙伴（如应用商店 A,\n应用商店 B 等）及服务商分享。\n", True),
    ("zh", "未成年人\n我们重视未成年人保护，18\n周岁以下的未成年人须经监护人同意方可使用。\n", True),
    ("en", "Sharing\nWe may share your name, e-mail address and\nbooking history with our partners.\n", True),
])
def test_wrapped_line_is_joined(lang: str, text: str, joined: bool) -> None:
    p = PolicyText.from_text(text, language=lang)
    assert any("\n" in s.text for s in p.sentences) is joined
    s = [s for s in p.sentences if "\n" in s.text][0]
    assert text[s.start:s.end] == s.text  # verbatim, so a quote of it stays a substring of the text


@pytest.mark.parametrize("lang,text", [
    ("zh", "共享\n我们会与以下合作方共享您的信息，\n1. 支付机构；\n2. 物流公司。\n"),  # the next line opens a list item
    ("zh", "共享\n我们不会共享您的信息。\n除非获得您的同意。\n"),  # a full stop ends the line
    ("en", "Sharing\nWe share data with partners\nCookies\n"),  # a capitalised next line (a title) does not go on
])
def test_line_that_ends_or_is_followed_by_an_item_is_not_joined(lang: str, text: str) -> None:
    assert not any("\n" in s.text for s in PolicyText.from_text(text, language=lang).sentences)


def test_wrapped_sharing_sentence_is_quoted_whole() -> None:
    """The verb on the second line, the recipients on the first: joined, the sentence shows the provision."""
    text = ("4. 共享\n您同意并确认我们可能将您的信息与我们的关联公司、合作伙伴（如应用商店 A,\n"
            "应用商店 B 等、广告公司等）及第三方服务供应商（包括提供技术服务的机构）、承包商及代理分享。\n")
    quotes = quoted(text, "zh", "sharing-separate-consent")
    assert quotes and quotes[0].startswith("您同意并确认我们可能将您的信息与我们的关联公司")


# --- public disclosure: a case on the company's own ground before a consent deemed to the whole policy -------------
def test_public_disclosure_case_before_generic_deemed_consent() -> None:
    text = ("一旦您使用本服务，即意味着您同意我们按本政策收集、使用、分享和公开披露您的个人信息。\n"
            "公开披露\n我们还可能为以下需要而公开披露您的个人信息：\n"
            "1. 事先获得您明确的同意；\n2. 为保护我们或我们的关联公司的合法权益所合理必需的用途。\n")
    v = verdicts(text, "zh")["public-disclosure"]
    assert v.verdict == "contravention"
    assert "关联公司的合法权益" in v.quotes[0].text


def test_public_disclosure_deemed_only_keeps_the_deemed_sentence() -> None:
    """Near-miss: no case bypasses consent; the deemed consent is what shows it."""
    text = ("一旦您使用本服务，即意味着您同意我们按本政策收集、使用、分享和公开披露您的个人信息。\n"
            "公开披露\n我们仅会在以下情况公开披露您的个人信息：\n1. 事先获得您明确的同意；\n2. 遵守法院命令。\n")
    v = verdicts(text, "zh")["public-disclosure"]
    assert v.verdict == "contravention" and v.quotes[0].text.startswith("一旦您使用本服务")


# --- "only after agreeing to all terms can you become a user"; ads "based on your preferences" ----------------------
def test_agree_all_terms_before_becoming_a_user_is_bundled() -> None:
    text = "服务条款\n用户同意所有注册协议条款并完成注册程序，才能成为本客户端的正式用户。我们收集您的手机号码用于注册。\n"
    assert verdict(text, "zh", "bundled-consent") == "contravention"
    near = "服务条款\n用户同意支付条款后，才能完成购买。我们收集您的手机号码用于注册。\n"
    assert verdict(near, "zh", "bundled-consent") != "contravention"


def test_ads_based_on_preferences_is_profiling() -> None:
    assert stating("广告\n我们会基于偏好、兴趣等方面向你推送程序化广告。\n", "zh", "profiling")
    assert not stating("广告\n我们会向你推送与地区有关的程序化广告。\n", "zh", "profiling")


def test_consent_written_into_the_policy_agree_and_confirm() -> None:
    assert stating("共享\n您同意并确认我们可能将您的信息与合作伙伴分享。\n", "zh", "consent_in_policy")
    assert not stating("共享\n您同意后，我们才会将您的信息与合作伙伴分享。\n", "zh", "consent_in_policy")


def test_wrapped_deidentified_use_and_waiver_in_one_sentence() -> None:
    """Joined from two lines, the de-identified use and "needs no further consent" are one sentence: still a finding."""
    text = ("去标识化\n若我们对个人信息进行处理，使得接收方无法重新识别特定个人且不能复原，或我们可能会对收集的信息进行去标识化地研究和统计分析，\n"
            "则此类处理后数据的使用无需另行向您通知并征得您的同意。\n")
    assert any("\n" in s.text for s in PolicyText.from_text(text, language="zh").sentences)
    assert verdict(text, "zh", "de-identified-data") == "contravention"


def test_wrapped_anonymised_only_use_is_outside_the_law() -> None:
    """Near-miss: only irreversible anonymisation, no de-identified alternative: outside the law."""
    text = ("匿名化\n若我们对个人信息进行处理，使得接收方无法重新识别特定个人且不能复原，\n"
            "则此类处理后数据的使用无需另行向您通知并征得您的同意。\n")
    assert verdict(text, "zh", "de-identified-data") == "not-applicable"


def test_a_line_of_bold_markers_is_never_quoted() -> None:
    """A change clause is quoted with the sentences that go on from it; a "**" line among them shows nothing."""
    text = ("政策更新\n**我们可能适时修订本政策。**\n**\n如您继续使用我们的服务，即表示同意受修订后的本政策约束。\n")
    for key, v in verdicts(text, "zh").items():
        assert all(q.text.strip("*_ \n") for q in v.quotes), key


def test_verdict_drops_a_markup_only_quote() -> None:
    from policykg.compliance.text import Sentence
    from policykg.compliance.verdicts import verdict as make
    v = make("contravention", "x", [Sentence(0, 0, 2, "**"), Sentence(1, 3, 30, "如您继续使用，即表示同意修订后的政策。")])
    assert [q.text for q in v.quotes] == ["如您继续使用，即表示同意修订后的政策。"]
    assert make("met", "x", [Sentence(0, 0, 2, "**")]).verdict == "review"  # a met with nothing quotable is no met


def test_a_contact_line_ending_in_a_number_is_not_joined() -> None:
    """Near-miss of the wrapped-number rule: "电话：010-5607…" then "地址：…" are two lines of their own; only a number
    broken from its unit ("18" / "周岁以下") goes on."""
    text = "联系我们\n联系电话：0571-81065698\n地址：杭州市西湖区某路88号\n"
    assert not any("\n" in s.text for s in PolicyText.from_text(text, language="zh").sentences)
