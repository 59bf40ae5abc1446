"""Issue 15 (lawmix17): own-written en/es/ru/az policies (a Shenzhen phone maker's cloud, a Hangzhou children's
English app, a Hangzhou cross-border marketplace in Spanish, a Mexican courier app of a Shenzhen group, a Chongqing
car maker's app in Russian, a Russian-language dating app in China, a Ningbo parcel forwarder and a Guangzhou social
app in Azerbaijani), by rule.

Each rule is one a linguist or a PRC data-protection lawyer would state; beside each, a near miss that must not
match. All sentences are written for this test.
"""
from __future__ import annotations

from datetime import date

import compliance_judging
from compliance_judging import stating

WHEN = date(2024, 6, 1)


def verdict(text: str, lang: str, key: str) -> str:
    return compliance_judging.verdict(text, lang, key, WHEN)


# (1) A list item whose run-in label names the right ("Access and correct your data:", "Razılığı geri götürmək:") gives
# the way after the colon: a place in the app, or the "you can" of the clause run on from it.
def test_run_in_label_names_the_right() -> None:
    en = ("6. Your rights\n"
          "- Access and correct your data: Cloud > Manage data lists what we store; you can open and edit it there.\n"
          "- Delete: you can delete individual items in Cloud > Manage data > Delete.\n"
          "- Withdraw consent: switch the function off in Cloud > Settings.\n"
          "- Cancel your account: Settings > Account > Cancel account.\n")
    assert verdict(en, "en", "rights-exercise") == "met"
    az = ("5. Hüquqlarınız\n"
          "- Məlumatlarınıza baxmaq və düzəltmək: \"Profil\" bölməsində.\n"
          "- Silmək: ünvanları \"Profil\" bölməsində silə bilərsiniz.\n"
          "- Razılığı geri götürmək: \"Parametrlər > Məxfilik\".\n"
          "- Hesabı ləğv etmək: \"Parametrlər > Hesab > Hesabı ləğv et\".\n")
    assert verdict(az, "az", "rights-exercise") == "met"
    # near misses: a label naming the right with no way after it; a label that names no right
    assert verdict(en.replace("Withdraw consent: switch the function off in Cloud > Settings.",
                              "Withdraw consent: this does not affect earlier processing."), "en", "rights-exercise") == "omission"
    assert verdict(az.replace("Razılığı geri götürmək: \"Parametrlər > Məxfilik\".", "Qeyd: \"Parametrlər > Məxfilik\"."),
                   "az", "rights-exercise") == "omission"


# (2) The profile is the data the person gave: viewing and changing it is access and correction (en); the data named by
# a pronoun after the access right are corrected too (ru "исправлять их"); deleting items one by one is deletion (en).
def test_profile_pronoun_and_items() -> None:
    assert stating("Parents can view and change the child's profile in Parent Center.", "en", "right_access")
    assert stating("Parents can view and change the child's profile in Parent Center.", "en", "right_correct")
    assert not stating("Other players can view your profile picture in the lobby.", "en", "right_correct")
    ru = "В разделе «Профиль» вы можете просматривать свои данные, исправлять их и удалять историю поездок."
    assert stating(ru, "ru", "right_correct")
    assert not stating("Мы проверяем данные и исправляем ошибки в приложении.", "ru", "right_correct")
    assert stating("You can delete individual items in Cloud.", "en", "right_delete")
    assert stating('Razılığınızı "Parametrlər > İcazələr" bölməsində geri götürə bilərsiniz.', "az", "right_withdraw")


# (3) Telling what refusing costs ("if you refuse, you will not be able to locate the device") is the statement of
# impact PIPL 30 asks, in every language; a promise that refusing costs nothing is no statement about the sensitive data.
def test_cost_of_refusal_is_the_impact() -> None:
    assert stating("We explain that, if you refuse, you will not be able to locate the device from the web.", "en", "sensitive_necessity")
    assert stating("Si no lo facilita, el pedido internacional no podrá tramitarse.", "es", "sensitive_necessity")
    assert stating("Если вы откажетесь, функция поиска автомобиля будет недоступна.", "ru", "sensitive_necessity")
    assert stating("Onu təqdim etməsəniz bağlamanın gömrükdən keçirilə bilməyəcəyini bildiririk.", "az", "sensitive_necessity")
    assert not stating("If you refuse, nothing changes for you.", "en", "sensitive_necessity")
    en = ("Halcyon Mobile Co., Ltd. (privacy@halcyon.example). Find Device processes your device's precise location, which is "
          "sensitive personal information. It is needed only to show you where your lost device is; we ask for your separate "
          "consent when you switch the function on and explain that, if you refuse, you will not be able to locate the device.")
    assert verdict(en, "en", "sensitive-pi-consent") == "met"
    es = ("Para cumplir la normativa aduanera, debemos recoger el número de su documento de identidad. Este dato es "
          "información personal sensible; lo usamos solo para el despacho aduanero y, si no lo facilita, el pedido no podrá "
          "tramitarse. Antes de recogerlo le pediremos su consentimiento por separado.")
    assert verdict(es, "es", "sensitive-pi-consent") == "met"
    # near miss: the same data with neither separate consent nor the cost of refusing
    assert verdict("Debemos recoger el número de su documento de identidad para el despacho aduanero.", "es",
                   "sensitive-pi-consent") == "contravention"


