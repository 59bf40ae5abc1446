"""Rules found by reading ``check`` on English app policies it had never seen (issue 15, helper lawmix),
each as a PRC data-protection lawyer states it, with a look-alike that must be judged the other way.

All sentences are written for these tests (English, with Spanish and Russian where the rule is linguistic).
"""
from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest


from compliance_judging import verdicts

sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_extract_dates_real import found as dates_found  # noqa: E402


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


# --- second batch (issue 15, lawmix): rules read on further English app policies ------------------------
def test_adopted_as_of_dates_the_policy_but_not_a_law() -> None:
    text = "Our privacy policy, which we, Bleu Jeux OU, adopted as of August 17, 2015, sets out how we work."
    assert dates_found(text, "en") == [("2015-08-17", "effective", None)]
    assert dates_found("The GDPR was adopted on 27 April 2016.", "en") == []


def test_use_refused_to_whoever_objects_to_the_processing_is_bundling() -> None:
    text = "If you object to your data being used as described in this Policy, please do not use any Application."
    assert verdicts(text, "en")["bundled-consent"].verdict == "contravention"
    assert verdicts("If you object to marketing, you can opt out in the settings.", "en")["bundled-consent"].verdict != "contravention"


def test_non_personally_identifiable_ip_addresses_are_personal_information() -> None:
    text = "We share non-personally-identifiable information (such as cookies, IP addresses, browser type) with partners."
    assert verdicts(text, "en")["de-identified-data"].verdict == "contravention"


@pytest.mark.parametrize("text", [
    "We use encryption. We cannot ensure the security of information you disclose, and you do so entirely at your own risk.",
    "We use encryption. We are not responsible for third party circumvention of our security measures.",
])
def test_putting_the_risk_of_a_breach_on_the_user_is_a_disclaimer(text: str) -> None:
    assert verdicts(text, "en")["security-measures"].verdict == "contravention"


def test_a_caveat_that_no_method_is_perfectly_secure_is_no_disclaimer() -> None:
    text = "We use encryption. No method of transmission over the Internet is completely secure."
    assert verdicts(text, "en")["security-measures"].verdict == "met"


def test_a_notice_we_only_may_attempt_is_no_commitment_to_notify() -> None:
    assert verdicts("If we learn of a breach, we may attempt to notify you.", "en")["incident-notification"].verdict == "omission"
    assert verdicts("If a breach occurs, we will notify you promptly.", "en")["incident-notification"].verdict == "met"


def test_apps_are_offered_to_individuals_who_may_be_children() -> None:
    assert verdicts("Our apps collect your e-mail address.", "en")["minors"].verdict == "omission"
    assert verdicts("We collect your e-mail address to answer questions.", "en")["minors"].verdict == "review"


def test_remarketing_is_profiling_and_an_opt_out_of_customized_ads_declines_it() -> None:
    text = "We use remarketing services to show you our ads on other sites based on your past visits."
    assert verdicts(text, "en")["automated-decision"].verdict == "contravention"
    optout = text + " To opt out of customized ads, visit the Ads Preferences Manager."
    assert verdicts(optout, "en")["automated-decision"].verdict == "met"


def test_personal_data_made_available_to_the_public_but_not_aggregate_statistics() -> None:
    text = "Your profile picture and game name may also be made available to the public on third party services."
    assert verdicts(text, "en")["public-disclosure"].verdict == "contravention"
    assert verdicts("Aggregated statistics may be made available to the public.", "en")["public-disclosure"].verdict != "contravention"


def test_a_personal_identification_number_is_sensitive() -> None:
    assert verdicts("You provide your name and personal identification number when you register.", "en")[
        "sensitive-pi-consent"].verdict == "contravention"
    assert verdicts("You provide your name when you register.", "en")["sensitive-pi-consent"].verdict == "not-applicable"


def test_retention_after_the_account_is_deleted_with_no_period_is_open_ended() -> None:
    text = "Some of your information may be retained in our archived records after your account has been deleted."
    assert verdicts(text, "en")["retention-period"].verdict == "contravention"
    near = "We retain backups for 30 days after your account has been deleted."
    assert verdicts(near, "en")["retention-period"].verdict != "contravention"


