"""Rules for Russian 152-FZ operator policies, Mexican LFPDPPP notices and Azerbaijani telecom rules
(issue 16, fresh batches 15-17), each on sentences of our own.

Every rule is checked on the real chain (segment -> extract -> policy-facts/1 record) or on the
vocabulary matcher it lives in, with a near-miss beside it that the rule must leave alone.
"""
from __future__ import annotations

import pytest

from policykg.ingest.model import Document
from policykg.ingest.segment import segment
from tests.test_extract_cis_latam import facts, keys


# ---------------------------------------------------------------- publisher legal forms

@pytest.mark.parametrize(("text", "language", "name"), [
    ("“Araz Şəbəkə” Məhdud Məsuliyyətli Cəmiyyətinin fərdi məlumatların emalı qaydaları. "
     "Bu Qaydalar “Araz Şəbəkə” Məhdud Məsuliyyətli Cəmiyyətinin abunəçilərinə aiddir.", "az",
     "“Araz Şəbəkə” Məhdud Məsuliyyətli Cəmiyyəti"),
    ("“Dəniz Kart” Açıq Səhmdar Cəmiyyətindən fərqli olaraq... “Dəniz Kart” Açıq Səhmdar Cəmiyyəti "
     "(bundan sonra — “Bank”) məlumatlarınızı qoruyur.", "az", "“Dəniz Kart” Açıq Səhmdar Cəmiyyəti"),
    ("AVISO DE PRIVACIDAD\nLibrería Tres Volcanes, S.A.P.I. de C.V. (en adelante, \"Tres Volcanes\"), con domicilio "
     "en la Ciudad de Puebla, es responsable del uso de sus datos.", "es", "Librería Tres Volcanes, S.A.P.I. de C.V."),
    ("AVISO DE PRIVACIDAD\nPanadería Los Portales, S. de R.L. de C.V. (en adelante, \"la Panadería\") es responsable "
     "de sus datos personales.", "es", "Panadería Los Portales, S. de R.L. de C.V."),
])
def test_legal_form_is_named_in_its_nominative_and_whole(text: str, language: str, name: str) -> None:
    """An Azerbaijani legal form declined for case ("Cəmiyyətinin", "Cəmiyyətindən") names the company in
    its dictionary form; a Mexican S.A.P.I. de C.V. or S. de R.L. de C.V. is not cut at its first "S.A."."""
    assert facts(text, language)["company"] == name


def test_plain_sa_de_cv_keeps_its_whole_form() -> None:
    # near-miss: the plain S.A. de C.V. form, which the longer alternatives must not disturb
    text = "Ferretería El Nopal, S.A. de C.V. (en adelante, \"El Nopal\") es responsable de sus datos."
    assert facts(text, "es")["company"] == "Ferretería El Nopal, S.A. de C.V."


# ---------------------------------------------------------------- processors listed under an entrusting intro

def test_ru_parties_entrusted_with_processing_are_recipients() -> None:
    text = ("5.2. Для исполнения заказов Оператор поручает обработку персональных данных следующим лицам:\n"
            "- службам доставки — в объёме имени и адреса доставки;\n"
            "- банку-эквайреру — для проведения платежей.\n")
    record = facts(text, "ru")
    assert "service-providers" in record["recipients"]
    assert "entrusted-processing" in record["disclosure_conditions"]
    assert "PaymentManagement" in record["purposes"]  # the items still say what the data are for


def test_ru_list_of_collected_data_is_not_a_list_of_recipients() -> None:
    # near-miss: a list introduced by processing alone names data, nobody receives it
    text = ("Оператор обрабатывает следующие персональные данные:\n"
            "- фамилию, имя, отчество;\n"
            "- выбранную покупателем службу доставки.\n")
    record = facts(text, "ru")
    assert record["disclosure_conditions"] == [] and record["recipients"] == []


# ---------------------------------------------------------------- the statutory catalogue of processing acts

@pytest.mark.parametrize(("text", "language"), [
    ("Обработка персональных данных включает сбор, запись, систематизацию, накопление, хранение, уточнение, "
     "извлечение, использование, передачу, обезличивание, блокирование, удаление, уничтожение.", "ru"),
    ("Emal dedikdə məlumatların toplanması, qeydə alınması, saxlanılması, depersonallaşdırılması, bloklanması, "
     "silinməsi başa düşülür.", "az"),
])
def test_de_identification_in_the_catalogue_of_processing_acts_is_no_measure(text: str, language: str) -> None:
    assert "de-identification" not in facts(text, language)["security_measures"]


