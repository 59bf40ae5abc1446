"""Issue 16: rights read from the coordinator's new-user tries of session 18 (an own 2022 English smart-lock
policy). Each rule sits beside a near-miss; all sentences are written for these tests.
"""
from __future__ import annotations

import hashlib
from typing import Any

import pytest

from policykg.ingest.extract import extract
from policykg.ingest.model import Document
from policykg.ingest.record import extraction_to_record
from policykg.ingest.segment import segment

HEAD = "Privacy Notice\nNingbo Tidewater Devices Co., Ltd. (\"we\") makes the Tidewater app.\n\nYour rights\n"


def rights(text: str) -> set[str]:
    doc = Document(source="t.txt", name="t.txt", text=HEAD + text, sha256=hashlib.sha256(text.encode()).hexdigest(),
                   media_type="text/plain", encoding="utf-8", language="en")
    return set(extraction_to_record(extract(doc, segment(doc)))["rights"])


@pytest.mark.parametrize(("text", "right"), [
    ("You can access and correct your profile in Me > Account.", "access"),
    ("You can access and correct your profile in Me > Account.", "rectification"),
    ("You may view or update your personal details at any time.", "access"),
    ("You can withdraw a permission (such as location) in your phone's settings.", "withdraw-consent"),
    ("You may revoke these permissions in the system settings.", "withdraw-consent"),
])
def test_the_person_s_profile_and_permissions_are_objects_of_rights(text: str, right: str) -> None:
    assert right in rights(text)


@pytest.mark.parametrize(("text", "right"), [
    # the details of something else, and an access the person grants, are no rights of his
    ("You can view or download the details of each offer in the Deals tab.", "access"),
    ("We may update the details of this programme from time to time.", "rectification"),
    ("The app asks for a permission before it uses the camera.", "withdraw-consent"),
])
def test_other_details_and_permissions_asked_are_no_rights(text: str, right: str) -> None:
    assert right not in rights(text)
