"""Issue 15, from a new-user try on an own-written Spanish travel-app notice (session 13).

Four faults, each a general rule with a near-miss beside it:
- an inline list whose last case is joined by a conjunction ("…; (d) …; y (e) otros fines …") keeps that case
  under the list's intro, so an open last purpose is an open purpose;
- the Mexican ARCO wording "cancelarlos" (cancel the data) is the right to deletion, and "la eliminación de su
  cuenta" is account cancellation;
- a PRC city named as the seat of the group a foreign handler belongs to is the group's seat, not the handler's;
- "Al descargar … usted manifiesta su consentimiento" is consent deemed by use.
All sentences are written for this test.
"""
from __future__ import annotations

import pytest

import compliance_judging
from policykg.ingest.model import Document, SegmentKind
from policykg.ingest.segment import segment

ES_HEAD = ("Viajes Sol S.A. de C.V., con domicilio en Calle Luna 5, Guadalajara, es responsable de sus datos "
           "(contacto: privacidad@viajessol.example). ")


def verdict(text: str, lang: str, key: str) -> str:
    return compliance_judging.verdict(text, lang, key)


@pytest.mark.parametrize("lang,text", [
    ("es", ES_HEAD + "\nTratamos su nombre y su correo electrónico para: (a) gestionar sus reservas; "
                     "(b) enviarle avisos del viaje; y (c) otros fines compatibles con los anteriores.\n"),
    ("en", "Sunway Ltd runs the Sunway app.\nWe use your name and e-mail address to: (a) manage your bookings; "
           "(b) send you trip notices; and (c) other purposes consistent with these.\n"),
])
def test_an_open_last_case_joined_by_a_conjunction_leaves_the_purposes_open(lang: str, text: str) -> None:
    assert verdict(text, lang, "processing-scope") == "contravention"


@pytest.mark.parametrize("lang,text", [
    ("es", ES_HEAD + "\nTratamos su nombre y su correo electrónico para: (a) gestionar sus reservas; "
                     "(b) enviarle avisos del viaje; y (c) atender sus solicitudes de soporte.\n"),
    ("en", "Sunway Ltd runs the Sunway app.\nWe use your name and e-mail address to: (a) manage your bookings; "
           "(b) send you trip notices; and (c) answer your support requests.\n"),
])
def test_a_closed_last_case_joined_by_a_conjunction_leaves_them_closed(lang: str, text: str) -> None:
    assert verdict(text, lang, "processing-scope") != "contravention"


def test_a_conjunction_before_the_next_marker_on_its_own_line_is_still_an_item() -> None:
    text = "We use your data to:\n(a) manage bookings;\n(b) send notices;\nand (c) answer requests.\n"
    segs = segment(Document(source="t", name="t.txt", text=text, sha256="0" * 64, media_type="text/plain",
                            encoding="utf-8", language="en"))
    last = [s for s in segs if "answer requests" in s.text]
    assert last and last[0].kind == SegmentKind.ITEM and last[0].text.startswith("answer requests")
    # a sentence that merely starts with "and" after a list is not an item
    segs = segment(Document(source="t", name="t.txt", text="We use your data to:\n(a) manage bookings;\n\nAnd we keep it safe.\n",
                            sha256="0" * 64, media_type="text/plain", encoding="utf-8", language="en"))
    assert [s for s in segs if "keep it safe" in s.text][0].kind != SegmentKind.ITEM


ARCO = ("Usted puede acceder a sus datos, rectificarlos, cancelarlos u oponerse a su tratamiento, así como revocar su "
        "consentimiento o solicitar la eliminación de su cuenta, escribiendo a privacidad@viajessol.example.")


def test_arco_cancellation_and_account_removal_are_deletion_and_account_cancellation() -> None:
    v = compliance_judging.verdicts(ES_HEAD + "\n" + ARCO + "\n", "es")["rights-exercise"]
    assert v.verdict == "met"


def test_without_cancellation_or_account_removal_deletion_is_missing() -> None:
    text = ES_HEAD + "\nUsted puede acceder a sus datos, rectificarlos u oponerse a su tratamiento, así como revocar su " \
                     "consentimiento, escribiendo a privacidad@viajessol.example.\n"
    v = compliance_judging.verdicts(text, "es")["rights-exercise"]
    assert v.verdict == "omission"


PRC_USERS = {"es": "La aplicación se ofrece a turistas residentes en la República Popular China que visitan México.",
             "en": "The app is offered to tourists resident in the People's Republic of China who visit Mexico."}


