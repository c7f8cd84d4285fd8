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

import errno
import logging
import math
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Protocol

import shiboken6
from PySide6.QtCore import QEvent, QRect, QSize, QStandardPaths, Qt, QUrl, Signal, Slot
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDesktopServices,
    QKeySequence,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from codev_app import i18n
from codev_app.core.bundle import SessionBundle
from codev_app.core.errors import CodevError
from codev_app.core.participants import Role
from codev_app.core.text import isolate
from codev_app.export.errors import ExportNotApproved, FileExists, UnknownRecipient
from codev_app.export.labels import format_date
from codev_app.export.pdf import PaperSize, paper_for_locale
from codev_app.storage.errors import SessionNotFound, StorageError
from codev_app.storage.repository import SessionUnreadable
from codev_app.ui.export.folder import folder_problem
from codev_app.ui.export.jobs import (
    FOR_PARTICIPANTS,
    Document,
    ExportChoices,
    ExportRun,
    FileTask,
    existing,
    keep_both,
    plan_files,
    replace_all,
)
from codev_app.ui.export.source import ExportSource
from codev_app.ui.fonts import scaled_font
from codev_app.ui.messages import describe_error
from codev_app.ui.screen_fit import fit_in_screen
from codev_app.ui.steady import SteadyLabel
from codev_app.ui.templates.widgets import InlineBar, mute

_log = logging.getLogger(__name__)

NBSP = "\u00a0"
FOLDER_KEY = "export.folder"
#: How many clashing file names the overwrite question lists before "…".
_NAMES_SHOWN = 3


class Memory(Protocol):
    """Small values remembered between uses (the main window keeps them in the database)."""

    def get(self, key: str) -> str | None: ...

    def set(self, key: str, value: str) -> None: ...


class DictMemory:
    """A :class:`Memory` that forgets when the application quits."""

    def __init__(self) -> None:
        self.values: dict[str, str] = {}

    def get(self, key: str) -> str | None:
        return self.values.get(key)

    def set(self, key: str, value: str) -> None:
        self.values[key] = value


def _mnemonic_safe(text: str) -> str:
    """A person's name inside a button or check box text: ``&`` shown, not a keyboard letter."""
    return text.replace("&", "&&")


def _rule() -> QFrame:
    line = QFrame()
    line.setFrameShape(QFrame.Shape.HLine)
    line.setFrameShadow(QFrame.Shadow.Sunken)
    return line


