"""The notes panel's widgets and how they are laid out (its behaviour is in NotesPanel)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from codev_app.core.commands import SetText
from codev_app.core.engine import EngineState
from codev_app.core.record import RecordText, SessionRecord
from codev_app.core.session import LiveSession
from codev_app.ui.record.action_plan import ActionPlanEditor
from codev_app.ui.record.fields import (
    BoundText,
    RecordEditor,
    line_field,
    mute,
    plain_label,
    text_field,
)
from codev_app.ui.record.learnings import LearningsEditor
from codev_app.ui.record.panel_groups import GROUP_ORDER, SINGLE_LINE, TEXT_GROUPS, group_texts
from codev_app.ui.record.panel_parts import FieldGroup, HelpKindChips, PrivateNotes
from codev_app.ui.record.suggestions import SuggestionList


class NotesLayout(QWidget):
    """The notes panel's widgets, built and laid out; :class:`NotesPanel` gives them life.

    The texts keep the NotesPanel translation context.
    """

    # Set by NotesPanel before building.
    live: LiveSession
    editor: RecordEditor
    record: SessionRecord
    follow: bool

    def _build(self) -> None:
        texts = group_texts()
        self.bound: dict[str, BoundText] = {}
        self.groups: dict[str, FieldGroup] = {}
        for key in GROUP_ORDER:
            if key in TEXT_GROUPS:
                which = TEXT_GROUPS[key]
                info = texts[key]
                if key in SINGLE_LINE:
                    field: QLineEdit | QPlainTextEdit = line_field(
                        info.placeholder, name=f"field_{key}", accessible=info.title
                    )
                else:
                    field = text_field(
                        info.placeholder,
                        name=f"field_{key}",
                        accessible=info.title,
                        lines=info.lines,
                    )
                self.bound[key] = self._bind(field, which)
                self.groups[key] = FieldGroup(key, info.title, field)
        self.chips = HelpKindChips(self.editor)
        self.groups["help_kinds"] = FieldGroup(
            "help_kinds", QCoreApplication.translate("NotesPanel", "Help wanted"), self.chips
        )
        self.suggestions = SuggestionList(self.editor, self._current_speaker)
        self.groups["suggestions"] = FieldGroup(
            "suggestions", QCoreApplication.translate("NotesPanel", "Suggestions"), self.suggestions
        )
        self.action_plan = ActionPlanEditor(self.editor)
        self.groups["action_plan"] = FieldGroup(
            "action_plan", QCoreApplication.translate("NotesPanel", "Action plan"), self.action_plan
        )
        self.previous_plan = plain_label(name="previousPlan")
        mute(self.previous_plan)
        self.previous_plan.hide()
        follow_up = self.groups["follow_up"].layout()
        if isinstance(follow_up, QVBoxLayout):
            follow_up.insertWidget(1, self.previous_plan)
        self.learnings = LearningsEditor(self.editor)
        self.groups["learnings"] = FieldGroup(
            "learnings", QCoreApplication.translate("NotesPanel", "Learnings"), self.learnings
        )

        self.selector = QComboBox()
        self.selector.setObjectName("phaseSelector")
        self.selector.setAccessibleName(
            QCoreApplication.translate("NotesPanel", "Show the notes of")
        )
        selector_label = plain_label(
            QCoreApplication.translate("NotesPanel", "Notes of"), wrap=False
        )
        selector_label.setBuddy(self.selector)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(selector_label)
        top.addWidget(self.selector, 1)

        self.hint = plain_label(name="notesHint")
        mute(self.hint)
        self.hint.hide()
        self.nothing = plain_label(
            QCoreApplication.translate("NotesPanel", "Nothing was noted."), name="nothingNoted"
        )
        mute(self.nothing)
        self.nothing.hide()

        fields = QWidget()
        fields.setObjectName("notesFields")
        column = QVBoxLayout(fields)
        column.setContentsMargins(10, 8, 10, 10)
        column.setSpacing(14)
        column.addWidget(self.hint)
        column.addWidget(self.nothing)
        for key in GROUP_ORDER:
            column.addWidget(self.groups[key])
        column.addStretch(1)
        self.scroll_area = QScrollArea()
        self.scroll_area.setObjectName("notesScroll")
        self.scroll_area.setWidget(fields)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.private = PrivateNotes(self.editor)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("notesSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.scroll_area)
        self.splitter.addWidget(self.private)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)

        notes_page = QWidget()
        notes_layout = QVBoxLayout(notes_page)
        notes_layout.setContentsMargins(6, 6, 6, 6)
        notes_layout.setSpacing(4)
        notes_layout.addLayout(top)
        notes_layout.addWidget(self.splitter, 1)

        self.timers_only_note = QLabel()
        self.timers_only_note.setObjectName("timersOnlyNote")
        self.timers_only_note.setTextFormat(Qt.TextFormat.PlainText)
        self.timers_only_note.setWordWrap(True)
        self.timers_only_note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.timers_only_note.setText(
            QCoreApplication.translate("NotesPanel", "Only timings are kept for this session.")
            + "\n\n"
            + QCoreApplication.translate(
                "NotesPanel",
                "The group chose to keep no notes: phase and speaking times are still measured.",
            )
        )
        self.timers_only_note.setAccessibleDescription(self.timers_only_note.text())
        timers_page = QWidget()
        timers_layout = QVBoxLayout(timers_page)
        timers_layout.setContentsMargins(24, 24, 24, 24)
        timers_layout.addStretch(1)
        timers_layout.addWidget(self.timers_only_note)
        timers_layout.addStretch(2)

        self.pages = QStackedWidget()
        self.pages.addWidget(notes_page)
        self.pages.addWidget(timers_page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)

    def _bind(self, field: QLineEdit | QPlainTextEdit, which: RecordText) -> BoundText:
        record = self.record
        return BoundText(
            field, self.editor, lambda: record.text(which), lambda value: SetText(which, value)
        )

    def _current_speaker(self) -> str | None:
        """Who a suggestion noted now is from: the speaker, while following a running session."""
        if not self.follow or self.live.state is EngineState.FINISHED:
            return None
        return self.live.turns.current_speaker
