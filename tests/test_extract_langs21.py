"""General causes of list-field errors on fresh Russian, Spanish and Azerbaijani policies (issue 16, helper langs21).

Each rule is tested with the wording it is for and a near miss beside it. The texts are written for these tests.
"""
from __future__ import annotations

import pytest

from policykg.ingest.extract import ExtractionContext
from policykg.ingest.extract.cues import analyse
from policykg.ingest.segment import _blocks, segment
from tests.test_extract_practices import make_document
from tests.test_extract_scalars_fresh import facts


def intros(text: str, language: str) -> list[int | None]:
    """The list intro each segment is read under."""
    document = make_document(text, language)
    analysis = analyse(ExtractionContext(document=document, segments=tuple(segment(document))))
    return [info.intro for info in analysis.infos]


# --- a header row naming a purpose column does not take a data table out of its collection section -------------
@pytest.mark.parametrize(
    ("text", "language", "key", "found"),
    [
        ("III. DATOS QUE RECOPILAMOS\nCuando reservas un viaje, te pedimos y tratamos:\nDato Finalidad\n"
         "Número de pasaporte o DNI, nacionalidad y fecha de nacimiento\nCumplir los requisitos de las aerolíneas y de "
         "migraciones\nIV. COOKIES\nUsamos cookies.",
         "es", "Nationality", True),
        ("3. Какие сведения мы получаем\nПри оформлении подписки мы запрашиваем:\nДанные Цель\n"
         "Паспортные данные и гражданство\nпроверка возраста зрителя\n4. Cookie\nМы используем cookie.",
         "ru", "Nationality", True),
        # near miss: under a heading on security the intro announces measures, and the header opens no data table
        ("5. SEGURIDAD\nAplicamos estas medidas:\nMedida Finalidad\nNúmero de pasaporte o DNI, nacionalidad y fecha "
         "de nacimiento\nCumplir los requisitos de las aerolíneas y de migraciones\n6. COOKIES\nUsamos cookies.", "es", "Nationality", False),
    ],
)
def test_purpose_column_header_keeps_the_data_table_in_collection(text: str, language: str, key: str,
                                                                   found: bool) -> None:
    assert (key in facts(text, language)["data_categories"]) is found


# --- the first letter of a table row's first word is no list marker -------------------------------------------
def test_table_rows_opening_with_a_latin_capital_keep_their_intro() -> None:
    text = ("3. Məqsədlər\nToplanan məlumatlar və onların məqsədləri cədvəldə göstərilmişdir:\nMəlumat\tMəqsəd\n"
            "Ad, telefon nömrəsi\thesabın yaradılması\nBaxış tarixçəsi\tuyğun elanların tövsiyə edilməsi\n"
            "Ödəniş məlumatları (kartın son 4 rəqəmi)\txidmət haqqının alınması\n")
    found = intros(text, "az")
    assert found[-3:] == [found[-4]] * 3 and found[-4] is not None
    assert "PaymentCardNumber" in facts(text, "az")["data_categories"]


def test_a_letter_marker_still_restarts_its_list() -> None:
    """Near miss: "a)" after an earlier list is a new list's first entry, not a row of the earlier one."""
    text = "Usamos tus datos para:\na) atender reclamos;\nb) prevenir fraudes.\nTambién:\na) enviarte ofertas.\n"
    found = intros(text, "es")
    assert found[-1] is not None and found[-1] != found[-2]


# --- a capitals title broken after a preposition goes on in the next line (PDF) --------------------------------
def test_wrapped_capitals_title_is_one_heading_in_a_pdf() -> None:
    text = "I. IDENTIDAD DEL TITULAR DEL BANCO DE\nDATOS\nInti Ñan es titular del banco de datos."
    blocks = _blocks(text, laid_out=True)
    assert blocks[0].kind == "heading" and text[blocks[0].start:blocks[0].end].endswith("DE\nDATOS")


