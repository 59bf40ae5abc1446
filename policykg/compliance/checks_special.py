"""Special categories: sensitive personal information, children, profiling and recommendation."""
from __future__ import annotations

import re

from policykg.compliance.cues import cues_for
from policykg.compliance.facts import PolicyFacts
from policykg.compliance.text import Sentence
from policykg.compliance.verdicts import Verdict, verdict

_AGE = re.compile(r"(?:不满|未满|under(?: the age of)?|younger than|menores de|младше|до)\s*(\d{1,2})|(\d{1,2})\s*(?:周岁|岁|years? (?:of age|old)|yaş|лет|años)")

# an age range ("children aged 6 to 12", "niños de 6 a 12 años", "от 6 до 12 лет") says whom a service is for; its upper
# bound is no age threshold for guardian consent
# (Chinese writes the range with no word boundary before it: "主要供6至12岁儿童佩戴", "6-12周岁": the ages of the audience,
# no threshold for guardian consent)
_AGE_RANGE = re.compile(r"\b\d{1,2}\s*(?:to|and|a|-|–|—|до|ilə)\s*\d{1,2}\s*(?:years?|años|лет|yaş)"
                        r"|(?<!\d)\d{1,2}\s*(?:至|到|~|～|-|–|—)\s*\d{1,2}\s*(?:周岁|岁)", re.IGNORECASE)


def _ages(text: str) -> list:
    """The ages ``_AGE`` reads in a sentence, age ranges left out."""
    return _AGE.findall(_AGE_RANGE.sub(" ", text))


def _nearest_with(f: PolicyFacts, s: Sentence, facts: tuple[str, ...], before: int, after: int) -> Sentence | None:
    """The sentence nearest ``s`` (itself first) within the window that states one of ``facts``."""
    window = sorted(f.policy.window(s.index, before, after), key=lambda x: abs(x.index - s.index))
    return next((x for x in window if any(f.has(fact, x.index) for fact in facts)), None)


# "used by students from age 10", "alumnos de 8 a 16 años", "ученики от 9 до 15 лет": the users the service
# is for start below 14, so it processes the personal information of children under 14, sensitive under PIPL 28
# ("a partir de 8 años", "8 yaşdan etibarən": from an age on)
_USER_AGE_FROM = re.compile(r"\b(?:from|at) (?:the )?age (?:of )?(\d{1,2})\b|(?:\baged|\bbetween|\bde|\ba partir de|\bdesde (?:los )?|\bentre(?: los)?|\bот|\bс)\s+(\d{1,2})"
                            r"\s*(?:(?:to|and|a|y|до|-|–)\s*\d{1,2}\s*)?(?:years?|años|лет)\b", re.IGNORECASE)
# an age range with no unit after it, the unit implied ("children aged 4 to 12", az "4-12 yaşlı uşaqlar") (lawmix17)
_AGED_RANGE = re.compile(r"\baged\s+(\d{1,2})\s*(?:to|-|–)\s*\d{1,2}\b|\b(\d{1,2})\s*[-–]\s*\d{1,2}\s*yaş", re.IGNORECASE)
_USER_WORDS = ("student", "pupil", "learner", "user", "child", "kid", "player", "alumn", "estudiante", "usuari", "niñ",
               "jugador", "ученик", "школьник", "пользовател", "дет", "игрок", "uşaq", "şagird", "istifadəçi",
               "儿童", "孩子", "小朋友", "少儿", "学生", "学员", "用户")
# a Chinese age range of users, the unit after it ("为6至14岁儿童提供", "6-12周岁的小朋友"): its lower end
_ZH_AGE_RANGE = re.compile(r"(?<!\d)(\d{1,2})\s*(?:至|到|~|～|-|–)\s*\d{1,2}\s*周?岁")


def _children_under_14_use(f: PolicyFacts) -> list[Sentence]:
    """Sentences saying the service's users include children under 14 (an age range or lower age below 14),
    not denied and in a text that does not restrict the service to adults."""
    if f.where("adult_only"):
        return []
    out = []
    for s in f.policy.sentences:
        low = s.text.casefold()
        if not any(c.isdigit() for c in low) or not any(w in low for w in _USER_WORDS):
            continue
        ages = [int(a or b) for a, b in _USER_AGE_FROM.findall(s.text)]
        # (a range of users' ages, "aged 4 to 12", has them from its lower end: any age there is a child's)
        ranged = [int(a or b) for a, b in _AGED_RANGE.findall(s.text)] + [int(a) for a in _ZH_AGE_RANGE.findall(s.text)]
        if (any(6 <= a < 14 for a in ages) or any(1 <= a < 14 for a in ranged)) and not f.negated(s):
            out.append(s)
    return out


# kinds of sensitive personal information, by folded words of the cue languages: consent asked for one kind
# ("heart-rate data: separate consent on its own screen") does not cover another ("GPS routes of your workouts").
# Latin and Cyrillic words are word-bounded: whole words (a plural -s/-es allowed), or stems where marked "*" (Russian
# and Azerbaijani inflect), so "face" is not in "interface", "Facebook" or "surface", "dini" (religious) not in
# "etdiniz". A kind names the data, not an institution: "bank card"/"cuenta bancaria"/"银行卡", never "Bank of X" or
# "手机银行" (a bank's app); Chinese words, unbounded, are data nouns ("人脸", "面部", "银行卡", "银行账户").
_SENSITIVE_KINDS: dict[str, tuple[str, ...]] = {
    "location": ("gps", "location", "geolocation", "whereabouts", "ubicación", "ubicaciones", "geolocaliz*", "местоположен*", "геолокац*",
                 "yer məlumat*", "məkan*", "定位", "位置", "行踪"),
    "health": ("health", "heart*", "medical", "sleep*", "blood pressure", "pulse", "salud", "médic*", "cardíac*", "presión arterial",
               "здоров*", "медицин*", "пульс*", "сердечн*", "артериальн*", "sağlamlıq*", "tibbi*", "ürək*", "qan təzyiq*", "健康", "医疗",
               "心率", "心跳", "血压", "睡眠", "病历", "处方", "用药"),
    "identity": ("passport", "id card", "identity card", "id number", "identity document", "pasaporte", "identidad", "паспорт*",
                 "удостоверени*", "pasport*", "şəxsiyyət*", "身份证", "护照"),
    "biometric": ("biometric*", "face", "face id", "faceid", "facial", "fingerprint", "voiceprint", "biométr*", "rostro", "huella", "биометр*", "отпечат*",
                  "biometrik*", "barmaq izi", "səs izi", "人脸", "面部", "指纹", "声纹", "虹膜"),
    "financial": ("bank card", "bank account", "bank details", "credit card", "debit card", "payment card", "tarjeta", "cuenta bancaria",
                  "cuentas bancarias", "банковск*", "кредитн*", "bank kart*", "bank hesab*", "银行卡", "银行账户", "银行账号", "银行帐户",
                  "信用卡", "征信"),
    # the address book: GB/T 35273 annex B lists it among sensitive information ("通讯录、好友列表"), and CAC/MIIT App
    # rules treat reading it as a permission of its own
    "contacts": ("address book", "contact list", "通讯录", "通信录", "联系人列表"),
}


def _kind_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    """One regex for a kind's words: Han words as written, Latin/Cyrillic ones bounded (see ``_SENSITIVE_KINDS``)."""
    parts = []
    for w in words:
        if re.search(r"[\u4e00-\u9fff]", w):
            parts.append(re.escape(w))
        elif w.endswith("*"):
            parts.append(r"(?<!\w)" + re.escape(w[:-1]))
        else:
            # "face-to-face" (a meeting) is no face: a hyphen bounds "face" too
            bound = (r"(?<![\w-])", r"(?![\w-])") if w == "face" else (r"(?<!\w)", r"(?!\w)")
            parts.append(bound[0] + re.escape(w) + r"(?:e?s)?" + bound[1])
    return re.compile("|".join(parts))


_KIND_RES = {kind: _kind_pattern(words) for kind, words in _SENSITIVE_KINDS.items()}
# the literal gate of each kind (the words without marks): most sentences hold none and cost one ``in`` per word
_KIND_GATES = {kind: tuple(w.rstrip("*") for w in words) for kind, words in _SENSITIVE_KINDS.items()}
# sensitive personal information named as a class, not as a kind ("sensitive personal information", "datos sensibles",
# "специальные категории", "həssas məlumat", "敏感个人信息")
_SENSITIVE_CLASS = re.compile(r"sensitive|special categor\w*|sensibles?\b|categorías especiales|специальн\w* категори\w*|чувствительн\w*"
                              r"|həssas|敏感", re.IGNORECASE)