def test_access_that_signifies_acceptance_of_the_amended_policy_binds_and_is_quoted_first() -> None:
    text = ("This Privacy Policy may be revised periodically. "
            "Your access of the Services signifies your acceptance of this Privacy Policy as amended.")
    v = verdicts(text, "en")["policy-changes"]
    assert v.verdict == "contravention" and v.quotes[0].text.startswith("Your access")


def test_a_security_assessment_of_something_else_is_no_pipl38_route() -> None:
    text = ("Users may submit Wi-Fi hotspots, and we run a security assessment of each hotspot.\n"
            "About us\nOur company is based in Prague.\nThe weather is fine.\n"
            "Your data is stored on our servers in Singapore.\n")
    assert verdicts(text, "en")["cross-border-mechanism"].verdict == "contravention"
    named = "Your data is transferred abroad to our headquarters only after we pass the CAC security assessment."
    assert verdicts(named, "en")["cross-border-mechanism"].verdict == "met"


def test_a_measure_under_the_security_heading_is_quoted_first() -> None:
    text = ("Surveys\nWe may ask about your prior antivirus program.\n"
            "Information Security\nWe use firewalls and encryption to protect your data.\n")
    v = verdicts(text, "en")["security-measures"]
    assert v.verdict == "met" and "firewalls" in v.quotes[0].text


def test_phone_numbers_as_a_kind_of_data_are_no_contact() -> None:
    assert verdicts("Acme Ltd. may ask for your phone number(s).", "en")["handler-identity"].verdict == "omission"
    assert verdicts("Acme Ltd. Phone: (010) 1234 5678", "en")["handler-identity"].verdict == "met"


def test_a_must_disclose_list_with_defending_ourselves_in_a_lawsuit() -> None:
    head = "We must disclose your personal information in response to the following: (1) a court order; "
    assert verdicts(head + "(2) if necessary to defend ourselves in a lawsuit.", "en")["legal-basis"].verdict == "contravention"
    assert verdicts(head + "(2) a government request.", "en")["legal-basis"].verdict != "contravention"


# --- third batch (issue 15, lawmix) ---------------------------------------------------------------------
def test_a_policy_that_holds_nothing_has_nothing_to_keep_or_secure() -> None:
    text = ("We do not collect or store any information on your use of our apps.\n"
            "We may amend this policy. Use of information we collect is subject to the policy in effect at that time such information is collected.\n")
    v = verdicts(text, "en")
    for key in ("retention-period", "rights-exercise", "security-measures", "incident-notification"):
        assert v[key].verdict == "not-applicable", key
    # "we do not collect personal information" beside "we collect your device number" holds data
    near = "We do not collect any personal information. We collect your device number and IP address."
    assert verdicts(near, "en")["retention-period"].verdict == "omission"


def test_consent_for_additional_use_after_a_change_is_fresh_consent() -> None:
    text = ("We may amend this Privacy Policy from time to time. Use of information we collect is subject to the "
            "Privacy Policy in effect at the time it is collected unless you consent to additional use.")
    assert verdicts(text, "en")["policy-changes"].verdict == "met"
    assert verdicts("We may amend this Privacy Policy from time to time.", "en")["policy-changes"].verdict == "contravention"


def test_information_that_will_only_be_used_for_a_purpose_states_it() -> None:
    text = "The information we may get is limited to your name and e-mail. Such information will only be used for contacting you."
    assert verdicts(text, "en")["processing-scope"].verdict == "met"
    assert verdicts("The information we may get is limited to your name and e-mail.", "en")["processing-scope"].verdict == "omission"


def test_a_period_of_time_is_no_retention_period_and_keeping_data_for_a_return_is_open_ended() -> None:
    assert verdicts("We may retain your e-mail for a period of time.", "en")["retention-period"].verdict == "omission"
    assert verdicts("We retain your e-mail for a period of time necessary for the purpose.", "en")["retention-period"].verdict == "met"
    text = "If you leave, we will keep a copy of your registration file in the event you wish to rejoin our service."
    assert verdicts(text, "en")["retention-period"].verdict == "contravention"


def test_submitting_data_as_consent_and_use_as_assent_are_consent_by_use() -> None:
    for text in ("By submitting your personal information, you shall be consenting to its processing by our affiliates.",
                 "By using this site, you signify your assent to our privacy policy."):
        assert verdicts(text, "en")["consent-by-use"].verdict == "contravention", text
    assert verdicts("By clicking Agree, you consent to this policy.", "en")["consent-by-use"].verdict != "contravention"


