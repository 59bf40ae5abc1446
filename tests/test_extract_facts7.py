"""Facts read right on wording seen in fresh real English policies (issue 16, helper facts7).

Each rule is tested with the wording it is for and a near miss beside it that must not match. The texts
are written for these tests, not taken from any corpus.
"""
from __future__ import annotations

import pytest

from tests.test_extract_scalars_fresh import facts


# --- security: a disclaimer that names a threat claims no defence against it -------------------------------
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The company assumes no responsibility for losses caused by security-disrupting technologies such as malware.",
         False),
        ("We accept no liability for damage that viruses or malware may cause to your device or its security.", False),
        # near misses: a defence the company claims, also with a disclaimer word elsewhere
        ("We run anti-malware scanning on our servers to protect your data.", True),
        ("We protect our systems against malware and viruses.", True),
    ],
)
def test_disclaimer_naming_malware_claims_no_protection(text: str, found: bool) -> None:
    assert ("malware-protection" in facts(text, "en")["security_measures"]) is found


# --- security: encrypting data "that is transmitted" is encryption in transit ---------------------------------
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Our secure servers encrypt the personal information that is transmitted between you and our sites.", True),
        ("We encrypt your card details while they are being transmitted.", True),
        # near miss: encryption of stored data
        ("We encrypt the personal information that is stored in our databases.", False),
    ],
)
def test_encrypting_what_is_transmitted_is_encryption_in_transit(text: str, found: bool) -> None:
    assert ("encryption-in-transit" in facts(text, "en")["security_measures"]) is found


# --- security: contracts binding suppliers to confidentiality; only staff having access ----------------------
@pytest.mark.parametrize(
    ("text", "measure", "found"),
    [
        ("We have contracts in place with our suppliers that oblige them to protect the confidentiality of your data.",
         "confidentiality-agreement", True),
        ("Our vendors are bound by contract to maintain the confidentiality of personal information.",
         "confidentiality-agreement", True),
        ("Only qualified staff and our trusted operating partners, who help us run the app, have access to your data.",
         "access-control", True),
        # near misses: respect for confidentiality without an obligation; "only" about the user
        ("We respect the confidentiality of your personal information.", "confidentiality-agreement", False),
        ("Only you have access to the photos stored in your private album.", "access-control", False),
    ],
)
def test_confidentiality_contracts_and_staff_only_access(text: str, measure: str, found: bool) -> None:
    assert (measure in facts(text, "en")["security_measures"]) is found


# --- disclosure conditions: aggregate or anonymous data shared is shared anonymised -------------------------
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("We may share your non-personal, aggregated information with advertisers.", True),
        ("We share data with third parties where your data is on an anonymous and aggregated basis.", True),
        ("Aggregate information, such as site traffic figures, may be shared with our partners.", True),
        # near misses: the company aggregates before it shares identifiable data; a sharing without any form
        ("We aggregate information from several sources and share your profile with partners.", False),
        ("We may share your e-mail address with our partners.", False),
    ],
)
def test_aggregate_or_anonymous_sharing_is_anonymised(text: str, found: bool) -> None:
    assert ("anonymised" in facts(text, "en")["disclosure_conditions"]) is found


# --- disclosure conditions: shared "as necessary to complete your transaction" is the contract case ----------
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("We may share your information with third parties as necessary to complete your transaction or fulfil your "
         "requests.", True),
        ("We share your data where it is necessary to carry out your instructions, for example with payment processors.",
         True),
        # near misses: a legal request, and a purpose of use without any sharing
        ("We may disclose your information when required to comply with a legal request.", False),
        ("We use your address as necessary to complete your order.", False),
    ],
)
def test_sharing_needed_for_the_users_transaction_is_contract(text: str, found: bool) -> None:
    assert ("contract" in facts(text, "en")["disclosure_conditions"]) is found


# --- cross-border: a series of handling verbs with its object, then the country ------------------------------
@pytest.mark.parametrize(
    ("text", "location"),
    [
        ("We will transfer, store, and process information that we collect about you, as described in this Policy, "
         "in the United States.", "US"),
        ("Acme stores and processes your data, including the records of your orders, in Canada.", "CA"),
        # near misses: the users are in the country; the office is
        ("We process information about users in the United States and elsewhere.", None),
        ("We process information about customers in Canada to bill them.", None),
    ],
)
def test_handling_verbs_then_country_is_the_storage_location(text: str, location: str | None) -> None:
    assert facts(text, "en")["cross_border"]["storage_location"] == location