_SEPARATE_FACTS = ("separate_consent", "explicit_consent")
# before PIPL: consent asked where the data are collected, a device permission the person grants included
_CONSENT_FACTS = ("separate_consent", "explicit_consent", "seek_consent", "permission_grant")
_BACK_UNITS = 3  # paragraphs a back-reference may look over (each naming no sensitive data) for what it refers to


# a location said to be coarse ("粗略位置信息", "approximate location derived from your IP address", "ubicación
# aproximada") is not the precise location or whereabouts PIPL 28 and GB/T 35273 annex B count as sensitive
_COARSE_LOCATION = re.compile(r"粗略|大致|大概|模糊|城市级|approximate|coarse|city[- ]level|aproximad|приблизительн|примерн|təxmini")
_PRECISE_LOCATION = re.compile(r"精确|精准|GPS|行踪|轨迹|precise|exact|whereabouts|precisa|точн|dəqiq", re.IGNORECASE)


def _kinds(text: str) -> set[str]:
    low = text.casefold()
    kinds = {kind for kind, gate in _KIND_GATES.items() if any(w in low for w in gate) and _KIND_RES[kind].search(low)}
    if "location" in kinds and _COARSE_LOCATION.search(low) and not _PRECISE_LOCATION.search(text):
        kinds.discard("location")
    return kinds


def _coarse_location_only(f: PolicyFacts, s: Sentence) -> bool:
    """``s`` names no sensitive data but a location it says is coarse ("高德定位SDK | 粗略位置信息 | 识别城市")."""
    if f.has("sensitive_strong", s.index) or _kinds(s.text):
        return False
    low = s.text.casefold()
    return bool(_COARSE_LOCATION.search(low)) and not _PRECISE_LOCATION.search(s.text) and bool(_KIND_RES["location"].search(low))


def _names_sensitive(f: PolicyFacts, s: Sentence) -> bool:
    """``s`` names sensitive data itself, not only the class ("These data are sensitive personal information")."""
    if _kinds(s.text) or f.has("sensitive_strong", s.index):
        return True
    if not f.has("sensitive", s.index):
        return False
    bare = _SENSITIVE_CLASS.sub(" ", f.text_of(s))
    return any(p.search(bare) for p in cues_for(f.policy.language).get("sensitive", ()))


def _same_line(f: PolicyFacts, a: Sentence, b: Sentence) -> bool:
    """``a`` and ``b`` (a before b) are on one line of the text: one paragraph, or one item of a list."""
    return "\n" not in f.policy.text[a.end:b.start]


def _unit_before(f: PolicyFacts, s: Sentence) -> list[Sentence]:
    """The paragraph, item or whole list right before the line ``s`` opens, in its section: a list when ``s`` is
    not one of its items ("…a list of data.\nThese data are sensitive…"), else the one item before it."""
    if s.index == 0:
        return []
    sentences = f.policy.sentences
    last = sentences[s.index - 1]
    if last.heading:  # a section title ends what a back-reference can reach
        return []
    if last.intro is not None and s.intro != last.intro and last.intro < last.index:
        return [x for x in sentences[last.intro:last.index + 1] if not x.heading]
    unit = [last]
    while unit[0].index > 0:
        prev = sentences[unit[0].index - 1]
        if prev.heading or not _same_line(f, prev, unit[0]):
            break
        unit.insert(0, prev)
    return unit


# a list marker or clause number opening a line: "2.2. ", "(b) ", "（二）", "二、", "- ", "• "
_LINE_MARK = re.compile(r"[ \t*#]*(?:[(（][ \t]*(?:\d{1,3}|[a-zA-Zа-яА-Я]|[ivx]{1,4}|[一二三四五六七八九十]{1,3})[ \t]*[)）]"
                        r"|\d{1,3}(?:[.．]\d{1,3})*[.．、)）]?(?=[ \t]|[^\d\s.．])|[a-zA-Zа-яА-Я][.)）](?=[ \t])|[一二三四五六七八九十]{1,3}[、.．]"
                        r"|[-–•·▪●◆■](?=[ \t]))")


def _marked_line(f: PolicyFacts, s: Sentence) -> bool:
    """``s`` opens a line that starts with a list marker or a clause number (kept in its text or not)."""
    text = f.policy.text
    line_start = text.rfind("\n", 0, s.start) + 1
    return bool(_LINE_MARK.match(text, line_start)) and line_start <= s.start <= line_start + 12


def _antecedent(f: PolicyFacts, c: Sentence) -> list[Sentence]:
    """What a consent sentence that names no kind of data refers back to ("Эти данные…", "these data", "上述信息",
    "bu məlumatlar", "before collecting them"): the sentences naming sensitive data before it in its own paragraph or
    list item; when it opens its line, the nearest paragraph, item or list before it that names them, in the same
    section. It never reaches over a list item (the clinic policy's "2.2. Health data. These data only with your
    separate consent" does not reach the passport number of item 2.1) nor over a heading."""
    sentences = f.policy.sentences
    own: list[Sentence] = []
    x = c
    while x.index > 0:
        prev = sentences[x.index - 1]
        if prev.heading or not _same_line(f, prev, x):
            break
        own.insert(0, prev)
        x = prev
    named = [y for y in own if _names_sensitive(f, y)]
    if named:
        return named
    for _ in range(_BACK_UNITS):
        unit = _unit_before(f, x)
        if not unit:
            return []
        named = [y for y in unit if _names_sensitive(f, y)]
        if named:
            return named
        if unit[0].intro is not None or _marked_line(f, unit[0]):
            return []  # an item of a list (or a list) naming no sensitive data stands between
        x = unit[0]
    return []


# the supposition that sensitive data may be involved ("如果涉及…敏感", "如涉及", "if … involves sensitive", "where sensitive
# data are involved")
_SUPPOSED = re.compile(r"(?:如果|若|如|倘若|一旦)(?:需要?)?(?:涉及|包含|包括)[^。，；]{0,12}敏感|(?i:\b(?:if|where|should)\b[^.,;]{0,30}\binvolv\w*\b[^.,;]{0,20}\bsensitive)")


def _general(f: PolicyFacts, c: Sentence) -> bool:
    """A consent sentence about sensitive personal information as a class, naming no kind and referring to nothing
    ("We process sensitive personal information only with your separate consent"): it covers every kind. Only a
    separate or explicit consent does, and not one asked for sharing ("if we share your sensitive data we will ask your
    consent again") or by a third party, which is no consent to what the handler collects."""
    if (not any(f.has(k, c.index) for k in _SEPARATE_FACTS) or f.has("share_verb", c.index)
            or f.has("data_anaphora", c.index) or _kinds(c.text)):
        return False
    low = c.text.casefold()
    if not _SENSITIVE_CLASS.search(low):
        return False
    # any other sensitive data it names (a kind missing from _SENSITIVE_KINDS) makes it about that data
    bare = _SENSITIVE_CLASS.sub(" ", f.text_of(c))
    return not any(p.search(bare) for p in cues_for(f.policy.language).get("sensitive", ()))


def _consent_scope(f: PolicyFacts, c: Sentence) -> list[Sentence]:
    """The sentences whose data a consent sentence speaks of: itself; the items of the list it opens (as its intro,
    or ending in a colon); and, when it names no kind of sensitive data, what it refers back to (``_antecedent``)."""
    sentences = f.policy.sentences
    scope = [c]
    items = [x for x in sentences[c.index + 1:c.index + 1 + 40] if x.intro == c.index]
    if not items and c.text.rstrip().endswith((":", "：")):
        items = [x for x in sentences[c.index + 1:c.index + 3] if not x.heading and x.section == c.section]
    scope += items
    if not _kinds(c.text):
        scope += _antecedent(f, c)
    return scope


