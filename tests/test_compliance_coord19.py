"""Issue 15: general causes from the coordinator's own 2022 Chinese auto-parts marketplace policy (session 19).

* A change clause whose changes "take effect after your consent" ("在您同意后生效", "entrarán en vigor una vez que
  usted las acepte", "вступят в силу только после вашего согласия") asks fresh consent: it binds no one on notice.
* "我们不会主动收集儿童的个人信息" beside "未满14周岁的…应在监护人同意下使用": the handler holds back from every child under 14,
  so asking the guardian of a child who uses the service anyway is no breach of PIPL 31; a denial that leaves
  13-year-olds out, or children's data collected elsewhere, still is.

Each rule beside a near miss. The texts are written for these tests.
"""
from __future__ import annotations

import pytest

import compliance_judging

ZH_CHANGE = "我们可能适时修订本政策。对于重大变更，我们会通过弹窗提示您，并{}。"


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (ZH_CHANGE.format("在您同意后生效"), "zh", "met"),
        # near miss: published changes take effect on their own
        (ZH_CHANGE.format("自公布之日起生效"), "zh", "contravention"),
        ("Podemos modificar esta política. Los cambios importantes entrarán en vigor solo una vez que usted los acepte "
         "en la aplicación.", "es", "met"),
        ("Мы можем изменять эту политику. Существенные изменения вступят в силу только после вашего согласия.", "ru", "met"),
        ("Bu siyasəti dəyişə bilərik. Əsaslı dəyişikliklər razılığınız alındıqdan sonra qüvvəyə minir.", "az", "met"),
    ],
)
def test_changes_effective_after_consent_ask_fresh_consent(text: str, lang: str, expected: str) -> None:
    assert compliance_judging.verdict(text, lang, "policy-changes") == expected


ZH_MINORS = "我们的服务主要面向汽车维修门店及车主。若您是未满14周岁的未成年人，应在监护人同意和指导下使用我们的服务。{}"


def test_no_collection_from_children_with_guardian_request_is_met() -> None:
    assert compliance_judging.verdict(ZH_MINORS.format("我们不会主动收集儿童的个人信息。"), "zh", "minors") == "met"


@pytest.mark.parametrize(
    "tail",
    [
        "",  # the guardian's consent is only asked of the child
        "我们不会收集未满13周岁儿童的个人信息。",  # 13-year-olds are left to the request made of them
        "我们不会主动收集儿童的个人信息。为提供亲子课程，我们会收集您孩子的姓名和年龄。",  # denial belied
    ],
)
def test_guardian_request_alone_is_still_a_contravention(tail: str) -> None:
    assert compliance_judging.verdict(ZH_MINORS.format(tail), "zh", "minors") == "contravention"


# An entry under a heading about sharing that opens with its recipient, after a possessive ("Nuestra filial …",
# "Our affiliate …"), is a provision to that recipient; a heading names its topic with the word of sharing alone
# ("Con quién compartimos sus datos": the verb comes after its "con").
ES_SHARING = ("Suzhou Limpio Robotics Co., Ltd. trata sus datos personales.\n3. Con quién compartimos sus datos\n"
              "3.1 {}\n3.2 Las autoridades, cuando lo exija la ley.\n")


def test_entry_opening_with_our_affiliate_under_sharing_heading_is_a_provision() -> None:
    text = ES_SHARING.format("Nuestra filial Limpio Europe S.L. (Madrid, España), que presta el servicio posventa en Europa.")
    assert compliance_judging.verdict(text, "es", "sharing-separate-consent") == "contravention"
    en = ("Acme Robotics Co., Ltd. processes your personal data.\n3. Who we share your data with\n"
          "3.1 Our affiliate Acme Europe GmbH, which provides after-sales service in Europe.\n")
    assert compliance_judging.verdict(en, "en", "sharing-separate-consent") == "contravention"


def test_entry_naming_no_recipient_under_sharing_heading_is_no_provision() -> None:
    """Near miss: the entry opens with what the company does, not with who gets the data."""
    text = ES_SHARING.format("Nuestra política es no vender nunca sus datos personales.")
    assert compliance_judging.verdict(text, "es", "sharing-separate-consent") != "contravention"


# From the coordinator's new-user try on an own 2024 Russian earbuds policy: the transliterated Chinese legal form
# ("Ко., Лтд.") names a legal entity; a service "not meant for children under 16" that collects nothing of theirs is
# not offered to children under 14, "under 14" only restates the threshold and leaves open what happens to them (as in
# English, test_compliance_rules_lawmix7), and "under 13" sets a threshold other than 14.
RU_HANDLER = "Настоящая Политика описывает, как компания Шэньчжэнь Шумка Аудио Технолоджи Ко., Лтд. обрабатывает ваши данные. "


def test_transliterated_co_ltd_names_the_handler() -> None:
    text = RU_HANDLER + "Вопросы направляйте на privacy@shumka-audio.com."
    assert compliance_judging.verdict(text, "ru", "handler-identity") == "met"
    assert compliance_judging.verdict("Компания Шумка обрабатывает ваши данные. Пишите на privacy@shumka-audio.com.",
                                      "ru", "handler-identity") != "met"


@pytest.mark.parametrize(("age", "expected"), [("16", "not-applicable"), ("14", "omission"), ("13", "contravention")])
def test_not_meant_for_children_under_an_age(age: str, expected: str) -> None:
    text = RU_HANDLER + f"Приложение не предназначено для детей младше {age} лет."
    assert compliance_judging.verdict(text, "ru", "minors") == expected
