"""The facts issue 15 names, each found with its evidence sentence in all five cue languages.

Every sentence here is written for this test (not taken from any policy). Each case states one fact a
PRC data-protection lawyer reads in a policy and checks that ``PolicyFacts`` finds it in that very
sentence (the sentence is the quote a verdict would give), and, where it matters, that a look-alike
sentence is not read as that fact.
"""
from __future__ import annotations

import pytest

from policykg.compliance.facts import PolicyFacts
from policykg.compliance.text import PolicyText


def facts(text: str, lang: str) -> PolicyFacts:
    return PolicyFacts.read(PolicyText.from_text(text, language=lang))


def found(text: str, lang: str, fact: str) -> list[str]:
    return [s.text for s in facts(text, lang).where(fact)]


# (fact, language, sentence): the sentence states the fact
STATES = [
    # a list of exceptions about collection and use, or about sharing and disclosure
    ("list_is_collection", "zh", "在以下情形中，我们收集、使用您的个人信息无需征得您的同意："),
    ("list_is_collection", "en", "We may collect and use personal data without your consent in these cases:"),
    ("list_is_collection", "es", "Podemos recopilar y utilizar sus datos sin su consentimiento en estos casos:"),
    ("list_is_collection", "ru", "Мы собираем и используем данные без согласия в следующих случаях:"),
    ("list_is_collection", "az", "Aşağıdakı hallarda məlumatları razılığınız olmadan toplayır və istifadə edirik:"),
    ("list_is_sharing", "zh", "以下情形中，我们对外提供您的个人信息无需另行征得同意："),
    ("list_is_sharing", "en", "We may disclose your data without consent in the following cases:"),
    ("list_is_sharing", "es", "Podemos comunicar sus datos sin consentimiento en los siguientes casos:"),
    ("list_is_sharing", "ru", "Мы можем передавать ваши данные без согласия в следующих случаях:"),
    ("list_is_sharing", "az", "Məlumatlarınızı aşağıdakı hallarda razılıq olmadan ötürə bilərik:"),
    # entrusted processing (PIPL 21), not provision to another handler
    ("entrusted", "zh", "我们会委托服务商代为处理您的订单信息，并要求其按照我们的指示处理。"),
    ("entrusted", "en", "Our hosting vendor processes the data on our behalf and under our instructions."),
    ("entrusted", "es", "Un proveedor trata los datos por cuenta nuestra y siguiendo nuestras instrucciones."),
    ("entrusted", "ru", "Подрядчик обрабатывает данные по нашему поручению."),
    ("entrusted", "az", "Podratçı məlumatları bizim adımızdan emal edir."),
    # data received from partners, not provided to them
    ("received", "zh", "我们会从合作方处获取您授权共享给我们的信息。"),
    ("received", "en", "We receive information about you from our advertising partners."),
    ("received", "es", "Recibimos información sobre usted de nuestros socios comerciales."),
    ("received", "ru", "Мы получаем сведения о вас от наших партнеров."),
    ("received", "az", "Tərəfdaşlarımızdan sizin haqqınızda məlumat alırıq."),
    # separate consent and the necessity / impact notice for sensitive PI
    ("separate_consent", "zh", "处理您的人脸信息前，我们会单独征求您的同意。"),
    ("separate_consent", "en", "We will ask for your separate consent before reading your fingerprint."),
    ("separate_consent", "es", "Solicitaremos su consentimiento por separado antes de tratar datos de salud."),
    ("separate_consent", "ru", "Мы запросим ваше отдельное согласие на обработку биометрических данных."),
    ("separate_consent", "az", "Biometrik məlumatlar üçün ayrıca razılığınızı alacağıq."),
    ("sensitive_necessity", "zh", "我们会告知处理该信息的必要性以及对您个人权益的影响。"),
    ("sensitive_necessity", "en", "We explain the necessity of processing this data and its impact on your rights."),
    ("sensitive_necessity", "es", "Le explicamos la necesidad del tratamiento y su impacto en sus derechos."),
    ("sensitive_necessity", "ru", "Мы объясняем необходимость обработки и её влияние на ваши права."),
    ("sensitive_necessity", "az", "Emalın zəruriliyini və hüquqlarınıza təsirini izah edirik."),
    # guardian consent for children
    ("guardian_consent", "zh", "不满十四周岁的儿童注册前，须取得其监护人的同意。"),
    ("guardian_consent", "en", "A child under 14 may only register with the consent of a parent or guardian."),
    ("guardian_consent", "es", "Un menor de 14 años solo puede registrarse con el consentimiento de sus padres."),
    ("guardian_consent", "ru", "Ребёнок младше 14 лет может зарегистрироваться только с согласия родителей."),
    ("guardian_consent", "az", "14 yaşdan kiçik uşaq yalnız valideynin razılığı ilə qeydiyyatdan keçə bilər."),
    # profiling or personalised recommendation, and its opt-out
    ("profiling", "zh", "我们会根据您的浏览记录向您进行个性化推荐。"),
    ("profiling", "en", "We show you personalised recommendations based on what you read."),
    ("profiling", "es", "Le mostramos recomendaciones personalizadas según su actividad."),
    ("profiling", "ru", "Мы показываем персонализированные рекомендации на основе ваших действий."),
    ("profiling", "az", "Fəaliyyətinizə əsasən fərdiləşdirilmiş tövsiyələr göstəririk."),
    ("profiling_optout", "zh", "您可以在设置中关闭个性化推荐。"),
    ("profiling_optout", "en", "You can turn off personalised recommendations in the settings."),
    ("profiling_optout", "es", "Puede desactivar las recomendaciones personalizadas en la configuración."),
    ("profiling_optout", "ru", "Вы можете отключить персонализированные рекомендации в настройках."),
    ("profiling_optout", "az", "Fərdiləşdirilmiş tövsiyələri parametrlərdə söndürə bilərsiniz."),
    # a named person or department for personal information protection
    ("officer", "zh", "我们设立了个人信息保护负责人，联系邮箱为 dpo@example.cn。"),
    ("officer", "en", "Our data protection officer can be reached at dpo@example.com."),
    ("officer", "es", "Puede contactar con nuestro delegado de protección de datos en dpd@example.es."),
    ("officer", "ru", "Наш ответственный за обработку персональных данных доступен по адресу dpo@example.ru."),
    ("officer", "az", "Şəxsi məlumatların mühafizəsi üzrə məsul şəxsimizlə dpo@example.az ünvanında əlaqə saxlayın."),
    # a representative in the PRC
    ("representative", "zh", "我们在中国境内指定了代表负责个人信息保护事务。"),
    ("representative", "en", "We have appointed a representative in mainland China for these matters."),
    ("representative", "es", "Hemos designado un representante en China para estos asuntos."),
    ("representative", "ru", "Мы назначили представителя в Китае по этим вопросам."),
    ("representative", "az", "Bu məsələlər üzrə Çində nümayəndə təyin etmişik."),
    # liability disclaimers for security incidents
    ("disclaimer", "zh", "因黑客入侵导致的信息泄露，本公司不承担责任。"),
    ("disclaimer", "en", "We are not responsible for any leak caused by hacker attacks."),
    ("disclaimer", "es", "No nos hacemos responsables de filtraciones causadas por ataques informáticos."),
    ("disclaimer", "ru", "Мы не несем ответственности за утечки в результате хакерских атак."),
    ("disclaimer", "az", "Haker hücumları nəticəsində sızmalara görə məsuliyyət daşımırıq."),
    # de-identified data or device identifiers said not to be personal information
    ("non_personal_claim", "zh", "设备标识符不属于个人信息，我们可以自由共享。"),
    ("non_personal_claim", "en", "Device identifiers are not personal information, so we may share them freely."),
    ("non_personal_claim", "es", "Los identificadores del dispositivo no son datos personales."),
    ("non_personal_claim", "ru", "Идентификаторы устройств не являются персональными данными."),
    ("non_personal_claim", "az", "Cihaz identifikatorları şəxsi məlumat hesab edilmir."),
    # forced acceptance: use of the whole service conditional on accepting everything
    ("forced_acceptance", "zh", "如果您不同意本政策的任何内容，请立即停止使用本服务。"),
    ("forced_acceptance", "en", "If you do not agree with this policy, you must stop using the service."),
    ("forced_acceptance", "es", "Si no acepta esta política, debe dejar de usar el servicio."),
    ("forced_acceptance", "ru", "Если вы не согласны с политикой, прекратите использование сервиса."),
    ("forced_acceptance", "az", "Siyasətlə razı deyilsinizsə, xidmətdən istifadəni dayandırın."),
    # a transfer abroad, and a denial of one
    ("abroad", "zh", "您的信息将传输至境外的服务器进行处理。"),
    ("abroad", "en", "Your data may be transferred to servers outside mainland China."),
    ("abroad", "es", "Sus datos pueden transferirse a servidores fuera de China."),
    ("abroad", "ru", "Ваши данные могут передаваться на серверы за пределами Китая."),
    ("abroad", "az", "Məlumatlarınız Çindən kənardakı serverlərə ötürülə bilər."),
]


