"""Per-language cue lexicons, and the per-document reading every practice extractor shares.

Cue words (collection verbs, sharing verbs, negation, "except" frames, section headings, law
names) are data: one TOML file per language in ``lexicon/practices/{lang}.toml``. A language
without a file falls back to English cues (vocabulary labels still come from the ontology).

``analyse(context)`` reads a document once: it classifies each segment's section from its
heading, flags the cues it contains and buckets vocabulary hits by segment. The extractors of
``practices``, ``conditions``, ``rights``, ``security``, ``tracking`` and ``laws`` all read the same
:class:`Analysis` (cached for the context being extracted), so the whole document is scanned once
per field, not once per segment.

Scraped notices often lose their full stops ("... answer your questions we may share your data
with our partners ... we will never sell it"). A long sentence is read as several clauses, cut
where a new subject starts a new statement (``[runon] boundary`` of the lexicon), so a denial or
a sharing verb in one clause does not decide for the others. Likewise an inline enumeration cut
at its semicolons ("... except: (a) with your consent; (b) ...; (c) ...") is read as a list whose
items the first sentence introduces.
"""
from __future__ import annotations

import bisect
from collections.abc import Callable, Iterator, Sequence
import re
import tomllib
from dataclasses import dataclass, replace
from dataclasses import field as dataclass_field
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

from policykg.ingest.derived_cache import compile_regex
from policykg.ingest.literal_scan import SubstringSet
from policykg.ingest.model import IngestError, Polarity, Segment, SegmentKind, Span, Statement, StatementKind
from policykg.ingest.vocabulary import (FIELDS, Match, alternative_gates, canonical_lower, holds_alternative, matcher_for,
                                       parse_regex)

if TYPE_CHECKING:  # pragma: no cover
    from policykg.ingest.extract import ExtractionContext

__all__ = ["Analysis", "Lexicon", "SegmentInfo", "analyse", "lexicon"]

LEXICON_FOLDER = "lexicon/practices"  # inside policykg.ingest
FALLBACK_LANGUAGE = "en"
CUE_NAMES = ("collect", "use", "share", "entrust", "negation", "exception", "condition_negation", "denied_condition", "consent_hard_to_obtain", "retention", "subject", "definition", "nonpersonal", "personal_term", "own_collect", "continues", "credential_care", "speaker", "third_party_subject",
             # not practices: the user's duty to keep credentials safe, the means by which someone is
             # contacted, and terms-of-service clauses (licences to content, breach, sanctions)
             "safekeeping", "channel", "terms",
             # an if-clause: a denial inside it ("if you do not use it, ...") denies nothing else
             "hypothetical",
             # a negation inside a relative clause describing the data ("information that does not
             # identify you, such as your age"): blanked like an if-clause, it denies no practice
             "descriptive_negation",
             # "this policy does not apply to information collected by ...": out of scope, all denied
             "scope_exclusion",
             # an entry of the statutory list of cases without consent ("与国家安全直接相关的；"): its
             # words name legal grounds, not purposes, even where the list has no introducing colon
             "legal_case",
             # words for the personal data a purpose is about ("your information", "个人信息"): a
             # purpose word in a sentence that speaks of no data ("the site may contain ads") states
             # no purpose of processing
             "data_word",
             # a sentence defining a term ("“Merchant” means ...", "“商家”是指…"): it states no purpose
             "defines_term",
             # a glossary sentence saying what a tracking technology is ("Cookies are small text files
             # ...", "Las cookies son pequeños archivos ..."): it names no data the company collects
             # and no purpose of its own
             "defines_tech",
             # the company acting in such a sentence ("... files that we place"): it then states a practice
             "tech_actor",
             # a flat denial of the defined term itself ("We do not collect personal information."):
             # the term's definition then lists no collected data, whatever a stray mention suggests
             "denies_term",
             # a defence against a threat ("protect against viruses", "防范恶意代码"): a threat named
             # without one ("you must not upload viruses", "damages caused by malware") claims no measure
             "protective",
             # an exception that only reserves what the law requires ("except where the law requires
             # it"): a denial of collection with such a carve-out still denies
             "legal_exception",
             # the user's duty or the company's disclaimer ("您须对注册帐号下的行为负责", "you are responsible
             # for your account", "we are not liable for ..."): a purpose word there names no purpose
             "user_duty",
             # the statutory catalogue of the acts that make up processing ("сбор, запись, …, обезличивание,
             # блокирование"): de-identification named there is an act of processing, not a safeguard
             "processing_operations",
             # the person sharing with the company ("the information you submit or share with us"): a
             # collection, not a disclosure; its "share" makes no sentence (or list intro) a sharing one
             "shared_with_us",
             # the person giving data to others ("您不可避免地要向交易对方披露自己的信息", "请不要与他人共享账号",
             # "information you choose to share publicly"): the user's act, not the company's sharing
             "user_shares",
             # consent as the condition of a denial ("未经您的授权，我们不会提供…", "without your consent"): the
             # act happens once consent is given, so a denied sharing of named data still says the data are held
             "without_consent",
             # a table column naming the party data go to ("| SDK名称 | 第三方主体 | … |", "| Recipient | … |"): the
             # data the rows name are given to that party
             "party_column",
             # a prohibition addressed to the reader ("请勿…透露…，例如…"): its span names data to withhold
             "withhold",
             # attributes an animal owns ("your pet's name, breed and age", "宠物的年龄、体重", "la edad de tu
             # mascota"): they describe the animal, not a person, so the data named there are no personal data
             "animal_owned",
             # a definition of sensitive data ("“Sensitive Information” means … health, race"): its examples name a
             # kind the law singles out, not data the company says it collects
             "sensitive_term",
             # a definition whose genus is "any information" and whose examples follow "for example" ("любая
             # информация …, например … сведения о здоровье"): it explains the legal notion; the examples are no
             # inventory of what the company holds, whatever else it collects under the term
             "illustrative_term")