def _for_provision(f: PolicyFacts, c: Sentence, scope: list[Sentence]) -> bool:
    """``c`` asks consent to provide data to another handler ("before we give your ID number to the lending bank we
    ask your separate consent"): it speaks of that provision, so the kinds it reaches are covered for it only, not
    wherever the policy collects them. One that names the kinds itself ("you tick consent to the processing of your
    passport data, and apart from it consent to sending data abroad") asks for them as such."""
    if _kinds(c.text):
        return False
    if f.has("share_verb", c.index):
        return True
    referred = [x for x in scope if x.index < c.index]  # what it refers back to, not the list it opens
    return bool(referred) and all(f.has("share_verb", x.index) and not f.has("we_collect", x.index) for x in referred)


def _uncovered_sensitive(f: PolicyFacts, found: list[Sentence], kinds_of_consent: tuple[str, ...] = _SEPARATE_FACTS) -> list[Sentence]:
    """The sentences collecting sensitive personal information that no consent asked in the text covers (PIPL 29).

    One rule, as a lawyer reads a separate-consent sentence: it covers the kinds of data it names, wherever the policy
    collects them ("Heart-rate data are sensitive; we ask your separate consent" covers heart rate, not the GPS route
    collected beside it); one naming no kind covers what it refers back to (the data of its own paragraph or item, else
    of the paragraph, item or list right before it, never over another item or a heading), and the kinds named there;
    one opening a list covers the list; one about sensitive personal information as a class covers all. Kinds named
    in a consent sentence that also denies something are not taken as asked for. ``kinds_of_consent``: the consent facts that count —
    separate or explicit consent (PIPL 29); under GB/T 35273-2017 §5.5 also consent asked at the point of collection.
    A kind the law requires ("passport data go to the border service as the law requires") needs no consent (PIPL 13(3))."""
    consents = sorted({s.index: s for fact in kinds_of_consent for s in f.all_of(fact)}.values(), key=lambda s: s.index)
    covered_at: set[int] = set()
    covered: set[str] = set()
    # "如果涉及您的个人敏感信息，我们将单独向您取得授权": a promise under a supposition that sensitive data may be involved
    # asks nothing for the data the policy does collect (ca4p-0862's face features stay unasked)
    consents = [c for c in consents if not _SUPPOSED.search(c.text)]
    for c in consents:
        # "…with your explicit consent; we never obtain your bank card": a kind named in a denial is not asked for
        # (but "…单独征得您的明示同意，您不开通储值卡的，我们不会收集": what refusing leads to denies nothing)
        denies = f.denies_beyond_refusal(c)
        if not denies and _general(f, c):
            return []
        scope = _consent_scope(f, c)
        covered_at.update(x.index for x in scope)
        if _for_provision(f, c, scope):
            continue  # consent to give the data to another handler (PIPL 23) is no consent to collect them (PIPL 29)
        for x in scope:
            if x is not c or not denies:
                covered |= _kinds(x.text)
    for s in f.where("sensitive"):
        if f.has("legal_requirement", s.index) or f.has("pipl13_legal_duty", s.index):
            covered |= _kinds(s.text)
    # "Passport numbers and bank account details are sensitive. We collect them only because the AML Law requires
    # us to verify customers": the legal duty names its data by an anaphor, and takes the kinds of the sentence before
    # (lawmix15)
    for s in f.where("legal_requirement") + f.where("pipl13_legal_duty"):
        if s.index > 0 and not _kinds(s.text) and _LEGAL_ANAPHOR.search(s.text) and f.has("sensitive", s.index - 1):
            covered |= _kinds(f.policy.sentences[s.index - 1].text)
    # only sentences saying the data are collected, not a case of an exception list ("(b) public health")
    in_lists = {i.index for _, items, _ in f.exception_lists for i in items}
    out = []
    for s in found:
        # "we receive the order number and amount, not your bank card details": the kind set against what is
        # received is named as not collected (lawmix15)
        kinds = _kinds(_CONTRAST_NOT.sub(" ", s.text) if _CONTRAST_HINT.search(s.text) else s.text)
        if s.index in covered_at or s.index in in_lists or not (kinds or f.has("sensitive_strong", s.index)):
            continue
        if kinds and kinds <= covered:
            continue
        if (f.has("collect_verb", s.index) or (s.intro is not None and f.has("collect_verb", s.intro))
                or f.in_collection_section(s) or s.text.lstrip().startswith("|")):
            out.append(s)
    return out


# a contrastive negation after a list ("…, not your bank card details"; "…, pero no sus datos bancarios"; "…, а не
# реквизиты карты"): what follows it up to the clause end is named as not received
_CONTRAST_HINT = re.compile(r"(?:,|\bbut|\band|\bpero|\by|\bно|\bа)\s+(?:not|no|не)\b", re.IGNORECASE)
_CONTRAST_NOT = re.compile(r"(?:,\s*|\bbut\s+|\band\s+)not (?:your |the |any |their )?[^,.;()]{0,60}"
                           r"|(?:,\s*|\bpero\s+|\by\s+)no (?:sus |los |las |su |el |la |tus )[^,.;()]{0,60}"
                           r"|(?:,\s*|\bно\s+|\bа\s+)не (?:ваш\w* )?[^,.;()]{0,60}", re.IGNORECASE)


# the data a legal duty is about, named by a pronoun ("we collect them", "los recogemos", "собираем их", "onları")
_LEGAL_ANAPHOR = re.compile(r"(?i:\b(?:them|these|such (?:data|information))\b|\blos (?:recogemos|recopilamos|tratamos)\b|\b(?:их|эти сведения|эти данные)\b|\bonları\b)")


def _sensitive_only_denied(f: PolicyFacts, s: Sentence) -> bool:
    """The sentence names sensitive data only after a contrastive negation ("we receive the order number, not your
    bank card details"): nothing sensitive is received (lawmix15)."""
    if not _CONTRAST_HINT.search(s.text):
        return False
    rest = _CONTRAST_NOT.sub(" ", s.text)
    return not any(c.search(rest) for c in cues_for(f.policy.language).get("sensitive", ()))


def _safeguard_of_sensitivity(f: PolicyFacts, s: Sentence) -> bool:
    """A safeguard graded by sensitivity ("controls by the sensitivity of the data, masking sensitive data on
    display"): it names no kind of sensitive data and collects nothing, so it shows no sensitive data processed
    (one naming the kind, "we encrypt your ID number", still does)."""
    return (f.has("security_measure", s.index) and not f.has("sensitive_strong", s.index)
            and not f.has("we_collect", s.index))


