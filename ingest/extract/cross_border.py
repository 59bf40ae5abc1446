"""CROSS_BORDER statements: where data is stored, and what the policy says about sending it abroad.

Two kinds of statement come out of a sentence, each quoting the whole sentence:

* a **storage** statement when the sentence states a storage location ("stored within the People's
  Republic of China", "存储在中华人民共和国境内"): ``storage_location`` (ISO-3166 alpha-2). Storage in
  a country is where data sits, not a transfer, so it carries no destination.
* a **transfer** statement when the sentence speaks of a transfer abroad ("cross-border", "境外",
  "transferencias internacionales", "за рубеж", "xaricə"), or, inside a section whose heading does,
  names a place or a recipient abroad or a PIPL art. 38 route. Its polarity is
  ``NEGATIVE`` for a denial that governs the transfer in its clause ("我们不会将上述信息传输至境外",
  "No realizaremos transferencias internacionales"), ``CONDITIONAL`` for a transfer only if, or
  only in future ("如未来确需向境外提供…", "if needed", and a denial with a way out: "not ... without
  your consent"), else ``AFFIRMATIVE``; one affirmative clause makes the sentence affirmative.
  It lists every destination named (``transfer_destinations``, ISO codes; a place the data comes
  from, "outside China", or a law's name is not one), the foreign recipients named
  (``foreign_recipients``) and the PIPL art. 38 routes named precisely (``transfer_mechanisms``:
  CAC security assessment, PI protection certification, CAC standard contract; EU standard
  contractual clauses, ISO certificates and real-name verification are look-alikes, not routes).

Headings and contents entries are never evidence. Every word list is lexicon data
(``lexicon/facts/{lang}.toml``, section ``[cross_border]``): a new country is a line in
``[cross_border.locations]``, a new language a new file.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from policykg.ingest.derived_cache import compile_regex
from policykg.ingest.extract import ExtractionContext
from policykg.ingest.extract.commitments import _blanked, _is_title
from policykg.ingest.extract.fact_cues import Cues, cues_for
from policykg.ingest.model import Polarity, Segment, Span, Statement, StatementKind

CLAUSE_END = re.compile(r"[.;:!?。；：！？\n]")
COMMA_CLAUSE_END = re.compile(r"[,，.;:!?。；：！？\n]")
# PIPL art. 38 routes, as the attribute values triples.py maps to pkg:TransferMechanism individuals
MECHANISMS = (
    ("cac_assessment", "cac-security-assessment"),
    ("pi_certification", "pi-protection-certification"),
    ("standard_contract", "cac-standard-contract"),
)
BEFORE_WINDOW = 60  # characters before a cue in which a negation governs it
AFTER_WINDOW = 40  # characters after a cue in which its own negated predicate may follow
CARRY = 2  # a route named in the next sentences or two still speaks of the same transfer
# a place name starts and ends a word in alphabetic scripts ("Japan" not in "Japanese")
_LETTER = "A-Za-z\u00c0-\u024f\u0400-\u04ff"


@dataclass(frozen=True)
class _Lexicon:
    """The document language's cross-border patterns, compiled once per language."""

    storage: tuple[re.Pattern[str], ...]
    kept_in: tuple[re.Pattern[str], ...]  # "outside X" with {LOC}: denied, it says the data stays in X
    codes: tuple[tuple[str, re.Pattern[str]], ...]  # country code -> its names (fullmatch)
    places: re.Pattern[str] | None  # any place name, as a word
    any_place: re.Pattern[str] | None  # any place name, any case: one search before the storage patterns
    not_destination: re.Pattern[str] | None  # contexts where a place is an origin or a law's name
    recipients: tuple[re.Pattern[str], ...]
    clause_scope: bool  # negation after the cue counts too (verb-final languages)