@pytest.mark.parametrize("lang,text", [
    ("es", "Viajes Sol S.A. de C.V., con domicilio en Guadalajara, es responsable de sus datos. "
           "Viajes Sol forma parte del grupo Donghai, con sede en Hangzhou. "),
    ("en", "Sunway Travel S.A. de C.V., of Guadalajara, Mexico, is responsible for your data. "
           "Sunway Travel is part of the Donghai group, headquartered in Hangzhou. "),
])
def test_the_prc_seat_of_the_group_does_not_bring_a_foreign_handler_home(lang: str, text: str) -> None:
    assert verdict(text + PRC_USERS[lang] + "\n", lang, "overseas-representative") == "omission"


def test_a_prc_handler_that_is_part_of_a_group_stays_at_home() -> None:
    text = ("Sunway Travel (Hangzhou) Co., Ltd. is part of the Donghai group and is responsible for your data. "
            + PRC_USERS["en"] + "\n")
    v = compliance_judging.verdicts(text, "en")["overseas-representative"]
    assert v.verdict == "not-applicable"
    assert v.quotes, "not-applicable on the handler's seat quotes the sentence that shows the seat"


@pytest.mark.parametrize("text,expected", [
    ("Al descargar, registrarse o utilizar la aplicación, usted manifiesta su consentimiento para el tratamiento "
     "de sus datos.", "contravention"),
    ("Al instalar la aplicación, usted acepta el tratamiento de sus datos descrito en este aviso.", "contravention"),
    # asking for consent on download is not consent deemed by downloading
    ("Al descargar la aplicación le pediremos que manifieste su consentimiento marcando una casilla, que puede "
     "dejar sin marcar.", "not-contravention"),
])
def test_consent_deemed_by_downloading(text: str, expected: str) -> None:
    got = verdict(ES_HEAD + "\n" + text + "\n", "es", "consent-by-use")
    assert (got == "contravention") == (expected == "contravention")


# --- from a second try: an own-written Chinese fitness-app policy dated 2019 (GB/T 35273-2017 in force) ---

ZH_HEAD = "本政策由杭州示例网络科技有限公司（联系邮箱：privacy@example.cn）制定。\n"
HEART = "心率数据属于个人敏感信息，我们会在您首次开启心率记录时通过弹窗单独征得您的明示同意，并告知您收集的目的和不提供的影响。"


@pytest.mark.parametrize("when", ["2019-08-20", "2023-03-01"])
def test_consent_for_one_sensitive_kind_does_not_reach_another_collected_after_it(when: str) -> None:
    from datetime import date
    text = ZH_HEAD + "1. 为了制定训练计划，我们会收集您的身高、体重和心率数据。\n2. " + HEART + \
        "\n3. 使用跑步记录功能时，我们会收集您的精确地理位置信息。\n"
    v = compliance_judging.verdicts(text, "zh", date.fromisoformat(when))["sensitive-pi-consent"]
    assert v.verdict == "contravention"
    assert any("精确地理位置" in q.text for q in v.quotes)


def test_a_consent_that_refers_back_to_the_data_reaches_it() -> None:
    # near-miss: the consent sentence follows the data it speaks of ("上述信息")
    text = ZH_HEAD + "1. 使用跑步记录功能时，我们会收集您的精确地理位置信息。\n" \
        "2. 上述信息属于个人敏感信息，我们会通过弹窗单独征得您的同意，并告知您收集的必要性及对您权益的影响。\n"
    assert compliance_judging.verdict(text, "zh", "sensitive-pi-consent") == "met"


def test_a_consent_clause_naming_the_same_kind_again_in_a_later_section_reaches_it() -> None:
    text = ("Fitway Ltd runs the Fitway app.\n1.1 Identity check. We collect your ID card number and a face image.\n"
            "1.2 Orders. We collect your delivery address.\n1.3 Contacts. We collect your e-mail address.\n"
            "1.4 Sensitive data. Your ID card number and face image are sensitive personal information. Before collecting "
            "them we obtain your separate consent in a pop-up and tell you why they are necessary and the impact on your "
            "rights.\n")
    assert compliance_judging.verdict(text, "en", "sensitive-pi-consent") == "met"


CASES = ("（1）与国家安全、国防安全直接相关的；\n（2）与刑事侦查、起诉、审判和判决执行等直接相关的；\n"
         "（3）为维护我们的合法权益，例如处理欺诈活动的。\n")