def test_collecting_for_a_newsletter_you_subscribe_to_is_no_disclosure_on_a_research_ground() -> None:
    text = "If you choose to provide us personal information to subscribe to our newsletter, we may collect message statistics."
    assert verdicts(text, "en")["legal-basis"].verdict != "contravention"


def test_content_shown_on_what_you_view_is_personalisation() -> None:
    text = "We use Flash cookies to display content based upon what you view on our site to personalize your visit."
    assert verdicts(text, "en")["automated-decision"].verdict == "contravention"


@pytest.mark.parametrize("text", [
    "Your enquiry may be passed to Group affiliates, some of which may be based in countries that do not have data protection laws.",
    "Your data may be stored and processed where our affiliates maintain facilities.",
])
def test_affiliates_in_countries_without_protection_is_a_transfer_abroad(text: str) -> None:
    assert verdicts(text, "en")["cross-border-mechanism"].verdict == "contravention"


def test_access_limited_to_employees_who_need_it_is_a_measure() -> None:
    text = "We limit access to personal information about you to employees who reasonably need it."
    assert verdicts(text, "en")["security-measures"].verdict == "met"
    assert verdicts("We care about the confidentiality of your information.", "en")["security-measures"].verdict == "omission"


@pytest.mark.parametrize(("text", "expected"), [
    ("Acme Legal\nhelp@acme.example.org\nUpdated March 23, 2016 by the legal team", ("2016-03-23", "last_updated", None)),
    ("This privacy policy was last updated on 27-08-2016. It may change.", ("2016-08-27", "last_updated", None)),
    ("Acme, Inc. Privacy Policy Effective November 22, 2016.\n", ("2016-11-22", "effective", None)),
    ("The Korean text prevails.\n\nRegulation date : Oct 1st 2015\n", ("2015-10-01", "effective", None)),
    ("Notes\n\nLast date of modification: September 7, 2013\n", ("2013-09-07", "last_updated", None)),
    ("This policy shall enter into effect on October 17, 2016.", ("2016-10-17", "effective", None)),
])
def test_version_dates_as_app_policies_write_them(text: str, expected: tuple) -> None:
    assert dates_found(text, "en")[0] == expected


@pytest.mark.parametrize("text", [
    "We updated our systems on March 3, 2016 to add encryption.",
    "Call 12-05-2016 for help.",
])
def test_a_date_in_passing_is_no_version_date(text: str) -> None:
    assert dates_found(text, "en") == []


def test_the_version_in_force_is_the_later_of_effective_and_updated(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from policykg.cli import cli
    from policykg.compliance.check import list_policies
    from policykg.store.oxigraph_store import OxigraphStore

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "league.txt").write_text("League Privacy Policy\n\nEffective Date: August 16, 2001\nUpdated: December 19, 2016\n\n"
                                       "We collect your e-mail address to send you news.\n", encoding="utf-8")
    (folder / "later.txt").write_text("Later Privacy Policy\n\nLast updated: 1 May 2023\nThis policy takes effect on 1 June 2023.\n\n"
                                      "We collect your e-mail address to send you news.\n", encoding="utf-8")
    store = tmp_path / "store"
    done = CliRunner().invoke(cli, ["--store", str(store), "ingest", "-q", str(folder)])
    assert done.exit_code == 0, done.output
    stated = {p.file: p.stated_date for p in list_policies(OxigraphStore(store))}
    assert stated == {"league.txt": "2016-12-19", "later.txt": "2023-06-01"}


# --- met only with a quote that shows it (read on the undated APP-350 dev policies) ---------------------
@pytest.mark.parametrize(("text", "lang"), [
    ("We collect your IP address and Media Access Control (MAC) address when you launch the app.", "en"),
    ("Estudiamos las preferencias de los usuarios y otra información en conjunto.", "es"),
])
def test_a_data_category_or_a_word_inside_a_word_is_no_security_measure(text: str, lang: str) -> None:
    assert verdicts(text, lang)["security-measures"].verdict == "omission"


