"""Quote choice (issue 15): every quote is the sentence that shows the point, first the one a lawyer would cite.

The sentences are written for these tests, in several languages. Each rule has a look-alike beside it that
must keep its old place (or stay quotable), so dropping the rule, or widening it, fails a test.
"""
from __future__ import annotations


from policykg.compliance.text import PolicyText

from compliance_judging import quoted, verdicts


def first(text: str, lang: str, key: str) -> str:
    v = verdicts(text, lang)[key]
    assert v.quotes, (key, v.verdict, v.reason)
    return v.quotes[0].text


def headings(text: str, lang: str) -> dict[str, bool]:
    return {s.text: s.heading for s in PolicyText.from_text(text, language=lang).sentences}


# --- titles are never quoted ---------------------------------------------------------------------------
def test_a_title_case_line_is_a_title_however_long() -> None:
    text = ("Where Personal Information Is Stored, International Transfers and Information Security\n\n"
            "Your personal information may be transferred to and stored on servers in the United States.\n\n"
            "Facebook Login, Google Analytics, Twitter Kit, Instagram Graph, Firebase Crashlytics, Adjust SDK\n\n"
            "We share Personal Information with Google Analytics, Firebase and Adjust to count visits to our apps\n")
    h = headings(text, "en")
    assert h["Where Personal Information Is Stored, International Transfers and Information Security"]
    # near-misses: a list of names (no lowercase word) and a sentence with a lowercase verb stay text
    assert not h["Facebook Login, Google Analytics, Twitter Kit, Instagram Graph, Firebase Crashlytics, Adjust SDK"]
    assert not h["We share Personal Information with Google Analytics, Firebase and Adjust to count visits to our apps"]
    assert not any(q.startswith("Where Personal") for q in quoted(text, "en", "cross-border-mechanism"))


def test_a_title_case_question_is_a_title() -> None:
    h = headings("Changes to Our Policy Regarding Children Under the Age of Thirteen?\n\nWhat do we do with your data?\n", "en")
    assert h["Changes to Our Policy Regarding Children Under the Age of Thirteen?"]


def test_a_numbered_heading_of_three_words_is_a_title_in_any_language() -> None:
    for lang, title, sentence in (("en", "2. Non-personal information.", "3. We share data."),
                                  ("es", "2. Información no personal.", "3. Nosotros compartimos datos."),
                                  ("ru", "2. Обезличенные сведения.", "3. Мы передаём данные.")):
        h = headings(f"{title}\n\nSome text follows here about it.\n\n{sentence}\n\nMore text follows here.\n", lang)
        assert h[title], (lang, h)
        assert not h[sentence], (lang, h)  # names an actor: a sentence set as a heading


# --- sharing: personal information before statistics --------------------------------------------------
def test_sharing_quotes_personal_data_before_aggregated_statistics() -> None:
    zh = ("我们可能将通过cookies收集的统计数据，经统计加工后提供给广告商或其他合作伙伴。\n"
          "我们可能会与合作伙伴等第三方共享您的订单信息、账户信息和位置信息。\n")
    assert first(zh, "zh", "sharing-separate-consent").startswith("我们可能会与合作伙伴")
    en = ("We may share aggregated statistics about the use of our apps with advertisers and other partners.\n\n"
          "We may share your personal information, such as your name and order history, with our partners.\n")
    assert first(en, "en", "sharing-separate-consent").startswith("We may share your personal")


def test_data_called_non_personal_keep_their_place_in_the_sharing_quotes() -> None:
    # near-miss: "non-personal information" that names device IDs may be personal; the label does not demote it
    en = ("We may share non-personal information, such as your device ID and IP address, with our partners.\n\n"
          "We may share your personal information, such as your name and order history, with our partners.\n")
    assert first(en, "en", "sharing-separate-consent").startswith("We may share non-personal")


# --- cross-border consent: the sentence deeming consent to the transfer ---------------------------------
def test_cross_border_consent_quotes_the_deemed_consent_first() -> None:
    en = ("Your personal information may be stored in and transferred to any country where we have servers.\n\n"
          "By using the app, you agree to the transfer of your personal information to countries outside your country of residence.\n")
    assert first(en, "en", "cross-border-consent").startswith("By using the app")
    zh = ("我们可能将您的个人信息传输至境外的服务器进行存储和处理。\n"
          "您使用我们的服务，即视为您同意我们将您的个人信息传输至境外。\n")
    assert first(zh, "zh", "cross-border-consent").startswith("您使用我们的服务")


