"""Structural rules of issue 15 (struct14), each with a case and a near-miss in several languages:

1. one rule for what a separate-consent sentence covers (the kinds it names, what it refers back to, the list it
   opens, or sensitive data as a class);
2. a consent referring back ("Эти данные…", "these data", "上述信息", "bu məlumatlar") binds to the nearest sentence or
   item it can refer to, never over another numbered item or a heading;
3. one list of the conjunctions before the last case of a list, read by the segmenter and the compliance text;
4. the compliance cues read over the full stop of a legal form ("X Pte. Ltd. in Singapore").
"""
from __future__ import annotations

import pytest

from compliance_judging import stating, verdict, verdicts
from policykg.compliance.text import PolicyText, _CASE_LEAD
from policykg.ingest.conjunctions import LIST_CONJUNCTIONS, SPACELESS
from policykg.ingest.model import Document, SegmentKind
from policykg.ingest.segment import segment

KEY = "sensitive-pi-consent"

# --- 1 and 2: what a consent sentence covers; a back-reference stays in its item -----------------------------------

# (language, passport item, health item with the consent referring back, the same with both kinds in one item)
BACK = [
    ("ru", "2.1. Фамилия, имя, дата рождения, номер паспорта, телефон.\n",
     "2.2. Сведения о состоянии здоровья и диагнозы. Эти данные обрабатываются только с вашего отдельного письменного "
     "согласия, в котором мы объясняем, зачем они нужны и как обработка влияет на ваши права.\n",
     "2.1. Номер паспорта, сведения о состоянии здоровья и диагнозы. Эти данные обрабатываются только с вашего "
     "отдельного письменного согласия, в котором мы объясняем, зачем они нужны и как обработка влияет на ваши права.\n"),
    ("en", "2.1. We collect your name, date of birth and passport number.\n",
     "2.2. We collect your health records and test results. These data are processed only with your separate consent, "
     "and we explain the necessity and the impact on your rights.\n",
     "2.1. We collect your passport number, health records and test results. These data are processed only with your "
     "separate consent, and we explain the necessity and the impact on your rights.\n"),
    ("es", "2.1. Recopilamos su nombre, fecha de nacimiento y número de pasaporte.\n",
     "2.2. Recopilamos datos de salud y resultados de análisis. Estos datos solo se tratan con su consentimiento "
     "separado, y le explicamos su necesidad y el impacto en sus derechos.\n",
     "2.1. Recopilamos su número de pasaporte, datos de salud y resultados de análisis. Estos datos solo se tratan con su "
     "consentimiento separado, y le explicamos su necesidad y el impacto en sus derechos.\n"),
    ("az", "2.1. Adınızı, doğum tarixinizi və pasport nömrənizi toplayırıq.\n",
     "2.2. Sağlamlıq məlumatlarınızı və analiz nəticələrinizi toplayırıq. Bu məlumatları yalnız ayrıca razılığınızla "
     "emal edirik və bunun nə üçün zəruri olduğunu və hüquqlarınıza təsirini izah edirik.\n",
     "2.1. Pasport nömrənizi, sağlamlıq məlumatlarınızı və analiz nəticələrinizi toplayırıq. Bu məlumatları yalnız "
     "ayrıca razılığınızla emal edirik və bunun nə üçün zəruri olduğunu və hüquqlarınıza təsirini izah edirik.\n"),
    ("zh", "2.1 我们收集您的姓名、出生日期和身份证号码。\n",
     "2.2 我们收集您的健康状况和检查结果，上述信息属于敏感个人信息，我们会单独征得您的同意，并告知处理的必要性及对您权益的影响。\n",
     "2.1 我们收集您的身份证号码、健康状况和检查结果，上述信息属于敏感个人信息，我们会单独征得您的同意，并告知处理的必要性及对您权益的影响。\n"),
]
HEADS = {"ru": "2. Какие данные мы обрабатываем\n", "en": "2. What data we collect\n", "es": "2. Qué datos recopilamos\n",
         "az": "2. Hansı məlumatları toplayırıq\n", "zh": "二、我们收集哪些信息\n"}


