"""Causes of extraction errors seen on fresh real English policies (issue 16, helper facts11).

Each rule is tested with the wording it is for and a near miss beside it that must not match. The texts are
written for these tests, not taken from any corpus.
"""
from __future__ import annotations

import pytest

from policykg.ingest.extract.blocks import language_blocks, segment_language
from tests.test_extract_scalars_fresh import facts

# --- a page in two languages: each half read with its own lexicon --------------------------------------------
_EN = [
    "Acme Games Ltd. respects the privacy of every player of our games and of the visitors of our web site.",
    "We collect your email address and your date of birth when you create an account in one of our games.",
    "We use this information to provide the games to you and to answer the questions that you send to us.",
    "We may share your information with the companies that host our servers and that process the payments for us.",
    "We will disclose your information if we are required to do so by law or by an order of a court.",
    "If Acme is sold or merged with another company, your information will be transferred to the buyer.",
    "You can ask us at any time for access to the personal data that we keep about you and for its deletion.",
    "The data are kept on servers that are protected by firewalls and that are located in the European Union.",
    "Our games are not meant for children and we do not knowingly collect the data of children under 13.",
    "We may change this policy from time to time and we will post the new version on this page of the site.",
    "If you have any question about this policy, please write to the team that is responsible for the data.",
]
_ES = [
    "Acme Games respeta la privacidad de todos los jugadores de sus juegos y de los visitantes de su sitio web.",
    "Recogemos tu número de teléfono y tu nombre cuando creas una cuenta en uno de nuestros juegos para ti.",
    "Usamos esta información para prestarte los servicios y para responder a las consultas que nos envías.",
    "Podemos compartir tus datos con las empresas que alojan nuestros servidores y que gestionan los pagos.",
    "Comunicaremos tus datos cuando lo exija la ley o cuando nos lo pida una autoridad judicial competente.",
    "Si Acme es vendida o se fusiona con otra empresa, tus datos se transferirán a la empresa compradora.",
    "Puedes pedirnos en cualquier momento el acceso a los datos personales que tenemos sobre ti y su supresión.",
    "Los datos se guardan en servidores que están protegidos y que se encuentran dentro de la Unión Europea.",
    "Nuestros juegos no son para niños y no recogemos a sabiendas los datos de los menores de trece años.",
    "Podemos cambiar esta política de vez en cuando y publicaremos la nueva versión en esta página del sitio.",
    "Si tienes alguna pregunta sobre esta política, escribe al equipo que es responsable de los datos.",
]


def _page(*parts: list[str]) -> str:
    """Each part twice over (a real half is a whole policy, longer than a block's minimum), a paragraph a sentence."""
    return "\n\n".join(sentence for part in parts for sentence in part + part)


@pytest.mark.parametrize("language", ["es", "en"])
def test_two_language_page_reads_each_half_in_its_language(language: str) -> None:
    record = facts(_page(_EN, _ES), language)  # whichever language the page-level guess picked
    data = set(record["data_categories"])
    assert {"EmailAddress", "BirthDate"} & data  # the English half
    assert {"TelephoneNumber", "Name"} & data  # the Spanish half
    assert "merger-acquisition" in record["disclosure_conditions"]


def test_blocks_of_a_two_language_page() -> None:
    from policykg.ingest.model import SegmentKind
    from policykg.ingest.segment import segment
    from tests.test_extract_scalars_fresh import make_document

    document = make_document(_page(_EN, _ES), "es")
    segments = tuple(segment(document))
    blocks = language_blocks(document.text, segments, "es")
    assert [b[0] for b in blocks] == ["en", "es"]
    assert blocks[0][1] == 0 and blocks[-1][2] == len(segments)
    assert all(s.kind in SegmentKind for s in segments)


