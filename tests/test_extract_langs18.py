"""General causes of extraction errors on fresh Russian, Spanish and Azerbaijani policies (issue 16, helper langs18).

Each rule is tested with the wording it is for and a near miss beside it. The texts are written for these tests.
"""
from __future__ import annotations


import pytest

from policykg.ingest.extract import ExtractionContext
from policykg.ingest.extract.cues import analyse
from policykg.ingest.read import read_bytes
from policykg.ingest.segment import segment
from tests.test_extract_practices import make_document
from tests.test_extract_scalars_fresh import facts


def sections(text: str, language: str) -> list[frozenset[str]]:
    """The sections each segment of a text is read in."""
    document = make_document(text, language)
    analysis = analyse(ExtractionContext(document=document, segments=tuple(segment(document))))
    return [info.sections for info in analysis.infos]


def page(html: str) -> str:
    """The text ingest reads from an HTML page."""
    return read_bytes(html.encode(), name="p.html", source="p.html").text


# --- a table announced by a colon-ended intro keeps the intro's section -----------------------------------------
@pytest.mark.parametrize(
    ("text", "language", "key", "found"),
    [
        ("2. Toplanılan məlumatlar\nBank xidmət növündən asılı olaraq aşağıdakı məlumatları toplayır:\n"
         "Məlumat qrupu Tərkibi\nTexniki məlumatlar IP ünvanı, cihazın identifikatoru, əməliyyat sisteminin versiyası, "
         "tətbiqə daxil olma tarixçəsi\n3. Əlaqə\nBizə yazın.",
         "az", "IPAddress", True),
        ("2. Что мы собираем\nВ зависимости от услуги мы получаем следующие сведения:\nГруппа Состав\n"
         "Технические данные IP-адрес, модель устройства, версия операционной системы, журнал входов в "
         "приложение\n3. Контакты\nПишите нам.", "ru", "IPAddress", True),
        # near miss: the intro under a security heading announces measures, not data
        ("5. Təhlükəsizlik\nBank aşağıdakı tədbirləri görür:\nTədbir Təsvir\nTexniki məlumatlar IP ünvanı, cihazın "
         "identifikatoru\n6. Əlaqə\nBizə yazın.", "az", "IPAddress", False),
    ],
)
def test_table_after_a_colon_intro_stays_in_its_section(text: str, language: str, key: str, found: bool) -> None:
    assert (key in facts(text, language)["data_categories"]) is found


def test_a_numbered_title_after_a_colon_intro_opens_its_own_section() -> None:
    """Near miss: "…收集以下信息：" then "1、业务功能一：…" is a numbered sub-section, not a table's header row."""
    text = ("二、我们如何收集您的个人信息\n我们会出于以下目的收集您的个人信息：\n1、业务功能一：注册成为用户\n"
            "您也可以使用第三方帐号（如微信、QQ）登录本产品。")
    assert "collection" not in sections(text, "zh")[-1]


# --- a page footer's full sentences are kept, its links and bare marks are not ---------------------------------
_BODY = "<main><h1>Política de privacidad</h1>" + "<p>Tratamos tu correo electrónico para enviarte los pedidos.</p>" * 6 + "</main>"


def test_footer_sentences_are_kept_at_the_end_of_the_page() -> None:
    html = ("<html><body>" + _BODY + "<footer><ul><li><a href='/aviso'>Aviso legal</a></li></ul>"
            "<p>Esta web cumple el Reglamento (UE) 2016/679 y la Ley Orgánica 3/2018. Atención al cliente: 955 000 123.</p>"
            "<p>© 2026 Trapos del Sur</p><p><a href='/a'>Cookies</a> · <a href='/b'>Condiciones generales de venta y uso del sitio web</a>.</p>"
            "</footer></body></html>")
    text = page(html)
    # the footer's sentence and its copyright holder (the imprint, facts18) close the page; its links do not
    assert text.rstrip().endswith("Atención al cliente: 955 000 123.\n© 2026 Trapos del Sur")
    assert "Aviso legal" not in text and "Condiciones generales" not in text
    record = facts(text, "es")
    assert {"EU-GDPR", "other"} <= set(record["laws_cited"]) and record["contacts"]["phones"] == ["955 000 123"]


