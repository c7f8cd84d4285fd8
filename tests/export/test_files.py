"""Atomic writes, safe file names, Markdown and CSV exports."""

from __future__ import annotations

import csv
import dataclasses
import io
import os
import re
from pathlib import Path

import pytest

from codev_app.core.bundle import SessionBundle
from codev_app.core.record import RecordText, SessionRecord
from codev_app.core.text import safe_file_name
from codev_app.export.atomic import TEMP_SUFFIX, atomic_write_bytes, atomic_writer
from codev_app.export.content import Audience, build_summary
from codev_app.export.csv_export import (
    speaking_rows,
    timing_rows,
    write_speaking_csv,
    write_timings_csv,
)
from codev_app.export.errors import ExportNotApproved, FileExists
from codev_app.export.files import document_file_name, personal_copy_paths
from codev_app.export.markdown import (
    markdown_text,
    md_inline,
    write_markdown,
    write_personal_markdowns,
)
from tests.export.conftest import edited

# --- atomic writes ---------------------------------------------------------------------------


def test_an_interrupted_write_keeps_the_old_file_and_leaves_no_temp(tmp_path: Path) -> None:
    target = tmp_path / "compte-rendu.pdf"
    target.write_bytes(b"old version")
    with pytest.raises(RuntimeError), atomic_writer(target, overwrite=True) as handle:
        handle.write(b"half of the new ")
        raise RuntimeError("disk unplugged")
    assert target.read_bytes() == b"old version"
    assert [p.name for p in tmp_path.iterdir()] == ["compte-rendu.pdf"]


def test_a_keyboard_interrupt_mid_write_is_cleaned_up_too(tmp_path: Path) -> None:
    target = tmp_path / "new.md"
    with pytest.raises(KeyboardInterrupt), atomic_writer(target) as handle:
        handle.write(b"# Compte")
        raise KeyboardInterrupt
    assert list(tmp_path.iterdir()) == []


def test_a_failing_rename_keeps_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "doc.csv"
    target.write_bytes(b"old")

    def broken_replace(source: object, destination: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(OSError, match="No space"):
        atomic_write_bytes(target, b"new", overwrite=True)
    assert target.read_bytes() == b"old"
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(TEMP_SUFFIX)]


def test_no_overwrite_without_asking(tmp_path: Path) -> None:
    target = tmp_path / "doc.pdf"
    target.write_bytes(b"keep me")
    with pytest.raises(FileExists) as caught:
        atomic_write_bytes(target, b"new")
    assert caught.value.path == target and "already exists" in str(caught.value)
    assert target.read_bytes() == b"keep me"
    atomic_write_bytes(target, b"new", overwrite=True)
    assert target.read_bytes() == b"new"


def test_a_file_appearing_during_the_write_is_not_overwritten(tmp_path: Path) -> None:
    target = tmp_path / "race.md"
    with pytest.raises(FileExists), atomic_writer(target) as handle:
        handle.write(b"mine")
        target.write_bytes(b"someone else's")
    assert target.read_bytes() == b"someone else's"
    assert [p.name for p in tmp_path.iterdir()] == ["race.md"]


# --- names -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "safe"),
    [
        ("Hélène Côté", "Hélène Côté"),
        ("Chloé / Martin", "Chloé Martin"),
        ('a\\b:c*d?e"f<g>h|i', "a b c d e f g h i"),
        ("tab\tnew\nline\x07bell", "tab new line bell"),
        ("  ..hidden.  ", "hidden"),
        ("CON", "_CON"),
        ("nul.txt", "_nul.txt"),
        ("///", "export"),
        ("e\u0301cole", "école"),  # decomposed accents are composed
    ],
)
def test_safe_file_names_keep_accents_and_drop_the_rest(name: str, safe: str) -> None:
    assert safe_file_name(name) == safe


def test_long_names_are_cut(bundle_fr: SessionBundle) -> None:
    assert len(safe_file_name("é" * 500)) == 120


