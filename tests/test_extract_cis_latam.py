"""Rules for Russian policies of Central Asia, Spanish policies of Uruguay and Ecuador, and Azerbaijani
banking and app policies (issue 16, fresh batch 11), each on sentences of our own.

Every rule is checked on the real chain (segment -> extract -> policy-facts/1 record) or on the
vocabulary matcher it lives in, with a near-miss beside it that the rule must leave alone.
"""
from __future__ import annotations

import hashlib
from typing import Any

import pytest

from policykg.ingest.evaluate import company_matches
from policykg.ingest.extract import extract
from policykg.ingest.model import Document
from policykg.ingest.record import extraction_to_record
from policykg.ingest.segment import segment
from policykg.ingest.vocabulary import matcher_for


def facts(text: str, language: str) -> dict[str, Any]:
    doc = Document(source="t.txt", name="t.txt", text=text, sha256=hashlib.sha256(text.encode()).hexdigest(),
                   media_type="text/plain", encoding="utf-8", language=language)
    return extraction_to_record(extract(doc, segment(doc)))


def keys(field: str, language: str, text: str) -> set[str]:
    return {m.key for m in matcher_for(field, language).find(text)}


# ---------------------------------------------------------------- where data is stored

@pytest.mark.parametrize(("text", "language", "country"), [
    ("Персональные данные хранятся на серверах, расположенных на территории Кыргызской Республики.", "ru", "KG"),
    ("Персональные данные хранятся в базах данных, размещённых на территории Республики Узбекистан.", "ru", "UZ"),
    ("Sus datos se almacenan en servidores ubicados en Uruguay.", "es", "UY"),
    ("Nuestros servidores se encuentran en Ecuador.", "es", "EC"),
])
def test_storage_in_central_asian_and_latin_american_countries(text: str, language: str, country: str) -> None:
    assert facts(text, language)["cross_border"] == {"mentioned": True, "storage_location": country}


def test_citizens_of_a_country_are_not_where_data_is_stored() -> None:
    record = facts("Политика распространяется на граждан Республики Узбекистан, пользующихся сайтом.", "ru")
    assert record["cross_border"]["storage_location"] is None


def test_es_hosting_outside_a_named_country_is_a_transfer_abroad() -> None:
    text = "Algunos proveedores de servicios en la nube pueden alojar datos fuera de Uruguay."
    assert facts(text, "es")["cross_border"]["mentioned"] is True
    # near-miss: a product made in a country moves no data
    assert facts("Vendemos productos fabricados en Uruguay.", "es")["cross_border"]["mentioned"] is False


# ---------------------------------------------------------------- a contract of sale is not a sale of data

def test_ru_contract_of_sale_does_not_make_a_collected_item_a_disclosure() -> None:
    text = ("Общество обрабатывает следующие персональные данные:\n"
            "а) фамилия, имя, отчество;\n"
            "б) паспортные данные — при заключении договора купли-продажи автомобиля;\n"
            "в) номер телефона.\n")
    assert "OfficialID" in facts(text, "ru")["data_categories"]
    # near-miss: selling data is still selling
    assert facts("Мы никогда не продаём ваши персональные данные.", "ru")["sells_data"] == "no"


def test_ru_card_payment_on_the_banks_page_is_not_collection() -> None:
    text = "2. Какие данные мы получаем\nОплата банковской картой производится на защищённой странице банка-эквайера."
    assert "PaymentCard" not in facts(text, "ru")["data_categories"]
    assert "PaymentCard" in facts("2. Какие данные мы получаем\nМы получаем номер банковской карты.", "ru")["data_categories"]


# ---------------------------------------------------------------- rights

def test_ru_rights_as_central_asian_laws_word_them() -> None:
    found = keys("rights", "ru", "Клиент имеет право знать о наличии у Общества своих персональных данных, "
                                 "получать к ним доступ, требовать их изменения и дополнения")
    assert {"access", "rectification"} <= found
    # near-miss: amendments to the policy are not the user's rectification
    assert "rectification" not in keys("rights", "ru", "Внесение изменений и дополнений в Политику")


