"""Encoding and language detection for ingested documents.

Why its own module: both guesses are heuristics with project-specific preferences (most policies
are Chinese, and short GBK texts are easily mistaken for Korean or Japanese), so the rules live in
one place with their tests. Detection never raises on odd input; ``decode_text`` raises
``IngestError`` only when the bytes are not text at all.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice
from typing import TYPE_CHECKING

from charset_normalizer import from_bytes

from .model import IngestError

if TYPE_CHECKING:  # pragma: no cover - typing only
    from lingua import LanguageDetector

__all__ = [
    "DecodedText",
    "codec_for_label",
    "html_declared_encoding",
    "LanguageGuess",
    "LANGUAGES",
    "decode_text",
    "detect_language",
    "language_sample",
]

# BOMs are checked longest first: the UTF-32 LE BOM starts with the UTF-16 LE one.
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Characters that are very frequent in Chinese text in general and in privacy policies in
# particular (simplified and traditional forms), plus frequent Hangul syllables. A correct
# reading is full of them; a wrong reading of the same bytes gives near-random characters.
_COMMON_CJK = frozenset(
    "的一是不了人我在有他这為为之大来來以个個中上们們到说說国國和地也子时時道出而要于於就下得可你"
    "年生会會那后後能对對着著事其里裡所去行过過家十用发發天如然作方成者多日都三小军軍二无無同么麼经經"
    "法当當起与與好看学學进進种種将將还還分此心前面又定见見只主没沒公从從信息私隐隱政策收集使您等服务"
    "務提供保护護安全第共享意权權利联聯系络絡户戶据據资資料存储儲处處理或及求需通名电電话話址"
    "邮郵件号號码碼设設备備位置浏瀏览覽记記录錄产產品网網站关關规規则則律授必并並向本条條款請请"
    "이다는의에가을를하고지서한로기리나사수있어대자정보개인처방침니습와과도으면해및등호회원"
)
_CJK_RE = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]")
_HAN_RE = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_KANA_RE = re.compile(r"[\u3040-\u30ff]")
_HANGUL_RE = re.compile(r"[\uac00-\ud7af\u1100-\u11ff\u3130-\u318f]")
_ANY_CJK_RE = re.compile(r"[\u1100-\u11ff\u3040-\u30ff\u3130-\u318f\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]")
_LETTER_RE = re.compile(r"[^\W\d_]")
# C0/C1 controls other than tab, newline, carriage return and form feed.
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
_MAX_CONTROL_SHARE = 0.005


@dataclass(frozen=True)
class DecodedText:
    """Text decoded from bytes, with the encoding that was used (a Python codec name)."""

    text: str
    encoding: str


@dataclass(frozen=True)
class LanguageGuess:
    """BCP-47 primary language subtag ("und" if unknown) and a confidence in [0, 1]."""

    language: str
    confidence: float


def decode_text(data: bytes, *, source: str) -> DecodedText:
    """Decode the bytes of a plain-text document, guessing the encoding.

    Order: byte-order marks; UTF-16 without BOM when NUL bytes sit in every other position;
    strict UTF-8; then charset-normalizer, corrected towards GB18030 for Chinese and
    windows-1252 for Western text when its guess decodes to the same or worse text.

    Raises:
        IngestError: for binary data (NUL bytes, control characters) or an unknown encoding.

    Example:
        >>> decode_text("隐私政策".encode("gbk"), source="x.txt").encoding
        'gb18030'
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _checked(_strict(data[len(bom) :], encoding, source), encoding, source)
    if b"\x00" in data:
        utf16 = _utf16_without_bom(data)
        if utf16 is None:
            raise IngestError(source, "binary data (NUL bytes), not text: convert it to a text, HTML, PDF or DOCX file")
        return _checked(_strict(data, utf16, source), utf16, source)
    try:
        return _checked(data.decode("utf-8"), "utf-8", source)
    except UnicodeDecodeError:
        pass
    guessed = _guess_encoding(data)
    if guessed is None:
        raise IngestError(
            source,
            "unknown text encoding: convert the file to UTF-8 (e.g. `iconv -f GB18030 -t UTF-8 in.txt > out.txt`)",
        )
    return _checked(_strict(data, guessed, source), guessed, source)