def sensitive_pi_consent(f: PolicyFacts, *, edition_2017: bool = False, pipl_in_force: bool = True) -> Verdict:
    """PIPL 28-30: separate consent and a statement of necessity and impact for sensitive PI. GB/T 35273-2017
    §5.5 (in force before 2020-10-01) asks explicit consent for sensitive PI the policy marks as such; the
    statement of necessity and impact came with the 2020 edition (§5.4) and PIPL art. 30. Before PIPL the consent
    asked is the standard's explicit consent (2017 §5.5, 2020 §5.4 b)), which consent sought at the point of
    collection gives; separate consent is PIPL 29's."""
    found = _sensitive_processed(f, edition_2017=edition_2017)
    if not found:
        return verdict("not-applicable", "No sensitive personal information is described as processed.")
    # the sentence that says it is collected before one that says how it is protected ("we encrypt your card")
    found = sorted(found, key=lambda s: (f.has("security_measure", s.index), s.index))
    # the clause that asks the consent may name the data again in a section of its own ("Art. 4 we collect the ID
    # number ..." / "Art. 10 the ID number is sensitive; we ask your separate consent and explain why"): any
    # sentence naming sensitive data, not a definition, can carry the consent and the statement
    named_again = found + [s for s in f.where("sensitive") if s not in found and not f.negated(s)
                           and not f.has("definition", s.index) and not _protected_example(f, s)]
    separate = [s for s in named_again if f.near(s.index, "separate_consent", 2, 2) or f.near(s.index, "explicit_consent", 1, 1)]
    necessity = [s for s in named_again if f.near(s.index, "sensitive_necessity", 3, 3)]
    bypassed = _sensitive_consent_bypassed(f, named_again, edition_2017=edition_2017)
    if bypassed is not None:
        return bypassed
    # each kind collected must be covered by a consent asked for it (``_uncovered_sensitive``): one category asked
    # for separately does not cover another collected elsewhere; the sentence saying we collect it shows the point
    # better than one on what refusing it costs ("如您拒绝提供车辆位置信息，远程寻车功能将无法使用")
    # (before PIPL, GB/T 2020 §5.4 a) asks explicit consent, as 2017 §5.5 did: consent sought at the point of collection
    # serves; separate consent is PIPL 29's)
    unreached = _uncovered_sensitive(f, found, _CONSENT_FACTS if edition_2017 or not pipl_in_force else _SEPARATE_FACTS)
    unreached = sorted(unreached, key=lambda s: (f.has("separate_functions", s.index), not f.has("we_collect", s.index)))
    # before PIPL the standard's explicit consent is what is asked (GB/T 2020 §5.4 as 2017 §5.5); the statement of
    # necessity and impact is PIPL art. 30's
    # "我们可能将您的购药记录和健康信息提供给合作保险公司": sensitive data handed to another handler with no consent in the
    # clause or beside it, whatever consent their collection was asked (lawzh21): the provision is a processing of its own
    given = [s for s in named_again if not edition_2017 and _provided_without_consent(f, s)]
    if given and separate and (necessity or not pipl_in_force) and not unreached:  # (else judged below, as before)
        return verdict("contravention", "Sensitive personal information is provided to another party with no consent asked for it "
                       "(PIPL arts. 23 and 29), whatever consent its collection was given.", given[:1])
    if separate and (necessity or not pipl_in_force) and not unreached:
        # the sentence that asks for the separate consent shows the point, beside the one naming the data
        consent = _nearest_with(f, separate[0], ("separate_consent", "explicit_consent"), 2, 2)
        shown = [s for s in (separate[0], consent, *necessity[:1]) if s is not None]  # verdict() drops repeats
        said = ("with separate consent and a statement of its necessity and impact" if necessity
                else "with the explicit consent the standard asks before PIPL (GB/T 35273-"
                + ("2017 §5.5)" if edition_2017 else "2020 §5.4)"))
        return verdict("met", f"Sensitive personal information is processed {said}.", shown)
    met_2017 = _explicit_consent_2017(f, found, unreached) if edition_2017 else None
    if met_2017 is not None:
        return met_2017
    # "根据《网络招聘服务管理规定》的要求，求职者应当进行实名认证…身份证号码": every sensitive kind processed is one the
    # law requires, which needs no consent (PIPL 13(1)(3)); the requirement is its necessity
    # (a sentence naming only the kinds the law requires, "身份证号码属于敏感个人信息，仅用于海关清关", speaks of the same data)
    by_law = [s for s in found if f.has("legal_requirement", s.index) or f.has("pipl13_legal_duty", s.index)]
    law_kinds = set().union(*(_kinds(s.text) for s in by_law)) if by_law else set()
    all_by_law = (bool(found) and bool(by_law) and not unreached and not f.where("sensitive_by_policy")
                  and all(s in by_law or (_kinds(s.text) and _kinds(s.text) <= law_kinds) for s in found))
    # before PIPL, the standard's exceptions to consent (2017 §5.4, 2020 §5.6) include a duty a law or regulation sets:
    # sensitive data collected only as a rule requires ("as required by the anti-addiction rules") need no explicit
    # consent (lawmix17). Under PIPL the duty replaces the consent (13(1)(3)) but not the notice: PIPL 30's statement of
    # necessity and impact is still owed, and the dev gold's lawyer holds real-name data to it; met only with it
    if all_by_law and (not pipl_in_force or necessity):
        reason = ("The sensitive personal information processed is what the law requires, which needs no consent "
                  "(PIPL art. 13(1)(3)), and its necessity and impact are stated (PIPL art. 30)." if pipl_in_force else
                  "Sensitive personal information is collected only where a law or regulation requires it, an exception to "
                  "consent under the standard (GB/T 35273-2017 §5.4, 2020 §5.6).")
        return verdict("met", reason, by_law[:2] + ([necessity[0]] if pipl_in_force else []))
    missing = "separate consent and a statement of necessity and impact" if not separate and not necessity else (
        "a statement of necessity and impact" if not necessity else "separate consent")
    # the sentence putting sensitive PI under the policy's general acceptance shows the missing consent best;
    # then the sentences naming the most categories sensitive in any context (ID numbers, biometrics, bank
    # accounts, health), before location or browsing records
    # (a clause putting sensitive PI as such under the policy's acceptance, "您同意您的敏感个人信息按本政策处理", is
    # the missing separate consent whatever another clause asks for one feature: it leads the quotes either way)
    by_policy = _sensitive_by_policy(f, found, separate)
    # children's use standing for the sensitive data: consent to the child's data deemed from an act ("by enabling the
    # microphone you consent to our collection of your child's voice recordings") shows the missing consent (lawmix17)
    if not any(f.has("sensitive", s.index) for s in found):
        by_policy += [s for s in f.where("deemed_consent") if f.has("minors_mention", s.index) and not f.negated(s)
                      and s not in by_policy]
    # (a sentence that names the data itself before one that only refers back to it, "我们使用上述信息…": the
    # reference borrows the categories of every list before it, the antecedent shows which data it is)
    ranked = sorted(found, key=lambda s: (not _names_sensitive_itself(f, s), -_strength(f, s), s.index))
    if separate and necessity:  # asked for some kinds, not for those collected elsewhere
        # the kinds the consent does not reach show the point; those it reaches would read as the breach
        return verdict("contravention", "Sensitive personal information is collected where no separate consent asked in the text reaches it.",
                       by_policy + (unreached or ranked))
    return verdict("contravention", f"Sensitive personal information is processed without {missing}.", by_policy + ranked)


def _sensitive_processed(f: PolicyFacts, *, edition_2017: bool) -> list[Sentence]:
    """The sentences showing sensitive personal information processed (collected, not defined, protected or named
    as an example); failing those, after 2017, the use of the service by children under 14 (sensitive by PIPL 28)."""
    # a definition ("sensitive PI means ...") processes nothing, unless it says what we collect ("refers to
    # the location we collect by GPS when ...")
    found = [s for s in f.where("sensitive") if not f.negated(s) and not _protected_example(f, s)
             and not _coarse_location_only(f, s)
             and (not f.has("definition", s.index) or f.has("we_collect", s.index))
             and (f.has("collect_verb", s.index) or (s.intro is not None and f.has("collect_verb", s.intro))
                  or f.in_collection_section(s))
             and not _safeguard_of_sensitivity(f, s) and not _sensitive_only_denied(f, s)
             and not _withdrawal_way(f, s)]
    found += [s for s in f.where("sensitive") if s not in found and _collected_by_pronoun_next(f, s)]
    if not edition_2017:
        # (or a child's information taken under consent deemed from an act, "监护人提交即表示已同意我们处理儿童的个人信息")
        # (the children a service admits are sensitive data of their own beside any other kind it names)
        children = _children_under_14_use(f)
        if not children and not found:
            children = [s for s in f.where("child_data_collected") if f.has("deemed_consent", s.index) and not f.negated(s)]
        found += [s for s in children if s not in found]
    return found


def _collected_by_pronoun_next(f: PolicyFacts, s: Sentence) -> bool:
    """``s`` names sensitive data as such ("Dəqiq yer məlumatınız həssas şəxsi məlumatdır", "Your precise location is
    sensitive") and the next sentence of its paragraph collects them by a pronoun ("Onu yalnız ayrıca razılığınızla
    toplayırıq", "We collect it only when…", "Мы собираем их…"): the pair says the data are processed, as one
    sentence naming and collecting them would. A denial ("We never collect it") or a definition of the class
    processes nothing."""
    if (f.negated(s) or _protected_example(f, s) or _coarse_location_only(f, s) or f.has("definition", s.index)
            or s.heading or s.index + 1 >= len(f.policy.sentences)):
        return False
    nxt = f.policy.sentences[s.index + 1]
    return (not nxt.heading and _same_line(f, s, nxt) and f.has("collect_verb", nxt.index)
            and f.has("object_anaphora", nxt.index) and not f.negated(nxt))


def _withdrawal_way(f: PolicyFacts, s: Sentence) -> bool:
    """``s`` tells the person how to take back a permission ("您可以在授权管理中撤回对通讯录、位置等权限的授权"): it
    names the data as what he can stop, and collects nothing."""
    return f.has("right_withdraw", s.index) and f.has("user_can", s.index) and not f.has("we_collect", s.index)


