"""Reading one policy's cue hits: every cue list scanned over the text once, then the passes that correct what a
cue alone cannot see (a definitions section, run-in labels, authorised partners, promise tails cut off by the
segmenter). ``PolicyFacts.read`` calls ``read_hits``; the checks read the hits through ``PolicyFacts``."""
from __future__ import annotations

import re
from bisect import bisect_right

from policykg.compliance.cues import Cue, cues_by_language, cues_for, fold, script_of
from policykg.compliance.text import PolicyText, Sentence
from policykg.ingest.extract.cues import mask_legal_form_dots
from policykg.ingest.vocabulary import LANGUAGES, matcher_for


def read_hits(policy: PolicyText) -> dict[str, set[int]]:
    """Cue list name -> indexes of the sentences that state it, after the correcting passes."""
    hits: dict[str, set[int]] = {fact: set() for fact in cues_for(policy.language)}
    sentences = policy.sentences
    starts = [s.start for s in sentences]
    # the full stop of a legal form inside a sentence ("accessed by X Pte. Ltd. in Singapore") ends nothing: the cue
    # windows ("[^.]{0,40}") read on over it, as extraction does (one literal pre-check per policy, offsets kept)
    text = mask_legal_form_dots(policy.text)
    masked = text is not policy.text and text != policy.text
    # a sentence the text wrapped over lines ("Nuestro Delegado de\nProtección de Datos", PDF and hard-wrapped
    # text) is read as one line: a cue written with a space matches across the wrap (same length, offsets kept)
    text = _unwrapped(text, sentences)
    aliases = self_aliases(policy.text)
    text = _as_we(text, aliases)
    lowered = fold(text)
    words_folded, words_as_written = _Words(lowered), _Words(text)
    for code, cues in cues_by_language(policy.language):
        script = script_of(code)
        eligible = [s for s in sentences if script.search(s.text)]
        if not eligible:
            continue
        allowed = None if len(eligible) == len(sentences) else {s.index for s in eligible}
        eligible_folded: list[tuple[Sentence, str]] | None = None  # folded once, for every anchored cue
        for fact, patterns in cues.items():
            found = hits[fact]
            for pattern in patterns:
                read, words = (lowered, words_folded) if pattern.folded else (text, words_as_written)
                if pattern.gate is not None and not words.holds_any(pattern.gate):
                    continue  # none of its words anywhere in the policy: it cannot match
                if pattern.anchored:
                    if eligible_folded is None:
                        eligible_folded = [(s, fold(_as_we(mask_legal_form_dots(s.text) if masked else s.text, aliases)))
                                           for s in eligible]
                    search = pattern.pattern.search
                    found.update(s.index for s, low in eligible_folded
                                 if s.index not in found and search(low if pattern.folded else _as_we(
                                     mask_legal_form_dots(s.text) if masked else s.text, aliases)))
                else:
                    _scan(pattern, read, sentences, starts, found, allowed)
    _mark_definitions_section(policy, hits)
    _categories_name_data(policy, hits)
    _label_topics(policy, hits)
    _authorised_parties_give_no_consent(policy, hits)
    _bare_exception_intro_inherits(policy, hits)
    _section_abroad_governs(policy, hits)
    _exceptions_to_a_denial_inherit_its_act(policy, hits)
    _data_given_to_us_is_ours(policy, hits)
    _collecting_party_rows_provide(policy, hits)
    _indirectly_is_not_irreversible(policy, hits)
    return hits


def _scan(cue: Cue, text: str, sentences: list[Sentence], starts: list[int], found: set[int],
          allowed: set[int] | None = None) -> None:
    """Add the sentences ``pattern`` matches, scanning the whole text once (one call per match, not one per
    sentence); a hit is confirmed on its own sentence, so a match across a sentence boundary never counts.
    With ``allowed``, only those sentences count: a Chinese cue such as "SSL" must not fire inside the
    English word "expressly" of an English policy that happens to quote a Chinese name."""
    pattern = cue.pattern
    pos = 0
    while True:
        match = pattern.search(text, pos)
        if match is None:
            return
        at = match.start()
        if at and "\u0400" > text[at] > "@" and text[at].isalpha() and "\u0400" > text[at - 1] and text[at - 1].isalpha():
            pos = at + 1  # a Latin-script cue names a word or a word's start: inside another word it names nothing
            continue  # ("untargeted advertising", "discontinuing use", "proceder" is no "ceder"); not Cyrillic, whose
            # prefixes keep the stem's sense ("зашифрованном" is encrypted), nor Chinese, which sets no word breaks
        k = bisect_right(starts, match.start()) - 1
        if k < 0:
            pos = match.start() + 1
            continue
        sentence = sentences[k]
        if match.start() >= sentence.end:  # between sentences (whitespace, markers)
            pos = match.start() + 1
            continue
        if (sentence.index not in found and (allowed is None or sentence.index in allowed)
                and (match.end() <= sentence.end or pattern.search(text[sentence.start:sentence.end]))):
            found.add(sentence.index)
        pos = max(sentence.end, match.start() + 1)  # items after an intro that still belong to its list when unnumbered