@pytest.mark.parametrize(
    ("text", "laid_out"),
    [
        ("2. SEGURIDAD\nDATOS\nProtegemos tus datos.", True),  # a title ending in a noun is finished
        ("I. IDENTIDAD DEL TITULAR DEL BANCO DE\nDATOS\nTexto.", False),  # text files keep their logical lines
    ],
)
def test_a_finished_title_or_a_logical_line_is_not_joined(text: str, laid_out: bool) -> None:
    blocks = _blocks(text, laid_out=laid_out)
    assert blocks[0].kind == "heading" and text[blocks[0].start:blocks[0].end].count("\n") == 0


# --- a definition that illustrates the legal notion with examples lists no collected data -----------------------
@pytest.mark.parametrize(
    ("text", "language", "illustrated", "collected"),
    [
        ("1.1. Персональные данные — любая информация, относящаяся к физическому лицу, например фамилия, сведения о "
         "состоянии здоровья, религиозных убеждениях.\nМы обрабатываем персональные данные: имя и номер телефона.",
         "ru", "Health", "TelephoneNumber"),
        ('Bu Siyasətdə "fərdi məlumat" dedikdə şəxsi müəyyən etməyə imkan verən istənilən məlumat, məsələn, sağlamlıq '
         "vəziyyəti və dini baxışlar başa düşülür.\nBiz fərdi məlumatları toplayırıq: adınız və telefon nömrəniz.",
         "az", "Religion", "TelephoneNumber"),
        ('"Personal data" means any information relating to you, for example your health or religious beliefs.\n'
         "We collect personal data such as your name and telephone number.", "en", "Religion", "TelephoneNumber"),
    ],
)
def test_illustrative_definition_collects_nothing(text: str, language: str, illustrated: str, collected: str) -> None:
    found = facts(text, language)["data_categories"]
    assert illustrated not in found and collected in found


def test_a_definition_that_lists_the_policys_own_data_still_counts() -> None:
    """Near miss: no "any information, for example": the definition names what the company holds."""
    text = ("Персональные данные — сведения о пользователе: фамилия, номер телефона и адрес электронной почты.\n"
            "Мы собираем персональные данные при регистрации.")
    assert "TelephoneNumber" in facts(text, "ru")["data_categories"]


@pytest.mark.parametrize(
    ("text", "key", "found"),
    [
        ('Para efectos de esta política, "datos sensibles" son aquellos que revelan las opiniones políticas o la '
         "vida sexual de una persona.", "PoliticalOpinion", False),
        # near miss: an ordinary sentence with "son" says what the company treats
        ("Los datos que tratamos son tu nombre y tus opiniones políticas declaradas en la encuesta.",
         "PoliticalOpinion", True),
    ],
)
def test_spanish_quoted_term_definition(text: str, key: str, found: bool) -> None:
    assert (key in facts(text, "es")["data_categories"]) is found


# --- "tampoco" denies as "no" does -------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("No tratamos datos biométricos. Tampoco obtenemos tu historial crediticio de centrales de riesgo.", False),
        ("Obtenemos tu historial crediticio de centrales de riesgo.", True),
    ],
)
def test_tampoco_denies(text: str, found: bool) -> None:
    assert ("CreditRecord" in facts(text, "es")["data_categories"]) is found


# --- a practice only a future feature would bring is no practice now -------------------------------------------
@pytest.mark.parametrize(
    ("text", "language", "found"),
    [
        ("Əgər gələcəkdə ipoteka kalkulyatoru vasitəsilə bank partnyorlarımıza müraciət etmək imkanı yaradılarsa, "
         "gəliriniz barədə məlumat yalnız sizin razılığınızla bankla paylaşılacaq. Hazırda belə xidmət mövcud deyil.",
         "az", False),
        ("Если в будущем мы запустим кредитный калькулятор, мы будем получать сведения о ваших доходах.", "ru", False),
        ("Si en el futuro ofrecemos créditos, te pediremos información sobre tus ingresos.", "es", False),
        # near miss: the same data shared today, with no condition on the future
        ("Gəliriniz barədə məlumatı sizin razılığınızla bank partnyorlarımızla paylaşırıq.", "az", True),
    ],
)
def test_future_feature_names_no_data(text: str, language: str, found: bool) -> None:
    record = facts(text, language)
    assert ("Income" in record["data_categories"]) is found
    if not found:  # nor is the sharing the future feature would bring
        assert not record["recipients"] and "partners" not in record["disclosure_conditions"]