def _sensitive_consent_bypassed(f: PolicyFacts, named_again: list[Sentence], *, edition_2017: bool) -> Verdict | None:
    """A contravention where sensitive data are put under consent deemed from an act or on the company's legitimate
    interest (no consent at all, whatever another clause asks); None otherwise."""
    # "by booking through WeChat the patient consents to the processing of his data, including health data": sensitive
    # data put under consent deemed from an act is processed without separate consent, whatever another clause asks
    # for other things (consent to treatment, to a feature)
    deemed_by_act = [s for s in f.where("sensitive") if f.has("deemed_consent", s.index) and not f.negated(s)]
    # "监护人提交即表示已同意我们处理儿童的个人信息": a child's information (sensitive under 14, PIPL 28) put under the
    # guardian's consent deemed from handing it over
    deemed_by_act += [s for s in f.where("child_data_collected") if f.has("deemed_consent", s.index) and not f.negated(s)
                      and s not in deemed_by_act]
    if deemed_by_act and not edition_2017:
        return verdict("contravention", "Sensitive personal information is covered by consent deemed from an act of the user, not by separate consent.",
                       deemed_by_act[:1])
    # "for driver GPS data Art. 6(1)(f) GDPR (our legitimate interest ...)": sensitive data put on the company's
    # legitimate interest are processed with no consent at all, whatever consent another kind is asked for
    on_interest = [s for s in named_again if not edition_2017 and not f.negated(s)
                   and (f.has("legit_interest_basis", s.index) or f.has("ground_legit_interest", s.index))]
    if on_interest:
        return verdict("contravention", "Sensitive personal information is processed on the company's legitimate interest, without the separate consent PIPL art. 29 requires.",
                       on_interest[:1])
    return None


# a provision made to carry out what the person ordered ("为向您配送…", "为您配药的合作药店", "为完成您的订单")
_FOR_YOUR_ORDER = re.compile(r"为(?:向)?(?:您|你)(?:配送|配药|办理|完成|履行|提供(?:您|你)?(?:购买|预订|选择)的)|为(?:完成|履行)(?:您|你)的(?:订单|预订|交易)")


def _provided_without_consent(f: PolicyFacts, s: Sentence) -> bool:
    """``s`` provides the data it names to a recipient that is no processor of ours, with no consent, legal duty or
    denial in it and no separate consent in the sentences beside it in its paragraph (the consent asked for collecting
    the data, in the paragraph before, does not reach their provision)."""
    # (a row of a table of SDKs or recipients notices a provision, the permission its function asks for governs it)
    if s.table_row or not ((f.has("share_verb", s.index) or f.has("disclose_verb", s.index)) and f.has("recipient", s.index)):
        return False
    # (nor one that serves the person's own order, "为向您配送处方药品，我们会将…提供给为您配药的合作药店": PIPL 13(1)(2))
    if (f.negated(s) or f.has("entrusted", s.index) or f.has("any_consent", s.index) or _FOR_YOUR_ORDER.search(s.text)
            or f.has("legal_requirement", s.index) or f.has("pipl13_legal_duty", s.index)):
        return False
    text, sentences = f.policy.text, f.policy.sentences
    beside = [x for x in sentences[max(0, s.index - 1):s.index + 2] if x is not s
              and "\n" not in text[min(x.end, s.end):max(x.start, s.start)]]
    return not any(f.has("separate_consent", x.index) for x in beside)


def _sensitive_by_policy(f: PolicyFacts, found: list[Sentence], separate: list[Sentence]) -> list[Sentence]:
    """The clauses putting sensitive data under the policy's general acceptance or consent deemed from use: they
    show the missing separate consent best, so they lead the quotes."""
    by_policy = [s for s in f.where("sensitive_by_policy") if not f.negated(s)]
    # "…以上信息属于敏感信息，我们收集上述信息是为了…；您使用本应用，即意味着您授权我们收集您的这些信息": consent
    # deemed from use, for the sensitive data named before it in the same section ("上述信息" reaches back over the
    # paragraph the section heading opens, not into another section)
    named = {s.index for s in found}
    sentences = f.policy.sentences
    by_policy += [s for s in f.all_of("deemed_consent", "data_anaphora") if s.index not in named and s not in by_policy
                  and not f.negated(s)
                  and any(i in named and sentences[i].section == s.section for i in range(max(0, s.index - 4), s.index))
                  and (not separate or _after_unasked(f, s, named))]
    # "When you use Face Swap, we create face geometry data … By using Face Swap you consent to this processing.": consent
    # deemed from use, further on in the paragraph that names the data, is the consent given for them
    by_policy += [c for s in found if f.has("sensitive_strong", s.index) for c in f.policy.continuation(s.index, 2)
                  if f.has("deemed_consent", c.index) and not f.negated(c) and c not in by_policy] if not separate else []
    # "监护人绑定手表即视为同意我们按照本政策处理儿童的个人信息": a child's data (sensitive, PIPL 28 / GB/T 2020) put under a
    # guardian's consent deemed from an act of use: the consent the children's data get is the one missing
    # (not a user warranting a guardian's consent for content he posts: "一经发布，即视为您已取得监护人同意")
    by_policy += [s for s in f.where("guardian_consent") if f.has("deemed_consent", s.index) and f.has("minors_mention", s.index)
                  and not f.has("warranted_consent", s.index) and not f.negated(s) and s not in by_policy] if not separate else []
    # "监护人绑定手表即视为同意我们按照本政策处理儿童的个人信息" / "if you upload it, you are deemed to agree that we
    # collect the minor's information": consent deemed from an act for children's personal information (sensitive under
    # PIPL art. 28 below 14) is the missing separate consent itself, wherever the sensitive kinds are listed
    by_policy += [s for s in f.all_of("deemed_consent", "minors_mention") if s not in by_policy and not f.negated(s)
                  and (f.has("pi_word", s.index) or f.has("data_word", s.index)) and not f.has("guardian_weak", s.index)
                  and not f.has("warranted_consent", s.index)]
    return by_policy


def _after_unasked(f: PolicyFacts, s, named: set[int]) -> bool:
    """A deemed consent to "the above information" (``s``) reaching back to sensitive data named just before it in
    its section that no separate consent near them covers ("预订民宿：姓名、身份证号码…" / "您提交订单即视为您同意…"),
    though the policy asks separately for some other kind elsewhere."""
    sentences = f.policy.sentences
    return any(i in named and sentences[i].section == s.section and not f.near(i, "separate_consent", 2, 2)
               for i in range(max(0, s.index - 4), s.index))


def _explicit_consent_2017(f: PolicyFacts, found: list[Sentence], unreached: list[Sentence]) -> Verdict | None:
    """GB/T 35273-2017 §5.5 met, or None: explicit consent asked for the data the policy marks sensitive ("经您授权后，
    我行将采集您的声纹信息" beside "上述信息属于敏感信息"), none deemed by use or by accepting the policy, and no identity
    number, biometric or bank account collected where no consent asked reaches it (``unreached``)."""
    def asks(s) -> bool:  # consent asked in the sentence that collects the data
        return any(f.has(c, s.index) for c in ("seek_consent", "explicit_consent", "separate_consent"))

    asked = [s for s in found if asks(s) and not (f.has("deemed_consent", s.index) or f.has("sensitive_by_policy", s.index)
                                               or f.has("share_verb", s.index))]
    deemed = [s for s in f.where("sensitive_by_policy") if not f.negated(s)]
    marked = [s for s in f.where("sensitive_marked") if not f.has("definition", s.index)]
    if asked and marked and not deemed and not unreached:
        return verdict("met", "Explicit consent is asked for the personal information the policy marks as sensitive (GB/T 35273-2017 §5.5; the necessity and impact statement came with the 2020 edition).", asked[:1] + marked[:1])
    return None


def _protected_example(f: PolicyFacts, s) -> bool:
    """"We encrypt the data exchanged between your browser and our servers (such as credit card details)
    with SSL": a sensitive kind named only as an example of what a security measure protects says how data
    are kept, not that this kind is collected."""
    if not f.has("security_measure", s.index) or ("（" not in s.text and "(" not in s.text):
        return False
    text = f.text_of(s)
    bare = PolicyFacts._EXAMPLE.sub("", text)
    return bare != text and not any(c.search(bare) for c in cues_for(f.policy.language).get("sensitive", ()))


def _affirmed_after_only(f: PolicyFacts, s) -> bool:
    """"We do not share your identity with partners, we only give them profiles to target ads": the denial
    covers the first clause; the clause after "only" states what is done, and it profiles."""
    if not f.has("only_affirms", s.index):
        return False
    cues = cues_for(f.policy.language)
    text = f.text_of(s)
    for c in cues.get("only_affirms", ()):
        m = c.search(text)
        if m:
            tail = text[m.end():]
            return any(p.search(tail) for p in cues.get("profiling", ()))
    return False


