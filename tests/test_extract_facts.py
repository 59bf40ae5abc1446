"""Publisher and scalar-fact extraction (company, contacts, dates, retention, cross-border, minors,
commitments) on small texts in five languages written for these tests, plus the seeds' must-show."""
from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from policykg.ingest.evaluate import company_matches, score
from policykg.ingest.extract import ExtractionContext, extract
from policykg.ingest.extract import commitments, contacts, cross_border, dates, minors, retention
from policykg.ingest.extract.company import extract_company
from policykg.ingest.extract.fact_cues import available_languages, cues_for, number_value
from policykg.ingest.model import Document, Polarity, Statement, StatementKind
from policykg.ingest.read import read_document
from policykg.ingest.record import extraction_to_record, records_document
from policykg.ingest.segment import segment


def make(text: str, language: str, name: str = "t.txt") -> ExtractionContext:
    document = Document(
        source=name, name=name, text=text, sha256=hashlib.sha256(text.encode()).hexdigest(),
        media_type="text/plain", encoding="utf-8", language=language,
    )
    return ExtractionContext(document=document, segments=tuple(segment(document)))


def run(module, text: str, language: str) -> list[Statement]:
    context = make(text, language)
    found = list(module.extract(context))
    for statement in found:  # every statement quotes real text
        quote = context.document.text[statement.span.start : statement.span.end]
        assert quote.strip(), statement
    return found


def quote(text: str, statement: Statement) -> str:
    return text[statement.span.start : statement.span.end]


# ------------------------------------------------------------------ lexicons

def test_every_language_has_a_cue_file_and_cues_compile() -> None:
    assert {"en", "zh", "az", "ru", "es"} <= set(available_languages())
    for language in (*available_languages(), "und"):
        cues = cues_for(language)
        assert cues.pattern("minors.cue") is not None
        assert "en" in cues.languages  # English names and dates appear in every language


def test_number_words_and_chinese_numerals() -> None:
    zh = cues_for("zh")
    assert number_value(zh, "十四") == 14
    assert number_value(zh, "二十") == 20
    assert number_value(zh, "6") == 6
    assert number_value(cues_for("en"), "fourteen") == 14
    assert number_value(cues_for("en"), "lots") is None


# ------------------------------------------------------------------ company

@pytest.mark.parametrize(
    ("language", "text", "name", "alias"),
    [
        ("en", "Privacy Notice\nThis notice is issued by Harbor Lantern Trading Co., Ltd. (hereinafter \"Lantern\" or \"we\").",
         "Harbor Lantern Trading Co., Ltd.", "Lantern"),
        ("zh", "隐私政策\n本政策由杭州晨帆数据科技有限公司（以下简称“晨帆”或“我们”）制定。", "杭州晨帆数据科技有限公司", "晨帆"),
        ("ru", "Политика\nООО «Северный Ветер» (далее — «Оператор») обрабатывает данные.", "ООО «Северный Ветер»", None),
        ("az", "Siyasət\n\"Dəniz Yolu\" MMC (bundan sonra \"Şirkət\") məlumatları qoruyur.", "\"Dəniz Yolu\" MMC", None),
        # a licence-type abbreviation between the name and the legal form (BOKT: a non-bank lender) is part of it
        ("az", "Siyasət\nBu qaydalar \"Günəş Kredit\" BOKT MMC (bundan sonra \"Təşkilat\") tərəfindən qəbul edilib.",
         "\"Günəş Kredit\" BOKT MMC", None),
        ("es", "Aviso\nNubes Claras S.L. (en adelante, \"la Empresa\") trata sus datos.", "Nubes Claras S.L.", None),
        ("en", "Our Privacy Policy\nWe explain what we do.\n© 2024 Quiet Meadow Studio. All rights reserved.", "Quiet Meadow Studio", None),
        ("en", "Welcome to Copper Kite Games!\nWe respect your privacy.", "Copper Kite Games", None),
        ("en", "Privacy\nAt Silver Birch Outfitters, we value your trust.", "Silver Birch Outfitters", None),
        ("zh", "欢迎使用晴空记事！\n运营者：成都晴空网络有限公司\n", "成都晴空网络有限公司", None),
        # a stop word inside the brand ("和", "与") is not where the name starts
        ("zh", "隐私政策\n杭州博美和网络技术有限公司（以下简称“博美和”或“我们”）发布本政策。", "杭州博美和网络技术有限公司", "博美和"),
        ("zh", "隐私政策\n本政策由深圳恒与信息科技有限公司（以下简称“恒与”）制定。", "深圳恒与信息科技有限公司", "恒与"),
        ("zh", "隐私政策\n北京和信众联科技有限公司（以下简称“和信”或“我们”）重视您的信息。", "北京和信众联科技有限公司", "和信"),
        # "本政策适用于X公司": the clause before the name is not part of it
        ("zh", "隐私政策\n本政策适用于上海悦动数字健康科技有限公司（以下简称“我们”）提供的服务。", "上海悦动数字健康科技有限公司", None),
        ("en", "Privacy Policy\nThis policy applies to Redstone Tools (Ningbo) Co., Ltd. and its websites.",
         "Redstone Tools (Ningbo) Co., Ltd.", None),
    ],
)
def test_company_name_alias_and_span(language: str, text: str, name: str, alias: str | None) -> None:
    context = make(text, language)
    company = extract_company(context)
    assert company is not None and company.name == name
    assert text[company.span.start : company.span.end] == name
    if alias:
        assert alias in company.aliases


