"""The built-in sample policies and their gold: valid policy-facts/1, all languages, our own words."""
from __future__ import annotations

import html
import json
import re
from datetime import date
from pathlib import Path

import pytest

from policykg.samples import gold_path, sample_dir, sample_paths

LANGUAGES = {"en", "zh", "az", "ru", "es"}
GB18030_FILE = "zh_hengcheng_notice_gb18030.txt"
LIST_FIELDS = ("laws_cited", "data_categories", "purposes", "recipients", "disclosure_conditions", "rights",
               "security_measures", "tracking")
BOOL_FIELDS = ("cookies", "cookie_control", "incident_notification", "policy_change_notice", "implied_consent")
SHINGLE = 8
# Reserved or fictional mail domains only: a sample must never point at a real mailbox.
EXAMPLE_MAIL = re.compile(r"@([a-z0-9-]+\.)*example\.(com|cn|org|net)$")
ISO_DURATION = re.compile(r"^P(?=\d)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?$")
CJK = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
TOKEN = re.compile(rf"[{CJK}]|[^\W{CJK}]+(?:'[^\W{CJK}]+)?")


# ---------------------------------------------------------------- helpers

def read_text(path: Path) -> str:
    """Decode a sample: GB18030 for the one legacy-encoded file, UTF-8 (strict) for all others."""
    raw = path.read_bytes()
    return raw.decode("gb18030" if path.name == GB18030_FILE else "utf-8")


def visible_text(path: Path) -> str:
    text = read_text(path)
    if path.suffix == ".html":
        text = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", text)
        text = html.unescape(re.sub(r"<[^>]+>", " ", text))
    return text


def tokens(text: str) -> list[str]:
    """Words of Latin/Cyrillic scripts, one token per CJK character, case-folded."""
    return [t.casefold() for t in TOKEN.findall(text)]


def shingles(text: str, size: int = SHINGLE) -> set[tuple[str, ...]]:
    words = tokens(text)
    return {tuple(words[i:i + size]) for i in range(len(words) - size + 1)}


MONTHS = {
    "en": "January February March April May June July August September October November December",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "ru": "января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
    "az": "yanvar fevral mart aprel may iyun iyul avqust sentyabr oktyabr noyabr dekabr",
}


def date_forms(day: date) -> set[str]:
    """The ways our samples write a date, so that a gold date must be literally stated in the text."""
    d, m, y = day.day, day.month, day.year
    forms = {day.isoformat(), f"{d:02}.{m:02}.{y}", f"{y}年{m}月{d}日"}
    en, es, ru, az = (MONTHS[k].split()[m - 1] for k in ("en", "es", "ru", "az"))
    forms |= {f"{en} {d}, {y}", f"{d} {en} {y}", f"{d} de {es} de {y}", f"{d} {ru} {y}", f"{d} {az} {y}"}
    # Russian documents quote the day ("«15» марта 2023 г."); Mexican ones write dd/mm/yyyy
    forms |= {f"«{d:02}» {ru} {y}", f"«{d}» {ru} {y}", f"{d:02}/{m:02}/{y}"}
    if d == 1:  # a month without a day is kept as the month's first day ("最后修订时间：2024年3月")
        forms |= {f"{y}年{m}月：", f"{y}年{m}月\n", f"{en} {y}"}
    return forms


def backticked(section: str) -> set[str]:
    return set(re.findall(r"`([^`]+)`", section))


def format_section(format_md: str, heading: str) -> str:
    match = re.search(rf"^### {re.escape(heading)}\n(.*?)(?=^### |^## |\Z)", format_md, re.S | re.M)
    assert match, f"FORMAT.md has no section '### {heading}': update the test to the new format"
    return match.group(1)


def alternatives(item: str) -> list[str]:
    return item.split("|")


# ---------------------------------------------------------------- fixtures