@pytest.mark.parametrize(("text", "language"), [
    ("Для защиты персональных данных Оператор применяет обезличивание и шифрование.", "ru"),
    ("Fərdi məlumatların qorunması üçün depersonallaşdırma tətbiq edirik.", "az"),
])
def test_de_identification_claimed_as_a_safeguard_still_counts(text: str, language: str) -> None:
    # near-miss: de-identification named as a protection, outside the catalogue of acts
    assert "de-identification" in facts(text, language)["security_measures"]


# ---------------------------------------------------------------- Mexican aviso de privacidad

def test_es_home_delivery_is_delivery_of_goods() -> None:
    assert "DeliveryOfGoods" in keys("purposes", "es", "Entregar a domicilio los pedidos realizados en línea.")
    # near-miss: a home address is no delivery
    assert "DeliveryOfGoods" not in keys("purposes", "es", "Actualizar su domicilio en nuestros registros.")


def test_es_medical_diagnosis_is_no_troubleshooting() -> None:
    text = "Estado de salud presente, diagnósticos y padecimientos que consten en la receta médica."
    assert "RepairImpairments" not in keys("purposes", "es", text)
    # near-miss: a technical diagnosis of a line is troubleshooting
    assert "RepairImpairments" in keys("purposes", "es", "Realizar diagnósticos de la conexión a internet.")


def test_es_transfers_that_require_consent_are_made_with_consent() -> None:
    text = ("Si usted no manifiesta su negativa para las transferencias que requieren su consentimiento, "
            "entenderemos que nos lo ha otorgado.")
    assert "consent" in facts(text, "es")["disclosure_conditions"]
    # near-miss: a remittance to processors that needs no consent names no consent condition
    text = "La remisión de datos a los encargados no requiere de su consentimiento."
    assert "consent" not in facts(text, "es")["disclosure_conditions"]


def test_es_tax_obligations_are_a_legal_obligation() -> None:
    assert "legal-obligation" in keys("disclosure_conditions", "es", "Compartimos sus datos con el SAT para cumplir obligaciones fiscales.")
    # near-miss: the user's own payment obligations are no legal duty of the company
    assert "legal-obligation" not in keys("disclosure_conditions", "es", "Usted debe cumplir sus obligaciones de pago.")


# ---------------------------------------------------------------- telecom data in az and ru

@pytest.mark.parametrize(("language", "text", "key"), [
    ("az", "Zəng zamanı danışıq qeydə alına bilər.", "VoiceCommunicationRecording"),
    ("az", "daxil olan və çıxan zənglər barədə məlumatlar", "CallLog"),
    ("ru", "сведения о входящих и исходящих звонках", "CallLog"),
    ("es", "registro de llamadas entrantes y salientes", "CallLog"),
    ("az", "cihazın qoşulduğu baza stansiyası üzrə təxmini yeriniz", "Location"),
    ("ru", "адрес базовой станции, обслуживающей абонента", "Location"),
])
def test_telecom_records_are_data_categories(language: str, text: str, key: str) -> None:
    assert key in keys("data_categories", language, text)


@pytest.mark.parametrize(("language", "text", "key"), [
    ("az", "Zəng mərkəzimizə zəng edə bilərsiniz.", "CallLog"),
    ("az", "Yeni yer açılışı barədə məlumat veririk.", "Location"),
    ("az", "Müqavilə qeydə alınmış ünvana göndərilir.", "VoiceCommunicationRecording"),
])
def test_telecom_near_misses(language: str, text: str, key: str) -> None:
    assert key not in keys("data_categories", language, text)


