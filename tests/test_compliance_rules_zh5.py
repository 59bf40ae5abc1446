"""Rules found by reading ``check`` beside fresh Chinese app policies dated 2019-2020 (issue 15, helper
lawzh5), each as a PRC data-protection lawyer states it, with a look-alike that must be judged the other way.

All sentences are written for these tests (Chinese, with English where the rule is linguistic).
"""
from __future__ import annotations

from datetime import date

from compliance_judging import stating, verdict, verdicts

EDITION_2020 = date(2020, 12, 1)


# --- consent deemed by use: "authorise" as well as "agree" -------------------------------------------
def test_using_the_app_means_you_authorise_is_consent_by_use() -> None:
    used = "当您使用本应用查询订单时，我们会收集您的手机号码。您使用本应用，即意味着您授权我们收集这些信息。"
    assert verdict(used, "zh", "consent-by-use") == "contravention"
    # switching a permission on is itself the act of consent, however it is phrased
    enabled = ("当您使用扫码功能时，我们会请求相机权限。您开启相机权限，即意味着您授权我们使用相机拍摄。"
               "我们会在您点击同意后收集上述信息。")
    assert verdict(enabled, "zh", "consent-by-use") != "contravention"


def test_english_by_using_you_authorise_is_consent_by_use() -> None:
    used = "We collect your phone number to track parcels. By using the app, you authorise us to collect this information."
    assert verdict(used, "en", "consent-by-use") == "contravention"
    enabled = ("We collect your phone number to track parcels. By enabling location access, you authorise us to show "
               "nearby lockers. We ask for your explicit consent before we collect anything else.")
    assert verdict(enabled, "en", "consent-by-use") != "contravention"


# --- pre-ticked consent -------------------------------------------------------------------------------
def test_a_pre_ticked_default_consent_is_no_act_of_consent() -> None:
    ticked = "您可以在设置中管理您的授权。我们默认的选项是您同意授权，如您拒绝，请取消勾选。"
    assert verdict(ticked, "zh", "consent-by-use") == "contravention"
    ticked2 = "注册页面已默认勾选同意本政策的选项。"
    assert verdict(ticked2, "zh", "consent-by-use") == "contravention"
    # a promise not to pre-tick is the opposite
    promise = "我们不会默认勾选同意选项，只有在您点击同意后我们才会收集您的信息。"
    assert verdict(promise, "zh", "consent-by-use") != "contravention"


def test_english_pre_ticked_boxes() -> None:
    ticked = "You can manage your choices in settings. The marketing consent box is checked by default; untick it to refuse."
    assert verdict(ticked, "en", "consent-by-use") == "contravention"
    promise = ("You can manage your choices in settings. The marketing consent box is not checked by default, and we do "
               "not use pre-ticked boxes. We ask for your explicit consent by clicking agree.")
    assert verdict(promise, "en", "consent-by-use") != "contravention"


# --- the GB/T sharing list: cases that wait for consent or are compelled --------------------------------
DISCLOSURE_LIST = "我们仅会在以下情况下，公开披露您的个人信息：\n1. 获得您明确同意后；\n"


def test_a_case_that_waits_for_law_or_consent_is_no_case_without_consent() -> None:
    gated = DISCLOSURE_LIST + ("2. 如您严重违反平台规则，为保护其他用户的财产安全，我们可能依据法律法规或征得您同意的情况下"
                               "披露您的违规行为。\n")
    assert verdict(gated, "zh", "gbt-sharing-exceptions", EDITION_2020) != "contravention"
    bare = DISCLOSURE_LIST + "2. 如您严重违反平台规则，为保护其他用户的财产安全，我们可能披露您的违规行为。\n"
    assert verdict(bare, "zh", "gbt-sharing-exceptions", EDITION_2020) == "contravention"
    # "without seeking your consent" is the opposite of a condition
    waived = DISCLOSURE_LIST + "2. 为保护其他用户的财产安全，我们可能无需征得您同意的情况下披露您的违规行为。\n"
    assert verdict(waived, "zh", "gbt-sharing-exceptions", EDITION_2020) == "contravention"