SECTION_NAMES = (
    "collection", "use", "sharing", "security", "rights", "tracking", "retention",
    "contact", "changes", "minors", "exceptions",
)
# sections that describe what the policy does with data, as opposed to housekeeping
MAJOR_SECTIONS = frozenset(SECTION_NAMES) - {"exceptions"}
# clause boundaries for negation scope ("we collect X, but we do not collect Y")
# "(без …)", "(sin …)": a parenthesis that opens with "without" excludes what it names, and only that
# "… y no …", "… и не …": a coordinated clause that starts with its own negation denies only itself
# "…，用于对账和办理退款，我们不会获得您的银行卡信息": after a comma a new subject with its own negation ("，我们不会…")
# starts a coordinated clause that denies only itself, as "y no …" does (helper facts15)
# a spaced dash (see ``Analysis._denying_dashes``), and the words that make what follows it a bare predicate
_SPACED_DASH = re.compile(r"\s[—–]\s")
_NUMBERED_TITLE = re.compile(r"\W*(?:第[\d一二三四五六七八九十百]{1,4}[条章节部款]|[\d一二三四五六七八九十]{1,3}\\?[.．、)）:：\s]|[IVXivx]{1,5}[.)）]|[a-zA-Z][.)）])")
_BRACKETED = re.compile(r"\([^()]{3,200}\)")
_DASH_PREDICATE = re.compile(r"(?:не|ни|мы|их|его|её|biz|onları|heç|no|nunca|lo|los|las|we|not|never|they)\b", re.I)
_CLAUSE_SPLIT = re.compile(r"[;；:：]|\((?=без\b|sin\b)|\s(?=y no\b|и не\b)|\bbut\b|\bhowever\b|但是|但|然而|однако|\bно\b|lakin|ancaq|\bpero\b|sin embargo|[，,](?=(?:我们|本公司|我司|本平台)(?:也|均|都|亦|并|绝|从)?不)", re.I)
# a heading numbered like a sub-heading ("(1)", "3.2", "（一）", "a)") continues the section above
# a "heading" ending like a sentence is a numbered sentence the segmenter kept apart
_SENTENCE_END = re.compile(r"[。．.!！?？;；]\s*$")
# a heading that is one Spanish question, numbering included: "II. ¿Qué datos tratamos?"
_QUESTION_TITLE = re.compile(r"^(?:[\dIVXLC]{1,6}(?:[.．]\d{1,3})*[.．)]?\s+)?¿[^?¿]+\?\s*$")
# list markers: a run of items breaks where the marker style changes or numbering restarts at 1
# a letter marks an entry only standing alone ("a)", "B.", "c "): the first letter of a word ("Ad, telefon" opening
# a table row, "Baxış tarixçəsi") is no marker, or every row of a table would restart its list and lose its intro
_MARKER = re.compile(r"^\s*(?:(?P<bullet>[•·\-*●▪◆■□○◦‣–—])|[（(]?(?P<num>\d{1,3}|[一二三四五六七八九十]{1,3}|[a-zA-Z](?![^\W\d_]))\s*[.)）、．:]?)")
# a navigation bar scraped with the page ("Home | Products | About | Contact") opens no section
_NAVIGATION = re.compile(r"^[^|•·>\n]{1,30}(?:\s[|•·>]\s[^|•·>\n]{1,30}){2,}$")
_IGNORECASE = int(re.IGNORECASE)
# verbs of handling data: within a negation's scope they make it a denial ("we do not keep your ID")
_USE_VERB = re.compile(r"\b(?:use|used|using|process\w*|stor(?:e|es|ed|ing)|keep|kept|retain\w*|access\w*|track\w*|monitor\w*|request\w*|ask\w*|require[sd]?|see|view|read|save[sd]?|hold|know)\b", re.IGNORECASE)  # a plain int: ``flags & RegexFlag`` builds an enum member per call
# a line ending with a colon introduces the list below it ("14. Клиент вправе:"): taken for a
# heading, it opens no section of its own unless its words name one
_INTRO_END = re.compile(r"[:：]\s*$")
_SUBHEADING = re.compile(r"^\s*(?:[（(]\s*\w{1,3}\s*[)）]|\d+\.\d+|[a-z][.)]\s)")
# Chinese numbering ranks its titles: "第一部分" (or "第二章") above "一、": a title numbered "二、" under a part is a
# section of that part, whatever its own words ("第一部分 我们收集的信息" / "二、服务过程")
_PART_TITLE = re.compile(r"\s*第[一二三四五六七八九十\d]{1,3}\s*(?:部分|章|篇)")
_CN_NUMBERED_TITLE = re.compile(r"\s*[一二三四五六七八九十]{1,3}\s*[、.．]")


@dataclass(frozen=True)
class Lexicon:
    """Compiled cues of one language: one combined regex per cue, section and law key."""

    language: str
    cues: dict[str, re.Pattern[str] | None]
    sections: dict[str, re.Pattern[str] | None]
    # key, regex, literals (any-of), and the substrings of each alternative (all-of: ``vocabulary.
    # alternative_gates``; None: no such gate): a law's regex runs on a text only where both pass (``might_cite``)
    laws: tuple[tuple[str, re.Pattern[str], tuple[str, ...], tuple[tuple[str, ...], ...] | None], ...]
    runon: re.Pattern[str] | None = None  # where a run-on sentence starts a new clause
    runon_length: int = 200  # sentences shorter than this are never cut
    # a cut whose preceding text matches this (searched on the 40 characters before it, together with
    # the words after it) is a relative clause, not a new statement: "analyze the information | we have
    # to evaluate and improve ..." ("the information we have"); None: every boundary cuts
    runon_relative: re.Pattern[str] | None = None
    # where a language puts the denied verb right after its negation word ("we do not collect"), a
    # negation denies the practice only when a practice verb follows within this many characters
    # ("information that does not identify you, like your gender" denies nothing); None: anywhere
    negation_scope: int | None = None
    # cue -> substrings one of which a (folded) text must hold for the cue's regex to match it
    # (``vocabulary.gate_literals``); cues without one always run their regex
    gates: dict[str, frozenset[str]] = dataclass_field(default_factory=dict, compare=False, repr=False)
    # cue -> substrings (``vocabulary.canonical_lower`` form) one of which a text must hold for the
    # cue's case-insensitive regex to match it (``vocabulary.ignorecase_gate``): Russian cues name
    # "Оператор"/"Компания" case-sensitively inside, so their regex runs IGNORECASE, ungated, on
    # every sentence otherwise
    ignorecase_gates: dict[str, tuple[str, ...]] = dataclass_field(default_factory=dict, compare=False, repr=False)
    _gate_scan: SubstringSet | None = dataclass_field(default=None, compare=False, repr=False)
    _present: dict[str, frozenset[str]] = dataclass_field(default_factory=dict, compare=False, repr=False)
    _sections_of: dict[str, frozenset[str]] = dataclass_field(default_factory=dict, compare=False, repr=False)

    def _gated_out(self, cue: str, folded: str) -> bool:
        """True when ``folded`` holds none of the cue's gate substrings, so its regex cannot match.

        Why: most sentences mention no sharing, entrusting, definition... word; one Aho-Corasick
        pass per text (memoised: the extractors ask several cues of the same sentence) and a set
        test replace a regex search per cue."""
        gates = self.gates.get(cue)
        if gates is None or self._gate_scan is None:
            return False
        present = self._present.get(folded)
        if present is None:
            if len(self._present) >= 8192:  # one document's sentences, and then some
                self._present.clear()
            present = self._present[folded] = self._gate_scan.occurring(folded)
        return gates.isdisjoint(present)

    def _ignorecase_gated_out(self, cue: str, text: str) -> bool:
        """True when ``text`` holds none of a case-insensitive cue's gate substrings (compared as
        IGNORECASE compares letters), so its regex cannot match: a few ``in`` tests, not a search."""
        literals = self.ignorecase_gates.get(cue)
        if literals is None:
            return False
        canonical = canonical_lower(text)
        for literal in literals:
            if literal in canonical:
                return False
        return True

    def has(self, cue: str, text: str) -> bool:
        pattern = self.cues.get(cue)
        if pattern is None:
            return False
        if not pattern.flags & _IGNORECASE:
            text = fold(text)
            # ``_gated_out`` written out: this is asked several times of every sentence, and most are gated out
            gates = self.gates.get(cue)
            if gates is not None and self._gate_scan is not None:
                present = self._present.get(text)
                if present is None:
                    if len(self._present) >= 8192:
                        self._present.clear()
                    present = self._present[text] = self._gate_scan.occurring(text)
                if gates.isdisjoint(present):
                    return False
        elif self._ignorecase_gated_out(cue, text):
            return False
        return pattern.search(text) is not None

    def first(self, cue: str, text: str) -> int | None:
        """Where a cue first occurs in ``text`` (None when it does not)."""
        pattern = self.cues.get(cue)
        if pattern is None:
            return None
        if not pattern.flags & _IGNORECASE:
            text = fold(text)
            if self._gated_out(cue, text):
                return None
        elif self._ignorecase_gated_out(cue, text):
            return None
        m = pattern.search(text)
        return None if m is None else m.start()

    def sections_of(self, heading: str) -> frozenset[str]:
        """The sections a heading opens (remembered: policies reuse the same headings, and each
        costs a search per section regex)."""
        found = self._sections_of.get(heading)
        if found is None:
            found = frozenset(name for name, p in self.sections.items() if p is not None and p.search(heading))
            if len(self._sections_of) >= 4096:
                self._sections_of.clear()
            self._sections_of[heading] = found
        return found


