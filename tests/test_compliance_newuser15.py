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
