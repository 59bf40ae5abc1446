"""The language a page in two languages is written in: the block that says most, not the most letters.

One Han character says as much as several Latin letters, so a Chinese policy followed by its English
translation has more Latin letters than Han characters and the page-level guess says English. The
record's language, and the publisher's name with it, follow the block with the most segments.
"""
from __future__ import annotations

from policykg.ingest.extract.blocks import main_language
from tests.test_extract_scalars_fresh import facts

_ZH = [
    "青禾数字科技（杭州）有限公司（以下简称“青禾”或“我们”）非常重视您的个人信息保护。",
    "您注册账号时，我们会收集您的手机号码和短信验证码，用于创建账号和验证身份。",
    "为向您推荐附近的门店，我们会在您授权后收集您的位置信息。",
    "我们可能会与提供支付服务的合作伙伴共享完成支付所必需的订单信息。",
    "您可以在“我的-设置”中查阅、更正或删除您的个人信息，也可以注销账号。",
    "我们采用加密传输和访问控制等措施保护您的个人信息安全。",
    "您的个人信息存储于中华人民共和国境内。",
    "我们会在实现目的所需的最短期限内保存您的个人信息。",
    "如您是不满十四周岁的儿童，请在监护人同意后使用我们的服务。",
    "本政策更新后，我们会通过弹窗提示您并征得您的同意。",
    "如对本政策有任何疑问，您可以发送邮件至privacy@qinghe-digital.cn与我们联系。",
]
_EN = [
    "Qinghe Digital Technology (Hangzhou) Co., Ltd. (\"Qinghe\" or \"we\") takes the protection of your personal information seriously.",
    "When you register, we collect your mobile phone number and an SMS code to create your account and verify who you are.",
    "To recommend shops near you, we collect your location once you allow it.",
    "We may share the order information needed to complete a payment with the partners that provide payment services.",
    "You can view, correct or delete your personal information under Me > Settings, and you can close your account.",
    "We protect your personal information with encryption in transit, access control and other measures.",
    "Your personal information is stored in the People's Republic of China.",
    "We keep your personal information for the shortest period the purposes need.",
    "If you are a child under fourteen, please use our services with your guardian's consent.",
    "When this policy changes, we will tell you in a pop-up and ask for your consent.",
    "If you have any question about this policy, you can write to privacy@qinghe-digital.cn.",
]


def _page(*parts: tuple[list[str], int]) -> str:
    """Each part repeated (a real half is a whole policy, longer than a block's minimum), a paragraph a sentence."""
    return "\n\n".join(sentence for part, times in parts for sentence in part * times)


def test_chinese_policy_with_its_english_translation_is_chinese() -> None:
    record = facts(_page((_ZH, 6), (_EN, 6)), "en")  # the letter count said English
    assert record["language"] == "zh"
    assert record["company"] == "青禾数字科技（杭州）有限公司"
    assert {"TelephoneNumber"} <= set(record["data_categories"])


def test_english_original_with_a_chinese_translation_stays_english() -> None:
    record = facts(_page((_EN, 6), (_ZH, 6)), "zh")  # as many segments: the first block is the original
    assert record["language"] == "en"
    assert record["company"].startswith("Qinghe Digital Technology (Hangzhou)")


def test_english_policy_with_a_short_chinese_summary_stays_english() -> None:
    # near miss: the Chinese part is a block of its own, but the English part says more
    record = facts(_page((_EN, 9), (_ZH, 6)), "zh")
    assert record["language"] == "en"


def test_main_language_by_segments_first_on_a_tie() -> None:
    assert main_language([("zh", 0, 40), ("en", 40, 70)]) == "zh"
    assert main_language([("en", 0, 30), ("zh", 30, 70)]) == "zh"
    assert main_language([("en", 0, 30), ("zh", 30, 60)]) == "en"
    assert main_language([("ru", 0, 12)]) == "ru"
