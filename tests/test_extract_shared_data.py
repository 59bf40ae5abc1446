"""Data a policy names only where it gives them to others are data it processes (issue 16, helper ext17).

One cannot share what one does not hold: "we share your IP address with advertising partners" says the
company has the IP address, though no sentence says it collects it. Such data ride on a SHARING statement
(the graph: dpv:hasPersonalData on a pkg:SharingStatement with dpv:Share) and count in the record's
``data_categories``. Not the company's act: the person disclosing their own data, lending an account, terms
of service, and a disclosure named as a threat. The texts are written for these tests, not taken from any
corpus.
"""
from __future__ import annotations

import pytest

from policykg.ingest.extract import extract
from policykg.ingest.model import Polarity, StatementKind
from policykg.ingest.segment import segment
from tests.test_extract_scalars_fresh import facts, make_document


@pytest.mark.parametrize(
    ("text", "lang", "key"),
    [
        ("我们会向合作的快递服务商共享您的收件人姓名、收货地址及联系电话，以便完成配送。", "zh", "PhysicalAddress"),
        ("为完成检测预约，我们需要将您的手机号和看车地址提供给第三方检测机构。", "zh", "PhysicalAddress"),
        ("当您提交购车意向时，我们会把您的联系电话发送给该车源的车商。", "zh", "TelephoneNumber"),
        ("We share your advertising identifier and IP address with our advertising partners.", "en", "IPAddress"),
        ("When a courier accepts the job, we disclose your delivery address to the courier.", "en", "PhysicalAddress"),
        # a denial with an exception is sharing in the excepted case
        ("除非得到您的明确同意，我们不会向合作方提供您的银行卡号。", "zh", "BankAccount"),
        ("We will not share your phone number with partners unless you ask us to.", "en", "TelephoneNumber"),
    ],
)
def test_data_named_where_shared_are_processed(text: str, lang: str, key: str) -> None:
    assert key in facts(text, lang)["data_categories"]


@pytest.mark.parametrize(
    ("text", "lang", "key"),
    [
        # a flat denial says nothing is shared, and so nothing about holding the data
        ("We never share your password with anyone, including our support staff.", "en", "Password"),
        ("我们不会向任何第三方提供您的身份证号码。", "zh", "OfficialID"),
        # a free-choice "any" names a kind of data, not data the company holds
        ("Any payment information, such as card numbers, shall not be shared without your consent.",
         "en", "PaymentCardNumber"),
        # the person, not the company, gives the data away
        ("在与其他买家交易时，您不可避免地要向交易对方披露自己的联系地址。", "zh", "PhysicalAddress"),
        ("请不要与他人共享您的账号和密码，否则造成的损失由您自行承担。", "zh", "Password"),
        ("用户不应将其帐号、密码转让或出借予他人使用。", "zh", "Password"),
        ("Information you choose to share publicly, such as your home address, can be seen by anyone.",
         "en", "PhysicalAddress"),
        # disclosure named as the threat a safeguard defends against
        ("Our staff are trained to guard against unauthorized access, alteration or disclosure of your email address.",
         "en", "EmailAddress"),
        ("我们采取措施，防止您的银行卡号被非法披露。", "zh", "PaymentCardNumber"),
    ],
)
def test_no_sharing_by_the_company_names_no_data(text: str, lang: str, key: str) -> None:
    assert key not in facts(text, lang)["data_categories"]


_SDK_TABLE_ZH = """三、我们如何共享您的个人信息
（二）第三方SDK
我们的产品中接入了以下第三方SDK：
| SDK名称 | 第三方主体 | 使用目的 | 共享的个人信息 | 隐私政策链接 |
| --- | --- | --- | --- | --- |
| 推送SDK | 某某推送科技有限公司 | 消息推送 | 设备标识符（IMEI、Android ID） | https://push.example.cn/privacy |
| 定位SDK | 某某地图有限公司 | 跑步轨迹 | 精确位置、IP地址 | https://map.example.cn/privacy |
"""

_SHARING_CASES_ZH = """第三部分 我们如何共享个人信息
3.1 共享
（1）奖品配送：获奖后，我们会向快递公司提供您的收货地址和联系电话。
（2）金融服务：经您单独同意后，我们会向持牌金融机构提供您的银行卡号及收入证明。
"""


def test_rows_under_a_shared_data_column_are_processed() -> None:
    cats = facts(_SDK_TABLE_ZH, "zh")["data_categories"]
    assert {"Identifier", "IPAddress"} <= set(cats)  # the https of a link is no security measure