@pytest.mark.parametrize(
    ("text", "mentioned"),
    [
        ("Information may be transferred to and/or stored at worldwide destinations.", True),
        ("You authorize us to store and use the information in any country where we operate.", True),
        # near misses: where the users are; a store in a country
        ("Our games are played in any country where the app store is available.", False),
        ("We have offices at several international locations.", False),
    ],
)
def test_worldwide_destinations_and_any_country_are_a_transfer(text: str, mentioned: bool) -> None:
    assert facts(text, "en")["cross_border"]["mentioned"] is mentioned


# --- policy change: revising the "Last Update" date is how a change is made known ----------------------------
@pytest.mark.parametrize(
    ("text", "notice"),
    [
        ("We will occasionally update this Privacy Policy. When we do, we will also revise the \u201cLast Update\u201d "
         "date at the bottom of this Privacy Policy.", True),
        # near miss: a change without any word on how it is made known
        ("We will occasionally update this Privacy Policy. When we do, the new rules apply at once.", False),
    ],
)
def test_revising_the_last_update_date_is_a_change_notice(text: str, notice: bool) -> None:
    assert facts(text, "en")["policy_change_notice"] is notice


# --- selling: "PII" is personal data -----------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "sells"),
    [
        ("Your PII WILL NEVER be sold or distributed in any form.", "no"),
        ("We do not sell your PII to anyone.", "no"),
        # near miss: selling goods, not data
        ("We never sell products that are unsafe for children.", None),
    ],
)
def test_pii_is_the_object_of_selling(text: str, sells: str | None) -> None:
    assert facts(text, "en")["sells_data"] == sells


# --- rights: correcting or deleting "your PII"; deleted "as requested"; asking to "modify, correct or remove" ----
@pytest.mark.parametrize(
    ("text", "right", "found"),
    [
        ("If you wish to change or correct any of your PII, you are free to do so.", "rectification", True),
        ("If you wish, you are free to do so and your PII will be deleted, changed, or corrected as requested.",
         "erasure", True),
        ("You may ask to modify, correct or remove information with the tools of the service.", "erasure", True),
        # near misses: deletion on a schedule (retention), and a request to copy or move
        ("Log data will be deleted after 30 days.", "erasure", False),
        ("You may ask to receive, copy or transfer your information.", "erasure", False),
    ],
)
def test_rights_over_pii_and_on_request(text: str, right: str, found: bool) -> None:
    assert (right in facts(text, "en")["rights"]) is found


# --- rights: the person granting access to their data is no right of access ----------------------------------
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("When you sign up, you may grant access to certain information such as your email address.", False),
        ("You can give access to your contacts so that friends find you.", False),
        # near misses: the company grants the person access; the person may access their data
        ("We will grant you access to your personal information on request.", True),
        ("You can access your personal information in the settings.", True),
    ],
)
def test_user_granting_access_is_no_access_right(text: str, found: bool) -> None:
    assert ("access" in facts(text, "en")["rights"]) is found


# --- purposes: delivering "products or services" is providing the service, not delivering goods --------------
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("We may collect where a code was scanned to ensure that we can deliver products or services to you.", False),
        ("We use your information to deliver our products and services.", False),
        # near misses: goods delivered to the person
        ("We use your address to deliver products you ordered.", True),
        ("We use your address to deliver your orders.", True),
    ],
)
def test_delivering_products_and_services_is_no_delivery_of_goods(text: str, found: bool) -> None:
    assert ("DeliveryOfGoods" in facts(text, "en")["purposes"]) is found


# --- HTML: a short bold line of its own is a section title ---------------------------------------------------
def test_bold_line_alone_is_a_heading_in_html() -> None:
    from policykg.ingest.readers.html import read_html

    page = (b"<html><body><p><strong>Device information. </strong><br>We collect your device model.<br></p>"
            b"<p><strong>We never sell your data.</strong><br>Some text.</p>"
            b"<p>We use <b>cookies</b> on the site.</p>"
            b"<p><b>How do we use this information?</b><br>We use it to run the app.</p></body></html>")
    text = read_html(page, source="t.html").text
    assert "## Device information." in text
    assert "## How do we use this information?" in text
    # near misses: a bold sentence with a finite verb, and bold words inside a line
    assert "## We never sell" not in text and "We never sell your data." in text
    assert "We use cookies on the site." in text


