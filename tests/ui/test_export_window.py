"""The export window, driven with clicks and keys on a real store: the client's approval gates the
participants' documents, every document type is written and reads back, personal copies run on a
worker with progress while the window keeps responding, existing files are asked about."""

from __future__ import annotations

import dataclasses
import errno
import itertools
import json
import time
import unicodedata
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QElapsedTimer, Qt, QTimer, QUrl
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLineEdit,
    QListWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from codev_app import i18n
from codev_app.core import commands as c
from codev_app.core.bundle import SessionBundle
from codev_app.core.participants import Role
from codev_app.core.record import RecordText, SessionRecord
from codev_app.export.json_io import read_session_file
from codev_app.export.sample import sample_bundle
from codev_app.storage import Store
from codev_app.storage.repository import LogEntry
from codev_app.ui.export import jobs
from codev_app.ui.export.folder import FOLDER_KEY, DictMemory
from codev_app.ui.export.jobs import Document, free_path, split_name
from codev_app.ui.export.source import StoredSource
from codev_app.ui.export.window import ExportWindow

LEFT = Qt.MouseButton.LeftButton

# The sample session started at 14:00 in Paris: file names show it in this computer's time.
_START = datetime(2026, 11, 20, 14, 0, tzinfo=timezone(timedelta(hours=1))).astimezone()
STAMP = f"2026-11-20 {_START:%H}h{_START:%M}"
SUBJECT = "Déléguer sans tout reprendre"


@pytest.fixture(autouse=True)
def english(qapp: QApplication) -> Iterator[None]:
    translators = i18n.install_translators(qapp, "en")
    yield
    i18n.remove_translators(qapp, translators)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store(tmp_path / "codev.sqlite3") as opened:
        yield opened


@pytest.fixture
def out(tmp_path: Path) -> Path:
    return tmp_path / "exports"


class Opened:
    """URLs the window asked the desktop to open."""

    def __init__(self) -> None:
        self.urls: list[QUrl] = []

    def __call__(self, url: QUrl) -> bool:
        self.urls.append(url)
        return True


def save(store: Store, *, people: int = 6, approved: bool = False, language: str = "fr") -> int:
    return store.save_bundle(sample_bundle(language, people=people, approved=approved))


def open_window(
    qtbot: QtBot,
    store: Store,
    session_id: int,
    folder: Path,
    *,
    language: str = "en",
    opened: Opened | None = None,
) -> ExportWindow:
    window = ExportWindow(
        StoredSource(store, session_id),
        language=language,
        memory=DictMemory(),
        open_url=opened if opened is not None else Opened(),
    )
    qtbot.addWidget(window)
    window.folder_field.setText(str(folder))
    with qtbot.waitExposed(window):
        window.show()
    return window


def click(qtbot: QtBot, button: QAbstractButton) -> None:
    """A real click, in the middle of the button (check boxes: on the box itself)."""
    assert button.isVisible() and button.isEnabled(), button.objectName()
    point = button.rect().center()
    if button.metaObject().className() == "QCheckBox":
        point.setX(8)
    QTest.mouseClick(button, LEFT, Qt.KeyboardModifier.NoModifier, point)


def export_and_wait(qtbot: QtBot, window: ExportWindow, timeout: int = 60_000) -> list[Path]:
    with qtbot.waitSignal(window.exported, timeout=timeout) as signal:
        click(qtbot, window.export_button)
    written = signal.args[0]
    assert isinstance(written, list)
    return written


def pdf_text(path: Path) -> str:
    text = "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)
    return " ".join(unicodedata.normalize("NFKC", text).split())


def names(bundle: SessionBundle) -> list[str]:
    return [person.name for person in bundle.live_session().roster.participants]


def approve(qtbot: QtBot, window: ExportWindow) -> None:
    click(qtbot, window.consent_box)
    assert window.approved


# --- the client's approval -------------------------------------------------------------------


