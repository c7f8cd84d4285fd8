"""The template editor: phases, their texts in French and English, durations, and a timeline.

Everything the facilitator changes is an undo command on a
:class:`~codev_app.ui.templates.document.TemplateDocument`; the widgets only repaint from the
document. Problems are shown next to the field concerned, as the core's validation finds them.
While there are unsaved changes a draft is written a moment after each change, so that a crash
loses nothing; closing with changes asks Save / Discard / Cancel.

Keyboard: Alt and the underlined letter reaches every field; in the phase list, Alt+Up and
Alt+Down move the phase and Delete removes it; Ctrl+S saves; Ctrl+Z / Ctrl+Shift+Z undo and redo
in the whole editor, text fields included.
"""

from __future__ import annotations

import logging
import re
from dataclasses import replace
from datetime import datetime
from enum import Enum

from PySide6.QtCore import QPoint, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QDropEvent,
    QFont,
    QKeySequence,
    QPalette,
    QUndoCommand,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from codev_app import i18n
from codev_app.core.errors import TemplateError
from codev_app.core.library import TemplateClash, TemplateLibrary, suggest_id
from codev_app.core.template import (
    LANGUAGES,
    MAX_PHASE_MINUTES,
    LocalizedText,
    Phase,
    Speakers,
    Template,
    TurnMode,
)
from codev_app.core.text import isolate
from codev_app.ui.duration_field import DurationSpinBox
from codev_app.ui.fonts import scaled_font
from codev_app.ui.templates import commands
from codev_app.ui.templates.document import TemplateDocument, new_phase_id, text_in, with_text
from codev_app.ui.templates.drafts import Draft, DraftStore
from codev_app.ui.templates.fit import FitPanel
from codev_app.ui.templates.timeline import TimelineBar, clock_text, start_times
from codev_app.ui.templates.validation import Issue, find_issues
from codev_app.ui.templates.widgets import (
    NBSP,
    ElidedLabel,
    InlineBar,
    UndoKeysToStack,
    mute,
    plain_labels,
)

_log = logging.getLogger(__name__)

# The automatic name of a copy (core.library.TemplateLibrary.duplicate): "… (copy)", "… (copie 2)".
_COPY_NAME = re.compile(r" \((copie|copy)( \d+)?\)$")

DRAFT_DELAY_MS = 600
NEW_PHASE_SECONDS = 10 * 60
LANGUAGE_NAMES = {"fr": "Français", "en": "English"}  # in their own language, like the menu


class CloseChoice(Enum):
    """The answer to "save the changes?"."""

    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


class PhaseList(QListWidget):
    """The phases in order; dragging one asks to move it (the document does the moving)."""

    move_requested = Signal(int, int)  # from row, to row

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

    def drop_row(self, position: QPoint) -> int:
        """The row a phase dropped at ``position`` would be inserted before."""
        index = self.indexAt(position)
        if not index.isValid():
            return self.count()
        rect = self.visualRect(index)
        return index.row() + (1 if position.y() > rect.center().y() else 0)

    def dropEvent(self, event: QDropEvent) -> None:
        if event.source() is not self:
            event.ignore()
            return
        source = self.currentRow()
        target = self.drop_row(event.position().toPoint())
        if target > source:
            target -= 1
        # Not a move for Qt (it would remove the dragged row itself): the document moves the
        # phase and the list is rebuilt from it, once the drag is over.
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
        if source >= 0 and target != source:
            QTimer.singleShot(0, lambda: self.move_requested.emit(source, target))


