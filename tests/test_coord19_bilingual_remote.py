"""Two general causes seen on the coordinator's own bilingual camera page (issues 15 and 16).

* A Chinese company's page that gives every paragraph in Chinese and then in English is read as Chinese, the
  language of the original that leads each pair (facts21's rule in ``blocks``): by letters the English half weighs
  three to four times the Chinese one, so the letter count alone called the page English and named the publisher
  by its English name.
* "so that you can see your doorstep remotely": the user watching his own camera from afar moves nothing
  abroad; "remotely" is only the handler's access from abroad when the handler's people do it.

The texts are written for these tests.
"""
from __future__ import annotations

import compliance_judging

from policykg.ingest.extract import extract
from policykg.ingest.read import read_bytes
from policykg.ingest.segment import segment

PAIRS = [
    ("杭州云帆智能科技有限公司（以下简称“我们”）深知个人信息对您的重要性。",
     "Hangzhou Yunfan Intelligent Technology Co., Ltd. (\"we\") understands how important personal information is to you."),
    ("当您注册账号时，我们会收集您的手机号码和密码，用于创建账号。",
     "When you register an account, we collect your mobile phone number and password to create the account."),
    ("当您使用智能门铃时，我们会收集设备拍摄的视频和图像。",
     "When you use the smart doorbell, we collect the videos and images it records."),
    ("未经您的同意，我们不会向第三方共享您的个人信息，但法律法规另有规定的除外。",
     "We will not share your personal information with third parties without your consent, except where the law "
     "provides otherwise."),
    ("您的个人信息存储于中华人民共和国境内，视频录像保存30天后自动删除。",
     "Your personal information is stored in the People's Republic of China and video recordings are deleted after "
     "30 days."),
    ("您可以在应用内查询、更正、删除您的个人信息，或注销账号。",
     "You can access, correct and delete your personal information in the app, or cancel your account."),
    ("如有任何问题，请发送邮件至我们的个人信息保护负责人。",
     "If you have any questions, please e-mail our personal information protection officer."),
    ("如中英文版本不一致，以中文版本为准。", "If the Chinese and English versions differ, the Chinese version prevails."),
]


def page_language_and_publisher(text: str) -> tuple[str, str | None]:
    """The language and publisher ingest gives a page read as a file (language detected, then blocks)."""
    document = read_bytes(text.encode(), name="p.txt", source="p.txt")
    extraction = extract(document, segment(document))
    return extraction.document.language, extraction.company.name if extraction.company else None


def test_paragraph_by_paragraph_bilingual_page_is_chinese() -> None:
    page = "\n\n".join(f"{zh}\n\n{en}" for zh, en in PAIRS * 2)
    assert page_language_and_publisher(page) == ("zh", "杭州云帆智能科技有限公司")


def test_english_policy_with_one_chinese_table_stays_english() -> None:
    """Near miss: as much Han text, but all in one stretch (an SDK table left untranslated)."""
    english = "\n\n".join(en for _zh, en in PAIRS * 2)
    table = "\n".join(f"SDK {n}：{zh}" for n, (zh, _en) in enumerate(PAIRS))
    assert page_language_and_publisher(english + "\n\n" + table)[0] == "en"


def test_english_policy_with_a_chinese_address_stays_english() -> None:
    english = "\n\n".join(en for _zh, en in PAIRS * 2)
    assert page_language_and_publisher(english + "\n\n地址：浙江省杭州市西湖区文三路90号")[0] == "en"


HANDLER = ("Hangzhou Yunfan Intelligent Technology Co., Ltd. runs the app. Your personal information is stored in "
           "the People's Republic of China. ")


def test_user_watching_his_camera_remotely_is_no_transfer() -> None:
    text = HANDLER + "When you use the doorbell, we collect the videos it records so that you can see your doorstep remotely."
    assert compliance_judging.verdict(text, "en", "cross-border-mechanism") == "not-applicable"


def test_handlers_engineers_abroad_reaching_data_remotely_is_a_transfer() -> None:
    """Near miss: the handler's people in a foreign place reach the data kept in China."""
    text = HANDLER + "Our engineers in Singapore may remotely access the logs so that you can see your doorstep."
    assert compliance_judging.verdict(text, "en", "cross-border-mechanism") == "contravention"
