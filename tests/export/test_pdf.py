"""PDF documents, read back with pypdf and poppler's pdftotext."""

from __future__ import annotations

import concurrent.futures
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication

from codev_app.core.bundle import SessionBundle
from codev_app.core.record import RecordText, SessionRecord
from codev_app.export.content import Audience, build_summary
from codev_app.export.errors import ExportNotApproved, FileExists
from codev_app.export.files import ExportProgress
from codev_app.export.pdf import (
    PaperSize,
    SafeTextDocument,
    build_document,
    paper_for_locale,
    write_pdf,
    write_personal_pdfs,
)
from codev_app.export.sample import sample_bundle
from tests.export.conftest import edited, one_line, pdf_pages, pdftotext

pytestmark = pytest.mark.usefixtures("qapp")

FRENCH_SECTIONS = (
    "COMPTE RENDU DE SÉANCE",
    "La question du client",
    "Le contrat",
    "Les suggestions",
    "Le plan d'action",
    "Les apprentissages",
)


def _copy(name: str, extension: str = "pdf") -> str:
    return f"2026-11-20 14h00 Copie personnelle — {name} — Déléguer sans tout reprendre.{extension}"


def _pdf(bundle: SessionBundle, path: Path, audience: Audience, **options: object) -> Path:
    options.setdefault("paper", PaperSize.A4)
    return write_pdf(bundle, path, audience, **options)  # type: ignore[arg-type]


def test_the_summary_has_every_section_with_accents_and_nothing_private(
    bundle_fr: SessionBundle, tmp_path: Path
) -> None:
    path = _pdf(bundle_fr, tmp_path / "compte-rendu.pdf", Audience.PARTICIPANTS)
    text = pdftotext(path)
    flat = one_line(text)
    for heading in FRENCH_SECTIONS:
        assert heading in text, heading
    for expected in (
        "Déléguer sans tout reprendre",
        "Élise Garnier",
        "François Côté",
        "Comment déléguer la coordination des chantiers d'insertion",
        "Idées · Expériences",
        "RETENUE",
        "Poser deux semaines de congés en février",
        "Confidentiel — pour le groupe uniquement",
    ):
        assert expected in flat, expected
    # pypdf reads the same words.
    assert "Les apprentissages" in "\n".join(pdf_pages(path))
    private = bundle_fr.record.text(RecordText.PRIVATE_NOTES)
    for secret in (private[:30], "Notes privées", "PRIVÉ", "Météo plutôt ensoleillée"):
        assert secret not in flat
    # The facilitator's speaking times and time adjustments are not for the group either.
    assert "Temps de parole" not in flat and "Le déroulé" not in flat and "Prévu" not in flat


def test_the_facilitators_record_holds_everything_marked_private(
    bundle_fr: SessionBundle, tmp_path: Path
) -> None:
    path = _pdf(bundle_fr, tmp_path / "dossier.pdf", Audience.FACILITATOR)
    flat = one_line(pdftotext(path))
    private = one_line(bundle_fr.record.text(RecordText.PRIVATE_NOTES))
    assert private in flat
    assert "PRIVÉ — ANIMATION UNIQUEMENT" in flat
    assert "Notes privées" in flat and "Temps de parole" in flat
    assert "Privé — pour l'animation uniquement, ne pas diffuser" in flat
    # Speaking times per participant and phase: the client's exposition time, as m:ss.
    exposition = bundle_fr.record.speaking["exposition"]["p1"]
    minutes, seconds = divmod(round(exposition), 60)
    assert f"{minutes}:{seconds:02d}" in flat


def test_english_labels_and_letter_paper(bundle_en: SessionBundle, tmp_path: Path) -> None:
    path = _pdf(
        bundle_en, tmp_path / "summary.pdf", Audience.PARTICIPANTS, language="en",
        paper=PaperSize.LETTER,
    )  # fmt: skip
    flat = one_line(pdftotext(path))
    for expected in (
        "SESSION SUMMARY",
        "The client's question",
        "Suggestions",
        "Action plan",
        "Learnings",
        "Confidential — for the group only",
        "KEPT",
    ):
        assert expected in flat, expected  # fmt: skip
    box = PdfReader(path).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)