@pytest.mark.parametrize(("language", "text"), [
    ("az", "Rouminq üçün məlumatlar xarici rabitə operatorlarına ötürülür."),
    ("ru", "Для роуминга сведения передаются иностранным операторам связи."),
    ("es", "Para el roaming, los datos se comparten con operadores extranjeros."),
])
def test_foreign_telecom_operators_are_partners(language: str, text: str) -> None:
    assert "partners" in keys("recipients", language, text)
    # near-miss: the company as the operator of its own network receives nothing
    assert "partners" not in keys("recipients", language, {"az": "Operator məlumatları qoruyur.",
                                                           "ru": "Оператор связи хранит данные.",
                                                           "es": "El operador protege sus datos."}[language])


def test_az_incident_notice_by_giving_information() -> None:
    """Also with the sentence-initial capital "İ", whose plain lower-casing adds a combining dot."""
    text = "İnsident baş verdikdə, Operator bu barədə 72 saat ərzində sizə SMS vasitəsilə məlumat verəcək."
    assert facts(text, "az")["incident_notification"] is True
    # near-miss: information given about tariffs is no incident notice
    assert facts("Operator yeni tariflər barədə məlumat verəcək.", "az")["incident_notification"] is False


def test_az_depersonalising_at_the_end_of_retention_is_retention() -> None:
    text = "Saxlanma müddəti başa çatdıqdan sonra məlumatlar məhv edilir və ya depersonallaşdırılır."
    record = facts(text, "az")
    assert "de-identification" not in record["security_measures"]
    assert record["retention"]["stated"] is True


# ---------------------------------------------------------------- batch 16: a Russian bank, a Spanish gym, an az shop

def test_ru_special_categories_denied_save_where_the_law_explicitly_provides() -> None:
    text = ("Банк не обрабатывает сведения о расовой принадлежности, политических взглядах и религиозных убеждениях "
            "клиентов, за исключением случаев, прямо предусмотренных законодательством.")
    assert not {"Religion", "PoliticalOpinion", "EthnicOrigin"} & set(facts(text, "ru")["data_categories"])
    # near-miss: an exception that opens the door to consent is no legal-only carve-out
    text = "Банк не обрабатывает сведения о религиозных убеждениях, за исключением случаев, когда клиент дал согласие."
    assert "Religion" in facts(text, "ru")["data_categories"]


def test_ru_giving_information_to_authorities_is_sharing() -> None:
    text = "Банк предоставляет сведения в Федеральную налоговую службу и правоохранительные органы в случаях, установленных законом."
    assert "authorities" in facts(text, "ru")["recipients"]
    # near-miss: information given to the client is no disclosure to a third party
    assert facts("Банк предоставляет клиенту выписку по счёту.", "ru")["recipients"] == []


def test_ru_bank_of_russia_is_an_authority_not_a_destination() -> None:
    text = "Банк направляет отчётность в Банк России."
    assert facts(text, "ru")["cross_border"]["storage_location"] is None
    record = facts("Данные передаются банку-корреспонденту в Германии для исполнения перевода.", "ru")
    assert record["cross_border"]["mentioned"] is True  # near-miss: a bank in a country abroad is a transfer


def test_ru_databases_located_in_russia_after_a_long_subject() -> None:
    text = ("Базы данных, содержащие персональные данные граждан Российской Федерации, расположены на территории "
            "Российской Федерации.")
    assert facts(text, "ru")["cross_border"]["storage_location"] == "RU"
    # near-miss: citizens of a country say nothing of where the data sit
    text = "Базы данных содержат персональные данные граждан Республики Казахстан."
    assert facts(text, "ru")["cross_border"]["storage_location"] is None


@pytest.mark.parametrize(("language", "text", "key"), [
    ("ru", "номера счетов и сведения об операциях по ним", "Transaction"),
    ("ru", "предложения продуктов и услуг Банка при наличии согласия", "Marketing"),
])
def test_ru_bank_vocabulary(language: str, text: str, key: str) -> None:
    field = "data_categories" if key == "Transaction" else "purposes"
    assert key in keys(field, language, text)


def test_ru_bank_vocabulary_near_misses() -> None:
    assert "Transaction" not in keys("data_categories", "ru", "сведения об операторе персональных данных")
    assert "Marketing" not in keys("purposes", "ru", "предложения по улучшению работы сайта")


def test_ru_put_into_effect_is_the_policy_date() -> None:
    assert facts("Политика обработки данных\nВведена в действие с 1 августа 2023 года.\n", "ru")["last_updated"] == "2023-08-01"
    # near-miss: a law's date is not the policy's
    text = "Федеральный закон от 27.07.2006 № 152-ФЗ введён в действие с 27 января 2007 года."
    assert facts(text, "ru")["last_updated"] is None