def test_company_skips_third_party_names() -> None:
    text = ("Privacy Policy\nWe use an analytics tool provided by Bigdata Search LLC (\"Bigdata\") to count visits.\n"
            "This website is operated by Pine Hollow Crafts Ltd.")
    company = extract_company(make(text, "en"))
    assert company is not None and company.name == "Pine Hollow Crafts Ltd."


def test_company_none_when_no_name() -> None:
    assert extract_company(make("we collect some data. we keep it safe.", "en")) is None


# ------------------------------------------------------------------ contacts

def test_contacts_emails_phones_and_exclusions() -> None:
    text = ("Contact us\nWrite to privacy@lantern-trade.example.cn or call our hotline: +86 21 5555 0188.\n"
            "客服电话：400-820-1234。\nFax: +86 21 5555 0199\n"
            "Please enter your address in the form name@example.com.\nThis policy was updated on 2023-11-29.\n"
            "Registration number 91310000123456789X.")
    found = run(contacts, text, "en")
    emails = [s.attributes["email"] for s in found if "email" in s.attributes]
    phones = [s.attributes["phone"] for s in found if "phone" in s.attributes]
    assert emails == ["privacy@lantern-trade.example.cn"]
    assert phones == ["+86 21 5555 0188", "400-820-1234"]
    assert all(s.kind is StatementKind.CONTACT for s in found)


def test_site_registration_numbers_are_not_phones() -> None:
    found = run(contacts, "客服电话：400-820-1234 浙ICP备12345678号 浙公网安备33010602001234号", "zh")
    assert [s.attributes.get("phone") for s in found] == ["400-820-1234"]


def test_email_next_to_chinese_characters() -> None:
    found = run(contacts, "如有疑问，请发送邮件至help@chenfan.example.cn联系我们。", "zh")
    assert [s.attributes["email"] for s in found] == ["help@chenfan.example.cn"]


# ------------------------------------------------------------------ dates

@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("en", "Last updated: November 29, 2023\nThe Act of 2017-06-01 applies.", [("2023-11-29", "last_updated")]),
        ("en", "Effective date: 29/11/2023", [("2023-11-29", "effective")]),
        ("zh", "更新日期：2023年11月29日\n本政策自2023年12月1日起生效。",
         [("2023-11-29", "last_updated"), ("2023-12-01", "effective")]),
        ("az", "Son yenilənmə:\n29 noyabr 2023-cü il.", [("2023-11-29", "last_updated")]),
        ("ru", "Дата последнего обновления: 29 ноября 2023 г.", [("2023-11-29", "last_updated")]),
        ("es", "Última actualización: 29 de noviembre de 2023.", [("2023-11-29", "last_updated")]),
        ("en", "Founded in 2009, we sell lamps. Copyright 2024.", []),
        ("zh", "我们遵守自2021年11月1日起施行的《个人信息保护法》。", []),
    ],
)
def test_dates_with_roles(language: str, text: str, expected: list[tuple[str, str]]) -> None:
    found = run(dates, text, language)
    assert [(s.attributes["date"], s.attributes["date_role"]) for s in found] == expected


