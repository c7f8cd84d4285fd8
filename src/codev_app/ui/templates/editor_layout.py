"""The template editor's widgets and how they are laid out (its behaviour is in its subclasses)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QDropEvent, QFont, QPalette
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
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from codev_app.core.template import LANGUAGES, MAX_PHASE_MINUTES, Speakers, TurnMode
from codev_app.ui.duration_field import DurationSpinBox
from codev_app.ui.fonts import scaled_font
from codev_app.ui.templates.fit import FitPanel
from codev_app.ui.templates.timeline import TimelineBar
from codev_app.ui.templates.widgets import NBSP, ElidedLabel, InlineBar, mute

# The texts keep the editor's translation context.
translate = QCoreApplication.translate

LANGUAGE_NAMES = {"fr": "Français", "en": "English"}  # in their own language, like the menu


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


class EditorLayout(QWidget):
    """The editor's widgets, built and laid out; :class:`TemplateEditor` gives them life."""

    # Set by TemplateEditor.__init__ before building.
    language: str
    edit_language: str

    # --- building ----------------------------------------------------------------------------

    def _build(self) -> None:
        self.back_button = QPushButton(translate("TemplateEditor", "&Back to the library"))
        self.back_button.setObjectName("backButton")
        self.title = ElidedLabel()
        self.title.setObjectName("editorTitle")
        self.title.setFont(scaled_font(self.font(), 1.3, bold=True))
        self.undo_button = QPushButton(translate("TemplateEditor", "Undo"))
        self.undo_button.setObjectName("undoButton")
        self.redo_button = QPushButton(translate("TemplateEditor", "Redo"))
        self.redo_button.setObjectName("redoButton")
        self.save_button = QPushButton(translate("TemplateEditor", "&Save"))
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
        self._add_row(own, translate("TemplateEditor", "Template &name"), self.template_name)
        own.addRow("", self.template_name_issue)
        self._add_row(own, translate("TemplateEditor", "D&escription"), self.description)

        self.timeline = TimelineBar(self.language)
        self.total_label = QLabel()
        self.total_label.setObjectName("totalLabel")
        mute(self.total_label)

        # Left: the phases.
        self.phases_label = QLabel(translate("TemplateEditor", "&Phases"))
        bold = QFont(self.font())
        bold.setWeight(QFont.Weight.Bold)
        self.phases_label.setFont(bold)
        self.phase_list = PhaseList()
        self.phase_list.setObjectName("phaseList")
        self.phase_list.setAccessibleName(translate("TemplateEditor", "Phases"))
        self.phase_list.setAccessibleDescription(
            translate(
                "TemplateEditor", "Alt+Up and Alt+Down move the selected phase; Delete removes it."
            )
        )
        self.phases_label.setBuddy(self.phase_list)
        self.add_button = QPushButton(translate("TemplateEditor", "&Add phase"))
        self.add_button.setObjectName("addPhase")
        self.remove_button = QPushButton(translate("TemplateEditor", "&Remove phase"))
        self.remove_button.setObjectName("removePhase")
        self.up_button = QPushButton(translate("TemplateEditor", "Move up"))
        self.up_button.setObjectName("movePhaseUp")
        self.down_button = QPushButton(translate("TemplateEditor", "Move down"))
        self.down_button.setObjectName("movePhaseDown")
        self.fit_button = QPushButton(translate("TemplateEditor", "&Fit to total time…"))
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
        scroll.setAccessibleName(translate("TemplateEditor", "Selected phase"))
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

    def _build_language_choice(self) -> QHBoxLayout:
        """ "Texts in: Français / English": which language the text fields show and change."""
        hint = translate(
            "TemplateEditor",
            "Write each text in both languages; an empty field shows the other one.",
        )
        self.language_label = QLabel(translate("TemplateEditor", "Texts &in"))
        self.language_label.setToolTip(hint)
        self.language_group = QButtonGroup(self)
        self.language_buttons: dict[str, QRadioButton] = {}
        row = QHBoxLayout()
        row.addWidget(self.language_label)
        for language in LANGUAGES:
            button = QRadioButton(LANGUAGE_NAMES[language])
            button.setObjectName(f"editLanguage-{language}")
            button.setAccessibleName(
                translate("TemplateEditor", "Texts in %1").replace("%1", LANGUAGE_NAMES[language])
            )
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
        self.rules.setPlaceholderText(translate("TemplateEditor", "One rule per line"))
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
            (Speakers.EVERYONE, translate("TemplateEditor", "Everyone")),
            (Speakers.CLIENT, translate("TemplateEditor", "The client")),
            (Speakers.CONSULTANTS, translate("TemplateEditor", "The consultants")),
            (Speakers.FACILITATOR, translate("TemplateEditor", "The facilitator")),
        ):
            self.speakers.addItem(label, value.value)
        self.turns = QComboBox()
        for mode, label in (
            (TurnMode.FREE, translate("TemplateEditor", "Free: whoever speaks")),
            (TurnMode.ROUND, translate("TemplateEditor", "A round: each in turn")),
            (TurnMode.QUEUE, translate("TemplateEditor", "Raised hands: next in the queue")),
        ):
            self.turns.addItem(label, mode.value)
        self.minutes = QSpinBox()
        self.minutes.setRange(1, MAX_PHASE_MINUTES)
        self.minutes.setSuffix(f"{NBSP}min")
        self.speaker_time = DurationSpinBox()
        self.speaker_time.setRange(0, 3600)
        self.speaker_time.setToolTip(
            translate("TemplateEditor", "In minutes (3) or minutes and seconds (1:30).")
        )
        self.speaker_time.setSpecialValueText(translate("TemplateEditor", "No limit"))
        self.warning = QSpinBox()
        self.warning.setRange(0, 99)
        self.warning.setSuffix(f"{NBSP}%")
        self.warning.setSpecialValueText(translate("TemplateEditor", "No warning"))
        self.warning.setToolTip(
            translate("TemplateEditor", "The gentle warning comes when this share of time is left.")
        )
        for spin in (self.minutes, self.speaker_time, self.warning):
            # Room for the longest text a spin box shows ("No limit", "No warning", "240 min").
            widest = spin.textFromValue(spin.maximum()) + spin.suffix()
            longest = max(spin.specialValueText(), widest, key=len)
            spin.setMinimumWidth(spin.fontMetrics().horizontalAdvance(longest) + 48)
        self.chime = QCheckBox(translate("TemplateEditor", "Play the c&himes"))
        self.is_break = QCheckBox(translate("TemplateEditor", "This phase is a break"))
        self.is_break.setToolTip(
            translate(
                "TemplateEditor", "A break keeps its duration when the plan is stretched or shrunk."
            )
        )

        rows: list[tuple[str, str, QWidget]] = [
            ("name", translate("TemplateEditor", "Phase na&me"), self.phase_name),
            ("purpose", translate("TemplateEditor", "P&urpose"), self.purpose),
            ("rules", translate("TemplateEditor", "Ru&les"), self.rules),
            ("opening_prompt", translate("TemplateEditor", "&Opening prompt"), self.opening_prompt),
            ("closing_prompt", translate("TemplateEditor", "&Closing prompt"), self.closing_prompt),
            ("speakers", translate("TemplateEditor", "&Who speaks"), self.speakers),
            ("turns", translate("TemplateEditor", "&Turns"), self.turns),
            ("minutes", translate("TemplateEditor", "&Duration"), self.minutes),
            (
                "speaker_seconds",
                translate("TemplateEditor", "Time per spea&ker"),
                self.speaker_time,
            ),
            ("warning_fraction", translate("TemplateEditor", "&Gentle warning"), self.warning),
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