def test_items_of_a_sharing_list_name_data() -> None:
    cats = set(facts(_SHARING_CASES_ZH, "zh")["data_categories"])
    assert {"PhysicalAddress", "TelephoneNumber", "Income"} <= cats


def test_shared_data_ride_on_a_sharing_statement() -> None:
    text = "We share your advertising identifier and IP address with our advertising partners."
    document = make_document(text, "en")
    statements = extract(document, segment(document)).statements
    sharing = [s for s in statements if s.kind is StatementKind.SHARING and "IPAddress" in s.values.get("data_categories", ())]
    assert sharing and sharing[0].polarity is Polarity.AFFIRMATIVE
    assert not any(s.kind is StatementKind.COLLECTION for s in statements)


def test_body_weight_is_not_read_across_a_word_boundary() -> None:
    """"主体" (entity) + "重新" (again) holds the letters of "体重" (body weight) but names no data."""
    assert facts("如涉及转让，我们会要求新的持有您个人信息的公司、组织等主体重新征求您的同意。", "zh")["data_categories"] == []
    assert "PhysicalCharacteristic" in facts("您可以选择填写身高、体重和性别。", "zh")["data_categories"]


_SDK_TABLE_EN = """4. Third-party SDKs in our app
| SDK | Company | Why | Data shared |
|---|---|---|---|
| Maps kit | Example Maps, Inc. | route maps | location, IP address |
| Referrals kit | Example Links Ltd | invite links | device advertising ID |
"""


def test_rows_read_as_sentences_keep_their_header() -> None:
    """A markdown table whose rows the segmenter reads as sentences: the header row still frames them."""
    cats = set(facts(_SDK_TABLE_EN, "en")["data_categories"])
    assert {"IPAddress", "Identifier"} <= cats


@pytest.mark.parametrize(
    ("text", "lang", "key"),
    [
        # another party receives, or is given, the data: the company gives them
        ("Our payment processor receives your card number and billing postcode.", "en", "PaymentCardNumber"),
        ("If you buy travel cover, the insurer is given your name and home address.", "en", "PhysicalAddress"),
        # a long object between the verb and its receiver
        ("When you enter a partner event, we pass your full name, date of birth, emergency phone number and shirt "
         "size to the event organiser.", "en", "TelephoneNumber"),
        ("Оператор предоставляет банку-эквайеру номер банковской карты для проведения оплаты.", "ru", "PaymentCardNumber"),
        ("Comunicamos su nombre, dirección de entrega y número de teléfono a la empresa de transporte.", "es",
         "TelephoneNumber"),
    ],
)
def test_the_receiving_party_names_a_giving(text: str, lang: str, key: str) -> None:
    assert key in facts(text, lang)["data_categories"]


def test_receiving_from_others_stays_collection() -> None:
    document = make_document("We receive your email address from our partners.", "en")
    kinds = {s.kind for s in extract(document, segment(document)).statements if s.values.get("data_categories")}
    assert kinds == {StatementKind.COLLECTION}
    # giving the user access is no giving of data
    assert facts("Оператор предоставляет Пользователю доступ к сервису.", "ru")["data_categories"] == []


@pytest.mark.parametrize(
    ("text", "lang", "key", "found"),
    [
        # consent as the condition of a denial: shared once consent is given, so held
        ("未经您的书面同意，我们不会将您的手机号码提供给任何合作方。", "zh", "TelephoneNumber", True),
        ("We will not give your phone number to advertisers without your prior consent.", "en", "TelephoneNumber", True),
        # sharing with a party, spelled with 分享
        ("除非您明确授权，我们不会向广告合作伙伴分享您的电子邮箱。", "zh", "EmailAddress", True),
        # near misses: the person shares with us (a collection, read elsewhere), or with friends
        ("您可以与好友分享您的运动照片。", "zh", "Picture", False),
        # a bracket saying what a term refers to gives examples of the term, not data held
        ("除非得到您的许可，我们不会将您的个人身份信息（指可以识别您身份的信息，例如姓名或电子邮箱）提供给合作方。",
         "zh", "EmailAddress", False),
    ],
)
def test_consent_conditions_and_glosses(text: str, lang: str, key: str, found: bool) -> None:
    assert (key in facts(text, lang)["data_categories"]) is found


def test_sharing_with_us_is_no_giving_away() -> None:
    document = make_document("登录后，您可以与我们分享来自您社交账户中的昵称和头像。", "zh")
    kinds = {s.kind for s in extract(document, segment(document)).statements if s.values.get("data_categories")}
    assert StatementKind.SHARING not in kinds