# --- run-on cutting: "the information we have to ..." is a relative clause, not a new statement ---------------
@pytest.mark.parametrize(
    ("text", "purpose", "found"),
    [
        ("We conduct surveys, test features in development, and analyze the information we have to evaluate and improve "
         "products and services, develop new products or features, and conduct audits and troubleshooting activities.",
         "ImproveExistingProductsAndServices", True),
        # near miss: the statement after a real boundary stands on its own and names no data purpose
        ("Our offices are open on weekdays and our staff will gladly answer your questions by phone or by letter, and "
         "you may also visit us in person whenever you like to see how the team works and have a coffee.",
         "ImproveExistingProductsAndServices", False),
    ],
)
def test_relative_clause_after_data_noun_is_not_cut(text: str, purpose: str, found: bool) -> None:
    assert (purpose in facts(text, "en")["purposes"]) is found


# --- sharing: what the person shares "with us" is collected, so its list states purposes -------------------
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The information that you submit or share with us is used in the following ways:\n"
         "* to provide, maintain and improve the Services;\n* to communicate with you.\n", True),
        # near miss: the company shares with others in the following cases; no purposes of use there
        ("We share your information with third parties in the following ways:\n"
         "* with service providers who host the Services;\n* with advertisers.\n", False),
    ],
)
def test_shared_with_us_list_states_purposes(text: str, found: bool) -> None:
    assert ("ImproveExistingProductsAndServices" in facts(text, "en")["purposes"]) is found


def test_shared_with_us_and_then_shared_with_others_is_sharing() -> None:
    record = facts("Information you share with us may be shared with our partners.", "en")
    assert "partners" in record["recipients"]


# --- purposes: improving "the Site"; conducting customer research ------------------------------------------
@pytest.mark.parametrize(
    ("text", "purpose", "found"),
    [
        ("We use your information to operate, maintain and improve the Site and our services.",
         "ImproveExistingProductsAndServices", True),
        ("We use your information to perform analytics and conduct customer research.", "ResearchAndDevelopment", True),
        # near misses: a site that is improved by nobody's data; research the user does
        ("Links to other sites may be provided for your convenience.", "ImproveExistingProductsAndServices", False),
        ("You can research products on our site before you buy.", "ResearchAndDevelopment", False),
    ],
)
def test_improving_the_site_and_conducting_research(text: str, purpose: str, found: bool) -> None:
    assert (purpose in facts(text, "en")["purposes"]) is found


# --- disclosure: "protect and defend our rights"; "information you choose to make public"; subpoenas ----------
@pytest.mark.parametrize(
    ("text", "key", "field", "found"),
    [
        ("We may disclose your information if necessary to protect and defend our rights or property.", "protect-rights",
         "disclosure_conditions", True),
        ("We may share information that you choose to make public, such as your public profile.", "self-disclosed",
         "disclosure_conditions", True),
        ("We may disclose your information to respond to subpoenas, warrants or similar process.", "authorities",
         "recipients", True),
        # near misses: defending the user's choice is no right; the company making data public; no legal process
        ("We may share information that we choose to make public in our annual report.", "self-disclosed",
         "disclosure_conditions", False),
        ("We may disclose your information to respond to your questions.", "authorities", "recipients", False),
    ],
)
def test_protect_and_defend_self_disclosed_and_subpoenas(text: str, key: str, field: str, found: bool) -> None:
    assert (key in facts(text, "en")[field]) is found


# --- rights: a series of verbs governing "your personal information" ------------------------------------------
@pytest.mark.parametrize(
    ("text", "right", "found"),
    [
        ("If you would like to review, correct, update, suppress, delete or otherwise limit our use of your Personal "
         "Information, you may contact us.", "rectification", True),
        ("If you would like to review, correct, update, suppress, delete or otherwise limit our use of your Personal "
         "Information, you may contact us.", "access", True),
        ("If you would like to review, correct, update, suppress, delete or otherwise limit our use of your Personal "
         "Information, you may contact us.", "restrict-or-object", True),
        ("You may ask us to correct or to remove information that you think is inaccurate.", "erasure", True),
        # near misses: a series that governs something else; a limit that is not on the use of data
        ("You may review, comment on and rate the products of your favourite shops.", "access", False),
        ("You may limit the number of e-mails you receive from us.", "restrict-or-object", False),
    ],
)
def test_rights_in_a_verb_series(text: str, right: str, found: bool) -> None:
    assert (right in facts(text, "en")["rights"]) is found


# --- data: messages a company stores; the content of a chat ---------------------------------------------------
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("We store messages, photos and videos from your cloud chats on our servers.", True),
        ("Users may report abuse and include the content of your chat in those reports, which we collect.", True),
        # near misses: messages the company sends; chats as a feature
        ("We collect your e-mail address to send you messages about your account.", False),
        ("We collect your nickname so that other users can start chats with you.", False),
    ],
)
def test_stored_messages_and_chat_content_are_communication(text: str, found: bool) -> None:
    assert ("Communication" in facts(text, "en")["data_categories"]) is found