def test_footer_sentence_in_russian_gives_the_phone() -> None:
    html = ("<html><body><main><h1>Политика обработки персональных данных</h1>"
            + "<p>Мы обрабатываем адрес электронной почты участника для рассылки стартовых номеров.</p>" * 5
            + "</main><footer><p>© 2026 АНО «Беговое сообщество». Телефон горячей линии: +7 (846) 200-00-45. "
            "Все права защищены.</p></footer></body></html>")
    assert facts(page(html), "ru")["contacts"]["phones"] == ["+7 (846) 200-00-45"]


# --- a bracketed remark that denies something denies only itself ------------------------------------------------
@pytest.mark.parametrize(
    ("text", "language", "field", "key", "found"),
    [
        ("2. Какие данные мы обрабатываем\nСерия и номер паспорта (предъявляются волонтёру при выдаче стартового "
         "пакета, не сохраняются) — для подтверждения личности и возраста участника.", "ru", "purposes",
         "AgeVerification", True),
        ("2. Datos que recopilamos\nPlantilla de tu huella dactilar (no guardamos la imagen de la huella), si eliges "
         "ingresar con huella.", "es", "data_categories", "Fingerprint", True),
        ("2. What we collect\nA template of your fingerprint (we do not keep the image itself), if you choose to "
         "enter with it.", "en", "data_categories", "Fingerprint", True),
        # near miss: the denial stands before the brackets and governs what they list
        ("2. Datos que recopilamos\nNo recopilamos datos biométricos (huella dactilar, rasgos faciales).", "es",
         "data_categories", "Fingerprint", False),
        ("2. Какие данные мы обрабатываем\nМы не собираем биометрические данные (отпечатки пальцев, изображение "
         "лица).", "ru", "data_categories", "Fingerprint", False),
    ],
)
def test_a_bracketed_denial_denies_only_itself(text: str, language: str, field: str, key: str, found: bool) -> None:
    assert (key in facts(text, language)[field]) is found


# --- a table row's cells never make a section title --------------------------------------------------------------
def test_short_table_rows_stay_in_the_purposes_section() -> None:
    html = ("<html><body><h1>Política de privacidad</h1><h2>Para qué los usamos y con qué base</h2><table>"
            "<tr><th>Finalidad</th><th>Base jurídica</th></tr>"
            "<tr><td>Gestionar tu cuenta, tus pedidos, envíos, cambios y devoluciones</td><td>Ejecución del contrato</td></tr>"
            "<tr><td>Prevenir el fraude en los pagos</td><td>Interés legítimo</td></tr>"
            "<tr><td>Cumplir obligaciones fiscales</td><td>Obligación legal</td></tr></table>"
            "<h2>Contacto</h2><p>Escríbenos.</p></body></html>")
    purposes = facts(page(html), "es")["purposes"]
    assert {"FraudPreventionAndDetection", "LegalCompliance"} <= set(purposes)


