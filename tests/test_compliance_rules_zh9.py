"""Rules found by sorting this session's false adverse findings on Chinese policies by cause (issue 15, helper
lawzh9), each as a PRC data-protection lawyer states it, with a look-alike judged the other way.

All sentences are written for these tests.
"""
from __future__ import annotations

from compliance_judging import verdict

CONSENT = "我们会在征得您的同意后收集您的手机号码，用于注册账号。"

REFUSAL_ZH = (CONSENT + "对于您的访问、更正和删除请求，我们将在十五个工作日内答复。\n"
              "在以下情形中，我们将无法响应您的请求：\n"
              "1、与我们履行法律法规规定的义务相关的；\n"
              "2、出于维护您或其他个人的生命、财产等重大合法权益但又很难得到本人同意的；\n"
              "3、响应您的请求将导致您或其他个人、组织的合法权益受到严重损害的。\n")

NO_CONSENT_ZH = (CONSENT + "\n在以下情形中，我们处理您的个人信息无需征得您的同意：\n"
                 "1、与我们履行法律法规规定的义务相关的；\n"
                 "2、出于维护您或其他个人的生命、财产等重大合法权益但又很难得到本人同意的；\n"
                 "3、为维护本公司或其他用户的合法权益所必需的。\n")


# --- a list of cases where a rights request may be declined is no list of grounds for processing ---------
def test_cases_for_declining_a_request_are_no_processing_grounds() -> None:
    assert verdict(REFUSAL_ZH, "zh", "legal-basis") != "contravention"


def test_the_same_case_as_a_ground_for_processing_without_consent_stays_adverse() -> None:
    # near-miss: the company's own rights named as a case needing no consent is a ground PIPL 13 does not list
    assert verdict(NO_CONSENT_ZH, "zh", "legal-basis") == "contravention"


def test_declining_list_beside_a_real_no_consent_list_does_not_hide_it() -> None:
    assert verdict(REFUSAL_ZH + NO_CONSENT_ZH, "zh", "legal-basis") == "contravention"


REFUSAL_EN = ("We collect your e-mail address with your consent to create your account.\n"
              "We may not be able to respond to your request in the following cases:\n"
              "1. where it relates to our obligations under laws and regulations;\n"
              "2. where responding would seriously harm the legitimate rights and interests of you or others.\n")

NO_CONSENT_EN = ("We collect your e-mail address with your consent to create your account.\n"
                 "We may process your personal information without your consent in the following cases:\n"
                 "1. where it relates to our obligations under laws and regulations;\n"
                 "2. where necessary to protect our legitimate rights and interests.\n")


def test_english_cases_for_declining_a_request_are_no_processing_grounds() -> None:
    assert verdict(REFUSAL_EN, "en", "legal-basis") != "contravention"
    assert verdict(NO_CONSENT_EN, "en", "legal-basis") == "contravention"


# --- "各项服务（浏览、搜索、评论等）": the open list names parts of the service, not data or purposes ------------
SCOPE = ("我们会出于以下目的，收集和使用您的个人信息：\n"
         "1、账号注册：您注册时，我们会收集您的手机号码，用于创建账号。\n")


def test_bracketed_features_of_a_service_leave_no_data_open() -> None:
    text = SCOPE + "2、服务提供：我们使用上述信息向您提供各项功能服务（视频播放、关注、评论、私信等），并维护和改进这些服务。\n"
    assert verdict(text, "zh", "processing-scope") == "met"


def test_bracketed_data_closed_by_deng_stay_open() -> None:
    # near-miss: the brackets list data collected ("设备型号、日志信息等"): the categories stay open
    text = SCOPE + "2、服务提供：为提供服务，我们会收集您的设备相关信息（设备型号、日志信息等），并维护和改进这些服务。\n"
    assert verdict(text, "zh", "processing-scope") == "contravention"


def test_bracketed_list_after_a_data_noun_stays_open() -> None:
    # near-miss: the noun before the brackets is data ("您的资料（头像、昵称、签名等）")
    text = SCOPE + "2、资料展示：我们会收集您的资料（头像、昵称、签名等），用于向其他用户展示。\n"
    assert verdict(text, "zh", "processing-scope") == "contravention"
