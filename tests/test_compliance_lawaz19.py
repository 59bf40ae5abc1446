"""Issue 15 (lawaz19): own-written Azerbaijani and Russian policies of Chinese companies (a Hangzhou ride-hailing app
and a Shenzhen marketplace in Azerbaijani, a Guangzhou smart-home app in Russian), by rule.

Each rule is one a linguist or a PRC data-protection lawyer would state; beside each, a near miss that must not
match. All sentences are written for this test.
"""
from __future__ import annotations

import compliance_judging

HEAD = {
    "az": "Operator: Hangzhou Yol Mobility Co., Ltd., Hangzhou, Çin; privacy@yol.az.\n",
    "ru": "Оператор: Guangzhou Dom Technology Co., Ltd., Гуанчжоу, Китай; privacy@dom.cn.\n",
    "en": "Operator: Hangzhou Road Mobility Co., Ltd., Hangzhou, China; privacy@road.cn.\n",
    "es": "Responsable: Hangzhou Camino Mobility Co., Ltd., Hangzhou, China; privacy@camino.cn.\n",
}


def verdict(text: str, lang: str, key: str) -> str:
    return compliance_judging.verdict(HEAD[lang] + text, lang, key)


# (1) PIPL 28-30: sensitive data named in one sentence and collected by a pronoun in the next of the same paragraph
# ("Your precise location is sensitive. We collect it only with your separate consent") are processed; the pair says
# what one sentence naming and collecting them would. A denial in the next sentence, or a pronoun in another
# paragraph, collects nothing.
SENSITIVE_THEN_PRONOUN = {
    "az": ("Dəqiq yer məlumatınız həssas şəxsi məlumatdır. Onu yalnız ayrıca razılığınızla toplayırıq.",
           "Dəqiq yer məlumatınız həssas şəxsi məlumatdır. Onu heç vaxt toplamırıq."),
    "ru": ("Точная геолокация относится к чувствительной информации. Мы собираем её только с вашего отдельного согласия.",
           "Точная геолокация относится к чувствительной информации. Мы никогда не собираем её."),
    "en": ("Your precise location is sensitive personal information. We collect it only with your separate consent.",
           "Your precise location is sensitive personal information. We never collect it."),
}


def test_sensitive_named_then_collected_by_a_pronoun_is_processed() -> None:
    for lang, (pair, denied) in SENSITIVE_THEN_PRONOUN.items():
        assert verdict(pair, lang, "sensitive-pi-consent") != "not-applicable", lang
        assert verdict(denied, lang, "sensitive-pi-consent") == "not-applicable", lang
    # near miss: the pronoun opens another paragraph about something else
    apart = "Dəqiq yer məlumatınız həssas şəxsi məlumatdır.\n\nSifariş tarixçəsi\nOnu hesabınızda saxlayırıq."
    assert verdict(apart, "az", "sensitive-pi-consent") == "not-applicable"


# (2) PIPL 30: the statement of necessity and impact may be told as what the data are needed for ("… üçün
# zəruridir", "она необходима для …") and as the harm a leak could do ("sızması … səbəb ola bilər", "Утечка … может
# привести к …"). Separate consent without either stays short of PIPL 30.
NECESSITY = {
    "az": ("Dəqiq yer məlumatınızı yalnız ayrıca razılığınızla toplayırıq. ",
           "Bu məlumat sürücünün sizi tapması üçün zəruridir. Onun sızması hərəkətlərinizin izlənməsinə səbəb ola bilər."),
    "ru": ("Функция распознавания лиц обрабатывает биометрические данные только с вашего отдельного согласия. ",
           "Она необходима для открытия замка без ключа. Утечка биометрических данных может привести к доступу посторонних в ваш дом."),
    "en": ("We collect your facial recognition data for the door lock only with your separate consent. ",
           "It is necessary for unlocking the door without a key. A leak of these data could let strangers into your home."),
    "es": ("Recogemos sus datos biométricos faciales solo con su consentimiento separado. ",
           "Son necesarios para abrir la cerradura sin llave. Su filtración podría permitir el acceso de extraños a su casa."),
}


def test_necessity_and_impact_told_as_purpose_and_harm_of_a_leak() -> None:
    for lang, (consent, statement) in NECESSITY.items():
        assert verdict(consent + statement, lang, "sensitive-pi-consent") == "met", lang
        assert verdict(consent, lang, "sensitive-pi-consent") == "contravention", lang
    # near miss: a legal duty is no purpose of the data ("необходимы для исполнения требований закона")
    legal = NECESSITY["ru"][0] + "Они необходимы для исполнения требований закона."
    assert verdict(legal, "ru", "sensitive-pi-consent") == "contravention"


# (3) PIPL 38-39: data processed in a data centre placed in a named foreign country are abroad, whatever the noun
# of the storage (server, data centre) and its case and possessive endings ("Sinqapurdakı data mərkəzimizdə", "в
# нашем центре обработки данных в Сингапуре"); one in the handler's own Chinese city is no transfer.
DATA_CENTRE = {
    "az": ("Məlumatlarınız Sinqapurdakı data mərkəzimizdə emal olunur.",
           "Məlumatlarınız Hangzhoudakı data mərkəzimizdə emal olunur."),
    "ru": ("Ваши данные обрабатываются в нашем центре обработки данных в Сингапуре.",
           "Ваши данные обрабатываются в нашем центре обработки данных в Гуанчжоу."),
    "es": ("Sus datos se tratan en nuestro centro de datos de Singapur.",
           "Sus datos se tratan en nuestro centro de datos de Hangzhou."),
}