def test_english_a_case_with_your_consent_is_no_case_without_consent() -> None:
    head = "We will only disclose your personal information publicly in the following cases:\n1. with your explicit consent;\n"
    gated = head + "2. to protect our rights and property, upon your consent, we may disclose your violations.\n"
    assert verdict(gated, "en", "gbt-sharing-exceptions", EDITION_2020) != "contravention"
    bare = head + "2. to protect our rights and property, we may disclose your violations.\n"
    assert verdict(bare, "en", "gbt-sharing-exceptions", EDITION_2020) == "contravention"


def test_litigation_as_the_source_of_a_mandatory_order_is_a_legal_duty() -> None:
    compelled = DISCLOSURE_LIST + "2. 在法律、法律程序、诉讼或政府主管部门强制性要求的情况下，我们可能会公开披露您的个人信息。\n"
    # no breach, but no assurance either: litigation may also mean the company's own suits
    assert verdict(compelled, "zh", "gbt-sharing-exceptions", EDITION_2020) == "review"
    needs = DISCLOSURE_LIST + "2. 为解决诉讼争议的需要，我们可能会公开披露您的个人信息。\n"
    assert verdict(needs, "zh", "gbt-sharing-exceptions", EDITION_2020) == "contravention"


def test_english_litigation_under_a_court_order_is_a_legal_duty() -> None:
    head = "We will only disclose your personal information publicly in the following cases:\n1. with your explicit consent;\n"
    compelled = head + "2. where we are compelled to by a court order in litigation.\n"
    assert verdict(compelled, "en", "gbt-sharing-exceptions", EDITION_2020) == "review"
    needs = head + "2. where we need it for litigation we bring.\n"
    assert verdict(needs, "en", "gbt-sharing-exceptions", EDITION_2020) == "contravention"


# --- withdrawal: "撤回对…的同意" -------------------------------------------------------------------------
def test_withdrawing_consent_given_to_named_permissions_is_withdrawal() -> None:
    text = "您可以在设置中自主开通或撤回对获取通讯录、实时地理位置、相机功能等授权的同意。"
    assert stating(text, "zh", "right_withdraw")
    assert not stating("我们不会撤回对您的服务承诺和对合作方的支持。", "zh", "right_withdraw")


def test_english_withdrawing_an_authorisation_for_named_permissions() -> None:
    assert stating("You may withdraw your authorisation for location, contacts and camera access in settings.", "en", "right_withdraw")
    assert not stating("We may withdraw the service from a region after notice.", "en", "right_withdraw")


# --- sensitive PI: proof of identity is not an ID number ------------------------------------------------
def test_proof_of_identity_for_a_request_is_not_an_id_number() -> None:
    assert not stating("为了保障安全，我们可能需要您提供书面请求或身份证明文件。", "zh", "sensitive")
    assert stating("实名认证时我们会收集您的身份证号码。", "zh", "sensitive")
    assert stating("实名认证时我们会收集您的身份证件信息。", "zh", "sensitive")


# --- rights: "更改", "删除您的基本信息", "登录后可以在…" ------------------------------------------------------
RIGHTS_BUT = {"access": "您可以在“我的”页面查询您的个人信息。",
              "withdraw": "您可以通过关闭设备权限撤回您的授权同意。",
              "cancel": "您可以在设置中申请注销账号。"}


def test_changing_ones_details_is_correction_and_deleting_ones_basic_information_is_deletion() -> None:
    base = "".join(RIGHTS_BUT.values())
    text = base + "你可以在账号中心查询、访问和更改你的头像、用户名、生日等基本信息。登录后可以在“我的-设置”中删除您的基本信息。"
    assert verdict(text, "zh", "rights-exercise") == "met"
    # the handler changing or deleting is no right of the person
    ours = base + "我们可能会更改服务内容。我们可以在发现违规时删除信息。"
    assert verdict(ours, "zh", "rights-exercise") == "omission"


def test_logging_in_then_acting_is_a_way_to_exercise() -> None:
    assert stating("登录后可以在“我的-设置”中查阅、修改、删除您的基本信息。", "zh", "user_can")
    assert not stating("登录后我们会记录您的登录时间。", "zh", "user_can")


# --- provision: transmitting data to a product provider --------------------------------------------------
def test_transmitting_data_to_the_product_provider_is_provision() -> None:
    text = ("我们收集您的手机号码用于注册。如果您购买保险，我们还会收集您的健康状况信息，并可能会将上述信息传输给相应产品提供方用于投保。")
    assert verdict(text, "zh", "sharing-separate-consent", EDITION_2020) == "contravention"
    to_you = "我们收集您的手机号码用于注册。我们会将查询结果加密传输给您的设备。"
    assert verdict(to_you, "zh", "sharing-separate-consent", EDITION_2020) != "contravention"


