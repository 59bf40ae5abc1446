"""What a data category named in a policy is NOT: collection scope rules (issue 16).

Every sentence here is written for this test (never corpus text). Each rule is stated the way a
linguist would, and tested in Chinese and, where the rule is general, in other languages:
- a definition of a term lists examples, it collects nothing ("个人敏感信息是指…包括…");
- the publisher's own contact point ("地址：…路1号", "Email: privacy@…") and the channel of a message
  ("发送邮件至…", "contact us by e-mail") are no collected data;
- the account the user must keep safe ("妥善保管账号及密码") is no collected credential;
- bare 手机 is the handset, bare 账号 the account, 网卡(MAC)地址/页面地址 no postal address;
- a list after a colon inherits the denial of the clause that announced it;
- "您需要向我们提供…" is collection, not sharing.
"""
from __future__ import annotations

import hashlib

import pytest

from policykg.ingest.extract import extract
from policykg.ingest.model import Document
from policykg.ingest.record import extraction_to_record
from policykg.ingest.segment import segment


def categories(text: str, language: str) -> set[str]:
    """The data categories a policy of this text says it collects (its facts record)."""
    document = Document(
        source="t.txt", name="t.txt", text=text, sha256=hashlib.sha256(text.encode()).hexdigest(),
        media_type="text/plain", encoding="utf-8", language=language,
    )
    return set(extraction_to_record(extract(document, segment(document)))["data_categories"])


@pytest.mark.parametrize("language, text, absent, present", [
    ("zh", "一、我们如何收集您的个人信息\n敏感个人信息是指一旦泄露或者非法使用，容易导致人格尊严受到侵害的个人信息，"
           "包括指纹、病历、宗教信仰等。\n我们会收集您的昵称。",
     {"Fingerprint", "HealthRecord", "Religion"}, {"Name"}),
    ("zh", "一、我们如何收集您的个人信息\n“个人信息”：指以电子方式记录的与已识别自然人有关的各种信息。"
           "包括身份证件号码、基因、住址等。\n为完成下单，我们会收集您的收货人电话号码。",
     {"OfficialID", "Genetic", "PhysicalAddress"}, {"TelephoneNumber"}),
    ("zh", "一、收集的信息\n指纹和声纹属于个人敏感信息。\n我们收集您的头像。",
     {"Fingerprint", "VoiceCommunicationRecording"}, {"Picture"}),
    ("en", "1. Information we collect\nSensitive personal information means data such as your fingerprint or "
           "religion.\nWe collect your email address when you sign up.",
     {"Fingerprint", "Religion"}, {"EmailAddress"}),
])
def test_a_definition_collects_nothing(language: str, text: str, absent: set[str], present: set[str]) -> None:
    found = categories(text, language)
    assert not found & absent
    assert present <= found


@pytest.mark.parametrize("language, text, absent, present", [
    ("zh", "一、我们收集的信息\n注册时我们收集您的昵称。\n联系我们\n地址：杭州市西湖区青枫路18号\n邮编：310000\n"
           "电子邮箱：care@qingfeng.example\n电话：0571-8800 1234",
     {"PhysicalAddress", "PostalCode", "EmailAddress", "TelephoneNumber"}, {"Name"}),
    ("en", "Information we collect\nWe collect your name.\nContact\nAddress: 12 Harbour Road, Leith\n"
           "Email: privacy@harbour.example",
     {"PhysicalAddress", "EmailAddress"}, {"Name"}),
])
def test_the_publishers_own_contact_point_is_not_collected(language: str, text: str, absent: set[str], present: set[str]) -> None:
    found = categories(text, language)
    assert not found & absent
    assert present <= found


@pytest.mark.parametrize("language, text, absent", [
    ("zh", "一、我们收集的信息\n您可以随时发送邮件至help@lanshan.example获取您的个人信息副本。", {"EmailAddress"}),
    ("zh", "一、我们收集的信息\n我们会收集您的设备信息，并通过站内信、短信或邮件等方式通知您政策的变更。", {"EmailAddress"}),
    ("en", "Information we collect\nWe collect your device model. You can reach us by e-mail at any time.", {"EmailAddress"}),
])
def test_a_message_channel_is_not_collected_data(language: str, text: str, absent: set[str]) -> None:
    assert not categories(text, language) & absent


def test_the_email_address_named_among_data_is_still_collected() -> None:
    found = categories("一、我们收集的信息\n注册时，您需要提供手机号码、电子邮件和昵称。", "zh")
    assert {"TelephoneNumber", "EmailAddress", "Name"} <= found


@pytest.mark.parametrize("language, text", [
    ("zh", "一、我们收集的信息\n您有义务妥善保管您的账号及密码，如发现密码泄露请及时联系我们。"),
    ("en", "Information we collect\nPlease keep your password safe and do not share your login with anyone."),
])
def test_keeping_an_account_safe_is_not_collecting_its_credentials(language: str, text: str) -> None:
    assert not categories(text, language) & {"Password", "Username", "Authenticating"}