@pytest.mark.parametrize(("text", "right"), [
    ("podés presentar una denuncia ante la URCDP", "complaint-to-authority"),
    ("puede acudir a la Superintendencia de Protección de Datos Personales", "complaint-to-authority"),
    ("los derechos de acceso, rectificación y actualización, eliminación, oposición", "erasure"),
    ("a no ser objeto de decisiones basadas únicamente en valoraciones automatizadas", "automated-decision"),
    ("podés darte de baja de las promociones respondiendo BAJA", "opt-out-marketing"),
])
def test_es_rights_of_uruguayan_and_ecuadorian_notices(text: str, right: str) -> None:
    assert right in keys("rights", "es", text)


@pytest.mark.parametrize(("text", "right"), [
    ("presentar un reclamo ante la empresa", "complaint-to-authority"),
    ("la eliminación de cookies desde el navegador", "erasure"),
    ("darte de baja del Club en cualquier sucursal", "opt-out-marketing"),
])
def test_es_right_near_misses(text: str, right: str) -> None:
    assert right not in keys("rights", "es", text)


def test_az_handling_complaints_is_a_purpose_not_the_right_to_complain() -> None:
    assert "complaint-to-authority" not in keys("rights", "az", "şikayət və müraciətlərə baxmaq")
    assert "complaint-to-authority" in keys("rights", "az", "nəzarət orqanına şikayət vermək hüququ")


# ---------------------------------------------------------------- data categories and purposes

@pytest.mark.parametrize(("language", "text", "expected"), [
    ("ru", "сведения о рецепте врача (фото рецепта)", True),
    ("ru", "рецептурные препараты отпускаются в аптеке", False),
    ("es", "la receta médica que usted adjunta", True),
    ("es", "la receta de la semana en nuestro blog", False),
    ("az", "həkim resepti və ya reseptin surəti", True),
    ("az", "resept üzrə dərmanlar", False),
])
def test_a_doctors_prescription_is_a_health_record(language: str, text: str, expected: bool) -> None:
    assert ("HealthRecord" in keys("data_categories", language, text)) is expected


def test_es_cedula_and_ruc_are_official_ids_but_not_a_companys_cedula_juridica() -> None:
    assert "OfficialID" in keys("data_categories", "es", "nombre o razón social, RUC o cédula, dirección")
    assert "OfficialID" not in keys("data_categories", "es", "la cédula jurídica de la empresa")


def test_reading_history_and_trip_history() -> None:
    assert "BrowsingBehaviour" in keys("data_categories", "es", "las noticias que lee y el tiempo de lectura")
    assert "BrowsingBehaviour" not in keys("data_categories", "es", "las noticias de la empresa")
    assert "TravelHistory" in keys("data_categories", "az", "gediş tarixçəsi və reytinqlər")
    assert "TravelHistory" not in keys("data_categories", "az", "gediş haqqı")


@pytest.mark.parametrize(("language", "text", "purpose"), [
    ("es", "moderar los comentarios y prevenir el spam y los usos abusivos", "MisusePreventionAndDetection"),
    ("ru", "защита пользователей от спама", "MisusePreventionAndDetection"),
    ("es", "gestionar tu membresía y la acumulación y canje de puntos", "CustomerRelationshipManagement"),
    ("ru", "начисление и списание бонусных баллов", "CustomerRelationshipManagement"),
    ("az", "bonus xallarının toplanması", "CustomerRelationshipManagement"),
])
def test_spam_and_loyalty_points(language: str, text: str, purpose: str) -> None:
    assert purpose in keys("purposes", language, text)


def test_exchanging_currency_is_no_loyalty_programme() -> None:
    assert "CustomerRelationshipManagement" not in keys("purposes", "es", "el canje de divisas en sucursal")


# ---------------------------------------------------------------- disclosure conditions