def _mark_definitions_section(policy: PolicyText, hits: dict[str, set[int]]) -> None:
    """Every sentence under a "definitions" heading is a definition: a catalogue of the kinds of personal
    information copied from the standard's annex names categories, it says nothing is collected."""
    cues = cues_for(policy.language).get("definitions_heading", ())
    if not cues:
        return
    verdict_of: dict[str, bool] = {}
    found = hits.setdefault("definition", set())
    for s in policy.sentences:
        if not s.section:
            continue
        if s.section not in verdict_of:
            verdict_of[s.section] = any(c.search(s.section) for c in cues)
        if verdict_of[s.section]:
            found.add(s.index)


def _categories_name_data(policy: PolicyText, hits: dict[str, set[int]]) -> None:
    """A sentence in which ingest's vocabulary finds a category of personal data ("Kamera şəkillərini … paylaşırıq",
    "передаём сведения о просмотрах …") names personal data, whatever the cue list's words for data: the SKOS
    vocabulary that extraction reads is the one list of data per language, so a new wording or language needs no second
    list in the cues (``data_word``). One scan of the text per policy, the hits bucketed by sentence."""
    found = hits.get("data_word")
    if found is None or policy.language not in LANGUAGES or not policy.sentences:
        return
    sentences = policy.sentences
    starts = [s.start for s in sentences]
    for m in matcher_for("data_categories", policy.language).find(policy.text):
        k = bisect_right(starts, m.start) - 1
        if k >= 0 and m.end <= sentences[k].end:
            found.add(k)


# What kind of data a run-in label names ("• Health data. Pulse, pressure and sleep, sent from your band.")
_LABEL_TOPICS = ("sensitive", "sensitive_strong", "device_data", "data_word", "pi_word")


def _label_topics(policy: PolicyText, hits: dict[str, set[int]]) -> None:
    """The sentence a run-in label heads is about what the label names: a label is a title, never quoted, so the
    kind of data it names is read in the sentence that shows the practice."""
    sentences = policy.sentences
    for s in sentences:
        if not s.label or s.index + 1 >= len(sentences):
            continue
        for fact in _LABEL_TOPICS:
            found = hits.get(fact)
            if found is not None and s.index in found:
                found.add(s.index + 1)


def _authorised_parties_give_no_consent(policy: PolicyText, hits: dict[str, set[int]]) -> None:
    """"与授权合作伙伴共享", "socios autorizados": a partner the company authorised is no consent of the person's.
    "授权" / "autoriza" mark consent (``any_consent``) where the person authorises; as the attribute of a recipient
    they name whom the company lets in. A sentence whose only consent word is such an attribute asks no consent."""
    both = hits.get("any_consent", set()) & hits.get("authorised_party", set())
    if not both:
        return
    cues = cues_for(policy.language)
    for i in both:
        text = policy.sentences[i].text
        for cue in cues.get("authorised_party", ()):
            for m in cue.pattern.finditer(fold(text) if cue.folded else text):  # folding keeps every offset
                text = text[:m.start()] + " " * (m.end() - m.start()) + text[m.end():]
        if not any(cue.search(text) for cue in cues.get("any_consent", ())):
            hits["any_consent"].discard(i)


# "您向我们所提供的信息" / "the information you provide to us": data the person gave the company, named as what the company
# then does something with (shares, uses), not the person's own disclosure to someone else
_GIVEN_TO_US = re.compile(r"(?:您|你|用户)(?:主动)?(?:向|与)(?:我们|本公司|本平台|平台|我司)所?(?:提供|共享|分享|透露)(?:的|给我们的)")


def _collecting_party_rows_provide(policy: PolicyText, hits: dict[str, set[int]]) -> None:
    """A table whose header names the parties and the data they collect ("第三方名称 | 收集的信息 | 目的", "SDK | data
    collected"): each row is a party collecting the person's data through our service, a provision to it (PIPL 23;
    TC260 SDK guide), as "the SDK provider collects your device ID" is in prose. Not a table of our processors
    (the header or its section speaks of entrusting)."""
    heads = hits.get("collecting_party_header")
    if not heads:
        return
    sentences = policy.sentences
    entrusted = hits.get("entrusted", set())
    for h in sorted(heads):
        head = sentences[h]
        if not head.table_row or h in entrusted or (h > 0 and sentences[h - 1].heading and h - 1 in entrusted):
            continue
        for row in sentences[h + 1:h + 80]:
            if row.heading or not row.table_row:
                break
            hits.setdefault("share_verb", set()).add(row.index)
            hits.setdefault("recipient", set()).add(row.index)