def test_credentials_asked_for_at_sign_up_are_collected() -> None:
    found = categories("一、我们收集的信息\n注册时，您需要向我们提供帐号名称、手机号码，并设置登录密码。", "zh")
    assert {"Username", "TelephoneNumber", "Password"} <= found


@pytest.mark.parametrize("text, absent", [
    ("一、我们收集的信息\n我们会收集您的手机型号和操作系统版本。", {"TelephoneNumber"}),
    ("一、我们收集的信息\n当您注销账号时，我们会收集您的注销原因。", {"Username"}),
    ("一、我们收集的信息\n我们会收集您的网卡（MAC）地址和访问的页面地址。", {"PhysicalAddress"}),
    ("一、我们收集的信息\n为保护传输安全，我们采用密码技术并收集您的设备标识符。", {"Password"}),
])
def test_words_that_only_look_like_a_category(text: str, absent: set[str]) -> None:
    assert not categories(text, "zh") & absent


def test_bare_words_still_count_when_they_name_data() -> None:
    found = categories("一、我们收集的信息\n我们会收集您的手机号、账号、收货地址和MAC地址。", "zh")
    assert {"TelephoneNumber", "Username", "PhysicalAddress", "MACAddress"} <= found


def test_a_list_after_a_colon_inherits_the_denial() -> None:
    found = categories("一、我们收集的信息\n我们不会收集您的以下信息：宗教信仰、指纹。\n我们会收集您的昵称。", "zh")
    assert not found & {"Religion", "Fingerprint"}
    assert "Name" in found


def test_providing_data_to_us_is_collection_not_sharing() -> None:
    found = categories("1、注册\n当您注册时，您需要向我们提供您的手机号码和登录密码。", "zh")
    assert {"TelephoneNumber", "Password"} <= found


def test_a_list_introduced_by_serving_the_user_stays_collection() -> None:
    """向您提供服务 (serving the user) is not sharing: the list it introduces is what is collected."""
    text = ("一、我们收集的信息\n为向您提供服务，我们会收集您在使用服务过程中产生的信息，包括以下情形：\n"
            "1. 当您预订酒店时，您需要提供入住人姓名和证件号码。\n2. 当您评价订单时，我们会收集您上传的照片。\n")
    assert {"Name", "OfficialID", "Picture"} <= categories(text, "zh")


@pytest.mark.parametrize("text, present", [
    ("本应用搜集的信息包括您的昵称和性别。", {"Name", "Gender"}),
    ("为完成注册，我们会收集您的个人信息。\n包括您的手机号码和出生日期。", {"TelephoneNumber", "BirthDate"}),
    ("注册时您须至少向我们提供手机号码。", {"TelephoneNumber"}),
])
def test_collection_verbs_and_continuations(text: str, present: set[str]) -> None:
    assert present <= categories(text, "zh")


@pytest.mark.parametrize("text, absent", [
    ("一、我们收集的信息\n我们会收集设备型号等软硬件特征信息。", {"CreditRecord"}),
    ("一、我们收集的信息\n我们会收集您的iPhone设备型号和VIP会员等级。", {"IPAddress"}),
    ("一、我们收集的信息\n您在本平台发布的文字、图片的知识产权归您所有，您授予我们使用许可。", {"Picture"}),
    ("一、我们收集的信息\n如有疑问，您可通过电子邮箱care@songlin.example与我们联系。", {"EmailAddress"}),
    ("一、我们收集的信息\n如果您未满14周岁，请不要向我们提供您的姓名或住址。", {"Name", "PhysicalAddress"}),
    ("一、我们收集的信息\n上传头像需要您开启相册权限和通讯录权限。", {"SocialNetwork"}),
])
def test_more_words_that_only_look_like_collected_data(text: str, absent: set[str]) -> None:
    assert not categories(text, "zh") & absent


def test_terms_of_service_in_english_collect_nothing() -> None:
    text = "Information we collect\nYou keep the copyright in photos you upload and grant us a licence to show them."
    assert "Picture" not in categories(text, "en")


@pytest.mark.parametrize("text, present", [
    ("一、收集信息\n您同意，我们将收集您输入的或者以其他方式提供给松林旅行的信息：\n1. 预订车票时，需提供乘客姓名和证件号码。\n",
     {"Name", "OfficialID"}),
    ("一、收集信息\n使用会员服务时，您需要向我们提供真实姓名和银行卡号，如果您不使用会员服务，则无需提供。",
     {"Name", "BankAccount"}),
])
def test_the_person_giving_data_is_collection(text: str, present: set[str]) -> None:
    """"您…提供给松林旅行" has the person as giver (collection, not sharing); a negative if-clause
    ("如果您不使用…，") denies nothing in the main clause."""
    assert present <= categories(text, "zh")


def test_the_person_agreeing_to_give_data_is_collection() -> None:
    text = "当您注册账户时，您同意向松林旅行提供一些个人信息，包括昵称和出生日期。"
    assert {"Name", "BirthDate"} <= categories(text, "zh")


def test_a_phone_call_to_customer_service_is_a_channel() -> None:
    text = "一、我们收集的信息\n当您通过电话与我们的客服人员联系时，我们会记录您的设备型号。"
    assert "TelephoneNumber" not in categories(text, "zh")