def test_one_language_page_with_a_foreign_line_is_one_block() -> None:
    # near miss: an English policy quoting a Spanish address and a Spanish title stays one English block
    text = _page(_EN + ["Our office: Calle de la Princesa 5, 28008 Madrid, España.",
                        "The Spanish version is called «Política de privacidad de los juegos de Acme»."], _EN)
    from policykg.ingest.segment import segment
    from tests.test_extract_scalars_fresh import make_document

    document = make_document(text, "en")
    assert language_blocks(document.text, tuple(segment(document)), "en") == [("en", 0, len(segment(document)))]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("We collect the email address that you give us.", "en"),
        ("Recogemos la dirección de correo que nos das para el registro.", "es"),
        ("我们会收集您的手机号码用于注册账号。", "zh"),
        ("Мы собираем адрес электронной почты пользователя.", "ru"),
        ("Acme Inc., 5 Main St.", None),  # near miss: too few words to tell
    ],
)
def test_segment_language(text: str, language: str | None) -> None:
    assert segment_language(text) == language


# --- "privacy settings" named as the user's control is no collected data ------------------------------------
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("We collect your name, your e-mail address and your cookie preferences.", True),
        ("We store the privacy settings you choose so that we can respect them on every device.", True),
        # near misses: the user sets them, or another party's collection depends on them
        ("You can adjust your privacy settings at any time in the settings menu of the app.", False),
        ("The information we receive from the social network depends on your privacy settings there.", False),
        ("See their privacy policy to learn how you can set your privacy preferences on their site.", False),
    ],
)
def test_privacy_settings_are_data_only_when_taken_in(text: str, found: bool) -> None:
    assert ("PrivacyPreference" in facts(text, "en")["data_categories"]) is found


# --- the aim of a security measure is no purpose of processing -----------------------------------------------
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("We take appropriate security measures to prevent unauthorized access to your personal data.", False),
        ("We use industry-standard technologies to protect your information from unauthorized access.", False),
    ],
)
def test_measure_aim_is_no_purpose(text: str, found: bool) -> None:
    assert ("EnforceAccessControl" in facts(text, "en")["purposes"]) is found


def test_measure_aim_keeps_other_purposes() -> None:
    # near miss: the same sentence shape keeps a purpose that is not the measure's aim
    record = facts("We use your e-mail address to send you our newsletter and we take security measures to "
                   "prevent unauthorized access to it.", "en")
    assert "EnforceAccessControl" not in record["purposes"]
    assert record["purposes"]


# --- the publisher's contact point "set out above" is no collected contact data -------------------------------
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Requests should be sent to the company at the contact information set out above.", False),
        ("Please write to us using our contact details below.", False),
        # near miss: the user's contact information collected
        ("We collect your contact information when you register for an account.", True),
    ],
)
def test_contact_point_elsewhere_is_no_data(text: str, found: bool) -> None:
    assert ("Contact" in facts(text, "en")["data_categories"]) is found


# --- disclosure on request of public authorities; "if we are obliged to" -------------------------------------
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The company may be required to disclose personal data upon request of public authorities.", True),
        ("We may disclose your information to the police if we are obliged to.", True),
        # near miss: a request of the user is no legal obligation
        ("We may disclose your information to another user upon request of that user.", False),
    ],
)
def test_legal_obligation_on_request_of_authorities(text: str, found: bool) -> None:
    assert ("legal-obligation" in facts(text, "en")["disclosure_conditions"]) is found


# --- rights as passive infinitives ("ask for them to be ... corrected"), blocking and opposing ----------------
@pytest.mark.parametrize(
    ("text", "right", "found"),
    [
        ("Users may ask for their data to be supplemented, updated or corrected.", "rectification", True),
        ("Users may ask for them to be cancelled, updated or corrected at any time.", "rectification", True),
        ("Users have the right to block any data held unlawfully and to oppose the processing for legitimate "
         "reasons.", "restrict-or-object", True),
        # near miss: the company updates its own policy
        ("We may ask for the policy to be reviewed by our lawyers.", "rectification", False),
    ],
)
def test_rights_as_passive_infinitives(text: str, right: str, found: bool) -> None:
    assert (right in facts(text, "en")["rights"]) is found