@lru_cache(maxsize=16384)
def fold(text: str) -> str:
    """Lower-cased text for the folded cue regexes (cached: several cues test the same segment)."""
    return text.replace("İ", "i").lower()


def _law_literals(patterns: list[str]) -> tuple[str, ...]:
    """Literals one of which every hit of a law's patterns contains (() when unsure)."""
    from policykg.ingest.vocabulary import literals_of

    found: list[str] = []
    for pattern in patterns:
        literals, _anchored = literals_of(pattern)
        if not literals:
            return ()
        found.extend(literals)
    return tuple(found)


def might_cite(literals: tuple[str, ...], ways: tuple[tuple[str, ...], ...] | None, folded: str) -> bool:
    """Whether a law's regex can match a text, lower-cased as ``folded``: one of its literals occurs
    (when it has any) and so do all the substrings of one of its alternatives (when it has those).

    Why: the any-of literals alone pass on common words ("can" for CAN-SPAM, "закон", "gb"), and
    the regex then scans the whole document for nothing (~1 ms on an English or Russian policy)."""
    if literals and not any(literal in folded for literal in literals):
        return False
    return ways is None or holds_alternative(ways, folded)


def _has_upper(source: str) -> bool:
    """An upper-case letter that is not part of an escape such as \\W or \\S."""
    escaped = False
    for char in source:
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif char.isupper():
            return True
    return False


def _combine(patterns: list[str], where: str, *, folded: bool = False) -> re.Pattern[str] | None:
    """One regex for a list of cue regexes; ``folded`` ones search lower-cased text, case-sensitively
    (much faster than IGNORECASE), which is exact when no pattern has an upper-case letter."""
    if not patterns:
        return None
    source = "|".join(f"(?:{p})" for p in patterns)
    try:
        if folded and not _has_upper(source):
            return compile_regex(source)
        return compile_regex(source, re.IGNORECASE)
    except re.error as error:
        raise IngestError(where, f"a cue regex does not compile ({error}); fix the TOML file") from error


@lru_cache(maxsize=None)
def lexicon(language: str) -> Lexicon:
    """The cue lexicon of a language (cached), English when the language has no file."""
    folder = resources.files("policykg.ingest") / LEXICON_FOLDER
    path = folder / f"{language}.toml"
    if not path.is_file():
        path = folder / f"{FALLBACK_LANGUAGE}.toml"
        if not path.is_file():
            raise IngestError(str(path), "the English cue lexicon is missing; reinstall policykg")
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as error:
        raise IngestError(str(path), f"invalid TOML ({error}); fix the lexicon file") from error
    cue_table = data.get("cues", {})
    section_table = data.get("sections", {})
    for name in cue_table:
        if name not in CUE_NAMES:
            raise IngestError(str(path), f"unknown cue [cues].{name}; use one of {', '.join(CUE_NAMES)}")
    laws = tuple((key, compiled, _law_literals(pats), alternative_gates(compiled)) for key, pats in data.get("laws", {}).items()
                 if (compiled := _combine(pats, f"{path} [laws].{key}")) is not None)
    runon_table = data.get("runon", {})
    cues = {name: _combine(cue_table.get(name, []), f"{path} [cues].{name}", folded=True) for name in CUE_NAMES}
    gates = _cue_gates(cues)
    return Lexicon(
        language=language,
        cues=cues,
        gates=gates,
        ignorecase_gates=_ignorecase_cue_gates(cues),
        _gate_scan=SubstringSet({g for found in gates.values() for g in found}) if gates else None,
        sections={name: _combine(section_table.get(name, []), f"{path} [sections].{name}") for name in SECTION_NAMES},
        laws=laws,
        runon=_space_first(_combine(runon_table.get("boundary", []), f"{path} [runon].boundary")),
        runon_length=int(runon_table.get("min_length", 200)),
        runon_relative=_combine(runon_table.get("relative", []), f"{path} [runon].relative"),
        negation_scope=(int(data["negation"]["scope_chars"]) if "scope_chars" in data.get("negation", {}) else None),
    )


def _space_first(pattern: re.Pattern[str] | None) -> re.Pattern[str] | None:
    r"""``pattern`` opened with ``(?=\s)`` when every match of it begins with a whitespace character.

    Why: the run-on boundaries open with a chain of look-behinds ("(?<=[a-z0-9%)])(?<!\bthat)(?<!\bif)
    ..."), which the engine evaluated at every letter of every long sentence (2.7 ms a real English
    policy); implied by the pattern, the look-ahead lets it pass every position but the spaces first
    (0.75 ms), with the same matches."""
    if pattern is None or not _opens_with_space(list(parse_regex(pattern.pattern, pattern.flags)), depth=0):
        return pattern
    return compile_regex(r"(?=\s)(?:" + pattern.pattern + ")", pattern.flags)