def test_suggested_names_and_clashing_personal_copies(
    bundle_fr: SessionBundle, tmp_path: Path
) -> None:
    assert (
        document_file_name(bundle_fr, Audience.PARTICIPANTS, "pdf")
        == "2026-11-20 14h00 Compte rendu — Déléguer sans tout reprendre.pdf"
    )
    assert document_file_name(bundle_fr, Audience.FACILITATOR, "md", language="en").startswith(
        "2026-11-20 14h00 Facilitator record"
    )
    clashing = edited(bundle_fr, names={"p3": "Ana/Belle", "p4": "Ana Belle"})
    names = [path.name for _, path in personal_copy_paths(clashing, tmp_path, "pdf")]
    copy = "2026-11-20 14h00 Copie personnelle — Ana Belle — Déléguer sans tout reprendre"
    assert f"{copy}.pdf" in names and f"{copy} (2).pdf" in names
    assert len(set(names)) == len(names)


def test_two_sessions_of_one_day_never_share_a_file_name(
    bundle_fr: SessionBundle, tmp_path: Path
) -> None:
    assert bundle_fr.created_at is not None
    evening = dataclasses.replace(
        bundle_fr, created_at=bundle_fr.created_at.replace(hour=18, minute=30)
    )
    morning = [path.name for _, path in personal_copy_paths(bundle_fr, tmp_path, "pdf")]
    later = [path.name for _, path in personal_copy_paths(evening, tmp_path, "pdf")]
    assert not set(morning) & set(later)
    assert all("Copie personnelle" in name for name in morning + later)
    assert any(name.startswith("2026-11-20 18h30 Copie personnelle — ") for name in later)


# --- Markdown --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "escaped"),
    [
        ("# pas un titre", "\\# pas un titre"),
        ("1. pas une liste", "1\\. pas une liste"),
        ("- pas une puce", "\\- pas une puce"),
        ("> pas une citation", "\\> pas une citation"),
        ('<img src="x">', '\\<img src="x"\\>'),
        ("*gras* et _it_", "\\*gras\\* et \\_it\\_"),
        ("a | b", "a \\| b"),
        ("&amp; et & seul", "\\&amp; et & seul"),
        ("Une phrase. Avec un tiret - ici.", "Une phrase. Avec un tiret - ici."),
    ],
)
def test_markdown_escapes_only_what_changes_the_structure(text: str, escaped: str) -> None:
    assert md_inline(text) == escaped


def test_markdown_summary_reads_well_and_keeps_private_things_out(
    bundle_fr: SessionBundle, tmp_path: Path
) -> None:
    path = write_markdown(bundle_fr, tmp_path / "cr.md", Audience.PARTICIPANTS)
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# Déléguer sans tout reprendre\n")
    for heading in (
        "## La question du client",
        "## Le contrat",
        "## Les suggestions",
        "## Le plan d'action",
        "## Les apprentissages",
    ):
        assert heading in text  # fmt: skip
    assert "## Le déroulé" not in text  # the time adjustments are the facilitator's
    assert "1. **Retenue** — Écrire avec les encadrants" in text
    assert "| Action | Échéance | Signe de réussite |" in text
    assert "Confidentiel — pour le groupe uniquement" in text
    private = bundle_fr.record.text(RecordText.PRIVATE_NOTES)
    assert private[:30] not in text and "Notes privées" not in text
    record = write_markdown(bundle_fr, tmp_path / "dossier.md", Audience.FACILITATOR)
    record_text = record.read_text(encoding="utf-8")
    assert "> **Privé — animation uniquement**" in record_text
    assert private[:30] in record_text and "## Temps de parole" in record_text