@pytest.mark.parametrize("lang,passport,health,both", BACK, ids=[b[0] for b in BACK])
def test_a_consent_referring_back_does_not_reach_the_numbered_item_before_its_own(lang: str, passport: str, health: str,
                                                                                    both: str) -> None:
    v = verdicts(HEADS[lang] + passport + health, lang)[KEY]
    assert v.verdict == "contravention"
    assert any(("паспорт" in q.text or "passport" in q.text or "pasaporte" in q.text or "pasport" in q.text
                or "身份证" in q.text) for q in v.quotes)
    # near-miss: the passport number is named in the item the consent refers back to
    assert verdict(HEADS[lang] + both, lang, KEY) == "met"


@pytest.mark.parametrize("lang,data,consent", [
    ("en", "2.1. We collect your passport number.\n",
     "2.2. These data are processed only with your separate consent, and we explain the necessity and the impact on your rights.\n"),
    ("ru", "2.1. Мы собираем номер паспорта.\n",
     "2.2. Эти данные обрабатываются только с вашего отдельного согласия; мы объясняем, зачем они нужны и как это влияет на ваши права.\n"),
    ("zh", "（一）我们收集您的身份证号码。\n",
     "（二）上述信息属于敏感个人信息，我们会单独征得您的同意，并告知处理的必要性及对您权益的影响。\n"),
])
def test_a_consent_opening_its_item_refers_to_the_item_right_before(lang: str, data: str, consent: str) -> None:
    assert verdict(HEADS[lang] + data + consent, lang, KEY) == "met"
    # near-miss: an item naming no sensitive data stands between; the back-reference does not reach over it
    between = {"en": "2.2. We collect your e-mail address.\n", "ru": "2.2. Мы собираем адрес электронной почты.\n",
               "zh": "（二）我们收集您的电子邮箱。\n"}[lang]
    shifted = consent.replace("2.2.", "2.3.").replace("（二）", "（三）")
    assert verdict(HEADS[lang] + data + between + shifted, lang, KEY) == "contravention"


def test_a_consent_after_a_list_covers_the_list_but_not_over_a_heading() -> None:
    listed = ("3. Identity checks\nWe collect the following:\n- your ID card number;\n- a photo of your face.\n"
              "These data are sensitive personal information; we ask your separate consent and explain the necessity "
              "and the impact on your rights.\n")
    assert verdict(listed, "en", KEY) == "met"
    headed = listed.replace("a photo of your face.\n", "a photo of your face.\n4. Health data\n")
    assert verdict(headed, "en", KEY) == "contravention"


@pytest.mark.parametrize("lang,general,anaphoric,elsewhere", [
    ("en", "We process sensitive personal information only with your separate consent, and explain the necessity and the impact on your rights.",
     "We collect your heart rate. These data are sensitive personal information; we process them only with your separate consent, and explain the necessity and the impact on your rights.",
     "We collect your passport number for bookings."),
    ("ru", "Специальные категории персональных данных мы обрабатываем только с вашего отдельного согласия и объясняем, зачем они нужны.",
     "Мы собираем данные о пульсе. Эти данные относятся к специальным категориям; мы обрабатываем их только с вашего отдельного согласия и объясняем, зачем они нужны.",
     "Мы собираем номер паспорта для бронирования."),
])
def test_a_consent_for_sensitive_data_as_a_class_covers_every_kind(lang: str, general: str, anaphoric: str, elsewhere: str) -> None:
    assert verdict(elsewhere + "\n\n" + general + "\n", lang, KEY) == "met"
    # near-miss: the same words taken up by "these data" speak of the data just named, not of the passport
    assert verdict(elsewhere + "\n\n" + anaphoric + "\n", lang, KEY) == "contravention"


def test_a_kind_named_in_a_consent_that_denies_is_not_asked_for() -> None:
    text = ("We collect your heart rate. Heart-rate data are sensitive; we ask your separate consent and explain the "
            "necessity and the impact on your rights.\n\nWhen you buy a plan we collect your bank card number.\n\n"
            "5. Payments\nWith your explicit consent we send your order to the payment provider and we never see your bank card number.\n")
    assert verdict(text, "en", KEY) == "contravention"
    asked = text.replace("With your explicit consent we send your order to the payment provider and we never see your bank card number.",
                         "With your explicit consent we keep your bank card number for the next payment.")
    assert verdict(asked, "en", KEY) == "met"


# --- 3: one list of conjunctions before the last case ---------------------------------------------------------------

def _items(text: str, lang: str) -> list[tuple[str, str]]:
    doc = Document(source="x", name="x", text=text, sha256="0" * 64, media_type="text/plain", encoding="utf-8",
                   language=lang)
    return [(s.kind.name, s.text) for s in segment(doc)]