def _opens_with_space(tokens: list, depth: int) -> bool:  # type: ignore[type-arg]
    r"""Whether the first character every match of ``tokens`` consumes is one ``\s`` matches
    (zero-width tests before it are passed over; anything not certain answers False)."""
    for op, arg in tokens:
        name = str(op)
        if name in ("AT", "ASSERT", "ASSERT_NOT"):
            continue
        if name == "IN":
            return [(str(o), str(a)) for o, a in arg] == [("CATEGORY", "CATEGORY_SPACE")]
        if depth < 4 and name == "SUBPATTERN":
            return _opens_with_space(list(arg[-1]), depth + 1)
        if depth < 4 and name == "BRANCH":
            return all(_opens_with_space(list(branch), depth + 1) for branch in arg[1])
        if depth < 4 and name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT") and arg[0] >= 1:
            return _opens_with_space(list(arg[2]), depth + 1)
        return False
    return False


def _cue_gates(cues: dict[str, re.Pattern[str] | None]) -> dict[str, frozenset[str]]:
    """Gate substrings of the folded cues (searched case-sensitively in lower-cased text), where
    every match is certain to contain one; IGNORECASE cues get none."""
    from policykg.ingest.vocabulary import gate_literals

    gates: dict[str, frozenset[str]] = {}
    for name, pattern in cues.items():
        if pattern is not None and not pattern.flags & _IGNORECASE:
            found = gate_literals(pattern.pattern)
            if found:
                gates[name] = found
    return gates


# more substrings than this are tested one by one slower than the regex searches (fact_cues.MAX_GATE_LITERALS)
_MAX_IGNORECASE_GATE = 40


def _ignorecase_cue_gates(cues: dict[str, re.Pattern[str] | None]) -> dict[str, tuple[str, ...]]:
    """Gate substrings of the case-insensitive cues, where every match is certain to hold one."""
    from policykg.ingest.vocabulary import ignorecase_gate

    gates: dict[str, tuple[str, ...]] = {}
    for name, pattern in cues.items():
        if pattern is not None and pattern.flags & _IGNORECASE:
            found = ignorecase_gate(pattern.pattern)
            if found and len(found) <= _MAX_IGNORECASE_GATE:
                gates[name] = tuple(sorted(found))
    return gates


@dataclass(frozen=True)
class SegmentInfo:
    """What one segment is about, as far as cues tell."""

    segment: Segment
    sections: frozenset[str]  # sections of the heading above (and of the segment, if a heading)
    intro: int | None  # index of the sentence introducing this list item, if any
    group: int  # id of the run of list items this segment belongs to (its own index if none)
    matches: dict[str, tuple[Match, ...]]  # field -> vocabulary hits inside the segment

    @property
    def is_heading(self) -> bool:
        """A real heading: HEADING segments that end like a sentence are treated as sentences."""
        # is_title's test written out: this property is read for every segment, many times
        return self.segment.kind is SegmentKind.HEADING and not _sentence_like(self.segment.text)


@dataclass(frozen=True)
class Analysis:
    text: str
    lexicon: Lexicon
    infos: tuple[SegmentInfo, ...]
    _memo: dict[tuple[str, int], bool] = dataclass_field(default_factory=dict, compare=False, repr=False)

    def info(self, index: int) -> SegmentInfo | None:
        return self.infos[index] if 0 <= index < len(self.infos) else None

    def clauses(self, segment: Segment) -> list[tuple[int, int]]:
        """Clause spans of a segment (document offsets), for negation scope."""
        bounds = [segment.start]
        for m in _CLAUSE_SPLIT.finditer(self.text, segment.start, segment.end):
            bounds.append(m.start())
        bounds.append(segment.end)
        if "—" in segment.text or "–" in segment.text:  # literal gate: most segments have no dash
            bounds = sorted(set(bounds) | set(self._denying_dashes(bounds)))
        if "(" in segment.text:  # literal gate
            bounds = sorted(set(bounds) | set(self._denying_brackets(bounds)))
        return [(a, b) for a, b in zip(bounds, bounds[1:]) if b > a]

    def _denying_brackets(self, bounds: list[int]) -> Iterator[int]:
        """A bracketed remark with a denial in it is a clause of its own: "Серия и номер паспорта (предъявляются
        волонтёру, не сохраняются) | подтверждение личности", "plantilla de tu huella (no guardamos la imagen)"
        deny only what the brackets say (a remark on keeping), not the data and purpose around them. A denial
        before the brackets still governs what they list ("No recogemos datos biométricos (huella, rostro)")."""
        for a, b in zip(bounds, bounds[1:]):
            for m in _BRACKETED.finditer(self.text, a, b):
                if self.negated(m.start(), m.end()) and not self.negated(a, m.start()):
                    yield m.start()
                    yield m.end()

    def _denying_dashes(self, bounds: list[int]) -> Iterator[int]:
        """A spaced dash that opens a clause of its own with a denial in it: "сведения о звонках — содержание
        разговоров не записывается", "zənglər haqqında məlumatlar — danışıqların məzmunu saxlanılmır". The
        denial has its own subject (three words or more, not a pronoun or the negation itself), so it
        denies only what follows the dash; "Биометрические данные — не собираем" keeps the data in the
        denied clause."""
        for a, b in zip(bounds, bounds[1:]):
            for m in _SPACED_DASH.finditer(self.text, a, b):
                tail = self.text[m.end():b]
                if (len(tail.split()) >= 3 and _DASH_PREDICATE.match(tail) is None
                        and self.negated(m.end(), b) and not self.negated(a, m.start())):
                    yield m.start()

    def negated(self, start: int, end: int) -> bool:
        return self.lexicon.has("negation", self.text[start:end])

    def denies_practice(self, start: int, end: int) -> bool:
        """A negation that denies collecting, using or sharing (see ``Lexicon.negation_scope``)."""
        lex = self.lexicon
        clause = self.text[start:end]
        at = lex.first("negation", clause)
        if at is None:
            return False
        if lex.negation_scope is None:
            return True
        window = clause[at:at + lex.negation_scope] + "."  # the full stop keeps end-anchored cues off the cut
        return (lex.has("collect", window) or lex.has("share", window) or lex.has("own_collect", window)
                or _USE_VERB.search(window) is not None)

    def statements_by_polarity(
        self,
        info: SegmentInfo,
        hits: list[Match],
        *,
        kind: StatementKind,
        field: str,
        denied: Callable[[int, int], bool] | None = None,
    ) -> Iterator[Statement]:
        """One statement per polarity for a segment's hits, each hit judged by its own clause.

        ``denied(start, end)`` says whether a clause denies (default: a negation cue in it), so
        "we use cookies but do not use fingerprinting" gives one affirmative and one negative.
        """
        denied = denied or self.negated
        keys_by_polarity: dict[Polarity, list[str]] = {}
        for start, end in self.clauses(info.segment):
            keys = [m.key for m in hits if start <= m.start < end]
            if keys:
                polarity = Polarity.NEGATIVE if denied(start, end) else Polarity.AFFIRMATIVE
                keys_by_polarity.setdefault(polarity, []).extend(keys)
        for polarity, keys in keys_by_polarity.items():
            yield Statement(
                kind=kind,
                span=Span(info.segment.start, info.segment.end),
                polarity=polarity,
                values={field: tuple(dict.fromkeys(keys))},
            )

    def cue_spans(self, cue: str, info: SegmentInfo) -> list[tuple[int, int]]:
        """Document offsets of every hit of a cue inside a segment (folded cues keep offsets: the
        fold only lower-cases)."""
        pattern = self.lexicon.cues.get(cue)
        if pattern is None:
            return []
        text = info.segment.text
        if not pattern.flags & _IGNORECASE:
            text = fold(text)
        base = info.segment.start
        return [(base + m.start(), base + m.end()) for m in pattern.finditer(text)]

    def has(self, cue: str, info: SegmentInfo) -> bool:
        """Whether a segment contains a cue (memoised: several extractors ask the same)."""
        key = (cue, info.segment.index)
        found = self._memo.get(key)
        if found is None:
            found = self.lexicon.has(cue, info.segment.text)
            if found and cue == "share" and self.lexicon.has("shared_with_us", info.segment.text):
                found = self.lexicon.has(cue, _blank(self.lexicon.cues["shared_with_us"], info.segment.text))
            self._memo[key] = found
        return found