# --- vocabulary: inflected and verbal forms of purposes, data and measures ---------------------------------------
@pytest.mark.parametrize(
    ("text", "language", "field", "key", "found"),
    [
        ("Мы обрабатываем показания счётчиков, историю начислений и оплат.", "ru", "data_categories", "Transaction", True),
        ("Satıcı ilə yazışdıqda çat mesajlarınızın mətnini saxlayırıq.", "az", "data_categories", "Communication", True),
        ("Мы сохраняем текст ваших сообщений в чате поддержки.", "ru", "data_categories", "Communication", True),
        ("Мы используем данные, чтобы обеспечивать безопасность жильцов и имущества.", "ru", "purposes",
         "EnforceSecurity", True),
        ("Мы используем ваши данные для исполнения заявок на ремонт.", "ru", "purposes", "ServiceProvision", True),
        ("С вашего согласия мы используем данные, чтобы сообщать о дополнительных услугах партнёров.", "ru", "purposes",
         "Marketing", True),
        # near miss: telling about outages is no marketing
        ("Мы используем номер телефона, чтобы сообщать об отключениях воды.", "ru", "purposes", "Marketing", False),
        ("Мы используем адрес для начисления платы за коммунальные услуги.", "ru", "purposes", "PaymentManagement", True),
        ("Şəxsiyyət vəsiqəsinin surəti agentliklərin yoxlanılması üçün istifadə olunur.", "az", "purposes",
         "Verification", True),
        ("Ödəniş məlumatları xidmətlərin haqqının alınması üçün istifadə olunur.", "az", "purposes",
         "PaymentManagement", True),
        ("Usamos tu pasaporte para emitir boletos y vouchers de hotel.", "es", "purposes", "ServiceProvision", True),
        ("Usamos tu correo para enviarte la confirmación y alertas durante el viaje.", "es", "purposes",
         "CommunicationManagement", True),
        ("Tətbiq edirik: şifrələmə və müntəzəm təhlükəsizlik yoxlamaları.", "az", "security_measures",
         "security-audit", True),
        ("Para prestarte el servicio necesitamos compartirlos con aerolíneas y hoteles.", "es",
         "disclosure_conditions", "contract", True),
        ("Compartimos tus datos con autoridades judiciales cuando una norma o una orden de autoridad competente nos "
         "lo exija.", "es", "disclosure_conditions", "legal-obligation", True),
    ],
)
def test_vocabulary(text: str, language: str, field: str, key: str, found: bool) -> None:
    assert (key in facts(text, language)[field]) is found


# --- round 2: denied lists, nouns that look like verbs, payment pages, law titles ---------------------------------
@pytest.mark.parametrize(
    ("text", "language", "key", "found"),
    [
        # a negative verb form is a collection verb: the intro's denial governs its items
        ("Aşağıdakı məlumatları toplamırıq:\n- barmaq izi və ya üz təsviri;\n- GPS məlumatı.", "az", "Fingerprint", False),
        ("Aşağıdakı məlumatları toplayırıq:\n- barmaq izi;\n- telefon nömrəsi.", "az", "Fingerprint", True),
        ("Aşağıdakı məlumatları tələb etmirik:\n- gəliriniz barədə məlumat;\n- dini baxışlar.", "az", "Income", False),
        # "ingresos" (income) is a noun, no "ingresar" (to enter): the item does not speak for itself
        ("No te pediremos en ningún caso:\n- tu nivel de ingresos o patrimonio;\n- tu religión.", "es", "Income", False),
        ("Te pediremos:\n- tu nivel de ingresos;\n- tu nombre.", "es", "Income", True),
        # the person types the card into the bank's page: the bank collects it
        ("Si donas con tarjeta, introduces los datos de la tarjeta directamente en la pasarela de pago de nuestro banco; "
         "la Fundación no llega a conocerlos.", "es", "PaymentCard", False),
        ("Recogemos los datos de la tarjeta para cobrar la cuota mensual.", "es", "PaymentCard", True),
        # a law's quoted title and a field of law name no data
        ("Положение разработано в соответствии с Федеральным законом «Об образовании в Российской Федерации» № 273-ФЗ. "
         "Мы обрабатываем персональные данные родителей.", "ru", "Education", False),
        ("Мы обрабатываем данные в целях выполнения требований законодательства об образовании.", "ru", "Education", False),
        ("Мы собираем сведения об образовании и опыте работы кандидатов.", "ru", "Education", True),
        # a school's electronic class register is no behavioural log
        ("Для хранения электронного журнала мы привлекаем подрядчика, которому передаём данные.", "ru", "Behavioural", False),
        ("Мы собираем журналы событий приложения.", "ru", "Behavioural", True),
    ],
)
def test_round2_structure(text: str, language: str, key: str, found: bool) -> None:
    assert (key in facts(text, language)["data_categories"]) is found