def test_markdown_user_text_cannot_inject_structure(bundle_fr: SessionBundle) -> None:
    hostile = "# Titre\n\n<script>alert(1)</script>\n1. liste\n| a | b |"
    bundle = edited(
        bundle_fr,
        lambda record: record.add_suggestion(hostile, "p3", created_at="2026-11-20T15:00:00"),
        names={"p3": "<img src=x onerror=alert(1)>"},
    )
    text = markdown_text(build_summary(bundle, Audience.PARTICIPANTS))
    assert not re.search(r"(?<!\\)<(img|script)", text)
    assert "\n# Titre" not in text and "\\# Titre" in text
    # Every line of the suggestion stays inside its list item (indented continuation).
    item = text[text.index("13. ") : text.index("\n## ", text.index("13. "))].strip()
    lines = item.splitlines()
    assert len(lines) == 5 and lines[1] == ""
    assert all(line.startswith("    ") for line in lines[2:]), lines
    assert "\\| a \\| b \\|" in item


def test_markdown_personal_copies_need_approval(bundle_fr: SessionBundle, tmp_path: Path) -> None:
    copies = list(write_personal_markdowns(bundle_fr, tmp_path))
    assert len(copies) == 6
    awa = (
        tmp_path
        / "2026-11-20 14h00 Copie personnelle — Awa Diallo — Déléguer sans tout reprendre.md"
    ).read_text(encoding="utf-8")
    assert "## Votre apprentissage" in awa and "*Appréciation* —" in awa
    unapproved = edited(bundle_fr, SessionRecord.withdraw_export_approval)
    with pytest.raises(ExportNotApproved):
        write_markdown(unapproved, tmp_path / "no.md", Audience.PARTICIPANTS)


# --- CSV -------------------------------------------------------------------------------------


def _read_csv(path: Path) -> list[list[str]]:
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf"), "Excel needs the BOM to read accents"
    assert b"\r\n" in data
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig")), delimiter=";"))


def test_speaking_times_csv(bundle_fr: SessionBundle, tmp_path: Path) -> None:
    rows = _read_csv(write_speaking_csv(bundle_fr, tmp_path / "parole.csv"))
    assert rows[0] == ["Phase", "Participant", "Secondes"]
    speaking = bundle_fr.record.speaking
    expected = sum(round(s) for times in speaking.values() for s in times.values() if round(s))
    assert sum(int(row[2]) for row in rows[1:]) == expected
    assert ["Exposé", "Awa Diallo", str(round(speaking["exposition"]["p1"]))] in rows
    assert rows[1][0] == "Ouverture"  # plan order
    assert len(rows) - 1 == len(speaking_rows(bundle_fr))


def test_phase_timings_csv_in_english(bundle_en: SessionBundle, tmp_path: Path) -> None:
    rows = _read_csv(write_timings_csv(bundle_en, tmp_path / "timings.csv", language="en"))
    assert rows[0] == ["Phase", "Planned (seconds)", "Actual (seconds)"]
    assert [row[0] for row in rows[1:5]] == ["Opening", "Case exposition", "Clarification", "Break"]
    assert rows[4][1] == "600"
    live = bundle_en.live_session()
    assert [int(row[2]) for row in rows[1:]] == [
        round(live.engine.actual_seconds(i)) for i in range(len(live.engine.plan))
    ]
    assert len(timing_rows(bundle_en)) == len(rows) - 1


def test_csv_cells_cannot_become_formulas(bundle_fr: SessionBundle, tmp_path: Path) -> None:
    bundle = edited(bundle_fr, names={"p1": '=HYPERLINK("http://x";"clic")', "p3": "@SUM(A1)"})
    rows = _read_csv(write_speaking_csv(bundle, tmp_path / "p.csv"))
    names = {row[1] for row in rows[1:]}
    assert '\'=HYPERLINK("http://x";"clic")' in names and "'@SUM(A1)" in names
    with pytest.raises(FileExists):
        write_speaking_csv(bundle, tmp_path / "p.csv")


def test_data_file_names(bundle_fr: SessionBundle) -> None:
    from codev_app.export.files import data_file_name

    assert data_file_name(bundle_fr, "session") == (
        "2026-11-20 14h00 Séance — Déléguer sans tout reprendre.codev.json"
    )
    assert data_file_name(bundle_fr, "speaking", language="en").endswith(".csv")
    assert "Phase timings" in data_file_name(bundle_fr, "timings", language="en")