def extract(context: ExtractionContext) -> Iterator[Statement]:
    """Yield storage and transfer statements, at most one of each per sentence."""
    cues = cues_for(context.language)
    lexicon = _compiled(cues)
    about: dict[str, bool] = {}
    last_transfer: tuple[int, str | None, Polarity] | None = None  # (segment index, heading, polarity)
    processed_only: list[Statement] = []  # "processed in X" storage statements, kept only if none says "stored"
    stored_stated = False
    for segment in context.segments:
        text = segment.text
        if not cues.passes("cross_border", text.lower()) or _is_title(segment, context) or _question(text):
            continue
        span = Span(segment.start, segment.end)
        places, negated_storage, said_stored = _storage(cues, lexicon, text)
        location = places[0] if places else None
        if location is not None:
            stored = Statement(
                kind=StatementKind.CROSS_BORDER, span=span,
                polarity=Polarity.NEGATIVE if negated_storage else Polarity.AFFIRMATIVE,
                # several coordinated places ("in Ireland and the United States"): one triple each,
                # and the record's single storage_location is then null (no one country)
                attributes={"storage_location": places if len(places) > 1 else location},
            )
            if said_stored:
                stored_stated = True
                yield stored
            else:
                processed_only.append(stored)
        in_section = _section_about_transfer(cues, segment, about)
        recent = (
            last_transfer is not None
            and segment.index - last_transfer[0] <= CARRY
            and last_transfer[1] == segment.heading
        )
        if not (in_section or recent or cues.search("cross_border.cue", text) or (
                cues.search("cross_border.transfer_verb", text)
                and lexicon.places is not None and lexicon.places.search(text))):
            continue  # no cue, no verb with a place, no context: nothing to find (most sentences, cheaply)
        scan = _blank(cues, text)
        destinations = _destinations(lexicon, scan, domestic=location == "CN")
        hits = _cue_hits(cues, scan)
        # where the sentence says data is stored is a storage fact; only other places can make it a transfer
        elsewhere = [code for code in destinations if code != location]
        verbs = _verb_hits(cues, scan) if not hits and elsewhere else []
        if not hits and any(code != "CN" for code in elsewhere):
            # "we send your account data to our support team in Canada": data sent to a named
            # foreign country is a transfer abroad even without the word "abroad"
            hits = verbs
        mechanisms = _mechanisms(cues, scan, bare_ok=bool(hits) or in_section or recent)
        recipients = _recipients(lexicon, scan)
        if hits:
            polarity = _polarity(cues, lexicon, scan, hits)
        elif (in_section and ((elsewhere and verbs) or recipients or mechanisms)) or (recent and mechanisms):
            whole = [(0, len(scan))]
            polarity = _polarity(cues, lexicon, scan, whole)
            if recent and last_transfer is not None and polarity is Polarity.AFFIRMATIVE:
                polarity = last_transfer[2]  # "In that case we will ...": the transfer's own polarity
        else:
            continue
        if polarity is Polarity.AFFIRMATIVE and not (destinations or recipients or mechanisms) and _label_only(scan):
            continue  # "International transfers.", "跨境传输": a title, whatever its segment kind
        attributes: dict[str, str | int | tuple[str, ...]] = {}
        if not hits:
            destinations = tuple(elsewhere)
        if destinations:
            attributes["transfer_destinations"] = destinations
        if recipients:
            attributes["foreign_recipients"] = recipients
        if mechanisms:
            attributes["transfer_mechanisms"] = mechanisms
        last_transfer = (segment.index, segment.heading, polarity)
        yield Statement(kind=StatementKind.CROSS_BORDER, span=span, polarity=polarity, attributes=attributes)
    if not stored_stated:
        yield from processed_only


def _blank(cues: Cues, text: str) -> str:
    """The text with look-alike phrases ("跨境商品", "境外用户") replaced by spaces, offsets kept."""
    return _blanked(cues, "cross_border.not_cue", text)


def _question(text: str) -> bool:
    """An interrogative ("Does Acme transfer my data abroad?") asks; it states nothing."""
    return text.rstrip(" *\u3000").endswith(("?", "？"))


_WORD = re.compile(r"[^\W\d_]+")
_HAN = re.compile(r"[\u4e00-\u9fff]")


def _label_only(text: str) -> bool:
    """A bare label: at most three words (or six Chinese characters), nothing said around them."""
    han = len(_HAN.findall(text))
    if han:
        return han <= 6 and not re.search(r"[，,；;]", text)
    return len(_WORD.findall(text)) <= 3


def _cue_hits(cues: Cues, text: str) -> list[tuple[int, int]]:
    pattern = cues.pattern("cross_border.cue")
    return [m.span() for m in pattern.finditer(text)] if pattern is not None else []