def test_es_shared_only_if_you_consent() -> None:
    assert "consent" in keys("disclosure_conditions", "es", "a anunciantes, solo si usted lo consiente")
    assert "consent" not in keys("disclosure_conditions", "es", "si usted consulta nuestras ofertas")


def test_az_processors_acting_on_the_banks_instruction_are_entrusted() -> None:
    text = ("4. Məlumatların üçüncü şəxslərə ötürülməsi\n"
            "Kartların prosessinqi üçün Bank xidmət təminatçılarından istifadə edir; "
            "onlar məlumatları yalnız Bankın tapşırığı ilə emal edirlər.")
    assert "entrusted-processing" in facts(text, "az")["disclosure_conditions"]


@pytest.mark.parametrize(("language", "text"), [
    ("az", "xarici operatorlara - yalnız xidmətin göstərilməsi üçün zəruri olan həcmdə"),
    ("ru", "партнёрам в объёме, необходимом для оказания услуг связи"),
    ("es", "a proveedores, en la medida necesaria para prestar el servicio"),
])
def test_to_the_extent_needed_for_the_service_is_the_contract_case(language: str, text: str) -> None:
    assert "contract" in keys("disclosure_conditions", language, text)


def test_needed_for_the_service_without_extent_is_not_the_contract_case() -> None:
    assert "contract" not in keys("disclosure_conditions", "ru", "данные, необходимые для оказания услуг")


# ---------------------------------------------------------------- implied consent

@pytest.mark.parametrize(("language", "text", "expected"), [
    ("es", "Al adherirte al Club y utilizar tu tarjeta aceptás esta política.", True),
    ("es", "Si continúa navegando sin cambiar la configuración, consideramos que acepta su uso.", True),
    ("es", "Al adherirte al Club recibirás puntos por cada compra.", False),
    ("ru", "Если вы продолжаете пользоваться сайтом, вы соглашаетесь с условиями Политики.", True),
    ("ru", "Если вы не согласны с Политикой, прекратите пользоваться сайтом.", False),
])
def test_implied_consent_by_joining_or_continuing(language: str, text: str, expected: bool) -> None:
    assert facts(text, language)["implied_consent"] is expected


# ---------------------------------------------------------------- dates

def test_es_dateline_under_the_title_is_the_policys_date() -> None:
    text = "Club Plata\n\nPOLÍTICA DE PRIVACIDAD\n\nMontevideo, 3 de mayo de 2023\n\nI. Responsable\nTexto."
    assert facts(text, "es")["last_updated"] == "2023-05-03"
    # near-miss: a sentence that starts with a place is no dateline
    text = "POLÍTICA DE PRIVACIDAD\n\nEn Montevideo, el 3 de mayo de 2023 abrimos una sucursal.\n"
    assert facts(text, "es")["last_updated"] is None


def test_az_date_of_the_approving_decision() -> None:
    text = ("SİYASƏT\n\nBankın İdarə Heyətinin 12.03.2024-cü il tarixli 07/24 nömrəli qərarı ilə təsdiq edilmişdir\n\n"
            "1. Bu Siyasət \"Fərdi məlumatlar haqqında\" Azərbaycan Respublikasının 11 may 2010-cu il tarixli "
            "Qanununa uyğun olaraq hazırlanmışdır.")
    assert facts(text, "az")["last_updated"] == "2024-03-12"
    # near-miss: the law's own date, "dated" too, is not the policy's
    assert facts(text.split("\n\n", 2)[2], "az")["last_updated"] is None


def test_az_dateline_with_the_city() -> None:
    assert facts("MƏXFİLİK SİYASƏTİ\n\nBakı şəhəri, 12 mart 2024\n\nMətn.", "az")["last_updated"] == "2024-03-12"


# ---------------------------------------------------------------- contacts, changes, minors, laws

def test_az_country_code_inside_the_parenthesis_is_kept_whole() -> None:
    record = facts("Əlaqə: (+994 12) 404 00 00", "az")
    assert record["contacts"]["phones"] == ["(+994 12) 404 00 00"]