# (4) "Health" as the interest a PIPL 13(4) ground protects ("to protect life, health or property in an emergency", "public
# health emergency") names no health data (en, es, ru, az); health data themselves still do.
def test_health_as_protected_interest_is_no_data() -> None:
    assert not stating("We may process it without consent to protect life, health or property in an emergency.", "en", "sensitive")
    assert not stating("We may process it to respond to a public health emergency.", "en", "sensitive")
    assert stating("We collect your health records to book appointments.", "en", "sensitive")
    assert not stating("Podremos tratarlos sin consentimiento en caso de emergencia de salud pública.", "es", "sensitive")
    assert stating("Recogemos datos de salud para la cita médica.", "es", "sensitive")
    assert not stating("Мы можем передать данные для защиты жизни, здоровья или имущества.", "ru", "sensitive")
    assert stating("Мы собираем сведения о состоянии здоровья пациента.", "ru", "sensitive")
    assert not stating("Fövqəladə halda həyat və sağlamlıq qorunması üçün emal edə bilərik.", "az", "sensitive")


# (5) A score or rating of the person computed automatically that decides what he pays or may do is an automated decision
# (PIPL 24 para 3; GB/T 2017 §7.10 asks a way to complain); a learning path set from the child's own scores is
# personalisation (GB/T 2020 §7.5, PIPL 24).
def test_automated_rating_deciding_deposit_or_access() -> None:
    ru = ("Чунцин Вектор Ко., Лтд. (privacy@vector.example). На основе данных о стиле вождения система автоматически рассчитывает "
          "оценку безопасного вождения. Если оценка ниже 60 баллов, функция дистанционного запуска блокируется.")
    assert verdict(ru, "ru", "automated-decision") == "contravention"
    es = ("RutaListo S.A. de C.V. (datos@rutalisto.example). Nuestro sistema califica automáticamente a cada repartidor según la "
          "puntualidad. La calificación determina el monto del depósito de garantía.")
    assert verdict(es, "es", "automated-decision") == "contravention"
    assert compliance_judging.verdict(es, "es", "automated-decision", date(2020, 8, 20)) == "contravention"  # GB/T 2017 §7.10
    en = ("Lingxi Co., Ltd. (care@lingxi.example). Our system recommends lessons and sets the next learning goal automatically "
          "based on the child's scores and learning records.")
    assert verdict(en, "en", "automated-decision") == "contravention"
    az = "Sistem hər kuryerin reytinqini avtomatik hesablayır; reytinq depozitin məbləğini müəyyən edir."
    assert stating(az, "az", "auto_decision")
    # near misses: an automatic check on the car, not on the person; a rating the person gives
    assert not stating("Система автоматически проверяет давление в шинах.", "ru", "auto_decision")
    assert not stating("Los clientes califican el servicio de 1 a 5 estrellas.", "es", "auto_decision")