# --- names and phrasings (vocabularies and lexicons) -------------------------------------------------------------
@pytest.mark.parametrize(
    ("field", "language", "text", "expected", "absent"),
    [
        ("data_categories", "ru", "Фамилия, имя, дата рождения, пол\tрегистрация участника", {"Gender"}, set()),
        ("data_categories", "ru", "полная стоимость полиса", set(), {"Gender"}),
        ("data_categories", "es", "Las sedes cuentan con cámaras de videovigilancia en los accesos.", {"Picture"}, set()),
        ("data_categories", "es", "historial de visitas a las sedes y clases reservadas", {"ServiceConsumptionBehaviour"}, set()),
        ("data_categories", "ru", "история посещений клуба", {"ServiceConsumptionBehaviour"}, set()),
        ("purposes", "ru", "оперативные уведомления о переносе старта", {"CommunicationManagement"}, set()),
        ("purposes", "ru", "урегулирование убытков и страховые выплаты", {"CustomerClaimsManagement"}, set()),
        ("purposes", "es", "tramitación de siniestros", {"CustomerClaimsManagement"}, set()),
        ("recipients", "ru", "оператору системы хронометража и титульному спонсору забега", {"service-providers", "partners"}, set()),
        ("recipients", "es", "a los patrocinadores del evento", {"partners"}, set()),
        ("recipients", "ru", "дочерней страховой компании", {"affiliates"}, set()),
        ("recipients", "az", "Bankın törəmə sığorta şirkətinə", {"affiliates"}, set()),
        ("disclosure_conditions", "ru", "данные предоставляются в случаях, предусмотренных федеральными законами",
         {"legal-obligation"}, set()),
        ("disclosure_conditions", "az", "istintaq orqanlarına — onların qanuni sorğusu əsasında", {"legal-obligation"}, set()),
        ("disclosure_conditions", "az", "Kredit Bürosuna — qanunla müəyyən edilmiş qaydada", {"legal-obligation"}, set()),
        ("disclosure_conditions", "es", "a Carabineros, cuando nos lo requieran conforme a la ley", {"legal-obligation"}, set()),
        ("rights", "es", "Tienes derecho a saber qué datos tuyos tratamos, a que se corrijan o se borren y a llevártelos "
         "a otra empresa.", {"access", "rectification", "erasure", "portability"}, set()),
        ("rights", "es", "podrás reclamar ante la Agencia de Protección de Datos Personales", {"complaint-to-authority"}, set()),
        ("rights", "az", "hansı məlumatlarınızı saxladığımızı öyrənə", {"access"}, set()),
        ("rights", "az", "məlumatların bloklanmasını tələb etmək", {"restrict-or-object"}, set()),
        ("rights", "az", "qərara Bankın əməkdaşı tərəfindən yenidən baxılmasını tələb edə bilər", {"automated-decision"}, set()),
        ("rights", "az", "marketinq bildirişlərindən ayarlar bölməsində imtina edə", {"opt-out-marketing"}, set()),
        ("security_measures", "es", "contraseñas almacenadas con hash", {"encryption"}, set()),
        ("security_measures", "ru", "пароли хранятся в хешированном виде", {"encryption"}, set()),
        ("security_measures", "es", "el hash de la transacción", set(), {"encryption"}),
    ],
)
def test_names_and_phrasings(field: str, language: str, text: str, expected: set[str], absent: set[str]) -> None:
    found = keys(field, language, text)
    assert expected <= found and not (absent & found)


def keys(field: str, language: str, text: str) -> set[str]:
    """The concept keys the vocabulary finds in a text."""
    from policykg.ingest.vocabulary import matcher_for

    return {m.key for m in matcher_for(field, language).find(text)}


# --- publisher, selling, retention, change notice -----------------------------------------------------------------
def test_autonomous_non_profit_is_a_russian_legal_form() -> None:
    text = ("Политика.\nОператором персональных данных является Автономная некоммерческая организация «Беговое "
            "сообщество Волги» (ОГРН 1000000000000, г. Самара), которая проводит забеги.")
    assert facts(text, "ru")["company"] == "Автономная некоммерческая организация «Беговое сообщество Волги»"


@pytest.mark.parametrize(
    ("text", "language", "sells"),
    [
        ("No vendemos a menores de 14 años ni recogemos conscientemente sus datos.", "es", None),
        ("No vendemos tus datos personales a terceros.", "es", "no"),
        ("Мы не продаём несовершеннолетним алкоголь и не собираем их данные.", "ru", None),
        ("Мы не продаём персональные данные.", "ru", "no"),
        ("We do not sell to minors and do not knowingly collect their personal information.", "en", None),
    ],
)
def test_selling_to_a_person_is_not_selling_data(text: str, language: str, sells: str | None) -> None:
    assert facts(text, language)["sells_data"] == sells


