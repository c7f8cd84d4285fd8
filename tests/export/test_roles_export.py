"""The roles beyond client and consultant (moderator, secretary, process observer) are saved
with the session and shown where the documents list the participants."""

from __future__ import annotations

import copy
import dataclasses
from pathlib import Path

import pytest

from codev_app.core.bundle import SessionBundle
from codev_app.core.participants import Role
from codev_app.export.content import Audience
from codev_app.export.pdf import PaperSize, write_pdf
from tests.export.conftest import one_line, pdftotext

pytestmark = pytest.mark.usefixtures("qapp")

GIVEN = {"p2": Role.MODERATOR, "p3": Role.SCRIBE, "p4": Role.PROCESS_OBSERVER}
WORDS = {
    "fr": ("modération", "secrétaire", "observation du processus"),
    "en": ("moderator", "secretary", "process observer"),
}


def with_roles(bundle: SessionBundle) -> SessionBundle:
    live = copy.deepcopy(dict(bundle.live))
    for person in live["roster"]["participants"]:
        if person["id"] in GIVEN:
            person["role"] = GIVEN[person["id"]].value
    return dataclasses.replace(bundle, live=live)


@pytest.mark.parametrize("language", ["fr", "en"])
def test_the_participants_pdf_names_each_role(
    language: str, bundle_fr: SessionBundle, bundle_en: SessionBundle, tmp_path: Path
) -> None:
    bundle = with_roles(bundle_fr if language == "fr" else bundle_en)
    roster = bundle.live_session().roster
    assert {pid: roster.get(pid).role for pid in GIVEN} == GIVEN  # read back from the data
    path = write_pdf(
        bundle, tmp_path / "s.pdf", Audience.PARTICIPANTS, paper=PaperSize.A4, language=language
    )
    text = one_line(pdftotext(path))
    for pid, word in zip(GIVEN, WORDS[language], strict=True):
        assert f"{roster.get(pid).name} ({word})" in text