def test_english_transmitting_data_to_the_insurer_is_provision() -> None:
    text = ("We collect your phone number to register your account. If you buy insurance, we may transmit your health "
            "information to the product provider.")
    assert verdict(text, "en", "sharing-separate-consent", EDITION_2020) == "contravention"
    to_you = "We collect your phone number to register your account. We transmit your data to your device over an encrypted link."
    assert verdict(to_you, "en", "sharing-separate-consent", EDITION_2020) != "contravention"


# --- open purposes: "其他法律法规允许的用途" ---------------------------------------------------------------
def test_other_purposes_the_law_allows_leave_the_scope_open() -> None:
    text = "我们收集您的手机号码用于注册。我们也会将您的个人信息用于与上述目的相关或者其他法律法规允许的用途。"
    v = verdicts(text, "zh")["processing-scope"]
    assert v.verdict == "contravention" and "其他法律法规允许的用途" in v.quotes[0].text
    closed = "我们收集您的手机号码用于注册。除本政策所述目的外，我们不会将您的个人信息用于其他商业性的用途。"
    assert verdict(closed, "zh", "processing-scope") == "met"
    en = "We collect your phone number to register your account. We may also use your information for other purposes permitted by law."
    assert verdict(en, "en", "processing-scope") == "contravention"


# --- consent-by-use `met` needs the act that gives consent ---------------------------------------------------
def test_a_promise_of_explicit_consent_for_new_purposes_is_no_act_of_consent() -> None:
    promise = "我们收集您的手机号码用于注册。如我们将信息用于本政策未载明的其他用途，会事先征得您的明示同意。"
    assert verdict(promise, "zh", "consent-by-use") == "review"
    act = promise + "您点击“同意”按钮后，我们才会按照本政策收集您的信息。"
    assert verdict(act, "zh", "consent-by-use") == "met"


def test_english_a_promise_of_explicit_consent_is_no_act_of_consent() -> None:
    promise = ("We collect your phone number to register your account. Before we use it for a new purpose we will "
               "obtain your explicit consent.")
    assert verdict(promise, "en", "consent-by-use") == "review"
    act = promise + " We collect nothing until you tap Agree on the consent screen."
    assert verdict(act, "en", "consent-by-use") == "met"


# --- a bank's own rights and rules as a ground ("我行") -----------------------------------------------------
def test_disclosure_to_protect_the_bank_under_its_own_rules_bypasses_consent() -> None:
    head = "我行仅会在以下情况下，公开披露您的个人信息：\n1. 获得您明确同意后；\n"
    own = head + "2. 如您严重违反我行相关协议规则，或为保护我行或公众的人身财产安全免遭侵害，我行可能依据我行相关协议规则披露关于您的个人信息。\n"
    assert verdict(own, "zh", "public-disclosure", EDITION_2020) == "contravention"
    yours = head + "2. 为保护您的人身财产安全免遭侵害且很难得到您本人同意的，我行可能披露您的个人信息。\n"
    assert verdict(yours, "zh", "public-disclosure", EDITION_2020) != "contravention"


def test_english_our_bank_is_the_company_as_we_or_our() -> None:
    # English needs no new word: "our bank" already carries "our"; the Chinese rule adds 我行/本行 beside 我们
    assert stating("To protect the property and safety of our bank, we may disclose your violations.", "en", "ground_company_rights")
    assert not stating("To protect your property and safety, we encrypt your data.", "en", "ground_company_rights")


def test_protecting_a_named_company_and_its_partners_from_harm_is_no_listed_case() -> None:
    text = ("我们不会与第三方共享您的个人信息，但以下情况除外：\n1. 事先获得您明确的同意；\n"
            "2. 为维护某某科技、某某科技的合作伙伴或社会公众利益、财产或安全免遭损害而有必要提供。\n")
    assert verdict(text, "zh", "gbt-sharing-exceptions", EDITION_2020) == "contravention"
    security = "我们收集您的手机号码用于注册。我们采用加密技术保护个人信息安全免遭损害。"
    assert not stating(security, "zh", "ground_company_rights")