def _blank(pattern: re.Pattern[str] | None, text: str) -> str:
    """``text`` with every hit of ``pattern`` replaced by spaces (offsets kept)."""
    if pattern is None:
        return text
    folded = text if pattern.flags & _IGNORECASE else fold(text)
    return pattern.sub(lambda m: " " * len(m.group(0)), folded)


_last: tuple[object, Analysis] | None = None


def analyse(context: ExtractionContext) -> Analysis:
    """Read one document once for all practice extractors (cached for the latest context)."""
    global _last
    if _last is not None and _last[0] is context:
        return _last[1]
    result = _analyse(context.document.text, context.segments, context.language)
    _last = (context, result)
    return result


def split_runons(segments: tuple[Segment, ...], lex: Lexicon) -> tuple[Segment, ...]:
    """Long sentences cut into clauses at run-on boundaries; indices and parents renumbered."""
    if lex.runon is None or not any(
        s.kind is SegmentKind.SENTENCE and len(s.text) >= lex.runon_length for s in segments
    ):
        return segments
    pieces: list[list[tuple[int, int]]] = []
    for segment in segments:
        cuts = [0]
        if segment.kind is SegmentKind.SENTENCE and len(segment.text) >= lex.runon_length:
            for m in lex.runon.finditer(segment.text):
                if m.end() - cuts[-1] >= 20 and not _relative_clause(lex, segment.text, m.end()) and not _short_tail(segment.text, m.end()):
                    cuts.append(m.end())
        bounds = cuts + [len(segment.text)]
        pieces.append([(a, b) for a, b in zip(bounds, bounds[1:]) if segment.text[a:b].strip()] or [(0, len(segment.text))])
    first: list[int] = []
    last: list[int] = []
    count = 0
    for parts in pieces:
        first.append(count)
        count += len(parts)
        last.append(count - 1)
    result: list[Segment] = []
    for segment, parts in zip(segments, pieces):
        parent = last[segment.parent] if segment.parent is not None and segment.parent < len(last) else None
        for a, b in parts:
            piece = segment.text[a:b]
            lead = len(piece) - len(piece.lstrip())
            tail = len(piece.rstrip())
            result.append(Segment(
                start=segment.start + a + lead, end=segment.start + a + tail,
                text=piece[lead:tail], kind=segment.kind, index=len(result),
                heading=segment.heading, parent=parent,
            ))
    return tuple(result)


# a clause of its own opens with its subject ("we ...", "you ...") or a request ("please ...")
_CLAUSE_OPENER = re.compile(r"(?:we|you|they|please|nous|vous|мы|вы|nosotros|usted|biz|siz)\b", re.IGNORECASE)
_MIN_TAIL = 30


def _short_tail(text: str, cut: int) -> bool:
    """A few words closing the sentence after a phrase boundary ("..., to help them contact consumers | for
    marketing purposes.") are no clause of their own: cut off, the purpose lost its verb and its data."""
    tail = text[cut:].strip()
    return len(tail) < _MIN_TAIL and _CLAUSE_OPENER.match(tail) is None


def _relative_clause(lex: Lexicon, text: str, cut: int) -> bool:
    """Does the clause after ``cut`` describe the noun before it ("the information | we have to ...")?"""
    if lex.runon_relative is None:
        return False
    begin = max(0, cut - 40)
    at = cut - begin
    return any(m.start() < at < m.end() for m in lex.runon_relative.finditer(text[begin : cut + 30]))


# an enumeration marker opening a sentence: "(b) ...", "c) ...", "(ii) ...", "3) ..."
_INLINE_MARKER = re.compile(r"^\s*(?:\(\s*(?:[a-z]|[ivx]{1,4}|\d{1,2})\s*\)|(?:[a-z]|\d{1,2})\))\s")
_OPENS_ENUMERATION = re.compile(r"[:：]\s*\(?\s*(?:a|i|1)\s*\)")
# a sentence that introduces a list whose items follow it, cut at semicolons
# a grant of rights cut at semicolons ("tiene derecho a conocer ...; presentar quejas ...;") lists the rights
_OPENS_LIST = re.compile(r"[:：]|\b(?:includ(?:e|es|ing)|such as|following|namely|e\.g\.)\b|包括|如下|以下|включа\w*|следующ\w*|incluy\w*|siguientes|daxildir|aşağıdak\w*"
                         r"|\b(?:tiene\w* derecho a|имеет право|вправе|have the right to|has the right to)\b", re.IGNORECASE)


def inline_items(segments: tuple[Segment, ...]) -> tuple[Segment, ...]:
    """Sentences continuing an inline enumeration become items of the sentence that opened it.

    An enumeration is opened by "...: (a) ...;" (its items then carry markers), or by a sentence
    that introduces a list ("... include ...;", "... such as: ...;") and is cut at its semicolons
    ("we collect: your IP address; login; e-mail address; password;"): each piece up to the last
    one is an item of the opener, so the opener's verb governs them.
    """
    result = list(segments)
    head: int | None = None
    marked = True  # whether the open enumeration's items carry markers
    for n, segment in enumerate(segments):
        if segment.kind is not SegmentKind.SENTENCE or segment.parent is not None:
            head = None
            continue
        previous = result[n - 1] if n else None
        if (
            head is not None and previous is not None
            and previous.text.rstrip().endswith((";", "；"))
            and (_INLINE_MARKER.match(segment.text) or not marked)
        ):
            result[n] = Segment(segment.start, segment.end, segment.text, SegmentKind.ITEM, segment.index,
                                segment.heading, head)
            continue
        head = None
        if segment.text.rstrip().endswith((";", "；")):
            if _OPENS_ENUMERATION.search(segment.text):
                head, marked = n, True
            elif _OPENS_LIST.search(segment.text):
                head, marked = n, False
    return tuple(result)


