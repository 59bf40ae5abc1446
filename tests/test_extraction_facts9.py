"""Causes of extraction errors seen on fresh real English policies (issue 16, helper facts9).

Each rule is tested with the wording it is for and a near miss beside it that must not match. The texts are
written for these tests, not taken from any corpus. Where the rule is a statement about English grammar only
(a run-on cut, an English verb form) the near misses are English; where the rule is about what a clause means,
another language's wording is checked to stay as it was.
"""
from __future__ import annotations

import pytest

from tests.test_extract_scalars_fresh import facts


# --- run-on cut: "to enable you to use the app, to personalise ..." --------------------------------------------
# "you to use" is the object of "enable/allow/help" with its infinitive, never a new clause's subject; cutting
# there left the purposes after it without their "we may use" and they were lost.
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("When you use the Acme apps, we may use the device identifiers to make it easier to reach the apps, help us "
         "recognise you across different Acme apps, to enable you to use the Acme apps, to personalise your "
         "experience, to increase security, measure the use of our apps and serve advertising.", True),
    ],
)
def test_object_infinitive_after_enable_is_no_clause_cut(text: str, found: bool) -> None:
    assert ("EnforceSecurity" in facts(text, "en")["purposes"]) is found


@pytest.mark.parametrize(
    ("gap", "cut"),
    [
        ("help us recognise you across devices, to enable you to use the apps", False),
        ("help us recognise you across devices, to allow you to share content", False),
        # near miss: a finite verb after "you" is a new clause, cut as before
        ("help us recognise you across devices you may use the settings page", True),
    ],
)
def test_runon_boundary_skips_object_infinitive(gap: str, cut: bool) -> None:
    from policykg.ingest.extract.cues import lexicon

    pattern = lexicon("en").runon
    assert pattern is not None
    assert (pattern.search(gap) is not None) is cut


# --- vocabulary: verb series ending in an app, usage "how and when", increase security -------------------------
@pytest.mark.parametrize(
    ("text", "field", "key", "found"),
    [
        ("We may use this information to provide, maintain, improve and modify the Applications.", "purposes",
         "ServiceProvision", True),
        ("We use this information to operate and maintain our website.", "purposes", "ServiceProvision", True),
        # near miss: "provide" with another object is not providing the service
        ("We may use this information to provide you with a link to our website.", "purposes", "ServiceProvision",
         False),
        ("We also collect information about how and when you use the app.", "data_categories",
         "ServiceConsumptionBehaviour", True),
        ("We collect information about how often you use a feature.", "data_categories",
         "ServiceConsumptionBehaviour", True),
        # near miss: "when you use" alone only dates a collection
        ("We collect your e-mail address when you use the app.", "data_categories", "ServiceConsumptionBehaviour",
         False),
        ("We may use device identifiers to increase security.", "purposes", "EnforceSecurity", True),
        ("We may use device identifiers to increase sales.", "purposes", "EnforceSecurity", False),
        ("Our systems log your browser, operating system and IP address.", "data_categories", "UserAgent", True),
        ("We collect the IP address, the browser being used at the time and the operating system.", "data_categories",
         "UserAgent", True),
        # near miss: a browser named as a tool the user handles is no data about it
        ("You can delete cookies in your browser.", "data_categories", "UserAgent", False),
        ("We collect only your name and e-mail addres.", "data_categories", "EmailAddress", True),
        ("We collect information such as which types of apps you're interested in.", "data_categories", "Interest",
         True),
        ("Emails we send may tell us whether you opened the email or clicked a link in it.", "data_categories",
         "LinkClicked", True),
        ("We collect your name and e-mail address.", "data_categories", "LinkClicked", False),
    ],
)
def test_vocabulary_wordings(text: str, field: str, key: str, found: bool) -> None:
    assert (key in facts(text, "en")[field]) is found