def test_selling_medicines_is_no_disclosure() -> None:
    """"dərmanların satışı" (the sale of medicines) shares nothing: its legal purpose stays a purpose."""
    text = ("Reseptin surəti reseptlə buraxılan dərmanların satışı zamanı qanunun tələblərinin yerinə yetirilməsi üçün "
            "istifadə olunur.")
    assert "LegalCompliance" in facts(text, "az")["purposes"]


def test_two_measures_in_one_clause_both_count() -> None:
    text = "Мы принимаем меры:\n- работники подписывают обязательство о неразглашении и проходят инструктаж."
    assert {"confidentiality-agreement", "staff-training"} <= set(facts(text, "ru")["security_measures"])


@pytest.mark.parametrize(
    ("text", "language", "field", "key"),
    [
        ("Tratamos tu nombre, correo electrónico, importe y fecha de la donación.", "es", "data_categories", "Transaction"),
        ("Recogemos la dirección IP y la página desde la que llegas.", "es", "data_categories", "BrowsingReferral"),
        ("Tratamos el certificado negativo del Registro Central de Delincuentes Sexuales de los voluntarios.", "es",
         "data_categories", "Criminal"),
        ("Kukilər vasitəsilə IP ünvanınız və saytda etdiyiniz axtarışlar qeydə alınır.", "az", "data_categories",
         "BrowsingBehaviour"),
        ("Usamos tus datos para gestionar la donación y enviarte el justificante.", "es", "purposes", "ServiceProvision"),
        ("Alış tarixçəsi fərdi endirimlərin təklif edilməsi üçün istifadə olunur.", "az", "purposes", "Personalisation"),
        ("С согласия родителя Центр может направлять сведения о новых курсах и акциях.", "ru", "purposes", "Marketing"),
        ("El CRM cifra los datos bancarios de los socios.", "es", "security_measures", "encryption"),
        ("Siz marketinq SMS-lərindən imtina etmək hüququna maliksiniz.", "az", "rights", "opt-out-marketing"),
    ],
)
def test_round2_vocabulary(text: str, language: str, field: str, key: str) -> None:
    assert key in facts(text, language)[field]


# --- round 3: an Azerbaijani who-title with the question word after the object ---------------------------------
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("4. MƏLUMATLARI KİM GÖRÜR\nMəlumat                 Kim görür\nAd, soyad, CV           müraciət etdiyiniz işəgötürənlər;\n5. SAXLAMA\nCV 2 il saxlanılır.", True),
        ("Məlumatlarınızı kimlərə ötürürük\nMüraciət etdiyiniz işəgötürənlər CV-nizi görür.\n5. Saxlama\nCV 2 il saxlanılır.",
         True),
        # near miss: who processes the data asks for the controller, not for recipients
        ("Məlumatları kim emal edir\nİşəgötürənlər portalda vakansiya yerləşdirən şirkətlərdir.\n5. Saxlama\nCV 2 il "
         "saxlanılır.", False),
    ],
)
def test_azerbaijani_who_title_names_recipients(text: str, found: bool) -> None:
    assert ("third-parties" in facts(text, "az")["recipients"]) is found