@pytest.mark.parametrize("lang,intro,conj", [
    ("az", "Məlumatlardan aşağıdakı məqsədlər üçün istifadə edirik:", "və ya"),
    ("az", "Məlumatlardan aşağıdakı məqsədlər üçün istifadə edirik:", "yaxud"),
    ("es", "Usamos sus datos para:", "y"),
    ("ru", "Мы используем данные для:", "либо"),
    ("en", "We use your data to:", "and"),
])
def test_a_conjunction_before_the_last_marker_keeps_the_line_in_the_list(lang: str, intro: str, conj: str) -> None:
    text = f"{intro}\n(a) birinci;\n(b) ikinci;\n{conj} (c) digər uyğun məqsədlər.\n"
    segs = _items(text, lang)
    assert segs[-1][0] == SegmentKind.ITEM.name and segs[-1][1].startswith("digər")
    # near-miss: a line opened by the conjunction with no marker after it is no item of the list
    plain = _items(f"{intro}\n(a) birinci;\n(b) ikinci;\n{conj} digər uyğun məqsədlər.\n", lang)
    assert not plain[-1][1].startswith("digər")


def test_both_readers_take_every_conjunction_of_the_list() -> None:
    for lang, words in LIST_CONJUNCTIONS.items():
        for word in words:
            lead = f"{word}（五）" if lang in SPACELESS else f"{word} (e)"
            m = _CASE_LEAD.match(lead + " other purposes")
            assert m is not None and m.end() == len(lead), (lang, word)
            assert _CASE_LEAD.match(f"{word}x (e) other") is None or lang in SPACELESS, (lang, word)


@pytest.mark.parametrize("lang,text", [
    ("az", "Məlumatlarınızı aşağıdakı hallarda açıqlaya bilərik: (a) məhkəmə qərarı ilə; (b) qanunun tələbi ilə; və ya (c) sizin razılığınızla.\n"),
    ("es", "Podemos divulgar sus datos en los siguientes casos: (a) por orden judicial; (b) por exigencia legal; y (c) con su consentimiento.\n"),
    ("zh", "在以下情形中，我们可能披露您的信息：（1）依据法院命令；（2）依据法律要求；以及（3）经您同意。\n"),
])
def test_an_inline_last_case_after_a_conjunction_hangs_off_the_intro(lang: str, text: str) -> None:
    sentences = PolicyText.from_text(text, language=lang).sentences
    last = sentences[-1]
    assert last.intro is not None and sentences[last.intro].inline_cases
    # near-miss: the conjunction without a marker after it ends no case of its own
    plain = text.replace("və ya (c)", "və ya").replace("y (c)", "y").replace("以及（3）", "以及")
    sentences = PolicyText.from_text(plain, language=lang).sentences
    assert not any(s.inline_cases and sentences[-1].intro == s.index and s.index != sentences[-1].index - 1
                   for s in sentences) or len(sentences) < len(PolicyText.from_text(text, language=lang).sentences)


# --- 4: the compliance cues read over the full stop of a legal form -------------------------------------------------

EN_HEAD = "Starway Interactive (Chengdu) Co., Ltd. publishes the Starway game (privacy@starway.example).\n"


@pytest.mark.parametrize("form", ["Pte. Ltd.", "Co., Ltd.", "Inc.", "Corp."])
def test_access_by_a_company_with_a_dotted_legal_form_is_access_from_abroad(form: str) -> None:
    text = EN_HEAD + f"Data of players in mainland China are stored on servers in Chengdu and accessed by Nebula Pixel Games {form} in Singapore.\n"
    assert verdict(text, "en", "cross-border-mechanism") == "contravention"
    # near-miss: the full stop ends the sentence; what follows is another sentence and says nothing of access
    ended = EN_HEAD + f"Data of players in mainland China are stored on servers in Chengdu and maintained by Nebula Pixel Games {form} Singapore law does not apply to them.\n"
    assert not any("maintained" in s for s in stating(ended, "en", "abroad"))


def test_a_legal_form_is_still_read_as_one_by_cues_that_ask_for_its_full_stop() -> None:
    # the handler's name cue asks for "Co., Ltd."; the masked dot must not hide it
    assert stating(EN_HEAD, "en", "legal_entity")