# --- "resume": the noun is a CV, the verb is not --------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("When you apply for a job we collect your resume and cover letter.", True),
        ("We collect the files you attach to the application form, like your resume.", True),
        # near misses: the verb
        ("We store your progress so that you can resume watching the movie where you left off.", False),
        ("Cookies let the download resume after an interruption and we collect your IP address.", False),
    ],
)
def test_resume_is_work_history_only_as_a_noun(text: str, found: bool) -> None:
    assert ("WorkHistory" in facts(text, "en")["data_categories"]) is found


# --- a bare "delivery" is of goods only when no other noun says what is delivered ----------------------------------
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("We use your postal address for delivery.", True),
        ("We use your information for advertising delivery and to measure it.", False),
        ("We use your e-mail address for email delivery.", False),
        ("We use your postal address for the delivery of your order.", True),
    ],
)
def test_delivery_of_goods_not_ads(text: str, found: bool) -> None:
    assert ("DeliveryOfGoods" in facts(text, "en")["purposes"]) is found


# --- sharing conditions: the user's instruction, physical harm, lead-in list items ---------------------------------
@pytest.mark.parametrize(
    ("text", "lang", "key", "found"),
    [
        ("We will not share this information with an advertiser unless you tell us to.", "en", "consent", True),
        ("We will not provide your data to advertisers unless you expressly authorize us to do so.", "en", "consent",
         True),
        # near miss: "unless you tell us not to" is an opt-out, not consent
        ("We share your e-mail address with partners unless you tell us not to.", "en", "consent", False),
        ("We will not share your data with third parties unless you give us consent to do so or unless we are "
         "obligated by law.", "en", "legal-obligation", True),
        ("We may disclose information when we believe it is necessary to prevent imminent physical harm.", "en",
         "vital-interests", True),
        ("We may disclose information to protect our property from harm.", "en", "vital-interests", False),
        ("We may also share your personal information:\n* When you agreed to the sharing\n* Within the Acme family "
         "of companies\n* If we merge with or are acquired by another company.", "en", "affiliates", True),
        ("We may also share your personal information:\n* When you agreed to the sharing\n* If we merge with or are "
         "acquired by another company.", "en", "merger-acquisition", True),
        ("We may also share your personal information when you agreed to the sharing.", "en", "consent", True),
        # near miss: the user agreeing not to do something is no consent to sharing
        ("We may share your personal information with partners if you agreed not to opt out.", "en", "consent", False),
        ("Comcast may also share non-PII elements of your data with third parties.", "en", "anonymised", True),
        ("Comcast may share your PII with third parties.", "en", "anonymised", False),
        # the same meanings in Spanish are read by that language's own wording, unchanged by these English rules
        ("No compartiremos sus datos con terceros sin su consentimiento.", "es", "consent", True),
        ("Podemos compartir sus datos con proveedores de servicios.", "es", "consent", False),
    ],
)
def test_sharing_conditions(text: str, lang: str, key: str, found: bool) -> None:
    assert (key in facts(text, lang)["disclosure_conditions"]) is found


@pytest.mark.parametrize(
    ("text", "key", "found"),
    [
        ("We may share your personal information within the Acme family of companies.", "affiliates", True),
        ("We may share your information if we merge with or are acquired by another company.", "successors", True),
        ("We may share your information with another company that helps us send e-mails.", "successors", False),
    ],
)
def test_recipients_named_in_conditions(text: str, key: str, found: bool) -> None:
    assert (key in facts(text, "en")["recipients"]) is found


# --- rights named with other objects ---------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "key", "found"),
    [
        ("You may have the right to access the information we hold about you, correct mistakes in that information, "
         "and to delete personal information that we no longer need.", "rectification", True),
        ("You may have the right to access the information we hold about you, correct mistakes in that information, "
         "and to delete personal information that we no longer need.", "erasure", True),
        ("To deactivate your Acme ID account, please email us.", "account-cancellation", True),
        # near miss: deleting information in an account is not closing it
        ("You may update, correct or delete your website account information by signing in.", "account-cancellation",
         False),
    ],
)
def test_rights_with_other_objects(text: str, key: str, found: bool) -> None:
    assert (key in facts(text, "en")["rights"]) is found