def _names_sensitive_itself(f: PolicyFacts, s) -> bool:
    """The sentence's own words name sensitive data (not only a reference back to data named before it)."""
    return any(c.search(s.text) for c in cues_for(f.policy.language).get("sensitive", ()))


def _strength(f: PolicyFacts, s) -> int:
    """How many categories sensitive in any context a sentence names (0 when none)."""
    if not f.has("sensitive_strong", s.index):
        return 0
    text = f.text_of(s)
    return sum(1 for c in cues_for(f.policy.language).get("sensitive_strong", ()) if c.search(text))


# the title of a privacy guide written for children's data and their parents
_CHILD_GUIDE = re.compile(r"儿童(?:隐私|个人信息)(?:保护)?(?:指引|政策|规则|声明)|[Cc]hildren.s (?:[Pp]rivacy|[Pp]ersonal [Ii]nformation) (?:[Pp]olicy|[Nn]otice|[Gg]uide)")


# the dedicated rules PIPL 31 para 2 asks for, named in running text ("Our Children's Personal Information Protection
# Rules are available at ..."): rules of their own for children's data, whatever the guardian sentence asks of the child
_CHILD_RULES = re.compile(r"儿童(?:隐私|个人信息)(?:保护)?(?:指引|政策|规则|声明)|[Cc]hildren.s (?:[Pp]rivacy|[Pp]ersonal [Ii]nformation)(?: [Pp]rotection)? "
                          r"(?:[Pp]olicy|[Nn]otice|[Gg]uide\w*|[Rr]ules)|(?:Правила|Политика) (?:защиты|конфиденциальности|обработки) "
                          r"(?:персональн\w+ (?:данных|информации) )?детей|[Pp]olítica de [Pp]rivacidad (?:[Ii]nfantil|de (?:los )?[Mm]enores)"
                          r"|Uşaqların şəxsi məlumatlarının qorunması (?:qaydaları|siyasəti)")


_GENERAL_PART = 20  # sentences of a general policy before the children's guide; a guide with a short preamble is the whole text


def _childrens_guide_titles(f: PolicyFacts) -> list[Sentence]:
    """The titles of children's guides in the text. Only a title on a line of its own opens a guide; a mention of
    the guide in running text does not."""
    return [t for t in f.policy.sentences if t.heading and _CHILD_GUIDE.search(t.text)]


def childrens_guide_start(f: PolicyFacts) -> int | None:
    """The index of the title of a children's guide appended to a general policy ("《行星游戏儿童隐私保护指引》" after the
    policy for all users), or None when there is none or the guide is the whole text."""
    titles = _childrens_guide_titles(f)
    if not titles:
        return None
    general = [s for s in f.policy.sentences[:titles[0].index] if not s.heading]
    return titles[0].index if len(general) >= _GENERAL_PART else None


def _childrens_guide_consent(f: PolicyFacts) -> list:
    """Under the title of a dedicated children's guide, the sentences that seek consent (not deemed) from the reader,
    who is the parent there."""
    sentences = f.policy.sentences
    out = []
    for t in _childrens_guide_titles(f):
        for s in sentences[t.index + 1: t.index + 16]:
            if (not s.heading and f.has("seek_consent", s.index) and not f.has("deemed_consent", s.index)
                    and not f.negated(s)):
                out.append(s)
                break
    return out


# "Kids Mode collects no viewing data": the determiner "no" negates the collection as "does not collect" would (lawmix16)
_COLLECTS_NO = re.compile(r"\b(?:collects?|records?|stores?|gathers?) no\b", re.IGNORECASE)


# the service refused to children under 14 ("不接受未满14周岁的儿童入会", "未满十四周岁的，不得注册", "we do not accept
# members under 14"), with no "alone" that would let them in with a guardian
_UNDER14_REFUSED = re.compile(r"(?:不接受|不允许|不予|谢绝|拒绝)[^。，；]{0,4}未满(?:14|十四)周?岁|未满(?:14|十四)周?岁[^。；]{0,12}"
                              r"(?:不得|不能|不可|不予|无法)(?:注册|入会|使用|办理|开通|购买)|(?i:\b(?:do|will) not (?:accept|admit|allow|register)"
                              r"[^.;]{0,30}(?:under|younger than|below) (?:the age of )?(?:14|fourteen)\b)")


# an age limit on one function ("未满16周岁的用户不得使用抽盒功能", "users under 16 may not use the chat feature"): the rest
# of the service stays open to them
# a minimum age set for those who may use or apply ("须年满14周岁", "必须年满十六周岁方可注册")
_AGE_FLOOR = re.compile(r"(?:须|必须|应当?|需)(?:年满|已满)(?:1[4-9]|[2-9]\d|十[四五六七八九]|二十)周?岁")
_ONE_FUNCTION = re.compile(r"(?:不得|不能|不可|请勿|无法)(?:使用|开通)[^。，；]{1,10}功能|(?i:\bmay not use (?:the|our) [\w -]{1,20}\b(?:feature|function))")