@pytest.fixture(scope="module")
def gold() -> dict:
    return json.loads(gold_path().read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def records(gold: dict) -> list[dict]:
    return gold["policies"]


@pytest.fixture(scope="module")
def allowed(shared_dir: Path) -> dict[str, set[str]]:
    """Allowed keys per list field, read from the shared FORMAT.md and the DPV term list."""
    fmt = (shared_dir / "eval" / "FORMAT.md").read_text(encoding="utf-8")
    conditions = {m for m in re.findall(r"^\| `([a-z-]+)` \|", format_section(fmt, "Disclosure-condition keys"), re.M)}
    tracking_row = next(line for line in fmt.splitlines() if line.startswith("| `tracking`"))
    pd: set[str] = set()
    purposes: set[str] = set()
    for line in (shared_dir / "reference" / "dpv-terms.tsv").read_text(encoding="utf-8").splitlines():
        cols = line.split("\t")
        if len(cols) < 3 or cols[1] != "class":
            continue
        name = cols[2].rsplit("#", 1)[-1]
        if cols[0] == "pd":
            pd.add(name)
        elif cols[0] == "purposes":
            purposes.add(name)
    keys = {
        "laws_cited": backticked(format_section(fmt, "Law keys")),
        "recipients": backticked(format_section(fmt, "Recipient keys")),
        "disclosure_conditions": conditions,
        "rights": backticked(format_section(fmt, "Right keys")),
        "security_measures": backticked(format_section(fmt, "Security-measure keys")),
        "tracking": backticked(tracking_row.split("|")[3]),
        "data_categories": pd,
        "purposes": purposes,
    }
    # Guard against a parser that silently reads nothing (which would make every check pass).
    for field, expected in {"laws_cited": "CN-PIPL", "recipients": "affiliates", "disclosure_conditions": "contract",
                            "rights": "erasure", "security_measures": "encryption", "tracking": "web-beacons",
                            "data_categories": "EmailAddress", "purposes": "Marketing"}.items():
        assert expected in keys[field], f"could not read the {field} keys from ../shared: {sorted(keys[field])[:5]}"
    assert "hasPurpose" not in keys["purposes"]
    return keys


# ---------------------------------------------------------------- the package API

def test_api_lists_the_samples_with_one_gold_record_each(records: list[dict]) -> None:
    paths = sample_paths()
    assert 12 <= len(paths) <= 40, [p.name for p in paths]
    assert all(p.parent == sample_dir() for p in paths)
    files = [r["file"] for r in records]
    assert len(files) == len(set(files)), "duplicate gold records"
    assert sorted(files) == [p.name for p in paths], "gold records and sample files differ"


def test_gold_declares_its_format(gold: dict) -> None:
    assert gold["format"] == "policy-facts/1"


def test_every_language_and_format_is_present(records: list[dict]) -> None:
    assert {r["language"] for r in records} >= LANGUAGES
    for r in records:
        assert r["file"].split("_", 1)[0] == r["language"], f"{r['file']}: file prefix and language differ"
    suffixes = {p.suffix for p in sample_paths()}
    assert {".txt", ".html"} <= suffixes


def test_all_files_but_one_are_strict_utf8_without_bom() -> None:
    for path in sample_paths():
        raw = path.read_bytes()
        assert not raw.startswith(b"\xef\xbb\xbf"), f"{path.name} has a BOM"
        if path.name != GB18030_FILE:
            raw.decode("utf-8")


def test_gb18030_sample_is_not_utf8_but_valid_gb18030() -> None:
    raw = (sample_dir() / GB18030_FILE).read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode("gb18030")  # strict: raises on invalid bytes
    assert text.encode("gb18030") == raw
    assert "个人信息" in text
    assert len(re.findall(rf"[{CJK}]", text)) > 150


def test_html_sample_has_boilerplate_around_the_policy() -> None:
    page = next(p for p in sample_paths() if p.suffix == ".html").read_text(encoding="utf-8")
    for marker in ("<nav", "<footer", "<script", "<h2", "<li"):
        assert marker in page, f"the HTML sample lacks {marker}"


# ---------------------------------------------------------------- gold records

def test_records_have_every_field_with_the_right_type(records: list[dict]) -> None:
    for r in records:
        where = r.get("file", "?")
        for key in ("file", "company", "language"):
            assert isinstance(r[key], str) and r[key], f"{where}: {key}"
        for key in LIST_FIELDS:
            assert isinstance(r[key], list) and all(isinstance(x, str) and x for x in r[key]), f"{where}: {key}"
            assert len(r[key]) == len(set(r[key])), f"{where}: duplicate items in {key}"
        for key in BOOL_FIELDS:
            assert isinstance(r[key], bool), f"{where}: {key}"
        ret = r["retention"]
        assert set(ret) == {"stated", "kind", "period"} and isinstance(ret["stated"], bool)
        assert ret["kind"] in (None, "purpose-bound", "fixed"), where
        if ret["kind"] == "fixed":
            assert ret["stated"] and ISO_DURATION.match(ret["period"] or ""), f"{where}: fixed needs a period"
        else:
            assert ret["period"] is None, f"{where}: a period belongs to fixed retention"
        if not ret["stated"]:
            assert ret["kind"] is None
        cb = r["cross_border"]
        assert set(cb) == {"mentioned", "storage_location"} and isinstance(cb["mentioned"], bool)
        assert cb["storage_location"] is None or re.fullmatch(r"[A-Z]{2}", cb["storage_location"]), where
        assert cb["mentioned"] or cb["storage_location"] is None, where
        mi = r["minors"]
        assert set(mi) == {"mentioned", "age"} and isinstance(mi["mentioned"], bool)
        assert mi["age"] is None or (type(mi["age"]) is int and 0 < mi["age"] < 21), where
        assert mi["mentioned"] or mi["age"] is None, where
        assert set(r["contacts"]) == {"emails", "phones"}
        assert r["sells_data"] in (None, "yes", "no"), where
        if r["last_updated"] is not None:
            date.fromisoformat(r["last_updated"])
        assert ("cookies" in r["tracking"]) <= r["cookies"], f"{where}: tracking names cookies but cookies is false"


def test_every_key_is_allowed(records: list[dict], allowed: dict[str, set[str]]) -> None:
    bad = []
    for r in records:
        optional = r.get("optional", {})
        assert set(optional) <= set(LIST_FIELDS), f"{r['file']}: optional holds {set(optional) - set(LIST_FIELDS)}"
        for field in LIST_FIELDS:
            for item in r[field] + optional.get(field, []):
                bad += [(r["file"], field, alt) for alt in alternatives(item) if alt not in allowed[field]]
            required = {alt for item in r[field] for alt in alternatives(item)}
            overlap = required & set(optional.get(field, []))
            assert not overlap, f"{r['file']}: {field} lists {overlap} as both required and optional"
    assert not bad, f"keys outside FORMAT.md / dpv-terms.tsv: {bad}"


def test_gold_facts_are_grounded_in_the_text(records: list[dict]) -> None:
    """Company names and contact points are quoted verbatim; mail goes to example domains only."""
    texts = {p.name: visible_text(p) for p in sample_paths()}
    for r in records:
        text = texts[r["file"]]
        assert r["company"] in text, f"{r['file']}: company {r['company']!r} not in the text"
        for contact in r["contacts"]["emails"] + r["contacts"]["phones"]:
            assert contact in text, f"{r['file']}: contact {contact!r} not in the text"
        for email in r["contacts"]["emails"]:
            assert EXAMPLE_MAIL.search(email), f"{r['file']}: {email} is not on an example domain"
        if r["last_updated"]:
            forms = date_forms(date.fromisoformat(r["last_updated"]))
            assert any(f in text for f in forms), f"{r['file']}: none of {sorted(forms)} in the text"


def test_no_mail_address_outside_example_domains() -> None:
    for path in sample_paths():
        for email in re.findall(r"[\w.+-]+@[\w.-]+\w", visible_text(path)):
            assert EXAMPLE_MAIL.search(email), f"{path.name}: {email} is not on an example domain"


# ---------------------------------------------------------------- written in our own words

def test_shingle_check_detects_a_planted_copy(seeds_dir: Path) -> None:
    """The anti-copying check below must be able to fail: a pasted seed sentence is caught."""
    seed = sorted(seeds_dir.glob("*.txt"))[0].read_text(encoding="utf-8")
    words = seed.split()
    planted = "Our own intro. " + " ".join(words[40:52]) + " Our own ending."
    assert shingles(planted) & shingles(seed)
    assert not shingles("We wrote this sentence ourselves and it shares nothing at all with anything.") & shingles(seed)


def test_samples_share_no_eight_word_sequence_with_any_seed(seeds_dir: Path) -> None:
    seed_files = sorted(seeds_dir.glob("*.txt"))
    assert seed_files, f"no seeds in {seeds_dir}"
    seed_shingles: dict[tuple[str, ...], str] = {}
    for seed in seed_files:
        for s in shingles(seed.read_text(encoding="utf-8", errors="replace")):
            seed_shingles.setdefault(s, seed.name)
    copied = []
    for path in sample_paths():
        copied += [(path.name, seed_shingles[s], " ".join(s)) for s in shingles(visible_text(path)) & seed_shingles.keys()]
    assert not copied, f"sample text shared with a seed: {copied[:10]}"