# (6) Data kept for a stated period after the account is deleted, with no statute, tax or dispute named as the reason, outlast
# the purpose (PIPL 47: delete once the account is cancelled); "unless a longer period is set by law" names no reason.
def test_kept_for_a_period_after_deletion() -> None:
    ru = "Мы храним данные в течение срока использования приложения и 3 лет после удаления учетной записи, если более длительный срок не установлен законом."
    assert verdict(ru, "ru", "retention-period") == "contravention"
    es = "Tras la cancelación de la cuenta conservaremos su historial de compras durante cinco años para mejorar nuestros servicios."
    assert verdict(es, "es", "retention-period") == "contravention"
    az = "Hesab ləğv edildikdən sonra məlumatlarınız 2 il saxlanılır."
    assert verdict(az, "az", "retention-period") == "contravention"
    en = "We keep your order history for 3 years after you close your account."
    assert verdict(en, "en", "retention-period") == "contravention"
    # near misses: a statute is the reason; a deletion deadline after closure; kept while the account lives
    assert verdict("Мы храним платёжные документы 5 лет после удаления учетной записи в соответствии с налоговым законодательством.",
                   "ru", "retention-period") == "met"
    assert verdict("Tras la cancelación de la cuenta conservaremos las facturas durante cinco años, como exige la normativa fiscal.",
                   "es", "retention-period") == "met"
    assert verdict("Hesab ləğv edildikdən sonra digər məlumatlar 30 gün ərzində silinir.", "az", "retention-period") == "met"
    assert verdict("We keep invoices for 6 years after you close your account, as tax law requires.", "en", "retention-period") == "met"


# (7) The guardian does the consenting though what he does first stands between ("your parent or guardian must create the
# account and give consent for you").
def test_en_guardian_gives_consent_after_creating_account() -> None:
    base = "Halcyon Mobile Co., Ltd. (privacy@halcyon.example). Phones can be set up for a child with a Child Account. "
    assert verdict(base + "If you are under 14, your parent or guardian must create the account and give consent for you.",
                   "en", "minors") == "met"
    # near miss: the parent only creates the account
    assert verdict(base + "If you are under 14, your parent or guardian must create the account for you.", "en", "minors") != "met"


# (8) A handler established in a PRC town (named first in its own sentence) collects its data in China: its servers in
# Singapore hold them abroad though the text never says "China".
def test_prc_handler_servers_abroad() -> None:
    when = date(2021, 3, 15)
    en = ("The App is operated by Hangzhou Lingxi Education Technology Co., Ltd. (\"we\"), Room 702, Xihu District, Hangzhou. "
          "Write to care@lingxi.example. Our cloud servers are located in Singapore. Information you provide will be stored there.")
    assert compliance_judging.verdict(en, "en", "cross-border-mechanism", when) == "contravention"
    # near misses: the same handler's servers in its own town; a foreign company named first, its Chinese parent after it
    home = en.replace("located in Singapore", "located in Hangzhou")
    assert compliance_judging.verdict(home, "en", "cross-border-mechanism", when) == "not-applicable"
    from policykg.compliance.facts_abroad import handler_seat
    assert handler_seat("RutaListo Logística, S.A. de C.V., filial de Shenzhen Lianyun Co., Ltd., Ciudad de México") == "abroad"
    assert handler_seat("The App is operated by Hangzhou Lingxi Education Technology Co., Ltd.") == "prc"


# (9) az: the incident named first and "we will warn you" after it is the notice PIPL 57 asks.
def test_az_incident_then_warning() -> None:
    base = "Ningbo Sefer Co., Ltd. (privacy@sefer.example). Məlumatlar şifrələnir. "
    assert verdict(base + "Təhlükəsizlik insidenti baş verərsə, sizi dərhal SMS və ya e-poçt ilə xəbərdar edəcəyik.", "az",
                   "incident-notification") == "met"
    # near miss: an incident we only record
    assert verdict(base + "Təhlükəsizlik insidenti baş verərsə, onu qeydə alırıq.", "az", "incident-notification") == "omission"


# (10) In the section on rights, a bare verb label ("Correct:", "Düzəltmək:") names the right as the verb of the person's
# data; a gesture in the app ("by swiping left on them") is the way. Outside that section a bare label names nothing.
def test_bare_verb_labels_in_the_rights_section() -> None:
    az = ("4. Hüquqlarınız\n"
          "- Baxmaq və endirmək: \"Mən > Məxfilik > Məlumatlarımı endir\".\n"
          "- Düzəltmək: \"Mən > Profil\".\n"
          "- Silmək: klipləri \"Bulud\" bölməsində silə bilərsiniz.\n"
          "- Razılığı geri götürmək: \"Mən > Məxfilik > İcazələr\".\n"
          "- Hesabı silmək: \"Mən > Hesab > Hesabı sil\".\n")
    assert verdict(az, "az", "rights-exercise") == "met"
    en = ("5. Your rights\n"
          "- Access and export: Me > Settings > Privacy > Download my data.\n"
          "- Correct: edit your profile in Me > Profile.\n"
          "- Delete: delete single workouts by swiping left on them.\n"
          "- Withdraw consent: Me > Settings > Privacy > Permissions.\n"
          "- Delete account: Me > Settings > Account > Delete account.\n")
    assert verdict(en, "en", "rights-exercise") == "met"
    # near misses: the same bare labels under a heading that is not about rights
    assert verdict(az.replace("4. Hüquqlarınız", "4. Menyu"), "az", "rights-exercise") == "omission"
    assert verdict(en.replace("5. Your rights", "5. Menu"), "en", "rights-exercise") == "omission"