def minors(f: PolicyFacts) -> Verdict:
    """PIPL 31: guardian consent and dedicated rules for children under 14."""
    adult = [s for s in f.where("adult_only") if not _ONE_FUNCTION.search(s.text)]
    # "on minors' data, please read our group policy" leaves the topic to another text
    mentions = [s for s in f.where("minors_mention") if not _only_in_links(f, s)
                and not (f.has("refers_elsewhere", s.index) and not f.has("guardian_consent", s.index))]
    # an age limit for one role ("主卡申请人须年满18周岁") does not keep children out when the text collects their data
    # elsewhere ("为年满13周岁的子女申请附属卡，需提供子女的姓名…") or excepts a case from its denial ("除附属卡外，不会收集未成年人…")
    children_in = [s for s in f.where("child_data_collected") if f.has("collect_verb", s.index) and not f.negated(s)]
    excepted = [s for s in f.where("minors_mention") if f.has("negation", s.index) and f.has("collect_verb", s.index)
                and (f.has("exception_marker", s.index) or _EXCEPT_CASE.search(s.text))]
    if adult and not f.where("guardian_consent") and not (children_in or excepted):
        return verdict("not-applicable", "The service is restricted to adults, so it is not offered to children under 14.", adult[:1])
    if adult and not f.where("guardian_consent"):
        return verdict("contravention", "The service is said to be for adults, yet children's personal information is collected, "
                       "with no guardian consent or dedicated rules.", children_in[:2] + excepted[:1])
    if f.where("business_only") and not mentions:
        return verdict("not-applicable", "The service is offered to businesses, not to individuals who may be children.")
    # "信用卡申请人须年满18周岁。附属卡申请人须年满14周岁": every applicant the text admits is 14 or older, so no child under
    # 14 reaches the service (lawzh21); not when children's data are collected elsewhere
    floors = [s for s in f.policy.sentences if not s.heading and _AGE_FLOOR.search(s.text)
              and all(int(a or b) > 14 for a, b in _ages(s.text) if (a or b))]  # (no lower age beside it)
    if floors and not mentions and not children_in:
        return verdict("met", "Only persons of 14 or older may use or apply for the service, so no child under 14 is admitted.", floors[-1:])
    if not mentions:
        if f.where("consumer_service"):
            return verdict("omission", "A service open to individuals says nothing about children under 14, guardian consent or dedicated rules.")
        return verdict("review", "Nothing is said about children, and the text does not show whether the service is open to individuals who may be minors.")
    low = _low_age_threshold(f, mentions)
    if low is not None:
        return low
    no_collection = [s for s in mentions if (f.has("negation", s.index) or _COLLECTS_NO.search(s.text)) and f.has("collect_verb", s.index)
                     and not f.has("service_denial", s.index)
                     and not f.has("exception_marker", s.index)]
    deemed = _deemed_guardian_consent(f, mentions)
    if deemed is not None:
        return deemed
    guardian = _guardian_consent_obtained(f)
    # a remedy ("if we find we collected it without the parents' consent, we delete it") asks nothing of anyone
    weak = [s for s in f.where("guardian_weak") if not _guardian_must(f, s) and not f.has("guardian_case", s.index)]
    rules = [s for s in mentions if _CHILD_RULES.search(s.text) and not f.negated(s)]
    if weak and not guardian and rules:
        return verdict("met", "Dedicated rules for children's personal information are named, beside guardian involvement.", rules[:1] + weak[:1])
    # "未满18周岁的须在监护人陪同下办理；我们不接受未满14周岁的儿童入会": children under 14 are refused the service
    # itself, so PIPL 31 has no data of theirs to govern; the guardian asked of 14-17-year-olds is beyond it
    # (not "不得单独注册", registering alone, which lets them register with a guardian)
    refused = [s for s in mentions if _UNDER14_REFUSED.search(s.text) and not f.has("exception_marker", s.index)]
    if weak and not guardian and refused and not f.where("child_data_collected"):
        return verdict("met", "Children under 14 are refused the service; guardian involvement is asked of older minors.", refused[:1] + weak[:1])
    if weak and not guardian:
        # "we do not knowingly collect from children under 13" beside it sets the age below which the handler itself
        # holds back: children of 13 are left to the request made of them (lawmix15)
        under = [s for s in no_collection if any(10 <= int(a or b) < 14 for a, b in _ages(s.text) if (a or b))]
        # "我们不会主动收集儿童的个人信息" with no lower age: the handler holds back from every child under 14, so the
        # guardian asked of a child who uses the service anyway governs no data the policy collects (unless it does)
        if no_collection and not under and not children_in:
            return verdict("met", "The policy states that it does not collect children's personal information; a child who "
                           "uses the service anyway is asked to do so with a guardian's consent.", no_collection[:1] + weak[:1])
        return verdict("contravention", "Guardian involvement is only asked of the child (read with, or get, a guardian's consent); the handler does not obtain guardian consent itself.", weak + under)
    # "we collect the infant's age and health" elsewhere belies "we collect no minors' information": the denial does
    # not stand, and nothing asks a guardian's consent or sets rules for the children's data collected
    belied = [s for s in f.where("child_data_collected") if f.has("collect_verb", s.index) and not f.negated(s)]
    if no_collection and not guardian and belied:
        return verdict("contravention", "The policy denies collecting minors' information yet collects children's information "
                       "elsewhere, with no guardian consent or dedicated rules.", belied[:2] + no_collection[:1])
    if no_collection and not guardian:
        return verdict("met", "The policy states that it does not collect personal information from minors.", no_collection[:2])
    if guardian:
        return verdict("met", "Personal information of children is processed only with a guardian's consent.", guardian[:2])
    # "our services are not directed at children under 14; if we learn we collected a child's data, we delete
    # it": the service is not offered to them and what reaches it is removed (the threshold is checked above)
    removal = f.where("minors_removal")
    if removal and f.where("not_for_children"):
        return verdict("met", "The service is not offered to children under 14, and their personal information is deleted when found.", removal[:1] + f.where("not_for_children")[:1])
    # "Сервис не предназначен для детей" (an elder-care watch): a service said not meant for children at all, or for
    # none under an age above 14 ("не предназначено для детей младше 16 лет"), that collects nothing of theirs is not
    # offered to them (lawmix21)
    not_for = f.where("not_for_children")
    if (not_for and all(s in not_for and all(int(a or b) > 14 for a, b in _ages(s.text) if (a or b))
                        and not f.has("exception_marker", s.index)
                        and not _BUT_CLAUSE.search(s.text) for s in mentions)
            and not f.where("child_data_collected")):
        return verdict("not-applicable", "The service is said not to be meant for children, and collects nothing of theirs.", not_for[:1])
    # the sentence that sets an age ("未满16周岁的用户不得使用抽盒功能") shows what the policy does about minors better than a
    # general statement of care ("我们非常重视未成年人的保护")
    aged = [s for s in mentions if any(a or b for a, b in _ages(s.text))]
    return verdict("omission", "Children are mentioned but no guardian consent or dedicated rules are stated.", (aged or mentions)[:1])


# a clause that takes part of a denial back ("…不面向未成年人，但青少年模式除外", "…, except …", "…, но …")
_BUT_CLAUSE = re.compile(r"[，,；;]\s*(?:但|但是|除)|\b(?:except|but|unless|excepto|salvo|pero|кроме|но|за исключением|istisna|lakin|amma)\b",
                         re.IGNORECASE)


# "除附属卡外，…不会收集未成年人的个人信息": a case excepted from a denial by "除…外" (not "除此之外" nor "除本政策所述目的外",
# which refer back to what the text already allows)
_EXCEPT_CASE = re.compile(r"除(?!此|本政策|上述|前述|以上)[^。，；]{1,20}外[，,]")


def _low_age_threshold(f: PolicyFacts, mentions: list[Sentence]) -> Verdict | None:
    """A contravention where the policy's own age threshold for children is below 14 (PIPL 31); None otherwise."""
    # an age for selling or sharing ("we do not sell data of consumers under 16", CCPA) is no threshold for
    # collecting children's data or for guardian consent
    def sale_age_only(s) -> bool:
        return (f.has("share_verb", s.index) or f.has("list_is_sharing", s.index)) and not (
            f.has("collect_verb", s.index) or f.has("guardian_consent", s.index))

    thresholds = sorted({int(a or b) for s in mentions if not sale_age_only(s)
                         for a, b in _ages(s.text) if (a or b) and 10 <= int(a or b) <= 18})
    if thresholds and max(thresholds) < 14:
        # every sentence that sets the low age, also one that names no "child" ("we do not knowingly collect
        # information from persons under 13"), the rule on collection first, then remedies and notices
        low = [s for s in f.policy.sentences if not s.heading and (s in mentions or f.has("data_word", s.index))
               and any(10 <= int(a or b) < 14 for a, b in _ages(s.text) if (a or b))]
        low.sort(key=lambda s: not f.has("collect_verb", s.index))
        return verdict("contravention", f"The policy sets an age threshold of {max(thresholds)} instead of 14 for guardian consent.", low)
    return None


def _deemed_guardian_consent(f: PolicyFacts, mentions: list[Sentence]) -> Verdict | None:
    """A contravention where consent for a child's data is deemed from use or posting rather than obtained from a
    guardian; None otherwise."""
    # a user warranting the guardian's consent for content about someone else's child deems no consent of this child's guardian
    deemed = [s for s in f.where("guardian_consent") if f.has("deemed_consent", s.index) and not f.has("warranted_consent", s.index)] + presumed_guardian_consent(f)
    if deemed:
        return verdict("contravention", "A guardian's consent is deemed given by the child's use of the service, not obtained.", deemed)
    # "once posted, the user is deemed to agree that we display the minor's information, portrait and voice": consent to
    # children's data deemed from posting, asked of no guardian
    # (not when the user addressed is the guardian: "您向我们提供您所监护的儿童个人信息时，即视为您同意…")
    deemed_use = [s for s in mentions if f.has("deemed_consent", s.index) and not f.has("guardian_consent", s.index)
                  and not f.has("warranted_consent", s.index) and not f.negated(s) and not _GUARDIAN_USER.search(s.text)]
    if deemed_use:
        return verdict("contravention", "Consent to processing children's information is deemed given by posting or use, not obtained from a guardian.", deemed_use)
    return None


def _guardian_consent_obtained(f: PolicyFacts) -> list[Sentence]:
    """The sentences in which the handler itself obtains a guardian's consent as a rule for children's data
    (not a case of sharing, a remedy or a mere suggestion), else the consent a dedicated children's guide seeks."""
    # guardian consent the handler obtains, not a case ("where collected with a parent's consent ...") or a
    # remedy ("if we learn we collected without it, we delete")
    # a guardian authorising a disclosure is a case of sharing, not a rule for children's data
    cases = {x.index for intro, items, kind in f.exception_lists if kind != "collection" for x in items
             if not f.has("minors_mention", x.index)}
    # "we only use or disclose it with a parent's consent" rules the use of what was collected, not the collecting
    guardian = [s for s in f.where("guardian_consent") if (not f.has("guardian_case", s.index) or f.has("guardian_rule", s.index))
                and s.index not in cases and (not f.has("guardian_weak", s.index) or _guardian_must(f, s))
                and not (f.has("guardian_use_only", s.index) and not f.has("collect_verb", s.index)
                         and not f.has("guardian_rule", s.index))]  # a clause of its own may rule the processing
    # a dedicated children's guide ("《儿童隐私保护指引》") addresses the parent as "you": the consent it seeks there
    # ("我们会通过页面提示…向您说明儿童个人信息收集等情况，并征得您的同意") is the guardian's, and the guide is the dedicated rules
    if not guardian:
        guardian = _childrens_guide_consent(f)
    return guardian


