"""Structural causes of errors pooled over fresh real English policies (issue 16, helper facts8).

Each rule is tested with the wording it is for and a near miss beside it that must not match. The texts
are written for these tests, not taken from any corpus.
"""
from __future__ import annotations

import pytest

from tests.test_extract_scalars_fresh import facts


# --- glossary: a sentence saying what a cookie or web beacon is collects nothing and states no purpose -------
@pytest.mark.parametrize(
    ("text", "lang", "field", "key", "found"),
    [
        ("Cookies are unique alphanumeric identifiers stored by your browser so that sites can recognize it.",
         "en", "data_categories", "Identifier", False),
        ("“Cookies” are small pieces of information a website saves on a visitor's disk for record-keeping purposes.",
         "en", "purposes", "RecordManagement", False),
        ("Las cookies son pequeños archivos que un sitio guarda en el disco duro con fines de mantenimiento de registros.",
         "es", "purposes", "RecordManagement", False),
        # near misses: the company uses the technology, or collects the data itself
        ("We use cookies to keep records of your visits.", "en", "purposes", "RecordManagement", True),
        ("Cookies are small files that we place on your device to keep records of your visits.",
         "en", "purposes", "RecordManagement", True),
        ("We collect unique identifiers stored by your browser.", "en", "data_categories", "Identifier", True),
        ("Utilizamos cookies con fines de mantenimiento de registros.", "es", "purposes", "RecordManagement", True),
    ],
)
def test_definition_of_a_tracking_technology_states_no_practice(
        text: str, lang: str, field: str, key: str, found: bool) -> None:
    assert (key in facts(text, lang)[field]) is found


@pytest.mark.parametrize(
    ("lang", "text", "defines", "acts"),
    [
        ("en", "A cookie is a small text file that a website stores in your browser.", True, False),
        ("en", "Cookies are used to remember your preferences.", False, False),
        ("es", "Las cookies son pequeños archivos de texto que se almacenan en su navegador.", True, False),
        ("es", "Las cookies se utilizan para recordar sus preferencias.", False, False),
        ("ru", "Файлы cookie — это небольшие текстовые файлы, которые хранит браузер.", True, False),
        ("ru", "Файлы cookie используются для запоминания настроек.", False, False),
        ("zh", "Cookie是一种小型文本文件，存储在您的浏览器中。", True, False),
        ("zh", "Cookie是我们用来识别您的小型文件。", True, True),
        ("zh", "我们使用Cookie来记住您的偏好。", False, True),
    ],
)
def test_tracking_technology_definition_cue(lang: str, text: str, defines: bool, acts: bool) -> None:
    from policykg.ingest.extract.cues import lexicon

    lex = lexicon(lang)
    assert lex.has("defines_tech", text) is defines
    assert lex.has("tech_actor", text) is acts


# --- definition + flat denial: "Personal information includes ..." lists nothing collected where the policy
# says outright it collects no personal information, even if a rights clause speaks of "your personal
# information provided to us" ---------------------------------------------------------------------------------
_DEFINITION = "Personal information includes your name, postal address, phone number and social security number."
_RIGHTS = "If you want to limit our use of your personal information provided to us earlier, please write to us."


@pytest.mark.parametrize(
    ("text", "lang", "found"),
    [
        (f"We do not collect personal information. {_DEFINITION} {_RIGHTS}", "en", False),
        (f"Since we don't collect any personal information, we cannot share it. {_DEFINITION} {_RIGHTS}", "en", False),
        # near misses: the denial is limited (children, an exception) or absent, so the definition's items count
        (f"We do not knowingly collect personal information from children under 13. We collect personal "
         f"information when you register. {_DEFINITION}", "en", True),
        (f"We do not collect personal information, except as follows. We collect personal information when you "
         f"register. {_DEFINITION}", "en", True),
        (f"We collect personal information when you register. {_DEFINITION}", "en", True),
    ],
)
def test_flat_denial_of_the_defined_term_voids_its_definition(text: str, lang: str, found: bool) -> None:
    assert ("OfficialID" in facts(text, lang)["data_categories"]) is found


@pytest.mark.parametrize(
    ("lang", "text", "denies"),
    [
        ("en", "We do not collect Personal Information.", True),
        ("en", "We do not knowingly collect personal information from children under 13.", False),
        ("en", "We do not sell personal information.", False),
        ("es", "No recopilamos datos personales.", True),
        ("es", "No recopilamos datos personales de menores de 13 años.", False),
    ],
)
def test_denies_term_cue(lang: str, text: str, denies: bool) -> None:
    from policykg.ingest.extract.cues import lexicon

    assert lexicon(lang).has("denies_term", text) is denies