@pytest.mark.parametrize(("text", "lang"), [
    ("We restrict access control to authorised staff and encrypt data at rest.", "en"),
    ("Utilizamos cifrado SSL y formación del personal para proteger sus datos.", "es"),
])
def test_real_measures_still_count(text: str, lang: str) -> None:
    assert verdicts(text, lang)["security-measures"].verdict == "met"


def test_asking_the_child_to_get_permission_is_no_guardian_consent_obtained() -> None:
    text = "Our game is for everyone. If you are under 15, please ask your legal guardian's permission to use the app."
    assert verdicts(text, "en")["minors"].verdict == "contravention"


def test_not_offering_a_service_to_children_is_no_promise_not_to_collect() -> None:
    assert verdicts("Our apps are games. We do not provide services to children.", "en")["minors"].verdict != "met"
    assert verdicts("Our apps are games. We do not collect personal information from children.", "en")["minors"].verdict == "met"


# --- fourth batch (issue 15, lawmix) --------------------------------------------------------------------
def test_last_changed_on_dates_the_policy() -> None:
    text = "We (Acme NV and our affiliates) last changed our privacy policy on October 15th, 2015."
    assert dates_found(text, "en") == [("2015-10-15", "last_updated", None)]


def test_retention_for_the_duration_of_the_membership_is_a_criterion() -> None:
    text = "We will retain your information for the duration of your membership and delete it after."
    assert verdicts(text, "en")["retention-period"].verdict == "met"
    near = "We store the child's e-mail address for the duration of the promotion."
    assert verdicts(near, "en")["retention-period"].verdict == "omission"


def test_might_include_but_not_be_limited_to_leaves_the_categories_open() -> None:
    text = "We will collect personal information that might include, but is not be limited to, your account ID."
    assert verdicts(text, "en")["processing-scope"].verdict == "contravention"


def test_showing_contact_details_to_other_players_is_public_disclosure() -> None:
    text = "We may use your information to display your username and contact details to other players."
    assert verdicts(text, "en")["public-disclosure"].verdict == "contravention"
    assert verdicts("We may use your information to display your username to other players.", "en")[
        "public-disclosure"].verdict != "contravention"


def test_aggregate_data_that_does_not_identify_is_anonymous() -> None:
    text = "We may disclose generic non-personal information in the aggregate (that does not identify you) to advertisers."
    assert verdicts(text, "en")["de-identified-data"].verdict != "contravention"
    assert verdicts("We may disclose non-personal information such as your device ID to advertisers.", "en")[
        "de-identified-data"].verdict == "contravention"


def test_the_sentence_that_collects_card_data_is_quoted_before_the_one_that_encrypts_it() -> None:
    text = ("When you sign up for premium services, you will be asked to enter your credit card information.\n"
            "We use SSL to encrypt the transmission of your credit card information.\n")
    v = verdicts(text, "en")["sensitive-pi-consent"]
    assert v.verdict == "contravention" and "asked to enter" in v.quotes[0].text


def test_advertising_is_a_purpose_not_a_recipient() -> None:
    text = "Our systems analyze messages to provide personally relevant features, to match and serve targeted advertising."
    assert verdicts(text, "en")["sharing-separate-consent"].verdict != "contravention"
    shared = "We may share keywords and product identification numbers with third parties to provide targeted ads."
    assert verdicts(shared, "en")["sharing-separate-consent"].verdict == "contravention"


def test_a_promise_not_to_share_without_consent_lists_no_exception() -> None:
    text = "Heading\nYour personal information is not directly shared with third parties without your consent.\nHeading two\n"
    assert verdicts(text, "en")["gbt-sharing-exceptions"].verdict != "met"


def test_a_registered_user_service_is_open_to_individuals() -> None:
    assert verdicts("To use Acme Mail, you must be a registered Acme user.", "en")["minors"].verdict == "omission"


@pytest.mark.parametrize(("text", "near", "lang"), [
    ("Utilizamos cifrado. No podemos garantizar la seguridad de la información que usted transmite, y lo hace bajo su propio riesgo.",
     "Utilizamos cifrado. Ningún método de transmisión por Internet es completamente seguro.", "es"),
    ("Мы используем шифрование. Мы не можем гарантировать безопасность передаваемых данных, вы передаёте их на свой страх и риск.",
     "Мы используем шифрование. Ни один способ передачи данных через Интернет не является полностью безопасным.", "ru"),
    ("Məlumatları şifrələyirik. Təhlükəsizliyə zəmanət vermirik, məlumatları öz riskinizlə ötürürsünüz.",
     "Məlumatları şifrələyirik. İnternet vasitəsilə heç bir ötürmə üsulu tam təhlükəsiz deyil.", "az"),
])
def test_the_risk_of_a_breach_put_on_the_user_in_other_languages(text: str, near: str, lang: str) -> None:
    assert verdicts(text, lang)["security-measures"].verdict == "contravention"
    assert verdicts(near, lang)["security-measures"].verdict == "met"


