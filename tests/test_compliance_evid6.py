"""Issue 15, round 6: Chinese text as PDFs give it, and quotes that show the point. Each rule beside a near-miss.
Texts are written for the tests."""
from __future__ import annotations

from compliance_judging import verdict
from ingest.read import normalize_text, read_bytes
from policykg.compliance.text import PolicyText

# "使⽤", "表⽰" and "个⼈" written with the Kangxi radicals U+2F64, U+2F70 and U+2F08, as some PDF text layers give them.
RADICAL_ZH = ("隐私政策\n杭州示例云科技有限公司（“我们”）重视您的个⼈信息。\n"
              "您使⽤我们的服务，表⽰您同意本政策的全部内容。\n联系我们：privacy@example.cn\n")
PLAIN_ZH = RADICAL_ZH.replace("\u2f64", "用").replace("\u2f70", "示").replace("\u2f08", "人")


def test_kangxi_radicals_fold_to_unified_ideographs_one_for_one() -> None:
    folded = normalize_text(RADICAL_ZH)
    assert folded == normalize_text(PLAIN_ZH)
    assert len(folded) == len(RADICAL_ZH.strip())  # one character for one: offsets do not move
    assert folded.index("您同意本政策") == RADICAL_ZH.index("您同意本政策")


def test_ordinary_text_is_untouched_by_the_fold() -> None:
    """Near-miss: full-width punctuation and digits, ⺀-range characters with no mapping and Latin stay as written."""
    text = "第１条：我们（ＡＢＣ公司）收集您的信息⺀。Use of data — 2024"
    assert normalize_text(text) == text


def test_compatibility_ideographs_fold_too() -> None:
    """CJK compatibility ideographs (U+F900-FAFF) map canonically, one for one."""
    assert normalize_text("\uf9d0同意") == "類同意"


def test_consent_by_use_is_found_in_radical_text_after_ingest() -> None:
    """End to end: the ingest reader folds, so the Chinese consent-by-use cue matches and the quote reads plainly."""
    assert verdict(RADICAL_ZH, "zh", "consent-by-use") != "contravention"  # unfolded, the cue cannot match
    doc = read_bytes(RADICAL_ZH.encode("utf-8"), name="p.txt", source="p.txt")
    assert verdict(doc.text, "zh", "consent-by-use") == "contravention"
    assert verdict(PLAIN_ZH, "zh", "consent-by-use") == "contravention"
    policy = PolicyText.from_text(doc.text, language="zh")
    assert any("使用我们的服务" in s.text for s in policy.sentences)
