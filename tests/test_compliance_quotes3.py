"""Quote choice, third round (issue 15): the sentence quoted is the one that shows the point, not a contents
entry, a run-in label, or a list intro without its item.

Texts are written for these tests in several languages; beside each rule is a look-alike that must not match.
"""
from __future__ import annotations

from policykg.compliance.text import PolicyText

from compliance_judging import quoted, verdicts


def sentences(text: str, lang: str) -> dict[str, bool]:
    """Sentence text -> whether it is read as a title."""
    return {s.text: s.heading for s in PolicyText.from_text(text, language=lang).sentences}


# --- contents entries ---------------------------------------------------------------------------
_EN_CONTENTS = ("Privacy Policy\n\nContents\n\n• Who We Are\n• Information We Collect\n• International Transfers\n"
                "• Your Rights\n\n1. Who We Are\n\nSkyline Apps Ltd operates the app.\n\n2. Information We Collect\n\n"
                "We collect your name and email address to create your account.\n\n3. International Transfers\n\n"
                "Your information is transferred to and stored on servers in the United States.\n\n4. Your Rights\n\n"
                "You can access and delete your data in Settings.\n")


def test_contents_entries_are_titles_and_never_quoted_en() -> None:
    read = sentences(_EN_CONTENTS, "en")
    assert read["International Transfers"] and read["Who We Are"] and read["3. International Transfers"]
    assert not read["Your information is transferred to and stored on servers in the United States."]
    assert quoted(_EN_CONTENTS, "en", "cross-border-mechanism") == [
        "Your information is transferred to and stored on servers in the United States."]


def test_contents_entries_are_titles_ru_es() -> None:
    ru = ("Содержание\nОператор\nПередача данных\nХранение\n\nОператор\nООО «Ромашка» обрабатывает ваши данные.\n\n"
          "Передача данных\nМы передаём данные партнёрам.\n\nХранение\nМы храним данные три года.\n")
    read = sentences(ru, "ru")
    assert all(read[t] for t in ("Оператор", "Передача данных", "Хранение"))
    es = ("ÍNDICE\n- Responsable\n- Destinatarios\n- Conservación\n\nRESPONSABLE\nAulas S.L. trata sus datos.\n\n"
          "DESTINATARIOS\nCedemos sus datos a terceros.\n\nCONSERVACIÓN\nConservamos los datos dos años.\n")
    read = sentences(es, "es")
    assert read["Destinatarios"] and read["DESTINATARIOS"]
    assert not read["Cedemos sus datos a terceros."]


def test_two_list_items_that_repeat_titles_are_no_contents_list() -> None:
    # near-miss: a list of purposes whose items happen to name two later sections stays a list of purposes
    text = ("We use your data for:\n• Security\n• Analytics\n\nWe also send newsletters.\n\nSecurity\n\n"
            "We encrypt your data.\n\nAnalytics\n\nWe count visits.\n")
    items = [s for s in PolicyText.from_text(text, language="en").sentences if s.intro == 0]
    assert [s.text for s in items] == ["Security", "Analytics"] and not any(s.heading for s in items)


# --- run-in labels ------------------------------------------------------------------------------
def test_a_run_in_label_is_a_title_and_its_sentence_stays_in_the_list_en() -> None:
    text = ("We collect the following kinds of information:\n"
            "• Account information. When you sign up, we collect your name and email address.\n"
            "• Health information. If you connect a heart-rate monitor, we collect your heart rate and step counts.\n")
    policy = PolicyText.from_text(text, language="en")
    by_text = {s.text: s for s in policy.sentences}
    assert by_text["Health information."].heading and by_text["Account information."].heading
    body = by_text["If you connect a heart-rate monitor, we collect your heart rate and step counts."]
    assert not body.heading and body.intro == 0  # the item still hangs off the list intro
    assert "Health information" not in quoted(text, "en", "sensitive-pi-consent")


def test_a_run_in_label_ru_es() -> None:
    ru = "Мы собираем:\n• Геоданные. Мы собираем точное местоположение вашего устройства во время поездки.\n"
    assert sentences(ru, "ru")["Геоданные."] is True
    es = "Tratamos estos datos:\n- Datos de salud. Recogemos su frecuencia cardiaca cuando conecta un pulsómetro.\n"
    assert sentences(es, "es")["Datos de salud."] is True


def test_short_statements_are_not_labels() -> None:
    # near-misses: a short sentence with a finite verb, or one that names who acts, or a numbered clause
    az = "6. Təhlükəsizlik\n\n6.1. Məlumatları şifrələmə ilə qoruyuruq. Lakin oğurluğa görə məsuliyyət daşımırıq.\n"
    assert sentences(az, "az")["Məlumatları şifrələmə ilə qoruyuruq."] is False
    en = "We keep it short:\n• We sell nothing. We never sell or rent your personal information to anyone.\n"
    assert sentences(en, "en")["We sell nothing."] is False
    ru = "Безопасность:\n• Данные шифруем. Доступ к ним есть только у сотрудников службы поддержки.\n"
    assert sentences(ru, "ru")["Данные шифруем."] is False


# --- quote edges ------------------------------------------------------------------------------------
def test_a_quote_keeps_its_full_stop_and_drops_a_marker_residue_zh() -> None:
    text = ("二、我们收集的信息\n14）、当您使用实名认证功能时，我们将收集您的真实姓名、身份证号码以验证实名身份。\n")
    v = verdicts(text, "zh")["sensitive-pi-consent"]
    assert v.verdict == "contravention"
    assert v.quotes[0].text == "当您使用实名认证功能时，我们将收集您的真实姓名、身份证号码以验证实名身份。"
    # near-miss: a list separator at the end is still dropped, and a quote that opens on a word keeps it
    text2 = "我们会收集您的身份证号码、银行卡号；\n"
    assert all(not q.text.endswith("；") for q in verdicts(text2, "zh")["sensitive-pi-consent"].quotes)