@pytest.mark.parametrize(
    ("text", "language", "field", "key"),
    [
        ("CV-də doğum tarixi və yaşadığınız şəhər göstərilir, biz onları toplayırıq.", "az", "data_categories", "Location"),
        ("Мы получаем ваш город проживания и телефон.", "ru", "data_categories", "Location"),
        ("При бронировании мы получаем пожелания (например, диетическое питание).", "ru", "data_categories", "Preference"),
        ("На сайте мы собираем IP-адрес и страницы, которые вы просматривали.", "ru", "data_categories",
         "BrowsingBehaviour"),
        ("Registramos la duración, distancia y tarifa de cada viaje.", "es", "data_categories", "Transaction"),
        ("Məlumatlardan profilinizə uyğun vakansiyaların tövsiyə olunması üçün istifadə edirik.", "az", "purposes",
         "ProvidePersonalisedRecommendations"),
        ("Məlumatlardan portalın istifadə statistikasının təhlili üçün istifadə edirik.", "az", "purposes",
         "ServiceUsageAnalytics"),
        ("Usamos una fotografía de tu cédula para comprobar que eres mayor de edad.", "es", "purposes", "AgeVerification"),
        ("Siz CV-nizi redaktə edə, gizlədə və ya silə bilərsiniz.", "az", "rights", "rectification"),
        ("Siz CV-nizi redaktə edə, gizlədə və ya silə bilərsiniz.", "az", "rights", "erasure"),
        ("Haqqınızda saxlanılan məlumatlar barədə arayış tələb edə bilərsiniz.", "az", "rights", "access"),
        ("Con tu autorización, que puedes retirar cuando quieras, te enviaremos promociones.", "es", "rights",
         "withdraw-consent"),
        ("Доступ к системе — по персональным учётным записям.", "ru", "security_measures", "access-control"),
        ("Раз в год проводится внутренняя проверка соблюдения требований к защите данных.", "ru", "security_measures",
         "security-audit"),
        ("Туроператору мы передаём ФИО и даты проживания на основании договора с вами.", "ru", "disclosure_conditions",
         "contract"),
        ("Страховой компании мы передаём данные на основании вашего согласия.", "ru", "disclosure_conditions", "consent"),
        ("Hostinq provayderinə məlumatları yalnız bizim göstərişimizlə veririk.", "az", "disclosure_conditions",
         "entrusted-processing"),
    ],
)
def test_round3_vocabulary(text: str, language: str, field: str, key: str) -> None:
    assert key in facts(text, language)[field]


def test_recommended_that_you_is_no_recommendation_purpose() -> None:
    """Near miss: "tövsiyə olunur" (it is recommended that ...) advises the reader; only "X-ların tövsiyə olunması"
    (recommending X) is the purpose."""
    assert "ProvidePersonalisedRecommendations" not in facts(
        "Şifrənizi heç kimlə paylaşmamağınız tövsiyə olunur.", "az")["purposes"]


# --- round 4: a who-title whose data is a pronoun; definitions of biometric data; glossary entries -----------------
@pytest.mark.parametrize(
    ("text", "language", "found"),
    [
        ("5) ¿A QUIÉN SE LOS ENVIAMOS?\n- A la empresa que aloja nuestros sistemas.\n6) ¿CUÁNTO TIEMPO?\nCinco años.",
         "es", True),
        ("5. Кому мы их передаём?\n- Платёжным агентам для проведения оплаты.\n6. Сроки\nПять лет.", "ru", True),
        # near miss: a who-title with no data word or pronoun asks about the company
        ("5) ¿Quiénes somos?\n- Somos la empresa que aloja nuestros sistemas.\n6) ¿Cuánto tiempo?\nCinco años.", "es",
         False),
    ],
)
def test_who_title_with_a_pronoun_for_the_data(text: str, language: str, found: bool) -> None:
    assert ("service-providers" in facts(text, language)["recipients"]) is found