def test_data_centre_in_a_foreign_country_is_abroad() -> None:
    for lang, (abroad, home) in DATA_CENTRE.items():
        assert verdict(abroad, lang, "cross-border-mechanism") == "contravention", lang
        assert verdict(home, lang, "cross-border-mechanism") == "not-applicable", lang


# (4) PIPL 45: the perfective "просмотреть/посмотреть" in a coordinated list of rights ("просмотреть, исправить и
# удалить свои данные") is access as the imperfective "просматривать" is; staff who may view data give none.
def test_russian_perfective_view_is_access() -> None:
    rights = ("Вы можете просмотреть, исправить и удалить свои данные, а также отозвать согласие в разделе «Настройки». "
              "Удалить учётную запись можно в разделе «Аккаунт».")
    assert verdict(rights, "ru", "rights-exercise") == "met"
    staff = ("Сотрудники поддержки могут просмотреть ваши данные при обращении. Вы можете исправить и удалить свои данные, "
             "а также отозвать согласие в разделе «Настройки». Удалить учётную запись можно в разделе «Аккаунт».")
    assert verdict(staff, "ru", "rights-exercise") == "omission"


# (5) PIPL 17(1)(1): a company labelled as the recipient of a transfer ("alıcının adını (X Pte. Ltd.)", "наименование
# получателя (X)", "the recipient's name (X)") is who receives the data, not the handler, even in a sentence where
# "we" tell it; a brand and a group ("BazarPanda qrupu") then name no handler. Near miss: a handler named elsewhere.
RECIPIENT_NAMED = {
    "az": ("BazarPanda qrupu (Şençjen, Çin) platforma təqdim edir. Suallarınız üçün: support@bazarpanda.az.\n",
           "Ötürmədən əvvəl alıcının adını (BazarPanda Singapore Pte. Ltd.), əlaqə məlumatlarını bildirərək ayrıca razılığınızı alırıq."),
    "ru": ("Сервис «Панда» (Шэньчжэнь, Китай). Вопросы: support@panda.ru.\n",
           "До передачи мы сообщаем наименование получателя (Panda Singapore Pte. Ltd.) и запрашиваем отдельное согласие."),
    "es": ("Servicio Panda (Shenzhen, China). Contacto: support@panda.es.\n",
           "Antes de la transferencia le indicamos el nombre del destinatario (Panda Singapore Pte. Ltd.) y pedimos su consentimiento separado."),
    "en": ("Panda service (Shenzhen, China). Contact: support@panda.com.\n",
           "Before the transfer we give you the recipient's name (Panda Singapore Pte. Ltd.) and ask your separate consent."),
}


def test_a_company_named_as_the_recipient_is_not_the_handler() -> None:
    for lang, (brand, recipient) in RECIPIENT_NAMED.items():
        assert compliance_judging.verdict(brand + recipient, lang, "handler-identity") == "omission", lang
        assert verdict(recipient, lang, "handler-identity") == "met", lang


def test_a_foreign_recipient_named_is_no_handler_abroad() -> None:
    """PIPL 53: the Singapore company labelled as the recipient does not make the handler one abroad that owes a PRC
    representative; a foreign company that speaks as 'we' still does (near miss)."""
    for lang, (brand, recipient) in RECIPIENT_NAMED.items():
        assert compliance_judging.verdict(brand + recipient, lang, "overseas-representative") == "not-applicable", lang
    we_abroad = ("Panda Singapore Pte. Ltd. (\"we\") operates this app for users in China. Contact: support@panda.com.\n"
                 "Your data are stored in Singapore.")
    assert compliance_judging.verdict(we_abroad, "en", "overseas-representative") in ("omission", "review")


# (6) PIPL 17(1)(2): a purpose may open the sentence before the verb of processing, as a Russian "для …" phrase
# ("Для работы Приложения мы обрабатываем: …") or an Azerbaijani "… üçün" postposition with the verb at the end
# ("Ödəniş üçün bank kartı məlumatlarınızı toplayırıq"). Near misses: "для вас" names a beneficiary, not a purpose;
# "Suallarınız üçün:" labels a contact line and collects nothing.
def test_purpose_opening_the_sentence_before_the_verb() -> None:
    assert verdict("Ödəniş üçün bank kartı məlumatlarınızı toplayırıq.", "az", "processing-scope") == "met"
    assert verdict("Suallarınız üçün: support@x.az. Bank kartı məlumatlarınızı toplayırıq.", "az",
                   "processing-scope") == "omission"
    assert verdict("Для работы Приложения мы обрабатываем: номер телефона, сведения об устройствах.", "ru",
                   "processing-scope") == "met"
    assert verdict("Для вас мы обрабатываем номер телефона.", "ru", "processing-scope") == "omission"