def test_a_numbered_chinese_clause_opening_a_list_is_no_title() -> None:
    text = ZH_HEAD + "三、我们如何共享、转让、公开披露信息\n3. 以下情形中，我们共享、转让、公开披露您的个人信息无需事先征得您的授权同意：\n" + CASES
    sentences = compliance_judging.facts(text, "zh").policy.sentences
    clause = next(s for s in sentences if "以下情形中" in s.text)
    assert not clause.heading
    assert next(s for s in sentences if s.text.startswith("三、")).heading  # the section title stays one
    assert compliance_judging.verdict(text, "zh", "public-disclosure") == "contravention"


def test_a_promise_not_to_disclose_with_a_case_outside_the_law_is_a_disclosure_without_consent() -> None:
    text = ZH_HEAD + "7.4 我们保证不对外公开或向任何第三方提供您的个人信息，但是存在下列情形之一的除外：\n" \
        "（1）公开或提供相关信息之前获得您许可的；\n（2）根据本协议其他条款约定而公开或提供的。\n"
    assert compliance_judging.verdict(text, "zh", "public-disclosure") == "contravention"
    # near-miss: every case asks consent or is compelled by law
    text = ZH_HEAD + "7.4 我们保证不对外公开或向任何第三方提供您的个人信息，但是存在下列情形之一的除外：\n" \
        "（1）公开或提供相关信息之前获得您明确同意的；\n（2）根据法律法规的规定而公开或提供的。\n"
    assert compliance_judging.verdict(text, "zh", "public-disclosure") != "contravention"


# --- from a third try: an own-written Azerbaijani smartwatch-app policy of a Shenzhen maker (2022) ---

AZ_HEAD = "Tətbiq Shenzhen Nümunə Texnologiya Co., Ltd. tərəfindən idarə olunur (privacy@numune.example).\n"


def test_azerbaijani_consent_asked_again_in_the_bare_form_raziliq() -> None:
    """Azerbaijani final q turns ğ only before a vowel suffix: "yenidən razılıq alacağıq" is the same new consent
    as "yenidən razılığınızı alacağıq"."""
    text = AZ_HEAD + "Bu siyasəti dəyişdirdikdə yeni versiyanı tətbiqdə dərc edəcəyik və əhəmiyyətli dəyişikliklər üçün " \
                     "sizdən yenidən razılıq alacağıq.\n"
    assert compliance_judging.verdict(text, "az", "policy-changes") == "met"
    # near-miss: publishing the new version is no new consent
    text = AZ_HEAD + "Bu siyasəti dəyişdirdikdə yeni versiyanı tətbiqdə dərc edəcəyik.\n"
    assert compliance_judging.verdict(text, "az", "policy-changes") != "met"


# --- from a fourth try: an own-written English HTML policy of a Chengdu game studio (2024) ---

EN_HEAD = "Starway Interactive (Chengdu) Co., Ltd. publishes the Starway game (privacy@starway.example).\n"


def test_a_section_titled_changes_holds_the_change_clause_though_it_never_names_the_policy() -> None:
    text = EN_HEAD + "Changes\nWe will post changes here. Where a change affects the purposes or categories of data we " \
                     "process, we will ask for your consent again in the game before it applies.\n"
    assert compliance_judging.verdict(text, "en", "policy-changes") == "met"
    text = EN_HEAD + "Changes\nWe will post changes here. If you keep playing after they are posted, you accept them.\n"
    assert compliance_judging.verdict(text, "en", "policy-changes") == "contravention"
    # near-miss: a title on updating your own data is a right, not a change clause
    text = EN_HEAD + "Updating your information\nYou can update your nickname at any time.\n"
    assert compliance_judging.verdict(text, "en", "policy-changes") == "review"


def test_consent_asked_in_the_change_clause_with_not_until_is_fresh_consent() -> None:
    text = EN_HEAD + "Changes to this notice\nWhere a change concerns the purposes or the categories of personal data, we " \
                     "will ask for your consent and will not apply the change to you until you have given it.\n"
    assert compliance_judging.verdict(text, "en", "policy-changes") == "met"
    # near-miss: a flat refusal to ask again is no fresh consent
    text = EN_HEAD + "Changes to this notice\nWe will not ask for your consent again when this notice changes.\n"
    assert compliance_judging.verdict(text, "en", "policy-changes") != "met"


@pytest.mark.parametrize("sentence,expected", [
    ("By continuing to play, you agree to this sharing.", "contravention"),
    ("By downloading the game you consent to the processing described here.", "contravention"),
    # near-miss: continuing a step of a consent flow is an act, not use
    ("Tap Agree to consent; you can keep playing if you tap Decline.", "not-contravention"),
])
def test_consent_deemed_by_continuing_to_play(sentence: str, expected: str) -> None:
    got = compliance_judging.verdict(EN_HEAD + "We share device data with ad networks. " + sentence + "\n", "en", "consent-by-use")
    assert (got == "contravention") == (expected == "contravention")


