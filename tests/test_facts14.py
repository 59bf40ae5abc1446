"""General causes of wrong facts seen in the session-14 honest look (helper facts14).

Each rule is tested with the wording it is for and a near miss beside it that must not match. The texts are
written for these tests, not taken from any corpus.
"""
from __future__ import annotations

import pytest

from tests.test_extract_scalars_fresh import facts


# --- publisher: the preposition 由 ("by") after the alias introduction is not part of the legal name -------------
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("青禾记账（以下简称“我们”）是由杭州青禾网络科技有限公司运营的记账平台。", "杭州青禾网络科技有限公司"),
        ("青禾记账（以下简称“我们”）由杭州青禾网络科技有限公司开发和运营。", "杭州青禾网络科技有限公司"),
        ("本应用由杭州青禾网络科技有限公司提供。我们重视您的隐私。", "杭州青禾网络科技有限公司"),
        # near miss: the copula alone still leads to the name
        ("青禾记账（以下简称“我们”）系杭州青禾网络科技有限公司旗下产品。", "杭州青禾网络科技有限公司"),
    ],
)
def test_you_preposition_is_not_part_of_the_publisher(text: str, name: str) -> None:
    assert facts(text, "zh")["company"] == name


# --- publisher: a Spanish legal name keeps words joined by two particles ("Ruta de la Seda") ---------------------
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Viajes Camino de la Plata, S.L. (en adelante, «Camino»), con NIF B-11111111, es responsable del tratamiento "
         "de sus datos.", "Viajes Camino de la Plata, S.L."),
        ("Bodegas Casa de los Olivos, S.A. es responsable del tratamiento de sus datos personales.",
         "Bodegas Casa de los Olivos, S.A."),
        # near miss: one particle was read before and still is
        ("Hoteles Costa del Sol, S.L. es responsable del tratamiento de sus datos personales.",
         "Hoteles Costa del Sol, S.L."),
    ],
)
def test_spanish_legal_name_with_two_particles(text: str, name: str) -> None:
    assert facts(text, "es")["company"] == name


# --- implied consent: ordering or booking is a use of the service ----------------------------------------------
@pytest.mark.parametrize(
    ("text", "language", "implied"),
    [
        ("7.2 By placing an order from outside the UK, you consent to this transfer.", "en", True),
        ("By making a booking you agree to the processing of your details as set out in this notice.", "en", True),
        ("Al reservar un viaje, usted consiente la transferencia de sus datos a los proveedores.", "es", True),
        # near misses: an explicit act (ticking a box), and ordering with no consent said
        ("When placing an order you may tick the box to consent to our newsletter.", "en", False),
        ("By placing an order you give us your name and delivery address.", "en", False),
    ],
)
def test_ordering_as_implied_consent(text: str, language: str, implied: bool) -> None:
    assert facts(text, language)["implied_consent"] is implied


# --- storage: a region with the country in brackets names the country ------------------------------------------
@pytest.mark.parametrize(
    ("text", "language", "location"),
    [
        ("Nuestros servidores están en la Unión Europea (Dublín, Irlanda).", "es", "IE"),
        ("Sus datos se guardan en servidores en Alemania (Múnich).", "es", "DE"),
        ("Our servers are in the European Union (Frankfurt, Germany).", "en", "DE"),
        ("Our data centres are located in the EEA (Ireland).", "en", "IE"),
        # near misses: the bracket holds an abbreviation, not a country
        ("Nuestros servidores están en la Unión Europea (UE).", "es", None),
        ("Our servers are in the European Union (EU).", "en", None),
    ],
)
def test_region_with_country_in_brackets(text: str, language: str, location: str | None) -> None:
    assert facts(text, language)["cross_border"]["storage_location"] == location


# --- rights and data: 注销会员 is account cancellation; a platform OpenID is a user identifier --------------------
@pytest.mark.parametrize(
    ("text", "language", "field", "value", "present"),
    [
        ("您可以在“我的-设置-注销会员”中注销会员账户。", "zh", "rights", "account-cancellation", True),
        ("您可以随时注销您的会员身份。", "zh", "rights", "account-cancellation", True),
        # near miss: the shop cancels a rule-breaking member; no right of the user
        ("对违反规则者，我们有权取消其资格并停止服务。", "zh", "rights", "account-cancellation", False),
        ("您通过微信登录时，我们将获取您的微信OpenID。", "zh", "data_categories", "UID", True),
        ("When you sign in with WeChat we receive your WeChat OpenID.", "en", "data_categories", "UID", True),
        # near miss: the OpenID Connect protocol is no personal data
        ("我们的登录服务支持OpenID Connect协议。", "zh", "data_categories", "UID", False),
        ("Our login service supports the OpenID Connect protocol.", "en", "data_categories", "UID", False),
    ],
)
def test_membership_cancellation_and_openid(text: str, language: str, field: str, value: str, present: bool) -> None:
    assert (value in facts(text, language)[field]) is present