def test_a4_is_the_default_outside_north_america(bundle_fr: SessionBundle, tmp_path: Path) -> None:
    path = _pdf(bundle_fr, tmp_path / "a4.pdf", Audience.PARTICIPANTS)
    box = PdfReader(path).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)


@pytest.mark.parametrize(
    ("locale_name", "paper"),
    [
        ("en_US", PaperSize.LETTER),
        ("en-CA", PaperSize.LETTER),
        ("fr_CA.UTF-8", PaperSize.LETTER),
        ("fr_FR", PaperSize.A4),
        ("fr_BE", PaperSize.A4),
        ("en_GB", PaperSize.A4),
        ("de", PaperSize.A4),
        ("C", PaperSize.A4),
    ],
)
def test_paper_follows_the_locale(locale_name: str, paper: PaperSize) -> None:
    assert paper_for_locale(locale_name) is paper


def test_every_page_has_its_number_and_the_notice(
    long_bundle: SessionBundle, tmp_path: Path
) -> None:
    path = _pdf(long_bundle, tmp_path / "long.pdf", Audience.PARTICIPANTS)
    pages = pdf_pages(path)
    assert len(pages) > 10
    for number, text in enumerate(pages, start=1):
        assert f"Page {number} / {len(pages)}" in text
        assert "Confidentiel — pour le groupe uniquement" in text
    # The header (subject and date) appears from the second page on.
    assert "20 novembre 2026" in pages[1] and "20 novembre 2026" in pages[-1]


def test_a_long_session_takes_more_pages_and_loses_nothing(
    bundle_fr: SessionBundle, long_bundle: SessionBundle, tmp_path: Path
) -> None:
    short = len(PdfReader(_pdf(bundle_fr, tmp_path / "s.pdf", Audience.PARTICIPANTS)).pages)
    long_path = _pdf(long_bundle, tmp_path / "l.pdf", Audience.PARTICIPANTS)
    long = len(PdfReader(long_path).pages)
    assert 3 <= short < long and long >= 3 * short
    flat = one_line(pdftotext(long_path))
    assert "120 suggestions" in flat
    # Suggestions come in order, the last one included.
    positions = [flat.find(f"Écrire avec les encadrants une liste des décisions qu'ils prennent "
                           f"seuls, celles qu'ils prennent après t'avoir informée, et celles qui "
                           f"restent les tiennes.{suffix}") for suffix in ("", "")]  # fmt: skip
    assert positions[0] >= 0
    assert "(10)" in flat


def _numbered_bundle(count: int, lines: int) -> SessionBundle:
    """Suggestions whose first and last words carry their number, a few lines each."""
    base = sample_bundle("fr", people=8, suggestions=0)
    filler = " ".join(["la suite du raisonnement"] * (lines * 4))

    def fill(record: SessionRecord) -> None:
        for number in range(1, count + 1):
            record.add_suggestion(
                f"début-{number} {filler} fin-{number}", "p3", created_at="2026-11-20T15:00:00"
            )

    return edited(base, fill)


def test_suggestions_are_never_cut_by_a_page_end(tmp_path: Path) -> None:
    bundle = _numbered_bundle(60, 3)
    path = _pdf(bundle, tmp_path / "items.pdf", Audience.PARTICIPANTS)
    pages = [one_line(text) for text in pdf_pages(path)]
    for number in range(1, 61):
        start = [i for i, text in enumerate(pages) if re.search(rf"\bdébut-{number}\b", text)]
        end = [i for i, text in enumerate(pages) if re.search(rf"\bfin-{number}\b", text)]
        assert len(start) == 1 and start == end, f"suggestion {number}: pages {start} {end}"