@pytest.mark.parametrize(
    ("text", "language", "key", "found"),
    [
        ('"Dato biométrico": dato relativo a las características físicas de una persona, como la imagen facial o las '
         "huellas dactilares.\nTratamos tus datos personales: nombre y correo electrónico.", "es", "Fingerprint", False),
        ("Биометрические персональные данные — сведения, которые характеризуют физиологические особенности человека, "
         "например отпечатки пальцев.\nМы обрабатываем персональные данные: имя и телефон.", "ru", "Fingerprint", False),
        # near miss: the company says it keeps the biometric template
        ("Guardamos tu huella dactilar para el acceso al gimnasio.", "es", "Fingerprint", True),
    ],
)
def test_biometric_definition_collects_nothing(text: str, language: str, key: str, found: bool) -> None:
    assert (key in facts(text, language)["data_categories"]) is found


def test_we_send_is_no_collection_verb() -> None:
    """"se los enviamos" is the company sending; it neither collects nor makes a title a collection one."""
    text = "Los datos del beneficiario se los enviamos al banco pagador. No recibimos el código de la tarjeta."
    assert "Name" not in facts(text, "es")["data_categories"]


@pytest.mark.parametrize(
    ("text", "language", "field", "key"),
    [
        ("Recabamos los datos de cada operación: importe, moneda y fecha.", "es", "data_categories", "Transaction"),
        ("Te pedimos que indiques si eres una persona políticamente expuesta (PEP).", "es", "data_categories", "PublicLife"),
        ("Мы собираем историю чтения и прослушивания.", "ru", "data_categories", "ServiceConsumptionBehaviour"),
        ("Xəsarət alınıbsa, tibbi arayışları toplayırıq.", "az", "data_categories", "HealthRecord"),
        ("Məlumatlar qanunla müəyyən edilmiş hesabatların Mərkəzi Banka təqdim edilməsi üçün emal olunur.", "az",
         "purposes", "LegalCompliance"),
        ("Esto implica una transferencia de datos, necesaria para cumplir el contrato contigo.", "es",
         "disclosure_conditions", "contract"),
        ("Compartimos los datos con nuestro proveedor, que los procesa por nuestra cuenta.", "es", "disclosure_conditions",
         "entrusted-processing"),
        ("Compartimos tus datos con la empresa que aloja nuestros sistemas.", "es", "recipients", "service-providers"),
        ("Comunicamos los datos al Banco Central del Uruguay cuando la normativa lo exige.", "es", "recipients",
         "authorities"),
        ("Enviamos los datos al pagador corresponsal del país de destino.", "es", "recipients", "partners"),
        ("La URCDP es la autoridad ante la que puedes presentar una denuncia.", "es", "rights", "complaint-to-authority"),
    ],
)
def test_round4_vocabulary(text: str, language: str, field: str, key: str) -> None:
    assert key in facts(text, language)[field]


def test_sending_money_is_no_delivery_of_goods() -> None:
    text = "Usamos tus datos para el envío de dinero al exterior que nos pides."
    assert "DeliveryOfGoods" not in facts(text, "es")["purposes"]


# --- a table of parties keeps its intro and still states the purposes of its rows --------------------------------
def test_sdk_table_rows_keep_their_intro_and_their_purpose_column() -> None:
    text = ("二、我们如何共享您的个人信息\n2. 我们的App接入了第三方SDK，详见下表：\nSDK名称\t第三方公司\t收集的信息\t目的\n"
            "微信SDK\t深圳市腾讯计算机系统有限公司\t设备信息\t微信登录\n"
            "友盟统计SDK\t友盟同欣（北京）科技有限公司\t设备标识符、地理位置\t统计分析\n")
    found = intros(text, "zh")
    assert found[-1] is not None and found[-1] == found[-2] == found[-3]
    assert "ServiceUsageAnalytics" in facts(text, "zh")["purposes"]


# --- scalars seen on the same policies ---------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "language", "retention"),
    [
        ("Conservaremos tus datos mientras sean necesarios para las finalidades descritas y, luego, durante el plazo de "
         "prescripción de las obligaciones tributarias (hasta cinco años).", "es",
         {"stated": True, "kind": "fixed", "period": "P5Y"}),
        ("5. Сколько храним\nДанные о бронированиях — 3 года. Видеозаписи — 30 дней.", "ru",
         {"stated": True, "kind": "fixed", "period": "P3Y"}),
        # near miss: a dash period after another stated period does not take its place
        ("Документы хранятся в течение срока действия договора и 3 лет после его окончания, бухгалтерские документы — "
         "5 лет.", "ru", {"stated": True, "kind": "fixed", "period": "P3Y"}),
    ],
)
def test_retention_periods(text: str, language: str, retention: dict) -> None:
    assert facts(text, language)["retention"] == retention