# (11) Round-2 phrasings of rules already held: the exit named before what is kept (en); the personalised function switched
# off by its own noun (en); de-identified data said to identify no one (en); the decision verb before "automáticamente",
# "le avisaremos" after an incident and consent deemed from browsing on (es); facial features (ru); users outside mainland
# China with words between (az).
def test_round_two_phrasings() -> None:
    assert verdict("After you delete your account we keep your activity history for 2 years for product analytics.", "en",
                   "retention-period") == "contravention"
    assert stating("You can switch coaching off in Me > Settings > Personalised coaching.", "en", "profiling_optout")
    assert not stating("You can switch the watch off in Settings.", "en", "profiling_optout")
    assert stating("We share de-identified heart-rate statistics with partners, because de-identified data no longer identify you.",
                   "en", "non_personal_claim")
    assert stating("El sistema asigna automáticamente un límite de crédito según su historial.", "es", "auto_decision")
    assert not stating("El sistema asigna automáticamente un número de pedido.", "es", "auto_decision")
    assert stating("Si ocurre un incidente de seguridad que afecte a sus datos, le avisaremos por correo electrónico.", "es", "incident_notify")
    assert stating("Si sigue navegando, acepta el uso de cookies.", "es", "deemed_consent")
    assert stating("Наш сервер анализирует черты лица и создает изображения.", "ru", "sensitive")
    assert stating("Bu Siyasət materik Çindən kənarda yaşayan istifadəçilərə şamil edilir.", "az", "foreign_users")
    assert not stating("Bu Siyasət Çində yaşayan istifadəçilərə şamil edilir.", "az", "foreign_users")


# (12) Ad networks are recipients (ru "рекламным сетям", es "redes publicitarias", as en and az already read): the sentence
# giving them the device identifier is the provision to quote.
def test_ad_networks_are_recipients() -> None:
    assert stating("Мы передаем рекламным сетям идентификатор устройства и данные об использовании приложения.", "ru", "recipient")
    assert stating("Facilitamos el identificador del dispositivo a redes publicitarias.", "es", "recipient")
    assert not stating("Мы показываем рекламу в социальных сетях компании.", "ru", "recipient")
    ru = ("Сямэнь ФотоЛюкс Ко., Лтд. (privacy@fotolux.example). Мы передаем рекламным сетям идентификатор устройства и данные "
          "об использовании приложения для показа рекламы.")
    quotes = [q.text for q in compliance_judging.verdicts(ru, "ru", WHEN)["sharing-separate-consent"].quotes]
    assert any("рекламным сетям" in q for q in quotes)


# (13) An app for "children aged 4 to 12" processes the personal information of children under 14, sensitive by GB/T 2020
# §5.4 and PIPL 28, though no unit follows the range; consent to the child's data deemed from an act shows what is missing.
def test_children_age_range_without_unit() -> None:
    en = ("TrailNest is an English-learning app for children aged 4 to 12. It is operated by Hangzhou Lingxi Co., Ltd. "
          "(care@lingxi.example). By enabling the microphone permission, you consent to our collection of your child's voice recordings.")
    when = date(2021, 3, 15)
    r = compliance_judging.verdicts(en, "en", when)["sensitive-pi-consent"]
    assert r.verdict == "contravention"
    assert any("microphone" in q.text for q in r.quotes)
    # near miss: an app for adults that mentions a range of ages of something else
    adult = ("Lingxi Co., Ltd. (care@lingxi.example) makes this app for teachers aged 25 to 60. You can record lessons.")
    assert compliance_judging.verdicts(adult, "en", when)["sensitive-pi-consent"].verdict == "not-applicable"


