"""CONTACT statements: the publisher's e-mail addresses and phone numbers, as written.

E-mail addresses are language-independent; placeholder addresses (name@example.com) are skipped.
Phone numbers are only taken when written in international form (+86 ..., 0086 ...), as a
Chinese 400/800 hotline, in a national format distinctive enough on its own (``contacts.national``:
"010-85556666", "8 (495) 123-45-67"), or next to a phone cue word of the document's language ("电话",
"telefon", "телефон", ...), so dates, registration numbers and postcodes are not mistaken for phones.
Every candidate must then be a valid number for libphonenumber (``phonenumbers``), read in the
document's regions (``contacts.default_region``: CN for Chinese, RU for Russian, ...; international
numbers need none); its E.164 form is the key, so "+86 150 …" and "150 …" are one number, and QQ
numbers, registration and filing numbers (not_phone_cue) or digit runs no plan allows are dropped.
The number is kept as written, with its E.164 form as ``phone_e164``.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

import phonenumbers
from phonenumbers import shortnumberinfo

from policykg.ingest.extract import ExtractionContext
from policykg.ingest.extract.fact_cues import Cues, cues_for
from policykg.ingest.extract.fact_spans import evidence_span
from policykg.ingest.model import Statement, StatementKind
from policykg.ingest.vocabulary import _matches_at  # finditer's walk over the places a match can start

# "_name@x.cn_" (markdown italics) is the address name@x.cn: an underscore before the first letter is a mark
EMAIL = re.compile(r"(?<![A-Za-z0-9.%+-])[A-Za-z0-9][A-Za-z0-9._%+-]*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,24}(?![A-Za-z0-9-])")
# "(+994 12) 404 00 00": the country code may sit inside the area code's parenthesis
# Each pattern scanned over a whole document opens with a lookahead for the characters a match can begin with:
# implied by the pattern (no match is added or lost), it lets the engine pass most positions before it
# evaluates the lookbehind (PHONE: 0.13 -> 0.06 CPU-s over 300 synthetic policies).
# Chinese text writes the area code's parenthesis full-width: "（0571）8765 4321"
PHONE = re.compile(r"(?=[(（+\d])(?<![A-Za-z0-9+(（])[(（]?(?:\+|00)?[(（]?\d[\d\s().\-/（）]{5,22}\d(?![A-Za-z0-9@])")  # not a mail box "12345@qq.com"
HOTLINE = re.compile(r"^[48]00[\s-]?\d{3}[\s-]?\d{4}$")
# a five-digit run standing alone: a service number candidate ("95588"), never part of a longer number or word
SHORT_NUMBER = re.compile(r"(?=\d)(?<![A-Za-z0-9_.@+\-/])\d{5}(?![A-Za-z0-9_.@\-/]|\s*(?:年|元|人|个|次|份|条|天|日|号))")
DATE_LIKE = re.compile(r"^(?:19|20)\d{2}[\s./-]\d{1,2}[\s./-]\d{1,2}$|^\d{1,2}[\s./-]\d{1,2}[\s./-](?:19|20)\d{2}$")
CUE_WINDOW = 40
# an address written against harvesters: "privacy[at]glu.com", "info (at) x (dot) cn"; only bracketed
# "at"/"dot" count (a bare "at" is ordinary English: "contact us at support")
OBFUSCATED_EMAIL = re.compile(
    r"(?<![A-Za-z0-9.%+-])([A-Za-z0-9][A-Za-z0-9._%+-]*)\s?[\[({]\s?at\s?[\])}]\s?"
    r"((?:[A-Za-z0-9-]+(?:\.|\s?[\[({]\s?dot\s?[\])}]\s?))+[A-Za-z]{2,24})(?![A-Za-z0-9-])",
    re.IGNORECASE,
)
_DOT = re.compile(r"\s?[\[({]\s?dot\s?[\])}]\s?", re.IGNORECASE)
FIELD_SEPARATOR = re.compile(r"[【】|，,；;。\n]|\d+")  # a field ends at punctuation or at a number before it


def extract(context: ExtractionContext) -> Iterator[Statement]:
    """Yield one CONTACT statement per distinct e-mail address and phone number."""
    cues = cues_for(context.language)
    text = context.document.text
    seen: set[str] = set()
    escalations = _escalations(cues, text)
    own_domains: set[str] = set()
    for match in _emails(text):
        if _in_link_target(text, match.start()):
            continue  # "[write to a@x.cn](mailto:b@x.cn)": the address shown is the one the text gives
        email = match.group(0).rstrip(".")
        key = email.lower()
        if key in seen or _is_example(cues, key):
            continue
        domain = key.rsplit("@", 1)[1]
        if escalations and own_domains and domain not in own_domains and _after_escalation(escalations, match.start()):
            continue  # "If your concern is not resolved, contact the seal programme at x@seal.org": not ours
        own_domains.add(domain)
        seen.add(key)
        yield _statement(context, match.start(), match.start() + len(email), {"email": email})
    if "at]" in text or "at)" in text or "at}" in text or "AT]" in text or "AT)" in text:
        for match in OBFUSCATED_EMAIL.finditer(text):
            email = f"{match.group(1)}@{_DOT.sub('.', match.group(2))}"
            key = email.lower()
            if key in seen or _is_example(cues, key):
                continue
            seen.add(key)
            yield _statement(context, match.start(), match.end(), {"email": email})
    regions = cues.raw("contacts.default_region")
    named: tuple[str, ...] | None = None  # the countries the policy names, read only when a number needs them
    for start, end, phone in _phones(cues, text):
        e164 = _e164(phone, regions)
        if e164 is None and not phone.lstrip("(（").startswith(("+", "00")):
            named = _named_regions(cues, text, regions) if named is None else named
            e164 = _e164(phone, named) if named else None
        if e164 is None or e164 in seen or _public_body_number(cues, text, start, end):
            continue
        seen.add(e164)
        yield _statement(context, start, end, {"phone": phone, "phone_e164": e164})
    if cues.raw("contacts.short_cue"):
        for start, end, number in _short_numbers(cues, text, regions):
            if number not in seen and not _public_body_number(cues, text, start, end):
                seen.add(number)
                yield _statement(context, start, end, {"phone": number})


def _short_numbers(cues: Cues, text: str, regions: tuple[str, ...]) -> Iterator[tuple[int, int, str]]:
    """Five-digit service numbers ("客服热线95588", "通过12345进行咨询"): a number is one only when it is
    labelled as a phone before (``contacts.short_cue``) or called right after (``contacts.short_after``),
    libphonenumber knows it as a short number of a document region, and it is no emergency number."""
    for match in SHORT_NUMBER.finditer(text):
        number = match.group(0)
        before = text[max(0, match.start() - 12) : match.start()]
        label = FIELD_SEPARATOR.split(before)[-1]
        if cues.search("contacts.not_phone_cue", label):
            continue
        if not (cues.search("contacts.short_cue", label)
                or cues.search("contacts.short_after", text[match.end() : match.end() + 8])):
            continue
        if any(_short_valid(number, region) for region in regions):
            yield match.start(), match.end(), number


def _short_valid(number: str, region: str) -> bool:
    try:
        parsed = phonenumbers.parse(number, region)
    except phonenumbers.NumberParseException:
        return False
    return (shortnumberinfo.is_valid_short_number_for_region(parsed, region)
            and not shortnumberinfo.is_emergency_number(number, region))


# a full stop glued to the next word ("ico.org.uk", "3.5") ends no sentence
_SENTENCE_END = re.compile(r"(?:\.(?!\w)|[。!?！？;；\n](?!\d))")
SENTENCE_REACH = 300


def _open_bracket(text: str, low: int, at: int) -> int:
    """Where the bracket that is still open at ``at`` opens (after ``low``), else ``at``."""
    depth = 0
    for i in range(at - 1, low - 1, -1):
        char = text[i]
        if char in ")）":
            depth += 1
        elif char in "(（":
            if depth == 0:
                return i
            depth -= 1
        elif char == "\n":
            break
    return at


def _public_body_number(cues: Cues, text: str, start: int, end: int) -> bool:
    """Is the number in a sentence that sends the reader to a public body ("call 1-888-… or visit the National
    Do Not Call Registry", "拨打12315向市场监督管理部门投诉")? That number is the body's, not the publisher's
    (``contacts.public_body``); a sentence naming no such body keeps its number."""
    if not cues.raw("contacts.public_body"):
        return False
    window_start = max(0, start - SENTENCE_REACH)
    # a bracket still open at the number holds the body's address ("ante la URCDP (Av. Uruguay 1150, tel. 2901
    # 2929)"): the abbreviations' dots inside it end no sentence, so the sentence starts before the bracket
    breaks = list(_SENTENCE_END.finditer(text, window_start, _open_bracket(text, window_start, start)))
    sentence_start = breaks[-1].end() if breaks else window_start
    after = _SENTENCE_END.search(text, end, end + SENTENCE_REACH)
    sentence_end = after.start() if after else min(len(text), end + SENTENCE_REACH)
    return cues.search("contacts.public_body", text[sentence_start:sentence_end]) is not None


ESCALATION_REACH = 600  # characters after "if not resolved, contact ..." in which an address is the other body's


def _escalations(cues: Cues, text: str) -> list[int]:
    """Where the policy sends an unresolved complaint to an independent body (a privacy seal, a
    dispute-resolution provider, an authority): the end of each such cue (``contacts.escalation``)."""
    return [m.end() for m in cues.finditer("contacts.escalation", text)]


def _after_escalation(escalations: list[int], at: int) -> bool:
    return any(end <= at <= end + ESCALATION_REACH for end in escalations)


def _in_link_target(text: str, at: int) -> bool:
    """Whether ``at`` sits inside the target of a markdown link "[shown text](mailto:…)" whose shown
    text has an e-mail address of its own."""
    opening = text.rfind("](mailto:", max(0, at - 80), at)
    if opening < 0 or ")" in text[opening:at]:
        return False
    bracket = text.rfind("[", max(0, opening - 300), opening)
    return bracket >= 0 and EMAIL.search(text, bracket, opening) is not None


def _statement(context: ExtractionContext, start: int, end: int, attributes: dict[str, str | int]) -> Statement:
    return Statement(
        kind=StatementKind.CONTACT,
        span=evidence_span(context.segments, start, end),
        attributes=attributes,
    )


def _is_example(cues: Cues, email: str) -> bool:
    return cues.search("contacts.example_email", email) is not None


def _e164(raw: str, regions: tuple[str, ...]) -> str | None:
    """The E.164 form of a valid number ("+8615012345678"), or None when no region's plan allows it."""
    raw = raw.lstrip("(") if raw.lstrip("(").startswith(("+", "00")) else raw  # "(+994 12) 404 00 00"
    written = "+" + raw[2:].lstrip() if raw.startswith("00") else raw
    for region in (None,) if written.startswith("+") else regions:
        try:
            number = phonenumbers.parse(written, region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(number):
            return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    return None


_REGION_NAMES: dict[tuple[str, ...], tuple[tuple[str, re.Pattern[str]], ...]] = {}


def _named_regions(cues: Cues, text: str, defaults: tuple[str, ...]) -> tuple[str, ...]:
    """The regions of the countries the policy names (``cross_border.locations``: "London office, United Kingdom",
    "oficina en el Reino Unido"), beyond the language's own: a national number ("Teléfono: 020 7123 4567") is read in
    the country the policy places its offices in. Country names are capitalised whole words ("UK" is no country inside
    "kukilər"); read once per document, only when a number fits no region of the language."""
    if cues.languages not in _REGION_NAMES:
        _REGION_NAMES[cues.languages] = tuple(
            (code.upper(), re.compile(r"(?<![^\W\d_])(?:" + "|".join(f"(?:{n})" for n in names) + r")(?![^\W\d_])"))
            for code, names in cues.table("cross_border.locations").items())
    return tuple(code for code, pattern in _REGION_NAMES[cues.languages]
                 if code not in defaults and len(code) == 2 and pattern.search(text))


# what EMAIL lets stand before the "@" (its local part)
_LOCAL_PART = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._%+-")


def _emails(text: str) -> Iterator[re.Match[str]]:
    """What ``EMAIL.finditer(text)`` yields, tried only inside the local part before each "@".

    Why: EMAIL opens with a look-behind, so the engine tried it at every letter of the policy
    (~0.18 ms); every match starts in the run of local-part characters before its "@", and a
    policy has a few "@"s (~0.01 ms)."""
    starts: list[int] = []
    at = text.find("@")
    while at >= 0:
        begin = at
        while begin > 0 and text[begin - 1] in _LOCAL_PART:
            begin -= 1
        starts.extend(range(begin, at))
        at = text.find("@", at + 1)
    return _matches_at(EMAIL, text, starts, 0, len(text))


def _balanced(raw: str) -> str:
    """Drop a parenthesis the number does not close or open: "(415) 555-0142" stays whole; a parenthesis opened
    after the number and left open is what follows it ("400-115-2020（9:00-21:00）": the hours), not the number."""
    for opening, closing in (("(", ")"), ("（", "）")):
        if raw.endswith(closing) and opening not in raw:
            raw = raw[:-1].rstrip(" -./")
        if raw.startswith(opening) and closing not in raw:
            raw = raw[1:].lstrip()
        last = raw.rfind(opening)
        if last > 0 and closing not in raw[last:]:
            raw = raw[:last].rstrip(" -./")
    return raw


def _phones(cues: Cues, text: str) -> Iterator[tuple[int, int, str]]:
    for match in PHONE.finditer(text):
        whole = match.group(0).split("\n")[0]
        offset = 0
        for part in whole.split("/") if re.search(r"\d{3,}\s*/\s*\d{3,}", whole) else [whole]:  # "95021/400-1818-188"
            at = whole.find(part, offset)
            offset = at + len(part)
            yield from _phone(cues, text, match.start() + at, part)


def _phone(cues: Cues, text: str, at: int, candidate: str) -> Iterator[tuple[int, int, str]]:
    """The candidate when its digits, its label and its format make it a phone number."""
    raw = _balanced(candidate.strip(" -./"))
    start = at + candidate.find(raw)
    digits = re.sub(r"\D", "", raw)
    if not 7 <= len(digits) <= 15 or DATE_LIKE.match(raw) or len(set(digits)) < 3:
        return
    before = text[max(0, start - CUE_WINDOW) : start]
    line_before = before.rsplit("\n\n", 1)[-1]
    # the label of this number only: "【QQ：…】【手机：138…" is a phone, "客服QQ：2864…" is not
    label = FIELD_SEPARATOR.split(line_before[-20:])[-1]
    if cues.search("contacts.not_phone_cue", label):
        return
    international = raw.lstrip("(（").startswith(("+", "00"))
    national = cues.search("contacts.national", raw) is not None
    if international or national or HOTLINE.match(raw) or cues.search("contacts.phone_cue", line_before):
        yield start, start + len(raw), raw