def test_provision_to_third_parties_with_no_consent_in_sight_is_outside_the_sharing_list() -> None:
    shared = "Acme may share the personal data with certain third parties to provide updated services."
    assert verdicts(shared, "en")["gbt-sharing-exceptions"].verdict == "contravention"
    for near in ("With your agreement we may disclose your information to hotel and car hire providers.",
                 "We may be forced to disclose information to the government or to third parties.",
                 "Cookies are small files that a site or its service provider transfers to your computer's hard drive."):
        assert verdicts(near, "en")["gbt-sharing-exceptions"].verdict != "contravention", near


def test_usage_considered_as_acceptance_is_consent_by_use() -> None:
    text = "Such changes take effect when published and your usage of the site will be considered as acceptance of the new policy."
    assert verdicts(text, "en")["consent-by-use"].verdict == "contravention"
    assert verdicts("Your usage statistics will be considered in our planning.", "en")["consent-by-use"].verdict != "contravention"


def test_information_recorded_such_as_leaves_the_categories_open() -> None:
    text = "When you play, we may record certain information about your activity such as the levels you reach."
    assert verdicts(text, "en")["processing-scope"].verdict == "contravention"


def test_use_construed_as_consent_to_other_agreements_is_not_the_change_clause() -> None:
    text = ("Acme may update this Agreement at any time without special notice. "
            "Users may use each service, and such use shall be construed as consent to each service agreement.")
    v = verdicts(text, "en")["policy-changes"]
    assert v.verdict == "contravention" and v.quotes[0].text.startswith("Acme may update")


# --- merge regression (lawmix2): "legal process" is a court's demand, not processing; a law "within or
# outside your country" says which law compels, not where the data goes ------------------------------------
def test_legal_process_under_a_foreign_law_is_no_transfer_abroad() -> None:
    text = ("We may share your data in these cases:\n- under the applicable law inside or outside your country of "
            "residence, legal process or court requests;\n- with your consent.")
    assert verdicts(text, "en")["cross-border-mechanism"].verdict == "not-applicable"
    near = ("We may share your data in these cases:\n- with your consent;\n- with our hosting providers, which may "
            "process it outside your country of residence.")
    assert verdicts(near, "en")["cross-border-mechanism"].verdict == "contravention"


# --- the open list that leaves data open is quoted first, however many words it takes to name the data -----
GROUPS = "We collect what you tell us when you join groups, including but not limited to chess clubs and sports teams. "


@pytest.mark.parametrize("data", [
    "The app may also collect certain information automatically, including, but not limited to, the type of mobile "
    "device you use and its operating system.",
    "We also collect information about you, including, but not limited to:\n- the type of mobile device you use;\n- its operating system.",
])
def test_open_list_of_data_is_quoted_before_an_open_list_of_other_things(data: str) -> None:
    v = verdicts(GROUPS + data, "en")["processing-scope"]
    assert v.verdict == "contravention" and v.quotes[0].text.startswith(data[:20])
    # the list of clubs alone still leaves the scope open, but it is then the only quote
    alone = verdicts(GROUPS, "en")["processing-scope"]
    assert all(q.text.startswith("We collect what") for q in alone.quotes)


# --- the case that bypasses consent is quoted before the case that asks for it -----------------------------
def test_sharing_quotes_the_case_without_consent_before_the_consented_one() -> None:
    cases = ("We will not disclose your personal information to anyone except in the following cases:\n"
             "1. where you consent to share the information with a third party;\n2. {case}.")
    v = verdicts(cases.format(case="to safeguard the legitimate rights and interests of Acme"), "en")["sharing-separate-consent"]
    assert v.verdict == "contravention" and v.quotes[0].text.startswith("to safeguard")
    near = verdicts(cases.format(case="as required by law"), "en")["sharing-separate-consent"]
    assert not any(q.text.startswith("to safeguard") for q in near.quotes)