@pytest.mark.parametrize(
    ("text", "kind", "period"),
    [
        ("5. Conservación\nMientras seas socio y, terminado el contrato, durante el plazo de prescripción de las "
         "acciones legales (5 años).", "fixed", "P5Y"),
        # near miss: no period after the relationship, the rule stays bound to it
        ("5. Conservación\nConservamos tus datos mientras seas socio.", "purpose-bound", None),
    ],
)
def test_period_after_the_contract_ends_is_the_rule(text: str, kind: str, period: str | None) -> None:
    retention = facts(text, "es")["retention"]
    assert (retention["kind"], retention["period"]) == (kind, period)


def test_changes_heading_joined_with_another_topic() -> None:
    text = "10. Cambios y contacto\nTe avisaremos de cambios relevantes por correo electrónico y en la app."
    assert facts(text, "es")["policy_change_notice"] is True
    assert facts("10. Pagos y contacto\nTe avisaremos por correo electrónico.", "es")["policy_change_notice"] is False


# --- round 2: later sub-titles of a section whose first sub-title was kept stay in it ----------------------------
def test_sibling_sub_titles_stay_in_the_collection_section() -> None:
    html = ("<html><body><h1>Политика конфиденциальности</h1><h2>Что мы собираем</h2><h3>Вы сообщаете сами</h3>"
            "<p>Номер телефона или e-mail для входа, имя профиля.</p><h3>Появляется, когда вы смотрите</h3>"
            "<p>Модель устройства, версия ОС и приложения, IP-адрес, язык интерфейса.</p>"
            "<h2>Как мы используем данные</h2><p>Чтобы списывать плату за подписку.</p>"
            "<h2>Кому мы помогаем</h2><p>Модель устройства, версия ОС и приложения, IP-адрес.</p></body></html>")
    record = facts(page(html), "ru")
    assert {"IPAddress", "Language", "DeviceOperatingSystem"} <= set(record["data_categories"])
    assert "PaymentManagement" in record["purposes"]


def test_sibling_rule_stops_at_a_known_section() -> None:
    """Near miss: after a known section ('use'), an unknown title is no longer a collection sub-title."""
    html = ("<html><body><h1>Политика</h1><h2>Что мы собираем</h2><h3>Вы сообщаете сами</h3>"
            "<p>Имя профиля и адрес электронной почты для входа.</p><h2>Как мы используем данные</h2>"
            "<p>Чтобы рекомендовать фильмы.</p><h2>О компании</h2><p>Модель устройства, IP-адрес.</p></body></html>")
    assert "IPAddress" not in facts(page(html), "ru")["data_categories"]