def test_cross_border_consent_without_deemed_consent_keeps_text_order() -> None:
    en = ("Your personal information may be stored in and transferred to any country where we have servers.\n\n"
          "Your personal information may also be transferred to our offices in Singapore.\n")
    assert first(en, "en", "cross-border-consent").startswith("Your personal information may be stored")


# --- legal basis and the standard's list: a case an inline list carries on the next line --------------
INLINE_LIST = ("We may share your personal information with third parties if we believe such action is necessary in order to: "
               "(1) comply with the law or legal process served on us\n"
               "(2) protect or defend our rights or property\n")


def test_the_case_on_the_next_marked_line_is_quoted_first() -> None:
    for key in ("legal-basis", "gbt-sharing-exceptions"):
        quotes = quoted(INLINE_LIST, "en", key)
        assert quotes[0].startswith("protect or defend our rights"), (key, quotes)
        assert quotes[1].startswith("We may share your personal information"), (key, quotes)


def test_an_unmarked_next_line_is_not_taken_for_a_case() -> None:
    text = INLINE_LIST.replace("(2) protect", "We also protect")
    for key in ("legal-basis", "gbt-sharing-exceptions"):
        assert not any(q.startswith("We also protect") for q in quoted(text, "en", key)), key


def test_the_inline_case_in_chinese() -> None:
    zh = ("如我们认为有必要，我们可能向第三方提供您的个人信息以便：（1）遵守法律法规的要求\n"
          "（2）维护我们的合法权益\n")
    assert first(zh, "zh", "legal-basis").startswith("维护我们的合法权益")


# --- processing scope: what we collect, not a promise about other purposes ----------------------------
def test_a_promise_to_ask_before_other_purposes_is_quoted_last() -> None:
    zh = ("当我们要将信息用于本政策未载明的其他用途时，会事先征求您的同意。\n"
          "我们会收集您的姓名、手机号码、位置信息等个人信息。\n")
    assert first(zh, "zh", "processing-scope").startswith("我们会收集您的姓名")
    en = ("Before we use your information for other purposes not described here, we will ask for your consent.\n\n"
          "We collect information such as your name, e-mail address, location and other data.\n")
    assert first(en, "en", "processing-scope").startswith("We collect information such as")


def test_an_open_other_purpose_keeps_its_place() -> None:
    # near-miss: "we may use it for other purposes" with no consent asked leaves the scope open itself
    zh = ("我们可能将您的信息用于其他目的。\n"
          "我们会收集您的姓名、手机号码、位置信息等个人信息。\n")
    assert first(zh, "zh", "processing-scope").startswith("我们可能将您的信息用于其他目的")


def test_what_we_collect_before_a_definition() -> None:
    en = ("\"Personal Information\" is information about you that can identify you, such as your name and address.\n\n"
          "We collect information such as your name, e-mail address, location and other data.\n")
    assert first(en, "en", "processing-scope").startswith("We collect information such as")


# --- policy changes: the sentence in which the user accepts the change --------------------------------
def test_the_sentence_accepting_the_change_comes_before_the_reservation() -> None:
    en = ("We have the right to amend this Privacy Policy from time to time.\n\n"
          "You understand that you accept the amendments to our Privacy Policy by continuously using the Services.\n")
    assert first(en, "en", "policy-changes").startswith("You understand that you accept")
    zh = ("我们可能随时更新本政策。\n"
          "您同意，我们根据商业决策更新本政策，您愿意受修订后政策的约束。\n")
    assert first(zh, "zh", "policy-changes").startswith("您同意，我们根据商业决策")


def test_a_condition_to_stop_using_is_not_put_first() -> None:
    zh = ("我们可能随时更新本政策。\n"
          "如果您不同意更新后的政策，请停止使用我们的服务。\n")
    assert first(zh, "zh", "policy-changes").startswith("我们可能随时更新本政策")


# --- de-identified data: the claim that names identifiers ---------------------------------------------
def test_the_claim_naming_identifiers_is_quoted_first() -> None:
    en = ("We collect non-personal information about your use of our apps.\n\n"
          "\"Non-Personal Information\" means information of an anonymous nature, such as your device ID and IP address.\n")
    assert first(en, "en", "de-identified-data").startswith("\"Non-Personal Information\" means")
    zh = ("我们在使用上述信息前进行去标识化处理，不会与您的真实身份相关联。\n"
          "我们可能共享、转让去标识化处理后的个人信息。\n")
    assert first(zh, "zh", "de-identified-data").startswith("我们可能共享、转让")