def _data_given_to_us_is_ours(policy: PolicyText, hits: dict[str, set[int]]) -> None:
    """"您向我们所提供的信息将由我们和我们的关联公司…共享": the user's act is giving the data to us; the sentence is about
    our sharing it on, so it is no "what the user hands a third party" (``user_provides``) unless another cue of it
    is left once that relative clause is blanked."""
    found = hits.get("user_provides", set())
    if not found:
        return
    cues = cues_for(policy.language)
    for i in sorted(found):
        text = policy.sentences[i].text
        if "向" not in text and "与" not in text:
            continue
        blanked = _GIVEN_TO_US.sub(lambda m: " " * len(m.group()), text)
        if blanked != text and not any(c.search(blanked) for c in cues.get("user_provides", ())):
            found.discard(i)


# "但以下特定情形除外：" / "except in the following cases:" standing alone after the promise it qualifies
BARE_EXCEPTION_INTRO = re.compile(r"^\W*(?:但|但是|除了?|except|with the following exceptions|save)?\W*(?:以下|下列|如下|in the following)"
                                  r"[^。.;；:：]{0,8}(?:情形|情况|cases?|circumstances?|situations?)[^。.;；:：]{0,6}(?:除外|例外|以外)?\W*[:：]\s*\**\s*$",
                                  re.IGNORECASE)


def _section_abroad_governs(policy: PolicyText, hits: dict[str, set[int]]) -> None:
    """A heading that says its section's transfers go abroad ("3. Transfers to universities abroad", "Передача данных за
    рубеж") governs the sentences under it: one that hands data to someone (a sharing verb and data, not denied) sends
    them abroad, though it does not repeat the word (lawmix21)."""
    abroad = hits.get("abroad")
    if not abroad:
        return
    headings = {s.text for s in policy.sentences if s.heading and s.index in abroad}
    if not headings:
        return
    share, data, denied = hits.get("share_verb", set()), hits.get("data_word", set()), hits.get("negation", set())
    abroad.update(s.index for s in policy.sentences if not s.heading and s.section in headings
                  and s.index in share and s.index in data and s.index not in denied)


def _bare_exception_intro_inherits(policy: PolicyText, hits: dict[str, set[int]]) -> None:
    """A list intro that is only "但以下特定情形除外：" ("except in the following cases:") is the tail of the sentence
    before it ("未经用户同意，我们不会向任何第三方公开、透露用户个人隐私信息。"): the segmenter cut the promise from
    its exceptions at the full stop. The intro says what the promise says (who receives, without consent), so it
    states the facts of that sentence too, and its cases are read as cases of that promise."""
    sentences = policy.sentences
    marked = hits.get("exception_marker", set()) | hits.get("without_consent", set())
    for i in sorted(marked):
        s = sentences[i]
        if i == 0 or len(s.text) > 40 or not BARE_EXCEPTION_INTRO.match(s.text):
            continue
        prev = sentences[i - 1]
        if prev.heading or not (i in hits.get("without_consent", ()) or "除外" in s.text or "except" in s.text.lower()):
            continue
        if i - 1 not in hits.get("negation", ()):
            continue  # only a promise ("we do not disclose ...") is carried on by "except:"
        for found in hits.values():
            if i - 1 in found:
                found.add(i)
        hits.setdefault("without_consent", set()).add(i)


# "但我们可能基于以下目的披露您的个人信息：", "但在活动中，我们会公示获奖用户的昵称", "However, we may disclose your
# information:": a contrast that goes on to disclose or publish, opening the sentence
_BUT_DISCLOSES = re.compile(r"^\W*(?:但是?|然而|不过|(?i:however|but)\b)[^。.!?]{0,30}?(?:披露|公示|公布|公开|(?i:disclos|publish|make public))")