@pytest.mark.parametrize(("text", "phone"), [
    ("Contacto: privacidad@faro.example.com | PBX: (04) 232-0000", "(04) 232-0000"),
    ("escribiendo a datos@club.example.com o llamando al 0800 1234.", "0800 1234"),
])
def test_es_ecuadorian_and_uruguayan_numbers(text: str, phone: str) -> None:
    assert facts(text, "es")["contacts"]["phones"] == [phone]


def test_es_a_tax_number_is_no_phone() -> None:
    assert facts("Editorial S.A., RUC 0990012345001, Guayaquil.", "es")["contacts"]["phones"] == []


def test_ru_changes_to_the_regulation_named_with_a_capital() -> None:
    text = "12. Изменения в Положение вносятся приказом директора и публикуются на сайте."
    assert facts(text, "ru")["policy_change_notice"] is True
    text = "12. Изменения в законодательстве публикуются на официальном сайте."
    assert facts(text, "ru")["policy_change_notice"] is False


def test_az_age_written_with_the_bare_ablative() -> None:
    assert facts("16 yaşdan kiçik şəxslər tətbiqdən müstəqil istifadə edə bilməzlər.", "az")["minors"] == {
        "mentioned": True, "age": 16}


def test_ru_law_named_by_its_quoted_title() -> None:
    text = "Политика разработана в соответствии с Законом Кыргызской Республики «Об информации персонального характера»."
    assert facts(text, "ru")["laws_cited"] == ["other"]
    assert facts("Политика разработана в соответствии с законодательством.", "ru")["laws_cited"] == []


# ---------------------------------------------------------------- scoring: legal forms in words

def test_company_legal_forms_written_out_in_words() -> None:
    assert company_matches("ОсОО «Ала-Тоо Фарм»", "Общество с ограниченной ответственностью «Ала-Тоо Фарм»")
    assert company_matches("Xəzər İnvest Bank ASC", "\"Xəzər İnvest Bank\" Açıq Səhmdar Cəmiyyəti")
    assert company_matches("Plata S.A.", "Plata, Sociedad Anónima")
    assert not company_matches("ООО «Ромашка»", "Общество с ограниченной ответственностью «Лютик»")


# ---------------------------------------------------------------- batch 12: clinic, betting site, game studio

@pytest.mark.parametrize(("language", "text", "condition"), [
    ("az", "pasiyentin həyatına təhlükə olduqda və o, razılıq verə bilmədikdə", "vital-interests"),
    ("ru", "при угрозе жизни пациента, когда получить его согласие невозможно", "vital-interests"),
    ("es", "cuando exista peligro para la vida del titular", "vital-interests"),
    ("az", "yoluxucu xəstəliklərin yayılması təhlükəsi olduqda — səhiyyə orqanlarına", "public-interest"),
    ("ru", "при угрозе распространения инфекционных заболеваний", "public-interest"),
    ("es", "en caso de epidemia o de enfermedades contagiosas", "public-interest"),
])
def test_danger_to_life_and_infectious_disease_cases(language: str, text: str, condition: str) -> None:
    assert condition in keys("disclosure_conditions", language, text)


def test_life_insurance_is_no_danger_to_life() -> None:
    assert "vital-interests" not in keys("disclosure_conditions", "az", "həyat sığortası müqaviləsi")


def test_es_updated_label_and_az_dateline_with_the_year_suffix() -> None:
    assert facts("AVISO\n\nActualizado: 20 de junio de 2024\n\nTexto.", "es")["last_updated"] == "2024-06-20"
    text = "ƏSASNAMƏ\n\nBakı şəhəri                          05 avqust 2024-cü il\n\nMətn."
    assert facts(text, "az")["last_updated"] == "2024-08-05"
    # near-miss: "actualizado" inside a sentence about a law
    text = "AVISO\n\nEl reglamento fue actualizado: véase la Ley del 20 de junio de 2024.\n"
    assert facts(text, "es")["last_updated"] is None