def test_participants_documents_wait_for_the_clients_approval_and_it_is_saved(
    qtbot: QtBot, store: Store, out: Path
) -> None:
    session_id = save(store)
    window = open_window(qtbot, store, session_id, out)

    assert "has not approved sharing yet" in window.consent_state.text()
    assert window.consent_box.text() == "Awa Diallo &approved what will be shared"
    assert not window.consent_box.isChecked()
    for box in (window.summary_box, window.personal_box):
        assert not box.isEnabled() and not box.isChecked()
    assert not window.recipients.isEnabled()
    # Nothing for the facilitator is ticked by default: there is nothing to export yet.
    assert not window.export_button.isEnabled()
    # What stays with the facilitator needs no approval.
    assert window.record_box.isEnabled() and window.session_file_box.isEnabled()

    approve(qtbot, window)

    assert window.summary_box.isEnabled() and window.summary_box.isChecked()
    assert window.personal_box.isEnabled()
    assert window.export_button.isEnabled()
    text = window.consent_state.text()
    assert "Approved by Awa Diallo on" in text
    stored = store.load_bundle(session_id)
    client = stored.live_session().roster.client
    assert client is not None
    assert stored.record.consent.client_approved_export
    assert stored.record.consent.approved_by == client.id
    assert stored.record.consent.approved_at

    # Unticking withdraws it, in the store too.
    click(qtbot, window.consent_box)
    assert not store.load_bundle(session_id).record.consent.client_approved_export
    assert not window.summary_box.isEnabled() and not window.summary_box.isChecked()
    assert not window.export_button.isEnabled()


