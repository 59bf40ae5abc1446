"""Quote choice, fourth round (issue 15): structural causes of quotes that miss the point, found by pooling every
evidence miss of the session's gold. Texts are written for these tests; beside each rule is a near-miss."""
from __future__ import annotations

from policykg.compliance.text import PolicyText

from compliance_judging import verdicts


def _quoted(text: str, lang: str, key: str) -> list[str]:
    v = verdicts(text, lang)[key]
    assert v.verdict == "contravention", v
    return [q.text for q in v.quotes]


# --- a change clause is quoted whole: what follows the announcement on its line says how the change binds ----
def test_the_change_clause_is_quoted_with_its_effect_en() -> None:
    text = ("Updates\n\nWe can update this notice whenever our services change. Any update applies as soon as it "
            "appears on this page.\n\nContact\n\nWrite to help@shop.example with any question.\n")
    quoted = _quoted(text, "en", "policy-changes")
    assert any(q.startswith("Any update applies as soon as it appears") for q in quoted)
    assert not any("help@shop.example" in q for q in quoted)  # near-miss: the next paragraph is another clause


def test_the_change_clause_is_quoted_with_its_effect_es() -> None:
    text = ("Cambios\n\nPodremos cambiar esta política cuando lo exija la ley. Avisaremos de los cambios en la "
            "portada de la web.\n\nLos datos se conservan dos años.\n")
    quoted = _quoted(text, "es", "policy-changes")
    assert any(q.startswith("Avisaremos de los cambios") for q in quoted)
    assert not any(q.startswith("Los datos se conservan") for q in quoted)


def test_the_change_clause_is_quoted_with_its_effect_zh() -> None:
    text = ("七、本政策的更新\n我们可能适时修订本政策的条款。届时我们会在首页以公告形式告知您修订的内容。\n"
            "八、联系我们\n如有疑问，请发送邮件至 service@shop.example。\n")
    quoted = _quoted(text, "zh", "policy-changes")
    assert any(q.startswith("届时我们会在首页以公告形式告知您") for q in quoted)
    assert not any("service@shop.example" in q for q in quoted)


def test_the_change_clause_is_quoted_with_its_effect_ru() -> None:
    text = ("Изменения\n\nМы можем изменять настоящую Политику. Новая редакция применяется со дня её публикации "
            "в приложении.\n\nДанные хранятся на серверах в Казани.\n")
    quoted = _quoted(text, "ru", "policy-changes")
    assert any(q.startswith("Новая редакция применяется") for q in quoted)
    assert not any(q.startswith("Данные хранятся") for q in quoted)


def test_continuation_stops_at_a_line_break_or_heading_and_follows_list_items() -> None:
    text = ("We may update this notice. The new version applies once posted. We will e-mail you.\n"
            "Other news.\nChanges:\n- We may update this notice.\n- The new version applies once posted.\n")
    policy = PolicyText.from_text(text, language="en")
    first = next(s for s in policy.sentences if s.text.startswith("We may update"))
    assert [s.text for s in policy.continuation(first.index)] == ["The new version applies once posted.",
                                                                  "We will e-mail you."]
    item = [s for s in policy.sentences if s.text.startswith("We may update")][-1]
    assert item.intro is not None
    assert [s.text for s in policy.continuation(item.index)] == ["The new version applies once posted."]
    last = next(s for s in policy.sentences if s.text.startswith("We will e-mail"))
    assert policy.continuation(last.index) == []  # near-miss: the next line is another paragraph
