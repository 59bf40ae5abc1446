"""Causes of scalar errors seen on fresh policies in five languages (issue 16, helper facts21): a retention rule
stated only in a table's "retention period" column, a version table whose rows outdate the policy's own dateline,
a regulator's address and phone in brackets after "a complaint before the regulator".

Each rule is tested with the wording it is for and a near miss beside it. All texts are written for these
tests (invented companies), not taken from any corpus.
"""
from __future__ import annotations

import pytest

from tests.test_extract_scalars_fresh import facts


# --- a table's retention column states the rule of each row, without a verb ---------------------------------
@pytest.mark.parametrize(
    ("text", "language", "kind", "period"),
    [
        ("才聚隐私政策\n（二）存储期限\n各类信息的处理方式如下：\n信息类型\t保存期限\t期满后的处理\n"
         "账号信息、在线简历\t账号存续期间\t删除或匿名化\n聊天记录\t自最后一次沟通之日起3年\t删除\n", "zh", "purpose-bound", None),
        ("才聚隐私政策\n附表：\n信息类型\t保存期限\n聊天记录\t自最后一次沟通之日起3年\n登录日志\t不少于六个月\n", "zh", "fixed", "P3Y"),
        ("Tenant privacy notice\nThe main periods of our schedule are:\nRecord | Retention period\n"
         "Call recordings | 90 days\nUnsuccessful applications | 12 months after the application is closed\n", "en", "fixed", "P90D"),
        ("Aviso de privacidad\nLos plazos son los siguientes:\nDato | Plazo de conservación\n"
         "Contratos de alquiler | 5 años desde la devolución\nTelemetría | 90 días\n", "es", "fixed", "P5Y"),
        ("Политика конфиденциальности\nСроки приведены в таблице:\nКатегория данных | Срок хранения\n"
         "Договоры с клиентами | 3 года после исполнения\nЗаписи звонков | 6 месяцев\n", "ru", "fixed", "P3Y"),
        ("Məxfilik siyasəti\nMüddətlər cədvəldə göstərilmişdir:\nMəlumat növü | Saxlama müddəti\n"
         "Sifariş tarixçəsi | 3 il\nYazışmalar | 6 ay\n", "az", "fixed", "P3Y"),
    ],
)
def test_retention_from_a_table_column(text: str, language: str, kind: str, period: str | None) -> None:
    retention = facts(text, language)["retention"]
    assert retention == {"stated": True, "kind": kind, "period": period}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # near misses: durations in a table without a retention column are no retention rule
        ("Privacy notice\nWe share data with:\nRecipient | Purpose | Country\nCourier | delivery within 3 days | UK\n", "en"),
        ("隐私政策\n第三方SDK列表：\nSDK名称\t使用目的\t收集信息\n推送SDK\t推送30天内的活动通知\t设备标识符\n", "zh"),
        ("Политика\nПолучатели данных:\nПолучатель | Цель | Страна\nКурьер | доставка за 3 дня | Россия\n", "ru"),
    ],
)
def test_durations_in_other_tables_are_no_retention(text: str, language: str) -> None:
    assert facts(text, language)["retention"]["stated"] is False


def test_retention_column_cell_without_a_period_or_bound_decides_nothing() -> None:
    text = "Privacy notice\nRecord | Retention period\nPayroll | see our HR notice\nCCTV | 30 days\n"
    assert facts(text, "en")["retention"] == {"stated": True, "kind": "fixed", "period": "P30D"}


# --- a version table records history: the policy's own dateline outranks it --------------------------------
@pytest.mark.parametrize(
    ("text", "language", "date"),
    [
        ("才聚直聘个人信息保护政策\n更新日期：2024年3月\n生效日期：2024年3月18日\n一、引言\n我们重视您的隐私。\n"
         "版本更新记录：\n版本\t发布日期\t主要变更\nV5.2\t2024年3月11日\t新增保存期限\nV5.1\t2023年8月2日\t新增小程序\n",
         "zh", "2024-03-18"),
        ("Privacy Notice\nLast updated: June 2023\nEffective date: 19 June 2023\n1. Who we are\nWe run a shop.\n"
         "Change log\nVersion | Date published | Summary\nv4 | 12 June 2023 | new processors\nv3 | 2 May 2021 | cookies\n",
         "en", "2023-06-19"),
        # near miss: a policy dated only in its version table takes the table's date
        ("Política de privacidad\n1. Responsable\nSomos una empresa de alquiler.\nHistorial de versiones\n"
         "Versión | Fecha de actualización | Cambio\n4 | 05.06.2023 | nube\n3 | 12.01.2021 | telemetría\n", "es", "2023-06-05"),
        # near miss: a one-row table of the document's details is no history
        ("Privacy Notice\nDocument | GOV-DP-02 | Last revised: 3 May 2023\n1. Who we are\nWe are a landlord.\n"
         "We review this notice every two years; the last review ended 14 March 2023.\n", "en", "2023-05-03"),
    ],
)
def test_version_table_is_history(text: str, language: str, date: str) -> None:
    assert facts(text, language)["last_updated"] == date


# --- a regulator's bracketed address and phone after "a complaint before it" are the regulator's -------------
@pytest.mark.parametrize(
    ("text", "language", "phones"),
    [
        ("Contacto: Teléfono: +598 2915 4400 (lunes a viernes de 9 a 18 h). También puede presentar una denuncia ante "
         "la URCDP (Av. Uruguay 1150, tel. 2901 2929).", "es", ["+598 2915 4400"]),
        ("Contacto: Teléfono: +598 2915 4400 (lunes a viernes). Si no está conforme, puede presentar una reclamación "
         "ante la autoridad de control (Montevideo, tel. 2901 2929).", "es", ["+598 2915 4400"]),
        ("Обращения принимаются по телефону +7 (343) 310-45-67. Вы вправе обжаловать наши действия в Роскомнадзор "
         "(г. Москва, Китайгородский пр., д. 7, тел. +7 (495) 983-33-93).", "ru", ["+7 (343) 310-45-67"]),
        # near miss: the publisher's own number with its hours in brackets after a complaint sentence is kept
        ("Puede presentar una denuncia ante la URCDP. Nuestro teléfono: +598 2915 4400 (lunes a viernes, 9 a 18 h).",
         "es", ["+598 2915 4400"]),
    ],
)
def test_regulator_number_in_brackets(text: str, language: str, phones: list[str]) -> None:
    assert facts(text, language)["contacts"]["phones"] == phones