@pytest.mark.parametrize(
    ("text", "language", "date"),
    [
        ("Опубликовано 18 мая 2023 г.\nМы храним данные.", "ru", "2023-05-18"),
        ("Vigente a contar del 4 de marzo de 2024\nTratamos tus datos.", "es", "2024-03-04"),
        ("Закон опубликован 27.07.2006 и вступил в силу.", "ru", None),  # near miss: a law's publication
    ],
)
def test_publication_and_effective_labels(text: str, language: str, date: str | None) -> None:
    assert facts(text, language)["last_updated"] == date


# --- round 5: the d/t alternation of "etmək"; a bracketed exception inside a denied list --------------------------
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Tətbiqdən istifadə zamanı emal etdiyimiz məlumatlar və onların məqsədləri:\nMəlumat\tMəqsəd\n"
         "Ad, soyad, doğum tarixi, mobil nömrə\tqeydiyyat və həkimin sizi tanıması\n", True),
        ("Əldə etdiyimiz məlumatlar:\n- mobil nömrəniz;\n- e-poçt ünvanınız.", True),
        # near miss: the same list under an intro that collects nothing
        ("Həkimin sizi tanıması üçün vacib olanlar:\n- mobil nömrəniz;\n- e-poçt ünvanınız.\nBu barədə heç nə "
         "saxlamırıq.", False),
    ],
)
def test_azerbaijani_et_ed_alternation(text: str, found: bool) -> None:
    assert ("TelephoneNumber" in facts(text, "az")["data_categories"]) is found


def test_registration_cell_in_a_purpose_column() -> None:
    text = ("Emal etdiyimiz məlumatlar və məqsədlər:\nMəlumat\tMəqsəd\nAd, soyad, mobil nömrə\tqeydiyyat və həkimin "
            "sizi tanıması\n")
    assert "ServiceRegistration" in facts(text, "az")["purposes"]


@pytest.mark.parametrize(
    ("text", "key", "found"),
    [
        ("Мы не собираем сведения о состоянии здоровья, паспортные данные (кроме случаев оформления доверенности) и "
         "биометрические данные.", "Biometric", False),
        # near miss: an exception after the whole list excepts the whole denial
        ("Мы не собираем сведения о состоянии здоровья и биометрические данные, кроме случаев, когда вы сами их "
         "сообщите.", "Biometric", True),
    ],
)
def test_bracketed_exception_excepts_its_own_item(text: str, key: str, found: bool) -> None:
    assert (key in facts(text, "ru")["data_categories"]) is found


@pytest.mark.parametrize(
    ("text", "language", "field", "key"),
    [
        ("История обслуживания: выполненные работы, суммы заказов и способы оплаты.", "ru", "data_categories",
         "Transaction"),
        ("При приёмке мы получаем ФИО и данные водительского удостоверения.", "ru", "data_categories", "OfficialID"),
        ("Мы используем телефон, чтобы напомнить о визите по SMS.", "ru", "purposes", "CommunicationManagement"),
        ("Мы ведём видеонаблюдение для охраны автомобилей клиентов.", "ru", "purposes", "EnforceSecurity"),
        ("Доступ к CRM — только у сотрудников, по логину и паролю.", "ru", "security_measures", "access-control"),
        ("Передача данных из приложения шифруется.", "ru", "security_measures", "encryption-in-transit"),
        ("Həkimlər yalnız öz pasiyentlərinin məlumatlarını görür.", "az", "security_measures", "access-control"),
        ("Los datos podrán ser compartidos con las empresas aliadas del programa de puntos.", "es", "recipients",
         "partners"),
    ],
)
def test_round5_vocabulary(text: str, language: str, field: str, key: str) -> None:
    assert key in facts(text, language)[field]
