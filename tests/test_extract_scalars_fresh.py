"""Scalar facts read right on wording seen in fresh real policies (issue 16, helper facts5).

Each rule is tested with the wording it is for, in the languages where it is linguistic, and a near miss
that must not match. The texts are written for these tests, not taken from any corpus.
"""
from __future__ import annotations

from typing import Any

import pytest

from policykg.ingest.extract import extract
from policykg.ingest.record import extraction_to_record
from policykg.ingest.segment import segment
from tests.test_extract_practices import make_document


def facts(text: str, language: str) -> dict[str, Any]:
    """The policy-facts/1 record of one text, as the export gives it."""
    document = make_document(text, language)
    return extraction_to_record(extract(document, segment(document)))


# --- cross-border: consent to processing "in and to" a country names where data is processed ------------
@pytest.mark.parametrize(
    ("text", "language", "location"),
    [
        ("By using the app you consent to the processing and transfer of information in and to the United States "
         "and other countries.", "en", "US"),
        ("Acme is based in Canada and you agree to the processing of your information in Canada.", "en", "CA"),
        ("Al usar la aplicación usted consiente el tratamiento y la transferencia de su información en y a los "
         "Estados Unidos.", "es", "US"),
        # near miss: the users are in the country, the processing place is not stated
        ("We explain the processing of information collected from users in Canada.", "en", None),
        ("Describimos el tratamiento de los datos de los usuarios de España.", "es", None),
    ],
)
def test_processing_in_a_country_is_its_storage_location(text: str, language: str, location: str | None) -> None:
    record = facts(text, language)
    assert record["cross_border"]["storage_location"] == location


# --- cross-border: a law's reach ("laws within or outside your country") is no transfer ----------------
@pytest.mark.parametrize(
    ("text", "mentioned"),
    [
        ("We may disclose your information as required by the applicable law within or outside your country of "
         "residence.", False),
        ("We may disclose your data where laws in or outside your home country require it.", False),
        # near miss: the data itself goes outside the country
        ("We may transfer your information outside your country of residence to our service providers.", True),
    ],
)
def test_law_within_or_outside_your_country_is_no_transfer(text: str, mentioned: bool) -> None:
    assert facts(text, "en")["cross_border"]["mentioned"] is mentioned


# --- last updated: a dateline ("Place, date" alone on a line) dates the policy -------------------------
@pytest.mark.parametrize(
    ("text", "language", "date"),
    [
        ("We protect your data.\n\nFor questions write to us.\n\nBerlin, November 5, 2013\n\nOther versions", "en",
         "2013-11-05"),
        ("Protegemos sus datos.\n\nMadrid, a 5 de noviembre de 2013\n", "es", "2013-11-05"),
        ("Мы защищаем ваши данные.\n\nМосква, 5 ноября 2013 г.\n", "ru", "2013-11-05"),
        # near misses: a date inside a sentence, and an event with a place in a sentence
        ("We protect your data.\n\nOur office opened in Berlin, November 5, 2013, after a long search.\n", "en", None),
        ("We protect your data.\n\nThe conference took place on November 5, 2013.\n", "en", None),
        ("Мы защищаем ваши данные.\n\nВ Москве, 5 ноября 2013 г. мы открыли офис.\n", "ru", None),
    ],
)
def test_dateline_dates_the_policy(text: str, language: str, date: str | None) -> None:
    assert facts(text, language)["last_updated"] == date


# --- publisher: in an all-capitals sentence the name starts after the last clause word -----------------
@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("THIS POLICY EXPLAINS WHAT WE COLLECT, WHAT IT IS USED FOR, AND TO WHOM ACME APPS, INC. (\"Acme\") "
         "DISCLOSES IT.\n\nAcme collects your e-mail address.", "ACME APPS, INC."),
        # near miss: a capitalised name with "OF" and "AND" stays whole
        ("THIS POLICY IS PUBLISHED BY BANK OF NORTH AND SOUTH LTD. (\"the Bank\").\n\nThe Bank collects your name.",
         "BANK OF NORTH AND SOUTH LTD."),
    ],
)
def test_all_capitals_name_starts_after_clause_words(text: str, company: str) -> None:
    assert facts(text, "en")["company"] == company


# --- contacts: five-digit service numbers, labelled or called ------------------------------------------
@pytest.mark.parametrize(
    ("text", "phones"),
    [
        ("九、如何联系我们\n如您对本政策有疑问，您可以通过12345进行咨询。", ["12345"]),
        ("如有问题，请拨打客服热线95588。", ["95588"]),
        # near misses: an emergency number, a staff number, a sum of money and a count are no contact
        ("遇到紧急情况请拨打110。", []),
        ("客服工号12345将为您服务。", []),
        ("本活动奖金共计12345元，共有95588人参加。", []),
    ],
)
def test_zh_short_service_numbers(text: str, phones: list[str]) -> None:
    assert facts(text, "zh")["contacts"]["phones"] == phones


def test_short_numbers_stay_off_in_english() -> None:
    """A US SMS short code ("text STOP to 12345") is no contact point of the publisher."""
    assert facts("To stop messages, text STOP to 12345.", "en")["contacts"]["phones"] == []


