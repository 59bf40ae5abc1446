"""A contents list is never evidence (issue 16): its entries ("• 六、未成年人保护", "• 2. How We Use Cookies") name the
sections that follow, they state nothing. The minors and tracking statements quoted bulleted contents entries; every
statement kind is checked here against a contents list of nine entries, in Chinese and English, and the sections'
own sentences still carry the facts. Our own text, invented companies."""
from __future__ import annotations

import pytest

from policykg.ingest.extract import extract
from policykg.ingest.model import StatementKind
from policykg.ingest.segment import segment
from policykg.ingest.extract.toc import toc_entries
from tests.test_extract_scalars_fresh import make_document

ZH = """星岚科技（成都）有限公司隐私政策
更新日期：2024年5月6日
目录
• 一、我们如何收集和使用您的个人信息
• 二、我们如何使用Cookie和同类技术
• 三、我们如何共享、转让、公开披露您的个人信息
• 四、我们如何保存和保护您的个人信息
• 五、您的权利
• 六、未成年人保护
• 七、您的个人信息如何在全球范围转移
• 八、本政策如何更新
• 九、如何联系我们
一、我们如何收集和使用您的个人信息
我们会收集您的手机号码用于注册账号。
二、我们如何使用Cookie和同类技术
我们使用Cookie记住您的登录状态。
三、我们如何共享、转让、公开披露您的个人信息
我们不会向第三方出售您的个人信息。
四、我们如何保存和保护您的个人信息
我们采用加密技术保护您的信息，保存期限为账号存续期间。
五、您的权利
您可以在设置中查阅和删除您的个人信息。
六、未成年人保护
如您是不满十四周岁的儿童，请在监护人同意后使用。
七、您的个人信息如何在全球范围转移
您的个人信息存储于中国境内。
八、本政策如何更新
本政策更新后我们会通过弹窗通知您。
九、如何联系我们
您可以发送邮件至privacy@xinglan.example.cn联系我们。
"""

EN = """Privacy Policy of Northgate Labs Ltd.
Contents
• 1. Information We Collect
• 2. How We Use Cookies
• 3. Sharing and Disclosure
• 4. Data Security and Retention
• 5. Your Rights
• 6. Children's Privacy
• 7. International Transfers
• 8. Changes to This Policy
• 9. Contact Us
1. Information We Collect
We collect your email address to create your account.
2. How We Use Cookies
We use cookies to keep you signed in.
3. Sharing and Disclosure
We do not sell your personal information to third parties.
4. Data Security and Retention
We encrypt your data and keep it while your account is open.
5. Your Rights
You can access and delete your information in Settings.
6. Children's Privacy
If you are under 13, please do not use the app.
7. International Transfers
Your information is stored in Ireland.
8. Changes to This Policy
We will notify you by e-mail when this policy changes.
9. Contact Us
Write to privacy@northgate.example.
"""


@pytest.mark.parametrize(("text", "language"), [(ZH, "zh"), (EN, "en")])
def test_no_statement_quotes_a_contents_entry(text: str, language: str) -> None:
    document = make_document(text, language)
    segments = tuple(segment(document))
    contents = [(segments[i].start, segments[i].end) for i in toc_entries(segments)]
    assert len(contents) == 9
    statements = extract(document, segments).statements
    quoted = [document.text[s.span.start:s.span.end] for s in statements
              if any(start <= s.span.start < end for start, end in contents)]
    assert quoted == []
    kinds = {s.kind for s in statements}
    assert {StatementKind.MINORS, StatementKind.TRACKING} <= kinds  # the sections' sentences still say it
    minors = [document.text[s.span.start:s.span.end] for s in statements if s.kind is StatementKind.MINORS]
    assert any("十四周岁" in q or "under 13" in q for q in minors)