@pytest.mark.parametrize(("language", "text", "period"), [
    ("ru", "Если вы не заходили в игру 3 года, аккаунт удаляется.", "P3Y"),
    ("ru", "Аккаунт удаляется после 2 лет неактивности.", "P2Y"),
    ("es", "Eliminaremos su cuenta tras 2 años de inactividad.", "P2Y"),
    ("es", "Si no inicia sesión durante dos años, eliminaremos su cuenta.", "P2Y"),
])
def test_deletion_after_inactivity_is_a_fixed_period(language: str, text: str, period: str) -> None:
    assert facts(text, language)["retention"] == {"stated": True, "kind": "fixed", "period": period}


def test_ru_kept_while_you_play_is_purpose_bound() -> None:
    assert facts("Игровой аккаунт хранится, пока вы играете.", "ru")["retention"]["kind"] == "purpose-bound"
    # near-miss: a period of use that is not inactivity gives no retention
    assert facts("Eliminaremos su cuenta tras 2 años de uso intensivo.", "es")["retention"]["stated"] is False


def test_es_of_age_as_a_condition_of_the_account() -> None:
    assert facts("a) Verificar su identidad y que es mayor de 18 años.", "es")["minors"] == {"mentioned": True, "age": 18}
    assert facts("Clientes mayores de 65 años reciben descuentos.", "es")["minors"]["mentioned"] is False


def test_es_withdrawing_this_authorisation() -> None:
    assert "withdraw-consent" in keys("rights", "es", "Puede retirar esta autorización en cualquier momento")
    assert "withdraw-consent" not in keys("rights", "es", "Puede consultar esta autorización en su cuenta")


def test_game_data_and_purposes() -> None:
    found = keys("data_categories", "ru", "игровой прогресс, статистика сессий, история внутриигровых покупок")
    assert {"ServiceConsumptionBehaviour", "Purchase"} <= found
    assert not keys("data_categories", "ru", "в истории нашей компании")
    assert "ImproveExistingProductsAndServices" in keys("purposes", "ru", "для анализа игрового баланса и улучшения игр")
    assert "ImproveExistingProductsAndServices" not in keys("purposes", "ru", "игры с друзьями")
    assert "PaymentManagement" in keys("purposes", "ru", "чтобы обрабатывать внутриигровые покупки")


def test_az_payments_and_settlements_and_quality_control() -> None:
    text = "ödənişlər və sığorta şirkəti ilə hesablaşmalar haqqında məlumat"
    assert "Transaction" in keys("data_categories", "az", text)
    assert "Transaction" not in keys("data_categories", "az", "ödənişlər kartla qəbul edilir")
    assert "ImproveExistingProductsAndServices" in keys("purposes", "az", "xidmətlərin keyfiyyətinə nəzarət")


# ---------------------------------------------------------------- causes seen again in batches 8-10

def test_az_bank_card_is_a_payment_card_not_a_bank_account() -> None:
    found = keys("data_categories", "az", "bank kartının son dörd rəqəmi")
    assert "PaymentCard" in found and "BankAccount" not in found
    assert "BankAccount" in keys("data_categories", "az", "bank hesabı (IBAN)")


@pytest.mark.parametrize(("language", "text"), [
    ("ru", "отозвать согласие на получение рекламных сообщений"),
    ("es", "revocar su consentimiento para recibir comunicaciones comerciales"),
    ("az", "reklam xarakterli SMS almaqdan imtina etmək"),
])
def test_withdrawing_consent_to_advertising_is_opting_out_of_marketing(language: str, text: str) -> None:
    assert "opt-out-marketing" in keys("rights", language, text)


def test_withdrawing_consent_to_processing_is_not_opting_out_of_marketing() -> None:
    assert "opt-out-marketing" not in keys("rights", "ru", "отозвать согласие на обработку персональных данных")


