"""The export window: every participant gets a clean document, and only once the client agrees.

A window of its own, never modal: it can stay open beside the console while the session runs, or
be opened from the history for a saved session. From top to bottom it says whether the client
approved sharing (and records it), what to write, with which options, and where; then it writes
the files on a worker thread with a progress bar and a Cancel button, and ends with a calm list
of what was written and a button to show the folder.

Rules it keeps:

- documents for participants (the summary, personal copies) cannot be ticked until the client's
  approval is recorded; the facilitator's record and the open formats stay with the facilitator
  and need none;
- an existing file is never replaced without asking, in the window (Replace / Keep both /
  Cancel), before anything is written;
- names typed by people are plain text everywhere (a ``&`` in a name is not a keyboard letter);
- every refusal or failure is a sentence in the window, never a traceback or a dialog.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal, Slot
from PySide6.QtGui import QCloseEvent, QDesktopServices
from PySide6.QtWidgets import QFileDialog, QListWidgetItem, QWidget

from codev_app import i18n
from codev_app.core.bundle import SessionBundle
from codev_app.core.errors import CodevError
from codev_app.storage.errors import StorageError
from codev_app.ui.export.folder import (
    FOLDER_KEY,
    DictMemory,
    Memory,
    default_folder,
    folder_problem,
)
from codev_app.ui.export.form import ExportForm
from codev_app.ui.export.jobs import (
    Document,
    ExportChoices,
    ExportRun,
    FileTask,
    existing,
    keep_both,
    plan_files,
    replace_all,
)
from codev_app.ui.export.reasons import describe, folder_reason, quoted, reason
from codev_app.ui.export.source import ExportSource

_log = logging.getLogger(__name__)

#: How many clashing file names the overwrite question lists before "…".
_NAMES_SHOWN = 3


class ExportWindow(ExportForm):
    """Export a session's documents and files (see the module docstring)."""

    #: The files an export wrote (``list[Path]``), when it ends (finished, cancelled or failed).
    exported = Signal(list)

    def __init__(
        self,
        source: ExportSource,
        *,
        language: str = i18n.SOURCE_LANGUAGE,
        memory: Memory | None = None,
        open_url: Callable[[QUrl], object] = QDesktopServices.openUrl,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        if parent is not None:
            self.setWindowFlag(Qt.WindowType.Window)
        self.setObjectName("exportWindow")
        self.setWindowTitle(self.tr("Export – Codev"))
        self.setAccessibleName(self.tr("Export"))
        self.setMinimumSize(480, 420)
        self.language = language if language in i18n.LANGUAGES else "en"
        self.memory: Memory = memory if memory is not None else DictMemory()
        self.open_url = open_url
        self.source = source
        self.run: ExportRun | None = None
        self.folder_dialog: QFileDialog | None = None
        self.last_written: list[Path] = []
        self._pending: list[FileTask] = []
        self._pending_choices: ExportChoices | None = None
        self._wanted = {Document.SUMMARY: True, Document.PERSONAL: False}
        self._gate_open: bool | None = None  # whether participants' documents may be ticked
        self._unwatch: Callable[[], None] = lambda: None
        self._seen_consent = source.consent
        self.result_folder: Path | None = None

        self._build()
        self._connect()
        self.set_source(source)
        self.folder_field.setText(str(default_folder(self.memory)))
        self._refresh()
        self._fit_to_screen()

    def _connect(self) -> None:
        self.consent_box.clicked.connect(self.set_approved)
        for box in (self.summary_box, self.personal_box):
            box.clicked.connect(self._remember_wanted)
        for box in (
            self.summary_box,
            self.personal_box,
            self.record_box,
            self.pdf_box,
            self.markdown_box,
            self.session_file_box,
            self.speaking_box,
            self.timings_box,
        ):
            box.toggled.connect(self._refresh)
        self.recipients.itemChanged.connect(self._refresh)
        self.folder_field.textChanged.connect(self._refresh)
        self.browse_button.clicked.connect(self.choose_folder)
        self.export_button.clicked.connect(self.export)
        self.export_action.triggered.connect(self.export)
        self.cancel_button.clicked.connect(self.cancel)
        self.close_button.clicked.connect(self.close)
        self.escape_action.triggered.connect(self._escape)
        self.show_folder_button.clicked.connect(self.show_folder)

    # --- where -------------------------------------------------------------------------------

    @Slot()
    def choose_folder(self) -> QFileDialog:
        """Open a folder chooser that blocks nothing (the session's timers keep running)."""
        dialog = QFileDialog(self, self.tr("Where to save the files"), str(self.folder()))
        dialog.setObjectName("exportFolderDialog")
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
        # Qt's own dialog: the native ones run a nested loop on some platforms.
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(self.set_folder)
        self.folder_dialog = dialog
        dialog.open()
        return dialog

    @Slot(str)
    def set_folder(self, folder: str) -> None:
        """Write the files to ``folder`` (remembered for next time)."""
        if folder:
            self.folder_field.setText(folder)
            self.memory.set(FOLDER_KEY, folder)

    # --- exporting ---------------------------------------------------------------------------

    @Slot()
    def export(self) -> None:
        """Plan the files, ask about any that exist, then write them on a worker thread."""
        if self.run is not None or not self.export_button.isEnabled():
            return
        self.message.hide()
        self.result_panel.hide()
        self.question.clear()
        folder = self.folder()
        if not folder.is_absolute():
            self.show_error(self.tr("Type the whole path of a folder, or choose one with Browse."))
            return
        # A missing folder is made (the usual Documents/Codev the first time); one that cannot
        # take files is said as it is, with another folder offered.
        problem = folder_problem(folder)
        if problem is not None:
            self._offer_another_folder(folder, problem)
            return
        choices = self.choices()
        bundle = self._fresh_bundle()
        if bundle is None:
            return
        try:
            tasks = plan_files(bundle, folder, choices)
        except CodevError as error:
            self.show_error(describe(error, None))
            return
        clashes = existing(tasks)
        if clashes:
            self._pending, self._pending_choices = tasks, choices
            self._ask_about(clashes)
            return
        self._start(tasks, choices)

    def _offer_another_folder(self, folder: Path, problem: OSError) -> None:
        self.question.show_message(
            self.tr("Codev cannot write in the folder “%1”: %2")
            .replace("%1", str(folder))
            .replace("%2", folder_reason(folder, problem)),
            [
                (self.tr("Choose &another folder…"), self._choose_other_folder),
                (self.tr("Cancel"), lambda: None),
            ],
        )
        self.question.buttons[0].setFocus()

    def _choose_other_folder(self) -> None:
        self.choose_folder()

    def _fresh_bundle(self) -> SessionBundle | None:
        """The session as it is now; None (said in the window) if it cannot be read."""
        try:
            return self.source.bundle()
        except (CodevError, StorageError) as error:
            _log.warning("The session cannot be read for export: %s", error)
            self.show_error(
                self.tr("This session cannot be read back, so nothing was written: %1").replace(
                    "%1", reason(error)
                )
            )
            return None

    def _ask_about(self, clashes: list[FileTask]) -> None:
        names = [quoted(task.path.name) for task in clashes[:_NAMES_SHOWN]]
        if len(clashes) > _NAMES_SHOWN:
            names.append("…")
        text = self.tr(
            "%n file(s) with the same name are already in this folder (%1). Replace them, or "
            "keep both (the new files get “ (2)” in their names)?",
            "",
            len(clashes),
        ).replace("%1", ", ".join(names))
        self.question.show_message(
            text,
            [
                (self.tr("Replace"), lambda: self.answer("replace")),
                (self.tr("Keep both"), lambda: self.answer("keep")),
                (self.tr("Cancel"), lambda: self.answer("cancel")),
            ],
        )
        self.question.buttons[1].setFocus()

    def answer(self, choice: str) -> None:
        """Answer the question about existing files: ``replace``, ``keep`` or ``cancel``."""
        tasks, choices = self._pending, self._pending_choices
        self._pending, self._pending_choices = [], None
        self.question.clear()
        if choices is None or choice == "cancel":
            self.show_info(self.tr("Nothing was written."))
            return
        self._start(replace_all(tasks) if choice == "replace" else keep_both(tasks), choices)

    def _start(self, tasks: list[FileTask], choices: ExportChoices) -> None:
        if not tasks:
            return
        # A fresh snapshot: the record may have changed while the question was asked.
        bundle = self._fresh_bundle()
        if bundle is None:
            return
        try:
            log = self.source.command_log()
        except (CodevError, StorageError) as error:
            # The record is still written, only without the pauses and undo counts.
            _log.warning("The command log cannot be read for export: %s", error)
            log = []
        run = ExportRun(bundle, tasks, choices, log)
        run.file_started.connect(self._file_started)
        run.file_written.connect(self._file_written)
        run.finished.connect(self._finished)
        self.run = run
        self.last_written = []
        self.memory.set(FOLDER_KEY, str(self.folder()))
        self.progress.setRange(0, len(tasks))
        self.progress.setValue(0)
        self.progress_text.setText(self.tr("Getting ready…"))
        self.cancel_button.setEnabled(True)
        self.progress_panel.show()
        self._refresh()
        self.cancel_button.setFocus()
        run.start()

    @Slot(int, int)
    def _file_started(self, index: int, total: int) -> None:
        run = self.run
        if run is None or index >= len(run.tasks):
            return
        task = run.tasks[index]
        self.show_progress(index, total, task.path.name)

    def show_progress(self, done: int, total: int, name: str) -> None:
        """Show that file ``done + 1`` of ``total`` (named ``name``) is being written."""
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        text = (
            self.tr("Writing file %1 of %2: %3")
            .replace("%1", str(done + 1))
            .replace("%2", str(total))
            .replace("%3", name)
        )
        self.progress_text.setText(text)
        self.progress_text.setAccessibleDescription(text)
        self.progress_panel.show()

    @Slot(int, int, str)
    def _file_written(self, done: int, total: int, path: str) -> None:
        if self.run is None:
            return  # delivered after the run was wound up (the window was closed)
        self.progress.setValue(done)
        self.last_written.append(Path(path))

    @Slot()
    def cancel(self) -> None:
        """Stop after the file being written; what is written stays."""
        if self.run is not None:
            self.run.cancel()
            self.cancel_button.setEnabled(False)
            self.progress_text.setText(self.tr("Stopping after this file…"))

    @Slot()
    def _finished(self) -> None:
        run = self.run
        if run is None:
            return
        run.wait()
        self.run = None
        result = run.result
        written = list(result.written)
        self.last_written = written
        self.progress_panel.hide()
        self._refresh()
        if result.error is not None:
            self.show_error(describe(result.error, result.failed_task))
        self._show_result(written, cancelled=result.cancelled, failed=result.error is not None)
        run.deleteLater()
        self.exported.emit(written)

    def _show_result(self, written: list[Path], *, cancelled: bool, failed: bool) -> None:
        folder = written[0].parent if written else self.folder()
        count = len(written)
        if cancelled:
            text = self.tr("Stopped. %n file(s) had been written in “%1”.", "", count)
        elif failed:
            text = self.tr("%n file(s) had been written in “%1” before that.", "", count)
        else:
            text = self.tr("Done. %n file(s) written in “%1”.", "", count)
        text = text.replace("%1", str(folder))
        if not count and (cancelled or failed):
            if cancelled:
                self.show_info(self.tr("Stopped. Nothing was written."))
            self.result_panel.hide()
            return
        self.result_text.setText(text)
        self.result_text.setAccessibleDescription(text)
        self.result_list.clear()
        for path in written:
            item = QListWidgetItem(path.name)
            item.setToolTip(str(path))
            self.result_list.addItem(item)
        self.result_folder = folder
        self.result_panel.show()
        self.show_folder_button.setFocus()

    @Slot()
    def show_folder(self) -> None:
        """Open the folder of the written files in the file manager."""
        folder = self.result_folder or self.folder()
        self.open_url(QUrl.fromLocalFile(str(folder)))

    # --- closing -----------------------------------------------------------------------------

    def _escape(self) -> None:
        if self.run is not None:
            self.cancel()
        else:
            self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.run is not None:
            # A file takes a fraction of a second: let the one being written finish.
            self.run.cancel()
            self.run.wait()
            self._finished()
        super().closeEvent(event)

    def is_busy(self) -> bool:
        """Whether files are being written."""
        return self.run is not None
