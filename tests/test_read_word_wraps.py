"""PDF text layers keep every line of a paragraph. In alphabetic scripts a line that stops before a capitalised word
("...you agree to the terms of this" / "Policy.") or that opens with a section number ("4.1. We pass your name and")
then reads as a heading and cuts the sentence in two. The reader joins a break when the line and the next line's first
word together overrun the page's measure (where a typesetter breaks); a line ending a clause, a line wider than the
measure (a table row) and a line before a list item keep their breaks. Our own sentences, invented companies."""
from __future__ import annotations

from policykg.ingest.read import read_bytes
from policykg.ingest.readers.pdf import _join_word_wraps

MEASURE_LINE = "x" * 62 + "."  # sets the page's measure, as the full lines of a real page do


def test_a_break_before_a_capitalised_word_that_would_not_fit_is_joined() -> None:
    page = "\n".join([MEASURE_LINE, MEASURE_LINE,
                      "By using the app you confirm that you have read the terms of our",
                      "Privacy Policy and agree to them.", "Contact us"])
    assert _join_word_wraps(page).split("\n")[2:] == [
        "By using the app you confirm that you have read the terms of our Privacy Policy and agree to them.", "Contact us"]


def test_russian_numbered_paragraph_and_hyphen_breaks() -> None:
    page = "\n".join([MEASURE_LINE, MEASURE_LINE,
                      "4.1. Для доставки мы передаём ваше имя, адрес и номер телефона",
                      "Обществу «Пример», которое действует по нашему поручению. Пишите на",
                      "privacy@primer-",
                      "shop.example.com."])
    lines = _join_word_wraps(page).split("\n")
    assert lines[2] == ("4.1. Для доставки мы передаём ваше имя, адрес и номер телефона Обществу «Пример», которое "
                        "действует по нашему поручению. Пишите на privacy@primer-")
    assert lines[3] == "shop.example.com."  # a short line ("privacy@primer-") does not fill the measure


def test_headings_clause_ends_list_items_and_table_rows_keep_their_breaks() -> None:
    wide_row = "Registration | phone number, e-mail address, password | creating the account and signing in"
    page = "\n".join([
        MEASURE_LINE, MEASURE_LINE,
        "2. What we collect",  # a short heading
        "We collect the following information when you create an account:",  # ends a clause
        "Your phone number and e-mail address used to sign in to the app now",  # full, but the next opens an item
        "(2) Your delivery address, used to deliver what you ordered today.",
        wide_row,  # wider than the measure: a table row, not a wrapped paragraph
        "Orders",
        "Si no está de acuerdo con esta política, no utilice la aplicación.",
        "Derechos",
    ])
    assert _join_word_wraps(page) == page


def test_a_short_line_before_a_capitalised_word_is_the_end_of_its_paragraph() -> None:
    page = "\n".join([MEASURE_LINE, MEASURE_LINE, "Bu siyasət MMC tərəfindən hazırlanıb", "Əlaqə"])
    assert _join_word_wraps(page) == page


def test_pdf_printed_from_html_keeps_wrapped_sentences_whole() -> None:
    from weasyprint import HTML

    html = ("<html><head><style>@page { size: 120mm 200mm; margin: 10mm } body { font-size: 11pt }</style></head><body>"
            "<h2>1. Общие положения</h2><p>Используя приложение, вы соглашаетесь с условиями настоящей Политики "
            "конфиденциальности Общества «Северный Ветер».</p><h2>2. Передача данных</h2>"
            "<p>2.1. Для доставки заказа мы передаём ваше имя, адрес и номер телефона Обществу «Быстрый Курьер», "
            "которое действует по нашему поручению.</p><p>(1) если это требуется по закону;</p></body></html>")
    text = read_bytes(HTML(string=html).write_pdf(), name="p.pdf", source="p.pdf").text
    lines = text.split("\n")
    assert "1. Общие положения" in lines and "2. Передача данных" in lines  # headings stay lines of their own
    assert ("Используя приложение, вы соглашаетесь с условиями настоящей Политики конфиденциальности Общества "
            "«Северный Ветер».") in lines
    assert any(line.startswith("2.1. Для доставки заказа") and line.endswith("по нашему поручению.") for line in lines)
    assert "(1) если это требуется по закону;" in lines