def test_a_text_longer_than_a_page_flows_over_pages(
    bundle_fr: SessionBundle, tmp_path: Path
) -> None:
    paragraphs = [f"Paragraphe {n} : " + "les faits s'accumulent " * 30 for n in range(1, 31)]
    bundle = edited(
        bundle_fr, lambda record: record.set_text(RecordText.KEY_FACTS, "\n\n".join(paragraphs))
    )
    path = _pdf(bundle, tmp_path / "facts.pdf", Audience.PARTICIPANTS)
    flat = one_line(pdftotext(path))
    assert all(f"Paragraphe {n} :" in flat for n in range(1, 31))
    assert len(PdfReader(path).pages) >= 6


def test_user_text_is_text_and_nothing_is_ever_loaded(
    bundle_fr: SessionBundle, tmp_path: Path
) -> None:
    name = '<img src="file:///etc/hostname">'
    suggestion = "<b>gras</b> & <a href='http://example.com'>lien</a> <style>p{}</style>"
    bundle = edited(
        bundle_fr,
        lambda record: record.add_suggestion(suggestion, "p3", created_at="2026-11-20T15:00:00"),
        names={"p3": name},
    )
    summary = build_summary(bundle, Audience.PARTICIPANTS)
    document = build_document(summary, 650, 940)
    assert document.refused == []
    path = _pdf(bundle, tmp_path / "escaped.pdf", Audience.PARTICIPANTS)
    flat = one_line(pdftotext(path))
    assert name in flat
    assert suggestion in flat
    reader = PdfReader(path)
    for page in reader.pages:
        resources = page.get("/Resources") or {}
        assert "/XObject" not in resources or not any(
            xobject.get_object().get("/Subtype") == "/Image"
            for xobject in resources["/XObject"].values()
        )


def test_the_safe_document_refuses_every_resource(tmp_path: Path) -> None:
    image = tmp_path / "pixel.png"
    image.write_bytes(b"\x89PNG\r\n\x1a\n")
    document = SafeTextDocument()
    style = tmp_path / "x.css"
    style.write_text("p { color: red; }")
    document.setHtml(
        f'<html><head><link rel="stylesheet" type="text/css" href="{style.as_uri()}"></head>'
        f'<body><p>a</p><img src="{image.as_uri()}"></body></html>'
    )
    document.documentLayout().documentSize()  # lays out, which asks for the image
    assert style.as_uri() in document.refused and image.as_uri() in document.refused
    resource = document.resource(QTextDocument.ResourceType.ImageResource, image.as_uri())
    assert not resource  # empty: nothing was read


def test_participants_documents_are_refused_without_approval(
    bundle_fr: SessionBundle, tmp_path: Path
) -> None:
    unapproved = edited(bundle_fr, SessionRecord.withdraw_export_approval)
    with pytest.raises(ExportNotApproved) as caught:
        _pdf(unapproved, tmp_path / "no.pdf", Audience.PARTICIPANTS)
    assert "approv" in str(caught.value)
    with pytest.raises(ExportNotApproved):
        next(write_personal_pdfs(unapproved, tmp_path, paper=PaperSize.A4))
    assert list(tmp_path.iterdir()) == []
    # The facilitator's own record is allowed.
    assert _pdf(unapproved, tmp_path / "mine.pdf", Audience.FACILITATOR).exists()


def test_an_existing_file_is_kept_unless_overwrite(
    bundle_fr: SessionBundle, tmp_path: Path
) -> None:
    target = tmp_path / "compte-rendu.pdf"
    target.write_bytes(b"previous")
    with pytest.raises(FileExists) as caught:
        _pdf(bundle_fr, target, Audience.PARTICIPANTS)
    assert caught.value.path == target
    assert target.read_bytes() == b"previous"
    _pdf(bundle_fr, target, Audience.PARTICIPANTS, overwrite=True)
    assert target.read_bytes().startswith(b"%PDF")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["compte-rendu.pdf"]