# "Acme Co. Ltd. and its affiliates", "Acme Pte. Ltd., a company ...": the full stop of a legal form inside a
# sentence ends nothing, but the cue windows ("[^.;]{0,40}") stop at it and the rest of the sentence is lost.
# For cue matching it becomes a one-dot leader (same length, offsets kept; not a word or space character).
# Only where the sentence visibly goes on: a lower-case word, a bracket, a comma, a quote or a second form.
# literal pre-check (one C scan each); "Pte.", "Pty.", "Sdn." come with a "Ltd." or "Bhd." after them
_LEGAL_FORMS = ("Inc.", "Ltd.", "Co.", "Corp.", "INC.", "LTD.", "CO.", "Bhd.")
# The dots of ``\b((?i:inc|ltd|co|corp|llc|plc|pte|pty|pvt|sdn|bhd))\.(?=…)``, found from the other end: that
# regex opens with a word boundary, so the engine tried it at every position of the policy (0.46 ms a policy);
# a full stop is a literal it jumps to, and the form is then read back from each dot where the sentence goes on
# (0.03 ms). The matches cannot overlap (a form is letters, each match ends at its dot), so these are its dots.
_DOT_GOING_ON = re.compile(r"\.(?=[ \t]{0,2}(?:[a-z(,“\"]|(?i:ltd|inc|llc|limited|pte|kg)\b))")
_LEGAL_FORM_BEFORE = re.compile(r"\b(?i:inc|ltd|co|corp|llc|plc|pte|pty|pvt|sdn|bhd)\Z")  # searched up to the dot
_LONGEST_FORM = 4
# Romance legal forms written as dotted initials ("Ejemplo S.A. de C.V.", "Rueda S.L., con domicilio", "S.R.L.",
# "S.p.A.", "Ltda."): every dot inside them, and the last where the sentence goes on (a lower-case word, a comma, a
# bracket, a quote or a second form). "U.S.A." is no legal form (a dot or letter before it). "ООО", "АО", "GmbH",
# "MMC" have no dot and need nothing. Literal pre-check first.
_DOTTED_FORMS = ("S.A", "S.L", "C.V", "S.R.L", "S.p.A", "Ltda.", "S.A.S", "S. de R.L")
_DOTTED_FORM_DOT = re.compile(
    r"(?<![\w.])(S\.A\.S|S\.A\.U|S\.L\.U|S\.R\.L|S\.p\.A|S\. de R\.L|S\.A|S\.L|C\.V|Ltda)\.(?=[ \t]{0,2}(?:[a-z(,“\"«]|[A-Z]\.[A-Z]?))"
)
DOT_LEADER = "\u2024"


def _legal_form_dots(text: str) -> list[int]:
    """Offsets of the full stops that end a legal form ("Co.", "Inc.", "Pte.") where the sentence goes on."""
    return [m.start() for m in _DOT_GOING_ON.finditer(text)
            if _LEGAL_FORM_BEFORE.search(text, max(0, m.start() - _LONGEST_FORM), m.start()) is not None]


def _dots_replaced(text: str, dots: list[int]) -> str:
    """``text`` with the characters at ``dots`` (ascending) replaced by the dot leader."""
    pieces: list[str] = []
    last = 0
    for at in dots:
        pieces.append(text[last:at])
        pieces.append(DOT_LEADER)
        last = at + 1
    pieces.append(text[last:])
    return "".join(pieces)


def mask_legal_form_dots(text: str) -> str:
    """``text`` with the full stops of mid-sentence legal forms replaced (see ``_DOT_GOING_ON``, ``_DOTTED_FORM_DOT``),
    length and offsets kept."""
    if any(form in text for form in _LEGAL_FORMS):
        dots = _legal_form_dots(text)
        if dots:
            text = _dots_replaced(text, dots)
    if any(form in text for form in _DOTTED_FORMS):
        text = _DOTTED_FORM_DOT.sub(lambda m: (m.group(1) + ".").replace(".", DOT_LEADER), text)
    return text


def _wrapped(text: str, cut: int, end: int) -> bool:
    """Whether a term running past a segment's end was only wrapped there: the cut is a bare line break inside it
    ("硬件地址、IP\n地址、WLAN接入点" in crawled text), so the term belongs to the segment it starts in. A term that
    runs over a full stop or a blank line spans two sentences and belongs to neither."""
    gap = text[cut:end]
    return gap.count("\n") == 1 and _LINE_BREAK.match(gap) is not None and text[cut - 1:cut] not in _HARD_STOPS


_HARD_STOPS = frozenset(".。!！?？;；:：")
_LINE_BREAK = re.compile(r"[ \t]*\n[ \t]*\S")


