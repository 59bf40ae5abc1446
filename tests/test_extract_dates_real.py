"""Dates as real policies write them (issue 16): a cue after the date, month precision, numeric
month-day order, ordinals with "of", a version date under the title, and laws' dates left out.
All sentences are written for these tests."""
from __future__ import annotations

import pytest

from test_extract_facts import run

from policykg.ingest.extract import dates


def found(text: str, language: str) -> list[tuple[str, str, str | None]]:
    return [(s.attributes["date"], s.attributes["date_role"], s.attributes.get("date_precision"))
            for s in run(dates, text, language)]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("本指引于2022年4月1日发布并同时生效。", "zh", [("2022-04-01", "effective", None)]),
        ("本隐私政策于2016年5月1日起发布并生效，于2023年2月9日最新修订。", "zh",
         [("2016-05-01", "effective", None), ("2023-02-09", "last_updated", None)]),
        ("我们于2022年10月17日对《用户隐私协议》进行了更新。", "zh", [("2022-10-17", "last_updated", None)]),
        ("最后修订时间：2019年7月", "zh", [("2019-07-01", "last_updated", "month")]),
        ("青禾隐私权政策 2021年3月8日\n我们重视您的隐私。", "zh", [("2021-03-08", "last_updated", None)]),
        ("Release date: 03 27, 2023", "en", [("2023-03-27", "last_updated", None)]),
        ("Last revised: 4th of June 2021", "en", [("2021-06-04", "last_updated", None)]),
        ("Last updated: October 2020", "en", [("2020-10-01", "last_updated", "month")]),
        # a policy-generator footer ("Latest update: ..."); near miss: the app's latest update, no date role
        ("Latest update: February 02, 2019", "en", [("2019-02-02", "last_updated", None)]),
        ("Please install the latest update of the app, released on February 2, 2019, to fix the bug.", "en", []),
        ("Última actualización: marzo de 2022", "es", [("2022-03-01", "last_updated", "month")]),
        ("Дата последнего обновления: октябрь 2021", "ru", [("2021-10-01", "last_updated", "month")]),
        ("Son yenilənmə: mart 2023", "az", [("2023-03-01", "last_updated", "month")]),
        ("Bu siyasət 2022-05-01 tarixindən etibarən qüvvəyə minir.", "az", [("2022-05-01", "effective", None)]),
    ],
)
def test_policy_dates(text: str, language: str, expected: list) -> None:
    assert found(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("《中华人民共和国数据安全法》于2021年6月10日发布，我们遵守其规定。", "zh"),
        ("The Data Act was published on 22 December 2023 and takes effect on 12 September 2025.", "en"),
        ("Федеральный закон вступил в силу 1 сентября 2015 г.", "ru"),
        ("La Ley Orgánica entró en vigor el 7 de diciembre de 2018.", "es"),
        # a date deep in the text with no cue is no version date
        ("x" * 500 + "\n2020-01-01\n", "en"),
    ],
)
def test_a_laws_date_is_not_the_policys(text: str, language: str) -> None:
    assert found(text, language) == []
