"""General causes of extraction errors on fresh Russian, Spanish and Azerbaijani policies (issue 16, helper langs18).

Each rule is tested with the wording it is for and a near miss beside it. The texts are written for these tests.
"""
from __future__ import annotations

from typing import Any

import pytest

from policykg.ingest.read import read_bytes
from tests.test_extract_scalars_fresh import facts


def page(html: str) -> str:
    """The text ingest reads from an HTML page."""
    return read_bytes(html.encode(), name="p.html", source="p.html").text


# --- a table announced by a colon-ended intro keeps the intro's section -----------------------------------------
@pytest.mark.parametrize(
    ("text", "language", "key", "found"),
    [
        ("2. Toplanılan məlumatlar\nBank xidmət növündən asılı olaraq aşağıdakı məlumatları toplayır:\n"
         "Məlumat qrupu Tərkibi\nTexniki məlumatlar IP ünvanı, cihazın identifikatoru, əməliyyat sisteminin versiyası, "
         "tətbiqə daxil olma tarixçəsi\n3. Əlaqə\nBizə yazın.",
         "az", "IPAddress", True),
        ("2. Что мы собираем\nВ зависимости от услуги мы получаем следующие сведения:\nГруппа Состав\n"
         "Технические данные IP-адрес, модель устройства, версия операционной системы, журнал входов в "
         "приложение\n3. Контакты\nПишите нам.", "ru", "IPAddress", True),
        # near miss: the intro under a security heading announces measures, not data
        ("5. Təhlükəsizlik\nBank aşağıdakı tədbirləri görür:\nTədbir Təsvir\nTexniki məlumatlar IP ünvanı, cihazın "
         "identifikatoru\n6. Əlaqə\nBizə yazın.", "az", "IPAddress", False),
    ],
)
def test_table_after_a_colon_intro_stays_in_its_section(text: str, language: str, key: str, found: bool) -> None:
    assert (key in facts(text, language)["data_categories"]) is found


# --- a page footer's full sentences are kept, its links and bare marks are not ---------------------------------
_BODY = "<main><h1>Política de privacidad</h1>" + "<p>Tratamos tu correo electrónico para enviarte los pedidos.</p>" * 6 + "</main>"


def test_footer_sentences_are_kept_at_the_end_of_the_page() -> None:
    html = ("<html><body>" + _BODY + "<footer><ul><li><a href='/aviso'>Aviso legal</a></li></ul>"
            "<p>Esta web cumple el Reglamento (UE) 2016/679 y la Ley Orgánica 3/2018. Atención al cliente: 955 000 123.</p>"
            "<p>© 2026 Trapos del Sur</p><p><a href='/a'>Cookies</a> · <a href='/b'>Condiciones generales de venta y uso del sitio web</a>.</p>"
            "</footer></body></html>")
    text = page(html)
    assert text.rstrip().endswith("Atención al cliente: 955 000 123.")
    assert "Aviso legal" not in text and "© 2026" not in text and "Condiciones generales" not in text
    record = facts(text, "es")
    assert {"EU-GDPR", "other"} <= set(record["laws_cited"]) and record["contacts"]["phones"] == ["955 000 123"]


def test_footer_sentence_in_russian_gives_the_phone() -> None:
    html = ("<html><body><main><h1>Политика обработки персональных данных</h1>"
            + "<p>Мы обрабатываем адрес электронной почты участника для рассылки стартовых номеров.</p>" * 5
            + "</main><footer><p>© 2026 АНО «Беговое сообщество». Телефон горячей линии: +7 (846) 200-00-45. "
            "Все права защищены.</p></footer></body></html>")
    assert facts(page(html), "ru")["contacts"]["phones"] == ["+7 (846) 200-00-45"]
