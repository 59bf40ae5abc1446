"""Issue 15, zh compliance (lawzh20): rules from lawzh20's first looks at own Chinese policies (a 2023 hospital
appointment app, a 2020 smart-home camera, a 2024 second-hand trading platform). Each rule sits beside a near-miss
that must not match. All sentences are written for these tests.
"""
from __future__ import annotations

from datetime import date

import compliance_judging

HEAD = "宁波栖木网络科技有限公司（以下简称“我们”）运营栖木二手App，联系邮箱 privacy@qimu.example.cn。\n"


def verdict(text: str, key: str, lang: str = "zh", when: date = compliance_judging.TODAY) -> str:
    return compliance_judging.verdict(text, lang, key, when)


# --- the harm a leak may do, in verb form ("财产受损", "遭受诈骗"), is the impact PIPL 30 asks to state ---------------

ID_CONSENT = "在您进行实名认证时，我们会单独征得您的同意。\n"
LOSS_VERB = (HEAD + "卖家提现前需提供身份证号码，身份证号码属于敏感个人信息，处理它是为了核验身份，若泄露可能导致您的财产受损。"
             + ID_CONSENT)
SUFFER = (HEAD + "卖家提现前需提供身份证号码，身份证号码属于敏感个人信息，一旦泄露可能使您遭受电信诈骗。" + ID_CONSENT)
# near-miss: a leak named only as what the safeguards prevent says nothing of the harm to the person
PREVENT_ONLY = (HEAD + "卖家提现前需提供身份证号码，身份证号码属于敏感个人信息，为防止泄露，我们将对其加密存储。"
                + ID_CONSENT)


def test_a_leak_that_may_leave_the_person_s_property_damaged_states_the_impact() -> None:
    assert verdict(LOSS_VERB, "sensitive-pi-consent") == "met"


def test_a_leak_that_may_make_the_person_suffer_fraud_states_the_impact() -> None:
    assert verdict(SUFFER, "sensitive-pi-consent") == "met"


def test_a_leak_the_safeguards_prevent_states_no_impact() -> None:
    assert verdict(PREVENT_ONLY, "sensitive-pi-consent") == "contravention"


# --- deleting what the person himself published is deletion, whatever the noun ------------------------------------

OTHER_WAYS = ("您可以在“我的-资料”中查阅、修改您的昵称；您可以在“设置-隐私-系统权限”中撤回授权；"
              "您可以在“设置-注销账号”中注销账号。\n")
OWN_LISTINGS = HEAD + "您可以删除已发布的商品；" + OTHER_WAYS
OWN_POSTS = HEAD + "您可以在“我的-动态”中删除您发布的帖子；" + OTHER_WAYS
# near-miss: the platform taking down a user's listing is a sanction, not the person's way
PLATFORM_REMOVES = HEAD + "对于违规商品，我们有权删除您已发布的商品。" + OTHER_WAYS


def test_deleting_one_s_published_listings_is_deletion() -> None:
    assert verdict(OWN_LISTINGS, "rights-exercise") == "met"


def test_deleting_one_s_published_posts_in_a_place_of_the_app_is_deletion() -> None:
    assert verdict(OWN_POSTS, "rights-exercise") == "met"


def test_the_platform_deleting_a_listing_is_no_way_for_the_person() -> None:
    assert verdict(PLATFORM_REMOVES, "rights-exercise") == "omission"


# --- a refusal that leaves browsing open limits itself to the function ---------------------------------------------

BROWSE_OPEN = (HEAD + "发布商品需要您提供手机号码和所在城市，若您不提供，将无法发布商品，但不影响您浏览和搜索商品。\n")
# near-miss: a refusal that costs every function bundles nothing less
ALL_CLOSED = (HEAD + "发布商品需要您提供手机号码和所在城市，若您不提供，将无法使用栖木二手的任何功能。\n")


def test_a_refusal_that_leaves_browsing_open_costs_only_the_function() -> None:
    assert verdict(BROWSE_OPEN, "bundled-consent") == "met"


def test_a_refusal_that_closes_every_function_is_not_limited() -> None:
    assert verdict(ALL_CLOSED, "bundled-consent") != "met"
