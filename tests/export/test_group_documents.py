"""A group's charter, and its resources when the group wants them printed, on its sessions'
participants' documents (the group's summary and each personal copy), read back from real PDFs
made from a real database; never on the facilitator's record, never for a session of no group."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from codev_app.core.bundle import SessionBundle
from codev_app.core.groups import Member, Resource, new_group, with_member
from codev_app.export.content import Audience
from codev_app.export.markdown import write_markdown
from codev_app.export.pdf import write_pdf, write_personal_pdfs
from codev_app.storage import Store
from codev_app.storage.groups import GroupStore
from tests.export.conftest import one_line, pdftotext

HELPLINE = Resource("SOS Amitié", "09 72 39 40 50, jour et nuit")
READING = Resource("Le codéveloppement professionnel, Payette et Champagne")


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    opened = Store(tmp_path / "codev.sqlite3")
    yield opened
    opened.close()


def grouped(store: Store, bundle: SessionBundle, *, print_resources: bool) -> int:
    groups = GroupStore(store)
    group = with_member(new_group("Cercle du mardi", ["Dominique"], language="fr"), Member("Awa"))
    group = replace(
        group,
        charter="Confidentialité : ce qui se dit ici reste ici.\nBienveillance envers chacun.",
        resources=(HELPLINE, READING),
        print_resources=print_resources,
    )
    saved = groups.save_group(group)
    session_id = store.save_bundle(bundle)
    groups.link_session(session_id, saved.id)
    return session_id


def test_the_charter_and_resources_are_printed_on_the_participants_documents(
    store: Store, bundle_fr: SessionBundle, tmp_path: Path
) -> None:
    session_id = grouped(store, bundle_fr, print_resources=True)
    bundle = store.load_bundle(session_id)
    summary = one_line(pdftotext(write_pdf(bundle, tmp_path / "groupe.pdf", Audience.PARTICIPANTS)))
    assert "La charte du groupe" in summary
    assert "Confidentialité : ce qui se dit ici reste ici." in summary
    assert "Bienveillance envers chacun." in summary
    assert "Ressources vers qui orienter" in summary
    assert "SOS Amitié — 09 72 39 40 50, jour et nuit" in summary
    assert "Le codéveloppement professionnel, Payette et Champagne" in summary

    copies = list(write_personal_pdfs(bundle, tmp_path / "copies"))
    assert copies
    for progress in copies:
        text = one_line(pdftotext(progress.path))
        assert "Confidentialité : ce qui se dit ici reste ici." in text, progress.participant
        assert "SOS Amitié" in text

    # The facilitator's record is theirs: they have the charter in the group.
    record = one_line(pdftotext(write_pdf(bundle, tmp_path / "record.pdf", Audience.FACILITATOR)))
    assert "La charte du groupe" not in record
    markdown = write_markdown(bundle, tmp_path / "groupe.md", Audience.PARTICIPANTS).read_text()
    assert "## La charte du groupe" in markdown and "- SOS Amitié — 09 72" in markdown


def test_resources_stay_off_unless_the_group_wants_them(
    store: Store, bundle_en: SessionBundle, tmp_path: Path
) -> None:
    session_id = grouped(store, bundle_en, print_resources=False)
    bundle = store.load_bundle(session_id)
    text = one_line(
        pdftotext(write_pdf(bundle, tmp_path / "g.pdf", Audience.PARTICIPANTS, language="en"))
    )
    assert "The group's charter" in text and "Bienveillance envers chacun." in text
    assert "Resources to turn to" not in text and "SOS Amitié" not in text
    # A session of no group carries neither; and the session file never carries the group's.
    alone = store.load_bundle(store.save_bundle(bundle_en))
    assert alone.group_sheet is None
    plain = one_line(
        pdftotext(write_pdf(alone, tmp_path / "p.pdf", Audience.PARTICIPANTS, language="en"))
    )
    assert "The group's charter" not in plain
    assert "charter" not in str(bundle.to_data())