def test_az_information_security_is_no_promise_to_inform() -> None:
    text = "İnformasiya təhlükəsizliyi insidentləri Mərkəzin kibertəhlükəsizlik şöbəsi tərəfindən araşdırılır."
    assert facts(text, "az")["incident_notification"] is False
    text = "Təhlükəsizlik insidenti baş verdikdə sizi dərhal məlumatlandıracağıq."
    assert facts(text, "az")["incident_notification"] is True
    assert facts("We will inform you of any security incident.", "en")["incident_notification"] is True


# ---------------------------------------------------------------- batch 13: developer, ISP, job portal

def test_es_elliptical_half_after_a_semicolon_keeps_the_verb() -> None:
    text = ("Los registros de conexión se guardan durante el plazo exigido por la normativa; los demás datos, "
            "mientras seas cliente y hasta diez años después, por obligaciones tributarias.")
    assert facts(text, "es")["retention"] == {"stated": True, "kind": "fixed", "period": "P10Y"}
    # near-miss: a half that names neither a bound nor a period states nothing
    text = "Los registros se guardan en servidores seguros; los demás datos, en nuestras oficinas."
    assert facts(text, "es")["retention"]["stated"] is False


def test_until_you_delete_the_account_and_deletion_delay_stay_purpose_bound() -> None:
    text = ("Hesabınızı silənə qədər məlumatlarınız saxlanılır; hesab silindikdən sonra 30 gün ərzində "
            "bütün məlumatlar məhv edilir.")
    assert facts(text, "az")["retention"]["kind"] == "purpose-bound"


@pytest.mark.parametrize(("language", "field", "text", "key"), [
    ("es", "data_categories", "historial de facturas y medio de pago", "Transaction"),
    ("es", "data_categories", "consultamos su historial crediticio", "CreditRecord"),
    ("ru", "data_categories", "данные о посещении сайта", "BrowsingBehaviour"),
    ("az", "data_categories", "təhsil, iş təcrübəsi, dil bilikləri", "Language"),
    ("ru", "data_categories", "знание иностранных языков", "Language"),
    ("es", "purposes", "verificar tu historial crediticio consultando burós de información crediticia", "CustomerSolvencyMonitoring"),
    ("es", "purposes", "cumplir las obligaciones impuestas por la Comisión", "LegalCompliance"),
    ("ru", "purposes", "консультирование по объектам и подбор квартиры", "CustomerCare"),
    ("az", "purposes", "profilin yaradılması və idarə olunması", "AccountManagement"),
    ("es", "rights", "podés pedir que no te enviemos más ofertas", "opt-out-marketing"),
    ("az", "rights", "profilinizi istənilən vaxt redaktə edə bilərsiniz", "rectification"),
    ("ru", "disclosure_conditions", "по мотивированным запросам судов, органов прокуратуры и следствия", "criminal-investigation"),
    ("es", "security_measures", "contamos con un área de seguridad de la información", "dedicated-team"),
    ("es", "security_measures", "capacitamos periódicamente a nuestro personal", "staff-training"),
    ("es", "recipients", "con burós de información crediticia", "third-parties"),
])
def test_batch13_vocabulary(language: str, field: str, text: str, key: str) -> None:
    assert key in keys(field, language, text)


def test_ru_state_registration_of_a_contract_is_no_user_registration() -> None:
    assert "ServiceRegistration" not in keys("purposes", "ru", "государственная регистрация договоров в Росреестре")
    assert "ServiceRegistration" in keys("purposes", "ru", "при регистрации на сайте")


def test_es_voseo_can_addresses_the_person() -> None:
    text = "3. Finalidades\n- Enviarte ofertas de nuevos planes. Podés pedir que no te enviemos más ofertas."
    assert "opt-out-marketing" in facts(text, "es")["rights"]


