"""Rules found by reading ``check`` on English app policies it had never seen (issue 15, helper lawmix),
each as a PRC data-protection lawyer states it, with a look-alike that must be judged the other way.

All sentences are written for these tests (English, with Spanish and Russian where the rule is linguistic).
"""
from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest

from policykg.compliance.engine import judge
from policykg.compliance.model import packaged_requirements
from policykg.compliance.text import PolicyText

sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_extract_dates_real import found as dates_found  # noqa: E402

TODAY = date(2026, 6, 1)


def verdicts(text: str, lang: str, when: date = TODAY) -> dict:
    policy = PolicyText.from_text(text, language=lang)
    return {j.requirement.key: j.result for j in judge(policy, packaged_requirements(), when)}


# --- a list of the cases of disclosure: the cases that are not consent do without it (PIPL 13, 23) ------
DISCLOSURE_LISTS = {
    "en": ("We may disclose your personal information in the following circumstances:\n"
           "1. with your prior consent;\n2. as required by law;\n3. {case}\n"),
    "es": ("Podremos comunicar sus datos personales en los siguientes casos:\n"
           "1. con su consentimiento previo;\n2. cuando lo exija la ley;\n3. {case}\n"),
    "ru": ("Мы можем раскрывать ваши персональные данные в следующих случаях:\n"
           "1. с вашего согласия;\n2. по требованию закона;\n3. {case}\n"),
}
OWN_RIGHTS = {"en": "to protect our legal rights and interests.", "es": "para proteger nuestros derechos y nuestra propiedad.",
              "ru": "для защиты наших прав и имущества."}
VITAL = {"en": "to protect the life of a person in an emergency.", "es": "cuando lo exija una orden judicial.",
         "ru": "по запросу суда."}


@pytest.mark.parametrize("lang", sorted(DISCLOSURE_LISTS))
def test_a_disclosure_case_for_our_own_rights_has_no_pipl13_ground(lang: str) -> None:
    v = verdicts(DISCLOSURE_LISTS[lang].format(case=OWN_RIGHTS[lang]), lang)
    assert v["legal-basis"].verdict == "contravention"
    sharing = v["sharing-separate-consent"]
    assert sharing.verdict == "contravention"
    assert OWN_RIGHTS[lang].rstrip(".") in sharing.quotes[0].text  # the case itself, not the list's intro
    assert v["gbt-sharing-exceptions"].verdict == "contravention"


@pytest.mark.parametrize("lang", sorted(DISCLOSURE_LISTS))
def test_a_disclosure_list_of_consent_and_legal_duties_is_no_contravention(lang: str) -> None:
    v = verdicts(DISCLOSURE_LISTS[lang].format(case=VITAL[lang]), lang)
    assert v["legal-basis"].verdict != "contravention"
    assert v["sharing-separate-consent"].verdict != "contravention"


NESTED = ("Acme will not disclose or provide the user's registration information to any third party unless:\n"
          "a.\nThe user's prior authorization has been obtained;\n"
          "b.\nTo safeguard the legitimate rights and interests of {whom};\n")


def test_a_case_under_a_bare_list_marker_belongs_to_the_list() -> None:
    assert verdicts(NESTED.format(whom="Acme"), "en")["legal-basis"].verdict == "contravention"
    # the rights of users are not the company's own
    assert verdicts(NESTED.format(whom="users"), "en")["legal-basis"].verdict != "contravention"


def test_an_inline_enumeration_of_disclosure_cases_is_judged_in_its_sentence() -> None:
    head = ("To run the service, we may make identifiable information available to third parties in these limited "
            "circumstances: (1) with your express consent, (2) when required by law")
    v = verdicts(head + ", or (3) when we believe it necessary to protect our rights or property.", "en")
    assert v["sharing-separate-consent"].verdict == "contravention"
    assert verdicts(head + ".", "en")["sharing-separate-consent"].verdict != "contravention"


# --- transfers abroad named by destination (PIPL 38, 39) ------------------------------------------------
@pytest.mark.parametrize("text", [
    "Information we collect may be stored or processed on servers located in any country where we do business.",
    "If you reside outside the United States, your information will be transferred, processed and stored there.",
])
def test_processing_in_another_country_is_a_transfer_abroad(text: str) -> None:
    v = verdicts(text, "en")
    assert v["cross-border-mechanism"].verdict == "contravention"
    assert v["cross-border-consent"].verdict == "contravention"


@pytest.mark.parametrize("text", [
    "If you reside outside the United States, some features may not be available to you.",
    "If we ever transfer data to other countries in the future, we will ask you first.",
])
def test_a_condition_on_residence_or_a_future_transfer_is_no_transfer(text: str) -> None:
    assert verdicts(text, "en")["cross-border-mechanism"].verdict != "contravention"