# --- batch 6 (lawmix2): refusing the policy means leaving the whole service, whoever refuses and however ----
@pytest.mark.parametrize("text,lang", [
    ("If you choose not to accept these terms, please do not use our apps or websites.", "en"),
    ("If you, or where relevant your parent, disagree with any term of this policy, you may not install or use the app.", "en"),
    ("If you do not agree with the terms set out in this privacy policy we ask that you immediately cease using the website and the games.", "en"),
    ("Si usted o, en su caso, su tutor legal no acepta alguno de estos términos, no podrá instalar ni usar la aplicación.", "es"),
    ("Если вы или ваш законный представитель не согласны с каким-либо условием, вы не можете устанавливать и использовать приложение.", "ru"),
])
def test_refusing_the_policy_means_leaving_the_service(text: str, lang: str) -> None:
    assert verdicts(text, lang)["bundled-consent"].verdict == "contravention"


@pytest.mark.parametrize("text,lang", [
    ("If you do not agree to receive newsletters, you can unsubscribe at any time.", "en"),
    ("If you do not provide your e-mail address, you may not use the chat function, but the other features remain available.", "en"),
    ("If you disagree with a decision about your account, you may contact us.", "en"),
    ("Si usted no acepta recibir boletines, puede darse de baja en cualquier momento.", "es"),
    ("Если вы не согласны с решением, вы можете обратиться к нам.", "ru"),
])
def test_refusing_one_thing_is_not_leaving_the_service(text: str, lang: str) -> None:
    assert verdicts(text, lang)["bundled-consent"].verdict != "contravention"


def test_processing_in_other_countries_is_a_transfer_abroad() -> None:
    text = "Your data may be processed where it was collected as well as in other countries."
    assert verdicts(text, "en")["cross-border-mechanism"].verdict == "contravention"
    near = "We have users in other countries and translate this policy for them."
    assert verdicts(near, "en")["cross-border-mechanism"].verdict == "not-applicable"


def test_installing_and_the_acts_after_it_deem_consent() -> None:
    text = "BY INSTALLING THE GAME ON YOUR PHONE, SIGNING IN TO, OPENING AND/OR PLAYING THE GAME, YOU AGREE TO THIS PRIVACY POLICY."
    assert verdicts(text, "en")["consent-by-use"].verdict == "contravention"
    near = "By installing the game on your phone, you will be asked whether you agree to receive push notifications."
    assert verdicts(near, "en")["consent-by-use"].verdict != "contravention"


@pytest.mark.parametrize("text,adverse", [
    ("When you browse the site, some anonymous information is collected automatically, including your Internet protocol address and browser type.", True),
    ("We do not collect anonymous information such as your IP address.", False),
    ("When you browse the site, some anonymous information is collected automatically, such as which pages are popular.", False),
    ("We use cookies and your IP address to compile aggregated statistics about visits.", False),
])
def test_identifiers_the_policy_calls_anonymous_stay_personal(text: str, adverse: bool) -> None:
    assert (verdicts(text, "en")["de-identified-data"].verdict == "contravention") is adverse


def test_data_said_to_be_not_among_what_we_collect_is_not_processed() -> None:
    shop = "When you pay in our shop, we collect your name and address. "
    text = shop + "The credit card number needed for the payment is not among the information we collect."
    assert verdicts(text, "en")["sensitive-pi-consent"].verdict == "not-applicable"
    near = "When you pay in our shop, we collect your name, address and the credit card number needed for the payment."
    assert verdicts(near, "en")["sensitive-pi-consent"].verdict == "contravention"


@pytest.mark.parametrize("text,adverse", [
    ("If you use our traffic alerts, we may collect location data from your device to show the alerts near you.", True),
    ("If you use our traffic alerts, we may collect approximate location data from your device to show the alerts in your region.", False),
    ("When you pay in our shop, we collect your name. Our partner's name may appear on your bank account statement.", False),
])
def test_device_location_is_sensitive_and_a_bank_statement_is_not_the_account(text: str, adverse: bool) -> None:
    assert (verdicts(text, "en")["sensitive-pi-consent"].verdict == "contravention") is adverse