def test_es_ee_uu_does_not_end_a_sentence() -> None:
    text = "Las transferencias se amparan en el Marco de Privacidad de Datos UE-EE. UU. y en las cláusulas tipo."
    doc_segments = [s.text for s in segment(Document(source="t", name="t", text=text, sha256="0", media_type="text/plain",
                                                     encoding="utf-8", language="es"))]
    assert len(doc_segments) == 1
    # near-miss: "EE. UU." at the end of a sentence still ends it
    text = "Un proveedor está en EE. UU. Los demás datos quedan en España."
    assert len(segment(Document(source="t", name="t", text=text, sha256="0", media_type="text/plain",
                                encoding="utf-8", language="es"))) == 2


def test_es_servers_in_a_region_with_the_country_in_brackets() -> None:
    text = "El resto de los datos se alojan en servidores situados en la Unión Europea (Irlanda)."
    assert facts(text, "es")["cross_border"]["storage_location"] == "IE"
    # near-miss: a bracketed country that is an office, not where servers are
    text = "Los servidores están situados en la Unión Europea; nuestra oficina central (Irlanda) atiende consultas."
    assert facts(text, "es")["cross_border"]["storage_location"] is None


@pytest.mark.parametrize(("field", "text", "key"), [
    ("purposes", "Adaptar su plan de entrenamiento a su estado de salud.", "ServicePersonalisation"),
    ("rights", "Puede ejercer sus derechos, así como retirar en cualquier momento el consentimiento prestado.", "withdraw-consent"),
    ("security_measures", "Formación anual del personal en protección de datos.", "staff-training"),
])
def test_es_gym_vocabulary(field: str, text: str, key: str) -> None:
    assert key in keys(field, "es", text)


def test_es_gym_vocabulary_near_misses() -> None:
    assert "ServicePersonalisation" not in keys("purposes", "es", "Adaptar nuestras instalaciones a la normativa vigente.")
    assert "withdraw-consent" not in keys("rights", "es", "Retirar la tarjeta de socio requiere su consentimiento.")
    assert "staff-training" not in keys("security_measures", "es", "Ofrecemos formación deportiva a nuestros socios.")


def test_az_passive_presenting_to_authorities_is_sharing() -> None:
    text = ("Qanunla nəzərdə tutulmuş hallarda məlumatlar məhkəmə və vergi orqanlarına onların rəsmi sorğusu "
            "əsasında təqdim edilə bilər.")
    record = facts(text, "az")
    assert "authorities" in record["recipients"] and "legal-obligation" in record["disclosure_conditions"]
    # near-miss: documents presented by the user to the company share nothing
    assert facts("Sənədlərinizi ofisimizə təqdim edə bilərsiniz.", "az")["recipients"] == []


# ---------------------------------------------------------------- batch 17: ru food delivery, Colombian policy, az bank

def test_ru_cloud_infrastructure_placed_in_russia_is_storage() -> None:
    text = "Мы привлекаем провайдера облачной инфраструктуры, размещённой в России."
    assert facts(text, "ru")["cross_border"]["storage_location"] == "RU"
    # near-miss: infrastructure named with no place of its own
    assert facts("Мы развиваем инфраструктуру сервиса.", "ru")["cross_border"]["mentioned"] is False


@pytest.mark.parametrize(("field", "language", "text", "key"), [
    ("data_categories", "ru", "IP-адрес и данные о действиях в приложении", "ServiceConsumptionBehaviour"),
    ("purposes", "ru", "чтобы анализировать работу сервиса и улучшать приложение", "ServiceUsageAnalytics"),
    ("rights", "ru", "Вы можете запросить у нас информацию о том, какие ваши данные мы обрабатываем.", "access"),
    ("purposes", "es", "Velar por la seguridad de las instalaciones.", "EnforceSecurity"),
    ("data_categories", "az", "hesablar, kartlar, kreditlər və əmanətlər üzrə əməliyyatlar", "Transaction"),
    ("data_categories", "az", "filiallarda video müşahidə kameralarının qeydləri", "Picture"),
    ("purposes", "az", "köçürmələrin və kart əməliyyatlarının icrası", "PaymentManagement"),
])
def test_batch17_vocabulary(field: str, language: str, text: str, key: str) -> None:
    assert key in keys(field, language, text)