# (14) Round 3. A deletion verb between the keeping and the exit keeps nothing after it (es "se conservan mientras … y se
# eliminan en 15 días tras la baja"); a label joining rights names each ("Acceso, rectificación y supresión:"); before PIPL,
# sensitive data collected only as a rule requires need no explicit consent (GB/T 2017 §5.4 / 2020 §5.6 exceptions); az:
# what the person uploads is collected, a personal plan drawn from his level is personalisation, the plural noun shared
# with is the recipient.
def test_round_three_rules() -> None:
    es = ("Shanghai Xiaoyu Co., Ltd. (ayuda@xiaoyu.example). Las grabaciones se conservan 90 días. Los demás datos se conservan "
          "mientras su cuenta esté activa y se eliminan en un plazo de 15 días tras la baja.")
    assert verdict(es, "es", "retention-period") == "met"
    assert verdict("Tras la baja conservaremos su historial durante 5 años para análisis.", "es", "retention-period") == "contravention"
    rights = ("6. Sus derechos\n- Acceso, rectificación y supresión: Mi perfil > Datos personales.\n"
              "- Retirar el consentimiento: Ajustes > Privacidad > Permisos.\n- Dar de baja la cuenta: Ajustes > Cuenta > Dar de baja.\n")
    assert verdict(rights, "es", "rights-exercise") == "met"
    assert verdict(rights.replace("6. Sus derechos", "6. Menú"), "es", "rights-exercise") == "omission"
    en = ("Chengdu Starfall Co., Ltd. (privacy@starfall.example). For players in mainland China, we collect your name and ID card "
          "number, as required by the anti-addiction rules for online games.")
    assert compliance_judging.verdict(en, "en", "sensitive-pi-consent", date(2019, 6, 3)) == "met"
    assert compliance_judging.verdict(en, "en", "sensitive-pi-consent", date(2023, 6, 3)) == "contravention"  # PIPL 30
    assert compliance_judging.verdict(en.replace(", as required by the anti-addiction rules for online games", ""), "en",
                                      "sensitive-pi-consent", date(2019, 6, 3)) == "contravention"
    az = ("Beijing Hanyu Qiao Co., Ltd. (support@hanyu.example). Şəxsiyyəti təsdiqləmək üçün pasportunuzun şəklini yükləyirsiniz. "
          "Sistem səviyyənizə uyğun olaraq fərdi dərs planı hazırlayır. Məlumatlarınızı HSK imtahan mərkəzləri ilə paylaşırıq.")
    r = compliance_judging.verdicts(az, "az", date(2021, 5, 10))
    assert r["sensitive-pi-consent"].verdict == "contravention"
    assert r["automated-decision"].verdict == "contravention"
    assert any("mərkəzləri" in q.text for q in r["sharing-separate-consent"].quotes)
    assert not stating("Dərslər hər kəs üçün eyni plan üzrə keçirilir.", "az", "profiling")


# (15) Deleting one's data closes the account ("La cancelación de sus datos implica la baja de su cuenta"): the way given to
# delete is the way to cancel (Mexican ARCO practice, read under PIPL 47).
def test_deletion_entails_account_closure() -> None:
    es = ("RutaListo, S.A. de C.V. (datos@rutalisto.example). Usted tiene derecho a acceder a sus datos, rectificarlos, cancelarlos "
          "u oponerse a su tratamiento, así como a revocar su consentimiento. Para ello envíe una solicitud a datos@rutalisto.example. "
          "La cancelación de sus datos implica la baja de su cuenta en la aplicación.")
    assert compliance_judging.verdict(es, "es", "rights-exercise", date(2020, 8, 20)) == "met"
    # near miss: closing the account is only mentioned as a case, no entailment
    near = es.replace("La cancelación de sus datos implica la baja de su cuenta en la aplicación.",
                      "Si su cuenta se da de baja, sus datos se cancelan.")
    assert compliance_judging.verdict(near, "es", "rights-exercise", date(2020, 8, 20)) == "omission"


# (16) Kept "as long as needed to improve our services": the measure is a purpose of the company's own that never ends, so
# no limit is set (PIPL 19), in all four languages; kept as long as needed for the service the person uses is a criterion.
def test_kept_as_long_as_improvement_needs() -> None:
    assert verdict("Məlumatlarınızı xidmətlərimizi təkmilləşdirmək üçün lazım olduğu müddətcə saxlayırıq.", "az",
                   "retention-period") == "contravention"
    assert verdict("We keep your data as long as necessary to improve our services.", "en", "retention-period") == "contravention"
    assert verdict("Conservamos sus datos el tiempo necesario para mejorar nuestros servicios.", "es", "retention-period") == "contravention"
    assert verdict("Мы храним данные столько, сколько необходимо для улучшения наших сервисов.", "ru", "retention-period") == "contravention"
    assert verdict("We keep your data as long as necessary to provide the service you use, then delete it.", "en",
                   "retention-period") != "contravention"