# --- laws: the plural "Acts" ------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("We process your information in accordance with the Irish Data Protection Acts 1988 and 2003.", True),
        ("We act to protect your data.", False),
    ],
)
def test_data_protection_acts(text: str, found: bool) -> None:
    assert ("other" in facts(text, "en")["laws_cited"]) is found


# --- storage location: "countries, including X", "in particular, the US" ------------------------------------------
@pytest.mark.parametrize(
    ("text", "location"),
    [
        ("Your information may be stored and processed in any country where we have facilities, and you consent to "
         "the transfer of your information to countries, including the United States, outside your country.", "US"),
        ("The information we collect may be transferred to, and stored at, a destination outside of your country and "
         "the European Economic Area (\"EEA\") and, in particular, the US, which may have other laws.", "US"),
        ("In order to use our apps, you authorize Acme to transfer your personal information across national borders "
         "and to other countries where Acme operates, including the United States.", "US"),
        # near misses: users from a country are no storage place; "US" as the pronoun in capitals is no country
        ("Users from many countries, including the United States, enjoy our app and we store their data.", None),
        ("PLEASE CONTACT US. WE STORE YOUR DATA IN OUR DATA CENTERS AND MAY TRANSFER IT TO OTHER COUNTRIES.", None),
    ],
)
def test_storage_location_in_a_country_list(text: str, location: str | None) -> None:
    assert facts(text, "en")["cross_border"]["storage_location"] == location


# --- implied consent: use in a when-clause or an in-order-to clause -------------------------------------------------
@pytest.mark.parametrize(
    ("text", "implied"),
    [
        ("When you use the services that post this Privacy Policy, you are agreeing that the policy applies to you.",
         True),
        ("In order to use our apps and websites, you authorize Acme to transfer your personal information abroad.",
         True),
        # near misses: a user duty, and consent asked for (not deemed)
        ("When you use the services, you agree not to upload unlawful content.", False),
        ("To use the app, you must agree to the terms of service.", False),
        ("When you use the app, we ask for your consent before we collect your location.", False),
    ],
)
def test_implied_consent_by_use(text: str, implied: bool) -> None:
    assert facts(text, "en")["implied_consent"] is implied


# --- security: "control access to" is a measure; the user's own control of a profile is not ------------------------
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("We use industry standard approaches to securely store, control access to, and make appropriate use of "
         "your data.", True),
        ("You can control access to your profile in the privacy settings.", False),
    ],
)
def test_control_access_measure(text: str, found: bool) -> None:
    assert ("access-control" in facts(text, "en")["security_measures"]) is found


# --- batch 3: good faith is no religion; glossed acronyms; clicks; passive keeping; the controller's group --------
@pytest.mark.parametrize(
    ("text", "field", "key", "found"),
    [
        ("We may disclose your information if we have a good faith belief that disclosure is necessary.",
         "data_categories", "Religion", False),
        ("We do not collect information about your faith or political views.", "data_categories", "Religion", False),
        ("We may collect sensitive data such as your religious beliefs or faith when you join a group.",
         "data_categories", "Religion", True),
        ("We collect information about device properties, including Media Access Control (\"MAC\") address.",
         "data_categories", "MACAddress", True),
        ("We collect your device's access control settings.", "data_categories", "MACAddress", False),
        ("We record the duration of your visits and actions in them, such as clicks on certain items.",
         "data_categories", "LinkClicked", True),
        ("We collect your user-name and password.", "data_categories", "Username", True),
        ("Other information such as user names may be saved to follow up on your requests.", "data_categories",
         "Username", True),
        # near miss: what stays on the user's own device is not collected
        ("Photos you take with the app are stored on your device's memory card, not on our servers.",
         "data_categories", "Picture", False),
    ],
)
def test_batch3_vocabulary(text: str, field: str, key: str, found: bool) -> None:
    assert (key in facts(text, "en")[field]) is found