def test_personal_copies_one_file_each_with_progress(
    bundle_fr: SessionBundle, tmp_path: Path
) -> None:
    renamed = edited(bundle_fr, names={"p4": "Chloé / Martin\x07"})
    steps = list(write_personal_pdfs(renamed, tmp_path, paper=PaperSize.A4))
    people = renamed.live_session().roster.participants
    assert [(s.done, s.total) for s in steps] == [(n, len(people)) for n in range(1, 7)]
    assert all(isinstance(step, ExportProgress) and step.path.exists() for step in steps)
    names = sorted(path.name for path in tmp_path.iterdir())
    assert _copy("Chloé Martin") in names and _copy("François Côté") in names
    assert len(names) == 6
    awa = one_line(pdftotext(tmp_path / _copy("Awa Diallo")))
    bruno = one_line(pdftotext(tmp_path / _copy("Bruno Lefèvre")))
    # Everyone gets the summary; only Awa's copy has her 4 A in full.
    for text in (awa, bruno):
        assert "Les suggestions" in text and "Le plan d'action" in text
    assert "COPIE PERSONNELLE DE AWA DIALLO" in awa and "VOTRE APPRENTISSAGE" in awa
    assert "J'espérais des outils" in awa
    assert "J'espérais des outils" not in bruno
    assert "je vais relire mes agendas" in bruno
    private = bundle_fr.record.text(RecordText.PRIVATE_NOTES)[:30]
    assert private not in awa and private not in bruno


def test_personal_copies_ask_before_replacing_any_file(
    bundle_fr: SessionBundle, tmp_path: Path
) -> None:
    existing = tmp_path / _copy("François Côté")
    existing.write_bytes(b"old")
    with pytest.raises(FileExists):
        next(write_personal_pdfs(bundle_fr, tmp_path, paper=PaperSize.A4))
    assert [p.name for p in tmp_path.iterdir()] == [existing.name]
    chosen = list(
        write_personal_pdfs(
            bundle_fr, tmp_path, paper=PaperSize.A4, overwrite=True, participant_ids=["p6"]
        )
    )
    assert [step.path for step in chosen] == [existing]
    assert existing.read_bytes().startswith(b"%PDF")


def test_exports_run_off_the_gui_thread(
    qapp: QApplication, bundle_fr: SessionBundle, tmp_path: Path
) -> None:
    def work() -> list[Path]:
        first = _pdf(bundle_fr, tmp_path / "summary.pdf", Audience.PARTICIPANTS)
        copies = [step.path for step in write_personal_pdfs(bundle_fr, tmp_path / "copies",
                                                            paper=PaperSize.A4)]  # fmt: skip
        return [first, *copies]

    (tmp_path / "copies").mkdir()
    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
        paths = pool.submit(work).result(timeout=120)
    assert len(paths) == 7
    assert all("Les suggestions" in one_line(pdftotext(path)) for path in paths)


def test_document_metadata_names_the_session(bundle_fr: SessionBundle, tmp_path: Path) -> None:
    path = _pdf(bundle_fr, tmp_path / "meta.pdf", Audience.PARTICIPANTS)
    info = PdfReader(path).metadata
    assert info is not None
    assert info.title == "Déléguer sans tout reprendre — Compte rendu de séance"
    assert re.search("Codev", str(info.creator))


def test_without_a_qt_application_the_export_refuses_instead_of_aborting(tmp_path: Path) -> None:
    script = (
        "from codev_app.export.content import Audience, build_summary\n"
        "from codev_app.export.errors import ExportError\n"
        "from codev_app.export.pdf import render_pdf\n"
        "from codev_app.export.sample import sample_bundle\n"
        "summary = build_summary(sample_bundle(), Audience.PARTICIPANTS)\n"
        "try:\n"
        "    render_pdf(summary)\n"
        "except ExportError as error:\n"
        "    print('refused:', error)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "refused: PDF export needs the Qt application" in result.stdout