# --- consent by use: first use before continued use after a change ------------------------------------
def test_consent_by_first_use_is_quoted_before_continued_use_after_a_change() -> None:
    zh = ("在我们更新本政策后，如您继续使用我们的服务，即视为您同意更新后的政策。\n"
          "一旦您开始使用我们的服务，即视为您同意本政策。\n")
    assert first(zh, "zh", "consent-by-use").startswith("一旦您开始使用")
    en = ("Your continued use of the Services after we post changes constitutes your acceptance of the revised Policy.\n\n"
          "By using the Services, you agree to the collection and use of your information as described in this Policy.\n")
    assert first(en, "en", "consent-by-use").startswith("By using the Services")


# --- omissions quote the clause that falls short ------------------------------------------------------
def test_a_rights_omission_quotes_the_rights_clause_not_a_security_promise() -> None:
    en = ("We protect your personal information against unauthorised access.\n\n"
          "Users in certain countries may ask to access, correct or delete their personal information.\n")
    v = verdicts(en, "en")["rights-exercise"]
    assert v.verdict == "omission"
    assert [q.text for q in v.quotes] == ["Users in certain countries may ask to access, correct or delete their personal information."]


def test_a_retention_omission_quotes_the_vague_period() -> None:
    en = "We retain your personal information for a period of time.\n"
    v = verdicts(en, "en")["retention-period"]
    assert v.verdict == "omission" and v.quotes[0].text.startswith("We retain your personal information")
    # near-miss: no retention clause at all, nothing to quote
    assert verdicts("We collect your name and e-mail address to create your account.\n", "en")["retention-period"].quotes == ()


def test_a_labelled_list_item_opens_no_inline_list() -> None:
    # near-miss: "1、依法共享：…" is an item with a label; the next item "2、…" is its sibling, not its case
    from policykg.compliance.facts import PolicyFacts
    zh = ("我们会在以下情形共享您的个人信息。\n\n1、依法共享：我们可能根据法律法规规定对外共享您的个人信息。\n"
          "2、您授权我们将您的信息提供给关联方用于市场调查。\n")
    f = PolicyFacts.read(PolicyText.from_text(zh, language="zh"))
    labelled = next(s for s in f.policy.sentences if s.text.startswith("依法共享") or "依法共享" in s.text[:8])
    assert f.enumeration_after(labelled) == []


# --- minors: the sentence setting the low age, though it names no "child" -----------------------------
def test_the_rule_setting_the_low_age_is_quoted_first() -> None:
    zh = ("如果您认为我们可能持有13周岁以下儿童的信息，请联系我们。\n"
          "我们不会有意向13周岁以下的人群收集个人信息。\n")
    assert first(zh, "zh", "minors").startswith("我们不会有意向13周岁以下的人群收集")
    en = ("If you believe we hold information of a child under 13, please contact us.\n\n"
          "We do not knowingly collect personal information from persons under 13 years of age.\n")
    assert first(en, "en", "minors").startswith("We do not knowingly collect")


def test_an_age_in_another_context_is_not_quoted_for_minors() -> None:
    # near-miss: "13 years old" of a device or an account says nothing of the people the service serves
    en = ("If you believe we hold information of a child under 13, please contact us.\n\n"
          "Our servers are 12 years old and kept in locked rooms.\n")
    assert quoted(en, "en", "minors") == ["If you believe we hold information of a child under 13, please contact us."]


# --- sensitive PI: consent to it written into the policy, in either word order -------------------------
def test_sensitive_pi_accepted_with_the_policy_is_quoted_first() -> None:
    zh = ("我们会收集您的身份证号码和银行卡号，用于实名认证和支付。\n"
          "您同意按本政策所述的目的和方式来处理您的敏感个人信息。\n")
    assert first(zh, "zh", "sensitive-pi-consent").startswith("您同意按本政策所述")
    en = ("We collect your passport number and bank card details to verify your identity and take payment.\n\n"
          "You agree to the processing of your sensitive personal information as described in this Policy.\n")
    assert first(en, "en", "sensitive-pi-consent").startswith("You agree to the processing")


def test_a_promise_not_to_process_sensitive_pi_without_consent_is_no_such_sentence() -> None:
    zh = ("我们会收集您的身份证号码和银行卡号，用于实名认证和支付。\n"
          "未经您的同意，我们不会处理您的敏感个人信息。\n")
    assert not first(zh, "zh", "sensitive-pi-consent").startswith("未经您的同意")