# --- disclosure: "required or authorised to disclose by law"; "a serious emergency" ---------------------------
@pytest.mark.parametrize(
    ("text", "key", "found"),
    [
        ("We may disclose your information if we are required or authorised to disclose by law.", "legal-obligation", True),
        ("We may disclose your information to lessen or prevent a serious threat to the life, health or safety of a "
         "person.", "vital-interests", True),
        ("We may disclose your information to avoid, lessen or prevent a serious emergency.", "vital-interests", True),
        # near misses: an authorisation the user gives; a serious complaint
        ("We may disclose your information to a person you have authorised to receive it.", "legal-obligation", False),
        ("We may disclose your information to resolve a serious complaint you made.", "vital-interests", False),
    ],
)
def test_authorised_by_law_and_serious_emergency(text: str, key: str, found: bool) -> None:
    assert (key in facts(text, "en")["disclosure_conditions"]) is found


# --- purposes: "provide, maintain, protect and improve them, to develop new ones" -----------------------------
@pytest.mark.parametrize(
    ("text", "purpose", "found"),
    [
        ("We use the information we collect from all of our services to provide, maintain, protect and improve them, "
         "to develop new ones, and to protect our users.", "ImproveExistingProductsAndServices", True),
        ("We use the information we collect from all of our services to provide, maintain, protect and improve them, "
         "to develop new ones, and to protect our users.", "ResearchAndDevelopment", True),
        # near misses: the user improving something; old ones
        ("We use your data to fix errors; you may also suggest how to improve them.", "ImproveExistingProductsAndServices",
         False),
        ("We use your data to keep the old ones running.", "ResearchAndDevelopment", False),
    ],
)
def test_google_template_pronouns_name_purposes(text: str, purpose: str, found: bool) -> None:
    assert (purpose in facts(text, "en")["purposes"]) is found


# --- policy change: updates taking effect "on our website"; consent: "by playing ..., you are authorizing" -------
@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        ("We will update this Privacy Policy from time to time. These updates will take effect from the date of issue on "
         "our website.", "policy_change_notice", True),
        ("We will update this Privacy Policy from time to time. These updates will take effect at once.",
         "policy_change_notice", False),
        ("By playing a game through a social network or by connecting to a third party platform via one of our products, "
         "you are authorizing us to collect, store and use the information that platform provides.", "implied_consent",
         True),
        ("If you authorize a third party to act for you, please tell us.", "implied_consent", False),
    ],
)
def test_change_on_website_and_consent_by_authorizing(text: str, field: str, value: bool) -> None:
    assert facts(text, "en")[field] is value


# --- security: an audit named as a use of data is a business audit ------------------------------------------
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("We analyze the information we have to improve products, and conduct audits and troubleshooting activities.",
         False),
        ("We may share your information as needed to support auditing, compliance, and corporate governance functions.",
         False),
        # near misses: audits for security, said so or with a defence in the sentence
        ("We conduct regular security audits.", True),
        ("We conduct regular audits of our systems to protect your data.", True),
    ],
)
def test_business_audit_is_no_security_audit(text: str, found: bool) -> None:
    assert ("security-audit" in facts(text, "en")["security_measures"]) is found


# --- retention: "not ... longer than is necessary" bounds storage by its purpose ------------------------------
@pytest.mark.parametrize(
    ("text", "stated", "kind"),
    [
        ("We will not retain your personal information for longer than is necessary for our business purposes.", True,
         "purpose-bound"),
        ("We never keep data longer than necessary for the purposes for which it was collected.", True, "purpose-bound"),
        # near miss: a wait longer than needed, not a storage bound
        ("Your order may take longer than necessary to arrive if the address is wrong.", False, None),
    ],
)
def test_not_longer_than_necessary_is_purpose_bound(text: str, stated: bool, kind: str | None) -> None:
    retention = facts(text, "en")["retention"]
    assert (retention["stated"], retention["kind"]) == (stated, kind)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("When you enter payment information, we or our payment processor use encryption to transmit that information.",
         True),
        # near miss: encryption of what is kept
        ("We use encryption to store your password.", False),
    ],
)
def test_encryption_to_transmit_is_in_transit(text: str, found: bool) -> None:
    assert ("encryption-in-transit" in facts(text, "en")["security_measures"]) is found
