"""Speed-ups that must not change a single hit: cue gates and vocabulary patterns tried only where a
match can start. Each test compares the fast path with the plain regex on texts written to catch a
miss (case-insensitive letters that lower-casing keeps apart, overlapping occurrences, windows)."""
from __future__ import annotations

import re

import pytest

from policykg.ingest import vocabulary as V
from policykg.ingest.extract.cues import fold, lexicon

# near-misses beside hits, in five languages, with the letters IGNORECASE equates but lower() does not
TEXTS = [
    "We collect: your name, age, location, os, country; not your nameplate or LOCATIONS page.",
    "Wıth your locatıon, ıos, Oſ, OS and NAME, or the İP address, via e-mail.",
    "我们会收集您的评价、指纹和犯罪记录，不会收集设备指纹；您可以请求解释说明或获取个人信息副本。",
    "Собираем ваш адрес, АДРЁС доставки и адрес электронной почты; ᲀаш адрес.",
    "Recopilamos su celular, activos y el cobro de servicios; no su celularidad.",
    "Ünvanınız, İP ünvanı və adımızdan emal edilən məlumatlar toplanır; ÜNVAN.",
]


def _finditer(regex: re.Pattern[str], text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    return [m.span() for m in regex.finditer(text, lo, hi)]


@pytest.mark.parametrize("text", TEXTS)
def test_planned_patterns_find_what_finditer_finds(text: str) -> None:
    folded = V._folded(text, 0, len(text))
    assert folded
    checked = 0
    for language in V.LANGUAGES:
        for field in V.FIELDS:
            matcher = V.matcher_for(field, language)
            for index, plan in matcher._plans.items():
                regex = matcher._patterns[index][0]
                for lo, hi in ((0, len(text)), (3, len(text) - 5), (len(text) // 2, len(text))):
                    starts = V._candidate_starts(plan, folded, 0, lo, hi)
                    if starts is None:
                        continue
                    checked += 1
                    assert [m.span() for m in V._matches_at(regex, text, starts, lo, hi)] == _finditer(regex, text, lo, hi)
    assert checked


def test_plans_exist_only_where_certain() -> None:
    """A pattern that can match empty, has no bounded width or has a literal prefix gets no plan."""
    assert V._scan_plan(re.compile(r"(?<!\w)(?:(?<=, )os\b)", re.I), r"(?<=, )os\b") == (("os",), 2)
    assert V._scan_plan(re.compile(r"(?:a+b)", re.I), "a+b") is None  # unbounded
    assert V._scan_plan(re.compile(r"(?:x?)", re.I), "x?") is None  # may match empty
    assert V._scan_plan(re.compile(r"(?:撤回.{0,6}同意)", re.I), "撤回.{0,6}同意") is None  # the engine jumps to 撤
    assert V._scan_plan(re.compile(r"(?:(?:请求)?解释)", re.I), "(?:请求)?解释") == (("解释",), 4)


def test_canonical_maps_case_insensitive_twins() -> None:
    assert V._canonical("wıth oſ") == "with os"
    assert V._canonical("plain text") == "plain text"
    assert len(V._canonical("ıſᲀ")) == 3


def test_gate_literals() -> None:
    assert V.gate_literals(r"\b(?:share|disclos\w*)\b") == frozenset({"share", "disclos"})
    assert V.gate_literals(r"(?i:share)") is None  # scoped IGNORECASE: "ı" would match "i"
    assert V.gate_literals(r"\w+ing") == frozenset({"ing"})
    assert V.gate_literals(r"\w+(?:ing)?") is None  # no literal every match holds
    assert V.gate_literals(r"共享|转让") == frozenset({"共享", "转让"})


@pytest.mark.parametrize("language", ["en", "zh", "ru", "es", "az"])
def test_cue_gates_agree_with_the_regexes(language: str) -> None:
    """``Lexicon.has``/``first`` with gates give what the bare regex gives, hit or near-miss."""
    lex = lexicon(language)
    assert lex.gates  # every language has gated cues
    sentences = TEXTS + [
        "We may share your data with our processors acting on our behalf, except as required by law.",
        "We do not sell it. Information that does not identify you.",
        "我们不会与第三方共享您的个人信息，除非获得您的同意；委托处理除外。",
        "Мы не передаём ваши данные третьим лицам, за исключением случаев, предусмотренных законом.",
        "No compartimos sus datos, salvo obligación legal; el encargado del tratamiento actúa por cuenta nuestra.",
        "Məlumatlarınızı üçüncü şəxslərə ötürmürük, qanunla tələb olunan hallar istisna olmaqla.",
        # Russian case-insensitive cues with case-sensitive names inside: hits, and near-misses that
        # hold a gate word but not the cue ("Оператору" receives, "оператор" lower-case is no name)
        "Оператор вправе предоставлять персональные данные партнёрам; ПЕРЕДАЧА данных третьим лицам.",
        "Вы передаёте нам данные; пользователь передает Оператору сведения; оператор предоставляет доступ.",
        "Мы поручаем обработку данных исполнителям. Данные не раскрываются.",
    ]
    if language == "ru":  # its share/entrust cues run IGNORECASE: gated by ``ignorecase_gates``
        assert {"share", "entrust"} <= set(lex.ignorecase_gates)
    for sentence in sentences:
        for cue, pattern in lex.cues.items():
            if pattern is None:
                continue
            text = sentence if pattern.flags & re.IGNORECASE else fold(sentence)
            bare = pattern.search(text)
            assert lex.has(cue, sentence) is (bare is not None), (cue, sentence)
            assert lex.first(cue, sentence) == (None if bare is None else bare.start()), (cue, sentence)


@pytest.mark.parametrize("language", ["en", "zh", "ru", "es", "az"])
def test_fact_cue_gates_agree_with_the_regexes(language: str) -> None:
    """``Cues.search`` with its substring gate finds what the bare alternation finds."""
    from policykg.ingest.extract.fact_cues import cues_for

    cues = cues_for(language)
    sentences = TEXTS + [
        "We may revise this Privacy Policy; the new version will be posted here. Last updated: 1 May 2024.",
        "We keep your data for 3 years and then delete it. We never sell personal information.",
        "我们会将您的个人信息存储在中华人民共和国境内，保存期限为三年；本政策更新后将在此公布。",
        "Мы храним данные на серверах в России в течение 5 лет и уведомим вас об инциденте.",
        "Conservamos sus datos durante 2 años; transferimos datos a Estados Unidos. Wıth cookıes.",
        "Məlumatlar Azərbaycan Respublikasında 5 il saxlanılır; siyasət dəyişikliyi barədə bildiriş.",
    ]
    keys = [key for key in cues._lists if cues.pattern(key) is not None]
    assert keys
    gated = 0
    for key in keys:
        compiled = cues.pattern(key)
        gated += cues._literal_gate(key, compiled) is not None
        for sentence in sentences:
            for text in (sentence, sentence.lower(), sentence.upper()):
                bare = compiled.search(text)
                found = cues.search(key, text)
                assert (found is None) is (bare is None), (key, text)
                if bare is not None:
                    assert found.span() == bare.span()
    assert gated  # some cues are gated in every language


def test_alternative_gates() -> None:
    """All the literals of one alternative (the longest first), cut at letters IGNORECASE twins ("s"/"ſ", "i"/"ı")."""
    assert V.alternative_gates(re.compile(r"\bGDPR\b|\bCAN-?SPAM\b|\bPIPEDA\b", re.I)) == (("gdpr",), ("can", "pam"), ("peda",))
    # the parser moves a prefix all branches share out of them ("c"): one letter alone is no gate
    assert V.alternative_gates(re.compile(r"\bCOPPA\b|\bCAN-?SPAM\b", re.I)) == (("oppa",), ("pam", "an"))
    assert V.alternative_gates(re.compile(r"Federal Law\b[^.;]{0,40}\bdata\b", re.I)) == (("federal law", "data"),)
    assert V.alternative_gates(re.compile(r"(?:a|b)c", re.I)) is None  # single ASCII letters filter nothing
    assert V.alternative_gates(re.compile(r"law(?: of)?", re.I)) == (("law",),)  # optional parts require nothing
    assert V.alternative_gates(re.compile(r"《[^》]+》(?:法|条例)")) == (("《", "》", "法"), ("条例", "《", "》"))
    assert V.holds_alternative((("can", "pam"), ("gdpr",)), "the gdpr applies")
    assert not V.holds_alternative((("can", "pam"), ("gdpr",)), "you can opt out")


LAW_TEXTS = TEXTS + [
    "We comply with COPPA, CAN-SPAM, the Children's Online Privacy Protection Act and the Data Protection Act 2018.",
    "CAN-ſPAM, the Federal Law No. 152-FZ on personal data, Directive 95/46/EC, the GDPR and the CCPA.",
    "依据《中华人民共和国个人信息保护法》《网络安全法》及GB/T 35273-2020《信息安全技术 个人信息安全规范》。",
    "Федеральный закон «О персональных данных» № 152-ФЗ, Общий регламент по защите данных (GDPR); ЗАКОН Республики Казахстан № 94-V.",
    "Ley Orgánica 3/2018 (LOPDGDD), el Reglamento General de Protección de Datos y la Ley 25.326; LEY FEDERAL.",
    "Şəxsi məlumatlar haqqında Azərbaycan Respublikasının Qanunu və Çin Xalq Respublikasının Kibertəhlükəsizlik Qanunu.",
]


@pytest.mark.parametrize("language", ["en", "zh", "ru", "es", "az"])
def test_law_gates_agree_with_the_regexes(language: str) -> None:
    """A law's regex matches a text only where ``might_cite`` lets it run (so the gate loses no citation)."""
    from policykg.ingest.extract.cues import might_cite

    laws = lexicon(language).laws
    assert any(ways is not None for _key, _pattern, _literals, ways in laws)
    for sentence in LAW_TEXTS:
        for text in (sentence, sentence.lower(), sentence.upper()):
            folded = text.replace("İ", "i").lower()
            for key, pattern, literals, ways in laws:
                if pattern.search(text) is not None:
                    assert might_cite(literals, ways, folded), (key, text)


# the regexes the legal-form dots and the e-mail addresses were once found with, scanned at every position
_LEGAL_FORM_DOT = re.compile(
    r"\b((?i:inc|ltd|co|corp|llc|plc|pte|pty|pvt|sdn|bhd))\.(?=[ \t]{0,2}(?:[a-z(,“\"]|(?i:ltd|inc|llc|limited|pte|kg)\b))"
)
FORM_TEXTS = TEXTS + [
    "Acme Co. Ltd. and its affiliates; ACME INC. (the Company), Beta Pte. Ltd., a company; Gamma Corp.“Gamma”.",
    "xco. a; Foo-Co. a; Co. ltd at the start; İnc. x; Inc.\tand; Inc.  (x); Inc.   (not); LLC. kg; Sdn. Bhd. Inc.",
    "Co.", "co. a", ".a", "A.Inc. and", "Pty.Limited", "Ltd., ", "CORP.LIMITED, Pvt. inc. plc. llc. pte.",
]


@pytest.mark.parametrize("text", FORM_TEXTS)
def test_legal_form_dots_are_the_regexes(text: str) -> None:
    from policykg.ingest.extract.cues import DOT_LEADER, _dots_replaced, _legal_form_dots

    assert _dots_replaced(text, _legal_form_dots(text)) == _LEGAL_FORM_DOT.sub(lambda m: m.group(1) + DOT_LEADER, text)


@pytest.mark.parametrize("text", FORM_TEXTS + [
    "Write to privacy@acme.com, _name@x.cn_, a.b-c+d%e@sub.example.co.uk or @nobody; x@y, @@a@b.cd, mail:me@x.io.",
    "a@b.cc@d.ee; 12345@qq.com; .lead@x.org; -dash@x.org; ü@x.org; name@x.c0m; name@x.com-",
])
def test_emails_are_the_regexes(text: str) -> None:
    from policykg.ingest.extract.contacts import EMAIL, _emails

    assert [m.span() for m in _emails(text)] == [m.span() for m in EMAIL.finditer(text)]


RUNON_TEXTS = [
    "We collect your name and email address when you register we may share it with our partners  you can opt out "
    "at any time please contact us if you do not want this with your consent we will send offers for marketing.",
    "Recopilamos sus datos cuando se registra podemos compartirlos con socios nunca vendemos sus datos y no los cedemos.",
    "Мы собираем ваши данные при регистрации мы можем передавать их партнёрам и вы можете отказаться в любое время.",
    "WE COLLECT DATA\tWE MAY SHARE IT\u00a0YOU CAN OPT OUT\nPLEASE WRITE TO US, that we will not sell it.",
]


@pytest.mark.parametrize("language", ["en", "zh", "ru", "es", "az"])
def test_runon_boundaries_opened_with_a_space_lookahead_match_the_same(language: str) -> None:
    """The ``(?=\\s)`` put before a run-on boundary that always begins with whitespace changes no match."""
    from policykg.ingest.extract.cues import _space_first

    runon = lexicon(language).runon
    if runon is None:
        return
    prefix = "(?=\\s)(?:"
    bare = re.compile(runon.pattern[len(prefix):-1], runon.flags) if runon.pattern.startswith(prefix) else runon
    assert _space_first(bare).pattern == runon.pattern
    for text in RUNON_TEXTS + TEXTS:
        for variant in (text, text.lower(), text.upper()):
            assert [m.span() for m in runon.finditer(variant)] == [m.span() for m in bare.finditer(variant)]
    assert _space_first(re.compile(r"x\s+")).pattern == r"x\s+"  # a match opening with another character: as it was
