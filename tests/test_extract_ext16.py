"""General causes of extraction errors counted on the external dev corpora (issue 16, helper ext16).

Each rule is tested with the wording it is for and a near miss beside it that must not match. The texts
are written for these tests, not taken from any corpus.
"""
from __future__ import annotations

import pytest

from tests.test_extract_scalars_fresh import facts


# --- a container is not the data it holds: "X中包含的Y", "Y contained in your X" ------------------------------
@pytest.mark.parametrize(
    ("text", "lang", "key", "found"),
    [
        ("我们会收集您的位置信息，例如您在账户信息中包含的所在城市。", "zh", "Authenticating", False),
        ("我们会收集您的位置信息，例如您上传的图片含有的拍摄地点。", "zh", "Picture", False),
        ("We collect location data, such as the place tag embedded in your pictures.", "en", "Picture", False),
        # near misses: the container itself is what is collected
        ("我们会收集您的账户信息及其中的所在城市。", "zh", "Authenticating", True),
        ("我们会收集您上传的图片，以及图片中的拍摄地点。", "zh", "Picture", True),
        ("We collect your pictures and the place tags they contain.", "en", "Picture", True),
    ],
)
def test_container_of_data_is_not_collected(text: str, lang: str, key: str, found: bool) -> None:
    assert (key in facts(text, lang)["data_categories"]) is found


# --- data a future change would need, with consent promised for then, is not collected now ------------------
@pytest.mark.parametrize(
    ("text", "lang", "key", "found"),
    [
        ("若新增的功能需要调用您的通讯录，我们会事先征求您的同意。", "zh", "SocialNetwork", False),
        ("如果变更后的服务需要收集您的地理位置，我们将再次征得您的同意。", "zh", "Location", False),
        ("If an updated version of the app needs your location, we will ask for your consent first.",
         "en", "Location", False),
        # near misses: the condition is the user's own use of a feature, and the data is taken in the main clause
        ("如果您使用附近的人功能，我们会收集您的地理位置，并征求您的同意。", "zh", "Location", True),
        ("若您开启定位，我们将在征得您的同意后获取您的地理位置。", "zh", "Location", True),
        ("If you turn on maps, we will collect your location with your consent.", "en", "Location", True),
    ],
)
def test_collection_a_future_change_needs_is_hypothetical(text: str, lang: str, key: str, found: bool) -> None:
    assert (key in facts(text, lang)["data_categories"]) is found


# --- a yes/no question asserts nothing; a wh-question presupposes the practice --------------------------------
@pytest.mark.parametrize(
    ("text", "lang", "key", "found"),
    [
        ("We explain our practices below. Does this game collect your location? It does not.", "en", "Location", False),
        ("我们在下文说明我们的做法。本应用是否会收集您的位置信息？不会。", "zh", "Location", False),
        # near misses: a question that presupposes the practice, and an answer after the question
        ("We explain our practices below. Why does this game collect your location? To show nearby players.",
         "en", "Location", True),
        ("We explain our practices below. Does this game collect data? Yes: it collects your location.",
         "en", "Location", True),
        ("我们在下文说明我们的做法。本应用会收集您的位置吗？会，我们会收集您的位置信息。", "zh", "Location", True),
    ],
)
def test_yes_no_question_states_no_collection(text: str, lang: str, key: str, found: bool) -> None:
    assert (key in facts(text, lang)["data_categories"]) is found


# --- a negation inside a relative clause describing the data, with a word between, denies nothing ------------
@pytest.mark.parametrize(
    ("text", "key", "found"),
    [
        ("We collect personal and non-personal information. Non-personal information is data that, on its own, "
         "cannot be used to identify you, and may include your age.", "Age", True),
        ("We collect non-personal information, meaning information that normally does not identify you, such as "
         "your gender.", "Gender", True),
        ("We collect non-personal information. Non-personal information may include your gender and cannot be "
         "used to contact you.", "Gender", True),
        # near misses: the company denies collecting the data itself
        ("We do not collect your age, which alone could not identify you.", "Age", False),
        ("We do not collect your gender or use it to contact you.", "Gender", False),
    ],
)
def test_negation_describing_the_data_with_an_adverb_denies_nothing(text: str, key: str, found: bool) -> None:
    assert (key in facts(text, "en")["data_categories"]) is found


# --- the person hands data over in a gerund, a progressive, or by adding it to the account ---------------------
@pytest.mark.parametrize(
    ("text", "key", "found"),
    [
        ("You can set up a running profile by providing your gender and weight.", "Gender", True),
        ("When you sign in with a social network, you will be providing us with your birthday.", "BirthDate", True),
        ("Completing your profile is up to you. Providing your gender is optional.", "Gender", True),
        ("You may add your gender and hobbies to your profile.", "Gender", True),
        # near misses: the company provides something, or a gender word with no handing over
        ("We help runners by providing training plans for every gender.", "Gender", False),
        ("Our games are made for players of any gender.", "Gender", False),
        ("You may add friends to your team.", "SocialNetwork", False),
    ],
)
def test_person_hands_data_over_in_other_verb_forms(text: str, key: str, found: bool) -> None:
    assert (key in facts(text, "en")["data_categories"]) is found


# --- a permission name is no data, also in a long list, after "/" or before "的访问权限", or bracketed after 权限 ----
@pytest.mark.parametrize(
    ("text", "key", "found"),
    [
        ("为收集上述信息，我们需要您开启相机（摄像头）、麦克风、蓝牙、存储空间、短信、电话、日历、相册（图片库）的访问权限。",
         "Picture", False),
        ("为收集上述信息，我们会请求相应设备权限（包括麦克风、相册、日历等），您可随时关闭。", "Picture", False),
        # near misses: the pictures themselves are taken in; a permission named after the data collected
        ("为收集上述信息，我们会收集您上传的相册图片，并需要您开启存储的访问权限。", "Picture", True),
        ("我们会收集您上传的照片（需要相机的访问权限）。", "Picture", True),
        ("我们会收集您的设备型号、登录IP地址、网卡地址、联网方式、网络类型、网络状态、网络质量、操作日志、系统参数、应用权限等信息。",
         "IPAddress", True),
    ],
)
def test_permission_names_in_longer_lists_are_no_data(text: str, key: str, found: bool) -> None:
    assert (key in facts(text, "zh")["data_categories"]) is found


# --- a picture named as the owner of an attribute (its date, place, size) is not itself collected --------------
@pytest.mark.parametrize(
    ("text", "lang", "key", "found"),
    [
        ("我们会收集您分享内容的元数据，例如您上传的图片或录像的拍摄日期和地点。", "zh", "Picture", False),
        ("We collect metadata such as the date and location of the pictures you share.", "en", "Picture", False),
        # near misses: the pictures are collected, and their date besides
        ("我们会收集您上传的图片以及图片的拍摄日期。", "zh", "Picture", True),
        ("We collect the pictures you share and the date of each upload.", "en", "Picture", True),
    ],
)
def test_owner_of_an_attribute_is_not_collected(text: str, lang: str, key: str, found: bool) -> None:
    assert (key in facts(text, lang)["data_categories"]) is found
