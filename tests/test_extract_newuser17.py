"""Issue 16, from a new-user try in session 17 (an own Spanish policy of a Hangzhou e-bike maker): the handler's seat
("X Co., Ltd., con domicilio en …", "con domicilio social en …", "domicilio fiscal") describes the company, not an
address it collects; the person's "domicilio" stays a physical address. Our own sentences, invented companies."""
from __future__ import annotations

import pytest

from tests.test_extract_scalars_fresh import facts


@pytest.mark.parametrize("text", [
    "Hangzhou Ruedas Co., Ltd., con domicilio en Edificio 7, Hangzhou, es el responsable de los datos recogidos en la aplicación.",
    "Ruedas Ibérica S.L., con domicilio social en Calle Mayor 3, Madrid, recoge sus datos a través de la aplicación.",
    "Ruedas Ibérica S.L. (domicilio fiscal en Valencia) trata los datos que usted nos facilita.",
])
def test_the_handler_s_seat_is_no_collected_address(text: str) -> None:
    assert "PhysicalAddress" not in facts(text, "es")["data_categories"]


@pytest.mark.parametrize("text", [
    "Recogemos su nombre y su domicilio para entregar los pedidos.",
    "Recogemos la dirección de su domicilio para la entrega.",
    "Para la entrega a domicilio le pedimos su domicilio particular.",
])
def test_the_person_s_domicile_is_a_physical_address(text: str) -> None:
    assert "PhysicalAddress" in facts(text, "es")["data_categories"]
