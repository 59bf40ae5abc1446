"""The name of a device or a network is device information, not a person's name (issue 16).

"el nombre de su red Wi-Fi", "имя устройства", "cihazın adı" name a thing the person owns; English and Chinese
("device name", "设备名称") already read them so, Spanish, Russian and Azerbaijani read "nombre", "имя", "ad" as the
person's name. Near miss: the person's own name beside them is still a name. The texts are written for these tests.
"""
from __future__ import annotations

import pytest

from tests.test_extract_scalars_fresh import facts


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Recogemos el nombre de su red Wi-Fi y el nombre del dispositivo.", "es"),
        ("Мы собираем имя вашей сети Wi-Fi и имя устройства.", "ru"),
        ("Wi-Fi şəbəkənizin adını və cihazın adını toplayırıq.", "az"),
    ],
)
def test_device_or_network_name_is_device_information(text: str, language: str) -> None:
    assert facts(text, language)["data_categories"] == ["DeviceBased"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Recogemos su nombre y el nombre de su red Wi-Fi.", "es"),
        ("Мы собираем ваше имя и название сети.", "ru"),
        ("Adınızı və cihazın adını toplayırıq.", "az"),
    ],
)
def test_the_persons_own_name_beside_it_is_still_a_name(text: str, language: str) -> None:
    assert set(facts(text, language)["data_categories"]) == {"DeviceBased", "Name"}
