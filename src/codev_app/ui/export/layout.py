"""The export window's widgets and how they are laid out (its behaviour is in its subclasses)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRect, QSize, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from codev_app.export.pdf import PaperSize, paper_for_locale
from codev_app.ui.export.widgets import NameGrid, rule
from codev_app.ui.fonts import scaled_font
from codev_app.ui.screen_fit import fit_in_screen
from codev_app.ui.steady import SteadyLabel
from codev_app.ui.templates.widgets import InlineBar, mute

# The texts keep the window's translation context.
translate = QCoreApplication.translate


class ExportLayout(QWidget):
    """The export window's widgets, built and laid out; :class:`ExportWindow` gives them life."""

    language: str  # set by ExportWindow before building

    # --- building ------------------------------------------------------------------------------

    def _build(self) -> None:
        self.heading = QLabel(translate("ExportWindow", "Export the session"))
        self.heading.setFont(scaled_font(self.font(), 1.45, bold=True))
        self.session_line = QLabel()
        self.session_line.setObjectName("exportSessionLine")
        self.session_line.setWordWrap(True)
        mute(self.session_line)

        # Sharing with participants: the client's approval.
        self.consent_group = QGroupBox(translate("ExportWindow", "Sharing with participants"))
        self.consent_state = SteadyLabel()
        self.consent_state.setObjectName("consentState")
        self.consent_box = QCheckBox()
        self.consent_box.setObjectName("consentBox")
        consent_layout = QVBoxLayout(self.consent_group)
        consent_layout.addWidget(self.consent_state)
        consent_layout.addWidget(self.consent_box)

        # What to export.
        self.what_group = QGroupBox(translate("ExportWindow", "What to export"))
        self.summary_box = self._check(
            translate("ExportWindow", "&Participants’ summary"),
            "summaryBox",
            translate("ExportWindow", "Participants’ summary"),
        )
        self.summary_box.setChecked(True)
        self.personal_box = self._check(
            translate("ExportWindow", "Personal &copies, one file per participant"),
            "personalBox",
            translate("ExportWindow", "Personal copies"),
        )
        self.recipients_label = QLabel(translate("ExportWindow", "&Who receives a copy"))
        self.recipients = NameGrid()
        self.recipients.setObjectName("recipientList")
        self.recipients.setAccessibleName(translate("ExportWindow", "Who receives a copy"))
        self.recipients_label.setBuddy(self.recipients)
        self.record_box = self._check(
            translate("ExportWindow", "&Facilitator’s full record (private notes included)"),
            "recordBox",
            translate("ExportWindow", "Facilitator’s full record"),
        )
        self.formats_label = QLabel(translate("ExportWindow", "Documents as"))
        self.pdf_box = self._check(
            translate("ExportWindow", "P&DF"), "pdfBox", translate("ExportWindow", "PDF")
        )
        self.pdf_box.setChecked(True)
        self.markdown_box = self._check(
            translate("ExportWindow", "&Markdown (plain text)"),
            "markdownBox",
            translate("ExportWindow", "Markdown"),
        )
        self.open_label = QLabel(
            translate("ExportWindow", "Open formats, for your archive and spreadsheets")
        )
        self.session_file_box = self._check(
            translate("ExportWindow", "&Session file (JSON: everything, to import again)"),
            "sessionFileBox",
            translate("ExportWindow", "Session file"),
        )
        self.speaking_box = self._check(
            translate("ExportWindow", "Speaking &times (CSV)"),
            "speakingBox",
            translate("ExportWindow", "Speaking times"),
        )
        self.timings_box = self._check(
            translate("ExportWindow", "P&hase timings (CSV)"),
            "timingsBox",
            translate("ExportWindow", "Phase timings"),
        )

        # Options of the documents.
        self.authors_box = self._check(
            translate("ExportWindow", "Show who made each s&uggestion"),
            "authorsBox",
            translate("ExportWindow", "Show who made each suggestion"),
        )
        self.authors_box.setChecked(True)
        self.language_combo = QComboBox()
        self.language_combo.setObjectName("languageCombo")
        self.language_combo.setAccessibleName(
            translate("ExportWindow", "Language of the documents")
        )
        self.language_combo.addItem("Français", "fr")
        self.language_combo.addItem("English", "en")
        self.language_combo.setCurrentIndex(self.language_combo.findData(self.language))
        self.paper_combo = QComboBox()
        self.paper_combo.setObjectName("paperCombo")
        self.paper_combo.setAccessibleName(translate("ExportWindow", "Paper"))
        self.paper_combo.addItem(translate("ExportWindow", "A4"), PaperSize.A4.value)
        self.paper_combo.addItem(
            translate("ExportWindow", "Letter (North America)"), PaperSize.LETTER.value
        )
        self.paper_combo.setCurrentIndex(self.paper_combo.findData(paper_for_locale().value))
        self.language_label = QLabel(translate("ExportWindow", "&Language"))
        self.language_label.setBuddy(self.language_combo)
        self.paper_label = QLabel(translate("ExportWindow", "Pape&r"))
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
        what.addWidget(rule())
        what.addWidget(self.open_label)
        what.addWidget(self.session_file_box)
        what.addWidget(self.speaking_box)
        what.addWidget(self.timings_box)
        what.addWidget(rule())
        language = QHBoxLayout()
        language.addWidget(self.language_label)
        language.addWidget(self.language_combo)
        language.addStretch(1)
        what.addLayout(language)

        # Where.
        self.folder_label = QLabel(translate("ExportWindow", "F&older"))
        self.folder_field = QLineEdit()
        self.folder_field.setObjectName("folderField")
        self.folder_field.setAccessibleName(translate("ExportWindow", "Folder"))
        self.folder_label.setBuddy(self.folder_field)
        self.browse_button = QPushButton(translate("ExportWindow", "&Browse…"))
        self.browse_button.setObjectName("browseButton")
        self.browse_button.setAccessibleName(translate("ExportWindow", "Choose the folder"))
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
        self.progress.setAccessibleName(translate("ExportWindow", "Export progress"))
        self.progress.setFormat(translate("ExportWindow", "%v of %m"))
        self.progress_text = QLabel()
        self.progress_text.setObjectName("progressText")
        self.cancel_button = QPushButton(translate("ExportWindow", "Cancel"))
        self.cancel_button.setObjectName("cancelExport")
        self.cancel_button.setAccessibleName(translate("ExportWindow", "Cancel the export"))
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
        self.result_list.setAccessibleName(translate("ExportWindow", "Files written"))
        self.result_list.setMaximumHeight(120)
        self.show_folder_button = QPushButton(translate("ExportWindow", "Show &in folder"))
        self.show_folder_button.setObjectName("showInFolder")
        self.show_folder_button.setAccessibleName(translate("ExportWindow", "Show in folder"))
        result_layout = QVBoxLayout(self.result_panel)
        result_layout.addWidget(self.result_text)
        result_layout.addWidget(self.result_list)
        result_row = QHBoxLayout()
        result_row.addWidget(self.show_folder_button)
        result_row.addStretch(1)
        result_layout.addLayout(result_row)
        self.result_panel.hide()

        self.close_button = QPushButton(translate("ExportWindow", "Close"))
        self.close_button.setObjectName("closeExport")
        self.close_button.setAccessibleName(translate("ExportWindow", "Close"))
        self.close_button.setToolTip(translate("ExportWindow", "Close (Esc)"))
        self.export_button = QPushButton(translate("ExportWindow", "&Export"))
        self.export_button.setObjectName("exportButton")
        self.export_button.setAccessibleName(translate("ExportWindow", "Export"))
        self.export_button.setDefault(True)
        native = QKeySequence("Ctrl+Return").toString(QKeySequence.SequenceFormat.NativeText)
        export_text = translate("ExportWindow", "Export")
        self.export_button.setToolTip(f"{export_text} ({native})")
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

        self.export_action = QAction(translate("ExportWindow", "Export"), self)
        self.export_action.setShortcuts([QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")])
        self.export_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.escape_action = QAction(translate("ExportWindow", "Close"), self)
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