def test_a_separable_particle_still_switches_personalisation_off() -> None:
    text = EN_HEAD + "We use your gameplay data to recommend in-game offers tailored to you. You can switch tailored offers " \
                     "off at any time under Settings.\n"
    assert compliance_judging.verdict(text, "en", "automated-decision") == "met"
    text = EN_HEAD + "We use your gameplay data to recommend in-game offers tailored to you. You can switch sound effects " \
                     "off at any time under Settings.\n"
    assert compliance_judging.verdict(text, "en", "automated-decision") == "contravention"


def test_why_it_is_required_and_what_happens_if_you_refuse_is_the_necessity_and_impact_statement() -> None:
    text = EN_HEAD + "We collect your identity card number only after you agree on a separate consent screen that explains " \
                     "why it is required and what happens if you refuse.\n"
    assert compliance_judging.verdict(text, "en", "sensitive-pi-consent") == "met"
    text = EN_HEAD + "We collect your identity card number only after you agree on a separate consent screen.\n"
    assert compliance_judging.verdict(text, "en", "sensitive-pi-consent") == "contravention"


def test_servers_in_a_mainland_city_keep_data_at_home_and_access_from_abroad_is_a_transfer() -> None:
    home = EN_HEAD + "Data of players in mainland China is stored on servers in Chengdu.\n"
    assert compliance_judging.verdict(home, "en", "cross-border-mechanism") == "not-applicable"
    away = EN_HEAD + "Data of players in mainland China is stored on servers in Chengdu and accessed by our support " \
                     "team in Singapore.\n"
    assert compliance_judging.verdict(away, "en", "cross-border-mechanism") == "contravention"


# --- from the measuring-only last look of this session (look13): a Novosibirsk parcel forwarder ---

RU_FORWARDER = ("Оператор персональных данных — ООО «Сибирь Посылка», г. Новосибирск, ул. Ленина, д. 1 (privacy@sibpost.example).\n"
                "Компания доставляет посылки из Китайской Народной Республики в Россию.\n"
                "Посылки принимаются на складах в г. Гуанчжоу (КНР).\n"
                "Данные отправителей в Китае передаются в Россию и хранятся на серверах в Москве.\n")


def test_goods_and_warehouses_in_the_prc_do_not_seat_a_foreign_handler_there() -> None:
    assert compliance_judging.verdict(RU_FORWARDER, "ru", "overseas-representative") != "not-applicable"


def test_a_prc_company_named_as_the_operator_is_seated_there() -> None:
    text = ("Оператор персональных данных — компания «Гуанчжоу Синьлу Ко., Лтд.» (КНР, г. Гуанчжоу), privacy@xinlu.example.\n"
            "Компания доставляет посылки из Китайской Народной Республики в Россию.\n")
    assert compliance_judging.verdict(text, "ru", "overseas-representative") == "not-applicable"


def test_russian_new_consent_to_changes() -> None:
    head = "ООО «Сибирь Посылка» (privacy@sibpost.example).\n"
    text = head + "Мы можем изменять политику. Если изменения затронут цели обработки, мы запросим ваше новое согласие.\n"
    assert compliance_judging.verdict(text, "ru", "policy-changes") == "met"
    text = head + "Мы можем изменять политику. Новая редакция вступает в силу с момента её размещения на сайте.\n"
    assert compliance_judging.verdict(text, "ru", "policy-changes") != "met"


# --- from a last new-user try: an own-written Russian clinic policy (2023) with patients from the PRC ---

def test_russian_right_to_information_and_to_demand_clarification() -> None:
    """152-FZ art. 14 words the rights as "получить сведения об обработке" and "потребовать уточнения"."""
    head = "Оператор — ООО «Клиника Север» (dpo@sever.example).\n"
    text = head + ("Вы вправе получить сведения об обработке, потребовать уточнения, блокирования или уничтожения данных, "
                   "отозвать согласие, направив заявление на dpo@sever.example.\n")
    assert compliance_judging.verdict(text, "ru", "rights-exercise") == "met"
    # near-miss: receiving news about the clinic is no right of access, and no correction is offered
    text = head + ("Вы можете получать сведения о новых услугах клиники и отозвать согласие, направив заявление на "
                   "dpo@sever.example.\n")
    assert compliance_judging.verdict(text, "ru", "rights-exercise") == "omission"