# --- round 2: names and phrasings ---------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("field", "language", "text", "expected", "absent"),
    [
        ("data_categories", "ru", "любимые жанры, оценки фильмов, продолжительность просмотра",
         {"Preference", "Opinion", "ServiceConsumptionBehaviour"}, set()),
        ("data_categories", "ru", "лекарственных препаратов, отпускаемых по рецепту", {"Health"}, set()),
        ("data_categories", "az", "ad, soyad, ata adı, FİN, qəbul imtahanının balları", {"OfficialID"}, set()),
        ("data_categories", "az", "fin", set(), {"OfficialID"}),
        ("data_categories", "es", "los movimientos de tu cuenta y el CBU de destino", {"Transaction", "BankAccount"}, set()),
        ("data_categories", "es", "tu situación en la Central de Deudores", {"CreditRecord"}, set()),
        ("data_categories", "es", "datos de tarjeta, póliza de gastos médicos mayores, preferencias religiosas",
         {"PaymentCard", "Insurance", "Religion"}, set()),
        ("purposes", "ru", "Чтобы списывать плату за подписку", {"PaymentManagement"}, set()),
        ("purposes", "es", "evaluamos tu capacidad de pago", {"CustomerSolvencyMonitoring"}, set()),
        ("purposes", "es", "para darte el servicio de cuenta de pago", {"ServiceProvision"}, set()),
        ("purposes", "az", "tədris prosesinin təşkili və statistik hesabatların təqdim edilməsi",
         {"ServiceProvision", "ProvideOfficialStatistics"}, set()),
        ("recipients", "ru", "правообладателям фильмов", {"partners"}, set()),
        ("recipients", "az", "Təhsil Nazirliyinə və Dövlət İmtahan Mərkəzinə", {"authorities"}, set()),
        ("recipients", "az", "dövlət qeydiyyatı olan şirkətlərə", set(), {"authorities"}),
        ("disclosure_conditions", "es", "jueces que nos lo pidan en el marco de sus facultades", {"legal-obligation"}, set()),
        ("disclosure_conditions", "ru", "сводную статистику без сведений, позволяющих определить покупателя",
         {"anonymised"}, set()),
        ("rights", "es", "podés pedir que lo revise una persona de nuestro equipo", {"automated-decision"}, set()),
        ("rights", "es", "Si no desea que sus datos se traten para las finalidades secundarias, puede manifestar su negativa",
         {"opt-out-marketing"}, set()),
        ("security_measures", "es", "pedimos un segundo factor; acceso por contraseña y perfiles", {"access-control"}, set()),
    ],
)
def test_names_and_phrasings_round2(field: str, language: str, text: str, expected: set[str], absent: set[str]) -> None:
    found = keys(field, language, text)
    assert expected <= found and not (absent & found)


def test_never_in_plain_text_protects_rather_than_denies() -> None:
    text = ("5) ¿Cómo la protegemos?\nEncriptamos los datos sensibles, tu clave nunca viaja en texto plano, pedimos un "
            "segundo factor para operaciones importantes.")
    assert {"encryption", "access-control"} <= set(facts(text, "es")["security_measures"])
    assert facts("5) Seguridad\nNunca usamos cifrado.", "es")["security_measures"] == []


@pytest.mark.parametrize(
    ("text", "language", "mentioned"),
    [
        ("Las cuentas se alojan aquí. Con tu consentimiento, enviamos tus datos a universidades extranjeras asociadas.", "es", True),
        ("Данные студентов с их согласия направляются зарубежным университетам-партнёрам.", "ru", True),
        ("Tələbələrin məlumatları onların razılığı ilə tərəfdaş xarici universitetlərə göndərilir.", "az", True),
        ("Vendemos productos extranjeros en nuestras tiendas.", "es", False),
    ],
)
def test_a_foreign_institution_as_recipient_is_a_transfer_abroad(text: str, language: str, mentioned: bool) -> None:
    assert facts(text, language)["cross_border"]["mentioned"] is mentioned


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Хранение\nДанные хранятся, пока действует ваш аккаунт. После удаления аккаунта данные будут удалены в "
         "течение 30 дней.", "purpose-bound"),
        ("Сроки\nДанные хранятся, пока вы участвуете в Программе. Анкета удаляется в течение 30 дней после выхода.",
         "purpose-bound"),
    ],
)
def test_russian_keeping_while_the_account_lasts(text: str, kind: str) -> None:
    assert facts(text, "ru")["retention"]["kind"] == kind


def test_russian_capital_names_the_storage_country() -> None:
    text = "Хостинг-провайдер, чьи серверы находятся в Москве, хранит данные по нашему поручению."
    assert facts(text, "ru")["cross_border"]["storage_location"] == "RU"


def test_downloading_the_app_and_accepting_is_implied_consent() -> None:
    assert facts("Al descargar la app y crear tu cuenta aceptás esta política.", "es")["implied_consent"] is True