def _exceptions_to_a_denial_inherit_its_act(policy: PolicyText, hits: dict[str, set[int]]) -> None:
    """"原则上，未经您同意我们不会公开披露您的个人信息。但我们可能基于以下目的披露您的个人信息：…": the sentence that
    turns on a denial with "但" makes exceptions to it, so what it lets happen is the denied act (a public disclosure),
    though it says only "disclose". Only the next sentence of the same paragraph, opening with the contrast, inherits."""
    denied = hits.get("public_disclosure", set()) & hits.get("negation", set())
    sentences = policy.sentences
    for i in sorted(denied):
        if i + 1 >= len(sentences) or sentences[i].heading:
            continue
        nxt = sentences[i + 1]
        if nxt.heading or "\n" in policy.text[sentences[i].end:nxt.start] or i + 1 in hits["public_disclosure"]:
            continue
        # ("但您可以选择公开您的打卡记录" is the user's own choice, no disclosure of ours)
        if (_BUT_DISCLOSES.match(nxt.text) and i + 1 not in hits.get("negation", set())
                and i + 1 not in hits.get("user_can", set()) and i + 1 not in hits.get("user_initiated", set())):
            hits["public_disclosure"].add(i + 1)


# "锦江银行股份有限公司（以下简称“本行”或“我们”）": a handler that names itself "本行" (or 我行, 我司, 本司) beside "我们"
# goes on to speak of itself in those words ("本行会处理您的卡号…"); the cues, written for "我们", read the alias as "我们"
# (two characters for two: offsets kept). Only an alias declared beside "我们" counts; "本行业" elsewhere is rare.
_ALIAS_DECL = re.compile(r"简称([^。）)]{0,30})")
_SELF_WORD = re.compile(r"[“\"「]((?:本|我)[\u4e00-\u9fff])[”\"」]")


def self_aliases(text: str) -> tuple[str, ...]:
    """The two-character self-designations ("本行", "我司") a Chinese policy declares beside "我们" (see above)."""
    if "简称" not in text:
        return ()
    found: list[str] = []
    for m in _ALIAS_DECL.finditer(text):
        if "我们" in m.group(1):
            found += [w for w in _SELF_WORD.findall(m.group(1)) if w != "我们" and w not in found]
    return tuple(found)


def _as_we(text: str, aliases: tuple[str, ...]) -> str:
    """``text`` with each declared self-alias read as "我们" (same length)."""
    for a in aliases:
        if a in text:
            text = text.replace(a, "我们")
    return text


class _Words:
    """Which of the cues' gate literals one text holds, each looked up once per policy (cues share words).
    A literal of three characters or more whose first or last three are no trigram of the text is not in it:
    one pass over the text builds the trigrams, and then most absent literals cost a set look-up instead of
    a scan of the whole policy."""

    __slots__ = ("text", "seen", "grams")

    def __init__(self, text: str) -> None:
        self.text = text
        self.seen: dict[str, bool] = {}
        self.grams: set[str] | None = None

    def holds_any(self, literals: tuple[str, ...]) -> bool:
        seen = self.seen
        for literal in literals:
            held = seen.get(literal)
            if held is None:
                text = self.text
                if len(literal) >= 3:
                    grams = self.grams
                    if grams is None:
                        grams = self.grams = {text[i:i + 3] for i in range(len(text) - 2)}
                    held = literal[:3] in grams and literal[-3:] in grams and literal in text
                else:
                    held = literal in text
                seen[literal] = held
            if held:
                return True
        return False


# "no permiten identificarle directamente", "do not directly identify you", "напрямую не идентифицируют": data that
# cannot identify a person *directly* are de-identified (identifiable with additional information, PIPL 73(3)), not
# anonymised; the claim that they identify no one holds only without that word ("directly or indirectly" denies both)
_ONLY_INDIRECTLY = re.compile(r"(?i:\bdirectly\b|\bdirectamente\b|напрямую|непосредственно|\bbirbaşa\b|直接)")
_INDIRECTLY_TOO = re.compile(r"(?i:indirect|косвенн|опосредованн|dolayı|间接)")


def _indirectly_is_not_irreversible(policy: PolicyText, hits: dict[str, set[int]]) -> None:
    """Drop the ``irreversible`` reading of sentences that deny only direct identification (see ``_ONLY_INDIRECTLY``)."""
    found = hits.get("irreversible")
    if found:
        found -= {i for i in found if _ONLY_INDIRECTLY.search(policy.sentences[i].text)
                  and not _INDIRECTLY_TOO.search(policy.sentences[i].text)}


def _unwrapped(text: str, sentences: list[Sentence]) -> str:
    """``text`` with the line breaks inside a sentence (where ``PolicyText`` joined a wrapped line) read as spaces."""
    if "\n" not in text:
        return text
    chars: list[str] | None = None
    for s in sentences:
        if "\n" not in s.text:
            continue
        if chars is None:
            chars = list(text)
        for i in range(s.start + 1, s.end - 1):
            if chars[i] == "\n":
                chars[i] = " "
    return text if chars is None else "".join(chars)