@pytest.mark.parametrize("fact, lang, text", STATES)
def test_fact_is_found_in_the_sentence_that_states_it(fact: str, lang: str, text: str) -> None:
    assert found(text, lang, fact) == [text], f"{fact} not read from: {text}"


CONTACTS_ZH = ["如有疑问，请拨打13812345678联系我们。", "客服热线：010-12345678。"]


@pytest.mark.parametrize("text", CONTACTS_ZH)
def test_a_chinese_phone_number_in_prose_is_a_contact(text: str) -> None:
    assert found(text, "zh", "contact") == [text]


# (fact, language, sentence): a look-alike that does NOT state the fact
LOOK_ALIKES = [
    ("negation", "zh", "未成年人须在监护人陪同下阅读本政策。"),  # 未成年 is no denial
    ("without_consent", "zh", "我们采取加密措施，防止数据遭到未经授权的访问。"),  # unauthorised access
    ("legal_entity", "en", "The data we keep is limited to your e-mail address."),  # "limited" is no legal form
    ("profiling", "en", "Comments you post appear on your user profile page."),  # an account page is no profiling
    ("incident_notify", "en", "We keep an incident response plan for information we hold."),  # "information" ≠ "inform"
    ("share_verb", "zh", "我们向您提供个性化的阅读服务。"),  # providing a service to you shares nothing
    ("security_context", "zh", "因不可抗力导致服务中断的，我们不承担责任。"),  # force majeure is no security incident
    # eleven digits inside an image address are no mobile number
    ("contact", "zh", "扫描下方二维码关注我们：https://img.example.cn/qr/201913812345678.png"),
]