def _analyse(text: str, segments: tuple[Segment, ...], language: str) -> Analysis:
    lex = lexicon(language)
    masked = mask_legal_form_dots(text)
    if masked is not text and masked != text:
        text = masked
        # only the segments holding a masked dot are rebuilt (``replace`` is slow; the others are equal as they are)
        segments = tuple(s if (t := masked[s.start:s.end]) == s.text else replace(s, text=t) for s in segments)
    segments = inline_items(split_runons(segments, lex))
    starts = [s.start for s in segments]
    # only segments with hits get their own lists (most sentences have none)
    buckets: dict[int, dict[str, list[Match]]] = {}
    for field in FIELDS:
        for match in matcher_for(field, language).find(text):
            at = bisect.bisect_right(starts, match.start) - 1
            if at >= 0 and match.start < segments[at].end < match.end and _wrapped(text, segments[at].end, match.end):
                match = Match(match.key, match.start, segments[at].end)  # "IP\n地址": a term wrapped over a line break
            if at >= 0 and match.end <= segments[at].end:
                bucket = buckets.get(at)
                if bucket is None:
                    bucket = buckets[at] = {f: [] for f in FIELDS}
                bucket[field].append(match)
    no_matches: dict[str, tuple[Match, ...]] = dict.fromkeys(FIELDS, ())
    infos: list[SegmentInfo] = []
    carried: frozenset[str] = frozenset()
    top: frozenset[str] = frozenset()  # sections of the last top-level heading
    part: frozenset[str] = frozenset()  # sections of the last "第一部分/第二章" title
    heading_sections: dict[str, frozenset[str]] = {}
    kept: dict[str, frozenset[str]] = {}  # headings that stay in the section of the heading just above them
    siblings: frozenset[str] = frozenset()  # the section whose first sub-title was kept: its later sub-titles stay too
    group = -1
    previous_item: Segment | None = None
    previous_style = ""
    claimed_intros: set[int] = set()
    for n, segment in enumerate(segments):
        heading = segment.text if segment.kind is SegmentKind.HEADING else segment.heading
        if heading is None or _is_navigation(heading):
            sections: frozenset[str] = frozenset()
        elif _sentence_like(heading):
            sections = carried  # a sentence taken for a heading does not open a new section
        else:
            if heading not in heading_sections:
                found = lex.sections_of(heading)
                if (((not found and heading.rstrip().endswith(("?", "？")))
                     or ((_OPENS_WITH_WHO.match(heading) or _AZ_WHO.search(heading)) and not _PROCESSOR_VERB.search(heading)))
                        and _ASKS_WHO.search(heading) and (any(word in heading.lower() for word in _DATA_WORDS)
                                                             or _DATA_PRONOUN.search(heading))):
                    # "¿Quién más ve tus datos?" asks who gets the data; so does a title that opens with the
                    # question word, with or without its mark ("4. КТО ЕЩЁ ПОЛУЧАЕТ ДАННЫЕ": "получает" is no collection)
                    found = (found - {"collection"}) | {"sharing"}
                elif (not found and heading.rstrip().endswith("?") and len(heading.split()) <= 8
                        and _ASKS_WHY.search(heading) and not any(w in heading.lower() for w in _ABOUT_POLICY)):
                    found = frozenset({"use"})  # "Nə üçün?", "What for?": the answer lists purposes
                heading_sections[heading] = found
            sections = heading_sections[heading]
            subheading = _is_subheading(heading)
            if segment.kind is SegmentKind.HEADING and _column_header(sections, carried, segments, n):
                kept[heading] = carried
                siblings = carried if _NUMBERED_TITLE.match(heading) is None else frozenset()
            elif (segment.kind is SegmentKind.HEADING and siblings and heading not in kept
                    and not (sections & MAJOR_SECTIONS) and not subheading and _NUMBERED_TITLE.match(heading) is None):
                # the next unnumbered sub-title of the same section ("Что мы собираем" / "Вы сообщаете сами" / … /
                # "Появляется, когда вы смотрите"): a topic no pattern knows after a first sub-title is a sibling, not a
                # new section (numbered titles keep their own structure: "1、…", "2、…" are sections of their own)
                kept[heading] = siblings
            elif segment.kind is SegmentKind.HEADING and sections & MAJOR_SECTIONS:
                siblings = frozenset()
            if heading in kept:
                sections = kept[heading]
            elif not (sections & MAJOR_SECTIONS) and _INTRO_END.search(heading):
                sections = carried  # a list intro stays in the section above
            elif subheading or not (sections & MAJOR_SECTIONS):
                # a sub-heading ("（四）保障账号和服务安全", "3.2 ...") stays inside its section
                if subheading or "exceptions" in sections:
                    sections = sections | (top & MAJOR_SECTIONS)
            elif segment.kind is SegmentKind.HEADING:
                top = sections
            if _PART_TITLE.match(heading):
                part = sections if segment.kind is SegmentKind.HEADING else part
            elif part and not (sections & MAJOR_SECTIONS) and _CN_NUMBERED_TITLE.match(heading):
                sections = sections | (part & MAJOR_SECTIONS)  # "第一部分 我们收集的信息" > "二、服务过程": a part of it
        if heading is not None:
            carried = sections
        intro = segment.parent
        if segment.kind is SegmentKind.ITEM:
            marker = _marker_before(text, segment)
            style = _marker_style(marker)
            same_run = (
                previous_item is not None and previous_item.parent == segment.parent
                and style == previous_style and not _restarts(marker)
                and all(s.kind is SegmentKind.SENTENCE and s.parent is not None for s in segments[previous_item.index + 1:n])
            )
            if not same_run:
                group = n
                if intro is not None and intro in claimed_intros:
                    intro = None  # the intro introduced an earlier list, not this one
                elif intro is not None:
                    claimed_intros.add(intro)
            else:
                intro = next(i.intro for i in reversed(infos) if i.segment.kind is SegmentKind.ITEM)
            previous_item, previous_style = segment, style
        elif not (segment.kind is SegmentKind.SENTENCE and segment.parent is not None and previous_item is not None):
            previous_item = None
        infos.append(SegmentInfo(
            segment=segment,
            sections=sections,
            intro=intro,
            group=group if segment.kind is SegmentKind.ITEM else n,
            matches={f: tuple(v) for f, v in found.items()} if (found := buckets.get(n)) else dict(no_matches),
        ))
    return Analysis(text=text, lexicon=lex, infos=tuple(infos))


# a question title asking who (else) gets, sees or holds the data: its answer names recipients, in any
# of the five languages ("Who else sees your data?", "¿Quién más ve tus datos?", "Кто ещё видит ваши данные?",
# "Məlumatlarınızı kim görür?", "谁会看到您的信息？"); asked only of headings no section pattern knows
_ASKS_WHO = re.compile(r"(?i)(?:\b(?:who|whom)\b|quién|quiénes|\bкто\b|\bкому\b|\bс кем\b|(?<![a-zəğıöşüç])kim(?:lər)?(?:ə|lə|in|dən)?"
                       r"(?![a-zəğıöşüç])|谁)")


# ... the question word first, after any numbering ("4. КТО ЕЩЁ ПОЛУЧАЕТ ДАННЫЕ", "Who else sees your data")
_OPENS_WITH_WHO = re.compile(r"(?i)\W*(?:[\dIVX]{1,4}[.)]?\s*)?(?:who\b|whom\b|to whom\b|with whom\b|quién|quiénes|a quién|"
                             r"con quién|кто\b|кому\b|с кем\b|kim(?:lər)?(?:ə|lə)?\b)")


# ... or, in Azerbaijani, anywhere before the verb: the language puts the object first ("4. MƏLUMATLARI KİM GÖRÜR",
# "Məlumatlarınızı kimlərə ötürürük"), so the question word need not open the title
_AZ_WHO = re.compile(r"(?i)(?<![a-zəğıöşüç])kim(?:lər)?(?:ə|lə)?(?![a-zəğıöşüç])")


# ... but "Кто обрабатывает ваши данные", "Who collects your data" ask who the controller is
_PROCESSOR_VERB = re.compile(r"(?i)обрабатыва|собира|отвеча|process|collect|controll|responsib|trata|recog|recab|responsable|emal|topla|cavabdeh")


# a question title asking what the data are for ("Why do we need it?", "¿Para qué?", "Для чего?", "Nə üçün?")
_ASKS_WHY = re.compile(r"(?i)\bwhy\b|\bwhat for\b|para qué|con qué fin|\bзачем\b|для чего|с какой целью"
                       r"|nə üçün|nə məqsədlə|(?<![a-zəğıöşüç])niyə(?![a-zəğıöşüç])")
