"""Issue 15, from new-user tries in session 15 (own-written policies: a Chinese smart-lock maker's HTML page in
GBK, an English translation app as DOCX).

A right is offered over the person's data named with a modifier ("access and correct your account information",
"update your profile data") as much as over "your information"; the English policy was judged silent on access
and correction. The near-miss: the same words in the handler's security promise give the person no way.
All sentences are written for this test.
"""
from __future__ import annotations

import pytest

import compliance_judging

EN_HEAD = "Birchway Apps Ltd (we) runs the Birchway app; contact privacy@birchway.example.\n"
EN_OTHER_RIGHTS = ("You can delete your account in Settings > Account > Delete account.\n"
                   "You can delete your saved history at any time.\n"
                   "You can withdraw a consent you have given in Settings > Privacy.\n")


@pytest.mark.parametrize("sentence", [
    "You can access and correct your account information in Settings > Account.",
    "You can access your profile data in the app and update your contact information there.",
])
def test_access_and_correction_of_data_named_with_a_modifier_are_ways(sentence: str) -> None:
    text = EN_HEAD + sentence + "\n" + EN_OTHER_RIGHTS
    assert compliance_judging.verdict(text, "en", "rights-exercise") == "met"


def test_a_security_promise_about_access_gives_no_way() -> None:
    text = EN_HEAD + "We protect your account information against unauthorised access and alteration.\n" + EN_OTHER_RIGHTS
    assert compliance_judging.verdict(text, "en", "rights-exercise") == "omission"


# A location the policy says is coarse (city level, from the IP address) is not the precise location PIPL 28 and
# GB/T 35273 annex B count as sensitive; the smart-lock policy was held to need separate consent for a location
# SDK's "粗略位置信息". The near-miss: the same row with a precise location still needs it.
ZH_LOCK = ("杭州松石智能科技有限公司（以下简称“我们”）运营松石智家应用，联系邮箱 privacy@songshi.example.cn。\n"
           "我们会收集您的手机号码用于注册账号。\n"
           "第三方SDK：\n"
           "| 某某定位SDK | 某某软件有限公司 | {location} | 添加设备时识别城市 |\n")
EN_ADS = ("Birchway Apps Ltd (we) runs the Birchway app; contact privacy@birchway.example.\n"
          "We collect your email address to create your account.\n"
          "We collect your {location} to choose the language of the ads you see.\n")


@pytest.mark.parametrize("text,lang", [
    (ZH_LOCK.format(location="粗略位置信息"), "zh"),
    (ZH_LOCK.format(location="大致位置信息"), "zh"),
    (EN_ADS.format(location="approximate location derived from your IP address"), "en"),
])
def test_a_coarse_location_is_not_sensitive(text: str, lang: str) -> None:
    assert compliance_judging.verdict(text, lang, "sensitive-pi-consent") == "not-applicable"


@pytest.mark.parametrize("text,lang", [
    (ZH_LOCK.format(location="精确位置信息"), "zh"),
    (EN_ADS.format(location="precise location from your device's GPS"), "en"),
])
def test_a_precise_location_still_needs_separate_consent(text: str, lang: str) -> None:
    assert compliance_judging.verdict(text, lang, "sensitive-pi-consent") == "contravention"


# PIPL 39: the foreign recipient named with a US legal form and its address and e-mail, in the sentence that sends
# the data abroad, gives its identity and contact; the sentence had been cut at the semicolon inside its brackets.
EN_TICKETS = ("Birchway Apps Ltd (we), Suzhou, China, runs the Birchway app for users in mainland China; contact privacy@birchway.example.\n"
              "When you send a support ticket, its content and your email address are transferred to {recipient}, "
              "which stores them in the United States, to answer your request.\n"
              "Before a ticket is sent, the app asks for your separate consent to this transfer.\n")


def test_a_us_recipient_named_with_its_contact_in_the_transfer_sentence_is_identified() -> None:
    text = EN_TICKETS.format(recipient="Helpline, Inc. (12 Pine Street, Denver, CO 80202, USA; privacy@helpline.example)")
    assert compliance_judging.verdict(text, "en", "cross-border-consent") == "met"


def test_a_recipient_named_without_a_contact_is_not_identified() -> None:
    text = EN_TICKETS.format(recipient="Helpline, Inc.")
    assert compliance_judging.verdict(text, "en", "cross-border-consent") == "contravention"