class TemplateEditor(QWidget):
    """Edits one user template. See the module docstring."""

    saved = Signal(str)  # template id, once written to the library
    close_requested = Signal()  # the facilitator is done (changes saved or discarded)

    def __init__(
        self,
        library: TemplateLibrary,
        template: Template,
        *,
        language: str = i18n.SOURCE_LANGUAGE,
        is_new: bool = False,
        drafts: DraftStore | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("templateEditor")
        self.library = library
        self.language = language
        self.is_new = is_new
        self.drafts = drafts if drafts is not None else DraftStore()
        self.edit_language = language if language in LANGUAGES else LANGUAGES[0]
        self.document = TemplateDocument(template, self)
        self.undo_stack = QUndoStack(self)
        self.issues: list[Issue] = []
        self._extra_issues: dict[tuple[str | None, str], str] = {}
        self._updating = False
        self._selected_id: str | None = template.phases[0].id if template.phases else None
        self._restored_new_draft = False
        self._undo_keys = UndoKeysToStack(self)
        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(DRAFT_DELAY_MS)
        self._draft_timer.timeout.connect(self.write_draft)

        self._build()
        self._create_actions()
        plain_labels(self)
        self.document.changed.connect(self._on_document_changed)
        self.undo_stack.cleanChanged.connect(self._on_clean_changed)
        self.undo_stack.indexChanged.connect(self._update_undo_buttons)
        self._refresh_all()
        self._update_undo_buttons()

    # --- building ----------------------------------------------------------------------------

    def _build(self) -> None:
        self.back_button = QPushButton(self.tr("&Back to the library"))
        self.back_button.setObjectName("backButton")
        self.title = ElidedLabel()
        self.title.setObjectName("editorTitle")
        self.title.setFont(scaled_font(self.font(), 1.3, bold=True))
        self.undo_button = QPushButton(self.tr("Undo"))
        self.undo_button.setObjectName("undoButton")
        self.redo_button = QPushButton(self.tr("Redo"))
        self.redo_button.setObjectName("redoButton")
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setObjectName("saveButton")
        self.save_button.setDefault(False)
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addSpacing(12)
        top.addWidget(self.title, 1)
        top.addLayout(self._build_language_choice())
        top.addSpacing(24)
        top.addWidget(self.undo_button)
        top.addWidget(self.redo_button)
        top.addWidget(self.save_button)

        self.draft_bar = InlineBar("draftBar")

        # The template's own fields, and the language of the texts being edited.
        self.template_name = QLineEdit()
        self.template_name.setObjectName("templateName")
        self.template_name_issue = self._issue_label("templateNameIssue")
        self.description = QPlainTextEdit()
        self.description.setObjectName("templateDescription")
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(self._lines_height(2))
        own = QFormLayout()
        own.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self._add_row(own, self.tr("Template &name"), self.template_name)
        own.addRow("", self.template_name_issue)
        self._add_row(own, self.tr("D&escription"), self.description)

        self.timeline = TimelineBar(self.language)
        self.total_label = QLabel()
        self.total_label.setObjectName("totalLabel")
        mute(self.total_label)

        # Left: the phases.
        self.phases_label = QLabel(self.tr("&Phases"))
        bold = QFont(self.font())
        bold.setWeight(QFont.Weight.Bold)
        self.phases_label.setFont(bold)
        self.phase_list = PhaseList()
        self.phase_list.setObjectName("phaseList")
        self.phase_list.setAccessibleName(self.tr("Phases"))
        self.phase_list.setAccessibleDescription(
            self.tr("Alt+Up and Alt+Down move the selected phase; Delete removes it.")
        )
        self.phases_label.setBuddy(self.phase_list)
        self.add_button = QPushButton(self.tr("&Add phase"))
        self.add_button.setObjectName("addPhase")
        self.remove_button = QPushButton(self.tr("&Remove phase"))
        self.remove_button.setObjectName("removePhase")
        self.up_button = QPushButton(self.tr("Move up"))
        self.up_button.setObjectName("movePhaseUp")
        self.down_button = QPushButton(self.tr("Move down"))
        self.down_button.setObjectName("movePhaseDown")
        self.fit_button = QPushButton(self.tr("&Fit to total time…"))
        self.fit_button.setObjectName("fitButton")
        list_buttons = QHBoxLayout()
        list_buttons.addWidget(self.add_button)
        list_buttons.addWidget(self.remove_button)
        move_buttons = QHBoxLayout()
        move_buttons.addWidget(self.up_button)
        move_buttons.addWidget(self.down_button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.phases_label)
        left_layout.addWidget(self.phase_list, 1)
        left_layout.addLayout(list_buttons)
        left_layout.addLayout(move_buttons)
        left_layout.addWidget(self.fit_button)

        # Right: the selected phase, or the fit panel.
        self.phase_form = self._build_phase_form()
        scroll = QScrollArea()
        scroll.setObjectName("phaseScroll")
        scroll.setWidgetResizable(True)
        scroll.setAccessibleName(self.tr("Selected phase"))
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.phase_form)
        self.fit_panel = FitPanel()
        self.right = QStackedWidget()
        self.right.addWidget(scroll)
        self.right.addWidget(self.fit_panel)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setObjectName("editorSplitter")
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(self.right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)

        self.status = QLabel()
        self.status.setObjectName("editorStatus")
        self.status.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addWidget(self.draft_bar)
        layout.addLayout(own)
        layout.addWidget(self.timeline)
        layout.addWidget(self.total_label)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status)

        # Signals from the widgets become undo commands.
        self.template_name.textEdited.connect(lambda text: self._set_template_text("name", text))
        self.description.textChanged.connect(
            lambda: self._set_template_text("description", self.description.toPlainText())
        )
        self.language_group.buttonToggled.connect(self._on_language_toggled)
        self.phase_list.currentRowChanged.connect(self._on_row_changed)
        self.phase_list.move_requested.connect(self._on_move_requested)
        self.timeline.phase_clicked.connect(self.select_phase)
        self.add_button.clicked.connect(self.add_phase)
        self.remove_button.clicked.connect(self.remove_phase)
        self.up_button.clicked.connect(lambda: self.move_phase(-1))
        self.down_button.clicked.connect(lambda: self.move_phase(1))
        self.fit_button.clicked.connect(self.open_fit)
        self.fit_panel.apply_requested.connect(self._apply_fit)
        self.fit_panel.close_requested.connect(self.close_fit)
        self.back_button.clicked.connect(self.request_close)
        self.save_button.clicked.connect(self.save)
        self.undo_button.clicked.connect(self.undo_stack.undo)
        self.redo_button.clicked.connect(self.undo_stack.redo)
        for widget in (self.template_name, self.description):
            widget.installEventFilter(self._undo_keys)

    def _build_language_choice(self) -> QHBoxLayout:
        """ "Texts in: Français / English": which language the text fields show and change."""
        hint = self.tr("Write each text in both languages; an empty field shows the other one.")
        self.language_label = QLabel(self.tr("Texts &in"))
        self.language_label.setToolTip(hint)
        self.language_group = QButtonGroup(self)
        self.language_buttons: dict[str, QRadioButton] = {}
        row = QHBoxLayout()
        row.addWidget(self.language_label)
        for language in LANGUAGES:
            button = QRadioButton(LANGUAGE_NAMES[language])
            button.setObjectName(f"editLanguage-{language}")
            button.setAccessibleName(self.tr("Texts in %1").replace("%1", LANGUAGE_NAMES[language]))
            button.setAccessibleDescription(hint)
            button.setToolTip(hint)
            button.setChecked(language == self.edit_language)
            self.language_group.addButton(button)
            self.language_buttons[language] = button
            row.addWidget(button)
        self.language_label.setBuddy(self.language_buttons[self.edit_language])
        return row

    def _build_phase_form(self) -> QWidget:
        form_widget = QWidget()
        form_widget.setObjectName("phaseForm")
        form = QFormLayout(form_widget)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.issue_labels: dict[str, QLabel] = {}

        self.phase_name = QLineEdit()
        self.purpose = QLineEdit()
        self.rules = QPlainTextEdit()
        self.rules.setPlaceholderText(self.tr("One rule per line"))
        self.rules.setFixedHeight(self._lines_height(5))
        self.opening_prompt = QPlainTextEdit()
        self.opening_prompt.setFixedHeight(self._lines_height(2))
        self.closing_prompt = QPlainTextEdit()
        self.closing_prompt.setFixedHeight(self._lines_height(2))
        self.text_fields: dict[str, QLineEdit | QPlainTextEdit] = {
            "name": self.phase_name,
            "purpose": self.purpose,
            "rules": self.rules,
            "opening_prompt": self.opening_prompt,
            "closing_prompt": self.closing_prompt,
        }
        self.speakers = QComboBox()
        for value, label in (
            (Speakers.EVERYONE, self.tr("Everyone")),
            (Speakers.CLIENT, self.tr("The client")),
            (Speakers.CONSULTANTS, self.tr("The consultants")),
            (Speakers.FACILITATOR, self.tr("The facilitator")),
        ):
            self.speakers.addItem(label, value.value)
        self.turns = QComboBox()
        for mode, label in (
            (TurnMode.FREE, self.tr("Free: whoever speaks")),
            (TurnMode.ROUND, self.tr("A round: each in turn")),
            (TurnMode.QUEUE, self.tr("Raised hands: next in the queue")),
        ):
            self.turns.addItem(label, mode.value)
        self.minutes = QSpinBox()
        self.minutes.setRange(1, MAX_PHASE_MINUTES)
        self.minutes.setSuffix(f"{NBSP}min")
        self.speaker_time = DurationSpinBox()
        self.speaker_time.setRange(0, 3600)
        self.speaker_time.setToolTip(self.tr("In minutes (3) or minutes and seconds (1:30)."))
        self.speaker_time.setSpecialValueText(self.tr("No limit"))
        self.warning = QSpinBox()
        self.warning.setRange(0, 99)
        self.warning.setSuffix(f"{NBSP}%")
        self.warning.setSpecialValueText(self.tr("No warning"))
        self.warning.setToolTip(
            self.tr("The gentle warning comes when this share of time is left.")
        )
        for spin in (self.minutes, self.speaker_time, self.warning):
            # Room for the longest text a spin box shows ("No limit", "No warning", "240 min").
            widest = spin.textFromValue(spin.maximum()) + spin.suffix()
            longest = max(spin.specialValueText(), widest, key=len)
            spin.setMinimumWidth(spin.fontMetrics().horizontalAdvance(longest) + 48)
        self.chime = QCheckBox(self.tr("Play the c&himes"))
        self.is_break = QCheckBox(self.tr("This phase is a break"))
        self.is_break.setToolTip(
            self.tr("A break keeps its duration when the plan is stretched or shrunk.")
        )

        rows: list[tuple[str, str, QWidget]] = [
            ("name", self.tr("Phase na&me"), self.phase_name),
            ("purpose", self.tr("P&urpose"), self.purpose),
            ("rules", self.tr("Ru&les"), self.rules),
            ("opening_prompt", self.tr("&Opening prompt"), self.opening_prompt),
            ("closing_prompt", self.tr("&Closing prompt"), self.closing_prompt),
            ("speakers", self.tr("&Who speaks"), self.speakers),
            ("turns", self.tr("&Turns"), self.turns),
            ("minutes", self.tr("&Duration"), self.minutes),
            ("speaker_seconds", self.tr("Time per spea&ker"), self.speaker_time),
            ("warning_fraction", self.tr("&Gentle warning"), self.warning),
        ]
        self.phase_heading = QLabel()
        self.phase_heading.setObjectName("phaseHeading")
        heading_font = QFont(self.font())
        heading_font.setWeight(QFont.Weight.Bold)
        self.phase_heading.setFont(heading_font)
        form.addRow(self.phase_heading)
        for key, label, widget in rows:
            widget.setObjectName(f"phase-{key}")
            self._add_row(form, label, widget)
            issue = self._issue_label(f"issue-{key}")
            self.issue_labels[key] = issue
            form.addRow("", issue)
        for box, name in ((self.chime, "phase-chime"), (self.is_break, "phase-break")):
            box.setObjectName(name)
            box.setAccessibleName(box.text().replace("&", ""))
            form.addRow("", box)
        self.phase_issue = self._issue_label("issue-phase")
        form.addRow("", self.phase_issue)

        for key, edit in self.text_fields.items():
            edit.installEventFilter(self._undo_keys)
            if isinstance(edit, QLineEdit):
                edit.textEdited.connect(lambda text, key=key: self._set_phase_text(key, text))
            else:
                edit.setTabChangesFocus(True)
                edit.textChanged.connect(
                    lambda key=key, edit=edit: self._set_phase_text(key, edit.toPlainText())
                )
        for spin in (self.minutes, self.speaker_time, self.warning):
            spin.installEventFilter(self._undo_keys)
        self.speakers.currentIndexChanged.connect(
            lambda: self._set_phase_value("speakers", Speakers(self.speakers.currentData()))
        )
        self.turns.currentIndexChanged.connect(
            lambda: self._set_phase_value("turns", TurnMode(self.turns.currentData()))
        )
        self.minutes.valueChanged.connect(
            lambda value: self._set_phase_value("planned_seconds", value * 60)
        )
        self.speaker_time.valueChanged.connect(
            lambda value: self._set_phase_value("speaker_seconds", value or None)
        )
        self.warning.valueChanged.connect(
            lambda value: self._set_phase_value("warning_fraction", value / 100)
        )
        self.chime.toggled.connect(lambda on: self._set_phase_value("chime", on))
        self.is_break.toggled.connect(lambda on: self._set_phase_value("is_break", on))
        return form_widget

    def _add_row(
        self,
        form: QFormLayout,
        text: str,
        field: QWidget | QHBoxLayout,
        buddy: QWidget | None = None,
    ) -> QLabel:
        label = QLabel(text)
        target = buddy if buddy is not None else field
        assert isinstance(target, QWidget)
        label.setBuddy(target)
        if buddy is None:
            target.setAccessibleName(text.replace("&", ""))
        form.addRow(label, field)
        return label

    def _issue_label(self, name: str) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        palette = label.palette()
        dark_theme = palette.color(QPalette.ColorRole.Window).lightness() < 128
        palette.setColor(label.foregroundRole(), QColor("#ff9e9e" if dark_theme else "#a4262c"))
        label.setPalette(palette)
        label.hide()
        return label

    def _lines_height(self, lines: int) -> int:
        return self.fontMetrics().lineSpacing() * lines + 14

    def _create_actions(self) -> None:
        def action(
            text: str, keys: list[str], slot: object, widget: QWidget, scope: Qt.ShortcutContext
        ) -> QAction:
            created = QAction(text, widget)
            created.setShortcuts([QKeySequence(key) for key in keys])
            created.setShortcutContext(scope)
            created.triggered.connect(slot)
            widget.addAction(created)
            return created

        here = Qt.ShortcutContext.WidgetWithChildrenShortcut
        only = Qt.ShortcutContext.WidgetShortcut
        self.undo_action = action(self.tr("Undo"), ["Ctrl+Z"], self.undo_stack.undo, self, here)
        self.redo_action = action(
            self.tr("Redo"), ["Ctrl+Shift+Z", "Ctrl+Y"], self.undo_stack.redo, self, here
        )
        self.save_action = action(self.tr("Save"), ["Ctrl+S"], self.save, self, here)
        self.move_up_action = action(
            self.tr("Move up"), ["Alt+Up"], lambda: self.move_phase(-1), self.phase_list, only
        )
        self.move_down_action = action(
            self.tr("Move down"), ["Alt+Down"], lambda: self.move_phase(1), self.phase_list, only
        )
        self.remove_action = action(
            self.tr("Remove phase"), ["Delete"], self.remove_phase, self.phase_list, only
        )
        native = QKeySequence.SequenceFormat.NativeText
        for button, keys in (
            (self.undo_button, "Ctrl+Z"),
            (self.redo_button, "Ctrl+Shift+Z"),
            (self.save_button, "Ctrl+S"),
            (self.up_button, "Alt+Up"),
            (self.down_button, "Alt+Down"),
        ):
            shortcut = QKeySequence(keys).toString(native)
            button.setToolTip(f"{button.text().replace('&', '')} ({shortcut})")
        for button in (
            self.back_button,
            self.undo_button,
            self.redo_button,
            self.save_button,
            self.add_button,
            self.remove_button,
            self.up_button,
            self.down_button,
            self.fit_button,
        ):
            button.setAccessibleName(button.text().replace("&", "").rstrip("…"))

    # --- reading the document ----------------------------------------------------------------

    @property
    def template(self) -> Template:
        """The template as edited now."""
        return self.document.template

    def selected_phase_id(self) -> str | None:
        """The id of the phase shown in the form."""
        return self._selected_id

    def phase_names(self) -> list[str]:
        """The phases' names in the language being edited (else the other, else a placeholder)."""
        return [self._phase_name(phase) for phase in self.template.phases]

    def _phase_name(self, phase: Phase) -> str:
        return isolate(phase.name.get(self.edit_language).strip()) or self.tr("(no name)")

    def phase_needs_fixing(self, index: int) -> bool:
        """Whether the phase at ``index`` is marked as having a problem in the list."""
        item = self.phase_list.item(index)
        return item is not None and not item.icon().isNull()

    def has_unsaved_changes(self) -> bool:
        """Whether closing now would lose something."""
        return not self.undo_stack.isClean() or self._restored_new_draft

    # --- repainting --------------------------------------------------------------------------

    def _on_document_changed(self, what: str) -> None:
        if what == "phases" and self._selected_id not in {p.id for p in self.template.phases}:
            self._selected_id = self.template.phases[0].id if self.template.phases else None
        self._refresh_all()
        self.status.clear()
        self._draft_timer.start()

    def _refresh_all(self) -> None:
        self._updating = True
        try:
            self.issues = find_issues(self.template)
            self._refresh_template_fields()
            self._refresh_phase_list()
        finally:
            self._updating = False
        self._refresh_selection()

    def _refresh_selection(self) -> None:
        self._updating = True
        try:
            self._refresh_phase_form()
            names = self.phase_names()
            current = self._selected_index()
            self.timeline.set_phases(self.template.phases, names, current)
            total = self.template.total_seconds
            self.total_label.setText(
                self.tr("%n phase(s), %1 in all, ending at %2.", "", len(self.template.phases))
                .replace("%1", i18n.format_duration(total, space=NBSP))
                .replace("%2", clock_text(total))
            )
            if self.right.currentWidget() is self.fit_panel:
                self.fit_panel.set_phases(self.template.phases, names)
            count = len(self.template.phases)
            row = self._selected_index()
            self.remove_button.setEnabled(count > 1)
            self.remove_action.setEnabled(count > 1)
            self.up_button.setEnabled(row > 0)
            self.down_button.setEnabled(0 <= row < count - 1)
        finally:
            self._updating = False

    def _refresh_template_fields(self) -> None:
        name = self.template.name
        self.title.setText(name.get(self.edit_language) or self.tr("New template"))
        self._set_line(self.template_name, text_in(name, self.edit_language))
        self.template_name.setPlaceholderText(self._other_language_text(name))
        self._set_plain(self.description, text_in(self.template.description, self.edit_language))
        self.description.setPlaceholderText(self._other_language_text(self.template.description))
        self._show_issue(self.template_name_issue, self._issue_text(None, "name"))

    def _other_language_text(self, text: LocalizedText) -> str:
        other = next(lang for lang in LANGUAGES if lang != self.edit_language)
        return text_in(text, other)

    def _refresh_phase_list(self) -> None:
        starts = start_times(self.template.phases)
        problems = {issue.phase_id for issue in self.issues if issue.phase_id}
        problems |= {phase_id for phase_id, _ in self._extra_issues if phase_id}
        warning_icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        self.phase_list.blockSignals(True)
        try:
            self.phase_list.clear()
            for phase, start in zip(self.template.phases, starts, strict=True):
                duration = i18n.format_duration(phase.planned_seconds, space=NBSP)
                text = f"{clock_text(start)}   {self._phase_name(phase)} · {duration}"
                item = QListWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, phase.id)
                if phase.id in problems:
                    item.setIcon(warning_icon)
                    item.setToolTip(self.tr("Something in this phase needs fixing."))
                    item.setData(
                        Qt.ItemDataRole.AccessibleTextRole,
                        text + " — " + self.tr("needs fixing"),
                    )
                self.phase_list.addItem(item)
            row = self._selected_index()
            if row >= 0:
                self.phase_list.setCurrentRow(row)
        finally:
            self.phase_list.blockSignals(False)

    def _refresh_phase_form(self) -> None:
        phase_id = self._selected_id
        self.phase_form.setEnabled(phase_id is not None)
        if phase_id is None:
            return
        phase = self.document.phase(phase_id)
        index = self.document.index_of(phase_id)
        self.phase_heading.setText(
            self.tr("Phase %1 of %2")
            .replace("%1", str(index + 1))
            .replace("%2", str(len(self.template.phases)))
        )
        for key, field in self.text_fields.items():
            text: LocalizedText = getattr(phase, key)
            if isinstance(field, QLineEdit):
                self._set_line(field, text_in(text, self.edit_language))
            else:
                self._set_plain(field, text_in(text, self.edit_language))
            field.setPlaceholderText(
                self._other_language_text(text)
                or (self.tr("One rule per line") if key == "rules" else "")
            )
        self.speakers.setCurrentIndex(self.speakers.findData(phase.speakers.value))
        self.turns.setCurrentIndex(self.turns.findData(phase.turns.value))
        self.minutes.setValue(max(1, round(phase.planned_seconds / 60)))
        self.speaker_time.setValue(phase.speaker_seconds or 0)
        self.warning.setValue(round(phase.warning_fraction * 100))
        self.chime.setChecked(phase.chime)
        self.is_break.setChecked(phase.is_break)
        shown = set(self.issue_labels)
        for key, label in self.issue_labels.items():
            self._show_issue(label, self._issue_text(phase_id, key))
        others = [
            self._describe(issue)
            for issue in self.issues
            if issue.phase_id == phase_id and issue.field not in shown
        ]
        self._show_issue(self.phase_issue, "\n".join(others))

    @staticmethod
    def _set_line(field: QLineEdit, text: str) -> None:
        if field.text() != text:
            field.setText(text)

    @staticmethod
    def _set_plain(field: QPlainTextEdit, text: str) -> None:
        if field.toPlainText() != text:
            field.setPlainText(text)

    def _show_issue(self, label: QLabel, text: str) -> None:
        label.setText(text)
        label.setAccessibleDescription(text)
        label.setVisible(bool(text))

    # --- issues ------------------------------------------------------------------------------

    def _issue_text(self, phase_id: str | None, field: str) -> str:
        extra = self._extra_issues.get((phase_id, field))
        if extra:
            return extra
        for issue in self.issues:
            if issue.phase_id == phase_id and issue.field == field:
                return self._describe(issue)
        return ""

    def _describe(self, issue: Issue) -> str:
        """The issue in the facilitator's language (the core's words for the unexpected ones)."""
        if issue.phase_id is None:
            known = {
                "name": self.tr("Give the template a name, in French or in English."),
                "phases": self.tr("A template needs at least one phase."),
            }
        else:
            known = {
                "name": self.tr("Give this phase a name, in French or in English."),
                "minutes": self.tr("A phase lasts from 1 to 240 minutes."),
                "speaker_seconds": self.tr("Time per speaker: from 0:10 to 60 min, or no limit."),
                "warning_fraction": self.tr("The warning must come before the end of the phase."),
            }
        return known.get(issue.field, issue.detail)

    # --- commands ----------------------------------------------------------------------------

    def push(self, command: QUndoCommand) -> None:
        """Carry out an edit as an undoable step."""
        self._extra_issues.clear()
        self.undo_stack.push(command)

    def _set_template_text(self, key: str, text: str) -> None:
        if self._updating:
            return
        also: tuple[str, ...] = ()
        if key == "name":
            # A copy's name in the other language ("… (copy)") follows the one being typed, as
            # long as it is the automatic one or the same text: renaming in French renames it.
            name = self.document.template.name
            typed_before = text_in(name, self.edit_language)
            also = tuple(
                other
                for other in LANGUAGES
                if other != self.edit_language
                and (
                    _COPY_NAME.search(text_in(name, other))
                    or (typed_before and text_in(name, other) == typed_before)
                )
            )
        self.push(commands.SetTemplateText(self.document, key, self.edit_language, text, also))

    def _set_phase_text(self, key: str, text: str) -> None:
        if self._updating or self._selected_id is None:
            return
        current = text_in(getattr(self.document.phase(self._selected_id), key), self.edit_language)
        if current != text:
            self.push(
                commands.SetPhaseText(
                    self.document, self._selected_id, key, self.edit_language, text
                )
            )

    def _set_phase_value(self, key: str, value: object) -> None:
        if self._updating or self._selected_id is None:
            return
        if getattr(self.document.phase(self._selected_id), key) != value:
            self.push(commands.SetPhaseValue(self.document, self._selected_id, key, value))

    def add_phase(self) -> None:
        """Insert a new phase after the selected one, select it and put the cursor in its name."""
        phases = self.template.phases
        index = self._selected_index() + 1 if phases else 0
        phase = Phase(
            id=new_phase_id(phases),
            name=with_text(LocalizedText(), self.edit_language, self.tr("New phase")),
            planned_seconds=NEW_PHASE_SECONDS,
        )
        self._selected_id = phase.id
        self.push(commands.AddPhase(self.document, index, phase))
        self.select_phase(index)
        self.phase_name.setFocus()
        self.phase_name.selectAll()

    def remove_phase(self) -> None:
        """Remove the selected phase (undo brings it back); the last phase cannot be removed."""
        if self._selected_id is None or len(self.template.phases) <= 1:
            return
        index = self._selected_index()
        self.push(commands.RemovePhase(self.document, self._selected_id))
        self.select_phase(min(index, len(self.template.phases) - 1))
        self.phase_list.setFocus()

    def move_phase(self, delta: int) -> None:
        """Move the selected phase up (-1) or down (+1)."""
        if self._selected_id is None:
            return
        index = self._selected_index()
        target = index + delta
        if 0 <= target < len(self.template.phases):
            self.push(commands.MovePhase(self.document, self._selected_id, target))

    def _on_move_requested(self, source: int, target: int) -> None:
        phases = self.template.phases
        if 0 <= source < len(phases) and 0 <= target < len(phases) and source != target:
            phase_id = phases[source].id
            self._selected_id = phase_id
            self.push(commands.MovePhase(self.document, phase_id, target))

    def select_phase(self, index: int) -> None:
        """Show the phase at ``index`` in the form."""
        if 0 <= index < len(self.template.phases):
            self.phase_list.setCurrentRow(index)  # calls _on_row_changed when the row changes
            self._on_row_changed(index)

    def _selected_index(self) -> int:
        if self._selected_id is None:
            return -1
        try:
            return self.document.index_of(self._selected_id)
        except KeyError:
            return -1

    def _on_row_changed(self, row: int) -> None:
        if 0 <= row < len(self.template.phases):
            self._selected_id = self.template.phases[row].id
            self._refresh_selection()

    def _on_language_toggled(self, button: QRadioButton, checked: bool) -> None:
        if checked:
            self.set_edit_language(
                next(lang for lang, b in self.language_buttons.items() if b is button)
            )

    def set_edit_language(self, language: str) -> None:
        """Edit the texts in ``language`` (``fr`` or ``en``)."""
        if language not in LANGUAGES:
            return
        self.edit_language = language
        self.language_buttons[language].setChecked(True)
        self.language_label.setBuddy(self.language_buttons[language])
        self._refresh_all()

    # --- fit to total time -------------------------------------------------------------------

    def open_fit(self) -> None:
        """Show the fit panel in place of the phase form."""
        self.fit_panel.start(self.template.phases, self.phase_names())
        self.right.setCurrentWidget(self.fit_panel)
        self.fit_panel.target.setFocus()
        self.fit_panel.target.selectAll()

    def close_fit(self) -> None:
        """Back to the phase form."""
        self.right.setCurrentIndex(0)
        self.fit_button.setFocus()

    def _apply_fit(self, seconds_by_phase: dict[str, int]) -> None:
        self.push(commands.ReplaceDurations(self.document, seconds_by_phase))
        self.close_fit()
        self.status.setText(self.tr("The durations were fitted. Undo (Ctrl+Z) puts them back."))

    # --- saving ------------------------------------------------------------------------------

    def save(self) -> bool:
        """Save to the library; on a problem, show it beside its field and return False."""
        self._extra_issues.clear()
        self.issues = find_issues(self.template)
        if self.issues:
            self._refresh_all()
            self._point_at(self.issues[0].phase_id, self.issues[0].field)
            self.status.setText(self.tr("Not saved yet: please fix what is marked."))
            return False
        template = self.template
        old_id = template.id
        if self.is_new:
            base = suggest_id(template.name.get("en") or template.name.get(self.edit_language))
            template = replace(template, id=self.library.unique_id(base))
        try:
            saved = self._write(template)
        except TemplateClash as clash:
            other = ", ".join(
                self.library.get(i).name.get(self.language)
                for i in clash.existing_ids
                if i != template.id and i in self.library
            )
            message = self.tr("Another template is already called “%1”. Choose another name.")
            self._extra_issues[(None, "name")] = message.replace("%1", other)
            self._refresh_all()
            self._point_at(None, "name")
            self.status.setText(self.tr("Not saved yet: please fix what is marked."))
            return False
        except TemplateError as error:
            self.status.setText(self.tr("Could not save: %1").replace("%1", str(error)))
            return False
        self._draft_timer.stop()
        self.drafts.delete(old_id)
        self.drafts.delete(saved.id)
        if saved.id != old_id:
            self.document.blockSignals(True)
            self.document.set_template(replace(self.template, id=saved.id), "template")
            self.document.blockSignals(False)
        self.is_new = False
        self._restored_new_draft = False
        self.undo_stack.setClean()
        self.status.setText(self.tr("Saved at %1.").replace("%1", datetime.now().strftime("%H:%M")))
        self.saved.emit(saved.id)
        return True

    def _write(self, template: Template) -> Template:
        try:
            return self.library.save_user_template(template)
        except TemplateClash as clash:
            # Saving over its own file is the point; any other clash (a name) is the user's call.
            if not self.is_new and set(clash.existing_ids) == {template.id} and clash.can_replace:
                return self.library.save_user_template(template, replace=True)
            raise

    def _point_at(self, phase_id: str | None, field: str) -> None:
        """Select the phase and put the cursor in the field a problem is about."""
        if phase_id is None:
            widget: QWidget = self.template_name
        else:
            self.select_phase(self.document.index_of(phase_id))
            widgets: dict[str, QWidget] = {
                **self.text_fields,
                "minutes": self.minutes,
                "speaker_seconds": self.speaker_time,
                "warning_fraction": self.warning,
                "speakers": self.speakers,
                "turns": self.turns,
            }
            widget = widgets.get(field, self.phase_name)
        if self.right.currentWidget() is self.fit_panel:
            self.right.setCurrentIndex(0)
        widget.setFocus()

    # --- closing and drafts ------------------------------------------------------------------

    def request_close(self) -> None:
        """Back to the library, once the changes are saved or discarded."""
        if self.maybe_close():
            self.close_requested.emit()

    def maybe_close(self) -> bool:
        """Whether the editor may close: no changes, or they were saved or discarded."""
        if not self.has_unsaved_changes():
            self._draft_timer.stop()
            self.drafts.delete(self.template.id)
            return True
        self.write_draft()  # whatever the answer, nothing is lost meanwhile
        choice = self.ask_to_save()
        if choice is CloseChoice.SAVE:
            return self.save()
        if choice is CloseChoice.DISCARD:
            self.discard_changes()
            return True
        return False

    def ask_to_save(self) -> CloseChoice:
        """Ask "Save / Discard / Cancel" (the one dialog of the editor: nothing runs meanwhile)."""
        box = self.unsaved_changes_box()
        box.exec()
        clicked = box.clickedButton()
        buttons = QMessageBox.StandardButton
        answer = box.standardButton(clicked) if clicked is not None else buttons.Cancel
        box.deleteLater()
        return {
            buttons.Save: CloseChoice.SAVE,
            buttons.Discard: CloseChoice.DISCARD,
        }.get(answer, CloseChoice.CANCEL)

    def unsaved_changes_box(self) -> QMessageBox:
        """The question asked when closing with unsaved changes."""
        name = self.template.name.get(self.language) or self.tr("New template")
        box = QMessageBox(self)
        box.setObjectName("unsavedChangesBox")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Unsaved changes"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(self.tr("Save the changes to “%1”?").replace("%1", name))
        box.setInformativeText(
            self.tr("If you discard them, this new template is not kept.")
            if self.is_new
            else self.tr("If you discard them, the template stays as it was last saved.")
        )
        box.setStandardButtons(
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel
        )
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        box.setEscapeButton(QMessageBox.StandardButton.Cancel)
        box.setAccessibleName(box.windowTitle())
        box.setAccessibleDescription(box.text())
        return box

    def discard_changes(self) -> None:
        """Forget the unsaved changes and their draft."""
        self._draft_timer.stop()
        self.drafts.delete(self.template.id)
        self._restored_new_draft = False
        if not self.undo_stack.isClean() and self.undo_stack.cleanIndex() >= 0:
            self.undo_stack.setIndex(self.undo_stack.cleanIndex())
        self.undo_stack.setClean()

    def write_draft(self) -> None:
        """Autosave the template if it has unsaved changes, else forget its draft."""
        self._draft_timer.stop()
        try:
            if self.has_unsaved_changes():
                self.drafts.save(self.template, is_new=self.is_new)
            else:
                self.drafts.delete(self.template.id)
        except OSError as error:
            _log.warning("Could not write the draft of %s: %s", self.template.id, error)

    def _on_clean_changed(self, clean: bool) -> None:
        if clean and not self._restored_new_draft:
            self._draft_timer.stop()
            self.drafts.delete(self.template.id)

    def restore_draft(self, draft: Draft) -> None:
        """Bring back autosaved changes, as one step that undo can take back."""
        self.draft_bar.clear()
        if self.is_new:
            self._restored_new_draft = True
        self.push(commands.ReplaceTemplate(self.document, draft.template))
        self.status.setText(
            self.tr("Your unsaved changes are back. Undo (Ctrl+Z) shows the saved version.")
            if not self.is_new
            else self.tr("Your unsaved template is back. Save it to keep it.")
        )

    def offer_draft(self, draft: Draft) -> None:
        """Say that autosaved changes exist and let the facilitator restore or discard them."""
        when = draft.saved_at.strftime("%H:%M")
        day = draft.saved_at.date()
        if day != datetime.now().date():
            when = f"{day.isoformat()} {when}"
        self.draft_bar.show_message(
            self.tr("Changes you had not saved (%1) were kept.").replace("%1", when),
            [
                (self.tr("Restore them"), lambda: self.restore_draft(draft)),
                (self.tr("Discard them"), lambda: self.drafts.delete(draft.template.id)),
            ],
        )

    def _update_undo_buttons(self) -> None:
        self.undo_button.setEnabled(self.undo_stack.canUndo())
        self.redo_button.setEnabled(self.undo_stack.canRedo())
        self.undo_action.setEnabled(self.undo_stack.canUndo())
        self.redo_action.setEnabled(self.undo_stack.canRedo())