# --- open scope: "其它用途", "统计的范围会有所改变" -------------------------------------------------------------
def test_other_uses_in_either_spelling_and_a_scope_that_changes_are_open() -> None:
    assert stating("我们会将信息用于您授权同意的以及法律法规允许的其它用途。", "zh", "open_scope_strong")
    assert stating("随着产品的后续版本升级，我们统计的范围会有所改变。", "zh", "open_scope_strong")
    assert not stating("我们统计的范围仅限于应用启动数和页面访问数。", "zh", "open_scope_strong")


# --- correction: "信息有错误时，您可以…进行修改" ------------------------------------------------------------
def test_correcting_information_found_wrong_is_correction() -> None:
    assert stating("当您发现我们处理的关于您的个人信息有错误时，您可以通过登录个人中心帐号资料栏进行修改。", "zh", "right_correct")
    assert not stating("如系统存在错误，我们会及时修复并更新版本。", "zh", "right_correct")


# --- recipients: "产品或服务的提供者" -------------------------------------------------------------------------
def test_the_provider_of_a_product_bought_is_a_recipient() -> None:
    assert stating("我行会将与交易有关的必要信息共享给相关产品或服务的提供者。", "zh", "recipient")
    assert not stating("我行是本服务的运营者。", "zh", "recipient")


# --- near-misses found over the whole corpus ----------------------------------------------------------------
def test_data_deemed_personal_while_combined_is_no_consent_by_use() -> None:
    text = ("我们收集您的手机号码用于注册。如果我们将这类非个人信息与其他信息结合使用，则在结合使用期间，这类非个人信息将被视为个人信息，"
            "除取得您授权或法律法规另有规定外，我们会将该类信息做匿名化处理。")
    assert verdict(text, "zh", "consent-by-use") != "contravention"


def test_a_court_where_the_provider_sits_is_no_recipient() -> None:
    assert not stating("您还可以通过向服务提供方所在地有管辖权的法院提起诉讼来寻求解决方案。", "zh", "recipient")
    assert stating("我们可能会将上述信息传输给相应产品提供方用于投保。", "zh", "recipient")


# --- warranting someone else's consent is no consent deemed by use -------------------------------------------
POSTING = ("我们收集您的手机号码用于注册。我们提醒您慎重发布包含未成年人影像的内容，一经发布，即视为您已取得监护人同意展示未成年人的肖像。")


def test_posting_deems_you_obtained_the_guardians_consent_is_a_warranty() -> None:
    v = verdicts(POSTING + "使用我们的产品和服务必须得到监护人的同意。", "zh")
    assert v["consent-by-use"].verdict != "contravention"
    assert v["minors"].verdict != "contravention"
    # the user's own consent deemed from posting is still consent by use
    own = "我们收集您的手机号码用于注册。一经发布，即视为您同意我们使用您发布的内容。"
    assert verdict(own, "zh", "consent-by-use") == "contravention"


def test_english_warranting_a_third_partys_consent() -> None:
    text = ("We collect your phone number to register your account. By using the app to upload a photo of another person, "
            "you confirm you obtained their consent.")
    bare = text.replace("you confirm you obtained their consent", "you consent to our use of it")
    assert verdict(bare, "en", "consent-by-use") == "contravention"  # the same frame without the warranty binds
    assert verdict(text, "en", "consent-by-use") != "contravention"
    own = "We collect your phone number to register your account. By using the app, you agree that we may use your photos."
    assert verdict(own, "en", "consent-by-use") == "contravention"


def test_withdrawing_a_named_list_of_authorisations() -> None:
    assert stating("您也可以在个人设备系统中操作给予或撤回通知、位置信息、相机、相册、麦克风授权同意。", "zh", "right_withdraw")


def test_a_pop_up_that_asks_is_an_act_a_pop_up_setting_is_not() -> None:
    asks = "我们收集您的手机号码用于注册。首次启动时我们会通过弹窗征求您的同意。"
    assert verdict(asks, "zh", "consent-by-use") == "met"
    setting = "我们收集您的手机号码用于注册。您可以在设置页中开启或关闭送礼扣费提示弹窗，允许被备注的授权同意。"
    assert verdict(setting, "zh", "consent-by-use") != "met"