@pytest.mark.parametrize(("field", "language", "text", "key"), [
    ("data_categories", "ru", "о действиях Оператора при утечке", "ServiceConsumptionBehaviour"),
    ("rights", "ru", "Курьер может запросить у вас код из SMS.", "access"),
    ("purposes", "es", "La seguridad de la información es prioritaria.", "EnforceSecurity"),
    ("data_categories", "az", "əməliyyat sistemi versiyası", "Transaction"),
    ("purposes", "az", "müqavilənin icrası", "PaymentManagement"),
])
def test_batch17_vocabulary_near_misses(field: str, language: str, text: str, key: str) -> None:
    assert key not in keys(field, language, text)


def test_es_life_of_the_databases_is_retention() -> None:
    text = ("Las bases de datos tendrán una vigencia igual al tiempo razonable y necesario para cumplir las "
            "finalidades del tratamiento.")
    assert facts(text, "es")["retention"] == {"stated": True, "kind": "purpose-bound", "period": None}
    # near-miss: a policy in force from a date keeps nothing
    assert facts("Esta política tiene vigencia desde el 1 de junio de 2024.", "es")["retention"]["stated"] is False


def test_es_colombian_sas_is_kept_whole() -> None:
    text = "POLÍTICA DE TRATAMIENTO\nTOSTADORA LA MONTAÑA S.A.S., sociedad identificada con NIT 900, es la responsable del tratamiento."
    assert facts(text, "es")["company"] == "TOSTADORA LA MONTAÑA S.A.S."


# ---------------------------------------------------------------- batch 18: ru insurer, Argentine prepaid health, az e-wallet

def test_ru_insurer_legal_form_sao() -> None:
    text = "Политика\nСАО «Опора» (далее — Страховщик) обрабатывает персональные данные страхователей."
    assert facts(text, "ru")["company"] == "САО «Опора»"
    # near-miss: a plain АО keeps its own form
    assert facts("Политика\nАО «Опора» (далее — Общество) обрабатывает данные.", "ru")["company"] == "АО «Опора»"


@pytest.mark.parametrize(("field", "language", "text", "key"), [
    ("recipients", "ru", "перестраховщикам, в том числе иностранным", "partners"),
    ("recipients", "ru", "медицинским организациям, оказывающим услуги по программам ДМС", "partners"),
    ("purposes", "ru", "оценки страхового риска и расчёта премии", "OrganisationRiskManagement"),
    ("purposes", "ru", "информирования о страховых продуктах при наличии согласия", "Marketing"),
    ("recipients", "az", "ödənişi qəbul edən tacirə", "partners"),
    ("recipients", "az", "kart emitenti banka və prosessinq mərkəzinə", "service-providers"),
    ("recipients", "az", "Azərbaycan Mərkəzi Bankına və Maliyyə Monitorinqi Xidmətinə", "authorities"),
    ("disclosure_conditions", "az", "Qanunvericiliklə nəzərdə tutulmuş hallarda", "legal-obligation"),
    ("purposes", "az", "müştərinin eyniləşdirilməsi", "IdentityVerification"),
    ("rights", "az", "pul kisəsini bağlamaq hüququna maliksiniz", "account-cancellation"),
    ("security_measures", "az", "məlumatlar ötürülmə zamanı şifrələnir", "encryption-in-transit"),
    ("security_measures", "az", "sistemlərimiz hər il sertifikatlaşdırılır", "security-audit"),
    ("purposes", "es", "Cumplir con las obligaciones ante la Superintendencia de Servicios de Salud.", "LegalCompliance"),
    ("recipients", "es", "Informamos a la Superintendencia el padrón.", "authorities"),
    ("rights", "es", "Podés darte de baja en cualquier momento desde la app.", "opt-out-marketing"),
    ("security_measures", "es", "solo pueden verlos los auditores médicos autorizados", "access-control"),
    ("security_measures", "es", "capacitación sobre el secreto médico", "staff-training"),
    ("security_measures", "es", "Contamos con un plan de respuesta ante incidentes de seguridad.", "incident-response-plan"),
])
def test_batch18_vocabulary(field: str, language: str, text: str, key: str) -> None:
    assert key in keys(field, language, text)