# ... but not one about the policy itself ("Why is this policy important?", "Niyə bu siyasət vacibdir?")
_ABOUT_POLICY = ("policy", "notice", "política", "aviso", "политик", "siyasət", "qayda")
# ... and names the data: "Кто мы?", "¿Quién es el responsable?" ask about the controller instead
_DATA_WORDS = ("dato", "información", "данн", "сведен", "информац", "məlumat", "data", "information", "信息", "数据")
# ... or stands for them by a pronoun before the verb: "¿A quién se los enviamos?", "Кому мы их передаём?", "Onları
# kimə veririk?" (Spanish clitics, Russian and Azerbaijani object pronouns)
_DATA_PRONOUN = re.compile(r"(?i)(?:\bse\s+)?\b(?:los|las)\s+\w+(?:amos|emos|imos)\b|\bих\b|(?<![a-zəğıöşüç])onları(?![a-zəğıöşüç])")



# "Əgər gələcəkdə ipoteka kalkulyatoru yaradılarsa, gəliriniz … paylaşılacaq", "Если в будущем появится …", "Si en el
# futuro …", "If in the future …": a condition on a feature yet to come describes a practice that does not exist
# now; the whole sentence, main clause included, names data nobody collects or shares today
_FUTURE_WORDS = ("gələcəkdə", "в будущем", "en el futuro", "in the future", "in future")
_HYPOTHETICAL_FUTURE = re.compile(
    r"\b(?:əgər|если|si|if)\b[^.;]{0,40}?(?:gələcəkdə|в будущем|en el futuro|in (?:the )?future)\b[^.;]*",
    re.IGNORECASE,
)


def future_hypotheticals(text: str) -> list[tuple[int, int]]:
    """Spans of ``text`` (offsets in it) that describe a practice only a future feature would bring (literal gate first)."""
    low = text.lower()
    if not any(word in low for word in _FUTURE_WORDS):
        return []
    return [(h.start(), h.end()) for h in _HYPOTHETICAL_FUTURE.finditer(text)]

@lru_cache(maxsize=16384)  # asked again for every segment under the same heading
def _is_navigation(heading: str) -> bool:
    return _NAVIGATION.match(heading.strip()) is not None


def _column_header(found: frozenset[str], carried: frozenset[str], segments: Sequence[Segment], n: int) -> bool:
    """A title no section pattern knows, right under a section's own title with nothing between them, is
    the header row of a table or a sub-title inside that section ("1. Что мы собираем" then
    "Категория | Примеры | Откуда", "1. Hansı məlumatları toplayırıq" then "Məlumat Nə vaxt"): the rows
    below it go on with the section above instead of falling outside every section. So is one right after
    a sentence that announces it with a colon ("Bank aşağıdakı məlumatları toplayır:" then "Məlumat qrupu
    Tərkibi"): the intro promises what follows, and a table is what follows.

    Not memoised: a cache key holding ``segments`` hashed every segment of the document on each call
    (~7,000 segment hashes a real policy, 5 % of extracting it), for a test of a few set operations."""
    if n == 0 or not carried & MAJOR_SECTIONS:
        return False
    if found & MAJOR_SECTIONS:
        # "te pedimos y tratamos:" then "Dato | Finalidad": a header row may name the purpose column of the data
        # table the intro announces; the rows still list what is collected, not a new section on use
        return found <= {"use"} and "collection" in carried and _announced(segments, n)
    return segments[n - 1].kind is SegmentKind.HEADING or _announced(segments, n)


def _announced(segments: Sequence[Segment], n: int) -> bool:
    """Whether the title at ``n`` follows a colon-ended intro that opens its section (right under its title): what
    the intro promises follows, and a table's header row bears no number (a numbered title after "收集以下信息："
    ("1、业务功能一：注册") opens a sub-section of its own)."""
    before = segments[n - 1]
    return (n > 1 and segments[n - 2].kind is SegmentKind.HEADING and before.kind is SegmentKind.SENTENCE
            and before.text.rstrip().endswith((":", "：")) and _NUMBERED_TITLE.match(segments[n].text) is None)


def _is_subheading(heading: str) -> bool:
    return _SUBHEADING.match(heading) is not None


def table_cells(text: str) -> list[str] | None:
    """The cells of a table row (cells split by tabs, as the DOCX and HTML readers write them, or by "|"),
    or None for a line that is no row (fewer than two filled cells). Why: a table states a rule per row."""
    if "\t" not in text and "|" not in text:
        return None
    cells = [c.strip() for c in re.split(r"\t|\|", text.strip().strip("|"))]
    return cells if sum(1 for c in cells if c) >= 2 else None


def is_title(segment: Segment) -> bool:
    """A section title, never evidence: HEADING segments that end like a sentence are read as sentences."""
    return segment.kind is SegmentKind.HEADING and not _sentence_like(segment.text)


def first_under(segments: Sequence[Segment], title: Segment) -> Segment | None:
    """The first sentence or item of the section a title opens, or None when another title follows
    at once (a contents list, an empty section): what a title announces is quoted from there."""
    following = segments[title.index + 1] if title.index + 1 < len(segments) else None
    if following is None or is_title(following):
        return None
    return following


# cached by text, not by segment: hashing a Segment (every field) per call cost more than the test,
# and a heading's text recurs (template headings across documents, every segment under a heading)
@lru_cache(maxsize=16384)
def _sentence_like(text: str) -> bool:
    """Long and ending like a sentence: "1. We encrypt data in transit ..." is no section title."""
    if not _SENTENCE_END.search(text):
        return False
    if _QUESTION_TITLE.match(text):
        return False  # a Spanish question line ("¿Cómo puede ejercer sus derechos?") titles a section
    han = sum(1 for ch in text if "\u4e00" <= ch <= "\u9fff")
    return han >= 15 or len(text) >= 60


def _marker_before(text: str, segment: Segment) -> str:
    """The list marker the segmenter left out of the item: from the line start to the item."""
    line_start = text.rfind("\n", 0, segment.start) + 1
    before = text[line_start:segment.start]
    return before if before.strip() else segment.text[:8]


def _marker_style(text: str) -> str:
    m = _MARKER.match(text)
    if m is None:
        return ""
    if m.group("bullet"):
        return "bullet:" + m.group("bullet")
    num = m.group("num")
    kind = "digit" if num.isdigit() else ("han" if num[0] in "一二三四五六七八九十" else "letter")
    return kind + ("(" if text.lstrip()[:1] in "(（" else "")


def _restarts(text: str) -> bool:
    m = _MARKER.match(text)
    return bool(m and m.group("num") in ("1", "一", "a", "A"))