# --- identifiers called anonymous (PIPL 4, 73) ----------------------------------------------------------
@pytest.mark.parametrize(("text", "lang"), [
    ("Analytics providers may access anonymous data (such as your IP address or device ID) to measure use.", "en"),
    ("Our ad partners receive your advertising ID in an anonymous fashion that is not tied to your name.", "en"),
    ("Los proveedores de análisis pueden acceder a datos anónimos (como su dirección IP o el identificador del dispositivo).", "es"),
])
def test_identifiers_called_anonymous_are_still_personal_information(text: str, lang: str) -> None:
    assert verdicts(text, lang)["de-identified-data"].verdict == "contravention"


def test_irreversibly_anonymised_statistics_are_outside_the_law() -> None:
    text = "We publish aggregated download counts that are anonymised irreversibly and cannot be re-identified."
    assert verdicts(text, "en")["de-identified-data"].verdict != "contravention"


def test_identifiers_declared_non_personal_leave_the_categories_open() -> None:
    text = "We collect non-personal information such as your Android ID, IMEI number, phone model, etc."
    assert verdicts(text, "en")["processing-scope"].verdict == "contravention"
    assert verdicts("We collect your e-mail address to send you receipts.", "en")["processing-scope"].verdict != "contravention"


# --- cue scripts: a Chinese cue never fires inside an English word -------------------------------------
def test_a_chinese_cue_does_not_match_inside_an_english_word() -> None:
    text = ("Qingshan (青山) terms.\nUnless otherwise expressly provided, new services are subject to these terms.\n"
            "Contact: help@qingshan.example.org\n")
    assert verdicts(text, "en")["security-measures"].verdict != "met"
    assert verdicts(text + "We use SSL to protect data in transit.\n", "en")["security-measures"].verdict == "met"


# --- security disclaimers (CSL 42, PIPL 51) -------------------------------------------------------------
def test_disclaiming_a_third_partys_illegal_use_of_the_account_is_a_disclaimer() -> None:
    text = "We encrypt your data. We shall not be liable for any illegal use of your account or password by a third party."
    assert verdicts(text, "en")["security-measures"].verdict == "contravention"
    near = "We encrypt your data. We are not liable for illegal use of the service by other users."
    assert verdicts(near, "en")["security-measures"].verdict == "met"


# --- the handler (PIPL 17(1)(1)) ------------------------------------------------------------------------
@pytest.mark.parametrize("name", ["Bleu Jeux SARL", "Qingshan, Inc."])
def test_a_legal_form_with_or_after_a_comma_names_the_handler(name: str) -> None:
    text = f"The app is published by {name}. Questions: privacy@bleu.example.org"
    assert verdicts(text, "en")["handler-identity"].verdict == "met"


def test_not_limited_is_no_legal_form() -> None:
    text = "Rights and Interests (Including But Not Limited to the Right to Reputation)\nWrite to help@x.example.org"
    assert verdicts(text, "en")["handler-identity"].verdict == "omission"
    assert "No legal entity" in verdicts(text, "en")["handler-identity"].reason


def test_a_street_address_is_a_contact() -> None:
    text = "The service is run by Qingshan Co., Ltd.\nQingshan Co., Ltd.\nNo. 10, Shangyuan 3rd Street\nHaidian District"
    assert verdicts(text, "en")["handler-identity"].verdict == "met"
    assert verdicts("The service is run by Qingshan Co., Ltd.", "en")["handler-identity"].verdict == "omission"


# --- consent by use, bundling, changes (PIPL 14, 16) ----------------------------------------------------
@pytest.mark.parametrize("text", [
    "Please check this policy regularly, as continued use is deemed approval of all changes.",
    "Once you use our services, it shall be construed that you have consented to all terms of this Agreement.",
])
def test_consent_construed_from_use_is_consent_by_use(text: str) -> None:
    assert verdicts(text, "en")["consent-by-use"].verdict == "contravention"


def test_asking_approval_before_a_change_is_no_consent_by_use() -> None:
    text = "We will ask for your approval before any change to how we use your data."
    assert verdicts(text, "en")["consent-by-use"].verdict != "contravention"


def test_cancelling_the_service_as_the_price_of_refusing_is_bundling() -> None:
    text = "If you do not accept any term of this Agreement, you may cancel the services."
    assert verdicts(text, "en")["bundled-consent"].verdict == "contravention"
    near = "If you do not accept marketing e-mails, you may unsubscribe at any time."
    assert verdicts(near, "en")["bundled-consent"].verdict != "contravention"


def test_terms_changed_at_any_time_without_notice_and_opt_in_for_material_changes() -> None:
    assert verdicts("Acme may update this Agreement at any time without special notice.", "en")["policy-changes"].verdict == "contravention"
    text = ("Our privacy policy may change from time to time. We will obtain your opt-in consent for any updates to this "
            "Privacy Policy that materially expand the use of your personal information.")
    assert verdicts(text, "en")["policy-changes"].verdict == "met"


# --- the policy's own date (the law in force at as_of) --------------------------------------------------
def test_valid_since_dates_the_policy_but_not_an_offer() -> None:
    assert dates_found("Private policy\nValid since Nov. 12th, 2012\nPurpose", "en") == [("2012-11-12", "effective", None)]
    assert dates_found("This coupon is valid from March 1, 2020 to April 1.", "en") == []