@pytest.mark.parametrize(("field", "language", "text", "key"), [
    ("recipients", "es", "los datos de nuestros afiliados", "affiliates"),
    ("recipients", "es", "Los menores son afiliados como integrantes del grupo familiar.", "affiliates"),
    ("data_categories", "es", "los datos de su grupo familiar a cargo", "Professional"),
    ("data_categories", "es", "con cargo a su tarjeta de crédito", "Professional"),
    ("rights", "es", "Podés darte de baja del plan llamando al centro de atención.", "opt-out-marketing"),
    ("purposes", "es", "Cumplir con las obligaciones del contrato de compraventa.", "LegalCompliance"),
    ("rights", "az", "qapını bağlamaq", "account-cancellation"),
    ("purposes", "ru", "оценки качества обслуживания", "OrganisationRiskManagement"),
])
def test_batch18_vocabulary_near_misses(field: str, language: str, text: str, key: str) -> None:
    assert key not in keys(field, language, text)


def test_es_affiliate_companies_still_receive_data() -> None:
    # the near-misses above must not cost the anglicism "afiliados" for group companies
    assert "affiliates" in keys("recipients", "es", "Podemos compartir sus datos con nuestros afiliados.")
    assert "Professional" in keys("data_categories", "es", "nombre, empresa y cargo que ocupa")


def test_es_storage_in_the_argentine_republic() -> None:
    text = "Los datos se almacenan en servidores ubicados en la República Argentina."
    assert facts(text, "es")["cross_border"]["storage_location"] == "AR"


# ---------------------------------------------------------------- batch 19: ru sole trader, Peruvian tour operator, az courier

def test_ru_sole_trader_is_named_by_full_name() -> None:
    text = ("Политика обработки персональных данных\n\nИндивидуальный предприниматель Кузьмин Алексей Петрович\n"
            "Автосервис «Мотор-Гараж»\n\nСайтом и автосервисом «Мотор-Гараж» управляет Индивидуальный предприниматель "
            "Кузьмин Алексей Петрович (далее — Оператор).")
    assert facts(text, "ru")["company"] == "Индивидуальный предприниматель Кузьмин Алексей Петрович"


def test_ru_sole_trader_needs_a_patronymic() -> None:
    # near-miss: "ИП" before two capitalised words that are no full name is no sole trader's name
    text = "Политика\nИП Шаблон Договора (далее — Шаблон) приведён для примера."
    assert facts(text, "ru")["company"] != "ИП Шаблон Договора"


def test_ru_processing_for_a_period_is_retention() -> None:
    text = "Персональные данные обрабатываются в течение срока действия договора и в течение 5 лет после его прекращения."
    assert facts(text, "ru")["retention"] == {"stated": True, "kind": "fixed", "period": "P5Y"}
    # near-miss: processing within a time limit for answering is no retention
    assert facts("Оператор обрабатывает запрос и отвечает на него в течение 10 дней.", "ru")["retention"]["stated"] is False


@pytest.mark.parametrize(("field", "language", "text", "key"), [
    ("data_categories", "ru", "Записи камер видеонаблюдения хранятся 14 дней.", "Picture"),
    ("purposes", "ru", "Обеспечение сохранности автомобилей клиентов.", "EnforceSecurity"),
    ("purposes", "ru", "Анализ посещаемости сайта.", "ServiceUsageAnalytics"),
    ("recipients", "ru", "Оператор поручает обработку номера телефона SMS-агрегатору.", "service-providers"),
    ("disclosure_conditions", "ru", "Записи могут быть переданы органам внутренних дел по их запросу.", "legal-obligation"),
    ("rights", "ru", "Клиент вправе отказаться от напоминаний о ТО.", "opt-out-marketing"),
    ("purposes", "az", "xidmət haqqının hesablanması üçün", "PaymentManagement"),
    ("security_measures", "az", "Kuryerlər yalnız onlara təhkim edilmiş bağlamaların məlumatlarını görə bilirlər.", "access-control"),
])
def test_batch19_vocabulary(field: str, language: str, text: str, key: str) -> None:
    assert key in keys(field, language, text)