def test_the_approval_is_given_with_the_keyboard(qtbot: QtBot, store: Store, out: Path) -> None:
    session_id = save(store)
    window = open_window(qtbot, store, session_id, out)
    with qtbot.waitActive(window):
        window.activateWindow()
    QTest.keyClick(window, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)  # "&approved"
    assert window.consent_box.hasFocus()
    QTest.keyClick(window.consent_box, Qt.Key.Key_Space)
    assert store.load_bundle(session_id).record.consent.client_approved_export
    # Alt+P ticks the summary (ticked already: it stays what the user wanted), Ctrl+Enter exports.
    assert window.summary_box.isChecked()
    with qtbot.waitSignal(window.exported, timeout=30_000) as signal:
        QTest.keyClick(window, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert [path.suffix for path in signal.args[0]] == [".pdf"]


def test_an_approval_that_cannot_be_saved_is_said_and_not_shown_as_given(
    qtbot: QtBot, store: Store, out: Path
) -> None:
    session_id = save(store)
    window = open_window(qtbot, store, session_id, out)
    store.delete_session(session_id)

    click(qtbot, window.consent_box)

    assert not window.consent_box.isChecked()
    assert not window.summary_box.isEnabled()
    assert window.message.isVisible()
    assert window.message.text() == (
        "The approval could not be saved: this session is no longer in Codev’s database."
    )


def edit_stored_record(
    store: Store, session_id: int, change: Callable[[SessionRecord], object]
) -> None:
    """What the history window does to a saved session: read, change, save the record."""
    record = store.load_bundle(session_id).record
    change(record)
    store.save_record(session_id, record)


def test_edits_made_elsewhere_meanwhile_are_kept_and_exported(
    qtbot: QtBot, store: Store, out: Path
) -> None:
    session_id = save(store)
    window = open_window(qtbot, store, session_id, out)
    # The history window changes the case title while the export window is open.
    edit_stored_record(
        store, session_id, lambda record: record.set_text(RecordText.HEADLINE, "Lâcher prise")
    )

    approve(qtbot, window)

    stored = store.load_bundle(session_id).record
    assert stored.consent.client_approved_export
    assert stored.text(RecordText.HEADLINE) == "Lâcher prise"  # not overwritten
    click(qtbot, window.pdf_box)
    click(qtbot, window.markdown_box)
    written = export_and_wait(qtbot, window)
    assert "Lâcher prise" in written[0].read_text(encoding="utf-8")


def test_an_approval_recorded_elsewhere_shows_when_the_window_comes_back(
    qtbot: QtBot, store: Store, out: Path
) -> None:
    session_id = save(store)
    window = open_window(qtbot, store, session_id, out)
    other = QWidget()
    qtbot.addWidget(other)
    other.show()
    with qtbot.waitActive(other):
        other.activateWindow()
    client = store.load_bundle(session_id).saved_session().client
    assert client is not None
    edit_stored_record(store, session_id, lambda record: record.approve_export(client.id))
    assert not window.consent_box.isChecked()

    with qtbot.waitActive(window):
        window.activateWindow()

    assert window.consent_box.isChecked()
    assert window.summary_box.isEnabled()


# --- each kind of document ---------------------------------------------------------------------


def test_the_participants_summary_names_everyone_and_keeps_private_notes_out(
    qtbot: QtBot, store: Store, out: Path
) -> None:
    session_id = save(store, approved=True)
    bundle = store.load_bundle(session_id)
    window = open_window(qtbot, store, session_id, out)
    window.language_combo.setCurrentIndex(window.language_combo.findData("fr"))

    written = export_and_wait(qtbot, window)

    assert [path.name for path in written] == [
        f"{STAMP} Compte rendu — Déléguer sans tout reprendre.pdf"
    ]
    assert written[0].parent == out and written[0].is_file()
    text = pdf_text(written[0])
    assert "compte rendu de séance" in text.casefold()
    for name in names(bundle):
        assert name in text
    assert "voix qui tremble" not in text  # the facilitator's private notes
    assert window.result_panel.isVisible()
    assert window.result_text.text() == f"Done. 1 file written in “{out}”."
    assert [window.result_list.item(0).text()] == [written[0].name]


def test_the_facilitators_record_holds_the_private_notes_and_needs_no_approval(
    qtbot: QtBot, store: Store, out: Path
) -> None:
    session_id = save(store, approved=False)
    window = open_window(qtbot, store, session_id, out, language="fr")
    click(qtbot, window.record_box)

    written = export_and_wait(qtbot, window)

    assert [path.name for path in written] == [
        f"{STAMP} Dossier animation — Déléguer sans tout reprendre.pdf"
    ]
    text = pdf_text(written[0])
    assert "voix qui tremble" in text
    assert "dossier complet de l'animation" in text.casefold()
    assert not store.load_bundle(session_id).record.consent.client_approved_export


def test_the_facilitators_record_counts_the_pauses_and_undo_of_the_saved_command_log(
    qtbot: QtBot, store: Store, out: Path
) -> None:
    session_id = save(store)
    log = [(0.0, c.StartSession()), (10.0, c.Pause()), (70.0, c.Resume()), (81.0, c.Undo())]
    store.command_log.append(
        session_id, [LogEntry(n, at, "facilitator", cmd) for n, (at, cmd) in enumerate(log, 1)]
    )
    window = open_window(qtbot, store, session_id, out, language="fr")
    click(qtbot, window.record_box)

    text = pdf_text(export_and_wait(qtbot, window)[0])

    assert "Pauses 1" in text
    assert "Retours en arrière (Ctrl+Z) 1" in text


def test_markdown_session_file_and_csv_files(qtbot: QtBot, store: Store, out: Path) -> None:
    session_id = save(store, approved=True)
    original = store.load_bundle(session_id)
    window = open_window(qtbot, store, session_id, out)
    window.language_combo.setCurrentIndex(window.language_combo.findData("en"))
    for box in (
        window.pdf_box,  # Markdown only
        window.markdown_box,
        window.session_file_box,
        window.speaking_box,
        window.timings_box,
    ):
        click(qtbot, box)
    assert not window.paper_combo.isEnabled()  # no PDF, no paper

    written = export_and_wait(qtbot, window)

    assert [path.name for path in written] == [
        f"{STAMP} Summary — Déléguer sans tout reprendre.md",
        f"{STAMP} Session — Déléguer sans tout reprendre.codev.json",
        f"{STAMP} Speaking times — Déléguer sans tout reprendre.csv",
        f"{STAMP} Phase timings — Déléguer sans tout reprendre.csv",
    ]
    summary = written[0].read_text(encoding="utf-8")
    assert summary.startswith("# Déléguer sans tout reprendre\n\n*Session summary*")
    assert "Awa Diallo" in summary and "voix qui tremble" not in summary
    # The session file reads back as the same session.
    imported = read_session_file(written[1])
    assert imported.record.state == original.record.state
    assert names(imported) == names(original)
    speaking = written[2].read_text(encoding="utf-8-sig").splitlines()
    assert speaking[0] == "Phase;Participant;Seconds"
    assert any(line.split(";")[1] == "Karim Benali" for line in speaking[1:]) or any(
        "Élise Garnier" in line for line in speaking[1:]
    )
    timings = written[3].read_text(encoding="utf-8-sig").splitlines()
    assert timings[0].split(";")[0] == "Phase" and len(timings) > 5


def test_suggestion_authors_can_be_left_out(qtbot: QtBot, store: Store, out: Path) -> None:
    session_id = save(store, approved=True, language="en")
    window = open_window(qtbot, store, session_id, out)
    click(qtbot, window.pdf_box)
    click(qtbot, window.markdown_box)

    def suggestions(path: Path) -> str:
        text = path.read_text(encoding="utf-8")
        return text[text.index("## Suggestions") : text.index("## Action plan")]

    with_authors = suggestions(export_and_wait(qtbot, window)[0])
    assert "*— Bruno Lewis*" in with_authors

    click(qtbot, window.authors_box)
    assert not window.authors_box.isChecked()
    window.folder_field.setText(str(out / "anonymous"))
    without = suggestions(export_and_wait(qtbot, window)[0])
    assert "*— " not in without
    assert without.count("**Kept**") == with_authors.count("**Kept**") == 4


# --- personal copies -------------------------------------------------------------------------


def test_personal_copies_for_eight_with_progress_while_the_window_keeps_responding(
    qtbot: QtBot, store: Store, out: Path
) -> None:
    session_id = save(store, people=8, approved=True)
    bundle = store.load_bundle(session_id)
    window = open_window(qtbot, store, session_id, out, language="fr")
    click(qtbot, window.personal_box)
    click(qtbot, window.record_box)
    assert window.recipients.isEnabled()
    # Karim left early but came: everyone is ticked.
    assert all(
        window.recipients.item(row).checkState() == Qt.CheckState.Checked
        for row in range(window.recipients.count())
    )

    # The event loop is watched with a 10 ms timer while the worker writes the files.
    ticks: list[int] = []
    clock = QElapsedTimer()
    clock.start()
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(clock.elapsed()))
    progress: list[tuple[int, int]] = []
    window.progress.valueChanged.connect(
        lambda value: progress.append((value, window.progress.maximum()))
    )
    seen_running: list[bool] = []
    window.progress.valueChanged.connect(
        lambda value: seen_running.append(window.progress_panel.isVisible()) if value else None
    )
    timer.start()
    written = export_and_wait(qtbot, window)
    timer.stop()

    people = names(bundle)
    assert len(written) == 1 + len(people) + 1
    copies = written[1:-1]
    assert [path.name for path in copies] == [
        f"{STAMP} Copie personnelle — {name} — {SUBJECT}.pdf" for name in people
    ]
    for name, path in zip(people, copies, strict=True):
        text = pdf_text(path)
        assert f"copie personnelle de {name}".casefold() in text.casefold()
        assert "voix qui tremble" not in text
    # Progress went up file by file, shown while running.
    assert [value for value, _ in progress if value] == list(range(1, len(written) + 1))
    assert {maximum for _, maximum in progress} == {len(written)}
    assert all(seen_running)
    # The window kept processing events all along: no gap of a quarter of a second.
    assert len(ticks) >= 5
    gaps = [later - earlier for earlier, later in itertools.pairwise(ticks)]
    assert max(gaps) < 250, gaps
    assert not window.progress_panel.isVisible()


