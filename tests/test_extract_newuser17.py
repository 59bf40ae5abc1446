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


# The organisers of the event a ticket is for receive the attendee's data: a party of their own ("third-parties", as
# test_langs7 reads "el organizador del concierto"); the Spanish company "facilita" data to someone as it "proporciona"
# them: its own giving, unlike the person's "nos facilita".
@pytest.mark.parametrize(("text", "language", "recipient"), [
    ("Мы передаём ваше имя и номер телефона организаторам концертов для прохода на мероприятие.", "ru", "third-parties"),
    ("We give your name to the event organizer so that you can enter.", "en", "third-parties"),
    ("Facilitamos su nombre a los organizadores del evento para el acceso.", "es", "third-parties"),
    ("我们会将您的姓名和手机号提供给演出主办方，用于入场核验。", "zh", "third-parties"),
    ("Facilitaremos sus datos a nuestros socios comerciales.", "es", "partners"),
])
def test_event_organisers_and_facilitar_name_a_recipient(text: str, language: str, recipient: str) -> None:
    assert recipient in facts(text, language)["recipients"]


@pytest.mark.parametrize(("text", "language"), [
    ("Мы организуем концерты и собираем ваше имя.", "ru"),  # organising is no recipient
    ("Los datos que usted nos facilita a través del formulario se usan para responderle.", "es"),  # the person gives
])
def test_organising_or_the_person_giving_names_no_recipient(text: str, language: str) -> None:
    assert facts(text, language)["recipients"] == []