# --- round 3 -------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("heading", "language", "section"),
    [
        ("4. КТО ЕЩЁ ПОЛУЧАЕТ ДАННЫЕ", "ru", "sharing"),
        ("Who else sees your data", "en", "sharing"),
        ("Kimlərlə məlumatlarınızı paylaşırıq", "az", "sharing"),
        # near misses: who the controller is, and a who-title about no data
        ("2. Кто обрабатывает ваши данные", "ru", "collection"),
    ],
)
def test_a_title_opening_with_who_asks_who_gets_the_data(heading: str, language: str, section: str) -> None:
    assert section in sections(heading + "\nСтраховые компании — при ДТП.", language)[0]


def test_recipients_under_an_unmarked_who_title() -> None:
    text = ("4. КТО ЕЩЁ ПОЛУЧАЕТ ДАННЫЕ\n• Органы ГИБДД, полиция и суды — по их запросу и в случаях, предусмотренных "
            "законом.\n• Подрядчики: колл-центр, облачный хостинг.\n")
    record = facts(text, "ru")
    assert {"authorities", "service-providers"} <= set(record["recipients"])
    assert "legal-obligation" in record["disclosure_conditions"]


@pytest.mark.parametrize(
    ("field", "language", "text", "expected", "absent"),
    [
        ("data_categories", "es", "tu profesión, estudios, altura", {"Professional", "Education", "PhysicalCharacteristic"}, set()),
        ("data_categories", "es", "estudios de mercado", set(), {"Education"}),
        ("data_categories", "es", "los mensajes que intercambias con tus coincidencias", {"Communication"}, set()),
        ("data_categories", "es", "genera un patrón facial", {"FacialPrint"}, set()),
        ("data_categories", "az", "səbətə atdığınız və aldığınız məhsullar", {"Purchase"}, set()),
        ("data_categories", "az", "Məhsula rəy yazdıqda rəyiniz dərc olunur", {"Opinion"}, set()),
        ("data_categories", "az", "həkimin rəyi və təyinatları", set(), {"Opinion"}),
        ("purposes", "es", "Enviarte notificaciones de nuevas coincidencias", {"CommunicationManagement"}, set()),
        ("purposes", "es", "Medir el uso de la app", {"ServiceUsageAnalytics"}, set()),
        ("rights", "es", "descargar una copia y retirar tus consentimientos", {"copy", "withdraw-consent"}, set()),
        ("rights", "az", "onları Profilim bölməsində yeniləməyə", {"rectification"}, set()),
        ("security_measures", "es", "Ciframos los mensajes en tránsito y las fotos en reposo",
         {"encryption-in-transit", "encryption"}, set()),
    ],
)
def test_names_and_phrasings_round3(field: str, language: str, text: str, expected: set[str], absent: set[str]) -> None:
    found = keys(field, language, text)
    assert expected <= found and not (absent & found)


def test_keeping_while_the_account_is_active_is_the_rule() -> None:
    text = ("5. Conservación\nConservamos tus datos mientras tu cuenta esté activa. Si no inicias sesión durante 2 años, "
            "la borraremos.")
    assert facts(text, "es")["retention"]["kind"] == "purpose-bound"

    # near miss: a period after the account that ends in deletion ("después de lo cual") is the rule one holds us to
    text = ("5. Conservación\nConservaremos sus datos mientras su cuenta esté activa y, posteriormente, durante 5 años "
            "para cumplir obligaciones fiscales, después de lo cual serán bloqueados y suprimidos.")
    assert (facts(text, "es")["retention"]["kind"], facts(text, "es")["retention"]["period"]) == ("fixed", "P5Y")


def test_a_recipient_that_receives_is_shared_with() -> None:
    text = "3. ¿Quién más ve tus datos?\nLas redes publicitarias reciben el identificador publicitario de tu móvil."
    assert facts(text, "es")["recipients"] == ["advertisers"]
    # near miss: users receiving notifications is no disclosure
    assert facts("3. Tus datos\nLos usuarios reciben notificaciones de nuevas coincidencias.", "es")["recipients"] == []


def test_help_line_label_gives_the_phone() -> None:
    assert facts("Los fondos no son depósitos. Ayuda: 0800-000-6263.", "es")["contacts"]["phones"] == ["0800-000-6263"]