@pytest.mark.parametrize("fact, lang, text", LOOK_ALIKES)
def test_look_alike_is_not_read_as_the_fact(fact: str, lang: str, text: str) -> None:
    assert found(text, lang, fact) == [], f"{fact} wrongly read from: {text}"


def test_exception_list_kind_follows_its_intro() -> None:
    text = ("在以下情形中，我们收集、使用您的个人信息无需征得您的授权同意：\n"
            "1. 与国家安全、国防安全直接相关的；\n"
            "2. 为新闻报道所必需的。\n"
            "在以下情形中，我们共享、公开披露您的个人信息无需事先征得您的授权同意：\n"
            "1. 与刑事侦查直接相关的。\n")
    kinds = [kind for _, _, kind in facts(text, "zh").exception_lists]
    assert kinds == ["collection", "sharing"]


def test_provision_is_not_entrusted_processing_nor_data_received() -> None:
    text = ("我们会与广告合作伙伴共享您的设备信息。\n"
            "我们委托云服务商按照我们的指示代为处理您的数据，并不向其提供其他信息。\n"
            "我们会从合作方获取其依法可以提供给我们的您的信息。\n")
    provided = [s.text for s in facts(text, "zh").provision_to_others]
    assert provided == ["我们会与广告合作伙伴共享您的设备信息。"]


@pytest.mark.parametrize("language, title", [
    ("zh", "二、我们如何共享、转让、公开披露您的个人信息"),
    ("zh", "6\\. 我们如何共享、转让、公开披露您的个人信息；"),  # a contents-list entry, markdown-escaped number
    ("zh", "**  3\\. 我们如何保护您的个人信息 **"),
    ("en", "3. How we share your information"),
    ("en", "How do we use your personal data?"),
    ("ru", "4. Как мы передаём ваши данные"),
    ("es", "¿Cómo compartimos sus datos?"),
    ("az", "Məlumatlarınızı necə paylaşırıq"),
])
def test_a_title_that_asks_how_we_handle_data_is_a_heading(language: str, title: str) -> None:
    """A title or contents entry names a topic; it shows nothing the policy does, so it is never a quote."""
    text = PolicyText.from_text(f"{title}\n", language=language)
    assert [s.heading for s in text.sentences if "how" in s.text.lower() or "如何" in s.text
            or "как" in s.text.lower() or "cómo" in s.text.lower() or "necə" in s.text] == [True]


@pytest.mark.parametrize("language, sentence", [
    ("zh", "我们如何使用：我们会将您的手机号用于登录。"),  # a heading run into its first sentence
    ("zh", "我们会与合作伙伴共享您的个人信息，具体如何共享见下文"),  # asks nothing at its start
    ("en", "How we share: we share your data with our partners."),
    ("en", "How we use your information is explained in the table below, together with the legal basis for each use"),
])
def test_a_sentence_that_mentions_how_is_still_a_sentence(language: str, sentence: str) -> None:
    text = PolicyText.from_text(sentence, language=language)
    assert not any(s.heading for s in text.sentences)


def test_a_contents_entry_is_never_the_quote_of_a_sharing_finding() -> None:
    """The contents list names the sharing section; the finding quotes the sentence that shares."""
    from datetime import date

    from policykg.compliance.engine import judge
    from policykg.compliance.model import packaged_requirements

    text = ("目录\n6\\. 我们如何共享、转让、公开披露您的个人信息；\n7\\. 如何联系我们；\n"
            "**6\\. 我们如何共享、转让、公开披露您的个人信息**\n"
            "我们会将您的手机号码共享给业务合作伙伴，以便为您配送商品，您使用本服务即视为同意上述共享。\n")
    policy = PolicyText.from_text(text, language="zh")
    found = {j.requirement.key: j.result for j in judge(policy, packaged_requirements(), date(2024, 1, 1))}
    sharing = found["sharing-separate-consent"]
    assert sharing.verdict == "contravention"
    assert all("如何" not in q.text for q in sharing.quotes), [q.text for q in sharing.quotes]
    assert any("业务合作伙伴" in q.text for q in sharing.quotes)