def test_az_data_given_to_authorities_when_the_law_requires() -> None:
    text = "Dövlət orqanlarına məlumatlar yalnız qanunla müəyyən edilmiş hallarda təqdim olunur."
    record = facts(text, "az")
    assert "authorities" in record["recipients"] and "legal-obligation" in record["disclosure_conditions"]


# ---------------------------------------------------------------- the publisher's name as written

@pytest.mark.parametrize(("language", "text", "name"), [
    ("ru", "Политика Акционерного общества «Специализированный застройщик «Волжские кварталы»» (далее — Оператор).",
     "«Специализированный застройщик «Волжские кварталы»»"),
    ("ru", "Оператор — Общество с ограниченной ответственностью «Ромашка» (далее — Оператор).",
     "Общество с ограниченной ответственностью «Ромашка»"),
    ("es", "Red Guaraní Telecomunicaciones S.A.E.C.A. presta servicios de internet.",
     "Red Guaraní Telecomunicaciones S.A.E.C.A."),
])
def test_nested_quotes_and_paraguayan_forms(language: str, text: str, name: str) -> None:
    assert facts(text, language)["company"] == name


# ---------------------------------------------------------------- batch 14: nanny service, Panamanian bank, property portal

@pytest.mark.parametrize(("language", "text"), [
    ("ru", "Данные подписчиков рассылки хранятся до отзыва согласия."),
    ("es", "Sus datos se conservarán hasta que revoque su consentimiento."),
    ("az", "Məlumatlar razılığınız geri götürülənə qədər saxlanılır."),
])
def test_until_consent_is_withdrawn_is_a_rule_of_no_kind(language: str, text: str) -> None:
    # neither a purpose bound nor a period: stated, kind unknown (a fixed period elsewhere still counts)
    assert facts(text, language)["retention"] == {"stated": True, "kind": None, "period": None}


def test_fixed_period_beside_until_consent_is_withdrawn_stays_fixed() -> None:
    text = ("Сведения о пожертвованиях хранятся в течение пяти лет после окончания отчётного года. "
            "Данные подписчиков рассылки хранятся до отзыва согласия.")
    assert facts(text, "ru")["retention"] == {"stated": True, "kind": "fixed", "period": "P5Y"}


@pytest.mark.parametrize(("language", "field", "text", "key"), [
    ("ru", "data_categories", "имя, возраст и особенности здоровья (аллергии, режим питания)", "Health"),
    ("ru", "data_categories", "медицинская книжка няни", "HealthRecord"),
    ("es", "data_categories", "historial de préstamos", "CreditRecord"),
    ("az", "data_categories", "kartla aparılan əməliyyatların tarixi və məbləği", "Transaction"),
    ("ru", "purposes", "проверка благонадёжности нянь", "Verification"),
    ("ru", "purposes", "рассмотрение жалоб", "CustomerClaimsManagement"),
    ("az", "purposes", "portalın statistikasının aparılması", "ServiceUsageAnalytics"),
    ("az", "rights", "məlumatlarınızı dəqiqləşdirə bilərsiniz", "rectification"),
    ("ru", "recipients", "направляет запросы в органы МВД", "authorities"),
    ("ru", "security_measures", "доступ к анкетам ограничен", "access-control"),
])
def test_batch14_vocabulary(language: str, field: str, text: str, key: str) -> None:
    assert key in keys(field, language, text)


def test_az_a_responsible_persons_name_is_no_dedicated_team() -> None:
    assert "dedicated-team" not in keys("security_measures", "az", "şirkətin adı, VÖEN, məsul şəxsin adı")
    assert "dedicated-team" in keys("security_measures", "az", "fərdi məlumatların mühafizəsi üzrə məsul şəxs təyin edilib")


def test_es_law_cited_by_number_and_date() -> None:
    text = "Tratamos sus datos conforme a la Ley 81 de 26 de marzo de 2019 sobre Protección de Datos Personales."
    assert facts(text, "es")["laws_cited"] == ["other"]
    assert facts("Tratamos sus datos conforme a la ley.", "es")["laws_cited"] == []
