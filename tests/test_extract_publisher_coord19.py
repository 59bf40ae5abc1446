"""A company named as the writer's own affiliate or subsidiary is never the publisher (issue 16).

"Nuestra filial Limpio Europe S.L. presta el servicio posventa", "our subsidiary Acme Europe GmbH", "наша дочерняя
компания ООО «Альфа»": the sentence calls the name a group company of the one writing, so however often the name
comes back (as the EU representative, in the contact section), the writer is someone else. Near miss: the writer
named with its affiliates ("Acme Ltd. and its affiliates") is still the writer. The texts are written for these tests.
"""
from __future__ import annotations

import pytest

from tests.test_extract_scalars_fresh import facts

ES = ("Esta política describe cómo Suzhou Limpio Robotics Co., Ltd., con domicilio en Suzhou, China, trata sus datos.\n"
      "3.2 Nuestra filial Limpio Europe S.L. (Madrid, España) presta el servicio posventa en Europa.\n"
      "8. Contacto\nRepresentante en la UE: Limpio Europe S.L., calle Alcalá 120, Madrid.\n")
EN = ("This policy explains how Shenzhen Orbit Audio Co., Ltd., of Nanshan District, Shenzhen, handles your data.\n"
      "Our subsidiary Orbit Audio Europe GmbH handles repairs in the EU.\n"
      "EU representative: Orbit Audio Europe GmbH, Berlin.\n")
RU = ("Настоящая политика описывает, как Ханчжоу Синьюй Технолоджи Ко., Лтд. обрабатывает ваши данные.\n"
      "Наша дочерняя компания ООО «Синьюй Рус» оказывает поддержку в России.\n"
      "Представитель в России: ООО «Синьюй Рус», г. Москва.\n")


@pytest.mark.parametrize(
    ("text", "language", "publisher"),
    [
        (ES, "es", "Suzhou Limpio Robotics Co., Ltd."),
        (EN, "en", "Shenzhen Orbit Audio Co., Ltd."),
        (RU, "ru", "Ханчжоу Синьюй Технолоджи Ко., Лтд."),
    ],
)
def test_own_affiliate_is_not_the_publisher(text: str, language: str, publisher: str) -> None:
    assert facts(text, language)["company"] == publisher


def test_writer_named_with_its_affiliates_stays_the_publisher() -> None:
    text = ("Orbit Audio Europe GmbH and its affiliates (\"we\") respect your privacy.\n"
            "Contact: Orbit Audio Europe GmbH, Berlin.\n")
    assert facts(text, "en")["company"] == "Orbit Audio Europe GmbH"