def test_last_updated_prefers_stated_update_over_effective_date() -> None:
    context = make("Effective date: 2023-01-01\nLast updated: 2023-06-30\n", "en")
    record = extraction_to_record(extract(context.document, list(context.segments)))
    assert record["last_updated"] == "2023-06-30"


# ------------------------------------------------------------------ retention

@pytest.mark.parametrize(
    ("language", "text", "kind", "period"),
    [
        ("en", "We retain personal data only for as long as necessary to fulfil the purposes described here.", "purpose-bound", None),
        ("en", "Server logs are kept for a period of 6 months.", "fixed", "P6M"),
        ("en", "We keep invoices for seven years to meet tax rules.", "fixed", "P7Y"),
        ("zh", "我们仅在实现本政策所述目的所必需的最短时间内保留您的个人信息。", "purpose-bound", None),
        ("zh", "日志信息保存不少于六个月。", "fixed", "P6M"),
        ("ru", "Данные хранятся в течение 3 лет.", "fixed", "P3Y"),
        ("az", "Məlumatları məqsədə nail olmaq üçün lazım olan müddət ərzində saxlayırıq.", "purpose-bound", None),
        ("es", "Conservamos sus datos durante el tiempo necesario para cumplir la finalidad.", "purpose-bound", None),
    ],
)
def test_retention_kind_and_period(language: str, text: str, kind: str, period: str | None) -> None:
    found = run(retention, text, language)
    assert len(found) == 1
    assert found[0].attributes.get("retention_kind") == kind
    assert found[0].attributes.get("retention_period") == period


def test_storing_without_a_duration_is_not_retention() -> None:
    assert run(retention, "We store your data on secure servers and keep your name in our records.", "en") == []


# ------------------------------------------------------------------ cross-border

@pytest.mark.parametrize(
    ("language", "text", "location"),
    [
        ("en", "Your information is stored on servers located in the People's Republic of China.", "CN"),
        ("en", "We may transfer your data to service providers outside your country.", None),
        ("zh", "我们在中华人民共和国境内收集的个人信息将存储在中华人民共和国境内。", "CN"),
        ("ru", "Персональные данные хранятся на серверах, расположенных на территории Российской Федерации.", "RU"),
        ("az", "Biz məlumatlarınızı xaricdə yerləşən tərəfdaşlara ötürə bilərik.", None),
        ("es", "Sus datos se almacenan en servidores ubicados en España.", "ES"),
    ],
)
def test_cross_border_location(language: str, text: str, location: str | None) -> None:
    found = run(cross_border, text, language)
    assert found, text
    assert found[0].attributes.get("storage_location") == location


def test_law_names_are_not_storage_locations() -> None:
    text = "We follow the Cybersecurity Law of the People's Republic of China when we use data."
    assert run(cross_border, text, "en") == []


# ------------------------------------------------------------------ minors

@pytest.mark.parametrize(
    ("language", "text", "age"),
    [
        ("en", "Our services are not directed to children under 13.", 13),
        ("zh", "若您是未满十八周岁的未成年人，请在监护人陪同下阅读；我们不会主动收集不满十四周岁儿童的个人信息。", 14),
        ("az", "14 yaşından aşağı uşaqlar xidmətdən valideyn razılığı ilə istifadə edə bilər.", 14),
        ("ru", "Мы не собираем данные детей младше 14 лет.", 14),
        ("es", "No recopilamos datos de menores de 16 años.", 16),
        ("en", "Children may use the site only with parental consent.", None),
    ],
)
def test_minors_age(language: str, text: str, age: int | None) -> None:
    found = run(minors, text, language)
    assert found
    ages = [s.attributes["age"] for s in found if "age" in s.attributes]
    assert (min(ages) if ages else None) == age  # the record keeps the lowest (children's) threshold