def _verb_hits(cues: Cues, text: str) -> list[tuple[int, int]]:
    pattern = cues.pattern("cross_border.transfer_verb")
    return [m.span() for m in pattern.finditer(text)] if pattern is not None else []


def _section_about_transfer(cues: Cues, segment: Segment, memo: dict[str, bool]) -> bool:
    """Is the sentence under a heading about transfers abroad ("Transferencias internacionales")?"""
    heading = segment.heading
    if not heading:
        return False
    if heading not in memo:
        memo[heading] = bool(_cue_hits(cues, _blank(cues, heading)))
    return memo[heading]


def _clause(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause around text[start:end]: from the last clause mark before it to the next after it."""
    before = [m.end() for m in CLAUSE_END.finditer(text, 0, start)]
    after = CLAUSE_END.search(text, end)
    return (before[-1] if before else 0), (after.start() if after else len(text))


def _polarity(cues: Cues, lexicon: _Lexicon, text: str, hits: list[tuple[int, int]]) -> Polarity:
    """Affirmative if any clause speaking of the transfer affirms it; else a denial; else conditional."""
    found: set[Polarity] = set()
    for start, end in hits:
        first, last = _clause(text, start, end)
        clause = text[first:last]
        if lexicon.clause_scope:
            scope = clause
        else:
            # the words just before the cue, and its own predicate when the cue names the transfer
            # ("International transfers are not made"), not a subordinate clause further away
            scope = text[max(first, start - BEFORE_WINDOW) : end]
            if cues.search("cross_border.transfer_verb", text[start:end]):
                scope += " " + _predicate(cues, text[end:last])
        denied = cues.search("cross_border.negation", scope) is not None
        way_out = cues.search("cross_border.exception", clause) is not None
        if denied and not way_out:
            found.add(Polarity.NEGATIVE)
        elif denied or cues.search("cross_border.conditional", _blanked(cues, "cross_border.user_condition", clause)):
            found.add(Polarity.CONDITIONAL)
        else:
            found.add(Polarity.AFFIRMATIVE)
    for polarity in (Polarity.AFFIRMATIVE, Polarity.NEGATIVE):
        if polarity in found:
            return polarity
    return Polarity.CONDITIONAL


def _predicate(cues: Cues, after: str) -> str:
    """The words right after the cue that can still be its predicate ("International transfers are
    not made"), up to a comma or a relative word ("... to partners who do not ...")."""
    after = after[:AFTER_WINDOW]
    stop = cues.search("cross_border.relative", after)
    return after[: stop.start()] if stop else after


def _storage(cues: Cues, lexicon: _Lexicon, text: str) -> tuple[tuple[str, ...], bool, bool]:
    """The storage locations stated (the place the pattern found, then any country coordinated with it:
    "in Ireland and the United States", "в России и Казахстане"), whether the clause denies them
    ("we do not store ... in X"), and whether it says the data is stored there rather than only processed
    ("transferred to and processed in X" is where it is handled; "our servers are in Y" is where it is kept)."""
    if lexicon.any_place is None or lexicon.any_place.search(text) is None:
        return (), False, True  # no place named: none of the storage patterns can match
    for pattern in lexicon.storage:
        match = next((m for m in pattern.finditer(text) if not _in_title(text, m.start("loc"))), None)
        if match is None:
            continue
        code = _code(lexicon, match.group("loc"))
        if code is None:
            continue
        first, last = _clause(text, match.start(), match.end())
        if lexicon.clause_scope:
            # a verb-final denial governs its own conjunct only: "stored in X and not transferred abroad"
            # ("... saxlanılır və ... ötürülmür") affirms the storage place
            joined = cues.search("cross_border.coordinator", text[match.end() : last])
            scope = text[first : match.end() + joined.start()] if joined else text[first:last]
        else:
            scope = text[max(first, match.start() - BEFORE_WINDOW) : match.end()]
        processed = cues.search("cross_border.processed_only", match.group(0)) is not None
        negated = cues.search("cross_border.negation", scope) is not None
        places = _coordinated(cues, lexicon, text, match.end("loc"), code)
        if not negated:  # "病历部署在新加坡的服务器上，其余信息存储于中国境内": each clause keeps its own share
            places += tuple(c for c in _other_places(cues, lexicon, text, match.start(), match.end()) if c not in places)
        return places, negated, not processed
    return _kept_in(cues, lexicon, text), False, True


def _other_places(cues: Cues, lexicon: _Lexicon, text: str, start: int, end: int) -> list[str]:
    """Storage places that other parts of the sentence affirm (matches beside text[start:end], each with no denial
    in its own comma-clause): data split between two countries, a clause each, has no single storage location,
    as "in X and Y" has none."""
    places: list[str] = []
    for pattern in lexicon.storage:
        for match in pattern.finditer(text):
            if (match.start() < end and match.end() > start) or _in_title(text, match.start("loc")):
                continue
            code = _code(lexicon, match.group("loc"))
            low, high = _comma_clause(text, match.start(), match.end())
            if (code is None or code in places or cues.search("cross_border.negation", text[low:high]) is not None
                    or cues.search("cross_border.processed_only", match.group(0)) is not None):
                continue
            places.append(code)
    return places


TITLE_OPEN, TITLE_CLOSE = "«《“", "»》”"


def _in_title(text: str, at: int) -> bool:
    """Is position ``at`` inside a quoted title ("Федеральный закон «Об основах охраны здоровья граждан в Российской
    Федерации»", 《…》)? A country in a law's title is no place where data is kept."""
    opened = max(text.rfind(mark, 0, at) for mark in TITLE_OPEN)
    return opened >= 0 and max(text.rfind(mark, opened, at) for mark in TITLE_CLOSE) < 0


def _comma_clause(text: str, start: int, end: int) -> tuple[int, int]:
    """The stretch around text[start:end] between commas or clause marks."""
    before = [m.end() for m in COMMA_CLAUSE_END.finditer(text, 0, start)]
    after = COMMA_CLAUSE_END.search(text, end)
    return (before[-1] if before else 0), (after.start() if after else len(text))


def _kept_in(cues: Cues, lexicon: _Lexicon, text: str) -> tuple[str, ...]:
    """The country a denial of sending data out of it keeps the data in: "Мы не передаём данные за пределы
    России", "Azərbaycan Respublikasından kənara ötürülmür", "no salen de España" say where the data is
    stored as plainly as "stored in X" does. Said without a denial ("may be transferred outside Russia")
    it names where the data comes from, no storage place."""
    for pattern in lexicon.kept_in:
        match = pattern.search(text)
        code = _code(lexicon, match.group("loc")) if match is not None else None
        if match is None or code is None:
            continue
        first, last = _clause(text, match.start(), match.end())
        if cues.search("cross_border.negation", text[first:last]) is not None:
            return (code,)
    return ()


ALSO_WINDOW = 60  # characters after a storage place in which a coordinated place may follow


def _coordinated(cues: Cues, lexicon: _Lexicon, text: str, end: int, code: str) -> tuple[str, ...]:
    """The storage place and the countries coordinated right after it ("X and (in) Y", "X, Y y Z",
    "X 和 Y"): data kept in several countries has no single storage location. Only a conjunction
    directly after the place counts, so "stored in China and not transferred abroad" stays one place."""
    codes = [code]
    if lexicon.places is None or not cues.raw("cross_border.storage_also"):
        return tuple(codes)
    while end < len(text):
        joint = cues.search("cross_border.storage_also", text[end : end + ALSO_WINDOW])
        if joint is None or joint.start() != 0:
            break
        place = lexicon.places.match(text, end + joint.end())
        other = _code(lexicon, place.group()) if place else None
        if place is None or other is None:
            break
        if other not in codes:
            codes.append(other)
        end = place.end()
    return tuple(codes)


def _code(lexicon: _Lexicon, place: str) -> str | None:
    for code, names in lexicon.codes:
        if names.fullmatch(place):
            return code
    return None


def _destinations(lexicon: _Lexicon, text: str, *, domestic: bool) -> tuple[str, ...]:
    """Every country named as where data goes, in text order, each once (ISO-3166 alpha-2).

    A place named as the origin ("outside China", "在中国境内收集"), in a law's or an authority's
    name, or in a company's name is not a destination; nor is the PRC when the sentence says the
    data is stored there (domestic storage is not a transfer)."""
    if lexicon.places is None:
        return ()
    blocked = [m.span() for m in lexicon.not_destination.finditer(text)] if lexicon.not_destination else []
    found: list[str] = []
    for match in lexicon.places.finditer(text):
        if any(b_start <= match.start() and match.end() <= b_end for b_start, b_end in blocked):
            continue
        code = _code(lexicon, match.group())
        if code is None or code in found or (domestic and code == "CN"):
            continue
        found.append(code)
    return tuple(found)


def _recipients(lexicon: _Lexicon, text: str) -> tuple[str, ...]:
    """Foreign recipients named ("the overseas recipient is X Ltd.", "境外接收方为X有限公司")."""
    found: list[str] = []
    for pattern in lexicon.recipients:
        for match in pattern.finditer(text):
            name = match.group("name").strip(" ,;:，；：、")
            if name and name not in found:
                found.append(name)
    return tuple(found)


def _mechanisms(cues: Cues, text: str, *, bare_ok: bool) -> tuple[str, ...]:
    """The PIPL art. 38 routes the sentence names, in a fixed order.

    A route counts only in a clause that names no other regime's tool (EU standard contractual
    clauses, the European Commission, ISO certificates, real-name verification); a bare "security
    assessment" only where the sentence, its section or its neighbour is about the transfer."""
    found: list[str] = []
    for fact, key in MECHANISMS:
        keys = [f"cross_border.{fact}"] + ([f"cross_border.{fact}_bare"] if bare_ok else [])
        if any(_clean_match(cues, text, k) for k in keys):
            found.append(key)
    return tuple(found)


def _clean_match(cues: Cues, text: str, key: str) -> bool:
    pattern = cues.pattern(key)
    if pattern is None:
        return False
    for match in pattern.finditer(text):
        first, last = _clause(text, match.start(), match.end())
        if cues.search("cross_border.not_mechanism", text[first:last]) is None:
            return True
    return False


_CACHE: dict[tuple[str, ...], _Lexicon] = {}


def _compiled(cues: Cues) -> _Lexicon:
    """Storage, place, origin and recipient patterns with {LOC}/{ORG} filled in (cached per language)."""
    if cues.languages in _CACHE:
        return _CACHE[cues.languages]
    locations = cues.table("cross_border.locations")
    codes = tuple(
        (code.upper(), compile_regex("|".join(f"(?:{n})" for n in names), re.IGNORECASE))
        for code, names in locations.items()
    )
    names = [n for group in locations.values() for n in group]
    every_name = "|".join(f"(?:{n})" for n in names)
    # a place name is a whole word: "UK" is no country inside "kukilərdən" (cookies)
    storage, kept_in = (tuple(
        compile_regex(p.replace("{LOC}", f"(?<![{_LETTER}])(?P<loc>{every_name})(?![{_LETTER}])"), re.IGNORECASE)
        for p in cues.raw(key)
    ) for key in ("cross_border.storage", "cross_border.kept_in"))
    # longest names first, so "People's Republic of China" wins over "China"
    ordered = sorted(names, key=len, reverse=True)
    places = (
        # case-sensitive: country names are capitalised, and "usa" (Spanish "uses") is no country
        compile_regex(f"(?<![{_LETTER}])(?:{'|'.join(f'(?:{n})' for n in ordered)})(?![{_LETTER}])")
        if ordered else None
    )
    any_place = compile_regex(every_name, re.IGNORECASE) if names else None
    not_destination = cues.raw("cross_border.not_destination")
    origin = (
        compile_regex("|".join(f"(?:{p.replace('{LOC}', f'(?:{every_name})')})" for p in not_destination), re.IGNORECASE)
        if not_destination and names else None
    )
    org = "|".join(f"(?:{p})" for p in cues.raw("cross_border.org")) or r"(?!)"
    recipients = tuple(
        compile_regex(p.replace("{ORG}", f"(?:{org})"), re.IGNORECASE if "{ORG}" not in p else 0)
        for p in cues.raw("cross_border.recipient")
    )
    scope = str(cues.table("cross_border").get("negation_scope", "before")) == "clause"
    compiled = _Lexicon(storage, kept_in, codes, places, any_place, origin, recipients, scope)
    _CACHE[cues.languages] = compiled
    return compiled