# --- an EU directive named by its number -----------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("This notice is given under Art. 10 of EC Directive n. 95/46/EC.", True),
        ("Cookies are placed in line with Directive 2002/58/EC.", True),
        # near miss: a file path with the same shape is no law
        ("The file is kept in folder 12/34/EC of the archive.", False),
    ],
)
def test_eu_directive_by_number(text: str, found: bool) -> None:
    assert ("other" in facts(text, "en")["laws_cited"]) is found


# --- the full stop of a legal form inside a sentence does not end a cue window --------------------------------
@pytest.mark.parametrize(
    ("text", "shared"),
    [
        ("Third parties such as Acme Pte. Ltd. may receive your e-mail address.", True),
        # near miss: the legal form ends a sentence (an upper-case word follows): the window stops there
        ("We work with third parties such as Acme Pte. Ltd. Our staff may receive your e-mail address.", False),
    ],
)
def test_legal_form_dot_inside_sentence(text: str, shared: bool) -> None:
    assert ("third-parties" in facts(text, "en")["recipients"]) is shared


def test_legal_form_mask_keeps_offsets() -> None:
    from policykg.ingest.extract.cues import mask_legal_form_dots

    text = "Acme Co. Ltd. and its affiliates. Acme Inc. We collect. Zeta Corp., a company."
    masked = mask_legal_form_dots(text)
    assert len(masked) == len(text)
    assert masked.count(".") == 4  # "affiliates.", "Inc. We", "collect." and "company." stay full stops
    assert mask_legal_form_dots("No legal form here.") == "No legal form here."


# --- revealing data is disclosing it; agreements that keep information confidential ---------------------------
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The operator may be required to reveal personal data upon request of public authorities.", True),
        # near miss: "reveal" without data as its object is no disclosure
        ("Our research may reveal trends upon request of public authorities.", False),
    ],
)
def test_reveal_personal_data_is_disclosure(text: str, found: bool) -> None:
    assert ("legal-obligation" in facts(text, "en")["disclosure_conditions"]) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Our contractors sign agreements under which all information is strictly confidential.", True),
        # near miss: the agreement itself is confidential, no information is protected by it
        ("The terms of this agreement are confidential.", False),
    ],
)
def test_confidentiality_agreement(text: str, found: bool) -> None:
    assert ("confidentiality-agreement" in facts(text, "en")["security_measures"]) is found


# --- a run-on cut leaves no verbless tail: "..., shared with others to contact you | for marketing purposes." ----
@pytest.mark.parametrize(
    ("tail", "cut"),
    [
        ("for marketing purposes.", False),
        # near misses: a clause of its own after the boundary, or a long tail, is still cut off
        ("for marketing we may also use your e-mail address to send you offers from partners.", True),
    ],
)
def test_runon_cut_needs_a_clause_after_it(tail: str, cut: bool) -> None:
    from policykg.ingest.extract.cues import _short_tail

    head = "The information we collect is used to improve our apps and shared with other reputable organizations "
    assert _short_tail(head + tail, len(head)) is not cut


def test_purpose_in_a_short_tail_stays_with_its_clause() -> None:
    text = ("The information we collect is used for internal review, used to improve the content of our web pages, "
            "used to customize the layout of our pages for each visitor, shared with other reputable organizations to "
            "help them contact consumers for marketing purposes.")
    record = facts(text, "en")
    assert {"Marketing", "ImproveExistingProductsAndServices"} <= set(record["purposes"])
    assert "third-parties" in record["recipients"]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("We may share your information with other reputable organizations.", True),
        # near miss: the company's own reputation is no recipient
        ("We are one of the most reputable organizations in the games industry and we share nothing.", False),
    ],
)
def test_other_reputable_organizations_are_third_parties(text: str, found: bool) -> None:
    assert ("third-parties" in facts(text, "en")["recipients"]) is found


@pytest.mark.parametrize(
    ("text", "collected"),
    [
        # another party collects: not this company's collection
        ("As a result of your visit, ad server companies may collect your IP address.", False),
        ("As a result of your visit, we may collect your IP address.", True),
    ],
)
def test_ad_server_companies_collect_for_themselves(text: str, collected: bool) -> None:
    assert ("IPAddress" in facts(text, "en")["data_categories"]) is collected