# --- implied consent: providing data deems the person to have authorised its use ----------------------
@pytest.mark.parametrize(
    ("text", "language", "implied"),
    [
        ("If you provide any personal data to us, you are deemed to have authorized us to collect and use it.", "en", True),
        ("如您向我们提供个人信息，即视为您已授权我们按本政策收集和使用。", "zh", True),
        ("Si nos proporciona sus datos, se considerará que usted nos ha autorizado a tratarlos.", "es", True),
        # near misses: an authorisation the person gives expressly, and one the company must obtain
        ("You may authorize us to share your data with partners in the app settings.", "en", False),
        ("未经您授权，我们不会向第三方提供您的个人信息。", "zh", False),
    ],
)
def test_deemed_authorisation_is_implied_consent(text: str, language: str, implied: bool) -> None:
    assert facts(text, language)["implied_consent"] is implied


# --- policy change: a user agreement's own change clause ----------------------------------------------
@pytest.mark.parametrize(
    ("text", "language", "notice"),
    [
        ("九、协议的变更和生效\n我们有权根据需要不时修订本协议条款。上述内容一经正式公布即生效。您可以在相关页面查阅最新版本。", "zh", True),
        ("Changes to this Agreement\nWe may amend it from time to time. Amendments take effect once posted on this page.", "en", True),
        # near miss: a change heading about the user's own data, not the document
        ("九、信息的变更\n您可以随时在设置页面修改您的昵称。", "zh", False),
    ],
)
def test_agreement_change_clause_is_policy_change_notice(text: str, language: str, notice: bool) -> None:
    assert facts(text, language)["policy_change_notice"] is notice


# --- cross-border: recipients "not located in your jurisdiction" ---------------------------------------
@pytest.mark.parametrize(
    ("text", "language", "mentioned"),
    [
        ("我们可能将您的个人信息与合作伙伴分享（他们可能并非位于您所在的法域）。", "zh", True),
        ("We may share your information with vendors, who may not be located in your jurisdiction.", "en", True),
        # near misses: a place of the user, and no place at all
        ("如果您所在的法域要求，我们会取得您的单独同意。", "zh", False),
        ("We may share your information with vendors who help us run the service.", "en", False),
    ],
)
def test_recipients_outside_your_jurisdiction_is_cross_border(text: str, language: str, mentioned: bool) -> None:
    assert facts(text, language)["cross_border"]["mentioned"] is mentioned


# --- retention: copies that remain in archives or backups after deletion -------------------------------
@pytest.mark.parametrize(
    ("text", "language", "stated"),
    [
        ("We will delete your account on request, but some information may remain in archived or backup copies "
         "for our records.", "en", True),
        ("我们会删除您的信息，但备份系统中的部分信息可能仍会保留一段时间。", "zh", True),
        # near misses: a backup feature offered to the user, and deletion alone
        ("You can back up your game progress to the cloud at any time.", "en", False),
        ("您可以随时在设置中开启云备份功能。", "zh", False),
    ],
)
def test_residual_backup_copies_state_retention(text: str, language: str, stated: bool) -> None:
    assert facts(text, language)["retention"]["stated"] is stated


# --- contacts: an independent body's address after "if not resolved, contact ..." is not the publisher's --
@pytest.mark.parametrize(
    ("text", "language", "emails"),
    [
        ("Write to privacy@acme-games.com with questions. If your inquiry has not been satisfactorily addressed, "
         "please contact the Seal Program at: Seal Program, 1 Main Street, complaints@sealprogram.org",
         "en", ["privacy@acme-games.com"]),
        ("如有问题请联系 privacy@acme.cn。如果您对我们的回复不满意，可以联系独立的争议解决机构：help@adr-center.org",
         "zh", ["privacy@acme.cn"]),
        ("Escriba a privacidad@acme.es. Si su reclamación no ha sido atendida, contacte con la entidad de "
         "resolución: reclamaciones@resolucion.org", "es", ["privacidad@acme.es"]),
        # near misses: the publisher's own second address after the escalation sentence stays, and so does
        # the only address a policy gives, even when it follows the escalation words
        ("If your complaint has not been resolved, contact us at privacy@acme-games.com.", "en",
         ["privacy@acme-games.com"]),
        ("Write to privacy@acme-games.com. If your concern is not resolved, write to our DPO at dpo@acme-games.com.",
         "en", ["privacy@acme-games.com", "dpo@acme-games.com"]),
    ],
)
def test_escalation_body_address_is_not_a_contact(text: str, language: str, emails: list[str]) -> None:
    assert facts(text, language)["contacts"]["emails"] == emails


# --- selling: a series of verbs shares the object named after its last verb ---------------------------
@pytest.mark.parametrize(
    ("text", "language", "sells"),
    [
        ("We do not rent, sell, trade, or otherwise transfer to outside parties your personally identifiable "
         "information unless we provide you with advance notice.", "en", "no"),
        ("我们不会出售、出租、交易或以其他方式向任何公司、组织或个人转让您的个人信息。", "zh", "no"),
        ("No vendemos, alquilamos, intercambiamos ni transferimos de otro modo a terceros ajenos sus datos personales.",
         "es", "no"),
        # near miss: the series governs goods, not personal data
        ("We sell, rent and lease office equipment, furniture, printers and other hardware to businesses across the "
         "region.", "en", None),
    ],
)
def test_selling_verb_series_shares_its_object(text: str, language: str, sells: str | None) -> None:
    assert facts(text, language)["sells_data"] == sells