def _guardian_must(f: PolicyFacts, s: Sentence) -> bool:
    """Guardian consent required of the child ("应事先取得"), not merely suggested ("建议")."""
    return f.has("guardian_must", s.index) and not f.has("guardian_suggest", s.index)


# the person addressed is the child's guardian ("您所监护的儿童", "作为孩子的监护人")
_GUARDIAN_USER = re.compile(r"(?:您|你)(?:所)?监护的|作为(?:孩子的|其|儿童的)?(?:监护人|父母|家长)")
_LABEL = re.compile(r"^[^，,。.；;]{0,16}[：:][^，,。；;]{0,40}[。.]?$")
_LINK = re.compile(r"\(?https?://[^\s)）]*\)?|www\.[^\s)）]*")


def _only_in_links(f: PolicyFacts, s) -> bool:
    """A minors word only inside a web address ("…/minor/index.html") mentions no minors."""
    if "http" not in s.text and "www." not in s.text:
        return False
    bare = _LINK.sub(" ", s.text)
    return not any(c.search(bare) for c in cues_for(f.policy.language).get("minors_mention", ()))


def presumed_guardian_consent(f: PolicyFacts) -> list:
    """A guardian's consent presumed rather than obtained: "if you register, we assume you have your
    guardian's consent" right after the rule asking for it (same section, within two sentences)."""
    out = []
    for s in f.where("presumed_consent"):
        if f.has("warranted_consent", s.index):
            continue  # "posting it, you are deemed to have the guardian's consent" warrants another child's guardian
        before = [x for x in f.policy.window(s.index, 2, 0) if x.section == s.section]
        if any(f.has("guardian_consent", x.index) or f.has("minors_mention", x.index) for x in before):
            out.append(s)
    return out


_AD_COMPOUND = re.compile(r"广告(?:推荐|推送|展示)")


def _personalisation_kinds(f: PolicyFacts, s: Sentence) -> set[str]:
    """What a sentence personalises: advertising ("ads"), content or recommendation ("content"), or both when it
    names neither (personalisation in general). A switch reaches only the kinds its own sentence names. A decision
    made from a score ("the driving score sets the premium") is a kind of its own ("decision"): a switch for
    recommendations does not let the person refuse it (PIPL 24 para 3)."""
    if f.has("auto_decision", s.index) or f.has("auto_decision_refusal", s.index):
        return {"decision"}
    found_kinds = {k for k, fact in (("ads", "ads_word"), ("content", "content_word")) if f.has(fact, s.index)}
    # "关闭程序化广告推荐": recommending ads is advertising; "推荐" there names no content (only where no other
    # content word is left once the ad compound is set aside)
    if found_kinds == {"ads", "content"} and _AD_COMPOUND.search(s.text):
        rest = _AD_COMPOUND.sub("广告", s.text)
        if not any(c.search(rest) for c in cues_for(f.policy.language).get("content_word", ())):
            found_kinds = {"ads"}
    return found_kinds or {"ads", "content"}


def _switched_off(f: PolicyFacts, s: Sentence) -> bool:
    """The sentence says the personalisation is switched off (a state: "in the children's profile, ads and personalised
    recommendations are disabled", "В детском профиле отключены …"), so it describes none; a person's own switch
    ("you can turn it off") is an opt-out, read elsewhere."""
    return (f.has("personalisation_off", s.index) and not f.has("user_can", s.index)
            and not f.has("profiling_optout", s.index))


def automated_decision(f: PolicyFacts, *, edition_2017: bool = False) -> Verdict:
    """PIPL 24 / GB/T 2020 §7.5: profiling or personalised recommendation comes with a way to decline it.
    The 2017 edition (§7.10) asks only for a way to complain about automated decisions that significantly
    affect the person; it says nothing about personalised display."""
    found = [s for s in f.where("profiling") if (not f.negated(s) or _affirmed_after_only(f, s)) and not _switched_off(f, s)]
    # habits analysed to push products, and decisions made from a score, are profiling too
    found += [s for s in f.where("profiling_habits") + f.where("auto_decision") if s not in found and not f.negated(s)
              and not _switched_off(f, s)]
    found.sort(key=lambda s: s.index)
    # "productos recomendados según su historial": recommendations drawn from the person's own history are
    # personalised, whatever they are called; read only where nothing else names the personalisation, so that a
    # list line mentioning them does not stand for the personalisation a later section describes and lets be declined
    if not found:
        found = [s for s in f.where("history_recommendation") if not f.negated(s)]
    if edition_2017:
        remedy = f.where("auto_decision_remedy")
        if remedy:
            return verdict("met", "A way to ask about or contest decisions made by automated means is given (GB/T 35273-2017 §7.10).", remedy[:2])
        # a score of the person that decides what he pays or may do ("the rating determines the deposit he must keep")
        # is the automated decision of significant effect §7.10 names: with no way to complain, a deviation (lawmix17)
        decided = [s for s in found if f.has("auto_decision", s.index)]
        if decided:
            return verdict("contravention", "Decisions about the person are made by automated means (a score or rating) with no way to complain about them (GB/T 35273-2017 §7.10).", decided[:2])
        if found:
            return verdict("review", "Personalisation is described; the 2017 edition asks for a remedy only against automated decisions that significantly affect the person, which the text does not show either way.", found[:1])
        return verdict("not-applicable", "No automated decision-making is described.")
    if not found:
        return verdict("not-applicable", "No profiling, personalised recommendation or targeted advertising is described.")
    # refusing cookies in the browser switches off much more and is no choice about personalisation itself
    # nor is a switch offered only "depending on the product"
    # "Personalised recommendations cannot be turned off" names the switch only to deny it: no opt-out, and it shows
    # the point of the contravention
    denied = [s for s in f.where("optout_denied") if f.near(s.index, "profiling", 2, 0)]
    opt_out = [s for s in f.where("profiling_optout") if not f.has("cookie_refusal", s.index) and not f.has("hedged", s.index)
               and not f.has("optout_denied", s.index)]
    # the right to an explanation or to refuse a decision made solely by automated means answers a decision (PIPL 24
    # para 3) as a switch answers a recommendation
    opt_out += [s for s in f.where("auto_decision_refusal") if s not in opt_out and not f.has("hedged", s.index)
                and not f.negated(s)]
    # "...personalised recommendations; you can turn them off in Settings": the pronoun points back at the
    # personalisation just described, split off at the semicolon
    # (the anaphor reaches back to the personalisation found in the sentence before, whatever fact named it: "Usamos
    # sus hábitos para recomendarle accesorios; puede desactivar estas recomendaciones" — lawmix12)
    opt_out += [s for s in f.where("optout_anaphoric") if s not in opt_out
                and (f.near(s.index, "profiling", 1, 0) or any(s.index - 1 <= x.index <= s.index for x in found))
                and not f.has("cookie_refusal", s.index) and not f.has("hedged", s.index) and not f.has("optout_denied", s.index)]

    # an advertising switch does not reach personalised content or recommendation, and the reverse
    covered = set().union(*(_personalisation_kinds(f, s) for s in opt_out)) if opt_out else set()
    # a switch named by an anaphor ("desactivar estas recomendaciones") reaches what its antecedent personalises
    anaphoric = {s.index for s in opt_out if f.has("optout_anaphoric", s.index)}
    covered |= set().union(set(), *(_personalisation_kinds(f, x) for x in found if x.index + 1 in anaphoric))
    uncovered = [s for s in found if s not in opt_out and _personalisation_kinds(f, s) - covered]
    if opt_out and not uncovered:
        return verdict("met", "Personalised recommendation or advertising can be switched off.", opt_out[:2])
    if opt_out:
        return verdict("contravention", "Only part of the personalisation can be declined: an option covers advertising or content, not both.", uncovered + opt_out[:1])
    # a sentence saying what we do shows it better than a label line ("业务功能二：产品展示、个性化推荐")
    found = sorted(found, key=lambda s: bool(_LABEL.match(s.text)))
    return verdict("contravention", "Profiling or personalised recommendation is described with no option to decline it.",
                   found + [s for s in denied if s not in found])