def test_only_the_chosen_people_get_a_copy(qtbot: QtBot, store: Store, out: Path) -> None:
    session_id = save(store, approved=True)
    window = open_window(qtbot, store, session_id, out)
    click(qtbot, window.summary_box)  # untick: copies only
    click(qtbot, window.personal_box)
    keep = {"Awa Diallo", "Chloé Martin"}
    # With the keyboard: arrows move, Space ticks or unticks.
    window.recipients.setFocus()
    for row in range(window.recipients.count()):
        window.recipients.setCurrentRow(row)
        if window.recipients.item(row).text() not in keep:
            QTest.keyClick(window.recipients, Qt.Key.Key_Space)
    chosen = {
        window.recipients.item(row).text()
        for row in range(window.recipients.count())
        if window.recipients.item(row).checkState() == Qt.CheckState.Checked
    }
    assert chosen == keep

    written = export_and_wait(qtbot, window)

    assert sorted(path.name for path in written) == [
        f"{STAMP} Personal copy — Awa Diallo — {SUBJECT}.pdf",
        f"{STAMP} Personal copy — Chloé Martin — {SUBJECT}.pdf",
    ]


def test_cancel_stops_between_two_files_and_keeps_those_written(
    qtbot: QtBot, store: Store, out: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    session_id = save(store, people=8, approved=True)
    window = open_window(qtbot, store, session_id, out)
    click(qtbot, window.personal_box)
    slow_down(monkeypatch, 0.15)

    with qtbot.waitSignal(window.exported, timeout=30_000) as signal:
        click(qtbot, window.export_button)
        qtbot.waitUntil(lambda: window.progress.value() >= 1, timeout=10_000)
        click(qtbot, window.cancel_button)

    written = signal.args[0]
    assert 1 <= len(written) < 9
    assert sorted(out.iterdir()) == sorted(written)  # whole files only, no leftovers
    assert window.result_text.text().startswith("Stopped.")
    assert window.export_button.isEnabled()


def test_escape_cancels_a_running_export_then_closes_the_window(
    qtbot: QtBot, store: Store, out: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    session_id = save(store, people=8, approved=True)
    window = open_window(qtbot, store, session_id, out)
    click(qtbot, window.personal_box)
    slow_down(monkeypatch, 0.15)
    with qtbot.waitActive(window):
        window.activateWindow()

    with qtbot.waitSignal(window.exported, timeout=30_000):
        QTest.keyClick(window, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: window.progress.value() >= 1, timeout=10_000)
        QTest.keyClick(window, Qt.Key.Key_Escape)
    assert window.isVisible()
    assert window.result_text.text().startswith("Stopped.")

    QTest.keyClick(window, Qt.Key.Key_Escape)
    assert not window.isVisible()


def slow_down(monkeypatch: pytest.MonkeyPatch, seconds: float) -> None:
    real = jobs.write_task

    def slow(*args: object, **kwargs: object) -> Path:
        time.sleep(seconds)
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(jobs, "write_task", slow)


# --- existing files ----------------------------------------------------------------------------


def test_existing_files_are_asked_about_keep_both_replace_or_cancel(
    qtbot: QtBot, store: Store, out: Path
) -> None:
    session_id = save(store, approved=True)
    window = open_window(qtbot, store, session_id, out)
    click(qtbot, window.record_box)
    first = export_and_wait(qtbot, window)
    before = {path: path.read_bytes() for path in first}

    # Cancel: nothing is written, nothing changes.
    click(qtbot, window.export_button)
    assert window.question.isVisible()
    assert window.question.text() == (
        f"2 files with the same name are already in this folder (“{STAMP} Summary — Déléguer "
        f"sans tout reprendre.pdf”, “{STAMP} Facilitator record — Déléguer sans tout "
        "reprendre.pdf”). Replace them, or keep both (the new files get “ (2)” in their names)?"
    )
    assert [button.text() for button in window.question.buttons] == [
        "Replace",
        "Keep both",
        "Cancel",
    ]
    assert window.question.buttons[1].hasFocus()  # the safe answer
    click(qtbot, window.question.button("Cancel"))
    assert not window.question.isVisible()
    assert window.message.text() == "Nothing was written."
    assert sorted(out.iterdir()) == sorted(first)

    # Keep both: new files get " (2)", the old ones stay as they were.
    click(qtbot, window.export_button)
    with qtbot.waitSignal(window.exported, timeout=30_000) as signal:
        click(qtbot, window.question.button("Keep both"))
    kept = signal.args[0]
    assert [path.name for path in kept] == [path.name.replace(".pdf", " (2).pdf") for path in first]
    assert {path: path.read_bytes() for path in first} == before

    # Replace: the same names, new content (the authors are left out this time).
    click(qtbot, window.authors_box)
    click(qtbot, window.export_button)
    with qtbot.waitSignal(window.exported, timeout=30_000) as signal:
        click(qtbot, window.question.button("Replace"))
    assert signal.args[0] == first
    assert first[0].read_bytes() != before[first[0]]
    assert len(list(out.iterdir())) == 4  # no " (3)"


def test_keep_both_names_come_before_the_whole_extension() -> None:
    assert split_name("2026 Séance — X.codev.json") == ("2026 Séance — X", ".codev.json")
    assert split_name("notes.tar") == ("notes", ".tar")
    assert split_name("README") == ("README", "")


def test_a_free_name_skips_files_on_disk_and_names_taken(tmp_path: Path) -> None:
    (tmp_path / "a.codev.json").write_text("{}")
    (tmp_path / "a (2).codev.json").write_text("{}")
    assert free_path(tmp_path / "a.codev.json").name == "a (3).codev.json"
    assert free_path(tmp_path / "a.codev.json", {"a (3).codev.json"}).name == "a (4).codev.json"


# --- where, and what went wrong --------------------------------------------------------------


def test_show_in_folder_opens_the_folder_and_the_folder_is_remembered(
    qtbot: QtBot, store: Store, out: Path
) -> None:
    session_id = save(store, approved=True)
    opened = Opened()
    window = open_window(qtbot, store, session_id, out, opened=opened)
    export_and_wait(qtbot, window)

    click(qtbot, window.show_folder_button)

    assert opened.urls == [QUrl.fromLocalFile(str(out))]
    assert window.memory.get(FOLDER_KEY) == str(out)


def test_the_folder_chooser_blocks_nothing_and_sets_the_folder(
    qtbot: QtBot, store: Store, out: Path, tmp_path: Path
) -> None:
    session_id = save(store, approved=True)
    window = open_window(qtbot, store, session_id, out)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()

    click(qtbot, window.browse_button)

    dialog = window.folder_dialog
    assert dialog is not None and dialog.isVisible()
    assert not dialog.isModal() or dialog.windowModality() != Qt.WindowModality.ApplicationModal
    dialog.fileSelected.emit(str(elsewhere))
    dialog.close()
    assert window.folder() == elsewhere
    assert window.memory.get(FOLDER_KEY) == str(elsewhere)


def test_a_folder_that_cannot_be_used_is_said_in_plain_words(
    qtbot: QtBot, store: Store, tmp_path: Path
) -> None:
    session_id = save(store, approved=True)
    a_file = tmp_path / "not-a-folder"
    a_file.write_text("x")
    window = open_window(qtbot, store, session_id, a_file / "inside")

    click(qtbot, window.export_button)

    assert window.question.isVisible()
    assert window.question.text() == (
        f"Codev cannot write in the folder “{a_file / 'inside'}”: "
        "part of the path is a file, not a folder."
    )
    assert window.focusWidget() is window.question.button("Choose another folder…")
    assert window.run is None and window.export_button.isEnabled()
    click(qtbot, window.question.button("Choose another folder…"))
    assert window.folder_dialog is not None and window.folder_dialog.isVisible()
    window.folder_dialog.close()

    window.folder_field.setText("Documents/Codev")  # a path relative to nothing the user sees
    click(qtbot, window.export_button)
    assert window.message.text() == "Type the whole path of a folder, or choose one with Browse."
    assert not (Path.cwd() / "Documents").exists()


@pytest.mark.skipif(not Path("/proc/self").is_dir(), reason="needs Linux's /proc")
def test_a_folder_that_exists_but_takes_no_files_is_not_said_to_be_missing(
    qtbot: QtBot, store: Store
) -> None:
    session_id = save(store, approved=True)
    window = open_window(qtbot, store, session_id, Path("/proc"))  # exists; "no such file"

    click(qtbot, window.export_button)

    assert window.question.text() == (
        "Codev cannot write in the folder “/proc”: it exists, but it does not accept new files."
    )
    assert "exist any more" not in window.question.text()
    assert window.run is None and not window.last_written


def test_a_message_does_not_move_the_folder_row_or_the_buttons(
    qtbot: QtBot, store: Store, tmp_path: Path
) -> None:
    session_id = save(store, approved=True)
    window = open_window(qtbot, store, session_id, tmp_path / "out")
    qtbot.wait(20)

    def where() -> list[int]:
        widgets = (window.folder_field, window.export_button, window.consent_box)
        return [widget.mapTo(window, widget.rect().topLeft()).y() for widget in widgets]

    before = where()
    window.show_error("The session cannot be read back, so nothing was written: a reason.")
    qtbot.wait(20)
    assert where() == before
    window.consent_box.click()  # the approval is withdrawn: its text changes
    qtbot.wait(20)
    assert where() == before


def test_a_write_that_fails_is_said_in_plain_words(
    qtbot: QtBot, store: Store, out: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    session_id = save(store, approved=True)
    window = open_window(qtbot, store, session_id, out)
    click(qtbot, window.record_box)
    real = jobs.write_task

    def disk_full(
        bundle: SessionBundle, task: jobs.FileTask, choices: jobs.ExportChoices, log: object
    ) -> Path:
        if task.document is Document.RECORD:
            raise OSError(errno.ENOSPC, "No space left on device")
        return real(bundle, task, choices)

    monkeypatch.setattr(jobs, "write_task", disk_full)
    written = export_and_wait(qtbot, window)

    assert len(written) == 1  # the summary, written before
    assert window.message.text() == (
        f"“{STAMP} Facilitator record — Déléguer sans tout reprendre.pdf” could not be "
        "written: the disk is full."
    )
    assert window.result_text.text() == f"1 file had been written in “{out}” before that."


# --- names, accessibility, language ------------------------------------------------------------


def test_every_control_has_an_accessible_name_and_names_are_plain_text(
    qtbot: QtBot, store: Store, out: Path
) -> None:
    bundle = sample_bundle("fr", people=4, approved=False)
    live = dict(bundle.live)
    roster = json.loads(json.dumps(live["roster"]))
    for person in roster["participants"]:
        if person["role"] == Role.CLIENT.value:
            person["name"] = "<b>Zoé</b> & Cie"
    live["roster"] = roster
    session_id = store.save_bundle(dataclasses.replace(bundle, live=live))
    window = open_window(qtbot, store, session_id, out)

    assert window.consent_box.text() == "<b>Zoé</b> && Cie &approved what will be shared"
    assert window.consent_box.accessibleName() == "<b>Zoé</b> & Cie approved what will be shared"
    assert window.recipients.item(0).text() == "<b>Zoé</b> & Cie"
    approve(qtbot, window)
    assert "Approved by <b>Zoé</b> & Cie on" in window.consent_state.text()
    assert window.consent_state.textFormat() == Qt.TextFormat.PlainText
    controls: list[QWidget] = []
    for kind in (QAbstractButton, QComboBox, QLineEdit, QListWidget):
        controls += [c for c in window.findChildren(kind) if c.window() is window]
    assert len(controls) >= 18
    unnamed = [c.objectName() or repr(c) for c in controls if not c.accessibleName()]
    assert unnamed == []


def test_the_window_speaks_french_and_writes_french_by_default(
    qtbot: QtBot, qapp: QApplication, store: Store, out: Path
) -> None:
    translators = i18n.install_translators(qapp, "fr")
    try:
        session_id = save(store)
        window = open_window(qtbot, store, session_id, out, language="fr")
        assert window.windowTitle() == "Exporter – Codev"
        assert window.consent_state.text().startswith("Le client n’a pas encore accepté")
        assert window.language_combo.currentData() == "fr"
        approve(qtbot, window)
        assert window.consent_state.text().startswith("Accepté par Awa Diallo le ")
        written = export_and_wait(qtbot, window)
        assert written[0].name.startswith(f"{STAMP} Compte rendu")
        assert window.result_text.text() == f"C’est fait. 1 fichier écrit dans «\u00a0{out}\u00a0»."
    finally:
        i18n.remove_translators(qapp, translators)


def test_the_paper_follows_the_choice(qtbot: QtBot, store: Store, out: Path) -> None:
    session_id = save(store, approved=True)
    window = open_window(qtbot, store, session_id, out)
    for paper, width in (("letter", 612), ("a4", 595)):
        window.paper_combo.setCurrentIndex(window.paper_combo.findData(paper))
        window.folder_field.setText(str(out / paper))
        written = export_and_wait(qtbot, window)
        page = PdfReader(written[0]).pages[0]
        assert round(float(page.mediabox.width)) == width


def test_closing_during_an_export_lets_the_current_file_finish(
    qtbot: QtBot, store: Store, out: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    session_id = save(store, people=8, approved=True)
    window = open_window(qtbot, store, session_id, out)
    click(qtbot, window.personal_box)
    slow_down(monkeypatch, 0.1)
    click(qtbot, window.export_button)
    qtbot.waitUntil(lambda: window.progress.value() >= 1, timeout=10_000)

    window.close()

    assert window.run is None
    assert not any(path.name.endswith(".part") for path in out.iterdir())
    assert 1 <= len(list(out.iterdir())) < 9