# --- a party that collects from the user itself is a recipient of the user's data --------------------------------
@pytest.mark.parametrize(
    ("text", "recipient", "found"),
    [
        ("As a result of your visit, ad server companies may collect your IP address.", "advertisers", True),
        ("Third parties may collect your device identifier when you use the app.", "third-parties", True),
        # near miss: the company collects, no other party receives anything
        ("As a result of your visit, we may collect your IP address and show you advertisements.", "advertisers", False),
    ],
)
def test_third_party_collecting_is_a_recipient(text: str, recipient: str, found: bool) -> None:
    assert (recipient in facts(text, "en")["recipients"]) is found


# --- departments in brackets after a staff noun are no purposes --------------------------------------------------
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The data may be accessible to persons in charge of the site (administration, sales, marketing, legal) "
         "or to external parties appointed as processors.", False),
        # near miss: a bracket after the data names the purposes
        ("We use your e-mail address (for marketing and to answer your questions).", True),
    ],
)
def test_departments_in_brackets_are_no_purposes(text: str, found: bool) -> None:
    assert ("Marketing" in facts(text, "en")["purposes"]) is found


# --- the pages a person visits, named with a third-person subject --------------------------------------------
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("We collect information on what pages consumers access or visit.", True),
        ("We record the pages and actions users access.", True),
        # near miss: pages the person makes are content, not browsing
        ("We store the pages users create in their account.", False),
    ],
)
def test_pages_visited_by_users(text: str, found: bool) -> None:
    assert ("BrowsingBehaviour" in facts(text, "en")["data_categories"]) is found


_ZH = [
    "艾克米游戏有限公司非常重视每一位玩家的个人信息保护，并会按照本政策的规定处理您的个人信息。",
    "当您注册账号时，我们会收集您的手机号码和昵称，用于为您创建账号并提供游戏服务。",
    "我们会将您的信息用于向您提供游戏服务、处理您的支付订单以及回复您向我们提出的问题。",
    "我们可能会与为我们提供服务器托管和支付服务的合作伙伴共享您的必要信息。",
    "在法律法规要求或者司法机关依法要求的情况下，我们可能会披露您的个人信息。",
    "如果我们发生合并、收购或者破产清算，您的个人信息可能会被转移给新的持有方。",
    "您可以随时访问、更正或者删除您的个人信息，也可以注销您的账号。",
    "我们会采取加密等安全措施保护您的个人信息，防止信息被泄露、毁损或者丢失。",
    "我们的游戏不面向十四周岁以下的儿童，我们不会在知情的情况下收集儿童的个人信息。",
    "我们可能会不时更新本政策，更新后的政策会在本页面上公布并通过游戏内公告通知您。",
    "如果您对本政策有任何疑问，请通过游戏内的客服渠道与我们联系，我们会尽快答复。",
]


def test_chinese_page_with_an_english_half() -> None:
    from policykg.ingest.segment import segment
    from tests.test_extract_scalars_fresh import make_document

    document = make_document(_page(_ZH, _ZH, _EN), "zh")
    blocks = language_blocks(document.text, tuple(segment(document)), "zh")
    assert [b[0] for b in blocks] == ["zh", "en"]
    assert "EmailAddress" in facts(_page(_ZH, _ZH, _EN), "zh")["data_categories"]  # said only in the English half
    # near miss: a Chinese page without an English half stays one block
    document = make_document(_page(_ZH, _ZH), "zh")
    assert len(language_blocks(document.text, tuple(segment(document)), "zh")) == 1


# --- implied consent in a participle clause opening the sentence ------------------------------------------------
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Using our services and software you agree to our Terms and Conditions and this Privacy Policy.", True),
        # near misses: a duty of the user, and a participle that grants nothing
        ("Using our services, you agree not to harass other users of the privacy forum.", False),
        ("Using the app, you can change the privacy settings at any time.", False),
    ],
)
def test_implied_consent_participle_clause(text: str, found: bool) -> None:
    assert facts(text, "en")["implied_consent"] is found