# --- the standard's list: disclosure on the company's own ground, with no recipient named ---------------
def test_disclosure_to_protect_our_rights_is_quoted_beside_the_listed_cases() -> None:
    en = ("We may share your personal information with our partners for marketing.\n\n"
          "We may use and disclose your personal information to enforce our terms of use or to protect our rights and property.\n")
    assert any(q.startswith("We may use and disclose") for q in quoted(en, "en", "gbt-sharing-exceptions"))
    zh = ("我们可能会与合作伙伴共享您的个人信息，用于营销。\n"
          "为维护我们的合法权益，我们可能披露您的个人信息。\n")
    assert any(q.startswith("为维护我们的合法权益") for q in quoted(zh, "zh", "gbt-sharing-exceptions"))


def test_using_data_to_protect_our_rights_without_disclosing_is_not_quoted() -> None:
    # near-miss: the company's own use to protect its rights discloses nothing
    en = ("We may share your personal information with our partners for marketing.\n\n"
          "We analyse your personal information to protect our rights and property against fraud.\n")
    assert not any(q.startswith("We analyse") for q in quoted(en, "en", "gbt-sharing-exceptions"))


# --- a case that names the personal information it lets go, before one that names none ----------------
def test_sharing_quotes_the_sentence_naming_personal_information_first() -> None:
    en = ("We may also share this information with third parties for this purpose.\n\n"
          "We may share your personal information with our parent and affiliate companies.\n")
    assert first(en, "en", "sharing-separate-consent").startswith("We may share your personal information")


def test_the_sharing_list_quotes_the_case_naming_personal_information_first() -> None:
    zh = ("我们不会与第三方共享您的个人信息，但以下情况除外：\n"
          "1. 与授权合作伙伴共享：我们的某些服务将由授权合作伙伴提供。\n"
          "2. 我们可能会与合作伙伴共享您的个人信息，以提供更好的客户服务。\n")
    assert first(zh, "zh", "gbt-sharing-exceptions").startswith("我们可能会与合作伙伴共享您的个人信息")


def test_the_inline_case_keeps_its_place_though_it_names_no_data() -> None:
    # near-miss: a case carried on the next line lets go the data its opener names
    assert quoted(INLINE_LIST, "en", "gbt-sharing-exceptions")[0].startswith("protect or defend our rights")


# --- a title run into the sentence it heads is cut off the quote -----------------------------------------
def test_a_title_run_into_its_sentence_is_cut_off_the_quote() -> None:
    en = ("Please be aware that no security measure is perfect. G. INTERNATIONAL USERS Your personal information may be "
          "stored and processed in any country where we have facilities.\n")
    q = verdicts(en, "en")["cross-border-mechanism"].quotes[0]
    assert q.text.startswith("Your personal information may be stored") and en[q.start:q.end] == q.text
    zh = "_设备信息_我们会收集您的设备型号、IP地址等信息。\n"
    q = verdicts(zh, "zh")["processing-scope"].quotes[0]
    assert q.text.startswith("我们会收集您的设备型号") and zh[q.start:q.end] == q.text


def test_capitals_that_start_the_statement_stay_in_the_quote() -> None:
    # near-miss: "EU law" and a sentence in capitals are the statement itself
    from policykg.compliance.text import Sentence
    from policykg.compliance.verdicts import trimmed
    for text in ("EU law applies to transfers of your personal data abroad.", "WE MAY SHARE YOUR DATA WITH PARTNERS."):
        assert trimmed(Sentence(0, 0, len(text), text)).text.rstrip(".") == text.rstrip(".")


def test_an_open_list_of_safeguards_comes_after_an_open_list_of_data() -> None:
    zh = ("我们会加密存储您的信息，并要求合作伙伴遵守保密措施，包括但不限于签署数据保护协议、承诺书等。\n"
          "我们会收集您的设备型号、操作系统、登录IP地址等信息。\n")
    assert first(zh, "zh", "processing-scope").startswith("我们会收集您的设备型号")
    en = ("We protect your personal information with encryption and other safeguards, including but not limited to "
          "firewalls and access controls.\n\n"
          "We collect information such as your name, e-mail address, location and other data.\n")
    assert first(en, "en", "processing-scope").startswith("We collect information such as")


def test_device_data_called_non_personal_keep_their_place_in_the_scope_quotes() -> None:
    # near-miss: "non-personal data" that lists device properties is still data collected
    en = ("The non-personal data we may collect include, but are not limited to, your device type and device ID.\n\n"
          "We collect information such as your name, e-mail address, location and other data.\n")
    assert first(en, "en", "processing-scope").startswith("The non-personal data we may collect")