@pytest.mark.parametrize(
    ("text", "field", "key", "found"),
    [
        ("This policy explains how information is collected, used and disclosed by Acme, LLC and any parent or "
         "subsidiary (collectively, “Acme”) when you use the services.", "recipients", "affiliates", False),
        ("We may disclose your information to our parent or subsidiary companies.", "recipients", "affiliates", True),
        ("We may disclose your information to protect Acme, its users and others from harm.", "disclosure_conditions",
         "protect-rights", True),
        ("If a third party acquires some or all of our business or assets, we may disclose your information in "
         "connection with the sale.", "disclosure_conditions", "merger-acquisition", True),
        ("If a third party acquires some or all of our business or assets, we may disclose your information in "
         "connection with the sale.", "recipients", "successors", True),
        ("We may disclose information to comply with any law, legal process or governmental request.", "recipients",
         "authorities", True),
        ("If you wish to have the information we collect about you updated or deleted, please contact us.", "rights",
         "erasure", True),
        ("If you wish to have the information we collect about you updated or deleted, please contact us.", "rights",
         "rectification", True),
        ("We have the information you give us checked by our staff.", "rights", "erasure", False),
    ],
)
def test_batch3_sharing_and_rights(text: str, field: str, key: str, found: bool) -> None:
    assert (key in facts(text, "en")[field]) is found


@pytest.mark.parametrize(
    ("text", "stated"),
    [
        ("We may retain information about you for legitimate business purposes or as required by law.", True),
        ("We use information about you for legitimate business purposes.", False),
    ],
)
def test_retention_for_business_purposes(text: str, stated: bool) -> None:
    assert facts(text, "en")["retention"]["stated"] is stated


# --- batch 4: curly apostrophes, the controller's group as subject, transmit to third parties, kept until asked ------
@pytest.mark.parametrize(
    ("text", "field", "key", "found"),
    [
        ("We comply with the Children’s Online Privacy Protection Act.", "laws_cited", "other", True),
        ("We comply with the CAN-SPAM Act.", "laws_cited", "other", True),
        ("We protect children online.", "laws_cited", "other", False),
        ("This statement covers all websites owned or operated by Acme, Inc. and its subsidiaries and corporate "
         "affiliates.", "recipients", "affiliates", False),
        ("2. IDENTIFIERS. Acme Technologies and its subsidiaries may collect your location and transmit that "
         "information to third-party service providers.", "recipients", "affiliates", False),
        ("2. IDENTIFIERS. Acme Technologies and its subsidiaries may collect your location and transmit that "
         "information to third-party service providers.", "recipients", "service-providers", True),
        # near miss: the group named as a receiving party is a recipient
        ("We may share your information with our subsidiaries and corporate affiliates.", "recipients", "affiliates",
         True),
        # near miss: data sent to the company itself is no sharing
        ("Your device may transmit your location to our servers.", "recipients", "service-providers", False),
        ("We may disclose information to protect or defend Acme’s, or a third party’s, rights or property.",
         "disclosure_conditions", "protect-rights", True),
        ("We may disclose information to protect someone’s health or safety.", "disclosure_conditions",
         "vital-interests", True),
        ("We will provide your information to the third-party provider at your request.", "disclosure_conditions",
         "consent", True),
        ("Third parties with whom we partner use Flash cookies to collect information.", "tracking", "local-storage",
         True),
        ("Third parties with whom we partner use browser cookies to collect information.", "tracking",
         "local-storage", False),
        ("Acme provides users the following options for changing and modifying information previously submitted.",
         "rights", "rectification", True),
    ],
)
def test_batch4_rules(text: str, field: str, key: str, found: bool) -> None:
    assert (key in facts(text, "en")[field]) is found


@pytest.mark.parametrize(
    ("text", "stated"),
    [
        ("We retain your personal information for continued service until you advise us not to do so.", True),
        ("We use your personal information for continued service until you advise us not to do so.", False),
    ],
)
def test_retention_until_asked(text: str, stated: bool) -> None:
    assert facts(text, "en")["retention"]["stated"] is stated