def _strict(data: bytes, encoding: str, source: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise IngestError(
            source,
            f"not valid {encoding} text at byte {exc.start}: convert the file to UTF-8 and try again",
        ) from exc


def _checked(text: str, encoding: str, source: str) -> DecodedText:
    """Reject decodings that are mostly control characters: such bytes are binary, not text."""
    if text:
        controls = len(_CONTROL_RE.findall(text))
        if controls / len(text) > _MAX_CONTROL_SHARE:
            raise IngestError(
                source,
                f"binary data ({controls} control characters), not text: convert it to a text, HTML, PDF or DOCX file",
            )
    return DecodedText(text=text, encoding=codecs.lookup(encoding).name)


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 LE or BE when NUL bytes fall (almost) only on odd or only on even positions."""
    if len(data) % 2:
        return None
    even_nuls = data[0::2].count(0)
    odd_nuls = data[1::2].count(0)
    total = even_nuls + odd_nuls
    candidates = []
    if odd_nuls >= 0.95 * total:
        candidates.append("utf-16-le")
    if even_nuls >= 0.95 * total:
        candidates.append("utf-16-be")
    for encoding in candidates:
        try:
            data.decode(encoding)
        except UnicodeDecodeError:
            continue
        return encoding
    return None


def _guess_encoding(data: bytes) -> str | None:
    """The most plausible reading among charset-normalizer's guesses and the usual suspects.

    charset-normalizer alone mislabels short texts (GBK as cp949, cp1251 as Korean, Latin-1
    as cp1257), so every candidate is decoded and scored by ``_plausibility``; on a tie the
    order of ``_PREFERRED`` wins (mainland Chinese first, as most inputs are Chinese policies).
    """
    candidates = list(_PREFERRED)
    # charset-normalizer's time grows with size; the head (cut at a line end) is enough to guess.
    sample = data if len(data) <= _SCORE_BYTES else data[: data.rfind(b"\n", 0, _SCORE_BYTES) + 1 or _SCORE_BYTES]
    for match in list(from_bytes(sample))[:6]:
        if match.encoding not in candidates:
            candidates.append(match.encoding)
    head = data[:_SCORE_BYTES]
    best_encoding, best_score = None, _MIN_PLAUSIBILITY
    for encoding in candidates:
        try:
            data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
        score = _plausibility(head.decode(encoding, errors="ignore"))
        if score > best_score:
            best_encoding, best_score = encoding, score
    return best_encoding


# Tried in this order before charset-normalizer's own candidates; the first best score wins.
_PREFERRED = ("gb18030", "big5", "cp1251", "koi8-r", "cp1252", "latin-1")
_SCORE_BYTES = 16_000
# Real text scores above 0.8 in its own encoding; below this no reading makes sense (binary data).
_MIN_PLAUSIBILITY = 0.4
_WORD_RE = re.compile(r"[^\W\d_]+")
_LATIN_ACCENTED_RE = re.compile(r"[\u00c0-\u024f]")
_CYRILLIC_WORD_RE = re.compile(r"[\u0400-\u04ff]+")
_LATIN_WORD_RE = re.compile(r"[A-Za-z\u00c0-\u024f]+")
# Non-ASCII characters that are neither letters nor digits (symbols, box drawing, controls...).
_NON_ASCII_SYMBOL_RE = re.compile(r"[^\x00-\x7f\w\s]|[\x80-\x9f]")
_USUAL_PUNCTUATION = frozenset("“”‘’«»—–…•·、。，；：！？（）【】《》「」『』〈〉・～￥€£©®°§№")


def _plausibility(text: str) -> float:
    """Share of well-formed units in a decoded text, in [0, 1].

    Units are CJK characters (well-formed when frequent, or hiragana) and alphabetic words
    (well-formed when in one script, in lower, Title or UPPER case, and, for Latin, not mostly
    accented letters as in Cyrillic read as windows-1252). A wrong reading of the same bytes
    yields rare characters and mixed-case words.
    """
    cjk = _CJK_RE.findall(text)
    odd = sum(1 for char in _NON_ASCII_SYMBOL_RE.findall(text) if char not in _USUAL_PUNCTUATION)
    total = len(cjk) + odd
    good = sum(1 for char in cjk if char in _COMMON_CJK or "\u3040" <= char <= "\u309f")
    for word in _WORD_RE.findall(_CJK_RE.sub(" ", text)):
        total += 1
        if not (word.islower() or word.istitle() or word.isupper()):
            continue
        if _CYRILLIC_WORD_RE.fullmatch(word):
            good += 1
        elif _LATIN_WORD_RE.fullmatch(word) and len(_LATIN_ACCENTED_RE.findall(word)) * 2 <= len(word):
            good += 1
    return good / total if total else 0.0


# --- encodings declared by HTML pages (WHATWG Encoding standard and HTML prescan) -------------

# The Encoding standard's decoders that Python names differently from webencodings' choice:
# its GBK decoder is the GB18030 decoder (GBK labels in the wild carry GB18030 bytes).
_WHATWG_DECODER = {"gbk": "gb18030"}
# How far a page is prescanned for <meta charset>. The standard encourages 1,024 bytes and
# allows more; scraped policies often carry long <head>s, so we look a little further.
PRESCAN_BYTES = 4096
_ASCII_WHITESPACE = b"\t\n\x0c\r "


def codec_for_label(label: str) -> str | None:
    """The Python codec for an encoding label, by the Encoding standard's label table (None: unknown).

    ``x-mac-roman`` is mac-roman, ``windows-874`` is cp874, ``latin1`` and ``ascii`` are windows-1252,
    ``gb2312`` and ``gbk`` decode as gb18030; labels outside the table, and the "replacement"
    encoding (ISO-2022-KR, HZ...), give None, as a browser would ignore them.
    """
    import webencodings

    encoding = webencodings.lookup(label.strip())
    if encoding is None or encoding.name == "replacement":
        return None
    if encoding.name == "x-user-defined":  # Python has no such codec; HTML reads the label as windows-1252
        return "cp1252"
    return codecs.lookup(_WHATWG_DECODER.get(encoding.name, encoding.codec_info.name)).name


def html_declared_encoding(data: bytes) -> str | None:
    """The encoding an HTML page declares in a <meta>, found by the HTML standard's prescan.

    Follows "prescan a byte stream to determine its encoding": comments are skipped (a <meta>
    inside <!-- --> does not count), other tags' attributes are stepped over, ``<meta charset>`` and
    ``<meta http-equiv="content-type" content="...charset=...">`` are read with the attribute rules,
    and a declared UTF-16 means UTF-8 (an ASCII-compatible page cannot be UTF-16). Returns a Python
    codec name, or None when nothing usable is declared.
    """
    head = data[:PRESCAN_BYTES]
    position, end = 0, len(head)
    while position < end:
        if head.startswith(b"<!--", position):
            close = head.find(b"-->", position + 2)
            if close < 0:
                return None
            position = close + 3
        elif head[position:position + 5].lower() == b"<meta" and position + 5 < end and head[position + 5] in b"\t\n\x0c\r /":
            declared, position = _meta_declaration(head, position + 5)
            if declared is not None:
                return declared
        elif head.startswith(b"<", position) and position + 1 < end and (
            _is_ascii_letter(head[position + 1]) or (head[position + 1] == 0x2F and position + 2 < end and _is_ascii_letter(head[position + 2]))
        ):
            position = _skip_tag(head, position)
        elif head.startswith((b"<!", b"</", b"<?"), position):
            close = head.find(b">", position)
            if close < 0:
                return None
            position = close + 1
        else:
            position += 1
    return None


def _is_ascii_letter(byte: int) -> bool:
    return 0x41 <= byte <= 0x5A or 0x61 <= byte <= 0x7A


def _meta_declaration(head: bytes, position: int) -> tuple[str | None, int]:
    """The encoding a <meta> declares (the prescan's attribute rules), and where scanning goes on."""
    seen: set[bytes] = set()
    got_pragma = False
    need_pragma: bool | None = None
    charset: str | None = None
    while True:
        attribute = _attribute(head, position)
        if attribute is None:
            break
        name, value, position = attribute
        if name in seen:
            continue
        seen.add(name)
        if name == b"http-equiv" and value == b"content-type":
            got_pragma = True
        elif name == b"content" and charset is None:
            label = _charset_from_content(value)
            if label is not None:
                charset, need_pragma = codec_for_label(label) or "", True
        elif name == b"charset":
            charset, need_pragma = codec_for_label(value.decode("latin-1")) or "", False
    if need_pragma is None or (need_pragma and not got_pragma) or not charset:
        return None, position
    if charset in ("utf-16-le", "utf-16-be"):
        charset = "utf-8"
    return charset, position


def _attribute(head: bytes, position: int) -> tuple[bytes, bytes, int] | None:
    """One attribute (name, value, next position) by the prescan's "get an attribute", or None at the tag's end."""
    end = len(head)
    while position < end and head[position] in _ASCII_WHITESPACE + b"/":
        position += 1
    if position >= end or head[position] == 0x3E:
        return None
    name = bytearray()
    while True:
        if position >= end:
            return None
        byte = head[position]
        if byte == 0x3D and name:  # "=": the value follows
            position += 1
            break
        if byte in _ASCII_WHITESPACE:
            while position < end and head[position] in _ASCII_WHITESPACE:
                position += 1
            if position >= end or head[position] != 0x3D:
                return bytes(name), b"", position
            position += 1
            break
        if byte in b"/>":
            return bytes(name), b"", position
        name.append(byte + 0x20 if 0x41 <= byte <= 0x5A else byte)
        position += 1
    while position < end and head[position] in _ASCII_WHITESPACE:
        position += 1
    if position >= end:
        return None
    value = bytearray()
    quote = head[position]
    if quote in b"\"'":
        position += 1
        close = head.find(bytes([quote]), position)
        if close < 0:
            return None
        return bytes(name), head[position:close].lower(), close + 1
    if quote == 0x3E:
        return bytes(name), b"", position
    while position < end and head[position] not in _ASCII_WHITESPACE and head[position] != 0x3E:
        value.append(head[position])
        position += 1
    if position >= end:
        return None
    return bytes(name), bytes(value).lower(), position


def _skip_tag(head: bytes, position: int) -> int:
    """Past a tag other than <meta>: its name, then its attributes (a ">" inside a quoted value stays inside)."""
    end = len(head)
    while position < end and head[position] not in _ASCII_WHITESPACE and head[position] != 0x3E:
        position += 1
    while (attribute := _attribute(head, position)) is not None:
        position = attribute[2]
    return position + 1 if position < end else end


def _charset_from_content(content: bytes) -> str | None:
    """The HTML standard's "extracting a character encoding from a meta element" (content="text/html; charset=...")."""
    position = 0
    while True:
        found = content.find(b"charset", position)
        if found < 0:
            return None
        position = found + 7
        while position < len(content) and content[position] in _ASCII_WHITESPACE:
            position += 1
        if position < len(content) and content[position] == 0x3D:
            break
    position += 1
    while position < len(content) and content[position] in _ASCII_WHITESPACE:
        position += 1
    if position >= len(content):
        return None
    if content[position] in b"\"'":
        close = content.find(content[position:position + 1], position + 1)
        return content[position + 1:close].decode("latin-1") if close > 0 else None
    stop = position
    while stop < len(content) and content[stop] not in _ASCII_WHITESPACE and content[stop] != 0x3B:
        stop += 1
    return content[position:stop].decode("latin-1")


# --- language -------------------------------------------------------------------------------

# The languages policykg knows; the detector only chooses among these (faster and more robust).
LANGUAGES: tuple[str, ...] = (
    "en",
    "zh",
    "az",
    "ru",
    "es",
    "fr",
    "de",
    "ja",
    "ko",
    "tr",
    "uk",
    "kk",
    "ar",
    "pt",
    "it",
)
_SAMPLE_CHARS = 2400
_SAMPLE_WINDOWS = 6
_MIN_LETTERS = 3


@lru_cache(maxsize=1)
def _detector() -> LanguageDetector:
    """Build the lingua detector once (it takes ~0.1 s and tens of MB); low accuracy mode is ~5x faster."""
    from lingua import IsoCode639_1, Language, LanguageDetectorBuilder

    languages = [Language.from_iso_code_639_1(getattr(IsoCode639_1, code.upper())) for code in LANGUAGES]
    return LanguageDetectorBuilder.from_languages(*languages).with_low_accuracy_mode().build()


def language_sample(text: str, *, size: int = _SAMPLE_CHARS, windows: int = _SAMPLE_WINDOWS) -> str:
    """Up to ``size`` characters taken from ``windows`` evenly spread places in the text.

    Detecting on a sample keeps ingest fast on long policies while still seeing every part.
    """
    if len(text) <= size:
        return text
    width = size // windows
    step = (len(text) - width) / max(windows - 1, 1)
    return "\n".join(text[int(i * step) : int(i * step) + width] for i in range(windows))


_QUICK_CHARS = 600
_QUICK_WINDOWS = 3
_QUICK_CERTAIN = 0.99


def _quick_guess(text: str) -> list | None:  # list of lingua ConfidenceValue
    """lingua on a quarter-size sample, kept only when it is certain (top confidence >= 0.99).

    lingua's time grows with the sample; on whole policies it is ~2 ms for 2,400 characters.
    A small sample that gives one language full confidence agrees with the full sample (checked
    on 1,000+ generated policies, the samples, held-out and seed policies); anything less certain
    falls back to the full sample, so mixed or short texts are decided exactly as before.
    """
    quick = language_sample(text, size=_QUICK_CHARS, windows=_QUICK_WINDOWS)
    rest = _CJK_RE.sub(" ", quick) if _CJK_RE.search(quick) else quick
    values = _detector().compute_language_confidence_values(rest)
    return values if values and values[0].value >= _QUICK_CERTAIN else None


def detect_language(text: str) -> LanguageGuess:
    """Guess the main language of ``text`` by characters: CJK scripts first, lingua for the rest.

    A Chinese policy with English headings is Chinese because most of its letters are Han
    characters; lingua only sees the non-CJK letters, so it decides between alphabetic languages.

    Example:
        >>> detect_language("我们会保护您的个人信息。").language
        'zh'
    """
    sample = language_sample(text)
    if _ANY_CJK_RE.search(sample) is None:  # most policies: no counting of letters by script
        if next(islice(_LETTER_RE.finditer(sample), _MIN_LETTERS - 1, None), None) is None:
            return LanguageGuess("und", 0.0)
        han = kana = hangul = cjk = 0
    else:
        letters = len(_LETTER_RE.findall(sample))
        if letters < _MIN_LETTERS:
            return LanguageGuess("und", 0.0)
        han = len(_HAN_RE.findall(sample))
        kana = len(_KANA_RE.findall(sample))
        hangul = len(_HANGUL_RE.findall(sample))
        cjk = han + kana + hangul
    if cjk and cjk * 2 > letters:
        share = round(cjk / letters, 3)
        if hangul > han + kana:
            return LanguageGuess("ko", share)
        if kana * 10 > cjk:  # Japanese mixes kana into nearly every sentence
            return LanguageGuess("ja", share)
        return LanguageGuess("zh", share)
    values = _quick_guess(text) if len(text) > _SAMPLE_CHARS else None
    if values is None:  # not certain on the small sample: the whole sample decides, as always
        rest = _CJK_RE.sub(" ", sample) if cjk else sample
        values = _detector().compute_language_confidence_values(rest)
    if not values:
        return LanguageGuess("und", 0.0)
    top = values[0]
    return LanguageGuess(top.language.iso_code_639_1.name.lower(), round(float(top.value), 3))