@pytest.mark.parametrize(("field", "language", "text", "key"), [
    ("data_categories", "ru", "запись на ремонт через форму", "Picture"),
    ("disclosure_conditions", "ru", "Ответ направляется клиенту по его запросу.", "legal-obligation"),
    ("rights", "ru", "Оператор вправе отказаться от исполнения заказа.", "opt-out-marketing"),
    ("security_measures", "az", "Siz yalnız öz hesabınıza daxil ola bilərsiniz.", "access-control"),
])
def test_batch19_vocabulary_near_misses(field: str, language: str, text: str, key: str) -> None:
    assert key not in keys(field, language, text)


def test_es_remitting_a_list_to_an_authority_is_sharing() -> None:
    text = ("Remitimos la lista de pasajeros al Servicio Nacional de Áreas Naturales Protegidas por el Estado, "
            "conforme a la normativa vigente.")
    assert "legal-obligation" in facts(text, "es")["disclosure_conditions"]
    # near-miss: the user remitting a form shares nothing of ours
    assert facts("Usted nos remite el formulario firmado.", "es")["disclosure_conditions"] == []


def test_evaluator_knows_insurers_and_sole_traders_legal_forms() -> None:
    """FORMAT.md compares names without their legal-form words: an insurer's САО/СПАО and a sole trader's
    "Индивидуальный предприниматель" (ИП) are such words, as are Mexico's S.A.P.I."""
    from policykg.ingest.evaluate import company_matches
    assert company_matches("Страховое акционерное общество «Опора»", "САО «Опора»")
    assert company_matches("ИП Кузьмин Алексей Петрович", "Индивидуальный предприниматель Кузьмин Алексей Петрович")
    assert company_matches("Farmacias del Bajío Unidas, S.A.P.I. de C.V.", "Farmacias del Bajío Unidas")
    # near-miss: a different insurer with the same form is another company
    assert not company_matches("САО «Опора»", "САО «Надёжный Тыл»")


# ---------------------------------------------------------------- batch 20: ru online media, Spanish two-layer notice, az hotel

@pytest.mark.parametrize(("field", "language", "text", "key"), [
    ("data_categories", "ru", "IP-адрес, дату и время запроса, адрес запрошенной страницы", "BrowsingBehaviour"),
    ("data_categories", "es", "Guardamos el historial de sus pedidos en su cuenta de cliente.", "Purchase"),
    ("rights", "es", "el boletín, en su consentimiento (art. 6.1.a RGPD), que puede retirar en cualquier momento", "withdraw-consent"),
    ("data_categories", "az", "pəhriz və ya əlillik ilə bağlı ehtiyaclar", "Health"),
    ("recipients", "az", "qeydiyyat məlumatları Dövlət Miqrasiya Xidmətinə təqdim olunur", "authorities"),
    ("recipients", "az", "Dövlət Gömrük Komitəsinə ötürülür", "authorities"),
    ("security_measures", "az", "Məlumatlara yalnız qəbul masasının əməkdaşları çıxış əldə edə bilər.", "access-control"),
])
def test_batch20_vocabulary(field: str, language: str, text: str, key: str) -> None:
    assert key in keys(field, language, text)


@pytest.mark.parametrize(("field", "language", "text", "key"), [
    ("data_categories", "ru", "адрес страницы политики", "BrowsingBehaviour"),
    ("rights", "es", "Su consentimiento es necesario para enviar el boletín.", "withdraw-consent"),
    ("recipients", "az", "Dövlət qulluqçusu kimi", "authorities"),
])
def test_batch20_vocabulary_near_misses(field: str, language: str, text: str, key: str) -> None:
    assert key not in keys(field, language, text)


def test_ru_kept_until_you_delete_it_is_purpose_bound() -> None:
    text = "Учётная запись хранится, пока вы её не удалите. Журналы сервера хранятся 6 месяцев."
    assert facts(text, "ru")["retention"]["kind"] == "purpose-bound"
    # near-miss: a fixed period alone stays fixed
    assert facts("Журналы сервера хранятся 6 месяцев.", "ru")["retention"] == {"stated": True, "kind": "fixed", "period": "P6M"}
