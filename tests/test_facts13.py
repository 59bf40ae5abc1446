"""Causes of scalar-fact errors seen on own-written en/zh/es/ru/az policies (issue 16, helper facts13).

Each rule is tested with the wording it is for and a near miss beside it that must not match. The texts are
written for these tests, not taken from any corpus.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from policykg.ingest.facts import export_facts
from policykg.ingest.pipeline import ingest_paths
from policykg.store.oxigraph_store import OxigraphStore
from tests.test_extract_scalars_fresh import facts


# --- storage in several coordinated countries has no single storage location ----------------------------------
@pytest.mark.parametrize(
    ("text", "language", "location"),
    [
        ("Our servers are located in Ireland and in the United States.", "en", None),
        ("Your data is stored in Germany, France and Spain.", "en", None),
        ("Nuestros servidores se encuentran en Irlanda y en Estados Unidos.", "es", None),
        ("Данные хранятся на серверах в Российской Федерации и в Республике Казахстан.", "ru", None),
        ("您的信息存储在新加坡和德国的数据中心。", "zh", None),
        # near misses: one place, and a place followed by a coordinated clause that is no place
        ("Your data is stored in Ireland and is never sold.", "en", "IE"),
        ("Nuestros servidores se encuentran en Irlanda y están protegidos.", "es", "IE"),
        ("Данные хранятся на территории Российской Федерации и не передаются за рубеж.", "ru", "RU"),
        ("我们在中华人民共和国境内收集和产生的个人信息，将存储在中华人民共和国境内。", "zh", "CN"),
        ("Fərdi məlumatlar Azərbaycan Respublikasının ərazisində yerləşən serverlərdə saxlanılır.", "az", "AZ"),
    ],
)
def test_several_storage_countries_leave_no_single_location(text: str, language: str, location: str | None) -> None:
    record = facts(text, language)
    assert record["cross_border"]["mentioned"] is True
    assert record["cross_border"]["storage_location"] == location


def test_graph_export_agrees_on_several_storage_countries(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Privacy Policy\n\nExample Shop Ltd.\n\nOur servers are located in Ireland "
                                    "and in the United States.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Privacy Policy\n\nExample Cafe Ltd.\n\nOur servers are located in Ireland.\n\n"
                                    "Backups are stored in Ireland and in Germany.\n", encoding="utf-8")
    store = OxigraphStore(None)
    ingest_paths([tmp_path], store=store, jobs=1)
    records = {r["file"]: r for r in export_facts(store)["policies"]}
    assert records["a.txt"]["cross_border"] == {"mentioned": True, "storage_location": None}
    # the first storage statement decides, as in the extractor's record
    assert records["b.txt"]["cross_border"] == {"mentioned": True, "storage_location": "IE"}
    assert "_storage_from" not in records["a.txt"]


# --- retention bound to a relationship or to a deletion request is purpose-bound -------------------------------
@pytest.mark.parametrize(
    ("text", "language", "kind"),
    [
        ("We keep student records for as long as the school's agreement is in force.", "en", "purpose-bound"),
        ("We keep your profile for the duration of your subscription.", "en", "purpose-bound"),
        ("We do not keep your data for longer than we need it.", "en", "purpose-bound"),
        ("在您主动申请删除或注销账号之前，我们将持续保存您的账号信息。", "zh", "purpose-bound"),
        ("Мы храним данные, пока у вас есть учётная запись.", "ru", "purpose-bound"),
        # near misses: a fixed period stays fixed; a bare keeping verb states no kind
        ("We keep invoices for 6 years after the agreement ends.", "en", "fixed"),
        ("注销账号后，交易记录将保存三年。", "zh", "fixed"),
        ("Мы храним данные о платежах в течение 5 лет.", "ru", "fixed"),
    ],
)
def test_relationship_bound_retention(text: str, language: str, kind: str) -> None:
    assert facts(text, language)["retention"]["kind"] == kind


def test_not_longer_than_a_fixed_period_is_not_purpose_bound() -> None:
    record = facts("We do not keep call recordings for longer than 30 days.", "en")
    assert record["retention"]["kind"] == "fixed"


# --- selling: a sell verb inside a title is a name; "sell your contact details" is a sale ----------------------
@pytest.mark.parametrize(
    ("text", "language", "sells"),
    [
        ("根据《网络预约出租汽车经营服务管理暂行办法》的要求，行程信息保存不少于三年。", "zh", None),
        ("We may also sell your contact details to selected partners.", "en", "yes"),
        # near misses: a sale outside a title is still read; a denial stays a denial
        ("我们不会出售您的个人信息。", "zh", "no"),
        ("我们可能向合作伙伴出售经您同意的个人信息。", "zh", "yes"),
        ("We never sell your contact details.", "en", "no"),
        ("We sell products; see the details below.", "en", None),
    ],
)
def test_selling_titles_and_details(text: str, language: str, sells: str | None) -> None:
    assert facts(text, language)["sells_data"] == sells


# --- implied consent: ticking a box is an express act ----------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "language", "implied"),
    [
        ("Регистрируясь, вы ставите отметку «Я даю согласие на обработку персональных данных».", "ru", False),
        ("By registering and ticking the consent box, you agree to this policy.", "en", False),
        ("Al registrarse y marcar la casilla, usted acepta esta política.", "es", False),
        # near misses: consent deemed from use or registration alone
        ("Регистрируясь на сайте, вы даёте согласие на обработку персональных данных.", "ru", True),
        ("By using our website you agree to the terms of this privacy notice.", "en", True),
        ("Al utilizar este sitio web, usted acepta esta política de privacidad.", "es", True),
        ("您继续使用我们的服务，即视为您同意本政策的全部内容。", "zh", True),
    ],
)
def test_ticking_a_box_is_not_implied_consent(text: str, language: str, implied: bool) -> None:
    assert facts(text, language)["implied_consent"] is implied


# --- second look: content kept until the user deletes it; a city with its country in brackets; nominalised and
# tacit consent ---------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "language", "kind"),
    [
        ("Notes stay in your account until you delete them.", "en", "purpose-bound"),
        ("Your photos remain stored until you remove them.", "en", "purpose-bound"),
        # near miss: a fixed delay after deletion
        ("Deleted notes remain in the trash for 30 days.", "en", "fixed"),
    ],
)
def test_kept_until_the_user_deletes_it(text: str, language: str, kind: str) -> None:
    assert facts(text, language)["retention"]["kind"] == kind


@pytest.mark.parametrize(
    ("text", "location"),
    [
        ("Данные хранятся на серверах, расположенных в г. Москве (Российская Федерация).", "RU"),
        ("Базы данных размещены в Алматы (Казахстан).", "KZ"),
        ("Наш офис находится в г. Москве (Российская Федерация).", None),  # near miss: an office is no storage
    ],
)
def test_ru_city_with_country_in_brackets(text: str, location: str | None) -> None:
    assert facts(text, "ru")["cross_border"]["storage_location"] == location


@pytest.mark.parametrize(
    ("text", "language", "implied"),
    [
        ("Установка приложения и вход в него означают согласие пользователя с настоящей Политикой.", "ru", True),
        ("Se entiende que usted consiente tácitamente el tratamiento de sus datos si no manifiesta su oposición.",
         "es", True),
        # near misses: an act that is not use, and express consent
        ("Установка обновлений означает, что приложение будет перезапущено.", "ru", False),
        ("Para las finalidades secundarias requerimos su consentimiento expreso.", "es", False),
    ],
)
def test_nominalised_and_tacit_consent(text: str, language: str, implied: bool) -> None:
    assert facts(text, language)["implied_consent"] is implied