@pytest.mark.parametrize(
    "text",
    [
        "We collect your name, gender and date of birth.",
        "We may make minor changes to this notice without telling you.",
        "Our parent company hosts the servers.",
    ],
)
def test_look_alikes_are_not_minors(text: str) -> None:
    assert run(minors, text, "en") == []


# ------------------------------------------------------------------ commitments

def kinds(text: str, language: str) -> dict[StatementKind, Polarity]:
    return {s.kind: s.polarity for s in run(commitments, text, language)}


@pytest.mark.parametrize(
    ("language", "text", "kind"),
    [
        ("en", "You can block or delete cookies in your browser settings.", StatementKind.COOKIE_CONTROL),
        ("zh", "您可以通过浏览器设置拒绝或清除Cookie。", StatementKind.COOKIE_CONTROL),
        ("ru", "Вы можете отключить файлы cookie в настройках браузера.", StatementKind.COOKIE_CONTROL),
        ("en", "If a data breach occurs, we will notify you by email without delay.", StatementKind.INCIDENT_NOTIFICATION),
        ("zh", "发生个人信息安全事件后，我们将及时以推送通知的方式告知您。", StatementKind.INCIDENT_NOTIFICATION),
        ("es", "En caso de un incidente de seguridad, le notificaremos sin demora.", StatementKind.INCIDENT_NOTIFICATION),
        ("en", "We may update this policy from time to time and will post the new version on this page.", StatementKind.POLICY_CHANGE),
        ("zh", "本政策更新后，我们会在应用内以弹窗形式通知您。", StatementKind.POLICY_CHANGE),
        ("az", "Bu siyasətdə dəyişiklikləri bu səhifədə dərc edəcəyik.", StatementKind.POLICY_CHANGE),
        ("en", "By using the app, you agree to the processing described here.", StatementKind.IMPLIED_CONSENT),
        ("zh", "您继续使用我们的服务，即视为您同意本政策。", StatementKind.IMPLIED_CONSENT),
        ("ru", "Используя сайт, вы соглашаетесь с настоящей Политикой.", StatementKind.IMPLIED_CONSENT),
        ("es", "Al utilizar el sitio, usted acepta esta política.", StatementKind.IMPLIED_CONSENT),
    ],
)
def test_commitment_kinds(language: str, text: str, kind: StatementKind) -> None:
    assert kind in kinds(text, language)


def test_change_heading_carries_policy_change() -> None:
    text = "Changes to this notice\n\nA revised version will be shown on our website."
    assert StatementKind.POLICY_CHANGE in kinds(text, "en")
    rights = "Accessing and updating your information\n\nYou can email us to correct your details."
    assert StatementKind.POLICY_CHANGE not in kinds(rights, "en")


def test_mentions_without_commitment_are_not_statements() -> None:
    assert kinds("We use cookies to remember your language.", "en") == {}
    assert kinds("A breach of these terms may end your account; we will inform you by email.", "en") == {}
    assert kinds("Please read this policy before using the app.", "en") == {}


@pytest.mark.parametrize(
    ("language", "text", "polarity"),
    [
        ("en", "We will not rent, trade or sell your personal information to anyone.", Polarity.NEGATIVE),
        ("en", "We do not sell personal data.", Polarity.NEGATIVE),
        ("en", "We may sell aggregated information about you to advertisers.", Polarity.AFFIRMATIVE),
        ("zh", "我们不会向任何第三方出售您的个人信息。", Polarity.NEGATIVE),
        ("ru", "Мы не продаём персональные данные.", Polarity.NEGATIVE),
        ("es", "No vendemos sus datos personales.", Polarity.NEGATIVE),
        ("az", "Biz şəxsi məlumatlarınızı satmırıq.", Polarity.NEGATIVE),
    ],
)
def test_selling_polarity(language: str, text: str, polarity: Polarity) -> None:
    assert kinds(text, language).get(StatementKind.SELLING) is polarity


