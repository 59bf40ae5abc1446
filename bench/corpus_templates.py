"""Clause templates for the synthetic corpus, one block per language.

Written for policykg's benchmarks in our own words: no sentence is taken from a real policy.
Each slot ``{items}`` is filled with vocabulary labels joined the way the language joins a list;
``{company}``, ``{short}``, ``{activity}``, ``{email}``, ``{phone}``, ``{date}``, ``{years}`` are
filled by ``bench/corpus.py``. Filler sentences carry no vocabulary terms on purpose, so the facts a
policy holds are exactly the ones the generator planted.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Language:
    """Everything needed to write one policy in one language."""

    code: str
    title: str
    legal_forms: tuple[str, ...]
    join: tuple[str, str]  # separator, separator before the last item
    bullet: str
    headings: dict[str, str]
    intro: tuple[str, ...]
    activities: tuple[str, ...]
    collect: tuple[str, ...]
    purpose: tuple[str, ...]
    share: tuple[str, ...]
    conditions_intro: tuple[str, ...]
    rights_intro: tuple[str, ...]
    measures: tuple[str, ...]
    tracking: tuple[str, ...]
    retention: tuple[str, ...]
    contact: tuple[str, ...]
    updated: tuple[str, ...]
    filler: tuple[str, ...]
    word_factor: float = 1.0  # characters per word for scripts without spaces (zh)


EN = Language(
    code="en",
    title="{short} Privacy Policy",
    legal_forms=("Co., Ltd.", "Technology Co., Ltd.", "Inc.", "Network Technology Co., Ltd."),
    join=(", ", " and "),
    bullet="- ",
    headings={
        "collection": "1. Information We Collect",
        "use": "2. How We Use Information",
        "sharing": "3. How We Share Information",
        "rights": "4. Your Rights",
        "security": "5. How We Protect Information",
        "tracking": "6. Cookies and Similar Technologies",
        "retention": "7. How Long We Keep Information",
        "contact": "8. Contact Us",
        "general": "General Provisions",
    },
    intro=(
        "This notice is published by {company} (\"{short}\", \"we\" or \"us\").",
        "{company} (\"{short}\") wrote this notice to explain its practices in plain words.",
    ),
    activities=(
        "register an account", "place an order", "contact our support team", "take part in a survey",
        "use the app", "sign up for a newsletter", "book a delivery",
    ),
    collect=(
        "When you {activity}, we collect your {items}.",
        "We collect the following information when you {activity}: {items}.",
        "To let you {activity}, we may ask you to provide your {items}.",
        "We receive your {items} when you {activity}.",
    ),
    purpose=(
        "We use the information we collect for {items}.",
        "Your information is used for {items}.",
        "We process the data described above for {items}.",
    ),
    share=(
        "We may share your personal information with {items}.",
        "Personal information may be shared with {items}.",
    ),
    conditions_intro=(
        "We share or disclose personal information only in the following cases:",
        "We may disclose your personal information in the following cases:",
    ),
    rights_intro=(
        "You have the following rights, which you can exercise by writing to us:",
        "Subject to applicable law, you may exercise the following rights:",
    ),
    measures=(
        "We protect your information with {items}.",
        "Our safeguards include {items}.",
    ),
    tracking=(
        "We and our partners use {items} on our websites and apps.",
        "Our pages and apps use {items} to remember your settings.",
    ),
    retention=(
        "We keep personal information only for as long as the purposes above require and then delete or anonymize it.",
    ),
    contact=("If you have questions about this notice, write to {email} or call {phone}.",),
    updated=("Last updated: {date_en}", "Effective date: {date_en}"),
    filler=(
        "This notice applies to every product and channel that links to it.",
        "Please read it carefully before you continue.",
        "Headings are for convenience only and do not change the meaning of any section.",
        "Where a translation differs from the original wording, the original wording prevails.",
        "We review this notice from time to time so that it stays accurate.",
        "Words in the singular include the plural and the other way round.",
        "Each section should be read together with the rest of the notice.",
        "Some features are offered by other firms under their own terms.",
        "We try to keep the language of this notice short and clear.",
        "Examples given in this notice are illustrations, not a complete list.",
        "Nothing in this notice limits any statutory protection you already enjoy.",
        "Questions about a particular feature can be sent through the help centre.",
        "Our teams follow internal rules that put this notice into practice.",
        "The terms \"including\" and \"for example\" introduce examples only.",
        "This version replaces every earlier version of the notice.",
        "Capitalised terms have the meaning given in the terms of use.",
    ),
)

ZH = Language(
    code="zh",
    title="{short}隐私政策",
    legal_forms=("有限公司", "科技有限公司", "网络技术有限公司", "信息技术有限公司"),
    join=("、", "和"),
    bullet="",
    headings={
        "collection": "一、我们如何收集您的个人信息",
        "use": "二、我们如何使用您的个人信息",
        "sharing": "三、我们如何共享、转让、公开披露您的个人信息",
        "rights": "四、您的权利",
        "security": "五、我们如何保护您的个人信息",
        "tracking": "六、我们如何使用Cookie和同类技术",
        "retention": "七、我们如何保存您的个人信息",
        "contact": "八、如何联系我们",
        "general": "九、其他",
    },
    intro=(
        "{company}（以下简称“{short}”或“我们”）发布本政策。",
        "本政策由{company}（以下简称“{short}”）制定。",
    ),
    activities=("注册账号", "下单购买商品", "联系客服", "参加问卷调查", "使用本应用", "订阅电子报", "预约配送"),
    collect=(
        "当您{activity}时，我们会收集您的{items}。",
        "为了让您{activity}，您需要向我们提供{items}。",
        "在您{activity}时，我们将收集以下信息：{items}。",
    ),
    purpose=(
        "我们会将收集的信息用于{items}。",
        "您的信息将被用于{items}。",
    ),
    share=(
        "我们可能会与{items}共享您的个人信息。",
        "您的个人信息可能会共享给{items}。",
    ),
    conditions_intro=(
        "在以下情形中，我们可能会共享、转让或公开披露您的个人信息：",
        "我们仅在以下情形中对外提供您的个人信息：",
    ),
    rights_intro=("您可以通过联系我们行使以下权利：", "按照适用的规定，您享有以下权利："),
    measures=("我们采用{items}等措施保护您的个人信息。", "我们的保护措施包括{items}。"),
    tracking=("我们和合作方会在网站和应用中使用{items}。", "为记住您的设置，我们使用{items}。"),
    retention=("我们仅在实现上述目的所需的期限内保存您的个人信息，期满后予以删除或匿名化处理。",),
    contact=("如您对本政策有任何疑问，请发送邮件至{email}或拨打{phone}。",),
    updated=("更新日期：{date_zh}", "生效日期：{date_zh}"),
    filler=(
        "本政策适用于链接到本政策的全部产品和渠道。",
        "请您在继续之前仔细阅读本政策。",
        "各章节标题仅为方便阅读而设，不影响条款的含义。",
        "本政策的译本与原文不一致的，以原文为准。",
        "我们会不定期审阅本政策，以保证内容准确。",
        "各章节应当与本政策的其他部分一并理解。",
        "部分功能由其他企业依照其自身条款提供。",
        "我们尽量使用简明的语言撰写本政策。",
        "本政策所举的例子仅为说明，并非完整列举。",
        "本政策不限制您依法已经享有的任何保护。",
        "关于某项功能的问题，可以通过帮助中心提出。",
        "我们的团队遵循内部规则落实本政策。",
        "本版本取代此前的所有版本。",
        "本政策中的术语与用户协议中的含义相同。",
    ),
    word_factor=1.6,
)

AZ = Language(
    code="az",
    title="{short} Məxfilik Siyasəti",
    legal_forms=("MMC", "ASC", "QSC"),
    join=(", ", " və "),
    bullet="- ",
    headings={
        "collection": "1. Topladığımız məlumatlar",
        "use": "2. Məlumatlardan necə istifadə edirik",
        "sharing": "3. Məlumatları kimlə paylaşırıq",
        "rights": "4. Sizin hüquqlarınız",
        "security": "5. Məlumatları necə qoruyuruq",
        "tracking": "6. Kukilər və oxşar texnologiyalar",
        "retention": "7. Məlumatları nə qədər saxlayırıq",
        "contact": "8. Bizimlə əlaqə",
        "general": "Ümumi müddəalar",
    },
    intro=(
        "Bu sənəd {company} (\"{short}\" və ya \"biz\") tərəfindən dərc olunur.",
        "{company} (\"{short}\") bu sənədi öz təcrübəsini izah etmək üçün hazırlayıb.",
    ),
    activities=("hesab yaratdığınız", "sifariş verdiyiniz", "dəstək xidmətinə yazdığınız", "sorğuda iştirak etdiyiniz"),
    collect=(
        "Siz {activity} zaman biz sizin {items} toplayırıq.",
        "{activity} zaman aşağıdakı məlumatları toplayırıq: {items}.",
    ),
    purpose=("Topladığımız məlumatlardan {items} üçün istifadə edirik.", "Məlumatlarınız {items} məqsədilə istifadə olunur."),
    share=("Şəxsi məlumatlarınızı {items} ilə paylaşa bilərik.",),
    conditions_intro=(
        "Şəxsi məlumatlarınızı yalnız aşağıdakı hallarda paylaşır və ya açıqlayırıq:",
    ),
    rights_intro=("Bizə yazaraq aşağıdakı hüquqlardan istifadə edə bilərsiniz:",),
    measures=("Məlumatlarınızı {items} vasitəsilə qoruyuruq.",),
    tracking=("Biz və tərəfdaşlarımız sayt və tətbiqlərimizdə {items} istifadə edirik.",),
    retention=("Şəxsi məlumatları yalnız yuxarıdakı məqsədlər üçün lazım olan müddətdə saxlayırıq, sonra silirik.",),
    contact=("Suallarınız olarsa, {email} ünvanına yazın və ya {phone} nömrəsinə zəng edin.",),
    updated=("Son yenilənmə tarixi: {date_iso}",),
    filler=(
        "Bu sənəd ona keçid verən bütün məhsul və kanallara şamil edilir.",
        "Davam etməzdən əvvəl onu diqqətlə oxuyun.",
        "Başlıqlar yalnız rahatlıq üçündür və bölmələrin mənasını dəyişmir.",
        "Tərcümə orijinaldan fərqlənərsə, orijinal mətn üstünlük təşkil edir.",
        "Bu sənədi vaxtaşırı nəzərdən keçiririk ki, dəqiq qalsın.",
        "Hər bölmə sənədin qalan hissələri ilə birlikdə oxunmalıdır.",
        "Bəzi funksiyalar başqa firmalar tərəfindən öz şərtləri ilə təklif olunur.",
        "Bu sənədin dilini qısa və aydın saxlamağa çalışırıq.",
        "Buradakı nümunələr tam siyahı deyil, sadəcə izahdır.",
        "Komandalarımız bu sənədi praktikada tətbiq edən daxili qaydalara əməl edir.",
        "Bu versiya əvvəlki bütün versiyaları əvəz edir.",
    ),
)

RU = Language(
    code="ru",
    title="Политика конфиденциальности {short}",
    legal_forms=("ООО", "АО", "ПАО"),
    join=(", ", " и "),
    bullet="- ",
    headings={
        "collection": "1. Какие сведения мы собираем",
        "use": "2. Как мы используем сведения",
        "sharing": "3. Кому мы передаём сведения",
        "rights": "4. Ваши права",
        "security": "5. Как мы защищаем сведения",
        "tracking": "6. Файлы cookie и похожие технологии",
        "retention": "7. Сколько мы храним сведения",
        "contact": "8. Как с нами связаться",
        "general": "Общие положения",
    },
    intro=(
        "Этот документ опубликован компанией {company} («{short}», «мы»).",
        "Компания {company} («{short}») подготовила этот документ, чтобы объяснить свою практику.",
    ),
    activities=("регистрируетесь", "оформляете заказ", "пишете в поддержку", "участвуете в опросе", "пользуетесь приложением"),
    collect=(
        "Когда вы {activity}, мы собираем ваши {items}.",
        "Когда вы {activity}, мы получаем следующие сведения: {items}.",
    ),
    purpose=("Мы используем собранные сведения для {items}.", "Сведения используются в целях: {items}."),
    share=("Мы можем передавать ваши персональные данные: {items}.",),
    conditions_intro=("Мы передаём или раскрываем персональные данные только в следующих случаях:",),
    rights_intro=("Вы можете воспользоваться следующими правами, написав нам:",),
    measures=("Для защиты сведений мы применяем {items}.",),
    tracking=("Мы и наши партнёры используем {items} на сайтах и в приложениях.",),
    retention=("Мы храним персональные данные только в течение срока, нужного для указанных целей, а затем удаляем их.",),
    contact=("С вопросами пишите на {email} или звоните по номеру {phone}.",),
    updated=("Дата последнего обновления: {date_ru}",),
    filler=(
        "Этот документ действует для всех продуктов и каналов, которые на него ссылаются.",
        "Пожалуйста, внимательно прочитайте его, прежде чем продолжить.",
        "Заголовки даны для удобства и смысла разделов не меняют.",
        "Если перевод расходится с исходным текстом, действует исходный текст.",
        "Мы время от времени пересматриваем этот документ, чтобы он оставался точным.",
        "Каждый раздел следует читать вместе с остальными частями документа.",
        "Некоторые функции предлагают другие фирмы на своих собственных условиях.",
        "Мы стараемся писать этот документ коротко и ясно.",
        "Приведённые примеры служат пояснением, а полным перечнем они быть не призваны.",
        "Наши команды следуют внутренним правилам, которые воплощают этот документ на практике.",
        "Эта редакция заменяет все прежние редакции.",
    ),
)

ES = Language(
    code="es",
    title="Política de Privacidad de {short}",
    legal_forms=("S.L.", "S.A.", "S.A. de C.V."),
    join=(", ", " y "),
    bullet="- ",
    headings={
        "collection": "1. Información que recopilamos",
        "use": "2. Cómo usamos la información",
        "sharing": "3. Con quién compartimos la información",
        "rights": "4. Sus derechos",
        "security": "5. Cómo protegemos la información",
        "tracking": "6. Cookies y tecnologías similares",
        "retention": "7. Cuánto tiempo conservamos la información",
        "contact": "8. Contacto",
        "general": "Disposiciones generales",
    },
    intro=(
        "Este aviso lo publica {company} (\"{short}\" o \"nosotros\").",
        "{company} (\"{short}\") redactó este aviso para explicar sus prácticas con claridad.",
    ),
    activities=("crea una cuenta", "realiza un pedido", "escribe a soporte", "participa en una encuesta", "utiliza la aplicación"),
    collect=(
        "Cuando usted {activity}, recopilamos su {items}.",
        "Cuando usted {activity}, recopilamos la siguiente información: {items}.",
    ),
    purpose=("Utilizamos la información recopilada para {items}.", "Tratamos sus datos con la finalidad de {items}."),
    share=("Podemos compartir sus datos personales con {items}.",),
    conditions_intro=("Compartimos o comunicamos datos personales en los siguientes casos:",),
    rights_intro=("Puede ejercer los siguientes derechos escribiéndonos:",),
    measures=("Protegemos su información mediante {items}.",),
    tracking=("Nosotros y nuestros socios utilizamos {items} en nuestros sitios y aplicaciones.",),
    retention=("Conservamos los datos personales durante el tiempo necesario para los fines indicados y después los eliminamos.",),
    contact=("Si tiene preguntas, escriba a {email} o llame al {phone}.",),
    updated=("Última actualización: {date_iso}",),
    filler=(
        "Este aviso se aplica a todos los productos y canales que lo enlazan.",
        "Léalo con atención antes de continuar.",
        "Los títulos sirven solo de orientación y no cambian el sentido de las secciones.",
        "Si una traducción difiere del texto original, prevalece el texto original.",
        "Revisamos este aviso de vez en cuando para que siga siendo exacto.",
        "Cada sección debe leerse junto con el resto del aviso.",
        "Algunas funciones las ofrecen otras empresas con sus propias condiciones.",
        "Intentamos que el lenguaje de este aviso sea breve y claro.",
        "Los ejemplos de este aviso son ilustraciones y la lista queda abierta.",
        "Nuestros equipos siguen reglas internas que ponen este aviso en práctica.",
        "Esta versión sustituye a todas las versiones anteriores.",
    ),
)

LANGUAGES: dict[str, Language] = {lang.code: lang for lang in (EN, ZH, AZ, RU, ES)}

# Syllables for company names (transliterated sounds, not real firms).
NAME_SYLLABLES = ("ka", "ren", "to", "lu", "mi", "sa", "vo", "der", "qi", "zan", "bo", "tel", "an", "ri", "mo", "xu", "pe", "nor")
ZH_NAME_CHARS = "云星智通达恒瑞华信远创新安泰优和美嘉盛博科联"