def _without_mnemonic(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def default_folder(memory: Memory) -> Path:
    """The folder used last time, else the Documents folder, else the home folder."""
    remembered = memory.get(FOLDER_KEY)
    if remembered and Path(remembered).is_dir():
        return Path(remembered)
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if documents and Path(documents).is_dir():
        return Path(documents)
    return Path.home()


class NameGrid(QListWidget):
    """Names to tick, side by side in even columns, as tall as their rows (three at most)."""

    MAX_ROWS = 3

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFlow(QListView.Flow.LeftToRight)
        self.setWrapping(True)
        self.setResizeMode(QListView.ResizeMode.Adjust)

    def fit(self) -> None:
        """Size the columns to the longest name (within reason) and the height to the rows."""
        metrics = self.fontMetrics()
        names = [self.item(row).text() for row in range(self.count())]
        widest = max((metrics.horizontalAdvance(name) for name in names), default=80)
        cell = QSize(min(widest, 260) + 56, metrics.height() + 8)
        self.setGridSize(cell)
        self._fit_height()

    def _fit_height(self) -> None:
        cell = self.gridSize()
        if cell.width() <= 0:
            return
        inner = self.width() - 2 * self.frameWidth()
        columns = max(1, inner // cell.width())
        rows = max(1, min(self.MAX_ROWS, math.ceil(self.count() / columns)))
        height = rows * cell.height() + 2 * self.frameWidth() + 4
        if self.height() != height:
            self.setFixedHeight(height)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_height()


class ExportWindow(QWidget):
    """Export a session's documents and files (see the module docstring)."""

    #: The files an export wrote (``list[Path]``), when it ends (finished, cancelled or failed).
    exported = Signal(list)
    #: The client's approval was recorded (True) or withdrawn (False) from this window.
    consent_changed = Signal(bool)

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

    # --- building ------------------------------------------------------------------------------

    def _build(self) -> None:
        self.heading = QLabel(self.tr("Export the session"))
        self.heading.setFont(scaled_font(self.font(), 1.45, bold=True))
        self.session_line = QLabel()
        self.session_line.setObjectName("exportSessionLine")
        self.session_line.setWordWrap(True)
        mute(self.session_line)

        # Sharing with participants: the client's approval.
        self.consent_group = QGroupBox(self.tr("Sharing with participants"))
        self.consent_state = SteadyLabel()
        self.consent_state.setObjectName("consentState")
        self.consent_box = QCheckBox()
        self.consent_box.setObjectName("consentBox")
        consent_layout = QVBoxLayout(self.consent_group)
        consent_layout.addWidget(self.consent_state)
        consent_layout.addWidget(self.consent_box)

        # What to export.
        self.what_group = QGroupBox(self.tr("What to export"))
        self.summary_box = self._check(
            self.tr("&Participants’ summary"), "summaryBox", self.tr("Participants’ summary")
        )
        self.summary_box.setChecked(True)
        self.personal_box = self._check(
            self.tr("Personal &copies, one file per participant"),
            "personalBox",
            self.tr("Personal copies"),
        )
        self.recipients_label = QLabel(self.tr("&Who receives a copy"))
        self.recipients = NameGrid()
        self.recipients.setObjectName("recipientList")
        self.recipients.setAccessibleName(self.tr("Who receives a copy"))
        self.recipients_label.setBuddy(self.recipients)
        self.record_box = self._check(
            self.tr("&Facilitator’s full record (private notes included)"),
            "recordBox",
            self.tr("Facilitator’s full record"),
        )
        self.formats_label = QLabel(self.tr("Documents as"))
        self.pdf_box = self._check(self.tr("P&DF"), "pdfBox", self.tr("PDF"))
        self.pdf_box.setChecked(True)
        self.markdown_box = self._check(
            self.tr("&Markdown (plain text)"), "markdownBox", self.tr("Markdown")
        )
        self.open_label = QLabel(self.tr("Open formats, for your archive and spreadsheets"))
        self.session_file_box = self._check(
            self.tr("&Session file (JSON: everything, to import again)"),
            "sessionFileBox",
            self.tr("Session file"),
        )
        self.speaking_box = self._check(
            self.tr("Speaking &times (CSV)"), "speakingBox", self.tr("Speaking times")
        )
        self.timings_box = self._check(
            self.tr("P&hase timings (CSV)"), "timingsBox", self.tr("Phase timings")
        )

        # Options of the documents.
        self.authors_box = self._check(
            self.tr("Show who made each s&uggestion"),
            "authorsBox",
            self.tr("Show who made each suggestion"),
        )
        self.authors_box.setChecked(True)
        self.language_combo = QComboBox()
        self.language_combo.setObjectName("languageCombo")
        self.language_combo.setAccessibleName(self.tr("Language of the documents"))
        self.language_combo.addItem("Français", "fr")
        self.language_combo.addItem("English", "en")
        self.language_combo.setCurrentIndex(self.language_combo.findData(self.language))
        self.paper_combo = QComboBox()
        self.paper_combo.setObjectName("paperCombo")
        self.paper_combo.setAccessibleName(self.tr("Paper"))
        self.paper_combo.addItem(self.tr("A4"), PaperSize.A4.value)
        self.paper_combo.addItem(self.tr("Letter (North America)"), PaperSize.LETTER.value)
        self.paper_combo.setCurrentIndex(self.paper_combo.findData(paper_for_locale().value))
        self.language_label = QLabel(self.tr("&Language"))
        self.language_label.setBuddy(self.language_combo)
        self.paper_label = QLabel(self.tr("Pape&r"))
        self.paper_label.setBuddy(self.paper_combo)

        what = QVBoxLayout(self.what_group)
        what.addWidget(self.summary_box)
        what.addWidget(self.personal_box)
        recipients_box = QVBoxLayout()
        recipients_box.setContentsMargins(26, 0, 0, 4)
        recipients_box.addWidget(self.recipients_label)
        recipients_box.addWidget(self.recipients)
        what.addLayout(recipients_box)
        what.addWidget(self.record_box)
        formats = QHBoxLayout()
        formats.addWidget(self.formats_label)
        formats.addWidget(self.pdf_box)
        formats.addWidget(self.markdown_box)
        formats.addStretch(1)
        formats.addWidget(self.paper_label)
        formats.addWidget(self.paper_combo)
        what.addLayout(formats)
        what.addWidget(self.authors_box)
        what.addWidget(_rule())
        what.addWidget(self.open_label)
        what.addWidget(self.session_file_box)
        what.addWidget(self.speaking_box)
        what.addWidget(self.timings_box)
        what.addWidget(_rule())
        language = QHBoxLayout()
        language.addWidget(self.language_label)
        language.addWidget(self.language_combo)
        language.addStretch(1)
        what.addLayout(language)

        # Where.
        self.folder_label = QLabel(self.tr("F&older"))
        self.folder_field = QLineEdit()
        self.folder_field.setObjectName("folderField")
        self.folder_field.setAccessibleName(self.tr("Folder"))
        self.folder_label.setBuddy(self.folder_field)
        self.browse_button = QPushButton(self.tr("&Browse…"))
        self.browse_button.setObjectName("browseButton")
        self.browse_button.setAccessibleName(self.tr("Choose the folder"))
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_label)
        folder_row.addWidget(self.folder_field, 1)
        folder_row.addWidget(self.browse_button)

        # Questions, messages, progress, results.
        self.question = InlineBar("exportQuestion")
        self.message = QLabel()
        self.message.setObjectName("exportMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()
        self.progress = QProgressBar()
        self.progress.setObjectName("exportProgress")
        self.progress.setAccessibleName(self.tr("Export progress"))
        self.progress.setFormat(self.tr("%v of %m"))
        self.progress_text = QLabel()
        self.progress_text.setObjectName("progressText")
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("cancelExport")
        self.cancel_button.setAccessibleName(self.tr("Cancel the export"))
        self.progress_panel = QWidget()
        progress_layout = QVBoxLayout(self.progress_panel)
        progress_layout.setContentsMargins(0, 0, 0, 0)
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.cancel_button)
        progress_layout.addLayout(progress_row)
        progress_layout.addWidget(self.progress_text)
        self.progress_panel.hide()

        self.result_panel = QFrame()
        self.result_panel.setObjectName("exportResult")
        self.result_panel.setFrameShape(QFrame.Shape.StyledPanel)
        self.result_text = QLabel()
        self.result_text.setObjectName("resultText")
        self.result_text.setWordWrap(True)
        self.result_list = QListWidget()
        self.result_list.setObjectName("writtenFiles")
        self.result_list.setAccessibleName(self.tr("Files written"))
        self.result_list.setMaximumHeight(120)
        self.show_folder_button = QPushButton(self.tr("Show &in folder"))
        self.show_folder_button.setObjectName("showInFolder")
        self.show_folder_button.setAccessibleName(self.tr("Show in folder"))
        result_layout = QVBoxLayout(self.result_panel)
        result_layout.addWidget(self.result_text)
        result_layout.addWidget(self.result_list)
        result_row = QHBoxLayout()
        result_row.addWidget(self.show_folder_button)
        result_row.addStretch(1)
        result_layout.addLayout(result_row)
        self.result_panel.hide()

        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setObjectName("closeExport")
        self.close_button.setAccessibleName(self.tr("Close"))
        self.close_button.setToolTip(self.tr("Close (Esc)"))
        self.export_button = QPushButton(self.tr("&Export"))
        self.export_button.setObjectName("exportButton")
        self.export_button.setAccessibleName(self.tr("Export"))
        self.export_button.setDefault(True)
        native = QKeySequence("Ctrl+Return").toString(QKeySequence.SequenceFormat.NativeText)
        self.export_button.setToolTip(f"{self.tr('Export')} ({native})")
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.export_button)

        # Everything above the buttons scrolls when the window is short.
        form = QWidget()
        form_layout = QVBoxLayout(form)
        form_layout.setContentsMargins(0, 0, 0, 0)
        form_layout.setSpacing(12)
        form_layout.addWidget(self.consent_group)
        form_layout.addWidget(self.what_group)
        form_layout.addStretch(1)
        self.form = form
        scroll = QScrollArea()
        scroll.setWidget(form)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area = scroll

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 16)
        layout.setSpacing(10)
        layout.addWidget(self.heading)
        layout.addWidget(self.session_line)
        # The folder and the buttons sit at the bottom and the choices hang from the top: a
        # question, a message or the progress appears between them, taking room from the
        # scrolled choices' bottom, and moves nothing under the pointer.
        layout.addWidget(scroll, 1)
        layout.addWidget(self.question)
        layout.addWidget(self.message)
        layout.addWidget(self.progress_panel)
        layout.addWidget(self.result_panel)
        self.folder_row = QWidget()
        self.folder_row.setLayout(folder_row)
        folder_row.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.folder_row)
        layout.addLayout(buttons)

        for label in self.findChildren(QLabel):
            label.setTextFormat(Qt.TextFormat.PlainText)

        self.export_action = QAction(self.tr("Export"), self)
        self.export_action.setShortcuts([QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")])
        self.export_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.escape_action = QAction(self.tr("Close"), self)
        self.escape_action.setShortcuts(
            [
                QKeySequence(Qt.Key.Key_Escape),
                *QKeySequence.keyBindings(QKeySequence.StandardKey.Close),
            ]
        )
        self.escape_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.addActions([self.export_action, self.escape_action])

    def _fit_to_screen(self, area: QRect | None = None) -> None:
        # Tall enough to show every choice without scrolling, when the screen allows it; never
        # past its bottom (the Export button must stay in reach).
        chrome = self.sizeHint().height() - self.scroll_area.sizeHint().height()
        wanted = self.form.sizeHint().height() + chrome + 8
        fit_in_screen(self, QSize(680, wanted), area)

    def _check(self, text: str, name: str, accessible: str) -> QCheckBox:
        box = QCheckBox(text)
        box.setObjectName(name)
        box.setAccessibleName(accessible)
        return box

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

    # --- the session -------------------------------------------------------------------------

    def set_source(self, source: ExportSource) -> None:
        """Export ``source`` from now on (the live session became a saved one, for instance)."""
        self._unwatch()
        self.source = source
        self._seen_consent = source.consent
        unwatch = source.watch(self._record_changed)
        self._unwatch = unwatch
        self.destroyed.connect(lambda *_: unwatch())
        bundle = source.bundle()
        topic = bundle.title or bundle.record.state.case_title or bundle.group_name
        when = format_date(bundle.created_at, self.language) if bundle.created_at else ""
        self.session_line.setText(" · ".join(part for part in (isolate(topic), when) if part))
        self.session_line.setVisible(bool(self.session_line.text()))
        self._fill_recipients()
        self._show_consent()

    def _fill_recipients(self) -> None:
        self.recipients.blockSignals(True)
        self.recipients.clear()
        for person in self.source.people:
            item = QListWidgetItem(isolate(person.name))
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = Qt.CheckState.Checked if person.came else Qt.CheckState.Unchecked
            item.setCheckState(checked)
            item.setToolTip(isolate(person.name))
            self.recipients.addItem(item)
        self.recipients.blockSignals(False)
        self.recipients.fit()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        # Back in front: the saved session may have been changed in another window meanwhile.
        activated = event.type() == QEvent.Type.ActivationChange and self.isActiveWindow()
        if activated and self.run is None:
            try:
                self.source.refresh()
            except (CodevError, StorageError) as error:
                _log.warning("The session could not be read again: %s", error)
            self._record_changed()

    def _record_changed(self) -> None:
        # Called by the live record on every edit (typing notes): only consent matters here.
        if not shiboken6.isValid(self):
            return
        if self.source.consent != self._seen_consent:
            self._seen_consent = self.source.consent
            self._show_consent()
            self._refresh()

    @property
    def approved(self) -> bool:
        """Whether the client's approval is recorded."""
        return self.source.consent.client_approved_export

    def _client_name(self) -> str | None:
        people = self.source.people
        client = next((person for person in people if person.role is Role.CLIENT), None)
        return isolate(client.name) if client is not None else None

    def _show_consent(self) -> None:
        consent = self.source.consent
        name = self._client_name()
        if name:
            box_text = self.tr("%1 &approved what will be shared").replace(
                "%1", _mnemonic_safe(name)
            )
        else:
            box_text = self.tr("The client &approved what will be shared")
        self.consent_box.setText(box_text)
        self.consent_box.setAccessibleName(_without_mnemonic(box_text))
        self.consent_box.setChecked(consent.client_approved_export)
        if consent.client_approved_export:
            who = self._name_of(consent.approved_by)
            when = ""
            if consent.approved_at:
                try:
                    moment = datetime.fromisoformat(consent.approved_at).astimezone()
                    when = format_date(moment, self.language)
                except ValueError:
                    when = ""
            if who and when:
                text = self.tr("Approved by %1 on %2.").replace("%1", who).replace("%2", when)
            elif when:
                text = self.tr("Approved on %1.").replace("%1", when)
            else:
                text = self.tr("Approved.")
            text += " " + self.tr("Untick the box if the client changes their mind.")
        else:
            text = self._waiting_text()
        self.consent_state.setText(text)
        self.consent_state.setAccessibleDescription(text)
        # The room of both states, so ticking the box moves nothing below it.
        self.consent_state.set_alternatives(
            [text, self._approved_text_room(), self._waiting_text()]
        )

    def _waiting_text(self) -> str:
        return self.tr(
            "The client has not approved sharing yet. The participants’ summary and their "
            "personal copies can only be written once they have."
        )

    def _approved_text_room(self) -> str:
        # The approved text with the longest name and date it may hold.
        name = self._client_name() or "M" * 12
        return (
            self.tr("Approved by %1 on %2.").replace("%1", name).replace("%2", "30 septembre 2099")
            + " "
            + self.tr("Untick the box if the client changes their mind.")
        )

    def _name_of(self, participant_id: str | None) -> str:
        people = self.source.people
        return next((isolate(person.name) for person in people if person.id == participant_id), "")

    @Slot(bool)
    def set_approved(self, approved: bool) -> bool:
        """Record (or withdraw) the client's approval; returns whether it was saved."""
        try:
            if approved:
                self.source.approve()
            else:
                self.source.withdraw()
        except Exception as error:  # a refused save must not tick the box
            _log.warning("Could not change the approval: %s", error)
            self.show_error(
                self.tr("The approval could not be saved: %1").replace("%1", self._reason(error))
            )
            self._show_consent()
            self._refresh()
            return False
        self._seen_consent = self.source.consent
        self.message.hide()
        self._show_consent()
        self._refresh()
        self.consent_changed.emit(self.approved)
        return True

    # --- choices -----------------------------------------------------------------------------

    def _remember_wanted(self) -> None:
        if self.approved:
            self._wanted[Document.SUMMARY] = self.summary_box.isChecked()
            self._wanted[Document.PERSONAL] = self.personal_box.isChecked()

    def choices(self) -> ExportChoices:
        """What is ticked now (documents for participants only once the client approved)."""
        boxes = {
            Document.SUMMARY: self.summary_box,
            Document.PERSONAL: self.personal_box,
            Document.RECORD: self.record_box,
            Document.SESSION_FILE: self.session_file_box,
            Document.SPEAKING: self.speaking_box,
            Document.TIMINGS: self.timings_box,
        }
        documents = frozenset(
            document
            for document, box in boxes.items()
            if box.isChecked() and (self.approved or document not in FOR_PARTICIPANTS)
        )
        recipients = tuple(
            str(item.data(Qt.ItemDataRole.UserRole))
            for item in (self.recipients.item(row) for row in range(self.recipients.count()))
            if item.checkState() == Qt.CheckState.Checked
        )
        return ExportChoices(
            documents=documents,
            pdf=self.pdf_box.isChecked(),
            markdown=self.markdown_box.isChecked(),
            recipients=recipients,
            show_authors=self.authors_box.isChecked(),
            language=str(self.language_combo.currentData()),
            paper=PaperSize(self.paper_combo.currentData()),
        )

    def folder(self) -> Path:
        """The folder the files go to."""
        return Path(self.folder_field.text().strip()).expanduser()

    @Slot()
    def _refresh(self) -> None:
        """Enable what can be used now."""
        running = self.run is not None
        approved = self.approved
        for document, box in (
            (Document.SUMMARY, self.summary_box),
            (Document.PERSONAL, self.personal_box),
        ):
            if self._gate_open is not approved:
                # The gate opens or closes: show what the facilitator wanted, or nothing.
                box.blockSignals(True)
                box.setChecked(self._wanted[document] if approved else False)
                box.blockSignals(False)
            box.setEnabled(approved)
        self._gate_open = approved
        personal = approved and self.personal_box.isChecked()
        self.recipients.setEnabled(personal)
        self.recipients_label.setEnabled(personal)
        documents = any(
            box.isChecked() for box in (self.summary_box, self.personal_box, self.record_box)
        )
        for box in (self.pdf_box, self.markdown_box):
            box.setEnabled(documents)
        paper = documents and self.pdf_box.isChecked()
        self.paper_combo.setEnabled(paper)
        self.paper_label.setEnabled(paper)
        shared = approved and (self.summary_box.isChecked() or self.personal_box.isChecked())
        self.authors_box.setEnabled(shared or self.record_box.isChecked())
        self.form.setEnabled(not running)
        self.folder_row.setEnabled(not running)
        self.consent_group.setEnabled(not running)
        self.export_button.setEnabled(not running and self._has_work())
        self.export_action.setEnabled(self.export_button.isEnabled())

    def _has_work(self) -> bool:
        if not self.folder_field.text().strip():
            return False
        choices = self.choices()
        formats = choices.pdf or choices.markdown
        for document in choices.documents:
            if document is Document.PERSONAL:
                if formats and choices.recipients:
                    return True
            elif document in (Document.SUMMARY, Document.RECORD):
                if formats:
                    return True
            else:
                return True
        return False

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
            self.show_error(self._describe(error, None))
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
            .replace("%2", self._folder_reason(folder, problem)),
            [
                (self.tr("Choose &another folder…"), self._choose_other_folder),
                (self.tr("Cancel"), lambda: None),
            ],
        )
        self.question.buttons[0].setFocus()

    def _choose_other_folder(self) -> None:
        self.choose_folder()

    def _folder_reason(self, folder: Path, error: OSError) -> str:
        if error.errno == errno.ENOENT and folder.is_dir():
            # A folder that exists but refuses new files (a system or special folder) answers
            # "no such file" on some systems: say what is true.
            return self.tr("it exists, but it does not accept new files.")
        return self._reason(error)

    def _fresh_bundle(self) -> SessionBundle | None:
        """The session as it is now; None (said in the window) if it cannot be read."""
        try:
            return self.source.bundle()
        except (CodevError, StorageError) as error:
            _log.warning("The session cannot be read for export: %s", error)
            self.show_error(
                self.tr("This session cannot be read back, so nothing was written: %1").replace(
                    "%1", self._reason(error)
                )
            )
            return None

    def _ask_about(self, clashes: list[FileTask]) -> None:
        names = [self._quoted(task.path.name) for task in clashes[:_NAMES_SHOWN]]
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
            self.show_error(self._describe(result.error, result.failed_task))
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

    # --- messages ----------------------------------------------------------------------------

    def show_error(self, text: str) -> None:
        """A calm sentence in the window (never a dialog)."""
        self.message.setText(text)
        self.message.setAccessibleDescription(text)
        self.message.show()

    def show_info(self, text: str) -> None:
        """A short note in the same place as errors."""
        self.show_error(text)

    def _quoted(self, text: str) -> str:
        return self.tr("“%1”").replace("%1", text)

    def _reason(self, error: BaseException) -> str:
        if isinstance(error, PermissionError):
            return self.tr("Codev is not allowed to write there.")
        if isinstance(error, OSError):
            known = {
                errno.ENOSPC: self.tr("the disk is full."),
                errno.EROFS: self.tr("the disk cannot be written to."),
                errno.ENOENT: self.tr("the folder does not exist any more."),
                errno.ENOTDIR: self.tr("part of the path is a file, not a folder."),
                errno.EEXIST: self.tr("part of the path is a file, not a folder."),
                errno.ENAMETOOLONG: self.tr("the name is too long for this disk."),
                errno.EIO: self.tr("the disk did not answer (is it still connected?)."),
            }
            if error.errno in known:
                return known[error.errno]
            detail = error.strerror or str(error)
            return self.tr("the system says “%1”.").replace("%1", detail)
        if isinstance(error, SessionNotFound):
            return self.tr("this session is no longer in Codev’s database.")
        if isinstance(error, SessionUnreadable):
            return self.tr("the saved session is damaged.")
        if isinstance(error, StorageError):
            return self.tr("Codev’s database cannot be used right now.")
        if isinstance(error, CodevError):
            return describe_error(error)
        return str(error)

    def _describe(self, error: BaseException, task: FileTask | None) -> str:
        name = task.path.name if task is not None else ""
        if isinstance(error, ExportNotApproved):
            return self.tr(
                "The client’s approval is missing: nothing for the participants was written."
            )
        if isinstance(error, FileExists):
            return self.tr(
                "“%1” appeared in the folder meanwhile; it was left as it is and the export "
                "stopped there."
            ).replace("%1", error.path.name)
        if isinstance(error, UnknownRecipient):
            return self.tr("One of the chosen people is no longer in the session.")
        if isinstance(error, PermissionError):
            return self.tr(
                "Codev is not allowed to write “%1” in this folder. Choose another folder."
            ).replace("%1", name)
        if isinstance(error, OSError):
            return (
                self.tr("“%1” could not be written: %2")
                .replace("%1", name)
                .replace("%2", self._reason(error))
            )
        return self.tr(
            "Something went wrong while writing “%1”. The details are in Codev’s log."
        ).replace("%1", name)

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