def test_selling_products_or_the_business_is_not_selling_data() -> None:
    assert StatementKind.SELLING not in kinds("We sell garden tools and lamps.", "en")
    merger = "If our company or its assets are sold, customer information may pass to the buyer."
    assert StatementKind.SELLING not in kinds(merger, "en")


# ------------------------------------------------------------------ record

def test_record_fields_from_a_whole_policy() -> None:
    text = (
        "Privacy Policy\nLast updated: 2024-03-05\n"
        "This policy is published by Blue Finch Apps Inc. (\"Blue Finch\").\n"
        "We keep your data only as long as necessary for the purposes above.\n"
        "Your data is stored in the United States.\n"
        "We do not knowingly collect data from children under 13.\n"
        "We never sell your personal information.\n"
        "Questions? Email help@bluefinch.example.com.\n"
    )
    context = make(text, "en", name="finch.txt")
    record = extraction_to_record(extract(context.document, list(context.segments)))
    assert record["file"] == "finch.txt" and record["language"] == "en"
    assert record["company"] == "Blue Finch Apps Inc."
    assert record["retention"] == {"stated": True, "kind": "purpose-bound", "period": None}
    assert record["cross_border"] == {"mentioned": True, "storage_location": "US"}
    assert record["minors"] == {"mentioned": True, "age": 13}
    assert record["sells_data"] == "no"
    assert record["contacts"] == {"emails": ["help@bluefinch.example.com"], "phones": []}
    assert record["last_updated"] == "2024-03-05"
    assert record["implied_consent"] is False and record["incident_notification"] is False
    for field in ("data_categories", "purposes", "rights", "tracking"):
        assert record[field] == sorted(set(record[field]))


# ------------------------------------------------------------------ seeds must-show

@pytest.fixture(scope="module")
def seed_scores(seeds_dir: Path, shared_dir: Path):
    gold = json.loads((shared_dir / "eval" / "seeds-gold.json").read_text(encoding="utf-8"))
    extractions = []
    for record in gold["policies"]:
        document = read_document(seeds_dir / record["file"])
        extractions.append(extract(document, segment(document)))
    return gold, records_document(extractions), score(gold, records_document(extractions))


def test_seeds_company_five_of_five(seed_scores) -> None:
    gold, predicted, scores = seed_scores
    assert scores.overall.company.correct == len(gold["policies"]) == 5
    for g, p in zip(gold["policies"], predicted["policies"]):
        assert company_matches(g["company"], p["company"]), (g["file"], p["company"])


def test_seeds_emails_five_of_five(seed_scores) -> None:
    _, _, scores = seed_scores
    emails = scores.overall.scalar("contacts.emails")
    assert (emails.correct, emails.total) == (5, 5)


def test_seeds_scalar_accuracy(seed_scores) -> None:
    _, _, scores = seed_scores
    assert scores.scalar_accuracy >= 0.90


# --- scalar facts on a second fresh batch (issue 16, helper facts) -------------------------------------
def test_retention_up_to_a_period_in_chinese() -> None:
    found = run(retention, "相关信息保存将低于三年，超过三年我们将立即删除或做匿名化处理。", "zh")
    assert [s.attributes.get("retention_period") for s in found] == ["P3Y"]
    # near miss: a period that is no storage time
    assert all(s.attributes.get("retention_period") is None for s in run(retention, "我们将在十五日内回复您的请求。", "zh"))


def test_changes_of_terms_and_a_how_to_update_heading() -> None:
    assert StatementKind.POLICY_CHANGE in kinds("我们的条款可能变更，变更后我们会以公告通知您。", "zh")
    assert StatementKind.POLICY_CHANGE in kinds("五、如何更新\n\n对于重大变更，我们会提供公告通知。", "zh")
    # near miss: a heading about updating one's own details
    assert StatementKind.POLICY_CHANGE not in kinds("五、如何更新您的资料\n\n您可以在设置中修改昵称。", "zh")


def test_email_in_markdown_italics_and_not_the_link_target() -> None:
    text = "联系方式：[ _发送邮件给_ _help@quillby.example.cn_ ](mailto:legal@other.example.com)\n"
    emails = [s.attributes["email"] for s in run(contacts, text, "zh") if "email" in s.attributes]
    assert emails == ["help@quillby.example.cn"]
    # near miss: a link whose shown text has no address keeps the target's address
    plain = "Write to [our privacy team](mailto:privacy@quillby.example) with questions."
    assert [s.attributes["email"] for s in run(contacts, plain, "en") if "email" in s.attributes] == ["privacy@quillby.example"]
    # an underscore inside an address is part of it
    inner = "Email first_last@quillby.example for help."
    assert [s.attributes["email"] for s in run(contacts, inner, "en") if "email" in s.attributes] == ["first_last@quillby.example"]


@pytest.mark.parametrize(
    ("language", "text", "first_sentence", "age"),
    [
        ("en", "Privacy Notice\n\n7. Children\nWe do not knowingly collect data from anyone under 13.\n", "We do not knowingly", 13),
        ("zh", "隐私政策\n\n七、未成年人保护\n我们不会主动收集不满十四周岁用户的个人信息。\n", "我们不会主动", 14),
        ("es", "Política de privacidad\n\n6. Menores\nLa aplicación no está dirigida a personas de 14 años o menos.\n", "La aplicación", 14),
        ("ru", "Политика конфиденциальности\n\n6. Дети\nМы не обрабатываем данные лиц младше 14 лет.\n", "Мы не", 14),
    ],
)
def test_a_title_about_children_is_not_evidence_its_first_sentence_is(
        language: str, text: str, first_sentence: str, age: int) -> None:
    found = run(minors, text, language)
    assert [quote(text, s)[:len(first_sentence)] for s in found] == [first_sentence]
    assert found[0].attributes.get("age") == age


def test_an_empty_section_about_children_lends_nothing_to_the_next_section() -> None:
    text = "7. Children\n8. Cookies\nWe use cookies to remember your settings.\n"
    assert run(minors, text, "en") == []  # near miss: the sentence sits under "8. Cookies", not under "7. Children"


# ------------------------------------------------------------------ titles are never evidence

@pytest.mark.parametrize(
    ("module", "language", "text", "quoted"),
    [
        (retention, "en", "Privacy Policy\n\nRetention time\nThe data is deleted when the service ends.\n",
         "The data is deleted when the service ends."),
        (retention, "es", "Política de privacidad\n\nPlazo de conservación\nBorramos sus datos cuando cierra la cuenta.\n",
         "Borramos sus datos cuando cierra la cuenta."),
        (commitments, "zh", "隐私政策\n\n（三）安全事件通知\n我们会通过推送、邮件等方式告知您。\n", "我们会通过推送、邮件等方式告知您。"),
    ],
)
def test_a_title_is_quoted_from_the_first_sentence_of_its_section(module, language: str, text: str, quoted: str) -> None:
    found = run(module, text, language)
    assert found and all(quote(text, s) == quoted for s in found), [quote(text, s) for s in found]


def test_a_title_in_a_contents_list_or_an_empty_section_gives_no_retention_fact() -> None:
    text = "Privacy Policy\n\n1. Retention time\n2. Your rights\n\n1. Retention time\n2. Your rights\nYou may ask us for a copy.\n"
    assert run(retention, text, "en") == []  # near miss: every "Retention time" line is followed by another title


def test_a_right_named_in_a_title_is_quoted_from_the_sentence_under_it() -> None:
    from policykg.ingest.extract import rights
    text = "隐私政策\n\n六、您的权利\n\n6.1 访问您的个人信息\n除法律法规规定的情形外，您可以在“我的-设置”中查阅。\n"
    found = run(rights, text, "zh")
    assert found and all(quote(text, s).startswith("除法律法规") for s in found), [quote(text, s) for s in found]
    assert "access" in {r for s in found for r in s.values["rights"]}
    listed = "Your rights\n\n1. Right of access\n2. Right to erasure\n3. Right to object\n"
    # near miss: a run of short marked lines is a list, each line its own evidence
    assert {quote(listed, s) for s in run(rights, listed, "en")} == {"1. Right of access", "2. Right to erasure", "3. Right to object"}
